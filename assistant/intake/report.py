"""One report file in, one reviewed-inspection draft out: every field with where it was found and how,
and a list of what a person must check. Nothing is filled in silently: a field the reader could not
find is empty and says so, and an uncertain one is marked."""

from __future__ import annotations

import time
from datetime import date
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, Field

from assistant.drafting.inspection import Inspection, Recommendation
from assistant.intake.addressees import addressees, deadline
from assistant.intake.asks import Ask, find_asks
from assistant.intake.facts import (
    forces_of,
    grades_of,
    inspectorates_of,
    published_of,
    report_type,
    title_of,
    totals_of,
)
from assistant.intake.paras import Para, ReportError

ReportType = Literal[
    "force-specific", "national thematic", "PEEL", "joint", "spotlight", "super-complaint", "revisit",
    "state of policing", "custody",
]  # fmt: skip
# The inspection types a response is drafted for (records.InspectionType) that each report kind takes.
DRAFT_TYPE = {"state of policing": "annual assessment", "custody": "joint"}
# The addressees a drafted response knows; each named national body is "national".
DRAFT_ADDRESSEE = {"chief constables": "chief constables", "force": "force", "PCCs": "PCCs"}
FORMATS = {".pdf": "PDF", ".html": "HTML", ".htm": "HTML", ".xhtml": "HTML", ".docx": "Word"}


class Found(BaseModel):
    """Where a field came from and how sure the reader is. ``sure`` False: a person should check it."""

    where: str = ""
    how: str = ""
    sure: bool = True


class IntakeAsk(BaseModel):
    id: str
    text: str
    deadline: date | str | None = None
    addressees: list[str] = Field(default_factory=list)
    cause_of_concern: str | None = None
    found: Found = Field(default_factory=Found)


class Grade(BaseModel):
    area: str
    grade: str
    found: Found = Field(default_factory=Found)


class ReportIntake(BaseModel):
    file: str
    format: str
    title: str = ""
    published: date | None = None
    inspectorates: list[str] = Field(default_factory=list)
    type: ReportType = "national thematic"
    forces_visited: list[str] = Field(default_factory=list)
    force_inspected: bool | None = None
    totals: dict[str, int | None] = Field(default_factory=dict)
    recommendations: list[IntakeAsk] = Field(default_factory=list)
    causes_of_concern: list[IntakeAsk] = Field(default_factory=list)
    areas_for_improvement: list[IntakeAsk] = Field(default_factory=list)
    graded_judgments: list[Grade] = Field(default_factory=list)
    found: dict[str, Found] = Field(default_factory=dict)  # title, published, type, forces_visited, totals
    checks: list[str] = Field(default_factory=list)  # what a person must look at, in plain words
    seconds: float = 0.0

    def to_inspection(self, chief_constable_comments: str = "") -> Inspection:
        """The inspection a response is drafted for, from this reading (after a person's review)."""
        if not self.title or self.published is None:
            missing = " and ".join(
                n for n, v in (("title", self.title), ("publication date", self.published)) if not v
            )
            raise ReportError(f"the report's {missing} could not be read; type it in before drafting")
        recs = [
            Recommendation(
                id=r.id,
                text=r.text,
                addressee=list(dict.fromkeys(DRAFT_ADDRESSEE.get(a, "national") for a in r.addressees))
                or ["national"],
            )
            for r in self.recommendations
        ]
        stated = self.totals.get("recommendations")
        return Inspection(
            title=self.title,
            inspectorate=self.inspectorates[0] if len(self.inspectorates) == 1 else self.inspectorates,
            type=DRAFT_TYPE.get(self.type, self.type),
            published=self.published,
            force_inspected=bool(self.force_inspected),
            recommendations=recs,
            areas_for_improvement=[
                {"id": f"AFI{a.id}" if a.id.isdigit() else a.id, "text": a.text}
                for a in self.areas_for_improvement
            ],
            total_recommendations=stated if stated and stated > len(recs) else None,
            chief_constable_comments=chief_constable_comments,
        )


def form_fields(reading: ReportIntake) -> dict:
    """The web form's fields from a reading, as a person would type them (the inverse of the form's
    own parsing): a UK date, each recommendation as 'id. text [for]', each area as 'id: text'."""
    recs = []
    for r in reading.recommendations:
        who = list(dict.fromkeys(DRAFT_ADDRESSEE.get(a, "national") for a in r.addressees))
        recs.append(f"{r.id}. {r.text}" + (f" [{', '.join(who)}]" if who else ""))
    return {
        "title": reading.title,
        "inspectorate": ", ".join(reading.inspectorates),
        "inspection_type": DRAFT_TYPE.get(reading.type, reading.type),
        "published": f"{reading.published.day} {reading.published:%B %Y}" if reading.published else "",
        "force_inspected": bool(reading.force_inspected),
        "recommendations": "\n".join(recs),
        "areas": "\n".join(
            f"AFI {a.id}: {a.text}" if a.id.isdigit() else f"{a.id}: {a.text}"
            for a in reading.areas_for_improvement
        ),
        "chief_constable_comments": "",
        "action_plan_notes": [],
    }


def read_paras(path: Path, data: bytes) -> tuple[list[Para], dict[str, str], str]:
    """The file's paragraphs in reading order, what it declares about itself, and its format's name."""
    suffix = path.suffix.lower()
    fmt = FORMATS.get(suffix)
    if fmt is None:
        raise ReportError(
            f"{path.name}: a report must be a PDF, a saved web page (.html) or a Word file (.docx), not “{suffix or 'no extension'}”"
        )
    try:
        if fmt == "PDF":
            from assistant.intake.pdf import read_pdf

            return read_pdf(data), {}, fmt
        if fmt == "HTML":
            from assistant.intake.html import read_html

            paras, declared = read_html(data)
            return paras, declared, fmt
        from assistant.intake.word import read_docx

        paras, declared = read_docx(data)
        return paras, declared, fmt
    except ReportError as exc:
        raise ReportError(f"{path.name}: {exc}") from None


def read_report(
    path: Path, force: str = "", data: bytes | None = None, chat=None, model_name: str = "the language model"
) -> ReportIntake:
    """Read a report file (PDF, HTML, DOCX). ``force`` is the office's force ("Fenmoor Police"). With
    ``chat`` (a langchain chat model), what the reader could not find is asked of it (``model_fill``)."""
    started = time.perf_counter()
    path = Path(path)
    if data is None:
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise ReportError(
                f"{path.name}: cannot read the file ({exc.strerror or type(exc).__name__})"
            ) from exc
    paras, declared, fmt = read_paras(path, data)
    out = ReportIntake(file=path.name, format=fmt)
    checks: list[str] = []

    out.title, at = title_of(paras, declared)
    out.found["title"] = Found(
        where=at.where if at else "the file's properties",
        how="first heading" if at else "declared title",
        sure=at is not None,
    )
    if not out.title:
        checks.append("Title: not found. Type the report's title.")

    out.published, at, how = published_of(paras, declared)
    out.found["published"] = Found(
        where=at.where if at else "", how=how, sure=bool(how) and "not labelled" not in how
    )
    if out.published is None:
        checks.append(
            "Publication date: not found. Type it (for example 20/11/2026); the due date depends on it."
        )
    elif "not labelled" in how:
        checks.append(
            f"Publication date: {out.published:%-d %B %Y} is the date on the cover, not labelled as published. Check it."
        )

    out.inspectorates = inspectorates_of(paras, out.title)
    forces, at = forces_of(paras, out.title, force)
    out.forces_visited = forces
    out.found["forces_visited"] = Found(
        where=at.where if at else "",
        how="the sentence naming the forces" if at else "the title" if forces else "",
        sure=bool(forces),
    )
    out.type, why = report_type(out.title, paras, out.inspectorates, forces, force)
    out.found["type"] = Found(how=why, sure=not why.startswith("several"))
    if why.startswith("several"):
        checks.append("Type: taken as a national thematic because no other kind is named. Check it.")
    if force:
        out.force_inspected = any(force.lower() == f.lower() for f in forces) or (
            out.type in ("PEEL", "force-specific", "custody", "revisit")
            and force.split()[0].lower() in out.title.lower()
        )
        if not forces:
            out.force_inspected = out.force_inspected or None
            if out.force_inspected is None:
                checks.append(f"Forces visited: the report names none. Say whether {force} was inspected.")

    asks = find_asks(paras)
    for ask in asks:
        item = _item(ask, force)
        {
            "recommendation": out.recommendations,
            "concern": out.causes_of_concern,
            "area": out.areas_for_improvement,
        }[ask.kind].append(item)
        label = {
            "recommendation": "Recommendation",
            "concern": "Cause of concern",
            "area": "Area for improvement",
        }[ask.kind]
        if not item.found.sure:
            checks.append(
                f"{label} {item.id}: {'; '.join(ask.notes) or 'how it was read is uncertain'}. Check it."
            )
        if ask.kind == "recommendation" and not item.addressees:
            checks.append(f"Recommendation {item.id}: who it is for could not be read. Choose the addressee.")
        if ask.kind == "recommendation" and "check" in item.found.how:
            checks.append(
                f"Recommendation {item.id}: who it is for was read from part of the sentence. Check it."
            )

    for area, grade, para in grades_of(paras):
        out.graded_judgments.append(
            Grade(area=area, grade=grade, found=Found(where=para.where, how="“Grade:” line"))
        )

    stated = totals_of(paras)
    counts = {
        "recommendations": len(out.recommendations),
        "areas_for_improvement": len(out.areas_for_improvement),
        "causes_of_concern": len(out.causes_of_concern),
    }
    for key, label in (
        ("recommendations", "recommendations"),
        ("areas_for_improvement", "areas for improvement"),
        ("causes_of_concern", "causes of concern"),
    ):
        if key in stated:
            n, para = stated[key]
            out.totals[key] = n
            if n != counts[key]:
                checks.append(
                    f"Totals: the report says {n} {label} ({para.where}); {counts[key]} were found. "
                    "Check the list (parts such as 2a and 2b may be counted once)."
                )
        else:
            out.totals[key] = None
    if not out.recommendations and not out.areas_for_improvement and not stated:
        checks.append(
            "No recommendations or areas for improvement were found. Check the report, and add them by hand."
        )
    out.checks = checks
    if chat is not None:
        from assistant.intake.model_fill import fill_gaps

        fill_gaps(out, paras, chat, model_name)
    out.seconds = round(time.perf_counter() - started, 3)
    return out


def _owners(cell: str, force: str) -> tuple[list[str], bool]:
    """The bodies an owner cell names: 'Chief constables, with the NCA'; 'Home Office; College of Policing'.
    A named owner that is none of the known bodies ('Youth offending team managers') is 'other', to check."""
    bodies, whole = addressees(f"{cell} should act.", force)
    return (bodies, whole) if bodies else (["other"], False)


def _item(ask: Ask, force: str) -> IntakeAsk:
    item = IntakeAsk(
        id=ask.id,
        text=ask.text,
        cause_of_concern=ask.concern,
        found=Found(where=ask.where, how=ask.how, sure=ask.sure),
    )
    if ask.kind == "recommendation":
        item.deadline = deadline(ask.text) or (deadline(ask.due) if ask.due else None)
        item.addressees, whole = addressees(ask.text, force)
        if (
            not item.addressees and ask.owner
        ):  # "Establish a single point of contact ...": the owner column says
            item.addressees, whole = _owners(ask.owner, force)
            item.found.how += f"; addressee from the table's “{ask.owner}”"
        if item.addressees and not whole:
            item.found.how += "; addressee read from part of the sentence (check)"
    return item
