"""Builds hmicfrs-recs-tracker.xlsx: the force's single tracker sheet for every open inspection.

Two title rows, header on row 3. Rows for three reports are mixed together; only the
'Roads Policing (Oct 26)' rows belong to this case.
"""
from datetime import datetime
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.worksheet.datavalidation import DataValidation

OUT = Path(__file__).with_name("hmicfrs-recs-tracker.xlsx")

RP = "Roads Policing (Oct 26)"
ASB = "ASB spotlight (Oct 24)"
PEEL = "PEEL 2025"

HEADERS = ["Inspection", "Rec", "Rec summary", "Action(s)", "Owner (rank/role)", "Due", "Status", "Update"]

ROWS = [
    [ASB, "2", "Record ASB accurately incl. repeat victims",
     "Monthly ASB recording audit by Force Crime Registrar",
     "Ch Insp Neighbourhood Policing", "Quarterly", "Complete",
     "Compliance 91% (Sept 26 audit), up from 78% at inspection."],
    [RP, "Gen", "Whole report \u2013 8 recs: 1\u20136 CCs, 7 NPCC, 8 DfT. Fenmoor not one of the 9 forces inspected.",
     "Gap analysis v. all 8 recs done 06/11/26 \u2013 actions below. Progress to Roads Policing Strategic Board (chair ACC Operations) every 2 months.",
     "ACC Operations", "Ongoing", "On track",
     "PCC to review at Performance and Accountability Board (PAB) 16/02/27 \u2013 roads policing focus."],
    [RP, "1", "FMS sets out RP demand/resources; RP strategy based on it",
     "Roads policing demand profile for FMS 2027 (collisions, KSIs, calls for service, enforcement)",
     "Supt Roads & Armed Policing", "28/02/27", "On track",
     "Analyst allocated from Strategic Planning & Insight; data pulled for 2023\u201326."],
    [RP, "1", "",
     "Refresh Fenmoor Roads Policing Strategy 2027\u201330 from the demand profile",
     "Supt Roads & Armed Policing", "31/03/27", "On track",
     "Draft structure agreed at RPSB 11/11/26."],
    [PEEL, "AFI 3", "Disrupting criminal use of the road network (ANPR)",
     "ANPR camera expansion \u2013 38 new sites",
     "Supt Roads & Armed Policing", "31/03/27", "On track",
     "PCC capital funding \u00a31.1m agreed. RPU strength 52 v. establishment 60 \u2013 8 posts advertised."],
    [RP, "2", "Scene preservation training; collision investigator available 24/7",
     "Initial scene management input (fatal / life-changing collisions) for all response officers \u2013 added to annual PST refresher",
     "Ch Insp Learning & Development", "30/06/27", "At risk",
     "1,020 response officers to train \u2013 310 done by 20/11. Trainer capacity \u2013 L&D bid for 2 extra trainers Jan\u2013Jun."],
    [RP, "2", "",
     "24/7 collision investigator cover \u2013 on-call rota",
     "Supt Roads & Armed Policing", "31/12/26", "Complete",
     "Rota live 01/11/26."],
    [ASB, "5", "Use of ASB powers recorded and reviewed",
     "ASB powers dashboard (CPNs, CBOs, closure orders)",
     "Ch Insp Neighbourhood Policing", "31/01/27", "On track",
     "Dashboard in UAT. 64 CPWs issued Q2."],
    [RP, "3-4", "FLO to every road death within 24h; bereaved + seriously injured referred to support (consent, recorded)",
     "FLO coordinator checks a FLO is deployed within 24h of every road death; train 6 more roads FLOs",
     "DCI Major Collision Investigation Unit", "30/09/27", "On track",
     "Currently 11 trained roads FLOs. FLO course Feb 27 \u2013 6 places booked."],
    [RP, "3-4", "",
     "Referral pathway: seriously injured to Fenmoor Victim Care Hub, bereaved to national road victims' charity \u2013 consent + referral recorded on Niche",
     "DCI MCIU / OPCC Head of Commissioning", "31/03/27", "On track",
     "Referral form agreed with Hub 19/11/26. OPCC adding road victims to VNA refresh."],
    [RP, "5", "Roadside drug testing capacity; intelligence-led drink/drug driving enforcement",
     "Train 40 more officers in roadside drug testing + kits",
     "Insp Roads Policing Unit", "31/03/27", "On track",
     "22 trained Oct\u2013Nov; 18 booked Jan 27. Will take trained total to 95."],
    [RP, "5", "",
     "Drink/drug drive ops tasked monthly from intelligence via Roads Tactical Tasking",
     "Insp Roads Policing Unit", "In place", "Complete",
     "Christmas drink/drug drive campaign 1\u201331 Dec 26 tasked from licensed premises and custody intel."],
    [PEEL, "AFI 1", "101 call handling",
     "Call-back function + extra call handlers",
     "Supt Contact Management", "31/01/27", "At risk",
     "101 abandonment 9% (Oct) v. 5% target."],
    [RP, "6", "Agree RP priorities with road safety partnership; quarterly data share",
     "Agree RP priorities with Fenmoor Road Safety Partnership; quarterly data share (collisions, enforcement, camera)",
     "Supt Roads & Armed Policing", "31/12/27", "On track",
     "Data-sharing agreement with FRSP drafted \u2013 County Council legal reviewing. First quarterly data pack Apr 27."],
    [RP, "7", "NPCC national minimum standard for fatal/LC collision investigation",
     "Await NPCC standard. Meanwhile collision investigators working towards accreditation.",
     "DCI MCIU", "TBC", "Awaiting national guidance",
     "Gap analysis within 1 month of publication. 4 of 7 investigators accredited."],
    [RP, "8", "DfT review of camera/education course funding",
     "DfT rec \u2013 nothing for force. OPCC to respond to any DfT consultation via APCC roads lead.",
     "OPCC Policy Officer", "N/A", "Awaiting national guidance",
     "Locally PCC already funds 2 road safety education officers in FRSP (\u00a385k 2026/27)."],
    [ASB, "1", "Neighbourhood teams trained in ASB legislation",
     "ASB powers e-learning for all NPT", "Ch Insp Neighbourhood Policing", "30/11/26", "Complete",
     "97% completion."],
]

STATUS_FILL = {
    "Complete": "C6EFCE",
    "On track": "DDEBF7",
    "At risk": "FFEB9C",
    "Awaiting national guidance": "EDEDED",
}

wb = Workbook()
ws = wb.active
ws.title = "Tracker"

ws["A1"] = "FENMOOR POLICE \u2013 HMICFRS / JOINT INSPECTION RECOMMENDATIONS TRACKER (ALL OPEN REPORTS)"
ws["A1"].font = Font(bold=True, size=14)
ws.merge_cells("A1:H1")
ws["A2"] = "OFFICIAL  |  Maintained by Strategic Planning & Insight  |  Reviewed at Organisational Learning Board  |  Last updated 23/11/26"
ws["A2"].font = Font(italic=True, size=10)
ws.merge_cells("A2:H2")

for col, name in enumerate(HEADERS, start=1):
    c = ws.cell(row=3, column=col, value=name)
    c.font = Font(bold=True, color="FFFFFF")
    c.fill = PatternFill("solid", fgColor="1F3864")
    c.alignment = Alignment(wrap_text=True, vertical="top")

for r, row in enumerate(ROWS, start=4):
    for col, value in enumerate(row, start=1):
        c = ws.cell(row=r, column=col, value=value)
        c.alignment = Alignment(wrap_text=True, vertical="top")
        # Due dates typed as dd/mm/yy become real Excel dates; words (Ongoing, TBC, N/A ...) stay text
        if col == 6 and isinstance(value, str) and len(value) == 8 and value[2] == "/" and value[5] == "/":
            c.value = datetime.strptime(value, "%d/%m/%y")
            c.number_format = "dd/mm/yyyy"
    fill = STATUS_FILL.get(row[6])
    if fill:
        ws.cell(row=r, column=7).fill = PatternFill("solid", fgColor=fill)

dv = DataValidation(type="list", formula1='"On track,At risk,Complete,Awaiting national guidance,Not started"', allow_blank=True)
ws.add_data_validation(dv)
dv.add(f"G4:G{3 + len(ROWS)}")

for letter, width in zip("ABCDEFGH", (22, 7, 34, 48, 26, 11, 16, 52)):
    ws.column_dimensions[letter].width = width
ws.freeze_panes = "C4"
ws.auto_filter.ref = f"A3:H{3 + len(ROWS)}"

wb.save(OUT)
print("wrote", OUT)
