"""Server mode against a real ``chroma run`` on loopback, started and stopped by the fixture."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from tests.conftest import CORPUS, make_assistant


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def chroma_server(tmp_path_factory):
    port = free_port()
    path = tmp_path_factory.mktemp("chroma-server")
    chroma = Path(sys.executable).with_name("chroma")
    proc = subprocess.Popen(
        [str(chroma), "run", "--path", str(path), "--host", "127.0.0.1", "--port", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.STDOUT,
    )
    deadline = time.monotonic() + 60
    while True:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/api/v2/heartbeat", timeout=1):
                break
        except OSError:
            if proc.poll() is not None or time.monotonic() > deadline:
                proc.kill()
                pytest.fail("chroma run did not start")
            time.sleep(0.2)
    yield port
    proc.terminate()
    proc.wait(timeout=20)


def test_ingest_search_forget_through_a_chroma_server(chroma_server, tmp_path, embeddings):
    a = make_assistant(tmp_path / "data", embeddings, chroma={"host": "127.0.0.1", "port": chroma_server})
    assert a.settings.chroma.mode == "server"
    assert a.status()["vector_store"].startswith("server: chroma server 127.0.0.1")
    assert not (tmp_path / "data" / "chroma").exists(), "server mode must not create a local store"
    report = a.ingest(
        [
            CORPUS / "responses" / "resp-2020-county-lines.html",
            CORPUS / "action-plans" / "ap-2021-stop-search.csv",
        ]
    )
    assert report.count("ingested") == 2
    assert a.vectors.count() == len(a.catalog.all_chunk_ids())
    hits = a.search("county lines exploitation of children", mode="vector")
    assert hits[0].meta.doc_id == "resp-2020-county-lines"
    assert a.ingest([CORPUS / "responses" / "resp-2020-county-lines.html"]).count("unchanged") == 1
    a.forget("resp-2020-county-lines")
    assert a.vectors.count() == len(a.catalog.all_chunk_ids())
    a.close()


def test_embeddings_from_an_openai_compatible_endpoint(tmp_path):
    """The `openai` embedding backend against a real server (llama.cpp serving /v1/embeddings)."""
    from assistant.components.embedding import build_embeddings
    from assistant.settings import EmbeddingSettings
    from tests.servers import LlamaServer

    server = LlamaServer(extra_args=("--embedding", "true")).start()
    try:
        settings = EmbeddingSettings(backend="openai", openai_model="smollm", openai_base_url=server.base_url)
        embeddings = build_embeddings(settings, api_key=None)
        assert embeddings.model_id == "openai-smollm" and embeddings.dimensions > 0
        a = make_assistant(tmp_path / "data", embeddings, embedding=settings.model_dump())
        assert a.vectors.collection_name.endswith("openai-smollm")
        report = a.ingest(
            [
                CORPUS / "responses" / "resp-2021-protests.txt",
                CORPUS / "responses" / "resp-2020-county-lines.html",
            ]
        )
        assert report.count("ingested") == 2
        hits = a.search("protests and public order", mode="vector")
        assert {h.meta.doc_id for h in hits} == {"resp-2021-protests", "resp-2020-county-lines"}
        a.close()
    finally:
        server.stop()
