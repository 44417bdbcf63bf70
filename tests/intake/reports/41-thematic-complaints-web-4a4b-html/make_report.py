"""Round 6 fixture 41: the web page version of a national thematic (HTML), Fenmoor not inspected.

Recommendations sit inline in the chapters in <div class="recommendation"> boxes with an <h3> label,
and are repeated in a "Summary of recommendations" list at the end. Recommendation 4 is in two
lettered parts (4a for PCCs, 4b for the IOPC); the summary says "five recommendations" and explains
the split. The summary at the top paraphrases the recommendations. Runs under any Python with
the project's _kit.py (no third-party packages needed).
"""

from __future__ import annotations

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
for _p in (os.path.join(os.path.dirname(HERE), "..", "reports"), os.path.dirname(HERE)):
    sys.path.insert(0, os.path.abspath(_p))

import _kit  # noqa: E402
from _kit import d, esc, rec  # noqa: E402

TITLE = "Putting things right: an inspection of how police forces handle complaints from the public"
PUBLISHED_TEXT = "14 January 2027"
PUBLISHED = d(2027, 1, 14)

FORCES = [
    "Dunholt Police",
    "Kingsmere Constabulary",
    "Westerby Police",
    "Lowfield Police",
    "Selbourne Police",
]

RECS = {
    "1": (
        "By 30 April 2027, chief constables should make sure that members of the public can make a complaint "
        "easily in person, by telephone and online, and that anyone who needs help to do so is offered it.",
        d(2027, 4, 30),
        ["chief constables"],
    ),
    "2": (
        "Chief constables should immediately make sure that every complaint handled outside the formal "
        "process is recorded, and that the complainant is told in writing that they can ask for it to be "
        "handled formally instead.",
        "immediately",
        ["chief constables"],
    ),
    "3": (
        "Within six months, the IOPC should revise its statutory guidance to set clear expectations for how "
        "quickly forces should deal with complaints, and for how they should keep complainants informed "
        "when there are delays.",
        "within six months",
        ["IOPC"],
    ),
    "4a": (
        "By 30 September 2027, police and crime commissioners who carry out reviews of complaint outcomes "
        "should publish how many reviews they receive, how long those reviews take and how many are upheld.",
        d(2027, 9, 30),
        ["PCCs"],
    ),
    "4b": (
        "The IOPC should produce guidance for local policing bodies on how to reach consistent decisions when "
        "reviewing complaint outcomes, and should publish it by 31 December 2027.",
        d(2027, 12, 31),
        ["IOPC"],
    ),
    "5": (
        "By December 2027, the Home Office, working with the College of Policing and the NPCC, should review "
        "the complaints regulations to make clear how learning from complaints should be recorded and shared "
        "between forces.",
        d(2027, 12, 31),
        ["Home Office", "College of Policing", "NPCC"],
    ),
}

# (h2, [paragraphs], [rec ids])
CHAPTERS = [
    (
        "1. Making a complaint",
        [
            "Most people who are unhappy with the service they get from the police never complain. Those who "
            "do told us that finding out how to do so was harder than it should be. In two forces, the online "
            "complaint form could only be reached through three separate pages, and it did not work well on a "
            "mobile phone.",
            "Front counter staff in the forces we visited were not always sure what to do when someone wanted "
            "to complain in person. Some told the person to go home and use the website. People with a "
            "learning disability, or whose first language is not English, were especially likely to give up.",
        ],
        ["1"],
    ),
    (
        "2. Complaints handled outside the formal process",
        [
            "Since 2020, forces have been able to deal with many complaints quickly and informally, without "
            "recording them under Schedule 3 of the Police Reform Act 2002. Used well, this approach can put "
            "things right quickly. We saw some good examples, including an officer who visited a complainant "
            "the same day to apologise and explain a decision.",
            "But we also found that forces kept poor records of these complaints. In Westerby Police we could "
            "not find any record at all for almost a fifth of the cases we sampled. Very few complainants had "
            "been told that they could ask for their complaint to be recorded formally.",
        ],
        ["2"],
    ),
    (
        "3. Keeping complainants informed",
        [
            "Complaint investigations often take a long time. The median time to finalise a complaint recorded "
            "under Schedule 3 in the five forces ranged from 71 to 163 working days. Delays in themselves were "
            "not always avoidable, but complainants were frequently left for weeks without any contact.",
            "The IOPC's statutory guidance says that complainants should be kept informed, but it does not say "
            "how often, and forces interpret it in different ways.",
        ],
        ["3"],
    ),
    (
        "4. Reviews of complaint outcomes",
        [
            "A complainant who is unhappy with the outcome of their complaint can ask for a review. Depending "
            "on the seriousness of the complaint, the review is carried out either by the IOPC or by the local "
            "policing body. All five local policing bodies in our inspection had set up a review function, "
            "and most were staffed by experienced people.",
            "There is, however, very little public information about how these reviews work or what they "
            "find. We also found differences in the way that reviewers in different areas approached similar "
            "cases. Recommendation 4 is therefore in two parts: the first for commissioners, the second for "
            "the IOPC.",
        ],
        ["4a", "4b"],
    ),
    (
        "5. Learning from complaints",
        [
            "Complaints are a valuable source of information about how the public experiences policing. The "
            "regulations require forces to consider whether there is any learning from each complaint, but "
            "they do not say how that learning should be recorded or shared.",
            "Every force we visited produced some analysis of its complaints, but it was rarely used to change "
            "practice. Learning identified in one force was hardly ever passed to others, even when the same "
            "problem was almost certainly occurring elsewhere.",
        ],
        ["5"],
    ),
]


def rec_box(rid: str) -> str:
    return (
        f'<div class="recommendation" id="rec-{rid}">\n'
        f"<h3>Recommendation {rid}</h3>\n<p>{esc(RECS[rid][0])}</p>\n</div>"
    )


def body() -> str:
    h = []
    h.append('<h2 id="summary">Summary</h2>')
    for t in [
        "The police complaints system was reformed in 2020 to make it easier for the public to raise concerns "
        "and to resolve them more quickly. We wanted to find out whether those reforms were working as "
        "intended.",
        "We found that many complaints are dealt with promptly and sensibly. But it can still be difficult to "
        "complain, records of informal complaints are poor, complainants are often left without updates, and "
        "forces are not learning as much as they could from what the public tells them.",
        "We have made five recommendations. Recommendation 4 has two parts, 4a and 4b. Taken together, they "
        "ask forces to make complaining simpler and to keep better records; ask the IOPC to set firmer "
        "expectations about timeliness and about reviews; ask commissioners to be more open about the reviews "
        "they carry out; and ask the Home Office and national policing bodies to improve the way lessons are "
        "shared.",
    ]:
        h.append(f"<p>{esc(t)}</p>")
    h.append('<h2 id="about">About this inspection</h2>')
    h.append(
        "<p>We carried out this inspection as part of our annual inspection programme, which the Home Secretary "
        "approved. Between March and June 2026 we visited five forces:</p>"
    )
    h.append("<ul>" + "".join(f"<li>{esc(f)}</li>" for f in FORCES) + "</ul>")
    h.append(
        "<p>In each force we examined 60 complaint files, interviewed staff in professional standards "
        "departments, and spoke to officers and staff who handle complaints at a local level. We also met the "
        "staff of the five local policing bodies who carry out reviews, and we spoke to 38 people who had "
        "made complaints.</p>"
    )
    for heading, paras, ids in CHAPTERS:
        h.append(f"<h2>{esc(heading)}</h2>")
        for t in paras:
            h.append(f"<p>{esc(t)}</p>")
        for rid in ids:
            h.append(rec_box(rid))
    h.append('<h2 id="recommendations-summary">Summary of recommendations</h2>')
    h.append("<p>For ease of reference, our recommendations are listed again below.</p>")
    h.append('<ul class="rec-list">')
    for rid, (text, _dl, _ad) in RECS.items():
        h.append(f"<li><strong>Recommendation {rid}:</strong> {esc(text)}</li>")
    h.append("</ul>")
    h.append('<h2 id="methodology">Annex: methodology</h2>')
    h.append(
        "<p>Our file review used a structured question set developed with the IOPC. Files were selected at "
        "random from complaints finalised in the 12 months before our fieldwork. Where we quote complainants, "
        "we have removed details that could identify them.</p>"
    )
    return "\n".join(h)


def main() -> None:
    meta = (
        '<div class="publication__meta">\n'
        f'<p><span class="label">Published:</span> {PUBLISHED_TEXT}</p>\n'
        '<p><span class="label">Publication type:</span> Thematic inspection</p>\n'
        '<p><a href="./report_files/putting-things-right.pdf">Download the full report (PDF, 1.1MB)</a></p>\n'
        "</div>"
    )
    sidebar = (
        "<h2>Related publications</h2>\n<ul>\n"
        "<li><a href=\"#\">Police integrity and corruption: national report</a></li>\n"
        "<li><a href=\"#\">Public perceptions of policing survey</a></li>\n"
        "<li><a href=\"#\">How forces deal with vexatious complaints: a short review</a></li>\n</ul>"
    )
    html = _kit.html_page(
        doc_title=f"{TITLE} - HMICFRS",
        h1=TITLE,
        meta_html=meta,
        body_html=body(),
        sidebar_html=sidebar,
        breadcrumbs=["Home", "Publications", "Putting things right"],
        saved_from="https://www.example.org/hmicfrs/publications/putting-things-right-police-complaints/",
    )
    with open(os.path.join(HERE, "report.html"), "w", encoding="utf-8") as fh:
        fh.write(html)
    where = {}
    for heading, _paras, ids in CHAPTERS:
        for rid in ids:
            where[rid] = heading
    data = {
        "file": "report.html",
        "title": TITLE,
        "published": PUBLISHED,
        "inspectorates": ["HMICFRS"],
        "type": "national thematic",
        "forces_visited": FORCES,
        "fenmoor_inspected": False,
        "totals": {"recommendations": 5, "areas_for_improvement": None, "causes_of_concern": None},
        "recommendations": [rec(rid, t, dl, ad, None, where[rid]) for rid, (t, dl, ad) in RECS.items()],
        "causes_of_concern": [],
        "areas_for_improvement": [],
        "graded_judgments": [],
    }
    _kit.write_expected(
        HERE,
        data,
        header="""Round 6, fixture 41. Convention decisions (see NOTES.md):
- Recommendation 4 is printed only as 4a and 4b, each with its own label and text: two entries, ids "4a"
  and "4b". There is no separate "4".
- totals.recommendations is 5 because the report says "We have made five recommendations" (and then
  explains that 4 has two parts); six entries are listed. The stated figure is kept as printed.
- "Within six months" (no reference point) -> "within six months".
- In 4b the date is at the end of the sentence ("and should publish it by 31 December 2027") -> 2027-12-31.
- "By December 2027" -> 2027-12-31.
- where = the chapter <h2> where each full text first appears (the end list repeats them).""",
    )


if __name__ == "__main__":
    main()
