"""Builds report.docx and expected.yaml for fixture 19 (synthetic; all wording invented).

Force-specific inspection of Fenmoor Police as a Word document. The cover page shows only the
inspection dates; the publication date is on page 2. Word heading styles (Title, Heading 1,
Heading 2). Recommendations and areas for improvement are plain paragraphs that start with a bold
label only ("Recommendation 2:", "Area for improvement 1:"); the rest of the paragraph is not bold.
One unnumbered cause of concern (id "1") has recommendations 1 and 2; recommendations 3 and 4 stand
alone. Real Word footnotes (word/footnotes.xml) are attached to findings paragraphs. Annex A repeats
everything in a table with a header row.

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
from docx.opc.constants import RELATIONSHIP_TYPE as RT  # noqa: E402
from docx.opc.packuri import PackURI  # noqa: E402
from docx.opc.part import Part  # noqa: E402
from docx.oxml import OxmlElement  # noqa: E402
from docx.oxml.ns import qn  # noqa: E402
from docx.shared import Pt, RGBColor  # noqa: E402

TITLE = "An inspection of how well Fenmoor Police manages registered sex offenders"
PUBLISHED = d(2026, 1, 22)

COC_TEXT = ("Fenmoor Police is not managing the risk posed by registered sex offenders effectively. "
            "Too many home visits are overdue, and the quality of risk assessments is inconsistent.")
RECS = {
    "1": ("By 31 March 2026, Fenmoor Police should clear its backlog of overdue home visits to "
          "registered sex offenders, and should make sure that every visit is carried out within the "
          "period set by each offender's risk level.", d(2026, 3, 31), ["force"], "1"),
    "2": ("Within three months, the force should make sure that every offender manager has completed "
          "training in the active risk management system, and that a supervisor quality assures their "
          "risk assessments.", "within three months", ["force"], "1"),
    "3": ("Fenmoor Police and the police and crime commissioner should jointly review whether the "
          "unit that manages sexual and violent offenders has the staff it needs, taking account of "
          "the rise in the number of registered offenders since 2021, and should complete this review "
          "by the end of June 2026.", d(2026, 6, 30), ["force", "PCCs"], None),
    "4": ("Fenmoor Police, working with Fenmoor County Council and Harnmouth City Council, should "
          "agree how information about registered sex offenders who have contact with children is "
          "shared with children's social care.", None, ["force", "local authorities"], None),
}
AFIS = {
    "1": "The force should make sure that new intelligence about a registered sex offender is "
         "reviewed by an offender manager within seven days of being received.",
    "2": "The force should improve its records of home visits so that they show what the officer "
         "saw, what was checked and what action followed.",
    "3": "The force should evaluate its use of polygraph testing and share the results with partner "
         "agencies.",
}
FOOTNOTES = {
    1: "Registered sex offenders are people subject to the notification requirements of Part 2 of "
       "the Sexual Offences Act 2003.",
    2: "The active risk management system is the framework used by the police and the probation "
       "service to assess the risk posed by sexual offenders living in the community.",
    3: "Figures supplied by the force in October 2025. They had not been independently audited.",
}


# ----------------------------------------------------------------------------------------------
# Word footnotes (python-docx has no API for them, so the part is written by hand)
# ----------------------------------------------------------------------------------------------
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _xml_escape(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def add_footnotes_part(document, notes: dict[int, str]) -> None:
    body = [
        f'<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" w:line="240" '
        f'w:lineRule="auto"/></w:pPr><w:r><w:separator/></w:r></w:p></w:footnote>',
        f'<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0" '
        f'w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p>'
        f"</w:footnote>",
    ]
    for n, text in notes.items():
        body.append(
            f'<w:footnote w:id="{n}"><w:p><w:pPr><w:spacing w:after="0"/></w:pPr>'
            f'<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r>'
            f'<w:r><w:rPr><w:sz w:val="18"/></w:rPr><w:t xml:space="preserve"> {_xml_escape(text)}</w:t>'
            f"</w:r></w:p></w:footnote>"
        )
    xml = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:footnotes xmlns:w="{W_NS}">'
           + "".join(body) + "</w:footnotes>").encode("utf-8")
    part = Part(PackURI("/word/footnotes.xml"),
                "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
                xml, document.part.package)
    document.part.relate_to(part, RT.FOOTNOTES)
    # settings: declare the separator footnotes, as Word does
    settings = document.settings.element
    fpr = OxmlElement("w:footnotePr")
    for i in ("-1", "0"):
        fn = OxmlElement("w:footnote")
        fn.set(qn("w:id"), i)
        fpr.append(fn)
    compat = settings.find(qn("w:compat"))
    assert compat is not None
    compat.addprevious(fpr)  # schema order: ... savePreviewPicture, footnotePr, endnotePr, compat ...


def footnote_ref(paragraph, n: int) -> None:
    r = OxmlElement("w:r")
    rpr = OxmlElement("w:rPr")
    va = OxmlElement("w:vertAlign")
    va.set(qn("w:val"), "superscript")
    rpr.append(va)
    r.append(rpr)
    ref = OxmlElement("w:footnoteReference")
    ref.set(qn("w:id"), str(n))
    r.append(ref)
    paragraph._p.append(r)


# ----------------------------------------------------------------------------------------------
def build():
    doc = docx.Document()
    normal = doc.styles["Normal"]
    normal.font.name = "Arial"
    normal.font.size = Pt(11)
    docx_core(doc, TITLE)
    docx_header_footer(doc, "Fenmoor Police: management of registered sex offenders",
                       "HMICFRS inspection report")
    pg = DocxPages(doc)

    def para(text="", style=None, weight=1.0):
        pg.count(text, weight)
        return doc.add_paragraph(text, style=style)

    def body_with_note(before, n, after=""):
        pg.count(before + after)
        p = doc.add_paragraph()
        p.add_run(before)
        footnote_ref(p, n)
        if after:
            p.add_run(after)
        pg.count(FOOTNOTES[n])  # the footnote takes room at the foot of the page
        return p

    def labelled(label, text, key):
        pg.count(f"{label} {text}")
        p = doc.add_paragraph()
        r = p.add_run(label)
        r.bold = True
        p.add_run(" " + text)
        pg.tag(key)
        return p

    # ---- page 1: cover (inspection dates only)
    doc.add_paragraph(TITLE, style="Title")
    pg.count(TITLE, 2.5)
    sub = para("Fenmoor Police")
    sub.runs[0].font.size = Pt(18)
    para("Inspection dates: 8 to 19 September 2025")
    para("")
    hm = para("His Majesty's Inspectorate of Constabulary and Fire & Rescue Services")
    hm.runs[0].font.color.rgb = RGBColor(0x1F, 0x3A, 0x5F)
    pg.page_break()

    # ---- page 2: publication details + contents
    doc.add_heading("Publication details", level=1)
    pg.count("Publication details", 2)
    para("This report was published on 22 January 2026.")
    para("It was prepared under section 54 of the Police Act 1996. This is a synthetic document made "
         "for software testing; Fenmoor Police and everything said about it here are invented.")
    para("\u00a9 HMICFRS 2026")
    doc.add_heading("Contents", level=1)
    pg.count("Contents", 2)
    for line in ("Summary", "1. About this inspection",
                 "2. Managing the risk posed by registered sex offenders",
                 "3. Resources and partnerships",
                 "Annex A: Summary of recommendations and areas for improvement"):
        para(line)
    pg.page_break()

    # ---- page 3: summary
    doc.add_heading("Summary", level=1)
    pg.count("Summary", 2)
    para("The number of registered sex offenders living in Fenmoor has risen by almost a fifth since "
         "2021. The force has not increased the size of the team that manages them, and the team is "
         "struggling to keep up.")
    para("We found one cause of concern. We make four recommendations, two of which relate to the "
         "cause of concern, and we identify three areas for improvement.")
    para("In our 2021 inspection we recommended that \u201cthe force should increase the number of "
         "officers trained in offender management\u201d. The force has done this, but many of the "
         "newly trained officers have since moved to other roles.")
    para("We found some good practice. The force's use of digital monitoring for offenders whose "
         "devices have been seized is well organised, and offender managers have good relationships "
         "with their colleagues in the probation service.")
    pg.page_break()

    # ---- page 4: about this inspection
    doc.add_heading("1. About this inspection", level=1)
    pg.count("1. About this inspection", 2)
    body_with_note(
        "We inspected how well Fenmoor Police manages the risk posed by registered sex offenders "
        "who live in the community.", 1,
        " We examined 75 offender records, observed home visits and interviewed officers, staff and "
        "partner agencies.")
    para("The inspection took place between 8 and 19 September 2025. We spoke to officers in "
         "Harnmouth, Brackenford, Wexcombe and Otterby.")
    pg.page_break()

    # ---- page 5: chapter 2, cause of concern and recommendations 1-2
    doc.add_heading("2. Managing the risk posed by registered sex offenders", level=1)
    pg.count("2. Managing the risk posed by registered sex offenders", 2)
    doc.add_heading("Home visits", level=2)
    pg.count("Home visits", 2)
    body_with_note(
        "At the time of our inspection, 212 home visits were overdue, some by more than six months.", 3)
    para("Offender managers told us they should be visiting high-risk offenders more often than they "
         "are, but that the size of their caseloads makes this impossible.")
    doc.add_heading("Cause of concern", level=2)
    pg.count("Cause of concern", 2)
    para(COC_TEXT)
    pg.tag("coc")
    para("To address this cause of concern, we recommend the following.")
    labelled("Recommendation 1:", RECS["1"][0], "rec1")
    labelled("Recommendation 2:", RECS["2"][0], "rec2")
    pg.page_break()

    # ---- page 6: risk assessment quality, AFIs 1-2
    doc.add_heading("Quality of risk assessments", level=2)
    pg.count("Quality of risk assessments", 2)
    body_with_note(
        "The active risk management system was used for all the offenders in our sample.", 2,
        " But a third of the assessments we reviewed had not been updated after a significant "
        "change in the offender's circumstances.")
    para("Intelligence about offenders was sometimes left unread for weeks, and records of visits "
         "often said only that the visit had taken place.")
    labelled("Area for improvement 1:", AFIS["1"], "afi1")
    labelled("Area for improvement 2:", AFIS["2"], "afi2")
    pg.page_break()

    # ---- page 7: chapter 3, recommendations 3-4, AFI 3
    doc.add_heading("3. Resources and partnerships", level=1)
    pg.count("3. Resources and partnerships", 2)
    para("The offender management unit has the same number of posts as it had in 2021, while its "
         "caseload has grown. Information sharing with the two councils depends on individual "
         "relationships rather than an agreed process.")
    para("The probation service told us: \u201cWe will give the force read access to our case "
         "management system by April 2026.\u201d")
    para("We also make the following recommendations, which are not linked to the cause of concern.")
    labelled("Recommendation 3:", RECS["3"][0], "rec3")
    labelled("Recommendation 4:", RECS["4"][0], "rec4")
    labelled("Area for improvement 3:", AFIS["3"], "afi3")
    pg.page_break()

    # ---- page 8: annex table with header row
    doc.add_heading("Annex A: Summary of recommendations and areas for improvement", level=1)
    pg.count("Annex A: Summary of recommendations and areas for improvement", 2)
    rows = [("Recommendation " + k, v[0]) for k, v in RECS.items()]
    rows += [("Area for improvement " + k, v) for k, v in AFIS.items()]
    table = doc.add_table(rows=1, cols=2)
    table.style = "Table Grid"
    hdr = table.rows[0].cells
    hdr[0].text = "Number"
    hdr[1].text = "Recommendation or area for improvement"
    for c in hdr:
        c.paragraphs[0].runs[0].bold = True
    trpr = table.rows[0]._tr.get_or_add_trPr()
    th = OxmlElement("w:tblHeader")
    th.set(qn("w:val"), "true")
    trpr.append(th)
    for label, text in rows:
        cells = table.add_row().cells
        cells[0].text = label
        cells[1].text = text
        pg.count(label + " " + text, 1.1)

    add_footnotes_part(doc, FOOTNOTES)
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
            t = "".join(x.text or "" for x in el.iter(qn("w:t")))
            out.append((page, t))
            page += sum(1 for br in el.iter(qn("w:br")) if br.get(qn("w:type")) == "page")
        elif el.tag == qn("w:tbl"):
            for tc in el.iter(qn("w:tc")):
                out.append((page, "".join(x.text or "" for x in tc.iter(qn("w:t")))))
    return out


def main():
    path, where = build()
    recs = [rec(k, t, dl, ad, coc, where[f"rec{k}"]) for k, (t, dl, ad, coc) in RECS.items()]
    write_expected(HERE, {
        "file": "report.docx",
        "title": TITLE,
        "published": PUBLISHED,
        "inspectorates": ["HMICFRS"],
        "type": "force-specific",
        "forces_visited": ["Fenmoor Police"],
        "fenmoor_inspected": True,
        "totals": {"recommendations": 4, "areas_for_improvement": 3, "causes_of_concern": 1},
        "recommendations": recs,
        "causes_of_concern": [{"id": "1", "text": COC_TEXT}],
        "areas_for_improvement": [{"id": k, "text": v} for k, v in AFIS.items()],
        "graded_judgments": [],
    }, header="Fixture 19: Word heading styles, bold-label-only paragraphs, real footnotes, cover with\n"
               "inspection dates and the publication date on page 2, annex table with a header row.")
    # self-check: text and page of first occurrence
    paras = docx_pages(path)
    assert paras[0][1] == TITLE
    assert any("22 January 2026" in t and p == 2 for p, t in paras)
    for r in recs:
        hits = [(p, t) for p, t in paras if norm(r["text"]) in norm(t)]
        assert len(hits) == 2, (r["id"], len(hits))  # body + annex
        assert f"page {hits[0][0]}" == r["where"], (r["id"], hits[0][0], r["where"])
        assert norm(hits[0][1]) == norm(f"Recommendation {r['id']}: {r['text']}"), r["id"]
    for k, v in AFIS.items():
        assert sum(norm(v) in norm(t) for _p, t in paras) == 2, k
    assert sum(norm(COC_TEXT) in norm(t) for _p, t in paras) == 1
    import zipfile

    with zipfile.ZipFile(path) as z:
        fx = z.read("word/footnotes.xml").decode()
        assert all(_xml_escape(t) in fx for t in FOOTNOTES.values())
        assert "footnotes+xml" in z.read("[Content_Types].xml").decode()
    print("ok:", [(r["id"], r["where"]) for r in recs], "pages:", paras[-1][0])


if __name__ == "__main__":
    main()
