"""The realiser: action-plan facts into the office's sentences. Small pure functions, each tested
against the failure it prevents (tests/test_realise.py):

- ``action_sentence``: an imperative cell ("Refresh the 2022 transfer protocol") becomes a clause whose
  tense follows the status (has refreshed / is refreshing / will refresh) and whose subject follows
  the owner (the force, "my office", "I"); verb forms from lemminflect (its data ships in the wheel);
- ``closing_sentence``: owner, due date and state as one closing clause, not a form read aloud;
- ``progress_sentences``: a progress note as dated facts ("ISA signed 28/10" -> "An information-sharing
  agreement was signed on 28 October 2026"); fragments and internal scraps go back to staff;
- ``Glossary.expand``: abbreviations written out from a glossary file the office can edit; unknown
  ones reported;
- ``tidy``: punctuation and capitals repaired.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import cache
from pathlib import Path

import yaml
from lemminflect import getAllLemmas, getInflection

from assistant.drafting.plan import Due, OwnerKind, Status
from assistant.drafting.prompts import load_wording
from assistant.drafting.text import MONTHS, STOPWORDS, long_date

# -- abbreviations -----------------------------------------------------------------------------------
_ABBREV_LIKE = re.compile(r"(?<![\w'’/-])(?=[A-Za-z&/]*[A-Z][A-Za-z&/]*[A-Z])[A-Za-z&/]{2,7}s?(?![\w'’-])")


@dataclass(frozen=True)
class Glossary:
    expand: dict[str, str]
    keep: frozenset[str]
    _pattern: re.Pattern = field(repr=False, compare=False, default=None)

    @classmethod
    def build(cls, expand: dict[str, str], keep: frozenset[str]) -> Glossary:
        keys = sorted(expand, key=len, reverse=True)
        pattern = (
            re.compile(
                r"(?<![\w/'’-])(" + "|".join(re.escape(k) for k in keys) + r")(?![\w-]|['’](?!s\b)|/\w)"
            )
            if keys
            else re.compile(r"(?!x)x")
        )
        return cls(expand, keep, pattern)

    def write_out(self, text: str) -> str:
        """Abbreviations written out; a sentence-initial expansion is capitalised by ``tidy`` later."""
        return self._pattern.sub(lambda m: self.expand[m.group(1)], without_definitions(text))

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
        """This glossary plus the abbreviations a document defines itself (the office's entries win)."""
        found = {k: v for k, v in defined_in(text).items() if k not in self.expand}
        return Glossary.build({**found, **self.expand}, self.keep) if found else self

    def expansions_in(self, text: str) -> list[str]:
        """The written-out forms of the abbreviations a text uses (so a check reading the written-out
        sentence against its source finds them)."""
        return [self.expand[m.group(1)] for m in self._pattern.finditer(text)]


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


def without_definitions(text: str) -> str:
    """'Force Performance Board (FPB)' -> 'Force Performance Board': the letter writes the name once."""
    return re.sub(r"(?<=[a-z])\s*\(([A-Z][A-Za-z]{1,6})\)", "", text)


@cache
def _packaged() -> tuple[tuple[tuple[str, str], ...], frozenset[str]]:
    data = load_wording("abbreviations")
    return tuple((str(k), str(v)) for k, v in (data.get("expand") or {}).items()), frozenset(
        str(k) for k in data.get("keep") or []
    )


class GlossaryError(ValueError):
    pass


def load_glossary(office_file: Path | None = None) -> Glossary:
    """The packaged glossary, with the office's own file on top (its entries win)."""
    pairs, keep = _packaged()
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
    return Glossary.build(expand, keep)


# -- the first person ----------------------------------------------------------------------------------
_OPCC = r"(?:the\s+)?(?:O(?:P|PF)CC|Office of the (?:Police(?:,)? (?:Fire )?and Crime )?Commissioner)"


def first_person(text: str) -> str:
    text = text.replace("’s", "'s")
    return _first_person(text)


def _first_person(text: str) -> str:
    """The commissioner's office and the commissioner as the letter's writer: 'OPCC Chief Exec' ->
    'my Chief Exec'; 'OPCC submission' -> 'my office's submission'; 'the PCC's fund' -> 'my fund'."""
    text = re.sub(rf"\b{_OPCC}'?s?\s+(?=[A-Z][a-z])", "my ", text)  # OPCC Chief Executive
    text = re.sub(
        rf"\b{_OPCC}\s+(?=[a-z]{{3,}}\b)(?!to\b|and\b|will\b|has\b|is\b|was\b)", "my office's ", text
    )
    text = re.sub(rf"\b{_OPCC}\b", "my office", text)
    text = re.sub(r"\b(?:the\s+)?(?<![A-Z])P(?:F)?CC'?s\s+", "my ", text)
    text = re.sub(
        r"\b(?:from|by|with|to)\s+(?:the\s+)?(?<![A-Z])P(?:F)?CC\s+(?=[A-Z])",
        lambda m: m.group(0).split()[0] + " my ",
        text,
    )
    return text


# -- verbs ------------------------------------------------------------------------------------------------
# Words that are nouns as often as verbs, but open an action cell as a verb ("Review the policy").
_ACTION_VERBS = frozenset(
    [
        "review",
        "audit",
        "brief",
        "train",
        "plan",
        "update",
        "report",
        "record",
        "monitor",
        "map",
        "pilot",
        "scope",
        "survey",
        "fund",
        "commission",
        "design",
        "test",
        "respond",
        "share",
        "support",
        "target",
        "track",
        "use",
        "change",
        "check",
        "process",
        "access",
        "consult",
        "develop",
        "refresh",
        "recruit",
        "agree",
        "introduce",
        "vary",
        "embed",
        "publish",
        "deliver",
        "create",
        "establish",
        "launch",
        "implement",
        "ensure",
        "appoint",
        "commence",
        "complete",
        "conduct",
        "continue",
        "expand",
        "extend",
        "improve",
        "increase",
        "reduce",
        "provide",
        "produce",
        "set",
        "produce",
        "issue",
        "evaluate",
        "assess",
        "adopt",
        "amend",
        "align",
        "analyse",
        "roll",
        "run",
        "hold",
        "convene",
        "engage",
        "raise",
        "refer",
        "seek",
        "work",
        "build",
        "make",
        "add",
        "give",
        "allocate",
        "assign",
        "cost",
        "procure",
        "purchase",
        "order",
        "replace",
        "repair",
        "install",
        "upgrade",
        "mandate",
        "require",
        "escalate",
        "identify",
        "prioritise",
        "strengthen",
        "revise",
        "rewrite",
        "redesign",
        "restructure",
        "relaunch",
        "re-launch",
        "re-establish",
        "re-brief",
        "retrain",
        "prepare",
        "write",
        "draft",
        "submit",
        "finalise",
        "approve",
        "sign",
        "schedule",
        "book",
        "attend",
        "visit",
        "inspect",
        "dip",
        "sample",
        "benchmark",
        "baseline",
        "align",
        "join",
        "contribute",
        "feed",
        "coordinate",
        "lead",
        "oversee",
        "chair",
        "host",
        "collate",
        "capture",
        "measure",
        "promote",
        "raise",
        "renew",
        "secure",
        "staff",
        "tighten",
        "translate",
        "trial",
        "upskill",
        "clear",
        "clean",
        "close",
        "open",
        "mark",
        "reopen",
        "verify",
    ]
)
_NOT_VERBS = frozenset(
    {"online", "retail", "new", "all", "each", "every", "weekly", "monthly", "quarterly", "daily"}
)


def _is_verb(word: str, nxt: str = "") -> bool:
    w = word.lower()
    if w in _NOT_VERBS or not w.isalpha() and "-" not in w:
        return False
    if nxt.lower() == "of":  # "Review of custody records" is a noun
        return False
    if w in _ACTION_VERBS:
        return True
    lemmas = getAllLemmas(w)
    return "VERB" in lemmas and w in lemmas["VERB"] and "NOUN" not in lemmas and "ADJ" not in lemmas


def _inflect(verb: str, tag: str) -> str:
    forms = getInflection(verb.lower(), tag=tag)
    return forms[0] if forms else verb.lower()


@dataclass(frozen=True)
class Subject:
    """Who does it: the noun phrase, and whether it takes 'I am' / 'is'."""

    text: str
    first_person: bool = False  # "I"

    @property
    def plural(self) -> bool:
        return _plural(self.text)

    @property
    def be(self) -> str:
        return "am" if self.first_person else "are" if self.plural else "is"

    @property
    def have(self) -> str:
        return "have" if self.first_person or self.plural else "has"


FORCE = "the force"


def subject_for(owner_kind: OwnerKind, force: str = FORCE) -> Subject:
    if owner_kind == "opcc":
        return Subject("my office")
    if owner_kind == "pcc":
        return Subject("I", first_person=True)
    return Subject(force)


_TO_CLAUSE = re.compile(r"^(?P<who>(?:the\s+)?[A-Za-z][\w&' -]{1,40}?)\s+to\s+(?P<rest>[a-z].*)$")


def _verb_chain(words: list[str]) -> int:
    """How many words at the start are coordinated verbs: 'recruit and train ...' -> 3."""
    n = 1
    while (
        n + 1 < len(words)
        and words[n].lower() in ("and", "&", "then", "+", "/")
        and _is_verb(words[n + 1], words[n + 2] if n + 2 < len(words) else "")
    ):
        n += 2
    return n


def _tensed(words: list[str], status: Status, subject: Subject, once: str = "") -> str:
    n = _verb_chain(words)
    verbs = [w for w in words[:n] if w.lower() not in ("and", "&", "then", "+", "/")]
    rest = " ".join(words[n:])
    if status == "complete":
        tag, head = "VBN", f"{subject.have} " + " and ".join(_inflect(v, "VBN") for v in verbs)
    elif status in ("in_progress", "at_risk", "off_track"):
        tag, head = "VBG", f"{subject.be} " + " and ".join(_inflect(v, "VBG") for v in verbs)
    else:
        tag, head = "VB", "will " + " and ".join(v.lower() for v in verbs)
    if tag != "VB":
        rest = _COORDINATED.sub(lambda m: _coordinated(m, tag), rest)
    return f"{subject.text} {head} {rest}".strip() + (f" {once}" if once else "")


# A later verb in the same list of actions: "Refresh X, require Y and agree Z" (the verb is followed by
# what it acts on, so "advice and support for victims" is left alone).
_COORDINATED = re.compile(
    r"(?P<join>,\s*(?:and\s+)?|\s+and\s+)(?P<verb>[a-z]+)"
    r"(?=\s+(?!(?:for|of|to|in|on|with|from|by|at|and|or|as|is|are|was|were)\b)[\w£])"
)


def _coordinated(m: re.Match, tag: str) -> str:
    verb = m.group("verb")
    if not _is_verb(verb) or getAllLemmas(verb).get("VERB", (verb,))[0] != verb:
        return m.group(0)
    return f"{m.group('join')}{_inflect(verb, tag)}"


_LABELLED = re.compile(r"^(?P<label>[^:]{2,60}):\s+(?P<rest>\S.*)$")


def action_sentence(action: str, status: Status, subject: Subject, first: bool = True) -> str | None:
    """An imperative (or 'X to do') action cell as a sentence in the right tense and voice; ``None``
    when the cell is not an action (a noun phrase, a note): the caller decides what to do with it."""
    text = re.sub(r"^\s*to\s+", "", action.strip().rstrip("."), flags=re.I)
    if m := _TO_CLAUSE.match(text):  # "Force to adopt the national standard once agreed"
        who = m.group("who").strip()
        if re.match(r"^(?:nothing|no|none|n/?a)\b", who, re.I):
            return None
        if who.lower().startswith("my "):
            subject, text = Subject(who), m.group("rest")
        elif not _is_verb(who.split()[0]):
            owner = (
                "my office"
                if re.search(r"\bO(?:P|PF)CC\b", who)
                else FORCE
                if re.search(r"\bforce\b", who, re.I)
                else None
            )
            if owner is None and re.fullmatch(r"(?:the\s+)?P(?:F)?CC", who):
                subject = Subject("I", first_person=True)
            elif owner is not None:
                subject = Subject(owner)
            else:
                subject = Subject(who if who.lower().startswith("the ") else f"the {who}")
            text = m.group("rest")
    label = ""
    if (m := _LABELLED.match(text)) and _is_verb(m.group("rest").split()[0]):
        label, text = m.group("label"), m.group("rest")  # "DFU: recruit 3 DMIs"
    words = text.split()
    if not words or not _is_verb(words[0], words[1] if len(words) > 1 else ""):
        return None
    once = ""
    if status == "awaiting_national" and not re.search(r"\b(?:once|when|after)\b", text, re.I):
        once = "once the national work it depends on allows"
    sentence = _tensed(words, status if status != "awaiting_national" else "not_started", subject, once)
    if label:
        sentence = f"for {_np(label) if label[:1].islower() else 'the ' + label}, {sentence}"
    if not first:
        sentence = re.sub(
            rf"^{re.escape(subject.text)} ",
            f"{subject.text} also " if subject.first_person else "it also ",
            sentence,
            count=1,
        )
        if sentence.startswith("it also "):
            sentence = sentence.replace("it also ", "It also ", 1) if subject.text == FORCE else sentence
    return tidy(sentence)


def _with_article(phrase: str) -> str:
    """'screening rule for ...' -> 'a screening rule for ...'; plurals, names and quoted terms as they are."""
    first = phrase.split()[0] if phrase.split() else ""
    if (
        not first
        or not first[0].islower()
        or first in ("a", "an", "the", "its", "their", "our", "my", "all", "each", "every")
    ):
        return phrase
    if first.endswith("s") and not first.endswith(("ss", "us", "is")):
        return phrase
    lemmas = getAllLemmas(first)
    if "NOUN" not in lemmas and "ADJ" not in lemmas or first in _FUNCTION_WORDS:
        return phrase
    return ("an " if first[0] in "aeiou" else "a ") + phrase


# "reported quarterly to the board", "shared with partners": a participle starting a fragment, not an
# adjective ("registered sex offenders").
_AFTER_PARTICIPLE = frozenset(
    [
        "quarterly",
        "monthly",
        "weekly",
        "daily",
        "annually",
        "to",
        "by",
        "at",
        "on",
        "in",
        "with",
        "for",
        "through",
        "via",
        "from",
    ]
)
_FUNCTION_WORDS = frozenset(
    [
        "on",
        "of",
        "in",
        "to",
        "for",
        "with",
        "by",
        "at",
        "from",
        "a",
        "an",
        "the",
        "this",
        "that",
        "these",
        "those",
        "its",
        "their",
        "our",
        "my",
        "and",
        "or",
        "but",
        "as",
    ]
)
_SUBJECT_CUES = frozenset(
    [
        "already",
        "now",
        "also",
        "still",
        "currently",
        "routinely",
        "then",
        "which",
        "who",
        "it",
        "we",
        "they",
        "he",
        "she",
        "this",
        "that",
        "force",
        "office",
    ]
)
_CLAUSE_AFTER = re.compile(
    r"\b(?P<verb>[a-z]+s)\s+(?:this|the|a|an|all|each|every|its|their|progress|monthly|quarterly|weekly|to|on)\b"
)


def is_prose(text: str) -> bool:
    """A sentence as a person writes one ('The force already records disability on Niche'), not a
    plan's shorthand: six words or more, a verb of its own, not an order."""
    words = text.split()
    return len(words) >= 6 and not _is_verb(words[0], words[1]) and _finite_verb(text)


_NAMED_BODY = re.compile(
    r"^(?:[A-Z][\w&'-]*\s+){0,5}(?:Board|Group|Panel|Team|Unit|Partnership|Committee|Forum|Hub|Service|Meeting)\b"
)


def _finite_verb(phrase: str) -> bool:
    """The phrase is already a clause: 'The Custody Governance Board tracks this plan monthly', 'the
    board will take a deep dive'."""
    if re.search(
        r"\b(?:will|shall|should|would|can|could|must|may|is to|are to|has|have)\s+(?:also\s+|already\s+|now\s+)?[a-z]+",
        phrase,
    ) and not re.match(r"^(?:will|has|have|should|must)\b", phrase):
        return True
    # "the force already records ...", "ACC Reeve owns that": a subject, then a verb in the present or past
    for m in re.finditer(r"\b(?P<before>[A-Za-z]+)\s+(?P<verb>[a-z]+(?:s|ed))\b", phrase):
        before, verb = m.group("before"), m.group("verb")
        if before.lower() in _SUBJECT_CUES or (
            before[0].isupper() and not before.isupper() and m.start() > 0
        ):
            for lemma in getAllLemmas(verb).get("VERB", ()):
                if verb in getInflection(lemma, tag="VBZ") or verb in getInflection(lemma, tag="VBD"):
                    return True
    for m in _CLAUSE_AFTER.finditer(phrase):
        word = m.group("verb")
        for lemma in getAllLemmas(word).get("VERB", ()):
            if word in getInflection(lemma, tag="VBZ"):
                return True
    # "CCE referrals now go through the triage call": "now" before a verb
    for m in re.finditer(r"\b(?:now|already|still|also)\s+(?P<verb>[a-z]+)\b", phrase):
        word = m.group("verb")
        if any(
            word in getInflection(lemma, tag=tag)
            for lemma in getAllLemmas(word).get("VERB", ())
            for tag in ("VBP", "VBZ", "VBD")
        ) and not getAllLemmas(word).get("ADJ"):
            return True
    # "When fieldwork started in May, ...": a clause opened by a subordinator is a sentence already
    if _SUBORDINATE.match(phrase):
        return True
    # "Three agency officers joined the FVU": a past verb with its object, not a measure's participle
    return any(m.start() > 0 and _past_tense(m.group("verb")) for m in _PAST_WITH_OBJECT.finditer(phrase))


_LABELLED_FACT = re.compile(r"^[A-Z][\w' –-]{1,30}:\s+\S*\d")  # "Sept–Oct: 58 children to the panel"
_SUBORDINATE = re.compile(
    r"^(?:when|after|since|although|though|because|while|whilst|until|before|once|as)\s+\w+", re.I
)
_PAST_WITH_OBJECT = re.compile(
    r"\b(?P<verb>[a-z]+ed)\s+(?:the|a|an|its|their|his|her|our|all|each|every|this|these|those)\b"
)


def _past_tense(word: str) -> bool:
    return any(word in getInflection(lemma, tag="VBD") for lemma in getAllLemmas(word).get("VERB", ()))


def _participle_at(words: list[str]) -> int | None:
    """Where a past participle follows a noun phrase: 'All recommendations loaded to ...' -> 2."""
    for i, w in enumerate(words[1:6], start=1):
        lw = w.lower()
        if not lw.isalpha() or not lw.endswith(("ed", "en", "wn", "ent", "ilt", "ought", "ade")):
            continue
        if words[i - 1].lower() in _FUNCTION_WORDS or words[i - 1].endswith((":", ",", ";")):
            return None
        if i + 1 < len(words) and words[i + 1].lower() in _DETERMINERS:
            return None  # "officers joined the FVU": a past verb with its object
        for lemma in getAllLemmas(lw).get("VERB", ()):
            if lw in getInflection(lemma, tag="VBN") and lemma != lw:
                return i
    return None


_DETERMINERS = frozenset(
    ["the", "a", "an", "its", "their", "his", "her", "our", "all", "each", "every", "this", "these", "those"]
)


def noun_sentence(action: str, status: Status, subject: Subject, first: bool = True) -> str:
    """A cell that names a measure rather than an action ('Online reporting form with CCTV upload'), or
    reports one done ('All recs loaded to the tracker')."""
    phrase = re.sub(r"^interim\s*:\s*", "as an interim measure, ", action.strip().rstrip("."), flags=re.I)
    interim = phrase.startswith("as an interim measure, ")
    phrase = phrase.removeprefix("as an interim measure, ")
    words = phrase.split()
    if _SUBORDINATE.match(phrase) or _LABELLED_FACT.match(phrase):
        return tidy(
            phrase
        )  # "When fieldwork started in May, ...", "Sept–Oct: 58 children ...": already facts
    if (at := _participle_at(words)) is not None:
        np = " ".join(words[:at])
        verb = "have" if _plural(np) else "has"
        return tidy(f"{'As an interim measure, ' if interim else ''}{np} {verb} been {' '.join(words[at:])}")
    if (
        len(words) > 1
        and words[0].lower().endswith("ed")
        and words[1].lower() in _AFTER_PARTICIPLE
        and _participle_at(["it", *words]) == 1
    ):  # "reported quarterly to X"
        return tidy(f"this {'is' if status != 'not_started' else 'will be'} {phrase[0].lower() + phrase[1:]}")
    if _finite_verb(phrase):  # already a sentence; a named body opening it takes "the"
        return tidy(("the " if _NAMED_BODY.match(phrase) else "") + phrase)
    if phrase[:2].isalpha() and not phrase[:2].isupper():
        phrase = phrase[0].lower() + phrase[1:]
    phrase = _with_article(phrase)
    who = "I" if subject.first_person else subject.text
    also = "" if first else " also"
    if phrase.startswith("£"):  # an investment: "£95k from my fund to the partnership"
        sentence = f"{who} {'have' if subject.first_person else 'has'}{also} committed {phrase}"
    elif status == "complete":
        sentence = f"{phrase} is{also} now in place"
    elif status in ("in_progress", "at_risk", "off_track"):
        sentence = f"work is{also} under way on {phrase}"
    elif status in ("not_started", "awaiting_national"):
        sentence = f"{who}{also} {'plan' if subject.first_person else 'plans'} {phrase}"
    else:
        owner = "my" if subject.first_person else f"{subject.text}'s"
        sentence = f"{owner} plan{also} includes {phrase}"
    return tidy(("as an interim measure, " if interim else "") + sentence)


_DEPENDS = re.compile(r"^dependent on\s+", re.I)


# -- the closing clause --------------------------------------------------------------------------------
_ROLE_START = re.compile(
    r"^(?:head|director|deputy|assistant|chief|superintendent|detective|inspector|sergeant|force|"
    r"lead|manager|commander|district|local|area|senior|strategic|custody|crime|public|people|"
    r"digital|police|professional|business|corporate|performance|partnership|safeguarding)\b",
    re.I,
)


_RANK = re.compile(
    r"^(?P<rank>(?:Detective |Deputy |Assistant |Temporary |T/)?(?:Chief Superintendent|Superintendent|Chief Inspector|"
    r"Inspector|Sergeant|Chief Constable|Chief Officer))[,\s]+(?P<rest>.+)$"
)
_PERSON = re.compile(r"^(?:[A-Z]\.?\s|[A-Z][a-z]+\s)[A-Z][a-z'’-]+$")  # "Jane Corran", "R. Haines"
_UNIT_WORD = re.compile(
    r"\b(?:Policing|Custody|Justice|Crime|Operations|Support|Contact|Protection|Investigations?|Neighbourhoods?|"
    r"Services?|Standards|Command|Local|Digital|Estates|Finance|People|Intelligence|Safeguarding|Partnerships?|"
    r"Planning|Insight|Strategy|Performance|Development|Training|Learning|Vetting|Change|Communications)\b"
)
_ROLE_WORD = re.compile(r"^(?:Head|Director|Lead|Manager|Commander|Chief|Deputy|Officer)\b")
_INITIALS = re.compile(r"\s[A-Z]{1,3}$")
_SURNAME = re.compile(r"[A-Z][a-z]+(?:['’-][A-Z]?[a-z]+)?")


def owner_phrase(owner: str, owner_kind: OwnerKind) -> str:
    """'Head of Custody' -> 'the Head of Custody'; 'OPCC Chief Executive' -> 'my Chief Executive';
    'Chief Superintendent Head of Contact' -> 'the Head of Contact'; 'Assistant Chief Constable Local
    Policing' -> 'the Assistant Chief Constable for Local Policing'."""
    owner = first_person(owner.strip().rstrip("."))
    if (m := re.match(r"^(?P<name>[^()]+?)\s*\((?P<role>[^)]+)\)$", owner)) and _ROLE_WORD.match(
        m.group("role")
    ):
        owner = m.group("role")  # "Jo Penrose (Head of Custody)": the letter names the role
    elif m and _UNIT_WORD.search(m.group("role")) and (initials := _INITIALS.search(m.group("name"))):
        # "Supt RB (Local Policing)": a rank, initials and a portfolio; the letter names the portfolio
        owner = f"{m.group('name')[: initials.start()].strip()} {m.group('role')}"
    elif m:
        owner = m.group("name")
    if ", " in owner:  # "Supt Dean Farrow, Head of CCR": the letter names the role
        parts = [p.strip() for p in owner.split(",") if p.strip()]
        owner = next((p for p in parts if _ROLE_WORD.match(p)), owner)
    if _PERSON.match(owner) and not _UNIT_WORD.search(owner):
        return owner
    if m := _RANK.match(owner):
        rest = m.group("rest").lstrip(" ,;/")
        name = rest.split(",")[0].strip()
        if "," in rest and _PERSON.match(name) and not _UNIT_WORD.search(name):
            return f"{m.group('rank')} {name}"
        if _ROLE_WORD.match(rest):
            owner = rest
        elif (_PERSON.match(rest) or _SURNAME.fullmatch(rest)) and not _UNIT_WORD.search(rest):
            return f"{m.group('rank')} {rest}"  # "DCI Hale": a rank and a surname, not a portfolio
        else:
            owner = f"{m.group('rank')} for {rest}"
    if owner.lower().startswith(("my ", "the ")):
        return owner
    if owner_kind == "pcc":
        return "I"
    return f"the {owner}" if _ROLE_START.match(owner) or owner.isupper() or len(owner.split()) > 1 else owner


_STATE = {
    "complete": "is complete",
    "at_risk": "is at risk of running late",
    "off_track": "is behind schedule",
    "not_started": "has not yet started",
    "awaiting_national": "awaits national action",
    "not_applicable": "",
    "unknown": "",
    "in_progress": "",
}


def closing_sentence(owner: str, owner_kind: OwnerKind, due: Due, status: Status) -> str | None:
    """'The Head of Custody leads this work, which is due to be complete by 31 March 2027.'"""
    who = owner_phrase(owner, owner_kind) if owner else ""
    when = ""
    if due.date is not None:
        when = f"by {due.words()}"
    elif due.recurring:
        when = f"runs {due.words()[0].lower()}{due.words()[1:]}"
    elif due.open_ended:
        when = "ongoing"
    state = _STATE[status]
    if not who and not when and not state:
        return None
    lead = ("I lead this work" if who == "I" else f"{who} leads this work") if who else "This work"
    if status == "complete":
        return tidy(f"{lead}, which is complete" if who else "This work is complete")
    if when == "ongoing":
        tail = "which is ongoing"
    elif when.startswith("runs "):
        tail = f"which {when}"
    elif when:
        tail = (
            f"which is due {when}"
            if status in ("at_risk", "off_track", "not_started", "awaiting_national")
            else f"which is due to be complete {when}"
        )
    else:
        tail = ""
    if who:
        sentence = f"{lead}, {tail}" if tail else lead
    else:
        sentence = (
            f"This work is due {when}"
            if when and when != "ongoing"
            else "This work is ongoing"
            if when
            else ""
        )
    if state:
        sentence = f"{sentence}; it {state}" if sentence else f"This work {state}"
    return tidy(sentence)


# -- progress notes --------------------------------------------------------------------------------
_DMY = re.compile(
    r"\b(\d{1,2})/(\d{1,2})(?:/(\d{2}|\d{4}))?\b(?![/.]\d)|\b(\d{1,2})\.(\d{1,2})\.(\d{2}|\d{4})\b(?![/.]\d)"
)  # 02/11, 28/10/2025, 31.03.24; never a decimal (9.8%)
_PARTICIPLE = (
    "signed|agreed|launched|issued|completed|approved|published|held|opened|sent|started|delivered|"
    "appointed|introduced|implemented|circulated|ordered|booked|raised|received|recruited|trained|"
    "briefed|submitted|commissioned|adopted|established|updated|revised|refreshed|rolled out|installed"
)
_LIVE = re.compile(
    r"^(?P<np>.+?)\s+(?:went\s+|go(?:es)?\s+|is\s+|now\s+)?live\s+(?:in\s+)?(?P<where>(?-i:[A-Z])[\w']+\s+)?"
    r"(?:from\s+|on\s+|since\s+)?(?P<when>@D\d+@)(?P<tail>\s*\([^)]*\))?$",
    re.I,
)
_DONE = re.compile(
    rf"^(?P<np>.+?)\s+(?:was\s+|were\s+)?(?P<vbn>{_PARTICIPLE})\s+(?:(?:at|by|with)\s+)?(?P<at>(?-i:[A-Z][\w&]+)\s+)?"
    rf"(?:on\s+|w/c\s+|the week beginning\s+)?(?P<when>@D\d+@)(?P<tail>\s*\([^)]*\))?$",
    re.I,
)
_FOUND = re.compile(
    r"^(?P<label>[\w' -]{2,40}?(?:audit|sample|review|survey|check|inspection|data))\s*[:-]\s*(?P<rest>.+)$",
    re.I,
)
_SCRAP_WORDS = re.compile(
    r"^(?:dates?|meeting|mtg|scoping|work|nothing|none|n/?a|tbc|ongoing|see|as above|update)\b", re.I
)


def _year_for(day: int, month: int, around: date) -> date | None:
    """A day and month written without a year: the nearest such date to ``around`` (a progress note is
    written near the report's publication)."""
    best = None
    for year in (around.year - 1, around.year, around.year + 1):
        try:
            candidate = date(year, month, day)
        except ValueError:
            continue
        if best is None or abs(candidate - around) < abs(best - around):
            best = candidate
    return best


def written_dates(text: str, around: date) -> tuple[str, list[date]]:
    """Numeric dates ('02/11', '28/10/2025', '03/27' as a month) written out in words."""
    found: list[date] = []

    def repl(m: re.Match) -> str:
        dotted = m.group(4) is not None
        a, b, y = (
            (int(m.group(4)), int(m.group(5)), m.group(6))
            if dotted
            else (int(m.group(1)), int(m.group(2)), m.group(3))
        )
        try:
            if y:
                year = int(y) + (2000 if len(y) == 2 else 0)
                d = date(year, b, a)
            elif a <= 12 and b >= 20 and not 1 <= b <= 12:  # "03/27": March 2027
                found.append(date(2000 + b, a, 28))
                return date(2000 + b, a, 1).strftime("%B %Y")
            else:
                d = _year_for(a, b, around)
        except ValueError:
            return m.group(0)
        if d is None:
            return m.group(0)
        found.append(d)
        return long_date(d)

    text = _DMY.sub(repl, text)

    # "January 27": a month and a two-digit year near the report's, not the 27th
    def month_year(m: re.Match) -> str:
        year = 2000 + int(m.group(2))
        return f"{m.group(1)} {year}" if abs(year - around.year) <= 2 else m.group(0)

    text = re.sub(
        rf"\b({'|'.join(_MONTH_NAMES.values())})\s*[-'’]?\s*(\d{{2}})\b(?![\d/:]|\.\d)", month_year, text
    )
    return text, found


def _np(text: str) -> str:
    text = text.strip()
    if not text:
        return text
    return (
        text
        if re.match(r"^(?:the|a|an|my|our|its|all|every|\d)\b", text, re.I)
        else f"the {text[0].lower() + text[1:] if not text[:2].isupper() else text}"
    )


def _plural(np: str) -> bool:
    last = np.split()[-1] if np.split() else ""
    return last.endswith("s") and not last.endswith(("ss", "us", "is")) or " and " in np


_REC_REF = re.compile(r"\bR(\d+[a-z]?)\b")


def written_refs(text: str) -> str:
    """'R1a and R1c' -> 'recommendations 1a and 1c'; 'CoC' -> 'the cause of concern'."""
    text = re.sub(
        r"\bR(\d+[a-z]?)((?:\s*(?:,|and|&)\s*R\d+[a-z]?)+)",
        lambda m: "recommendations " + m.group(1) + re.sub(r"R(?=\d)", "", m.group(2)),
        text,
    )
    text = _REC_REF.sub(r"recommendation \1", text)
    return re.sub(
        r"\bCoCs?\b(?:\s*(\d+))?",
        lambda m: f"cause of concern {m.group(1)}" if m.group(1) else "the cause of concern",
        text,
    )


def progress_sentences(note: str, around: date, glossary: Glossary) -> tuple[list[str], list[str]]:
    """A progress note as sentences of fact, and the scraps a person should look at instead."""
    facts, scraps = [], []
    pieces = [p.strip() for p in re.split(r"(?<=[\w)%])[.;]\s+|\n+|\.\s*$", note) if p and p.strip(" .;")]
    for piece in pieces:
        original = piece.strip(" .;")
        text = months_written_out(first_person(glossary.write_out(written_refs(original))))
        text, dates = written_dates(text, around)
        words = re.findall(r"[A-Za-z']+", text)
        has_fact = bool(dates) or bool(re.search(r"\d", text))
        if not has_fact and (len(words) <= 3 or _SCRAP_WORDS.match(text)):
            scraps.append(original)
            continue
        facts.append(tidy(_shape(text, dates)))
    return facts, scraps


def _common_word(word: str) -> bool:
    """A capital that only starts the sentence ("Training", "My"), not a name or an abbreviation."""
    return (
        word != "I" and not word.isupper() and (word.lower() in STOPWORDS or bool(getAllLemmas(word.lower())))
    )


def join_short(facts: list[str], limit: int = 13) -> list[str]:
    """Adjacent short facts of one note as one sentence ("A campaign opened on 9 November 2026, and
    training is planned for February 2027"): the office writes some 22 words a sentence, the notes one
    fact at a time. Two at most, and only where neither has a comma, colon, dash or "and" of its own."""
    out: list[str] = []
    can_join = False
    for fact in facts:
        prev = out[-1] if out else ""
        if can_join and all(
            len(f.split()) < limit and not re.search(r"[,;:–—?!]| and ", f) for f in (prev, fact)
        ):
            first, _, rest = fact.partition(" ")
            if _common_word(first):
                first = first.lower()
            out[-1] = f"{prev.rstrip('.')}, and {first} {rest}".rstrip()
            can_join = False
        else:
            out.append(fact)
            can_join = True
    return out


def _shape(text: str, dates: list[date]) -> str:
    """One fragment as a sentence: 'X live 2 November 2026' -> 'X has been live since 2 November 2026';
    'X signed 28 October 2026' -> 'X was signed on 28 October 2026'; 'Sept audit: ...' -> 'The
    September audit found ...'."""
    marked = text
    long_forms = [long_date(d) for d in dates]
    for i, shown in enumerate(long_forms):
        marked = marked.replace(shown, f"@D{i}@", 1)
    if m := _LIVE.match(marked):
        np = _np(m.group("np"))
        where = f" in {m.group('where').strip()}" if m.group("where") else ""
        return (
            f"{np} {'have' if _plural(np) else 'has'} been live{where} since "
            f"{_unmark(m.group('when'), long_forms)}{m.group('tail') or ''}"
        )
    if m := _DONE.match(marked):
        np = _np(m.group("np"))
        at = f" at {m.group('at').strip()}" if m.group("at") else ""
        return (
            f"{np} {'were' if _plural(np) else 'was'} {m.group('vbn').lower()}{at} on "
            f"{_unmark(m.group('when'), long_forms)}{m.group('tail') or ''}"
        )
    if _DEPENDS.match(text):
        return _DEPENDS.sub("this depends on ", text)
    if m := _FOUND.match(text):
        label = _MONTHS_SHORT.sub(lambda x: _MONTH_NAMES[x.group(0).lower()[:3]], m.group("label"))
        return f"{_np(label)} found {m.group('rest').strip()}"
    return text


_MONTH_NAMES = {m[:3].lower(): m for m in MONTHS}
_MONTHS_SHORT = re.compile(r"\b(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\b", re.I)


def _unmark(text: str, long_forms: list[str]) -> str:
    return re.sub(r"@D(\d+)@", lambda m: long_forms[int(m.group(1))], text)


def months_written_out(text: str) -> str:
    """'Aug 48%' -> 'August 48%' (a short month name standing alone)."""
    return re.sub(
        r"\b(Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b(?!\w)",
        lambda m: _MONTH_NAMES[m.group(1).lower()[:3]],
        text,
    )


# -- punctuation and capitals -------------------------------------------------------------------------
def tidy(sentence: str) -> str:
    """One clean sentence: spaces, arrows and plus signs, doubled stops, a capital and a full stop."""
    s = sentence.strip()
    s = re.sub(r"\s*->\s*|\s*→\s*", " to ", s)
    s = re.sub(r"(?<=\w)\s*\+\s*(?=\w)", " and ", s)
    s = re.sub(r"\s+([,.;:%])", r"\1", s)
    # A space after a comma, semicolon or colon, except inside a number or a time (£95,000; 22:00).
    s = re.sub(r"(?<!\d)([,;:])(?=\S)|([,;:])(?=\D)", lambda m: (m.group(1) or m.group(2)) + " ", s)
    s = re.sub(r"\s{2,}", " ", s)
    s = re.sub(r"[.;,:]+$", "", s).strip()
    s = months_written_out(s)
    s = re.sub(r"\b(NOT|AND|ONLY|ALL|NO|NONE|BUT)\b", lambda m: m.group(1).lower(), s)  # shouting in notes
    s = re.sub(r"(?<=\d)\s*%", " per cent", s)  # the office's letters write "per cent"
    s = re.sub(r"(?<=[A-Za-z]) & (?=[A-Z])", " and ", s)  # Performance & Accountability Board
    s = re.sub(
        r"\s*\((?:see|cf\.?)\s+[^)]{1,20}\)", "", s, flags=re.I
    )  # "(see D)": the plan's cross-references
    s = re.sub(r"\s+-\s+", ", ", s)  # a dash between fragments
    s = re.sub(r"(?<=\d)\s*x\s+(?=[A-Za-z])", " ", s)  # "3 x investigators"
    if not s:
        return s
    s = s[0].upper() + s[1:]
    return s + ("" if s.endswith(("?", "!")) else ".")


def within(d: date, around: date, days: int = 400) -> bool:
    return abs(d - around) <= timedelta(days=days)


# -- what the realiser adds, for the grounding check ---------------------------------------------------
FRAME = (
    "The force my office I have has is are am will also leads lead this work which is due to be complete by "
    "ongoing it at risk of running late behind schedule has not yet started awaits national action once the "
    "national work it depends on allows work is under way on plan plans includes now in place been live "
    "since was were on found committed as an interim measure this depends Locally per cent"
)


def added_words(source_texts: list[str], glossary: Glossary) -> str:
    """The words a realised sentence may hold that its source does not: the realiser's own frame, the
    abbreviations written out, and the tensed forms of each action's verbs (refresh -> refreshing)."""
    extra = [FRAME]
    for text in source_texts:
        extra += glossary.expansions_in(text)
        extra += list(defined_in(text).values())
        for word in set(re.findall(r"\b[A-Za-z]{3,}\b", text)):
            lemmas = getAllLemmas(word.lower()).get("VERB", ())
            for lemma in lemmas:
                extra += [_inflect(lemma, tag) for tag in ("VBG", "VBN", "VBZ")]
    return " ".join(extra)


# -- what an area for improvement asks, as the purpose of the work -----------------------------------
_SHOULD = re.compile(r"\bshould\s+(?:(?:continue to|also|further)\s+)?(?P<aim>.+)", re.I)
_AIM_END = re.compile(r",|;|\.|\s+so that\b|\s+and that\b|\s+including\b|\s+in particular\b|\s+so it\b", re.I)


def aim_of(ask: str, max_words: int = 16) -> str | None:
    """'The force should improve how quickly it answers calls, so that ...' -> 'improve how quickly it
    answers calls': the purpose clause a paragraph of action can open with ('To improve ..., the force
    is ...'). None when the ask is not worded 'X should ...' or the clause is too long to read well."""
    m = _SHOULD.search(ask or "")
    if not m:
        return None
    aim = _AIM_END.split(m.group("aim"), maxsplit=1)[0].strip()
    words = aim.split()
    verb_at = 1 if words and words[0].lower() in _ADVERBS else 0
    if len(words) <= verb_at or len(words) > max_words:
        return None
    if not _is_verb(words[verb_at], words[verb_at + 1] if len(words) > verb_at + 1 else ""):
        return None
    return aim


_ADVERBS = frozenset(
    [
        "better",
        "fully",
        "properly",
        "consistently",
        "routinely",
        "always",
        "promptly",
        "effectively",
        "further",
    ]
)


def with_aim(aim: str | None, sentence: str) -> str:
    """'To {aim}, {sentence}' when the sentence opens with its subject; the sentence as it is otherwise."""
    if not aim or not re.match(r"^(?:The force|Work|My office|It|This)\b", sentence):
        return sentence
    return tidy(f"To {aim}, {sentence[0].lower()}{sentence[1:]}")
