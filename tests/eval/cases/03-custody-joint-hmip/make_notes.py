"""Build notes.docx: Fenmoor Police custody inspection action plan (HMICFRS/HMIP unannounced visit).

Word document with a marking in the header, a short preamble and three tables, one per report
section: recommendations, areas for improvement, governance. Run with a Python that has
python-docx, e.g. /tmp/gen/bin/python make_notes.py
"""

from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.shared import Cm, Pt

HERE = Path(__file__).resolve().parent

COLS = ["Ref.", "Issue", "Response", "Lead officer", "Timescale", "Status", "Handling"]

RECS = [
    [
        "R1",
        "CoC 1 - PACE reviews of detention late, by phone/video when detainee awake, poorly recorded.",
        "Dedicated review inspector on every shift at Harnmouth Central and Brackenford; Otterby reviews by the "
        "Harnmouth review inspector in person or by video only where detainee asleep. Rota change agreed with Fed.",
        "Ch Insp Custody (Ch Insp Dawn Hollis)",
        "01/02/2027",
        "In progress",
        "OFFICIAL",
    ],
    [
        "R1",
        "",
        "Monthly audit of PACE review compliance from custody system report (late reviews, mode, recording). "
        "Baseline audit Oct 2026: 71% of reviews on time, 58% in person.",
        "",
        "Monthly from Dec 2026",
        "Started",
        "OFFICIAL",
    ],
    [
        "R2",
        "CoC 2 - custody estate. Joint rec to force AND PCC: agree and fund plan for safe/decent estate incl. future of Brackenford.",
        "Condition survey of all 3 suites done Sept 2026 - Brackenford rated poor (heating, cell doors, drainage). "
        "Interim repairs at Brackenford (heating + drainage in 4 cells): £185k from 2026/27 capital slippage, approved by PCC 13/11/2026.",
        "Head of Estates (Martin Okafor)",
        "31/03/2027",
        "In progress",
        "OFFICIAL",
    ],
    [
        "R2",
        "",
        "Options appraisal on future of Brackenford suite: (a) refurbish, (b) replace on same site, (c) close and expand "
        "Harnmouth Central. Joint force/OPCC. PCC decision on preferred option.",
        "OPCC CFO (Dev Sandhu) / Head of Estates",
        "",
        "Scoping",
        "OFFICIAL",
    ],
    [
        "R2",
        "",
        "OPCC: custody estate plan to be part of refreshed Estates Strategy 2027-2032; capital placeholder in MTFP "
        "27/28-30/31 pending options appraisal. Options paper to Joint Estates Board Jan 2027.",
        "Jane Corran (OPCC CEx)",
        "Sept 2027",
        "Planned",
        "OFFICIAL",
    ],
    [
        "R3",
        "CoC 3 - use of force in custody under-recorded; weak governance/scrutiny.",
        "All UoF in custody recorded on national UoF form before end of shift; monthly compliance report to Custody "
        "Governance Board; BWV for all custody sergeants and DDOs; independent Use of Force Scrutiny Panel to review "
        "custody CCTV samples quarterly.",
        "Supt Criminal Justice (Supt Ben Carrow)",
        "30/04/2027",
        "In progress",
        "OFFICIAL",
    ],
    [
        "R3",
        "",
        "Incident 14/08/2026 Harnmouth Central cell 9 - restraint of detainee during strip search. Referred to IOPC "
        "(IOPC ref 2026/041187). 2 DDOs restricted duties. Local learning review on hold pending IOPC.",
        "Head of PSD",
        "TBC pending IOPC",
        "Live",
        "OFFICIAL-SENSITIVE",
    ],
]

AFIS = [
    [
        "AFI 1",
        "Showers, outside exercise, reading material - esp. detainees held >24 hrs.",
        "Detainee care checklist added to custody record (shower / exercise / reading offered Y/N). Book trolley at each suite. "
        "Exercise yard at Harnmouth Central reopened 16/11 after repairs.",
        "Custody Insp Harnmouth Central",
        "31/01/2027",
        "In progress",
        "OFFICIAL",
    ],
    [
        "AFI 2",
        "Custody staff refresher training (first aid, personal safety) out of date.",
        "Protected training days built into custody rota. Compliance now 74% first aid, 69% personal safety. Training days booked Dec-Mar.",
        "",
        "31/03/2027",
        "In progress",
        "OFFICIAL",
    ],
    [
        "AFI 3",
        "Safe release of vulnerable detainees.",
        "Release plan prompt on custody record; taxi account for vulnerable detainees released at night; referral to liaison "
        "and diversion / mental health crisis team before release where needed.",
        "Ch Insp Custody (Ch Insp Dawn Hollis)",
        "",
        "Planned",
        "OFFICIAL",
    ],
    [
        "AFI 4",
        "Otterby CCTV coverage + retention.",
        "Blind spots in cells 3 and 5 and rear yard. New cameras funded, install w/c 18/01/2027. Retention up from 30 to 90 days.",
        "Force Estates / Ch Insp Custody",
        "Feb 2027",
        "In progress",
        "OFFICIAL-SENSITIVE",
    ],
    [
        "AFI 5",
        "Custody data by protected characteristic.",
        "Custody equality dashboard (Power BI): strip search, use of force and time in custody by ethnicity, age and sex. "
        "Reported quarterly to Custody Governance Board.",
        "Custody Performance Analyst",
        "Q1 2027/28",
        "Not started",
        "OFFICIAL",
    ],
]

GOV = [
    [
        "G1",
        "Action plan to HMICFRS/HMIP.",
        "Submit action plan to inspectorates within 12 weeks of publication.",
        "Ch Supt Criminal Justice",
        "02/02/2027",
        "In progress",
        "OFFICIAL",
    ],
    [
        "G2",
        "Force governance.",
        "Custody Governance Board (chair ACC Justice) tracks this plan monthly.",
        "ACC Justice",
        "Monthly",
        "Live",
        "OFFICIAL",
    ],
    [
        "G3",
        "OPCC oversight - ICV scheme.",
        "Independent Custody Visitors to check detainee care items (showers, exercise, reading, release plans) on every visit "
        "from Dec 2026. ICV findings reported quarterly to PCC's Custody Scrutiny Meeting; first one 11/03/2027.",
        "OPCC ICV Scheme Manager (Amira Khan)",
        "Quarterly",
        "Started",
        "OFFICIAL",
    ],
]


def add_table(doc: Document, heading: str, rows: list[list[str]]) -> None:
    doc.add_heading(heading, level=2)
    table = doc.add_table(rows=1, cols=len(COLS))
    table.style = "Table Grid"
    for i, name in enumerate(COLS):
        cell = table.rows[0].cells[i]
        cell.text = name
        cell.paragraphs[0].runs[0].bold = True
    for row in rows:
        cells = table.add_row().cells
        for i, value in enumerate(row):
            cells[i].text = value
    doc.add_paragraph()


def main() -> None:
    doc = Document()
    section = doc.sections[0]
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = section.page_height, section.page_width
    section.left_margin = section.right_margin = Cm(1.5)
    section.header.paragraphs[0].text = "OFFICIAL (OFFICIAL-SENSITIVE where marked in Handling column)"
    section.footer.paragraphs[0].text = "Fenmoor Police - Criminal Justice & Custody - v1.2 - 24/11/2026"
    style = doc.styles["Normal"]
    style.font.name = "Arial"
    style.font.size = Pt(9)

    doc.add_heading("Custody Inspection Action Plan", level=1)
    doc.add_paragraph(
        "Report on an unannounced inspection visit to police custody suites in Fenmoor - HMICFRS / HM Inspectorate of "
        "Prisons. Fieldwork July 2026, report published 10/11/2026. Suites: Harnmouth Central, Brackenford, Otterby."
    )
    doc.add_paragraph(
        "Report: 3 causes of concern, each with one recommendation (R1 and R3 to the force; R2 to the force and the PCC "
        "jointly), and 5 areas for improvement. Previous inspection 2020: of 16 recommendations, 11 achieved, 3 partly "
        "achieved, 2 not achieved."
    )
    add_table(doc, "Section A - Recommendations (causes of concern)", RECS)
    add_table(doc, "Section B - Areas for improvement", AFIS)
    add_table(doc, "Section C - Governance and oversight", GOV)
    doc.save(HERE / "notes.docx")


if __name__ == "__main__":
    main()
