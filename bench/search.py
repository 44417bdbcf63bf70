"""Search latency at 1k, 10k and 100k chunks: hybrid vs a bare Chroma query vs exact numpy.

    .venv/bin/python bench/search.py [--sizes 1000 10000 100000] [--repeat 3]

Targets: hybrid p95 <= 50 ms at 100k chunks on 2 cores, and <= 2x the bare Chroma query. Each of the
56 labelled topic queries runs ``repeat`` times per method, after a warm-up. Methods:
- hybrid: ``Assistant.search`` end to end (embed the query, Chroma top 50, BM25 top 50, fuse,
  resolve through the catalog, group by document, snippets);
- chroma: embed the query + ``collection.query`` top 10 (what plain vector search costs a user);
- chroma (query only): ``collection.query`` with a ready vector;
- numpy exact: a ready vector against every vector in memory (the ceiling for exact search).
"""

from __future__ import annotations

import argparse
import time

import numpy as np
from common import OUT, ROOT, percentile, save
from scaled import build_library

from assistant.components.embedding import MiniLmOnnxEmbeddings
from assistant.evaluation.retrieval import load_topic_set

P95_TARGET_MS = 50.0
RATIO_TARGET = 2.0


def timed(fn, *args) -> float:
    start = time.perf_counter()
    fn(*args)
    return (time.perf_counter() - start) * 1000


def measure(size: int, embeddings, queries: list[str], repeat: int) -> dict:
    from tests.conftest import make_assistant

    folder = build_library(size, embeddings)
    assistant = make_assistant(folder, embeddings)
    collection = assistant.vectors._collection
    got = collection.get(include=["embeddings"])
    matrix = np.asarray(got["embeddings"], dtype=np.float32)
    qvecs = {q: embeddings.embed_array([q])[0] for q in queries}

    def chroma(q: str, vector=None):
        vector = embeddings.embed_array([q])[0] if vector is None else vector
        return collection.query(query_embeddings=[vector], n_results=10)

    def exact(q: str):
        return np.argpartition(-(matrix @ qvecs[q]), 10)[:10]

    for q in queries[:5]:  # warm up caches, BM25 load, HNSW pages
        assistant.search(q, limit=10)
        chroma(q)
    times: dict[str, list[float]] = {"hybrid": [], "chroma": [], "chroma_query_only": [], "numpy_exact": []}
    for _ in range(repeat):
        for q in queries:
            times["hybrid"].append(timed(assistant.search, q, None, 10))
            times["chroma"].append(timed(chroma, q))
            times["chroma_query_only"].append(timed(chroma, q, qvecs[q]))
            times["numpy_exact"].append(timed(exact, q))
    overlap = []
    for q in queries:  # how much exactness HNSW gives up
        best = {got["ids"][i] for i in np.argsort(-(matrix @ qvecs[q]))[:10]}
        overlap.append(len(best & set(chroma(q, qvecs[q])["ids"][0])) / 10)
    row = {"chunks": len(got["ids"]), "documents": len(assistant.catalog.documents())}
    for method, values in times.items():
        row[f"{method}_p50_ms"] = round(percentile(values, 50), 2)
        row[f"{method}_p95_ms"] = round(percentile(values, 95), 2)
    row["hnsw_recall_at_10_vs_exact"] = round(float(np.mean(overlap)), 3)
    row["hybrid_p95_over_chroma_p95"] = round(row["hybrid_p95_ms"] / row["chroma_p95_ms"], 2)
    print(row, flush=True)
    assistant.close()
    return row


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000, 100000])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    embeddings = MiniLmOnnxEmbeddings()
    queries = [q.query for q in load_topic_set(ROOT / "corpus" / "topic-search.yaml")]
    rows = [measure(size, embeddings, queries, args.repeat) for size in args.sizes]
    last = rows[-1]
    result = {
        "rows": rows,
        "queries": len(queries),
        "repeat": args.repeat,
        "targets": {"hybrid_p95_ms_at_100k": P95_TARGET_MS, "hybrid_over_chroma": RATIO_TARGET},
        "met": {
            "p95": last["hybrid_p95_ms"] <= P95_TARGET_MS,
            "ratio": last["hybrid_p95_over_chroma_p95"] <= RATIO_TARGET,
        },
    }
    save("search", result)
    plot(rows)


def plot(rows: list[dict]) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=(7, 4.5))
    sizes = [r["chunks"] for r in rows]
    for method, label in (
        ("hybrid", "hybrid (BM25 + vectors, RRF)"),
        ("chroma", "Chroma query (with embedding)"),
        ("chroma_query_only", "Chroma query (vector ready)"),
        ("numpy_exact", "numpy exact"),
    ):
        ax.plot(sizes, [r[f"{method}_p95_ms"] for r in rows], marker="o", label=f"{label} p95")
    ax.axhline(P95_TARGET_MS, color="red", linestyle="--", linewidth=1, label="target: hybrid p95 50 ms")
    ax.set_xscale("log")
    ax.set_xlabel("chunks in the library")
    ax.set_ylabel("latency p95 (ms)")
    ax.set_title("Search latency against library size (2 cores)")
    ax.legend(fontsize=8)
    ax.grid(True, alpha=0.3)
    fig.tight_layout()
    OUT.mkdir(parents=True, exist_ok=True)
    fig.savefig(ROOT / "bench" / "search-latency.png", dpi=120)


if __name__ == "__main__":
    main()
