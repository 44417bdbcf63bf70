"""Fixture 48: super-complaint report (HMICFRS, College of Policing, IOPC) on the police response to
fraud against older people (saved HTML page). Fenmoor was NOT visited.

Run: python3 make_report.py  -> report.html + expected.yaml
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
for _p in (os.path.join(HERE, "..", "..", "reports"), os.path.join(HERE, "..")):
    sys.path.insert(0, os.path.abspath(_p))
from _kit import d, esc, html_page, rec, write_expected  # noqa: E402

TITLE = "Not too old to be heard: the police response to fraud against older people"
SUB = "Report on the super-complaint made by the Silver Shield Trust"
PUBLISHED = d(2026, 11, 26)
FORCES = ["Kelder Constabulary", "Dunmere Police", "Saltby Constabulary", "Brayfield Police"]

H_F1 = "Finding 1: Identifying older victims"
H_F2 = "Finding 2: Support and information for victims"
H_F3 = "Finding 3: Learning from complaints"

RECS = [
    ("1", "Chief constables should make sure that, by 30 September 2027, every report of fraud from a victim "
          "aged 65 or over receives a vulnerability assessment within 48 hours of the report reaching the "
          "force.", d(2027, 9, 30), ["chief constables"], H_F1),
    ("2", "The NPCC lead for economic crime should agree with forces a single way of recording whether a "
          "fraud victim is older or vulnerable, so that the data can be compared between forces.",
     None, ["NPCC"], H_F1),
    ("3", "The College of Policing should, within 12 months of this report, include the effects of fraud on "
          "older victims in its training for call handlers and investigators.",
     "within 12 months of this report", ["College of Policing"], H_F2),
    ("4", "The Home Office and the Ministry of Justice should review how the Victims' Code applies to "
          "victims of fraud whose cases are not allocated for investigation, and should publish the result "
          "by 31 March 2028.", d(2028, 3, 31), ["Home Office", "Ministry of Justice"], H_F2),
    ("5", "Police and crime commissioners should make sure that the victim services they commission include "
          "specialist support for older victims of fraud.", None, ["PCCs"], H_F2),
    ("6", "The IOPC should publish the learning from complaints about the police response to fraud against "
          "older people, and share it with forces and police and crime commissioners.",
     None, ["IOPC"], H_F3),
]


def dl(*rs):
    items = "".join(f'<dt>Recommendation {r[0]}</dt>\n<dd>{esc(r[1])}</dd>\n' for r in rs)
    return f'<dl class="recommendations">\n{items}</dl>'


def p(t):
    return f"<p>{esc(t)}</p>"


rows = "\n".join(f"<tr><td>{esc(f)}</td><td>{w}</td></tr>" for f, w in zip(
    FORCES, ["April 2026", "April 2026", "May 2026", "June 2026"]))
body = f"""
<p class="publication__subtitle"><strong>{esc(SUB)}</strong></p>
<h2>Summary</h2>
{p("In October 2025 the Silver Shield Trust, a designated super-complainant, raised concerns that the "
   "police do not respond well to fraud against older people. The complaint was investigated jointly by "
   "HMICFRS, the College of Policing and the Independent Office for Police Conduct (IOPC).")}
{p("The super-complainant asked that every older victim of fraud should be visited in person by a police "
   "officer, and that fraud against older people should be made an aggravated offence. We did not find "
   "enough evidence to support either proposal, and we do not make them our own.")}
{p("We found that the complaint was partly justified. We make six recommendations.")}
<h2>How we investigated</h2>
{p("We reviewed 240 case files and interviewed officers, staff and victims in four forces:")}
<table class="fieldwork"><thead><tr><th>Force</th><th>Fieldwork</th></tr></thead>
<tbody>
{rows}
</tbody></table>
<h2>{esc(H_F1)}</h2>
{p("Forces rarely recorded the age of fraud victims. Where they did, older victims were no more likely to "
   "receive a vulnerability assessment than younger ones. Call handlers should ask about vulnerability, but "
   "in 38 of the 90 calls we listened to they did not.")}
{dl(RECS[0], RECS[1])}
<h2>{esc(H_F2)}</h2>
{p("Victims told us they had heard nothing after reporting. Many did not know whether their case would be "
   "investigated.")}
{dl(RECS[2], RECS[3], RECS[4])}
<div class="partner-response">
<h3>The College of Policing's response</h3>
{p("The College of Policing will publish new guidance on victim care in fraud investigations by the end "
   "of 2027, and will consult victims' groups in writing it.")}
</div>
<h2>{esc(H_F3)}</h2>
{p("Complaints about fraud investigations were often resolved locally without any wider learning.")}
{dl(RECS[5])}
<h2>What happens next</h2>
{p("Under the Police Reform Act 2002, the bodies to which recommendations are addressed must respond "
   "within 56 days. Chief constables should publish their responses on their websites.")}
"""

meta = """<ul class="publication__meta">
<li>Publication type: Super-complaint report</li>
<li>Published: 26 November 2026</li>
<li>Joint report: HMICFRS, College of Policing, IOPC</li>
</ul>"""

sidebar = """<h2>Super-complaints</h2>
<ul>
<li><a href="#">How super-complaints work</a></li>
<li><a href="#">Current super-complaints</a></li>
<li><a href="#">Police perpetrated domestic abuse (2022)</a></li>
</ul>"""

html = html_page(doc_title="Not too old to be heard - GOV.UK style", h1=TITLE, meta_html=meta, body_html=body,
                 sidebar_html=sidebar, breadcrumbs=["Home", "Our work", "Super-complaints"],
                 saved_from="https://www.example.org/hmicfrs/publications/not-too-old-to-be-heard/")
with open(os.path.join(HERE, "report.html"), "w", encoding="utf-8") as fh:
    fh.write(html)

write_expected(HERE, {
    "file": "report.html",
    "title": TITLE,
    "published": PUBLISHED,
    "inspectorates": ["HMICFRS", "College of Policing", "IOPC"],
    "type": "super-complaint",
    "forces_visited": FORCES,
    "fenmoor_inspected": False,
    "totals": {"recommendations": 6, "areas_for_improvement": None, "causes_of_concern": None},
    "recommendations": [rec(r[0], r[1], r[2], r[3], None, r[4]) for r in RECS],
    "causes_of_concern": [],
    "areas_for_improvement": [],
    "graded_judgments": [],
}, header="Super-complaint; the complainant's proposals and the College's 'will' are not recommendations.")
print("ok")
