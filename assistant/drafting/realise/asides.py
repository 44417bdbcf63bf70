"""A note's own voice out of the letter: its author's asides, its "we", and the people it names where
the letter names their posts."""

from __future__ import annotations

import re

from lemminflect import getAllLemmas, getInflection

from assistant.drafting.text import split_sentences

# -- comments between colleagues ------------------------------------------------------------------------
# "[JC: don't lead with 'done' – PL wants to stress it needs sustaining]", "(NH: 'should be' – say early
# 2027?)": a colleague's comment on the note, in square brackets or after someone's initials.
_COMMENT = re.compile(
    r"\s*\[[^\[\]]{3,}\]|\s*\((?:[A-Z]{2,3})\s*:[^()]*\)|\s*\((?:tbc|TBC|check|query)\b[^()]*\?\)"
)


def without_comments(text: str) -> tuple[str, list[str]]:
    """A note without its colleagues' comments, and the comments (for the editor, never the letter)."""
    found = [m.group(0).strip() for m in _COMMENT.finditer(text or "")]
    return (_COMMENT.sub("", text or "").strip(), found) if found else (text, [])


# -- asides ---------------------------------------------------------------------------------------------
_ASIDE_CUE = re.compile(
    r"\b(?:I|I've|ours|us|this one|that one|owns (?:that|this|it)|no (?:answer|reply|response) yet|chased|"
    r"chasing|watch this|to follow)\b",
)


def aside(text: str) -> bool:
    """'This one is ours', 'I have chased', 'ACC Reeve owns that', 'no answer yet': the note's author
    talking to a colleague. A short sentence with no figure or date, pointing at itself or its writer.
    (The letter's "I" is the commissioner; a note's "I" is whoever wrote the note.)"""
    words = re.findall(r"[A-Za-z']+", text)
    return len(words) <= 6 and not re.search(r"\d", text) and bool(_ASIDE_CUE.search(text))


def sentences_of(cell: str) -> list[str]:
    """A cell of prose in its sentences, a bracketed sentence included ('I have chased. (The report's own
    deadline is ...)')."""
    return split_sentences(cell)  # not after an initial: "Force rep (Ch Insp D. Greaves) sits on ..."


# -- "we" -----------------------------------------------------------------------------------------------
_BE_HAVE = {"are": "is", "have": "has", "were": "was", "do": "does", "don't": "doesn't", "don’t": "doesn’t"}


def _third_person(verb: str) -> str:
    if verb.lower() in _BE_HAVE:
        return _BE_HAVE[verb.lower()]
    lemmas = getAllLemmas(verb.lower()).get("VERB", ())
    if not lemmas or verb.lower() not in getInflection(lemmas[0], tag="VBP"):
        return verb  # "will", "already", a past tense: unchanged
    forms = getInflection(lemmas[0], tag="VBZ")
    return forms[0] if forms else verb


def we_as(text: str, who: str) -> str:
    """A note's 'we' as the letter names it: 'We commission four services' -> 'My office commissions
    four services'; 'where the victim tells us' -> 'tells the force'; 'our website' -> "my office's
    website". ``who`` is "my office" for the commissioner's own work, else "the force"."""

    def subject(m: re.Match) -> str:
        lead = who[0].upper() + who[1:] if m.group("we")[0] == "W" else who
        adverb = m.group("adv") or ""
        return f"{lead} {adverb}{_third_person(m.group('verb'))}"

    text = re.sub(
        r"\b(?P<we>[Ww]e)['’](?P<c>ll|ve|re)\b",
        lambda m: f"{m.group('we')} {dict(ll='will', ve='have', re='are')[m.group('c')]}",
        text,
    )
    text = re.sub(
        r"\b(?P<we>[Ww]e)\s+(?P<adv>(?:already|also|now|still|then|currently|only)\s+)?(?P<verb>[\w’']+)",
        subject,
        text,
    )
    text = re.sub(r"\b[Oo]ur\s+", f"{who}'s ", text)  # a capital at the start is restored by ``tidy``
    return re.sub(r"\bus\b", who, text)


# -- people named where the letter names posts ----------------------------------------------------------
_ROLE = r"(?:Head|Director|Deputy Director|Manager|Lead|Chair|Chief Executive|Commander)\b[\w&,' -]{0,60}?"
_PERSON = r"(?:[A-Z][a-z]+\s+){1,2}[A-Z][a-z'’-]+"
_RANK = r"(?:(?:Det(?:ective)?\.?\s+)?(?:Ch(?:ief)?\.?\s+)?(?:Supt|Superintendent|Insp|Inspector|Sgt|Sergeant)\.?\s+)"
_NAME_THEN_BRACKETED_ROLE = re.compile(rf"\b{_RANK}?{_PERSON}\s*\((?P<role>{_ROLE})\)")
_NAME_THEN_ROLE = re.compile(rf"\b{_PERSON},\s+(?:the\s+)?(?P<role>{_ROLE}),")


def named_roles(text: str) -> str:
    """'Ruth Okafor (Head of Commissioning) will lead' -> 'the Head of Commissioning will lead'; 'Claire
    Dunmore, the Head of Vetting, has rebuilt' -> 'the Head of Vetting has rebuilt': a published letter
    names the post, not the member of staff."""
    text = _NAME_THEN_BRACKETED_ROLE.sub(lambda m: f"the {m.group('role').strip()}", text)
    return _NAME_THEN_ROLE.sub(lambda m: f"the {m.group('role').strip()}", text)
