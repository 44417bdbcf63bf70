"""Builds notes.xlsx: Fenmoor Police / OPCC action plan for the domestic abuse inspection,
one row per recommendation or AFI, several actions in one cell."""

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill

wb = Workbook()
ws = wb.active
ws.title = "DA insp action plan"

header_lines = [
    "Fenmoor Police – HMICFRS inspection: Fenmoor Police's response to domestic abuse (published 14/10/2026) – Action plan v3 (27/11/26)",
    "OFFICIAL – Rec 6 row is OFFICIAL-SENSITIVE – remove before any external sharing",
    "Report: 9 recommendations – 6 for the force (1–6), 2 for the PCC (7, 8), 1 joint force/PCC (9) – plus 2 AFIs. Inspection commissioned by the PCC under s54(2BA) (Jan 2026).",
    "Recs 1–4 = accelerated cause of concern (published 17/06/26) – answered in the PCC's s55 response of 05/08/26 – tracked on the CoC tracker, not repeated here.",
    "Oversight: progress to PCC Performance & Accountability Board – DA deep dive 23/02/27; PCC to update Police and Crime Panel 25/03/27.",
]
for i, line in enumerate(header_lines, start=1):
    ws.cell(row=i, column=1, value=line).font = Font(bold=(i <= 2))

cols = [
    "Rec No.",
    "Recommendation / AFI",
    "Actions",
    "Action owner",
    "Completion date",
    "Status",
    "Commentary",
    "Protective marking",
]
HDR = 7
for c, name in enumerate(cols, start=1):
    cell = ws.cell(row=HDR, column=c, value=name)
    cell.font = Font(bold=True, color="FFFFFF")
    cell.fill = PatternFill("solid", fgColor="1F3864")

GREEN = PatternFill("solid", fgColor="A9D08E")
AMBER = PatternFill("solid", fgColor="FFD966")
BLUE = PatternFill("solid", fgColor="9DC3E6")
GREY = PatternFill("solid", fgColor="D9D9D9")

rows = [
    (
        "Rec 5",
        "BWV used routinely at DA incidents; supervisors review footage when deciding on evidence-led prosecution",
        "1. BWV mandatory at all DA incidents – policy updated\n"
        "2. Supervisors to review BWV before any NFA / evidence-led decision\n"
        "3. Monthly compliance audit by DA Hub, reported to Safeguarding Board",
        "Det Supt Safeguarding",
        "31/03/2027",
        "In progress",
        "Policy v4 issued 21/10. BWV activation at DA incidents 81% (Oct) – was 58% at time of inspection. "
        "Supervisor review field added to DA crime record – go-live 09/12.",
        "OFFICIAL",
        GREEN,
    ),
    (
        "Rec 6",
        "Process to identify and manage serial and high-harm DA perpetrators",
        "• Op BITTERN – serial/high-harm perpetrator cohort via DA-MATAC, Harnmouth + Brackenford first\n"
        "• 38 nominals identified (Priority Perpetrator Identification Tool)\n"
        "• Tactics: proactive DVDS disclosures, DAPO applications, covert intel development on top 10\n"
        "• Roll out to Wexcombe + Otterby from April",
        "DCI Public Protection (Harnmouth)",
        "30/06/2027",
        "In progress",
        "1st MATAC 03/11. 2 posts vacant in PP Harnmouth – cohort capped at 38 until filled.",
        "OFFICIAL-SENSITIVE",
        AMBER,
    ),
    (
        "Rec 7 (PCC)",
        "PCC to review commissioned IDVA service – high-risk victims contacted within 24 hrs; enough capacity",
        "• Contract review of IDVA service (provider: Fenmoor Domestic Abuse Service, FDAS)\n"
        "• 24-hr contact KPI added to contract from 01/04/27\n"
        "• 3 additional IDVAs in PCC 27/28 budget (£135k) – subject to precept decision Feb 27\n"
        "• Quarterly KPI report to OPCC Commissioning Board",
        "OPCC Head of Commissioning",
        "30/06/2027",
        "In progress",
        "Review started 02/11. Q2: 64% of high-risk victims contacted within 24 hrs. FDAS engaged and supportive. "
        "IDVA recruitment Jan if budget agreed.",
        "OFFICIAL",
        GREEN,
    ),
    (
        "Rec 8 (PCC)",
        "PCC-funded perpetrator programmes evaluated; force able to refer",
        "Commission independent evaluation of the 'Choices' perpetrator programme; agree referral pathway from force DA teams into Choices; evaluation findings to PAB",
        "OPCC Commissioning Manager (VAWG)",
        "31/03/2027",
        "Planned",
        "Eval spec drafted, tender out Dec. Referral pathway from DA Hub live since 14/10 – 17 referrals to date.",
        "OFFICIAL",
        GREY,
    ),
    (
        "Rec 9 (joint)",
        "Force and PCC to agree shared DA victim outcome measures and report publicly",
        "1) Draft outcome measures (repeat victimisation, charge/summons rate, victim satisfaction, IDVA contact within 24 hrs)\n"
        "2) Measures agreed at Fenmoor DA Local Partnership Board\n"
        "3) Publish quarterly DA dashboard on PCC website",
        "ACC Crime & Justice / OPCC Chief Exec",
        "31/03/2027",
        "In progress",
        "Draft measures to DALPB 09/12. Dashboard build w/ force Insight team. First publication April 27.",
        "OFFICIAL",
        GREEN,
    ),
    (
        "AFI 1",
        "Improve use of DVDS so disclosures are made within national guidance timescales",
        "Triage of all DVDS applications in MASH within 24 hrs; dedicated disclosure officers; weekly tracking of live applications",
        "DCI MASH",
        "31/01/2027",
        "Amber",
        "Avg time to disclosure 41 days (Sept), down from 63 – national guideline 28 days. Backlog of right-to-ask apps cleared 15/11.",
        "OFFICIAL",
        AMBER,
    ),
    (
        "AFI 2",
        "Record the views and experiences of children present at DA incidents",
        "Voice of the child prompt on DARA form (mobile); refresher e-learning; MASH dip sample",
        "Det Supt Safeguarding",
        "30/11/2026",
        "Complete",
        "DARA prompt live 04/11. E-learning completion 89%. Dip sample Dec.",
        "OFFICIAL",
        BLUE,
    ),
]

r = HDR + 1
for ref, rec, actions, owner, due, status, comm, mark, fill in rows:
    values = [ref, rec, actions, owner, due, status, comm, mark]
    for c, v in enumerate(values, start=1):
        cell = ws.cell(row=r, column=c, value=v)
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    ws.cell(row=r, column=6).fill = fill
    if mark == "OFFICIAL-SENSITIVE":
        ws.cell(row=r, column=8).font = Font(bold=True, color="C00000")
    r += 1

for col, width in zip("ABCDEFGH", [12, 38, 60, 26, 14, 12, 50, 20]):
    ws.column_dimensions[col].width = width

wb.save("notes.xlsx")
print("wrote notes.xlsx")
