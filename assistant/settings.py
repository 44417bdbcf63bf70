"""One typed settings tree for the whole product.

Read from environment variables prefixed ``PCC_`` (nested with ``__``, e.g. ``PCC_CHROMA__HOST``),
from a ``.env`` file, and, for the model endpoint, from the standard ``OPENAI_*`` names so that any
OpenAI-compatible server can be pointed at without learning our names. Defaults keep everything on
this machine: embedded Chroma under ``./data``, the packaged offline embedding model, no model.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, Field, SecretStr, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from assistant.records import Marking


class ChromaSettings(BaseModel):
    """Embedded (``PersistentClient``) unless a host is set, then a ``chroma run`` server."""

    host: str | None = None
    port: int = 8000
    ssl: bool = False
    collection_prefix: str = "pcc_chunks"

    @property
    def mode(self) -> Literal["embedded", "server"]:
        return "server" if self.host else "embedded"


class EmbeddingSettings(BaseModel):
    """Which embedding model turns text into vectors. The default needs no torch and no network."""

    backend: Literal["minilm-onnx", "sentence-transformers", "openai"] = "minilm-onnx"
    # sentence-transformers: a local model directory (never a hub name: nothing downloads at run time)
    model_path: Path | None = None
    # openai: an OpenAI-compatible /v1/embeddings endpoint
    openai_model: str = "text-embedding-3-small"
    openai_base_url: str | None = None
    batch_size: int = 32
    max_tokens: int = 256


class OfficeSettings(BaseModel):
    """Who the letters come from. Used by drafts (sign-off, banner) and as the default office."""

    pcc_name: str = "Priya Lockwood"
    pcc_title: str = "Police and Crime Commissioner for Fenmoor"
    area_name: str = "Fenmoor"
    office_name: str = "Office of the Police and Crime Commissioner for Fenmoor"
    force_name: str = "Fenmoor Police"
    chief_constable_name: str = "Sarah Whitlock"


class LLMSettings(BaseModel):
    """An OpenAI-compatible chat endpoint. Unset means the offline composer drafts."""

    api_key: SecretStr | None = None
    base_url: str | None = None
    model: str = "gpt-4o-mini"
    temperature: float = 0.2
    timeout_s: float = 60.0
    max_retries: int = 3
    azure_endpoint: str | None = None
    azure_api_version: str | None = None

    @property
    def configured(self) -> bool:
        return bool(self.base_url or self.azure_endpoint or self.api_key)


class IngestSettings(BaseModel):
    max_file_mb: float = 20.0
    chunk_chars: int = 1000
    # Marking given to action-plan text that states none. Cautious offices can set OFFICIAL-SENSITIVE.
    default_action_plan_marking: Marking = "OFFICIAL"


class Settings(BaseSettings):
    model_config = SettingsConfigDict(
        env_prefix="PCC_",
        env_nested_delimiter="__",
        env_file=".env",
        env_file_encoding="utf-8",
        extra="ignore",
    )

    data_dir: Path = Path("data")
    chroma: ChromaSettings = Field(default_factory=ChromaSettings)
    embedding: EmbeddingSettings = Field(default_factory=EmbeddingSettings)
    office: OfficeSettings = Field(default_factory=OfficeSettings)
    llm: LLMSettings = Field(default_factory=LLMSettings)
    ingest: IngestSettings = Field(default_factory=IngestSettings)

    @model_validator(mode="after")
    def _standard_openai_names(self) -> Settings:
        """Honour OPENAI_API_KEY / OPENAI_BASE_URL / OPENAI_MODEL and the Azure names when ours are unset."""
        env = _dotenv_and_environ(self.model_config.get("env_file"))
        llm = self.llm
        if llm.api_key is None and env.get("OPENAI_API_KEY"):
            llm.api_key = SecretStr(env["OPENAI_API_KEY"])
        if llm.base_url is None and env.get("OPENAI_BASE_URL"):
            llm.base_url = env["OPENAI_BASE_URL"]
        if env.get("OPENAI_MODEL") and "PCC_LLM__MODEL" not in env:
            llm.model = env["OPENAI_MODEL"]
        if llm.azure_endpoint is None and env.get("AZURE_OPENAI_ENDPOINT"):
            llm.azure_endpoint = env["AZURE_OPENAI_ENDPOINT"]
            llm.azure_api_version = llm.azure_api_version or env.get("OPENAI_API_VERSION")
            if llm.api_key is None and env.get("AZURE_OPENAI_API_KEY"):
                llm.api_key = SecretStr(env["AZURE_OPENAI_API_KEY"])
        return self

    @property
    def chroma_path(self) -> Path:
        return self.data_dir / "chroma"

    @property
    def catalog_path(self) -> Path:
        return self.data_dir / "catalog.sqlite3"

    @property
    def lexical_dir(self) -> Path:
        return self.data_dir / "bm25"


def _dotenv_and_environ(env_file: object) -> dict[str, str]:
    """The process environment over the .env file, as pydantic-settings itself ranks them."""
    values: dict[str, str] = {}
    if isinstance(env_file, str | Path) and Path(env_file).is_file():
        from dotenv import dotenv_values

        values.update({k: v for k, v in dotenv_values(env_file).items() if v is not None})
    values.update(os.environ)
    return values
