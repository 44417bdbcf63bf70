"""Fixture 59: PEEL spotlight report, saved web page (HTML).

Layout features:
  * the recommendations appear ONLY inside a GOV.UK-style accordion under the <h2>
    "Recommendations": each section has an <h3> holding a <button> "Recommendation N: short
    title" and a panel <div ... hidden> with the full text (the panels are collapsed, so the
    text is present in the HTML but hidden until expanded);
  * the short title after the colon in each button is part of the label, not of the text;
  * a second accordion ("Methodology") holds only fieldwork notes;
  * the publication date is in a metadata <ul> under the <h1>;
  * Fenmoor is not one of the five forces visited.

Builds report.html and expected.yaml from the same strings.
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
from _kit import d, esc, rec, write_expected  # noqa: E402

TITLE = "PEEL spotlight report: The police response to repeat victims of crime"
PUBLISHED_TEXT = "11 June 2026"
PUBLISHED = d(2026, 6, 11)
FORCES = [
    "Northmarsh Police",
    "West Tamar Police",
    "Dunmere Police",
    "Saltby Constabulary",
    "Brayfield Police",
]
REC_H2 = "Recommendations"

# (id, short title in the button, text, deadline, addressees)
RECS = [
    (
        "1",
        "Identifying repeat victims",
        "By 31 March 2027, chief constables should make sure that their forces' call-handling systems "
        "automatically alert call handlers when a caller, or the address they are calling about, has been "
        "the subject of a report to the police in the previous 12 months.",
        d(2027, 3, 31),
        ["chief constables"],
    ),
    (
        "2",
        "Reassessing risk",
        "Chief constables should make sure that the risk to a repeat victim is reassessed each time they "
        "report a new incident, rather than relying on the assessment made when they first contacted the "
        "police.",
        None,
        ["chief constables"],
    ),
    (
        "3",
        "Support services",
        "Police and crime commissioners should, by 30 September 2027, review the victim support services "
        "they commission to make sure that repeat victims of antisocial behaviour and neighbour disputes "
        "can get help, and not only victims of recorded crime.",
        d(2027, 9, 30),
        ["PCCs"],
    ),
    (
        "4",
        "National data",
        "The Home Office, working with the NPCC lead for victims and witnesses, should change the annual "
        "data requirement so that forces record whether a victim has reported a crime or incident to the "
        "police in the previous 12 months.",
        None,
        ["Home Office", "NPCC"],
    ),
    (
        "5",
        "Guidance",
        "The College of Policing and the NPCC lead for victims and witnesses should together publish "
        "guidance on identifying and managing repeat victimisation within 12 months of the publication of "
        "this report.",
        "within 12 months of the publication of this report",
        ["College of Policing", "NPCC"],
    ),
    (
        "6",
        "Working with councils",
        "Chief constables and local authority chief executives should agree, through their community safety "
        "partnerships, how they will jointly review the cases of people who have reported problems to both "
        "the police and the council three or more times in a year.",
        None,
        ["chief constables", "local authorities"],
    ),
]


def accordion(acc_id: str, sections: list[tuple[str, str]]) -> str:
    parts = [
        f'<div class="govuk-accordion" data-module="govuk-accordion" id="{acc_id}">',
        '  <div class="govuk-accordion__controls"><button type="button" class="govuk-accordion__show-all" '
        'aria-expanded="false">Show all sections</button></div>',
    ]
    for i, (heading, inner) in enumerate(sections, start=1):
        parts.append(
            f"""  <div class="govuk-accordion__section">
    <div class="govuk-accordion__section-header">
      <h3 class="govuk-accordion__section-heading">
        <button type="button" id="{acc_id}-heading-{i}" aria-controls="{acc_id}-content-{i}"
                class="govuk-accordion__section-button" aria-expanded="false">{esc(heading)}</button>
      </h3>
    </div>
    <div id="{acc_id}-content-{i}" class="govuk-accordion__section-content" aria-labelledby="{acc_id}-heading-{i}" hidden>
      {inner}
    </div>
  </div>"""
        )
    parts.append("</div>")
    return "\n".join(parts)


def build_html() -> str:
    forces_text = ", ".join(FORCES[:-1]) + " and " + FORCES[-1]
    rec_acc = accordion(
        "accordion-recommendations",
        [(f"Recommendation {rid}: {short}", f"<p>{esc(text)}</p>") for rid, short, text, _dl, _ad in RECS],
    )
    method_acc = accordion(
        "accordion-methodology",
        [
            (
                "Our fieldwork",
                f"<p>Between October 2025 and February 2026 we visited {esc(forces_text)}. In each force we "
                "interviewed call handlers, neighbourhood officers and victim care staff, and we listened "
                "to 40 calls from people who had contacted the police before.</p>",
            ),
            (
                "Our victim survey",
                "<p>We commissioned a survey of 2,100 people who had reported a crime or incident more "
                "than once in the previous year. The survey was carried out by an independent research "
                "company.</p>",
            ),
            (
                "PEEL evidence",
                "<p>We also used evidence gathered during our PEEL inspections of forces in England and "
                "Wales between 2023 and 2025.</p>",
            ),
        ],
    )
    body = f"""
<nav class="contents" aria-label="Contents">
  <h2 class="contents__title">Contents</h2>
  <ol>
    <li><a href="#summary">Summary</a></li>
    <li><a href="#recommendations">Recommendations</a></li>
    <li><a href="#identifying">Identifying repeat victims</a></li>
    <li><a href="#risk">Assessing and managing risk</a></li>
    <li><a href="#support">Support for repeat victims</a></li>
    <li><a href="#partners">Working with partners</a></li>
    <li><a href="#national">National data and guidance</a></li>
    <li><a href="#methodology">Methodology</a></li>
  </ol>
</nav>

<h2 id="summary">Summary</h2>
<p>Some people are victims of crime and antisocial behaviour again and again. They are often the people
least able to cope with it. In this spotlight report we examine how well the police identify repeat
victims, assess the risk to them, and work with other organisations to stop them being targeted.</p>
<p>We visited five forces: {esc(forces_text)}. We also drew on evidence from our PEEL inspections.</p>
<p>We found that most forces could not reliably tell whether a caller had contacted them before. Call
handlers relied on their own memory or on a caller telling them. Victims told us that they had to
explain their situation from the beginning each time they called, and that this made them less likely
to report the next incident.</p>

<h2 id="recommendations">{REC_H2}</h2>
<p>We make six recommendations. Select a recommendation to read it in full, or select
&#8220;Show all sections&#8221;.</p>
{rec_acc}

<h2 id="identifying">Identifying repeat victims</h2>
<p>In four of the five forces we visited, the call-handling system did not show whether the caller or
the address had been the subject of an earlier report. Call handlers had to search separate systems,
which they rarely had time to do. Recommendation 1 asks forces to fix this.</p>

<h2 id="risk">Assessing and managing risk</h2>
<p>Forces assessed risk well at a victim's first contact. But when the same person called again, the
earlier assessment was often copied forward without being reviewed. Call handlers should consider the
history of calls, not only the latest incident. Recommendation 2 deals with this.</p>

<h2 id="support">Support for repeat victims</h2>
<p>Victim support services commissioned by police and crime commissioners mostly help victims of
recorded crime. Many repeat victims of antisocial behaviour told us they had never been offered
support.</p>
<blockquote class="case-study"><p><strong>Case study:</strong> a woman in her seventies called the police
eleven times in six months about her neighbours. Each call was treated as a new incident. It was only
when a neighbourhood sergeant reviewed the address history that the force arranged a joint visit with
the council's housing officer.</p></blockquote>

<h2 id="partners">Working with partners</h2>
<p>The best practice we saw was in Saltby, where the force and the district council hold a monthly
meeting to review high-volume callers. Elsewhere, information held by the council and the police was
rarely brought together.</p>

<h2 id="national">National data and guidance</h2>
<p>There is no national definition of a repeat victim, and forces do not report repeat victimisation to
the Home Office. Authorised professional practice says little about it.</p>

<h2 id="methodology">Methodology</h2>
{method_acc}
"""
    meta = f"""
<ul class="publication-meta">
  <li><span class="label">Publication date:</span> {PUBLISHED_TEXT}</li>
  <li><span class="label">Publication type:</span> PEEL spotlight report</li>
  <li><span class="label">Format:</span> Web page and <a href="./report_files/repeat-victims.pdf">PDF (1.2MB)</a></li>
</ul>"""
    sidebar = """
<h2>Related publications</h2>
<ul>
  <li><a href="#">PEEL spotlight report: The policing response to antisocial behaviour</a></li>
  <li><a href="#">Victim service assessments: what we found in 2025</a></li>
  <li><a href="#">PEEL 2025–27 inspection programme and framework</a></li>
</ul>
<h2>Share this page</h2>
<ul><li><a href="#">Email</a></li><li><a href="#">LinkedIn</a></li></ul>"""
    return _kit.html_page(
        doc_title=TITLE + " - HMICFRS",
        h1=TITLE,
        meta_html=meta,
        body_html=body,
        sidebar_html=sidebar,
        breadcrumbs=["Home", "Publications", "PEEL spotlight reports"],
        saved_from="https://www.example.org/hmicfrs/publications/peel-spotlight-repeat-victims/",
    )


def main() -> None:
    with open(os.path.join(HERE, "report.html"), "w", encoding="utf-8") as fh:
        fh.write(build_html())
    recs = [rec(rid, text, dl, ad, None, REC_H2) for rid, _s, text, dl, ad in RECS]
    data = {
        "file": "report.html",
        "title": TITLE,
        "published": PUBLISHED,
        "inspectorates": ["HMICFRS"],
        "type": "spotlight",
        "forces_visited": FORCES,
        "fenmoor_inspected": False,
        "totals": {"recommendations": 6, "areas_for_improvement": None, "causes_of_concern": None},
        "recommendations": recs,
        "causes_of_concern": [],
        "areas_for_improvement": [],
        "graded_judgments": [],
    }
    write_expected(
        HERE,
        data,
        header="59: recommendations only in a collapsed accordion (<h3><button>Recommendation N: short title)\n"
        "with hidden panels; the short title is part of the label, not the text.",
    )


if __name__ == "__main__":
    main()
