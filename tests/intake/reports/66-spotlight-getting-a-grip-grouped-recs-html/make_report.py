"""Fixture 66: PEEL spotlight report "Getting a grip" (saved web page).

Real title, publication date and recommendation count (11, three for chief constables) from
INSPECTIONS.tsv; every sentence, recommendation wording, force and name is invented.
Writes report.html and expected.yaml from the same strings. Runs under any Python 3.
"""

from __future__ import annotations

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(os.path.dirname(HERE)), "reports"))
sys.path.insert(0, os.path.dirname(HERE))

from _kit import d, esc, html_page, rec, write_expected  # noqa: E402

TITLE = "PEEL spotlight report: Police performance: Getting a grip"
PUBLISHED = d(2023, 7, 7)
PUBLISHED_TEXT = "7 July 2023"
FORCES = ["Dunmere Police", "Fenmoor Police", "West Tamar Police", "Brayfield Police"]
RECS_H2 = "Recommendations"

GROUPS = [
    ("Recommendations for chief constables", [
        rec("1",
            "By 31 January 2024, chief constables should review their processes for managing "
            "officers and staff who want to move roles or leave the service, so that they can reduce "
            "the loss of skilled and experienced people.",
            d(2024, 1, 31), ["chief constables"]),
        rec("2",
            "By 31 January 2024, chief constables should make sure that their forces have a clear "
            "understanding of the skills and experience of their workforce, including the number of "
            "accredited investigators, and use it to plan recruitment and training.",
            d(2024, 1, 31), ["chief constables"]),
        rec("3",
            "By 31 March 2024, chief constables should make sure that supervisors have enough time "
            "and training to review investigations and give direction, and that this supervision is "
            "recorded.",
            d(2024, 3, 31), ["chief constables"]),
    ]),
    ("Recommendations for national bodies", [
        rec("4",
            "The Home Office, the National Police Chiefs’ Council and the Association of Police and "
            "Crime Commissioners should, by 31 March 2024, agree how the additional officers "
            "recruited through the police uplift programme will be sustained, including the balance "
            "between recruitment and retention.",
            d(2024, 3, 31), ["Home Office", "NPCC", "other"]),
        rec("5",
            "By 30 June 2024, the College of Policing should review the entry routes into policing "
            "to make sure that new officers have the practical skills they need to investigate "
            "crime.",
            d(2024, 6, 30), ["College of Policing"]),
        rec("6",
            "The College of Policing, working with the NPCC lead for investigations, should develop "
            "a national approach to help forces recruit, develop and keep detectives.",
            None, ["College of Policing", "NPCC"]),
        rec("7",
            "The NPCC lead for contact management should, by 31 December 2023, publish national "
            "guidance on measuring how quickly forces answer and respond to non-emergency calls, "
            "including contact received through digital channels.",
            d(2023, 12, 31), ["NPCC"]),
        rec("8",
            "The Home Office should publish national data on the time taken to answer non-emergency "
            "calls, alongside the data it already publishes on emergency calls.",
            None, ["Home Office"]),
        rec("9",
            "By 31 March 2024, the NPCC, working with the College of Policing, should develop a set "
            "of national performance measures that forces can use to understand the quality of "
            "their investigations, not only their volume.",
            d(2024, 3, 31), ["NPCC", "College of Policing"]),
    ]),
    ("Recommendations for police and crime commissioners", [
        rec("10",
            "Police and crime commissioners should make sure that the performance information they "
            "use to hold chief constables to account includes measures of investigation quality and "
            "of the skills and experience of the workforce, not only the number of officers.",
            None, ["PCCs"]),
        rec("11",
            "Police and crime commissioners should make sure that their police and crime plans set "
            "clear priorities for the standard of investigations, and that they report progress "
            "against them to their police and crime panels.",
            None, ["PCCs"]),
    ]),
]


def build_html() -> str:
    b: list[str] = []
    b.append("<h2>Foreword</h2>")
    b.append("<p>This report draws together what we found in our PEEL inspections of all 43 "
             "forces in England and Wales in 2021/22. It focuses on a question that sits behind "
             "many of our findings: whether forces have a firm enough grip on their own "
             "performance.</p>")
    b.append("<p>The police service has recruited thousands of new officers in the last three "
             "years. That is welcome. But many forces have lost experienced officers and staff at "
             "the same time, and too many investigations are now carried out by people who have "
             "not yet had the training or supervision they need.</p>")
    b.append("<p>Michael Osei<br>His Majesty’s Inspector of Constabulary</p>")

    b.append("<h2>Summary</h2>")
    b.append("<p>We found that too many forces do not understand the skills of their workforce, "
             "do not supervise investigations well enough and do not answer calls from the public "
             "quickly enough. Performance frameworks often measure activity rather than "
             "quality.</p>")
    b.append("<p>We make 11 recommendations. Three are for chief constables, six are for national "
             "bodies and two are for police and crime commissioners.</p>")

    b.append(f"<h2>{RECS_H2}</h2>")
    for head, recs in GROUPS:
        b.append(f"<h3>{esc(head)}</h3>")
        for r in recs:
            b.append('<div class="recommendation">')
            b.append(f"<p><strong>Recommendation {r['id']}:</strong> {esc(r['text'])}</p>")
            b.append("</div>")
            r["where"] = RECS_H2

    b.append("<h2>Introduction</h2>")
    b.append("<h3>About this report</h3>")
    b.append("<p>Our PEEL inspections assess how good each force is at the main areas of "
             "policing. This spotlight report brings together the common themes from those "
             "inspections about how forces manage their performance.</p>")
    b.append("<h3>Our fieldwork</h3>")
    b.append("<p>As well as analysing the evidence from our PEEL inspections, we carried out "
             "additional fieldwork in four forces:</p><ul>")
    for f in FORCES:
        b.append(f"<li>{esc(f)}</li>")
    b.append("</ul><p>In these forces we interviewed senior leaders and held focus groups with "
             "supervisors, investigators and call handlers.</p>")

    b.append("<h2>Workforce: recruiting, developing and keeping people</h2>")
    b.append("<p>Forces have recruited large numbers of new officers, but many are losing "
             "experienced people faster than they expected. In one force we visited, almost half "
             "of response officers had less than two years’ service.</p>")
    b.append("<p>Few forces had a complete picture of the skills of their workforce. Most could "
             "tell us how many officers they had, but not how many were qualified to carry out "
             "complex investigations. That is why we have made recommendations 1 and 2.</p>")
    b.append("<p>Entry routes into policing give new officers a good grounding in theory, but "
             "supervisors told us that new officers often lacked confidence in practical "
             "investigative work. Recommendations 5 and 6 are intended to address this.</p>")

    b.append("<h2>Investigations and supervision</h2>")
    b.append("<p>Supervision of investigations was inconsistent in most of the forces we "
             "inspected. Sergeants told us they were responsible for too many investigations to "
             "review each of them properly. Forces should make sure that supervisors have the "
             "capacity to do this well; recommendation 3 sets out what we expect.</p>")

    b.append("<h2>Answering calls from the public</h2>")
    b.append("<p>Most forces answer emergency calls promptly, but performance on non-emergency "
             "calls varies widely. There is no national standard for measuring it, and no "
             "national data is published. Recommendations 7 and 8 address this gap.</p>")

    b.append("<h2>Performance management and accountability</h2>")
    b.append("<p>Many forces measure what is easy to count, such as the number of arrests or "
             "officers, rather than the quality of the service they provide. Police and crime "
             "commissioners told us they would welcome better information on the quality of "
             "investigations. Recommendations 9, 10 and 11 are intended to help.</p>")
    b.append("<p>We also found that the national police uplift programme had focused on "
             "recruitment numbers, with less attention to retention (recommendation 4).</p>")

    b.append("<h2>Conclusion</h2>")
    b.append("<p>Forces that have a firm grip on their performance understand their demand, their "
             "workforce and the quality of their service. We will continue to examine these "
             "matters in our PEEL inspections.</p>")
    b.append("<h2>Annex: About the data</h2>")
    b.append("<p>The figures in this report come from our PEEL inspections of 2021/22, from the "
             "Home Office’s police workforce statistics and from data that forces provided to "
             "us.</p>")
    return "\n".join(b)


def main():
    body = build_html()
    meta = (
        f'<p class="publication__date">Published: {PUBLISHED_TEXT}</p>'
        '<p class="publication__type">PEEL spotlight report</p>'
        '<ul class="publication__downloads"><li><a href="./report_files/getting-a-grip.pdf">'
        "Police performance: Getting a grip (PDF document)</a></li>"
        '<li><a href="./report_files/getting-a-grip-easy-read.pdf">Easy read version (PDF document)</a></li></ul>'
    )
    sidebar = (
        "<h2>In this section</h2><ul>"
        '<li><a href="#">PEEL 2021/22 inspection reports</a></li>'
        '<li><a href="#">PEEL assessment framework 2021/22</a></li>'
        '<li><a href="#">PEEL spotlight report: A duty to protect</a></li></ul>'
    )
    html = html_page(
        doc_title="Police performance: Getting a grip - HMICFRS",
        h1=TITLE,
        meta_html=meta,
        body_html=body,
        sidebar_html=sidebar,
        breadcrumbs=["Home", "Publications", "PEEL spotlight reports"],
        saved_from="https://www.example.org/hmicfrs/publication-html/police-performance-getting-a-grip/",
    )
    with open(os.path.join(HERE, "report.html"), "w", encoding="utf-8") as fh:
        fh.write(html)
    recs = [r for _, rs in GROUPS for r in rs]
    data = {
        "file": "report.html",
        "title": TITLE,
        "published": PUBLISHED,
        "inspectorates": ["HMICFRS"],
        "type": "spotlight",
        "forces_visited": FORCES,
        "fenmoor_inspected": True,
        "totals": {"recommendations": 11, "areas_for_improvement": None, "causes_of_concern": None},
        "recommendations": recs,
        "causes_of_concern": [],
        "areas_for_improvement": [],
        "graded_judgments": [],
    }
    write_expected(
        HERE,
        data,
        header="PEEL spotlight web page: all recommendations up front under <h2>Recommendations</h2>,\n"
        "grouped by audience under <h3>; label and text in one <p>; chapters cite them by number.",
    )


if __name__ == "__main__":
    main()
