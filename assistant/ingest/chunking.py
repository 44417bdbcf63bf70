"""Blocks to chunks that respect the document's structure.

A chunk never crosses a heading (so its section name is true of all of it), an action-plan row is
always a chunk of its own (so its protective marking and owner stay attached to exactly its text),
the header table is a chunk of its own, and paragraphs are packed up to a size budget. A single
paragraph longer than the budget is split at sentences, then words, then (text with no spaces at all)
anywhere; a row or header longer than ``max_chunk`` is split the same way, each part keeping its marking.
No chunk is ever longer than ``max(max_chars, max_chunk)``.
"""

from __future__ import annotations

from langchain_text_splitters import RecursiveCharacterTextSplitter

from assistant.records import Block, Chunk, Marking


def chunk_blocks(
    doc_id: str,
    version: str,
    blocks: list[Block],
    default_marking: Marking,
    max_chars: int = 1000,
    max_chunk: int = 4000,
) -> list[Chunk]:
    split = _splitter(max_chars).split_text
    split_whole = _splitter(max(max_chars, max_chunk)).split_text
    pieces: list[tuple[str, str, Marking]] = []  # (section, text, marking)
    section = ""
    buffer: list[str] = []

    def flush() -> None:
        if buffer:
            pieces.append((section, "\n\n".join(buffer), default_marking))
            buffer.clear()

    for block in blocks:
        text = block.text.strip()
        if not text:
            continue
        if block.kind == "heading":
            flush()
            section = text[:200]
            continue
        if block.kind in ("plan_row", "header_table"):
            flush()
            marking = block.marking or default_marking
            label = "Header" if block.kind == "header_table" else section
            pieces.extend((label, part, marking) for part in split_whole(text))
            continue
        if len(text) > max_chars:
            flush()
            pieces.extend((section, part, default_marking) for part in split(text))
            continue
        if buffer and sum(len(b) + 2 for b in buffer) + len(text) > max_chars:
            flush()
        buffer.append(text)
    flush()
    return [
        Chunk(
            chunk_id=f"{doc_id}::{version}::{i:04d}",
            doc_id=doc_id,
            position=i,
            section=section_name,
            text=text,
            marking=marking,
        )
        for i, (section_name, text, marking) in enumerate(pieces)
    ]


def _splitter(size: int) -> RecursiveCharacterTextSplitter:
    # "" last: a run with no separator at all (one 19 MB "word") is cut at the size, never kept whole.
    return RecursiveCharacterTextSplitter(
        chunk_size=size,
        chunk_overlap=0,
        separators=["\n\n", "\n", ". ", "; ", ", ", " ", ""],
        keep_separator="end",
    )
