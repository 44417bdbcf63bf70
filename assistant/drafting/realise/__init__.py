"""The realiser: action-plan facts into the office's sentences. Small pure functions, each tested
against the failure it prevents (tests/test_realise.py):

- ``action_sentence``: an imperative cell ("Refresh the 2022 transfer protocol") becomes a clause whose
  tense follows the status (has refreshed / is refreshing / will refresh) and whose subject follows
  the owner (the force, "my office", "I"); verb forms from lemminflect (its data ships in the wheel);
- ``closing_sentence``: owner, due date and state as one closing clause, not a form read aloud;
- ``progress_sentences``: a progress note as dated facts ("ISA signed 28/10" -> "An information-sharing
  agreement was signed on 28 October 2026"); fragments and internal scraps go back to staff;
- ``Glossary.expand``: abbreviations written out from a glossary file the office can edit; unknown
  ones reported;
- ``years_added``: a date written without its year ("by the end of February") given the one nearest
  the report's publication;
- ``tidy``: punctuation and capitals repaired.
"""

from assistant.drafting.realise.aims import FRAME, added_words, aim_of, with_aim
from assistant.drafting.realise.clauses import (
    FORCE,
    Subject,
    action_sentence,
    is_prose,
    noun_sentence,
    subject_for,
)
from assistant.drafting.realise.notes import (
    join_short,
    merge_frames,
    progress_sentences,
    restates_report,
    written_dates,
    written_refs,
    years_added,
)
from assistant.drafting.realise.owners import closing_sentence, lead_phrase, owner_phrase
from assistant.drafting.realise.tidy import months_written_out, tidy, within
from assistant.drafting.realise.words import (
    Glossary,
    GlossaryError,
    defined_in,
    first_person,
    initials_of,
    load_glossary,
    without_definitions,
)

__all__ = [
    "FORCE",
    "FRAME",
    "Glossary",
    "GlossaryError",
    "Subject",
    "action_sentence",
    "added_words",
    "aim_of",
    "closing_sentence",
    "defined_in",
    "first_person",
    "initials_of",
    "is_prose",
    "join_short",
    "lead_phrase",
    "load_glossary",
    "merge_frames",
    "months_written_out",
    "noun_sentence",
    "owner_phrase",
    "progress_sentences",
    "restates_report",
    "subject_for",
    "tidy",
    "with_aim",
    "within",
    "without_definitions",
    "written_dates",
    "written_refs",
    "years_added",
]
