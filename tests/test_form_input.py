"""The web form accepts what people type (UK dates) and answers a mistake in plain words that name the
field and the fix, never the validator's own text."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.drafting.inspection import FormError, inspection_from_form, typed_date


@pytest.mark.parametrize(
    "typed",
    [
        "20/11/2026",
        "20/11/26",
        "20.11.2026",
        "20 November 2026",
        "20 Nov 2026",
        "20th November 2026",
        "2026-11-20",
        "Friday 20 November 2026",
    ],
)
def test_uk_dates_are_read_day_first(typed):
    assert typed_date(typed) == date(2026, 11, 20)


@pytest.mark.parametrize("typed", ["31/02/2026", "11/20/2026", "November 2026", "next Tuesday", "20/11"])
def test_a_date_that_is_not_one_is_refused_with_the_forms_that_work(typed):
    with pytest.raises(ValueError) as caught:
        typed_date(typed)
    assert "20/11/2026" in str(caught.value) and "YYYY-MM-DD" in str(caught.value)


def test_an_empty_form_names_each_field_and_the_fix_in_plain_words():
    with pytest.raises(FormError) as caught:
        inspection_from_form(
            title="", inspection_type="national thematic", published="", force_inspected=False
        )
    problems = caught.value.problems
    assert set(problems) == {"title", "published"}
    assert problems["title"].startswith("Inspection title: type the report's full title")
    assert (
        problems["published"].startswith("Date the report was published:")
        and "20/11/2026" in problems["published"]
    )
    assert "String should" not in str(caught.value) and "characters" not in str(caught.value)


def test_every_wrong_field_is_reported_at_once_with_its_line():
    with pytest.raises(FormError) as caught:
        inspection_from_form(
            title="Custody services in Fenmoor",
            inspection_type="a kind we do not have",
            published="31/02/2026",
            force_inspected=True,
            recommendations="1. The force should make sure custody records are complete.\n2. Short",
        )
    problems = caught.value.problems
    assert set(problems) == {"inspection_type", "published", "recommendations"}
    assert "line 2 is too short" in problems["recommendations"] and "not a real date" in problems["published"]


def test_a_correct_form_with_a_uk_date_drafts_and_raises_nothing():
    inspection = inspection_from_form(
        title="Custody services in Fenmoor",
        inspection_type="joint",
        published="20/11/2026",
        force_inspected=True,
        recommendations="1. The force should make sure custody records are complete.",
    )
    assert inspection.published == date(2026, 11, 20) and inspection.due_date() == date(2027, 1, 14)
