"""The HTTP layer around the gradio app: our own FastAPI app, with the gradio Blocks mounted inside it.

What it adds to gradio, for every request:

- **Same origin only.** No ``Access-Control-Allow-*`` header ever leaves (gradio's own CORS middleware
  allows any localhost origin, and any origin at all once the app is reached by a network name); a
  preflight or a state-changing request (POST, PUT, ...) whose ``Origin`` is not this app's own is
  refused with 403. On loopback, a request naming a host other than this computer is refused too
  (DNS rebinding).
- **Security headers** (:data:`SECURITY_HEADERS`): a Content-Security-Policy that lets gradio run but
  loads nothing from elsewhere and posts nowhere else, no framing, no referrer, no sniffing; API
  answers are not cached.
- **Sign-in** (``POST /login``, replacing gradio's): failed sign-ins are throttled per user name and
  per client address (429 with a plain message), an unknown name costs as much time as a known one,
  the session cookie is HttpOnly, SameSite=Lax, Secure over HTTPS and expires after
  ``ui.session_hours``, when the token is also dropped on the server.
- **Sign-out** (``GET /logout``, replacing gradio's): ends every session of that user, deletes the
  cookies and clears what the browser kept for this app (``Clear-Site-Data`` and a script, because the
  header is ignored on plain HTTP beyond this computer).

X-Forwarded-Proto and X-Forwarded-For are believed only when ``ui.trust_proxy_headers`` is set, and
only from ``ui.trusted_proxies`` (uvicorn's proxy-headers middleware does this).
"""

from __future__ import annotations

import secrets
import threading
import time
from dataclasses import dataclass, field

import gradio as gr
import uvicorn
from fastapi import FastAPI, Form, Request
from fastapi.responses import HTMLResponse, JSONResponse, PlainTextResponse, Response
from starlette.datastructures import Headers, MutableHeaders

from assistant.security import SignInGuard
from assistant.settings import UISettings

# What gradio 6 needs, found by running every tab under this policy in chromium with no violation
# reported: its page carries its config in inline scripts and its components set inline styles
# ('unsafe-inline'); gr.HTML renders every value through a template evaluated with Function()
# ('unsafe-eval'); uploads and images use blob: and data: URLs. What the policy is for here: nothing
# is loaded from, sent to, posted to or framed by another site, so injected markup cannot phone home.
CONTENT_SECURITY_POLICY = "; ".join(
    [
        "default-src 'self'",
        "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
        "style-src 'self' 'unsafe-inline'",
        "img-src 'self' data: blob:",
        "font-src 'self' data:",
        "media-src 'self' blob: data:",
        "connect-src 'self'",
        "worker-src 'self' blob:",
        "frame-src 'none'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "frame-ancestors 'none'",
    ]
)
SECURITY_HEADERS = {
    "content-security-policy": CONTENT_SECURITY_POLICY,
    "x-frame-options": "DENY",
    "referrer-policy": "no-referrer",
    "x-content-type-options": "nosniff",
    "cross-origin-opener-policy": "same-origin",
    "cross-origin-resource-policy": "same-origin",
}
LOOPBACK_NAMES = {"localhost", "127.0.0.1", "::1"}
SAFE_METHODS = {"GET", "HEAD"}
# Paths whose answers may be cached (gradio's built assets); everything else is marked no-store.
CACHEABLE_PREFIXES = ("/assets/", "/static/", "/svelte/", "/favicon", "/theme.css")

LOGOUT_PAGE = """<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Signed out</title>
<script>try { localStorage.clear(); sessionStorage.clear(); } catch (e) {}
location.replace("./");</script></head>
<body><p>Signed out. <a href="./">Sign in again</a>.</p></body></html>"""


@dataclass
class Sessions:
    """Session tokens handed out by our sign-in, with their expiry. The tokens themselves live in
    gradio's own table (``App.tokens``, which gradio checks on every request); an expired one is
    removed from it before the request reaches gradio."""

    hours: float
    tokens: dict = field(default_factory=dict)  # gradio's table: token -> user
    expires: dict[str, float] = field(default_factory=dict)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def issue(self, user: str) -> str:
        token = secrets.token_urlsafe(32)
        with self.lock:
            self.tokens[token] = user
            self.expires[token] = time.time() + self.hours * 3600
        return token

    def expire_old(self) -> None:
        now = time.time()
        with self.lock:
            for token in [t for t, at in self.expires.items() if at <= now]:
                self.expires.pop(token, None)
                self.tokens.pop(token, None)
            # gradio's table holds no token that we did not issue (and cannot expire)
            for token in [t for t in self.tokens if t not in self.expires]:
                self.tokens.pop(token, None)

    def end_all(self, user: str | None) -> None:
        with self.lock:
            for token in [t for t, u in self.tokens.items() if u == user]:
                self.tokens.pop(token, None)
                self.expires.pop(token, None)


def _host_name(host: str) -> str:
    if host.startswith("["):
        return host[1 : host.find("]")] if "]" in host else host
    return host.rsplit(":", 1)[0] if host.count(":") == 1 else host


def _origin(scheme: str, host: str) -> str:
    scheme = "https" if scheme in ("https", "wss") else "http"
    default = {"http": ":80", "https": ":443"}[scheme]
    host = host.lower()
    return f"{scheme}://{host.removesuffix(default)}"


class SecurityMiddleware:
    """Pure ASGI (gradio streams its answers): checks origin and host, sets headers, expires sessions."""

    def __init__(self, app, sessions: Sessions, loopback_only: bool) -> None:
        self.app = app
        self.sessions = sessions
        self.loopback_only = loopback_only

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] not in ("http", "websocket"):
            await self.app(scope, receive, send)
            return
        headers = Headers(scope=scope)
        host = headers.get("host", "")
        if self.loopback_only and _host_name(host).lower() not in LOOPBACK_NAMES:
            await self._refuse(
                scope, receive, send, 400, "This app answers only to this computer's own name."
            )
            return
        origin = headers.get("origin")
        own = _origin(scope.get("scheme", "http"), host)
        foreign = origin is not None and origin.lower().rstrip("/") != own
        method = scope.get("method", "GET")
        if foreign and (method not in SAFE_METHODS or scope["type"] == "websocket"):
            await self._refuse(scope, receive, send, 403, "Requests from other sites are not accepted.")
            return
        self.sessions.expire_old()
        path = scope.get("path", "")
        cacheable = path.startswith(CACHEABLE_PREFIXES)

        async def send_with_headers(message) -> None:
            if message["type"] == "http.response.start":
                out = MutableHeaders(scope=message)
                for name in [k for k in out if k.lower().startswith("access-control-")]:
                    del out[name]
                for name, value in SECURITY_HEADERS.items():
                    out[name] = value
                if not cacheable and "cache-control" not in out:
                    out["cache-control"] = "no-store"
            await send(message)

        await self.app(scope, receive, send_with_headers)

    async def _refuse(self, scope, receive, send, code: int, text: str) -> None:
        if scope["type"] == "websocket":
            await send({"type": "websocket.close", "code": 1008})
            return
        response = PlainTextResponse(text, status_code=code, headers=SECURITY_HEADERS)
        await response(scope, receive, send)


def create_server_app(blocks: gr.Blocks, ui: UISettings, loopback_only: bool, **mount_options) -> FastAPI:
    """Our FastAPI app: sign-in and sign-out routes, then the gradio Blocks mounted at ``/`` with
    ``mount_options`` (auth, file limits, css ...), all behind :class:`SecurityMiddleware`."""
    app = FastAPI(docs_url=None, redoc_url=None, openapi_url=None)
    sessions = Sessions(ui.session_hours)
    guard = SignInGuard(
        ui.users,
        per_user=ui.sign_in_failures_per_user,
        per_address=ui.sign_in_failures_per_address,
        window_minutes=ui.sign_in_window_minutes,
    )
    cookie: dict[str, str] = {}  # filled once gradio's app exists (its cookie names carry its id)

    @app.post("/login")
    @app.post("/login/")
    def login(request: Request, username: str = Form(""), password: str = Form("")) -> Response:
        if not ui.users:
            return PlainTextResponse("Sign-in is not needed here.", status_code=404)
        address = request.client.host if request.client else "unknown"
        result = guard.check(username.strip(), password, address)
        if result.throttled:
            minutes = max(1, round(result.retry_after / 60))
            return PlainTextResponse(
                f"Too many failed sign-ins. Try again in {minutes} minute{'s' * (minutes != 1)}.",
                status_code=429,
                headers={"Retry-After": str(result.retry_after)},
            )
        if not result.ok:
            return JSONResponse({"detail": "Incorrect credentials."}, status_code=400)
        response = JSONResponse({"success": True})
        secure = request.url.scheme == "https"
        response.set_cookie(
            cookie["secure" if secure else "plain"],
            sessions.issue(username.strip()),
            max_age=int(ui.session_hours * 3600),
            path="/",
            httponly=True,
            samesite="lax",
            secure=secure,
        )
        return response

    @app.get("/logout")
    @app.get("/logout/")
    def logout(request: Request) -> Response:
        token = request.cookies.get(cookie["secure"]) or request.cookies.get(cookie["plain"])
        if token in sessions.tokens:
            sessions.end_all(sessions.tokens[token])
        response = HTMLResponse(LOGOUT_PAGE)
        response.headers["clear-site-data"] = '"cache", "storage"'
        for name in cookie.values():
            response.delete_cookie(name, path="/")
        return response

    gr.mount_gradio_app(app, blocks, path="/", **mount_options)
    gradio_app = app.routes[-1].app
    cookie.update(
        secure=f"access-token-{gradio_app.cookie_id}", plain=f"access-token-unsecure-{gradio_app.cookie_id}"
    )
    sessions.tokens = gradio_app.tokens
    app.add_middleware(SecurityMiddleware, sessions=sessions, loopback_only=loopback_only)
    return app


@dataclass
class Running:
    """A server started with ``block=False``: its address, and how to stop it."""

    server: uvicorn.Server
    thread: threading.Thread
    blocks: gr.Blocks
    url: str

    def close(self) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=15)
        self.blocks.close(verbose=False)


def serve(app: FastAPI, blocks: gr.Blocks, host: str, port: int, ui: UISettings, block: bool = True):
    """Serve with uvicorn: in this thread (``block``), or in a background thread, returning :class:`Running`."""
    config = uvicorn.Config(
        app,
        host=host,
        port=port,
        log_level="warning",
        proxy_headers=ui.trust_proxy_headers,
        forwarded_allow_ips=ui.trusted_proxies if ui.trust_proxy_headers else [],
        server_header=False,
        timeout_graceful_shutdown=5,
    )
    server = uvicorn.Server(config)
    shown = f"[{host}]" if ":" in host else host
    url = f"http://{shown}:{port}/"
    if block:
        server.run()
        return None
    thread = threading.Thread(target=server.run, name="pcc-web", daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            raise RuntimeError(f"the web app did not start on {host}:{port}")
        time.sleep(0.05)
    return Running(server, thread, blocks, url)
