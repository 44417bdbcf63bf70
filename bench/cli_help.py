"""How long ``pcc-assistant --help`` takes, in fresh processes (target: under 1 s).

    .venv/bin/python bench/cli_help.py [--runs 5]

Each run starts the installed console script in a new process (nothing is kept between runs but the
operating system's file cache, as for a person typing the command twice) and times it to exit. The
median is reported, with the modules the CLI imports at startup that it should not need for help.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time

from common import ROOT, save

TARGET_S = 1.0
HEAVY = ("chromadb", "gradio", "langchain_core", "onnxruntime", "numpy", "tokenizers", "bm25s")


def heavy_imports() -> list[str]:
    """Heavy libraries that importing ``assistant.cli`` loads (should be none)."""
    code = f"import sys, assistant.cli; print(' '.join(m for m in {HEAVY!r} if m in sys.modules))"
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd="/"
    ).stdout
    return out.split()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    script = ROOT / ".venv" / "bin" / "pcc-assistant"
    command = [str(script), "--help"]
    subprocess.run(command, capture_output=True, check=True)  # once, so the file cache is warm
    times = []
    for _ in range(args.runs):
        start = time.perf_counter()
        subprocess.run(command, capture_output=True, check=True, cwd="/")
        times.append(time.perf_counter() - start)
    median = statistics.median(times)
    heavy = heavy_imports()
    print(
        f"pcc-assistant --help: median {median:.2f} s of {args.runs} runs ({', '.join(f'{t:.2f}' for t in times)})"
    )
    print(f"heavy modules imported by assistant.cli: {', '.join(heavy) or 'none'}")
    print(f"target < {TARGET_S:.1f} s: {'met' if median < TARGET_S else 'NOT met'}")
    save("cli_help", {"runs": times, "median_s": median, "heavy_imports": heavy, "target_s": TARGET_S})


if __name__ == "__main__":
    main()
