"""The evaluation set, its scorer and its baselines: a scorer that a copy of the input passes measures
nothing, so the copy is held under 30% and the reference letters over 90%, and planted failures in
letters written by someone else (``flawed.md``) are caught."""

from __future__ import annotations

import json
import shutil
from collections import Counter
from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from assistant.cli import app
from assistant.evaluation.baselines import input_copy, read_notes, skeleton
from assistant.evaluation.cases import load_cases
from assistant.evaluation.drafts import case_facts
from assistant.evaluation.scoring import report_totals, score_letter
from assistant.settings import Settings
from tests.conftest import ROOT, copy_library

CASES = ROOT / "tests" / "eval" / "cases"
OFFICE = Settings(_env_file=None).office  # the sample office (conftest)
ALL = load_cases(CASES)
FLAWED = [c for c in ALL if (c.folder / "flawed.md").is_file()]


def _planted(case) -> dict[str, dict]:
    return {p["kind"]: p for p in yaml.safe_load((case.folder / "flawed.yaml").read_text())["planted"]}


# -- the set ------------------------------------------------------------------------------------------------
def test_at_least_twenty_cases_covering_every_required_variety():
    assert len(ALL) >= 21
    tags = Counter(tag for c in ALL for tag in c.answers.covers)
    required = [
        "lettered-refs", "combined-refs", "sub-lettered", "whole-report", "partial-list", "pcc-recs",
        "joint-recs", "national-with-local", "afi-only", "afi-in-notes-only", "sensitive-shared-ref",
        "cc-figure-differs", "jargon", "no-owner-or-due",
    ]  # fmt: skip
    assert {t: tags[t] for t in required if tags[t] < 2} == {}
    types = Counter(c.inspection.type for c in ALL)
    assert all(
        types[t] >= 2
        for t in (
            "national thematic",
            "force-specific",
            "PEEL",
            "joint",
            "spotlight",
            "super-complaint",
            "revisit",
            "annual assessment",
        )
    ), types
    formats = {p.suffix for c in ALL for p in c.note_paths}
    assert len(formats) >= 3 and {".csv", ".xlsx", ".docx"} <= formats
    assert len({c.answers.notes_layout for c in ALL}) >= 6
    for case in ALL:
        assert len(case.answers.key_points) >= 6 and all(p.about for p in case.answers.key_points), case.name
        assert all(p.is_file() for p in case.note_paths), case.name


# -- the scorer against its baselines -----------------------------------------------------------------------
@pytest.fixture(scope="module")
def scored():
    results = {}
    for case in ALL:
        facts = case_facts(case, OFFICE)
        rows = [row for path in case.note_paths for row in read_notes(path)[0]]
        results[case.name] = {
            "reference": score_letter(case.reference, facts),
            "input-copy": score_letter(input_copy(case.inspection, rows), facts),
            "skeleton": score_letter(skeleton(case.inspection, OFFICE), facts),
        }
    return results


def _key_points(scored, system: str) -> float:
    points = [p.score for by in scored.values() for p in by[system].points]
    return sum(points) / len(points)


def test_reference_letters_make_their_points_and_a_copy_of_the_input_does_not(scored):
    assert _key_points(scored, "reference") >= 0.9
    assert all(by["reference"].key_points >= 0.75 for by in scored.values())
    assert _key_points(scored, "input-copy") < 0.3
    assert _key_points(scored, "skeleton") == 0.0
    # The reference letters hold no leak, no invented figure and no false gap of their own.
    for name, by in scored.items():
        ref = by["reference"]
        assert (ref.leaks, ref.invented, ref.false_gaps) == ([], [], []), name


def test_structure_rewards_the_statute_not_placeholders(scored):
    reference = sum(by["reference"].structure_score for by in scored.values()) / len(scored)
    skeleton_ = sum(by["skeleton"].structure_score for by in scored.values()) / len(scored)
    assert reference >= 0.9 and skeleton_ < 0.5


def test_a_hand_made_draft_is_caught_on_its_false_gap_invented_figure_and_leak():
    """The target letter with one false gap, one invented figure and one leak written in."""
    case = next(c for c in ALL if c.name.startswith("00-"))
    facts = case_facts(case, OFFICE)
    good = score_letter(case.reference, facts)
    bad_text = (
        case.reference.replace(
            "The force is refreshing its 2022 transfer protocol",
            "[To be added: the force's action. No action-plan note was found for recommendation 2.] "
            "The force is refreshing its 2022 transfer protocol",
        )
        .replace(
            "My office will recruit and train",
            "I have set aside £250,000 for this. My office will recruit and train",
        )
        .replace(
            "Below I set out",
            "Harnmouth Central is nine detention officers below establishment. Below I set out",
        )
    )
    bad = score_letter(bad_text, facts)
    assert (good.false_gaps, good.invented, good.leaks) == ([], [], [])
    assert bad.false_gaps == ["2"] and "250000" in bad.invented and bad.leaks


def test_flawed_letters_written_blind_are_mostly_caught():
    """Five letters with failures planted by their writers, who had not seen the scorer. The scorer
    knows a leak or a tempting figure only from the answer sheet's must-not-appear list; where the
    writer planted one that the list does not name, the scorer cannot see it (measured, not hidden)."""
    caught = Counter()
    for case in FLAWED:
        facts = case_facts(case, OFFICE)
        flawed = score_letter((case.folder / "flawed.md").read_text(encoding="utf-8"), facts)
        reference = score_letter(case.reference, facts)
        caught["false_gap"] += bool(flawed.false_gaps)
        caught["invented"] += bool(flawed.invented)
        caught["leak"] += bool(flawed.leaks)
        assert flawed.key_points <= reference.key_points
    assert caught["false_gap"] == len(FLAWED)
    # Measured on 2026-12-02: false gaps 5/5, invented 4/5, leaks 2/5 (three leaks are paraphrases of
    # specifics the writers did not list). A floor against regression, not a target.
    assert caught["invented"] >= 4 and caught["leak"] >= 2, caught


def test_a_paragraph_pasted_from_the_notes_earns_nothing():
    case = next(c for c in ALL if c.name.startswith("00-"))
    facts = case_facts(case, OFFICE)
    pasted = (
        "Refresh the 2022 transfer protocol with Fenmoor County Council, require inspector authority before "
        "any child is detained, and agree an appropriate adult response time of two hours with the council's "
        "service. Head of Custody. 2027-03-31. In progress."
    )
    written = (
        "The force is refreshing its 2022 transfer protocol with the county council so that an appropriate "
        "adult attends within two hours. The Head of Custody leads this work, due by 31 March 2027."
    )
    p2 = lambda text: next(p for p in score_letter(text, facts).points if p.id == "p2").score  # noqa: E731
    assert p2(pasted) == 0.0 and p2(written) == 1.0


# -- the verifiers on letters written by someone else ------------------------------------------------------
@pytest.fixture(scope="module")
def library(tmp_path_factory, sample_data, embeddings):
    a = copy_library(sample_data, tmp_path_factory.mktemp("eval") / "data", embeddings)
    yield a
    a.close()


GAP_KINDS = {"placeholder", "missing_cc_comments"}  # the gaps a reference letter leaves on purpose


@pytest.mark.parametrize("case", ALL, ids=lambda c: c.name)
def test_reference_letters_raise_no_false_alarm(library, case):
    draft = library.drafter.check_letter(case.reference, case.inspection, case.folder)
    errors = [f for f in draft.flags if f.severity == "error" and f.kind != "deadline"]
    gaps = {c.rec_id for c in draft.coverage if c.reason.startswith("a placeholder")}

    def sentence(f):
        return draft.sections[f.section].paragraphs[f.paragraph].sentences[f.sentence].text

    false_alarms = [
        (f.kind, f.excerpt, f.message)
        for f in errors
        if f.kind not in GAP_KINDS
        and not (
            f.kind == "uncovered_recommendation" and any(f"Recommendation {r}:" in f.message for r in gaps)
        )
        # A writer's own gap that names what a sensitive row records (its owner, say) is rightly flagged:
        # the gap is text in the letter, and sensitive text never reaches publication.
        and not (
            f.kind == "sensitive_text" and f.sentence is not None and sentence(f).startswith("[To be added")
        )
    ]
    assert false_alarms == []
    # Every error that stands is a real gap: a "[To be added ...]" the writer left for the editor.
    assert all("[" in f.excerpt for f in errors if f.kind in GAP_KINDS)


VERIFIER_KINDS = {
    "false_gap": "false_gap",
    "invented_figure": "invented_specific",
    "cc_attributed": "chief_constable",
    "status_contradiction": "status_contradiction",
    "wrong_count": "count_mismatch",
    "leak": "sensitive_text",
}
# Measured on 2026-12-02 over the five blind flawed letters (planted / caught): false gap 5/5, invented
# figure 4/5, Chief Constable attribution 5/5, status 3/5, wrong count 3/4, paraphrased leak 1/5. Floors
# against regression, not targets: the misses are listed in the issue note.
VERIFIER_FLOOR = {"false_gap": 5, "invented_figure": 4, "cc_attributed": 5, "status_contradiction": 3,
                  "wrong_count": 3, "leak": 1}  # fmt: skip


def test_verifiers_catch_planted_failures_in_letters_written_blind(library):
    caught: Counter = Counter()
    for case in FLAWED:
        text = (case.folder / "flawed.md").read_text(encoding="utf-8")
        draft = library.drafter.check_letter(text, case.inspection, case.folder)
        flagged = {f.kind for f in draft.flags if f.severity == "error"}
        assert draft.publication_blockers
        for kind in _planted(case):
            caught[kind] += VERIFIER_KINDS.get(kind, "") in flagged
    assert {k: caught[k] for k in VERIFIER_FLOOR if caught[k] < VERIFIER_FLOOR[k]} == {}


# -- the command ----------------------------------------------------------------------------------------------
def test_eval_command_prints_tables_and_writes_json_with_baselines(tmp_path, sample_data, monkeypatch):
    subset = tmp_path / "cases"
    for case in ALL[:3]:
        shutil.copytree(case.folder, subset / case.name)
    shutil.copytree(sample_data, tmp_path / "data")
    monkeypatch.setenv("PCC_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.chdir(ROOT)
    out = tmp_path / "eval.json"
    result = CliRunner().invoke(
        app, ["eval", "--cases", str(subset), "--json", str(out)], catch_exceptions=False
    )
    assert result.exit_code == 0, result.stdout
    assert "Retrieval" in result.stdout and "00-fenmoor-custody-target" in result.stdout
    data = json.loads(out.read_text())
    assert len(data["cases"]) == 3
    for system in ("composer", "input-copy", "skeleton"):
        summary = data["summary"][system]
        assert 0.0 <= summary["key_points"] <= 1.0
        assert {"structure", "false_gaps", "invented", "leaks"} <= set(summary)
    assert data["summary"]["input-copy"]["key_points"] < 0.3
    assert data["retrieval"]["hybrid"]["recall_at_k"] >= 0.8
    assert Path(out).stat().st_size > 1000


def test_a_forbidden_count_is_that_count_not_a_year_or_a_date():
    from assistant.evaluation.cases import Alternative
    from assistant.evaluation.scoring import Text

    count = Alternative(phrase="twenty-seven")
    assert Text("Officers identified twenty-seven suspects.").has(count)
    assert Text("It found 27 suspects.").has(count)
    for fine in (
        "In 2026/27 I have committed £5,000.",
        "It is due by 27 January 2027.",
        "Expected spring 27.",
    ):
        assert not Text(fine).has(count), fine
    assert Text("In 2026/27 I have committed £5,000.").has(Alternative(phrase="2026/27"))  # a year still is


def test_a_stem_written_by_hand_in_an_answer_matches_the_whole_word():
    """The brief tells answer writers that word endings are ignored; they write "supervis" and "domestic
    violence advis". The stemmer cuts those once more ("supervi"), so they had matched nothing."""
    from assistant.evaluation.cases import Alternative
    from assistant.evaluation.scoring import Text

    assert Text("61 per cent met the supervision standard.").has(Alternative(phrase="supervis"))
    assert Text("Two domestic violence advisers joined.").has(Alternative(phrase="domestic violence advis"))
    # Not a different, longer word, and not a shorter one.
    assert not Text("A fundamental review.").has(Alternative(phrase="fund"))
    assert not Text("A super review.").has(Alternative(phrase="supervis"))
    assert not Text("The domestic violence team.").has(Alternative(phrase="domestic violence advis"))


def test_a_report_total_counted_by_recommendation_or_by_part_is_right_and_a_wrong_one_is_not():
    """Recommendations A to F with C in two parts are six recommendations or seven items; answer
    writers count either way (case 12 counts 3a and 3b once, case 27 twice). A partial list keeps
    the report's own figure only, and a wrong count is still wrong."""
    case = next(c for c in ALL if c.name.startswith("27-"))
    facts = case_facts(case, OFFICE)
    total = "report's total stated"
    six = "The report makes six recommendations, lettered A to F, and splits recommendation C"
    assert six in case.reference
    assert score_letter(case.reference, facts).structure[total]
    only_six = case.reference.replace("so there are seven items to answer", "so all must be answered")
    assert score_letter(only_six, facts).structure[total]
    five = only_six.replace(six, six.replace("six", "five"))
    assert not score_letter(five, facts).structure[total]
    assert report_totals(24, {"1", "2", "3a", "3b"}) == {24}  # four listed of the report's 24
