"""Build notes.xlsx: Fenmoor Police action plan for the HMICFRS fraud/vulnerable victims thematic.

One sheet, one row per action (several rows can share a recommendation), a title line above the
header. Run with a Python that has openpyxl, e.g. /tmp/gen/bin/python make_notes.py
"""

import datetime as dt
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill

HERE = Path(__file__).resolve().parent

TITLE = (
    "Fenmoor Police - HMICFRS action plan - 'Who protects the vulnerable? An inspection of the police "
    "response to fraud against vulnerable victims' (pub. 29/10/2026) - v0.4 25/11/2026 - owner DCS Oyelaran"
)

HEADER = [
    "Rec no",
    "Recommendation",
    "Action(s) taken/proposed",
    "Lead (name)",
    "Target date",
    "RAG",
    "Latest position",
    "GSC",
]

REC4 = (
    "By 30 June 2027, chief constables should make sure that every report of fraud involving a vulnerable "
    "victim ... is assessed for risk within 24 hours using a structured vulnerability assessment, and that "
    "victims assessed as high risk receive a safeguarding visit."
)

ROWS = [
    [
        "Whole report",
        "Report overview / scope",
        "Gap analysis against all recs. Local plan for CC recs flagged by Force Exec plus national recs with local read-across.",
        "DCS Mark Oyelaran",
        "Ongoing",
        "Green",
        "Report makes 24 recs in total: 9 for chief constables, 6 Home Office, 5 College of Policing, 4 NPCC. "
        "Fieldwork in 8 forces - Fenmoor not one of them. Gap analysis to Force Executive Board 10/11/26. "
        "This plan tracks recs 4, 10, 15, 19, 22. Other 6 CC recs (1, 2, 6, 8, 13, 17) held on main HMICFRS tracker, not this plan.",
        "OFFICIAL",
    ],
    [
        "4",
        REC4,
        "Introduce structured vulnerability assessment for all fraud reports (Action Fraud disseminations + direct reports). "
        "Completed by ECVCU within 24 hrs of receipt.",
        "DI Helen Marsh",
        "Q4 2026/27",
        "Amber",
        "Assessment form built in Niche, in user testing. Go-live slipped from 01/12 to January 2027 - missed Dec release window. "
        "Weekend cover tbc.",
        "OFFICIAL",
    ],
    [
        "4",
        "",
        "Safeguarding visit by neighbourhood team for every victim assessed high risk, within 72 hrs of assessment.",
        "Supt Nadia Rahman",
        dt.datetime(2027, 6, 30),
        "Green",
        "Agreed at Local Policing Board 18/11/26. NPT sgts briefing Jan. Under existing process 41 high-risk victims visited Jul-Oct.",
        "OFFICIAL",
    ],
    [
        "4",
        "",
        "ECVCU resilience - backfill vacancies.",
        "DCS Mark Oyelaran",
        "April 2027",
        "Red",
        "2.5 FTE vacant out of establishment of 7 (2 x DC posts since Aug, 0.5 staff). 1 on long-term sick. "
        "Backfill from Harnmouth CID to Apr; no cover at weekends until then.",
        "OFFICIAL-SENSITIVE",
    ],
    [
        "10, 22",
        "Rec 10 - referral of vulnerable fraud victims to adult social care. Rec 22 - info sharing w/ trading standards.",
        "Single fraud safeguarding information-sharing agreement with Fenmoor County Council covering (a) safeguarding "
        "referrals to Adult Social Care and (b) routine sharing of scams/doorstep crime intel with Trading Standards.",
        "DI Helen Marsh",
        dt.datetime(2027, 3, 31),
        "Amber",
        "Draft ISA with council legal since 06/11. Referral form agreed with ASC. TS want monthly intel exchange - agreed "
        "in principle, DPIA needed first. Risk: council legal capacity.",
        "OFFICIAL",
    ],
    [
        "10",
        "",
        "Safeguarding referral made Y/N to become mandatory field on Niche fraud occurrence; monthly dip sample by ECVCU PS.",
        "DI Helen Marsh",
        "March 2027",
        "Green",
        "Change request raised 20/11/26. Dip sample template done.",
        "OFFICIAL",
    ],
    [
        "22",
        "",
        "Joint doorstep crime days of action with Trading Standards, quarterly, rotating round districts.",
        "Insp Lee Parfitt",
        "Ongoing",
        "Green",
        "First day of action Brackenford 12/11/26 - 27 traders checked, 4 referred to TS. Next one Otterby Feb.",
        "OFFICIAL",
    ],
    [
        "22",
        "",
        "Op LANTERN - disruption of courier fraud group targeting elderly residents, Otterby & Wexcombe. Built on TS intel.",
        "DCI Tom Harker",
        "Q3 2026/27",
        "Green",
        "3 nominals identified, linked to addresses in Harnmouth. Covert phase 14-18 Dec. ROCU aware.",
        "OFFICIAL SENSITIVE",
    ],
    [
        "15",
        "Home Office - national minimum standard for ECVCU support to fraud victims, funded.",
        "National rec (Home Office). Local read-across: ECVCU already gives victim care close to the Action Fraud model; "
        "benchmark against national standard once issued.",
        "DCS Mark Oyelaran",
        "TBC - awaiting HO",
        "N/A",
        "No HO timetable yet. Raised by OPCC through APCC economic crime portfolio, Nov.",
        "OFFICIAL",
    ],
    [
        "15",
        "",
        "OPCC: continue funding 2 ECVCU caseworkers from the Victims' Fund; evaluate outcomes for victims.",
        "Claire Dunmore (OPCC Head of Commissioning)",
        "31/03/2028",
        "Green",
        "Grant agreement varied 04/11/26 to extend to 31/03/2028. Evaluation framework agreed; first report to Victims' Strategic Board Feb 2027.",
        "OFFICIAL",
    ],
    [
        "19",
        "College of Policing - APP update + training for control room staff.",
        "National rec (CoP). Locally: fraud vulnerability module added to call handler initial course and CPD for existing call handlers.",
        "Ch Insp Gemma Ward (Contact Management)",
        "31/03/2027",
        "Green",
        "Module written with ECVCU. 112 of 190 call handlers done by 25/11. Rest booked Jan-Feb.",
        "OFFICIAL",
    ],
    [
        "19",
        "",
        "Adopt revised APP when published; force fraud SPOC sits on CoP working group.",
        "DI Helen Marsh",
        "On publication",
        "N/A",
        "First working group 03/12/26.",
        "OFFICIAL",
    ],
    [
        "Oversight",
        "OPCC scrutiny",
        "OPCC to scrutinise delivery through the Performance and Accountability Board; progress to Police and Crime Panel.",
        "Jane Corran (OPCC Chief Executive)",
        "Quarterly from Feb 2027",
        "Green",
        "Fraud and vulnerable victims on PAB agenda 17/02/2027. Progress to Police and Crime Panel in annual inspections report, June 2027.",
        "OFFICIAL",
    ],
]

FILL = {"Green": "C6EFCE", "Amber": "FFEB9C", "Red": "FFC7CE", "Blue": "BDD7EE"}


def main() -> None:
    wb = Workbook()
    ws = wb.active
    ws.title = "Fraud thematic 2026"
    ws.append([TITLE])
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(HEADER))
    ws["A1"].font = Font(bold=True)
    ws.append([])
    ws.append(HEADER)
    for cell in ws[3]:
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="D9D9D9")
    for row in ROWS:
        ws.append(row)
        r = ws.max_row
        date_cell = ws.cell(row=r, column=5)
        if isinstance(date_cell.value, dt.datetime):
            date_cell.number_format = "dd/mm/yyyy"
        rag = ws.cell(row=r, column=6)
        if rag.value in FILL:
            rag.fill = PatternFill("solid", fgColor=FILL[rag.value])
        for c in ws[r]:
            c.alignment = Alignment(wrap_text=True, vertical="top")
    widths = [12, 40, 50, 24, 16, 8, 60, 20]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(ord("A") + i)].width = w
    wb.save(HERE / "notes.xlsx")


if __name__ == "__main__":
    main()
