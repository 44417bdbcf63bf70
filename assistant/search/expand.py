"""A query in the words the library uses: abbreviations written out (and the other way round) and the
office's synonyms, from the same glossary the composer uses (``prompts/abbreviations.yaml`` plus the
office's own file). Staff type "RSO visits overdue"; the letters say "registered sex offenders".
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property

from lemminflect import getAllLemmas

from assistant.drafting.realise.words import Glossary
from assistant.drafting.text import STOPWORDS

_SMALL_WORDS = STOPWORDS | {
    "who",
    "whom",
    "whose",
    "which",
    "what",
    "when",
    "where",
    "go",
    "goes",
    "their",
    "them",
}


def _a_word(token: str) -> bool:
    """'ham', 'cap': an English word, so a query's lower-case 'ham' is not the abbreviation 'HAM'."""
    return bool(getAllLemmas(token.lower()))


@dataclass(frozen=True)
class QueryExpander:
    glossary: Glossary

    @cached_property
    def _long_forms(self) -> tuple[re.Pattern, dict[str, str]]:
        """Every written-out form of two to four words ('Assistant Chief Constable', not every long
        title) as one pattern, and the abbreviation of each, for a query that spells a thing out."""
        forms = {
            long.lower(): abbr
            for abbr, long in self.glossary.expand.items()
            if abbr.isupper() and len(abbr) >= 2 and 1 < len(long.split()) <= 4
        }
        alternatives = "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))
        return re.compile(rf"\b({alternatives})s?\b"), forms

    @cached_property
    def _phrases(self) -> tuple[re.Pattern, dict[str, int]]:
        """Every synonym as one pattern, and the group each belongs to."""
        group_of = {p: i for i, group in enumerate(self.glossary.synonyms) for p in group}
        alternatives = "|".join(re.escape(p) for p in sorted(group_of, key=len, reverse=True))
        return re.compile(rf"\b({alternatives})\b"), group_of

    @cached_property
    def _abbreviations(self) -> dict[str, str]:
        """Each abbreviation by its lower-case spelling."""
        return {k.lower(): k for k in self.glossary.expand if k.isupper() and len(k) >= 2}

    def added_words(self, query: str) -> list[str]:
        """What to look for besides the query's own words, in the order found."""
        added: list[str] = []
        lowered = query.lower()
        by_lower = self._abbreviations
        for token in re.findall(r"[A-Za-z&/]+", query):
            key = token if token in self.glossary.expand else by_lower.get(token.lower())
            if key is None and token.endswith("s"):
                key = by_lower.get(token[:-1].lower())
            if key is None or not key.rstrip("s").isupper():
                continue
            # a lower-case token is the abbreviation only when it is no English word ("rso", not "ham")
            if token != key and (len(key) < 3 or _a_word(token)) and token.rstrip("s") != key:
                continue
            added.append(self.glossary.expand[key])
        pattern, forms = self._long_forms
        if forms:
            added += [forms[m.group(1)] for m in pattern.finditer(lowered)]
        pattern, group_of = self._phrases
        if group_of:
            said = dict.fromkeys(m.group(1) for m in pattern.finditer(lowered))  # in the order typed
            for i in dict.fromkeys(group_of[p] for p in said):
                added += [p for p in self.glossary.synonyms[i] if p not in said]
        return list(dict.fromkeys(a for a in added if a.lower() not in lowered))

    def expand(self, query: str) -> str:
        """The query with what it also means: 'RSO visits overdue' -> 'RSO visits overdue registered
        sex offender'. The added phrases' small words ('from', 'who') are left out: they would match,
        and be highlighted, everywhere."""
        extra = [
            " ".join(w for w in phrase.split() if w.lower() not in _SMALL_WORDS)
            for phrase in self.added_words(query)
        ]
        extra = [e for e in extra if e]
        return f"{query} {' '.join(extra)}" if extra else query
