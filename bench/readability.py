"""Sentence length and readability of the composer's letters beside the office's own letters.

    PCC_DATA_DIR=... .venv/bin/python bench/readability.py [--cases tests/eval/cases]

The office's letters are the library's responses of the configured office (the sample corpus when
run on it); the composer's letters are its publication drafts of the evaluation cases. For each: the
mean words per sentence and the Flesch reading ease (textstat) per letter, reported as the median
and the range. A composer letter is within the office's range when both figures are.
"""

from __future__ import annotations

import argparse
import re
import statistics
from pathlib import Path

import textstat
from common import ROOT, save

from assistant.drafting.export import to_markdown
from assistant.drafting.letter import read_letter
from assistant.drafting.text import split_sentences
from assistant.evaluation.cases import load_cases
from assistant.service import Assistant


def prose(text: str) -> str:
    """A letter's own paragraphs and bullets (no headings, tables, quotes or gaps)."""
    blocks = read_letter(text)
    kept = [b.text for b in blocks if b.kind in ("paragraph", "bullet")]
    return re.sub(r"\[To be added:[^\]]*\]", "", "\n".join(kept))


def figures(text: str) -> dict[str, float] | None:
    body = prose(text)
    sentences = [s for s in split_sentences(body.replace("\n", " ")) if len(s.split()) >= 3]
    if len(sentences) < 3:
        return None
    return {
        "words_per_sentence": statistics.mean(len(s.split()) for s in sentences),
        "flesch": textstat.flesch_reading_ease(body),
    }


def summary(rows: list[dict[str, float]]) -> dict[str, dict[str, float]]:
    out = {}
    for key in ("words_per_sentence", "flesch"):
        values = sorted(r[key] for r in rows)
        out[key] = {
            "min": round(values[0], 1),
            "median": round(statistics.median(values), 1),
            "max": round(values[-1], 1),
        }
    return out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cases", type=Path, default=ROOT / "tests" / "eval" / "cases")
    args = parser.parse_args()
    assistant = Assistant.from_settings()
    area = assistant.settings.office.area_name
    docs: dict[str, list[str]] = {}
    for chunk, meta in assistant.catalog.passages(kind="response"):
        if meta.office == area:
            docs.setdefault(meta.doc_id, []).append(chunk.text)
    office = [f for texts in docs.values() if (f := figures("\n\n".join(texts)))]
    drafts = []
    for case in load_cases(args.cases):
        draft = assistant.drafter.compose(case.inspection, "composer", case.folder)
        if f := figures(to_markdown(draft, assistant.settings.office, "publication")):
            drafts.append(f)
    office_s, drafts_s = summary(office), summary(drafts)
    within = sum(
        office_s[k]["min"] <= d[k] <= office_s[k]["max"]
        for d in drafts
        for k in ("words_per_sentence", "flesch")
    )
    result = {
        "office_letters": {"n": len(office), **office_s},
        "composer_letters": {"n": len(drafts), **drafts_s},
        "composer_figures_within_office_range": f"{within} of {2 * len(drafts)}",
    }
    save("readability", result)
    for name in ("office_letters", "composer_letters"):
        r = result[name]
        print(
            f"{name:18s} n={r['n']:3d}  words/sentence {r['words_per_sentence']['median']} "
            f"({r['words_per_sentence']['min']}–{r['words_per_sentence']['max']})  "
            f"Flesch {r['flesch']['median']} ({r['flesch']['min']}–{r['flesch']['max']})"
        )
    print(f"composer figures within the office's range: {result['composer_figures_within_office_range']}")


if __name__ == "__main__":
    main()
