"""A hostile tester's files, made here as real files (real DOCX/XLSX zips, real encoded bytes): each is
refused or read within bounded memory with a plain reason, and the rest of the batch goes on."""

from __future__ import annotations

import os
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import docx
import pytest
from typer.testing import CliRunner

from assistant.cli import app
from assistant.drafting.sources import SourceError
from assistant.ingest.loaders import LoaderError, load_file
from tests.conftest import ROOT, make_assistant
from tests.hostile import office_bomb

GOOD = "Response to HMICFRS from the Police and Crime Commissioner about custody. " * 5


def good_file(folder: Path, name: str = "good.txt") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_text(GOOD)
    return folder / name


def outcome(report, name: str):
    return next(o for o in report.outcomes if Path(o.path).name == name)


# Linux keeps a process's peak RSS across exec, so a CLI forked straight from this (large) pytest
# process would report pytest's size: a small launcher forks it instead and reports its children's peak.
_LAUNCHER = (
    "import resource, subprocess, sys; subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL); "
    "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)"
)


def peak_rss_mb(args: list[str], cwd: Path, **env: str) -> tuple[float, str]:
    """Run the real CLI in a fresh process; its own peak RSS (MB) and its stderr."""
    err = cwd / "stderr.txt"
    with err.open("w") as f:
        done = subprocess.run(
            [sys.executable, "-c", _LAUNCHER, sys.executable, "-m", "assistant.cli", *args],
            cwd=cwd,
            env={**os.environ, "PYTHONPATH": str(ROOT), "COLUMNS": "1000", **env},
            stdout=subprocess.PIPE,
            stderr=f,
            text=True,
            check=False,
        )
    return int(done.stdout.split()[-1]) / 1024, err.read_text()


# -- 1. bounded resources -------------------------------------------------------------------------
# Measured (bench/RESULTS.md): about 320 MB for each, model and store included; before: 5.2 GB.
RSS_BOUND_MB = 500


def test_zip_bomb_and_one_line_text_stay_within_memory_in_a_real_process(tmp_path):
    office_bomb(tmp_path / "bomb.docx", "docx", 190)
    (tmp_path / "one-line.txt").write_bytes(b"x" * 19_000_000)
    for name, setting in (
        ("bomb.docx", "PCC_INGEST__MAX_MEMBER_MB"),
        ("one-line.txt", "PCC_INGEST__MAX_FILE_CHARS"),
    ):
        rss, stderr = peak_rss_mb(["ingest", name], tmp_path, PCC_DATA_DIR=str(tmp_path / "data"))
        assert rss < RSS_BOUND_MB, (name, rss)
        assert name in stderr and setting in stderr and "Traceback" not in stderr


def test_office_limits_name_the_limit_and_the_setting_and_the_batch_goes_on(tmp_path, embeddings):
    a = make_assistant(tmp_path / "data", embeddings, ingest={"max_member_mb": 1, "max_unzipped_mb": 3})
    office_bomb(tmp_path / "bomb.docx", "docx", 5)
    office_bomb(tmp_path / "bomb.xlsx", "xlsx", 5)
    several = tmp_path / "several.docx"  # parts each under 1 MB, 4 MB in all
    with (
        zipfile.ZipFile(office_bomb(tmp_path / "x.docx", "docx", 0.5)) as src,
        zipfile.ZipFile(several, "w") as z,
    ):
        for info in src.infolist():
            z.writestr(info, src.read(info.filename))
        for n in range(4):
            z.writestr(f"word/media/image{n}.bin", b"\0" * 900_000)
    report = a.ingest([tmp_path / "bomb.docx", tmp_path / "bomb.xlsx", several, good_file(tmp_path)])
    for name in ("bomb.docx", "bomb.xlsx"):
        reason = outcome(report, name).reason
        assert "PCC_INGEST__MAX_MEMBER_MB" in reason and "over the limit of 1 MB per part" in reason
        assert "5.0 MB" in reason
    assert "PCC_INGEST__MAX_UNZIPPED_MB" in outcome(report, "several.docx").reason
    assert outcome(report, "good.txt").status == "ingested"
    a.close()


def test_text_limits_per_file_and_per_block(tmp_path, embeddings):
    a = make_assistant(
        tmp_path / "data", embeddings, ingest={"max_file_chars": 5000, "max_block_chars": 2000}
    )
    (tmp_path / "long.txt").write_text("A sentence about custody. " * 400)  # 10,400 characters
    (tmp_path / "block.md").write_text("# Title\n\n" + "word " * 600)  # one 3,000-character paragraph
    document = docx.Document()
    for _ in range(300):
        document.add_paragraph("A paragraph of the response about custody.")
    document.save(tmp_path / "long.docx")
    report = a.ingest(
        [tmp_path / "long.txt", tmp_path / "block.md", tmp_path / "long.docx", good_file(tmp_path)]
    )
    assert "10,400 characters" in outcome(report, "long.txt").reason
    assert "PCC_INGEST__MAX_FILE_CHARS" in outcome(report, "long.docx").reason
    block = outcome(report, "block.md").reason
    assert "PCC_INGEST__MAX_BLOCK_CHARS" in block and "2,000" in block
    assert outcome(report, "good.txt").status == "ingested"
    a.close()


def test_long_lines_and_rows_are_split_into_bounded_chunks(tmp_path, embeddings):
    a = make_assistant(tmp_path / "data", embeddings)
    (tmp_path / "one-line.txt").write_text("x" * 150_000)  # no space, no full stop: one "word"
    row = (
        "Ref,Action,Owner,Due,Status\n1," + "Review custody CCTV. " * 400 + ",Supt Custody,2026-03-31,Open\n"
    )
    (tmp_path / "plan.csv").write_text("Marking: OFFICIAL-SENSITIVE\n" + row)
    report = a.ingest([tmp_path / "one-line.txt", tmp_path / "plan.csv"])
    assert not report.failed, report.failed
    lines = a.catalog.chunks(outcome(report, "one-line.txt").doc_id)
    assert len(lines) == 150 and {len(c.text) for c in lines} == {1000}
    rows = a.catalog.chunks(outcome(report, "plan.csv").doc_id)
    assert len(rows) > 2 and max(len(c.text) for c in rows) <= a.settings.ingest.max_chunk_chars
    assert {c.marking for c in rows} == {"OFFICIAL-SENSITIVE"}
    a.close()


def test_action_plan_notes_read_directly_are_capped(tmp_path, embeddings):
    assistant = make_assistant(tmp_path / "data", embeddings, ingest={"max_file_mb": 0.01})
    (tmp_path / "plan.csv").write_text(
        "Ref,Action,Owner,Due,Status\n" + "1,Act,Owner,2026-01-01,Open\n" * 1000
    )
    (tmp_path / "inspection.yaml").write_text(
        "title: Custody inspection 2026\ntype: force-specific\npublished: 2026-10-14\n"
        "recommendations:\n  - {id: '1', text: The force should improve custody CCTV., addressee: force}\n"
        "action_plan_notes: [plan.csv]\n"
    )
    with pytest.raises(SourceError) as err:
        assistant.draft(tmp_path / "inspection.yaml")
    assert "plan.csv" in str(err.value) and "PCC_INGEST__MAX_FILE_MB" in str(err.value)
    assert "0.01 MB" in str(err.value)
    assistant.close()


def test_unclosed_markdown_markers_take_linear_time(tmp_path):
    path = tmp_path / "markers.md"
    path.write_text("_a " * 60_000 + "\n\n" + "[a](" * 20_000)  # was 4 minutes (a quadratic regex)
    start = time.perf_counter()
    load_file(path, path.read_bytes())
    assert time.perf_counter() - start < 20


# -- 2. ingest keeps its promise ------------------------------------------------------------------
def test_same_name_in_two_folders_and_the_same_file_named_twice(assistant, tmp_path):
    for folder in ("a", "b"):
        good_file(tmp_path / folder, "letter.txt").write_text(f"{GOOD} Folder {folder}.")
    other = good_file(tmp_path / "c", "other.txt")
    report = assistant.ingest(
        [tmp_path / "a", tmp_path / "b", (tmp_path / "a" / "letter.txt").resolve(), other]
    )
    assert [o.status for o in report.outcomes] == ["ingested"] * 3
    assert len({o.doc_id for o in report.outcomes}) == 3
    assert len(assistant.documents()) == 3


def test_two_uploads_with_the_same_name_are_both_kept(assistant, tmp_path):
    first, second = good_file(tmp_path / "x", "plan.txt"), good_file(tmp_path / "y", "plan.txt")
    second.write_text(GOOD + " A different version.")
    notes = good_file(tmp_path / "z", "notes.txt")
    notes.write_text(GOOD + " Notes.")
    report = assistant.upload([first, second, notes])
    assert [o.status for o in report.outcomes] == ["ingested"] * 3
    assert [o.path for o in report.outcomes] == ["plan.txt", "plan-2.txt", "notes.txt"]  # names, not paths
    assert "kept as plan-2.txt" in report.outcomes[1].reason
    kept = sorted(p.name for p in assistant.settings.upload_dir.iterdir())
    assert kept == ["notes.txt", "plan-2.txt", "plan.txt"]
    assert (assistant.settings.upload_dir / "plan.txt").read_text() == GOOD
    again = assistant.upload([first])  # the same file again is the same document, not a third copy
    assert again.outcomes[0].status == "unchanged" and len(assistant.documents()) == 3


# -- 3. encodings ---------------------------------------------------------------------------------
TEXT = "Café — £500 for the custody suite’s refit"
BODIES = {
    ".txt": f"Budget note\n\n{TEXT}.\n",
    ".md": f"# Budget note\n\n{TEXT}.\n",
    ".csv": f"Item,Cost\n{TEXT},x\n",
}
ENCODINGS = {
    "cp1252": lambda s: s.encode("cp1252"),
    "utf-16-le-bom": lambda s: b"\xff\xfe" + s.encode("utf-16-le"),
    "utf-16-be-bom": lambda s: b"\xfe\xff" + s.encode("utf-16-be"),
    "utf-8-bom": lambda s: b"\xef\xbb\xbf" + s.encode("utf-8"),
}


@pytest.mark.parametrize("suffix", sorted(BODIES))
@pytest.mark.parametrize("encoding", sorted(ENCODINGS))
def test_encodings_are_detected(tmp_path, suffix, encoding):
    path = tmp_path / f"note{suffix}"
    path.write_bytes(ENCODINGS[encoding](BODIES[suffix]))
    text = "\n".join(b.text for b in load_file(path, path.read_bytes()).blocks)
    assert TEXT in text and "\ufeff" not in text


def test_a_short_cp1252_line_is_not_read_as_another_code_page(tmp_path):
    path = tmp_path / "short.csv"
    path.write_bytes("Café — £500".encode("cp1252"))
    assert load_file(path, path.read_bytes()).blocks[0].text == "Café — £500"


def test_binary_files_are_still_refused(tmp_path):
    png = tmp_path / "image.txt"  # a real PNG renamed
    png.write_bytes((ROOT / "bench" / "search-latency.png").read_bytes())
    packed = tmp_path / "packed.csv"  # a real DOCX renamed
    docx.Document().save(packed)
    for path in (png, packed):
        with pytest.raises(LoaderError, match="binary"):
            load_file(path, path.read_bytes())


# -- 4. symbolic links ----------------------------------------------------------------------------
def test_symbolic_links_are_skipped_unless_asked(tmp_path, embeddings):
    outside = good_file(tmp_path / "outside", "secret.txt")
    outside.write_text(GOOD + " Kept outside the folder.")
    folder = tmp_path / "letters"
    good_file(folder, "real.txt")
    (folder / "passwd.txt").symlink_to("/etc/passwd")
    (folder / "linked.txt").symlink_to(outside)
    (folder / "sub").symlink_to(tmp_path / "outside", target_is_directory=True)
    (tmp_path / "direct.txt").symlink_to(outside)
    a = make_assistant(tmp_path / "data", embeddings)
    report = a.ingest([folder, tmp_path / "direct.txt"])
    assert [o.doc_id for o in report.outcomes if o.status == "ingested"] == ["real"]
    assert not report.failed  # a link left alone is not a failure (the CLI exits 0)
    skipped = {Path(o.path).name: o.reason for o in report.outcomes if o.status == "skipped"}
    assert set(skipped) == {"passwd.txt", "linked.txt", "sub", "direct.txt"}
    assert all("symbolic link" in r and "PCC_INGEST__FOLLOW_SYMLINKS" in r for r in skipped.values())
    a.close()
    a = make_assistant(tmp_path / "data2", embeddings, ingest={"follow_symlinks": True})
    report = a.ingest([folder])
    assert not report.failed and {"real", "passwd"} <= {o.doc_id for o in report.outcomes}
    assert report.count("ingested") == 3  # linked.txt and sub/secret.txt are one file, read once
    a.close()


# -- 5. plain reasons, never a traceback ------------------------------------------------------------
def test_deeply_nested_html_gets_a_plain_reason(assistant, tmp_path):
    (tmp_path / "deep.html").write_text("<html><body>" + "<div>" * 5000 + "<p>x</p>" + "</div>" * 5000)
    report = assistant.ingest([tmp_path / "deep.html", good_file(tmp_path)])
    reason = outcome(report, "deep.html").reason
    assert "nested 5,00" in reason and "PCC_INGEST__MAX_HTML_DEPTH" in reason and "Recursion" not in reason
    assert outcome(report, "good.txt").status == "ingested"


@pytest.fixture
def cli(tmp_path, monkeypatch):
    monkeypatch.setenv("PCC_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("COLUMNS", "1000")
    monkeypatch.chdir(tmp_path)
    return lambda *args: CliRunner().invoke(app, list(args))


@pytest.mark.parametrize("published", ["2026-02-30", "9999-12-31"])
def test_impossible_dates_give_one_line_naming_file_field_and_fix(cli, tmp_path, published):
    (tmp_path / "sub").mkdir()
    path = tmp_path / "sub" / "inspection.yaml"
    path.write_text(f"title: Custody inspection\ntype: force-specific\npublished: {published}\n")
    result = cli("draft", str(path))
    assert result.exit_code == 1 and not isinstance(result.exception, Exception)
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in result.output
    assert "inspection.yaml" in lines[0] and "published" in lines[0] and "YYYY-MM-DD" in lines[0]
    assert str(tmp_path) not in lines[0]


def test_cli_prints_user_text_as_text(cli, tmp_path):
    (tmp_path / "root:x:0:0.rtf").write_text("{\\rtf1 x}")
    (tmp_path / "[bold]x.rtf").write_text("{\\rtf1 x}")
    result = cli("ingest", str(tmp_path / "root:x:0:0.rtf"), str(tmp_path / "[bold]x.rtf"))
    assert result.exit_code == 2 and not isinstance(result.exception, Exception)
    assert "root:x:0:0.rtf" in result.stderr and "❌" not in result.stderr
    assert "[bold]x.rtf" in result.stderr


def test_duplicate_reason_names_the_file_not_its_folder(assistant, tmp_path):
    first = good_file(tmp_path / "deep" / "server" / "folder", "one.txt")
    twin = good_file(tmp_path, "two.txt")
    report = assistant.ingest([first, twin])
    assert report.outcomes[1].status == "duplicate"
    assert "one.txt" in report.outcomes[1].reason and "server" not in report.outcomes[1].reason
