"""Fixture 34: joint inspection (HMCPSI with HMICFRS) of Fenmoor Police and its CPS Area.

Layout features: body text set in a serif TrueType font with typographic ligatures (the PDF text
layer holds U+FB01 "fi", U+FB02 "fl", U+FB00 "ff", U+FB03 "ffi"), chapter-numbered recommendation
labels ("Recommendation 3.1") inside coloured panels that also hold a "What we expect" heading and
a paragraph of expectations written with "should", superscript footnote markers inside two
recommendation texts (one after a full stop), grey panels for areas for improvement, a grey
"from our 2023 report" box, a running header with the report title on every page, and an annex
that repeats everything.

Run: /tmp/intake-venv/bin/python make_report.py   (needs reportlab 5.0.1, pypdf, DejaVu fonts)
"""
from __future__ import annotations

import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
for _cand in (os.path.dirname(HERE), os.path.join(os.path.dirname(HERE), "..", "reports")):
    if os.path.exists(os.path.join(_cand, "_kit.py")):
        sys.path.insert(0, os.path.abspath(_cand))
        break
import _kit  # noqa: E402
from _kit import d, esc, norm, rec  # noqa: E402

from reportlab.lib import colors  # noqa: E402
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.lib.units import cm  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.ttfonts import TTFont  # noqa: E402
from reportlab.platypus import (  # noqa: E402
    BaseDocTemplate,
    Flowable,
    Frame,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

FONTDIR = "/usr/share/fonts/truetype/dejavu"
pdfmetrics.registerFont(TTFont("Serif", os.path.join(FONTDIR, "DejaVuSerif.ttf")))
pdfmetrics.registerFont(TTFont("Serif-Italic", os.path.join(FONTDIR, "DejaVuSerif-Italic.ttf")))
pdfmetrics.registerFont(TTFont("Sans", os.path.join(FONTDIR, "DejaVuSans.ttf")))
pdfmetrics.registerFont(TTFont("Sans-Bold", os.path.join(FONTDIR, "DejaVuSans-Bold.ttf")))

TITLE = "Building the case: a joint inspection of the quality of domestic abuse case files in Fenmoor"
COVER_LINES = ["Building the case:", "a joint inspection of the quality of domestic abuse case files in Fenmoor"]
PUBLISHED = d(2026, 6, 24)
PUBLISHED_TEXT = "24 June 2026"
CPS_AREA = "CPS Wash and Fens"

LIG = [("ffi", "\ufb03"), ("ffl", "\ufb04"), ("ff", "\ufb00"), ("fi", "\ufb01"), ("fl", "\ufb02")]


def lig(s: str) -> str:
    """Typographic ligatures, applied to body text only (never inside <tags>)."""
    parts = re.split(r"(<[^>]+>)", s)
    out = []
    for p in parts:
        if not p.startswith("<"):
            for a, b in LIG:
                p = p.replace(a, b)
        out.append(p)
    return "".join(out)


# --------------------------------------------------------------------------------------------------
# footnotes: numbered in reading order; each is printed at the foot of the page it is called on
# --------------------------------------------------------------------------------------------------
FOOTNOTES: dict[int, list[tuple[int, str]]] = {}
_fn = [0]
_page = [1]


def fn(text: str) -> str:
    _fn[0] += 1
    FOOTNOTES.setdefault(_page[0], []).append((_fn[0], text))
    return f"<super>{_fn[0]}</super>"


# --------------------------------------------------------------------------------------------------
# recommendations and areas for improvement: texts are split where a footnote marker goes
# (a tuple (before, footnote text, after)); the answer text is before + after.
# --------------------------------------------------------------------------------------------------
RECS = [
    dict(id="3.1", chapter=3,
         parts=("By 30 September 2026, Fenmoor Police should make sure that every domestic abuse case file "
                "it submits to the CPS for a charging decision includes the body-worn video footage, the "
                "999 call recording and a completed risk assessment, or explains why any of these is "
                "missing.", None, ""),
         deadline=d(2026, 9, 30), addressees=["force"]),
    dict(id="3.2", chapter=3,
         parts=("Fenmoor Police and " + CPS_AREA + " should jointly review how they apply the national "
                "file standard",
                "The national file standard sets out what the police must provide to the CPS at each "
                "stage of a case. It is agreed between the NPCC and the CPS.",
                " in domestic abuse cases and, within three months, agree a local checklist that both "
                "organisations will use to decide whether a file is ready for a charging decision."),
         deadline="within three months", addressees=["force", "CPS"]),
    dict(id="4.1", chapter=4,
         parts=("The Chief Crown Prosecutor for " + CPS_AREA + " should make sure that prosecutors record a "
                "clear case analysis on every domestic abuse file, setting out how the case will be proved "
                "if the victim no longer supports a prosecution.",
                "An evidence-led prosecution is one that can proceed without the victim giving evidence, "
                "for example by relying on body-worn video, 999 recordings and independent witnesses.",
                ""),
         deadline=None, addressees=["CPS"]),
    dict(id="5.1", chapter=5,
         parts=("The chief constable of Fenmoor Police should, by 31 December 2026, introduce supervisory "
                "checks so that no domestic abuse suspect is released under investigation without a "
                "documented review of the risk to the victim, in line with the Director's Guidance on "
                "Charging",
                "The Director's Guidance on Charging is issued by the Director of Public Prosecutions "
                "under the Police and Criminal Evidence Act 1984. The sixth edition applies.",
                " and the force's own bail policy."),
         deadline=d(2026, 12, 31), addressees=["force"]),
    dict(id="5.2", chapter=5,
         parts=("Fenmoor Police should immediately stop closing domestic abuse investigations with an "
                "outcome that records the victim as not supporting further action before a supervisor has "
                "confirmed that an evidence-led prosecution has been considered and the reasons for not "
                "pursuing one are written on the file.", None, ""),
         deadline="immediately", addressees=["force"]),
    dict(id="6.1", chapter=6,
         parts=("The police and crime commissioner for Fenmoor, as chair of the Fenmoor Local Criminal "
                "Justice Board, should by March 2027 commission an independent review of the support that "
                "domestic abuse victims receive between charge and trial, and publish its findings.",
                None, ""),
         deadline=d(2027, 3, 31), addressees=["PCCs"]),
]
for r in RECS:
    r["text"] = r["parts"][0] + r["parts"][2]

AFIS = [
    ("1", 2, "Fenmoor Police should improve the quality of the victim personal statements it takes in "
             "domestic abuse cases, so that they describe the effect of the offending on the victim and on "
             "any children in the household."),
    ("2", 4, CPS_AREA + " should make sure that it responds to police requests for early investigative "
             "advice in domestic abuse cases within the 48 hours agreed with the force."),
    ("3", 6, "Fenmoor Police and " + CPS_AREA + " should make better use of their joint performance meeting "
             "to identify and share learning from domestic abuse cases that fail at court."),
]

# --------------------------------------------------------------------------------------------------
# styles and document
# --------------------------------------------------------------------------------------------------
W, H = A4
TEAL = colors.HexColor("#0b5563")
base = ParagraphStyle("Body", fontName="Serif", fontSize=10, leading=14.2, spaceAfter=7)
S = {
    "body": base,
    "h1": ParagraphStyle("H1", parent=base, fontName="Sans-Bold", fontSize=16, leading=21, spaceAfter=9,
                         textColor=TEAL, keepWithNext=1),
    "h3": ParagraphStyle("H3", parent=base, fontName="Sans-Bold", fontSize=10.5, leading=14, spaceAfter=3,
                         textColor=TEAL),
    "label": ParagraphStyle("Label", parent=base, fontName="Sans-Bold", fontSize=10, leading=13,
                            spaceBefore=5, spaceAfter=2, textColor=colors.white),
    "paneltext": ParagraphStyle("PanelText", parent=base, textColor=colors.white, spaceAfter=4),
    "greylabel": ParagraphStyle("GreyLabel", parent=base, fontName="Sans-Bold", fontSize=10, leading=13,
                                spaceAfter=2),
    "small": ParagraphStyle("Small", parent=base, fontName="Serif", fontSize=7.8, leading=9.6, spaceAfter=2),
    "cover1": ParagraphStyle("C1", parent=base, fontName="Sans-Bold", fontSize=30, leading=36,
                             textColor=TEAL, spaceAfter=8),
    "cover2": ParagraphStyle("C2", parent=base, fontName="Sans", fontSize=17, leading=23, spaceAfter=24),
    "toc": ParagraphStyle("TOC", parent=base, fontName="Sans", fontSize=10.5, leading=17, spaceAfter=0),
    "cell": ParagraphStyle("Cell", parent=base, fontSize=9, leading=12, spaceAfter=0),
    "cellb": ParagraphStyle("CellB", parent=base, fontName="Sans-Bold", fontSize=9, leading=12, spaceAfter=0),
}


class TP(Paragraph):
    def draw(self):
        tag = getattr(self.style, "_tag", None)
        if tag:
            pages = self.canv._doctemplate.tag_pages.setdefault(tag, [])
            pg = self.canv.getPageNumber()
            if pg not in pages:
                pages.append(pg)
        Paragraph.draw(self)


def P(text, style="body", tag=None, ligatures=True):
    st = S[style] if isinstance(style, str) else style
    if tag:
        st = ParagraphStyle(f"{st.name}-{tag}", parent=st)
        st._tag = tag
    return TP(lig(text) if ligatures else text, st)


class Doc(BaseDocTemplate):
    def __init__(self, fn_):
        super().__init__(fn_, pagesize=A4, leftMargin=2.4 * cm, rightMargin=2.4 * cm, topMargin=2.5 * cm,
                         bottomMargin=2.0 * cm, title=TITLE, author="HMCPSI and HMICFRS (synthetic fixture)",
                         subject="Synthetic test fixture", creator="make_report.py", invariant=1)
        self.tag_pages: dict[str, list[int]] = {}
        fw, fh = self.width, self.height
        self.addPageTemplates([
            PageTemplate(id="cover", frames=[Frame(self.leftMargin, self.bottomMargin, fw, fh)],
                         onPage=self.cover, autoNextPageTemplate="body"),
            PageTemplate(id="body", frames=[Frame(self.leftMargin, self.bottomMargin + 2.6 * cm, fw,
                                                  fh - 2.6 * cm)],
                         onPage=self.furniture, onPageEnd=self.footnotes),
        ])

    def beforeDocument(self):
        self.tag_pages = {}

    def cover(self, canv, doc):
        canv.saveState()
        canv.setFillColor(TEAL)
        canv.rect(0, H - 5 * cm, W, 5 * cm, stroke=0, fill=1)
        canv.setFillColor(colors.white)
        canv.setFont("Sans-Bold", 13)
        canv.drawString(2.4 * cm, H - 2.4 * cm, "HMCPSI")
        canv.drawString(2.4 * cm, H - 3.2 * cm, "HMICFRS")
        canv.restoreState()

    def furniture(self, canv, doc):
        canv.saveState()
        canv.setFont("Sans", 7.5)
        canv.setFillColor(colors.HexColor("#555555"))
        canv.drawString(2.4 * cm, H - 1.35 * cm, TITLE)
        canv.setStrokeColor(TEAL)
        canv.line(2.4 * cm, H - 1.5 * cm, W - 2.4 * cm, H - 1.5 * cm)
        canv.drawCentredString(W / 2, 1.1 * cm, str(canv.getPageNumber()))
        canv.restoreState()

    def footnotes(self, canv, doc):
        notes = FOOTNOTES.get(canv.getPageNumber(), [])
        if not notes:
            return
        canv.saveState()
        y = self.bottomMargin + 2.3 * cm
        canv.setStrokeColor(colors.black)
        canv.line(self.leftMargin, y + 3, self.leftMargin + 4 * cm, y + 3)
        for n, text in notes:
            para = Paragraph(lig(f"<super>{n}</super> {esc(text)}"), S["small"])
            _, h = para.wrap(self.width, 3 * cm)
            para.drawOn(canv, self.leftMargin, y - h)
            y -= h + 1
        canv.restoreState()


def panel(items, bg=TEAL):
    t = Table([[items]], colWidths=[W - 4.8 * cm])
    t.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, -1), bg),
        ("LEFTPADDING", (0, 0), (-1, -1), 12), ("RIGHTPADDING", (0, 0), (-1, -1), 12),
        ("TOPPADDING", (0, 0), (-1, -1), 9), ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
    ]))
    return t


def rec_paras(r, style, tag):
    before, note, after = r["parts"]
    marker = fn(note) if note else ""
    return P(esc(before) + marker + esc(after), style, tag=tag)


def expect_panel(expect: str, recs: list[dict]):
    items = [P("What we expect", ParagraphStyle("WE", parent=S["label"], fontSize=11.5, spaceBefore=0)),
             P(esc(expect), "paneltext")]
    for r in recs:
        items.append(P("Recommendation " + r["id"], "label"))
        items.append(rec_paras(r, "paneltext", "rec" + r["id"]))
    return panel(items)


def afi_panel(a):
    return panel([P("Area for improvement " + a[0], "greylabel"), P(esc(a[2]), "body", tag="afi" + a[0])],
                 bg=colors.HexColor("#e4e7e9"))


def recs_in(ch):
    return [r for r in RECS if r["chapter"] == ch]


story = []


def new_page():
    story.append(PageBreak())
    _page[0] += 1


# ---- page 1: cover ----------------------------------------------------------------------------
story += [
    Spacer(1, 4.6 * cm),
    P(esc(COVER_LINES[0]), "cover1", ligatures=False),
    P(esc(COVER_LINES[1]), "cover2", ligatures=False),
    P(PUBLISHED_TEXT, ParagraphStyle("D", parent=S["cover2"], fontSize=13, leading=17), ligatures=False),
    Spacer(1, 8 * cm),
    P("HM Crown Prosecution Service Inspectorate", "toc", ligatures=False),
    P("His Majesty's Inspectorate of Constabulary and Fire &amp; Rescue Services", "toc", ligatures=False),
]
new_page()
# ---- page 2: contents -------------------------------------------------------------------------
story += [
    P("Contents", "h1"),
    *[P(t, "toc", ligatures=False) for t in [
        "Summary  3", "1. About this inspection  4", "2. Evidence at the first response  4",
        "3. File quality and submission  5", "4. Charging decisions and case analysis  6",
        "5. Risk, bail and release  7", "6. Victims between charge and trial  8",
        "Annex: Recommendations and areas for improvement  9"]],
    Spacer(1, 1 * cm),
    P("About the inspectorates", "h3"),
    P("HM Crown Prosecution Service Inspectorate (HMCPSI) inspects the Crown Prosecution Service and "
      "the Serious Fraud Office. His Majesty's Inspectorate of Constabulary and Fire &amp; Rescue Services "
      "(HMICFRS) inspects police forces and fire and rescue services in England and Wales. This inspection "
      "was led by HMCPSI" + fn("Both inspectorates work together under the criminal justice joint "
                                 "inspection programme.") + "."),
]
new_page()
# ---- page 3: summary --------------------------------------------------------------------------
story += [
    P("Summary", "h1"),
    P("Domestic abuse accounts for about one in six of all crimes recorded by Fenmoor Police" +
      fn("Force data for the 12 months to 31 December 2025.") + ". Many of these cases depend on the "
      "quality of the file that the police build in the first hours and days. If the file is weak, the "
      "CPS cannot make a sound charging decision, and a victim who has found the courage to report may "
      "see the case dropped."),
    P("We found that files were often incomplete. Body-worn video was missing from almost half of the files "
      "we examined, and many did not explain how the case could go ahead without the victim" +
      fn("We examined 120 files: 80 charged cases and 40 cases where no further action was taken.") +
      ". Prosecutors' case analysis was too often brief. Supervision in the force did not pick these "
      "problems up."),
    P("Put simply, the force needs to send better files, the CPS needs to record its reasoning, and both "
      "organisations should agree what a good file looks like. Suspects should not be released without a "
      "proper look at the risk to the victim."),
    P("We make six recommendations and identify three areas for improvement. Four of the recommendations "
      "are for Fenmoor Police, alone or with " + CPS_AREA + "; one is for the CPS; and one is for the "
      "police and crime commissioner."),
    P(CPS_AREA + " told us that it will appoint a domestic abuse lead prosecutor in each of its units "
      "from September 2026. We welcome that commitment."),
]
new_page()
# ---- page 4: chapters 1 and 2 ----------------------------------------------------------------
story += [
    P("1. About this inspection", "h1"),
    P("The inspection took place between November 2025 and February 2026. We examined case files, "
      "observed charging consultations and interviewed officers, supervisors, prosecutors and "
      "independent domestic violence advisers" + fn("Independent domestic violence advisers (IDVAs) are "
      "specialist workers who support victims at high risk of harm.") + ". The police force we inspected "
      "was Fenmoor Police; the CPS Area was " + CPS_AREA + ", which also serves two neighbouring forces "
      "that were not part of this inspection."),
    P("2. Evidence at the first response", "h1"),
    P("Response officers usually arrived quickly and took the victim's account. But they did not always "
      "gather other evidence that could support a prosecution, such as photographs of injuries or "
      "statements from neighbours" + fn("In 31 of the 120 files an independent witness was mentioned "
      "but not spoken to.") + "."),
    panel([P("What we expect", ParagraphStyle("WE2", parent=S["label"], fontSize=11.5, spaceBefore=0)),
           P("Officers should gather all the available evidence at the first opportunity. The file should "
             "show that the officer has thought about how the case could proceed if the victim later "
             "withdraws support.", "paneltext")]),
    Spacer(1, 8),
    afi_panel(AFIS[0]),
]
new_page()
# ---- page 5: chapter 3 ------------------------------------------------------------------------
story += [
    P("3. File quality and submission", "h1"),
    P("Only 54 of the 120 files met the national standard when they were first sent to the CPS" +
      fn("We assessed each file against the standard in force at the time of submission.") + ". "
      "Supervisors approved files without checking them, and files were returned by prosecutors for "
      "missing material that officers had in their possession" + fn("For example, body-worn video that "
      "had been uploaded but not shared.") + "."),
    expect_panel("A file submitted for a charging decision should meet the national file standard. "
                 "Supervisors should check the file before it is sent to the CPS and return it to the "
                 "officer if it is not ready.", recs_in(3)),
    Spacer(1, 8),
    panel([P("From our 2023 report", "greylabel"),
           P("In 2023 we recommended that forces in the region should make sure that supervisors review "
             "every domestic abuse file before submission. Fenmoor Police accepted that recommendation "
             "but had not fully put it into practice.", "body")], bg=colors.HexColor("#e4e7e9")),
]
new_page()
# ---- page 6: chapter 4 ------------------------------------------------------------------------
story += [
    P("4. Charging decisions and case analysis", "h1"),
    P("Prosecutors made the right charging decision in most of the cases we examined" +
      fn("We agreed with the charging decision in 104 of the 120 files.") + ". But their written case "
      "analysis often did no more than repeat the police summary. Few analyses said what would happen if "
      "the victim withdrew support."),
    expect_panel("Prosecutors should set out the strengths and weaknesses of the case and say how each "
                 "weakness will be addressed.", recs_in(4)),
    Spacer(1, 8),
    afi_panel(AFIS[1]),
]
new_page()
# ---- page 7: chapter 5 ------------------------------------------------------------------------
story += [
    P("5. Risk, bail and release", "h1"),
    P("Most suspects in the cases we examined were released under investigation rather than on bail " +
      "with conditions" + fn("Release under investigation means there are no conditions and no fixed "
      "date to return.") + ". In a third of these cases we found no record that anyone had considered "
      "the risk to the victim. Investigations were sometimes closed because the victim no longer "
      "supported action, without any sign that other evidence had been looked at."),
    expect_panel("Suspects should not be released without proper consideration of the risk to the victim, "
                 "and evidence-led prosecutions should be considered in every suitable case.", recs_in(5)),
]
new_page()
# ---- page 8: chapter 6 ------------------------------------------------------------------------
story += [
    P("6. Victims between charge and trial", "h1"),
    P("The average time from charge to trial in the domestic abuse cases we examined was more than "
      "nine months. Victims told us they felt forgotten during this period. Support from independent "
      "advisers was valued but was not available to every victim who needed it."),
    expect_panel("Victims should receive timely updates and support throughout the court process.",
                 recs_in(6)),
    Spacer(1, 8),
    afi_panel(AFIS[2]),
]
new_page()
# ---- page 9: annex (repeat) ---------------------------------------------------------------------
story.append(P("Annex: Recommendations and areas for improvement", "h1"))
rows = [[P("Ref", "cellb", ligatures=False), P("Recommendation", "cellb", ligatures=False)]]
for r in RECS:
    rows.append([P(r["id"], "cell"), P(esc(r["text"]), "cell")])
rows.append([P("Ref", "cellb", ligatures=False), P("Area for improvement", "cellb", ligatures=False)])
for a in AFIS:
    rows.append([P("AFI " + a[0], "cell"), P(esc(a[2]), "cell")])
t = Table(rows, colWidths=[1.8 * cm, W - 4.8 * cm - 1.8 * cm])
t.setStyle(TableStyle([
    ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#9aa7ab")),
    ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#cfe3e6")),
    ("BACKGROUND", (0, len(RECS) + 1), (-1, len(RECS) + 1), colors.HexColor("#cfe3e6")),
    ("VALIGN", (0, 0), (-1, -1), "TOP"),
]))
story.append(t)

OUT = os.path.join(HERE, "report.pdf")
doc = Doc(OUT)
doc.build(story)
WHERE = {r["id"]: f"page {doc.tag_pages['rec' + r['id']][0]}" for r in RECS}

HEADER = """Conventions decided for this fixture (the README has no rule for them):
- Ligature characters in the PDF text layer (U+FB00-FB04) are the ordinary letters in the answer
  (Unicode NFKC): "ﬁle" is "file".
- Superscript footnote markers are not part of a recommendation's text, wherever they sit (after a
  word, or after the final full stop as in 4.1). Footnote texts are not part of it either.
- ids are the chapter-numbered labels as printed ("3.1"). Areas for improvement are labelled
  "Area for improvement N" in the body and "AFI N" in the annex: id "N".
- "What we expect" paragraphs (in the same coloured panels, written with "should") are standards,
  not recommendations. The grey "From our 2023 report" box is an earlier report's recommendation.
- Rec 6.1: the police and crime commissioner acting "as chair of the Fenmoor Local Criminal Justice
  Board" -> PCCs only (the board is the capacity, not a second addressee).
- "CPS Wash and Fens" / "The Chief Crown Prosecutor for CPS Wash and Fens" -> CPS; "The chief
  constable of Fenmoor Police" -> force.
- forces_visited lists only the police force; the CPS Area is left out (README rule)."""

data = {
    "file": "report.pdf",
    "title": TITLE,
    "published": PUBLISHED,
    "inspectorates": ["HMCPSI", "HMICFRS"],
    "type": "joint",
    "forces_visited": ["Fenmoor Police"],
    "fenmoor_inspected": True,
    "totals": {"recommendations": 6, "areas_for_improvement": 3, "causes_of_concern": None},
    "recommendations": [rec(r["id"], r["text"], r["deadline"], r["addressees"], None, WHERE[r["id"]])
                        for r in RECS],
    "causes_of_concern": [],
    "areas_for_improvement": [{"id": a[0], "text": a[2]} for a in AFIS],
    "graded_judgments": [],
}
_kit.write_expected(HERE, data, HEADER)


def selfcheck():
    from pypdf import PdfReader

    pages = [p.extract_text() or "" for p in PdfReader(OUT).pages]
    nf = [norm(unicodedata.normalize("NFKC", p)) for p in pages]
    assert len(pages) == 9, len(pages)
    assert norm(TITLE) in nf[0], "title not on page 1"
    assert all(norm(TITLE) in nf[i] for i in range(1, 9)), "running header missing"
    assert PUBLISHED_TEXT in pages[0]
    assert any(c in "".join(pages[2:8]) for c in "\ufb01\ufb02\ufb00\ufb03"), "no ligatures in text layer"
    for r in RECS:
        pg = int(WHERE[r["id"]].split()[1])
        before, note, after = r["parts"]
        if note:  # the raw text layer has the marker glued to the preceding word / full stop
            n = next(k for k, t in sum(FOOTNOTES.values(), []) if t == note)
            assert norm(before + str(n) + after) in nf[pg - 1], (r["id"], n)
        assert "Recommendation " + r["id"] in nf[pg - 1]
        assert norm(r["text"]) in nf[8], ("annex", r["id"])
    for a in AFIS:
        assert norm(a[2]) in "".join(nf), a[0]
    assert "Fenmoor Police" in nf[3]
    print("ok", os.path.basename(HERE), len(pages), "pages; where:", WHERE)


selfcheck()
