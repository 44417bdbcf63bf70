"""Revisions. With the composer, a defined set of operations on the draft's sections; with a language
model, any instruction, applied to the prose only (the statutory facts stay as they are).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.drafting.records import Draft, Paragraph, Section, Sentence
from assistant.drafting.text import content_words, split_sentences
from assistant.drafting.verify import speaks_for_chief_constable
from assistant.records import SearchFilters

COMPOSER_REVISIONS = (
    "remove section N (or its title)",
    "shorten section N (or its title)",
    "add a section on TOPIC",
    "use the wording of DOC_ID",
)
PROTECTED = ("recommendation", "chief_constable", "signoff")


class RevisionError(ValueError):
    pass


@dataclass
class Operation:
    verb: str  # remove | shorten | add | exemplar
    argument: str


_PATTERNS = [
    ("remove", re.compile(r"^(?:remove|delete|drop)\s+(?:the\s+)?(?:section\s+)?(.+?)\.?$", re.I)),
    ("shorten", re.compile(r"^(?:shorten|trim|condense)\s+(?:the\s+)?(?:section\s+)?(.+?)\.?$", re.I)),
    ("add", re.compile(r"^add\s+(?:a\s+)?(?:new\s+)?(?:section|paragraph)\s+(?:on|about)\s+(.+?)\.?$", re.I)),
    ("exemplar", re.compile(r"^use\s+(?:the\s+)?(?:wording|phrasing|style)\s+(?:of|from)\s+(.+?)\.?$", re.I)),
]


def parse_instruction(instruction: str) -> Operation:
    text = instruction.strip()
    for verb, pattern in _PATTERNS:
        m = pattern.match(text)
        if m:
            return Operation(verb, m.group(1).strip().strip("'\"‘’“”"))
    raise RevisionError(
        "Without a language model the assistant can make these revisions: "
        + "; ".join(COMPOSER_REVISIONS)
        + ". A configured model would also accept free-form instructions such as ‘make the opening warmer’."
    )


def find_section(draft: Draft, target: str) -> int:
    """A section by its number as shown (1 = the first section) or by (part of) its title."""
    if target.isdigit():
        index = int(target) - 1
        if 0 <= index < len(draft.sections):
            return index
        raise RevisionError(f"There is no section {target}; the draft has {len(draft.sections)}.")
    wanted = target.lower()
    for i, section in enumerate(draft.sections):
        if section.title and wanted in section.title.lower():
            return i
    titles = ", ".join(f"{i + 1}: {s.title or s.kind}" for i, s in enumerate(draft.sections))
    raise RevisionError(f"No section matches ‘{target}’. Sections: {titles}.")


def remove_section(draft: Draft, target: str) -> Draft:
    index = find_section(draft, target)
    section = draft.sections[index]
    if section.kind in PROTECTED:
        raise RevisionError(
            f"‘{section.title or section.kind}’ cannot be removed: section 55 requires it "
            "(every recommendation answered, the Chief Constable's comments, the sign-off)."
        )
    del draft.sections[index]
    return draft


def shorten_section(draft: Draft, target: str) -> Draft:
    """Keep the facts (quotes, input, the first sentence of each paragraph); drop the rest."""
    section = draft.sections[find_section(draft, target)]
    for paragraph in section.paragraphs:
        if paragraph.style == "quote":
            continue
        kept = [
            s for i, s in enumerate(paragraph.sentences) if i == 0 or s.origin in ("input", "placeholder")
        ]
        paragraph.sentences = kept
    return draft


def add_section(draft: Draft, topic: str, search) -> Draft:
    """A section on a topic, made of sentences from the office's own OFFICIAL passages about it."""
    hits = search(topic, SearchFilters(marking="OFFICIAL"), limit=5)
    terms = content_words(topic)
    sentences: list[Sentence] = []
    for hit in hits[:2]:
        chunk = hit.best.chunk
        sentences_ = [
            re.sub(r"^\d+(\.\d+)+\s+", "", t) for t in split_sentences(chunk.text)
        ]  # "1.3 ..." numbering
        # a past letter's report of what its Chief Constable said is never this letter's to repeat
        sentences_ = [t for t in sentences_ if not speaks_for_chief_constable(t)]
        relevant = [t for t in sentences_ if content_words(t) & terms] or sentences_[:1]
        source = draft_source(draft, hit)
        sentences += [Sentence(text=t, origin="source", citations=[source]) for t in relevant[:2]]
    if not sentences:
        raise RevisionError(
            f"Nothing in the library is about ‘{topic}’, so no grounded section can be added."
        )
    section = Section(
        kind="added", title=topic[:1].upper() + topic[1:], paragraphs=[Paragraph(sentences=sentences)]
    )
    at = next(
        (i for i, s in enumerate(draft.sections) if s.kind in ("scrutiny", "signoff")), len(draft.sections)
    )
    draft.sections.insert(at, section)
    return draft


def draft_source(draft: Draft, hit) -> str:
    """The draft's source id for a search hit's passage, adding it if new."""
    chunk = hit.best.chunk
    for source in draft.sources:
        if source.chunk_id == chunk.chunk_id:
            return source.sid
    from assistant.drafting.records import Source

    sid = f"S{len(draft.sources) + 1}"
    draft.sources.append(
        Source(
            sid=sid,
            kind="action_plan" if hit.meta.kind == "action_plan" else "past_response",
            title=hit.meta.title or hit.meta.doc_id,
            text=chunk.text,
            marking=chunk.marking,
            doc_id=hit.meta.doc_id,
            chunk_id=chunk.chunk_id,
            section=chunk.section,
            published=hit.meta.published,
        )
    )
    return sid
