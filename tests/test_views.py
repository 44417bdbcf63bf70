"""The web app's pure presentation functions, tested without a browser."""

from __future__ import annotations

from pathlib import Path

from assistant.intake.report import read_report
from ui import views

REPORTS = Path(__file__).parent / "intake" / "reports"


def _row(answers: str, ref: str, row: str) -> list[str]:
    return [answers, ref, "what it says", "reference", "OFFICIAL", row]


def test_only_the_rows_a_person_changed_become_assignments():
    before = [_row("1", "R1", "plan#1"), _row("2", "R2", "plan#2"), _row("none", "", "plan#3")]
    untouched = [list(r) for r in before]
    assert views.assignments(before, untouched) == {}  # a table shown and not edited assigns nothing
    edited = [_row("1", "R1", "plan#1"), _row("none", "R2", "plan#2"), _row("2, 3", "", "plan#3")]
    assert views.assignments(before, edited) == {"plan#2": "none", "plan#3": "2, 3"}
    cleared = [_row("1", "R1", "plan#1"), _row("", "R2", "plan#2"), _row("none", "", "plan#3")]
    assert views.assignments(before, cleared) == {"plan#2": "none"}  # an emptied cell answers nothing
    assert views.assignments(before, [_row("5", "", "elsewhere#9")]) == {}  # not a row that was shown


def test_the_reading_marks_what_is_uncertain_and_what_is_missing():
    page = (
        b"<html><body><main><h1>Policing the night-time economy</h1><p>4 March 2026</p>"
        b"<h2>Recommendations</h2><h3>Recommendation 1</h3><p>Chief constables should review their "
        b"licensing teams.</p><h3>Recommendation 2</h3><p>Everyone concerned should log flights.</p></main></body></html>"
    )
    reading = read_report(Path("night.html"), "Fenmoor Police", data=page)
    shown = views.reading_html(reading, "Fenmoor Police")
    assert "⚠ check" in shown and "✗ not found" not in shown.split("Forces visited")[0]
    assert shown.count("✓ found") >= 2 and "not read" in shown  # recommendation 2's addressee
    assert "<script" not in views.reading_html(
        read_report(
            Path("x.html"), "", data=b"<h1>A &lt;script&gt; title here</h1><p>We make no recommendations.</p>"
        )
    )


def test_a_report_file_reads_into_rows_a_person_can_check():
    reading = read_report(REPORTS / "10-super-complaint-pdf" / "report.pdf", "Fenmoor Police")
    shown = views.reading_html(reading, "Fenmoor Police")
    assert "3(a)" in shown and "page 3" in shown and "Ministry of Justice" in shown
    assert "6 recommendations" in views.read_message(reading)


def test_search_results_name_duplicate_titles_by_id_and_say_when_nothing_is_close():
    """Two past letters with one title were indistinguishable in the picker; a nonsense query listed 15
    documents with scores such as 0.033 (issue 13)."""
    from assistant.records import Chunk, ChunkHit, DocumentHit, DocumentMeta
    from assistant.search.hybrid import NO_GOOD_MATCHES, SearchResults

    def hit(doc, title):
        meta = DocumentMeta(
            doc_id=doc,
            title=title,
            kind="response",
            office="X",
            source_path=f"{doc}.md",
            content_hash=doc,
            file_type="md",
        )
        chunk = Chunk(
            chunk_id=f"{doc}-0", doc_id=doc, position=0, section="", text="custody", marking="OFFICIAL"
        )
        best = ChunkHit(chunk=chunk, meta=meta, score=0.033)
        return DocumentHit(meta=meta, score=0.033, best=best, snippet="custody visiting", other_chunks=0)

    hits = [
        hit("resp-2022-a", "PEEL 2021/22"),
        hit("resp-2022-b", "PEEL 2021/22"),
        hit("resp-2018", "Custody"),
    ]
    assert views.document_choices(hits) == [
        ("PEEL 2021/22 (resp-2022-a)", "resp-2022-a"),
        ("PEEL 2021/22 (resp-2022-b)", "resp-2022-b"),
        ("Custody", "resp-2018"),  # a title of its own keeps no id
    ]
    assert "0.033" not in views.hits_html(hits) and "score" not in views.hits_html(hits)
    none = SearchResults()
    none.note = NO_GOOD_MATCHES.format(query="banana bread")
    shown = views.hits_html(none)
    assert "No good matches" in shown and "banana bread" in shown and "No matching documents" not in shown


def test_a_year_box_takes_a_year_or_nothing_and_says_so_in_plain_words():
    import pytest

    assert views.year_typed("", "From year") is None and views.year_typed(" 2022 ", "From year") == 2022
    for wrong in ("22", "twenty", "0"):
        with pytest.raises(ValueError, match="From year: type a year such as 2022, or leave it empty"):
            views.year_typed(wrong, "From year")


def test_a_service_message_in_the_browser_has_no_terminal_commands_but_keeps_its_words():
    """'no document with id 'x' (see `pcc-assistant docs`)' was shown to people in a browser."""
    from assistant.service import NotFound

    said = views.error_text(NotFound("no removed document with id 'x' (see `pcc-assistant removed`)"))
    assert said == "no removed document with id 'x'"
    # false alarm: a message that only mentions a command's name in its own words is kept whole
    kept = "‘resp-1’ uses none of the office's recurring phrasings; choose another letter."
    assert views.error_text(ValueError(kept)) == kept


def test_the_worklist_says_overdue_in_words_as_well_as_colour():
    from datetime import date

    from assistant.drafting.worklist import WorkItem

    late = WorkItem(
        draft_id="d1",
        title="PEEL <2025>",
        published=date(2026, 10, 1),
        due_date=date(2026, 11, 25),
        days_left=-3,
        state="in review",
        version=4,
        updated_at="2026-11-20T10:00:00",
    )
    done = late.model_copy(update={"draft_id": "d2", "state": "published"})
    soon = late.model_copy(update={"draft_id": "d3", "days_left": 1, "due_date": date(2026, 12, 4)})
    html = views.worklist_html([soon, done, late])
    assert "overdue by 3 days" in html and "class='overdue'" in html and "PEEL &lt;2025&gt;" in html
    assert html.count("class='overdue'") == 1  # a published response is never overdue
    assert html.index("d1") < html.index("d3") < html.index("d2")  # soonest due first, published last
    assert "1 day<" in html
