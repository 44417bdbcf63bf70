"""Fixture 35: national thematic (HMICFRS), saved web page, Fenmoor not inspected.

Layout features: the publication date only in a "Published:" line inside an <aside> that comes
BEFORE <main> in source order and that also lists related reports with their own dates; a
"Last updated" date in the footer and an article:modified_time meta tag; recommendations in
separate <ol> lists per chapter, each introduced by <h3>Recommendations</h3> (or the singular),
whose numbers come only from <ol start="4"> / <ol start="7"> / <ol start="8">; a numbered
"What good practice looked like" <ol> (starting at 1) between two recommendation lists; one
recommendation whose sub-points are a nested <ul>; soft hyphens (&shy;), &rsquo;, &nbsp; and
&ndash; entities inside recommendation words; a quoted policy sentence with "should".

Run: python3 make_report.py  (standard library + _kit only)
"""
from __future__ import annotations

import html
import os
import re
import sys
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
for _cand in (os.path.dirname(HERE), os.path.join(os.path.dirname(HERE), "..", "reports")):
    if os.path.exists(os.path.join(_cand, "_kit.py")):
        sys.path.insert(0, os.path.abspath(_cand))
        break
import _kit  # noqa: E402
from _kit import d, norm, rec  # noqa: E402

TITLE = "After the handover: an inspection of the police response to people in mental health crisis"
PUBLISHED = d(2026, 9, 10)
FORCES = ["Calderbrook Police", "Milbrook Constabulary", "North Hallam Police", "Wyvern Police",
          "Elmsworth Police"]

# Recommendation texts are written in "source" form: ' is a typographic apostrophe (&rsquo;),
# "~" is a non-breaking space (&nbsp;), "--" is an en dash (&ndash;) and "|" marks a soft hyphen
# (&shy;). to_html() and to_text() derive the page markup and the answer text from the same string.
CH2 = "2. Call handling and the first decision"
CH3 = "3. Working with health partners"
CH4 = "4. Places of safety and custody"
CH5 = "5. National leadership"
RECS = [
    ("1", CH2, "Chief constables should make sure that control room staff who decide whether the police "
               "should attend a mental health call record the reasons for that deci|sion, and that a "
               "super|visor reviews a sample of these decisions every month.",
     None, ["chief constables"]),
    ("2", CH2, "By 31~March~2027, chief constables should give call handlers direct access, at all hours, to "
               "a mental health profes|sional who can advise on calls where the person's safety is at risk.",
     d(2027, 3, 31), ["chief constables"]),
    ("3", CH2, "Chief constables, working with their police and crime commis|sioners, should review within "
               "six months whether the savings in officer time reported under Right Care, Right Person "
               "have been calcu|lated accurately, and should publish the results.",
     "within six months", ["chief constables", "PCCs"]),
    ("4", CH3, "Chief constables and integrated care boards should agree joint escala|tion arrange|ments by "
               "December~2026 so that disagree|ments about who should respond to a person in crisis can be "
               "settled quickly at any time of day or night.",
     d(2026, 12, 31), ["chief constables", "other"]),
    ("5", CH3, None, None, ["chief constables"]),  # text built from LEAD5 + SUB5 below
    ("6", CH3, "Police and crime commis|sioners should make sure that their police and crime panels receive "
               "an annual report on the effect of Right Care, Right Person on people in their area, "
               "including people from ethnic minority commu|nities.",
     None, ["PCCs"]),
    ("7", CH4, "NHS England and the Home Office should immediately agree a timetable for ending the use of "
               "police cells as a place of safety for adults detained under section~136 of the Mental "
               "Health Act 1983 in the areas where this still happens.",
     "immediately", ["other", "Home Office"]),
    ("8", CH5, "The College of Policing should update its autho|rised profes|sional practice on mental "
               "health by 30~June~2027 to reflect the national partner|ship agreement and the findings of "
               "this inspection.",
     d(2027, 6, 30), ["College of Policing"]),
    ("9", CH5, "The Home Office, working with the Department of Health and Social Care and the National "
               "Police Chiefs' Council, should publish national data on the number of mental health calls "
               "that the police decline to attend, starting with figures for 2026--27.",
     None, ["Home Office", "other", "NPCC"]),
]
LEAD5 = "Chief constables should make sure that their partner|ship agree|ments with health services set out:"
SUB5 = [
    "how information about a person's risk will be shared before and after the handover;",
    "who will attend when a person has left a hospital without permis|sion; and",
    "how each agreement will be reviewed, and by whom.",
]


def to_html(s: str) -> str:
    s = s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return (s.replace("'", "&rsquo;").replace("~", "&nbsp;").replace("--", "&ndash;")
            .replace("|", "&shy;"))


def to_text(s: str) -> str:
    """What a reader sees: typographic apostrophe, en dash, no soft hyphens, nbsp as a space."""
    return s.replace("'", "\u2019").replace("~", " ").replace("--", "\u2013").replace("|", "")


TEXT = {}
for rid, _ch, src, _dl, _ad in RECS:
    if rid == "5":
        TEXT[rid] = to_text(LEAD5 + " " + " ".join(SUB5))
    else:
        TEXT[rid] = to_text(src)


def li(rid: str) -> str:
    if rid == "5":
        subs = "\n".join(f"      <li>{to_html(s)}</li>" for s in SUB5)
        return f"  <li>{to_html(LEAD5)}\n    <ul>\n{subs}\n    </ul>\n  </li>"
    src = next(r[2] for r in RECS if r[0] == rid)
    return f"  <li>{to_html(src)}</li>"


def rec_list(ids: list[str], heading: str = "Recommendations") -> str:
    start = "" if ids[0] == "1" else f' start="{ids[0]}"'
    items = "\n".join(li(i) for i in ids)
    return f'<h3>{heading}</h3>\n<ol class="recommendations"{start}>\n{items}\n</ol>'


ASIDE = f"""
<aside class="report-details" aria-labelledby="details-heading">
  <h2 id="details-heading" class="visually-hidden">Report details</h2>
  <dl class="report-details__list">
    <div><dt>Type:</dt> <dd>Thematic inspection</dd></div>
    <div><dt>Published:</dt> <dd>10&nbsp;September&nbsp;2026</dd></div>
    <div><dt>Forces inspected:</dt> <dd>5</dd></div>
  </dl>
  <p><a href="./report_files/after-the-handover.pdf">Download the report (PDF, 1.4MB)</a></p>
  <p><a href="./report_files/after-the-handover-easy-read.pdf">Easy read version</a></p>
  <h3>Related publications</h3>
  <ul class="related">
    <li><a href="#">Policing and mental health: Picking up the pieces</a> <span class="date">27 November 2018</span></li>
    <li><a href="#">Custody services: a thematic review</a> <span class="date">3 February 2025</span></li>
    <li><a href="#">Letter to chief constables on Right Care, Right Person</a> <span class="date">14 May 2026</span></li>
  </ul>
</aside>"""

BODY = f"""
<p class="lede">Forces across England and Wales have changed how they respond when someone is in mental
health crisis. This report looks at what has happened to the people on the other side of that change.</p>

<nav class="contents" aria-label="On this page">
  <h3>Contents</h3>
  <ol>
    <li><a href="#summary">Summary</a></li>
    <li><a href="#about">About this inspection</a></li>
    <li><a href="#calls">Call handling and the first decision</a></li>
    <li><a href="#health">Working with health partners</a></li>
    <li><a href="#custody">Places of safety and custody</a></li>
    <li><a href="#national">National leadership</a></li>
  </ol>
</nav>

<h2 id="summary">Summary</h2>
<p>Right Care, Right Person is a national approach that aims to make sure people in mental health crisis
are helped by the right professional. In many places it has freed up police time. But we found that the
savings were not always measured properly, and that some people who needed help fell between services.</p>
<p>In short, forces should record why they decide not to attend, have expert advice available to call
handlers, and agree with health services who does what. National bodies should give clearer guidance and
publish better data.</p>
<p>We make nine recommendations. Six are for chief constables or police and crime commissioners; the rest
are for national bodies.</p>

<h2 id="about">1. About this inspection</h2>
<p>We inspected {", ".join(FORCES[:-1])} and {FORCES[-1]}. Each had adopted Right Care, Right Person at
least a year before our fieldwork, which took place between January and April 2026.</p>
<p>We also read the published plans of three forces that had not adopted the approach, including Fenmoor
Police. We did not inspect those forces, and we draw no conclusions about them.</p>

<h2 id="calls">2. Call handling and the first decision</h2>
<p>Call handlers told us they were confident about the new approach in most cases. However, they found
decisions about people who had left hospital without permission difficult. The national partnership
agreement says:</p>
<blockquote><p>The police should attend where there is a real and immediate risk to life or of serious
harm.</p></blockquote>
<p>In 38 of the 150 calls we reviewed, we could not tell from the record why the police had decided not
to attend. Supervisors rarely checked these decisions. We think forces should have explained the change
more clearly to the public and to partners before it took effect.</p>
{rec_list(["1", "2", "3"])}

<h2 id="health">3. Working with health partners</h2>
<p>The quality of joint working varied greatly. In two forces, police and health leaders met every week
and settled disagreements quickly. Elsewhere, disputes about who should attend were sometimes still
unresolved hours later.</p>
<h3>What good practice looked like</h3>
<ol class="good-practice">
  <li>A mental health nurse worked in the control room from 8am until midnight, every day.</li>
  <li>Police and ambulance services shared a single list of people at high risk.</li>
  <li>Health partners joined a daily video call to review the previous 24 hours.</li>
  <li>An independent chair resolved disputes within two hours.</li>
</ol>
<p>Not every force needs to adopt all of these, but each force should be able to show how it settles
disagreements with partners.</p>
{rec_list(["4", "5", "6"])}

<h2 id="custody">4. Places of safety and custody</h2>
<p>Police cells should only be used as a place of safety in exceptional circumstances. In one force area,
adults detained under section 136 were still being held in police cells because no health-based place of
safety was available overnight.</p>
{rec_list(["7"], "Recommendation")}

<h2 id="national">5. National leadership</h2>
<p>There is no national data on how many mental health calls the police decline to attend, or what
happens to the people concerned. The College of Policing told us it will publish new guidance on mental
health and policing later this year.</p>
{rec_list(["8", "9"])}

<h2 id="methodology">Annex: How we carried out this inspection</h2>
<p>We reviewed 150 calls for service, interviewed 96 officers and staff, held focus groups with people with
lived experience of mental ill health and spoke to health and local authority partners in each area.</p>
"""

PAGE = f"""<!DOCTYPE html>
<!-- saved from url=(0091)https://www.example.org/hmicfrs/publications/after-the-handover-mental-health-crisis/ -->
<html lang="en-GB"><head><meta charset="utf-8">
<title>After the handover - HMICFRS</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta property="og:title" content="After the handover">
<meta property="article:modified_time" content="2026-10-02T11:20:04+00:00">
<link rel="stylesheet" href="./report_files/site.css">
<style>
  .page {{ display: grid; grid-template-columns: 1fr 3fr; gap: 2rem; }}
  .visually-hidden {{ position: absolute; width: 1px; height: 1px; overflow: hidden; }}
  ol.recommendations li {{ margin-bottom: .6em; }}
</style>
</head>
<body>
<a class="skip-link" href="#content">Skip to main content</a>
<header class="masthead">
  <a class="masthead__logo" href="https://www.example.org/hmicfrs/">HMICFRS</a>
  <nav aria-label="Main"><ul>
    <li><a href="#">Publications</a></li><li><a href="#">Our work</a></li>
    <li><a href="#">Police forces</a></li><li><a href="#">News</a></li></ul></nav>
</header>
<div class="page">
{ASIDE}
<main id="content">
<article>
<h1>{html.escape(TITLE, quote=False)}</h1>
{BODY}
</article>
</main>
</div>
<footer class="site-footer">
  <p>Last updated: 2&nbsp;October&nbsp;2026</p>
  <p>&copy; Crown copyright 2026</p>
</footer>
</body></html>
"""
with open(os.path.join(HERE, "report.html"), "w", encoding="utf-8") as fh:
    fh.write(PAGE)

HEADER = """Conventions decided for this fixture (the README has no rule for them):
- Answer texts are what a browser shows: &rsquo; is U+2019, &ndash; is U+2013, &nbsp; is a space,
  and soft hyphens (&shy;) are removed.
- ids come from <ol start="N">: the first item of <ol start="4"> is recommendation 4. The numbered
  "What good practice looked like" list is not recommendations.
- Rec 5: the lead-in and the three <ul> sub-points are one recommendation; its text is the lead-in
  followed by the sub-points, joined with single spaces.
- "integrated care boards", "NHS England" and "the Department of Health and Social Care" -> other.
- published comes from the "Published:" line in the <aside>; the related-publication dates, the
  footer's "Last updated" and the article:modified_time meta tag are not the publication date.
- Fenmoor Police is named only as a force whose plans were read and which was not inspected."""

data = {
    "file": "report.html",
    "title": TITLE,
    "published": PUBLISHED,
    "inspectorates": ["HMICFRS"],
    "type": "national thematic",
    "forces_visited": FORCES,
    "fenmoor_inspected": False,
    "totals": {"recommendations": 9, "areas_for_improvement": None, "causes_of_concern": None},
    "recommendations": [rec(r[0], TEXT[r[0]], r[3], r[4], None, r[1]) for r in RECS],
    "causes_of_concern": [],
    "areas_for_improvement": [],
    "graded_judgments": [],
}
_kit.write_expected(HERE, data, HEADER)


# --------------------------------------------------------------------------------------------------
# self-check with html.parser: text, <ol start> numbering and nearest <h2>
# --------------------------------------------------------------------------------------------------
class Walk(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.h2 = None
        self.cur = None
        self.buf = ""
        self.h1 = ""
        self.in_h1 = False
        self.ol_stack = []  # [class, next number]
        self.items = []  # (number, h2, text) for top-level <li> of recommendation lists
        self.li_depth = 0
        self.all_text = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "h1":
            self.in_h1 = True
        if tag == "h2":
            self.cur, self.buf = "h2", ""
        if tag == "ol":
            self.ol_stack.append([a.get("class"), int(a.get("start", "1"))])
        if tag == "li" and self.ol_stack and self.ol_stack[-1][0] == "recommendations":
            self.li_depth += 1
            if self.li_depth == 1:
                self.li_num = self.ol_stack[-1][1]
                self.ol_stack[-1][1] += 1
                self.li_buf = ""

    def handle_endtag(self, tag):
        if tag == "h1":
            self.in_h1 = False
        if tag == "h2" and self.cur == "h2":
            self.h2, self.cur = norm(self.buf), None
        if tag == "ol" and self.ol_stack:
            self.ol_stack.pop()
        if tag == "li" and self.li_depth:
            self.li_depth -= 1
            if self.li_depth == 0:
                self.items.append((str(self.li_num), self.h2, norm(self.li_buf.replace("\u00ad", ""))))

    def handle_data(self, data):
        self.all_text.append(data)
        if self.in_h1:
            self.h1 += data
        if self.cur == "h2":
            self.buf += data
        if self.li_depth:
            self.li_buf += data


w = Walk()
w.feed(PAGE)
assert norm(w.h1) == TITLE
got = {i: (h2, t) for i, h2, t in w.items}
assert len(w.items) == len(RECS), w.items
for r in RECS:
    h2, t = got[r[0]]
    assert t == norm(TEXT[r[0]]), (r[0], t, TEXT[r[0]])
    assert h2 == r[1], (r[0], h2)
alltext = "".join(w.all_text)
assert "\u00ad" in alltext and "\u2019" in alltext
assert "Published:" in alltext and "10\u00a0September\u00a02026" in alltext
for f in FORCES:
    assert f in alltext
print("ok", os.path.basename(HERE), {i: h for i, h, _ in w.items})
