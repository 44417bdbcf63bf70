"""What a document is about, read from its own words: the header table where there is one (as in
the office's example letter), otherwise the title line, dates and sign-off in the prose.

Small pure functions, each tested on the forms seen in real letters (``27 th February 2020``,
ticked ``<input checked>`` boxes, ``☒``, ``[x]``).
"""

from __future__ import annotations

import re
from datetime import date

from assistant.records import Block, Kind, Marking, ParsedFile

MONTHS = {m: i for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
     "november", "december"], start=1)}
MONTHS.update({k[:3]: v for k, v in list(MONTHS.items())})
_MONTH = r"(January|February|March|April|May|June|July|August|September|October|November|December|" \
         r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
_DAY_MONTH_YEAR = re.compile(rf"\b(\d{{1,2}})\s*(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH},?\s+(\d{{4}})\b", re.I)
_MONTH_DAY_YEAR = re.compile(rf"\b{_MONTH}\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})\b", re.I)
_ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
_NUMERIC = re.compile(r"\b(\d{1,2})/(\d{1,2})/(\d{4})\b")
_MONTH_YEAR = re.compile(rf"\b{_MONTH}\s+(\d{{4}})\b", re.I)

_BOX = re.compile(r"(☒|☑|✔|✓|\[[xX✓]\]|☐|□|\[\s\])\s*([^☒☑✔✓☐□\[\]]+)")
_TICKED = {"☒", "☑", "✔", "✓"}


def parse_date(text: str) -> date | None:
    """The first full date in the text, in any of the forms UK letters use."""
    found: list[tuple[int, date]] = []
    for m in _DAY_MONTH_YEAR.finditer(text):
        found.append((m.start(), _safe_date(int(m.group(3)), MONTHS[m.group(2).lower()[:3]], int(m.group(1)))))
    for m in _MONTH_DAY_YEAR.finditer(text):
        found.append((m.start(), _safe_date(int(m.group(3)), MONTHS[m.group(1).lower()[:3]], int(m.group(2)))))
    for m in _ISO.finditer(text):
        found.append((m.start(), _safe_date(int(m.group(1)), int(m.group(2)), int(m.group(3)))))
    for m in _NUMERIC.finditer(text):
        found.append((m.start(), _safe_date(int(m.group(3)), int(m.group(2)), int(m.group(1)))))
    found = [(pos, d) for pos, d in found if d is not None]
    if found:
        return min(found, key=lambda f: f[0])[1]
    m = _MONTH_YEAR.search(text)  # "July 2018": month precision, recorded as the 1st
    return _safe_date(int(m.group(2)), MONTHS[m.group(1).lower()[:3]], 1) if m else None


def _safe_date(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def parse_checkboxes(cell: str) -> list[tuple[str, bool]]:
    """``☐ Fenmoor-specific ☒ National Thematic`` -> [("Fenmoor-specific", False), ("National Thematic", True)]."""
    return [(label.strip(" ,;/"), box.strip("[]").strip() in _TICKED or box.lower() == "[x]" or box == "[✓]")
            for box, label in _BOX.findall(cell) if label.strip(" ,;/")]


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


def inspection_type(header: dict[str, str] | None, title: str) -> str | None:
    """From the header's ticked box if there is one, else from the report's title."""
    if header and header.get("inspection_type"):
        on = ticked(header["inspection_type"])
        if on:
            return classify_type(" ".join(on))
        if not parse_checkboxes(header["inspection_type"]):
            return classify_type(header["inspection_type"])
    return classify_type(title) if title else None


def recommendations_scope(header: dict[str, str] | None) -> list[str]:
    if not header or not header.get("recommendations"):
        return []
    cell = header["recommendations"]
    labels = ticked(cell) if parse_checkboxes(cell) else [cell]
    return [label.strip().lower() for label in labels if label.strip()]


_TITLE_LINE = re.compile(r"^\s*(?:re|subject|report|inspection|title|inspection title)\s*[:\-–]\s*(.{10,300})$", re.I)
_QUOTED_TITLE = re.compile(r"(?:report|inspection)[^‘“\"]{0,60}[‘“\"]([^’”\"]{12,250})[’”\"]", re.I)
_GENERIC = re.compile(
    r"RESPONSE TO HMICFRS INSPECTIONS|^response from|^dear\b|^yours\b|^(the )?rt\.? hon|^home secretary"
    r"|^to:|^from:|^date:|^official|^appendix|^contents|^summary$|^background$|^introduction$|^purpose",
    re.I,
)
_TITLE_PREFIX = re.compile(
    r"^(?:(?:the\s+)?(?:PCC|police and crime commissioner(?:'s)?|local policing body(?:'s)?|OPCC)\s+)?"
    r"(?:response|comments|statement|update|report)\s+(?:to|on)\s+(?:the\s+)?(?:HMICFRS\s+)?"
    r"(?:report|inspection)?\s*[:\-–]?\s*",
    re.I,
)


def clean_title(title: str) -> str:
    title = re.sub(r"\s+", " ", title).strip(" *:‘’“”\"'")
    stripped = _TITLE_PREFIX.sub("", title).strip(" :‘’“”\"'")
    return stripped if len(stripped) >= 10 else title


def find_title(parsed: ParsedFile, header: dict[str, str] | None) -> str:
    if header and header.get("inspection_title"):
        return clean_title(header["inspection_title"])
    if parsed.declared.get("inspection_title"):
        return clean_title(parsed.declared["inspection_title"])
    head = parsed.blocks[:25]
    for block in head:
        m = _TITLE_LINE.match(block.text)
        if m and block.kind != "plan_row":
            return clean_title(m.group(1))
    for block in head:
        if block.kind == "heading" and not _GENERIC.search(block.text) and len(block.text) > 15:
            return clean_title(block.text)
    for block in head:
        m = _QUOTED_TITLE.search(block.text)
        if m:
            return clean_title(m.group(1))
    for key in ("inspection", "title", "html_title"):
        if parsed.declared.get(key):
            return clean_title(parsed.declared[key])
    return ""


_PUBLISHED = re.compile(r"published\b[^.]{0,40}?", re.I)


def find_published(parsed: ParsedFile, header: dict[str, str] | None) -> date | None:
    if header and header.get("published"):
        d = parse_date(header["published"])
        if d:
            return d
    for key in ("published", "report published", "date published"):
        if parsed.declared.get(key):
            d = parse_date(parsed.declared[key])
            if d:
                return d
    for block in parsed.blocks[:40]:
        for m in _PUBLISHED.finditer(block.text):
            d = parse_date(block.text[m.start() : m.end() + 40])
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
    re.compile(r"Police,? (?:Fire )?and Crime Commissioner for ([A-Z][\w&'’-]*(?: (?:and|&) [A-Z][\w'’-]*| [A-Z][\w'’-]*)*)"),
    re.compile(r"\bP(?:F)?CC for ([A-Z][\w&'’-]*(?: [A-Z][\w'’-]*)*)"),
    re.compile(r"\b([A-Z][A-Za-z&'’ -]{2,40}?) PCC RESPONSE TO HMICFRS", re.I),
]


def find_office(parsed: ParsedFile, default: str) -> str:
    text = "\n".join(b.text for b in parsed.blocks)
    for pattern in _OFFICE:
        m = pattern.search(text)
        if m:
            return m.group(1).strip().title() if m.group(1).isupper() else m.group(1).strip()
    return default


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
