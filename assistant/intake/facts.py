"""The facts around the asks: title, publication date, inspectorates, the kind of report, the forces it
visited, PEEL grades and the totals the report states about itself. Each finder returns the value
and the paragraph it came from, or None: nothing is guessed."""

from __future__ import annotations

import re
from datetime import date

from assistant.ingest.metadata import dates_in
from assistant.intake.paras import Para, clean

_INSPECTORATE_NAMES = (
    ("HMICFRS", r"HMICFRS|Inspectorate of Constabulary(?: and Fire (?:&|and) Rescue Services)?|HMIC\b"),
    ("HMIP", r"HMIP\b|HM Inspectorate of Prisons|Inspectorate of Prisons|Chief Inspector of Prisons"),
    (
        "HMCPSI",
        r"HMCPSI|Crown Prosecution Service Inspectorate|Chief Inspector of the Crown Prosecution Service",
    ),
    ("HMI Probation", r"HMI Probation|Inspectorate of Probation"),
    ("College of Policing", r"College of Policing"),
    ("IOPC", r"IOPC|Independent Office for Police Conduct"),
    ("Ofsted", r"Ofsted"),
    ("CQC", r"Care Quality Commission|\bCQC\b"),
)
_PUBLISHED = re.compile(
    r"\b(?:published|publication date|date of publication|first published)\b\s*(?:on)?\s*:?\s*", re.I
)
_NOT_PUBLISHED = re.compile(
    r"\b(?:last )?updated\b|\bmodified\b|\bfieldwork\b|\bvisit(?:ed)?\b|\binspection dates?\b", re.I
)
_NAME_WORD = r"(?!Police\b|Constabulary\b)[A-Z][a-z]+(?:-[A-Z][a-z]+)?"
_FORCE_NAME = re.compile(
    rf"\b{_NAME_WORD}(?:\s(?:and\s)?{_NAME_WORD}){{0,3}}\s(?:Police(?:\sService)?|Constabulary)\b"
    r"|\bPolice Scotland\b|\bPolice Service of Northern Ireland\b|\bCity of London Police\b"
)
_VISIT_WORDS = re.compile(
    r"\b(?:we (?:visited|inspected)|forces? (?:we )?(?:visited|inspected)|fieldwork (?:in|at)|the forces were|"
    r"we (?:carried out|did) fieldwork|inspected (?:the following|these|six|five|four|three|seven|eight|nine|ten|\d+)|"
    r"visits? to|the following forces|following police forces|were:|evidence from|forces\s*:|examined the work of|"
    r"returned to|revisited)",
    re.I,
)
_NUMBER_WORDS = {
    "no": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
}  # fmt: skip
_COUNT = r"(?P<n>\d{1,3}|no|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty)"
_TOTAL_KINDS = (
    ("recommendations", r"(?:further |new )?recommendations?"),
    ("areas_for_improvement", r"(?:further |new )?areas? for improvement"),
    ("causes_of_concern", r"(?:further |new )?causes? of concern"),
)
_A_TOTAL = re.compile(
    rf"\b{_COUNT}\s+(?:more\s+)?(?:(?P<recommendations>{_TOTAL_KINDS[0][1]})"
    rf"|(?P<areas_for_improvement>{_TOTAL_KINDS[1][1]})|(?P<causes_of_concern>{_TOTAL_KINDS[2][1]}))\b",
    re.I,
)
_OURS = re.compile(
    r"\b(?:we|i)\s+(?:have\s+|has\s+)?(?:also\s+)?(?:make|made|makes|found|find|identified|identify|raise|raised|set out|give|gave)\b"
    r"|\b(?:this|the|our) report (?:makes|contains|sets out|identifies)\b|\bin total\b|\bthere (?:are|is|were)\b"
    r"|\b(?:we|i) (?:have )?replaced\b[^.]{0,40}?\bwith\b",  # "we have replaced recommendation 2 with one new ..."
    re.I,
)
_NONE_OF = re.compile(
    r"\b(?:we|i)\s+(?:have\s+)?(?:not|did not|do not)\s+(?:identified|identify|found|find|made|make|raise|raised)\s+(?:any|an?)\s+"
    r"(?:new |further )?(?P<kind>recommendations?|areas? for improvement|causes? of concern)",
    re.I,
)
_PAST_SAID = re.compile(r"\b(?:we|i)\s+(?:had\s+)?(?:made|found|identified|raised|gave|set out)\b", re.I)
_OTHER_REPORT = re.compile(
    r"\b(?:last year|previous|earlier|our (?:(?-i:[A-Z]{2,6}) )?(?:19|20)\d\d|in (?:19|20)\d\d|(?:19|20)\d\d (?:report|inspection)|then|at that time|"
    r"last (?:inspection|report|time))\b",
    re.I,
)


def title_of(paras: list[Para], declared: dict[str, str]) -> tuple[str, Para | None]:
    """The report's title: the highest heading on its first page that is not the inspectorate's name,
    a date or 'Contents'; else the title the file declares; else the first line of the cover (a Word
    cover set in plain paragraphs); else a heading on the second page."""
    paged = any(p.page for p in paras)
    if not paged:  # a web page: its <h1>, else what the page declares; never a section's heading
        h1 = next((p for p in paras if p.kind == "heading" and p.level == 1 and _title_like(p.text)), None)
        if h1 is not None:
            return h1.text, h1
        named = clean(declared.get("title") or declared.get("html_title") or "")
        return (named, None) if len(named) >= 5 and _title_like(named) else ("", None)
    first_page = [p for p in paras[:60] if (p.page or 1) == 1 and p.kind != "note"]
    headings = sorted(
        (p for p in first_page if p.kind == "heading"), key=lambda p: (p.level or 9, paras.index(p))
    )
    for para in headings:
        if _title_like(para.text):
            return _with_subtitle(para, first_page), para
    if declared.get("title"):
        return clean(declared["title"]), None
    for para in first_page:
        if (
            _title_like(para.text)
            and len(para.text) < 200
            and not re.search(r"synthetic|official", para.text, re.I)
        ):
            return para.text, para
    for para in (p for p in paras[:80] if p.kind == "heading" and p.page == 2):
        if _title_like(para.text):
            return para.text, para
    return "", None


_UNFINISHED = re.compile(r"(?::|\b(?:to|of|the|and|in|for|on|a|an|with|by|from|into|about))$", re.I)


def _with_subtitle(title: Para, first_page: list[Para]) -> str:
    """A title set over several lines in several sizes read as one: 'Behind the screen:' over 'An
    inspection of ...'; 'Fields apart:' / 'an inspection of the police response to' / 'rural ... crime';
    'Safe hands?' over 'An inspection of ...'."""
    text = title.text
    after = [p for p in (first_page[first_page.index(title) + 1 :] if title in first_page else [])]
    for nxt in after:
        if not _title_like(nxt.text) or len(nxt.text) > 200:
            break
        if _UNFINISHED.search(text) or (text.endswith("?") and re.match(r"(?:An?|The)\b", nxt.text)):
            text = f"{text} {nxt.text}"
        elif re.match(
            r"(?:An?|The)\s+(?:joint\s+)?(?:thematic\s+)?(?:inspection|review|report)\s+(?:of|into|on)\b",
            nxt.text,
        ) and not re.search(r"\b(?:inspection|review|report)\b", text, re.I):
            text = f"{text} – {nxt.text}"  # "Roads Policing: Not optional" over "An inspection of ..."
            break
        else:
            break
    return text


def _title_like(text: str) -> bool:
    return not (
        _is_inspectorate_line(text)
        or (dates_in(text) and len(text) < 60)
        or re.fullmatch(
            r"(?:contents|foreword|summary|introduction|overview|recommendations|areas for improvement"
            r"|causes of concern|about this (?:inspection|report))",
            text,
            re.I,
        )
        or re.match(r"(?:published|date of publication|publication date|inspection fieldwork)\b", text, re.I)
    )


def _is_inspectorate_line(text: str) -> bool:
    stripped = re.sub(
        r"\b(?:his|her) majesty'?s\b|\bhm\b|\band\b|&|\bfire\b|\brescue\b|\bservices?\b|[,'’]",
        "",
        text,
        flags=re.I,
    )
    return bool(
        re.fullmatch(
            r"\s*(?:inspectorate of constabulary|hmicfrs|inspectorate of prisons)?\s*", stripped, re.I
        )
    )


def published_of(paras: list[Para], declared: dict[str, str]) -> tuple[date | None, Para | None, str]:
    """The publication date: a date labelled as published; else a page's <time> so labelled; else a date
    standing alone near the title (a cover). Dates of fieldwork, letters and updates are not it.
    Returns the date, its paragraph and how it was found."""
    for i, para in enumerate(paras[:400]):
        m = _PUBLISHED.search(para.text)
        if not m:
            continue
        after = para.text[m.end() :]
        stated = [d for d, has_day in dates_in(after[:40]) if has_day]
        if not stated and i + 1 < len(paras):  # "Published on:" with the date in the next block
            stated = [d for d, has_day in dates_in(paras[i + 1].text[:40]) if has_day]
        if stated:
            return stated[0], para, "labelled “published”"
    for line in (declared.get("furniture") or "").splitlines():  # a sidebar's or breadcrumb's "published ..."
        if m := re.search(r"\bpublished\b\s*(?:on)?\s*:?\s*(.{0,40})", line, re.I):
            found = [d for d, has_day in dates_in(m.group(1)) if has_day]
            if found:
                return (
                    found[0],
                    None,
                    "a “published” date in the page's surroundings, not labelled as published in the report",
                )
    for entry in (declared.get("times") or "").splitlines():
        stamp, _, label = entry.partition("|")
        if re.search(r"publish", label, re.I) and not re.search(r"updat", label, re.I):
            found = [d for d, has_day in dates_in(label) if has_day]
            if found:
                return found[0], None, "the page's publication <time>"
    cover = [p for p in paras[:30] if (p.page or 1) <= 2]
    for para in cover:
        if (
            len(para.text) <= 40
            and not _NOT_PUBLISHED.search(para.text)
            and not re.search(r"\d\s*[–-]\s*\d", para.text)
        ):
            stated = [d for d, has_day in dates_in(para.text) if has_day]
            if len(stated) == 1:
                return stated[0], para, "the date on the cover, not labelled as published"
    return None, None, ""


def inspectorates_of(paras: list[Para], title: str) -> list[str]:
    text = " ".join([title, *(p.text for p in paras[:80] if p.kind != "note")])
    found = [
        (m.start(), name) for name, pattern in _INSPECTORATE_NAMES for m in [re.search(pattern, text)] if m
    ]
    names = [name for _, name in sorted(found)]
    if "HMICFRS" in names:
        names.remove("HMICFRS")
    # The College and the IOPC are inspectorates only as partners in a super-complaint investigation.
    if not re.search(r"super-?\s?complaint", text, re.I):
        names = [n for n in names if n not in ("College of Policing", "IOPC")]
    return ["HMICFRS", *names]


def report_type(
    title: str, paras: list[Para], inspectorates: list[str], forces: list[str], force: str
) -> tuple[str, str]:
    """The kind of report, in the README's words, and the words that decided it."""
    head = " ".join([title, *(p.text for p in paras[:40] if p.kind != "note")])
    rules = (
        (r"super-?\s?complaint", "super-complaint"),
        (r"(?-i:State of Policing)|annual assessment of policing", "state of policing"),
        (r"\bspotlight\b", "spotlight"),
        (
            r"\brevisit(?:ed)?\b|\bre-inspection\b|post-inspection review",
            "revisit",
        ),  # "revisit of the PEEL ..."
        (r"\bPEEL\b", "PEEL"),
        (r"\bcustody\b(?=.*\b(?:suites?|inspection visit)\b)|police custody suites", "custody"),
    )
    for pattern, kind in rules:
        if m := re.search(pattern, title, re.I):
            return kind, f"the title says “{m.group(0)}”"
    for pattern, kind in rules[:1] + rules[2:]:  # "State of Policing" only from the title: others cite it
        if m := re.search(pattern, head, re.I):
            return kind, f"the opening says “{m.group(0)}”"
    if len(inspectorates) > 1:
        return "joint", "more than one inspectorate"
    single = (
        force and force.lower() in title.lower() or (len(forces) == 1 and forces[0].lower() in title.lower())
    )
    if single:
        return "force-specific", "the title names one force"
    if m := re.search(r"\bthematic\b|\bnational (?:inspection|review)\b", head, re.I):
        return "national thematic", f"the report says “{m.group(0)}”"
    if len(forces) >= 2:
        return "national thematic", f"{len(forces)} forces visited"
    return "national thematic", "several forces or none named"


_NOT_VISITED = re.compile(
    r"\bnot (?:one of|among|visited|inspected|revisited|included|part of)\b|\bwas not\b|\bwere not\b", re.I
)


def forces_of(paras: list[Para], title: str, force: str) -> tuple[list[str], Para | None]:
    """The forces the report says it inspected or visited, in its order: from the sentence that says so
    (and a list that follows it), leaving out a force named as not visited; for a report on one force,
    that force."""
    for i, para in enumerate(paras):
        if para.kind in ("heading", "note") or not _VISIT_WORDS.search(para.text):
            continue
        names: list[str] = []
        for sentence in re.split(r"(?<=[.!?])\s+(?=[A-Z])", para.text):
            if _VISIT_WORDS.search(sentence) and not _NOT_VISITED.search(sentence):
                names += _force_names(sentence)
        j = i + 1
        while j < len(paras) and (
            (paras[j].kind == "item" and len(paras[j].text) < 60)
            or paras[j].kind == "row"  # "Police force | CPS Area" rows
            or (j == i + 1 and len(paras[j].text) < 60)  # a table's caption in between
            or (len(paras[j].text) < 60 and _force_names(paras[j].text))  # a list whose bullets were lost
        ):
            names += _force_names(paras[j].cells[0] if paras[j].cells else paras[j].text)
            j += 1
        if len(names) >= 2 or (names and para.text.rstrip().endswith(":")):
            return list(dict.fromkeys(names)), para
    in_title = _force_names(title)
    if len(in_title) == 1:
        return in_title, None
    # "custody suites in Fenmoor": a report on one area's force names the area; the force is the one
    # the report itself calls by that area's name.
    named = {name for p in paras[:80] if p.kind != "note" for name in _force_names(p.text)}
    local = [name for name in named if re.search(rf"\b{re.escape(name.split()[0])}\b", title)]
    if len(local) == 1:
        return local, None
    return [], None


def _force_names(text: str) -> list[str]:
    names = []
    for m in _FORCE_NAME.finditer(text):
        name = re.sub(r"^(?:The|We|In|and|of|Both|Forces|Police)\s+", "", m.group(0)).strip()
        name = re.sub(r"^(?:[A-Z][a-z]+\s)*?(?:visited|inspected|were|are)\s", "", name)
        if name.split()[0] in ("Chief", "National", "British", "Transport", "Home") or len(name.split()) < 2:
            continue
        names.append(name)
    return names


_GRADE_WORDS = r"outstanding|good|adequate|requires improvement|inadequate"
_JUDGMENT_LINE = re.compile(rf"\b(?:grade|our judgment|judgment|graded)\s*:\s*({_GRADE_WORDS})\b", re.I)
_AREA_GRADE = re.compile(
    rf"^(?P<area>[A-Z][^:|–]{{3,80}}?)\s*(?::|\||–|—)\s*(?P<grade>{_GRADE_WORDS})\.?$", re.I
)


def grades_of(paras: list[Para]) -> list[tuple[str, str, Para]]:
    """PEEL grades: a summary list or table of 'Area: Grade' where the report has one; else a 'Grade:
    Good' or 'Our judgment: Good' line under each area's heading."""
    listed = [
        (m.group("area").strip(), m.group("grade").lower(), para)
        for para in paras
        if (para.kind in ("item", "row", "para") or (para.kind == "note" and " | " in para.text))
        and (m := _AREA_GRADE.match(para.text))  # a table in small type is still the grades
        and not re.match(r"(?:our )?(?:grade|judgment|graded)\b", m.group("area"), re.I)
    ]
    under = [
        (para.section, m.group(1).lower(), para)
        for para in paras
        if para.kind != "note" and para.section and (m := _JUDGMENT_LINE.search(para.text))
    ]
    found = listed if len(listed) >= 3 else under
    seen: dict[str, tuple[str, str, Para]] = {}
    for area, grade, para in found:
        seen.setdefault(area.lower(), (area, grade, para))
    return list(seen.values())


def totals_of(paras: list[Para]) -> dict[str, tuple[int, Para]]:
    """The counts the report states about itself ('We make 9 recommendations', 'two causes of concern
    and eight areas for improvement', 'we make no recommendations'); counts about other reports are
    not its own."""
    totals: dict[str, tuple[int, Para]] = {}
    for para in paras:
        if para.kind in ("heading", "note"):
            continue
        earlier = False  # "In our PEEL 2023–2025 inspection ... We made two recommendations": still that one
        for sentence in re.split(r"(?<=[.!?])\s+", para.text):
            if _OTHER_REPORT.search(sentence):
                earlier = True
                continue
            if earlier and _PAST_SAID.search(sentence):
                continue
            for m in _NONE_OF.finditer(sentence):
                key = {"r": "recommendations", "a": "areas_for_improvement", "c": "causes_of_concern"}[
                    m.group("kind")[0].lower()
                ]
                totals.setdefault(key, (0, para))
            for said in _OURS.finditer(sentence):
                # The first count follows the verb ("we found two causes of concern"); the others follow
                # it (", which carry four recommendations, and eight areas for improvement").
                pos, limit = said.end(), 30
                while (m := _A_TOTAL.search(sentence, pos, pos + limit + 60)) and m.start() - pos <= limit:
                    key = next(k for k, _ in _TOTAL_KINDS if m.group(k))
                    n = m.group("n").lower()
                    totals.setdefault(key, (int(n) if n.isdigit() else _NUMBER_WORDS[n], para))
                    pos, limit = m.end(), 40
    return totals
