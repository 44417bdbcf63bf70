"""Fixture 37: national thematic (HMICFRS), Word document, Fenmoor inspected.

Layout features: NO heading styles anywhere (the title and every heading are Normal paragraphs with
bold, larger runs; chapter numbers are typed); the recommendations are a two-level Word multilevel
list (lvlText "%1." and "%1.%2") in which the first level items are theme names (group headings, not
recommendations) and only the second level items are recommendations, so ids like "2.1" exist only
in the numbering definition, never in the text; the list runs over a page break; an earlier report's
recommendation restated in prose; a College of Policing commitment; "should" in findings; a summary
that paraphrases the recommendations.

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

TITLE = "A detective in every case? An inspection of how police forces recruit, develop and keep investigators"
PUBLISHED = d(2027, 1, 21)
PUBLISHED_TEXT = "21 January 2027"
FORCES = ["Fenmoor Police", "Hollins Vale Police", "Stourmere Constabulary", "Bradwell Police",
          "Westland Constabulary"]

THEMES = [
    ("Workforce planning", [
        ("Chief constables, working with their police and crime commissioners, should publish a workforce "
         "plan for investigators by 30 September 2027 that sets out how many detectives the force needs, "
         "how many it has and how it will close any gap.",
         d(2027, 9, 30), ["chief constables", "PCCs"]),
        ("Chief constables should make sure that the number of vacant detective posts, and the number of "
         "investigations allocated to officers who are not accredited investigators, are reported to the "
         "force's chief officer group every quarter.",
         None, ["chief constables"]),
        ("Within 12 months, the Home Office should evaluate the national detective entry programmes and "
         "publish its findings, including how many entrants were still working as detectives three years "
         "after they joined.",
         "within 12 months", ["Home Office"]),
    ]),
    ("Training and accreditation", [
        ("The College of Policing should, by the end of June 2027, review the level 2 investigator "
         "qualification so that officers can complete it within 12 months of starting an investigative "
         "role.",
         d(2027, 6, 30), ["College of Policing"]),
        ("Chief constables should make sure that trainee investigators are given protected time for study "
         "and are not routinely allocated more investigations than their supervisors judge they can "
         "manage.",
         None, ["chief constables"]),
    ]),
    ("Supervision and wellbeing", [
        ("By March 2028, chief constables should make sure that supervisors of investigators review every "
         "open investigation at least once a month and record what they have decided.",
         d(2028, 3, 31), ["chief constables"]),
        ("Chief constables should introduce structured wellbeing support, including regular psychological "
         "screening, for detectives who investigate child sexual abuse, rape and homicide, by 31 December "
         "2027.",
         d(2027, 12, 31), ["chief constables"]),
    ]),
    ("National support", [
        ("The National Police Chiefs' Council lead for investigations, working with the College of "
         "Policing, should develop a national set of measures of investigative capacity that every force "
         "can use to compare itself with others.",
         None, ["NPCC", "College of Policing"]),
        ("The Home Office and the National Police Chiefs' Council should agree, by 31 March 2027, how "
         "detectives will be counted in the annual police workforce statistics.",
         d(2027, 3, 31), ["Home Office", "NPCC"]),
    ]),
]
RECS = []  # (id, text, deadline, addressees)
for ti, (_theme, items) in enumerate(THEMES, start=1):
    for ri, (text, dl, ad) in enumerate(items, start=1):
        RECS.append((f"{ti}.{ri}", text, dl, ad))
assert len(RECS) == 9

doc = docx.Document()
_kit.docx_core(doc, TITLE)
st = doc.styles["Normal"]
st.font.name = "Arial"
st.font.size = Pt(11)
pages = DocxPages(doc)

# ---- multilevel numbering: "%1." then "%1.%2" ------------------------------------------------
numbering = doc.part.numbering_part.element
ABS_ID, NUM_ID = 90, 90
abstract = parse_xml(
    f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{ABS_ID}">'
    '<w:multiLevelType w:val="multilevel"/>'
    '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/>'
    '<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="425" w:hanging="425"/></w:pPr>'
    '<w:rPr><w:b/></w:rPr></w:lvl>'
    '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2"/>'
    '<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="1134" w:hanging="709"/></w:pPr></w:lvl>'
    "</w:abstractNum>"
)
last_abs = numbering.findall(qn("w:abstractNum"))[-1]
last_abs.addnext(abstract)
numbering.append(parse_xml(f'<w:num {nsdecls("w")} w:numId="{NUM_ID}"><w:abstractNumId w:val="{ABS_ID}"/></w:num>'))


def para(text: str, *, bold=False, size=None, color=None, space_after=8, weight=1.0):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.bold = bold
    if size:
        r.font.size = Pt(size)
    if color:
        r.font.color.rgb = RGBColor.from_string(color)
    p.paragraph_format.space_after = Pt(space_after)
    pages.count(text, weight)
    return p


def heading(text: str):
    """A 'heading' that is only a bold, larger Normal paragraph."""
    p = para(text, bold=True, size=14, color="1F3864", space_after=6, weight=1.5)
    p.paragraph_format.space_before = Pt(12)
    p.paragraph_format.keep_with_next = True
    return p


def list_item(text: str, level: int, bold=False):
    p = doc.add_paragraph(style="List Paragraph")
    _kit.docx_set_num(p, NUM_ID, level)  # before any spacing, so w:numPr precedes w:spacing in w:pPr
    r = p.add_run(text)
    r.bold = bold
    p.paragraph_format.space_after = Pt(6)
    pages.count(text)
    return p


# ---- page 1: cover ----------------------------------------------------------------------------
para("His Majesty's Inspectorate of Constabulary and Fire & Rescue Services", size=10, color="595959")
para("")
p = para(TITLE, bold=True, size=24, color="1F3864", space_after=18, weight=2)
para(PUBLISHED_TEXT, size=13)
para("")
para("This is an inspection of how well police forces in England and Wales recruit, train, supervise and "
     "keep the officers and staff who investigate crime.", size=10)
pages.page_break()
# ---- page 2: summary ------------------------------------------------------------------------------
heading("Summary")
para("Every force we inspected told us it did not have enough detectives. Vacancy rates in the forces we "
     "visited ranged from 9 to 23 percent, and in three forces uniformed officers with little training "
     "were routinely investigating serious crime.")
para("The causes are well known. Experienced detectives are retiring, fewer officers want to join "
     "investigation teams, and those who do often leave after a few years. Workloads are high and the "
     "work can be distressing.")
para("Forces should plan their investigator workforce as carefully as they plan their budgets. Trainees "
     "need time to learn. Supervisors need to keep a grip on open investigations, and detectives who deal "
     "with the most harrowing cases need proper support.")
para("We make nine recommendations, grouped under four themes. Five are for chief constables; the others "
     "are for the College of Policing, the National Police Chiefs' Council and the Home Office. They are "
     "set out in full in chapter 4.")
pages.page_break()
# ---- page 3: chapter 1 ----------------------------------------------------------------------------
heading("1. Introduction")
para("In 2025 the Home Secretary asked us to examine the investigative capacity of forces in England and "
     "Wales. We carried out fieldwork between April and July 2026.")
para("We inspected " + ", ".join(FORCES[:-1]) + " and " + FORCES[-1] + ". In each force we interviewed "
     "chief officers, held focus groups with detectives, trainees and supervisors, and reviewed 60 "
     "investigation files.")
para("We also surveyed 2,140 investigators across all 43 forces. The findings of the survey are "
     "published separately.")
pages.page_break()
# ---- page 4: chapter 2 ----------------------------------------------------------------------------
heading("2. Recruiting and keeping investigators")
para("Forces have tried several ways to attract new detectives, including direct entry programmes that "
     "take graduates straight into investigation. These programmes have brought in capable people, but "
     "many of them leave within three years.")
para("Most forces could not tell us how many of their investigations were being handled by officers "
     "without the relevant accreditation. A force should know this, because it tells leaders where the "
     "risk to victims lies.")
para("In our 2021 report on investigations we recommended that forces should review their detective "
     "vacancy rates every year. Most forces now do so, but the reviews rarely lead to action.")
pages.page_break()
# ---- page 5: chapter 3 ----------------------------------------------------------------------------
heading("3. Training, supervision and wellbeing")
para("Trainee investigators told us they studied for their qualification in their own time, often late "
     "at night, while carrying caseloads of 20 or more investigations. Some had given up.")
para("Supervisors were stretched. In a quarter of the files we reviewed there was no record of any "
     "supervisory review for more than two months. Supervisors should set clear lines of enquiry and "
     "check that they have been followed.")
para("The College of Policing told us that it will publish a revised framework for investigator "
     "wellbeing in 2027. We welcome this.")
pages.page_break()
# ---- page 6-7: chapter 4, the multilevel list ------------------------------------------------------
heading("4. Our recommendations")
para("Our recommendations are grouped under four themes. Each theme is followed by the recommendations "
     "that belong to it.")
for ti, (theme, items) in enumerate(THEMES, start=1):
    if ti == 3:  # the list continues on the next page
        pages.page_break()
    list_item(theme, 0, bold=True)
    for ri, (text, _dl, _ad) in enumerate(items, start=1):
        pages.tag(f"{ti}.{ri}")
        list_item(text, 1)
pages.page_break()
# ---- page 8: annex ----------------------------------------------------------------------------------
heading("Annex A: About the data")
para("The figures in this report come from the forces we inspected, from the Home Office's police "
     "workforce statistics and from our survey. Where forces could not provide figures, we say so.")
para("Detective vacancy rates are calculated as vacant detective posts divided by funded detective posts "
     "on 31 March 2026.")

_kit.docx_header_footer(doc, "A detective in every case?", "HMICFRS")
OUT = os.path.join(HERE, "report.docx")
_kit.docx_save(doc, OUT)

HEADER = """Conventions decided for this fixture (the README has no rule for them):
- ids come only from the Word multilevel numbering: the second-level item under the second
  first-level item is "2.1" (lvlText "%1.%2"). First-level items ("Workforce planning" ...) are
  theme names, i.e. group headings, not recommendations.
- The document has no heading styles; headings are bold Normal paragraphs.
- Rec 2.1: "within 12 months of starting an investigative role" is part of what is asked, not a
  deadline; the deadline is "by the end of June 2027" -> 2027-06-30.
- Rec 3.1: "By March 2028" -> 2028-03-31 (last day of the month)."""

data = {
    "file": "report.docx",
    "title": TITLE,
    "published": PUBLISHED,
    "inspectorates": ["HMICFRS"],
    "type": "national thematic",
    "forces_visited": FORCES,
    "fenmoor_inspected": True,
    "totals": {"recommendations": 9, "areas_for_improvement": None, "causes_of_concern": None},
    "recommendations": [rec(i, t, dl, ad, None, pages.where[i]) for i, t, dl, ad in RECS],
    "causes_of_concern": [],
    "areas_for_improvement": [],
    "graded_judgments": [],
}
_kit.write_expected(HERE, data, HEADER)


# ---- self-check: python-docx text, computed numbering, explicit-break page count ----------------
def selfcheck():
    from docx.enum.text import WD_BREAK  # noqa: F401

    dd = docx.Document(OUT)
    page = 1
    counters = [0, 0]
    seen = {}
    for p in dd.paragraphs:
        if any(br.get(qn("w:type")) == "page" for br in p._p.iter(qn("w:br"))):
            page += 1
            continue
        assert not p.style.name.startswith("Heading")
        numpr = p._p.pPr.numPr if p._p.pPr is not None else None
        if numpr is not None and int(numpr.numId.val) == NUM_ID:
            lvl = int(numpr.ilvl.val)
            counters[lvl] += 1
            if lvl == 0:
                counters[1] = 0
            else:
                seen[f"{counters[0]}.{counters[1]}"] = (norm(p.text), f"page {page}")
    for i, t, _dl, _ad in RECS:
        assert seen[i] == (norm(t), pages.where[i]), (i, seen.get(i))
    full = "\n".join(p.text for p in dd.paragraphs)
    for i, *_ in RECS:
        assert i not in full, ("id typed in the text", i)
    assert norm(TITLE) in norm(full) and PUBLISHED_TEXT in full
    for f in FORCES:
        assert f in full
    print("ok", os.path.basename(HERE), page, "pages;", {k: v[1] for k, v in seen.items()})


selfcheck()
