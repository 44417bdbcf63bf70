"""Peak memory and time of hostile files, each run through the real CLI in a fresh process.

    .venv/bin/python bench/hostile.py [--only NAME ...]

Each file is made here in a temporary folder; then `pcc-assistant ingest FILE` (or `draft` for the
action-plan notes) runs in its own process with an empty data folder and default settings, and its
peak RSS is read from that process's own rusage (os.wait4). The last stderr line is the answer shown.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import tempfile
import time
from pathlib import Path

from common import ROOT

from tests.hostile import office_bomb  # noqa: E402 - common puts the repository on the path

CLI = ROOT / ".venv" / "bin" / "pcc-assistant"


def make_files(folder: Path) -> dict[str, list[str]]:
    """Each hostile case: the CLI arguments that run it."""
    cases: dict[str, list[str]] = {}
    (folder / "baseline.txt").write_text("Response to HMICFRS from the Commissioner. " * 50)
    cases["baseline: a small letter (.txt)"] = ["ingest", "baseline.txt"]
    office_bomb(folder / "zip-bomb.docx", "docx", 190)
    cases["zip-bomb DOCX (190 MB unpacked)"] = ["ingest", "zip-bomb.docx"]
    office_bomb(folder / "zip-bomb.xlsx", "xlsx", 190)
    cases["zip-bomb XLSX (190 MB unpacked)"] = ["ingest", "zip-bomb.xlsx"]
    office_bomb(folder / "big-part.docx", "docx", 9.9)
    cases["DOCX with a 9.9 MB part (under every zip limit)"] = ["ingest", "big-part.docx"]
    (folder / "one-line.txt").write_bytes(b"x" * 19_000_000)
    cases["19 MB text on one line"] = ["ingest", "one-line.txt"]
    words = b"the force reviewed custody cctv coverage in every suite and " * 3_200  # no full stop
    (folder / "long-blocks.txt").write_bytes(b"\n\n".join([words] * 3))
    cases["3 paragraphs of 190,000 characters (accepted, split)"] = ["ingest", "long-blocks.txt"]
    depth = 100_000
    (folder / "deep.html").write_text("<html><body>" + "<div>" * depth + "<p>x</p>" + "</div>" * depth)
    cases["HTML nested 100,000 deep"] = ["ingest", "deep.html"]
    (folder / "markers.md").write_text("_a " * 60_000)
    cases["Markdown with 60,000 unclosed _ markers"] = ["ingest", "markers.md"]
    with (folder / "plan.csv").open("wb") as f:
        f.write(b"Ref,Action,Owner,Due,Status\n")
        row = b"1,Review custody CCTV coverage in every suite,Ch Supt Custody,2026-03-31,In progress\n"
        for _ in range(200_000_000 // len(row)):
            f.write(row)
    (folder / "inspection.yaml").write_text(
        "title: Custody inspection 2026\ntype: force-specific\npublished: 2026-10-14\n"
        "recommendations:\n  - id: '1'\n    text: The force should improve custody CCTV.\n    addressee: force\n"
        "action_plan_notes: [plan.csv]\n"
    )
    cases["200 MB action plan (plan.csv) named as a draft's notes"] = ["draft", "inspection.yaml", "plan.csv"]
    return cases


def run(folder: Path, args: list[str]) -> tuple[float, float, int, str]:
    """Peak RSS (MB), seconds, exit code and last stderr line of one CLI run in a fresh process."""
    env = {**os.environ, "PCC_DATA_DIR": str(folder / "data"), "COLUMNS": "1000"}  # one line per answer
    with (folder / "stderr").open("w+") as err:
        start = time.perf_counter()
        proc = subprocess.Popen([str(CLI), *args], cwd=folder, env=env, stdout=subprocess.DEVNULL, stderr=err)
        _, status, usage = os.wait4(proc.pid, 0)
        seconds = time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(status)
        err.seek(0)
        lines = [line.strip() for line in err.read().splitlines() if line.strip()]
    return usage.ru_maxrss / 1024, seconds, proc.returncode, lines[-1] if lines else ""


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--only", nargs="*", help="Run only cases whose name contains one of these")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        cases = make_files(folder)
        print("| file | peak RSS (MB) | time (s) | exit | answer |\n|---|---|---|---|---|")
        for name, cli_args in cases.items():
            if args.only and not any(o in name for o in args.only):
                continue
            size = (folder / cli_args[-1]).stat().st_size
            rss, seconds, code, answer = run(folder, cli_args[:2])
            shown = f"{name}, {size / 1e6:,.2f} MB file"
            print(f"| {shown} | {rss:,.0f} | {seconds:.1f} | {code} | {answer.replace('|', '/')[:200]} |")


if __name__ == "__main__":
    main()
