"""Who did it, one edit never lost, and a tamper-evident audit log (issue 10), with real parts: the real
library and embedding model, the real SQLite audit log edited by hand, two real `pcc-assistant revise`
processes at once, and the web app with sign-in driven by chromium in two browser contexts."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import threading
import uuid
from datetime import date, timedelta
from pathlib import Path

import httpx
import pytest

from assistant.drafting.audit import AuditLog, os_user
from assistant.security import hash_password
from tests.conftest import CORPUS, copy_library, open_draft_tab
from tests.servers import free_port
from tests.test_redteam_web import call
from ui.app import launch

TODAY = date(2026, 11, 25)
INTEGRITY = CORPUS / "new-inspections" / "fenmoor-integrity-2026.yaml"
CLI = str(Path(sys.executable).with_name("pcc-assistant"))
FIRST, SECOND = "add a section on vetting", "remove section Local context"


@pytest.fixture
def library(tmp_path, sample_data, embeddings):
    a = copy_library(sample_data, tmp_path / "data", embeddings)
    a.clock = lambda: TODAY
    yield a
    a.close()


def _env(data: Path, **extra: str) -> dict[str, str]:
    return {**os.environ, "PCC_DATA_DIR": str(data), "ANONYMIZED_TELEMETRY": "False", **extra}


def _assert_both_landed(history: dict) -> None:
    versions = history["versions"]
    assert [v["version"] for v in versions] == [1, 2, 3]
    assert {v["instruction"] for v in versions[1:]} == {FIRST, SECOND}
    revisions = [e for e in history["events"] if e["action"] == "revise"]
    assert sorted(e["version"] for e in revisions) == [2, 3]
    assert {e["detail"]["instruction"] for e in revisions} == {FIRST, SECOND}
    assert history["chain"]["intact"], history["chain"]


# -- one edit never lost --------------------------------------------------------------------------------
def test_two_threads_revising_one_draft_both_land_as_consecutive_versions(library):
    draft = library.draft(INTEGRITY, engine="composer", user="jane")
    audit = library.drafter.audit
    # Both revisions are made on version 1 before either is saved: the race that lost an edit before.
    both_made = threading.Barrier(2, timeout=120)
    save, waited = audit.save_version, set()

    def save_after_both(d, expected=None):
        if threading.get_ident() not in waited:
            waited.add(threading.get_ident())
            both_made.wait()
        return save(d, expected=expected)

    audit.save_version = save_after_both
    results, errors = {}, []

    def revise(instruction: str, user: str) -> None:
        try:
            results[instruction] = library.revise(draft.draft_id, instruction, user=user)
        except Exception as exc:  # pragma: no cover - the failure being tested for
            errors.append(exc)

    threads = [threading.Thread(target=revise, args=a) for a in ((FIRST, "jane"), (SECOND, "kim"))]
    for t in threads:
        t.start()
    for t in threads:
        t.join(300)
    audit.save_version = save
    assert not errors, errors
    assert sorted(r.version for r in results.values()) == [2, 3]
    history = library.history(draft.draft_id)
    _assert_both_landed(history)
    # The later version holds both edits: it was made again on the one that landed first.
    latest = library.get_draft(draft.draft_id)
    assert any(s.kind == "added" and "vetting" in s.title.lower() for s in latest.sections)
    assert all(s.kind != "local_context" for s in latest.sections)
    assert {v["user"] for v in history["versions"]} == {"jane", "kim"}


def test_two_revise_processes_at_once_both_land(library, tmp_path):
    draft = library.draft(INTEGRITY, engine="composer")
    data = library.settings.data_dir
    procs = [
        subprocess.Popen(
            [CLI, "revise", draft.draft_id, instruction],
            env=_env(data),
            cwd=tmp_path,  # no developer .env
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for instruction in (FIRST, SECOND)
    ]
    outputs = [p.communicate(timeout=300) for p in procs]
    for proc, (out, err) in zip(procs, outputs, strict=True):
        assert proc.returncode == 0, (out, err)
        assert "IntegrityError" not in out + err
    assert sorted(o for out, _ in outputs for o in ("v2", "v3") if f" {o}:" in out) == ["v2", "v3"]
    _assert_both_landed(library.history(draft.draft_id))


def test_a_review_on_a_sentence_changed_meanwhile_is_refused_plainly(library):
    """The second edit is applied again to the new latest version only if it still applies."""
    from assistant.drafting.records import ReviewDecision
    from assistant.drafting.revise import RevisionError

    draft = library.draft(INTEGRITY, engine="composer")
    index, par = next(
        (i, p)
        for i, section in enumerate(draft.sections)
        for p, paragraph in enumerate(section.paragraphs)
        if paragraph.style == "normal" and paragraph.sentences
    )
    decision = ReviewDecision(
        section=index, paragraph=par, sentence=0, action="edit", text="Our new wording."
    )
    audit, save = library.drafter.audit, library.drafter.audit.save_version
    calls = []

    def someone_else_first(d, expected=None):
        if not calls:  # another person's edit of the same sentence lands while this one is being made
            calls.append(1)
            other = library.get_draft(draft.draft_id)
            other.sections[index].paragraphs[par].sentences[0].text = "Their wording."
            library.drafter.save_revision(other, "review: 1 edited", user="kim")
        return save(d, expected=expected)

    audit.save_version = someone_else_first
    try:
        with pytest.raises(RevisionError, match="changed in version 2, saved by kim"):
            library.review(draft.draft_id, [decision], user="jane")
    finally:
        audit.save_version = save
    assert [v["version"] for v in library.history(draft.draft_id)["versions"]] == [1, 2]


# -- who did it -----------------------------------------------------------------------------------------
def test_service_records_the_user_passed_and_the_os_account_by_default(library, tmp_path):
    draft = library.draft(CORPUS / "new-inspections" / "fenmoor-peel-revisit-2026.yaml", user="jane")
    library.revise(draft.draft_id, "shorten section 1", user="kim")
    library.export(draft.draft_id, tmp_path / "r.md", user="lee")
    library.export(draft.draft_id, tmp_path / "s.md")
    record = library.approve(draft.draft_id, user="morgan")
    assert record["user"] == "morgan" and record["detail"] == {"approver": "morgan", "typed": False}
    typed = library.approve(draft.draft_id, "Jane Corran", user="morgan")
    assert (
        typed["user"] == "Jane Corran"
        and typed["detail"]["typed"]
        and typed["detail"]["entered_by"] == "morgan"
    )
    events = [(e["action"], e["user"]) for e in library.history(draft.draft_id)["events"]]
    assert events == [
        ("draft", "jane"),
        ("revise", "kim"),
        ("export", "lee"),
        ("export", os_user()),
        ("approve", "morgan"),
        ("approve", "Jane Corran"),
    ]


def test_cli_records_the_os_account(library, tmp_path):
    draft = library.draft(INTEGRITY, engine="composer", user="jane")
    data = library.settings.data_dir
    env = _env(data, LOGNAME="pat-os", USER="pat-os", LNAME="pat-os", USERNAME="pat-os")

    def cli(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run(
            [CLI, *args], env=env, cwd=tmp_path, capture_output=True, text=True, timeout=300
        )

    assert cli("revise", draft.draft_id, SECOND).returncode == 0
    assert cli("export", draft.draft_id, str(tmp_path / "x.md")).returncode == 0
    shown = cli("history", draft.draft_id)
    assert shown.returncode == 0, shown.stderr
    assert "hash chain intact" in shown.stdout
    events = {(e["action"], e["user"]) for e in library.history(draft.draft_id)["events"]}
    assert {("draft", "jane"), ("revise", "pat-os"), ("export", "pat-os")} <= events
    assert "pat-os" in shown.stdout  # the version's line names who made it


# -- tamper-evident ---------------------------------------------------------------------------------------
def _db(library) -> sqlite3.Connection:
    return sqlite3.connect(library.settings.data_dir / "audit.sqlite3", isolation_level=None)


def test_editing_the_audit_log_by_hand_is_reported_where_it_happened(library, tmp_path):
    draft = library.draft(INTEGRITY, engine="composer")
    library.revise(draft.draft_id, SECOND)
    library.export(draft.draft_id, tmp_path / "r.md")
    assert library.history(draft.draft_id)["chain"]["intact"]
    with _db(library) as db:  # someone rewrites who did the revision
        db.execute(
            "UPDATE events SET user='someone else' WHERE draft_id=? AND action='revise'", (draft.draft_id,)
        )
    chain = library.history(draft.draft_id)["chain"]
    assert not chain["intact"]
    assert [(b["where"].split(" (")[0], b["problem"]) for b in chain["breaks"]] == [
        (f"the ‘revise’ event on draft {draft.draft_id} version 2", "it was altered after it was recorded")
    ]
    # ... and the CLI says so, on stderr, with a non-zero exit.
    shown = subprocess.run(
        [CLI, "history", draft.draft_id],
        env=_env(library.settings.data_dir),
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert shown.returncode == 3
    assert "hash chain is BROKEN" in shown.stderr and "‘revise’ event" in shown.stderr
    assert "altered after it was recorded" in shown.stderr


def test_rewriting_a_version_with_its_hash_or_deleting_a_row_breaks_the_links(library):
    draft = library.draft(INTEGRITY, engine="composer")
    library.revise(draft.draft_id, SECOND)
    library.revise(draft.draft_id, "shorten section 1")
    audit = library.drafter.audit
    with _db(library) as db:  # a careful forger: new text and the row's own hash recomputed to match
        from assistant.drafting.audit import row_hash

        row = db.execute(
            "SELECT * FROM versions WHERE draft_id=? AND version=2", (draft.draft_id,)
        ).fetchone()
        cols = [c[1] for c in db.execute("PRAGMA table_info(versions)")]
        record = dict(zip(cols, row, strict=True))
        record["instruction"] = "nothing to see"
        new_hash = row_hash(record["prev_hash"], "versions", {k: v for k, v in record.items() if k != "hash"})
        db.execute(
            "UPDATE versions SET instruction=?, hash=? WHERE draft_id=? AND version=2",
            ("nothing to see", new_hash, draft.draft_id),
        )
    breaks = audit.verify()["breaks"]
    assert len(breaks) == 1 and "does not follow the record before it" in breaks[0]["problem"]
    assert breaks[0]["seq"] == record["seq"] + 1  # the row written right after the forged one
    with _db(library) as db:
        db.execute("DELETE FROM events WHERE draft_id=? AND action='draft'", (draft.draft_id,))
    problems = [b["problem"] for b in audit.verify(draft.draft_id)["breaks"]]
    assert any("were removed" in p for p in problems)


def test_an_old_audit_log_is_chained_once_as_legacy(tmp_path):
    """A database from before the chain: its rows are chained on first open and marked legacy; later
    changes to them are detected, and new rows follow them in the chain."""
    path = tmp_path / "audit.sqlite3"
    old = sqlite3.connect(path, isolation_level=None)
    old.executescript(
        """CREATE TABLE versions (draft_id TEXT NOT NULL, version INTEGER NOT NULL, created_at TEXT NOT NULL,
        user TEXT NOT NULL, engine TEXT NOT NULL, model TEXT, prompt_versions TEXT NOT NULL,
        source_ids TEXT NOT NULL, flags TEXT NOT NULL, instruction TEXT NOT NULL, title TEXT NOT NULL,
        draft_json TEXT NOT NULL, PRIMARY KEY (draft_id, version));
        CREATE TABLE events (id INTEGER PRIMARY KEY AUTOINCREMENT, draft_id TEXT NOT NULL, version INTEGER,
        at TEXT NOT NULL, user TEXT NOT NULL, action TEXT NOT NULL, detail TEXT NOT NULL);"""
    )
    old.execute(
        "INSERT INTO versions VALUES ('d1', 1, '2025-01-01T10:00:00+00:00', 'root', 'composer', NULL, '{}', "
        "'[]', '[]', '', 'Old', '{}')"
    )
    old.execute(
        "INSERT INTO events (draft_id, version, at, user, action, detail) VALUES "
        "('d1', 1, '2025-01-01T10:00:00+00:00', 'root', 'draft', '{}'), "
        "('d1', 1, '2025-01-02T10:00:00+00:00', 'Jane Corran', 'approve', '{\"approver\": \"Jane Corran\"}')"
    )
    old.close()
    audit = AuditLog(path)
    report = audit.verify()
    assert report["intact"] and report["legacy"] == 3 and report["records"] == 3
    audit.record("d1", 1, "kim", "export", {"path": "x.md"})
    audit.close()
    audit = AuditLog(path)  # opening again migrates nothing twice
    rows = [tuple(r) for r in audit._db.execute("SELECT seq, legacy, action FROM events ORDER BY seq")]
    assert rows == [(2, 1, "draft"), (3, 1, "approve"), (4, 0, "export")]
    assert audit.verify()["intact"]
    with sqlite3.connect(path, isolation_level=None) as db:
        db.execute("UPDATE events SET user='Someone Else' WHERE action='approve'")
    breaks = audit.verify()["breaks"]
    assert [b["problem"] for b in breaks] == ["it was altered after it was recorded"]
    assert "‘approve’ event on draft d1" in breaks[0]["where"]
    audit.close()


# -- the web app with two signed-in users -------------------------------------------------------------------
USERS = {"jane": "jane's password", "kim": "kim's password"}


@pytest.fixture
def signed_in_app(tmp_path, sample_data, embeddings):
    a = copy_library(
        sample_data,
        tmp_path / "data",
        embeddings,
        ui={"users": {name: hash_password(pw) for name, pw in USERS.items()}},
    )
    running, url = launch(a, port=free_port(), block=False)
    yield a, url
    running.close()
    a.close()


def _page_for(browser, url: str, user: str):
    context = browser.new_context(viewport={"width": 1500, "height": 1000})
    page = context.new_page()
    page.goto(url)
    page.get_by_label("username").fill(user)
    page.get_by_label("password").fill(USERS[user])
    page.get_by_role("button", name="Login").click()
    open_draft_tab(page, 30_000)
    return context, page


def _draft(page, sample: str) -> str:
    page.get_by_label("Start from a sample inspection").click()
    page.get_by_role("option", name=sample).click()
    page.wait_for_function("document.querySelector('#draft-message').innerText.includes('Loaded')")
    page.click("#draft-button")
    page.wait_for_function(
        "document.querySelector('#draft-message').innerText.includes('version 1')", timeout=120_000
    )
    return page.inner_text("#draft-message").split("Draft ")[1].split()[0]


def test_two_signed_in_users_each_recorded_and_never_see_each_others_draft(browser, signed_in_app):
    assistant, url = signed_in_app
    jane_ctx, jane = _page_for(browser, url, "jane")
    kim_ctx, kim = _page_for(browser, url, "kim")
    try:
        jane_id = _draft(jane, "fenmoor-peel-revisit-2026")
        kim_id = _draft(kim, "fenmoor-custody-2026")
        assert jane_id != kim_id
        # Each Draft tab shows its own user's draft only, after both have drafted.
        jane_view, kim_view = jane.inner_text("#draft-view"), kim.inner_text("#draft-view")
        assert "revisit" in jane_view and "custody suites" not in jane_view
        assert "custody suites" in kim_view and "revisit" not in kim_view
        assert kim_id not in jane.inner_text("#draft-message") and jane_id not in kim.inner_text(
            "#draft-message"
        )

        # Each revises through the chat; the versions record who did it.
        for page, instruction in ((jane, "shorten section 1"), (kim, "shorten section 1")):
            page.fill("#chat-input textarea", instruction)
            page.click("#chat-send")
            page.wait_for_function(
                "document.querySelector('#chat').innerText.includes('version 2')", timeout=120_000
            )
        assert "custody suites" not in jane.inner_text("#draft-view")
        assert "revisit" not in kim.inner_text("#draft-view")
        for draft_id, user in ((jane_id, "jane"), (kim_id, "kim")):
            history = assistant.history(draft_id)
            assert {e["user"] for e in history["events"]} == {user}
            assert [v["user"] for v in history["versions"]] == [user, user]

        # Kim approves Jane's draft in the Review tab: recorded as kim, the signed-in user, no typed name.
        kim.get_by_role("tab", name="Review").click()
        assert not kim.get_by_label("Approver's name").is_visible()
        kim.get_by_role("button", name="Refresh list").click()
        kim.get_by_label("Draft", exact=True).click()
        kim.get_by_role("option", name=jane_id).click()
        kim.get_by_role("button", name="Mark approved").click()
        kim.wait_for_selector("text=Approved by kim", timeout=60_000)
        approval = assistant.drafter.audit.approval(jane_id)
        assert approval["user"] == "kim" and approval["detail"] == {"approver": "kim", "typed": False}
    finally:
        jane_ctx.close()
        kim_ctx.close()

    # A typed name sent straight to the API by a signed-in user is ignored: the approver is still them.
    with httpx.Client(base_url=url, timeout=120) as client:
        assert client.post("login", data={"username": "jane", "password": USERS["jane"]}).status_code == 200
        session_hash = uuid.uuid4().hex
        call(
            client, "review_lists", [None], session_hash=session_hash
        )  # the Review tab's list, in this session
        done = call(client, "do_approve", [kim_id, "Chief Constable", "checked"], session_hash=session_hash)
        assert done.get("success"), done
    approval = assistant.drafter.audit.approval(kim_id)
    assert approval["user"] == "jane" and approval["detail"] == {"approver": "jane", "typed": False}
    assert "Chief Constable" not in {e["user"] for e in assistant.history(kim_id)["events"]}
    assert assistant.history(jane_id)["chain"]["intact"]


# -- the team's work (issue 13) -------------------------------------------------------------------------
def test_the_worklist_shows_each_response_with_its_due_date_days_left_and_state(library, tmp_path):
    """Nowhere listed all drafts and their deadlines. The state follows what people did, read from the
    audit log: an edit after approval sends the letter back to review (a stale 'approved' would let an
    unapproved wording be published), and 'published' can only follow approval."""
    from assistant.drafting.records import ReviewDecision

    revisit = library.draft(CORPUS / "new-inspections" / "fenmoor-peel-revisit-2026.yaml")
    integrity = library.draft(INTEGRITY)
    items = {i.draft_id: i for i in library.worklist()}
    assert set(items) == {revisit.draft_id, integrity.draft_id}
    item = items[revisit.draft_id]
    published = revisit.inspection.published
    assert (item.due_date - published).days == 55  # published on day 1, due on day 56
    assert item.days_left == (item.due_date - TODAY).days and item.state == "drafting"
    assert [i.due_date for i in library.worklist()] == sorted(i.due_date for i in items.values())
    late = {i.draft_id: i for i in library.worklist(today=item.due_date + timedelta(days=1))}
    assert late[revisit.draft_id].overdue and late[revisit.draft_id].days_left == -1
    assert not {i.draft_id: i for i in library.worklist(today=item.due_date)}[revisit.draft_id].overdue

    with pytest.raises(ValueError, match="approve the letter"):
        library.mark_published(revisit.draft_id)  # not approved: refused
    library.review(revisit.draft_id, [ReviewDecision(section=0, paragraph=0, sentence=0, action="accept")])
    assert _state(library, revisit.draft_id) == "in review"
    library.approve(revisit.draft_id, "Jane Corran", override_reason="test: flags seen")
    assert _state(library, revisit.draft_id) == "approved"
    library.revise(revisit.draft_id, "shorten section 1")
    assert _state(library, revisit.draft_id) == "in review"  # changed since it was approved
    library.approve(revisit.draft_id, "Jane Corran", override_reason="test: flags seen")
    library.export(revisit.draft_id, tmp_path / "letter.md", "publication", override_reason="test: seen")
    assert _state(library, revisit.draft_id) == "exported"
    library.mark_published(revisit.draft_id, on=TODAY, where="https://example.org/responses")
    assert _state(library, revisit.draft_id) == "published"
    assert _state(library, integrity.draft_id) == "drafting"  # the other draft is untouched


def _state(library, draft_id: str) -> str:
    return next(i.state for i in library.worklist() if i.draft_id == draft_id)


def test_a_day_past_the_due_date_is_overdue_and_a_published_response_never_is():
    from assistant.drafting.worklist import WorkItem, days_left

    due = date(2026, 12, 24)
    assert days_left(due, date(2026, 12, 24)) == 0 and days_left(due, date(2026, 12, 25)) == -1
    item = WorkItem(
        draft_id="d",
        title="t",
        published=date(2026, 10, 30),
        due_date=due,
        days_left=-1,
        state="exported",
        version=3,
        updated_at="",
    )
    assert item.overdue and not item.model_copy(update={"state": "published"}).overdue
    assert not item.model_copy(update={"days_left": 0}).overdue
