"""Builds notes.xlsx: the force's single HMICFRS tracker sheet covering every open inspection.

Only the rows whose Report column reads "Missing children thematic (Oct 2026)" belong to this case;
the retail crime and custody rows belong to two other open reports.
Run with a Python that has openpyxl:  /tmp/gen/bin/python make_notes.py
"""

import datetime as dt
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

D = dt.datetime
MISSING = "Missing children thematic (Oct 2026)"
RETAIL = "Retail crime spotlight (Jun 2026)"
CUSTODY = "Custody inspection HMICFRS/HMIP (Feb 2026)"

HEADER = [
    "Report",
    "Rec no",
    "Addressee",
    "Action(s)",
    "Lead",
    "Target date",
    "RAG",
    "Latest position",
    "Last updated",
    "GSC",
]

ROWS = [
    # ---- custody report (another inspection) ----
    [
        CUSTODY,
        "1",
        "Force",
        "Refresher training for all custody sgts and DDOs on observation levels and rousing checks.",
        "CI Jo Penrose (Head of Custody)",
        D(2026, 11, 30),
        "Blue",
        "Complete 28/11. All 46 custody sgts trained. Dip sample booked Jan.",
        D(2026, 11, 28),
        "OFFICIAL",
    ],
    [
        CUSTODY,
        "2",
        "Force / OPCC",
        "ICV weekend rota; add custody visits data to OPCC quarterly report.",
        "OPCC ICV Scheme Manager",
        D(2027, 3, 31),
        "Green",
        "Weekend rota started Oct. 29 active visitors.",
        D(2026, 11, 14),
        "OFFICIAL",
    ],
    [
        CUSTODY,
        "AFI 3",
        "Force",
        "Replace CCTV at Brackenford custody - blind spots cells 4-9 and rear yard. Interim: cells 4-9 not used for detainees on L2 obs.",
        "CI Jo Penrose (Head of Custody)",
        D(2027, 2, 28),
        "Amber",
        "Contractor on site w/c 18/01/27. Supplier delay on cameras.",
        D(2026, 11, 20),
        "OFFICIAL-SENSITIVE",
    ],
    # ---- this report: missing children thematic ----
    [
        MISSING,
        "Gen",
        "Force",
        "Gap analysis against all 8 recs (5 CC, 1 CC+PCC, 2 national). Fenmoor was one of 6 fieldwork forces (fieldwork Mar 26). "
        "Recs owned by ACC Protective Services and tracked at Missing & Exploitation Strategic Board (monthly).",
        "ACC Tom Aldred (Protective Services)",
        "Ongoing",
        "Green",
        "Gap analysis done 02/11/26 and to MESB 10/11. CC response to OPCC sent 20/11.",
        D(2026, 11, 20),
        "OFFICIAL",
    ],
    [
        MISSING,
        "1-2",
        "Chief constables",
        "Replace paper missing person risk form with structured risk assessment in Niche - pulls previous missing episodes + exploitation flags automatically. "
        "Mandatory supervisor review within 60 mins, reasons for any change of risk grading recorded in Niche.",
        "Supt R. Haines (Public Protection)",
        D(2027, 3, 31),
        "Amber",
        "Niche form built, UAT complete 20/11. Go-live slipped from 01/12 to 12/01/27 (Niche upgrade change freeze). Sgt briefing pack drafted. "
        "Sept dip sample: supervisor review within the hour in 58% of cases (HMICFRS fieldwork sample 41%).",
        D(2026, 11, 25),
        "OFFICIAL",
    ],
    [
        MISSING,
        "1-2",
        "Chief constables",
        "Missing Persons Coordinators (MPCs) to QA every medium and high risk missing child report daily.",
        "DI Kerry Moss (Missing Persons Unit)",
        "In place",
        "Blue",
        "3 MPCs in post (Harnmouth, Brackenford, Otterby) since July 2026. Daily QA log kept by MPU.",
        D(2026, 10, 30),
        "OFFICIAL",
    ],
    [
        MISSING,
        "3, 7",
        "Chief constables / CoP",
        "Record RHI outcomes on Niche (new 'RHI debrief' occurrence) + daily feed from FCC children's services system to MASH. "
        "Rec 7 is for CoP (APP update) - DI Moss sits on the CoP missing persons practitioner group and will feed in Fenmoor's RHI work.",
        "DI Kerry Moss (Missing Persons Unit)",
        D(2027, 6, 30),
        "Amber",
        "Data sharing agreement with FCC signed 06/11/26. Automated feed dependent on FCC IT - their estimate April 2027. "
        "Interim: RHI summaries emailed to MASH inbox and keyed manually - approx 70% on Niche within 72h (Oct). "
        "CoP group met 12/11; APP consultation draft expected spring 2027.",
        D(2026, 11, 25),
        "OFFICIAL",
    ],
    [
        MISSING,
        "4",
        "Chief constables",
        "Refresh CAWN guidance; CAWN input for all DCs/DSs in CID and Exploitation Hub; CAWN register held by MASH.",
        "DCI Aaron Pike (Exploitation Hub)",
        D(2027, 6, 30),
        "Green",
        "Guidance republished 28/10/26. 142 of 190 staff trained. CAWNs issued Apr-Oct 26: 23 (same period 2025: 9).",
        D(2026, 11, 18),
        "OFFICIAL",
    ],
    [
        MISSING,
        "4",
        "Chief constables",
        "Op Marram - targeted disruption of premises in Harnmouth (Eastgate and Quayside) linked to harbouring of missing children. "
        "5 nominals. Covert phase 11-29/01/27, executive action w/c 01/02/27.",
        "DCI Aaron Pike (Exploitation Hub)",
        D(2027, 2, 12),
        "Green",
        "Authorities in place. Do not circulate outside Protective Services SMT.",
        D(2026, 11, 18),
        "OFFICIAL-SENSITIVE",
    ],
    [
        MISSING,
        "5",
        "Chief constables",
        "Fenmoor Philomena Protocol with FCC and registered children's homes (grab pack / profile form for every looked-after child).",
        "Ch Insp Lucy Barnes (Partnerships)",
        D(2027, 9, 30),
        "Green",
        "Draft protocol to Fenmoor Safeguarding Children Partnership exec 15/01/27. 31 of 44 homes in county engaged so far. Launch target April 2027.",
        D(2026, 11, 12),
        "OFFICIAL",
    ],
    [
        MISSING,
        "6",
        "Chief constables + PCCs",
        "Force: daily list of children returned from missing sent to FCC so RHI can be offered within 72h. Joint review of RHI commissioning with OPCC + FCC.",
        "Supt R. Haines (Public Protection)",
        D(2027, 9, 30),
        "Green",
        "Daily list live from 02/11/26.",
        D(2026, 11, 10),
        "OFFICIAL",
    ],
    [
        MISSING,
        "6",
        "PCC",
        "OPCC + FCC Children's Services joint review of RHI service (currently Compass Young People's Service; OPCC contributes £64,000 pa). "
        "Options paper for PCC decision by 28/02/27. New arrangements from 01/10/27 when current contract ends (30/09/27).",
        "Jane Corran (CEx, OPCC)",
        D(2027, 9, 30),
        "Green",
        "Review group (OPCC, FCC, ICB) first met 04/11/26. Q2 26/27: 61% of returning children offered RHI within 72h.",
        D(2026, 11, 24),
        "OFFICIAL",
    ],
    [
        MISSING,
        "8",
        "HO / DfE",
        "National (HO + DfE dataset) - no local action required. Force will adopt national dataset when published. "
        "Interim: MPU monthly performance pack on missing children to MESB.",
        "n/a - national",
        "Awaiting national action",
        "",
        "MPU pack first presented to MESB 10/11/26.",
        D(2026, 11, 10),
        "OFFICIAL",
    ],
    [
        MISSING,
        "Gen",
        "OPCC",
        "OPCC scrutiny: themed Accountability Board session on missing children 16/02/27; report to Police and Crime Panel March 2027.",
        "M. Okafor (OPCC Head of Policy & Scrutiny)",
        D(2027, 3, 31),
        "Green",
        "Board date confirmed. Papers due 02/02/27.",
        D(2026, 11, 24),
        "OFFICIAL",
    ],
    # ---- retail crime spotlight (another inspection) ----
    [
        RETAIL,
        "1",
        "Chief constables",
        "Relaunch Business Crime Reduction Partnership (Wexcombe & Brackenford); 2 x business crime officers funded by PCC (£120k 2026/27).",
        "Insp M. Carver (Neighbourhoods)",
        D(2027, 3, 31),
        "Green",
        "Both officers in post 01/09. BCRP relaunched 14/10 - 58 retailers signed up.",
        D(2026, 10, 21),
        "OFFICIAL",
    ],
    [
        RETAIL,
        "2",
        "Chief constables",
        "Shop theft attendance policy - attend where suspect detained, violence used or repeat victim.",
        "Supt G. Holt (Local Policing)",
        "In place",
        "Blue",
        "Policy live 01/08/26. Attended within 24h: 71% (Oct).",
        D(2026, 11, 2),
        "OFFICIAL",
    ],
    [
        RETAIL,
        "3, 4",
        "Chief constables",
        "Op Gannet - organised shoplifting group active at Otterby and Wexcombe retail parks. 4 nominals. Warrants planned 09/12/26.",
        "DI S. Lamb (Serious Acquisitive Crime)",
        D(2026, 12, 31),
        "Green",
        "Do not disclose.",
        D(2026, 11, 26),
        "OFFICIAL-SENSITIVE",
    ],
]

RAG_FILL = {"Blue": "5B9BD5", "Green": "70AD47", "Amber": "FFC000", "Red": "FF0000"}


def main() -> None:
    wb = Workbook()
    ws = wb.active
    ws.title = "Tracker"
    ws["A1"] = "FENMOOR POLICE - HMICFRS RECOMMENDATIONS TRACKER (ALL OPEN REPORTS)"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = (
        "Owner: Strategic Planning & Inspection Team. Mark rows individually (GSC). Filter on Report column."
    )
    ws["A2"].font = Font(italic=True)
    ws.append([])
    ws.append(HEADER)
    hdr_row = ws.max_row
    for c in range(1, len(HEADER) + 1):
        cell = ws.cell(row=hdr_row, column=c)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = PatternFill("solid", fgColor="1F3864")
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    for row in ROWS:
        ws.append(row)
        r = ws.max_row
        for c in range(1, len(HEADER) + 1):
            ws.cell(row=r, column=c).alignment = Alignment(wrap_text=True, vertical="top")
        for c in (6, 9):
            cell = ws.cell(row=r, column=c)
            if isinstance(cell.value, dt.datetime):
                cell.number_format = "dd/mm/yyyy"
        rag = row[6]
        if rag in RAG_FILL:
            ws.cell(row=r, column=7).fill = PatternFill("solid", fgColor=RAG_FILL[rag])
        if row[9] == "OFFICIAL-SENSITIVE":
            ws.cell(row=r, column=10).font = Font(bold=True, color="C00000")
    widths = [30, 8, 18, 60, 28, 14, 8, 60, 12, 20]
    for i, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.freeze_panes = ws.cell(row=hdr_row + 1, column=1)
    ws.auto_filter.ref = f"A{hdr_row}:{get_column_letter(len(HEADER))}{ws.max_row}"
    out = Path(__file__).with_name("notes.xlsx")
    wb.save(out)
    print(f"wrote {out}")


if __name__ == "__main__":
    main()
