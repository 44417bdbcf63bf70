"""Progress notes as dated facts; scraps back to staff; short facts joined in pairs."""

from __future__ import annotations

import re
from datetime import date

from lemminflect import getAllLemmas

from assistant.drafting.realise.clauses import _np, _participle_at, _plural
from assistant.drafting.realise.tidy import _MONTH_NAMES, _MONTHS_SHORT, _unmark, months_written_out, tidy
from assistant.drafting.realise.words import Glossary, first_person
from assistant.drafting.text import MONTHS, STOPWORDS, long_date

# -- progress notes --------------------------------------------------------------------------------
_DMY = re.compile(
    r"\b(\d{1,2})/(\d{1,2})(?:/(\d{2}|\d{4}))?\b(?![/.]\d)|\b(\d{1,2})\.(\d{1,2})\.(\d{2}|\d{4})\b(?![/.]\d)"
)  # 02/11, 28/10/2025, 31.03.24; never a decimal (9.8%)
_PARTICIPLE = (
    "signed|agreed|launched|issued|completed|approved|published|held|opened|sent|started|delivered|"
    "appointed|introduced|implemented|circulated|ordered|booked|raised|received|recruited|trained|"
    "briefed|submitted|commissioned|adopted|established|updated|revised|refreshed|rolled out|installed|met|done"
)
# A fragment whose subject is the row's work: "Live since 16/11", "Awaiting Niche change CR-2291", "Built
# into new shift pattern" (not "Live chat pilot", where "live" describes a noun).
_SUBJECTLESS = re.compile(
    r"^(?:(Live)(?=\s+(?:since|from)\b)|(Awaiting)(?=\s+\S)|(Built|Embedded|Included|Logged)(?=\s+(?:into|in|on)\b))"
)
_ACTIVE_PAST = {"met"}  # "Working group met 19/11": the group met; it was not met
_LIVE = re.compile(
    r"^(?P<np>.+?)\s+(?:went\s+|go(?:es)?\s+|is\s+|are\s+|now\s+)?(?P<state>live|in post|in place)\s+(?:in\s+)?"
    r"(?P<where>(?-i:[A-Z])[\w']+\s+)?(?:from\s+|on\s+|since\s+)?"
    rf"(?P<when>@D\d+@|(?-i:{'|'.join(MONTHS)})\s+\d{{4}})(?P<tail>\s*\([^)]*\))?$",
    re.I,
)
# Where a step was taken: a named body ("Economic Crime Board"), or a meeting named in lower case
# ("CJ joint ops meeting").
_WHERE_DONE = (
    r"(?P<at>(?-i:[A-Z][\w&]+)(?:\s+(?:(?-i:[A-Z][\w&]+)|and|of|&))*\s+"
    r"|(?:the\s+)?(?:[\w&'’-]+\s+){0,5}?(?:meeting|workshop|event|conference|session|board|panel|group|committee)\s+)"
)
_DONE = re.compile(
    rf"^(?P<np>.+?)\s+(?:was\s+|were\s+)?(?P<vbn>{_PARTICIPLE})(?P<how>\s+in principle|\s+formally|\s+in full)?\s+"
    rf"(?:(?P<prep>at|by|with)\s+)?{_WHERE_DONE}?"
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
    return years_added(text, around), found


_MONTH_WORD = "|".join(_MONTH_NAMES.values())
_NO_YEAR = r"(?!,?\s*\d{4}|\s+\d{2}\b|\s*[-–/]\s*\d)"  # no year, and not a range of days
_DAY_MONTH = re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+({_MONTH_WORD})\b{_NO_YEAR}")
_MONTH_ONLY = re.compile(
    rf"\b(?P<lead>(?i:in|by|of|from|until|till|since|through|during|before|after|early|late|mid-?)\s+)"
    rf"(?P<month>{_MONTH_WORD})\b{_NO_YEAR}"
)


# A month that ends a fragment after a word ("Go-live February", "Next meeting March").
_MONTH_LAST = re.compile(rf"(?<=[a-z] )(?P<lead>)(?P<month>{_MONTH_WORD})(?=\s*(?:[.;,)]|$)){_NO_YEAR}")
_AND = r"(?:,\s*|\s+(?:and|or|to|until)\s+|\s*[-–]\s*)"
_LISTED_BEFORE_YEAR = re.compile(
    rf"(?:{_AND}\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{_MONTH_WORD}))*{_AND}\d{{1,2}}(?:st|nd|rd|th)?\s+"
    rf"(?P<month>{_MONTH_WORD}),?\s+(?P<year>\d{{4}})"
)


_FUTURE = re.compile(
    r"\b(?:will|shall|expects?|plans?|planned|due|by the end of|is to|are to|goes|go live)\b", re.I
)


def _last_until(day: int, month: int, around: date) -> date | None:
    """The last such date up to about a month after ``around``: what has been so 'since January' began
    in the January before, not the next one."""
    best = None
    for year in (around.year - 1, around.year, around.year + 1):
        try:
            candidate = date(year, month, day)
        except ValueError:
            continue
        if (candidate - around).days <= 40:
            best = candidate
    return best


def _next_from(day: int, month: int, around: date) -> date | None:
    """The first such date from a month before ``around`` on: what a plan says it will do by 'May' is
    next May, not last."""
    for year in (around.year - 1, around.year, around.year + 1):
        try:
            candidate = date(year, month, day)
        except ValueError:
            continue
        if (candidate - around).days >= -31:
            return candidate
    return None


def years_added(text: str, around: date) -> str:
    """'goes live on 4 January' -> '4 January 2027'; 'by the end of February' -> 'February 2027': a letter
    is read months later, so every date carries its year, the one nearest the report's publication
    (when the note was written). 'the December meeting' and 'May' the verb are left alone."""

    def day_month(m: re.Match) -> str:
        month = list(_MONTH_NAMES.values()).index(m.group(2)) + 1
        if future and not listed_year(m):
            d = _next_from(int(m.group(1)), month, around)
            return long_date(d) if d else m.group(0)
        if listed := listed_year(m):  # "9 February, 11 May and 10 August 2027"
            last = list(_MONTH_NAMES.values()).index(listed.group("month")) + 1
            year = int(listed.group("year")) - (1 if month > last else 0)
            try:
                return long_date(date(year, month, int(m.group(1))))
            except ValueError:
                return m.group(0)
        d = _year_for(int(m.group(1)), month, around)
        return long_date(d) if d else m.group(0)

    future = bool(_FUTURE.search(text))

    def month_only(m: re.Match) -> str:
        month = list(_MONTH_NAMES.values()).index(m.group("month")) + 1
        lead = m.group("lead").strip().lower()
        ahead = future or lead in ("by", "until", "till", "before")
        measured = lead == "in" and re.search(r"\d(?: per cent|%)?\s*$", text[: m.start()])
        d = (
            _last_until(15, month, around)
            # "38 new call handlers since January": the January before; "(71 in March)": a reading taken
            if lead in ("since", "after") or measured
            else _next_from(15, month, around)
            if ahead
            else _year_for(15, month, around)
        )
        return f"{m.group('lead')}{m.group('month')} {d.year}" if d else m.group(0)

    def listed_year(m: re.Match) -> re.Match | None:
        return _LISTED_BEFORE_YEAR.match(text, m.end())

    return _MONTH_LAST.sub(month_only, _MONTH_ONLY.sub(month_only, _DAY_MONTH.sub(day_month, text)))


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
        r"(?P<before>\b[A-Za-z]+\s+)?\bCoCs?\b(?:\s*(?P<n>\d+))?",
        lambda m: (
            (m.group("before") or "")
            + (
                f"cause of concern {m.group('n')}"
                if m.group("n")
                # "Accelerated CoC letter": an adjective before it takes no article of ours
                else "cause of concern"
                if m.group("before") and m.group("before").strip().lower() not in _ARTICLE_WANTED
                else "the cause of concern"
            )
        ),
        text,
    )


_ARTICLE_WANTED = {
    "on",
    "to",
    "for",
    "of",
    "with",
    "about",
    "against",
    "under",
    "from",
    "and",
    "in",
    "by",
    "re",
}


# Where a note's fragments end: a full stop or semicolon after a word, not after an abbreviation
# ("Harnmouth Port Co. 21/11", "incl. 6 interim", "v. 9 in 2025/26", "Det. Supt.").
_PIECE_END = re.compile(
    r"(?<=[\w)%])(?<!e\.g)(?<!i\.e)(?<!\betc)(?<!\bCo)(?<!\bLtd)(?<!\bNo)(?<!\bincl)(?<!\binc)(?<!\bexcl)(?<!\besp)(?<!\bapprox)(?<!\best)"
    r"(?<!\bv)(?<!\bvs)(?<!\bDet)(?<!\bSupt)(?<!\bInsp)(?<!\bSgt)[.;]\s+|(?<=\?)\s+|\n+|\.\s*$|\s+\|\s+"
)


def progress_sentences(note: str, around: date, glossary: Glossary) -> tuple[list[str], list[str]]:
    """A progress note as sentences of fact, and the scraps a person should look at instead."""
    facts, scraps = [], []
    pieces = [p.strip(" |") for p in _PIECE_END.split(note) if p and p.strip(" .;|")]
    for piece in pieces:
        original = piece.strip(" .;")
        if original[:1].islower() and original[1:2].islower():  # "...; first report to the board 13/01/27"
            original = original[0].upper() + original[1:]
        text = years_added(
            months_written_out(first_person(glossary.write_out(written_refs(original)))), around
        )
        text, dates = written_dates(text, around)
        words = re.findall(r"[A-Za-z']+", text)
        has_fact = bool(dates) or bool(re.search(r"\d", text))  # a month with its year counts
        if original.endswith("?") or (
            not has_fact and (len(words) <= 3 or _SCRAP_WORDS.match(text))
        ):  # "Needs an owner – coordinator to pick up?" is a question for staff, not a fact
            scraps.append(original)
            continue
        facts.append(trend_written(tidy(by_me(_shape(text, dates, around)))))
    return facts, scraps


_BY_ME = re.compile(
    r"^(?P<np>.+?) (?P<aux>has been|have been|was|were) (?P<vbn>[a-z]+ed) by (?:the )?(?:PCC|commissioner|me)\b"
    r"(?P<tail>.*)$"
)


def by_me(text: str) -> str:
    """'£74k has been agreed by PCC (decision 2026/044)' -> 'I have agreed £74k (decision 2026/044)': the
    commissioner's own decisions in the commissioner's voice, not a passive with 'by PCC'."""
    m = _BY_ME.match(text.rstrip("."))
    if m is None:
        return text
    np = m.group("np")
    np = np if np[:1] in "£$" or np[:1].isdigit() else np[0].lower() + np[1:]
    tail = m.group("tail").strip()
    if tail and not tail.startswith(("(", ",", ";", "–")):
        tail = re.sub(r"^(?=\d{1,2} [A-Z][a-z]+ \d{4})", "on ", tail)
    dated = bool(re.search(r"\bon \d{1,2} [A-Z][a-z]+ \d{4}", tail))  # "I approved it on 2 November"
    verb = "have " if m.group("aux").startswith("ha") and not dated else ""
    return f"I {verb}{m.group('vbn')} {np}{' ' + tail if tail else ''}"


def _common_word(word: str) -> bool:
    """A capital that only starts the sentence ("Training", "My"), not a name or an abbreviation."""
    return (
        word != "I" and not word.isupper() and (word.lower() in STOPWORDS or bool(getAllLemmas(word.lower())))
    )


def join_short(facts: list[str], limit: int = 13) -> list[str]:
    """Adjacent short facts of one note as one sentence ("A campaign opened on 9 November 2026, and
    training is planned for February 2027"): the office writes some 22 words a sentence, the notes one
    fact at a time. Two at most. Where either has a comma, colon, dash or "and" of its own, a semicolon
    joins them instead ("The first intake starts on 12 January 2027; the second intake, April 2027"),
    so that no "and" reads as part of a list; a fact with a semicolon or a question stays alone."""
    out: list[str] = []
    can_join = False
    for fact in facts:
        prev = out[-1] if out else ""
        pair = (prev, fact)
        short = all(len(f.split()) < limit and not re.search(r"[;?!]", f) for f in pair)
        if can_join and short:
            first, _, rest = fact.partition(" ")
            if _common_word(first):
                first = first.lower()
            plain = not any(re.search(r"[,:–—]| and ", f) for f in pair)
            out[-1] = f"{prev.rstrip('.')}{', and' if plain else ';'} {first} {rest}".rstrip()
            can_join = False
        else:
            out.append(fact)
            can_join = True
    return out


_DEPENDS = re.compile(r"^dependent on\s+", re.I)
# A note that is already a clause with its own subject and verb: no frame is put around it.
_CLAUSE_ALREADY = re.compile(
    r"^(?:I|We|My office|The force)\s+(?:have|has|will|am|are|is|\w+ed)\b|\b(?:has|have) (?:agreed|decided)\b"
)
_DATED_ENTRY = re.compile(r"^@D(?P<i>\d+)@\s*[:–-]\s+(?P<rest>\S.*)$")


_PER = r"\d+(?:\.\d+)? per cent"
_WHEN = rf"(?:{'|'.join(MONTHS)}|Q[1-4])(?: \d{{4}})?"
# "Compliance 72 per cent September to 86 per cent October": a measure moving between two readings.
_TREND = re.compile(
    rf"^(?P<what>[A-Z0-9][\w'’ -]{{2,40}}?) (?P<a>{_PER}) (?:in )?(?P<m1>{_WHEN}) (?:to|→|->) (?P<b>{_PER}) (?:in )?(?P<m2>{_WHEN})"
)
_TARGET = re.compile(rf",\s*(?:target|tgt)\s+(?P<t>{_PER})")


def trend_written(text: str) -> str:
    """'Compliance 72 per cent September to 86 per cent October, target 95 per cent by 31 March 2027' ->
    'Compliance rose from 72 per cent in September to 86 per cent in October, against a target of 95 per
    cent by 31 March 2027'. Equal readings, or anything else, are left as written."""
    if m := _TREND.match(text):
        a, b = float(m.group("a").split()[0]), float(m.group("b").split()[0])
        if a != b:
            verb = "rose" if b > a else "fell"
            text = (
                f"{m.group('what')} {verb} from {m.group('a')} in {m.group('m1')} to {m.group('b')} in "
                f"{m.group('m2')}{text[m.end() :]}"
            )
    return _TARGET.sub(lambda t: f", against a target of {t.group('t')}", text)


def _shape(text: str, dates: list[date], around: date) -> str:
    """One fragment as a sentence: 'X live 2 November 2026' -> 'X has been live since 2 November 2026';
    'X signed 28 October 2026' -> 'X was signed on 28 October 2026'; 'Sept audit: ...' -> 'The
    September audit found ...'."""
    marked = text
    long_forms = [long_date(d) for d in dates]
    for i, shown in enumerate(long_forms):
        marked = marked.replace(shown, f"@D{i}@", 1)
    if m := _DATED_ENTRY.match(
        marked
    ):  # a log's "10 July 2025: panel asked for ..." -> "On 10 July 2025, ..."
        rest = _unmark(m.group("rest"), long_forms)
        if "@D" in m.group("rest"):  # "20/11/26 - Mandatory fields live 06/11/26": the step has its own date
            return _shape(rest, dates, around)
        words = rest.split()
        at = _participle_at(words)
        after = words[at + 1].lower() if at is not None and at + 1 < len(words) else ""
        done = _done_without_date(rest) if after in ("", "to", "into", "on", "by", "in") else rest
        if done != rest:  # "28/10/26 - Change request raised": on that day, the change request was raised
            rest = re.sub(
                r"\b(has|have) been\b", lambda b: "was" if b.group(1) == "has" else "were", done, count=1
            )
        first, _, tail = rest.partition(" ")
        proper = bool(re.match(r"(?:and |of |& )?[A-Z]", tail))  # "Performance and Accountability Board"
        rest = f"{first.lower() if _common_word(first) and not proper else first} {tail}".strip()
        return f"On {long_forms[int(m.group('i'))]}, {rest}"
    if _CLAUSE_ALREADY.search(
        marked.split("@D")[0]
    ):  # "I have agreed to fund ... decision record signed 18/11"
        head, dash, tail = marked.rpartition(" – ")
        if not dash:
            head, dash, tail = marked.rpartition(", ")
        if dash and (m := _DONE.match(tail)):  # its last part may still be a fact to shape
            np = _np(m.group("np"))
            done = f"{np} {'were' if _plural(np) else 'was'} {m.group('vbn').lower()} on {m.group('when')}"
            return _unmark(f"{head}; {done}", long_forms)
        return text
    if m := _LIVE.match(marked):
        np = _np(m.group("np"))
        where = f" in {m.group('where').strip()}" if m.group("where") else ""
        return _unmark(  # every part: a date inside the noun phrase is marked too ("from @D0@ ...")
            f"{np} {'have' if _plural(np) else 'has'} been {m.group('state').lower()}{where} since "
            f"{m.group('when')}{m.group('tail') or ''}",
            long_forms,
        )
    if re.match(
        rf"(?:{_PARTICIPLE})\b", marked, re.I
    ):  # "Agreed at LCJB 26/11": what was agreed is the row's
        marked = "This " + marked[0].lower() + marked[1:]
    elif m := _SUBJECTLESS.match(
        marked
    ):  # "Live since 16/11", "Awaiting Niche change", "Built into the rota"
        word = m.group(0).lower()
        said = "This is awaiting" if word == "awaiting" else f"This has been {word}"
        return _unmark(said + marked[m.end() :], long_forms)
    if m := _DONE.match(marked):
        np = "this" if m.group("np") == "This" else _np(m.group("np"))
        at = m.group("at").strip() if m.group("at") else ""
        prep = (m.group("prep") or "at").lower()
        the = (
            "the "
            if re.search(r"(?:Board|Panel|Group|Committee|Forum)$", at) and not at.startswith("the ")
            else ""
        )
        if re.search(r"(?:meeting|workshop|event|conference|session)$", at) and not at.startswith("the "):
            the = "a "  # "at CJ joint ops meeting": "at a criminal justice joint operations meeting"
        at = f" {prep} {the}{at}" if at else ""
        how = (m.group("how") or "").lower()
        vbn = {"done": "completed"}.get(m.group("vbn").lower(), m.group("vbn").lower())
        np = re.sub(r"^(the \w+) (all \d)", r"\1 for \2", np)  # "Refresher all 164 staff done": for all 164
        be = "" if vbn in _ACTIVE_PAST else ("were " if _plural(np.split(" for all ")[0]) else "was ")
        return _unmark(
            f"{np} {be}{vbn}{how}{at} on {m.group('when')}{m.group('tail') or ''}",
            long_forms,
        )
    if _DEPENDS.match(text):
        return _DEPENDS.sub("this depends on ", text)
    if shared := share_written(text):
        return shared
    if m := _FOUND.match(text):
        label = _MONTHS_SHORT.sub(lambda x: _MONTH_NAMES[x.group(0).lower()[:3]], m.group("label"))
        return f"{_np(label)} found {m.group('rest').strip()}"
    if m := _TARGET_ALONE.match(marked):  # "Target 31/01/27" -> "The target date is 31 January 2027"
        what = "target date" if m.group("what").startswith("@D") else "target"
        return _unmark(f"The {what} is {m.group('what')}", long_forms)
    if (m := _OUT_ON.match(marked)) and not _plural(m.group("np")):  # "Job advert out 25/11"
        past = dates[int(m.group("when")[2:-1])] <= around
        verb = "went out" if past else "will go out"
        return _unmark(f"{_article(m.group('np'))} {verb} on {m.group('when')}", long_forms)
    if m := _DUE_ON.match(marked):  # "Papers due 02/02/27" -> "The papers are due on 2 February 2027"
        np = _article(m.group("np"))
        return _unmark(f"{np} {'are' if _plural(np) else 'is'} due on {m.group('when')}", long_forms)
    if m := _EVENT_ON.match(marked):  # "First working group 3 December 2026": when a meeting is or was
        past = dates[int(m.group("when")[2:-1])] < around
        verb = "was held on" if past else "is on"
        return _unmark(f"{_article(m.group('np'))} {verb} {m.group('when')}", long_forms)
    if m := _NONE_YET.match(text):  # "No HO timetable yet" -> "There is no Home Office timetable yet"
        return f"There is no {m.group('np')} yet"
    if (
        (m := _AT_BOARD.match(marked))
        and dates[int(m.group("when")[2:-1])] >= around
        and _participle_at(m.group("np").split() + ["x"]) is None  # "Triage model signed off at OIB": done
    ):
        # "First joint review at LCJB 15/01/27": a meeting still to come
        board = m.group("board") if m.group("board").startswith("the ") else f"the {m.group('board')}"
        return _unmark(f"{_article(m.group('np'))} is due at {board} on {m.group('when')}", long_forms)
    if m := _TO_BOARD.match(marked):  # "Findings to Performance and Accountability Board 17/02/27"
        when = m.group("when")
        past = bool(when) and when.startswith("@D") and dates[int(when[2:-1])] < around
        verb = "went" if past else "will go"
        on = f" {'on' if when.startswith('@D') else 'in'} {when}" if when else ""
        board = m.group("board") if m.group("board").startswith("the ") else f"the {m.group('board')}"
        what = _article(m.group("np")) if m.group("np") else "This"
        return _unmark(f"{what} {verb} to {board}{on}", long_forms)
    if (
        (m := _PLANNED_FOR.match(marked))
        and not _plural(m.group("np"))
        and not re.search(r"\b\d+\b", m.group("np"))  # "First 4 on PIP2 course": people counted
        and _participle_at(m.group("np").split() + ["x"]) is None  # "Dip sample booked January": done
        and _after(m, around)
    ):
        when = re.sub(r"\s*[–-]\s*", " to ", m.group("when"))  # "January–March 2027": "January to March"
        return f"{_article(m.group('np'))} is planned for {when}{m.group('tail') or ''}"
    return _done_without_date(text)


# Past forms that say something happened of itself ("Check-ins started October"), not that it was done.
_INTRANSITIVE = frozenset(
    [
        "started",
        "began",
        "opened",
        "closed",
        "ended",
        "finished",
        "went",
        "joined",
        "arrived",
        "slipped",
        "fell",
        "rose",
        "increased",
        "decreased",
        "dropped",
        "grew",
        "met",
        "remained",
        "stayed",
        "improved",
        "worsened",
        "came",
        "left",
    ]
)
# Past forms that say how things stand, not what was done: "owned by", "hosted by", "chaired by".
_STATIVE = frozenset(
    ["owned", "hosted", "chaired", "led", "managed", "funded", "overseen", "run", "staffed", "governed"]
)
_HAS_VERB = re.compile(r"\b(?:is|are|was|were|has|have|had|will|be|been|being|am)\b", re.I)


def _done_without_date(text: str) -> str:
    """'11 disclosure champions appointed' -> '11 disclosure champions have been appointed'; 'Sergeant
    briefing pack drafted' -> 'The sergeant briefing pack has been drafted'; 'Dip sample booked January'
    -> 'The dip sample has been booked for January'. A fragment with a verb of its own, or one whose
    past form is not passive ('Check-ins started October'), stays as written."""
    words = text.rstrip(".").split()
    at = _participle_at(words)
    if at is None or _HAS_VERB.search(" ".join(words[:at])) or words[at].lower() in _INTRANSITIVE:
        return text
    np = " ".join(words[:at])
    if re.search(r"[,;:–—(]", np):  # "Risk: council legal capacity", a list: not one noun phrase
        return text
    rest = " ".join(words[at + 1 :])
    if words[at].lower() in _STATIVE and rest.startswith("by "):  # "Plan owned by the board": it still is
        return f"{_article(np)} {'are' if _plural(np) else 'is'} {words[at].lower()} {rest}"
    if re.match(rf"(?:{'|'.join(MONTHS)})\b", rest):
        rest = "for " + rest  # "booked January" -> "booked for January"
    counted = re.search(r"\b(\d[\d,]*)\b", np)
    be = "have been" if _plural(np) or (counted and counted.group(1) != "1") else "has been"
    return f"{_article(np)} {be} {words[at].lower()} {rest}".strip()


# "Gap analysis to RASSO Delivery Board Jan 27", "Results to the panel": a paper going to a meeting.
_BODY_NAME = (
    r"(?:the\s+)?(?:[\w&'’-]+\s+){0,7}?(?:Board|Panel|Group|Committee|Forum|Exec(?:utive)?|[Mm]eeting)"
)
_TO_BOARD = re.compile(
    rf"^(?:(?P<np>[A-Z][\w'’ -]{{1,40}}?)\s+)?(?i:to)\s+(?P<board>{_BODY_NAME})"
    rf"(?:\s+(?:on\s+|in\s+)?(?P<when>@D\d+@|(?:{_MONTH_WORD})\s+\d{{4}}))?$"
)
_EVENT_ON = re.compile(
    r"^(?P<np>(?![\w'’ -]*\b(?:at|to|with|by)\b)[A-Z][\w'’ -]{0,40}?\b(?:meeting|group|board|panel|session|workshop|event"
    r"|conference|visit|forum))"
    r"\s+(?:on\s+)?(?P<when>@D\d+@)$",
    re.I,
)
_TARGET_ALONE = re.compile(
    rf"^(?:Target|Tgt)\s*:?\s+(?P<what>@D\d+@|\d[\d,.]*(?:%| per cent)?(?:\s+by\s+(?:@D\d+@|(?:{_MONTH_WORD})\s+\d{{4}}))?)$"
)
_OUT_ON = re.compile(r"^(?P<np>[A-Z][\w'’ -]{1,40}?)\s+out\s+(?:on\s+)?(?P<when>@D\d+@)$")
_DUE_ON = re.compile(r"^(?P<np>[A-Z][\w'’ -]{1,40}?)\s+(?:is\s+|are\s+)?due\s+(?:on\s+)?(?P<when>@D\d+@)$")
_NONE_YET = re.compile(r"^No (?P<np>[\w'’ -]{2,50}?) yet$", re.I)
_AT_BOARD = re.compile(
    rf"^(?P<np>[A-Z][\w'’ -]{{1,40}}?)\s+(?i:at)\s+(?P<board>{_BODY_NAME})\s+(?:on\s+)?(?P<when>@D\d+@)$"
)
# "Draft profile February 2027", "Recruitment January–March 2027": a step and when it is planned.
_PLANNED_FOR = re.compile(
    rf"^(?P<np>[A-Z][\w'’ -]{{1,40}}?)(?<![\d\s])\s+(?:in\s+|from\s+)?"
    rf"(?P<when>(?:{_MONTH_WORD})(?:\s*[–-]\s*(?:{_MONTH_WORD}))?\s+(?P<year>\d{{4}}))(?P<tail>\s*\([^)]*\))?$"
)


# "ARMS trained 33/35, remaining 2 on course January 2027": how many of a number have been trained.
_TRAINED_SHARE = re.compile(r"^(?P<what>[A-Z][\w'’ -]{1,60}?) trained (?P<n>\d+)/(?P<m>\d+)\b(?P<tail>.*)$")
# "118/204 staff through refresher": how many of a number have been through a course.
_THROUGH_SHARE = re.compile(
    r"^(?P<n>\d+)/(?P<m>\d+) (?P<who>[a-z][\w'’ -]{1,30}?) through (?:the )?(?P<what>[\w'’ -]{2,60}?)(?P<tail>[,;(].*)?$"
)


def share_written(text: str) -> str | None:
    """'ARMS trained 33/35' -> '33 of 35 have been trained in ARMS' (it had read 'The active risk
    management system has been trained 33/35'); '118/204 staff through refresher' -> '118 of 204 staff
    have been through the refresher'. Only a share (the first number no larger than the second), so
    '24/7 cover' is never read as a count."""
    text = text.rstrip(".")
    if (m := _TRAINED_SHARE.match(text)) and int(m.group("n")) <= int(m.group("m")):
        what, tail = m.group("what"), m.group("tail")
        what = what if _common_word(what.split()[0]) is False else what[0].lower() + what[1:]
        if tail.startswith(" in "):  # "Sergeants trained 12/40 in PIP2": the people were trained
            return f"{m.group('n')} of {m.group('m')} {what} have been trained{tail}"
        return f"{m.group('n')} of {m.group('m')} have been trained in {what}{tail}"
    if (m := _THROUGH_SHARE.match(text)) and int(m.group("n")) <= int(m.group("m")):
        what = m.group("what")
        what = what if re.match(r"[A-Z]{2}", what) else f"the {what}"
        return f"{m.group('n')} of {m.group('m')} {m.group('who')} have been through {what}{m.group('tail') or ''}"
    return None


def _after(m: re.Match, around: date) -> bool:
    """The month named last is not before the report's month (a plan, not a past step)."""
    last = m.group("when").split()[-2].split("–")[-1].split("-")[-1].strip()
    month = MONTHS.index(last) + 1
    return (int(m.group("year")), month) >= (around.year, around.month)


def _article(np: str) -> str:
    """'Recruitment' stays bare; 'Draft profile' -> 'The draft profile'; 'Cohort 2' stays as named."""
    words = np.split()
    if words[:1] == ["I"]:  # "I approved ...": the commissioner takes no article
        return np
    if len(words) == 1 and re.search(r"(?:ment|ing|tion|sion|ance|ence|ship)$", np, re.I):
        return np
    if re.search(r"\d", np) or np.lower().startswith(("the ", "a ", "an ", "my ", "our ")):
        return np[0].upper() + np[1:]
    head = _np(np)
    return head[0].upper() + head[1:]


_FRAMED = re.compile(
    r"^(?P<frame>Work is(?: also)? under way on|(?:The force|I|My office)(?: also)? plans?|"
    r"(?:The force's|My office's|My) plan(?: also)? includes) (?P<np>.+)\.$"
)


def merge_frames(sentences: list[str], limit: int = 40) -> list[str]:
    """One row's measures in one sentence: 'Work is under way on A. Work is also under way on B.' ->
    'Work is under way on A and B.' A person lists what is under way; the composer had said it again
    for each cell. Only neighbours in the same frame, and only up to ``limit`` words."""
    out: list[str] = []
    group: list[str] = []
    frame = ""

    def flush() -> None:
        if not group:
            return
        if len(group) == 1:
            out.append(f"{frame} {group[0]}.")
        else:
            sep = "; " if any("," in g for g in group) else ", "
            out.append(
                f"{frame} {sep.join(group[:-1])}{sep.rstrip() if sep == '; ' else ''} and {group[-1]}."
            )
        group.clear()

    for sentence in sentences:
        m = _FRAMED.match(sentence)
        if m is None:
            flush()
            out.append(sentence)
            continue
        this = m.group("frame").replace(" also", "")
        words = sum(len(g.split()) for g in group) + len(m.group("np").split()) + len(this.split())
        if group and (this != frame.replace(" also", "") or words > limit):
            flush()
        if not group:
            frame = m.group("frame")  # the first's own words ("Work is also under way on")
        group.append(m.group("np"))
    flush()
    return out


# The words a note uses to restate the report's own facts ("Letter pub 29/10/26. 3 recs.").
_REPORT_WORDS = frozenset(
    [
        "letter",
        "report",
        "pub",
        "published",
        "publication",
        "recommendation",
        "recommendations",
        "rec",
        "recs",
        "area",
        "areas",
        "improvement",
        "improvements",
        "afi",
        "afis",
        "cause",
        "causes",
        "concern",
        "concerns",
        "coc",
        "makes",
        "made",
        "make",
        "raised",
        "raises",
        "identifies",
        "identified",
        "new",
        "all",
        "for",
        "the",
        "a",
        "of",
        "and",
        "no",
        "none",
        "to",
        "its",
        "it",
        "force",
        "inspection",
        "hmicfrs",
        "in",
        "total",
        "with",
        "on",
        "was",
        "were",
        "is",
        "are",
        "this",
    ]
)


def restates_report(text: str, published: date, counts: set[int], names: set[str]) -> bool:
    """A whole-report note's fact that says only what the letter's opening already says: the publication
    date, the number of recommendations or areas for improvement ("Letter pub 29 October 2026", "3
    recommendations", "Report makes 4 recommendations (A–D), all for the force"). The letter would say it
    twice, the second time as a note. A fact with anything else in it (a revisit's date, a figure of its
    own, who leads) is kept."""
    days = re.findall(rf"\b(\d{{1,2}}) ({'|'.join(MONTHS)}) (\d{{4}})\b", text)
    if any(date(int(y), MONTHS.index(m) + 1, int(d)) != published for d, m, y in days):
        return False
    rest = re.sub(rf"\b\d{{1,2}} (?:{'|'.join(MONTHS)}) \d{{4}}\b", " ", text)
    numbers = [int(n) for n in re.findall(r"\b\d+\b", rest)]
    if not days and not numbers:
        return False
    if any(n not in counts for n in numbers):
        return False
    words = {w.lower() for w in re.findall(r"[A-Za-z']+", rest) if len(w) > 1 or w in ("a", "A")}
    if re.search(r"\b[A-Z]\s*[–-]\s*[A-Z]\b", rest):
        return False  # "(A–D)": which they are, which the opening does not say
    return words <= _REPORT_WORDS | {n.lower() for n in names}
