"""The optional stronger search model (all-mpnet-base-v2, ``scripts/install-search-model.sh``), end to end.

It needs torch and 420 MB of weights, so CI does not install it: these tests run where the script was
run (the model in .venv/share/pcc-models, or PCC_TEST_SEARCH_MODEL naming its folder) and are skipped,
saying why, elsewhere.
"""

from __future__ import annotations

import importlib.util
import os
from pathlib import Path

import pytest

from tests.conftest import ROOT, make_assistant

MODEL = Path(
    os.environ.get("PCC_TEST_SEARCH_MODEL", ROOT / ".venv" / "share" / "pcc-models" / "all-mpnet-base-v2")
)
pytestmark = pytest.mark.skipif(
    not (MODEL / "model.safetensors").is_file() or importlib.util.find_spec("sentence_transformers") is None,
    reason="the optional search model is not installed (scripts/install-search-model.sh)",
)


def test_a_library_switched_to_the_stronger_model_finds_paraphrases_the_packaged_one_misses(
    sample_data, tmp_path, embeddings
):
    """The sample library, ingested with the packaged model, switched to all-mpnet-base-v2 by the two
    settings the install script prints and `reindex`: it gets that model's calibration, and its vectors
    put first the letters for two everyday phrasings that the packaged model's vectors leave out of the
    top five (labelled queries q123 and b214)."""
    import shutil

    from assistant.components.embedding import build_embeddings
    from assistant.settings import EmbeddingSettings

    data = tmp_path / "data"
    shutil.copytree(sample_data, data)
    wanted = {
        "support for rookie officers": "resp-2023-getting-a-grip",
        "racist abuse reports overlooked": "resp-2018-hate-crime",
    }
    packaged = make_assistant(data, embeddings)
    for query, doc in wanted.items():
        assert doc not in [h.meta.doc_id for h in packaged.searcher.search(query, mode="vector", limit=5)]
    packaged.close()
    settings = {"backend": "sentence-transformers", "model_path": MODEL}
    stronger = make_assistant(data, build_embeddings(EmbeddingSettings(**settings)), embedding=settings)
    assert stronger.embeddings.model_id == "st-all-mpnet-base-v2"
    assert stronger.searcher.calibration.lexical_weight == 1.0
    assert "reindex" in stronger.search("custody").note
    assert stronger.reindex() == stronger.catalog.chunk_count()
    for query, doc in wanted.items():
        assert [h.meta.doc_id for h in stronger.searcher.search(query, mode="vector", limit=5)][0] == doc
        assert doc in [h.meta.doc_id for h in stronger.search(query)]  # and as a person sees it
    stronger.close()
