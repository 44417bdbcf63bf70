"""Fixture 07: force-specific integrity inspection of fictional Fenmoor Police with areas for
improvement ONLY (no recommendations, no causes of concern), as a Word DOCX. Areas for improvement
are plain paragraphs with a bold "Area for improvement N:" lead-in (no Word numbering). The text
states its own totals, including "We make no recommendations".

Run: /work/main/.venv/bin/python make_report.py   (needs python-docx)
"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import docx  # noqa: E402
from docx.shared import Pt  # noqa: E402

import _kit  # noqa: E402
from _kit import d  # noqa: E402

TITLE = (
    "An inspection of the effectiveness of vetting, professional standards and "
    "counter-corruption arrangements in Fenmoor Police"
)
PUBLISHED = d(2026, 5, 14)
AFI = [
    "The force should make sure that it completes recruitment vetting checks before new officers "
    "and staff start work, and that any decision to grant clearance despite adverse information is "
    "recorded with a clear rationale.",
    "The force should review the vetting status of all officers and staff whose clearance has "
    "expired, and reduce the number of overdue renewals.",
    "The force should make sure that vetting decisions are monitored for disproportionality, "
    "including by ethnicity and sex.",
    "The force should make sure that investigations into complaints and conduct matters are "
    "completed in a timely way and that complainants are kept informed.",
    "The force should improve how it records decisions to deal with conduct matters through "
    "reflective practice, so that it can show those decisions are consistent.",
    "The force should make sure that supervisors understand their responsibility to report "
    "concerns about the conduct of colleagues.",
    "The force should improve how it shares the lessons learned from misconduct cases and "
    "complaints with the whole workforce.",
]


def main():
    doc = docx.Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(11)
    _kit.docx_core(doc, TITLE)
    _kit.docx_header_footer(doc, "Integrity inspection: Fenmoor Police", "HMICFRS")
    pg = _kit.DocxPages(doc)

    def H(text, level=1):
        pg.count(text, 2)
        doc.add_heading(text, level)

    def para(text, bold_lead=None):
        pg.count(((bold_lead or "") + " " + text))
        p = doc.add_paragraph()
        if bold_lead:
            p.add_run(bold_lead).bold = True
            p.add_run(" ")
        p.add_run(text)
        return p

    def afi(n):
        para(AFI[n - 1], bold_lead=f"Area for improvement {n}:")

    pg.count(TITLE, 3)
    doc.add_heading(TITLE, 0)
    para("His Majesty's Inspectorate of Constabulary and Fire & Rescue Services")
    para("14 May 2026")
    para("Synthetic test document. Fenmoor Police and the people named in it are fictional.")
    pg.page_break()

    H("Summary")
    para(
        "This report sets out what we found when we inspected how effectively Fenmoor Police "
        "vets its officers and staff, deals with complaints and misconduct, and prevents and "
        "investigates corruption."
    )
    para(
        "We found that the force has strong leadership in this area and a workforce that "
        "understands the standards expected of it. Its counter-corruption work is effective. "
        "But there are delays in vetting and in misconduct investigations that the force needs "
        "to address."
    )
    para(
        "We found no causes of concern and we make no recommendations in this report. We "
        "identified seven areas for improvement: three about vetting, three about professional "
        "standards and one about how the force learns from the cases it deals with."
    )
    H("About this inspection")
    para(
        "This inspection forms part of our programme of integrity inspections of every force in "
        "England and Wales. We carried out fieldwork at Fenmoor Police headquarters in Harnmouth "
        "in January 2026. We reviewed 120 vetting files and 60 misconduct and complaint files, and "
        "we interviewed officers and staff of all ranks."
    )
    pg.page_break()

    H("Vetting")
    para(
        "The force's vetting unit is well led, but it has not had enough staff to keep up with "
        "demand. As a result, some new starters began work before their checks were complete, and "
        "a significant number of officers and staff have clearances that are overdue for renewal."
    )
    para(
        "In most of the files we reviewed, decisions were sound. But where the force had granted "
        "clearance despite adverse information, the reasons were not always recorded."
    )
    para(
        "The force does not monitor its vetting decisions for disproportionality, so it cannot be "
        "sure that its decisions are fair to all groups."
    )
    H("Areas for improvement", 2)
    afi(1)
    afi(2)
    afi(3)
    pg.page_break()

    H("Professional standards")
    para(
        "The professional standards department deals with complaints courteously and keeps good "
        "records. But investigations take too long. The average time to complete a misconduct "
        "investigation was 340 days, and complainants told us they were rarely updated."
    )
    para(
        "The force makes good use of reflective practice for lower-level matters, but the reasons "
        "for choosing it are not always recorded."
    )
    para(
        "Most supervisors knew how to report concerns about colleagues, but a minority were unsure "
        "whether this was their responsibility."
    )
    H("Areas for improvement", 2)
    afi(4)
    afi(5)
    afi(6)
    pg.page_break()

    H("Counter-corruption")
    para(
        "The counter-corruption unit is well resourced and effective. It assesses intelligence "
        "promptly and works closely with the regional organised crime unit. Officers and staff "
        "trust the confidential reporting line."
    )
    para(
        "The force has acted on every recommendation for chief constables in our 2022 national "
        "report on vetting, misconduct and misogyny. We do not repeat those recommendations here."
    )
    H("Organisational learning")
    para(
        "The force holds learning events after significant cases, but the lessons do not always "
        "reach the wider workforce."
    )
    H("Area for improvement", 2)
    afi(7)
    pg.page_break()
    H("Annex: Data")
    para(
        "Data in this report was provided by the force and covers the period from 1 April 2024 "
        "to 31 March 2025, unless otherwise stated."
    )

    out = os.path.join(HERE, "report.docx")
    _kit.docx_save(doc, out)
    data = {
        "file": "report.docx",
        "title": TITLE,
        "published": PUBLISHED,
        "inspectorates": ["HMICFRS"],
        "type": "force-specific",
        "forces_visited": ["Fenmoor Police"],
        "fenmoor_inspected": True,
        "totals": {"recommendations": 0, "areas_for_improvement": 7, "causes_of_concern": 0},
        "recommendations": [],
        "causes_of_concern": [],
        "areas_for_improvement": [{"id": str(i), "text": t} for i, t in enumerate(AFI, 1)],
        "graded_judgments": [],
    }
    _kit.write_expected(
        HERE,
        data,
        header=(
            "Areas for improvement only. The summary says 'We found no causes of concern and we make no\n"
            "recommendations' (totals 0) and 'seven areas for improvement'. The mention of the 2022\n"
            "national report's recommendations is not a recommendation of this report."
        ),
    )
    print("wrote", out, "pages", pg.page)


if __name__ == "__main__":
    main()
