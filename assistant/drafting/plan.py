"""An action-plan row read for drafting: which recommendations it answers, its separate actions, who
owns it (the force, the commissioner's office, the commissioner, a national body), when it is due and
what state it is in. Pure functions over the row's fields as ingest rendered them; dates are read with
python-dateutil, never with hand-written patterns.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Literal

from dateutil import parser as dateparser

from assistant.drafting.records import Source
from assistant.drafting.refs import GENERAL, parse_ref_cell
from assistant.drafting.text import MONTHS, split_sentences

Status = Literal[
    "complete",
    "in_progress",
    "at_risk",
    "off_track",
    "not_started",
    "awaiting_national",
    "not_applicable",
    "unknown",
]
OwnerKind = Literal["force", "opcc", "pcc", "national"]

# First match wins: "Not started" before "started", "Complete – awaiting sign-off" is complete,
# "Partially complete" is still in progress. RAG colours as the usual key (Blue/Green done/on track).
_STATUS: list[tuple[Status, re.Pattern]] = [
    ("in_progress", re.compile(r"\bpartial(?:ly)?\b|\bpart[- ]complete", re.I)),
    (
        "not_started",
        re.compile(r"\bnot (?:yet )?started\b|\bplanned\b|\bscheduled\b|\bpending\b|\bnot begun\b", re.I),
    ),
    (
        "complete",
        re.compile(
            r"\bcomplete[d]?\b|\bclosed\b|\bdone\b|\bblue\b|\bin place\b|\bachieved\b|"
            r"\bdelivered\b|\bimplemented\b|\bdischarged\b|\bfinished\b",
            re.I,
        ),
    ),
    (
        "awaiting_national",
        re.compile(
            r"\bawait\w*\b.*\bnat(?:ional|'?l)?\b|\bnational action\b|\bdependent on national\b", re.I
        ),
    ),
    ("off_track", re.compile(r"\bred\b|\boff[- ]track\b|\boverdue\b|\bdelayed\b|\bbehind\b", re.I)),
    ("at_risk", re.compile(r"\bamber\b|\bat risk\b|\bslipp\w*\b", re.I)),
    ("not_applicable", re.compile(r"^\s*(?:n/?a|noted|not applicable|no (?:local |force )?action)\b", re.I)),
    (
        "in_progress",
        re.compile(
            r"\bin progress\b|\bon track\b|\bgreen\b|\blive\b|\bunder review\b|\bongoing\b|"
            r"\bopen\b|\bstarted\b|\bprogressing\b|\bin hand\b|\bunder way\b|\bunderway\b|\bwip\b",
            re.I,
        ),
    ),
]


_RAG_LETTER = {"b": "complete", "g": "in_progress", "a": "at_risk", "r": "off_track"}


def status_of(text: str) -> Status:
    """A status cell as one of the states a letter distinguishes ("B", "A", "G", "R" alone are the
    BRAG letters of a tracker)."""
    if (letter := (text or "").strip().strip(".").lower()) in _RAG_LETTER:
        return _RAG_LETTER[letter]
    for status, pattern in _STATUS:
        if pattern.search(text or ""):
            return status
    return "unknown"


@dataclass(frozen=True)
class Due:
    """A due cell: the last day it can mean (``None`` for Ongoing, TBC, In place, On publication) and the
    words as written."""

    date: date | None
    text: str
    precision: Literal["day", "month", "quarter", "year"] = "day"  # "March 2027" is a month

    def words(self) -> str:
        """As a letter writes it: '31 March 2027', 'March 2027', 'the end of 2027'."""
        if self.date is None:
            return _MONTH_YY_ANYWHERE.sub(
                lambda m: f"{_MONTHS[m.group(1)[:3].lower()]} 20{m.group(2)}", self.text
            )
        if self.precision == "quarter":
            fy = re.search(r"Q([1-4])\s*(?:FY\s*)?((?:20)?\d{2})\s*(?:/|-|–)\s*(\d{2,4})", self.text, re.I)
            if fy:
                first = int(fy.group(2)) % 100 + 2000
                return f"the end of the {_ORDINAL[int(fy.group(1))]} quarter of {first}/{str(first + 1)[2:]}"
            return f"the end of {self.date.strftime('%B %Y')}"
        if self.precision == "month":
            return self.date.strftime("%B %Y")
        if self.precision == "year":
            return f"the end of {self.date.year}"
        return f"{self.date.day} {self.date.strftime('%B %Y')}"

    @property
    def open_ended(self) -> bool:
        return self.date is None and bool(_OPEN_ENDED.search(self.text))

    @property
    def recurring(self) -> bool:
        """'Monthly from Jan 27', 'Quarterly': a rhythm, not a deadline."""
        return self.date is None and bool(_RECURRING.match(self.text))


_OPEN_ENDED = re.compile(
    r"ongoing|business as usual|\bbau\b|continuous|monthly|weekly|quarterly|annually", re.I
)
_RECURRING = re.compile(r"^\s*(?:monthly|weekly|quarterly|annually|fortnightly|every)\b", re.I)
_MONTHS = {m[:3].lower(): m for m in MONTHS}  # locale-independent
_ORDINAL = {1: "first", 2: "second", 3: "third", 4: "fourth"}
_MONTH_YY_ANYWHERE = re.compile(
    r"\b(jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]*\.?\s*[-'’]?\s*(\d{2})\b(?![\d/:]|\.\d)",
    re.I,
)


_MONTH_YY = re.compile(
    r"^(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s*[-'’/]?\s*(\d{2})$", re.I
)  # "Sept 25", "Mar '24": a month and a two-digit year, not a day
_QUARTER = re.compile(
    r"\bQ([1-4])\s*(?:FY\s*)?((?:20)?\d{2})\s*(?:/|-|–)\s*(\d{2,4})\b|\bQ([1-4])\s*(\d{4})\b", re.I
)
_NOISE = re.compile(r"^\s*(?:by|before|end of|by end of|by the end of|w/c|week commencing|target:?)\s+", re.I)


def parse_due(text: str, around: date | None = None) -> Due:
    """'31/03/2024', '31.03.24', 'March 2024' (31 March), 'Q3 2023/24' (31 December 2023, a financial
    year), 'Sept 25' (30 September 2025), 'End of June 2025'; words without a date give ``date=None``."""
    raw = (text or "").strip()
    year = (around or date.today()).year
    if not re.search(r"\d", raw) or _RECURRING.match(raw):
        return Due(None, raw)
    if m := _QUARTER.search(raw):
        if m.group(1):  # financial year: Q1 = April to June of its first year ... Q4 = January to March
            q, first = int(m.group(1)), int(m.group(2)) % 100 + 2000
            y, end_month = (first, 3 * q + 3) if q < 4 else (first + 1, 3)
        else:
            q, y = int(m.group(4)), int(m.group(5))
            end_month = 3 * q
        return Due(date(y, end_month, calendar.monthrange(y, end_month)[1]), raw, "quarter")
    cleaned = _NOISE.sub("", raw)
    if m := _MONTH_YY.match(cleaned):
        cleaned = f"{m.group(1)} 20{m.group(2)}"
    try:
        early = dateparser.parse(cleaned, dayfirst=True, fuzzy=True, default=datetime(year, 1, 1))
        late = dateparser.parse(cleaned, dayfirst=True, fuzzy=True, default=datetime(year, 12, 31))
    except (ValueError, OverflowError):
        return Due(None, raw)
    if early.year != late.year or early.month != late.month:  # a year alone: its last day
        return Due(date(late.year, 12, 31), raw, "year")
    if early.day != late.day:  # a month and year: the month's last day
        return Due(date(late.year, late.month, calendar.monthrange(late.year, late.month)[1]), raw, "month")
    return Due(early.date(), raw)


# Whose action a row is. The commissioner's office is written "my office"; the commissioner "I".
_OPCC = re.compile(
    r"\bO(?:P|PF)CC\b|\boffice of the (?:police(?:,)? (?:fire )?and crime )?commissioner\b|\bcommissioner'?s office\b",
    re.I,
)
_PCC = re.compile(
    r"(?<![A-Z])P(?:F)?CC\b(?!\s*(?:office|staff))|\bpolice(?:,)? (?:fire )?and crime commissioner\b|^\s*commissioner\b",
    re.I,
)
_NATIONAL = re.compile(
    r"\bNPCC\b|\bhome office\b|\bcollege of policing\b|\bministry of justice\b|\bAPCC\b|\bnational\b", re.I
)


def owner_kind(owner: str) -> OwnerKind:
    owner = owner or ""
    if _OPCC.search(owner):
        return "opcc"
    if _PCC.search(owner):
        return "pcc"
    if _NATIONAL.search(owner) and not re.search(r"\bforce\b", owner, re.I):
        return "national"
    return "force"


_BULLET = re.compile(r"^\s*(?:[-•*▪◦‣–]|\(?\d{1,2}[.)]|\(?[a-z][.)])\s+", re.I)


def split_actions(text: str) -> list[str]:
    """The separate actions of one cell: one per line (bullets and numbers stripped), else the parts of
    a list separated by semicolons, else the cell's sentences."""
    text = (text or "").strip()
    if not text:
        return []
    lines = [line for line in text.split("\n") if line.strip()]
    if len(lines) > 1:
        parts = [_BULLET.sub("", line).strip() for line in lines]
    elif ";" in text:
        parts = [p.strip() for p in text.split(";")]
    else:
        parts = [_BULLET.sub("", text).strip()]
    out: list[str] = []
    for part in parts:
        # "For NPCC. Force to adopt nat std once agreed." : sentences inside one action
        out += split_sentences(part)  # not after an initial: "Force rep (Ch Insp D. Greaves) sits on ..."
    return [p.rstrip(" .;") for p in out if len(p.strip(" .;")) > 1]


@dataclass(frozen=True)
class PlanRow:
    """One action-plan row as drafting reads it, with the source it came from."""

    source: Source
    refs: list[str]
    topic: str  # the row's own label of what it answers ("Governance", "PCC investment", the rec text)
    actions: list[str]
    owner: str
    owner_kind: OwnerKind
    due: Due
    status: Status
    status_text: str
    progress: str
    extra: dict[str, str] = field(default_factory=dict)

    @property
    def sid(self) -> str:
        return self.source.sid

    @property
    def sensitive(self) -> bool:
        return self.source.marking == "OFFICIAL-SENSITIVE"

    @property
    def general(self) -> bool:
        """A whole-report, governance or oversight row: it names no recommendation."""
        return not self.refs or self.refs == [GENERAL]

    @property
    def whole_report(self) -> bool:
        """About the whole report: no reference, a general one ("G1"), or a cause of concern as a whole."""
        return not self.refs or all(r == GENERAL or re.fullmatch(r"g\d*|coc\d*", r) for r in self.refs)

    @property
    def general_note(self) -> bool:
        """A row about the response as a whole that says something (an action, or a dated log's entry)
        and is not about the report's own scope: oversight or local context."""
        return self.whole_report and bool(self.actions or self.progress) and not self.about_scope

    @property
    def about_scope(self) -> bool:
        """What happened to the report itself (its scope, fieldwork, a revisit's outcome), not an action."""
        return bool(_SCOPE.search(f"{self.topic}\n{' '.join(self.actions) or self.progress}"))

    @property
    def about_oversight(self) -> bool:
        """Governance: a board, panel, tracker or dashboard that watches the work."""
        return bool(OVERSIGHT.search(f"{self.topic} {' '.join(self.actions) or self.progress}"))


OVERSIGHT = re.compile(
    r"govern(?!ment)|oversight|scrutin|\bboard\b|\bpanel\b|tracker|dashboard|accountab|assurance|monitor|deep dive|"
    r"delivery group|gold group|steering group",
    re.I,
)
_SCOPE = re.compile(r"^\s*scope\b|\bfieldwork\b|\bforces visited\b|\boutcome\b|\brevisit\b", re.I)


def read_row(source: Source, around: date | None = None) -> PlanRow:
    f = source.fields or {}
    owner = (f.get("owner") or "").strip()
    topic = " ".join(x for x in (f.get("kind", ""), f.get("text", "")) if x).strip()
    return PlanRow(
        source=source,
        refs=parse_ref_cell(f.get("ref", "")),
        topic=topic,
        actions=split_actions(f.get("action", "")),
        owner=owner,
        owner_kind=owner_kind(owner),
        due=parse_due(f.get("due", ""), around),
        status=status_of(f.get("status", "")),
        status_text=(f.get("status") or "").strip(),
        progress=(f.get("progress") or "").strip(),
    )
