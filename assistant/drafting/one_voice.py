"""The whole-letter pass (issue 14): each section is written alone, so a model repeats itself across
sections and opens each the same way. After the last section, the model reads the whole letter and
answers with edits to its own sentences only, by id: a new wording, or an empty text to take one out.
Pure functions here read and apply those edits; an edit that would lose a date, figure, name or owner
the letter states nowhere else is refused, and a person's, the template's and the report's sentences are
never edited.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from pydantic import BaseModel, ValidationError

from assistant.drafting.records import Draft, Sentence
from assistant.drafting.structured import cited_ids, json_in, left_out, owners_of
from assistant.drafting.text import citations


class Edit(BaseModel):
    id: str
    text: str = ""  # empty: take the sentence out
    sources: list[str] = []


def numbered(draft: Draft) -> dict[str, tuple[int, Sentence]]:
    """The model's sentences by id, "section.n" counting from 1 ("3.2": the second of section 3)."""
    out: dict[str, tuple[int, Sentence]] = {}
    for index, section in enumerate(draft.sections):
        mine = [s for _, _, s in section.sentences() if s.origin == "model" and s.review != "rejected"]
        for n, sentence in enumerate(mine, 1):
            out[f"{index + 1}.{n}"] = (index, sentence)
    return out


_REMOVE = re.compile(r"^\s*(?:remove|delete|drop|cut|take (?:it )?out)\b", re.I)
_PROSE_EDIT = re.compile(
    r"^\W*\[?(\d+\.\d+)\]?\s*[:\-–]\s*(?:[\"“].*?[\"”]\s*(?:→|->|=>|to)\s*[\"“](?P<new>.*?)[\"”]|(?P<gone>"
    r"remove|delete|take (?:it )?out)\b)",
    re.I | re.M,
)


def parse_edits(text: str) -> list[Edit]:
    """The edits in the model's answer, read tolerantly: {"edits": [...]}, a bare list, edits keyed by
    id, "new_text" for "text", "action": "delete", or lines of prose ("3.2: "old" → "new"", "5.1:
    remove"). A sentence is taken out only when the answer says so (an empty or null text, or a
    removal); an edit that gives no wording and no removal is not read as one."""
    data = json_in(text)
    items = data.get("edits", data.get("changes")) if isinstance(data, dict) else data
    if isinstance(items, dict):  # {"2.3": "new wording", "4.2": ""}
        items = [{"id": k, "text": v} for k, v in items.items()]
    if not isinstance(items, list):
        return [
            Edit(id=m.group(1), text="" if m.group("gone") else m.group("new"))
            for m in _PROSE_EDIT.finditer(text)
        ]
    out = []
    for item in items:
        if not isinstance(item, dict) or "id" not in item:
            continue
        wording = next((item[k] for k in ("text", "new_text", "new", "replacement") if k in item), False)
        if _REMOVE.match(str(item.get("action", ""))) or wording is None:
            wording = ""
        if wording is False or not isinstance(wording, str):
            continue  # neither a wording nor a removal
        clean, inline = citations(wording)
        ids = cited_ids(item)
        try:
            out.append(
                Edit(id=str(item["id"]).strip("[] "), text=" ".join(clean.split()), sources=ids + inline)
            )
        except ValidationError:
            continue
    return out


@dataclass
class Applied:
    """What the pass changed: each section's model sentences after it, by section index, and counts."""

    sections: dict[int, list[Sentence]] = field(default_factory=dict)
    reworded: int = 0
    removed: int = 0
    refused: list[str] = field(default_factory=list)  # why, for the notes and the audit log


def apply_edits(draft: Draft, edits: list[Edit]) -> Applied:
    """The edits that keep every date, figure and name the letter states. A rewording must keep each of
    its sentence's own; a sentence may go only if what it names is said elsewhere in the letter as it
    stands after the other edits. New citations are kept only where the section already cites them."""
    ids = numbered(draft)
    owners = owners_of(draft.sources)
    result = Applied()
    changed: dict[str, Sentence | None] = {}  # None: taken out
    for edit in edits:
        if edit.id not in ids or edit.id in changed:
            continue
        index, old = ids[edit.id]
        clean, inline = citations(edit.text)
        clean = clean.strip(" -*#")
        if not clean:
            changed[edit.id] = None
        elif left_out([old], [Sentence(text=clean, origin="model")], owners):
            result.refused.append(f"{edit.id}: the rewording dropped a date, figure, name or owner")
        elif clean != old.text:
            cited = {c for _, _, s in draft.sections[index].sentences() for c in s.citations}
            wanted = [c.strip("[] ") for c in (*edit.sources, *inline)]
            kept = list(dict.fromkeys(c for c in wanted if c in cited)) or old.citations
            changed[edit.id] = old.model_copy(update={"text": clean, "citations": kept, "support": None})
    sid_of = {id(s): sid for sid, (_, s) in ids.items()}

    def letter(leaving: str) -> list[Sentence]:
        """The letter's sentences with the edits made, and without ``leaving``."""
        out = []
        for section in draft.sections:
            for _, _, s in section.sentences():
                sid = sid_of.get(id(s))
                if sid == leaving or (sid in changed and changed[sid] is None):
                    continue
                out.append(changed.get(sid, s))
        return out

    for sid in [sid for sid, new in changed.items() if new is None]:
        del changed[sid]  # back in while it is weighed against the rest
        if left_out([ids[sid][1]], letter(sid), owners):
            result.refused.append(f"{sid}: taking it out would lose a date, figure or name said nowhere else")
        else:
            changed[sid] = None
    result.removed = sum(new is None for new in changed.values())
    result.reworded = len(changed) - result.removed
    for index in sorted({ids[sid][0] for sid in changed}):
        result.sections[index] = [
            new for sid, (i, old) in ids.items() if i == index and (new := changed.get(sid, old)) is not None
        ]
    return result
