"""Typed records that move between the components: blocks, documents, chunks, hits.

They are plain pydantic models so that the CLI's ``--json``, the UI and the audit log all serialise
the same shapes.
"""

from __future__ import annotations

from datetime import date
from typing import Literal, get_args

from pydantic import BaseModel, Field

Kind = Literal["response", "action_plan", "inspection", "other"]
Marking = Literal["OFFICIAL", "OFFICIAL-SENSITIVE"]
BlockKind = Literal["heading", "paragraph", "list_item", "quote", "table_row", "header_table", "plan_row"]

InspectionType = Literal[
    "force-specific",
    "national thematic",
    "PEEL",
    "joint",
    "spotlight",
    "super-complaint",
    "revisit",
    "annual assessment",
]
INSPECTION_TYPES: tuple[str, ...] = get_args(InspectionType)


class Block(BaseModel):
    """One structural unit read from a file, in reading order (a paragraph, a heading, a table row)."""

    kind: BlockKind
    text: str
    level: int = 0  # heading level
    marking: Marking | None = None  # per-row marking in action plans
    fields: dict[str, str] = Field(default_factory=dict)  # named cells (header table, plan row)


class PlanTable(BaseModel):
    """How one action-plan table (or a plan written as headings) was read: which column was taken as
    what, so that a person can check it."""

    where: str = ""  # "sheet 'Theme A'", "table 2", "headings"; empty for a file that is one table
    columns: list[tuple[str, str]] = Field(default_factory=list)  # (header as written, meaning)
    kept: list[str] = Field(default_factory=list)  # headers kept under their own label, not read
    rows: int = 0
    report: str = ""  # the report a sheet stands for (its title line, else its name) when no column says

    def describe(self) -> str:
        """'"Rec no" → reference, "Lead (name)" → owner; kept as written: "Theme"'."""
        text = ", ".join(f'"{h}" → {m}' for h, m in self.columns)
        if self.kept:
            text += "; kept as written: " + ", ".join(f'"{h}"' for h in self.kept)
        return text


class ParsedFile(BaseModel):
    """What a loader returns: the blocks plus any metadata the format itself declares."""

    blocks: list[Block]
    declared: dict[str, str] = Field(default_factory=dict)  # e.g. front matter, document title
    plan_tables: list[PlanTable] = Field(default_factory=list)  # how each action-plan table was read


class DocumentMeta(BaseModel):
    """What we know about a document; every chunk carries the searchable part of it."""

    doc_id: str
    kind: Kind
    office: str
    title: str = ""  # the inspection's title
    inspection_type: str | None = None
    published: date | None = None  # the inspection report's publication date
    doc_date: date | None = None  # the date of this document (letter date, last updated)
    recommendations_scope: list[str] = Field(default_factory=list)  # e.g. ["national"]
    marking: Marking = "OFFICIAL"
    source_path: str
    content_hash: str
    file_type: str
    plan_tables: list[PlanTable] = Field(default_factory=list)  # how its plan's columns were read

    @property
    def year(self) -> int | None:
        d = self.published or self.doc_date
        return d.year if d else None


class Chunk(BaseModel):
    """A passage that is embedded, indexed and cited. Never crosses a section boundary."""

    chunk_id: str
    doc_id: str
    position: int
    section: str
    text: str
    marking: Marking


def is_public(chunk: Chunk) -> bool:
    """A passage that may shape a published letter. The chunk's marking is the effective one: its row's
    own, else the document's, raised by any marking set on the document after ingest."""
    return chunk.marking != "OFFICIAL-SENSITIVE"


class Document(BaseModel):
    meta: DocumentMeta
    version: str
    chunks: list[Chunk]


class StoredDocument(BaseModel):
    """A row of the catalog: what ``docs`` lists."""

    meta: DocumentMeta
    version: str
    n_chunks: int
    ingested_at: str


IngestStatus = Literal["ingested", "replaced", "unchanged", "duplicate", "skipped", "failed"]


class FileOutcome(BaseModel):
    path: str
    status: IngestStatus
    doc_id: str | None = None
    reason: str = ""
    n_chunks: int = 0
    kind: Kind | None = None
    plan_tables: list[PlanTable] = Field(default_factory=list)  # how its plan's columns were read


class IngestReport(BaseModel):
    outcomes: list[FileOutcome] = Field(default_factory=list)

    def count(self, *statuses: IngestStatus) -> int:
        return sum(o.status in statuses for o in self.outcomes)

    @property
    def failed(self) -> list[FileOutcome]:
        return [o for o in self.outcomes if o.status == "failed"]

    def summary(self) -> str:
        return (
            f"ingested {self.count('ingested', 'replaced')} (replaced {self.count('replaced')}), "
            f"unchanged {self.count('unchanged')}, duplicates {self.count('duplicate')}, "
            + (f"skipped {self.count('skipped')}, " if self.count("skipped") else "")
            + f"failed {self.count('failed')}"
        )


class SearchFilters(BaseModel):
    kind: Kind | None = None
    inspection_type: str | None = None
    year_from: int | None = None
    year_to: int | None = None
    marking: Marking | None = None

    def matches(self, meta: dict) -> bool:
        """The same rule the vector store's ``where`` clause applies, for the lexical side."""
        if self.kind and meta.get("kind") != self.kind:
            return False
        if self.inspection_type and meta.get("inspection_type") != self.inspection_type:
            return False
        if self.marking and meta.get("marking") != self.marking:
            return False
        year = meta.get("year")
        if self.year_from is not None and (year is None or year < self.year_from):
            return False
        return not (self.year_to is not None and (year is None or year > self.year_to))


class Span(BaseModel):
    start: int
    end: int


class ChunkHit(BaseModel):
    chunk: Chunk
    meta: DocumentMeta
    score: float  # fused (reciprocal rank fusion)
    vector_rank: int | None = None
    lexical_rank: int | None = None
    vector_similarity: float | None = None
    lexical_score: float | None = None


class DocumentHit(BaseModel):
    """Search results grouped by document, with the best passage and where the query terms are in it."""

    meta: DocumentMeta
    score: float
    best: ChunkHit
    snippet: str
    highlights: list[Span] = Field(default_factory=list)
    other_chunks: int = 0
