"""Fixture 58: PEEL report on Fenmoor Police, PDF.

Layout features:
  * page 2 is a LANDSCAPE "at a glance" page: the grades are shown as a five-column table whose
    header row is the grade scale (Outstanding ... Inadequate) and whose single body row lists
    each area of policing in the column of its grade (the Outstanding column is empty);
  * each area's chapter repeats its grade on a "Grade:" line under the area heading;
  * the areas for improvement appear only in a two-column table "Question we asked | Area for
    improvement", each cell labelled "Area for improvement N" (two questions have two areas, two
    have none);
  * the single cause of concern is a shaded box (unnumbered, headed "Cause of concern") holding
    "Recommendation 1" and "Recommendation 2" with bold labels on their own lines;
  * the summary states the report's totals in words, next to the 2024 inspection's count.

Builds report.pdf and expected.yaml from the same strings. Run with /tmp/intake-venv/bin/python.
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

TITLE = "PEEL 2025–27: An inspection of Fenmoor Police"
SUBTITLE = "Police effectiveness, efficiency and legitimacy"
PUBLISHED_TEXT = "22 October 2026"
PUBLISHED = d(2026, 10, 22)

GRADE_SCALE = ["Outstanding", "Good", "Adequate", "Requires improvement", "Inadequate"]

# (area, printed grade, question asked)
AREAS = [
    ("Police powers and public treatment", "Good",
     "How good is the force at treating the public fairly and respectfully, and at using its powers lawfully?"),
    ("Preventing crime and antisocial behaviour", "Adequate",
     "How good is the force at preventing crime and antisocial behaviour?"),
    ("Responding to the public", "Requires improvement",
     "How good is the force at responding to the public?"),
    ("Investigating crime", "Requires improvement",
     "How good is the force at investigating crime?"),
    ("Protecting vulnerable people", "Inadequate",
     "How good is the force at protecting vulnerable people?"),
    ("Managing offenders and suspects", "Adequate",
     "How good is the force at managing offenders and suspects?"),
    ("Building, supporting and protecting the workforce", "Good",
     "How good is the force at building, supporting and protecting its workforce?"),
    ("Leadership and force management", "Adequate",
     "How good is the force's leadership and management?"),
]

COC_TEXT = (
    "The force does not always identify vulnerable people and respond to them appropriately, including "
    "children at risk of exploitation. Referrals to partner agencies are often delayed, and risk "
    "assessments are not reviewed when a person's circumstances change."
)

RECS = [
    (
        "1",
        "By 31 January 2027, Fenmoor Police should make sure that officers and staff identify vulnerability "
        "at the first point of contact and record it consistently, so that children at risk of exploitation "
        "are referred to partner agencies without delay.",
        d(2027, 1, 31),
        ["force"],
    ),
    (
        "2",
        "By 30 April 2027, the force should introduce a process to review the risk assessment for a "
        "vulnerable person whenever their circumstances change, and supervisors should check that this "
        "happens.",
        d(2027, 4, 30),
        ["force"],
    ),
]

# question index -> list of (afi id, text); empty list -> "no areas" cell
AFIS = {
    0: [("1", "The force should improve how it monitors its officers' use of force, so that it can "
              "identify and explain any disproportionality.")],
    1: [("2", "The force should make sure that its neighbourhood teams use problem-solving methods "
              "consistently and evaluate whether their work has succeeded.")],
    2: [
        ("3", "The force should reduce the time it takes to answer non-emergency calls and the number of "
              "callers who abandon them."),
        ("4", "The force should make sure that when its attendance is delayed, victims are kept updated and "
              "the risk to them is reassessed."),
    ],
    3: [("5", "The force should make sure that investigations are allocated to officers with the right "
              "skills and are supervised effectively.")],
    4: [],
    5: [("6", "The force should reduce its backlog of home visits to registered sex offenders and make "
              "sure that their risk management plans are up to date.")],
    6: [],
    7: [],
}
NO_AFI_TEXT = {
    4: "See the cause of concern in the section on protecting vulnerable people.",
    6: "We did not identify any areas for improvement for this question.",
    7: "We did not identify any areas for improvement for this question.",
}

CHAPTER_TEXT = {
    0: ["Officers generally treat the public with respect. The force's use of stop and search is "
        "well governed, and its external scrutiny panel reviews body-worn video footage every month.",
        "The force records its use of force, but it does not analyse the data well enough to understand "
        "why people from some ethnic groups are more likely to have force used on them."],
    1: ["Neighbourhood teams in Harnmouth and Brackenford know their communities well. In other areas, "
        "officers are often taken away from neighbourhood work to cover response shifts."],
    2: ["The force answers emergency calls promptly, but callers to the non-emergency number often wait "
        "a long time. In the period we examined, nearly a quarter of non-emergency calls were abandoned.",
        "When officers cannot attend within the target time, victims are not always told, and the risk to "
        "them is not reassessed."],
    3: ["Investigations are not always allocated to officers with the right skills. We found too many "
        "cases in which supervisors had not set an investigation plan or reviewed progress."],
    4: ["We are concerned about how the force protects vulnerable people. Call handlers do not "
        "consistently use a structured approach to identify vulnerability, and referrals to the "
        "multi-agency safeguarding hub in Wexcombe were sometimes delayed by several days."],
    5: ["The force manages most registered sex offenders well, but it has a backlog of home visits. "
        "Its integrated offender management scheme is well established."],
    6: ["The force understands the well-being needs of its workforce. Its occupational health service "
        "is responsive, and staff told us they felt supported by their line managers."],
    7: ["Leaders have a clear plan to improve the force's performance, and the chief constable has "
        "increased the number of investigators. The force needs to make sure that its plans are matched "
        "by the capacity to deliver them."],
}


def build(pdf_path: str) -> dict[str, int]:
    k = _kit.pdf_kit()
    P, S, cm = k.P, k.styles, k.cm
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.platypus import Frame, PageTemplate

    doc = k.FixtureDoc(
        pdf_path,
        title=TITLE,
        header="PEEL 2025–27: Fenmoor Police",
        footer_left="HMICFRS – PEEL 2025–27 – Fenmoor Police",
        two_column=False,
    )
    LW, LH = landscape(A4)

    def land_furniture(canv, _doc):
        canv.saveState()
        canv.setFont("Helvetica", 8)
        canv.setFillColor(k.colors.HexColor("#555555"))
        canv.drawString(2 * cm, LH - 1.3 * cm, "PEEL 2025–27: Fenmoor Police")
        canv.drawString(2 * cm, 1.1 * cm, "HMICFRS – PEEL 2025–27 – Fenmoor Police")
        canv.drawRightString(LW - 2 * cm, 1.1 * cm, f"Page {canv.getPageNumber()}")
        canv.restoreState()

    doc.addPageTemplates(
        [
            PageTemplate(
                id="land",
                frames=[Frame(2 * cm, 2 * cm, LW - 4 * cm, LH - 4 * cm, id="landframe")],
                pagesize=(LW, LH),
                onPage=land_furniture,
            )
        ]
    )

    st: list = []
    # ---- cover (page 1, portrait)
    st += [
        k.Spacer(1, 4 * cm),
        P(TITLE, "title", toc=False),
        P(SUBTITLE, "subtitle", toc=False),
        k.Spacer(1, 0.5 * cm),
        P(PUBLISHED_TEXT, "subtitle", toc=False),
        k.Spacer(1, 8 * cm),
        P("His Majesty's Inspectorate of Constabulary and Fire &amp; Rescue Services", "body"),
        P("&#169; HMICFRS 2026", "small"),
        k.NextPageTemplate("land"),
        k.PageBreak(),
    ]
    # ---- landscape "at a glance" page (page 2)
    head = [k.Paragraph(g, S["cellb"]) for g in GRADE_SCALE]
    body = []
    for g in GRADE_SCALE:
        cell = [k.Paragraph(a, S["cell"]) for a, gr, _q in AREAS if gr == g]
        body.append(cell if cell else "")
    colw = (LW - 4 * cm) / 5
    grade_table = k.Table([head, body], colWidths=[colw] * 5)
    grade_table.setStyle(
        k.TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.6, k.colors.HexColor("#888888")),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("BACKGROUND", (0, 0), (0, 0), k.colors.HexColor("#cfe8d5")),
                ("BACKGROUND", (1, 0), (1, 0), k.colors.HexColor("#dff0e2")),
                ("BACKGROUND", (2, 0), (2, 0), k.colors.HexColor("#f3f0d8")),
                ("BACKGROUND", (3, 0), (3, 0), k.colors.HexColor("#f7e2cc")),
                ("BACKGROUND", (4, 0), (4, 0), k.colors.HexColor("#f4cfcf")),
                ("TOPPADDING", (0, 1), (-1, 1), 6),
                ("BOTTOMPADDING", (0, 1), (-1, 1), 10),
            ]
        )
    )
    st += [
        P("Fenmoor Police at a glance", "h1"),
        P("Our judgments", "h2", toc=False),
        P(
            "Our inspection assessed how good Fenmoor Police is in eight areas of policing. We make "
            "graded judgments in these eight areas as follows:"
        ),
        grade_table,
        k.Spacer(1, 0.5 * cm),
        P(
            "We also reviewed how well the force provides a service to victims of crime. We do not make "
            "a graded judgment for this area.",
            "small",
        ),
        k.NextPageTemplate("normal"),
        k.PageBreak(),
    ]
    # ---- HM Inspector's summary (page 3)
    st += [
        P("HM Inspector's summary", "h1"),
        P(
            "I am pleased to present this report on Fenmoor Police. The force has made progress since our "
            "last inspection in some areas, particularly in how it supports its workforce. But I have "
            "serious concerns about how it protects vulnerable people, and its performance in responding "
            "to the public and investigating crime needs to improve."
        ),
        P(
            "In our 2024 inspection we identified nine areas for improvement. The force has addressed five "
            "of them. The remaining four have been replaced by the findings in this report."
        ),
        P(
            "In this inspection we have identified one cause of concern, and we have made two "
            "recommendations to address it. We have also identified six areas for improvement. They are "
            "summarised in the table on the next page."
        ),
        P(
            "I am grateful to Chief Constable Sarah Whitlock and her officers and staff for their help. I "
            "will monitor the force's progress closely, and I will keep the police and crime commissioner "
            "informed."
        ),
        P("Rachel Okafor", "body"),
        P("His Majesty's Inspector of Constabulary", "small"),
        k.PageBreak(),
    ]
    # ---- summary of areas for improvement (table: question | area)
    rows = [[k.Paragraph("Question we asked", S["cellb"]), k.Paragraph("Area for improvement", S["cellb"])]]
    for qi, (_a, _g, question) in enumerate(AREAS):
        items = AFIS[qi]
        if items:
            cell = []
            for aid, text in items:
                cell.append(k.Paragraph(f"<b>Area for improvement {aid}</b>", S["cell"]))
                cell.append(k.Paragraph(_kit.esc(text), k.ParagraphStyle("cellsp", parent=S["cell"], spaceAfter=5)))
        else:
            cell = [k.Paragraph(NO_AFI_TEXT[qi], S["cell"])]
        rows.append([k.Paragraph(question, S["cell"]), cell])
    afi_table = k.Table(rows, colWidths=[6.0 * cm, doc.width - 6.0 * cm], repeatRows=1)
    afi_table.setStyle(
        k.TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.5, k.colors.HexColor("#888888")),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("BACKGROUND", (0, 0), (-1, 0), k.colors.HexColor("#dde3ea")),
                ("BACKGROUND", (0, 1), (0, -1), k.colors.HexColor("#f2f4f7")),
            ]
        )
    )
    st += [
        P("Summary of areas for improvement", "h1"),
        P(
            "For each question we asked, the table shows the areas for improvement we identified. An area "
            "for improvement is something the force needs to do better. We do not make a recommendation "
            "for an area for improvement, but we will check the force's progress."
        ),
        afi_table,
        k.PageBreak(),
    ]
    # ---- chapters per area
    box_label = k.ParagraphStyle("BoxLabel", parent=S["h3"], textColor=k.colors.HexColor("#7a1f1f"))
    for i, (area, grade, _q) in enumerate(AREAS):
        st.append(P(area, "h2"))
        st.append(P(f"<b>Grade:</b> {grade}"))
        for para in CHAPTER_TEXT[i]:
            st.append(P(para))
        if i == 1:
            st.append(
                k.Table(
                    [[[P("<b>Innovative practice</b>", "body"),
                       P("The force has worked with Fenmoor County Council to install better lighting on the "
                         "Otterby seafront after analysing reports of antisocial behaviour. Reports fell by a "
                         "third in the following six months.", "body")]]],
                    colWidths=[doc.width],
                    style=[("BACKGROUND", (0, 0), (-1, -1), k.colors.HexColor("#eef5ee")),
                           ("BOX", (0, 0), (-1, -1), 0.5, k.colors.HexColor("#6a9a6a"))],
                )
            )
            st.append(k.Spacer(1, 0.3 * cm))
        if i == 4:
            inner = [P("Cause of concern", box_label, toc=False), P(COC_TEXT, tag="coc"),
                     P("Recommendations", box_label, toc=False)]
            for rid, text, _dl, _ad in RECS:
                inner.append(P(f"Recommendation {rid}", "reclabel"))
                inner.append(P(_kit.esc(text), tag=f"rec{rid}"))
            box = k.Table(
                [[inner]],
                colWidths=[doc.width],
                style=[
                    ("BACKGROUND", (0, 0), (-1, -1), k.colors.HexColor("#fbeaea")),
                    ("BOX", (0, 0), (-1, -1), 1, k.colors.HexColor("#7a1f1f")),
                    ("LEFTPADDING", (0, 0), (-1, -1), 10),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 10),
                    ("TOPPADDING", (0, 0), (-1, -1), 8),
                ],
            )
            st += [box, k.Spacer(1, 0.3 * cm)]
        if i in (1, 3, 5, 7):
            st.append(k.PageBreak())
    doc.multiBuild(st)
    return {rid: doc.first_page(f"rec{rid}") for rid, *_ in RECS}


def main() -> None:
    pages = build(os.path.join(HERE, "report.pdf"))
    recs = [rec(rid, text, dl, ad, "1", f"page {pages[rid]}") for rid, text, dl, ad in RECS]
    afis = [{"id": aid, "text": text} for qi in sorted(AFIS) for aid, text in AFIS[qi]]
    data = {
        "file": "report.pdf",
        "title": TITLE,
        "published": PUBLISHED,
        "inspectorates": ["HMICFRS"],
        "type": "PEEL",
        "forces_visited": ["Fenmoor Police"],
        "fenmoor_inspected": True,
        "totals": {"recommendations": 2, "areas_for_improvement": 6, "causes_of_concern": 1},
        "recommendations": recs,
        "causes_of_concern": [{"id": "1", "text": COC_TEXT}],
        "areas_for_improvement": afis,
        "graded_judgments": [{"area": a, "grade": g.lower()} for a, g, _q in AREAS],
    }
    write_expected(
        HERE,
        data,
        header="58: landscape grade page (areas placed under grade columns), areas for improvement only in a\n"
        "'Question we asked | Area for improvement' table, one unnumbered cause of concern box (id 1).\n"
        "The 2024 inspection's 'nine areas for improvement' is not this report's total.",
    )


if __name__ == "__main__":
    main()
