"""Builds report.pdf and expected.yaml for fixture 15 (synthetic; all wording invented).

National thematic, Fenmoor NOT inspected. The full text of every recommendation appears only once,
in a landscape annex table with the columns Ref | Recommendation | Owner | Timescale. The body refers
to them only by reference ("R4"). The addressee of some rows is only in the Owner column (the text is
imperative), and the deadline is in the Timescale column (one row says "See recommendation" and has
the date inside the text).

Run: /tmp/intake-venv/bin/python make_report.py
"""

from __future__ import annotations

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
for _cand in (os.path.join(HERE, ".."), os.path.join(HERE, "..", "..", "reports")):
    if os.path.exists(os.path.join(_cand, "_kit.py")):
        sys.path.insert(0, os.path.abspath(_cand))
        break
from _kit import d, esc, norm, rec, write_expected  # noqa: E402

from reportlab.lib import colors  # noqa: E402
from reportlab.lib.pagesizes import A4, landscape  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.lib.units import cm  # noqa: E402
from reportlab.platypus import (  # noqa: E402
    BaseDocTemplate,
    Frame,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

TITLE = "Stolen freedom: the policing response to modern slavery and human trafficking"
PUBLISHED = d(2017, 10, 24)
FORCES = [
    "Hollin Vale Police",
    "Marrick Constabulary",
    "Eastfold Police",
    "Corve Valley Police",
    "Tallis Bay Constabulary",
    "Ormsby Police",
]

# (ref, text, owner column, timescale column, deadline, addressees)
RECS = [
    (
        "R1",
        "Chief constables should make sure that every frontline officer and member of staff who may "
        "come into contact with victims of modern slavery has completed the College of Policing's "
        "modern slavery training package, and that completion is monitored by a named chief officer.",
        "Chief constables",
        "By 31 March 2018",
        d(2018, 3, 31),
        ["chief constables"],
    ),
    (
        "R2",
        "Chief constables should introduce a process so that each referral the force makes to the "
        "National Referral Mechanism is reviewed by a supervisor within 48 hours, with the review "
        "recorded on the force's crime system.",
        "Chief constables",
        "Within six months",
        "within six months",
        ["chief constables"],
    ),
    (
        "R3",
        "Establish a single point of contact in every force for modern slavery intelligence, and agree "
        "with the National Crime Agency a common format for passing that intelligence between forces "
        "and the agency.",
        "Chief constables, with the NCA",
        "By the end of March 2018",
        d(2018, 3, 31),
        ["chief constables", "NCA"],
    ),
    (
        "R4",
        "By 30 June 2018, the National Crime Agency should begin to publish a quarterly analysis of "
        "National Referral Mechanism data broken down by force area, so that each force can compare "
        "how many victims it identifies with the numbers identified by its neighbours.",
        "National Crime Agency",
        "See recommendation",
        d(2018, 6, 30),
        ["NCA"],
    ),
    (
        "R5",
        "The Home Office, with the College of Policing, should review the guidance for first "
        "responders so that it explains plainly how officers should balance immigration enforcement "
        "against the protection of people who may be victims.",
        "Home Office; College of Policing",
        "Within 12 months",
        "within 12 months",
        ["Home Office", "College of Policing"],
    ),
    (
        "R6",
        "Police and crime commissioners and chief constables should jointly review the support they "
        "provide and commission for adult victims of modern slavery, including access to safe "
        "accommodation after the reflection and recovery period has ended.",
        "PCCs and chief constables jointly",
        "By the end of June 2018",
        d(2018, 6, 30),
        ["PCCs", "chief constables"],
    ),
    (
        "R7",
        "Local authorities, working with chief constables, should agree a written protocol for "
        "safeguarding children who are found in circumstances that suggest they have been trafficked, "
        "including who must attend the first strategy discussion.",
        "Local authorities; chief constables",
        "\u2013",
        None,
        ["local authorities", "chief constables"],
    ),
    (
        "R8",
        "The National Police Chiefs' Council lead for modern slavery should set up a peer review "
        "programme in which each force's response to modern slavery is examined by another force, and "
        "should publish a summary of what the reviews find.",
        "NPCC",
        "By 31 December 2019",
        d(2019, 12, 31),
        ["NPCC"],
    ),
    (
        "R9",
        "Chief constables should make sure that modern slavery offences are recorded as crimes when a "
        "potential victim is first identified, in line with the Home Office Counting Rules, and should "
        "audit their compliance every six months.",
        "Chief constables",
        "Immediately",
        "immediately",
        ["chief constables"],
    ),
    (
        "R10",
        "Develop and publish a national data standard for recording modern slavery crimes and "
        "referrals, so that figures held by police forces and by the National Crime Agency can be "
        "reconciled with each other.",
        "Home Office",
        "Within 12 months",
        "within 12 months",
        ["Home Office"],
    ),
    (
        "R11",
        "The College of Policing should add the investigation of modern slavery to the curriculum for "
        "detective training, and should assess whether senior investigating officers who lead these "
        "cases need a specialist accreditation.",
        "College of Policing",
        "By 30 September 2018",
        d(2018, 9, 30),
        ["College of Policing"],
    ),
]

# ----------------------------------------------------------------------------------------------
# styles and document template (a different look from the other fixtures: centred folio, no
# running header on portrait pages, landscape annex)
# ----------------------------------------------------------------------------------------------
NAVY = colors.HexColor("#22313f")
TEAL = colors.HexColor("#0b6e69")
base = ParagraphStyle("Body", fontName="Times-Roman", fontSize=11, leading=15, spaceAfter=8)
ST = {
    "body": base,
    "title": ParagraphStyle("T", parent=base, fontName="Helvetica-Bold", fontSize=26, leading=32,
                            textColor=colors.white),
    "sub": ParagraphStyle("S", parent=base, fontName="Helvetica", fontSize=13, leading=18,
                          textColor=colors.white),
    "h1": ParagraphStyle("H1", parent=base, fontName="Helvetica-Bold", fontSize=16, leading=21,
                         textColor=TEAL, spaceBefore=4, spaceAfter=10, keepWithNext=1),
    "h2": ParagraphStyle("H2", parent=base, fontName="Helvetica-Bold", fontSize=12, leading=16,
                         spaceBefore=6, spaceAfter=5, keepWithNext=1),
    "small": ParagraphStyle("Sm", parent=base, fontSize=9, leading=12, spaceAfter=4),
    "cell": ParagraphStyle("Cell", parent=base, fontName="Helvetica", fontSize=9.5, leading=12.5,
                           spaceAfter=0),
    "cellh": ParagraphStyle("CellH", parent=base, fontName="Helvetica-Bold", fontSize=9.5,
                            leading=12.5, spaceAfter=0, textColor=colors.white),
    "toc": ParagraphStyle("Toc", parent=base, fontName="Helvetica", fontSize=11, leading=18),
    "bullet": ParagraphStyle("Bul", parent=base, leftIndent=16, bulletIndent=4),
}


class Tagged(Paragraph):
    """Records the physical page on which it is drawn (also inside table cells)."""

    def __init__(self, text, style, tag=None):
        super().__init__(text, style)
        self._tag = tag

    def draw(self):
        if self._tag:
            doc = self.canv._doctemplate
            doc.tag_pages.setdefault(self._tag, self.canv.getPageNumber())
        super().draw()


class Doc(BaseDocTemplate):
    def __init__(self, fn):
        super().__init__(
            fn, pagesize=A4, leftMargin=2.5 * cm, rightMargin=2.5 * cm, topMargin=2.2 * cm,
            bottomMargin=2.4 * cm, title=TITLE, author="HMICFRS (synthetic fixture)",
            subject="Synthetic test fixture", creator="make_report.py", invariant=1,
        )
        self.tag_pages: dict[str, int] = {}
        W, H = A4
        LW, LH = landscape(A4)
        port = Frame(self.leftMargin, self.bottomMargin, self.width, self.height, id="p")
        land = Frame(2 * cm, 2.2 * cm, LW - 4 * cm, LH - 4.2 * cm, id="l")
        self.addPageTemplates([
            PageTemplate(id="cover", frames=[Frame(0, 0, W, H, id="c", leftPadding=2.5 * cm,
                                                   topPadding=5 * cm)],
                         onPage=self._cover, pagesize=A4),
            PageTemplate(id="portrait", frames=[port], onPage=self._folio, pagesize=A4),
            PageTemplate(id="landscape", frames=[land], onPage=self._folio_land,
                         pagesize=landscape(A4)),
        ])

    def beforeDocument(self):
        self.tag_pages = {}

    def _cover(self, canv, doc):
        W, H = A4
        canv.saveState()
        canv.setFillColor(NAVY)
        canv.rect(0, H * 0.45, W, H * 0.55, stroke=0, fill=1)
        canv.setFillColor(TEAL)
        canv.rect(0, H * 0.45 - 0.4 * cm, W, 0.4 * cm, stroke=0, fill=1)
        canv.setFillColor(colors.black)
        canv.setFont("Helvetica", 12)
        canv.drawString(2.5 * cm, 4 * cm, "October 2017")
        canv.setFont("Helvetica-Bold", 12)
        canv.drawString(2.5 * cm, 3.3 * cm, "HM Inspectorate of Constabulary and Fire & Rescue Services")
        canv.restoreState()

    def _folio(self, canv, doc):
        W, _ = A4
        canv.saveState()
        canv.setFont("Helvetica", 9)
        canv.drawCentredString(W / 2, 1.3 * cm, str(canv.getPageNumber()))
        canv.restoreState()

    def _folio_land(self, canv, doc):
        LW, LH = landscape(A4)
        canv.saveState()
        canv.setFont("Helvetica", 9)
        canv.drawCentredString(LW / 2, 1.1 * cm, str(canv.getPageNumber()))
        canv.setFont("Helvetica-Oblique", 8)
        canv.drawRightString(LW - 2 * cm, LH - 1.3 * cm, "Annex A \u2013 Recommendations")
        canv.restoreState()


def p(text, style="body", tag=None):
    if style == "h1" and tag is None:
        tag = "h:" + text
    return Tagged(text, ST[style] if isinstance(style, str) else style, tag)


def bullets(items):
    return [Paragraph(esc(t), ST["bullet"], bulletText="\u2022") for t in items]


# ----------------------------------------------------------------------------------------------
# content
# ----------------------------------------------------------------------------------------------
def story(toc_pages=None):
    toc_pages = toc_pages or {}
    s = []
    # page 1: cover
    s.append(Paragraph(esc(TITLE), ST["title"]))
    s.append(Spacer(1, 10))
    s.append(Paragraph("A national thematic inspection", ST["sub"]))
    s.append(NextPageTemplate("portrait"))
    s.append(PageBreak())

    # page 2: contents + publication details
    s.append(p("Contents", "h1"))
    for line in ("Summary", "1. Introduction and approach", "2. Finding victims",
                 "3. Investigating the crimes", "4. Working with partners", "5. National arrangements",
                 "Annex A \u2013 Recommendations", "Annex B \u2013 Glossary"):
        pg = toc_pages.get("h:" + line, 0)
        s.append(Paragraph(f"{esc(line)} <font color='#777777'>. . . . .</font> {pg}", ST["toc"]))
    s.append(Spacer(1, 40))
    s.append(p("Publication details", "h2"))
    s.append(p("This report was published on 24 October 2017. It describes what we found during "
               "fieldwork carried out between February and May 2017.", "small"))
    s.append(p("\u00a9 HMICFRS 2017. This is a synthetic document created for software testing. The "
               "forces, people, figures and recommendations in it are invented.", "small"))
    s.append(PageBreak())

    # page 3: summary
    s.append(p("Summary", "h1"))
    s.append(p(
        "Modern slavery is a hidden crime. Its victims are often afraid of the people who control "
        "them and of the authorities, and many do not see themselves as victims at all. The police "
        "are frequently the first public service to meet them, at a roadside check, a raid on a "
        "cannabis farm or a call about a disturbance at a car wash."))
    s.append(p(
        "We found that awareness has improved since the Modern Slavery Act 2015 came into force, but "
        "that the response is still inconsistent. Too often, officers dealt with the offence in front "
        "of them, such as a false document or a drugs offence, and missed the exploitation behind it. "
        "Investigations were frequently closed early, and victims were lost to services within weeks."))
    s.append(p(
        "In our 2014 report on this subject we recommended that \u201cevery force should appoint a "
        "chief officer to lead its response to modern slavery\u201d. All six forces we visited have now "
        "done so, and we do not repeat that recommendation here."))
    s.append(p(
        "We make 11 recommendations. They are set out in full, with the organisation responsible for "
        "each and the timescale we expect, in Annex A. Throughout this report we refer to them by "
        "their reference numbers, R1 to R11."))
    s.append(p(
        "Forces should not wait for national bodies to act before improving their own practice. But "
        "several of the problems we describe can only be solved nationally, and we have addressed our "
        "recommendations accordingly."))
    s.append(PageBreak())

    # pages 4-7: chapters
    s.append(p("1. Introduction and approach", "h1"))
    s.append(p(
        "We inspected six forces: " + ", ".join(FORCES[:-1]) + " and " + FORCES[-1] + ". In each force "
        "we examined case files, interviewed officers and staff, and held focus groups with "
        "frontline officers. We also spoke to the National Crime Agency's modern slavery unit, two "
        "regional organised crime units and a number of charities that support victims."))
    s.append(p(
        "We reviewed 180 case files in total. Our findings are based on that sample and on the "
        "interviews; they are not a statistical measure of performance across England and Wales."))
    s.append(p("2. Finding victims", "h1"))
    s.append(p(
        "Most officers we spoke to knew that they should look for signs of control, such as a person "
        "who does not hold their own passport or who is collected from work by someone else. Fewer "
        "were confident about what to do next. In Marrick Constabulary, response officers told us "
        "they had been shown a short video but had never been tested on it."))
    s.append(p(
        "Training completion was not monitored in four of the six forces. We have made a "
        "recommendation about this (R1)."))
    s.append(p(
        "Referrals to the National Referral Mechanism were of variable quality. In 41 of the 180 "
        "files, the referral form had been completed by an officer who had not met the victim. None "
        "of the forces checked referrals before they were sent (see R2)."))
    s.append(p("3. Investigating the crimes", "h1"))
    s.append(p(
        "Investigations were frequently limited to the immediate offence. In Eastfold Police, a "
        "woman found working in a nail bar for no pay was arrested for an immigration offence; the "
        "people who had brought her to the country were not identified. Crimes were often not "
        "recorded until weeks after the victim was first identified, and in some cases not at all. "
        "Recording practice is the subject of R9."))
    s.append(p(
        "Intelligence was not routinely shared between forces, even where a group was known to move "
        "victims across force boundaries. Each force used its own format, and the National Crime "
        "Agency told us it received information that it could not easily match. R3 and R10 deal with "
        "this."))
    s.append(p(
        "Detectives told us that modern slavery cases were among the most complex they handled, yet "
        "few had received specific training. We address this in R11."))
    s.append(p("4. Working with partners", "h1"))
    s.append(p(
        "Where children were found in circumstances suggesting trafficking, the response depended "
        "heavily on the individual social worker and officer involved. Some strategy discussions took "
        "place within hours; others took several days, and in two cases the police were not invited. "
        "Councils and forces need a shared understanding of who does what (R7)."))
    s.append(p(
        "Adult victims were offered support through the national victim care contract, but once "
        "their entitlement ended many lost contact with the police. Several charities told us that "
        "victims should be able to stay in safe accommodation for longer, so that they can support a "
        "prosecution. We agree that the present arrangements do not serve investigations well (R6)."))
    s.append(p("5. National arrangements", "h1"))
    s.append(p(
        "Published data on referrals are not broken down in a way that allows forces to compare their "
        "performance. We have asked the National Crime Agency to change this (R4)."))
    s.append(p(
        "Officers described guidance on immigration offences and victim protection as confusing, and "
        "some feared criticism whichever course they took (R5). No national body currently examines "
        "how well individual forces respond to modern slavery, and we believe peer review would help "
        "forces learn from each other (R8)."))
    s.append(NextPageTemplate("landscape"))
    s.append(PageBreak())

    # Annex A (landscape): the only place with the full text of the recommendations
    s.append(p("Annex A \u2013 Recommendations", "h1"))
    s.append(p(
        "The table below sets out each of our recommendations. The Owner column shows the "
        "organisation or organisations we expect to act. The Timescale column shows when we expect "
        "the recommendation to have been implemented; where no timescale is given, we expect "
        "progress to be reported at our next inspection of this subject."))
    s.append(p(
        "We will monitor progress through our usual arrangements for tracking recommendations, and "
        "we will ask each owner for an update six months after publication. Chief constables should "
        "read this annex alongside the findings in chapters 2 to 5, which explain the reasons for "
        "each recommendation."))
    s.append(p(
        "Where a recommendation is addressed to more than one organisation, we expect them to agree "
        "between themselves who will lead, and to tell us. Where a recommendation names a national "
        "body, it is for that body to decide how best to involve forces."))
    s.append(Spacer(1, 6))
    head = [Paragraph(h, ST["cellh"]) for h in ("Ref", "Recommendation", "Owner", "Timescale")]
    rows = [head]
    for ref, text, owner, when, _dl, _ad in RECS:
        rows.append([
            Paragraph(f"<b>{ref}</b>", ST["cell"]),
            p(esc(text), "cell", tag=ref),
            Paragraph(esc(owner), ST["cell"]),
            Paragraph(esc(when), ST["cell"]),
        ])
    t = Table(rows, colWidths=[1.4 * cm, 15.5 * cm, 5.2 * cm, 3.6 * cm], repeatRows=1)
    t.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, 0), TEAL),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.HexColor("#9aa5ad")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 6),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#eef4f3")]),
    ]))
    s.append(t)
    s.append(NextPageTemplate("portrait"))
    s.append(PageBreak())

    # Annex B (portrait)
    s.append(p("Annex B \u2013 Glossary", "h1"))
    for term, meaning in (
        ("National Referral Mechanism", "the framework for identifying potential victims of modern "
         "slavery and making sure they receive support"),
        ("First responder", "an organisation authorised to refer a potential victim to the National "
         "Referral Mechanism; police forces are first responders"),
        ("Reflection and recovery period", "the period during which a potential victim is entitled "
         "to support while a decision is made about their case"),
        ("Regional organised crime unit", "a unit that provides specialist capabilities to the "
         "forces in its region"),
    ):
        s.append(p(f"<b>{esc(term)}</b>: {esc(meaning)}."))
    return s


def build(path):
    """Two passes: the first finds the page of each chapter heading for the contents list."""
    doc = Doc(path)
    doc.build(story())
    pages = dict(doc.tag_pages)
    doc = Doc(path)
    doc.build(story(pages))
    assert all(doc.tag_pages[k] == v for k, v in pages.items() if k.startswith("h:"))
    return doc


def main():
    pdf = os.path.join(HERE, "report.pdf")
    doc = build(pdf)
    recs = [
        rec(ref, text, dl, ad, None, f"page {doc.tag_pages[ref]}")
        for ref, text, _o, _w, dl, ad in RECS
    ]
    write_expected(HERE, {
        "file": "report.pdf",
        "title": TITLE,
        "published": PUBLISHED,
        "inspectorates": ["HMICFRS"],
        "type": "national thematic",
        "forces_visited": FORCES,
        "fenmoor_inspected": False,
        "totals": {"recommendations": 11, "areas_for_improvement": None, "causes_of_concern": None},
        "recommendations": recs,
        "causes_of_concern": [],
        "areas_for_improvement": [],
        "graded_judgments": [],
    }, header="Fixture 15: recommendations only in a landscape annex table (Ref | Recommendation | "
               "Owner | Timescale).\nDeadlines and addressees come from the Timescale and Owner "
               "columns; R4's date is inside its text.")
    self_check(pdf, recs)


def self_check(pdf, recs):
    from pypdf import PdfReader

    pages = [norm(pg.extract_text() or "") for pg in PdfReader(pdf).pages]
    allt = " ".join(pages)
    assert norm(TITLE) in pages[0], "title not on page 1"
    assert "24 October 2017" in allt
    for f in FORCES:
        assert f in allt, f
    for r in recs:
        t = norm(r["text"])
        assert allt.count(t) == 1, (r["id"], allt.count(t))
        first = next(i + 1 for i, pg in enumerate(pages) if t in pg)
        assert r["where"] == f"page {first}", (r["id"], r["where"], first)
    print("ok:", len(recs), "recommendations;", len(pages), "pages;",
          sorted({r["where"] for r in recs}))


if __name__ == "__main__":
    main()
