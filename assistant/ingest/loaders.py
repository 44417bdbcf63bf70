"""Readers for each file format, all returning the same :class:`ParsedFile` of ordered blocks.

Each uses a well-kept library for the format (python-docx, pdfminer.six, BeautifulSoup, openpyxl,
markdown-it-py) and raises :class:`LoaderError` with a plain reason when a file cannot be read, so
the ingest summary can name the file and the problem.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
import zipfile
from collections.abc import Callable
from datetime import date
from pathlib import Path

import yaml
from charset_normalizer import from_bytes

from assistant.ingest.log_plans import read_dated_log
from assistant.ingest.plans import PlanReader
from assistant.ingest.prose_plans import read_prose_plan, rec_heading
from assistant.ingest.sheets import cell_text, fill_merged, fill_rgb, sheet_report, sheet_xml_facts
from assistant.ingest.tables import table_blocks
from assistant.records import Block, ParsedFile
from assistant.settings import IngestSettings, Settings


class LoaderError(ValueError):
    """A file that cannot be read, with the reason in words a user can act on."""


class LimitError(LoaderError):
    """A file over one of the ingest limits: says what was found, the limit, and the setting to raise."""

    def __init__(self, found: str, setting: str, limit: str, note: str = ""):
        env = IngestSettings.env_name(setting)
        super().__init__(f"refused: {found}, over the limit of {limit} (raise {env} to accept it){note}")


CHECKED, UNCHECKED = "☒", "☐"
_INPUT_TAG = re.compile(r"<input\b([^<>]{0,500})/?>", re.I)  # bounded: linear time on any text


def checkbox_markup_to_glyphs(text: str) -> str:
    """``<input checked type="checkbox"/>`` (as in exported web pages) to ☒, unticked to ☐."""

    def repl(m: re.Match) -> str:
        attrs = m.group(1).lower()
        if "checkbox" not in attrs:
            return m.group(0)
        return CHECKED if "checked" in attrs else UNCHECKED

    return _INPUT_TAG.sub(repl, text)


# Byte-order marks, longest first (a UTF-32-LE mark starts with the UTF-16-LE one).
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# What Office on a UK desktop saves as "ANSI". A short text often fits several single-byte code pages
# equally well ("Café — £500" reads as Cyrillic cp1125 too); on such a tie this one wins.
PREFERRED_LEGACY_ENCODING = "cp1252"


def decode_text(data: bytes, limits: IngestSettings | None = None) -> str:
    """A byte-order mark first, then UTF-8, then charset-normalizer's detection (Windows-1252 on a tie).
    Binary (no encoding fits, or NUL bytes outside UTF-16/32) is refused."""
    text = _decode(data)
    if limits is not None and len(text) > limits.max_file_chars:
        raise _chars_error(len(text), limits)
    return text


def _decode(data: bytes) -> str:
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(codec)
            except UnicodeDecodeError as exc:
                raise LoaderError(
                    f"starts with a {codec.upper()} byte-order mark but is not {codec.upper()}"
                ) from exc
    binary = b"\x00" in data[:8192]
    if not binary:
        try:
            return data.decode("utf-8")
        except UnicodeDecodeError:
            pass
    matches = from_bytes(data)
    best = matches.best()
    if best is None or (binary and not best.encoding.startswith(("utf_16", "utf_32"))):
        raise LoaderError("looks like a binary file, not text (no text encoding fits its bytes)")
    tied = [m for m in matches if m.encoding == PREFERRED_LEGACY_ENCODING and m.chaos <= best.chaos + 0.01]
    return str(tied[0] if tied else best)


def _chars_error(n: int, limits: IngestSettings) -> LimitError:
    return LimitError(f"{n:,} characters of text", "max_file_chars", f"{limits.max_file_chars:,}")


# -- plain text and Markdown ----------------------------------------------------------------------
_BOLD_LINE = re.compile(r"\*\*[^*]+\*\*|__[^_]+__")
_LIST_ITEM = re.compile(r"^\s*(?:[-*•]|\d+[.)])\s+")
_NUMBERED_HEADING = re.compile(r"^\d+(\.\d+)*\.?\s+\S")


def _looks_like_heading(line: str) -> bool:
    s = line.strip().strip("*#").strip()
    if not s or len(s) > 90 or s[-1] in ".,;:" or s.lower().startswith(("dear", "yours")):
        return False
    letters = [c for c in s if c.isalpha()]
    if letters and sum(c.isupper() for c in letters) / len(letters) > 0.8 and len(letters) > 3:
        return True
    if _NUMBERED_HEADING.match(s) and len(s.split()) <= 10:
        return True
    words = s.split()
    return len(words) >= 3 and sum(w[0].isupper() for w in words if w[0].isalpha()) / len(words) >= 0.6


def load_text(data: bytes, limits: IngestSettings) -> ParsedFile:
    text = checkbox_markup_to_glyphs(decode_text(data, limits)).replace("\r\n", "\n")
    blocks: list[Block] = []
    table: list[list[str]] = []
    reader = PlanReader()
    for para in re.split(r"\n\s*\n", text):
        lines = [ln for ln in para.split("\n") if ln.strip()]
        rest: list[str] = []
        for line in lines:
            if table and _RULE.fullmatch(line):  # "----+----" under a header (a psql-style export)
                continue
            if "\t" in line.strip():
                table.append(line.strip().split("\t"))
                continue
            if line.count("|") >= 2:  # a pipe table exported as text
                if not re.fullmatch(r"[\s|:+-]+", line):
                    table.append([_BR.sub("\n", c).strip() for c in line.strip().strip("|").split("|")])
                continue
            if table:
                blocks.extend(table_blocks(table, reader))
                table = []
            rest.append(line)
        if table and not rest:
            continue
        if table:
            blocks.extend(table_blocks(table, reader))
            table = []
        blocks.extend(_text_blocks(rest))
    if table:
        blocks.extend(table_blocks(table, reader))
    return ParsedFile(blocks=blocks, plan_tables=reader.tables)


_BR = re.compile(r"<br\s*/?>", re.I)  # a line break inside a pipe-table cell
_RULE = re.compile(r"\s*[|:+=]?(?:[-=]{3,}[|:+=]?)+\s*")


def _text_blocks(lines: list[str]) -> list[Block]:
    if not lines:
        return []
    if len(lines) > 1 and len(lines[0].strip()) <= 80 and rec_heading(lines[0]):
        # "Recommendation 2: Body-worn video" over the lines that answer it: a heading of its own.
        return [Block(kind="heading", text=lines[0].strip(), level=3), *_text_blocks(lines[1:])]
    joined = " ".join(line.strip() for line in lines)
    if _BOLD_LINE.fullmatch(joined) and len(joined) < 200:
        return [Block(kind="heading", text=joined.strip("*_ "), level=3)]
    if len(lines) == 1 and _looks_like_heading(lines[0]):
        return [Block(kind="heading", text=lines[0].strip().strip("*").strip(), level=2)]
    blocks: list[Block] = []
    current: list[str] = []
    for line in lines:
        if _LIST_ITEM.match(line):
            if current:
                blocks.append(Block(kind="paragraph", text=" ".join(current)))
                current = []
            blocks.append(Block(kind="list_item", text=line.strip()))
        elif blocks and blocks[-1].kind == "list_item" and not current and line.startswith((" ", "\t")):
            blocks[-1].text += " " + line.strip()
        else:
            current.append(line.strip())
    if current:
        blocks.append(Block(kind="paragraph", text=" ".join(current).strip("*").strip()))
    return blocks


_MD_FIELD = re.compile(r"^\s*(\*\*|__)?[A-Z][\w ]{1,30}:(\*\*|__)?\s*\S")
_FRONT_MATTER = re.compile(r"\A---\s*\n(.*?)\n---\s*\n", re.S)


def load_markdown(data: bytes, limits: IngestSettings) -> ParsedFile:
    from markdown_it import MarkdownIt

    text = checkbox_markup_to_glyphs(decode_text(data, limits))
    declared: dict[str, str] = {}
    m = _FRONT_MATTER.match(text)
    if m:
        try:
            front = yaml.safe_load(m.group(1))
        except yaml.YAMLError as exc:
            raise LoaderError(f"front matter is not valid YAML: {exc}") from exc
        if isinstance(front, dict):
            declared = {str(k): str(v) for k, v in front.items() if isinstance(v, str | int | float | date)}
        text = text[m.end() :]
    tokens = MarkdownIt("commonmark").enable("table").parse(text)
    blocks: list[Block] = []
    reader = PlanReader()
    context: list[str] = []  # open containers: list_item, blockquote
    table: list[list[str]] | None = None
    row: list[str] = []
    heading_level = 0
    for tok in tokens:
        if tok.type in ("list_item_open", "blockquote_open"):
            context.append(tok.type)
        elif tok.type in ("list_item_close", "blockquote_close"):
            context.pop()
        elif tok.type == "heading_open":
            heading_level = int(tok.tag[1])
        elif tok.type == "table_open":
            table = []
        elif tok.type == "tr_open":
            row = []
        elif tok.type == "tr_close" and table is not None:
            table.append(row)
        elif tok.type == "table_close" and table is not None:
            blocks.extend(table_blocks(table, reader))
            table = None
        elif tok.type == "inline":
            content = _strip_inline_markdown(tok.content)
            if table is not None:
                row.append("\n".join(_strip_inline_markdown(part) for part in _BR.split(tok.content)))
            elif not context and _BOLD_LINE.fullmatch(tok.content.strip()) and len(content) < 200:
                blocks.append(Block(kind="heading", text=content, level=3))  # a bold line is a heading
            elif heading_level:
                blocks.append(Block(kind="heading", text=content, level=heading_level))
            elif "blockquote_open" in context:
                blocks.append(Block(kind="quote", text=content))
            elif "list_item_open" in context:
                blocks.append(Block(kind="list_item", text=content))
            elif content and all(_MD_FIELD.match(line) for line in tok.content.splitlines()):
                # "**Meeting:** 26 June 2025" lines: each field is its own block
                blocks.extend(
                    Block(kind="paragraph", text=_strip_inline_markdown(line))
                    for line in tok.content.splitlines()
                )
            elif content:
                blocks.append(Block(kind="paragraph", text=content))
        elif tok.type == "heading_close":
            heading_level = 0
        elif tok.type in ("fence", "code_block") and tok.content.strip():
            blocks.append(Block(kind="paragraph", text=tok.content.strip()))
    return ParsedFile(blocks=blocks, declared=declared, plan_tables=reader.tables)


def _strip_inline_markdown(text: str) -> str:
    # Spans are bounded so that unclosed markers ("_a _a _a ...") cost linear time, not quadratic.
    text = re.sub(r"\[([^\]\n]{1,500})\]\([^)\s]{0,500}\)", r"\1", text)  # links keep their words
    text = re.sub(r"(\*\*|__|\*|_)(?=\S)(.{1,300}?)(?<=\S)\1", r"\2", text)
    return re.sub(r"\s*\n\s*", " ", text).strip()


# -- HTML ---------------------------------------------------------------------------------------
_HTML_BLOCKS = {"p", "li", "blockquote", "pre", "dt", "dd", "figcaption", "address"}
_HTML_SKIP = {"script", "style", "noscript", "nav", "template", "svg", "form", "button"}


def load_html(data: bytes, limits: IngestSettings) -> ParsedFile:
    from bs4 import BeautifulSoup, NavigableString, Tag

    soup = BeautifulSoup(data, "lxml")
    depth = _depth(soup, Tag)
    if depth > limits.max_html_depth:  # the reader below recurses once per level
        raise LimitError(f"tags nested {depth:,} levels deep", "max_html_depth", f"{limits.max_html_depth:,}")
    for box in soup.find_all("input"):
        if (box.get("type") or "").lower() == "checkbox":
            box.replace_with(CHECKED if box.has_attr("checked") else UNCHECKED)
    declared = {}
    if soup.title and soup.title.get_text(strip=True):
        declared["html_title"] = soup.title.get_text(" ", strip=True)
    for meta in soup.find_all("meta"):
        if (meta.get("name") or "").lower() in ("classification", "protective-marking", "marking"):
            declared["marking"] = meta.get("content", "")
    blocks: list[Block] = []
    reader = PlanReader()

    def text_of(node: Tag) -> str:
        return re.sub(r"\s+", " ", node.get_text(" ", strip=True)).strip()

    def cell_text(cell: Tag) -> str:
        """A table cell's text with its line breaks, paragraphs and list items one to a line."""
        for br in cell.find_all("br"):
            br.replace_with("\n")
        for part in cell.find_all(["p", "li", "div"]):
            part.insert_before("\n")
            part.insert_after("\n")
        lines = (re.sub(r"\s+", " ", line).strip() for line in cell.get_text("").split("\n"))
        return "\n".join(line for line in lines if line)

    def walk(node: Tag) -> None:
        loose: list[str] = []
        for child in node.children:
            if isinstance(child, NavigableString):
                if child.strip() and child.__class__.__name__ == "NavigableString":
                    loose.append(child.strip())
                continue
            if not isinstance(child, Tag) or child.name in _HTML_SKIP:
                continue
            if loose:
                blocks.append(Block(kind="paragraph", text=" ".join(loose)))
                loose = []
            name = child.name
            if re.fullmatch(r"h[1-6]", name):
                if text_of(child):
                    blocks.append(Block(kind="heading", text=text_of(child), level=int(name[1])))
            elif name == "table":
                rows = [
                    [cell_text(cell) for cell in tr.find_all(["td", "th"])] for tr in child.find_all("tr")
                ]
                blocks.extend(table_blocks(rows, reader))
            elif name in ("ul", "ol", "dl"):
                walk(child)
            elif name in _HTML_BLOCKS:
                if name == "li" and child.find(["ul", "ol", "p"]):
                    walk(child)
                elif name == "p" and _all_bold(child) and len(text_of(child)) < 200:
                    blocks.append(Block(kind="heading", text=text_of(child), level=3))
                elif text_of(child):
                    kind = {"li": "list_item", "blockquote": "quote"}.get(name, "paragraph")
                    if name == "blockquote" and child.find("p"):
                        for p in child.find_all("p"):
                            if text_of(p):
                                blocks.append(Block(kind="quote", text=text_of(p)))
                    else:
                        blocks.append(Block(kind=kind, text=text_of(child)))
            elif name in ("br", "hr", "img"):
                continue
            elif child.find(list(_HTML_BLOCKS) + ["table", "h1", "h2", "h3", "h4", "h5", "h6", "div"]):
                walk(child)
            elif text_of(child):
                loose.append(text_of(child))
        if loose:
            blocks.append(Block(kind="paragraph", text=" ".join(loose)))

    walk(soup.body or soup)
    return ParsedFile(blocks=blocks, declared=declared, plan_tables=reader.tables)


def _depth(root, tag_type) -> int:
    """How deeply tags nest, counted without recursion."""
    deepest, stack = 0, [(root, 0)]
    while stack:
        node, depth = stack.pop()
        deepest = max(deepest, depth)
        stack.extend((child, depth + 1) for child in node.contents if isinstance(child, tag_type))
    return deepest


def _all_bold(node) -> bool:
    """A paragraph whose whole text sits inside <strong>/<b> is a heading in all but name."""
    bold = "".join(b.get_text() for b in node.find_all(["strong", "b"]))
    return bool(bold.strip()) and re.sub(r"\s+", "", bold) == re.sub(r"\s+", "", node.get_text())


# -- Office files --------------------------------------------------------------------------------
def _check_zip(data: bytes, what: str, limits: IngestSettings) -> None:
    """Refuse a package whose parts unpack too large, before any is unpacked. The sizes come from the
    zip's directory; zipfile never unpacks more than a part's stated size (a lie fails its CRC)."""
    if not data:
        raise LoaderError(f"empty file (0 bytes): not a valid {what}")
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            parts = zf.infolist()
    except zipfile.BadZipFile as exc:
        raise LoaderError(f"not a valid {what} (it is not a readable zip package)") from exc
    bomb = "; possibly a zip bomb"
    biggest = max(parts, key=lambda p: p.file_size, default=None)
    if biggest is not None and biggest.file_size > limits.max_member_mb * 1e6:
        found = f"its part {biggest.filename} unpacks to {biggest.file_size / 1e6:,.1f} MB"
        raise LimitError(found, "max_member_mb", f"{limits.max_member_mb:g} MB per part", bomb)
    total = sum(p.file_size for p in parts)
    if total > limits.max_unzipped_mb * 1e6:
        found = f"unpacks to {total / 1e6:,.1f} MB"
        raise LimitError(found, "max_unzipped_mb", f"{limits.max_unzipped_mb:g} MB", bomb)


def load_docx(data: bytes, limits: IngestSettings) -> ParsedFile:
    import docx
    from docx.oxml.ns import qn
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    _check_zip(data, "Word document (.docx)", limits)
    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as exc:  # python-docx raises several types for broken packages
        raise LoaderError(f"not a readable Word document: {exc}") from exc

    breaks = {qn("w:br"): "\n", qn("w:cr"): "\n", qn("w:tab"): " "}

    def cell_text(cell) -> str:
        """The cell's paragraphs and line breaks one to a line (several actions in one cell)."""
        paras = [
            "".join((el.text or "") if el.tag == qn("w:t") else breaks.get(el.tag, "") for el in p.iter())
            for p in cell._tc.iter(qn("w:p"))
        ]
        return "\n".join(p.strip() for p in paras if p.strip())

    # Paragraph.style looks each style up by scanning them all; map ids to names once instead.
    style_names = {style.style_id: style.name or "" for style in document.styles}
    blocks: list[Block] = []
    reader = PlanReader()
    for item in document.iter_inner_content():
        if isinstance(item, Paragraph):
            text = item.text.strip()
            if not text:
                continue
            style = style_names.get(item._p.style or "", "Normal")
            runs = [r for r in item.runs if r.text.strip()]
            if runs and all(r.bold for r in runs) and len(text) < 200 and "List" not in style:
                blocks.append(Block(kind="heading", text=text, level=3))  # a bold line is a heading
            elif style.startswith("Heading") or style == "Title":
                level = int(style.split()[-1]) if style.split()[-1].isdigit() else 1
                blocks.append(Block(kind="heading", text=text, level=level))
            elif "List" in style:
                blocks.append(Block(kind="list_item", text=text))
            elif style in ("Quote", "Intense Quote"):
                blocks.append(Block(kind="quote", text=text))
            else:
                blocks.append(Block(kind="paragraph", text=text))
        elif isinstance(item, Table):
            blocks.extend(table_blocks([[cell_text(c) for c in row.cells] for row in item.rows], reader))
    declared = {}
    margins = [p.text for s in document.sections for p in (*s.header.paragraphs, *s.footer.paragraphs)]
    if any(t.strip() for t in margins):
        declared["margin_text"] = " ".join(t.strip() for t in margins if t.strip())
    if document.core_properties.title:
        declared["title"] = document.core_properties.title
    return ParsedFile(blocks=blocks, declared=declared, plan_tables=reader.tables)


def load_xlsx(data: bytes, limits: IngestSettings) -> ParsedFile:
    import openpyxl

    _check_zip(data, "Excel workbook (.xlsx)", limits)
    try:
        wb = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as exc:
        raise LoaderError(f"not a readable Excel workbook: {exc}") from exc
    blocks: list[Block] = []
    declared: dict[str, str] = {}
    margins, merges = sheet_xml_facts(data)
    if margins:
        declared["margin_text"] = margins
    reader = PlanReader()
    sheets = []
    for sheet in wb.worksheets:
        cells = [list(row) for row in sheet.iter_rows()]
        rows = [
            [cell_text(getattr(c, "value", None), getattr(c, "number_format", "")) for c in row]
            for row in cells
        ]
        rows = fill_merged(rows, merges.get(sheet.title, []))
        if any(v.strip() for row in rows for v in row):
            sheets.append((sheet.title, rows, [[fill_rgb(c) for c in row] for row in cells]))
    wb.close()
    several = len(sheets) > 1  # one sheet per report: its title line (else its name) is its rows' report
    for title, rows, fills in sheets:
        if several:
            blocks.append(Block(kind="heading", text=title, level=2))
        generic = re.fullmatch(r"(?i)sheet\s*\d*", title.strip())
        report = (sheet_report(rows) or ("" if generic else title)) if several else ""
        where = f"sheet '{title}'" if several else ""
        blocks.extend(_tabular_blocks(rows, declared, reader, where, report, fills))
    return ParsedFile(blocks=blocks, declared=declared, plan_tables=reader.tables)


def load_csv(data: bytes, limits: IngestSettings) -> ParsedFile:
    text = decode_text(data, limits)
    try:
        dialect = csv.Sniffer().sniff(text[:4096], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    try:
        rows = list(csv.reader(io.StringIO(text), dialect))
    except csv.Error as exc:
        raise LoaderError(f"not a readable CSV file: {exc}") from exc
    declared: dict[str, str] = {}
    reader = PlanReader()
    blocks = _tabular_blocks(rows, declared, reader)
    return ParsedFile(blocks=blocks, declared=declared, plan_tables=reader.tables)


def _tabular_blocks(
    rows: list[list[str]],
    declared: dict[str, str],
    reader: PlanReader,
    where: str = "",
    report: str = "",
    fills: list[list[str | None]] | None = None,
) -> list[Block]:
    """A sheet: ``Label: value`` preamble lines (title, marking, dates) then a table."""
    kept = [i for i, r in enumerate(rows) if any(c.strip() for c in r)]
    rows = [rows[i] for i in kept]
    fills = [fills[i] for i in kept] if fills else None
    body_at = 0
    for i, row in enumerate(rows[:15]):
        cells = [c for c in row if c.strip()]
        if len(cells) == 1 and ":" in cells[0]:
            key, _, value = cells[0].partition(":")
            declared[key.strip().lower()] = value.strip()
            body_at = i + 1
        elif len(cells) == 2 and cells[0].rstrip().endswith(":"):
            declared[cells[0].strip().rstrip(":").lower()] = cells[1].strip()
            body_at = i + 1
        elif len(cells) == 1 and i == body_at:
            declared.setdefault("title", cells[0].strip())
            body_at = i + 1
        else:
            break
    # The preamble also stays as text: it often carries the report's totals and the oversight dates.
    preamble = [
        Block(kind="paragraph", text=" ".join(c.strip() for c in r if c.strip())) for r in rows[:body_at]
    ]
    return preamble + table_blocks(rows[body_at:], reader, where, report, fills[body_at:] if fills else None)


# -- PDF ----------------------------------------------------------------------------------------
def load_pdf(data: bytes, limits: IngestSettings) -> ParsedFile:
    from pdfminer.high_level import extract_pages
    from pdfminer.layout import LAParams, LTChar, LTTextContainer, LTTextLine
    from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect
    from pdfminer.pdfparser import PDFSyntaxError
    from pdfminer.psexceptions import PSException

    if not data:
        raise LoaderError("empty file (0 bytes): not a valid PDF")
    if not data.lstrip()[:5].startswith(b"%PDF"):
        raise LoaderError("not a PDF (the file does not start with %PDF)")
    boxes: list[tuple[int, float, float, str, float, bool]] = []  # page, -top, left, text, size, all bold
    try:
        for page_no, page in enumerate(extract_pages(io.BytesIO(data), laparams=LAParams(boxes_flow=None))):
            for element in page:
                if not isinstance(element, LTTextContainer):
                    continue
                text = element.get_text().strip()
                if not text:
                    continue
                chars = [
                    ch
                    for line in element
                    if isinstance(line, LTTextLine)
                    for ch in line
                    if isinstance(ch, LTChar) and ch.get_text().strip()
                ]
                size = max((ch.size for ch in chars), default=0.0)
                bold = bool(chars) and all("bold" in ch.fontname.lower() for ch in chars)
                boxes.append((page_no, -round(element.y1), element.x0, text, size, bold))
    except (PDFPasswordIncorrect, PDFEncryptionError) as exc:
        raise LoaderError("the PDF is encrypted (password-protected); save an unprotected copy") from exc
    except (PDFSyntaxError, PSException, ValueError, KeyError, TypeError, AssertionError) as exc:
        raise LoaderError(f"not a readable PDF (damaged or truncated): {exc or type(exc).__name__}") from exc
    if not boxes:
        raise LoaderError("no text found in the PDF (a scanned image? text recognition is not supported)")
    boxes.sort(key=lambda b: (b[0], b[1], b[2]))
    body_size = sorted(b[4] for b in boxes)[len(boxes) // 2]
    blocks: list[Block] = []
    pending_row: list[str] = []
    last_top: tuple[int, float] | None = None
    for page_no, top, _left, text, size, bold in boxes:
        flat = re.sub(r"\s*\n\s*", " ", text)
        same_row = last_top is not None and last_top[0] == page_no and abs(last_top[1] - top) < 3
        if same_row:
            pending_row.append(flat)
        else:
            _flush_pdf_row(pending_row, blocks)
            pending_row = [flat]
            if (size > body_size * 1.15 or bold) and len(flat) < 200:
                blocks.append(Block(kind="heading", text=flat, level=1 if size > body_size * 1.5 else 2))
                pending_row = []
        last_top = (page_no, top)
    _flush_pdf_row(pending_row, blocks)
    reader = PlanReader()
    return ParsedFile(blocks=_merge_pdf_tables(blocks, reader), plan_tables=reader.tables)


def _flush_pdf_row(row: list[str], blocks: list[Block]) -> None:
    if len(row) == 1:
        kind = "list_item" if _LIST_ITEM.match(row[0]) else "paragraph"
        blocks.append(Block(kind=kind, text=row[0]))
    elif row:
        blocks.append(Block(kind="table_row", text="\t".join(row)))


def _merge_pdf_tables(blocks: list[Block], reader: PlanReader) -> list[Block]:
    """Side-by-side text boxes are table rows: classify each run of them as a table."""
    out: list[Block] = []
    run: list[list[str]] = []
    for block in [*blocks, Block(kind="paragraph", text="")]:
        if block.kind == "table_row":
            run.append(block.text.split("\t"))
            continue
        if run:
            out.extend(table_blocks(run, reader))
            run = []
        if block.text:
            out.append(block)
    return out


LOADERS: dict[str, Callable[[bytes, IngestSettings], ParsedFile]] = {
    ".txt": load_text,
    ".text": load_text,
    ".md": load_markdown,
    ".markdown": load_markdown,
    ".html": load_html,
    ".htm": load_html,
    ".docx": load_docx,
    ".pdf": load_pdf,
    ".csv": load_csv,
    ".xlsx": load_xlsx,
}


def load_file(path: Path, data: bytes, limits: IngestSettings | None = None) -> ParsedFile:
    """The one entry point: any supported file, within the limits (by default the configured ones)."""
    limits = limits or Settings().ingest
    loader = LOADERS.get(path.suffix.lower())
    if loader is None:
        supported = ", ".join(sorted(LOADERS))
        raise LoaderError(f"unsupported file type {path.suffix or '(none)'!r}; supported: {supported}")
    check_size(len(data), limits)
    if not data:
        raise LoaderError("empty file (0 bytes): nothing to ingest")
    if not data.strip():
        raise LoaderError("empty file (only blank space): nothing to ingest")
    try:
        parsed = read_dated_log(read_prose_plan(loader(data, limits)))
    except RecursionError as exc:
        raise LoaderError("nested too deeply to read (not an ordinary document)") from exc
    if sum(len(b.text) for b in parsed.blocks) > limits.max_file_chars:
        raise _chars_error(sum(len(b.text) for b in parsed.blocks), limits)
    longest = max(parsed.blocks, key=lambda b: len(b.text), default=None)
    if longest is not None and len(longest.text) > limits.max_block_chars:
        found = f"one {longest.kind.replace('_', ' ')} of {len(longest.text):,} characters"
        raise LimitError(found, "max_block_chars", f"{limits.max_block_chars:,}")
    return parsed


def check_size(n_bytes: int, limits: IngestSettings) -> None:
    if n_bytes > limits.max_file_mb * 1e6:
        raise LimitError(f"too large at {n_bytes / 1e6:,.1f} MB", "max_file_mb", f"{limits.max_file_mb:g} MB")
