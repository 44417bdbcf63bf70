"""Fixture 05: joint custody inspection (HM Inspectorate of Prisons with HMICFRS) of fictional
Fenmoor Police, as a PDF. Causes of concern with recommendations (one cause has two), 12 areas for
improvement, a "Key concerns" heading, numbered paragraphs, a final section repeating everything,
and an appendix of recommendations from the PREVIOUS (2019) inspection that are NOT part of this
report's recommendations (trap). Cover shows the inspection dates; the publication date is on the
inside cover.

Run: /tmp/intake-venv/bin/python make_report.py
"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import _kit  # noqa: E402
from _kit import d, esc, rec  # noqa: E402

K = _kit.pdf_kit()
P, cm = K.P, K.cm

TITLE = "Report on an unannounced inspection visit to police custody suites in Fenmoor"
PUBLISHED = d(2026, 6, 24)
COC = {
    "1": (
        "Detainees held at Harnmouth custody suite were not always seen promptly by healthcare "
        "staff, and records of the care they received were often incomplete. Some detainees with "
        "serious health needs waited more than three hours to be assessed."
    ),
    "2": (
        "Children continued to be held overnight in police custody after they had been charged "
        "and refused bail, because the force rarely asked for, and the local authorities rarely "
        "provided, alternative accommodation."
    ),
}
RECS = [
    rec(
        "1",
        "The force and the police and crime commissioner should make sure that healthcare "
        "services in custody are commissioned and monitored so that detainees are assessed "
        "promptly by a healthcare professional and the care they receive is recorded in full.",
        None,
        ["force", "PCCs"],
        "1",
    ),
    rec(
        "2",
        "The force should immediately make sure that every child who is charged and refused bail "
        "is the subject of a request to the local authority for alternative accommodation, and "
        "that the request and its outcome are recorded.",
        "immediately",
        ["force"],
        "2",
    ),
    rec(
        "3",
        "Fenmoor County Council and Harnmouth City Council should provide suitable accommodation "
        "for children refused bail, so that no child is held in police custody overnight after "
        "charge unless the law allows it.",
        None,
        ["local authorities"],
        "2",
    ),
]
AFI = [
    (
        "The force should make sure that its custody performance data is accurate and is used to "
        "identify and address trends in the use of force in custody."
    ),
    (
        "The force should strengthen its oversight of the use of force in custody, including regular "
        "review of body-worn video and CCTV footage by custody managers."
    ),
    (
        "The force should improve the way it acts on reports from the independent custody visitor "
        "scheme, and record the action it has taken."
    ),
    (
        "The force should make sure that officers consider alternatives to custody for vulnerable "
        "adults, particularly those in mental health crisis."
    ),
    (
        "The force should make sure that detainees are booked in promptly and that queues at Harnmouth "
        "custody suite are managed safely."
    ),
    (
        "The force should make sure that risk assessments at booking-in are thorough and that the "
        "reasons for the level of observation set are recorded."
    ),
    (
        "The force should make sure that detainees are told about their rights in a way they can "
        "understand, using interpreters where needed."
    ),
    (
        "The force should make sure that reviews of detention under the Police and Criminal Evidence "
        "Act 1984 are carried out in person where possible and are recorded accurately."
    ),
    (
        "The force should improve the cleanliness of cells at Brackenford custody suite and repair the "
        "damaged showers."
    ),
    (
        "The force should make sure that detainees are offered showers, exercise and reading materials, "
        "especially during longer stays."
    ),
    (
        "The force should make sure that a pre-release risk assessment is completed for every detainee "
        "and that vulnerable people are given details of support services."
    ),
    (
        "The force should make sure that detainees who have no safe way of getting home are helped to "
        "do so when they are released."
    ),
]
OLD_RECS = [  # from the previous (2019) inspection: NOT recommendations of this report
    ("2.21", "The force should make sure that every detainee is offered a shower each day.", "Not achieved"),
    (
        "3.14",
        "The force should make sure that custody records show the reasons for detention clearly.",
        "Achieved",
    ),
    (
        "4.33",
        "Detainees should have access to a range of reading materials in languages other than English.",
        "Partially achieved",
    ),
    ("5.8", "The force should review how it uses the contingency suite at Otterby.", "Achieved"),
]


class Para:
    """Numbered paragraphs per section (custody reports number every paragraph)."""

    def __init__(self, section):
        self.section, self.n = section, 0

    def __call__(self, text, **kw):
        self.n += 1
        return P(f"{self.section}.{self.n} {esc(text)}", **kw)


def afi_box(indexes):
    out = [P("Areas for improvement", "h3", toc=False)]
    for i in indexes:
        out.append(P("• " + esc(AFI[i - 1]), "bullet", tag=f"afi{i}"))
    return out


def build():
    s = [
        K.Spacer(1, 3 * cm),
        P(esc(TITLE), "title"),
        P(
            "by HM Inspectorate of Prisons and HM Inspectorate of Constabulary and Fire &amp; Rescue "
            "Services",
            "subtitle",
        ),
        P("3–14 February 2026", "subtitle"),
        K.Spacer(1, 7 * cm),
        P("Synthetic test document: Fenmoor and everyone named in it are fictional.", "small"),
        K.NextPageTemplate("normal"),
        K.PageBreak(),
    ]
    s += [
        P(
            "This report is published by HM Inspectorate of Prisons and HM Inspectorate of "
            "Constabulary and Fire &amp; Rescue Services.",
            "body",
        ),
        P("Published 24 June 2026", "h3", toc=False),
        P(
            "Printed and published by: HM Inspectorate of Prisons, 3rd floor, 10 South Colonnade, "
            "London. All images © HM Inspectorate of Prisons. The inspection took place from 3 to "
            "14 February 2026; this report was written in March and April 2026.",
            "small",
        ),
        K.Spacer(1, 1 * cm),
        P("Contents", "h1", toc=False),
        K.toc(),
        K.PageBreak(),
    ]
    # ---- introduction ------------------------------------------------------------------
    s += [
        P("Introduction", "h1"),
        P(
            "This report describes our findings following an unannounced inspection of custody "
            "suites in Fenmoor. The inspection was part of a programme of inspections covering "
            "every police custody facility in England and Wales, carried out jointly by HM "
            "Inspectorate of Prisons and HM Inspectorate of Constabulary and Fire &amp; Rescue "
            "Services. These inspections contribute to the United Kingdom's response to its "
            "international obligation to make sure that places of detention are regularly and "
            "independently inspected."
        ),
        P(
            "Fenmoor Police has three custody suites: Harnmouth, with 24 cells; Brackenford, with 16 "
            "cells; and Otterby, an eight-cell contingency suite used when the others are full. In "
            "the year to December 2025 the force detained 14,870 people."
        ),
        P(
            "We last inspected custody in Fenmoor in 2019. Of the 21 recommendations we made then, 12 "
            "had been achieved, four had been partially achieved and five had not been achieved. A "
            "selection of these is set out in the appendix."
        ),
        P(
            "Overall, custody in Fenmoor was safe for most detainees, and custody staff treated "
            "people with respect. But we found serious shortcomings in healthcare at Harnmouth and "
            "in the treatment of children after charge."
        ),
        P(
            "Eleanor Marsh<br/>HM Chief Inspector of Prisons<br/><br/>"
            "Daniel Okafor<br/>HM Chief Inspector of Constabulary",
            "body",
        ),
        K.PageBreak(),
    ]
    # ---- section 1 summary -------------------------------------------------------------------
    sp = Para(1)
    s += [
        P("Section 1. Summary", "h1"),
        sp(
            "We assessed custody services against our published expectations for police custody, "
            "which set out the standards we expect and which are based on international human "
            "rights standards."
        ),
        sp(
            "In total, we identified two causes of concern, made three recommendations and "
            "identified 12 areas for improvement."
        ),
        P("Key concerns", "h2"),
    ]
    s += [
        sp(
            "Our key concerns are set out below as causes of concern. Each is followed by our "
            "recommendations."
        )
    ]
    s += [
        P("Cause of concern 1", "h3", toc=False),
        P(esc(COC["1"]), tag="coc1"),
        P("Recommendation 1", "reclabel", toc=False),
        P(esc(RECS[0]["text"]), "rec", tag="rec1"),
        P("Cause of concern 2", "h3", toc=False),
        P(esc(COC["2"]), tag="coc2"),
        P("Recommendation 2", "reclabel", toc=False),
        P(esc(RECS[1]["text"]), "rec", tag="rec2"),
        P("Recommendation 3", "reclabel", toc=False),
        P(esc(RECS[2]["text"]), "rec", tag="rec3"),
        sp(
            "The areas for improvement are set out in each section of this report and listed "
            "together in section 7."
        ),
        K.PageBreak(),
    ]

    # ---- sections 2-6 --------------------------------------------------------------------------
    def section(n, title, texts, afis):
        sp = Para(n)
        out = [P(f"Section {n}. {esc(title)}", "h1")]
        for t in texts:
            out.append(sp(t))
        out += afi_box(afis)
        return out

    s += section(
        2,
        "Leadership, accountability and partnerships",
        [
            "Custody was overseen by a chief inspector who reported to the head of criminal justice. "
            "There were enough custody sergeants and detention officers on most shifts, although "
            "staff were sometimes moved from Brackenford to cover gaps at Harnmouth.",
            "The force collected a wide range of custody data, but some of it was inaccurate. For "
            "example, the number of times force was used in custody was under-recorded, so managers "
            "could not identify trends.",
            "Managers did not routinely review footage of incidents in which force was used on detainees.",
            "The independent custody visitor scheme, run by the office of the police and crime "
            "commissioner, was well organised. Visitors' reports were sent to the force, but there was "
            "no record of what had been done about the issues they raised.",
        ],
        [1, 2, 3],
    )
    s += section(
        3,
        "Pre-custody: first point of contact",
        [
            "Officers generally made appropriate decisions to arrest. But in some cases adults in "
            "mental health crisis were brought into custody when a health-based place of safety "
            "would have been more appropriate."
        ],
        [4],
    )
    s += [K.PageBreak()]
    s += section(
        4,
        "In the custody suite: booking in, individual needs and legal rights",
        [
            "At Harnmouth, detainees sometimes waited in vans for more than an hour before they could "
            "be booked in. The holding area was not always supervised.",
            "Risk assessments were mostly completed, but the reasons for the level of observation "
            "set were often not recorded.",
            "Detainees were told about their rights, but interpreters were not always used when they "
            "were needed, and some detainees did not understand what they had been told.",
            "Reviews of detention were mostly carried out on time, but many were done by telephone "
            "when the detainee was awake and the inspector was available in person.",
        ],
        [5, 6, 7, 8],
    )
    s += section(
        5,
        "In the custody suite: detainee care",
        [
            "Cells at Harnmouth were clean and in good condition. At Brackenford, several cells were "
            "dirty and had graffiti, and both showers were out of use.",
            "Few detainees were offered a shower, exercise or something to read, even when they had "
            "been held for more than 24 hours.",
            "Healthcare was provided by a contracted provider. At Harnmouth, there were not enough "
            "healthcare professionals to see detainees promptly, and records were incomplete. This is "
            "the basis for cause of concern 1.",
        ],
        [9, 10],
    )
    s += [K.PageBreak()]
    s += section(
        6,
        "Release and transfer from custody",
        [
            "Pre-release risk assessments were not always completed, and vulnerable detainees were not "
            "consistently given information about support services.",
            "Some detainees released late at night from Otterby had no safe way of getting home.",
            "In the 12 months to December 2025, 37 children were held overnight after being charged "
            "and refused bail. The force requested alternative accommodation for only nine of them, and "
            "none was provided. This is the basis for cause of concern 2.",
        ],
        [11, 12],
    )
    s += [K.PageBreak()]
    # ---- section 7 --------------------------------------------------------------------------
    sp = Para(7)
    s += [
        P("Section 7. Summary of causes of concern, recommendations and areas for improvement", "h1"),
        sp(
            "This section lists the causes of concern, recommendations and areas for improvement "
            "in this report."
        ),
    ]
    s += [P("Causes of concern and recommendations", "h2")]
    for cid, text in COC.items():
        s += [P(f"Cause of concern {cid}", "h3", toc=False), P(esc(text))]
        for r in RECS:
            if r["cause_of_concern"] == cid:
                s += [P(f"Recommendation {r['id']}", "reclabel", toc=False), P(esc(r["text"]), "rec")]
    s += [P("Areas for improvement", "h2")]
    for i, t in enumerate(AFI, 1):
        s.append(P(f"{i}. {esc(t)}", "bullet"))
    s += [
        K.PageBreak(),
        P("Appendix I: Progress on recommendations from the last report", "h1"),
        P(
            "The following is a selection of the recommendations we made after our 2019 inspection, "
            "with our assessment of whether they have been achieved. They are not recommendations "
            "of this report. The paragraph reference is to the 2019 report."
        ),
    ]
    rows = [["Recommendation made in 2019", "Reference", "Assessment in 2026"]]
    rows += [[t, ref, st] for ref, t, st in OLD_RECS]
    s += [K.grid_table(rows, [10 * cm, 2.2 * cm, 4.2 * cm])]
    s += [
        P("Appendix II: Inspection team", "h1"),
        P(
            "This inspection was carried out by a team of six inspectors, a health services "
            "inspector from the Care Quality Commission, and two researchers."
        ),
    ]
    return s


def main():
    out = os.path.join(HERE, "report.pdf")
    doc = K.FixtureDoc(
        out,
        title=TITLE,
        header="Fenmoor police custody suites",
        footer_left="Report on an unannounced inspection visit to police custody suites in Fenmoor",
    )
    doc.multiBuild(build())
    recs = [dict(r, where=f"page {doc.first_page('rec' + r['id'])}") for r in RECS]
    data = {
        "file": "report.pdf",
        "title": TITLE,
        "published": PUBLISHED,
        "inspectorates": ["HMICFRS", "HMIP"],
        "type": "custody",
        "forces_visited": ["Fenmoor Police"],
        "fenmoor_inspected": True,
        "totals": {"recommendations": 3, "areas_for_improvement": 12, "causes_of_concern": 2},
        "recommendations": recs,
        "causes_of_concern": [{"id": k, "text": v} for k, v in COC.items()],
        "areas_for_improvement": [{"id": str(i), "text": t} for i, t in enumerate(AFI, 1)],
        "graded_judgments": [],
    }
    _kit.write_expected(
        HERE,
        data,
        header=(
            "Custody report. The cover shows the inspection dates (3-14 February 2026); the publication\n"
            "date is on the inside cover. The introduction mentions 21 recommendations from 2019 and\n"
            "Appendix I lists four of them: they are NOT this report's recommendations or totals.\n"
            "Areas for improvement are unnumbered bullets in sections 2-6; their ids are the numbers\n"
            "given in section 7."
        ),
    )
    print("wrote", out, "pages", doc.page)


if __name__ == "__main__":
    main()
