"""Action plans as offices receive them: what a column means (read from its header's words, not one
spelling), several actions in one cell put one to a line, and a status given only as a cell's fill.

Plans written as headings with prose under them (no table) are read in ``prose_plans``.
"""

from __future__ import annotations

import colorsys
import re
from dataclasses import dataclass, field
from functools import lru_cache

from assistant.records import PlanTable

# What each meaning is called when we say which column was read as what.
MEANING_NAMES = {
    "ref": "reference",
    "kind": "type",
    "text": "recommendation",
    "action": "action",
    "owner": "owner",
    "due": "due",
    "status": "status",
    "progress": "update",
    "marking": "marking",
    "inspection": "report",
    "published": "report published",
    "action_ref": "action number",
}

# Words (or phrases) naming each meaning, strongest first: a header takes the meaning of the first
# rule any of its phrases appear in ("Action owner" is an owner, "Evidence of completion" an update,
# "Local position / action" an action). Matched on whole words after qualifiers in brackets and
# punctuation are dropped: "Lead (name)" is "lead", "Target date (dd/mm/yy)" is "target date".
_RULES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("published", ("published", "publication date", "date of publication")),
    ("marking", ("marking", "gsc", "gpms", "classification", "handling", "protective", "security")),
    ("ref", ()),  # see _is_ref
    ("kind", ("type", "kind", "category")),
    (
        "progress",
        (
            "update",
            "updates",
            "commentary",
            "comments",
            "comment",
            "notes",
            "note",
            "evidence",
            "narrative",
            "progress note",
            "progress notes",
            "progress update",
            "latest position",
            "current position",
            "position statement",
            "where we are",  # a team's own tracker: "What | Who | When | RAG | Where we are"
            "where are we",
        ),
    ),
    ("owner", ("owner", "owners", "ownership", "lead", "leads", "responsible", "accountable", "sro", "who")),
    (
        "due",
        (
            "due",
            "deadline",
            "deadlines",
            "timescale",
            "timescales",
            "timeframe",
            "timeline",
            "target",
            "target date",
            "completion date",
            "target completion",
            "date for completion",
            "expected completion",
            "by when",
            "complete by",
            "deliver by",
            "when",
        ),
    ),
    ("status", ("status", "rag", "brag", "rating")),
    ("progress?", ("progress",)),  # the status when another column holds the update
    ("action", ("action", "actions")),
    ("progress", ("position",)),
    (
        "action",
        (
            "response",
            "responses",
            "activity",
            "activities",
            "what",
            "what we will do",
            "what we are doing",
            "measures",
            "steps",
            "tasks",
            "task",
            "mitigation",
            "deliverable",
            "deliverables",
            "interventions",
            "planned",
            "proposed",
        ),
    ),
    (
        "text",
        (
            "recommendation",
            "recommendations",
            "rec",
            "recs",
            "afi",
            "afis",
            "area for improvement",
            "areas for improvement",
            "finding",
            "findings",
            "issue",
            "issues",
            "cause of concern",
            "concern",
            "description",
            "summary",
            "text",
            "requirement",
        ),
    ),
    ("inspection", ("report", "inspection", "report title", "inspection title", "inspection name")),
)
_REF_CORE = {"ref", "refs", "reference", "no", "number", "id", "item"}
_REF_COMPANIONS = _REF_CORE | {
    "rec",
    "recs",
    "recommendation",
    "afi",
    "finding",  # "Finding ID", "Issue no.", "Concern ref": the finding's reference, not its text
    "findings",
    "issue",
    "concern",
    "coc",
    "hmicfrs",
    "hmic",
    "hmi",
    "action",
    "report",
    "inspection",
    "plan",
    "force",
    "our",
    "unique",
    "tracker",
    "line",
    "row",
}


_TEXT_QUALIFIERS = {"summary", "text", "title", "description", "wording", "theme"}


def header_words(label: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(words of the header, words of its bracketed qualifiers), lower case, punctuation dropped."""
    text = (label or "").lower().replace("#", " no ").replace("&", " and ")
    qualifiers = " ".join(a or b for a, b in re.findall(r"\(([^)]*)\)|\[([^\]]*)\]", text))
    plain = re.sub(r"\([^)]*\)|\[[^\]]*\]", " ", text)
    split = lambda s: tuple(re.sub(r"[^a-z0-9]+", " ", s).split())  # noqa: E731
    return split(plain), split(qualifiers)


def _has(words: tuple[str, ...], phrase: str) -> bool:
    target = tuple(phrase.split())
    n = len(target)
    return any(words[i : i + n] == target for i in range(len(words) - n + 1))


def _is_ref(words: tuple[str, ...]) -> bool:
    return bool(words) and bool(set(words) & _REF_CORE) and set(words) <= _REF_COMPANIONS


def _is_action_id(words: tuple[str, ...]) -> bool:
    """ "Action ID", "Action no": the plan's own numbering of its actions, not the recommendation's."""
    return "action" in words and _is_ref(words)


@lru_cache(maxsize=4096)
def column_meaning(label: str) -> tuple[str, float] | None:
    """The meaning a header names and the rank of the rule that gave it (lower is stronger; within a
    rule, the earlier phrase is stronger: "Latest commentary" is the update over "Narrative"), or None.
    "progress?" is the ambiguous "Progress": the status when another column holds the update."""
    words, qualifiers = header_words(label)
    if not words:
        return None
    if words == ("by",):  # "By:" in a plan written as prose
        return "due", 6
    if words in (("rec",), ("recs",)):  # the reference, unless another column is ("Rec (summary)")
        return ("text", 2) if set(qualifiers) & _TEXT_QUALIFIERS else ("ref?", 2)
    for rank, (meaning, phrases) in enumerate(_RULES):
        if meaning == "ref":
            if _is_ref(words):
                return ("ref?", rank) if _is_action_id(words) else (meaning, rank)
            continue
        hits = [n for n, p in enumerate(phrases) if _has(words, p)]
        if hits:
            if meaning == "progress?" and {"rag", "status"} & set(qualifiers):
                return "status", rank
            return meaning, rank + hits[0] / 100
    return None


# An update-like header that, beside a real update column, describes the finding instead ("Narrative").
_DESCRIBES = {"narrative", "description", "summary", "detail", "details"}


def plan_columns(header: list[str]) -> dict[int, str] | None:
    """Column index to meaning if this row is the header of an action plan, else None. Each meaning
    goes to its strongest column (an "Action" column over a "Response" one); a column whose meaning
    is already taken is kept under its own label. A plan needs an action column, one of owner /
    status / due / update, and a reference or the recommendation's text."""
    if any(len(header_words(cell)[0]) > 8 for cell in header):
        return None  # a row of sentences is data, not a header ("quoted commas, doubled quotes, ...")
    found = {i: column_meaning(cell) for i, cell in enumerate(header) if (cell or "").strip()}
    found = {i: m for i, m in found.items() if m is not None}
    update_elsewhere = any(m[0] == "progress" for m in found.values())
    status_elsewhere = any(m[0] == "status" for m in found.values())
    ref_elsewhere = any(m[0] == "ref" for m in found.values())
    mapping: dict[int, str] = {}
    for i, (meaning, _rank) in sorted(found.items(), key=lambda item: (item[1][1], item[0])):
        if meaning == "progress?":
            meaning = "status" if update_elsewhere and not status_elsewhere else "progress"
        elif meaning == "ref?":  # "Rec" (or "Action ID") beside a column that is the reference
            if not ref_elsewhere:  # the plan's own action number ("1.2"), else the reference
                meaning = "action_ref" if _is_action_id(header_words(header[i])[0]) else "ref"
            elif header_words(header[i])[0] in (("rec",), ("recs",)):
                meaning = "text"
            else:
                continue  # kept under its own label
        if meaning not in mapping.values():
            mapping[i] = meaning
    if "text" not in mapping.values():  # "Narrative" beside "Latest commentary": the finding's words
        for i, (meaning, _rank) in found.items():
            if i not in mapping and meaning == "progress" and _DESCRIBES & set(header_words(header[i])[0]):
                mapping[i] = "text"
                break
    names = set(mapping.values())
    if (
        "action" in names
        and names & {"owner", "status", "due", "progress"}
        and names & {"ref", "text", "action_ref"}
    ):
        return dict(sorted(mapping.items()))
    return None


def reading(header: list[str], mapping: dict[int, str], where: str = "", rows: int = 0) -> PlanTable:
    """How a table was read: each mapped header with its meaning, and the headers kept as written."""
    return PlanTable(
        where=where,
        columns=[(header[i].strip(), MEANING_NAMES[m]) for i, m in mapping.items() if i < len(header)],
        kept=[h.strip() for i, h in enumerate(header) if i not in mapping and (h or "").strip()],
        rows=rows,
    )


@dataclass
class PlanReader:
    """What one file's tables were read as, and the last plan header (a table continued without one)."""

    tables: list[PlanTable] = field(default_factory=list)
    last: tuple[list[str], dict[int, str]] | None = None
    count: int = 0  # tables seen, for naming them


# -- several actions in one cell -------------------------------------------------------------------
_BULLET = re.compile(
    r"^\s*(?:[•●▪◦·‣∙◆■►➢✓*\-–—]|\(?\d{1,2}[.)]|\(?[a-hA-H][.)]|\(?(?:i{1,3}|iv|v|vi{1,3}|ix|x)[.)])\s+"
)
_INLINE_BULLET = re.compile(r"\s*[•●▪◦‣∙◆■►➢]\s*")
_NUMBERED = re.compile(r"(?:^|(?<=\s))\(?(\d{1,2})[.)]\s+(?=\S)")
_LETTERED = re.compile(r"(?:^|(?<=\s))\(?([a-h])\)\s+(?=\S)")
_QUALIFIERS = {
    "which",
    "who",
    "whose",
    "so",
    "because",
    "although",
    "though",
    "while",
    "whereas",
    "including",
    "e.g.",
    "eg",
    "i.e.",
    "ie",
    "but",
    "however",
    "as",
    "if",
    "unless",
    "until",
    "where",
    "when",
    "otherwise",
}


def split_actions(cell: str, semicolons: bool = True) -> list[str]:
    """The actions in one cell, one each: lines (bullets and numbers removed, wrapped lines joined),
    inline bullets, numbered or lettered runs ("1. ... 2. ..."), or semicolons between actions
    ("Agree ...; train ...; audit ..."; not "...; which ..."). A cell holding one action
    gives one. An introduction ending in a colon ("The force will:") is kept as the first item."""
    lines = [ln.strip() for ln in (cell or "").replace("\r", "\n").split("\n") if ln.strip()]
    if not lines:
        return []
    if len(lines) > 1:
        items: list[str] = []
        for line in lines:
            bulleted = bool(_BULLET.match(line))
            if items and not bulleted and _continues(items[-1], line):
                items[-1] += " " + line
            else:
                items.append(line)
        if len(items) > 1:
            return [_clean(i) for i in items if _clean(i)]
        lines = items
    one = lines[0]
    for splitter in (_split_inline_bullets, _split_run, _split_semicolons if semicolons else None):
        if splitter is None:
            continue
        parts = splitter(one)
        if len(parts) > 1:
            return parts
    return [_clean(one)]


def _continues(previous: str, line: str) -> bool:
    """A wrapped line: it starts in lower case after a line that did not end a sentence."""
    return line[:1].islower() and previous[-1:] not in ".;:!?"


def _clean(item: str) -> str:
    return _BULLET.sub("", item, count=1).strip().rstrip(";,").strip()


def _split_inline_bullets(text: str) -> list[str]:
    items = [_clean(p) for p in _INLINE_BULLET.split(text) if _clean(p)]
    return items if len(items) > 1 else []


def _split_run(text: str) -> list[str]:
    """'1. a 2. b 3. c' or 'a) x b) y': markers counting up from the first, the first at the start
    (or after an introduction ending in a colon)."""
    for pattern, first, step in ((_NUMBERED, "1", _next_number), (_LETTERED, "a", _next_letter)):
        chain: list[re.Match] = []
        for m in pattern.finditer(text):
            if not chain and m.group(1).lower() == first:
                chain = [m]
            elif chain and m.group(1).lower() == step(chain[-1].group(1).lower()):
                chain.append(m)
        if len(chain) < 2:
            continue
        intro = text[: chain[0].start()].strip()
        if intro and not intro.endswith(":"):
            continue
        bounds = [m.start() for m in chain] + [len(text)]
        parts = [text[a:b].strip() for a, b in zip(bounds, bounds[1:], strict=False)]
        if any(p.endswith((",", " or", " and")) for p in parts[:-1]):
            continue  # choices inside one sentence: "(a) refurbish, (b) replace or (c) close"
        items = [_clean(p) for p in parts]
        return ([intro] if intro else []) + [i for i in items if i]
    return []


def _next_number(n: str) -> str:
    return str(int(n) + 1)


def _next_letter(c: str) -> str:
    return chr(ord(c) + 1)


def _split_semicolons(text: str) -> list[str]:
    """Clauses between semicolons, each an action of its own ("Triage every device; outsource low-risk
    downloads"); not when a clause only qualifies the one before ("...; which ...", "...; e.g. ...")
    or the semicolon is inside brackets."""
    if re.search(r"\([^)]*;[^)]*\)", text):
        return []
    clauses = [c.strip() for c in text.split(";") if c.strip()]
    if len(clauses) < 2 or any(len(c.split()) < 2 or _qualifies(c) for c in clauses[1:]):
        return []
    if _TOPIC.match(clauses[0]):  # "For national bodies; force will adopt ...": a heading, one action
        return []
    return [_clean(c) for c in clauses]


_TOPIC = re.compile(r"^(?:for|in|on|at|with|from|to|under|re)\b(?:\s+\S+){0,3}$", re.I)


def _qualifies(clause: str) -> bool:
    first = re.sub(r"[^a-z.]", "", clause.split()[0].lower())
    return first in _QUALIFIERS


def action_text(items: list[str]) -> str:
    """The Action field: one action as written; several one to a line, each "- " (an introduction
    ending in a colon stays first, unprefixed)."""
    if len(items) <= 1:
        return items[0] if items else ""
    intro = items[0] if items[0].endswith(":") else ""
    rest = items[1:] if intro else items
    return "\n".join(([intro] if intro else []) + [f"- {i}" for i in rest])


def action_count(action: str) -> int:
    """How many actions an Action field holds (one per "- " line, else one if it says anything)."""
    bullets = sum(line.startswith("- ") for line in action.split("\n"))
    return bullets or int(bool(action.strip()))


# -- RAG status as a fill colour -------------------------------------------------------------------
def rag_colour(rgb: str | None) -> str | None:
    """'Blue', 'Green', 'Amber' or 'Red' for a fill colour near one (hex RGB or ARGB), else None:
    greys, whites and pale tints are no status."""
    if not rgb or not re.fullmatch(r"[0-9A-Fa-f]{6}|[0-9A-Fa-f]{8}", rgb):
        return None
    r, g, b = (int(rgb[-6:][i : i + 2], 16) / 255 for i in (0, 2, 4))
    h, s, v = colorsys.rgb_to_hsv(r, g, b)
    if s < 0.15 or v < 0.3:
        return None
    hue = h * 360
    if hue < 15 or hue >= 330:
        return "Red"
    if hue < 70:
        return "Amber"
    if hue < 170:
        return "Green"
    if hue < 260:
        return "Blue"
    return None
