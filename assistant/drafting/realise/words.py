"""Abbreviations written out (the packaged glossary, the office's own, what the notes define) and the
office's own name turned into the first person."""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import yaml
from lemminflect import getAllLemmas, getInflection

from assistant.drafting.prompts import load_wording
from assistant.drafting.text import MONTHS

# -- abbreviations -----------------------------------------------------------------------------------
_ABBREV_LIKE = re.compile(r"(?<![\w'’/-])(?=[A-Za-z&/]*[A-Z][A-Za-z&/]*[A-Z])[A-Za-z&/]{2,7}s?(?![\w'’-])")


@dataclass(frozen=True)
class Glossary:
    expand: dict[str, str]
    keep: frozenset[str]
    _pattern: re.Pattern = field(repr=False, compare=False, default=None)
    # Ways of saying one thing ("whistleblowing", "confidential reporting"): search looks for each.
    synonyms: tuple[tuple[str, ...], ...] = ()

    @classmethod
    def build(
        cls, expand: dict[str, str], keep: frozenset[str], synonyms: tuple[tuple[str, ...], ...] = ()
    ) -> Glossary:
        keys = sorted(expand, key=len, reverse=True)
        pattern = (
            re.compile(
                r"(?<![\w/'’-])(" + "|".join(re.escape(k) for k in keys) + r")(?![\w-]|['’](?!s\b)|/\w)"
            )
            if keys
            else re.compile(r"(?!x)x")
        )
        return cls(expand, keep, pattern, synonyms)

    def write_out(self, text: str) -> str:
        """Abbreviations written out; a sentence-initial expansion is capitalised by ``tidy`` later."""
        text = _DOTTED.sub(
            r"\1", without_definitions(text)
        )  # "incl. six" -> "including six", not "including."
        text = _VERSUS.sub("against ", text)
        text = _RANK_DOT.sub(r"\1", text)  # "Det. Supt. Hale": ranks before a name, written out below
        text = _COMPANY.sub("Company", text)  # "Harnmouth Port Co. 21/11": not a sentence's end
        text = _AT_INSPECTION.sub(r"\1 inspection", text)  # "34% at insp": the inspection, not an inspector
        text = _PER_PERIOD.sub(lambda m: " a " + _PERIODS[m.group(1).lower()], text)  # "200 calls/mth"
        return self._pattern.sub(lambda m: _in_name(self.expand[m.group(1)], text, m.end()), text)

    def unknown(self, text: str) -> list[str]:
        """What looks like an internal abbreviation and is neither written out nor well known."""
        found = []
        for m in _ABBREV_LIKE.finditer(text):
            token = m.group(0)
            if token in self.keep or token in self.expand or token.rstrip("s") in self.keep:
                continue
            found.append(token)
        return list(dict.fromkeys(found))

    def with_definitions(self, text: str) -> Glossary:
        """This glossary plus the abbreviations a document defines itself (the office's entries win),
        and an abbreviation the document spells out in its own words where those differ from ours: a
        stalking plan's "ISA" is the "independent stalking advocate" it names, not an information-sharing
        agreement."""
        found = {k: v for k, v in defined_in(text).items() if k not in self.expand}
        own = {}
        for m in self._pattern.finditer(text):
            abbr = m.group(1)
            if abbr in own or not abbr.isupper() or len(abbr) < 3:
                continue
            ours = self.expand[abbr].lower()
            if self.expand[abbr][:1].isupper() or ours.replace("-", " ") in text.lower().replace("-", " "):
                continue  # a title or a name ("Assistant Chief Constable"), or the document uses our meaning
            if (spelt := spelt_out(abbr, text)) and spelt.lower() != ours:
                own[abbr] = spelt
                if abbr + "s" in self.expand:
                    own[abbr + "s"] = spelt + "s"
        for abbr in self.unknown(text):  # "RHI" beside the report's "return home interviews"
            if abbr in found or abbr in _SPOKEN_FOR or not abbr.isupper() or len(abbr) < 3:
                continue
            if (spelt := spelt_out(abbr, text)) and _whole_name(spelt, text):
                found[abbr] = _singular_last(spelt)
                found.setdefault(abbr + "s", found[abbr] + "s")
        if not found and not own:
            return self
        return Glossary.build({**found, **self.expand, **own}, self.keep, self.synonyms)

    def with_entries(self, entries: dict[str, str]) -> Glossary:
        """This glossary plus ``entries`` where it has no entry of its own (its own entries win)."""
        added = {k: v for k, v in entries.items() if k and k not in self.expand}
        return Glossary.build({**added, **self.expand}, self.keep, self.synonyms) if added else self

    def expansions_in(self, text: str) -> list[str]:
        """The written-out forms of the abbreviations a text uses (so a check reading the written-out
        sentence against its source finds them)."""
        return [self.expand[m.group(1)] for m in self._pattern.finditer(text)]


_NAME_GOES_ON = re.compile(
    rf"\s+(?!(?:{'|'.join(m[:3] for m in MONTHS)}|{'|'.join(calendar.day_abbr)})[a-z]*\b)[A-Z][a-z]"
)  # a month or a day after it is no part of a name ("exception rpt Jan")
_MINOR = {"and", "of", "for", "the", "in", "on", "to"}


def _in_name(expansion: str, text: str, end: int) -> str:
    """An expansion that opens a proper name takes its capitals: "CJ Board" is the "Criminal Justice
    Board", "CJ Case Quality Team" the "Criminal Justice Case Quality Team"; "CJ partners" stays
    "criminal justice partners"."""
    if not expansion.islower() or " " not in expansion or not _NAME_GOES_ON.match(text, end):
        return expansion
    return " ".join(
        w if w in _MINOR and i else w[:1].upper() + w[1:] for i, w in enumerate(expansion.split())
    )


_PERIODS = {"mth": "month", "month": "month", "mo": "month", "wk": "week", "week": "week", "yr": "year",
            "year": "year", "day": "day"}  # fmt: skip
_PER_PERIOD = re.compile(r"(?<=[a-z])/(mth|month|mo|wk|week|yr|year|day)\b", re.I)
_DOTTED = re.compile(r"\b(incl|inc|approx|excl|esp|eg|ie|est)\.(?=\s+[a-z0-9£(])", re.I)
_COMPANY = re.compile(r"(?<=\w )Co\.(?=\s+(?:\d|[a-z]))")  # a company's "Co." before a date or a verb
_RANK_DOT = re.compile(r"\b(Det|Ch|Insp|Supt|Sgt|Con)\.(?=\s+[A-Z])")
_AT_INSPECTION = re.compile(r"\b(at|since|before|after|pre|post)\s+insp\b(?!\.?\s+[A-Z])", re.I)
_VERSUS = re.compile(r"(?<![\w.])(?:v|vs)\.?\s+(?=[£\d])")  # "17 SPOs v. 9 in 2025/26": "against 9"
_DEFINED = re.compile(r"((?:[A-Z][\w'’-]*\s+(?:(?:and|of|for|&)\s+)?){1,6})\(([A-Z][A-Za-z]{1,6})\)")


def defined_in(text: str) -> dict[str, str]:
    """Abbreviations a text defines itself: 'Retail Crime Delivery Group (RCDG)' -> {'RCDG': ...}."""
    found = {}
    for m in _DEFINED.finditer(text):
        words = m.group(1).split()
        abbr = m.group(2)
        for start in range(len(words)):
            major = [w for w in words[start:] if w.lower() not in ("and", "of", "for", "&")]
            if "".join(w[0] for w in major).upper() == abbr.upper():
                found[abbr] = " ".join(words[start:])
                break
    return found


def spelt_out(abbr: str, text: str) -> str | None:
    """The words of a text whose initials spell an abbreviation ('independent stalking advocate' for
    ISA), in lower case, if the text has them."""
    letters = abbr.lower()
    pattern = r"\b" + r"[\w'’-]*\s+".join(re.escape(c) for c in letters) + r"[\w'’-]*"
    for m in re.finditer(pattern, text, re.I):
        words = m.group(0).split()
        if len(words) == len(letters) and all(
            len(w) > 2 and re.fullmatch(r"[A-Za-z][a-z'’-]+", w) for w in words
        ):
            if all(w[0].isupper() for w in words):  # "Fenmoor County Council": a name keeps its capitals
                return " ".join(words)
            return " ".join(w.lower() for w in words)
    return None


# Written in the first person or as the force by ``first_person``, never spelt out from other words.
_SPOKEN_FOR = frozenset({"PCC", "PCCs", "PFCC", "OPCC", "OPFCC", "CC", "CCs", "DCC", "ACC"})


def _whole_name(spelt: str, text: str) -> bool:
    """The words are a name of their own, not the tail of a longer one: "Police Chiefs' Council" inside
    "National Police Chiefs' Council" does not spell PCC."""
    for m in re.finditer(re.escape(spelt), text, re.I):
        before = text[: m.start()].split()
        name = m.group(0)[:1].isupper()  # "return home interviews" after "Share" is no longer name
        if not name or not before or not before[-1][:1].isupper() or before[-1].endswith((".", ":")):
            return True
    return False


def _singular_last(words: str) -> str:
    """'return home interviews' -> 'return home interview': an abbreviation names one (its plural adds
    the s, "RHIs")."""
    *head, last = words.split()
    lemma = getAllLemmas(last.lower()).get("NOUN", (last,))[0]
    one = lemma if last.islower() else lemma[:1].upper() + lemma[1:]
    return " ".join([*head, one])


def without_definitions(text: str) -> str:
    """'Force Performance Board (FPB)' -> 'Force Performance Board': the letter writes the name once."""
    return re.sub(r"(?<=[a-z])\s*\(([A-Z][A-Za-z]{1,6})\)", "", text)


@cache
def _packaged() -> tuple[tuple[tuple[str, str], ...], frozenset[str], tuple[tuple[str, ...], ...]]:
    data = load_wording("abbreviations")
    return (
        tuple((str(k), str(v)) for k, v in (data.get("expand") or {}).items()),
        frozenset(str(k) for k in data.get("keep") or []),
        _synonyms(data),
    )


def _synonyms(data: dict) -> tuple[tuple[str, ...], ...]:
    groups = data.get("synonyms") or []
    if not isinstance(groups, list) or not all(isinstance(g, list) for g in groups):
        raise GlossaryError(
            "'synonyms:' is a list of lists of phrases that mean the same (see prompts/abbreviations.yaml)"
        )
    return tuple(tuple(str(p).lower() for p in g if str(p).strip()) for g in groups if len(g) > 1)


class GlossaryError(ValueError):
    pass


def load_glossary(office_file: Path | None = None) -> Glossary:
    """The packaged glossary, with the office's own file on top (its entries win)."""
    pairs, keep, synonyms = _packaged()
    expand = dict(pairs)
    if office_file is not None:
        try:
            data = yaml.safe_load(Path(office_file).read_text(encoding="utf-8")) or {}
        except (OSError, yaml.YAMLError) as exc:
            raise GlossaryError(
                f"{Path(office_file).name}: cannot read the office glossary ({exc}); fix the file or unset "
                "PCC_DRAFTING__GLOSSARY"
            ) from exc
        if not isinstance(data, dict) or not isinstance(data.get("expand", {}), dict):
            raise GlossaryError(
                f"{Path(office_file).name}: expected 'expand:' (ABBR: written out) and optionally 'keep:' "
                "(a list); see prompts/abbreviations.yaml"
            )
        expand.update({str(k): str(v) for k, v in (data.get("expand") or {}).items()})
        keep = keep | frozenset(str(k) for k in data.get("keep") or [])
        try:
            synonyms = synonyms + _synonyms(data)
        except GlossaryError as exc:
            raise GlossaryError(f"{Path(office_file).name}: {exc}") from exc
    return Glossary.build(expand, keep, synonyms)


_HONORIFIC = re.compile(r"^(?:Dame|Sir|Lord|Lady|Baroness|Baron|Dr|Mr|Mrs|Ms|Miss|Cllr|Rt|Hon|The)\.?$", re.I)


def initials_of(name: str) -> list[str]:
    """How notes write a person by initials: 'Priya Lockwood' -> ['PL']; 'Dame Jane A. Smith' ->
    ['JAS', 'JS'] (honorifics left out). Nothing for a name of one word."""
    parts = [p for p in re.split(r"[\s-]+", name.strip()) if p and not _HONORIFIC.match(p) and p[0].isalpha()]
    if len(parts) < 2:
        return []
    full = "".join(p[0].upper() for p in parts)
    short = parts[0][0].upper() + parts[-1][0].upper()
    return list(dict.fromkeys([full, short]))


# -- the first person ----------------------------------------------------------------------------------
_MONTH_START = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b"
_OPCC = r"(?:the\s+)?(?:O(?:P|PF)CC|Office of the (?:Police(?:,)? (?:Fire )?and Crime )?Commissioner)"


def first_person(text: str) -> str:
    text = text.replace("’s", "'s")
    return _first_person(text)


def _finite(word: str) -> bool:
    """'attends', 'approved', 'has': the word after a subject is its verb, not a noun it qualifies."""
    word = word.lower()
    if word in ("has", "have", "is", "was", "will", "would", "can", "may", "must", "should", "to", "and"):
        return True
    return any(
        word in getInflection(lemma, tag=tag)
        for lemma in getAllLemmas(word).get("VERB", ())
        for tag in ("VBZ", "VBD")
    ) and (word.endswith("ed") or "NOUN" not in getAllLemmas(word))


def _qualifies(word: str) -> bool:
    """'OPCC submission': the word after the office names a thing of the office's, not what the office
    does ('OPCC attends') or a preposition ('Raised by OPCC through the portfolio')."""
    lemmas = getAllLemmas(word.lower())
    return not _finite(word) and ("NOUN" in lemmas or not lemmas) and word.lower() not in _NOT_THINGS


_NOT_THINGS = frozenset(["via", "it", "its", "and", "or", "but", "nor", "then", "also", "now", "only", "as"])

_PCC_SUBJECT = re.compile(r"\b(?:[Tt]he\s+)?(?<![A-Z])P(?:F)?CC\s+(?P<verb>[a-z]+)\b")
_PCC_TO = re.compile(
    r"(?:^|(?<=[.;:–]\s)|(?P<lead>\band\s))(?:[Tt]he\s+)?(?<![A-Z])P(?:F)?CC\s+to\s+(?P<verb>[a-z]+)\b"
)
_I_FORMS = {"has": "have", "is": "am", "was": "was", "does": "do"}


def _pcc_as_i(m: re.Match) -> str:
    """'the PCC approved' -> 'I approved'; 'The PCC has agreed' -> 'I have agreed'; 'PCC chairs' -> 'I
    chair'. A noun after 'PCC' ('PCC funding') is left to the possessive rules."""
    verb = m.group("verb")
    if verb == "minded":  # "PCC minded to continue" -> "I am minded to continue"
        return "I am minded"
    if verb in _I_FORMS:
        return f"I {_I_FORMS[verb]}"
    if verb in ("will", "would", "can", "may", "must", "should", "also", "now"):
        return f"I {verb}"
    if not _finite(verb):
        return m.group(0)
    if verb.endswith("ed"):
        return f"I {verb}"
    lemmas = getAllLemmas(verb).get("VERB", ())
    return f"I {lemmas[0]}" if lemmas else m.group(0)


def _first_person(text: str) -> str:
    """The commissioner's office and the commissioner as the letter's writer: 'OPCC Chief Exec' ->
    'my Chief Exec'; 'OPCC submission' -> 'my office's submission'; 'the PCC's fund' -> 'my fund';
    'OPCC attends' -> 'my office attends'; 'the PCC approved' -> 'I approved'."""
    text = re.sub(rf"\b{_OPCC}'?s?\s+(?=[A-Z][a-z])(?!{_MONTH_START})", "my ", text)  # OPCC Chief Executive
    text = re.sub(
        rf"\b{_OPCC}\s+(?=(?P<next>[a-z]{{3,}})\b)",
        lambda m: "my office's " if _qualifies(m.group("next")) else "my office ",
        text,
    )
    text = re.sub(rf"\b{_OPCC}\b", "my office", text)
    text = _PCC_TO.sub(  # "PCC to update the panel" -> "I will update the panel"; not "from the PCC to the force"
        lambda m: (
            f"{m.group('lead') or ''}I will {m.group('verb')}"
            if m.group("verb") in getAllLemmas(m.group("verb")).get("VERB", ())
            else m.group(0)
        ),
        text,
    )
    text = _PCC_SUBJECT.sub(_pcc_as_i, text)
    text = re.sub(r"\b(?:the\s+)?(?<![A-Z])P(?:F)?CC['’]s\s+", "my ", text)  # not the plural: "1 for PCCs"
    text = re.sub(
        r"\b(?:from|by|with|to)\s+(?:the\s+)?(?<![A-Z])P(?:F)?CC\s+(?=[A-Z])",
        lambda m: m.group(0).split()[0] + " my ",
        text,
    )
    return re.sub(r"\b([Tt])he my\b", lambda m: "My" if m.group(1) == "T" else "my", text)  # "The OPCC will"
