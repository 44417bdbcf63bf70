"""The chat-model adapter: one configured OpenAI-compatible endpoint (OpenAI, Azure OpenAI, vLLM,
Ollama, llama.cpp) behind langchain's chat models, with the retries and the streaming the drafting
approaches need, built from settings and injected into them.

Nothing here reaches the network unless a model is configured (``LLMSettings.configured``).
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from langchain_core.language_models import BaseChatModel
from tenacity import Retrying, retry_if_exception, stop_after_attempt, wait_exponential

from assistant.settings import LLMSettings

log = logging.getLogger(__name__)

# on_token(label, delta): a piece of the answer for ``label``; delta None: that answer starts again.
OnToken = Callable[[str, str | None], None]


class ModelUnavailable(RuntimeError):
    """The endpoint failed after every retry; the message says what to check."""


class IncompleteStream(ConnectionError):
    """The stream ended without the model saying it had finished (connection cut, server killed)."""


def transient(exc: BaseException) -> bool:
    """Worth another try: connection trouble, timeouts (a stalled stream), 429 and 5xx answers."""
    import httpx
    import openai

    if isinstance(exc, openai.APIStatusError):
        return exc.status_code == 429 or exc.status_code >= 500
    return isinstance(
        exc, IncompleteStream | openai.APIConnectionError | openai.APITimeoutError | httpx.TransportError
    )


def refuses_json_mode(exc: BaseException) -> bool:
    """A 400 answer that names response_format: a server without JSON mode."""
    import openai

    return isinstance(exc, openai.BadRequestError) and "response_format" in str(exc)


def build_chat_model(settings: LLMSettings) -> BaseChatModel:
    """A streaming chat model for the configured endpoint; ``ChatModel`` wraps it in its own retries."""
    key = settings.api_key.get_secret_value() if settings.api_key else "not-needed"
    common = {
        "api_key": key,
        "temperature": settings.temperature,
        "timeout": settings.timeout_s,
        "max_retries": 0,
        "streaming": True,
    }
    if settings.azure_endpoint:
        from langchain_openai import AzureChatOpenAI

        return AzureChatOpenAI(
            azure_endpoint=settings.azure_endpoint,
            api_version=settings.azure_api_version,
            azure_deployment=settings.model,
            max_tokens=settings.max_tokens,
            **common,
        )
    from langchain_openai import ChatOpenAI

    # OpenAI itself takes max_completion_tokens (what langchain sends for max_tokens); self-hosted
    # OpenAI-compatible servers (llama.cpp, older vLLM) honour only the classic max_tokens.
    if settings.base_url:
        limit = {"extra_body": {"max_tokens": settings.max_tokens}}
    else:
        limit = {"max_tokens": settings.max_tokens}
    return ChatOpenAI(model=settings.model, base_url=settings.base_url, **limit, **common)


class ChatModel:
    """A chat model with a name, an endpoint and a retry policy: ``stream`` returns one whole answer,
    passing each piece to ``on_token`` as it comes, and retries transient failures with backoff."""

    def __init__(
        self,
        chat: BaseChatModel,
        name: str,
        endpoint: str,
        max_retries: int = 3,
        backoff_s: float = 0.5,
        json_mode: bool = False,
    ):
        self.chat = chat
        self.name = name
        self.endpoint = endpoint
        self.max_retries = max_retries
        self.backoff_s = backoff_s
        # Ask the server for JSON (``response_format``); every prompt asks for a JSON answer, and the
        # tolerant reader stays for a server that ignores it. One that refuses it is asked without.
        self.json_mode = json_mode

    @classmethod
    def from_settings(cls, settings: LLMSettings) -> ChatModel:
        endpoint = settings.azure_endpoint or settings.base_url or "https://api.openai.com/v1"
        return cls(
            build_chat_model(settings),
            settings.model,
            endpoint,
            settings.max_retries,
            json_mode=settings.json_mode,
        )

    def stream(self, messages, label: str, on_token: OnToken | None = None) -> str:
        """Stream one answer, retrying transient failures with exponential backoff."""
        retrying = Retrying(
            stop=stop_after_attempt(self.max_retries + 1),
            wait=wait_exponential(multiplier=self.backoff_s, max=8),
            retry=retry_if_exception(transient),
            reraise=True,
        )
        try:
            for attempt in retrying:
                with attempt:
                    if on_token and attempt.retry_state.attempt_number > 1:
                        on_token(label, None)  # the answer starts again
                    return self._one_answer(messages, label, on_token)
        except Exception as exc:
            if self.json_mode and refuses_json_mode(exc):
                log.warning("%s refused JSON mode (%s); asking without it from now on", self.endpoint, exc)
                self.json_mode = False
                return self.stream(messages, label, on_token)
            if transient(exc):
                raise ModelUnavailable(
                    f"the language model at {self.endpoint} did not answer after {self.max_retries + 1} attempts "
                    f"({type(exc).__name__}: {exc})"
                ) from exc
            raise
        return ""  # pragma: no cover - Retrying always returns or raises

    def _json_request(self) -> dict:
        """JSON mode, sent in the request body beside what the model was built with (the max_tokens a
        self-hosted server honours). Not as langchain's ``response_format``: that takes the SDK's
        parsing path, which raises on an answer cut at max_tokens instead of returning it."""
        if not self.json_mode:
            return {}
        body = dict(getattr(self.chat, "extra_body", None) or {})
        return {"extra_body": {**body, "response_format": {"type": "json_object"}}}

    def _one_answer(self, messages, label: str, on_token: OnToken | None) -> str:
        parts: list[str] = []
        finished = False
        try:
            for chunk in self.chat.stream(messages, **self._json_request()):
                delta = chunk.content if isinstance(chunk.content, str) else ""
                finished = finished or bool(chunk.response_metadata.get("finish_reason"))
                if delta:
                    parts.append(delta)
                    if on_token:
                        on_token(label, delta)
        except ValueError as exc:
            # langchain's only sign of a stream that closed before its first piece (a server going
            # down between requests): no class of its own, so known by its message.
            if "No generation chunks" not in str(exc):
                raise
            raise IncompleteStream("the answer closed before its first piece") from exc
        if not finished:
            raise IncompleteStream(f"the answer stopped after {len(parts)} pieces without finishing")
        return "".join(parts)
