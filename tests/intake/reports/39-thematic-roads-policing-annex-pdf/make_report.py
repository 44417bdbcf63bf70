"""Round 6 fixture 39: a national thematic PDF with recommendations inline and repeated in Annex A.

Real facts reused from INSPECTIONS.tsv: the title, the publication date (16 July 2020) and the count
(13 recommendations, 7 forces). Every sentence, every recommendation's wording and every force are
invented. Run with /tmp/intake-venv/bin/python (needs reportlab 5.0.1).
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

TITLE_MAIN = "Roads Policing: Not optional"
TITLE_SUB = "An inspection of roads policing in England and Wales"
TITLE = f"{TITLE_MAIN} – {TITLE_SUB}"
PUBLISHED_TEXT = "16 July 2020"
PUBLISHED = d(2020, 7, 16)
HEADER = "Roads Policing: Not optional"
FOOTER = "HMICFRS – Roads policing inspection 2020"

FORCES = [
    "Castlemere Police",
    "Ellesmoor Constabulary",
    "Fenmoor Police",
    "Hollinsford Constabulary",
    "Marrowdale Police",
    "Redwater Police",
    "Stanholme Police",
]

# id -> (text, deadline, addressees)
RECS = {
    "1": (
        "By 31 March 2021, the Home Office and the Department for Transport should jointly publish a "
        "national strategy for roads policing that sets out what the public can expect from the police on "
        "the strategic road network and on local roads, and how the two departments will measure progress "
        "against it.",
        d(2021, 3, 31),
        ["Home Office", "other"],
    ),
    "2": (
        "By 30 June 2021, the NPCC lead for roads policing should revise the police service's own roads "
        "policing strategy so that it is consistent with the national strategy in recommendation 1 and gives "
        "forces clear priorities for the following three years.",
        d(2021, 6, 30),
        ["NPCC"],
    ),
    "3": (
        "The College of Policing should develop a national training and accreditation programme for roads "
        "policing officers, covering advanced driving, collision investigation and specialist enforcement, "
        "and should publish the first modules within 12 months of the publication of this report.",
        "within 12 months of the publication of this report",
        ["College of Policing"],
    ),
    "4": (
        "By 31 March 2021, chief constables should make sure that their force management statements contain "
        "a full assessment of roads policing demand, including the capacity and capability of the officers "
        "and staff who meet it.",
        d(2021, 3, 31),
        ["chief constables"],
    ),
    "5": (
        "Police and crime commissioners should make clear in their police and crime plans how roads policing "
        "contributes to their priorities, and should hold their chief constables to account for delivering it.",
        None,
        ["PCCs"],
    ),
    "6": (
        "By March 2021, chief constables should review how many officers their forces dedicate to roads "
        "policing, and how those officers are deployed, to make sure that there are enough of them to meet "
        "the demand identified in their force management statements.",
        d(2021, 3, 31),
        ["chief constables"],
    ),
    "7": (
        "By 31 December 2020, chief constables should make sure that their forces have effective processes "
        "for dealing with footage of dangerous and careless driving sent in by members of the public. These "
        "processes should include a secure way for people to upload footage, clear guidance for the staff "
        "who review it and a consistent standard for deciding which submissions lead to enforcement action. "
        "Forces should also tell the people who sent in the footage what has happened as a result.",
        d(2020, 12, 31),
        ["chief constables"],
    ),
    "8": (
        "The Home Office should, within six months of the publication of this report, consider whether the "
        "current arrangements for fixed penalties and court costs for motoring offences give forces enough "
        "money to carry out enforcement, and should publish its conclusions.",
        "within six months of the publication of this report",
        ["Home Office"],
    ),
    "9": (
        "By 30 September 2021, the NPCC lead for roads policing, working with the Home Office, should agree a "
        "national approach to buying and using automatic number plate recognition and speed enforcement "
        "cameras, so that forces can share data and equipment.",
        d(2021, 9, 30),
        ["NPCC", "Home Office"],
    ),
    "10": (
        "Chief constables should make sure that family liaison officers deployed after a fatal road collision "
        "are trained for that role and are given enough time to support bereaved families throughout the "
        "investigation.",
        None,
        ["chief constables"],
    ),
    "11": (
        "By 31 March 2021, the College of Policing should update its authorised professional practice on "
        "investigating road deaths so that it includes minimum standards for supervising these investigations "
        "and for keeping evidence.",
        d(2021, 3, 31),
        ["College of Policing"],
    ),
    "12": (
        "Chief constables and local highway authorities should immediately agree arrangements for sharing "
        "complete and accurate collision data, so that road safety schemes can be based on sound evidence.",
        "immediately",
        ["chief constables", "local authorities"],
    ),
    "13": (
        "By 30 June 2021, Highways England and the NPCC should agree how their patrols on the strategic road "
        "network are coordinated, so that gaps in coverage between traffic officers and police patrols are "
        "found and closed.",
        d(2021, 6, 30),
        ["other", "NPCC"],
    ),
}

# Chapter plan: (heading, [paragraphs], [rec ids placed after the paragraphs])
CHAPTERS = [
    (
        "3. National leadership and strategy",
        [
            "Responsibility for roads policing is spread across two government departments, the police service, "
            "the highways agencies and local councils. Nobody we spoke to could tell us who, in the end, was "
            "accountable for it. The Home Office considers that roads policing is an operational matter for "
            "chief constables. The Department for Transport leads on road safety but has no formal role in how "
            "the police enforce traffic law.",
            "The police service has its own national roads policing strategy. It was written several years ago "
            "and most of the officers we interviewed had not read it. Senior leaders in four of the seven forces "
            "told us that they did not use it when setting their own priorities.",
            "We also found that there is no national standard for the training of roads policing officers. Each "
            "force decides for itself what its officers need, and the result is a patchwork. Some forces "
            "accredit their officers to a high level; others rely on a few experienced people whose skills are "
            "not being passed on.",
        ],
        ["1", "2", "3"],
    ),
    (
        "4. Local strategy and resources",
        [
            "Roads policing teams in every force we visited had become smaller since 2010. In two forces the "
            "number of dedicated officers had fallen by more than a third. Forces told us that roads policing "
            "officers were frequently taken away from their core work to support response teams.",
            "Force management statements should give chief constables an honest picture of the demand their "
            "forces face. We found that the sections dealing with roads policing were often brief and relied on "
            "collision figures alone. They said little about enforcement, the use of the roads by criminals, or "
            "the skills of the workforce.",
            "Police and crime plans varied a great deal. Some set out clear local road safety objectives. Others "
            "did not mention roads policing at all, even in areas where the public had told the commissioner "
            "that speeding was their main concern.",
        ],
        ["4", "5", "6"],
    ),
    (
        "5. Enforcement and technology",
        [
            "All seven forces accept video footage from the public, usually from dashboard or helmet cameras. "
            "The volume is rising quickly. In Redwater Police, the number of submissions doubled in a year. We "
            "found wide differences in how forces dealt with this material, and in how long it took them to do "
            "so. Some people had waited months to hear whether anything had been done.",
            "Enforcement is paid for in a way that few people understand. Forces receive nothing directly from "
            "fixed penalties, but some recover costs from speed awareness courses through local partnerships. "
            "Several officers told us that enforcement decisions were being influenced by which activity could "
            "be funded, rather than by where the risk was greatest.",
            "Forces buy cameras and automatic number plate recognition systems separately, often from different "
            "suppliers. The systems do not always share information with each other, even in neighbouring "
            "forces.",
            "Roads policing officers are well placed to disrupt criminals who use the roads. Several of the "
            "arrests we were told about began with a stop for a minor traffic offence: a vehicle with no "
            "insurance, or a driver who could not explain why they were travelling. Officers in Castlemere "
            "Police described how a routine check of a van on a trunk road led to the recovery of stolen plant "
            "machinery worth more than £200,000. But in most forces this kind of proactive work now depends "
            "on how much time officers have left after attending collisions and supporting other teams.",
            "We looked at how forces decide where to carry out speed enforcement. Camera partnerships in five "
            "forces use collision data to choose sites, and review those choices each year. In the other two, "
            "we could find no clear rationale for the locations of mobile cameras, and officers told us that "
            "some sites had been chosen years earlier and never revisited.",
            "The public we surveyed wanted to see more police on the roads. In every force we visited, "
            "speeding and dangerous driving were among the concerns most often raised at community meetings. "
            "Yet few forces could show how the views of residents had influenced their enforcement plans. Only "
            "two forces published information about where and why they carried out enforcement, and neither "
            "had asked the public whether that information was useful.",
            "Case study: Ellesmoor Constabulary has set up a small team of police staff to review footage "
            "sent in by the public. The team aims to decide within 14 days whether to take action, and it "
            "writes to everyone who submits footage to tell them the outcome. The force told us that the "
            "number of warning letters and prosecutions resulting from this footage had risen by 40 percent "
            "since the team was formed. Other forces we visited were interested in the approach but said that "
            "they did not have the staff to copy it.",
        ],
        ["7", "8", "9"],
    ),
    (
        "6. Investigating fatal and serious collisions",
        [
            "Investigations into road deaths are among the most complex that forces carry out. We saw some "
            "careful and thorough work, and bereaved families we spoke to praised individual officers. But we "
            "also found that family liaison officers were sometimes deployed without specialist training, and "
            "were expected to carry on with their normal duties at the same time.",
            "The standard of supervision varied. In some files there was no evidence that a supervisor had "
            "reviewed the investigation after the first week. Practice on keeping evidence, such as vehicles and "
            "data from them, was inconsistent between forces.",
        ],
        ["10", "11"],
    ),
    (
        "7. Working with partners",
        [
            "Road safety is not a matter for the police alone. Local highway authorities design and maintain "
            "most roads and decide where to put safety schemes. They depend on police collision data to do so, "
            "but in three forces we were told that the data arrived late or incomplete.",
            "On motorways and major trunk roads, Highways England traffic officers and police patrols work "
            "alongside each other. We found good working relationships at a local level, but no shared picture "
            "of where and when each organisation had patrols on the road.",
        ],
        ["12", "13"],
    ),
]

SUMMARY_PARAS = [
    "Roads policing has been given a lower priority in recent years than other areas of policing. This "
    "inspection looked at whether forces, and the national bodies that support them, are doing enough to "
    "keep people safe on the roads and to deny criminals the use of them.",
    "We found committed and skilled officers, but a service that has shrunk and lost direction. National "
    "responsibility is divided and unclear. Local plans rarely reflect the scale of the harm caused on the "
    "roads, and the training that officers receive depends on where they work.",
    "We make 13 recommendations. In brief, we want the two government departments involved to agree a single "
    "national approach; the police service to bring its own strategy into line; forces to understand their "
    "roads policing demand properly and to resource it; commissioners to treat roads policing as a "
    "priority in their plans; and everyone involved to share information better. Our full recommendations "
    "are set out in the chapters that follow and are listed in Annex A.",
]


FILL: list = []


def build(path: str) -> dict:
    rec_label = K.ParagraphStyle("RecLabelNK", parent=S["reclabel"], keepWithNext=0)
    story = []
    # cover
    story.append(K.Spacer(1, 3.2 * K.cm))
    story.append(P(esc(TITLE_MAIN), "title", toc=False))
    story.append(P(esc(TITLE_SUB), "subtitle", toc=False))
    story.append(K.Spacer(1, 1.5 * K.cm))
    story.append(P(PUBLISHED_TEXT, "subtitle", toc=False))
    story.append(K.Spacer(1, 6 * K.cm))
    story.append(
        P(
            "His Majesty's Inspectorate of Constabulary and Fire &amp; Rescue Services",
            "body",
            toc=False,
        )
    )
    story.append(P("Synthetic test document. All forces, people and findings are fictional.", "small", toc=False))
    story.append(K.NextPageTemplate("normal"))
    story.append(K.PageBreak())
    # contents
    story.append(P("Contents", "h1", toc=False))
    story.append(K.toc())
    story.append(K.PageBreak())
    # 1 summary
    story.append(P("1. Summary", "h1"))
    for t in SUMMARY_PARAS:
        story.append(P(esc(t)))
    # 2 about
    story.append(P("2. About this inspection", "h1"))
    story.append(
        P(
            "We carried out our fieldwork between October and December 2019. We inspected seven forces, "
            "chosen to give a mix of sizes and of urban and rural road networks:"
        )
    )
    for f in FORCES:
        story.append(K.Paragraph(f"• {esc(f)}", S["bullet"]))
    story.append(
        P(
            "In each force we interviewed chief officers, roads policing leads and frontline officers, and "
            "we held focus groups with staff. We also examined 140 case files relating to fatal and serious "
            "collisions. We spoke to the Home Office, the Department for Transport, the National Police "
            "Chiefs' Council, the College of Policing, Highways England and a number of road safety charities "
            "and bereaved families."
        )
    )
    story.append(
        P(
            "Throughout this report, when we refer to the strategic road network we mean the motorways and "
            "major trunk roads managed by Highways England."
        )
    )
    story.append(K.PageBreak())
    where: dict[str, str] = {}
    for heading, paras, ids in CHAPTERS:
        story.append(P(esc(heading), "h1"))
        for t in paras:
            story.append(P(esc(t)))
        for rid in ids:
            if rid == "7":
                # leave room for the label and about three lines, so the text runs over the page break
                FILL.append(K.FillTo(64))
                story.append(FILL[-1])
            story.append(P(f"Recommendation {rid}", rec_label, toc=False))
            story.append(P(esc(RECS[rid][0]), "rec", tag=f"rec{rid}", toc=False))
        if heading.startswith("5."):
            story.append(
                P(
                    "Forces should not need a recommendation from us to see that a member of the public who "
                    "has taken the trouble to send in evidence deserves a reply."
                )
            )
        story.append(K.PageBreak())
    # Annex A
    story.append(P("Annex A: Summary of recommendations", "h1"))
    story.append(
        P(
            "The recommendations below are repeated from the chapters of this report, in the same order and "
            "with the same numbers."
        )
    )
    for rid, (text, _dl, _ad) in RECS.items():
        story.append(
            K.KeepTogether(
                [P(f"Recommendation {rid}", rec_label, toc=False), P(esc(text), "rec", toc=False)]
            )
        )
    story.append(K.PageBreak())
    story.append(P("Annex B: Methodology", "h1"))
    story.append(
        P(
            "Our inspection was carried out under section 54 of the Police Act 1996. Before our fieldwork we "
            "asked each of the seven forces for documents, including their force management statements, "
            "roads policing strategies and performance data. We also ran an online survey for roads policing "
            "officers in all forces in England and Wales, which received 1,014 responses."
        )
    )
    doc = K.FixtureDoc(path, title=TITLE, header=HEADER, footer_left=FOOTER, two_column=False)
    doc.multiBuild(story)
    for rid in RECS:
        where[rid] = f"page {doc.first_page('rec' + rid)}"
    print("FillTo gap before rec 7 (pt):", round(FILL[0]._h, 1))
    pages7 = doc.tag_pages["rec7"]
    assert len(pages7) == 2, f"rec 7 should run over a page break, drawn on {pages7}"
    return where


def main() -> None:
    where = build(os.path.join(HERE, "report.pdf"))
    data = {
        "file": "report.pdf",
        "title": TITLE,
        "published": PUBLISHED,
        "inspectorates": ["HMICFRS"],
        "type": "national thematic",
        "forces_visited": FORCES,
        "fenmoor_inspected": True,
        "totals": {"recommendations": 13, "areas_for_improvement": None, "causes_of_concern": None},
        "recommendations": [rec(rid, t, dl, ad, None, where[rid]) for rid, (t, dl, ad) in RECS.items()],
        "causes_of_concern": [],
        "areas_for_improvement": [],
        "graded_judgments": [],
    }
    _kit.write_expected(
        HERE,
        data,
        header="""Round 6, fixture 39. Convention decisions (see NOTES.md):
- title: the cover prints the main title and the subtitle on two lines; the answer joins them with " – ".
- The Department for Transport and Highways England are not on the addressee list -> other.
- "local highway authorities" (county and unitary councils) -> local authorities.
- "By March 2021" -> 2021-03-31 (last day of the month).
- The summary's one-sentence paraphrase of the recommendations is not a recommendation.
- Rec 7 starts on one page and ends on the next; where = the page it starts on.""",
    )


if __name__ == "__main__":
    main()
