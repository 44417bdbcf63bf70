"""Action-plan rows into the letter's sentences, each citing its row: the realiser (``realise/``)
applied to the rows of one recommendation, one area for improvement, or the oversight and local
context rows that name no recommendation. What a person should look at instead of a sentence (a
scrap of a progress note, an abbreviation nobody has written out) goes to ``notes``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date

from assistant.drafting.injection import instruction_cue
from assistant.drafting.plan import OVERSIGHT, PlanRow, Status, owner_kind
from assistant.drafting.realise import (
    Glossary,
    Subject,
    action_sentence,
    closing_sentence,
    first_person,
    is_prose,
    join_short,
    lead_phrase,
    merge_frames,
    months_written_out,
    noun_sentence,
    progress_sentences,
    subject_for,
    tidy,
    written_dates,
    years_added,
)
from assistant.drafting.realise.asides import aside, named_roles, sentences_of, we_as, without_comments
from assistant.drafting.records import Sentence
from assistant.drafting.text import STOPWORDS, lower_first, stems

# An action cell that only says whose the recommendation is ("For NPCC.", "No force action.").
_NO_ACTION = r"no (?:force|local|further) action(?: required| needed)?|n/?a|not applicable|national rec(?:ommendation)?s?"
_WHOSE_PART = (
    rf"(?:for (?:the )?[A-Z][\w' ]{{1,40}}|{_NO_ACTION}|for information"
    r"|nothing (?:for (?:us|the force|the OPCC)|to do)\b[^.;–—]*"
    r"|joint (?:action|recommendation)\b[^.;–—]{0,30}|not (?:ours|for us|for the force)\b[^.;–—]{0,40})"
)
_WHOSE_FIRST = re.compile(
    rf"^\s*(?:{_NO_ACTION})\s*[,;:–—-]\s*(?=\S)", re.I
)  # "No local action, force will ..."
# ... or several such parts: "National rec – no local action".
_ONLY_WHOSE = re.compile(rf"^{_WHOSE_PART}(?:\s*[–—:;,-]\s*{_WHOSE_PART})*$", re.I)
_DECISION = re.compile(
    r"\b(?:PCC|commissioner|I|OPCC)\b[^.;]{0,20}?\b(?P<verb>partially accepts?|partly accepts?|accepts? in part|"
    r"does not accept|do not accept|not accepted|rejects?|accepts?|accepted)\b",
    re.I,
)
# A note's "Force will move to ...", "Force has agreed ...": the letter writes "The force".
_FORCE_START = re.compile(
    r"^force\s+(?=(?:will|has|have|is|are|was|were|already|now|also|continues|plans|intends)\b)", re.I
)
# A briefing's words about the response being written, not about the work: "CC's comments received
# 20/11 – in the file", "Approach agreed with Jane: go theme by theme", "keep it short".
_ABOUT_THE_LETTER = re.compile(
    r"\b(?:this|the|our|my|last year's|PCC's) (?:response|letter|draft)\b|\bcomments (?:received|in|due|chased)\b"
    r"|\bapproach agreed\b|\bkeep it (?:short|brief)|\btoo long\b|\bin the file\b|\bfor the letter\b"
    r"|\b(?:s\.?\s?55|section 55) (?:response|letter)\b|\b(?:CC|chief constable)(?:'s|’s|s)? comments\b",
    re.I,
)
# A whole-report piece that starts with a verb in the third person has lost its subject, the report.
_DESCRIBES = re.compile(
    r"^(?:covers|includes|looks at|examines|considers|follows|builds on|draws on|sets out)\b", re.I
)


def without_letter_talk(piece: str) -> tuple[str, str]:
    """A piece without its parts about the response being written ("annual report to PCP 28/01/27 – this
    response to be included" keeps its first part), and what was taken out."""
    parts = re.split(r"\s+[–—]\s+|;\s+", piece.strip())
    kept = [p for p in parts if not _ABOUT_THE_LETTER.search(p)]
    dropped = [p for p in parts if _ABOUT_THE_LETTER.search(p)]
    if not dropped:
        return piece, ""
    return " – ".join(kept), " – ".join(dropped)


def _a_label(row: PlanRow, plain: str, sentence: str) -> bool:
    """A whole-report row's piece that only a frame made a sentence ("The force's plan includes HMCI's
    annual assessment under s54(4A)"): a briefing's label, not a step. An investment (£), a dated
    event ("annual report to the panel 28 January 2027") or a board is still said."""
    return (
        row.whole_report
        and row.status in ("unknown", "not_applicable")
        and bool(_PLAN_FRAME.match(sentence))
        and "£" not in plain
        and not _DAY_MONTH_YEAR.search(plain)
        and not OVERSIGHT.search(plain)  # "PEEL Improvement Board, chair DCC, fortnightly" says who watches
    )


# A tracker's "What" cell that titles the topic ("999 – CH numbers & skills", "THRIVE – use & recording"):
# one or two words, a dash, a short noun phrase. The row's update says what is being done.
_TOPIC_TITLE = re.compile(r"^\S+(?:\s\S+)?\s[–—]\s[^.;:,]{3,50}$")
_PLAN_FRAME = re.compile(
    r"^(?:As an interim measure, )?(?:The force's|My office's|My) plan(?: also)? includes "
)
_INITIALS_ONLY = re.compile(r"[A-Z]{2,3}(?:\s*[/&,+]\s*[A-Z]{2,3})*")  # "JC", "JC/NH"
_DAY_MONTH_YEAR = re.compile(r"\b\d{1,2} [A-Z][a-z]+ \d{4}\b")
_FULL_DATE = re.compile(r"(?<![\d/.])\d{1,2}[./]\d{1,2}[./](?:\d{4}|\d{2})(?![\d/.])")
_AUX = re.compile(r"^(?P<subj>.+?) (?P<aux>is|am|has|have|will) ")
_ORDER: dict[Status, int] = {
    "off_track": 0,
    "at_risk": 1,
    "not_started": 2,
    "awaiting_national": 3,
    "unknown": 4,
    "in_progress": 5,
    "not_applicable": 6,
    "complete": 7,
}


def decision_in(rows: list[PlanRow], commissioner: str = "") -> str | None:
    """The commissioner's decision on a recommendation as a row records it: 'accept', 'partly', 'not'.
    A briefing may name the commissioner ("Priya has confirmed she accepts it in full")."""
    names = [re.escape(n) for n in commissioner.split() if len(n) > 2 and n[0].isupper()]
    by_name = (
        re.compile(
            rf"\b(?:{'|'.join(names)})\b[^.;]{{0,40}}?\b(?P<verb>partially accepts?|partly accepts?|accepts? in part|"
            r"does not accept|rejects?|accepts?|accepted)\b"
        )
        if names
        else None
    )
    for row in rows:
        for text in (*row.actions, row.progress, row.status_text, row.topic):
            if (m := _DECISION.search(text or "")) or (by_name and (m := by_name.search(text or ""))):
                verb = m.group("verb").lower()
                if "part" in verb:
                    return "partly"
                if "not" in verb or "reject" in verb:
                    return "not"
                return "accept"
        if re.fullmatch(r"accepted", row.status_text.strip(), re.I):
            return "accept"
    return None


def narrowed(row: PlanRow, this: str, others: list[str], glossary: Glossary) -> PlanRow:
    """A row answering several recommendations ("Recs 4-5"), with only the actions closer in words to this
    one than to the others it names: the letter does not repeat every action under each. An action as
    close to this one as to another, or close to none, stays."""
    if not others or len(row.actions) < 2:
        return row

    def words(text: str) -> set[str]:
        return {w for w in stems(glossary.write_out(text)) if w not in STOPWORDS and not w.isdigit()}

    mine, theirs = words(this), [words(o) for o in others]
    kept = [a for a in row.actions if len(words(a) & mine) >= max(len(words(a) & t) for t in theirs)]
    return replace(row, actions=kept) if kept else row


@dataclass
class RowWriter:
    glossary: Glossary
    around: date  # the report's publication: a note's "02/11" is the 2 November nearest to it
    force: str
    notes: list[str] = field(default_factory=list)
    titles: dict[str, str] = field(default_factory=dict)  # a row's topic title, said before its update

    def _plain(self, text: str) -> str:
        return first_person(self.glossary.write_out(text))

    def _note_unknown(self, row: PlanRow, text: str) -> None:
        unknown = self.glossary.unknown(text)
        if unknown:
            self.notes.append(
                f"{row.sid}: abbreviation(s) not written out: {', '.join(unknown)}. Write them out in the letter, "
                "or add them to the office glossary (PCC_DRAFTING__GLOSSARY)."
            )

    def _uncommented(self, row: PlanRow, text: str) -> str:
        """The text without colleagues' comments ("[JC: don't lead with 'done']"), which go to the notes."""
        text, comments = without_comments(text)
        for comment in comments:
            self.notes.append(f"{row.sid}: left out of the letter as a colleague's comment: ‘{comment}’.")
        return text

    def _owned(self, row: PlanRow) -> PlanRow:
        """The row with its owner as the letter can name them. Initials nobody has written out ("JC") are
        not a name a reader knows: the work is said to be my office's when the row is about the office's
        own work, else it is left unnamed; either way staff are told. The commissioner's initials,
        written out by the glossary, make the work mine."""
        written = self.glossary.write_out(row.owner).strip()
        if _INITIALS_ONLY.fullmatch(written):
            self.notes.append(
                f"{row.sid}: the owner ‘{row.owner}’ is initials or an abbreviation nobody has written out, "
                "so the letter does not name them. Name the post if it matters."
            )
            labels = (row.topic, *(re.split(r"\s[–—:-]\s|:", a, maxsplit=1)[0] for a in row.actions[:1]))
            if any(owner_kind(label) in ("opcc", "pcc") for label in labels):  # "OPCC – callback funding"
                return replace(row, owner="OPCC", owner_kind="opcc")
            return replace(row, owner="")
        if written != row.owner.strip():
            return replace(row, owner_kind=owner_kind(written))
        return row

    def _not_about_letter(self, row: PlanRow, facts: list[str]) -> list[str]:
        """A note's facts without those about the response being written ("s55 response due 16/12", "CC
        comments rec'd 25/11"), which go to the notes for the editor."""
        # an instruction planted in a note ("Note to the drafting assistant: when you write the response
        # ...") stays where the injection check flags it and blocks publication, never quietly moved
        about = [f for f in facts if _ABOUT_THE_LETTER.search(f) and instruction_cue(f) is None]
        for fact in about:
            self.notes.append(
                f"{row.sid}: left out of the letter as a note about the response itself: ‘{fact}’."
            )
        return [f for f in facts if f not in about]

    def _we(self, row: PlanRow, ours: bool) -> str:
        """Whom a note's "we" means: my office for the commissioner's own work, else the force."""
        return "my office" if ours or row.owner_kind in ("opcc", "pcc") else "the force"

    def action_sentences(self, row: PlanRow, first: bool, ours: bool = False) -> list[Sentence]:
        subject = subject_for(row.owner_kind if row.owner_kind in ("opcc", "pcc") else "force", "the force")
        out: list[Sentence] = []
        cells = [self._uncommented(row, cell) for cell in row.actions]
        for action in (piece for cell in cells for piece in sentences_of(cell)):
            if _ONLY_WHOSE.match(action.strip()) or _DECISION.search(action):
                continue
            if m := _WHOSE_FIRST.match(action):  # "No local action, force will adopt the standard"
                action = action[m.end() :]
            if re.fullmatch(r"\(\s*[A-Z][^()]*\)\.?", action.strip()):  # "(The report's own deadline is ...)"
                self.notes.append(
                    f"{row.sid}: left out of the letter as the note's own aside: ‘{action.strip()}’."
                )
                continue
            action, about_letter = without_letter_talk(action)
            if about_letter:  # "keep it short", "CC's comments received": for the editor, not the reader
                self.notes.append(
                    f"{row.sid}: left out of the letter as a note about the response itself: ‘{about_letter}’."
                )
            if not action:
                continue
            if row.whole_report and _DESCRIBES.match(action):  # "Covers the 2025/26 inspection year ..."
                action = "The report " + action[0].lower() + action[1:]  # what the report does, said of it
            if aside(action):  # "This one is ours", "I have chased": the note's author talking
                self.notes.append(
                    f"{row.sid}: left out of the letter as the note's own aside: ‘{action.strip()}’."
                )
                continue
            action = named_roles(we_as(action, self._we(row, ours)))
            who, action = _whose_label(action, subject)  # "OPCC: 2 advisers from ..." is my office's
            plain = years_added(  # "31.03.27" written out; never "7/28 day reviews" (that is no date)
                _FULL_DATE.sub(
                    lambda m: written_dates(m.group(0), self.around)[0],
                    months_written_out(self._plain(action)),
                ),
                self.around,
            )
            self._note_unknown(row, plain)
            if is_prose(plain):  # a plan written in sentences: kept as written
                text = tidy(_FORCE_START.sub("the force ", plain))
            elif tensed := action_sentence(plain, row.status, who):
                text = tensed if first else _also(tensed)
            else:
                text = noun_sentence(plain, row.status, who, first)
                if row.progress and _TOPIC_TITLE.match(action.strip()):
                    # "THRIVE – use & recording": what the update is about, said once before it
                    self.titles[row.sid] = re.sub(r"\s+[–—]\s+", " ", plain.replace(" & ", " and "))
                    continue
                if _a_label(row, plain, text):  # "The force's plan includes HMCI's annual assessment"
                    self.notes.append(
                        f"{row.sid}: left out of the letter as a label, not a step taken: ‘{action}’."
                    )
                    continue
            out.append(Sentence(text=text, origin="action_plan", citations=[row.sid]))
            first = False
        # one row's measures listed in one sentence, not one frame per cell
        return [
            Sentence(text=t, origin="action_plan", citations=[row.sid])
            for t in merge_frames([s.text for s in out])
        ]

    def progress(self, row: PlanRow, ours: bool = False) -> list[Sentence]:
        if not row.progress:
            return []
        note = named_roles(we_as(self._uncommented(row, row.progress), self._we(row, ours)))
        facts, scraps = progress_sentences(note, self.around, self.glossary)
        facts = join_short(self._not_about_letter(row, facts))  # one row's facts: the joined one cites it
        for fact in facts:
            self._note_unknown(row, fact)
        if scraps:
            self.notes.append(
                f"{row.sid}: left out of the letter as internal shorthand: "
                + "; ".join(f"‘{s}’" for s in scraps)
                + ". Add it in plain words if it matters."
            )
        if facts and (
            title := self.titles.get(row.sid)
        ):  # "On THRIVE use and recording, compliance rose ..."
            facts[0] = f"On {title}, {lower_first(facts[0])}"
        return [Sentence(text=f, origin="action_plan", citations=[row.sid]) for f in facts]

    def facts(self, row: PlanRow) -> list[Sentence]:
        """A whole-report row (scope, fieldwork, a revisit's outcome) as plain facts, and who leads the
        force's response; no action is framed, since the row records what happened to the report."""
        out: list[Sentence] = []
        row = self._owned(row)
        for text in ("\n".join(row.actions), row.progress):
            text = self._uncommented(row, text)
            if not text:
                continue
            facts, scraps = progress_sentences(text, self.around, self.glossary)
            facts = join_short(self._not_about_letter(row, facts))
            if scraps:
                self.notes.append(
                    f"{row.sid}: left out of the letter as internal shorthand: " + "; ".join(scraps) + "."
                )
            out += [Sentence(text=f, origin="action_plan", citations=[row.sid]) for f in facts]
        if out and row.owner and row.owner_kind == "force":
            who, partner = lead_phrase(self.glossary.write_out(row.owner), row.owner_kind)
            lead = f"{who} and {partner} lead" if partner else f"{who} leads"
            out.append(
                Sentence(text=tidy(f"{lead} the force's response"), origin="action_plan", citations=[row.sid])
            )
        return out

    def closing(self, rows: list[PlanRow]) -> list[Sentence]:
        """One closing clause for rows with one owner: the latest due date, the least advanced state."""
        row = min(rows, key=lambda r: _ORDER[r.status])
        dated = [r.due for r in rows if r.due.date is not None]
        due = max(dated, key=lambda d: d.date) if dated else row.due
        owner = self.glossary.write_out(row.owner)
        text = closing_sentence(owner, row.owner_kind, due, row.status)
        return [Sentence(text=text, origin="action_plan", citations=[r.sid for r in rows])] if text else []

    def paragraph(self, rows: list[PlanRow], ours: bool = False) -> list[Sentence]:
        """The rows answering one thing as one paragraph: actions, then progress, then one closing clause
        per owner. ``ours``: the commissioner's own recommendation (a note's "we" is my office)."""
        out: list[Sentence] = []
        by_owner: dict[str, list[PlanRow]] = {}
        for row in map(self._owned, rows):
            by_owner.setdefault(row.owner.lower(), []).append(row)
        for group in by_owner.values():
            for row in group:
                out += self.action_sentences(row, first=not out, ours=ours)
                out += self.progress(row, ours)
            out += self.closing(group)
        return with_back_references_joined(out)

    def only_whose(self, rows: list[PlanRow]) -> bool:
        """Every action cell only says whose the recommendation is (nothing for the force to do). A row with
        no action but a progress note (a dated log's entry) says what was done: not this."""
        return all(
            (r.actions or not r.progress)
            and all(_ONLY_WHOSE.match(a.strip()) or _DECISION.search(a) for a in r.actions)
            for r in rows
        )


_OWNER_LABEL = re.compile(
    r"^\s*(?P<who>O(?:P|PF)CC|P(?:F)?CC|(?:the\s+)?force|police)(?:\s*[–-]\s*[A-Z][\w &]{2,40})?\s*:\s*"
    r"(?P<rest>\S.*)$",
    re.I,
)


def _whose_label(action: str, subject: Subject) -> tuple[Subject, str]:
    m = _OWNER_LABEL.match(action)
    if not m:
        return subject, action
    who = m.group("who").upper()
    kind = "opcc" if "OPCC" in who or "OPFCC" in who else "pcc" if who in ("PCC", "PFCC") else "force"
    return subject_for(kind), m.group("rest")


_BACK_REFERENCE = re.compile(r"^This (?:work )?(?:is|was|has|will|depends)\b")


def with_back_references_joined(sentences: list[Sentence], limit: int = 32) -> list[Sentence]:
    """'The force plans X. This work has not yet started.' -> 'The force plans X; this work has not yet
    started.': a short sentence that only says how the one before it stands is joined to it, as a person
    writes it, when both cite the same row and neither is long or already has a semicolon."""
    out: list[Sentence] = []
    for sentence in sentences:
        prev = out[-1] if out else None
        if (
            prev is not None
            and _BACK_REFERENCE.match(sentence.text)
            and prev.citations == sentence.citations
            and len(sentence.text.split()) <= 10
            and len(prev.text.split()) + len(sentence.text.split()) <= limit
            and ";" not in prev.text + sentence.text
            and prev.text.endswith(".")
        ):
            joined = f"{prev.text[:-1]}; {lower_first(sentence.text)}"
            out[-1] = prev.model_copy(update={"text": joined})
            continue
        out.append(sentence)
    return out


def _also(sentence: str) -> str:
    """'The force will adopt ...' -> 'The force will also adopt ...' (a second action in one paragraph)."""
    if " also " in sentence[:40]:
        return sentence
    m = _AUX.match(sentence)
    if m and len(m.group("subj").split()) <= 4:
        return tidy(f"{m.group('subj')} {m.group('aux')} also {sentence[m.end() :]}")
    return sentence
