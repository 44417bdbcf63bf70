"""Fixture 32: a national thematic DOCX (firearms licensing) that someone in the OPCC has already
annotated with Word comments. Fenmoor was inspected (one of five forces).

Layout features: Word comments (w:comment in comments.xml, anchored to recommendation text, a table
cell and the summary) whose own text sounds like asks and contains dates; no tracked changes;
recommendation labels carry the audience ("Recommendation 3 – for the Home Office") in a bold
paragraph of their own, the text in the next paragraph; areas for improvement ONLY in a table with
header "No. | Area for improvement | Chapter"; the cover shows only "May 2026" and the exact date is on
page 2; a paraphrase of recommendations in the summary; applicants' "should" in findings.

Runs with /tmp/intake-venv/bin/python (python-docx 1.2 for comments). All wording is synthetic.
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
from docx.oxml.ns import qn  # noqa: E402
from docx.shared import Pt, RGBColor  # noqa: E402

TITLE = "Safe hands? An inspection of how well the police manage firearms licensing"
PUBLISHED = d(2026, 5, 21)
FORCES = ["Fenmoor Police", "Brockholt Police", "Eastwick Constabulary", "Hallam Moor Police",
          "Wyvern Vale Police"]

CH2 = "Chapter 2: Assessing applicants"
CH3 = "Chapter 3: Managing risk after a certificate is granted"
CH4 = "Chapter 4: Leadership and oversight"

RECS = [  # id, audience in label, text, deadline, addressees, chapter
    ("1", "for chief constables",
     "By 31 December 2026, chief constables should make sure that every application for a firearm or "
     "shotgun certificate is checked against local intelligence, domestic abuse records and information "
     "from the applicant's GP before a decision is made.",
     d(2026, 12, 31), ["chief constables"], CH2),
    ("2", "for chief constables",
     "Chief constables should make sure that firearms enquiry officers receive refresher training at "
     "least every two years, and should keep a record of who has completed it.",
     None, ["chief constables"], CH2),
    ("3", "for the Home Office",
     "By 31 March 2027, the Home Office should introduce a single national system for recording "
     "firearms licensing decisions, so that a force can see the decisions made by any other force about "
     "the same person.",
     d(2027, 3, 31), ["Home Office"], CH3),
    ("4", "for the College of Policing and the NPCC",
     "Within 12 months, the College of Policing, working with the NPCC lead for firearms licensing, "
     "should update its authorised professional practice on reviewing a certificate when new "
     "information about risk comes to light.",
     "within 12 months", ["College of Policing", "NPCC"], CH3),
    ("5", "for police and crime commissioners",
     "Police and crime commissioners should ask their chief constables for a report on firearms "
     "licensing performance at least once a year, and should publish a summary of it.",
     None, ["PCCs"], CH4),
]
AFIS = [
    ("1", "Forces should reduce the time taken to process renewals, so that certificates do not expire "
          "while an application is still being considered.", "2"),
    ("2", "Forces should make sure that a home visit is made in person, and not by video call, for "
          "every new application.", "2"),
    ("3", "Forces should improve how they record the reasons for granting a certificate when there is "
          "adverse information about the applicant.", "2"),
    ("4", "Forces should make better use of the medical markers that GPs place on the records of "
          "certificate holders.", "3"),
    ("5", "Forces should review how they deal with notifications that a certificate holder has been "
          "arrested or charged.", "3"),
    ("6", "Forces should make sure that their firearms licensing teams have a named senior leader who "
          "reviews the teams' performance.", "4"),
]
TOTALS = ("We make five recommendations and identify six areas for improvement. Two recommendations are "
          "for chief constables, one is for police and crime commissioners and two are for national "
          "bodies.")
PARAPHRASE = ("We want forces to check applicants more thoroughly before a certificate is granted, and we "
              "want decisions to be visible to every force through one national system.")
TRAP_SHOULD = ("Several applicants told us that the force should have told them about the delay sooner, "
               "because their certificate had expired while they were waiting.")

COMMENT_AUTHOR = "Jo Marsh (OPCC)"
COMMENT_DATE = "2026-05-27T10:15:00Z"
COMMENTS = {
    "title": "For the s55 response - due 56 days from publication. Fenmoor was one of the five forces.",
    "totals": "Summary says 5 recommendations - I count 5 in chapters 2 to 4. Six AFIs in the table.",
    "rec2": "Check with the DCC. If this is not already in place, the force should aim to finish it by "
            "31 March 2027 and report to the accountability board.",
    "afi3": "This looks like the finding from our own 2024 audit. Recommendation: ask the force for its "
            "action plan.",
}


def main() -> None:
    doc = Document()
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(11)
    docx_core(doc, TITLE)
    docx_header_footer(doc, "Safe hands? Firearms licensing", "HMICFRS")
    pg = DocxPages(doc)
    comment_objs = []

    def comment(runs, key):
        c = doc.add_comment(runs, text=COMMENTS[key], author=COMMENT_AUTHOR, initials="JM")
        c._comment_elm.set(qn("w:date"), COMMENT_DATE)
        comment_objs.append(c)

    def para(text, style=None, bold=False, weight=1.0):
        pg.count(text, weight)
        p = doc.add_paragraph(style=style)
        r = p.add_run(text)
        if bold:
            r.bold = True
        return p

    def heading(text, level):
        pg.count(text, 2.0)
        return doc.add_heading(text, level)

    def recommendation(rid, audience, text):
        pg.count(text, 1.0)
        lab = doc.add_paragraph()
        run = lab.add_run(f"Recommendation {rid} \u2013 {audience}")
        run.bold = True
        run.font.color.rgb = RGBColor(0x00, 0x4B, 0x6B)
        pg.tag(rid)
        p = doc.add_paragraph(text)
        p.paragraph_format.left_indent = Pt(14)
        return p

    # ---- page 1: cover
    t = para("Safe hands?", style="Title")
    comment(t.runs, "title")
    para("An inspection of how well the police manage firearms licensing", style="Subtitle")
    para("His Majesty's Inspectorate of Constabulary and Fire & Rescue Services")
    para("May 2026")
    pg.page_break()
    # ---- page 2: publication details + contents
    heading("Publication details", 1)
    para("Publication date: 21 May 2026")
    para("Fieldwork: November 2025 to February 2026")
    heading("Contents", 1)
    for line in ["Summary", "Chapter 1: About this inspection", CH2, CH3, CH4, "Areas for improvement"]:
        para(line)
    pg.page_break()
    # ---- page 3: summary
    heading("Summary", 1)
    para("A firearm or shotgun certificate allows a person to keep a weapon that could kill. The public "
         "rightly expects the police to take great care before granting one, and to act quickly when "
         "circumstances change.")
    para(PARAPHRASE)
    p = para(TOTALS)
    comment(p.runs, "totals")
    pg.page_break()
    # ---- page 4: chapter 1
    heading("Chapter 1: About this inspection", 1)
    para("We inspected five forces: " + ", ".join(FORCES[:-1]) + " and " + FORCES[-1] + ". In each force "
         "we examined a sample of files, interviewed staff and leaders, and spoke to certificate holders "
         "and to shooting organisations.")
    para("We examined 250 licensing files, 50 in each force, covering grants, renewals, refusals and "
         "revocations.")
    pg.page_break()
    # ---- page 5: chapter 2
    heading(CH2, 1)
    para("In most files the checks required by statutory guidance had been made. But the quality of "
         "the checks varied, and in 31 of the 250 files relevant information held by the force itself "
         "had not been considered.")
    para(TRAP_SHOULD)
    for r in RECS:
        if r[5] == CH2:
            p = recommendation(r[0], r[1], r[2])
            if r[0] == "2":
                comment(p.runs, "rec2")
    pg.page_break()
    # ---- page 6: chapter 3
    heading(CH3, 1)
    para("Once a certificate was granted, forces relied mainly on other people to tell them about new "
         "risks. Notifications from GPs were handled well in two forces and inconsistently in the others.")
    for r in RECS:
        if r[5] == CH3:
            recommendation(r[0], r[1], r[2])
    pg.page_break()
    # ---- page 7: chapter 4
    heading(CH4, 1)
    para("Firearms licensing rarely featured in the performance meetings of the forces we inspected, "
         "and police and crime commissioners received little information about it.")
    for r in RECS:
        if r[5] == CH4:
            recommendation(r[0], r[1], r[2])
    pg.page_break()
    # ---- page 8: AFI table
    heading("Areas for improvement", 1)
    para("The table below lists the areas for improvement we identified and the chapter in which the "
         "evidence for each can be found.")
    table = doc.add_table(rows=1, cols=3)
    table.style = "Table Grid"
    hdr = table.rows[0].cells
    for cell, txt in zip(hdr, ["No.", "Area for improvement", "Chapter"]):
        cell.paragraphs[0].add_run(txt).bold = True
    for aid, text, chap in AFIS:
        pg.count(text)
        cells = table.add_row().cells
        cells[0].paragraphs[0].add_run(aid)
        r = cells[1].paragraphs[0].add_run(text)
        cells[2].paragraphs[0].add_run(chap)
        if aid == "3":
            comment([r], "afi3")
    for row in table.rows:
        row.cells[0].width = Pt(40)
        row.cells[1].width = Pt(340)
        row.cells[2].width = Pt(60)

    out = HERE / "report.docx"
    docx_save(doc, str(out))

    data = {
        "file": "report.docx",
        "title": TITLE,
        "published": PUBLISHED,
        "inspectorates": ["HMICFRS"],
        "type": "national thematic",
        "forces_visited": FORCES,
        "fenmoor_inspected": True,
        "totals": {"recommendations": 5, "areas_for_improvement": 6, "causes_of_concern": None},
        "recommendations": [rec(r[0], r[2], r[3], r[4], None, pg.where[r[0]]) for r in RECS],
        "causes_of_concern": [],
        "areas_for_improvement": [{"id": a, "text": t} for a, t, _c in AFIS],
        "graded_judgments": [],
    }
    write_expected(str(HERE), data, header=(
        "Word comments (author Jo Marsh (OPCC)) are annotations, not report text: the 'should ... by\n"
        "31 March 2027' and 'Recommendation: ask the force ...' inside them are not recommendations, and\n"
        "their counts are not the report's totals. The label's audience ('\u2013 for the Home Office')\n"
        "is not part of the text. Title = cover 'Safe hands?' + subtitle; published = page 2 date.\n"
        "Rec 4 'within 12 months' kept as words. AFIs only in the 'No. | Area for improvement |\n"
        "Chapter' table (ids from the No. column)."
    ))
    print(f"wrote {out} ({pg.page} pages, {len(comment_objs)} comments)")


if __name__ == "__main__":
    main()
