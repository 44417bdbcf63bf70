"""Builds notes.docx: a force action plan written as headings and prose (no table)."""

from docx import Document
from docx.shared import Pt

doc = Document()
sec = doc.sections[0]
sec.header.paragraphs[0].text = "OFFICIAL"
sec.footer.paragraphs[0].text = "OFFICIAL (except where marked OFFICIAL-SENSITIVE)"

doc.add_paragraph("Fenmoor Police – Public Protection Command")
doc.add_heading(
    "HMICFRS inspection: managing the risk posed by registered sex offenders (published 15 October 2026)",
    level=1,
)
doc.add_paragraph("Force action plan – version 0.4 – 24 November 2026")
doc.add_paragraph(
    "Plan owner: Detective Superintendent Alan Brierley, Head of Public Protection. "
    "Chief officer lead: ACC Louise Fairbairn."
)
p = doc.add_paragraph()
r = p.add_run(
    "Handling: this plan is OFFICIAL, except the section marked OFFICIAL-SENSITIVE under "
    "Recommendation 3, which must not be published or shared outside the force and the OPCC."
)
r.italic = True

doc.add_heading("Summary", level=2)
doc.add_paragraph(
    "The report makes three recommendations, all for the force, and two areas for improvement. "
    "The force accepts all of them. Each is set out below with the action taken or planned, the lead, "
    "the target date and the current status."
)

doc.add_heading("Recommendation 1 – risk management plans", level=2)
doc.add_paragraph(
    "HMICFRS found that a large share of the plans it examined had not been reviewed after the most "
    "recent home visit. The MOSOVO unit began an audit of every active risk management plan on "
    "2 November 2026. By 20 November, 388 of the 640 plans had been reviewed and 71 had been rewritten. "
    "The remaining plans will be reviewed by 31 January 2027."
)
doc.add_paragraph(
    "From 1 December 2026 a detective sergeant must sign off the review of a risk management plan on "
    "ViSOR within seven days of each home visit. Compliance will be reported every month to the Public "
    "Protection Governance Board."
)
doc.add_paragraph(
    "Lead: DI Mel Hartigan, MOSOVO. Target date: 30 April 2027. Status: in progress (Amber – the audit "
    "is about two weeks behind because of staff abstractions in November)."
)

doc.add_heading("Recommendation 2 – offender manager capacity", level=2)
doc.add_paragraph(
    "At the time of the inspection the average caseload was 61 offenders per offender manager; the "
    "force's own working level is 50. In September 2026 the Police and Crime Commissioner agreed to fund "
    "six additional offender manager posts (decision notice PCC-D-2026-041). Four of the posts were filled "
    "in October 2026 by transfer from CID; the other two have been advertised and the advert closes on "
    "11 December 2026. The average caseload was 54 on 20 November."
)
doc.add_paragraph(
    "No offender manager will hold a caseload until they have completed the College of Policing MOSOVO "
    "course. Places are booked for the four new staff on the January 2027 course and for the other two on "
    "the March 2027 course."
)
doc.add_paragraph(
    "Lead: DCI Sam Okonjo, Public Protection. Target date: 30 April 2027. Status: on track (Green)."
)

doc.add_heading("Recommendation 3 – devices and online risk", level=2)
doc.add_paragraph(
    "All offender managers will be trained by the Digital Forensics Unit on the powers in sexual harm "
    "prevention orders to examine devices, and on the use of the force's device-screening kiosks. The "
    "first two sessions took place on 17 and 24 November 2026; all offender managers will have been "
    "trained by 31 March 2027. A practice note on when an offender manager should ask for a device "
    "examination is being written with Force Legal Services."
)
h = doc.add_paragraph()
hr = h.add_run("OFFICIAL-SENSITIVE – NOT FOR PUBLICATION")
hr.bold = True
doc.add_paragraph(
    "Operation Larkspur: from 12 January 2027 the force will pilot the CheckSafe monitoring software on the "
    "devices of 35 high-risk registered sex offenders in the Harnmouth area, where the offender's sexual "
    "harm prevention order permits it. Two digital media investigators will be seconded from the Digital "
    "Forensics Unit to MOSOVO for the pilot. Evaluation by the end of June 2027 will decide whether to "
    "roll it out across the county."
)
e = doc.add_paragraph()
er = e.add_run("END OF OFFICIAL-SENSITIVE SECTION")
er.bold = True
doc.add_paragraph(
    "Lead: DCI Rob Tennant, Digital Forensics Unit. Target date: 31 July 2027. Status: in progress (Green)."
)

doc.add_heading("Area for improvement 1 – sharing information with neighbourhood teams", level=2)
doc.add_paragraph(
    "From 1 February 2027 neighbourhood sergeants will receive a monthly briefing, through the "
    "Neighbourhood Policing Hub, on the registered sex offenders living in their area who are assessed as "
    "high or very high risk. All neighbourhood inspectors were briefed on the new arrangement at the "
    "neighbourhood leadership day on 12 November 2026."
)
doc.add_paragraph(
    "Lead: Chief Inspector Dawn Mercer, Neighbourhood Policing. Target date: 28 February 2027. Status: planned."
)

doc.add_heading("Area for improvement 2 – civil orders", level=2)
doc.add_paragraph(
    "A civil orders officer has worked in the Public Protection Command since September 2026, advising "
    "offender managers on applications for sexual harm prevention orders and sexual risk orders. Since "
    "1 October 2026 every reported breach of a sexual harm prevention order has been recorded as a crime "
    "and reviewed by a MOSOVO detective sergeant within 48 hours. Applications for orders rose from 9 in "
    "the quarter to June 2026 to 17 in the quarter to September 2026."
)
doc.add_paragraph(
    "Lead: DI Mel Hartigan. Status: complete (Blue). HMICFRS to be asked to close this at the next "
    "engagement meeting."
)

doc.add_heading("Governance and oversight", level=2)
doc.add_paragraph(
    "Progress on every recommendation and area for improvement is reported monthly to the Public "
    "Protection Governance Board, chaired by ACC Louise Fairbairn."
)
doc.add_paragraph(
    "OPCC: the action plan will be a standing item at the Police and Crime Commissioner's Performance and "
    "Accountability Board, first on 21 January 2027. The OPCC's Scrutiny and Assurance Panel will "
    "dip-sample 30 risk management plans in March 2027 and report its findings to the Commissioner."
)

for para in doc.paragraphs:
    for run in para.runs:
        run.font.size = Pt(11)

doc.save("notes.docx")
print("wrote notes.docx")
