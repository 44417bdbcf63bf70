"""What a document is about, read from its own words: the header table where there is one (as in
the office's example letter), otherwise the title line, dates and sign-off in the prose.

Small pure functions, each tested on the forms seen in real letters (``27 th February 2020``,
ticked ``<input checked>`` boxes, ``☒``, ``[x]``).
"""

from __future__ import annotations

import re
from datetime import date

from assistant.records import Block, Kind, Marking, ParsedFile

MONTHS = {
    m: i
    for i, m in enumerate(
        [
            "january",
            "february",
            "march",
            "april",
            "may",
            "june",
            "july",
            "august",
            "september",
            "october",
            "november",
            "december",
        ],
        start=1,
    )
}
MONTHS.update({k[:3]: v for k, v in list(MONTHS.items())})
_MONTH = (
    r"(January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
)
_DAY_MONTH_YEAR = re.compile(rf"\b(\d{{1,2}})\s*(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH},?\s+(\d{{4}})\b", re.I)
_MONTH_DAY_YEAR = re.compile(rf"\b{_MONTH}\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})\b", re.I)
_ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
_NUMERIC = re.compile(r"\b(\d{1,2})/(\d{1,2})/(\d{4})\b")
_MONTH_YEAR = re.compile(rf"\b{_MONTH}\s+(\d{{4}})\b", re.I)

_BOX = re.compile(r"(☒|☑|✔|✓|\[[xX✓]\]|☐|□|\[\s\])\s*([^☒☑✔✓☐□\[\]]+)")
_TICKED = {"☒", "☑", "✔", "✓"}


def parse_date(text: str, month_only: bool = True) -> date | None:
    """The first full date in the text, in any of the forms UK letters use; else (if allowed) a month."""
    found: list[tuple[int, date]] = []
    for m in _DAY_MONTH_YEAR.finditer(text):
        found.append(
            (m.start(), _safe_date(int(m.group(3)), MONTHS[m.group(2).lower()[:3]], int(m.group(1))))
        )
    for m in _MONTH_DAY_YEAR.finditer(text):
        found.append(
            (m.start(), _safe_date(int(m.group(3)), MONTHS[m.group(1).lower()[:3]], int(m.group(2))))
        )
    for m in _ISO.finditer(text):
        found.append((m.start(), _safe_date(int(m.group(1)), int(m.group(2)), int(m.group(3)))))
    for m in _NUMERIC.finditer(text):
        found.append((m.start(), _safe_date(int(m.group(3)), int(m.group(2)), int(m.group(1)))))
    valid = [(pos, d) for pos, d in found if d is not None]
    if valid:
        return min(valid, key=lambda f: f[0])[1]
    # "July 2018": month precision, kept as the 1st; never for an impossible full date ("31 February").
    m = _MONTH_YEAR.search(text) if month_only and not found else None
    return _safe_date(int(m.group(2)), MONTHS[m.group(1).lower()[:3]], 1) if m else None


def dates_in(text: str) -> list[tuple[date, bool]]:
    """Every date a text mentions, in order, each with whether it names a day ("31 March 2027",
    "31/03/2027", "2027-03-31") or only a month ("March 2027", kept as the 1st)."""
    found: list[tuple[int, int, date, bool]] = []
    for pattern, order in (
        (_DAY_MONTH_YEAR, (3, 2, 1)),
        (_MONTH_DAY_YEAR, (3, 1, 2)),
        (_ISO, (1, 2, 3)),
        (_NUMERIC, (3, 2, 1)),
    ):
        for m in pattern.finditer(text):
            y, mo, d = (m.group(i) for i in order)
            month = int(mo) if mo.isdigit() else MONTHS[mo.lower()[:3]]
            if (value := _safe_date(int(y), month, int(d))) is not None:
                found.append((m.start(), m.end(), value, True))
    for m in _MONTH_YEAR.finditer(text):
        if not any(start <= m.start() < end for start, end, _, _ in found):
            found.append(
                (m.start(), m.end(), date(int(m.group(2)), MONTHS[m.group(1).lower()[:3]], 1), False)
            )
    return [(value, has_day) for _, _, value, has_day in sorted(found, key=lambda f: f[0])]


_NUMERIC_SHORT = re.compile(r"\b(\d{1,2})[/.](\d{1,2})[/.](\d{2})\b(?![/.]\d)")
_NUMERIC_DOTS = re.compile(r"\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b")
_DAY_MONTH = re.compile(r"\b(\d{1,2})/(\d{1,2})\b(?![/.]\d)")
_DAY_MON = re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+{_MONTH}(?!,?\s+\d{{4}})\b", re.I)
_MON_SHORT_YEAR = re.compile(rf"\b{_MONTH}\s*[-'’]?\s*(\d{{2}})\b(?![\d/:]|\.\d)", re.I)  # "Jun 27", "Jun-27"
_MONTH_ALONE = re.compile(rf"\b{_MONTH}\b(?!\s+\d)", re.I)


_ANY_DATE = re.compile(
    rf"{_DAY_MONTH_YEAR.pattern}|{_MONTH_DAY_YEAR.pattern}|\b\d{{4}}-\d{{2}}-\d{{2}}\b"
    r"|\b\d{1,2}/\d{1,2}(?:/\d{2,4})?\b|\b\d{1,2}\.\d{1,2}\.\d{2,4}\b",
    re.I,
)


def strip_dates(text: str) -> str:
    """The text with its dates blanked out, so that '27/11/2026' is not read as the figure 27."""
    return _ANY_DATE.sub(" ", text)


def loose_dates(text: str, years: tuple[int, ...]) -> tuple[set[date], set[tuple[int, int]]]:
    """Every date a working note may mean, for deciding what a letter may say: the full forms of
    ``dates_in`` plus '10/11/26', '10.11.2026', '29/10' and '5 Nov' (no year: each of ``years``),
    and months ('Jan 27', 'Jan'). Returns (days, (year, month) pairs)."""
    stated = dates_in(text)
    days = {d for d, has_day in stated if has_day}
    months = {(d.year, d.month) for d, _ in stated}
    for m in _NUMERIC_SHORT.finditer(text):
        if (d := _safe_date(2000 + int(m.group(3)), int(m.group(2)), int(m.group(1)))) is not None:
            days.add(d)
    for m in _NUMERIC_DOTS.finditer(text):
        if (d := _safe_date(int(m.group(3)), int(m.group(2)), int(m.group(1)))) is not None:
            days.add(d)
    # Each form without a year is found once and given every year (not searched for again per year).
    day_months = {(int(m.group(2)), int(m.group(1))) for m in _DAY_MONTH.finditer(text)}
    day_months |= {(MONTHS[m.group(2).lower()[:3]], int(m.group(1))) for m in _DAY_MON.finditer(text)}
    alone = {MONTHS[m.group(1).lower()[:3]] for m in _MONTH_ALONE.finditer(text)}
    for y in years:
        days |= {d for month, day in day_months if (d := _safe_date(y, month, day)) is not None}
        months |= {(y, month) for month in alone}
    for m in _MON_SHORT_YEAR.finditer(text):
        months.add((2000 + int(m.group(2)), MONTHS[m.group(1).lower()[:3]]))
    months |= {(d.year, d.month) for d in days}
    return days, months


def _safe_date(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def parse_checkboxes(cell: str) -> list[tuple[str, bool]]:
    """``☐ Fenmoor-specific ☒ National Thematic`` -> [("Fenmoor-specific", False), ("National Thematic", True)]."""
    return [
        (label.strip(" ,;/"), box.strip("[]").strip() in _TICKED or box.lower() == "[x]" or box == "[✓]")
        for box, label in _BOX.findall(cell)
        if label.strip(" ,;/")
    ]


def ticked(cell: str) -> list[str]:
    return [label for label, on in parse_checkboxes(cell) if on]


TYPE_WORDS: list[tuple[re.Pattern, str]] = [
    (re.compile(r"super-?\s?complaint", re.I), "super-complaint"),
    (re.compile(r"state of policing|annual assessment", re.I), "annual assessment"),
    (re.compile(r"\bPEEL\b.*spotlight|spotlight", re.I), "spotlight"),
    (re.compile(r"\bPEEL\b"), "PEEL"),
    (re.compile(r"\brevisit\b|post-inspection review|review of .*time to choose", re.I), "revisit"),
    (re.compile(r"\bjoint\b|custody suites|\bHMCPSI\b|\bHMIP\b|HMI Probation", re.I), "joint"),
    (re.compile(r"thematic|national", re.I), "national thematic"),
    (re.compile(r"specific|force|local", re.I), "force-specific"),
]


def classify_type(text: str) -> str | None:
    for pattern, name in TYPE_WORDS:
        if pattern.search(text):
            return name
    return None


BODY_TYPE_WORDS: list[tuple[re.Pattern, str]] = [
    (re.compile(r"super-?\s?complaint", re.I), "super-complaint"),
    (re.compile(r"state of policing|annual assessment", re.I), "annual assessment"),
    (re.compile(r"spotlight", re.I), "spotlight"),
    (re.compile(r"\brevisit(ed)?\b", re.I), "revisit"),
    (
        re.compile(r"joint (thematic )?inspection|\bHMCPSI\b|Inspectorate of Prisons|HMI Probation", re.I),
        "joint",
    ),
    (
        re.compile(
            r"thematic|forces (were )?(inspected|visited)|one of the (\d+|\w+) forces|national (report|inspection)"
            r"|recommendations? for chief constables",
            re.I,
        ),
        "national thematic",
    ),
]


def inspection_type(
    header: dict[str, str] | None, title: str, body: str = "", force_words: tuple[str, ...] = ()
) -> str | None:
    """From the header's ticked box if there is one, else the report's title, else cues in the text."""
    if header and header.get("inspection_type"):
        on = ticked(header["inspection_type"])
        if on:
            return classify_type(" ".join(on))
        if not parse_checkboxes(header["inspection_type"]):
            return classify_type(header["inspection_type"])
    found = classify_type(title) if title else None
    if found and found != "force-specific":
        return found
    if title and any(w and w.lower() in title.lower() for w in force_words):
        return "force-specific"
    for pattern, name in BODY_TYPE_WORDS:
        if pattern.search(body[:4000]):
            return name
    return found


def recommendations_scope(header: dict[str, str] | None) -> list[str]:
    if not header or not header.get("recommendations"):
        return []
    cell = header["recommendations"]
    labels = ticked(cell) if parse_checkboxes(cell) else [cell]
    return [label.strip().lower() for label in labels if label.strip()]


_TITLE_LINE = re.compile(
    r"^\s*(?:re|subject|title|report|inspection title|report title)\s*[:\-–]\s*(.{10,300})$", re.I
)
_FIELD_LINE = re.compile(
    r"^(to|from|date|and to|cc|copy to|meeting|report of|contact|author|inspectorate|(report |response )?published"
    r"|classification|marking|status|agenda item|item)\s*:\s",
    re.I,
)
_QUOTED_TITLE = re.compile(r"(?:report|inspection)[^‘“\"]{0,60}[‘“\"]([^’”\"]{12,250})[’”\"]", re.I)
_GENERIC = re.compile(
    r"RESPONSE TO HMICFRS INSPECTIONS|^response from|^dear\b|^yours\b|^(the )?rt\.? hon|^(the )?home secretary"
    r"|^official|^appendix|^contents|^summary|^background|^introduction|^purpose|^recommendations?\b|^AFI"
    r"|^areas? for improvement|commissioner for \w+$|police headquarters|marsham street|crime panel"
    r"|^\d+(\.\d+)*\.? ",
    re.I,
)
_TITLE_PREFIX = re.compile(
    r"^(?:progress update|press statement|statement(?: under section 55 of the Police Act 1996)?"
    r"(?: (?:by|from) the (?:police and crime commissioner|pcc)(?: for [A-Z]\w+)?)?"
    r"|(?:the )?(?:pcc|opcc|police and crime commissioner(?:'s)?|local policing body(?:'s)?)? ?"
    r"(?:response|comments|statement|update)(?: to| on)?(?: the)?(?: hmicfrs)?(?: report| inspection)?)"
    r"(?:\s*[:\-–]\s*|\s+(?=(?-i:[A-Z])))",
    re.I,
)
_TITLE_SUFFIX = re.compile(
    r"\s*(?:\((?:[^()]*\b)?published\b[^()]*\)|[:–-]\s*(?:statement|response|comments) (?:by|from|of) the .*)$",
    re.I,
)
_INSPECTION_WORDS = re.compile(
    r"inspection|\breport\b|review|revisit|\bPEEL\b|spotlight|state of policing|super-complaint|thematic|assessment",
    re.I,
)


def clean_title(title: str) -> str:
    """Strip what letters wrap around a report's title: 'PCC response to ...', '(published ...)'."""
    title = re.sub(r"\s+", " ", title).strip(" *:‘’“”\"'")
    for _ in range(2):
        stripped = _TITLE_SUFFIX.sub("", _TITLE_PREFIX.sub("", title)).strip(" :‘’“”\"'")
        title = stripped if len(stripped) >= 10 else title
    return title


def _title_score(text: str, base: int) -> int:
    cleaned = clean_title(text)
    if _GENERIC.search(cleaned) or len(cleaned) < 12 or len(cleaned) > 250:
        return -10
    score = base + (3 if _INSPECTION_WORDS.search(cleaned) else 0) + (2 if re.search(r"[:–]", cleaned) else 0)
    return score - (
        2 if re.match(r"(press )?statement|report to|progress|.*\bone year on\b", cleaned, re.I) else 0
    )


def _plan_field(parsed: ParsedFile, name: str) -> str:
    """A value every action-plan row agrees on (e.g. the inspection column of a CSV plan)."""
    values = {b.fields.get(name, "") for b in parsed.blocks if b.kind == "plan_row"}
    return values.pop() if len(values) == 1 else ""


def find_title(parsed: ParsedFile, header: dict[str, str] | None) -> str:
    """The inspection's title: header table, declared field, then the likeliest title line near the top."""
    if header and header.get("inspection_title"):
        return clean_title(header["inspection_title"])
    for value in (
        parsed.declared.get("inspection_title"),
        parsed.declared.get("inspection"),
        _plan_field(parsed, "inspection"),
    ):
        if value:
            return clean_title(value)
    candidates: list[tuple[int, int, str]] = []
    for i, block in enumerate(parsed.blocks[:25]):
        text = block.text.strip()
        m = _TITLE_LINE.match(text)
        if m:
            candidates.append((_title_score(m.group(1), 3), -i, m.group(1)))
        elif block.kind == "heading":
            candidates.append((_title_score(text, 1), -i, text))
        elif (
            block.kind == "paragraph"
            and len(text) < 200
            and text[-1:] not in ".,;:"
            and not _FIELD_LINE.match(text)
        ):
            candidates.append((_title_score(text, -1), -i, text))
    if candidates:
        score, _, text = max(candidates)
        if score >= 0:
            return clean_title(text)
    for block in parsed.blocks[:25]:
        m = _QUOTED_TITLE.search(block.text)
        if m:
            return clean_title(m.group(1))
    for key in ("title", "html_title"):
        if parsed.declared.get(key):
            return clean_title(parsed.declared[key])
    return ""


_PUBLISHED = re.compile(r"\bpublished\b", re.I)


def find_published(parsed: ParsedFile, header: dict[str, str] | None) -> date | None:
    if header and header.get("published"):
        d = parse_date(header["published"])
        if d:
            return d
    for value in (
        parsed.declared.get("published"),
        parsed.declared.get("date published"),
        _plan_field(parsed, "published"),
    ):
        d = parse_date(value or "")
        if d:
            return d
    windows = []
    for block in parsed.blocks[:40]:
        for m in _PUBLISHED.finditer(block.text):
            sentence_end = block.text.find(". ", m.end())
            windows.append(
                block.text[m.end() : sentence_end if 0 < sentence_end < m.end() + 150 else m.end() + 150]
            )
    for month_only in (False, True):  # "published on 10 September 2024" beats "published in October 2024"
        for window in windows:
            d = parse_date(window, month_only=month_only)
            if d:
                return d
    return None


def find_doc_date(parsed: ParsedFile) -> date | None:
    """The letter's own date: a line that is only a date, near the top (or a 'last updated' field)."""
    for key in ("last updated", "last_updated", "date", "response_date"):
        if parsed.declared.get(key):
            d = parse_date(parsed.declared[key])
            if d:
                return d
    for block in parsed.blocks[:15]:
        text = block.text.strip()
        if len(text) <= 40:
            d = parse_date(text)
            if d and not _PUBLISHED.search(text):
                return d
    return None


_MARKING = re.compile(r"\bOFFICIAL(?:[\s_-]+SENSITIVE)?\b")


def find_marking(parsed: ParsedFile) -> Marking | None:
    """A protective marking stated at the top of the document or in its page header/footer."""
    candidates = [parsed.declared.get(k, "") for k in ("marking", "protective marking", "margin_text")]
    candidates += [b.text for b in parsed.blocks[:4] if b.kind != "plan_row"]
    found = [m.group(0) for c in candidates for m in _MARKING.finditer(c)]
    if any("SENSITIVE" in f for f in found):
        return "OFFICIAL-SENSITIVE"
    return "OFFICIAL" if found else None


_OFFICE = [
    re.compile(r"Police,? (?:Fire )?and Crime Commissioner for ([A-Z][\w'’-]*(?: (?:and|&) [A-Z][\w'’-]*)?)"),
    re.compile(r"\bP(?:F)?CC for ([A-Z][\w'’-]*(?: (?:and|&) [A-Z][\w'’-]*)?)"),
    re.compile(r"\b([A-Z][A-Za-z&'’ -]{2,40}?) PCC RESPONSE TO HMICFRS", re.I),
]


def find_office(parsed: ParsedFile, default: str, own_names: tuple[str, ...] = ()) -> str:
    """Whose letter this is: the configured area if the text names it as its commissioner's (or names
    the office's commissioner or office), else the one named; "" when it names none (a letter with no
    office named is not assumed to be ours)."""
    text = "\n".join(b.text for b in parsed.blocks)
    if re.search(rf"(Commissioner|PCC|PFCC) for {re.escape(default)}\b|\b{re.escape(default)} PCC\b", text):
        return default
    for pattern in _OFFICE:
        m = pattern.search(text)
        if m:
            return m.group(1).strip().title() if m.group(1).isupper() else m.group(1).strip()
    if any(name and name in text for name in own_names):
        return default
    return ""


_RESPONSE_WORDS = re.compile(r"\bHMICFRS\b|\bHMIC\b|Inspectorate of Constabulary|\binspection\b", re.I)
_OFFICE_WORDS = re.compile(r"Commissioner|\bPCC\b|\bOPCC\b|local policing body", re.I)


def infer_kind(parsed: ParsedFile) -> Kind:
    blocks: list[Block] = parsed.blocks
    plan_rows = sum(b.kind == "plan_row" for b in blocks)
    if plan_rows and plan_rows >= 0.3 * max(1, sum(b.kind != "heading" for b in blocks)):
        return "action_plan"
    text = " ".join(b.text for b in blocks[:60])
    if _RESPONSE_WORDS.search(text) and _OFFICE_WORDS.search(text):
        return "response"
    if plan_rows:
        return "action_plan"
    if _RESPONSE_WORDS.search(text):
        return "inspection"
    return "other"
