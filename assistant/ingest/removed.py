"""Documents removed from the library, kept for 30 days so that a removal can be undone.

A removed document leaves the catalog, the vectors and the search index at once (it is never found or
drafted from again); its passages, description and any marking raised by hand are kept here, one JSON
file per document, until they are restored or purged. A file holding OFFICIAL-SENSITIVE passages says
so in its name and its first field. Purged: after ``KEEP_DAYS``, or at once by command.
"""

from __future__ import annotations

import json
import os
import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

from pydantic import BaseModel

from assistant.records import Document, Marking

KEEP_DAYS = 30


class RemovedDocument(BaseModel):
    protective_marking: str  # "OFFICIAL-SENSITIVE" when any passage is; first, so a reader sees it
    removed_at: datetime
    removed_by: str = ""
    marking_override: Marking | None = None
    document: Document

    @property
    def doc_id(self) -> str:
        return self.document.meta.doc_id

    @property
    def title(self) -> str:
        return self.document.meta.title or Path(self.document.meta.source_path).name

    @property
    def purge_on(self) -> datetime:
        return self.removed_at + timedelta(days=KEEP_DAYS)


class RemovedDocuments:
    def __init__(self, folder: Path):
        self.folder = folder

    def _paths(self, doc_id: str) -> list[Path]:
        return [p for p in self.folder.glob(f"{doc_id}*.json") if p.name.split(".")[0] == doc_id]

    def put(
        self, document: Document, override: Marking | None, by: str = "", now: datetime | None = None
    ) -> RemovedDocument:
        sensitive = any(c.marking == "OFFICIAL-SENSITIVE" for c in document.chunks) or (
            override == "OFFICIAL-SENSITIVE"
        )
        record = RemovedDocument(
            protective_marking="OFFICIAL-SENSITIVE" if sensitive else "OFFICIAL",
            removed_at=now or datetime.now(UTC),
            removed_by=by,
            marking_override=override,
            document=document,
        )
        self.folder.mkdir(parents=True, exist_ok=True)
        name = f"{record.doc_id}.OFFICIAL-SENSITIVE.json" if sensitive else f"{record.doc_id}.json"
        fd, tmp = tempfile.mkstemp(dir=self.folder, suffix=".tmp")
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            out.write(record.model_dump_json(indent=1))
        for old in self._paths(record.doc_id):  # removed twice (restored in between): the latest counts
            old.unlink()
        os.replace(tmp, self.folder / name)
        return record

    def get(self, doc_id: str) -> RemovedDocument | None:
        paths = self._paths(doc_id)
        return RemovedDocument.model_validate(json.loads(paths[0].read_text("utf-8"))) if paths else None

    def listed(self) -> list[RemovedDocument]:
        """Newest removal first."""
        if not self.folder.is_dir():
            return []
        records = [
            RemovedDocument.model_validate(json.loads(p.read_text("utf-8")))
            for p in self.folder.glob("*.json")
        ]
        return sorted(records, key=lambda r: r.removed_at, reverse=True)

    def drop(self, doc_id: str) -> bool:
        paths = self._paths(doc_id)
        for path in paths:
            path.unlink()
        return bool(paths)

    def purge(self, now: datetime | None = None, everything: bool = False) -> list[str]:
        """Delete for good what was removed more than ``KEEP_DAYS`` ago (or everything); the ids."""
        now = now or datetime.now(UTC)
        gone = [r.doc_id for r in self.listed() if everything or r.purge_on <= now]
        for doc_id in gone:
            self.drop(doc_id)
        return gone
