"""Scaled-up libraries for the benchmarks: the sample corpus plus synthetic documents.

Synthetic chunks are 3-5 real sentences from the sample corpus, recombined; each vector is the
normalised mean of its sentences' real vectors plus a little noise. So texts and vectors have the
corpus's vocabulary and geometry without embedding 100,000 texts (hours on 2 cores); the query is
always embedded for real. Libraries are cached under bench/out/libraries/<n>.
"""

from __future__ import annotations

import hashlib
import random
import shutil
from pathlib import Path

import numpy as np
from common import OUT

from assistant.components.vector_store import chunk_metadata
from assistant.drafting.text import split_sentences
from assistant.records import Chunk, Document, DocumentMeta

CHUNKS_PER_DOC = 8
KINDS = ["response"] * 6 + ["action_plan"] * 4
TYPES = ["national thematic", "PEEL", "joint", "spotlight", "force-specific", "revisit"]


def sentence_pool(assistant, embeddings, cache: Path) -> tuple[list[str], np.ndarray]:
    if cache.exists():
        data = np.load(cache, allow_pickle=False)
        return list(data["texts"]), data["vectors"]
    texts = sorted(
        {
            s
            for chunk, _ in assistant.catalog.passages()
            for s in split_sentences(chunk.text)
            if len(s.split()) >= 5
        }
    )
    vectors = embeddings.embed_array(texts)
    cache.parent.mkdir(parents=True, exist_ok=True)
    np.savez(cache, texts=np.array(texts), vectors=vectors)
    return texts, vectors


def build_library(n_chunks: int, embeddings, seed: int = 7) -> Path:
    """A data folder with the sample corpus and enough synthetic documents for ``n_chunks`` chunks."""
    from tests.conftest import SAMPLE_PATHS, make_assistant

    folder = OUT / "libraries" / str(n_chunks)
    if (folder / "ready").exists():
        return folder
    shutil.rmtree(folder, ignore_errors=True)
    assistant = make_assistant(folder, embeddings)
    assert not assistant.ingest(SAMPLE_PATHS).failed
    texts, vectors = sentence_pool(assistant, embeddings, OUT / "libraries" / "sentences.npz")
    rng = random.Random(seed)
    noise = np.random.default_rng(seed)
    have = len(assistant.catalog.all_chunk_ids())
    n_docs = max(0, (n_chunks - have) // CHUNKS_PER_DOC)
    pending: list[tuple[Document, np.ndarray]] = []
    for d in range(n_docs):
        year = rng.randint(2018, 2026)
        kind = rng.choice(KINDS)
        doc_id = f"synth-{d:06d}"
        version = hashlib.sha1(doc_id.encode()).hexdigest()[:16]
        chunks, vecs = [], []
        for position in range(CHUNKS_PER_DOC):
            picks = rng.sample(range(len(texts)), rng.randint(3, 5))
            marking = "OFFICIAL-SENSITIVE" if kind == "action_plan" and rng.random() < 0.25 else "OFFICIAL"
            chunks.append(
                Chunk(
                    chunk_id=f"{doc_id}::{version}::{position:04d}",
                    doc_id=doc_id,
                    position=position,
                    section=f"Section {position + 1}",
                    text=" ".join(texts[i] for i in picks),
                    marking=marking,
                )
            )
            v = vectors[picks].mean(axis=0) + noise.normal(0, 0.01, vectors.shape[1])
            vecs.append(v / np.linalg.norm(v))
        meta = DocumentMeta(
            doc_id=doc_id,
            kind=kind,
            office="Fenmoor",
            title=f"Synthetic {kind} {d}",
            inspection_type=rng.choice(TYPES),
            published=f"{year}-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}",
            marking=max((c.marking for c in chunks), key=len),
            source_path=f"/synthetic/{doc_id}",
            content_hash=hashlib.sha256(doc_id.encode()).hexdigest(),
            file_type="txt",
        )
        pending.append(
            (Document(meta=meta, version=version, chunks=chunks), np.array(vecs, dtype=np.float32))
        )
        if len(pending) * CHUNKS_PER_DOC >= 4000 or d == n_docs - 1:
            _write(assistant, pending)
            pending = []
            print(f"  {n_chunks}: {d + 1}/{n_docs} synthetic documents", flush=True)
    assistant.lexical.current()  # build BM25 once
    assistant.close()
    (folder / "ready").touch()
    return folder


def _write(assistant, pending: list[tuple[Document, np.ndarray]]) -> None:
    docs = [d for d, _ in pending]
    assistant.vectors.add(
        [c.chunk_id for d in docs for c in d.chunks],
        np.concatenate([v for _, v in pending]),
        [chunk_metadata(d.meta, c, d.version) for d in docs for c in d.chunks],
        [c.text for d in docs for c in d.chunks],
    )
    for d in docs:
        assistant.catalog.commit(d)
