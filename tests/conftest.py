"""Shared fixtures: real components everywhere (Chroma, the packaged embedding model, real files)."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")
os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")
# The sample corpus's office (fictional), as `make run` gives it; a test of unset details removes it.
os.environ.setdefault(
    "PCC_DEFAULTS_FILE", str(Path(__file__).resolve().parents[1] / "corpus" / "sample-office.env")
)

from assistant.components.embedding import MiniLmOnnxEmbeddings  # noqa: E402
from assistant.service import Assistant  # noqa: E402
from assistant.settings import Settings  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpus"
SAMPLE_PATHS = [CORPUS / "responses", CORPUS / "action-plans", CORPUS / "reference"]
EXAMPLE = CORPUS / "reference" / "example-response-northumbria-2020.txt"


@pytest.fixture(scope="session")
def embeddings() -> MiniLmOnnxEmbeddings:
    """The real packaged model, loaded once per session (it is stateless)."""
    return MiniLmOnnxEmbeddings()


def make_settings(data_dir: Path, **overrides) -> Settings:
    # _env_file=None: a developer's own .env must not change what the tests see.
    return Settings(_env_file=None, data_dir=data_dir, **overrides)


def make_assistant(data_dir: Path, embeddings, **overrides) -> Assistant:
    from assistant.components.catalog import Catalog
    from assistant.components.lexical import LexicalIndex
    from assistant.components.vector_store import ChromaVectorStore

    settings = make_settings(data_dir, **overrides)
    catalog = Catalog(settings.catalog_path)
    vectors = ChromaVectorStore(settings.chroma, settings.chroma_path, embeddings.model_id)
    return Assistant(settings, embeddings, catalog, vectors, LexicalIndex(settings.lexical_dir, catalog))


@pytest.fixture
def assistant(tmp_path, embeddings) -> Assistant:
    a = make_assistant(tmp_path / "data", embeddings)
    yield a
    a.close()


@pytest.fixture(scope="session")
def sample_data(tmp_path_factory, embeddings) -> Path:
    """A data folder holding the whole sample corpus, ingested once per session. Copy it, never use it."""
    path = tmp_path_factory.mktemp("sample") / "data"
    a = make_assistant(path, embeddings)
    report = a.ingest(SAMPLE_PATHS)
    assert not report.failed, report.failed
    a.close()
    return path


def copy_library(sample_data: Path, target: Path, embeddings, **overrides) -> Assistant:
    """An assistant over its own copy of the ingested sample corpus (its own audit log, drafts, edits)."""
    shutil.copytree(sample_data, target)
    return make_assistant(target, embeddings, **overrides)


@pytest.fixture(scope="session")
def sample_library(tmp_path_factory, sample_data, embeddings) -> Assistant:
    """The sample corpus for search tests (read-only: do not modify)."""
    a = copy_library(sample_data, tmp_path_factory.mktemp("search") / "data", embeddings)
    yield a
    a.close()


def chunk_hit(doc: str, n: int = 1, section: str = "", text: str = "t", marking: str = "OFFICIAL", **scores):
    """A search hit on passage ``n`` of a response ``doc`` (its own id and title), with any scores given
    (``lexical_score``, ``vector_similarity``), for tests of what is done with hits."""
    from assistant.records import Chunk, ChunkHit, DocumentMeta

    meta = DocumentMeta(
        doc_id=doc,
        title=doc,
        kind="response",
        source_path=f"{doc}.txt",
        office="X",
        content_hash=doc,
        file_type="txt",
        year=2024,
    )
    chunk = Chunk(chunk_id=f"{doc}-{n}", doc_id=doc, position=n, section=section, text=text, marking=marking)
    return ChunkHit(chunk=chunk, meta=meta, score=0.0, **scores)


@pytest.fixture
def workdir(tmp_path) -> Path:
    """A folder of copies of a few real corpus files that a test may edit freely."""
    folder = tmp_path / "files"
    folder.mkdir()
    for name in (
        "responses/resp-2022-digital-forensics.docx",
        "responses/resp-2020-county-lines.html",
        "responses/resp-2021-protests.txt",
        "action-plans/ap-2022-digital-forensics.csv",
    ):
        shutil.copy(CORPUS / name, folder)
    shutil.copy(EXAMPLE, folder)
    return folder


# -- the real browser (Debian's chromium, driven by Playwright; no browser download) -------------------
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        yield b
        b.close()


def open_draft_tab(page, timeout: float = 30_000) -> None:
    """The app opens on the Responses tab (the team's work); the drafting form is on the Draft tab."""
    tab = page.get_by_role("tab", name="Draft", exact=True)
    tab.wait_for(timeout=timeout)
    tab.click()
    page.wait_for_selector("#draft-button", timeout=timeout)
