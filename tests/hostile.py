"""Hostile files made on demand (real Office packages, not mocks), shared by the red-team tests and
``bench/hostile.py``."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import docx
import openpyxl

PARA = b"<w:p><w:r><w:t>HMICFRS response text.</w:t></w:r></w:p>"


def office_bomb(path: Path, kind: str, mb: float) -> Path:
    """A real DOCX/XLSX whose main part is ``mb`` MB of repeated XML once unpacked."""
    buf = io.BytesIO()
    (docx.Document() if kind == "docx" else openpyxl.Workbook()).save(buf)
    src = zipfile.ZipFile(buf)
    part = "word/document.xml" if kind == "docx" else "xl/worksheets/sheet1.xml"
    if kind == "docx":
        head, unit, tail = src.read(part).split(b"<w:body>")[0] + b"<w:body>", PARA, b"</w:body></w:document>"
    else:
        head = b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
        unit, tail = b'<row><c t="inlineStr"><is><t>Action</t></is></c></row>', b"</sheetData></worksheet>"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            if info.filename != part:
                z.writestr(info, src.read(info.filename))
        with z.open(part, "w", force_zip64=True) as f:
            f.write(head)
            for _ in range(int(mb * 1e6) // (len(unit) * 1000)):
                f.write(unit * 1000)
            f.write(tail)
    return path
