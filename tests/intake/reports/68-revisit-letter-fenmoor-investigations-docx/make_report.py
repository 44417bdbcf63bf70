"""Fixture 68: HMICFRS revisit letter to Fenmoor Police on a PEEL cause of concern (DOCX).

Writes report.docx (python-docx, fixed core properties and zip timestamps) and expected.yaml
from the same strings. All content is synthetic and fictional.
"""

from __future__ import annotations

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(os.path.dirname(HERE)), "reports"))
sys.path.insert(0, os.path.dirname(HERE))

from docx import Document  # noqa: E402
from docx.enum.text import WD_ALIGN_PARAGRAPH  # noqa: E402
from docx.shared import Pt  # noqa: E402

from _kit import DocxPages, d, docx_core, docx_header_footer, docx_save, rec, write_expected  # noqa: E402

TITLE = "Fenmoor Police: revisit of the PEEL 2023–2025 cause of concern about investigations"
PUBLISHED = d(2026, 2, 12)
PUBLISHED_TEXT = "12 February 2026"
LETTER_DATE = "10 February 2026"

# the 2025 report's recommendations, shown with their status (not this letter's) ----------------
OLD = [
    ("1", "By 31 October 2025, the force should make sure that all investigations are allocated "
     "to an officer with the right skills and are reviewed by a supervisor within seven days.",
     "Supervisors now review new investigations within seven days in almost all cases. "
     "Allocation has improved.", "Closed"),
    ("2", "By 31 October 2025, the force should make sure that victims are kept informed about "
     "their investigations in line with the Code of Practice for Victims of Crime.",
     "Some progress, but victims are still not updated consistently.", "Replaced by a new "
     "recommendation"),
]

COC = (
    "Fenmoor Police has improved how it supervises investigations, but it still doesn't keep "
    "victims informed about the progress of their cases, and it doesn't consistently comply with "
    "the Code of Practice for Victims of Crime."
)
RECS = [
    rec("1",
        "By 30 September 2026, the chief constable should make sure that victims are updated on "
        "the progress of their investigations in line with the Code of Practice for Victims of "
        "Crime, and that the force monitors how well it complies with the code.",
        d(2026, 9, 30), ["force"], "1"),
]
AFI = (
    "The force should make sure that its crime management system records the reasons for closing "
    "an investigation, so that supervisors can check that each decision is appropriate."
)


def main():
    doc = Document()
    docx_core(doc, TITLE)
    docx_header_footer(doc, "OFFICIAL", "HMICFRS revisit letter")
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(11)
    pg = DocxPages(doc)

    def para(text, bold=False, size=None, align=None, italic=False):
        p = doc.add_paragraph()
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
        if align is not None:
            p.alignment = align
        pg.count(text)
        return p

    # ---- page 1
    para("His Majesty's Inspectorate of Constabulary and Fire & Rescue Services", bold=True, size=13)
    para("Published " + PUBLISHED_TEXT, size=9, italic=True)
    para("Rebecca Thorne\nHis Majesty's Inspector of Constabulary\n4th Floor, 10 South Colonnade\n"
         "London E14 4PU", size=10, align=WD_ALIGN_PARAGRAPH.RIGHT)
    para(LETTER_DATE, align=WD_ALIGN_PARAGRAPH.RIGHT)
    para("Sarah Whitlock\nChief Constable\nFenmoor Police\nPolice Headquarters\nBrackenford")
    para("Copy to: Priya Lockwood, Police and Crime Commissioner for Fenmoor")
    para("Dear Chief Constable,")
    doc.add_heading(TITLE, level=1)
    pg.count(TITLE, 1.5)
    para("In our PEEL 2023–2025 inspection of Fenmoor Police, published on 3 April 2025, we "
         "identified a cause of concern about how the force investigates crime. We found that "
         "too many investigations were allocated to officers without the right skills, that "
         "supervision was inconsistent, and that victims were not kept informed. We made two "
         "recommendations to address this.")
    para("Between 1 and 5 December 2025 we revisited the force to assess its progress. We "
         "reviewed 60 investigations, examined the force's performance data and spoke to "
         "investigators, supervisors and senior leaders. This letter sets out what we found.")
    pg.page_break()

    # ---- page 2: progress table
    doc.add_heading("Progress against the 2025 recommendations", level=2)
    pg.count("Progress against the 2025 recommendations", 1.5)
    table = doc.add_table(rows=1, cols=4)
    table.style = "Table Grid"
    for cell, text in zip(table.rows[0].cells, ["No.", "Recommendation (2025)", "What we found", "Status"]):
        cell.text = ""
        cell.paragraphs[0].add_run(text).bold = True
    for row in OLD:
        cells = table.add_row().cells
        for cell, text in zip(cells, row):
            cell.text = text
            pg.count(text, 1.2)
    para("")
    doc.add_heading("What we found", level=2)
    pg.count("What we found", 1.5)
    para("The force has made good progress in how it allocates and supervises investigations. It "
         "has introduced a daily review meeting in each investigation hub, and supervisors now "
         "review new investigations within seven days in 94 percent of cases. We have closed "
         "recommendation 1.")
    para("However, the force is still not keeping victims informed. In 21 of the 60 "
         "investigations we reviewed, there was no record that the victim had been updated "
         "within the timescales set out in the Code of Practice for Victims of Crime. The force "
         "does not yet have a reliable way of monitoring its compliance with the code.")
    para("We also reviewed the two areas for improvement from our 2025 report that relate to "
         "investigations. The force has addressed one of them; the other is now covered by the "
         "revised cause of concern below.")
    para("We have closed recommendation 1. We have revised the cause of concern, and we have "
         "replaced recommendation 2 with one new recommendation.")
    pg.page_break()

    # ---- page 3: revised cause of concern, recommendation, area for improvement, sign-off
    doc.add_heading("Revised cause of concern", level=2)
    pg.count("Revised cause of concern", 1.5)
    para(COC)
    doc.add_heading("Recommendation", level=2)
    pg.count("Recommendation", 1.5)
    para(RECS[0]["text"])
    pg.tag("R1")
    doc.add_heading("Area for improvement", level=2)
    pg.count("Area for improvement", 1.5)
    para(AFI)
    para("The force remains in our routine monitoring arrangements. We will continue to monitor "
         "its progress through our regular contact with the force and will revisit the "
         "recommendation after September 2026.")
    para("I am copying this letter to the police and crime commissioner. It will be published "
         "on our website.")
    para("Yours sincerely,")
    para("Rebecca Thorne\nHis Majesty's Inspector of Constabulary")

    docx_save(doc, os.path.join(HERE, "report.docx"))

    RECS[0]["where"] = pg.where["R1"]
    data = {
        "file": "report.docx",
        "title": TITLE,
        "published": PUBLISHED,
        "inspectorates": ["HMICFRS"],
        "type": "revisit",
        "forces_visited": ["Fenmoor Police"],
        "fenmoor_inspected": True,
        "totals": {"recommendations": 1, "areas_for_improvement": None, "causes_of_concern": None},
        "recommendations": RECS,
        "causes_of_concern": [{"id": "1", "text": COC}],
        "areas_for_improvement": [{"id": "1", "text": AFI}],
        "graded_judgments": [],
    }
    write_expected(
        HERE,
        data,
        header="Revisit letter: letter date and 'Published' line differ; the 2025 recommendations are\n"
        "in a progress table (not this letter's); one unnumbered revised cause of concern,\n"
        "recommendation and area for improvement (ids '1').",
    )


if __name__ == "__main__":
    main()
