"""Fixture 04: PEEL spotlight report saved as a web page (HTML). Real title, date and count
(8 recommendations) from INSPECTIONS.tsv; body text and recommendation wording invented.
Recommendations are an <ol> whose numbers come only from the list order. Forces visited are a
<ul>, and Fenmoor Police is one of them.

Run: /work/main/.venv/bin/python make_report.py   (standard library only)
"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import _kit  # noqa: E402
from _kit import d, esc, rec  # noqa: E402

TITLE = "PEEL spotlight report: The policing response to antisocial behaviour"
PUBLISHED = d(2024, 10, 10)
FORCES = [
    "Ashby Vale Police",
    "Brayfield Police",
    "Cresford Police",
    "Fenmoor Police",
    "Kelder Constabulary",
    "Northmarsh Police",
]
W = "Recommendations"
RECS = [
    rec(
        "1",
        "By 30 April 2025, chief constables should make sure that their forces record every "
        "report of antisocial behaviour accurately, including whether the behaviour reported "
        "also amounts to a crime.",
        d(2025, 4, 30),
        ["chief constables"],
        where=W,
    ),
    rec(
        "2",
        "By 30 April 2025, chief constables should make sure that call handlers use a "
        "consistent risk assessment to identify repeat and vulnerable victims of antisocial "
        "behaviour.",
        d(2025, 4, 30),
        ["chief constables"],
        where=W,
    ),
    rec(
        "3",
        "Chief constables should make sure that neighbourhood officers are trained to use the "
        "powers available to them under the Anti-social Behaviour, Crime and Policing Act 2014, "
        "and that supervisors check that these powers are used appropriately.",
        None,
        ["chief constables"],
        where=W,
    ),
    rec(
        "4",
        "By 31 October 2025, chief constables and police and crime commissioners should agree "
        "how information about antisocial behaviour will be shared with local authorities and "
        "housing providers, and should publish those arrangements.",
        d(2025, 10, 31),
        ["chief constables", "PCCs"],
        where=W,
    ),
    rec(
        "5",
        "Chief constables should make sure that victims of persistent antisocial behaviour are "
        "told about the community trigger and how to use it.",
        None,
        ["chief constables"],
        where=W,
    ),
    rec(
        "6",
        "The College of Policing should, within 12 months, publish guidance on problem-solving "
        "approaches to antisocial behaviour that includes examples of practice that has been "
        "evaluated.",
        "within 12 months",
        ["College of Policing"],
        where=W,
    ),
    rec(
        "7",
        "The Home Office should review the data it collects on antisocial behaviour so that the "
        "data can be used to compare forces and to understand trends over time.",
        None,
        ["Home Office"],
        where=W,
    ),
    rec(
        "8",
        "The NPCC lead for antisocial behaviour should develop a national performance framework "
        "for the police response to antisocial behaviour by 31 March 2026.",
        d(2026, 3, 31),
        ["NPCC"],
        where=W,
    ),
]


def p(*texts):
    return "\n".join(f"<p>{esc(t)}</p>" for t in texts)


def body():
    b = [
        '<h2 id="summary">Summary</h2>',
        p(
            "Antisocial behaviour is often dismissed as low-level, but persistent antisocial behaviour "
            "can make people's lives a misery. It is one of the issues the public most often raise with "
            "their local police, and it can be an early warning of more serious crime.",
            "This spotlight report draws on our PEEL inspections and on additional fieldwork in six "
            "forces. We found that forces do not always record antisocial behaviour accurately, that "
            "they do not consistently identify repeat and vulnerable victims, and that the powers "
            "available to tackle it are not well understood.",
            "We have made 8 recommendations. Five are for chief constables, one of them jointly with "
            "police and crime commissioners, and three are for national bodies.",
        ),
    ]
    b.append('<h2 id="recommendations">Recommendations</h2>')
    b.append('<ol class="recommendations">')
    for r in RECS:
        b.append(f"  <li><p>{esc(r['text'])}</p></li>")
    b.append("</ol>")
    b.append('<h2 id="about">About this spotlight</h2>')
    b.append(
        "<p>In addition to evidence from our PEEL inspections, we visited the following "
        "forces between February and May 2024:</p>"
    )
    b.append('<ul class="forces">' + "".join(f"<li>{esc(f)}</li>" for f in FORCES) + "</ul>")
    b.append(
        p(
            "In each force we spoke to call handlers, neighbourhood officers and their "
            "supervisors, and local authority antisocial behaviour teams. We also listened to "
            "200 calls reporting antisocial behaviour."
        )
    )
    b.append('<h2 id="findings">What we found</h2>')
    b.append("<h3>Recording antisocial behaviour</h3>")
    b.append(
        p(
            "In a quarter of the calls we listened to, the caller described behaviour that was also a "
            "crime, such as criminal damage or harassment, but only an antisocial behaviour incident was "
            "recorded. This means that victims lose the rights they have under the Victims' Code.",
            "In Fenmoor Police, the control room had introduced a prompt that asks call handlers to "
            "check whether a crime has been disclosed. Recording accuracy in the calls we sampled there "
            "was noticeably better.",
        )
    )
    b.append("<h3>Identifying vulnerable victims</h3>")
    b.append(
        p(
            "Forces used a variety of risk assessments, and some used none. Repeat victims were not "
            "always identified, even when they had called many times about the same problem."
        )
    )
    b.append("<h3>Using the powers available</h3>")
    b.append(
        p(
            "Neighbourhood officers knew about community protection notices and dispersal orders, but "
            "fewer understood civil injunctions or closure orders. Supervisors rarely checked how these "
            "powers had been used."
        )
    )
    b.append("<h3>Working with partners</h3>")
    b.append(
        p(
            "Information sharing between the police, local authorities and housing providers was good in "
            "some places and poor in others. Where it worked, there were clear, published agreements."
        )
    )
    b.append('<h2 id="next">Next steps</h2>')
    b.append(
        p(
            "We will look at how forces have responded to these recommendations as part of our "
            "continuing PEEL inspections."
        )
    )
    return "\n".join(b)


META = """<div class="publication__meta" style="color:#505a5f">
  <p>Published: <time datetime="2024-10-10">10 October 2024</time></p>
  <p>Part of: <a href="#">PEEL 2023–25</a> | Type: Spotlight report</p>
</div>
<p><a href="./report_files/asb-spotlight.pdf">Read the full report (PDF, 2.1 MB)</a> |
<a href="./report_files/asb-spotlight-easy-read.pdf">Easy read version</a></p>"""

SIDEBAR = """<div class="sidebar__block"><h2 class="sidebar__title">In this section</h2>
<ul><li><a href="#summary">Summary</a></li><li><a href="#recommendations">Recommendations</a></li>
<li><a href="#about">About this spotlight</a></li><li><a href="#findings">What we found</a></li></ul></div>
<div class="sidebar__block"><h2 class="sidebar__title">Latest news</h2>
<ul><li><a href="#">Inspectorate publishes its inspection programme for 2025/26</a></li>
<li><a href="#">Police must do more to record crime accurately, says inspectorate</a></li></ul></div>"""


def main():
    html = _kit.html_page(
        doc_title=TITLE + " | HMICFRS",
        h1=TITLE,
        meta_html=META,
        body_html=body(),
        sidebar_html=SIDEBAR,
        breadcrumbs=["Home", "Publications", "PEEL spotlight reports"],
        saved_from="https://www.example.org/hmicfrs/publication-html/peel-spotlight-antisocial-behaviour/",
    )
    out = os.path.join(HERE, "report.html")
    with open(out, "w", encoding="utf-8") as fh:
        fh.write(html)
    data = {
        "file": "report.html",
        "title": TITLE,
        "published": PUBLISHED,
        "inspectorates": ["HMICFRS"],
        "type": "spotlight",
        "forces_visited": FORCES,
        "fenmoor_inspected": True,
        "totals": {"recommendations": 8, "areas_for_improvement": None, "causes_of_concern": None},
        "recommendations": RECS,
        "causes_of_concern": [],
        "areas_for_improvement": [],
        "graded_judgments": [],
    }
    _kit.write_expected(
        HERE,
        data,
        header=(
            "Recommendation numbers come only from the <ol> order (no number is printed in the text).\n"
            "'where' is the nearest preceding <h2>."
        ),
    )
    print("wrote", out)


if __name__ == "__main__":
    main()
