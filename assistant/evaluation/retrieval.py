"""Retrieval quality on a labelled topic-search set: recall@k and MRR@k per search mode.

Recall@k for one query is the share of its expected documents found in the top k (capped at k
expected). MRR@k is the reciprocal rank of the first expected document in the top k.
"""

from __future__ import annotations

from pathlib import Path

import yaml
from pydantic import BaseModel, Field

from assistant.records import SearchFilters
from assistant.search.hybrid import Mode


class LabelledQuery(BaseModel):
    id: str
    query: str
    expected: list[str]
    note: str = ""
    filters: SearchFilters = Field(default_factory=SearchFilters)
    # "abbreviation", "paraphrase" or "topic"; the first set says which in its note ("acronym; ...")
    group: str = ""

    def model_post_init(self, _context) -> None:
        if not self.group:
            note = self.note.lower()
            self.group = (
                "abbreviation"
                if note.startswith("acronym")
                else "paraphrase"
                if note.startswith("paraphrase")
                else "topic"
            )


class QueryResult(BaseModel):
    id: str
    group: str = "topic"
    query: str
    expected: list[str]
    got: list[str]
    recall: float
    reciprocal_rank: float


class RetrievalScore(BaseModel):
    mode: str
    k: int
    recall_at_k: float
    mrr_at_10: float
    queries: list[QueryResult]

    @property
    def misses(self) -> list[QueryResult]:
        return [q for q in self.queries if q.recall < 1.0]

    def recall_by_group(self) -> dict[str, float]:
        groups: dict[str, list[float]] = {}
        for q in self.queries:
            groups.setdefault(q.group, []).append(q.recall)
        return {g: sum(v) / len(v) for g, v in sorted(groups.items())}


def load_topic_set(*paths: Path) -> list[LabelledQuery]:
    """The labelled queries of one or more files (the first set, and the ones written blind later)."""
    return [
        LabelledQuery.model_validate(item)
        for path in paths
        for item in yaml.safe_load(path.read_text(encoding="utf-8")) or []
    ]


def evaluate(search, queries: list[LabelledQuery], mode: Mode = "hybrid", k: int = 5) -> RetrievalScore:
    """``search(query, filters, limit, mode)`` returns document hits, as ``Assistant.search`` does."""
    results = []
    for q in queries:
        got = [h.meta.doc_id for h in search(q.query, q.filters, limit=10, mode=mode)]
        expected = set(q.expected)
        recall = len(expected & set(got[:k])) / min(len(expected), k)
        rr = next((1.0 / rank for rank, d in enumerate(got[:10], start=1) if d in expected), 0.0)
        results.append(
            QueryResult(
                id=q.id,
                group=q.group,
                query=q.query,
                expected=q.expected,
                got=got[:k],
                recall=recall,
                reciprocal_rank=rr,
            )
        )
    n = max(1, len(results))
    return RetrievalScore(
        mode=mode,
        k=k,
        recall_at_k=sum(r.recall for r in results) / n,
        mrr_at_10=sum(r.reciprocal_rank for r in results) / n,
        queries=results,
    )
