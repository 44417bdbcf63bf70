"""The evaluation harness on its eight cases, and the `eval` command's table and JSON."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from assistant.cli import app
from assistant.evaluation.drafts import evaluate_drafts, load_case, structure
from tests.conftest import ROOT, copy_library

CASES = ROOT / "tests" / "eval"


def test_there_are_eight_cases_with_notes_and_points():
    files = sorted(CASES.glob("*.yaml"))
    assert len(files) >= 8
    for f in files:
        inspection, points = load_case(f)
        assert len(points) >= 4 and all(p.any_of for p in points)
        assert all((f.parent / note).is_file() for note in inspection.action_plan_notes)


def test_composer_on_the_evaluation_cases(tmp_path, sample_data, embeddings):
    a = copy_library(sample_data, tmp_path / "data", embeddings)
    result = evaluate_drafts(a, CASES, "composer")
    totals = result.totals()
    assert totals["cases"] == len(list(CASES.glob("*.yaml")))
    assert totals["structure_ok"] == totals["cases"]
    assert (
        totals["unsupported"] == totals["invented"] == totals["sensitive"] == totals["chief_constable"] == 0
    )
    assert totals["due_dates_ok"] == totals["cases"]
    # One case deliberately has a recommendation with no action-plan row: it must show as unanswered.
    gap = next(c for c in result.cases if c.case.startswith("retail-crime"))
    assert gap.covered == gap.recommendations - 1
    assert totals["covered"] == totals["recommendations"] - 1
    assert totals["points_covered"] / totals["points"] >= 0.9
    assert a.drafts() == []  # evaluation drafts are not recorded in the audit log
    a.close()


def test_structure_check_notices_a_missing_section(tmp_path, sample_data, embeddings):
    a = copy_library(sample_data, tmp_path / "data", embeddings)
    inspection, _ = load_case(CASES / "rural-crime-thematic-2026.yaml")
    draft = a.drafter.compose(inspection, "composer", CASES)
    assert all(structure(draft).values())
    draft.sections = [s for s in draft.sections if s.rec_id != "2"]
    assert not structure(draft)["one section per recommendation"]
    a.close()


def test_eval_command_prints_tables_and_writes_json(tmp_path, sample_data, embeddings, monkeypatch):
    import shutil

    shutil.copytree(sample_data, tmp_path / "data")
    monkeypatch.setenv("PCC_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.chdir(ROOT)
    out = tmp_path / "eval.json"
    result = CliRunner().invoke(app, ["eval", "--json", str(out)], catch_exceptions=False)
    assert result.exit_code == 0, result.stdout
    assert "Retrieval" in result.stdout and "TOTAL" in result.stdout
    data = json.loads(out.read_text())
    assert data["drafts"]["totals"]["cases"] >= 8
    assert data["retrieval"]["hybrid"]["recall_at_k"] >= 0.8
    assert {"lexical", "vector", "hybrid"} == set(data["retrieval"])
