"""Fixture 64: joint HMIP / HMICFRS unannounced custody inspection of Fenmoor (PDF).

Builds report.pdf with reportlab (invariant mode) and writes expected.yaml from the same strings.
Run with /tmp/intake-venv/bin/python. All content is synthetic and fictional.
"""

from __future__ import annotations

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(os.path.dirname(HERE)), "reports"))
sys.path.insert(0, os.path.dirname(HERE))

import _kit  # noqa: E402
from _kit import d, esc, rec, write_expected  # noqa: E402

K = _kit.pdf_kit()
P = K.P
colors = K.colors
cm = K.cm

TITLE = "Report on an unannounced inspection visit to police custody suites in Fenmoor"
BY = (
    "by HM Inspectorate of Prisons and HM Inspectorate of Constabulary and Fire &amp; Rescue "
    "Services"
)
VISIT = "2–13 March 2026"
PUBLISHED = d(2026, 7, 14)
PUBLISHED_TEXT = "14 July 2026"

COC = {
    "1": (
        "Leaders did not have effective oversight of the use of force in custody. Data on the use "
        "of force were incomplete, and there was no regular review of incidents to make sure that "
        "force was justified and proportionate."
    ),
    "2": (
        "Children and vulnerable adults were often held for long periods without an appropriate "
        "adult, particularly overnight, and too few children who were charged and refused bail "
        "were moved to local authority accommodation."
    ),
}
RECS = [
    rec(
        "1",
        "The force and the police and crime commissioner should make sure that there is effective "
        "governance of the use of force in custody, including accurate data, regular review of "
        "body-worn video footage and independent scrutiny of the findings.",
        None,
        ["force", "PCCs"],
        "1",
    ),
    rec(
        "2",
        "The force, working with the local authorities in its area, should make sure that "
        "appropriate adults are available promptly at all times, including overnight, to support "
        "children and vulnerable adults in custody.",
        None,
        ["force", "local authorities"],
        "2",
    ),
    rec(
        "3",
        "The chief constable should make sure that children who are charged and refused bail are "
        "not held in police custody overnight unless there is no alternative, and that every such "
        "case is recorded and reviewed.",
        None,
        ["force"],
        "2",
    ),
]
AFIS = {
    "1": "The force should make sure that custody staffing levels are sufficient to meet demand at "
    "peak times, particularly at Harnmouth.",
    "2": "Leaders should make sure that learning from adverse incidents and near misses is shared "
    "promptly with all custody staff.",
    "3": "The force should make sure that officers consider alternatives to custody for children "
    "and for people with mental ill health before bringing them to a custody suite.",
    "4": "Detainees should be booked in promptly, and the force should monitor waiting times and "
    "act when they are long.",
    "5": "Custody staff should make sure that detainees' privacy is respected during booking in, "
    "particularly when they are asked about their health and personal circumstances.",
    "6": "The force should make sure that professional interpreting services are used whenever "
    "detainees need them, including during risk assessments.",
    "7": "Cells should be clean, free of graffiti and free of potential ligature points.",
    "8": "Detainees held for long periods should be offered a shower, a change of clothing and "
    "something to read.",
    "9": "Health care professionals should have access to the custody record so that they can see "
    "the full history of a detainee's care.",
    "10": "The force should make sure that detainees, particularly those who are vulnerable, have a "
    "suitable release plan and a safe way to get home.",
}

# 2019 recommendations with their status (appendix; not this report's recommendations)
OLD_RECS = [
    ("The force should make sure that all custody staff complete annual refresher training in "
     "first aid and the use of force.", "Achieved"),
    ("Detainees should have access to a private telephone call when they request one.", "Partially achieved"),
    ("The force should make sure that children in custody are always offered an appropriate adult "
     "within two hours of arrival.", "Not achieved"),
    ("Custody records should accurately record the reasons for the removal of clothing.", "Achieved"),
]


# ------------------------------------------------------------------------------------------------
NUM = K.ParagraphStyle("Num", parent=K.styles["body"], leftIndent=34, bulletIndent=0)


def para(num: str, text: str):
    return K.Paragraph(esc(text), NUM, bulletText=num)


def box(flowables, bg, border):
    t = K.Table([[f] for f in flowables], colWidths=[15.6 * cm])
    t.setStyle(
        K.TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor(bg)),
                ("BOX", (0, 0), (-1, -1), 0.8, colors.HexColor(border)),
                ("LEFTPADDING", (0, 0), (-1, -1), 8),
                ("RIGHTPADDING", (0, 0), (-1, -1), 8),
            ]
        )
    )
    return K.KeepTogether([K.Spacer(1, 4), box_indent(t), K.Spacer(1, 8)])


def box_indent(t):
    outer = K.Table([[t]], colWidths=[16.6 * cm])
    outer.setStyle(K.TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 34), ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
    return outer


def coc_box(n: str):
    recs = [r for r in RECS if r["cause_of_concern"] == n]
    parts = [
        P("<b>Cause of concern and recommendation" + ("s" if len(recs) > 1 else "") + "</b>", "reclabel"),
        P(esc(COC[n]), "body", tag=f"C{n}"),
    ]
    for r in recs:
        parts.append(P("<b>Recommendation</b>", "reclabel"))
        parts.append(P(esc(r["text"]), "body", tag=f"R{r['id']}"))
    return box(parts, "#fdf0e6", "#b35c00")


def afi_box(n: str):
    return box([P("<b>Area for improvement</b>", "reclabel"), P(esc(AFIS[n]), "body", tag=f"A{n}")],
               "#eef2f7", "#1d3557")


def build(path: str):
    doc = K.FixtureDoc(
        path,
        title=TITLE,
        header="Fenmoor police custody inspection",
        footer_left="Report on an unannounced inspection visit to police custody suites in Fenmoor",
        two_column=False,
    )
    s = []
    # ---- cover (page 1): visit dates only
    s += [
        K.Spacer(1, 4 * cm),
        P(esc(TITLE), "title", toc=False),
        P(BY, "subtitle", toc=False),
        K.Spacer(1, 1 * cm),
        P(VISIT, "subtitle", toc=False),
        K.PageBreak(),
    ]
    # ---- page 2: publication details and contents
    s += [
        P("<b>Contents</b>", "h2", toc=False),
        K.toc(),
        K.Spacer(1, 1.5 * cm),
        P(
            "This report was published on " + PUBLISHED_TEXT + ". It is available on the websites of "
            "HM Inspectorate of Prisons and HM Inspectorate of Constabulary and Fire &amp; Rescue "
            "Services.",
            "small",
        ),
        P(
            "© Crown copyright 2026. This publication is licensed under the terms of the Open "
            "Government Licence v3.0 except where otherwise stated.",
            "small",
        ),
        K.PageBreak(),
    ]
    # ---- Section 1
    s += [P("Section 1. Background and key findings", "h1")]
    s += [
        para("1.1", "This report is one in a series of inspections of police custody carried out "
             "jointly by HM Inspectorate of Prisons and HM Inspectorate of Constabulary and Fire & "
             "Rescue Services. These inspections form part of the UK's response to its international "
             "obligation to make sure that places of detention are regularly and independently "
             "inspected."),
        para("1.2", "We inspected the three custody suites run by Fenmoor Police, at Harnmouth, "
             "Brackenford and Wexcombe. Together they have 64 cells. In the year to January 2026, "
             "the force detained 14,380 people, of whom 612 were children."),
        para("1.3", "Custody was generally well managed, and most detainees we spoke to said they had "
             "been treated with respect. Staff were professional and knew the detainees in their "
             "care. The suites were clean, apart from some cells at Harnmouth."),
        para("1.4", "However, leaders did not have a good enough understanding of how force was used in "
             "custody, and children and vulnerable adults often waited too long for an appropriate "
             "adult."),
        para("1.5", "We identified two causes of concern and made three recommendations to address "
             "them. We also identified ten areas for improvement. These are summarised in section 7."),
        para("1.6", "At our last inspection, in 2019, we made 19 recommendations. Of these, 11 had been "
             "achieved, three had been partially achieved and five had not been achieved. Their "
             "status is set out in Appendix I."),
        K.PageBreak(),
    ]
    # ---- Section 2
    s += [P("Section 2. Leadership, accountability and partnerships", "h1")]
    s += [
        para("2.1", "The assistant chief constable responsible for criminal justice provided clear "
             "leadership for custody. A custody inspector had been appointed to lead on quality "
             "assurance, and regular meetings reviewed performance and incidents."),
        para("2.2", "The police and crime commissioner's independent custody visitor scheme was well "
             "organised, and visitors attended each suite regularly. Their reports were considered "
             "at the force's custody governance board."),
        para("2.3", "Staffing levels were usually adequate, but at Harnmouth the number of detention "
             "officers on duty was not always enough at peak times, and staff were often moved to "
             "cover shortfalls elsewhere."),
    ]
    s += [afi_box("1")]
    s += [
        para("2.4", "Learning from adverse incidents was identified by the professional standards "
             "department, but it was not always passed on to custody staff quickly."),
    ]
    s += [afi_box("2")]
    s += [
        para("2.5", "The force could not provide accurate data on the use of force in custody. Many "
             "incidents had not been recorded, and there was no regular review of body-worn video "
             "footage. Leaders could not be confident that the force used was always justified."),
    ]
    s += [coc_box("1"), K.PageBreak()]
    # ---- Section 3
    s += [P("Section 3. Pre-custody: first point of contact", "h1")]
    s += [
        para("3.1", "Frontline officers had a good awareness of the vulnerabilities of people they "
             "might bring into custody. Mental health practitioners were available in the control "
             "room at Brackenford from 8am to midnight."),
        para("3.2", "But officers did not always consider alternatives to custody for children and "
             "for adults with mental ill health. In several cases we reviewed, a voluntary "
             "interview or a referral to health services would have been more suitable."),
    ]
    s += [afi_box("3")]
    # ---- Section 4
    s += [P("Section 4. In the custody suite: booking in, individual needs and legal rights", "h1")]
    s += [
        para("4.1", "Detainees were usually booked in courteously, but at busy times some waited in "
             "vans or holding rooms for over an hour. The force did not monitor these waiting times."),
    ]
    s += [afi_box("4")]
    s += [
        para("4.2", "The booking-in desks at Harnmouth and Wexcombe were close together, and "
             "detainees could be overheard when answering questions about their health."),
    ]
    s += [afi_box("5")]
    s += [
        para("4.3", "Telephone interpreting was available, but staff sometimes relied on other "
             "detainees or officers to interpret, including during risk assessments."),
    ]
    s += [afi_box("6"), K.PageBreak()]
    s += [
        para("4.4", "Appropriate adults for children were provided by the local authorities' youth "
             "justice services during the day and by a volunteer scheme at night. The night scheme "
             "had too few volunteers, and in the cases we reviewed children waited an average of "
             "nine hours for an appropriate adult to arrive. Vulnerable adults waited even longer."),
        para("4.5", "Of the 41 children charged and refused bail in the previous year, only four had "
             "been moved to local authority accommodation. The rest were held in police cells "
             "overnight. Custody records did not always explain why no alternative had been found."),
    ]
    s += [coc_box("2")]
    # ---- Section 5
    s += [P("Section 5. In the custody cell: safeguarding and health care", "h1")]
    s += [
        para("5.1", "Risk assessments were thorough, and observation levels were appropriate. Cell "
             "checks were carried out on time in almost all the records we reviewed."),
        para("5.2", "Some cells at Harnmouth had graffiti and potential ligature points, which had been "
             "reported but not repaired."),
    ]
    s += [afi_box("7")]
    s += [
        para("5.3", "Showers were rarely offered, and detainees who were held for more than 24 hours "
             "were not always given a change of clothing or anything to read."),
    ]
    s += [afi_box("8"), K.PageBreak()]
    s += [
        para("5.4", "Health care was provided by a commissioned provider, and nurses were present in "
             "each suite around the clock. But health care staff could not see the custody record, "
             "so they did not always know what had happened to a detainee before they were seen."),
    ]
    s += [afi_box("9")]
    # ---- Section 6
    s += [P("Section 6. Release and transfer from custody", "h1")]
    s += [
        para("6.1", "Pre-release risk assessments were completed in all the cases we reviewed, but "
             "many were brief. Vulnerable detainees were sometimes released late at night without "
             "a plan for how they would get home safely."),
    ]
    s += [afi_box("10"), K.PageBreak()]
    # ---- Section 7: summary (repeats and numbers everything)
    s += [P("Section 7. Summary of causes of concern, recommendations and areas for improvement", "h1")]
    s += [P("Causes of concern and recommendations", "h2")]
    for n, text in COC.items():
        s += [P(f"<b>Cause of concern {n}</b>", "reclabel", toc=False), P(esc(text), "body")]
        for r in RECS:
            if r["cause_of_concern"] == n:
                s += [P(f"<b>Recommendation {r['id']}</b>", "reclabel", toc=False), P(esc(r["text"]), "rec")]
    s += [P("Areas for improvement", "h2")]
    for n, text in AFIS.items():
        s += [K.Paragraph(esc(text), K.ParagraphStyle("L", parent=K.styles["body"], leftIndent=22,
                                                      bulletIndent=0), bulletText=f"{n}.")]
    s += [K.PageBreak()]
    # ---- Appendices
    s += [P("Appendix I: Progress on recommendations from the last report", "h1")]
    s += [P("The following recommendations were made in our 2019 report on custody in Fenmoor. "
            "The table shows a selection of them and the progress we found.", "body")]
    rows = [["Recommendation (2019)", "Status"]] + [[t, st] for t, st in OLD_RECS]
    s += [K.grid_table(rows, [12.6 * cm, 4 * cm]), K.Spacer(1, 12)]
    s += [P("Appendix II: Inspection team", "h1")]
    s += [P("Harriet Oduya, team leader, HM Inspectorate of Prisons<br/>"
            "Daniel Pryor, inspector, HM Inspectorate of Constabulary and Fire &amp; Rescue Services<br/>"
            "Maya Ferrand, inspector, HM Inspectorate of Prisons<br/>"
            "Tomasz Wilk, health care inspector<br/>"
            "Lucy Abara, researcher", "body")]
    doc.multiBuild(s)
    return doc


def main():
    out = os.path.join(HERE, "report.pdf")
    doc = build(out)
    for r in RECS:
        r["where"] = f"page {doc.first_page('R' + r['id'])}"
    data = {
        "file": "report.pdf",
        "title": TITLE,
        "published": PUBLISHED,
        "inspectorates": ["HMIP", "HMICFRS"],
        "type": "custody",
        "forces_visited": ["Fenmoor Police"],
        "fenmoor_inspected": True,
        "totals": {"recommendations": 3, "areas_for_improvement": 10, "causes_of_concern": 2},
        "recommendations": RECS,
        "causes_of_concern": [{"id": k, "text": v} for k, v in COC.items()],
        "areas_for_improvement": [{"id": k, "text": v} for k, v in AFIS.items()],
        "graded_judgments": [],
    }
    write_expected(
        HERE,
        data,
        header="Custody report: cover shows visit dates, publication date on page 2; numbered\n"
        "paragraphs; unnumbered boxes inline; ids from the section 7 summary; 2019 recs appendix.",
    )


if __name__ == "__main__":
    main()
