"""Verbs and clauses: an imperative cell as a clause in the tense its status gives, with the subject its
owner gives (lemminflect); a noun-phrase cell as a measure; prose kept as written."""

from __future__ import annotations

import re
from dataclasses import dataclass

from lemminflect import getAllLemmas, getInflection

from assistant.drafting.plan import OwnerKind, Status
from assistant.drafting.realise.tidy import tidy
from assistant.drafting.text import lower_first

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


_FINITE_AFTER_NOUN = frozenset(
    [
        "is",
        "are",
        "was",
        "were",
        "has",
        "have",
        "makes",
        "made",
        "covers",
        "covered",
        "includes",
        "included",
        "sets",
        "shows",
        "gives",
        "needs",
        "remains",
    ]
)


def _is_verb(word: str, nxt: str = "") -> bool:
    w = word.lower()
    if w in _NOT_VERBS or not w.isalpha() and "-" not in w:
        return False
    if len(word) > 1 and word.isupper():  # "THRIVE refresher": an abbreviation, not "thrive"
        return False
    if re.fullmatch(r"[A-Z][a-z]+['’]s", nxt):  # "Mark Osei's team": a name, not "mark"
        return False
    if nxt.lower() == "of":  # "Review of custody records" is a noun
        return False
    if nxt.lower() in _FINITE_AFTER_NOUN:  # "Report makes 4 recommendations", "Plan covers recs 1 and 2"
        return False
    lemmas = getAllLemmas(w)
    if "VERB" in lemmas and nxt.lower() in ("up", "out"):  # "Stand up a unit", "Roll out the app"
        return True
    if w in _ACTION_VERBS:
        return True
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
    if (m := re.match(r"will\s+(?P<rest>\S.*)$", text, re.I)) and _is_verb(m.group("rest").split()[0]):
        # "Will implement revised APP when published": the note's own future, whatever the status
        return action_sentence(m.group("rest"), "not_started", subject, first)
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
                subject = Subject(who if who.lower().startswith("the ") else f"the {lower_first(who)}")
            text = m.group("rest")
    if re.match(r"^be\s+\S", text) and subject.text not in (FORCE, "I", "my office"):
        # "file quality to be a standing agenda item": not "the file quality is being ..."
        verb = "is now" if status == "complete" else "will be"
        return tidy(f"{subject.text} {verb} {text[3:].strip()}")
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


_MASS_NOUNS = frozenset(
    [
        "training",
        "e-learning",
        "learning",
        "guidance",
        "recruitment",
        "support",
        "advice",
        "information",
        "equipment",
        "funding",
        "capacity",
        "oversight",
        "governance",
        "supervision",
        "research",
        "software",
        "staffing",
        "resilience",
        "engagement",
        "awareness",
        "accommodation",
        "provision",
        "practice",
    ]
)
_HEAD_ENDS = re.compile(r"\s*(?::|\(|[–—]|\s(?:for|of|in|on|by|with|to|at|from|into|across|within)\s)")


def _head(phrase: str) -> str:
    """The last word before the first colon, bracket, dash or preposition: the noun the phrase is about."""
    words = _HEAD_ENDS.split(phrase, maxsplit=1)[0].split()
    return words[-1].lower().strip(",.;") if words else ""


def _with_article(phrase: str) -> str:
    """'screening rule for ...' -> 'a screening rule for ...'; 'NFS refresher' -> 'an NFS refresher';
    plurals, mass nouns ('mandatory disclosure training'), names and quoted terms as they are."""
    first = phrase.split()[0] if phrase.split() else ""
    if not first or first in ("a", "an", "the", "its", "their", "our", "my", "all", "each", "every"):
        return phrase
    head = _head(phrase)
    if head in _MASS_NOUNS or (
        head.endswith("s") and not head.endswith(("ss", "us", "is")) and len(head) > 3
    ):
        return phrase  # "disclosure champions in each office"
    if re.fullmatch(r"[A-Z]{2,5}", first) and len(phrase.split()) > 1 and phrase.split()[1][:1].islower():
        # an initialism before a noun ("NFS refresher", "ISVA post"): the article follows its first letter's sound
        return ("an " if first[0] in "AEFHILMNORSX" else "a ") + phrase
    if not first[0].islower():
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
        r"\b(?:will|shall|should|would|can|could|must|may|is to|are to|has|have|had)\s+(?:also\s+|already\s+|now\s+)?[a-z]+",
        phrase,
    ) and not re.match(r"^(?:will|has|have|had|should|must)\b", phrase):
        return True
    # "the average caseload was 61 offenders", "applications rose from 9 to 17": a copula with its
    # complement, or a measure moving
    if re.search(
        r"\b(?:was|were)\s+(?:\d|£|(?:a|an|the|not|still|also|in|on|at|due|below|above)\b)", phrase
    ) or re.search(
        r"\b(?:rose|fell|increased|decreased|dropped|grew|doubled|halved)\s+(?:from|to|by)\b", phrase
    ):
        return True
    if len(words := phrase.split()) > 1 and words[1].lower() in _FINITE_AFTER_NOUN:  # "Report makes 4 recs"
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
    # "Two co-production workshops are booked: ...": a passive is a clause
    if re.search(
        r"\b(?:is|are|was|were|has been|have been)\s+(?:\w+ly\s+|now\s+|already\s+)?[a-z]+(?:ed|en|wn|lt|nt)\b",
        phrase,
    ):
        return True
    # "We then report to the panel", "Det Supt Marsh (Head of PSD) says ...": a pronoun or a bracketed
    # role, then a verb
    for m in _PRONOUN_OR_BRACKET.finditer(phrase):
        word = m.group("verb")
        if any(
            word in getInflection(lemma, tag=tag)
            for lemma in getAllLemmas(word).get("VERB", ())
            for tag in ("VBP", "VBZ", "VBD")
        ):
            return True
    # "The CCU's monitoring software covers desktops but not phones": a sentence opened by a
    # determiner is never an order, and a long one with a verb of its own is prose
    if _DETERMINER_START.match(phrase) and len(phrase.split()) >= 8:
        if any(_present_or_past(w) for w in re.findall(r"\b[a-z]+\b", phrase.split(maxsplit=2)[-1])):
            return True
        # "The CCU's monitoring software covers ...": a possessive's noun phrase, then its verb
        for m in re.finditer(r"['’]s(?:\s+[a-z-]+){1,3}\s+(?P<verb>[a-z]+s)\b", phrase):
            word = m.group("verb")
            if any(word in getInflection(lemma, tag="VBZ") for lemma in getAllLemmas(word).get("VERB", ())):
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


_PRONOUN_OR_BRACKET = re.compile(
    r"(?:\b(?i:we|they|he|she|I)|\))\s+(?:(?:then|now|also|already|still|will|currently)\s+)?(?P<verb>[a-z]+)\b"
)
_DETERMINER_START = re.compile(r"^(?:The|This|These|Our|Its|Their|Every|Each|All|Both)\s+\S")


def _present_or_past(word: str) -> bool:
    """A finite verb form that is nothing else: 'covers' is a verb here only if it cannot be a noun too;
    'is', 'was', 'has' always are."""
    if word in ("is", "are", "was", "were", "has", "had"):
        return True
    lemmas = getAllLemmas(word)
    if not lemmas.get("VERB") or word.endswith("ing"):
        return False
    finite = any(word in getInflection(lemma, tag=tag) for lemma in lemmas["VERB"] for tag in ("VBZ", "VBD"))
    return finite and (word.endswith("ed") or "NOUN" not in lemmas)


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
        if any(w.lower() in _BEFORE_VERB for w in words[:i]):
            return None  # "Will implement revised APP": the fragment's verb came first; "revised" is no deed
        if re.fullmatch(r"[\d,.]+", words[i - 1]):
            return None  # "Caseload cap 50 registered sex offenders": a count of them, not a deed
        after = words[i + 1].lower() if i + 1 < len(words) else ""
        if after in _DETERMINERS or after in _QUANTIFIERS or re.fullmatch(r"\d[\d,]*", after):
            return None  # "officers joined the FVU", "Panel reviewed 20 clips": a past verb with its object
        if after and _IN_PHRASE.search(" ".join(words[1:i])) and not _DONE_HOW.match(after):
            return None  # "taxi account for detainees released at night": it describes the detainees
        if lw in getAllLemmas(lw).get("NOUN", ()) or lw in getAllLemmas(lw).get("VERB", ()):
            continue  # "feed", "need": a word of its own, not a past participle ("fee" + "d")
        for lemma in getAllLemmas(lw).get("VERB", ()):
            if lw in getInflection(lemma, tag="VBN") and lemma != lw:
                return i
    return None


_QUANTIFIERS = frozenset(
    ["first", "second", "third", "last", "next", "both", "some", "more", "further", "new"]
)
_IN_PHRASE = re.compile(r"\b(?:for|of|with|from|about|among)\b", re.I)
# After a participle that is the fragment's verb: when, where to, by whom ("delivered to 40 officers").
_DONE_HOW = re.compile(r"(?:on|by|in|to|into|onto|for|with|from|@D\d+@|\d)", re.I)
_BEFORE_VERB = frozenset(["will", "to", "should", "must", "can", "would", "may", "is", "are", "has", "have"])
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
        return tidy(f"this {'is' if status != 'not_started' else 'will be'} {lower_first(phrase)}")
    if _finite_verb(phrase):  # already a sentence; a named body opening it takes "the"
        return tidy(("the " if _NAMED_BODY.match(phrase) else "") + phrase)
    phrase = lower_first(phrase)  # not "ViSOR", "PIP2", "Banking Protocol"
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


def _np(text: str) -> str:
    text = text.strip()
    if not text:
        return text
    return (
        text
        if re.match(r"^(?:the|a|an|my|our|its|all|every|\d)\b", text, re.I)
        else f"the {lower_first(text)}"
    )


def _plural(np: str) -> bool:
    last = np.split()[-1] if np.split() else ""
    if np.lower() in ("all", "both", "these", "those", "all of them", "both of them"):  # "All accepted ..."
        return True
    if re.fullmatch(r"(?:all|both|the|these|those)\s+(?!1\b)\d+", np.strip(), re.I):  # "All 11 in post"
        return True
    return last.endswith("s") and not last.endswith(("ss", "us", "is")) or " and " in np
