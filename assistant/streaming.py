"""Run a drafting call that reports tokens through a callback, and read its progress as a generator.

The web UI streams a model's words into the page this way; the call itself runs on a worker thread.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any


@dataclass
class Event:
    kind: str  # "token" | "restart" | "done" | "error"
    section: str = ""
    text: str = ""
    result: Any = None
    error: BaseException | None = None


def stream_call(fn: Callable[..., Any], *args, **kwargs) -> Iterator[Event]:
    """Call ``fn(*args, on_token=..., **kwargs)``; yield its tokens as they arrive, then its result."""
    events: queue.Queue[Event] = queue.Queue()

    def on_token(section: str, delta: str | None) -> None:
        events.put(Event("restart", section) if delta is None else Event("token", section, delta))

    def run() -> None:
        try:
            events.put(Event("done", result=fn(*args, on_token=on_token, **kwargs)))
        except BaseException as exc:  # handed to the reader, who decides what to show
            events.put(Event("error", error=exc))

    threading.Thread(target=run, daemon=True).start()
    while True:
        event = events.get()
        yield event
        if event.kind in ("done", "error"):
            return
