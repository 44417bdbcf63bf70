"""The new inspection a response is drafted for (the YAML form), its counts and its statutory due date."""

from __future__ import annotations

import re
from collections import Counter
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Literal

import yaml
from pydantic import BaseModel, Field, ValidationError, field_validator

from assistant.records import InspectionType

Addressee = Literal["chief constables", "PCCs", "national", "force"]
ADDRESSEES: tuple[str, ...] = ("chief constables", "force", "PCCs", "national")
# s55(5A): publish within 56 days of the report's publication, the publication day being day 1.
STATUTORY_DAYS = 56
# Figures a letter may cite from the statute itself: s54(2BA), s55, 56 days, the Acts' years.
STATUTE_FIGURES = frozenset({"54", "55", "56", "1996", "2002", "2011", "2017"})


class InspectionError(ValueError):
    """An inspection file that cannot be used, with the file and the problem named."""


class FormError(InspectionError):
    """The web form's entries that cannot be used: ``problems`` maps each form field to what is wrong
    with it and how to put it right, in plain words (shown next to the field)."""

    def __init__(self, problems: dict[str, str]):
        self.problems = problems
        super().__init__(" ".join(problems.values()))


# The web form's fields as people see them, for messages that name them.
FORM_LABELS = {
    "title": "Inspection title",
    "inspectorate": "Inspectorate(s)",
    "inspection_type": "Type of inspection",
    "published": "Date the report was published",
    "recommendations": "Recommendations",
    "areas": "Areas for improvement",
}


# Publication dates a due date can be worked out for: the statute dates from 2011; far-future years
# (9999-12-31) are typing errors, and would overflow the date arithmetic.
EARLIEST_PUBLISHED, LATEST_PUBLISHED = date(2000, 1, 1), date(2099, 12, 31)


class _TextDates(yaml.SafeLoader):
    """YAML with dates left as text, so an impossible one (2026-02-30) is reported by field, not raised
    by the YAML reader."""


_TextDates.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


class Recommendation(BaseModel):
    """One recommendation. ``addressee`` is one body, or a list when several are addressed jointly
    (e.g. ``[force, PCCs]``); the first named is the lead."""

    id: str
    text: str = Field(min_length=10)
    addressee: Addressee | list[Addressee]

    @field_validator("id", mode="before")
    @classmethod
    def _id_as_text(cls, v):
        return str(v)

    @field_validator("addressee", mode="after")
    @classmethod
    def _one_or_several(cls, v):
        if isinstance(v, list):
            v = list(dict.fromkeys(v))
            if not v:
                raise ValueError("name at least one addressee")
            return v[0] if len(v) == 1 else v
        return v

    @property
    def addressees(self) -> list[str]:
        return list(self.addressee) if isinstance(self.addressee, list) else [self.addressee]

    @property
    def joint(self) -> bool:
        return len(self.addressees) > 1

    @property
    def lead(self) -> str:
        return self.addressees[0]

    def is_for(self, addressee: str) -> bool:
        return addressee in self.addressees


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
    # The report's own total when this file lists only some of its recommendations.
    total_recommendations: int | None = Field(default=None, ge=0)
    # A person's corrections to how action-plan rows were matched: row (as `draft --show-matches` names
    # it, e.g. "notes#4") -> recommendation or area-for-improvement id, or "none" to leave it unused.
    assign: dict[str, str] = Field(default_factory=dict)

    @field_validator("assign", mode="before")
    @classmethod
    def _assign_as_text(cls, v):
        return {str(k): str(val) for k, val in (v or {}).items()}

    @field_validator("published", mode="before")
    @classmethod
    def _real_date(cls, v):
        if isinstance(v, datetime):
            v = v.date()
        if isinstance(v, str):
            v = typed_date(v)
        if isinstance(v, date) and not EARLIEST_PUBLISHED <= v <= LATEST_PUBLISHED:
            raise ValueError(
                f"{v.isoformat()} is out of range; write the report's publication date as YYYY-MM-DD, between "
                f"{EARLIEST_PUBLISHED.year} and {LATEST_PUBLISHED.year}"
            )
        return v

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
        """Recommendations listed, by addressee (a joint one counts for each body it names), and the
        number addressed jointly. ``total`` is what this file lists; see ``report_total``."""
        by = Counter(a for r in self.recommendations for a in r.addressees)
        return {
            "total": len(self.recommendations),
            **{a: by.get(a, 0) for a in ADDRESSEES},
            "joint": sum(r.joint for r in self.recommendations),
        }

    @property
    def report_total(self) -> int:
        """The report's own number of recommendations: stated, else the number listed."""
        listed = len(self.recommendations)
        return max(listed, self.total_recommendations or 0)

    @property
    def partial(self) -> bool:
        return self.report_total > len(self.recommendations)

    def due_date(self) -> date:
        return due_date(self.published)


_DATE_HINT = "write it as 20/11/2026, 20 November 2026 or YYYY-MM-DD (2026-11-20)"


def typed_date(text: str) -> date:
    """A date as people type it in the UK: '20/11/2026', '20.11.26', '20 November 2026', '20 Nov 2026',
    '2026-11-20'. Day before month, always; the year in full or in two digits. Anything else is refused
    with the forms that work, never guessed."""
    from dateutil import parser as dateparser

    raw = (text or "").strip()
    if not raw:
        raise ValueError(f"no date given; {_DATE_HINT}")
    iso = re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})", raw)
    numeric = re.fullmatch(r"(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{2}|\d{4})", raw)
    worded = re.fullmatch(r"\d{1,2}(?:st|nd|rd|th)?\s+[A-Za-z]{3,9}\.?,?\s+\d{4}|[A-Za-z]+day,?\s+.+", raw)
    try:
        if iso:
            return date(int(iso.group(1)), int(iso.group(2)), int(iso.group(3)))
        if numeric:
            year = int(numeric.group(3))
            return date(year + 2000 if year < 100 else year, int(numeric.group(2)), int(numeric.group(1)))
        if worded:
            return dateparser.parse(raw, dayfirst=True).date()
    except (ValueError, OverflowError) as exc:
        raise ValueError(f"“{raw}” is not a real date ({exc}); {_DATE_HINT}") from None
    raise ValueError(f"“{raw}” is not a date this form can read; {_DATE_HINT}")


def due_date(published: date) -> date:
    """The last day to publish: 56 days counting the publication day as day 1, i.e. published + 55 days."""
    return published + timedelta(days=STATUTORY_DAYS - 1)


def load_inspection(path: Path) -> Inspection:
    name = Path(path).name  # errors name the file, never the server's folders
    try:
        raw = yaml.load(Path(path).read_text(encoding="utf-8"), Loader=_TextDates)  # noqa: S506 - safe loader
    except FileNotFoundError as exc:
        raise InspectionError(f"{name}: file not found") from exc
    except (yaml.YAMLError, UnicodeDecodeError) as exc:
        raise InspectionError(f"{name}: not valid YAML ({exc})") from exc
    except OSError as exc:
        raise InspectionError(f"{name}: cannot read the file ({exc.strerror or type(exc).__name__})") from exc
    if not isinstance(raw, dict):
        raise InspectionError(f"{name}: expected a mapping of fields (title, type, published, ...)")
    try:
        return Inspection.model_validate(raw)
    except ValidationError as exc:
        problems = "; ".join(
            f"{'.'.join(str(p) for p in e['loc'])}: {e['msg']}" for e in exc.errors(include_url=False)
        )
        raise InspectionError(f"{name}: {problems}") from exc


# A recommendation's id as reports print it: 1, 3a, 3(a), 2.1, A, C(ii), R4, N1 (then a stop, colon or
# dash), or a bracketed (iv) on its own.
_REC_PREFIX = re.compile(
    r"^\s*(?:recommendation\s+|rec\s+)?"
    r"(?:((?-i:[A-Z]{0,2})\d{1,2}(?:\.\d{1,2})?[a-z]?(?:\((?:[a-z]|[ivx]{1,4})\))?|(?-i:[A-Z])(?:\((?:[a-z]|[ivx]{1,4})\))?)"
    r"\s*[.:)\-–]\s+|(\((?:[ivx]{1,5}|[a-z])\))\s*[.:\-–]?\s+)",
    re.I,
)
_AFI_PREFIX = re.compile(r"^\s*(?:area for improvement\s+|afi\s*-?\s*)(\d+)\s*[.:)\-–]?\s*", re.I)
_WHO = r"(?:chief constables|pccs?|national|force)"
_TAG = re.compile(rf"\[({_WHO}(?:\s*,\s*{_WHO})*)\]", re.I)


def infer_addressee(text: str, force_name: str = "") -> str:
    """Who a recommendation is for, from its own words: 'chief constables should', 'PCCs should'..."""
    lowered = text.lower()
    if re.search(r"\bchief constables\b", lowered):
        return "chief constables"
    if re.search(
        r"police(,)? (fire )?and crime commissioners?\b|\bpccs?\b|local policing bod(y|ies)", lowered
    ):
        return "PCCs"
    if force_name and force_name.lower() in lowered:
        return "force"
    if re.search(r"\bthe force\b", lowered):
        return "force"
    return "national"


def parse_recommendations(text: str, force_name: str = "") -> list[Recommendation]:
    """Recommendations pasted one per line (or paragraph): '3. By March 2027, chief constables should ...'.
    A tag such as [PCCs] sets the addressee; otherwise it is read from the words."""
    recs: list[Recommendation] = []
    for n, line in enumerate(_entries(text), start=1):
        tag = _TAG.search(line)
        line = _TAG.sub("", line).strip()
        m = _REC_PREFIX.match(line)
        rec_id = (m.group(1) or m.group(2)) if m else str(n)
        body = line[m.end() :].strip() if m else line
        named = tag.group(1).split(",") if tag else [infer_addressee(body, force_name)]
        addressees = [
            {"pcc": "PCCs", "pccs": "PCCs"}.get(a.strip().lower(), a.strip().lower()) for a in named
        ]
        try:
            recs.append(Recommendation(id=rec_id, text=body, addressee=addressees))
        except ValidationError:
            raise FormError(
                {
                    "recommendations": f"Recommendations: line {n} is too short to be a recommendation; paste its whole text, or remove the line."
                }
            ) from None
    return recs


def parse_areas(text: str) -> list[AreaForImprovement]:
    areas = []
    for n, line in enumerate(_entries(text), start=1):
        m = _AFI_PREFIX.match(line)
        try:
            areas.append(
                AreaForImprovement(
                    id=f"AFI{m.group(1) if m else n}", text=line[m.end() :].strip() if m else line
                )
            )
        except ValidationError:
            raise FormError(
                {
                    "areas": f"Areas for improvement: line {n} is too short; paste the whole area for improvement, or remove the line."
                }
            ) from None
    return areas


def _entries(text: str) -> list[str]:
    text = (text or "").strip()
    if not text:
        return []
    parts = re.split(r"\n\s*\n", text) if "\n\n" in text else text.split("\n")
    return [re.sub(r"\s+", " ", p).strip(" -•*") for p in parts if p.strip(" -•*")]


def inspection_from_form(
    title: str,
    inspection_type: str,
    published: str,
    force_inspected: bool,
    recommendations: str = "",
    areas: str = "",
    chief_constable_comments: str = "",
    inspectorate: str = "HMICFRS",
    action_plan_notes: list[str] | None = None,
    force_name: str = "",
    assign: dict[str, str] | None = None,
) -> Inspection:
    """An inspection typed or pasted into the web form; errors name the field and the problem."""
    problems: dict[str, str] = {}
    recs: list[Recommendation] = []
    found_areas: list[AreaForImprovement] = []
    try:
        recs = parse_recommendations(recommendations, force_name)
    except FormError as exc:
        problems.update(exc.problems)
    try:
        found_areas = parse_areas(areas)
    except FormError as exc:
        problems.update(exc.problems)
    inspectorates = [i.strip() for i in (inspectorate or "HMICFRS").split(",") if i.strip()]
    try:
        inspection = Inspection(
            title=(title or "").strip(),
            inspectorate=inspectorates[0] if len(inspectorates) == 1 else inspectorates,
            type=inspection_type,
            published=(published or "").strip(),
            force_inspected=bool(force_inspected),
            recommendations=recs,
            areas_for_improvement=found_areas,
            chief_constable_comments=chief_constable_comments or "",
            action_plan_notes=action_plan_notes or [],
            assign=assign or {},
        )
    except ValidationError as exc:
        problems = {**form_problems(exc), **problems}
    if problems:
        raise FormError(problems)
    return inspection


def form_problems(exc: ValidationError) -> dict[str, str]:
    """Each of the form's fields that is wrong, with what to do, in words a person uses: never the
    validator's own ("String should have at least 5 characters")."""
    problems: dict[str, str] = {}
    for error in exc.errors(include_url=False):
        loc = [str(p) for p in error["loc"]]
        field = {
            "type": "inspection_type",
            "inspectorate": "inspectorate",
            "areas_for_improvement": "areas",
        }.get(loc[0], loc[0])
        label = FORM_LABELS.get(field, field.replace("_", " ").capitalize())
        if field == "title":
            text = "type the report's full title, as on its cover."
        elif field == "published":
            said = str(error.get("msg", "")).removeprefix("Value error, ")
            text = (
                said[0].lower() + said[1:] + "."
                if error["type"] == "value_error"
                else f"type the date the report was published; {_DATE_HINT}."
            )
        elif field == "inspection_type":
            text = "choose the kind of report from the list."
        elif field in ("recommendations", "areas") and len(loc) > 1 and loc[1].isdigit():
            what = "recommendation" if field == "recommendations" else "area for improvement"
            text = f"line {int(loc[1]) + 1} is too short to be a {what}; paste its whole text, or remove the line."
        else:
            text = str(error.get("msg", "")).removeprefix("Value error, ") + "."
        problems.setdefault(field, f"{label}: {text}")
    return problems


def form_fields(inspection: Inspection) -> dict:
    """The web form's fields for an inspection (the inverse of ``inspection_from_form``)."""
    return {
        "title": inspection.title,
        "inspectorate": ", ".join(inspection.inspectorates),
        "inspection_type": inspection.type,
        "published": inspection.published.isoformat(),
        "force_inspected": inspection.force_inspected,
        "recommendations": "\n".join(
            f"{r.id}. {r.text} [{', '.join(r.addressees)}]" for r in inspection.recommendations
        ),
        "areas": "\n".join(f"{a.id}: {a.text}" for a in inspection.areas_for_improvement),
        "chief_constable_comments": inspection.chief_constable_comments,
        "action_plan_notes": list(inspection.action_plan_notes),
    }


def dump_inspection(inspection: Inspection, notes: list[str] | None = None) -> str:
    """The inspection as the YAML file ``load_inspection`` reads, with ``notes`` (what a person checked
    or should check) as comments at the top. Only the fields that are set are written."""
    data = inspection.model_dump(mode="json", exclude_defaults=True)
    data["type"] = inspection.type  # always written, even where it is the default
    for rec in data.get("recommendations", []):
        if isinstance(rec.get("addressee"), list) and len(rec["addressee"]) == 1:
            rec["addressee"] = rec["addressee"][0]
    head = "".join(f"# {line}\n" for note in notes or [] for line in note.splitlines())
    return head + yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=100)
