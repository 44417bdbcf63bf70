"""The offline composer: every section written by its template, core and prose, with no model.

Deterministic and grounded by construction: it never writes a fact it was not given. The language-model
approach (``llm.py``) shares the section templates' cores and writes the prose itself.
"""

from __future__ import annotations

from assistant.drafting.context import DraftContext, SectionPlan
from assistant.drafting.one_voice import Edit
from assistant.drafting.records import Draft, Section, Sentence
from assistant.drafting.sections import composed


class Composer:
    """The drafting approach with no model: the templates' core and the office's phrasing."""

    name = "composer"
    model: str | None = None

    def prompt_versions(self) -> dict[str, str]:
        return {}

    def write(self, plan: SectionPlan, ctx: DraftContext, on_token=None) -> Section:
        section = Section(kind=plan.kind, title=plan.title, rec_id=plan.rec_id)
        section.paragraphs = composed(plan, ctx)
        return section

    def repair(
        self, draft: Draft, section: int, problems: list[tuple[Sentence, str]], on_token=None
    ) -> list[Sentence] | None:
        return None  # it writes nothing it was not given: there is nothing of its own to rewrite

    def one_voice(self, draft: Draft, on_token=None) -> list[Edit]:
        return []  # its sentences are the office's phrasing and the facts: said once by construction
