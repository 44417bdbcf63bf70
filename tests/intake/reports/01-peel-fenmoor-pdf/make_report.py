"""Fixture 01: PEEL force report for (fictional) Fenmoor Police, as a PDF.

Run with a Python that has reportlab (see ../README.md):
    /tmp/intake-venv/bin/python make_report.py
Writes report.pdf and expected.yaml in this folder.
"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import _kit  # noqa: E402
from _kit import d, esc, rec  # noqa: E402

K = _kit.pdf_kit()
P, cm = K.P, K.cm

TITLE = "PEEL 2025–27 Police effectiveness, efficiency and legitimacy: An inspection of Fenmoor Police"
SHORT = "PEEL 2025–27: An inspection of Fenmoor Police"
PUBLISHED = d(2026, 9, 17)
PUBLISHED_TEXT = "17 September 2026"

GRADES = [
    ("Police legitimacy and fair treatment of the public", "Good"),
    ("Preventing crime and antisocial behaviour", "Adequate"),
    ("Responding to the public", "Inadequate"),
    ("Investigating crime", "Requires improvement"),
    ("Protecting vulnerable people", "Requires improvement"),
    ("Managing offenders and suspects", "Adequate"),
    ("Building, supporting and protecting the workforce", "Outstanding"),
    ("Leadership and force management", "Adequate"),
]

COC = {
    "1": (
        "Fenmoor Police does not answer emergency and non-emergency calls quickly enough, and it "
        "does not assess the risk to callers consistently. This means that vulnerable people may "
        "not get the help they need when they first contact the force."
    ),
    "2": (
        "The force does not always identify and manage the risk to victims of domestic abuse. "
        "Supervisors do not review high-risk cases quickly enough, and the force makes too little "
        "use of the protective orders available to it."
    ),
}
RECS = [
    rec(
        "1",
        "Within three months, Fenmoor Police should make sure that it answers emergency calls "
        "in line with the national standard of 90 percent within 10 seconds, that abandoned "
        "non-emergency calls are reviewed for risk and called back where needed, and that call "
        "handlers use a structured risk assessment for every call for service.",
        "within three months",
        ["force"],
        "1",
    ),
    rec(
        "2",
        "By 31 January 2027, Fenmoor Police should make sure that every domestic abuse risk "
        "assessment graded as high risk is reviewed by a supervisor within 24 hours and that "
        "the safeguarding actions taken are recorded on the case.",
        d(2027, 1, 31),
        ["force"],
        "2",
    ),
    rec(
        "3",
        "Within six months, the force should improve how it uses protective orders, including "
        "domestic abuse protection notices and orders, so that officers apply for them whenever "
        "they would help to keep a victim safe.",
        "within six months",
        ["force"],
        "2",
    ),
]
AFI = {
    "1": (
        "The force should make sure that officers record the grounds for every stop and search "
        "clearly, and that supervisors check a sample of these records each month."
    ),
    "2": (
        "The force should evaluate its problem-solving work in Brackenford and Wexcombe so that "
        "it knows which tactics reduce antisocial behaviour."
    ),
    "3": (
        "The force should make sure that it attends incidents within the times it sets itself, "
        "and that it tells callers when attendance will be delayed."
    ),
    "4": (
        "The force should make sure that investigation plans are recorded and supervised for all "
        "crimes that are not closed at the first point of contact."
    ),
    "5": (
        "The force should improve how it records whether victims support police action, and the "
        "reasons why victims withdraw their support."
    ),
    "6": (
        "The force should make sure that children who go missing three or more times in 90 days "
        "are referred to the multi-agency missing children panel."
    ),
    "7": (
        "The force should reduce the backlog of home visits to registered sex offenders in the "
        "Harnmouth area."
    ),
    "8": (
        "The force should improve its understanding of demand in the force control room so that "
        "it can plan shifts to match the busiest periods."
    ),
}


def afi(n):
    return P(f"<b>Area for improvement {n}:</b> {esc(AFI[n])}", "rec", tag=f"afi{n}")


def build():
    story = []
    # ---- cover --------------------------------------------------------------------------
    story += [
        K.Spacer(1, 4 * cm),
        P(esc(TITLE), "title"),
        P("His Majesty's Inspectorate of Constabulary and Fire &amp; Rescue Services", "subtitle"),
        K.Spacer(1, 1 * cm),
        P(PUBLISHED_TEXT, "subtitle"),
        K.Spacer(1, 6 * cm),
        P(
            "© HMICFRS 2026. This is a synthetic document made for software testing. Fenmoor, "
            "its police force and every person and place named in it are fictional.",
            "small",
        ),
        K.NextPageTemplate("normal"),
        K.PageBreak(),
    ]
    # ---- contents -------------------------------------------------------------------------
    story += [P("Contents", "h1", toc=False), K.toc(), K.PageBreak()]
    # ---- about / overall summary ---------------------------------------------------------
    story += [
        P("About this inspection", "h1"),
        P(
            "This report sets out our findings from the PEEL (police effectiveness, efficiency and "
            "legitimacy) inspection of Fenmoor Police. We carried out our fieldwork between 2 and 20 "
            "March 2026, visiting the force headquarters in Harnmouth and police stations in "
            "Brackenford, Wexcombe and Otterby. We spoke to more than 160 officers and staff, observed "
            "the force control room over four shifts, and reviewed 170 crime files.",
            footnotes=[
                (
                    1,
                    "The case file review was carried out between 13 January and 20 February "
                    "2026 and covered crimes recorded in the six months to December 2025.",
                )
            ],
        ),
        P(
            "PEEL inspections assess how good a force is in each of eight areas of policing. We grade "
            "each area as outstanding, good, adequate, requires improvement or inadequate. We base "
            "these judgments on the characteristics of good policing set out in our published "
            "assessment framework, and on the force's performance compared with what the public can "
            "reasonably expect."
        ),
        P(
            "Where we find a serious, critical or systemic shortcoming in the force's practice, policy "
            "or performance, we report it as a cause of concern and make one or more recommendations "
            "to address it. Where we find an aspect of the force's work that needs to improve, but "
            "which does not amount to a cause of concern, we report it as an area for improvement. "
            "We do not make recommendations about areas for improvement, but we monitor the force's "
            "progress against them."
        ),
        P("Overall summary", "h1"),
        P("Our judgments", "h2"),
        P(
            "Our inspection assessed how good Fenmoor Police is in eight areas of policing. The table "
            "below shows the grade we gave for each area."
        ),
    ]
    cols = ["Outstanding", "Good", "Adequate", "Requires improvement", "Inadequate"]
    matrix = [cols]
    col_items = {c: [a for a, g in GRADES if g == c] for c in cols}
    depth = max(len(v) for v in col_items.values())
    for i in range(depth):
        matrix.append([col_items[c][i] if i < len(col_items[c]) else "" for c in cols])
    story += [K.grid_table(matrix, [3.2 * cm] * 5), K.Spacer(1, 8)]
    story += [
        P(
            "We set out our detailed findings about things the force is doing well and where it "
            "should improve in the rest of this report."
        ),
        P("HM Inspector's observations", "h2"),
        P(
            "I am grateful to Chief Constable Sarah Whitlock and to the officers and staff of Fenmoor "
            "Police for the way they helped us during this inspection. The force has a committed "
            "workforce and an ambitious programme of change, and it looks after its people well. Its "
            "work to support the wellbeing of officers and staff is among the best we have seen."
        ),
        P(
            "But I have serious concerns about how the force responds to the public. Too many "
            "emergency calls wait too long to be answered, and too many non-emergency callers give up "
            "before they speak to anyone. When calls are answered, call handlers do not consistently "
            "assess the risk to the caller. I am also concerned about how the force protects victims "
            "of domestic abuse."
        ),
        P(
            "In total, we found two causes of concern and eight areas for improvement. We have made "
            "recommendations to address each cause of concern. We will monitor the force's progress "
            "closely, and we will revisit the force to check that the improvements we have asked for "
            "have been made."
        ),
        P("<i>HM Inspector of Constabulary</i>"),
        K.PageBreak(),
    ]
    # ---- causes of concern ---------------------------------------------------------------
    story += [
        P("Causes of concern", "h1"),
        P(
            "We found two causes of concern. For each one we make recommendations that the force "
            "should act on. We expect the force to produce an action plan and to tell us how it will "
            "measure its progress."
        ),
        P("Cause of concern 1: Responding to the public", "h2"),
        P(esc(COC["1"]), "body", tag="coc1"),
        P("Recommendation 1", "reclabel"),
        P(esc(RECS[0]["text"]), "rec", tag="rec1"),
        P("Cause of concern 2: Protecting vulnerable people", "h2"),
        P(esc(COC["2"]), "body", tag="coc2"),
        P("Recommendation 2", "reclabel"),
        P(esc(RECS[1]["text"]), "rec", tag="rec2"),
        P("Recommendation 3", "reclabel"),
        P(esc(RECS[2]["text"]), "rec", tag="rec3"),
        K.PageBreak(),
    ]

    # ---- chapters ------------------------------------------------------------------------
    def chapter(area, grade, paras, afis=(), extra=()):
        verb = "requires improvement" if grade == "Requires improvement" else "is " + grade.lower()
        out = [
            P(esc(area), "h1"),
            P(f"<b>Grade: {grade}</b>", "h3"),
            P(f"<b>Fenmoor Police {verb} at {esc(area[0].lower() + area[1:])}.</b>"),
        ]
        for p in paras:
            out.append(p if not isinstance(p, str) else P(p))
        out += list(extra)
        if afis:
            out.append(P("Areas for improvement", "h2", toc=False))
            for n in afis:
                out.append(afi(n))
        out.append(K.PageBreak())
        return out

    story += chapter(
        "Police legitimacy and fair treatment of the public",
        "Good",
        [
            P("The force treats the public fairly", "h2"),
            "Officers we spoke to understood why fair and respectful treatment matters to public "
            "confidence. The force has trained all frontline officers in communication skills and "
            "de-escalation, and the use of body-worn video is well established. Supervisors review "
            "footage of a sample of incidents where force was used.",
            "The force has an external scrutiny panel that reviews stop and search and use of force "
            "records each quarter. Members of the panel told us that the force listens to their "
            "feedback and explains what it has changed as a result. This is good practice.",
            P("Stop and search", "h2"),
            "In the records we reviewed, most searches were based on reasonable grounds. But the "
            "grounds were not always recorded clearly, and in a small number of cases the record did "
            "not explain what the officer was looking for. Supervisors do not routinely check these "
            "records, so the force cannot be sure that every search is justified.",
        ],
        afis=["1"],
    )
    story += chapter(
        "Preventing crime and antisocial behaviour",
        "Adequate",
        [
            "Neighbourhood teams in Fenmoor know their communities well. In Harnmouth the port "
            "neighbourhood team works with the harbour authority and local businesses to reduce "
            "theft from commercial vehicles, and the number of such crimes has fallen over the past "
            "year.",
            "The force has invested in training officers in problem-solving, and we saw several "
            "well-planned projects, particularly in Brackenford and Wexcombe. But the force does not "
            "evaluate this work in a structured way. It cannot say with confidence which tactics work "
            "and which do not, and so it cannot share what works across the county.",
            "Neighbourhood officers are often taken away from their areas to cover response duties. "
            "The force told us it is reviewing this, and we will look at the results in our "
            "monitoring.",
        ],
        afis=["2"],
    )
    call_table = K.grid_table(
        [
            ["Measure", "Fenmoor Police", "England and Wales"],
            ["Emergency calls answered within 10 seconds", "64.2%", "86.5%"],
            ["Average time to answer a non-emergency call", "6 min 40 s", "2 min 50 s"],
            ["Non-emergency calls abandoned", "31%", "17%"],
        ],
        [8 * cm, 3.5 * cm, 3.5 * cm],
    )
    story += chapter(
        "Responding to the public",
        "Inadequate",
        [
            P("Answering calls", "h2"),
            P(
                "The force does not answer calls from the public quickly enough. In the twelve months to "
                "December 2025, it answered 64.2 percent of emergency calls within 10 seconds, well "
                "below the national standard of 90 percent.",
                footnotes=[
                    (
                        2,
                        "Figures supplied by the force and checked against the BT call data published "
                        "for all forces. England and Wales figures are averages for the same period.",
                    )
                ],
            ),
            call_table,
            K.Spacer(1, 8),
            "When calls are answered, call handlers do not always use the structured risk assessment "
            "the force has adopted. In 22 of the 70 calls we listened to, the risk to the caller was "
            "not properly assessed. Some vulnerable callers were not identified as vulnerable, and "
            "their calls were given a lower priority than they should have been.",
            "These findings are the basis of cause of concern 1, set out earlier in this report with "
            "our recommendation.",
            P("Attending incidents", "h2"),
            "The force has set itself attendance times for each grade of incident. It does not meet "
            "them for a large proportion of priority incidents, particularly in the rural areas "
            "around Otterby. Callers are not always told when attendance will be delayed, and some "
            "callers told us they waited for hours without an update.",
        ],
        afis=["3"],
    )
    story += chapter(
        "Investigating crime",
        "Requires improvement",
        [
            "Most investigations we reviewed were allocated to the right team. But too many lacked a "
            "recorded investigation plan, and supervision was inconsistent. In 41 of the 120 "
            "investigations we reviewed that were not closed at first contact, we found no evidence "
            "that a supervisor had set or reviewed the direction of the investigation.",
            "Victims were not always kept informed in line with the Victims' Code. Where victims "
            "withdrew their support for an investigation, the reasons were seldom recorded, so the "
            "force cannot understand or reduce victim attrition.",
            "The force's digital forensics unit has reduced its backlog over the past year, and "
            "investigators told us that urgent examinations are completed quickly.",
        ],
        afis=["4", "5"],
    )
    story += chapter(
        "Protecting vulnerable people",
        "Requires improvement",
        [
            "The force has a clear commitment to protecting vulnerable people, and its multi-agency "
            "safeguarding hub in Harnmouth works well with partners. But we found that high-risk "
            "domestic abuse cases were not always reviewed promptly by supervisors, and officers "
            "made little use of domestic abuse protection notices and orders. These findings form "
            "cause of concern 2.",
            "The force takes reports of missing children seriously, and officers carry out return "
            "home interviews in most cases. But some children who went missing repeatedly were not "
            "referred to the multi-agency panel that is meant to plan how to keep them safe.",
        ],
        afis=["6"],
    )
    story += chapter(
        "Managing offenders and suspects",
        "Adequate",
        [
            "The force arrests suspects promptly in most cases, and it has good arrangements for "
            "pursuing wanted people. Its integrated offender management scheme is well run and is "
            "supported by the Police and Crime Commissioner's funding for a drug treatment "
            "pathway.",
            "The management of registered sex offenders is generally effective, but there is a "
            "backlog of home visits in the Harnmouth area caused by staff vacancies. The force has "
            "a plan to recruit to these posts, and we will look at the effect of that plan.",
        ],
        afis=["7"],
    )
    story += chapter(
        "Building, supporting and protecting the workforce",
        "Outstanding",
        [
            "The force looks after its workforce exceptionally well. Its wellbeing service offers "
            "officers and staff quick access to counselling and occupational health, and it checks "
            "on people who have dealt with traumatic incidents within 24 hours.",
            P("Innovative practice", "h2"),
            "The force has introduced a peer support scheme in the control room, where experienced "
            "call handlers mentor new starters for their first six months. Staff turnover in the "
            "control room has fallen since the scheme began. Other forces may wish to consider this "
            "approach.",
        ],
    )
    story += chapter(
        "Leadership and force management",
        "Adequate",
        [
            "Chief officers have a clear vision for the force, and the workforce understands it. The "
            "force has good financial plans, agreed with the Police and Crime Commissioner, Priya "
            "Lockwood, and it has delivered the savings it planned.",
            "But the force does not understand the demand on its control room well enough. Shift "
            "patterns do not match the times when calls are highest, which contributes to the delays "
            "described earlier in this report.",
        ],
        afis=["8"],
    )
    # ---- annex ------------------------------------------------------------------------------
    story += [
        P("About the data", "h1"),
        P(
            "Data in this report comes from a range of sources, including the force, the Home Office "
            "and our own inspection work. Where we compare the force with England and Wales, we use "
            "the average of all 43 Home Office forces for the same period. Figures are rounded to one "
            "decimal place."
        ),
        P(
            "This report contains no national recommendations. The recommendations in it are for "
            "Fenmoor Police only. Under section 55 of the Police Act 1996, the police and crime "
            "commissioner must publish comments on this report within 56 days."
        ),
    ]
    return story


def main():
    out = os.path.join(HERE, "report.pdf")
    doc = K.FixtureDoc(out, title=TITLE, header=SHORT, footer_left="HMICFRS | Fenmoor Police PEEL 2025–27")
    doc.multiBuild(build())
    recs = []
    for r in RECS:
        r = dict(r)
        r["where"] = f"page {doc.first_page('rec' + r['id'])}"
        recs.append(r)
    data = {
        "file": "report.pdf",
        "title": TITLE,
        "published": PUBLISHED,
        "inspectorates": ["HMICFRS"],
        "type": "PEEL",
        "forces_visited": ["Fenmoor Police"],
        "fenmoor_inspected": True,
        "totals": {"recommendations": None, "areas_for_improvement": 8, "causes_of_concern": 2},
        "recommendations": recs,
        "causes_of_concern": [{"id": k, "text": v} for k, v in COC.items()],
        "areas_for_improvement": [{"id": k, "text": v} for k, v in AFI.items()],
        "graded_judgments": [{"area": a, "grade": g.lower()} for a, g in GRADES],
    }
    _kit.write_expected(
        HERE,
        data,
        header="PEEL report: totals are stated in words in the HM "
        "Inspector's observations (two causes of concern, eight "
        "areas for improvement); no recommendation count is stated.",
    )
    print("wrote", out, "pages:", doc.page)


if __name__ == "__main__":
    main()
