"""Typed records of a draft: sources it may cite, sections of sentences, flags, coverage.

A draft is data, not a document: exports, the review screen, the JSON report and the audit log are
all renderings of the same :class:`Draft`.
"""

from __future__ import annotations

from datetime import date
from typing import Literal

from pydantic import BaseModel, Field

from assistant.drafting.injection import instruction_cue
from assistant.drafting.inspection import Inspection
from assistant.records import Marking

SourceKind = Literal["input", "past_response", "action_plan"]
SectionKind = Literal[
    "opening",
    "chief_constable",
    "recommendation",
    "areas_for_improvement",
    "local_context",
    "scrutiny",
    "signoff",
    "added",
]
# Where a sentence's words came from. "template": the product's own fixed wording with slots filled
# from the input; "house_phrase": a phrasing mined from the office's past letters; "model": written
# by a language model; "staff": typed or edited by a person; "placeholder": a gap a person must fill.
Origin = Literal[
    "input", "house_phrase", "template", "action_plan", "source", "model", "staff", "placeholder"
]
FlagKind = Literal[
    "uncovered_recommendation",
    "count_mismatch",
    "unsupported",
    "invented_specific",
    "chief_constable",
    "sensitive_text",
    "deadline",
    "missing_cc_comments",
    "placeholder",
    "injected_text",
    "false_gap",
    "status_contradiction",
    "cc_figure_differs",
    "borrowed_text",
    "repeated",
]
# What a person does about each kind, in plain words (the refusal names these, never the codes).
WAY_FORWARD: dict[str, str] = {
    "uncovered_recommendation": "answer every recommendation",
    "count_mismatch": "make the counts match the report",
    "unsupported": "correct the sentences no source supports, or accept one you know to be true",
    "invented_specific": "check the figures, dates and names found in no source",
    "chief_constable": "take out words attributed to the Chief Constable that they did not give",
    "sensitive_text": "reword or remove the OFFICIAL-SENSITIVE text",
    "missing_cc_comments": "add the Chief Constable's comments",
    "placeholder": "fill the gaps marked ‘To be added’",
    "injected_text": "remove the text that gives orders to a model",
    "false_gap": "answer the recommendation the notes do cover",
    "status_contradiction": "make the letter agree with the action plan's status",
    "cc_figure_differs": "check the Chief Constable's figure with the force",
    "borrowed_text": "check or remove the sentences brought in from past letters",
    "repeated": "take out what the letter says twice",
    "deadline": "note the deadline",
}
# Error-level flags of these kinds hold back a publication export and an approval until a person
# resolves them or overrides them with a recorded reason. (A missed deadline is an error to know
# about, not a reason to withhold the letter.)
NOT_BLOCKING: frozenset[str] = frozenset({"deadline"})
# Kinds no override reason can wave through: OFFICIAL-SENSITIVE text never reaches a publication file.
NEVER_OVERRIDDEN: frozenset[str] = frozenset({"sensitive_text"})


class Source(BaseModel):
    """A passage a draft may cite as [S#]: the input, a past letter's passage, an action-plan row."""

    sid: str
    kind: SourceKind
    title: str
    text: str
    marking: Marking = "OFFICIAL"
    doc_id: str | None = None
    chunk_id: str | None = None
    section: str = ""
    published: date | None = None
    fields: dict[str, str] = Field(default_factory=dict)  # action-plan row: ref, action, owner, due, status

    @property
    def addresses_a_model(self) -> bool:
        """Text that gives orders to whoever writes the letter: kept out of prompts, never to be copied."""
        return instruction_cue(self.text) is not None


class Support(BaseModel):
    """The verifier's view of a sentence: its best supporting passage and how well it matches."""

    source_id: str | None
    score: float
    supported: bool


class Sentence(BaseModel):
    text: str
    origin: Origin
    citations: list[str] = Field(default_factory=list)
    support: Support | None = None
    review: Literal["pending", "accepted", "edited", "rejected"] = "pending"
    author: str = ""  # who wrote it, for a person's own wording (origin "staff")
    # For staff only (e.g. what a sensitive action-plan entry records): shown in the app and the review
    # export, never in a publication export and never sent to a model.
    note: str = ""


class Paragraph(BaseModel):
    sentences: list[Sentence]
    style: Literal["normal", "quote", "bullet", "subheading"] = "normal"

    @property
    def text(self) -> str:
        return " ".join(s.text for s in self.sentences if s.review != "rejected")


class Section(BaseModel):
    kind: SectionKind
    title: str
    paragraphs: list[Paragraph] = Field(default_factory=list)
    rec_id: str | None = None
    # What a model was given to write this section from: the composer's sentences, each citing its
    # sources. A model's sentence that restates one of them is grounded in that sentence's sources.
    facts: list[Sentence] = Field(default_factory=list)

    def sentences(self):
        for p_index, paragraph in enumerate(self.paragraphs):
            for s_index, sentence in enumerate(paragraph.sentences):
                yield p_index, s_index, sentence


class HeaderRow(BaseModel):
    label: str
    value: str = ""
    options: list[tuple[str, bool]] = Field(default_factory=list)  # ticked boxes, as in the example letter


class Flag(BaseModel):
    kind: FlagKind
    severity: Literal["info", "warning", "error"]
    message: str
    section: int | None = None
    paragraph: int | None = None
    sentence: int | None = None
    source_id: str | None = None
    excerpt: str = ""
    resolved: bool = False

    @property
    def blocks_publication(self) -> bool:
        """The one definition of "blocking", used by export, approval, the CLI and the app."""
        return not self.resolved and self.severity == "error" and self.kind not in NOT_BLOCKING


class RecCoverage(BaseModel):
    rec_id: str
    addressee: str
    section: int | None
    covered: bool
    statement: str = ""  # the sentence stating the action taken/proposed or why none
    reason: str = ""  # why it is not covered


class Draft(BaseModel):
    draft_id: str
    version: int = 1
    created_at: str
    user: str
    engine: Literal["composer", "llm", "imported"]  # imported: a letter written or edited outside the app
    model: str | None = None
    prompt_versions: dict[str, str] = Field(default_factory=dict)
    inspection: Inspection
    base_dir: str | None = None  # where the inspection file was, to find its action-plan notes again
    header: list[HeaderRow]
    sections: list[Section]
    sources: list[Source]
    flags: list[Flag] = Field(default_factory=list)
    coverage: list[RecCoverage] = Field(default_factory=list)
    due_date: date
    days_left: int
    notes: list[str] = Field(default_factory=list)  # drafting notes for staff, never published
    instruction: str = ""  # the revision that made this version
    changes: str = ""  # what that revision changed, in words ("Section 4 ‘Local context’ removed.")

    def source(self, sid: str) -> Source | None:
        return next((s for s in self.sources if s.sid == sid), None)

    @property
    def publication_blockers(self) -> list[Flag]:
        return [f for f in self.flags if f.blocks_publication]


class ReviewDecision(BaseModel):
    """A person's decision on one sentence (indices as in the draft: section, paragraph, sentence)."""

    section: int
    paragraph: int
    sentence: int
    action: Literal["accept", "edit", "reject"]
    text: str | None = None
