"""How often the grounding check calls a well-grounded sentence unsupported, had a model written it.

    PCC_DATA_DIR=... .venv/bin/python bench/grounding.py [--cases tests/eval/cases]

A model's sentence that no source supports is an error (it blocks publication until a person corrects
or accepts it), so false alarms cost staff time. The sentences: each evaluation case's reference letter,
written by a policy officer from the same inputs, read as if a model had written every sentence of its
own (``origin="model"``), and checked against the sources the assistant gathers for the case, with the
facts a model would be given (the composer's sentences for the sections the model writes, as
``Section.facts``), and without them. Beside it, a baseline that should be flagged: the reference letter
of another case (well written, wrong facts) checked against this case.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from common import ROOT, save

from assistant.drafting import verify
from assistant.drafting.llm import facts_of
from assistant.drafting.prompts import load_wording
from assistant.drafting.structured import runs
from assistant.evaluation.cases import load_cases
from assistant.service import Assistant


def given_facts(assistant: Assistant, case) -> list:
    """The facts the model engine would be given for this case: each run of each section it writes."""
    tasks = load_wording("tasks")
    draft = assistant.drafter.compose(case.inspection, "composer", case.folder)
    by_sid = {s.sid: s.text for s in draft.sources}
    facts = [
        f for s in draft.sections if s.kind in tasks for run in runs(s.paragraphs) for f in facts_of(run)
    ]
    return facts, by_sid


def flagged(assistant: Assistant, letter: str, case, facts, texts) -> tuple[int, int, list[str]]:
    """(sentences flagged unsupported, sentences checked, their texts) for ``letter`` as a model's."""
    draft = assistant.drafter.check_letter(letter, case.inspection, case.folder)
    sid_of = {s.text: s.sid for s in draft.sources}  # the same passage, as this draft numbers it
    if facts:
        draft.sections[0].facts = [
            f.model_copy(
                update={"citations": [sid_of[texts[c]] for c in f.citations if texts.get(c) in sid_of]}
            )
            for f in facts
        ]
    checked = 0
    for section in draft.sections:
        for _, _, sentence in section.sentences():
            if sentence.origin == "staff" and section.kind != "signoff":
                sentence.origin, checked = "model", checked + 1
    flags = verify.check_grounding(draft, assistant.embeddings.embed_array)
    return len(flags), checked, [f.excerpt for f in flags]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cases", type=Path, default=ROOT / "tests" / "eval" / "cases")
    args = parser.parse_args()
    assistant = Assistant.from_settings()
    cases = load_cases(args.cases)
    totals = {k: [0, 0] for k in ("own_with_facts", "own_without_facts", "other_with_facts")}
    rows = []
    for i, case in enumerate(cases):
        facts, texts = given_facts(assistant, case)
        other = cases[(i + len(cases) // 2) % len(cases)]
        row = {"case": case.name, "other": other.name}
        for key, letter, given in (
            ("own_with_facts", case.reference, facts),
            ("own_without_facts", case.reference, []),
            ("other_with_facts", other.reference, facts),
        ):
            n_flagged, n, excerpts = flagged(assistant, letter, case, given, texts)
            totals[key][0] += n_flagged
            totals[key][1] += n
            row[key] = f"{n_flagged}/{n}"
            if key == "own_with_facts":
                row["flagged"] = excerpts
        rows.append(row)
        print(f"{case.name:50s} " + "  ".join(f"{k} {row[k]}" for k in totals))
    result = {
        "share_flagged": {k: round(f / max(n, 1), 3) for k, (f, n) in totals.items()},
        "counts": {k: f"{f} of {n}" for k, (f, n) in totals.items()},
        "cases": rows,
    }
    save("grounding", result)
    for key, share in result["share_flagged"].items():
        print(f"{key:20s} {share:.3f}  ({result['counts'][key]} sentences)")


if __name__ == "__main__":
    main()
