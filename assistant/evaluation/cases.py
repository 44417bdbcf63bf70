"""Evaluation cases: a folder per case with the inspection, the force's notes, a reference letter
written by a person from those inputs alone, and an answer sheet written before any tool output.

    tests/eval/cases/<case>/inspection.yaml   the input, in the drafting form
    tests/eval/cases/<case>/<notes file>      the action-plan notes (any supported format)
    tests/eval/cases/<case>/reference.md      the reference letter
    tests/eval/cases/<case>/answers.yaml      structure, key points, must-not-appear
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

import yaml
from pydantic import BaseModel, Field, field_validator

from assistant.drafting.inspection import Inspection, load_inspection


class Alternative(BaseModel):
    """One acceptable wording of a specific: a phrase, a date (however written) or a number (digits
    or words)."""

    phrase: str | None = None
    date: dt.date | None = None
    number: float | None = None

    @classmethod
    def of(cls, raw) -> Alternative:
        if isinstance(raw, Alternative):
            return raw
        if isinstance(raw, dict):
            if "date" in raw:
                return cls(date=raw["date"])
            if "number" in raw:
                return cls(number=raw["number"])
            raise ValueError(f"a specific is a phrase, {{date: ...}} or {{number: ...}}, not {raw!r}")
        if isinstance(raw, dt.date):
            return cls(date=raw)
        if isinstance(raw, int | float) and not isinstance(raw, bool):
            return cls(number=raw)
        return cls(phrase=str(raw))

    def __str__(self) -> str:
        if self.date:
            return self.date.isoformat()
        if self.number is not None:
            return f"{self.number:g}"
        return self.phrase or ""


def _alternatives(raw) -> list[Alternative]:
    items = raw if isinstance(raw, list) else [raw]
    return [Alternative.of(item) for item in items]


class KeyPoint(BaseModel):
    id: str
    claim: str
    about: list[Alternative]
    specifics: list[list[Alternative]] = Field(default_factory=list)

    @field_validator("about", mode="before")
    @classmethod
    def _about(cls, v):
        return _alternatives(v)

    @field_validator("specifics", mode="before")
    @classmethod
    def _specifics(cls, v):
        return [_alternatives(item) for item in (v or [])]


class Forbidden(BaseModel):
    text: list[Alternative]
    why: Literal[
        "sensitive", "tempting", "jargon"
    ]  # jargon: internal shorthand a published letter writes out

    @field_validator("text", mode="before")
    @classmethod
    def _text(cls, v):
        return _alternatives(v)


class StructureSheet(BaseModel):
    recommendations: list[str] = Field(default_factory=list)
    report_total: int
    listed: int
    areas_for_improvement: int = 0
    chief_constable: Literal["verbatim", "placeholder"]
    due_date: dt.date

    @field_validator("recommendations", mode="before")
    @classmethod
    def _ids(cls, v):
        return [str(x) for x in (v or [])]


class AnswerSheet(BaseModel):
    covers: list[str] = Field(default_factory=list)
    notes_layout: str = ""
    structure: StructureSheet
    official_rows: list[str] = Field(default_factory=list)
    key_points: list[KeyPoint]
    must_not_appear: list[Forbidden] = Field(default_factory=list)

    @field_validator("official_rows", mode="before")
    @classmethod
    def _ids(cls, v):
        return [str(x) for x in (v or [])]


@dataclass
class EvalCase:
    name: str
    folder: Path
    inspection: Inspection
    answers: AnswerSheet
    reference: str

    @property
    def inspection_path(self) -> Path:
        return self.folder / "inspection.yaml"

    @property
    def note_paths(self) -> list[Path]:
        return [self.folder / n for n in self.inspection.action_plan_notes]


class CaseError(ValueError):
    pass


def load_case(folder: Path) -> EvalCase:
    folder = Path(folder)
    answers_path = folder / "answers.yaml"
    try:
        raw = yaml.safe_load(answers_path.read_text(encoding="utf-8"))
        answers = AnswerSheet.model_validate(raw)
    except FileNotFoundError as exc:
        raise CaseError(f"{answers_path}: missing") from exc
    except (yaml.YAMLError, ValueError) as exc:
        raise CaseError(f"{answers_path}: {exc}") from exc
    reference = folder / "reference.md"
    if not reference.is_file():
        raise CaseError(f"{reference}: missing")
    return EvalCase(
        name=folder.name,
        folder=folder,
        inspection=load_inspection(folder / "inspection.yaml"),
        answers=answers,
        reference=reference.read_text(encoding="utf-8"),
    )


def load_cases(root: Path) -> list[EvalCase]:
    """Every case folder under ``root`` (a folder holding ``answers.yaml``), in name order."""
    return [load_case(p.parent) for p in sorted(Path(root).glob("*/answers.yaml"))]
