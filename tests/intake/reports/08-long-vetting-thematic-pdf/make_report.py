"""Fixture 08: LONG national thematic PDF (about 150 pages) for the speed benchmark.

Real title, date and counts (43 recommendations, 5 areas for improvement) from INSPECTIONS.tsv;
every sentence is invented. Findings chapters are generated from sentence templates with a fixed
random seed, so the file is reproducible. Recommendations appear inline with a bold lead-in after
the findings they follow from (some in two-column chapters, one running over a page break) and
again in Annex A; areas for improvement appear inline and again in Annex B. Eight forces visited,
Fenmoor Police among them.

Run: /tmp/intake-venv/bin/python make_report.py
"""

import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import _kit  # noqa: E402
from _kit import d, esc, rec  # noqa: E402

K = _kit.pdf_kit()
P, cm = K.P, K.cm

TITLE = "An inspection of vetting, misconduct, and misogyny in the police service"
PUBLISHED = d(2022, 11, 2)
PUBLISHED_TEXT = "2 November 2022"
FORCES = [
    "Ashby Vale Police",
    "Cresford Police",
    "Dunmere Police",
    "Fenmoor Police",
    "Kelder Constabulary",
    "Northmarsh Police",
    "Saltby Constabulary",
    "West Tamar Police",
]
CC, COP, HO, NPCC, IOPC, PCC, NCA = (
    "chief constables",
    "College of Policing",
    "Home Office",
    "NPCC",
    "IOPC",
    "PCCs",
    "NCA",
)

# (lead-in shown in bold, rest, deadline, addressees)
R = [
    (
        "By 30 April 2023, chief constables should",
        "make sure that their forces carry out all the "
        "checks required by the vetting authorised professional practice before any offer of "
        "employment is confirmed.",
        d(2023, 4, 30),
        [CC],
    ),
    (
        "By 30 April 2023, chief constables should",
        "make sure that vetting units search local and "
        "national intelligence systems for information about all the family members and associates "
        "listed on a vetting application.",
        d(2023, 4, 30),
        [CC],
    ),
    (
        "The College of Policing should,",
        "by 31 July 2023, amend the vetting authorised professional "
        "practice so that it sets out the minimum checks to be made on an applicant's use of social "
        "media.",
        d(2023, 7, 31),
        [COP],
    ),
    (
        "Chief constables should",
        "make sure that an applicant who has been refused vetting clearance "
        "by another force cannot be granted clearance without the decision being reviewed by a senior "
        "manager.",
        None,
        [CC],
    ),
    (
        "By 31 October 2023, the Home Office should",
        "amend the regulations so that every applicant "
        "to the police service must disclose any previous application to another force and its "
        "outcome.",
        d(2023, 10, 31),
        [HO],
    ),
    (
        "By 30 April 2023, chief constables should",
        "make sure that every vetting decision in which "
        "adverse information is identified includes a written rationale explaining how the risk has "
        "been assessed and managed.",
        d(2023, 4, 30),
        [CC],
    ),
    (
        "Chief constables should",
        "make sure that vetting units record the ethnicity and sex of "
        "applicants and analyse their decisions for disproportionality at least once a year.",
        None,
        [CC],
    ),
    (
        "The College of Policing should",
        "introduce, within six months, a national appeals process "
        "for vetting decisions that includes an independent element.",
        "within six months",
        [COP],
    ),
    (
        "By 31 October 2023, the NPCC should",
        "establish a national forum in which heads of vetting "
        "units can discuss difficult cases and agree consistent approaches.",
        d(2023, 10, 31),
        [NPCC],
    ),
    (
        "Immediately, chief constables should",
        "make sure that transferring officers are vetted to "
        "the same standard as new recruits, including a review of their complaint and misconduct "
        "history.",
        "immediately",
        [CC],
    ),
    (
        "By 31 March 2023, the College of Policing should",
        "publish guidance on the information that "
        "one force must share with another when an officer applies to transfer.",
        d(2023, 3, 31),
        [COP],
    ),
    (
        "Chief constables should",
        "make sure that former officers who apply to re-join are asked "
        "whether they were under investigation when they left.",
        None,
        [CC],
    ),
    (
        "By the end of March 2023, chief constables should",
        "make sure that their forces have a "
        "complete record of the vetting status of every officer, member of staff and volunteer.",
        d(2023, 3, 31),
        [CC],
    ),
    (
        "Chief constables should",
        "make sure that vetting clearances are renewed before they expire, "
        "and that no one continues to work in a vetted role with an expired clearance.",
        None,
        [CC],
    ),
    (
        "By 31 October 2023, the Home Office, working with the College of Policing, should",
        "introduce a requirement for officers and staff to be re-vetted when there is a significant "
        "change in their circumstances.",
        d(2023, 10, 31),
        [HO, COP],
    ),
    (
        "Chief constables should",
        "make sure that management vetting is completed for everyone who "
        "works in a role that gives access to sensitive information, including contractors.",
        None,
        [CC],
    ),
    (
        "By 30 September 2023, chief constables should",
        "make sure that their forces have a clear "
        "policy on sexual harassment in the workplace, and that every officer and member of staff has "
        "been told what it means for them.",
        d(2023, 9, 30),
        [CC],
    ),
    (
        "Chief constables should",
        "make sure that supervisors are trained to recognise and challenge "
        "misogynistic and predatory behaviour.",
        None,
        [CC],
    ),
    (
        "The College of Policing should",
        "revise the Code of Ethics so that it describes clearly the "
        "behaviour expected of officers and staff towards colleagues and members of the public.",
        None,
        [COP],
    ),
    (
        "By 31 March 2024, chief constables and police and crime commissioners should",
        "make sure "
        "that the workforce surveys they commission include questions about sexual harassment and "
        "misogyny, and that the results are published. Where a survey shows that a significant "
        "proportion of women in the workforce have experienced sexual harassment, the chief constable "
        "should publish a plan setting out what the force will do about it, and the police and crime "
        "commissioner should hold the chief constable to account for delivering that plan through "
        "the commissioner's usual arrangements for scrutiny.",
        d(2024, 3, 31),
        [CC, PCC],
    ),
    (
        "Chief constables should",
        "make sure that women in their forces have access to a "
        "confidential route for raising concerns that is independent of their line management.",
        None,
        [CC],
    ),
    (
        "By 30 June 2023, chief constables should",
        "make sure that their forces have an anonymous "
        "reporting line for wrongdoing that is available to all officers and staff, and that it is "
        "well publicised.",
        d(2023, 6, 30),
        [CC],
    ),
    (
        "Chief constables should",
        "make sure that people who report wrongdoing are protected from "
        "victimisation, and that any allegation of victimisation is investigated.",
        None,
        [CC],
    ),
    (
        "The NPCC should,",
        "within 12 months, develop a national standard for how forces support "
        "people who report wrongdoing by colleagues.",
        "within 12 months",
        [NPCC],
    ),
    (
        "By 31 December 2023, the IOPC should",
        "publish an analysis of the themes in reports of wrongdoing made to it by police officers and staff.",
        d(2023, 12, 31),
        [IOPC],
    ),
    (
        "By 30 April 2023, chief constables should",
        "make sure that their counter-corruption units "
        "have enough trained staff to assess all the intelligence they receive within 24 hours.",
        d(2023, 4, 30),
        [CC],
    ),
    (
        "Chief constables should",
        "make sure that their forces can monitor all force IT systems for "
        "misuse, and that the monitoring is used proactively.",
        None,
        [CC],
    ),
    (
        "By 31 October 2023, chief constables should",
        "make sure that their counter-corruption "
        "strategic threat assessments are updated every year and include the threat from abuse of "
        "position for a sexual purpose.",
        d(2023, 10, 31),
        [CC],
    ),
    (
        "The NPCC and the National Crime Agency should",
        "agree how intelligence about corrupt "
        "officers is shared between forces and regional organised crime units.",
        None,
        [NPCC, NCA],
    ),
    (
        "Immediately, chief constables should",
        "make sure that abuse of position for a sexual "
        "purpose is treated as serious corruption and referred to the IOPC in every case where the "
        "referral criteria are met.",
        "immediately",
        [CC],
    ),
    (
        "By 30 June 2023, chief constables should",
        "make sure that their counter-corruption units "
        "look for the warning signs of abuse of position for a sexual purpose, including contact with "
        "vulnerable victims outside working hours.",
        d(2023, 6, 30),
        [CC],
    ),
    (
        "The College of Policing should",
        "include abuse of position for a sexual purpose in the "
        "initial training of every officer and member of staff.",
        None,
        [COP],
    ),
    (
        "By 31 March 2024, police and crime commissioners should",
        "make sure that the victim services "
        "they commission can support people who have been sexually exploited by police officers or "
        "staff.",
        d(2024, 3, 31),
        [PCC],
    ),
    (
        "Chief constables should",
        "make sure that misconduct investigations are completed within the "
        "time set by their professional standards departments, and that delays are explained to "
        "complainants.",
        None,
        [CC],
    ),
    (
        "By 31 October 2023, the Home Office should",
        "review the regulations that govern time limits for misconduct investigations.",
        d(2023, 10, 31),
        [HO],
    ),
    (
        "The IOPC should,",
        "within six months, issue guidance to forces on assessing allegations of "
        "sexual misconduct made against officers.",
        "within six months",
        [IOPC],
    ),
    (
        "Chief constables should",
        "make sure that professional standards investigators are trained "
        "to investigate allegations of sexual misconduct.",
        None,
        [CC],
    ),
    (
        "By 31 March 2024, police and crime commissioners should",
        "review how they recruit, train and appraise the legally qualified chairs of misconduct hearings.",
        d(2024, 3, 31),
        [PCC],
    ),
    (
        "The Home Office should",
        "consider whether chief constables should have the power to make "
        "the final decision in gross misconduct hearings.",
        None,
        [HO],
    ),
    (
        "By 31 December 2023, the College of Policing should",
        "update its guidance on outcomes in "
        "misconduct proceedings so that it deals with sexual misconduct and misogyny.",
        d(2023, 12, 31),
        [COP],
    ),
    (
        "Chief constables should",
        "make sure that every officer or member of staff who leaves while "
        "under investigation is reported to the College of Policing for inclusion on the barred list "
        "where appropriate.",
        None,
        [CC],
    ),
    (
        "By 30 September 2023, the College of Policing should",
        "make sure that forces check the "
        "barred and advisory lists before appointing anyone to a role, including volunteer roles.",
        d(2023, 9, 30),
        [COP],
    ),
    (
        "By 31 March 2024, the Home Office, working with the NPCC, the College of Policing and the "
        "IOPC, should",
        "report publicly on the progress made by the police service in implementing "
        "the recommendations in this report.",
        d(2024, 3, 31),
        [HO, NPCC, COP, IOPC],
    ),
]
assert len(R) == 43
RECS = [rec(str(i), f"{lead} {rest}", dl, who) for i, (lead, rest, dl, who) in enumerate(R, 1)]
AFI = [
    "Forces should improve the quality of the information they give applicants about the vetting process.",
    "Forces should make sure that their vetting units have access to all the information systems they need.",
    "Forces should make sure that their counter-corruption units tell the vetting unit about "
    "relevant intelligence.",
    "Forces should improve how they communicate the outcomes of misconduct proceedings to their workforce.",
    "Forces should make sure that all officers and staff receive refresher training on "
    "professional boundaries every two years.",
]

# chapter: title, two-column?, sections, recs (1-based ids) placed after sections, afis
CHAPTERS = [
    (
        "Recruitment vetting",
        False,
        [
            "How forces vet applicants",
            "Checks on family and associates",
            "Social media",
            "Applicants refused elsewhere",
        ],
        {0: [1], 1: [2], 2: [3], 3: [4, 5]},
        {0: [1]},
    ),
    (
        "Vetting decisions and appeals",
        True,
        ["Recording the rationale", "Disproportionality", "Appeals", "Consistency between forces"],
        {0: [6], 1: [7], 2: [8], 3: [9]},
        {3: [2]},
    ),
    (
        "Transferees and re-joiners",
        False,
        ["Officers who transfer", "Sharing information", "Former officers"],
        {0: [10], 1: [11], 2: [12]},
        {},
    ),
    (
        "Renewals and management vetting",
        False,
        ["Knowing who is vetted", "Expired clearances", "Changes in circumstances", "Sensitive roles"],
        {0: [13], 1: [14], 2: [15], 3: [16]},
        {},
    ),
    (
        "Misogyny and workplace culture",
        False,
        ["What the workforce told us", "Supervisors", "Standards of behaviour", "Surveys", "Speaking up"],
        {0: [17], 1: [18], 2: [19], 3: [20], 4: [21]},
        {},
    ),
    (
        "Reporting wrongdoing",
        True,
        [
            "Reporting lines",
            "Protection from victimisation",
            "Support for people who report",
            "National picture",
        ],
        {0: [22], 1: [23], 2: [24], 3: [25]},
        {},
    ),
    (
        "Counter-corruption intelligence",
        True,
        ["Capacity", "Monitoring IT systems", "Threat assessments", "Sharing intelligence"],
        {0: [26], 1: [27], 2: [28], 3: [29]},
        {2: [3]},
    ),
    (
        "Abuse of position for a sexual purpose",
        True,
        ["Treating it as corruption", "Warning signs", "Training", "Support for victims"],
        {0: [30], 1: [31], 2: [32], 3: [33]},
        {2: [5]},
    ),
    (
        "Misconduct investigations",
        False,
        ["Timeliness", "Regulations", "Assessing allegations", "Investigator skills"],
        {0: [34], 1: [35], 2: [36], 3: [37]},
        {},
    ),
    (
        "Misconduct hearings and outcomes",
        False,
        ["Legally qualified chairs", "Decision-making", "Outcomes", "Telling the workforce"],
        {0: [38], 1: [39], 2: [40]},
        {3: [4]},
    ),
    (
        "The barred and advisory lists",
        False,
        ["Leavers under investigation", "Checking the lists"],
        {0: [41], 1: [42]},
        {},
    ),
    ("National oversight", False, ["Leadership of the service", "Monitoring progress"], {1: [43]}, {}),
]
SPLIT_REC = 20  # this recommendation is made to run over a page break

VOCAB = {
    "units": [
        "vetting unit",
        "professional standards department",
        "counter-corruption unit",
        "human resources team",
        "information management team",
    ],
    "docs": ["vetting files", "misconduct files", "complaint files", "intelligence reports", "case records"],
    "actors": [
        "Vetting officers",
        "Supervisors",
        "Investigators",
        "Senior leaders",
        "Members of staff",
        "Women officers",
        "Staff association representatives",
    ],
    "good": [
        "the team kept careful records of every decision it made",
        "managers reviewed a sample of decisions each month",
        "the work was well led and the team understood its priorities",
        "staff had received recent training and were confident in their roles",
        "leaders had invested in additional posts and the backlog was falling",
        "the team used a clear checklist that reduced the risk of errors",
    ],
    "issue": [
        "checks had been started but not completed",
        "the reasons for a decision had not been written down",
        "information held on one system had not been compared with another",
        "the work had been delayed for several months without explanation",
        "a decision had been made by someone without the necessary training",
        "relevant intelligence had not been passed to the people who needed it",
        "the file did not show who had made the final decision",
    ],
    "voice": [
        "their workload had grown much faster than the size of their team",
        "they were not always confident that concerns would be taken seriously",
        "the guidance they worked to was open to different interpretations",
        "they had seen a real improvement over the previous two years",
        "they did not know where to find the relevant policy",
        "they would welcome clearer direction from national bodies",
    ],
    "months": ["January 2021", "March 2021", "June 2021", "September 2021", "November 2021", "February 2022"],
    "survey": [
        "they had seen behaviour at work that they considered misogynistic",
        "they would feel confident reporting a colleague's misconduct",
        "they understood how vetting decisions were made",
        "they had received training on professional boundaries in the last two years",
        "they trusted the confidential reporting line",
    ],
    "consequence": [
        "the force could not be sure that it had identified every risk",
        "decisions were not always consistent from one case to the next",
        "some people were given access to sensitive information before the risk had been assessed",
        "complainants waited longer than necessary for an outcome",
        "managers lacked the information they needed to oversee the work",
        "opportunities to prevent harm were missed",
    ],
}


def filler(rng, topic, n_paras):
    """Paragraphs of findings built from sentence templates (no template repeats within a
    paragraph). No sentence uses 'should' or 'recommend', so filler never looks like an ask."""
    v = VOCAB
    tl = topic.lower()
    templates = [
        lambda f1, f2: f"In {f1}, {rng.choice(v['good'])}.",
        lambda f1, f2: f"In {f2}, however, {rng.choice(v['issue'])}.",
        lambda f1, f2: (
            lambda n: (
                f"We reviewed {n} {rng.choice(v['docs'])} in {f1} and found that "
                f"in {rng.randint(2, n // 3)} of them "
                f"{rng.choice(v['issue'])}."
            )
        )(rng.randint(20, 90)),
        lambda f1, f2: f"{rng.choice(v['actors'])} in {f2} told us that {rng.choice(v['voice'])}.",
        lambda f1, f2: f"As a result, {rng.choice(v['consequence'])}.",
        lambda f1, f2: (
            f"The {rng.choice(v['units'])} in {f1} had a good understanding of {tl}, "
            f"but in some cases {rng.choice(v['issue'])}."
        ),
        lambda f1, f2: (
            f"Across the eight forces, practice in {tl} varied considerably, and we "
            f"found few examples of forces learning from one another."
        ),
        lambda f1, f2: (
            "Leaders we spoke to recognised the problem, and several described plans to address it."
        ),
        lambda f1, f2: (
            f"{f1} had introduced a new policy on {tl} in {rng.choice(v['months'])}, "
            f"but it was too early to judge its effect."
        ),
        lambda f1, f2: (
            f"When we compared {f1} with {f2}, the difference in approach was striking: "
            f"in one, {rng.choice(v['good'])}; in the other, "
            f"{rng.choice(v['issue'])}."
        ),
        lambda f1, f2: (
            f"In our survey, {rng.randint(18, 64)} percent of respondents from {f2} "
            f"said that {rng.choice(v['survey'])}."
        ),
        lambda f1, f2: (
            f"We were told that {rng.choice(v['voice'])}, and the records we examined supported this."
        ),
        lambda f1, f2: (
            f"Some of the weaknesses in {tl} that we found in {f2} had been identified "
            f"by the force's own audit, but the actions agreed had not been completed."
        ),
        lambda f1, f2: f"The consequence, in too many cases, was that {rng.choice(v['consequence'])}.",
    ]
    out = []
    for _ in range(n_paras):
        f1, f2 = rng.sample(FORCES, 2)
        picks = rng.sample(range(len(templates)), rng.randint(5, 7))
        out.append(" ".join(templates[i](f1, f2) for i in picks))
    return out


def rec_block(i, keep=True):
    lead, rest, _, _ = R[i - 1]
    label_style = (
        "reclabel" if keep else K.ParagraphStyle("RecLabelLoose", parent=K.styles["reclabel"], keepWithNext=0)
    )
    return [
        P(f"Recommendation {i}", label_style, toc=False),
        P(f"<b>{esc(lead)}</b> {esc(rest)}", "rec", tag=f"rec{i}"),
    ]


def build(paras_per_section):
    rng = random.Random(20221102)
    s = [
        K.Spacer(1, 4 * cm),
        P(esc(TITLE), "title"),
        P("His Majesty's Inspectorate of Constabulary and Fire &amp; Rescue Services", "subtitle"),
        K.Spacer(1, 9 * cm),
        P(
            "Synthetic test document. Only the title, date and counts follow a real publication; "
            "all text, forces and figures are invented.",
            "small",
        ),
        K.NextPageTemplate("normal"),
        K.PageBreak(),
        P("Published " + PUBLISHED_TEXT, "h3", toc=False),
        P(
            "© HMICFRS 2022. This publication is licensed under the terms of an open licence except "
            "where otherwise stated.",
            "small",
        ),
        K.Spacer(1, 1 * cm),
        P("Contents", "h1", toc=False),
        K.toc(),
        K.PageBreak(),
    ]
    n_cc = sum(1 for r in RECS if CC in r["addressees"])
    s += [P("Foreword", "h1")]
    s += [P(t) for t in filler(rng, "vetting and professional standards", 3)]
    s += [
        P("Summary", "h1"),
        P(
            f"We make 43 recommendations and identify 5 areas for improvement. Of the "
            f"recommendations, {n_cc} are for chief constables, some of them jointly with other "
            f"bodies. The others are for the College of Policing, the National Police Chiefs' "
            f"Council, the Home Office, the Independent Office for Police Conduct, police and crime "
            f"commissioners and the National Crime Agency. Each recommendation appears in the "
            f"chapter that explains why we make it, and all of them are listed in Annex A."
        ),
        P("About this inspection", "h2"),
        P(
            "The Home Secretary commissioned this inspection. We inspected eight forces: "
            + ", ".join(FORCES[:-1])
            + " and "
            + FORCES[-1]
            + ". In each force we reviewed "
            "vetting, misconduct and complaint files, and we interviewed officers and staff of "
            "every rank. We also surveyed more than 11,000 officers and staff across England and "
            "Wales.",
            footnotes=[(1, "Fieldwork took place between November 2021 and April 2022.")],
        ),
    ]
    s += [P(t) for t in filler(rng, "vetting and professional standards", 2)]
    fn = 2
    for ci, (title, twocol, sections, recs_at, afis_at) in enumerate(CHAPTERS, 1):
        s += [K.NextPageTemplate("twocol" if twocol else "normal"), K.PageBreak()]
        s += [P(f"{ci}. {esc(title)}", "h1")]
        intro = filler(rng, title, 1)[0]
        s += [
            P(
                intro,
                footnotes=[
                    (
                        fn,
                        f"The figures in this chapter were supplied by the eight "
                        f"forces we inspected and relate to the year ending 31 "
                        f"March 2022 unless otherwise stated.",
                    )
                ],
            )
        ]
        fn += 1
        for si, sec in enumerate(sections):
            s += [P(esc(sec), "h2")]
            s += [P(t) for t in filler(rng, title, paras_per_section)]
            for n in afis_at.get(si, []):
                s += [P(f"<b>Area for improvement {n}:</b> {esc(AFI[n - 1])}", "rec", toc=False)]
            for i in recs_at.get(si, []):
                if i == SPLIT_REC:
                    s += [K.FillTo(5 * 14)]
                    s += rec_block(i, keep=False)
                else:
                    s += rec_block(i)
    s += [
        K.NextPageTemplate("normal"),
        K.PageBreak(),
        P("Annex A: Summary of recommendations", "h1"),
        P(
            "The recommendations in this report are listed below in the order in which they appear "
            "in the chapters."
        ),
    ]
    for i, (lead, rest, _, _) in enumerate(R, 1):
        s += [P(f"Recommendation {i}", "reclabel", toc=False), P(esc(f"{lead} {rest}"), "rec")]
    s += [K.PageBreak(), P("Annex B: Areas for improvement", "h1")]
    for n, t in enumerate(AFI, 1):
        s += [P(f"<b>Area for improvement {n}:</b> {esc(t)}", "rec")]
    s += [K.PageBreak(), P("Annex C: Methodology", "h1")]
    s += [P(t) for t in filler(rng, "the inspection methodology", 4)]
    return s


def main():
    out = os.path.join(HERE, "report.pdf")
    paras = int(os.environ.get("PARAS_PER_SECTION", "13"))
    doc = K.FixtureDoc(out, title=TITLE, header=TITLE, footer_left="HMICFRS | " + PUBLISHED_TEXT)
    doc.multiBuild(build(paras))
    split = doc.tag_pages[f"rec{SPLIT_REC}"]
    assert len(split) == 2, split
    recs = [dict(r, where=f"page {doc.first_page('rec' + r['id'])}") for r in RECS]
    data = {
        "file": "report.pdf",
        "title": TITLE,
        "published": PUBLISHED,
        "inspectorates": ["HMICFRS"],
        "type": "national thematic",
        "forces_visited": FORCES,
        "fenmoor_inspected": True,
        "totals": {"recommendations": 43, "areas_for_improvement": 5, "causes_of_concern": None},
        "recommendations": recs,
        "causes_of_concern": [],
        "areas_for_improvement": [{"id": str(i), "text": t} for i, t in enumerate(AFI, 1)],
        "graded_judgments": [],
    }
    _kit.write_expected(
        HERE,
        data,
        header=(
            f"LONG file for the speed benchmark: {doc.page} pages. Chapters 2 and 6-8 are two-column.\n"
            f"Recommendation {SPLIT_REC} starts on page {split[0]} and continues on page {split[1]}.\n"
            "Recommendations are inline (bold lead-in) and repeated in Annex A; AFIs inline and in "
            "Annex B.\nRecommendation 13 says 'By the end of March 2023' (deadline 2023-03-31)."
        ),
    )
    print("wrote", out, "pages", doc.page, "split", split)


if __name__ == "__main__":
    main()
