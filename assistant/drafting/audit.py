"""The audit log (SQLite): every draft version with what made it, and every action taken on it.

A version row keeps the whole draft (inputs, sources, engine, model, prompt versions, flags), so any
published letter can be traced back to what it was drafted from and who approved it.
"""

from __future__ import annotations

import json
import sqlite3
import threading
from datetime import UTC, datetime
from pathlib import Path

from assistant.drafting.records import Draft

SCHEMA = """
CREATE TABLE IF NOT EXISTS versions (
    draft_id TEXT NOT NULL,
    version INTEGER NOT NULL,
    created_at TEXT NOT NULL,
    user TEXT NOT NULL,
    engine TEXT NOT NULL,
    model TEXT,
    prompt_versions TEXT NOT NULL,
    source_ids TEXT NOT NULL,
    flags TEXT NOT NULL,
    instruction TEXT NOT NULL,
    title TEXT NOT NULL,
    draft_json TEXT NOT NULL,
    PRIMARY KEY (draft_id, version)
);
CREATE TABLE IF NOT EXISTS events (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    draft_id TEXT NOT NULL,
    version INTEGER,
    at TEXT NOT NULL,
    user TEXT NOT NULL,
    action TEXT NOT NULL,
    detail TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS events_draft ON events(draft_id, id);
"""


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


class AuditLog:
    def __init__(self, path: Path):
        path.parent.mkdir(parents=True, exist_ok=True)
        self._lock = threading.RLock()
        self._db = sqlite3.connect(path, check_same_thread=False, isolation_level=None, timeout=30)
        self._db.row_factory = sqlite3.Row
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.executescript(SCHEMA)

    def save_version(self, draft: Draft) -> None:
        source_ids = [s.chunk_id or f"{s.kind}:{s.sid}" for s in draft.sources]
        with self._lock:
            self._db.execute(
                "INSERT INTO versions VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
                (
                    draft.draft_id,
                    draft.version,
                    draft.created_at,
                    draft.user,
                    draft.engine,
                    draft.model,
                    json.dumps(draft.prompt_versions),
                    json.dumps(source_ids),
                    json.dumps([f.model_dump() for f in draft.flags]),
                    draft.instruction,
                    draft.inspection.title,
                    draft.model_dump_json(),
                ),
            )
        self.record(
            draft.draft_id,
            draft.version,
            draft.user,
            "draft" if draft.version == 1 else "revise",
            {"engine": draft.engine, "model": draft.model, "instruction": draft.instruction},
        )

    def record(self, draft_id: str, version: int | None, user: str, action: str, detail: dict) -> None:
        with self._lock:
            self._db.execute(
                "INSERT INTO events (draft_id, version, at, user, action, detail) VALUES (?,?,?,?,?,?)",
                (draft_id, version, now(), user, action, json.dumps(detail)),
            )

    def load(self, draft_id: str, version: int | None = None) -> Draft | None:
        sql = "SELECT draft_json FROM versions WHERE draft_id=?"
        args: tuple = (draft_id,)
        if version is not None:
            sql += " AND version=?"
            args += (version,)
        sql += " ORDER BY version DESC LIMIT 1"
        with self._lock:
            row = self._db.execute(sql, args).fetchone()
        return Draft.model_validate_json(row["draft_json"]) if row else None

    def versions(self, draft_id: str) -> list[dict]:
        with self._lock:
            rows = self._db.execute(
                "SELECT version, created_at, user, engine, model, instruction, flags FROM versions "
                "WHERE draft_id=? ORDER BY version",
                (draft_id,),
            ).fetchall()
        return [{**dict(r), "flags": len(json.loads(r["flags"]))} for r in rows]

    def events(self, draft_id: str) -> list[dict]:
        with self._lock:
            rows = self._db.execute(
                "SELECT * FROM events WHERE draft_id=? ORDER BY id", (draft_id,)
            ).fetchall()
        return [{**dict(r), "detail": json.loads(r["detail"])} for r in rows]

    def drafts(self) -> list[dict]:
        with self._lock:
            rows = self._db.execute(
                "SELECT draft_id, MAX(version) AS version, MIN(created_at) AS created_at, title FROM versions "
                "GROUP BY draft_id ORDER BY created_at DESC"
            ).fetchall()
        return [dict(r) for r in rows]

    def approval(self, draft_id: str) -> dict | None:
        with self._lock:
            row = self._db.execute(
                "SELECT * FROM events WHERE draft_id=? AND action='approve' ORDER BY id DESC LIMIT 1",
                (draft_id,),
            ).fetchone()
        return {**dict(row), "detail": json.loads(row["detail"])} if row else None

    def close(self) -> None:
        with self._lock:
            self._db.close()
