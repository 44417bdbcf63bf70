"""Composer draft time at about 1,000 and 10,000 documents (target: at most 2 s at 10k).

    .venv/bin/python bench/draft.py [--sizes 10000 100000]

Sizes are chunks (8 per synthetic document), so 10,000 chunks is about 1,250 documents and 100,000
about 12,500. Each of the five sample new inspections is drafted (composed, verified, not recorded):
"cold" is the first draft after opening the library (it mines the office's phrasings and loads BM25),
"warm" the median of the rest.
"""

from __future__ import annotations

import argparse
import statistics
import time

from common import ROOT, percentile, save
from scaled import build_library

from assistant.components.embedding import MiniLmOnnxEmbeddings
from assistant.drafting.inspection import load_inspection

TARGET_S = 2.0


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", type=int, nargs="+", default=[10000, 100000])
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    from tests.conftest import make_assistant

    embeddings = MiniLmOnnxEmbeddings()
    files = sorted((ROOT / "corpus" / "new-inspections").glob("*.yaml"))
    rows = []
    for size in args.sizes:
        assistant = make_assistant(build_library(size, embeddings), embeddings)
        inspections = [(load_inspection(f), f.parent) for f in files]
        start = time.perf_counter()
        assistant.drafter.compose(inspections[0][0], "composer", inspections[0][1])
        cold = time.perf_counter() - start
        warm = []
        for _ in range(args.rounds):
            for inspection, base in inspections:
                start = time.perf_counter()
                assistant.drafter.compose(inspection, "composer", base)
                warm.append(time.perf_counter() - start)
        row = {
            "chunks": len(assistant.catalog.all_chunk_ids()),
            "documents": len(assistant.catalog.documents()),
            "cold_s": round(cold, 2),
            "warm_median_s": round(statistics.median(warm), 2),
            "warm_p95_s": round(percentile(warm, 95), 2),
            "drafts": len(warm),
        }
        rows.append(row)
        print(row, flush=True)
        assistant.close()
    big = max(rows, key=lambda r: r["documents"])
    save("draft", {"rows": rows, "target_s": TARGET_S, "met": big["warm_p95_s"] <= TARGET_S})


if __name__ == "__main__":
    main()
