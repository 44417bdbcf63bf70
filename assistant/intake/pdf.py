"""A report PDF read into paragraphs, with its layout: pages, font sizes (headings), bold lead-ins,
columns and paragraphs that run over a page or column break. Running headers and footers and
footnotes are set aside.

pypdf's text visitor is used, not pdfminer's layout analysis: on a 149-page report it reads in about
1 s where pdfminer takes 7.5 s on the same two cores (bench/intake.py), and the fonts and positions it
reports are all this reader needs.
"""

from __future__ import annotations

import io
import re
from collections import Counter
from dataclasses import dataclass, field

from assistant.intake.paras import LABEL_ONLY, Para, ReportError, clean

_LABEL_START = re.compile(  # a line that opens a new labelled item (the words capitalised, as labels are)
    r"^(?:Recommendations?\b|Areas? for improvement\b|Causes? of concern\b|Key concerns?\b|Priority concerns?\b"
    r"|[•▪●◦‣∙·–-]\s|\(?[a-z]\)\s|\(?\d{1,2}[a-z]?\)\s|\d{1,2}\.\d{0,2}\s)"
)
_ENDS_SENTENCE = re.compile(r"[.!?:;)”\"']\s*$")


@dataclass
class _Line:
    page: int
    x: float
    y: float
    size: float
    parts: list[tuple[str, bool, float]] = field(default_factory=list)  # (text, bold, size)
    end: float = 0.0  # where the last part ends, at most (its width over-estimated from its length)

    @property
    def text(self) -> str:
        # A footnote's marker set small in the line ("prosecution.10") is not the line's text.
        return clean(
            "".join(t for t, _, z in self.parts if not (t.strip().isdigit() and z <= self.size * 0.85))
        )

    @property
    def bold(self) -> bool:
        return all(b for t, b, _ in self.parts if t.strip())

    @property
    def lead(self) -> str:
        words = []
        for t, b, _ in self.parts:
            if not b and t.strip():
                break
            words.append(t)
        return clean("".join(words))


def _bold(font: dict | None) -> bool:
    name = str((font or {}).get("/BaseFont", "")).lower()
    return any(w in name for w in ("bold", "black", "heavy", "semibold", "demi"))


def _lines(data: bytes) -> tuple[list[_Line], int, list[float]]:
    import pypdf
    from pypdf.errors import PdfReadError

    if not data:
        raise ReportError("the file is empty (0 bytes); save the report again from the inspectorate's site")
    if not data.lstrip()[:5].startswith(b"%PDF"):
        raise ReportError(
            "this is not a PDF (it does not start with %PDF); save the report as PDF, HTML or Word"
        )
    try:
        reader = pypdf.PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise ReportError("the PDF is password-protected; save an unprotected copy and try again")
        pages = list(reader.pages)
    except PdfReadError as exc:
        raise ReportError(f"not a readable PDF (damaged or cut short: {exc})") from exc
    lines: list[_Line] = []
    heights: list[float] = []
    for number, page in enumerate(pages, start=1):
        box = page.mediabox
        heights.append(float(box.height))
        current: list[_Line] = []

        def visit(text, cm, tm, font, size, page_no=number, current=current):
            if not text:
                return
            x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
            y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
            scale = abs(tm[3] * cm[3]) or 1.0
            size = round(float(size) * scale, 1)
            bold = _bold(font)
            for k, piece in enumerate(text.split("\n")):
                if not piece:
                    continue
                last = current[-1] if current else None
                if k == 0 and last and abs(last.y - y) < max(2.0, size * 0.3) and last.page == page_no:
                    if x > last.end + 3 * size and piece.strip() and last.text:
                        piece = f" | {piece.lstrip()}"  # the next cell of a table drawn as text on one line
                    last.parts.append((piece, bold, size))
                    last.size = max(last.size, size) if piece.strip() else last.size
                else:
                    current.append(
                        _Line(page_no, x, y, size if piece.strip() else 0.0, [(piece, bold, size)])
                    )
                    last = current[-1]
                last.end = max(last.end, x + 0.55 * size * len(piece))

        try:
            page.extract_text(visitor_text=visit)
        except Exception as exc:  # pypdf raises many kinds on a damaged content stream
            raise ReportError(f"page {number} of the PDF cannot be read ({type(exc).__name__})") from exc
        lines.extend(line for line in current if line.text)
    if not lines:
        raise ReportError("no text found in the PDF (a scanned image?); text recognition is not supported")
    return lines, len(pages), heights


def _margin_texts(lines: list[_Line], n_pages: int, heights: list[float]) -> set[str]:
    """Running headers and footers: short lines near the top or bottom edge that recur, page numbers
    aside, on several pages."""
    seen: Counter[str] = Counter()
    for line in lines:
        h = heights[line.page - 1]
        if line.y > h * 0.9 or line.y < h * 0.08:
            seen[re.sub(r"\d+", "#", line.text)] += 1
    need = max(2, n_pages // 4)
    return {
        text
        for text, n in seen.items()
        if n >= need or re.fullmatch(r"(?:page\s*)?#(?:\s*of\s*#)?", text, re.I)
    }


_TABLE_HEADER = re.compile(  # lines run together here: "No.RecommendationAddressed to"
    r"(?=.*(?:Recommendations?|Areas? for improvement|Causes? of concern))"
    r"(?=.*(?:No\.|\bRef|Reference|Addressed to|Owner|Timescale|Deadline|Responsible|Lead\b))",
)


@dataclass
class _Table:
    page: int
    top: float
    bottom: float
    rows: list[list[str]]


def _column_of(box: tuple, lefts: list[float]) -> int:
    return max(c for c, x in enumerate(lefts) if box[0] >= x - 5)


def _tables(data: bytes, lines: list[_Line], n_pages: int) -> list[_Table]:
    """Tables of asks, read cell by cell with pdfminer's layout analysis on the pages whose lines show a
    table header ('No. | Recommendation | Addressed to') and the page after each (a table that runs on
    without its header repeated; a row split by the page break). pdfminer is slow: only those pages."""
    heads = {ln.page for ln in lines if len(ln.text) < 120 and _TABLE_HEADER.search(ln.text)}
    pages = sorted(heads | {p + 1 for p in heads if p < n_pages})
    if not heads:
        return []
    from pdfminer.high_level import extract_pages
    from pdfminer.layout import LAParams, LTTextContainer

    tables: list[_Table] = []
    carry: tuple[list[float], _Table] | None = None  # the columns of a table on the page before
    for number, page in zip(
        pages,
        extract_pages(io.BytesIO(data), page_numbers=[p - 1 for p in pages], laparams=LAParams()),
        strict=False,
    ):
        boxes = [
            (el.x0, el.y1, el.y0, _box_text(el.get_text()))
            for el in page
            if isinstance(el, LTTextContainer) and el.get_text().strip()
        ]
        head = next(
            (
                b
                for b in boxes
                if re.fullmatch(r"(?:Recommendations?|Areas? for improvement|Causes? of concern)", b[3])
            ),
            None,
        )
        header = sorted((b for b in boxes if head and abs(b[1] - head[1]) < 3), key=lambda b: b[0])
        if head is not None and len(header) >= 2:
            lefts, top_y, rows = [b[0] for b in header], head[2], [[h[3] for h in header]]
        elif carry is not None and carry[1].page == number - 1:
            lefts, top_y, rows = carry[0], page.height, []  # the table runs on, its header not repeated
        else:
            carry = None
            continue
        below = [b for b in boxes if b[1] < top_y + 1 and b[0] >= lefts[0] - 5]
        if not rows and not any(abs(b[0] - x) < 5 for b in below for x in lefts[1:]):
            carry = None
            continue  # nothing in the table's columns: the table ended on the page before
        first = [b for b in below if abs(b[0] - lefts[0]) < 5 and len(b[3]) <= 12]
        starts = sorted({round(b[1], 1) for b in first}, reverse=True)
        bottom = top_y

        if not rows and carry is not None:  # text above the first id: the end of the last row before
            cut = starts[0] + 1 if starts else 0.0
            last = carry[1].rows[-1]
            for b in sorted(below, key=lambda b: -b[1]):
                if b[1] > cut:
                    col = _column_of(b, lefts)
                    last[col] = joined(last[col], b[3]) if last[col] else b[3]
                    bottom = min(bottom, b[2])
        for k, top in enumerate(starts):
            nxt = starts[k + 1] if k + 1 < len(starts) else -1.0
            cells = ["" for _ in lefts]
            for b in below:
                if nxt + 1 < b[1] <= top + 1 and (nxt >= 0 or (b[1] - b[2]) < 200):
                    col = _column_of(b, lefts)
                    cells[col] = joined(cells[col], b[3]) if cells[col] else b[3]
                    bottom = min(bottom, b[2])
            rows.append(cells)
        table = _Table(
            number,
            (head[1] + 2) if rows and head is not None and len(header) >= 2 else page.height,
            bottom - 1,
            rows,
        )
        tables.append(table)
        carry = (lefts, table)
    return tables


def read_pdf(data: bytes) -> list[Para]:
    lines, n_pages, heights = _lines(data)
    margins = _margin_texts(lines, n_pages, heights)
    tables = _tables(data, lines, n_pages)

    def in_margin(line: _Line) -> bool:
        h = heights[line.page - 1]
        return (line.y > h * 0.9 or line.y < h * 0.08) and re.sub(r"\d+", "#", line.text) in margins

    body = [line for line in lines if not in_margin(line)]
    sizes: Counter[float] = Counter()
    for line in body:
        sizes[line.size] += len(line.text)
    body_size = sizes.most_common(1)[0][0] if sizes else 10.0
    paras: list[Para] = []
    section = ""
    prev: _Line | None = None
    lead_open = False  # every word of the paragraph so far is bold: a bold lead-in may go on
    emitted: set[int] = set()
    for line in body:
        table = next(
            (k for k, t in enumerate(tables) if t.page == line.page and t.bottom <= line.y <= t.top), None
        )
        if table is not None:
            if table not in emitted:
                emitted.add(table)
                for cells in tables[table].rows:
                    paras.append(
                        Para(
                            text=" | ".join(c for c in cells if c),
                            kind="row",
                            cells=cells,
                            page=line.page,
                            section=section,
                        )
                    )
            prev = None
            continue
        text = line.text
        kind = "note" if line.size < body_size - 1.2 else "heading" if line.size > body_size + 1.2 else "para"
        last = paras[-1] if paras else None
        if kind == "heading":
            level = 1 if line.size >= body_size * 1.5 else 2
            wrapped = prev is not None and prev.page == line.page and abs(prev.size - line.size) < 0.5
            if last and last.kind == "heading" and wrapped and _near(prev, line, 2.0):
                last.text = clean(f"{last.text} {text}")  # a heading wrapped over two lines
            else:
                paras.append(Para(text=text, kind="heading", level=level, page=line.page, section=section))
            if level <= 2:
                section = paras[-1].text
        elif last is not None and prev is not None and last.kind == kind and _continues(last, prev, line):
            last.text = joined(last.text, text)
            if lead_open:
                last.lead = clean(f"{last.lead} {text if line.bold else line.lead}")
                lead_open = line.bold
            last.bold = last.bold and line.bold
        else:
            if last is not None and last.bold and _heading_like(last):
                last.kind, last.level, last.bold = "heading", 3, False  # a bold line of body size
            paras.append(
                Para(text=text, kind=kind, lead=line.lead, bold=line.bold, page=line.page, section=section)
            )
            lead_open = line.bold
        prev = line
    for para in paras:
        if para.lead and para.lead == para.text:
            para.lead = ""  # all bold: the paragraph is bold, it has no lead-in
    return paras


def _box_text(raw: str) -> str:
    text = ""
    for line in raw.splitlines():
        text = joined(text, clean(line)) if text else clean(line)
    return text


_SUFFIX = r"(?:hood|ness|ment|ments|tion|tions|sion|sions|ing|ings|ity|ities|ance|ence|ship|able|ible|ful|less|ally|ised|ized|ise|ize)"


# Compounds written with their hyphen ("multi-agency", "non-crime", "co-located"): kept at a line's end.
_KEPT_PREFIXES = frozenset(
    ["multi", "non", "co", "cross", "self", "well", "long", "short", "high", "low", "part", "full", "pre", "post",
     "anti", "sub", "inter", "intra", "re", "semi", "under", "over", "out", "mid", "ex", "x", "e"]
)  # fmt: skip


def joined(before: str, after: str) -> str:
    """A paragraph carried onto its next line: a word broken at the line's end by a hyphen is mended
    when the two halves make a word ('neighbour-' + 'hood'); a real hyphen ('well-' + 'known') stays."""
    m = re.search(r"([A-Za-z]+)-$", before)
    n = re.match(r"([a-z]+)", after)
    if m and n:
        from lemminflect import getAllLemmas

        word = (m.group(1) + n.group(1)).lower()
        head = m.group(1).lower()
        known = getAllLemmas(word) or getAllLemmas(word.replace("our", "or"))  # British spellings too
        halves = getAllLemmas(head) and getAllLemmas(n.group(1))
        broken = not getAllLemmas(head) and head not in _KEPT_PREFIXES  # "autho-" / "cri-": half a word
        if head not in _KEPT_PREFIXES and (
            (known and not halves) or broken or re.fullmatch(_SUFFIX, n.group(1))
        ):
            return clean(before[:-1] + after)
    return clean(f"{before} {after}")


def _heading_like(para: Para) -> bool:
    return (
        para.kind == "para"
        and len(para.text) <= 80
        and not _ENDS_SENTENCE.search(para.text)
        and not LABEL_ONLY.match(para.text)
    )


def _near(a: _Line, b: _Line, factor: float) -> bool:
    return 0 < a.y - b.y <= a.size * factor


def _continues(last: Para, prev: _Line, line: _Line) -> bool:
    """Whether a line carries on the paragraph above: the next line down in the same column, or the
    first line of a new column or page when the paragraph above had not finished its sentence."""
    text = line.text
    if _LABEL_START.match(text) or LABEL_ONLY.match(last.text):
        return False  # a new labelled item, or the text under a label that stands on its own line
    if line.bold and not last.bold:
        return False  # a bold line after plain text opens something new
    if last.bold and line.lead and _near(prev, line, 1.75):
        return True  # the bold lead-in runs on into this line
    if (
        last.bold
        and not line.bold
        and _heading_like(last)
        and (_ENDS_SENTENCE.search(last.text) is None)
        and len(last.text) < 60
        and prev.x <= line.x
        and not last.text.rstrip().endswith((",", "should"))
    ):
        return False  # a short bold line over plain text is a sub-heading
    if line.page == prev.page and abs(line.x - prev.x) < 30 and _near(prev, line, 1.75):
        return True
    hanging = _LABEL_START.match(prev.text) or re.match(r"^\d{1,2}(?:\.\d{1,2})*\s", prev.text)
    if hanging and line.page == prev.page and 0 < line.x - prev.x <= 60 and _near(prev, line, 1.75):
        return True  # "1.1  This inspection ..." with its lines indented under the text, not the number
    moved = line.page != prev.page or line.y > prev.y
    return moved and not _ENDS_SENTENCE.search(last.text) and (text[:1].islower() or text[:1].isdigit())
