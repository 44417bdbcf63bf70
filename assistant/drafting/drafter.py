"""The drafting approach: plan, write section by section, verify, keep every version.

Receives its parts (catalog, searcher, embeddings, engines, audit log, clock) through its
constructor. Writes a partial draft to disk after every section, so a model that fails half way
loses nothing: ``draft(..., resume=draft_id)`` carries on from the last finished section.
"""

from __future__ import annotations

import json
import os
import threading
import uuid
from collections.abc import Callable
from datetime import date
from pathlib import Path

from assistant.components.catalog import Catalog
from assistant.components.chat import ModelUnavailable
from assistant.components.embedding import NamedEmbeddings, RecentVectors
from assistant.drafting.approach import DraftingApproach
from assistant.drafting.audit import AuditLog, VersionConflict, now, os_user
from assistant.drafting.context import DraftContext, header_rows, plan_sections
from assistant.drafting.inspection import Inspection
from assistant.drafting.letter import letter_to_draft_parts
from assistant.drafting.one_voice import apply_edits
from assistant.drafting.phrasebook import Phrasebook, mine_phrasebook
from assistant.drafting.prompts import load_wording, tag, wording_texts
from assistant.drafting.public import PublicText
from assistant.drafting.realise import added_words, load_glossary, tidy
from assistant.drafting.records import Draft, ReviewDecision, Section, Source
from assistant.drafting.revise import (
    Operation,
    RevisionError,
    add_section,
    change_summary,
    edit_section_text,
    expand_section,
    move_section,
    parse_instruction,
    remove_section,
    rename_section,
    section_from_passages,
    shorten_section,
)
from assistant.drafting.sources import RowMatch, SourceGatherer, SourceRegistry
from assistant.drafting.structured import left_out, owners_of, repairable, with_model_sentences
from assistant.drafting.verify import verify
from assistant.records import SearchFilters, is_public
from assistant.search.hybrid import HybridSearcher
from assistant.settings import Settings

OnToken = Callable[[str, str | None], None]  # (section title, text delta; None = the section restarted)
SAVE_ATTEMPTS = 5  # a revision is made again on the latest version at most this often when others land first


class DraftingError(RuntimeError):
    """Drafting stopped; ``draft_id`` names the partial draft saved for resuming."""

    def __init__(self, message: str, draft_id: str | None = None):
        super().__init__(message)
        self.draft_id = draft_id


class Drafter:
    def __init__(
        self,
        settings: Settings,
        catalog: Catalog,
        searcher: HybridSearcher,
        embeddings: NamedEmbeddings,
        audit: AuditLog,
        engines: dict[str, DraftingApproach],
        clock: Callable[[], date] = date.today,
        user: str | None = None,
    ):
        self.settings = settings
        self.catalog = catalog
        self.searcher = searcher
        self.embeddings = embeddings
        self._recent = RecentVectors(embeddings.embed_array)  # the verifiers' vectors, kept between checks
        self.audit = audit
        self.engines = engines
        self.clock = clock
        self.user = user or os_user()  # who did it when a caller names nobody: the OS account
        self.partial_dir = settings.data_dir / "drafts" / "partial"
        self._phrasebook: tuple[int, Phrasebook] | None = None
        self._public: tuple[int, list[str]] | None = None
        self._public_known: tuple[int, PublicText] | None = None

    # -- drafting -----------------------------------------------------------------------------------
    def draft(
        self,
        inspection: Inspection,
        engine: str = "composer",
        base_dir: Path | None = None,
        on_token: OnToken | None = None,
        resume: str | None = None,
        user: str | None = None,
    ) -> Draft:
        """Plan, write, verify and record version 1 of a response, as ``user`` (default: the OS account)."""
        draft = self.compose(inspection, engine, base_dir, on_token, resume, user=user)
        try:
            self.audit.save_version(draft, expected=0)
        except VersionConflict as exc:  # the same partial draft resumed twice at once
            raise DraftingError(f"Draft {draft.draft_id} was already finished by another run.", None) from exc
        (self.partial_dir / f"{draft.draft_id}.json").unlink(missing_ok=True)
        return draft

    def resume(
        self,
        draft_id: str,
        engine: str | None = None,
        on_token: OnToken | None = None,
        user: str | None = None,
    ) -> Draft:
        """Carry on a partial draft that stopped (its inspection and finished sections were saved)."""
        partial = self._load_partial(draft_id)
        inspection = Inspection.model_validate(partial["inspection"])
        return self.draft(inspection, engine or partial["engine"], None, on_token, resume=draft_id, user=user)

    def compose(
        self,
        inspection: Inspection,
        engine: str = "composer",
        base_dir: Path | None = None,
        on_token: OnToken | None = None,
        resume: str | None = None,
        phrasebook: Phrasebook | None = None,
        draft_id: str | None = None,
        user: str | None = None,
    ) -> Draft:
        writer = self.engine_named(engine)
        partial = self._load_partial(resume) if resume else None
        if partial:
            inspection = Inspection.model_validate(partial["inspection"])
            base_dir = Path(partial["base_dir"]) if partial.get("base_dir") else base_dir
        draft_id = resume or draft_id or uuid.uuid4().hex[:12]
        registry = SourceRegistry()
        for saved in (partial or {}).get("sources", []):
            registry.add(**{k: v for k, v in saved.items() if k != "sid"})
        gathered = self._gatherer().gather(inspection, base_dir, registry)
        wording = load_wording("composer")
        ctx = DraftContext(
            inspection,
            self.settings.office,
            gathered,
            phrasebook or self.phrasebook(),
            wording,
            self.catalog,
            glossary=load_glossary(self.settings.drafting.glossary),
        )
        plans = plan_sections(inspection, gathered)
        sections = [Section.model_validate(s) for s in (partial or {}).get("sections", [])]
        for plan in plans[len(sections) :]:
            try:
                sections.append(writer.write(plan, ctx, on_token))
            except Exception as exc:
                self._save_partial(draft_id, inspection, base_dir, engine, sections, registry.sources)
                raise DraftingError(
                    f"Drafting stopped at ‘{plan.title or plan.kind}’: {exc}. The {len(sections)} finished "
                    f"section(s) are saved; resume with `pcc-assistant draft --resume {draft_id}`.",
                    draft_id,
                ) from exc
            self._save_partial(draft_id, inspection, base_dir, engine, sections, registry.sources)
        draft = Draft(
            draft_id=draft_id,
            created_at=now(),
            user=user or self.user,
            engine=writer.name,
            model=writer.model,
            prompt_versions={"composer": tag(wording), **writer.prompt_versions()},
            inspection=inspection,
            base_dir=str(base_dir) if base_dir else None,
            header=header_rows(inspection, self.settings.office),
            sections=sections,
            sources=registry.sources,
            due_date=inspection.due_date(),
            days_left=(inspection.due_date() - self.clock()).days,
            notes=self._notes(writer, wording, gathered) + list(dict.fromkeys(ctx.notes)),
        )
        return self._repaired(self._in_one_voice(self.check(draft), writer, on_token), writer, on_token)

    def _in_one_voice(self, draft: Draft, writer: DraftingApproach, on_token: OnToken | None) -> Draft:
        """The whole-letter pass (``PCC_LLM__LETTER_PASS``): the approach reads the letter once and edits
        its own sentences; only edits that lose no date, figure or name are made (``one_voice.py``). A
        model that fails here leaves the letter as its sections were written, and staff are told."""
        if not self.settings.llm.letter_pass:
            return draft
        try:
            edits = writer.one_voice(draft, on_token)
        except ModelUnavailable as exc:
            draft.notes.append(f"The pass over the whole letter for one voice did not run: {exc}.")
            return draft
        if not edits:  # the composer's letter, or a model that found nothing to change
            return draft
        applied = apply_edits(draft, edits)
        for index, sentences in applied.sections.items():
            draft.sections[index].paragraphs = with_model_sentences(
                draft.sections[index].paragraphs, sentences
            )
        self.audit.record(
            draft.draft_id,
            None,
            draft.user,
            "one_voice",
            {
                "edits": len(edits),
                "reworded": applied.reworded,
                "removed": applied.removed,
                "refused": applied.refused,
                "prompt_versions": writer.prompt_versions(),
            },
        )
        if applied.refused:
            draft.notes.append(
                f"The pass over the whole letter proposed {len(applied.refused)} edit(s) that would have lost a "
                "date, figure or name; they were not made."
            )
        return self.check(draft) if applied.sections else draft

    def _repaired(self, draft: Draft, writer: DraftingApproach, on_token: OnToken | None) -> Draft:
        """Send the verifiers' error flags on the approach's own sentences back to it, section by
        section, for at most ``PCC_LLM__REPAIR_ROUNDS`` rounds; what remains stays flagged. Each round is
        recorded in the audit log with the prompt versions."""
        for round_no in range(1, self.settings.llm.repair_rounds + 1):
            problems = repairable(draft)
            if not problems:
                break
            changed = []
            for index, items in problems.items():
                try:
                    new = writer.repair(draft, index, items, on_token)
                except ModelUnavailable as exc:  # the flags stay for a person; the letter is not lost
                    draft.notes.append(
                        f"Repair round {round_no} stopped: {exc}. What it did not reach stays flagged."
                    )
                    return self.check(draft) if changed else draft
                if new:
                    section = draft.sections[index]
                    sound = [
                        s
                        for _, _, s in section.sentences()
                        if s.origin == "model" and not any(s is bad for bad, _ in items)
                    ]
                    # A sentence nobody faulted keeps its date, figure or name: a repair may not drop it.
                    kept = left_out(sound, new, owners_of(draft.sources))
                    section.paragraphs = with_model_sentences(section.paragraphs, new + kept)
                    changed.append(index + 1)
            if not changed:
                break
            before = sum(len(items) for items in problems.values())
            draft = self.check(draft)
            after = sum(len(items) for items in repairable(draft).values())
            self.audit.record(
                draft.draft_id,
                None,
                draft.user,
                "repair",
                {
                    "round": round_no,
                    "sections": changed,
                    "problems_before": before,
                    "problems_after": after,
                    "prompt_versions": writer.prompt_versions(),
                },
            )
        return draft

    def revise(
        self,
        draft_id: str,
        instruction: str,
        engine: str | None = None,
        on_token: OnToken | None = None,
        user: str | None = None,
    ) -> Draft:
        """A new version from an instruction: free-form with a model, the defined set with the composer.
        The draft is checked against the library as it is now first, so a model is shown nothing that
        has since been marked OFFICIAL-SENSITIVE. If another version lands while this one is being
        made, the instruction is applied again to that one (see :meth:`_save_on_latest`)."""

        def apply(draft: Draft) -> Draft:
            draft = self.check(draft)
            before = draft.model_copy(deep=True)
            if (engine or draft.engine) == "llm":
                draft = self.engine_named("llm").revise(
                    draft, instruction, on_token, office=self.settings.office
                )
            else:
                draft = self._composer_revision(draft, parse_instruction(instruction))
            draft.changes = change_summary(before, draft)
            if not draft.changes and draft.header == before.header:
                raise RevisionError(f"Nothing changed: ‘{instruction}’ leaves the draft as it was.")
            return draft

        return self._save_on_latest(draft_id, instruction, apply, user)

    def review(self, draft_id: str, decisions: list[ReviewDecision], user: str | None = None) -> Draft:
        """Staff decisions on sentences (accept, edit, reject), saved together as the next version. If
        another version lands meanwhile, the decisions are applied to it only where each sentence
        still reads as it did; otherwise the reviewer is asked to look again."""
        counts = {"accept": 0, "edit": 0, "reject": 0}
        for d in decisions:
            counts[d.action] += 1
        summary = ", ".join(f"{n} {verb}ed" for verb, n in counts.items() if n)
        seen: dict[tuple[int, int, int], str] = {}  # each sentence as the first attempt found it

        def apply(draft: Draft) -> Draft:
            for d in decisions:
                key = (d.section, d.paragraph, d.sentence)
                try:
                    sentence = draft.sections[d.section].paragraphs[d.paragraph].sentences[d.sentence]
                except IndexError as exc:
                    if key in seen:
                        raise self._moved(draft, key) from exc
                    raise RevisionError(
                        f"There is no sentence {d.section + 1}.{d.paragraph + 1}.{d.sentence + 1}."
                    ) from exc
                if seen.setdefault(key, sentence.text) != sentence.text:
                    raise self._moved(draft, key)
                if d.action == "edit":
                    if not (d.text or "").strip():
                        raise RevisionError("An edit needs the new wording.")
                    sentence.text, sentence.origin, sentence.review = d.text.strip(), "staff", "edited"
                    sentence.citations, sentence.author = [], user or self.user
                else:
                    sentence.review = "accepted" if d.action == "accept" else "rejected"
            return draft

        return self._save_on_latest(draft_id, f"review: {summary}", apply, user)

    def edit_section(self, draft_id: str, number: int, text: str, user: str | None = None) -> Draft:
        """A person's own wording for a section (numbered as shown, from 1), saved as the next version.
        Their sentences are recorded as theirs; quoted text (a recommendation as the report words it)
        stays as it is, and the Chief Constable's comments are changed only in the inspection form."""
        author = user or self.user

        def apply(draft: Draft) -> Draft:
            draft = self.check(draft)
            before = draft.model_copy(deep=True)
            edit_section_text(draft, number, text, author)
            draft.changes = change_summary(before, draft)
            if not draft.changes:
                raise RevisionError(f"Nothing changed: section {number} already reads like that.")
            draft.changes = f"{draft.changes[:-1]}, by {author}."
            return draft

        return self._save_on_latest(draft_id, f"edit: section {number}", apply, user)

    @staticmethod
    def _moved(draft: Draft, key: tuple[int, int, int]) -> RevisionError:
        where = ".".join(str(i + 1) for i in key)
        return RevisionError(
            f"Sentence {where} changed in version {draft.version}, saved by {draft.user} while you were "
            "reviewing. Nothing was saved: look at the latest version and decide again."
        )

    def _save_on_latest(
        self, draft_id: str, instruction: str, apply: Callable[[Draft], Draft], user: str | None
    ) -> Draft:
        """Apply an edit to the latest version and save the result as the next one. The version number
        is taken when saving, inside one write transaction; if another version landed while the edit
        was being made, the edit is made again on that version, so both land, one after the other."""
        for _ in range(SAVE_ATTEMPTS):
            base = self.load(draft_id)
            edited = apply(base)
            try:
                return self.save_revision(edited, instruction, user=user, expected=base.version)
            except VersionConflict:
                continue
        raise RevisionError(
            f"Draft {draft_id} kept changing while this edit was being made ({SAVE_ATTEMPTS} other versions "
            "landed first). Nothing was lost; try again."
        )

    def _composer_revision(self, draft: Draft, op: Operation) -> Draft:
        """One of the revisions the composer can make without a model (see ``COMPOSER_REVISIONS``)."""
        if op.verb == "remove":
            return remove_section(draft, op.argument)
        if op.verb == "shorten":
            return shorten_section(draft, op.argument)
        if op.verb == "expand":
            return expand_section(draft, op.argument)
        if op.verb == "rename":
            return rename_section(draft, op.argument, op.extra[0])
        if op.verb == "move":
            return move_section(draft, op.argument, *op.extra)
        if op.verb == "add":
            return add_section(draft, op.argument, self.searcher.search)
        if op.verb == "add_from":
            return self._from_document(draft, self.document_named(op.argument))
        return self._with_exemplar(draft, self.document_named(op.argument))

    def document_named(self, name: str) -> str:
        """A library document by its id, or by (part of) its title when only one title has it."""
        if self.catalog.get(name) is not None:
            return name
        wanted = name.lower().strip()
        found = [d for d in self.catalog.documents() if wanted and wanted in (d.meta.title or "").lower()]
        if len({d.meta.doc_id for d in found}) == 1:
            return found[0].meta.doc_id
        if found:
            listed = "; ".join(f"{d.meta.doc_id} ({d.meta.title})" for d in found[:6])
            raise RevisionError(f"Several documents match ‘{name}’: {listed}. Name one by its id.")
        raise RevisionError(
            f"No document in the library is called ‘{name}’ (its id or title, as Search shows it)."
        )

    def _from_document(self, draft: Draft, doc_id: str) -> Draft:
        """A section from one document a person picked (in Search): its passage most about this
        inspection, as sentences citing it. Never an OFFICIAL-SENSITIVE passage."""
        stored, chunks = self.catalog.get(doc_id), [c for c in self.catalog.chunks(doc_id) if is_public(c)]
        if not chunks:
            raise RevisionError(f"‘{doc_id}’ has no OFFICIAL passage to use in a letter.")
        return section_from_passages(draft, stored, chunks)

    def _with_exemplar(self, draft: Draft, doc_id: str) -> Draft:
        chunks = self.catalog.chunks(doc_id)
        if chunks and not any(is_public(c) for c in chunks):
            raise RevisionError(
                f"‘{doc_id}’ is marked OFFICIAL-SENSITIVE: its wording is never used in a letter. "
                "Name an OFFICIAL letter instead."
            )
        preferred = self.phrasebook().preferring(doc_id)
        if preferred is None:
            raise RevisionError(
                f"‘{doc_id}’ uses none of the office's recurring phrasings (see `pcc-assistant docs`)."
            )
        fresh = self.compose(
            draft.inspection,
            "composer",
            Path(draft.base_dir) if draft.base_dir else None,
            phrasebook=preferred,
            draft_id=draft.draft_id,
        )
        (self.partial_dir / f"{draft.draft_id}.json").unlink(missing_ok=True)
        return fresh

    def check_letter(self, text: str, inspection: Inspection, base_dir: Path | None = None) -> Draft:
        """A letter written or edited outside the app, checked as a draft: the same sources are
        gathered for its inspection and every verifier runs over its sentences. Not recorded."""
        gathered = self._gatherer().gather(inspection, base_dir)
        quoted = [inspection.chief_constable_comments, *(s.text for s in gathered.recommendations.values())]
        quoted += [s.text for s in gathered.areas.values()]
        header, sections = letter_to_draft_parts(text, inspection, quoted)
        draft = Draft(
            draft_id=uuid.uuid4().hex[:12],
            created_at=now(),
            user=self.user,
            engine="imported",
            inspection=inspection,
            base_dir=str(base_dir) if base_dir else None,
            header=header,
            sections=sections,
            sources=gathered.registry.sources,
            due_date=inspection.due_date(),
            days_left=(inspection.due_date() - self.clock()).days,
        )
        return self.check(draft)

    def check(self, draft: Draft) -> Draft:
        """Run every verifier over the draft (again), against the whole library's sensitive passages and
        the markings the library holds now."""
        self.refresh_markings(draft)
        office = self.settings.office
        glossary = load_glossary(self.settings.drafting.glossary)
        # OFFICIAL rows only: their words also count as public for the sensitive check
        official_rows = [
            s.text for s in draft.sources if s.kind == "action_plan" and s.marking != "OFFICIAL-SENSITIVE"
        ]
        fixed = [
            office.pcc_name,
            office.pcc_title,
            office.force_name,
            office.office_name,
            office.chief_constable_name,
            *wording_texts(load_wording("composer")),
            added_words(official_rows, glossary),
            # ... and the rows as the realiser writes them out ("2x DS posts" -> "2 Detective Sergeant posts"):
            # a count or name the letter takes from an OFFICIAL row is public whatever another report's
            # sensitive row says
            *(tidy(glossary.write_out(text)) for text in official_rows),
        ]
        return verify(
            draft,
            self._recent,
            self.clock(),
            self.sensitive_library(draft),
            office_texts=fixed,
            public_texts=self.public_texts(),
            public_known=self.public_known(),
            chief_constable_names=[office.chief_constable_name],
        )

    def refresh_markings(self, draft: Draft) -> None:
        """Give each source drawn from the library the marking the library holds now. A passage keeps the
        marking of its chunk (raised or restored); other text from a document raised to
        OFFICIAL-SENSITIVE since the draft was made becomes sensitive (a marking is only raised)."""
        chunks = self.catalog.resolve(s.chunk_id for s in draft.sources if s.chunk_id)
        for source in draft.sources:
            if source.chunk_id in chunks:
                chunk, _meta = chunks[source.chunk_id]
                source.marking = "OFFICIAL" if is_public(chunk) else "OFFICIAL-SENSITIVE"
            elif source.doc_id and self._in_sensitive_passage(source.text, source.doc_id):
                source.marking = "OFFICIAL-SENSITIVE"

    def _in_sensitive_passage(self, text: str, doc_id: str) -> bool:
        """Whether any line of a text taken from a library document now sits in a sensitive passage."""
        restricted = {
            line.strip()
            for c in self.catalog.chunks(doc_id)
            if not is_public(c)
            for line in c.text.split("\n")
            if line.strip()
        }
        return any(line.strip() in restricted for line in text.split("\n"))

    def save_revision(
        self, draft: Draft, instruction: str, user: str | None = None, expected: int | None = None
    ) -> Draft:
        """Store an edited draft as the next version, re-verified, as ``user`` (default: the OS account).
        The version number is taken inside the audit log's write transaction, so saves at the same time
        never collide; with ``expected`` (the version the edit was made on), a save made on a version
        that is no longer the latest raises :class:`VersionConflict` and writes nothing."""
        draft.created_at, draft.user, draft.instruction = now(), user or self.user, instruction
        draft.version = self.audit.latest_version(draft.draft_id) + 1  # what the checks see; final below
        self.check(draft)
        self.audit.save_version(draft, expected=expected)
        return draft

    def load(self, draft_id: str, version: int | None = None) -> Draft:
        draft = self.audit.load(draft_id, version)
        if draft is None:
            raise LookupError(f"no draft {draft_id!r}" + (f" version {version}" if version else ""))
        return draft

    # -- parts ----------------------------------------------------------------------------------------
    def engine_named(self, name: str) -> DraftingApproach:
        if name not in self.engines:
            configured = ", ".join(self.engines)
            raise DraftingError(
                f"engine {name!r} is not available (configured: {configured}); "
                "set OPENAI_BASE_URL or OPENAI_API_KEY to use the llm engine"
            )
        return self.engines[name]

    def row_matches(self, inspection: Inspection, base_dir: Path | None = None) -> list[RowMatch]:
        """Where each action-plan row would go in a draft of this inspection, and the rows left over."""
        return self._gatherer().gather(inspection, base_dir).matches()

    def _gatherer(self) -> SourceGatherer:
        return SourceGatherer(
            self.catalog,
            self.searcher,
            self.embeddings,
            self.settings.office,
            self.settings.ingest,
        )

    def phrasebook(self) -> Phrasebook:
        """The office's recurring phrasings, mined once per library generation and kept on disk."""
        generation = self.catalog.generation()
        if self._phrasebook and self._phrasebook[0] == generation:
            return self._phrasebook[1]
        area = self.settings.office.area_name
        cache = self.settings.data_dir / "phrasebook.json"
        book = Phrasebook.load(cache, generation, area)
        if book is None:
            passages = [
                (c.chunk_id, m.doc_id, c.text, m.doc_date or m.published)
                for c, m in self.catalog.passages(kind="response")
                if m.office == area and is_public(c)
            ]
            book = mine_phrasebook(passages)
            book.save(cache, generation, area)
        self._phrasebook = (generation, book)
        return book

    def public_texts(self) -> list[str]:
        """Every OFFICIAL passage in the library (letters, action plans, reports), once per library
        generation: what they say is not sensitive, so a name, figure or run of words found there is
        never flagged as OFFICIAL-SENSITIVE."""
        generation = self.catalog.generation()
        if self._public and self._public[0] == generation:
            return self._public[1]
        texts = [c.text for c, m in self.catalog.passages() if is_public(c)]
        self._public = (generation, texts)
        return texts

    def public_known(self) -> PublicText:
        """The words, figures and dates of every OFFICIAL passage, read once per library generation."""
        generation = self.catalog.generation()
        if self._public_known is None or self._public_known[0] != generation:
            cache, texts = self.settings.data_dir / "public-text.json", self.public_texts()
            known = PublicText.load(cache, generation, texts)
            if known is None:
                known = PublicText.of(texts)
                known.save(cache, generation)
            self._public_known = (generation, known)
        return self._public_known[1]

    def sensitive_library(self, draft: Draft, per_sentence: int = 3) -> list[Source]:
        """OFFICIAL-SENSITIVE passages anywhere in the library that a sentence of the draft could have
        copied: for each sentence that could carry a leak, the closest sensitive passages by BM25."""
        filters = SearchFilters(marking="OFFICIAL-SENSITIVE")
        texts = [s.title for s in draft.sections if s.kind == "added"]  # headings staff asked for
        texts += [
            sentence.text
            for section in draft.sections
            for _, _, sentence in section.sentences()
            if sentence.origin != "input" and sentence.review != "rejected"
        ]
        ids = [cid for text in texts for cid, _ in self.searcher.lexical.search(text, per_sentence, filters)]
        return [
            Source(
                sid=f"library:{m.doc_id}#{c.position}",
                kind="action_plan",
                title=m.title or m.doc_id,
                text=c.text,
                marking=c.marking,
                doc_id=m.doc_id,
                chunk_id=c.chunk_id,
            )
            for c, m in self.catalog.resolve(ids).values()
        ]

    @staticmethod
    def _notes(writer: DraftingApproach, wording: dict, gathered) -> list[str]:
        notes = []
        if writer.name == "composer":
            notes += [wording["notes"]["composer"], wording["notes"]["model_would_add"]]
        else:
            notes.append(
                f"Drafted with the language model ‘{writer.model}’; every sentence it wrote is checked "
                f"against the sources below."
            )
        for target, rows in gathered.rows_for.items():
            for row in rows:
                if row.marking == "OFFICIAL-SENSITIVE":
                    notes.append(
                        f"{row.sid} (OFFICIAL-SENSITIVE action-plan note on {target}) was not quoted: "
                        f"summarise it for publication only if that is safe."
                    )
        notes += gathered.problems
        if gathered.unmatched_rows:
            notes.append(
                "Action-plan rows not matched to any recommendation: "
                + ", ".join(r.sid for r in gathered.unmatched_rows)
            )
        return notes

    # -- partial drafts -------------------------------------------------------------------------------
    def _save_partial(
        self,
        draft_id: str,
        inspection: Inspection,
        base_dir: Path | None,
        engine: str,
        sections: list[Section],
        sources: list[Source],
    ) -> None:
        self.partial_dir.mkdir(parents=True, exist_ok=True)
        payload = {
            "draft_id": draft_id,
            "engine": engine,
            "inspection": inspection.model_dump(mode="json"),
            "base_dir": str(base_dir) if base_dir else None,
            "sections": [s.model_dump(mode="json") for s in sections],
            "sources": [s.model_dump(mode="json") for s in sources],
        }
        tmp = (
            self.partial_dir / f"{draft_id}.json.{os.getpid()}-{threading.get_ident()}.tmp"
        )  # one per writer
        tmp.write_text(json.dumps(payload), encoding="utf-8")
        tmp.replace(self.partial_dir / f"{draft_id}.json")

    def _load_partial(self, draft_id: str) -> dict:
        path = self.partial_dir / f"{draft_id}.json"
        if not path.is_file():
            raise DraftingError(f"no partial draft {draft_id!r} to resume (looked in {self.partial_dir})")
        return json.loads(path.read_text(encoding="utf-8"))

    def partial_drafts(self) -> list[str]:
        return sorted(p.stem for p in self.partial_dir.glob("*.json")) if self.partial_dir.exists() else []
