"""Punctuation and capitals repaired; short month names written out."""

from __future__ import annotations

import re
from datetime import date, timedelta

from assistant.drafting.text import MONTHS

_MONTH_NAMES = {m[:3].lower(): m for m in MONTHS}
_MONTHS_SHORT = re.compile(r"\b(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\b", re.I)


def _unmark(text: str, long_forms: list[str]) -> str:
    return re.sub(r"@D(\d+)@", lambda m: long_forms[int(m.group(1))], text)


def months_written_out(text: str) -> str:
    """'Aug 48%' -> 'August 48%' (a short month name standing alone)."""
    return re.sub(
        r"\b(Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b(?!\w)",
        lambda m: _MONTH_NAMES[m.group(1).lower()[:3]],
        text,
    )


# -- punctuation and capitals -------------------------------------------------------------------------
def tidy(sentence: str) -> str:
    """One clean sentence: spaces, arrows and plus signs, doubled stops, a capital and a full stop."""
    s = sentence.strip()
    if re.fullmatch(r"\([^()]+\)\.?", s):  # "(The report's own deadline is 31 March 2027.)": a sentence
        s = s.strip("().")
    s = re.sub(r"\s*->\s*|\s*→\s*", " to ", s)
    s = re.sub(r"(?<=\w)\s*\+\s*(?=\w)", " and ", s)
    s = re.sub(r"\s+([,.;:%])", r"\1", s)
    # A space after a comma, semicolon or colon, except inside a number or a time (£95,000; 22:00).
    s = re.sub(r"(?<!\d)([,;:])(?=\S)|([,;:])(?=\D)", lambda m: (m.group(1) or m.group(2)) + " ", s)
    s = re.sub(r"\s{2,}", " ", s)
    s = re.sub(r"[.;,:]+$", "", s).strip()
    s = months_written_out(s)
    s = re.sub(
        r"\b(NOT|AND|ONLY|ALL|NO|NONE|BUT|MET|PARTLY|CLOSED|OPEN|DONE)\b", lambda m: m.group(1).lower(), s
    )  # shouting in notes
    s = re.sub(r"(?<=\d)\s*%", " per cent", s)  # the office's letters write "per cent"
    s = re.sub(r"(?<=[A-Za-z]) & (?=[A-Z])", " and ", s)  # Performance & Accountability Board
    s = re.sub(
        r"\s*\((?:see|cf\.?)\s+[^)]{1,20}\)", "", s, flags=re.I
    )  # "(see D)": the plan's cross-references
    s = re.sub(r"\s+-\s+", ", ", s)  # a dash between fragments
    s = re.sub(r"\bs\.?\s?55\b", "section 55", s)  # "my s55 response"
    s = re.sub(r"(?<=\d)\s*x\s+(?=[A-Za-z])", " ", s)  # "3 x investigators"
    if not s:
        return s
    s = s[0].upper() + s[1:]
    return s + ("" if s.endswith(("?", "!")) else ".")


def within(d: date, around: date, days: int = 400) -> bool:
    return abs(d - around) <= timedelta(days=days)
