"""Ingestion against a real Chroma store and catalog: idempotent, edits replace, failures stay alone."""

from __future__ import annotations

import shutil

import pytest

from assistant.records import SearchFilters
from assistant.service import NotFound
from tests.conftest import CORPUS


def chroma_ids(assistant) -> set[str]:
    return assistant.vectors.all_ids()


def test_ingest_records_metadata_on_documents_and_chunks(assistant, workdir):
    report = assistant.ingest([workdir])
    assert report.count("ingested") == 5 and not report.failed
    stored, chunks = assistant.document("resp-2022-digital-forensics")
    meta = stored.meta
    assert meta.kind == "response" and meta.file_type == "docx" and meta.office == "Fenmoor"
    assert meta.inspection_type == "national thematic" and meta.published.year == 2022
    assert len(meta.content_hash) == 64 and meta.source_path.endswith("resp-2022-digital-forensics.docx")
    assert [c.position for c in chunks] == list(range(len(chunks)))
    assert any(c.section == "Header" for c in chunks)
    # Chroma holds exactly the catalog's chunks, each with the document's metadata.
    got = assistant.vectors._collection.get(ids=[chunks[1].chunk_id], include=["metadatas"])
    stored_meta = got["metadatas"][0]
    assert stored_meta["doc_id"] == "resp-2022-digital-forensics" and stored_meta["year"] == 2022
    assert stored_meta["content_hash"] == meta.content_hash and stored_meta["position"] == 1
    assert chroma_ids(assistant) == assistant.catalog.all_chunk_ids()


def test_same_content_twice_adds_nothing(assistant, workdir):
    assistant.ingest([workdir])
    before = chroma_ids(assistant)
    generation = assistant.catalog.generation()
    report = assistant.ingest([workdir])
    assert report.count("unchanged") == 5 and report.count("ingested") == 0
    assert chroma_ids(assistant) == before and assistant.catalog.generation() == generation


def test_a_copy_under_another_name_is_reported_as_duplicate(assistant, workdir, tmp_path):
    assistant.ingest([workdir])
    copy = tmp_path / "copy-of-protests.txt"
    shutil.copy(workdir / "resp-2021-protests.txt", copy)
    outcome = assistant.ingest([copy]).outcomes[0]
    assert outcome.status == "duplicate" and "resp-2021-protests" in outcome.reason
    assert assistant.catalog.get("copy-of-protests") is None


def test_edited_file_replaces_all_old_chunks(assistant, workdir):
    path = workdir / "resp-2021-protests.txt"
    assistant.ingest([path])
    old_ids = assistant.catalog.all_chunk_ids()
    path.write_text(
        path.read_text(encoding="utf-8").replace("climate protests", "zeppelin-themed climate protests"),
        encoding="utf-8",
    )
    outcome = assistant.ingest([path]).outcomes[0]
    assert outcome.status == "replaced"
    new_ids = assistant.catalog.all_chunk_ids()
    assert not (old_ids & new_ids), "no chunk of the old version may survive"
    assert chroma_ids(assistant) == new_ids
    hits = assistant.search("zeppelin", mode="lexical")
    assert hits and hits[0].meta.doc_id == "resp-2021-protests"


def test_forget_removes_a_document_everywhere(assistant, workdir):
    assistant.ingest([workdir])
    assistant.forget("resp-2020-county-lines")
    assert "resp-2020-county-lines" not in {d.meta.doc_id for d in assistant.documents()}
    assert not any(i.startswith("resp-2020-county-lines::") for i in chroma_ids(assistant))
    assert all(h.meta.doc_id != "resp-2020-county-lines" for h in assistant.search("county lines"))
    with pytest.raises(NotFound):
        assistant.forget("resp-2020-county-lines")


def test_a_removal_can_be_undone_with_the_raised_marking_and_is_purged_after_30_days(assistant, workdir):
    """'Remove from library' deleted a document nobody chose, at once, with no undo. A removal is now
    kept for 30 days: restored, the document is found again exactly as it was (its passages, its
    vectors, the marking a person raised by hand); after 30 days, or by command, it is gone for good."""
    from datetime import UTC, datetime, timedelta

    assistant.ingest([workdir])
    doc = "resp-2020-county-lines"
    before = {c.chunk_id: c.text for c in assistant.document(doc)[1]}
    assistant.set_marking(doc, "OFFICIAL-SENSITIVE")
    record = assistant.forget(doc, by="sam")
    assert record.removed_by == "sam" and record.protective_marking == "OFFICIAL-SENSITIVE"
    assert [r.doc_id for r in assistant.removed_documents()] == [doc]
    kept = list(assistant.settings.removed_dir.iterdir())
    assert [p.name for p in kept] == [f"{doc}.OFFICIAL-SENSITIVE.json"]  # the file that holds it is marked
    assert all(h.meta.doc_id != doc for h in assistant.search("county lines"))  # gone from search at once

    stored = assistant.restore(doc)
    assert stored.meta.marking == "OFFICIAL-SENSITIVE"  # the hand-raised marking came back
    assert {c.chunk_id: c.text for c in assistant.document(doc)[1]} == before
    assert chroma_ids(assistant) == assistant.catalog.all_chunk_ids()
    hits = assistant.search("county lines")
    assert any(h.meta.doc_id == doc for h in hits)
    assert assistant.removed_documents() == []  # restored: no longer listed
    with pytest.raises(NotFound, match="restored, purged"):
        assistant.restore(doc)

    # 30 days on, a removal is purged; a newer one is kept (a false alarm would lose a day-old undo)
    assistant.forget(doc)
    assistant.forget("resp-2021-protests")
    old = assistant.removed.get(doc)
    assistant.removed.put(old.document, old.marking_override, now=datetime.now(UTC) - timedelta(days=31))
    assert [r.doc_id for r in assistant.removed_documents()] == ["resp-2021-protests"]
    assert assistant.purge() == ["resp-2021-protests"] and assistant.removed_documents() == []


def test_a_removed_document_added_again_is_not_restored_over_the_new_copy(assistant, workdir):
    assistant.ingest([workdir])
    assistant.forget("resp-2021-protests")
    assistant.ingest([workdir / "resp-2021-protests.txt"])  # added again since
    with pytest.raises(ValueError, match="in the library again"):
        assistant.restore("resp-2021-protests")
    assert chroma_ids(assistant) == assistant.catalog.all_chunk_ids()


def test_a_corrupt_file_fails_alone(assistant, workdir):
    (workdir / "corrupt.pdf").write_bytes(b"%PDF-1.7\n% nothing else")
    (workdir / "empty.docx").write_bytes(b"")
    report = assistant.ingest([workdir])
    failed = {o.path.rsplit("/", 1)[-1]: o.reason for o in report.failed}
    assert set(failed) == {"corrupt.pdf", "empty.docx"}
    assert "PDF" in failed["corrupt.pdf"] and "0 bytes" in failed["empty.docx"]
    assert report.count("ingested") == 5
    assert chroma_ids(assistant) == assistant.catalog.all_chunk_ids()


def test_failure_while_storing_leaves_previous_version_intact(assistant, workdir, monkeypatch):
    path = workdir / "resp-2021-protests.txt"
    assistant.ingest([path])
    before_catalog, before_vectors = assistant.catalog.all_chunk_ids(), chroma_ids(assistant)
    path.write_text(path.read_text(encoding="utf-8") + "\n\nA new closing paragraph.\n", encoding="utf-8")

    def boom(document):
        raise OSError("disk full")

    monkeypatch.setattr(assistant.catalog, "commit", boom)
    outcome = assistant.ingest([path]).outcomes[0]
    assert outcome.status == "failed" and "disk full" in outcome.reason
    assert assistant.catalog.all_chunk_ids() == before_catalog
    assert chroma_ids(assistant) == before_vectors


def test_vectors_left_by_a_crash_are_ignored_then_cleaned(assistant, workdir, embeddings):
    import numpy as np

    assistant.ingest([workdir / "resp-2021-protests.txt"])
    orphan = "resp-2021-protests::deadbeef::0000"
    vector = embeddings.embed_array(["protests public order"])
    assistant.vectors.add(
        [orphan],
        vector,
        [{"doc_id": "resp-2021-protests", "version": "deadbeef", "kind": "response"}],
        ["orphan text"],
    )
    hits = assistant.searcher.search_chunks("protests public order", mode="vector")
    assert orphan not in {h.chunk.chunk_id for h in hits}
    assert assistant.ingestor.reconcile() == 1
    assert orphan not in chroma_ids(assistant)
    assert np.isclose(np.linalg.norm(vector), 1.0)


def test_unsupported_and_missing_files_are_named(assistant, tmp_path):
    (tmp_path / "notes.rtf").write_text("{\\rtf1 hi}")
    report = assistant.ingest([tmp_path / "notes.rtf", tmp_path / "nope.docx"])
    reasons = [o.reason for o in report.failed]
    assert any("unsupported file type '.rtf'" in r for r in reasons)
    assert any("file not found" in r for r in reasons)


def test_too_large_file_is_refused(tmp_path, embeddings):
    from tests.conftest import make_assistant

    a = make_assistant(tmp_path / "data", embeddings, ingest={"max_file_mb": 0.001})
    big = tmp_path / "big.txt"
    big.write_text("HMICFRS inspection response. " * 200)
    outcome = a.ingest([big]).outcomes[0]
    assert outcome.status == "failed" and "too large" in outcome.reason
    a.close()


def test_same_name_in_two_folders_gets_two_ids(assistant, tmp_path):
    for folder in ("a", "b"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "letter.txt").write_text(
            f"Response to HMICFRS from the Police and Crime Commissioner, folder {folder}."
        )
    report = assistant.ingest([tmp_path / "a", tmp_path / "b"])
    ids = {o.doc_id for o in report.outcomes}
    assert len(ids) == 2 and "letter" in ids


def test_marking_raise_and_restore_reaches_the_search_filter(assistant, workdir):
    assistant.ingest([workdir / "resp-2021-protests.txt"])
    sensitive = SearchFilters(marking="OFFICIAL-SENSITIVE")
    assert not assistant.search("protests", sensitive)
    assert (
        assistant.set_marking("resp-2021-protests", "OFFICIAL-SENSITIVE").meta.marking == "OFFICIAL-SENSITIVE"
    )
    for mode in ("vector", "lexical"):
        assert [h.meta.doc_id for h in assistant.search("protests", sensitive, mode=mode)] == [
            "resp-2021-protests"
        ]
    assistant.set_marking("resp-2021-protests", None)
    assert not assistant.search("protests", sensitive)


def test_action_plan_rows_keep_row_markings(assistant):
    assistant.ingest([CORPUS / "action-plans" / "ap-2022-digital-forensics.csv"])
    stored, chunks = assistant.document("ap-2022-digital-forensics")
    assert stored.meta.kind == "action_plan" and stored.meta.marking == "OFFICIAL-SENSITIVE"
    assert {c.marking for c in chunks} == {"OFFICIAL", "OFFICIAL-SENSITIVE"}
