"""What the realiser adds (for the grounding check), and what an area for improvement asks."""

from __future__ import annotations

import re

from lemminflect import getAllLemmas

from assistant.drafting.realise.clauses import _inflect, _is_verb
from assistant.drafting.realise.tidy import tidy
from assistant.drafting.realise.words import Glossary, defined_in
from assistant.drafting.text import lower_first

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
    return tidy(f"To {aim}, {lower_first(sentence)}")
