"""Checks every draft (either engine) must pass before anyone relies on it.

Each check is a small pure function of the draft (and, for meaning, an embedding function) that
returns flags; each is tested against the failure it exists to catch.
"""

from __future__ import annotations

import calendar
import difflib
import re
from collections.abc import Callable, Iterable
from datetime import date

import numpy as np

from assistant.drafting.injection import instruction_cue
from assistant.drafting.inspection import STATUTE_FIGURES, Inspection
from assistant.drafting.letter import without_placeholders as without_gaps
from assistant.drafting.plan import status_of
from assistant.drafting.public import DATE_WORDS, PublicText
from assistant.drafting.records import (
    Draft,
    Flag,
    RecCoverage,
    Section,
    Sentence,
    Source,
    Support,
)
from assistant.drafting.refs import mentioned_refs, parent_key, parse_ref_cell, ref_key
from assistant.drafting.sources import is_plan_row, row_fields
from assistant.drafting.text import (
    MONTHS,
    STOPWORDS,
    content_words,
    digits,
    figures,
    parse_count,
    passage_units,
    shingles,
    stems,
    words,
)
from assistant.ingest.metadata import dates_in, loose_dates, parse_date

Embed = Callable[[list[str]], np.ndarray]
SENSITIVE_NGRAM = 8
# A run shared with a sensitive passage of *another* report in the library counts as a copy only with this
# many content words: "overseen by a gold group chaired by the" is how every force writes governance.
GENERIC_RUN_WORDS = 5
SUPPORT_THRESHOLD = 0.6  # share of a sentence's words, or of its characters verbatim, found in one source
COSINE_THRESHOLD = 0.75  # meaning: a close paraphrase of one source sentence
PARAPHRASE_THRESHOLD = 0.88  # a sentence this close to a sensitive passage is flagged even without 8 words
DEADLINE_WARNING_DAYS = 14

_ACTION = re.compile(
    r"\b(complete[d]?|in progress|under way|underway|not started|closed|due by|will\b|has (been )?\w+ed|have \w+ed"
    r"|accept(s|ed)?|is (being|now)|action plan sets out|no action|not applicable|for national bodies|"
    r"neither has an action|planned|introduc\w+|review\w*|train\w*"
    r"|now (?!is\b|has\b)[a-z]+s\b|(?:went|gone|is|are|now) live|live (?:since|from)|signed off"  # "now signs off"
    r"|plan (?:also )?includes|(?:mandatory|compulsory|in place) (?:since|from)|\d+ of [\d,]+ (?:done|complete|trained)"
    r"|set out under recommendations? .+ also answers)",  # one row answering two recommendations
    re.I,
)
_NUMBER = re.compile(r"£\s?\d[\d,]*(?:\.\d+)?\s?(?:million|m|bn|billion|k)?|\b\d[\d,]*(?:\.\d+)?%?")
_NAMED = re.compile(
    r"\b(?:Operation|Project|Programme)\s+[A-Z][a-z]+"
    r"|\b(?:[A-Z][A-Za-z'’&-]+\s+(?:(?:and|of|for|&)\s+)?){1,5}(?:Board|Panel|Programme|Scheme|Unit|Team|Partnership|Hub|Service|Group|"
    r"Strategy|Initiative|Project|Forum|Committee|Network|Centre|Fund|Plan|Tracker|Hub)\b"
)
_DATE = DATE_WORDS  # a date in words or ISO, blanked before figures are read
# A day and month with no year ("by 24 November", "on 5 Nov."), as a note or a letter written within the
# year says it: a date checked against the sources' days whatever their year, not the figure 24.
_DAY_MONTH = re.compile(
    rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+((?:{'|'.join(MONTHS)})\b|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b\.?)"
)
_MONTH_NUMBER = {m[:3]: n for n, m in enumerate(MONTHS, start=1)}


def _day_of(m: re.Match) -> tuple[int, int] | None:
    """(month, day) of a ``_DAY_MONTH`` match, if that day is in that month in some year."""
    month, day = _MONTH_NUMBER[m.group(2)[:3]], int(m.group(1))
    return (month, day) if 1 <= day <= calendar.monthrange(2024, month)[1] else None


_CC_VERBS = (
    r"said|says|told|tells|tell|advised|advises|informed|informs|stated|states|commented|believes|"
    r"considers|assured|assures|confirmed|confirms|added|explained|explains|described|has written|wrote|"
    r"insists|is (?:determined|committed|confident|clear|pleased|keen|satisfied|disappointed|concerned)|"
    r"(?:has )?made (?:it )?clear|wants|intends|feels|welcomes|welcomed|accepts|accepted|agrees|agreed|"
    r"recognises|recognised|acknowledges|acknowledged|promised|promises|pledged|expects"
)


def _cc_attribution(names: Iterable[str]) -> re.Pattern:
    """Reported speech and views put to the Chief Constable (by title or by name)."""
    who = "|".join(["the Chief Constable", "Chief Constable", *(re.escape(n) for n in names if n)])
    return re.compile(
        rf"(?<!Assistant )(?<!Deputy )(?<!Temporary )(?<!Acting )\b(?:{who})\b(?:'s)?[^.;]{{0,60}}?\b(?:{_CC_VERBS})\b"
        rf"|\b(?:according to|in the words of|in the view of) (?:{who})\b"
        rf"|\b(?:I am|I have been|I was) (?:advised|told|assured|informed) by (?:{who})\b",
        re.I,
    )


_QUOTED = re.compile(r"(?<!\w)[“\"‘']([^”\"’]{12,}?)[”\"’'](?!\w)")


def speaks_for_chief_constable(text: str, names: Iterable[str] = ()) -> bool:
    """A sentence that reports what a Chief Constable said or thinks ("The Chief Constable, Sarah
    Whitlock, has advised me that ..."): another letter's reported speech, never to be carried into a
    new one."""
    return bool(_cc_attribution(names).search(text)) or (
        bool(_QUOTED.search(text)) and "Chief Constable" in text
    )


def _norm(text: str) -> str:
    return (
        re.sub(r"\s+", " ", text.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"'))
        .strip()
        .lower()
    )


def _located(draft: Draft) -> Iterable[tuple[int, int, int, Section, Sentence]]:
    for s_index, section in enumerate(draft.sections):
        for p_index, s_pos, sentence in section.sentences():
            if sentence.review != "rejected":
                yield s_index, p_index, s_pos, section, sentence


def _flag(kind: str, severity: str, where: tuple[int, int, int], message: str, **extra) -> Flag:
    """A flag on one sentence (section, paragraph, sentence indices)."""
    section, paragraph, sentence = where
    return Flag(
        kind=kind,
        severity=severity,
        section=section,
        paragraph=paragraph,
        sentence=sentence,
        message=message,
        **extra,
    )


# -- coverage and counts ---------------------------------------------------------------------------
# A decision only the commissioner can state, on a recommendation addressed to PCCs.
_DECISION = re.compile(
    r"\bI (?:have |do |fully |partly |partially )?(?:accept(?:ed)?|agree(?:d)?|do not accept|don't accept|"
    r"reject(?:ed)?|support(?:ed)?)\b|\bmy office (?:will|has|is|have)\b",
    re.I,
)
# The answer to a recommendation for national bodies: it is for them, and why the force has none.
_NATIONAL_REASON = re.compile(
    r"\bfor (?:the )?(?:national bodies|national|home office|home secretary|government|college of policing|"
    r"npcc|national police chiefs|ministry|cps|crown prosecution|iopc|nca|national crime agency|apcc)\b"
    r"|\b(?:home office|college of policing|npcc|national police chiefs'? council|government|ministry of justice)"
    r"\b[^.]{0,40}\b(?:should|will|is to|leads?|owns?)\b|\bnot (?:addressed|for) (?:to )?(?:the force|me|chief constables)",
    re.I,
)
_NO_ACTION = re.compile(r"\bno (?:further |local )?action\b|\bnot applicable\b|\bdoes not apply\b", re.I)


def _sections_for(draft: Draft, rec_id: str) -> list[int]:
    """Sections answering a recommendation: its own, a grouped one ("Recommendations 2 and 5"), or its
    parent's ("Recommendation 3" answering 3a and 3b)."""
    key = ref_key(rec_id)
    parent = m.group(1) if (m := re.fullmatch(r"(\d+)[a-z]", key)) else None
    return [
        i
        for i, s in enumerate(draft.sections)
        if s.kind == "recommendation"
        and (s.rec_id == rec_id or key in (refs := mentioned_refs(s.title)) or (parent and parent in refs))
    ]


# Words every action-plan row and every letter share: not evidence that a sentence draws on a row.
_GENERIC = frozenset(
    stems(
        "review action plan progress force work recommendation ensure keep continue monitor oversight update "
        "report improve improvement make place take board panel meeting accountability performance scrutiny "
        "tracker commissioner office chief constable police"
    )
) | frozenset(stems(" ".join(STOPWORDS)))


def _specific_stems(text: str) -> set[str]:
    return {t for t in stems(_iso_dates(text)) if t not in _GENERIC and len(t) > 1}


def _drawn_from_rows(text: str, draft: Draft) -> bool:
    """A sentence whose substance comes from an action-plan passage: three or more specific words of
    one row, and a good share of its own."""
    mine = _specific_stems(text)
    if len(mine) < 3:
        return False
    for source in draft.sources:
        if source.kind == "action_plan":
            shared = mine & _specific_stems(source.text)
            if len(shared) >= 3 and len(shared) / len(mine) >= 0.3:
                return True
    return False


def _answers(sentence: Sentence, rec, draft: Draft) -> bool:
    """Does this sentence state an action, a decision, or a reason for none, drawn from a source?"""
    text = sentence.text
    if rec.is_for("PCCs") and _DECISION.search(text):
        return True  # the commissioner's own decision is hers to state
    support = (
        draft.source(sentence.support.source_id) if sentence.support and sentence.support.supported else None
    )
    cited = [draft.source(c) for c in sentence.citations]
    rows = [s for s in [support, *cited] if s is not None and s.kind == "action_plan"]
    if (_ACTION.search(text) or _NO_ACTION.search(text)) and (rows or _drawn_from_rows(text, draft)):
        return True
    return bool(rec.addressees == ["national"] and _NATIONAL_REASON.search(text))


def check_coverage(draft: Draft) -> tuple[list[RecCoverage], list[Flag]]:
    """Every recommendation is answered where it stands in the letter: an action taken or proposed,
    a decision, or a reason for none, drawn from a source. A section that only promises to keep
    things under review, or holds only a placeholder, does not answer it."""
    coverage, flags = [], []
    for rec in draft.inspection.recommendations:
        indices = _sections_for(draft, rec.id)
        if not indices:
            coverage.append(
                RecCoverage(
                    rec_id=rec.id,
                    addressee=", ".join(rec.addressees),
                    section=None,
                    covered=False,
                    reason="no section answers this recommendation",
                )
            )
            flags.append(
                Flag(
                    kind="uncovered_recommendation",
                    severity="error",
                    message=f"Recommendation {rec.id} has no section in the draft.",
                )
            )
            continue
        own = [
            s
            for i in indices
            for _, _, s in draft.sections[i].sentences()
            if s.review != "rejected" and s.origin not in ("placeholder", "input")
        ]
        placeholders = [
            s
            for i in indices
            for _, _, s in draft.sections[i].sentences()
            if s.origin == "placeholder" and s.review != "rejected"
        ]
        statements = [s.text for s in own if _answers(s, rec, draft)]
        covered = bool(statements)  # a gap beside the answer (a missing owner) is flagged on its own
        if covered:
            reason = ""
        elif placeholders:
            reason = "a placeholder still stands in for the action"
        else:
            reason = "no sentence states an action, a decision or a reason for none drawn from a source"
        coverage.append(
            RecCoverage(
                rec_id=rec.id,
                addressee=", ".join(rec.addressees),
                section=indices[0],
                covered=covered,
                statement=statements[0] if statements else "",
                reason=reason,
            )
        )
        if not covered:
            flags.append(
                Flag(
                    kind="uncovered_recommendation",
                    severity="error",
                    section=indices[0],
                    message=f"Recommendation {rec.id}: {reason}.",
                )
            )
    return coverage, flags


# "The report makes five recommendations": a count presented as the report's total (also used by the
# evaluation's scorer).
STATED_TOTAL = re.compile(
    r"\b(?:report|it|inspection|inspectorate|review|revisit|assessment|investigation|spotlight)\s+"
    r"(?:makes|made|contains|sets out|has|includes|gives)\s+"
    r"(?:a total of\s+|in total\s+)?(\w+)\s+(?:\w+\s+){0,2}?recommendations?\b",
    re.I,
)
_STATED_FOR_CC = re.compile(
    r"(?<!recommendation )(?<!recommendations )\b(\w+)\s+(?:of them\s+|of which\s+)?(?:are\s+|is\s+)?"
    r"for chief constables\b(?!\s+and\b)(?!\s+(?:jointly|together))",
    re.I,
)
# The start of a list of recommendation ids ending where a number would be read ("Recommendations 1 and ").
_IDS_BEFORE = re.compile(
    r"\brecommendations?\s+[\w()]{1,6}(?:\s*(?:,|and|&)\s*[\w()]{1,6})*\s*(?:,|and|&)\s*$", re.I
)
# A total of recommendations the notes state ("Report makes 24 recs in total", "5 recs: A-C for CCs"),
# not a count about something else ("of the 16 recommendations made after the previous inspection").
_SOURCE_COUNT = re.compile(
    r"\b(?:makes?|made|contains?|has|have|with|includes?|total(?: of)?|sets? out)\s+(\d+)\s+(?:[\w/&-]+\s+){0,2}?"
    r"rec(?:ommendation)?s?\b|(?:^|[.;:|]\s*)(\d+)\s+rec(?:ommendation)?s?\b|\b(\d+)\s+rec(?:ommendation)?s?\s+"
    r"(?:in total|in all|overall)\b|\brec(?:ommendation)?s?\s*(?:total)?:\s*(\d+)",
    re.I | re.M,
)
_EARLIER = re.compile(r"\b(?:previous|earlier|last|prior|original)\b", re.I)


def source_totals(draft: Draft) -> set[int]:
    """Totals of recommendations stated in the action-plan notes ('the report makes 14 recommendations')."""
    return stated_totals(s.text for s in draft.sources if s.kind == "action_plan")


def stated_totals(texts: Iterable[str]) -> set[int]:
    """Totals of recommendations some texts state ('Report makes 24 recs in total', '5 recs: A-C ...')."""
    totals = set()
    for raw in texts:
        text = digits(raw)
        for m in _SOURCE_COUNT.finditer(text):
            if _EARLIER.search(text[max(0, m.start() - 40) : m.end() + 40]):
                continue
            n = int(next(g for g in m.groups() if g))
            if 0 < n < 200:
                totals.add(n)
    return totals


def check_counts(draft: Draft) -> list[Flag]:
    """A stated count of recommendations must be the report's: the input's, or a larger total the notes
    give. The input's count stated as the report's total, when the notes give a larger one, is wrong."""
    insp = draft.inspection
    counts = insp.counts()
    from_notes = source_totals(draft)
    listed = len(insp.recommendations)
    # The notes' largest count is the report's total only if it is at least the number listed.
    report_total = max([insp.report_total, *from_notes])
    partial = report_total > listed
    solely_cc = sum(r.addressees == ["chief constables"] for r in insp.recommendations)
    # "A to C for chief constables" when C is in two parts: each recommendation once, its parts together
    cc_whole = len(
        {parent_key(ref_key(r.id)) for r in insp.recommendations if "chief constables" in r.addressees}
    )
    flags = []
    for s_i, p_i, pos, _section, sentence in _located(draft):
        if sentence.origin in ("input", "placeholder"):
            continue
        for m in STATED_TOTAL.finditer(sentence.text):
            word = m.group(1).lower()
            n = 0 if word in ("no", "none") else parse_count(word)
            if n is None or n == report_total or n in from_notes or n == insp.total_recommendations:
                continue
            if n == listed and report_total > listed:
                message = (
                    f"States the {listed} recommendations listed as the report's total; the notes give "
                    f"{report_total}."
                )
            else:
                message = f"States {n} recommendations; the report has {report_total}."
            flags.append(
                _flag("count_mismatch", "error", (s_i, p_i, pos), excerpt=m.group(0), message=message)
            )
        for m in _STATED_FOR_CC.finditer(sentence.text):
            if _IDS_BEFORE.search(sentence.text[: m.start()]):
                continue  # "Recommendations 1 and 3 are for chief constables": ids, not a count
            word = m.group(1).lower()
            n = 0 if word in ("no", "none") else parse_count(word)
            if (
                n is not None
                and n not in (counts["chief constables"], solely_cc, cc_whole)
                and n not in from_notes
                and not partial
            ):
                flags.append(
                    _flag(
                        "count_mismatch",
                        "error",
                        (s_i, p_i, pos),
                        excerpt=m.group(0),
                        message=f"States {n} for chief constables; the input has {counts['chief constables']}.",
                    )
                )
    return flags


# -- false gaps -------------------------------------------------------------------------------------
# A placeholder or sentence claiming that the notes hold nothing for a recommendation.
GAP_CLAIM = re.compile(
    r"\bno (?:action[- ]plan |matching |relevant |such )?(?:note|row|entry|entries|update|action|record)s?\b"
    r"[^.\]]{0,60}?\b(?:found|recorded|held|provided|available|supplied|identified|located)"
    r"|\b(?:was|were|could be|has been|have been) not (?:found|located|identified)"
    r"|\bnone (?:was|were) found|\bno action[- ]plan (?:note|row|entry)"
    r"|\bnot (?:yet )?(?:been )?(?:recorded|included|listed|covered) in the (?:force's )?action plan"
    r"|\bthe (?:force's )?action plan (?:does not|doesn't|did not) (?:cover|include|address|mention|record)"
    r"|\bno (?:local )?action (?:has been|is|was) (?:recorded|planned|identified)",
    re.I,
)


def noted_refs(draft: Draft) -> dict[str, str]:
    """Reference keys that an OFFICIAL note row names, whether or not the row was matched: key -> source id."""
    found: dict[str, str] = {}
    for source in draft.sources:
        if source.kind != "action_plan" or source.marking == "OFFICIAL-SENSITIVE":
            continue
        if source.fields.get("ref"):
            for key in parse_ref_cell(source.fields["ref"]):
                found.setdefault(key, source.sid)
            continue
        for line in source.text.split("\n"):  # unparsed notes: a table row or a paragraph per line
            if "SENSITIVE" in line.upper():
                continue
            first = line.split(" | ")[0]
            keys = set(parse_ref_cell(first)) if " | " in line and len(first) < 30 else mentioned_refs(line)
            for key in keys:
                found.setdefault(key, source.sid)
    return found


def area_named(text: str, inspection: Inspection) -> set[str]:
    mine = _specific_stems(without_gaps(text))
    scored = [(len(mine & _specific_stems(a.text)), a.id) for a in inspection.areas_for_improvement]
    best = max(scored, default=(0, None))
    return {ref_key(best[1])} if best[0] >= 1 else set()


def check_false_gaps(draft: Draft) -> list[Flag]:
    """A gap that says no note exists for a recommendation, while an OFFICIAL note row names it."""
    noted = noted_refs(draft)
    flags = []
    for s_i, p_i, pos, section, sentence in _located(draft):
        if not GAP_CLAIM.search(sentence.text):
            continue
        keys = mentioned_refs(sentence.text) | mentioned_refs(section.title)
        if section.rec_id:
            keys.add(ref_key(section.rec_id))
        if not keys and section.kind == "areas_for_improvement":
            # A bullet in a grouped section ("Workforce wellbeing. [To be added ...]"): the area it names.
            keys |= area_named(section.paragraphs[p_i].text, draft.inspection)
        for key in sorted(k for k in keys if k in noted):
            flags.append(
                _flag(
                    "false_gap",
                    "error",
                    (s_i, p_i, pos),
                    source_id=noted[key],
                    excerpt=sentence.text[:160],
                    message=f"Says there is no note, but {noted[key]} is an OFFICIAL action-plan row for {key}.",
                )
            )
            break
    return flags


# -- status and polarity -----------------------------------------------------------------------------
_DONE_CLAIM = re.compile(
    r"\b(?:has|have|had)\s+(?:now\s+|already\s+|fully\s+|successfully\s+)?(?:been\s+)?"
    r"(?:complet|finish|deliver|implement|achiev|clos|introduc|rolled out|put in place|launch|establish|install|"
    r"replac|repair|brought\b[^.]{0,15}\binto (?:use|service|force)|gone live|went live)\w*"
    r"|\b(?:is|are)\s+(?:now\s+)?(?:complete|completed|fully implemented|closed|finished)\b"
    r"|\b(?:is|are)\s+now\s+(?:in place|in use|live|operating|in operation)\b"
    r"|\b(?:was|were)\s+(?:completed|finished|delivered|implemented|closed)\b",
    re.I,
)
# "246 of 300 have been trained so far" reports progress, it does not claim the action is done.
_PARTIAL = re.compile(
    r"\bagainst\b|\bout of\b|\b\d+ of (?:the |its )?\d+|\bso far\b|\bto date\b|\bfirst\b|\bsome\b|\bpart\b|"
    r"\bhalf\b|\bpilot|\bphase\b|\bof the \d+\b|\b(?:is|are) \w+ing\b|\bstill\b|\bremaining\b|\bcontinu"
    r"|\bper ?cent\b|\d%|\baudit",  # "an audit found it had been completed for 61 per cent of crimes"
    re.I,
)
_FUTURE_BEFORE = re.compile(
    r"\b(?:so that|once|when|until|will|expects?|aims?|plans?|intends?|by the time)\b", re.I
)
_DONE_IN_NOTE = re.compile(
    r"\b(?:complete[d]?|done|closed|in place|live|delivered|implemented|finished)\b", re.I
)
_OPEN_STATUS = re.compile(
    r"in progress|on track|not started|not yet started|planned|open|ongoing|amber|red|at risk|off track|"
    r"under review|awaiting|proposed|delayed|tbc|live",
    re.I,
)
_NEGATION = re.compile(
    r"\b(?:not|never|no longer|won't|cannot|can't|isn't|aren't|hasn't|haven't|doesn't|don't|didn't|wasn't|"
    r"weren't|nor)\b",
    re.I,
)

# A note says the negative its own way ("no force action required"): restating it is no contradiction.
_NO = re.compile(r"\b(?:no|none|nothing|without|n/a)\b", re.I)


def _closest_row(draft: Draft, sentence: Sentence) -> Source | None:
    """The action-plan row a sentence is about: the one sharing most of its specific words (two at least)."""
    mine = _specific_stems(sentence.text)
    best, best_shared = None, 1
    for source in draft.sources:
        if source.kind == "action_plan" and source.fields:
            shared = len(mine & _specific_stems(source.text))
            if shared > best_shared:
                best, best_shared = source, shared
    return best


def check_status(draft: Draft) -> list[Flag]:
    """'Has completed' where the row says in progress, planned or not started; and a negation ('will
    not') of what the row says."""
    flags = []
    for s_i, p_i, pos, _section, sentence in _located(draft):
        if sentence.origin in ("input", "placeholder", "template"):
            continue
        cited = [
            x for c in sentence.citations if (x := draft.source(c)) is not None and x.kind == "action_plan"
        ]
        row = cited[0] if cited else _closest_row(draft, sentence)
        if row is None:
            continue
        status = row.fields.get("status", "")
        claim = _DONE_CLAIM.search(sentence.text)
        if (
            claim
            and status
            and _OPEN_STATUS.search(status)
            and not _DONE_IN_NOTE.search(status)
            and not _PARTIAL.search(sentence.text)
            and not _FUTURE_BEFORE.search(sentence.text[max(0, claim.start() - 50) : claim.start()])
            and not _DONE_IN_NOTE.search(row.fields.get("progress", ""))
        ):
            flags.append(
                _flag(
                    "status_contradiction",
                    "error",
                    (s_i, p_i, pos),
                    source_id=row.sid,
                    excerpt=claim.group(0),
                    message=f"Says this is done, but {row.sid} records it as ‘{status}’.",
                )
            )
            continue
        # "not started" where the row says "Not started" restates it; "will not deliver" negates it.
        negated = [
            " ".join([m.group(0), *re.findall(r"^\W*([\w'-]+)", sentence.text[m.end() :])])
            for m in _NEGATION.finditer(sentence.text)
        ]
        if status_of(status) == "not_started":  # "it has not yet started" restates a Planned/Not started row
            negated = [n for n in negated if _norm(n) not in ("not yet", "not started")]
        if negated and not all(_norm(n) in _norm(row.text) for n in negated):
            units = passage_units(row.text)
            best = max(units, key=lambda u: _overlap(sentence.text, u))
            if _overlap(sentence.text, best) >= 0.5 and not _NEGATION.search(best) and not _NO.search(best):
                flags.append(
                    _flag(
                        "status_contradiction",
                        "error",
                        (s_i, p_i, pos),
                        source_id=row.sid,
                        excerpt=sentence.text[:160],
                        message=f"Negates what {row.sid} says: ‘{best[:120]}’.",
                    )
                )
    return flags


# -- grounding -------------------------------------------------------------------------------------
def _iso_dates(text: str) -> str:
    """'31 March 2024' and '2024-03-31' both become '2024-03-31', so a reformatted date still matches."""
    return _DATE.sub(lambda m: d.isoformat() if (d := parse_date(m.group(0))) else m.group(0), text)


def _overlap(sentence: str, passage: str, ignore: frozenset[str] = frozenset()) -> float:
    """Share of the sentence's own words found in the passage, or of its characters found verbatim."""
    sentence, passage = _iso_dates(sentence), _iso_dates(passage)
    terms = content_words(sentence)
    own = terms - ignore
    if terms and not own:
        return 1.0  # nothing but the frame's own words
    containment = len(own & content_words(passage)) / len(own) if own else 0.0
    a, b = _norm(sentence), _norm(passage)
    match = difflib.SequenceMatcher(None, a, b, autojunk=False).find_longest_match(0, len(a), 0, len(b))
    return max(containment, match.size / max(1, len(a)))


def _given(draft: Draft) -> dict[str, list[str]]:
    """The facts a model was given (``Section.facts``: the composer's sentences) by the source each
    cites; a fact that cites none is the input's. A model that restates a fact is grounded in its
    sources: the fact is their realisation (a row's "Supt N Rahman" and "30/06/2027" are the fact's
    "Superintendent Nadia Rahman leads this work, which is due by 30 June 2027")."""
    inputs = [s.sid for s in draft.sources if s.kind == "input"][:1]
    out: dict[str, list[str]] = {}
    for section in draft.sections:
        for fact in section.facts:
            for sid in fact.citations or inputs:
                out.setdefault(sid, []).append(fact.text)
    return out


def check_grounding(draft: Draft, embed: Embed, frame_words: frozenset[str] = frozenset()) -> list[Flag]:
    """Align each sentence to its best supporting passage; flag those no source supports.

    Template sentences are the product's fixed wording around input facts: supported by construction
    (their facts are still checked by ``check_specifics``). Placeholders are flagged separately. For
    sentences the composer built around a source (origin ``action_plan``), the words of its own frame
    (``frame_words``) are not asked to be found in the source; a model's sentences get no such help,
    but may restate the facts the model was given (``Section.facts``), which are their sources' words.
    """
    targets = []
    for s_i, p_i, pos, _section, sentence in _located(draft):
        if sentence.origin == "template":
            sentence.support = Support(source_id=(sentence.citations or [None])[0], score=1.0, supported=True)
        elif sentence.origin == "staff":  # a person's own wording is theirs, not "unsupported"; its
            # figures and any sensitive content are still checked (check_specifics, check_sensitive)
            sentence.support = Support(source_id=None, score=1.0, supported=True)
        elif sentence.origin != "placeholder":
            targets.append(((s_i, p_i, pos), sentence))
    given = _given(draft)
    # First the cheap test: words or verbatim runs of a source the sentence itself cites.
    unresolved = []
    for location, sentence in targets:
        ignore = frame_words if sentence.origin == "action_plan" else frozenset()
        scored = [
            (_overlap(sentence.text, "\n".join([src.text, *given.get(sid, [])]), ignore), sid)
            for sid in sentence.citations
            if (src := draft.source(sid))
        ]
        score, sid = max(scored, default=(0.0, None))
        if score >= SUPPORT_THRESHOLD:
            sentence.support = Support(source_id=sid, score=round(score, 3), supported=True)
        else:
            unresolved.append((location, sentence))
    if not unresolved:
        return []
    # Then meaning: every remaining sentence against every source sentence.
    units = [(src.sid, text) for src in draft.sources for text in passage_units(src.text)]
    units += [(sid, text) for sid, texts in given.items() for text in texts]
    cos = embed([s.text for _, s in unresolved]) @ embed([t for _, t in units]).T
    flags = []
    for row, ((s_i, p_i, pos), sentence) in enumerate(unresolved):
        ranked = np.argsort(-cos[row])
        best_sid, best = units[ranked[0]][0], float(cos[row][ranked[0]])
        supported = best >= COSINE_THRESHOLD
        if not supported:
            # Not a paraphrase of one sentence: try words and verbatim runs against the closest passages.
            for sid in dict.fromkeys(units[i][0] for i in ranked[:5]):
                source = draft.source(sid)
                ignore = frame_words if sentence.origin == "action_plan" else frozenset()
                text = "\n".join([source.text, *given.get(sid, [])]) if source else ""
                score = _overlap(sentence.text, text, ignore) if source else 0.0
                if score >= SUPPORT_THRESHOLD and (not supported or score > best):
                    best_sid, best, supported = sid, score, True
        sentence.support = Support(source_id=best_sid, score=round(best, 3), supported=supported)
        if not supported:
            # A model's sentence no source supports is not published on the model's word: it goes back to
            # the model, and blocks publication until a person corrects it or accepts it as true.
            vouched = sentence.origin != "model" or sentence.review == "accepted"
            flags.append(
                _flag(
                    "unsupported",
                    "warning" if vouched else "error",
                    (s_i, p_i, pos),
                    excerpt=sentence.text[:160],
                    source_id=best_sid,
                    message=f"No source supports this sentence (best match {best_sid}, {best:.2f}).",
                )
            )
    return flags


# -- invented specifics -------------------------------------------------------------------------------
# National bodies and statutory roles a letter may name without a source: public knowledge.
PUBLIC_BODIES = (
    "Police and Crime Panel",
    "Home Office",
    "College of Policing",
    "National Police Chiefs' Council",
    "Association of Police and Crime Commissioners",
    "Independent Office for Police Conduct",
    "National Crime Agency",
    "Crown Prosecution Service",
    "Ministry of Justice",
    "Criminal Justice Board",
    "Violence Reduction Unit",
    "Community Safety Partnership",
    "Police Reform Act",
    "Integrated Care Board",
    "Probation Service",
    "Multi-Agency Safeguarding Hub",
    "Safeguarding Hub",
    "Local Criminal Justice Board",
    "Safeguarding Partnership",
    "Police Act",
    "Policing and Crime Act",
)


def specifics(text: str) -> list[tuple[str, str, object]]:
    """Dates, figures (in digits, or in words above twelve: 'four hundred'), money and named
    boards/operations/initiatives in a text, as (kind, as written, normalised value)."""
    found: list[tuple[str, str, object]] = [
        ("date", m.group(0), d) for m in _DATE.finditer(text) if (d := parse_date(m.group(0)))
    ]
    rest = _DATE.sub(" ", text)
    days = [m for m in _DAY_MONTH.finditer(rest) if _day_of(m)]  # "40 Oct referrals" is 40 referrals
    found += [("day", m.group(0).rstrip("."), _day_of(m)) for m in days]
    for m in reversed(days):
        rest = f"{rest[: m.start()]} {rest[m.end() :]}"
    written = {v for _, v in figures_in_digits(rest)}
    for shown, value in figures(rest):
        if value in written or float(value) > 12:
            found.append(("figure", shown, value))
    found += [("name", m.group(0).strip(), None) for m in _NAMED.finditer(text)]
    return found


def figures_in_digits(text: str) -> list[tuple[str, str]]:
    """Figures written with digits (not converted from words)."""
    return [(shown, value) for shown, value in figures(text) if re.search(r"\d", shown) and shown in text]


def _known(draft: Draft, extra: Iterable[str]) -> tuple[str, set[date], set[tuple[int, int]], set[str]]:
    texts = [s.text for s in draft.sources] + [s.title for s in draft.sources] + list(extra)
    corpus = _norm(" \n ".join([*texts, *PUBLIC_BODIES]))
    year = draft.inspection.published.year
    days, months = set(), set()
    for t in texts:
        d, m = loose_dates(t, (year, year + 1))
        days |= d
        months |= m
    days |= {draft.inspection.published, draft.due_date} | {s.published for s in draft.sources if s.published}
    numbers = {value for t in texts for _, value in figures(_DATE.sub(" ", t))}
    numbers |= {
        f"{float(n):g}" for t in texts for n in re.findall(r"(?<=[A-Za-z])\d+(?:\.\d+)?", t)
    }  # 's136', 'P2527/01'
    numbers |= {str(y) for y in range(year - 10, year + 11)}  # a year is a date, checked as one
    numbers |= {str(d.year) for d in days} | {str(y) for y, _ in months}
    numbers |= {str(n) for n in draft.inspection.counts().values()} | {str(draft.inspection.report_total)}
    return corpus, days, months, numbers | STATUTE_FIGURES


_MINOR = frozenset({"and", "of", "the", "for", "on", "in", "&"})


def _name_known(name: str, corpus: str) -> str:
    """'known', 'abbreviated' (the sources have only its initials or its last words: a person should
    check the expansion) or 'unknown'."""
    name = re.sub(r"^(?:The|A|An|My|Our|His|Her|Its)\s+", "", name.strip())
    norm = _norm(name)
    if norm in corpus or any(norm.endswith(_norm(b)) for b in PUBLIC_BODIES):
        return "known"
    tokens = [w for w in re.split(r"[\s-]+", name) if w]
    major = [w for w in tokens if w.lower() not in _MINOR]
    squashed = corpus.replace("&", "").replace(".", "")
    initials = "".join(w[0] for w in major).lower()
    candidates = {initials, initials[1:], f"{''.join(w[0] for w in major[:-1]).lower()} {major[-1].lower()}"}
    if len(major) >= 2 and any(
        re.search(rf"(?<![a-z]){re.escape(c)}(?![a-z])", squashed) for c in candidates
    ):
        return "abbreviated"
    if len(major) >= 2 and _norm(" ".join(major[-2:])) in corpus:
        return "abbreviated"
    return "unknown"


def check_specifics(draft: Draft, office_texts: Iterable[str] = ()) -> list[Flag]:
    """Flag any figure, date, sum or named body that appears in no source and not in the input,
    however it is written ('four hundred' as much as '400'; '£185k' is '£185,000')."""
    header_texts = [f"{r.label} {r.value}" for r in draft.header]
    corpus, days, _months, numbers = _known(draft, [*office_texts, *header_texts])
    flags = []
    for s_i, p_i, pos, _section, sentence in _located(draft):
        if sentence.origin in ("input", "placeholder"):
            continue
        for kind, shown, value in specifics(sentence.text):
            if kind == "date":
                verdict = "known" if value in days else "unknown"
            elif kind == "day":  # (month, day): in any year a source gives it
                verdict = "known" if any((d.month, d.day) == value for d in days) else "unknown"
            elif kind == "figure":
                verdict = "known" if value in numbers else "unknown"
            else:
                verdict = _name_known(shown, corpus)
            if verdict == "unknown":
                flags.append(
                    _flag(
                        "invented_specific",
                        "error",
                        (s_i, p_i, pos),
                        excerpt=shown,
                        message=f"‘{shown}’ appears in no source and not in the input.",
                    )
                )
            elif verdict == "abbreviated":
                flags.append(
                    _flag(
                        "invented_specific",
                        "warning",
                        (s_i, p_i, pos),
                        excerpt=shown,
                        message=f"‘{shown}’: the sources name this only in short; check the full name.",
                    )
                )
    return flags


# -- the chief constable's figures against the notes ------------------------------------------------------
_COUNT_OF = re.compile(
    r"(?<![\d.,£])(\d[\d,]*)\s+(?:(?:more|new|active|extra|additional|trained|full-time|qualified)\s+)?([a-z][a-z-]{2,})"
)
_NOT_A_COUNT = frozenset(
    {
        "per",
        "cent",
        "percent",
        "days",
        "day",
        "weeks",
        "week",
        "months",
        "month",
        "years",
        "year",
        "hours",
        "hour",
        "minutes",
    }
)


def counted(text: str) -> dict[str, set[int]]:
    """Counts of things a text states, by the thing ('24 active visitors' -> {'visitor': {24}})."""
    found: dict[str, set[int]] = {}
    for m in _COUNT_OF.finditer(digits(text)):
        noun = m.group(2).lower()
        if noun in _NOT_A_COUNT:
            continue
        try:
            found.setdefault(stems(noun)[0], set()).add(int(m.group(1).replace(",", "")))
        except (ValueError, IndexError):
            continue
    return found


def check_cc_figures(draft: Draft) -> list[Flag]:
    """A count in the Chief Constable's comments that the OFFICIAL notes give differently ('30
    volunteers' against '24 active visitors' is not caught; '30 visitors' against '24 visitors' is):
    the Chief Constable's words stay as they are, and staff are told to check."""
    cc = next((s for s in draft.sources if s.kind == "input" and s.title.startswith("Chief Constable")), None)
    if cc is None:
        return []
    where = next(
        ((s_i, p_i, pos) for s_i, p_i, pos, _sec, sen in _located(draft) if cc.sid in sen.citations),
        (0, 0, 0),
    )
    return [
        _flag(
            "cc_figure_differs",
            "warning",
            where,
            excerpt=f"{said} {noun}",
            message=f"The Chief Constable's comments give {said} ({noun}); the action-plan notes give "
            f"{noted}. Their words are published as given: check with the force.",
        )
        for noun, said, noted in _differing_counts(cc.text, _noted_counts(draft, ("action_plan",)))
    ]


def _noted_counts(draft: Draft, kinds: tuple[str, ...]) -> dict[str, set[int]]:
    """Counts the OFFICIAL sources of these kinds state, by the thing counted."""
    notes: dict[str, set[int]] = {}
    for source in draft.sources:
        if source.kind in kinds and source.marking != "OFFICIAL-SENSITIVE":
            for noun, values in counted(source.text).items():
                notes.setdefault(noun, set()).update(values)
    return notes


def _differing_counts(text: str, notes: dict[str, set[int]]) -> Iterable[tuple[str, str, str]]:
    """(thing, the text's count, the notes' counts) wherever the text counts a thing the notes count
    differently ('30 visitors' against '24 visitors')."""
    for noun, values in counted(text).items():
        if noun in notes and not values & notes[noun]:
            yield noun, ", ".join(map(str, sorted(values))), ", ".join(map(str, sorted(notes[noun])))


# -- text brought in from a past letter ------------------------------------------------------------
# A past letter's sentence that speaks of its own report: true of that report, not necessarily of this one.
_ABOUT_A_REPORT = re.compile(
    r"\b(?:the inspectors?|the inspectorate|HMICFRS|HMIC|the report|this report|the inspection|this inspection|"
    r"recommendations?|areas? for improvement|causes? of concern|the revisit)\b",
    re.I,
)


def check_borrowed(draft: Draft) -> list[Flag]:
    """Sentences brought in from a past letter (a section added in chat, or the local context drawn from
    past letters): one that speaks of a report
    ('The inspectors noted the contribution of my Independent Custody Visitor scheme') was true of that
    letter's report, and one whose count differs from this inspection's notes ('around 30 volunteers'
    against '24 volunteers') is out of date. Both block publication until a person edits or removes
    them; the letter's own sentences about this report are not affected."""
    notes = _noted_counts(draft, ("action_plan", "input"))
    flags = []
    for s_i, p_i, pos, section, sentence in _located(draft):
        if sentence.origin != "source" or section.kind not in ("added", "local_context"):
            continue
        past = [s for c in sentence.citations if (s := draft.source(c)) and s.kind == "past_response"]
        if not past:
            continue
        letter = f"‘{past[0].title}’" + (f" ({past[0].published.year})" if past[0].published else "")
        if m := _ABOUT_A_REPORT.search(sentence.text):
            said = [
                f"This sentence comes from the response to {letter} and speaks of that report "
                f"(‘{m.group(0)}’). Check it is true of this inspection: edit it, or remove it."
            ]
        else:
            said = [
                f"This sentence from the response to {letter} gives {count} ({noun}); this inspection's notes "
                f"give {noted}. Use the current figure, or remove the sentence."
                for noun, count, noted in _differing_counts(sentence.text, notes)
            ]
        flags += [
            _flag(
                "borrowed_text",
                "error",
                (s_i, p_i, pos),
                excerpt=sentence.text[:160],
                source_id=past[0].sid,
                message=message,
            )
            for message in said
        ]
    return flags


# -- the chief constable ---------------------------------------------------------------------------
_WHEN = re.compile(
    r"\b(?:spring|summer|autumn|winter|christmas|new year|easter|january|february|march|april|may|june|july|"
    r"august|september|october|november|december|next year|this year|end of the year)\b",
    re.I,
)


def _reported_faithfully(said: str, comments: str) -> bool:
    """Reported speech is faithful when one sentence of her comments carries most of it, and every
    figure and time it gives ('by the spring', '999') is hers."""
    hers = _norm(comments)
    if any(value not in {v for _, v in figures(comments)} for _, value in figures(said)):
        return False
    if any(w.group(0).lower() not in hers for w in _WHEN.finditer(said)):
        return False
    return (
        max((_overlap(said, sentence) for sentence in passage_units(comments)), default=0.0)
        >= SUPPORT_THRESHOLD
    )


def check_chief_constable(draft: Draft, names: Iterable[str] = ()) -> list[Flag]:
    """Nothing may be attributed to the Chief Constable that is not in the input's comments: no quote
    that is not word for word, no reported speech or view ("the Chief Constable has told me ...",
    "[name] said ...", "the Chief Constable is determined to ...") that the comments do not carry."""
    comments = draft.inspection.chief_constable_comments
    signed = re.findall(r"^\s*([A-Z][a-z]+ [A-Z][A-Za-z'-]+),?\s+Chief Constable", comments, re.M)
    attribution = _cc_attribution([*names, *signed])
    flags = []
    for s_i, p_i, pos, section, sentence in _located(draft):
        if sentence.origin == "input" and section.kind == "chief_constable":
            if sentence.text.strip() not in comments and "Chief Constable," not in sentence.text:
                flags.append(
                    _flag(
                        "chief_constable",
                        "error",
                        (s_i, p_i, pos),
                        excerpt=sentence.text[:160],
                        message="The quoted comments differ from the Chief Constable's words in the input.",
                    )
                )
            continue
        if sentence.origin in ("input", "placeholder"):
            continue
        quoted = list(_QUOTED.findall(sentence.text))
        m = attribution.search(sentence.text)
        if not m and not (quoted and "Chief Constable" in sentence.text):
            continue
        if not comments:
            ok = False
        elif quoted:
            ok = all(_norm(q) in _norm(comments) for q in quoted)
        else:
            said = sentence.text[m.end() :] if m else sentence.text
            ok = len(content_words(said)) < 2 or _reported_faithfully(said, comments)
        if not ok:
            flags.append(
                _flag(
                    "chief_constable",
                    "error",
                    (s_i, p_i, pos),
                    excerpt=sentence.text[:160],
                    message="Attributes words or views to the Chief Constable that are not in the "
                    "Chief Constable's comments supplied with the inspection.",
                )
            )
    return flags


# -- protective marking -------------------------------------------------------------------------------
_CAPITALISED = re.compile(
    r"\b(?:[A-Z][A-Za-z'’&-]*\d*|[A-Z]\d+)(?:\s+(?:of|and|the|for|on|&)?\s*[A-Z][A-Za-z'’&-]*\d*)*"
)
_CODE = re.compile(r"\b(?=[A-Za-z0-9/-]*\d)(?=[A-Za-z0-9/-]*[A-Za-z])[A-Za-z0-9]+(?:[/-][A-Za-z0-9]+)*\b")
_COUNTED = re.compile(r"£?\b(?!(?:19|20)\d\d\b)\d[\d,.]*%?\s+(?:[a-z-]+\s+){0,1}[a-z-]{3,}")
_SKIP_CAPS = frozenset(
    [
        "A",
        "An",
        "The",
        "This",
        "That",
        "These",
        "Those",
        "It",
        "Its",
        "In",
        "On",
        "At",
        "By",
        "For",
        "From",
        "To",
        "Of",
        "And",
        "Or",
        "But",
        "If",
        "As",
        "With",
        "Status",
        "Action",
        "Owner",
        "Due",
        "Progress",
        "Marking",
        "OFFICIAL",
        "OFFICIAL-SENSITIVE",
        "SENSITIVE",
        "Recommendation",
        "AFI",
        "Ref",
        "Update",
        "We",
        "I",
        "Our",
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
        "Q1",
        "Q2",
        "Q3",
        "Q4",
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
        "Red",
        "Amber",
        "Green",
        "Blue",
        "RAG",
        "Complete",
        "Completed",
        "Closed",
        "Open",
    ]
)


_UNIT = re.compile(
    r"(?:second|minute|hour|day|week|month|year|per|percent|cent|time|mile|km|metre|call|case|incident)s?$",
    re.I,
)
_SENTENCE_START = re.compile(r"(?:^|[.:;!?]\s+|\n\s*|\|\s*)$")


def sensitive_specifics(sensitive: list[Source], public: PublicText) -> dict[str, Source]:
    """Names, places, operations, codes, figures, sums and dates that appear only in OFFICIAL-SENSITIVE
    passages: not in any OFFICIAL text of the library, the input or the product's own wording. Keyed by
    a normalised form: stems for words (a whole name, and each capitalised word inside a name or
    mid-sentence, so 'Operation Nightjar' is caught by 'Nightjar'); '#<value>' for figures and sums
    ('£120k' is '£120,000'); ISO for dates."""
    found: dict[str, Source] = {}

    def add(key: str, source: Source) -> None:
        if len(key) >= 3 and not public.has(key):
            found.setdefault(key, source)

    for source in sensitive:
        text = re.sub(r"^(Action|Owner|Due|Status|Progress|Marking):\s*", "", source.text, flags=re.M)
        for m in _CAPITALISED.finditer(text):
            names = [w for w in m.group(0).split() if w not in _SKIP_CAPS and w.lower() not in STOPWORDS]
            if not names:
                continue
            add(" ".join(stems(" ".join(names))), source)
            mid = not _SENTENCE_START.search(text[: m.start()])
            for i, word in enumerate(names):
                if len(word) >= 4 and (i > 0 or mid or word.isupper()):
                    add(" ".join(stems(word)), source)
        for m in _CODE.finditer(text):
            add(" ".join(stems(m.group(0))), source)
        for m in _COUNTED.finditer(digits(text)):
            number, *rest = m.group(0).split()
            # "20 investigators", not "9 and" or "10 seconds" (a unit says nothing about the row)
            counted = [w for w in rest if w.lower() not in STOPWORDS]
            if counted and not _UNIT.match(counted[0]):
                add(" ".join(stems(f"{number} {counted[0]}")), source)
        for _, value in figures(_DATE.sub(" ", text)):
            if float(value) > 12 and not (1990 <= float(value) <= 2040) and not public.has_figure(value):
                found.setdefault(f"#{value}", source)
        for d, has_day in dates_in(text):
            if has_day and not public.has_date(d):
                found.setdefault(d.isoformat(), source)
    return found


def _keys_in(text: str) -> tuple[str, set[str]]:
    """A text as the forms ``sensitive_specifics`` keys by: its stems, and its figures and dates."""
    mine = " " + " ".join(stems(text)) + " "
    keys = {f"#{v}" for _, v in figures(_DATE.sub(" ", text))}
    keys |= {d.isoformat() for d, has_day in dates_in(text) if has_day}
    return mine, keys


def check_sensitive(
    draft: Draft,
    sensitive: list[Source],
    embed: Embed | None = None,
    public_texts: Iterable[str] = (),
    known: PublicText | None = None,
) -> list[Flag]:
    """One rule for every sentence, whatever made it (template, house phrase, action-plan row, model,
    staff edit, a heading staff asked for), but the verified input: nothing that appears only in
    OFFICIAL-SENSITIVE material. Flagged: its words copied (8+ in a row, unless OFFICIAL text has the
    same run; a run shared with another report's passage needs GENERIC_RUN_WORDS content words), a close
    paraphrase, or any name, code, figure, sum or date found only in sensitive
    passages, however the sentence is phrased."""
    sensitive = [s for s in sensitive if s.marking == "OFFICIAL-SENSITIVE"]
    if not sensitive:
        return _tagged(draft)
    inputs = _norm(
        " ".join(
            [
                draft.inspection.title,
                draft.inspection.chief_constable_comments,
                *(r.text for r in draft.inspection.recommendations),
                *(a.text for a in draft.inspection.areas_for_improvement),
            ]
        )
    )
    # Words a sensitive note shares with public text (the report's own recommendation, its title) are
    # not what makes it sensitive: only the rest counts.
    public: set[tuple[str, ...]] = set()
    public_texts = list(public_texts)
    own_public = []
    for source in draft.sources:
        public |= shingles(source.title, SENSITIVE_NGRAM)
        if source.marking != "OFFICIAL-SENSITIVE":
            public |= shingles(source.text, SENSITIVE_NGRAM)
            own_public.append(source.text)
    for source in sensitive:  # a sensitive row's recommendation is the report's published words
        fields = source.fields or (row_fields(source.text) if is_plan_row(source.text) else {})
        if fields.get("text"):
            public |= shingles(fields["text"], SENSITIVE_NGRAM)
            own_public.append(fields["text"])
    # ``known``: the library's public text read once per library state (PublicText.of(public_texts))
    known = (known if known is not None else PublicText.of(public_texts)) | PublicText.of(own_public)
    in_library = known.has_run
    only_sensitive = sensitive_specifics(sensitive, known)
    # Words that only this inspection's sensitive notes use ("covert", "courier"): two in one sentence
    # is a paraphrase. (Passages found elsewhere in the library are checked for the rest only.)
    own_ids = {x.sid for x in draft.sources}
    own = [s for s in sensitive if s.sid in own_ids]
    rare_words = {
        t: src
        for src in own
        for t in stems(src.text)
        if len(t) >= 4 and not t.isdigit() and not known.has_word(t) and t not in _GENERIC
    }
    # A copy lies within one line of a passage (one field of a row): runs across a line break are the
    # layout's ("...in Fenmoor" / "Published: ..."), not a sentence anyone wrote.
    source_grams = [
        (s, set().union(*(shingles(line, SENSITIVE_NGRAM) for line in s.text.split("\n"))) - public)
        for s in sensitive
    ]
    located = [
        ((s_i, p_i, pos), sentence.text)
        for s_i, p_i, pos, _section, sentence in _located(draft)
        if not (sentence.origin == "input" and _norm(sentence.text) in inputs)
    ]
    located += [((s_i, None, None), sec.title) for s_i, sec in enumerate(draft.sections) if sec.title]
    flags = _tagged(draft)
    flagged = {(f.section, f.paragraph, f.sentence) for f in flags}
    for where, text in located:
        if where in flagged:
            continue
        grams = shingles(text, SENSITIVE_NGRAM)
        hit = next(
            (
                (src, common)
                for src, g in source_grams
                if (common := {x for x in grams & g if not in_library(x)})
                and (src.sid in own_ids or _specific_run(_copied_span(text, common), known))
            ),
            None,
        )
        if hit:
            source, common = hit
            excerpt, how = _copied_span(text, common), "Copies text from"
        else:
            mine, keys = _keys_in(text)
            key = next((k for k in only_sensitive if f" {k} " in mine or k in keys), None)
            rare = sorted(set(mine.split()) & set(rare_words))
            if key is not None:
                source, excerpt, how = only_sensitive[key], key.lstrip("#"), "Names something found only in"
            elif len(rare) >= 2:
                source, excerpt, how = rare_words[rare[0]], ", ".join(rare), "Uses words found only in"
            else:
                continue
        flagged.add(where)
        flags.append(
            _flag(
                "sensitive_text",
                "error",
                where,
                source_id=source.sid,
                excerpt=excerpt,
                message=f"{how} an OFFICIAL-SENSITIVE source ({source.sid}: {source.title}).",
            )
        )
    if embed is not None:
        # A fragment ("In progress.", "Head of Custody.") is too short to paraphrase anything, and a
        # heading is checked for names and copies only.
        rest = [
            (loc, t) for loc, t in located if loc not in flagged and loc[2] is not None and len(words(t)) >= 5
        ]
        units = [
            (src, t)
            for src in sensitive
            for t in passage_units(src.text)
            if len(words(t)) >= 5 and not _mostly_public(t, public)
        ]
        if rest and units:
            sims = embed([t for _, t in rest]) @ embed([t for _, t in units]).T
            for row, (where, text) in enumerate(rest):
                best = int(np.argmax(sims[row]))
                if sims[row][best] >= PARAPHRASE_THRESHOLD:
                    source = units[best][0]
                    flags.append(
                        _flag(
                            "sensitive_text",
                            "error",
                            where,
                            source_id=source.sid,
                            excerpt=text[:160],
                            message=f"Closely paraphrases an OFFICIAL-SENSITIVE source ({source.sid}).",
                        )
                    )
    return flags


# A protective marking left on a piece of text ("(OS) Op ...", "[OFFICIAL-SENSITIVE]"): whatever the
# source's recorded marking, the writer marked this text as not for publication.
_SENSITIVE_TAG = re.compile(
    r"[\[(]\s*(?:OS|O-S|OFFICIAL[\s_-]+SENSITIVE)\s*[\])]|\bOFFICIAL[\s_-]+SENSITIVE\b"
)


def _tagged(draft: Draft) -> list[Flag]:
    """The marking-tag rule alone, for a draft with no sensitive sources."""
    return [
        _flag(
            "sensitive_text",
            "error",
            (s_i, p_i, pos),
            excerpt=tag.group(0),
            message=f"Carries the marking ‘{tag.group(0).strip()}’: text marked so is not for publication.",
        )
        for s_i, p_i, pos, _section, sentence in _located(draft)
        if sentence.origin not in ("placeholder", "input") and (tag := _SENSITIVE_TAG.search(sentence.text))
    ]


def _specific_run(span: str, known: PublicText) -> bool:
    """A run shared with another report's sensitive passage is a copy only if it says something: enough
    content words, one of them found in no OFFICIAL text this draft can see ("a gold group chaired by the
    deputy chief constable" is how every force writes governance, and this report's own notes say it)."""
    content = [w for w in words(span) if w not in STOPWORDS]
    return len(content) >= GENERIC_RUN_WORDS and any(not known.has_word(t) for w in content for t in stems(w))


def _copied_span(text: str, common: set[tuple[str, ...]]) -> str:
    """The run of the sentence's words covered by the shared 8-word sequences."""
    tokens = words(text)
    starts = [
        i
        for i in range(len(tokens) - SENSITIVE_NGRAM + 1)
        if tuple(tokens[i : i + SENSITIVE_NGRAM]) in common
    ]
    return " ".join(tokens[min(starts) : max(starts) + SENSITIVE_NGRAM]) if starts else ""


def _mostly_public(text: str, public: set[tuple[str, ...]]) -> bool:
    grams = shingles(text, SENSITIVE_NGRAM)
    return bool(grams) and len(grams - public) <= len(grams) / 2


# -- prompt injection -------------------------------------------------------------------------------------
def check_injected(draft: Draft) -> list[Flag]:
    """Instructions to whoever writes the letter (prompt injection), whatever made the sentence: a
    sentence that gives them itself (``injection.instruction_cue``), or text taken from a passage that
    carries them: a passage with planted instructions is not to be trusted for anything else either, so a
    person checks it before it is published."""
    grams = [(src, shingles(src.text, 6)) for src in draft.sources if src.addresses_a_model]
    flags = []
    for s_i, p_i, pos, _section, sentence in _located(draft):
        if sentence.origin == "placeholder":
            continue
        cue = instruction_cue(sentence.text)
        mine = shingles(sentence.text, 6)
        source = next((src for src, g in grams if mine & g), None)
        if cue:
            message = f"Instructions to whoever writes the letter ({cue}), not a statement for it: remove it."
        elif source is not None:
            message = (
                f"Taken from a passage that carries instructions to whoever writes the letter ({source.sid}): "
                "check that passage before relying on anything it says."
            )
        else:
            continue
        flags.append(
            _flag(
                "injected_text",
                "error",
                (s_i, p_i, pos),
                source_id=source.sid if source else None,
                excerpt=sentence.text[:160],
                message=message,
            )
        )
    return flags


# -- placeholders and deadline ---------------------------------------------------------------------------
_BRACKETED = re.compile(r"\[(?!S\d)[^\[\]]{2,}\]")


def check_placeholders(draft: Draft) -> list[Flag]:
    """Gaps a person must fill before publication: the drafter's placeholders, and any bracketed
    stand-in left in the text (such as '[PCC name]' from unfilled settings)."""
    flags = []
    for s_i, p_i, pos, section, sentence in _located(draft):
        if sentence.origin == "placeholder" or _BRACKETED.search(sentence.text):
            kind = "missing_cc_comments" if section.kind == "chief_constable" else "placeholder"
            flags.append(
                Flag(
                    kind=kind,
                    severity="error",
                    section=s_i,
                    paragraph=p_i,
                    sentence=pos,
                    excerpt=sentence.text[:160],
                    message="A gap for staff to fill before publication.",
                )
            )
    return flags


def check_deadline(inspection: Inspection, today: date) -> Flag:
    due = inspection.due_date()
    left = (due - today).days
    if left < 0:
        return Flag(
            kind="deadline",
            severity="error",
            message=f"The statutory deadline passed on {due:%d %B %Y} ({-left} days ago).",
        )
    if left <= DEADLINE_WARNING_DAYS:
        return Flag(
            kind="deadline",
            severity="warning",
            message=f"Due on {due:%d %B %Y}: {left} day{'s' if left != 1 else ''} left.",
        )
    return Flag(kind="deadline", severity="info", message=f"Due on {due:%d %B %Y}: {left} days left.")


REPEAT_OVERLAP = 0.8  # share of the longer sentence's content words that the shorter one also has
REPEAT_MIN_WORDS = 6


def specific_keys(text: str) -> set:
    """A text's dates, figures and names, comparable however a sentence places them ("The Scrutiny
    Panel will ..." and "... to the Scrutiny Panel" name the same panel)."""
    return {
        (kind, value if value is not None else re.sub(r"^the\s+", "", shown.lower()))
        for kind, shown, value in specifics(text)
    }


def check_repeated(draft: Draft) -> list[Flag]:
    """A model's sentence that says again what an earlier sentence of the letter said (each section was
    written apart, so a model restates the welcome or the oversight in every section). Only the model's
    own sentences: the composer's deliberate echoes ("as under recommendation 2") are its wording."""
    flags: list[Flag] = []
    earlier: list[tuple[set[str], set, int]] = []
    for s_index, p_index, n, _, sentence in _located(draft):
        said = set(content_words(sentence.text))
        # what it names: its dates, figures and boards, and its capitalised words after the first
        named = specific_keys(sentence.text) | set(re.findall(r"(?<=\s)[A-Z][a-z]+", sentence.text))
        if sentence.origin == "model" and len(said) >= REPEAT_MIN_WORDS:
            for words, their_names, where in earlier:
                # The same frame about another owner, date or figure says something new.
                if named <= their_names and len(said & words) / max(len(said), len(words)) >= REPEAT_OVERLAP:
                    flags.append(
                        _flag(
                            "repeated",
                            "error",
                            (s_index, p_index, n),
                            f"Says again what section {where + 1} already says: take one of them out.",
                        )
                    )
                    break
        if len(said) >= REPEAT_MIN_WORDS:
            earlier.append((said, named, s_index))
    return flags


def verify(
    draft: Draft,
    embed: Embed,
    today: date,
    sensitive_library: list[Source] = (),
    office_texts: list[str] = (),
    public_texts: list[str] = (),
    chief_constable_names: list[str] = (),
    public_known: PublicText | None = None,
) -> Draft:
    """Run every check; the draft's flags and coverage are replaced by the results. ``office_texts``:
    the product's fixed wording and the office settings; ``public_texts``: the library's OFFICIAL
    passages (what is public is not sensitive); ``public_known``: the same read once (``PublicText``),
    kept by the caller between drafts."""
    flags = check_grounding(draft, embed, frozenset(content_words(" ".join(office_texts))))
    coverage, more = check_coverage(draft)
    flags += more
    flags += check_counts(draft)
    flags += check_false_gaps(draft)
    flags += check_status(draft)
    flags += check_specifics(draft, office_texts)
    flags += check_chief_constable(draft, chief_constable_names)
    flags += check_cc_figures(draft)
    flags += check_borrowed(draft)
    flags += check_repeated(draft)
    sensitive = [s for s in draft.sources if s.marking == "OFFICIAL-SENSITIVE"] + list(sensitive_library)
    known = (public_known if public_known is not None else PublicText.of(public_texts)) | PublicText.of(
        office_texts
    )
    flags += check_sensitive(draft, sensitive, embed, [*office_texts, *public_texts], known)
    flags += check_injected(draft)
    flags += check_placeholders(draft)
    flags.append(check_deadline(draft.inspection, today))
    resolved = {(f.kind, f.section, f.paragraph, f.sentence) for f in draft.flags if f.resolved}
    for f in flags:
        f.resolved = (f.kind, f.section, f.paragraph, f.sentence) in resolved
    draft.coverage, draft.flags = coverage, flags
    draft.days_left = (draft.due_date - today).days
    return draft
