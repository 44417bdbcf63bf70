"""The audit log (SQLite): every draft version with what made it, and every action taken on it.

A version row keeps the whole draft (inputs, sources, engine, model, prompt versions, flags), so any
published letter can be traced back to what it was drafted from, who drafted each version and who
approved it.

**Who.** Every row names the person who did it: the signed-in user in the web app, the operating-system
account on the command line (:func:`os_user`). Callers pass it explicitly; nothing is global.

**One edit never lost.** A version number is taken inside one ``BEGIN IMMEDIATE`` transaction (SQLite's
write lock, shared by threads and processes), so two revisions saved at once become consecutive
versions. A caller that computed its edit on a base version passes ``expected``: if another version
landed meanwhile, :class:`VersionConflict` says so and nothing is written, and the caller applies its
edit again to the new latest version (``Drafter`` does).

**Tamper-evident.** Versions and events form one hash chain, in the order they were written (``seq``,
shared by both tables): each row's ``hash`` is sha256 of the previous row's hash followed by the
canonical JSON (sorted keys, no spaces, UTF-8) of the row itself (every column but ``hash``, plus the
table's name). Editing, deleting, inserting or reordering a row by hand breaks the chain at that row
(:meth:`AuditLog.verify` says where), unless whoever did it also rewrote every hash after it and the
chain's head; keep a copy of :meth:`AuditLog.head` elsewhere to rule that out too.

**Migration.** A database written before the chain existed is migrated when it is first opened: its
rows are chained once, in the order they were written (by time, a version before its own event),
and marked ``legacy = 1``, *from before the chain started* (``chain_started`` in ``chain_meta``).
From then on any change to them is detected too, but what they said before the migration cannot be
vouched for; :meth:`AuditLog.verify` reports how many such rows there are.
"""

from __future__ import annotations

import contextlib
import getpass
import hashlib
import json
import os
import sqlite3
import threading
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

from assistant.drafting.records import Draft

GENESIS = "0" * 64  # the "previous hash" of the first row in the chain

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
    seq INTEGER,
    prev_hash TEXT,
    hash TEXT,
    legacy INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (draft_id, version)
);
CREATE TABLE IF NOT EXISTS events (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    draft_id TEXT NOT NULL,
    version INTEGER,
    at TEXT NOT NULL,
    user TEXT NOT NULL,
    action TEXT NOT NULL,
    detail TEXT NOT NULL,
    seq INTEGER,
    prev_hash TEXT,
    hash TEXT,
    legacy INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX IF NOT EXISTS events_draft ON events(draft_id, id);
CREATE TABLE IF NOT EXISTS chain_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
"""
CHAIN_COLUMNS = (
    ("seq", "INTEGER"),
    ("prev_hash", "TEXT"),
    ("hash", "TEXT"),
    ("legacy", "INTEGER NOT NULL DEFAULT 0"),
)
VERSION_FIELDS = (
    "draft_id",
    "version",
    "created_at",
    "user",
    "engine",
    "model",
    "prompt_versions",
    "source_ids",
    "flags",
    "instruction",
    "title",
    "draft_json",
)
EVENT_FIELDS = ("draft_id", "version", "at", "user", "action", "detail")
FIELDS = {"versions": VERSION_FIELDS, "events": EVENT_FIELDS}


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def os_user() -> str:
    """The operating-system account running this process: who did it, on the command line."""
    try:
        return getpass.getuser()
    except Exception:  # no login name and no passwd entry (some containers)
        return f"uid-{os.getuid()}" if hasattr(os, "getuid") else "unknown"


def row_hash(prev_hash: str, table: str, record: dict) -> str:
    """sha256 of the previous hash and this row's canonical JSON (every column but ``hash``)."""
    canonical = json.dumps(
        {**record, "table": table}, sort_keys=True, separators=(",", ":"), ensure_ascii=False
    )
    return hashlib.sha256((prev_hash + canonical).encode("utf-8")).hexdigest()


class VersionConflict(RuntimeError):
    """Another version of the draft was saved after the one this edit was made on."""

    def __init__(self, draft_id: str, expected: int, latest: int):
        super().__init__(
            f"Draft {draft_id} changed while this edit was being made: it is now at version {latest}, "
            f"not {expected}."
        )
        self.draft_id, self.expected, self.latest = draft_id, expected, latest


class AuditLog:
    def __init__(self, path: Path):
        path.parent.mkdir(parents=True, exist_ok=True)
        self._lock = threading.RLock()
        self._db = sqlite3.connect(path, check_same_thread=False, isolation_level=None, timeout=30)
        self._db.row_factory = sqlite3.Row
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.executescript(SCHEMA)
        self._migrate()

    # -- writing ----------------------------------------------------------------------------------------
    @contextlib.contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        """One write transaction holding SQLite's write lock from the start (threads and processes)."""
        with self._lock:
            self._db.execute("BEGIN IMMEDIATE")
            try:
                yield self._db
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
            self._db.execute("COMMIT")

    def _meta(self, key: str) -> str | None:
        row = self._db.execute("SELECT value FROM chain_meta WHERE key=?", (key,)).fetchone()
        return row["value"] if row else None

    def _set_meta(self, **values) -> None:
        self._db.executemany(
            "INSERT INTO chain_meta (key, value) VALUES (?, ?) "
            "ON CONFLICT(key) DO UPDATE SET value=excluded.value",
            [(k, str(v)) for k, v in values.items()],
        )

    def _append(self, table: str, record: dict, legacy: int = 0, rowid: int | None = None) -> None:
        """Add a row at the head of the chain (inside a write transaction). ``rowid``: an existing
        row being chained by the migration."""
        seq = int(self._meta("head_seq") or 0) + 1
        prev = self._meta("head_hash") or GENESIS
        record = {**record, "seq": seq, "legacy": legacy}
        digest = row_hash(prev, table, {**record, "prev_hash": prev})
        if rowid is None:
            names = [*record, "prev_hash", "hash"]
            self._db.execute(
                f"INSERT INTO {table} ({', '.join(names)}) VALUES ({', '.join('?' * len(names))})",
                [*record.values(), prev, digest],
            )
        else:
            self._db.execute(
                f"UPDATE {table} SET seq=?, prev_hash=?, hash=?, legacy=? WHERE rowid=?",
                (seq, prev, digest, legacy, rowid),
            )
        self._set_meta(head_seq=seq, head_hash=digest)

    def _migrate(self) -> None:
        """Chain a database written before the chain existed (see the module's docstring)."""
        with self._write():
            for table in FIELDS:
                have = {r["name"] for r in self._db.execute(f"PRAGMA table_info({table})")}
                for name, kind in CHAIN_COLUMNS:
                    if name not in have:
                        self._db.execute(f"ALTER TABLE {table} ADD COLUMN {name} {kind}")
            if self._meta("chain_started") is None:
                old = [
                    (r["created_at"], 0, r["rid"], "versions", r)
                    for r in self._db.execute("SELECT rowid AS rid, * FROM versions WHERE hash IS NULL")
                ] + [
                    (r["at"], 1, r["rid"], "events", r)
                    for r in self._db.execute("SELECT rowid AS rid, * FROM events WHERE hash IS NULL")
                ]
                for _at, _order, rowid, table, row in sorted(old, key=lambda o: o[:3]):
                    self._append(table, {k: row[k] for k in FIELDS[table]}, legacy=1, rowid=rowid)
                self._set_meta(chain_started=now(), legacy_rows=len(old))
            for table in FIELDS:
                self._db.execute(f"CREATE UNIQUE INDEX IF NOT EXISTS {table}_seq ON {table}(seq)")

    def save_version(self, draft: Draft, expected: int | None = None) -> int:
        """Store the draft as its next version and record the event, in one transaction; returns (and
        sets ``draft.version`` to) the version number taken. ``expected``: the version the edit was
        made on (0 for a first draft); if another version has landed since, :class:`VersionConflict`
        is raised and nothing is written."""
        source_ids = [s.chunk_id or f"{s.kind}:{s.sid}" for s in draft.sources]
        with self._write() as db:
            row = db.execute(
                "SELECT MAX(version) FROM versions WHERE draft_id=?", (draft.draft_id,)
            ).fetchone()
            latest = row[0] or 0
            if expected is not None and latest != expected:
                raise VersionConflict(draft.draft_id, expected, latest)
            draft.version = latest + 1
            self._append(
                "versions",
                {
                    "draft_id": draft.draft_id,
                    "version": draft.version,
                    "created_at": draft.created_at,
                    "user": draft.user,
                    "engine": draft.engine,
                    "model": draft.model,
                    "prompt_versions": json.dumps(draft.prompt_versions),
                    "source_ids": json.dumps(source_ids),
                    "flags": json.dumps([f.model_dump() for f in draft.flags]),
                    "instruction": draft.instruction,
                    "title": draft.inspection.title,
                    "draft_json": draft.model_dump_json(),
                },
            )
            self._append(
                "events",
                self._event(
                    draft.draft_id,
                    draft.version,
                    draft.user,
                    "draft" if draft.version == 1 else "revise",
                    {"engine": draft.engine, "model": draft.model, "instruction": draft.instruction},
                ),
            )
        return draft.version

    @staticmethod
    def _event(draft_id: str, version: int | None, user: str, action: str, detail: dict) -> dict:
        return {
            "draft_id": draft_id,
            "version": version,
            "at": now(),
            "user": user,
            "action": action,
            "detail": json.dumps(detail),
        }

    def record(self, draft_id: str, version: int | None, user: str, action: str, detail: dict) -> None:
        with self._write():
            self._append("events", self._event(draft_id, version, user, action, detail))

    # -- reading ----------------------------------------------------------------------------------------
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

    def latest_version(self, draft_id: str) -> int:
        with self._lock:
            row = self._db.execute(
                "SELECT MAX(version) FROM versions WHERE draft_id=?", (draft_id,)
            ).fetchone()
        return row[0] or 0

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
                "SELECT id, draft_id, version, at, user, action, detail, seq, legacy FROM events "
                "WHERE draft_id=? ORDER BY id",
                (draft_id,),
            ).fetchall()
        return [{**dict(r), "detail": _loads(r["detail"])} for r in rows]

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
                "SELECT id, draft_id, version, at, user, action, detail FROM events "
                "WHERE draft_id=? AND action='approve' ORDER BY id DESC LIMIT 1",
                (draft_id,),
            ).fetchone()
        return {**dict(row), "detail": _loads(row["detail"])} if row else None

    # -- the chain ----------------------------------------------------------------------------------------
    def head(self) -> dict:
        """The chain's last position and hash (worth keeping elsewhere: see the module's docstring)."""
        with self._lock:
            return {"seq": int(self._meta("head_seq") or 0), "hash": self._meta("head_hash") or GENESIS}

    def verify(self, draft_id: str | None = None) -> dict:
        """Walk the chain and say whether it is intact, and where it breaks.

        Every row's place and link are checked (cheap); every row's content is hashed again when
        ``draft_id`` is None, else only that draft's rows (a history shows one draft). Each break
        names the row (table, draft, version or event) and what is wrong with it.
        """
        with self._lock:
            rows = [
                dict(r)
                for table in FIELDS
                for r in self._db.execute(
                    f"SELECT '{table}' AS tbl, rowid AS rid, seq, prev_hash, hash, legacy, draft_id, version"
                    + (", action, at AS at" if table == "events" else ", NULL AS action, created_at AS at")
                    + f" FROM {table}"
                )
            ]
            head = self.head()
            started, legacy_rows = self._meta("chain_started"), int(self._meta("legacy_rows") or 0)
            breaks: list[dict] = []
            unplaced = [r for r in rows if r["seq"] is None]
            for r in unplaced:
                breaks.append(_break(r, "it has no place in the chain: added outside the app"))
            chained = sorted((r for r in rows if r["seq"] is not None), key=lambda r: (r["seq"], r["tbl"]))
            prev, expected, checked = GENESIS, 1, 0
            for r in chained:
                if r["seq"] < expected:
                    breaks.append(_break(r, f"it repeats position {r['seq']} in the chain"))
                    continue
                if r["seq"] > expected:
                    missing = f"{expected}" if r["seq"] == expected + 1 else f"{expected}–{r['seq'] - 1}"
                    breaks.append(_break(r, f"the record(s) before it (position {missing}) were removed"))
                elif r["prev_hash"] != prev:
                    breaks.append(_break(r, "it does not follow the record before it (that one was altered)"))
                if draft_id is None or r["draft_id"] == draft_id:
                    checked += 1
                    if self._content_hash(r) != r["hash"]:
                        breaks.append(_break(r, "it was altered after it was recorded"))
                prev, expected = r["hash"], r["seq"] + 1
            last = chained[-1] if chained else None
            if last and head["seq"] > last["seq"]:
                breaks.append(
                    {
                        "seq": last["seq"] + 1,
                        "where": "the end of the log",
                        "draft_id": None,
                        "problem": f"the last {head['seq'] - last['seq']} record(s) were removed",
                    }
                )
            elif last and (head["seq"], head["hash"]) != (last["seq"], last["hash"]):
                breaks.append(_break(last, "it is not the head the log recorded (the chain was rewritten)"))
        return {
            "intact": not breaks,
            "records": len(rows),
            "content_checked": checked,
            "legacy": legacy_rows,
            "chain_started": started,
            "head": head,
            "breaks": sorted(breaks, key=lambda b: b["seq"] or 0),
        }

    def _content_hash(self, r: dict) -> str:
        table = r["tbl"]
        row = self._db.execute(f"SELECT * FROM {table} WHERE rowid=?", (r["rid"],)).fetchone()
        record = {k: row[k] for k in FIELDS[table]}
        return row_hash(
            row["prev_hash"] or "",
            table,
            {**record, "seq": row["seq"], "legacy": row["legacy"], "prev_hash": row["prev_hash"]},
        )

    def close(self) -> None:
        with self._lock:
            self._db.close()


def _loads(text: str):
    try:
        return json.loads(text)
    except (TypeError, ValueError):  # edited by hand: show it as it is
        return text


def _break(r: dict, problem: str) -> dict:
    if r["tbl"] == "versions":
        where = f"version {r['version']} of draft {r['draft_id']}"
    else:
        where = f"the ‘{r['action']}’ event on draft {r['draft_id']}" + (
            f" version {r['version']}" if r["version"] is not None else ""
        )
    return {"seq": r["seq"], "where": f"{where} ({r['at']})", "draft_id": r["draft_id"], "problem": problem}
