"""The closing clause: the owner written as a letter writes one, the due date and the state."""

from __future__ import annotations

import re

from assistant.drafting.plan import Due, OwnerKind, Status
from assistant.drafting.realise.tidy import tidy
from assistant.drafting.realise.words import first_person

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
    r"Planning|Insight|Strategy|Performance|Development|Training|Learning|Vetting|Change|Communications|Forensics|"
    r"Quality|Resourcing|Technology)\b"
)
_ROLE_WORD = re.compile(r"^(?:Head|Director|Lead|Manager|Commander|Chief|Deputy|Officer)\b")
_RANKED_PERSON = re.compile(
    r"^(?:(?:Detective |Deputy |Assistant |Temporary |T/)?(?:Chief Superintendent|Superintendent|Chief Inspector|"
    r"Inspector|Sergeant|Chief Constable|Chief Officer|Constable)\s+)(?:[A-Z]\.\s*)+[A-Z][a-z'’-]+$"
)
_INITIALS = re.compile(r"\s[A-Z]{1,3}$")
_SURNAME = re.compile(r"[A-Z][a-z]+(?:['’-][A-Z]?[a-z]+)?")


_UNIT_NAME = re.compile(rf"^(?:[A-Z][\w'’-]*\s+(?:(?:and|of|&)\s+)?)*{_UNIT_WORD.pattern}$")
_HAS_ROLE = re.compile(
    r"\b(?:Head|Director|Lead|Manager|Commander|Chief|Deputy|Officer|Inspector|Superintendent|Sergeant|"
    r"Constable|Team|Unit|Department|Board|Group|Command|Directorate|Hub|Panel|Partnership|Service|Office)\b"
)
_TEAM = re.compile(r"^my(?: office)?,?\s+(?P<unit>[A-Z][a-z]+)$")  # "OPCC Commissioning", "OPCC – Policy"


def owner_phrase(owner: str, owner_kind: OwnerKind) -> str:
    phrase = _owner_phrase(owner, owner_kind)
    if (m := _TEAM.match(phrase)) and not _ROLE_WORD.match(m.group("unit")):
        return f"my office's {m.group('unit').lower()} team"  # not "My Commissioning leads this work"
    return phrase


def _owner_phrase(owner: str, owner_kind: OwnerKind) -> str:
    """'Head of Custody' -> 'the Head of Custody'; 'OPCC Chief Executive' -> 'my Chief Executive';
    'Chief Superintendent Head of Contact' -> 'the Head of Contact'; 'Assistant Chief Constable Local
    Policing' -> 'the Assistant Chief Constable for Local Policing'."""
    owner = first_person(re.sub(r"\s+[-–]\s+", ", ", owner.strip().rstrip(".")))  # "Supt - Head of FCR"
    m = re.match(r"^(?P<name>[^()]+?)\s*\((?P<role>[^)]+)\)$", owner)
    if m and _RANKED_PERSON.match(m.group("role")):
        owner = m.group("name")  # "Ch Insp Force Control Room (Ch Insp M. Dowd)": the post, not the person
    elif m and _ROLE_WORD.match(m.group("role")):
        owner = m.group("role")  # "Jo Penrose (Head of Custody)": the letter names the role
    elif m and _UNIT_WORD.search(m.group("role")) and (initials := _INITIALS.search(m.group("name"))):
        # "Supt RB (Local Policing)": a rank, initials and a portfolio; the letter names the portfolio
        owner = f"{m.group('name')[: initials.start()].strip()} {m.group('role')}"
    elif m:
        owner = m.group("name")
    if ", " in owner:  # "Supt Dean Farrow, Head of CCR": the letter names the role
        parts = [p.strip() for p in owner.split(",") if p.strip()]
        ranked = _RANK.match(parts[0])
        if ranked and _PERSON.match(ranked.group("rest")) and not _ROLE_WORD.match(parts[-1]):
            # "Insp Tom Bray, Custody Training & Standards": the person and the portfolio
            return f"{ranked.group('rank')} {ranked.group('rest')} ({', '.join(parts[1:])})"
        if len(parts) == 2 and _RANK.match(f"{parts[0]} x") and not _ROLE_WORD.match(parts[1]):
            owner = f"{parts[0]} {parts[1]}"  # "Ch Insp - FCR": a rank and its unit
        else:
            owner = next((p for p in parts if _ROLE_WORD.match(p)), owner)
    if _PERSON.match(owner) and not _UNIT_WORD.search(owner):
        return owner
    if m := _RANK.match(owner):
        rest = re.sub(r"\s+lead$", "", m.group("rest").lstrip(" ,;/"))  # "Insp S&S lead": the portfolio
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
    if _UNIT_NAME.match(owner) and not _HAS_ROLE.search(owner):
        owner = f"{owner} team"  # "Learning and Development": not "The Learning and Development leads"
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


_CO_OWNER = re.compile(r"\s+(?:/|with|\+|alongside)\s+", re.I)


def lead_phrase(owner: str, owner_kind: OwnerKind) -> tuple[str, str]:
    """The owner and a partner sharing the work, each as a letter names them: 'Supt C. Ainsworth /
    Niche Business Change' -> ('Superintendent C. Ainsworth', 'the Niche Business Change team')."""
    parts = _CO_OWNER.split(owner.strip(), maxsplit=1)
    if len(parts) == 2 and all(len(p.split()) >= 1 for p in parts):
        return owner_phrase(parts[0], owner_kind), owner_phrase(parts[1], "force")
    return owner_phrase(owner, owner_kind), ""


def closing_sentence(owner: str, owner_kind: OwnerKind, due: Due, status: Status) -> str | None:
    """'The Head of Custody leads this work, which is due to be complete by 31 March 2027.'"""
    who, partner = lead_phrase(owner, owner_kind) if owner else ("", "")
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
    if who and partner:  # "The Head of Custody and the Director of People lead this work"
        lead = f"I lead this work with {partner}" if who == "I" else f"{who} and {partner} lead this work"
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
