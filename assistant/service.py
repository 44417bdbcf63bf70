"""The one service layer: the CLI and the web UI both call this and nothing below it.

Components (embedding model, catalog, vector store, BM25 index) are built from settings by
:meth:`Assistant.from_settings` or injected by tests; nothing is a module-level singleton.
"""

from __future__ import annotations

import difflib
import hashlib
import logging
import shutil
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property
from pathlib import Path

from assistant.components.catalog import Catalog, WriteLock
from assistant.components.embedding import NamedEmbeddings, build_embeddings
from assistant.components.lexical import LexicalIndex
from assistant.components.vector_store import ChromaVectorStore
from assistant.drafting.approach import DraftingApproach
from assistant.drafting.audit import AuditLog
from assistant.drafting.composer import Composer
from assistant.drafting.drafter import Drafter
from assistant.drafting.export import Mode as ExportMode
from assistant.drafting.export import check_publishable, to_docx, to_markdown
from assistant.drafting.furniture import Furniture, choose_form, open_template
from assistant.drafting.inspection import (
    Inspection,
    dump_inspection,
    form_fields,
    inspection_from_form,
    load_inspection,
)
from assistant.drafting.realise import load_glossary
from assistant.drafting.records import Draft, ReviewDecision
from assistant.drafting.sources import LIBRARY_PREFIX, SourceError
from assistant.drafting.worklist import WorkItem, days_left, work_state
from assistant.ingest.loaders import LOADERS
from assistant.ingest.pipeline import Ingestor
from assistant.ingest.removed import RemovedDocument, RemovedDocuments
from assistant.intake.report import FORMATS as REPORT_FORMATS
from assistant.intake.report import ReportIntake, read_report
from assistant.intake.report import form_fields as report_form_fields
from assistant.records import (
    Chunk,
    DocumentHit,
    FileOutcome,
    IngestReport,
    Kind,
    Marking,
    SearchFilters,
    StoredDocument,
)
from assistant.search.expand import QueryExpander
from assistant.search.hybrid import VECTORS_MISSING, HybridSearcher, Mode
from assistant.settings import Settings

log = logging.getLogger(__name__)

# The files `intake` reads as a report (the rest of what the Draft tab takes is an inspection file).
REPORT_SUFFIXES: tuple[str, ...] = tuple(REPORT_FORMATS)


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

    def __post_init__(self) -> None:
        # One writer at a time on this data folder, across processes (the web app, a terminal ingest).
        self.write_lock = WriteLock(self.settings.data_dir, self.settings.ingest.write_lock_timeout_s)
        self.lexical.write_lock = self.write_lock
        # A run that was killed left its marker: clean up after it, but only if no writer is running
        # now (never waits; a live ingest's uncommitted batch is not ours to delete).
        self.ingestor.recover_if_free()
        self._vector_check: tuple[int | None, bool] = (None, False)

    @classmethod
    def from_settings(cls, settings: Settings | None = None) -> Assistant:
        settings = settings or Settings()
        settings.data_dir.mkdir(parents=True, exist_ok=True)
        api_key = settings.llm.api_key.get_secret_value() if settings.llm.api_key else None
        embeddings = build_embeddings(settings.embedding, api_key=api_key)
        catalog = Catalog(settings.catalog_path)
        generation = catalog.generation()  # read before the store: the store is at least this recent
        vectors = ChromaVectorStore(settings.chroma, settings.chroma_path, embeddings.model_id)
        vectors.generation = generation
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
            own_names=(office.pcc_name, office.office_name),
            dirty_marker=self.settings.data_dir / ".ingest-in-progress",
            lock=self.write_lock,
        )

    @property
    def searcher(self) -> HybridSearcher:
        return HybridSearcher(
            self.catalog,
            self.vectors,
            self.lexical,
            self.embeddings,
            write_lock=self.write_lock,
            expander=self.expander,
            lexical_weight=self.settings.embedding.lexical_weight,
        )

    @cached_property
    def expander(self) -> QueryExpander:
        """The office's glossary for search: the same file the composer writes abbreviations out from."""
        return QueryExpander(load_glossary(self.settings.drafting.glossary))

    @cached_property
    def drafter(self) -> Drafter:
        engines: dict[str, DraftingApproach] = {"composer": Composer()}
        if self.settings.llm.configured:
            from assistant.drafting.exemplars import ExemplarFinder
            from assistant.drafting.llm import LLMEngine

            engines["llm"] = LLMEngine.from_settings(self.settings.llm, ExemplarFinder(self.searcher))
        audit = AuditLog(self.settings.data_dir / "audit.sqlite3")
        return Drafter(
            self.settings, self.catalog, self.searcher, self.embeddings, audit, engines, clock=self.clock
        )

    # -- library -----------------------------------------------------------------------------------
    # Every change holds the data folder's write lock (``WriteLock``): a second writer waits up to
    # PCC_INGEST__WRITE_LOCK_TIMEOUT_S, then is refused with ``LibraryBusy`` (plain words).
    def ingest(self, paths: Iterable[Path], kind: Kind | None = None, progress: bool = False) -> IngestReport:
        ingestor = self.ingestor
        with ingestor.writing("pcc-assistant ingest"):
            report = ingestor.ingest([Path(p) for p in paths], kind=kind, progress=progress)
            self.lexical.current()  # rebuild BM25 once per run, not per file, and save it under the lock
        return report

    def reindex(self, progress: bool = False) -> int:
        """Embed every passage the current embedding model has no vector for (after the model was
        changed in settings); returns how many were embedded."""
        return self.ingestor.embed_missing(progress=progress)

    @cached_property
    def removed(self) -> RemovedDocuments:
        return RemovedDocuments(self.settings.removed_dir)

    def forget(self, doc_id: str, by: str = "") -> RemovedDocument:
        """Take a document out of the library; it can be restored for 30 days (``restore``)."""
        ingestor = self.ingestor
        with ingestor.writing(f"pcc-assistant forget {doc_id}"):
            self.removed.purge()
            if not ingestor.forget(doc_id, self.removed, by=by):
                raise NotFound(f"no document with id {doc_id!r} (see `pcc-assistant docs`)")
            self.lexical.current()
        record = self.removed.get(doc_id)
        assert record is not None
        return record

    def removed_documents(self) -> list[RemovedDocument]:
        """What was removed in the last 30 days, newest first (older removals are purged now)."""
        self.removed.purge()
        return self.removed.listed()

    def restore(self, doc_id: str) -> StoredDocument:
        """Put a removed document back into the library as it was."""
        record = self.removed.get(doc_id)
        if record is None:
            raise NotFound(
                f"no removed document with id {doc_id!r}: it was restored, purged, or never removed "
                "(see `pcc-assistant removed`)"
            )
        ingestor = self.ingestor
        with ingestor.writing(f"pcc-assistant restore {doc_id}"):
            outcome = ingestor.restore(record)
            if outcome.status == "failed":
                raise ValueError(f"could not restore {doc_id}: {outcome.reason}")
            self.lexical.current()
            self.removed.drop(doc_id)
        stored = self.catalog.get(doc_id)
        assert stored is not None
        return stored

    def purge(self, doc_id: str | None = None) -> list[str]:
        """Delete removed documents for good: one, or with no id every one (not only the expired)."""
        if doc_id is None:
            return self.removed.purge(everything=True)
        if not self.removed.drop(doc_id):
            raise NotFound(f"no removed document with id {doc_id!r} (see `pcc-assistant removed`)")
        return [doc_id]

    def documents(self) -> list[StoredDocument]:
        return self.catalog.documents()

    def document(self, doc_id: str) -> tuple[StoredDocument, list[Chunk]]:
        stored = self.catalog.get(doc_id)
        if stored is None:
            raise NotFound(f"no document with id {doc_id!r} (see `pcc-assistant docs`)")
        return stored, self.catalog.chunks(doc_id)

    def set_marking(self, doc_id: str, marking: Marking | None) -> StoredDocument:
        """Raise a document to OFFICIAL-SENSITIVE (or, with None, back to what its file states)."""
        ingestor = self.ingestor
        with ingestor.writing(f"pcc-assistant mark {doc_id}"):
            if not ingestor.set_marking(doc_id, marking):
                raise NotFound(f"no document with id {doc_id!r}")
            self.lexical.current()
        return self.catalog.get(doc_id)

    # -- search ------------------------------------------------------------------------------------
    def search(
        self, query: str, filters: SearchFilters | None = None, limit: int = 10, mode: Mode = "hybrid"
    ) -> list[DocumentHit]:
        results = self.searcher.search(query, filters, limit=limit, mode=mode, relevant_only=True)
        if mode != "lexical" and self._vectors_missing():
            results.note = " ".join(filter(None, [VECTORS_MISSING, results.note]))
        return results

    def _vectors_missing(self) -> bool:
        """Whether some committed passages have no vector for this embedding model: read once for each
        generation of the library. (Another process's ingest writes vectors before it commits, and a
        removal deletes them after, so fewer vectors than passages means missing, never in flight.)"""
        generation = self.catalog.generation()
        if self._vector_check[0] != generation:
            self._vector_check = (generation, self.vectors.count() < self.catalog.chunk_count())
        return self._vector_check[1]

    # -- drafting ----------------------------------------------------------------------------------
    def row_matches(self, inspection: Path | Inspection) -> list:
        """Which action-plan row answers which recommendation or area for improvement, how it was matched
        (reference, meaning, assigned), and the rows left over, before anything is drafted. A person
        corrects a match with the inspection's ``assign:`` (row -> id, or none)."""
        base_dir = None
        if isinstance(inspection, Path | str):
            base_dir = Path(inspection).resolve().parent
            inspection = load_inspection(Path(inspection))
        return self.drafter.row_matches(inspection, base_dir)

    def draft(
        self,
        inspection: Path | Inspection,
        engine: str | None = None,
        on_token=None,
        resume: str | None = None,
        user: str | None = None,
    ) -> Draft:
        """Draft a response; with no engine named, the model if one is configured, else the composer.
        ``user``: who is drafting (the signed-in user in the web app); default the OS account."""
        base_dir = None
        if isinstance(inspection, Path | str):
            base_dir = Path(inspection).resolve().parent
            inspection = load_inspection(Path(inspection))
        engine = engine or ("llm" if self.settings.llm.configured else "composer")
        return self.drafter.draft(inspection, engine, base_dir, on_token, resume, user=user)

    def resume_draft(
        self, draft_id: str, engine: str | None = None, on_token=None, user: str | None = None
    ) -> Draft:
        return self.drafter.resume(draft_id, engine, on_token, user=user)

    def revise(
        self,
        draft_id: str,
        instruction: str,
        engine: str | None = None,
        on_token=None,
        user: str | None = None,
    ) -> Draft:
        """A new version from an instruction, saved as ``user`` (default the OS account). Revisions made
        at the same time land as consecutive versions, each applied to the one before it."""
        return self.drafter.revise(draft_id, instruction, engine, on_token, user=user)

    def edit_section(self, draft_id: str, number: int, text: str, user: str | None = None) -> Draft:
        """A person's wording for one section (numbered from 1, as shown), saved as the next version."""
        return self.drafter.edit_section(draft_id, number, text, user)

    def compare(self, draft_id: str, a: int, b: int) -> str:
        """The changes between any two versions of a draft, as a unified diff of the letter's text."""
        office = self.settings.office
        texts = [to_markdown(self.drafter.load(draft_id, v), office, "publication") for v in (a, b)]
        return "".join(
            difflib.unified_diff(texts[0].splitlines(True), texts[1].splitlines(True), f"v{a}", f"v{b}", n=1)
        )

    def get_draft(self, draft_id: str, version: int | None = None) -> Draft:
        return self.drafter.load(draft_id, version)

    def export(
        self,
        draft_id: str,
        out: Path,
        mode: ExportMode = "internal",
        override_reason: str | None = None,
        version: int | None = None,
        user: str | None = None,
        *,
        letter_date: date | None = None,
        include_sensitive: bool = False,
    ) -> Path:
        """Write the draft as .docx or .md, in the letter form the settings give (``letter.form``),
        dated ``letter_date`` (default today). A publication export with blocking flags needs a reason.
        A review copy withholds OFFICIAL-SENSITIVE source passages unless ``include_sensitive``.
        Recorded as done by ``user`` (default the OS account)."""
        user = user or self.drafter.user
        out = Path(out)
        if out.suffix.lower() not in (".docx", ".md"):
            raise ValueError(f"{out}: export to a .docx or .md file")
        if include_sensitive and mode == "publication":
            raise ValueError("include_sensitive is for review copies: a publication export holds no sources")
        furniture = self.letter_furniture(letter_date)
        if furniture.template and out.suffix.lower() == ".docx":
            open_template(furniture.template)  # a bad template refuses before anything is recorded
        draft = (
            self._gated(draft_id, version, "publication export", override_reason, user)
            if mode == "publication"
            else (self.drafter.load(draft_id, version))
        )
        office = self.settings.office
        if out.suffix.lower() == ".docx":
            to_docx(draft, office, out, mode, furniture, include_sensitive)
        else:
            out.parent.mkdir(parents=True, exist_ok=True)
            out.write_text(to_markdown(draft, office, mode, furniture, include_sensitive), encoding="utf-8")
        detail = {"path": str(out), "mode": mode, "form": furniture.form, "date": str(furniture.letter_date)}
        if include_sensitive:
            detail["include_sensitive"] = True
        self.drafter.audit.record(draft_id, draft.version, user, "export", detail)
        return out

    def letter_furniture(self, letter_date: date | None = None) -> Furniture:
        """The letter's form (``auto``: chosen from the office's own past letters), date (default
        today), addressee and Word template, from the ``letter`` settings."""
        letter = self.settings.letter
        form = choose_form(self._past_letter_openings()) if letter.form == "auto" else letter.form
        return Furniture(
            form=form,
            letter_date=letter_date or self.clock(),
            home_secretary_name=letter.home_secretary_name,
            template=letter.template,
        )

    def _past_letter_openings(self, chunks: int = 4) -> list[str]:
        """The opening passages of this office's past responses in the library (enough to see their form)."""
        office = self.settings.office.area_name
        return [
            "\n".join(c.text for c in self.catalog.chunks(d.meta.doc_id)[:chunks])
            for d in self.catalog.documents()
            if d.meta.kind == "response" and d.meta.office == office
        ]

    def _gated(
        self,
        draft_id: str,
        version: int | None,
        action: str,
        override_reason: str | None,
        user: str | None = None,
    ) -> Draft:
        """The draft, re-checked against the library as it is now (a marking raised since it was drafted
        counts), refused while an error-level flag stands unless a person overrides with a reason; the
        override is recorded with who (``user``, default the OS account) and when."""
        draft = self.drafter.check(self.drafter.load(draft_id, version))
        check_publishable(draft, override_reason, action)
        if draft.publication_blockers:
            self.drafter.audit.record(
                draft_id,
                draft.version,
                user or self.drafter.user,
                "override",
                {
                    "action": action,
                    "reason": override_reason,
                    "flags": [f.model_dump() for f in draft.publication_blockers],
                },
            )
        return draft

    def approve(
        self,
        draft_id: str,
        approver: str | None = None,
        version: int | None = None,
        override_reason: str | None = None,
        user: str | None = None,
    ) -> dict:
        """Record an approval; refused while a blocking flag stands, unless overridden with a reason.

        The approver is ``user``, the person signed in (the web app's signed-in user; default the OS
        account). A typed ``approver`` name (the command line's ``--approver``, or the web app without
        sign-in) is recorded as typed: the event names the approver and its detail says the name was
        typed and by which account it was entered. The web app with sign-in never passes one.
        """
        user = user or self.drafter.user
        typed = (approver or "").strip() if approver is not None else None
        if typed is not None and not typed:
            raise ValueError("the approver's name is required")
        draft = self._gated(draft_id, version, "approval", override_reason, user)
        if typed:
            name, detail = typed, {"approver": typed, "typed": True, "entered_by": user}
        else:
            name, detail = user, {"approver": user, "typed": False}
        self.drafter.audit.record(draft_id, draft.version, name, "approve", detail)
        return self.drafter.audit.approval(draft_id)

    def history(self, draft_id: str) -> dict:
        """Versions, what made each, the events on the draft, the text changes between versions, and
        whether the audit log's hash chain is intact (``chain``: ``intact``, and each break with where
        it is; this draft's rows are hashed again, every other row's place and link are checked)."""
        audit = self.drafter.audit
        versions = audit.versions(draft_id)
        if not versions:
            raise NotFound(f"no draft {draft_id!r}")
        office = self.settings.office
        texts = [to_markdown(audit.load(draft_id, v["version"]), office, "publication") for v in versions]
        diffs = [
            "".join(difflib.unified_diff(a.splitlines(True), b.splitlines(True), f"v{i + 1}", f"v{i + 2}"))
            for i, (a, b) in enumerate(zip(texts, texts[1:], strict=False))
        ]
        return {
            "draft_id": draft_id,
            "versions": versions,
            "diffs": diffs,
            "events": audit.events(draft_id),
            "chain": audit.verify(draft_id),
        }

    def audit_check(self) -> dict:
        """The whole audit log's hash chain, every row hashed again (see ``AuditLog.verify``)."""
        return self.drafter.audit.verify()

    def drafts(self) -> list[dict]:
        return self.drafter.audit.drafts()

    def worklist(self, today: date | None = None) -> list[WorkItem]:
        """Every response being written: due date, days left and state, the soonest due first."""
        today = today or self.clock()
        items = [self._work_item(row["draft_id"], today) for row in self.drafter.audit.drafts()]
        return sorted(items, key=lambda i: (i.state == "published", i.due_date))

    def _work_item(self, draft_id: str, today: date) -> WorkItem:
        audit, draft = self.drafter.audit, self.drafter.load(draft_id)
        return WorkItem(
            draft_id=draft.draft_id,
            title=draft.inspection.title,
            published=draft.inspection.published,
            due_date=draft.due_date,
            days_left=days_left(draft.due_date, today),
            state=work_state(audit.versions(draft_id), audit.events(draft_id)),
            version=draft.version,
            updated_at=draft.created_at,
        )

    def mark_published(
        self, draft_id: str, user: str | None = None, on: date | None = None, where: str = ""
    ) -> WorkItem:
        """Record that the response was published (on a day, at an address): the last state."""
        audit = self.drafter.audit
        draft = self.drafter.load(draft_id)
        state = work_state(audit.versions(draft_id), audit.events(draft_id))
        if state not in ("approved", "exported"):
            raise ValueError(
                f"{draft_id} is {state}: approve the letter (Review tab) before recording it as published"
            )
        detail = {"on": str(on or self.clock()), "where": where}
        audit.record(draft_id, draft.version, user or self.drafter.user, "publish", detail)
        return self._work_item(draft_id, self.clock())

    # -- what the web app needs besides the above -------------------------------------------------------
    def draft_from_form(
        self,
        engine: str | None = None,
        on_token=None,
        library_only: bool = False,
        user: str | None = None,
        **fields,
    ) -> Draft:
        """Draft from the web form's fields (see ``inspection_from_form``).

        ``library_only`` (the web app): every action-plan note must be a library pick
        (``library:<doc_id>``); anything else, a server path included, is refused with the same answer
        whether or not such a file exists, and nothing is read from disk for it.
        """
        inspection = self._form_inspection(fields, library_only)
        return self.draft(inspection, engine, on_token, user=user)

    def matches_from_form(self, library_only: bool = False, **fields) -> list:
        """Which row of the chosen action plans answers which recommendation of the form's inspection,
        before drafting, for a person to correct (see ``row_matches``)."""
        return self.row_matches(self._form_inspection(fields, library_only))

    def _form_inspection(self, fields: dict, library_only: bool) -> Inspection:
        if library_only:
            for note in fields.get("action_plan_notes") or []:
                if self._library_note(note) != note:
                    raise SourceError(  # the same words whatever the note was: nothing to learn from
                        "An action plan in the list is not in the library. Pick plans from the list; "
                        "add a new plan's file in the Library tab first."
                    )
        return inspection_from_form(force_name=self.settings.office.force_name, **fields)

    def _library_note(self, note: str) -> str | None:
        """``library:<doc_id>`` for a note naming a library document, by id or by its file's name; never
        looks at the disk."""
        note = str(note).strip()
        if note.startswith(LIBRARY_PREFIX):
            stored = self.catalog.get(note.removeprefix(LIBRARY_PREFIX))
            return f"{LIBRARY_PREFIX}{stored.meta.doc_id}" if stored else None
        name = note.replace("\\", "/").rsplit("/", 1)[-1]
        stored = next(
            (d for d in self.catalog.documents() if name and Path(d.meta.source_path).name == name), None
        )
        return f"{LIBRARY_PREFIX}{stored.meta.doc_id}" if stored else None

    def review(self, draft_id: str, decisions: list[ReviewDecision], user: str | None = None) -> Draft:
        """Staff decisions on sentences, saved as the next version by ``user`` (default the OS account)."""
        return self.drafter.review(draft_id, decisions, user=user)

    def upload(self, files: Iterable[Path], progress: bool = False) -> IngestReport:
        """Files sent through the web app: checked, kept under the data folder, then ingested.

        Each file is judged alone: a refused one is reported and the rest go on.
        """
        with self.ingestor.writing("upload in the web app"):  # the name check and copy too
            return self._upload(files, progress)

    def _upload(self, files: Iterable[Path], progress: bool) -> IngestReport:
        limit = self.settings.ui.max_upload_mb
        self.settings.upload_dir.mkdir(parents=True, exist_ok=True)
        kept, refused, renamed = [], [], {}
        for file in files:
            file = Path(file)
            name = Path(file.name).name  # never a path from the browser
            if file.suffix.lower() not in LOADERS:
                refused.append(
                    FileOutcome(
                        path=name,
                        status="failed",
                        reason=f"file type {file.suffix or '(none)'!r} "
                        f"is not accepted; use {', '.join(sorted(LOADERS))}",
                    )
                )
            elif file.stat().st_size > limit * 1e6:
                refused.append(
                    FileOutcome(
                        path=name,
                        status="failed",
                        reason=f"too large ({file.stat().st_size / 1e6:.1f} MB; the limit is {limit:g} MB)",
                    )
                )
            else:
                # Never replace an earlier upload: the same name with other content is kept beside it
                # as name-2, name-3...; the same content is the same file (ingest reports it unchanged).
                digest = hashlib.sha256(file.read_bytes()).hexdigest()
                stem, suffix, n = Path(name).stem, Path(name).suffix, 1
                target = self.settings.upload_dir / name
                while target.exists() and hashlib.sha256(target.read_bytes()).hexdigest() != digest:
                    n += 1
                    target = self.settings.upload_dir / f"{stem}-{n}{suffix}"
                if not target.exists():
                    shutil.copyfile(file, target)
                if n > 1:
                    renamed[str(target)] = (
                        f"kept as {target.name}: another file named {name} was uploaded before"
                    )
                kept.append(target)
        report = self.ingest(kept, progress=progress) if kept else IngestReport()
        for outcome in report.outcomes:
            outcome.reason = "; ".join(r for r in (renamed.get(outcome.path), outcome.reason) if r)
            outcome.path = Path(outcome.path).name  # the name, never the server's folder
        report.outcomes = refused + report.outcomes
        return report

    def export_download(
        self,
        draft_id: str,
        fmt: str = "docx",
        mode: ExportMode = "internal",
        override_reason: str | None = None,
        user: str | None = None,
        version: int | None = None,
    ) -> Path:
        """Export into the app's own export folder (the only folder the web app serves), as ``user``:
        the version shown (``version``), else the latest."""
        draft = self.drafter.load(draft_id, version)
        kind = "letter" if mode == "publication" else "review"
        name = f"response-{draft.draft_id}-v{draft.version}-{kind}.{'md' if fmt == 'md' else 'docx'}"
        return self.export(
            draft_id, self.settings.export_dir / name, mode, override_reason, version=draft.version, user=user
        )

    def inspection_form(self, path: Path, *, from_web: bool = False, add_notes: bool = False) -> dict:
        """An inspection file as the web form's fields; its action-plan notes become library picks when
        the same file is in the library.

        ``from_web``: the file came from a browser, so its notes are never looked up as server paths: a
        note becomes a library pick when it names a library document (by id or file name) and is kept
        as written otherwise (drafting from the web then refuses it). ``add_notes``: the file is one of
        the app's own samples; a note found beside it that is not in the library yet is added to the
        library, so that the web form can pick it. ``notes_added`` lists those.
        """
        path = Path(path)
        fields = form_fields(load_inspection(path))
        notes, added = [], []
        for note in fields["action_plan_notes"]:
            if from_web:
                notes.append(self._library_note(note) or note)
                continue
            found = next(
                (
                    p
                    for p in (path.parent / note, Path(note), *(q / note for q in path.parents))
                    if p.is_file()
                ),
                None,
            )
            digest = hashlib.sha256(found.read_bytes()).hexdigest() if found else None
            stored = self.catalog.find_by_hash(digest) if found else None
            if found and stored is None and add_notes and not self.ingest([found]).failed:
                stored = self.catalog.find_by_hash(digest)
                added += [stored.meta.doc_id] if stored else []
            if stored:
                notes.append(f"{LIBRARY_PREFIX}{stored.meta.doc_id}")
            else:  # for the web form, as written: never the server path it was found at
                notes.append(note if add_notes else str(found or note))
        fields["action_plan_notes"] = notes
        fields["notes_added"] = added
        return fields

    # -- starting from the report ------------------------------------------------------------------
    def intake(self, path: Path, data: bytes | None = None, use_model: bool = True) -> ReportIntake:
        """Read an inspection report (PDF, saved web page or Word file) into fields for a person to
        review, each with where it was found; what could not be read is listed in ``checks``. With a
        model configured (and ``use_model``), only what the reader could not find is asked of it."""
        llm = self.settings.llm
        chat = None
        if use_model and llm.configured:
            from assistant.components.chat import build_chat_model

            chat = build_chat_model(llm)
        return read_report(
            Path(path),
            force=self.settings.office.force_name,
            data=data,
            chat=chat,
            model_name=f"the model ({llm.model})",
        )

    def report_form(self, path: Path, data: bytes | None = None) -> tuple[dict, ReportIntake]:
        """A report read into the web form's fields, with the reading itself for the review table."""
        reading = self.intake(path, data)
        return report_form_fields(reading), reading

    def save_inspection(self, inspection: Inspection, out: Path, notes: list[str] | None = None) -> Path:
        """Write the reviewed inspection as the file ``draft`` reads."""
        out = Path(out)
        out.write_text(dump_inspection(inspection, notes), encoding="utf-8")
        return out

    def action_plans(self) -> list[StoredDocument]:
        return [d for d in self.catalog.documents() if d.meta.kind == "action_plan"]

    def library_generation(self) -> int:
        """A number that changes whenever any process changes the library (cheap: one SQLite read)."""
        return self.catalog.generation()

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
            "passages_without_vectors": self._without_vectors(),
            "vector_store": f"{self.settings.chroma.mode}: {self.vectors.location}",
            "collection": self.vectors.collection_name,
            "data_dir": str(self.settings.data_dir),
            "counts": self.catalog.counts(),
            "office": self.settings.office.warning() or self.settings.office.office_name,
        }

    def _without_vectors(self) -> str:
        """The status line on passages the current embedding model has no vector for."""
        missing = self.ingestor.missing_vectors()
        if not missing:
            return "0"
        return (
            f"{missing}: search cannot find them by meaning. Run `pcc-assistant reindex` (after changing "
            "the embedding model, every passage needs a vector made by the new one)"
        )

    # -- measurement -------------------------------------------------------------------------------------
    def evaluate_drafts(
        self, cases: Path, engine: str = "composer", judge: bool = False, limit: int | None = None
    ):
        """The draft evaluation: the engine beside the baselines and the reference letters; with
        ``judge``, each letter also scored by the configured model against a rubric (``judge.py``)."""
        from assistant.components.chat import ChatModel
        from assistant.evaluation.drafts import evaluate_drafts
        from assistant.evaluation.judge import Judge

        if not Path(cases).is_dir():
            raise ValueError(f"{cases}: no such folder of evaluation cases")
        if self.settings.office.missing:
            raise ValueError(
                "the evaluation cases are written for the sample office: run with "
                "PCC_DEFAULTS_FILE=corpus/sample-office.env (as make run does), or set its details in .env"
            )
        if judge and not self.settings.llm.configured:
            raise ValueError(
                "--judge needs a configured model: set OPENAI_BASE_URL (and OPENAI_API_KEY if it asks for one)"
            )
        judged = (
            Judge(ChatModel.from_settings(self.settings.llm), self.settings.llm.judge_max_chars)
            if judge
            else None
        )
        name = self.drafter.engine_named(engine).name
        return evaluate_drafts(self, Path(cases), name, judge=judged, limit=limit)

    def evaluate_intake(self, reports: Path) -> dict:
        """The report reader scored on report files with written answers, beside two baselines."""
        from assistant.evaluation.intake import run, summary

        if not Path(reports).is_dir():
            raise ValueError(f"{reports}: no such folder of report files")
        force = self.settings.office.force_name
        if not force:
            raise ValueError(
                "the report files are written for the sample office's force: run with "
                "PCC_DEFAULTS_FILE=corpus/sample-office.env (as make run does), or set PCC_OFFICE__FORCE_NAME"
            )
        results = {}
        for system in ("reader", "every-should", "empty"):
            scores = run(Path(reports), force, system)
            results[system] = (scores, summary(scores))
        return results

    def evaluate_retrieval(self, *topics: Path) -> dict:
        from assistant.evaluation.retrieval import evaluate, load_topic_set

        queries = load_topic_set(*topics)
        return {mode: evaluate(self.search, queries, mode=mode) for mode in ("lexical", "vector", "hybrid")}

    def close(self) -> None:
        if "drafter" in self.__dict__:
            self.drafter.audit.close()
        self.catalog.close()
