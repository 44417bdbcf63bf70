"""Round 6 fixture 44: a national thematic in Word (DOCX), Fenmoor not inspected.

Labels are Word "Heading 3" paragraphs ("Recommendation 3", "Area for improvement 1") with the text
in the following Normal paragraph(s). Recommendation 3 is a lead-in ending in "that:" followed by three
sub-point paragraphs (a), (b), (c): one recommendation. Two areas for improvement addressed to forces.
Annex A repeats everything. Addressees include the Home Office, the NCA, chief constables with the CPS,
the College of Policing and the NPCC lead with the NCA.
Run with /tmp/intake-venv/bin/python (needs python-docx).
"""

from __future__ import annotations

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
for _p in (os.path.join(os.path.dirname(HERE), "..", "reports"), os.path.dirname(HERE)):
    sys.path.insert(0, os.path.abspath(_p))

import _kit  # noqa: E402
from _kit import d, rec  # noqa: E402

from docx import Document  # noqa: E402
from docx.shared import Cm, Pt  # noqa: E402

TITLE = (
    "Closing the net: an inspection of how the police and the National Crime Agency use court orders to "
    "disrupt serious and organised criminals"
)
PUBLISHED_TEXT = "25 February 2027"
PUBLISHED = d(2027, 2, 25)

FORCES = [
    "Ashgrove Police",
    "Brindle Constabulary",
    "Dunholt Police",
    "Kingsmere Constabulary",
    "Selbourne Police",
]

REC3_LEAD = "By 30 June 2027, chief constables should make sure that:"
REC3_POINTS = [
    "(a) investigators consider applying for an ancillary order at the start of every serious and "
    "organised crime investigation;",
    "(b) decisions not to apply are recorded, with the reasons for them; and",
    "(c) a senior officer reviews a sample of these decisions every three months.",
]

RECS = {
    "1": (
        "By 31 October 2027, the Home Office should publish guidance for all law enforcement agencies on the "
        "use of serious crime prevention orders, setting out when an order should be considered and how it "
        "should be monitored once it has been granted.",
        d(2027, 10, 31),
        ["Home Office"],
    ),
    "2": (
        "The National Crime Agency should, within nine months, set up a central record of all serious crime "
        "prevention orders in force in England and Wales that every police force can access.",
        "within nine months",
        ["NCA"],
    ),
    "3": (REC3_LEAD + " " + " ".join(REC3_POINTS), d(2027, 6, 30), ["chief constables"]),
    "4": (
        "Chief constables, working with the CPS, should agree a protocol for reporting breaches of orders, so "
        "that breaches are investigated and, where appropriate, prosecuted without delay.",
        None,
        ["chief constables", "CPS"],
    ),
    "5": (
        "By 31 December 2027, the College of Policing should include ancillary orders in the training it "
        "provides for serious and organised crime investigators.",
        d(2027, 12, 31),
        ["College of Policing"],
    ),
    "6": (
        "The NPCC lead for serious and organised crime and the National Crime Agency should immediately agree "
        "who is responsible for managing orders obtained in joint operations.",
        "immediately",
        ["NPCC", "NCA"],
    ),
}

AFIS = {
    "1": "Forces should make better use of financial investigators when preparing applications for orders, "
    "so that the conditions they ask for are proportionate and can be enforced.",
    "2": "Forces should improve how they share information about people subject to orders with partner "
    "agencies, including local authorities and the probation service.",
}

# (heading, paragraphs, [("rec"|"afi", id)])
CHAPTERS = [
    (
        "2. National direction",
        [
            "Serious crime prevention orders can place wide-ranging restrictions on a person's finances, "
            "travel, communications and associations. Used well, they are a powerful way of stopping "
            "criminals from carrying on their business after, or instead of, a prosecution.",
            "There is no national guidance on when an order should be sought. The forces we inspected each had "
            "their own approach, and in two of them there was no written policy at all. Nobody could tell us "
            "how many orders were currently in force across England and Wales; the information was held in "
            "separate force systems that could not be searched together.",
        ],
        [("rec", "1"), ("rec", "2")],
    ),
    (
        "3. Applying for orders",
        [
            "Investigators told us that orders were usually considered only at the end of an investigation, "
            "if at all. Of the 75 investigations we reviewed that resulted in a conviction, an order had been "
            "sought in 14. In most of the others, there was no record that anyone had considered one.",
            "Where applications were made, the conditions sought were sometimes drafted in haste and were "
            "difficult to enforce. Financial investigators, whose knowledge of the offender's affairs could "
            "have made the conditions more effective, were rarely involved.",
        ],
        [("rec", "3"), ("afi", "1")],
    ),
    (
        "4. Managing orders and dealing with breaches",
        [
            "Once an order has been granted, someone must check that it is being complied with. We found that "
            "responsibility for this was unclear in every force we visited. Breaches were often discovered by "
            "chance, and several had not been reported to the CPS for months.",
            "Local authorities and probation staff frequently held information that would have shown that an "
            "order was being breached, but the police had not asked for it or had not told them that the order "
            "existed.",
        ],
        [("rec", "4"), ("afi", "2")],
    ),
    (
        "5. Skills and joint working",
        [
            "Few investigators had received any training on ancillary orders. Most had learned what they knew "
            "from colleagues or from the CPS lawyer on a particular case.",
            "Joint operations between forces and the NCA had produced some of the most effective orders we "
            "saw. However, when the operation ended, it was often unclear which organisation would manage the "
            "order, and in three cases nobody had done so for more than a year.",
        ],
        [("rec", "5"), ("rec", "6")],
    ),
]


def build(path: str) -> dict[str, str]:
    doc = Document()
    _kit.docx_core(doc, TITLE)
    _kit.docx_header_footer(doc, "Closing the net", "HMICFRS")
    doc.styles["Normal"].font.size = Pt(11)
    pages = _kit.DocxPages(doc)

    def para(text: str, style: str | None = None, bold: bool = False, size: float | None = None, indent=None):
        p = doc.add_paragraph(style=style) if style else doc.add_paragraph()
        r = p.add_run(text)
        r.bold = bold
        if size:
            r.font.size = Pt(size)
        if indent is not None:
            p.paragraph_format.left_indent = Cm(indent)
        pages.count(text)
        return p

    def rec_text(rid: str):
        if rid == "3":
            para(REC3_LEAD)
            for pt in REC3_POINTS:
                para(pt, indent=1.0)
        else:
            para(RECS[rid][0])

    # cover
    para("His Majesty's Inspectorate of Constabulary and Fire & Rescue Services", bold=True)
    doc.add_paragraph()
    t = doc.add_paragraph(style="Title")
    t.add_run(TITLE)
    pages.count(TITLE, 2.0)
    para(PUBLISHED_TEXT, size=14)
    para("Synthetic test document. All forces, people and findings are fictional.", size=9)
    pages.page_break()

    # contents and summary
    para("Contents", "Heading 1")
    for line in [
        "1. Summary",
        "Introduction",
        "2. National direction",
        "3. Applying for orders",
        "4. Managing orders and dealing with breaches",
        "5. Skills and joint working",
        "Annex A: Recommendations and areas for improvement",
        "Annex B: About this inspection",
    ]:
        para(line)
    para("1. Summary", "Heading 1")
    for tx in [
        "Serious and organised crime causes great harm to communities. Prosecution is not always possible, "
        "and even when it is, offenders often continue to direct criminal activity from prison or on "
        "release. Court orders that restrict what they can do are one of the few tools available to stop "
        "them.",
        "We found that the police and the NCA make far less use of these orders than they could. There is no "
        "national picture of how many orders exist, investigators rarely think about them early enough, and "
        "once an order is made nobody may be checking that it is obeyed.",
        "We make six recommendations and identify two areas for improvement. Broadly, we want clearer "
        "national guidance and a single national record, a change of habit among investigators, and a clear "
        "understanding of who manages each order.",
    ]:
        para(tx)
    pages.page_break()

    # introduction / method
    para("Introduction", "Heading 1")
    for tx in [
        "This inspection formed part of our 2025–26 inspection programme. We examined how effectively the "
        "police and the National Crime Agency use serious crime prevention orders and other ancillary orders "
        "to disrupt serious and organised criminals.",
        "Between June and September 2026 we inspected five forces and the regional organised crime units that "
        "serve them. The forces were:",
    ]:
        para(tx)
    for f in FORCES:
        para(f, "List Bullet")
    for tx in [
        "We also interviewed staff at the NCA, the CPS and the Home Office, and reviewed 75 investigations "
        "that had ended in a conviction between 2023 and 2025.",
    ]:
        para(tx)
    pages.page_break()

    for heading, paras, items in CHAPTERS:
        para(heading, "Heading 1")
        for tx in paras:
            para(tx)
        for kind, iid in items:
            if kind == "rec":
                para(f"Recommendation {iid}", "Heading 3")
                rec_text(iid)
                pages.tag("rec" + iid)
            else:
                para(f"Area for improvement {iid}", "Heading 3")
                para(AFIS[iid])
        pages.page_break()

    # Annex A
    para("Annex A: Recommendations and areas for improvement", "Heading 1")
    para("Recommendations", "Heading 2")
    for rid in RECS:
        para(f"Recommendation {rid}", bold=True)
        rec_text(rid)
        if rid == "3":
            pages.page_break()
    para("Areas for improvement", "Heading 2")
    for aid, tx in AFIS.items():
        para(f"Area for improvement {aid}", bold=True)
        para(tx)
    pages.page_break()
    para("Annex B: About this inspection", "Heading 1")
    para(
        "We carried out this inspection under section 54 of the Police Act 1996. Our terms of reference and "
        "the questions we used in our case file review are available on request."
    )
    _kit.docx_save(doc, path)
    return pages.where


def main() -> None:
    where = build(os.path.join(HERE, "report.docx"))
    data = {
        "file": "report.docx",
        "title": TITLE,
        "published": PUBLISHED,
        "inspectorates": ["HMICFRS"],
        "type": "national thematic",
        "forces_visited": FORCES,
        "fenmoor_inspected": False,
        "totals": {"recommendations": 6, "areas_for_improvement": 2, "causes_of_concern": None},
        "recommendations": [rec(rid, t, dl, ad, None, where["rec" + rid]) for rid, (t, dl, ad) in RECS.items()],
        "causes_of_concern": [],
        "areas_for_improvement": [{"id": k, "text": v} for k, v in AFIS.items()],
        "graded_judgments": [],
    }
    _kit.write_expected(
        HERE,
        data,
        header="""Round 6, fixture 44. Convention decisions (see NOTES.md):
- Recommendation 3 is a lead-in ("... make sure that:") and three paragraphs (a), (b), (c): ONE
  recommendation; its text is the lead-in and the three sub-points in order, letters included.
- "The National Crime Agency" and "the NPCC lead for serious and organised crime" -> NCA, NPCC.
- Rec 2: "should, within nine months, set up ..." -> "within nine months".
- Areas for improvement addressed to "Forces" in a national thematic are listed as areas_for_improvement.
- Regional organised crime units are not forces and are not in forces_visited.""",
    )


if __name__ == "__main__":
    main()
