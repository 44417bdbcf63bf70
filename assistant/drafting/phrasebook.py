"""The office's recurring phrasings, mined from its own past letters.

The composer writes in the house voice by reusing what the office has itself written more than
once: the opening welcome, the line introducing the Chief Constable's comments, the tracker
sentence, the scrutiny commitment. A phrasing qualifies when the same words (up to a clause
boundary) appear in at least ``min_docs`` different letters and carry nothing specific to one
report (no figures, no proper names outside the office's shared vocabulary). Each phrase keeps the
passages it was seen in, so every composed sentence can cite them. Only letters marked OFFICIAL
are mined (``Drafter.phrasebook`` passes no other): house phrasing ends up in published letters.
"""

from __future__ import annotations

import json
import os
import re
import threading
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from datetime import date
from pathlib import Path

from assistant.drafting.text import split_sentences

# Stored with a saved phrasebook: a cache mined under an older rule (say, before sensitive letters were
# left out) is mined again rather than trusted.
MINING_RULE = "official-only-1"

ROLES: dict[str, re.Pattern] = {
    "opening": re.compile(r"^I welcome (this|the)\b.*\b(report|review|inspection)", re.I),
    "cc_intro": re.compile(r"^I (have )?asked the Chief Constable\b.*\b(comments|view)", re.I),
    "tracking": re.compile(r"recommendations tracker", re.I),
    "scrutiny": re.compile(r"hold the Chief Constable to account", re.I),
    "panel": re.compile(r"Police and Crime Panel", re.I),
}
_ANY_ROLE = re.compile("|".join(f"(?:{p.pattern.lstrip('^')})" for p in ROLES.values()), re.I)
_PRONOUN = re.compile(r"\b(his|her)\b")
_CONNECTIVE = re.compile(r"^(?:That is why|This is why|So|And|But|Today),?\s+(?=I\b)")
_REPORT_KIND = re.compile(
    r"\bI welcome this (?:spotlight |interim |joint |thematic |national )?(?:report|review)\b"
)
_CLAUSE_CUT = re.compile(r", | on (?=[a-z])| published\b| which\b")
_MAJESTY = re.compile(r"\b(Her|His) Majesty's")
_CAPITALISED = re.compile(r"(?<![.!?]\s)(?<!^)\b[A-Z][A-Za-z&'’-]+")


@dataclass
class Phrase:
    role: str
    text: str  # may hold {pronoun} and {majesty}
    complete: bool  # a whole sentence, or a clause the composer completes
    doc_ids: list[str]
    chunk_ids: list[str]
    latest: date | None = None

    def render(self, pronoun: str, majesty: str, kind: str = "") -> str:
        text = self.text.replace("{pronoun}", pronoun).replace("{majesty}", majesty).replace("{kind}", kind)
        return text if self.complete else text.rstrip(" ,;:")


@dataclass
class Phrasebook:
    phrases: dict[str, list[Phrase]] = field(default_factory=dict)

    def best(self, role: str) -> Phrase | None:
        ranked = self.phrases.get(role) or []
        return ranked[0] if ranked else None

    def alternatives(self, role: str) -> list[Phrase]:
        return list(self.phrases.get(role) or [])

    def save(self, path: Path, generation: int, area: str) -> None:
        payload = {
            "generation": generation,
            "area": area,
            "rule": MINING_RULE,
            "phrases": {
                role: [{**asdict(p), "latest": p.latest.isoformat() if p.latest else None} for p in phrases]
                for role, phrases in self.phrases.items()
            },
        }
        tmp = path.with_name(f"{path.name}.{os.getpid()}.{threading.get_ident()}.tmp")  # one per writer
        tmp.write_text(json.dumps(payload), encoding="utf-8")
        tmp.replace(path)

    @classmethod
    def load(cls, path: Path, generation: int, area: str) -> Phrasebook | None:
        """The saved phrasebook if it was mined from this very library state, else None."""
        try:
            payload = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        if (payload.get("generation"), payload.get("area"), payload.get("rule")) != (
            generation,
            area,
            MINING_RULE,
        ):
            return None
        return cls(
            {
                role: [
                    Phrase(**{**p, "latest": date.fromisoformat(p["latest"]) if p["latest"] else None})
                    for p in phrases
                ]
                for role, phrases in payload["phrases"].items()
            }
        )

    def preferring(self, doc_id: str) -> Phrasebook | None:
        """The same phrasings with those one letter uses put first; None if it uses none of them."""
        if not any(doc_id in p.doc_ids for phrases in self.phrases.values() for p in phrases):
            return None
        return Phrasebook(
            {
                role: sorted(phrases, key=lambda p: doc_id not in p.doc_ids)
                for role, phrases in self.phrases.items()
            }
        )


def _normalise(sentence: str) -> str:
    """Slots for what legitimately varies between letters: pronoun, monarch, kind of report."""
    sentence = _CONNECTIVE.sub("", sentence)
    sentence = _REPORT_KIND.sub("I welcome this {kind}report", sentence)
    sentence = _MAJESTY.sub("{majesty} Majesty's", sentence)
    if "Chief Constable" in sentence:
        sentence = _PRONOUN.sub("{pronoun}", sentence)
    return sentence


def _clause_prefixes(sentence: str) -> list[tuple[str, bool]]:
    """The sentence itself and each prefix ending at a clause boundary: where recurring wording stops."""
    body = sentence.rstrip()
    return [(body, True)] + [(body[: m.start()], False) for m in _CLAUSE_CUT.finditer(body) if m.start() > 0]


def mine_phrasebook(
    passages: Iterable[tuple[str, str, str, date | None]], min_docs: int = 2, min_words: int = 6
) -> Phrasebook:
    """``passages``: (chunk id, doc id, text, letter date) from the office's own past responses."""
    seen: dict[tuple[str, bool], dict] = defaultdict(lambda: {"docs": set(), "chunks": [], "latest": None})
    vocabulary: dict[str, set[str]] = defaultdict(set)
    for chunk_id, doc_id, text, when in passages:
        if not _ANY_ROLE.search(text):
            continue
        for raw in split_sentences(text):
            if not _ANY_ROLE.search(raw):
                continue  # only sentences that can play a role are counted (and their words)
            sentence = _normalise(raw)
            for word in _CAPITALISED.findall(sentence):
                vocabulary[word].add(doc_id)
            for candidate, complete in _clause_prefixes(sentence):
                entry = seen[(candidate, complete)]
                entry["docs"].add(doc_id)
                if chunk_id not in entry["chunks"]:
                    entry["chunks"].append(chunk_id)
                if when and (entry["latest"] is None or when > entry["latest"]):
                    entry["latest"] = when
    shared = {w for w, docs in vocabulary.items() if len(docs) >= 3}
    book: dict[str, list[Phrase]] = defaultdict(list)
    for (text, complete), entry in seen.items():
        if len(entry["docs"]) < min_docs or len(text.split()) < min_words or re.search(r"\d", text):
            continue
        if any(w not in shared for w in _CAPITALISED.findall(text)):
            continue  # names something only a few letters mention: report-specific
        role = next((name for name, pattern in ROLES.items() if pattern.search(text)), None)
        if role:
            book[role].append(
                Phrase(role, text, complete, sorted(entry["docs"]), entry["chunks"][:3], entry["latest"])
            )
    for phrases in book.values():
        # Whole sentences before clauses to complete; then the most widely used; then the longest, newest.
        phrases.sort(
            key=lambda p: (
                not p.complete,
                -len(p.doc_ids),
                -len(p.text.split()),
                -(p.latest or date.min).toordinal(),
            )
        )
    return Phrasebook(dict(book))
