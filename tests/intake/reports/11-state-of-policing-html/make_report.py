"""Fixture 11: State of Policing annual assessment (real title and date from INSPECTIONS.tsv; all
text invented), saved as a web page (HTML). HM Chief Inspector writes in the first person:
"I recommend that ...". Recommendations are <p><strong>Recommendation N</strong></p> + <p> inside
theme sections and again in a closing <details> accordion.

Deliberate count mismatch: the text says "I make four recommendations", but recommendation 2 is
split into 2a and 2b, so the list has FIVE entries. totals.recommendations is the report's own
figure (4). The text also mentions last year's five recommendations (not this report's).

Run: /work/main/.venv/bin/python make_report.py   (standard library only)
"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import _kit  # noqa: E402
from _kit import d, esc, rec  # noqa: E402

TITLE = "State of Policing: The Annual Assessment of Policing in England and Wales 2023"
PUBLISHED = d(2024, 7, 19)
T1, T2, T3, T4 = (
    "1. Public trust and confidence",
    "2. Victims",
    "3. The police workforce",
    "5. The inspectorate's powers",
)
RECS = [
    rec(
        "1",
        "I recommend that, by 31 March 2025, the Home Office introduces a national measure of "
        "public confidence in policing that is collected in the same way in every force area "
        "and published each year.",
        d(2025, 3, 31),
        ["Home Office"],
        where=T1,
    ),
    rec(
        "2a",
        "I recommend that the Home Office, working with the NPCC and the College of Policing, "
        "sets out within 12 months a national standard for the time it takes the police to "
        "attend incidents of each level of priority.",
        "within 12 months",
        ["Home Office", "NPCC", "College of Policing"],
        where=T2,
    ),
    rec(
        "2b",
        "I recommend that the Ministry of Justice reviews the Code of Practice for Victims of "
        "Crime so that victims are given clear information about how long the investigation "
        "of their crime is likely to take.",
        None,
        ["Ministry of Justice"],
        where=T2,
    ),
    rec(
        "3",
        "I recommend that the Government legislates to give chief constables a clear power to "
        "dismiss officers who cannot maintain their vetting clearance.",
        None,
        ["other"],
        where=T3,
    ),
    rec(
        "4",
        "I recommend that the Home Office gives HM Chief Inspector of Constabulary the power to "
        "require a force to produce, and to publish, an action plan in response to a cause of "
        "concern.",
        None,
        ["Home Office"],
        where=T4,
    ),
]
BY = {r["id"]: r for r in RECS}


def p(*texts):
    return "\n".join(f"<p>{esc(t)}</p>" for t in texts)


def recblock(rid):
    return (
        f'<div class="recommendation"><p><strong>Recommendation {rid}</strong></p>\n'
        f"<p>{esc(BY[rid]['text'])}</p></div>"
    )


def body():
    b = [
        "<p class=\"lede\">His Majesty's Chief Inspector of Constabulary's report to the Home "
        "Secretary under section 54(4A) of the Police Act 1996.</p>"
    ]
    b.append('<h2 id="foreword">Foreword</h2>')
    b.append(
        p(
            "This is my assessment of the state of policing in England and Wales, based on the "
            "inspections we carried out between April 2023 and March 2024 and on the other evidence "
            "available to me.",
            "Policing has had a difficult year. Public confidence has been damaged by the behaviour of "
            "a minority of officers, and victims too often wait too long for the police to arrive and "
            "for their crimes to be investigated. But I have also seen a great deal of good work, and "
            "forces that have been in difficulty have shown that rapid improvement is possible.",
            "In last year's report I made five recommendations. The Home Secretary's reply, published "
            "in March 2024, accepted three of them.",
            "This year I make four recommendations. I set them out in the sections of this report to "
            "which they relate.",
        )
    )
    b.append(f'<h2 id="trust">{esc(T1)}</h2>')
    b.append(
        p(
            "Public confidence in the police has fallen over the last decade. The data forces collect "
            "on confidence is inconsistent, which makes it hard for chief constables and police and "
            "crime commissioners to know how their force compares with others, or whether it is "
            "improving."
        )
    )
    b.append(recblock("1"))
    b.append(f'<h2 id="victims">{esc(T2)}</h2>')
    b.append("<h3>Attendance</h3>")
    b.append(
        p(
            "There is no national standard for how quickly the police attend incidents, other than "
            "the expectation that emergency calls are answered promptly. Each force sets its own "
            "targets, and the public has no way of knowing what to expect."
        )
    )
    b.append(recblock("2a"))
    b.append("<h3>Keeping victims informed</h3>")
    b.append(
        p(
            "Victims told us that not knowing how long an investigation will take is one of the most "
            "stressful parts of their experience."
        )
    )
    b.append(recblock("2b"))
    b.append(f'<h2 id="workforce">{esc(T3)}</h2>')
    b.append(
        p(
            "Forces have recruited many new officers in recent years, and many are inexperienced. "
            "Supervisors are stretched. Forces have improved their vetting, but chief constables "
            "still lack a straightforward way to remove officers who fail re-vetting."
        )
    )
    b.append(recblock("3"))
    b.append('<h2 id="funding">4. Funding and efficiency</h2>')
    b.append(
        p(
            "Forces continue to face financial pressure. I have not made a recommendation about "
            "funding this year, but I repeat my view that forces need longer-term financial "
            "settlements if they are to plan effectively."
        )
    )
    b.append(f'<h2 id="powers">{esc(T4)}</h2>')
    b.append(
        p(
            "When we identify a cause of concern, we expect the force to act on it. Most do. But I have "
            "no power to require a force to set out what it will do, or to publish its plan."
        )
    )
    b.append(recblock("4"))
    b.append('<h2 id="summary-recs">Summary of recommendations</h2>')
    b.append('<details class="accordion"><summary>Show all recommendations</summary>')
    for r in RECS:
        b.append(f"<p><strong>Recommendation {r['id']}</strong><br>{esc(r['text'])}</p>")
    b.append("</details>")
    b.append('<p class="signature">Daniel Okafor<br>His Majesty\'s Chief Inspector of Constabulary</p>')
    return "\n".join(b)


META = """<p class="publication__meta">Publication date: 19 July 2024 &#183; Annual assessment &#183;
<a href="./report_files/state-of-policing-2023.pdf">Download PDF (3.9 MB)</a> &#183;
<a href="./report_files/state-of-policing-2023-data.xlsx">Data tables (ODS)</a></p>"""

SIDEBAR = """<nav class="sidebar__contents" aria-label="On this page"><p><strong>On this page</strong></p><ul>
<li><a href="#foreword">Foreword</a></li><li><a href="#trust">1. Public trust and confidence</a></li>
<li><a href="#victims">2. Victims</a></li><li><a href="#workforce">3. The police workforce</a></li>
<li><a href="#funding">4. Funding and efficiency</a></li>
<li><a href="#powers">5. The inspectorate's powers</a></li>
<li><a href="#summary-recs">Summary of recommendations</a></li></ul></nav>
<p><strong>Previous annual assessments</strong></p>
<ul><li><a href="#">State of Policing: The Annual Assessment of Policing in England and Wales 2022</a></li>
<li><a href="#">State of Policing: The Annual Assessment of Policing in England and Wales 2021</a></li></ul>"""


def main():
    html = _kit.html_page(
        doc_title=TITLE + " | HMICFRS",
        h1=TITLE,
        meta_html=META,
        body_html=body(),
        sidebar_html=SIDEBAR,
        breadcrumbs=["Home", "Publications", "State of Policing"],
        saved_from="https://www.example.org/hmicfrs/publication-html/state-of-policing-2023/",
    )
    out = os.path.join(HERE, "report.html")
    with open(out, "w", encoding="utf-8") as fh:
        fh.write(html)
    data = {
        "file": "report.html",
        "title": TITLE,
        "published": PUBLISHED,
        "inspectorates": ["HMICFRS"],
        "type": "state of policing",
        "forces_visited": [],
        "fenmoor_inspected": False,
        "totals": {"recommendations": 4, "areas_for_improvement": None, "causes_of_concern": None},
        "recommendations": RECS,
        "causes_of_concern": [],
        "areas_for_improvement": [],
        "graded_judgments": [],
    }
    _kit.write_expected(
        HERE,
        data,
        header=(
            "Count mismatch on purpose: the report says 'I make four recommendations' (totals = 4) but\n"
            "lists five (2a and 2b). 'five recommendations' in the foreword refers to LAST year's report.\n"
            "Recommendation 3 is addressed to 'the Government' -> other. 'where' = nearest <h2>."
        ),
    )
    print("wrote", out)


if __name__ == "__main__":
    main()
