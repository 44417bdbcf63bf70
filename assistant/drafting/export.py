"""A draft as a Word document or Markdown, for staff (with sources) or for publication (without).

Both formats follow the letter's furniture (``furniture.py``): its form (the header table of facts, or
the letter to the Home Secretary), its date, A4 pages, the office's Word template and styles. The
publication export leaves out citations, the sources appendix, drafting notes and flags, and is refused
while an error-level flag stands (see ``Flag.blocks_publication``), unless a person overrides it with a
reason that the audit log records. A review copy prints OFFICIAL-SENSITIVE source passages only when
asked (``include_sensitive``); its protective marking follows what is left in it (``file_marking``).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from assistant.drafting.furniture import (
    SALUTATION,
    Furniture,
    Styles,
    add_heading,
    add_table,
    add_text,
    addressee_lines,
    mark_pages,
    new_document,
)
from assistant.drafting.records import (
    NEVER_OVERRIDDEN,
    WAY_FORWARD,
    Draft,
    Flag,
    HeaderRow,
    Paragraph,
    Section,
    Source,
)
from assistant.drafting.text import long_date
from assistant.settings import OfficeSettings

if TYPE_CHECKING:
    from docx.document import Document as DocxDocument

Mode = Literal["internal", "publication"]
SENSITIVE = "OFFICIAL-SENSITIVE"


class ExportRefused(RuntimeError):
    """Publication or approval held back; ``kinds``: the flag kinds that hold it back."""

    def __init__(self, message: str, kinds: frozenset[str] = frozenset()):
        super().__init__(message)
        self.kinds = kinds


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
            f"Not ready for {action}: {len(sensitive)} sentence(s) carry OFFICIAL-SENSITIVE text ({where}). "
            "A reason cannot override this: reword or reject them in Review, then try again.",
            frozenset(f.kind for f in sensitive),
        )
    if blockers and not (override_reason and override_reason.strip()):
        kinds = sorted({f.kind for f in blockers}, key=list(WAY_FORWARD).index)
        todo = [WAY_FORWARD[k] for k in kinds]
        steps = todo[0] if len(todo) == 1 else ", ".join(todo[:-1]) + " and " + todo[-1]
        raise ExportRefused(
            f"Not ready for {action}: {steps[0].upper() + steps[1:]} (see the flags). Or export a copy for "
            "internal review, or go ahead with a reason, which is recorded with your name.",
            frozenset(kinds),
        )


# -- what a review copy may print ---------------------------------------------------------------------
def passage(source: Source, include_sensitive: bool) -> str:
    """A source's passage as a review copy prints it: an OFFICIAL-SENSITIVE one only when asked."""
    if source.marking == SENSITIVE and not include_sensitive:
        return f"[{SENSITIVE} passage withheld: {source.title}, {source.sid}]"
    return source.text


def flag_text(flag: Flag, draft: Draft, include_sensitive: bool) -> str:
    """A flag as a review copy prints it. A flag that quotes an OFFICIAL-SENSITIVE source (a status it
    contradicts) has its message withheld with the passage; a sensitive-text flag is kept (the sentence
    it points to is in the letter, and marks the file, anyway)."""
    source = draft.source(flag.source_id) if flag.source_id else None
    message = flag.message
    if source and source.marking == SENSITIVE and flag.kind != "sensitive_text" and not include_sensitive:
        message = f"[detail withheld: it quotes {SENSITIVE} source {source.sid}]"
    return f"{flag.kind}: {message}" + (f" — “{flag.excerpt}”" if flag.excerpt else "")


def file_marking(draft: Draft, mode: Mode, include_sensitive: bool = False) -> str | None:
    """The protective marking a file must carry: OFFICIAL-SENSITIVE for a review file holding any
    OFFICIAL-SENSITIVE passage (only printed when ``include_sensitive``), any staff note (notes record
    what sensitive rows say) or any sentence flagged as sensitive text; any other review file OFFICIAL.
    A publication file carries none (it cannot be made while sensitive text stands)."""
    if mode == "publication":
        return None
    sensitive = (
        (include_sensitive and any(s.marking == SENSITIVE for s in draft.sources))
        or any(f.kind == "sensitive_text" for f in draft.flags)
        or any(sent.note for section in draft.sections for _, _, sent in section.sentences())
    )
    return SENSITIVE if sensitive else "OFFICIAL"


# -- the letter as pieces, whatever the format --------------------------------------------------------
@dataclass(frozen=True)
class Piece:
    """One block of the letter before it is written as Markdown or Word."""

    kind: Literal["banner", "facts", "lines", "heading", "text"]
    text: str = ""
    style: Literal["normal", "quote", "bullet"] = "normal"
    level: int = 2
    rows: tuple[tuple[str, ...], ...] = ()  # facts: label, value
    lines: tuple[str, ...] = ()  # an address block, one line each


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


def front(draft: Draft, office: OfficeSettings, furniture: Furniture) -> list[Piece]:
    """What comes before the letter's body in its form: the banner and the table of facts, or the
    Home Office address, "Dear Home Secretary" and the report's title; the date in both."""
    dated = [Piece("text", long_date(furniture.letter_date))] if furniture.letter_date else []
    if furniture.form == "home_secretary":
        return [
            Piece("lines", lines=tuple(addressee_lines(furniture.home_secretary_name))),
            *dated,
            Piece("text", SALUTATION),
            Piece("heading", draft.inspection.title, level=1),
        ]
    facts = tuple((row.label, boxes(row)) for row in draft.header)
    return [Piece("banner", banner(office)), Piece("facts", rows=facts), *dated]


def body(draft: Draft, mode: Mode) -> list[Piece]:
    pieces = []
    for section in draft.sections:
        if heading := _heading(section):
            pieces.append(Piece("heading", heading, level=2))
        for paragraph in section.paragraphs:
            if text := _paragraph_text(paragraph, mode):
                style = paragraph.style if paragraph.style in ("quote", "bullet") else "normal"
                pieces.append(Piece("text", text, style=style))
    return pieces


# -- Markdown ---------------------------------------------------------------------------------------------
def to_markdown(
    draft: Draft,
    office: OfficeSettings,
    mode: Mode = "internal",
    furniture: Furniture | None = None,
    include_sensitive: bool = False,
) -> str:
    """The draft as Markdown. ``furniture`` None: the header-table form with no date (the bare
    rendering that version diffs and the evaluation compare)."""
    furniture = furniture or Furniture()
    marking = file_marking(draft, mode, include_sensitive)
    lines = [f"**{marking}**", ""] if marking else []
    for piece in [*front(draft, office, furniture), *body(draft, mode)]:
        lines += _markdown(piece)
    if mode == "internal":
        lines += _appendix_markdown(draft, include_sensitive)
    if marking:
        lines += ["", f"**{marking}**"]
    return "\n".join(lines).rstrip() + "\n"


def _markdown(piece: Piece) -> list[str]:
    match piece.kind:
        case "banner":
            return [f"**{piece.text}**", ""]
        case "facts":
            return ["| | |", "|---|---|", *(f"| {' | '.join(row)} |" for row in piece.rows), ""]
        case "lines":
            return [
                *(f"{line}  " for line in piece.lines[:-1]),
                piece.lines[-1],
                "",
            ]  # two spaces: a line break
        case "heading":
            return [f"{'#' * piece.level} {piece.text}", ""]
        case _:
            return [{"quote": "> ", "bullet": "- "}.get(piece.style, "") + piece.text, ""]


def _appendix_markdown(draft: Draft, include_sensitive: bool) -> list[str]:
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
        lines += [f"- **{f.severity}** {flag_text(f, draft, include_sensitive)}" for f in open_flags]
        lines.append("")
    lines += ["## Sources", ""]
    for s in draft.sources:
        where = f"{s.doc_id}" + (f", {s.section}" if s.section else "") if s.doc_id else "input"
        excerpt = passage(s, include_sensitive).replace("\n", " ")
        lines.append(
            f"- **{s.sid}** ({s.kind}; {s.marking}; {where}) {s.title}: {excerpt[:300]}"
            + ("…" if len(excerpt) > 300 else "")
        )
    return lines


# -- Word -------------------------------------------------------------------------------------------------
def to_docx(
    draft: Draft,
    office: OfficeSettings,
    path: Path,
    mode: Mode = "internal",
    furniture: Furniture | None = None,
    include_sensitive: bool = False,
) -> Path:
    """The draft as a Word document on A4: a new one, or the office's template (``furniture.template``)
    with its body removed and its letterhead, page set-up and styles kept."""
    furniture = furniture or Furniture()
    document = new_document(furniture.template)
    styles = Styles.of(document)
    document.core_properties.title = f"Response: {draft.inspection.title}"
    document.core_properties.author = office.office_name
    marking = file_marking(draft, mode, include_sensitive)
    document.core_properties.category = marking or ""
    if marking:
        mark_pages(document, marking)
    for piece in [*front(draft, office, furniture), *body(draft, mode)]:
        _docx(document, styles, piece)
    if mode == "internal":
        _appendix_docx(document, styles, draft, include_sensitive)
    path.parent.mkdir(parents=True, exist_ok=True)
    document.save(path)
    return path


def _docx(document: DocxDocument, styles: Styles, piece: Piece) -> None:
    match piece.kind:
        case "banner":
            from docx.shared import Pt

            run = document.add_paragraph().add_run(piece.text)
            run.bold = True
            run.font.size = Pt(13)
        case "facts":
            add_table(document, styles, piece.rows)
            document.add_paragraph()
        case "lines":
            paragraph = document.add_paragraph()
            for i, line in enumerate(piece.lines):
                if i:
                    paragraph.add_run().add_break()
                paragraph.add_run(line)
        case "heading":
            add_heading(document, styles, piece.text, piece.level)
        case _:
            add_text(document, styles, piece.text, piece.style)


def _appendix_docx(document: DocxDocument, styles: Styles, draft: Draft, include_sensitive: bool) -> None:
    document.add_page_break()
    add_heading(document, styles, "Drafting notes (not for publication)", 1)
    for note in draft.notes:
        add_text(document, styles, note, "bullet")
    open_flags = [f for f in draft.flags if not f.resolved]
    if open_flags:
        add_heading(document, styles, "Flags", 1)
        for f in open_flags:
            add_text(document, styles, f"{f.severity} · {flag_text(f, draft, include_sensitive)}", "bullet")
    add_heading(document, styles, "Sources", 1)
    rows = [("Id", "Source", "Marking", "Passage")]
    rows += [
        (
            s.sid,
            f"{s.title} ({s.kind}{', ' + s.doc_id if s.doc_id else ''})",
            s.marking,
            passage(s, include_sensitive)[:600],
        )
        for s in draft.sources
    ]
    add_table(document, styles, tuple(rows))


WITHHELD = "(OFFICIAL-SENSITIVE: withheld; ask for it with --include-sensitive)"


def report(draft: Draft, include_sensitive: bool = False) -> dict:
    """The machine-readable account of a draft: sections, citations, flags, coverage, deadline, provenance.
    Like a review copy, it withholds OFFICIAL-SENSITIVE source passages (and the excerpts flags quote from
    them) unless asked, and says in ``file_marking`` what it holds."""
    secret = {s.sid for s in draft.sources if s.marking == "OFFICIAL-SENSITIVE"}
    shown = include_sensitive and bool(secret)

    def source(s) -> dict:
        data = s.model_dump(mode="json")
        if s.sid in secret and not include_sensitive:
            data.update(text=WITHHELD, fields={})
        return data

    def flag(f) -> dict:
        data = f.model_dump()
        if f.source_id in secret and not include_sensitive:
            data["excerpt"] = ""
        return data

    return {
        "file_marking": "OFFICIAL-SENSITIVE" if shown else "OFFICIAL",
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
        "flags": [flag(f) for f in draft.flags],
        "sources": [source(s) for s in draft.sources],
        "notes": draft.notes,
    }
