"""Fixture 10: super-complaint report by HMICFRS, the College of Policing and the IOPC (fictional
complaint and title), as a PDF. Recommendations first appear in a summary TABLE (No. /
Recommendation / Addressed to) and are repeated inline in the chapters; ids include "3(a)" and
"3(b)". The College of Policing's and IOPC's own commitments ("will ...") are NOT recommendations.
Fenmoor Police was not one of the forces that gave evidence.

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

TITLE = (
    "Shut out: Report on the Rural Victims Network super-complaint about the police response "
    "to domestic abuse in rural communities"
)
PUBLISHED = d(2026, 2, 19)
FORCES = [
    "Ashby Vale Police",
    "Cresford Police",
    "Kelder Constabulary",
    "Northmarsh Police",
    "West Tamar Police",
]
RECS = [
    rec(
        "1",
        "Within six months of the publication of this report, chief constables should make "
        "sure that call handlers ask every caller reporting domestic abuse from a rural address "
        "whether they have safe access to transport, a reliable telephone signal and "
        "neighbours nearby, and that the answers inform the risk assessment.",
        "within six months of the publication of this report",
        ["chief constables"],
    ),
    rec(
        "2",
        "By 30 September 2026, chief constables should review the time it takes their forces to "
        "attend domestic abuse incidents in rural areas, and publish what they will do to close "
        "any gap with urban areas.",
        d(2026, 9, 30),
        ["chief constables"],
    ),
    rec(
        "3(a)",
        "Police and crime commissioners should, when they next commission victim services, "
        "make sure that specialist domestic abuse support can be reached by victims who "
        "live in rural areas, including through outreach and remote appointments.",
        None,
        ["PCCs"],
    ),
    rec(
        "3(b)",
        "The Ministry of Justice should make sure that the funding it gives police and crime "
        "commissioners for victim services takes account of the additional cost of providing "
        "support in rural areas.",
        None,
        ["Ministry of Justice"],
    ),
    rec(
        "4",
        "The Home Office should, by 31 March 2027, amend its statutory guidance on domestic "
        "abuse so that it describes the particular risks faced by victims who live in isolated "
        "communities.",
        d(2027, 3, 31),
        ["Home Office"],
    ),
    rec(
        "5",
        "By 31 December 2026, chief constables and police and crime commissioners should jointly "
        "publish a statement of how their force will meet the needs of domestic abuse victims "
        "in rural areas, and how they will measure whether it has done so.",
        d(2026, 12, 31),
        ["chief constables", "PCCs"],
    ),
]
WHO = {
    "1": "Chief constables",
    "2": "Chief constables",
    "3(a)": "Police and crime commissioners",
    "3(b)": "Ministry of Justice",
    "4": "Home Office",
    "5": "Chief constables and police and crime commissioners",
}
BY_ID = {r["id"]: r for r in RECS}


def inline(rid):
    return [P(f"Recommendation {rid}", "reclabel", toc=False), P(esc(BY_ID[rid]["text"]), "rec")]


def build():
    s = [
        K.Spacer(1, 3.5 * cm),
        P(esc(TITLE), "title"),
        P(
            "A joint investigation by His Majesty's Inspectorate of Constabulary and Fire &amp; "
            "Rescue Services, the College of Policing and the Independent Office for Police Conduct",
            "subtitle",
        ),
        P("19 February 2026", "subtitle"),
        K.Spacer(1, 6 * cm),
        P("Synthetic test document. The complainant, forces and people named are fictional.", "small"),
        K.NextPageTemplate("normal"),
        K.PageBreak(),
        P("Contents", "h1", toc=False),
        K.toc(),
        K.PageBreak(),
    ]
    s += [
        P("Summary", "h1"),
        P("The super-complaint", "h2"),
        P(
            "On 14 March 2025, the Rural Victims Network, a designated body, made a super-complaint "
            "about the police response to domestic abuse in rural communities. It said that victims "
            "in rural areas face greater risks and receive a poorer service than victims in towns "
            "and cities, and that the police do not recognise this."
        ),
        P(
            "Super-complaints are investigated jointly by HMICFRS, the College of Policing and the "
            "IOPC. We gathered evidence from five forces: "
            + ", ".join(FORCES[:-1])
            + " and "
            + FORCES[-1]
            + ". We also reviewed national data, and we heard from 140 victims and "
            "from the specialist services that support them."
        ),
        P("Our conclusion", "h2"),
        P(
            "We found that features of policing are significantly harming the interests of the "
            "public. Call handlers seldom ask about the circumstances that make rural victims "
            "more isolated; officers take longer to arrive; and victims find it harder to reach "
            "specialist support."
        ),
        P("Summary of recommendations", "h2"),
        P(
            "We have made recommendations to chief constables, police and crime commissioners, the "
            "Ministry of Justice and the Home Office. They are summarised in the table below and "
            "explained in the chapters that follow."
        ),
    ]
    rows = [["No.", "Recommendation", "Addressed to"]]
    rows += [[r["id"], r["text"], WHO[r["id"]]] for r in RECS]
    tagged = []
    for i, row in enumerate(rows):
        cells = []
        for j, c in enumerate(row):
            st = "cellb" if i == 0 else "cell"
            tag = f"rec{row[0]}" if (i > 0 and j == 1) else None
            cells.append(P(esc(c), st, tag=tag))
        tagged.append(cells)
    t = K.Table(tagged, colWidths=[1.4 * cm, 11 * cm, 4.2 * cm], repeatRows=1)
    t.setStyle(
        K.TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.5, K.colors.grey),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("BACKGROUND", (0, 0), (-1, 0), K.colors.HexColor("#dde3ea")),
            ]
        )
    )
    s += [t, K.PageBreak()]
    s += [
        P("1. Call handling and risk assessment", "h1"),
        P(
            "Most victims' first contact with the police is a telephone call. We listened to 150 "
            "calls reporting domestic abuse from rural addresses. In only 21 did the call handler "
            "ask whether the victim had transport, a reliable telephone signal or anyone nearby who "
            "could help. These questions matter: a victim who cannot leave, or cannot call again "
            "if the signal drops, is at greater risk."
        ),
        P(
            "Risk assessment tools used by the five forces did not include questions about "
            "isolation. Some call handlers asked them anyway, out of experience."
        ),
    ]
    s += inline("1")
    s += [
        K.NextPageTemplate("twocol"),
        K.PageBreak(),
        P("2. Attendance in rural areas", "h1"),
        P(
            "In all five forces, officers took longer on average to attend domestic abuse incidents "
            "in rural areas than in urban ones. In the most rural force, the median attendance time "
            "for an emergency domestic abuse incident was 24 minutes in rural areas, compared with "
            "11 minutes in towns."
        ),
        P(
            "Some of this difference is inevitable, given the distances involved. But none of the "
            "forces had examined the difference, set out what it meant for victims, or decided "
            "what could be done to reduce it. Victims told us that the wait for officers to arrive "
            "was among the most frightening parts of their experience."
        ),
        P(
            "Forces that had placed response officers at rural bases during the evening and at "
            "weekends had reduced the gap. Others had used neighbourhood officers and special "
            "constables to provide an initial response while response officers travelled."
        ),
    ]
    s += inline("2")
    s += [
        K.NextPageTemplate("normal"),
        K.PageBreak(),
        P("3. Reaching specialist support", "h1"),
        P(
            "Specialist domestic abuse services were mostly based in towns. Victims in rural areas "
            "told us that reaching them could take a whole day by public transport, and some could "
            "not travel without their abuser knowing. Services told us that outreach work costs "
            "more, because of travel time, and that their funding did not reflect this."
        ),
        P(
            "Police and crime commissioners commission many of these services, using funding from "
            "the Ministry of Justice. Our recommendations are therefore for both."
        ),
    ]
    s += inline("3(a)") + inline("3(b)")
    s += [
        P("4. National guidance", "h1"),
        P(
            "The statutory guidance on domestic abuse does not describe the particular risks that "
            "rural isolation creates. Forces and partners told us that national guidance would help "
            "them to make the case for change locally."
        ),
    ]
    s += inline("4")
    s += [
        P("5. Accountability", "h1"),
        P(
            "None of the five forces, or their police and crime commissioners, had published any "
            "information about how they meet the needs of rural victims. We think they should be "
            "open with the public about this."
        ),
    ]
    s += inline("5")
    s += [
        K.PageBreak(),
        P("6. Actions for the College of Policing and the IOPC", "h1"),
        P(
            "The College of Policing and the IOPC are partners in this investigation and have agreed "
            "to take the following actions themselves. These are commitments, not recommendations."
        ),
        P(
            "• The College of Policing will add material on rural isolation to its authorised "
            "professional practice on domestic abuse by the end of 2026.",
            "bullet",
        ),
        P(
            "• The IOPC will publish learning from complaints about delayed police attendance at "
            "domestic abuse incidents in rural areas.",
            "bullet",
        ),
        P("About super-complaints", "h1"),
        P(
            "The super-complaints system allows designated bodies to raise issues on behalf of the "
            "public about harmful patterns or trends in policing. The Police Reform Act 2002 sets "
            "out how super-complaints are made and investigated."
        ),
    ]
    return s


def main():
    out = os.path.join(HERE, "report.pdf")
    doc = K.FixtureDoc(
        out,
        title=TITLE,
        header="Shut out: Rural Victims Network super-complaint",
        footer_left="HMICFRS | College of Policing | IOPC",
    )
    doc.multiBuild(build())
    recs = [dict(r, where=f"page {doc.first_page('rec' + r['id'])}") for r in RECS]
    data = {
        "file": "report.pdf",
        "title": TITLE,
        "published": PUBLISHED,
        "inspectorates": ["HMICFRS", "College of Policing", "IOPC"],
        "type": "super-complaint",
        "forces_visited": FORCES,
        "fenmoor_inspected": False,
        "totals": {"recommendations": None, "areas_for_improvement": None, "causes_of_concern": None},
        "recommendations": recs,
        "causes_of_concern": [],
        "areas_for_improvement": [],
        "graded_judgments": [],
    }
    _kit.write_expected(
        HERE,
        data,
        header=(
            "Super-complaint. Recommendations first appear in the summary table, then inline. The\n"
            "College of Policing's and IOPC's commitments in chapter 6 ('will ...') are not\n"
            "recommendations. 14 March 2025 is the date the complaint was made, not publication."
        ),
    )
    print("wrote", out, "pages", doc.page)


if __name__ == "__main__":
    main()
