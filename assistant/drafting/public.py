"""What the library's OFFICIAL text says, read once per library state: the words (stemmed), the
figures and the dates the sensitive-content check treats as public.

Each passage is read on its own. Reading the library as one text made every draft at 10,000 chunks
take about a minute: turning numbers in words into digits and finding dates are both slower than
linear on one long string, and both ran again for every draft.
"""

from __future__ import annotations

import json
import os
import re
import threading
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property
from pathlib import Path

from assistant.drafting.text import MONTHS, figures, stems
from assistant.drafting.text import words as word_list
from assistant.ingest.metadata import loose_dates

READING = "2"  # bump when what is read changes: a saved reading of another kind is read again
YEARS = tuple(range(2015, 2036))  # the years a date written without one may mean
# A date in words, ISO or day-first digits ("30/12/2027", as UK letters and a model write it): blanked
# before figures are read, so "27 November 2026" is not the figure 27, nor "30/12/2027" three figures.
DATE_WORDS = re.compile(
    rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{'|'.join(MONTHS)})\s+\d{{4}}\b|\b\d{{4}}-\d{{2}}-\d{{2}}\b"
    r"|\b\d{1,2}/\d{1,2}/\d{4}\b"
)


@dataclass(frozen=True)
class PublicText:
    """Stems, stem pairs, figures and dates found in public text. A run of several stems counts as
    public when each neighbouring pair in it is (a name of three words whose pairs both appear).
    Joined with ``|``, the parts are kept side by side, not copied into one set: the library's part
    is large and the draft's own is joined to it for every check."""

    words: frozenset[str] = frozenset()
    pairs: frozenset[str] = frozenset()
    figures: frozenset[str] = frozenset()
    dates: frozenset[date] = frozenset()
    texts: tuple[str, ...] = field(default=(), repr=False, compare=False)
    parts: tuple[PublicText, ...] = field(default=(), repr=False, compare=False)

    @classmethod
    def of(cls, texts: Iterable[str]) -> PublicText:
        words: set[str] = set()
        pairs: set[str] = set()
        values: set[str] = set()
        days: set[date] = set()
        texts = list(texts)
        for text in texts:
            if not text:
                continue
            tokens = stems(text)
            words.update(tokens)
            pairs.update(f"{a} {b}" for a, b in zip(tokens, tokens[1:], strict=False))
            values.update(v for _, v in figures(DATE_WORDS.sub(" ", text)))
            days |= loose_dates(text, YEARS)[0]
        return cls(frozenset(words), frozenset(pairs), frozenset(values), frozenset(days), tuple(texts))

    def save(self, path: Path, generation: int) -> None:
        """Kept on disk per library generation: reading 90,000 passages takes a minute or two."""
        payload = {
            "generation": generation,
            "reading": READING,
            "words": sorted(self.words),
            "pairs": sorted(self.pairs),
            "figures": sorted(self.figures),
            "dates": sorted(d.isoformat() for d in self.dates),
        }
        tmp = path.with_name(f"{path.name}.{os.getpid()}.{threading.get_ident()}.tmp")  # one per writer
        tmp.write_text(json.dumps(payload), encoding="utf-8")
        tmp.replace(path)

    @classmethod
    def load(cls, path: Path, generation: int, texts: list[str]) -> PublicText | None:
        """The saved reading if it was made from this very library state (``texts``), else None."""
        try:
            payload = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        if (payload.get("generation"), payload.get("reading")) != (generation, READING):
            return None
        return cls(
            frozenset(payload["words"]),
            frozenset(payload["pairs"]),
            frozenset(payload["figures"]),
            frozenset(date.fromisoformat(d) for d in payload["dates"]),
            tuple(texts),
        )

    def __or__(self, other: PublicText) -> PublicText:
        return PublicText(parts=self._leaves() + other._leaves())

    def _leaves(self) -> tuple[PublicText, ...]:
        return self.parts or (self,)

    def has_word(self, stem: str) -> bool:
        return any(stem in leaf.words for leaf in self._leaves())

    def has_figure(self, value: str) -> bool:
        return any(value in leaf.figures for leaf in self._leaves())

    def has_date(self, day: date) -> bool:
        return any(day in leaf.dates for leaf in self._leaves())

    def has(self, key: str) -> bool:
        """Is this run of stems ("oper nightjar", "20 investig") found in public text?"""
        tokens = key.split()
        if len(tokens) == 1:
            return self.has_word(tokens[0])
        return all(
            any(f"{a} {b}" in leaf.pairs for leaf in self._leaves())
            for a, b in zip(tokens, tokens[1:], strict=False)
        )

    @cached_property
    def _runs(self) -> str:
        return " " + " | ".join(" ".join(word_list(t)) for t in self.texts) + " "

    def has_run(self, gram: tuple[str, ...]) -> bool:
        """Does this run of words (unstemmed, lower case) appear within one public passage?"""
        run = f" {' '.join(gram)} "
        return any(run in leaf._runs for leaf in self._leaves())
