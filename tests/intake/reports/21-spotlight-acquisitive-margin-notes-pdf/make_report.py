"""Build report.pdf and expected.yaml for fixture 21 (PEEL spotlight, margin notes, no bold font).

Run: /tmp/intake-venv/bin/python make_report.py   (needs reportlab 5.0.1)

Title, publication date and recommendation count are those of a real national report (see
/work/shared/domain/INSPECTIONS.tsv); every sentence, force, person and figure is invented.
"""

from __future__ import annotations

import os
import sys

sys.dont_write_bytecode = True  # do not leave __pycache__ beside _kit.py
HERE = os.path.dirname(os.path.abspath(__file__))
for _cand in (os.path.dirname(HERE), os.path.join(os.path.dirname(HERE), "..", "reports")):
    if os.path.exists(os.path.join(_cand, "_kit.py")):
        sys.path.insert(0, os.path.abspath(_cand))
        break
import _kit  # noqa: E402

from reportlab.lib import colors  # noqa: E402
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.lib.units import cm  # noqa: E402
from reportlab.platypus import (  # noqa: E402
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepTogether,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
)

W, H = A4

# ----------------------------------------------------------------------------------------------
# Facts
# ----------------------------------------------------------------------------------------------
TITLE = "The police response to burglary, robbery and other acquisitive crime – Finding time for crime"
PUBLISHED = _kit.d(2022, 8, 11)
PUBLISHED_TEXT = "11 August 2022"
FORCES = [
    "Holmdale Police",
    "Ravensmoor Constabulary",
    "Carrow Vale Police",
    "Easterleigh Police",
    "Lynbridge Constabulary",
    "Mortain Police",
]
RUNNING_HEADER = "PEEL spotlight report  |  Acquisitive crime: Findings and Recommendations"

# The recommendations. "We recommend that:" stands on its own line between the label and the
# rest; by the README convention ("We recommend that ..." is part of the text) it is kept.
LEAD = "We recommend that:"
REC1_BODY = (
    "chief constables should, by March 2023, make sure that officers and staff who attend "
    "burglary, robbery and vehicle crime scenes follow the authorised professional practice on "
    "scene management, that they give every victim advice on how to keep evidence intact until it "
    "can be examined, and that a risk assessment of the victim's circumstances is recorded for "
    "each attendance."
)
REC2_BODY = (
    "chief constables should, by March 2023, put in place supervision of acquisitive crime "
    "investigations that is timely, written down on the crime record and checks that every "
    "reasonable line of enquiry has been followed; they should also review the number of "
    "investigations each supervisor oversees so that supervisors have the time to do this properly."
)
REC1 = LEAD + " " + REC1_BODY
REC2 = LEAD + " " + REC2_BODY

# ----------------------------------------------------------------------------------------------
# Styles: no Bold font anywhere. Headings are larger regular Helvetica; labels are Oblique.
# ----------------------------------------------------------------------------------------------
NAVY = colors.HexColor("#22395b")
body = ParagraphStyle("Body", fontName="Helvetica", fontSize=10.5, leading=14.5, spaceAfter=8)
S = {
    "body": body,
    "title": ParagraphStyle("Title", parent=body, fontSize=25, leading=31, spaceAfter=20, textColor=NAVY),
    "sub": ParagraphStyle("Sub", parent=body, fontSize=14, leading=19, spaceAfter=10),
    "h1": ParagraphStyle("H1", parent=body, fontSize=18, leading=23, spaceBefore=4, spaceAfter=12,
                         textColor=NAVY, keepWithNext=1),
    "h2": ParagraphStyle("H2", parent=body, fontSize=13.5, leading=18, spaceBefore=6, spaceAfter=6,
                         keepWithNext=1),
    "label": ParagraphStyle("RecLabel", parent=body, fontName="Helvetica-Oblique", fontSize=13.5,
                            leading=18, spaceBefore=10, spaceAfter=3, textColor=NAVY, keepWithNext=1),
    "lead": ParagraphStyle("RecLead", parent=body, spaceAfter=2, keepWithNext=1),
    "rec": ParagraphStyle("Rec", parent=body, leftIndent=14, textColor=NAVY),
    "note": ParagraphStyle("Note", parent=body, fontName="Helvetica-Oblique", fontSize=8, leading=10,
                           textColor=colors.HexColor("#3d3d3d"), spaceAfter=0),
    "notehead": ParagraphStyle("NoteHead", parent=body, fontSize=8, leading=10, spaceAfter=1,
                               textColor=NAVY),
    "contents": ParagraphStyle("Contents", parent=body, leftIndent=10, spaceAfter=3),
    "small": ParagraphStyle("Small", parent=body, fontSize=9, leading=12),
}

SIDEBAR_W = 3.6 * cm
GAP = 0.6 * cm
LEFT = 1.6 * cm + SIDEBAR_W + GAP  # main column starts right of the sidebar
RIGHT = 2.0 * cm


class Tagged(Paragraph):
    """Records the physical page on which it is first drawn under doc.tag_pages[tag]."""

    def __init__(self, text, style, tag=None):
        super().__init__(text, style)
        self._tag = tag

    def draw(self):
        if self._tag:
            doc = self.canv._doctemplate
            doc.tag_pages.setdefault(self._tag, self.canv.getPageNumber())
        super().draw()

    def split(self, aw, ah):
        parts = super().split(aw, ah)
        for i, p in enumerate(parts):
            p.__class__ = Tagged
            p._tag = self._tag if i == 0 else None
        return parts


class MarginNote(Flowable):
    """Zero-height flowable that prints a note in the left-hand sidebar, level with the top of
    the paragraph that follows it (keep the two together)."""

    def __init__(self, head: str, text: str):
        super().__init__()
        self.head = Paragraph(head, S["notehead"])
        self.text = Paragraph(text, S["note"])

    def wrap(self, aw, ah):
        return aw, 0

    def draw(self):
        x = -(SIDEBAR_W + GAP) + 0.2 * cm
        w = SIDEBAR_W - 0.4 * cm
        _, h1 = self.head.wrap(w, 500)
        _, h2 = self.text.wrap(w, 500)
        self.canv.saveState()
        self.canv.setStrokeColor(NAVY)
        self.canv.setLineWidth(1.2)
        self.canv.line(x - 0.15 * cm, -h1 - h2 - 2, x - 0.15 * cm, 2)
        self.canv.restoreState()
        self.head.drawOn(self.canv, x, -h1)
        self.text.drawOn(self.canv, x, -h1 - h2 - 1)


class Doc(BaseDocTemplate):
    def __init__(self, filename):
        super().__init__(
            filename,
            pagesize=A4,
            leftMargin=LEFT,
            rightMargin=RIGHT,
            topMargin=2.5 * cm,
            bottomMargin=2.2 * cm,
            title=TITLE,
            author="HMICFRS (synthetic fixture)",
            subject="Synthetic test fixture",
            creator="make_report.py",
            invariant=1,
        )
        self.tag_pages: dict[str, int] = {}
        cover = Frame(2.2 * cm, 2.2 * cm, W - 4.4 * cm, H - 4.4 * cm, id="cover")
        main = Frame(self.leftMargin, self.bottomMargin, self.width, self.height, id="main")
        self.addPageTemplates(
            [
                PageTemplate(id="cover", frames=[cover], onPage=self._cover),
                PageTemplate(id="body", frames=[main], onPage=self._furniture),
            ]
        )

    def beforeDocument(self):
        self.tag_pages = {}

    def _cover(self, canv, doc):
        canv.saveState()
        canv.setFillColor(NAVY)
        canv.rect(0, H - 2.0 * cm, W, 2.0 * cm, stroke=0, fill=1)
        canv.restoreState()

    def _furniture(self, canv, doc):
        canv.saveState()
        # shaded sidebar strip
        canv.setFillColor(colors.HexColor("#eef1f5"))
        canv.rect(1.5 * cm, 2.0 * cm, SIDEBAR_W + 0.1 * cm, H - 4.3 * cm, stroke=0, fill=1)
        canv.setFillColor(colors.HexColor("#4a4a4a"))
        canv.setFont("Helvetica", 8)
        canv.drawString(1.6 * cm, H - 1.35 * cm, RUNNING_HEADER)
        canv.line(1.6 * cm, H - 1.5 * cm, W - RIGHT, H - 1.5 * cm)
        canv.drawString(1.6 * cm, 1.2 * cm, "Finding time for crime")
        canv.drawRightString(W - RIGHT, 1.2 * cm, str(canv.getPageNumber()))
        canv.restoreState()


def P(text, style="body", tag=None):
    return Tagged(text, S[style], tag)


def noted(head, note, para):
    return KeepTogether([MarginNote(head, note), para])


def build(path: str) -> Doc:
    esc = _kit.esc
    story = []
    # ---- page 1: cover ----------------------------------------------------------------------
    story += [
        Spacer(1, 3 * cm),
        P("PEEL spotlight report", "sub"),
        P(esc(TITLE), "title"),
        Spacer(1, 1.5 * cm),
        P("Published " + PUBLISHED_TEXT, "sub"),
        Spacer(1, 6 * cm),
        P("His Majesty's Inspectorate of Constabulary and Fire &amp; Rescue Services", "small"),
        NextPageTemplate("body"),
        PageBreak(),
    ]
    # ---- page 2: contents and summary -------------------------------------------------------
    story += [
        P("Contents", "h1"),
        P("1  Summary", "contents"),
        P("2  What we found at the scene", "contents"),
        P("3  How investigations are supervised", "contents"),
        P("4  Recommendations", "contents"),
        P("5  About this spotlight", "contents"),
        Spacer(1, 0.6 * cm),
        P("1  Summary", "h1"),
        P(
            "Burglary, robbery and theft are the crimes that most members of the public are likely "
            "to experience. They are also the crimes where the first hour decides most outcomes. "
            "When an officer arrives quickly, protects the scene and tells the victim what not to "
            "touch, the chance of identifying a suspect is far higher than when the first contact is "
            "a telephone call two days later."
        ),
        noted(
            "In brief",
            "Our two recommendations are in chapter 4. The summary below is not their wording.",
            P(
                "Our message to forces is simple. Get the basics right at the scene, and give "
                "supervisors the room to oversee investigations properly. Put another way, victims "
                "deserve sound advice on the doorstep and an investigation that somebody senior is "
                "actually checking. We turn these two points into two recommendations, which we set "
                "out in full in chapter 4."
            ),
        ),
        P(
            "This spotlight draws on our PEEL fieldwork and on a review of 420 crime files in six "
            "forces: " + ", ".join(FORCES[:-1]) + " and " + FORCES[-1] + ". We thank the officers, "
            "staff and victims who spoke to us."
        ),
        P(
            "Marcus Penhale<br/>HM Inspector of Constabulary",
            "body",
        ),
        PageBreak(),
    ]
    # ---- pages 3-4: findings ----------------------------------------------------------------
    story += [
        P("2  What we found at the scene", "h1"),
        P(
            "Forces told us that acquisitive crime competes with more urgent demand, and we saw "
            "this for ourselves. In the control rooms we visited, calls reporting a burglary that "
            "had already happened were graded for a scheduled appointment in most cases, and the "
            "appointment was often more than 24 hours away."
        ),
        noted(
            "Key finding",
            "In 71 of 140 burglary files there was no record that the victim had been given advice "
            "about evidence.",
            P(
                "Advice to victims was inconsistent. Call handlers should ask whether the victim has "
                "touched anything and explain what to leave alone; in practice, only some did. Where "
                "advice was given, it was rarely written down, so an attending officer could not know "
                "what the victim had already been told."
            ),
        ),
        P(
            "Scene attendance varied a great deal between forces. Holmdale Police sent a crime scene "
            "investigator to almost every residential burglary; Mortain Police did so in fewer than "
            "half. Officers in several forces said they should have been trained to recognise when "
            "a scene was worth examining but had not been. We do not make a separate recommendation "
            "about training, because the authorised professional practice already covers it."
        ),
        noted(
            "Practice note",
            "Ravensmoor Constabulary's scene checklist is short enough to use on a phone.",
            P(
                "We found one example of good practice worth sharing. Ravensmoor Constabulary has "
                "a six-question checklist that attending officers complete on their mobile device. It "
                "prompts them to record the victim's circumstances, such as whether they live alone "
                "or have been a victim before, and it feeds directly into the crime record."
            ),
        ),
        P(
            "Risk assessments were the weakest part of the attendance records. We found a record of "
            "the victim's vulnerability in fewer than a third of the robbery files we reviewed, even "
            "where the victim was elderly or had been targeted at home."
        ),
        P("3  How investigations are supervised", "h1"),
        noted(
            "Key finding",
            "Sergeants in two forces each oversaw more than 60 open investigations.",
            P(
                "Supervision is the second theme of this spotlight. A supervisor should review a "
                "new investigation within a few days, set out the lines of enquiry and check that "
                "they have been followed. We found that supervisors often did review the early "
                "stages, but that the review was not recorded, or that it simply repeated the "
                "investigating officer's own summary."
            ),
        ),
        P(
            "The main reason supervisors gave was workload. In Carrow Vale Police and Lynbridge "
            "Constabulary, sergeants in investigation teams each oversaw more than 60 open "
            "investigations, as well as managing their teams' welfare and training. Several told us "
            "that they read the crime records at home in the evening because there was no time "
            "during a shift."
        ),
        P(
            "When supervision was good, it made a clear difference. Files with a recorded supervisory "
            "review were twice as likely to show that CCTV had been collected and that house-to-house "
            "enquiries had been made. Easterleigh Police has begun to give new sergeants a protected "
            "half-day each week for investigation reviews, and early results are encouraging."
        ),
        P(
            "Victims noticed the difference too. In the focus groups we held, victims whose cases "
            "had been reviewed by a supervisor were more likely to say they had been kept informed, "
            "even where nobody was charged."
        ),
        PageBreak(),
    ]
    # ---- page: recommendations --------------------------------------------------------------
    story += [
        P("4  Recommendations", "h1"),
        P(
            "We have made two recommendations. Both are for chief constables in all forces in "
            "England and Wales, not only the six forces we visited."
        ),
        noted(
            "Links to",
            "Chapter 2: scene attendance and victim advice.",
            P("Recommendation 1", "label"),
        ),
        P(LEAD, "lead"),
        P(esc(REC1_BODY), "rec", tag="rec1"),
        noted(
            "Links to",
            "Chapter 3: supervision and supervisors' workload.",
            P("Recommendation 2", "label"),
        ),
        P(LEAD, "lead"),
        P(esc(REC2_BODY), "rec", tag="rec2"),
        P(
            "We will check on progress against these recommendations during our PEEL inspections "
            "and will report on it when we publish each force's PEEL assessment."
        ),
        P("5  About this spotlight", "h1"),
        P(
            "The spotlight draws on evidence gathered between September 2021 and March 2022. We "
            "reviewed 140 burglary files, 140 robbery files and 140 vehicle crime files, spoke to "
            "around 200 officers and staff and held focus groups with victims. Figures in the "
            "margin notes are from the file review."
        ),
    ]
    doc = Doc(path)
    doc.build(story)
    return doc


def main() -> None:
    doc = build(os.path.join(HERE, "report.pdf"))
    data = {
        "file": "report.pdf",
        "title": TITLE,
        "published": PUBLISHED,
        "inspectorates": ["HMICFRS"],
        "type": "spotlight",
        "forces_visited": FORCES,
        "fenmoor_inspected": False,
        "totals": {"recommendations": 2, "areas_for_improvement": None, "causes_of_concern": None},
        "recommendations": [
            _kit.rec("1", REC1, _kit.d(2023, 3, 31), ["chief constables"], None,
                     f"page {doc.tag_pages['rec1']}"),
            _kit.rec("2", REC2, _kit.d(2023, 3, 31), ["chief constables"], None,
                     f"page {doc.tag_pages['rec2']}"),
        ],
        "causes_of_concern": [],
        "areas_for_improvement": [],
        "graded_judgments": [],
    }
    _kit.write_expected(
        HERE,
        data,
        header=(
            "Deadline 'by March 2023' (month only, no day) is recorded as the last day of that month,\n"
            "by analogy with the README's 'By the end of March 2023' -> 2023-03-31.\n"
            "'We recommend that:' stands on its own line between label and text; it is part of the text."
        ),
    )


if __name__ == "__main__":
    main()
