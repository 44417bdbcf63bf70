"""Shared helpers for the synthetic intake report fixtures.

Every folder NN-name/make_report.py imports this module (it adds the parent folder to sys.path).
It gives:
  * write_expected()  - writes expected.yaml from the same strings the report was built from;
  * PDF helpers       - reportlab platypus document with running header/footer, footnotes,
                        optional two-column pages, a table of contents, and a record of the
                        physical page on which each tagged paragraph is drawn;
  * html_page()       - wraps an article body in "saved web page" chrome (cookie banner, nav,
                        breadcrumbs, sidebar, footer);
  * DocxPages         - python-docx helper that counts explicit page breaks so that "page N"
                        in expected.yaml is known without a layout engine.

All wording in the fixtures is synthetic. Nothing here reads or imports the intake tool.
"""

from __future__ import annotations

import datetime as _dt
import json
import os
import re
from typing import Any

SCHEMA_KEYS = [
    "file",
    "title",
    "published",
    "inspectorates",
    "type",
    "forces_visited",
    "fenmoor_inspected",
    "totals",
    "recommendations",
    "causes_of_concern",
    "areas_for_improvement",
    "graded_judgments",
]
ADDRESSEES = {
    "chief constables",
    "force",
    "PCCs",
    "NPCC",
    "College of Policing",
    "Home Office",
    "Ministry of Justice",
    "CPS",
    "IOPC",
    "NCA",
    "local authorities",
    "other",
}
TYPES = {
    "force-specific",
    "national thematic",
    "PEEL",
    "joint",
    "spotlight",
    "super-complaint",
    "revisit",
    "state of policing",
    "custody",
}


# ----------------------------------------------------------------------------------------------
# expected.yaml
# ----------------------------------------------------------------------------------------------
def _q(s: str) -> str:
    """A YAML double-quoted scalar (JSON string syntax is valid YAML)."""
    return json.dumps(s, ensure_ascii=False)


def _scalar(v: Any) -> str:
    if v is None:
        return "null"
    if v is True:
        return "true"
    if v is False:
        return "false"
    if isinstance(v, int):
        return str(v)
    if isinstance(v, _dt.date):
        return v.isoformat()
    return _q(str(v))


def _flow(items: list) -> str:
    return "[" + ", ".join(_q(str(i)) for i in items) + "]"


def norm(s: str) -> str:
    """Whitespace-normalised text (used by checks; the answer ignores whitespace)."""
    return re.sub(r"\s+", " ", s).strip()


def write_expected(folder: str, data: dict, header: str = "") -> str:
    """Write expected.yaml in the fixed key order. Returns the path."""
    missing = [k for k in SCHEMA_KEYS if k not in data]
    extra = [k for k in data if k not in SCHEMA_KEYS]
    assert not missing and not extra, (missing, extra)
    assert data["type"] in TYPES, data["type"]
    for r in data["recommendations"]:
        assert set(r) == {"id", "text", "deadline", "addressees", "cause_of_concern", "where"}, r
        for a in r["addressees"]:
            assert a in ADDRESSEES, (r["id"], a)
    ids = [r["id"] for r in data["recommendations"]]
    assert len(ids) == len(set(ids)), "duplicate recommendation ids"

    out: list[str] = []
    out.append("# Expected intake answer for this synthetic report (schema: see ../README.md).")
    out.append("# Written blind from the strings placed in the report by make_report.py.")
    for line in header.strip().splitlines():
        out.append("# " + line if line else "#")
    out.append(f"file: {data['file']}")
    out.append(f"title: {_q(data['title'])}")
    out.append(f"published: {_scalar(data['published'])}")
    out.append(f"inspectorates: {_flow(data['inspectorates'])}")
    out.append(f"type: {data['type']}")
    out.append(f"forces_visited: {_flow(data['forces_visited'])}")
    out.append(f"fenmoor_inspected: {_scalar(data['fenmoor_inspected'])}")
    out.append("totals:")
    for k in ("recommendations", "areas_for_improvement", "causes_of_concern"):
        out.append(f"  {k}: {_scalar(data['totals'].get(k))}")

    def block(key: str, rows: list, fields: list[str]) -> None:
        if not rows:
            out.append(f"{key}: []")
            return
        out.append(f"{key}:")
        for row in rows:
            first = True
            for f in fields:
                v = row[f]
                val = _flow(v) if isinstance(v, list) else _scalar(v)
                out.append(("  - " if first else "    ") + f"{f}: {val}")
                first = False

    block(
        "recommendations",
        data["recommendations"],
        ["id", "text", "deadline", "addressees", "cause_of_concern", "where"],
    )
    block("causes_of_concern", data["causes_of_concern"], ["id", "text"])
    block("areas_for_improvement", data["areas_for_improvement"], ["id", "text"])
    block("graded_judgments", data["graded_judgments"], ["area", "grade"])
    path = os.path.join(folder, "expected.yaml")
    with open(path, "w", encoding="utf-8") as fh:
        fh.write("\n".join(out) + "\n")
    return path


def rec(
    id: str, text: str, deadline: Any, addressees: list[str], coc: str | None = None, where: str | None = None
) -> dict:
    return {
        "id": id,
        "text": text,
        "deadline": deadline,
        "addressees": addressees,
        "cause_of_concern": coc,
        "where": where,
    }


def d(y: int, m: int, day: int) -> _dt.date:
    return _dt.date(y, m, day)


# ----------------------------------------------------------------------------------------------
# HTML
# ----------------------------------------------------------------------------------------------
def esc(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


COOKIE_BANNER = """
<div class="cookie-banner" id="cookie-banner" role="region" aria-label="Cookies on this site">
  <div class="cookie-banner__inner">
    <h2 class="cookie-banner__title">Cookies on this website</h2>
    <p>We use some essential cookies to make this website work.</p>
    <p>We would also like to set optional analytics cookies so we can see how people use the site
       and improve it. We will not set optional cookies unless you accept them.</p>
    <button type="button" class="btn" data-accept="all">Accept analytics cookies</button>
    <button type="button" class="btn btn--secondary" data-accept="none">Reject analytics cookies</button>
    <a href="https://www.example.org/cookies/">View cookie settings</a>
  </div>
</div>"""

NAV = """
<header class="site-header">
  <a class="skip-link" href="#main-content">Skip to main content</a>
  <div class="site-header__logo"><a href="https://www.example.org/hmicfrs/">{org}</a></div>
  <form class="site-search" action="https://www.example.org/search/" method="get">
    <label for="q">Search this website</label><input id="q" name="q" type="search">
    <button type="submit">Search</button>
  </form>
  <nav class="primary-nav" aria-label="Main menu">
    <ul>
      <li><a href="https://www.example.org/hmicfrs/">Home</a></li>
      <li><a href="https://www.example.org/hmicfrs/our-work/">Our work</a></li>
      <li><a href="https://www.example.org/hmicfrs/publications/">Publications</a></li>
      <li><a href="https://www.example.org/hmicfrs/police-forces/">Police forces</a></li>
      <li><a href="https://www.example.org/hmicfrs/news/">News</a></li>
      <li><a href="https://www.example.org/hmicfrs/about-us/">About us</a></li>
      <li><a href="https://www.example.org/hmicfrs/contact-us/">Contact us</a></li>
    </ul>
  </nav>
</header>"""

FOOTER = """
<footer class="site-footer">
  <ul class="site-footer__links">
    <li><a href="https://www.example.org/accessibility/">Accessibility statement</a></li>
    <li><a href="https://www.example.org/privacy/">Privacy notice</a></li>
    <li><a href="https://www.example.org/cookies/">Cookies</a></li>
    <li><a href="https://www.example.org/foi/">Freedom of information</a></li>
  </ul>
  <p>All content is available under an open licence, except where otherwise stated.</p>
  <p>&#169; Crown copyright</p>
</footer>"""


def html_page(
    *,
    doc_title: str,
    h1: str,
    meta_html: str,
    body_html: str,
    sidebar_html: str,
    breadcrumbs: list[str],
    saved_from: str,
    org: str = "His Majesty's Inspectorate of Constabulary and Fire &amp; Rescue Services",
    extra_head: str = "",
) -> str:
    crumbs = " &#8250; ".join(
        f'<a href="https://www.example.org/hmicfrs/{i}/">{esc(c)}</a>' for i, c in enumerate(breadcrumbs)
    )
    return f"""<!DOCTYPE html>
<!-- saved from url=({len(saved_from):04d}){saved_from} -->
<html lang="en-GB"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(doc_title)}</title>
<link rel="stylesheet" href="./report_files/main.css">
<script src="./report_files/analytics.js" async></script>
{extra_head}
<style>
  body {{ font-family: Arial, sans-serif; margin: 0; }}
  .cookie-banner {{ background: #f3f2f1; padding: 1em; }}
  .layout {{ display: flex; gap: 2em; padding: 1em 2em; }}
  main {{ flex: 3; }} aside {{ flex: 1; font-size: 0.9em; }}
  .recommendation {{ border-left: 4px solid #1d70b8; padding-left: 0.8em; }}
</style>
</head>
<body class="template-publication">
{COOKIE_BANNER}
{NAV.format(org=org)}
<div class="breadcrumbs" aria-label="Breadcrumb">{crumbs}</div>
<div class="layout">
<main id="main-content" role="main">
<article class="publication">
<h1 class="publication__title">{esc(h1)}</h1>
{meta_html}
{body_html}
</article>
<div class="page-feedback"><p>Is this page useful? <a href="#">Yes</a> <a href="#">No</a></p>
<p><a href="#">Report a problem with this page</a></p></div>
</main>
<aside class="sidebar" role="complementary">
{sidebar_html}
</aside>
</div>
{FOOTER}
<script>document.getElementById('cookie-banner').hidden = !!window.localStorage.getItem('ck');</script>
</body></html>
"""


# ----------------------------------------------------------------------------------------------
# DOCX
# ----------------------------------------------------------------------------------------------
class DocxPages:
    """Tracks the page number in a python-docx document built with explicit page breaks.

    Every page is ended by page_break(); content per page is kept well under one A4 page
    (checked with a conservative word budget) so that Word, LibreOffice and any parser that
    counts explicit breaks agree on the page number.
    """

    WORD_BUDGET = 380  # conservative: ~11pt Calibri on A4 with 2.54 cm margins holds ~500

    def __init__(self, document):
        self.doc = document
        self.page = 1
        self.words = 0
        self.where: dict[str, str] = {}

    def count(self, text: str, weight: float = 1.0) -> None:
        self.words += int(len(text.split()) * weight) + 4  # +4 ~ paragraph spacing
        assert self.words <= self.WORD_BUDGET, f"page {self.page} too full ({self.words} words)"

    def tag(self, key: str) -> None:
        self.where.setdefault(key, f"page {self.page}")

    def page_break(self) -> None:
        from docx.enum.text import WD_BREAK

        p = self.doc.add_paragraph()
        p.add_run().add_break(WD_BREAK.PAGE)
        self.page += 1
        self.words = 0


def docx_new_numbering(document, style_name: str = "List Number", start: int = 1) -> int:
    """Create a new w:num instance that reuses the abstract numbering of `style_name` and restarts
    at `start`. Returns the numId to put on paragraphs (so a second list restarts at 1)."""
    from docx.oxml.ns import qn
    from docx.oxml import OxmlElement

    numbering = document.part.numbering_part.element
    style = document.styles[style_name]
    ppr = style.element.pPr
    num_id = int(ppr.numPr.numId.val)
    abstract_id = None
    for num in numbering.findall(qn("w:num")):
        if int(num.get(qn("w:numId"))) == num_id:
            abstract_id = num.find(qn("w:abstractNumId")).get(qn("w:val"))
    assert abstract_id is not None
    new_id = max(int(n.get(qn("w:numId"))) for n in numbering.findall(qn("w:num"))) + 1
    num = OxmlElement("w:num")
    num.set(qn("w:numId"), str(new_id))
    an = OxmlElement("w:abstractNumId")
    an.set(qn("w:val"), abstract_id)
    num.append(an)
    ov = OxmlElement("w:lvlOverride")
    ov.set(qn("w:ilvl"), "0")
    so = OxmlElement("w:startOverride")
    so.set(qn("w:val"), str(start))
    ov.append(so)
    num.append(ov)
    numbering.append(num)
    return new_id


def docx_set_num(paragraph, num_id: int, ilvl: int = 0) -> None:
    from docx.oxml.ns import qn
    from docx.oxml import OxmlElement

    ppr = paragraph._p.get_or_add_pPr()
    numpr = OxmlElement("w:numPr")
    il = OxmlElement("w:ilvl")
    il.set(qn("w:val"), str(ilvl))
    ni = OxmlElement("w:numId")
    ni.set(qn("w:val"), str(num_id))
    numpr.append(il)
    numpr.append(ni)
    ppr.append(numpr)


def docx_save(document, path: str) -> None:
    """Save with fixed zip timestamps so regenerating gives a byte-identical file."""
    import io
    import zipfile

    buf = io.BytesIO()
    document.save(buf)
    buf.seek(0)
    with zipfile.ZipFile(buf) as zin, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            info = zipfile.ZipInfo(item.filename, date_time=(2026, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(info, zin.read(item.filename))


def docx_core(document, title: str, author: str = "HMICFRS") -> None:
    cp = document.core_properties
    cp.title = title
    cp.author = author
    cp.comments = "Synthetic test fixture. Fictional content."
    fixed = _dt.datetime(2026, 1, 1, 9, 0, 0)
    cp.created = fixed
    cp.modified = fixed
    cp.last_modified_by = "fixture"
    cp.revision = 1


def docx_header_footer(document, header_text: str, footer_text: str) -> None:
    """Running header text and a footer with a PAGE field."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    sec = document.sections[0]
    sec.header.paragraphs[0].text = header_text
    fp = sec.footer.paragraphs[0]
    fp.text = footer_text + " - Page "
    run = fp.add_run()
    for kind, txt in (("begin", None), ("instr", " PAGE "), ("separate", None), ("text", "1"), ("end", None)):
        if kind == "instr":
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = txt
            run._r.append(el)
        elif kind == "text":
            el = OxmlElement("w:t")
            el.text = txt
            run._r.append(el)
        else:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), kind)
            run._r.append(el)


# ----------------------------------------------------------------------------------------------
# PDF (reportlab is imported lazily so HTML/DOCX scripts do not need it)
# ----------------------------------------------------------------------------------------------
def pdf_kit():
    """Return a namespace of reportlab helpers (imported on demand)."""
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
    from reportlab.lib.units import cm
    from reportlab.platypus import (
        BaseDocTemplate,
        Flowable,
        Frame,
        KeepTogether,
        NextPageTemplate,
        PageBreak,
        PageTemplate,
        Paragraph,
        Spacer,
        Table,
        TableStyle,
    )
    from reportlab.platypus.tableofcontents import TableOfContents

    W, H = A4
    ss = getSampleStyleSheet()
    base = ParagraphStyle(
        "Body", parent=ss["Normal"], fontName="Helvetica", fontSize=10.5, leading=14, spaceAfter=7
    )
    styles = {
        "body": base,
        "small": ParagraphStyle("Small", parent=base, fontSize=8.5, leading=10.5, spaceAfter=3),
        "title": ParagraphStyle(
            "CoverTitle", parent=base, fontName="Helvetica-Bold", fontSize=24, leading=30, spaceAfter=18
        ),
        "subtitle": ParagraphStyle("CoverSub", parent=base, fontSize=14, leading=19, spaceAfter=12),
        "h1": ParagraphStyle(
            "H1",
            parent=base,
            fontName="Helvetica-Bold",
            fontSize=17,
            leading=22,
            spaceBefore=6,
            spaceAfter=10,
            keepWithNext=1,
        ),
        "h2": ParagraphStyle(
            "H2",
            parent=base,
            fontName="Helvetica-Bold",
            fontSize=13,
            leading=17,
            spaceBefore=8,
            spaceAfter=6,
            keepWithNext=1,
        ),
        "h3": ParagraphStyle(
            "H3",
            parent=base,
            fontName="Helvetica-Bold",
            fontSize=11,
            leading=15,
            spaceBefore=6,
            spaceAfter=4,
            keepWithNext=1,
        ),
        "reclabel": ParagraphStyle(
            "RecLabel",
            parent=base,
            fontName="Helvetica-Bold",
            fontSize=10.5,
            leading=14,
            spaceBefore=4,
            spaceAfter=2,
            keepWithNext=1,
            textColor=colors.HexColor("#1d3557"),
        ),
        "rec": ParagraphStyle(
            "Rec", parent=base, leftIndent=12, borderPadding=0, textColor=colors.HexColor("#1d3557")
        ),
        "bullet": ParagraphStyle("Bullet", parent=base, leftIndent=18, bulletIndent=6),
        "toc1": ParagraphStyle("TOC1", parent=base, fontSize=11, leading=15),
        "toc2": ParagraphStyle("TOC2", parent=base, fontSize=10, leading=13, leftIndent=16),
        "cell": ParagraphStyle("Cell", parent=base, fontSize=9, leading=11, spaceAfter=0),
        "cellb": ParagraphStyle(
            "CellB", parent=base, fontName="Helvetica-Bold", fontSize=9, leading=11, spaceAfter=0
        ),
        "center": ParagraphStyle("Center", parent=base, alignment=TA_CENTER),
    }

    class TaggedParagraph(Paragraph):
        """Paragraph whose (first) drawing records the physical page under style._tag, and whose
        style may carry footnotes [(n, text)] to print at the foot of that page."""

        def draw(self):
            doc = self.canv._doctemplate
            tag = getattr(self.style, "_tag", None)
            page = self.canv.getPageNumber()
            if tag:
                doc.tag_pages.setdefault(tag, [])
                if page not in doc.tag_pages[tag]:
                    doc.tag_pages[tag].append(page)
            for fn in getattr(self.style, "_footnotes", []) or []:
                if fn[0] not in doc.footnotes_done:
                    doc.footnotes_done.add(fn[0])
                    doc.page_footnotes.append(fn)
            Paragraph.draw(self)

    def P(
        text: str,
        style: str | ParagraphStyle = "body",
        tag: str | None = None,
        footnotes: list | None = None,
        toc: bool = True,
    ) -> Paragraph:
        st = styles[style] if isinstance(style, str) else style
        if tag or footnotes:
            st = ParagraphStyle(f"{st.name}-{tag or id(footnotes)}", parent=st)
            st._tag = tag
            st._footnotes = footnotes or []
        para = TaggedParagraph(text, st)
        para._toc = toc
        return para

    class FillTo(Flowable):
        """Consumes the frame's remaining height except `leave` points, so the next paragraph
        starts `leave` points above the frame bottom (used to force a page break inside a
        recommendation)."""

        def __init__(self, leave: float):
            super().__init__()
            self.leave = leave

        def wrap(self, aw, ah):
            self._h = max(0.0, ah - self.leave)
            return aw, self._h

        def draw(self):
            pass

    class FixtureDoc(BaseDocTemplate):
        def __init__(
            self,
            filename,
            *,
            title: str,
            header: str,
            footer_left: str,
            two_column: bool = True,
            footnote_space: float = 2.2 * cm,
            **kw,
        ):
            super().__init__(
                filename,
                pagesize=A4,
                leftMargin=2.2 * cm,
                rightMargin=2.2 * cm,
                topMargin=2.4 * cm,
                bottomMargin=2.2 * cm,
                title=title,
                author="HMICFRS (synthetic fixture)",
                subject="Synthetic test fixture",
                creator="make_report.py",
                invariant=1,
                **kw,
            )
            self.header_text = header
            self.footer_left = footer_left
            self.tag_pages: dict[str, list[int]] = {}
            self.page_footnotes: list = []
            self.footnotes_done: set = set()
            fw = self.width
            fh_ = self.height
            cover = Frame(self.leftMargin, self.bottomMargin, fw, fh_, id="cover")
            normal = Frame(
                self.leftMargin, self.bottomMargin + footnote_space, fw, fh_ - footnote_space, id="normal"
            )
            gap = 0.8 * cm
            cw = (fw - gap) / 2
            col1 = Frame(
                self.leftMargin, self.bottomMargin + footnote_space, cw, fh_ - footnote_space, id="col1"
            )
            col2 = Frame(
                self.leftMargin + cw + gap,
                self.bottomMargin + footnote_space,
                cw,
                fh_ - footnote_space,
                id="col2",
            )
            tpls = [
                PageTemplate(
                    id="cover", frames=[cover], onPage=self._cover_page, autoNextPageTemplate="normal"
                ),
                PageTemplate(id="normal", frames=[normal], onPage=self._furniture, onPageEnd=self._footnotes),
            ]
            if two_column:
                tpls.append(
                    PageTemplate(
                        id="twocol", frames=[col1, col2], onPage=self._furniture, onPageEnd=self._footnotes
                    )
                )
            self.addPageTemplates(tpls)

        # running furniture -------------------------------------------------------------------
        def _cover_page(self, canv, doc):
            canv.saveState()
            canv.setFillColor(colors.HexColor("#1d3557"))
            canv.rect(0, H - 1.2 * cm, W, 1.2 * cm, stroke=0, fill=1)
            canv.restoreState()

        def _furniture(self, canv, doc):
            canv.saveState()
            canv.setFont("Helvetica", 8)
            canv.setFillColor(colors.HexColor("#555555"))
            canv.drawString(self.leftMargin, H - 1.4 * cm, self.header_text)
            canv.setStrokeColor(colors.HexColor("#999999"))
            canv.line(self.leftMargin, H - 1.55 * cm, W - self.rightMargin, H - 1.55 * cm)
            canv.drawString(self.leftMargin, 1.2 * cm, self.footer_left)
            canv.drawRightString(W - self.rightMargin, 1.2 * cm, f"Page {canv.getPageNumber()}")
            canv.restoreState()

        def _footnotes(self, canv, doc):
            if not self.page_footnotes:
                return
            canv.saveState()
            y = self.bottomMargin + 1.9 * cm
            canv.setStrokeColor(colors.black)
            canv.line(self.leftMargin, y + 4, self.leftMargin + 4 * cm, y + 4)
            for n, text in self.page_footnotes:
                para = Paragraph(f"<super>{n}</super> {text}", styles["small"])
                _, h = para.wrap(self.width, 2 * cm)
                para.drawOn(canv, self.leftMargin, y - h)
                y -= h + 1
            canv.restoreState()
            self.page_footnotes = []

        # hooks --------------------------------------------------------------------------------
        def beforeDocument(self):
            self.tag_pages = {}
            self.page_footnotes = []
            self.footnotes_done = set()

        def afterFlowable(self, flowable):
            st = getattr(flowable, "style", None)
            if st is None:
                return
            name = st.name.split("-")[0]
            if name in ("H1", "H2") and getattr(flowable, "_toc", True):
                level = 0 if name == "H1" else 1
                text = flowable.getPlainText()
                self.notify("TOCEntry", (level, text, self.page))

        def first_page(self, tag: str) -> int:
            return self.tag_pages[tag][0]

    def toc() -> TableOfContents:
        t = TableOfContents()
        t.levelStyles = [styles["toc1"], styles["toc2"]]
        t.dotsMinLevel = 0
        return t

    def grid_table(rows, col_widths, header=True, font_size=9):
        data = [
            [
                Paragraph(
                    esc(str(c)) if not str(c).startswith("<b>") else str(c),
                    styles["cellb"] if (header and i == 0) else styles["cell"],
                )
                for c in r
            ]
            for i, r in enumerate(rows)
        ]
        t = Table(data, colWidths=col_widths, repeatRows=1 if header else 0)
        cmds = [
            ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#888888")),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 4),
            ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ]
        if header:
            cmds.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde3ea")))
        t.setStyle(TableStyle(cmds))
        return t

    class NS:
        pass

    ns = NS()
    for k, v in dict(
        styles=styles,
        P=P,
        FillTo=FillTo,
        FixtureDoc=FixtureDoc,
        toc=toc,
        grid_table=grid_table,
        Spacer=Spacer,
        PageBreak=PageBreak,
        NextPageTemplate=NextPageTemplate,
        KeepTogether=KeepTogether,
        Table=Table,
        TableStyle=TableStyle,
        colors=colors,
        cm=cm,
        W=W,
        H=H,
        Paragraph=Paragraph,
        ParagraphStyle=ParagraphStyle,
    ).items():
        setattr(ns, k, v)
    return ns
