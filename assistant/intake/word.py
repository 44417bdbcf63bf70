"""A report as a Word file read into paragraphs by its styles and numbering: heading styles, the number
Word's automatic numbering shows beside a paragraph (lists that continue or restart), bold lead-ins,
table rows, and the page each paragraph is on (Word's own page marks where the file has them, else its
explicit page breaks). Headers, footers and footnotes are not body text and are left out."""

from __future__ import annotations

import io
import re
import zipfile

from assistant.intake.paras import Para, ReportError, clean

_ROMAN = [(10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")]


def _roman(n: int) -> str:
    out = ""
    for value, letters in _ROMAN:
        while n >= value:
            out, n = out + letters, n - value
    return out


def _formatted(n: int, fmt: str) -> str:
    if fmt in ("lowerLetter", "upperLetter"):
        letter = chr(ord("a") + (n - 1) % 26)
        return letter.upper() if fmt == "upperLetter" else letter
    if fmt in ("lowerRoman", "upperRoman"):
        return _roman(n).upper() if fmt == "upperRoman" else _roman(n)
    if fmt in ("bullet", "none"):
        return ""
    return str(n)


class _Numbering:
    """Word's list counters: lists sharing an abstract definition continue its count unless their
    instance restarts it (w:startOverride)."""

    def __init__(self, document, qn):
        self.qn = qn
        # (abstract, level) -> (format, start, the text Word shows, e.g. "%1.%2" or "Recommendation %1:")
        self.formats: dict[tuple[str, int], tuple[str, int, str]] = {}
        self.abstract_of: dict[str, str] = {}
        self.overrides: dict[tuple[str, int], int] = {}
        self.counters: dict[str, dict[int, int]] = {}
        self.started: set[tuple[str, int]] = set()
        try:
            root = document.part.numbering_part.element
        except (KeyError, NotImplementedError, AttributeError):
            return
        for abstract in root.findall(qn("w:abstractNum")):
            aid = abstract.get(qn("w:abstractNumId"))
            for lvl in abstract.findall(qn("w:lvl")):
                level = int(lvl.get(qn("w:ilvl"), "0"))
                fmt = lvl.find(qn("w:numFmt"))
                start = lvl.find(qn("w:start"))
                shown = lvl.find(qn("w:lvlText"))
                self.formats[(aid, level)] = (
                    fmt.get(qn("w:val")) if fmt is not None else "decimal",
                    int(start.get(qn("w:val"))) if start is not None else 1,
                    shown.get(qn("w:val")) if shown is not None else f"%{level + 1}.",
                )
        for num in root.findall(qn("w:num")):
            nid = num.get(qn("w:numId"))
            ref = num.find(qn("w:abstractNumId"))
            if ref is not None:
                self.abstract_of[nid] = ref.get(qn("w:val"))
            for override in num.findall(qn("w:lvlOverride")):
                start = override.find(qn("w:startOverride"))
                if start is not None:
                    self.overrides[(nid, int(override.get(qn("w:ilvl"), "0")))] = int(start.get(qn("w:val")))

    def number(self, num_id: str, level: int) -> str:
        aid = self.abstract_of.get(num_id)
        if aid is None or num_id == "0":
            return ""
        fmt, start, shown = self.formats.get((aid, level), ("decimal", 1, f"%{level + 1}."))
        counts = self.counters.setdefault(aid, {})
        if (num_id, level) in self.overrides and (num_id, level) not in self.started:
            self.started.add((num_id, level))
            counts[level] = self.overrides[(num_id, level)] - 1
        counts[level] = counts.get(level, start - 1) + 1
        for deeper in [k for k in counts if k > level]:
            del counts[deeper]  # a new item restarts the levels under it
        if fmt in ("bullet", "none"):
            return ""
        # The number as shown, without the words around it: "%1.%2" -> "2.1"; "Recommendation %1:" -> "3".
        first, last = shown.find("%"), shown.rfind("%")
        if first < 0:
            return _formatted(counts[level], fmt)
        core = shown[first : last + 2]
        for k in range(level + 1):
            k_fmt = self.formats.get((aid, k), ("decimal", 1, ""))[0] if k != level else fmt
            core = core.replace(f"%{k + 1}", _formatted(counts.get(k, 1), k_fmt))
        return core


def read_docx(data: bytes) -> tuple[list[Para], dict[str, str]]:
    import docx
    from docx.oxml.ns import qn
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    if not data:
        raise ReportError("the file is empty (0 bytes); save the report again as a Word document (.docx)")
    if not zipfile.is_zipfile(io.BytesIO(data)):
        raise ReportError(
            "this is not a Word .docx file (an old .doc, or another format?); save it as .docx, PDF or HTML"
        )
    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as exc:  # python-docx raises several types for broken packages
        raise ReportError(
            f"not a readable Word document ({type(exc).__name__}); save it again as .docx"
        ) from exc
    styles = {s.style_id: s for s in document.styles}
    numbering = _Numbering(document, qn)
    rendered = document.element.body.find(".//" + qn("w:lastRenderedPageBreak")) is not None
    page = 1
    section = ""
    paras: list[Para] = []

    def style_num(style) -> tuple[str, int] | None:
        while style is not None:
            ppr = style.element.pPr
            if ppr is not None and ppr.numPr is not None and ppr.numPr.numId is not None:
                ilvl = ppr.numPr.ilvl
                return str(ppr.numPr.numId.val), int(ilvl.val) if ilvl is not None else 0
            style = style.base_style
        return None

    for item in document.iter_inner_content():
        if isinstance(item, Table):
            for row in item.rows:
                cells = list(dict.fromkeys(clean(c.text) for c in row.cells))  # merged cells repeat
                if any(cells):
                    paras.append(
                        Para(
                            text=" | ".join(c for c in cells if c),
                            kind="row",
                            cells=cells,
                            page=page,
                            section=section,
                        )
                    )
            continue
        if not isinstance(item, Paragraph):
            continue
        p = item._p
        breaks_before = 0
        if rendered:
            breaks_before = len(p.findall(".//" + qn("w:lastRenderedPageBreak")))
        else:
            ppr = p.pPr
            if ppr is not None and ppr.find(qn("w:pageBreakBefore")) is not None:
                breaks_before = 1
            breaks_before += sum(
                1 for br in p.iter(qn("w:br")) if br.get(qn("w:type")) == "page" and not _after_text(br, qn)
            )
        page += breaks_before
        text = clean(item.text)
        style = styles.get(p.style or "Normal") or styles.get("Normal")
        name = (style.name if style is not None else "") or ""
        if text:
            para = _para(item, text, name, style, _style_bold(style), page, section)
            ppr = p.pPr
            num = None
            if ppr is not None and ppr.numPr is not None and ppr.numPr.numId is not None:
                ilvl = ppr.numPr.ilvl
                num = (str(ppr.numPr.numId.val), int(ilvl.val) if ilvl is not None else 0)
            elif style is not None:
                num = style_num(style)
            if num is not None:
                para.number = numbering.number(*num)
                para.kind = "item" if para.kind == "para" else para.kind
            if para.kind == "heading" and para.level <= 2:
                section = text
            paras.append(para)
        if not rendered:  # a break after the text, or a section break, starts the next page
            page += sum(
                1 for br in p.iter(qn("w:br")) if br.get(qn("w:type")) == "page" and _after_text(br, qn)
            )
            ppr = p.pPr
            if ppr is not None and ppr.find(qn("w:sectPr")) is not None:
                page += 1
    declared = {}
    props = document.core_properties
    if props.title:
        declared["title"] = props.title
    if not paras:
        raise ReportError("no text found in the Word document")
    return paras, declared


def _after_text(br, qn) -> bool:
    """Whether a page break comes after some of its paragraph's text (so the text is on the page before)."""
    run = br.getparent()
    paragraph = run.getparent()
    for node in paragraph.iter(qn("w:t"), qn("w:br")):
        if node is br:
            return False
        if node.tag == qn("w:t") and (node.text or "").strip():
            return True
    return False


# A bold paragraph that is a label or an ask, not a heading: "Recommendation 3", "Cause of concern 1 –
# recommendation 2", "By 30 June 2027, the Home Office should:".
_NOT_HEADING = re.compile(
    r"^(?:recommendation|cause of concern|area for improvement|afi|coc|r\d)|\b(?:should|recommend|must)\b",
    re.I,
)


def _para(item, text: str, name: str, style, style_is_bold: bool, page: int, section: str) -> Para:
    lowered = name.lower()
    if lowered == "title" or lowered.startswith("heading"):
        level = 1 if lowered == "title" else int(lowered.split()[-1]) if lowered.split()[-1].isdigit() else 2
        return Para(text=text, kind="heading", level=level, page=page, section=section)
    runs = [r for r in item.runs if r.text.strip()]
    bold = [bool(r.bold) if r.bold is not None else style_is_bold or _style_bold(r.style) for r in runs]
    lead = ""
    for run, is_bold in zip(runs, bold, strict=False):
        if not is_bold:
            break
        lead += run.text
    lead = clean(lead)
    whole = bool(runs) and all(bold)
    kind = "item" if "list" in lowered else "para"
    if (
        whole
        and kind == "para"
        and len(text) <= 100
        and not re.search(r"[.;,:]$", text)
        and not _NOT_HEADING.search(text)
    ):
        return Para(text=text, kind="heading", level=2, page=page, section=section)  # a heading set in bold
    return Para(text=text, kind=kind, lead="" if whole else lead, bold=whole, page=page, section=section)


def _style_bold(style) -> bool:
    """Whether a paragraph or character style (or one it is based on) sets bold."""
    while style is not None:
        if style.font.bold is not None:
            return bool(style.font.bold)
        style = style.base_style
    return False
