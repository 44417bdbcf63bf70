"""The offline composer: every section written by its template, core and prose, with no model.

Deterministic and grounded by construction: it never writes a fact it was not given. The language-model
approach (``llm.py``) shares the section templates' cores and writes the prose itself.
"""

from __future__ import annotations

from assistant.drafting.context import DraftContext, SectionPlan
from assistant.drafting.records import Draft, Section, Sentence
from assistant.drafting.sections import SECTIONS


class Composer:
    """The drafting approach with no model: the templates' core and the office's phrasing."""

    name = "composer"
    model: str | None = None

    def prompt_versions(self) -> dict[str, str]:
        return {}

    def write(self, plan: SectionPlan, ctx: DraftContext, on_token=None) -> Section:
        template = SECTIONS[plan.kind]
        section = Section(kind=plan.kind, title=plan.title, rec_id=plan.rec_id)
        section.paragraphs = template.arrange(template.core(plan, ctx), template.prose(plan, ctx))
        return section

    def repair(
        self, draft: Draft, section: int, problems: list[tuple[Sentence, str]], on_token=None
    ) -> list[Sentence] | None:
        return None  # it writes nothing it was not given: there is nothing of its own to rewrite
