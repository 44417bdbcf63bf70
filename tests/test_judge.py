"""The judged evaluation (``pcc-assistant eval --judge``): a chat model scores each letter against a
rubric, the engine's and the baselines' alike. Its answers are read tolerantly; a judge that fails
scores nothing and is counted; with a stand-in judge that checks words, the plumbing ranks a letter
that says the key points above the skeleton that says none; against the real llama.cpp server the
command runs end to end as a process."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from langchain_core.messages import AIMessageChunk

from assistant.components.chat import ChatModel
from assistant.evaluation.cases import KeyPoint, load_cases
from assistant.evaluation.judge import Judge, points_judged, rubric_score
from tests.conftest import copy_library
from tests.servers import LlamaServer

ROOT = Path(__file__).resolve().parents[1]
CASES = ROOT / "tests" / "eval" / "cases"
CLI = str(Path(os.environ.get("VIRTUAL_ENV", ROOT / ".venv")) / "bin" / "pcc-assistant")


@pytest.mark.parametrize(
    ("answer", "score"),
    [
        ({"score": 4}, 4),
        ({"score": "5"}, 5),
        ({"score": 9}, None),  # off the scale
        ({"reasoning": "fine"}, None),
        ("After reading the letter I give it Score: 3 out of 5.", 3),
        ("The letter is good.", None),
    ],
)
def test_the_rubric_score_is_read_from_json_or_from_the_text(answer, score):
    assert rubric_score(answer) == score


def test_verdicts_on_key_points_count_only_the_cases_points():
    points = [KeyPoint(id=i, claim="c", about=["x"]) for i in ("p1", "p2", "p3")]
    answer = {"points": {"p1": "yes", "p2": "No", "p3": True, "p9": "yes"}}
    assert points_judged(answer, points) == {"p1": True, "p2": False, "p3": True}
    assert points_judged({"score": 4}, points) == {} and points_judged("yes", points) == {}


class WordJudge:
    """Stands in for a judging model: a key point is stated when most of its claim's longer words are in
    the letter; faithfulness 5 unless the letter has a figure the sources lack. Counts its calls."""

    def __init__(self, fail: bool = False):
        self.fail = fail
        self.calls = 0

    def stream(self, messages):
        self.calls += 1
        if self.fail:
            raise ValueError("the judge's endpoint refused the request")
        human = messages[1].content
        letter = human.split("<letter>", 1)[1].split("</letter>", 1)[0].lower()
        if "<key_points>" in human:
            block = human.split("<key_points>", 1)[1].split("</key_points>", 1)[0]
            verdicts = {}
            for line in block.strip().splitlines():
                pid, _, claim = line.partition(": ")
                words = [w for w in re.findall(r"[a-z]{6,}", claim.lower())]
                verdicts[pid] = (
                    "yes" if words and sum(w in letter for w in words) / len(words) >= 0.6 else "no"
                )
            answer = {"points": verdicts, "score": 3}
        else:
            sources = human.split("<sources>", 1)[1].split("</sources>", 1)[0]
            extra = [n for n in re.findall(r"\d[\d,.]*\d|\d", letter) if n not in sources]
            answer = {"unsupported": extra[:3], "score": 5 if not extra else 3}
        yield AIMessageChunk(content=json.dumps(answer))
        yield AIMessageChunk(content="", response_metadata={"finish_reason": "stop"})


@pytest.fixture(scope="module")
def two_cases(tmp_path_factory):
    folder = tmp_path_factory.mktemp("cases")
    for case in load_cases(CASES)[:2]:
        shutil.copytree(case.folder, folder / case.name)
    return folder


def test_the_judge_scores_every_letter_and_the_skeleton_lowest(tmp_path, sample_data, embeddings, two_cases):
    from assistant.evaluation.drafts import evaluate_drafts

    a = copy_library(sample_data, tmp_path / "data", embeddings)
    judge = Judge(ChatModel(WordJudge(), "word-judge", "test"))
    result = evaluate_drafts(a, two_cases, "composer", meaning=False, judge=judge)
    summary = result.summary()
    assert result.judge.startswith("word-judge (judge_key_points@1")
    for system in ("composer", "input-copy", "skeleton", "reference"):
        assert summary[system]["judge_unscored"] == 0, system
    assert summary["skeleton"]["judge_key_points"] < summary["composer"]["judge_key_points"]
    assert summary["skeleton"]["judge_key_points"] < summary["reference"]["judge_key_points"]
    assert judge.chat.chat.calls == 2 * 4 * 2  # two criteria, four letters, two cases
    a.close()


def test_a_judge_that_fails_scores_nothing_and_is_counted_and_the_rest_stands(
    tmp_path, sample_data, embeddings, two_cases
):
    from assistant.evaluation.drafts import evaluate_drafts

    a = copy_library(sample_data, tmp_path / "data", embeddings)
    judge = Judge(ChatModel(WordJudge(fail=True), "broken", "test", max_retries=0))
    result = evaluate_drafts(a, two_cases, "composer", meaning=False, judge=judge, limit=1)
    summary = result.summary()
    assert summary["composer"]["judge_unscored"] == 1 and summary["composer"]["judge_key_points"] is None
    assert summary["composer"]["key_points"] > 0  # the claim-based scorer is unaffected
    judged = result.cases[0].result("composer").judged
    assert "refused the request" in judged.error
    a.close()


def test_a_long_letter_is_cut_to_fit_the_model_and_says_so():
    chat = WordJudge()
    judge = Judge(ChatModel(chat, "small", "test"), max_chars=1000)
    points = [KeyPoint(id="p1", claim="The force appointed a custody lead.", about=["lead"])]
    score = judge.score(
        "The force appointed a custody lead. " * 100, "t", points, ["Custody lead appointed."]
    )
    assert score.truncated and score.key_points == 1.0


@pytest.fixture(scope="module")
def llama():
    server = LlamaServer().start()
    yield server
    server.stop()


def test_eval_judge_runs_as_a_process_against_a_real_model(llama, tmp_path, sample_data, two_cases):
    """`pcc-assistant eval --judge` with the small packaged model: the command finishes, names its judge,
    and every letter is either scored or counted as not scored; what the small model's scores are worth
    is in the README, not asserted here."""
    shutil.copytree(sample_data, tmp_path / "data")
    out = tmp_path / "judged.json"
    env = {
        **os.environ,
        "PCC_DATA_DIR": str(tmp_path / "data"),
        "PCC_DEFAULTS_FILE": str(ROOT / "corpus" / "sample-office.env"),
        "PCC_LLM__BASE_URL": llama.base_url,
        "PCC_LLM__MODEL": "smollm",
        "PCC_LLM__MAX_TOKENS": "200",
        "PCC_LLM__TEMPERATURE": "0",
        "PCC_LLM__JUDGE_MAX_CHARS": "3000",
        "ANONYMIZED_TELEMETRY": "False",
    }
    done = subprocess.run(
        [
            CLI,
            "eval",
            "--cases",
            str(two_cases),
            "--limit",
            "1",
            "--judge",
            "--no-retrieval",
            "--json",
            str(out),
        ],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "Judged by smollm" in done.stdout and "Retrieval" not in done.stdout
    data = json.loads(out.read_text())
    assert data["judge"].startswith("smollm (") and "retrieval" not in data
    for system in ("composer", "input-copy", "skeleton", "reference"):
        judged = data["cases"][0]["results"]
        (mine,) = [r["judged"] for r in judged if r["system"] == system]
        assert mine["truncated"] is True
        scored = mine["key_points"] is not None and mine["faithfulness"] is not None
        assert scored or data["summary"][system]["judge_unscored"] == 1
