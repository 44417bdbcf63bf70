"""The new inspection a response is drafted for (the YAML form), its counts and its statutory due date."""

from __future__ import annotations

from collections import Counter
from datetime import date, timedelta
from pathlib import Path
from typing import Literal

import yaml
from pydantic import BaseModel, Field, ValidationError, field_validator

Addressee = Literal["chief constables", "PCCs", "national", "force"]
InspectionType = Literal[
    "force-specific",
    "national thematic",
    "PEEL",
    "joint",
    "spotlight",
    "super-complaint",
    "revisit",
    "annual assessment",
]
# s55(5A): publish within 56 days of the report's publication, the publication day being day 1.
STATUTORY_DAYS = 56


class InspectionError(ValueError):
    """An inspection file that cannot be used, with the file and the problem named."""


class Recommendation(BaseModel):
    id: str
    text: str = Field(min_length=10)
    addressee: Addressee

    @field_validator("id", mode="before")
    @classmethod
    def _id_as_text(cls, v):
        return str(v)


class AreaForImprovement(BaseModel):
    id: str
    text: str = Field(min_length=10)

    @field_validator("id", mode="before")
    @classmethod
    def _id_as_text(cls, v):
        return str(v)


class Inspection(BaseModel):
    title: str = Field(min_length=5)
    inspectorate: str | list[str] = "HMICFRS"
    type: InspectionType
    published: date
    force_inspected: bool = False
    recommendations: list[Recommendation] = Field(default_factory=list)
    areas_for_improvement: list[AreaForImprovement] = Field(default_factory=list)
    chief_constable_comments: str = ""
    action_plan_notes: list[str] = Field(default_factory=list)

    @field_validator("recommendations", "areas_for_improvement", "action_plan_notes", mode="before")
    @classmethod
    def _none_is_empty(cls, v):
        return v or []

    @field_validator("chief_constable_comments", mode="before")
    @classmethod
    def _none_is_blank(cls, v):
        return (v or "").strip()

    @property
    def inspectorates(self) -> list[str]:
        return [self.inspectorate] if isinstance(self.inspectorate, str) else list(self.inspectorate)

    def about_force(self, area: str) -> bool:
        """A report on this force alone (ticks the area-specific box), not a national one."""
        return self.type in ("force-specific", "PEEL", "revisit") or area.lower() in self.title.lower()

    def counts(self) -> dict[str, int]:
        """Recommendations by addressee, and the total, as a response must state them."""
        by = Counter(r.addressee for r in self.recommendations)
        return {
            "total": len(self.recommendations),
            **{a: by.get(a, 0) for a in ("chief constables", "force", "PCCs", "national")},
        }

    def due_date(self) -> date:
        return due_date(self.published)


def due_date(published: date) -> date:
    """The last day to publish: 56 days counting the publication day as day 1, i.e. published + 55 days."""
    return published + timedelta(days=STATUTORY_DAYS - 1)


def load_inspection(path: Path) -> Inspection:
    try:
        raw = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise InspectionError(f"{path}: file not found") from exc
    except (yaml.YAMLError, UnicodeDecodeError) as exc:
        raise InspectionError(f"{path}: not valid YAML ({exc})") from exc
    if not isinstance(raw, dict):
        raise InspectionError(f"{path}: expected a mapping of fields (title, type, published, ...)")
    try:
        return Inspection.model_validate(raw)
    except ValidationError as exc:
        problems = "; ".join(
            f"{'.'.join(str(p) for p in e['loc'])}: {e['msg']}" for e in exc.errors(include_url=False)
        )
        raise InspectionError(f"{path}: {problems}") from exc
