"""Ingest pipeline time against pure embedding time of the same chunks (target: at most 1.15x).

    .venv/bin/python bench/ingest.py [--repeat 3]

Both sides use the same loaded model. "Pure embedding" embeds exactly the texts the pipeline embeds
(each chunk with its title and section), in one call; the pipeline also reads, parses, chunks,
writes Chroma and the catalog, and rebuilds BM25.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import tempfile
import time
from pathlib import Path

from common import ROOT, save

from assistant.components.catalog import passage_text
from assistant.components.embedding import MiniLmOnnxEmbeddings

TARGET = 1.15


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    from tests.conftest import SAMPLE_PATHS, make_assistant

    embeddings = MiniLmOnnxEmbeddings()
    embeddings.embed_array(["warm up"])
    pipeline, pure, chunks = [], [], 0
    for _ in range(args.repeat):
        folder = Path(tempfile.mkdtemp(prefix="bench-ingest-"))
        assistant = make_assistant(folder / "data", embeddings)
        start = time.perf_counter()
        report = assistant.ingest(SAMPLE_PATHS)
        assistant.lexical.current()
        pipeline.append(time.perf_counter() - start)
        assert not report.failed, report.failed
        texts = [
            passage_text(meta, chunk.section, chunk.text) for chunk, meta in assistant.catalog.passages()
        ]
        chunks = len(texts)
        start = time.perf_counter()
        embeddings.embed_array(texts)
        pure.append(time.perf_counter() - start)
        assistant.close()
        shutil.rmtree(folder)
    ratio = statistics.median(pipeline) / statistics.median(pure)
    result = {
        "corpus": str(ROOT / "corpus"),
        "documents": len(report.outcomes),
        "chunks": chunks,
        "pipeline_s": [round(x, 2) for x in pipeline],
        "pure_embedding_s": [round(x, 2) for x in pure],
        "ratio_median": round(ratio, 3),
        "target": TARGET,
        "met": ratio <= TARGET,
    }
    print(
        f"{chunks} chunks from {len(report.outcomes)} files: pipeline {statistics.median(pipeline):.2f} s, "
        f"pure embedding {statistics.median(pure):.2f} s, ratio {ratio:.2f} (target <= {TARGET})"
    )
    print("saved", save("ingest", result))


if __name__ == "__main__":
    main()
