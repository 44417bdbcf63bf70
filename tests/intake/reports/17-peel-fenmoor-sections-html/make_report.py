"""Builds report.html and expected.yaml for fixture 17 (synthetic; all wording invented).

PEEL report on Fenmoor Police saved from a web page built from <section>/<article> elements (a
different site template from the other HTML fixtures). Grades are a <ul> list, not a table. Two
causes of concern (A, B), each followed by two recommendations labelled A1, A2, B1, B2. Areas for
improvement are unnumbered "The force should ..." paragraphs under topic headings; they are numbered
only in an accordion (<details>) near the end, which also repeats the causes of concern. The
published date is in a <time datetime> element next to an "Updated" date. The overall summary says
"six areas for improvement" but there are seven (the stated total is kept).

Run: /tmp/intake-venv/bin/python make_report.py   (any Python 3; no third-party packages needed)
"""

from __future__ import annotations

import os
import re
import sys
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
for _cand in (os.path.join(HERE, ".."), os.path.join(HERE, "..", "..", "reports")):
    if os.path.exists(os.path.join(_cand, "_kit.py")):
        sys.path.insert(0, os.path.abspath(_cand))
        break
from _kit import d, esc, norm, rec, write_expected  # noqa: E402

TITLE = "PEEL 2025\u201327: An inspection of Fenmoor Police"
PUBLISHED = d(2025, 11, 20)

GRADES = [
    ("Police legitimacy", "Good"),
    ("Preventing crime", "Good"),
    ("Responding to the public", "Inadequate"),
    ("Investigating crime", "Requires improvement"),
    ("Protecting vulnerable people", "Requires improvement"),
    ("Managing offenders", "Adequate"),
    ("Developing a positive workplace", "Outstanding"),
    ("Leadership and force management", "Adequate"),
]

COC = {
    "A": "The force is not answering emergency and non-emergency calls quickly enough, and it does "
         "not consistently assess the risk to callers when they first make contact. This means that "
         "vulnerable people may not receive the response they need.",
    "B": "The force does not always identify and safeguard children who are reported missing, and "
         "its referrals about children at risk are often shared with partner agencies too late.",
}
RECS = [
    ("A1", "A", "Within three months, the force should make sure that it has enough trained call "
                "handlers on each shift to answer 90 percent of emergency calls within ten seconds.",
     "within three months"),
    ("A2", "A", "By 31 May 2026, the force should make sure that its call handlers use a structured "
                "risk assessment for every call for service, and that supervisors regularly check the "
                "quality of these assessments.", d(2026, 5, 31)),
    ("B1", "B", "By 30 April 2026, the force should make sure that every report of a missing child is "
                "risk assessed by a supervisor within one hour and reviewed at least every 12 hours "
                "while the child remains missing.", d(2026, 4, 30)),
    ("B2", "B", "The force should agree with its safeguarding partners how quickly referrals about "
                "children at risk must be shared, and it should audit how well it keeps to that "
                "agreement.", None),
]
# (section h2 it sits under, topic h3, text) in the order they appear; the accordion numbers them 1-7
AFIS = [
    ("Police legitimacy", "Stop and search",
     "The force should make sure that supervisors review body-worn video footage of a sample of stop "
     "and search encounters each month, and that they record what they find."),
    ("Preventing crime", "Neighbourhood policing",
     "The force should reduce the number of times neighbourhood officers are taken away from their "
     "duties to cover shortages on response shifts."),
    ("Responding to the public", "Repeat callers",
     "The force should improve how it identifies repeat and vulnerable callers at the first point of "
     "contact."),
    ("Investigating crime", "Investigation plans",
     "The force should make sure that an investigation plan is recorded for every crime allocated for "
     "investigation, and that supervisors review these plans."),
    ("Investigating crime", "Keeping victims informed",
     "The force should make sure that victims are updated in line with the Victims' Code, and that "
     "the reasons are recorded when a victim decides not to support an investigation."),
    ("Managing offenders", "Registered sex offenders",
     "The force should reduce its backlog of overdue visits to registered sex offenders."),
    ("Leadership and force management", "Planning for future demand",
     "The force should improve its understanding of the demand it will face over the next three "
     "years, so that it can plan its workforce accordingly."),
]

SECTION_TEXT = {
    "Police legitimacy": [
        "The force treats the public fairly and with respect. Its scrutiny panels include young people "
        "and members of communities that have low confidence in the police, and the force acts on "
        "what they tell it.",
        "Officers understand the grounds needed for a stop and search. In the records we reviewed, "
        "reasonable grounds were recorded in 94 percent of cases. But supervisors rarely look at the "
        "footage of these encounters.",
    ],
    "Preventing crime": [
        "Neighbourhood teams know their communities well and use problem-solving plans to tackle "
        "antisocial behaviour. The force's work with Brackenford schools on knife crime is a good "
        "example.",
        "However, neighbourhood officers are often moved to response duties at short notice, which "
        "undermines the work they do.",
    ],
    "Responding to the public": [
        "In our 2023 inspection we identified an area for improvement that said: \u201cThe force should "
        "answer non-emergency calls more quickly.\u201d The force has not yet made enough progress.",
        "Between January and June 2025 the force answered 71.4 percent of emergency calls within ten "
        "seconds, well below the national standard of 90 percent. Almost a third of non-emergency "
        "callers abandoned their calls.",
        "Call handlers told us they knew they should ask callers about previous incidents, but the "
        "system did not prompt them to do so and they were under pressure to move on to the next "
        "call.",
    ],
    "Investigating crime": [
        "Most investigations are proportionate, but too many are allocated without a plan, and "
        "supervision is inconsistent. Victims are not always kept informed.",
    ],
    "Protecting vulnerable people": [
        "The force has improved how it responds to domestic abuse since our last inspection. But we "
        "found serious weaknesses in how it responds to children who are reported missing.",
        "In 14 of the 40 missing child cases we reviewed, the initial risk assessment had not been "
        "reviewed by a supervisor for more than six hours.",
    ],
    "Managing offenders": [
        "The force manages the highest-risk offenders well through integrated offender management. "
        "Its management of registered sex offenders is less effective, because a large number of "
        "visits are overdue.",
    ],
    "Developing a positive workplace": [
        "The force is an outstanding example of how to look after its workforce. Its wellbeing service, "
        "run with Fenmoor County Council, is used by officers and staff at all levels.",
        "Other forces should consider whether the approach the force has taken to flexible working "
        "for response officers would work for them.",
    ],
    "Leadership and force management": [
        "Chief officers have a clear vision and staff understand it. The force's financial plans are "
        "sound, but its understanding of future demand is underdeveloped.",
    ],
}

SLUG = {name: re.sub(r"[^a-z]+", "-", name.lower()).strip("-") for name, _ in GRADES}


def build_html() -> str:
    parts: list[str] = []
    a = parts.append
    a('<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n')
    a(f"<title>Fenmoor Police \u2013 PEEL 2025\u201327 \u2013 HMICFRS</title>\n")
    a('<meta name="description" content="Our PEEL inspection of Fenmoor Police.">\n')
    a('<link rel="canonical" href="https://www.example.org/hmicfrs/peel-2025-27/fenmoor/">\n')
    a('<link rel="stylesheet" href="./report_files/site.min.css">\n')
    a("<style>.grades li{list-style:none}.coc{background:#fde8e8;padding:1em}"
      ".afi{border-left:3px solid #888;padding-left:.6em}</style>\n</head>\n")
    a('<body class="page-peel">\n<a class="skip" href="#content">Skip to content</a>\n')
    a('<div class="topbar"><span class="brand">HMICFRS</span>\n<button class="menu-toggle" '
      'aria-expanded="false">Menu</button>\n<ul class="menu"><li><a href="/">Home</a></li>'
      '<li><a href="/peel/">PEEL</a></li><li><a href="/forces/">Find your force</a></li>'
      '<li><a href="/publications/">Publications</a></li></ul></div>\n')
    a('<main id="content">\n<article class="report report--peel">\n<header class="report__header">\n')
    a('<p class="report__kicker">PEEL inspection \u2013 Fenmoor Police</p>\n')
    a(f"<h1>{esc(TITLE)}</h1>\n")
    a('<ul class="report__dates">\n'
      '  <li>Published: <time datetime="2025-11-20">20 November 2025</time></li>\n'
      '  <li>Updated: <time datetime="2025-12-03">3 December 2025</time></li>\n</ul>\n')
    a('<p class="report__download"><a href="./report_files/peel-fenmoor.pdf">Download the report '
      '(PDF, 1.4 MB)</a></p>\n</header>\n')

    # in-page contents
    a('<nav class="contents" aria-label="Contents">\n<h2>Contents</h2>\n<ol>\n')
    a('<li><a href="#summary">Overall summary</a></li>\n<li><a href="#judgments">Our judgments</a></li>\n')
    for name, _ in GRADES:
        a(f'<li><a href="#{SLUG[name]}">{esc(name)}</a></li>\n')
    a('<li><a href="#all-findings">All our findings</a></li>\n</ol>\n</nav>\n')

    # overall summary
    a('<section id="summary">\n<h2>Overall summary</h2>\n')
    a("<p>His Majesty's Inspector of Constabulary, Roy Pendleton, said: \u201cI have concerns about "
      "how Fenmoor Police answers calls from the public and how it protects children who go "
      "missing. I am pleased that the force is an excellent place to work, and that it treats the "
      "public fairly.\u201d</p>\n")
    a("<p>We have identified two causes of concern, which come with four recommendations, and six "
      "areas for improvement. In 2023 we identified one cause of concern and nine areas for "
      "improvement.</p>\n")
    a("<p>The correction made on 3 December 2025 changed one figure in the section on responding to "
      "the public. No judgment was affected.</p>\n</section>\n")

    # grades as a list
    a('<section id="judgments">\n<h2>Our judgments</h2>\n<p>We assess forces against our '
      "characteristics of good performance and grade them on a five-point scale. Our judgments for "
      "Fenmoor Police are:</p>\n<ul class=\"grades\">\n")
    for name, grade in GRADES:
        a(f'  <li><span class="grades__area">{esc(name)}</span>: '
          f'<strong class="grade grade--{grade.lower().replace(" ", "-")}">{esc(grade)}</strong></li>\n')
    a("</ul>\n<p>In 2023 the force was graded adequate for responding to the public.</p>\n</section>\n")

    # one section per graded area
    afi_iter = list(AFIS)
    for name, grade in GRADES:
        a(f'<section id="{SLUG[name]}" class="area">\n<h2>{esc(name)}</h2>\n')
        a(f'<p class="area__grade">Our judgment: <strong>{esc(grade)}</strong></p>\n')
        for t in SECTION_TEXT[name]:
            a(f"<p>{esc(t)}</p>\n")
        for cid, ctext in COC.items():
            sec = "Responding to the public" if cid == "A" else "Protecting vulnerable people"
            if sec != name:
                continue
            a(f'<div class="coc" id="coc-{cid.lower()}">\n<h3>Cause of concern {cid}</h3>\n')
            a(f"<p>{esc(ctext)}</p>\n<h4>Recommendations</h4>\n<ul class=\"coc__recs\">\n")
            for rid, rc, rtext, _dl in RECS:
                if rc == cid:
                    a(f'  <li><b class="rec-id">{rid}:</b> {esc(rtext)}</li>\n')
            a("</ul>\n</div>\n")
        for sec, topic, text in afi_iter:
            if sec != name:
                continue
            a(f'<h3>{esc(topic)}</h3>\n<div class="afi">\n<p class="afi__label">Area for '
              f"improvement</p>\n<p>{esc(text)}</p>\n</div>\n")
        a("</section>\n")

    # accordions repeating everything, numbered AFIs
    a('<section id="all-findings">\n<h2>All our findings</h2>\n')
    a('<details class="accordion">\n<summary>Causes of concern and recommendations</summary>\n')
    for cid, ctext in COC.items():
        a(f"<h3>Cause of concern {cid}</h3>\n<p>{esc(ctext)}</p>\n<ul>\n")
        for rid, rc, rtext, _dl in RECS:
            if rc == cid:
                a(f"  <li>{rid}: {esc(rtext)}</li>\n")
        a("</ul>\n")
    a("</details>\n")
    a('<details class="accordion">\n<summary>Areas for improvement</summary>\n<ol>\n')
    for _sec, _topic, text in AFIS:
        a(f"  <li>{esc(text)}</li>\n")
    a("</ol>\n</details>\n</section>\n</article>\n</main>\n")
    a('<footer class="site-footer">\n<p><a href="/accessibility/">Accessibility</a> | '
      '<a href="/privacy/">Privacy</a> | <a href="/cookies/">Cookies</a></p>\n'
      "<p>This is a synthetic page made for software testing. Fenmoor Police and everything said "
      "about it here are invented.</p>\n</footer>\n</body>\n</html>\n")
    return "".join(parts)


# ----------------------------------------------------------------------------------------------
class _Flat(HTMLParser):
    """Flattens the page to text, remembering where each <h2> starts."""

    BLOCK = {"p", "li", "h1", "h2", "h3", "h4", "div", "section", "article", "summary", "dt", "dd",
             "ul", "ol", "nav", "header", "footer", "details", "br", "tr", "td", "th", "time"}

    def __init__(self):
        super().__init__()
        self.buf: list[str] = []
        self.h2: list[tuple[int, str]] = []
        self._in_h2 = None
        self._skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style", "title"):
            self._skip += 1
        if tag in self.BLOCK:
            self.buf.append(" ")
        if tag == "h2":
            self._in_h2 = []

    def handle_endtag(self, tag):
        if tag in ("script", "style", "title"):
            self._skip -= 1
        if tag == "h2" and self._in_h2 is not None:
            self.h2.append((len(norm("".join(self.buf))), norm("".join(self._in_h2))))
            self._in_h2 = None
        if tag in self.BLOCK:
            self.buf.append(" ")

    def handle_data(self, data):
        if self._skip:
            return
        self.buf.append(data)
        if self._in_h2 is not None:
            self._in_h2.append(data)


def flatten(html: str):
    f = _Flat()
    f.feed(html)
    return norm("".join(f.buf)), f.h2


def h2_before(h2s, pos):
    return [t for off, t in h2s if off <= pos][-1]


def main():
    html = build_html()
    path = os.path.join(HERE, "report.html")
    with open(path, "w", encoding="utf-8") as fh:
        fh.write(html)
    text, h2s = flatten(html)
    recs = []
    for rid, cid, rtext, dl in RECS:
        pos = text.index(norm(rtext))
        recs.append(rec(rid, rtext, dl, ["force"], cid, h2_before(h2s, pos)))
    write_expected(HERE, {
        "file": "report.html",
        "title": TITLE,
        "published": PUBLISHED,
        "inspectorates": ["HMICFRS"],
        "type": "PEEL",
        "forces_visited": ["Fenmoor Police"],
        "fenmoor_inspected": True,
        "totals": {"recommendations": 4, "areas_for_improvement": 6, "causes_of_concern": 2},
        "recommendations": recs,
        "causes_of_concern": [{"id": k, "text": v} for k, v in COC.items()],
        "areas_for_improvement": [{"id": str(i), "text": t} for i, (_s, _h, t) in enumerate(AFIS, 1)],
        "graded_judgments": [{"area": n, "grade": g.lower()} for n, g in GRADES],
    }, header="Fixture 17: PEEL web page; grades as a list; CoC A/B each with two recs (A1, A2, B1, B2);\n"
               "AFIs unnumbered inline, numbered 1-7 in an accordion; stated AFI total is six (list has "
               "seven).")
    # self-check
    assert f"<h1>{esc(TITLE)}</h1>" in html
    for r in recs:
        assert text.count(norm(r["text"])) == 2, r["id"]  # inline + accordion
    for cid, ctext in COC.items():
        assert text.count(norm(ctext)) == 2, cid
    for _s, _h, t in AFIS:
        assert text.count(norm(t)) == 2, t
    for n, g in GRADES:
        assert f"{n}: {g}" in text, n
    print("ok:", [(r["id"], r["where"]) for r in recs])


if __name__ == "__main__":
    main()
