"""Render the sample corpus from our sources into the real formats the product ingests.

    python scripts/build_corpus.py            # corpus/source/* -> corpus/responses/*, corpus/action-plans/*

Responses (Markdown + front matter) become DOCX (header table as a real Word table), PDF, HTML,
Markdown or text, as each source's ``output`` says; action plans (YAML) become CSV, XLSX or DOCX.
Output is deterministic (fixed document dates), so re-running changes nothing unless a source did.
"""

from __future__ import annotations

import csv
import datetime as dt
import html
import io
import re
import sys
import zipfile
from pathlib import Path

import yaml
from markdown_it import MarkdownIt

ROOT = Path(__file__).resolve().parents[1]
SOURCE = ROOT / "corpus" / "source"
RESPONSES_OUT = ROOT / "corpus" / "responses"
PLANS_OUT = ROOT / "corpus" / "action-plans"
AREA = "Fenmoor"
BANNER = [f"{AREA.upper()} PCC RESPONSE TO HMICFRS", f"INSPECTIONS OF {AREA.upper()} POLICE"]
FORCE_SPECIFIC_TYPES = {"force-specific", "PEEL", "revisit"}
FIXED_TIME = dt.datetime(2026, 11, 1, 9, 0, 0)
PLAN_HEADER = [
    "Ref",
    "Type",
    "Recommendation",
    "Action",
    "Owner",
    "Due date",
    "Status",
    "Progress note",
    "Protective marking",
]
PLAN_KEYS = ["ref", "kind", "text", "action", "owner", "due", "status", "progress", "marking"]


# -- parsing our sources ----------------------------------------------------------------------------
def read_response(path: Path) -> tuple[dict, str]:
    text = path.read_text(encoding="utf-8")
    m = re.match(r"\A---\s*\n(.*?)\n---\s*\n", text, re.S)
    if not m:
        raise SystemExit(f"{path}: no front matter")
    return yaml.safe_load(m.group(1)), text[m.end() :].strip() + "\n"


def ordinal(day: int) -> str:
    return f"{day}{'th' if 11 <= day % 100 <= 13 else {1: 'st', 2: 'nd', 3: 'rd'}.get(day % 10, 'th')}"


def header_rows(front: dict) -> list[tuple[str, list[tuple[str, bool]] | str]]:
    """The example letter's four rows, filled from the front matter."""
    published = front["published"]
    if front.get("published_precision") == "month":
        when = published.strftime("%B %Y")
    else:
        when = f"{ordinal(published.day)} {published.strftime('%B %Y')}"
    local = front["inspection_type"] in FORCE_SPECIFIC_TYPES or AREA in front["inspection_title"]
    scope = front.get("recommendations_scope", "none")
    recs = [("National", scope in ("national", "both")), ("Local", scope in ("local", "both"))]
    if scope == "none":
        recs.append(("None", True))
    return [
        ("Inspection title", front["inspection_title"]),
        ("Type of inspection", [(f"{AREA}-specific", local), ("National Thematic", not local)]),
        ("Date inspection published", when),
        ("Recommendations", recs),
    ]


def boxes(options: list[tuple[str, bool]], style: str) -> str:
    if style == "html":
        checked = 'checked="" '
        return " ".join(
            f'<input {checked if on else ""}type="checkbox"/> {html.escape(label)}' for label, on in options
        )
    return " ".join(f"{'☒' if on else '☐'} {label}" for label, on in options)


def cell(value, style: str) -> str:
    return value if isinstance(value, str) else boxes(value, style)


# -- Markdown body to simple structural items ------------------------------------------------------
def body_items(body: str) -> list[tuple[str, object]]:
    """[(kind, payload)]: heading (level, text), para text, bullet text, number (n, text), quote text, table rows."""
    tokens = MarkdownIt("commonmark").enable("table").parse(body)
    items: list[tuple[str, object]] = []
    stack: list[str] = []
    counters: list[int] = []
    heading = 0
    table: list[list[str]] | None = None
    row: list[str] = []
    for tok in tokens:
        t = tok.type
        if t in ("bullet_list_open", "ordered_list_open"):
            stack.append(t)
            counters.append(int(tok.attrs.get("start", 1)) - 1 if tok.attrs else 0)
        elif t in ("bullet_list_close", "ordered_list_close"):
            stack.pop()
            counters.pop()
        elif t == "list_item_open" and stack and stack[-1] == "ordered_list_open":
            counters[-1] += 1
        elif t == "blockquote_open":
            stack.append(t)
        elif t == "blockquote_close":
            stack.pop()
        elif t == "heading_open":
            heading = int(tok.tag[1])
        elif t == "heading_close":
            heading = 0
        elif t == "table_open":
            table = []
        elif t == "tr_open":
            row = []
        elif t == "tr_close" and table is not None:
            table.append(row)
        elif t == "table_close" and table is not None:
            items.append(("table", table))
            table = None
        elif t == "inline":
            content = tok.content
            if table is not None:
                row.append(content)
            elif heading:
                items.append(("heading", (heading, content)))
            elif "blockquote_open" in stack:
                items.append(("quote", content))
            elif stack and stack[-1] == "ordered_list_open":
                items.append(("number", (counters[-1], content)))
            elif stack and stack[-1] == "bullet_list_open":
                items.append(("bullet", content))
            else:
                items.append(("para", content))
    return items


def inline_runs(text: str) -> list[tuple[str, bool, bool]]:
    """Split **bold** and *italic* Markdown into (text, bold, italic) runs."""
    runs = []
    for part in re.split(r"(\*\*[^*]+\*\*|\*[^*\s][^*]*\*)", text.replace("\n", " ")):
        if not part:
            continue
        if part.startswith("**"):
            runs.append((part[2:-2], True, False))
        elif part.startswith("*") and len(part) > 2:
            runs.append((part[1:-1], False, True))
        else:
            runs.append((part, False, False))
    return runs


def plain(text: str) -> str:
    return "".join(r[0] for r in inline_runs(text))


# -- renderers: responses --------------------------------------------------------------------------
def render_docx(front: dict, body: str, out: Path) -> None:
    import docx
    from docx.shared import Pt

    document = docx.Document()
    document.core_properties.author = f"OPCC {AREA}"
    document.core_properties.created = FIXED_TIME
    document.core_properties.modified = FIXED_TIME
    document.core_properties.last_modified_by = f"OPCC {AREA}"
    if front["format"] == "header-table":
        p = document.add_paragraph()
        run = p.add_run("\n".join(BANNER))
        run.bold = True
        run.font.size = Pt(14)
        table = document.add_table(rows=0, cols=2)
        table.style = "Table Grid"
        for label, value in header_rows(front):
            cells = table.add_row().cells
            cells[0].text = label
            cells[1].text = cell(value, "glyph")
        document.add_paragraph()
    for kind, payload in body_items(body):
        if kind == "heading":
            level, text = payload
            document.add_heading(plain(text), level=min(level, 3))
            continue
        if kind == "table":
            rows = payload
            table = document.add_table(rows=0, cols=max(len(r) for r in rows))
            table.style = "Table Grid"
            for r in rows:
                cells = table.add_row().cells
                for i, value in enumerate(r):
                    cells[i].text = plain(value)
            continue
        style = {"bullet": "List Bullet", "number": "List Number", "quote": "Quote"}.get(kind)
        text = payload[1] if kind == "number" else payload
        paragraph = document.add_paragraph(style=style)
        for run_text, bold, italic in inline_runs(text):
            run = paragraph.add_run(run_text)
            run.bold, run.italic = bold or None, italic or None
    document.save(out)
    _normalise_zip(out)


def _normalise_zip(path: Path) -> None:
    """Fixed timestamps inside the Office zip, so unchanged sources give byte-identical files."""
    data = path.read_bytes()
    buf = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=(2026, 11, 1, 9, 0, 0))
            fixed.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(fixed, src.read(info.filename))
    path.write_bytes(buf.getvalue())


def render_pdf(front: dict, body: str, out: Path) -> None:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.lib.units import cm
    from reportlab.platypus import ListFlowable, ListItem, Paragraph, SimpleDocTemplate, Spacer, Table

    styles = getSampleStyleSheet()
    quote = styles["BodyText"].clone(
        "Quote", leftIndent=1 * cm, rightIndent=1 * cm, fontName="Helvetica-Oblique"
    )

    def rich(text: str) -> str:
        out = []
        for t, bold, italic in inline_runs(text):
            t = html.escape(t)
            out.append(f"<b>{t}</b>" if bold else f"<i>{t}</i>" if italic else t)
        return "".join(out)

    story = []
    if front["format"] == "header-table":
        story.append(Paragraph("<br/>".join(BANNER), styles["Heading2"]))
        data = [
            [
                Paragraph(label, styles["BodyText"]),
                Paragraph(html.escape(cell(v, "text")), styles["BodyText"]),
            ]
            for label, v in header_rows(front)
        ]
        table = Table(data, colWidths=[5 * cm, 11 * cm])
        table.setStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP")])
        story += [table, Spacer(1, 12)]
    for kind, payload in body_items(body):
        if kind == "heading":
            level, text = payload
            story.append(Paragraph(rich(text), styles[f"Heading{min(level + 1, 4)}"]))
        elif kind == "para":
            story.append(Paragraph(rich(payload), styles["BodyText"]))
        elif kind == "quote":
            story.append(Paragraph(rich(payload), quote))
        elif kind in ("bullet", "number"):
            text = payload[1] if kind == "number" else payload
            label = f"{payload[0]}." if kind == "number" else "•"
            story.append(
                ListFlowable(
                    [ListItem(Paragraph(rich(text), styles["BodyText"]))],
                    bulletType="bullet",
                    start=label,
                    leftIndent=0.6 * cm,
                )
            )
        elif kind == "table":
            data = [[Paragraph(rich(c), styles["BodyText"]) for c in r] for r in payload]
            t = Table(data)
            t.setStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP")])
            story.append(t)
    doc = SimpleDocTemplate(
        str(out),
        pagesize=A4,
        title=front["inspection_title"],
        author=f"OPCC {AREA}",
        creator="build_corpus.py",
        invariant=1,
    )
    doc.build(story)


def render_html(front: dict, body: str, out: Path) -> None:
    md = MarkdownIt("commonmark").enable("table")
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en-GB"><head><meta charset="utf-8">',
        f"<title>{html.escape(front['inspection_title'])} - OPCC {AREA}</title></head><body>",
        f'<header><p class="site">Office of the Police and Crime Commissioner for {AREA}</p>'
        '<nav><a href="/">Home</a> | <a href="/inspections">HMICFRS inspections</a></nav></header>',
        "<main><article>",
    ]
    if front["format"] == "header-table":
        parts.append(f"<h1>{'<br>'.join(BANNER)}</h1><table>")
        for label, value in header_rows(front):
            parts.append(
                f"<tr><td>{label}</td><td>{cell(value, 'html') if not isinstance(value, str) else html.escape(value)}</td></tr>"
            )
        parts.append("</table>")
    parts.append(md.render(body))
    parts.append(
        "</article></main><footer><p>Published by the OPCC. Contact us via the website.</p></footer>"
    )
    parts.append("</body></html>\n")
    out.write_text("\n".join(parts), encoding="utf-8")


def render_md(front: dict, body: str, out: Path) -> None:
    lines = []
    if front["format"] == "header-table":
        lines += [f"**{' '.join(BANNER)}**", "", "| | |", "|---|---|"]
        lines += [f"| {label} | {cell(value, 'glyph')} |" for label, value in header_rows(front)]
        lines.append("")
    out.write_text("\n".join(lines) + body, encoding="utf-8")


def render_txt(front: dict, body: str, out: Path) -> None:
    lines: list[str] = []
    if front["format"] == "header-table":
        lines += [f"**{BANNER[0]}", f"{BANNER[1]}**", ""]
        lines += [f"{label}\t{cell(value, 'html')}" for label, value in header_rows(front)]
        lines += ["", " ".join(BANNER[:1]), ""]
    for kind, payload in body_items(body):
        if kind == "heading":
            lines += [plain(payload[1]), ""]
        elif kind == "bullet":
            lines += [f"- {plain(payload)}"]
        elif kind == "number":
            lines += [f"{payload[0]}. {plain(payload[1])}"]
        elif kind == "quote":
            lines += [f"    {plain(payload)}", ""]
        elif kind == "table":
            lines += ["\t".join(plain(c) for c in r) for r in payload] + [""]
        else:
            if lines and lines[-1].startswith(("- ", "1", "2", "3", "4", "5", "6", "7", "8", "9")):
                lines.append("")
            lines += [plain(payload), ""]
    out.write_text("\n".join(lines).rstrip() + "\n", encoding="utf-8")


RESPONSE_RENDERERS = {
    "docx": render_docx,
    "pdf": render_pdf,
    "html": render_html,
    "md": render_md,
    "txt": render_txt,
}


# -- renderers: action plans -----------------------------------------------------------------------
def plan_marking(plan: dict) -> str:
    return (
        "OFFICIAL-SENSITIVE"
        if any(r.get("marking") == "OFFICIAL-SENSITIVE" for r in plan["rows"])
        else "OFFICIAL"
    )


def plan_cells(row: dict) -> list[str]:
    return ["" if row.get(k) is None else str(row.get(k)) for k in PLAN_KEYS]


def plan_preamble(plan: dict) -> list[tuple[str, str]]:
    return [
        ("Protective marking", plan_marking(plan)),
        ("Inspection", plan["inspection_title"]),
        ("Published", str(plan["published"])),
        ("Last updated", str(plan["last_updated"])),
        ("Plan owner", plan["owner"]),
    ]


def render_plan_csv(plan: dict, out: Path) -> None:
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(["Inspection", "Inspection published", *PLAN_HEADER])
    for row in plan["rows"]:
        writer.writerow([plan["inspection_title"], str(plan["published"]), *plan_cells(row)])
    out.write_text(buf.getvalue(), encoding="utf-8")


def render_plan_xlsx(plan: dict, out: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Action plan"
    ws.append([plan["title"]])
    ws["A1"].font = Font(bold=True, size=13)
    for label, value in plan_preamble(plan):
        ws.append([f"{label}:", value])
    ws.append([])
    ws.append(PLAN_HEADER)
    for c in ws[ws.max_row]:
        c.font = Font(bold=True)
    for row in plan["rows"]:
        cells = plan_cells(row)
        due = row.get("due")
        if isinstance(due, dt.date):
            cells[PLAN_KEYS.index("due")] = due
        ws.append(cells)
    for col, width in zip("ABCDEFGHI", (8, 22, 50, 50, 26, 12, 14, 60, 20), strict=True):
        ws.column_dimensions[col].width = width
    for row in ws.iter_rows(min_row=8):
        for c in row:
            c.alignment = Alignment(wrap_text=True, vertical="top")
    wb.properties.created = FIXED_TIME
    wb.properties.modified = FIXED_TIME
    wb.properties.creator = f"{AREA} Police"
    wb.save(out)
    _normalise_zip(out)


def render_plan_docx(plan: dict, out: Path) -> None:
    import docx

    document = docx.Document()
    document.core_properties.created = FIXED_TIME
    document.core_properties.modified = FIXED_TIME
    document.core_properties.author = f"{AREA} Police"
    marking = plan_marking(plan)
    section = document.sections[0]
    section.header.paragraphs[0].text = marking
    section.footer.paragraphs[0].text = marking
    document.add_paragraph(marking).runs[0].bold = True
    document.add_heading(plan["title"], level=1)
    for label, value in plan_preamble(plan)[1:]:
        document.add_paragraph(f"{label}: {value}")
    table = document.add_table(rows=1, cols=len(PLAN_HEADER))
    table.style = "Table Grid"
    for c, label in zip(table.rows[0].cells, PLAN_HEADER, strict=True):
        c.text = label
    for row in plan["rows"]:
        for c, value in zip(table.add_row().cells, plan_cells(row), strict=True):
            c.text = value
    document.save(out)
    _normalise_zip(out)


PLAN_RENDERERS = {"csv": render_plan_csv, "xlsx": render_plan_xlsx, "docx": render_plan_docx}


def main() -> int:
    RESPONSES_OUT.mkdir(parents=True, exist_ok=True)
    PLANS_OUT.mkdir(parents=True, exist_ok=True)
    written = 0
    for src in sorted((SOURCE / "responses").glob("*.md")):
        front, body = read_response(src)
        if front["id"] != src.stem:
            raise SystemExit(f"{src}: id {front['id']!r} does not match the file name")
        out = RESPONSES_OUT / f"{src.stem}.{front['output']}"
        RESPONSE_RENDERERS[front["output"]](front, body, out)
        written += 1
    for src in sorted((SOURCE / "action-plans").glob("*.yaml")):
        plan = yaml.safe_load(src.read_text(encoding="utf-8"))
        if plan["id"] != src.stem:
            raise SystemExit(f"{src}: id {plan['id']!r} does not match the file name")
        PLAN_RENDERERS[plan["output"]](plan, PLANS_OUT / f"{src.stem}.{plan['output']}")
        written += 1
    print(f"rendered {written} files")
    return 0


if __name__ == "__main__":
    sys.exit(main())
