"""The catalog: a SQLite record of which version of each document is committed, and its chunks.

It is the commit point of ingestion. Vectors are written to Chroma first, then one SQLite
transaction makes the new version current; only then are old vectors deleted. A crash at any point
leaves at worst unreferenced vectors, which searches ignore (hits are resolved through the catalog)
and the next ingest removes. The BM25 index is rebuilt from here, stamped with the catalog's
generation, so the two cannot silently disagree.

It also holds the rule for several processes (the web app, a terminal ingest): :class:`WriteLock`, one
writer at a time on a data folder, and :class:`LibraryBusy`, the plain refusal when another holds it.
"""

from __future__ import annotations

import json
import logging
import os
import re
import socket
import sqlite3
import threading
import time
import uuid
from collections.abc import Callable, Iterable, Iterator
from contextlib import ExitStack, contextmanager, suppress
from datetime import UTC, datetime
from functools import lru_cache
from pathlib import Path

from filelock import FileLock, Timeout

from assistant.records import Chunk, Document, DocumentMeta, Marking, StoredDocument

SCHEMA = """
CREATE TABLE IF NOT EXISTS documents (
    doc_id TEXT PRIMARY KEY,
    version TEXT NOT NULL,
    content_hash TEXT NOT NULL,
    source_path TEXT NOT NULL,
    meta_json TEXT NOT NULL,
    marking_override TEXT,
    n_chunks INTEGER NOT NULL,
    ingested_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS documents_hash ON documents(content_hash);
CREATE TABLE IF NOT EXISTS chunks (
    chunk_id TEXT PRIMARY KEY,
    doc_id TEXT NOT NULL REFERENCES documents(doc_id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    section TEXT NOT NULL,
    text TEXT NOT NULL,
    file_marking TEXT NOT NULL,
    marking TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS chunks_doc ON chunks(doc_id, position);
CREATE TABLE IF NOT EXISTS state (key TEXT PRIMARY KEY, value TEXT NOT NULL);
"""

_RANK = {"OFFICIAL": 0, "OFFICIAL-SENSITIVE": 1}

log = logging.getLogger(__name__)

BEING_UPDATED = "The library is being updated by another process; try again in a moment."


try:  # the command line's "show this to the user" error: typer vendors click since 0.2x
    from typer._click.exceptions import ClickException as _ShownByCli
except ImportError:  # pragma: no cover - an older typer uses click itself
    from click import ClickException as _ShownByCli


class LibraryBusy(_ShownByCli, ValueError):
    """The library cannot answer or be changed right now (another process is writing to it).

    A ``ValueError`` so the web app shows its words as a user error; the CLI framework's
    ``ClickException`` so the command line prints them as a plain error box and exits 1, never a
    traceback, whichever command it comes from."""

    def __init__(self, message: str = BEING_UPDATED):
        super().__init__(message)


def process_alive(pid: int) -> bool:
    """Whether a process with this id runs on this machine (a zombie counts as gone)."""
    if pid <= 0:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    try:  # Linux: a killed child its parent has not reaped yet is a zombie, not a writer
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
        return state not in ("Z", "X")
    except (OSError, IndexError):
        return True


def this_process(what: str) -> dict:
    """Who is writing: recorded beside the lock (for a waiting writer's message) and in the dirty
    marker (so recovery can tell a dead run from a live one)."""
    return {
        "pid": os.getpid(),
        "host": socket.gethostname(),
        "what": what,
        "since": datetime.now(UTC).isoformat(timespec="seconds"),
    }


class WriteLock:
    """One writer at a time on a data folder, across processes and threads.

    An OS file lock (``filelock``: ``flock`` on Unix), released by the kernel when its process dies,
    so a killed writer never leaves it held. Every change to the library (ingest, upload, forget,
    marking, recovery, saving the BM25 index) happens inside :meth:`hold`; searches never take it.
    Re-entrant within a thread (an upload's ingest inside the upload). ``held_here`` says whether some
    thread of this process is writing: its own Chroma handle is then current by construction.
    """

    def __init__(
        self, data_dir: Path, timeout_s: float = 300.0, on_wait: Callable[[str], None] | None = None
    ):
        data_dir.mkdir(parents=True, exist_ok=True)
        self.path = data_dir / ".write.lock"
        self.owner_path = data_dir / ".write.owner"
        self.last_path = data_dir / ".write.last"  # a token each writer leaves as it starts
        self._last_token: str | None = None  # the token this process left last
        self.changed_elsewhere = True  # set on taking the lock: another process wrote since we did
        self.timeout_s = timeout_s
        self.on_wait = on_wait or (lambda message: log.warning("%s", message))
        self._lock = FileLock(self.path, thread_local=True)
        self._local = threading.local()
        self._count = 0
        self._count_lock = threading.Lock()

    @property
    def held_here(self) -> bool:
        return self._count > 0

    def owner(self) -> dict | None:
        try:
            return json.loads(self.owner_path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None

    def describe_owner(self) -> str:
        owner = self.owner()
        if not owner:
            return "another process is writing to the library"
        return (
            f"another process is writing to the library ({owner.get('what', 'a change')}, "
            f"process {owner.get('pid')} on {owner.get('host')}, since {owner.get('since')})"
        )

    @contextmanager
    def hold(self, what: str, timeout_s: float | None = None, vectors: bool = True) -> Iterator[bool]:
        """Hold the lock for one change; yields whether this is the outermost hold of this thread.

        Waits up to ``timeout_s`` (the setting by default) with a message, then refuses with
        :class:`LibraryBusy`; ``0`` refuses at once. ``vectors``: the change may touch the vector
        store, so a new token tells other writers to re-read it before they write."""
        depth = getattr(self._local, "depth", 0)
        if depth:
            self._local.depth = depth + 1
            try:
                yield False
            finally:
                self._local.depth -= 1
            return
        timeout = self.timeout_s if timeout_s is None else timeout_s
        try:
            self._lock.acquire(timeout=0)
        except Timeout:
            if timeout <= 0:
                raise LibraryBusy(
                    f"Not done: {self.describe_owner()}. Try again when it has finished."
                ) from None
            self.on_wait(f"Waiting up to {timeout:g} s: {self.describe_owner()}.")
            started = time.monotonic()
            try:
                self._lock.acquire(timeout=timeout)
            except Timeout:
                raise LibraryBusy(
                    f"Not done: {self.describe_owner()} and it did not finish within {timeout:g} s "
                    "(PCC_INGEST__WRITE_LOCK_TIMEOUT_S). Try again when it has finished."
                ) from None
            log.info("library lock acquired after %.1f s", time.monotonic() - started)
        self._local.depth = 1
        with self._count_lock:
            self._count += 1
        try:
            try:
                last = self.last_path.read_text(encoding="utf-8")
            except OSError:
                last = None
            self.changed_elsewhere = self._last_token is None or last != self._last_token
            if vectors:  # left at the start, so a writer killed mid-change has left it too
                token = uuid.uuid4().hex
                try:
                    self.last_path.write_text(token, encoding="utf-8")
                    self._last_token = token
                except OSError:
                    self._last_token = None
            with suppress(OSError):
                self.owner_path.write_text(json.dumps(this_process(what)), encoding="utf-8")
            yield True
        finally:
            self._local.depth = 0
            with self._count_lock:
                self._count -= 1
            with suppress(OSError):
                self.owner_path.unlink(missing_ok=True)
            self._lock.release()

    @contextmanager
    def if_free(self, what: str, vectors: bool = True) -> Iterator[bool]:
        """Hold the lock only if nobody else does (no waiting); yields whether it is held."""
        with ExitStack() as stack:
            try:
                stack.enter_context(self.hold(what, timeout_s=0, vectors=vectors))
                held = True
            except LibraryBusy:
                held = False
            yield held


def stricter(a: Marking, b: Marking | None) -> Marking:
    return a if b is None or _RANK[a] >= _RANK[b] else b


class Catalog:
    def __init__(self, path: Path):
        path.parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        self._lock = threading.RLock()
        self._db = sqlite3.connect(path, check_same_thread=False, isolation_level=None, timeout=30)
        self._db.row_factory = sqlite3.Row
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA foreign_keys=ON")
        self._db.execute("PRAGMA synchronous=NORMAL")
        self._db.executescript(SCHEMA)

    # -- reading ---------------------------------------------------------------------------------
    def generation(self) -> int:
        with self._lock:
            row = self._db.execute("SELECT value FROM state WHERE key='generation'").fetchone()
        return int(row["value"]) if row else 0

    def get(self, doc_id: str) -> StoredDocument | None:
        with self._lock:
            row = self._db.execute("SELECT * FROM documents WHERE doc_id=?", (doc_id,)).fetchone()
        return _stored(row) if row else None

    def find_by_hash(self, content_hash: str) -> StoredDocument | None:
        with self._lock:
            row = self._db.execute("SELECT * FROM documents WHERE content_hash=?", (content_hash,)).fetchone()
        return _stored(row) if row else None

    def find_by_path(self, source_path: str) -> StoredDocument | None:
        with self._lock:
            row = self._db.execute("SELECT * FROM documents WHERE source_path=?", (source_path,)).fetchone()
        return _stored(row) if row else None

    def documents(self) -> list[StoredDocument]:
        with self._lock:
            rows = self._db.execute("SELECT * FROM documents ORDER BY doc_id").fetchall()
        return [_stored(r) for r in rows]

    def chunks(self, doc_id: str) -> list[Chunk]:
        with self._lock:
            rows = self._db.execute(
                "SELECT * FROM chunks WHERE doc_id=? ORDER BY position", (doc_id,)
            ).fetchall()
        return [_chunk(r) for r in rows]

    def resolve(self, chunk_ids: Iterable[str]) -> dict[str, tuple[Chunk, DocumentMeta]]:
        """Committed chunks among these ids, with their document's metadata. Others are stale."""
        ids = list(dict.fromkeys(chunk_ids))
        if not ids:
            return {}
        out: dict[str, tuple[Chunk, DocumentMeta]] = {}
        metas: dict[str, DocumentMeta] = {}
        with self._lock:
            for start in range(0, len(ids), 500):
                part = ids[start : start + 500]
                rows = self._db.execute(
                    f"SELECT c.*, d.meta_json, d.marking_override FROM chunks c JOIN documents d USING(doc_id) "
                    f"WHERE c.chunk_id IN ({','.join('?' * len(part))})",
                    part,
                ).fetchall()
                for r in rows:
                    meta = metas.get(r["doc_id"]) or _meta(r["meta_json"], r["marking_override"])
                    metas[r["doc_id"]] = meta
                    out[r["chunk_id"]] = (_chunk(r), meta)
        return out

    def index_snapshot(self) -> tuple[int, list[tuple[str, str, dict]]]:
        """The generation and every committed chunk's index row, read in one transaction, so the rows
        are exactly those of that generation even while another process commits."""
        with self._lock:
            self._db.execute("BEGIN")
            try:
                generation = self.generation()
                rows = list(self.iter_index_rows())
            finally:
                self._db.execute("COMMIT")
        return generation, rows

    def chunk_markings(self) -> dict[str, str]:
        with self._lock:
            return {r[0]: r[1] for r in self._db.execute("SELECT chunk_id, marking FROM chunks")}

    def iter_index_rows(self) -> Iterator[tuple[str, str, dict]]:
        """(chunk id, text to index, filterable metadata and the document's title) for every committed
        chunk. The title is indexed apart, once per document, and weighted below the text
        (``LexicalIndex``), so a title word alone does not outrank a passage that discusses it."""
        for chunk, meta in self.passages():
            fields = {
                "kind": meta.kind,
                "inspection_type": meta.inspection_type or "",
                "marking": chunk.marking,
                "year": meta.year,
                "doc_id": meta.doc_id,
                "title": meta.title,
            }
            yield chunk.chunk_id, index_text(meta.title, chunk.section, chunk.text), fields

    def passages(
        self, kind: str | None = None, marking: str | None = None
    ) -> Iterator[tuple[Chunk, DocumentMeta]]:
        """Committed chunks with their document, optionally of one kind or effective marking."""
        sql = (
            "SELECT c.*, d.meta_json, d.marking_override FROM chunks c JOIN documents d USING(doc_id)"
            " WHERE (? IS NULL OR c.marking = ?) ORDER BY c.doc_id, c.position"
        )
        with self._lock:
            rows = self._db.execute(sql, (marking, marking)).fetchall()
        metas: dict[str, DocumentMeta] = {}
        for r in rows:
            meta = metas.get(r["doc_id"]) or _meta(r["meta_json"], r["marking_override"])
            metas[r["doc_id"]] = meta
            if kind is None or meta.kind == kind:
                yield _chunk(r), meta

    def all_chunk_ids(self) -> set[str]:
        with self._lock:
            return {r[0] for r in self._db.execute("SELECT chunk_id FROM chunks")}

    def chunk_count(self) -> int:
        with self._lock:
            return self._db.execute("SELECT COUNT(*) FROM chunks").fetchone()[0]

    def counts(self) -> dict[str, int]:
        with self._lock:
            rows = self._db.execute("SELECT meta_json FROM documents").fetchall()
            n_chunks = self._db.execute("SELECT COUNT(*) FROM chunks").fetchone()[0]
        counts: dict[str, int] = {"documents": len(rows), "chunks": n_chunks}
        for r in rows:
            kind = json.loads(r["meta_json"])["kind"]
            counts[kind] = counts.get(kind, 0) + 1
        return counts

    # -- writing ---------------------------------------------------------------------------------
    def commit(self, document: Document) -> None:
        """Make this version of the document current, replacing every chunk of the old one."""
        meta = document.meta
        now = datetime.now(UTC).isoformat(timespec="seconds")
        with self._lock:
            old = self._db.execute(
                "SELECT marking_override FROM documents WHERE doc_id=?", (meta.doc_id,)
            ).fetchone()
            override = old["marking_override"] if old else None
            self._db.execute("BEGIN IMMEDIATE")
            try:
                self._db.execute("DELETE FROM chunks WHERE doc_id=?", (meta.doc_id,))
                self._db.execute(
                    "INSERT OR REPLACE INTO documents VALUES (?,?,?,?,?,?,?,?)",
                    (
                        meta.doc_id,
                        document.version,
                        meta.content_hash,
                        meta.source_path,
                        meta.model_dump_json(),
                        override,
                        len(document.chunks),
                        now,
                    ),
                )
                self._db.executemany(
                    "INSERT INTO chunks VALUES (?,?,?,?,?,?,?)",
                    [
                        (
                            c.chunk_id,
                            c.doc_id,
                            c.position,
                            c.section,
                            c.text,
                            c.marking,
                            stricter(c.marking, override),
                        )
                        for c in document.chunks
                    ],
                )
                self._bump()
                self._db.execute("COMMIT")
            except BaseException:
                self._db.execute("ROLLBACK")
                raise

    def as_committed(self, doc_id: str) -> tuple[Document, Marking | None] | None:
        """The document as it was committed (the file's own markings) and any marking raised by hand."""
        with self._lock:
            row = self._db.execute("SELECT * FROM documents WHERE doc_id=?", (doc_id,)).fetchone()
            chunks = self._db.execute(
                "SELECT * FROM chunks WHERE doc_id=? ORDER BY position", (doc_id,)
            ).fetchall()
        if row is None:
            return None
        document = Document(
            meta=DocumentMeta.model_validate_json(row["meta_json"]),
            version=row["version"],
            chunks=[_chunk(c).model_copy(update={"marking": c["file_marking"]}) for c in chunks],
        )
        return document, row["marking_override"]

    def remove(self, doc_id: str) -> bool:
        with self._lock:
            self._db.execute("BEGIN IMMEDIATE")
            cur = self._db.execute("DELETE FROM documents WHERE doc_id=?", (doc_id,))
            if cur.rowcount:
                self._bump()
            self._db.execute("COMMIT")
            return bool(cur.rowcount)

    def set_marking(self, doc_id: str, marking: Marking | None) -> dict[str, Marking]:
        """Raise (or with None, restore) a document's marking; returns each chunk's new marking."""
        with self._lock:
            self._db.execute("BEGIN IMMEDIATE")
            try:
                self._db.execute("UPDATE documents SET marking_override=? WHERE doc_id=?", (marking, doc_id))
                rows = self._db.execute(
                    "SELECT chunk_id, file_marking FROM chunks WHERE doc_id=?", (doc_id,)
                ).fetchall()
                new = {r["chunk_id"]: stricter(r["file_marking"], marking) for r in rows}
                self._db.executemany(
                    "UPDATE chunks SET marking=? WHERE chunk_id=?", [(m, cid) for cid, m in new.items()]
                )
                self._bump()
                self._db.execute("COMMIT")
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
        return new

    def touch(self) -> None:
        """Move the generation on without changing a document, so other processes re-read the stores
        (after vectors were added for passages already committed, ``Ingestor.embed_missing``)."""
        with self._lock:
            self._db.execute("BEGIN IMMEDIATE")
            try:
                self._bump()
                self._db.execute("COMMIT")
            except BaseException:
                self._db.execute("ROLLBACK")
                raise

    def _bump(self) -> None:
        self._db.execute(
            "INSERT INTO state VALUES ('generation', '1') "
            "ON CONFLICT(key) DO UPDATE SET value = CAST(value AS INTEGER) + 1"
        )

    def close(self) -> None:
        with self._lock:
            self._db.close()


def passage_text(meta: DocumentMeta, section: str, text: str) -> str:
    """What is embedded: the passage with its document title and section as context."""
    head = ". ".join(p for p in (meta.title, section) if p)
    return f"{head}.\n{text}" if head else text


def index_text(title: str, section: str, text: str) -> str:
    """What BM25 indexes as a passage's text: its section heading and text, without the document's title
    (indexed apart, see ``iter_index_rows``), also where the text opens with it as a heading; or nothing
    for a passage that is only letterhead, an address block or a metadata header, which would otherwise
    match any query with "officers" in it. (Every passage keeps its vector, so the library's stores stay
    one to one; search drops such passages from the vector hits, ``HybridSearcher.search_chunks``.)"""
    if letterhead_only(text):
        return ""
    first, _, rest = text.strip().partition("\n")
    if title and _words(first) == _words(title):
        text = rest
    return f"{section}.\n{text}" if section else text


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", text.casefold())


_POSTCODE = re.compile(r"\b[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}\b")
_FURNITURE_LINE = re.compile(
    r"^(?:office of the police(?:,)? (?:fire )?and crime commissioner\b.*"
    r"|(?:statement|response|press statement)\b.{0,40}\bcommissioner for\b.*"
    r"|(?:the )?(?:rt hon )?(?:the )?(?:home secretary|secretary of state\b).*"
    r"|(?:dear|yours (?:sincerely|faithfully))\b.*"
    r"|(?:inspection(?: title)?|type of inspection|date(?: inspection)? published|(?:report |response )?published"
    r"(?: by hmicfrs)?|last updated|plan owner|(?:protective )?marking|classification|recommendations(?=:\s*[☐☒])"
    r"|meeting(?: date)?|report of|contact|(?:and )?to|from|date|subject|title|inspectorates?|author|reference"
    r"|version|agenda item)\s*:\s.{0,240}"  # "Published: 2022-09-22", "Plan owner: ...", "Inspection title: ..."
    r"|\d{1,2}(?:st|nd|rd|th)? [A-Z][a-z]+ \d{4}\.?)$",
    re.I,
)


@lru_cache(maxsize=8192)  # asked again for the same passages at every search
def letterhead_only(text: str) -> bool:
    """A passage with fewer than six words of its own once letterhead, addresses, salutations, dates and
    'Label: value' header lines are set aside."""
    kept = []
    for line in re.split(r"\n+", text.strip()):
        line = line.strip()
        if not line or _POSTCODE.search(line) or _FURNITURE_LINE.match(line):
            continue
        kept.append(line)
    return len(re.findall(r"[A-Za-z]{2,}", " ".join(kept))) < 6


def _meta(meta_json: str, override: str | None) -> DocumentMeta:
    meta = DocumentMeta.model_validate_json(meta_json)
    if override:
        meta.marking = stricter(meta.marking, override)
    return meta


def _stored(row: sqlite3.Row) -> StoredDocument:
    return StoredDocument(
        meta=_meta(row["meta_json"], row["marking_override"]),
        version=row["version"],
        n_chunks=row["n_chunks"],
        ingested_at=row["ingested_at"],
    )


def _chunk(row: sqlite3.Row) -> Chunk:
    return Chunk(
        chunk_id=row["chunk_id"],
        doc_id=row["doc_id"],
        position=row["position"],
        section=row["section"],
        text=row["text"],
        marking=row["marking"],
    )
