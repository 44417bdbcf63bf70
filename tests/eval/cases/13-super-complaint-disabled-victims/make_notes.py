"""Builds notes.docx: an OPCC officer's briefing, a heading per recommendation and prose under it (no table)."""

from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, RGBColor

HERE = Path(__file__).resolve().parent

doc = Document()

for section in doc.sections:
    for part in (section.header, section.footer):
        p = part.paragraphs[0]
        p.text = "OFFICIAL"
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.runs[0].bold = True


def para(text, bold_lead=None):
    p = doc.add_paragraph()
    if bold_lead:
        r = p.add_run(bold_lead)
        r.bold = True
    p.add_run(text)
    return p


def sensitive(text):
    p = doc.add_paragraph()
    r = p.add_run("OFFICIAL-SENSITIVE – not for publication. ")
    r.bold = True
    r.font.color.rgb = RGBColor(0xC0, 0x00, 0x00)
    p.add_run(text)
    return p


doc.add_heading(
    "Super-complaint: police response to disabled victims of crime (\u2018Seen but not heard\u2019) "
    "\u2013 action plan position for the PCC\u2019s s55 response",
    level=1,
)
meta = doc.add_paragraph()
meta.add_run(
    "Prepared by Tom Aldridge, Policy Officer (Victims and Scrutiny), OPCC. Version 0.3, 25/11/2026. "
    "Force input from the ACC Crime and Justice\u2019s staff officer and from Contact Management."
).italic = True

doc.add_heading("Background", level=2)
para(
    "The report was published on 15 October 2026 by HMICFRS, the College of Policing and the IOPC, "
    "following the super-complaint made by the Disabled Victims\u2019 Justice Network in 2025. The "
    "investigation looked at five forces in depth. Fenmoor was not one of them, but the findings read "
    "across to us and the force has taken them on in full."
)
para(
    "There are six recommendations. Two are for chief constables (1 and 2), one is for PCCs (3), one is "
    "for chief constables and PCCs jointly (4), one is for the College of Policing (5) and one is for the "
    "Home Office (6). The force lead for the whole report is ACC Daniel Reeve (Crime and Justice). Each "
    "rec has gone on the force\u2019s HMICFRS recommendations tracker and will be reported through the "
    "Victims and Witnesses Board, which the ACC chairs monthly."
)

doc.add_heading("Recommendation 1 \u2013 accessible contact (chief constables)", level=2)
para(
    "Text relay (18001) already works on 999 and 101. What we don\u2019t have is BSL video relay for 101 "
    "or for the online reporting form. Contact Management is buying a BSL video relay service through the "
    "regional procurement framework: preferred supplier chosen 6 November, contract to go live on "
    "1 April 2027."
)
para(
    "Call handler training: a 45-minute e-learning package on recognising and recording reasonable "
    "adjustments, written with the Fenmoor Deaf Centre and Mencap Fenmoor, went live on 2 November. As at "
    "20 November, 212 of the 340 contact staff had completed it. It is mandatory for all contact staff by "
    "31 January 2027."
)
para(
    "Lead: Superintendent Lisa Marr, Head of Contact Management. Force target date: 30 June 2027. "
    "Status: in progress, on track."
)
sensitive(
    "Only three contact staff hold BSL Level 3 and none of them work nights, so between 23:00 and 07:00 "
    "there is no in-house BSL cover at all. Two of the three are due to retire during 2027. Contact "
    "Management has asked for interim cover from the regional interpreting contract; no answer yet."
)

doc.add_heading("Recommendation 2 \u2013 recording disability and adjustments (chief constables)", level=2)
para(
    "The force plans to add a mandatory question to the victim needs assessment on Niche asking whether "
    "the victim is disabled and what adjustments they need, with a flag that carries through to the case "
    "file that goes to the CPS. A change request has gone to the Niche team and testing is pencilled in "
    "for January. Once it is live, the Victim Care Unit will quality-check 50 cases a month."
)
para(
    "No lead officer has been named for this yet and the force plan does not give a target date \u2013 the "
    "force says it will confirm both at the next Victims and Witnesses Board. I have chased. (The "
    "report\u2019s own deadline is 31 March 2027.)"
)

doc.add_heading("Recommendation 3 \u2013 commissioned victim services (PCCs)", level=2)
para("This one is ours. Priya has confirmed she accepts it in full (briefing, 18 November).")
para(
    "We commission four victim services: the Fenmoor Victim Hub (the core referral and support service), "
    "the ISVA service, the domestic abuse outreach service and the restorative justice service. Ruth "
    "Okafor (Head of Commissioning and Partnerships) will lead an accessibility review of all four. The "
    "Fenmoor Disability Forum has agreed to carry out the review with us in January and February 2027, "
    "including test referrals made by disabled volunteers. We will publish what we found and what we "
    "will change on the OPCC website by 31 March 2027."
)
para(
    "Already agreed: \u00a318,000 from the Victims\u2019 Fund in 2027/28 to pay for BSL interpretation and "
    "easy-read materials at the Victim Hub. Accessibility requirements will be written into the ISVA and "
    "outreach contracts when they are re-tendered in 2027/28."
)

doc.add_heading(
    "Recommendation 4 \u2013 joint plan on disability hate crime reporting (chief constables and PCCs jointly)",
    level=2,
)
para(
    "Joint action, force and OPCC. Force lead: Chief Inspector Amir Hassan, Hate Crime and Community "
    "Cohesion. OPCC lead: Ruth Okafor."
)
para(
    "We will write the plan with the Fenmoor Disability Forum and the community safety partnerships, not "
    "for them. Two co-production workshops are booked: 10 February 2027 in Wexcombe and 3 March 2027 in "
    "Harnmouth. The plan will include a review of third-party reporting \u2013 there are nine third-party "
    "reporting centres across the county and only two are in fully accessible premises. Draft plan to the "
    "Victims and Witnesses Board in June 2027; joint publication by the force and the OPCC by "
    "30 September 2027. Status: planned."
)
sensitive(
    "Operation Teasel (Brackenford CID) is investigating a linked series of thefts and frauds against "
    "residents of supported living schemes in Brackenford. 11 victims with learning disabilities "
    "identified so far; the suspect is a care agency worker, on police bail. No public reference until a "
    "charging decision. The SIO has asked that the workshops steer clear of case detail."
)

doc.add_heading("Recommendations 5 and 6 \u2013 national (College of Policing, Home Office)", level=2)
para(
    "Nothing for us to do directly. The force will adopt the College\u2019s revised APP on victims and "
    "witnesses when it is published; ACC Reeve owns that. On rec 6, the force already records disability "
    "on Niche where the victim tells us, but the field is completed in only 38% of victim records "
    "(October 2026 data). The rec 2 change should fix that locally ahead of any national requirement."
)

doc.add_heading("Oversight", level=2)
para(
    "The PCC\u2019s Performance and Accountability Board will take a deep dive on services for disabled "
    "victims on 19 January 2027 (the Chief Constable attends). The OPCC will check progress on the four "
    "local recs every quarter against the force tracker. Update to the Police and Crime Panel at its "
    "meeting on 18 March 2027."
)

for p in doc.paragraphs:
    for r in p.runs:
        if r.font.size is None and not p.style.name.startswith("Heading"):
            r.font.size = Pt(11)

doc.save(HERE / "notes.docx")
print("wrote", HERE / "notes.docx")
