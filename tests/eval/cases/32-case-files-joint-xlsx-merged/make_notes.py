"""Builds notes.xlsx: a tracker sheet with a title block above the header row and a merged
'Recommendation' cell spanning the action rows of each recommendation."""

from datetime import date

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill

wb = Workbook()
ws = wb.active
ws.title = "Case files joint insp"

title_lines = [
    "FENMOOR POLICE — CRIMINAL JUSTICE COMMAND",
    "HMICFRS / HMCPSI joint inspection: Quality of police case files and charging decisions — published 05/11/2026",
    "Action plan v1.2  |  last updated 24/11/2026  |  Exec lead: ACC Tom Redfern  |  Plan owner: Supt Carol Ainsworth, Head of Criminal Justice",
    "Fenmoor NOT a fieldwork force (8 forces visited). Report: 4 recs – R1 & R4 for CCs; R2 CCs jointly with CPS; R3 Home Office/MoJ. No AFIs.",
    "Handling: OFFICIAL unless marked otherwise in column H",
]
for i, line in enumerate(title_lines, start=1):
    ws.cell(row=i, column=1, value=line)
    ws.merge_cells(start_row=i, start_column=1, end_row=i, end_column=8)
    ws.cell(row=i, column=1).font = Font(bold=(i <= 2), size=13 if i == 1 else 11)

HEADER_ROW = 7
headers = [
    "Recommendation",
    "Action no.",
    "Action",
    "Action owner",
    "Due",
    "RAG",
    "Update (24/11)",
    "Marking",
]
for c, h in enumerate(headers, start=1):
    cell = ws.cell(row=HEADER_ROW, column=c, value=h)
    cell.font = Font(bold=True, color="FFFFFF")
    cell.fill = PatternFill("solid", fgColor="1F3864")

groups = [
    (
        "Rec 1 – Supervisor to check every charge file against the National File Standard before it goes to CPS",
        [
            [
                "1.1",
                "Build a mandatory NFS supervisor checklist into the Niche case file workflow – file cannot be submitted to CPS until ticked",
                "Supt C. Ainsworth / Niche Business Change",
                date(2027, 3, 31),
                "A",
                "Change request CR-2291 raised 12/11. Testing Feb 27. Amber = supplier capacity.",
                "OFFICIAL",
            ],
            [
                "1.2",
                "NFS refresher for all 212 custody and response sergeants: e-learning + 1 hr classroom input",
                "Learning & Development",
                date(2027, 6, 30),
                "G",
                "E-learning live 18/11/26. 64 completed.",
                "OFFICIAL",
            ],
            [
                "1.3",
                "Monthly dip sample of 40 charge files by CJ Case Quality Team; results to CJ Board",
                "CJ Case Quality Team",
                "Ongoing from 01/01/27",
                "G",
                "3 case quality officers in post since Sept.",
                "OFFICIAL",
            ],
        ],
    ),
    (
        "Rec 2 – Joint file quality framework with CPS, reviewed quarterly through LCJB",
        [
            [
                "2.1",
                "Agree joint file quality dashboard with CPS Area (measures: NFS compliance, files returned, late files)",
                "Supt C. Ainsworth with CPS Deputy Chief Crown Prosecutor",
                date(2027, 1, 15),
                "G",
                "Measures agreed in principle at CJ joint ops meeting 20/11. First joint review at LCJB 15/01/27.",
                "OFFICIAL",
            ],
            [
                "2.2",
                "OPCC – PCC chairs Fenmoor LCJB: file quality to be a standing quarterly agenda item",
                "OPCC – Head of CJ Partnerships (R. Iqbal)",
                date(2027, 1, 15),
                "G",
                "Agreed at LCJB 26/11/26.",
                "OFFICIAL",
            ],
        ],
    ),
    (
        "Rec 3 – HO / MoJ: single digital case file (national)",
        [
            [
                "3.1",
                "National rec – no local action. Force rep (Ch Insp D. Greaves) sits on NPCC Criminal Justice digital case file working group; force will move to national system when available.",
                "Ch Insp D. Greaves",
                "Awaiting national action",
                "N/A",
                "Working group met 19/11.",
                "OFFICIAL",
            ],
        ],
    ),
    (
        "Rec 4 – Disclosure training for all investigators preparing charge files, refreshed every 2 yrs",
        [
            [
                "4.1",
                "Mandatory disclosure training: College of Policing e-learning + one classroom day",
                "Learning & Development",
                date(2027, 10, 31),
                "A",
                "Classroom capacity tight – 9 courses booked Jan–Jun 27 (approx. 160 places). More dates needed for H2.",
                "OFFICIAL",
            ],
            [
                "4.2",
                "Disclosure Unit resilience",
                "DCI P. Whitfield (Disclosure Unit)",
                date(2027, 3, 31),
                "R",
                "5 of 11 posts vacant. 2 FTE on loan from PSD until 31/03/27. Backlog 310 files awaiting schedule review. Recruitment campaign paused pending budget.",
                "OFFICIAL-SENSITIVE",
            ],
            [
                "4.3",
                "Disclosure champions in each CID office (Harnmouth, Brackenford, Otterby)",
                "DCI P. Whitfield (Disclosure Unit)",
                date(2027, 1, 31),
                "G",
                "Champions named for Harnmouth & Brackenford; Otterby by end Jan.",
                "OFFICIAL",
            ],
        ],
    ),
    (
        "Governance / oversight",
        [
            [
                "G.1",
                "Progress reported to monthly CJ Board (chair ACC Redfern)",
                "Supt C. Ainsworth",
                "Monthly",
                "G",
                "",
                "OFFICIAL",
            ],
            [
                "G.2",
                "OPCC: plan reviewed quarterly at PCC's Performance and Accountability Board; PCC to report progress to Police and Crime Panel June 2027",
                "OPCC Chief Executive (J. Corran)",
                "Quarterly",
                "G",
                "First at PAB 11/02/27.",
                "OFFICIAL",
            ],
        ],
    ),
]

fills = {"G": "C6EFCE", "A": "FFEB9C", "R": "FFC7CE", "B": "BDD7EE"}
row = HEADER_ROW + 1
for rec_label, actions in groups:
    first = row
    for a in actions:
        for c, v in enumerate(a, start=2):
            cell = ws.cell(row=row, column=c, value=v)
            cell.alignment = Alignment(wrap_text=True, vertical="top")
            if c == 5 and isinstance(v, date):
                cell.number_format = "DD/MM/YYYY"
        rag = a[4]
        if rag in fills:
            ws.cell(row=row, column=6).fill = PatternFill("solid", fgColor=fills[rag])
        if a[6] == "OFFICIAL-SENSITIVE":
            ws.cell(row=row, column=8).font = Font(bold=True, color="C00000")
        row += 1
    ws.cell(row=first, column=1, value=rec_label)
    ws.cell(row=first, column=1).alignment = Alignment(wrap_text=True, vertical="top")
    if row - 1 > first:
        ws.merge_cells(start_row=first, start_column=1, end_row=row - 1, end_column=1)

widths = [38, 10, 55, 32, 14, 8, 55, 20]
for i, w in enumerate(widths):
    ws.column_dimensions["ABCDEFGH"[i]].width = w

wb.save("notes.xlsx")
print("wrote notes.xlsx")
