"""Builds notes.xlsx: Fenmoor action plan for the joint HMICFRS/HMIP thematic on detainees at risk
of self-harm. One row per recommendation, several actions in one cell; some statuses only a RAG word."""

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill

wb = Workbook()
ws = wb.active
ws.title = "Action plan"

ws["A1"] = (
    "JOINT THEMATIC (HMICFRS / HMIP) – Detainees at risk of self-harm in police custody – published 22/10/2026"
)
ws["A2"] = (
    "Fenmoor Police & OPCC action plan – OFFICIAL unless marked in GSC column – v1.2, updated 27/11/2026"
)
ws["A1"].font = Font(bold=True, size=12)
ws.merge_cells("A1:I1")
ws.merge_cells("A2:I2")

head = [
    "Rec no",
    "Recommendation (summary)",
    "Addressee",
    "Action(s) taken/proposed",
    "Lead (name)",
    "Target date",
    "Status",
    "Latest position",
    "GSC",
]
ws.append([])
ws.append(head)
for c in ws[4]:
    c.font = Font(bold=True)
    c.fill = PatternFill("solid", fgColor="D9E1F2")

rows = [
    [
        "Overarching",
        "Whole report",
        "All",
        "1. Fenmoor a fieldwork force – Harnmouth Central and Brackenford suites visited May 2026.\n"
        "2. Report has 5 recs: 1 & 2a CCs; 2b & 3 PCCs; 4 Home Office/NPCC. All added to custody improvement plan.\n"
        "3. Tracked monthly at Custody Governance Board (chair ACC Justice).\n"
        "4. OPCC oversight – custody item at Performance & Accountability Board.",
        "ACC Justice (Neil Ashworth)",
        "Ongoing",
        "In place",
        "P&A Board custody item booked 04/03/2027.",
        "OFFICIAL",
    ],
    [
        "1",
        "Care plan for every at-risk detainee, shared with healthcare, reviewed at handover",
        "CCs",
        "1) Care plan template built into Athena custody record\n"
        "2) Plan visible to HCP at booking-in\n"
        "3) Handover checklist to cover every at-risk detainee's plan – sgt signs off",
        "Supt Rachel Danes, Head of Custody",
        "30/06/2027",
        "AMBER",
        "Template designed. Athena change in supplier queue – delivery not before May 27. "
        "Interim paper care plan in use at all 3 suites since 14/11/26; handover checklist live same date.",
        "OFFICIAL",
    ],
    [
        "2a",
        "Practical rousing / close obs training, annual refresher",
        "CCs",
        "• Half-day scenario-based rousing & close-proximity obs training for all DDOs and custody sgts\n"
        "• Annual refresher on custody CPD day\n"
        "• Training records held by L&D – compliance to CGB monthly",
        "Insp Tom Bray, Custody Training & Standards",
        "31/03/2027",
        "GREEN",
        "As at 27/11: 148 of 196 custody staff trained (76%). Remaining sessions booked Dec–Feb.",
        "OFFICIAL",
    ],
    [
        "2b",
        "ICV schemes to check obs records of at-risk detainees every visit",
        "PCCs",
        "1. ICV visit report form amended – new section: obs records of at-risk detainees checked (Y/N) + concerns\n"
        "2. ICV training on reading obs logs, delivered with a custody inspector\n"
        "3. Concerns to duty custody insp same day; themes to quarterly ICV panel meeting with force",
        "OPCC ICV Scheme Manager (Lucy Fenn)",
        "31/03/2027",
        "In progress",
        "New form in use from 01/12/26. Training for 24 active ICVs – 2 sessions, 13 & 20 Jan 27.",
        "OFFICIAL",
    ],
    [
        "3",
        "Healthcare contract: HCP review of at-risk detainees within 1 hr; quarterly reporting to PCC",
        "PCCs",
        "a) Contract variation with custody healthcare provider – HCP review of every at-risk detainee within 1 hr of arrival\n"
        "b) Quarterly KPI report to OPCC\n"
        "c) Fund extra night HCP cover at Brackenford/Otterby if modelling shows need",
        "OPCC Chief Exec (Jane Corran)",
        "30/09/2027",
        "AMBER",
        "Provider says 1-hr standard achievable in daytime at all suites but not at night at Brackenford/Otterby. "
        "Demand modelling due Jan 27; any cost to go into 27/28 budget.",
        "OFFICIAL",
    ],
    [
        "4",
        "HO/NPCC to revise national safer detention guidance – pre-release risk assessment",
        "National (HO, NPCC)",
        "National rec – no local action required. Head of Custody sits on NPCC custody forum; force will adopt revised guidance when issued. "
        "Meanwhile quarterly local audit of PRRAs for at-risk detainees.",
        "Supt Rachel Danes, Head of Custody",
        "Awaiting national action",
        "Awaiting national",
        "Q2 26/27 audit: 88% of at-risk releases had a documented PRRA.",
        "OFFICIAL",
    ],
    [
        "Local – Brackenford",
        "Fieldwork finding (not a rec)",
        "Force",
        "Inspectors found ligature points in cells B4 and B7. 3 self-harm incidents in those cells Apr–Sep 26. "
        "Cells closed for works 08/12/26–19/12/26.",
        "Estates / Head of Custody",
        "19/12/2026",
        "RED",
        "Works order raised. Do NOT publish – cell numbers and incident data.",
        "OFFICIAL-SENSITIVE",
    ],
]
fills = {"AMBER": "FFC000", "GREEN": "92D050", "RED": "FF0000"}
for r in rows:
    ws.append(r)
    row = ws.max_row
    st = ws.cell(row=row, column=7)
    if st.value in fills:
        st.fill = PatternFill("solid", fgColor=fills[st.value])
    for c in ws[row]:
        c.alignment = Alignment(wrap_text=True, vertical="top")

widths = [14, 34, 14, 60, 26, 14, 14, 50, 18]
for i, w in enumerate(widths):
    ws.column_dimensions[chr(65 + i)].width = w
ws.freeze_panes = "A5"
wb.save("notes.xlsx")
print("written notes.xlsx")
