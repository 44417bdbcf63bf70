"""Builds notes.docx: an OPCC briefing written as prose (no table), one heading per
recommendation, owners and dates only inside the sentences."""
from pathlib import Path

from docx import Document
from docx.shared import Pt

HERE = Path(__file__).resolve().parent

doc = Document()
style = doc.styles["Normal"]
style.font.name = "Arial"
style.font.size = Pt(11)

section = doc.sections[0]
section.header.paragraphs[0].text = "OFFICIAL"
section.footer.paragraphs[0].text = (
    "OFFICIAL – any paragraph marked [OFFICIAL-SENSITIVE] must not be quoted, "
    "summarised or published"
)

doc.add_heading("OPCC briefing note: HMICFRS inspection of vetting and counter-corruption, "
                "Fenmoor Police", level=1)

for line in [
    "For: Priya Lockwood, PCC",
    "Via: Jane Corran, Chief Executive",
    "From: Dan Whitby, Policy & Scrutiny Officer",
    "Date: 24 November 2026",
    "Purpose: position on the force action plan, to inform the PCC's s55 response "
    "(due 21 December 2026)",
]:
    doc.add_paragraph(line)

doc.add_heading("Summary", level=2)
doc.add_paragraph(
    "HMICFRS published the report on 27 October. It makes five recommendations, all to the "
    "force, and raises three AFIs. The CC has accepted the lot and the DCC owns the force action "
    "plan, which PSD keep. What follows comes from the plan as it went to the force's Integrity "
    "Delivery Group (IDG) on 19 November, plus my conversations with PSD and the FVU since then."
)
doc.add_paragraph(
    "There is nothing in the plan yet on AFI1 (learning from misconduct) or AFI3 (confidential "
    "reporting). PSD tell me both will be added after the December IDG; I have chased."
)

doc.add_heading("Recommendation 1 – rationale for vetting decisions with adverse information",
                level=2)
doc.add_paragraph(
    "HMICFRS found that when the FVU cleared applicants despite adverse information (family "
    "links to criminality, old cautions, debt) the reasoning was often one line and any "
    "mitigation was not written down."
)
doc.add_paragraph(
    "Claire Dunmore, the Head of Vetting, has rebuilt the decision record on Core-Vet so that a "
    "clearance granted with adverse info cannot be closed until a written rationale and the "
    "mitigations (restricted postings, annual review, no access to particular systems) are "
    "attached. It goes live on 4 January. From the same date every one of these clearances has "
    "to be countersigned by a second authorised decision-maker, either the Force Vetting "
    "Manager or the Head of PSD."
)
doc.add_paragraph(
    "Ahead of go-live the FVU is going back over the 64 clearances granted with adverse info "
    "since April 2025 to check each one has a rationale. 40 done so far; none has needed to be "
    "withdrawn. The DCC wants the look-back finished by the end of January."
)

doc.add_heading("Recommendation 2 – re-vetting backlog", level=2)
doc.add_paragraph(
    "When fieldwork started in May, 412 officers and staff had clearance that had lapsed or "
    "was due to lapse within 30 days. At the last count (20 November) it was 187, and RV/MV "
    "renewals are in progress for all of them."
)
doc.add_paragraph(
    "The DCC has asked PSD to get the backlog to nil by the end of February – a month inside "
    "the HMICFRS deadline. Three agency vetting officers joined the FVU in September and are "
    "funded to 31 March. A business case for two permanent vetting officer posts goes to COG on "
    "8 December."
)
doc.add_paragraph(
    "To stop the backlog building up again, the Head of Vetting is adding an automatic 90-day "
    "reminder to Core-Vet so that each renewal starts three months before expiry. It is in "
    "testing through December and she expects it to be live by the end of January."
)

doc.add_heading("Recommendation 3 – monitoring of force IT", level=2)
doc.add_paragraph(
    "The CCU's monitoring software covers force desktops and laptops but not the force's mobile "
    "phones – roughly 78% of devices overall. In September the PCC approved £96,000 from the "
    "ICT reserve (DN-2026-031) for the extra licences."
)
doc.add_paragraph(
    "Mark Osei's Digital Services team will put the software on mobiles in three phases from "
    "January, PSD and PVP first, with all devices covered by the end of May. Det Supt Helen "
    "Marsh (Head of PSD) says two additional CCU analyst posts went out to advert in November to "
    "deal with the extra alerts; interviews are on 15 December."
)

doc.add_heading("Recommendation 4 – abuse of position for a sexual purpose (APSP)", level=2)
doc.add_paragraph(
    "The report says the CCU waited for intelligence to arrive rather than going out to look "
    "for it. Since the inspection the CCU has signed information-sharing agreements with four "
    "organisations that support vulnerable people – Fenmoor Women's Aid, the Harnmouth SARC, "
    "Brackenford Nightstop and the county's sex worker outreach project – so that their staff "
    "know how to pass concerns about an officer's behaviour straight to the unit."
)
doc.add_paragraph(
    "A dedicated APSP intelligence officer (a DC) started on 2 November. The CCU will also run "
    "a quarterly proactive search of force systems for known risk indicators, e.g. repeated "
    "out-of-hours contact with vulnerable victims; the first was done in October. Det Supt "
    "Marsh owns this and expects it to be fully embedded by the end of June, which is also when "
    "the partner agreements get their first review."
)
doc.add_paragraph(
    "[OFFICIAL-SENSITIVE] The October search generated Operation Larkspur. Six officers and "
    "one member of police staff are under investigation for APSP; two of the officers are "
    "suspended and the IOPC has been notified in three cases. Not to appear in anything we "
    "publish."
)

doc.add_heading("Recommendation 5 – business interests and notifiable associations", level=2)
doc.add_paragraph(
    "At 20 November, 91% of officers and staff had completed this year's declaration on the "
    "new MyHR form. Line managers have been sent lists of those still outstanding."
)
doc.add_paragraph(
    "Det Supt Marsh has agreed with the Director of People that the declaration becomes a "
    "compulsory step in the annual PDR from 1 April 2027, which covers the once-a-year review. "
    "Before that, PSD's business interests officer will go through all 146 approved interests "
    "that carry conditions to check the conditions are being kept – by the end of March."
)

doc.add_heading("AFI 2 – disproportionality in vetting decisions", level=2)
doc.add_paragraph(
    "HMICFRS found the force could not tell whether refusals fell more heavily on particular "
    "groups. From this quarter the Head of Vetting will report refusal rates by ethnicity, sex "
    "and age to the IDG every quarter; the first report (July–September) goes to the December "
    "IDG."
)
doc.add_paragraph(
    "Meanwhile the Force Vetting Manager is personally reviewing every proposed refusal of an "
    "applicant from an ethnic minority background before the decision letter goes out. Once "
    "there are two quarters of data the force's Race Action Plan Board will look at it."
)

doc.add_heading("Governance", level=2)
doc.add_paragraph(
    "Inside the force the plan is tracked monthly at the IDG, chaired by the DCC, which reports "
    "to COG."
)
doc.add_paragraph(
    "For the PCC: agreed at her meeting with the Chief Executive on 17 November that vetting "
    "and counter-corruption will be a standing item at the Performance and Accountability Board "
    "on 9 February, 11 May and 10 August 2027. The DCC will attend in February to present on the "
    "backlog and on the roll-out of monitoring to mobiles."
)
doc.add_paragraph(
    "The independent Ethics and Integrity Panel has agreed to dip-sample 20 vetting files where "
    "clearance was granted with adverse information, at its March 2027 meeting, to test the new "
    "rationale records. We then report to the Police and Crime Panel on 18 March 2027."
)

doc.save(HERE / "notes.docx")
print("wrote", HERE / "notes.docx")
