"""How the model's answers are read, on 47 answers written blind by a helper who never saw the readers
(``tests/model_answers/``): answers as GPT-4o-mini, Llama, Mistral, Qwen, Phi and small local models
give them, fenced, chatty, cut short, with comments and trailing commas, in prose, with their own key
names, each with what a careful person reads in it. First run, before any reader was changed: 23 of 47
(sections 11/19, whole-letter edits 6/11, key-point verdicts 4/9, faithfulness 2/8)."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from assistant.drafting.llm import LLMEngine
from assistant.drafting.one_voice import parse_edits
from assistant.drafting.structured import answered_decision, json_in, parse_section
from assistant.evaluation.cases import KeyPoint
from assistant.evaluation.judge import points_judged, rubric_score, unsupported_in

ANSWERS = yaml.safe_load(
    (Path(__file__).parent / "model_answers" / "answers.yaml").read_text(encoding="utf-8")
)


def _judge_read(text: str):
    found = json_in(text)
    return found if found is not None else text


@pytest.mark.parametrize("item", [i for i in ANSWERS if i["kind"] == "section"], ids=lambda i: i["id"])
def test_a_section_answer_is_read_as_a_careful_person_reads_it(item):
    known, text, expected = set(item["known_sources"]), item["answer"], item["expected"]
    read = parse_section(text, known)
    assert (read is None) == bool(expected.get("not_json")), "read as JSON or not"
    if read is None:
        read = [s for p in LLMEngine.to_paragraphs(text, known) for s in p.sentences]
    assert [{"text": s.text, "sources": s.citations} for s in read] == [
        {"text": s["text"], "sources": s.get("sources", [])} for s in expected["sentences"]
    ]
    assert answered_decision(text) == expected.get("decision")


@pytest.mark.parametrize("item", [i for i in ANSWERS if i["kind"] == "one_voice"], ids=lambda i: i["id"])
def test_whole_letter_edits_are_read_and_a_removal_only_when_the_answer_says_so(item):
    read = [{"id": e.id, "text": e.text} for e in parse_edits(item["answer"])]
    assert read == [
        {"id": str(e["id"]), "text": e.get("text") or ""} for e in item["expected"].get("edits", [])
    ]


@pytest.mark.parametrize(
    "item", [i for i in ANSWERS if i["kind"] == "judge_key_points"], ids=lambda i: i["id"]
)
def test_a_judges_verdicts_on_key_points_are_read(item):
    points = [KeyPoint(id=i, claim="c", about=["x"]) for i in item["key_point_ids"]]
    text = item["answer"]
    answer = _judge_read(text)
    assert points_judged(answer, points, text) == item["expected"].get("points", {})
    assert rubric_score(answer, text) == item["expected"].get("score")


@pytest.mark.parametrize(
    "item", [i for i in ANSWERS if i["kind"] == "judge_faithfulness"], ids=lambda i: i["id"]
)
def test_a_judges_unsupported_statements_and_score_are_read(item):
    text = item["answer"]
    answer = _judge_read(text)
    assert unsupported_in(answer, text) == item["expected"].get("unsupported", [])
    assert rubric_score(answer, text) == item["expected"].get("score")
