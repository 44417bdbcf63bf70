"""The report's asks found in its paragraphs: recommendations, causes of concern and areas for
improvement, each with the id the report gives it, its whole text and where it first appears.

An ask is recognised by meaning, in any of the forms reports use (FILES-IN-THE-WILD.md):
- a label and its text in one paragraph ("Recommendation 3a: ...", "Area for improvement 2: ...",
  "C(ii) We recommend ...", "A — We recommend ...", "R4. ...");
- a label on its own line (a bold "Recommendation 4", a heading "Cause of concern 1: Responding to the
  public") with the text in the paragraph(s) below, sub-points "(a) ... (b) ..." included;
- an item of a numbered list (automatic or typed) under a heading or after a sentence that says what
  the list is ("We make the following recommendations."), or a bullet under "Areas for improvement";
- a row of a table whose header names a recommendation column.
The same ask repeated (an annex summary, a revisit letter quoting it) is kept once, where its full
text first appears; an unnumbered one takes the number its summary gives it. Recommendations of
earlier reports (an appendix of progress, "our 2019 report recommended") are not this report's."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Literal

from assistant.intake.paras import LABEL_ONLY, Para, clean

AskKind = Literal["recommendation", "area", "concern"]

_ID = (
    r"(?-i:\d{1,2}(?:\.\d{1,2})?[a-z]?(?:\s?\((?:[a-z]|[ivx]{1,4})\))?|[A-Z]\d{0,2}(?:\s?\((?:[a-z]|[ivx]{1,4})\))?"
    r"|\((?:[ivx]{1,5}|[a-z])\)|[ivx]{1,5})(?![\w])"
)
_KIND_WORDS = (
    ("recommendation", r"recommendations?|recs?\.?"),
    ("area", r"areas? for improvement|afis?"),
    ("concern", r"causes? of concern|key concerns?|priority concerns?|cocs?"),
)
_LABEL = re.compile(
    rf"^(?P<word>{'|'.join(w for _, w in _KIND_WORDS)})(?![a-z])\s*(?P<id>{_ID})?\s*(?P<sep>[:.–—-]|\s)?\s*",
    re.I,
)
_R_LABEL = re.compile(r"^R(?P<id>\d{1,2}[a-z]?)\s*[:.–—-]?\s+(?=[A-Z])")  # "R4. The force should"
# "Chief constables should:", "The Ministry of Justice and the Home Office should jointly:" over a list
_GROUP = re.compile(r"^(?P<who>[A-Z][^.:;]{2,150}?)\s+should(?:\s+jointly|\s+together)?\s*:$")
_AUDIENCE = re.compile(r"^(?:[–—-]\s*)?(?:for|to)\s+(?P<who>(?:the\s+)?[^.;:]{3,120})$", re.I)
_COC_REC = re.compile(
    rf"^(?:cause of concern|coc)\s*(?P<coc>{_ID})\s*[–—:,-]\s*(?:recommendation|rec)\s*(?P<id>{_ID})\s*[:.–—-]?\s*",
    re.I,
)
_BARE_ID = re.compile(rf"^\(?(?P<id>{_ID})\)?\s*(?:[:.)–—-]\s*|\s+(?=[A-Z]))(?=\S)")
_ASKING = re.compile(r"\b(?:should|recommend|must|is to|are to|needs? to)\b", re.I)
_SUBPOINT = re.compile(r"^\(?(?:[a-z]|[ivx]{1,4})\)\s")
_EARLIER = re.compile(
    r"\b(?:progress (?:on|against) (?:the )?recommendations|progress since|previous (?:report|inspection)"
    r"|last (?:report|inspection)|our (?:19|20)\d\d (?:report|inspection)"
    r"|recommendations? (?:made )?in (?:our |the )?(?:19|20)\d\d|(?:19|20)\d\d recommendations?)\b",
    re.I,
)
_EARLIER_LABEL = re.compile(
    r"^\(?(?:19|20)\d\d\)?\s*[:.–—-]|^(?:of|from|in)\s+(?:our|the)\s+(?:19|20)\d\d\b", re.I
)
_WE_RECOMMEND = re.compile(r"^(?:We|I) recommend that\b")
_INTRO = re.compile(r"(?:following|these|below|as follows|are:|is:)\s*[.:]?$", re.I)


def kind_of(words: str) -> AskKind | None:
    words = words.lower()
    for kind, pattern in _KIND_WORDS:
        if re.fullmatch(pattern, words, re.I):
            return kind
    return None


def heading_kind(text: str) -> AskKind | None:
    """What a heading announces: 'Areas for improvement' -> area; 'Summary of recommendations' ->
    recommendation; 'Cause of concern 2: ...' -> concern. A heading naming several is the first."""
    lowered = text.lower()
    hits = [
        (m.start(), kind)
        for kind, pattern in _KIND_WORDS
        for m in [re.search(rf"\b(?:{pattern})\b", lowered)]
        if m
    ]
    return min(hits)[1] if hits else None


def norm_id(raw: str) -> str:
    """The id as the report prints it, tidied: '3 (a)' -> '3(a)'; '1.' -> '1'."""
    return re.sub(r"\s+", "", raw or "").strip(".:")


def text_key(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "", text.lower())


@dataclass
class Ask:
    kind: AskKind
    id: str
    text: str
    page: int = 0
    section: str = ""
    how: str = ""
    concern: str | None = None  # the cause of concern a recommendation answers
    sure: bool = True
    notes: list[str] = field(default_factory=list)
    owner: str = ""  # a table's owner or 'addressed to' cell
    due: str = ""  # a table's timescale or deadline cell

    @property
    def where(self) -> str:
        return f"page {self.page}" if self.page else self.section


@dataclass
class _State:
    context: AskKind | None = None  # what the heading or an introducing sentence says comes next
    context_level: int = 0
    concern: str | None = None
    concern_level: int = 0
    earlier: bool = False  # inside a part about an earlier report's recommendations
    earlier_level: int = 0
    counter: dict[str, int] = field(default_factory=dict)
    group: str = ""  # "Chief constables should:" over the recommendations that follow, each a verb phrase
    audience: str = ""  # "Recommendation 3 – for the Home Office": for the next ask only
    concern_open: bool = False  # the last ask read was a cause of concern (its recommendations may follow)


def find_asks(paras: list[Para]) -> list[Ask]:
    found: list[Ask] = []
    st = _State()
    i = 0
    while i < len(paras):
        para = paras[i]
        if para.kind == "quote" or (para.kind == "note" and not LABEL_ONLY.match(para.text)):
            i += 1  # a quotation (an earlier report's words), a footnote; a label in small type is read
            continue
        if para.kind == "heading":
            label = None if st.earlier else _heading_label(para)
            _heading(para, st, labelled=label is not None)
            if label is not None and not st.earlier:
                kind, ask_id, _rest, how = label
                i = _text_below(kind, ask_id, para, paras, i + 1, st, found, how, para.level or 3)
            else:
                i += 1
            continue
        if st.earlier:
            i += 1
            continue
        if para.kind == "row":
            i = _table(paras, i, st, found)
            continue
        if m := _GROUP.match(para.text):
            st.group = m.group("who")
            i += 1
            continue
        label = _label(para, st)
        if label is not None:
            kind, ask_id, rest, how = label
            if kind == "concern" and not ask_id:
                ask_id = "1" if "concern" not in st.counter else str(st.counter["concern"] + 1)
            if rest and len(rest) > 25:
                text, i = _with_subpoints(rest, paras, i + 1)
                found.append(_ask(kind, ask_id, text, para, st, how))
            else:
                i = _text_below(kind, ask_id, para, paras, i + 1, st, found, how)
            continue
        if st.context is not None and _listed(para):
            kind = st.context
            if kind == "concern" and st.concern is not None and _ASKING.search(para.text):
                kind = "recommendation"  # the recommendations listed under their cause of concern
            ask_id, text = _list_id(para, kind, st)
            if text and (kind == "concern" or _ASKING.search(text)):
                text, i = _with_subpoints(text, paras, i + 1)
                how = "numbered list" if ask_id else "unnumbered list"
                found.append(_ask(kind, ask_id, text, para, st, how, sure=bool(ask_id)))
                continue
        if (
            para.kind == "para"
            and st.context in ("recommendation", "area")
            and st.context_level >= 3
            and _asks_of_someone(para.text)
        ):  # a box "Recommendations" (a sub-heading) over paragraphs, each an ask: unnumbered here
            text, i = _with_subpoints(para.text, paras, i + 1)
            found.append(
                _ask(st.context, "", text, para, st, f"a paragraph under “{para.section}”", sure=False)
            )
            continue
        if para.kind == "para" and _WE_RECOMMEND.match(
            para.text
        ):  # "We recommend that, by ..., the force ..."
            text, i = _with_subpoints(para.text, paras, i + 1)
            ask = _ask(
                "recommendation", "", text, para, st, "a paragraph that says “we recommend”", sure=False
            )
            ask.notes.append("no label in the report")
            found.append(ask)
            continue
        if _INTRO.search(para.text) and (kind := heading_kind(para.text)) is not None:
            st.context, st.context_level = kind, 99  # "We make the following recommendations."
        i += 1
    return _merged(found)


_WHO_SHOULD = re.compile(
    r"^(?:(?:by|before|within)\b[^,]{3,40},\s*)?(?:the\s+|all\s+)?[A-Z\w][\w'’ ,&-]{1,120}?\s+should\b"
)


def _asks_of_someone(text: str) -> bool:
    """A paragraph whose first sentence says who should act ('By 30 September 2026, Fenmoor Police
    should ...', 'The force should ...'), not findings prose that mentions what should happen."""
    first = re.split(r"(?<=[.!?])\s+(?=[A-Z])", text, maxsplit=1)[0]
    return bool(_WHO_SHOULD.match(first))


def _heading(para: Para, st: _State, labelled: bool = False) -> None:
    """A heading ends a group ("Chief constables should:"), unless it is one of the group's labels
    ("<h3>Recommendation 1</h3>" under it)."""
    level = para.level or 3
    if not labelled:
        st.group = ""
    under_concern = (  # "Cause of concern" then "Recommendations", both Heading 3: the concern's own
        st.concern_open and level == st.concern_level and heading_kind(para.text) == "recommendation"
    )
    if st.concern is not None and level <= st.concern_level and not under_concern:
        st.concern = None
    if st.earlier and level <= st.earlier_level:
        st.earlier = False
    if _EARLIER.search(para.text):
        st.earlier, st.earlier_level = True, level
        return
    kind = heading_kind(para.text)
    if kind is not None:
        st.context, st.context_level = kind, level
    elif st.context is not None and level <= st.context_level:
        st.context = None


_QUALIFIED = re.compile(r"^(?:revised|new|updated|further|remaining|accelerated)\s+(?=[a-z])", re.I)


def _heading_label(para: Para) -> tuple[AskKind, str, str, str] | None:
    """A heading that is an ask's label, its text below: 'Recommendation 1', 'Cause of concern 1:
    Responding to the public', 'Cause of concern' (the report's only one). 'Recommendations' and
    'Areas for improvement' head lists instead."""
    text = _QUALIFIED.sub("", para.text)  # "Revised cause of concern", "New recommendation"
    text = text[:1].upper() + text[1:]
    m = _LABEL.match(text)
    if not m or not para.text[:1].isupper() or (kind := kind_of(m.group("word"))) is None:
        return None
    ask_id = norm_id(m.group("id") or "")
    plural = re.match(
        r"(?:recommendations|areas|causes|key concerns|priority concerns|afis|cocs)\b", m.group("word"), re.I
    )
    if plural:
        return None
    if not ask_id and kind != "concern" and text.strip(" :") != m.group("word"):
        return None  # "Recommendation on data": a title; a bare "Recommendation" heads one, unnumbered
    rest = text[m.end() :].strip()
    return kind, ask_id, rest, f"heading “{para.text[:60]}”"


def _label(para: Para, st: _State) -> tuple[AskKind, str, str, str] | None:
    """A paragraph that opens with an ask's label: its kind, id, the text after it and how it was told."""
    text = para.text
    if m := _COC_REC.match(
        text
    ):  # "Cause of concern 1 – recommendation 2": recommendation 2, under concern 1
        st.concern, st.concern_level = norm_id(m.group("coc")), 99
        rest = text[m.end() :].strip()
        return (
            "recommendation",
            norm_id(m.group("id")),
            rest,
            f"label “{clean(text[: m.end()]).rstrip(':.–—- ')}”",
        )
    m = _LABEL.match(text)
    if m and text[:1].isupper() and (kind := kind_of(m.group("word"))) is not None:
        ask_id = norm_id(m.group("id") or "")
        rest = text[m.end() :].strip()
        if _EARLIER_LABEL.match(rest):
            return None  # "Recommendation 4 (2020): ..." quotes an earlier report
        if (aimed := _AUDIENCE.match(rest)) and not _ASKING.search(rest):
            st.audience, rest = aimed.group("who"), ""  # its text follows, below the label
        if kind == "recommendation" and m.group("word").lower().startswith("recommendations") and not ask_id:
            return None  # "Recommendations are listed below": prose, not a label
        plain = rest and not (para.lead or para.bold) and m.group("sep") not in (":", "–", "—")
        if plain and (not ask_id or rest[:1].islower()):
            return None  # "Recommendation made in 2019 ...", "Recommendation 2 is intended to ...": prose
        if rest and not ask_id and kind != "concern" and _ASKING.search(rest) is None:
            return None
        return kind, ask_id, rest, f"label “{clean(text[: m.end()]).rstrip(':.–—- ')}”"
    if m := _R_LABEL.match(text):  # the R kept: "R1a", as the report prints it
        return "recommendation", f"R{m.group('id')}", text[m.end() :].strip(), f"label “R{m.group('id')}”"
    if (para.lead or para.bold) and st.context is not None and (m := _BARE_ID.match(text)):
        lead_id = norm_id(m.group("id"))
        if para.lead and text_key(para.lead).startswith(text_key(lead_id)) and len(text_key(para.lead)) <= 8:
            return (
                st.context,
                lead_id,
                text[m.end() :].strip(),
                f"bold label “{lead_id}” under “{para.section}”",
            )
    return None


def _bare_label(para: Para) -> str:
    """The id a paragraph opens with in bold and nothing else: 'C(i) We recommend ...' -> 'C(i)'."""
    m = _BARE_ID.match(para.text)
    if m and para.lead and text_key(para.lead) == text_key(m.group("id")):
        return norm_id(m.group("id"))
    return ""


_ID_HEADER = re.compile(
    r"^(?:no\.?|number|ref(?:erence)?\.?|#|id|rec(?:ommendation)?\s*(?:no\.?|number|ref)|afi\s*no\.?)$", re.I
)
_TEXT_HEADER = re.compile(r"recommendation|area for improvement|cause of concern|finding|concern", re.I)
_OWNER_HEADER = re.compile(r"\b(?:owner|addressed to|for|who|lead|responsible|addressee)\b", re.I)
_DUE_HEADER = re.compile(r"\b(?:timescale|deadline|by when|due|when|date|timeframe)\b", re.I)


def _column(header: list[str], pattern: re.Pattern, skip: set[int]) -> int | None:
    return next((k for k, c in enumerate(header) if k not in skip and pattern.search(c.strip())), None)


def _ask_row(cells: list[str]) -> bool:
    """A table row that is itself an ask: an id or label, then the ask's text."""
    if len(cells) < 2 or len(cells[1]) < 40:
        return False
    first = cells[0].strip()
    label = _LABEL.match(first)
    if label and label.group("id") and label.end() == len(first):
        return bool(_ASKING.search(cells[1])) or kind_of(label.group("word")) == "concern"
    return bool(re.fullmatch(rf"\(?{_ID}\)?[.:]?", first)) and bool(_ASKING.search(cells[1]))


def _cell(cells: list[str], k: int | None) -> str:
    return cells[k] if k is not None and k < len(cells) else ""


# Labelled asks run together in one cell: "Recommendation 1 The force ... Recommendation 2 Kelder ...".
_NEXT_IN_CELL = re.compile(rf"(?<=[.;])\s+(?=(?:Recommendation|Area for improvement)\s+{_ID}[.:]?\s+[A-Z])")


def _concern_table(paras: list[Para], i: int, st: _State, found: list[Ask]) -> int | None:
    """A table of causes of concern beside their recommendations ('Cause of concern | Recommendations'):
    each row is one concern, and its recommendations cell may hold several, each with its label."""
    header = paras[i].cells
    kinds = [heading_kind(c) for c in header]
    if len(header) != 2 or kinds != ["concern", "recommendation"]:
        return None
    before, j = st.concern, i + 1
    while j < len(paras) and paras[j].kind == "row":
        cells = paras[j].cells
        if cells == header or len(cells) < 2:
            j += 1
            continue
        concern, label = cells[0], _LABEL.match(cells[0])
        ask_id = ""
        if label and kind_of(label.group("word")) == "concern":
            ask_id, concern = norm_id(label.group("id") or ""), concern[label.end() :].lstrip(" :.–-")
        if len(concern) > 25:
            found.append(_ask("concern", ask_id, concern, paras[j], st, "table “Cause of concern” column"))
        for part in _NEXT_IN_CELL.split(cells[1]):
            m = _LABEL.match(part)
            rec_id, text = (
                (norm_id(m.group("id") or ""), part[m.end() :].lstrip(" :.–-")) if m else ("", part)
            )
            if len(text) > 25 and _ASKING.search(text):
                ask = _ask("recommendation", rec_id, text, paras[j], st, "table “Recommendations” column")
                found.append(ask)
        j += 1
    st.concern = before
    return j


def _table(paras: list[Para], i: int, st: _State, found: list[Ask]) -> int:
    """A table of asks: a header row naming a recommendation (or area, or concern) column, and an id
    column where there is one ('No.', 'Ref'); each row below is one ask, its owner and timescale
    cells kept for when the text does not say. Other tables are passed over."""
    if (end := _concern_table(paras, i, st, found)) is not None:
        return end
    header = paras[i].cells
    j = i + 1
    if _ask_row(header):  # no header row: each row is 'Recommendation 1 | text' or '5 | text'
        header, j = ["", st.context or "recommendation"], i
        id_col, text_col = 0, 1
    else:
        id_col = _column(header, _ID_HEADER, set())
        text_col = _column(header, _TEXT_HEADER, {id_col} if id_col is not None else set())
    if text_col is None or _EARLIER.search(" ".join(header)) or st.earlier:
        while j < len(paras) and paras[j].kind == "row":
            j += 1
        return j
    owner_col = _column(header, _OWNER_HEADER, {id_col, text_col})
    due_col = _column(header, _DUE_HEADER, {id_col, text_col, owner_col})
    table_kind = heading_kind(header[text_col]) or "recommendation"
    # A summary table repeating what the report said before: its concern row does not put the rows below
    # it under that concern (the report said where each belongs when it first gave it).
    before, seen, start = st.concern, {text_key(a.text) for a in found}, len(found)
    while j < len(paras) and paras[j].kind == "row":
        cells = paras[j].cells
        if paras[j].cells == header:  # the header repeated on the next page
            j += 1
            continue
        text, raw_id, kind = _cell(cells, text_col), _cell(cells, id_col), table_kind
        if (m := _LABEL.match(raw_id)) and (named := kind_of(m.group("word"))):
            kind, raw_id = named, m.group("id") or ""  # "Area for improvement 1" in the id column
        elif (m := _LABEL.match(text)) and m.group("id") and not raw_id:
            kind, raw_id, text = kind_of(m.group("word")) or kind, m.group("id"), text[m.end() :]
        if len(text) > 25 and (raw_id or _ASKING.search(text) or kind == "concern"):
            how = (
                f"table “{header[text_col]}” column"
                + (f", id from “{header[id_col]}”" if id_col is not None else "")
                if header[0] or text_col
                else "a row of a table of recommendations"
            )
            ask = _ask(kind, norm_id(raw_id), text, paras[j], st, how, sure=bool(raw_id))
            ask.owner, ask.due = _cell(cells, owner_col), _cell(cells, due_col)
            if kind == "recommendation" and text_key(text) in seen:
                ask.concern = before  # a summary's repeat: the concern row above it is no evidence
            found.append(ask)
        j += 1
    if any(a.kind == "concern" and text_key(a.text) in seen for a in found[start:]):
        st.concern = before  # the table's concern was a repeat: what follows the table is not under it
    return j


def _listed(para: Para) -> bool:
    return para.kind == "item" or bool(para.number) or bool(re.match(r"^\(?\d{1,2}[.)]\s", para.text))


def _list_id(para: Para, kind: AskKind, st: _State) -> tuple[str, str]:
    text = para.text
    if para.number:
        return para.number, text
    if m := re.match(r"^\(?(\d{1,2}[a-z]?)[.)]\s+", text):
        return m.group(1), text[m.end() :]
    if (m := _BARE_ID.match(text)) and (
        (para.lead and text_key(para.lead) == text_key(m.group("id")))
        or re.match(r"^\(?\w{1,5}\)?\s*[:–—]", text)
    ):
        return norm_id(m.group("id")), text[m.end() :]  # "A1: ...", or a bold "C(i)"
    return "", re.sub(r"^[•▪●◦‣∙·–-]\s*", "", text)


def _with_subpoints(text: str, paras: list[Para], j: int) -> tuple[str, int]:
    """The ask's text with any '(a) ... (b) ...' sub-points below a text ending in a colon."""
    while (
        j < len(paras) and text.rstrip().endswith((":", ";", "and", "or")) and _SUBPOINT.match(paras[j].text)
    ):
        text = f"{text} {paras[j].text}"
        j += 1
    while (
        j < len(paras)
        and _SUBPOINT.match(paras[j].text)
        and text.rstrip().endswith((";", "; and", "; or", "and", "or"))
    ):
        text = f"{text} {paras[j].text}"
        j += 1
    if text.rstrip().endswith(":"):  # "... make sure that children held in custody:" then a list
        while j < len(paras) and paras[j].kind == "item" and not _LABEL.match(paras[j].text):
            text = f"{text} {paras[j].text}"
            j += 1
            if not paras[j - 1].text.rstrip().endswith((";", "; and", "; or", " and", " or", ",")):
                break
    return clean(text), j


def _text_below(
    kind: AskKind,
    ask_id: str,
    label: Para,
    paras: list[Para],
    j: int,
    st: _State,
    found: list[Ask],
    how: str,
    level: int = 99,
) -> int:
    """The text under a label that stands on its own line. A sentence that introduces it ("In our report
    we said:", "we made the following recommendation (recommendation 1 in our report):") is skipped,
    and may give the id."""
    while (
        j < len(paras) and paras[j].kind == "note" and label.kind != "note"
    ):  # a label in small type: its text too
        j += 1
    if kind == "concern":
        ask_id = ask_id or str(st.counter.get("concern", 0) + 1)
        st.concern, st.concern_level = ask_id, level
    if j >= len(paras) or paras[j].kind == "heading":
        return j
    body = paras[j]
    intro = body.text.rstrip().endswith(":") and (kind == "concern" or not _ASKING.search(body.text))
    if intro and j + 1 < len(paras) and paras[j + 1].kind not in ("heading",):
        if not ask_id and (m := re.search(rf"\b{kind}\s+({_ID})\b", body.text, re.I)):
            ask_id = norm_id(m.group(1))
        if not _SUBPOINT.match(paras[j + 1].text):
            j += 1
            body = paras[j]
    if _label(body, st) is not None or _bare_label(body):
        return j  # a group heading ("Recommendation C: better national data") over its parts
    if kind != "concern" and _ASKING.search(body.text) is None and not (st.group or st.audience):
        return j
    text, j = _with_subpoints(body.text, paras, j + 1)
    found.append(_ask(kind, ask_id, text, body, st, how, sure=bool(ask_id)))
    return j


def _ask(kind: AskKind, ask_id: str, text: str, para: Para, st: _State, how: str, sure: bool = True) -> Ask:
    text = re.sub(r"^[–—-]\s*", "", clean(text))
    text = re.sub(r"(?<=[.;:])\s*\d{1,2}$", "", text)  # a footnote's number after the full stop
    if kind == "concern":
        ask_id = ask_id or str(st.counter.get("concern", 0) + 1)
        if st.concern != ask_id:
            st.concern, st.concern_level = ask_id, 99
    if ask_id and ask_id.isdigit():
        st.counter[kind] = int(ask_id)
    owner = (st.audience or st.group) if kind == "recommendation" else ""
    st.audience = ""
    st.concern_open = kind == "concern"
    return Ask(
        kind=kind,
        id=ask_id,
        text=text,
        page=para.page,
        section=para.section,
        how=how + (f"; addressed by “{owner}” above it" if owner else ""),
        concern=st.concern if kind == "recommendation" else None,
        sure=sure,
        owner=owner,
    )


def _merged(found: list[Ask]) -> list[Ask]:
    """Each ask once: a repeat (same kind and text) adds its id where the first had none; a concern
    a recommendation answers comes from wherever it was stated."""
    kept: list[Ask] = []
    by_text: dict[tuple[str, str], Ask] = {}
    for ask in found:
        key = (ask.kind, text_key(ask.text))
        first = by_text.get(key)
        if first is None:
            by_text[key] = ask
            kept.append(ask)
            continue
        if not first.id and ask.id:
            first.id, first.sure = ask.id, True
            first.notes.append(f"numbered from its repeat ({ask.where})")
        if first.concern is None and ask.concern is not None:
            first.concern = ask.concern
    for kind in ("recommendation", "area", "concern"):
        unnumbered = [a for a in kept if a.kind == kind and not a.id]
        taken = {a.id for a in kept if a.kind == kind and a.id}
        n = 0
        for ask in unnumbered:
            n += 1
            while str(n) in taken:
                n += 1
            ask.id, ask.sure = str(n), False
            ask.notes.append("no number in the report: numbered in reading order")
    return kept
