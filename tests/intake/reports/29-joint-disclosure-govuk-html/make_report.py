"""Fixture 29: a joint HMCPSI + HMICFRS inspection saved from a GOV.UK-style HTML publication page
(govspeak). Fenmoor was inspected.

Layout features: GOV.UK chrome (cookie banner, header, breadcrumbs, "Independent report" caption
outside the <h1>), "Published 4 June 2025" in the publication header and a later "Last updated"
date in the footer metadata, a "Contents" list (itself an <h2>), numbered <h2> chapters with a
<span class="number">, recommendations as <p>Recommendation N: text</p> inline in the chapters and
repeated in Annex A, a govspeak call-to-action box that states the total, forces given only in a
table (Police force | CPS Area), an earlier report's "Recommendation 2:" quoted in a blockquote
with its status, footnotes.

Runs under any Python 3 with the standard library (imports _kit for the YAML writer).
All wording is synthetic.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
for _p in (HERE.parent, HERE.parent.parent / "reports"):
    if (_p / "_kit.py").exists():
        sys.path.insert(0, str(_p))
        break
from _kit import d, esc, rec, write_expected  # noqa: E402

TITLE = "Disclosure in volume crime: A joint inspection of police and CPS case preparation"
PUBLISHED = d(2025, 6, 4)
FORCE_TABLE = [
    ("Fenmoor Police", "CPS Eastern Shires"),
    ("Tanfield Constabulary", "CPS Northern Dales"),
    ("Wendlebury Police", "CPS Eastern Shires"),
    ("Ashcombe Police", "CPS Southern Vales"),
    ("Kirkhallam Police", "CPS Northern Dales"),
]
FORCES = [f for f, _ in FORCE_TABLE]

H2_SUMMARY = "1. Summary"
H2_BACKGROUND = "2. Background"
H2_FILES = "3. Case file quality"
H2_SCHEDULES = "4. Disclosure schedules"
H2_COMMS = "5. Communication between the police and the CPS"
H2_PROGRESS = "6. Progress since our 2022 inspection"
H2_NATIONAL = "7. The national framework"
H2_ANNEX = "Annex A: Recommendations"

# id, text, deadline, addressees, chapter heading
RECS = [
    ("1",
     "By 31 January 2026, chief constables should make sure that every volume crime file sent to the "
     "CPS for a charging decision in a case likely to be contested includes a completed schedule of "
     "unused material.",
     d(2026, 1, 31), ["chief constables"], H2_FILES),
    ("2",
     "Within three months of the publication of this report, Chief Crown Prosecutors should make sure "
     "that prosecutors record, on the case management system, each disclosure action they need the "
     "police to complete and the date by which it is needed.",
     "within three months of the publication of this report", ["CPS"], H2_FILES),
    ("3",
     "By the end of March 2026, the College of Policing should revise its disclosure training for "
     "investigators so that it includes practical exercises in describing items on a schedule.",
     d(2026, 3, 31), ["College of Policing"], H2_SCHEDULES),
    ("4",
     "The CPS, working with the NPCC, should publish a shared set of examples of well-completed "
     "schedules for the most common types of volume crime by 30 November 2025.",
     d(2025, 11, 30), ["CPS", "NPCC"], H2_SCHEDULES),
    ("5",
     "Chief constables and Chief Crown Prosecutors should jointly agree a local route for escalating "
     "disagreements about disclosure, so that a case does not wait for a court hearing before the "
     "disagreement is resolved.",
     None, ["chief constables", "CPS"], H2_COMMS),
    ("6",
     "By 31 December 2026, the Ministry of Justice should consult on changes to the code of practice "
     "made under the Criminal Procedure and Investigations Act 1996, with the aim of reducing the "
     "burden of scheduling in straightforward cases.",
     d(2026, 12, 31), ["Ministry of Justice"], H2_NATIONAL),
]

OLD_REC = (
    "Recommendation 2: By March 2023, police forces and the CPS should make sure that disclosure "
    "schedules are reviewed by a supervisor before a file is sent for a charging decision."
)
CTA = (
    "We make six recommendations. One is for chief constables, one is for Chief Crown Prosecutors, "
    "one is for chief constables and Chief Crown Prosecutors together, and three are for national "
    "bodies."
)


def p(text: str) -> str:
    return f"<p>{esc(text)}</p>"


def rec_p(rid: str, text: str) -> str:
    return f"<p>Recommendation {rid}: {esc(text)}</p>"


def h2(text: str, anchor: str) -> str:
    num, _, rest = text.partition(". ")
    if rest and num.isdigit():
        return f'<h2 id="{anchor}"><span class="number">{num}. </span>{esc(rest)}</h2>'
    return f'<h2 id="{anchor}">{esc(text)}</h2>'


def recs_in(heading: str) -> str:
    return "\n".join(rec_p(r[0], r[1]) for r in RECS if r[4] == heading)


def body() -> str:
    force_rows = "\n".join(
        f"<tr class=\"govuk-table__row\"><td class=\"govuk-table__cell\">{esc(f)}</td>"
        f"<td class=\"govuk-table__cell\">{esc(a)}</td></tr>"
        for f, a in FORCE_TABLE
    )
    parts = [
        h2("Foreword", "foreword"),
        p("Disclosure is the part of case preparation that nobody notices until it goes wrong. When it "
          "does go wrong, trials collapse, victims lose faith and defendants wait longer than they need "
          "to for a decision."),
        p("We found that the police and the CPS share the same goal but often work to different "
          "timetables. The result is a stream of requests and reminders that add little to the quality "
          "of a case."),
        '<p>Anthony Lyle<br>HM Chief Inspector of the Crown Prosecution Service</p>',
        '<p>Miriam Okafor<br>His Majesty\'s Inspector of Constabulary</p>',
        h2(H2_SUMMARY, "summary"),
        p("Most of the case files we examined were sent to the CPS on time, but fewer than half "
          "contained everything a prosecutor needed to decide whether the disclosure test was met."),
        p("Put simply, we want the police to send complete schedules with contested files, the CPS to "
          "say clearly what it needs, both organisations to settle disagreements before court, and "
          "national bodies to make the rules simpler to follow."),
        '<div class="call-to-action">\n' + p(CTA) + "\n</div>",
        h2(H2_BACKGROUND, "background"),
        p("The duty to record, retain and reveal relevant material rests with the investigator; the duty "
          "to disclose it rests with the prosecutor. Both depend on a schedule that describes each item "
          "clearly enough for someone who has not seen it."),
        p("We inspected five police forces and the CPS Areas that serve them."),
        '<table class="govuk-table">\n<caption class="govuk-table__caption">Forces and CPS Areas '
        'inspected</caption>\n<thead class="govuk-table__head"><tr class="govuk-table__row">'
        '<th scope="col" class="govuk-table__header">Police force</th>'
        '<th scope="col" class="govuk-table__header">CPS Area</th></tr></thead>\n'
        f'<tbody class="govuk-table__body">\n{force_rows}\n</tbody>\n</table>',
        '<p>Our fieldwork took place between October 2024 and January 2025.<sup id="fnref:1" '
        'class="footnote-ref"><a href="#fn:1" class="govuk-link">[footnote 1]</a></sup></p>',
        h2(H2_FILES, "case-file-quality"),
        p("We examined 300 volume crime files, 60 in each force area. In 41 per cent of the files that "
          "were likely to be contested, there was no schedule of unused material when the file first "
          "reached the CPS."),
        '<h3 id="what-officers-told-us">What officers told us</h3>',
        p("Officers told us that the CPS should give them more time to prepare schedules in cases where "
          "the suspect is on bail, because the deadlines set at charge often leave only a few days."),
        p("Prosecutors, in turn, said that they often had to ask for the same information more than "
          "once, and that their requests were not always read by the officer in the case."),
        recs_in(H2_FILES),
        h2(H2_SCHEDULES, "disclosure-schedules"),
        p("A good schedule describes each item so that a prosecutor can judge whether it might "
          "undermine the prosecution case or assist the defence. Many of the schedules we read used "
          "generic descriptions such as 'statement' or 'officer notes'."),
        p("Training for investigators was mostly online. Officers who had completed it could explain "
          "the law but found it harder to apply when describing real items."),
        recs_in(H2_SCHEDULES),
        h2(H2_COMMS, "communication-between-the-police-and-the-cps"),
        p("Each force area had a joint performance meeting, but disclosure appeared on the agenda in "
          "only two of them. Disagreements about individual cases were usually left until the first "
          "hearing in the Crown Court or the day of trial in the magistrates' court."),
        recs_in(H2_COMMS),
        h2(H2_PROGRESS, "progress-since-our-2022-inspection"),
        p("Our 2022 inspection of disclosure made five recommendations. We assessed progress against "
          "each of them. In that report we said:"),
        '<blockquote>\n' + p(OLD_REC) + '\n</blockquote>',
        p("Status: partly achieved. Supervisors in three of the five forces now review schedules before "
          "charge, but the review is often a tick in a box rather than a check of the content."),
        p("Of the other four recommendations from 2022, two have been achieved, one has been partly "
          "achieved and one has not been achieved."),
        h2(H2_NATIONAL, "the-national-framework"),
        '<p>The code of practice that governs disclosure has been revised several times.<sup '
        'id="fnref:2" class="footnote-ref"><a href="#fn:2" class="govuk-link">[footnote 2]</a></sup> '
        'Each revision has added to what investigators are asked to record.</p>',
        recs_in(H2_NATIONAL),
        h2(H2_ANNEX, "annex-a-recommendations"),
        p("For ease of reference, our recommendations are repeated below."),
        "\n".join(rec_p(r[0], r[1]) for r in RECS),
        '<div class="footnotes">\n<ol>\n'
        '<li id="fn:1"><p>Fieldwork dates exclude the two weeks around the new year. '
        '<a href="#fnref:1" class="govuk-link" aria-label="go to where this is referenced">&#8617;</a></p></li>\n'
        '<li id="fn:2"><p>The most recent revision came into force at the end of 2020. '
        '<a href="#fnref:2" class="govuk-link" aria-label="go to where this is referenced">&#8617;</a></p></li>\n'
        "</ol>\n</div>",
    ]
    return "\n".join(parts)


def contents() -> str:
    items = [("Foreword", "foreword"), (H2_SUMMARY, "summary"), (H2_BACKGROUND, "background"),
             (H2_FILES, "case-file-quality"), (H2_SCHEDULES, "disclosure-schedules"),
             (H2_COMMS, "communication-between-the-police-and-the-cps"),
             (H2_PROGRESS, "progress-since-our-2022-inspection"), (H2_NATIONAL, "the-national-framework"),
             (H2_ANNEX, "annex-a-recommendations")]
    lis = "\n".join(
        f'<li class="gem-c-contents-list__list-item"><a class="gem-c-contents-list__link govuk-link" '
        f'href="#{a}">{esc(t)}</a></li>' for t, a in items
    )
    return (
        '<nav class="gem-c-contents-list" aria-label="Contents" role="navigation">\n'
        '<h2 class="gem-c-contents-list__title">Contents</h2>\n'
        f'<ol class="gem-c-contents-list__list">\n{lis}\n</ol>\n</nav>'
    )


def page() -> str:
    return f"""<!DOCTYPE html>
<!-- saved from url=(0118)https://www.gov.uk/government/publications/disclosure-in-volume-crime/disclosure-in-volume-crime-a-joint-inspection -->
<html lang="en" class="govuk-template"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<title>Disclosure in volume crime: a joint inspection of police and CPS case preparation - GOV.UK</title>
<meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover">
<meta name="govuk:format" content="html_publication">
<meta name="govuk:first-published-at" content="2025-06-04T09:30:00+01:00">
<meta name="govuk:updated-at" content="2025-06-18T14:02:11+01:00">
<meta property="og:title" content="Disclosure in volume crime">
<link rel="stylesheet" href="./report_files/application.css">
<script src="./report_files/govuk-frontend.js" type="module"></script>
</head>
<body class="govuk-template__body">
<div id="global-cookie-message" class="gem-c-cookie-banner govuk-clearfix" role="region" aria-label="Cookies on GOV.UK">
  <div class="govuk-cookie-banner__message govuk-width-container">
    <h2 class="govuk-cookie-banner__heading govuk-heading-m">Cookies on GOV.UK</h2>
    <p class="govuk-body">We use some essential cookies to make this website work.</p>
    <p class="govuk-body">We'd like to set additional cookies to understand how you use GOV.UK, remember your settings and improve government services.</p>
    <button class="govuk-button" type="submit" data-accept-cookies="true">Accept additional cookies</button>
    <button class="govuk-button" type="submit" data-reject-cookies="true">Reject additional cookies</button>
    <a class="govuk-link" href="https://www.gov.uk/help/cookies">View cookies</a>
  </div>
</div>
<a href="#content" class="govuk-skip-link">Skip to main content</a>
<header role="banner" class="gem-c-layout-super-navigation-header">
  <a href="https://www.gov.uk/" class="gem-c-header__link" title="Go to the GOV.UK homepage">GOV.UK</a>
  <nav aria-label="Menu"><button type="button">Menu</button><button type="button">Search GOV.UK</button></nav>
</header>
<div class="govuk-width-container">
<div class="gem-c-breadcrumbs govuk-breadcrumbs" data-module="gem-track-click">
  <ol class="govuk-breadcrumbs__list">
    <li class="govuk-breadcrumbs__list-item"><a class="govuk-breadcrumbs__link" href="https://www.gov.uk/">Home</a></li>
    <li class="govuk-breadcrumbs__list-item"><a class="govuk-breadcrumbs__link" href="https://www.gov.uk/crime-justice-and-law">Crime, justice and law</a></li>
    <li class="govuk-breadcrumbs__list-item"><a class="govuk-breadcrumbs__link" href="https://www.gov.uk/crime-justice-and-law/policing">Policing</a></li>
  </ol>
</div>
<main role="main" id="content" class="html-publication" lang="en">
<div class="publication-external"><a class="govuk-link" href="https://www.gov.uk/government/publications/disclosure-in-volume-crime">Disclosure in volume crime</a></div>
<header class="gem-c-inverse-header html-publication__header">
  <div class="gem-c-title">
    <span class="govuk-caption-xl gem-c-title__context">Independent report</span>
    <h1 class="gem-c-title__text govuk-heading-xl">{esc(TITLE)}</h1>
  </div>
  <p class="publication-header__last-changed">Published 4 June 2025</p>
</header>
<div class="gem-c-print-link"><button class="govuk-link">Print this page</button></div>
<div class="govuk-grid-row sidebar-with-body">
<div class="govuk-grid-column-one-quarter-from-desktop contents-list-container">
{contents()}
</div>
<div class="print-wrapper">
<div class="print-meta-data">
  <p><img src="./report_files/govuk-crest.png" alt="" class="print-meta-data-licence"></p>
  <p>&#169; Crown copyright 2025</p>
  <p>This publication is licensed under the terms of the Open Government Licence v3.0 except where otherwise stated.</p>
</div>
<div class="main-content-container">
<div class="gem-c-govspeak-html-publication">
<div class="gem-c-govspeak govuk-govspeak" data-module="govspeak">
<div class="govspeak">
{body()}
</div>
</div>
</div>
</div>
</div>
</div>
<div class="gem-c-print-link govuk-!-display-none-print"><button class="govuk-link">Print this page</button></div>
<div class="gem-c-published-dates">
  <h2 class="gem-c-published-dates__title">Updates to this page</h2>
  <p>Published 4 June 2025<br>Last updated 18 June 2025</p>
  <ol class="gem-c-published-dates__list">
    <li class="gem-c-published-dates__change-item"><time datetime="2025-06-18T14:02:11.000+01:00">18 June 2025</time>
      <p class="gem-c-published-dates__change-note">Accessible version of the annex added.</p></li>
    <li class="gem-c-published-dates__change-item"><time datetime="2025-06-04T09:30:00.000+01:00">4 June 2025</time>
      <p class="gem-c-published-dates__change-note">First published.</p></li>
  </ol>
</div>
</main>
</div>
<footer class="gem-c-layout-footer govuk-footer" role="contentinfo">
  <div class="govuk-width-container">
    <h2 class="govuk-visually-hidden">Support links</h2>
    <ul class="govuk-footer__inline-list">
      <li><a class="govuk-footer__link" href="https://www.gov.uk/help">Help</a></li>
      <li><a class="govuk-footer__link" href="https://www.gov.uk/help/privacy-notice">Privacy</a></li>
      <li><a class="govuk-footer__link" href="https://www.gov.uk/help/cookies">Cookies</a></li>
      <li><a class="govuk-footer__link" href="https://www.gov.uk/help/accessibility-statement">Accessibility statement</a></li>
    </ul>
    <p>All content is available under the <a class="govuk-footer__link" href="https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/">Open Government Licence v3.0</a>, except where otherwise stated</p>
    <p><a class="govuk-footer__link" href="https://www.nationalarchives.gov.uk/information-management/re-using-public-sector-information/uk-government-licensing-framework/crown-copyright/">&#169; Crown copyright</a></p>
  </div>
</footer>
</body></html>
"""


def main() -> None:
    out = HERE / "report.html"
    out.write_text(page(), encoding="utf-8")
    data = {
        "file": "report.html",
        "title": TITLE,
        "published": PUBLISHED,
        "inspectorates": ["HMCPSI", "HMICFRS"],
        "type": "joint",
        "forces_visited": FORCES,
        "fenmoor_inspected": True,
        "totals": {"recommendations": 6, "areas_for_improvement": None, "causes_of_concern": None},
        "recommendations": [rec(r[0], r[1], r[2], r[3], None, r[4]) for r in RECS],
        "causes_of_concern": [],
        "areas_for_improvement": [],
        "graded_judgments": [],
    }
    write_expected(str(HERE), data, header=(
        "GOV.UK html_publication. where = text of the nearest <h2>, including its <span class=number>\n"
        "('3. Case file quality'). Recommendations appear inline first, then again in Annex A.\n"
        "'Chief Crown Prosecutors' -> CPS. Rec 2 keeps the relative deadline as written, lower case.\n"
        "Rec 3 'By the end of March 2026' -> 2026-03-31 (README rule). Rec 4's date is at the end.\n"
        "Traps: the 2022 report's 'Recommendation 2:' in a <blockquote> with its status (not a rec),\n"
        "'five recommendations' of the 2022 report (ignored), 'Last updated 18 June 2025',\n"
        "the <title> in lower case, the officers' 'the CPS should give them more time' (findings),\n"
        "the summary's paraphrase ('Put simply, we want ...')."
    ))
    print(f"wrote {out}")


if __name__ == "__main__":
    main()
