"""Builds notes.docx: a PEEL improvement plan with a grades table and one table per graded area."""

from docx import Document

doc = Document()
doc.sections[0].header.paragraphs[0].text = "OFFICIAL"
doc.add_heading("Fenmoor Police — PEEL 2025–27 Improvement Plan", level=1)
doc.add_paragraph("Gold: DCC Mark Ellery.  Version 2 — 25 November 2026.")
doc.add_paragraph(
    "Handling: OFFICIAL. Rows marked OS in the Marking column are OFFICIAL-SENSITIVE and must not be "
    "published or shared outside the force and the OPCC."
)
doc.add_paragraph(
    "Report published 12 November 2026. No causes of concern and no recommendations. "
    "Six areas for improvement (AFIs), set out below under the area in which they were raised."
)

doc.add_heading("Graded judgments", level=2)
grades = [
    ("Area", "PEEL 2025–27 grade", "PEEL 2023–25 grade"),
    ("Police powers and public treatment", "Good", "Adequate"),
    ("Preventing crime", "Good", "Good"),
    ("Responding to the public", "Adequate", "Requires improvement"),
    ("Investigating crime", "Requires improvement", "Requires improvement"),
    ("Protecting vulnerable people", "Adequate", "Adequate"),
    ("Managing offenders", "Requires improvement", "Adequate"),
    ("Developing a positive workplace", "Good", "Adequate"),
    ("Leadership and force management", "Adequate", "Adequate"),
]
t = doc.add_table(rows=0, cols=3)
t.style = "Table Grid"
for row in grades:
    cells = t.add_row().cells
    for i, v in enumerate(row):
        cells[i].text = v

cols = ("No.", "Area for improvement", "Response", "Lead", "Timescale", "Status", "Marking")


def section(title, rows):
    doc.add_heading(title, level=2)
    tbl = doc.add_table(rows=1, cols=len(cols))
    tbl.style = "Table Grid"
    for i, c in enumerate(cols):
        tbl.rows[0].cells[i].text = c
    for r in rows:
        cells = tbl.add_row().cells
        for i, v in enumerate(r):
            cells[i].text = v


section(
    "Investigating crime (Requires improvement)",
    [
        (
            "AFI 1",
            "Allocation of investigations to skilled officers; supervision",
            "Investigation Standards Team (1 DI, 4 DS) set up 2 Nov 2026 to review allocation and supervision. "
            "New allocation matrix (crime type, risk, skills) live 1 Dec 2026. Detective Academy: 32 trainee "
            "detectives started Sept 2026; second intake of 24 in March 2027.",
            "DCS Helen Marsh, Head of Crime",
            "30/09/2027",
            "In progress",
            "OFFICIAL",
        ),
        (
            "AFI 2",
            "Victims' Code compliance incl. needs assessments",
            "VNA to be a mandatory field in Niche from 13 Jan 2027. Monthly audit of 100 crimes by Crime & Incident "
            "Registrar – VNA completed in 61% (Oct 2026 audit). OPCC: from 1 Feb 2027 Victim Care Fenmoor "
            "(PCC-commissioned victim service) receives an automatic referral for every victim with a completed VNA.",
            "Ch Supt Owen Adeyemi, Local Policing / OPCC Head of Commissioning",
            "31/03/2027",
            "In progress",
            "OFFICIAL",
        ),
    ],
)
section(
    "Managing offenders (Requires improvement)",
    [
        (
            "AFI 3",
            "RSO home visits within risk timescales",
            "MOSOVO visit backlog: 143 overdue home visits at 31/10 (212 at inspection). 3 vacancies Harnmouth "
            "MOSOVO. Overtime op (Op Tollgate) to clear backlog by 28/02/27. Risk review of the 18 very high risk "
            "RSOs completed.",
            "DCI Sam Okonjo, Public Protection",
            "28/02/2027",
            "In progress",
            "OS",
        ),
        (
            "AFI 4",
            "Integrated offender management",
            "New IOM cohort selection matrix agreed with Probation Service (Fenmoor delivery unit) 6/11/26; cohort "
            "extended to high-harm domestic abuse perpetrators from Jan 2027. OPCC: PCC proposes £85,000 in 2027/28 "
            "for an IOM housing support worker – subject to budget/precept decision Feb 2027.",
            "Supt Ian Colley, Offender Management",
            "30/06/2027",
            "In progress",
            "OFFICIAL",
        ),
    ],
)
section(
    "Responding to the public (Adequate)",
    [
        (
            "AFI 5",
            "Attendance at priority incidents",
            "Avg attendance at priority incidents 2h47m (Oct 2026). New response shift pattern from 3 April 2027 "
            "following consultation with Police Federation and UNISON; 20 officers moved into response from "
            "reallocated posts. Aim: average under 1 hour by July 2027.",
            "Ch Supt Owen Adeyemi, Local Policing",
            "31/07/2027",
            "Planned",
            "OFFICIAL",
        ),
    ],
)
section(
    "Leadership and force management (Adequate)",
    [
        (
            "AFI 6",
            "Understanding workforce demand",
            "Strategic Planning Unit to build a demand model with Fenmoor County Council's insight team; first "
            "version to Chief Officer Group March 2027; will inform Force Management Statement 2027.",
            "Emma Kirwan, Head of Strategic Planning",
            "31/05/2027",
            "Not started",
            "OFFICIAL",
        ),
    ],
)

doc.add_heading("Governance", level=2)
gov = [
    ("Forum", "Chair", "Frequency", "Notes"),
    ("PEEL Improvement Board", "DCC Mark Ellery", "Monthly", "First met 20/11/26; next 18/12/26"),
    ("OPCC Performance and Accountability Board", "PCC", "PEEL item quarterly", "Next 19/01/2027"),
    ("Police and Crime Panel", "–", "–", "PCC to report PEEL outcome and plan 04/02/2027"),
]
g = doc.add_table(rows=0, cols=4)
g.style = "Table Grid"
for row in gov:
    cells = g.add_row().cells
    for i, v in enumerate(row):
        cells[i].text = v

doc.save("notes.docx")
print("wrote notes.docx")
