"""A draft as a Word document or Markdown, for staff (with sources) or for publication (without).

The publication export leaves out citations, the sources appendix, drafting notes and flags, and is
refused while an error-level flag stands (see ``Flag.blocks_publication``), unless a person overrides
it with a reason that the audit log records.
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from assistant.drafting.records import NEVER_OVERRIDDEN, Draft, HeaderRow, Paragraph, Section
from assistant.settings import OfficeSettings

Mode = Literal["internal", "publication"]


class ExportRefused(RuntimeError):
    pass


def banner(office: OfficeSettings) -> str:
    return f"{office.area_name.upper()} PCC RESPONSE TO HMICFRS INSPECTIONS OF {office.force_name.upper()}"


def boxes(row: HeaderRow) -> str:
    return (
        " ".join(f"{'☒' if ticked else '☐'} {label}" for label, ticked in row.options)
        if row.options
        else row.value
    )


def check_publishable(draft: Draft, override_reason: str | None, action: str = "publication export") -> None:
    """Refuse while an error-level flag stands (``Flag.blocks_publication``), unless overridden with a
    reason. OFFICIAL-SENSITIVE text is refused whatever the reason: the sentence must be reworded or
    rejected first."""
    blockers = draft.publication_blockers
    if sensitive := [f for f in blockers if f.kind in NEVER_OVERRIDDEN]:
        where = ", ".join(
            f"{f.section + 1}.{f.paragraph + 1}.{f.sentence + 1}" if f.sentence is not None else "a heading"
            for f in sensitive
        )
        raise ExportRefused(
            f"Refused ({action}): {len(sensitive)} sentence(s) carry OFFICIAL-SENSITIVE text ({where}). "
            "A reason cannot override this: reword or reject them in Review, then try again."
        )
    if blockers and not (override_reason and override_reason.strip()):
        kinds = ", ".join(sorted({f.kind for f in blockers}))
        raise ExportRefused(
            f"Refused ({action}): {len(blockers)} unresolved error flag(s) ({kinds}). Resolve them, or "
            f"export for internal review, or override with a reason, which is recorded with your name."
        )


def _paragraph_text(paragraph: Paragraph, mode: Mode) -> str:
    parts = []
    for s in paragraph.sentences:
        if s.review == "rejected":
            continue
        cites = f" [{', '.join(s.citations)}]" if mode == "internal" and s.citations else ""
        note = f" (Note for staff: {s.note})" if mode == "internal" and s.note else ""
        parts.append(s.text + cites + note)
    return " ".join(parts)


def _heading(section: Section) -> str | None:
    return section.title if section.kind not in ("opening", "signoff") and section.title else None


def file_marking(draft: Draft, mode: Mode) -> str | None:
    """The protective marking a file must carry: a review file holding any OFFICIAL-SENSITIVE passage,
    note or flagged sentence is OFFICIAL-SENSITIVE, any other review file OFFICIAL. A publication file
    carries none (it cannot be made while sensitive text stands)."""
    if mode == "publication":
        return None
    sensitive = (
        any(s.marking == "OFFICIAL-SENSITIVE" for s in draft.sources)
        or any(f.kind == "sensitive_text" for f in draft.flags)
        or any(sent.note for section in draft.sections for _, _, sent in section.sentences())
    )
    return "OFFICIAL-SENSITIVE" if sensitive else "OFFICIAL"


def to_markdown(draft: Draft, office: OfficeSettings, mode: Mode = "internal") -> str:
    marking = file_marking(draft, mode)
    lines = [f"**{marking}**", ""] if marking else []
    lines += [f"**{banner(office)}**", "", "| | |", "|---|---|"]
    lines += [f"| {row.label} | {boxes(row)} |" for row in draft.header]
    lines.append("")
    for section in draft.sections:
        if heading := _heading(section):
            lines += [f"## {heading}", ""]
        for paragraph in section.paragraphs:
            text = _paragraph_text(paragraph, mode)
            if not text:
                continue
            prefix = {"quote": "> ", "bullet": "- "}.get(paragraph.style, "")
            lines += [prefix + text, ""]
    if mode == "internal":
        lines += _appendix_markdown(draft)
    if marking:
        lines += ["", f"**{marking}**"]
    return "\n".join(lines).rstrip() + "\n"


def _appendix_markdown(draft: Draft) -> list[str]:
    lines = ["---", "", "## Drafting notes (not for publication)", ""]
    lines += [f"- {note}" for note in draft.notes]
    lines += [
        "",
        f"Engine: {draft.engine}"
        + (f" ({draft.model})" if draft.model else "")
        + f"; version {draft.version}; prompts: {', '.join(draft.prompt_versions.values())}",
        "",
    ]
    open_flags = [f for f in draft.flags if not f.resolved]
    if open_flags:
        lines += ["## Flags", ""]
        lines += [
            f"- **{f.severity}** {f.kind}: {f.message}" + (f" — “{f.excerpt}”" if f.excerpt else "")
            for f in open_flags
        ]
        lines.append("")
    lines += ["## Sources", ""]
    for s in draft.sources:
        where = f"{s.doc_id}" + (f", {s.section}" if s.section else "") if s.doc_id else "input"
        excerpt = s.text.replace("\n", " ")
        lines.append(
            f"- **{s.sid}** ({s.kind}; {s.marking}; {where}) {s.title}: {excerpt[:300]}"
            + ("…" if len(excerpt) > 300 else "")
        )
    return lines


def to_docx(draft: Draft, office: OfficeSettings, path: Path, mode: Mode = "internal") -> Path:
    import docx
    from docx.shared import Pt

    document = docx.Document()
    document.core_properties.title = f"Response: {draft.inspection.title}"
    document.core_properties.author = office.office_name
    if marking := file_marking(draft, mode):
        document.core_properties.category = marking
        for part in (document.sections[0].header, document.sections[0].footer):
            part.paragraphs[0].text = marking
            part.paragraphs[0].runs[0].bold = True
    run = document.add_paragraph().add_run(banner(office))
    run.bold = True
    run.font.size = Pt(13)
    table = document.add_table(rows=0, cols=2)
    table.style = "Table Grid"
    for row in draft.header:
        cells = table.add_row().cells
        cells[0].text = row.label
        cells[1].text = boxes(row)
    document.add_paragraph()
    for section in draft.sections:
        if heading := _heading(section):
            document.add_heading(heading, level=2)
        for paragraph in section.paragraphs:
            text = _paragraph_text(paragraph, mode)
            if text:
                style = {"quote": "Quote", "bullet": "List Bullet"}.get(paragraph.style)
                document.add_paragraph(text, style=style)
    if mode == "internal":
        document.add_page_break()
        document.add_heading("Drafting notes (not for publication)", level=1)
        for note in draft.notes:
            document.add_paragraph(note, style="List Bullet")
        open_flags = [f for f in draft.flags if not f.resolved]
        if open_flags:
            document.add_heading("Flags", level=1)
            for f in open_flags:
                document.add_paragraph(
                    f"{f.severity} · {f.kind}: {f.message} {f.excerpt}".strip(), style="List Bullet"
                )
        document.add_heading("Sources", level=1)
        sources = document.add_table(rows=1, cols=4)
        sources.style = "Table Grid"
        for cell, label in zip(sources.rows[0].cells, ("Id", "Source", "Marking", "Passage"), strict=True):
            cell.text = label
        for s in draft.sources:
            cells = sources.add_row().cells
            cells[0].text = s.sid
            cells[1].text = f"{s.title} ({s.kind}{', ' + s.doc_id if s.doc_id else ''})"
            cells[2].text = s.marking
            cells[3].text = s.text[:600]
    path.parent.mkdir(parents=True, exist_ok=True)
    document.save(path)
    return path


def report(draft: Draft) -> dict:
    """The machine-readable account of a draft: sections, citations, flags, coverage, deadline, provenance."""
    return {
        "draft_id": draft.draft_id,
        "version": draft.version,
        "engine": draft.engine,
        "model": draft.model,
        "prompt_versions": draft.prompt_versions,
        "inspection": draft.inspection.title,
        "published": draft.inspection.published.isoformat(),
        "due_date": draft.due_date.isoformat(),
        "days_left": draft.days_left,
        "sections": [
            {
                "index": i,
                "kind": s.kind,
                "title": s.title,
                "rec_id": s.rec_id,
                "sentences": [
                    {
                        "paragraph": p,
                        "sentence": n,
                        "text": sent.text,
                        "origin": sent.origin,
                        "citations": sent.citations,
                        "support": sent.support.model_dump() if sent.support else None,
                    }
                    for p, n, sent in s.sentences()
                ],
            }
            for i, s in enumerate(draft.sections)
        ],
        "coverage": [c.model_dump() for c in draft.coverage],
        "flags": [f.model_dump() for f in draft.flags],
        "sources": [s.model_dump(mode="json") for s in draft.sources],
        "notes": draft.notes,
    }
