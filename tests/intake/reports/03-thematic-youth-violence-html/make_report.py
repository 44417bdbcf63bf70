"""Fixture 03: national thematic saved as a web page (HTML). Real title, date and recommendation
count (4, two for chief constables) from INSPECTIONS.tsv; all body text and recommendation wording
invented. Fenmoor Police was NOT one of the forces visited.

Run: /work/main/.venv/bin/python make_report.py   (standard library only)
"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import _kit  # noqa: E402
from _kit import d, esc, rec  # noqa: E402

TITLE = "An inspection of how well the police tackle serious youth violence"
PUBLISHED = d(2023, 3, 8)
FORCES = [
    "Ashby Vale Police",
    "Cresford Police",
    "Dunmere Police",
    "Kelder Constabulary",
    "Northmarsh Police",
    "West Tamar Police",
]
RECS = [
    rec(
        "1",
        "By 31 March 2024, chief constables should make sure that the officers and staff who "
        "decide on the use of outcome 22 understand when it can be used for children, and that "
        "every such decision is recorded with the reasons for it.",
        d(2024, 3, 31),
        ["chief constables"],
        where="Recommendations",
    ),
    rec(
        "2",
        "By 31 March 2024, chief constables should make sure that their forces analyse the "
        "ethnicity of children who are stopped, searched and arrested in connection with "
        "serious violence, and explain any disproportionality they find to their communities.",
        d(2024, 3, 31),
        ["chief constables"],
        where="Recommendations",
    ),
    rec(
        "3",
        "The Home Office should, by 30 September 2023, set out how violence reduction units "
        "are to evaluate their work so that their results can be compared from one area to "
        "another.",
        d(2023, 9, 30),
        ["Home Office"],
        where="Recommendations",
    ),
    rec(
        "4",
        "Local authorities should make sure that every school in their area has a named "
        "contact in the community safety partnership for sharing information about children "
        "at risk of involvement in serious violence.",
        None,
        ["local authorities"],
        where="Recommendations",
    ),
]


def p(*texts):
    return "\n".join(f"<p>{esc(t)}</p>" for t in texts)


def body():
    b = []
    b.append(
        '<nav class="contents" aria-label="Contents"><h2>Contents</h2><ol>'
        '<li><a href="#summary">Summary</a></li>'
        '<li><a href="#recommendations">Recommendations</a></li>'
        '<li><a href="#about">About this inspection</a></li>'
        '<li><a href="#chapter-1">1. Understanding serious youth violence</a></li>'
        '<li><a href="#chapter-2">2. Prevention and early intervention</a></li>'
        '<li><a href="#chapter-3">3. Working with partners</a></li>'
        '<li><a href="#chapter-4">4. Fairness and disproportionality</a></li>'
        "</ol></nav>"
    )
    b.append('<h2 id="summary">Summary</h2>')
    b.append(
        p(
            "Serious violence involving young people causes lasting harm to victims, their families and "
            "their communities. It also draws many young people into the criminal justice system at an "
            "early age. The police cannot tackle it alone, and the forces we inspected recognised that.",
            "We found that forces and their partners have made real progress in working together, "
            "helped by the creation of violence reduction units. But there is more to do. Forces do not "
            "always use diversionary outcomes consistently, and most could not tell us whether their "
            "use of powers affects some groups of children more than others.",
            "We make four recommendations. Two are for chief constables, one is for the Home Office "
            "and one is for local authorities.",
        )
    )
    b.append('<h2 id="recommendations">Recommendations</h2>')
    for r in RECS:
        b.append(
            f'<div class="recommendation"><h3>Recommendation {r["id"]}</h3>\n<p>{esc(r["text"])}</p></div>'
        )
    b.append('<h2 id="about">About this inspection</h2>')
    b.append(
        p(
            "This inspection was part of our 2022/23 inspection programme. We carried out fieldwork "
            "between June and October 2022.",
            "We visited six forces: " + ", ".join(FORCES[:-1]) + " and " + FORCES[-1] + ". In each force "
            "we interviewed officers and staff, and we spoke to partner organisations including the "
            "local violence reduction unit, youth offending teams, schools and health services.",
            "We also reviewed 90 case files involving children who had been suspected of, or the "
            "victims of, serious violence.",
        )
    )
    b.append('<h2 id="chapter-1">1. Understanding serious youth violence</h2>')
    b.append("<h3>The local picture</h3>")
    b.append(
        p(
            "All the forces we visited had produced a problem profile of serious youth violence with "
            "their partners. The better profiles combined police data with information from hospitals, "
            "schools and children's services, and they were updated regularly.",
            "In two forces, the profile had not been updated for more than two years, and officers we "
            "spoke to did not know it existed.",
        )
    )
    b.append("<h3>Recording</h3>")
    b.append(
        p(
            "There is no national definition of serious youth violence. Forces used different "
            "definitions, which makes comparison difficult. We do not make a recommendation about this, "
            "but we encourage the NPCC to consider it."
        )
    )
    b.append('<h2 id="chapter-2">2. Prevention and early intervention</h2>')
    b.append(
        p(
            "Outcome 22 allows the police to defer prosecution while a young person takes part in "
            "diversionary or educational activity. Used well, it can stop children from being drawn "
            "further into crime. We found good examples in Cresford and Dunmere, where youth workers "
            "met each child within a week of the decision.",
            "In other forces, officers were unsure when outcome 22 could be used, and decisions were "
            "not always recorded. This is why we make recommendation 1.",
        )
    )
    b.append('<h2 id="chapter-3">3. Working with partners</h2>')
    b.append(
        p(
            "Violence reduction units have brought partners together and funded a range of "
            "interventions. But each unit evaluates its work differently, so it is hard to know what "
            "works and to share it. Recommendation 3 asks the Home Office to address this.",
            "Schools told us they wanted a single, reliable contact for sharing concerns about "
            "children. Where this existed, information flowed quickly. Recommendation 4 is intended "
            "to make this the norm.",
        )
    )
    b.append('<h2 id="chapter-4">4. Fairness and disproportionality</h2>')
    b.append(
        p(
            "Black children and children from some other ethnic minority groups are more likely to be "
            "stopped and searched than white children. Only one of the six forces we visited had "
            "analysed this in relation to serious violence and explained its findings publicly. "
            "Recommendation 2 asks all forces to do so."
        )
    )
    b.append('<h2 id="annex">Annex: Glossary</h2>')
    b.append(
        "<dl><dt>Outcome 22</dt><dd>A crime outcome that records that diversionary, "
        "educational or intervention activity has been undertaken and further action is not "
        "in the public interest.</dd><dt>VRU</dt><dd>Violence reduction unit.</dd></dl>"
    )
    return "\n".join(b)


META = """<dl class="publication__meta">
  <dt>Published on:</dt><dd><time datetime="2023-03-08">8 March 2023</time></dd>
  <dt>Last updated:</dt><dd><time datetime="2023-03-15">15 March 2023</time></dd>
  <dt>Type:</dt><dd>Thematic inspection</dd>
  <dt>Inspectorate:</dt><dd>HMICFRS</dd>
</dl>
<p class="publication__download"><a href="./report_files/serious-youth-violence.pdf">Download the
report (PDF document, 1.4 MB)</a></p>"""

SIDEBAR = """<h2 class="sidebar__title">Related publications</h2>
<ul>
  <li><a href="#">PEEL spotlight report: The policing response to antisocial behaviour</a></li>
  <li><a href="#">Both sides of the coin: police and NCA consideration of vulnerable people in county lines drug offending</a></li>
  <li><a href="#">An inspection of how well the police and National Crime Agency tackle the online sexual abuse and exploitation of children</a></li>
</ul>
<h2 class="sidebar__title">Share this page</h2>
<ul><li><a href="#">Email</a></li><li><a href="#">Print this page</a></li></ul>"""


def main():
    html = _kit.html_page(
        doc_title=TITLE + " - His Majesty's Inspectorate of Constabulary and Fire & Rescue Services",
        h1=TITLE,
        meta_html=META,
        body_html=body(),
        sidebar_html=SIDEBAR,
        breadcrumbs=["Home", "Publications", "Thematic inspections"],
        saved_from="https://www.example.org/hmicfrs/publication-html/serious-youth-violence/",
    )
    out = os.path.join(HERE, "report.html")
    with open(out, "w", encoding="utf-8") as fh:
        fh.write(html)
    data = {
        "file": "report.html",
        "title": TITLE,
        "published": PUBLISHED,
        "inspectorates": ["HMICFRS"],
        "type": "national thematic",
        "forces_visited": FORCES,
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
            "HTML: 'where' is the nearest preceding <h2>. The page also shows 'Last updated: 15 March "
            "2023';\nthe publication date is the 'Published on' date. The total is stated in words "
            "('We make four recommendations')."
        ),
    )
    print("wrote", out)


if __name__ == "__main__":
    main()
