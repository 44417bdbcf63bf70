"""Builds notes.docx: the force's PEEL improvement plan as a Word document with one table.

Run with a Python that has python-docx:  /tmp/gen/bin/python make_notes.py
"""

from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.shared import Cm, Pt

HEADER = ["HMICFRS ref", "Finding", "Activity", "Portfolio lead", "Timescale", "Progress", "Handling"]

ROWS = [
    [
        "Overall",
        "Report published 10/11/26. Grades: Responding to the public – Inadequate; Investigating crime – Requires improvement; "
        "Protecting vulnerable people – Adequate; Managing offenders – Requires improvement; Police powers and public treatment – Good; "
        "Developing a positive workplace – Adequate; Leadership and force management – Adequate. "
        "1 CoC (responding to the public) with 3 recs, plus AFIs.",
        "PEEL Improvement Board (PIB), chair DCC, fortnightly. Every action on 4Action tracker. CoC recs reported monthly to HMICFRS FLL.",
        "DCC Mark Ellery",
        "Ongoing",
        "PIB first met 17/11/26. HMICFRS revisit of CoC expected May 2027.",
        "OFFICIAL",
    ],
    [
        "OPCC",
        "PCC oversight",
        "PCC to hold CC to account at Performance & Accountability Board (P&AB). Weekly 999/101 dashboard to OPCC. "
        "PCC precept 2026/27 funds 12 additional call handlers.",
        "Jane Corran (OPCC CEx)",
        "Ongoing",
        "Special P&AB session on contact management 08/12/26. Weekly dashboard received since 06/11/26.",
        "OFFICIAL",
    ],
    [
        "CoC1 - R1",
        "999 calls not answered promptly (HMICFRS: 71% in 10s, Jan–Jun 26); 101 abandonment high.",
        "• New FCR shift pattern matched to demand (go-live 05/01/27)\n• 101 call-back (virtual queue)\n• Promote online reporting (Single Online Home)",
        "ACC J. Tremlett (Local Policing & Contact)",
        "May 2027",
        "Oct 26: 83.6% of 999 calls answered within 10s (Sept 79.1%; national standard 90%). "
        "101 abandonment 31% in Oct (June 38%). Call-back live 23/11/26.",
        "OFFICIAL",
    ],
    [
        "CoC1 - R2",
        "THRIVE not consistently recorded; repeat/vulnerable callers missed.",
        "Mandatory THRIVE rationale field in STORM. Repeat caller flag (3+ calls in 28 days). FCR quality team QA 50 calls/week.",
        "",
        "TBC",
        "STORM change requested (CR-1187) – supplier slot awaited. QA started 02/11/26: first month, 3 in 10 logs had no THRIVE rationale.",
        "OFFICIAL",
    ],
    [
        "CoC1 - R3",
        "FCR not staffed to meet demand at peak times.",
        "Two call handler intakes. FCR workforce plan to PIB.",
        "Ch Supt Claire Dunmore (Head of Contact)",
        "31/05/2027",
        "Intakes booked Jan 27 and Mar 27 – 24 trainees in total. Workforce plan to PIB Feb 27.",
        "OFFICIAL",
    ],
    [
        "CoC1 - R3",
        "FCR resilience (interim).",
        "Redeploy 6 staff from Wexcombe front counter to FCR. Wexcombe front counter to close Tue/Thu afternoons from 01/12/26.",
        "Ch Supt Claire Dunmore",
        "Until end Feb 27",
        "FCR 19 FTE below establishment (31/10). Sickness 8.2%. Overtime spend £41k in Oct.",
        "OFFICIAL-SENSITIVE",
    ],
    [
        "AFI 1",
        "Investigations – allocation and supervision.",
        "'Investigate Well' 2-day course for all PCs and DCs. Allocation policy refreshed (crime allocation matrix). Supervisor 7- and 28-day reviews in Niche.",
        "Det Ch Supt Owen Price (Crime & Justice)",
        "31/03/2027",
        "Dates booked. 410 of 1,150 trained. Allocation matrix live 14/11.",
        "OFFICIAL",
    ],
    [
        "AFI 2",
        "VCOP updates; recording victim withdrawal.",
        "Victim contact contracts recorded in Niche. Victim Bureau monthly compliance audit. Outcome 16 withdrawal form mandatory.",
        "",
        "",
        "Oct audit: 71% of victims updated in line with VCOP. Outcome 16 form drafted.",
        "OFFICIAL",
    ],
    [
        "AFI 3",
        "Stop and search – grounds.",
        "Supervisors review BWV for every search. Independent Stop and Search Scrutiny Panel reviews 20 random BWV clips each quarter.",
        "Supt Nadia Farouk (Legitimacy)",
        "Complete",
        "Q2 dip sample: grounds recorded to standard in 94% of records. Panel reviewed 20 clips 04/11/26.",
        "OFFICIAL",
    ],
    [
        "AFI 4",
        "RSO home visits overdue.",
        "Additional MOSOVO posts. Risk-based visit schedule (ARMS).",
        "DCI Ben Sutcliffe (Offender Management)",
        "30/04/2027",
        "Additional posts approved at Force Exec 13/11. Overdue visits falling week on week.",
        "OFFICIAL",
    ],
    [
        "AFI 4",
        "RSO – backlog detail.",
        "Backlog recovery plan.",
        "DCI Ben Sutcliffe",
        "30/04/2027",
        "92 overdue visits at 31/10 (6 high/very high risk). Harnmouth MOSOVO team 4 officers short until Feb. VH risk backlog to be cleared by 15/12.",
        "OFFICIAL-SENSITIVE",
    ],
    [
        "AFI 5",
        "Workforce wellbeing.",
        "Force-wide wellbeing survey; wellbeing action plan. TRiM-trained practitioners in FCR.",
        "Ruth Abara (Director of People)",
        "Q4 2026/27",
        "Survey closed 20/11/26 – 2,140 responses (54%). Results to Force Exec Jan 27.",
        "OFFICIAL",
    ],
    [
        "AFI 6",
        "Neighbourhood problem-solving (OSARA) not consistently used.",
        "Problem-solving coordinators in each LPA. OSARA training for NHTs.",
        "Supt G. Holt",
        "Sept 2027",
        "NHT training dates Feb 27.",
        "OFFICIAL",
    ],
]


def main() -> None:
    doc = Document()
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    for side in ("left_margin", "right_margin"):
        setattr(sec, side, Cm(1.5))
    sec.header.paragraphs[
        0
    ].text = "OFFICIAL – rows marked OFFICIAL-SENSITIVE in the Handling column must not be released"
    sec.footer.paragraphs[0].text = "Strategic Planning & Inspection – PEEL improvement plan v0.3 – 28/11/26"

    doc.add_heading("Fenmoor Police – PEEL 2025–27 improvement plan", level=1)
    doc.add_paragraph(
        "Working copy for PEEL Improvement Board. Update Progress column by close of play Thursday before each PIB."
    )

    table = doc.add_table(rows=1, cols=len(HEADER))
    table.style = "Table Grid"
    for i, h in enumerate(HEADER):
        cell = table.rows[0].cells[i]
        cell.text = ""
        run = cell.paragraphs[0].add_run(h)
        run.bold = True
    for row in ROWS:
        cells = table.add_row().cells
        for i, val in enumerate(row):
            cells[i].text = val
    for r in table.rows:
        for c in r.cells:
            for p in c.paragraphs:
                for run in p.runs:
                    run.font.size = Pt(8)

    out = Path(__file__).with_name("notes.docx")
    doc.save(out)
    print(f"wrote {out}")


if __name__ == "__main__":
    main()
