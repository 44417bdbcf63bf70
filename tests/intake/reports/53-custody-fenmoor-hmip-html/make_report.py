"""Fixture 53: joint custody inspection of Fenmoor (HM Inspectorate of Prisons with HMICFRS), HTML.

A saved web page: the causes of concern and their recommendations appear in boxes inside the
section they belong to, the areas for improvement as unnumbered bullets at the end of each
section, and everything is repeated in the summary section near the end, where the areas for
improvement are an ordered list (their numbers come from that list). Writes report.html and
expected.yaml from the same strings.
Run: python make_report.py   (standard library only, plus ../_kit.py)
"""

from __future__ import annotations

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
for _cand in (os.path.join(HERE, ".."), os.path.join(HERE, "..", "..", "reports")):
    if os.path.exists(os.path.join(_cand, "_kit.py")):
        sys.path.insert(0, os.path.abspath(_cand))
        break
import _kit  # noqa: E402
from _kit import d, esc, rec  # noqa: E402

TITLE = "Report on an unannounced inspection visit to police custody suites in Fenmoor"
PUBLISHED = d(2026, 1, 14)
PUBLISHED_TEXT = "14 January 2026"
FORCE = "Fenmoor Police"

S_LEAD = "Leadership, accountability and partnerships"
S_PRE = "Pre-custody: first point of contact"
S_SUITE = "In the custody suite: booking in, individual needs and legal rights"
S_CELL = "In the custody cell: safeguarding and health care"
S_REL = "Release and transfer from custody"
S_SUM = "Summary of causes of concern, recommendations and areas for improvement"

COCS = [
    ("1", "The force's oversight of the use of force in custody was weak. Use of force was not "
     "reliably recorded, and managers could not show that each use of force was necessary, "
     "proportionate and properly reviewed."),
    ("2", "Detainees did not receive timely access to health care. Many waited more than two hours "
     "to be seen by a health care professional, including some with serious physical or mental "
     "health needs."),
]
# (id, text, addressees, cause of concern, section)
RECS = [
    ("1", "The force and the police and crime commissioner should make sure that every use of force "
     "in custody is recorded, that the records are reviewed by managers, and that the information "
     "is used to give assurance that force is used only when it is necessary and proportionate.",
     ["force", "PCCs"], "1", S_LEAD),
    ("2", "The force, working with NHS England and the health care provider, should make sure that "
     "detainees are seen promptly by a health care professional, and that those with mental health "
     "needs are referred without delay to liaison and diversion services.",
     ["force", "other"], "2", S_CELL),
]
# (number in the summary list, text, section where it appears inline)
AFIS = [
    ("1", "The force should make sure that custody managers analyse and use data on the length of "
     "detention, so that they understand and reduce the time people spend in custody.", S_LEAD),
    ("2", "The force should make sure that partnership arrangements for children who have been "
     "charged and refused bail provide enough alternative accommodation, so that children are not "
     "held in police cells overnight.", S_LEAD),
    ("3", "Officers should consider alternatives to custody for vulnerable adults and children, and "
     "the reasons for bringing them into custody should be clearly recorded.", S_PRE),
    ("4", "Detainees should be booked in promptly, and the privacy of the booking-in desks at "
     "Harnmouth should be improved so that detainees can speak freely about their needs.", S_SUITE),
    ("5", "The force should make sure that detainees whose first language is not English receive "
     "professional interpretation at booking in and throughout their detention.", S_SUITE),
    ("6", "Reviews of detention under the Police and Criminal Evidence Act 1984 should be carried out "
     "on time and in person wherever possible.", S_SUITE),
    ("7", "Cells should be checked and cleaned regularly, and the ligature points we found at "
     "Brackenford should be removed.", S_CELL),
    ("8", "Detainees should be offered showers, exercise and reading materials, particularly when they "
     "are held for long periods.", S_CELL),
    ("9", "Records of observations of detainees at risk should be accurate and complete.", S_CELL),
    ("10", "Pre-release risk assessments should be thorough and should take account of the risks "
     "the detainee faces on leaving custody.", S_REL),
    ("11", "Children and vulnerable adults should be released with the support they need, including "
     "transport home when required.", S_REL),
]


def p(text: str) -> str:
    return f"<p>{esc(text)}</p>"


def concern_box(cid: str) -> str:
    ctext = dict(COCS)[cid]
    r = next(r for r in RECS if r[3] == cid)
    return (
        '<div class="box box--concern">\n'
        f'<h3>Cause of concern {cid}</h3>\n{p(ctext)}\n'
        f'<h3>Recommendation {r[0]}</h3>\n<p class="recommendation">{esc(r[1])}</p>\n</div>'
    )


def afi_block(section: str) -> str:
    items = [t for _, t, s in AFIS if s == section]
    if not items:
        return ""
    lis = "\n".join(f"  <li>{esc(t)}</li>" for t in items)
    return f'<h3>Areas for improvement</h3>\n<ul class="afi-list">\n{lis}\n</ul>'


def build() -> str:
    meta = (
        '<p class="publication__strap">By HM Inspectorate of Prisons and HM Inspectorate of '
        "Constabulary and Fire &amp; Rescue Services</p>\n"
        '<dl class="publication__meta">\n'
        f'  <dt>Published</dt><dd><time datetime="{PUBLISHED.isoformat()}">{PUBLISHED_TEXT}</time></dd>\n'
        "  <dt>Inspection dates</dt><dd>3 to 12 November 2025</dd>\n"
        "  <dt>Force</dt><dd>Fenmoor Police</dd>\n"
        "</dl>\n"
        '<p class="download"><a href="./report_files/fenmoor-custody-2025.pdf">Download the report '
        "(PDF document, 1.1MB)</a></p>"
    )
    parts = []
    parts.append("<h2>Introduction</h2>")
    parts += [
        p("This report describes our findings following an unannounced inspection of police custody "
          "suites in Fenmoor. The inspection was carried out jointly by HM Inspectorate of Prisons and "
          "HM Inspectorate of Constabulary and Fire & Rescue Services, as part of a programme of "
          "inspections of police custody in England and Wales."),
        p("These inspections look at strategy, treatment and conditions, individual rights and health "
          "care. They contribute to the United Kingdom's response to its international obligation to "
          "ensure regular and independent inspection of all places of detention."),
        p("Fenmoor Police has three custody suites: Harnmouth, with 24 cells; Brackenford, with 18 "
          "cells; and Wexcombe, with 12 cells, which is used only at times of high demand. In the "
          "year to September 2025, 14,260 people were detained in the force's custody suites."),
    ]
    parts.append("<h2>Summary</h2>")
    parts += [
        p("Custody staff were respectful and caring, and most detainees we spoke to said that they "
          "had been treated well. The custody suites at Harnmouth and Wexcombe were clean and in "
          "good repair."),
        p("However, we found weaknesses in the oversight of the use of force, and too many "
          "detainees waited a long time to see a health care professional. Some children were held "
          "overnight because no alternative accommodation was available."),
        p("We identified two causes of concern and made two recommendations. We also identified 11 "
          "areas for improvement. These are set out in full at the end of this report."),
        p("Our last inspection of custody in Fenmoor was in 2019. At that inspection we made 14 "
          "recommendations; we found that nine had been achieved, three partially achieved and two "
          "not achieved."),
    ]
    parts.append(f"<h2>{esc(S_LEAD)}</h2>")
    parts += [
        p("The force had a clear strategic approach to custody, led by a chief superintendent, and "
          "there was a custody improvement plan. The police and crime commissioner's independent "
          "custody visitors visited the suites regularly and their reports were acted on."),
        p("Use of force in custody was not well governed. In a sample of 40 incidents caught on "
          "closed-circuit television, we found 11 where force had been used but no use of force "
          "form had been completed. Managers did not routinely review footage, and the force's "
          "use of force data did not distinguish incidents in custody from those elsewhere."),
        concern_box("1"),
        p("Managers had access to a range of data about custody but did not use it to understand "
          "why some detainees were held for long periods. Children who had been charged and refused "
          "bail were rarely moved to alternative accommodation."),
        afi_block(S_LEAD),
    ]
    parts.append(f"<h2>{esc(S_PRE)}</h2>")
    parts += [
        p("Officers we spoke to understood the risks that vulnerable people face in custody, but "
          "the reasons for bringing children and vulnerable adults into custody were not always "
          "recorded, and alternatives were not always considered."),
        afi_block(S_PRE),
    ]
    parts.append(f"<h2>{esc(S_SUITE)}</h2>")
    parts += [
        p("Detainees were booked in respectfully, but some waited more than an hour in vans or "
          "holding rooms at busy times. The booking-in desks at Harnmouth were close together, and "
          "detainees could easily be overheard."),
        p("Telephone interpretation was available but not always used. In three cases we observed, "
          "custody staff relied on a detainee's family member to interpret."),
        p("Reviews of detention were mostly carried out on time, but many were conducted by "
          "telephone while the detainee was asleep, without considering whether to wake them."),
        afi_block(S_SUITE),
    ]
    parts.append(f"<h2>{esc(S_CELL)}</h2>")
    parts += [
        p("Cells were generally clean, but at Brackenford we found graffiti and several ligature "
          "points that had been reported to the estates team months earlier. Detainees were rarely "
          "offered showers or exercise."),
        p("Health care services were provided by a private contractor commissioned by the force. "
          "There were not enough health care professionals to meet demand, and detainees waited on "
          "average two hours and 20 minutes to be seen. Liaison and diversion services were "
          "available only during the day."),
        concern_box("2"),
        p("Observation records for detainees assessed as being at risk were sometimes incomplete, "
          "and some checks had been recorded before they were due."),
        afi_block(S_CELL),
    ]
    parts.append(f"<h2>{esc(S_REL)}</h2>")
    parts += [
        p("Most releases we observed were well managed. However, pre-release risk assessments "
          "were often brief and did not always consider the risks that detainees faced on release, "
          "such as where they would go and how they would get there."),
        afi_block(S_REL),
    ]
    parts.append(f"<h2>{esc(S_SUM)}</h2>")
    parts.append(p("The force should send us an action plan that responds to this report within "
                   "12 weeks of its publication."))
    parts.append("<h3>Causes of concern and recommendations</h3>")
    for cid, ctext in COCS:
        r = next(r for r in RECS if r[3] == cid)
        parts.append(f'<p><strong>Cause of concern {cid}:</strong> {esc(ctext)}</p>')
        parts.append(f'<p><strong>Recommendation {r[0]}:</strong> {esc(r[1])}</p>')
    parts.append("<h3>Areas for improvement</h3>")
    parts.append('<ol class="afi-summary">\n' + "\n".join(f"  <li>{esc(t)}</li>" for _, t, _ in AFIS)
                 + "\n</ol>")
    parts.append("<h2>Appendix: Inspection team</h2>")
    parts.append(p("Martin Ellery, team leader, HM Inspectorate of Prisons; Joanne Pryce, inspector, "
                   "HMICFRS; Daniel Okafor, health and social care inspector; Sian Barlow, "
                   "researcher."))
    body_html = "\n".join(x for x in parts if x)
    sidebar = (
        "<h2>Related publications</h2>\n<ul>\n"
        "<li><a href=\"#\">Report on an unannounced inspection visit to police custody suites in "
        "Kelder</a></li>\n"
        "<li><a href=\"#\">Report on an unannounced inspection visit to police custody suites in "
        "Northmarsh</a></li>\n"
        "<li><a href=\"#\">Expectations for police custody</a></li>\n</ul>\n"
        "<h2>Topics</h2>\n<ul><li><a href=\"#\">Police custody</a></li>"
        "<li><a href=\"#\">Joint inspections</a></li></ul>"
    )
    return _kit.html_page(
        doc_title="Police custody suites in Fenmoor - HM Inspectorate of Prisons",
        h1=TITLE,
        meta_html=meta,
        body_html=body_html,
        sidebar_html=sidebar,
        breadcrumbs=["Home", "Our reports", "Police custody reports"],
        saved_from="https://www.example.org/hmiprisons/inspections/fenmoor-police-custody-2025/",
        org="HM Inspectorate of Prisons",
    )


def main():
    with open(os.path.join(HERE, "report.html"), "w", encoding="utf-8") as fh:
        fh.write(build())
    data = {
        "file": "report.html",
        "title": TITLE,
        "published": PUBLISHED,
        "inspectorates": ["HMIP", "HMICFRS"],
        "type": "custody",
        "forces_visited": [FORCE],
        "fenmoor_inspected": True,
        "totals": {"recommendations": 2, "areas_for_improvement": 11, "causes_of_concern": 2},
        "recommendations": [rec(r[0], r[1], None, r[2], r[3], r[4]) for r in RECS],
        "causes_of_concern": [{"id": c, "text": t} for c, t in COCS],
        "areas_for_improvement": [{"id": i, "text": t} for i, t, _ in AFIS],
        "graded_judgments": [],
    }
    _kit.write_expected(
        HERE,
        data,
        "Fixture 53: joint custody report (HMIP lead). Recommendations first appear in boxes inside\n"
        "their sections; areas for improvement take their number from the summary <ol>.",
    )


if __name__ == "__main__":
    main()
