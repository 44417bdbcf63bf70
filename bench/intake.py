"""How long reading a long report takes (target: a 150-page report in at most 10 s on 2 cores).

    .venv/bin/python bench/intake.py [--runs 5]

Each run starts a fresh process that reads tests/intake/reports/08-long-vetting-thematic-pdf (149
pages, 43 recommendations, two-column chapters) with ``pcc-assistant intake``'s reader and exits: the
time a person waits, Python's start-up included. The median is reported with the reader's own time.
For comparison, pdfminer.six's layout analysis of the same file (what the reader uses only on pages
that show a table of recommendations) is timed once.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import time

from common import ROOT, save

TARGET_S = 10.0
REPORT = ROOT / "tests" / "intake" / "reports" / "08-long-vetting-thematic-pdf" / "report.pdf"
CODE = (
    "import json, sys; from pathlib import Path; from assistant.intake.report import read_report; "
    "r = read_report(Path(sys.argv[1]), 'Fenmoor Police'); "
    "print(json.dumps({'seconds': r.seconds, 'recommendations': len(r.recommendations), 'pages': 149}))"
)


def pdfminer_once() -> float:
    from pdfminer.high_level import extract_pages
    from pdfminer.layout import LAParams

    start = time.perf_counter()
    for _ in extract_pages(str(REPORT), laparams=LAParams()):
        pass
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    walls, inner = [], []
    for _ in range(args.runs):
        start = time.perf_counter()
        out = subprocess.run(
            [sys.executable, "-c", CODE, str(REPORT)], capture_output=True, text=True, check=True, cwd=ROOT
        )
        walls.append(time.perf_counter() - start)
        result = json.loads(out.stdout)
        inner.append(result["seconds"])
    miner = pdfminer_once()
    median = statistics.median(walls)
    print(f"149-page report, {result['recommendations']} recommendations found")
    print(f"whole process: median {median:.2f} s of {args.runs} ({', '.join(f'{t:.2f}' for t in walls)})")
    print(f"reader alone: median {statistics.median(inner):.2f} s")
    print(f"pdfminer layout analysis of every page, for comparison: {miner:.2f} s")
    print(f"target <= {TARGET_S:.0f} s: {'met' if median <= TARGET_S else 'NOT met'}")
    save(
        "intake",
        {
            "runs_s": walls,
            "median_s": median,
            "reader_median_s": statistics.median(inner),
            "pdfminer_all_pages_s": miner,
            "target_s": TARGET_S,
        },
    )


if __name__ == "__main__":
    main()
