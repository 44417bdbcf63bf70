"""``pcc-assistant``: the command line. Parses arguments, calls the service, prints. No logic here."""

# The service, the store, the models and the web app are imported inside the commands that use them,
# so that `--help` and argument errors answer at once (tests/test_packaging.py checks the heavy
# libraries stay out of `import assistant.cli`; bench/cli_help.py times it).
from __future__ import annotations

import json
import sys
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table
from rich.text import Text

if TYPE_CHECKING:
    from assistant.records import DocumentHit
    from assistant.service import Assistant

# No local variables in a traceback (they can hold keys); no emoji codes in text ("root:x:0" stays text).
app = typer.Typer(
    add_completion=False, no_args_is_help=True, help=__doc__, pretty_exceptions_show_locals=False
)
console = Console(emoji=False)
err = Console(stderr=True, emoji=False)


def _assistant() -> Assistant:
    from assistant.service import Assistant
    from assistant.settings import Settings

    return Assistant.from_settings(Settings())


def _fail(message: str, code: int = 1) -> None:
    err.print(Text.assemble(("Error: ", "red"), message), highlight=False)  # the message as text, not markup
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
    on_terminal = sys.stderr.isatty()
    if on_terminal:  # loading the store and the model takes a few seconds before the bar appears
        err.print("Opening the library and loading the embedding model…", style="dim", highlight=False)
    assistant = _assistant()
    report = assistant.ingest(paths, kind=kind, progress=on_terminal)
    if as_json:
        console.print_json(report.model_dump_json())
    else:
        for outcome in report.outcomes:
            if outcome.status in ("failed", "duplicate", "skipped"):
                label = {
                    "failed": ("failed    ", "red"),
                    "duplicate": ("duplicate ", "yellow"),
                    "skipped": ("skipped   ", "yellow"),
                }[outcome.status]
                err.print(Text.assemble(label, f"{outcome.path}: {outcome.reason}"), highlight=False)
            elif outcome.plan_tables:
                console.print(
                    f"{Path(outcome.path).name}: " + _plan_reading(outcome.kind, outcome.plan_tables),
                    markup=False,
                    highlight=False,
                    soft_wrap=True,
                )
        console.print(report.summary())
    if report.failed:
        raise typer.Exit(2)


_KIND_WORDS = {"action_plan": "an action plan", "response": "a response", "inspection": "an inspection"}


def _plan_reading(kind: str | None, tables) -> str:
    """'read as an action plan, 12 rows; columns: "Rec no" → reference, ...; kept as written: "Theme"'."""
    rows = sum(t.rows for t in tables)
    head = f"read as {_KIND_WORDS.get(kind or '', 'other')}, {rows} row{'s' * (rows != 1)}"
    if len({(tuple(t.columns), tuple(t.kept)) for t in tables}) == 1:
        where = f" in {len(tables)} tables" if len(tables) > 1 else ""
        source = " from headings" if tables[0].where == "headings" else ""
        reports = ", ".join(f"'{t.report}'" for t in tables if t.report)
        reports = f"; sheet names read as the report: {reports}" if reports else ""
        return f"{head}{where}{source}; columns: {tables[0].describe()}{reports}"
    parts = [
        f"{t.where or f'table {i}'} ({t.rows} rows"
        + (f", report '{t.report}'" if t.report else "")
        + f"): {t.describe()}"
        for i, t in enumerate(tables, 1)
    ]
    return head + ";\n  " + ";\n  ".join(parts)


@app.command()
def forget(doc_id: Annotated[str, typer.Argument(help="The document id, as `docs` lists it")]) -> None:
    """Remove one document and all its passages from the library (it can be restored for 30 days)."""
    from assistant.service import NotFound

    try:
        record = _assistant().forget(doc_id)
    except NotFound as exc:
        _fail(str(exc))
    until = record.purge_on
    console.print(f"Removed {doc_id}. It can be put back until {until.day} {until:%B %Y} with:")
    console.print(f"pcc-assistant restore {doc_id}", soft_wrap=True)


@app.command()
def reindex() -> None:
    """Embed every passage that has no vector for the configured embedding model (after changing it)."""
    done = _assistant().reindex(progress=True)
    console.print(
        f"Embedded {done} passage{'s' if done != 1 else ''} with the current embedding model."
        if done
        else "Every passage already has a vector for the current embedding model."
    )


@app.command()
def removed(as_json: Annotated[bool, typer.Option("--json")] = False) -> None:
    """List the documents removed in the last 30 days, which `restore` can put back."""
    records = _assistant().removed_documents()
    if as_json:
        console.print_json(
            json.dumps(
                [
                    r.model_dump(mode="json", exclude={"document"}) | {"doc_id": r.doc_id, "title": r.title}
                    for r in records
                ]
            )
        )
        return
    if not records:
        console.print("Nothing has been removed in the last 30 days.")
        return
    table = Table("title", "removed", "by", "purged on", "marking")
    table.add_column("id", no_wrap=True)
    for r in records:
        when, until = f"{r.removed_at:%d %b %Y %H:%M}", f"{r.purge_on:%d %b %Y}"
        table.add_row(r.title, when, r.removed_by, until, r.protective_marking, r.doc_id)
    console.print(table)


@app.command()
def restore(doc_id: Annotated[str, typer.Argument(help="The document id, as `removed` lists it")]) -> None:
    """Put a removed document back into the library as it was."""
    from assistant.service import NotFound

    try:
        stored = _assistant().restore(doc_id)
    except (NotFound, ValueError) as exc:
        _fail(str(exc))
    console.print(f"Restored {doc_id} ({stored.n_chunks} passages).")


@app.command()
def purge(
    doc_id: Annotated[
        str | None, typer.Argument(help="One removed document; leave out for every one")
    ] = None,
    yes: Annotated[bool, typer.Option("--yes", help="Do not ask first")] = False,
) -> None:
    """Delete removed documents for good, before their 30 days are up."""
    from assistant.service import NotFound

    what = doc_id or "every removed document"
    if not yes and not typer.confirm(f"Delete {what} for good? This cannot be undone."):
        _fail("Nothing deleted.")
    try:
        gone = _assistant().purge(doc_id)
    except NotFound as exc:
        _fail(str(exc))
    console.print(f"Deleted for good: {', '.join(gone)}." if gone else "Nothing to delete.")


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
    from assistant.service import NotFound

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
        if key != "plan_tables":
            console.print(f"[bold]{key}[/bold]: {escape(str(value))}")
    if stored.meta.plan_tables:
        reading = _plan_reading(stored.meta.kind, stored.meta.plan_tables)
        console.print(Text.assemble(("plan_tables", "bold"), f": {reading}"), highlight=False, soft_wrap=True)
    for c in chunks:
        console.rule(escape(f"{c.position} · {c.section or '—'} · {c.marking}"))
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
    from assistant.service import NotFound

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
    from assistant.records import SearchFilters

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
    if getattr(hits, "note", ""):
        err.print(hits.note, markup=False, highlight=False)
    if not hits:
        console.print("No matching documents.")
    for rank, hit in enumerate(hits, start=1):
        _print_hit(rank, hit)


def _print_hit(rank: int, hit: DocumentHit) -> None:
    m = hit.meta
    console.print(
        f"[bold]{rank}. {escape(m.doc_id)}[/bold]  [dim]{m.kind} · {escape(m.inspection_type or 'type unknown')} · "
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
        console.print(f"   [dim]section: {escape(section)}[/dim]", highlight=False)


def _stream(section: str, delta: str | None) -> None:
    if delta is None:
        err.print(f"\n[yellow]retrying {section}…[/yellow]")
    else:
        err.print(delta, end="", markup=False, highlight=False)


def _print_flags(draft) -> None:
    open_flags = [f for f in draft.flags if not f.resolved]
    colours = {"error": "red", "warning": "yellow", "info": "dim"}
    for f in open_flags:
        where = f" (section {f.section + 1})" if f.section is not None else ""
        console.print(
            f"[{colours[f.severity]}]{f.severity}[/] {f.kind}{where}: {escape(f.message)}", highlight=False
        )
    covered = sum(c.covered for c in draft.coverage)
    console.print(
        f"Recommendations answered: {covered} of {len(draft.coverage)}. "
        f"Due {draft.due_date:%d %B %Y} ({draft.days_left} days left)."
    )


def _print_matches(matches) -> None:
    from rich.table import Table

    table = Table(title="Action-plan rows and what they answer")
    for col in ("Row", "Ref", "Answers", "How", "Marking", "Action"):
        table.add_column(col)
    for m in matches:
        table.add_row(m.row, m.ref, ", ".join(m.targets) or "—", m.how, m.marking, m.summary)
    console.print(table)
    left = [m.row for m in matches if not m.targets]
    console.print(
        f"{len(matches) - len(left)} row(s) matched, {len(left)} left over"
        + (f" ({', '.join(left)})" if left else "")
        + '. To correct one, add to the inspection file:  assign: {"ROW": "ID"}  (or "none").'
    )


@app.command()
def draft(
    inspection: Annotated[
        Path | None, typer.Argument(help="The new inspection (YAML form, see corpus/new-inspections)")
    ] = None,
    out: Annotated[
        Path | None, typer.Option(help="Write the draft here (.docx or .md), for internal review")
    ] = None,
    engine: Annotated[
        str | None, typer.Option(help="composer or llm (default: llm if a model is configured)")
    ] = None,
    report_json: Annotated[Path | None, typer.Option("--json", help="Write the JSON report here")] = None,
    resume: Annotated[str | None, typer.Option(help="Carry on a partial draft that stopped")] = None,
    include_sensitive: Annotated[
        bool,
        typer.Option(
            "--include-sensitive",
            help="Put OFFICIAL-SENSITIVE source passages in the --json report (withheld by default); "
            "the report then says file_marking OFFICIAL-SENSITIVE",
        ),
    ] = False,
    show_matches: Annotated[
        bool,
        typer.Option(
            "--show-matches",
            help="Show which action-plan row answers which recommendation, and the rows left over; draft nothing",
        ),
    ] = False,
) -> None:
    """Draft a response to a new inspection, verify it, and save it as version 1."""
    from assistant.drafting.drafter import DraftingError
    from assistant.drafting.export import report
    from assistant.drafting.inspection import InspectionError
    from assistant.drafting.sources import SourceError

    assistant = _assistant()
    _warn_office(assistant)
    on_token = (
        _stream if (engine == "llm" or (engine is None and assistant.settings.llm.configured)) else None
    )
    if show_matches:
        if inspection is None:
            _fail("name an inspection file to show its matches")
        try:
            matches = assistant.row_matches(inspection)
        except (InspectionError, SourceError) as exc:
            _fail(str(exc))
        _print_matches(matches)
        return
    try:
        if resume:
            result = assistant.resume_draft(resume, engine, on_token)
        elif inspection is None:
            _fail("name an inspection file, or --resume DRAFT_ID")
        else:
            result = assistant.draft(inspection, engine, on_token)
    except (InspectionError, SourceError, DraftingError) as exc:
        _fail(str(exc))
    if on_token:
        err.print()
    console.print(
        f"Draft {result.draft_id} v{result.version} ({result.engine}"
        + (f", {result.model}" if result.model else "")
        + ")"
    )
    if out:
        assistant.export(result.draft_id, out)
        console.print(f"Written to {out}")
    if report_json:
        report_json.write_text(json.dumps(report(result, include_sensitive), indent=2), encoding="utf-8")
        console.print(f"Report written to {report_json}")
    for note in result.notes[:2]:
        console.print(f"[dim]{escape(note)}[/dim]", highlight=False)
    _print_flags(result)


@app.command()
def revise(
    draft_id: str,
    instruction: Annotated[
        str, typer.Argument(help="e.g. 'shorten section 3', 'add a section on custody visiting'")
    ],
    engine: Annotated[str | None, typer.Option(help="composer or llm (default: the draft's own)")] = None,
    out: Annotated[Path | None, typer.Option(help="Write the new version here (.docx or .md)")] = None,
) -> None:
    """Make a new version of a draft from an instruction."""
    from assistant.drafting.drafter import DraftingError
    from assistant.drafting.revise import RevisionError

    assistant = _assistant()
    try:
        result = assistant.revise(draft_id, instruction, engine, _stream if engine == "llm" else None)
    except (RevisionError, DraftingError, LookupError) as exc:
        _fail(str(exc))
    console.print(f"Draft {result.draft_id} v{result.version}: {instruction}")
    console.print(result.changes, markup=False)  # what changed, section by section
    if out:
        assistant.export(result.draft_id, out)
        console.print(f"Written to {out}")
    _print_flags(result)


@app.command()
def export(
    draft_id: str,
    out: Annotated[Path, typer.Argument(help="A .docx or .md file")],
    publication: Annotated[
        bool, typer.Option(help="Leave out sources and notes; refused while blocking flags stand")
    ] = False,
    override_reason: Annotated[
        str | None, typer.Option(help="Publish despite blocking flags; recorded in the audit log")
    ] = None,
    version: Annotated[int | None, typer.Option(help="Default: the latest")] = None,
    date: Annotated[
        datetime | None,
        typer.Option(formats=["%Y-%m-%d"], help="The letter's date, YYYY-MM-DD (default: today)"),
    ] = None,
    include_sensitive: Annotated[
        bool,
        typer.Option(
            "--include-sensitive",
            help="Review copy: print OFFICIAL-SENSITIVE source passages (withheld by default); "
            "the file is then marked OFFICIAL-SENSITIVE",
        ),
    ] = False,
) -> None:
    """Export a draft to Word or Markdown, in the letter form set by PCC_LETTER__FORM (and the office's
    template, PCC_LETTER__TEMPLATE, for Word)."""
    from assistant.drafting.export import ExportRefused

    try:
        path = _assistant().export(
            draft_id,
            out,
            "publication" if publication else "internal",
            override_reason,
            version,
            letter_date=date.date() if date else None,
            include_sensitive=include_sensitive,
        )
    except (ExportRefused, LookupError, ValueError) as exc:
        _fail(str(exc))
    console.print(f"Written to {path}", markup=False, highlight=False)


@app.command()
def approve(
    draft_id: str,
    approver: Annotated[
        str | None,
        typer.Option(help="Who approves, if not you (recorded as typed, by your account)"),
    ] = None,
    override_reason: Annotated[
        str | None, typer.Option(help="Approve despite error flags; recorded in the audit log")
    ] = None,
) -> None:
    """Record an approval of the latest version, by you (your account) unless --approver names someone
    (refused while error flags stand)."""
    from assistant.drafting.export import ExportRefused

    try:
        record = _assistant().approve(draft_id, approver, override_reason=override_reason)
    except (ExportRefused, LookupError, ValueError) as exc:
        _fail(str(exc))
    detail = record["detail"] if isinstance(record["detail"], dict) else {}
    typed = f" (typed by {detail.get('entered_by')})" if detail.get("typed") else ""
    console.print(
        f"Approved by {record['user']}{typed} at {record['at']} (version {record['version']}).",
        markup=False,
        highlight=False,
    )


@app.command()
def history(
    draft_id: Annotated[str | None, typer.Argument(help="A draft id; none lists all drafts")] = None,
    as_json: Annotated[bool, typer.Option("--json")] = False,
) -> None:
    """List drafts, or one draft's versions, events and changes between versions; either way, say
    whether the audit log's hash chain is intact and, if not, where it breaks."""
    assistant = _assistant()
    if draft_id is None:
        rows = assistant.drafts()
        chain = assistant.audit_check()
        if as_json:  # the list as before; a broken chain is said on stderr (exit 3)
            console.print_json(json.dumps(rows))
            if not chain["intact"]:
                _print_chain(chain)
            return
        for row in rows:
            console.print(
                f"{row['draft_id']}  v{row['version']}  {row['created_at']}  {row['title']}",
                markup=False,
                highlight=False,
            )
        _print_chain(chain)
        return
    try:
        info = assistant.history(draft_id)
    except LookupError as exc:
        _fail(str(exc))
    if as_json:
        console.print_json(json.dumps(info))
        if not info["chain"]["intact"]:
            _print_chain(info["chain"])
        return
    for v in info["versions"]:
        console.print(
            f"v{v['version']}  {v['created_at']}  {v['user']}  {v['engine']}"
            + (f" ({v['model']})" if v["model"] else "")
            + f"  flags {v['flags']}"
            + (f"  “{v['instruction']}”" if v["instruction"] else ""),
            markup=False,
            highlight=False,
        )
    for e in info["events"]:
        if e["action"] in ("approve", "override", "export"):
            console.print(
                f"{e['at']}  {e['action']} by {e['user']}: {e['detail']}", markup=False, highlight=False
            )
    for diff in info["diffs"]:
        console.print(diff, markup=False, highlight=False)
    _print_chain(info["chain"])


def _print_chain(chain: dict) -> None:
    """The audit log's hash chain: intact, or each break and where it is (on stderr too, and exit 3)."""
    legacy = (
        f"; {chain['legacy']} record(s) from before the chain started ({chain['chain_started']}) "
        "were chained then and cannot be vouched for before that"
        if chain["legacy"]
        else ""
    )
    if chain["intact"]:
        console.print(f"Audit log: hash chain intact ({chain['records']} records{legacy}).", highlight=False)
        return
    err.print(
        f"Audit log: the hash chain is BROKEN ({len(chain['breaks'])} break(s) in {chain['records']} "
        f"records{legacy}):",
        markup=False,
        highlight=False,
    )
    for b in chain["breaks"]:
        err.print(f"  at record {b['seq']}, {b['where']}: {b['problem']}", markup=False, highlight=False)
    raise typer.Exit(3)


@app.command()
def intake(
    report: Annotated[
        Path, typer.Argument(help="The inspection report: PDF, saved web page (.html) or Word (.docx)")
    ],
    out: Annotated[Path | None, typer.Option(help="Write the inspection file here (for `draft`)")] = None,
    as_json: Annotated[
        bool, typer.Option("--json", help="Print everything read, with where, as JSON")
    ] = False,
    model: Annotated[
        bool, typer.Option("--model/--no-model", help="Ask the configured model about what could not be read")
    ] = True,
) -> None:
    """Read an inspection report into an inspection: title, date, type, forces, every recommendation
    with its addressee and deadline, causes of concern, areas for improvement, grades and totals. Each
    field says where it was found; what could not be read is listed for you to check."""
    from assistant.intake.paras import ReportError

    assistant = _assistant()
    try:
        reading = assistant.intake(report, use_model=model)
    except ReportError as exc:
        _fail(str(exc))
    if as_json:
        console.print_json(reading.model_dump_json())
    else:
        _print_intake(reading)
    if out is not None:
        try:
            inspection = reading.to_inspection()
        except (ReportError, ValueError) as exc:
            _fail(f"{report.name}: {exc}; nothing written")
        assistant.save_inspection(
            inspection, out, [f"Read from {reading.file}.", *(f"Check: {c}" for c in reading.checks)]
        )
        console.print(
            f"Written to {out}"
            + (f"; {len(reading.checks)} thing(s) to check first" if reading.checks else "")
        )


def _print_intake(reading) -> None:
    facts = Table(
        "field",
        "value",
        "where",
        "how",
        title=f"{reading.file} ({reading.format}, read in {reading.seconds:.2f} s)",
    )
    for name, value in (
        ("title", reading.title),
        ("published", reading.published.strftime("%-d %B %Y") if reading.published else "not found"),
        ("inspectorates", ", ".join(reading.inspectorates)),
        ("type", reading.type),
        ("forces visited", ", ".join(reading.forces_visited) or "none named"),
        ("our force inspected", {True: "yes", False: "no", None: "not known"}[reading.force_inspected]),
        (
            "totals stated",
            ", ".join(f"{k.replace('_', ' ')} {v}" for k, v in reading.totals.items() if v is not None)
            or "none",
        ),
    ):
        found = reading.found.get(name.replace(" ", "_"))
        facts.add_row(name, escape(str(value)), found.where if found else "", found.how if found else "")
    console.print(facts)
    for label, items in (
        ("Recommendations", reading.recommendations),
        ("Causes of concern", reading.causes_of_concern),
        ("Areas for improvement", reading.areas_for_improvement),
    ):
        if not items:
            continue
        table = Table("id", "text", "for", "deadline", "where", title=f"{label} ({len(items)})")
        for item in items:
            mark = "" if item.found.sure else " [yellow](check)[/yellow]"
            table.add_row(
                item.id + mark,
                escape(item.text),
                ", ".join(item.addressees)
                + (f" (CoC {item.cause_of_concern})" if item.cause_of_concern else ""),
                str(item.deadline or ""),
                item.found.where,
            )
        console.print(table)
    if reading.graded_judgments:
        console.print("Grades: " + "; ".join(f"{g.area}: {g.grade}" for g in reading.graded_judgments))
    for check in reading.checks:
        console.print(Text.assemble(("To check: ", "yellow"), check))


@app.command("eval")
def evaluate(
    engine: Annotated[str, typer.Option(help="composer or llm")] = "composer",
    cases: Annotated[Path, typer.Option(help="Folder of evaluation cases")] = Path("tests/eval/cases"),
    topics: Annotated[
        list[Path] | None,
        typer.Option(help="Labelled topic-search set(s); default: corpus/topic-search*.yaml"),
    ] = None,
    report_json: Annotated[Path | None, typer.Option("--json", help="Write the figures here")] = None,
    intake: Annotated[bool, typer.Option("--intake", help="Score the report reader instead")] = False,
    reports: Annotated[Path, typer.Option(help="Folder of report files with answers (--intake)")] = Path(
        "tests/intake/reports"
    ),
    judge: Annotated[
        bool, typer.Option("--judge", help="Also score each letter with the configured model (rubric)")
    ] = False,
    limit: Annotated[int | None, typer.Option(help="Only the first N cases")] = None,
    retrieval: Annotated[bool, typer.Option(help="Also score search on the labelled topic queries")] = True,
) -> None:
    """Score drafts on the evaluation cases beside two baselines and the reference letters, and
    retrieval on the labelled topic set; with --intake, the report reader field by field."""
    from assistant.drafting.drafter import DraftingError
    from assistant.drafting.inspection import InspectionError
    from assistant.drafting.sources import SourceError

    assistant = _assistant()
    if intake:
        try:
            results = assistant.evaluate_intake(reports)
        except ValueError as exc:
            _fail(str(exc))
        _print_intake_scores(results)
        if report_json:
            payload = {
                system: {
                    "summary": summ,
                    "files": [
                        {"file": s.name, "fields": s.fields, "problems": s.problems, "seconds": s.seconds}
                        for s in scores
                    ],
                }
                for system, (scores, summ) in results.items()
            }
            report_json.write_text(json.dumps(payload, indent=2, default=str), encoding="utf-8")
            console.print(f"Written to {report_json}")
        return
    if not assistant.documents():
        _fail(
            "the library is empty: ingest the sample corpus first (make run, or pcc-assistant ingest corpus/...)"
        )
    try:
        drafts = assistant.evaluate_drafts(cases, engine, judge=judge, limit=limit)
    except (DraftingError, SourceError, InspectionError, ValueError) as exc:
        _fail(str(exc))
    for case in drafts.cases:
        console.print(_score_table(case.case, f"{case.type}; {', '.join(case.covers)}", case.results))
    summary = drafts.summary()
    console.print(_summary_table(summary, len(drafts.cases)))
    if drafts.judge:
        console.print(_judge_table(summary, drafts.judge))
    payload = drafts.as_json()
    if retrieval:
        payload["retrieval"] = _print_retrieval(assistant, topics)
    if report_json:
        report_json.write_text(json.dumps(payload, indent=2, default=str), encoding="utf-8")
        console.print(f"Written to {report_json}")


def _print_retrieval(assistant, topics: list[Path] | None) -> dict:
    retrieval = assistant.evaluate_retrieval(*(topics or sorted(Path("corpus").glob("topic-search*.yaml"))))
    groups = list(next(iter(retrieval.values())).recall_by_group())
    rtable = Table(
        "mode",
        "recall@5",
        "MRR@10",
        *(f"recall@5 {g}" for g in groups),
        title="Retrieval (labelled topic queries)",
    )
    for mode, score in retrieval.items():
        rtable.add_row(
            {"lexical": "BM25 only", "vector": "vectors only", "hybrid": "hybrid"}[mode],
            f"{score.recall_at_k:.3f}",
            f"{score.mrr_at_10:.3f}",
            *(f"{v:.3f}" for v in score.recall_by_group().values()),
        )
    console.print(rtable)
    return {m: s.model_dump() for m, s in retrieval.items()}


def _print_intake_scores(results: dict) -> None:
    from assistant.evaluation.intake import FIELDS

    scores, _ = results["reader"]
    per_file = Table(
        "file",
        "recommendations found",
        "areas",
        "concerns",
        "fields right",
        "to check",
        "seconds",
        title="Report reader, by file",
    )
    for s in scores:
        per_file.add_row(
            s.name,
            f"{s.recommendations.matched}/{s.recommendations.expected} (+{len(s.recommendations.extras)} extra)",
            f"{s.areas.matched}/{s.areas.expected}",
            f"{s.concerns.matched}/{s.concerns.expected}",
            f"{sum(s.fields.values())}/{len(s.fields)}",
            str(s.checks),
            f"{s.seconds:.2f}",
        )
    console.print(per_file)
    rows = [
        ("recommendation recall", lambda m: m["recommendations"]["recall"]),
        ("recommendation precision", lambda m: m["recommendations"]["precision"]),
        ("text exact", lambda m: m["recommendations"]["text exact"]),
        ("addressee right", lambda m: m["recommendations"]["addressee right"]),
        ("deadline right", lambda m: m["recommendations"]["deadline right"]),
        ("cause of concern right", lambda m: m["recommendations"]["cause of concern right"]),
        ("where right", lambda m: m["recommendations"]["where right"]),
        ("area for improvement recall", lambda m: m["areas for improvement"]["recall"]),
        ("cause of concern recall", lambda m: m["causes of concern"]["recall"]),
        *(
            (f"{name} right (files)", lambda m, n=name: f"{m['fields right (files)'][n]}/{m['files']}")
            for name in FIELDS
        ),
        ("slowest file (s)", lambda m: m["seconds (max)"]),
    ]
    table = Table("measure", *results, title="Report reader beside two baselines")
    for label, get in rows:
        table.add_row(label, *("n/a" if (v := get(summ)) is None else str(v) for _, summ in results.values()))
    console.print(table)


_SCORE_COLUMNS = (
    "system",
    "key points",
    "structure",
    "false gaps",
    "invented",
    "leaks",
    "error flags",
    "words/ref",
    "ROUGE-L",
    "readability",
)


def _score_table(name: str, caption: str, results) -> Table:
    table = Table(*_SCORE_COLUMNS, title=name, caption=caption)
    for r in results:
        if r.score is None:
            table.add_row(r.system, f"[red]failed: {r.error}[/red]", *[""] * 8)
            continue
        s = r.score
        table.add_row(
            r.system,
            f"{s.key_points:.2f} ({sum(p.score for p in s.points):g}/{len(s.points)})",
            f"{s.structure_score:.2f}",
            str(len(s.false_gaps)),
            str(len(s.invented)),
            str(len(s.leaks)),
            str(sum((s.error_flags or {}).values())),
            f"{s.words_ratio:.2f}" if s.words_ratio is not None else "",
            f"{s.rouge_l:.2f}" if s.rouge_l is not None else "",
            f"{s.readability:.0f}" if s.readability is not None else "",
        )
    return table


def _summary_table(summary: dict, cases: int) -> Table:
    table = Table(*_SCORE_COLUMNS, title=f"TOTAL over {cases} cases")
    for system, s in summary.items():
        table.add_row(
            system + (f" ({s['failed']} failed)" if s["failed"] else ""),
            f"{s['key_points']:.3f}",
            f"{s['structure']:.3f}",
            str(s["false_gaps"]),
            str(s["invented"]),
            str(s["leaks"]),
            str(s["error_flags"]),
            f"{s['words_ratio']:.2f}" if s["words_ratio"] is not None else "",
            f"{s['rouge_l']:.2f}" if s["rouge_l"] is not None else "",
            f"{s['readability']:.0f}" if s["readability"] is not None else "",
        )
    return table


def _judge_table(summary: dict, judge: str) -> Table:
    table = Table(
        "system", "key points (judged)", "faithfulness (judged)", "not scored", title=f"Judged by {judge}"
    )
    for system, s in summary.items():
        table.add_row(
            system,
            *(
                f"{s[k]:.3f}" if s.get(k) is not None else "-"
                for k in ("judge_key_points", "judge_faithfulness")
            ),
            str(s.get("judge_unscored", "")),
        )
    return table


@app.command()
def serve(
    host: Annotated[str | None, typer.Option(help="Default 127.0.0.1 (this computer only)")] = None,
    port: Annotated[int | None, typer.Option(help="Default 7860")] = None,
) -> None:
    """Start the web app."""
    from ui.app import UnsafeBinding, launch

    assistant = _assistant()
    _warn_office(assistant)
    try:
        console.print(
            f"Open http://{host or assistant.settings.ui.host}:{port or assistant.settings.ui.port} "
            "in a browser. Ctrl+C stops it."
        )
        launch(assistant, host, port)
    except UnsafeBinding as exc:
        _fail(str(exc))


def _warn_office(assistant) -> None:
    if warning := assistant.settings.office.warning():
        err.print(f"[yellow]{escape(warning)}[/yellow]", highlight=False)


@app.command("hash-password")
def hash_password_command(
    password: Annotated[str, typer.Option(prompt=True, hide_input=True, confirmation_prompt=True)],
) -> None:
    """Print a password hash for PCC_UI__USERS (the password itself is never stored)."""
    from assistant.security import hash_password

    console.print(hash_password(password), highlight=False, soft_wrap=True)


@app.command()
def status(as_json: Annotated[bool, typer.Option("--json")] = False) -> None:
    """Which engine, models and store are in use, and how many documents."""
    info = _assistant().status()
    if as_json:
        console.print_json(json.dumps(info))
        return
    for key, value in info.items():
        console.print(f"[bold]{key}[/bold]: {escape(str(value))}")


if __name__ == "__main__":  # pragma: no cover
    app()
