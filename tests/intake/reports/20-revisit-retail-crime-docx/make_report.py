"""Builds report.docx and expected.yaml for fixture 20 (synthetic; all wording invented).

Revisit (review of progress) as a Word document. Fenmoor was NOT revisited (it is named only as
not revisited). Two tables look alike: Table 1 lists the 12 recommendations of the earlier 2023
report with their status (not recommendations of this report); Table 2 holds the six NEW
recommendations (Ref | Recommendation | For | By when, ids N1-N6) and is split over two pages with
the header row repeated under "Table 2 (continued)". Deadlines are only in the "By when" column.
The review states that it makes no new areas for improvement (total 0).

Run: /tmp/intake-venv/bin/python make_report.py   (python-docx only)
"""

from __future__ import annotations

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
for _cand in (os.path.join(HERE, ".."), os.path.join(HERE, "..", "..", "reports")):
    if os.path.exists(os.path.join(_cand, "_kit.py")):
        sys.path.insert(0, os.path.abspath(_cand))
        break
from _kit import (  # noqa: E402
    DocxPages,
    d,
    docx_core,
    docx_header_footer,
    docx_save,
    norm,
    rec,
    write_expected,
)

import docx  # noqa: E402
from docx.enum.text import WD_ALIGN_PARAGRAPH  # noqa: E402
from docx.oxml import OxmlElement  # noqa: E402
from docx.oxml.ns import qn  # noqa: E402
from docx.shared import Pt, RGBColor  # noqa: E402

TITLE = ("Still nobody's priority? A review of progress since our 2023 inspection of the police "
         "response to retail crime")
PUBLISHED = d(2025, 9, 25)
FORCES = ["Marrick Constabulary", "Eastfold Police", "Hollin Vale Police"]

OLD = [  # the 2023 report's recommendations and their status - NOT recommendations of this report
    ("1", "Chief constables should make sure that shop theft is recorded accurately.", "Achieved"),
    ("2", "Chief constables should review their attendance policies for retail crime.",
     "Partially achieved"),
    ("3", "Forces should set up a single point of contact for retailers.", "Achieved"),
    ("4", "The College of Policing should publish guidance on investigating shop theft.", "Achieved"),
    ("5", "The NPCC should develop a national retail crime strategy.", "Achieved"),
    ("6", "Chief constables should make better use of CCTV evidence.", "Not achieved"),
    ("7", "Forces should share intelligence on prolific offenders with business crime partnerships.",
     "Partially achieved"),
    ("8", "The Home Office should publish data on retail crime outcomes.", "Not achieved"),
    ("9", "Chief constables should make sure that violence against retail workers is treated as a "
          "priority.", "Partially achieved"),
    ("10", "Police and crime commissioners should consider retail crime in their police and crime "
           "plans.", "Achieved"),
    ("11", "Forces should evaluate their use of community resolutions for shop theft.",
     "Partially achieved"),
    ("12", "The NPCC should review the national retail crime reporting form.", "No longer relevant"),
]

# ref, text, For column, By when column, deadline, addressees
NEW = [
    ("N1", "Chief constables should make sure that every report of violence or threats against a "
           "retail worker is attended, or that a supervisor approves and records a decision not to "
           "attend.", "Chief constables", "Within 6 months", "within 6 months", ["chief constables"]),
    ("N2", "Chief constables should make sure that their forces can receive CCTV footage from "
           "retailers through a digital evidence portal, instead of asking for a physical copy.",
     "Chief constables", "31 March 2026", d(2026, 3, 31), ["chief constables"]),
    ("N3", "The NPCC lead for acquisitive crime should publish a national assessment of organised "
           "shop theft, drawing on intelligence from forces, the National Crime Agency and retailers.",
     "NPCC", "End of June 2026", d(2026, 6, 30), ["NPCC"]),
    ("N4", "The Home Office should include retail crime outcomes, broken down by force, in the police "
           "performance data it publishes.", "Home Office", "\u2013", None, ["Home Office"]),
    ("N5", "The National Crime Agency, with the NPCC, should assess how far organised shop theft is "
           "linked to serious and organised crime groups operating across force boundaries.",
     "NCA and NPCC", "Within 12 months", "within 12 months", ["NCA", "NPCC"]),
    ("N6", "Police and crime commissioners and chief constables should jointly make sure that each "
           "business crime partnership in their area has a written agreement with the force about "
           "sharing information on offenders.", "PCCs and chief constables (jointly)", "Not set",
     None, ["PCCs", "chief constables"]),
]


def header_row_repeat(table):
    trpr = table.rows[0]._tr.get_or_add_trPr()
    th = OxmlElement("w:tblHeader")
    th.set(qn("w:val"), "true")
    trpr.append(th)


def shade(cell, fill="D9E2F3"):
    tcpr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcpr.append(shd)


def build():
    doc = docx.Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    docx_core(doc, TITLE)
    docx_header_footer(doc, "Still nobody's priority? Review of progress", "HMICFRS")
    pg = DocxPages(doc)

    def para(text, style=None, weight=1.0):
        pg.count(text, weight)
        return doc.add_paragraph(text, style=style)

    def heading(text, level):
        pg.count(text, 2)
        return doc.add_heading(text, level=level)

    def table(head, rows, widths_words=1.1, tag_col=None):
        t = doc.add_table(rows=1, cols=len(head))
        t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells, head):
            c.text = h
            c.paragraphs[0].runs[0].bold = True
            shade(c)
        header_row_repeat(t)
        pg.count(" ".join(head), 1)
        for row in rows:
            cells = t.add_row().cells
            for c, v in zip(cells, row):
                c.text = v
            pg.count(" ".join(row), widths_words)
            if tag_col is not None:
                pg.tag(row[tag_col])
        return t

    # ---- page 1: cover
    doc.add_paragraph(TITLE, style="Title")
    pg.count(TITLE, 2.5)
    para("A review of progress by His Majesty's Inspectorate of Constabulary and Fire & Rescue "
         "Services")
    date = para("Thursday 25 September 2025")
    date.alignment = WD_ALIGN_PARAGRAPH.LEFT
    date.runs[0].font.size = Pt(14)
    date.runs[0].font.color.rgb = RGBColor(0x2E, 0x4A, 0x7D)
    pg.page_break()

    # ---- page 2: contents + summary
    heading("Contents", 1)
    for line in ("Summary", "1. Progress against our 2023 recommendations", "2. What we found in 2025",
                 "3. New recommendations"):
        para(line)
    heading("Summary", 1)
    para("In May 2023 we published Nobody's priority, our inspection of the police response to shop "
         "theft and violence against retail workers. That report made 12 recommendations and "
         "identified four areas for improvement.")
    para("For this review we returned to three of the six forces we inspected in 2023: "
         + ", ".join(FORCES[:-1]) + " and " + FORCES[-1] + ". We also asked national bodies what "
         "they had done. Fenmoor Police was not one of the forces we revisited, but several forces "
         "told us they had copied its retail crime hub.")
    para("Of our 12 recommendations, five have been achieved, four have been partially achieved, "
         "two have not been achieved and one is no longer relevant.")
    para("We make six new recommendations. We have not identified any new areas for improvement.")
    pg.page_break()

    # ---- pages 3-4: old recommendations with status (Table 1 over two pages)
    heading("1. Progress against our 2023 recommendations", 1)
    para("Table 1 sets out each recommendation from our 2023 report and our assessment of progress. "
         "The wording of each recommendation has been shortened.")
    para("Table 1: Progress against the recommendations in our 2023 report")
    table(["No.", "2023 recommendation", "Our assessment"], [r for r in OLD[:6]])
    pg.page_break()
    para("Table 1 (continued)")
    table(["No.", "2023 recommendation", "Our assessment"], [r for r in OLD[6:]])
    pg.page_break()

    # ---- page 5: findings
    heading("2. What we found in 2025", 1)
    heading("Attendance", 2)
    para("All three forces now have a policy of attending incidents in which a retail worker has "
         "been threatened or assaulted. Retailers told us that the police should come when staff are "
         "threatened, and in most cases they now do. But in a quarter of the incidents we examined, "
         "there was no record of why officers did not attend.")
    heading("Evidence", 2)
    para("Retailers still find it hard to give CCTV footage to the police. Two of the three forces "
         "asked for footage on a disc or memory stick, which many shops can no longer provide.")
    heading("National work", 2)
    para("The national retail crime strategy has been published, but there is still no national "
         "picture of how far organised groups are involved in shop theft. The Retail Crime "
         "Partnership of England told us: \u201cWe will fund two further analysts for the national "
         "intelligence unit from January 2026.\u201d")
    pg.page_break()

    # ---- pages 6-7: new recommendations (Table 2 over two pages)
    heading("3. New recommendations", 1)
    para("Our new recommendations are set out in Table 2. The \u201cFor\u201d column shows who should "
         "act, and the \u201cBy when\u201d column shows when we expect the recommendation to have been "
         "implemented.")
    para("Table 2: New recommendations")
    head = ["Ref", "Recommendation", "For", "By when"]
    table(head, [(r[0], r[1], r[2], r[3]) for r in NEW[:4]], 1.2, tag_col=0)
    pg.page_break()
    para("Table 2 (continued)")
    table(head, [(r[0], r[1], r[2], r[3]) for r in NEW[4:]], 1.2, tag_col=0)
    heading("Next steps", 2)
    para("We will ask each organisation for an update on its progress in 12 months' time, and we "
         "will consider whether to carry out a further review.")

    out = os.path.join(HERE, "report.docx")
    docx_save(doc, out)
    return out, pg.where


def docx_pages(path):
    """(page, text) for every paragraph and table cell, pages counted by explicit page breaks."""
    document = docx.Document(path)
    page = 1
    out = []
    for el in document.element.body.iterchildren():
        if el.tag == qn("w:p"):
            out.append((page, "".join(x.text or "" for x in el.iter(qn("w:t")))))
            page += sum(1 for br in el.iter(qn("w:br")) if br.get(qn("w:type")) == "page")
        elif el.tag == qn("w:tbl"):
            for tc in el.iter(qn("w:tc")):
                out.append((page, "".join(x.text or "" for x in tc.iter(qn("w:t")))))
    return out


def main():
    path, where = build()
    recs = [rec(ref, text, dl, ad, None, where[ref]) for ref, text, _f, _b, dl, ad in NEW]
    write_expected(HERE, {
        "file": "report.docx",
        "title": TITLE,
        "published": PUBLISHED,
        "inspectorates": ["HMICFRS"],
        "type": "revisit",
        "forces_visited": FORCES,
        "fenmoor_inspected": False,
        "totals": {"recommendations": 6, "areas_for_improvement": 0, "causes_of_concern": None},
        "recommendations": recs,
        "causes_of_concern": [],
        "areas_for_improvement": [],
        "graded_judgments": [],
    }, header="Fixture 20: revisit; Table 1 = the 2023 report's 12 recommendations with status (not\n"
               "recommendations); Table 2 = six new recommendations N1-N6 split over two pages.\n"
               "Deadlines and addressees come from the For / By when columns.")
    paras = docx_pages(path)
    assert paras[0][1] == TITLE and paras[0][0] == 1
    assert any(t == "Thursday 25 September 2025" and p == 1 for p, t in paras)
    for r in recs:
        hits = [(p, t) for p, t in paras if norm(r["text"]) == norm(t)]
        assert len(hits) == 1, r["id"]
        assert f"page {hits[0][0]}" == r["where"], (r["id"], hits[0][0], r["where"])
        assert (hits[0][0], r["id"]) in paras, r["id"]  # id cell on the same page
    for f in FORCES:
        assert any(f in t for _p, t in paras), f
    print("ok:", [(r["id"], r["where"]) for r in recs], "pages:", paras[-1][0])


if __name__ == "__main__":
    main()
