# The two commands in the README: `make run` and `make test`.
SAMPLE := corpus/responses corpus/action-plans corpus/reference
export GRADIO_ANALYTICS_ENABLED := False
export ANONYMIZED_TELEMETRY := False

.PHONY: run test setup setup-dev lint corpus

run: setup
	.venv/bin/pcc-assistant ingest $(SAMPLE)
	.venv/bin/pcc-assistant serve

test: setup-dev
	.venv/bin/python -m pytest

setup:
	./scripts/setup.sh

setup-dev:
	./scripts/setup.sh dev

lint:
	.venv/bin/ruff check . && .venv/bin/ruff format --check .

# Re-render corpus/responses and corpus/action-plans from corpus/source (needs the dev extra).
corpus:
	.venv/bin/python scripts/build_corpus.py
