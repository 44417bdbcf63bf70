"""Spreadsheet details the xlsx loader needs: a cell as the sheet displays it, a blank status cell's
fill colour, the report a sheet is about, and the print header and footer (often the only marking)."""

from __future__ import annotations

import html
import io
import re
import zipfile
from datetime import date, datetime


def cell_text(value, number_format: str = "") -> str:
    """A cell as text; a date as the sheet displays it (its number format), ISO when that says nothing."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        if value.time() != datetime.min.time():
            return value.isoformat()
        value = value.date()
    if isinstance(value, date):
        return displayed_date(value, number_format)
    return str(value).strip()


_XL_DATE_TOKEN = re.compile(r"yyyy|yy|mmmm|mmm|mm|m|dddd|ddd|dd|d", re.I)


def displayed_date(value: date, number_format: str) -> str:
    """'dd/mm/yyyy' -> '31/03/2024'; 'd mmmm yyyy' -> '31 March 2024'. Excel's built-in short date
    ('mm-dd-yy') shows in the reader's own form, day first here; a format with no date part, ISO."""
    fmt = re.sub(r'\[[^\]]*\]|"[^"]*"|\\', "", (number_format or "").split(";")[0]).strip()
    if fmt.lower() == "mm-dd-yy":
        return value.strftime("%d/%m/%Y")
    fmt = re.sub(r"\s*h+:mm(?::ss)?(?:\s*am/pm)?", "", fmt, flags=re.I)
    if not re.search(r"d", fmt, re.I) and not re.search(r"y", fmt, re.I):
        return value.isoformat()
    parts = {
        "yyyy": f"{value.year:04d}",
        "yy": f"{value.year % 100:02d}",
        "mmmm": value.strftime("%B"),
        "mmm": value.strftime("%b"),
        "mm": f"{value.month:02d}",
        "m": str(value.month),
        "dddd": value.strftime("%A"),
        "ddd": value.strftime("%a"),
        "dd": f"{value.day:02d}",
        "d": str(value.day),
    }
    return _XL_DATE_TOKEN.sub(lambda m: parts[m.group(0).lower()], fmt)


_REPORT_LINE = re.compile(r"^\s*(?:report|inspection)(?:\s+title)?\s*:\s*(?P<title>.+)$", re.I)
_REPORT_WORDS = re.compile(
    r"inspection|report|\bPEEL\b|spotlight|thematic|super-complaint|State of Policing", re.I
)


def sheet_report(rows: list[list[str]]) -> str:
    """The report a sheet is about, from the lines above its table ("Report: ...", or a title line
    naming an inspection); empty when none says."""
    for row in [r for r in rows if any(c.strip() for c in r)][:6]:
        cells = [c.strip() for c in row if c.strip()]
        if len(cells) != 1 or cells[0].upper().startswith("OFFICIAL"):
            continue
        m = _REPORT_LINE.match(cells[0])
        if m:
            return m.group("title").strip()
        if _REPORT_WORDS.search(cells[0]) and len(cells[0]) <= 200:
            return cells[0]
    return ""


_HEADER_FOOTER = re.compile(r"<(?:\w+:)?(?:odd|even|first)(?:Header|Footer)>([^<]*)<", re.S)
_HEADER_CODES = re.compile(r'&(?:"[^"]*"|\d+|[A-Za-z])')


def fill_rgb(cell) -> str | None:
    """A cell's solid fill as hex RGB (explicit or a palette index; theme colours are not resolved)."""
    from openpyxl.styles.colors import COLOR_INDEX

    fill = getattr(cell, "fill", None)
    if fill is None or fill.fill_type != "solid":
        return None
    colour = fill.fgColor
    if colour.type == "rgb" and isinstance(colour.rgb, str):
        return colour.rgb
    if colour.type == "indexed" and isinstance(colour.indexed, int) and colour.indexed < len(COLOR_INDEX):
        return COLOR_INDEX[colour.indexed]
    return None


_SHEET = re.compile(r"<(?:\w+:)?sheet\b[^>]*>")
_ATTR = re.compile(r'([\w:]+)="([^"]*)"')
_RELATION = re.compile(r"<(?:\w+:)?Relationship\b[^>]*>")
_MERGE = re.compile(r'<(?:\w+:)?mergeCell\b[^>]*\bref="([A-Z]+\d+:[A-Z]+\d+)"')


def sheet_xml_facts(data: bytes) -> tuple[str, dict[str, list[tuple[int, int, int]]]]:
    """What a read-only workbook does not give, from each sheet's XML read once: the text of the print
    headers and footers (where a marking is often the only one), and per sheet title the cells merged
    down over several rows as (column, first row, last row), 1-based, whose value the sheet shows in
    every row of the range. Ranges one row high (a title merged across the columns) are left out."""
    from openpyxl.utils.cell import range_boundaries

    margins: list[str] = []
    merged: dict[str, list[tuple[int, int, int]]] = {}
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        names = zf.namelist()
        titles = _sheet_titles(zf, set(names))
        for name in names:
            if not (name.startswith("xl/worksheets/") and name.endswith(".xml")):
                continue
            xml = zf.read(name).decode("utf-8", "replace")
            margins += [
                _HEADER_CODES.sub(" ", html.unescape(m)).replace("&&", "&")
                for m in _HEADER_FOOTER.findall(xml)
            ]
            ranges = []
            for ref in _MERGE.findall(xml):
                min_col, min_row, _max_col, max_row = range_boundaries(ref)
                if max_row > min_row:
                    ranges.append((min_col, min_row, max_row))
            if ranges and name in titles:
                merged[titles[name]] = ranges
    return " ".join(dict.fromkeys(" ".join(t.split()) for t in margins if t.strip())), merged


def _sheet_titles(zf: zipfile.ZipFile, names: set[str]) -> dict[str, str]:
    """Each worksheet's part name ('xl/worksheets/sheet1.xml') to the title its tab shows."""
    if "xl/workbook.xml" not in names or "xl/_rels/workbook.xml.rels" not in names:
        return {}
    rels = {}
    for tag in _RELATION.findall(zf.read("xl/_rels/workbook.xml.rels").decode("utf-8", "replace")):
        attrs = dict(_ATTR.findall(tag))
        rels[attrs.get("Id")] = "xl/" + attrs.get("Target", "").lstrip("/").removeprefix("xl/")
    titles = {}
    for tag in _SHEET.findall(zf.read("xl/workbook.xml").decode("utf-8", "replace")):
        attrs = dict(_ATTR.findall(tag))
        if (target := rels.get(attrs.get("r:id", ""))) in names:
            titles[target] = html.unescape(attrs.get("name", ""))
    return titles


def fill_merged(rows: list[list[str]], ranges: list[tuple[int, int, int]]) -> list[list[str]]:
    """The first cell's value copied into the rows below it that a merged range covers."""
    for col, first, last in ranges:
        if first - 1 >= len(rows) or col - 1 >= len(rows[first - 1]):
            continue
        value = rows[first - 1][col - 1]
        for r in range(first, min(last, len(rows))):
            if col - 1 < len(rows[r]) and not rows[r][col - 1].strip():
                rows[r][col - 1] = value
    return rows
