"""Fixture 51: national thematic inspection (HMICFRS), PDF.

Recommendations appear inline at the end of each chapter (bold label line, then the text with a
bold lead-in where it starts with a deadline) and are repeated in Annex A. Builds report.pdf and
writes expected.yaml from the same strings.
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

TITLE = (
    "An inspection of how well the police and National Crime Agency tackle the online sexual "
    "abuse and exploitation of children"
)
PUBLISHED = d(2023, 4, 5)
PUBLISHED_TEXT = "5 April 2023"
FORCES = [
    "Fenmoor Police",
    "Kelder Constabulary",
    "Northmarsh Police",
    "West Tamar Police",
    "Ashby Vale Police",
    "Cresford Police",
    "Dunmere Police",
    "Saltby Constabulary",
]

# (id, bold lead-in or "", rest of text, deadline, addressees)
RECS = [
    # chapter 2
    ("1", "", "Chief constables and police and crime commissioners should make sure that the force "
     "strategic assessment, the force management statement and the police and crime plan each "
     "describe the threat from online child sexual abuse and exploitation and the resources "
     "needed to meet it.", None, ["chief constables", "PCCs"]),
    ("2", "By 30 September 2023, the Home Office should", "confirm the funding arrangements for "
     "the national child abuse image database beyond March 2024, so that forces and the National "
     "Crime Agency can plan their use of it with confidence.", d(2023, 9, 30), ["Home Office"]),
    ("3", "", "The NPCC lead for child protection and abuse investigation should, by 31 January "
     "2024, produce a national performance framework for the policing response to online child "
     "sexual abuse and exploitation, and report against it to chief constables twice a year.",
     d(2024, 1, 31), ["NPCC"]),
    # chapter 3
    ("4", "By 31 October 2023, chief constables should", "make sure that every referral about "
     "online child sexual abuse received from the National Crime Agency is risk-assessed by a "
     "trained officer within 24 hours of receipt, using a documented process that takes account "
     "of the circumstances of any child as well as those of the suspect.", d(2023, 10, 31),
     ["chief constables"]),
    ("5", "By 31 October 2023, the National Crime Agency should", "give forces, with each "
     "referral, a clear summary of the information it holds about the suspect and any child "
     "identified, and the date on which it received that information from the reporting "
     "company.", d(2023, 10, 31), ["NCA"]),
    ("6", "", "The NPCC lead for child protection and abuse investigation, working with the "
     "National Crime Agency, should by 31 January 2024 agree a single national standard for the "
     "time within which forces should act on referrals at each level of risk, and publish it to "
     "all forces.", d(2024, 1, 31), ["NPCC", "NCA"]),
    ("7", "", "The National Crime Agency should, within six months, review how it grades the "
     "referrals it sends to forces and share the results of the review with forces.",
     "within six months", ["NCA"]),
    ("8", "By 31 October 2023, chief constables should", "make sure that their forces record, "
     "for every referral, the date it was received, the date of the first action taken and the "
     "outcome, so that performance can be compared between forces.", d(2023, 10, 31),
     ["chief constables"]),
    # chapter 4
    ("9", "By 31 March 2024, chief constables should", "make sure that, when officers execute a "
     "search warrant in an online child sexual abuse investigation, a safeguarding referral is "
     "made for every child who lives at or regularly visits the address, and that the referral "
     "is recorded.", d(2024, 3, 31), ["chief constables"]),
    ("10", "", "Chief constables should make sure that digital devices seized in online child "
     "sexual abuse investigations are triaged at the scene wherever possible, using equipment "
     "and trained staff that are available at all times.", None, ["chief constables"]),
    ("11", "By 30 April 2024, the College of Policing, working with the NPCC lead for child "
     "protection and abuse investigation, should", "update authorised professional practice on "
     "the investigation of online child sexual abuse to include guidance on the use of triage "
     "tools and on interviewing suspects found in possession of indecent images.",
     d(2024, 4, 30), ["College of Policing", "NPCC"]),
    # chapter 5
    ("12", "By 31 March 2024, chief constables should", "review the number of officers and staff "
     "who investigate online child sexual abuse in their forces, and make sure that this "
     "capacity matches the demand described in their force management statements.",
     d(2024, 3, 31), ["chief constables"]),
    ("13", "By March 2024, chief constables should", "make sure that all officers and staff who "
     "investigate online child sexual abuse have completed the nationally accredited training "
     "for this work.", d(2024, 3, 31), ["chief constables"]),
    ("14", "", "Chief constables should, within six months of the publication of this report, "
     "make sure that officers and staff who view indecent images of children have access to "
     "regular psychological screening and support, and that supervisors monitor its take-up.",
     "within six months of the publication of this report", ["chief constables"]),
    ("15", "", "The College of Policing should, by 31 December 2023, introduce a professional "
     "development programme for specialist investigators of online child sexual abuse and "
     "exploitation.", d(2023, 12, 31), ["College of Policing"]),
    # chapter 6
    ("16", "", "The Home Office, the Department for Education and the National Crime Agency "
     "should together develop a consistent national approach to helping children, parents and "
     "carers to stay safe online, and should publish their plan by 31 March 2024.",
     d(2024, 3, 31), ["Home Office", "other", "NCA"]),
    ("17", "", "Police and crime commissioners should make sure that the services they "
     "commission for victims of crime include specialist support for children who have been "
     "sexually abused or exploited online, and for their families.", None, ["PCCs"]),
]


def full(r) -> str:
    return (r[1] + " " + r[2]).strip()


def rec_flowables(r, tag: str | None):
    label = P(f"Recommendation {r[0]}", "reclabel", toc=False)
    body = (f"<b>{esc(r[1])}</b> " if r[1] else "") + esc(r[2])
    return [label, P(body, "rec", tag=tag, toc=False)]


def recs(ids, tag=True):
    out = []
    for r in RECS:
        if r[0] in ids:
            out += rec_flowables(r, f"rec{r[0]}" if tag else None)
    return out


def body(text: str, **kw):
    return P(esc(text), "body", **kw)


def build(path: str):
    doc = K.FixtureDoc(
        path,
        title=TITLE,
        header="Online child sexual abuse and exploitation: police and NCA inspection",
        footer_left="HMICFRS",
        two_column=False,
    )
    s = []
    # ---- cover -----------------------------------------------------------------------
    s.append(K.Spacer(1, 2.5 * K.cm))
    s.append(P("His Majesty's Inspectorate of Constabulary and Fire &amp; Rescue Services", "subtitle", toc=False))
    s.append(K.Spacer(1, 1.5 * K.cm))
    s.append(P(esc(TITLE), "title", toc=False))
    s.append(P("A national thematic inspection", "subtitle", toc=False))
    s.append(K.Spacer(1, 4 * K.cm))
    s.append(P(f"Published: {PUBLISHED_TEXT}", "body", toc=False))
    s.append(K.PageBreak())
    # ---- contents ----------------------------------------------------------------------
    s.append(P("Contents", "h1", toc=False))
    s.append(K.toc())
    s.append(K.PageBreak())
    # ---- foreword / summary ----------------------------------------------------------------
    s.append(P("Foreword", "h1"))
    s += [
        body("The sexual abuse of children online causes lasting harm. Every image or video of a "
             "child being abused is a record of a crime, and each time it is shared the child is "
             "harmed again. The number of referrals that forces receive about this offending has "
             "grown every year since our last inspection, and it continues to grow."),
        body("We found many dedicated officers and staff doing difficult work well. But we also "
             "found that too many referrals waited weeks before anyone assessed the risk to the "
             "children involved, and that some forces did not know how many referrals they had "
             "waiting. In several cases we reviewed, children remained in contact with a suspect "
             "for months after the force had been told of the concern."),
        body("The police cannot tackle this problem alone. The National Crime Agency, government "
             "departments, schools and technology companies all have a part to play. Our "
             "recommendations are addressed to chief constables and to several national bodies, "
             "and we will monitor progress against each of them."),
        body("Rachel Denholm"),
        body("His Majesty's Inspector of Constabulary"),
    ]
    s.append(P("Summary", "h2"))
    s += [
        body("This inspection examined how well the police and the National Crime Agency (NCA) "
             "identify, investigate and prevent the online sexual abuse and exploitation of "
             "children, and how well they safeguard the children involved."),
        body("Between May and September 2022 we inspected eight police forces: "
             + ", ".join(FORCES[:-1]) + " and " + FORCES[-1] + ". We also visited the NCA's "
             "child exploitation command and two regional organised crime units."),
        body("We reviewed 211 case files and spoke to more than 300 officers, staff and "
             "representatives of partner organisations. We have made 17 recommendations. Eight are "
             "for chief constables, two involve police and crime commissioners (one of them jointly "
             "with chief constables), and the rest are for national bodies."),
    ]
    s.append(K.PageBreak())
    # ---- chapter 1 ------------------------------------------------------------------------
    s.append(P("1. Introduction", "h1"))
    s += [
        body("Online child sexual abuse and exploitation covers a wide range of offending. It "
             "includes the making, sharing and possession of indecent images of children, the "
             "grooming of children online and the live streaming of abuse. Offenders may be in "
             "the same town as the child or on the other side of the world."),
        body("Most investigations begin with a referral from the NCA, which receives reports from "
             "technology companies and other countries. The NCA develops each report and passes it "
             "to the force where the suspect appears to live. Forces also receive reports directly "
             "from the public, from schools and from children's social care.",
             footnotes=[(1, "Reports from companies based in the United States are made first to "
                            "a national clearing house, which passes those relating to the "
                            "United Kingdom to the NCA.")]),
        body("Our terms of reference asked four questions: how well the police and the NCA "
             "understand the threat; how well they respond to referrals; how well they "
             "investigate offences and safeguard children; and how well they work with others "
             "to prevent this offending."),
        body("We last inspected this subject in 2018. Some of the problems we found then remain, "
             "and the volume of referrals has more than doubled since that report was published."),
    ]
    s.append(K.PageBreak())
    # ---- chapter 2 ----------------------------------------------------------------------------
    s.append(P("2. Understanding and prioritising the threat", "h1"))
    s += [
        body("All the forces we inspected described online child sexual abuse as a priority. "
             "However, few could show how this priority affected their decisions about resources. "
             "In four forces, the strategic assessment did not include any analysis of the "
             "referrals the force had received."),
        body("Police and crime plans in five of the eight force areas mentioned child sexual abuse, "
             "but only two referred to online offending. Commissioners told us that they relied on "
             "the force to tell them about the scale of the problem, and that they did not always "
             "receive this information."),
        body("The national child abuse image database is an important tool for forces. It allows "
             "investigators to identify known images quickly and to concentrate on new material "
             "that may show a child who has not yet been found. Forces and the NCA told us that "
             "uncertainty about its future funding made it hard to plan."),
        body("There is no national framework for measuring how well forces respond to this "
             "offending. Forces collect different information in different ways, and so cannot "
             "compare their performance with that of others."),
    ]
    s += recs({"1", "2", "3"})
    s.append(K.PageBreak())
    # ---- chapter 3 ----------------------------------------------------------------------------
    s.append(P("3. Referrals and the initial response", "h1"))
    s += [
        body("The forces we inspected received between 40 and 260 referrals a month from the NCA. "
             "We found wide differences in how quickly forces assessed them. In the best force, "
             "every referral was assessed on the day it arrived. In the worst, some referrals "
             "waited more than six weeks."),
        body("Most forces used a risk assessment tool to decide how quickly to act. But the tools "
             "concentrated on the suspect and often took no account of whether the suspect lived "
             "with, worked with or had other access to children. In 31 of the cases we reviewed, "
             "the assessment did not record whether any child was at risk."),
        body("Investigators told us that the information in referrals varied in quality. Some "
             "referrals did not make clear when the offending had taken place, or whether the NCA "
             "had already identified a child. This led to delays while forces went back to the "
             "NCA for more information."),
        body("There is no agreed national standard for the time within which forces should act "
             "on a referral. The NCA grades each referral before sending it, but forces do not "
             "always agree with its grading, and several forces carry out their own assessment "
             "from the beginning."),
        body("Few forces could tell us how long, on average, they took to act on a referral, or "
             "what the outcome had been. Without this information, chief officers cannot know "
             "whether children are being protected quickly enough."),
    ]
    s += recs({"4", "5", "6", "7", "8"})
    s.append(K.PageBreak())
    # ---- chapter 4 ----------------------------------------------------------------------------
    s.append(P("4. Investigation and safeguarding", "h1"))
    s += [
        body("When forces did act, investigations were generally thorough. Officers executing "
             "search warrants were well prepared, and most investigations were supervised."),
        body("But safeguarding was not consistent. In too many cases, officers did not make a "
             "referral to children's social care for children who lived at or visited the "
             "suspect's address. In some of these cases, the suspect was a parent or carer."),
        body("Digital devices were often taken away for full examination without any triage at "
             "the scene. This added to the backlog in digital forensic units and meant that "
             "evidence which could have justified an arrest on the day was not found for months."),
        body("Authorised professional practice does not yet give investigators guidance on the "
             "use of triage tools, and officers told us that they would welcome clearer national "
             "guidance on interviewing suspects in these cases."),
    ]
    s += recs({"9", "10", "11"})
    s.append(K.PageBreak())
    # ---- chapter 5 ----------------------------------------------------------------------------
    s.append(P("5. The workforce", "h1"))
    s += [
        body("Specialist teams in every force told us that they did not have enough investigators "
             "to manage the number of referrals they received. In three forces, investigators "
             "held caseloads of more than 30 live investigations each."),
        body("Training was inconsistent. Some investigators had completed the nationally "
             "accredited course; others had learned on the job. There is no recognised route for "
             "specialist investigators to develop their skills further."),
        body("Viewing indecent images of children takes a heavy toll on those who do it. All the "
             "forces offered some form of support, but in four forces psychological screening was "
             "voluntary and supervisors did not know whether their staff had taken it up."),
    ]
    s += recs({"12", "13", "14", "15"})
    s.append(K.PageBreak())
    # ---- chapter 6 ----------------------------------------------------------------------------
    s.append(P("6. Prevention and support for victims", "h1"))
    s += [
        body("Forces carried out a great deal of prevention work with schools, but it was "
             "not co-ordinated nationally. Children in neighbouring areas received very different "
             "messages, and parents told us that they did not know where to find reliable advice."),
        body("Support for children who had been abused online was patchy. In some areas, "
             "specialist services had waiting lists of several months; in others, there was no "
             "specialist service at all. Police and crime commissioners commission many of the "
             "services that victims use, and are well placed to close these gaps."),
    ]
    s += recs({"16", "17"})
    s.append(K.PageBreak())
    # ---- annex A ------------------------------------------------------------------------------
    s.append(P("Annex A: Summary of recommendations", "h1"))
    s.append(body("For ease of reference, we repeat all 17 recommendations below, in the order in "
                  "which they appear in this report."))
    for r in RECS:
        s += rec_flowables(r, None)
    s.append(K.PageBreak())
    # ---- annex B ------------------------------------------------------------------------------
    s.append(P("Annex B: About our data", "h1"))
    s += [
        body("We asked each force for information about the referrals it received between "
             "1 April 2021 and 31 March 2022. We reviewed a random sample of case files in each "
             "force and interviewed officers, staff and partner organisations."),
        body("The figures in this report relate to the eight forces we inspected and should not "
             "be taken to represent the position across England and Wales as a whole."),
    ]
    doc.multiBuild(s)
    return doc


def main():
    doc = build(os.path.join(HERE, "report.pdf"))
    recommendations = [
        rec(r[0], full(r), r[3], r[4], None, f"page {doc.first_page('rec' + r[0])}") for r in RECS
    ]
    data = {
        "file": "report.pdf",
        "title": TITLE,
        "published": PUBLISHED,
        "inspectorates": ["HMICFRS"],
        "type": "national thematic",
        "forces_visited": FORCES,
        "fenmoor_inspected": True,
        "totals": {"recommendations": 17, "areas_for_improvement": None, "causes_of_concern": None},
        "recommendations": recommendations,
        "causes_of_concern": [],
        "areas_for_improvement": [],
        "graded_judgments": [],
    }
    _kit.write_expected(
        HERE,
        data,
        "Fixture 51: national thematic, recommendations inline per chapter and repeated in Annex A.\n"
        "Title, date and count of 17 recommendations as in INSPECTIONS.tsv; all wording invented.",
    )


if __name__ == "__main__":
    main()
