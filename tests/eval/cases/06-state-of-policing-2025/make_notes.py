"""Builds notes.docx: the OPCC's working notes (prose, no table) on the State of Policing 2025 recommendations."""

from docx import Document
from docx.shared import Pt, RGBColor

doc = Document()
style = doc.styles["Normal"]
style.font.name = "Arial"
style.font.size = Pt(11)

section = doc.sections[0]
section.header.paragraphs[0].text = "OFFICIAL (paragraphs marked OFFICIAL-SENSITIVE are not for publication)"
section.footer.paragraphs[0].text = "OPCC Fenmoor – Policy & Scrutiny – working notes v2 – 24/11/2026"


def para(text, bold_prefix=None, sensitive=False):
    p = doc.add_paragraph()
    if sensitive:
        r = p.add_run("[OFFICIAL-SENSITIVE] ")
        r.bold = True
        r.font.color.rgb = RGBColor(0xC0, 0x00, 0x00)
    if bold_prefix:
        r = p.add_run(bold_prefix)
        r.bold = True
    p.add_run(text)
    return p


doc.add_heading(
    "State of Policing 2025 (HMCI annual assessment) – local position against the recommendations", level=1
)
para(
    "Published 27/10/2026. s55 response due 21/12/2026. Notes for drafting the PCC's response – compiled by OPCC Policy Officer from force leads' returns and SPIL tracker."
)

doc.add_heading("General / whole report", level=2)
para(
    "HMCI's annual assessment under s54(4A). Covers the 2025/26 inspection year across all 43 forces, so it draws on our own PEEL (published 09/04/26) and the Fenmoor custody inspection. 5 recommendations, ALL for Government / national bodies (Home Office on 1, 3 and 5 – 3 jointly with the College, 5 jointly with NPCC; Government on 2; DHSC/NHS England with HO on 4). Nothing addressed to chief constables or PCCs."
)
para("CC's comments received 20/11 – in the file.")
para(
    "Approach agreed with Jane (CEx) 12/11: go theme by theme and give the local position under each rec even though they're national. Keep it short-ish; last year's was too long."
)
para(
    "Governance: all 5 logged on force HMICFRS tracker as 'National – monitor'. SPIL own the log. Local actions below reviewed quarterly at PCC's Performance & Accountability Board (PAB) – next one 26/01/27. PCC's annual inspections report to Police and Crime Panel 28/01/27 – this response to be included."
)
para(
    "Investment: 2026/27 precept funded 20 additional PCSOs for neighbourhood teams – all 20 in post by 30/09/26. OPCC also co-funds the Harnmouth street triage car (see Rec 4)."
)

doc.add_heading("Recommendation 1 – Multi-year funding settlement (Home Office)", level=2)
para(
    "Obviously national. Local: PCC wrote to the Policing Minister 15/11/26 backing a settlement of at least three years and asking for certainty on capital funding; also co-signed the APCC joint letter. MTFS 2027/28–2030/31 being rebuilt on single-year assumptions, goes to the Panel with the precept proposal."
)
para("OPCC Chief Finance Officer (Mark Ellery)", bold_prefix="Lead: ")
para("04/02/2027 (Panel precept meeting)", bold_prefix="By: ")
para(
    "Draft MTFS gap for 27/28 is £6.8m before savings. Savings options ('Project Ledger') include closing the Otterby front counter. NOT for publication before Panel papers are released.",
    sensitive=True,
)

doc.add_heading("Recommendation 2 – Power for HMCI to direct a chief constable (Government)", level=2)
para(
    "Legislation to let HMCI direct a CC where a cause of concern hasn't been dealt with. Nothing we can do locally. PCC's view (briefing 18/11): supports it in principle, but any new power has to sit alongside the PCC's duty to hold the CC to account and not cut across it (Policing Protocol). Will respond to the Home Office consultation through the APCC when it comes out."
)

doc.add_heading(
    "Recommendation 3 – National neighbourhood policing standard (Home Office / College of Policing)", level=2
)
para(
    "Force is already running its Neighbourhood Policing Review, which ACC Local Policing (ACC Helen Marsh) is leading. New abstraction rule from 01/07/26: neighbourhood officers and PCSOs abstracted for no more than 10% of their shifts, monitored monthly at Local Policing Board. September came in at 14% (summer events + port ops in Harnmouth). Every ward to have a named officer and PCSO published on the force website – done for Harnmouth and Brackenford in October, Wexcombe and Otterby due Jan. Review will be mapped to the national standard once the College publishes it."
)
para("30/04/2027", bold_prefix="By: ")

doc.add_heading(
    "Recommendation 4 – 24-hour health response to mental health crisis (DHSC / NHS England with Home Office)",
    level=2,
)
para(
    "Right Care, Right Person is live in Fenmoor: phase 1 (concern for welfare calls) from 03/03/26, phase 2 (AWOL patients and s136 handovers at hospital) from 01/09/26. Partnership agreement signed with Fenmoor ICB and the mental health trust. OPCC co-funds the Harnmouth street triage car – £60k in 26/27, ICB matches. Joint review of phase 2 with the ICB to be done by end of March 2027, then decide on phase 3."
)
para("Supt Partnerships & Mental Health (Supt Ade Bello)", bold_prefix="Lead: ")

doc.add_heading(
    "Recommendation 5 – National workforce data standard and retention plan (Home Office / NPCC)", level=2
)
para(
    "Force People Strategy 2026–29. Exit interviews now offered to every leaver – completion 78% in Q2 26/27 (was 41% in Q4 25/26). 'Stay conversations' at 2 and 5 years' service started Sept. Detective pathway refreshed. Force will adopt the national workforce data standard when it's issued."
)
para("Director of People", bold_prefix="Lead: ")
para("TBC – depends on the national timetable", bold_prefix="By: ")
para(
    "Detective capacity: 47 DC vacancies force-wide; Harnmouth CID at 68% of establishment; PPU using 6 officers on overtime backfill. Not for release.",
    sensitive=True,
)

doc.save("notes.docx")
print("wrote notes.docx")
