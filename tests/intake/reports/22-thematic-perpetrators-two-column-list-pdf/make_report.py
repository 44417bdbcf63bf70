"""Build report.pdf and expected.yaml for fixture 22 (national thematic; recommendations as a typed
numbered list with hanging indents on two-column pages; one item runs from the foot of the left
column to the top of the right one).

Run: /tmp/intake-venv/bin/python make_report.py   (needs reportlab 5.0.1)
All wording, forces, people and figures are invented.
"""

from __future__ import annotations

import os
import sys

sys.dont_write_bytecode = True  # do not leave __pycache__ beside _kit.py
HERE = os.path.dirname(os.path.abspath(__file__))
for _cand in (os.path.dirname(HERE), os.path.join(os.path.dirname(HERE), "..", "reports")):
    if os.path.exists(os.path.join(_cand, "_kit.py")):
        sys.path.insert(0, os.path.abspath(_cand))
        break
import _kit  # noqa: E402

K = _kit.pdf_kit()
esc = _kit.esc

TITLE = (
    "Crossing the line: An inspection of how police forces share information about domestic "
    "abuse perpetrators who move between force areas"
)
PUBLISHED = _kit.d(2026, 10, 21)
PUBLISHED_TEXT = "21 October 2026"
FORCES = ["Fenmoor Police", "Glanmor Police", "Upper Wyre Police", "Stanbridge Police", "Wealdham Constabulary"]

# (id, text, deadline, addressees)
RECS = [
    (
        "1",
        "By 31 March 2027, chief constables should make sure that, when a domestic abuse perpetrator "
        "who is being actively risk-managed moves to another force area, the receiving force is "
        "told within 48 hours and a named officer in that force accepts responsibility for the case.",
        _kit.d(2027, 3, 31),
        ["chief constables"],
    ),
    (
        "2",
        "Chief constables, police and crime commissioners and local authorities should jointly "
        "review whether the multi-agency risk assessment arrangements in their areas can accept a "
        "high-risk case from another area without repeating the whole risk assessment from the "
        "beginning.",
        None,
        ["chief constables", "PCCs", "local authorities"],
    ),
    (
        "3",
        "Within three months of the publication of this report, the National Police Chiefs' Council "
        "lead for domestic abuse should write to all forces setting out the minimum information that "
        "must be passed on when a perpetrator moves from one force area to another.",
        "within three months of the publication of this report",
        ["NPCC"],
    ),
    (
        "4",
        "By 30 September 2027, the Home Office, working with the National Police Chiefs' Council, "
        "should decide whether the national police database can be changed so that a warning marker "
        "for a domestic abuse perpetrator follows that person automatically when their recorded "
        "address changes to another force area.",
        _kit.d(2027, 9, 30),
        ["Home Office", "NPCC"],
    ),
    (
        "5",
        "HM Prison and Probation Service and chief constables should agree a national protocol, by "
        "31 December 2027, under which the force for the area into which a domestic abuse "
        "perpetrator is released from prison receives the release address, the licence conditions "
        "and the name of the responsible probation practitioner at least ten working days before "
        "the release date; under the same protocol, any change to the release address after that "
        "point should be passed to the receiving force on the day it is made, and the force that "
        "dealt with the original offence should remain a named contact until the receiving force "
        "confirms in writing that it has taken over the management of the risk.",
        _kit.d(2027, 12, 31),
        ["other", "chief constables"],
    ),
    (
        "6",
        "The Welsh Government, working with the police and crime commissioners in Wales, should "
        "consider whether its guidance on multi-agency domestic abuse arrangements needs to change "
        "to cover perpetrators who move across the border between England and Wales.",
        None,
        ["other", "PCCs"],
    ),
    (
        "7",
        "Within six months, the College of Policing should update its authorised professional "
        "practice on domestic abuse to include the transfer of perpetrator risk management from "
        "one force to another.",
        "within six months",
        ["College of Policing"],
    ),
    (
        "8",
        "The Crown Prosecution Service should make sure that its case records show, for every "
        "domestic abuse charge, the force areas in which the victim and the suspect live, so that "
        "both forces can be told of the outcome of the case.",
        None,
        ["CPS"],
    ),
]

# A recommendation from an earlier (invented) report, quoted in the findings: NOT a recommendation
# of this report.
OLD_REC = (
    "Recommendation 4 (2020): By 31 December 2020, all forces should make sure that a domestic "
    "abuse perpetrator's warning markers are reviewed whenever the perpetrator is arrested in "
    "another force area."
)

S = K.styles
item = K.ParagraphStyle(
    "RecItem", parent=S["body"], fontSize=9.5, leading=12.5, leftIndent=17, bulletIndent=0,
    bulletFontName="Helvetica", bulletFontSize=9.5, spaceAfter=7,
)
colbody = K.ParagraphStyle("ColBody", parent=S["body"], fontSize=9.5, leading=12.5)
box = K.ParagraphStyle(
    "Quote", parent=S["body"], fontSize=9.5, leading=12.5, leftIndent=14, rightIndent=14,
    backColor=K.colors.HexColor("#eeeeee"), borderPadding=6, spaceBefore=8, spaceAfter=12,
)


def build(path: str):
    P = K.P
    story = []
    # ---- cover (page 1) --------------------------------------------------------------------
    story += [
        K.Spacer(1, 3 * K.cm),
        P(esc(TITLE), "title", toc=False),
        P("Published: " + PUBLISHED_TEXT, "subtitle", toc=False),
        K.Spacer(1, 7 * K.cm),
        P("His Majesty's Inspectorate of Constabulary and Fire &amp; Rescue Services", "small", toc=False),
        K.NextPageTemplate("normal"),
        K.PageBreak(),
    ]
    # ---- page 2: contents + summary ---------------------------------------------------------
    story += [
        P("Contents", "h1", toc=False),
        K.toc(),
        P("Summary", "h1"),
        P(
            "Domestic abuse perpetrators move home more often than most people, and a move is often "
            "the point at which the police lose track of them. A force that has spent months "
            "managing the risk a perpetrator poses can find that, once the person has moved, nobody "
            "in the new area knows anything about them."
        ),
        P(
            "We inspected five forces: " + ", ".join(FORCES[:-1]) + " and " + FORCES[-1] + ". We "
            "followed 150 cases in which a perpetrator had moved from one force area to another, and "
            "we spoke to prison, probation and local authority staff as well as police officers."
        ),
        P(
            "In short, forces need to tell each other sooner, agree what to pass on, and make sure "
            "someone in the new area owns the case. National bodies need to make the systems do "
            "some of this work automatically. We make eight recommendations, which are listed in "
            "chapter 3."
        ),
        K.PageBreak(),
    ]
    # ---- pages 3-4: findings ----------------------------------------------------------------
    story += [
        P("1. What happens when a perpetrator moves", "h1"),
        P(
            "In 61 of the 150 cases we followed, the receiving force learned of the perpetrator's "
            "arrival only when they came to notice again, usually because of a new report of abuse. "
            "In 23 of those cases the new victim had not been told about the perpetrator's history, "
            "because no force had considered a disclosure."
        ),
        P(
            "Officers in the sending forces told us they assumed the national database would alert "
            "the new force. It does not. A warning marker stays attached to the record, but nobody "
            "in the receiving force is told that it is there. Officers should not have to rely on "
            "chance for such an important piece of information, yet that is what currently happens."
        ),
        P(
            "We found that the problem is not new. In an earlier inspection we made the following "
            "recommendation, which forces told us they had implemented:"
        ),
        P(esc(OLD_REC), box, toc=False),
        P(
            "Markers were reviewed on arrest in most forces, as that recommendation asked. But a "
            "review on arrest comes too late when the perpetrator has not yet been arrested in the "
            "new area. This is why we now go further (see recommendations 1 and 4)."
        ),
        P("2. Partnership working across borders", "h1"),
        P(
            "Multi-agency risk assessment conferences in the areas we visited were generally well "
            "run. But when a high-risk case arrived from another area, most conferences insisted on "
            "a fresh risk assessment before they would discuss it. In Upper Wyre the average wait "
            "for that assessment was 19 days."
        ),
        P(
            "Prison releases caused particular difficulty. Release addresses changed late, "
            "sometimes on the morning of release, and the police in the new area were often the "
            "last to know. Glanmor Police told us of a case in which it learned of a release two "
            "weeks after the perpetrator had arrived. Probation staff should, in principle, tell the "
            "police of any change; in practice the information rarely reached the right team."
        ),
        P(
            "Moves between England and Wales added a further layer. Glanmor Police and its partners "
            "follow Welsh guidance, and staff on both sides of the border were unsure which "
            "arrangements applied to a perpetrator moving across it."
        ),
        P(
            "The charging records we saw rarely showed where the victim lived when this differed "
            "from the suspect's address. As a result, one of the two forces was usually unaware of "
            "the outcome of the case."
        ),
        K.NextPageTemplate("twocol"),
        K.PageBreak(),
    ]
    # ---- recommendations: two-column pages -------------------------------------------------
    story += [
        P("3. Recommendations", "h1"),
        P(
            "Our recommendations are numbered below. They are referred to by these numbers "
            "elsewhere in the report.",
            colbody,
        ),
    ]
    for rid, text, _dl, _to in RECS:
        if rid == "5":
            # leave room for three lines only, so item 5 starts at the foot of the left column
            # and ends at the top of the right one
            story.append(K.FillTo(3 * 12.5 + 2))
        story.append(P(f"<bullet>{rid}.</bullet>" + esc(text), item, tag=f"rec{rid}", toc=False))
    story += [
        P("4. About this inspection", "h2"),
        P(
            "Fieldwork took place between February and May 2026. The inspection was led by HM "
            "Inspector Aileen Corrigan with a team of eight inspection officers, supported by a "
            "reference group that included representatives of victims' organisations.",
            colbody,
        ),
        P(
            "The figures in this report come from our case review and should not be read as "
            "representative of all forces in England and Wales.",
            colbody,
        ),
    ]
    doc = K.FixtureDoc(
        path,
        title=TITLE,
        header="Crossing the line  |  HMICFRS  |  October 2026",
        footer_left="Crossing the line: perpetrators who move between force areas",
        footnote_space=0.5 * K.cm,
    )
    doc.multiBuild(story)
    return doc


def main() -> None:
    doc = build(os.path.join(HERE, "report.pdf"))
    recs = [
        _kit.rec(rid, text, dl, to, None, f"page {doc.first_page('rec' + rid)}")
        for rid, text, dl, to in RECS
    ]
    data = {
        "file": "report.pdf",
        "title": TITLE,
        "published": PUBLISHED,
        "inspectorates": ["HMICFRS"],
        "type": "national thematic",
        "forces_visited": FORCES,
        "fenmoor_inspected": True,
        "totals": {"recommendations": 8, "areas_for_improvement": None, "causes_of_concern": None},
        "recommendations": recs,
        "causes_of_concern": [],
        "areas_for_improvement": [],
        "graded_judgments": [],
    }
    _kit.write_expected(
        HERE,
        data,
        header=(
            "Item 5 starts at the foot of the left column and ends at the top of the right column\n"
            "of the same page. HM Prison and Probation Service and the Welsh Government -> other.\n"
            "The quoted 'Recommendation 4 (2020)' belongs to an earlier report and is not listed."
        ),
    )
    print({k: v for k, v in doc.tag_pages.items()})


if __name__ == "__main__":
    main()
