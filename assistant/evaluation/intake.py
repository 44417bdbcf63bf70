"""`pcc-assistant eval --intake`: the report reader scored field by field against report files whose
answers were written by someone who had not seen the reader (tests/intake/reports/*/expected.yaml).

Recommendations, areas for improvement and causes of concern are matched by id (as printed, spaces and
brackets aside); precision counts what was found that the answer does not have, recall what the answer
has that was not found. Text is exact with whitespace aside. Two baselines say what the figures are
worth: "empty" (a reader that finds nothing) and "every-should" (each sentence with "should" in it is a
recommendation, numbered in order: what a naive reader gets)."""

from __future__ import annotations

import re
import time
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import yaml

from assistant.intake.report import IntakeAsk, ReportIntake, read_paras, read_report

FIELDS = (
    "title",
    "published",
    "type",
    "inspectorates",
    "forces_visited",
    "fenmoor_inspected",
    "totals",
    "grades",
)


def id_key(raw) -> str:
    return re.sub(r"[\s().]", "", str(raw)).lower()


def text_key(text: str) -> str:
    return re.sub(r"\s+", " ", str(text or "")).strip()


@dataclass
class AskScore:
    expected: int = 0
    found: int = 0
    matched: int = 0
    text_exact: int = 0
    addressee_right: int = 0
    deadline_right: int = 0
    concern_right: int = 0
    where_right: int = 0
    misses: list[str] = field(default_factory=list)
    extras: list[str] = field(default_factory=list)
    wrong: list[str] = field(default_factory=list)

    def add(self, other: AskScore) -> None:
        for name in (
            "expected",
            "found",
            "matched",
            "text_exact",
            "addressee_right",
            "deadline_right",
            "concern_right",
            "where_right",
        ):
            setattr(self, name, getattr(self, name) + getattr(other, name))

    @property
    def recall(self) -> float:
        return self.matched / self.expected if self.expected else 1.0

    @property
    def precision(self) -> float | None:
        return self.matched / self.found if self.found else None


@dataclass
class FileScore:
    name: str
    fields: dict[str, bool]
    recommendations: AskScore
    areas: AskScore
    concerns: AskScore
    seconds: float
    checks: int
    problems: list[str] = field(default_factory=list)


def _deadline_key(value) -> str:
    if isinstance(value, date):
        return value.isoformat()
    return str(value or "").strip().lower()


def score_asks(expected: list[dict], found: list[IntakeAsk], kind: str, recommendations: bool) -> AskScore:
    score = AskScore(expected=len(expected), found=len(found))
    by_id = {}
    for item in found:
        by_id.setdefault(id_key(item.id), item)
    wanted = {id_key(e["id"]) for e in expected}
    for e in expected:
        got = by_id.get(id_key(e["id"]))
        if got is None:
            score.misses.append(f"{kind} {e['id']}")
            continue
        score.matched += 1
        if text_key(got.text) == text_key(e["text"]):
            score.text_exact += 1
        else:
            score.wrong.append(f"{kind} {e['id']} text: {text_key(got.text)[:90]!r}")
        if not recommendations:
            continue
        if sorted(got.addressees) == sorted(e.get("addressees") or []):
            score.addressee_right += 1
        else:
            score.wrong.append(f"{kind} {e['id']} addressees {got.addressees} (answer {e.get('addressees')})")
        if _deadline_key(got.deadline) == _deadline_key(e.get("deadline")):
            score.deadline_right += 1
        else:
            score.wrong.append(f"{kind} {e['id']} deadline {got.deadline!r} (answer {e.get('deadline')!r})")
        if id_key(got.cause_of_concern or "") == id_key(e.get("cause_of_concern") or ""):
            score.concern_right += 1
        else:
            score.wrong.append(
                f"{kind} {e['id']} cause of concern {got.cause_of_concern!r} (answer {e.get('cause_of_concern')!r})"
            )
        if (got.found.where or "").lower() == str(e.get("where") or "").lower():
            score.where_right += 1
        else:
            score.wrong.append(f"{kind} {e['id']} where {got.found.where!r} (answer {e.get('where')!r})")
    # anything not the answer's: an id it does not have, or a second ask under an id it has
    score.extras = [
        f"{kind} {f.id}" for f in found if id_key(f.id) not in wanted or by_id[id_key(f.id)] is not f
    ]
    return score


def score_file(folder: Path, reading: ReportIntake) -> FileScore:
    exp = yaml.safe_load((folder / "expected.yaml").read_text(encoding="utf-8"))
    totals = exp.get("totals") or {}
    fields = {
        "title": text_key(reading.title).lower() == text_key(exp["title"]).lower(),
        "published": reading.published == exp["published"],
        "type": reading.type == exp["type"],
        "inspectorates": sorted(reading.inspectorates) == sorted(exp.get("inspectorates") or []),
        "forces_visited": [f.lower() for f in reading.forces_visited]
        == [f.lower() for f in exp.get("forces_visited") or []],
        "fenmoor_inspected": bool(reading.force_inspected) == bool(exp.get("fenmoor_inspected")),
        "totals": all(
            reading.totals.get(k) == totals.get(k)
            for k in ("recommendations", "areas_for_improvement", "causes_of_concern")
        ),
        "grades": sorted((g.area.lower(), g.grade) for g in reading.graded_judgments)
        == sorted((g["area"].lower(), g["grade"]) for g in exp.get("graded_judgments") or []),
    }
    problems = [f"{name}: {_shown(reading, name)}" for name, ok in fields.items() if not ok]
    recs = score_asks(exp.get("recommendations") or [], reading.recommendations, "rec", True)
    areas = score_asks(exp.get("areas_for_improvement") or [], reading.areas_for_improvement, "AFI", False)
    concerns = score_asks(exp.get("causes_of_concern") or [], reading.causes_of_concern, "CoC", False)
    for s in (recs, areas, concerns):
        problems += [f"missed {m}" for m in s.misses] + [f"extra {x}" for x in s.extras] + s.wrong
    return FileScore(
        folder.name, fields, recs, areas, concerns, reading.seconds, len(reading.checks), problems
    )


def _shown(reading: ReportIntake, name: str) -> str:
    value = {
        "fenmoor_inspected": reading.force_inspected,
        "grades": [(g.area, g.grade) for g in reading.graded_judgments],
    }.get(name, getattr(reading, name, None))
    return repr(value)[:160]


def every_should(path: Path) -> ReportIntake:
    """The naive baseline: every sentence with 'should' in it is a recommendation, numbered in order."""
    paras, _, fmt = read_paras(path, path.read_bytes())
    sentences = [s for p in paras for s in re.split(r"(?<=[.!?])\s+", p.text) if re.search(r"\bshould\b", s)]
    recs = [IntakeAsk(id=str(n), text=s) for n, s in enumerate(sentences, start=1)]
    return ReportIntake(file=path.name, format=fmt, recommendations=recs)


def report_file(folder: Path) -> Path:
    return next(p for p in sorted(folder.iterdir()) if p.stem == "report")


def run(root: Path, force: str, system: str = "reader") -> list[FileScore]:
    scores = []
    for folder in sorted(p for p in root.iterdir() if p.is_dir() and (p / "expected.yaml").exists()):
        path = report_file(folder)
        started = time.perf_counter()
        if system == "reader":
            reading = read_report(path, force)
        elif system == "every-should":
            reading = every_should(path)
        else:
            reading = ReportIntake(file=path.name, format="")
        reading.seconds = round(time.perf_counter() - started, 3)
        scores.append(score_file(folder, reading))
    return scores


def summary(scores: list[FileScore]) -> dict:
    recs, areas, concerns = AskScore(), AskScore(), AskScore()
    for s in scores:
        recs.add(s.recommendations)
        areas.add(s.areas)
        concerns.add(s.concerns)
    n = len(scores)

    def share(a: int, b: int) -> float | None:
        return round(a / b, 3) if b else None  # nothing to judge: not a perfect score

    return {
        "files": n,
        "recommendations": {
            "recall": round(recs.recall, 3),
            "precision": share(recs.matched, recs.found),
            "text exact": share(recs.text_exact, recs.matched),
            "addressee right": share(recs.addressee_right, recs.matched),
            "deadline right": share(recs.deadline_right, recs.matched),
            "cause of concern right": share(recs.concern_right, recs.matched),
            "where right": share(recs.where_right, recs.matched),
        },
        "areas for improvement": {
            "recall": round(areas.recall, 3),
            "precision": share(areas.matched, areas.found),
            "text exact": share(areas.text_exact, areas.matched),
        },
        "causes of concern": {
            "recall": round(concerns.recall, 3),
            "precision": share(concerns.matched, concerns.found),
            "text exact": share(concerns.text_exact, concerns.matched),
        },
        "fields right (files)": {name: sum(s.fields[name] for s in scores) for name in FIELDS},
        "seconds (max)": max((s.seconds for s in scores), default=0.0),
    }
