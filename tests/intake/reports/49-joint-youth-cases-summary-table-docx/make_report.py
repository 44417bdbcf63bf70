"""Fixture 49: joint HMCPSI/HMICFRS inspection of youth cases (DOCX). Fenmoor is one of four forces.

Run: python3 make_report.py  -> report.docx + expected.yaml
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
for _p in (os.path.join(HERE, "..", "..", "reports"), os.path.join(HERE, "..")):
    sys.path.insert(0, os.path.abspath(_p))
from _kit import DocxPages, d, docx_core, docx_header_footer, docx_save, rec, write_expected  # noqa: E402
from docx import Document  # noqa: E402
from docx.shared import Pt  # noqa: E402

TITLE = "A joint inspection of the police and CPS handling of cases involving children as defendants"
PUBLISHED = d(2027, 3, 9)
FORCES = ["Fenmoor Police", "Northmarsh Police", "Cresford Police", "West Tamar Police"]

RECS = [
    ("1", "By 31 January 2028, chief constables should make sure that every child detained in police "
          "custody is referred to the local youth offending team before the end of the next working day.",
     d(2028, 1, 31), ["chief constables"], "Police"),
    ("2a", "The Chief Crown Prosecutor for each CPS Area should make sure that charging decisions for "
           "children are made by a prosecutor who has completed youth justice training.",
     None, ["CPS"], "CPS"),
    ("2b", "Chief constables should make sure that youth case files sent to the CPS include the information "
           "from the youth offending team's assessment of the child.",
     None, ["chief constables"], "Police"),
    ("3", "Within six months of publication, chief constables, the Chief Crown Prosecutor for each CPS Area "
          "and directors of children's services in each local authority should agree a joint protocol for "
          "the scrutiny of out-of-court resolutions given to children.",
     "within six months of publication", ["chief constables", "CPS", "local authorities"],
     "Police, CPS and local authorities"),
    ("4", "By the end of December 2027, the Ministry of Justice, working with the Youth Justice Board, should "
          "publish data on the time taken for youth cases to reach a first court hearing.",
     d(2027, 12, 31), ["Ministry of Justice", "other"], "Ministry of Justice"),
]
AFIS = [
    "The CPS should improve the quality of its reviews of youth cases in which the child is charged with a "
    "serious offence, so that the review records why the case is not suitable for the youth court.",
    "Forces should make sure that appropriate adults are called as soon as a child arrives in custody and "
    "that the time of the call is recorded.",
]

doc = Document()
doc.styles["Normal"].font.size = Pt(11)
docx_core(doc, TITLE, author="HMCPSI")
docx_header_footer(doc, "Joint inspection: children as defendants", "HMCPSI and HMICFRS")
pg = DocxPages(doc)


def para(text, style=None, bold=False):
    p = doc.add_paragraph(style=style)
    r = p.add_run(text)
    r.bold = bold
    pg.count(text)
    return p


# page 1: cover
doc.add_heading(TITLE, level=0)
pg.count(TITLE, 2)
para("A joint inspection by His Majesty's Crown Prosecution Service Inspectorate and His Majesty's "
     "Inspectorate of Constabulary and Fire & Rescue Services")
para("March 2027")
pg.page_break()

# page 2: publication details and summary table
para("Published 9 March 2027. Fieldwork took place between 1 June and 31 July 2026.")
doc.add_heading("Summary of recommendations", level=1)
pg.count("Summary of recommendations")
para("We make four recommendations, one of which is in two parts, and we identify two areas for "
     "improvement. They are summarised below and explained in the chapters that follow.")
t = doc.add_table(rows=1, cols=3)
t.style = "Table Grid"
for c, h in zip(t.rows[0].cells, ["No.", "Recommendation", "For"]):
    c.text = h
for r in RECS:
    cells = t.add_row().cells
    cells[0].text, cells[1].text, cells[2].text = r[0], r[1], r[4]
    pg.count(r[1], 1.3)
    pg.tag(r[0])
pg.page_break()

# page 3: introduction
doc.add_heading("1. Introduction", level=1)
para("Each year, the police deal with around 60,000 children suspected of crimes. Most cases are resolved "
     "out of court; a minority are charged and prosecuted. In this inspection we examined how the police "
     "and the Crown Prosecution Service (CPS) handle cases involving children as defendants.")
para("We visited four forces and their CPS Areas: Fenmoor Police, Northmarsh Police, Cresford Police and "
     "West Tamar Police, with CPS East and CPS Wessex. We examined 160 case files and spoke to 84 police "
     "officers, prosecutors and youth offending team workers.")
para("Children should be treated as children first. Officers we spoke to understood this, but the systems "
     "around them did not always support it.")
pg.page_break()

# page 4: police
doc.add_heading("2. The police response", level=1)
para("In 31 of the 80 custody records we examined, there was no record that the youth offending team had "
     "been told about the child's detention. Appropriate adults were usually called, but often late.")
for r in (RECS[0], RECS[2]):
    para(f"Recommendation {r[0]}", bold=True)
    para(r[1])
para("Area for improvement 2", bold=True)
para(AFIS[1])
pg.page_break()

# page 5: CPS
doc.add_heading("3. Charging and review by the CPS", level=1)
para("Prosecutors who made charging decisions for children had not always completed youth training. In "
     "CPS Wessex, 9 of the 22 lawyers who made such decisions had not.")
para("Recommendation 2a", bold=True)
para(RECS[1][1])
para("Area for improvement 1", bold=True)
para(AFIS[0])
pg.page_break()

# page 6: partnership and national
doc.add_heading("4. Out-of-court resolutions and delay", level=1)
para("Scrutiny panels for out-of-court resolutions existed in three of the four areas, but none included "
     "the CPS. Youth cases that went to court took an average of 143 days to reach a first hearing.")
for r in (RECS[3], RECS[4]):
    para(f"Recommendation {r[0]}", bold=True)
    para(r[1])
para("In our 2023 report on the same subject we recommended that forces should record the ethnicity of "
     "every child given an out-of-court resolution. Progress against that recommendation has been slow.")

out = os.path.join(HERE, "report.docx")
docx_save(doc, out)

write_expected(HERE, {
    "file": "report.docx",
    "title": TITLE,
    "published": PUBLISHED,
    "inspectorates": ["HMCPSI", "HMICFRS"],
    "type": "joint",
    "forces_visited": FORCES,
    "fenmoor_inspected": True,
    "totals": {"recommendations": 4, "areas_for_improvement": 2, "causes_of_concern": None},
    "recommendations": [rec(r[0], r[1], r[2], r[3], None, pg.where[r[0]]) for r in RECS],
    "causes_of_concern": [],
    "areas_for_improvement": [{"id": str(i), "text": a} for i, a in enumerate(AFIS, 1)],
    "graded_judgments": [],
}, header="Joint inspection; the report says 'four recommendations, one of which is in two parts' (5 entries).")
print("ok", pg.where)
