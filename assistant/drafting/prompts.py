"""Prompt and wording files, each with an id and a version recorded with every draft.

They live in ``prompts/`` at the top of the repository and ship inside the package as
``assistant.prompts`` (mapped in pyproject.toml), so they are read as package data: the same call
finds them in a wheel, an editable install or a zip.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib.resources import files
from importlib.resources.abc import Traversable

import yaml

PROMPTS_PACKAGE = "assistant.prompts"
_FRONT = re.compile(r"\A---\s*\n(.*?)\n---\s*\n", re.S)


@dataclass(frozen=True)
class Prompt:
    id: str
    version: str
    text: str

    @property
    def tag(self) -> str:
        return f"{self.id}@{self.version}"

    def format(self, **values: str) -> str:
        return self.text.format(**values)

    @property
    def example_texts(self) -> tuple[str, ...]:
        """The sentences of the prompt's own example answer (``"text": "…"``): a small model may hand
        them back as its answer, and they are never the letter's."""
        return tuple(t for t in re.findall(r'"text":\s*"([^"]+)"', self.text))


def prompts_dir() -> Traversable:
    """Where the prompt files are: the ``assistant.prompts`` package's own files."""
    return files(PROMPTS_PACKAGE)


@cache
def load_prompt(name: str, directory: Traversable | None = None) -> Prompt:
    """A Markdown prompt with front matter (``id``, ``version``)."""
    directory = directory or prompts_dir()
    raw = (directory / f"{name}.md").read_text(encoding="utf-8")
    m = _FRONT.match(raw)
    if not m:
        raise ValueError(f"{directory / name}.md: missing front matter with id and version")
    front = yaml.safe_load(m.group(1))
    return Prompt(str(front["id"]), str(front["version"]), raw[m.end() :].strip())


@cache
def load_wording(name: str, directory: Traversable | None = None) -> dict:
    """A YAML wording file (``id``, ``version`` and the wording itself)."""
    directory = directory or prompts_dir()
    data = yaml.safe_load((directory / f"{name}.yaml").read_text(encoding="utf-8"))
    if "id" not in data or "version" not in data:
        raise ValueError(f"{directory / name}.yaml: missing id or version")
    return data


def tag(wording: dict) -> str:
    return f"{wording['id']}@{wording['version']}"


def wording_texts(wording: dict) -> list[str]:
    """Every fixed string in a wording file: its own figures (e.g. "section 55") are not inventions."""
    if isinstance(wording, dict):
        return [t for key, v in wording.items() if key not in ("id", "version") for t in wording_texts(v)]
    return [wording] if isinstance(wording, str) else []
