"""Passages of the office's own past letters that play the same part as the section being written
(how it answers a recommendation, how it commits to oversight), for the language model's voice and
shape. They are examples, never sources: the model is told to take no fact from them, and they are not
numbered, so nothing in a draft can cite them (a 2022 letter's figures cannot pass as grounded in a
2026 response). OFFICIAL passages only, and none that gives orders to whoever writes the letter.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.components.catalog import letterhead_only
from assistant.drafting.injection import instruction_cue
from assistant.records import SearchFilters, is_public

# A past passage's part in its letter, read from its section heading (the layouts of real letters:
# "Response to recommendations", "The force's position", "Holding the force to account", ...).
# The first that matches wins, so a heading naming recommendations is never read as an opening.
_ROLES = (
    ("recommendation", r"recommendation|force'?s position|action on each|response to the|cause of concern"),
    ("areas_for_improvement", r"areas? for improvement"),
    ("scrutiny", r"oversight|holding the force|scrutiny|assurance|progress|monitoring|accountab"),
    ("local_context", r"what is happening|background|locally|local context|how it looks from"),
    ("opening", r"comments|my assessment|introduction|summary|purpose|overview|response from"),
)
ROLE_PATTERNS = [(role, re.compile(pattern, re.I)) for role, pattern in _ROLES]
EXAMPLE_CHARS = 900


def section_role(heading: str) -> str | None:
    """Which kind of section a past passage's heading belongs to, or None when it does not say."""
    return next((role for role, pattern in ROLE_PATTERNS if pattern.search(heading)), None)


@dataclass(frozen=True)
class Exemplar:
    title: str
    year: int | None
    text: str


class ExemplarFinder:
    """Finds, for a kind of section and what it is about, up to ``per_section`` passages of different
    past letters in that part of the letter, most similar first."""

    def __init__(self, searcher, per_section: int = 3, depth: int = 80):
        self.searcher = searcher
        self.per_section = per_section
        self.depth = depth

    def find(self, kind: str, about: str) -> list[Exemplar]:
        hits = self.searcher.search_chunks(about, SearchFilters(kind="response"), k=self.depth)
        out: list[Exemplar] = []
        letters: set[str] = set()
        for hit in hits:
            chunk = hit.chunk
            if chunk.doc_id in letters or not is_public(chunk) or letterhead_only(chunk.text):
                continue
            if instruction_cue(chunk.text):  # planted orders to a model are never shown to one
                continue
            if section_role(chunk.section) != kind:
                continue
            letters.add(chunk.doc_id)
            out.append(Exemplar(hit.meta.title or hit.meta.doc_id, hit.meta.year, chunk.text[:EXAMPLE_CHARS]))
            if len(out) == self.per_section:
                break
        return out
