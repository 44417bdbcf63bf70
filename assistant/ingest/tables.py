"""Turning a table, in whatever format it came, into blocks: a response's header table, action-plan
rows (one block per recommendation, each with its own protective marking), or plain table rows."""

from __future__ import annotations

import re

from assistant.drafting.refs import action_ref_owner
from assistant.ingest.plans import (
    PlanReader,
    action_text,
    column_meaning,
    plan_columns,
    rag_colour,
    reading,
    split_actions,
)
from assistant.records import Block, Marking

__all__ = ["column_meaning", "header_fields", "normalise_marking", "plan_columns", "table_blocks"]

# What each plan column means is read from its header's words (``plans.column_meaning``).
PLAN_LABELS = {
    "ref": "Ref",
    "kind": "Type",
    "text": "Recommendation",
    "action": "Action",
    "owner": "Owner",
    "due": "Due",
    "status": "Status",
    "progress": "Progress",
    "marking": "Marking",
    "inspection": "Report",
}

HEADER_LABELS: dict[str, re.Pattern] = {
    "inspection_title": re.compile(r"^\s*(inspection|report)\s+title\b", re.I),
    "inspection_type": re.compile(r"^\s*type\s+of\s+(inspection|report)\b", re.I),
    "published": re.compile(r"^\s*date\s+(inspection\s+|report\s+)?published\b|^\s*published\b", re.I),
    "recommendations": re.compile(r"^\s*recommendations?\b", re.I),
    "inspectorate": re.compile(r"^\s*inspectorates?\b", re.I),
    "response_due": re.compile(r"^\s*(response\s+)?due\b", re.I),
}


def _norm(cell: str) -> str:
    return re.sub(r"\s+", " ", cell or "").strip()


def normalise_marking(value: str) -> Marking | None:
    v = re.sub(r"[\s_]+", "-", (value or "").strip().upper())
    if not v:
        return None
    if "SENSITIVE" in v or v in {"O-S", "OS"}:
        return "OFFICIAL-SENSITIVE"
    if v.startswith("OFFICIAL"):
        return "OFFICIAL"
    return None


def plan_row_block(
    cells: list[str], mapping: dict[int, str], header: list[str] | None = None, report: str = ""
) -> Block | None:
    """One plan row as text drafting reads back ("REF (kind): text\nAction: ...\nOwner: ..."): several
    actions in the Action cell go one to a line ("- ..."); columns with no meaning are kept under
    their own heading, so nothing in a row is dropped."""
    fields = {name: _norm(cells[i]) for i, name in mapping.items() if i < len(cells)}
    actions = split_actions(
        next((cells[i] for i, n in mapping.items() if n == "action" and i < len(cells)), "")
    )
    fields["action"] = action_text(actions)
    if fields.get("action_ref") and not fields.get("ref"):  # "Action no." is the plan's, not the report's
        fields["ref"] = action_ref_owner(fields.get("text", ""), fields["action_ref"])
    if report and not fields.get("inspection"):
        fields["inspection"] = report
    return render_row(
        fields,
        [(header[i], cells[i]) for i in range(len(cells)) if i not in mapping and header and i < len(header)],
    )


def render_row(fields: dict[str, str], extra: list[tuple[str, str]] = ()) -> Block | None:
    """A plan row's block from its named fields (the Action field may hold several lines)."""
    fields = {k: v for k, v in fields.items() if v}
    if not any(fields.get(k) for k in ("text", "action", "progress")):
        return None
    head = fields.get("ref", "")
    if fields.get("kind"):
        head = f"{head} ({fields['kind']})" if head else fields["kind"]
    lines = [f"{head}: {fields.get('text', '')}".strip(": ") if head else fields.get("text", "")]
    if fields.get("action_ref"):
        lines.append(f"Action no: {fields['action_ref']}")
    for key in ("action", "owner", "due", "status", "progress", "inspection"):
        value = fields.get(key, "")
        if value:
            lines.append(f"{PLAN_LABELS[key]}:" + ("\n" if value.startswith("- ") else " ") + value)
    for label, cell in extra:
        if _norm(cell) and _norm(label):
            lines.append(f"{_norm(label)}: {_norm(cell)}")
    return Block(
        kind="plan_row",
        text="\n".join(line for line in lines if line),
        marking=normalise_marking(fields.get("marking", "")),
        fields=fields,
    )


def header_fields(rows: list[list[str]]) -> dict[str, str] | None:
    """A response's header table (label | value rows) as named fields, or None if it is not one."""
    fields: dict[str, str] = {}
    for row in rows:
        cells = [_norm(c) for c in row if _norm(c)]
        if len(cells) < 2:
            continue
        for name, pattern in HEADER_LABELS.items():
            if pattern.search(cells[0]) and name not in fields:
                fields[name] = " ".join(cells[1:])
                break
    return fields if "inspection_title" in fields else None


def table_blocks(
    rows: list[list[str]],
    reader: PlanReader | None = None,
    where: str = "",
    report: str = "",
    fills: list[list[str | None]] | None = None,
) -> list[Block]:
    """Classify a table and turn it into blocks. ``reader`` collects how each plan table was read
    (and lends a table with no header of its own the previous plan header, when as wide); ``report``
    is the report a sheet stands for when no column names one; ``fills`` the cells' fill colours
    (hex RGB), read as the status where the status cell is blank."""
    reader = reader or PlanReader()
    reader.count += 1
    keep = [i for i, row in enumerate(rows) if any(_norm(c) for c in row)]
    raw = [[(c or "").strip() for c in rows[i]] for i in keep]
    colours = [fills[i] if fills and i < len(fills) else [] for i in keep]
    rows = [[_norm(c) for c in row] for row in raw]
    if not rows:
        return []
    at = next((i for i, r in enumerate(rows[:12]) if plan_columns(r)), -1)
    if 0 <= at < len(rows) - 1 and len(plan_columns(rows[at + 1]) or {}) >= len(plan_columns(rows[at])):
        at += 1  # a two-row header ("Response" over "Action | Lead"): the lower row names the columns
    row, mapping = (rows[at], plan_columns(rows[at])) if at >= 0 else ([], None)
    header = header_fields(rows) if mapping is None else None  # a "Report title" column is no header table
    if header is not None:
        text = "\n".join(f"{label}: {value}" for label, value in _header_lines(rows))
        return [Block(kind="header_table", text=text, fields=header)]
    if mapping is None and reader.last and all(len(r) == len(reader.last[0]) for r in rows):
        row, mapping = reader.last  # a table continued from the last one, without its header
    if not mapping:
        return [Block(kind="table_row", text=" | ".join(c for c in r if c)) for r in rows]
    reader.last = (row, mapping)
    # Title, marking and totals lines above the header are kept as plain rows.
    preamble = [Block(kind="table_row", text=" | ".join(c for c in r if c)) for r in rows[: max(at, 0)]]
    status_at = next((i for i, n in mapping.items() if n == "status"), None)
    blocks = []
    above: list[str] = []  # the last plan row's cells, for a row whose recommendation cells are merged
    for cells, cell_fills in zip(raw[at + 1 :], colours[at + 1 :], strict=True):
        cells = fill_down(cells, above, mapping)
        if status_at is not None and status_at < len(cell_fills) and not _norm(_at(cells, status_at)):
            colour = rag_colour(cell_fills[status_at])
            if colour:
                cells = [*cells, *[""] * (status_at + 1 - len(cells))]
                cells[status_at] = colour
        block = (
            None
            if _KEY_ROW.match(_norm(cells[0]) if cells else "")
            else plan_row_block(cells, mapping, row, report)
        )
        if block is not None:
            above = cells
        # A colour key, a count or a marking line under the table stays as text.
        blocks.append(block or Block(kind="table_row", text=" | ".join(_norm(c) for c in cells if _norm(c))))
    where = where or (f"table {reader.count}" if reader.count > 1 else "")
    table = reading(row, mapping, where, sum(b.kind == "plan_row" for b in blocks))
    table.report = report if "inspection" not in mapping.values() else ""
    reader.tables.append(table)
    return preamble + blocks


_NAMES_THE_FINDING = ("ref", "text", "kind")


def fill_down(cells: list[str], above: list[str], mapping: dict[int, str]) -> list[str]:
    """A row whose reference, recommendation and type cells are all blank, numbered by the plan as the
    next action of the group above ("1.2" under "1.1"), belongs to the recommendation above: a
    tracker that writes the recommendation once over its actions. A row that names any of them, or
    has no such number (a row a person left blank, matched later by its meaning), is left as it is.
    Cells merged down in a spreadsheet are filled by the loader."""
    which = [i for i, name in mapping.items() if name in _NAMES_THE_FINDING]
    numbered = [i for i, name in mapping.items() if name == "action_ref"]
    if not above or not which or not numbered or any(_norm(_at(cells, i)) for i in which):
        return cells
    here, there = _at(cells, numbered[0]), _at(above, numbered[0])
    if "." not in here or "." not in there or _group(here) != _group(there):
        return cells
    filled = [*cells, *[""] * (max(which) + 1 - len(cells))]
    for i in which:
        filled[i] = _at(above, i)
    return filled


def _group(action_id: str) -> str:
    """The group an action number is in: '1.2' -> '1', 'G.1' -> 'g'; a number without a dot, itself."""
    return _norm(action_id).lower().split(".")[0].strip()


_KEY_ROW = re.compile(r"^(?:rag\s+|colour\s+|color\s+|status\s+)?(?:key|legend)\b", re.I)


def _at(cells: list[str], i: int) -> str:
    return cells[i] if i < len(cells) else ""


def _header_lines(rows: list[list[str]]) -> list[tuple[str, str]]:
    out = []
    for row in rows:
        cells = [c for c in row if c]
        if len(cells) >= 2:
            out.append((cells[0], " ".join(cells[1:])))
        elif cells:
            out.append((cells[0], ""))
    return out
