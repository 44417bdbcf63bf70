"""File to committed document: read, describe, chunk, embed, store, one file at a time.

Each file is all-or-nothing. Everything that can fail (reading, parsing, embedding) happens before
the store is touched; vectors are then written under a new version id, the catalog commits that
version in one transaction, and only then are the old version's vectors deleted. A failure leaves
the store as it was and the next file goes on.

Every change (ingest, forget, marking) runs inside :meth:`Ingestor.writing`: the data folder's
``WriteLock`` held, this process's Chroma handle re-read if another process wrote since, the dirty
marker (who is writing: pid, host) set for the run. Only there is a dead run's leftover removed
(:meth:`Ingestor.recover`): holding the lock proves no other writer is alive.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import re
import socket
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

from tqdm import tqdm

from assistant.components.catalog import (
    Catalog,
    LibraryBusy,
    WriteLock,
    passage_text,
    process_alive,
    stricter,
    this_process,
)
from assistant.components.embedding import NamedEmbeddings
from assistant.components.vector_store import ChromaVectorStore, chunk_metadata
from assistant.ingest import metadata as md
from assistant.ingest.chunking import chunk_blocks
from assistant.ingest.loaders import LOADERS, LoaderError, check_size, load_file
from assistant.ingest.removed import RemovedDocument, RemovedDocuments
from assistant.ingest.tables import header_fields
from assistant.records import Document, DocumentMeta, FileOutcome, IngestReport, Kind, Marking
from assistant.settings import IngestSettings

log = logging.getLogger(__name__)

# Bump when parsing or chunking changes: every document then re-ingests as a new version.
# 2: plan columns matched by meaning; unmapped cells kept. 3: encodings, long text split.
# 4: plan headers read by their words; several actions in a cell one to a line; plans written as
# headings; one sheet per report; RAG fill colours; how each plan table was read kept in the metadata.
PIPELINE_VERSION = "6"
# Chunks embedded and written together: long batches keep the embedding model busy.
BATCH_CHUNKS = 512


class IngestError(ValueError):
    pass


def slugify(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-") or "document"


def expand_paths(
    paths: Iterable[Path], follow_symlinks: bool = False
) -> tuple[list[Path], list[FileOutcome]]:
    """Files named directly (any extension, so a wrong one is reported) and supported files in folders
    (hidden ones left out), each once however it was named; and the symbolic links skipped, with the
    reason, unless ``follow_symlinks``."""
    files: list[Path] = []
    skipped: list[FileOutcome] = []
    for path in paths:
        if path.is_symlink() and not follow_symlinks:
            skipped.append(_link_skipped(path))
        elif path.is_dir():
            files.extend(_walk(path, follow_symlinks, skipped))
        else:
            files.append(path)
    first: dict[str, Path] = {}  # each file once, as first named (a/x.txt and /abs/a/x.txt are one)
    for p in files:
        first.setdefault(str(p.resolve()), p)
    return list(first.values()), skipped


def _walk(root: Path, follow_symlinks: bool, skipped: list[FileOutcome]) -> list[Path]:
    found: list[Path] = []
    seen: set[str] = set()  # real folders visited: a link back up the tree is not walked twice
    for folder, dirs, names in os.walk(root, followlinks=follow_symlinks):
        real = os.path.realpath(folder)
        if real in seen:
            dirs[:] = []
            continue
        seen.add(real)
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for d in dirs if not follow_symlinks else ():
            if os.path.islink(os.path.join(folder, d)):
                skipped.append(_link_skipped(Path(folder, d)))
        for name in sorted(names):
            p = Path(folder, name)
            if name.startswith(".") or p.suffix.lower() not in LOADERS:
                continue
            if p.is_symlink() and not follow_symlinks:
                skipped.append(_link_skipped(p))
            elif p.is_file():
                found.append(p)
    return found


def _link_skipped(path: Path) -> FileOutcome:
    return FileOutcome(
        path=str(path),
        status="skipped",
        reason="a symbolic link, not followed (set PCC_INGEST__FOLLOW_SYMLINKS=true to read links)",
    )


def _plain_reason(exc: BaseException) -> str:
    """An unexpected error in words, without a server path or a traceback."""
    if isinstance(exc, MemoryError):
        return "not enough memory to read it; lower the PCC_INGEST__ limits or split the file"
    if isinstance(exc, RecursionError):
        return "nested too deeply to read (not an ordinary document)"
    if isinstance(exc, OSError):
        return f"cannot read the file: {exc.strerror or type(exc).__name__}"
    return f"could not read it ({type(exc).__name__}: {exc})"


class Ingestor:
    def __init__(
        self,
        settings: IngestSettings,
        catalog: Catalog,
        vectors: ChromaVectorStore,
        embeddings: NamedEmbeddings,
        default_office: str,
        force_words: tuple[str, ...] = (),
        own_names: tuple[str, ...] = (),
        dirty_marker: Path | None = None,
        lock: WriteLock | None = None,
    ):
        self.settings = settings
        self.catalog = catalog
        self.vectors = vectors
        self.embeddings = embeddings
        self.default_office = default_office
        self.own_names = own_names  # the commissioner's name, the office's name: a letter naming them is ours
        self.force_words = force_words  # e.g. ("Fenmoor Police",): a title naming the force is force-specific
        self.dirty_marker = (
            dirty_marker  # exists while a run is in progress: found at start = it was interrupted
        )
        self.lock = lock  # one writer at a time across processes (None: a test's private store)

    @contextmanager
    def writing(self, what: str, timeout_s: float | None = None) -> Iterator[None]:
        """Hold the library for one change: lock, fresh vector handle, recovery of a dead run.

        Waits for another writer (``timeout_s``, the setting by default), then raises ``LibraryBusy``."""
        if self.lock is None:
            yield
            return
        with self.lock.hold(what, timeout_s) as outermost:
            if not outermost:
                yield
                return
            if self.lock.changed_elsewhere:
                self.vectors.reopen()  # a stale handle would write its old index over theirs
            self.recover()
            yield
            self.vectors.generation = self.catalog.generation()

    def ingest(self, paths: Iterable[Path], kind: Kind | None = None, progress: bool = False) -> IngestReport:
        """Ingest files and folders. Each file is all-or-nothing; the run as a whole never stops early.

        Files are prepared one by one (read, parsed, chunked) and stored in batches, so the embedding
        model sees long batches rather than one short file at a time.
        """
        with self.writing("pcc-assistant ingest"):
            return self._ingest(paths, kind, progress)

    def _ingest(self, paths: Iterable[Path], kind: Kind | None, progress: bool) -> IngestReport:
        if self.lock is None:
            self.recover()
        files, skipped = expand_paths(paths, self.settings.follow_symlinks)
        outcomes: dict[int, FileOutcome] = {}
        batch: list[tuple[int, Document, bool]] = []
        pending_ids: dict[str, str] = {}  # doc id -> source path, for files prepared but not yet stored
        pending_hashes: dict[str, str] = {}  # content hash -> doc id
        self._mark_dirty(True, "ingest")
        bar = tqdm(total=len(files), desc="Ingesting", unit="file", disable=not progress or len(files) < 2)
        with bar:
            for index, path in enumerate(files):
                bar.set_postfix_str(path.name[:40], refresh=False)  # which file is being read
                try:
                    prepared = self.prepare(path, kind, pending_ids, pending_hashes)
                except (IngestError, LoaderError) as exc:
                    prepared = FileOutcome(path=str(path), status="failed", reason=str(exc))
                except Exception as exc:  # a bug or an unexpected library error: this file only
                    log.exception("ingest failed for %s", path)
                    prepared = FileOutcome(path=str(path), status="failed", reason=_plain_reason(exc))
                if isinstance(prepared, FileOutcome):
                    outcomes[index] = prepared
                else:
                    batch.append((index, *prepared))
                if sum(len(doc.chunks) for _, doc, _ in batch) >= BATCH_CHUNKS:
                    bar.set_postfix_str(f"embedding {sum(len(d.chunks) for _, d, _ in batch)} passages")
                    outcomes.update(self._store_batch(batch))
                    bar.update(len(batch))  # a file counts as done once stored: the ETA follows the embedding
                    batch.clear()
                if isinstance(prepared, FileOutcome):
                    bar.update()
            if batch:
                bar.set_postfix_str(f"embedding {sum(len(d.chunks) for _, d, _ in batch)} passages")
            outcomes.update(self._store_batch(batch))
            bar.update(len(batch))
        self._mark_dirty(False)
        return IngestReport(outcomes=[outcomes[i] for i in sorted(outcomes)] + skipped)

    def prepare(
        self, path: Path, kind: Kind | None, pending_ids: dict[str, str], pending_hashes: dict[str, str]
    ) -> FileOutcome | tuple[Document, bool]:
        """Everything that can fail for this file alone, before the store is touched."""
        if not path.exists():
            raise IngestError("file not found")
        if not path.is_file():
            raise IngestError("not a regular file")
        check_size(path.stat().st_size, self.settings)
        data = path.read_bytes()
        content_hash = hashlib.sha256(data).hexdigest()
        source = str(path.resolve())
        doc_id = self._doc_id(path, source, pending_ids)
        version = self._version(content_hash, kind)
        current = self.catalog.get(doc_id)
        if current and current.version == version:
            return FileOutcome(
                path=str(path),
                status="unchanged",
                doc_id=doc_id,
                n_chunks=current.n_chunks,
                kind=current.meta.kind,
                plan_tables=current.meta.plan_tables,
            )
        twin = self.catalog.find_by_hash(content_hash)
        twin_id = (
            twin.meta.doc_id
            if twin and Path(twin.meta.source_path).exists()
            else pending_hashes.get(content_hash)
        )
        if twin_id and twin_id != doc_id:
            where = twin.meta.source_path if twin and twin.meta.doc_id == twin_id else pending_ids[twin_id]
            return FileOutcome(
                path=str(path),
                status="duplicate",
                doc_id=twin_id,
                reason=f"same content as {twin_id} ({Path(where).name})",
            )
        document = self.build(path, data, doc_id, version, content_hash, kind)
        pending_ids[doc_id], pending_hashes[content_hash] = source, doc_id
        return document, current is not None

    def _store_batch(self, batch: list[tuple[int, Document, bool]]) -> dict[int, FileOutcome]:
        """Embed a batch in one go, write its vectors, then commit each document on its own."""
        if not batch:
            return {}
        docs = [doc for _, doc, _ in batch]
        ids = [c.chunk_id for doc in docs for c in doc.chunks]
        try:
            vectors = self.embeddings.embed_array(
                [passage_text(doc.meta, c.section, c.text) for doc in docs for c in doc.chunks]
            )
            self.vectors.add(
                ids,
                vectors,
                [chunk_metadata(doc.meta, c, doc.version) for doc in docs for c in doc.chunks],
                [c.text for doc in docs for c in doc.chunks],
            )
        except Exception as exc:
            log.exception("storing a batch failed")
            self._discard(ids)
            return {
                i: FileOutcome(
                    path=doc.meta.source_path,
                    status="failed",
                    reason=f"could not store: {type(exc).__name__}: {exc}",
                )
                for i, doc, _ in batch
            }
        outcomes = {}
        for index, doc, replacing in batch:
            try:
                self.catalog.commit(doc)  # the commit point: from here this version is the document
            except Exception as exc:
                self._discard([c.chunk_id for c in doc.chunks])
                outcomes[index] = FileOutcome(
                    path=doc.meta.source_path,
                    status="failed",
                    reason=f"could not store: {type(exc).__name__}: {exc}",
                )
                continue
            if replacing:
                self.vectors.delete_document(doc.meta.doc_id, keep_version=doc.version)
            # A marking raised by hand survives a new version: the vectors' filter data must say so too.
            raised = {
                c.chunk_id: c.marking
                for c, new in zip(self.catalog.chunks(doc.meta.doc_id), doc.chunks, strict=False)
                if c.marking != new.marking
            }
            if raised:
                self.vectors.update_markings(raised)
            outcomes[index] = FileOutcome(
                path=doc.meta.source_path,
                status="replaced" if replacing else "ingested",
                doc_id=doc.meta.doc_id,
                n_chunks=len(doc.chunks),
                kind=doc.meta.kind,
                plan_tables=doc.meta.plan_tables,
            )
        return outcomes

    def _discard(self, ids: list[str]) -> None:
        """Remove uncommitted vectors now if possible (otherwise the next run's recovery does)."""
        try:
            self.vectors.delete_ids(ids)
        except Exception:
            log.warning("could not remove %d uncommitted vectors; the next ingest will", len(ids))

    def build(
        self, path: Path, data: bytes, doc_id: str, version: str, content_hash: str, kind: Kind | None = None
    ) -> Document:
        """Parse and describe a file without touching the store."""
        parsed = load_file(path, data, self.settings)
        header_block = next((b for b in parsed.blocks if b.kind == "header_table"), None)
        header = header_block.fields if header_block else None
        if header is None and parsed.declared.get("inspection_title"):
            header = header_fields([[k, v] for k, v in parsed.declared.items()])
        doc_kind: Kind = kind or md.infer_kind(parsed)
        stated = md.find_marking(parsed)
        default_marking = stated or (
            self.settings.default_action_plan_marking if doc_kind == "action_plan" else "OFFICIAL"
        )
        s = self.settings
        chunks = chunk_blocks(
            doc_id, version, parsed.blocks, default_marking, s.chunk_chars, s.max_chunk_chars
        )
        if not chunks:
            raise IngestError("no text found to ingest")
        marking = default_marking
        for chunk in chunks:
            marking = stricter(marking, chunk.marking)
        title = md.find_title(parsed, header)
        meta = DocumentMeta(
            doc_id=doc_id,
            kind=doc_kind,
            office=md.find_office(parsed, self.default_office, self.own_names),
            title=title,
            inspection_type=md.inspection_type(
                header, title, "\n".join(b.text for b in parsed.blocks[:40]), self.force_words
            ),
            published=md.find_published(parsed, header),
            doc_date=md.find_doc_date(parsed),
            recommendations_scope=md.recommendations_scope(header),
            marking=marking,
            source_path=str(path.resolve()),
            content_hash=content_hash,
            file_type=path.suffix.lower().lstrip("."),
            plan_tables=parsed.plan_tables,
        )
        return Document(meta=meta, version=version, chunks=chunks)

    def forget(self, doc_id: str, removed: RemovedDocuments | None = None, by: str = "") -> bool:
        """Take a document out of the library; with ``removed``, keep it there so it can be restored."""
        with self.writing(f"pcc-assistant forget {doc_id}"):
            committed = self.catalog.as_committed(doc_id)
            if committed is None:
                return False
            if removed is not None:
                removed.put(*committed, by=by)  # kept first: a crash after this loses nothing
            self._mark_dirty(True, "forget")
            self.catalog.remove(doc_id)
            self.vectors.delete_document(doc_id)
            self._mark_dirty(False)
        return True

    def restore(self, record: RemovedDocument) -> FileOutcome:
        """Put a removed document back as it was (its passages embedded again), with its raised marking."""
        doc = record.document
        with self.writing(f"pcc-assistant restore {doc.meta.doc_id}"):
            if self.catalog.get(doc.meta.doc_id) is not None:
                raise ValueError(
                    f"{doc.meta.doc_id} is in the library again (added since it was removed); "
                    "remove that copy first if you want the old one back"
                )
            if twin := self.catalog.find_by_hash(doc.meta.content_hash):
                raise ValueError(
                    f"the same file is in the library as {twin.meta.doc_id}; there is nothing to restore"
                )
            outcome = self._store_batch([(0, doc, False)])[0]
            if outcome.status != "failed" and record.marking_override:
                self.vectors.update_markings(
                    self.catalog.set_marking(doc.meta.doc_id, record.marking_override)
                )
        return outcome

    def set_marking(self, doc_id: str, marking: Marking | None) -> bool:
        """Raise (or restore) a document's marking in the catalog, then in the vectors' filter data."""
        with self.writing(f"pcc-assistant mark {doc_id}"):
            if self.catalog.get(doc_id) is None:
                return False
            self._mark_dirty(True, "mark")
            self.vectors.update_markings(self.catalog.set_marking(doc_id, marking))
            self._mark_dirty(False)
        return True

    def missing_vectors(self) -> int:
        """How many committed passages have no vector in this embedding model's store."""
        return len(set(self.catalog.chunk_markings()) - self.vectors.all_ids())

    def embed_missing(self, batch_size: int = 64, progress: bool = False) -> int:
        """Embed every committed passage that has no vector in this model's store: after the embedding
        model was changed, or the vector store was lost. The passages come from the catalog, so the
        source files are not needed. A run cut short leaves the rest for the next. Returns how many."""
        with self.writing("pcc-assistant reindex"):
            have = self.vectors.all_ids()
            versions = {d.meta.doc_id: d.version for d in self.catalog.documents()}
            todo = [(chunk, meta) for chunk, meta in self.catalog.passages() if chunk.chunk_id not in have]
            starts = range(0, len(todo), batch_size)
            for start in tqdm(starts, desc="embedding", unit="batch", disable=not progress):
                part = todo[start : start + batch_size]
                self.vectors.add(
                    [chunk.chunk_id for chunk, _ in part],
                    self.embeddings.embed_array([passage_text(m, c.section, c.text) for c, m in part]),
                    [chunk_metadata(m, c, versions[m.doc_id]) for c, m in part],
                    [chunk.text for chunk, _ in part],
                )
            if todo:
                self.catalog.touch()  # other processes re-read the store
        return len(todo)

    def recover_if_free(self) -> int:
        """On opening: if a run was interrupted and no writer is running now, clean up after it.
        Never waits and never touches anything while another process writes."""
        if self.dirty_marker is None or not self.dirty_marker.exists():
            return 0
        if self.lock is None:
            return self.recover()
        try:
            with self.writing("recovering an interrupted run", timeout_s=0):
                pass  # writing() recovers
        except LibraryBusy:
            return 0
        return 1

    def recover(self) -> int:
        """After an interrupted run (its marker is still there), remove what it left half done.

        Call only while holding the write lock (``writing`` does): then no other writer is alive, so
        the marker is a dead run's. A marker naming a live process on this host other than this one
        is left alone all the same (a lock that did not hold, e.g. on a network share)."""
        marker = self.dirty_marker
        if marker is None or not marker.exists():
            return 0
        owner = _read_marker(marker)
        pid, host = owner.get("pid"), owner.get("host")
        if (
            isinstance(pid, int)
            and host == socket.gethostname()
            and pid != os.getpid()
            and process_alive(pid)
        ):
            log.warning("an unfinished run of process %s is still alive: not recovering its work", pid)
            return 0
        removed = self.reconcile()
        marker.unlink(missing_ok=True)
        return removed

    def _mark_dirty(self, dirty: bool, what: str = "") -> None:
        if self.dirty_marker is None:
            return
        if dirty:
            self.dirty_marker.parent.mkdir(parents=True, exist_ok=True)
            self.dirty_marker.write_text(json.dumps(this_process(what)), encoding="utf-8")
        else:
            self.dirty_marker.unlink(missing_ok=True)

    def reconcile(self) -> int:
        """Delete vectors that no committed chunk refers to (left by a crash), and give the vectors the
        catalog's markings where a marking change was cut short. Returns how many vectors were deleted.

        Only under the write lock: another process's batch written but not yet committed is exactly
        such an unreferenced vector, and deleting it would leave that run's chunks without vectors."""
        stored = self.vectors.markings()
        committed = self.catalog.chunk_markings()
        stale = set(stored) - set(committed)
        if stale:
            log.info("removing %d vectors left by an interrupted ingest", len(stale))
            self.vectors.delete_ids(sorted(stale))
        drifted = {cid: m for cid, m in committed.items() if cid in stored and stored[cid] != m}
        if drifted:
            log.info("restoring the marking of %d vectors", len(drifted))
            self.vectors.update_markings(drifted)
        return len(stale)

    def _doc_id(self, path: Path, source: str, pending: dict[str, str]) -> str:
        """The file's name as an id; a different file with the same name (live, or earlier in this run)
        gets a suffix from its path, longer until no other file has it."""
        same_path = self.catalog.find_by_path(source)
        if same_path:
            return same_path.meta.doc_id
        base, digest = slugify(path.stem), hashlib.sha1(source.encode()).hexdigest()
        for doc_id in (base, f"{base}-{digest[:6]}", f"{base}-{digest[:12]}", f"{base}-{digest}"):
            if doc_id in pending:
                if pending[doc_id] == source:
                    return doc_id
                continue
            existing = self.catalog.get(doc_id)
            if existing is None or not Path(existing.meta.source_path).exists():
                return doc_id  # new, or the same document moved/renamed folder
        raise IngestError("no free document id for this file name")

    def _version(self, content_hash: str, kind: Kind | None) -> str:
        recipe = (
            f"{content_hash}|{PIPELINE_VERSION}|{self.embeddings.model_id}|{self.settings.chunk_chars}|"
            f"{self.settings.max_chunk_chars}|{kind}"
        )
        return hashlib.sha256(recipe.encode()).hexdigest()[:16]


def _read_marker(marker: Path) -> dict:
    """Who left the dirty marker (empty for an old empty marker or an unreadable one)."""
    try:
        owner = json.loads(marker.read_text(encoding="utf-8") or "{}")
    except (OSError, ValueError):
        return {}
    return owner if isinstance(owner, dict) else {}
