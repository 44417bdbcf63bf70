"""The one interface every drafting approach offers the drafter: the offline composer
(``composer.py``) and the language model (``llm.py``). Each receives its clients through its
constructor; the drafter picks one by name and never looks inside it."""

from __future__ import annotations

from typing import Protocol

from assistant.drafting.context import DraftContext, SectionPlan
from assistant.drafting.one_voice import Edit
from assistant.drafting.records import Draft, Section, Sentence


class DraftingApproach(Protocol):
    name: str  # "composer", "llm": what the draft records as its engine
    model: str | None  # the language model's name, None without one

    def prompt_versions(self) -> dict[str, str]:
        """The versions of the prompts it writes with, recorded in the draft and the audit log."""
        ...

    def write(self, plan: SectionPlan, ctx: DraftContext, on_token=None) -> Section:
        """One planned section; ``on_token(section title, piece)`` hears streamed text."""
        ...

    def repair(
        self, draft: Draft, section: int, problems: list[tuple[Sentence, str]], on_token=None
    ) -> list[Sentence] | None:
        """The section's own sentences rewritten so the verifiers' problems (each sentence with what is
        wrong) are gone, or None when this approach has nothing to rewrite (the composer)."""
        ...

    def one_voice(self, draft: Draft, on_token=None) -> list[Edit]:
        """Edits to its own sentences after reading the whole letter (what is said twice, openings that
        repeat), applied by the drafter only where they lose nothing; none from the composer."""
        ...
