"""Chroma as the vector store: embedded by default, a ``chroma run`` server when a host is set.

We always pass vectors ourselves (``embedding_function=None``): Chroma's default embedding function
downloads a model at first use, which fails offline. One collection per embedding model, so vectors
of different models are never compared.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from assistant.records import Chunk, DocumentMeta, SearchFilters
from assistant.settings import ChromaSettings


@dataclass(frozen=True)
class VectorMatch:
    chunk_id: str
    similarity: float  # cosine similarity (1 - distance)


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
        import chromadb
        from chromadb.config import Settings as ChromaClientSettings

        client_settings = ChromaClientSettings(anonymized_telemetry=False)
        if settings.host:
            self._client = chromadb.HttpClient(
                host=settings.host, port=settings.port, ssl=settings.ssl, settings=client_settings
            )
            self.location = f"chroma server {settings.host}:{settings.port}"
        else:
            persist_dir.mkdir(parents=True, exist_ok=True)
            self._client = chromadb.PersistentClient(path=str(persist_dir), settings=client_settings)
            self.location = str(persist_dir)
        name = re.sub(r"[^a-zA-Z0-9._-]+", "-", f"{settings.collection_prefix}-{model_id}").strip("-._")
        self.collection_name = name
        self._collection = self._client.get_or_create_collection(
            name, embedding_function=None, configuration={"hnsw": {"space": "cosine"}}
        )

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

    def count(self) -> int:
        return self._collection.count()
