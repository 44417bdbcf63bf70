"""Round 6 fixture 42: a PEEL spotlight report as a saved web page (HTML), Fenmoor not in the sample.

All five recommendations are in one "Our recommendations" section with an <h3> label each.
Recommendation 2 has a lead-in followed by three bullet points (<ul>), which together make one
recommendation. A recommendation from an earlier report is quoted in a <blockquote> in the findings.
Standard library only.
"""

from __future__ import annotations

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
for _p in (os.path.join(os.path.dirname(HERE), "..", "reports"), os.path.dirname(HERE)):
    sys.path.insert(0, os.path.abspath(_p))

import _kit  # noqa: E402
from _kit import d, esc, rec  # noqa: E402

TITLE = "PEEL spotlight report: Keeping victims informed – how police forces update victims about their cases"
PUBLISHED_TEXT = "18 June 2026"
PUBLISHED = d(2026, 6, 18)

FORCES = [
    "Hollinsford Constabulary",
    "Marrowdale Police",
    "Stanholme Police",
    "Ellesmoor Constabulary",
    "Redwater Police",
    "Castlemere Police",
]

REC2_LEAD = "By 31 March 2027, chief constables should make sure that their forces' crime recording systems:"
REC2_POINTS = [
    "prompt the officer in charge when a victim update is due;",
    "record each update and how it was given; and",
    "allow supervisors to see which victims have not been updated.",
]

RECS = {
    "1": (
        "By 31 January 2027, chief constables should make sure that every victim has a completed needs "
        "assessment that records how and how often they want to be updated, and that officers follow it.",
        d(2027, 1, 31),
        ["chief constables"],
    ),
    "2": (REC2_LEAD + " " + " ".join(REC2_POINTS), d(2027, 3, 31), ["chief constables"]),
    "3": (
        "Police and crime commissioners should use their oversight of victims' services to check how well "
        "their forces comply with the Victims' Code, and should publish what they find at least once a year.",
        None,
        ["PCCs"],
    ),
    "4": (
        "Within 12 months, the Ministry of Justice should set out how it will measure compliance with the "
        "Victims' Code across the criminal justice system, working with the Home Office and the NPCC.",
        "within 12 months",
        ["Ministry of Justice", "Home Office", "NPCC"],
    ),
    "5": (
        "The College of Policing should update its investigation guidance to include a minimum standard for "
        "updating victims by the end of December 2026.",
        d(2026, 12, 31),
        ["College of Policing"],
    ),
}

OLD_REC = (
    "By 31 March 2024, chief constables should make sure that victims are told within five working days "
    "when a decision is made to take no further action in their case."
)


def rec_html(rid: str) -> str:
    if rid == "2":
        items = "".join(f"<li>{esc(p)}</li>" for p in REC2_POINTS)
        inner = f"<p>{esc(REC2_LEAD)}</p>\n<ul>{items}</ul>"
    else:
        inner = f"<p>{esc(RECS[rid][0])}</p>"
    return f'<section class="rec" aria-labelledby="rec{rid}">\n<h3 id="rec{rid}">Recommendation {rid}</h3>\n{inner}\n</section>'


def page() -> str:
    paras = lambda ts: "\n".join(f"<p>{esc(t)}</p>" for t in ts)  # noqa: E731
    body = f"""
<h2 id="foreword">Foreword</h2>
{paras([
    "Few things matter more to a victim of crime than knowing what is happening with their case. When we "
    "ask victims about their experience of the police, the same complaint comes up again and again: once "
    "they had reported the crime, nobody told them anything.",
    "This spotlight report brings together evidence from our PEEL inspections with more detailed work in six "
    "forces. It shows that, despite some good practice, too many victims are still left in the dark.",
    "Rhiannon Kettering, His Majesty's Inspector of Constabulary",
])}
<h2 id="summary">Summary</h2>
{paras([
    "Across the forces we inspected, we found that victims were updated in line with their wishes in fewer "
    "than half of the cases we reviewed. Officers were often unaware of what the victim had asked for, and "
    "force systems did little to help them.",
    "We have made five recommendations. In brief, we are asking forces to find out what each victim wants "
    "and to act on it, and to change their systems so that updates are not forgotten. We are also asking "
    "commissioners, the Ministry of Justice and the College of Policing to play their part.",
])}
<h2 id="about">About this spotlight</h2>
<p>As well as drawing on the evidence from our PEEL inspections, we carried out fieldwork in six forces:
{esc(", ".join(FORCES[:-1]))} and {esc(FORCES[-1])}. In each of them we reviewed 40 crime files and
interviewed investigators, supervisors and staff in victim care units.</p>
<h2 id="why">Why updates matter</h2>
{paras([
    "The Code of Practice for Victims of Crime gives victims the right to be told about key decisions in "
    "their case, such as an arrest, a charge or a decision to take no further action. It also gives them "
    "the right to say how, and how often, they want to be kept informed.",
    "Victims who are kept informed are more likely to stay engaged with an investigation and to support a "
    "prosecution. Those who hear nothing often assume that the police have given up.",
])}
<h2 id="findings">What we found</h2>
{paras([
    "In most of the files we reviewed, the officer had recorded that the victim wanted to be updated, but "
    "not how often or by what means. Where the victim's wishes were recorded, they were followed in just "
    "over half of cases.",
    "Force systems rarely helped. Only one of the six forces had a crime recording system that reminded "
    "officers when an update was due, and in that force the proportion of victims updated on time was "
    "noticeably higher.",
    "In 2023 we looked at how forces tell victims about decisions to take no further action. In that "
    "report we recommended:",
])}
<blockquote class="previous-recommendation"><p>{esc(OLD_REC)}</p></blockquote>
{paras([
    "Progress against that recommendation has been slow. Four of the six forces we visited this time still "
    "could not tell us how quickly victims were being informed of these decisions. We have not repeated the "
    "recommendation, but the recommendations in this report build on it.",
    "Police and crime commissioners fund much of the support available to victims, and several commissioners "
    "we spoke to told us they wanted a clearer picture of how well their force was doing. Nationally, there "
    "is still no agreed way of measuring whether the Victims' Code is being followed.",
])}
<h2 id="recommendations">Our recommendations</h2>
<p>We make the following recommendations.</p>
{chr(10).join(rec_html(r) for r in RECS)}
<h2 id="method">Annex: how we carried out this work</h2>
<p>The files we reviewed were chosen at random from crimes recorded between April and September 2025. We
excluded cases in which the victim was an organisation. The fieldwork took place in January and February
2026.</p>
"""
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Keeping victims informed | PEEL spotlight | HMICFRS</title>
<meta name="description" content="A PEEL spotlight report on how police forces keep victims updated.">
<link rel="stylesheet" href="./report_files/site.css">
</head>
<body>
<a class="skip" href="#content">Skip to content</a>
<header class="masthead">
  <p class="logo"><a href="https://www.example.org/hmicfrs/">HMICFRS</a></p>
  <nav aria-label="Primary"><ul>
    <li><a href="https://www.example.org/hmicfrs/publications/">Publications</a></li>
    <li><a href="https://www.example.org/hmicfrs/peel/">PEEL assessments</a></li>
    <li><a href="https://www.example.org/hmicfrs/news/">News</a></li>
  </ul></nav>
</header>
<nav class="crumbs" aria-label="Breadcrumb"><a href="#">Home</a> / <a href="#">Publications</a> / Keeping victims informed</nav>
<main id="content">
<article>
<p class="eyebrow">PEEL spotlight report</p>
<h1>{esc(TITLE)}</h1>
<ul class="pub-meta">
  <li>Published: <time datetime="{PUBLISHED.isoformat()}">{PUBLISHED_TEXT}</time></li>
  <li>Forces: national</li>
  <li><a href="./report_files/keeping-victims-informed.pdf">PDF version (820KB)</a></li>
</ul>
<nav class="toc" aria-label="On this page"><p>On this page</p><ol>
  <li><a href="#foreword">Foreword</a></li><li><a href="#summary">Summary</a></li>
  <li><a href="#about">About this spotlight</a></li><li><a href="#why">Why updates matter</a></li>
  <li><a href="#findings">What we found</a></li><li><a href="#recommendations">Our recommendations</a></li>
  <li><a href="#method">Annex: how we carried out this work</a></li></ol></nav>
{body}
</article>
</main>
<footer><p>&#169; Crown copyright. Synthetic test page: all forces, people and findings are fictional.</p></footer>
</body>
</html>
"""


def main() -> None:
    with open(os.path.join(HERE, "report.html"), "w", encoding="utf-8") as fh:
        fh.write(page())
    data = {
        "file": "report.html",
        "title": TITLE,
        "published": PUBLISHED,
        "inspectorates": ["HMICFRS"],
        "type": "spotlight",
        "forces_visited": FORCES,
        "fenmoor_inspected": False,
        "totals": {"recommendations": 5, "areas_for_improvement": None, "causes_of_concern": None},
        "recommendations": [
            rec(rid, t, dl, ad, None, "Our recommendations") for rid, (t, dl, ad) in RECS.items()
        ],
        "causes_of_concern": [],
        "areas_for_improvement": [],
        "graded_judgments": [],
    }
    _kit.write_expected(
        HERE,
        data,
        header="""Round 6, fixture 42. Convention decisions (see NOTES.md):
- Recommendation 2 is a lead-in ending in a colon plus three <li> bullet points: ONE recommendation whose
  text is the lead-in followed by the three points in order (no bullet characters), like the README's
  rule for lettered sub-points.
- The 2023 recommendation quoted in a <blockquote> under "What we found" is not a recommendation of
  this report.
- Rec 4: the co-addressees come at the end ("..., working with the Home Office and the NPCC") and still count.
- Rec 5: "by the end of December 2026" at the end of the sentence -> 2026-12-31.
- forces_visited = the six fieldwork forces; "Forces: national" in the page metadata is not a force.""",
    )


if __name__ == "__main__":
    main()
