"""Build report.html and expected.yaml for fixture 23 (joint HMICFRS + HMCPSI web page; the
recommendations are only in a <table> whose rows carry <th scope="row"> labels and
id="recommendation-N" anchors; date in <meta name="DC.date.issued"> and a "Date published:" <dl>;
stated total deliberately one short).

Run with any Python 3: it needs no third-party package.
All wording, forces, people and figures are invented.
"""

from __future__ import annotations

import os
import sys

sys.dont_write_bytecode = True  # do not leave __pycache__ beside _kit.py
HERE = os.path.dirname(os.path.abspath(__file__))
for _cand in (os.path.dirname(HERE), os.path.join(os.path.dirname(HERE), "..", "reports")):
    if os.path.exists(os.path.join(_cand, "_kit.py")):
        sys.path.insert(0, os.path.abspath(_cand))
        break
import _kit  # noqa: E402

esc = _kit.esc

TITLE = (
    "Out of hours: A joint inspection of how the police and the Crown Prosecution Service make "
    "charging decisions in domestic abuse cases at night and at weekends"
)
PUBLISHED = _kit.d(2026, 11, 12)
FORCES = ["Ravensmoor Constabulary", "Carrow Vale Police", "Lynbridge Constabulary", "Mortain Police"]

RECS = [
    (
        "1",
        "By 31 May 2027, chief constables should make sure that every out-of-hours request for a "
        "charging decision in a domestic abuse case includes the victim's views on bail conditions "
        "and the risk assessment completed at the scene.",
        _kit.d(2027, 5, 31),
        ["chief constables"],
    ),
    (
        "2",
        "The Crown Prosecution Service should, within three months, publish the standard it "
        "expects out-of-hours referrals to meet, so that custody staff know what a complete file "
        "looks like before they contact a prosecutor.",
        "within three months",
        ["CPS"],
    ),
    (
        "3",
        "The Crown Prosecution Service and the National Police Chiefs' Council lead for criminal "
        "justice should agree, by 31 August 2027, how a disagreement between a custody officer and "
        "an out-of-hours prosecutor is escalated when the detention time limit is close.",
        _kit.d(2027, 8, 31),
        ["CPS", "NPCC"],
    ),
    (
        "4",
        "Chief constables should record, for every domestic abuse suspect released while a "
        "charging decision is awaited, the reason why the decision could not be obtained before "
        "release and the safeguarding measures put in place for the victim.",
        None,
        ["chief constables"],
    ),
    (
        "5",
        "The Ministry of Justice, working with the Crown Prosecution Service and the National "
        "Police Chiefs' Council, should assess whether weekend remand courts sit for long enough to "
        "hear all the domestic abuse cases charged on Saturdays and Sundays.",
        None,
        ["Ministry of Justice", "CPS", "NPCC"],
    ),
    (
        "6",
        "Police and crime commissioners should make sure that the independent domestic violence "
        "advisers they fund can be contacted at weekends by officers dealing with a suspect in "
        "custody.",
        None,
        ["PCCs"],
    ),
    (
        "7",
        "By 31 March 2028, the College of Policing should include out-of-hours charging decisions "
        "in its initial training for custody sergeants.",
        _kit.d(2028, 3, 31),
        ["College of Policing"],
    ),
]
REC_H2 = "Recommendations"


def rec_table() -> str:
    rows = []
    for rid, text, _dl, _to in RECS:
        rows.append(
            f'  <tr id="recommendation-{rid}">\n'
            f'    <th scope="row">Recommendation {rid}</th>\n'
            f"    <td>{esc(text)}</td>\n"
            f"  </tr>"
        )
    return '<table class="recommendations">\n<tbody>\n' + "\n".join(rows) + "\n</tbody>\n</table>"


META = """<dl class="publication-meta">
  <dt>Inspectorates:</dt><dd>HM Inspectorate of Constabulary and Fire &amp; Rescue Services; HM Crown Prosecution Service Inspectorate</dd>
  <dt>Date published:</dt><dd>12 November 2026</dd>
  <dt>Last updated:</dt><dd>3 December 2026 (accessible version of the annex added)</dd>
  <dt>Type:</dt><dd>Joint inspection</dd>
</dl>"""

BODY = f"""
<nav class="contents" aria-label="On this page">
  <h2>Contents</h2>
  <ol>
    <li><a href="#summary">Summary</a></li>
    <li><a href="#findings">What we found</a></li>
    <li><a href="#recommendations">Recommendations</a> (see <a href="#recommendation-3">recommendation 3</a> on escalation)</li>
    <li><a href="#methodology">How we did this inspection</a></li>
  </ol>
</nav>

<section id="summary">
<h2>Summary</h2>
<p>Most domestic abuse is reported in the evening and at weekends, when the police and the
Crown Prosecution Service (CPS) rely on a small number of out-of-hours prosecutors to make
charging decisions by telephone. We wanted to know whether those decisions are as good as the
ones made in office hours, and whether victims are as well protected.</p>
<p>We visited {", ".join(FORCES[:-1])} and {FORCES[-1]}, and the CPS Areas that serve them. We
examined 180 case files and listened to recordings of 40 out-of-hours calls.</p>
<p>Our overall conclusion is that the out-of-hours service works, but only just. Files are often
incomplete, prosecutors and custody officers do not always agree on what is needed, and too many
suspects are released without a decision. In summary, the police need to send better files,
the CPS needs to say what a good file is, and both need a quicker way to settle disagreements.</p>
<p>We have made six recommendations. They are set out in the table at the end of this page.</p>
</section>

<section id="findings">
<h2>What we found</h2>
<h3>Quality of the files sent to prosecutors</h3>
<p>Only 74 of the 180 files contained a completed risk assessment. The victim's views on bail
were recorded in fewer than half. Custody officers told us they should send the risk assessment
every time but that it was often still with the attending officer when the call was made.</p>
<h3>Disagreements and escalation</h3>
<p>Where a custody officer disagreed with a prosecutor's request for further evidence, there was
no agreed way of escalating the disagreement. In 17 cases the suspect was released at the end of
the detention period while the two sides were still discussing the case. This is the reason for
recommendation 3.</p>
<aside class="callout">
  <h4>Victim's voice</h4>
  <p>"I was told he'd be kept in. Then at six in the morning he was at the door." &#8212; a victim
  in one of the areas we visited.</p>
</aside>
<h3>Support for victims</h3>
<p>Independent domestic violence advisers were rarely available at weekends, so victims were
often not contacted until the Monday. Advisers should ideally be told about a release before
it happens; we saw this in only a handful of cases.</p>
<h3>Courts</h3>
<p>Weekend remand courts in two areas finished hearing cases by early afternoon, so suspects
charged after that time were bailed until the Monday or held for longer than necessary.</p>
</section>

<section id="recommendations">
<h2>{REC_H2}</h2>
<p>The table below lists our recommendations. Each row has its own link so that partners can
refer to it directly.</p>
{rec_table()}
</section>

<section id="methodology">
<h2>How we did this inspection</h2>
<p>Fieldwork took place between March and June 2026. The inspection was led jointly by an HM
Inspector of Constabulary and a Deputy Chief Inspector of the CPS Inspectorate, Tomasz Rydel.
Our case file review was carried out by a joint team of police and legal inspectors.</p>
</section>
"""

SIDEBAR = """
<h2>Related publications</h2>
<ul>
  <li><a href="#">Charging in office hours: a follow-up review (2024)</a></li>
  <li><a href="#">Custody inspections: annual summary</a></li>
</ul>
<h2>Download</h2>
<ul><li><a href="./report_files/out-of-hours.pdf">Out of hours (PDF, 1.2 MB)</a></li></ul>
"""


def main() -> None:
    html = _kit.html_page(
        doc_title="Out of hours: charging decisions in domestic abuse cases - HMICFRS",
        h1=TITLE,
        meta_html=META,
        body_html=BODY,
        sidebar_html=SIDEBAR,
        breadcrumbs=["Home", "Publications", "Joint inspections"],
        saved_from="https://www.example.org/hmicfrs/publications/out-of-hours-charging/",
        extra_head=(
            '<meta name="DC.title" content="Out of hours: charging decisions in domestic abuse cases">\n'
            '<meta name="DC.date.issued" content="2026-11-12">\n'
            '<meta name="DC.date.modified" content="2026-12-03">'
        ),
    )
    with open(os.path.join(HERE, "report.html"), "w", encoding="utf-8") as fh:
        fh.write(html)
    data = {
        "file": "report.html",
        "title": TITLE,
        "published": PUBLISHED,
        "inspectorates": ["HMICFRS", "HMCPSI"],
        "type": "joint",
        "forces_visited": FORCES,
        "fenmoor_inspected": False,
        # the page says "six"; the table has seven rows - kept as stated (README convention)
        "totals": {"recommendations": 6, "areas_for_improvement": None, "causes_of_concern": None},
        "recommendations": [_kit.rec(rid, text, dl, to, None, REC_H2) for rid, text, dl, to in RECS],
        "causes_of_concern": [],
        "areas_for_improvement": [],
        "graded_judgments": [],
    }
    _kit.write_expected(
        HERE,
        data,
        header=(
            "The page states 'six recommendations' but the table has seven rows; the stated total is kept.\n"
            "Published date: <meta DC.date.issued> and the 'Date published:' <dl> agree (12 November 2026);\n"
            "'Last updated' / DC.date.modified (3 December 2026) is not the publication date."
        ),
    )


if __name__ == "__main__":
    main()
