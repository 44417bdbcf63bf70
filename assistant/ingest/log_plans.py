"""Action-plan notes kept as a dated log: "12/08/26 – Custody scrutiny panel – re the first rec ...".

Some offices keep no table and no heading per recommendation, but a running log of dated entries, each
saying in words which recommendation it concerns ("re the second recommendation", "Rec 3", "recs 4-5").
Each dated entry becomes one plan row: its reference is the recommendations the entry names (``General``
when it names none, so that board and budget entries still reach the letter as context), and its text is
the entry, kept as the update with its date. An entry that starts with a marking ("OFFICIAL-SENSITIVE –
27/08/26 – ...") carries it; the others carry the file's own marking, if it states one.

A file is read so only if it has no plan table, is not a letter, has at least ``MIN_ENTRIES`` dated
entries, and at least one of them names a recommendation. Otherwise it is left as it was.
"""

from __future__ import annotations

import re

from assistant.drafting.refs import mentioned_refs
from assistant.ingest.prose_plans import _MONTH, _SENTENCE, table_or_letter
from assistant.ingest.tables import normalise_marking, render_row
from assistant.records import Block, ParsedFile, PlanTable

MIN_ENTRIES = 3
_DATE = rf"\d{{1,2}}[/.]\d{{1,2}}[/.]\d{{2,4}}|\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH}\s+\d{{2,4}}|\d{{4}}-\d{{2}}-\d{{2}}"
_ENTRY = re.compile(
    rf"^\W*(?:(?P<mark>OFFICIAL(?:[\s_-]+SENSITIVE)?)\s*[-–—:]\s*)?(?P<date>{_DATE})\s*(?:[-–—:]|\s)\s*(?P<rest>\S.*)$",
    re.I | re.S,
)
# A marking alone on the file's first line (a text file's lines may have been joined into one paragraph).
_FILE_MARKING = re.compile(r"^\W*(OFFICIAL(?:[\s_-]+SENSITIVE)?)\W*(?:\n|$)", re.I)


def read_dated_log(parsed: ParsedFile) -> ParsedFile:
    """The file with each dated entry as a plan row, if it is a log of that kind."""
    blocks = parsed.blocks
    if table_or_letter(blocks):
        return parsed
    entries = {
        i: m
        for i, b in enumerate(blocks)
        if b.kind in ("paragraph", "list_item") and (m := _ENTRY.match(b.text))
    }
    if len(entries) < MIN_ENTRIES or not any(mentioned_refs(m.group("rest")) for m in entries.values()):
        return parsed
    unmarked = _file_marking(parsed)
    result: list[Block] = []
    for i, block in enumerate(blocks):
        m = entries.get(i)
        if m is None:
            result.append(block)
            continue
        mark = normalise_marking(m.group("mark") or "") or unmarked
        for refs, text in entry_parts(m.group("rest")):
            row = render_row(
                {
                    "ref": ", ".join(sorted(refs)) if refs else "General",
                    "progress": f"{m.group('date')}: {text}",
                    "marking": mark or "",
                }
            )
            if row is not None:
                result.append(row)
    table = PlanTable(
        where="dated entries",
        columns=[("the date at the start", "update date"), ("the recommendations it names", "reference")],
        rows=sum(b.kind == "plan_row" for b in result),
    )
    return parsed.model_copy(update={"blocks": result, "plan_tables": [*parsed.plan_tables, table]})


# The words that only say which recommendation an entry is about: "re the first rec (observations): ".
_ABOUT = re.compile(
    r"(?:\b(?:re|regarding|on|for)\s+)?(?:the\s+)?\b\w+\s+(?:rec(?:ommendation)?s?|one)\b\s*(?:\([^)]{0,60}\))?\s*[:–—-]\s*",
    re.I,
)


def entry_parts(text: str) -> list[tuple[set[str], str]]:
    """One entry split where it turns to another recommendation ("... Re the third one - also signed
    off"): each part with the recommendations it names, a sentence naming none going with the part
    before it. The words that only name the recommendation are dropped."""
    parts: list[tuple[set[str], list[str]]] = []
    for sentence in _SENTENCE.split(text.strip()):
        for piece in re.split(
            r"\s+[–—-]\s+(?=(?:re|regarding)\s+the\b)|(?<=[.;])\s+(?=re\s+the\b)", sentence, flags=re.I
        ):
            refs = mentioned_refs(piece)
            if refs and (m := _ABOUT.match(piece)):
                piece = piece[m.end() :]
            if refs and (not parts or refs != parts[-1][0]):
                parts.append((refs, [piece]))
            elif parts:
                parts[-1][1].append(piece)
            else:
                parts.append((set(), [piece]))
    # "Custody scrutiny panel – re the first rec: ...": a short lead naming the forum goes with what follows.
    if len(parts) > 1 and not parts[0][0] and len(" ".join(parts[0][1]).split()) <= 6:
        lead = " ".join(parts[0][1]).rstrip(" .:–—-")
        parts[1][1][0] = f"{lead} – {parts[1][1][0]}"
        parts = parts[1:]
    out = [(refs, " ".join(pieces).strip()) for refs, pieces in parts]
    return [(refs, body) for refs, body in out if body]


def _file_marking(parsed: ParsedFile) -> str | None:
    """The marking the file states for itself: a declared one, or a line holding only a marking at its top."""
    for key in ("marking", "protective marking"):
        if value := normalise_marking(parsed.declared.get(key, "")):
            return value
    for block in parsed.blocks[:2]:
        if m := _FILE_MARKING.match(block.text):
            return normalise_marking(m.group(1))
    return None
