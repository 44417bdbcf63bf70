"""Fixture 62: joint custody inspection (HM Inspectorate of Prisons + HMICFRS) of Kelder
Constabulary, Word DOCX laid out in the HMIP house style.

Layout features:
  * cover with the visit dates and the publication date on separate lines;
  * "Section N. ..." headings and typed paragraph numbers ("2.3<tab>...");
  * the causes of concern and their recommendations first appear in a two-column Word table
    "Cause of concern | Recommendations" (bold labels "Cause of concern 1", "Recommendation 2" on
    their own lines inside the cells; cause of concern 1 has two recommendations in one cell);
  * the areas for improvement are a Word "List Number" list (1-8, numbers only from Word) that
    continues across bold group subheadings in the summary; each section repeats its areas as
    unnumbered bullets and repeats its cause of concern and recommendations as plain paragraphs;
  * an appendix table of the 2019 inspection's recommendations with their status (not this
    report's recommendations), and a sentence giving the 2019 count;
  * Fenmoor is not the force inspected.

Pages are counted by explicit page breaks (_kit.DocxPages). Builds report.docx and expected.yaml
from the same strings.
"""

from __future__ import annotations

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
for _cand in (os.path.dirname(HERE), os.path.join(os.path.dirname(os.path.dirname(HERE)), "reports")):
    if os.path.exists(os.path.join(_cand, "_kit.py")):
        sys.path.insert(0, _cand)
        break
import _kit  # noqa: E402
from _kit import d, rec, write_expected  # noqa: E402

from docx import Document  # noqa: E402
from docx.shared import Cm  # noqa: E402

TITLE = "Report on an unannounced inspection visit to police custody suites in Kelder"
PUBLISHED_TEXT = "4 August 2026"
PUBLISHED = d(2026, 8, 4)
FORCE = "Kelder Constabulary"

COCS = {
    "1": "Governance of the use of force in custody was weak. The force could not show that the force used "
         "on detainees was necessary, proportionate and properly recorded.",
    "2": "Detainees at risk were not always protected from harm. Staff did not check them as often as their "
         "care plans required, and some records showed checks that had not taken place.",
}

# id -> (text, deadline, addressees, coc)
RECS = {
    "1": (
        "The force and the police and crime commissioner should make sure that all use of force in custody "
        "is recorded and reviewed, and that the data are analysed to identify trends and any "
        "disproportionality.",
        None,
        ["force", "PCCs"],
        "1",
    ),
    "2": (
        "Kelder Constabulary should, within three months of the publication of this report, review the "
        "incidents involving the use of force that we identified during this inspection, and take action "
        "where the force used was not justified.",
        "within three months of the publication of this report",
        ["force"],
        "1",
    ),
    "3": (
        "The force should make sure that detainees are checked at the frequency set out in their care "
        "plans, that records of checks are accurate, and that compliance is audited every month.",
        None,
        ["force"],
        "2",
    ),
}

AFI_GROUPS = [
    ("Leadership, accountability and partnerships", [
        ("1", "The force should improve the quality of its custody performance data so that leaders can "
              "identify and act on emerging risks."),
        ("2", "Leaders should make sure that custody staff receive refresher training in safer detention, "
              "including the use of force, at least once a year."),
    ]),
    ("Pre-custody and individual rights", [
        ("3", "Detainees should be booked in promptly, and the force should make sure that they do not wait "
              "in vans outside the suites for long periods."),
        ("4", "The force should make sure that detainees who need an appropriate adult get one promptly, "
              "including overnight."),
        ("5", "Reviews of detention under the Police and Criminal Evidence Act 1984 should be carried out in "
              "person and at the required time, and detainees who are asleep should be told about the "
              "review when they wake."),
    ]),
    ("Treatment and conditions", [
        ("6", "The force should make sure that detainees' dignity is protected, including by obscuring "
              "toilet areas on closed-circuit television monitors."),
        ("7", "Detainees should be offered a shower, a change of clothing and something to read, "
              "particularly when they are held for long periods."),
    ]),
    ("Detainee care and release", [
        ("8", "The force should make sure that vulnerable detainees have a safe way to get home when they "
              "are released and are offered support from other agencies."),
    ]),
]
AFIS = [a for _g, items in AFI_GROUPS for a in items]


def build(path: str) -> dict[str, str]:
    doc = Document()
    _kit.docx_core(doc, TITLE, author="HM Inspectorate of Prisons")
    _kit.docx_header_footer(doc, "Kelder police custody inspection", "HM Inspectorate of Prisons / HMICFRS")
    pages = _kit.DocxPages(doc)

    def para(text: str, style: str | None = None, bold: bool = False):
        pages.count(text)
        p = doc.add_paragraph(style=style)
        p.add_run(text).bold = bold
        return p

    def numbered(no: str, text: str):
        pages.count(text)
        p = doc.add_paragraph()
        p.paragraph_format.left_indent = Cm(1.25)
        p.paragraph_format.first_line_indent = Cm(-1.25)
        p.add_run(f"{no}\t{text}")
        return p

    def heading(text: str, level: int = 1):
        pages.count(text, 2)
        doc.add_heading(text, level=level)

    afi_text = dict(AFIS)

    def inline_areas(ids: list[str]):
        para("Areas for improvement", bold=True)
        for aid in ids:
            para(afi_text[aid], style="List Bullet")

    # ---- page 1: cover
    pages.count(TITLE, 3)
    doc.add_paragraph(TITLE, style="Title")
    para("by HM Inspectorate of Prisons and His Majesty's Inspectorate of Constabulary and Fire & Rescue "
         "Services", style="Subtitle")
    para("Unannounced inspection: 2–13 March 2026")
    para(f"Published: {PUBLISHED_TEXT}")
    pages.page_break()

    # ---- page 2: contents
    heading("Contents")
    for line in (
        "Section 1. Introduction",
        "Section 2. Summary",
        "Section 3. Leadership, accountability and partnerships",
        "Section 4. Pre-custody and individual rights",
        "Section 5. Treatment and conditions",
        "Section 6. Detainee care and release",
        "Appendix I. Progress on recommendations from the last report",
        "Appendix II. Inspection team",
    ):
        para(line)
    pages.page_break()

    # ---- page 3: introduction
    heading("Section 1. Introduction")
    numbered("1.1", "This report is one in a series of inspections of police custody carried out jointly by HM "
             "Inspectorate of Prisons and His Majesty's Inspectorate of Constabulary and Fire & Rescue "
             "Services. These inspections form part of the joint work programme of the criminal justice "
             "inspectorates and contribute to the United Kingdom's response to its international "
             "obligations to prevent torture and ill-treatment.")
    numbered("1.2", f"We inspected the two custody suites used by {FORCE}: Kelder Central, with 28 cells, and "
             "Pensworth, with 16 cells. In the year to December 2025, 11,420 people were detained in them.")
    numbered("1.3", "We assessed custody against our published expectations, which set out the standards we "
             "expect to see. We looked at the whole custody journey, from the point of arrest to release.")
    numbered("1.4", "We last inspected custody in Kelder in 2019.")
    pages.page_break()

    # ---- page 4: summary with CoC/rec table
    heading("Section 2. Summary")
    numbered("2.1", "Custody staff were caring and professional, and most detainees we spoke to were "
             "positive about how they had been treated. The suites were clean, but Pensworth was showing "
             "its age.")
    numbered("2.2", "However, we found weaknesses in the oversight of the use of force and in the care of "
             "detainees at risk. We identified two causes of concern, which have resulted in three "
             "recommendations, and eight areas for improvement.")
    heading("Causes of concern and recommendations", 2)
    table = doc.add_table(rows=1, cols=2)
    table.style = "Table Grid"
    hdr = table.rows[0].cells
    hdr[0].paragraphs[0].add_run("Cause of concern").bold = True
    hdr[1].paragraphs[0].add_run("Recommendations").bold = True
    pages.count("Cause of concern Recommendations")
    for cid, ctext in COCS.items():
        cells = table.add_row().cells
        cells[0].paragraphs[0].add_run(f"Cause of concern {cid}").bold = True
        cells[0].add_paragraph(ctext)
        pages.count(ctext)
        first = True
        for rid, (rtext, _dl, _ad, c) in RECS.items():
            if c != cid:
                continue
            lab = cells[1].paragraphs[0] if first else cells[1].add_paragraph()
            lab.add_run(f"Recommendation {rid}").bold = True
            cells[1].add_paragraph(rtext)
            pages.count(rtext)
            pages.tag(rid)
            first = False
    pages.page_break()

    # ---- page 5: areas for improvement (one Word list continuing across group subheadings)
    heading("Areas for improvement", 2)
    para("We identified the following areas for improvement.")
    num_id = _kit.docx_new_numbering(doc, "List Number", start=1)
    for group, items in AFI_GROUPS:
        para(group, bold=True)
        for _aid, text in items:
            p = para(text, style="List Number")
            _kit.docx_set_num(p, num_id)
    pages.page_break()

    # ---- page 6: section 3
    heading("Section 3. Leadership, accountability and partnerships")
    numbered("3.1", "The chief constable and the police and crime commissioner had invested in custody, "
             "including in new closed-circuit television at Kelder Central. A chief inspector led custody "
             "and had a clear plan for improvement.")
    numbered("3.2", "Performance data were limited. Leaders could not easily see how long detainees waited "
             "to be booked in, or how often checks were missed.")
    numbered("3.3", "The force recorded some uses of force, but not all. We found incidents on "
             "closed-circuit television that had not been recorded, and the records that existed were not "
             "reviewed.")
    para("Cause of concern and recommendations", bold=True)
    para(COCS["1"])
    for rid in ("1", "2"):
        para(RECS[rid][0])
    inline_areas(["1", "2"])
    pages.page_break()

    # ---- page 7: section 4
    heading("Section 4. Pre-custody and individual rights")
    numbered("4.1", "At busy times detainees waited in vans outside Kelder Central for up to an hour before "
             "they were booked in.")
    numbered("4.2", "Appropriate adults were available during the day, but children and vulnerable adults "
             "often waited overnight for one.")
    numbered("4.3", "Reviews of detention were often carried out by telephone, and detainees who were asleep "
             "were not told about them.")
    inline_areas(["3", "4", "5"])
    pages.page_break()

    # ---- page 8: section 5
    heading("Section 5. Treatment and conditions")
    numbered("5.1", "Toilet areas were not obscured on the closed-circuit television monitors at Pensworth.")
    numbered("5.2", "Few detainees were offered a shower or reading material, even when they were held for "
             "more than 24 hours.")
    inline_areas(["6", "7"])
    pages.page_break()

    # ---- page 9: section 6
    heading("Section 6. Detainee care and release")
    numbered("6.1", "Health care was provided by a contracted provider and was generally good. Detainees at "
             "risk were placed on observation levels, but in 11 of the 30 cases we examined, checks were "
             "late or missed, and in three cases a check was recorded that the footage showed had not "
             "taken place.")
    para("Cause of concern and recommendation", bold=True)
    para(COCS["2"])
    para(RECS["3"][0])
    numbered("6.2", "Most detainees were released safely, but the force did not always make sure that "
             "vulnerable people had a safe way to get home.")
    inline_areas(["8"])
    pages.page_break()

    # ---- page 10: appendix I
    heading("Appendix I. Progress on recommendations from the last report")
    para("At our last inspection in 2019 we made 21 recommendations. The table shows the progress made on a "
         "selection of them.")
    t = doc.add_table(rows=1, cols=2)
    t.style = "Table Grid"
    t.rows[0].cells[0].paragraphs[0].add_run("Recommendation (2019)").bold = True
    t.rows[0].cells[1].paragraphs[0].add_run("Status").bold = True
    for old, status in (
        ("The force should make sure that all detainees have access to a private telephone call.", "Achieved"),
        ("The force should improve the physical condition of the cells at Pensworth.", "Partially achieved"),
        ("The force should ensure that strip-searches are authorised and recorded properly.", "Achieved"),
        ("The force should collect and analyse data on the use of force in custody.", "Not achieved"),
    ):
        cells = t.add_row().cells
        cells[0].paragraphs[0].add_run(old)
        cells[1].paragraphs[0].add_run(status)
        pages.count(old)
    pages.page_break()

    # ---- page 11: appendix II
    heading("Appendix II. Inspection team")
    para("Martin Oyelaran, team leader, HM Inspectorate of Prisons")
    para("Claire Ventnor, inspector, HM Inspectorate of Prisons")
    para("Daniel Hurst, inspector, HMICFRS")
    para("Samira Coleby, health and social care inspector, HM Inspectorate of Prisons")

    _kit.docx_save(doc, path)
    return pages.where


def main() -> None:
    where = build(os.path.join(HERE, "report.docx"))
    recs = [rec(rid, t, dl, ad, c, where[rid]) for rid, (t, dl, ad, c) in RECS.items()]
    data = {
        "file": "report.docx",
        "title": TITLE,
        "published": PUBLISHED,
        "inspectorates": ["HMIP", "HMICFRS"],
        "type": "custody",
        "forces_visited": [FORCE],
        "fenmoor_inspected": False,
        "totals": {"recommendations": 3, "areas_for_improvement": 8, "causes_of_concern": 2},
        "recommendations": recs,
        "causes_of_concern": [{"id": c, "text": t} for c, t in COCS.items()],
        "areas_for_improvement": [{"id": a, "text": t} for a, t in AFIS],
        "graded_judgments": [],
    }
    write_expected(
        HERE,
        data,
        header="62: causes of concern and recommendations first in a two-column table; areas numbered only by\n"
        "Word numbering across group subheadings; the 2019 report's 21 recommendations are not counted.",
    )


if __name__ == "__main__":
    main()
