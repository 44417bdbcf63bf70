"""The web app (gradio Blocks): Draft, Search, Review, Library, Status.

Every callback calls one service method and one view function; there is no logic of its own here.
Started by ``pcc-assistant serve`` (see :func:`launch`), which refuses to listen beyond this machine
without sign-in, keeps uploads and downloads inside the data folder, turns analytics and gradio's
in-browser run history off, and serves the app through ``ui/server.py`` (same-origin only, security
headers, throttled sign-in, expiring sessions). Files named in the web form are library documents
only, never paths on the server.
"""

from __future__ import annotations

import functools
import inspect
import logging
import os

os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")

from pathlib import Path  # noqa: E402

import gradio as gr  # noqa: E402

from assistant.drafting.drafter import DraftingError  # noqa: E402
from assistant.drafting.export import ExportRefused, banner  # noqa: E402
from assistant.drafting.inspection import InspectionError, typed_date  # noqa: E402
from assistant.drafting.records import ReviewDecision  # noqa: E402
from assistant.drafting.revise import COMPOSER_REVISIONS, RevisionError, section_text  # noqa: E402
from assistant.drafting.sources import SourceError  # noqa: E402
from assistant.records import INSPECTION_TYPES, SearchFilters  # noqa: E402
from assistant.security import check_credentials, is_loopback  # noqa: E402
from assistant.service import REPORT_SUFFIXES, Assistant, NotFound  # noqa: E402
from assistant.streaming import stream_call  # noqa: E402
from ui import server, views  # noqa: E402

log = logging.getLogger(__name__)

SAMPLES = Path(__file__).resolve().parents[1] / "corpus" / "new-inspections"
# What each form field says under its label; a wrong entry's message takes its place until put right.
INFOS = {
    "title": None,
    "inspectorate": None,
    "inspection_type": None,
    "published": "For example 20/11/2026 or 20 November 2026.",
    "recommendations": "e.g. ‘1. By March 2027, chief constables should …’. Add [PCCs], [national] or "
    "[force] to say who it is for; otherwise it is read from the wording.",
    "areas": None,
}
FORM_KEYS = [
    "title",
    "inspectorate",
    "inspection_type",
    "published",
    "force_inspected",
    "recommendations",
    "areas",
    "chief_constable_comments",
    "action_plan_notes",
]
LIST_POLL_S = 10.0  # how often an open page checks whether the library changed elsewhere
USER_ERRORS = (
    InspectionError,
    SourceError,
    DraftingError,
    RevisionError,
    ExportRefused,
    NotFound,
    LookupError,
    ValueError,
)


class UnsafeBinding(RuntimeError):
    pass


def plain_errors(fn):
    """Whatever error a callback lets through reaches the page as one plain sentence (a gradio Error),
    never as gradio's raw error object; an unexpected one is logged with its traceback."""

    def plain(exc: Exception) -> gr.Error:
        if isinstance(exc, gr.Error):
            return exc
        expected = isinstance(exc, USER_ERRORS)
        if not expected:
            log.error("%s failed", getattr(fn, "__name__", "a callback"), exc_info=exc)
        return gr.Error(views.error_toast(exc, expected), print_exception=False)

    if inspect.isgeneratorfunction(fn):

        @functools.wraps(fn)
        def stream(*args, **kwargs):
            try:
                yield from fn(*args, **kwargs)
            except Exception as exc:
                raise plain(exc) from exc

        return stream

    @functools.wraps(fn)
    def call(*args, **kwargs):
        try:
            return fn(*args, **kwargs)
        except Exception as exc:
            raise plain(exc) from exc

    return call


def build_app(assistant: Assistant, samples_dir: Path = SAMPLES) -> gr.Blocks:
    office = assistant.settings.office
    signed_in = bool(assistant.settings.ui.users)  # sign-in on: every action is the signed-in user's
    letter_banner = banner(office)
    engines = ["composer"] + (["llm"] if assistant.settings.llm.configured else [])
    # The browser sees sample names only; the server maps a name back to its own file.
    samples = {p.stem: p for p in sorted(samples_dir.glob("*.yaml"))} if samples_dir.is_dir() else {}

    def plan_choices():
        return [
            (f"{d.meta.title or d.meta.doc_id} ({d.meta.doc_id})", f"library:{d.meta.doc_id}")
            for d in assistant.action_plans()
        ]

    def versions_update(draft_id):
        versions = assistant.history(draft_id)["versions"] if draft_id else []
        choices = [
            (
                f"v{v['version']} · {v['created_at'][:16].replace('T', ' ')} · {v['instruction'] or 'first draft'}",
                v["version"],
            )
            for v in versions
        ]
        return gr.update(choices=choices, value=choices[-1][1] if choices else None)

    def shown(draft):
        return views.draft_html(draft, letter_banner), views.flags_html(draft)

    def who(request: gr.Request | None) -> str | None:
        """The signed-in user who made this call (recorded with what they do); None without sign-in,
        where the service records the account the app runs under."""
        name = getattr(request, "username", None) if request is not None else None
        if signed_in and not name:
            raise gr.Error("Sign in first.", print_exception=False)
        return name if signed_in else None

    with gr.Blocks(title="Inspection responses", analytics_enabled=False) as app:
        draft_id = gr.State(None)
        gr.Markdown(
            f"## Inspection responses · {office.office_name}\n"
            "Draft the commissioner's response to an HMICFRS report, check it, and export it. "
            "Nothing leaves this computer unless a language model has been set up."
            + (f"\n\n**{office.warning()}**" if office.missing else "")
        )
        if assistant.settings.ui.users:
            gr.HTML(views.SIGN_OUT, elem_id="sign-out")
        with gr.Tabs() as tabs:
            # ---------------------------------------------------------------- Responses (the team's work)
            with gr.Tab("Responses", id="responses"):
                gr.Markdown(
                    "Every response being written, with its due date: 56 days from the report's publication, "
                    "the day of publication counting as day 1. Overdue responses are shown in red."
                )
                with gr.Row():
                    work_sort = gr.Dropdown(
                        label="Sort by",
                        choices=list(views.SORTS),
                        value=next(iter(views.SORTS)),
                        elem_id="work-sort",
                    )
                    work_refresh = gr.Button("Refresh", scale=0, elem_id="work-refresh")
                worklist_view = gr.HTML(elem_id="worklist")
                with gr.Row():
                    work_pick = gr.Dropdown(
                        label="Response", choices=[], value=None, scale=3, elem_id="work-pick"
                    )
                    work_version = gr.Dropdown(
                        label="Version", choices=[], value=None, scale=2, elem_id="work-version"
                    )
                    open_btn = gr.Button(
                        "Open in the Draft tab", variant="primary", scale=1, elem_id="work-open"
                    )
                with gr.Row():
                    published_on = gr.Textbox(
                        label="Published on",
                        placeholder="e.g. 14/01/2027 (today if left empty)",
                        elem_id="published-on",
                    )
                    published_at = gr.Textbox(label="Where (web address)", elem_id="published-at")
                    publish_btn = gr.Button("Record as published", scale=0, elem_id="work-publish")
                work_message = gr.Markdown(elem_id="work-message")

            # ---------------------------------------------------------------- Draft
            with gr.Tab("Draft", id="draft"):
                with gr.Row(equal_height=False):
                    with gr.Column(scale=2, min_width=320):
                        gr.Markdown("### 1. The new inspection")
                        sample = gr.Dropdown(
                            list(samples),
                            label="Start from a sample inspection",
                            value=None,
                        )
                        upload_file = gr.File(
                            label="…or drop the report here (PDF, saved web page or Word), or an inspection file (YAML)",
                            file_types=[*REPORT_SUFFIXES, ".yaml", ".yml"],
                            type="filepath",
                            elem_id="report-file",
                        )
                        title = gr.Textbox(label="Inspection title")
                        inspectorate = gr.Textbox(label="Inspectorate(s), comma separated", value="HMICFRS")
                        inspection_type = gr.Dropdown(
                            list(INSPECTION_TYPES), label="Type of inspection", value="national thematic"
                        )
                        published = gr.Textbox(
                            label="Date the report was published",
                            info=INFOS["published"],
                            elem_id="published",
                        )
                        force_inspected = gr.Checkbox(
                            label=f"{office.force_name} was one of the forces inspected"
                        )
                        recommendations = gr.Textbox(
                            label="Recommendations, one per line", info=INFOS["recommendations"], lines=6
                        )
                        areas = gr.Textbox(label="Areas for improvement, one per line", lines=3)
                        cc_comments = gr.Textbox(
                            label="The Chief Constable's comments, word for word",
                            info="Leave empty if not received yet: the draft will show a gap.",
                            lines=4,
                        )
                        plans = gr.Dropdown(
                            plan_choices(),
                            label="Force action plans to use",
                            multiselect=True,
                            allow_custom_value=True,
                        )
                        matches_btn = gr.Button(
                            "Check which plan rows answer which recommendation",
                            elem_id="matches-button",
                            size="sm",
                        )
                        engine = gr.Radio(
                            engines,
                            value=engines[-1],
                            label="Drafting engine",
                            info="composer: no language model, every sentence from a source. "
                            "llm: the configured model writes each section from the same facts, "
                            "and every date, figure and owner is checked to survive.",
                        )
                        draft_btn = gr.Button("Draft response", variant="primary", elem_id="draft-button")
                        message = gr.Markdown(elem_id="draft-message")
                    with gr.Column(scale=4, min_width=420, elem_id="draft-column"):
                        gr.Markdown("### 2. The draft")
                        draft_view = gr.HTML(views.draft_html(None, letter_banner), elem_id="draft-view")
                        reading_view = gr.HTML(elem_id="reading-view")  # what was read from a dropped report
                        matches_before = gr.State([])
                        matches_table = gr.Dataframe(
                            headers=views.MATCH_HEADERS,
                            label="Plan rows and what they answer (correct the Answers column: an id, ids with "
                            "commas, or none)",
                            interactive=True,
                            static_columns=[i for i in range(len(views.MATCH_HEADERS)) if i != views.ANSWERS],
                            wrap=True,
                            column_widths=["10%", "10%", "44%", "11%", "12%", "13%"],
                            elem_id="matches",
                        )
                    with gr.Column(scale=2, min_width=300, elem_id="refine-panel"):  # stays in view
                        gr.Markdown("### 3. Check and refine")
                        flags_view = gr.HTML(views.flags_html(None), elem_id="flags-view")
                        chatbot = gr.Chatbot(
                            label="Ask for changes",
                            height=260,
                            elem_id="chat",
                            render_markdown=False,  # a model's text is shown as text, never rendered
                        )
                        chat_in = gr.Textbox(
                            label="Your instruction",
                            elem_id="chat-input",
                            placeholder="e.g. shorten section 3 · add a section on custody visiting",
                        )
                        chat_btn = gr.Button("Send", elem_id="chat-send")
                        if "llm" not in engines:
                            gr.Markdown(
                                "Without a language model the assistant can: "
                                + "; ".join(COMPOSER_REVISIONS)
                                + ". A configured model would also take free-form instructions and write the "
                                "prose around the facts."
                            )
                        versions = gr.Dropdown(label="Versions", choices=[], elem_id="versions")
                        diff_view = gr.Code(label="Changes from the previous version", language=None, lines=8)
                        gr.Markdown("**Edit a section in your own words**")
                        edit_pick = gr.Dropdown(
                            label="Section to edit", choices=[], value=None, elem_id="edit-pick"
                        )
                        edit_text = gr.Textbox(
                            label="Wording (a blank line between paragraphs; quoted text is kept as it is)",
                            lines=8,
                            elem_id="edit-text",
                        )
                        edit_save = gr.Button("Save as a new version", elem_id="edit-save")
                        edit_message = gr.Markdown(elem_id="edit-message")
                        gr.Markdown("**Compare any two versions**")
                        with gr.Row():
                            compare_a = gr.Number(
                                label="From version", precision=0, minimum=1, elem_id="compare-a"
                            )
                            compare_b = gr.Number(
                                label="To version", precision=0, minimum=1, elem_id="compare-b"
                            )
                        compare_btn = gr.Button("Compare", elem_id="compare-button")
                        compare_view = gr.HTML(elem_id="compare-view")
                        gr.Markdown("**Export**")
                        export_format = gr.Radio(
                            [("Word (.docx)", "docx"), ("Markdown", "md")], value="docx", label="Format"
                        )
                        export_mode = gr.Radio(
                            [("For review (with sources)", "internal"), ("For publication", "publication")],
                            value="internal",
                            label="Version",
                        )
                        override = gr.Textbox(
                            label="Reason to publish despite open flags (recorded)", lines=1
                        )
                        export_btn = gr.Button("Export", elem_id="export-button")
                        export_message = gr.Markdown(elem_id="export-message")  # beside the button
                        download = gr.File(label="Download", elem_id="download", interactive=False)

            # ---------------------------------------------------------------- Search
            with gr.Tab("Search", id="search"):
                with gr.Row():
                    query = gr.Textbox(
                        label="Topic",
                        placeholder="e.g. missing children and exploitation",
                        scale=4,
                        elem_id="search-query",
                    )
                    search_btn = gr.Button("Search", variant="primary", scale=1, elem_id="search-button")
                with gr.Row():
                    kind = gr.Dropdown(
                        [
                            ("Any", ""),
                            ("Past responses", "response"),
                            ("Action plans", "action_plan"),
                            ("Inspections", "inspection"),
                            ("Other", "other"),
                        ],
                        value="",
                        label="Kind",
                    )
                    type_filter = gr.Dropdown(
                        [("Any", "")] + [(t, t) for t in INSPECTION_TYPES],
                        value="",
                        label="Type of inspection",
                    )
                    # text boxes, not numbers: an empty number box shows 0, which reads as a year
                    year_from = gr.Textbox(label="From year", placeholder="any", elem_id="year-from")
                    year_to = gr.Textbox(label="To year", placeholder="any", elem_id="year-to")
                    marking = gr.Dropdown(
                        [("Any", ""), ("OFFICIAL", "OFFICIAL"), ("OFFICIAL-SENSITIVE", "OFFICIAL-SENSITIVE")],
                        value="",
                        label="Marking",
                    )
                    order = gr.Dropdown(
                        [("Best match first", "best"), ("Newest first", "newest")],
                        value="best",
                        label="Order",
                        elem_id="search-order",
                    )
                results = gr.HTML(elem_id="search-results")
                open_doc = gr.Dropdown(label="Open a document", choices=[], elem_id="open-doc")
                doc_view = gr.HTML(elem_id="doc-view")

            # ---------------------------------------------------------------- Review
            with gr.Tab("Review", id="review"):
                gr.Markdown(
                    "Each sentence of the draft beside the passage that best supports it. "
                    "Accept it, edit it, or reject it; each save makes a new version."
                )
                with gr.Row():
                    review_draft = gr.Dropdown(label="Draft", choices=[], scale=4)
                    review_refresh = gr.Button("Refresh list", scale=1)
                sentence = gr.Dropdown(
                    label="Sentence (! = not supported by any source)", choices=[], elem_id="review-sentence"
                )
                with gr.Row():
                    sentence_text = gr.Textbox(label="Sentence (edit here)", lines=4, elem_id="review-text")
                    passage = gr.Textbox(label="Best supporting passage", lines=8, interactive=False)
                with gr.Row():
                    accept_btn = gr.Button("Accept")
                    edit_btn = gr.Button("Save edit")
                    reject_btn = gr.Button("Reject")
                review_message = gr.Markdown()
                with gr.Row():
                    # With sign-in the approver is whoever is signed in; a typed name is never used.
                    approver = gr.Textbox(label="Approver's name", scale=2, visible=not signed_in)
                    if signed_in:
                        gr.Markdown("You approve as the signed-in user.", elem_id="approve-as")
                    approve_override = gr.Textbox(
                        label="Override reason (only to approve despite error flags; recorded)", scale=2
                    )
                    approve_btn = gr.Button("Mark approved", variant="primary", scale=1)

            # ---------------------------------------------------------------- Library
            with gr.Tab("Library", id="library"):
                gr.Markdown(
                    "Add past responses and action plans (txt, md, docx, pdf, html, csv, xlsx). "
                    "A file already in the library is not added twice; an edited file replaces its old copy."
                )
                uploads = gr.File(
                    label="Files to add", file_count="multiple", type="filepath", elem_id="library-upload"
                )
                add_btn = gr.Button("Add to library", variant="primary", elem_id="library-add")
                ingest_table = gr.Dataframe(
                    headers=["File", "Result", "Id", "Why"], interactive=False, elem_id="ingest-results"
                )
                documents = gr.Dataframe(
                    headers=views.DOCUMENT_COLUMNS,
                    interactive=False,
                    value=views.documents_rows(assistant.documents()),
                    elem_id="documents",
                )
                with gr.Row():
                    doc_pick = gr.Dropdown(  # nothing chosen until a person chooses
                        label="Document",
                        choices=views.library_choices(assistant.documents()),
                        value=None,
                        elem_id="doc-pick",
                    )
                    marking_pick = gr.Radio(
                        [("OFFICIAL-SENSITIVE", "OFFICIAL-SENSITIVE"), ("As the file says", "file")],
                        label="Protective marking",
                        value="OFFICIAL-SENSITIVE",
                    )
                    mark_btn = gr.Button("Set marking")
                    forget_btn = gr.Button("Remove from library…", variant="stop", elem_id="library-remove")
                with gr.Row(visible=False, elem_id="confirm-remove") as confirm_row:
                    confirm_text = gr.Markdown()
                    confirm_btn = gr.Button(
                        "Yes, remove it", variant="stop", scale=0, elem_id="confirm-remove-yes"
                    )
                    cancel_btn = gr.Button("Cancel", scale=0, elem_id="confirm-remove-no")
                library_message = gr.Markdown(elem_id="library-message")
                gr.Markdown("**Recently removed** (kept for 30 days, then deleted for good)")
                with gr.Row():
                    removed_pick = gr.Dropdown(
                        label="Removed document", choices=[], value=None, scale=3, elem_id="removed-pick"
                    )
                    restore_btn = gr.Button("Put back", scale=1, elem_id="library-restore")

            # ---------------------------------------------------------------- Status
            with gr.Tab("Status", id="status"):
                status_view = gr.Markdown(views_status(assistant))
                status_refresh = gr.Button("Refresh")

        # ======================================================== callbacks (thin)
        list_outputs = [documents, doc_pick, removed_pick, plans]

        def lists():
            """The library as it is now, for every list that shows it (nothing left chosen)."""
            docs = assistant.documents()
            return (
                views.documents_rows(docs),
                gr.update(choices=views.library_choices(docs), value=None),
                gr.update(choices=views.removed_choices(assistant.removed_documents()), value=None),
                gr.update(choices=plan_choices()),
            )

        form = [
            title,
            inspectorate,
            inspection_type,
            published,
            force_inspected,
            recommendations,
            areas,
            cc_comments,
            plans,
        ]

        def load_form(path, name, **how):
            """A sample (the app's own file: notes beside it are added to the library) or an uploaded
            file (its notes are matched to the library only; never looked up on the server)."""
            if not path:
                return [gr.update()] * len(form) + [""]
            try:
                fields = assistant.inspection_form(Path(path), **how)
            except USER_ERRORS as exc:
                return [gr.update()] * len(form) + [views.error_message("Could not load", exc)]
            except Exception as exc:
                log.exception("loading an inspection failed")
                return [gr.update()] * len(form) + [views.error_message("Could not load", exc, False)]
            choices = plan_choices()
            extra = [(n, n) for n in fields["action_plan_notes"] if n not in {c[1] for c in choices}]
            values = [fields[k] for k in FORM_KEYS[:-1]]
            return [
                *values,
                gr.update(choices=choices + extra, value=fields["action_plan_notes"]),
                views.loaded_message(name, fields["notes_added"], [n for n, _ in extra]),
            ]

        def load_sample(name):
            return load_form(samples.get(name or ""), name, add_notes=True)

        def load_upload(path):
            if not path or Path(path).suffix.lower() not in REPORT_SUFFIXES:
                return [*load_form(path, Path(path or "").name, from_web=True), ""]
            try:
                fields, reading = assistant.report_form(Path(path))
            except USER_ERRORS as exc:
                return [gr.update()] * len(form) + [views.error_message("Could not read the report", exc), ""]
            values = [fields[k] for k in FORM_KEYS[:-1]]
            return [
                *values,
                gr.update(),
                views.read_message(reading),
                views.reading_html(reading, office.force_name),
            ]

        sample.change(plain_errors(load_sample), sample, [*form, message])
        upload_file.upload(plain_errors(load_upload), upload_file, [*form, message, reading_view])

        checked = [title, inspectorate, inspection_type, published, recommendations, areas]
        checked_keys = list(INFOS)

        def beside(problems: dict[str, str]) -> list:
            """Each checked field's message: its problem when wrong, its usual help when right."""
            said = views.field_messages(problems, checked_keys)
            return [gr.update(info=m or INFOS[k]) for m, k in zip(said, checked_keys, strict=True)]

        def show_matches(*values):
            fields = dict(zip(FORM_KEYS, values, strict=True))
            rows = views.match_rows(assistant.matches_from_form(library_only=True, **fields))
            return rows, rows

        matches_btn.click(plain_errors(show_matches), form, [matches_table, matches_before])

        def do_draft(request: gr.Request, engine_name, before, after, *values):
            fields = dict(zip(FORM_KEYS, values, strict=True))
            fields["assign"] = views.assignments(before, views.table_rows(after))
            live = ""
            keep = [gr.update()] * len(checked)
            for event in stream_call(
                assistant.draft_from_form, engine=engine_name, library_only=True, user=who(request), **fields
            ):
                if event.kind == "token":
                    live += event.text
                    yield (
                        gr.update(),
                        gr.update(),
                        gr.update(),
                        f"Writing *{event.section}*…\n\n{live[-600:]}",
                        gr.update(),
                        *keep,
                    )
                elif event.kind == "restart":
                    live = ""
                elif event.kind == "error":
                    if not isinstance(event.error, USER_ERRORS):
                        log.error("drafting failed", exc_info=event.error)
                    problems = getattr(event.error, "problems", {})
                    yield (
                        gr.update(),
                        gr.update(),
                        gr.update(),
                        views.error_message("Not drafted", event.error, isinstance(event.error, USER_ERRORS))
                        + (" Each problem is shown beside its field." if problems else ""),
                        gr.update(),
                        *beside(problems),
                    )
                    return
                else:
                    draft = event.result
                    html, flags = shown(draft)
                    yield (
                        draft.draft_id,
                        html,
                        flags,
                        f"Draft **{draft.draft_id}** version {draft.version} "
                        f"({draft.engine}). Check the flags, then refine or export.",
                        versions_update(draft.draft_id),
                        *beside({}),
                    )

        draft_btn.click(
            plain_errors(do_draft),
            [engine, matches_before, matches_table, *form],
            [draft_id, draft_view, flags_view, message, versions, *checked],
        )

        def do_chat(request: gr.Request, instruction, history, current, engine_name):
            user = who(request)
            history = list(history or [])
            if not (instruction or "").strip():
                yield history, "", gr.update(), gr.update(), gr.update()
                return
            history.append({"role": "user", "content": instruction})
            if not current:
                history.append(
                    {"role": "assistant", "content": "Draft a response first, then ask for changes."}
                )
                yield history, "", gr.update(), gr.update(), gr.update()
                return
            history.append({"role": "assistant", "content": ""})
            stream = engine_name == "llm"
            for event in stream_call(
                assistant.revise, current, instruction, "llm" if stream else None, user=user
            ):
                if event.kind == "token":
                    history[-1]["content"] += event.text
                    yield history, "", gr.update(), gr.update(), gr.update()
                elif event.kind == "restart":
                    history[-1]["content"] += "\n\n(the model stopped; trying again)\n\n"
                elif event.kind == "error":
                    if not isinstance(event.error, USER_ERRORS):
                        log.error("revising failed", exc_info=event.error)
                    history[-1]["content"] = views.error_message(
                        "Not changed", event.error, isinstance(event.error, USER_ERRORS)
                    )
                    yield history, "", gr.update(), gr.update(), gr.update()
                else:
                    draft = event.result
                    html, flags = shown(draft)
                    done = views.revised_message(draft)
                    history[-1]["content"] = (history[-1]["content"] + "\n\n" + done) if stream else done
                    yield history, "", html, flags, versions_update(draft.draft_id)

        chat_btn.click(
            plain_errors(do_chat),
            [chat_in, chatbot, draft_id, engine],
            [chatbot, chat_in, draft_view, flags_view, versions],
        )
        chat_in.submit(
            plain_errors(do_chat),
            [chat_in, chatbot, draft_id, engine],
            [chatbot, chat_in, draft_view, flags_view, versions],
        )

        def show_version(current, version):
            if not current or not version:
                return gr.update(), gr.update(), ""
            draft = assistant.get_draft(current, int(version))
            diffs = assistant.history(current)["diffs"]
            diff = diffs[int(version) - 2] if int(version) >= 2 else "First version."
            html, flags = shown(draft)
            return html, flags, diff

        versions.input(plain_errors(show_version), [draft_id, versions], [draft_view, flags_view, diff_view])

        def version_changed(current, version):
            """Whenever the version shown changes (a revision, an edit, a pick): the status line says which
            it is, and the changes box shows what that version changed."""
            if not current or not version:
                return gr.update(), gr.update()
            latest = assistant.get_draft(current)
            v = int(version)
            diff = assistant.compare(current, v - 1, v) if v >= 2 else "First version."
            return views.status_line(latest, v), diff

        versions.change(
            plain_errors(version_changed), [draft_id, versions], [message, diff_view], show_progress="hidden"
        )

        def section_list(current):
            draft = assistant.get_draft(current) if current else None
            return gr.update(choices=views.section_choices(draft))

        edit_pick.focus(plain_errors(section_list), draft_id, edit_pick)

        def pick_section(current, number):
            if not current or not number:
                return ""
            return section_text(assistant.get_draft(current).sections[int(number) - 1])

        edit_pick.input(plain_errors(pick_section), [draft_id, edit_pick], edit_text)

        def do_edit(request: gr.Request, current, number, text):
            if not current or not number:
                return "Choose a section to edit first.", gr.update(), gr.update(), gr.update()
            try:
                draft = assistant.edit_section(current, int(number), text or "", user=who(request))
            except USER_ERRORS as exc:
                return views.error_message("Not saved", exc), gr.update(), gr.update(), gr.update()
            html, flags = shown(draft)
            return views.revised_message(draft), html, flags, versions_update(current)

        edit_save.click(
            plain_errors(do_edit),
            [draft_id, edit_pick, edit_text],
            [edit_message, draft_view, flags_view, versions],
        )

        def do_compare(current, a, b):
            if not current or not a or not b:
                return "<p>Choose two versions to compare.</p>"
            try:
                return views.diff_html(assistant.compare(current, int(a), int(b)))
            except USER_ERRORS as exc:
                return views.error_html(exc)

        compare_btn.click(plain_errors(do_compare), [draft_id, compare_a, compare_b], compare_view)

        def do_export(request: gr.Request, current, fmt, mode, reason, version):
            if not current:
                return None, "Draft a response first."
            try:
                path = assistant.export_download(
                    current,
                    fmt,
                    mode,
                    reason or None,
                    user=who(request),
                    version=int(version) if version else None,
                )
            except USER_ERRORS as exc:
                return None, views.error_message("Not exported", exc)
            return str(path), f"Exported **{path.name}**."

        export_btn.click(
            plain_errors(do_export),
            [draft_id, export_format, export_mode, override, versions],
            [download, export_message],
        )

        def do_search(q, kind_value, type_value, y_from, y_to, marking_value, order_value):
            try:
                filters = SearchFilters(
                    kind=kind_value or None,
                    inspection_type=type_value or None,
                    year_from=views.year_typed(y_from, "From year"),
                    year_to=views.year_typed(y_to, "To year"),
                    marking=marking_value or None,
                )
            except ValueError as exc:
                return views.error_html(exc), gr.update(choices=[])
            hits = views.in_order(assistant.search(q or "", filters, limit=15), order_value)
            return views.hits_html(hits), gr.update(choices=views.document_choices(hits), value=None)

        search_inputs = [query, kind, type_filter, year_from, year_to, marking, order]
        search_btn.click(plain_errors(do_search), search_inputs, [results, open_doc])
        order.input(plain_errors(do_search), search_inputs, [results, open_doc])
        query.submit(plain_errors(do_search), search_inputs, [results, open_doc])

        def do_open(doc):
            if not doc:
                return ""
            try:
                stored, chunks = assistant.document(doc)
            except USER_ERRORS as exc:
                return views.error_html(exc)
            return views.document_html(stored, chunks)

        open_doc.input(plain_errors(do_open), open_doc, doc_view)

        def review_lists(current):
            drafts = assistant.drafts()
            choices = [
                (f"{d['title'][:70]} ({d['draft_id']}, v{d['version']})", d["draft_id"]) for d in drafts
            ]
            # This session's own draft, else none picked: never someone else's latest by default.
            chosen = current if current in {d["draft_id"] for d in drafts} else None
            draft = assistant.get_draft(chosen) if chosen else None
            return gr.update(choices=choices, value=chosen), gr.update(
                choices=views.sentence_choices(draft), value=None
            )

        review_refresh.click(plain_errors(review_lists), draft_id, [review_draft, sentence])

        def pick_draft(chosen):
            draft = assistant.get_draft(chosen) if chosen else None
            return gr.update(choices=views.sentence_choices(draft), value=None), chosen

        review_draft.input(plain_errors(pick_draft), review_draft, [sentence, draft_id])
        sentence.input(
            plain_errors(lambda d, key: views.sentence_detail(assistant.get_draft(d) if d else None, key)),
            [review_draft, sentence],
            [sentence_text, passage],
        )

        def decide(action):
            def handler(request: gr.Request, chosen, key, text):
                if not chosen or not key:
                    return gr.update(), "Pick a draft and a sentence first.", gr.update(), gr.update()
                s, p, n = (int(x) for x in key.split("."))
                try:
                    draft = assistant.review(
                        chosen,
                        [ReviewDecision(section=s, paragraph=p, sentence=n, action=action, text=text)],
                        user=who(request),
                    )
                except USER_ERRORS as exc:
                    return gr.update(), views.error_message("Not saved", exc), gr.update(), gr.update()
                html, flags = shown(draft)
                return (
                    gr.update(choices=views.sentence_choices(draft), value=key),
                    f"Saved as version {draft.version}.",
                    html,
                    flags,
                )

            return handler

        for button, action in ((accept_btn, "accept"), (edit_btn, "edit"), (reject_btn, "reject")):
            button.click(
                plain_errors(decide(action)),
                [review_draft, sentence, sentence_text],
                [sentence, review_message, draft_view, flags_view],
            )

        def do_approve(request: gr.Request, chosen, name, reason):
            """With sign-in, the approver is the signed-in user and any typed name is ignored; without it
            (this computer only), the typed name, recorded as typed."""
            user = who(request)
            try:
                record = assistant.approve(
                    chosen or "",
                    None if signed_in else (name or ""),
                    override_reason=reason or None,
                    user=user,
                )
            except USER_ERRORS as exc:
                return views.error_message("Not approved", exc)
            return views.approved_message(record)

        approve_btn.click(
            plain_errors(do_approve), [review_draft, approver, approve_override], review_message
        )

        def do_upload(files, progress=gr.Progress(track_tqdm=True)):  # noqa: B008 - gradio's idiom
            report = assistant.upload([Path(f) for f in files or []], progress=True)
            return views.ingest_rows(report), report.summary().capitalize() + ".", *lists()

        add_btn.click(plain_errors(do_upload), uploads, [ingest_table, library_message, *list_outputs])

        def do_mark(doc, value):
            try:
                stored = assistant.set_marking(doc or "", None if value == "file" else value)
            except USER_ERRORS as exc:
                return gr.update(), views.error_message("Not changed", exc)
            return views.documents_rows(assistant.documents()), f"{doc} is now **{stored.meta.marking}**."

        mark_btn.click(plain_errors(do_mark), [doc_pick, marking_pick], [documents, library_message])

        def ask_forget(doc):
            if not doc:
                return (
                    gr.update(visible=False),
                    "",
                    "Choose a document first, then press *Remove from library*.",
                )
            try:
                stored, _ = assistant.document(doc)
            except USER_ERRORS as exc:
                return gr.update(visible=False), "", views.error_message("Not removed", exc)
            return gr.update(visible=True), views.confirm_removal(stored), ""

        forget_btn.click(plain_errors(ask_forget), doc_pick, [confirm_row, confirm_text, library_message])
        cancel_btn.click(
            lambda: (gr.update(visible=False), "Nothing was removed."), None, [confirm_row, library_message]
        )

        def do_forget(request: gr.Request, doc):
            try:
                record = assistant.forget(doc or "", by=who(request) or "")
            except USER_ERRORS as exc:
                return gr.update(visible=False), views.error_message("Not removed", exc), *lists()
            return gr.update(visible=False), views.removed_message(record), *lists()

        confirm_btn.click(plain_errors(do_forget), doc_pick, [confirm_row, library_message, *list_outputs])

        def do_restore(doc):
            if not doc:
                return "Choose a document under *Recently removed* first.", *lists()
            try:
                stored = assistant.restore(doc)
            except USER_ERRORS as exc:
                return views.error_message("Not put back", exc), *lists()
            name = stored.meta.title or stored.meta.doc_id
            return f"Put **{views.plain(name)}** back in the library.", *lists()

        restore_btn.click(plain_errors(do_restore), removed_pick, [library_message, *list_outputs])

        # -- the Responses tab, and every list refreshed on page load and after a change
        def do_open(chosen, version):
            if not chosen:
                return (
                    gr.update(),
                    gr.update(),
                    gr.update(),
                    gr.update(),
                    gr.update(),
                    "Choose a response first.",
                )
            draft = assistant.get_draft(chosen, int(version) if version else None)
            html, flags = shown(draft)
            update = versions_update(chosen)
            update["value"] = draft.version
            return (
                chosen,
                html,
                flags,
                update,
                gr.Tabs(selected="draft"),
                f"Opened **{chosen}** version {draft.version}.",
            )

        open_btn.click(
            plain_errors(do_open),
            [work_pick, work_version],
            [draft_id, draft_view, flags_view, versions, tabs, work_message],
        )
        work_pick.input(plain_errors(versions_update), work_pick, work_version)

        def do_publish(request: gr.Request, chosen, on, where, sort):
            if not chosen:
                return "Choose a response first.", gr.update()
            try:
                day = typed_date(on) if (on or "").strip() else None
                item = assistant.mark_published(
                    chosen, user=who(request), on=day, where=(where or "").strip()
                )
            except USER_ERRORS as exc:
                return views.error_message("Not recorded", exc), gr.update()
            return f"Recorded **{views.plain(item.title)}** as published.", views.worklist_html(
                assistant.worklist(), sort
            )

        publish_btn.click(
            plain_errors(do_publish),
            [work_pick, published_on, published_at, work_sort],
            [work_message, worklist_view],
        )
        status_refresh.click(plain_errors(lambda: views_status(assistant)), None, status_view)

        def refreshed(sort):
            items = assistant.worklist()
            return (
                views.worklist_html(items, sort),
                gr.update(choices=views.worklist_choices(items)),
                *lists(),
            )

        home = [worklist_view, work_pick, *list_outputs]
        work_refresh.click(plain_errors(refreshed), work_sort, home)
        work_sort.input(plain_errors(refreshed), work_sort, home)
        app.load(plain_errors(refreshed), work_sort, home)  # a reload shows the library as it is now

        # A change made elsewhere (another person's tab, the command line) shows within LIST_POLL_S
        seen = gr.State(assistant.library_generation())
        poll = gr.Timer(LIST_POLL_S)

        def if_changed(generation, doc, removed):
            now = assistant.library_generation()
            if now == generation:
                return gr.skip(), *(gr.skip() for _ in list_outputs)
            table, docs, gone, plans_now = lists()
            for update, chosen in ((docs, doc), (gone, removed)):  # a choice still there stays chosen
                if chosen in {value for _, value in update["choices"]}:
                    update["value"] = chosen
            return now, table, docs, gone, plans_now

        poll.tick(if_changed, [seen, doc_pick, removed_pick], [seen, *list_outputs], show_progress="hidden")
    return app


def views_status(assistant: Assistant) -> str:
    return views.status_markdown(assistant.status())


def check_binding(host: str, users: dict[str, str]) -> None:
    """Refuse to listen beyond this machine without sign-in."""
    if not is_loopback(host) and not users:
        raise UnsafeBinding(
            f"Refusing to listen on {host!r} without sign-in: anyone on the network could read the library. "
            "Add users to PCC_UI__USERS (hashes from `pcc-assistant hash-password`), or listen on 127.0.0.1."
        )


def launch(assistant: Assistant, host: str | None = None, port: int | None = None, block: bool = True):
    """Start the app. Returns (running server, url) when ``block`` is False (tests); ``close()`` stops it."""
    ui = assistant.settings.ui
    host = host or ui.host
    check_binding(host, ui.users)
    export_dir = assistant.settings.export_dir
    export_dir.mkdir(parents=True, exist_ok=True)
    # Files the app hands to the browser (and uploads it receives) live under the export folder only.
    os.environ["GRADIO_TEMP_DIR"] = str(export_dir / "files")
    blocks = build_app(assistant)
    auth = (lambda user, password: check_credentials(ui.users, user, password)) if ui.users else None
    app = server.create_server_app(
        blocks,
        ui,
        loopback_only=is_loopback(host) and not ui.trust_proxy_headers,
        server_name=host,
        server_port=port or ui.port,
        auth=auth,
        # gradio's sign-in page shows nothing for a 429; say beforehand what happens.
        auth_message=(
            f"Sign in with your office account. After {ui.sign_in_failures_per_user} failed attempts, "
            f"sign-in pauses for {ui.sign_in_window_minutes} minutes."
        ),
        max_file_size=f"{ui.max_upload_mb:g}mb",
        allowed_paths=[str(export_dir)],
        blocked_paths=[str(assistant.settings.catalog_path), str(assistant.settings.chroma_path)],
        footer_links=[],
        run_history=False,  # gradio would keep every call's inputs and outputs in the browser
        # Our callbacks raise only plain gr.Error messages (see plain_errors); this lets gradio's own
        # refusals of malformed input show as text too, instead of a bare {"error": null}.
        show_error=True,
        css=views.CSS,
        js=views.A11Y_JS,
        ssr_mode=False,
    )
    running = server.serve(app, blocks, host, port or ui.port, ui, block=block)
    return (running, running.url) if running else (None, None)
