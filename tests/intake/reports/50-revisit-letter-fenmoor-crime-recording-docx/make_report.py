"""Fixture 50: revisit letter to Fenmoor Police on a PEEL cause of concern about crime recording (DOCX).

Run: /tmp/intake-venv/bin/python make_report.py  -> report.docx + expected.yaml
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
for _p in (os.path.join(HERE, "..", "..", "reports"), os.path.join(HERE, "..")):
    sys.path.insert(0, os.path.abspath(_p))
from _kit import DocxPages, d, docx_core, docx_header_footer, docx_save, rec, write_expected  # noqa: E402
from docx import Document  # noqa: E402
from docx.enum.text import WD_ALIGN_PARAGRAPH  # noqa: E402
from docx.shared import Pt  # noqa: E402

TITLE = "Fenmoor Police: revisit of the cause of concern about crime recording"
PUBLISHED = d(2027, 3, 3)

OLD_COC = ("The force does not record crimes reported to it accurately or in a timely way, and victims "
           "of some crimes are therefore not receiving the service they are entitled to.")
OLD = [
    ("1", "By 31 March 2026, the force should make sure that reports of violent crime, including those "
          "involving domestic abuse, are recorded as crimes within 24 hours.", "Achieved"),
    ("2", "By 31 March 2026, the force should make sure that its crime registrar has enough staff to audit "
          "crime recording decisions and that the findings are acted on.", "Partly achieved"),
    ("3", "By 30 June 2026, the force should train all call handlers and investigators in the national crime "
          "recording standard.", "Achieved"),
]
NEW_REC = ("By 31 August 2027, the force should make sure that all reports of crime made through its online "
           "reporting service are assessed and recorded within 24 hours, in line with the national crime "
           "recording standard.")
NEW_AFI = ("The force should improve how the findings of its crime registrar's audits are reported to the "
           "force performance board, so that chief officers can see whether recording standards are being "
           "kept.")

doc = Document()
doc.styles["Normal"].font.size = Pt(11)
docx_core(doc, TITLE)
docx_header_footer(doc, "HMICFRS", "Fenmoor Police revisit letter")
pg = DocxPages(doc)


def para(text, bold=False, align=None):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.bold = bold
    if align:
        p.alignment = align
    pg.count(text)
    return p


# page 1 -------------------------------------------------------------------------------------------
para("His Majesty's Inspectorate of Constabulary and Fire & Rescue Services", bold=True,
     align=WD_ALIGN_PARAGRAPH.RIGHT)
para("Publication date: 3 March 2027", align=WD_ALIGN_PARAGRAPH.RIGHT)
para("Sarah Whitlock\nChief Constable\nFenmoor Police\nPolice Headquarters\nHarnmouth")
para("17 February 2027")
para("Dear Chief Constable,")
doc.add_heading(TITLE, level=1)
pg.count(TITLE, 1.5)
para("In our PEEL inspection of Fenmoor Police published in May 2025, we identified a cause of concern about "
     "the force's crime recording and made three recommendations. Between 11 and 15 January 2027 we "
     "revisited the force to assess the progress it had made. I am writing to set out what we found.")
para("We audited 420 reports of crime received by the force between July and September 2026. The force "
     "recorded 93.1 per cent of them correctly, compared with 81.4 per cent at our 2024 inspection. "
     "Violent crime recording had improved the most.")
pg.page_break()

# page 2 -------------------------------------------------------------------------------------------
para("The cause of concern from 2025", bold=True)
para(OLD_COC)
para("The table below shows our assessment of the force's progress against each of the three "
     "recommendations we made in 2025.")
t = doc.add_table(rows=1, cols=3)
t.style = "Table Grid"
for c, h in zip(t.rows[0].cells, ["2025 recommendation", "Text", "Progress"]):
    c.text = h
for o in OLD:
    cells = t.add_row().cells
    cells[0].text, cells[1].text, cells[2].text = o[0], o[1], o[2]
    pg.count(o[1], 1.3)
para("Our conclusion", bold=True)
para("The force has made substantial progress. We have therefore closed the cause of concern, and we have "
     "not raised a new cause of concern. However, crimes reported online are still not always recorded "
     "promptly. We make one new recommendation and identify one area for improvement.")
para("Recommendation", bold=True)
para(NEW_REC)
pg.tag("1")
para("Area for improvement", bold=True)
para(NEW_AFI)
pg.page_break()

# page 3 -------------------------------------------------------------------------------------------
para("We will continue to monitor the force's progress through our usual PEEL monitoring arrangements. "
     "I am copying this letter to the police and crime commissioner, who should publish a response to it "
     "under section 55 of the Police Act 1996.")
para("Yours sincerely,")
para("Hannah Marsh\nHis Majesty's Inspector of Constabulary")
para("cc: Priya Lockwood, Police and Crime Commissioner for Fenmoor")

docx_save(doc, os.path.join(HERE, "report.docx"))

write_expected(HERE, {
    "file": "report.docx",
    "title": TITLE,
    "published": PUBLISHED,
    "inspectorates": ["HMICFRS"],
    "type": "revisit",
    "forces_visited": ["Fenmoor Police"],
    "fenmoor_inspected": True,
    "totals": {"recommendations": 1, "areas_for_improvement": 1, "causes_of_concern": 0},
    "recommendations": [rec("1", NEW_REC, d(2027, 8, 31), ["force"], None, pg.where["1"])],
    "causes_of_concern": [],
    "areas_for_improvement": [{"id": "1", "text": NEW_AFI}],
    "graded_judgments": [],
}, header="Revisit letter: the 2025 cause of concern and recommendations are shown with their status and\n"
          "are NOT this letter's; the single unnumbered recommendation and area take id '1'.")
print("ok", pg.where)
