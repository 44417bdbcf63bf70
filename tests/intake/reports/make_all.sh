#!/bin/sh
# Regenerate every fixture (report file + expected.yaml) and run the self-check.
# PDF fixtures need reportlab; DOCX fixtures need python-docx; HTML fixtures need only the stdlib.
# One interpreter with reportlab, python-docx, pyyaml and pypdf runs everything:
#   python3 -m venv /tmp/intake-venv && /tmp/intake-venv/bin/pip install reportlab==5.0.1 python-docx pyyaml pypdf
set -e
cd "$(dirname "$0")"
PY=${PY:-/tmp/intake-venv/bin/python}
export PYTHONDONTWRITEBYTECODE=1
for d in [0-9][0-9]-*/; do
  echo "== $d"
  "$PY" "$d/make_report.py"
done
"$PY" verify_fixtures.py
