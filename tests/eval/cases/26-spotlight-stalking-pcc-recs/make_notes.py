"""Builds stalking-spotlight-plan.docx: the joint force/OPCC plan for the stalking spotlight.

One table; the header is two rows, with "Response" spanning "Action" and "Lead".
Several actions sit in one cell as numbered lines "1)", "2)".
"""
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

OUT = Path(__file__).with_name("stalking-spotlight-plan.docx")

doc = Document()
sec = doc.sections[0]
sec.orientation = WD_ORIENT.LANDSCAPE
sec.page_width, sec.page_height = sec.page_height, sec.page_width
for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
    setattr(sec, side, Cm(1.5))

style = doc.styles["Normal"]
style.font.name = "Arial"
style.font.size = Pt(9)

for part in (sec.header, sec.footer):
    p = part.paragraphs[0]
    p.text = "OFFICIAL"
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.runs[0].bold = True

title = doc.add_paragraph()
r = title.add_run("HMICFRS Spotlight – Stalking (\u2018Seeing the pattern\u2019) – Fenmoor Police / OPCC response plan")
r.bold = True
r.font.size = Pt(13)

doc.add_paragraph("v0.4  25/11/26  –  Public Protection Strategic Lead / OPCC Policy. Draft for s55 response.")
doc.add_paragraph(
    "Report pub. 05/11/26. Fieldwork in 6 forces – Fenmoor not one of them. "
    "5 recs: 1 & 3 chief constables, 2 & 4 PCCs, 5 Home Office. No AFIs."
)
doc.add_paragraph(
    "Governance: force actions reported monthly to VAWG Delivery Board (chair ACC Crime & Justice). "
    "OPCC actions tracked by OPCC Policy & Commissioning team."
)

HEAD_TOP = ["No.", "Recommendation", "Response", "", "Timescale", "Status", "Commentary"]
HEAD_SUB = ["", "", "Action", "Lead", "", "", ""]

ROWS = [
    {
        "no": "1",
        "rec": "Harassment reports reviewed promptly to spot stalking; stalking recorded as principal offence (CCs, by 30/06/27)",
        "actions": [
            "1) All harassment crimes added to daily PPU review list \u2013 DS checks for stalking indicators within 24 hrs of recording.",
            "2) Mandatory \u2018stalking indicators\u2019 question added to harassment closure screen on Niche.",
            "3) Force Crime Registrar monthly dip sample of 50 harassment crimes.",
        ],
        "lead": "Det Supt, Head of Public Protection",
        "time": "30/06/27",
        "status": "In progress",
        "comm": "Daily review live in Harnmouth & Brackenford since 14/10/26; Wexcombe and Otterby from Jan 27 once PPU DS vacancy filled. "
                "Niche change in test, go-live 08/12/26. "
                "Oct dip sample: 11 of 50 harassment crimes should have been stalking \u2013 all reclassified, OICs given feedback.",
        "breaks": False,
    },
    {
        "no": "2",
        "rec": "PCCs to review commissioned support for stalking victims incl. specialist advocacy, against local VNA (by 31/03/27)",
        "actions": [
            "1) Stalking added to scope of victims\u2019 needs assessment refresh (VNA 2027).",
            "2) Review ISA capacity at Fenmoor Victim Care Hub \u2013 currently 2 ISAs, waiting list 6\u20138 wks.",
            "3) Stalking questions added to OPCC victim survey.",
        ],
        "lead": "OPCC Head of Commissioning",
        "time": "31/03/27",
        "status": "Agreed \u2013 in progress",
        "comm": "PCC has agreed to fund a 3rd independent stalking advocate at the Victim Care Hub from 01/04/27 for 2 yrs (\u00a348k pa) \u2013 decision record signed 18/11/26. "
                "VNA refresh commissioned, final report due Feb 27. "
                "PCC to hold stalking deep-dive at Performance and Accountability Board (PAB) 11/03/27 \u2013 CC asked to report on recs 1 & 3.",
        "breaks": False,
    },
    {
        "no": "3",
        "rec": "SPO (incl. interim) considered in every stalking case; reasons recorded if not sought; breaches monitored/enforced (CCs, by 30/09/27)",
        "actions": [
            "1) SPO consideration box added to stalking investigation plan template \u2013 reason required if not applied for.",
            "2) Legal Services SPO fast-track: draft application within 5 working days of request.",
            "3) SPO breaches flagged on Niche and reviewed at daily management meeting.",
            "4) SPO / interim SPO training for investigators.",
        ],
        "lead": "Head of Public Protection / Head of Legal Services",
        "time": "Sept 27",
        "status": "On track",
        "comm": "17 SPOs (inc. 6 interim) obtained Apr\u2013Oct 26 v. 9 in whole of 2025/26. "
                "Training: 140 investigators, half-day input, dates booked Jan\u2013Mar 27.",
        "breaks": False,
    },
    {
        "no": "4",
        "rec": "Multi-agency perpetrator intervention available locally (PCCs with CCs, health, probation; by 30/09/27)",
        "actions": [
            "1) Scope a Fenmoor multi-agency stalking intervention programme (MASIP model) with Fenmoor mental health trust & Probation Service.",
            "2) Costed options paper to PCC.",
            "3) Interim: high-risk stalking perpetrators heard at monthly DA perpetrator panel (since Sept 26).",
        ],
        "lead": "OPCC Chief Executive / Head of Public Protection",
        "time": "TBC \u2013 dependent on funding",
        "status": "Amber",
        "comm": "PCC supports in principle but funding not agreed. "
                "Options paper (est. \u00a3160k pa for clinician-led programme) to PCC Strategic Board Feb 27 with 2027/28 budget. "
                "Trust willing to second a forensic psychologist if funded. Probation supportive.",
        "breaks": True,
    },
    {
        "no": "5",
        "rec": "HO to revise SPO statutory guidance (interim orders; breaches across force boundaries) by 31/12/27",
        "actions": [
            "1) For Home Office \u2013 no force action required until guidance issued.",
            "2) Force views fed in via NPCC stalking portfolio consultation (submitted 30/10/26).",
            "3) Review force SPO policy within 3 months of revised guidance.",
        ],
        "lead": "Head of Public Protection",
        "time": "National",
        "status": "Awaiting national",
        "comm": "Cross-border breaches: interim breach-notification arrangement agreed with the 3 neighbouring forces, Sept 26.",
        "breaks": True,
    },
]

table = doc.add_table(rows=2 + len(ROWS), cols=7)
table.style = "Table Grid"

for i, text in enumerate(HEAD_TOP):
    table.cell(0, i).text = text
for i, text in enumerate(HEAD_SUB):
    table.cell(1, i).text = text

# vertical merges for single-level headings, horizontal merge for the group heading
for col in (0, 1, 4, 5, 6):
    top = table.cell(0, col)
    merged = top.merge(table.cell(1, col))
    merged.text = HEAD_TOP[col]
group = table.cell(0, 2).merge(table.cell(0, 3))
group.text = "Response"

for r_i in (0, 1):
    for cell in table.rows[r_i].cells:
        for p in cell.paragraphs:
            for run in p.runs:
                run.bold = True
        tc_pr = cell._tc.get_or_add_tcPr()
        shd = OxmlElement("w:shd")
        shd.set(qn("w:val"), "clear")
        shd.set(qn("w:color"), "auto")
        shd.set(qn("w:fill"), "D9E2F3")
        tc_pr.append(shd)

# mark the two header rows as repeating header rows
for r_i in (0, 1):
    tr_pr = table.rows[r_i]._tr.get_or_add_trPr()
    hdr = OxmlElement("w:tblHeader")
    tr_pr.append(hdr)

for offset, row in enumerate(ROWS):
    cells = table.rows[2 + offset].cells
    cells[0].text = row["no"]
    cells[1].text = row["rec"]
    if row["breaks"]:
        # numbered lines separated by line breaks inside one paragraph
        para = cells[2].paragraphs[0]
        for j, line in enumerate(row["actions"]):
            run = para.add_run(line)
            if j < len(row["actions"]) - 1:
                run.add_break()
    else:
        # numbered lines as separate paragraphs in the cell
        cells[2].text = row["actions"][0]
        for line in row["actions"][1:]:
            cells[2].add_paragraph(line)
    cells[3].text = row["lead"]
    cells[4].text = row["time"]
    cells[5].text = row["status"]
    cells[6].text = row["comm"]

widths = [Cm(1.2), Cm(5.0), Cm(7.0), Cm(3.2), Cm(2.2), Cm(2.2), Cm(6.0)]
for row in table.rows:
    for cell, w in zip(row.cells, widths):
        cell.width = w

doc.add_paragraph()
doc.add_paragraph("Next update to VAWG Delivery Board: Dec 26.")

doc.save(OUT)
print("wrote", OUT)
