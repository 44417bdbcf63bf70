"""Build report.docx and expected.yaml for fixture 26 (PEEL report on Fenmoor Police as DOCX: the
recommendation labels come ONLY from Word numbering whose level text is "Recommendation %1:" (the
label is not in the paragraph text; numbering continues from cause of concern 1 into cause of
concern 2); areas for improvement typed as a bold "AFI n" run, a tab, then the text; grades in a
table printed in sentence case).

Run: /tmp/intake-venv/bin/python make_report.py   (or /work/main/.venv/bin/python; needs python-docx)
All wording, people and figures are invented.
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
from docx.oxml import parse_xml  # noqa: E402
from docx.oxml.ns import nsdecls, qn  # noqa: E402
from docx.shared import Cm, Pt  # noqa: E402

TITLE = "PEEL 2025–2027: An inspection of Fenmoor Police"
PUBLISHED = _kit.d(2027, 1, 28)
PUBLISHED_TEXT = "28 January 2027"

GRADES = [
    ("Police powers and public treatment", "Outstanding"),
    ("Preventing crime and antisocial behaviour", "Adequate"),
    ("Responding to the public", "Inadequate"),
    ("Investigating crime", "Requires improvement"),
    ("Protecting vulnerable people", "Requires improvement"),
    ("Managing offenders and suspects", "Adequate"),
    ("Building, supporting and protecting the workforce", "Good"),
    ("Leadership and force management", "Adequate"),
]

COC = {
    "1": (
        "The force is not answering emergency and non-emergency calls quickly enough, and call "
        "handlers do not always identify callers who are vulnerable. This means that some people "
        "who need help are not getting it when they should."
    ),
    "2": (
        "The force does not supervise its investigations well enough, and victims are not always "
        "kept informed about their cases. As a result, some investigations are closed before all "
        "reasonable lines of enquiry have been followed."
    ),
}

# (id shown by Word numbering, text, deadline, cause of concern)
RECS = [
    (
        "1",
        "Within three months, the force should make sure that it has enough trained call handlers "
        "on duty at its busiest times to answer 90 percent of emergency calls within ten seconds.",
        "within three months",
        "1",
    ),
    (
        "2",
        "By March 2027, the force should make sure that call handlers use a structured risk "
        "assessment for every call and that supervisors check a sample of these assessments each "
        "month.",
        _kit.d(2027, 3, 31),
        "1",
    ),
    (
        "3",
        "Fenmoor Police should, by 31 July 2027, make sure that every investigation has a recorded "
        "supervisory review at least every 28 days that sets out the next steps.",
        _kit.d(2027, 7, 31),
        "2",
    ),
    (
        "4",
        "The force should make sure that victims are updated on the progress of their case in line "
        "with the Code of Practice for Victims of Crime, and that each update is recorded.",
        None,
        "2",
    ),
]

AFIS = {
    "1": "The force should make sure that neighbourhood officers are not taken away from their "
    "neighbourhoods so often that they cannot carry out problem-solving work.",
    "2": "The force should improve the way it records the vulnerability of people who call its "
    "non-emergency number.",
    "3": "The force should make sure that investigations are allocated to officers with the right "
    "skills and experience.",
    "4": "The force should make sure that officers understand when a diversionary outcome is "
    "appropriate and that they record the victim's views before using one.",
    "5": "The force should apply for domestic abuse protection orders whenever they are appropriate "
    "and should act on every breach.",
    "6": "The force should refer children at risk of exploitation to the multi-agency safeguarding "
    "hub more quickly.",
    "7": "The force should reduce the backlog of home visits to registered sex offenders.",
    "8": "The force should make sure that its workforce plan allows for the number of experienced "
    "investigators it expects to lose over the next three years.",
}


def add_rec_numbering(document) -> int:
    """Add an abstract numbering whose level 0 text is 'Recommendation %1:' and return a numId."""
    numbering = document.part.numbering_part.element
    abstract_id = 90
    num_id = 90
    abstract = parse_xml(
        f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{abstract_id}">'
        '<w:multiLevelType w:val="singleLevel"/>'
        '<w:lvl w:ilvl="0">'
        '<w:start w:val="1"/>'
        '<w:numFmt w:val="decimal"/>'
        '<w:suff w:val="space"/>'
        '<w:lvlText w:val="Recommendation %1:"/>'
        '<w:lvlJc w:val="left"/>'
        '<w:pPr><w:ind w:left="0" w:firstLine="0"/></w:pPr>'
        '<w:rPr><w:b/><w:color w:val="1F4E79"/></w:rPr>'
        "</w:lvl>"
        "</w:abstractNum>"
    )
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(abstract)
    else:
        numbering.append(abstract)
    numbering.append(
        parse_xml(f'<w:num {nsdecls("w")} w:numId="{num_id}"><w:abstractNumId w:val="{abstract_id}"/></w:num>')
    )
    return num_id


def build(path: str) -> dict:
    document = docx.Document()
    _kit.docx_core(document, TITLE)
    sec = document.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(2.54)
    _kit.docx_header_footer(document, "PEEL 2025–2027 | Fenmoor Police", "HMICFRS")
    rec_num = add_rec_numbering(document)
    pages = _kit.DocxPages(document)

    def para(text, style=None, weight=1.0):
        pages.count(text, weight)
        return document.add_paragraph(text, style=style)

    def heading(text, level=1):
        pages.count(text, 2)
        return document.add_heading(text, level=level)

    def afi(n):
        p = document.add_paragraph()
        r = p.add_run(f"AFI {n}")
        r.bold = True
        p.add_run("\t" + AFIS[n])
        p.paragraph_format.left_indent = Cm(1.6)
        p.paragraph_format.first_line_indent = Cm(-1.6)
        pages.count(AFIS[n])

    def grade_line(area, grade):
        p = document.add_paragraph()
        p.add_run("Grade: ").bold = True
        p.add_run(grade)
        pages.count(area)

    def rec(i):
        rid, text, _dl, _coc = RECS[i]
        p = document.add_paragraph(text)
        _kit.docx_set_num(p, rec_num)
        p.paragraph_format.space_before = Pt(6)
        pages.count(text)
        pages.tag("rec" + rid)

    # ---- page 1: cover ----
    p = document.add_paragraph()
    r = p.add_run(TITLE)
    r.font.size = Pt(26)
    r.bold = True
    pages.count(TITLE, 3)
    para("Police effectiveness, efficiency and legitimacy")
    para("Date of publication: " + PUBLISHED_TEXT)
    para("Inspection fieldwork: 8 September to 3 October 2026")
    para("His Majesty's Inspectorate of Constabulary and Fire & Rescue Services")
    pages.page_break()

    # ---- page 2: overview and grades ----
    heading("HM Inspector's overview")
    para(
        "I have concerns about how Fenmoor Police answers calls from the public and about the "
        "supervision of its investigations. In brief, the force must pick up the phone faster, "
        "spot vulnerable callers, and make sure its sergeants oversee every investigation. Both "
        "matters are the subject of causes of concern."
    )
    para(
        "We have identified two causes of concern, which carry four recommendations, and eight areas "
        "for improvement. At our last inspection in 2023 we identified seven areas for improvement; "
        "the force has addressed five of them."
    )
    para("Helen Garside, HM Inspector of Constabulary")
    heading("Our judgments", 2)
    t = document.add_table(rows=1, cols=2)
    t.style = document.styles["Table Grid"]
    t.rows[0].cells[0].text = "Area"
    t.rows[0].cells[1].text = "Grade"
    for area, grade in GRADES:
        cells = t.add_row().cells
        cells[0].text = area
        cells[1].text = grade
        pages.count(area + " " + grade)
    pages.page_break()

    # ---- page 3: causes of concern and recommendations ----
    heading("Causes of concern")
    heading("Cause of concern 1", 3)
    para(COC["1"])
    para("Recommendations", None)
    rec(0)
    rec(1)
    heading("Cause of concern 2", 3)
    para(COC["2"])
    para("Recommendations", None)
    rec(2)
    rec(3)
    pages.page_break()

    # ---- page 4 ----
    heading(GRADES[0][0])
    grade_line(*GRADES[0])
    para(
        "The force's use of stop and search is fair and well scrutinised. An external panel reviews "
        "body-worn video footage every month, and the force publishes the panel's findings."
    )
    heading(GRADES[1][0])
    grade_line(*GRADES[1])
    para(
        "Neighbourhood teams know their communities well. But officers are often moved to response "
        "duties, and problem-solving plans are then left unfinished."
    )
    afi("1")
    heading(GRADES[2][0])
    grade_line(*GRADES[2])
    para(
        "In the year to June 2026 the force answered 58 percent of emergency calls within ten "
        "seconds. Call handlers should, under the force's own policy, complete a risk assessment for "
        "every call; we found one in fewer than half the calls we reviewed."
    )
    afi("2")
    pages.page_break()

    # ---- page 5 ----
    heading(GRADES[3][0])
    grade_line(*GRADES[3])
    para(
        "Investigations were too often given to officers who lacked the training to deal with them, "
        "and supervision was inconsistent (see cause of concern 2)."
    )
    afi("3")
    afi("4")
    heading(GRADES[4][0])
    grade_line(*GRADES[4])
    para(
        "The force protects most victims of domestic abuse well at the first response. It makes "
        "less use than it could of the civil orders available to it."
    )
    afi("5")
    afi("6")
    pages.page_break()

    # ---- page 6 ----
    heading(GRADES[5][0])
    grade_line(*GRADES[5])
    para(
        "The force arrests wanted suspects promptly. Its offender managers carry high caseloads, and "
        "home visits to registered sex offenders were overdue in 112 cases."
    )
    afi("7")
    heading(GRADES[6][0])
    grade_line(*GRADES[6])
    para(
        "Wellbeing support is good, and staff told us they felt valued. Innovative practice: the "
        "force's peer-support network for call handlers has reduced sickness absence in the control "
        "room."
    )
    heading(GRADES[7][0])
    grade_line(*GRADES[7])
    para(
        "Chief Constable Sarah Whitlock and her team have a realistic view of the force's "
        "performance. The workforce plan does not yet allow for the loss of experienced "
        "investigators."
    )
    afi("8")

    _kit.docx_save(document, path)
    return pages.where


def main() -> None:
    where = build(os.path.join(HERE, "report.docx"))
    data = {
        "file": "report.docx",
        "title": TITLE,
        "published": PUBLISHED,
        "inspectorates": ["HMICFRS"],
        "type": "PEEL",
        "forces_visited": ["Fenmoor Police"],
        "fenmoor_inspected": True,
        "totals": {"recommendations": 4, "areas_for_improvement": 8, "causes_of_concern": 2},
        "recommendations": [
            _kit.rec(rid, text, dl, ["force"], coc, where["rec" + rid]) for rid, text, dl, coc in RECS
        ],
        "causes_of_concern": [{"id": k, "text": v} for k, v in COC.items()],
        "areas_for_improvement": [{"id": k, "text": v} for k, v in AFIS.items()],
        "graded_judgments": [{"area": a, "grade": g.lower()} for a, g in GRADES],
    }
    _kit.write_expected(
        HERE,
        data,
        header=(
            "Recommendation ids 1-4 come only from Word numbering (lvlText 'Recommendation %1:'); the\n"
            "paragraph text has no label. 'By March 2027' (month only) -> 2027-03-31 (see NOTES.md).\n"
            "'seven areas for improvement' at the 2023 inspection is about another report and is ignored."
        ),
    )


if __name__ == "__main__":
    main()
