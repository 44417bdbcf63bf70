"""Several processes on one data folder, as offices run it: the web app (a long-lived process searching
and drafting) while someone ingests, forgets and marks from a terminal. Real separate processes
(subprocess), real files, the real embedded Chroma.

What must hold: one writer at a time (a second one waits or is refused in plain words); no reader ever
deletes anything (every committed chunk keeps its vector); every read returns results, a note that it
came from keyword search alone, or the plain "being updated" message, never a chromadb error; the
reader sees the writers' changes without a restart; a writer killed mid-run is cleaned up by the next.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import CORPUS, ROOT, make_assistant

CUSTODY = CORPUS / "new-inspections" / "fenmoor-custody-2026.yaml"
CLI = str(Path(sys.executable).with_name("pcc-assistant"))

# A small library in every format the office uses, so three full runs fit in the time budget.
SEED = [  # ingested before the reader starts: what its searches must always find
    "responses/resp-2018-fenmoor-custody.pdf",
    "responses/resp-2021-protests.txt",
    "action-plans/ap-2022-fenmoor-custody.csv",
]
MORE = [  # ingested by the terminal while the reader runs
    "responses/resp-2019-fenmoor-peel-2018-19.docx",
    "responses/resp-2020-county-lines.html",
    "responses/resp-2021-stop-search.md",
    "responses/resp-2021-vawg-interim.docx",
    "action-plans/ap-2020-roads-policing.xlsx",
    "action-plans/ap-2021-stop-search.csv",
    "action-plans/ap-2026-fenmoor-custody.docx",
]
FORGOTTEN = ["resp-2021-stop-search", "ap-2021-stop-search", "resp-2020-county-lines"]
MARKED = "resp-2021-protests"  # OFFICIAL in its file: after the change, only the new marking finds it
BEING_UPDATED = "being updated"


def _copy(names: list[str], folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name in names:
        shutil.copy(CORPUS / name, folder / Path(name).name)
    return folder


def _env(data: Path, **extra: str) -> dict[str, str]:
    return {**os.environ, "PCC_DATA_DIR": str(data), "ANONYMIZED_TELEMETRY": "False", **extra}


def _cli(data: Path, cwd: Path, *args: str, **env: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [CLI, *args], env=_env(data, **env), cwd=cwd, capture_output=True, text=True, timeout=300
    )


def _plain(text: str) -> str:
    """Terminal output as one line of words (the error box's borders and line breaks removed)."""
    return " ".join(text.replace("│", " ").split())


def _start_reader(data: Path, stop: Path, drafts: bool = True) -> subprocess.Popen:
    code = "import sys; from tests.test_multiprocess import reader_main; reader_main(sys.argv[1:])"
    return subprocess.Popen(
        [sys.executable, "-c", code, str(data), str(stop), "1" if drafts else "0"],
        cwd=ROOT,
        env=_env(data),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def _finish_reader(proc: subprocess.Popen, stop: Path) -> dict:
    stop.touch()
    out, err = proc.communicate(timeout=240)
    assert proc.returncode == 0, err[-3000:]
    return json.loads(out.strip().splitlines()[-1])


def reader_main(argv: list[str]) -> None:
    """The long-lived process (the web app): searches with and without filters and drafts in a loop
    until ``stop`` exists, then checks it sees the writers' changes. Prints its counts as JSON."""
    import logging

    from assistant.components.embedding import MiniLmOnnxEmbeddings
    from assistant.records import SearchFilters

    logging.disable(logging.WARNING)  # the BM25-only note is counted, not printed
    data, stop, drafts = Path(argv[0]), Path(argv[1]), argv[2] == "1"
    embeddings = MiniLmOnnxEmbeddings()
    a = make_assistant(data, embeddings)
    queries = [
        ("custody detention", None),
        ("custody detention", SearchFilters(marking="OFFICIAL")),
        ("custody action plan", SearchFilters(kind="action_plan")),
        ("protest policing", SearchFilters(kind="response")),
    ]
    stats = {
        "reads": 0,
        "with_results": 0,
        "keyword_only": 0,
        "being_updated": 0,
        "empty": 0,
        "errors": [],
        "drafts": 0,
        "drafts_ok": 0,
        "opened": 1,
        "during_writes": 0,  # reads begun while another process held the library for a change
    }
    started, i = time.monotonic(), 0
    while not stop.exists() and time.monotonic() - started < 200:
        query, filters = queries[i % len(queries)]
        i += 1
        stats["reads"] += 1
        stats["during_writes"] += (data / ".write.owner").exists()
        try:
            hits = a.search(query, filters, limit=5)
            if getattr(hits, "note", None):
                stats["keyword_only"] += 1
            stats["with_results" if hits else "empty"] += 1
        except Exception as exc:  # noqa: BLE001 - counted and reported
            if BEING_UPDATED in str(exc) and "chromadb" not in type(exc).__module__:
                stats["being_updated"] += 1
            else:
                stats["errors"].append(f"search: {type(exc).__module__}.{type(exc).__name__}: {exc}")
        if i % 9 == 0:
            # A new Assistant, as every CLI command and a restarted app builds one: it must not recover
            # (delete) anything while a live writer holds the library. The long-lived one stays.
            make_assistant(data, embeddings).close()
            stats["opened"] += 1
        time.sleep(0.05)  # a busy app, not a benchmark: leave the writers some of the two cores
        if drafts and i % 8 == 0:
            stats["drafts"] += 1
            try:
                draft = a.draft(CUSTODY, engine="composer")
                assert draft.sections and draft.coverage
                stats["drafts_ok"] += 1
            except Exception as exc:  # noqa: BLE001
                if BEING_UPDATED in str(exc):
                    stats["being_updated"] += 1
                else:
                    stats["errors"].append(f"draft: {type(exc).__module__}.{type(exc).__name__}: {exc}")
    # After the writers: the same process sees their documents, by vectors alone too (a fresh handle),
    # and the new marking through the vector store's filter.
    time.sleep(0.2)
    seen = {}
    for doc_id, query in (
        ("resp-2021-stop-search", "stop and search"),
        ("ap-2026-fenmoor-custody", "custody action plan 2026"),
        ("resp-2021-vawg-interim", "violence against women and girls"),
    ):
        ids = {h.meta.doc_id for h in a.search(query, limit=10, mode="vector")}
        seen[doc_id] = doc_id in ids
    sensitive = a.search("protest", SearchFilters(marking="OFFICIAL-SENSITIVE"), limit=10, mode="vector")
    stats["sees_new_documents"] = seen
    stats["sees_new_marking"] = MARKED in {h.meta.doc_id for h in sensitive}
    stats["documents"] = sorted(d.meta.doc_id for d in a.documents())
    stats["vector_reopens"] = a.vectors.reopened
    a.close()
    print(json.dumps(stats))


def _check_library(data: Path, embeddings, exact: bool = False) -> dict:
    a = make_assistant(data, embeddings)
    try:
        committed = a.catalog.all_chunk_ids()
        vectors = a.vectors.all_ids()
        for stored in a.documents():
            assert len(a.catalog.chunks(stored.meta.doc_id)) == stored.n_chunks
        figures = {"committed": len(committed), "vectors": len(vectors), "missing": len(committed - vectors)}
        assert committed <= vectors, f"{len(committed - vectors)} committed chunks have no vector"
        if exact:
            assert vectors == committed
        assert not (data / ".ingest-in-progress").exists()
        return figures
    finally:
        a.close()


FORGET = """
import sys
from assistant.service import Assistant
a = Assistant.from_settings()
for doc_id in sys.argv[1:]:
    a.forget(doc_id)
"""


def _seed(data: Path, library: Path, embeddings) -> None:
    """The library the app starts with; the rest of the files are copied beside it, to be ingested."""
    a = make_assistant(data, embeddings)
    assert a.ingest([_copy(SEED, library)]).count("ingested") == len(SEED)
    a.close()
    _copy(MORE, library)


FIGURES: list[dict] = []


@pytest.mark.parametrize("run", [1, 2, 3])
def test_terminal_writes_while_the_app_searches_and_drafts(tmp_path, embeddings, run):
    t0 = time.monotonic()
    data = tmp_path / "data"
    _seed(data, tmp_path / "library", embeddings)
    stop = tmp_path / "stop"
    reader = _start_reader(data, stop)
    try:
        time.sleep(4 if run == 1 else 2 + run)  # the reader is up and searching
        writer = subprocess.Popen(
            [CLI, "ingest", str(tmp_path / "library")],
            env=_env(data),
            cwd=tmp_path,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        time.sleep(1.0)
        # A third process changes a marking meanwhile: it waits for the ingest, with a message.
        marker = _cli(data, tmp_path, "mark", MARKED, "OFFICIAL-SENSITIVE")
        out, err = writer.communicate(timeout=300)
        assert writer.returncode == 0, err
        assert marker.returncode == 0, marker.stderr
        assert "OFFICIAL-SENSITIVE" in marker.stdout
        forget = subprocess.run(
            [sys.executable, "-c", FORGET, *FORGOTTEN], cwd=tmp_path, env=_env(data), capture_output=True
        )
        assert forget.returncode == 0, forget.stderr
        again = _cli(data, tmp_path, "ingest", str(tmp_path / "library"))
        assert again.returncode == 0, again.stderr
        assert "ingested 3" in again.stdout, again.stdout
    except BaseException:
        reader.kill()
        raise
    stats = _finish_reader(reader, stop)
    figures = _check_library(data, embeddings)
    FIGURES.append({"run": run, **figures, **{k: v for k, v in stats.items() if k != "documents"}})
    print(f"\nrun {run}: {time.monotonic() - t0:.0f} s; library {figures}; reader {FIGURES[-1]}")
    assert not stats["errors"], stats["errors"][:5]
    assert stats["empty"] == 0
    assert stats["reads"] >= 20 and stats["with_results"] + stats["being_updated"] == stats["reads"]
    assert stats["during_writes"] >= 5, "the reads must overlap the writes"
    assert stats["drafts"] >= 1 and stats["drafts_ok"] + stats["being_updated"] >= stats["drafts"]
    assert all(stats["sees_new_documents"].values()), stats["sees_new_documents"]
    assert stats["sees_new_marking"]
    assert len(stats["documents"]) == len(SEED) + len(MORE)
    a = make_assistant(data, embeddings)
    assert a.catalog.get(MARKED).meta.marking == "OFFICIAL-SENSITIVE"
    assert set(a.vectors.markings()[c.chunk_id] for c in a.catalog.chunks(MARKED)) == {"OFFICIAL-SENSITIVE"}
    a.close()


def test_writer_killed_mid_run_is_cleaned_up_by_the_next_writer(tmp_path, embeddings):
    data = tmp_path / "data"
    _seed(data, tmp_path / "library", embeddings)
    stop = tmp_path / "stop"
    reader = _start_reader(data, stop, drafts=False)
    try:
        time.sleep(3)
        writer = subprocess.Popen(
            [CLI, "ingest", str(tmp_path / "library")],
            env=_env(data),
            cwd=tmp_path,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        marker = data / ".ingest-in-progress"
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and writer.poll() is None:
            if marker.exists() and json.loads(marker.read_text() or "{}").get("pid") == writer.pid:
                break
            time.sleep(0.05)
        time.sleep(1.5)  # mid-run: preparing or storing a batch
        killed = writer.poll() is None
        writer.send_signal(signal.SIGKILL)
        writer.wait()
        assert killed, "the test must interrupt the ingest"
        # An Assistant opened now (no writer alive, the lock free) recovers at once, as before...
        # ...and the next writer finds the lock free (the kernel released it) and completes the run.
        done = _cli(data, tmp_path, "ingest", str(tmp_path / "library"))
        assert done.returncode == 0, done.stderr
    except BaseException:
        reader.kill()
        raise
    stats = _finish_reader(reader, stop)
    figures = _check_library(data, embeddings, exact=True)  # nothing stale left: recovered
    print(
        f"\nkilled writer: library {figures}; reader { ({k: v for k, v in stats.items() if k != 'documents'}) }"
    )
    assert not stats["errors"], stats["errors"][:5]
    assert stats["with_results"] + stats["being_updated"] == stats["reads"]
    assert not stats["sees_new_marking"] and all(stats["sees_new_documents"].values())
    assert len(stats["documents"]) == len(SEED) + len(MORE)


HOLDER = """
import sys, time
from pathlib import Path
from assistant.components.catalog import WriteLock
lock = WriteLock(Path(sys.argv[1]))
with lock.hold("a long test write"):
    print("held", flush=True)
    time.sleep(float(sys.argv[2]))
"""


def test_a_second_writer_waits_then_is_refused_in_plain_words(tmp_path, embeddings):
    data = tmp_path / "data"
    a = make_assistant(data, embeddings)
    assert a.ingest([_copy(SEED[1:2], tmp_path / "library")]).count("ingested") == 1
    a.close()
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(data), "30"], cwd=ROOT, stdout=subprocess.PIPE, text=True
    )
    try:
        assert holder.stdout.readline().strip() == "held"
        refused = _cli(data, tmp_path, "forget", "resp-2021-protests", PCC_INGEST__WRITE_LOCK_TIMEOUT_S="0")
        assert refused.returncode == 1
        assert "another process is writing to the library (a long test write" in _plain(refused.stderr)
        assert "Traceback" not in refused.stderr and "Timeout" not in refused.stderr
        t = time.monotonic()
        waited = _cli(
            data,
            tmp_path,
            "mark",
            "resp-2021-protests",
            "OFFICIAL-SENSITIVE",
            PCC_INGEST__WRITE_LOCK_TIMEOUT_S="2",
        )
        assert time.monotonic() - t >= 2 and waited.returncode == 1
        assert "Waiting up to 2 s" in _plain(waited.stderr)
        assert "did not finish within 2 s" in _plain(waited.stderr), waited.stderr
        # Reading is never refused: a search answers while the writer holds the library.
        found = _cli(data, tmp_path, "search", "protest")
        assert found.returncode == 0 and "resp-2021-protests" in found.stdout
    finally:
        holder.kill()
        holder.wait()
    # Once it is gone (the kernel released its lock), the change goes through.
    a = make_assistant(data, embeddings)
    a.forget("resp-2021-protests")
    assert a.documents() == [] and a.vectors.all_ids() == set()
    a.close()


class _RenamedModel:
    """The packaged model under another name: what a library made with another embedding model looks like
    to the current one (its vectors are in another collection)."""

    model_id = "an-older-model"

    def __init__(self, model):
        self._model = model
        self.dimensions = model.dimensions

    def embed_array(self, texts):
        return self._model.embed_array(texts)


def test_after_changing_the_embedding_model_reindex_embeds_every_passage_for_a_running_app(
    tmp_path, embeddings
):
    """A library ingested with one model and opened with another found nothing by meaning, and said
    nothing ('No good matches' for every query). Status and search now say that passages lack vectors;
    `pcc-assistant reindex` (another process) embeds them from the catalog, without the source files, and
    a process that was already open (the web app) finds them without a restart."""
    data = tmp_path / "data"
    folder = _copy(
        ["responses/resp-2021-protests.txt", "responses/resp-2020-county-lines.html"], tmp_path / "f"
    )
    older = make_assistant(data, _RenamedModel(embeddings))
    older.ingest([folder])
    older.close()
    shutil.rmtree(folder)  # the source files are gone: reindex needs only the library
    app = make_assistant(data, embeddings)
    hits = app.search("county lines drug exploitation")
    assert "pcc-assistant reindex" in hits.note
    assert app.searcher.search("county lines drug exploitation", mode="vector") == []
    status = _cli(data, tmp_path, "status", "--json")
    assert json.loads(status.stdout)["passages_without_vectors"].startswith(str(app.catalog.chunk_count()))
    done = _cli(data, tmp_path, "reindex")
    assert done.returncode == 0, done.stderr
    assert f"Embedded {app.catalog.chunk_count()} passages" in _plain(done.stdout)
    again = _cli(data, tmp_path, "reindex")
    assert "already has a vector" in _plain(again.stdout)
    hits = app.search("county lines drug exploitation")
    assert hits.note is None and hits[0].meta.doc_id == "resp-2020-county-lines"
    assert json.loads(_cli(data, tmp_path, "status", "--json").stdout)["passages_without_vectors"] == "0"
    app.close()
