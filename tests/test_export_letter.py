"""Letter furniture on export: A4, the date, the two letter forms (and ``auto`` from the office's own
letters), the protective marking in both, sensitive passages withheld from review copies unless asked,
and the office's own Word template (.docx and .dotx). Real DOCX files are written and read back with
python-docx; each check also has its false alarm."""

from __future__ import annotations

import io
import zipfile
from datetime import date
from pathlib import Path

import docx
import pytest
from docx.shared import Cm, Pt
from typer.testing import CliRunner

from assistant.drafting.export import file_marking, to_docx, to_markdown
from assistant.drafting.furniture import (
    Furniture,
    TemplateError,
    addressee_lines,
    choose_form,
    form_shown,
    open_template,
)
from assistant.drafting.inspection import Inspection
from assistant.drafting.records import Draft, Flag, HeaderRow, Paragraph, Section, Sentence, Source
from assistant.drafting.text import long_date
from assistant.settings import LetterSettings, Settings
from tests.conftest import make_assistant, make_settings

OFFICE = Settings(_env_file=None).office  # the sample office (conftest)
TITLE = "Unannounced inspection of police custody in Fenmoor"
DAY = date(2026, 12, 2)
SECRET = "Op Nightjar: covert tasking of the Kestrel Lane team against couriers"
WITHHELD = "[OFFICIAL-SENSITIVE passage withheld: custody-plan.csv row 2, S3]"
LETTERHEAD = "Office of the Police and Crime Commissioner for Fenmoor · Police Headquarters, Wexcombe"


def make_draft(*, sensitive_source: bool = True, note: str = "", flags: list[Flag] | None = None) -> Draft:
    inspection = Inspection(title=TITLE, type="joint", published=date(2026, 11, 20), force_inspected=True)
    sentence = Sentence(text="The force audits observation records every week.", origin="action_plan")
    sentence.citations = ["S2"]
    sentence.note = note
    sources = [
        Source(sid="S1", kind="input", title="The inspection", text="Inspection facts."),
        Source(
            sid="S2",
            kind="action_plan",
            title="custody-plan.csv row 1",
            text="Introduce a weekly audit of detainee observation records. Status: In progress.",
        ),
    ]
    if sensitive_source:
        sources.append(
            Source(
                sid="S3",
                kind="action_plan",
                title="custody-plan.csv row 2",
                text=f"{SECRET}. Status: Awaiting Kestrel Lane debrief.",
                marking="OFFICIAL-SENSITIVE",
            )
        )
    return Draft(
        draft_id="d-letter",
        created_at="2026-12-01T10:00:00",
        user="tester",
        engine="composer",
        inspection=inspection,
        header=[
            HeaderRow(label="Inspection title", value=TITLE),
            HeaderRow(
                label="Type of inspection", options=[("Fenmoor-specific", True), ("National Thematic", False)]
            ),
        ],
        sections=[
            Section(
                kind="opening",
                title="",
                paragraphs=[
                    Paragraph(sentences=[Sentence(text="I welcome this report.", origin="template")])
                ],
            ),
            Section(
                kind="recommendation",
                title="Recommendation 1",
                rec_id="1",
                paragraphs=[
                    Paragraph(
                        style="quote",
                        sentences=[Sentence(text="Detainees at risk should be observed.", origin="input")],
                    ),
                    Paragraph(sentences=[sentence]),
                    Paragraph(
                        style="bullet", sentences=[Sentence(text="Weekly CCTV checks.", origin="staff")]
                    ),
                ],
            ),
            Section(
                kind="signoff",
                title="",
                paragraphs=[Paragraph(sentences=[Sentence(text="Yours sincerely", origin="template")])],
            ),
        ],
        sources=sources,
        flags=flags or [],
        due_date=date(2027, 1, 14),
        days_left=43,
    )


def words(path: Path) -> str:
    document = docx.Document(str(path))
    cells = [c.text for t in document.tables for row in t.rows for c in row.cells]
    return "\n".join([p.text for p in document.paragraphs] + cells)


def header_texts(document) -> list[str]:
    return [p.text for p in document.sections[0].header.paragraphs]


def footer_texts(document) -> list[str]:
    return [p.text for p in document.sections[0].footer.paragraphs]


# -- A4 ---------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("form", ["header_table", "home_secretary"])
def test_every_word_export_is_a4_with_2_5_cm_margins(tmp_path, form):
    # The failure this exists for: python-docx's own blank document is US Letter, 1.25-inch side margins.
    blank = docx.Document().sections[0]
    assert round(blank.page_width.mm) == 216 and round(blank.left_margin.cm, 2) == 3.17
    path = to_docx(
        make_draft(), OFFICE, tmp_path / "a.docx", "internal", Furniture(form=form, letter_date=DAY)
    )
    for section in docx.Document(str(path)).sections:
        assert abs(section.page_width.mm - 210) < 0.1 and abs(section.page_height.mm - 297) < 0.1
        margins = (section.top_margin, section.bottom_margin, section.left_margin, section.right_margin)
        assert all(abs(m.cm - 2.5) < 0.01 for m in margins)


# -- the date -------------------------------------------------------------------------------------------
def test_the_date_is_printed_the_way_letters_print_it():
    assert long_date(DAY) == "2 December 2026" and long_date(date(2027, 1, 9)) == "9 January 2027"


@pytest.mark.parametrize("form", ["header_table", "home_secretary"])
def test_both_forms_carry_the_date_and_the_bare_rendering_none(tmp_path, form):
    furniture = Furniture(form=form, letter_date=DAY)
    assert "\n2 December 2026\n" in to_markdown(make_draft(), OFFICE, "publication", furniture)
    path = to_docx(make_draft(), OFFICE, tmp_path / "d.docx", "publication", furniture)
    assert "2 December 2026" in [p.text for p in docx.Document(str(path)).paragraphs]
    # False alarm: the bare rendering (version diffs, evaluation) has no day of export to differ by.
    assert "December 2026" not in to_markdown(make_draft(), OFFICE, "publication")


# -- the two forms ----------------------------------------------------------------------------------------
def test_header_table_form_has_the_banner_and_facts_and_no_salutation(tmp_path):
    furniture = Furniture(form="header_table", letter_date=DAY)
    md = to_markdown(make_draft(), OFFICE, "publication", furniture)
    assert md.startswith("**FENMOOR PCC RESPONSE TO HMICFRS INSPECTIONS OF FENMOOR POLICE**")
    assert "| Type of inspection | ☒ Fenmoor-specific ☐ National Thematic |" in md
    assert "Dear Home Secretary" not in md and "Marsham Street" not in md
    document = docx.Document(
        str(to_docx(make_draft(), OFFICE, tmp_path / "t.docx", "publication", furniture))
    )
    assert len(document.tables) == 1 and document.tables[0].style.name == "Table Grid"
    assert {r.cells[0].text for r in document.tables[0].rows} == {"Inspection title", "Type of inspection"}
    assert "Dear Home Secretary" not in words(tmp_path / "t.docx")


def test_home_secretary_form_addresses_the_home_office_in_order(tmp_path):
    furniture = Furniture(form="home_secretary", letter_date=DAY)
    md = to_markdown(make_draft(), OFFICE, "publication", furniture)
    lines = [line.strip() for line in md.splitlines() if line.strip()]
    assert lines[:9] == [
        "The Home Secretary",
        "Home Office",
        "2 Marsham Street",
        "London SW1P 4DF",
        "2 December 2026",
        "Dear Home Secretary",
        f"# {TITLE}",
        "I welcome this report.",
        "## Recommendation 1",
    ]
    assert "| Inspection title" not in md and "PCC RESPONSE TO HMICFRS" not in md
    document = docx.Document(
        str(to_docx(make_draft(), OFFICE, tmp_path / "h.docx", "publication", furniture))
    )
    paragraphs = [(p.style.name, p.text) for p in document.paragraphs if p.text]
    assert paragraphs[:5] == [
        ("Normal", "The Home Secretary\nHome Office\n2 Marsham Street\nLondon SW1P 4DF"),
        ("Normal", "2 December 2026"),
        ("Normal", "Dear Home Secretary"),
        ("Heading 1", TITLE),
        ("Normal", "I welcome this report."),
    ]
    assert ("Heading 2", "Recommendation 1") in paragraphs and (
        "Quote",
        "Detainees at risk should be observed.",
    ) in paragraphs
    assert ("List Bullet", "Weekly CCTV checks.") in paragraphs
    assert document.tables == []  # no header table


def test_the_home_secretary_is_named_when_the_setting_names_them():
    assert addressee_lines("")[0] == "The Home Secretary"
    named = addressee_lines("Jane Doe MP")
    assert named[:2] == ["The Rt Hon Jane Doe MP", "Home Secretary"] and named[-1] == "London SW1P 4DF"
    assert (
        addressee_lines("The Rt Hon Jane Doe MP")[0] == "The Rt Hon Jane Doe MP"
    )  # not "The Rt Hon The Rt Hon"


# -- auto: the form of the office's own letters ----------------------------------------------------------
HS_LETTER = (
    "Office of the Police and Crime Commissioner for Fenmoor\nPolice Headquarters\n\nThe Home Secretary\n"
    "Home Office\n2 Marsham Street\nLondon SW1P 4DF\n\n4 November 2021\n\nDear Home Secretary,\n\nThis letter "
    "sets out my response to the HMICFRS inspection report."
)
SOS_LETTER = HS_LETTER.replace("Dear Home Secretary,", "Dear Secretary of State")
TABLE_LETTER = (
    "FENMOOR PCC RESPONSE TO HMICFRS INSPECTIONS OF FENMOOR POLICE\nInspection title: Custody\n"
    "Type of inspection: ☒ Fenmoor-specific\n\nI welcome the HMICFRS report."
)
TABLE_MD = "| | |\n|---|---|\n| Inspection title | Custody |\n\nI welcome the HMICFRS report."
STATEMENT = "Statement by the Police and Crime Commissioner for Fenmoor\n\nI welcome the HMICFRS report."


def test_form_shown_reads_the_opening_only():
    assert form_shown(HS_LETTER) == "home_secretary" and form_shown(SOS_LETTER) == "home_secretary"
    assert form_shown(TABLE_LETTER) == "header_table" and form_shown(TABLE_MD) == "header_table"
    assert form_shown(STATEMENT) is None
    # False alarm: a salutation quoted deep in the body is not how the letter opens.
    quoted = (
        STATEMENT + "\n\n" + "The force wrote to the Home Office. " * 100 + "\nDear Home Secretary, we ask..."
    )
    assert form_shown(quoted) is None


def test_choose_form_follows_most_of_the_letters_that_show_a_form():
    assert choose_form([HS_LETTER, SOS_LETTER, TABLE_LETTER]) == "home_secretary"
    assert choose_form([HS_LETTER, TABLE_LETTER, TABLE_MD]) == "header_table"
    assert choose_form([HS_LETTER, TABLE_LETTER]) == "header_table"  # a tie keeps today's form
    # Statements and web pages show neither form and do not dilute the count.
    assert choose_form([HS_LETTER, STATEMENT, STATEMENT, STATEMENT]) == "home_secretary"
    assert choose_form([]) == "header_table" and choose_form([STATEMENT]) == "header_table"


def test_auto_form_is_chosen_from_this_offices_letters_in_the_library(assistant, tmp_path):
    letters = tmp_path / "letters"
    letters.mkdir()
    (letters / "fen-hs-2021.txt").write_text(HS_LETTER, encoding="utf-8")
    (letters / "fen-table-2022.txt").write_text(TABLE_LETTER, encoding="utf-8")
    (letters / "fen-statement-2023.txt").write_text(STATEMENT, encoding="utf-8")
    for n in (1, 2):  # another office's letters are not this office's habit
        text = HS_LETTER.replace("Fenmoor", "Northumbria")
        (letters / f"north-hs-{n}.txt").write_text(text + f" Letter {n}.", encoding="utf-8")
    assistant.settings.letter = LetterSettings(form="auto")
    report = assistant.ingest([letters])
    assert not report.failed
    offices = {d.meta.doc_id: (d.meta.kind, d.meta.office) for d in assistant.documents()}
    assert offices["fen-hs-2021"] == ("response", "Fenmoor") and offices["north-hs-1"][1] == "Northumbria"
    assert assistant.letter_furniture().form == "header_table"  # Fenmoor: one each, a tie
    (letters / "fen-sos-2024.txt").write_text(SOS_LETTER + " Second.", encoding="utf-8")
    assistant.ingest([letters / "fen-sos-2024.txt"])
    assert assistant.letter_furniture().form == "home_secretary"  # Fenmoor: two of three
    # A form set explicitly is used whatever the letters show.
    assistant.settings.letter = LetterSettings(form="header_table")
    assert assistant.letter_furniture().form == "header_table"


# -- protective marking, both forms ---------------------------------------------------------------------
@pytest.mark.parametrize("form", ["header_table", "home_secretary"])
def test_marking_top_bottom_and_on_every_page_in_both_forms(tmp_path, form):
    furniture = Furniture(form=form, letter_date=DAY)
    noted = make_draft(note="Owner DS Serious and Organised Crime; due 2027-02-14")
    md = to_markdown(noted, OFFICE, "internal", furniture)
    assert md.startswith("**OFFICIAL-SENSITIVE**") and md.rstrip().endswith("**OFFICIAL-SENSITIVE**")
    document = docx.Document(str(to_docx(noted, OFFICE, tmp_path / "s.docx", "internal", furniture)))
    assert (
        header_texts(document)[0] == "OFFICIAL-SENSITIVE"
        and footer_texts(document)[-1] == "OFFICIAL-SENSITIVE"
    )
    assert document.core_properties.category == "OFFICIAL-SENSITIVE"
    # False alarm: nothing sensitive left in the review file: OFFICIAL, not over-marked.
    plain = make_draft(sensitive_source=False)
    assert to_markdown(plain, OFFICE, "internal", furniture).startswith("**OFFICIAL**\n")
    document = docx.Document(str(to_docx(plain, OFFICE, tmp_path / "o.docx", "internal", furniture)))
    assert header_texts(document)[0] == "OFFICIAL" and footer_texts(document)[-1] == "OFFICIAL"
    # A publication file carries no marking.
    published = to_markdown(plain, OFFICE, "publication", furniture)
    assert "OFFICIAL" not in published.splitlines()[0]
    document = docx.Document(str(to_docx(plain, OFFICE, tmp_path / "p.docx", "publication", furniture)))
    assert not any(header_texts(document)) and not document.core_properties.category


# -- sensitive passages in review copies ----------------------------------------------------------------
@pytest.mark.parametrize("form", ["header_table", "home_secretary"])
def test_review_copy_withholds_sensitive_passages_unless_asked(tmp_path, form):
    furniture = Furniture(form=form, letter_date=DAY)
    draft = make_draft()
    md = to_markdown(draft, OFFICE, "internal", furniture)
    assert SECRET not in md and WITHHELD in md
    assert "Introduce a weekly audit" in md  # the OFFICIAL passage is still printed
    # Nothing sensitive is left in it (no note, no flagged sentence): OFFICIAL.
    assert md.startswith("**OFFICIAL**\n") and file_marking(draft, "internal") == "OFFICIAL"
    text = words(to_docx(draft, OFFICE, tmp_path / "w.docx", "internal", furniture))
    assert SECRET not in text and WITHHELD in text and "Introduce a weekly audit" in text
    # Asked for: printed, and the file is marked for it.
    md = to_markdown(draft, OFFICE, "internal", furniture, include_sensitive=True)
    assert SECRET in md and WITHHELD not in md and md.startswith("**OFFICIAL-SENSITIVE**")
    path = to_docx(draft, OFFICE, tmp_path / "i.docx", "internal", furniture, include_sensitive=True)
    assert SECRET in words(path) and header_texts(docx.Document(str(path)))[0] == "OFFICIAL-SENSITIVE"


def test_withheld_file_is_still_marked_for_notes_and_flagged_sentences():
    draft = make_draft(note="Awaiting Kestrel Lane debrief")
    assert file_marking(draft, "internal") == "OFFICIAL-SENSITIVE"
    flagged = make_draft(
        flags=[
            Flag(
                kind="sensitive_text",
                severity="error",
                message="Copies S3.",
                section=1,
                paragraph=1,
                sentence=0,
            )
        ]
    )
    assert file_marking(flagged, "internal") == "OFFICIAL-SENSITIVE"
    assert file_marking(make_draft(), "internal", include_sensitive=True) == "OFFICIAL-SENSITIVE"
    assert file_marking(make_draft(), "internal") == "OFFICIAL"
    assert file_marking(make_draft(sensitive_source=False), "internal", include_sensitive=True) == "OFFICIAL"


def test_a_flag_quoting_a_sensitive_row_is_withheld_with_the_passage():
    def contradiction(sid: str, status: str) -> Flag:
        return Flag(
            kind="status_contradiction",
            severity="error",
            message=f"Says this is done, but {sid} records it as ‘{status}’.",
            source_id=sid,
            excerpt="has been completed",
            section=1,
            paragraph=1,
            sentence=0,
        )

    draft = make_draft(
        flags=[contradiction("S3", "Awaiting Kestrel Lane debrief"), contradiction("S2", "In progress")]
    )
    md = to_markdown(draft, OFFICE, "internal", Furniture(letter_date=DAY))
    assert "Kestrel Lane" not in md and "quotes OFFICIAL-SENSITIVE source S3" in md
    assert "records it as ‘In progress’" in md  # false alarm: an OFFICIAL row's status is shown
    shown = to_markdown(draft, OFFICE, "internal", Furniture(letter_date=DAY), include_sensitive=True)
    assert "records it as ‘Awaiting Kestrel Lane debrief’" in shown


# -- the office's Word template -------------------------------------------------------------------------
def make_template(
    path: Path, *, margins_cm: float = 3.0, first_page: bool = True, drop: tuple[str, ...] = ()
) -> Path:
    """A letterhead template as an office would make one: letterhead in the header (a first-page one too),
    a custom Normal font, a body paragraph to be replaced, US Letter paper."""
    document = docx.Document()
    normal = document.styles["Normal"]
    normal.font.name, normal.font.size = "Georgia", Pt(11.5)
    section = document.sections[0]
    section.top_margin = section.bottom_margin = Cm(margins_cm)
    section.left_margin = section.right_margin = Cm(margins_cm)
    section.header.paragraphs[0].text = LETTERHEAD + " (continued)"
    section.footer.paragraphs[0].text = "www.fenmoor-pcc.example · 01234 567890"
    if first_page:
        section.different_first_page_header_footer = True
        section.first_page_header.paragraphs[0].text = LETTERHEAD
    document.add_paragraph("TEMPLATE BODY: replace this text with the letter.")
    document.add_table(rows=1, cols=1).cell(0, 0).text = "TEMPLATE TABLE"
    for name in drop:
        style = document.styles[name]
        style.element.getparent().remove(style.element)
    if path.suffix == ".dotx":
        buffer = io.BytesIO()
        document.save(buffer)
        path.write_bytes(as_dotx(buffer.getvalue()))
    else:
        document.save(str(path))
    return path


def as_dotx(data: bytes) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w") as target:
        for item in source.infolist():
            content = source.read(item.filename)
            if item.filename == "[Content_Types].xml":
                content = content.replace(b"document.main+xml", b"template.main+xml")
            target.writestr(item, content)
    return out.getvalue()


@pytest.mark.parametrize("suffix", [".docx", ".dotx"])
@pytest.mark.parametrize("form", ["header_table", "home_secretary"])
def test_template_keeps_the_letterhead_fonts_and_margins_and_writes_the_letter_in_its_styles(
    tmp_path, suffix, form
):
    template = make_template(tmp_path / f"letterhead{suffix}")
    if suffix == ".dotx":  # a real template: python-docx alone refuses it
        with pytest.raises(ValueError, match="not a Word file"):
            docx.Document(str(template))
    furniture = Furniture(form=form, letter_date=DAY, template=template)
    draft = make_draft(note="Owner DS Serious and Organised Crime")
    document = docx.Document(str(to_docx(draft, OFFICE, tmp_path / "out.docx", "internal", furniture)))
    section = document.sections[0]
    # Letterhead kept (first page and continuation), marking added above it, never over it.
    assert [p.text for p in section.first_page_header.paragraphs] == ["OFFICIAL-SENSITIVE", LETTERHEAD]
    assert header_texts(document) == ["OFFICIAL-SENSITIVE", LETTERHEAD + " (continued)"]
    assert (
        footer_texts(document)[0].startswith("www.fenmoor-pcc.example")
        and footer_texts(document)[-1] == "OFFICIAL-SENSITIVE"
    )
    # The template's own body is gone; the letter is there, in the template's styles.
    text = words(tmp_path / "out.docx")
    assert "TEMPLATE BODY" not in text and "TEMPLATE TABLE" not in text and "I welcome this report." in text
    assert document.styles["Normal"].font.name == "Georgia" and document.styles["Normal"].font.size == Pt(
        11.5
    )
    styles = {p.text: p.style.name for p in document.paragraphs if p.text}
    assert styles["I welcome this report."] == "Normal" and styles["Recommendation 1"] == "Heading 2"
    assert (
        styles["Detainees at risk should be observed."] == "Quote"
        and styles["Weekly CCTV checks."] == "List Bullet"
    )
    # A4, the template's sensible 3 cm margins kept.
    assert abs(section.page_width.mm - 210) < 0.1 and abs(section.page_height.mm - 297) < 0.1
    assert abs(section.left_margin.cm - 3.0) < 0.01 and abs(section.top_margin.cm - 3.0) < 0.01
    assert len(document.sections) == 1


def test_template_without_the_styles_falls_back_to_plain_text(tmp_path):
    template = make_template(
        tmp_path / "bare.docx",
        first_page=False,
        margins_cm=0.3,  # not sensible: replaced by 2.5 cm
        drop=("Heading 1", "Heading 2", "Quote", "Intense Quote", "List Bullet", "Table Grid"),
    )
    furniture = Furniture(form="header_table", letter_date=DAY, template=template)
    path = to_docx(make_draft(), OFFICE, tmp_path / "out.docx", "internal", furniture)
    document = docx.Document(str(path))
    paragraphs = {p.text: p for p in document.paragraphs if p.text}
    heading = paragraphs["Recommendation 1"]
    assert heading.style.name == "Normal" and heading.runs[0].bold
    assert paragraphs["• Weekly CCTV checks."].style.name == "Normal"
    assert paragraphs["Detainees at risk should be observed."].runs[0].italic
    assert document.tables[0].style is None or document.tables[0].style.name != "Table Grid"
    assert abs(document.sections[0].left_margin.cm - 2.5) < 0.01
    assert header_texts(document) == ["OFFICIAL", LETTERHEAD + " (continued)"]


@pytest.mark.parametrize(
    ("name", "content", "expect"),
    [
        ("missing.docx", None, "was not found"),
        ("broken.docx", b"this is not a zip file", "could not be read"),
        ("letterhead.doc", b"old binary Word", "is not a .docx or .dotx"),
    ],
)
def test_bad_template_is_refused_naming_file_setting_and_fix(tmp_path, name, content, expect):
    path = tmp_path / name
    if content is not None:
        path.write_bytes(content)
    with pytest.raises(TemplateError) as caught:
        open_template(path)
    message = str(caught.value)
    assert (
        expect in message and str(path) in message and "PCC_LETTER__TEMPLATE" in message and "Fix:" in message
    )


# -- through the service and the CLI --------------------------------------------------------------------
def test_service_export_dates_forms_and_refuses_a_bad_template_losing_nothing(assistant, tmp_path):
    assistant.clock = lambda: DAY
    assistant.drafter.audit.save_version(make_draft())
    review = assistant.export("d-letter", tmp_path / "r.md").read_text(encoding="utf-8")
    assert "\n2 December 2026\n" in review and WITHHELD in review and SECRET not in review
    dated = assistant.export("d-letter", tmp_path / "r2.md", letter_date=date(2027, 1, 5)).read_text()
    assert "\n5 January 2027\n" in dated and "2 December 2026" not in dated
    full = assistant.export("d-letter", tmp_path / "full.md", include_sensitive=True).read_text()
    assert SECRET in full and full.startswith("**OFFICIAL-SENSITIVE**")
    with pytest.raises(ValueError, match="review copies"):
        assistant.export("d-letter", tmp_path / "x.md", "publication", include_sensitive=True)
    assistant.settings.letter = LetterSettings(form="home_secretary", home_secretary_name="Jane Doe MP")
    letter = assistant.export("d-letter", tmp_path / "hs.docx")
    assert [p.text for p in docx.Document(str(letter)).paragraphs][0].startswith(
        "The Rt Hon Jane Doe MP\nHome Secretary"
    )
    events = [e for e in assistant.history("d-letter")["events"] if e["action"] == "export"]
    assert events[-1]["detail"]["form"] == "home_secretary" and events[-1]["detail"]["date"] == "2026-12-02"
    assert (
        events[2]["detail"].get("include_sensitive") is True
        and "include_sensitive" not in events[0]["detail"]
    )
    # A missing template: a clear refusal, no file, no event; the earlier export is untouched, and a
    # Markdown export (which uses no template) still works.
    before = letter.read_bytes()
    assistant.settings.letter = LetterSettings(template=tmp_path / "nowhere" / "letterhead.dotx")
    with pytest.raises(TemplateError, match="PCC_LETTER__TEMPLATE"):
        assistant.export("d-letter", tmp_path / "hs.docx")
    with pytest.raises(TemplateError):
        assistant.export("d-letter", tmp_path / "new.docx")
    assert letter.read_bytes() == before and not (tmp_path / "new.docx").exists()
    assert len([e for e in assistant.history("d-letter")["events"] if e["action"] == "export"]) == len(events)
    assert assistant.export("d-letter", tmp_path / "still.md").exists()


@pytest.fixture
def cli(tmp_path, monkeypatch, embeddings):
    from assistant.cli import app

    data = tmp_path / "data"
    a = make_assistant(data, embeddings)
    a.drafter.audit.save_version(make_draft())
    a.close()
    monkeypatch.setenv("PCC_DATA_DIR", str(data))
    monkeypatch.setenv("COLUMNS", "1000")
    monkeypatch.chdir(tmp_path)  # no developer .env
    return lambda *args: CliRunner().invoke(app, list(args))


def test_cli_export_include_sensitive_date_form_and_template(cli, tmp_path, monkeypatch):
    result = cli("export", "d-letter", str(tmp_path / "r.md"), "--date", "2026-12-02")
    assert result.exit_code == 0, result.output
    review = (tmp_path / "r.md").read_text(encoding="utf-8")
    assert WITHHELD in review and SECRET not in review and "\n2 December 2026\n" in review
    assert cli("export", "d-letter", str(tmp_path / "f.md"), "--include-sensitive").exit_code == 0
    full = (tmp_path / "f.md").read_text(encoding="utf-8")
    assert SECRET in full and full.startswith("**OFFICIAL-SENSITIVE**")
    monkeypatch.setenv("PCC_LETTER__FORM", "home_secretary")
    assert cli("export", "d-letter", str(tmp_path / "h.md")).exit_code == 0
    assert "Dear Home Secretary" in (tmp_path / "h.md").read_text(encoding="utf-8")
    monkeypatch.setenv("PCC_LETTER__TEMPLATE", str(tmp_path / "missing.docx"))
    result = cli("export", "d-letter", str(tmp_path / "t.docx"))
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert "missing.docx" in result.stderr and "PCC_LETTER__TEMPLATE" in result.stderr
    assert not (tmp_path / "t.docx").exists()


def test_letter_settings_are_read_from_their_environment_names(tmp_path, monkeypatch):
    monkeypatch.setenv("PCC_LETTER__FORM", "auto")
    monkeypatch.setenv("PCC_LETTER__HOME_SECRETARY_NAME", "Jane Doe MP")
    monkeypatch.setenv("PCC_LETTER__TEMPLATE", str(tmp_path / "letterhead.dotx"))
    letter = make_settings(tmp_path).letter
    assert (letter.form, letter.home_secretary_name, letter.template) == (
        "auto",
        "Jane Doe MP",
        tmp_path / "letterhead.dotx",
    )
    assert LetterSettings().form == "header_table" and LetterSettings().template is None
    assert LetterSettings.env_name("template") == "PCC_LETTER__TEMPLATE"
