"""Everything a draft may cite, numbered S1, S2, ...: the input, action-plan rows, past letters.

Action-plan rows come from the files the inspection names (``action_plan_notes``), read through the
library when the same file is already in it (so a marking raised there still applies), else parsed
directly; failing that, from library plans whose inspection title matches. Rows are matched to
recommendations and areas for improvement by their reference (R1, Rec 1, AFI-2 ...), else by
meaning.
"""

from __future__ import annotations

import difflib
import hashlib
import re
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from assistant.components.catalog import Catalog
from assistant.components.embedding import NamedEmbeddings
from assistant.drafting.injection import instruction_cue
from assistant.drafting.inspection import Inspection
from assistant.drafting.records import Source
from assistant.drafting.refs import parent_key, parse_ref_cell, ref_key
from assistant.drafting.text import long_date, stems
from assistant.ingest.chunking import chunk_blocks
from assistant.ingest.loaders import LoaderError, check_size, load_file
from assistant.ingest.metadata import find_marking
from assistant.records import Chunk, SearchFilters
from assistant.search.hybrid import HybridSearcher
from assistant.settings import IngestSettings, OfficeSettings


class SourceError(ValueError):
    pass


@dataclass(frozen=True)
class RowMatch:
    """Where one action-plan row went: the recommendations or areas it answers (none: left over)."""

    row: str  # "notes#4": the file and the row's place in it, as an inspection's `assign:` names it
    sid: str
    ref: str
    summary: str
    marking: str
    targets: list[str]
    how: str  # reference, meaning, assigned, left over


LIBRARY_PREFIX = "library:"


@dataclass
class SourceRegistry:
    """Numbers sources in the order they are first used and never twice for the same passage."""

    sources: list[Source] = field(default_factory=list)
    _by_key: dict[str, str] = field(default_factory=dict)

    def add(self, **kwargs) -> Source:
        key = kwargs.get("chunk_id") or hashlib.sha1(kwargs["text"].encode()).hexdigest()
        if key in self._by_key:
            return self.get(self._by_key[key])
        source = Source(sid=f"S{len(self.sources) + 1}", **kwargs)
        self.sources.append(source)
        self._by_key[key] = source.sid
        return source

    def get(self, sid: str) -> Source:
        return next(s for s in self.sources if s.sid == sid)


@dataclass
class Gathered:
    registry: SourceRegistry
    facts: Source  # the input's facts, always S1
    recommendations: dict[str, Source]
    areas: dict[str, Source]
    chief_constable: Source | None
    rows_for: dict[str, list[Source]]  # rec id / AFI id -> matched action-plan rows
    unmatched_rows: list[Source]
    past: list[Source]  # best passages of the most similar past responses
    context: list[Source] = field(default_factory=list)  # the notes' text outside their rows
    problems: list[str] = field(default_factory=list)  # notes that could not be read as an action plan
    how: dict[str, str] = field(
        default_factory=dict
    )  # row sid -> reference / meaning / assigned / other report

    def matches(self) -> list[RowMatch]:
        """Which row went where, and how; the rows left over last."""
        target_of = {row.sid: target for target, rows in self.rows_for.items() for row in rows}
        rows = [r for rows in self.rows_for.values() for r in rows] + self.unmatched_rows
        seen, out = set(), []
        for row in rows:
            if row.sid in seen:
                continue
            seen.add(row.sid)
            targets = [t for t, rs in self.rows_for.items() if any(r.sid == row.sid for r in rs)]
            how = self.how.get(row.sid, "reference" if row.sid in target_of else "left over")
            if (
                not targets
                and how == "left over"
                and all(
                    re.fullmatch(r"general|g\d*|coc\d*", k)
                    for k in parse_ref_cell(row.fields.get("ref", "")) or ["general"]
                )
            ):
                how = "whole report"  # used for the opening, oversight or local context
            sensitive = row.marking == "OFFICIAL-SENSITIVE"
            summary = (row.fields.get("action") or row.fields.get("text") or row.text).replace("\n", " ")
            out.append(
                RowMatch(
                    row=row.fields.get("row", row.sid),
                    sid=row.sid,
                    ref=row.fields.get("ref", ""),
                    summary="(OFFICIAL-SENSITIVE: not shown)"
                    if sensitive
                    else summary.removeprefix("- ")[:90],
                    marking=row.marking,
                    targets=targets,
                    how=how,
                )
            )
        return out


def facts_text(inspection: Inspection, office: OfficeSettings) -> str:
    counts = inspection.counts()
    lines = [
        f"Inspection title: {inspection.title}",
        f"Inspectorate: {', '.join(inspection.inspectorates)}",
        f"Type: {inspection.type}",
        f"Published: {long_date(inspection.published)}",
        f"Response due: {long_date(inspection.due_date())}",
        f"{office.force_name} inspected: {'yes' if inspection.force_inspected else 'no'}",
        f"Recommendations: {counts['total']} in total; {counts['chief constables']} for chief constables; "
        f"{counts['force']} for the force; {counts['PCCs']} for PCCs; {counts['national']} for national bodies",
        f"Areas for improvement: {len(inspection.areas_for_improvement)}",
        f"Police and Crime Commissioner: {office.pcc_name}, {office.pcc_title}",
        f"Chief Constable: {office.chief_constable_name}",
        f"Force: {office.force_name}; area: {office.area_name}",
    ]
    return "\n".join(lines)


class SourceGatherer:
    def __init__(
        self,
        catalog: Catalog,
        searcher: HybridSearcher,
        embeddings: NamedEmbeddings,
        office: OfficeSettings,
        ingest: IngestSettings | None = None,
    ):
        self.catalog = catalog
        self.searcher = searcher
        self.embeddings = embeddings
        self.office = office
        self.ingest = ingest or IngestSettings()
        self.default_plan_marking = self.ingest.default_action_plan_marking

    def gather(
        self, inspection: Inspection, base_dir: Path | None = None, registry: SourceRegistry | None = None
    ) -> Gathered:
        registry = registry or SourceRegistry()
        facts = registry.add(
            kind="input",
            title="The new inspection (input)",
            text=facts_text(inspection, self.office),
            published=inspection.published,
        )
        recs = {
            r.id: registry.add(kind="input", title=f"Recommendation {r.id} (input)", text=r.text)
            for r in inspection.recommendations
        }
        areas = {
            a.id: registry.add(kind="input", title=f"Area for improvement {a.id} (input)", text=a.text)
            for a in inspection.areas_for_improvement
        }
        cc = None
        if inspection.chief_constable_comments:
            cc = registry.add(
                kind="input",
                title="Chief Constable's comments (input)",
                text=inspection.chief_constable_comments,
            )
        plan_rows, contexts, problems = self._plan_rows(inspection, base_dir)
        rows = [self._row_source(registry, chunk, title) for chunk, title in plan_rows]
        counts: dict[str, int] = {}
        for row in rows:  # a stable name for each row: its file and place ("notes#4")
            doc = (row.doc_id or "notes").removeprefix("note-")
            counts[doc] = counts.get(doc, 0) + 1
            row.fields["row"] = f"{doc}#{counts[doc]}"
        context = [
            registry.add(
                kind="action_plan", title=f"Action plan: {title}", text=text, marking=marking, doc_id=doc_id
            )
            for title, text, marking, doc_id in contexts
        ]
        how: dict[str, str] = {}
        rows_for, unmatched = self._match_rows(inspection, rows, how)
        past = self._past_responses(registry, inspection)
        return Gathered(registry, facts, recs, areas, cc, rows_for, unmatched, past, context, problems, how)

    # -- action plans ---------------------------------------------------------------------------
    def _plan_rows(
        self, inspection: Inspection, base_dir: Path | None
    ) -> tuple[list[tuple[Chunk, str]], list[tuple[str, str, str, str | None]], list[str]]:
        """Action-plan rows of the named notes; the notes' other text (title lines, prose, rows of a
        table whose columns were not recognised) as context; and what could not be read, in words."""
        rows: list[tuple[Chunk, str]] = []
        contexts: list[tuple[str, str, str, str | None]] = []
        problems: list[str] = []
        for note in inspection.action_plan_notes:
            if note.startswith(LIBRARY_PREFIX):  # a plan already in the library, picked in the web form
                stored = self.catalog.get(note.removeprefix(LIBRARY_PREFIX))
                if stored is None:
                    raise SourceError(f"action-plan note not in the library: {note}")
                title = stored.meta.title or stored.meta.doc_id
                chunks = self.catalog.chunks(stored.meta.doc_id)
                rows += [(c, title) for c in chunks if is_plan_row(c.text)]
                contexts += _library_context(title, stored.meta.doc_id, chunks)
                continue
            path = self._resolve(note, base_dir)
            try:
                check_size(path.stat().st_size, self.ingest)  # before reading: a huge file is never loaded
            except LoaderError as exc:
                raise SourceError(f"{path.name}: {exc}") from exc
            data = path.read_bytes()
            stored = self.catalog.find_by_hash(hashlib.sha256(data).hexdigest())
            if stored is not None:
                chunks = self.catalog.chunks(stored.meta.doc_id)
                rows += [(c, stored.meta.title or path.stem) for c in chunks if is_plan_row(c.text)]
                contexts += _library_context(stored.meta.title or path.stem, stored.meta.doc_id, chunks)
                continue
            try:
                parsed = load_file(path, data, self.ingest)
            except LoaderError as exc:
                raise SourceError(f"{path.name}: {exc}") from exc
            marking = find_marking(parsed) or self.default_plan_marking
            doc_id = f"note-{path.stem}"
            plan_blocks = [b for b in parsed.blocks if b.kind == "plan_row"]
            other = [b for b in parsed.blocks if b.kind != "plan_row"]
            rows += (
                [(c, path.stem) for c in chunk_blocks(doc_id, "note", plan_blocks, marking)]
                if plan_blocks
                else []
            )
            contexts += [
                (*c, None)
                for c in _split_context(path.stem, [b.text for b in other], marking, bool(plan_blocks))
            ]
            if not plan_blocks:
                problems.append(
                    f"{path.name}: no action-plan rows recognised (a table needs columns such as Ref, Action, "
                    "Owner, Due, Status); its text is kept as context for the verifiers, but no row was "
                    "matched to a recommendation."
                )
        if rows or contexts:
            return rows, contexts, problems
        return self._library_plan_rows(inspection), [], problems

    def _library_plan_rows(self, inspection: Inspection) -> list[tuple[Chunk, str]]:
        """Plans already in the library whose inspection title is this one's."""
        hits = self.searcher.search(
            inspection.title, SearchFilters(kind="action_plan"), limit=5, mode="lexical"
        )
        rows = []
        for hit in hits:
            if _same_title(hit.meta.title, inspection.title):
                rows += [
                    (c, hit.meta.title) for c in self.catalog.chunks(hit.meta.doc_id) if is_plan_row(c.text)
                ]
        return rows

    @staticmethod
    def _resolve(note: str, base_dir: Path | None) -> Path:
        candidates = [Path(note)]
        if base_dir is not None:
            candidates += [base_dir / note] + [parent / note for parent in list(base_dir.parents)[:3]]
        for candidate in candidates:
            if candidate.is_file():
                return candidate
        raise SourceError(f"action-plan note not found: {note}")

    def _row_source(self, registry: SourceRegistry, chunk: Chunk, title: str) -> Source:
        fields = row_fields(chunk.text)
        return registry.add(
            kind="action_plan",
            title=f"Action plan: {title}",
            text=chunk.text,
            marking=chunk.marking,
            doc_id=chunk.doc_id,
            chunk_id=chunk.chunk_id if not chunk.doc_id.startswith("note-") else None,
            section=chunk.section,
            fields=fields,
        )

    def _match_rows(
        self, inspection: Inspection, rows: list[Source], how: dict[str, str] | None = None
    ) -> tuple[dict[str, list[Source]], list[Source]]:
        how = {} if how is None else how
        targets = {r.id: r.text for r in inspection.recommendations}
        targets.update({a.id: a.text for a in inspection.areas_for_improvement})
        by_key = {ref_key(t): t for t in targets}
        matched: dict[str, list[Source]] = {t: [] for t in targets}
        unmatched: list[Source] = []
        # A tracker for every open inspection: only this report's rows (its Report column) count.
        ours = this_reports_rows(rows, inspection)
        how.update({r.sid: "another report" for r in rows if r not in ours})
        rows = ours
        # A person's corrections first: "notes#4: 3" puts that row under recommendation 3; "none" leaves it out.
        # "notes#4: 3, 5" puts it under both.
        assigned = {
            k.strip(): [t.strip() for t in re.split(r"[,;]", v) if t.strip()] or ["none"]
            for k, v in inspection.assign.items()
        }
        unknown = [
            t for ts in assigned.values() for t in ts if t.lower() != "none" and ref_key(t) not in by_key
        ]
        if unknown:
            raise SourceError(
                f"assign: {', '.join(unknown)} is not a recommendation or area for improvement of this inspection "
                f"(ids: {', '.join(targets)}); use one of those, or none"
            )
        free, left_out = [], []
        for row in rows:
            if (chosen := assigned.get(row.fields.get("row", ""))) is None:
                free.append(row)
                continue
            how[row.sid] = "assigned"
            if [t.lower() for t in chosen] == ["none"]:
                left_out.append(row)
            for target in (t for t in chosen if t.lower() != "none"):
                matched[by_key[ref_key(target)]].append(row)
        rows = free
        for row in rows:
            # A row may answer several recommendations ("10, 22", "1-3", "Rec 3(a)").
            cell = row.fields.get("ref", "")
            whole = ref_key(cell)  # "CoC1 - R1" may be one id of the report's own ("CoC1-R1")
            keys = [whole] if whole in by_key else parse_ref_cell(cell)
            hits = [by_key[k] for k in keys if k in by_key]
            if not hits:  # "Rec C" when the report numbers its parts C(i) and C(ii): the row answers each
                hits = [t for k in keys for key, t in by_key.items() if key != k and parent_key(key) == k]
            for target in hits:
                matched[target].append(row)
                how[row.sid] = "reference"
            if not hits:
                unmatched.append(row)
        # A row whose reference names another recommendation (R2 when only 1 is in this report), or the
        # whole report, stays unmatched; a row with no usable reference is matched by meaning, when
        # clearly closest to one.
        # A reference in another numbering than the report's ("A1" for a theme's rows when the report
        # numbers 3, 4, 8 ...) names no recommendation: such rows are matched by meaning like unreferenced ones.
        shapes = {_shape(k) for k in by_key}
        referenced = [
            r
            for r in unmatched
            if (keys := parse_ref_cell(r.fields.get("ref", "")))
            and (
                any(_shape(k) in shapes for k in keys)
                or all(re.fullmatch(r"general|g\d*|coc\d*", k) for k in keys)
            )
        ]
        unmatched = [r for r in unmatched if r not in referenced]
        if unmatched and targets:
            ids = list(targets)
            tv = self.embeddings.embed_array([targets[i] for i in ids])
            rv = self.embeddings.embed_array([r.fields.get("text") or r.text for r in unmatched])
            sims = rv @ tv.T
            still = []
            for row, row_sims in zip(unmatched, sims, strict=True):
                best = int(np.argmax(row_sims))
                if row_sims[best] >= 0.6:
                    matched[ids[best]].append(row)
                    how[row.sid] = "meaning"
                else:
                    still.append(row)
            unmatched = still
        return matched, left_out + referenced + unmatched

    # -- past letters ---------------------------------------------------------------------------
    def _past_responses(self, registry: SourceRegistry, inspection: Inspection, k: int = 3) -> list[Source]:
        query = " ".join([inspection.title] + [r.text for r in inspection.recommendations[:3]])
        hits = self.searcher.search(query, SearchFilters(kind="response"), limit=10)
        own = [
            h
            for h in hits
            if h.meta.office == self.office.area_name
            and not instruction_cue(f"{h.meta.title} {h.best.chunk.text}")
        ][:k]
        return [
            registry.add(
                kind="past_response",
                title=h.meta.title or h.meta.doc_id,
                text=h.best.chunk.text,
                marking=h.best.chunk.marking,
                doc_id=h.meta.doc_id,
                chunk_id=h.best.chunk.chunk_id,
                section=h.best.chunk.section,
                published=h.meta.published,
            )
            for h in own
        ]


_ROW_FIELD = re.compile(r"^(Action|Owner|Due|Status|Progress|Report):\s*(.*)$")


_LINE_MARKED = re.compile(r"(?:^|\|\s*|\[)\s*OFFICIAL[\s_-]+SENSITIVE\b|\bO-?S\s*$", re.I)
_RULE_LINE = re.compile(r"\b(?:rows?|entries|items)\b.{0,40}\bOFFICIAL[\s_-]+SENSITIVE\b", re.I)


def _split_context(
    title: str, texts: list[str], file_marking: str, rows_marked: bool
) -> list[tuple[str, str, str]]:
    """The notes' text outside their rows, as an OFFICIAL and an OFFICIAL-SENSITIVE part: a line is
    sensitive when it is marked so itself (a marking cell, a "[OFFICIAL-SENSITIVE]" prefix); a file
    marked OFFICIAL-SENSITIVE with no row markings is sensitive throughout. A line that only states
    the handling rule ("rows marked OFFICIAL-SENSITIVE are restricted") is not itself sensitive."""
    lines = [line for t in texts for line in t.split("\n") if line.strip()]
    whole = (
        file_marking == "OFFICIAL-SENSITIVE"
        and not rows_marked
        and not any(_LINE_MARKED.search(line) for line in lines)
    )
    public, restricted = [], []
    for line in lines:
        marked = whole or (_LINE_MARKED.search(line) and not _RULE_LINE.search(line))
        (restricted if marked else public).append(line)
    return [
        (
            f"{title} (text outside the rows)" + (", OFFICIAL-SENSITIVE" if marking != "OFFICIAL" else ""),
            "\n".join(part),
            marking,
        )
        for part, marking in ((public, "OFFICIAL"), (restricted, "OFFICIAL-SENSITIVE"))
        if part
    ]


def _library_context(title: str, doc_id: str, chunks: list[Chunk]) -> list[tuple[str, str, str, str]]:
    """A library plan's text outside its rows, by each passage's marking as the library holds it now
    (a document raised to OFFICIAL-SENSITIVE after ingest is sensitive throughout)."""
    outside = [c for c in chunks if not is_plan_row(c.text)]
    official = [c.text for c in outside if c.marking != "OFFICIAL-SENSITIVE"]
    restricted = [c.text for c in outside if c.marking == "OFFICIAL-SENSITIVE"]
    parts = _split_context(title, official, "OFFICIAL", True)
    if restricted:
        parts.append(
            (
                f"{title} (text outside the rows), OFFICIAL-SENSITIVE",
                "\n".join(restricted),
                "OFFICIAL-SENSITIVE",
            )
        )
    return [(*part, doc_id) for part in parts]


def is_plan_row(text: str) -> bool:
    return "\nAction:" in text or text.startswith("Action:")


def row_fields(text: str) -> dict[str, str]:
    """The named parts of a rendered action-plan row ("R1 (recommendation): ...\\nAction: ...")."""
    lines = text.split("\n")
    fields: dict[str, str] = {}
    head = lines[0]
    # The rendered head is "REF (kind): text", "REF: text" or "REF" alone (see tables.render_row).
    # A reference may hold its own brackets ("3(a)"); the kind is bracketed after a space.
    m = re.match(r"^((?:[^:()\n]|\([A-Za-z0-9]{1,4}\)){1,30}?)(?:\s+\(([^)]*)\))?(?::\s*(.*))?$", head)
    if m and (m.group(3) is not None or len(head) <= 30):
        fields["ref"], fields["kind"], fields["text"] = m.group(1).strip(), m.group(2) or "", m.group(3) or ""
    else:
        fields["text"] = head
    current = None  # a field continued on the lines below it ("Action:" then "- ..." one per action)
    for line in lines[1:]:
        fm = _ROW_FIELD.match(line)
        if fm:
            current = {"report": "inspection"}.get(fm.group(1).lower(), fm.group(1).lower())
            fields[current] = fm.group(2).strip()
        elif current and line.startswith("- "):
            fields[current] = f"{fields[current]}\n{line}".strip()
        else:
            current = None
    return fields


def _shape(key: str) -> str:
    """The numbering a reference key follows: '3' -> '9', '3a' -> '9a', 'a' -> 'a', 'afi2' -> 'afi9'."""
    return (
        re.sub(r"[a-z]+$", "a", re.sub(r"\d+", "9", key))
        if not key.startswith(("afi", "coc"))
        else re.sub(r"\d+", "9", key)
    )


def this_reports_rows(rows: list[Source], inspection: Inspection) -> list[Source]:
    """Rows of a tracker shared by several inspections that belong to this one: those whose report
    names it best among the reports the tracker holds (the words of the title, and the month and year
    of publication), and those with no report. A tracker for one report keeps every row."""
    reports = {r.fields.get("inspection", "").strip() for r in rows} - {""}
    if len(reports) <= 1:  # the notes named for this inspection, about one report: all of it
        return rows
    scores = {rep: _report_score(rep, inspection) for rep in reports}
    best = max(scores.values())
    if best <= 0:
        return [r for r in rows if not r.fields.get("inspection", "").strip()]
    # Sheets for the themes of one report ("State of Policing 2025 – Theme B") all name it; another
    # report on the same tracker shares few of its words.
    ours = {rep for rep, score in scores.items() if score >= 0.5 * best}
    return [r for r in rows if r.fields.get("inspection", "").strip() in ours | {""}]


def _report_score(report: str, inspection: Inspection) -> float:
    """How well a tracker's report name ("Roads Policing (Oct 26)") names this inspection: title words
    shared (by stem: "roads" is "road"), the month and year of publication; a year that is not the
    publication's ("ASB spotlight (Oct 24)", "PEEL 2025") names another report."""
    words = {w for w in stems(report) if len(w) > 2}
    title = {w for w in stems(inspection.title) if len(w) > 2}
    month = {inspection.published.strftime("%b").lower(), inspection.published.strftime("%B").lower()}
    named_month = {w for w in re.findall(r"[a-z]+", report.lower())} & {m[:3] for m in month} | (
        {w for w in re.findall(r"[a-z]+", report.lower())} & month
    )
    years = {int(y) for y in re.findall(r"\b(20\d\d)\b", report)} | {
        2000 + int(y) for y in re.findall(r"\b[A-Za-z]{3,9}\.?\s*['’-]?\s*(\d\d)\b(?![/\d])", report)
    }
    if not words:
        return 0.0
    ours = {inspection.published.year} | {int(y) for y in re.findall(r"\b(20\d\d)\b", inspection.title)}
    score = len(words & title) + 0.5 * bool(named_month) + 0.5 * bool(years & ours)
    return score - 2 if years and not years & ours else score


def _same_title(a: str, b: str) -> bool:
    norm = lambda s: re.sub(r"[^a-z0-9]+", " ", s.lower()).strip()  # noqa: E731
    return bool(a and b) and difflib.SequenceMatcher(None, norm(a), norm(b)).ratio() >= 0.85
