"""The publication gate: every error-level flag holds back a publication export and an approval until
a person overrides it with a reason, recorded with who and when. One definition, used by both."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.drafting.export import ExportRefused
from assistant.drafting.records import ReviewDecision
from assistant.drafting.revise import RevisionError, section_text
from tests.conftest import CORPUS, copy_library

INSPECTION = CORPUS / "new-inspections" / "fenmoor-peel-revisit-2026.yaml"

# A staff edit of the kind that goes wrong, and the flag it must raise.
EDITS = {
    "invented_specific": "I have invested £2.5 million in a new Youth Justice Transformation Board.",
    "chief_constable": "The Chief Constable has told me she will double the number of patrols by spring.",
    "count_mismatch": "The report makes twelve recommendations.",
    "placeholder": "[PCC name] will report progress to the panel.",
    "false_gap": "[To be added: no action-plan note was found for recommendation 1.]",
}


@pytest.fixture
def library(tmp_path, sample_data, embeddings):
    a = copy_library(sample_data, tmp_path / "data", embeddings)
    a.clock = lambda: date(2026, 12, 2)
    yield a
    a.close()


def _edit(library, draft, kind: str):
    """Replace the first sentence of recommendation 1's section (or the opening) with the edit."""
    index = next(
        (i for i, s in enumerate(draft.sections) if s.kind == "recommendation" and kind == "false_gap"), 0
    )
    section = draft.sections[index]
    p = next(i for i, par in enumerate(section.paragraphs) if par.style == "normal")
    decision = ReviewDecision(section=index, paragraph=p, sentence=0, action="edit", text=EDITS[kind])
    return library.review(draft.draft_id, [decision])


@pytest.mark.parametrize("kind", sorted(EDITS))
def test_every_error_kind_blocks_publication_and_approval_until_overridden(library, tmp_path, kind):
    draft = library.draft(INSPECTION, engine="composer")
    edited = _edit(library, draft, kind)
    assert kind in {f.kind for f in edited.publication_blockers}
    with pytest.raises(ExportRefused) as refused:
        library.export(draft.draft_id, tmp_path / "letter.docx", mode="publication")
    assert kind in refused.value.kinds and kind not in str(refused.value)  # plain words, not the code
    assert not (tmp_path / "letter.docx").exists()
    with pytest.raises(ExportRefused, match="approval"):
        library.approve(draft.draft_id, "Jane Corran")
    library.export(draft.draft_id, tmp_path / "review.docx")  # internal review copies are never held back
    # With a reason, both go ahead, and the override is recorded with who and when.
    library.export(
        draft.draft_id, tmp_path / "letter.docx", mode="publication", override_reason="checked by JC"
    )
    record = library.approve(draft.draft_id, "Jane Corran", override_reason="checked by JC")
    assert record["user"] == "Jane Corran"
    overrides = [e for e in library.history(draft.draft_id)["events"] if e["action"] == "override"]
    assert {o["detail"]["action"] for o in overrides} == {"publication export", "approval"}
    assert all(o["detail"]["reason"] == "checked by JC" and o["user"] and o["at"] for o in overrides)


def test_uncovered_recommendation_blocks_and_a_warning_does_not(library, tmp_path):
    draft = library.draft(INSPECTION, engine="composer")
    index = next(i for i, s in enumerate(draft.sections) if s.kind == "recommendation")
    rejections = [
        ReviewDecision(section=index, paragraph=p, sentence=n, action="reject")
        for p, n, s in draft.sections[index].sentences()
        if s.origin != "input"
    ]
    rejected = library.review(draft.draft_id, rejections)
    assert "uncovered_recommendation" in {f.kind for f in rejected.publication_blockers}
    with pytest.raises(ExportRefused, match="(?i)answer every recommendation"):
        library.export(draft.draft_id, tmp_path / "x.md", mode="publication")
    # A warning (a sentence no source supports) is for a person to read, not a reason to refuse.
    assert all(f.severity == "error" for f in rejected.publication_blockers)


def test_a_section_edited_in_place_is_the_persons_and_still_checked(library):
    """Staff-written sentences were flagged 'not supported by any source' and blocked publication. Now a
    person's wording is recorded as theirs (named, never 'unsupported'); a figure no source gives is
    still flagged; the Chief Constable's comments are not edited here; any two versions compare."""
    draft = library.draft(CORPUS / "new-inspections" / "fenmoor-peel-revisit-2026.yaml", engine="composer")
    number = next(i for i, s in enumerate(draft.sections) if s.kind == "recommendation") + 1
    own = "My office will look at the first results with the force and report them to the panel."
    text = library.get_draft(draft.draft_id).sections[number - 1]
    v2 = library.edit_section(draft.draft_id, number, section_text(text) + "\n\n" + own, user="kim")
    mine = [s for _, _, s in v2.sections[number - 1].sentences() if s.text == own]
    assert mine and mine[0].origin == "staff" and mine[0].author == "kim"
    assert v2.sections[number - 1].paragraphs[0].style == "quote"  # the recommendation's words kept
    assert not [f for f in v2.flags if f.kind == "unsupported" and f.excerpt == own]
    assert "by kim" in v2.changes and library.get_draft(draft.draft_id).user == "kim"
    # the realistic failure it must still catch: a figure and a board no source gives
    v3 = library.edit_section(draft.draft_id, number, own + " " + EDITS["invented_specific"], user="kim")
    assert any(f.kind == "invented_specific" and f.section == number - 1 for f in v3.flags)
    with pytest.raises(RevisionError, match="Nothing changed"):
        library.edit_section(draft.draft_id, number, section_text(v3.sections[number - 1]), user="kim")
    cc = next(i for i, s in enumerate(v3.sections) if s.kind == "chief_constable") + 1
    with pytest.raises(RevisionError, match="published as the force gave them"):
        library.edit_section(draft.draft_id, cc, "The Chief Constable agrees with everything.", user="kim")
    diff = library.compare(draft.draft_id, 1, 3)
    assert any(line.startswith("+") and own[:30] in line for line in diff.splitlines())
    assert any(line.startswith("-") for line in diff.splitlines()[2:])
