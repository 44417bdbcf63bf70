"""Small text utilities shared by the engines and the verifiers."""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

import Stemmer
from lemminflect import getAllLemmas
from text_to_num import alpha2digit

# Abbreviations that end in a full stop without ending a sentence.
_ABBREV = (
    "Rt", "Hon", "No", "Nos", "Dr", "Mr", "Mrs", "Ms", "St", "e.g", "i.e", "etc", "vs", "v", "cf", "para", "s",
    "incl", "inc", "approx", "est", "c", "ca",
)  # fmt: skip
_ABBREV_END = re.compile(rf"\b(?:{'|'.join(re.escape(a) for a in _ABBREV)})\.$")
# A person's initial after a rank or title, or another initial: "Deputy Chief Constable T. Rafferty",
# "DCI L. Morrow", "J. R. Hale"; not the end of "… under Plan B."
_INITIAL = re.compile(
    r"(?:^|\b(?:Constable|Inspector|Sergeant|Superintendent|Supt|Chief|Officer|Commissioner|Director|Dr|Mr|Mrs"
    r"|Ms|Miss|Professor|Prof|Sir|Dame|Councillor|Cllr|Insp|Sgt|Ch|Det|Rev|[A-Z]{2,5}|[A-Z]\.)\s)[A-Z]\.$"
)
# A new sentence starts with a capital or a figure; not a lone capital other than A and I ("...opp?" Q on
# Niche": the note's "Q" for question).
_SPLIT = re.compile(r"(?<=[.!?…])[\"”’)]?\s+(?=[\"“‘(\[]?(?![B-HJ-Z]\b)[A-Z0-9£])")
_CITATION = re.compile(r"\s*\[(S\d+(?:\s*,\s*S\d+)*)\]")
_WORD = re.compile(r"[A-Za-z0-9£%][A-Za-z0-9£%'’\-]*")
STOPWORDS = frozenset(
    [
        "a",
        "an",
        "and",
        "are",
        "as",
        "at",
        "be",
        "been",
        "but",
        "by",
        "for",
        "from",
        "had",
        "has",
        "have",
        "he",
        "her",
        "his",
        "i",
        "in",
        "into",
        "is",
        "it",
        "its",
        "of",
        "on",
        "or",
        "our",
        "she",
        "that",
        "the",
        "their",
        "them",
        "they",
        "this",
        "to",
        "was",
        "we",
        "were",
        "which",
        "will",
        "with",
        "would",
        "my",
        "me",
        "you",
        "your",
        "not",
        "no",
        "so",
        "than",
        "also",
        "can",
        "may",
        "must",
        "should",
        "could",
        "all",
        "any",
        "each",
        "every",
        "more",
        "most",
        "other",
        "such",
        "these",
        "those",
        "there",
        "here",
    ]
)


def split_sentences(text: str) -> list[str]:
    """Sentences of a paragraph; keeps "Rt Hon." and "s.55" inside their sentence."""
    text = re.sub(r"\s+", " ", text).strip()
    if not text:
        return []
    parts: list[str] = []
    for piece in _SPLIT.split(text):
        if parts and (
            _ABBREV_END.search(parts[-1])
            or (_INITIAL.search(parts[-1]) and piece.split()[0].lower() not in STOPWORDS)
        ):
            parts[-1] = f"{parts[-1]} {piece}"
        else:
            parts.append(piece)
    return [p.strip() for p in parts if p.strip()]


def _a_name(word: str) -> bool:
    """A capitalised word no English dictionary knows ("Otterby", "Harnmouth"): a name."""
    bare = word.strip(".,;:()'’\"")
    return (
        bare.isalpha()
        and len(bare) >= 4
        and bare.lower() not in STOPWORDS
        and not getAllLemmas(bare.lower())
        and not getAllLemmas(bare.lower().rstrip("s"))
    )


def lower_first(text: str) -> str:
    """A sentence's first letter in lower case for use mid-sentence, unless the first word is a name or
    an abbreviation: "MoU", "ViSOR", "PIP2", "Fenmoor Police", "Head of Custody" keep their capitals."""
    tokens = text.split()
    if not tokens or not text[0].isupper():
        return text
    first = tokens[0]
    if first == "I" or any(c.isupper() or c.isdigit() for c in first[1:]):
        return text
    if _a_name(first):  # "Otterby reviews by the review inspector": a place, not "otterby"
        return text
    if first.lower() in ("next", "first", "last", "new", "second", "final", "latest"):
        return text[0].lower() + text[1:]  # "the next PEEL Improvement Board", not "the Next ..."
    following = [t for t in tokens[1:3] if t.lower() not in STOPWORDS]
    if (
        first.lower() not in STOPWORDS
        and following
        and following[0][:1].isupper()
        and tokens[1].lower() in STOPWORDS | {following[0].lower()}
    ):
        return text
    return text[0].lower() + text[1:]


def citations(sentence: str) -> tuple[str, list[str]]:
    """Strip ``[S1, S3]`` markers from a sentence; return the clean text and the cited ids."""
    cited: list[str] = []
    for m in _CITATION.finditer(sentence):
        cited.extend(part.strip() for part in m.group(1).split(","))
    clean = _CITATION.sub("", sentence).strip()
    clean = re.sub(r"\s+([.,;:])", r"\1", clean)
    return clean, list(dict.fromkeys(cited))


def words(text: str) -> list[str]:
    return [w.lower().strip("'’-") for w in _WORD.findall(text)]


def content_words(text: str) -> set[str]:
    return {w for w in words(text) if w not in STOPWORDS and len(w) > 1}


def shingles(text: str, n: int) -> set[tuple[str, ...]]:
    tokens = words(text)
    return {tuple(tokens[i : i + n]) for i in range(len(tokens) - n + 1)}


MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def long_date(d: date) -> str:
    """27 February 2020: the form the office's letters use (whatever the machine's locale)."""
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}"


_NUMBER_WORDS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
}


def number_word(n: int) -> str:
    """Numbers up to ten in words, as house style writes them; larger as digits."""
    words_ = {v: k for k, v in _NUMBER_WORDS.items()}
    return words_[n] if 0 < n <= 10 else str(n)


def parse_count(token: str) -> int | None:
    token = token.lower()
    if token.isdigit():
        return int(token)
    return _NUMBER_WORDS.get(token)


_FIELD_LABEL = re.compile(r"^[\w ()/-]{1,40}:\s+")


def passage_units(text: str) -> list[str]:
    """A passage as sentences, line by line, with field labels ("Progress: ") removed: the units a
    draft sentence is compared with."""
    units = []
    for line in text.split("\n"):
        line = _FIELD_LABEL.sub("", line.strip())
        units += split_sentences(line)
    return units or [text]


@lru_cache(maxsize=20000)
def digits(text: str) -> str:
    """Numbers in words as digits ('ten' -> '10'), thousands separators dropped, quotes unified."""
    text = text.replace("’", "'").replace("‘", "'").replace("–", "-")
    text = re.sub(r"(?<=\d),(?=\d{3}\b)", "", text)
    try:
        return alpha2digit(text, "en", threshold=0)
    except Exception:  # noqa: BLE001 - a library edge case must not stop scoring
        return text


_STEM = Stemmer.Stemmer("english")
_STEM_TOKEN = re.compile(r"£?\d+(?:\.\d+)?|%|[a-z]+(?:'[a-z]+)?")


_PERCENT = re.compile(r"(?<=\d)\s*(?:%|per\s*cent\b|percent\b)", re.I)


def stems(text: str) -> list[str]:
    """Stemmed word tokens, numbers in words as digits: 'refreshing ten protocols' -> refresh 10 protocol.
    A percentage is its number and a '%' ('61%' and '61 per cent' compare equal, and hold '61')."""
    return _STEM.stemWords(_STEM_TOKEN.findall(_PERCENT.sub(" %", digits(text)).lower()))


_FIGURE = re.compile(
    r"£\s?\d+(?:,\d{3})*(?:\.\d+)?(?:\s?(?:million|bn|billion|m|k)\b)?|\b\d+(?:,\d{3})*(?:\.\d+)?(?:\s?(?:million|bn|billion|k)\b|%)?"
)
_MULTIPLIER = {"k": 1e3, "m": 1e6, "million": 1e6, "bn": 1e9, "billion": 1e9}


def figure_value(token: str) -> str | None:
    """'£185k' and '£185,000' -> '185000'; '81.4%' -> '81.4'; '£1.2 million' -> '1200000'."""
    m = re.fullmatch(r"£?\s?([\d,]+(?:\.\d+)?)\s?(million|bn|billion|m|k)?%?", token.strip(), re.I)
    if not m:
        return None
    try:
        value = float(m.group(1).replace(",", "")) * _MULTIPLIER.get((m.group(2) or "").lower(), 1)
    except ValueError:
        return None
    return f"{value:g}" if value < 1e6 else f"{value:.0f}"


def figures(text: str) -> list[tuple[str, str]]:
    """Every figure a text states, in words or digits, as (as written, normalised value)."""
    out = []
    text = re.sub(r"(\d)\s+(million|billion|bn)\b", r"\1\2", text, flags=re.I)  # not 'million' -> 1000000
    for m in _FIGURE.finditer(digits(text)):
        value = figure_value(m.group(0))
        if value is not None:
            shown = re.sub(r"(\d)(million|billion|bn)\b", r"\1 \2", m.group(0).strip(), flags=re.I)
            out.append((shown, value))
    return out
