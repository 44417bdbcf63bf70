"""Build report.docx and expected.yaml for fixture 25 (national thematic DOCX: recommendation
labels in a custom paragraph style "Rec Heading" (not a Heading style, not bold); the national
recommendations appear ONLY in a two-column table with no header row (id | text); an annex repeats
all seven in another header-less table; a quoted recommendation from an earlier report).

Run: /tmp/intake-venv/bin/python make_report.py   (or /work/main/.venv/bin/python; needs python-docx)
All wording, forces, people and figures are invented.
"""

from __future__ import annotations

import os
import sys

sys.dont_write_bytecode = True  # do not leave __pycache__ beside _kit.py
HERE = os.path.dirname(os.path.abspath(__file__))
for _cand in (os.path.dirname(HERE), os.path.join(os.path.dirname(HERE), "..", "reports")):
    if os.path.exists(os.path.join(_cand, "_kit.py")):
        sys.path.insert(0, os.path.abspath(_cand))
        break
import _kit  # noqa: E402

import docx  # noqa: E402
from docx.enum.style import WD_STYLE_TYPE  # noqa: E402
from docx.shared import Cm, Pt, RGBColor  # noqa: E402

TITLE = "Fit to drive? An inspection of how the police deal with drivers who may be medically unfit to drive"
PUBLISHED = _kit.d(2026, 11, 26)
PUBLISHED_TEXT = "26 November 2026"
FORCES = ["Kingsmere Police", "Fenmoor Police", "Bradwell Constabulary", "Tamsford Police"]

R = {
    "1": (
        "By 30 June 2027, chief constables should make sure that officers who stop a driver they "
        "suspect of having poor eyesight carry out the roadside number plate test and record the "
        "result, whether or not they take further action.",
        _kit.d(2027, 6, 30),
        ["chief constables"],
    ),
    "2": (
        "Within six months, chief constables should make sure that their control rooms know how to "
        "contact the Driver and Vehicle Licensing Agency urgently, so that an officer's report that a "
        "driver is unfit to drive can be acted on the same day.",
        "within six months",
        ["chief constables"],
    ),
    "3": (
        "Chief constables, police and crime commissioners and the local authorities in each road "
        "safety partnership should review how the partnership spends the income from driver "
        "awareness courses, to see whether some of it could help older drivers to check their "
        "fitness to drive.",
        None,
        ["chief constables", "PCCs", "local authorities"],
    ),
    "4": (
        "Chief constables should, by the end of December 2027, make sure that collision "
        "investigators check the medical history of any driver involved in a fatal or serious injury "
        "collision, where the law allows, and pass any concern to the Driver and Vehicle Licensing "
        "Agency.",
        _kit.d(2027, 12, 31),
        ["chief constables"],
    ),
    "5": (
        "The Department for Transport, working with the Home Office, should consider whether the law "
        "should require drivers to pass a sight test when they renew their licence at the age of 70 "
        "and every three years after that.",
        None,
        ["other", "Home Office"],
    ),
    "6": (
        "By 31 March 2028, the Driver and Vehicle Licensing Agency should give police forces direct "
        "electronic access to the medical notification status of a licence holder.",
        _kit.d(2028, 3, 31),
        ["other"],
    ),
    "7": (
        "The College of Policing should include the assessment of a driver's fitness to drive in its "
        "initial and refresher roads policing training.",
        None,
        ["College of Policing"],
    ),
}

OLD_REC = (
    "\u201cBy 30 June 2024, chief constables should make sure that every roads policing officer is "
    "trained to carry out the roadside eyesight test.\u201d"
)


def build(path: str) -> dict:
    document = docx.Document()
    _kit.docx_core(document, TITLE)
    sec = document.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(2.54)
    _kit.docx_header_footer(document, "Fit to drive? | HMICFRS", "HMICFRS")

    st = document.styles.add_style("Rec Heading", WD_STYLE_TYPE.PARAGRAPH)
    st.base_style = document.styles["Normal"]
    st.font.size = Pt(12)
    st.font.italic = True
    st.font.bold = False
    st.font.color.rgb = RGBColor(0x1F, 0x4E, 0x79)
    st.paragraph_format.space_before = Pt(10)
    st.paragraph_format.space_after = Pt(2)
    st.paragraph_format.keep_with_next = True
    rt = document.styles.add_style("Rec Text", WD_STYLE_TYPE.PARAGRAPH)
    rt.base_style = document.styles["Normal"]
    rt.paragraph_format.left_indent = Cm(0.6)
    rt.font.color.rgb = RGBColor(0x1F, 0x4E, 0x79)

    pages = _kit.DocxPages(document)

    def para(text, style=None, weight=1.0):
        pages.count(text, weight)
        return document.add_paragraph(text, style=style)

    def heading(text, level=1):
        pages.count(text, 2)
        return document.add_heading(text, level=level)

    def rec_inline(rid):
        para(f"Recommendation {rid}", "Rec Heading")
        para(R[rid][0], "Rec Text")
        pages.tag(rid)

    def table(ids):
        t = document.add_table(rows=0, cols=2)
        t.style = document.styles["Table Grid"]
        for rid in ids:
            cells = t.add_row().cells
            cells[0].text = rid
            cells[1].text = R[rid][0]
            cells[0].width = Cm(1.5)
            cells[1].width = Cm(14.4)
            pages.count(R[rid][0], 1.2)
            pages.tag(rid)
        return t

    # ---- page 1: cover ----
    document.add_paragraph("His Majesty's Inspectorate of Constabulary and Fire & Rescue Services")
    p = document.add_paragraph()
    r = p.add_run(TITLE)
    r.font.size = Pt(24)
    r.bold = True
    pages.count(TITLE, 3)
    para("Published " + PUBLISHED_TEXT)
    para("A national thematic inspection")
    pages.page_break()

    # ---- page 2: contents and summary ----
    heading("Contents")
    for line in (
        "Summary",
        "1. Eyesight at the roadside",
        "2. Telling the DVLA",
        "3. Road safety partnerships and older drivers",
        "4. Serious collisions",
        "5. Recommendations for national bodies",
        "Annex A: Summary of recommendations",
    ):
        para(line)
    heading("Summary")
    para(
        "Most drivers stop driving when they should. Some do not, and the police are often the "
        "first to find out, at the roadside or after a collision. We inspected "
        + ", ".join(FORCES[:-1])
        + " and "
        + FORCES[-1]
        + " to see how well officers recognise and deal with drivers whose eyesight or health may "
        "make them unsafe."
    )
    para(
        "Put simply, officers need to test eyesight at the roadside every time they suspect a "
        "problem, and the DVLA needs to hear about unsafe drivers the same day. That is the heart "
        "of this report."
    )
    para(
        "We make seven recommendations. Four are for chief constables (one of them shared with "
        "police and crime commissioners and local authorities) and three are for national bodies."
    )
    pages.page_break()

    # ---- page 3: chapter 1 ----
    heading("1. Eyesight at the roadside")
    para(
        "The roadside number plate test is simple: a driver who cannot read a number plate at 20 "
        "metres in good daylight is committing an offence. Yet in the four forces we inspected, the "
        "result of the test was recorded in only 38 of the 96 cases we reviewed where officers had "
        "noted a concern about eyesight."
    )
    para(
        "We have raised this before. In our 2023 report on roads policing, Driving down harm, we "
        "recommended:"
    )
    para(OLD_REC, "Quote")
    para(
        "Training has improved since then, but recording has not. Officers told us they should "
        "record the test even when the driver passes it, but that the form did not prompt them to."
    )
    rec_inline("1")
    pages.page_break()

    # ---- page 4: chapter 2 ----
    heading("2. Telling the DVLA")
    para(
        "Drivers should tell the Driver and Vehicle Licensing Agency (DVLA) about any medical "
        "condition that affects their driving. Many do not. When an officer finds a driver who is "
        "clearly unfit, the officer can notify the DVLA directly, and the DVLA can revoke the "
        "licence quickly."
    )
    para(
        "In practice, officers did not know how to do this out of office hours. In Tamsford Police, "
        "notifications were emailed to a general mailbox that was checked twice a week. Bradwell "
        "Constabulary had an arrangement with the DVLA for urgent cases, which worked well."
    )
    rec_inline("2")
    pages.page_break()

    # ---- page 5: chapters 3 and 4 ----
    heading("3. Road safety partnerships and older drivers")
    para(
        "Each force area has a road safety partnership. Partnerships in Kingsmere and Fenmoor run "
        "free voluntary driving assessments for older drivers, funded from the income of driver "
        "awareness courses. The other two partnerships did not."
    )
    rec_inline("3")
    heading("4. Serious collisions")
    para(
        "After a fatal or serious injury collision, collision investigators examine the vehicles and "
        "the scene thoroughly. They looked at the driver's medical history in fewer than one in five "
        "of the cases we reviewed."
    )
    rec_inline("4")
    pages.page_break()

    # ---- page 6: national recommendations (table only) ----
    heading("5. Recommendations for national bodies")
    para(
        "Some of the problems we found can only be solved nationally. Our recommendations for "
        "national bodies are in the table below."
    )
    table(["5", "6", "7"])
    para(
        "We will ask each of these bodies to tell us within six months what it has done in "
        "response."
    )
    pages.page_break()

    # ---- page 7: annex ----
    heading("Annex A: Summary of recommendations")
    para("The table repeats every recommendation in this report, in number order.")
    table(["1", "2", "3", "4", "5", "6", "7"])

    _kit.docx_save(document, path)
    return pages.where


def main() -> None:
    where = build(os.path.join(HERE, "report.docx"))
    data = {
        "file": "report.docx",
        "title": TITLE,
        "published": PUBLISHED,
        "inspectorates": ["HMICFRS"],
        "type": "national thematic",
        "forces_visited": FORCES,
        "fenmoor_inspected": True,
        "totals": {"recommendations": 7, "areas_for_improvement": None, "causes_of_concern": None},
        "recommendations": [
            _kit.rec(rid, text, dl, to, None, where[rid]) for rid, (text, dl, to) in R.items()
        ],
        "causes_of_concern": [],
        "areas_for_improvement": [],
        "graded_judgments": [],
    }
    _kit.write_expected(
        HERE,
        data,
        header=(
            "Recommendations 5-7 appear only in header-less two-column tables (id | text).\n"
            "'by the end of December 2027' -> 2027-12-31. Department for Transport and DVLA -> other;\n"
            "the DVLA mentioned as a partner in recommendations 2 and 4 is not an addressee.\n"
            "The quoted 2023 recommendation (Driving down harm) is not a recommendation of this report."
        ),
    )


if __name__ == "__main__":
    main()
