"""Calibrate hybrid search for the configured embedding model: the lexical weight and the relevance cut-off.

    PCC_DATA_DIR=<library of corpus/responses, action-plans, reference> .venv/bin/python bench/calibrate.py

Prints, for each lexical weight, recall@5 by query group on the development sets (corpus/topic-search.yaml
and -blind.yaml) beside BM25 and vectors alone, and on the held-out set (corpus/topic-search-blind2.yaml);
then, for each cut-off, the share of labelled query-document pairs that a person would still be shown and
how many queries about nothing in the library answer "no good matches". Choose on the development sets
only, then record the choice in ``CALIBRATIONS`` (assistant/search/hybrid.py) and the figures in
bench/RESULTS.md. Uses the model set by PCC_EMBEDDING__* (the library must have been ingested with it).
"""

from __future__ import annotations

import argparse
from collections import defaultdict
from dataclasses import replace

from common import ROOT

from assistant.evaluation.retrieval import evaluate, load_topic_set
from assistant.search.hybrid import HybridSearcher
from assistant.service import Assistant

DEVELOPMENT = [ROOT / "corpus" / "topic-search.yaml", ROOT / "corpus" / "topic-search-blind.yaml"]
HELD_OUT = [ROOT / "corpus" / "topic-search-blind2.yaml"]
# Queries about nothing in the library: each should answer "no good matches".
UNRELATED = [
    "banana bread recipe",
    "train times to london",
    "xyzzy plugh",
    "cheap flights to spain",
    "tax return deadline",
    "how to repot an orchid",
    "premier league fixtures this weekend",
    "best broadband deals",
    "knitting pattern for a scarf",
    "volcano eruptions in iceland",
    "python list comprehension syntax",
    "wedding venue hire prices",
    "symptoms of hay fever",
    "second hand piano for sale",
    "guitar chords for beginners",
]


def searcher_with(searcher: HybridSearcher, **changes) -> HybridSearcher:
    searcher.calibration = replace(searcher.calibration, **changes)
    return searcher


def recall_line(searcher: HybridSearcher, queries, mode: str) -> str:
    def search(query, filters, limit, mode):
        return searcher.search(query, filters, limit=limit, mode=mode, relevant_only=True)

    score = evaluate(search, queries, mode=mode)
    groups = " ".join(f"{g} {v:.3f}" for g, v in score.recall_by_group().items())
    return f"{score.recall_at_k:.3f} (MRR {score.mrr_at_10:.3f}; {groups})"


def kept_share(searcher: HybridSearcher, queries) -> float:
    """Of the labelled documents that either retriever finds, the share that pass the cut-off."""
    found = kept = 0
    for q in queries:
        by_doc = defaultdict(list)
        for hit in searcher.search_chunks(q.query, q.filters, k=searcher.depth * 2):
            by_doc[hit.chunk.doc_id].append(hit)
        for doc in set(q.expected) & set(by_doc):
            found += 1
            kept += searcher._relevant(q.query, by_doc[doc])
    return kept / max(found, 1)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--weights", type=float, nargs="*", default=[0.75, 1.0, 1.25, 1.5, 2.0])
    parser.add_argument("--cutoffs", type=float, nargs="*", default=[0.2, 0.22, 0.24, 0.26, 0.28, 0.3, 0.32])
    args = parser.parse_args()
    assistant = Assistant.from_settings()
    searcher = assistant.searcher
    dev, held_out = load_topic_set(*DEVELOPMENT), load_topic_set(*HELD_OUT)
    chosen = searcher.calibration
    print(f"model {assistant.embeddings.model_id}; calibration now {chosen}")
    for mode in ("lexical", "vector"):
        print(
            f"{mode:>8}: development {recall_line(searcher, dev, mode)}; held out {recall_line(searcher, held_out, mode)}"
        )
    for weight in args.weights:
        s = searcher_with(searcher, lexical_weight=weight)
        print(
            f"weight {weight:<5}: development {recall_line(s, dev, 'hybrid')}; held out {recall_line(s, held_out, 'hybrid')}"
        )
    searcher_with(searcher, lexical_weight=chosen.lexical_weight)
    for cutoff in args.cutoffs:
        s = searcher_with(searcher, min_similarity=cutoff)
        silent = sum(not s.search(q, relevant_only=True) for q in UNRELATED)
        print(
            f"cut-off {cutoff:<5}: labelled documents kept {kept_share(s, dev):.1%} (held out "
            f"{kept_share(s, held_out):.1%}); unrelated queries answered 'no good matches' {silent}/{len(UNRELATED)}"
        )
    assistant.close()


if __name__ == "__main__":
    main()
