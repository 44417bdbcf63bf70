"""Fixture 67: joint HMICFRS / HMCPSI inspection of the use of the Proceeds of Crime Act (DOCX).

Writes report.docx (python-docx, fixed core properties and zip timestamps) and expected.yaml
from the same strings. All content is synthetic and fictional.
"""

from __future__ import annotations

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(os.path.dirname(HERE)), "reports"))
sys.path.insert(0, os.path.dirname(HERE))

from docx import Document  # noqa: E402
from docx.enum.text import WD_ALIGN_PARAGRAPH  # noqa: E402
from docx.shared import Cm, Pt  # noqa: E402

from _kit import DocxPages, d, docx_core, docx_header_footer, docx_save, rec, write_expected  # noqa: E402

TITLE = "Making crime not pay: a joint inspection of the police and CPS use of the Proceeds of Crime Act 2002"
PUBLISHED = d(2026, 5, 21)
PUBLISHED_TEXT = "21 May 2026"
FORCES = ["Fenmoor Police", "Cresford Police", "Northmarsh Police", "Ashby Vale Police"]

RECS = [
    rec("1",
        "By 31 March 2027, chief constables should make sure that their forces consider a financial "
        "investigation at the start of every investigation into acquisitive crime, drug supply and "
        "other offences that generate criminal benefit.",
        d(2027, 3, 31), ["chief constables"]),
    rec("2",
        "Chief constables should make sure that their forces have enough accredited financial "
        "investigators to meet demand, and that the number needed is set out in their force "
        "management statement.",
        None, ["chief constables"]),
    rec("3",
        "By 30 September 2026, Chief Crown Prosecutors should make sure that prosecutors consider "
        "confiscation at the point of charge in every case where the police have identified "
        "criminal benefit, and that they record that they have done so.",
        d(2026, 9, 30), ["CPS"]),
    rec("4",
        "Within six months, chief constables and Chief Crown Prosecutors should jointly agree a "
        "local protocol for the early exchange of financial information in cases where "
        "confiscation is likely.",
        "within six months", ["chief constables", "CPS"]),
    rec("5",
        "The National Crime Agency, working with the NPCC lead for economic crime, should review "
        "the accreditation and continuing professional development of financial investigators, so "
        "that they reflect current criminal methods, including the use of cryptoassets.",
        None, ["NCA", "NPCC"]),
    rec("6",
        "The Home Office should review the Asset Recovery Incentivisation Scheme to make sure that "
        "it encourages forces and prosecutors to invest in asset recovery, and should publish its "
        "findings by 31 March 2027.",
        d(2027, 3, 31), ["Home Office"]),
    rec("7",
        "HM Courts & Tribunals Service and the Crown Prosecution Service should work together to "
        "improve how confiscation orders are recorded and enforced, so that the amount owed under "
        "unpaid orders is reduced.",
        None, ["other", "CPS"]),
]
AFIS = {
    "1": "Forces should make sure that officers use their powers to seize cash and high-value items "
    "whenever it is appropriate, and that every seizure is recorded accurately.",
    "2": "The CPS should improve the quality of the statements of information it prepares for "
    "confiscation hearings, so that hearings are not delayed.",
    "3": "Forces and CPS Areas should make sure that victims are told about the outcome of "
    "confiscation proceedings when a compensation order has been made.",
}


def main():
    doc = Document()
    docx_core(doc, TITLE, author="HMICFRS and HMCPSI")
    docx_header_footer(doc, "Making crime not pay – joint inspection", "HMICFRS and HMCPSI")
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(11)
    pg = DocxPages(doc)

    def para(text, style=None, bold=False, indent=False, size=None, align=None):
        p = doc.add_paragraph(style=style)
        r = p.add_run(text)
        r.bold = bold
        if size:
            r.font.size = Pt(size)
        if indent:
            p.paragraph_format.left_indent = Cm(1)
        if align:
            p.alignment = align
        pg.count(text)
        return p

    def heading(text, level):
        doc.add_heading(text, level=level)
        pg.count(text, 1.5)

    def rec_block(r, indent=False):
        para(f"Recommendation {r['id']}", bold=True, indent=indent)
        para(r["text"], indent=indent)
        pg.tag("R" + r["id"])

    def afi_block(n, indent=False):
        para(f"Area for improvement {n}", bold=True, indent=indent)
        para(AFIS[n], indent=indent)

    # ---- page 1: cover
    for _ in range(4):
        para("")
    para("HM Inspectorate of Constabulary and Fire & Rescue Services", size=12)
    para("HM Crown Prosecution Service Inspectorate", size=12)
    para("")
    para(TITLE, style="Title")
    para("A joint inspection by HMICFRS and HMCPSI", size=14)
    para("")
    para("Published: " + PUBLISHED_TEXT, size=12)
    pg.page_break()

    # ---- page 2: contents and foreword
    heading("Contents", 1)
    for line in ["Foreword", "Executive summary", "1. Introduction",
                 "2. Financial investigation in the police", "3. Prosecution and confiscation",
                 "4. National arrangements", "Annex A: Methodology"]:
        para(line)
    heading("Foreword", 1)
    para("Taking the proceeds of crime away from offenders is one of the most effective ways of "
         "disrupting their activities and of showing communities that crime does not pay. The "
         "Proceeds of Crime Act 2002 gives the police and prosecutors strong powers to do this.")
    para("In this joint inspection, we examined how well the police and the Crown Prosecution "
         "Service use those powers. We found committed specialists, but too few of them, and too "
         "many cases in which the chance to recover criminal assets was missed.")
    para("Andrew Kellaway, His Majesty's Inspector of Constabulary")
    para("Fiona Drummond, HM Chief Inspector of the Crown Prosecution Service")
    pg.page_break()

    # ---- page 3: executive summary
    heading("Executive summary", 1)
    heading("What we found", 2)
    para("The four forces we inspected all had financial investigation units staffed by capable "
         "and committed people. But financial investigation was usually treated as something to "
         "consider at the end of a case, rather than at the start. As a result, assets were often "
         "moved or spent before they could be restrained.")
    para("Prosecutors did not always consider confiscation when they made charging decisions, and "
         "information did not flow easily between the police and the CPS. Confiscation hearings "
         "were often delayed because the statements of information were incomplete.")
    para("Nationally, the accreditation of financial investigators has not kept pace with "
         "changes in criminal methods, and the funding scheme that returns a share of recovered "
         "assets to forces and prosecutors does not encourage investment.")
    para("We make seven recommendations and identify three areas for improvement. They are set "
         "out below and repeated in the chapters to which they relate.")
    pg.page_break()

    # ---- page 4-5: recommendations and areas for improvement (first full appearance)
    heading("Recommendations", 2)
    for r in RECS[:4]:
        rec_block(r)
    pg.page_break()
    for r in RECS[4:]:
        rec_block(r)
    heading("Areas for improvement", 2)
    for n in AFIS:
        afi_block(n)
    pg.page_break()

    # ---- page 6: introduction
    heading("1. Introduction", 1)
    heading("Background", 2)
    para("In the year to March 2025, the police and the CPS in England and Wales obtained "
         "confiscation orders worth about £190 million. But the amount outstanding under unpaid "
         "orders has continued to grow.")
    heading("Methodology", 2)
    para("We inspected four forces and the CPS Areas that serve them. The forces were "
         + ", ".join(FORCES[:-1]) + " and " + FORCES[-1] + ". The CPS Areas were CPS Eastern Fens "
         "and CPS North Shires.")
    para("We examined 160 case files, interviewed 94 police officers, staff and prosecutors, and "
         "spoke to the National Crime Agency, the NPCC lead for economic crime, the Home Office and "
         "HM Courts & Tribunals Service.")
    pg.page_break()

    # ---- page 7: chapter 2
    heading("2. Financial investigation in the police", 1)
    para("In most of the cases we examined, a financial investigator was involved only after the "
         "suspect had been charged. In 38 of the 100 police files, there had been an opportunity "
         "to restrain assets early that was not taken.")
    para("Each of the four forces told us that it did not have enough accredited financial "
         "investigators. None had assessed how many it needed.")
    rec_block(RECS[0], indent=True)
    rec_block(RECS[1], indent=True)
    para("Officers were not always confident about using their powers to seize cash and "
         "high-value items, and some seizures were not recorded correctly.")
    afi_block("1", indent=True)
    pg.page_break()

    # ---- page 8: chapter 3
    heading("3. Prosecution and confiscation", 1)
    para("Prosecutors considered confiscation at the point of charge in only 41 percent of the "
         "relevant cases we examined. In most CPS Areas, there was no agreed way for the police to "
         "share financial information with prosecutors before charge.")
    rec_block(RECS[2], indent=True)
    rec_block(RECS[3], indent=True)
    para("The statements of information prepared for confiscation hearings were often incomplete, "
         "and this led to adjournments.")
    afi_block("2", indent=True)
    pg.page_break()

    # ---- page 9: chapter 4
    heading("4. National arrangements", 1)
    para("Financial investigators are accredited through a scheme run by the National Crime "
         "Agency. Investigators told us that the training had not kept up with the use of "
         "cryptoassets.")
    rec_block(RECS[4], indent=True)
    rec_block(RECS[5], indent=True)
    rec_block(RECS[6], indent=True)
    afi_block("3", indent=True)
    pg.page_break()

    # ---- page 10: annex
    heading("Annex A: Methodology", 1)
    para("The inspection took place between October 2025 and January 2026. The file examination "
         "was carried out jointly by inspectors from both inspectorates, using a question set "
         "agreed in advance. We also held focus groups with financial investigators, economic "
         "crime managers and specialist prosecutors in each area.")

    docx_save(doc, os.path.join(HERE, "report.docx"))

    for r in RECS:
        r["where"] = pg.where["R" + r["id"]]
    data = {
        "file": "report.docx",
        "title": TITLE,
        "published": PUBLISHED,
        "inspectorates": ["HMICFRS", "HMCPSI"],
        "type": "joint",
        "forces_visited": FORCES,
        "fenmoor_inspected": True,
        "totals": {"recommendations": 7, "areas_for_improvement": 3, "causes_of_concern": None},
        "recommendations": RECS,
        "causes_of_concern": [],
        "areas_for_improvement": [{"id": k, "text": v} for k, v in AFIS.items()],
        "graded_judgments": [],
    }
    write_expected(
        HERE,
        data,
        header="Joint HMICFRS/HMCPSI report: recommendations and areas first in the executive\n"
        "summary (pages 4-5), repeated with indented bold labels in chapters 2-4.",
    )


if __name__ == "__main__":
    main()
