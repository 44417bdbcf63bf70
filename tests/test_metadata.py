"""The small pure functions that read a letter's facts, each against the form that would fool it."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.ingest import metadata as md
from assistant.ingest.chunking import chunk_blocks
from assistant.ingest.loaders import checkbox_markup_to_glyphs
from assistant.ingest.tables import normalise_marking, plan_columns, table_blocks
from assistant.records import Block, ParsedFile


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("27 th February 2020", date(2020, 2, 27)),
        ("27th February 2020", date(2020, 2, 27)),
        ("1 December 2022", date(2022, 12, 1)),
        ("published on 5 April 2023 by HMICFRS", date(2023, 4, 5)),
        ("2022-09-22", date(2022, 9, 22)),
        ("22/09/2022", date(2022, 9, 22)),
        ("Sept 3, 2021", date(2021, 9, 3)),
        ("in July 2018", date(2018, 7, 1)),
        ("31 February 2020", None),
        ("no date here", None),
    ],
)
def test_parse_date(text, expected):
    assert md.parse_date(text) == expected


def test_full_date_beats_month_when_asked():
    assert md.parse_date("in October 2024", month_only=False) is None


def test_checkbox_forms():
    assert md.parse_checkboxes("☐ Northumbria-specific ☒ National Thematic") == [
        ("Northumbria-specific", False),
        ("National Thematic", True),
    ]
    assert md.ticked("[x] National [ ] Local") == ["National"]
    html = '<input type="checkbox"/> Local <input checked="" type="checkbox"/> National'
    assert md.ticked(checkbox_markup_to_glyphs(html)) == ["National"]


def test_unticked_national_is_not_national():
    header = {"inspection_type": "☒ Fenmoor-specific ☐ National Thematic"}
    assert md.inspection_type(header, "") == "force-specific"


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        (
            "PCC response: Police perpetrated domestic abuse super-complaint",
            "Police perpetrated domestic abuse super-complaint",
        ),
        (
            "Police and Crime Commissioner's response to PEEL 2023–2025: An inspection of Fenmoor Police",
            "PEEL 2023–2025: An inspection of Fenmoor Police",
        ),
        (
            "Progress update: An inspection of vetting (HMICFRS, published 2 November 2022)",
            "An inspection of vetting",
        ),
        (
            "Evaluation of PEEL inspections: statement by the Police and Crime Commissioner for Fenmoor",
            "Evaluation of PEEL inspections",
        ),
        (
            "Getting the balance right? An inspection of protests",
            "Getting the balance right? An inspection of protests",
        ),
    ],
)
def test_clean_title(raw, clean):
    assert md.clean_title(raw) == clean


def test_title_skips_address_block_and_salutation():
    parsed = ParsedFile(
        blocks=[
            Block(
                kind="paragraph",
                text="Office of the Police and Crime Commissioner for Fenmoor Police Headquarters",
            ),
            Block(kind="heading", text="The Home Secretary Home Office 2 Marsham Street London"),
            Block(kind="heading", text="10 May 2018"),
            Block(
                kind="heading",
                text="Report on an unannounced inspection visit to police custody suites in Fenmoor",
            ),
            Block(kind="paragraph", text="Dear Home Secretary"),
            Block(kind="heading", text="Recommendation 1 (cause of concern: use of force)"),
        ]
    )
    assert (
        md.find_title(parsed, None)
        == "Report on an unannounced inspection visit to police custody suites in Fenmoor"
    )
    assert md.find_doc_date(parsed) == date(2018, 5, 10)


def test_type_from_body_when_title_is_silent():
    body = "Fenmoor Police was not one of the forces inspected. The report makes 43 recommendations."
    assert md.inspection_type(None, "An inspection of vetting and misogyny", body) == "national thematic"
    assert md.inspection_type(None, "PEEL 2021/22: An inspection of Fenmoor Police") == "PEEL"
    assert (
        md.inspection_type(None, "Crime data integrity in Fenmoor Police", "", ("Fenmoor Police",))
        == "force-specific"
    )


def test_marking_normalisation():
    assert normalise_marking("OFFICIAL SENSITIVE") == "OFFICIAL-SENSITIVE"
    assert normalise_marking("official-sensitive") == "OFFICIAL-SENSITIVE"
    assert normalise_marking("OFFICIAL") == "OFFICIAL"
    assert normalise_marking("") is None


def test_plan_columns_need_an_action_and_an_owner_or_status():
    assert plan_columns(["Ref", "Recommendation", "Action", "Owner", "Status"]) is not None
    assert plan_columns(["Name", "Address", "Action"]) is None


def test_plan_rows_become_one_block_each_with_marking():
    rows = [
        [
            "Ref",
            "Recommendation",
            "Action",
            "Owner",
            "Due date",
            "Status",
            "Progress note",
            "Protective marking",
        ],
        ["R1", "Improve triage", "New triage", "Head of DFU", "2023-09-30", "Complete", "Done", "OFFICIAL"],
        [
            "R2",
            "Reduce backlog",
            "Overtime",
            "Head of DFU",
            "2023-12-31",
            "In progress",
            "Operation X",
            "OFFICIAL-SENSITIVE",
        ],
    ]
    blocks = table_blocks(rows)
    assert [b.kind for b in blocks] == ["plan_row", "plan_row"]
    assert [b.marking for b in blocks] == ["OFFICIAL", "OFFICIAL-SENSITIVE"]
    assert "Owner: Head of DFU" in blocks[0].text


def test_chunks_never_cross_a_heading_and_plan_rows_stay_alone():
    blocks = [
        Block(kind="heading", text="Background"),
        Block(kind="paragraph", text="a " * 100),
        Block(kind="paragraph", text="b " * 100),
        Block(kind="heading", text="Recommendations"),
        Block(kind="paragraph", text="c " * 50),
        Block(kind="plan_row", text="R1: x\nAction: y", marking="OFFICIAL-SENSITIVE"),
        Block(kind="plan_row", text="R2: x\nAction: y", marking=None),
    ]
    chunks = chunk_blocks("doc", "v1", blocks, "OFFICIAL", max_chars=1000)
    assert [c.section for c in chunks] == [
        "Background",
        "Recommendations",
        "Recommendations",
        "Recommendations",
    ]
    assert [c.marking for c in chunks] == ["OFFICIAL", "OFFICIAL", "OFFICIAL-SENSITIVE", "OFFICIAL"]
    assert [c.position for c in chunks] == [0, 1, 2, 3]
    assert len({c.chunk_id for c in chunks}) == 4


def test_oversized_paragraph_is_split_at_sentences():
    text = " ".join(f"Sentence number {i} says something." for i in range(200))
    chunks = chunk_blocks("doc", "v1", [Block(kind="paragraph", text=text)], "OFFICIAL", max_chars=500)
    assert len(chunks) > 5 and all(len(c.text) <= 500 for c in chunks)
    assert all(c.text.rstrip().endswith(".") for c in chunks[:-1])


def test_a_letter_naming_no_office_is_not_assumed_to_be_ours():
    def letter(text: str) -> ParsedFile:
        return ParsedFile(blocks=[Block(kind="paragraph", text=text)])

    # A statement that names no commissioner: someone else's, or nobody's; never "my earlier responses".
    assert md.find_office(letter("The force welcomes the report on fraud."), "Fenmoor") == ""
    # Ours: it names our commissioner, or our area's commissioner.
    ours = ("Priya Lockwood", "Office of the Police and Crime Commissioner for Fenmoor")
    assert md.find_office(letter("Priya Lockwood said the report was welcome."), "Fenmoor", ours) == "Fenmoor"
    assert (
        md.find_office(letter("The Police and Crime Commissioner for Fenmoor welcomes it."), "Fenmoor")
        == "Fenmoor"
    )
    assert (
        md.find_office(letter("The Police and Crime Commissioner for Kent welcomes it."), "Fenmoor", ours)
        == "Kent"
    )
