"""Fixture 55: joint inspection by HMCPSI and HMICFRS of charging in domestic abuse cases, DOCX.

Word heading styles, a cover and contents page, an executive summary that lists all eight
recommendations (bold "Recommendation N" paragraph, then the text), and the same recommendations
repeated at the end of the chapter they come from. The forces inspected are a bulleted list.
Pages are ended by explicit page breaks. Writes report.docx and expected.yaml from the same
strings.
Run: python make_report.py   (needs python-docx; /tmp/intake-venv/bin/python has it)
"""

from __future__ import annotations

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
for _cand in (os.path.join(HERE, ".."), os.path.join(HERE, "..", "..", "reports")):
    if os.path.exists(os.path.join(_cand, "_kit.py")):
        sys.path.insert(0, os.path.abspath(_cand))
        break
import _kit  # noqa: E402
from _kit import d, rec  # noqa: E402

import docx  # noqa: E402

TITLE = (
    "Charging domestic abuse cases: a joint inspection of police and CPS decision-making at the "
    "point of charge"
)
PUBLISHED = d(2025, 9, 24)
PUBLISHED_TEXT = "24 September 2025"
FORCES = ["Cresford Police", "Fenmoor Police", "Kelder Constabulary", "West Tamar Police"]

# (id, text, deadline, addressees, chapter)
RECS = [
    ("1", "By 31 March 2026, chief constables and Chief Crown Prosecutors should jointly review the "
     "local arrangements for pre-charge consultation in domestic abuse cases, so that police "
     "supervisors and prosecutors agree what evidence is needed before a file is submitted.",
     d(2026, 3, 31), ["chief constables", "CPS"], 2),
    ("2", "Chief constables should make sure that every domestic abuse file submitted for a charging "
     "decision includes the victim's views on bail conditions and the risk assessment completed "
     "at the scene.", None, ["chief constables"], 2),
    ("3", "The CPS should, within six months of the publication of this report, make sure that "
     "prosecutors record the reasons for every decision to take no further action in a domestic "
     "abuse case, and share those reasons with the officer in the case.",
     "within six months of the publication of this report", ["CPS"], 3),
    ("4", "The NPCC lead for domestic abuse and the CPS should agree a national file quality standard "
     "for domestic abuse cases by 31 December 2025.", d(2025, 12, 31), ["NPCC", "CPS"], 3),
    ("5", "The College of Policing should include evidence-led prosecution in the initial training of "
     "all officers who attend domestic abuse incidents.", None, ["College of Policing"], 4),
    ("6", "The Ministry of Justice, working with HM Courts & Tribunals Service, should by June 2026 "
     "set out how it will reduce the time between charge and trial in domestic abuse cases.",
     d(2026, 6, 30), ["Ministry of Justice", "other"], 4),
    ("7", "HM Prison and Probation Service should make sure that probation officers who prepare "
     "pre-sentence reports in domestic abuse cases receive the police call-out history and the "
     "risk assessments held by the police before the report is written.", None, ["other"], 4),
    ("8", "Chief constables, working with police and crime commissioners, should make sure that "
     "victims of domestic abuse are referred to an independent domestic violence adviser at the "
     "point of charge, and that the referral is recorded on the case file.", None,
     ["chief constables", "PCCs"], 4),
]


class Builder:
    def __init__(self):
        self.doc = docx.Document()
        self.pages = _kit.DocxPages(self.doc)

    def para(self, text: str, style: str | None = None, bold: bool = False, weight: float = 1.0):
        self.pages.count(text, weight)
        p = self.doc.add_paragraph(style=style)
        run = p.add_run(text)
        run.bold = bold or None
        return p

    def heading(self, text: str, level: int):
        self.pages.count(text, 2.0)
        return self.doc.add_heading(text, level=level)

    def rec(self, r, tag: bool):
        self.para(f"Recommendation {r[0]}", bold=True)
        if tag:
            self.pages.tag("rec" + r[0])
        self.para(r[1])

    def br(self):
        self.pages.page_break()


def build(path: str) -> dict:
    b = Builder()
    _kit.docx_core(b.doc, TITLE, author="HMCPSI and HMICFRS")
    _kit.docx_header_footer(b.doc, "Charging domestic abuse cases - joint inspection", "HMCPSI / HMICFRS")
    # ---- page 1: cover --------------------------------------------------------------------
    b.para("HM Crown Prosecution Service Inspectorate")
    b.para("HM Inspectorate of Constabulary and Fire & Rescue Services")
    b.pages.count(TITLE, 2.0)
    b.doc.add_paragraph(TITLE, style="Title")
    b.para("A joint inspection")
    b.para(f"Published {PUBLISHED_TEXT}")
    b.br()
    # ---- page 2: contents -----------------------------------------------------------------
    b.heading("Contents", 1)
    for line in ["Foreword", "Executive summary", "Recommendations", "1. Introduction",
                 "2. Pre-charge consultation", "3. Charging decisions and file quality",
                 "4. Victims, the first hearing and beyond", "Annex A: Methodology",
                 "Annex B: Glossary"]:
        b.para(line)
    b.br()
    # ---- page 3: foreword ---------------------------------------------------------------------
    b.heading("Foreword", 1)
    for t in [
        "Domestic abuse accounts for around one in six of all crimes recorded by the police, and a "
        "much larger share of the cases in which the police ask the Crown Prosecution Service (CPS) "
        "for a charging decision. The decision whether to charge is one of the most important in "
        "any case, and for victims of domestic abuse it can determine whether they feel safe.",
        "We found that police officers and prosecutors were committed to getting these decisions "
        "right. But the system they work in does not always help them. Files were often incomplete "
        "when they were submitted, consultation between police and prosecutors was inconsistent, "
        "and victims were not always told what had been decided or why.",
        "This is a joint inspection, and most of our recommendations require the police and the CPS "
        "to act together. Others are for the national bodies whose decisions shape how cases "
        "progress after charge. We will follow up on progress in 2026.",
        "Anthony Rowe, HM Chief Inspector of the Crown Prosecution Service",
        "Catherine Ashdown, His Majesty's Inspector of Constabulary",
    ]:
        b.para(t)
    b.br()
    # ---- page 4: executive summary and recommendations 1-4 ---------------------------------
    b.heading("Executive summary", 1)
    for t in [
        "We examined 240 domestic abuse cases in which the police had sought a charging decision "
        "from the CPS, in four police forces and the CPS Areas that serve them. We also observed "
        "consultations between officers and prosecutors and spoke to victims' advocates.",
        "Just over half of the files we examined met the national standard when they were first "
        "submitted. In a quarter, the victim's views on bail conditions were missing. Prosecutors "
        "did not always record why they had decided to take no further action.",
        "We have made eight recommendations. They are set out below and repeated at the end of the "
        "chapter to which each relates.",
    ]:
        b.para(t)
    b.heading("Recommendations", 2)
    for r in RECS[:3]:
        b.rec(r, tag=True)
    b.br()
    # ---- page 5: recommendations 4-8 ----------------------------------------------------------
    for r in RECS[3:]:
        b.rec(r, tag=True)
    b.br()
    # ---- page 6: introduction -----------------------------------------------------------------
    b.heading("1. Introduction", 1)
    b.para("This inspection was carried out jointly by HM Crown Prosecution Service Inspectorate "
           "(HMCPSI) and HM Inspectorate of Constabulary and Fire & Rescue Services (HMICFRS) as "
           "part of the criminal justice joint inspection programme.")
    b.para("We inspected four police forces and the CPS Areas that serve them:")
    for f in FORCES:
        b.para(f, style="List Bullet")
    b.para("The CPS Areas were CPS South Marches, which serves Cresford and Fenmoor, and CPS Tamar "
           "and Kelder, which serves the other two forces. Fieldwork took place between February "
           "and April 2025.")
    b.para("Our terms of reference asked how well the police and the CPS work together before "
           "charge, how good their charging decisions and case files are, and how well victims "
           "are supported and kept informed.")
    b.br()
    # ---- page 7: chapter 2 -------------------------------------------------------------------
    b.heading("2. Pre-charge consultation", 1)
    for t in [
        "Arrangements for officers to consult prosecutors before charge differed in each area. In "
        "two forces, officers could speak to a prosecutor in person at set times; in the others, "
        "almost all consultation was by a written file submitted through the national digital "
        "system.",
        "Where officers and prosecutors spoke directly, decisions were quicker and files were more "
        "complete. Where they did not, files were often returned for more work, sometimes more "
        "than once. Victims' views on bail conditions were missing from 61 of the 240 files.",
    ]:
        b.para(t)
    b.rec(RECS[0], tag=False)
    b.rec(RECS[1], tag=False)
    b.br()
    # ---- page 8: chapter 3 -------------------------------------------------------------------
    b.heading("3. Charging decisions and file quality", 1)
    for t in [
        "Most of the charging decisions we examined were correct in law and in line with the Code "
        "for Crown Prosecutors. But the reasons for decisions to take no further action were not "
        "always recorded, and officers were often unable to explain them to victims.",
        "The police and the CPS each have their own standards for the content of a file. They do "
        "not match, and officers told us that they did not know which one to follow.",
    ]:
        b.para(t)
    b.rec(RECS[2], tag=False)
    b.rec(RECS[3], tag=False)
    b.br()
    # ---- page 9: chapter 4 -------------------------------------------------------------------
    b.heading("4. Victims, the first hearing and beyond", 1)
    b.para("Officers seldom considered evidence-led prosecution, and delays between charge and trial "
           "led some victims to withdraw. Probation officers and advisers often lacked the police "
           "information they needed.")
    for r in RECS[4:]:
        b.rec(r, tag=False)
    b.br()
    # ---- page 10: annexes ------------------------------------------------------------------------
    b.heading("Annex A: Methodology", 1)
    b.para("We reviewed 60 files in each force area, chosen at random from cases in which a charging "
           "decision had been made between April and December 2024. We interviewed 87 police "
           "officers and staff, 34 prosecutors and 19 independent domestic violence advisers.")
    b.heading("Annex B: Glossary", 1)
    b.para("Evidence-led prosecution: a prosecution that can proceed without the victim giving "
           "evidence, relying instead on other evidence such as body-worn video footage.")
    b.para("Independent domestic violence adviser: a trained specialist who supports victims of "
           "domestic abuse who are at high risk of harm.")
    _kit.docx_save(b.doc, path)
    return b.pages.where


def main():
    where = build(os.path.join(HERE, "report.docx"))
    data = {
        "file": "report.docx",
        "title": TITLE,
        "published": PUBLISHED,
        "inspectorates": ["HMCPSI", "HMICFRS"],
        "type": "joint",
        "forces_visited": FORCES,
        "fenmoor_inspected": True,
        "totals": {"recommendations": 8, "areas_for_improvement": None, "causes_of_concern": None},
        "recommendations": [rec(r[0], r[1], r[2], r[3], None, where["rec" + r[0]]) for r in RECS],
        "causes_of_concern": [],
        "areas_for_improvement": [],
        "graded_judgments": [],
    }
    _kit.write_expected(
        HERE,
        data,
        "Fixture 55: joint HMCPSI/HMICFRS inspection. Recommendations are listed first in the\n"
        "executive summary (pages 4-5) and repeated in the chapters; where = the summary page.",
    )


if __name__ == "__main__":
    main()
