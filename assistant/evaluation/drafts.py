"""Draft quality on evaluation cases: a new inspection, its own action-plan notes, and the points a
good response makes. Per case: the statute's structure, coverage, grounding, leaks, deadline, and how
many expected points the draft makes (by phrase, or failing that by meaning)."""

from __future__ import annotations

import re
import time
from pathlib import Path

import numpy as np
import yaml
from pydantic import BaseModel

from assistant.drafting.inspection import Inspection, due_date
from assistant.drafting.records import Draft

POINT_COSINE = 0.75  # a draft sentence this close in meaning makes the point
HEADER_LABELS = [
    "Inspection title",
    "Type of inspection",
    "Date inspection published",
    "Recommendations",
    "Response due",
]


class ExpectedPoint(BaseModel):
    id: str
    point: str
    any_of: list[str] = []


class PointResult(BaseModel):
    id: str
    point: str
    covered: bool
    how: str | None = None  # "phrase" or "meaning"
    evidence: str = ""


class CaseResult(BaseModel):
    case: str
    title: str
    engine: str
    structure: dict[str, bool]
    recommendations: int
    covered: int
    unsupported: int
    invented: int
    sensitive: int
    chief_constable: int
    due_date_ok: bool
    points: list[PointResult]
    seconds: float

    @property
    def structure_ok(self) -> bool:
        return all(self.structure.values())

    @property
    def points_covered(self) -> int:
        return sum(p.covered for p in self.points)


class DraftEvaluation(BaseModel):
    engine: str
    cases: list[CaseResult]

    def totals(self) -> dict:
        cases = self.cases
        return {
            "cases": len(cases),
            "structure_ok": sum(c.structure_ok for c in cases),
            "recommendations": sum(c.recommendations for c in cases),
            "covered": sum(c.covered for c in cases),
            "unsupported": sum(c.unsupported for c in cases),
            "invented": sum(c.invented for c in cases),
            "sensitive": sum(c.sensitive for c in cases),
            "chief_constable": sum(c.chief_constable for c in cases),
            "due_dates_ok": sum(c.due_date_ok for c in cases),
            "points": sum(len(c.points) for c in cases),
            "points_covered": sum(c.points_covered for c in cases),
            "seconds": round(sum(c.seconds for c in cases), 1),
        }


def load_case(path: Path) -> tuple[Inspection, list[ExpectedPoint]]:
    raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    points = [ExpectedPoint.model_validate(p) for p in raw.pop("expected_points", [])]
    return Inspection.model_validate(raw), points


def structure(draft: Draft) -> dict[str, bool]:
    """The statute-shaped skeleton every response must have."""
    kinds = [s.kind for s in draft.sections]
    recs = [s.rec_id for s in draft.sections if s.kind == "recommendation"]
    opening = " ".join(p.text for s in draft.sections if s.kind == "opening" for p in s.paragraphs)
    return {
        "header table": [r.label for r in draft.header] == HEADER_LABELS,
        "opening states the counts": bool(
            re.search(r"makes (\w+) recommendations?|makes no recommendations", opening)
        ),
        "chief constable section": "chief_constable" in kinds,
        "one section per recommendation": recs == [r.id for r in draft.inspection.recommendations],
        "areas for improvement grouped": ("areas_for_improvement" in kinds)
        == bool(draft.inspection.areas_for_improvement),
        "scrutiny commitment": "scrutiny" in kinds,
        "sign-off": bool(kinds) and kinds[-1] == "signoff",
    }


def score_points(draft: Draft, points: list[ExpectedPoint], embed) -> list[PointResult]:
    sentences = [s.text for sec in draft.sections for _, _, s in sec.sentences() if s.review != "rejected"]
    text = " ".join(sentences).lower()
    results: list[PointResult] = []
    pending: list[int] = []
    for point in points:
        phrase = next((p for p in point.any_of if p.lower() in text), None)
        results.append(
            PointResult(
                id=point.id,
                point=point.point,
                covered=bool(phrase),
                how="phrase" if phrase else None,
                evidence=phrase or "",
            )
        )
        if not phrase:
            pending.append(len(results) - 1)
    if pending and sentences:
        sims = embed([results[i].point for i in pending]) @ embed(sentences).T
        for row, index in enumerate(pending):
            best = int(np.argmax(sims[row]))
            if sims[row][best] >= POINT_COSINE:
                results[index].covered, results[index].how = True, "meaning"
                results[index].evidence = sentences[best][:200]
    return results


def evaluate_case(assistant, path: Path, engine: str) -> CaseResult:
    inspection, points = load_case(path)
    start = time.perf_counter()
    draft = assistant.drafter.compose(inspection, engine, path.parent)
    seconds = time.perf_counter() - start
    count = lambda kind: sum(f.kind == kind for f in draft.flags)  # noqa: E731
    return CaseResult(
        case=path.stem,
        title=inspection.title,
        engine=engine,
        structure=structure(draft),
        recommendations=len(draft.coverage),
        covered=sum(c.covered for c in draft.coverage),
        unsupported=count("unsupported"),
        invented=count("invented_specific"),
        sensitive=count("sensitive_text"),
        chief_constable=count("chief_constable"),
        due_date_ok=draft.due_date == due_date(inspection.published),
        points=score_points(draft, points, assistant.embeddings.embed_array),
        seconds=round(seconds, 2),
    )


def evaluate_drafts(assistant, folder: Path, engine: str = "composer") -> DraftEvaluation:
    """Every case in the folder. Drafts are composed but not recorded in the audit log."""
    return DraftEvaluation(
        engine=engine,
        cases=[evaluate_case(assistant, p, engine) for p in sorted(Path(folder).glob("*.yaml"))],
    )
