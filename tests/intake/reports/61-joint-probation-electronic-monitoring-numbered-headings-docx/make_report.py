"""Fixture 61: joint inspection led by HM Inspectorate of Probation with HMICFRS, Word DOCX.

Layout features (an HMI Probation-style Word template):
  * Heading 1 and Heading 2 are numbered by a Word multilevel list attached to the heading
    styles ("2", "2.2"), so the numbers are not in the paragraph text: a reader sees
    "3.2 Recommendations" but the paragraph text is "Recommendations";
  * front matter headings (Foreword, Executive summary) switch the numbering off (numId 0);
  * body paragraphs use the "Body Text" style;
  * each recommendation is a "Body Text" paragraph starting with a bold run "Recommendation N: "
    under a numbered "N.M Recommendations" / "N.M Recommendation" heading at the end of chapters
    2-5, so heading numbers (2.2, 3.2, 4.3, 5.2) differ from recommendation numbers;
  * chapter 6 repeats all seven recommendations;
  * addressees include HM Prison and Probation Service (-> other) and the Ministry of Justice.

Pages are counted by explicit page breaks (_kit.DocxPages). Builds report.docx and expected.yaml
from the same strings.
"""

from __future__ import annotations

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
for _cand in (os.path.dirname(HERE), os.path.join(os.path.dirname(os.path.dirname(HERE)), "reports")):
    if os.path.exists(os.path.join(_cand, "_kit.py")):
        sys.path.insert(0, _cand)
        break
import _kit  # noqa: E402
from _kit import d, rec, write_expected  # noqa: E402

from docx import Document  # noqa: E402
from docx.oxml import OxmlElement, parse_xml  # noqa: E402
from docx.oxml.ns import nsdecls, qn  # noqa: E402
from docx.shared import Pt  # noqa: E402

TITLE = "A joint inspection of the use of electronic monitoring by the police and the Probation Service"
PUBLISHED_TEXT = "23 April 2026"
PUBLISHED = d(2026, 4, 23)
FORCES = ["Fenmoor Police", "Northmarsh Police", "Dunmere Police", "West Tamar Police"]

# (id, text, deadline, addressees)
RECS = {
    "1": (
        "The Ministry of Justice and HM Prison and Probation Service should, by 31 December 2026, agree "
        "with the electronic monitoring supplier a national standard for the time taken to fit a tag after "
        "a person is released from custody.",
        d(2026, 12, 31),
        ["Ministry of Justice", "other"],
    ),
    "2": (
        "HM Prison and Probation Service should make sure that probation practitioners can see the "
        "location data of a person subject to a trail monitoring condition without making a separate "
        "request to the monitoring centre.",
        None,
        ["other"],
    ),
    "3": (
        "Chief constables should make sure that officers in offender management and investigation teams "
        "are trained to request and interpret electronic monitoring location data by 30 September 2027.",
        d(2027, 9, 30),
        ["chief constables"],
    ),
    "4": (
        "Chief constables and police and crime commissioners should review whether their integrated "
        "offender management schemes make effective use of electronic monitoring, and should reflect the "
        "findings in the next police and crime plan.",
        None,
        ["chief constables", "PCCs"],
    ),
    "5": (
        "The NPCC lead for integrated offender management, working with HM Prison and Probation Service, "
        "should agree a national protocol for sharing information about breaches of electronic monitoring "
        "conditions within six months of the publication of this report.",
        "within six months of the publication of this report",
        ["NPCC", "other"],
    ),
    "6": (
        "The Home Office should, by 31 March 2027, make sure that the Police National Computer shows "
        "whether a person is currently subject to electronic monitoring, and the type of monitoring.",
        d(2027, 3, 31),
        ["Home Office"],
    ),
    "7": (
        "The Ministry of Justice should make sure that victims who are protected by an exclusion zone are "
        "told when the person subject to that zone has been fitted with a tag, and when a breach of the "
        "zone has been detected.",
        None,
        ["Ministry of Justice"],
    ),
}

HEADING_NUM_ID = 90


def add_heading_numbering(doc) -> None:
    numbering = doc.part.numbering_part.element
    abstract = parse_xml(
        f"""<w:abstractNum {nsdecls('w')} w:abstractNumId="{HEADING_NUM_ID}">
  <w:multiLevelType w:val="multilevel"/>
  <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:pStyle w:val="Heading1"/>
    <w:lvlText w:val="%1"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="567" w:hanging="567"/></w:pPr></w:lvl>
  <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:pStyle w:val="Heading2"/>
    <w:lvlText w:val="%1.%2"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="680" w:hanging="680"/></w:pPr></w:lvl>
</w:abstractNum>"""
    )
    first_num = numbering.find(qn("w:num"))
    first_num.addprevious(abstract)
    num = parse_xml(
        f'<w:num {nsdecls("w")} w:numId="{HEADING_NUM_ID}"><w:abstractNumId w:val="{HEADING_NUM_ID}"/></w:num>'
    )
    numbering.append(num)
    for style_name, lvl in (("Heading 1", 0), ("Heading 2", 1)):
        ppr = doc.styles[style_name].element.get_or_add_pPr()
        numpr = OxmlElement("w:numPr")
        il = OxmlElement("w:ilvl")
        il.set(qn("w:val"), str(lvl))
        ni = OxmlElement("w:numId")
        ni.set(qn("w:val"), str(HEADING_NUM_ID))
        numpr.append(il)
        numpr.append(ni)
        # schema order: numPr comes after pStyle/keepNext/keepLines/pageBreakBefore/framePr/widowControl
        before = {qn("w:" + t) for t in ("pStyle", "keepNext", "keepLines", "pageBreakBefore", "framePr", "widowControl")}
        idx = 0
        for i, child in enumerate(list(ppr)):
            if child.tag in before:
                idx = i + 1
        ppr.insert(idx, numpr)


def no_numbering(paragraph) -> None:
    _kit.docx_set_num(paragraph, 0, 0)


def build(path: str) -> dict[str, str]:
    doc = Document()
    _kit.docx_core(doc, TITLE, author="HM Inspectorate of Probation")
    _kit.docx_header_footer(doc, "Electronic monitoring: a joint inspection", "HM Inspectorate of Probation")
    add_heading_numbering(doc)
    doc.styles["Body Text"].font.size = Pt(11)
    pages = _kit.DocxPages(doc)

    def body(text: str) -> None:
        pages.count(text)
        doc.add_paragraph(text, style="Body Text")

    def h1(text: str, numbered: bool = True) -> None:
        pages.count(text, 2)
        p = doc.add_paragraph(text, style="Heading 1")
        if not numbered:
            no_numbering(p)

    def h2(text: str) -> None:
        pages.count(text, 2)
        doc.add_paragraph(text, style="Heading 2")

    def recommendation(rid: str) -> None:
        text = RECS[rid][0]
        pages.count(text)
        pages.tag(rid)
        p = doc.add_paragraph(style="Body Text")
        p.add_run(f"Recommendation {rid}: ").bold = True
        p.add_run(text)

    # ---- page 1: cover
    pages.count(TITLE, 3)
    doc.add_paragraph(TITLE, style="Title")
    doc.add_paragraph(
        "An inspection by HM Inspectorate of Probation and His Majesty's Inspectorate of Constabulary and "
        "Fire & Rescue Services",
        style="Subtitle",
    )
    pages.count("An inspection by HM Inspectorate of Probation and HMICFRS", 2)
    body(PUBLISHED_TEXT)
    body("© Crown copyright 2026. This publication is licensed under the terms of the Open Government Licence.")
    pages.page_break()

    # ---- page 2: foreword
    h1("Foreword", numbered=False)
    body(
        "Electronic monitoring is now used for tens of thousands of people on licence, on bail and subject "
        "to court orders. Tags can tell probation practitioners and the police where a person has been, "
        "whether they have kept to a curfew and whether they have entered an area they have been told to "
        "avoid. Used well, this information protects the public and victims."
    )
    body(
        "This joint inspection found that the technology is often ahead of the people and processes that "
        "should make use of it. Information about breaches is passed between organisations slowly, and "
        "police officers are often unaware that a person they have arrested is wearing a tag."
    )
    body("Dr Ruth Penhallow, HM Chief Inspector of Probation")
    body("Edward Carrow, His Majesty's Inspector of Constabulary")
    pages.page_break()

    # ---- page 3: executive summary
    h1("Executive summary", numbered=False)
    body(
        "We examined how the police and the Probation Service use electronic monitoring to manage people "
        "who have been released from prison on licence, and how they respond when a person breaches a "
        "monitoring condition."
    )
    body(
        "We visited four police forces: " + ", ".join(FORCES[:-1]) + " and " + FORCES[-1] + ". We also "
        "visited the probation regions that serve them and the national monitoring centre."
    )
    body(
        "We make seven recommendations. They are set out at the end of chapters 2 to 5, and they are listed "
        "together in chapter 6."
    )
    pages.page_break()

    # ---- page 4: chapter 1
    h1("Introduction")
    h2("Background")
    body(
        "Electronic monitoring in England and Wales is commissioned by the Ministry of Justice and "
        "delivered by a private supplier. HM Prison and Probation Service manages the contract day to day. "
        "There are three main types of monitoring: curfew, location (trail) and alcohol monitoring."
    )
    h2("Our methodology")
    body(
        "Our fieldwork took place in October and November 2025. We inspected 96 cases, interviewed 118 "
        "police officers, probation practitioners and managers, and spoke to staff of the monitoring "
        "supplier. We also spoke to 14 victims who were protected by an exclusion zone."
    )
    pages.page_break()

    # ---- page 5: chapter 2
    h1("Commissioning and fitting")
    h2("Our findings")
    body(
        "People released from prison with a monitoring condition should have the tag fitted on the day of "
        "release. In a quarter of the cases we inspected it took longer than two days. During that time, "
        "nobody could tell whether the person was keeping to their conditions."
    )
    body(
        "Probation practitioners could not see location data directly. They had to ask the monitoring "
        "centre, which could take a week."
    )
    h2("Recommendations")
    recommendation("1")
    recommendation("2")
    pages.page_break()

    # ---- page 6: chapter 3
    h1("Police use of location data")
    h2("Our findings")
    body(
        "The police can ask for location data to help investigate crime. Few officers knew how to do "
        "this. In Northmarsh Police, a small team of trained analysts handled all requests, and officers "
        "valued the service. Elsewhere, requests were rare."
    )
    body(
        "Integrated offender management teams made good use of monitoring in two forces, where it was a "
        "standard part of the plan for every prolific offender."
    )
    h2("Recommendations")
    recommendation("3")
    recommendation("4")
    pages.page_break()

    # ---- page 7: chapter 4
    h1("Sharing information")
    h2("Breaches of monitoring conditions")
    body(
        "When a person breaches a monitoring condition, the monitoring centre tells the Probation Service, "
        "which decides whether to recall the person to prison. The police are told only when a recall is "
        "issued. We found cases in which the police did not know about a breach for several days."
    )
    h2("The Police National Computer")
    body(
        "Officers who stop or arrest a person cannot tell from the Police National Computer whether the "
        "person is tagged. Several officers told us they had found out only when they saw the tag."
    )
    h2("Recommendations")
    recommendation("5")
    recommendation("6")
    pages.page_break()

    # ---- page 8: chapter 5
    h1("Victims")
    h2("Our findings")
    body(
        "Exclusion zones can give victims real reassurance. But most of the victims we spoke to did not "
        "know when the tag had been fitted, and two had not been told that the person had entered the zone."
    )
    h2("Recommendation")
    recommendation("7")
    pages.page_break()

    # ---- page 9: chapter 6 (repeat)
    h1("Summary of recommendations")
    body("This chapter lists all the recommendations we make in this report.")
    for rid in RECS:
        text = RECS[rid][0]
        pages.count(text)
        p = doc.add_paragraph(style="Body Text")
        p.add_run(f"Recommendation {rid}: ").bold = True
        p.add_run(text)
    pages.page_break()

    # ---- page 10: glossary
    h1("Annex A: Glossary", numbered=False)
    body("Curfew monitoring: monitoring of whether a person is at a specified address at specified times.")
    body("Exclusion zone: an area that a person has been told not to enter as a condition of their licence.")
    body("Trail monitoring: continuous monitoring of a person's location using a GPS tag.")

    _kit.docx_save(doc, path)
    return pages.where


def main() -> None:
    where = build(os.path.join(HERE, "report.docx"))
    recs = [rec(rid, t, dl, ad, None, where[rid]) for rid, (t, dl, ad) in RECS.items()]
    data = {
        "file": "report.docx",
        "title": TITLE,
        "published": PUBLISHED,
        "inspectorates": ["HMI Probation", "HMICFRS"],
        "type": "joint",
        "forces_visited": FORCES,
        "fenmoor_inspected": True,
        "totals": {"recommendations": 7, "areas_for_improvement": None, "causes_of_concern": None},
        "recommendations": recs,
        "causes_of_concern": [],
        "areas_for_improvement": [],
        "graded_judgments": [],
    }
    write_expected(
        HERE,
        data,
        header="61: headings numbered only by a Word multilevel list on Heading 1/2 ('3.2 Recommendations');\n"
        "recommendation ids are the typed 'Recommendation N:' labels. HMPPS -> other.",
    )


if __name__ == "__main__":
    main()
