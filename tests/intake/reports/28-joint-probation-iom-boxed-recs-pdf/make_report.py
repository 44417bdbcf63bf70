"""Fixture 28: a joint HMI Probation + HMICFRS thematic PDF (young adults moving from youth justice
services to adult integrated offender management). Fenmoor was NOT inspected; Fenmoor Police is
named once, only as a comparator.

Layout features: every recommendation sits alone in a bordered one-cell table (label line
"Recommendation N" and the text in the same cell); the addressee is given only by the group heading
above a run of boxes ("Chief constables should:"), so each text starts with a lower-case verb;
footers say "Page N of M" (two-pass build).

Run with /tmp/intake-venv/bin/python (reportlab 5.0.1). Writes report.pdf and expected.yaml.
All wording is synthetic.
"""

from __future__ import annotations

import io
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
for _p in (HERE.parent, HERE.parent.parent / "reports"):
    if (_p / "_kit.py").exists():
        sys.path.insert(0, str(_p))
        break
import _kit  # noqa: E402
from _kit import d, esc, rec, write_expected  # noqa: E402

K = _kit.pdf_kit()
P = K.P

TITLE = ("Growing up, moving on: A joint thematic inspection of integrated offender management for "
         "young adults leaving youth justice services")
PUBLISHED = d(2026, 2, 19)
FORCES = ["Calderbrook Police", "Westerby Constabulary", "Harrowfield Police", "Thornvale Police"]
AREAS = ["Calderbrook", "Westerby", "Harrowfield", "Thornvale"]

# (group heading, [(id, text, deadline, addressees)])
GROUPS = [
    ("Chief constables should:", [
        ("1",
         "make sure that every young adult who moves from a youth offending team to adult integrated "
         "offender management has a named police contact and a joint transition plan, agreed at least "
         "three months before their eighteenth birthday",
         None, ["chief constables"]),
        ("2",
         "by 30 September 2026, review the selection criteria for their integrated offender "
         "management cohorts, so that young adults who pose a risk of serious harm, and not only those "
         "who commit frequent acquisitive crime, can be considered for the scheme",
         d(2026, 9, 30), ["chief constables"]),
    ]),
    ("Probation Service regional directors should:", [
        ("3",
         "within 6 months, make sure that probation practitioners receive the youth offending team's "
         "assessment, including any information about exploitation, before the first supervision "
         "appointment with a young adult",
         "within 6 months", ["other"]),
    ]),
    ("Police and crime commissioners should:", [
        ("4",
         "by the end of 2026, use their convening role to bring youth justice, probation and police "
         "leaders together to agree a single local protocol for transitions to adult services",
         "by the end of 2026", ["PCCs"]),
    ]),
    ("Youth offending team managers should:", [
        ("5",
         "record the reasons whenever a young person's transfer to adult services is delayed beyond "
         "their eighteenth birthday, and share those reasons with the receiving probation delivery unit",
         None, ["other"]),
    ]),
    ("Chief constables and Probation Service regional directors should jointly:", [
        ("6",
         "by 31 December 2026, agree and publish performance measures for young adults in integrated "
         "offender management that include education, employment and accommodation outcomes as well "
         "as reoffending",
         d(2026, 12, 31), ["chief constables", "other"]),
    ]),
    ("The Ministry of Justice and the Home Office should:", [
        ("7",
         "refresh the national integrated offender management strategy so that it sets clear "
         "expectations for young adults, and publish the refreshed strategy by 31 March 2027",
         d(2027, 3, 31), ["Ministry of Justice", "Home Office"]),
    ]),
]

COMPARATOR = (
    "Fenmoor Police, which was not part of our fieldwork, shared with us an internal evaluation of "
    "its own scheme for young adults. We mention it here only for context; we did not inspect it."
)
TRAP_SHOULD = (
    "Several young adults told us that their police contact should have been someone they had met "
    "before they turned 18, rather than a stranger who arrived with a new set of conditions."
)
TRAP_OLD_COUNT = (
    "Our 2021 joint inspection of integrated offender management made 12 recommendations. Most of "
    "them concerned adult cohorts, and only one mentioned young adults."
)
TOTALS = (
    "We make seven recommendations. They are addressed to chief constables, Probation Service "
    "regional directors, police and crime commissioners, youth offending team managers and two "
    "government departments."
)

TEMPLATES = [
    "In {area}, the youth offending team and the integrated offender management unit met every {w} weeks.",
    "We examined {n} case records of young adults who had turned 18 in the previous two years.",
    "In {pct} per cent of the cases we examined, the transition plan was agreed after the young person's eighteenth birthday.",
    "Practitioners in {area} described the move to adult services as the point at which young people most often disengaged.",
    "The police officers we spoke to in {force} valued the information held by youth offending teams but found it hard to obtain.",
    "Young adults told us that adult supervision felt more formal and less personal than what they had known before.",
    "Information about exploitation was recorded in the youth justice assessment in {pct} per cent of relevant cases.",
    "Where a police officer and a probation practitioner visited together, the young adult was more likely to attend the next appointment.",
    "Managers in {area} had mapped the young adults in their area but had not shared the map with partners.",
    "We found {n} young adults who had been managed by three or more practitioners in their first year of adult supervision.",
    "Accommodation was the most common unmet need among the young adults in our sample.",
    "The selection tools used by the integrated offender management units gave most weight to the number of previous offences.",
    "In {area}, education and employment support was offered through a local charity funded by the police and crime commissioner.",
    "Probation delivery units in {area} were carrying vacancies of around {pct} per cent when we visited.",
    "Case notes rarely recorded the young adult's own view of what would help them stop offending.",
    "Some practitioners had attended joint training on trauma-informed practice, and they spoke highly of it.",
    "The data held by the four police forces could not show how many young adults had reoffended after joining the scheme.",
    "Leaders in {force} told us that transitions were a priority, but this was not reflected in their performance reports.",
    "We heard that court orders made shortly before a birthday sometimes left no time for planning.",
    "The youth offending team in {area} had introduced a transition panel, which had met {n} times in the year before our visit.",
    "Families and carers were involved in planning in fewer than half of the cases we examined.",
    "Young adults with care experience were over-represented in the cohorts we looked at.",
]


def filler(rng: random.Random, n: int) -> str:
    return " ".join(
        rng.choice(TEMPLATES).format(force=rng.choice(FORCES), area=rng.choice(AREAS), n=rng.randint(3, 60),
                                     w=rng.randint(2, 8), pct=rng.randint(12, 88))
        for _ in range(n)
    )


def make_doc_class():
    class PageOfDoc(K.FixtureDoc):
        total_pages = 0

        def _furniture(self, canv, doc):
            canv.saveState()
            canv.setFont("Helvetica", 8)
            canv.setFillColor(K.colors.HexColor("#555555"))
            canv.drawString(self.leftMargin, K.H - 1.4 * K.cm, self.header_text)
            canv.line(self.leftMargin, K.H - 1.55 * K.cm, K.W - self.rightMargin, K.H - 1.55 * K.cm)
            canv.drawString(self.leftMargin, 1.2 * K.cm, self.footer_left)
            canv.drawRightString(K.W - self.rightMargin, 1.2 * K.cm,
                                 f"Page {canv.getPageNumber()} of {self.total_pages}")
            canv.restoreState()

    return PageOfDoc


def rec_box(rid: str, text: str):
    label = P(f"<b>Recommendation {rid}</b>", "cellb", toc=False)
    body = P(esc(text), K.ParagraphStyle(f"BoxText{rid}", parent=K.styles["body"], spaceAfter=0),
             tag=f"rec{rid}", toc=False)
    t = K.Table([[[label, K.Spacer(1, 3), body]]], colWidths=[16.2 * K.cm])
    t.setStyle(K.TableStyle([
        ("BOX", (0, 0), (-1, -1), 0.9, K.colors.HexColor("#4b2e83")),
        ("LEFTPADDING", (0, 0), (-1, -1), 9),
        ("RIGHTPADDING", (0, 0), (-1, -1), 9),
        ("TOPPADDING", (0, 0), (-1, -1), 7),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
    ]))
    return [t, K.Spacer(1, 9)]


def story_for():
    rng = random.Random(28)
    s = []
    s += [
        K.Spacer(1, 3.5 * K.cm),
        P("Growing up, moving on:", "title", toc=False),
        P("A joint thematic inspection of integrated offender management for young adults leaving "
          "youth justice services", "subtitle", toc=False),
        K.Spacer(1, 1 * K.cm),
        P("A joint inspection by HM Inspectorate of Probation and His Majesty's Inspectorate of "
          "Constabulary and Fire &amp; Rescue Services", "body", toc=False),
        P("19 February 2026", "body", toc=False),
        K.PageBreak(),
    ]
    s += [
        P("Foreword", "h1"),
        P("Turning 18 does not change who a young person is, but it changes almost everything about how "
          "the justice system responds to them. This inspection followed young adults across that line.",
          "body"),
        P(filler(rng, 7), "body"),
        P(TRAP_OLD_COUNT, "body"),
        P("Helen Marchbank<br/>HM Chief Inspector of Probation", "body"),
        P("Oliver Tremayne<br/>His Majesty's Inspector of Constabulary", "body"),
        P("Fieldwork for this inspection took place between September and November 2025.", "small"),
        K.PageBreak(),
        P("Contents", "h1", toc=False),
        K.toc(),
        K.PageBreak(),
        P("Executive summary", "h1"),
        P("We inspected the arrangements in four police force areas: " + ", ".join(FORCES[:-1]) + " and "
          + FORCES[-1] + ". In each area we looked at the work of the police, the Probation Service and "
          "the youth offending team.", "body"),
        P(filler(rng, 6), "body"),
        P(filler(rng, 5), "body"),
        P(TOTALS, "body"),
        K.PageBreak(),
        P("Recommendations", "h1"),
        P("The recommendations below are grouped by the organisation that we expect to act. The "
          "chapters that follow explain the evidence behind each one.", "body"),
    ]
    for heading, recs in GROUPS:
        block = [P(f"<b>{esc(heading)}</b>", "h3", toc=False)]
        first = True
        for rid, text, _dl, _ad in recs:
            if first:
                s.append(K.KeepTogether(block + rec_box(rid, text)))
                first = False
            else:
                s += rec_box(rid, text)
    s.append(K.PageBreak())
    chapters = [
        ("1. Context", ["Young adults in the justice system", "Integrated offender management"]),
        ("2. Planning the move to adult services", ["Timing of transition plans", "Sharing information"]),
        ("3. Working with young adults", ["Building relationships", "Meeting needs"]),
        ("4. Leadership and partnership", ["Governance", "Measuring what matters"]),
    ]
    for ci, (chap, secs) in enumerate(chapters):
        s.append(P(esc(chap), "h1"))
        for si, sec in enumerate(secs):
            s.append(P(esc(sec), "h2"))
            for pi in range(4):
                s.append(P(filler(rng, rng.randint(4, 6)), "body"))
                if ci == 2 and si == 0 and pi == 1:
                    s.append(P(TRAP_SHOULD, "body"))
                if ci == 2 and si == 1 and pi == 2:
                    s.append(P(COMPARATOR, "body"))
        s.append(P(f"<i>This chapter relates to recommendations {2 * ci + 1} and {min(2 * ci + 2, 7)}.</i>",
                   "body"))
        s.append(K.PageBreak())
    s.append(P("Annex: Methodology", "h1"))
    s.append(P(filler(rng, 6), "body"))
    s.append(P("We examined case records, interviewed practitioners and managers, and spoke to young adults "
               "and their families. Inspectors from both inspectorates took part in every fieldwork visit.",
               "body"))
    return s


def build(path):
    Doc = make_doc_class()

    def one(target, total):
        doc = Doc(target, title=TITLE, header="Growing up, moving on - joint thematic inspection",
                  footer_left="HM Inspectorate of Probation | HMICFRS", two_column=False)
        doc.total_pages = total
        doc.multiBuild(story_for())
        return doc

    probe = io.BytesIO()
    doc = one(probe, 0)
    total = doc.page
    doc = one(path, total)
    assert doc.page == total
    return doc, total


def main():
    pdf = str(HERE / "report.pdf")
    doc, total = build(pdf)
    recs = []
    for _h, group in GROUPS:
        for rid, text, dl, ad in group:
            recs.append(rec(rid, text, dl, ad, None, f"page {doc.first_page('rec' + rid)}"))
    data = {
        "file": "report.pdf",
        "title": TITLE,
        "published": PUBLISHED,
        "inspectorates": ["HMI Probation", "HMICFRS"],
        "type": "joint",
        "forces_visited": FORCES,
        "fenmoor_inspected": False,
        "totals": {"recommendations": 7, "areas_for_improvement": None, "causes_of_concern": None},
        "recommendations": recs,
        "causes_of_concern": [],
        "areas_for_improvement": [],
        "graded_judgments": [],
    }
    write_expected(str(HERE), data, header=(
        f"{total} pages, footers 'Page N of M'. One bordered one-cell table per recommendation.\n"
        "Addressees come only from the group heading above the boxes, so texts start with a verb.\n"
        "'HMI Probation' is not in the README's inspectorate list; it is used here as written.\n"
        "Probation Service regional directors and youth offending team managers -> other.\n"
        "Rec 4 'by the end of 2026' kept as words (README has no year-only rule).\n"
        "Fenmoor Police is named once as a comparator only: fenmoor_inspected is false.\n"
        "The 2021 report's 12 recommendations are another report's count (ignored)."
    ))
    print(f"wrote {pdf} ({total} pages)")


if __name__ == "__main__":
    main()
