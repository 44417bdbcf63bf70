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
