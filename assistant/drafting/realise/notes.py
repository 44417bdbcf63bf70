"""Progress notes as dated facts; scraps back to staff; short facts joined in pairs."""

from __future__ import annotations

import re
from datetime import date

from lemminflect import getAllLemmas

from assistant.drafting.realise.clauses import _np, _plural
from assistant.drafting.realise.tidy import _MONTH_NAMES, _MONTHS_SHORT, _unmark, months_written_out, tidy
from assistant.drafting.realise.words import Glossary, first_person
from assistant.drafting.text import STOPWORDS, long_date

# -- progress notes --------------------------------------------------------------------------------
_DMY = re.compile(
    r"\b(\d{1,2})/(\d{1,2})(?:/(\d{2}|\d{4}))?\b(?![/.]\d)|\b(\d{1,2})\.(\d{1,2})\.(\d{2}|\d{4})\b(?![/.]\d)"
)  # 02/11, 28/10/2025, 31.03.24; never a decimal (9.8%)
_PARTICIPLE = (
    "signed|agreed|launched|issued|completed|approved|published|held|opened|sent|started|delivered|"
    "appointed|introduced|implemented|circulated|ordered|booked|raised|received|recruited|trained|"
    "briefed|submitted|commissioned|adopted|established|updated|revised|refreshed|rolled out|installed"
)
_LIVE = re.compile(
    r"^(?P<np>.+?)\s+(?:went\s+|go(?:es)?\s+|is\s+|now\s+)?live\s+(?:in\s+)?(?P<where>(?-i:[A-Z])[\w']+\s+)?"
    r"(?:from\s+|on\s+|since\s+)?(?P<when>@D\d+@)(?P<tail>\s*\([^)]*\))?$",
    re.I,
)
_DONE = re.compile(
    rf"^(?P<np>.+?)\s+(?:was\s+|were\s+)?(?P<vbn>{_PARTICIPLE})\s+(?:(?:at|by|with)\s+)?(?P<at>(?-i:[A-Z][\w&]+)\s+)?"
    rf"(?:on\s+|w/c\s+|the week beginning\s+)?(?P<when>@D\d+@)(?P<tail>\s*\([^)]*\))?$",
    re.I,
)
_FOUND = re.compile(
    r"^(?P<label>[\w' -]{2,40}?(?:audit|sample|review|survey|check|inspection|data))\s*[:-]\s*(?P<rest>.+)$",
    re.I,
)
_SCRAP_WORDS = re.compile(
    r"^(?:dates?|meeting|mtg|scoping|work|nothing|none|n/?a|tbc|ongoing|see|as above|update)\b", re.I
)


def _year_for(day: int, month: int, around: date) -> date | None:
    """A day and month written without a year: the nearest such date to ``around`` (a progress note is
    written near the report's publication)."""
    best = None
    for year in (around.year - 1, around.year, around.year + 1):
        try:
            candidate = date(year, month, day)
        except ValueError:
            continue
        if best is None or abs(candidate - around) < abs(best - around):
            best = candidate
    return best


def written_dates(text: str, around: date) -> tuple[str, list[date]]:
    """Numeric dates ('02/11', '28/10/2025', '03/27' as a month) written out in words."""
    found: list[date] = []

    def repl(m: re.Match) -> str:
        dotted = m.group(4) is not None
        a, b, y = (
            (int(m.group(4)), int(m.group(5)), m.group(6))
            if dotted
            else (int(m.group(1)), int(m.group(2)), m.group(3))
        )
        try:
            if y:
                year = int(y) + (2000 if len(y) == 2 else 0)
                d = date(year, b, a)
            elif a <= 12 and b >= 20 and not 1 <= b <= 12:  # "03/27": March 2027
                found.append(date(2000 + b, a, 28))
                return date(2000 + b, a, 1).strftime("%B %Y")
            else:
                d = _year_for(a, b, around)
        except ValueError:
            return m.group(0)
        if d is None:
            return m.group(0)
        found.append(d)
        return long_date(d)

    text = _DMY.sub(repl, text)

    # "January 27": a month and a two-digit year near the report's, not the 27th
    def month_year(m: re.Match) -> str:
        year = 2000 + int(m.group(2))
        return f"{m.group(1)} {year}" if abs(year - around.year) <= 2 else m.group(0)

    text = re.sub(
        rf"\b({'|'.join(_MONTH_NAMES.values())})\s*[-'’]?\s*(\d{{2}})\b(?![\d/:]|\.\d)", month_year, text
    )
    return text, found


_REC_REF = re.compile(r"\bR(\d+[a-z]?)\b")


def written_refs(text: str) -> str:
    """'R1a and R1c' -> 'recommendations 1a and 1c'; 'R1-R5, R9' -> 'recommendations 1 to 5, 9'; 'CoC' ->
    'the cause of concern'."""
    text = re.sub(r"\bR(\d+)\s*[-–]\s*R?(\d+)\b", r"R\1 to R\2", text)  # a range
    text = re.sub(
        r"\bR(\d+[a-z]?)((?:\s*(?:,|and|&|to)\s*R\d+[a-z]?)+)",
        lambda m: "recommendations " + m.group(1) + re.sub(r"R(?=\d)", "", m.group(2)),
        text,
    )
    text = _REC_REF.sub(r"recommendation \1", text)
    return re.sub(
        r"\bCoCs?\b(?:\s*(\d+))?",
        lambda m: f"cause of concern {m.group(1)}" if m.group(1) else "the cause of concern",
        text,
    )


def progress_sentences(note: str, around: date, glossary: Glossary) -> tuple[list[str], list[str]]:
    """A progress note as sentences of fact, and the scraps a person should look at instead."""
    facts, scraps = [], []
    pieces = [p.strip() for p in re.split(r"(?<=[\w)%])[.;]\s+|\n+|\.\s*$", note) if p and p.strip(" .;")]
    for piece in pieces:
        original = piece.strip(" .;")
        text = months_written_out(first_person(glossary.write_out(written_refs(original))))
        text, dates = written_dates(text, around)
        words = re.findall(r"[A-Za-z']+", text)
        has_fact = bool(dates) or bool(re.search(r"\d", text))
        if not has_fact and (len(words) <= 3 or _SCRAP_WORDS.match(text)):
            scraps.append(original)
            continue
        facts.append(tidy(_shape(text, dates)))
    return facts, scraps


def _common_word(word: str) -> bool:
    """A capital that only starts the sentence ("Training", "My"), not a name or an abbreviation."""
    return (
        word != "I" and not word.isupper() and (word.lower() in STOPWORDS or bool(getAllLemmas(word.lower())))
    )


def join_short(facts: list[str], limit: int = 13) -> list[str]:
    """Adjacent short facts of one note as one sentence ("A campaign opened on 9 November 2026, and
    training is planned for February 2027"): the office writes some 22 words a sentence, the notes one
    fact at a time. Two at most, and only where neither has a comma, colon, dash or "and" of its own."""
    out: list[str] = []
    can_join = False
    for fact in facts:
        prev = out[-1] if out else ""
        if can_join and all(
            len(f.split()) < limit and not re.search(r"[,;:–—?!]| and ", f) for f in (prev, fact)
        ):
            first, _, rest = fact.partition(" ")
            if _common_word(first):
                first = first.lower()
            out[-1] = f"{prev.rstrip('.')}, and {first} {rest}".rstrip()
            can_join = False
        else:
            out.append(fact)
            can_join = True
    return out


_DEPENDS = re.compile(r"^dependent on\s+", re.I)


def _shape(text: str, dates: list[date]) -> str:
    """One fragment as a sentence: 'X live 2 November 2026' -> 'X has been live since 2 November 2026';
    'X signed 28 October 2026' -> 'X was signed on 28 October 2026'; 'Sept audit: ...' -> 'The
    September audit found ...'."""
    marked = text
    long_forms = [long_date(d) for d in dates]
    for i, shown in enumerate(long_forms):
        marked = marked.replace(shown, f"@D{i}@", 1)
    if m := _LIVE.match(marked):
        np = _np(m.group("np"))
        where = f" in {m.group('where').strip()}" if m.group("where") else ""
        return _unmark(  # every part: a date inside the noun phrase is marked too ("from @D0@ ...")
            f"{np} {'have' if _plural(np) else 'has'} been live{where} since {m.group('when')}{m.group('tail') or ''}",
            long_forms,
        )
    if m := _DONE.match(marked):
        np = _np(m.group("np"))
        at = f" at {m.group('at').strip()}" if m.group("at") else ""
        return _unmark(
            f"{np} {'were' if _plural(np) else 'was'} {m.group('vbn').lower()}{at} on {m.group('when')}"
            f"{m.group('tail') or ''}",
            long_forms,
        )
    if _DEPENDS.match(text):
        return _DEPENDS.sub("this depends on ", text)
    if m := _FOUND.match(text):
        label = _MONTHS_SHORT.sub(lambda x: _MONTH_NAMES[x.group(0).lower()[:3]], m.group("label"))
        return f"{_np(label)} found {m.group('rest').strip()}"
    return text
