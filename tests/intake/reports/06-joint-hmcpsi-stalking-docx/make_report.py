"""Fixture 06: joint inspection by HMICFRS and HMCPSI (fictional title), as a Word DOCX.
Heading styles (Title, Heading 1/2); recommendations are Word automatic numbering (List Number)
so their numbers are NOT in the paragraph text; the recommendations list runs over a page break;
the areas-for-improvement list is a second List Number list that restarts at 1.

Run: /work/main/.venv/bin/python make_report.py   (needs python-docx)
"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import docx  # noqa: E402
from docx.shared import Pt  # noqa: E402

import _kit  # noqa: E402
from _kit import d, rec  # noqa: E402

TITLE = (
    "Still living in fear: A joint inspection of the police and Crown Prosecution Service "
    "response to stalking"
)
PUBLISHED = d(2026, 4, 22)
FORCES = [
    "Fenmoor Police",
    "Kelder Constabulary",
    "Northmarsh Police",
    "West Tamar Police",
    "Ashby Vale Police",
    "Cresford Police",
]
RECS = [
    rec(
        "1",
        "By 31 October 2026, chief constables should make sure that every report of harassment "
        "is reviewed to decide whether the behaviour amounts to stalking, and that the decision "
        "and the reasons for it are recorded.",
        d(2026, 10, 31),
        ["chief constables"],
    ),
    rec(
        "2",
        "By 31 October 2026, chief constables and the Chief Crown Prosecutor for each CPS Area "
        "should agree a local protocol for applying for stalking protection orders, including "
        "who prepares the application and how the victim's views are sought.",
        d(2026, 10, 31),
        ["chief constables", "CPS"],
    ),
    rec(
        "3",
        "The CPS should, within six months, update its legal guidance so that prosecutors "
        "consider the whole course of conduct when reviewing a stalking charge, not only the "
        "most recent incident.",
        "within six months",
        ["CPS"],
    ),
    rec(
        "4",
        "The College of Policing should revise its stalking and harassment training so that it "
        "covers the use of stalking screening tools and the recording of repeat incidents.",
        None,
        ["College of Policing"],
    ),
    rec(
        "5",
        "Police and crime commissioners should make sure that independent stalking advocacy "
        "services are available to victims in their area and that the routes for referral from "
        "the police are clear.",
        None,
        ["PCCs"],
    ),
    rec(
        "6",
        "The Home Office, working with the Ministry of Justice, should assess whether the "
        "statutory guidance on stalking protection orders needs to be revised in the light of "
        "this report.",
        None,
        ["Home Office", "Ministry of Justice"],
    ),
    rec(
        "7",
        "Chief constables and the CPS should immediately make sure that victims are told when a "
        "suspect is released, charged or bailed, and about any bail conditions that are meant "
        "to protect them.",
        "immediately",
        ["chief constables", "CPS"],
    ),
]
AFI = [
    "Police forces should improve the quality of the information they send to the CPS when they "
    "seek a charging decision in a stalking case.",
    "The CPS should make sure that victim personal statements in stalking cases are requested "
    "before the first hearing.",
    "Police forces and the CPS should review how they each record stalking cases, so that the data "
    "they hold can be compared.",
]


def main():
    doc = docx.Document()
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(11)
    _kit.docx_core(doc, TITLE, author="HMICFRS and HMCPSI")
    _kit.docx_header_footer(
        doc, "Still living in fear: joint inspection of the response to stalking", "HMICFRS and HMCPSI"
    )
    pg = _kit.DocxPages(doc)

    def H(text, level=1):
        pg.count(text, 2)
        doc.add_heading(text, level)

    def para(text, bold=False):
        pg.count(text)
        p = doc.add_paragraph()
        p.add_run(text).bold = bold
        return p

    # page 1: cover
    pg.count(TITLE, 3)
    doc.add_heading(TITLE, 0)
    para(
        "A joint inspection by His Majesty's Inspectorate of Constabulary and Fire & Rescue "
        "Services and His Majesty's Crown Prosecution Service Inspectorate"
    )
    para("Published 22 April 2026", bold=True)
    para("Synthetic test document. The forces, CPS Areas, people and figures in it are fictional.")
    pg.page_break()
    # page 2: contents + foreword
    H("Contents")
    for line in [
        "Foreword",
        "Summary",
        "About this inspection",
        "1. Recognising stalking",
        "2. Protecting victims",
        "3. Charging and prosecution",
        "Recommendations",
        "Areas for improvement",
        "Annex: Methodology",
    ]:
        para(line)
    H("Foreword")
    para(
        "Stalking is a crime of fixation and obsession. It can continue for years, and it can end "
        "in serious violence. Victims told us that the fear it causes shapes every part of their "
        "lives: where they go, who they see, and whether they feel safe in their own homes."
    )
    para(
        "Nearly ten years after the police and the CPS were last inspected on this subject, we "
        "wanted to know what had changed. We found that both organisations now take stalking more "
        "seriously, and that the law gives them more tools to protect victims. But too many cases "
        "are still recorded as harassment, stalking protection orders are used rarely and "
        "inconsistently, and victims are too often left without the information they need."
    )
    pg.page_break()
    # page 3: summary and about
    H("Summary")
    para(
        "We found some good practice in all the forces and CPS Areas we inspected. Specialist "
        "stalking units, where they existed, gave victims a better service. But in most forces, "
        "stalking was dealt with by officers who had little training in it, and the risk to the "
        "victim was not always understood."
    )
    para(
        "Our recommendations are set out in full at the end of this report, followed by three "
        "areas for improvement."
    )
    H("About this inspection")
    para(
        "We inspected six police forces and the CPS Areas that serve them. The forces were "
        + ", ".join(FORCES[:-1])
        + " and "
        + FORCES[-1]
        + ". The CPS Areas were CPS Marches and "
        "Fens, CPS South West Coast and CPS North Vale."
    )
    para(
        "We examined 180 police case files and 90 CPS case files, interviewed police officers, "
        "prosecutors and independent stalking advocates, and held focus groups with victims."
    )
    pg.page_break()
    # page 4
    H("1. Recognising stalking")
    para(
        "Officers were generally good at recognising stalking when the behaviour fitted a familiar "
        "pattern, such as an ex-partner following a victim. They were much less confident when the "
        "behaviour was online, or when the suspect was a neighbour or colleague."
    )
    para(
        "In 43 of the 180 police files we reviewed, behaviour that in our view amounted to stalking "
        "had been recorded as harassment. This matters, because it affects the risk assessment, "
        "the investigation, and the support the victim is offered."
    )
    H("Screening and risk", 2)
    para(
        "Most forces had adopted a stalking screening tool, but officers did not use it "
        "consistently. Supervisors rarely checked whether it had been completed."
    )
    pg.page_break()
    # page 5
    H("2. Protecting victims")
    para(
        "Stalking protection orders can be applied for by the police before a suspect has been "
        "charged. We found that the number of orders applied for varied greatly between forces, and "
        "that officers were often unsure who should prepare the application."
    )
    para(
        "Independent stalking advocates provided excellent support to victims in the areas where "
        "they were available, but in two of the six areas there was no such service."
    )
    para(
        "Victims were not always told when a suspect was released, or about the conditions of the "
        "suspect's bail. Several victims told us that they found out by seeing the suspect in the "
        "street."
    )
    pg.page_break()
    # page 6
    H("3. Charging and prosecution")
    para(
        "Prosecutors made sound charging decisions in most of the cases we examined. But in some "
        "cases they reviewed only the most recent incident, rather than the whole course of "
        "conduct, and so chose a less serious charge than the evidence supported."
    )
    para(
        "Files sent by the police to the CPS were often missing key information, including the "
        "history of the behaviour and the victim's views about bail. Victim personal statements "
        "were frequently obtained too late to inform the first hearing."
    )
    para(
        "The police and the CPS count stalking cases in different ways, which made it difficult "
        "for us, and for them, to follow cases from report to outcome."
    )
    pg.page_break()
    # page 7-8: recommendations (Word automatic numbering) over a page break
    H("Recommendations")
    para("We make the following recommendations.")
    for i, r in enumerate(RECS):
        if i == 4:
            pg.page_break()
        pg.count(r["text"])
        doc.add_paragraph(r["text"], style="List Number")
        pg.tag(r["id"])
    H("Areas for improvement")
    para("We also identified the following areas for improvement.")
    num = _kit.docx_new_numbering(doc, "List Number", start=1)
    for t in AFI:
        pg.count(t)
        p = doc.add_paragraph(t, style="List Number")
        _kit.docx_set_num(p, num)
    pg.page_break()
    H("Annex: Methodology")
    para(
        "Fieldwork took place between September and November 2025. In each force area we spent "
        "one week interviewing police officers and staff, and prosecutors and caseworkers from the "
        "CPS Area. We selected case files at random from cases recorded between January and June "
        "2025."
    )

    out = os.path.join(HERE, "report.docx")
    _kit.docx_save(doc, out)
    recs = [dict(r, where=pg.where[r["id"]]) for r in RECS]
    data = {
        "file": "report.docx",
        "title": TITLE,
        "published": PUBLISHED,
        "inspectorates": ["HMICFRS", "HMCPSI"],
        "type": "joint",
        "forces_visited": FORCES,
        "fenmoor_inspected": True,
        "totals": {"recommendations": None, "areas_for_improvement": None, "causes_of_concern": None},
        "recommendations": recs,
        "causes_of_concern": [],
        "areas_for_improvement": [{"id": str(i), "text": t} for i, t in enumerate(AFI, 1)],
        "graded_judgments": [],
    }
    _kit.write_expected(
        HERE,
        data,
        header=(
            "DOCX: pages are delimited by explicit page breaks (each page's content fits one A4 page).\n"
            "Recommendation and AFI numbers come from Word automatic numbering (List Number); the AFI\n"
            "list is a new numbering instance that restarts at 1. CPS Areas are not police forces."
        ),
    )
    print("wrote", out, "pages", pg.page)


if __name__ == "__main__":
    main()
