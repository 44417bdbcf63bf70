"""Fixture 31: a force-specific DOCX inspection of Fenmoor Police (calls for service).

Layout features: recommendation ids "R1a", "R1b", "R2", "R3" as a bold run followed by a tab and
the text in the same paragraph; two causes of concern whose recommendations are labelled
"Cause of concern 1 – recommendation 1" (bold paragraph of its own, en dash), numbering continuing
across the causes of concern (CoC 2 holds recommendation 3); R1a/R1b split one recommendation by
addressee (force / PCC); "the chief constable" (singular, this force) -> force; a quoted 2023
recommendation with its status; areas for improvement as "AFI n –" runs; cover in Title/Subtitle
styles with the date on the cover. Pages are counted by explicit page breaks.

Runs with /tmp/intake-venv/bin/python or the project venv (python-docx). All wording is synthetic.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
for _p in (HERE.parent, HERE.parent.parent / "reports"):
    if (_p / "_kit.py").exists():
        sys.path.insert(0, str(_p))
        break
from _kit import DocxPages, d, docx_core, docx_header_footer, docx_save, rec, write_expected  # noqa: E402

from docx import Document  # noqa: E402
from docx.shared import Pt, RGBColor  # noqa: E402

TITLE = "Answering the call: An inspection of how Fenmoor Police responds to calls for service"
PUBLISHED = d(2026, 3, 12)

R_RECS = [  # id, text, deadline, addressees, chapter key
    ("R1a",
     "By 31 May 2026, Fenmoor Police should make sure that its control room has enough call handlers on "
     "duty between 4pm and midnight to answer 90 per cent of 999 calls within 10 seconds.",
     d(2026, 5, 31), ["force"], "ch1"),
    ("R1b",
     "By 31 May 2026, the police and crime commissioner for Fenmoor should satisfy herself that the "
     "force has the funding and the workforce plan it needs to meet recommendation R1a.",
     d(2026, 5, 31), ["PCCs"], "ch1"),
    ("R2",
     "Within 6 months, the force should introduce a consistent way of telling callers how long they are "
     "likely to wait for an officer to attend.",
     "within 6 months", ["force"], "ch2"),
    ("R3",
     "The chief constable and the police and crime commissioner should jointly review how the force's "
     "response plan and the police and crime plan describe expected attendance times in rural areas.",
     None, ["force", "PCCs"], "ch2"),
]
COCS = [
    ("1",
     "The force does not always identify vulnerable callers when it first assesses a call, and it does "
     "not always review the risk when a response is delayed. This means that some vulnerable people wait "
     "too long for help."),
    ("2",
     "The force and its partners do not have effective arrangements for responding to calls about "
     "people in mental health crisis. As a result, officers spend long periods with people who need "
     "health care rather than police help."),
]
COC_RECS = [  # id, coc, text, deadline, addressees
    ("1", "1",
     "By 30 April 2026, the force should make sure that call handlers use a structured risk assessment "
     "for every call that is not resolved at first contact.",
     d(2026, 4, 30), ["force"]),
    ("2", "1",
     "By 30 June 2026, the force should introduce a process to review the risk in every incident graded "
     "for attendance within one hour where no officer has been sent once that hour has passed.",
     d(2026, 6, 30), ["force"]),
    ("3", "2",
     "Fenmoor Police and Fenmoor County Council should, by 30 November 2026, agree a joint protocol with "
     "health partners for responding to people in mental health crisis.",
     d(2026, 11, 30), ["force", "local authorities"]),
]
AFIS = [
    ("1", "The force should improve how it records the reasons for downgrading the priority of an incident."),
    ("2", "The force should make sure that callers who are waiting for attendance are contacted again if "
          "the time they were given passes."),
    ("3", "The force should improve the quality of its call-handling audits so that they identify "
          "learning for individual members of staff."),
]
TOTALS = ("We have identified two causes of concern, and we make seven recommendations in total: four "
          "general recommendations and three that address the causes of concern. We also identify three "
          "areas for improvement.")
PARAPHRASE = ("In short, the force needs more call handlers in the evening, a firmer grip on risk when "
              "attendance is delayed, and a better joint response with health services.")
TRAP_SHOULD = ("Some call handlers felt that the force should return to having a mental health nurse in "
               "the control room, as it did until 2024.")
OLD_REC = ("\u201cBy March 2024, the force should improve how quickly it answers 101 calls.\u201d")


def main() -> None:
    doc = Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(11)
    docx_core(doc, TITLE)
    docx_header_footer(doc, "Answering the call - Fenmoor Police", "HMICFRS")
    pg = DocxPages(doc)

    def para(text, style=None, bold=False, weight=1.0):
        pg.count(text, weight)
        p = doc.add_paragraph(style=style)
        r = p.add_run(text)
        r.bold = bold or None
        return p

    def heading(text, level):
        pg.count(text, 2.0)
        return doc.add_heading(text, level)

    def r_rec(rid, text):
        pg.count(text)
        pg.tag(rid)
        p = doc.add_paragraph()
        lab = p.add_run(rid)
        lab.bold = True
        lab.font.color.rgb = RGBColor(0x1D, 0x35, 0x57)
        p.add_run("\t")
        p.add_run(text)
        p.paragraph_format.left_indent = Pt(36)
        p.paragraph_format.first_line_indent = Pt(-36)
        return p

    # ---- page 1: cover
    para("Answering the call:", style="Title")
    para("An inspection of how Fenmoor Police responds to calls for service", style="Subtitle")
    para("His Majesty's Inspectorate of Constabulary and Fire & Rescue Services")
    para("Published: 12 March 2026")
    pg.page_break()
    # ---- page 2: contents + about
    heading("Contents", 1)
    for line in ["Summary", "Chapter 1: Answering calls", "Chapter 2: Attending incidents",
                 "Causes of concern", "Areas for improvement", "Progress since our last inspection"]:
        para(line)
    heading("About this inspection", 1)
    para("This inspection was carried out at the request of the Home Secretary as part of a programme "
         "looking at how forces respond to calls for service. We visited Fenmoor Police in October and "
         "November 2025. We thank Chief Constable Sarah Whitlock and the officers and staff of the force "
         "for their help.")
    pg.page_break()
    # ---- page 3: summary
    heading("Summary", 1)
    para("Fenmoor Police answers most emergency calls quickly during the day. In the evening, when demand "
         "is highest, too many callers wait too long, and the force does not always check on people whose "
         "wait has gone beyond the time they were promised.")
    para(PARAPHRASE)
    para(TOTALS)
    pg.page_break()
    # ---- page 4: chapter 1
    heading("Chapter 1: Answering calls", 1)
    heading("Emergency calls", 2)
    para("Between April and September 2025, the force answered 84 per cent of 999 calls within 10 "
         "seconds. Between 4pm and midnight the figure fell to 71 per cent.")
    para("The force's own workforce plan shows that the control room has been below its funded number "
         "of call handlers for most of the past two years.")
    heading("Our recommendations on answering calls", 2)
    for r in R_RECS:
        if r[4] == "ch1":
            r_rec(r[0], r[1])
    pg.page_break()
    # ---- page 5: chapter 2
    heading("Chapter 2: Attending incidents", 1)
    para("When an incident is graded for attendance within one hour, officers arrived in time in 62 per "
         "cent of cases. In rural parts of the county, the figure was lower.")
    para(TRAP_SHOULD)
    para("Callers told us that not knowing how long they would wait was more frustrating than the wait "
         "itself.")
    heading("Our recommendations on attending incidents", 2)
    for r in R_RECS:
        if r[4] == "ch2":
            r_rec(r[0], r[1])
    pg.page_break()
    # ---- pages 6-7: causes of concern
    for ci, (cid, ctext) in enumerate(COCS):
        heading("Causes of concern" if ci == 0 else "Causes of concern (continued)", 1)
        heading(f"Cause of concern {cid}", 2)
        para(ctext)
        for rid, coc, text, _dl, _ad in COC_RECS:
            if coc != cid:
                continue
            para(f"Cause of concern {cid} \u2013 recommendation {rid}", bold=True)
            pg.tag(f"coc{rid}")
            para(text)
        pg.page_break()
    # ---- page 8: AFIs and the 2023 recommendation
    heading("Areas for improvement", 1)
    for aid, text in AFIS:
        pg.count(text)
        p = doc.add_paragraph()
        p.add_run(f"AFI {aid} \u2013 ").bold = True
        p.add_run(text)
    heading("Progress since our last inspection", 1)
    para("In our 2023 PEEL inspection of Fenmoor Police we recommended:")
    q = para(OLD_REC)
    q.paragraph_format.left_indent = Pt(24)
    para("Status: not met. The force's 101 answer times have improved, but not enough to meet the "
         "standard it set itself.")

    out = HERE / "report.docx"
    docx_save(doc, str(out))

    recs = [rec(r[0], r[1], r[2], r[3], None, pg.where[r[0]]) for r in R_RECS]
    # Order as they appear: R1a, R1b, R2, R3 (pages 4-5), then 1, 2, 3 (pages 6-7)
    recs += [rec(r[0], r[2], r[3], r[4], r[1], pg.where[f"coc{r[0]}"]) for r in COC_RECS]
    data = {
        "file": "report.docx",
        "title": TITLE,
        "published": PUBLISHED,
        "inspectorates": ["HMICFRS"],
        "type": "force-specific",
        "forces_visited": ["Fenmoor Police"],
        "fenmoor_inspected": True,
        "totals": {"recommendations": 7, "areas_for_improvement": 3, "causes_of_concern": 2},
        "recommendations": recs,
        "causes_of_concern": [{"id": c, "text": t} for c, t in COCS],
        "areas_for_improvement": [{"id": a, "text": t} for a, t in AFIS],
        "graded_judgments": [],
    }
    write_expected(str(HERE), data, header=(
        "Ids: 'R1a' etc. as printed; 'Cause of concern 1 \u2013 recommendation 2' -> id '2' with\n"
        "cause_of_concern '1' (numbering continues across causes of concern, so ids stay unique).\n"
        "'the chief constable' (singular, this force's) -> force; 'the police and crime commissioner\n"
        "for Fenmoor' -> PCCs; Fenmoor County Council -> local authorities; health partners are not\n"
        "addressees. Title = cover 'Answering the call:' + subtitle. Traps: the 2023 quoted\n"
        "recommendation with its status, the summary paraphrase, call handlers' 'should' (findings)."
    ))
    print(f"wrote {out} ({pg.page} pages)")


if __name__ == "__main__":
    main()
