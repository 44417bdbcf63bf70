"""Fixture 63: PEEL 2025-2027 force report on Fenmoor Police (PDF).

Builds report.pdf with reportlab (invariant mode) and writes expected.yaml from the same strings.
Run with /tmp/intake-venv/bin/python. All content is synthetic and fictional.
"""

from __future__ import annotations

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(os.path.dirname(HERE)), "reports"))
sys.path.insert(0, os.path.dirname(HERE))

import _kit  # noqa: E402
from _kit import d, esc, rec, write_expected  # noqa: E402

K = _kit.pdf_kit()
P = K.P
colors = K.colors
cm = K.cm

TITLE = "PEEL 2025–2027: An inspection of Fenmoor Police"
SUBTITLE = "Police effectiveness, efficiency and legitimacy"
PUBLISHED = d(2026, 9, 17)
PUBLISHED_TEXT = "17 September 2026"
FORCE = "Fenmoor Police"
HMI = "Rebecca Thorne"

# Graded areas, in the order of the judgments table -----------------------------------------------
GRADES = [
    ("Police powers and public treatment", "Good"),
    ("Preventing crime and antisocial behaviour", "Adequate"),
    ("Responding to the public", "Inadequate"),
    ("Investigating crime", "Requires improvement"),
    ("Protecting vulnerable people", "Requires improvement"),
    ("Managing offenders and suspects", "Adequate"),
    ("Building, supporting and protecting the workforce", "Good"),
    ("Leadership and force management", "Adequate"),
]

# Causes of concern and their recommendations -----------------------------------------------------
COC = {
    "1": (
        "Fenmoor Police isn't answering calls for service quickly enough, and it doesn't always "
        "attend incidents within the timescales it has set itself. This means that vulnerable "
        "people may be put at risk of harm while they wait for the police to respond."
    ),
    "2": (
        "The force doesn't always take effective action to safeguard children who are reported "
        "missing or who are at risk of exploitation."
    ),
}
RECS = [
    rec(
        "1",
        "Within three months, Fenmoor Police should make sure that it answers emergency calls in "
        "line with the national standard and reduces the number of non-emergency calls that are "
        "abandoned before they are answered.",
        "within three months",
        ["force"],
        "1",
    ),
    rec(
        "2",
        "By 31 March 2027, the force should make sure that call handlers carry out and record a "
        "structured assessment of threat, harm and risk for every call for service, and that "
        "supervisors regularly check the quality of these assessments.",
        d(2027, 3, 31),
        ["force"],
        "1",
    ),
    rec(
        "3",
        "Within six months, the chief constable should make sure that every report of a missing "
        "child is risk assessed, supervised and reviewed in line with authorised professional "
        "practice, and that information from return home interviews is used to reduce the risk of "
        "the child going missing again.",
        "within six months",
        ["force"],
        "2",
    ),
]

AFIS = {
    "1": "The force should improve how it records the reasons for using force, so that it can be "
    "confident that each use of force is justified and proportionate.",
    "2": "The force should make sure that neighbourhood teams use problem-solving plans consistently "
    "and evaluate whether the tactics they use have worked.",
    "3": "The force should make sure that callers are given appropriate crime prevention and "
    "evidence preservation advice when they report an incident.",
    "4": "The force should make sure that investigations are allocated to officers with the right "
    "skills and experience, and that supervisors give clear direction that is recorded on the "
    "investigation log.",
    "5": "The force should improve how it complies with the Code of Practice for Victims of Crime, "
    "including recording victim needs assessments and offering victims the chance to make a "
    "victim personal statement.",
    "6": "The force should make sure that domestic abuse protection notices and orders are used "
    "whenever it is appropriate to do so.",
    "7": "The force should reduce its backlog of visits to registered sex offenders and make sure "
    "that risk assessments are completed on time.",
    "8": "The force should improve its understanding of demand so that it can match its resources "
    "to the areas of greatest risk.",
}


# ------------------------------------------------------------------------------------------------
def box(flowables, bg="#eef2f7", border="#1d3557"):
    t = K.Table([[f] for f in flowables], colWidths=[16.2 * cm])
    t.setStyle(
        K.TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor(bg)),
                ("BOX", (0, 0), (-1, -1), 1, colors.HexColor(border)),
                ("LEFTPADDING", (0, 0), (-1, -1), 8),
                ("RIGHTPADDING", (0, 0), (-1, -1), 8),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    return t


def grade_box(grade: str):
    return box([P(f"<b>Grade:</b> {grade}", "body")], bg="#dde3ea", border="#888888")


def coc_box(n: str):
    parts = [P(f"<b>Cause of concern {n}</b>", "reclabel"), P(esc(COC[n]), "body", tag=f"C{n}")]
    for r in RECS:
        if r["cause_of_concern"] == n:
            parts.append(P(f"<b>Recommendation {r['id']}</b>", "reclabel"))
            parts.append(P(esc(r["text"]), "body", tag=f"R{r['id']}"))
    return K.KeepTogether([box(parts, bg="#fbeaea", border="#a4262c"), K.Spacer(1, 8)])


def afi_box(n: str):
    return K.KeepTogether(
        [
            box([P(f"<b>Area for improvement {n}</b>", "reclabel"), P(esc(AFIS[n]), "body", tag=f"A{n}")]),
            K.Spacer(1, 8),
        ]
    )


def body(*paras):
    return [P(esc(t)) for t in paras]


def build(path: str):
    doc = K.FixtureDoc(
        path,
        title=TITLE,
        header=f"PEEL 2025–2027: {FORCE}",
        footer_left="HMICFRS",
        two_column=False,
    )
    s = []
    # ---- cover (page 1)
    s += [
        K.Spacer(1, 3.5 * cm),
        P("His Majesty's Inspectorate of Constabulary and Fire &amp; Rescue Services", "subtitle", toc=False),
        K.Spacer(1, 1.5 * cm),
        P(esc(TITLE), "title", toc=False),
        P(SUBTITLE, "subtitle", toc=False),
        K.Spacer(1, 1 * cm),
        P(PUBLISHED_TEXT, "subtitle", toc=False),
        K.PageBreak(),
    ]
    # ---- contents (page 2)
    s += [P("<b>Contents</b>", "h2", toc=False), K.toc(), K.PageBreak()]
    # ---- about + overall summary
    s += [P("About this inspection", "h1")]
    s += body(
        "This report sets out our findings from the PEEL 2025–2027 inspection of Fenmoor Police. "
        "PEEL stands for police effectiveness, efficiency and legitimacy. We assess how good each "
        "force is in the areas of policing we inspect, and we grade it against a set of "
        "characteristics of good policing.",
        "We use five grades: outstanding, good, adequate, requires improvement and inadequate. "
        "Where we find a serious or critical shortcoming, we identify a cause of concern and make "
        "one or more recommendations that the force must act on. Where we find an aspect of "
        "policing that the force should do better, we identify an area for improvement.",
        "Our fieldwork in Fenmoor took place between 9 February and 6 March 2026. We interviewed "
        "senior leaders, held focus groups with officers and staff, observed the control room at "
        "Brackenford and reviewed 120 crime files and 80 calls for service.",
    )
    s += [P("Overall summary", "h1"), P("Our judgments", "h2")]
    rows = [["Area of policing", "Grade"]] + [[a, g] for a, g in GRADES]
    s += [K.grid_table(rows, [11 * cm, 5.2 * cm]), K.Spacer(1, 10)]
    s += body(
        "We have not graded the force on how it provides a service to victims of crime, because "
        "this area is not graded in PEEL 2025–2027. Our findings on it are set out in the chapter "
        "on investigating crime.",
    )
    s += [K.PageBreak(), P("HM Inspector's observations", "h2")]
    s += body(
        "I am pleased with some aspects of the performance of Fenmoor Police, but there are areas "
        "in which it needs to improve quickly.",
        "The force treats the public fairly and uses its powers well. Its workforce is well "
        "supported, and officers and staff told us they feel valued by their leaders. The "
        "investment the force has made in wellbeing services since our last inspection is "
        "paying off.",
        "However, I am concerned about how long people wait for their calls to be answered and for "
        "officers to arrive. I am also concerned that the force does not consistently protect "
        "children who go missing or who are at risk of exploitation. In this inspection we "
        "identified two causes of concern and eight areas for improvement.",
        "In our 2023 inspection we identified nine areas for improvement. The force has addressed "
        "six of them, and we have carried the remaining three forward into this report where "
        "they are still relevant.",
        "I am grateful to the chief constable, Sarah Whitlock, and to the officers and staff of "
        "Fenmoor Police for their help during this inspection. I will monitor the force's progress "
        "closely.",
    )
    s += [P(f"{HMI}<br/>His Majesty's Inspector of Constabulary", "body"), K.PageBreak()]

    # ---- chapters
    s += [P("Police powers and public treatment", "h1"), grade_box("Good")]
    s += body(
        "Fenmoor Police understands how to use its powers fairly. Stop and search records we "
        "reviewed showed reasonable grounds in 92 percent of cases, and the force's external "
        "scrutiny panel reviews a sample of body-worn video footage every month.",
        "Officers we spoke to understood the importance of treating people with respect. The "
        "force has trained all frontline officers in communication skills and de-escalation.",
        "But the force doesn't always record why force was used. In a third of the use of force "
        "records we reviewed, the reason recorded was too brief to show that the force used was "
        "necessary.",
    )
    s += [afi_box("1")]
    s += [P("Preventing crime and antisocial behaviour", "h1"), grade_box("Adequate")]
    s += body(
        "Neighbourhood teams in Harnmouth and Wexcombe know their communities well and work "
        "closely with the local councils and housing providers. We saw some good examples of "
        "problem-solving, including a joint project to reduce shoplifting in Otterby town centre.",
        "But the use of problem-solving plans varies between teams, and few plans are evaluated "
        "once they are closed.",
    )
    s += [afi_box("2"), K.PageBreak()]

    s += [P("Responding to the public", "h1"), grade_box("Inadequate")]
    s += body(
        "The force's performance in answering emergency calls has declined since our last "
        "inspection. In the twelve months to December 2025, it answered 71 percent of 999 calls "
        "within ten seconds, against a national standard of 90 percent. One in five non-emergency "
        "calls was abandoned before it was answered.",
        "Call handlers don't always use a structured approach to assess the risk that callers "
        "face. In 18 of the 80 calls we reviewed, we found no record of a risk assessment, and "
        "supervisors rarely checked the quality of the assessments that had been made.",
        "The force has set itself a target of attending emergency incidents within 15 minutes in "
        "urban areas and 20 minutes in rural areas. It met these targets in only 64 percent of "
        "cases.",
    )
    s += [coc_box("1")]
    s += body(
        "Callers are not always given advice on how to keep themselves safe and how to preserve "
        "evidence while they wait for officers to arrive.",
    )
    s += [afi_box("3"), K.PageBreak()]

    s += [P("Investigating crime", "h1"), grade_box("Requires improvement")]
    s += body(
        "Most investigations we reviewed were carried out to an acceptable standard. But some "
        "complex investigations were allocated to officers who did not have the training or "
        "experience to manage them, and supervisory reviews were often missing or brief.",
        "Victims don't always receive the service they are entitled to under the Code of Practice "
        "for Victims of Crime. The force recorded a victim needs assessment in only 58 percent of "
        "the relevant cases we reviewed, and we found little evidence that victims had been "
        "offered the chance to make a victim personal statement.",
    )
    s += [afi_box("4"), afi_box("5"), K.PageBreak()]

    s += [P("Protecting vulnerable people", "h1"), grade_box("Requires improvement")]
    s += body(
        "The force's response to domestic abuse has improved. Officers attend most incidents "
        "promptly and complete risk assessments to a good standard. But the force makes little "
        "use of domestic abuse protection notices and orders, even when the circumstances would "
        "justify them.",
        "We are concerned about how the force protects children who go missing. We reviewed 30 "
        "missing child reports. In 11 of them, the initial risk assessment was not reviewed by a "
        "supervisor, and in most cases the information from return home interviews was not used "
        "to plan how to prevent the child going missing again. The force's own analysis shows "
        "that a small number of children account for a large proportion of missing episodes.",
    )
    s += [coc_box("2"), afi_box("6"), K.PageBreak()]

    s += [P("Managing offenders and suspects", "h1"), grade_box("Adequate")]
    s += body(
        "The force arrests suspects promptly in most cases, and its integrated offender "
        "management scheme is well run. But its management of sexual or violent offenders unit "
        "has a backlog of visits to registered sex offenders, and some risk assessments were "
        "overdue when we inspected.",
    )
    s += [afi_box("7")]
    s += [P("Building, supporting and protecting the workforce", "h1"), grade_box("Good")]
    s += body(
        "The force has a clear wellbeing strategy, which its workforce understands and values. "
        "Occupational health referrals are dealt with quickly, and trauma risk management is "
        "offered to everyone who attends a distressing incident.",
    )
    s += [
        box(
            [
                P("<b>Innovative practice</b>", "reclabel"),
                P(
                    "The force has introduced a peer support scheme for control room staff, run "
                    "by trained volunteers from the control room itself. Other forces may wish to "
                    "consider a similar approach.",
                    "body",
                ),
            ],
            bg="#eaf4ea",
            border="#2e7d32",
        ),
        K.Spacer(1, 8),
    ]
    s += [P("Leadership and force management", "h1"), grade_box("Adequate")]
    s += body(
        "Chief officers have a clear vision for the force, and the force has balanced its budget. "
        "But its force management statement does not give it a full understanding of demand, "
        "particularly in the control room and in public protection, so it can't be sure that its "
        "resources are in the right places.",
    )
    s += [afi_box("8")]
    doc.multiBuild(s)
    return doc


def main():
    out = os.path.join(HERE, "report.pdf")
    doc = build(out)
    for r in RECS:
        r["where"] = f"page {doc.first_page('R' + r['id'])}"
    data = {
        "file": "report.pdf",
        "title": TITLE,
        "published": PUBLISHED,
        "inspectorates": ["HMICFRS"],
        "type": "PEEL",
        "forces_visited": [FORCE],
        "fenmoor_inspected": True,
        "totals": {"recommendations": None, "areas_for_improvement": 8, "causes_of_concern": 2},
        "recommendations": RECS,
        "causes_of_concern": [{"id": k, "text": v} for k, v in COC.items()],
        "areas_for_improvement": [{"id": k, "text": v} for k, v in AFIS.items()],
        "graded_judgments": [{"area": a, "grade": g.lower()} for a, g in GRADES],
    }
    write_expected(
        HERE,
        data,
        header="PEEL force report: cover, contents, judgments table, grade box per chapter,\n"
        "causes of concern in boxes with their recommendations, numbered areas for improvement.",
    )


if __name__ == "__main__":
    main()
