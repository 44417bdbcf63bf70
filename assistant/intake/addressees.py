"""Who a recommendation asks to act, and by when, read from its own words.

The subject of each "should" clause (and of "We recommend that X does ...") is read as a run of named
bodies: "By 31 March 2023, the Home Office, working with the NPCC, should" -> Home Office, NPCC;
"the College of Policing should ..., and chief constables should ..." -> College of Policing, chief
constables. A body the list does not name (the Government, NHS bodies, a regulator) is "other"."""

from __future__ import annotations

import re
from datetime import date

from assistant.ingest.metadata import MONTHS, dates_in

BODIES: tuple[tuple[str, str], ...] = (
    (
        "chief constables",
        r"chief constables|chief officers of (?:all )?(?:police )?forces|forces in england and wales",
    ),
    (
        "PCCs",
        r"police,? (?:fire )?and crime commissioners?|pf?ccs?\b|local policing bod(?:y|ies)|mayor's office for policing and crime",
    ),
    ("Home Office", r"home office|home secretary|secretary of state for the home department"),
    ("NPCC", r"national police chiefs'? council|npcc"),
    ("College of Policing", r"college of policing"),
    (
        "CPS",
        r"chief crown prosecutors?(?: for each cps area)?|crown prosecution service|cps(?: areas?)?(?: (?-i:[A-Z][a-z]+)){0,3}",
    ),
    ("IOPC", r"independent office for police conduct|iopc"),
    ("NCA", r"national crime agency|nca"),
    ("Ministry of Justice", r"ministry of justice|moj|lord chancellor"),
    (
        "local authorities",
        r"local (?:[a-z]+ )?authorit(?:y|ies)|councils?|directors? of children'?s services(?: in each local authority)?|(?-i:[A-Z][a-z]+(?: [A-Z][a-z]+)*) (?:county|city|borough|district) council",
    ),
    ("force", r"(?:the )?force\b|(?:the )?chief constable\b(?!s)"),  # "the chief constable": this force's
    ("chief constables", r"(?:police )?forces"),
    (
        "other",
        r"(?:the )?government|association of police and crime commissioners|apcc|nhs(?: england| bod(?:y|ies)| trusts?)?|[a-z ]*regulator|[a-z ]*health boards?|integrated care boards?|[a-z ]*providers?"
        # a named body; a police force's name ends at "Police" ("Fenmoor Police and Fenmoor County Council")
        r"|(?-i:[A-Z][\w'-]+(?: (?:of |for |and |& )?(?!Police\b|Constabulary\b)[A-Z][\w'-]+)+(?: (?:Police|Constabulary)\b)?"
        r"|[A-Z][\w'-]+ (?:Police|Constabulary)\b)",
    ),
)
_BODY = re.compile("|".join(f"(?P<b{i}>{pattern})" for i, (_, pattern) in enumerate(BODIES)), re.I)
_JOIN = re.compile(
    r"^(?:\s*,?\s*(?:working\s+(?:jointly\s+|together\s+)?with|together\s+with|jointly\s+with|in\s+partnership\s+with|with|and|or|as\s+well\s+as)\s+|\s*[,;]\s*)"
    r"(?:(?:the|each|every|all|their|its|relevant)\s+)*",
    re.I,
)
_QUALIFIER = re.compile(  # words between a body and the next: "lead for X", "in Wales", "that commissions X"
    r"^\s*(?:lead\s+for\s+[^,]+?(?=\s*(?:,|\bshould\b|\bmust\b|\band\s+the\b|$))|,\s*(?:by|within|before)\s+[^,]+,|\s+jointly|\s+together|\s+each|\s+also|\s+all"
    r"|\s+(?:in|for|of)\s+(?-i:[A-Z][a-z]+)(?:\s+(?:and\s+)?(?-i:[A-Z][a-z]+))*|\s+(?:that|which|who)\s+[^,]+)"
    r"(?=\s*(?:,|\bshould\b|\bmust\b|\band\b|$))",
    re.I,
)
_MODAL = re.compile(r"\b(?:should|must)\b", re.I)
_RECOMMEND_THAT = re.compile(r"\brecommend(?:s|ed)?\s+that,?\s+", re.I)
_LEAD_DEADLINE = re.compile(
    r"^\s*,?\s*(?:(?:by|before)\s+(?:the\s+end\s+of\s+)?[^,]{3,30}|within\s+[^,]{3,60}|immediately|as\s+a\s+priority)\s*,\s*",
    re.I,
)
_BOUNDARY = re.compile(r"(?:^|[.;:]\s+|,\s+and\s+|,\s+while\s+|\band\s+that\s+)", re.I)


def _named(m: re.Match, force: str) -> str:
    """The body a matched name stands for; a named police force is 'force'."""
    label = BODIES[int(m.lastgroup[1:])][0]
    name = m.group(0).lower()
    if label == "other" and (
        (force and force.lower() in name) or re.search(r"\b(?:police|constabulary)$", name)
    ):
        return "force"
    return label


def _run(span: str, force: str) -> tuple[list[str], int]:
    """The bodies a subject opens with, and how far into the span they reach."""
    bodies: list[str] = []
    pos = 0
    span = _LEAD_DEADLINE.sub("", span, count=1)
    offset = 0
    while True:
        rest = span[pos:]
        if bodies:
            join = _JOIN.match(rest)
            if not join:
                break
            rest_after = rest[join.end() :]
        else:
            rest_after = re.sub(r"^\s*(?:the|each|every|all)\s+", "", rest, flags=re.I)
        m = _BODY.match(rest_after)
        if not m:
            break
        bodies.append(_named(m, force))
        pos = len(span) - len(rest_after) + m.end()
        if q := _QUALIFIER.match(span[pos:]):
            pos += q.end()
    return list(dict.fromkeys(bodies)), pos + offset


def addressees(text: str, force: str = "") -> tuple[list[str], bool]:
    """The bodies a recommendation is addressed to, in the order it names them, and whether every
    subject was read whole (False: a person should check)."""
    found: list[str] = []
    whole = True
    text = text.replace("’", "'")
    for n, sentence in enumerate(re.split(r"(?<=[.!?])\s+(?=[A-Z])", text)):
        starts = [m.end() for m in _BOUNDARY.finditer(sentence)]
        for m in _RECOMMEND_THAT.finditer(sentence):
            bodies, _ = _run(sentence[m.end() :], force)
            found += bodies
            whole = whole and bool(bodies)
        for k, m in enumerate(_MODAL.finditer(sentence)):
            start = max((s for s in starts if s <= m.start()), default=0)
            span = sentence[start : m.start()]
            if _RECOMMEND_THAT.search(span):
                continue  # "we recommend that X should ...": read above
            bodies, reach = _run(span, force)
            if (k or (n and found)) and not bodies:
                break  # a later "should" about something else ("any change ... should be passed"): no subject
            reached = not _LEAD_DEADLINE.sub("", span, count=1)[reach:].strip(" ,")
            found += bodies
            if not (bodies and reached):
                whole = False  # a subject read in part, or not at all: a person checks it
                if k:
                    break
            after = sentence[m.end() :]
            if k == 0 and (
                w := re.search(r",\s*(?:working|in partnership)\s+(?:jointly\s+|together\s+)?with\s+", after)
            ):
                found += [
                    b for b in _run(after[w.end() :], force)[0] if b != "force"
                ]  # "..., working with X."
            if k == 0 and (w := re.match(r"\s*,\s*(?:working\s+|jointly\s+|together\s+)*with\s+", after)):
                found += _run(after[w.end() :], force)[0]  # "X should, with Y, agree"
            if w := re.match(r"\s+work\s+(?:together\s+|jointly\s+|closely\s+)?with\s+", after, re.I):
                partner, _ = _run(after[w.end() :], force)
                found += [
                    b
                    for b in partner
                    if b != "force" and (b != "other" or w.group(0).strip().startswith("work"))
                ]
    return list(dict.fromkeys(found)), whole and bool(found)


_RELATIVE = re.compile(
    r"\b(immediately|by the end of (?:19|20)\d\d\b|within\s+(?:\w+|\d+)\s+(?:days?|weeks?|months?|years?)"
    r"(?:\s+of\s+(?:the\s+)?(?:publication|date)(?:\s+of\s+(?:this|the)\s+report)?|\s+of\s+(?:this|the)\s+report)?)",
    re.I,
)
_END_OF = re.compile(
    r"\b(?:end\s+of|by|before)\s+(January|February|March|April|May|June|July|August|September|October|November|December)"
    r"\s+(\d{4})\b",
    re.I,
)


def deadline(text: str) -> date | str | None:
    """When the recommendation is due: the first date it names ('By 31 March 2027'; 'by the end of
    March 2023' is the month's last day), else its relative words ('within six months', 'immediately')."""
    found: list[tuple[int, date | str]] = []
    for m in _END_OF.finditer(text):
        month, year = MONTHS[m.group(1).lower()[:3]], int(m.group(2))
        nxt = date(year + (month == 12), month % 12 + 1, 1)
        found.append((m.start(), date.fromordinal(nxt.toordinal() - 1)))
    for d, has_day in dates_in(text):
        if has_day:
            pos = _date_position(text, d)
            found.append((pos, d))
    if found:
        return min(found, key=lambda f: f[0])[1]
    if m := _RELATIVE.search(text):
        return re.sub(r"\s+", " ", m.group(1).lower())
    return None


def _date_position(text: str, d: date) -> int:
    month = d.strftime("%B")
    m = re.search(rf"\b{d.day}(?:st|nd|rd|th)?\s+{month}", text, re.I) or re.search(month, text, re.I)
    return m.start() if m else len(text)
