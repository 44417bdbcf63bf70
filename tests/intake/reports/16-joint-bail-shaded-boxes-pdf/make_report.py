"""Builds report.pdf and expected.yaml for fixture 16 (synthetic; all wording invented).

Joint inspection (HMICFRS with HMCPSI), Fenmoor visited. Recommendations are numbered by chapter
("Recommendation 2.1") and sit in shaded boxes whose label is on its own line, with the text on the
next line(s). Body paragraphs are also numbered 2.1, 2.2 ... in the margin, so paragraph numbers and
recommendation numbers collide. Other shaded boxes ("Case study", "Promising practice", "Response
from the College of Policing") are not recommendations. Annex B indexes the recommendations by
short subject and page only.

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
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.lib.units import cm  # noqa: E402
from reportlab.platypus import (  # noqa: E402
    BaseDocTemplate,
    Frame,
    KeepTogether,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

TITLE = ("Waiting without end: a joint inspection of the use of pre-charge bail and release under "
         "investigation in domestic abuse cases")
PUBLISHED = d(2026, 2, 12)
FORCES = ["Fenmoor Police", "Marrick Constabulary", "Eastfold Police", "Hollin Vale Police"]

# id -> (text lines [first line is the lead, further lines are sub-point paragraphs], deadline,
#        addressees, short subject for the index)
RECS = {
    "2.1": (
        ["By 30 September 2026, chief constables should make sure that, in every domestic abuse case "
         "in which a suspect is released, the choice between pre-charge bail and release under "
         "investigation is made or approved by an inspector, and that the reasons, including the "
         "victim's views, are recorded."],
        d(2026, 9, 30), ["chief constables"], "Who decides how a suspect is released"),
    "2.2": (
        ["Within 12 months, chief constables should introduce a review of every domestic abuse case "
         "in which a suspect has been released under investigation for more than 90 days, so that the "
         "case is progressed, bail is reconsidered or a decision is made to close it."],
        "within 12 months", ["chief constables"], "Reviewing long-running cases"),
    "2.3": (
        ["The Home Office should amend the statutory guidance on pre-charge bail so that it explains "
         "how the presumption against bail applies where a victim of domestic abuse remains at risk "
         "from the suspect."],
        None, ["Home Office"], "Statutory guidance on bail"),
    "3.1": (
        ["Chief constables and Chief Crown Prosecutors should jointly agree, for each force area, the "
         "maximum time within which a file submitted for a charging decision in a domestic abuse case "
         "will receive either a decision or an action plan, and should do so by the end of June 2026."],
        d(2026, 6, 30), ["chief constables", "CPS"], "Time limits for charging decisions"),
    "3.2": (
        ["The CPS should:",
         "(i) record, for every domestic abuse case, the date on which the police first asked for a "
         "charging decision;",
         "(ii) publish these figures for each CPS Area every quarter; and",
         "(iii) explain in its annual report what it is doing in Areas where the time taken is longer "
         "than its own standard."],
        None, ["CPS"], "Recording and publishing charging times"),
    "3.3": (
        ["Within three months, Fenmoor Police, working with CPS East Fens, should end its practice of "
         "releasing suspects under investigation while a file awaits a charging decision, unless an "
         "inspector has recorded why bail is not necessary and proportionate."],
        "within three months", ["force", "CPS"], "Practice in Fenmoor"),
    "4.1": (
        ["By 31 March 2027, police and crime commissioners and chief constables should jointly make "
         "sure that independent domestic violence advisers are told within 24 hours whenever a "
         "suspect in one of their cases is released, whether on bail or under investigation."],
        d(2027, 3, 31), ["PCCs", "chief constables"], "Telling domestic violence advisers"),
    "4.2": (
        ["The College of Policing should revise its training for investigators so that it covers the "
         "risks to victims when a suspect is released under investigation, and how to explain bail "
         "conditions to victims in plain language."],
        None, ["College of Policing"], "Training for investigators"),
    "4.3": (
        ["The Ministry of Justice should make sure that the Victims' Code gives victims of domestic "
         "abuse the right to be told, in writing, of any change to a suspect's bail status and of the "
         "conditions that apply."],
        None, ["Ministry of Justice"], "The Victims' Code"),
}

# ----------------------------------------------------------------------------------------------
PLUM = colors.HexColor("#4b2e5a")
BOX = colors.HexColor("#e8e4ef")
GREYBOX = colors.HexColor("#eeeeee")
base = ParagraphStyle("Body", fontName="Helvetica", fontSize=10, leading=14, spaceAfter=7)
ST = {
    "body": base,
    "num": ParagraphStyle("Num", parent=base, leftIndent=1.3 * cm, bulletIndent=0,
                          bulletFontName="Helvetica-Bold"),
    "coverT": ParagraphStyle("CT", parent=base, fontName="Helvetica-Bold", fontSize=22, leading=28,
                             textColor=PLUM, spaceAfter=16),
    "coverS": ParagraphStyle("CS", parent=base, fontSize=12, leading=17),
    "h1": ParagraphStyle("H1", parent=base, fontName="Helvetica-Bold", fontSize=17, leading=22,
                         textColor=PLUM, spaceAfter=10, keepWithNext=1),
    "h2": ParagraphStyle("H2", parent=base, fontName="Helvetica-Bold", fontSize=12, leading=16,
                         spaceBefore=6, spaceAfter=5, keepWithNext=1),
    "boxlabel": ParagraphStyle("BL", parent=base, fontName="Helvetica-Bold", fontSize=11, leading=15,
                               textColor=PLUM, spaceAfter=4),
    "boxtext": ParagraphStyle("BT", parent=base, spaceAfter=4),
    "boxsub": ParagraphStyle("BS", parent=base, leftIndent=14, spaceAfter=3),
    "cell": ParagraphStyle("C", parent=base, fontSize=9.5, leading=12, spaceAfter=0),
    "cellb": ParagraphStyle("CB", parent=base, fontName="Helvetica-Bold", fontSize=9.5, leading=12,
                            spaceAfter=0),
    "toc": ParagraphStyle("Toc", parent=base, fontSize=11, leading=19),
    "small": ParagraphStyle("Sm", parent=base, fontSize=8.5, leading=11),
}


class Tagged(Paragraph):
    def __init__(self, text, style, tag=None):
        super().__init__(text, style)
        self._tag = tag

    def draw(self):
        if self._tag:
            self.canv._doctemplate.tag_pages.setdefault(self._tag, self.canv.getPageNumber())
        super().draw()


class Doc(BaseDocTemplate):
    def __init__(self, fn):
        super().__init__(
            fn, pagesize=A4, leftMargin=2.4 * cm, rightMargin=2.4 * cm, topMargin=2.6 * cm,
            bottomMargin=2.3 * cm, title=TITLE, author="HMCPSI and HMICFRS (synthetic fixture)",
            subject="Synthetic test fixture", creator="make_report.py", invariant=1,
        )
        self.tag_pages: dict[str, int] = {}
        fr = Frame(self.leftMargin, self.bottomMargin, self.width, self.height, id="f")
        self.addPageTemplates([
            PageTemplate(id="cover", frames=[fr], onPage=self._cover),
            PageTemplate(id="main", frames=[fr], onPage=self._furniture),
        ])

    def beforeDocument(self):
        self.tag_pages = {}

    def _cover(self, canv, doc):
        W, H = A4
        canv.saveState()
        canv.setFillColor(PLUM)
        canv.rect(0, 0, 1.2 * cm, H, stroke=0, fill=1)
        canv.restoreState()

    def _furniture(self, canv, doc):
        W, H = A4
        canv.saveState()
        canv.setFont("Helvetica", 8)
        canv.setFillColor(colors.HexColor("#666666"))
        canv.drawRightString(W - self.rightMargin, H - 1.5 * cm,
                             "Waiting without end \u2013 joint inspection report")
        canv.drawString(self.leftMargin, 1.3 * cm, "HMCPSI | HMICFRS")
        canv.drawRightString(W - self.rightMargin, 1.3 * cm, f"\u2013 {canv.getPageNumber()} \u2013")
        canv.restoreState()


def P(text, style="body", tag=None):
    if style == "h1" and tag is None:
        tag = "h:" + text
    return Tagged(text, ST[style], tag)


def N(num, text):
    """A numbered body paragraph (number in the margin)."""
    return Paragraph(esc(text), ST["num"], bulletText=num)


def shaded(label, paras, tag=None, fill=BOX):
    """A shaded box: label on its own line, then the paragraphs."""
    cell = [P(esc(label), "boxlabel")]
    for i, t in enumerate(paras):
        style = "boxsub" if (i > 0 and t.startswith("(")) else "boxtext"
        cell.append(P(esc(t), style, tag=tag if i == 0 else None))
    t = Table([[cell]], colWidths=[16.2 * cm])
    t.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, -1), fill),
        ("LEFTPADDING", (0, 0), (-1, -1), 10),
        ("RIGHTPADDING", (0, 0), (-1, -1), 10),
        ("TOPPADDING", (0, 0), (-1, -1), 8),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
    ]))
    return KeepTogether([Spacer(1, 4), t, Spacer(1, 8)])


def recbox(rid):
    return shaded(f"Recommendation {rid}", RECS[rid][0], tag=rid)


def story(toc_pages=None):
    toc_pages = toc_pages or {}
    s = []
    # --- cover (page 1)
    s.append(Spacer(1, 2.5 * cm))
    s.append(P(esc(TITLE), "coverT"))
    s.append(P("A joint inspection by HM Crown Prosecution Service Inspectorate and HM Inspectorate "
               "of Constabulary and Fire &amp; Rescue Services", "coverS"))
    s.append(Spacer(1, 1.5 * cm))
    s.append(P("Publication date: 12 February 2026", "coverS"))
    s.append(P("Fieldwork: June to September 2025", "coverS"))
    s.append(Spacer(1, 6 * cm))
    s.append(P("Criminal Justice Joint Inspection. This is a synthetic document created for software "
               "testing; all names, figures and findings are invented.", "small"))
    s.append(NextPageTemplate("main"))
    s.append(PageBreak())

    # --- contents + foreword (page 2)
    s.append(P("Contents", "h1"))
    for line in ("Summary", "1. Introduction", "2. Decisions to release a suspect",
                 "3. Police and CPS working together", "4. Keeping victims safe and informed",
                 "Annex A: Methodology", "Annex B: Index of recommendations"):
        s.append(P(f"{esc(line)}<font color='#999999'> \u00b7 \u00b7 \u00b7 </font>"
                   f"{toc_pages.get('h:' + line, 0)}", "toc"))
    s.append(Spacer(1, 20))
    s.append(P("Foreword", "h2"))
    s.append(P(
        "When a person suspected of domestic abuse is released from custody, the victim needs to know "
        "what will happen next and whether any conditions protect them. Too often in this inspection "
        "we found that nobody could tell them. Some suspects had been released under investigation "
        "for more than a year, with no conditions at all."))
    s.append(P("Anthony Merriwether, HM Chief Inspector of the CPS Inspectorate, and Dr Helen Okafor, "
               "HM Inspector of Constabulary"))
    s.append(PageBreak())

    # --- summary (page 3)
    s.append(P("Summary", "h1"))
    s.append(N("S.1",
        "Since the rules on pre-charge bail changed, the use of release under investigation has grown "
        "in all the forces we visited. It is quick for officers and requires no later hearing, but it "
        "leaves the victim without the protection of bail conditions."))
    s.append(N("S.2",
        "Decisions on how to release a suspect were often made by the arresting officer, late at "
        "night, without any record of the victim's views. Files then waited weeks for a charging "
        "decision, and in many cases the suspect was never told the outcome."))
    s.append(N("S.3",
        "We make nine recommendations. They are shown in shaded boxes in the chapters where the "
        "evidence for them is set out, and they are indexed in Annex B. Most are for chief "
        "constables, the CPS, or both."))
    s.append(N("S.4",
        "Officers in every force told us they knew the victim should be consulted before a suspect is "
        "released. The records show that this happened in fewer than a third of the cases we "
        "examined."))
    s.append(PageBreak())

    # --- chapter 1 (page 4)
    s.append(P("1. Introduction", "h1"))
    s.append(N("1.1",
        "This inspection was carried out jointly by the two inspectorates. We visited four police "
        "forces and the CPS Areas that serve them: Fenmoor Police (CPS East Fens), Marrick "
        "Constabulary and Eastfold Police (CPS North Downs), and Hollin Vale Police (CPS Western "
        "Moors)."))
    s.append(N("1.2",
        "We examined 240 case files, 60 from each force, in which a suspect had been arrested for a "
        "domestic abuse offence and released without charge. We interviewed officers, custody "
        "sergeants, prosecutors and independent domestic violence advisers."))
    s.append(N("1.3",
        "In our 2019 report on the use of bail, we recommended that forces \u201cshould review their "
        "use of release under investigation in cases involving vulnerable victims\u201d. We found that "
        "only one of the four forces had carried out such a review."))
    s.append(shaded("Case study", [
        "A woman in Eastfold reported that her former partner had assaulted her. He was arrested and "
        "released under investigation the same evening. Eleven months later the file had still not "
        "been sent to the CPS, and she had moved house twice. Nobody had told her that the case was "
        "still open."], fill=GREYBOX))
    s.append(PageBreak())

    # --- chapter 2 (pages 5-6)
    s.append(P("2. Decisions to release a suspect", "h1"))
    s.append(N("2.1",
        "In 151 of the 240 cases, the suspect was released under investigation rather than on bail. "
        "In most of these, the record gave no reason for the choice. Custody sergeants told us they "
        "felt unable to challenge the decision of the investigating officer."))
    s.append(N("2.2",
        "Where an inspector reviewed the decision, the quality of the rationale was much better, and "
        "bail with conditions was used more often when the victim was at continuing risk."))
    s.append(recbox("2.1"))
    s.append(N("2.3",
        "Cases in which the suspect was released under investigation took far longer to reach a "
        "charging decision: a median of 143 days, compared with 61 days for those on bail. We found "
        "no force that regularly reviewed these long-running cases."))
    s.append(recbox("2.2"))
    s.append(N("2.4",
        "Several officers said that the statutory guidance was unclear about when bail should be "
        "considered necessary and proportionate in domestic abuse cases. We agree that it could be "
        "clearer."))
    s.append(recbox("2.3"))
    s.append(shaded("Promising practice", [
        "In Hollin Vale Police, a duty inspector reviews every domestic abuse release decision made "
        "overnight at the start of the next morning's shift. Where bail has not been used, the "
        "inspector telephones the victim to explain why."], fill=GREYBOX))
    s.append(PageBreak())

    # --- chapter 3
    s.append(P("3. Police and CPS working together", "h1"))
    s.append(N("3.1",
        "Files submitted for a charging decision were often returned with a request for further "
        "work. Prosecutors told us that many files lacked basic material; officers told us that "
        "requests were slow to arrive and hard to understand."))
    s.append(N("3.2",
        "Neither organisation could tell us how long, on average, a domestic abuse case waited for a "
        "charging decision. The CPS records the date a file is received, but not the date on which "
        "the police first asked for advice."))
    s.append(recbox("3.1"))
    s.append(recbox("3.2"))
    s.append(N("3.3",
        "In Fenmoor, we found a local practice of releasing every suspect under investigation once a "
        "file had been sent for a charging decision, whatever the risk to the victim. Both the force "
        "and CPS East Fens accepted that this practice should stop."))
    s.append(recbox("3.3"))
    s.append(PageBreak())

    # --- chapter 4
    s.append(P("4. Keeping victims safe and informed", "h1"))
    s.append(N("4.1",
        "Independent domestic violence advisers were frequently the last to learn that a suspect had "
        "been released. In some cases they found out from the victim, who had seen the suspect in "
        "the street."))
    s.append(recbox("4.1"))
    s.append(N("4.2",
        "Investigators had received little training about release under investigation. Few could "
        "explain to us how they would describe bail conditions to a victim."))
    s.append(recbox("4.2"))
    s.append(shaded("Response from the College of Policing", [
        "The College of Policing welcomes this report. We will publish revised authorised "
        "professional practice on pre-charge bail by the end of 2026, and we will work with the "
        "National Police Chiefs' Council to make sure that forces understand it."], fill=GREYBOX))
    s.append(N("4.3",
        "The Victims' Code entitles victims to be told when a suspect is released on bail, but it does "
        "not say how, and it says nothing about release under investigation."))
    s.append(recbox("4.3"))
    s.append(PageBreak())

    # --- annexes
    s.append(P("Annex A: Methodology", "h1"))
    s.append(N("A.1",
        "Fieldwork took place between June and September 2025. We selected cases at random from those "
        "in which a suspect was arrested between 1 January and 31 December 2024."))
    s.append(N("A.2",
        "Inspectors from both inspectorates examined each file against a common question set. A "
        "sample of 10 percent was examined twice to check consistency."))
    s.append(PageBreak())
    s.append(P("Annex B: Index of recommendations", "h1"))
    s.append(P("The full text of each recommendation is in the chapter shown."))
    rows = [[Paragraph(h, ST["cellb"]) for h in ("Number", "Subject", "Page")]]
    for rid, (_t, _dl, _ad, subject) in RECS.items():
        rows.append([Paragraph(rid, ST["cell"]), Paragraph(esc(subject), ST["cell"]),
                     Paragraph(str(toc_pages.get(rid, 0)), ST["cell"])])
    t = Table(rows, colWidths=[2.4 * cm, 10 * cm, 2 * cm])
    t.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.5, colors.grey),
                           ("BACKGROUND", (0, 0), (-1, 0), BOX)]))
    s.append(t)
    return s


def build(path):
    doc = Doc(path)
    doc.build(story())
    first = dict(doc.tag_pages)
    doc = Doc(path)
    doc.build(story(first))
    assert doc.tag_pages == first
    return doc


def main():
    pdf = os.path.join(HERE, "report.pdf")
    doc = build(pdf)
    recs = [rec(rid, " ".join(lines), dl, ad, None, f"page {doc.tag_pages[rid]}")
            for rid, (lines, dl, ad, _s) in RECS.items()]
    write_expected(HERE, {
        "file": "report.pdf",
        "title": TITLE,
        "published": PUBLISHED,
        "inspectorates": ["HMICFRS", "HMCPSI"],
        "type": "joint",
        "forces_visited": FORCES,
        "fenmoor_inspected": True,
        "totals": {"recommendations": 9, "areas_for_improvement": None, "causes_of_concern": None},
        "recommendations": recs,
        "causes_of_concern": [],
        "areas_for_improvement": [],
        "graded_judgments": [],
    }, header="Fixture 16: shaded recommendation boxes, label on its own line, chapter-numbered ids\n"
               "that collide with margin paragraph numbers; rec 3.2 has (i)-(iii) sub-points (one rec).")
    self_check(pdf, recs)


def self_check(pdf, recs):
    from pypdf import PdfReader

    pages = [norm(pg.extract_text() or "") for pg in PdfReader(pdf).pages]
    allt = " ".join(pages)
    assert norm(TITLE) in pages[0], "title not on page 1"
    assert "12 February 2026" in pages[0]
    for f in FORCES:
        assert f in allt, f
    for r in recs:
        t = norm(r["text"])
        assert allt.count(t) == 1, (r["id"], allt.count(t))
        first = next(i + 1 for i, pg in enumerate(pages) if t in pg)
        assert r["where"] == f"page {first}", (r["id"], r["where"], first)
        assert f"Recommendation {r['id']}" in pages[first - 1], r["id"]
    print("ok:", len(recs), "recommendations;", len(pages), "pages;",
          [(r["id"], r["where"]) for r in recs])


if __name__ == "__main__":
    main()
