"""Fixture 38: force-specific child protection inspection of Fenmoor Police (HMICFRS), Word document.

Layout features: no recommendation has a label or number anywhere - each is an ordinary Normal
paragraph starting "We recommend that, by <date>, ..." (or "within three months", "immediately",
or with the deadline at the end), placed after the findings of its chapter, and the last one sits
under its own heading for the police and crime commissioner; areas for improvement lettered (a)-(e)
ONLY by Word numbering (numFmt lowerLetter, lvlText "(%1)") under one heading; a typed (a)-(c) list
of strengths that are not areas for improvement; a 2019 recommendation restated in the past tense
("In 2019 we recommended that, within six months, ..."); the council's own "We will" commitment;
"We have not identified any causes of concern".

Run: python3 make_report.py  (python-docx; /tmp/intake-venv/bin/python or the project venv)
"""
from __future__ import annotations

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
for _cand in (os.path.dirname(HERE), os.path.join(os.path.dirname(HERE), "..", "reports")):
    if os.path.exists(os.path.join(_cand, "_kit.py")):
        sys.path.insert(0, os.path.abspath(_cand))
        break
import _kit  # noqa: E402
from _kit import DocxPages, d, norm, rec  # noqa: E402

import docx  # noqa: E402
from docx.oxml import parse_xml  # noqa: E402
from docx.oxml.ns import nsdecls, qn  # noqa: E402
from docx.shared import Pt, RGBColor  # noqa: E402

TITLE = "National child protection inspection: Fenmoor Police"
PUBLISHED = d(2026, 5, 7)
PUBLISHED_TEXT = "7 May 2026"

RECS = [
    ("1", "We recommend that, by 31 August 2026, Fenmoor Police makes sure that every child who is reported "
          "missing three or more times in 90 days is discussed at a multi-agency meeting and has a safety "
          "plan that is reviewed after each further episode.",
     d(2026, 8, 31), ["force"]),
    ("2", "We recommend that, within three months, the force reviews how its control room assesses calls "
          "about children at risk, so that each child's own views and circumstances are recorded and used "
          "when deciding how quickly to attend.",
     "within three months", ["force"]),
    ("3", "We recommend that Fenmoor Police immediately stops holding children in custody overnight after "
          "charge because the local authority has not provided accommodation, unless a superintendent has "
          "recorded why no alternative was possible and has informed Fenmoor County Council's director of "
          "children's services.",
     "immediately", ["force"]),
    ("4", "We recommend that Fenmoor Police and Fenmoor County Council agree and publish a joint protocol for "
          "sharing information about children at risk of criminal exploitation, including how that "
          "information will be used in the multi-agency safeguarding hub, by 30 November 2026.",
     d(2026, 11, 30), ["force", "local authorities"]),
    ("5", "We recommend that the police and crime commissioner for Fenmoor uses her commissioning budget to "
          "provide an independent advocacy service for children who have been exploited, and reports to the "
          "Fenmoor Police and Crime Panel on the use of the service by March 2027.",
     d(2027, 3, 31), ["PCCs"]),
]
AFIS = [
    ("a", "The force should make sure that officers record the views and feelings of children they meet "
          "at domestic abuse incidents."),
    ("b", "The force should make sure that information from return home interviews is added to police "
          "systems within 72 hours."),
    ("c", "The force should make sure that its child abuse investigation teams have enough trained "
          "detectives to manage their caseloads."),
    ("d", "The force should review its use of police protection powers so that they are used only when "
          "necessary and children are taken to suitable accommodation."),
    ("e", "The force should make sure that schools are told about children present at domestic abuse "
          "incidents before the start of the next school day."),
]
STRENGTHS = [
    "(a) Officers in the multi-agency safeguarding hub had good working relationships with social workers.",
    "(b) The force's missing persons coordinators knew the children who went missing most often.",
    "(c) Leaders had invested in training on child criminal exploitation for all frontline officers.",
]

doc = docx.Document()
_kit.docx_core(doc, TITLE)
doc.styles["Normal"].font.name = "Calibri"
doc.styles["Normal"].font.size = Pt(11)
pages = DocxPages(doc)

# ---- lettered numbering for the areas for improvement: "(a)", "(b)" ... ------------------------
numbering = doc.part.numbering_part.element
ABS_ID, NUM_ID = 91, 91
numbering.findall(qn("w:abstractNum"))[-1].addnext(parse_xml(
    f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{ABS_ID}">'
    '<w:multiLevelType w:val="singleLevel"/>'
    '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="(%1)"/>'
    '<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="567" w:hanging="567"/></w:pPr></w:lvl>'
    "</w:abstractNum>"))
numbering.append(parse_xml(f'<w:num {nsdecls("w")} w:numId="{NUM_ID}"><w:abstractNumId w:val="{ABS_ID}"/></w:num>'))


def para(text: str, *, bold=False, size=None, color=None, weight=1.0, style=None):
    p = doc.add_paragraph(style=style)
    r = p.add_run(text)
    r.bold = bold
    if size:
        r.font.size = Pt(size)
    if color:
        r.font.color.rgb = RGBColor.from_string(color)
    pages.count(text, weight)
    return p


def heading(text: str, level: int = 1):
    doc.add_heading(text, level)
    pages.count(text, 1.5)


def recommendation(i: int):
    rid, text, *_ = RECS[i]
    pages.tag(rid)
    para(text)


# ---- page 1: cover ----------------------------------------------------------------------------------
para("His Majesty's Inspectorate of Constabulary and Fire & Rescue Services", size=10, color="404040")
para("")
para(TITLE, bold=True, size=26, color="7A1F3D", weight=2)
para(PUBLISHED_TEXT, size=13)
para("Inspection fieldwork: 12 to 23 January 2026", size=10)
pages.page_break()
# ---- page 2: contents and introduction -------------------------------------------------------------
heading("Contents")
for line in ["Introduction\t2", "What the force does well\t3", "Children who go missing\t3",
             "First contact and the control room\t4", "Children in custody\t4",
             "Criminal exploitation and information sharing\t5", "Areas for improvement\t6",
             "A recommendation for the police and crime commissioner\t7", "About the inspection\t8"]:
    para(line)
heading("Introduction")
para("This report is part of our national programme of child protection inspections. It looks at how well "
     "Fenmoor Police protects children who are at risk of harm, and at the quality of its decisions and "
     "the support it gives children and families.")
para("We make five recommendations: four for Fenmoor Police, one of them jointly with Fenmoor County "
     "Council, and one for the police and crime commissioner. We also identify five areas for improvement. "
     "We have not identified any causes of concern.")
pages.page_break()
# ---- page 3: strengths and missing children ---------------------------------------------------------
heading("What the force does well")
for s in STRENGTHS:
    para(s)
heading("Children who go missing")
para("Fenmoor Police received 2,310 reports of missing children in 2025. A small number of children went "
     "missing very often: 41 children accounted for more than a third of all reports. We found that some of "
     "these children had no safety plan, and others had plans that had not been updated for months.")
para("Officers who found missing children should always ask why they went missing. In many cases this "
     "was done well, but the information was not always passed on.")
recommendation(0)
pages.page_break()
# ---- page 4: control room and custody --------------------------------------------------------------
heading("First contact and the control room")
para("Call handlers were polite and quick, but their risk assessments focused on what adults said. "
     "In 14 of the 40 calls we listened to, nobody asked to speak to the child or recorded what the child "
     "wanted.")
recommendation(1)
heading("Children in custody")
para("Fourteen children were held overnight after charge in 2025 because no local authority accommodation "
     "was available. In some cases nobody at a senior level knew.")
recommendation(2)
pages.page_break()
# ---- page 5: exploitation -----------------------------------------------------------------------------
heading("Criminal exploitation and information sharing")
para("The force and its partners had a shared understanding of county lines activity in Harnmouth and "
     "Brackenford. But information about individual children was shared inconsistently, and the "
     "safeguarding hub did not always know what neighbourhood officers knew.")
para("In 2019 we recommended that, within six months, the force should improve its supervision of child "
     "abuse investigations. The force has made progress, and we have not repeated that recommendation.")
para("Fenmoor County Council's director of children's services told us: \"We will fund two more missing "
     "children coordinators from April 2026.\"")
recommendation(3)
pages.page_break()
# ---- page 6: areas for improvement (Word-lettered list) -------------------------------------------
heading("Areas for improvement")
para("We found the following areas for improvement.")
for aid, text in AFIS:
    p = doc.add_paragraph(style="List Paragraph")
    _kit.docx_set_num(p, NUM_ID, 0)
    p.add_run(text)
    pages.count(text)
pages.page_break()
# ---- page 7: recommendation for the PCC --------------------------------------------------------------
heading("A recommendation for the police and crime commissioner")
para("Children who have been exploited told us that they did not trust professionals and wanted someone "
     "independent on their side. There is no independent advocacy service for these children in Fenmoor.")
recommendation(4)
pages.page_break()
# ---- page 8: about the inspection ------------------------------------------------------------------
heading("About the inspection")
para("We examined 96 case files, listened to 40 calls, and interviewed officers, staff, social workers, "
     "health professionals and teachers. We spoke to eleven children and young people.")
para("Chief Constable Sarah Whitlock and Police and Crime Commissioner Priya Lockwood received a draft of "
     "this report before publication.")

_kit.docx_header_footer(doc, "National child protection inspection: Fenmoor Police", "HMICFRS")
OUT = os.path.join(HERE, "report.docx")
_kit.docx_save(doc, OUT)

HEADER = """Conventions decided for this fixture (the README has no rule for them):
- Recommendations with no label or number anywhere take ids "1", "2", ... in order of first
  appearance (extending the README's rule that an unnumbered single cause of concern is "1").
- "We recommend that ..." is part of the text (README). The deadline may be after "that," or at
  the end ("... by 30 November 2026.").
- Areas for improvement lettered only by Word numbering "(%1)" with lowerLetter take ids "a"-"e":
  the letter without its brackets (as "1." gives "1"). The typed "(a)-(c)" under "What the force
  does well" are strengths, not areas for improvement.
- Rec 3: the council's director of children's services is only to be informed -> not an addressee.
- Rec 5: the Police and Crime Panel receives a report -> not an addressee; "by March 2027" ->
  2027-03-31.
- "In 2019 we recommended that, within six months, ..." is an earlier report's recommendation."""

data = {
    "file": "report.docx",
    "title": TITLE,
    "published": PUBLISHED,
    "inspectorates": ["HMICFRS"],
    "type": "force-specific",
    "forces_visited": ["Fenmoor Police"],
    "fenmoor_inspected": True,
    "totals": {"recommendations": 5, "areas_for_improvement": 5, "causes_of_concern": 0},
    "recommendations": [rec(r[0], r[1], r[2], r[3], None, pages.where[r[0]]) for r in RECS],
    "causes_of_concern": [],
    "areas_for_improvement": [{"id": a[0], "text": a[1]} for a in AFIS],
    "graded_judgments": [],
}
_kit.write_expected(HERE, data, HEADER)


def selfcheck():
    dd = docx.Document(OUT)
    page, k = 1, 0
    found, letters = {}, {}
    for p in dd.paragraphs:
        if any(br.get(qn("w:type")) == "page" for br in p._p.iter(qn("w:br"))):
            page += 1
            continue
        t = norm(p.text)
        for rid, text, *_ in RECS:
            if t == norm(text):
                found.setdefault(rid, f"page {page}")
        numpr = p._p.pPr.numPr if p._p.pPr is not None else None
        if numpr is not None and int(numpr.numId.val) == NUM_ID:
            letters["abcde"[k]] = t
            k += 1
    assert found == pages.where, (found, pages.where)
    assert letters == {a: norm(t) for a, t in AFIS}
    full = "\n".join(p.text for p in dd.paragraphs)
    assert TITLE in full and PUBLISHED_TEXT in full
    for a, _ in AFIS:
        assert f"({a})" not in full or a in "abc"  # (a)-(c) typed only in the strengths list
    print("ok", os.path.basename(HERE), page, "pages;", found)


selfcheck()
