"""Fixture 12: national thematic (fictional title) saved as a web page (HTML). Lettered
recommendations A, B, C(i), C(ii), D, E, each worded "We recommend that ...", inline after the
findings as <p><strong>Recommendation A</strong> text</p> (label and text in one paragraph), and
repeated in a closing summary list. Recommendation C is an <h3> group heading with two
sub-recommendations. Two national areas for improvement. Fenmoor Police was NOT visited.
The stated total ("six recommendations") matches the number of entries, not the number of letters.

Run: /work/main/.venv/bin/python make_report.py   (standard library only)
"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import _kit  # noqa: E402
from _kit import d, esc, rec  # noqa: E402

TITLE = "Lost in the system: An inspection of how the police respond to reports of missing adults"
PUBLISHED = d(2026, 7, 9)
FORCES = [
    "Ashby Vale Police",
    "Cresford Police",
    "Dunmere Police",
    "Kelder Constabulary",
    "Northmarsh Police",
    "West Tamar Police",
]
C1, C2, C3, C4, C5 = (
    "1. The first hours",
    "2. National guidance",
    "3. Data about missing adults",
    "4. Adults missing from health and care settings",
    "5. Oversight",
)
RECS = [
    rec(
        "A",
        "We recommend that, by 31 December 2026, chief constables make sure that every report of "
        "a missing adult is risk assessed by a trained supervisor within one hour of the report "
        "being made.",
        d(2026, 12, 31),
        ["chief constables"],
        where=C1,
    ),
    rec(
        "B",
        "We recommend that the College of Policing updates its authorised professional practice "
        "on missing persons within six months, so that it gives clearer direction on adults who "
        "go missing from health and care settings.",
        "within six months",
        ["College of Policing"],
        where=C2,
    ),
    rec(
        "C(i)",
        "We recommend that the NPCC lead for missing persons develops a national data "
        "standard for recording episodes in which adults go missing.",
        None,
        ["NPCC"],
        where=C3,
    ),
    rec(
        "C(ii)",
        "We recommend that the Home Office funds the collection and analysis of data "
        "recorded to that standard, so that national trends can be understood.",
        None,
        ["Home Office"],
        where=C3,
    ),
    rec(
        "D",
        "We recommend that, by 31 March 2027, chief constables, local authorities and NHS "
        "bodies agree how responsibility for finding adults who go missing from hospitals and "
        "care homes is shared between them.",
        d(2027, 3, 31),
        ["chief constables", "local authorities", "other"],
        where=C4,
    ),
    rec(
        "E",
        "We recommend that police and crime commissioners assure themselves that the missing "
        "persons arrangements in their forces meet the standards described in this report, "
        "and report on this in their annual reports.",
        None,
        ["PCCs"],
        where=C5,
    ),
]
AFI = [
    "Forces should make sure that prevention interviews are offered to every adult who has been "
    "missing more than once.",
    "Forces should improve how they record the outcome of searches, so that lessons can be learned "
    "when an adult is found harmed.",
]
BY = {r["id"]: r for r in RECS}


def p(*texts):
    return "\n".join(f"<p>{esc(t)}</p>" for t in texts)


def inline(rid):
    return f'<p class="recommendation"><strong>Recommendation {rid}</strong> {esc(BY[rid]["text"])}</p>'


def body():
    b = [
        '<h2 id="summary">Summary</h2>',
        p(
            "Each year the police receive tens of thousands of reports of adults who have gone "
            "missing. Most return safely within a day. But some are at serious risk: people with "
            "dementia, people in mental health crisis, and people who are being exploited.",
            "We found that the police response in the first hours after a report is too variable, that "
            "national guidance says too little about adults who go missing from hospitals and care "
            "homes, and that there is no reliable national data.",
            "We have made six recommendations and identified two areas for improvement.",
        ),
    ]
    b.append('<h2 id="about">About this inspection</h2>')
    b.append(
        p(
            "We visited six forces between October 2025 and February 2026: "
            + ", ".join(FORCES[:-1])
            + " and "
            + FORCES[-1]
            + ". We reviewed 300 missing person "
            "records and interviewed officers, call handlers, hospital staff and families."
        )
    )
    b.append(f'<h2 id="c1">{esc(C1)}</h2>')
    b.append(
        p(
            "The first hours after an adult is reported missing are often the most important. In 71 "
            "of the records we reviewed, the initial risk assessment had not been checked by a "
            "supervisor for more than four hours. In some of those cases, the risk had been "
            "underestimated."
        )
    )
    b.append(inline("A"))
    b.append(f'<h2 id="c2">{esc(C2)}</h2>')
    b.append(
        p(
            "Officers told us that national guidance was helpful for children but said little about "
            "adults who go missing from hospitals, care homes and supported accommodation."
        )
    )
    b.append(inline("B"))
    b.append(f'<h2 id="c3">{esc(C3)}</h2>')
    b.append(
        p(
            "Forces record missing adult episodes in different ways. Some record a person who leaves a "
            "hospital ward as missing; others record the same situation as absent. National figures "
            "therefore cannot be compared or relied upon."
        )
    )
    b.append("<h3>Recommendation C: better national data</h3>")
    b.append(f"<p><strong>C(i)</strong> {esc(BY['C(i)']['text'])}</p>")
    b.append(f"<p><strong>C(ii)</strong> {esc(BY['C(ii)']['text'])}</p>")
    b.append(f'<h2 id="c4">{esc(C4)}</h2>')
    b.append(
        p(
            "Hospitals and care homes often call the police as soon as a patient or resident cannot be "
            "found, even before carrying out their own search. Police resources are then committed to "
            "searches that staff could have done more quickly. In other cases, staff waited too long "
            "before calling."
        )
    )
    b.append(inline("D"))
    b.append("<h3>Prevention and learning</h3>")
    b.append(
        p(
            "Adults who go missing repeatedly are rarely offered an interview to understand why. "
            "Where searches end with the person found harmed, the outcome is not always recorded "
            "in a way that allows lessons to be learned."
        )
    )
    for n, t in enumerate(AFI, 1):
        b.append(f"<p><strong>Area for improvement {n}:</strong> {esc(t)}</p>")
    b.append(f'<h2 id="c5">{esc(C5)}</h2>')
    b.append(
        p(
            "Police and crime commissioners have an important role in holding their chief "
            "constables to account for the response to missing people."
        )
    )
    b.append(inline("E"))
    b.append('<h2 id="all">All our recommendations</h2>')
    b.append('<ul class="recommendation-list">')
    for r in RECS:
        b.append(f"<li><strong>{r['id']}</strong> &#8212; {esc(r['text'])}</li>")
    b.append("</ul>")
    return "\n".join(b)


META = """<div class="publication__meta"><span>Published 9 July 2026</span> |
<span>Thematic inspection</span> | <span>Missing people</span></div>"""

SIDEBAR = """<h2 class="sidebar__title">Related content</h2>
<ul><li><a href="#">Both sides of the coin: police and NCA consideration of vulnerable people in county lines drug offending</a></li>
<li><a href="#">Policing and mental health: Picking up the pieces</a></li></ul>
<div class="newsletter"><p>Sign up to receive our news by email.</p><a href="#">Subscribe</a></div>"""


def main():
    html = _kit.html_page(
        doc_title=TITLE + " - HMICFRS",
        h1=TITLE,
        meta_html=META,
        body_html=body(),
        sidebar_html=SIDEBAR,
        breadcrumbs=["Home", "Our work", "Missing people"],
        saved_from="https://www.example.org/hmicfrs/publication-html/lost-in-the-system/",
    )
    out = os.path.join(HERE, "report.html")
    with open(out, "w", encoding="utf-8") as fh:
        fh.write(html)
    data = {
        "file": "report.html",
        "title": TITLE,
        "published": PUBLISHED,
        "inspectorates": ["HMICFRS"],
        "type": "national thematic",
        "forces_visited": FORCES,
        "fenmoor_inspected": False,
        "totals": {"recommendations": 6, "areas_for_improvement": 2, "causes_of_concern": None},
        "recommendations": RECS,
        "causes_of_concern": [],
        "areas_for_improvement": [{"id": str(i), "text": t} for i, t in enumerate(AFI, 1)],
        "graded_judgments": [],
    }
    _kit.write_expected(
        HERE,
        data,
        header=(
            "Lettered recommendations; 'Recommendation C: better national data' is a group heading,\n"
            "not a recommendation. Recommendation D names NHS bodies -> 'other'. 'where' = nearest <h2>."
        ),
    )
    print("wrote", out)


if __name__ == "__main__":
    main()
