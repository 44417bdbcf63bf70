"""The model's answer for a section, read as data: JSON sentences each carrying its source ids, read
tolerantly (a code fence, prose around the object, a bare list, "citations" for "sources"), and the
facts it left out, found by their dates, figures and names. Pure functions, each tested against the
failure it exists for (tests/test_structured.py)."""

from __future__ import annotations

import json
import re

from pydantic import BaseModel, Field, ValidationError

from assistant.drafting.records import Draft, Paragraph, Sentence
from assistant.drafting.text import citations
from assistant.drafting.verify import specific_keys


class DraftedSentence(BaseModel):
    text: str
    sources: list[str] = Field(default_factory=list)


class DraftedSection(BaseModel):
    """What the model is asked to return for a section (the schema given in the prompt)."""

    sentences: list[DraftedSentence]
    decision: str | None = None  # for a recommendation to the commissioner: 'accept', 'partly', 'not'


_FENCE = re.compile(r"```(?:json)?\s*(.*?)(?:```|$)", re.S)
_THINKING = re.compile(r"<think>.*?(?:</think>|$)", re.S | re.I)


def read_json(text: str) -> tuple[object | None, bool]:
    """The JSON object or list in a model's answer, and whether it had to be mended. Reasoning in
    <think> tags is not the answer; of several objects (a model that corrects itself), the last; JSON
    with comments, trailing commas, Python's quotes or cut short is mended by json-repair. Only what
    opens like JSON is read ("[S2]" in a plain sentence is a citation, not a list)."""
    text = _THINKING.sub("", text)
    fenced = _FENCE.findall(text)
    body = fenced[-1] if fenced else text
    decoder = json.JSONDecoder()
    found: list = []
    for opening in _OPENS_JSON.finditer(body):
        start = opening.start()
        if found and start < found[-1][1]:
            continue  # inside what was read already
        try:
            value, end = decoder.raw_decode(body, start)
        except json.JSONDecodeError:
            from json_repair import repair_json

            mended = repair_json(body[start:], return_objects=True)
            if isinstance(mended, dict | list) and mended:
                found.append((mended, len(body), True))
            break  # the mending read to the end
        if isinstance(value, dict | list) and value:
            found.append((value, end, False))
    if not found:
        return None, False
    value, _, mended = found[-1]
    return value, mended


_OPENS_JSON = re.compile(r"\{\s*(?:[\"'}]|//)|\[\s*[{\"'\]]")


def json_in(text: str):
    """The JSON object or list in the text (see ``read_json``), or None."""
    return read_json(text)[0]


def source_ids(value) -> list[str]:
    """Source ids however a model gives them: a list, "S2, S3", "[S2]", or a bare number for S2."""
    items = value if isinstance(value, list) else [value] if value not in (None, "") else []
    out = []
    for item in items:
        if isinstance(item, int) and not isinstance(item, bool):
            out.append(f"S{item}")
        else:
            out += [i.upper() for i in re.findall(r"\b[Ss]\d+\b", str(item))]
    return out


_SOURCES_KEY = re.compile(r"(sources?|citations?)(ids?)?")


def cited_ids(item: dict) -> list[str]:
    """The source ids a sentence or edit gives, under whatever key a model spells for them ("sources",
    "source", "sourceId", "source_ids", "citations"; SmolLM2 wrote "sourceId" when the shape was
    described to it)."""
    return [
        sid
        for key, value in item.items()
        if _SOURCES_KEY.fullmatch(re.sub(r"[^a-z]", "", str(key).lower()))
        for sid in source_ids(value)
    ]


def _as_section(data) -> DraftedSection | None:
    if isinstance(data, list):
        data = {"sentences": data}
    if not isinstance(data, dict):
        return None
    items = data.get("sentences") or data.get("paragraph") or data.get("text")
    if isinstance(items, str):
        items = [items]
    if not isinstance(items, list):
        return None
    sentences = []
    for item in items:
        if isinstance(item, str):
            item = {"text": item}
        if not isinstance(item, dict):
            continue
        words = item.get("text", item.get("sentence", ""))
        sentences.append({"text": " ".join(str(words or "").split()), "sources": cited_ids(item)})
    try:
        return DraftedSection.model_validate({"sentences": sentences})
    except ValidationError:
        return None


def parse_section(text: str, known: set[str]) -> list[Sentence] | None:
    """The model's sentences, each citing only sources this section was given (ids written inline as
    [S2] count too, and are taken out of the text); None when the answer is not JSON of that shape."""
    data, mended = read_json(text)
    drafted = _as_section(data)
    if drafted is None:
        return None
    items = drafted.sentences
    if mended and items and not re.search(r"[.!?][\"'”’)]*$", items[-1].text.strip()):
        items = items[:-1]  # an answer cut short ends in half a sentence, which is not the model's meaning
    out = []
    for item in items:
        clean, inline = citations(item.text)
        clean = clean.strip(" -*#")
        ids = [i.strip("[] ") for i in (*item.sources, *inline)]
        if len(clean) >= 3:
            cited = list(dict.fromkeys(i for i in ids if i in known))
            out.append(Sentence(text=clean, origin="model", citations=cited))
    return out


def answered_decision(text: str) -> str | None:
    """The commissioner's decision the answer gives in its "decision" field: 'accept', 'partly' or
    'not', read from the ways a model words it ("accepted", "accept in part", "rejected"); None when it
    gives none (null, absent, or an answer that is not JSON)."""
    data = json_in(text)
    value = data.get("decision") if isinstance(data, dict) else None
    if not isinstance(value, str) or not value.strip() or value.strip().lower() in ("null", "none"):
        return None
    value = value.lower()
    if re.search(r"\bnot applicable\b|\bn/a\b", value):
        return None
    if "part" in value:
        return "partly"
    if re.search(r"\bnot\b|n't\b|\breject|\bdeclin", value):
        return "not"
    return "accept" if re.search(r"\baccept|\bagree", value) else None


def _plain(text: str) -> str:
    return " ".join(re.findall(r"[a-z0-9]+", text.lower()))


def is_echo(text: str, examples: tuple[str, ...]) -> bool:
    """Whether a model's sentence is the prompt's example answer handed back ("One sentence of the
    letter.", as a 135M model answered here): the example is the prompt's, not a sentence to publish."""
    return bool(text.strip()) and _plain(text) in {_plain(e) for e in examples}


def not_echoed(written: list[Sentence], examples: tuple[str, ...]) -> list[Sentence]:
    """The model's sentences less any that is the prompt's example (``is_echo``)."""
    return [s for s in written if not is_echo(s.text, examples)]


def owner_named(fact: str, owner: str) -> str | None:
    """The words of an action's owner as the fact gives them: the longest run of the owner's words found
    in the fact, with a capitalised word in it ("OPCC Chief Executive" as "my Chief Executive" gives
    "chief executive"; "Custody Inspector, Harnmouth Central" as "the inspector at Harnmouth Central"
    gives "harnmouth central"); None when the fact does not name them."""
    words = re.findall(r"[\w'-]+", owner)
    text = " ".join(re.findall(r"[\w'-]+", fact)).lower()
    for size in range(len(words), 0, -1):
        for start in range(len(words) - size + 1):
            run = words[start : start + size]
            if any(w[0].isupper() and len(w) > 2 and not w.isupper() for w in run):
                phrase = " ".join(run).lower()
                if re.search(rf"\b{re.escape(phrase)}\b", text):
                    return phrase
    return None


def left_out(
    facts: list[Sentence], written: list[Sentence], owners: dict[str, str] | None = None
) -> list[Sentence]:
    """The facts whose dates, figures, named boards or owners the written sentences do not all give: a
    model's summary may reword a fact, never drop who does it, by when, or its number. ``owners``: the
    owner of each cited action-plan row, by source id. A fact with none of these is a matter of
    wording, and never counted as left out."""
    said = set().union(*(specific_keys(s.text) for s in written)) if written else set()
    words = " ".join(re.findall(r"[\w'-]+", " ".join(s.text for s in written))).lower()
    out = []
    for fact in facts:
        keys = specific_keys(fact.text)
        named = [
            phrase
            for sid in fact.citations
            if (owner := (owners or {}).get(sid)) and (phrase := owner_named(fact.text, owner))
        ]
        dropped = not keys <= said or any(not re.search(rf"\b{re.escape(p)}\b", words) for p in named)
        if (keys or named) and dropped:
            out.append(fact)
    return out


def owners_of(sources) -> dict[str, str]:
    """The owner of each action-plan row among the sources, by source id (for ``left_out``)."""
    return {s.sid: s.fields["owner"] for s in sources if s.kind == "action_plan" and s.fields.get("owner")}


def runs(paragraphs: list[Paragraph]) -> list[list[Paragraph]]:
    """A section's paragraphs in runs, each opening at a quotation of the report and holding what
    follows it: one run for a recommendation, one per area for improvement after the run that frames
    them, one for a section that quotes nothing. Quotations in a row (a recommendation in several
    paragraphs) stay in one run."""
    out: list[list[Paragraph]] = [[]]
    for paragraph in paragraphs:
        if paragraph.style == "quote" and any(p.style != "quote" for p in out[-1]):
            out.append([])
        out[-1].append(paragraph)
    return [run for run in out if run]


def as_paragraphs(sentences: list[Sentence]) -> list[Paragraph]:
    return [Paragraph(sentences=sentences)] if sentences else []


def with_model_sentences(
    paragraphs: list[Paragraph], new: list[Sentence], replaced: tuple[str, ...] = ("model",)
) -> list[Paragraph]:
    """The section with its sentences of the ``replaced`` origins (the model's; for a revision, also the
    office's phrasing it rewrites) replaced by ``new``, which stand where the first of them stood; every
    other sentence (the quoted recommendation, a fact kept in the template's words, a gap for staff, a
    person's own words) stays where it is. A paragraph left empty is dropped. With nothing to replace,
    the new sentences are not placed: the caller decides where they go."""
    out: list[Paragraph] = []
    placed = False
    for paragraph in paragraphs:
        sentences: list[Sentence] = []
        for sentence in paragraph.sentences:
            if sentence.origin not in replaced:
                sentences.append(sentence)
            elif not placed:
                sentences += new
                placed = True
        if sentences:
            out.append(paragraph.model_copy(update={"sentences": sentences}))
    return out


# What a model can put right in its own sentences: the rest (a missing Chief Constable's comment, a gap
# for staff, a count) is for a person.
REPAIRABLE = frozenset(
    {
        "unsupported",
        "invented_specific",
        "chief_constable",
        "status_contradiction",
        "borrowed_text",
        "injected_text",
        "repeated",
    }
)


def repairable(draft: Draft) -> dict[int, list[tuple[Sentence, str]]]:
    """By section: the model's sentences that carry an open error flag a model can put right, each
    with the flag's message (one sentence may have several)."""
    out: dict[int, list[tuple[Sentence, str]]] = {}
    for flag in draft.flags:
        if flag.resolved or flag.severity != "error" or flag.kind not in REPAIRABLE or flag.section is None:
            continue
        try:
            sentence = draft.sections[flag.section].paragraphs[flag.paragraph].sentences[flag.sentence]
        except (IndexError, TypeError):
            continue
        if sentence.origin == "model":
            out.setdefault(flag.section, []).append((sentence, flag.message))
    return out


_FENCE_START = re.compile(r"`{0,3}(?:j(?:s(?:o(?:n)?)?)?)?\s*")


class VisibleText:
    """What a person should see of a JSON answer while it streams: the sentences' text, as it arrives,
    never the braces, keys and source lists. ``feed`` takes a piece of the answer and returns the
    visible part of it; an answer that is not JSON is passed through as it comes."""

    _KEY = re.compile(r'"text"\s*:\s*"$')

    def __init__(self) -> None:
        self._seen = ""
        self._inside = False
        self._escape = False
        self._json: bool | None = None  # decided by what opens the answer, after any code fence
        self._head = ""

    def feed(self, piece: str) -> str:
        out: list[str] = []
        for ch in piece:
            if self._json is None:
                self._head += ch
                opening = self._head.lstrip()
                if _FENCE_START.fullmatch(opening):
                    continue  # still only a fence: wait
                self._json = bool(re.match(r"(?:```(?:json)?\s*)?[\[{]", opening))
                if not self._json:
                    out.append(self._head)
                    continue
                ch = self._head  # what opened it, read below for the first key
            if self._json is False:
                out.append(ch)
                continue
            if self._inside:
                if self._escape:
                    out.append({"n": " ", "t": " "}.get(ch, ch))
                    self._escape = False
                elif ch == "\\":
                    self._escape = True
                elif ch == '"':
                    self._inside = False
                    out.append(" ")
                else:
                    out.append(ch)
                continue
            self._seen = (self._seen + ch)[-80:]
            if self._KEY.search(self._seen):
                self._inside, self._seen = True, ""
        return "".join(out)
