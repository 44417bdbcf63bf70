"""References to recommendations and areas for improvement, read by meaning rather than one spelling.

Action plans and letters write the same reference many ways: ``1``, ``Rec 1``, ``R1``,
``Recommendation 1``, ``3a``, ``3(a)``, ``Rec 3(b)``, ``A``, ``10, 22``, ``1-3``, ``AFI 4``,
``AFI-4``, ``CoC 1``, ``Whole report``. Every form becomes a *key* (``1``, ``3a``, ``a``, ``afi4``,
``coc1``, ``general``) so that two spellings of one reference compare equal.
"""

from __future__ import annotations

import re

GENERAL = "general"
_GENERAL_WORDS = re.compile(
    r"^(?:gen(?:eral)?|whole[\s-]*report|overarching|overall|all|cross[\s-]*cutting|gov(?:ernance)?|n/?a)$",
    re.I,
)
_RANGE = re.compile(r"^(\d+)\s*(?:-|–|to)\s*(\d+)$", re.I)
_LETTER_RANGE = re.compile(r"^([A-Z])\s*(?:-|–|to)\s*([A-Z])$")  # "A–B", "A to C"
# Numbers as words ("Rec one", "the second recommendation"), up to twenty.
NUMBER_WORDS = {
    w: str(i)
    for i, w in enumerate(
        [
            "one",
            "two",
            "three",
            "four",
            "five",
            "six",
            "seven",
            "eight",
            "nine",
            "ten",
            "eleven",
            "twelve",
            "thirteen",
            "fourteen",
            "fifteen",
            "sixteen",
            "seventeen",
            "eighteen",
            "nineteen",
            "twenty",
        ],
        start=1,
    )
}
ORDINALS = {
    w: str(i)
    for i, w in enumerate(
        [
            "first",
            "second",
            "third",
            "fourth",
            "fifth",
            "sixth",
            "seventh",
            "eighth",
            "ninth",
            "tenth",
            "eleventh",
            "twelfth",
        ],
        start=1,
    )
}
_WORD_NUMBER = "|".join(NUMBER_WORDS)
_ROMAN = r"(?:viii|vii|vi|iv|ix|v|x|iii|ii|i)"  # a sub-item: "C(ii)", "C (i)", "C.ii", "3(iv)"
_ONE = re.compile(
    r"^(?:(?P<afi>areas?\s*for\s*improvement|afi)|(?P<coc>causes?\s*of\s*concern|coc)"
    r"|recommendations?|recs?\.?|themes?|r)?\s*[-#:.]?\s*"
    rf"(?P<id>\d+\s*(?:\(\s*{_ROMAN}\s*\)|\(?[a-z]\)?)?|[a-z](?:\d+|\s*\(\s*{_ROMAN}\s*\)|\.{_ROMAN})?"
    rf"|{_WORD_NUMBER})$",
    re.I,
)
# A recommendation under a cause of concern: "CoC 1 rec 1", "CoC1-R1", "Cause of concern 1, recommendation 2".
_COC_REC = re.compile(
    r"^(?:causes?\s*of\s*concern|coc)\s*[-#:.]?\s*(\d+)\s*[-–/,:.]?\s*(?:recommendations?|recs?\.?|r)\s*[-#:.]?\s*"
    r"(\d+[a-z]?)$",
    re.I,
)
# "Recommendation 3a", "recommendations 10 and 22", "Rec 3(b)", "AFI-4", "areas for improvement 2 and 3".
# 3, 3a, 3(a), 3(ii), A, B2, C(i), C.ii, "one" (never the pronoun I)
_ITEM = (
    rf"(?:\d+\s*(?:\([a-z]\)|\({_ROMAN}\)|[a-z]\b)?|(?!I\b)[A-Z](?:\d+\b|\s?\({_ROMAN}\)|\.{_ROMAN}\b|\b)"
    rf"|(?i:{_WORD_NUMBER})\b(?!\s+by\b))"  # not "one by one"
)
_MENTION = re.compile(
    r"\b(?P<label>(?i:recommendations?|recs?\.?|areas?\s+for\s+improvement|afis?|causes?\s+of\s+concern|coc))"
    rf"\s*[-#]?\s*(?P<list>{_ITEM}(?:\s*(?:,|and|&|or|to|-|–)\s*{_ITEM})*)"
)
# "the first rec", "the second recommendation", "its third recommendation"
# "the first rec", "the second recommendation", "first and third recs", "re the third one"
_ORDINAL = "|".join(ORDINALS)
_ORDINAL_MENTION = re.compile(
    rf"\b(?P<list>(?:{_ORDINAL})(?:\s*(?:,|and|&)\s*(?:the\s+)?(?:{_ORDINAL}))*)\s+(?:recommendations?|recs?)\b"
    rf"|\b(?:re|regarding|for|on)\s+the\s+(?P<one>{_ORDINAL})\s+one\b",
    re.I,
)
_LABELLED_REC = re.compile(r"^(?:recommendations?|recs?\.?|r)\s*[-#:.]?\s*\d", re.I)
_ITEM_SPLIT = re.compile(r"\s*(?:,|;|/|&|\+|\band\b|\bor\b|\n)\s*|\s+[–—-]\s+(?!\d+\s*$)", re.I)  # "R2 + R3"


def ref_key(ref: str) -> str:
    """One reference in its comparable form: 'R1', 'Rec 1' -> '1'; '3(a)' -> '3a'; 'AFI-2' -> 'afi2';
    'CoC 1' -> 'coc1'; 'Whole report' -> 'general'; anything else lower-cased without spaces."""
    text = str(ref).strip().strip(".:")
    if _GENERAL_WORDS.match(text):
        return GENERAL
    if m := _COC_REC.match(text):
        return f"coc{m.group(1)}r{m.group(2).lower()}"
    m = _ONE.match(text)
    if m:
        ident = re.sub(r"[\s().]", "", m.group("id")).lower()
        ident = NUMBER_WORDS.get(ident, ident)
        prefix = "afi" if m.group("afi") else "coc" if m.group("coc") else ""
        return prefix + ident
    return re.sub(r"[\s._()–—-]+", "", text.lower())


def parse_ref_cell(cell: str) -> list[str]:
    """A reference cell of an action plan as keys: '10, 22' -> ['10', '22']; '1-3' -> ['1', '2', '3'];
    'Rec 3(a)' -> ['3a']; 'CoC 1 / R1a' -> ['coc1', '1a']; 'AFI 2 and 3' -> ['afi2', 'afi3']."""
    cell = (cell or "").strip()
    if not cell:
        return []
    keys: list[str] = []
    prefix = ""
    for item in _ITEM_SPLIT.split(cell):
        item = item.strip()
        if not item:
            continue
        bare = re.sub(r"^(?:recommendations?|recs?\.?|r)\s*", "", item, flags=re.I)
        if m := _RANGE.match(bare):
            low, high = int(m.group(1)), int(m.group(2))
            if 0 < high - low <= 30:
                keys += [str(n) for n in range(low, high + 1)]
                continue
        if m := _LETTER_RANGE.match(bare):
            low, high = ord(m.group(1)), ord(m.group(2))
            if 0 < high - low <= 12:
                keys += [chr(n).lower() for n in range(low, high + 1)]
                continue
        key = ref_key(item)
        if _LABELLED_REC.match(item):
            prefix = ""  # "CoC 1 / R1a": the recommendation is named as such
        elif prefix and re.fullmatch(r"\d+[a-z]?", key):
            key = prefix + key  # "AFI 2 and 3": a bare number after a labelled one carries the label on
        if m := re.match(r"^(afi|coc)\d", key):
            prefix = m.group(1)
        keys.append(key)
    return list(dict.fromkeys(keys))


def mentioned_refs(text: str) -> set[str]:
    """Keys of the recommendations and areas for improvement a piece of prose names:
    'In response to recommendations 10 and 22' -> {'10', '22'}; 'Area for improvement 3' -> {'afi3'}."""
    found: set[str] = set()
    for m in _MENTION.finditer(text):
        label = m.group("label").lower()
        prefix = (
            "afi"
            if label.startswith(("area", "afi"))
            else "coc"
            if label.startswith(("cause", "coc"))
            else ""
        )
        for key in parse_ref_cell(m.group("list")):
            found.add(key if key.startswith(("afi", "coc")) or not prefix else prefix + key)
    for m in _ORDINAL_MENTION.finditer(text):
        found |= {ORDINALS[w.lower()] for w in re.findall(rf"\b(?:{_ORDINAL})\b", m.group(0), re.I)}
    return found


_PART = re.compile(r"^(\d+)[a-z]$|^([a-z])(?:i{1,3}|iv|v|vi{1,3})$")


def parent_key(key: str) -> str:
    """The recommendation a part belongs to: '3a' -> '3', 'cii' (C(ii)) -> 'c'; anything else itself."""
    m = _PART.match(key)
    return (m.group(1) or m.group(2)) if m else key


# A cell that opens with its reference: "Rec 1 – Supervisors to check ...", "R2: Joint framework",
# "Recommendation 3a. ...", "AFI 2 - ...".
_LEADING = re.compile(rf"^\s*(?:{_MENTION.pattern}|(?P<bare>R\s*\d+[a-z]?))\s*(?:[–—:.)]|-\s|$)")
_DOTTED_ACTION = re.compile(r"^\s*(?P<rec>(?:[A-Za-z]{1,3}\s*)?\d+[a-z]?|[A-Za-z])\s*\.\s*\d+[a-z]?\s*$")
_WHOLE_REPORT_TOPIC = re.compile(
    r"^\s*(?:governance|oversight|general|whole[\s-]*report|overarching|cross[\s-]*cutting|all\b)", re.I
)


def leading_ref(text: str) -> str:
    """The reference a cell opens with, as written ("Rec 1"), or ''."""
    m = _LEADING.match(text or "")
    return m.group(0).strip().rstrip("–—:.)-").strip() if m else ""


def action_ref_owner(text: str, action_id: str) -> str:
    """The recommendation an action numbered by the plan itself belongs to, as a reference cell: the
    reference its recommendation cell opens with ("Rec 1 – ..."), else 'General' for a governance or
    whole-report row, else the number before the dot ("1.2" is recommendation 1's second action),
    else the action number as written (a plan that numbers its actions by recommendation: "R1")."""
    if ref := leading_ref(text):
        return ref
    if _WHOLE_REPORT_TOPIC.match(text or ""):
        return "General"
    if m := _DOTTED_ACTION.match(action_id or ""):
        return m.group("rec")
    return (action_id or "").strip()
