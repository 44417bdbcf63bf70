"""Fixture 14: force-specific inspection of fictional Fenmoor Police commissioned by the Police and
Crime Commissioner (s54(2BA)), as a Word DOCX with heading styles and Word automatic numbering:
recommendations 1-2 sit under a cause of concern, recommendations 3-5 are in a later, separate list
that CONTINUES the same numbering (so "3" is only known from the numbering); areas for improvement
are a new list restarting at 1. The text states all three totals.

Run: /work/main/.venv/bin/python make_report.py   (needs python-docx)
"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import docx  # noqa: E402
from docx.shared import Pt  # noqa: E402

import _kit  # noqa: E402
from _kit import d, rec  # noqa: E402

TITLE = "An inspection of Fenmoor Police's response to children who go missing from home and care"
PUBLISHED = d(2026, 12, 3)
COC = (
    "The force does not consistently identify and respond to the risk faced by children who go "
    "missing, particularly children in care who have been placed in Fenmoor by other local "
    "authorities."
)
RECS = [
    rec(
        "1",
        "Within three months, the force should make sure that every child reported missing is "
        "risk assessed by a supervisor, and that the assessment is reviewed each time new "
        "information is received.",
        "within three months",
        ["force"],
        "1",
    ),
    rec(
        "2",
        "By 31 March 2027, the force and Fenmoor County Council should agree a joint procedure "
        "for sharing information about children who go missing from care, including children "
        "placed in Fenmoor by other local authorities.",
        d(2027, 3, 31),
        ["force", "local authorities"],
        "1",
    ),
    rec(
        "3",
        "The police and crime commissioner should make sure that the return home interview "
        "service she commissions is available to every child who has been missing, including "
        "children placed in Fenmoor from outside the county.",
        None,
        ["PCCs"],
    ),
    rec(
        "4",
        "By 30 June 2027, Fenmoor County Council and Harnmouth City Council should make sure "
        "that return home interviews are offered within 72 hours of a child's return, and that "
        "the information gathered is shared with the force.",
        d(2027, 6, 30),
        ["local authorities"],
    ),
    rec(
        "5",
        "The force should immediately review the cases of all children currently recorded as "
        "absent rather than missing, to make sure that none of them is at risk.",
        "immediately",
        ["force"],
    ),
]
AFI = [
    "The force should make sure that the reasons for reducing the risk level of a missing child are "
    "recorded.",
    "The force should improve the information it records about where missing children were found "
    "and who they were with.",
    "The force should make sure that officers understand when a missing child may be a victim of "
    "exploitation, and that they make the appropriate referrals.",
    "The force should evaluate how effective its missing persons coordinators in Brackenford and "
    "Otterby have been.",
]


def main():
    doc = docx.Document()
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(11)
    _kit.docx_core(doc, TITLE)
    _kit.docx_header_footer(doc, "Fenmoor Police: children who go missing", "HMICFRS")
    pg = _kit.DocxPages(doc)

    def H(text, level=1):
        pg.count(text, 2)
        doc.add_heading(text, level)

    def para(text, bold=False):
        pg.count(text)
        p = doc.add_paragraph()
        p.add_run(text).bold = bold
        return p

    def numbered(text, num_id=None, tag=None):
        pg.count(text)
        p = doc.add_paragraph(text, style="List Number")
        if num_id is not None:
            _kit.docx_set_num(p, num_id)
        if tag:
            pg.tag(tag)

    pg.count(TITLE, 3)
    doc.add_heading(TITLE, 0)
    para(
        "An inspection commissioned by the Police and Crime Commissioner for Fenmoor under "
        "section 54(2BA) of the Police Act 1996"
    )
    para("His Majesty's Inspectorate of Constabulary and Fire & Rescue Services")
    para("Published: 3 December 2026", bold=True)
    para("Synthetic test document. Fenmoor, its police force, councils and people are fictional.")
    pg.page_break()

    H("Introduction")
    para(
        "In May 2026, Priya Lockwood, the Police and Crime Commissioner for Fenmoor, asked us to "
        "inspect how well Fenmoor Police responds to children who go missing from home and from "
        "care. She did so after a serious case review in Harnmouth raised questions about how "
        "information about a missing child had been shared."
    )
    para(
        "We carried out our fieldwork in September 2026. We reviewed 110 records of children "
        "reported missing, interviewed officers, staff and partners, and spoke to young people "
        "who had been missing and to their carers."
    )
    H("Summary of our findings")
    para(
        "Officers and staff we met were committed to keeping children safe. The force has "
        "missing persons coordinators in Harnmouth, Brackenford and Otterby who know the children "
        "who go missing most often. But the force's response is inconsistent. In too many cases, "
        "risk assessments were not reviewed when new information came in, and information was "
        "not shared quickly with the local authority that had placed the child in Fenmoor."
    )
    para("We found one cause of concern. We make 5 recommendations and identify 4 areas for improvement.")
    pg.page_break()

    H("Cause of concern")
    para(COC)
    H("Recommendations", 2)
    para("To address this cause of concern, we make the following recommendations.")
    numbered(RECS[0]["text"], tag="1")
    numbered(RECS[1]["text"], tag="2")
    H("Risk assessment", 2)
    para(
        "In 34 of the 110 records we reviewed, the initial risk assessment had not been reviewed "
        "by a supervisor. In several, new information suggesting that the child was with an adult "
        "known to the police had not led to a change in the risk level."
    )
    pg.page_break()

    H("Information sharing and return home interviews")
    para(
        "Children placed in Fenmoor by other local authorities went missing more often than "
        "children from Fenmoor, and the information the force held about them was often "
        "incomplete. The placing authorities were not always told promptly when a child went "
        "missing."
    )
    para(
        "Return home interviews are commissioned by the police and crime commissioner and "
        "carried out by a voluntary organisation. They were not offered to children placed from "
        "outside the county, and many were carried out more than a week after the child returned."
    )
    para(
        "We also found that some children were recorded as absent, a category that attracts a "
        "lower level of response, when the circumstances suggested they were missing."
    )
    H("Further recommendations", 2)
    para("We make the following further recommendations, which are not linked to the cause of concern.")
    for r in RECS[2:]:
        numbered(r["text"], tag=r["id"])
    pg.page_break()

    H("Areas for improvement")
    para("We identified the following areas for improvement.")
    num = _kit.docx_new_numbering(doc, "List Number", start=1)
    for t in AFI:
        numbered(t, num_id=num)
    H("Next steps")
    para(
        "We will share this report with the police and crime commissioner, who must publish her "
        "response to it. We will monitor the force's progress against our recommendations."
    )

    out = os.path.join(HERE, "report.docx")
    _kit.docx_save(doc, out)
    recs = [dict(r, where=pg.where[r["id"]]) for r in RECS]
    data = {
        "file": "report.docx",
        "title": TITLE,
        "published": PUBLISHED,
        "inspectorates": ["HMICFRS"],
        "type": "force-specific",
        "forces_visited": ["Fenmoor Police"],
        "fenmoor_inspected": True,
        "totals": {"recommendations": 5, "areas_for_improvement": 4, "causes_of_concern": 1},
        "recommendations": recs,
        "causes_of_concern": [{"id": "1", "text": COC}],
        "areas_for_improvement": [{"id": str(i), "text": t} for i, t in enumerate(AFI, 1)],
        "graded_judgments": [],
    }
    _kit.write_expected(
        HERE,
        data,
        header=(
            "Word numbering: recommendations 1-2 (under the cause of concern) and 3-5 (a later list)\n"
            "share one numbering instance, so 3-5 continue from 2; AFIs restart at 1. The cause of\n"
            "concern has no printed number; its id is '1' (the report says it found one).\n"
            "Recommendation 3 is for the PCC ('she commissions') -> PCCs."
        ),
    )
    print("wrote", out, "pages", pg.page)


if __name__ == "__main__":
    main()
