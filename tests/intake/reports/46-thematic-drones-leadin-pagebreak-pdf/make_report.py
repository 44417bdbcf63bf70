"""Fixture 46: national thematic on police use of drones (PDF). Fenmoor was NOT inspected.

Run: /tmp/intake-venv/bin/python make_report.py  -> report.pdf + expected.yaml
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
for _p in (os.path.join(HERE, "..", "..", "reports"), os.path.join(HERE, "..")):
    sys.path.insert(0, os.path.abspath(_p))
from _kit import d, esc, pdf_kit, rec, write_expected  # noqa: E402

K = pdf_kit()
P = K.P

TITLE = "Eyes in the sky: An inspection of how police forces use drones"
PUBLISHED = d(2027, 2, 23)
FORCES = ["Kelder Constabulary", "Northmarsh Police", "Saltby Constabulary", "Brayfield Police",
          "Cresford Police"]

# (id, bold lead-in, rest, deadline, addressees)
RECS = [
    ("1", "By 31 December 2027, the NPCC lead for drones should",
     "publish a national framework that sets out when a drone may be deployed, who may authorise a "
     "deployment and how long its footage should be kept.", d(2027, 12, 31), ["NPCC"]),
    ("2", "By the end of September 2027, the College of Policing should",
     "update its authorised professional practice on drones to include guidance on privacy, including "
     "flights over private gardens and buildings.", d(2027, 9, 30), ["College of Policing"]),
    ("3", "The Home Office, working with the Civil Aviation Authority, should",
     "review whether the current rules on flying beyond the pilot's visual line of sight meet the "
     "operational needs of police forces, and publish its conclusions.", None, ["Home Office", "other"]),
    ("4", "Within 12 months of the publication of this report, chief constables should",
     "make sure that every drone deployment is recorded on a single force system that shows the reason for "
     "the deployment, who authorised it, whether a person was found or an arrest made, and whether the "
     "footage has been kept as evidence or deleted.",
     "within 12 months of the publication of this report", ["chief constables"]),
    ("5", "Chief constables and police and crime commissioners should",
     "make sure that each force publishes, every year, how many times it deployed drones and the main "
     "purposes for which they were used.", None, ["chief constables", "PCCs"]),
    ("6", "By April 2028, the NPCC lead for drones and the College of Policing should",
     "agree national training standards for drone pilots and observers, including refresher training at "
     "least every two years.", d(2028, 4, 30), ["NPCC", "College of Policing"]),
    ("7", "The IOPC should",
     "publish guidance for forces on using drone footage as evidence in complaint and conduct "
     "investigations.", None, ["IOPC"]),
]


def full(r):
    return f"{r[1]} {r[2]}"


def rec_para(r, tag=None):
    return P(f"<b>Recommendation {r[0]}</b><br/><b>{esc(r[1])}</b> {esc(r[2])}", "rec", tag=tag)


def filler(n, topic):
    base = (f"Forces told us that {topic} had changed quickly since 2022. Each force we visited had a small "
            "team of trained pilots, usually based in operational support, and most flights were to search "
            "for missing or vulnerable people. Pilots were enthusiastic and skilled, but the records kept of "
            "their work were inconsistent and supervisors rarely looked at them.")
    return [P(base) for _ in range(n)]


story = [
    K.Spacer(1, 3 * K.cm),
    P(esc(TITLE), "title"),
    P("Published: 23 February 2027", "subtitle"),
    K.Spacer(1, 7 * K.cm),
    P("His Majesty's Inspectorate of Constabulary and Fire &amp; Rescue Services", "small"),
    K.PageBreak(),
    P("Contents", "h1", toc=False), K.toc(), K.PageBreak(),
    P("Summary", "h1"),
    P("Drones have become an everyday tool for police forces. In this inspection we examined how five "
      "forces use them, how deployments are authorised, and how the footage they capture is stored and "
      "used. We visited Kelder Constabulary, Northmarsh Police, Saltby Constabulary, Brayfield Police and "
      "Cresford Police between May and July 2026. We also asked all 43 forces in England and Wales for data "
      "on the number of flights they made in 2025."),
    P("We found good examples of drones helping to find missing people quickly, and some forces were "
      "clearly getting value for money from their fleets. But national guidance has not kept up, records "
      "are poor, and the public is told very little about how and why drones are used."),
    P("We make seven recommendations. Each is set out in the chapter where we describe the evidence for it, "
      "and they are listed together at Annex A."),
    K.PageBreak(),
    P("1. Authorising and recording deployments", "h1"),
] + filler(2, "drone use") + [
    rec_para(RECS[0], "r1"),
    P("Several forces should, in our view, do more to share their flight logs with each other; this would "
      "help neighbouring forces plan joint operations."),
    rec_para(RECS[1], "r2"),
] + filler(1, "the law on flying") + [
    rec_para(RECS[2], "r3"),
    K.FillTo(44),
    rec_para(RECS[3], "r4"),
    P("In Saltby Constabulary, for example, drone logs were kept on three different spreadsheets."),
    P("2. Openness with the public", "h1"),
] + filler(2, "public interest in drones") + [
    rec_para(RECS[4], "r5"),
    K.PageBreak(),
    P("3. Training and accountability", "h1"),
] + filler(2, "training") + [
    rec_para(RECS[5], "r6"),
    rec_para(RECS[6], "r7"),
    P("Innovative practice: Brayfield Police", "h3"),
    P("Brayfield Police publishes a monthly map of drone flights on its website. Members of the public "
      "we spoke to welcomed it."),
    K.PageBreak(),
    P("Annex A: Recommendations", "h1"),
]
for r in RECS:
    story.append(P(f"<b>{r[0]}.</b> {esc(full(r))}"))

doc = K.FixtureDoc(os.path.join(HERE, "report.pdf"), title=TITLE, two_column=False,
                   header="Eyes in the sky: police use of drones", footer_left="HMICFRS")
doc.multiBuild(story)
recs = [rec(r[0], full(r), r[3], r[4], None, f"page {doc.first_page('r' + r[0])}") for r in RECS]
assert doc.tag_pages["r4"] == [doc.first_page("r4"), doc.first_page("r4") + 1], doc.tag_pages["r4"]

write_expected(HERE, {
    "file": "report.pdf",
    "title": TITLE,
    "published": PUBLISHED,
    "inspectorates": ["HMICFRS"],
    "type": "national thematic",
    "forces_visited": FORCES,
    "fenmoor_inspected": False,
    "totals": {"recommendations": 7, "areas_for_improvement": None, "causes_of_concern": None},
    "recommendations": recs,
    "causes_of_concern": [],
    "areas_for_improvement": [],
    "graded_judgments": [],
}, header="National thematic; recommendation 4 runs over a page break; Annex A repeats them all.")
print("ok", [r["where"] for r in recs], doc.tag_pages["r4"])
