"""Scoring a letter (as text) against a case's answer sheet. Pure functions, one scorer for every
system: the drafting engine's publication export, the baselines and the reference letter.

A key point counts only in the letter's **own** text: not the header table, not a quoted block
(the recommendation, the Chief Constable's words), not a ``[To be added: ...]`` gap, not a staff
appendix, and not a paragraph that is mostly a verbatim copy of the inputs. Its specifics must
appear together in one paragraph. 1 = all of them, 0.5 = the point is made but a specific is
missing, 0 = not made. A meaning match is reported separately and never raises the main score.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date

import numpy as np
from pydantic import BaseModel, Field

from assistant.drafting.letter import LetterBlock, placeholders, read_letter, without_placeholders
from assistant.drafting.refs import mentioned_refs, parent_key, ref_key
from assistant.drafting.text import digits, figures, parse_count, split_sentences, stems
from assistant.drafting.verify import GAP_CLAIM, STATED_TOTAL, area_named
from assistant.evaluation.cases import Alternative, AnswerSheet, KeyPoint
from assistant.ingest.metadata import dates_in, loose_dates

COPY_NGRAM = 6
COPY_LIMIT = 0.8  # a paragraph with this share of its words in 6-word runs copied from the inputs is a copy
MEANING_COSINE = 0.75
SMALL_NUMBER = 12  # counts up to this are everyday words ("two recommendations"), not figures to check

_TOKEN = re.compile(r"£?\d+(?:\.\d+)?%?|[a-z]+(?:'[a-z]+)?")
_ANY_COUNT = re.compile(r"\b(\d+)\s+(?:\w+\s+){0,2}?recommendations?\b", re.I)


# -- normalising text ------------------------------------------------------------------------------
def _contains(haystack: list[str], needle: list[str]) -> bool:
    """The needle's stems in a row. Its last word may be a stem written by hand ("supervis", "advis"):
    the brief promises that word endings are ignored."""
    if not needle:
        return False
    n, first, last = len(needle), needle[0], needle[-1]
    return any(
        haystack[i : i + n - 1] == needle[:-1]
        and (haystack[i + n - 1] == last or _same_word(last, haystack[i + n - 1]))
        for i, tok in enumerate(haystack[: len(haystack) - n + 1])
        if tok == first or n == 1
    )


def _same_word(stem: str, token: str) -> bool:
    """A stem written by hand and cut once more by the stemmer ("supervis" -> "supervi") against the
    stem of a whole word ("supervision" -> "supervis"); not a longer word ("fund", "fundament")."""
    return len(stem) >= 4 and token.startswith(stem) and len(token) - len(stem) <= 2


_NUMBER_TOKEN = re.compile(r"\d+(?:\.\d+)?")
_DATE_OR_YEAR = re.compile(
    r"\b\d{1,2}(?:st|nd|rd|th)?\s+[A-Za-z]+\s+\d{4}\b|\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}/\d{1,2}/\d{2,4}\b"
    r"|\b\d{4}\s*[/–-]\s*\d{2,4}\b"
    r"|\b(?:spring|summer|autumn|winter)\s+\d{2}\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[-'’]\d{2}\b",
    re.I,
)


def _number_values(text: str) -> set[str]:
    return {value for _, value in figures(text)}


@dataclass
class Text:
    """A passage prepared once for matching: stemmed tokens, numbers, dates."""

    raw: str
    tokens: list[str] = field(init=False)
    numbers: set[str] = field(init=False)
    dates: list[tuple[date, bool]] = field(init=False)
    counts: set[str] = field(init=False)  # numbers that are not part of a date or a year

    def __post_init__(self) -> None:
        self.tokens = stems(self.raw)
        self.numbers = _number_values(self.raw)
        self.dates = dates_in(self.raw)
        self.counts = _number_values(_DATE_OR_YEAR.sub(" ", digits(self.raw)))

    def has(self, alt: Alternative) -> bool:
        if alt.date is not None:
            # "by March 2027" makes a date of 31 March 2027; a different day of the month does not.
            return any(
                d == alt.date if has_day else (d.year, d.month) == (alt.date.year, alt.date.month)
                for d, has_day in self.dates
            )
        if alt.number is not None:
            return f"{alt.number:g}" in self.numbers
        phrase = stems(alt.phrase or "")
        if len(phrase) == 1 and _NUMBER_TOKEN.fullmatch(phrase[0]) and not 1900 <= float(phrase[0]) <= 2100:
            # A count written alone ("twenty-seven") is that count, not the "27" of "2026/27" or "27 May".
            return phrase[0] in self.counts
        return _contains(self.tokens, phrase)

    def has_any(self, alternatives: Iterable[Alternative]) -> Alternative | None:
        return next((a for a in alternatives if self.has(a)), None)


# -- the letter's own text ---------------------------------------------------------------------------
@dataclass
class Copyable:
    """What counts as copied from the inputs: 6-word runs of any input text, and whole short cells
    ("Head of Custody", "2027-03-31", "In progress") pasted side by side."""

    grams: set[tuple[str, ...]]
    cells: set[tuple[str, ...]]


def input_grams(texts: Iterable[str]) -> Copyable:
    grams: set[tuple[str, ...]] = set()
    cells: set[tuple[str, ...]] = set()
    for text in texts:
        for piece in [text, *text.split("\n")]:
            tokens = stems(re.sub(r"^[\w ()/-]{1,30}:\s", "", piece))
            if 2 <= len(tokens) < COPY_NGRAM:
                cells.add(tuple(tokens))
            grams |= {tuple(tokens[i : i + COPY_NGRAM]) for i in range(len(tokens) - COPY_NGRAM + 1)}
    return Copyable(grams, cells)


def copied_share(text: str, copyable: Copyable) -> float:
    """Share of a paragraph's words inside 6-word runs, or whole short cells, found verbatim in the inputs."""
    tokens = stems(text)
    if len(tokens) < 3:
        return 0.0
    covered = [False] * len(tokens)
    for i in range(len(tokens) - COPY_NGRAM + 1):
        if tuple(tokens[i : i + COPY_NGRAM]) in copyable.grams:
            covered[i : i + COPY_NGRAM] = [True] * COPY_NGRAM
    for n in range(2, COPY_NGRAM):
        for i in range(len(tokens) - n + 1):
            if tuple(tokens[i : i + n]) in copyable.cells:
                covered[i : i + n] = [True] * n
    return sum(covered) / len(tokens)


def own_paragraphs(blocks: list[LetterBlock], grams: Copyable) -> list[LetterBlock]:
    """Paragraphs and bullet points in the letter's own words (gaps taken out, copies left out)."""
    own = []
    for block in blocks:
        if block.kind not in ("paragraph", "bullet"):
            continue
        text = without_placeholders(block.text)
        if len(stems(text)) < 3 or copied_share(text, grams) >= COPY_LIMIT:
            continue
        own.append(LetterBlock(block.kind, text, block.section))
    return own


# -- results -----------------------------------------------------------------------------------------
class PointScore(BaseModel):
    id: str
    score: float
    missing: list[str] = Field(default_factory=list)
    evidence: str = ""
    meaning: bool = False


class LetterScore(BaseModel):
    structure: dict[str, bool]
    points: list[PointScore]
    false_gaps: list[str]
    invented: list[str]
    leaks: list[str]
    jargon: list[str] = Field(default_factory=list)
    words: int
    words_ratio: float | None = None
    rouge_l: float | None = None
    readability: float | None = None
    error_flags: dict[str, int] | None = None  # the verifiers' error-level flags on this letter

    @property
    def structure_score(self) -> float:
        return sum(self.structure.values()) / len(self.structure) if self.structure else 0.0

    @property
    def key_points(self) -> float:
        return sum(p.score for p in self.points) / len(self.points) if self.points else 0.0

    @property
    def meaning(self) -> float:
        return sum(p.meaning for p in self.points) / len(self.points) if self.points else 0.0


# -- the checks ----------------------------------------------------------------------------------------
def score_point(point: KeyPoint, paragraphs: list[Text]) -> PointScore:
    best = PointScore(id=point.id, score=0.0, missing=[str(s[0]) for s in point.specifics])
    for para in paragraphs:
        if para.has_any(point.about) is None:
            continue
        missing = [str(alts[0]) for alts in point.specifics if para.has_any(alts) is None]
        found = len(point.specifics) - len(missing)
        score = 1.0 if not missing else 0.5 if (found or len(point.specifics) == 1) else 0.0
        if score > best.score or (score == best.score and len(missing) < len(best.missing)):
            best = PointScore(id=point.id, score=score, missing=missing, evidence=para.raw[:240])
        if score == 1.0:
            break
    return best


def report_totals(report_total: int, wanted: set[str]) -> set[int]:
    """The counts that state the report's total truly. Where recommendations come in parts (C(i),
    C(ii); 3a, 3b) and the sheet lists them all, both the recommendations (six, A to F) and the items
    (seven) are the report's total: answer writers count either way, and so do offices."""
    parents = {parent_key(k) for k in wanted}
    either = {len(wanted), len(parents)}
    return either if report_total in either else {report_total}


def structure(
    blocks: list[LetterBlock],
    own: list[LetterBlock],
    answers: AnswerSheet,
    title: str,
    published: date,
    cc_comments: str,
    signatory: str,
) -> dict[str, bool]:
    sheet = answers.structure
    whole = Text(" \n".join(b.text for b in blocks))
    own_text = " ".join(b.text for b in own)
    stated = [int(n) for n in _ANY_COUNT.findall(digits(own_text))]
    as_report = [parse_count(n) for n in STATED_TOTAL.findall(digits(own_text))]
    answered = set()
    for b in blocks:
        if b.kind in ("heading", "paragraph", "bullet"):
            answered |= mentioned_refs(b.text)
    wanted = {ref_key(r) for r in sheet.recommendations}
    totals = report_totals(sheet.report_total, wanted)
    items = {
        "title": _norm(title) in _norm(whole.raw),
        "publication date": whole.has(Alternative(date=published)),
        "due date": whole.has(Alternative(date=sheet.due_date)),
        "report's total stated": bool(totals & set(stated)) and all(n in totals for n in as_report),
        "every recommendation answered in place": wanted <= answered,
        "chief constable's comments": _cc_ok(blocks, sheet.chief_constable, cc_comments),
        "sign-off": signatory.lower() in " ".join(b.text for b in blocks[-6:]).lower(),
    }
    if sheet.report_total == 0:
        items["report's total stated"] = bool(
            re.search(r"\bno recommendations\b|\b0 recommendations\b", digits(own_text), re.I)
        )
    if sheet.areas_for_improvement:
        items["areas for improvement"] = any(
            re.search(r"areas? for improvement", b.text, re.I) for b in blocks if b.kind != "table_row"
        )
    return items


def _norm(text: str) -> str:
    return " ".join(_TOKEN.findall(text.lower().replace("’", "'")))


def _cc_ok(blocks: list[LetterBlock], expected: str, comments: str) -> bool:
    if expected == "placeholder" or not comments.strip():
        return any("chief constable" in p.lower() for b in blocks for p in placeholders(b.text))
    first = _norm(split_sentences(comments.strip())[0])[:120]
    return bool(first) and first in _norm(" ".join(b.text for b in blocks if b.kind != "table_row"))


def false_gaps(blocks: list[LetterBlock], official_rows: list[str], inspection=None) -> list[str]:
    """Recommendations the notes answer (an OFFICIAL row) that the letter says have no note."""
    answered = {ref_key(r): r for r in official_rows}
    wrong: list[str] = []
    for block in blocks:
        if block.kind == "table_row" or not GAP_CLAIM.search(block.text):
            continue
        refs = mentioned_refs(block.text) | mentioned_refs(block.section)
        if not refs and inspection is not None:
            refs = area_named(block.text, inspection)
        wrong += [answered[k] for k in refs if k in answered and answered[k] not in wrong]
    return wrong


def invented(
    own: list[LetterBlock],
    whole: Text,
    known_texts: Iterable[str],
    derived_numbers: Iterable[int],
    derived_dates: Iterable[date],
    answers: AnswerSheet,
) -> list[str]:
    """Figures and dates in the letter's own words that no input holds, and every tempting figure."""
    known_numbers = set().union(*(_number_values(t) for t in known_texts)) | {
        f"{n:g}" for n in derived_numbers
    }
    years = tuple(sorted({y for d in derived_dates for y in (d.year, d.year + 1)}))
    known_dates, known_months = set(derived_dates), {(d.year, d.month) for d in derived_dates}
    for t in known_texts:
        days, months = loose_dates(t, years)
        known_dates |= days
        known_months |= months
    known_numbers |= {str(y) for y, _ in known_months}
    known_numbers |= {
        f"{float(n):g}" for t in known_texts for n in re.findall(r"(?<=[A-Za-z])\d+(?:\.\d+)?", t)
    }  # 's136'
    known_numbers |= {
        str(y) for d in derived_dates for y in range(d.year - 10, d.year + 11)
    }  # years are dates
    found: list[str] = []
    for block in own:
        text = Text(block.text)
        for d, has_day in text.dates:
            if (d not in known_dates) if has_day else ((d.year, d.month) not in known_months):
                found.append(d.isoformat() if has_day else d.strftime("%B %Y"))
        without_dates = re.sub(
            r"\b\d{1,2}(?:st|nd|rd|th)?\s+\w+\s+\d{4}\b|\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}/\d{1,2}/\d{4}\b",
            " ",
            digits(block.text),
        )
        for value in _number_values(without_dates):
            if value not in known_numbers and not (
                float(value) <= SMALL_NUMBER and float(value).is_integer()
            ):
                found.append(value)
    return list(dict.fromkeys(found + forbidden(whole, answers, "tempting")))


def forbidden(whole: Text, answers: AnswerSheet, why: str) -> list[str]:
    """The answer sheet's must-not-appear items of one kind that the letter contains."""
    return [
        str(alt) for item in answers.must_not_appear if item.why == why and (alt := whole.has_any(item.text))
    ]


def rouge_l(letter: str, reference: str) -> float:
    from rouge_score import rouge_scorer

    scorer = rouge_scorer.RougeScorer(["rougeL"], use_stemmer=True)
    return round(scorer.score(reference, letter)["rougeL"].fmeasure, 3)


def readability(text: str) -> float | None:
    import textstat

    return round(textstat.flesch_reading_ease(text), 1) if text.strip() else None


# -- one letter ------------------------------------------------------------------------------------------
@dataclass
class CaseFacts:
    """What the scorer knows about a case besides the answer sheet."""

    answers: AnswerSheet
    title: str
    published: date
    cc_comments: str
    signatory: str
    input_texts: list[
        str
    ]  # the inspection's words and every note (any marking): copies of these are not own text
    known_texts: list[str]  # where a figure may legitimately come from (inputs, office letters)
    derived_numbers: list[int]
    derived_dates: list[date]
    reference: str | None = None
    inspection: object | None = None  # for naming the area a grouped bullet is about


def score_letter(
    letter: str, facts: CaseFacts, embed: Callable[[list[str]], np.ndarray] | None = None
) -> LetterScore:
    blocks = read_letter(letter)
    grams = input_grams(facts.input_texts)
    own = own_paragraphs(blocks, grams)
    paragraphs = [Text(b.text) for b in own]
    whole = Text(" \n".join(b.text for b in blocks))
    points = [score_point(p, paragraphs) for p in facts.answers.key_points]
    if embed is not None:
        sentences = [s for b in own for s in split_sentences(b.text)]
        if sentences:
            sims = embed([p.claim for p in facts.answers.key_points]) @ embed(sentences).T
            for score, row in zip(points, sims, strict=True):
                score.meaning = bool(row.max() >= MEANING_COSINE)
    letter_words = len(_TOKEN.findall(" ".join(b.text for b in blocks).lower()))
    reference_words = len(_TOKEN.findall(facts.reference.lower())) if facts.reference else 0
    return LetterScore(
        structure=structure(
            blocks, own, facts.answers, facts.title, facts.published, facts.cc_comments, facts.signatory
        ),
        points=points,
        false_gaps=false_gaps(blocks, facts.answers.official_rows, facts.inspection),
        invented=invented(
            own, whole, facts.known_texts, facts.derived_numbers, facts.derived_dates, facts.answers
        ),
        leaks=forbidden(whole, facts.answers, "sensitive"),
        jargon=forbidden(whole, facts.answers, "jargon"),
        words=letter_words,
        words_ratio=round(letter_words / reference_words, 2) if reference_words else None,
        rouge_l=rouge_l(" ".join(b.text for b in blocks), facts.reference) if facts.reference else None,
        readability=readability(" ".join(b.text for b in own)),
    )
