"""Fixture 57: national thematic (HMICFRS alone), PDF.

Layout: the recommendations appear ONLY in the executive summary, as a typed numbered list
("1." drawn as a hanging bullet) under "Our recommendations"; items 1-5 each start "Chief
constables should ...". The chapters refer to recommendations by number only. The forces
inspected are named in prose in the introduction and again in Annex A.

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

TITLE = "Second chances: An inspection of how the police use out-of-court resolutions"
PUBLISHED_TEXT = "17 September 2026"
PUBLISHED = d(2026, 9, 17)

FORCES = [
    "Fenmoor Police",
    "Kelder Constabulary",
    "Ashby Vale Police",
    "Cresford Police",
    "Saltby Constabulary",
    "Brayfield Police",
]

# (id, text, deadline, addressees)
RECS = [
    (
        "1",
        "Chief constables should, by 31 March 2027, make sure that every decision to give a community "
        "caution or a diversionary caution is reviewed by a supervisor who has been trained in the "
        "out-of-court resolutions framework, and that the reasons for the decision are recorded on the "
        "force's crime recording system.",
        d(2027, 3, 31),
        ["chief constables"],
    ),
    (
        "2",
        "Chief constables should make sure that victims are asked for their views before an out-of-court "
        "resolution is given, and that those views are recorded and taken into account. Forces should "
        "audit their compliance with this requirement within six months of the publication of this report.",
        "within six months of the publication of this report",
        ["chief constables"],
    ),
    (
        "3",
        "Chief constables should, working with police and crime commissioners, review the range of "
        "diversionary and educational interventions available in their areas by 30 June 2027, so that the "
        "conditions attached to cautions address the causes of offending, including substance misuse and "
        "poor mental health.",
        d(2027, 6, 30),
        ["chief constables", "PCCs"],
    ),
    (
        "4",
        "Chief constables should introduce scrutiny of out-of-court resolutions by an independent panel. "
        "The panel should include representatives of victims' organisations and the magistracy, and it "
        "should examine a sample of cases at least once every three months.",
        None,
        ["chief constables"],
    ),
    (
        "5",
        "Chief constables should make sure that, by October 2027, their forces record the ethnicity of "
        "every person given an out-of-court resolution, and publish an analysis of any disparity in the "
        "use of these resolutions at least once a year.",
        d(2027, 10, 31),
        ["chief constables"],
    ),
    (
        "6",
        "The NPCC lead for out-of-court resolutions should, by 31 December 2026, publish guidance for "
        "forces on the circumstances in which an out-of-court resolution is not appropriate for a domestic "
        "abuse offence.",
        d(2026, 12, 31),
        ["NPCC"],
    ),
    (
        "7",
        "The College of Policing, working with the NPCC lead for out-of-court resolutions, should update "
        "its authorised professional practice on out-of-court resolutions to reflect the two-tier framework "
        "and the findings of this inspection.",
        None,
        ["College of Policing", "NPCC"],
    ),
    (
        "8",
        "The Ministry of Justice and the Home Office should, by 31 March 2028, evaluate the two-tier "
        "framework and publish their findings, including its effect on reoffending and on the "
        "satisfaction of victims.",
        d(2028, 3, 31),
        ["Ministry of Justice", "Home Office"],
    ),
]


def build(pdf_path: str) -> dict[str, int]:
    k = _kit.pdf_kit()
    P, S = k.P, k.styles
    numbered = k.ParagraphStyle(
        "NumItem", parent=S["body"], leftIndent=20, bulletIndent=0, spaceAfter=8
    )
    doc = k.FixtureDoc(
        pdf_path,
        title=TITLE,
        header="Second chances: out-of-court resolutions",
        footer_left="HMICFRS",
        two_column=False,
    )
    st: list = []
    # ---- cover (page 1)
    st += [
        k.Spacer(1, 3.5 * k.cm),
        P(TITLE, "title", toc=False),
        k.Spacer(1, 0.6 * k.cm),
        P(PUBLISHED_TEXT, "subtitle", toc=False),
        k.Spacer(1, 9 * k.cm),
        P("His Majesty's Inspectorate of Constabulary and Fire &amp; Rescue Services", "body"),
        P("&#169; HMICFRS 2026. ISBN: 978-1-00000-057-0", "small"),
        P("www.example.org/hmicfrs", "small"),
        k.PageBreak(),
    ]
    # ---- contents (page 2)
    st += [P("Contents", "h1", toc=False), k.toc(), k.PageBreak()]
    # ---- executive summary (page 3 on)
    st += [
        P("Executive summary", "h1"),
        P(
            "Out-of-court resolutions allow the police to deal with some offences without taking the "
            "offender to court. Since the two-tier framework was introduced, forces in England and Wales "
            "have been able to use only two statutory cautions: the diversionary caution and the community "
            "caution. Used well, they give people a chance to address their behaviour and give victims a "
            "quicker outcome."
        ),
        P(
            "We found that the forces we inspected were committed to the framework, but that the quality "
            "of decision-making varied a great deal. In a third of the cases we reviewed, we could not tell "
            "why an officer had chosen an out-of-court resolution rather than charge. Victims' views were "
            "often not recorded. Few forces knew whether the conditions they attached to cautions had been "
            "completed, and none could tell us whether those conditions had reduced reoffending."
        ),
        P(
            "Scrutiny panels existed in five of the six forces, but some had not met for more than a year. "
            "National guidance has not kept pace with the change to the framework."
        ),
        P("Our recommendations", "h2"),
        P(
            "We make eight recommendations. The first five are for chief constables. The other three are "
            "for national policing bodies and the Government."
        ),
    ]
    for rid, text, _dl, _ad in RECS:
        st.append(k.KeepTogether([P(f"<bullet>{rid}.</bullet>{_kit.esc(text)}", numbered, tag=f"rec{rid}")]))
    st.append(k.PageBreak())
    # ---- chapters
    st += [
        P("1. Introduction", "h1"),
        P("About this inspection", "h2"),
        P(
            "We carried out this inspection as part of our 2025/26 inspection programme. We wanted to find "
            "out whether the police use out-of-court resolutions effectively and fairly, and whether "
            "victims are kept at the centre of decisions."
        ),
        P(
            "We inspected six forces: "
            + ", ".join(FORCES[:-1])
            + " and "
            + FORCES[-1]
            + ". In each force we interviewed officers and staff, observed decision-making in custody and "
            "in the community, and reviewed 60 case files. We also spoke to victims' organisations, "
            "magistrates and providers of diversionary courses."
        ),
        P("The two-tier framework", "h2"),
        P(
            "The framework replaced simple cautions, conditional cautions, penalty notices for disorder "
            "and cannabis warnings for adults. A diversionary caution has conditions that must be met, and "
            "failure to meet them can lead to prosecution. A community caution may also have conditions, "
            "and failure to meet them can lead to a financial penalty."
        ),
        P("2. Decision-making", "h1"),
        P(
            "Most decisions were made by officers of the rank of constable or sergeant. In the better "
            "cases, the officer recorded the evidence, the offender's admission, the victim's views and "
            "the reason for choosing the resolution. In too many cases these records were missing. "
            "Supervisors told us that they did not have time to review every decision."
        ),
        P(
            "We have made a recommendation about supervision (recommendation 1). Forces also need to make "
            "sure that the admission of guilt, which the framework requires, is recorded in the officer's "
            "own words and not only as a tick box."
        ),
        k.PageBreak(),
        P("3. Victims", "h1"),
        P(
            "The framework requires the police to take reasonable steps to seek the victim's views. We "
            "found that this happened in about half of the cases where there was an identifiable victim. "
            "Some victims told us that they had not been told the outcome until weeks later. Others said "
            "that they had been asked whether they wanted an apology but not whether they wanted the "
            "offender to pay for damage."
        ),
        P(
            "Recommendation 2 is intended to make sure that the victim's voice is heard and recorded in "
            "every case. Recommendation 3 deals with the interventions that forces and commissioners "
            "fund."
        ),
        P("4. Scrutiny and data", "h1"),
        P(
            "Scrutiny panels are an important safeguard. The best panel we saw, in Saltby, met every "
            "quarter, examined a random sample of cases and reported its findings to the force and the "
            "police and crime commissioner. In two forces the panel had not met since the framework "
            "changed. This is the subject of recommendation 4."
        ),
        P(
            "Only two of the six forces could tell us the ethnicity of people who had received an "
            "out-of-court resolution. Without this information, forces cannot know whether they use the "
            "framework fairly (recommendation 5)."
        ),
        P("5. National arrangements", "h1"),
        P(
            "Officers in every force told us they were unsure whether an out-of-court resolution could be "
            "used for domestic abuse offences. Recommendations 6 and 7 are for the NPCC and the College of "
            "Policing. Recommendation 8 asks the Government departments responsible for the framework to "
            "evaluate it."
        ),
        k.PageBreak(),
        P("Annex A: About the inspection", "h1"),
        P(
            "Our fieldwork took place between January and April 2026. The forces we inspected were "
            + ", ".join(FORCES[:-1])
            + " and "
            + FORCES[-1]
            + "."
        ),
        P(
            "We reviewed 360 case files, held 41 interviews and focus groups, and carried out a survey "
            "of 1,250 officers and staff. We thank everyone who took part."
        ),
    ]
    doc.multiBuild(st)
    return {rid: doc.first_page(f"rec{rid}") for rid, *_ in RECS}


def main() -> None:
    pages = build(os.path.join(HERE, "report.pdf"))
    recs = [rec(rid, text, dl, ad, None, f"page {pages[rid]}") for rid, text, dl, ad in RECS]
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
    write_expected(
        HERE,
        data,
        header="57: recommendations only in the executive summary as a typed numbered list;\n"
        "items 1-5 start 'Chief constables should'. 'by October 2027' -> last day of that month.",
    )


if __name__ == "__main__":
    main()
