"""Chroma as the vector store: embedded by default, a ``chroma run`` server when a host is set.

We always pass vectors ourselves (``embedding_function=None``): Chroma's default embedding function
downloads a model at first use, which fails offline. One collection per embedding model, so vectors
of different models are never compared.

Several processes on one embedded store (the web app searching, a terminal ingesting): Chroma's
embedded mode keeps each process's HNSW index in memory and does not see another process's writes,
so a stale handle answers from an old index or fails (``Error finding id``) once the shared SQLite
side holds ids its index lacks. :meth:`ChromaVectorStore.reopen` drops this process's handle and
loads the store as it is on disk now; :meth:`follow` does so when the catalog's generation moved on
under another writer. Writes themselves are serialised by ``catalog.WriteLock``.
"""

from __future__ import annotations

import logging
import re
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from assistant.records import Chunk, DocumentMeta, SearchFilters
from assistant.settings import ChromaSettings

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class VectorMatch:
    chunk_id: str
    similarity: float  # cosine similarity (1 - distance)


# How widely the HNSW graph is searched per query. At Chroma's default (100) the same query gave other
# passages near the 50th from one process to the next (each loads the graph anew), so the same search
# ranked documents differently; at 200 repeated runs agree (tests/test_search.py) and a 100k-passage
# search stays within its latency target (bench/RESULTS.md).
EF_SEARCH = 200


def chunk_metadata(meta: DocumentMeta, chunk: Chunk, version: str) -> dict:
    """The chunk's searchable metadata as Chroma stores it (no None values allowed there)."""
    md = {
        "doc_id": meta.doc_id,
        "version": version,
        "kind": meta.kind,
        "office": meta.office,
        "title": meta.title,
        "inspection_type": meta.inspection_type or "",
        "published": meta.published.isoformat() if meta.published else "",
        "marking": chunk.marking,
        "source_path": meta.source_path,
        "content_hash": meta.content_hash,
        "section": chunk.section,
        "position": chunk.position,
    }
    if meta.year is not None:
        md["year"] = meta.year
    return md


def where_clause(filters: SearchFilters | None) -> dict | None:
    if filters is None:
        return None
    conditions: list[dict] = []
    if filters.kind:
        conditions.append({"kind": filters.kind})
    if filters.inspection_type:
        conditions.append({"inspection_type": filters.inspection_type})
    if filters.marking:
        conditions.append({"marking": filters.marking})
    if filters.year_from is not None:
        conditions.append({"year": {"$gte": filters.year_from}})
    if filters.year_to is not None:
        conditions.append({"year": {"$lte": filters.year_to}})
    if not conditions:
        return None
    return conditions[0] if len(conditions) == 1 else {"$and": conditions}


class ChromaVectorStore:
    def __init__(self, settings: ChromaSettings, persist_dir: Path, model_id: str):
        self._settings = settings
        self._persist_dir = persist_dir
        name = re.sub(r"[^a-zA-Z0-9._-]+", "-", f"{settings.collection_prefix}-{model_id}").strip("-._")
        self.collection_name = name
        if settings.host:
            self.location = f"chroma server {settings.host}:{settings.port}"
        else:
            persist_dir.mkdir(parents=True, exist_ok=True)
            self.location = str(persist_dir)
        # The catalog generation this handle is known to reflect (None: not yet compared).
        self.generation: int | None = None
        self.reopened = 0  # how many times this process re-read the store (for tests and status)
        self._swap = threading.Lock()
        # Always our own handle, read from disk now: another one in this process may be stale.
        self._client, self._collection = self._open(fresh=True)

    def _open(self, fresh: bool):
        import chromadb
        from chromadb.config import Settings as ChromaClientSettings

        client_settings = ChromaClientSettings(anonymized_telemetry=False)
        settings = self._settings
        if settings.host:
            client = chromadb.HttpClient(
                host=settings.host, port=settings.port, ssl=settings.ssl, settings=client_settings
            )
        else:
            if fresh:
                _drop_cached_system(str(self._persist_dir))
            client = chromadb.PersistentClient(path=str(self._persist_dir), settings=client_settings)
        collection = client.get_or_create_collection(
            self.collection_name,
            embedding_function=None,
            configuration={"hnsw": {"space": "cosine", "ef_search": EF_SEARCH}},
        )
        if (collection.configuration.get("hnsw") or {}).get("ef_search", EF_SEARCH) < EF_SEARCH:
            collection.modify(configuration={"hnsw": {"ef_search": EF_SEARCH}})  # a store made before
        return client, collection

    def reopen(self) -> None:
        """Read the store afresh from disk (or reconnect to the server): another process wrote to it.

        The old handle is dropped, not stopped: a query still running on another thread finishes on it.
        """
        with self._swap:
            self._client, self._collection = self._open(fresh=True)
            self.reopened += 1

    def follow(self, generation: int, writing_here: bool = False) -> bool:
        """Re-open when the library's generation moved on since this handle last matched it.

        Not while this process is the writer (its handle made the change, so it is current). Returns
        whether the store was re-opened."""
        if self.generation is None or writing_here:
            self.generation = generation if self.generation is None else self.generation
            return False
        if generation == self.generation:
            return False
        self.reopen()
        self.generation = generation
        return True

    def add(self, ids: Sequence[str], vectors: np.ndarray, metadatas: Sequence[dict], texts: Sequence[str]):
        # Chroma caps one call's size; stay well inside it.
        step = 2000
        for start in range(0, len(ids), step):
            end = start + step
            self._collection.upsert(
                ids=list(ids[start:end]),
                embeddings=vectors[start:end],
                metadatas=list(metadatas[start:end]),
                documents=list(texts[start:end]),
            )

    def query(self, vector: np.ndarray, k: int, filters: SearchFilters | None = None) -> list[VectorMatch]:
        if k <= 0:
            return []
        result = self._collection.query(
            query_embeddings=[vector],
            n_results=k,
            where=where_clause(filters),
            include=["distances"],
        )
        ids, distances = result["ids"][0], result["distances"][0]
        return [VectorMatch(cid, 1.0 - float(d)) for cid, d in zip(ids, distances, strict=True)]

    def delete_ids(self, ids: Sequence[str]) -> None:
        step = 2000
        for start in range(0, len(ids), step):
            self._collection.delete(ids=list(ids[start : start + step]))

    def delete_document(self, doc_id: str, keep_version: str | None = None) -> None:
        """Remove a document's chunks, all of them or all but one version."""
        where: dict = {"doc_id": doc_id}
        if keep_version is not None:
            where = {"$and": [{"doc_id": doc_id}, {"version": {"$ne": keep_version}}]}
        self._collection.delete(where=where)

    def update_markings(self, markings: dict[str, str]) -> None:
        """Change the marking stored with these chunks (the marking filter reads it)."""
        if not markings:
            return
        found = self._collection.get(ids=list(markings), include=["metadatas"])
        metadatas = [
            {**m, "marking": markings[cid]} for cid, m in zip(found["ids"], found["metadatas"], strict=True)
        ]
        self._collection.update(ids=found["ids"], metadatas=metadatas)

    def all_ids(self) -> set[str]:
        ids: set[str] = set()
        offset, page = 0, 5000
        while True:
            got = self._collection.get(include=[], limit=page, offset=offset)["ids"]
            ids.update(got)
            if len(got) < page:
                return ids
            offset += page

    def markings(self) -> dict[str, str]:
        """Every stored vector's marking (what the marking filter reads), by chunk id."""
        out: dict[str, str] = {}
        offset, page = 0, 5000
        while True:
            got = self._collection.get(include=["metadatas"], limit=page, offset=offset)
            out.update(
                {
                    cid: (m or {}).get("marking", "")
                    for cid, m in zip(got["ids"], got["metadatas"], strict=True)
                }
            )
            if len(got["ids"]) < page:
                return out
            offset += page

    def count(self) -> int:
        return self._collection.count()


def _drop_cached_system(identifier: str) -> None:
    """Make the next ``PersistentClient`` for this folder load it afresh.

    chromadb shares one in-process ``System`` per folder (``SharedSystemClient``), so a new client would
    get the same stale index. Forget that shared one (without stopping it: clients still holding it
    keep working until they are dropped) so the next client builds its own from disk."""
    from chromadb.api.shared_system_client import SharedSystemClient

    with SharedSystemClient._refcount_lock:
        SharedSystemClient._identifier_to_system.pop(identifier, None)
        SharedSystemClient._identifier_to_refcount.pop(identifier, None)
