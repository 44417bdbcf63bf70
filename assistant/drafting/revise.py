"""Revisions. With the composer, a defined set of operations on the draft's sections; with a language
model, any instruction, applied to the prose only (the statutory facts stay as they are).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.components.catalog import letterhead_only
from assistant.drafting.records import Draft, Paragraph, Section, Sentence
from assistant.drafting.text import content_words, split_sentences
from assistant.drafting.verify import speaks_for_chief_constable
from assistant.records import SearchFilters

COMPOSER_REVISIONS = (
    "remove section N (or its title)",
    "shorten section N",
    "expand section N (more from the sources it cites)",
    "move section N before section M (or up, down)",
    "rename section N to TITLE",
    "add a section on TOPIC",
    "add a section from DOC_ID (a document found in Search)",
    "use the wording of DOC_ID or of a past letter's title",
)
NEEDS_A_MODEL = (
    "rewording, changing the tone, merging or splitting paragraphs, and anything else in free form"
)
PROTECTED = ("recommendation", "chief_constable", "signoff")


class RevisionError(ValueError):
    pass


@dataclass
class Operation:
    verb: str  # remove | shorten | expand | rename | move | add | add_from | exemplar
    argument: str
    extra: tuple[str, ...] = ()  # rename: the new title; move: where, and the other section


_SECTION = r"(?:the\s+)?(?:section\s+)?"
_PATTERNS = [
    ("remove", re.compile(rf"^(?:remove|delete|drop)\s+{_SECTION}(.+?)\.?$", re.I)),
    ("shorten", re.compile(rf"^(?:shorten|trim|condense|cut)\s+{_SECTION}(.+?)\.?$", re.I)),
    ("expand", re.compile(rf"^(?:expand|lengthen|say more in|add more to)\s+{_SECTION}(.+?)\.?$", re.I)),
    ("rename", re.compile(rf"^(?:rename|retitle|call)\s+{_SECTION}(.+?)\s+(?:to|as)\s+(.+?)\.?$", re.I)),
    (
        "move",
        re.compile(
            rf"^move\s+{_SECTION}(.+?)\s+(up|down|before|after|to the end|to the top)(?:\s+{_SECTION}(.+?))?\.?$",
            re.I,
        ),
    ),
    ("add_from", re.compile(r"^add\s+(?:a\s+)?(?:section|paragraph|passage)?\s*from\s+(.+?)\.?$", re.I)),
    ("add", re.compile(r"^add\s+(?:a\s+)?(?:new\s+)?(?:section|paragraph)\s+(?:on|about)\s+(.+?)\.?$", re.I)),
    ("exemplar", re.compile(r"^use\s+(?:the\s+)?(?:wording|phrasing|style)\s+(?:of|from)\s+(.+?)\.?$", re.I)),
]


def parse_instruction(instruction: str) -> Operation:
    text = instruction.strip()
    for verb, pattern in _PATTERNS:
        m = pattern.match(text)
        if m:
            groups = [(g or "").strip().strip("'\"‘’“”") for g in m.groups()]
            return Operation(verb, groups[0], tuple(groups[1:]))
    raise RevisionError(
        f"‘{text}’ needs a language model, which is not set up. Without one, the assistant can: "
        + "; ".join(COMPOSER_REVISIONS)
        + f". A model would add {NEEDS_A_MODEL}. You can also edit any section's wording yourself."
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
    if (number := has_section_on(draft, topic)) is not None:
        raise RevisionError(
            f"Section {number} is already on ‘{topic}’, so nothing was added. "
            f"To say more there: ‘expand section {number}’."
        )
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
    return source_for(draft, hit.best.chunk, hit.meta)


def section_from_passages(draft: Draft, stored, chunks) -> Draft:
    """A section from a document a person picked: its passage most about this inspection (the words of
    its title and recommendations), as up to three of that passage's sentences, each citing it."""
    inspection = draft.inspection
    about = content_words(" ".join([inspection.title, *(r.text for r in inspection.recommendations)]))
    cited = {s.chunk_id for s in draft.sources}
    scored = sorted(
        (c for c in chunks if c.chunk_id not in cited and not letterhead_only(c.text)),
        key=lambda c: len(content_words(c.text) & about),
        reverse=True,
    )
    if not scored:
        raise RevisionError(
            f"The draft already uses every passage of ‘{stored.meta.doc_id}’; nothing was added."
        )
    chunk = scored[0]
    texts = [re.sub(r"^\d+(\.\d+)+\s+", "", t) for t in split_sentences(chunk.text)]
    texts = [t for t in texts if len(t.split()) >= 6 and not speaks_for_chief_constable(t)]
    relevant = [t for t in texts if content_words(t) & about] or texts
    if not relevant:
        raise RevisionError(f"‘{stored.meta.doc_id}’ has no sentence to use here.")
    sid = source_for(draft, chunk, stored.meta)
    heading = (
        chunk.section if chunk.section and chunk.section.lower() not in ("header", "body", "text") else ""
    )
    section = Section(
        kind="added",
        title=heading or stored.meta.title or stored.meta.doc_id,
        paragraphs=[
            Paragraph(sentences=[Sentence(text=t, origin="source", citations=[sid]) for t in relevant[:3]])
        ],
    )
    at = next(
        (i for i, s in enumerate(draft.sections) if s.kind in ("scrutiny", "signoff")), len(draft.sections)
    )
    draft.sections.insert(at, section)
    return draft


def source_for(draft: Draft, chunk, meta) -> str:
    """The draft's source id for a library passage, adding it if new."""
    for source in draft.sources:
        if source.chunk_id == chunk.chunk_id:
            return source.sid
    from assistant.drafting.records import Source

    sid = f"S{len(draft.sources) + 1}"
    draft.sources.append(
        Source(
            sid=sid,
            kind="action_plan" if meta.kind == "action_plan" else "past_response",
            title=meta.title or meta.doc_id,
            text=chunk.text,
            marking=chunk.marking,
            doc_id=meta.doc_id,
            chunk_id=chunk.chunk_id,
            section=chunk.section,
            published=meta.published,
        )
    )
    return sid


def rename_section(draft: Draft, target: str, title: str) -> Draft:
    index = find_section(draft, target)
    if not title.strip():
        raise RevisionError("Say the new title: ‘rename section 3 to Custody visiting’.")
    if draft.sections[index].kind in ("opening", "signoff"):
        raise RevisionError("The opening and the sign-off have no title to rename.")
    draft.sections[index].title = title.strip()[:1].upper() + title.strip()[1:]
    return draft


def move_section(draft: Draft, target: str, where: str, other: str = "") -> Draft:
    """'move section 5 before section 3', 'move section 5 up': the opening stays first, the sign-off last."""
    index = find_section(draft, target)
    section = draft.sections[index]
    if section.kind in ("opening", "signoff"):
        raise RevisionError("The opening stays first and the sign-off last; move the sections between them.")
    where = where.lower()
    if where in ("before", "after"):
        if not other:
            raise RevisionError(f"Say which section to move it {where}: ‘move section 5 {where} section 3’.")
        anchor = find_section(draft, other)
        if anchor == index:
            raise RevisionError("A section cannot be moved next to itself.")
        to = anchor if where == "before" else anchor + 1
    else:
        to = {"up": index - 1, "down": index + 2, "to the top": 1, "to the end": len(draft.sections) - 1}[
            where
        ]
    del draft.sections[index]
    to = to - 1 if to > index else to
    first = 1 if draft.sections and draft.sections[0].kind == "opening" else 0
    last = len(draft.sections) - (1 if draft.sections and draft.sections[-1].kind == "signoff" else 0)
    draft.sections.insert(max(first, min(to, last)), section)
    return draft


def expand_section(draft: Draft, target: str) -> Draft:
    """More from the past letters the section already cites: up to two of their sentences on the same
    subject that the draft does not yet use. Nothing is written that no source says."""
    index = find_section(draft, target)
    section = draft.sections[index]
    cited = list(dict.fromkeys(c for p in section.paragraphs for s in p.sentences for c in s.citations))
    used = {_norm(s.text) for sec in draft.sections for p in sec.paragraphs for s in p.sentences}
    about = content_words(section.title + " " + " ".join(p.text for p in section.paragraphs))
    added: list[Sentence] = []
    for sid in cited:
        source = draft.source(sid)
        if source is None or source.kind != "past_response" or source.marking != "OFFICIAL":
            continue
        for text in split_sentences(source.text):
            text = re.sub(r"^\d+(\.\d+)+\s+", "", text).strip()
            if (
                len(added) < 2
                and _norm(text) not in used
                and len(text.split()) >= 6
                and content_words(text) & about
                and not speaks_for_chief_constable(text)
            ):
                added.append(Sentence(text=text, origin="source", citations=[sid]))
                used.add(_norm(text))
    if not added:
        raise RevisionError(
            f"Section {index + 1} already uses what its past-letter sources say about it, so nothing "
            "grounded can be added. Add a section on a topic, or edit the wording yourself."
        )
    normal = [p for p in section.paragraphs if p.style == "normal"]
    (normal[-1].sentences.extend(added) if normal else section.paragraphs.append(Paragraph(sentences=added)))
    return draft


def _norm(text: str) -> str:
    return re.sub(r"\W+", " ", text.lower()).strip()


def has_section_on(draft: Draft, topic: str) -> int | None:
    """The number of a section already on this topic (its title's words are the topic's), if any: the
    same request twice adds nothing the second time."""
    wanted = content_words(topic)
    for i, section in enumerate(draft.sections):
        if section.kind == "added" and wanted and content_words(section.title) == wanted:
            return i + 1
    return None


def change_summary(before: Draft, after: Draft) -> str:
    """What a revision changed, in words, section by section ("Section 4 ‘Local context’ removed.")."""

    def key(s: Section) -> tuple:
        return (s.kind, s.rec_id, s.title)

    def name(s: Section) -> str:
        return f"‘{s.title}’" if s.title else s.kind.replace("_", " ")

    def count(s: Section) -> int:
        return sum(len(p.sentences) for p in s.paragraphs)

    old, new = [key(s) for s in before.sections], [key(s) for s in after.sections]
    said: list[str] = []
    if len(old) == len(new) and [k[:2] for k in old] == [k[:2] for k in new] and old != new:
        for i, (a, b) in enumerate(zip(before.sections, after.sections, strict=True)):
            if a.title != b.title:
                said.append(f"Section {i + 1} renamed from {name(a)} to {name(b)}.")
    elif sorted(old, key=str) == sorted(new, key=str) and old != new:
        moved = next(s for s in after.sections if new.index(key(s)) != old.index(key(s)))
        text = f"{name(moved)} moved to section {new.index(key(moved)) + 1}."
        said.append(text[0].upper() + text[1:])
    else:
        for i, s in enumerate(before.sections):
            if key(s) not in new:
                said.append(f"Section {i + 1} {name(s)} removed.")
        for i, s in enumerate(after.sections):
            if key(s) not in old:
                titles = sorted(
                    {
                        after.source(c).title
                        for p in s.paragraphs
                        for x in p.sentences
                        for c in x.citations
                        if after.source(c)
                    }
                )
                source = f", from {'; '.join(f'‘{t}’' for t in titles)}" if titles else ""
                said.append(f"Section {i + 1} {name(s)} added ({count(s)} sentences{source}).")
    for i, s in enumerate(after.sections):
        if key(s) in old:
            was = before.sections[old.index(key(s))]
            if [p.text for p in was.paragraphs] != [p.text for p in s.paragraphs]:
                a, b = count(was), count(s)
                how = "shortened" if b < a else "expanded" if b > a else "reworded"
                said.append(f"Section {i + 1} {name(s)} {how}: {a} sentences, now {b}.")
            elif cited(before, was) != cited(after, s):  # the office's same phrase, from another letter
                titles = "; ".join(f"‘{t}’" for t in sorted(cited(after, s) - cited(before, was)))
                said.append(f"Section {i + 1} {name(s)}: the same words, now cited to {titles}.")
    return " ".join(said)


def cited(draft: Draft, section: Section) -> set[str]:
    """The titles of the documents a section's sentences cite."""
    return {
        source.title
        for p in section.paragraphs
        for s in p.sentences
        for c in s.citations
        if (source := draft.source(c)) and source.doc_id
    }


def section_text(section: Section) -> str:
    """A section's own wording as a person edits it: paragraphs separated by a blank line, without the
    quoted text (which is the report's or the Chief Constable's, not the office's to change)."""
    return "\n\n".join(p.text for p in section.paragraphs if p.style != "quote")


def edit_section_text(draft: Draft, number: int, text: str, author: str) -> Draft:
    """Replace a section's own wording with a person's; each sentence kept unchanged keeps its sources."""
    if not 1 <= number <= len(draft.sections):
        raise RevisionError(f"There is no section {number}; the draft has {len(draft.sections)}.")
    section = draft.sections[number - 1]
    if section.kind == "chief_constable":
        raise RevisionError(
            "The Chief Constable's comments are published as the force gave them. Change them in the "
            "inspection form, or ask the force for new comments."
        )
    if not text.strip():
        raise RevisionError(
            f"Section {number} would be empty. To take it out, ask ‘remove section {number}’."
        )
    kept = {s.text: s for p in section.paragraphs for s in p.sentences}
    paragraphs = []
    for block in re.split(r"\n\s*\n", text.strip()):
        sentences = []
        for piece in split_sentences(" ".join(block.split())):
            same = kept.get(piece)
            sentences.append(
                same.model_copy()
                if same is not None
                else Sentence(text=piece, origin="staff", review="edited", author=author)
            )
        if sentences:
            paragraphs.append(Paragraph(sentences=sentences))
    quotes = [(i, p) for i, p in enumerate(section.paragraphs) if p.style == "quote"]
    for i, quote in quotes:  # the report's own words stay where they were
        paragraphs.insert(min(i, len(paragraphs)), quote)
    section.paragraphs = paragraphs
    return draft
