"""Round 6 fixture 40: a PEEL force report for Fenmoor Police (PDF).

Eight graded areas, two numbered causes of concern carrying three recommendations between them, and
eight numbered areas for improvement placed inline under the area they belong to. The overall summary
paraphrases the causes of concern, and one section mentions an area for improvement from the force's
previous PEEL report that has now been closed. Run with /tmp/intake-venv/bin/python.
"""

from __future__ import annotations

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
for _p in (os.path.join(os.path.dirname(HERE), "..", "reports"), os.path.dirname(HERE)):
    sys.path.insert(0, os.path.abspath(_p))

import _kit  # noqa: E402
from _kit import d, esc, rec  # noqa: E402

K = _kit.pdf_kit()
P = K.P
S = K.styles

TITLE = "PEEL 2025–27: An inspection of Fenmoor Police"
SUBTITLE = "Police effectiveness, efficiency and legitimacy"
PUBLISHED_TEXT = "8 October 2026"
PUBLISHED = d(2026, 10, 8)
HEADER = "PEEL 2025–27: Fenmoor Police"
FOOTER = "HMICFRS – PEEL inspection report"

GRADES = [
    ("Police powers and public treatment", "Good"),
    ("Preventing crime and antisocial behaviour", "Good"),
    ("Responding to the public", "Inadequate"),
    ("Investigating crime", "Requires improvement"),
    ("Protecting vulnerable people", "Adequate"),
    ("Managing offenders and suspects", "Adequate"),
    ("Building, supporting and protecting the workforce", "Requires improvement"),
    ("Leadership and force management", "Adequate"),
]

COCS = {
    "1": "Fenmoor Police is not answering emergency and non-emergency calls quickly enough, and it does not "
    "always assess the risk to callers properly. This means that some vulnerable people wait too long "
    "for help.",
    "2": "The force does not supervise investigations well enough, and too many victims are not kept "
    "informed about the progress of their case as the Victims' Code requires.",
}

# id -> (text, deadline, addressees, cause of concern)
RECS = {
    "1": (
        "Within three months of the publication of this report, the force should make sure that it has enough "
        "trained call handlers on duty at times of peak demand to answer at least 90 percent of emergency "
        "calls within ten seconds.",
        "within three months of the publication of this report",
        ["force"],
        "1",
    ),
    "2": (
        "By 31 March 2027, the force should make sure that call handlers use a structured risk assessment for "
        "every call for service, and that supervisors check the quality of these assessments and act on what "
        "they find.",
        d(2027, 3, 31),
        ["force"],
        "1",
    ),
    "3": (
        "By 30 June 2027, Fenmoor Police should introduce a consistent approach to the supervision of "
        "investigations, so that every investigation has a clear plan, regular supervisory reviews and a "
        "record of each contact with the victim.",
        d(2027, 6, 30),
        ["force"],
        "2",
    ),
}

AFIS = {
    "1": "The force should make sure that officers record the grounds for every stop and search clearly, and "
    "that supervisors review a sample of these records each month.",
    "2": "The force should improve how it evaluates the problem-solving work it carries out with partners, so "
    "that it knows which approaches reduce antisocial behaviour.",
    "3": "The force should make sure that people who report non-emergency incidents online receive a timely "
    "response.",
    "4": "The force should record the reasons when a victim withdraws their support for a prosecution, and "
    "should consider in each case whether it can proceed without that support.",
    "5": "The force should make sure that officers who attend domestic abuse incidents consistently complete "
    "a risk assessment and refer victims to support services.",
    "6": "The force should reduce the number of wanted people and outstanding suspects recorded on its "
    "systems, and should make sure that the highest-risk cases are dealt with first.",
    "7": "The force should improve its understanding of the wellbeing needs of its workforce, particularly "
    "those of staff who work in its contact centre.",
    "8": "The force should improve the quality of the data it uses to manage performance, so that its leaders "
    "have an accurate picture of demand.",
}

# area -> (paragraphs, cause of concern id or None, afi ids)
SECTIONS = {
    "Police powers and public treatment": (
        [
            "Fenmoor Police treats the public fairly and with respect. Its officers understand the importance "
            "of explaining what they are doing and why. The force's external scrutiny panels review body-worn "
            "video footage of stop and search and use of force, and the force has acted on their feedback.",
            "We reviewed a sample of 120 stop and search records. We found that 88 percent of them recorded "
            "reasonable grounds. This is in line with most other forces, but the records that fell short were "
            "concentrated in two teams, and supervisors had not identified the problem.",
        ],
        None,
        ["1"],
    ),
    "Preventing crime and antisocial behaviour": (
        [
            "The force has a well-established neighbourhood policing model. Neighbourhood officers in "
            "Harnmouth and Brackenford know their communities well and work closely with the councils, housing "
            "providers and schools in their areas.",
            "We found a good deal of problem-solving activity, much of it imaginative. But the force rarely "
            "measures whether this work has made a lasting difference, and so it cannot be sure that it is "
            "using its resources to best effect.",
        ],
        None,
        ["2"],
    ),
    "Responding to the public": (
        [
            "The force is not answering calls from the public quickly enough. In the year to March 2026, it "
            "answered 68.4 percent of emergency calls within ten seconds, against a national standard of 90 "
            "percent. The average time to answer a non-emergency call was more than nine minutes, and around "
            "a quarter of these callers hung up before they got through.",
            "When calls are answered, the risk to the caller is not always assessed properly. In 21 of the 90 "
            "calls we listened to, the call handler did not use the force's structured risk assessment, and "
            "in some of these cases a repeat or vulnerable victim was not identified. Supervisors in the "
            "contact centre told us they did not have time to check the quality of call handling.",
            "The force has begun to recruit more call handlers and has changed its shift pattern. These changes "
            "are recent, and we have not yet seen evidence that they have improved the service the public "
            "receives.",
        ],
        "1",
        ["3"],
    ),
    "Investigating crime": (
        [
            "The standard of investigations in Fenmoor Police is too variable. In the 60 case files we "
            "examined, 17 had no investigation plan and 22 had no record of a supervisor reviewing the case "
            "within the time the force's own policy requires. Officers on response teams told us that they "
            "often carry more than 20 investigations at a time.",
            "Victims are not always kept informed. In a third of the cases we reviewed, there was no record "
            "that the victim had been updated in the previous month, and in several cases the victim had not "
            "been told that the investigation had been closed.",
            "In our 2024 PEEL inspection we told the force that it should improve how it records outcomes for "
            "crimes where the suspect is known but no further action is taken. The force has made good "
            "progress with this, and we are no longer treating it as an area for improvement.",
        ],
        "2",
        ["4"],
    ),
    "Protecting vulnerable people": (
        [
            "The force's multi-agency safeguarding hub is well run, and partners value the contribution that "
            "the force makes to it. Officers and staff have a good understanding of vulnerability and of the "
            "signs of exploitation.",
            "But the quality of the force's initial response to domestic abuse is inconsistent. Risk "
            "assessments were missing or incomplete in some of the cases we reviewed, and some victims were not "
            "referred to the support services commissioned by the police and crime commissioner.",
        ],
        None,
        ["5"],
    ),
    "Managing offenders and suspects": (
        [
            "The force manages registered sex offenders well, and its integrated offender management team works "
            "effectively with probation colleagues. However, it has a large number of wanted people and "
            "outstanding suspects on its systems, and it does not review these cases often enough.",
        ],
        None,
        ["6"],
    ),
    "Building, supporting and protecting the workforce": (
        [
            "The force has invested in wellbeing services, and most of the staff we spoke to knew how to get "
            "help. But sickness absence among contact centre staff is high, and the force does not have a "
            "clear picture of the reasons for it.",
        ],
        None,
        ["7"],
    ),
    "Leadership and force management": (
        [
            "Chief Constable Sarah Whitlock has set clear priorities since taking up post, and her chief "
            "officer team has a realistic view of where the force needs to improve. The force works "
            "constructively with the police and crime commissioner, Priya Lockwood, and her office.",
            "The force's performance framework relies on data that is sometimes incomplete or out of date. "
            "Leaders told us they could not always trust the figures they were given about demand in the "
            "contact centre.",
        ],
        None,
        ["8"],
    ),
}


def coc_box(cid: str) -> list:
    cell = [
        P(f"Cause of concern {cid}", "h3", toc=False),
        P(esc(COCS[cid]), tag=f"coc{cid}", toc=False),
        P("Recommendations", "h3", toc=False),
    ]
    for rid, (text, _dl, _ad, c) in RECS.items():
        if c == cid:
            cell.append(P(f"<b>Recommendation {rid}</b>", toc=False))
            cell.append(P(esc(text), tag=f"rec{rid}", toc=False))
    t = K.Table([[cell]], colWidths=[16.4 * K.cm])
    t.setStyle(
        K.TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, -1), K.colors.HexColor("#fbe9e7")),
                ("BOX", (0, 0), (-1, -1), 0.8, K.colors.HexColor("#b23b2e")),
                ("LEFTPADDING", (0, 0), (-1, -1), 8),
                ("RIGHTPADDING", (0, 0), (-1, -1), 8),
                ("TOPPADDING", (0, 0), (-1, -1), 6),
            ]
        )
    )
    return [t, K.Spacer(1, 8)]


def afi_block(aid: str) -> list:
    return [
        K.KeepTogether(
            [
                P(f"Area for improvement {aid}", "reclabel", toc=False),
                P(esc(AFIS[aid]), "rec", tag=f"afi{aid}", toc=False),
            ]
        )
    ]


def build(path: str) -> dict:
    story = []
    story.append(K.Spacer(1, 3.5 * K.cm))
    story.append(P(esc(TITLE), "title", toc=False))
    story.append(P(esc(SUBTITLE), "subtitle", toc=False))
    story.append(K.Spacer(1, 1.2 * K.cm))
    story.append(P(f"Published {PUBLISHED_TEXT}", "subtitle", toc=False))
    story.append(K.Spacer(1, 7 * K.cm))
    story.append(
        P("His Majesty's Inspectorate of Constabulary and Fire &amp; Rescue Services", toc=False)
    )
    story.append(P("Synthetic test document. All forces, people and findings are fictional.", "small", toc=False))
    story.append(K.NextPageTemplate("normal"))
    story.append(K.PageBreak())
    story.append(P("Contents", "h1", toc=False))
    story.append(K.toc())
    story.append(K.PageBreak())

    story.append(P("Overall summary", "h1"))
    story.append(P("Our judgments", "h2"))
    story.append(
        P(
            "Our inspection assessed how good Fenmoor Police is in eight areas of policing. We make graded "
            "judgments in all eight as follows:"
        )
    )
    story.append(K.grid_table([["Area of policing", "Grade"]] + [list(g) for g in GRADES], [11 * K.cm, 5 * K.cm]))
    story.append(K.Spacer(1, 10))
    story.append(
        P(
            "We set out our detailed findings about things the force is doing well and where it should "
            "improve in the rest of this report."
        )
    )
    story.append(P("HM Inspector's summary", "h2"))
    for t in [
        "I am pleased with some aspects of the performance of Fenmoor Police, but it needs to improve in "
        "several important areas.",
        "The force treats the public fairly and its neighbourhood teams are well regarded. However, I have "
        "serious concerns about how long it takes the force to answer calls, and about the quality of its "
        "investigations. In short, people who call the police in Fenmoor often wait too long, and victims "
        "whose crimes are investigated are too often left without news of what is happening.",
        "We have found two causes of concern, and we have made three recommendations to address them. We "
        "have also identified eight areas for improvement. We will monitor the force's progress closely.",
        "Rosalind Everett",
        "His Majesty's Inspector of Constabulary",
    ]:
        story.append(P(esc(t)))
    story.append(K.PageBreak())

    for area, grade in GRADES:
        paras, cid, afis = SECTIONS[area]
        story.append(P(esc(area), "h1"))
        story.append(P(f"<b>Grade: {grade}</b>", toc=False))
        for t in paras:
            story.append(P(esc(t)))
        if cid:
            story.extend(coc_box(cid))
        for aid in afis:
            story.extend(afi_block(aid))
        if area in (
            "Preventing crime and antisocial behaviour",
            "Responding to the public",
            "Investigating crime",
            "Protecting vulnerable people",
            "Managing offenders and suspects",
        ):
            story.append(K.PageBreak())
        else:
            story.append(K.Spacer(1, 10))
    story.append(K.PageBreak())
    story.append(P("About the data", "h1"))
    story.append(
        P(
            "The data in this report comes from a range of sources, including data the force gave us, our "
            "own inspection work and national datasets. Call answering figures come from the force's own "
            "telephony system and have not been independently audited."
        )
    )
    doc = K.FixtureDoc(path, title=TITLE, header=HEADER, footer_left=FOOTER, two_column=False)
    doc.multiBuild(story)
    return {rid: f"page {doc.first_page('rec' + rid)}" for rid in RECS}


def main() -> None:
    where = build(os.path.join(HERE, "report.pdf"))
    data = {
        "file": "report.pdf",
        "title": TITLE,
        "published": PUBLISHED,
        "inspectorates": ["HMICFRS"],
        "type": "PEEL",
        "forces_visited": ["Fenmoor Police"],
        "fenmoor_inspected": True,
        "totals": {"recommendations": 3, "areas_for_improvement": 8, "causes_of_concern": 2},
        "recommendations": [rec(rid, t, dl, ad, c, where[rid]) for rid, (t, dl, ad, c) in RECS.items()],
        "causes_of_concern": [{"id": k, "text": v} for k, v in COCS.items()],
        "areas_for_improvement": [{"id": k, "text": v} for k, v in AFIS.items()],
        "graded_judgments": [{"area": a, "grade": g.lower()} for a, g in GRADES],
    }
    _kit.write_expected(
        HERE,
        data,
        header="""Round 6, fixture 40. Convention decisions (see NOTES.md):
- title: the large cover line; "Police effectiveness, efficiency and legitimacy" is a subtitle and is left out.
- Totals are stated in words in HM Inspector's summary ("two causes of concern", "three recommendations",
  "eight areas for improvement").
- The 2024 report's area for improvement (crime outcomes), described in the Investigating crime section
  as closed, is not an area for improvement of this report.
- The summary's paraphrase of the causes of concern ("In short, ...") is not a cause of concern text.
- "the force" and "Fenmoor Police" -> force.""",
    )


if __name__ == "__main__":
    main()
