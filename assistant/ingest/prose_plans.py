"""Action plans written as prose: a heading per recommendation ("Recommendation 2", "Rec 3a: ...",
"AFI 4", "Area for improvement 1", "Cause of concern 1", "General", "Whole report") with paragraphs
under it and perhaps labelled lines ("Lead: ...", "Due: ...", "Status: ...", "Update: ...").

Each heading's section becomes one plan row, rendered like a table's: reference and text from the
heading, the prose as its actions (one per paragraph or list item), labelled lines in their fields.
A paragraph marked OFFICIAL-SENSITIVE on its own is a second row for the same reference, so that
each row's marking is true of all of its text; a section marked as a whole marks its row.

A file is read so only if it has no plan table, is not a letter (no header table, "Dear ...",
"Yours sincerely"), has a numbered heading of that kind, and shows it is a plan: a labelled owner,
date, status or update line, or a title naming an action plan or tracker. Otherwise it is left as
it was (text kept as context).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from assistant.drafting.refs import NUMBER_WORDS
from assistant.ingest.plans import MEANING_NAMES, action_text, column_meaning, split_actions
from assistant.ingest.tables import normalise_marking, render_row
from assistant.records import Block, Marking, ParsedFile, PlanTable

# 3, 3a, 3(b), "one"; not "24-hour" (a hyphen then a digit is a range: "Recs 4-5")
_NUM_ID = rf"(?:\d{{1,3}}[a-z]?(?:\s?\([a-z0-9]{{1,4}}\))?|(?i:{'|'.join(NUMBER_WORDS)}))(?!\w|-(?!\d))"
_LETTER_ID = r"[A-Z](?![A-Za-z])"
_REC_HEADING = re.compile(
    r"^\s*(?:\d+(?:\.\d+)*[.)]?\s+)?"  # an outline number before it: "2.1 Recommendation 3"
    r"(?P<ref>(?i:recommendations?|recs?\.?|r(?=\d)|afis?|areas?\s+for\s+improvement|causes?\s+of\s+concern"
    r"|coc|key\s+concerns?|priority\s+concerns?)\s*[-.]?\s*"
    rf"(?:{_NUM_ID}(?:\s*(?:,|and|&|/|-|–|to|\+)\s*{_NUM_ID})*"
    rf"|{_LETTER_ID}(?:\s*(?:,|and|&|/|-|–|to|\+)\s*{_LETTER_ID})*))"
    r"(?P<rest>(?:\s*[:.–—-]|\s*\(|\s*$).*)$",
    re.S,
)
_GENERAL_HEADING = re.compile(
    r"^\s*(?P<ref>(?i:general|gen|whole\s+report|overarching|overall))"
    r"(?P<rest>(?:\s*[:/.–—-]|\s*\(|\s*$).*)$",
    re.S,
)
# A section about the plan as a whole, named without a reference ("Governance and oversight").
_GOVERNANCE_HEADING = re.compile(r"^\s*(?:governance|oversight|scrutiny|assurance|monitoring)\b", re.I)
_LABEL = re.compile(r"^(?P<label>[A-Za-z][A-Za-z /&'()-]{0,40}?)\s*:\s*(?P<value>.*)$", re.S)
# Where a labelled part starts inside a paragraph ("... Management. Force target date: 30 June").
_LABEL_NAMES = (
    r"(?:[Ll]ead|[Oo]wner|[Dd]ue(?:\s+date)?|[Tt]arget\s+date|[Dd]eadline|[Tt]imescale|[Ss]tatus|[Uu]pdate"
    r"|[Pp]rogress|By|RAG|[Mm]arking|[Hh]andling)"
)
# After a sentence, with up to two words before the label ("... Management. Force target date: 30 June");
# elsewhere the label alone ("Owner: Supt Ops Due: 31/03/2027", lines a text file joined).
_INLINE_LABEL = re.compile(
    rf"(?<=[.;])\s+(?=[A-Z])(?=(?:[A-Z][A-Za-z]+\s+){{0,2}}{_LABEL_NAMES}\s*:\s)"
    rf"|(?<=\S)\s+(?=[A-Z])(?={_LABEL_NAMES}\s*:\s)"
)
_SIGN_OFF = re.compile(
    r"^\s*(?:(?:many |with )?thanks|thank you|(?:kind |best |warm )?regards|best wishes|cheers)\s*(?:[,.!]|$)"
    r"(?=.{0,60}$)",
    re.I | re.S,
)
_MARKING_ONLY = re.compile(r"^\W*(OFFICIAL(?:[\s_-]+SENSITIVE)?)\W*$", re.I)
# A paragraph or list item that starts with its marking: "[OFFICIAL-SENSITIVE] ...", "OFFICIAL - ...",
# and the short form offices use, "(OS) ..." or "OS – ..." (never a bare "OS" starting a sentence).
_MARKED = re.compile(
    r"^\s*(?:[\[(]\s*(OFFICIAL[\s_-]+SENSITIVE|OFFICIAL|O-?S)\s*[\])]|(OFFICIAL[\s_-]+SENSITIVE|OFFICIAL)"
    r"|(O-?S)(?=\s*[-–—:]))\s*(?:[-–—:.]\s*)?"
    r"(?:(?:not\s+for\s+(?:publication|release)|do\s+not\s+publish)\s*[.:;–—-]?\s*)?(?P<rest>\S.*)$",
    re.I | re.S,
)
_PLAN_TITLE = re.compile(
    r"action\s+plan|tracker|improvement\s+plan|delivery\s+plan|action\s+log|"
    r"(?:progress|position)\s+against|local\s+position",
    re.I,
)
_LETTER = re.compile(r"^\s*Dear\s|\bYours\s+(?:sincerely|faithfully)\b", re.I | re.M)
# "OFFICIAL (paragraphs marked OFFICIAL-SENSITIVE are not for publication)": the file is OFFICIAL
# and says which parts are not.
_OFFICIAL_UNLESS_MARKED = re.compile(
    r"^\W*OFFICIAL\b(?![\s_-]*SENSITIVE).{0,80}\bmarked\b.{0,40}OFFICIAL[\s_-]+SENSITIVE"
    r"|^\W*OFFICIAL\b(?![\s_-]*SENSITIVE).{0,80}OFFICIAL[\s_-]+SENSITIVE.{0,20}\bwhere\s+marked",
    re.I | re.S,
)
_FIELDS = {"owner", "due", "status", "progress"}
_PLAN_EVIDENCE = {"owner", "due", "progress"}  # a status line alone is also in letters ("Status: under way")


@dataclass
class _Section:
    ref: str
    text: str
    numbered: bool  # "Recommendation 2", not "General"
    heading: Block | None  # kept for the rows' section name; None when the heading was a paragraph
    fields: dict[str, list[str]] = field(default_factory=dict)
    actions: list[str] = field(default_factory=list)
    sensitive: list[str] = field(default_factory=list)  # paragraphs marked OFFICIAL-SENSITIVE alone
    marking: Marking | None = None
    labels: dict[str, str] = field(default_factory=dict)  # label as written -> meaning


def rec_heading(text: str) -> tuple[str, str, bool] | None:
    """(reference, the rest, numbered) if the line is a recommendation's heading."""
    line = text.strip().strip("*_#").strip()
    if len(line) > 300 or "\n" in line:
        return None
    for pattern, numbered in ((_REC_HEADING, True), (_GENERAL_HEADING, False)):
        m = pattern.match(line)
        if m:
            rest = m.group("rest").strip().lstrip(":/.–—-").strip()
            return re.sub(r"\s+", " ", m.group("ref")).strip(" .-"), rest, numbered
    return None


def table_or_letter(blocks: list[Block]) -> bool:
    """Already read as a plan table, or a letter (a header table, "Dear ...", "Yours sincerely"): not a
    plan written some other way."""
    return any(b.kind in ("plan_row", "header_table") for b in blocks) or bool(
        _LETTER.search("\n".join(b.text for b in blocks))
    )


def read_prose_plan(parsed: ParsedFile) -> ParsedFile:
    """The file with each recommendation's section as plan rows, if it is a plan written as prose."""
    blocks = parsed.blocks
    if table_or_letter(blocks):
        return parsed
    out: list[Block | _Section] = []
    sections: list[_Section] = []
    current: _Section | None = None
    mode: str | None = None  # a label heading ("Update") sends what follows to its field
    for block in blocks:
        head = rec_heading(block.text) if block.kind in ("heading", "paragraph") else None
        if head is None and block.kind == "heading" and _GOVERNANCE_HEADING.match(block.text):
            head = ("General", block.text.strip(), False)
        if head and (block.kind == "heading" or head[2] or len(block.text) <= 60):
            ref, rest, numbered = head
            current, mode = _Section(ref=ref, text=rest, numbered=numbered, heading=None), None
            if block.kind == "heading":
                current.heading = block
                current.marking = _heading_marking(rest)
                current.text = _MARKED_TAG.sub("", rest).strip()
            sections.append(current)
            out.append(current)  # replaced by its rows below
            continue
        if current is None or _SIGN_OFF.match(block.text):  # an e-mail's "Thanks, Rhian" ends the plan
            current, mode = None, None
            out.append(block)
            continue
        if block.kind == "heading":
            label = _label_meaning(block.text.rstrip(":"))
            if label and not _LABEL.match(block.text.rstrip(":")):
                mode = label
                current.labels[block.text.strip().rstrip(":")] = label
                continue
            if not _LABEL.match(block.text):
                current, mode = None, None
                out.append(block)
                continue
        _take(current, block.text, mode)
    if not any(s.numbered for s in sections):
        return parsed
    if not (any(set(s.fields) & _PLAN_EVIDENCE for s in sections) or _says_plan(parsed)):
        return parsed
    unmarked = "OFFICIAL" if _official_unless_marked(parsed) else None
    result: list[Block] = []
    for item in out:
        if isinstance(item, _Section):
            if item.heading is not None:
                result.append(item.heading)
            result.extend(_rows(item, unmarked))
        else:
            result.append(item)
    labels: dict[str, str] = {}
    for s in sections:
        labels.update(s.labels)
    table = PlanTable(
        where="headings",
        columns=[("heading", "reference and recommendation"), ("text under it", "action")]
        + [(label, MEANING_NAMES.get(m, "owner, due, status and update")) for label, m in labels.items()],
        rows=sum(b.kind == "plan_row" for b in result),
    )
    return parsed.model_copy(update={"blocks": result, "plan_tables": [*parsed.plan_tables, table]})


_MARKED_TAG = re.compile(r"\s*[\[(]\s*OFFICIAL(?:[\s_-]+SENSITIVE)?\s*[\])]\s*", re.I)


def _heading_marking(rest: str) -> Marking | None:
    m = re.search(r"OFFICIAL(?:[\s_-]+SENSITIVE)?", rest, re.I)
    return normalise_marking(m.group(0)) if m else None


def _label_meaning(label: str) -> str | None:
    if len(label.split()) > 5:
        return None
    found = column_meaning(label)
    return found[0] if found and found[0] in _FIELDS | {"action", "marking", "text"} else None


def _take(section: _Section, text: str, mode: str | None) -> None:
    """One paragraph of a section: a marking, a marked paragraph, labelled parts, or actions."""
    text = text.strip()
    if not text:
        return
    only = _MARKING_ONLY.match(text)
    if only:
        section.marking = _stricter(section.marking, normalise_marking(only.group(1)))
        return
    marked = _MARKED.match(text)
    if marked and normalise_marking(next(g for g in marked.groups()[:3] if g)) == "OFFICIAL-SENSITIVE":
        section.sensitive.append(marked.group("rest").strip())
        return
    if marked:
        text = marked.group("rest").strip()
    if not (section.text or section.actions or section.fields or mode) and _RECOMMENDS.search(text):
        section.text = text  # the recommendation quoted under a bare "Recommendation 2" heading
        return
    if mode is None and _facts(section, text):
        return
    for part in _INLINE_LABEL.split(text):
        m = _LABEL.match(part.strip())
        meaning = _label_meaning(m.group("label")) if m else None
        if m and meaning:
            value = m.group("value").strip().rstrip(".").strip()
            section.labels[m.group("label").strip()] = meaning
            _put(section, meaning, value)
        elif mode:
            _put(section, mode, part.strip())
        else:
            section.actions += split_actions(part.strip(), semicolons=False)


_FACTS_LABEL = "a sentence naming the lead"
_RECOMMENDS = re.compile(r"^(?:\S+\s+){0,24}?(?:should|must)\s", re.I)
_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9£])")
_OWNER_SENTENCES = (
    re.compile(
        r"^(?:the\s+)?(?:lead(?:\s+officer)?|owner|responsible\s+officer)\s+(?:is|will\s+be)\s+(?P<o>.+?)\.?$",
        re.I,
    ),
    re.compile(
        r"^(?P<o>.+?),?\s+(?:leads|owns|is\s+leading|will\s+lead|is\s+responsible\s+for)\s+(?:this|the|it)\b"
    ),
)
_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Sept?|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Oct|Nov|Dec)"
)
_DATE_PHRASE = re.compile(
    rf"\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH}\s+\d{{4}}|(?:end\s+of\s+)?{_MONTH}\s+\d{{4}}"
    r"|\d{1,2}[/.]\d{1,2}[/.]\d{2,4}|Q[1-4]\s+\d{4}(?:/\d{2})?|\bTBC\b|\bTBA\b|\bongoing\b",
    re.I,
)
_DUE_CUE = re.compile(
    r"\b(?:target\s+date|deadline|due|complete(?:d)?\s+by|by)\b(?P<after>.{0,40})", re.I | re.S
)
_STATUS_WORDS = re.compile(
    r"\b(awaiting\s+national\s+action|not\s+(?:yet\s+)?started|in\s+progress|on\s+track|off\s+track"
    r"|at\s+risk|complete|completed|in\s+place|closed|planned|under\s+review|delayed)\b",
    re.I,
)


def _facts(section: _Section, text: str) -> bool:
    """A paragraph in sentences that names who leads the work ("The lead is ...", "X leads this
    work"), with the date and status in words ("due by 31 March 2023", "It is in progress"): the
    owner, due and status go to their fields, the sentences that say none of these to the update."""
    sentences = [s.strip() for s in _SENTENCE.split(text) if s.strip()]
    owner = next((m.group("o") for s in sentences for p in _OWNER_SENTENCES if (m := p.match(s))), None)
    if owner is None or len(owner.split()) > 14:
        return False
    _put(section, "owner", re.sub(r"^the\s+", "", owner.strip().rstrip(","), flags=re.I))
    section.labels.setdefault(_FACTS_LABEL, "facts")
    rest = []
    for sentence in sentences:
        cue = _DUE_CUE.search(sentence)
        date = _DATE_PHRASE.search(cue.group("after")) if cue else None
        status = _STATUS_WORDS.search(sentence)
        if date and "due" not in section.fields:
            _put(section, "due", date.group(0))
        if status and "status" not in section.fields:
            _put(section, "status", status.group(1))
        if not (date or status or any(p.match(sentence) for p in _OWNER_SENTENCES)):
            rest.append(sentence)
    if rest:
        _put(section, "progress", " ".join(rest))
    return True


def _put(section: _Section, meaning: str, value: str) -> None:
    if not value:
        return
    if meaning == "marking":
        section.marking = _stricter(section.marking, normalise_marking(value))
    elif meaning == "action":
        section.actions += split_actions(value, semicolons=False)
    elif meaning == "text":
        section.text = section.text or value
    else:
        section.fields.setdefault(meaning, []).append(value)


def _stricter(a: Marking | None, b: Marking | None) -> Marking | None:
    return "OFFICIAL-SENSITIVE" if "OFFICIAL-SENSITIVE" in (a, b) else (a or b)


def _rows(section: _Section, unmarked: Marking | None) -> list[Block]:
    fields = {k: (" / " if k == "owner" else "; ").join(v) for k, v in section.fields.items()}  # joint owners
    fields.update(ref=section.ref, text=section.text, action=action_text(section.actions))
    fields["marking"] = section.marking or unmarked or ""
    rows = []
    main = render_row(fields)
    if main is not None and (section.actions or set(section.fields) or not section.sensitive):
        rows.append(main)
    if section.sensitive:
        items = [i for p in section.sensitive for i in split_actions(p, semicolons=False)]
        extra = render_row(
            {
                "ref": section.ref,
                "text": section.text,
                "action": action_text(items),
                "marking": "OFFICIAL-SENSITIVE",
            }
        )
        rows += [extra] if extra is not None else []
    return rows


def _says_plan(parsed: ParsedFile) -> bool:
    """Its title names a plan or tracker (a heading or title line at the top, or the declared title)."""
    top = [
        b.text
        for b in parsed.blocks[:3]
        if b.kind == "heading" or (len(b.text) <= 200 and not b.text.rstrip().endswith("."))
    ]
    top += [parsed.declared.get(k, "") for k in ("title", "html_title")]
    return any(_PLAN_TITLE.search(t) for t in top)


def _official_unless_marked(parsed: ParsedFile) -> bool:
    """The file says it is OFFICIAL except the parts marked OFFICIAL-SENSITIVE."""
    stated = [parsed.declared.get(k, "") for k in ("marking", "protective marking", "margin_text")]
    stated += [b.text for b in parsed.blocks[:3]]
    return any(_OFFICIAL_UNLESS_MARKED.search(t) for t in stated if t)
