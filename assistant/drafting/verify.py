"""Checks every draft (either engine) must pass before anyone relies on it.

Each check is a small pure function of the draft (and, for meaning, an embedding function) that
returns flags; each is tested against the failure it exists to catch.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable, Iterable
from datetime import date

import numpy as np

from assistant.drafting.inspection import Inspection
from assistant.drafting.records import (
    INSTRUCTION_LIKE,
    Draft,
    Flag,
    RecCoverage,
    Section,
    Sentence,
    Source,
    Support,
)
from assistant.drafting.text import content_words, parse_count, passage_units, shingles, words
from assistant.ingest.metadata import parse_date

Embed = Callable[[list[str]], np.ndarray]
SENSITIVE_NGRAM = 8
SUPPORT_THRESHOLD = 0.6  # share of a sentence's words, or of its characters verbatim, found in one source
COSINE_THRESHOLD = 0.75  # meaning: a close paraphrase of one source sentence
PARAPHRASE_THRESHOLD = 0.88  # a sentence this close to a sensitive passage is flagged even without 8 words
DEADLINE_WARNING_DAYS = 14

_ACTION = re.compile(
    r"\b(complete[d]?|in progress|under way|underway|not started|closed|due by|will\b|has (been )?\w+ed|have \w+ed"
    r"|accept(s|ed)?|is (being|now)|action plan sets out|no action|not applicable|for national bodies|"
    r"neither has an action|planned|introduc\w+|review\w*|train\w*)",
    re.I,
)
_NUMBER = re.compile(r"£\s?\d[\d,]*(?:\.\d+)?\s?(?:million|m|bn|billion|k)?|\b\d[\d,]*(?:\.\d+)?%?")
_NAMED = re.compile(
    r"\b(?:Operation|Project|Programme)\s+[A-Z][a-z]+"
    r"|\b(?:[A-Z][A-Za-z'’&-]+\s+){1,5}(?:Board|Panel|Programme|Scheme|Unit|Team|Partnership|Hub|Service|Group|"
    r"Strategy|Initiative|Project|Forum|Committee|Network|Centre|Fund|Plan|Tracker|Hub)\b"
)
_DATE = re.compile(
    r"\b\d{1,2}(?:st|nd|rd|th)?\s+(?:January|February|March|April|May|June|July|August|September|October|"
    r"November|December)\s+\d{4}\b|\b\d{4}-\d{2}-\d{2}\b"
)
_CC_ATTRIBUTION = re.compile(
    r"\bChief Constable\b[^.]{0,80}?\b(said|says|told|tells|advised|advises|stated|states|commented|believes|"
    r"considers|assured|confirmed|added|explained|described|has written|wrote|insists|is confident|welcomes)\b"
    r"|\b(according to|in the words of) the Chief Constable\b",
    re.I,
)
_QUOTED = re.compile(r"[“\"‘']([^”\"’']{12,})[”\"’']")


def _norm(text: str) -> str:
    return (
        re.sub(r"\s+", " ", text.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"'))
        .strip()
        .lower()
    )


def _located(draft: Draft) -> Iterable[tuple[int, int, int, Section, Sentence]]:
    for s_index, section in enumerate(draft.sections):
        for p_index, s_pos, sentence in section.sentences():
            if sentence.review != "rejected":
                yield s_index, p_index, s_pos, section, sentence


def _flag(kind: str, severity: str, where: tuple[int, int, int], message: str, **extra) -> Flag:
    """A flag on one sentence (section, paragraph, sentence indices)."""
    section, paragraph, sentence = where
    return Flag(
        kind=kind,
        severity=severity,
        section=section,
        paragraph=paragraph,
        sentence=sentence,
        message=message,
        **extra,
    )


# -- coverage and counts ---------------------------------------------------------------------------
def check_coverage(draft: Draft) -> tuple[list[RecCoverage], list[Flag]]:
    """Every recommendation has its own section stating an action taken/proposed or why none."""
    coverage, flags = [], []
    for rec in draft.inspection.recommendations:
        index = next(
            (i for i, s in enumerate(draft.sections) if s.kind == "recommendation" and s.rec_id == rec.id),
            None,
        )
        if index is None:
            coverage.append(
                RecCoverage(
                    rec_id=rec.id,
                    addressee=rec.addressee,
                    section=None,
                    covered=False,
                    reason="no section answers this recommendation",
                )
            )
            flags.append(
                Flag(
                    kind="uncovered_recommendation",
                    severity="error",
                    message=f"Recommendation {rec.id} has no section in the draft.",
                )
            )
            continue
        section = draft.sections[index]
        statements = [
            s.text
            for p_i, s_i, s in section.sentences()
            if s.review != "rejected" and s.origin not in ("placeholder", "input") and _ACTION.search(s.text)
        ]
        placeholders = [
            s for _, _, s in section.sentences() if s.origin == "placeholder" and s.review != "rejected"
        ]
        covered = bool(statements) and not placeholders
        reason = (
            ""
            if covered
            else (
                "a placeholder still stands in for the action"
                if placeholders
                else "no sentence states an action taken or proposed, or why none"
            )
        )
        coverage.append(
            RecCoverage(
                rec_id=rec.id,
                addressee=rec.addressee,
                section=index,
                covered=covered,
                statement=statements[0] if statements else "",
                reason=reason,
            )
        )
        if not covered:
            flags.append(
                Flag(
                    kind="uncovered_recommendation",
                    severity="error",
                    section=index,
                    message=f"Recommendation {rec.id}: {reason}.",
                )
            )
    return coverage, flags


_STATED_COUNTS = (
    # (what a sentence says, which count it must match, how to name it)
    (
        re.compile(r"\b(?:makes|made|contains|sets out|has)\s+(\w+)\s+recommendations?\b", re.I),
        "total",
        "recommendations",
    ),
    (
        re.compile(r"\b(\w+)\s+(?:are\s+|is\s+)?for chief constables\b", re.I),
        "chief constables",
        "for chief constables",
    ),
)


def check_counts(draft: Draft) -> list[Flag]:
    """Any count of recommendations the draft states must match the input."""
    counts = draft.inspection.counts()
    flags = []
    for s_i, p_i, pos, _section, sentence in _located(draft):
        if sentence.origin == "input":
            continue
        for pattern, key, label in _STATED_COUNTS:
            for m in pattern.finditer(sentence.text):
                word = m.group(1).lower()
                n = 0 if word in ("no", "none") else parse_count(word)
                if n is not None and n != counts[key]:
                    flags.append(
                        _flag(
                            "count_mismatch",
                            "error",
                            (s_i, p_i, pos),
                            excerpt=m.group(0),
                            message=f"States {n} {label}; the input has {counts[key]}.",
                        )
                    )
    return flags


# -- grounding -------------------------------------------------------------------------------------
def _iso_dates(text: str) -> str:
    """'31 March 2024' and '2024-03-31' both become '2024-03-31', so a reformatted date still matches."""
    return _DATE.sub(lambda m: d.isoformat() if (d := parse_date(m.group(0))) else m.group(0), text)


def _overlap(sentence: str, passage: str, ignore: frozenset[str] = frozenset()) -> float:
    """Share of the sentence's own words found in the passage, or of its characters found verbatim."""
    sentence, passage = _iso_dates(sentence), _iso_dates(passage)
    terms = content_words(sentence)
    own = terms - ignore
    if terms and not own:
        return 1.0  # nothing but the frame's own words
    containment = len(own & content_words(passage)) / len(own) if own else 0.0
    a, b = _norm(sentence), _norm(passage)
    match = difflib.SequenceMatcher(None, a, b, autojunk=False).find_longest_match(0, len(a), 0, len(b))
    return max(containment, match.size / max(1, len(a)))


def check_grounding(draft: Draft, embed: Embed, frame_words: frozenset[str] = frozenset()) -> list[Flag]:
    """Align each sentence to its best supporting passage; flag those no source supports.

    Template sentences are the product's fixed wording around input facts: supported by construction
    (their facts are still checked by ``check_specifics``). Placeholders are flagged separately. For
    sentences the composer built around a source (origin ``action_plan``), the words of its own frame
    (``frame_words``) are not asked to be found in the source; a model's sentences get no such help.
    """
    targets = []
    for s_i, p_i, pos, _section, sentence in _located(draft):
        if sentence.origin == "template":
            sentence.support = Support(source_id=(sentence.citations or [None])[0], score=1.0, supported=True)
        elif sentence.origin != "placeholder":
            targets.append(((s_i, p_i, pos), sentence))
    # First the cheap test: words or verbatim runs of a source the sentence itself cites.
    unresolved = []
    for location, sentence in targets:
        ignore = frame_words if sentence.origin == "action_plan" else frozenset()
        scored = [
            (_overlap(sentence.text, src.text, ignore), sid)
            for sid in sentence.citations
            if (src := draft.source(sid))
        ]
        score, sid = max(scored, default=(0.0, None))
        if score >= SUPPORT_THRESHOLD:
            sentence.support = Support(source_id=sid, score=round(score, 3), supported=True)
        else:
            unresolved.append((location, sentence))
    if not unresolved:
        return []
    # Then meaning: every remaining sentence against every source sentence.
    units = [(src.sid, text) for src in draft.sources for text in passage_units(src.text)]
    cos = embed([s.text for _, s in unresolved]) @ embed([t for _, t in units]).T
    flags = []
    for row, ((s_i, p_i, pos), sentence) in enumerate(unresolved):
        ranked = np.argsort(-cos[row])
        best_sid, best = units[ranked[0]][0], float(cos[row][ranked[0]])
        supported = best >= COSINE_THRESHOLD
        if not supported:
            # Not a paraphrase of one sentence: try words and verbatim runs against the closest passages.
            for sid in dict.fromkeys(units[i][0] for i in ranked[:5]):
                source = draft.source(sid)
                ignore = frame_words if sentence.origin == "action_plan" else frozenset()
                score = _overlap(sentence.text, source.text, ignore) if source else 0.0
                if score >= SUPPORT_THRESHOLD and (not supported or score > best):
                    best_sid, best, supported = sid, score, True
        sentence.support = Support(source_id=best_sid, score=round(best, 3), supported=supported)
        if not supported:
            flags.append(
                _flag(
                    "unsupported",
                    "warning",
                    (s_i, p_i, pos),
                    excerpt=sentence.text[:160],
                    source_id=best_sid,
                    message=f"No source supports this sentence (best match {best_sid}, {best:.2f}).",
                )
            )
    return flags


# -- invented specifics -------------------------------------------------------------------------------
def specifics(text: str) -> list[str]:
    """Dates, numbers, money and named boards/operations/initiatives mentioned in a text."""
    found = _DATE.findall(text)
    rest = _DATE.sub(" ", text)
    found += [m.group(0).strip() for m in _NUMBER.finditer(rest)]
    found += [m.group(0).strip() for m in _NAMED.finditer(text)]
    return found


def _known(draft: Draft, extra: Iterable[str]) -> tuple[str, set[date], set[str]]:
    texts = [s.text for s in draft.sources] + [s.title for s in draft.sources] + list(extra)
    corpus = _norm(" \n ".join(texts))
    dates = {d for t in texts for m in _DATE.finditer(t) if (d := parse_date(m.group(0)))}
    dates |= {draft.inspection.published, draft.due_date} | {
        s.published for s in draft.sources if s.published
    }
    numbers = {
        re.sub(r"[£,\s]", "", m.group(0)).lower() for t in texts for m in _NUMBER.finditer(_DATE.sub(" ", t))
    }
    numbers |= {str(d.year) for d in dates}
    return corpus, dates, numbers


def check_specifics(draft: Draft, office_texts: Iterable[str] = ()) -> list[Flag]:
    """Flag any number, date, sum or named body that appears in no source and not in the input."""
    header_texts = [f"{r.label} {r.value}" for r in draft.header]
    corpus, dates, numbers = _known(draft, [*office_texts, *header_texts])
    flags = []
    for s_i, p_i, pos, _section, sentence in _located(draft):
        if sentence.origin in ("input", "placeholder"):
            continue
        for item in specifics(sentence.text):
            if _DATE.fullmatch(item):
                ok = parse_date(item) in dates
            elif _NUMBER.fullmatch(item):
                ok = re.sub(r"[£,\s]", "", item).lower() in numbers
            else:
                ok = _norm(item) in corpus
            if not ok:
                flags.append(
                    _flag(
                        "invented_specific",
                        "error",
                        (s_i, p_i, pos),
                        excerpt=item,
                        message=f"‘{item}’ appears in no source and not in the input.",
                    )
                )
    return flags


# -- the chief constable ---------------------------------------------------------------------------
def check_chief_constable(draft: Draft) -> list[Flag]:
    """Nothing may be attributed to the Chief Constable that is not in the input's comments."""
    comments = draft.inspection.chief_constable_comments
    flags = []
    for s_i, p_i, pos, section, sentence in _located(draft):
        if sentence.origin == "input" and section.kind == "chief_constable":
            if sentence.text.strip() not in comments and "Chief Constable," not in sentence.text:
                flags.append(
                    _flag(
                        "chief_constable",
                        "error",
                        (s_i, p_i, pos),
                        excerpt=sentence.text[:160],
                        message="The quoted comments differ from the Chief Constable's words in the input.",
                    )
                )
            continue
        quoted = [q for q in _QUOTED.findall(sentence.text)]
        attributes = bool(_CC_ATTRIBUTION.search(sentence.text)) or (
            quoted and "Chief Constable" in sentence.text
        )
        if not attributes:
            continue
        if not comments:
            ok = False
        elif quoted:
            ok = all(_norm(q) in _norm(comments) for q in quoted)
        else:
            said = _CC_ATTRIBUTION.split(sentence.text)[-1]
            ok = _overlap(said, comments) >= SUPPORT_THRESHOLD
        if not ok:
            flags.append(
                _flag(
                    "chief_constable",
                    "error",
                    (s_i, p_i, pos),
                    excerpt=sentence.text[:160],
                    message="Attributes words or views to the Chief Constable that are not in the "
                    "Chief Constable's comments supplied with the inspection.",
                )
            )
    return flags


# -- protective marking -------------------------------------------------------------------------------
def check_sensitive(draft: Draft, sensitive: list[Source], embed: Embed | None = None) -> list[Flag]:
    """Text copied (8+ consecutive words) or closely paraphrased from an OFFICIAL-SENSITIVE source."""
    sensitive = [s for s in sensitive if s.marking == "OFFICIAL-SENSITIVE"]
    if not sensitive:
        return []
    located = list(_located(draft))
    # Words a sensitive note shares with public text (the report's own recommendation, its title) are
    # not what makes it sensitive: only the rest counts.
    public: set[tuple[str, ...]] = set()
    for source in draft.sources:
        public |= shingles(source.title, SENSITIVE_NGRAM)
        if source.marking != "OFFICIAL-SENSITIVE":
            public |= shingles(source.text, SENSITIVE_NGRAM)
    source_grams = [(s, shingles(s.text, SENSITIVE_NGRAM) - public) for s in sensitive]
    flags, flagged = [], set()
    # The input (the published report, the Chief Constable's own words) and the composer's fixed
    # wording around it cannot leak a note; what was copied from a note, written by a model or typed
    # by staff can.
    located = [
        item for item in located if item[4].origin not in ("input", "placeholder", "template", "house_phrase")
    ]
    for s_i, p_i, pos, _section, sentence in located:
        grams = shingles(sentence.text, SENSITIVE_NGRAM)
        for source, sgrams in source_grams:
            common = grams & sgrams
            if common:
                flagged.add((s_i, p_i, pos))
                flags.append(
                    _flag(
                        "sensitive_text",
                        "error",
                        (s_i, p_i, pos),
                        source_id=source.sid,
                        excerpt=_copied_span(sentence.text, common),
                        message=f"Copies text from an OFFICIAL-SENSITIVE source ({source.sid}: {source.title}).",
                    )
                )
                break
    if embed is not None:
        rest = [(loc, s) for *loc, _sec, s in located if tuple(loc) not in flagged]
        units = [
            (src, t) for src in sensitive for t in passage_units(src.text) if not _mostly_public(t, public)
        ]
        if rest and units:
            sims = embed([s.text for _, s in rest]) @ embed([t for _, t in units]).T
            for row, ((s_i, p_i, pos), sentence) in enumerate(rest):
                best = int(np.argmax(sims[row]))
                if sims[row][best] >= PARAPHRASE_THRESHOLD:
                    source = units[best][0]
                    flags.append(
                        _flag(
                            "sensitive_text",
                            "error",
                            (s_i, p_i, pos),
                            source_id=source.sid,
                            excerpt=sentence.text[:160],
                            message=f"Closely paraphrases an OFFICIAL-SENSITIVE source ({source.sid}).",
                        )
                    )
    return flags


def _copied_span(text: str, common: set[tuple[str, ...]]) -> str:
    """The run of the sentence's words covered by the shared 8-word sequences."""
    tokens = words(text)
    starts = [
        i
        for i in range(len(tokens) - SENSITIVE_NGRAM + 1)
        if tuple(tokens[i : i + SENSITIVE_NGRAM]) in common
    ]
    return " ".join(tokens[min(starts) : max(starts) + SENSITIVE_NGRAM]) if starts else ""


def _mostly_public(text: str, public: set[tuple[str, ...]]) -> bool:
    grams = shingles(text, SENSITIVE_NGRAM)
    return bool(grams) and len(grams - public) <= len(grams) / 2


# -- prompt injection -------------------------------------------------------------------------------------
def check_injected(draft: Draft) -> list[Flag]:
    """Text taken from a passage that gives orders to a language model (prompt injection) is flagged
    wherever it appears, and the instruction itself is flagged in any sentence."""
    suspects = [s for s in draft.sources if s.addresses_a_model]
    grams = [(s, shingles(s.text, 6)) for s in suspects]
    flags = []
    for s_i, p_i, pos, _section, sentence in _located(draft):
        if sentence.origin in ("input", "placeholder"):
            continue
        mine = shingles(sentence.text, 6) if sentence.origin != "template" else set()
        source = next((src for src, g in grams if mine & g), None)
        if source is not None or INSTRUCTION_LIKE.search(sentence.text):
            flags.append(
                _flag(
                    "injected_text",
                    "error",
                    (s_i, p_i, pos),
                    source_id=source.sid if source else None,
                    excerpt=sentence.text[:160],
                    message="Text from a passage that gives instructions to a language model "
                    "(possible prompt injection).",
                )
            )
    return flags


# -- placeholders and deadline ---------------------------------------------------------------------------
def check_placeholders(draft: Draft) -> list[Flag]:
    flags = []
    for s_i, p_i, pos, section, sentence in _located(draft):
        if sentence.origin == "placeholder":
            kind = "missing_cc_comments" if section.kind == "chief_constable" else "placeholder"
            flags.append(
                Flag(
                    kind=kind,
                    severity="warning",
                    section=s_i,
                    paragraph=p_i,
                    sentence=pos,
                    excerpt=sentence.text[:160],
                    message="A gap for staff to fill before publication.",
                )
            )
    return flags


def check_deadline(inspection: Inspection, today: date) -> Flag:
    due = inspection.due_date()
    left = (due - today).days
    if left < 0:
        return Flag(
            kind="deadline",
            severity="error",
            message=f"The statutory deadline passed on {due:%d %B %Y} ({-left} days ago).",
        )
    if left <= DEADLINE_WARNING_DAYS:
        return Flag(
            kind="deadline",
            severity="warning",
            message=f"Due on {due:%d %B %Y}: {left} day{'s' if left != 1 else ''} left.",
        )
    return Flag(kind="deadline", severity="info", message=f"Due on {due:%d %B %Y}: {left} days left.")


def verify(
    draft: Draft,
    embed: Embed,
    today: date,
    sensitive_library: list[Source] = (),
    office_texts: list[str] = (),
) -> Draft:
    """Run every check; the draft's flags and coverage are replaced by the results."""
    coverage, flags = check_coverage(draft)
    flags += check_counts(draft)
    flags += check_grounding(draft, embed, frozenset(content_words(" ".join(office_texts))))
    flags += check_specifics(draft, office_texts)
    flags += check_chief_constable(draft)
    sensitive = [s for s in draft.sources if s.marking == "OFFICIAL-SENSITIVE"] + list(sensitive_library)
    flags += check_sensitive(draft, sensitive, embed)
    flags += check_injected(draft)
    flags += check_placeholders(draft)
    flags.append(check_deadline(draft.inspection, today))
    resolved = {(f.kind, f.section, f.paragraph, f.sentence) for f in draft.flags if f.resolved}
    for f in flags:
        f.resolved = (f.kind, f.section, f.paragraph, f.sentence) in resolved
    draft.coverage, draft.flags = coverage, flags
    draft.days_left = (draft.due_date - today).days
    return draft
