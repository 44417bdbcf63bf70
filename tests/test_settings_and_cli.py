"""Settings from the environment, the embedding model's integrity check, and the CLI end to end."""

from __future__ import annotations

import json

import numpy as np
import pytest
from typer.testing import CliRunner

from assistant.cli import app
from assistant.components.embedding import EmbeddingModelError, _verified
from assistant.settings import Settings
from tests.conftest import CORPUS, EXAMPLE, ROOT


def test_settings_from_environment(monkeypatch, tmp_path):
    monkeypatch.setenv("PCC_DATA_DIR", str(tmp_path / "d"))
    monkeypatch.setenv("PCC_CHROMA__HOST", "10.0.0.5")
    monkeypatch.setenv("PCC_OFFICE__PCC_NAME", "Jo Bloggs")
    monkeypatch.setenv("OPENAI_API_KEY", "sk-test-secret")
    monkeypatch.setenv("OPENAI_BASE_URL", "http://127.0.0.1:9999/v1")
    s = Settings(_env_file=None)
    assert s.data_dir == tmp_path / "d" and s.chroma.mode == "server" and s.office.pcc_name == "Jo Bloggs"
    assert s.llm.configured and s.llm.base_url == "http://127.0.0.1:9999/v1"
    assert s.llm.api_key.get_secret_value() == "sk-test-secret"
    assert "sk-test-secret" not in repr(s)


def test_defaults_are_private_and_offline(monkeypatch):
    for name in ("OPENAI_API_KEY", "OPENAI_BASE_URL", "AZURE_OPENAI_ENDPOINT", "PCC_CHROMA__HOST"):
        monkeypatch.delenv(name, raising=False)
    s = Settings(_env_file=None)
    assert s.chroma.mode == "embedded" and not s.llm.configured and s.embedding.backend == "minilm-onnx"


def test_env_file_is_read(tmp_path, monkeypatch):
    monkeypatch.delenv("PCC_OFFICE__AREA_NAME", raising=False)
    env = tmp_path / ".env"
    env.write_text("PCC_OFFICE__AREA_NAME=Westshire\nOPENAI_MODEL=local-model\n")
    s = Settings(_env_file=env)
    assert s.office.area_name == "Westshire" and s.llm.model == "local-model"


def test_model_file_with_wrong_hash_is_refused(tmp_path):
    fake = tmp_path / "model.onnx"
    fake.write_bytes(b"not the model")
    with pytest.raises(EmbeddingModelError, match="sha256"):
        _verified(fake, "0" * 64)


def test_embeddings_are_unit_vectors_and_semantic(embeddings):
    v = embeddings.embed_array(["children missing from home", "young people who run away", "speed cameras"])
    assert v.shape == (3, 384) and np.allclose(np.linalg.norm(v, axis=1), 1.0, atol=1e-5)
    assert v[0] @ v[1] > v[0] @ v[2] + 0.2
    # batching and order do not change a text's vector
    alone = embeddings.embed_array(["speed cameras"])[0]
    assert np.allclose(alone, v[2], atol=1e-5)


@pytest.fixture
def cli(tmp_path, monkeypatch):
    monkeypatch.setenv("PCC_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.chdir(tmp_path)  # no developer .env
    runner = CliRunner()

    def run(*args, input=None):  # noqa: A002 - click's name
        return runner.invoke(app, list(args), catch_exceptions=False, input=input)

    return run


def test_cli_ingest_docs_search_forget(cli):
    result = cli("ingest", str(EXAMPLE), str(CORPUS / "responses" / "resp-2021-protests.txt"))
    assert result.exit_code == 0 and "ingested 2" in result.stdout
    assert (
        "unchanged 2"
        in cli("ingest", str(EXAMPLE), str(CORPUS / "responses" / "resp-2021-protests.txt")).stdout
    )
    docs = json.loads(cli("docs", "--json").stdout)
    assert {d["meta"]["doc_id"] for d in docs} == {"example-response-northumbria-2020", "resp-2021-protests"}
    hits = json.loads(cli("search", "missing children exploitation", "--json").stdout)
    assert hits[0]["meta"]["doc_id"] == "example-response-northumbria-2020"
    assert {"snippet", "highlights", "score", "best"} <= set(hits[0])
    text = cli("search", "protest", "--kind", "response", "--from", "2021", "--to", "2021").stdout
    assert "resp-2021-protests" in text and "example-response" not in text
    removed = cli("forget", "resp-2021-protests")
    assert removed.exit_code == 0 and "pcc-assistant restore resp-2021-protests" in removed.stdout
    assert cli("forget", "resp-2021-protests").exit_code == 1
    status = json.loads(cli("status", "--json").stdout)
    assert status["counts"]["documents"] == 1 and "composer" in status["engine"]
    listed = json.loads(cli("removed", "--json").stdout)
    assert [(r["doc_id"], r["protective_marking"]) for r in listed] == [("resp-2021-protests", "OFFICIAL")]
    assert cli("restore", "resp-2021-protests").exit_code == 0
    assert "resp-2021-protests" in cli("search", "protest").stdout  # found again
    assert cli("restore", "resp-2021-protests").exit_code == 1  # nothing left to restore
    assert cli("forget", "resp-2021-protests").exit_code == 0
    assert cli("purge", input="n\n").exit_code == 1  # asked first; "no" deletes nothing
    assert len(json.loads(cli("removed", "--json").stdout)) == 1
    assert "resp-2021-protests" in cli("purge", "--yes").stdout
    assert "Nothing has been removed" in cli("removed").stdout


def test_cli_ingest_reports_failures_and_exits_nonzero(cli, tmp_path):
    bad = tmp_path / "bad.pdf"
    bad.write_bytes(b"%PDF-1.4 garbage")
    result = cli("ingest", str(bad), str(EXAMPLE))
    assert result.exit_code == 2
    assert "bad.pdf" in result.stderr and "ingested 1" in result.stdout


def test_cli_rejects_bad_filter(cli):
    result = cli("search", "x", "--marking", "SECRET")
    assert result.exit_code == 1 and "bad filter" in result.stderr


def test_cli_intake_writes_an_inspection_draft_reads_and_refuses_a_bad_file_by_name(cli, tmp_path):
    from assistant.drafting.inspection import load_inspection

    report = ROOT / "tests" / "intake" / "reports" / "12-thematic-missing-adults-html" / "report.html"
    out = tmp_path / "inspection.yaml"
    result = cli("intake", str(report), "--out", str(out), "--no-model")
    assert result.exit_code == 0, result.output
    assert "C(ii)" in result.stdout and "Written to" in result.stdout
    inspection = load_inspection(out)
    assert [r.id for r in inspection.recommendations] == ["A", "B", "C(i)", "C(ii)", "D", "E"]
    assert inspection.published.isoformat() == "2026-07-09" and not inspection.force_inspected
    bad = tmp_path / "report.pdf"
    bad.write_bytes(b"<html>saved as the wrong thing</html>")
    refused = cli("intake", str(bad))
    assert refused.exit_code == 1 and "report.pdf: this is not a PDF" in refused.stderr
