"""Pure functions that turn service results into what the web page shows (HTML, tables, choices).

No decisions are made here: only presentation, so each is easy to test without a browser.
"""

from __future__ import annotations

import html
import re
from collections import Counter
from datetime import date

from assistant.drafting.records import Draft
from assistant.drafting.worklist import STATES, WorkItem
from assistant.ingest.removed import RemovedDocument
from assistant.records import DocumentHit, IngestReport, StoredDocument
from assistant.search.hybrid import SearchResults

CSS = """
/* Contrast (WCAG AA, checked by axe-core in the browser tests): gradio's orange buttons (2.8:1), red
   buttons and pale grey placeholders and hints (1.9:1) are too faint to read for many people. */
:root, .gradio-container {
  --button-primary-background-fill: #1d4ed8; --button-primary-background-fill-hover: #1e40af;
  --button-primary-text-color: #ffffff; --button-primary-border-color: #1d4ed8;
  --button-cancel-background-fill: #b91c1c; --button-cancel-background-fill-hover: #991b1b;
  --button-cancel-text-color: #ffffff; --button-cancel-border-color: #b91c1c;
  --body-text-color-subdued: #5b5b66; --input-placeholder-color: #63636e;
  --color-accent: #1d4ed8; --color-accent-soft: #dbe4fb;
}
.gradio-container .or, .gradio-container .info-text, .gradio-container input::placeholder,
.gradio-container textarea::placeholder { color: #5b5b66 !important; }
.gradio-container button.primary { background: #1d4ed8 !important; color: #fff !important; }
.gradio-container button.stop { background: #b91c1c !important; color: #fff !important; }
.gradio-container .tab-wrapper button[aria-selected="true"], .gradio-container button.selected { color: #1d4ed8 !important; }
/* The draft is the page's main column; the flags, chat, versions and export stay in view beside it. */
.gradio-container { overflow: clip !important; }  /* gradio's 'hidden' would stop the panel sticking */
#refine-panel { position: sticky; top: .5rem; align-self: flex-start; max-height: calc(100vh - 1rem);
  overflow-y: auto; }
.draft-view { font-family: Georgia, 'Times New Roman', serif; line-height: 1.55; max-width: 52rem; }
.draft-view h2 { font-family: inherit; font-size: 1.15rem; margin: 1.2rem 0 .4rem; }
.draft-view .banner { font-weight: bold; letter-spacing: .02em; }
.draft-view table.header { border-collapse: collapse; margin: .6rem 0 1rem; width: 100%; }
.draft-view table.header td { border: 1px solid #999; padding: .3rem .5rem; vertical-align: top; }
.draft-view blockquote { border-left: 4px solid #8aa; margin: .5rem 0; padding: .2rem .8rem; color: #234; }
.draft-view .placeholder { background: #fff3c4; border: 1px dashed #c90; padding: 0 .2rem; }
.draft-view .unsupported { text-decoration: underline wavy #c33; }
.draft-view .staff { border-bottom: 1px dotted #3f4d63; }
.draft-view .rejected { text-decoration: line-through; color: #999; }
.draft-view .staff-note { font-family: sans-serif; font-size: .85em; color: #7a4b00; }
.draft-view .cites { font-size: .75em; vertical-align: super; color: #2456a6; margin-left: 2px; white-space: nowrap; }
.draft-view .cite { position: relative; cursor: pointer; text-decoration: underline dotted; }
.draft-view .cite:focus { outline: 2px solid #2456a6; outline-offset: 1px; }
.draft-view .cite .pop { display: none; position: absolute; z-index: 20; left: 0; top: 1.4em; width: 26rem;
  max-width: 80vw; white-space: normal; background: #fff; color: #222; border: 1px solid #99a;
  box-shadow: 0 2px 8px rgba(0,0,0,.2); padding: .5rem .7rem; font: .85rem/1.4 system-ui, sans-serif; }
.draft-view .cite:hover .pop, .draft-view .cite:focus .pop, .draft-view .cite:focus-within .pop { display: block; }
.draft-view .secno { font: 600 .75rem system-ui, sans-serif; color: #fff; background: #3f4d63;
  border-radius: 3px; padding: 0 .35rem; margin-right: .4rem; vertical-align: middle; }
.draft-view .secno-line { margin: .8rem 0 .2rem; color: #3f4d63; font: .75rem system-ui, sans-serif; }
.draft-view .passage { display: none; border: 1px solid #ccd; background: #f6f8fc; padding: .5rem .7rem;
  margin: .4rem 0; font-family: system-ui, sans-serif; font-size: .9rem; }
.draft-view .passage:target { display: block; }
.draft-view .notes { font-family: system-ui, sans-serif; font-size: .9rem; color: #444; }
.flags { font-family: system-ui, sans-serif; }
.flags .deadline { font-size: 1.05rem; font-weight: 600; padding: .5rem .7rem; border-radius: 6px; margin-bottom: .6rem; }
.flags .deadline.info { background: #e7f3e7; } .flags .deadline.warning { background: #fff1cc; }
.flags .deadline.error { background: #fbdada; }
.flags li { margin-bottom: .35rem; } .flags .error { color: #a11; } .flags .warning { color: #8a5a00; }
.results .hit { margin-bottom: 1rem; } .results .meta { color: #555; font-size: .85rem; }
.results mark { background: #ffe680; }
.document-view .text { white-space: pre-wrap; font-family: system-ui, sans-serif; margin: 0 0 .8rem; }
.document-view table.meta td { padding: .1rem .6rem .1rem 0; vertical-align: top; }
.document-view .passage-head { margin: .6rem 0 .2rem; }
.reading { font-family: system-ui, sans-serif; font-size: .88rem; }
.reading table { border-collapse: collapse; width: 100%; margin: .3rem 0 .8rem; }
.reading td, .reading th { border-bottom: 1px solid #dde; padding: .25rem .4rem; vertical-align: top; text-align: left; }
.reading .ok { color: #256b2a; white-space: nowrap; } .reading .check { color: #8a5a00; font-weight: 600; }
.reading td:nth-child(2) { width: 55%; }
.reading .missing { color: #a11; font-weight: 600; white-space: nowrap; } .reading .where { color: #555; }
.reading .checks { background: #fff1cc; padding: .4rem .6rem; border-radius: 6px; }
.diff { font: .85rem/1.45 system-ui, sans-serif; max-height: 28rem; overflow: auto; }
.diff ins, .diff del, .diff div { display: block; text-decoration: none; padding: .1rem .4rem; }
.diff ins { background: #e3f5e1; } .diff del { background: #fbe3e3; text-decoration: line-through; }
.diff .hunk { color: #777; } .sr { position: absolute; left: -9999px; }
.worklist { border-collapse: collapse; width: 100%; font-family: system-ui, sans-serif; }
.worklist th, .worklist td { border-bottom: 1px solid #dde; padding: .35rem .5rem; text-align: left; vertical-align: top; }
.worklist .id { color: #555; font-size: .8rem; }
.worklist tr.overdue td { color: #a11; background: #fdeaea; }
.worklist tr.published td { color: #555; }
"""

# gradio's table-header icons and empty-value boxes carry aria-label on a plain div (axe:
# aria-prohibited-attr, serious); giving those (and only those: an upload area is interactive) the role
# their label implies is the smallest fix that keeps gradio's own markup.
A11Y_JS = """
() => {
  const fix = () => document.querySelectorAll(
    'th .header-icons div[aria-label]:not([role]), .unpadded_box[aria-label]:not([role])').forEach(
    (el) => el.setAttribute('role', 'img'));
  fix();
  new MutationObserver(fix).observe(document.body, { childList: true, subtree: true });
}
"""

FLAG_LABELS = {
    "uncovered_recommendation": "Recommendation not yet answered",
    "count_mismatch": "Count does not match the report",
    "unsupported": "Sentence not supported by any source",
    "invented_specific": "Figure, date or name found in no source",
    "chief_constable": "Words attributed to the Chief Constable",
    "sensitive_text": "OFFICIAL-SENSITIVE text — must not be published",
    "missing_cc_comments": "Chief Constable's comments missing",
    "placeholder": "Gap for staff to fill",
    "injected_text": "Text from a passage that gives orders to a model",
    "false_gap": "Says no note was found, but one was",
    "status_contradiction": "Contradicts the action plan's status",
    "cc_figure_differs": "Chief Constable's figure differs from the action plan",
    "borrowed_text": "From a past letter: check it is true of this inspection",
    "repeated": "Says again what the letter already says",
}


def _esc(text: str) -> str:
    return html.escape(text or "", quote=True)


def draft_html(draft: Draft | None, banner: str) -> str:
    """The draft as the letter reads, with citation markers that open their source passage."""
    if draft is None:
        return "<div class='draft-view'><p>No draft yet. Fill in the inspection (or pick a sample) and press <b>Draft response</b>.</p></div>"
    parts = ["<div class='draft-view'>", f"<p class='banner'>{_esc(banner)}</p>", "<table class='header'>"]
    for row in draft.header:
        value = " ".join(f"{'☒' if on else '☐'} {_esc(label)}" for label, on in row.options) or _esc(
            row.value
        )
        parts.append(f"<tr><td>{_esc(row.label)}</td><td>{value}</td></tr>")
    parts.append("</table>")
    for number, section in enumerate(draft.sections, 1):  # numbered as the chat's commands count them
        if section.title and section.kind not in ("opening", "signoff"):
            parts.append(f"<h2><span class='secno'>{number}</span> {_esc(section.title)}</h2>")
        else:
            name = "opening" if section.kind == "opening" else "sign-off"
            parts.append(f"<p class='secno-line'><span class='secno'>{number}</span> {name}</p>")
        for paragraph in section.paragraphs:
            sentences = []
            for s in paragraph.sentences:
                classes = []
                if s.origin == "placeholder":
                    classes.append("placeholder")
                if s.support is not None and not s.support.supported:
                    classes.append("unsupported")
                if s.review == "rejected":
                    classes.append("rejected")
                cites = _cites(draft, s.citations)
                if s.origin == "staff":
                    classes.append("staff")
                by = f" title='Written by {_esc(s.author)}'" if s.origin == "staff" and s.author else ""
                text = (
                    f"<span class='{' '.join(classes)}'{by}>{_esc(s.text)}</span>"
                    if classes
                    else _esc(s.text)
                )
                note = (
                    f" <span class='staff-note'>(For staff, not published: {_esc(s.note)})</span>"
                    if s.note
                    else ""
                )
                sentences.append(text + cites + note)
            body = " ".join(sentences)
            if paragraph.style == "quote":
                parts.append(f"<blockquote>{body}</blockquote>")
            elif paragraph.style == "bullet":
                parts.append(f"<ul><li>{body}</li></ul>")
            else:
                parts.append(f"<p>{body}</p>")
    parts.append(
        "<div class='notes'><h2>Sources</h2><p>Point at a marker in the text, or move to it with the Tab key, to see its passage.</p>"
    )
    for src in draft.sources:
        where = f"{src.doc_id} · {src.section}" if src.doc_id else "the inspection you entered"
        parts.append(
            f"<div class='passage' id='src-{src.sid}'><b>{src.sid}</b> — {_esc(src.title)} "
            f"<i>({_esc(src.kind.replace('_', ' '))}, {src.marking}, {_esc(where)})</i><br>"
            f"{_esc(src.text).replace(chr(10), '<br>')}</div>"
        )
    parts.append(
        "<h2>Drafting notes</h2><ul>" + "".join(f"<li>{_esc(n)}</li>" for n in draft.notes) + "</ul></div>"
    )
    parts.append("</div>")
    return "".join(parts)


def section_choices(draft: Draft | None) -> list[tuple[str, int]]:
    """Sections as the draft shows them, numbered from 1; the Chief Constable's are not edited here."""
    if draft is None:
        return []
    return [
        (f"{i} · {s.title or s.kind.replace('_', ' ')}", i)
        for i, s in enumerate(draft.sections, 1)
        if s.kind != "chief_constable"
    ]


def diff_html(diff: str) -> str:
    """A unified diff of the letter as lines, additions in green and removals in red (and marked + and −
    in words for screen readers and print)."""
    if not diff.strip():
        return "<p>The two versions read the same.</p>"
    rows = []
    for line in diff.splitlines()[2:]:
        if line.startswith("@@"):
            rows.append("<div class='hunk'>…</div>")
        elif line.startswith("+"):
            rows.append(f"<ins><span class='sr'>added: </span>{_esc(line[1:])}</ins>")
        elif line.startswith("-"):
            rows.append(f"<del><span class='sr'>removed: </span>{_esc(line[1:])}</del>")
        elif line.strip():
            rows.append(f"<div>{_esc(line[1:])}</div>")
    return "<div class='diff'>" + "".join(rows) + "</div>"


def status_line(latest: Draft, shown: int) -> str:
    """The Draft tab's status line: which draft, which version is shown, and what comes next."""
    if shown == latest.version:
        return (
            f"Draft **{latest.draft_id}** version {latest.version} ({latest.engine}), the latest. "
            "Check the flags, then refine or export."
        )
    return (
        f"Draft **{latest.draft_id}**: showing version {shown} of {latest.version}. Export writes the version "
        "shown."
    )


def revised_message(draft: Draft) -> str:
    """The chat's answer to a revision: the version made and what changed, and any new stop sign."""
    new = [f for f in draft.flags if f.kind == "borrowed_text" and not f.resolved]
    warn = (
        f" {len(new)} sentence{'s' if len(new) != 1 else ''} from a past letter need checking against this "
        "inspection (see the flags)."
        if new
        else ""
    )
    return f"Saved as version {draft.version}: {plain(draft.changes or 'changed.')}{warn}"


def _cites(draft: Draft, sids: list[str]) -> str:
    """A sentence's sources as one short marker group, '[S2, S5]'; each marker shows its passage, its
    document, date and marking beside it on hover or keyboard focus, without leaving the draft."""
    if not sids:
        return ""
    marks = []
    for sid in sids:
        src = draft.source(sid)
        if src is None:
            continue
        when = f", {src.published:%B %Y}" if src.published else ""
        what = f"{src.title}{when} · {src.marking}" if src.doc_id else "the inspection you entered"
        text = src.text if len(src.text) <= 700 else src.text[:700].rsplit(" ", 1)[0] + " …"
        marks.append(
            f"<span class='cite' tabindex='0' role='button' aria-label='Source {sid}: {_esc(what)}'>{sid}"
            f"<span class='pop' role='tooltip'><b>{sid} · {_esc(what)}</b><br>{_esc(text)}</span></span>"
        )
    return f"<span class='cites'>[{', '.join(marks)}]</span>" if marks else ""


def _passage(draft: Draft, sid: str) -> str:
    source = draft.source(sid)
    return source.text if source else ""


def flags_html(draft: Draft | None) -> str:
    """Days left first; then what must be fixed before publication, grouped so it can be scanned."""
    if draft is None:
        return "<div class='flags'><p>Flags appear here once there is a draft.</p></div>"
    deadline = next((f for f in draft.flags if f.kind == "deadline"), None)
    parts = ["<div class='flags'>"]
    if deadline:
        parts.append(f"<div class='deadline {deadline.severity}'>{_esc(deadline.message)}</div>")
    covered = sum(c.covered for c in draft.coverage)
    parts.append(f"<p><b>Recommendations answered:</b> {covered} of {len(draft.coverage)}</p>")
    open_flags = [f for f in draft.flags if f.kind != "deadline" and not f.resolved]
    if not open_flags:
        parts.append("<p>No other flags.</p>")
    counts = Counter(f.kind for f in open_flags)
    for kind, label in FLAG_LABELS.items():
        if not counts.get(kind):
            continue
        items = [f for f in open_flags if f.kind == kind]
        parts.append(f"<details open><summary><b>{label}</b> ({counts[kind]})</summary><ul>")
        for f in items:
            where = f"Section {f.section + 1}: " if f.section is not None else ""
            excerpt = f" — “{_esc(f.excerpt[:140])}”" if f.excerpt else ""
            parts.append(f"<li class='{f.severity}'>{where}{_esc(f.message)}{excerpt}</li>")
        parts.append("</ul></details>")
    if draft.publication_blockers:
        parts.append(
            "<p><b>Publication export is blocked</b> until these are resolved or overridden with a reason.</p>"
        )
    parts.append("</div>")
    return "".join(parts)


def hits_html(hits: list[DocumentHit]) -> str:
    note = getattr(hits, "note", "")  # e.g. keyword results only, while another process updates the library
    note_html = f"<p class='note'><i>{_esc(note)}</i></p>" if note else ""
    if not hits:
        return f"<div class='results'>{note_html or '<p>No matching documents.</p>'}</div>"
    parts = ["<div class='results'>", note_html]
    for rank, hit in enumerate(hits, start=1):
        m = hit.meta
        snippet, last = [], 0
        for span in hit.highlights:
            snippet.append(_esc(hit.snippet[last : span.start]))
            snippet.append(f"<mark>{_esc(hit.snippet[span.start : span.end])}</mark>")
            last = span.end
        snippet.append(_esc(hit.snippet[last:]))
        when = m.published or m.doc_date or "undated"
        parts.append(
            f"<div class='hit'><b>{rank}. {_esc(m.title or m.doc_id)}</b>"
            f"<div class='meta'>{_esc(m.doc_id)} · {m.kind.replace('_', ' ')} · {_esc(m.inspection_type or 'type unknown')}"
            f" · {when} · {m.marking}</div><div>{''.join(snippet)}</div></div>"
        )
    parts.append("</div>")
    return "".join(parts)


def year_typed(text: str | None, label: str) -> int | None:
    """A year box: empty is any year; anything but a year says so in plain words."""
    text = (text or "").strip()
    if not text:
        return None
    if not re.fullmatch(r"(?:19|20)\d\d", text):
        raise ValueError(f"{label}: type a year such as 2022, or leave it empty for any year.")
    return int(text)


def in_order(hits: list[DocumentHit], order: str = "best") -> list[DocumentHit]:
    """The results best match first, or newest first (by the report's publication, else the document's
    own date; undated last); a note about the results is kept."""
    if order != "newest":
        return hits
    ordered = SearchResults(
        sorted(hits, key=lambda h: -(h.meta.published or h.meta.doc_date or date.min).toordinal())
    )
    ordered.note = getattr(hits, "note", None)
    return ordered


def document_choices(hits: list[DocumentHit]) -> list[tuple[str, str]]:
    """The picker's entries for search results: the title, with the id where two results share one."""
    titles = [h.meta.title or h.meta.doc_id for h in hits]
    return [
        (f"{t} ({h.meta.doc_id})" if titles.count(t) > 1 and t != h.meta.doc_id else t, h.meta.doc_id)
        for t, h in zip(titles, hits, strict=True)
    ]


def documents_rows(documents: list[StoredDocument]) -> list[list]:
    return [
        [
            d.meta.doc_id,
            d.meta.kind.replace("_", " "),
            d.meta.title,
            d.meta.inspection_type or "",
            str(d.meta.published or ""),
            d.meta.marking,
            d.meta.file_type,
            d.n_chunks,
        ]
        for d in documents
    ]


DOCUMENT_COLUMNS = ["Id", "Kind", "Inspection", "Type", "Published", "Marking", "Format", "Passages"]


def library_choices(documents: list[StoredDocument]) -> list[tuple[str, str]]:
    """The Library's picker: every document by title and id (two letters often share a title)."""
    return [(f"{d.meta.title or d.meta.doc_id} ({d.meta.doc_id})", d.meta.doc_id) for d in documents]


def removed_choices(records: list[RemovedDocument]) -> list[tuple[str, str]]:
    return [(f"{r.title} ({r.doc_id}), removed {long_day(r.removed_at.date())}", r.doc_id) for r in records]


def confirm_removal(stored: StoredDocument) -> str:
    return (
        f"Remove **{plain(stored.meta.title or stored.meta.doc_id)}** ({stored.meta.doc_id}) from the library? "
        "It will no longer be searched or drafted from. You can put it back from *Recently removed* "
        "for 30 days."
    )


def removed_message(record: RemovedDocument) -> str:
    return (
        f"Removed **{plain(record.title)}**. To undo, choose it under *Recently removed* and press "
        f"*Put back*, any time before {long_day(record.purge_on.date())}."
    )


def long_day(day: date) -> str:
    return f"{day.day} {day:%B %Y}"


# Each order: the key, and whether largest first.
SORTS = {
    "Due date (soonest first)": (lambda i: (i.state == "published", i.due_date), False),
    "Days left": (lambda i: i.days_left, False),
    "State": (lambda i: (STATES.index(i.state), i.due_date), False),
    "Title": (lambda i: i.title.lower(), False),
    "Last changed (newest first)": (lambda i: i.updated_at, True),
}


def worklist_html(items: list[WorkItem], sort: str = "Due date (soonest first)") -> str:
    """Every response being written, as a table: overdue rows in red, days left in words too (colour is
    never the only sign)."""
    if not items:
        return "<p class='worklist empty'>No responses yet. Draft one in the <b>Draft</b> tab.</p>"
    rows = []
    key, newest_first = SORTS.get(sort, SORTS["Due date (soonest first)"])
    for item in sorted(items, key=key, reverse=newest_first):
        if item.state == "published":
            left = "published"
        elif item.days_left < 0:
            left = f"<b>overdue by {-item.days_left} day{'s' if item.days_left != -1 else ''}</b>"
        else:
            left = (
                "due today"
                if item.days_left == 0
                else f"{item.days_left} day{'s' if item.days_left != 1 else ''}"
            )
        rows.append(
            f"<tr class='{'overdue' if item.overdue else item.state.replace(' ', '-')}'>"
            f"<td>{_esc(item.title)}<div class='id'>{_esc(item.draft_id)} · version {item.version}</div></td>"
            f"<td>{long_day(item.published)}</td><td>{long_day(item.due_date)}</td><td>{left}</td>"
            f"<td>{_esc(item.state)}</td></tr>"
        )
    head = "".join(
        f"<th scope='col'>{h}</th>" for h in ("Inspection", "Published", "Due", "Days left", "State")
    )
    return f"<table class='worklist'><thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>"


def worklist_choices(items: list[WorkItem]) -> list[tuple[str, str]]:
    return [(f"{i.title[:70]} ({i.draft_id}, due {long_day(i.due_date)})", i.draft_id) for i in items]


def ingest_rows(report: IngestReport) -> list[list[str]]:
    labels = {
        "ingested": "added",
        "replaced": "updated",
        "unchanged": "unchanged (already in the library)",
        "duplicate": "duplicate",
        "skipped": "skipped",
        "failed": "error",
    }
    return [[o.path.rsplit("/", 1)[-1], labels[o.status], o.doc_id or "", o.reason] for o in report.outcomes]


def sentence_choices(draft: Draft | None) -> list[tuple[str, str]]:
    """Review list: (label, "s.p.n") for every sentence that is not a fixed quote of the input."""
    if draft is None:
        return []
    out = []
    for si, section in enumerate(draft.sections):
        for pi, ni, s in section.sentences():
            if s.origin == "input" and section.kind == "recommendation":
                continue
            mark = {"accepted": "✓", "edited": "✎", "rejected": "✗"}.get(s.review, "·")
            if s.support is not None and not s.support.supported:
                mark = "!" if s.review == "pending" else mark
            label = f"{mark} {si + 1}.{pi + 1}.{ni + 1} {section.title or section.kind}: {s.text[:90]}"
            out.append((label, f"{si}.{pi}.{ni}"))
    return out


def sentence_detail(draft: Draft | None, key: str | None) -> tuple[str, str]:
    """(the sentence, its best supporting passage with the score) for the review pane."""
    if draft is None or not key:
        return "", ""
    si, pi, ni = (int(x) for x in key.split("."))
    s = draft.sections[si].paragraphs[pi].sentences[ni]
    support = s.support
    if support is None or support.source_id is None:
        return s.text, "No supporting passage (fixed wording or a gap to fill)."
    source = draft.source(support.source_id)
    verdict = "supported" if support.supported else "NOT supported"
    head = f"{support.source_id} — {source.title if source else ''} · score {support.score:.2f} · {verdict}"
    return s.text, f"{head}\n\n{source.text if source else ''}"


def document_html(stored: StoredDocument, chunks) -> str:
    """A library document as plain text: every character escaped, so markup in a file (HTML, a markdown
    image, a form) shows as the characters it is and is never rendered or fetched."""
    m = stored.meta
    rows = [
        ("Id", m.doc_id),
        ("Kind", m.kind.replace("_", " ")),
        ("Type of inspection", m.inspection_type or "not stated"),
        ("Published", str(m.published or "not stated")),
        ("Letter date", str(m.doc_date or "not stated")),
        ("Office", m.office),
        ("Marking", m.marking),
        ("File", m.source_path),
    ]
    parts = [
        "<div class='document-view'>",
        f"<h3>{_esc(m.title or m.doc_id)}</h3><table class='meta'>",
        *(f"<tr><td>{_esc(label)}</td><td>{_esc(str(value or ''))}</td></tr>" for label, value in rows),
        "</table>",
    ]
    for c in chunks:
        flag = " · <b>OFFICIAL-SENSITIVE</b>" if c.marking == "OFFICIAL-SENSITIVE" else ""
        parts.append(
            f"<p class='passage-head'><b>{c.position + 1}. {_esc(c.section or '—')}</b>{flag}</p>"
            f"<div class='text'>{_esc(c.text)}</div>"
        )
    parts.append("</div>")
    return "".join(parts)


SIGN_OUT = "<p class='sign-out'><a href='logout' target='_self'>Sign out</a></p>"


def approved_message(record: dict) -> str:
    """An approval as recorded: by whom (a typed name says so), when, which version."""
    detail = record.get("detail") if isinstance(record.get("detail"), dict) else {}
    typed = " (name typed)" if detail.get("typed") else ""
    return (
        f"Approved by **{plain(str(record['user']))}**{typed} at {plain(str(record['at']))} "
        f"(version {record['version']})."
    )


def plain(text: str) -> str:
    """Text shown inside gradio Markdown as itself: markdown and HTML characters escaped."""
    return "".join("\\" + ch if ch in MARKDOWN_SPECIALS else ch for ch in html.escape(text, quote=False))


MARKDOWN_SPECIALS = set("\\`*_{}[]()#+-.!|~>")


_COMMAND_HINT = re.compile(r"\s*\((?:see|run) `pcc-assistant [^`]*`\)")


def for_the_web(message: str) -> str:
    """A service message as the web app says it: a pointer to a terminal command ('(see `pcc-assistant
    docs`)') means nothing to someone in a browser, and is left out; the rest is kept as written."""
    return _COMMAND_HINT.sub("", message)


def error_text(error: BaseException, expected: bool = True) -> str:
    """An error as plain words: a user error's own message; for an unexpected one (the server log has
    it), what to do, never its details."""
    if expected and str(error).strip():
        return for_the_web(str(error))
    return (
        f"Something went wrong on the server ({type(error).__name__}). Check the entries and try again; "
        "if it happens again, tell whoever runs this app (the details are in its log)."
    )


def error_toast(error: BaseException, expected: bool = True) -> str:
    """For gradio's error pop-up, which renders HTML: the words escaped."""
    return _esc(error_text(error, expected))


def error_message(what: str, error: BaseException, expected: bool = True) -> str:
    """A refused action as one sentence of Markdown, the error's words shown as text (never markup)."""
    return f"**{what}:** {plain(error_text(error, expected))}"


def error_html(error: BaseException) -> str:
    return f"<p class='error'>{_esc(str(error))}</p>"


def loaded_message(name: str, added: list[str], not_in_library: list[str]) -> str:
    parts = [f"Loaded **{plain(name)}**. Check the fields, then press *Draft response*."]
    if added:
        parts.append(f"Added to the library for this draft: {plain(', '.join(added))}.")
    if not_in_library:
        parts.append(
            f"Not in the library (add the file in the Library tab, or remove it from the list): "
            f"{plain(', '.join(not_in_library))}."
        )
    return " ".join(parts)


def _state(value, sure: bool = True, note: str = "") -> str:
    if value in (None, "", []):
        return "<td class='missing'>✗ not found</td>"
    if not sure:
        return f"<td class='check'>⚠ check{(': ' + _esc(note)) if note else ''}</td>"
    return "<td class='ok'>✓ found</td>"


def reading_html(reading, force_name: str = "") -> str:
    """What was read from a report, for a person to check before drafting: every field with where it
    was found and a mark where it was not found or is uncertain. Corrections are made in the form."""
    if reading is None:
        return ""
    found = reading.found
    rows = [
        ("Title", reading.title, found.get("title")),
        (
            "Published",
            f"{reading.published.day} {reading.published:%B %Y}" if reading.published else "",
            found.get("published"),
        ),
        ("Inspectorates", ", ".join(reading.inspectorates), None),
        ("Type", reading.type, found.get("type")),
        ("Forces visited", ", ".join(reading.forces_visited), found.get("forces_visited")),
        (
            f"{force_name or 'Our force'} inspected",
            {True: "yes", False: "no", None: ""}[reading.force_inspected],
            None,
        ),
        (
            "Totals the report states",
            ", ".join(f"{k.replace('_', ' ')}: {v}" for k, v in reading.totals.items() if v is not None)
            or "none stated",
            None,
        ),
    ]
    parts = [
        f"<details class='reading' id='reading' open><summary><b>What was read from {_esc(reading.file)}</b> "
        f"({_esc(reading.format)})</summary><p>Check each line; correct anything wrong in the form, then draft.</p>"
    ]
    if reading.checks:
        parts.append("<div class='checks'><b>To check before drafting</b><ul>")
        parts += [f"<li>{_esc(c)}</li>" for c in reading.checks]
        parts.append("</ul></div>")
    parts.append("<table><tr><th>Field</th><th>Read as</th><th>Where</th><th></th></tr>")
    for label, value, how in rows:
        where = _esc(how.where) if how else ""
        parts.append(
            f"<tr><td>{_esc(label)}</td><td>{_esc(str(value))}</td><td class='where'>{where}</td>"
            + _state(
                value,
                how.sure if how else True,
                how.how if how else "",
            )
            + "</tr>"
        )
    parts.append("</table>")
    for title, items, with_who in (
        ("Recommendations", reading.recommendations, True),
        ("Causes of concern", reading.causes_of_concern, False),
        ("Areas for improvement", reading.areas_for_improvement, False),
    ):
        if not items:
            continue
        head = "<th>For</th><th>Deadline</th>" if with_who else ""
        parts.append(
            f"<b>{title} ({len(items)})</b><table><tr><th>Id</th><th>Text</th>{head}<th>Where</th><th></th></tr>"
        )
        for item in items:
            who = ""
            if with_who:
                due = (
                    item.deadline.strftime("%-d %B %Y")
                    if hasattr(item.deadline, "strftime")
                    else (item.deadline or "")
                )
                who = f"<td>{_esc(', '.join(item.addressees)) or '<span class=missing>not read</span>'}</td><td>{_esc(str(due))}</td>"
            parts.append(
                f"<tr><td>{_esc(item.id)}</td><td>{_esc(item.text)}</td>{who}<td class='where'>{_esc(item.found.where)}</td>"
                + _state(item.text, item.found.sure and (not with_who or bool(item.addressees)), "")
                + "</tr>"
            )
        parts.append("</table>")
    if reading.graded_judgments:
        parts.append("<b>Grades</b><table>")
        parts += [
            f"<tr><td>{_esc(g.area)}</td><td>{_esc(g.grade)}</td><td class='where'>{_esc(g.found.where)}</td></tr>"
            for g in reading.graded_judgments
        ]
        parts.append("</table>")
    parts.append("</details>")
    return "".join(parts)


def read_message(reading) -> str:
    n = len(reading.recommendations)
    checks = len(reading.checks)
    return (
        f"Read **{plain(reading.file)}**: {n} recommendation{'s' if n != 1 else ''}, "
        f"{len(reading.areas_for_improvement)} areas for improvement. "
        + (
            f"**{checks} thing{'s' if checks != 1 else ''} to check** (listed beside the form, under the draft). "
            if checks
            else ""
        )
        + "Correct anything wrong in the form, then press *Draft response*."
    )


def field_messages(problems: dict[str, str], keys: list[str]) -> list[str | None]:
    """For each form field in ``keys``, its problem to show beside it, or None when it is right."""
    return [f"⚠ {problems[k]}" if k in problems else None for k in keys]


MATCH_HEADERS = ["Answers", "Plan's reference", "What it says", "Matched by", "Marking", "Row"]
ANSWERS = MATCH_HEADERS.index("Answers")


def match_rows(matches) -> list[list[str]]:
    """The action-plan rows and what each answers, for a person to correct in the Answers column (an
    id, several ids with commas, or none)."""
    return [
        [", ".join(m.targets) or "none", m.ref, m.summary[:160], m.how, m.marking, m.row] for m in matches
    ]


def table_rows(table) -> list[list]:
    """A Dataframe's value as rows, whichever form gradio hands it over in (pandas or lists)."""
    if table is None:
        return []
    if hasattr(table, "values") and hasattr(table, "columns"):
        return table.values.tolist()
    if isinstance(table, dict):
        return table.get("data", [])
    return list(table)


def assignments(before: list[list[str]], after: list[list[str]]) -> dict[str, str]:
    """The rows whose Answers a person changed: row -> the ids they typed (or none)."""
    row = MATCH_HEADERS.index("Row")
    was = {str(r[row]): str(r[ANSWERS]).strip() for r in before or [] if len(r) > row and r[row]}
    changed: dict[str, str] = {}
    for r in after or []:
        if len(r) <= row or str(r[row]) not in was:
            continue
        now = str(r[ANSWERS] or "").strip() or "none"
        if now.replace(" ", "") != was[str(r[row])].replace(" ", ""):
            changed[str(r[row])] = now
    return changed


def status_markdown(status: dict) -> str:
    counts = status["counts"]
    lines = [
        "| | |",
        "|---|---|",
        f"| Drafting engine | {status['engine']} |",
        f"| Language model | {status['model'] or 'none configured'} |",
        f"| Model endpoint | {status['model_endpoint'] or '—'} |",
        f"| Embedding model | {status['embedding_model']} (on this computer) |",
        f"| Library store | {status['vector_store']} |",
        f"| Documents | {counts.get('documents', 0)} ({counts.get('response', 0)} responses, "
        f"{counts.get('action_plan', 0)} action plans) |",
        f"| Passages | {counts.get('chunks', 0)} |",
    ]
    return "\n".join(lines)
