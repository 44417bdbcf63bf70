"""Builds notes.docx: Fenmoor action plan for the national thematic on the Victims' Code.
One table per theme of the report, plus a whole-report / governance table."""

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.shared import Pt

doc = Document()
sec = doc.sections[0]
sec.orientation = WD_ORIENT.LANDSCAPE
sec.page_width, sec.page_height = sec.page_height, sec.page_width
sec.header.paragraphs[0].text = "OFFICIAL (rows marked OFFICIAL-SENSITIVE are not for publication)"

doc.add_heading("HMICFRS – Keeping victims informed (national thematic, pub. 15/10/2026)", level=1)
doc.add_paragraph(
    "Fenmoor Police / OPCC joint action plan – v0.3 – last updated 26/11/2026 (KM, Victims Policy)"
)
doc.add_paragraph(
    "Purpose: tracker for the recs relevant to Fenmoor. Not a fieldwork force. "
    "National recs (HO, MoJ, CoP, NPCC) noted in the whole-report table only."
)


def table(heading, cols, rows):
    doc.add_heading(heading, level=2)
    t = doc.add_table(rows=1, cols=len(cols))
    t.style = "Table Grid"
    for i, c in enumerate(cols):
        t.rows[0].cells[i].text = c
        for r in t.rows[0].cells[i].paragraphs[0].runs:
            r.bold = True
    for row in rows:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            cells[i].text = v
    for row in t.rows:
        for c in row.cells:
            for p in c.paragraphs:
                for r in p.runs:
                    r.font.size = Pt(9)
    doc.add_paragraph("")


table(
    "Whole report / governance",
    ["Ref", "Item", "Action", "Lead", "Due", "Status", "Update", "Marking"],
    [
        [
            "Whole report",
            "Scope",
            "Note for response: 8 forces inspected – Fenmoor not one of them. Report makes 14 recs in total: "
            "6 to chief constables (R1–R6), 2 to PCCs (R9, R10), 6 to national bodies "
            "(Home Office x2, MoJ x1, College of Policing x2, NPCC x1).",
            "OPCC Victims Policy",
            "",
            "n/a",
            "R1, R2 and R5 already covered by the 2025 VCOP improvement plan (closed by Victims Board "
            "Sept 2026) – not carried into this plan. Plan covers R3, R4, R6, R9, R10.",
            "OFFICIAL",
        ],
        [
            "Overarching",
            "Governance",
            "Track plan through Victims Board (chair ACC Crime & Justice, meets bi-monthly). "
            "OPCC scrutiny at Performance and Accountability Board.",
            "ACC Crime & Justice",
            "Ongoing",
            "In place",
            "Plan adopted at Victims Board 19/11/26. First P&A Board report booked 21/01/2027.",
            "OFFICIAL",
        ],
        [
            "Gen",
            "VCOP compliance dashboard",
            "Build a Victims' Code compliance dashboard from Athena data (VNA completion, updates, "
            "VRR requests) – first version.",
            "",
            "",
            "Planned",
            "Scoping with Business Insight. No date yet.",
            "OFFICIAL",
        ],
        [
            "Gen",
            "PCC investment",
            "PCC decision PCC/D/2026/041: £96,000 over 2 years to fund 2 additional case coordinators "
            "at Fenmoor Victim Care Hub.",
            "OPCC Chief Executive",
            "01/01/2027",
            "Agreed",
            "Decision signed 06/11/26. Posts advertised; start 1 Jan 2027.",
            "OFFICIAL",
        ],
    ],
)

table(
    "Theme 1 – Needs assessment and keeping victims updated (R3, R4)",
    ["Rec", "Action", "Owner", "Target", "Progress", "RAG", "GSC"],
    [
        [
            "R3",
            "Mandatory VNA field on Athena at crime creation – agreed update frequency and method "
            "(phone / email / letter) to be recorded.",
            "Head of Crime Standards",
            "30/06/2027",
            "CR-2281 raised with Athena team 04/11. UAT Feb. Contact Mgmt briefing pack drafted.",
            "Amber",
            "OFFICIAL",
        ],
        [
            "R3",
            "Dip-sample 50 crimes/month for VNA completion; results to Victims Board.",
            "Crime Standards & Audit Team",
            "Monthly from Jan 27",
            "First sample (Oct 26): VNA recorded in 31/50 (62%).",
            "Green",
            "OFFICIAL",
        ],
        [
            "R4",
            "Add VCOP update check to investigation review template – supervisor to tick and record "
            "date of last victim contact. 'Supervision matters' input at sergeants' CPD days.",
            "DCI Investigation Standards",
            "31.03.27",
            "Template agreed Investigations Board 12/11/26. Go-live 01/02/2027. CPD days Jan–Mar.",
            "Green",
            "OFFICIAL",
        ],
        [
            "R4",
            "PSD referral – 3 officers, Brackenford CID, repeated failure to update victims "
            "(Op TEASEL). Learning to be fed into CPD once misconduct process concluded.",
            "Supt PSD",
            "TBC",
            "Investigation live. Do not include in published response.",
            "Red",
            "OFFICIAL-SENSITIVE",
        ],
    ],
)

table(
    "Theme 2 – Outcomes and the Victims' Right to Review (R6)",
    ["Ref", "Action", "Lead", "Due", "Status", "Notes", "Marking"],
    [
        [
            "6",
            "Rewrite NFA / OOCR finalisation letters so the reason and VRR information are always "
            "included; auto-generate from Athena on finalisation.",
            "Head of Criminal Justice",
            "Jun-27",
            "Not started",
            "Dependent on Athena CR (see R3). Templates to be tested with Victims' Voice panel.",
            "OFFICIAL",
        ],
        [
            "6",
            "VRR requests – quarterly report to Victims Board.",
            "",
            "",
            "Planned",
            "Q1 27/28?",
            "OFFICIAL",
        ],
    ],
)

table(
    "Theme 3 – Commissioned services and the PCC's role (R9, R10)",
    ["Rec", "Action", "Owner", "Due", "Status", "Update", "Marking"],
    [
        [
            "R9",
            "Referral pathway review with Fenmoor Victim Care Hub: automated daily referral file to "
            "replace manual email; measure % of consenting victims referred within 2 working days.",
            "OPCC Commissioning Manager",
            "31/03/2027",
            "In progress",
            "Joint workshop with force IT and Hub 18/11. Baseline: 74% referred within 2 working days (Sep 26). "
            "DSA refresh with legal.",
            "OFFICIAL",
        ],
        [
            "R10",
            "PCC annual assessment of force compliance with VCOP – publish. First covers 2026/27.",
            "OPCC Head of Policy & Scrutiny",
            "30/09/2027",
            "Planned",
            "Will draw on force dashboard (see Gen), Victims' Voice survey and Hub feedback. "
            "Method paper to P&A Board Mar 27.",
            "OFFICIAL",
        ],
        [
            "R10",
            "Hub contract: provider on formal performance notice (2 data-handling complaints). "
            "Break clause 31/03/2027 – options paper to PCC.",
            "OPCC Commissioning Manager",
            "31/01/2027",
            "Live",
            "Commercially sensitive – not for the response.",
            "OFFICIAL-SENSITIVE",
        ],
    ],
)

doc.save("notes.docx")
print("written notes.docx")
