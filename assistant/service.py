"""The one service layer: the CLI and the web UI both call this and nothing below it.

Components (embedding model, catalog, vector store, BM25 index) are built from settings by
:meth:`Assistant.from_settings` or injected by tests; nothing is a module-level singleton.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property
from pathlib import Path

from assistant.components.catalog import Catalog
from assistant.components.embedding import NamedEmbeddings, build_embeddings
from assistant.components.lexical import LexicalIndex
from assistant.components.vector_store import ChromaVectorStore
from assistant.drafting.audit import AuditLog
from assistant.drafting.composer import Composer
from assistant.drafting.drafter import Drafter
from assistant.ingest.pipeline import Ingestor
from assistant.records import (
    Chunk,
    DocumentHit,
    IngestReport,
    Kind,
    Marking,
    SearchFilters,
    StoredDocument,
)
from assistant.search.hybrid import HybridSearcher, Mode
from assistant.settings import Settings

log = logging.getLogger(__name__)


class NotFound(LookupError):
    pass


@dataclass
class Assistant:
    settings: Settings
    embeddings: NamedEmbeddings
    catalog: Catalog
    vectors: ChromaVectorStore
    lexical: LexicalIndex
    clock: Callable[[], date] = field(default=date.today)

    @classmethod
    def from_settings(cls, settings: Settings | None = None) -> Assistant:
        settings = settings or Settings()
        settings.data_dir.mkdir(parents=True, exist_ok=True)
        api_key = settings.llm.api_key.get_secret_value() if settings.llm.api_key else None
        embeddings = build_embeddings(settings.embedding, api_key=api_key)
        catalog = Catalog(settings.catalog_path)
        vectors = ChromaVectorStore(settings.chroma, settings.chroma_path, embeddings.model_id)
        return cls(settings, embeddings, catalog, vectors, LexicalIndex(settings.lexical_dir, catalog))

    @property
    def ingestor(self) -> Ingestor:
        office = self.settings.office
        return Ingestor(
            self.settings.ingest,
            self.catalog,
            self.vectors,
            self.embeddings,
            office.area_name,
            force_words=(office.force_name, f"{office.area_name} Police", f"{office.area_name} Constabulary"),
        )

    @property
    def searcher(self) -> HybridSearcher:
        return HybridSearcher(self.catalog, self.vectors, self.lexical, self.embeddings)

    @cached_property
    def drafter(self) -> Drafter:
        engines: dict[str, Composer] = {"composer": Composer()}
        if self.settings.llm.configured:
            from assistant.drafting.llm import LLMEngine

            engines["llm"] = LLMEngine.from_settings(self.settings.llm)
        audit = AuditLog(self.settings.data_dir / "audit.sqlite3")
        return Drafter(self.settings, self.catalog, self.searcher, self.embeddings, audit, engines,
                       clock=self.clock)

    # -- library -----------------------------------------------------------------------------------
    def ingest(self, paths: Iterable[Path], kind: Kind | None = None, progress: bool = False) -> IngestReport:
        report = self.ingestor.ingest([Path(p) for p in paths], kind=kind, progress=progress)
        self.lexical.current()  # rebuild BM25 once per run, not per file
        return report

    def forget(self, doc_id: str) -> None:
        if not self.ingestor.forget(doc_id):
            raise NotFound(f"no document with id {doc_id!r} (see `pcc-assistant docs`)")

    def documents(self) -> list[StoredDocument]:
        return self.catalog.documents()

    def document(self, doc_id: str) -> tuple[StoredDocument, list[Chunk]]:
        stored = self.catalog.get(doc_id)
        if stored is None:
            raise NotFound(f"no document with id {doc_id!r} (see `pcc-assistant docs`)")
        return stored, self.catalog.chunks(doc_id)

    def set_marking(self, doc_id: str, marking: Marking | None) -> StoredDocument:
        """Raise a document to OFFICIAL-SENSITIVE (or, with None, back to what its file states)."""
        if self.catalog.get(doc_id) is None:
            raise NotFound(f"no document with id {doc_id!r}")
        self.vectors.update_markings(self.catalog.set_marking(doc_id, marking))
        return self.catalog.get(doc_id)

    # -- search ------------------------------------------------------------------------------------
    def search(
        self, query: str, filters: SearchFilters | None = None, limit: int = 10, mode: Mode = "hybrid"
    ) -> list[DocumentHit]:
        return self.searcher.search(query, filters, limit=limit, mode=mode)

    def status(self) -> dict:
        """What is running where. Never includes a secret."""
        llm = self.settings.llm
        return {
            "engine": "llm" if llm.configured else "composer (no language model configured)",
            "model": llm.model if llm.configured else None,
            "model_endpoint": (llm.azure_endpoint or llm.base_url or "api.openai.com")
            if llm.configured
            else None,
            "embedding_model": self.embeddings.model_id,
            "vector_store": f"{self.settings.chroma.mode}: {self.vectors.location}",
            "collection": self.vectors.collection_name,
            "data_dir": str(self.settings.data_dir),
            "counts": self.catalog.counts(),
        }

    def close(self) -> None:
        self.catalog.close()
