"""A letter as text (Markdown, or plain text with blank lines between paragraphs) read back into blocks.

Used wherever a letter exists only as text: a reference letter in the evaluation, a baseline, or a
letter a person wrote or edited outside the app and wants checked (``Drafter.check_letter``). The
publication Markdown export reads back into the same blocks.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from assistant.drafting.records import HeaderRow, Paragraph, Section, Sentence
from assistant.drafting.refs import mentioned_refs, ref_key
from assistant.drafting.text import split_sentences

BlockKind = Literal["heading", "paragraph", "bullet", "quote", "table_row"]

# Headings after which a document is no longer the letter: the staff appendix of an internal export.
_ANNEX = re.compile(r"^(drafting notes|sources|flags|notes for staff|appendix: sources)\b", re.I)
_BULLET = re.compile(r"^\s*(?:[-*•]|\d+[.)])\s+")
_TABLE_RULE = re.compile(r"^\|?\s*:?-{2,}")
_PLACEHOLDER = re.compile(r"\[[^\[\]]{3,}\]")


@dataclass
class LetterBlock:
    kind: BlockKind
    text: str
    section: str = ""  # the heading this block sits under ("" before the first)

    @property
    def cells(self) -> list[str]:
        return (
            [c.strip() for c in self.text.strip().strip("|").split("|")] if self.kind == "table_row" else []
        )


def _clean(text: str) -> str:
    text = re.sub(r"\*\*|__|(?<!\w)\*(?!\s)|(?<!\s)\*(?!\w)", "", text)  # bold / italic marks
    return re.sub(r"\s+", " ", text).strip()


def read_letter(text: str) -> list[LetterBlock]:
    """Blocks in reading order; stops at a staff appendix (drafting notes, flags, sources)."""
    blocks: list[LetterBlock] = []
    section = ""
    buffer: list[str] = []
    buffer_kind: BlockKind = "paragraph"

    def flush() -> None:
        nonlocal buffer
        if buffer:
            joined = _clean(" ".join(buffer))
            if joined:
                blocks.append(LetterBlock(buffer_kind, joined, section))
        buffer = []

    for raw in text.replace("\r\n", "\n").split("\n"):
        line = raw.rstrip()
        stripped = line.strip()
        if not stripped:
            flush()
            continue
        if re.fullmatch(r"-{3,}|\*{3,}|_{3,}", stripped):
            flush()
            continue
        heading = re.match(r"^#{1,6}\s+(.*)$", stripped)
        if heading or (re.fullmatch(r"\*\*[^*]{3,120}\*\*", stripped) and not buffer):
            flush()
            title = _clean(heading.group(1) if heading else stripped)
            if _ANNEX.match(title):
                break
            section = title
            blocks.append(LetterBlock("heading", title, section))
            continue
        if stripped.startswith("|"):
            flush()
            if not _TABLE_RULE.match(stripped.strip("|").strip()):
                cells = [_clean(c) for c in stripped.strip("|").split("|")]
                if any(cells):
                    blocks.append(LetterBlock("table_row", " | ".join(cells), section))
            continue
        if stripped.startswith(">"):
            content = stripped.lstrip(">").strip()
            if buffer and buffer_kind != "quote":
                flush()
            buffer_kind = "quote"
            if not content:
                flush()
                buffer_kind = "quote"
                continue
            buffer.append(content)
            continue
        if _BULLET.match(line):
            flush()
            buffer_kind = "bullet"
            buffer.append(_BULLET.sub("", line))
            continue
        if buffer and buffer_kind == "quote":
            flush()
        if not buffer:
            buffer_kind = "paragraph" if buffer_kind != "bullet" or not raw.startswith(" ") else "bullet"
        buffer.append(stripped)
    flush()
    return blocks


def without_placeholders(text: str) -> str:
    """The text with every ``[To be added: ...]`` gap (and citation marker) taken out."""
    return re.sub(r"\s+", " ", _PLACEHOLDER.sub(" ", re.sub(r"\[S\d+(?:,\s*S\d+)*\]", " ", text))).strip()


def placeholders(text: str) -> list[str]:
    return [m.group(0) for m in _PLACEHOLDER.finditer(text) if not re.fullmatch(r"\[S\d+.*\]", m.group(0))]


# -- a letter written outside the app, as a draft the verifiers can check -----------------------------
_SIGN_OFF = re.compile(r"^yours (sincerely|faithfully)\b", re.I)


def _section_kind(title: str, rec_ids: dict[str, str]) -> tuple[str, str | None]:
    lowered = title.lower()
    refs = mentioned_refs(title)
    named = [rec_ids[k] for k in refs if k in rec_ids]
    named += [r for k in refs for r in rec_ids.values() if re.fullmatch(rf"{re.escape(k)}[a-z]", r.lower())]
    if named:
        return "recommendation", named[0]
    if "chief constable" in lowered:
        return "chief_constable", None
    if re.search(r"areas? for improvement", lowered):
        return "areas_for_improvement", None
    if re.search(r"oversight|scrutiny|monitor|next steps|accountab|progress", lowered):
        return "scrutiny", None
    if "context" in lowered:
        return "local_context", None
    return "added", None


def letter_to_draft_parts(text: str, inspection, quoted_texts: list[str]):
    """A letter's text as (header rows, sections) of a draft. A sentence found word for word in the
    input (a quoted recommendation, the Chief Constable's comments) is ``input``; a ``[To be added]``
    gap is a ``placeholder``; every other sentence is the writer's own (``staff``)."""
    quoted = [_plain(t) for t in quoted_texts if t]
    rec_ids = {ref_key(r.id): r.id for r in inspection.recommendations}
    header: list[HeaderRow] = []
    sections: list[Section] = [Section(kind="opening", title="")]
    for block in read_letter(text):
        if block.kind == "table_row":
            cells = block.cells
            if len(cells) >= 2 and cells[0]:
                header.append(HeaderRow(label=cells[0], value=" ".join(cells[1:])))
            continue
        if block.kind == "heading":
            kind, rec_id = _section_kind(block.text, rec_ids)
            sections.append(Section(kind=kind, title=block.text, rec_id=rec_id))
            continue
        if _SIGN_OFF.match(block.text) and sections[-1].kind != "signoff":
            sections.append(Section(kind="signoff", title=""))
        sentences = []
        for piece in re.split(r"(\[[^\[\]]{3,}\])", block.text):
            if not piece.strip():
                continue
            if re.fullmatch(r"\[[^\[\]]{3,}\]", piece.strip()):
                sentences.append(Sentence(text=piece.strip(), origin="placeholder"))
                continue
            for sentence in split_sentences(piece):
                plain = _plain(sentence)
                origin = "input" if len(plain) > 12 and any(plain in q for q in quoted) else "staff"
                sentences.append(Sentence(text=sentence, origin=origin))
        if sentences:
            style = {"quote": "quote", "bullet": "bullet"}.get(block.kind, "normal")
            sections[-1].paragraphs.append(Paragraph(sentences=sentences, style=style))
    return header, [s for s in sections if s.paragraphs or s.kind == "recommendation"]


def _plain(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", " ", text.lower().replace("’", "'")).strip()
