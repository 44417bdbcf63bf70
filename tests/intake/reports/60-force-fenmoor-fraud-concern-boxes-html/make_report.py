"""Fixture 60: force-specific inspection of Fenmoor Police (HMICFRS alone), saved web page.

Layout features (laid out like HMICFRS's fire and rescue service web reports):
  * inline "Cause of concern" boxes (<div class="cause-of-concern">) with an <h3> "Cause of
    concern", the concern text, an <h4> "Recommendations" and then one <p> per recommendation,
    each starting with its deadline ("By 30 September 2026, Fenmoor Police should ...") and carrying
    no number;
  * inline "Area for improvement" boxes, also unnumbered;
  * a closing summary section numbers everything ("Cause of concern 1", "Recommendation 3",
    "Area for improvement 2") and repeats the texts; the ids come from that summary;
  * addressees: "Fenmoor Police", "the force", "the chief constable and the police and crime
    commissioner ... jointly", "Fenmoor Police, working with Fenmoor County Council's trading
    standards service".

Builds report.html and expected.yaml from the same strings.
"""

from __future__ import annotations

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
for _cand in (os.path.dirname(HERE), os.path.join(os.path.dirname(os.path.dirname(HERE)), "reports")):
    if os.path.exists(os.path.join(_cand, "_kit.py")):
        sys.path.insert(0, _cand)
        break
import _kit  # noqa: E402
from _kit import d, esc, rec, write_expected  # noqa: E402

TITLE = "An inspection of how well Fenmoor Police responds to fraud"
PUBLISHED_TEXT = "5 March 2026"
PUBLISHED = d(2026, 3, 5)

COCS = {
    "1": "The force does not give victims of fraud a consistent service. Many victims are not contacted "
         "after their report has been passed to the force, and the force does not assess whether they are "
         "vulnerable.",
    "2": "The force's fraud investigations are often delayed and poorly supervised. Too many cases are "
         "closed before all reasonable lines of enquiry have been followed.",
}

# (id, text, deadline, addressees, coc)
RECS = [
    (
        "1",
        "By 30 September 2026, Fenmoor Police should make sure that every victim of fraud whose report is "
        "passed to the force for investigation or support is contacted within 28 days, and that the "
        "victim's needs and vulnerability are assessed.",
        d(2026, 9, 30),
        ["force"],
        "1",
    ),
    (
        "2",
        "By 31 December 2026, the chief constable and the police and crime commissioner should jointly "
        "review how victims of fraud are referred to the victim support services the commissioner funds, "
        "and agree a single referral route.",
        d(2026, 12, 31),
        ["force", "PCCs"],
        "1",
    ),
    (
        "3",
        "Within three months, the force should audit the fraud investigations it has closed in the past 12 "
        "months, and reopen any case in which reasonable lines of enquiry were not followed.",
        "within three months",
        ["force"],
        "2",
    ),
    (
        "4",
        "By 31 March 2027, Fenmoor Police, working with Fenmoor County Council's trading standards service, "
        "should agree how the two organisations will share information about doorstep crime and romance "
        "fraud, so that they can protect people who are targeted repeatedly.",
        d(2027, 3, 31),
        ["force", "local authorities"],
        "2",
    ),
]

AFIS = [
    ("1", "The force should improve its analysis of fraud data so that it understands the scale and nature "
          "of fraud affecting people in Fenmoor."),
    ("2", "The force should make sure that the Banking Protocol is used consistently, and that call handlers "
          "know how to respond when a bank reports that a customer may be the victim of a scam."),
    ("3", "The force should evaluate its fraud prevention work with older people, so that it knows which "
          "activities reduce harm."),
]


def coc_box(cid: str) -> str:
    recs = "\n".join(f"    <p>{esc(t)}</p>" for rid, t, _dl, _ad, c in RECS if c == cid)
    return f"""<div class="cause-of-concern">
  <h3>Cause of concern</h3>
  <p>{esc(COCS[cid])}</p>
  <div class="cause-of-concern__recommendations">
    <h4>Recommendations</h4>
{recs}
  </div>
</div>"""


def afi_box(aid: str) -> str:
    text = dict(AFIS)[aid]
    return f"""<div class="area-for-improvement">
  <h3>Area for improvement</h3>
  <p>{esc(text)}</p>
</div>"""


SECTION_FIRST = {}  # filled by build_html: rec id -> nearest h2


def build_html() -> str:
    summary_parts = []
    for cid in COCS:
        summary_parts.append(f"<h3>Cause of concern {cid}</h3>\n<p>{esc(COCS[cid])}</p>")
        for rid, t, _dl, _ad, c in RECS:
            if c == cid:
                summary_parts.append(f"<h4>Recommendation {rid}</h4>\n<p>{esc(t)}</p>")
    summary_parts.append("<h3>Areas for improvement</h3>")
    for aid, t in AFIS:
        summary_parts.append(f"<h4>Area for improvement {aid}</h4>\n<p>{esc(t)}</p>")
    summary_html = "\n".join(summary_parts)

    body = f"""
<div class="publication-intro">
<p class="lead">This inspection examined how well Fenmoor Police understands fraud, supports victims,
investigates offences and works with others to protect people from harm.</p>
</div>

<h2 id="overview">Overview</h2>
<p>Fraud is the most common crime in England and Wales. Most fraud is reported to Action Fraud, and the
National Fraud Intelligence Bureau passes reports to local forces when there is something they can
investigate or a victim who needs support.</p>
<p>Fenmoor Police has a small economic crime unit based in Harnmouth. It has recently appointed a
fraud lead at the rank of detective superintendent. We found committed officers and staff, but the
service that victims receive depends too much on where they live and who deals with their case.</p>
<p>We have identified two causes of concern and made four recommendations. We have also identified three
areas for improvement.</p>

<h2 id="understanding">Understanding fraud</h2>
<p>The force receives monthly data from the National Fraud Intelligence Bureau, but it does little with
it. Its strategic assessment does not describe the types of fraud that most affect people in Fenmoor,
or which communities are most at risk.</p>
{afi_box("1")}

<h2 id="victims">Responding to victims</h2>
<p>We reviewed 60 reports that had been passed to the force. In 22 of them, we found no record that
anyone had contacted the victim. In others, contact was made weeks later, after the victim had lost
more money. The force does not routinely assess whether a fraud victim is vulnerable.</p>
<p>The police and crime commissioner funds a victim care service in Brackenford, but few fraud victims
are referred to it, because officers are unsure of the referral process.</p>
{coc_box("1")}

<h2 id="investigating">Investigating fraud</h2>
<p>Investigations were often delayed, and supervisors rarely set clear plans. We saw cases that were
closed within days even though there were obvious lines of enquiry, such as bank records or CCTV at a
cash machine.</p>
<p>Officers told us that investigations should be reviewed by a supervisor before they are closed, but
this did not happen consistently.</p>
{coc_box("2")}

<h2 id="protecting">Protecting vulnerable people</h2>
<p>The force takes part in the Banking Protocol, which allows bank staff to call the police when they
think a customer is being defrauded. Most calls are handled well, but some call handlers did not know
what the protocol was.</p>
{afi_box("2")}
<p>Neighbourhood teams in Otterby and Wexcombe give talks to older people about scams. The force does
not know whether these talks make a difference.</p>
{afi_box("3")}

<h2 id="summary">Summary of causes of concern, recommendations and areas for improvement</h2>
{summary_html}

<h2 id="about">About this inspection</h2>
<p>We carried out this inspection between September and November 2025, at the request of the Home
Secretary as part of our inspection programme. We interviewed 54 officers and staff, held focus groups
and reviewed case files. We thank Chief Constable Sarah Whitlock and the force for their help.</p>
"""
    meta = f"""
<p class="publication-meta">Published on: <time datetime="{PUBLISHED.isoformat()}">{PUBLISHED_TEXT}</time>
 &nbsp;|&nbsp; Force: Fenmoor Police &nbsp;|&nbsp; Type: Force inspection</p>
<p class="download"><a href="./report_files/fenmoor-fraud.pdf">Download the full report (PDF, 640KB)</a></p>"""
    sidebar = """
<h2>Fenmoor Police</h2>
<ul>
  <li><a href="#">PEEL 2023–25: An inspection of Fenmoor Police</a></li>
  <li><a href="#">Fenmoor Police: custody inspection</a></li>
  <li><a href="#">Force overview</a></li>
</ul>
<h2>Fraud</h2>
<ul><li><a href="#">Our work on fraud</a></li></ul>"""
    return _kit.html_page(
        doc_title="Fenmoor Police: response to fraud - HMICFRS",
        h1=TITLE,
        meta_html=meta,
        body_html=body,
        sidebar_html=sidebar,
        breadcrumbs=["Home", "Publications", "Fenmoor Police"],
        saved_from="https://www.example.org/hmicfrs/publications/fenmoor-police-fraud-inspection/",
    )


def main() -> None:
    with open(os.path.join(HERE, "report.html"), "w", encoding="utf-8") as fh:
        fh.write(build_html())
    where = {"1": "Responding to victims", "2": "Investigating fraud"}
    recs = [rec(rid, t, dl, ad, c, where[c]) for rid, t, dl, ad, c in RECS]
    data = {
        "file": "report.html",
        "title": TITLE,
        "published": PUBLISHED,
        "inspectorates": ["HMICFRS"],
        "type": "force-specific",
        "forces_visited": ["Fenmoor Police"],
        "fenmoor_inspected": True,
        "totals": {"recommendations": 4, "areas_for_improvement": 3, "causes_of_concern": 2},
        "recommendations": recs,
        "causes_of_concern": [{"id": c, "text": t} for c, t in COCS.items()],
        "areas_for_improvement": [{"id": a, "text": t} for a, t in AFIS],
        "graded_judgments": [],
    }
    write_expected(
        HERE,
        data,
        header="60: unnumbered cause-of-concern and area boxes inline (fire-and-rescue style); ids from the\n"
        "closing summary, where each is repeated with a number. 'the chief constable' -> force.",
    )


if __name__ == "__main__":
    main()
