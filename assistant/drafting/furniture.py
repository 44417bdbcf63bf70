"""Letter furniture: the form a letter takes, its date, the page, the office's Word template and its
styles, and the protective marking on every page.

Two forms: ``header_table`` (the banner and the table of facts, then the letter, as in the office's
example letter) and ``home_secretary`` (the style guide's format A: the Home Office address block, the
date, "Dear Home Secretary", the report's title as a heading, then the letter). ``choose_form`` picks
between them from the office's own past letters when the setting ``letter.form`` is ``auto``.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from assistant.settings import LetterSettings

if TYPE_CHECKING:
    from docx.document import Document as DocxDocument
    from docx.section import Section as DocxSection

LetterForm = Literal["header_table", "home_secretary"]

# How much of a past letter counts as its opening (letterhead, address block, date, title, salutation).
OPENING_CHARS = 2500
_SALUTATION = re.compile(r"^\W*Dear\s+(?:Home\s+Secretary|Secretary\s+of\s+State)\b", re.I | re.M)
_HEADER_TABLE = re.compile(
    r"^\W*Inspection\s+title\b|PCC\s+RESPONSE\s+TO\s+HMICFRS\s+INSPECTIONS", re.I | re.M
)

HOME_OFFICE = ("Home Office", "2 Marsham Street", "London SW1P 4DF")
SALUTATION = "Dear Home Secretary"


@dataclass(frozen=True)
class Furniture:
    """What goes around the letter. ``letter_date`` None prints no date: the bare rendering used to
    compare versions and to score letters, where the day of export would be noise."""

    form: LetterForm = "header_table"
    letter_date: date | None = None
    home_secretary_name: str = ""
    template: Path | None = None


# -- choosing the form --------------------------------------------------------------------------------
def form_shown(text: str) -> LetterForm | None:
    """The form a letter's opening shows: a salutation to the Home Secretary or the Secretary of State,
    or the header table (its "Inspection title" row or the banner). The earlier wins; None when the
    opening shows neither (a statement, a web page, a panel report)."""
    opening = text[:OPENING_CHARS]
    found: list[tuple[int, LetterForm]] = []
    if m := _SALUTATION.search(opening):
        found.append((m.start(), "home_secretary"))
    if m := _HEADER_TABLE.search(opening):
        found.append((m.start(), "header_table"))
    return min(found)[1] if found else None


def choose_form(past_letter_texts: Iterable[str]) -> LetterForm:
    """``home_secretary`` when most of the letters that show either form open with "Dear Home
    Secretary" / "Dear Secretary of State"; ``header_table`` otherwise (a tie, or no such letters)."""
    shown = [form for text in past_letter_texts if (form := form_shown(text))]
    return "home_secretary" if 2 * shown.count("home_secretary") > len(shown) else "header_table"


# -- words ----------------------------------------------------------------------------------------------
def addressee_lines(name: str) -> list[str]:
    """The Home Office address block; "The Rt Hon <name>" / "Home Secretary" when a name is set."""
    name = re.sub(r"^(?:the\s+)?rt\.?\s+hon\.?\s+", "", name.strip(), flags=re.I)
    first = [f"The Rt Hon {name}", "Home Secretary"] if name else ["The Home Secretary"]
    return [*first, *HOME_OFFICE]


# -- the office's Word template -------------------------------------------------------------------------
class TemplateError(ValueError):
    """The letter template cannot be used; the message names the file, the setting and the fix."""


_SETTING = LetterSettings.env_name("template")
_FIX = (
    f"Fix: point {_SETTING} at the office's Word template (a .docx or .dotx file), "
    "or unset it to export with the built-in layout."
)
_TEMPLATE_MAIN = b"application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml"
_DOCUMENT_MAIN = b"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"


def open_template(path: Path) -> DocxDocument:
    """The template as a python-docx document (a .dotx is read as the document it would make).
    Raises ``TemplateError`` for a missing, wrongly typed or unreadable file."""
    import docx

    path = Path(path)
    if path.suffix.lower() not in (".docx", ".dotx"):
        raise TemplateError(
            f"Letter template {path} is not a .docx or .dotx file ({_SETTING}). "
            f"Save it from Word as a Word template (.dotx) or document (.docx). {_FIX}"
        )
    if not path.is_file():
        raise TemplateError(f"Letter template {path} was not found ({_SETTING}). {_FIX}")
    try:
        return docx.Document(io.BytesIO(_as_document(path.read_bytes())))
    except Exception as exc:  # noqa: BLE001 - whatever python-docx or zipfile raise, the fix is the same
        raise TemplateError(
            f"Letter template {path} could not be read as a Word file ({_SETTING}): {exc}. "
            f"Open it in Word and save it again as .docx or .dotx. {_FIX}"
        ) from exc


def _as_document(data: bytes) -> bytes:
    """The package with a template's main part declared as a document's (python-docx opens only those)."""
    with zipfile.ZipFile(io.BytesIO(data)) as source:
        types = source.read("[Content_Types].xml")
        if _TEMPLATE_MAIN not in types:
            return data
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
            for item in source.infolist():
                content = source.read(item.filename)
                if item.filename == "[Content_Types].xml":
                    content = content.replace(_TEMPLATE_MAIN, _DOCUMENT_MAIN)
                target.writestr(item, content)
    return out.getvalue()


def clear_body(document: DocxDocument) -> None:
    """Remove the template's body (paragraphs, tables, content controls), keeping the final section
    properties and with them the headers, footers, page and margins. A template of several sections
    keeps its last section's."""
    from docx.oxml.ns import qn

    body = document.element.body
    for child in list(body):
        if child.tag != qn("w:sectPr"):
            body.remove(child)


def new_document(template: Path | None) -> DocxDocument:
    """A blank A4 document, or the office's template emptied of its body, on A4 with its own margins
    when they are sensible (1-5 cm), else 2.5 cm."""
    import docx

    document = docx.Document() if template is None else open_template(template)
    if template is not None:
        clear_body(document)
    for section in document.sections:
        set_page(section, keep_margins=template is not None)
    return document


# -- page ---------------------------------------------------------------------------------------------
def set_page(section: DocxSection, keep_margins: bool = False) -> None:
    """A4 portrait (Word's 11906 x 16838 twips); margins 2.5 cm unless kept and sensible."""
    from docx.enum.section import WD_ORIENT
    from docx.shared import Cm, Twips

    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = Twips(11906), Twips(16838)
    margins = (section.top_margin, section.bottom_margin, section.left_margin, section.right_margin)
    if keep_margins and all(m is not None and Cm(1) <= m <= Cm(5) for m in margins):
        return
    section.top_margin = section.bottom_margin = Cm(2.5)
    section.left_margin = section.right_margin = Cm(2.5)


# -- styles ---------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Styles:
    """The document's own styles for each part of a letter; None where it has none (then plain Normal
    text, made bold, italic or bulleted by hand)."""

    heading1: str | None
    heading2: str | None
    bullet: str | None
    quote: str | None
    table: str | None

    @classmethod
    def of(cls, document: DocxDocument) -> Styles:
        from docx.enum.style import WD_STYLE_TYPE

        def first(kind: WD_STYLE_TYPE, *names: str) -> str | None:
            for name in names:
                try:
                    style = document.styles[name]
                except KeyError:
                    continue
                if style.type == kind:
                    return style.name
            return None

        para, table = WD_STYLE_TYPE.PARAGRAPH, WD_STYLE_TYPE.TABLE
        return cls(
            heading1=first(para, "Heading 1"),
            heading2=first(para, "Heading 2"),
            bullet=first(para, "List Bullet"),
            quote=first(para, "Quote", "Intense Quote"),
            table=first(table, "Table Grid"),
        )


# -- writing with the styles there are (a missing one falls back to plain text) ----------------------------
def add_heading(document: DocxDocument, styles: Styles, text: str, level: int) -> None:
    """Heading 1 or 2 where the document has it, else a bold Normal paragraph."""
    style = styles.heading1 if level == 1 else styles.heading2
    if style:
        document.add_paragraph(text, style=style)
    else:
        document.add_paragraph().add_run(text).bold = True


def add_text(document: DocxDocument, styles: Styles, text: str, style: str = "normal") -> None:
    """A Normal paragraph, a List Bullet one (else "• " in Normal) or a Quote / Intense Quote one (else
    italic Normal)."""
    if style == "bullet":
        document.add_paragraph(text if styles.bullet else f"• {text}", style=styles.bullet)
    elif style == "quote" and styles.quote:
        document.add_paragraph(text, style=styles.quote)
    elif style == "quote":
        document.add_paragraph().add_run(text).italic = True
    else:
        document.add_paragraph(text)


def add_table(document: DocxDocument, styles: Styles, rows: tuple[tuple[str, ...], ...]) -> None:
    """A table in Table Grid where the document has it (else its default table look); none for no rows
    (Word calls a table without rows a damaged file)."""
    if not rows:
        return
    table = document.add_table(rows=0, cols=max((len(r) for r in rows), default=2))
    if styles.table:
        table.style = styles.table
    for row in rows:
        for cell, text in zip(table.add_row().cells, row, strict=False):
            cell.text = text


# -- protective marking on every page -------------------------------------------------------------------
def mark_pages(document: DocxDocument, marking: str) -> None:
    """The marking, bold and centred, at the top of every header and the bottom of every footer in use
    (first-page and even-page ones too), above or below the template's letterhead, never over it."""
    for section in document.sections:
        headers = [section.header]
        footers = [section.footer]
        if section.different_first_page_header_footer:
            headers.append(section.first_page_header)
            footers.append(section.first_page_footer)
        if document.settings.odd_and_even_pages_header_footer:
            headers.append(section.even_page_header)
            footers.append(section.even_page_footer)
        for part in headers:
            _mark(part, marking, at_top=True)
        for part in footers:
            _mark(part, marking, at_top=False)


def _mark(part, marking: str, at_top: bool) -> None:
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    paragraphs = part.paragraphs
    blank = len(part._element) == 1 and len(paragraphs) == 1 and not paragraphs[0].runs
    paragraph = paragraphs[0] if blank else part.add_paragraph()
    if not blank and at_top:
        part._element.insert(0, paragraph._p)
    paragraph.add_run(marking).bold = True
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
