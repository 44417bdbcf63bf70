"""Topic search: Chroma vectors and BM25, fused by reciprocal rank fusion, grouped by document.

Vectors find letters that say the same thing in other words; BM25 finds the exact terms staff type
(report names, acronyms such as "MSET" or "DMI"). RRF needs no score calibration between the two.
Every hit is resolved through the catalog, so only committed versions are ever returned.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Literal

from assistant.components.catalog import Catalog
from assistant.components.embedding import NamedEmbeddings
from assistant.components.lexical import LexicalIndex
from assistant.components.vector_store import ChromaVectorStore
from assistant.records import ChunkHit, DocumentHit, SearchFilters, Span

Mode = Literal["hybrid", "vector", "lexical"]
RRF_K = 60
SNIPPET_CHARS = 320


def rrf(rankings: list[list[str]], k: int = RRF_K) -> dict[str, float]:
    """Reciprocal rank fusion: each list adds 1/(k + rank) to the ids it ranks (rank from 1)."""
    scores: dict[str, float] = defaultdict(float)
    for ranking in rankings:
        for rank, item in enumerate(ranking, start=1):
            scores[item] += 1.0 / (k + rank)
    return dict(scores)


def snippet_window(
    text: str, spans: list[tuple[int, int]], width: int = SNIPPET_CHARS
) -> tuple[str, list[Span]]:
    """The part of ``text`` of about ``width`` characters holding the most query terms."""
    if len(text) <= width:
        return text, [Span(start=s, end=e) for s, e in spans]
    best_start, best_count = 0, -1
    for s, _ in spans or [(0, 0)]:
        start = max(0, min(s - width // 4, len(text) - width))
        count = sum(1 for a, b in spans if a >= start and b <= start + width)
        if count > best_count:
            best_start, best_count = start, count
    start = best_start
    if start > 0:
        space = text.find(" ", start)
        start = space + 1 if 0 <= space < start + 30 else start
    end = min(len(text), start + width)
    if end < len(text):
        space = text.rfind(" ", start, end)
        end = space if space > start + width // 2 else end
    prefix = "… " if start > 0 else ""
    suffix = " …" if end < len(text) else ""
    shift = len(prefix) - start
    kept = [Span(start=a + shift, end=b + shift) for a, b in spans if a >= start and b <= end]
    return prefix + text[start:end] + suffix, kept


class HybridSearcher:
    def __init__(
        self,
        catalog: Catalog,
        vectors: ChromaVectorStore,
        lexical: LexicalIndex,
        embeddings: NamedEmbeddings,
        depth: int = 50,
    ):
        self.catalog = catalog
        self.vectors = vectors
        self.lexical = lexical
        self.embeddings = embeddings
        self.depth = depth

    def search_chunks(
        self, query: str, filters: SearchFilters | None = None, k: int = 20, mode: Mode = "hybrid"
    ) -> list[ChunkHit]:
        query = query.strip()
        if not query:
            return []
        vector_hits, lexical_hits = [], []
        if mode in ("hybrid", "vector"):
            vector_hits = self.vectors.query(self.embeddings.embed_array([query])[0], self.depth, filters)
        if mode in ("hybrid", "lexical"):
            lexical_hits = self.lexical.search(query, self.depth, filters)
        resolved = self.catalog.resolve([h.chunk_id for h in vector_hits] + [cid for cid, _ in lexical_hits])
        vector_ids = [h.chunk_id for h in vector_hits if h.chunk_id in resolved]
        lexical_ids = [cid for cid, _ in lexical_hits if cid in resolved]
        fused = rrf([vector_ids, lexical_ids])
        similarity = {h.chunk_id: h.similarity for h in vector_hits}
        lexical_score = dict(lexical_hits)
        v_rank = {cid: i for i, cid in enumerate(vector_ids, start=1)}
        l_rank = {cid: i for i, cid in enumerate(lexical_ids, start=1)}
        ordered = sorted(fused, key=lambda cid: (-fused[cid], cid))[:k]
        return [
            ChunkHit(
                chunk=resolved[cid][0],
                meta=resolved[cid][1],
                score=fused[cid],
                vector_rank=v_rank.get(cid),
                lexical_rank=l_rank.get(cid),
                vector_similarity=similarity.get(cid),
                lexical_score=lexical_score.get(cid),
            )
            for cid in ordered
        ]

    def search(
        self, query: str, filters: SearchFilters | None = None, limit: int = 10, mode: Mode = "hybrid"
    ) -> list[DocumentHit]:
        """Documents ranked by their best passage; the passage is cut to a snippet around the query terms."""
        chunk_hits = self.search_chunks(query, filters, k=self.depth * 2, mode=mode)
        by_doc: dict[str, list[ChunkHit]] = defaultdict(list)
        for hit in chunk_hits:  # already best first, so each document's first hit is its best
            by_doc[hit.chunk.doc_id].append(hit)
        top = sorted(by_doc.values(), key=lambda hits: -hits[0].score)[:limit]
        terms = set(self.lexical.analyzer.query_terms(query))
        results: list[DocumentHit] = []
        for hits in top:  # snippets only for what is shown
            best = hits[0]
            spans = self.lexical.analyzer.term_spans(best.chunk.text, terms)
            snippet, highlights = snippet_window(best.chunk.text, spans)
            results.append(
                DocumentHit(
                    meta=best.meta,
                    score=best.score,
                    best=best,
                    snippet=snippet,
                    highlights=highlights,
                    other_chunks=len(hits) - 1,
                )
            )
        return results
