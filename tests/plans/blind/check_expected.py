"""Sanity check of the hand-written answers: every literal value in each NAME.expected.yaml (owner, due text,
status text, progress, actions, rec text, report, extra cells, column headers) must occur in NAME's text,
and every normalised field must use an allowed value. It does not parse anything into the answers.

Run:  /work/main/.venv/bin/python tests/plans/blind/check_expected.py
"""

import datetime as dt
import glob
import html
import os
import re
import sys
from pathlib import Path

import docx
import openpyxl
import yaml

HERE = Path(__file__).resolve().parent
STATUSES = {
    "complete",
    "in_progress",
    "at_risk",
    "off_track",
    "not_started",
    "awaiting_national",
    "not_applicable",
    "unknown",
}


def corpus(path: str) -> str:
    """All visible text of a file, loosely: enough to find each literal value."""
    ext = path.rsplit(".", 1)[1]
    if ext == "xlsx":
        wb = openpyxl.load_workbook(path)
        parts = []
        for ws in wb.worksheets:
            parts.append(ws.oddHeader.center.text or "")
            for row in ws.iter_rows():
                for c in row:
                    v = c.value
                    if isinstance(v, dt.datetime):
                        v = v.strftime("%d/%m/%Y")
                    if v is not None:
                        parts.append(str(v))
        return "\n".join(parts)
    if ext == "docx":
        d = docx.Document(path)
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for r in t.rows:
                parts += [c.text for c in r.cells]
        for s in d.sections:
            parts += [p.text for p in s.header.paragraphs] + [p.text for p in s.footer.paragraphs]
        return "\n".join(parts)
    raw = Path(path).read_bytes()
    try:
        t = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        t = raw.decode("cp1252")
    t = t.replace("\r\n", "\n")
    if ext == "html":
        t = html.unescape(re.sub(r"<[^>]+>", "\n", t))
    if ext == "csv":
        t = t.replace('""', '"')
    return t


def check(yaml_path: str) -> int:
    e = yaml.safe_load(Path(yaml_path).read_text(encoding="utf-8"))
    f = HERE / e["file"]
    assert f.exists(), f
    text = corpus(str(f))
    bad = 0

    def need(v, where: str) -> None:
        nonlocal bad
        if v is None:
            return
        for piece in str(v).split("\n"):
            if piece and piece not in text:
                bad += 1
                print(f"{e['file']}: {where}: not found: {piece!r}")

    for h in e.get("columns") or {}:
        need(h, "column")
    for i, r in enumerate(e["rows"]):
        for k in ("text", "owner", "progress", "report"):
            need(r.get(k), f"row {i} {k}")
        if r["status_text"] and "(fill)" not in r["status_text"]:
            need(r["status_text"], f"row {i} status_text")
        need(r["due"]["text"], f"row {i} due")
        for a in r["actions"]:
            need(a, f"row {i} action")
        for k, v in (r.get("extra") or {}).items():
            need(v, f"row {i} extra {k}")
        d = r["due"]["date"]
        assert d is None or isinstance(d, dt.date), (yaml_path, i, d)
        assert r["status"] in STATUSES, (yaml_path, i)
        assert r["marking"] in {"OFFICIAL", "OFFICIAL-SENSITIVE"}, (yaml_path, i)
    print(f"{e['file']:42s} rows={len(e['rows'])}")
    return bad


def main() -> None:
    bad = sum(check(y) for y in sorted(glob.glob(os.path.join(HERE, "*.expected.yaml"))))
    print("problems:", bad)
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
