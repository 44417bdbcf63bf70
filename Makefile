# The two commands in the README: `make run` and `make test`.
SAMPLE := corpus/responses corpus/action-plans corpus/reference
export GRADIO_ANALYTICS_ENABLED := False
export ANONYMIZED_TELEMETRY := False
# The sample office (fictional): read after your own .env, so a value set there wins.
export PCC_DEFAULTS_FILE ?= $(CURDIR)/corpus/sample-office.env

.PHONY: run test setup setup-dev lint corpus

run: setup
	@echo "==> Loading the sample corpus into ./data (the first time every passage is embedded: a few"
	@echo "    minutes on 2 cores; later runs skip unchanged files)"
	.venv/bin/pcc-assistant ingest $(SAMPLE)
	@echo "==> Starting the web app on http://127.0.0.1:7860 (Ctrl+C stops it)"
	.venv/bin/pcc-assistant serve

test: setup-dev
	@echo "==> Running the tests (several minutes: real stores, servers, a small model and a browser)"
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
