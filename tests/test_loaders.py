"""Each loader on real files of its format, including the office's example letter and its header."""

from __future__ import annotations

import io
from datetime import date

import pytest

from assistant.ingest import metadata as md
from assistant.ingest.loaders import LoaderError, load_file
from tests.conftest import CORPUS, EXAMPLE


def load(path):
    return load_file(path, path.read_bytes())


def header_of(parsed):
    block = next(b for b in parsed.blocks if b.kind == "header_table")
    return block.fields


def test_example_letter_header_table_and_checkboxes():
    parsed = load(EXAMPLE)
    header = header_of(parsed)
    assert md.find_title(parsed, header) == "National Child Protection Inspections – 2019 thematic report"
    assert md.inspection_type(header, "") == "national thematic"  # the ticked box, not the unticked one
    assert md.find_published(parsed, header) == date(2020, 2, 27)  # "27 th February 2020"
    assert md.recommendations_scope(header) == ["national"]
    assert md.find_office(parsed, "Fenmoor") == "Northumbria"
    paragraphs = [b.text for b in parsed.blocks if b.kind == "paragraph"]
    assert any(p.startswith("I welcome HMICFRS recent report") for p in paragraphs)
    assert any("MSET process" in p for p in paragraphs)


def test_docx_header_is_a_real_word_table():
    import docx

    path = CORPUS / "responses" / "resp-2022-digital-forensics.docx"
    assert docx.Document(str(path)).tables, "the header must be a Word table, not text"
    parsed = load(path)
    header = header_of(parsed)
    assert md.find_title(parsed, header).startswith(
        "An inspection into how well the police and other agencies"
    )
    assert md.inspection_type(header, "") == "national thematic"
    assert md.find_published(parsed, header) == date(2022, 12, 1)
    assert md.recommendations_scope(header) == ["national"]
    assert any(b.kind == "heading" for b in parsed.blocks)


def test_docx_force_specific_header_ticks_local_box():
    parsed = load(CORPUS / "responses" / "resp-2019-fenmoor-peel-2018-19.docx")
    header = header_of(parsed)
    assert md.inspection_type(header, "") == "force-specific"
    assert md.find_published(parsed, header) == date(2019, 5, 2)


def test_pdf_letter_title_dates_and_paragraphs():
    parsed = load(CORPUS / "responses" / "resp-2019-fraud-time-to-choose.pdf")
    assert (
        md.find_title(parsed, None) == "Fraud: Time to choose – An inspection of the police response to fraud"
    )
    assert md.find_published(parsed, None) == date(2019, 4, 2)
    assert md.find_doc_date(parsed) == date(2019, 5, 23)
    paragraphs = [b for b in parsed.blocks if b.kind == "paragraph"]
    assert len(paragraphs) > 5 and all("\n" not in b.text for b in paragraphs)


def test_html_page_with_checkbox_header(tmp_path):
    page = tmp_path / "resp.html"
    page.write_text(
        "<html><body><nav>Home</nav><h1>Response</h1><table>"
        "<tr><td>Inspection title</td><td>An inspection of roads policing</td></tr>"
        '<tr><td>Type of inspection</td><td><input type="checkbox"/> Fenmoor-specific '
        '<input checked="" type="checkbox"/> National Thematic</td></tr>'
        "<tr><td>Date inspection published</td><td>16th July 2020</td></tr></table>"
        "<p>I welcome this report.</p><ul><li>First point</li></ul></body></html>",
        encoding="utf-8",
    )
    parsed = load(page)
    header = header_of(parsed)
    assert header["inspection_title"] == "An inspection of roads policing"
    assert md.inspection_type(header, "") == "national thematic"
    assert md.find_published(parsed, header) == date(2020, 7, 16)
    kinds = [b.kind for b in parsed.blocks]
    assert "list_item" in kinds and "paragraph" in kinds


def test_html_corpus_page_skips_navigation():
    parsed = load(CORPUS / "responses" / "resp-2020-county-lines.html")
    texts = [b.text for b in parsed.blocks]
    assert not any(t.startswith("Home |") for t in texts)
    assert md.find_title(parsed, None).startswith("Both sides of the coin")


def test_markdown_pipe_table_header():
    parsed = load(CORPUS / "responses" / "resp-2024-asb-spotlight.md")
    header = header_of(parsed)
    assert (
        md.find_title(parsed, header)
        == "PEEL spotlight report: The policing response to antisocial behaviour"
    )
    assert md.find_published(parsed, header) == date(2024, 10, 10)


def test_csv_action_plan_rows_carry_their_own_marking():
    parsed = load(CORPUS / "action-plans" / "ap-2022-digital-forensics.csv")
    rows = [b for b in parsed.blocks if b.kind == "plan_row"]
    assert len(rows) >= 4
    assert {r.marking for r in rows} == {"OFFICIAL", "OFFICIAL-SENSITIVE"}
    assert all("Action:" in r.text and "Owner:" in r.text for r in rows)
    assert md.infer_kind(parsed) == "action_plan"
    assert md.find_title(parsed, None).startswith("An inspection into how well the police")
    assert md.find_published(parsed, None) == date(2022, 12, 1)


def test_xlsx_action_plan_preamble_and_rows():
    parsed = load(CORPUS / "action-plans" / "ap-2022-vetting-misconduct-misogyny.xlsx")
    assert (
        md.find_title(parsed, None)
        == "An inspection of vetting, misconduct, and misogyny in the police service"
    )
    assert md.find_marking(parsed) == "OFFICIAL-SENSITIVE"
    assert md.find_doc_date(parsed) == date(2023, 6, 30)
    rows = [b for b in parsed.blocks if b.kind == "plan_row"]
    assert len(rows) == 10 and any(r.marking == "OFFICIAL-SENSITIVE" for r in rows)


def test_docx_action_plan_table_and_page_header_marking():
    parsed = load(CORPUS / "action-plans" / "ap-2023-ocsae.docx")
    assert md.infer_kind(parsed) == "action_plan"
    assert md.find_marking(parsed) == "OFFICIAL-SENSITIVE"
    rows = [b for b in parsed.blocks if b.kind == "plan_row"]
    assert rows and all(r.fields.get("owner") for r in rows)


def test_latin1_text_is_decoded(tmp_path):
    path = tmp_path / "old-letter.txt"
    path.write_bytes("Response to HMICFRS: the PCC’s comments on café culture — £5m".encode("cp1252"))
    parsed = load(path)
    assert "£5m" in parsed.blocks[0].text and "café" in parsed.blocks[0].text


@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        ("binary.txt", b"\x00\x01\x02binary\x00" * 50, "binary"),
        ("empty.docx", b"", "empty"),
        ("broken.docx", b"PK\x03\x04 this is not really a zip", "not a valid Word document"),
        ("broken.pdf", b"%PDF-1.4\n1 0 obj << /Type /Catalog >>\ntruncated", "not a readable PDF"),
        ("notes.rtf", b"{\\rtf1 hello}", "unsupported file type '.rtf'"),
        ("blank.md", b"   \n\n  ", "empty"),
    ],
)
def test_bad_files_give_a_plain_reason(tmp_path, name, data, reason):
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(LoaderError, match=reason):
        load(path)


def test_encrypted_pdf_is_refused_with_reason(tmp_path):
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter()
    for page in PdfReader(CORPUS / "responses" / "resp-2021-rape-phase-one.pdf").pages:
        writer.add_page(page)
    writer.encrypt(user_password="secret", owner_password="owner")
    buf = io.BytesIO()
    writer.write(buf)
    path = tmp_path / "locked.pdf"
    path.write_bytes(buf.getvalue())
    with pytest.raises(LoaderError, match="encrypted"):
        load(path)


def test_zip_bomb_docx_is_refused(tmp_path):
    import zipfile

    path = tmp_path / "bomb.docx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        zf.writestr("word/document.xml", b"\x00" * (210 * 1024 * 1024))
    assert path.stat().st_size < 1_000_000
    with pytest.raises(LoaderError, match="zip bomb"):
        load(path)
