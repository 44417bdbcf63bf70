"""Draft quality on the evaluation cases: the engine's publication letter scored beside two baselines
(``input-copy``, ``skeleton``) and the reference letter, all with one scorer (``scoring.py``).

Drafts are composed but never recorded in the audit log.
"""

from __future__ import annotations

import time
from collections import Counter
from pathlib import Path

from pydantic import BaseModel, Field

from assistant.drafting.export import to_markdown
from assistant.drafting.inspection import STATUTE_FIGURES
from assistant.evaluation.baselines import input_copy, read_notes, skeleton
from assistant.evaluation.cases import EvalCase, load_cases
from assistant.evaluation.judge import Judge, JudgeScore
from assistant.evaluation.scoring import CaseFacts, LetterScore, score_letter
from assistant.settings import OfficeSettings

BASELINES = ("input-copy", "skeleton")


class SystemResult(BaseModel):
    system: str
    score: LetterScore | None = None
    judged: JudgeScore | None = None  # with --judge: a chat model's rubric scores (judge.py)
    error: str | None = None  # the engine failed on this case
    seconds: float = 0.0


class CaseEvaluation(BaseModel):
    case: str
    type: str
    covers: list[str]
    notes_layout: str
    results: list[SystemResult]

    def result(self, system: str) -> SystemResult:
        return next(r for r in self.results if r.system == system)


class DraftEvaluation(BaseModel):
    engine: str
    judge: str | None = None  # the model that judged, with its prompt versions
    cases: list[CaseEvaluation] = Field(default_factory=list)

    @property
    def systems(self) -> list[str]:
        return [self.engine, *BASELINES, "reference"]

    def summary(self) -> dict[str, dict]:
        return {system: summarise([c.result(system) for c in self.cases]) for system in self.systems}

    def as_json(self) -> dict:
        return {
            "engine": self.engine,
            "judge": self.judge,
            "cases": [c.model_dump(mode="json") for c in self.cases],
            "summary": self.summary(),
        }


def summarise(results: list[SystemResult]) -> dict:
    scored = [r.score for r in results if r.score is not None]
    points = [p.score for s in scored for p in s.points]
    structure = [v for s in scored for v in s.structure.values()]
    flags: Counter = Counter()
    for s in scored:
        flags.update(s.error_flags or {})

    def mean(values):
        values = [v for v in values if v is not None]
        return round(sum(values) / len(values), 3) if values else None

    return {
        "cases": len(results),
        "failed": sum(r.error is not None for r in results),
        "key_points": round(sum(points) / len(points), 3) if points else 0.0,
        "key_points_by_meaning": mean([p.meaning for s in scored for p in s.points]),
        "structure": round(sum(structure) / len(structure), 3) if structure else 0.0,
        "false_gaps": sum(len(s.false_gaps) for s in scored),
        "invented": sum(len(s.invented) for s in scored),
        "leaks": sum(len(s.leaks) for s in scored),
        "jargon": sum(len(s.jargon) for s in scored),
        "error_flags": sum(flags.values()),
        "error_flags_by_kind": dict(sorted(flags.items())),
        "words_ratio": mean([s.words_ratio for s in scored]),
        "rouge_l": mean([s.rouge_l for s in scored]),
        "readability": mean([s.readability for s in scored]),
        "seconds": round(sum(r.seconds for r in results), 1),
        **_judged([r.judged for r in results if r.judged is not None]),
    }


def _judged(scores: list[JudgeScore]) -> dict:
    """The judge's figures: means over the letters it could score, and how many it could not."""
    if not scores:
        return {}

    def mean(values):
        values = [v for v in values if v is not None]
        return round(sum(values) / len(values), 3) if values else None

    return {
        "judge_key_points": mean([s.key_points for s in scores]),
        "judge_faithfulness": mean([s.faithfulness for s in scores]),
        "judge_unscored": sum(s.key_points is None or s.faithfulness is None for s in scores),
    }


def case_facts(
    case: EvalCase, office: OfficeSettings, library_texts: list[str] = (), notes: list | None = None
) -> CaseFacts:
    """What the scorer needs besides the answer sheet: the inputs' words, and where figures may come from."""
    inspection = case.inspection
    note_texts: list[str] = []
    for path in case.note_paths:
        rows, whole = read_notes(path) if notes is None else notes[case.note_paths.index(path)]
        note_texts += [whole] + [cell for row in rows for cell in row.cells]
    inputs = [
        inspection.title,
        inspection.chief_constable_comments,
        *(r.text for r in inspection.recommendations),
        *(a.text for a in inspection.areas_for_improvement),
        *note_texts,
    ]
    counts = inspection.counts()
    sheet = case.answers.structure
    return CaseFacts(
        answers=case.answers,
        title=inspection.title,
        published=inspection.published,
        cc_comments=inspection.chief_constable_comments,
        signatory=office.pcc_name,
        input_texts=inputs,
        known_texts=inputs + list(library_texts),
        derived_numbers=[
            *counts.values(),
            sheet.report_total,
            sheet.listed,
            sheet.areas_for_improvement,
            *(int(f) for f in STATUTE_FIGURES),
        ],
        derived_dates=[inspection.published, inspection.due_date()],
        reference=case.reference,
        inspection=inspection,
    )


def _errors(draft) -> dict[str, int]:
    return dict(Counter(f.kind for f in draft.flags if f.severity == "error" and not f.resolved))


def evaluate_case(
    assistant, case: EvalCase, engine: str, library_texts: list[str], embed, judge: Judge | None = None
) -> CaseEvaluation:
    notes = [read_notes(path) for path in case.note_paths]  # read once, for the facts and the copy
    facts = case_facts(case, assistant.settings.office, library_texts, notes)
    office = assistant.settings.office
    drafter = assistant.drafter
    results: list[SystemResult] = []
    start = time.perf_counter()
    try:
        draft = drafter.compose(case.inspection, engine, case.folder)
        letter = to_markdown(draft, office, "publication")
        score = score_letter(letter, facts, embed)
        score.error_flags = _errors(draft)
        results.append(
            SystemResult(
                system=engine,
                score=score,
                seconds=round(time.perf_counter() - start, 2),
                judged=_judge(judge, letter, case, facts),
            )
        )
    except Exception as exc:  # noqa: BLE001 - a case the engine cannot draft scores nothing, and says why
        results.append(SystemResult(system=engine, error=f"{type(exc).__name__}: {exc}"))
    rows = [row for note_rows, _ in notes for row in note_rows]
    texts = {
        "input-copy": input_copy(case.inspection, rows),
        "skeleton": skeleton(case.inspection, office),
        "reference": case.reference,
    }
    for system, text in texts.items():
        score = score_letter(text, facts, embed)
        score.error_flags = _errors(drafter.check_letter(text, case.inspection, case.folder))
        results.append(SystemResult(system=system, score=score, judged=_judge(judge, text, case, facts)))
    return CaseEvaluation(
        case=case.name,
        type=case.inspection.type,
        covers=case.answers.covers,
        notes_layout=case.answers.notes_layout,
        results=results,
    )


def _judge(judge: Judge | None, letter: str, case: EvalCase, facts: CaseFacts) -> JudgeScore | None:
    if judge is None:
        return None
    return judge.score(letter, case.inspection.title, case.answers.key_points, facts.input_texts)


def library_texts(assistant) -> list[str]:
    """The office's own past letters: a figure found there is grounded, not invented."""
    area = assistant.settings.office.area_name
    return [c.text for c, m in assistant.catalog.passages(kind="response") if m.office == area]


def evaluate_drafts(
    assistant,
    folder: Path,
    engine: str = "composer",
    meaning: bool = True,
    judge: Judge | None = None,
    limit: int | None = None,
) -> DraftEvaluation:
    cases = load_cases(folder)[:limit]
    texts = library_texts(assistant)
    embed = assistant.embeddings.embed_array if meaning else None
    return DraftEvaluation(
        engine=engine,
        judge=f"{judge.name} ({', '.join(judge.prompt_versions().values())})" if judge else None,
        cases=[evaluate_case(assistant, case, engine, texts, embed, judge) for case in cases],
    )
