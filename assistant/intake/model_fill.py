"""With a language model configured, what the reader could not find is asked of the model, and only
that: the title, the publication date, a recommendation's addressee. Every answer is checked against
the report's own words before it is kept (the title and date must be printed in it; an addressee must
be one of the known bodies) and is marked as the model's, for a person to check. A model that fails or
answers nonsense changes nothing; the reading says so."""

from __future__ import annotations

import json
import re
from datetime import date

from pydantic import BaseModel, Field, ValidationError

from assistant.drafting.prompts import load_prompt
from assistant.ingest.metadata import dates_in
from assistant.intake.addressees import BODIES
from assistant.intake.paras import Para, clean

KNOWN_BODIES = list(dict.fromkeys(label for label, _ in BODIES))
REPORT_CHARS = 6000  # the cover and opening pages: where a title and date are


class ModelAnswer(BaseModel):
    title: str | None = None
    published: str | None = None
    addressees: dict[str, list[str]] = Field(default_factory=dict)


def wanted_fields(reading) -> list[str]:
    wanted = []
    if not reading.title:
        wanted.append("title")
    if reading.published is None:
        wanted.append("published")
    if any(not r.addressees for r in reading.recommendations):
        wanted.append("addressees")
    return wanted


def parse_answer(text: str) -> ModelAnswer | None:
    """The model's JSON, found even when it is wrapped in prose or a code fence; None if there is none."""
    for candidate in (text, *re.findall(r"\{.*\}", text or "", re.S)):
        try:
            return ModelAnswer.model_validate(json.loads(candidate))
        except (json.JSONDecodeError, ValidationError, TypeError):
            continue
    return None


def ask_model(chat, reading, paras: list[Para]) -> ModelAnswer | None:
    """One call with the fields wanted; the answer parsed tolerantly (JSON mode is not assumed)."""
    wanted = wanted_fields(reading)
    if not wanted:
        return None
    report = clean(" \n".join(p.text for p in paras if p.kind != "note"))[:REPORT_CHARS]
    recs = "\n".join(f"{r.id}: {r.text}" for r in reading.recommendations if not r.addressees)
    prompt = load_prompt("intake").format(
        bodies=", ".join(KNOWN_BODIES),
        wanted=", ".join(wanted),
        report=report,
        recommendations=recs or "(none)",
    )
    message = chat.invoke(prompt)
    return parse_answer(getattr(message, "content", str(message)))


def grounded(answer: ModelAnswer, reading, paras: list[Para]) -> dict:
    """What may be kept of an answer: a title printed in the report, a date printed in it, addressees
    from the known bodies for recommendations the reader could not place."""
    text = clean(" ".join(p.text for p in paras))
    lowered = text.lower()
    kept: dict = {}
    if (
        not reading.title
        and answer.title
        and len(answer.title) >= 5
        and clean(answer.title).lower() in lowered
    ):
        kept["title"] = clean(answer.title)
    if reading.published is None and answer.published:
        said = [d for d, has_day in dates_in(answer.published) if has_day]
        printed = {d for d, has_day in dates_in(text) if has_day}
        if said and said[0] in printed:
            kept["published"] = said[0]
    open_ids = {r.id for r in reading.recommendations if not r.addressees}
    for rec_id, bodies in answer.addressees.items():
        known = [b for b in bodies if b in KNOWN_BODIES]
        if str(rec_id) in open_ids and known:
            kept.setdefault("addressees", {})[str(rec_id)] = list(dict.fromkeys(known))
    return kept


def fill_gaps(reading, paras: list[Para], chat, model_name: str = "the language model") -> None:
    """Fill what the reader left empty from the model's grounded answers, in place; each filled field is
    marked as the model's and listed for checking. A failure is reported, never raised."""
    from assistant.intake.report import Found

    if not wanted_fields(reading):
        return
    try:
        answer = ask_model(chat, reading, paras)
    except Exception as exc:  # a model that is down or refuses must not lose the reading
        reading.checks.append(
            f"The language model could not be asked ({type(exc).__name__}); the gaps above stay."
        )
        return
    kept = grounded(answer, reading, paras) if answer else {}
    how = f"{model_name}, checked against the report's words"
    if "title" in kept:
        reading.title = kept["title"]
        reading.found["title"] = Found(how=how, sure=False)
        reading.checks = [c for c in reading.checks if not c.startswith("Title: not found")]
        reading.checks.append(f"Title: read by {model_name}. Check it.")
    if isinstance(kept.get("published"), date):
        reading.published = kept["published"]
        reading.found["published"] = Found(how=how, sure=False)
        reading.checks = [c for c in reading.checks if not c.startswith("Publication date: not found")]
        reading.checks.append(
            f"Publication date: {reading.published.day} {reading.published:%B %Y}, read by {model_name}. Check it."
        )
    for rec in reading.recommendations:
        bodies = kept.get("addressees", {}).get(rec.id)
        if bodies:
            rec.addressees = bodies
            rec.found.how += f"; addressee from {model_name} (check)"
            rec.found.sure = False
            reading.checks = [
                c
                for c in reading.checks
                if not c.startswith(f"Recommendation {rec.id}: who it is for could not be read")
            ]
            reading.checks.append(
                f"Recommendation {rec.id}: who it is for was read by {model_name}. Check it."
            )
    if answer is None:
        reading.checks.append(f"{model_name} was asked about the gaps but gave no answer that could be used.")
