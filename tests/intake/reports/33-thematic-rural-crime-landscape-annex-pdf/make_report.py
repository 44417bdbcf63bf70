"""Fixture 33: national thematic (HMICFRS), Fenmoor not inspected.

Layout features: a cover whose title is split over three lines in three sizes; the full title only
in the running header of every later page; a summary that paraphrases the asks; recommendations
set out in full ONLY in a landscape annex table (No. | Recommendation | For | By when) whose
narrow cells wrap with hyphenation at line ends ("recom-" / "mendation"), whose header row is NOT
repeated on the second annex page, and whose row 6 is split across the page break.

Run: /tmp/intake-venv/bin/python make_report.py   (needs reportlab 5.0.1 and pypdf)
"""
from __future__ import annotations

import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
for _cand in (os.path.dirname(HERE), os.path.join(os.path.dirname(HERE), "..", "reports")):
    if os.path.exists(os.path.join(_cand, "_kit.py")):
        sys.path.insert(0, os.path.abspath(_cand))
        break
import _kit  # noqa: E402
from _kit import d, esc, norm, rec  # noqa: E402

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

TITLE = "Fields apart: an inspection of the police response to rural, heritage and wildlife crime"
COVER_LINES = ["Fields apart:", "an inspection of the police response to", "rural, heritage and wildlife crime"]
assert norm(" ".join(COVER_LINES)) == TITLE
PUBLISHED = d(2026, 3, 17)
PUBLISHED_TEXT = "17 March 2026"
FORCES = [
    "Ravensworth Police",
    "Coldharbour Constabulary",
    "Eastmere Police",
    "Thornvale Constabulary",
    "Greyling Police",
]

# (id, text, deadline, addressees, "For" column, "By when" column, chapter)
RECS = [
    (
        "1",
        "By 30 September 2026, chief constables should make sure that their force control rooms record "
        "rural, heritage and wildlife crime using the national crime flags, so that each force can "
        "identify and understand the demand that these crimes create.",
        d(2026, 9, 30),
        ["chief constables"],
        "Chief constables",
        "30 September 2026",
        "Chapter 2",
    ),
    (
        "2",
        "By 31 December 2026, chief constables should appoint a chief officer with responsibility for "
        "rural, heritage and wildlife crime, and make sure that this officer reviews the force's "
        "performance against these crimes at least every six months.",
        d(2026, 12, 31),
        ["chief constables"],
        "Chief constables",
        "31 December 2026",
        "Chapter 2",
    ),
    (
        "3",
        "Chief constables should make sure that neighbourhood officers who serve rural communities are "
        "trained to investigate wildlife and heritage offences, including how to gather forensic evidence "
        "at remote scenes. This training should be in place within 12 months of the publication of this "
        "report.",
        "within 12 months of the publication of this report",
        ["chief constables"],
        "Chief constables",
        "Within 12 months",
        "Chapter 3",
    ),
    (
        "4",
        "The College of Policing should, by 31 March 2027, publish authorised professional practice for "
        "the investigation of wildlife crime, drawing on the experience of the specialist wildlife crime "
        "officers already working in forces.",
        d(2027, 3, 31),
        ["College of Policing"],
        "College of Policing",
        "31 March 2027",
        "Chapter 3",
    ),
    (
        "5",
        "The National Police Chiefs' Council lead for wildlife and rural crime, working with the College "
        "of Policing, should develop a national accreditation framework for specialist wildlife crime "
        "officers by the end of March 2027.",
        d(2027, 3, 31),
        ["NPCC", "College of Policing"],
        "NPCC; College of Policing",
        "March 2027",
        "Chapter 3",
    ),
    (
        "6",
        "Police and crime commissioners, working with their chief constables, should make sure that their "
        "police and crime plans explain how the force will respond to rural, heritage and wildlife crime. "
        "When the plans are next revised, commissioners should consult rural communities, landowners, "
        "farming organisations and heritage bodies about their priorities, and should publish a summary of "
        "what they were told alongside the revised plan so that residents can see how their views have "
        "been taken into account.",
        None,
        ["PCCs", "chief constables"],
        "Police and crime commissioners; chief constables",
        "When plans are next revised",
        "Chapter 4",
    ),
    (
        "7",
        "The Home Office, working with the Department for Environment, Food and Rural Affairs, should "
        "review whether the crime recording rules allow wildlife offences to be counted accurately, and "
        "should publish the outcome of that review by 30 June 2027.",
        d(2027, 6, 30),
        ["Home Office", "other"],
        "Home Office; Defra",
        "30 June 2027",
        "Chapter 4",
    ),
    (
        "8",
        "Within six months, chief constables and local authorities should agree information-sharing "
        "arrangements so that reports of fly-tipping, hare coursing and livestock worrying that are made "
        "to councils are passed to the police whenever they suggest organised criminality.",
        "within six months",
        ["chief constables", "local authorities"],
        "Chief constables; local authorities",
        "Within six months",
        "Chapter 4",
    ),
    (
        "9",
        "The National Crime Agency should immediately begin sharing the intelligence it holds about "
        "organised groups that steal agricultural machinery or target heritage sites with the regional "
        "organised crime units and the forces affected.",
        "immediately",
        ["NCA"],
        "National Crime Agency",
        "Immediately",
        "Chapter 5",
    ),
    (
        "10",
        "Chief constables should evaluate the rural crime teams and rural watch schemes that their forces "
        "run, and share the results through the College of Policing's practice bank so that other forces "
        "can learn from them.",
        None,
        ["chief constables"],
        "Chief constables",
        "No deadline set",
        "Chapter 5",
    ),
]

LOOK_FOR = {
    "1": "Forces should be able to tell us how many of these crimes they recorded last year, where they happened and how many were solved.",
    "2": "A named chief officer, minutes of the six-monthly reviews and evidence that the reviews changed what the force does.",
    "3": "Training records for neighbourhood officers in rural areas, and crime files showing that evidence was gathered at remote scenes.",
    "4": "Published guidance that investigators and wildlife crime officers know about and use.",
    "5": "An accreditation framework that forces have adopted, with officers working towards it.",
    "6": "Police and crime plans that say what rural communities can expect, and a published summary of the consultation.",
    "7": "A published review and, if it finds problems, changes to the counting rules.",
    "8": "Signed information-sharing agreements and evidence that councils pass reports on to the police.",
    "9": "Forces should receive regular intelligence about these groups.",
    "10": "Published evaluations of the schemes.",
}


SHY = "\u00ad"
_V = set("aeiouy")


def hyphenate(text: str) -> str:
    """Insert soft hyphens at rough syllable breaks (VC|CV and V|CV, keeping three letters either
    side) in long plain words, so that reportlab breaks lines inside words and draws a visible
    hyphen at the line end, as typesetting software does."""
    digraphs = {"ch", "sh", "th", "ph", "ck", "ng", "wh", "gh", "qu"}

    def one(m: re.Match) -> str:
        w = m.group(0)
        if len(w) < 8:
            return w
        lw = w.lower()
        cuts = []
        for i in range(3, len(w) - 2):
            a, b, c = lw[i - 1], lw[i], lw[i + 1]
            if a not in _V and b not in _V and c in _V and lw[i - 2] in _V and a + b not in digraphs:
                cuts.append(i)  # VC|CV
            elif a in _V and b not in _V and c in _V and (lw[i - 2] not in _V):
                cuts.append(i)  # V|CV
        cuts = [i for i in cuts if all(abs(i - j) >= 3 for j in cuts if j < i)]
        for i in reversed(cuts):
            w = w[:i] + SHY + w[i:]
        return w

    return re.sub(r"[A-Za-z]+", one, text)


# --------------------------------------------------------------------------------------------------
# document
# --------------------------------------------------------------------------------------------------
PW, PH = A4
LW, LH = landscape(A4)
base = ParagraphStyle("Body", fontName="Helvetica", fontSize=10.5, leading=14.5, spaceAfter=7,
                      embeddedHyphenation=1, uriWasteReduce=0)
S = {
    "body": base,
    "h1": ParagraphStyle("H1", parent=base, fontName="Helvetica-Bold", fontSize=17, leading=22,
                         spaceBefore=4, spaceAfter=10, keepWithNext=1, textColor=colors.HexColor("#2b4a2f")),
    "h2": ParagraphStyle("H2", parent=base, fontName="Helvetica-Bold", fontSize=12.5, leading=16,
                         spaceBefore=8, spaceAfter=5, keepWithNext=1),
    "cover1": ParagraphStyle("C1", parent=base, fontName="Helvetica-Bold", fontSize=34, leading=40,
                             textColor=colors.HexColor("#2b4a2f"), spaceAfter=4),
    "cover2": ParagraphStyle("C2", parent=base, fontName="Helvetica", fontSize=17, leading=22, spaceAfter=2),
    "cover3": ParagraphStyle("C3", parent=base, fontName="Helvetica-Bold", fontSize=23, leading=29,
                             textColor=colors.HexColor("#6a8d3a"), spaceAfter=30),
    "small": ParagraphStyle("Small", parent=base, fontSize=9, leading=12),
    "cell": ParagraphStyle("Cell", parent=base, fontSize=9.5, leading=12.5, spaceAfter=0),
    "cellb": ParagraphStyle("CellB", parent=base, fontName="Helvetica-Bold", fontSize=9.5, leading=12.5,
                            spaceAfter=0, textColor=colors.white),
    "toc": ParagraphStyle("TOC", parent=base, fontSize=11, leading=17, spaceAfter=0),
}


def tagged_style(parent: ParagraphStyle, tag: str) -> ParagraphStyle:
    st = ParagraphStyle(f"{parent.name}-{tag}", parent=parent)
    st._tag = tag
    return st


class TP(Paragraph):
    """Records the physical page(s) on which a tagged paragraph (or a split part of it) is drawn."""

    def draw(self):
        tag = getattr(self.style, "_tag", None)
        if tag:
            pages = self.canv._doctemplate.tag_pages.setdefault(tag, [])
            pg = self.canv.getPageNumber()
            if pg not in pages:
                pages.append(pg)
        Paragraph.draw(self)


class Doc(BaseDocTemplate):
    def __init__(self, fn):
        super().__init__(fn, pagesize=A4, leftMargin=2.3 * cm, rightMargin=2.3 * cm, topMargin=2.5 * cm,
                         bottomMargin=2.3 * cm, title=TITLE, author="HMICFRS (synthetic fixture)",
                         subject="Synthetic test fixture", creator="make_report.py", invariant=1)
        self.tag_pages: dict[str, list[int]] = {}
        m = 2.3 * cm
        self.addPageTemplates([
            PageTemplate(id="cover", frames=[Frame(m, m, PW - 2 * m, PH - 2 * m - 1 * cm, id="c")],
                         onPage=self.cover_furniture, autoNextPageTemplate="portrait"),
            PageTemplate(id="portrait", frames=[Frame(m, m, PW - 2 * m, PH - 2 * m - 0.3 * cm, id="p")],
                         onPage=self.furniture),
            PageTemplate(id="landscape", pagesize=landscape(A4),
                         frames=[Frame(1.8 * cm, 1.9 * cm, LW - 3.6 * cm, LH - 1.9 * cm - 2.3 * cm, id="l")],
                         onPage=self.furniture),
        ])

    def beforeDocument(self):
        self.tag_pages = {}

    def cover_furniture(self, canv, doc):
        canv.saveState()
        canv.setFillColor(colors.HexColor("#2b4a2f"))
        canv.rect(0, 0, 1.1 * cm, PH, stroke=0, fill=1)
        canv.setFillColor(colors.HexColor("#6a8d3a"))
        canv.rect(1.1 * cm, 0, 0.3 * cm, PH, stroke=0, fill=1)
        canv.restoreState()

    def furniture(self, canv, doc):
        w, h = canv._pagesize
        canv.saveState()
        canv.setFont("Helvetica", 8)
        canv.setFillColor(colors.HexColor("#4d4d4d"))
        canv.drawString(1.8 * cm, h - 1.3 * cm, TITLE)
        canv.setStrokeColor(colors.HexColor("#6a8d3a"))
        canv.setLineWidth(1.2)
        canv.line(1.8 * cm, h - 1.5 * cm, w - 1.8 * cm, h - 1.5 * cm)
        canv.drawRightString(w - 1.8 * cm, 1.1 * cm, str(canv.getPageNumber()))
        canv.restoreState()


def P(text, style="body", tag=None):
    st = S[style] if isinstance(style, str) else style
    if tag:
        st = tagged_style(st, tag)
    return TP(text, st)


story = []
# ---- page 1: cover ---------------------------------------------------------------------------
story += [
    Spacer(1, 3.2 * cm),
    P("His Majesty's Inspectorate of Constabulary and Fire &amp; Rescue Services", "small"),
    Spacer(1, 1.4 * cm),
    P(esc(COVER_LINES[0]), "cover1"),
    P(esc(COVER_LINES[1]), "cover2"),
    P(esc(COVER_LINES[2]), "cover3"),
    P(PUBLISHED_TEXT, ParagraphStyle("Date", parent=base, fontSize=13, leading=17)),
    Spacer(1, 9 * cm),
    P("This report is about rural policing in England and Wales. It draws on fieldwork in five forces "
      "carried out between June and October 2025.", "small"),
    NextPageTemplate("portrait"),
    PageBreak(),
]
# ---- page 2: contents ---------------------------------------------------------------------------
story += [
    P("Contents", "h1"),
    P("Summary ..................................................................................... 3", "toc"),
    P("1. About this inspection .................................................................. 4", "toc"),
    P("2. Understanding the problem ............................................................ 4", "toc"),
    P("3. Investigating rural and wildlife crime .............................................. 5", "toc"),
    P("4. Plans, partners and priorities ........................................................ 5", "toc"),
    P("5. Organised crime in the countryside .............................................. 6", "toc"),
    P("Annex A: Our recommendations ....................................................... 7", "toc"),
    P("Annex B: How we carried out the inspection ..................................... 9", "toc"),
    Spacer(1, 1.2 * cm),
    P("© HMICFRS 2026. This publication is licensed under the terms of the Open Government Licence. "
      "Any enquiries about this publication should be sent to the inspectorate's publications team.",
      "small"),
    PageBreak(),
]
# ---- page 3: summary (paraphrases only) -------------------------------------------------------
story += [
    P("Summary", "h1"),
    P("People who live and work in the countryside told us that they often feel forgotten by the "
      "police. Farmers described waiting days for an officer to visit after a quad bike was stolen. "
      "Volunteers who look after listed churches said that lead thefts were recorded, closed and never "
      "mentioned again. Their frustration is understandable."),
    P("Rural, heritage and wildlife crime is not a minor matter. Machinery thefts cost the farming "
      "sector millions of pounds each year, and some of the groups responsible are also involved in "
      "drug supply and the exploitation of vulnerable people. Damage to a scheduled monument cannot be "
      "undone. Persecution of birds of prey continues in some upland areas despite decades of "
      "legislation."),
    P("We found committed officers in every force we inspected. Some forces have small rural crime "
      "teams that know their communities well. But too often these teams depend on one or two "
      "enthusiastic people, and their work is not part of the force's wider approach to crime."),
    P("In short, we think that forces need to count these crimes properly, give them senior "
      "attention and train the officers who deal with them. National bodies need to support that work "
      "with guidance, accreditation and better intelligence. Commissioners should say in their plans "
      "what their communities can expect."),
    P("We make ten recommendations. Six of them are for chief constables, acting alone or with others. "
      "The full text of each recommendation, with its timescale, is in Annex A."),
    PageBreak(),
]
# ---- page 4: chapters 1 and 2 ----------------------------------------------------------------
story += [
    P("1. About this inspection", "h1"),
    P("We carried out this inspection as part of our 2025/26 inspection programme, which the Home "
      "Secretary approved. We wanted to find out how well forces understand, prevent and investigate "
      "crime that affects rural communities, heritage sites and wildlife."),
    P("We inspected " + ", ".join(FORCES[:-1]) + " and " + FORCES[-1] + ". In each force we "
      "interviewed leaders, held focus groups with officers and staff, and spoke to farmers, gamekeepers, "
      "landowners and volunteers. We also reviewed 180 crime reports."),
    P("2. Understanding the problem", "h1"),
    P("None of the forces we inspected could tell us with confidence how many rural crimes it had "
      "recorded in the previous year. National flags for rural, heritage and wildlife crime exist, but "
      "call handlers used them inconsistently. In one force, fewer than a third of the machinery "
      "thefts we reviewed carried the rural flag."),
    P("Forces should know where and when these crimes happen. Without that knowledge, they cannot "
      "decide where to put patrols or how to work with partners. We were told that the data "
      "was 'too messy to use', and we saw little evidence that anyone had tried to improve it."),
    P("Fenmoor Police, which was not part of this inspection, publishes a monthly rural crime "
      "bulletin. We mention it only to show that this kind of analysis can be done; we did not assess "
      "its quality."),
    PageBreak(),
]
# ---- page 5: chapters 3 and 4 ----------------------------------------------------------------
story += [
    P("3. Investigating rural and wildlife crime", "h1"),
    P("Specialist wildlife crime officers have deep knowledge, but most of them do the role on top of "
      "a full-time job. In two forces the specialists had received no refresher training for more than "
      "five years. Neighbourhood officers told us that they did not know how to preserve evidence at a "
      "poisoning scene or who to ask for advice."),
    P("The College of Policing told us that it plans to review its guidance on wildlife crime during "
      "2026. We welcome this and have made a recommendation that builds on it."),
    P("4. Plans, partners and priorities", "h1"),
    P("Only one of the five police and crime plans we read said anything specific about rural crime. "
      "Local councils receive many reports about fly-tipping and livestock worrying, but these rarely "
      "reach the police. Partners told us they would welcome a simpler way of passing information on."),
    P("In our 2018 report on neighbourhood policing we said that forces should make sure rural areas "
      "were not overlooked when neighbourhood teams were restructured. Progress since then has been "
      "uneven, and we have not repeated that recommendation here."),
    PageBreak(),
]
# ---- page 6: chapter 5 -----------------------------------------------------------------------
story += [
    P("5. Organised crime in the countryside", "h1"),
    P("Organised groups steal tractors, GPS units and quad bikes to order, often moving them abroad "
      "within days. Regional organised crime units had mapped some of these groups, but the forces "
      "we visited were not always told what the units knew."),
    P("Heritage crime, such as metal theft from churches and illegal metal detecting on protected "
      "sites, is sometimes linked to the same groups. Heritage bodies have useful information that is "
      "not routinely shared with the police."),
    P("We saw some promising work. Thornvale Constabulary's rural watch scheme has more than 900 "
      "members and sends alerts by text message within minutes of a theft. Greyling Police runs a "
      "joint patrol scheme with volunteer countryside wardens. Neither scheme has been evaluated."),
    NextPageTemplate("landscape"),
    PageBreak(),
]
# ---- pages 7-8: landscape annex table ------------------------------------------------------------
story += [
    P("Annex A: Our recommendations", "h1"),
    P("This annex sets out the full text of each recommendation we make in this report, who it is for "
      "and when we expect it to be carried out. The last column says what we will look for when we "
      "check progress, and which chapter discusses the evidence. We will monitor progress against these recommendations through our "
      "routine inspection activity and will report on it in our annual assessment of policing."),
    Spacer(1, 0.5 * cm),
]
header = [P("No.", "cellb"), P("Recommendation", "cellb"), P("For", "cellb"), P("By when", "cellb"),
          P("What we will look for", "cellb")]
rows = [header]
for rid, text, _dl, _ad, for_col, when, chap in RECS:
    rows.append([
        P(rid, "cell"),
        P(esc(hyphenate(text)), "cell", tag=f"rec{rid}"),
        P(esc(hyphenate(for_col)), "cell"),
        P(esc(when), "cell"),
        P(esc(hyphenate(LOOK_FOR[rid])) + " (" + chap + ")", "cell"),
    ])
table = Table(rows, colWidths=[1.1 * cm, 8.4 * cm, 3.7 * cm, 3.0 * cm, 7.6 * cm], repeatRows=0,
              splitInRow=1)
table.setStyle(TableStyle([
    ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#7f8f6a")),
    ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#2b4a2f")),
    ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#f1f5ea")]),
    ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ("LEFTPADDING", (0, 0), (-1, -1), 5),
    ("RIGHTPADDING", (0, 0), (-1, -1), 5),
    ("TOPPADDING", (0, 0), (-1, -1), 4),
    ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
]))
story += [table, NextPageTemplate("portrait"), PageBreak()]
# ---- page 9: Annex B ------------------------------------------------------------------------------
story += [
    P("Annex B: How we carried out the inspection", "h1"),
    P("Our fieldwork took place between June and October 2025. The forces we inspected were:"),
]
for f in FORCES:
    story.append(P(f, ParagraphStyle("Li", parent=base, leftIndent=14, spaceAfter=2)))
story += [
    Spacer(1, 8),
    P("We chose these forces to reflect a mix of upland, lowland and coastal areas. We also held "
      "discussions with the National Wildlife Crime Unit, two regional organised crime units, the "
      "College of Policing and national heritage and farming organisations."),
    P("Our inspection team included a serving police officer with experience of rural policing, "
      "seconded to HMICFRS for the duration of the inspection."),
]

OUT = os.path.join(HERE, "report.pdf")
doc = Doc(OUT)
doc.build(story)
WHERE = {rid: f"page {doc.tag_pages['rec' + rid][0]}" for rid, *_ in RECS}

# --------------------------------------------------------------------------------------------------
# expected.yaml
# --------------------------------------------------------------------------------------------------
HEADER = """Conventions decided for this fixture (the README has no rule for them):
- Words broken at a line end by typesetting ("recom-" / "mendation") are one word in the answer
  text, without the hyphen. A real hyphen that happens to fall at a line end ("information-" /
  "sharing") stays a hyphen.
- The title is the three cover lines joined with single spaces; the same title is printed in full in
  the running header of every later page.
- The annex "For" column only repeats addressees already named in each recommendation's text.
- "Defra" (the Department for Environment, Food and Rural Affairs) -> other.
- Rec 6 has no deadline: "When plans are next revised" is not a date, and the text gives none.
- Fenmoor Police is named only as a force that was NOT inspected (a comparator): not in forces_visited."""

data = {
    "file": "report.pdf",
    "title": TITLE,
    "published": PUBLISHED,
    "inspectorates": ["HMICFRS"],
    "type": "national thematic",
    "forces_visited": FORCES,
    "fenmoor_inspected": False,
    "totals": {"recommendations": 10, "areas_for_improvement": None, "causes_of_concern": None},
    "recommendations": [rec(r[0], r[1], r[2], r[3], None, WHERE[r[0]]) for r in RECS],
    "causes_of_concern": [],
    "areas_for_improvement": [],
    "graded_judgments": [],
}
_kit.write_expected(HERE, data, HEADER)


# --------------------------------------------------------------------------------------------------
# self-check by plain text extraction (pypdf)
# --------------------------------------------------------------------------------------------------
def selfcheck():
    from pypdf import PdfReader

    pages = [p.extract_text() or "" for p in PdfReader(OUT).pages]

    def flat(s):  # join typesetting hyphenation, drop all hyphens and whitespace for comparison
        return re.sub(r"[\s\-\u00ad]+", "", s)

    full = flat("".join(pages))
    assert flat(TITLE) in flat(pages[0]), "title not on page 1"
    assert norm(TITLE) in norm(pages[2]), "running header missing"
    assert "17 March 2026" in pages[0]
    for rid, text, *_ in RECS:
        tp = doc.tag_pages["rec" + rid]
        pg = int(WHERE[rid].split()[1])
        words = text.split()
        if len(tp) == 1:
            assert flat(text) in flat(pages[pg - 1]), (rid, pg)
        else:  # the row is split: the head is on page pg, the rest at the top of the next page
            k = max(i for i in range(1, len(words)) if flat(" ".join(words[:i])) in flat(pages[pg - 1]))
            assert flat(" ".join(words[k:])) in flat(pages[pg]), (rid, k)
            print("rec", rid, "split after:", " ".join(words[:k])[-40:], "|", " ".join(words[k:])[:40])
    # the annex really has hyphenated line ends inside recommendation texts, and no repeated header
    annex = "\n".join(pages[6:8])
    hy = re.findall(r"[a-z]+-\n[a-z]+", annex)
    assert len(hy) >= 5, hy
    assert "Recommendation" in pages[6] and "What we will look for" not in pages[7], "header repeated?"
    split = [rid for rid in WHERE if len(doc.tag_pages["rec" + rid]) > 1]
    assert split, "no recommendation row split over the page break"
    for f in FORCES:
        assert f in "".join(pages)
    print("ok", os.path.basename(HERE), len(pages), "pages; split rows:", split, "; hyphenated:", hy[:6])


selfcheck()
