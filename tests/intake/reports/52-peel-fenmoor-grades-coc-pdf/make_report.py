"""Fixture 52: PEEL force report for Fenmoor Police (HMICFRS), PDF.

Cover, contents, an "Our judgments" Area/Grade table, one section per graded area with the grade
under the heading, one cause of concern in a shaded box with three numbered recommendations, seven
numbered areas for improvement inline, and an annex summarising them. Builds report.pdf and writes
expected.yaml from the same strings.
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
import _kit  # noqa: E402
from _kit import d, esc, rec  # noqa: E402

K = _kit.pdf_kit()
P = K.P

TITLE = "PEEL 2023–2025: An inspection of Fenmoor Police"
STRAP = "Police effectiveness, efficiency and legitimacy"
PUBLISHED = d(2025, 6, 19)
PUBLISHED_TEXT = "19 June 2025"
FORCE = "Fenmoor Police"

GRADES = [
    ("Police legitimacy", "good"),
    ("Preventing crime", "outstanding"),
    ("Responding to the public", "inadequate"),
    ("Investigating crime", "requires improvement"),
    ("Protecting vulnerable people", "adequate"),
    ("Managing offenders and suspects", "adequate"),
    ("Building, supporting and protecting the workforce", "requires improvement"),
    ("Leadership and force management", "adequate"),
    ("Recording data about crime", "good"),
]

COC = (
    "Fenmoor Police needs to answer emergency and non-emergency calls more quickly, and to assess "
    "the risk to callers more thoroughly, so that vulnerable people get the help they need when "
    "they first contact the force."
)

# (id, text, deadline)
RECS = [
    ("1", "Within three months, Fenmoor Police should make sure that it answers at least 90 "
     "percent of emergency calls within 10 seconds, in line with the national standard, and that "
     "it has enough trained call handlers on duty at times of peak demand.", "within three months"),
    ("2", "By 30 September 2025, the force should make sure that call handlers use a structured "
     "risk assessment for every call, that the outcome is recorded, and that supervisors regularly "
     "review the quality of these assessments.", d(2025, 9, 30)),
    ("3", "Within six months, the chief constable should make sure that the force has a plan to "
     "reduce the number of calls abandoned on the 101 non-emergency line, with clear measures that "
     "chief officers monitor.", "within six months"),
]

AFIS = [
    ("1", "The force should improve how it records the reasons for stop and search, so that "
     "supervisors can check that each search is fair and lawful."),
    ("2", "The force should make sure that it attends incidents within the times it has set, and "
     "that it tells callers when attendance will be delayed."),
    ("3", "The force should make sure that investigations are allocated to officers with the right "
     "skills and experience, and that supervisors review investigation plans regularly."),
    ("4", "The force should make sure that it records the reasons why a victim withdraws support for "
     "an investigation, and considers whether to continue without that support."),
    ("5", "The force should make sure that officers complete a risk assessment for every domestic "
     "abuse incident they attend before they leave the scene."),
    ("6", "The force should make sure that officers and staff receive regular and meaningful "
     "performance development reviews."),
    ("7", "The force should understand why so many student officers leave before they complete "
     "their training, and act on what it finds."),
]


def body(text: str, **kw):
    return P(esc(text), "body", **kw)


BOX = K.colors.HexColor("#eef2f7")


def box(flowables, width):
    t = K.Table([[f] for f in flowables], colWidths=[width])
    t.setStyle(
        K.TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, -1), BOX),
                ("BOX", (0, 0), (-1, -1), 0.8, K.colors.HexColor("#1d3557")),
                ("LEFTPADDING", (0, 0), (-1, -1), 8),
                ("RIGHTPADDING", (0, 0), (-1, -1), 8),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    return t


def afi(i: str, tag: bool = True):
    text = dict(AFIS)[i]
    return [
        P(f"Area for improvement {i}", "reclabel", toc=False),
        P(esc(text), "rec", toc=False),
    ]


def grade_of(area):
    return dict(GRADES)[area]


def section(area, paras):
    g = grade_of(area)
    out = [P(esc(area), "h1"), P(f"<b>{g.capitalize()}</b>", "h3", toc=False)]
    out += [body(p) for p in paras]
    return out


def build(path: str):
    doc = K.FixtureDoc(
        path,
        title=TITLE,
        header="PEEL 2023–2025: Fenmoor Police",
        footer_left="HMICFRS",
        two_column=False,
    )
    W = doc.width
    s = []
    # ---- cover ---------------------------------------------------------------------------
    s.append(K.Spacer(1, 2.5 * K.cm))
    s.append(P("His Majesty's Inspectorate of Constabulary and Fire &amp; Rescue Services", "subtitle", toc=False))
    s.append(K.Spacer(1, 2 * K.cm))
    s.append(P(esc(TITLE), "title", toc=False))
    s.append(P(esc(STRAP), "subtitle", toc=False))
    s.append(K.Spacer(1, 5 * K.cm))
    s.append(P(f"Published: {PUBLISHED_TEXT}", "body", toc=False))
    s.append(K.PageBreak())
    # ---- contents ------------------------------------------------------------------------
    s.append(P("Contents", "h1", toc=False))
    s.append(K.toc())
    s.append(K.PageBreak())
    # ---- overall summary -----------------------------------------------------------------
    s.append(P("Overall summary", "h1"))
    s.append(P("Our judgments", "h2"))
    s.append(body("Our inspection assessed how good Fenmoor Police is in nine areas of policing. We "
                  "make a graded judgment in each of them, as follows:", toc=False))
    s.append(K.grid_table([["Area of policing", "Grade"]] + [[a, g.capitalize()] for a, g in GRADES],
                          [W * 0.68, W * 0.32]))
    s.append(K.Spacer(1, 8))
    s.append(body("We set out our detailed findings about things the force is doing well and where "
                  "it should improve in the rest of this report."))
    s.append(P("Summary of our findings", "h2"))
    s += [
        body("Fenmoor Police is outstanding at preventing crime and good at treating the public "
             "fairly and at recording data about crime. But it is inadequate at responding to the "
             "public. Too many emergency calls are not answered quickly enough, and the force does "
             "not always assess the risk to callers properly."),
        body("We have identified one cause of concern, with three recommendations, and seven areas "
             "for improvement. We will monitor the force's progress closely."),
        body("In our 2022 inspection we identified eleven areas for improvement. The force has "
             "addressed eight of them; we consider the remaining three again in this report."),
        body("Gareth Lowther"),
        body("His Majesty's Inspector of Constabulary"),
    ]
    s.append(K.PageBreak())
    # ---- legitimacy / prevention ---------------------------------------------------------------
    s += section("Police legitimacy", [
        "The force treats the public fairly and with respect. It has a good understanding of how "
        "its use of force and its stop and search powers affect different communities, and an "
        "independent scrutiny panel reviews body-worn video footage every month.",
        "However, in a small number of the stop and search records we reviewed, the grounds for the "
        "search were not clearly recorded.",
    ])
    s += afi("1")
    s += section("Preventing crime", [
        "The force is outstanding at preventing crime. Its neighbourhood teams in Harnmouth, "
        "Brackenford, Wexcombe and Otterby work closely with councils and housing providers to solve "
        "local problems, and the force evaluates its prevention work carefully.",
        "We found an innovative scheme in Otterby in which neighbourhood officers and youth workers "
        "jointly run evening patrols in areas affected by antisocial behaviour.",
    ])
    s.append(K.PageBreak())
    # ---- responding to the public ----------------------------------------------------------------
    s += section("Responding to the public", [
        "The force is inadequate at responding to the public. In the year to March 2025 it answered "
        "only 64 percent of emergency calls within 10 seconds, well below the national standard of "
        "90 percent. Around one in five calls to the 101 non-emergency line was abandoned before it "
        "was answered.",
        "Call handlers did not always use the force's structured risk assessment. In 19 of the 70 "
        "calls we reviewed, there was no record of any assessment of the caller's vulnerability, and "
        "supervisors seldom reviewed the quality of the assessments that were made.",
    ])
    coc_box = [
        P("Cause of concern", "reclabel", toc=False),
        P(esc(COC), "body", toc=False),
        P("Recommendations", "reclabel", toc=False),
    ]
    for rid, text, _ in RECS:
        coc_box.append(P(f"Recommendation {rid}", "reclabel", toc=False))
        coc_box.append(P(esc(text), "body", tag=f"rec{rid}", toc=False))
    s.append(box(coc_box, W))
    s.append(K.Spacer(1, 10))
    s.append(body("The force also needs to improve how quickly it attends incidents. Response times "
                  "for incidents graded as requiring a prompt attendance were often much longer than "
                  "the force's own targets, and callers were not told about delays."))
    s += afi("2")
    s.append(K.PageBreak())
    # ---- investigating -------------------------------------------------------------------------
    s += section("Investigating crime", [
        "The force requires improvement at investigating crime. Most investigations we reviewed were "
        "thorough, but some complex cases had been given to officers who did not have the right "
        "skills or experience, and investigation plans were not always reviewed by supervisors.",
        "When a victim withdrew support for an investigation, the force did not always record why, or "
        "consider whether it could continue the investigation without the victim's support.",
    ])
    s += afi("3") + afi("4")
    s += section("Protecting vulnerable people", [
        "The force is adequate at protecting vulnerable people. Its multi-agency safeguarding hub "
        "works well, and the force uses domestic abuse protection orders effectively.",
        "But officers attending domestic abuse incidents did not always complete a risk assessment "
        "before leaving the scene, which meant that some risks were not identified quickly.",
    ])
    s += afi("5")
    s.append(K.PageBreak())
    # ---- offenders / workforce / leadership / data ------------------------------------------------
    s += section("Managing offenders and suspects", [
        "The force is adequate at managing offenders and suspects. It arrests wanted suspects "
        "promptly and manages registered sex offenders well, although some visits to offenders "
        "assessed as very high risk were overdue.",
    ])
    s += section("Building, supporting and protecting the workforce", [
        "The force requires improvement at building, supporting and protecting its workforce. Many "
        "officers and staff told us that their performance development reviews were a formality, "
        "and the force does not fully understand why an unusually high number of student officers "
        "leave before completing their training.",
    ])
    s += afi("6") + afi("7")
    s.append(K.PageBreak())
    s += section("Leadership and force management", [
        "The force is adequate at leadership and force management. Chief officers have a clear "
        "understanding of the demand the force faces, and the force management statement is "
        "thorough. The force has recently invested in its control room, but this investment has not "
        "yet improved performance.",
    ])
    s += section("Recording data about crime", [
        "The force is good at recording data about crime. We estimate that it records 93.8 percent "
        "of reported crime, and its recording of violent and sexual offences has improved since our "
        "last inspection.",
    ])
    s.append(K.PageBreak())
    # ---- annex --------------------------------------------------------------------------------
    s.append(P("Annex A: Cause of concern and areas for improvement", "h1"))
    s.append(body("This annex lists the cause of concern, recommendations and areas for improvement "
                  "set out in this report."))
    annex = [P("Cause of concern", "reclabel", toc=False), P(esc(COC), "body", toc=False)]
    for rid, text, _ in RECS:
        annex += [P(f"Recommendation {rid}", "reclabel", toc=False), P(esc(text), "body", toc=False)]
    s.append(box(annex, W))
    s.append(K.Spacer(1, 10))
    for i, _ in AFIS:
        s += afi(i)
    doc.multiBuild(s)
    return doc


def main():
    doc = build(os.path.join(HERE, "report.pdf"))
    recommendations = [
        rec(rid, text, dl, ["force"], "1", f"page {doc.first_page('rec' + rid)}") for rid, text, dl in RECS
    ]
    data = {
        "file": "report.pdf",
        "title": TITLE,
        "published": PUBLISHED,
        "inspectorates": ["HMICFRS"],
        "type": "PEEL",
        "forces_visited": [FORCE],
        "fenmoor_inspected": True,
        "totals": {"recommendations": 3, "areas_for_improvement": 7, "causes_of_concern": 1},
        "recommendations": recommendations,
        "causes_of_concern": [{"id": "1", "text": COC}],
        "areas_for_improvement": [{"id": i, "text": t} for i, t in AFIS],
        "graded_judgments": [{"area": a, "grade": g} for a, g in GRADES],
    }
    _kit.write_expected(
        HERE,
        data,
        "Fixture 52: PEEL report for Fenmoor Police. One unnumbered cause of concern (id 1) with three\n"
        "numbered recommendations in a shaded box; seven numbered areas for improvement; nine grades.",
    )


if __name__ == "__main__":
    main()
