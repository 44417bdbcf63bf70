"""Topic search: Chroma vectors and BM25, fused by reciprocal rank fusion, grouped by document.

Vectors find letters that say the same thing in other words; BM25 finds the exact terms staff type
(report names, acronyms such as "MSET" or "DMI"). RRF needs no score calibration between the two.
Every hit is resolved through the catalog, so only committed versions are ever returned, and checked
against the filters there too (the vectors' copy of a marking may lag a change made elsewhere).

Another process may add or remove documents while this one searches. Before each search the vector
handle follows the catalog's generation (re-read when another process committed); a vector query
that still fails is retried once on a re-read handle; if it fails again the answer comes from BM25
alone, with ``note`` saying so. Only when neither can answer is :class:`LibraryBusy` raised, a plain
"being updated" sentence, never a chromadb error. Drafting searches through this same class.
"""

from __future__ import annotations

import logging
from collections import defaultdict
from dataclasses import dataclass, replace
from typing import Literal

from assistant.components.catalog import BEING_UPDATED, Catalog, LibraryBusy, WriteLock, letterhead_only
from assistant.components.embedding import NamedEmbeddings
from assistant.components.lexical import LexicalIndex
from assistant.components.vector_store import ChromaVectorStore
from assistant.records import Chunk, ChunkHit, DocumentHit, DocumentMeta, SearchFilters, Span
from assistant.search.expand import QueryExpander

log = logging.getLogger(__name__)

Mode = Literal["hybrid", "vector", "lexical"]
VECTORS_UNAVAILABLE = (
    "The library is being updated by another process: these results come from keyword search alone; "
    "search again in a moment for the full results."
)

VECTORS_MISSING = (
    "Some passages have no vector for the embedding model now configured, so search by meaning misses "
    "them. Whoever runs this app should run `pcc-assistant reindex` once (needed after changing the embedding model)."
)


class SearchResults(list):
    """A list of hits, with ``note`` set when they are partial (e.g. keyword search alone)."""

    note: str | None = None


def matches(filters: SearchFilters | None, chunk: Chunk, meta: DocumentMeta) -> bool:
    """The filters checked against the catalog, the source of truth for every committed chunk."""
    if filters is None:
        return True
    return filters.matches(
        {
            "kind": meta.kind,
            "inspection_type": meta.inspection_type or "",
            "marking": chunk.marking,
            "year": meta.year,
        }
    )


RRF_K = 60
SNIPPET_CHARS = 320


def rrf(rankings: list[list[str]], k: int = RRF_K) -> dict[str, float]:
    """Reciprocal rank fusion: each list adds 1/(k + rank) to the ids it ranks (rank from 1)."""
    scores: dict[str, float] = defaultdict(float)
    for ranking in rankings:
        for rank, item in enumerate(ranking, start=1):
            scores[item] += 1.0 / (k + rank)
    return dict(scores)


@dataclass(frozen=True)
class Calibration:
    """What hybrid search needs to know about an embedding model's vectors.

    ``lexical_weight``: documents are ranked on both retrievers' evidence, the best BM25 score of each
    document's passages over the best of any document's, times this weight, plus its best cosine
    similarity scaled between the lowest and highest of this query's hits. The packaged MiniLM knows few
    of the abbreviations staff type, so BM25 counts 1.5 times beside it; beside the stronger
    all-mpnet-base-v2 (``scripts/install-search-model.sh``) it counts once.

    ``min_similarity``: what a document shown to a person must have of its own (``relevant_only``), a
    passage whose meaning is this close to the query's (cosine), unless one passage holds
    ``MIN_COVERAGE`` of the query's words (or all the words of one of their written-out forms).

    Both were calibrated with ``bench/calibrate.py`` on the first two labelled sets
    (corpus/topic-search.yaml and -blind.yaml; corpus/topic-search-blind2.yaml held out) and queries about
    nothing in the library: the weight at which hybrid is best overall and at least the better single
    retriever on every query group, the cut-off that keeps nearly every labelled document and answers
    "no good matches" to nearly every unrelated query (bench/RESULTS.md).
    """

    lexical_weight: float
    min_similarity: float


CALIBRATIONS = {
    "all-MiniLM-L6-v2-int8-onnx": Calibration(lexical_weight=1.5, min_similarity=0.26),
    "st-all-mpnet-base-v2": Calibration(lexical_weight=1.0, min_similarity=0.26),
}
UNCALIBRATED = Calibration(lexical_weight=1.0, min_similarity=0.26)  # another model: check with the bench


def calibration_for(model_id: str, lexical_weight: float | None = None) -> Calibration:
    """This embedding model's calibration, with the weight overridden when one is set."""
    found = CALIBRATIONS.get(model_id, UNCALIBRATED)
    return found if lexical_weight is None else replace(found, lexical_weight=lexical_weight)


MIN_COVERAGE = 0.67
NO_GOOD_MATCHES = (
    "No good matches: nothing in the library is close enough to ‘{query}’. Try other words (the glossary "
    "writes abbreviations out), or fewer filters."
)


def fuse_documents(hits: list[ChunkHit], lexical_weight: float = 1.0) -> list[tuple[str, float, ChunkHit]]:
    """(document id, score, its best passage), best first, from passages found by either retriever."""
    lexical: dict[str, float] = {}
    vector: dict[str, float] = {}
    best: dict[str, ChunkHit] = {}
    for hit in hits:
        doc = hit.chunk.doc_id
        best.setdefault(doc, hit)
        if hit.lexical_score is not None:
            lexical[doc] = max(lexical.get(doc, 0.0), hit.lexical_score)
        if hit.vector_similarity is not None:
            vector[doc] = max(vector.get(doc, float("-inf")), hit.vector_similarity)
    top = max(lexical.values(), default=0.0) or 1.0
    low, high = min(vector.values(), default=0.0), max(vector.values(), default=1.0)
    span = (high - low) or 1.0

    def evidence(lexical_score: float | None, similarity: float | None) -> float:
        return lexical_weight * (lexical_score or 0.0) / top + (
            (similarity - low) / span if similarity is not None else 0.0
        )

    scores = {doc: evidence(lexical.get(doc), vector.get(doc)) for doc in best}
    for hit in hits:  # each document's passage with the most evidence of its own
        held = best[hit.chunk.doc_id]
        if evidence(hit.lexical_score, hit.vector_similarity) > evidence(
            held.lexical_score, held.vector_similarity
        ):
            best[hit.chunk.doc_id] = hit
    return sorted(((d, scores[d], best[d]) for d in best), key=lambda t: (-t[1], t[0]))


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
        write_lock: WriteLock | None = None,
        expander: QueryExpander | None = None,
        lexical_weight: float | None = None,
    ):
        self.calibration = calibration_for(embeddings.model_id, lexical_weight)
        self.expander = expander  # abbreviations and synonyms from the office's glossary; None: as typed
        self.catalog = catalog
        self.vectors = vectors
        self.lexical = lexical
        self.embeddings = embeddings
        self.depth = depth
        self.write_lock = write_lock  # tells whether this process is the writer (its handle is current)

    def _vector_query(self, query: str, filters: SearchFilters | None):
        """Vector hits, following the library if another process changed it; one retry on a re-read
        handle; ``LibraryBusy`` if the store still cannot answer."""
        vector = self.embeddings.embed_array([query])[0]
        writing_here = self.write_lock is not None and self.write_lock.held_here
        try:
            self.vectors.follow(self.catalog.generation(), writing_here)
            return self.vectors.query(vector, self.depth, filters)
        except Exception as first:  # chromadb's own errors (InternalError...) or a handle being swapped
            log.info("vector search failed (%s: %s); re-reading the store", type(first).__name__, first)
        try:
            self.vectors.reopen()
            return self.vectors.query(vector, self.depth, filters)
        except Exception as second:
            log.warning("vector search failed again (%s: %s)", type(second).__name__, second)
            raise LibraryBusy(BEING_UPDATED) from second

    def search_chunks(
        self, query: str, filters: SearchFilters | None = None, k: int = 20, mode: Mode = "hybrid"
    ) -> SearchResults:
        query = query.strip()
        out = SearchResults()
        if not query:
            return out
        query = self.expander.expand(query) if self.expander else query  # "RSO" also as written out
        vector_hits, lexical_hits = [], []
        if mode in ("hybrid", "vector"):
            try:
                vector_hits = self._vector_query(query, filters)
            except LibraryBusy:
                if mode == "vector":
                    raise
                out.note = VECTORS_UNAVAILABLE
        if mode in ("hybrid", "lexical"):
            try:
                lexical_hits = self.lexical.search(query, self.depth, filters)
            except Exception as exc:
                log.warning("keyword search failed (%s: %s)", type(exc).__name__, exc)
                raise LibraryBusy(BEING_UPDATED) from exc
        resolved = self.catalog.resolve([h.chunk_id for h in vector_hits] + [cid for cid, _ in lexical_hits])
        resolved = {  # letterhead-only passages keep their vectors (one per passage) but are no answer
            cid: hit
            for cid, hit in resolved.items()
            if matches(filters, *hit) and not letterhead_only(hit[0].text)
        }
        vector_ids = [h.chunk_id for h in vector_hits if h.chunk_id in resolved]
        lexical_ids = [cid for cid, _ in lexical_hits if cid in resolved]
        fused = rrf([vector_ids, lexical_ids])
        similarity = {h.chunk_id: h.similarity for h in vector_hits}
        lexical_score = dict(lexical_hits)
        v_rank = {cid: i for i, cid in enumerate(vector_ids, start=1)}
        l_rank = {cid: i for i, cid in enumerate(lexical_ids, start=1)}
        ordered = sorted(fused, key=lambda cid: (-fused[cid], cid))[:k]
        out.extend(
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
        )
        return out

    def _covered(self, query: str, hits: list[ChunkHit]) -> float:
        """The largest share of the query's words, or of all the words of one of its written-out forms,
        that one of these passages holds."""
        wanted = [set(self.lexical.analyzer.query_terms(query))]
        if self.expander:
            wanted += [set(self.lexical.analyzer.query_terms(w)) for w in self.expander.added_words(query)]
        wanted = [w for w in wanted if w]
        best = 0.0
        for hit in hits:
            if hit.lexical_score is None:
                continue
            held = set(self.lexical.analyzer.query_terms(hit.chunk.text))
            best = max([best, *(len(w & held) / len(w) for w in wanted)])
        return best

    def _relevant(self, query: str, hits: list[ChunkHit]) -> bool:
        """Whether a document's passages are evidence enough to show it (``Calibration``, ``MIN_COVERAGE``)."""
        if max((h.vector_similarity or 0.0 for h in hits), default=0.0) >= self.calibration.min_similarity:
            return True
        return self._covered(query, hits[:3]) >= MIN_COVERAGE

    def search(
        self,
        query: str,
        filters: SearchFilters | None = None,
        limit: int = 10,
        mode: Mode = "hybrid",
        relevant_only: bool = False,
    ) -> SearchResults:
        """Documents ranked by their best passage; the passage is cut to a snippet around the query terms.
        ``relevant_only``: documents without enough evidence of their own are left out, and when none is
        left the results say there are no good matches (what a person searching sees)."""
        chunk_hits = self.search_chunks(query, filters, k=self.depth * 2, mode=mode)
        by_doc: dict[str, list[ChunkHit]] = defaultdict(list)
        for hit in chunk_hits:  # already best first, so each document's first hit is its best
            by_doc[hit.chunk.doc_id].append(hit)
        if mode == "hybrid":  # both retrievers' evidence, by document (``fuse_documents``)
            fused = fuse_documents(list(chunk_hits), self.calibration.lexical_weight)
            ranked = [[best, *(h for h in by_doc[doc] if h is not best)] for doc, _, best in fused]
            score = {doc: s for doc, s, _ in fused}
        else:
            ranked = sorted(by_doc.values(), key=lambda hits: -hits[0].score)
            score = {hits[0].chunk.doc_id: hits[0].score for hits in ranked}
        top = []
        for hits in ranked:  # best first, until ``limit`` are shown
            if len(top) == limit:
                break
            if not relevant_only or self._relevant(query, hits):
                top.append([hits[0].model_copy(update={"score": score[hits[0].chunk.doc_id]}), *hits[1:]])
        terms = set(
            self.lexical.analyzer.query_terms(self.expander.expand(query) if self.expander else query)
        )
        results = SearchResults()
        results.note = chunk_hits.note
        if results.note:
            log.warning("%s", results.note)
        if relevant_only and not top and query.strip():
            results.note = NO_GOOD_MATCHES.format(query=query.strip())
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
