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
