"""Fixture 27: a long (30+ page) national thematic PDF whose recommendations appear only in a
closing chapter "Our recommendations", each a paragraph that starts with a bold number "1." and a
bold lead-in sentence, followed by plain sentences that belong to the same recommendation.

Run with /tmp/intake-venv/bin/python (reportlab 5.0.1). Writes report.pdf and expected.yaml.
All wording is synthetic; the title, forces, people and figures are invented.
"""

from __future__ import annotations

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

TITLE = "Behind the screen: An inspection of how police forces handle digital and online public contact"
COVER_TITLE = "Behind the screen"
COVER_SUB = "An inspection of how police forces handle digital and online public contact"
PUBLISHED = d(2025, 11, 13)
PUBLISHED_WORDS = "13 November 2025"
FORCES = [
    "Greywater Police",
    "Fenmoor Police",
    "Lindhurst Constabulary",
    "Penhallow Constabulary",
    "Stourleigh Police",
    "Rushmere Police",
]
COMPARATOR = "Marrowdale Police"

# ---------------------------------------------------------------------------------------------
# The recommendations: (id, bold lead-in, plain continuation, deadline, addressees)
# ---------------------------------------------------------------------------------------------
RECS = [
    (
        "1",
        "By 31 March 2026, chief constables should make sure that every report received through an "
        "online form or webchat is assessed for threat, harm and risk within 24 hours of receipt.",
        "The assessment should follow the same structured approach that call handlers use for "
        "telephone calls, and it should be recorded in a way that supervisors can audit.",
        d(2026, 3, 31),
        ["chief constables"],
    ),
    (
        "2",
        "Within 6 months, chief constables should publish the answer times for webchat and the "
        "time taken to review online reports, alongside their 999 and 101 figures.",
        "The figures should be updated at least every quarter and should be easy to find on the "
        "force website.",
        "within 6 months",
        ["chief constables"],
    ),
    (
        "3",
        "By 30 June 2026, the NPCC lead for contact management, working with the College of "
        "Policing, should produce national guidance on the minimum information that online "
        "reporting forms must collect.",
        "The guidance should explain how forces can ask about vulnerability without making a form "
        "so long that people give up before they submit it.",
        d(2026, 6, 30),
        ["NPCC", "College of Policing"],
    ),
    (
        "4",
        "The Home Office and the NPCC should jointly agree a national data standard for recording "
        "digital contact, so that every force counts webchat sessions, social media messages and "
        "online forms in the same way.",
        "Once it is agreed, the standard should become part of the annual data requirement.",
        None,
        ["Home Office", "NPCC"],
    ),
    (
        "5",
        "By the end of 2026, chief constables and police and crime commissioners should jointly "
        "review how they tell the public which contact channel to use and what response to expect.",
        "They should test the information they publish with people who have little or no access to "
        "the internet, and with people whose first language is not English.",
        "by the end of 2026",
        ["chief constables", "PCCs"],
    ),
    (
        "6",
        "By 31 May 2026, chief constables should make sure that all contact staff who handle "
        "written reports have been trained to recognise signs of vulnerability in written messages.",
        "The training should include examples of messages in which a person hints at a risk "
        "without stating it.",
        d(2026, 5, 31),
        ["chief constables"],
    ),
    (
        "7",
        "By 30 September 2026, the College of Policing should update its authorised professional "
        "practice on contact management so that it covers digital channels as fully as it covers "
        "telephone calls.",
        "The update should include advice on closing a webchat session safely when the person "
        "stops replying.",
        d(2026, 9, 30),
        ["College of Policing"],
    ),
    (
        "8",
        "Chief constables should make sure that, when an online report is closed without any "
        "police attendance, the person who made it is told why and is told how to get further help.",
        "This should happen in every case, including those where the report was passed to another "
        "organisation.",
        None,
        ["chief constables"],
    ),
]

AFIS = [
    (
        "1",
        "Forces should improve how they check whether a person who reports online has already "
        "contacted them about the same matter by another channel.",
    ),
    (
        "2",
        "Forces should make better use of the information their online reporting tools hold about "
        "forms that people start but do not submit.",
    ),
]

# ---------------------------------------------------------------------------------------------
# Filler text: seeded, invented sentences (no "should", no "recommend")
# ---------------------------------------------------------------------------------------------
CHANNELS = ["webchat", "the online reporting form", "social media messaging", "the force's contact email address",
            "the single online home portal", "the online crime tracker"]
TEAMS = ["the contact centre", "the digital desk", "the resolution centre", "the force control room",
         "the crime bureau", "the public contact team"]
TEMPLATES = [
    "In {force}, staff on {team} told us that demand through {channel} had grown steadily over the past two years.",
    "We reviewed {n} online reports in {force} and found that {pct} per cent had been read within a day.",
    "Several members of the public we heard from said they chose {channel} because they did not want to wait on the telephone.",
    "The way {force} recorded contact through {channel} made it hard to tell how many people had been helped.",
    "Supervisors on {team} checked a sample of written reports each week, but the sample was small.",
    "{force} had introduced a triage screen for {channel}, and staff found it quick to use.",
    "We saw messages that described a risk only in passing, and some of these had not been identified as urgent.",
    "Staff told us that a written report takes longer to assess than a call, because there is no chance to ask a question straight away.",
    "The audit data from {force} showed that {pct} per cent of webchat sessions ended before the person had given an address.",
    "Managers in {force} were aware of the backlog on {team} and had moved staff to reduce it.",
    "Most forces could tell us how many calls they answered, but fewer could tell us how many online forms they received.",
    "We found {n} reports in which the person had contacted the force twice, once by telephone and once through {channel}.",
    "The quality of written records on {team} varied from one shift to another.",
    "In interviews, contact staff described {channel} as useful for people who could not speak freely at home.",
    "Across the six forces, the time taken to assess an online report ranged from under an hour to more than four days.",
    "{force} used automated replies to acknowledge every message received through {channel}.",
    "The automated replies we read were polite, but few of them told the person when to expect a response.",
    "Some forces had linked their online forms directly to the crime recording system, which reduced the amount of copying.",
    "In {force}, reports made through {channel} were reviewed by a separate team from the one that answered calls.",
    "Staff on {team} had access to the same risk assessment tools as call handlers, but did not always use them.",
    "We spoke to {n} members of staff in focus groups, and most said they enjoyed the variety of digital work.",
    "Sickness absence on {team} in {force} was higher than in the rest of the control room during the period we examined.",
    "Performance meetings in {force} looked closely at 999 answer times and paid less attention to digital channels.",
    "The public survey run by {force} asked about telephone contact but not about online contact.",
    "Staff in {force} could see a person's previous contact history only if they searched three separate systems.",
    "We heard that the online form in {force} timed out after twenty minutes, and any unsaved information was lost.",
    "One victim told us that the automated reply she received made her feel that nobody had read her message.",
    "Managers recognised that digital contact needs different skills, and some had written new role profiles.",
    "{pct} per cent of the reports we examined in {force} had a recorded decision about whether to attend.",
    "Where reports were passed to another organisation, the person was not always told that this had happened.",
    "The webchat service in {force} was open for twelve hours a day, and messages sent overnight waited until morning.",
    "Data on abandoned online forms existed in most forces, but nobody we spoke to was responsible for analysing it.",
    "Officers who attended after an online report said the initial information was often thin.",
    "We looked at the accessibility of each force website and found that {n} of the pages we tested had problems for screen readers.",
    "{force} had started to publish a monthly summary of contact, but it did not yet include {channel}.",
    "Call handlers on {team} were confident about identifying vulnerability in a conversation and less confident in writing.",
    "The training records we examined in {force} showed that {pct} per cent of digital staff had completed the vulnerability module.",
    "A small number of online reports we reviewed described domestic abuse, and in most of these the response was prompt.",
    "The forces that had invested in {channel} could not yet show whether the investment had reduced demand on the telephone lines.",
    "Most of the people we surveyed were satisfied with how easy it was to make a report, and less satisfied with what happened afterwards.",
]


def filler(rng: random.Random, sentences: int) -> str:
    out = []
    for _ in range(sentences):
        t = rng.choice(TEMPLATES)
        out.append(
            t.format(
                force=rng.choice(FORCES),
                team=rng.choice(TEAMS),
                channel=rng.choice(CHANNELS),
                n=rng.randint(12, 240),
                pct=rng.randint(18, 94),
            )
        )
    s = " ".join(out)
    return s[0].upper() + s[1:]


CHAPTERS = [
    ("Chapter 1: How the public contacts the police online",
     ["The growth in digital contact", "What the public told us", "Channels offered by the forces we inspected"]),
    ("Chapter 2: Assessing threat, harm and risk in written reports",
     ["How forces assess online reports", "Identifying vulnerability in writing", "Repeat and linked contact"]),
    ("Chapter 3: Webchat and social media",
     ["Opening hours and capacity", "Ending a webchat session", "Social media messaging"]),
    ("Chapter 4: Keeping people informed",
     ["Acknowledging a report", "Closing a report without attendance", "Reports passed to other organisations"]),
    ("Chapter 5: Data, performance and accountability",
     ["What forces measure", "Publishing performance", "Scrutiny by police and crime commissioners"]),
    ("Chapter 6: Staff, training and wellbeing",
     ["Skills for digital contact", "Training", "Wellbeing and workload"]),
    ("Chapter 7: National support and guidance",
     ["National guidance", "Technology and suppliers", "Sharing good practice"]),
]

# Trap sentences placed in findings (not recommendations)
TRAP_SHOULD_1 = (
    "Several call handlers told us that online forms should ask for a contact telephone number in "
    "every case, because without one they could not check details quickly."
)
TRAP_SHOULD_2 = (
    "Supervisors in two forces believed that staff who answer webchat should not also be asked to "
    "answer 101 calls during the same shift."
)
TRAP_COMPARATOR = (
    f"{COMPARATOR}, which was not one of the forces we inspected, publishes its webchat answer "
    "times every month. None of the six forces we inspected did so."
)
MONITORING_1 = (
    "We will ask each force we inspected to tell us, within three months, what it has done in "
    "response to this report. We will then examine progress as part of our continuous assessment of "
    "forces, and we will report on it in our annual assessment of policing. Police and crime "
    "commissioners have a statutory duty to publish comments on this report, and we will read those "
    "comments with interest. Where a recommendation is addressed to a national body, we will write "
    "to that body and publish its reply on our website."
)
MONITORING_2 = (
    "Some recommendations name a date and others do not. Where no date is given, we expect the work "
    "to start promptly and to be complete before our next inspection of contact management. Where "
    "two or more bodies are named, we expect them to agree between themselves who will lead, and to "
    "tell us who that is. We have not costed our recommendations, but we have discussed each of them "
    "with the bodies concerned during the inspection, and none of them told us that the work was "
    "beyond its reach. We are grateful to the staff in the six forces who gave us their time."
)
SUMMARY_PARAPHRASE = (
    "In brief, we want chief constables to assess online reports for risk within a day, to be open "
    "about how quickly they answer webchat, and to explain to people why their report has been "
    "closed. We also want national bodies to agree how digital contact is counted and to bring "
    "guidance up to date."
)
TOTALS_SENTENCE = (
    "We make eight recommendations and identify two areas for improvement. Six of the "
    "recommendations are for chief constables, two of them jointly with police and crime "
    "commissioners or national bodies."
)


def build(pdf_path: str):
    rng = random.Random(27)
    styles = K.styles
    recpara = K.ParagraphStyle("RecPara", parent=styles["body"], leftIndent=20, firstLineIndent=-20,
                               spaceAfter=10)
    story = []
    # ---------------- cover (page 1)
    story += [
        K.Spacer(1, 4 * K.cm),
        P(esc(COVER_TITLE) + ":", "title", toc=False),
        P(esc(COVER_SUB), "subtitle", toc=False),
        K.Spacer(1, 1 * K.cm),
        P("His Majesty's Inspectorate of Constabulary and Fire &amp; Rescue Services", "body", toc=False),
        P("November 2025", "body", toc=False),
        K.PageBreak(),
    ]
    # ---------------- inside cover + contents (page 2..)
    story += [
        P("About this report", "h2", toc=False),
        P(f"Published on {PUBLISHED_WORDS}. Our fieldwork took place between March and June 2025.", "body"),
        P("This report is available in other formats on request. It is published under an open "
          "licence. Any enquiries about this publication may be sent to our public contact team.", "body"),
        P("ISBN: 978-1-00000-270-2", "small"),
        K.Spacer(1, 0.6 * K.cm),
        P("Contents", "h1", toc=False),
        K.toc(),
        K.PageBreak(),
    ]
    # ---------------- foreword
    story += [
        P("Foreword", "h1"),
        P("More people now contact the police by typing than by talking. This inspection looked at what "
          "happens to those messages once they arrive, and whether the people who send them receive the "
          "same care as someone who dials 101.", "body"),
        P(filler(rng, 6), "body"),
        P("Our recommendations, which are set out in full in the chapter headed 'Our recommendations', "
          "are aimed at chief constables, police and crime commissioners and the national bodies that "
          "support them.", "body"),
        P("Dominic Ashgrove<br/>His Majesty's Inspector of Constabulary", "body"),
        K.PageBreak(),
    ]
    # ---------------- summary
    story += [
        P("Summary", "h1"),
        P("Forces have made it far easier to report a crime online, and the public has responded. But "
          "we found that the systems behind the online front door have not kept pace.", "body"),
        P(filler(rng, 7), "body"),
        P(SUMMARY_PARAPHRASE, "body"),
        P(TOTALS_SENTENCE, "body"),
        P(filler(rng, 6), "body"),
        K.PageBreak(),
    ]
    # ---------------- introduction
    story += [
        P("Introduction", "h1"),
        P("Why we carried out this inspection", "h2"),
        P(filler(rng, 6), "body"),
        P("Our terms of reference", "h2"),
        P("We set out to answer one question: how well do police forces identify and respond to risk "
          "when the public contacts them through digital channels?", "body"),
        P(filler(rng, 5), "body"),
        P("How we inspected", "h2"),
        P("We inspected six forces: " + ", ".join(FORCES[:-1]) + " and " + FORCES[-1] + ". In each force "
          "we interviewed leaders and staff, observed contact staff at work, held focus groups and "
          "examined a sample of online reports.", "body"),
        P(filler(rng, 6), "body"),
        K.PageBreak(),
    ]
    # ---------------- findings chapters
    for ci, (chap, sections) in enumerate(CHAPTERS):
        story.append(P(esc(chap), "h1"))
        for si, sec in enumerate(sections):
            story.append(P(esc(sec), "h2"))
            for pi in range(PARAS):
                story.append(P(filler(rng, rng.randint(4, 7)), "body"))
                if ci == 1 and si == 1 and pi == 2:
                    story.append(P(TRAP_SHOULD_1, "body"))
                if ci == 4 and si == 1 and pi == 1:
                    story.append(P(TRAP_COMPARATOR, "body"))
                if ci == 5 and si == 2 and pi == 3:
                    story.append(P(TRAP_SHOULD_2, "body"))
            if ci == 2 and si == 0:
                box = K.Table(
                    [[P("<b>Promising practice: a callback promise</b>", "cell", toc=False)],
                     [P("Penhallow Constabulary tells every person who uses webchat outside opening hours "
                        "the time by which a member of staff will reply. Staff told us that complaints "
                        "about delays fell after the promise was introduced.", "cell", toc=False)]],
                    colWidths=[16.4 * K.cm],
                )
                box.setStyle(K.TableStyle([("BACKGROUND", (0, 0), (-1, -1), K.colors.HexColor("#eef3f8")),
                                           ("LEFTPADDING", (0, 0), (-1, -1), 8),
                                           ("RIGHTPADDING", (0, 0), (-1, -1), 8),
                                           ("TOPPADDING", (0, 0), (-1, -1), 5),
                                           ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]))
                story += [box, K.Spacer(1, 8)]
        story.append(K.PageBreak())
    # ---------------- our recommendations
    story.append(P("Our recommendations", "h1"))
    story.append(P("This chapter sets out our recommendations and areas for improvement in full. Each "
                   "recommendation begins with the sentence that says who should act and by when.", "body"))
    story.append(P("How we will monitor progress", "h2"))
    story.append(P(MONITORING_1, "body"))
    story.append(P(MONITORING_2, "body"))
    story.append(P("Recommendations", "h2"))
    for rid, lead, rest, _dl, _ad in RECS:
        story.append(P(f"<b>{rid}.</b>&nbsp;&nbsp;<b>{esc(lead)}</b> {esc(rest)}", recpara, tag=f"rec{rid}"))
    story.append(P("Areas for improvement", "h2"))
    story.append(P("We also identified two areas for improvement that apply to all forces.", "body"))
    for aid, text in AFIS:
        story.append(P(f"<b>{aid}.</b>&nbsp;&nbsp;{esc(text)}", recpara, tag=f"afi{aid}"))
    story.append(K.PageBreak())
    # ---------------- annexes
    story.append(P("Annex A: About the data", "h1"))
    for _ in range(4):
        story.append(P(filler(rng, 5), "body"))
    story.append(P("Annex B: Glossary", "h1"))
    for term, meaning in [
        ("Webchat", "A live typed conversation between a member of the public and a member of police staff."),
        ("THRIVE", "A structured way of assessing threat, harm, risk, investigation, vulnerability and engagement."),
        ("101", "The national non-emergency police telephone number."),
        ("Online reporting form", "A form on a force website through which a crime or incident can be reported."),
    ]:
        story.append(P(f"<b>{esc(term)}</b>: {esc(meaning)}", "body"))

    doc = K.FixtureDoc(pdf_path, title=TITLE, header=f"{COVER_TITLE} - digital and online public contact",
                       footer_left="HMICFRS", two_column=False)
    doc.multiBuild(story)
    return doc


PARAS = 7


def main() -> None:
    pdf = str(HERE / "report.pdf")
    doc = build(pdf)
    from pypdf import PdfReader

    npages = len(PdfReader(pdf).pages)
    assert npages >= 30, npages
    recs = [
        rec(rid, f"{lead} {rest}", dl, ad, None, f"page {doc.first_page('rec' + rid)}")
        for rid, lead, rest, dl, ad in RECS
    ]
    data = {
        "file": "report.pdf",
        "title": TITLE,
        "published": PUBLISHED,
        "inspectorates": ["HMICFRS"],
        "type": "national thematic",
        "forces_visited": FORCES,
        "fenmoor_inspected": True,
        "totals": {"recommendations": 8, "areas_for_improvement": 2, "causes_of_concern": None},
        "recommendations": recs,
        "causes_of_concern": [],
        "areas_for_improvement": [{"id": a, "text": t} for a, t in AFIS],
        "graded_judgments": [],
    }
    write_expected(
        str(HERE),
        data,
        header=(
            f"{npages} pages. Recommendations only in the chapter 'Our recommendations' (bold number + bold lead-in).\n"
            "Rec 5 deadline 'by the end of 2026' is kept as words in lower case: the README has no rule\n"
            "for a year-only deadline. The summary paraphrase, the 'should' sentences in findings and\n"
            f"{COMPARATOR} (a comparator, not inspected) are traps. The cover shows only 'November 2025'."
        ),
    )
    print(f"wrote {pdf} ({npages} pages)")


if __name__ == "__main__":
    main()
