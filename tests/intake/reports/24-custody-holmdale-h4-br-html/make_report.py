"""Build report.html and expected.yaml for fixture 24 (joint HMICFRS + HMIP custody report on a
force other than Fenmoor, as a saved web page: <h4 id="recommendation-N"> labels, one
recommendation whose sub-points are an <ol type="a"> (letters come only from the list), areas for
improvement as "<strong>label</strong><br>text" inside one <p>, a table of the previous
inspection's recommendations with their status).

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

TITLE = "Report on an unannounced inspection visit to police custody suites in Holmdale"
PUBLISHED = _kit.d(2026, 9, 17)
FORCE = "Holmdale Police"
REC_H2 = "Causes of concern and recommendations"

COC = {
    "1": (
        "Detention was not always properly authorised or reviewed. In a quarter of the custody "
        "records we examined, the review of detention required by the Police and Criminal Evidence "
        "Act 1984 was late, was carried out by telephone while the detainee was asleep, or did not "
        "take place at all, and the reasons were rarely recorded."
    ),
    "2": (
        "Detainees did not receive timely access to their prescribed medication. Some waited more "
        "than eight hours, including people dependent on medication for epilepsy and for opiate "
        "withdrawal, and the medication that was given was not always recorded."
    ),
}

REC1 = (
    "By 31 January 2027, the force should make sure that every review of detention is carried out "
    "on time by an inspector who speaks to the detainee if they are awake, and that the reason for "
    "any delay is recorded in the custody record."
)
REC2_LEAD = "The force and the police and crime commissioner should make sure that children held in custody:"
REC2_ITEMS = [
    "are not kept in a cell overnight unless the local authority has been given a written "
    "explanation of why no alternative accommodation was found;",
    "have an appropriate adult with them within two hours of their detention being authorised; and",
    "are seen by a liaison and diversion practitioner before they are released.",
]
REC2 = REC2_LEAD + " " + " ".join(REC2_ITEMS)
REC3 = (
    "The force, working with the NHS body that commissions custody healthcare, should, within three "
    "months, make sure that detainees who need prescribed medication receive it without delay and "
    "that every dose given is recorded in the custody record."
)

AFIS = [
    "The force should make sure that custody officers explain the reasons for detention to each "
    "detainee in a way that the detainee understands, using an interpreter where needed.",
    "The force should make sure that strip searches are authorised by an inspector and that the "
    "reasons for each search are recorded.",
    "The force should improve the cleanliness of the cells at Brackley Road custody suite and "
    "remove the ligature points identified during our visit.",
    "The force should make sure that detainees are offered a shower, reading material and the "
    "chance to exercise when they are held for more than 24 hours.",
    "The force should collect and analyse data on the use of force in custody, including by the "
    "ethnicity and age of the detainee.",
    "The force should make sure that detainees who are released are asked whether they have "
    "somewhere safe to go, and that the answer is recorded.",
]

OLD_RECS = [
    ("The force should make sure that all custody staff receive refresher training in the "
     "management of detainees at risk of self-harm.", "Achieved"),
    ("The force and the police and crime commissioner should provide a custody suite in the north "
     "of the force area that meets modern standards.", "Partially achieved"),
    ("The force should make sure that detainees can speak to a solicitor in private.", "Not achieved"),
]


def body_html() -> str:
    afi_html = "\n".join(
        f'<p id="afi-{i}" class="afi"><strong>Area for improvement {i}</strong><br>\n{esc(t)}</p>'
        for i, t in enumerate(AFIS, 1)
    )
    old_rows = "\n".join(
        f"  <tr><td>{esc(t)}</td><td>{esc(s)}</td></tr>" for t, s in OLD_RECS
    )
    items = "\n".join(f"    <li>{esc(t)}</li>" for t in REC2_ITEMS)
    return f"""
<p class="publication-date">Published 17 September 2026</p>
<p class="inspection-dates">Inspection visit: 2 to 11 June 2026. The draft report was sent to the
force on 30 July 2026.</p>

<h2>Introduction</h2>
<p>This report is one of a series of unannounced inspections of police custody carried out jointly
by His Majesty's Inspectorate of Constabulary and Fire &amp; Rescue Services and His Majesty's
Inspectorate of Prisons. We inspected the three custody suites run by {FORCE}: Brackley Road,
Holm Cross and Easthaven.</p>

<h2>Summary</h2>
<p>Custody staff were caring and most detainees were treated respectfully. However, we found two
causes of concern, and we make three recommendations about them. We also identified six areas
for improvement.</p>
<p>Put simply, inspectors need to review detention properly and on time, children need more
protection, and people who rely on medication must get it quickly. These points are developed
below; the full wording of our recommendations is in the next section.</p>
<p>Staff told us that an inspector should ideally see every detainee at each review, and most
said this happened during the day. At night it often did not.</p>

<h2>{REC_H2}</h2>
<div class="cause-of-concern" id="cause-of-concern-1">
  <h3>Cause of concern 1</h3>
  <p>{esc(COC["1"])}</p>
  <h4 id="recommendation-1">Recommendation 1</h4>
  <p>{esc(REC1)}</p>
  <h4 id="recommendation-2">Recommendation 2</h4>
  <p>{esc(REC2_LEAD)}</p>
  <ol type="a">
{items}
  </ol>
</div>
<div class="cause-of-concern" id="cause-of-concern-2">
  <h3>Cause of concern 2</h3>
  <p>{esc(COC["2"])}</p>
  <h4 id="recommendation-3">Recommendation 3</h4>
  <p>{esc(REC3)}</p>
</div>

<h2>Areas for improvement</h2>
{afi_html}

<h2>Progress since our last inspection</h2>
<p>Our last inspection of custody in Holmdale, in 2021, made nine recommendations. The table
shows three of them and what we found this time. They are not repeated as recommendations in
this report.</p>
<table class="previous-recommendations">
  <thead><tr><th scope="col">2021 recommendation</th><th scope="col">Status in 2026</th></tr></thead>
  <tbody>
{old_rows}
  </tbody>
</table>

<h2>Leadership, accountability and partnerships</h2>
<p>The chief superintendent responsible for custody, Olufemi Adeyinka, had a clear plan for
improving the estate. Partnership work with the local authority was good for adults but weaker
for children, as our second recommendation reflects.</p>
"""


SIDEBAR = """
<h2>In this series</h2>
<ul>
  <li><a href="#">Police custody suites in Kingsmere (2026)</a></li>
  <li><a href="#">Police custody suites in Bradwell (2025)</a></li>
</ul>
"""


def main() -> None:
    html = _kit.html_page(
        doc_title="Custody suites in Holmdale - unannounced inspection - HMICFRS",
        h1=TITLE,
        meta_html='<p class="inspectorates">A joint inspection by HMICFRS and HM Inspectorate of Prisons</p>',
        body_html=body_html(),
        sidebar_html=SIDEBAR,
        breadcrumbs=["Home", "Publications", "Custody inspections"],
        saved_from="https://www.example.org/hmicfrs/publications/custody-holmdale-2026/",
    )
    with open(os.path.join(HERE, "report.html"), "w", encoding="utf-8") as fh:
        fh.write(html)
    data = {
        "file": "report.html",
        "title": TITLE,
        "published": PUBLISHED,
        "inspectorates": ["HMICFRS", "HMIP"],
        "type": "custody",
        "forces_visited": [FORCE],
        "fenmoor_inspected": False,
        "totals": {"recommendations": 3, "areas_for_improvement": 6, "causes_of_concern": 2},
        "recommendations": [
            _kit.rec("1", REC1, _kit.d(2027, 1, 31), ["force"], "1", REC_H2),
            _kit.rec("2", REC2, None, ["force", "PCCs"], "1", REC_H2),
            _kit.rec("3", REC3, "within three months", ["force", "other"], "2", REC_H2),
        ],
        "causes_of_concern": [{"id": k, "text": v} for k, v in COC.items()],
        "areas_for_improvement": [{"id": str(i), "text": t} for i, t in enumerate(AFIS, 1)],
        "graded_judgments": [],
    }
    _kit.write_expected(
        HERE,
        data,
        header=(
            "Recommendation 2's sub-points are <li> items of an <ol type=\"a\">: the letters a-c come only\n"
            "from the list, so the text is the lead-in and the items joined by spaces, WITHOUT letters.\n"
            "The 2021 recommendations in the status table (and 'nine recommendations') are ignored.\n"
            "The NHS commissioning body (recommendation 3) -> other."
        ),
    )


if __name__ == "__main__":
    main()
