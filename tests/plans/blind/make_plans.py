"""Regenerate the binary (and two encoding-sensitive text) action-plan files in this folder.

Written blind from /work/shared/domain/FILES-IN-THE-WILD.md: no product code was read. Each file here
has a hand-written NAME.expected.yaml beside it; this script only writes the plan files themselves.

Run:  /work/main/.venv/bin/python tests/plans/blind/make_plans.py
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill

HERE = Path(__file__).resolve().parent
FIXED = dt.datetime(2025, 11, 3, 9, 0, 0)

BLUE = "FF0070C0"
GREEN = "FF00B050"
AMBER = "FFFFC000"
RED = "FFFF0000"
GREY = "FFD9D9D9"
FILLS = {"Blue": BLUE, "Green": GREEN, "Amber": AMBER, "Red": RED}


def fill(colour: str) -> PatternFill:
    return PatternFill(fill_type="solid", start_color=colour, end_color=colour)


def d(y: int, m: int, day: int) -> dt.datetime:
    return dt.datetime(y, m, day)


def _wb() -> Workbook:
    wb = Workbook()
    wb.properties.creator = "Strategic Planning"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    return wb


def write_rows(ws, first_row: int, rows: list[list], date_fmt: str = "dd/mm/yyyy") -> int:
    """Write rows from first_row; datetimes become real date cells shown as dd/mm/yyyy."""
    r = first_row
    for row in rows:
        for c, value in enumerate(row, start=1):
            cell = ws.cell(row=r, column=c, value=value)
            cell.alignment = Alignment(wrap_text=True, vertical="top")
            if isinstance(value, dt.datetime):
                cell.number_format = date_fmt
        r += 1
    return r


def header(ws, row: int, names: list[str]) -> None:
    for c, name in enumerate(names, start=1):
        cell = ws.cell(row=row, column=c, value=name)
        cell.font = Font(bold=True)
        cell.fill = fill(GREY)
        cell.alignment = Alignment(wrap_text=True, vertical="top")


def widths(ws, w: list[int]) -> None:
    for i, width in enumerate(w):
        ws.column_dimensions[chr(ord("A") + i)].width = width


# ---------------------------------------------------------------------------------------------
# Kestrelvale: one tracker sheet for several open inspections, with a report-title column.
# ---------------------------------------------------------------------------------------------
ACT = "An inspection into activism and impartiality in policing"
ASB = "PEEL spotlight report: The policing response to antisocial behaviour"
GRIP = "PEEL spotlight report: Police performance: Getting a grip"


def kestrelvale() -> None:
    wb = _wb()
    ws = wb.active
    ws.title = "Tracker"
    ws["A1"] = "Kestrelvale Constabulary – HMICFRS national and thematic recommendations tracker"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:J1")
    ws["A2"] = "Last refreshed 14/07/2025 – Strategic Planning Unit"
    cols = [
        "Report title",
        "Rec no",
        "Recommendation",
        "Force response",
        "Portfolio lead",
        "Due date",
        "Status",
        "Latest position",
        "Theme",
        "Last updated",
    ]
    header(ws, 4, cols)
    rows = [
        [
            ACT,
            "10, 22",
            "Forces should review their membership of external schemes and the role of their advisory "
            "groups, so that they stay impartial.",
            "1. Review every external accreditation and benchmarking scheme the force belongs to\n"
            "2. Publish a register of memberships with the reason for each\n"
            "3. Refresh the terms of reference of the independent advisory groups",
            "ACC Organisational Support",
            d(2025, 6, 30),
            "In progress",
            "Review 80% done. Register drafted, to Exec Board 22/07.",
            "Impartiality",
            d(2025, 7, 10),
        ],
        [
            ACT,
            "Rec 4",
            "Chief constables should make sure that guidance on non-crime hate incidents is applied "
            "consistently.",
            "1. Audit 100 NCHI records against the revised code\n"
            "2. Issue a decision-making aide-memoire to FCR and response teams",
            "Supt Contact Management",
            "End of June 2025",
            "Complete",
            "Audit done: 23 records removed. Aide-memoire issued 03/06.",
            "Impartiality",
            d(2025, 7, 3),
        ],
        [
            ACT,
            "Rec 15",
            "Forces should give officers and staff clear guidance on their personal use of social media.",
            "Update the social media policy and brief all staff",
            "Head of Corporate Communications",
            "Sept 25",
            "Planned",
            "Policy draft to JNCC in Aug.",
            "Impartiality",
            d(2025, 6, 20),
        ],
        [
            ASB,
            "1-3",
            "Forces should improve how they identify, record and respond to antisocial behaviour.",
            "1. Add ASB risk assessment prompts to the FCR call script\n"
            "2. Monthly ASB recording audit by the Force Crime Registrar\n"
            "3. Train neighbourhood teams in the full range of ASB powers",
            "Supt Neighbourhood Policing",
            d(2025, 3, 31),
            "Live",
            "Prompts went live 02/11. Audit: 88% compliant (target 95%). 140 of 210 NPT staff trained.",
            "Neighbourhoods",
            d(2025, 7, 1),
        ],
        [
            ASB,
            "Rec 6",
            "Forces should share ASB information with partners so that problems can be solved together.",
            "Data sharing agreement with the 4 CSPs",
            "Head of Partnerships",
            "Ongoing",
            "Under review",
            "ISA signed 28/10/2024 with 2 of 4 CSPs.",
            "Neighbourhoods",
            d(2025, 6, 12),
        ],
        [
            GRIP,
            "Rec 2",
            "By January 2024, forces should review how they keep skilled and experienced officers and staff.",
            "1. Quarterly analysis of exit interviews\n"
            "2. Retention action plan for detectives and call handlers",
            "Director of People",
            d(2024, 1, 31),
            "Closed",
            "Closed at People Board 15/02/2024. Retention plan now BAU.",
            "Workforce",
            d(2024, 2, 20),
        ],
        [
            GRIP,
            "Rec 5",
            "Forces should make sure their performance frameworks focus on outcomes for the public as "
            "well as numbers.",
            "New performance framework and dashboard for the Force Performance Board",
            "DCC",
            d(2024, 3, 31),
            "Closed",
            "Dashboard live on Power BI since 01/03/2024.",
            "Performance",
            d(2024, 4, 2),
        ],
        [
            None,
            "General",
            "Oversight of thematic recommendations",
            "Report progress on every open thematic recommendation to the PCC's Accountability and "
            "Assurance Board twice a year",
            "Head of Strategic Planning",
            "Ongoing",
            None,
            "Last reported 22/05/2025. Next due Nov 25.",
            "Governance",
            d(2025, 5, 23),
        ],
    ]
    end = write_rows(ws, 5, rows)
    ws.cell(row=end + 1, column=1, value="Classification: OFFICIAL")
    widths(ws, [34, 9, 45, 55, 26, 12, 12, 40, 15, 12])
    ws.freeze_panes = "A5"
    wb.save(HERE / "kestrelvale-thematics-tracker.xlsx")


# ---------------------------------------------------------------------------------------------
# Saltmere: one sheet per report (plus a cover sheet); marking in A1 and in the print header.
# ---------------------------------------------------------------------------------------------
def saltmere() -> None:
    wb = _wb()
    cover = wb.active
    cover.title = "Cover"
    cover["A1"] = "OFFICIAL-SENSITIVE"
    cover["A2"] = "Saltmere Police – HMICFRS inspection action plans"
    cover["A2"].font = Font(bold=True, size=14)
    cover["A4"] = "One sheet per inspection report. Owners update their rows by the 5th of each month."
    cover["A5"] = "Sheets: PEEL 2024 | Custody 2024 | Roads policing"
    cover["A6"] = "Contact: Strategic Planning & Inspection Liaison"
    cover.column_dimensions["A"].width = 90

    def sheet(name: str, title: str, note: str, cols: list[str], rows: list[list], rag_col=None):
        ws = wb.create_sheet(name)
        ws["A1"] = "OFFICIAL-SENSITIVE"
        ws["A1"].font = Font(bold=True, color="FFFF0000")
        ws["A2"] = title
        ws["A2"].font = Font(bold=True, size=13)
        ws["A3"] = note
        header(ws, 5, cols)
        end = write_rows(ws, 6, rows)
        if rag_col is not None:
            for r in range(6, end):
                cell = ws.cell(row=r, column=rag_col)
                if cell.value in FILLS:
                    cell.fill = fill(FILLS[cell.value])
        ws.oddHeader.center.text = "OFFICIAL-SENSITIVE"
        ws.oddFooter.center.text = "OFFICIAL-SENSITIVE"
        widths(ws, [12, 45, 55, 26, 14, 14, 45])
        return ws, end

    sheet(
        "PEEL 2024",
        "PEEL 2023–2025: An inspection of Saltmere Police",
        "Published 12/03/2024. Plan owner: DCC.",
        [
            "Ref.",
            "Area for improvement",
            "Action(s) taken/proposed",
            "Owner (rank/role)",
            "Target date (dd/mm/yy)",
            "Status",
            "Evidence of completion",
        ],
        [
            [
                "CoC 1",
                "The force does not answer emergency and non-emergency calls quickly enough, so it cannot "
                "be sure it identifies vulnerable callers at first contact.",
                "• Recruit 24 FTE call handlers\n• Introduce a 101 call-back service\n"
                "• Daily FCR demand meeting chaired by the duty Supt",
                "Ch Supt (Head of Contact)",
                "31/03/25",
                "In progress",
                "19 of 24 FTE in post. Call-back live 02/09/24. 999 answered in 10 secs: 86% (Jan).",
            ],
            [
                "AFI 1",
                "The force should make sure it records crime accurately, including crimes reported as "
                "antisocial behaviour.",
                "Weekly Crime Registrar audit of ASB incidents, with feedback to supervisors",
                "Force Crime Registrar (Police Staff)",
                "30/06/25",
                "On track",
                "Audit compliance 91% (Q3).",
            ],
            [
                "AFI 2",
                "The force should improve how it supervises investigations.",
                "• Supervisory review template on Niche\n"
                "• Investigation standards masterclass for all sergeants",
                "D/Supt (Crime Standards)",
                "30/09/25",
                "Not started",
                None,
            ],
            [
                "AFI 5",
                "The force should make sure it complies with the Victims' Code.",
                "VCOP compliance dashboard for every team",
                "Supt (Criminal Justice)",
                "31/12/24",
                "Complete",
                "Dashboard live 05/12/24. VCOP compliance 78% → 89%.",
            ],
            [
                "Whole report",
                "PEEL governance and investment",
                "PEEL improvement plan overseen monthly by the DCC's PEEL Board and quarterly by the PCC's "
                "Accountability Board, with £1.4m from the PCC's 2024/25 precept for the extra call handlers",
                "DCC",
                "Ongoing",
                "In progress",
                "Next PCC Accountability Board 17/04/25.",
            ],
        ],
    )
    ws, end = sheet(
        "Custody 2024",
        "Report on an unannounced inspection visit to police custody suites in Saltmere",
        "HMICFRS and HM Inspectorate of Prisons. Published 27/08/2024.",
        ["No.", "Finding", "Response", "Lead", "Due", "RAG", "Update"],
        [
            [
                "1",
                "Detainees waited too long to see healthcare staff at the two busiest suites.",
                "Renegotiate healthcare provider response times; add a second nurse at Saltmere Central at "
                "night",
                "Head of Custody",
                d(2025, 3, 31),
                "Green",
                "New contract KPIs agreed 14/03. Night nurse from 10/03.",
            ],
            [
                "2",
                "Too many children were held overnight.",
                "Daily review of every child in custody by the duty inspector",
                "Custody Inspector",
                "In place",
                "Green",
                "Live since 01/10/24.",
            ],
            [
                "AFI 3",
                "Cell cleaning and maintenance were not good enough.",
                "Deep clean of all 42 cells; fault-reporting line to Estates with a 48-hour repair target",
                "Estates Manager",
                d(2025, 1, 31),
                "Amber",
                "Deep clean done. Repairs averaging 5 days.",
            ],
            [
                "AFI 6",
                "Use of force in custody was not always recorded.",
                "Use of force forms completed before the end of every shift",
                "Custody Inspector",
                d(2024, 12, 31),
                "Red",
                "Compliance 62%. Raised w/ Ch Insp.",
            ],
        ],
        rag_col=6,
    )
    ws.cell(
        row=end + 1,
        column=1,
        value="Key: Green – complete; Amber – in progress, some risk to deadline; Red – off track",
    )
    sheet(
        "Roads policing",
        "Roads Policing: Not optional – An inspection of roads policing in England and Wales",
        "Published 16/07/2020. Only the recommendations that apply to forces and PCCs are tracked here.",
        ["Rec", "Recommendation", "Action", "Chief officer lead", "Timescale", "Status", "Commentary"],
        [
            [
                "Rec 3",
                "Chief constables should make sure road deaths are investigated by trained and accredited "
                "staff.",
                "Train 6 more officers as road death senior investigating officers",
                "ACC Operations",
                "Q4 2024/25",
                "On track",
                "4 of 6 trained. 2 on the Feb course.",
            ],
            [
                "Rec 3",
                "Chief constables should make sure road deaths are investigated by trained and accredited "
                "staff.",
                "Adopt the national road death investigation manual",
                "ACC Operations",
                "In place",
                "Complete",
                "Adopted 2021.",
            ],
            [
                "Rec 7",
                "PCCs should include roads policing in their police and crime plans.",
                "Include a road safety priority in the Police and Crime Plan 2025–29",
                "OPCC Chief Executive",
                d(2025, 4, 30),
                "Complete",
                "Plan published 30/04/2025 with a 'Safer roads' priority.",
            ],
            [
                "Rec 11",
                "Forces should evaluate their drink and drug driving enforcement campaigns.",
                "Evaluate the summer and Christmas enforcement campaigns",
                "Supt Roads Policing",
                d(2025, 9, 30),
                "Under review",
                "Evaluation framework w/ university partner.",
            ],
        ],
    )
    wb.save(HERE / "saltmere-inspections-workbook.xlsx")


# ---------------------------------------------------------------------------------------------
# Northfell: status ONLY as the RAG cell's fill colour (blank text); key cells under the table;
# marking only in the print header and footer.
# ---------------------------------------------------------------------------------------------
def northfell() -> None:
    wb = _wb()
    ws = wb.active
    ws.title = "Action plan"
    ws["A1"] = "Northfell Constabulary – digital forensics inspection (HMICFRS, December 2022) – action plan"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = (
        "Report: An inspection into how well the police and other agencies use digital forensics "
        "in their investigations"
    )
    cols = ["Rec", "Issue", "Actions", "Lead (name)", "Due", "RAG", "Update", "Board"]
    header(ws, 4, cols)
    rows = [
        (
            [
                "Rec 2",
                "Backlog of devices awaiting examination",
                "• Triage every device in the queue against the risk matrix\n"
                "• Outsource low-risk phone downloads to an accredited provider\n"
                "• Weekly backlog report to the Crime Board",
                "D/Supt Helen Marsh",
                d(2023, 6, 30),
                None,
                "Backlog 1,140 → 310 devices. Outsourcing contract ended 31/05/2023.",
                "Crime Board",
            ],
            BLUE,
        ),
        (
            [
                "Rec 5",
                "Not enough digital media investigators",
                "• Train 12 more DMIs\n• One DMI on every CID shift",
                "DCI Tom Ayres",
                "Q1 2025/26",
                None,
                "9 of 12 trained. Rota cover 80%.",
                "People Board",
            ],
            GREEN,
        ),
        (
            [
                "Rec 6",
                "Kiosk use and lab accreditation",
                "• ISO/IEC 17025 accreditation for the lab\n• Competence check for every kiosk operator each year",
                "Priya Nandra (Head of DFU)",
                d(2025, 10, 31),
                None,
                "UKAS assessment moved to Sept, s/t resources.",
                "Change Board",
            ],
            AMBER,
        ),
        (
            [
                "G1",
                "Funding and investment",
                "• PCC capital investment of £2.1m over 3 years for the DF lab and kiosks\n"
                "• Business case for cloud evidence storage",
                "Alan Pryce (OPCC Chief Finance Officer)",
                "TBC",
                None,
                "Lab funding confirmed Feb 2023. Cloud business case delayed pending national digital "
                "evidence platform decision.",
                "PCC Accountability Board",
            ],
            RED,
        ),
        (
            [
                "Rec 9",
                "National operating model for digital forensics",
                "• Adopt the national DF operating model when it is published",
                "DCI Tom Ayres",
                "TBC",
                None,
                "Awaiting NPCC.",
                "Crime Board",
            ],
            None,
        ),
    ]
    end = write_rows(ws, 5, [r for r, _ in rows])
    for i, (_, colour) in enumerate(rows):
        if colour:
            ws.cell(row=5 + i, column=6).fill = fill(colour)
    key_row = end + 1
    ws.cell(row=key_row, column=1, value="Key:").font = Font(bold=True)
    for c, (label, colour) in enumerate(
        [("Complete", BLUE), ("On track", GREEN), ("At risk", AMBER), ("Off track", RED)], start=2
    ):
        cell = ws.cell(row=key_row, column=c, value=label)
        cell.fill = fill(colour)
    ws.oddHeader.center.text = "OFFICIAL"
    ws.oddFooter.center.text = "OFFICIAL"
    widths(ws, [8, 32, 60, 30, 12, 8, 45, 24])
    wb.save(HERE / "northfell-digital-forensics-rag.xlsx")


# ---------------------------------------------------------------------------------------------
# Brackenshire: one row per action, per-row Handling column, section rows inside the table,
# extra columns (Theme, Board, Date added), merged title.
# ---------------------------------------------------------------------------------------------
def brackenshire() -> None:
    wb = _wb()
    ws = wb.active
    ws.title = "Action log"
    ws["A1"] = "Brackenshire Police – Vetting, misconduct and misogyny (HMICFRS, November 2022) – action log"
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A1:J1")
    ws["A2"] = (
        "Report: An inspection of vetting, misconduct, and misogyny in the police service. "
        "Plan owner: Head of Professional Standards. Reviewed monthly at the Professional "
        "Standards Board."
    )
    ws.merge_cells("A2:J2")
    cols = [
        "Ref",
        "Theme",
        "Action required",
        "Responsible officer",
        "Deadline",
        "Status",
        "Update",
        "Handling",
        "Board",
        "Date added",
    ]
    header(ws, 4, cols)
    PSB = "Professional Standards Board"
    blocks = [
        (
            "VETTING",
            [
                [
                    "R2",
                    "Vetting",
                    "Re-check every officer and member of staff whose vetting was granted with risk-mitigation "
                    "conditions",
                    "Head of Vetting (JFVU)",
                    "31/03/2023",
                    "Complete",
                    "214 re-checks done, 3 referred to PSD.",
                    "OFFICIAL-SENSITIVE",
                    PSB,
                    "10/11/2022",
                ],
                [
                    "R2, R5",
                    "Vetting",
                    "Record the rationale for every vetting decision made despite adverse information",
                    "Head of Vetting (JFVU)",
                    "31/01/2023",
                    "Complete",
                    "Template changed. Dip sample 40/40 compliant.",
                    "OFFICIAL",
                    PSB,
                    "10/11/2022",
                ],
                [
                    "R9",
                    "Vetting",
                    "Bring all overdue vetting renewals up to date",
                    "Head of Vetting (JFVU)",
                    "30/09/2023",
                    "On track",
                    "Overdue renewals 412 → 96. 2 FTE temporary vetting officers until Sept.",
                    "OFFICIAL",
                    PSB,
                    "10/11/2022",
                ],
            ],
        ),
        (
            "MISCONDUCT AND MISOGYNY",
            [
                [
                    "R15",
                    "Misconduct",
                    "Review all sexual misconduct allegations from the last 5 years for missed links and "
                    "patterns",
                    "Det Supt PSD",
                    "31/03/2023",
                    "In progress",
                    "Review 70% done. 11 cases reopened.",
                    "OFFICIAL-SENSITIVE",
                    PSB,
                    "10/11/2022",
                ],
                [
                    "R21",
                    "Misogyny",
                    "Launch a confidential line for reporting misogynistic behaviour",
                    "Head of PSD",
                    "31/01/2023",
                    "Complete",
                    "Went live 09/01. 27 reports to date.",
                    "OFFICIAL",
                    "People Board",
                    "10/11/2022",
                ],
            ],
        ),
        (
            "COUNTER-CORRUPTION",
            [
                [
                    "R28",
                    "Counter-corruption",
                    "Recruit 2 FTE intelligence analysts for the Counter Corruption Unit",
                    "Det Supt PSD",
                    "30/06/2023",
                    "Not started",
                    "Funding agreed, job evaluation pending.",
                    "O-S",
                    PSB,
                    "24/11/2022",
                ],
                [
                    "R28",
                    "Counter-corruption",
                    "Deploy monitoring software on every force device",
                    "Head of Information Security",
                    "31/12/2023",
                    "Awaiting national action",
                    "Waiting for the NPCC national procurement framework.",
                    "OFFICIAL-SENSITIVE",
                    "Change Board",
                    "24/11/2022",
                ],
            ],
        ),
        (
            "GOVERNANCE",
            [
                [
                    "G1",
                    "Governance",
                    "Progress reported monthly to the Professional Standards Board, chaired by the DCC",
                    "DCC",
                    "Ongoing",
                    "On track",
                    "PSB has met 4 times since Dec.",
                    "OFFICIAL",
                    PSB,
                    "10/11/2022",
                ],
                [
                    "Gen",
                    "Governance",
                    "PCC funding of £250k for extra vetting staff in 2023/24",
                    "OPCC Chief Executive",
                    "01/04/2023",
                    "Complete",
                    "Confirmed in precept decision 08/02/2023.",
                    "OFFICIAL",
                    "PCC Accountability Board",
                    "17/01/2023",
                ],
            ],
        ),
    ]
    r = 5
    for title, rows in blocks:
        ws.cell(row=r, column=1, value=title).font = Font(bold=True)
        for c in range(1, 11):
            ws.cell(row=r, column=c).fill = fill(GREY)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
        r = write_rows(ws, r + 1, rows)
    widths(ws, [9, 18, 55, 26, 12, 22, 42, 20, 26, 12])
    wb.save(HERE / "brackenshire-vetting-actions.xlsx")


# ---------------------------------------------------------------------------------------------
# Word documents
# ---------------------------------------------------------------------------------------------
def _doc() -> docx.Document:
    doc = docx.Document()
    doc.core_properties.author = "Strategic Planning"
    doc.core_properties.created = FIXED
    doc.core_properties.modified = FIXED
    doc.core_properties.last_modified_by = "Strategic Planning"
    doc.core_properties.revision = 1
    return doc


def set_cell(cell, lines: list[str] | str | None, bold: bool = False) -> None:
    """Each line becomes its own paragraph, as when someone presses Enter inside a Word cell."""
    if lines is None:
        lines = [""]
    if isinstance(lines, str):
        lines = [lines]
    cell.text = ""
    first = cell.paragraphs[0]
    for i, line in enumerate(lines):
        p = first if i == 0 else cell.add_paragraph()
        run = p.add_run(line)
        run.bold = bold
        run.font.size = Pt(9)


def calderwick() -> None:
    doc = _doc()
    doc.add_heading("Calderwick Police – PEEL improvement plan", level=1)
    doc.add_paragraph(
        "Response to PEEL 2023–2025: An inspection of Calderwick Police. Version 4, 15/09/2025."
    )
    cols = ["Ref", "Area for improvement", "Action", "Lead", "Completion date", "Status", "Update", "GSC"]
    groups = [
        (
            "CoC 1",
            "The force needs to improve how it identifies and responds to vulnerable people at first "
            "contact.",
            [
                [
                    "Introduce a structured THRIVE risk assessment for every call in the FCR",
                    "Supt Contact",
                    "31/07/2025",
                    "Complete",
                    "Live 01/07/2025. Compliance 94% in Aug.",
                    "OFFICIAL",
                ],
                [
                    "Quality-assure 50 calls a week for identification of vulnerability",
                    "FCR QA Manager",
                    "Ongoing",
                    "In progress",
                    "QA team of 3 FTE in post.",
                    "OFFICIAL",
                ],
            ],
        ),
        (
            "AFI 1",
            "The force should make sure investigations are allocated to staff with the right skills and "
            "accreditation.",
            [
                [
                    "Adopt a crime allocation policy based on complexity and accreditation",
                    "D/Supt Investigations",
                    "30/09/2025",
                    "In progress",
                    "Policy drafted. Consultation w/ Federation.",
                    "OFFICIAL",
                ],
                [
                    "Pilot a PIP2 investigation hub in the East LPA",
                    "DCI East",
                    "31/12/2025",
                    "Planned",
                    "8 of 12 hub posts identified.",
                    "",
                ],
            ],
        ),
        (
            "AFI-3",
            "The force should improve how it manages registered sex offenders.",
            [
                [
                    "Clear the backlog of overdue ARMS assessments",
                    "DI MOSOVO",
                    "31/10/2025",
                    "In progress",
                    "Overdue 61 → 18.",
                    "OFFICIAL-SENSITIVE",
                ]
            ],
        ),
        (
            "AFI 4",
            "The force should make more use of ancillary orders to protect the public.",
            [
                [
                    "Consider every eligible domestic abuse perpetrator for a DAPO",
                    "DI Domestic Abuse",
                    "31/03/2026",
                    "Not started",
                    "",
                    "OFFICIAL",
                ]
            ],
        ),
        (
            "Overarching",
            "Governance",
            [
                [
                    "Monthly PEEL Oversight Board chaired by the DCC, with the PCC attending each quarter",
                    "DCC",
                    "Ongoing",
                    "On track",
                    "Board met 09/09/2025. Monthly AFI dashboard shared with the PCC.",
                    "OFFICIAL",
                ]
            ],
        ),
    ]
    n_rows = 1 + sum(len(g[2]) for g in groups)
    table = doc.add_table(rows=n_rows, cols=len(cols))
    table.style = "Table Grid"
    for c, name in enumerate(cols):
        set_cell(table.cell(0, c), name, bold=True)
    r = 1
    for ref, text, actions in groups:
        top = r
        for a in actions:
            set_cell(table.cell(r, 0), ref if r == top else None)
            set_cell(table.cell(r, 1), text if r == top else None)
            for c, value in enumerate(a, start=2):
                set_cell(table.cell(r, c), value)
            r += 1
        if len(actions) > 1:
            table.cell(top, 0).merge(table.cell(r - 1, 0))
            table.cell(top, 1).merge(table.cell(r - 1, 1))
            # merge() keeps the (empty) paragraphs of the lower cells; drop them so the text reads once
            for c in (0, 1):
                cell = table.cell(top, c)
                for p in cell.paragraphs[1:]:
                    if not p.text:
                        p._element.getparent().remove(p._element)
    doc.add_paragraph("Status key: Complete / In progress / On track / Planned / Not started.")
    doc.save(HERE / "calderwick-peel-plan.docx")


def greyhaven() -> None:
    doc = _doc()
    footer = doc.sections[0].footer.paragraphs[0]
    footer.text = "OFFICIAL"
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.add_heading("Greyhaven Constabulary – PEEL 2023–2025 areas for improvement: action plan", level=1)
    doc.add_paragraph(
        "Report: PEEL 2023–2025: An inspection of Greyhaven Constabulary. Plan agreed at Force "
        "Executive Board 03/02/2025."
    )
    cols = ["Item", "Issue", "Activity", "Lead officer", "Timescale", "Progress", "Commentary"]
    sections = [
        (
            "1. Responding to the public",
            [
                [
                    "AFI 1",
                    "The force should answer 101 calls more quickly.",
                    [
                        "a) Recruit 15 additional call handlers",
                        "b) Launch online reporting for non-urgent crime",
                        "c) Publish 101 performance every month",
                    ],
                    "Supt Joanne Reid, Head of Contact",
                    "March 2025",
                    "Complete",
                    "101 average wait 11m → 3m 40s (Feb). Online reporting live 14/01.",
                ],
                [
                    "AFI 2",
                    "The force should make sure repeat callers are identified.",
                    [
                        "a) Repeat caller flag on the command and control system",
                        "b) Weekly repeat caller review",
                    ],
                    "Ch Insp FCR",
                    "Q3 2024/25",
                    "On track",
                    "Flag live. Review meeting from Nov.",
                ],
            ],
        ),
        (
            "2. Investigating crime",
            [
                [
                    "AFI 3",
                    "The force should improve the supervision of investigations.",
                    [
                        "a) Supervisory review every 28 days, recorded on Niche",
                        "b) Investigation standards training for all sergeants",
                    ],
                    "D/Supt Crime",
                    "End of June 2025",
                    "Under review",
                    "28-day standard being reviewed with the Federation and PSD.",
                ],
                [
                    "AFI 4",
                    "The force should make sure victims are updated in line with the Victims' Code.",
                    ["a) Automated VCOP reminders on Niche"],
                    "Head of Criminal Justice",
                    "31/12/2025",
                    "Planned",
                    "System change requested.",
                ],
            ],
        ),
        (
            "3. Protecting vulnerable people",
            [
                [
                    "AFI 5",
                    "The force should improve its response to missing children.",
                    [
                        "a) MFH coordinator in each LPA",
                        "b) Return home interviews within 72 hours, with partners",
                    ],
                    "Det Supt Safeguarding",
                    "30/09/2025",
                    "On track",
                    "3 coordinators in post. RHI within 72h: 81%.",
                ],
            ],
        ),
        (
            "4. Leadership and force management",
            [
                [
                    "Whole report",
                    "Governance of the PEEL plan",
                    [
                        "a) DCC-chaired PEEL Gold group every fortnight",
                        "b) Quarterly update to the PCC's Performance Board and to the Police and Crime Panel",
                    ],
                    "DCC Mark Ellison",
                    "Ongoing",
                    "On track",
                    "PCC investing £450k in 2025/26 in FCR staffing.",
                ],
            ],
        ),
    ]
    for heading, rows in sections:
        doc.add_heading(heading, level=2)
        table = doc.add_table(rows=1 + len(rows), cols=len(cols))
        table.style = "Table Grid"
        for c, name in enumerate(cols):
            set_cell(table.cell(0, c), name, bold=True)
        for r, row in enumerate(rows, start=1):
            for c, value in enumerate(row):
                set_cell(table.cell(r, c), value)
        doc.add_paragraph("")
    doc.save(HERE / "greyhaven-peel-sections.docx")


def ashcombe() -> None:
    doc = _doc()
    head = doc.sections[0].header.paragraphs[0]
    head.text = "OFFICIAL"
    head.alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.add_heading(
        "Ashcombe and Wyre Police: police perpetrated domestic abuse super-complaint – progress against "
        "the recommendations",
        level=1,
    )
    doc.add_paragraph(
        "Report: Police perpetrated domestic abuse: Report on the Centre for Women's Justice "
        "super-complaint (HMICFRS, College of Policing and IOPC, 30 June 2022). Position as at "
        "15 February 2023, prepared for the Police and Crime Commissioner."
    )
    doc.add_paragraph(
        "The report made three recommendations to chief constables and a further recommendation, 3a, "
        "to police and crime commissioners, the Ministry of Justice and chief constables. Each is set out "
        "below with the force's or the Commissioner's response."
    )

    def section(heading: str, quote: str | None, paras: list[str]) -> None:
        doc.add_heading(heading, level=2)
        if quote:
            doc.add_paragraph().add_run(quote).italic = True
        for p in paras:
            doc.add_paragraph(p)

    section(
        "Recommendation 1",
        "Chief constables should make sure that allegations of domestic abuse against their officers and "
        "staff are investigated by a team independent of the suspect's own command.",
        [
            "Every allegation of domestic abuse made against an officer or member of staff is now "
            "allocated by the Professional Standards Department to an investigation team outside the "
            "suspect's own command.",
            "Where the suspect is an inspector or above, or works in the Public Protection Unit, we ask a "
            "neighbouring force to investigate under a mutual aid agreement.",
            "The lead is Detective Chief Superintendent Claire Dunn, Head of Professional Standards. The "
            "target date was 31 October 2022 and this work is complete. Since November, 14 cases have "
            "been allocated in this way, 3 of them to a neighbouring force.",
        ],
    )
    section(
        "Recommendation 2",
        "Chief constables should make sure that victims whose abuser works for the police are "
        "safeguarded and supported, and can report without going through the suspect's colleagues.",
        [
            "We are writing a safeguarding plan template for victims whose abuser is a police employee, "
            "with advice on how to report without going through the suspect's colleagues.",
            "Domestic abuse champions in each local policing area are being trained to support these "
            "victims.",
            "Detective Superintendent Raj Patel, Public Protection, leads this work, which is due by "
            "31 March 2023. It is in progress. The template is in draft and 9 of 12 champions have been "
            "trained.",
        ],
    )
    section(
        "Recommendation 3",
        "Chief constables should follow the national guidance on these cases when the NPCC publishes it, "
        "and record every case so that it can be monitored.",
        [
            "We will adopt the national guidance on handling these cases as soon as the NPCC publishes it.",
            "In the meantime, every case is recorded on a separate PSD register so that figures can be "
            "reported to the OPCC each quarter.",
            "The Head of Professional Standards leads this work. No date can be set until the guidance is "
            "published, so the target date is TBC and the recommendation is awaiting national action.",
        ],
    )
    section(
        "Recommendation 3a",
        "Police and crime commissioners, with the Ministry of Justice and chief constables, should make "
        "sure that specialist support services are available to victims of police perpetrated domestic "
        "abuse.",
        [
            "The Commissioner has commissioned an independent domestic abuse advocate service for victims "
            "whose abuser works for the police, so that they do not have to go through the force to get "
            "support.",
            "The OPCC Head of Commissioning leads this work. The service is due to start on 1 April 2023 "
            "and is on track. Funding of £65k a year for three years comes from the Commissioner's "
            "Victims' Fund.",
        ],
    )
    section(
        "Governance and oversight",
        None,
        [
            "Progress against these recommendations is reported each month to the force's Domestic Abuse "
            "Strategic Board, chaired by the ACC Protective Services.",
            "The Commissioner will scrutinise the plan at the public Accountability Board on 21 March "
            "2023, and the Police and Crime Panel will receive a report in June 2023.",
            "The ACC Protective Services owns the plan as a whole. These reporting arrangements are "
            "already in place and will continue until every recommendation is closed.",
        ],
    )
    doc.save(HERE / "ashcombe-ppda-response.docx")


# ---------------------------------------------------------------------------------------------
# Text files whose bytes matter (encoding, line endings, padding)
# ---------------------------------------------------------------------------------------------
DUNMORE = [
    "Rec;Recommendation;Actions;Lead officer;Deadline;RAG;Commentary",
    'R1;"By 31 March 2024, chief constables should make sure officers and staff understand when outcome '
    '22 can be used, and should monitor its use.";"Outcome 22 briefing pack for all response and '
    "neighbourhood sergeants; NCALT package mandated for all investigators; monthly outcome 22 report "
    'to the Crime Performance Board";DCI Crime Standards;31.03.24;Green;"Briefing pack out 12/01. NCALT '
    'completion 74% (target 90%)."',
    'R2;"Chief constables should analyse race and ethnicity data on serious youth violence and act on '
    'any disproportionality they find.";"Add ethnicity fields to the SYV problem profile; quarterly '
    "disproportionality review with the VRU analyst; present findings to the Independent Advisory "
    'Group";Supt Partnerships & Prevention;30.09.24;Amber;"Ethnicity not recorded in 31% of records – '
    'fix w/ IT."',
    'R3;"The Home Office should set out how the work of violence reduction units is to be evaluated.";'
    '"Adopt the Home Office evaluation framework locally once issued";Head of Strategy & Planning;TBC;'
    'Awaiting national action;"No guidance yet. Raised at regional VRU board 07/02."',
    'Gen;"Partnership and funding";"VRU to fund 2 youth workers in the A&E department at Dunmore '
    'General; extend the schools knife crime programme to all 14 secondary schools";OPCC Head of '
    'Commissioning;Q3 2023/24;Blue;"£120k from the PCC’s Violence Reduction Fund for 2023/24. Both '
    'posts filled 04/12/2023. All 14 schools signed up."',
    'Gen;"Information sharing";"Information sharing agreement with Dunmore City Council and both county '
    'councils; daily MASH triage of knife incidents involving under-18s";DI MASH;31.03.24;Red;"ISA '
    'still with county council legal. Triage pilot paused – staff abstraction."',
    'Gen;"Governance";"Serious youth violence delivery plan reported to the PCC’s Performance and '
    'Accountability Board every quarter";ACC Crime;Ongoing;Green;"Next PAB 18/04/24."',
    ";;;;;;",
    '"Key: Blue = complete, Green = on track, Amber = at risk, Red = off track";;;;;;',
]


def dunmore() -> None:
    """Semicolon-separated, Windows-1252, CRLF: as a UK Excel with a European list separator saves it."""
    data = ("\r\n".join(DUNMORE) + "\r\n").encode("cp1252")
    (HERE / "dunmore-youth-violence-tracker.csv").write_bytes(data)


RAVENSHOLM_COLS = ["Item", "Finding", "Action", "Owner", "Due", "Status", "Update"]
RAVENSHOLM_ROWS = [
    [
        "A",
        "Public trust and confidence in policing is falling.",
        "Quarterly public confidence survey of 1,500 residents, with results published",
        "OPCC Head of Policy",
        "31/10/2024",
        "In progress",
        "Wave 1 fieldwork done. Confidence 71%.",
    ],
    [
        "Theme B",
        "Victims are not getting a good enough service.",
        "Satisfaction callbacks for burglary and other SAC victims",
        "Head of Victim Services",
        "Q3 2024/25",
        "On track",
        "Callbacks live for burglary. Other SAC from Nov.",
    ],
    [
        "Theme B",
        "Victims are not getting a good enough service.",
        "Review of the PCC-commissioned victim referral service",
        "OPCC Commissioning Manager",
        "31/03/2025",
        "Planned",
        "Spec agreed.",
    ],
    [
        "Theme C",
        "Officer experience levels have fallen.",
        "30 more tutor constables",
        "Head of L&D",
        "March 2025",
        "In progress",
        "18 of 30 in post.",
    ],
    [
        "D",
        "Funding and the police funding formula.",
        "PCC to respond to the Home Office funding formula review",
        "OPCC Chief Finance Officer",
        "TBC",
        "Noted",
        "No consultation yet.",
    ],
    [
        "E",
        "Powers of the inspectorate.",
        "No local action - recommendation is for Government",
        "n/a",
        "n/a",
        "n/a",
        "",
    ],
    [
        "Whole report",
        "Governance",
        "Log reviewed at the PCC's Strategic Board each quarter",
        "OPCC Chief Executive",
        "Ongoing",
        "Live",
        "Next Strategic Board 03/10/2024.",
    ],
]


def ravensholm() -> None:
    """A psql-style plain-text pipe export: padded columns, '-+-' rule, row count, marking top and bottom."""
    w = [
        max(len(str(r[i])) for r in [RAVENSHOLM_COLS] + RAVENSHOLM_ROWS) for i in range(len(RAVENSHOLM_COLS))
    ]

    def line(cells):
        return "|".join(f" {str(c).ljust(w[i])} " for i, c in enumerate(cells)).rstrip()

    out = [
        "OFFICIAL",
        "Ravensholm Police -- OPCC Recommendation Log -- export 12/09/2024 14:02",
        "Report: State of Policing: The Annual Assessment of Policing in England and Wales 2023 (19/07/2024)",
        "",
        line(RAVENSHOLM_COLS),
        "+".join("-" * (x + 2) for x in w),
    ]
    out += [line(r) for r in RAVENSHOLM_ROWS]
    out += [f"({len(RAVENSHOLM_ROWS)} rows)", "", "OFFICIAL"]
    (HERE / "ravensholm-sop-export.txt").write_text("\n".join(out) + "\n", encoding="utf-8")


def main() -> None:
    kestrelvale()
    saltmere()
    northfell()
    brackenshire()
    calderwick()
    greyhaven()
    ashcombe()
    dunmore()
    ravensholm()
    for p in sorted(HERE.iterdir()):
        if p.suffix in {".xlsx", ".docx", ".csv", ".txt", ".md", ".html"} and p.name != "README.md":
            print(f"{p.stat().st_size:7d}  {p.name}")


if __name__ == "__main__":
    main()
