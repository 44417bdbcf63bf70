"""Builds notes.xlsx: OPCC/force local-response tracker for State of Policing 2025, one sheet per theme."""

from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill

HERE = Path(__file__).resolve().parent

HEADERS = [
    "Ref",
    "HMCI recommendation (summary)",
    "Local position / action",
    "Lead",
    "Timescale",
    "Status",
    "Update (Nov-26)",
    "Marking",
]

TOP = [
    "STATE OF POLICING 2025 (HMCI annual assessment, pub. 05/11/2026) \u2013 OPCC / FORCE LOCAL RESPONSE TRACKER",
    "HMCI makes 12 recommendations across 5 themes: 10 to the Home Office, 1 to the College of Policing, "
    "1 to the College of Policing with the NPCC. None addressed to chief constables or PCCs.",
    "We are responding on two themes only \u2013 Theme A (neighbourhood policing & public confidence: report recs 3 "
    "and 4) and Theme B (workforce: report recs 8 and 11). Remaining 8 recs (funding formula, force structures, "
    "inspectorate powers, national technology) \u2013 PL to feed in via APCC; no local action.",
]

THEME_A = [
    [
        "Theme A",
        "Neighbourhood policing & public confidence \u2013 general",
        "PCC letter to Policing Minister supporting a multi-year settlement for neighbourhood policing",
        "PCC / OPCC Chief Exec",
        "Done",
        "Complete",
        "Letter sent 12/11/26, copied to APCC finance leads.",
        "OFFICIAL",
    ],
    [
        "A1",
        "Multi-year funding settlement for neighbourhood policing (HO)",
        "2026/27 precept: 24 additional PCSOs funded, all now in post across the four districts. Neighbourhood "
        "establishment protected in MTFP to 2029/30.",
        "Mark Ellery, OPCC CFO",
        "MTFP refresh Feb 2027",
        "On track",
        "PCSOs in post from 01/09/26. MTFP refresh to Panel with precept proposal 28/01/27.",
        "OFFICIAL",
    ],
    [
        "A1",
        "",
        "Neighbourhood policing model review (NPT footprint & ward coverage)",
        "ACC Local Policing (ACC Helen Marsh)",
        "31/03/2027",
        "Amber",
        "Design phase. Staff consultation closes 15/01/27. Risk: abstraction (see below).",
        "OFFICIAL",
    ],
    [
        "A1",
        "",
        "Abstraction of Harnmouth NPT to Op Brindle (port security): 19% of Harnmouth NPT hours in Q2 26/27. "
        "4 Wexcombe NPT PC vacancies held until Apr-27 to fund the overtime.",
        "Ch Supt Local Policing",
        "\u2013",
        "Red",
        "Raised at FEB 03/11.",
        "OFFICIAL-SENSITIVE",
    ],
    [
        "A2",
        "National standard for measuring public confidence (CoP with NPCC)",
        "Adopt national standard when published. Meanwhile: OPCC 'Your Voice Fenmoor' survey, quarterly, c.1,600 "
        "residents. Add questions on NPT visibility & knowing your local team from the Jan 2027 wave.",
        "Dr Hannah Keyes, OPCC Head of Performance & Insight",
        "Jan 2027 wave, then ongoing",
        "Green",
        "Sept 26 wave: 58% agree police do a good/excellent job locally (61% Sept 25). Results published on OPCC "
        "website quarterly.",
        "OFFICIAL",
    ],
    [
        "A2",
        "",
        "Force to use survey results in NPT ward priority setting",
        "Ch Insp Neighbourhood Development",
        "30/04/2027",
        "Not started",
        "Waiting for Jan wave data.",
        "OFFICIAL",
    ],
]

THEME_B = [
    [
        "B1",
        "Review of routes into policing \u2013 experienced investigators (HO with CoP)",
        "DC direct-entry route: intake 2 (18 officers) started 07/09/26; intake 3 March 2027. 'Investigate First' "
        "PSI programme: 12 PSIs recruited in 2026, posted to volume crime hubs.",
        "D/Ch Supt Paul Garside, Head of Crime",
        "Mar 2027 (intake 3)",
        "Amber",
        "Intake 3 adverts out 02/11; 96 applications at closing 23/11.",
        "OFFICIAL",
    ],
    [
        "B1",
        "",
        "Detective vacancies 63 against establishment 410 (15.4%) at 31/10/26. 7 DS posts gapped in PPU Harnmouth. "
        "PPU average caseload 21.",
        "Head of Crime",
        "\u2013",
        "Red",
        "",
        "OFFICIAL-SENSITIVE",
    ],
    [
        "B1",
        "",
        "Submit Fenmoor evidence to the HO/CoP review via NPCC workforce coordination committee when call for "
        "evidence opens.",
        "Kerry Dunmore, Director of People",
        "TBC (HO timetable)",
        "Awaiting national action",
        "",
        "OFFICIAL",
    ],
    [
        "B2",
        "Supervision & support for student officers and new sergeants (HO funding)",
        "Tutor constable allowance introduced Apr-26. PDU support for student officers extended to 24 months. New "
        "'First Line Leaders' programme for newly promoted sergeants from Jan-27.",
        "Kerry Dunmore, Director of People / Supt PDU",
        "31/01/2027 (FLL launch)",
        "Green",
        "Student officer early leavers 9.8% 2025/26 (13.1% 2024/25). FLL cohort 1: 22 sergeants booked 18/01/27.",
        "OFFICIAL",
    ],
    [
        "Gen",
        "OPCC scrutiny",
        "Workforce (recruitment, attrition, detective capacity) as themed item at PCC's Performance and "
        "Accountability Board Feb 2027. NPT model & precept at Police and Crime Panel 28/01/27. Progress on all 4 "
        "recs reviewed at quarterly OPCC/force HMICFRS liaison meeting.",
        "Jane Corran, OPCC Chief Exec",
        "Feb 2027 / quarterly",
        "On track",
        "",
        "OFFICIAL",
    ],
]

FILLS = {
    "Green": "C6EFCE",
    "On track": "C6EFCE",
    "Complete": "BDD7EE",
    "Amber": "FFEB9C",
    "Red": "FFC7CE",
}
WIDTHS = [9, 34, 60, 28, 18, 16, 50, 20]


def build_sheet(ws, title_rows, rows):
    r = 1
    for t in title_rows:
        ws.cell(row=r, column=1, value=t).font = Font(bold=(r == 1))
        r += 1
    r += 1
    for c, h in enumerate(HEADERS, 1):
        cell = ws.cell(row=r, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = PatternFill("solid", fgColor="1F3864")
    for row in rows:
        r += 1
        for c, v in enumerate(row, 1):
            cell = ws.cell(row=r, column=c, value=v)
            cell.alignment = Alignment(wrap_text=True, vertical="top")
        status = row[5]
        if status in FILLS:
            ws.cell(row=r, column=6).fill = PatternFill("solid", fgColor=FILLS[status])
        if row[7] == "OFFICIAL-SENSITIVE":
            ws.cell(row=r, column=8).font = Font(bold=True, color="C00000")
    for i, w in enumerate(WIDTHS, 1):
        ws.column_dimensions[chr(64 + i)].width = w


wb = Workbook()
ws_a = wb.active
ws_a.title = "Theme A - Neighbourhood"
build_sheet(ws_a, TOP, THEME_A)
ws_b = wb.create_sheet("Theme B - Workforce")
build_sheet(ws_b, ["STATE OF POLICING 2025 \u2013 THEME B: WORKFORCE (report recs 8 and 11)"], THEME_B)
wb.save(HERE / "notes.xlsx")
print("wrote", HERE / "notes.xlsx")
