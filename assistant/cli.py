"""``pcc-assistant``: the command line. Parses arguments, calls the service, prints. No logic here."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table
from rich.text import Text

from assistant.records import DocumentHit, SearchFilters
from assistant.service import Assistant, NotFound
from assistant.settings import Settings

app = typer.Typer(add_completion=False, no_args_is_help=True, help=__doc__)
console = Console()
err = Console(stderr=True)


def _assistant() -> Assistant:
    return Assistant.from_settings(Settings())


def _fail(message: str, code: int = 1) -> None:
    err.print(f"[red]Error:[/red] {message}")
    raise typer.Exit(code)


@app.command()
def ingest(
    paths: Annotated[list[Path], typer.Argument(help="Files or folders to add to the library")],
    kind: Annotated[
        str | None, typer.Option(help="Force the kind: response, action_plan, inspection, other")
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the per-file report as JSON")] = False,
) -> None:
    """Add files to the library (idempotent: unchanged files are skipped, edited ones replaced)."""
    if kind not in (None, "response", "action_plan", "inspection", "other"):
        _fail(f"unknown kind {kind!r}")
    assistant = _assistant()
    report = assistant.ingest(paths, kind=kind, progress=sys.stderr.isatty())
    if as_json:
        console.print_json(report.model_dump_json())
    else:
        for outcome in report.outcomes:
            if outcome.status == "failed":
                err.print(f"[red]failed[/red]    {outcome.path}: {outcome.reason}")
            elif outcome.status == "duplicate":
                err.print(f"[yellow]duplicate[/yellow] {outcome.path}: {outcome.reason}")
        console.print(report.summary())
    if report.failed:
        raise typer.Exit(2)


@app.command()
def forget(doc_id: Annotated[str, typer.Argument(help="The document id, as `docs` lists it")]) -> None:
    """Remove one document and all its passages from the library."""
    try:
        _assistant().forget(doc_id)
    except NotFound as exc:
        _fail(str(exc))
    console.print(f"Forgot {doc_id}.")


@app.command()
def docs(as_json: Annotated[bool, typer.Option("--json")] = False) -> None:
    """List the documents in the library."""
    documents = _assistant().documents()
    if as_json:
        console.print_json(json.dumps([d.model_dump(mode="json") for d in documents]))
        return
    table = Table("id", "kind", "published", "type", "marking", "chunks", "title", show_lines=False)
    for d in documents:
        m = d.meta
        table.add_row(
            m.doc_id,
            m.kind,
            str(m.published or ""),
            m.inspection_type or "",
            m.marking,
            str(d.n_chunks),
            m.title[:70],
        )
    console.print(table)
    console.print(f"{len(documents)} documents")


@app.command()
def show(doc_id: str, as_json: Annotated[bool, typer.Option("--json")] = False) -> None:
    """Print one document's metadata and passages."""
    try:
        stored, chunks = _assistant().document(doc_id)
    except NotFound as exc:
        _fail(str(exc))
    if as_json:
        console.print_json(
            json.dumps(
                {"document": stored.model_dump(mode="json"), "chunks": [c.model_dump() for c in chunks]}
            )
        )
        return
    for key, value in stored.meta.model_dump(mode="json").items():
        console.print(f"[bold]{key}[/bold]: {value}")
    for c in chunks:
        console.rule(f"{c.position} · {c.section or '—'} · {c.marking}")
        console.print(c.text, markup=False, highlight=False)


@app.command()
def mark(
    doc_id: str,
    marking: Annotated[
        str, typer.Argument(help="OFFICIAL-SENSITIVE, or 'file' to restore the file's own marking")
    ],
) -> None:
    """Set a document's protective marking."""
    value = None if marking.lower() == "file" else marking.upper()
    if value not in (None, "OFFICIAL-SENSITIVE", "OFFICIAL"):
        _fail("marking must be OFFICIAL-SENSITIVE, OFFICIAL or 'file'")
    try:
        stored = _assistant().set_marking(doc_id, value)
    except NotFound as exc:
        _fail(str(exc))
    console.print(f"{doc_id}: {stored.meta.marking}")


@app.command()
def search(
    query: Annotated[str, typer.Argument(help="A topic, e.g. 'missing children exploitation'")],
    kind: Annotated[str | None, typer.Option(help="response, action_plan, inspection, other")] = None,
    inspection_type: Annotated[
        str | None, typer.Option("--type", help="e.g. 'national thematic', PEEL")
    ] = None,
    year_from: Annotated[int | None, typer.Option("--from", help="Earliest year")] = None,
    year_to: Annotated[int | None, typer.Option("--to", help="Latest year")] = None,
    marking: Annotated[str | None, typer.Option(help="OFFICIAL or OFFICIAL-SENSITIVE")] = None,
    limit: Annotated[int, typer.Option(help="How many documents")] = 10,
    mode: Annotated[str, typer.Option(help="hybrid, vector or lexical")] = "hybrid",
    as_json: Annotated[bool, typer.Option("--json")] = False,
) -> None:
    """Search past responses and action plans by topic."""
    try:
        filters = SearchFilters(
            kind=kind, inspection_type=inspection_type, year_from=year_from, year_to=year_to, marking=marking
        )
    except ValueError as exc:
        _fail(f"bad filter: {exc}")
    if mode not in ("hybrid", "vector", "lexical"):
        _fail("mode must be hybrid, vector or lexical")
    hits = _assistant().search(query, filters, limit=limit, mode=mode)
    if as_json:
        console.print_json(json.dumps([h.model_dump(mode="json") for h in hits]))
        return
    if not hits:
        console.print("No matching documents.")
    for rank, hit in enumerate(hits, start=1):
        _print_hit(rank, hit)


def _print_hit(rank: int, hit: DocumentHit) -> None:
    m = hit.meta
    console.print(
        f"[bold]{rank}. {m.doc_id}[/bold]  [dim]{m.kind} · {m.inspection_type or 'type unknown'} · "
        f"{m.published or m.doc_date or 'undated'} · {m.marking} · score {hit.score:.4f}[/dim]"
    )
    if m.title:
        console.print(f"   {m.title}", markup=False, highlight=False)
    snippet = Text("   " + hit.snippet)
    for span in hit.highlights:
        snippet.stylize("bold yellow", span.start + 3, span.end + 3)
    console.print(snippet)
    section = hit.best.chunk.section
    if section:
        console.print(f"   [dim]section: {section}[/dim]", highlight=False)


@app.command()
def status(as_json: Annotated[bool, typer.Option("--json")] = False) -> None:
    """Which engine, models and store are in use, and how many documents."""
    info = _assistant().status()
    if as_json:
        console.print_json(json.dumps(info))
        return
    for key, value in info.items():
        console.print(f"[bold]{key}[/bold]: {value}")


if __name__ == "__main__":  # pragma: no cover
    app()
