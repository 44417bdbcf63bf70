"""Fixture 56: force-specific inspection of Fenmoor Police's complaint handling, commissioned by
the police and crime commissioner (HMICFRS), DOCX.

Heading styles; one unnumbered "Cause of concern" with recommendations 1 and 2 under it; labels as
a bold run at the start of the paragraph ("Recommendation 3: ", "Area for improvement 1: ");
recommendations to the force, the chief constable, the commissioner, both together, the IOPC with
the NPCC lead, and the Home Office; an annex table repeating everything. Pages are ended by
explicit page breaks. Writes report.docx and expected.yaml from the same strings.
Run: python make_report.py   (needs python-docx; /tmp/intake-venv/bin/python has it)
"""

from __future__ import annotations

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
for _cand in (os.path.join(HERE, ".."), os.path.join(HERE, "..", "..", "reports")):
    if os.path.exists(os.path.join(_cand, "_kit.py")):
        sys.path.insert(0, os.path.abspath(_cand))
        break
import _kit  # noqa: E402
from _kit import d, rec  # noqa: E402

import docx  # noqa: E402

TITLE = "An inspection of how well Fenmoor Police handles public complaints"
PUBLISHED = d(2026, 4, 16)
PUBLISHED_TEXT = "16 April 2026"
FORCE = "Fenmoor Police"

COC = (
    "Fenmoor Police does not handle complaints in a timely way. Too many complaints take more than "
    "12 months to finalise, and complainants are not kept informed of progress."
)
# (id, text, deadline, addressees, cause of concern)
RECS = [
    ("1", "By 31 July 2026, Fenmoor Police should reduce the number of complaints that have been "
     "open for more than 12 months, and put in place a plan to make sure that it finalises "
     "complaints within the timescales set out in its own policy.", d(2026, 7, 31), ["force"], "1"),
    ("2", "The chief constable should immediately make sure that every complainant is told who is "
     "handling their complaint and is updated at least every 28 days, and that each update is "
     "recorded.", "immediately", ["force"], "1"),
    ("3", "The force should, by 30 September 2026, make sure that complaint handlers in the "
     "professional standards department and in local policing areas are trained in the "
     "requirements of the statutory guidance on complaints.", d(2026, 9, 30), ["force"], None),
    ("4", "The police and crime commissioner should make sure that her office completes its reviews "
     "of complaint outcomes promptly, and that it shares what it learns from them with the force "
     "every quarter.", None, ["PCCs"], None),
    ("5", "The chief constable and the police and crime commissioner should agree, by December 2026, "
     "how information about complaints, including the time taken to finalise them, will be "
     "published for the people of Fenmoor.", d(2026, 12, 31), ["force", "PCCs"], None),
    ("6", "The IOPC should, with the NPCC lead for complaints and misconduct, update its guidance on "
     "handling complaints outside Schedule 3 of the Police Reform Act 2002, so that forces apply "
     "it consistently.", None, ["IOPC", "NPCC"], None),
    ("7", "The Home Office should consider amending the Police (Complaints and Misconduct) "
     "Regulations 2020 to set a maximum time for handling complaints that are not subject to "
     "special procedures.", None, ["Home Office"], None),
]
AFIS = [
    ("1", "The force should make sure that it records the protected characteristics of "
     "complainants, so that it can understand whether any group is less satisfied with how its "
     "complaints are handled."),
    ("2", "The force should improve the quality of its letters to complainants, so that they explain "
     "outcomes in plain language and set out the right to a review."),
    ("3", "The force should make sure that learning identified from complaints is shared with "
     "officers and staff, and that it checks whether practice has changed as a result."),
]


class Builder:
    def __init__(self):
        self.doc = docx.Document()
        self.pages = _kit.DocxPages(self.doc)

    def para(self, text: str, style: str | None = None, weight: float = 1.0):
        self.pages.count(text, weight)
        p = self.doc.add_paragraph(style=style)
        p.add_run(text)
        return p

    def labelled(self, label: str, text: str, tag: str | None = None):
        self.pages.count(label + " " + text)
        if tag:
            self.pages.tag(tag)
        p = self.doc.add_paragraph()
        r = p.add_run(label + ": ")
        r.bold = True
        p.add_run(text)
        return p

    def heading(self, text: str, level: int):
        self.pages.count(text, 2.0)
        return self.doc.add_heading(text, level=level)

    def recs(self, ids, tag=True):
        for r in RECS:
            if r[0] in ids:
                self.labelled(f"Recommendation {r[0]}", r[1], ("rec" + r[0]) if tag else None)

    def afis(self, ids):
        for i, t in AFIS:
            if i in ids:
                self.labelled(f"Area for improvement {i}", t)

    def br(self):
        self.pages.page_break()


def build(path: str) -> dict:
    b = Builder()
    _kit.docx_core(b.doc, TITLE)
    _kit.docx_header_footer(b.doc, "Fenmoor Police: handling of public complaints", "HMICFRS")
    # ---- page 1: cover -------------------------------------------------------------------
    b.para("His Majesty's Inspectorate of Constabulary and Fire & Rescue Services")
    b.pages.count(TITLE, 2.0)
    b.doc.add_paragraph(TITLE, style="Title")
    b.para("An inspection commissioned by the Police and Crime Commissioner for Fenmoor")
    b.para(f"Published {PUBLISHED_TEXT}")
    b.br()
    # ---- page 2: contents ------------------------------------------------------------------
    b.heading("Contents", 1)
    for line in ["Summary", "1. Timeliness of complaint handling", "2. The quality of complaint handling",
                 "3. Learning from complaints", "4. Reviews, transparency and the national framework",
                 "Annex A: Summary of our findings"]:
        b.para(line)
    b.br()
    # ---- page 3: summary -------------------------------------------------------------------
    b.heading("Summary", 1)
    b.heading("About this inspection", 2)
    for t in [
        "In October 2025 the Police and Crime Commissioner for Fenmoor, Priya Lockwood, asked us to "
        "inspect how well Fenmoor Police handles complaints from the public. She did so under "
        "section 54(2BA) of the Police Act 1996, after an increase in the number of complainants "
        "who had asked her office to review the outcome of their complaints.",
        "We inspected Fenmoor Police between November 2025 and January 2026. We reviewed 150 "
        "complaint files, interviewed officers and staff in the professional standards department "
        "and in local policing areas, and spoke to staff in the commissioner's office who carry out "
        "reviews.",
    ]:
        b.para(t)
    b.heading("Our findings", 2)
    for t in [
        "Complaint handlers were committed and most complaints were resolved fairly. But too many "
        "complaints took far too long to finalise, and complainants were often left without news "
        "for months. The force did not have a good enough understanding of who complains and why.",
        "We have identified one cause of concern and made seven recommendations. Five are for the "
        "force, the commissioner or both; two are for national bodies, because some of the problems "
        "we found arise from the national framework. We have also identified three areas for "
        "improvement.",
    ]:
        b.para(t)
    b.br()
    # ---- page 4: chapter 1 -------------------------------------------------------------------
    b.heading("1. Timeliness of complaint handling", 1)
    for t in [
        "At the end of December 2025, the force had 412 open complaints. Of these, 67 had been open "
        "for more than 12 months. The force's own policy says that complaints handled outside "
        "Schedule 3 should normally be finalised within 90 days; only 38 percent were.",
        "In 52 of the 150 files we reviewed, the complainant had not been updated for more than two "
        "months. Several complainants had contacted the commissioner's office because they did not "
        "know who was dealing with their complaint.",
    ]:
        b.para(t)
    b.para("Cause of concern", style="Heading 3", weight=2.0)
    b.para(COC)
    b.para("Recommendations", style="Heading 3", weight=2.0)
    b.recs({"1", "2"})
    b.br()
    # ---- page 5: chapter 2 -------------------------------------------------------------------
    b.heading("2. The quality of complaint handling", 1)
    for t in [
        "Complaint handlers in the professional standards department were well trained, but many "
        "of those in local policing areas had received no training in the statutory guidance. "
        "Their handling of complaints was more variable as a result.",
        "The force does not record the protected characteristics of complainants, and so cannot "
        "tell whether some groups are less satisfied than others. Outcome letters were often long "
        "and written in technical language, and a quarter did not explain the right to a review.",
    ]:
        b.para(t)
    b.recs({"3"})
    b.afis({"1", "2"})
    b.br()
    # ---- page 6: chapter 3 -------------------------------------------------------------------
    b.heading("3. Learning from complaints", 1)
    for t in [
        "The professional standards department publishes a quarterly learning bulletin. Officers "
        "and staff we spoke to valued it, but the force does not check whether the lessons it "
        "identifies lead to changes in practice.",
    ]:
        b.para(t)
    b.afis({"3"})
    b.br()
    # ---- page 7: chapter 4 -------------------------------------------------------------------
    b.heading("4. Reviews, transparency and the national framework", 1)
    for t in [
        "Since 2020, police and crime commissioners have been the review body for most complaints "
        "handled outside Schedule 3. The commissioner's office in Fenmoor completed most reviews "
        "within two months, but some took longer than six, and the learning from reviews was not "
        "shared with the force in a structured way.",
        "Neither the force nor the commissioner publishes information about how long complaints "
        "take. Some of the delays we found also arise from national guidance and regulations that "
        "are interpreted differently from force to force.",
    ]:
        b.para(t)
    b.recs({"4", "5", "6", "7"})
    b.br()
    # ---- page 8: annex table -----------------------------------------------------------------
    b.heading("Annex A: Summary of our findings", 1)
    rows = [("Cause of concern", COC)]
    rows += [(f"Recommendation {r[0]}", r[1]) for r in RECS]
    rows += [(f"Area for improvement {i}", t) for i, t in AFIS]
    for _, t in rows:
        b.pages.count(t, 0.75)
    table = b.doc.add_table(rows=1, cols=2)
    table.style = "Table Grid"
    table.rows[0].cells[0].text = "No."
    table.rows[0].cells[1].text = "Finding"
    for a, t in rows:
        cells = table.add_row().cells
        cells[0].text = a
        cells[1].text = t
    _kit.docx_save(b.doc, path)
    return b.pages.where


def main():
    where = build(os.path.join(HERE, "report.docx"))
    data = {
        "file": "report.docx",
        "title": TITLE,
        "published": PUBLISHED,
        "inspectorates": ["HMICFRS"],
        "type": "force-specific",
        "forces_visited": [FORCE],
        "fenmoor_inspected": True,
        "totals": {"recommendations": 7, "areas_for_improvement": 3, "causes_of_concern": 1},
        "recommendations": [rec(r[0], r[1], r[2], r[3], r[4], where["rec" + r[0]]) for r in RECS],
        "causes_of_concern": [{"id": "1", "text": COC}],
        "areas_for_improvement": [{"id": i, "text": t} for i, t in AFIS],
        "graded_judgments": [],
    }
    _kit.write_expected(
        HERE,
        data,
        "Fixture 56: force-specific inspection commissioned by the PCC. One unnumbered cause of\n"
        "concern (id 1) with recommendations 1-2; labels are bold runs followed by \": \".",
    )


if __name__ == "__main__":
    main()
