"""Turning a table, in whatever format it came, into blocks: a response's header table, action-plan
rows (one block per recommendation, each with its own protective marking), or plain table rows."""

from __future__ import annotations

import re

from assistant.records import Block, Marking

# Canonical action-plan columns and the header words that name them in real plans (matched after
# dropping a bracketed qualifier: "Lead (name)" is "lead"; "Owner (rank/role)" is "owner").
PLAN_COLUMNS: dict[str, tuple[str, ...]] = {
    "ref": (
        "ref",
        "ref.",
        "reference",
        "rec no",
        "rec no.",
        "rec",
        "no",
        "no.",
        "number",
        "id",
        "#",
        "item",
        "hmicfrs ref",
        "recommendation number",
        "rec ref",
        "afi ref",
        "item no",
    ),
    "kind": ("type", "kind", "category"),
    "text": (
        "recommendation",
        "recommendation / afi",
        "recommendation/afi",
        "finding",
        "text",
        "area for improvement",
        "description",
        "recommendation or afi",
        "issue",
        "rec",
        "summary",
        "recommendation text",
        "afi",
    ),
    "action": (
        "action",
        "actions",
        "action(s)",
        "planned action",
        "force action",
        "action taken",
        "action(s) taken/proposed",
        "actions taken/proposed",
        "response",
        "force response",
        "activity",
        "activities",
        "actions taken",
        "action plan",
        "proposed action",
    ),
    "owner": (
        "owner",
        "lead",
        "responsible",
        "action owner",
        "lead officer",
        "responsible officer",
        "portfolio lead",
        "chief officer lead",
        "accountable officer",
        "responsible lead",
    ),
    "due": (
        "due",
        "due date",
        "target date",
        "deadline",
        "date due",
        "target",
        "completion date",
        "timescale",
        "timescales",
        "target completion",
        "by when",
    ),
    "status": ("status", "rag", "rag status", "progress status", "current status"),
    "progress": (
        "progress",
        "progress note",
        "update",
        "latest update",
        "comments",
        "progress update",
        "latest position",
        "commentary",
        "evidence of completion",
        "position",
        "notes",
        "comment",
    ),
    "marking": (
        "marking",
        "protective marking",
        "classification",
        "gpms",
        "security marking",
        "gsc",
        "handling",
        "government security classification",
    ),
    "inspection": ("inspection", "report", "inspection title", "report title"),
    "published": ("inspection published", "published", "report published", "date published"),
}
# A column named for the update ("Latest position") makes a "Progress" column the status.
_STATUS_WHEN_UPDATE_ELSEWHERE = ("progress",)
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


def _label(cell: str) -> str:
    return _norm(cell).lower().rstrip(":").strip()


def _column_name(label: str, taken: set[str]) -> str | None:
    plain = re.sub(r"\s*\([^)]*\)\s*", " ", label).strip()  # "lead (name)" -> "lead"
    for candidate in (label, plain):
        for name, words in PLAN_COLUMNS.items():
            if candidate in words and name not in taken:
                return name
    return None


def plan_columns(header: list[str]) -> dict[int, str] | None:
    """Map column index to canonical name if this row is the header of an action plan. Columns are
    matched by meaning (synonyms, bracketed qualifiers dropped); a "Progress" column is the status
    when another column holds the update."""
    labels = [_label(c) for c in header]
    mapping: dict[int, str] = {}
    updates_elsewhere = any(
        lab in PLAN_COLUMNS["progress"] and lab not in _STATUS_WHEN_UPDATE_ELSEWHERE for lab in labels
    )
    for i, label in enumerate(labels):
        if updates_elsewhere and label in _STATUS_WHEN_UPDATE_ELSEWHERE and "status" not in mapping.values():
            mapping[i] = "status"
            continue
        name = _column_name(label, set(mapping.values()))
        if name:
            mapping[i] = name
    names = set(mapping.values())
    if "action" in names and names & {"owner", "status", "due", "progress"} and names & {"ref", "text"}:
        return mapping
    return None


def plan_row_block(
    cells: list[str], mapping: dict[int, str], header: list[str] | None = None
) -> Block | None:
    fields = {name: _norm(cells[i]) for i, name in mapping.items() if i < len(cells)}
    if not any(fields.get(k) for k in ("text", "action", "progress")):
        return None
    marking = normalise_marking(fields.get("marking", ""))
    head = fields.get("ref", "")
    if fields.get("kind"):
        head = f"{head} ({fields['kind']})" if head else fields["kind"]
    lines = [f"{head}: {fields.get('text', '')}".strip(": ") if head else fields.get("text", "")]
    for key in ("action", "owner", "due", "status", "progress"):
        if fields.get(key):
            lines.append(f"{PLAN_LABELS[key]}: {fields[key]}")
    # Columns with no canonical meaning are kept under their own heading: nothing in a row is dropped.
    for i, cell in enumerate(cells):
        if i not in mapping and _norm(cell) and header and i < len(header) and _norm(header[i]):
            lines.append(f"{_norm(header[i])}: {_norm(cell)}")
    return Block(
        kind="plan_row", text="\n".join(line for line in lines if line), marking=marking, fields=fields
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


def table_blocks(rows: list[list[str]]) -> list[Block]:
    """Classify a table and turn it into blocks."""
    rows = [[_norm(c) for c in row] for row in rows if any(_norm(c) for c in row)]
    if not rows:
        return []
    header = header_fields(rows)
    if header is not None:
        text = "\n".join(f"{label}: {value}" for label, value in _header_lines(rows))
        return [Block(kind="header_table", text=text, fields=header)]
    for at, row in enumerate(rows[:12]):
        mapping = plan_columns(row)
        if mapping:
            # Title, marking and totals lines above the header are kept as plain rows.
            preamble = [Block(kind="table_row", text=" | ".join(c for c in r if c)) for r in rows[:at]]
            blocks = [plan_row_block(r, mapping, row) for r in rows[at + 1 :]]
            return preamble + [b for b in blocks if b is not None]
    return [Block(kind="table_row", text=" | ".join(c for c in row if c)) for row in rows]


def _header_lines(rows: list[list[str]]) -> list[tuple[str, str]]:
    out = []
    for row in rows:
        cells = [c for c in row if c]
        if len(cells) >= 2:
            out.append((cells[0], " ".join(cells[1:])))
        elif cells:
            out.append((cells[0], ""))
    return out
