"""What a case's inputs hold, read generously (every cell of every note, whatever the layout), and
the two baselines every evaluation run reports beside the engine:

- ``input-copy``: the inspection file and every OFFICIAL note cell pasted under each heading;
- ``skeleton``: the section structure with placeholders only.

A scorer that the copy passes measures nothing; the skeleton shows what structure alone earns.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from assistant.drafting.inspection import Inspection
from assistant.drafting.refs import mentioned_refs, parse_ref_cell, ref_key
from assistant.ingest.loaders import LoaderError, load_file
from assistant.ingest.tables import normalise_marking
from assistant.settings import OfficeSettings


@dataclass
class NoteRow:
    refs: list[str]  # reference keys the row names (may be empty)
    cells: list[str]
    sensitive: bool


def read_notes(path: Path) -> tuple[list[NoteRow], str]:
    """Every row or paragraph of a notes file, with its cells and marking, and the file's whole text.
    Independent of how well the drafting parser maps the columns: a baseline must not be weakened by
    the product's own parser."""
    try:
        parsed = load_file(path, path.read_bytes())
        blocks = parsed.blocks
    except LoaderError:
        text = path.read_text(encoding="utf-8", errors="replace")
        return [
            NoteRow([], [line], "SENSITIVE" in line.upper()) for line in text.splitlines() if line.strip()
        ], text
    file_sensitive = "OFFICIAL-SENSITIVE" in " ".join(b.text for b in blocks[:3]).upper() and not any(
        b.marking for b in blocks
    )
    rows: list[NoteRow] = []
    section_sensitive = False
    for block in blocks:
        if block.kind == "heading":
            section_sensitive = "SENSITIVE" in block.text.upper()
        if block.kind == "plan_row":
            cells = [v for k, v in block.fields.items() if v and k != "marking"]
            refs = parse_ref_cell(block.fields.get("ref", ""))
            sensitive = block.marking == "OFFICIAL-SENSITIVE"
        else:
            cells = (
                [c.strip() for c in block.text.split(" | ")] if block.kind == "table_row" else [block.text]
            )
            refs = mentioned_refs(block.text) if block.kind != "table_row" else parse_ref_cell(cells[0])
            marks = [normalise_marking(c) for c in cells]
            sensitive = (
                "OFFICIAL-SENSITIVE" in marks or "SENSITIVE" in block.text.upper() or section_sensitive
            )
        rows.append(NoteRow(refs, [c for c in cells if c], sensitive or file_sensitive))
    return rows, "\n".join(b.text for b in blocks)


def _table(values: dict[str, str]) -> list[str]:
    lines = ["| | |", "|---|---|"]
    lines += [f"| {label} | {value} |" for label, value in values.items()]
    return lines + [""]


def input_copy(inspection: Inspection, notes: list[NoteRow]) -> str:
    """The inspection file and every OFFICIAL note cell, pasted under each heading: a paragraph per row."""
    public = [r for r in notes if not r.sensitive]
    used: set[int] = set()

    def cells_for(ident: str) -> list[str]:
        """Each row's cells pasted side by side, a paragraph per row (the generous copy)."""
        out = []
        for i, row in enumerate(public):
            if ref_key(ident) in row.refs:
                used.add(i)
                out.append(". ".join(c.rstrip(".") for c in row.cells) + ".")
        return out

    lines = _table(
        {
            "Inspection title": inspection.title,
            "Inspectorate": ", ".join(inspection.inspectorates),
            "Type": inspection.type,
            "Published": inspection.published.isoformat(),
        },
    )
    for rec in inspection.recommendations:
        lines += [f"## Recommendation {rec.id}", "", rec.text, ""]
        lines += [cell + "\n" for cell in cells_for(rec.id)]
    if inspection.areas_for_improvement:
        lines += ["## Areas for improvement", ""]
        for afi in inspection.areas_for_improvement:
            lines += [afi.text, ""] + [cell + "\n" for cell in cells_for(afi.id)]
    lines += ["## The Chief Constable's comments", "", inspection.chief_constable_comments or "", ""]
    rest = [
        ". ".join(c.rstrip(".") for c in row.cells) + "." for i, row in enumerate(public) if i not in used
    ]
    if rest:
        lines += ["## Other notes", ""] + [cell + "\n" for cell in rest]
    return "\n".join(lines)


def skeleton(inspection: Inspection, office: OfficeSettings) -> str:
    """The section structure with placeholders only."""
    gap = "[To be added]"
    lines = _table(
        {
            "Inspection title": gap,
            "Type of inspection": gap,
            "Date inspection published": gap,
            "Recommendations": gap,
            "Response due": gap,
        },
    )
    lines += [
        "[To be added: introduction]",
        "",
        "## The Chief Constable's comments",
        "",
        "[To be added: the Chief Constable's comments]",
        "",
    ]
    for rec in inspection.recommendations:
        lines += [
            f"## Recommendation {rec.id}",
            "",
            f"[To be added: the response to recommendation {rec.id}]",
            "",
        ]
    if inspection.areas_for_improvement:
        lines += [
            "## Areas for improvement",
            "",
            "[To be added: the response to the areas for improvement]",
            "",
        ]
    lines += [
        "## Oversight",
        "",
        "[To be added: how progress will be overseen]",
        "",
        "Yours sincerely",
        "",
        "[To be added: name]",
        "",
    ]
    return "\n".join(lines)
