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

from pydantic import BaseModel, Field, PrivateAttr, SecretStr, model_validator
from pydantic_settings import (
    BaseSettings,
    DotEnvSettingsSource,
    PydanticBaseSettingsSource,
    SettingsConfigDict,
)

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
    batch_size: int = 8  # measured fastest on 2 cores: less padding per batch
    max_tokens: int = 256
    # How much keyword (BM25) evidence counts beside this model's vectors in hybrid search; None: the value
    # calibrated for the model (``assistant/search/hybrid.py``, ``LEXICAL_WEIGHTS``), 1.0 for another model.
    lexical_weight: float | None = Field(default=None, ge=0)


class OfficeSettings(BaseModel):
    """Who the letters come from (``PCC_OFFICE__<NAME>``). Used by drafts (sign-off, banner, the force's
    name in sentences) and as the library's own office (past letters whose office is ``area_name`` are
    "my earlier responses").

    Nothing defaults to the sample office: a detail left unset becomes a visible gap naming the setting
    (``[To be added: ... (set PCC_OFFICE__PCC_NAME)]``), which the verifier flags and which blocks a
    publication export; ``missing`` lists them for the app's and the CLI's warning. The sample corpus's
    office is in ``corpus/sample-office.env``, which ``make run`` gives as ``PCC_DEFAULTS_FILE``."""

    pcc_name: str = ""
    pcc_title: str = ""
    area_name: str = ""
    office_name: str = ""
    force_name: str = ""
    chief_constable_name: str = ""
    chief_constable_pronoun: Literal["her", "his", "their"] = "their"

    _missing: tuple[str, ...] = PrivateAttr(default=())

    def model_post_init(self, context: object, /) -> None:
        missing = tuple(name for name in _OFFICE_WORDS if not getattr(self, name).strip())
        for name in missing:
            setattr(self, name, office_gap(name))
        self._missing = missing

    @property
    def missing(self) -> tuple[str, ...]:
        """The details not set (field names), in the order of ``_OFFICE_WORDS``."""
        return self._missing

    @staticmethod
    def env_name(field: str) -> str:
        return f"PCC_OFFICE__{field.upper()}"

    def warning(self) -> str:
        """One plain sentence for staff when details are unset, else ""."""
        if not self._missing:
            return ""
        names = ", ".join(f"{_OFFICE_WORDS[m]} ({self.env_name(m)})" for m in self._missing)
        return (
            f"The office's details are not set: {names}. Letters will show a [To be added] gap in their "
            "place until they are set in .env."
        )


# What each office detail is, as a gap in a letter names it.
_OFFICE_WORDS = {
    "pcc_name": "the commissioner's name",
    "pcc_title": "the commissioner's title",
    "area_name": "the police area's name",
    "office_name": "the office's name",
    "force_name": "the force's name",
    "chief_constable_name": "the Chief Constable's name",
}


def office_gap(field: str) -> str:
    return f"[To be added: {_OFFICE_WORDS[field]} (set {OfficeSettings.env_name(field)})]"


class LLMSettings(BaseModel):
    """An OpenAI-compatible chat endpoint. Unset means the offline composer drafts."""

    api_key: SecretStr | None = None
    base_url: str | None = None
    model: str = "gpt-4o-mini"
    temperature: float = 0.2
    max_tokens: int = 700  # per section: a few paragraphs at most
    timeout_s: float = 60.0
    max_retries: int = 3
    azure_endpoint: str | None = None
    azure_api_version: str | None = None
    # OFFICIAL-SENSITIVE text is withheld from the model unless this is set (e.g. for a model on this machine).
    send_sensitive: bool = False
    # After drafting, the verifiers' error flags on the model's sentences go back to it, with the sentence
    # and its sources, for at most this many rounds; what remains is shown as flags.
    repair_rounds: int = Field(default=2, ge=0, le=5)
    # After the last section, the model reads the whole letter once and takes out what it says twice and
    # rewords openings that repeat (its own sentences only; see drafting/one_voice.py).
    letter_pass: bool = True
    # Ask the server for a JSON answer (response_format json_object: OpenAI, Azure, vLLM, Ollama and
    # llama.cpp offer it). A server that refuses it is asked without, and the answer read tolerantly.
    json_mode: bool = True
    # `pcc-assistant eval --judge`: the letter and the sources are each cut to this many characters for
    # the judging model (about a quarter as many tokens); lower it for a model with a small context.
    judge_max_chars: int = Field(default=12000, ge=1000)

    @property
    def configured(self) -> bool:
        return bool(self.base_url or self.azure_endpoint or self.api_key)


class IngestSettings(BaseModel):
    """What a file may cost to read. Each limit keeps a broken or hostile file from exhausting memory or
    time; a file over one is refused with the limit, its value and the variable that raises it
    (``PCC_INGEST__<NAME>``) named, and the rest of the batch goes on."""

    max_file_mb: float = Field(
        20.0,
        gt=0,
        description="Size on disk of a file ingested, or read directly as a draft's action-plan notes.",
    )
    max_unzipped_mb: float = Field(
        40.0, gt=0, description="A DOCX/XLSX package's parts, uncompressed, in total (zip-bomb guard)."
    )
    max_member_mb: float = Field(
        10.0,
        gt=0,
        description="One part of a DOCX/XLSX package, uncompressed. Reading a Word document's XML takes "
        "up to 20 times its size in memory: 10 MB (some 1,500 pages) is about 200 MB.",
    )
    max_file_chars: int = Field(
        3_000_000, gt=0, description="Characters of text in one file (about 1,000 pages)."
    )
    max_block_chars: int = Field(
        200_000, gt=0, description="Characters in one paragraph, list item or table row (about 60 pages)."
    )
    chunk_chars: int = Field(
        1000,
        gt=0,
        description="Passage size: paragraphs are packed up to it; a longer paragraph is split at sentences, "
        "then words, then characters.",
    )
    max_chunk_chars: int = Field(
        4000,
        gt=0,
        description="No passage is longer, not even an action-plan row or header table (normally kept whole).",
    )
    max_html_depth: int = Field(200, gt=0, description="How deeply a web page's tags may nest.")
    follow_symlinks: bool = Field(
        False,
        description="Read symbolic links (to files, or to folders while walking one). Off: a link is "
        "skipped and reported, so a link to a file elsewhere never becomes a document.",
    )
    # Marking given to action-plan text that states none. Cautious offices can set OFFICIAL-SENSITIVE.
    default_action_plan_marking: Marking = "OFFICIAL"
    write_lock_timeout_s: float = Field(
        300.0,
        ge=0,
        description="How long a change to the library (ingest, upload, forget, marking) waits while another "
        "process is changing it, then is refused with a plain message; 0 refuses at once.",
    )

    @staticmethod
    def env_name(field: str) -> str:
        return f"PCC_INGEST__{field.upper()}"


class UISettings(BaseModel):
    """The web app. Binding beyond loopback requires at least one user (name -> PBKDF2 hash)."""

    host: str = "127.0.0.1"
    port: int = 7860
    users: dict[str, str] = Field(default_factory=dict)  # e.g. PCC_UI__USERS='{"jane": "pbkdf2_sha256$..."}'
    max_upload_mb: float = 20.0
    # A signed-in session lasts this long, then the person signs in again (cookie and server side).
    session_hours: float = Field(8.0, gt=0)
    # Failed sign-ins allowed per user name, and per client address, within the window; then 429.
    sign_in_failures_per_user: int = Field(5, ge=1)
    sign_in_failures_per_address: int = Field(20, ge=1)
    sign_in_window_minutes: int = Field(15, ge=1)
    # Behind a reverse proxy that terminates HTTPS: believe its X-Forwarded-Proto / X-Forwarded-For
    # (only from these addresses), so cookies are marked Secure and throttling sees the real client.
    trust_proxy_headers: bool = False
    trusted_proxies: list[str] = Field(default_factory=lambda: ["127.0.0.1", "::1"])


class DraftingSettings(BaseModel):
    """How the offline composer writes. ``glossary`` is the office's own abbreviations file (YAML,
    ``ABBR: expansion``), read on top of the packaged one (``assistant/prompts/abbreviations.yaml``)."""

    glossary: Path | None = None


class LetterSettings(BaseModel):
    """Letter furniture for exports (``PCC_LETTER__<NAME>``): the form a letter takes, who it is
    addressed to, and the office's own Word template. Every Word export is A4 with 2.5 cm margins (a
    template's own margins are kept when between 1 and 5 cm) and carries the date of export unless the
    caller gives one (``export --date``)."""

    form: Literal["auto", "header_table", "home_secretary"] = Field(
        "header_table",
        description="header_table: the banner and the table of facts, then the letter. home_secretary: the "
        "Home Office address block, the date, 'Dear Home Secretary', the report's title as a heading, then "
        "the letter (no table). auto: the form most of the office's own past letters in the library show "
        "(drafting.furniture.choose_form).",
    )
    home_secretary_name: str = Field(
        "",
        description="The Home Secretary's name for the address block ('The Rt Hon <name>' / 'Home "
        "Secretary'); blank: the block starts 'The Home Secretary'.",
    )
    template: Path | None = Field(
        None,
        description="The office's Word template (.docx or .dotx): its letterhead (headers, footers), page "
        "set-up and styles are kept and its body replaced by the letter. Unset: a plain A4 document.",
    )

    @staticmethod
    def env_name(field: str) -> str:
        return f"PCC_LETTER__{field.upper()}"


DEFAULTS_FILE_VARIABLE = "PCC_DEFAULTS_FILE"


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
    ui: UISettings = Field(default_factory=UISettings)
    drafting: DraftingSettings = Field(default_factory=DraftingSettings)
    letter: LetterSettings = Field(default_factory=LetterSettings)

    # The standard names any OpenAI-compatible tool reads; copied into ``llm`` when ours are unset.
    openai_api_key: SecretStr | None = Field(None, validation_alias="OPENAI_API_KEY", repr=False)
    openai_base_url: str | None = Field(None, validation_alias="OPENAI_BASE_URL")
    openai_model: str | None = Field(None, validation_alias="OPENAI_MODEL")
    azure_openai_endpoint: str | None = Field(None, validation_alias="AZURE_OPENAI_ENDPOINT")
    azure_openai_api_key: SecretStr | None = Field(None, validation_alias="AZURE_OPENAI_API_KEY", repr=False)
    openai_api_version: str | None = Field(None, validation_alias="OPENAI_API_VERSION")

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        """The environment, then ``.env``, then the file named by ``PCC_DEFAULTS_FILE`` (values that
        count only where neither sets one: ``make run`` gives the sample office this way)."""
        sources = [init_settings, env_settings, dotenv_settings]
        if defaults := os.environ.get(DEFAULTS_FILE_VARIABLE):
            if not Path(defaults).is_file():
                raise ValueError(
                    f"{DEFAULTS_FILE_VARIABLE}={defaults}: no such file (unset it, or name an env file)"
                )
            sources.append(DotEnvSettingsSource(settings_cls, env_file=defaults))
        return (*sources, file_secret_settings)

    @model_validator(mode="after")
    def _standard_openai_names(self) -> Settings:
        llm = self.llm
        llm.api_key = llm.api_key or self.openai_api_key or self.azure_openai_api_key
        llm.base_url = llm.base_url or self.openai_base_url
        if self.openai_model and "model" not in llm.model_fields_set:
            llm.model = self.openai_model
        llm.azure_endpoint = llm.azure_endpoint or self.azure_openai_endpoint
        llm.azure_api_version = llm.azure_api_version or self.openai_api_version
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

    @property
    def export_dir(self) -> Path:
        """The only folder the web app serves downloads from."""
        return self.data_dir / "exports"

    @property
    def removed_dir(self) -> Path:
        """Documents removed from the library, kept 30 days for an undo (see ``ingest.removed``)."""
        return self.data_dir / "removed"

    @property
    def upload_dir(self) -> Path:
        """Where files uploaded through the web app are kept (the library's source path points here)."""
        return self.data_dir / "uploads"
