"""Fixture 47: PEEL spotlight on neighbourhood policing (saved HTML page). Fenmoor is one of four
forces visited.

Run: python3 make_report.py  -> report.html + expected.yaml
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
for _p in (os.path.join(HERE, "..", "..", "reports"), os.path.join(HERE, "..")):
    sys.path.insert(0, os.path.abspath(_p))
from _kit import d, esc, html_page, rec, write_expected  # noqa: E402

TITLE = "PEEL spotlight report: Neighbourhood policing under strain"
PUBLISHED = d(2027, 2, 5)
FORCES = ["Fenmoor Police", "Ashby Vale Police", "Dunmere Police", "West Tamar Police"]

H2_ABS = "Abstraction of neighbourhood officers"
H2_ACC = "Accountability and data"
H2_SKL = "Skills and national support"

RECS = [
    ("1", "By 31 October 2027, chief constables should make sure that neighbourhood officers and police "
          "community support officers are not taken away from neighbourhood duties to cover response shifts "
          "unless a superintendent has approved it and the reason is recorded.",
     d(2027, 10, 31), ["chief constables"], H2_ABS),
    ("2", "Chief constables should, within six months, set out for their police and crime commissioners how "
          "many neighbourhood officers are in post in each neighbourhood team and how many of their hours "
          "were spent on neighbourhood duties.",
     "within six months", ["chief constables"], H2_ACC),
    ("3", "Police and crime commissioners should include in their police and crime plans a clear measure of "
          "how visible and accessible neighbourhood policing is to the public, and report on it each year.",
     None, ["PCCs"], H2_ACC),
    ("4", "The NPCC lead for neighbourhood policing, working with the College of Policing, should develop by "
          "30 April 2028 a national training pathway for neighbourhood officers and their supervisors.",
     d(2028, 4, 30), ["NPCC", "College of Policing"], H2_SKL),
    ("5", "The Home Office should include a measure of how often neighbourhood officers are abstracted in "
          "the data it collects from forces each year.",
     None, ["Home Office"], H2_SKL),
]


def box(r):
    return (f'<div class="recommendation" id="rec-{r[0]}">\n<h3>Recommendation {r[0]}</h3>\n'
            f"<p>{esc(r[1])}</p>\n</div>")


def p(t):
    return f"<p>{esc(t)}</p>"


forces_li = "\n".join(f"<li>{esc(f)}</li>" for f in FORCES)
body = f"""
<div class="publication__body">
<h2>Foreword</h2>
{p("Neighbourhood policing is the foundation of the British model of policing by consent. Yet in every "
   "force we visited, neighbourhood officers spent much of their time doing something else.")}
{p("This spotlight report draws on our PEEL inspections of all forces in England and Wales, and on "
   "additional fieldwork in four forces between March and June 2026:")}
<ul class="forces">
{forces_li}
</ul>
{p("We have made five recommendations. We will check forces' progress against them in our PEEL "
   "inspections.")}
<h2>{esc(H2_ABS)}</h2>
{p("In Dunmere Police, neighbourhood officers were moved to response duties on 41 per cent of their "
   "planned shifts. Supervisors should be able to see this easily, but most could not.")}
{box(RECS[0])}
{p("Fenmoor Police had recently introduced a rule that a superintendent must approve abstractions. It was "
   "too early to tell whether this had made a difference.")}
<h2>{esc(H2_ACC)}</h2>
{p("Police and crime commissioners we spoke to did not have reliable information about how many "
   "neighbourhood officers their forces had, or what they did.")}
{box(RECS[1])}
{box(RECS[2])}
<h2>{esc(H2_SKL)}</h2>
{p("Neighbourhood officers told us that their training was short and out of date. In Ashby Vale Police, "
   "new neighbourhood officers received one day of training; in West Tamar Police they received none.")}
{box(RECS[3])}
{box(RECS[4])}
<h2>Summary of recommendations</h2>
<table class="summary">
<thead><tr><th>No.</th><th>Recommendation</th></tr></thead>
<tbody>
{"".join(f"<tr><td>{r[0]}</td><td>{esc(r[1])}</td></tr>" for r in RECS)}
</tbody>
</table>
<p class="correction"><em>Correction, 20 February 2027: the figure for Dunmere Police in the chapter on
abstraction has been corrected from 44 to 41 per cent.</em></p>
</div>"""

meta = """<dl class="publication__meta">
<dt>Published:</dt><dd>5 February 2027</dd>
<dt>Last updated:</dt><dd>20 February 2027</dd>
<dt>Type:</dt><dd>PEEL spotlight report</dd>
</dl>
<p><a href="./report_files/neighbourhood-policing-under-strain.pdf">Download the report (PDF, 1.2MB)</a></p>"""

sidebar = """<h2>Related publications</h2>
<ul>
<li><a href="#">PEEL 2025-27: An inspection of Fenmoor Police</a></li>
<li><a href="#">State of Policing 2026</a></li>
<li><a href="#">Neighbourhood policing: a review of progress (2024)</a></li>
</ul>"""

html = html_page(doc_title=TITLE + " - HMICFRS", h1=TITLE, meta_html=meta, body_html=body,
                 sidebar_html=sidebar, breadcrumbs=["Home", "Publications", "PEEL spotlight reports"],
                 saved_from="https://www.example.org/hmicfrs/publications/neighbourhood-policing-under-strain/")
with open(os.path.join(HERE, "report.html"), "w", encoding="utf-8") as fh:
    fh.write(html)

write_expected(HERE, {
    "file": "report.html",
    "title": TITLE,
    "published": PUBLISHED,
    "inspectorates": ["HMICFRS"],
    "type": "spotlight",
    "forces_visited": FORCES,
    "fenmoor_inspected": True,
    "totals": {"recommendations": 5, "areas_for_improvement": None, "causes_of_concern": None},
    "recommendations": [rec(r[0], r[1], r[2], r[3], None, r[4]) for r in RECS],
    "causes_of_concern": [],
    "areas_for_improvement": [],
    "graded_judgments": [],
}, header="PEEL spotlight; 'Last updated' and a correction date are not the publication date.")
print("ok")
