"""What a draft is written from: the section plan, the draft's context, and the sentence helpers the
section templates share.

A draft is planned from the statute before any prose: header, opening, the Chief Constable's
comments, one section per recommendation, areas for improvement, local context, scrutiny, sign-off.
Each section is written by its template (``sections.py``): a *core* of facts that are never left to a
language model (the recommendation quoted verbatim, who it is for, the action-plan rows with owner,
date and status, counts, the Chief Constable's words) and *prose* around it, in the office's own
recurring phrasings (``DraftContext.house``).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field, replace
from datetime import date
from functools import cached_property

from assistant.components.catalog import Catalog
from assistant.drafting.inspection import Inspection
from assistant.drafting.phrasebook import Phrase, Phrasebook
from assistant.drafting.plan import OVERSIGHT, Due, PlanRow, read_row
from assistant.drafting.realise import (
    Glossary,
    initials_of,
    load_glossary,
    progress_sentences,
    restates_report,
)
from assistant.drafting.records import HeaderRow, Sentence, Source
from assistant.drafting.refs import parent_key, ref_key
from assistant.drafting.rows import RowWriter, narrowed
from assistant.drafting.sources import Gathered
from assistant.drafting.text import digits, long_date, number_word, split_sentences, words
from assistant.drafting.verify import stated_totals
from assistant.settings import OfficeSettings

# A line of the notes outside their rows that the letter uses: labelled oversight, or why some of the
# report's recommendations are answered elsewhere.
_OVERSIGHT_LINE = re.compile(
    r"^(?:oversight|governance|scrutiny|assurance|monitoring)\s*[:–-]\s*(?P<rest>\S.*)$", re.I
)
_SCOPE_LINE = re.compile(
    r"^(?P<rest>(?:recs?|recommendations?)\s+[\w,–-]+\s*(?:=|:|are|were)?\s*.*?\b(?:answered|responded to|covered)\b"
    r".*\b(?:response|letter|separately)\b.*)$",
    re.I,
)

_FORCES_VISITED = re.compile(
    r"\b(?:fieldwork|visited|inspected)\D{0,15}?\b(?P<n>\d{1,2}) forces\b|\b(?P<m>\d{1,2}) forces (?:visited|inspected)\b",
    re.I,
)

# The Queen died on 8 September 2022: reports published before then are Her Majesty's.
HIS_MAJESTY_FROM = date(2022, 9, 8)
NATIONAL_ADDRESSEES = ("chief constables", "PCCs", "national")


@dataclass
class SectionPlan:
    kind: str
    title: str
    rec_id: str | None = None


def oversight_split(row: PlanRow, glossary: Glossary) -> tuple[list[str], list[str]]:
    """A whole-report row's pieces that are about oversight (a board, a panel, a tracker) and the rest
    (investment, scope, a partnership): a briefing row that names one board is not all oversight. A
    row whose own topic is oversight ("Governance / oversight") is all oversight."""
    pieces = [p for action in row.actions for p in split_sentences(action)]
    if OVERSIGHT.search(row.topic):
        return pieces, []
    watching = [p for p in pieces if OVERSIGHT.search(glossary.write_out(p))]
    return watching, [p for p in pieces if p not in watching]


@dataclass
class DraftContext:
    inspection: Inspection
    office: OfficeSettings
    gathered: Gathered
    phrasebook: Phrasebook
    wording: dict
    catalog: Catalog
    used_phrases: dict[str, int] = field(default_factory=dict)
    glossary: Glossary = field(default_factory=load_glossary)
    notes: list[str] = field(default_factory=list)  # for staff: what the realiser left out, and why
    said: dict[str, str] = field(default_factory=dict)  # a recommendation's sentence -> the first to say it
    _writer: RowWriter | None = None

    @cached_property
    def public_notes(self) -> list[str]:
        """The OFFICIAL action-plan notes' texts (what the letter may draw on)."""
        return [
            s.text
            for s in self.gathered.registry.sources
            if s.kind == "action_plan" and s.marking != "OFFICIAL-SENSITIVE"
        ]

    @property
    def writer(self) -> RowWriter:
        """The realiser for this draft: the glossary plus what the notes' OFFICIAL text defines itself."""
        if self._writer is None:
            public = "\n".join(self.public_notes)
            report = " ".join(
                r.text for r in (*self.inspection.recommendations, *self.inspection.areas_for_improvement)
            )
            glossary = self.glossary.with_definitions(f"{public}\n{report}")  # "RHI": "return home interview"
            # "PL approved £420k": the commissioner's initials in the notes are the commissioner ("I")
            glossary = glossary.with_entries(
                {i: "PCC" for i in initials_of(self.office.pcc_name) if re.search(rf"\b{i}\b", public)}
            )
            self._writer = RowWriter(glossary, self.inspection.published, self.force, self.notes)
        return self._writer

    @cached_property
    def _left_over(self) -> list[PlanRow]:
        """The rows no recommendation took, read once per draft (a person's "none" leaves a row out)."""
        return [
            read_row(s, self.inspection.published)
            for s in self.gathered.unmatched_rows
            if self.gathered.how.get(s.sid) != "assigned"
        ]

    def unrepeated(self, sentences: list[Sentence]) -> list[Sentence]:
        """Whole-report notes without the facts the opening already gives ("Letter pub 29/10/26. 3 recs."),
        which go to the drafting notes."""
        insp = self.inspection
        counts = {len(insp.recommendations), len(insp.areas_for_improvement), insp.total_recommendations}
        counts |= {len(recommendation_parents(insp.recommendations)), *stated_totals(self.public_notes)}
        names = set(f"{self.force} {self.office.area_name}".split())
        kept = []
        for s in sentences:
            if restates_report(s.text, insp.published, counts - {None}, names):
                self.notes.append(
                    f"{', '.join(s.citations)}: left out of the letter as the report's own facts, which the "
                    f"opening already gives: ‘{s.text}’."
                )
            else:
                kept.append(s)
        return kept

    def general_rows(self, role: str) -> list[PlanRow]:
        """OFFICIAL rows that name no recommendation, by what they are about: ``oversight`` (boards,
        panels, trackers, scrutiny) or ``context`` (investment, partnership, anything else)."""
        out: list[PlanRow] = []
        for row in (r for r in self._left_over if not r.sensitive and r.general_note):
            if not row.about_oversight:
                out += [row] if role == "context" else []
                continue
            watching, other = oversight_split(row, self.writer.glossary)
            if role == "oversight":
                out.append(replace(row, actions=watching) if other and watching else row)
            elif other and watching:  # the rest of a briefing row that also names a board: context
                out.append(
                    replace(row, actions=other, progress="", owner="", due=Due(None, ""), status="unknown")
                )
        return out

    def forces_visited(self) -> tuple:
        """(how many forces the inspectorate visited, the source saying so) from the OFFICIAL notes, or ()."""
        for source in self.gathered.registry.sources:
            if source.kind != "action_plan" or source.marking == "OFFICIAL-SENSITIVE":
                continue
            if m := _FORCES_VISITED.search(digits(source.text)):
                return (int(m.group("n") or m.group("m")), source.sid)
        return ()

    def context_lines(self, role: str) -> list[Sentence]:
        """The notes' own lines outside their rows that a letter uses: ``oversight`` ("Oversight: deep dive
        at the PCC's board 23/02/27") or ``scope`` ("Recs 1-4 ... answered in the PCC's response of
        05/08/26"). OFFICIAL text only; a line that mentions a sensitive marking is left alone."""
        wanted = _OVERSIGHT_LINE if role == "oversight" else _SCOPE_LINE
        out: list[Sentence] = []
        for source in self.gathered.context:
            if source.marking != "OFFICIAL" or source.kind != "action_plan":
                continue
            for line in source.text.splitlines():
                if re.search(r"SENSITIVE", line, re.I) or not (m := wanted.match(line.strip())):
                    continue
                rest = re.sub(r"\s+=\s+", ": ", m.group("rest"))  # "Recs 1-4 = accelerated cause of concern"
                facts, _ = progress_sentences(rest, self.inspection.published, self.writer.glossary)
                out += [Sentence(text=f, origin="action_plan", citations=[source.sid]) for f in facts]
        return out

    def scope_rows(self) -> list[PlanRow]:
        """OFFICIAL whole-report rows about the report itself: its scope, fieldwork, a revisit's outcome."""
        return [r for r in self._left_over if not r.sensitive and r.whole_report and r.about_scope]

    def rows(self, key: str) -> list[PlanRow]:
        """The rows answering one recommendation or area; a row naming several recommendations keeps the
        actions closest to this one."""
        texts = {ref_key(r.id): r.text for r in self.inspection.recommendations}
        out = []
        for source in self.gathered.rows_for.get(key, []):
            row = read_row(source, self.inspection.published)
            others = [texts[k] for k in row.refs if k in texts and k != ref_key(key)]
            out.append(narrowed(row, texts.get(ref_key(key), ""), others, self.glossary) if others else row)
        return out

    @property
    def majesty(self) -> str:
        return "His" if self.inspection.published >= HIS_MAJESTY_FROM else "Her"

    @property
    def force(self) -> str:
        return self.office.force_name

    def phrase_sources(self, phrase: Phrase) -> list[str]:
        """Register the past passages a house phrase was seen in; return their source ids."""
        sids = []
        for chunk_id, (chunk, meta) in self.catalog.resolve(phrase.chunk_ids).items():
            source = self.gathered.registry.add(
                kind="past_response",
                title=meta.title or meta.doc_id,
                text=chunk.text,
                marking=chunk.marking,
                doc_id=meta.doc_id,
                chunk_id=chunk_id,
                section=chunk.section,
                published=meta.published,
            )
            sids.append(source.sid)
        return sids

    def house(self, role: str, **slots: str) -> Sentence | None:
        """The office's own recurring phrasing for a role, completed from the input if it is a clause."""
        options = self.phrasebook.alternatives(role)
        if not options:
            return None
        # Vary between equally good phrasings when a role recurs within one letter.
        phrase = options[self.used_phrases.get(role, 0) % len(options)]
        self.used_phrases[role] = self.used_phrases.get(role, 0) + 1
        text = phrase.render(self.office.chief_constable_pronoun, self.majesty, slots.pop("kind", ""))
        if not phrase.complete:
            frame = self.wording["complete"].get(slots.pop("frame", role))
            text = text.rstrip(" ,;:") + "." if frame is None else frame.format(phrase=text, **slots)
        return S(text, "house_phrase", *self.phrase_sources(phrase), self.gathered.facts.sid if slots else "")


def plan_sections(inspection: Inspection, gathered: Gathered) -> list[SectionPlan]:
    plans = [
        SectionPlan("opening", "Introduction"),
        SectionPlan("chief_constable", "The Chief Constable's comments"),
    ]
    plans += [
        SectionPlan("recommendation", f"Recommendation {r.id}", r.id) for r in inspection.recommendations
    ]
    if inspection.areas_for_improvement:
        plans.append(SectionPlan("areas_for_improvement", "Areas for improvement"))
    general = [read_row(r) for r in gathered.unmatched_rows if r.marking != "OFFICIAL-SENSITIVE"]
    if gathered.past or any(r.general_note for r in general):
        plans.append(SectionPlan("local_context", "Local context"))
    plans += [SectionPlan("scrutiny", "Oversight"), SectionPlan("signoff", "")]
    return plans


# How the opening names the report ("I welcome this spotlight report ..."), by inspection type.
REPORT_KIND = {
    "spotlight": "spotlight ",
    "super-complaint": "super-complaint ",
    "PEEL": "PEEL ",
    "revisit": "revisit ",
    "joint": "joint inspection ",
    "annual assessment": "annual assessment ",
}
# The example letter's two boxes, extended to the type list: a report that is neither force-specific
# nor a national thematic gets a box of its own, ticked.
_OWN_BOX = {
    "spotlight": "Spotlight",
    "super-complaint": "Super-complaint",
    "annual assessment": "Annual assessment (State of Policing)",
}


def type_options(inspection: Inspection, area: str, local: bool) -> list[tuple[str, bool]]:
    kind = inspection.type
    specific = f"{area}-specific" + {"PEEL": " (PEEL)", "revisit": " (revisit)"}.get(kind, "")
    if kind == "joint" and len(inspection.inspectorates) > 1:
        specific += f" (joint: {' and '.join(inspection.inspectorates)})" if local else ""
    own = _OWN_BOX.get(kind)
    thematic = "National Thematic" + (
        f" (joint: {' and '.join(inspection.inspectorates)})" if kind == "joint" and not local else ""
    )
    options = [(specific, local), (thematic, not local and own is None)]
    if own:
        options.append((own, not local))
    return options


def ordinal_date(d: date) -> str:
    suffix = "th" if 11 <= d.day % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d.day % 10, "th")
    return f"{d.day}{suffix} {d.strftime('%B %Y')}"


def header_rows(inspection: Inspection, office: OfficeSettings) -> list[HeaderRow]:
    """The example letter's header table, filled from the input, plus the statutory due date."""
    local = inspection.about_force(office.area_name)
    addressees = {a for r in inspection.recommendations for a in r.addressees}
    rec_options = [
        ("National", bool(addressees & set(NATIONAL_ADDRESSEES))),
        ("Local", "force" in addressees),
    ]
    if not addressees:
        rec_options.append(("None", True))
    return [
        HeaderRow(label="Inspection title", value=inspection.title),
        HeaderRow(label="Type of inspection", options=type_options(inspection, office.area_name, local)),
        HeaderRow(label="Date inspection published", value=ordinal_date(inspection.published)),
        HeaderRow(label="Recommendations", options=rec_options),
        HeaderRow(
            label="Response due", value=f"{ordinal_date(inspection.due_date())} (56 days from publication)"
        ),
    ]


def S(text: str, origin: str, *cites: str) -> Sentence:  # noqa: N802 - reads as a constructor
    return Sentence(text=text, origin=origin, citations=[c for c in cites if c])


_FOR = {
    "chief constables": "chief constables",
    "force": "the force",
    "PCCs": "police and crime commissioners",
    "national": "national bodies",
}


_BODIES = (
    ("National Police Chiefs' Council", r"National Police Chiefs'? Council|\bNPCC\b"),
    ("Home Office", r"Home Office|Home Secretary"),
    ("College of Policing", r"College of Policing"),
    ("Ministry of Justice", r"Ministry of Justice"),
    ("Independent Office for Police Conduct", r"Independent Office for Police Conduct|\bIOPC\b"),
    ("National Crime Agency", r"National Crime Agency|\bNCA\b"),
    ("Crown Prosecution Service", r"Crown Prosecution Service|\bCPS\b"),
    (
        "Association of Police and Crime Commissioners",
        r"Association of Police and Crime Commissioners|\bAPCC\b",
    ),
    ("HM Prison and Probation Service", r"Prison and Probation Service|\bHMPPS\b"),
    ("Department for Education", r"Department for Education"),
    ("Department of Health and Social Care", r"Department of Health and Social Care"),
)


def national_bodies(text: str) -> list[str]:
    """The national bodies a recommendation names, in the order it names them."""
    found = [(m.start(), name) for name, pattern in _BODIES if (m := re.search(pattern, text))]
    return [name for _, name in sorted(found)]


_FORCE_GOES_ON = re.compile(r"^The force (?=(?:is|has|will|plans|already)\b)")


def joined_addressee(sentences: list[Sentence]) -> list[Sentence]:
    """'This recommendation is for the Home Office.' and 'Locally, the force will ...' (or 'Neither the
    force nor my office has ...', or the commissioner's 'I accept it.') as one sentence, as a person
    writes it, not a six-word label."""
    if len(sentences) < 2 or not sentences[0].text.startswith("This recommendation is for"):
        return sentences
    first, second = sentences[0], sentences[1]
    if second.text.startswith("Locally, "):
        joint, rest = ";", f"l{second.text[1:]}"
    elif second.text.startswith("Neither "):
        joint, rest = ", and", f"n{second.text[1:]}"
    elif second.text.startswith("I "):
        joint, rest = ", and", second.text
    elif second.text.startswith("Work is under way on "):  # "This recommendation is for X, and work is ..."
        joint, rest = ", and", f"w{second.text[1:]}"
    elif (
        (m := _FORCE_GOES_ON.match(second.text))
        and "," not in first.text
        and "commissioners" not in first.text
    ):
        joint, rest = (
            ",",
            f"which {second.text[m.end() :]}",
        )  # "This recommendation is for Fenmoor Police, which is ..."
    else:
        return sentences
    # Two sentences still (each keeps its origin, sources and checks), read as one.
    return [
        first.model_copy(update={"text": first.text.rstrip(".") + joint}),
        second.model_copy(update={"text": rest}),
        *sentences[2:],
    ]


def said_once(rec_id: str, body: list[Sentence], said: dict[str, str], frame: str) -> list[Sentence]:
    """A row that answers two recommendations is told once: in the later one, its sentences give way to
    "The work set out under recommendation B also answers this recommendation." A letter that repeats a
    paragraph word for word reads as pasted. ``said`` maps each sentence told so far to its recommendation."""
    kept: list[Sentence] = []
    earlier: dict[str, list[str]] = {}
    for sentence in body:
        key = " ".join(words(sentence.text))
        if len(key.split()) >= 5 and said.get(key, rec_id) != rec_id:
            earlier.setdefault(said[key], []).extend(sentence.citations)
            continue
        said.setdefault(key, rec_id)
        kept.append(sentence)
    if not earlier:
        return body
    recs = list(earlier)
    named = recs[0] if len(recs) == 1 else ", ".join(recs[:-1]) + " and " + recs[-1]
    cites = list(dict.fromkeys(c for cs in earlier.values() for c in cs))
    plural = "s" if len(recs) > 1 else ""
    return [S(frame.format(recs=f"recommendation{plural} {named}"), "template", *cites), *kept]


def addressee_sentence(rec, wording: dict, force: str) -> str:
    if rec.joint:
        who = " and ".join(_FOR[a] for a in rec.addressees).replace("the force", force)
        who = who.replace(
            "police and crime commissioners",
            "me" if "force" in rec.addressees else "police and crime commissioners",
        )
        return wording["addressee"]["joint"].format(who=who)
    if rec.lead == "national":
        bodies = national_bodies(rec.text)
        named = " and ".join(f"the {b}" for b in bodies[:2]) if bodies else "national bodies"
        return wording["addressee"]["national"].format(body=named)
    return wording["addressee"][rec.lead].format(force=force)


def count_sentence(inspection: Inspection, stated_total: int | None = None) -> str:
    """'The report makes nine recommendations: three for chief constables and six for national bodies.'
    'The report makes two recommendations under one cause of concern, both for the force, and identifies
    four areas for improvement.' A joint recommendation is counted once, under the bodies it names
    together. When the inspection lists only some of the report's recommendations, the report's own
    total is given and the listed ones are not presented as all of them."""
    recs = inspection.recommendations
    afis = len(inspection.areas_for_improvement)
    areas = f"{number_word(afis)} area{'s' if afis != 1 else ''} for improvement"
    if not recs and not inspection.total_recommendations:
        return "The report makes no recommendations" + (f" but identifies {areas}." if afis else ".")
    split = ""
    if stated_total is not None and stated_total < len(
        recs
    ):  # "3a" and "3b" counted once, as the report does
        parents = recommendation_parents(recs)
        if len(parents) == stated_total:
            split = _in_parts(parents)
            recs = [ids[0] for ids in parents.values()]
            stated_total = None
    groups = Counter(tuple(r.addressees) for r in recs)
    parts = []
    if not any("chief constables" in g or "force" in g for g in groups):
        parts.append(f"none for {_FOR['chief constables']}")  # a national report: say so
    # national recommendations by the body each is for: "one for the College of Policing and one for the
    # Home Office", not "two for national bodies"; a recommendation naming no body known to us stays there
    leads = Counter(
        f"the {bodies[0]}" if (bodies := national_bodies(r.text)) else _FOR["national"]
        for r in recs
        if r.addressees == ["national"]
    )
    for key in sorted(groups, key=lambda g: (len(g), [list(_FOR).index(a) for a in g])):
        if key == ("national",):
            other = "other national bodies" if len(leads) > 1 else _FOR["national"]
            parts += [
                f"{number_word(n)} for {other if who == _FOR['national'] else who}"
                for who, n in leads.items()
            ]
            continue
        who = " and ".join(_FOR[a] for a in key) + (" jointly" if len(key) > 1 else "")
        parts.append(f"{number_word(groups[key])} for {who}")
    total = max(len(recs), inspection.total_recommendations or 0, stated_total or 0)
    noun = "recommendation" if total == 1 else "recommendations"
    causes = {m.group(1) for r in recs if (m := re.match(r"coc(\d+)", ref_key(r.id)))}
    under = (
        f" under {number_word(len(causes))} cause{'s' if len(causes) != 1 else ''} of concern"
        if causes
        else ""
    )
    if total > len(recs):
        listed = parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]
        return (
            f"The report makes {number_word(total)} {noun}{under} in all; this response answers the "
            f"{number_word(len(recs))} listed below: {listed}."
            + (f" It also identifies {areas}." if afis else "")
        )
    if len(groups) == 1:  # "two recommendations, both for the force, and identifies four areas ..."
        (key,) = groups
        who = " and ".join(_FOR[a] for a in key) + (" jointly" if len(key) > 1 else "")
        national = "chief constables" not in key and "force" not in key
        verb = " is" if len(recs) == 1 else " are"
        whose = ("it" if len(recs) == 1 else "both" if len(recs) == 2 else "all") + (verb if national else "")
        whose = f"{whose} for {who}" if len(recs) > 1 or national else f"for {who}"
        if national:
            whose = f"{parts[0]}; {whose}"
        return f"The report makes {number_word(total)} {noun}{under}{split}, {whose}" + (
            f", and identifies {areas}." if afis else "."
        )
    listed = ", ".join(parts[:-1]) + " and " + parts[-1]
    return f"The report makes {number_word(total)} {noun}{under}{split}: {listed}." + (
        f" It also identifies {areas}." if afis else ""
    )


def recommendation_parents(recs: list) -> dict[str, list]:
    """Recommendations by the one they are part of: '3a' and '3b' are parts of 3, 'C(i)' of C."""
    parents: dict[str, list] = {}
    for r in recs:
        parents.setdefault(parent_key(ref_key(r.id)), []).append(r)
    return parents


def _in_parts(parents: dict[str, list]) -> str:
    """', one of them in two parts (3a and 3b)'; ', two of them in parts (3a and 3b; 5a and 5b)'."""
    split = [rs for rs in parents.values() if len(rs) > 1]
    ids = "; ".join(" and ".join(r.id for r in rs) for rs in split)
    if len(split) == 1:
        return f", one of them in {number_word(len(split[0]))} parts ({ids})"
    return f", {number_word(len(split))} of them in parts ({ids})" if split else ""


def _due(fields: dict[str, str]) -> str:
    try:
        return long_date(date.fromisoformat(fields.get("due", "")))
    except ValueError:
        return fields.get("due", "")


def sensitive_row_placeholder(row: Source, wording: dict) -> Sentence:
    """A gap for the editor; the sensitive row's owner, due date and status go in its staff-only note,
    which no publication export prints and no prompt carries."""
    f = row.fields
    facts = [
        f"It is owned by the {f['owner'].removeprefix('the ')}" if f.get("owner") else "",
        f"due by {_due(f)}" if f.get("due") else "",
        f"recorded as {f['status'].lower()}" if f.get("status") else "",
    ]
    state = ", ".join(x for x in facts if x)
    gap = S(wording["placeholder"]["sensitive"], "placeholder", row.sid)
    gap.note = f"{row.sid} (OFFICIAL-SENSITIVE): " + (state[0].upper() + state[1:] + "." if state else "")
    return gap
