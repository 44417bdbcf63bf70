"""Self-check for the intake report fixtures (not a parser; uses only generic text extraction).

For every NN-*/expected.yaml it checks that:
  * the YAML loads with yaml.safe_load and has exactly the schema keys;
  * the report file opens (pypdf / python-docx / html.parser);
  * the title, every recommendation, cause of concern and area for improvement text occurs in
    the file (whitespace-normalised);
  * each recommendation's `where` is right: for PDF and DOCX the page where its text starts, for
    HTML the nearest preceding h2 heading of its first occurrence.

Run:  /tmp/intake-venv/bin/python verify_fixtures.py      (needs pyyaml, pypdf, python-docx)
"""

from __future__ import annotations

import datetime as dt
import glob
import os
import re
import sys
from html.parser import HTMLParser

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
KEYS = [
    "file",
    "title",
    "published",
    "inspectorates",
    "type",
    "forces_visited",
    "fenmoor_inspected",
    "totals",
    "recommendations",
    "causes_of_concern",
    "areas_for_improvement",
    "graded_judgments",
]

TYPES = {
    "force-specific",
    "national thematic",
    "PEEL",
    "joint",
    "spotlight",
    "super-complaint",
    "revisit",
    "state of policing",
    "custody",
}
ADDRESSEES = {
    "chief constables",
    "force",
    "PCCs",
    "NPCC",
    "College of Policing",
    "Home Office",
    "Ministry of Justice",
    "CPS",
    "IOPC",
    "NCA",
    "local authorities",
    "other",
}


def norm(s: str) -> str:
    s = s.replace("\u00a0", " ").replace("\u2019", "'")
    return re.sub(r"\s+", " ", s).strip()


# ---------------------------------------------------------------------------------------------
def pdf_pages(path: str) -> list[str]:
    from pypdf import PdfReader

    pages = []
    for pg in PdfReader(path).pages:
        lines = (pg.extract_text() or "").splitlines()
        # running furniture is drawn first on every page after the cover: header, footer, page no.
        if len(lines) >= 3 and re.fullmatch(r"Page \d+", lines[2].strip() or ""):
            lines = lines[3:]
        pages.append(norm(" ".join(lines)))
    return pages


class _HTMLText(HTMLParser):
    def __init__(self):
        super().__init__()
        self.chunks: list[tuple[str, str]] = []  # (heading, text)
        self.heading = ""
        self._in_h = None
        self._hbuf: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self._skip += 1
        if tag == "h2":
            self._in_h = tag
            self._hbuf = []
        if tag in ("p", "li", "div", "br", "h1", "h2", "h3", "h4", "td", "tr", "summary"):
            self.chunks.append((self.heading, " "))

    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self._skip -= 1
        if tag == self._in_h:
            self.heading = norm("".join(self._hbuf))
            self._in_h = None
        if tag in ("p", "li", "div", "h1", "h2", "h3", "h4", "td", "summary"):
            self.chunks.append((self.heading, " "))

    def handle_data(self, data):
        if self._skip:
            return
        if self._in_h:
            self._hbuf.append(data)
        self.chunks.append((self.heading, data))


def html_sections(path: str):
    p = _HTMLText()
    with open(path, encoding="utf-8") as fh:
        p.feed(fh.read())
    full = ""
    marks = []  # (offset in normalised text, heading)
    for heading, data in p.chunks:
        marks.append((len(full), heading))
        full += data
    return p, full, marks


def docx_pages(path: str) -> list[str]:
    import docx
    from docx.oxml.ns import qn

    d = docx.Document(path)
    pages = [""]
    body = d.element.body
    for child in body.iterchildren():
        if child.tag == qn("w:p"):
            texts = []
            for node in child.iter():
                if node.tag == qn("w:t"):
                    texts.append(node.text or "")
                elif node.tag == qn("w:br") and node.get(qn("w:type")) == "page":
                    pages[-1] += " " + "".join(texts)
                    texts = []
                    pages.append("")
            pages[-1] += " " + "".join(texts) + " "
        elif child.tag == qn("w:tbl"):
            for node in child.iter():
                if node.tag == qn("w:t"):
                    pages[-1] += " " + (node.text or "")
    return [norm(p) for p in pages]


# ---------------------------------------------------------------------------------------------
def check(folder: str) -> list[str]:
    errs: list[str] = []
    with open(os.path.join(folder, "expected.yaml"), encoding="utf-8") as fh:
        exp = yaml.safe_load(fh)
    if list(exp) != KEYS:
        errs.append(f"keys {list(exp)}")
    if not isinstance(exp["published"], dt.date):
        errs.append("published is not a date")
    if exp["type"] not in TYPES:
        errs.append(f"type {exp['type']!r} not in schema")
    for r in exp["recommendations"]:
        bad = [a for a in r["addressees"] if a not in ADDRESSEES]
        if bad:
            errs.append(f"rec {r['id']} addressees {bad} not in schema")
        dl = r["deadline"]
        if not (dl is None or isinstance(dl, dt.date) or isinstance(dl, str)):
            errs.append(f"rec {r['id']} deadline {dl!r}")
    if set(exp["totals"]) != {"recommendations", "areas_for_improvement", "causes_of_concern"}:
        errs.append("totals keys")
    path = os.path.join(folder, exp["file"])
    if not os.path.exists(path):
        return errs + [f"missing {exp['file']}"]
    ext = os.path.splitext(path)[1]
    texts = [norm(r["text"]) for r in exp["recommendations"]]
    others = [norm(x["text"]) for x in exp["causes_of_concern"] + exp["areas_for_improvement"]]

    if ext == ".pdf":
        pages = pdf_pages(path)
        starts, full = [], ""
        for pg in pages:
            starts.append(len(full))
            full += pg + " "
        for r, t in zip(exp["recommendations"], texts):
            pos = full.find(t)
            if pos < 0:
                errs.append(f"rec {r['id']} text not found")
                continue
            first = max(i for i, st in enumerate(starts) if st <= pos) + 1
            if f"page {first}" != r["where"]:
                errs.append(f"rec {r['id']} where={r['where']} but starts on page {first}")
        if norm(exp["title"]) not in pages[0]:
            errs.append("title not on page 1")
    elif ext == ".docx":
        pages = docx_pages(path)
        full = " ".join(pages)
        for r, t in zip(exp["recommendations"], texts):
            first = next((i + 1 for i, pg in enumerate(pages) if t in pg), None)
            if first is None:
                errs.append(f"rec {r['id']} text not found on a single page")
            elif f"page {first}" != r["where"]:
                errs.append(f"rec {r['id']} where={r['where']} but found on page {first}")
        if norm(exp["title"]) not in pages[0]:
            errs.append("title not on page 1")
    elif ext == ".html":
        parser, raw, marks = html_sections(path)
        full = norm(raw)
        for r, t in zip(exp["recommendations"], texts):
            # locate in raw text by regex tolerant to whitespace
            pat = re.compile(r"\s+".join(re.escape(w) for w in t.split(" ")))
            m = pat.search(raw.replace("\u00a0", " "))
            if not m:
                errs.append(f"rec {r['id']} text not found")
                continue
            heading = ""
            for off, h in marks:
                if off <= m.start():
                    heading = h
                else:
                    break
            if heading != r["where"]:
                errs.append(f"rec {r['id']} where={r['where']!r} but heading is {heading!r}")
        if norm(exp["title"]) not in full:
            errs.append("title not found")
    else:
        return errs + [f"unknown format {ext}"]

    for t in others:
        if t not in full:
            errs.append(f"CoC/AFI text not found: {t[:50]}...")
    for f in exp["forces_visited"]:
        if f not in full:
            errs.append(f"force {f} not mentioned")
    for g in exp["graded_judgments"]:
        if norm(g["area"]) not in full:
            errs.append(f"graded area not found {g['area']}")
    return errs


def main() -> int:
    bad = 0
    for folder in sorted(glob.glob(os.path.join(HERE, "[0-9][0-9]-*"))):
        if not os.path.exists(os.path.join(folder, "expected.yaml")):
            print(f"{os.path.basename(folder)}: NO expected.yaml")
            bad += 1
            continue
        errs = check(folder)
        status = "ok" if not errs else "FAIL"
        print(f"{os.path.basename(folder)}: {status}")
        for e in errs:
            print("   -", e)
        bad += bool(errs)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
