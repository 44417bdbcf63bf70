"""The language-model engine: the composer's plan and facts, with the prose written by a chat model.

Any OpenAI-compatible endpoint (OpenAI, Azure OpenAI, vLLM, Ollama, llama.cpp) through langchain's
``ChatOpenAI``. Each section is one streamed call with the section's sources numbered and delimited;
the model cites them as [S#]. Retrieved text is data: it sits inside ``<source>`` tags with angle
brackets neutralised, and the system prompt says instructions found there are to be ignored. Text
marked OFFICIAL-SENSITIVE is not sent to the model at all unless the settings say so.
"""

from __future__ import annotations

import logging
import re

from langchain_core.messages import HumanMessage, SystemMessage

from assistant.components.chat import ChatModel
from assistant.drafting.context import DraftContext, SectionPlan
from assistant.drafting.exemplars import ExemplarFinder
from assistant.drafting.injection import instruction_cue
from assistant.drafting.one_voice import Edit, numbered, parse_edits
from assistant.drafting.prompts import Prompt, load_prompt, load_wording, tag
from assistant.drafting.records import Draft, Paragraph, Section, Sentence, Source
from assistant.drafting.sections import Decision, composed, decision_for
from assistant.drafting.structured import (
    VisibleText,
    answered_decision,
    as_paragraphs,
    is_echo,
    left_out,
    not_echoed,
    owners_of,
    parse_section,
    runs,
    with_model_sentences,
)
from assistant.drafting.text import citations, long_date, split_sentences
from assistant.settings import LLMSettings, OfficeSettings

log = logging.getLogger(__name__)

WITHHELD_SENSITIVE = "[withheld: OFFICIAL-SENSITIVE]"
WITHHELD_INSTRUCTIONS = "[withheld: this text gives instructions to whoever writes the letter]"


# What a revision rewrites: the model's sentences and the office's phrasing around the facts. The facts
# in the template's words, quotations, gaps and a person's own sentences stay.
REWRITTEN = ("model", "house_phrase")


def revised(section: Section, written: list[Sentence]) -> list[Paragraph]:
    """The section with the model's revision standing where the prose it rewrites stood ("make the
    introduction warmer" had kept the office's welcome and added the model's, so the letter welcomed the
    report twice); where there was no prose, before the facts in an opening or oversight section and
    after them elsewhere."""
    if not written:
        return section.paragraphs
    if any(s.origin in REWRITTEN for _, _, s in section.sentences()):
        return with_model_sentences(section.paragraphs, written, REWRITTEN)
    new = as_paragraphs(written)
    lead = section.kind in ("opening", "scrutiny", "added")
    return new + section.paragraphs if lead else section.paragraphs + new


def facts_of(run: list[Paragraph]) -> list[Sentence]:
    """What a run states, for a model to write from: its sentences but the quotation and gaps for staff."""
    return [s for p in run if p.style != "quote" for s in p.sentences if s.origin != "placeholder"]


def _cited_sources(draft: Draft, section: Section) -> list[Source]:
    """The sources a section cites, and the input's facts (S1): what a rewrite of it may draw on."""
    cited = {"S1"} | {sid for _, _, s in section.sentences() for sid in s.citations}
    return [s for s in draft.sources if s.sid in cited]


def shown_as_text(on_token):
    """Pass on a JSON answer's sentences as they stream, not its braces and source lists (what the
    draft view and the chat show while the model writes)."""
    if on_token is None:
        return None
    view = VisibleText()

    def relay(label: str, delta: str | None) -> None:
        nonlocal view
        if delta is None:  # the answer starts again
            view = VisibleText()
            on_token(label, None)
        elif shown := view.feed(delta):
            on_token(label, shown)

    return relay


def signed_by(draft: Draft) -> dict[str, str]:
    """The commissioner's title and name as the draft's sign-off gives them (closing words, name,
    title), for the system prompt's first line."""
    signoff = next((s for s in draft.sections if s.kind == "signoff"), None)
    lines = [p.text for p in signoff.paragraphs] if signoff else []
    if len(lines) >= 3:
        return {"pcc_title": lines[-1], "pcc_name": lines[-2]}
    return {"pcc_title": "the commissioner", "pcc_name": "name not given"}


def _as_data(text: str) -> str:
    """Neutralise markup so a passage cannot close its <source> tag or open a new one."""
    return text.replace("<", "‹").replace(">", "›")


class LLMEngine:
    """The drafting approach with a language model: each section's core from its template (the facts
    never left to a model), the prose written by the model from the section's numbered sources."""

    name = "llm"

    def __init__(
        self, chat: ChatModel, send_sensitive: bool = False, exemplars: ExemplarFinder | None = None
    ):
        self.chat = chat
        self.model = chat.name
        self.send_sensitive = send_sensitive
        self.exemplars = exemplars  # the office's own passages in the same part of a letter, for voice
        self.system = load_prompt("system")
        self.facts_prompt = load_prompt("section_facts")
        self.repair_prompt = load_prompt("repair")
        self.voice_prompt = load_prompt("one_voice")
        self.tasks = load_wording("tasks")
        self.decisions = load_wording("decisions")

    @classmethod
    def from_settings(cls, settings: LLMSettings, exemplars: ExemplarFinder | None = None) -> LLMEngine:
        return cls(ChatModel.from_settings(settings), settings.send_sensitive, exemplars)

    def write(self, plan: SectionPlan, ctx: DraftContext, on_token=None) -> Section:
        """The section as the composer would write it, then, where the model has a task for that kind of
        section, written again by the model from those sentences as facts. The Chief Constable's words
        and the sign-off are never the model's."""
        section = Section(kind=plan.kind, title=plan.title, rec_id=plan.rec_id)
        paragraphs = composed(plan, ctx)
        if plan.kind not in self.tasks:
            section.paragraphs = paragraphs
            return section
        quoted = any(p.style == "quote" for p in paragraphs)
        for run in runs(paragraphs):
            if quoted and not any(p.style == "quote" for p in run):
                section.paragraphs += run  # what frames the quotations ("The report identifies three ...")
            else:
                section.facts += facts_of(run)
                section.paragraphs += self._from_facts(plan, ctx, run, on_token)
        return section

    # -- a run of a section written from its facts ---------------------------------------------------
    def _from_facts(
        self, plan: SectionPlan, ctx: DraftContext, run: list[Paragraph], on_token=None
    ) -> list[Paragraph]:
        """The run's facts (what the template would say, with their sources) written by the model as the
        office writes: the quotation of the report and any gap for staff stay as they are; the model's
        sentences replace the template's; a fact whose date, figure or name the model left out is kept in
        the template's words after them, and staff are told. Where the recommendation is the
        commissioner's, the decision is a field of the answer and must be the one the notes record."""
        quote = [p for p in run if p.style == "quote"]
        facts = facts_of(run)
        gaps = [s for p in run if p.style != "quote" for s in p.sentences if s.origin == "placeholder"]
        if not facts:
            return run
        sources = self._run_sources(plan, ctx, run)
        about = " ".join(s.text for p in quote for s in p.sentences) or plan.title
        examples = self.exemplars.find(plan.kind, about) if self.exemplars else []
        pronoun = ctx.office.chief_constable_pronoun
        phrases = [
            p.render(pronoun, ctx.majesty)
            for role in ("tracking", "scrutiny")
            for p in ctx.phrasebook.alternatives(role)[:1]
        ]
        decision = decision_for(plan, ctx) if plan.kind == "recommendation" else None
        messages = self._messages(
            self.facts_prompt,
            plan,
            ctx,
            facts="\n".join(f"- {self._quoted(f.text)} [{', '.join(f.citations)}]" for f in facts),
            sources=self._render(sources),
            examples="\n\n".join(
                f"From ‘{_as_data(e.title)}’" + (f" ({e.year})" if e.year else "") + f":\n{_as_data(e.text)}"
                for e in examples
            )
            or "(none)",
            phrases="; ".join(f"“{_as_data(p)}”" for p in phrases) or "(none)",
            decision=self._decision_field(decision),
        )
        text = self.chat.stream(messages, plan.title or plan.kind, shown_as_text(on_token))
        written = self._read_answer(text, {s.sid for s in sources}, self.facts_prompt)
        if not written:
            return run
        missing = left_out(facts, written, owners_of(sources))
        if decision is not None and (given := answered_decision(text)) != decision.recorded:
            if given is not None:  # a decision the notes do not record is never the model's to make
                ctx.notes.append(
                    f"{plan.title}: the model gave the decision ‘{given}’, which the action plan does not "
                    "record; its sentences were not used and the section is in the template's words."
                )
                return run
            missing.append(decision.sentence)  # the recorded decision, which the answer did not give
        if missing:
            ctx.notes.append(
                f"{plan.title}: the model left out {len(missing)} fact(s) with a date, figure, name, owner or "
                "the commissioner's decision; they follow its sentences in the template's words."
            )
        return [*quote, *as_paragraphs(written + missing), *as_paragraphs(gaps)]

    def _decision_field(self, decision: Decision | None) -> str:
        """What the prompt says about the "decision" field for this section."""
        if decision is None:
            return self.decisions["none"]
        if decision.recorded is None:
            return self.decisions["unrecorded"]
        return self.decisions["recorded"].format(decision=decision.recorded)

    def prompt_versions(self) -> dict[str, str]:
        return {
            "system": self.system.tag,
            "section_facts": self.facts_prompt.tag,
            "repair": self.repair_prompt.tag,
            "one_voice": self.voice_prompt.tag,
            "tasks": tag(self.tasks),
            "decisions": tag(self.decisions),
        }

    @staticmethod
    def to_paragraphs(text: str, known: set[str]) -> list[Paragraph]:
        """Model text to sentences with their citations; unknown ids and stray markup dropped."""
        text = re.sub(r"</?[a-zA-Z][^>]*>", " ", text)
        # "…85 young people. [S3] I will ask …": a marker after the full stop belongs to the sentence before
        text = re.sub(r"([.!?])\s*(\[S\d+(?:\s*,\s*S\d+)*\])", r" \2\1", text)
        paragraphs = []
        for block in re.split(r"\n\s*\n", text.strip()):
            sentences = []
            for raw in split_sentences(block):
                clean, cited = citations(raw)
                clean = clean.strip(" -*#")
                if len(clean) < 3 or clean.endswith(":"):  # "Here is the paragraph:" is not the letter
                    continue
                sentences.append(
                    {"text": clean, "origin": "model", "citations": [c for c in cited if c in known]}
                )
            if sentences:
                paragraphs.append(Paragraph.model_validate({"sentences": sentences}))
        return paragraphs

    def _messages(self, prompt, plan: SectionPlan, ctx: DraftContext, **slots: str) -> list:
        """The system prompt and one section's prompt, with what every section prompt names: the report,
        its date, the section, its task and length."""
        task = self.tasks[plan.kind]
        return [
            SystemMessage(self.system.format(pcc_title=ctx.office.pcc_title, pcc_name=ctx.office.pcc_name)),
            HumanMessage(
                prompt.format(
                    title=ctx.inspection.title,
                    published=long_date(ctx.inspection.published),
                    section_title=plan.title or plan.kind,
                    task=task["task"].format(area=ctx.office.area_name),
                    length=task["length"],
                    **slots,
                )
            ),
        ]

    # -- the whole letter, read once for one voice ----------------------------------------------------
    def one_voice(self, draft: Draft, on_token=None) -> list[Edit]:
        """The model reads the letter (its own sentences with ids, the rest marked fixed, withheld text
        withheld) and answers with edits to its own sentences."""
        ids = {id(s): sid for sid, (_, s) in numbered(draft).items()}
        if not ids:
            return []
        blocks = []
        for index, section in enumerate(draft.sections):
            lines = []
            for p_i, paragraph in enumerate(section.paragraphs):
                for n, s in enumerate(paragraph.sentences):
                    if s.review == "rejected" or s.origin == "placeholder":
                        continue
                    shown = self._shown(draft, index, p_i, n, s)
                    lines.append(f"[{ids[id(s)]}] {shown}" if id(s) in ids else f"(fixed) {shown}")
            blocks.append(f"## {index + 1}. {section.title or section.kind}\n" + "\n".join(lines))
        messages = [
            SystemMessage(self.system.format(**signed_by(draft))),
            HumanMessage(
                self.voice_prompt.format(
                    title=draft.inspection.title,
                    published=long_date(draft.inspection.published),
                    letter="\n\n".join(blocks),
                )
            ),
        ]
        edits = parse_edits(self.chat.stream(messages, "The whole letter", shown_as_text(on_token)))
        return [e for e in edits if not is_echo(e.text, self.voice_prompt.example_texts)]

    # -- repair: the verifiers' problems sent back ---------------------------------------------------------
    def repair(
        self, draft: Draft, section: int, problems: list[tuple[Sentence, str]], on_token=None
    ) -> list[Sentence] | None:
        """The model's sentences in one section, rewritten with each problem named: the sentence and what
        the checker found. Sources as before (withheld text stays withheld)."""
        target = draft.sections[section]
        sources = _cited_sources(draft, target)
        messages = [
            SystemMessage(self.system.format(**signed_by(draft))),
            HumanMessage(
                self.repair_prompt.format(
                    problems="\n".join(
                        f"- “{self._quoted(s.text)}”: {self._quoted(why)}" for s, why in problems
                    ),
                    section_title=target.title or target.kind,
                    current=self._as_prompt_text(target.paragraphs, draft, section, ("model",)),
                    fixed=self._as_prompt_text(target.paragraphs, draft, section, ("model",), leave_out=True)
                    or "(none)",
                    sources=self._render(sources),
                )
            ),
        ]
        text = self.chat.stream(messages, target.title or target.kind, shown_as_text(on_token))
        written = self._read_answer(text, {s.sid for s in sources}, self.repair_prompt)
        return written or None

    # -- revisions: any instruction, applied to the prose ------------------------------------------------
    def revise(
        self, draft: Draft, instruction: str, on_token=None, office: OfficeSettings | None = None
    ) -> Draft:
        revise_prompt = load_prompt("revise")
        draft.prompt_versions.update({"revise": revise_prompt.tag, **self.prompt_versions()})
        draft.engine, draft.model = "llm", self.model
        draft.notes.append(f"Revised with the language model ‘{self.model}’: “{instruction}”.")
        for index in self._targets(draft, instruction):
            section = draft.sections[index]
            sources = _cited_sources(draft, section)
            current = self._as_prompt_text(section.paragraphs, draft, index, REWRITTEN)
            fixed = self._as_prompt_text(section.paragraphs, draft, index, REWRITTEN, leave_out=True)
            messages = [
                SystemMessage(
                    self.system.format(
                        pcc_title=office.pcc_title if office else "the commissioner",
                        pcc_name=office.pcc_name if office else "",
                    )
                ),
                HumanMessage(
                    revise_prompt.format(
                        instruction=_as_data(instruction),
                        section_title=section.title,
                        current=current or "(none: write what the instruction asks for)",
                        fixed=fixed or "(none)",
                        sources=self._render(sources),
                    )
                ),
            ]
            text = self.chat.stream(messages, section.title or section.kind, shown_as_text(on_token))
            written = self._read_answer(text, {s.sid for s in sources}, revise_prompt)
            section.paragraphs = revised(section, written)
        return draft

    def _targets(self, draft: Draft, instruction: str) -> list[int]:
        """The section the instruction names ("section 3", "recommendation 2", a title), else all prose."""
        lowered = instruction.lower()
        if m := re.search(r"\bsection (\d+)\b", lowered):
            index = int(m.group(1)) - 1
            if 0 <= index < len(draft.sections):
                return [index]
        if m := re.search(r"\brecommendation (\w+)\b", lowered):
            found = [i for i, s in enumerate(draft.sections) if s.rec_id and s.rec_id.lower() == m.group(1)]
            if found:
                return found
        named = [i for i, s in enumerate(draft.sections) if s.title and s.title.lower() in lowered]
        return named or [i for i, s in enumerate(draft.sections) if s.kind in self.tasks or s.kind == "added"]

    # -- which sources each section sees ------------------------------------------------------------
    def _run_sources(self, plan: SectionPlan, ctx: DraftContext, run: list[Paragraph]) -> list[Source]:
        """The input's facts, the sources the run's sentences cite, and the section's others; in a
        section of several quotations (the areas for improvement), only what that quotation's run cites."""
        cited = list(dict.fromkeys(sid for p in run for s in p.sentences for sid in s.citations))
        g = ctx.gathered
        own = [g.registry.get(sid) for sid in cited]
        others = [] if plan.kind == "areas_for_improvement" else self._section_sources(plan, ctx)
        return list({s.sid: s for s in (g.facts, *own, *others)}.values())

    def _section_sources(self, plan: SectionPlan, ctx: DraftContext) -> list[Source]:
        g = ctx.gathered
        if plan.kind == "recommendation":
            return [g.facts, g.recommendations[plan.rec_id], *g.rows_for.get(plan.rec_id, []), *g.past[:1]]
        if plan.kind == "areas_for_improvement":
            return [g.facts, *g.areas.values(), *(r for a in g.areas for r in g.rows_for.get(a, []))]
        if plan.kind == "local_context":
            return [g.facts, *g.past, *g.unmatched_rows[:4]]
        return [g.facts, *g.past]

    def _as_prompt_text(
        self,
        paragraphs: list[Paragraph],
        draft: Draft | None = None,
        section: int | None = None,
        origins: tuple[str, ...] | None = None,
        leave_out: bool = False,
    ) -> str:
        """A section's sentences as data for a prompt (see :meth:`_shown`); ``origins``: only those, or
        with ``leave_out`` all but those."""
        out = []
        for p_i, paragraph in enumerate(paragraphs):
            parts = [
                self._shown(draft, section, p_i, n, s)
                for n, s in enumerate(paragraph.sentences)
                if s.review != "rejected" and (origins is None or (s.origin in origins) != leave_out)
            ]
            if parts:
                out.append(" ".join(parts))
        return "\n\n".join(out)

    def _shown(self, draft: Draft | None, section: int | None, p_i: int, n: int, s: Sentence) -> str:
        """One sentence as data for a prompt. Withheld: a sentence flagged as OFFICIAL-SENSITIVE (unless
        sensitive text may be sent) and one that gives instructions to whoever writes the letter."""
        if instruction_cue(s.text):
            return WITHHELD_INSTRUCTIONS
        sensitive = draft is not None and any(
            f.kind == "sensitive_text"
            and not f.resolved
            and (f.section, f.paragraph, f.sentence) == (section, p_i, n)
            for f in draft.flags
        )
        return WITHHELD_SENSITIVE if sensitive and not self.send_sensitive else _as_data(s.text)

    def _read_answer(self, text: str, known: set[str], prompt: Prompt) -> list[Sentence]:
        """The model's sentences: its JSON answer, or else its plain text with [S#] markers; never the
        prompt's own example sentence handed back."""
        written = parse_section(text, known)
        if written is None:
            written = [s for p in self.to_paragraphs(text, known) for s in p.sentences]
        return not_echoed(written, prompt.example_texts)

    @staticmethod
    def _quoted(text: str) -> str:
        """A sentence named in a repair prompt: withheld when it gives orders to whoever writes the letter
        (planted text the model repeated is not shown to it again)."""
        return WITHHELD_INSTRUCTIONS if instruction_cue(text) else _as_data(text)

    def _render(self, sources: list[Source]) -> str:
        out = []
        for s in sources:
            if s.addresses_a_model:
                body = WITHHELD_INSTRUCTIONS
            elif s.marking == "OFFICIAL-SENSITIVE" and not self.send_sensitive:
                body = WITHHELD_SENSITIVE  # not even its status or dates
            else:
                body = _as_data(s.text)
            out.append(
                f'<source id="{s.sid}" kind="{s.kind}" marking="{s.marking}" title="{_as_data(s.title)}">\n'
                f"{body}\n</source>"
            )
        return "\n".join(out)
