"""Builds notes.xlsx: the force's tracker for the national RASSO thematic, one sheet,
a title row above the header, one row per action, BRAG colours as words (and fills)."""
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill

HERE = Path(__file__).resolve().parent

HEADER = ["HMI Ref", "Recommendation (summary)", "What we are doing", "Accountable officer",
          "By when", "Status", "BRAG", "Update (Nov 26)", "Handling"]

ROWS = [
    ["Overarching", "Whole report",
     "Report pub 14/10/26. 14 recs in total: 7 for CCs (R1-R5, R9, R11), 1 for PCCs (R12), "
     "4 for College of Policing (R6-R8, R10), 2 for Home Office (R13, R14). Fenmoor = 1 of 6 "
     "fieldwork forces (Mar-26). This plan tracks R3, R7, R11, R12. Remaining CC recs (R1, R2, "
     "R4, R5, R9) being gap-analysed against RASSO Improvement Plan v3. Governance: RASSO "
     "Delivery Board (RDB) monthly, chair DCC.",
     "DCC T. Rafferty", "Jan-27", "Ongoing", "Amber",
     "Gap analysis to RDB Jan-27. OPCC RASSO deep dive at PAB 17/02/27.", "OFFICIAL"],
    ["R3", "Inv plans – suspect focus, DS review within 7 days",
     "New mandatory RASSO investigation plan template on Niche incl. suspect-focused section; "
     "workflow task forces DS review within 7 days of crime recording",
     "DCI L. Penrose (RASSO Team, Harnmouth)", "w/c 11/01/27", "Ongoing", "Green",
     "Template built, UAT complete 20/11. Go-live w/c 11/01/27. Sgt briefings booked Dec.",
     "OFFICIAL"],
    ["R3", "",
     "Monthly dip sample of 30 RASSO investigations by Crime Standards & Review Unit; results "
     "to RDB",
     "D/Supt A. Khan (Head of PVP)", "end Q4 26/27", "Ongoing", "Amber",
     "Oct sample: 19/30 plans reviewed within 7 days (63%). Aim 90% by end Mar-27.",
     "OFFICIAL"],
    ["R3", "",
     "Op Harebell – proactive review of repeat-suspect RASSO nominals; 2x DC seconded from "
     "Harnmouth CID",
     "DI S. Okafor (RASSO)", "Jan-27", "Ongoing", "Amber",
     "27 repeat suspects identified; 9 now subject of fresh investigation; 2 arrests 18/11.",
     "OFFICIAL-SENSITIVE"],
    ["Rec.7", "APP + learning programme (College of Policing)",
     "For CoP. Locally: all 38 RASSO-accredited investigators to complete CoP learning "
     "programme within 3 months of its release.",
     "Insp G. Morrow (L&D)", "TBC", "Not yet started", "Amber",
     "Awaiting CoP publication – expected spring 27. Training slots held provisionally.",
     "OFFICIAL"],
    ["Rec.7", "",
     "Op Soteria national operating model self-assessment",
     "D/Supt A. Khan (Head of PVP)", "Complete", "Closed – BAU", "Blue",
     "Returned to national Soteria team 30/09/26. Ongoing alignment now BAU via RDB.",
     "OFFICIAL"],
    ["R11 & R12", "ISVA offer at first contact (R11) / review of commissioned ISVA services (R12)",
     "R11: mandatory 'ISVA offered?' + victim response fields on Niche first-account screen; "
     "compliance audited monthly.\nR12: joint OPCC/force review of ISVA capacity v demand across "
     "commissioned service (Safe Harbour Fenmoor), incl. support through to end of trial.",
     "Supt J. Barlow (PVP) – R11\nOPCC Head of Commissioning (R. Adeyemi) – R12",
     "R11: 31/03/27\nR12 review: Feb-27", "Ongoing", "Amber",
     "Sept audit: ISVA offer recorded in 71% of adult rape reports (target 95%). Niche fields "
     "live 02/11/26. Capacity review started 04/11/26 – avg 19 working days referral to first "
     "ISVA contact. Findings to PAB 17/02/27.",
     "OFFICIAL"],
    ["PCC invest.", "PCC funding for ISVAs",
     "PCC committed additional £168,000 in 2026/27 (Victims' Services grant + OPCC reserve) for "
     "3 extra ISVA posts at Safe Harbour Fenmoor, incl. 1 children & young people ISVA.",
     "OPCC CEx (J. Corran)", "In place", "Closed – BAU", "Blue",
     "Contract variation signed 01/10/26. All 3 ISVAs in post from 16/11/26.", "OFFICIAL"],
]

FILLS = {"Blue": "9DC3E6", "Red": "FF7C80", "Amber": "FFD966", "Green": "A9D08E"}

wb = Workbook()
ws = wb.active
ws.title = "RASSO thematic 2026"
ws["A1"] = ("HMICFRS – Getting it right for victims (RASSO thematic, pub 14/10/26) – Fenmoor "
            "Police action plan v0.4")
ws["A1"].font = Font(bold=True, size=12)
ws.append([])
ws.append(HEADER)
for c in ws[3]:
    c.font = Font(bold=True)
    c.fill = PatternFill("solid", fgColor="D9D9D9")
for r in ROWS:
    ws.append(r)
    row = ws.max_row
    brag = ws.cell(row=row, column=7)
    if brag.value in FILLS:
        brag.fill = PatternFill("solid", fgColor=FILLS[brag.value])
for col, width in zip("ABCDEFGHI", [12, 30, 60, 30, 16, 16, 9, 55, 20]):
    ws.column_dimensions[col].width = width
for row in ws.iter_rows(min_row=3):
    for c in row:
        c.alignment = Alignment(wrap_text=True, vertical="top")
ws.freeze_panes = "A4"
wb.save(HERE / "notes.xlsx")
print("wrote", HERE / "notes.xlsx")
