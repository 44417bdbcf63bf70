"""The composer on every sample new inspection, with the real library, and what staff do next."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import docx
import pytest
import yaml

from assistant.drafting.export import ExportRefused
from assistant.drafting.inspection import InspectionError, due_date, load_inspection
from assistant.drafting.refs import mentioned_refs, parse_ref_cell, ref_key
from assistant.drafting.revise import RevisionError
from tests.conftest import CORPUS, copy_library, make_assistant

NEW = sorted((CORPUS / "new-inspections").glob("*.yaml"))
TODAY = date(2026, 11, 25)


@pytest.fixture(scope="module")
def library(tmp_path_factory, sample_data, embeddings):
    """A copy of the ingested sample corpus; drafts are added to its audit log."""
    a = copy_library(sample_data, tmp_path_factory.mktemp("drafting") / "data", embeddings)
    a.clock = lambda: TODAY
    yield a
    a.close()


@pytest.mark.parametrize("path", NEW, ids=[p.stem for p in NEW])
def test_composer_drafts_every_sample_inspection_completely_and_groundedly(library, path):
    inspection = load_inspection(path)
    draft = library.draft(path, engine="composer")
    kinds = [s.kind for s in draft.sections]
    # Structure: opening, the Chief Constable, one section per recommendation in order, oversight, sign-off.
    assert kinds[:2] == ["opening", "chief_constable"] and kinds[-2:] == ["scrutiny", "signoff"]
    assert [s.rec_id for s in draft.sections if s.kind == "recommendation"] == [
        r.id for r in inspection.recommendations
    ]
    assert ("areas_for_improvement" in kinds) == bool(inspection.areas_for_improvement)
    assert [r.label for r in draft.header] == [
        "Inspection title",
        "Type of inspection",
        "Date inspection published",
        "Recommendations",
        "Response due",
    ]
    # Every recommendation answered, except where every note on it is OFFICIAL-SENSITIVE: there a gap for
    # the editor stands (and blocks publication) instead of anything from the sensitive note.
    assert len(draft.coverage) == len(inspection.recommendations)
    for c in draft.coverage:
        section = draft.sections[c.section]
        gap = [s for _, _, s in section.sentences() if s.origin == "placeholder"]
        if not c.covered:
            assert gap and "OFFICIAL-SENSITIVE" in gap[0].text, (c.rec_id, c.reason)
    assert sum(c.covered for c in draft.coverage) >= len(draft.coverage) - 2
    bad = {
        "unsupported",
        "invented_specific",
        "sensitive_text",
        "chief_constable",
        "count_mismatch",
        "status_contradiction",
        "false_gap",
    }
    assert [f for f in draft.flags if f.kind in bad] == []
    assert draft.due_date == due_date(inspection.published)
    assert (draft.due_date - inspection.published).days == 55
    assert any("without a language model" in n for n in draft.notes)
    # Each recommendation is quoted verbatim.
    for rec in inspection.recommendations:
        section = next(s for s in draft.sections if s.rec_id == rec.id)
        assert section.paragraphs[0].style == "quote" and section.paragraphs[0].sentences[0].text == rec.text
    # The Chief Constable's comments are the input's, or a visible placeholder: never invented.
    cc = next(s for s in draft.sections if s.kind == "chief_constable")
    cc_text = " ".join(p.text for p in cc.paragraphs)
    if inspection.chief_constable_comments:
        assert inspection.chief_constable_comments.split("\n\n")[0] in cc_text
    else:
        assert cc_text.startswith("[To be added") and any(
            f.kind == "missing_cc_comments" for f in draft.flags
        )
    # Every non-template sentence cites at least one source that exists.
    sids = {s.sid for s in draft.sources}
    for section in draft.sections:
        for _, _, sentence in section.sentences():
            if sentence.origin not in ("template", "placeholder") or sentence.citations:
                assert sentence.citations and set(sentence.citations) <= sids, sentence.text


def test_counts_are_stated_and_split_by_addressee(library):
    draft = library.draft(CORPUS / "new-inspections" / "serious-youth-violence-2023.yaml", engine="composer")
    opening = " ".join(p.text for p in draft.sections[0].paragraphs)
    assert (
        "The report makes four recommendations: two for chief constables, one for the Home Office and one for "
        "other national bodies." in opening
    )
    assert "Fenmoor Police was not one of the forces inspected" in opening
    assert any(f.kind == "deadline" and f.severity == "error" for f in draft.flags)  # 2023: long past


def test_sensitive_action_plan_text_never_enters_a_composer_draft(library):
    inspection = CORPUS / "new-inspections" / "fenmoor-custody-2026.yaml"
    draft = library.draft(inspection, engine="composer")
    sensitive = [s for s in draft.sources if s.marking == "OFFICIAL-SENSITIVE"]
    assert sensitive, "the custody plan has OFFICIAL-SENSITIVE rows"
    body = " ".join(p.text for s in draft.sections for p in s.paragraphs)
    rows = [s for s in sensitive if s.fields]
    assert rows
    for source in rows:
        progress = source.fields.get("progress", "")
        assert progress and progress[:60] not in body
    assert any("OFFICIAL-SENSITIVE" in note for note in draft.notes)


def test_house_phrasing_comes_from_past_letters(library):
    draft = library.draft(CORPUS / "new-inspections" / "fenmoor-peel-2025-27.yaml", engine="composer")
    phrases = [s for sec in draft.sections for _, _, s in sec.sentences() if s.origin == "house_phrase"]
    assert any("Performance and Accountability Board" in s.text for s in phrases)
    cited = {sid for s in phrases for sid in s.citations}
    assert any(draft.source(sid).kind == "past_response" for sid in cited)


def test_exports_docx_with_header_table_and_sources(library, tmp_path, monkeypatch):
    # The form is chosen from the office's own letters by default; this test asks for the table.
    monkeypatch.setattr(library.settings.letter, "form", "header_table")
    draft = library.draft(CORPUS / "new-inspections" / "fenmoor-peel-2025-27.yaml", engine="composer")
    internal = library.export(draft.draft_id, tmp_path / "internal.docx")
    document = docx.Document(str(internal))
    header = document.tables[0]
    cells = {row.cells[0].text: row.cells[1].text for row in header.rows}
    assert cells["Inspection title"] == "PEEL 2025–2027: An inspection of Fenmoor Police"
    assert cells["Type of inspection"] == "☒ Fenmoor-specific (PEEL) ☐ National Thematic"
    assert cells["Date inspection published"] == "12th November 2026"
    assert cells["Response due"].startswith("6th January 2027")
    text = "\n".join(p.text for p in document.paragraphs)
    assert "Sources" in text and "[S" in text
    # Its gaps (sensitive-only recommendations) block publication: exported here with a recorded reason.
    reason = "test: layout of the publication export"
    published = library.export(
        draft.draft_id, tmp_path / "letter.docx", mode="publication", override_reason=reason
    )
    pub_text = "\n".join(p.text for p in docx.Document(str(published)).paragraphs)
    assert (
        "[S" not in pub_text
        and "Drafting notes" not in pub_text
        and len(docx.Document(str(published)).tables) == 1
    )
    md = library.export(
        draft.draft_id, tmp_path / "letter.md", mode="publication", override_reason=reason
    ).read_text()
    assert md.startswith("**FENMOOR PCC RESPONSE TO HMICFRS INSPECTIONS OF FENMOOR POLICE**")
    assert "| Type of inspection | ☒ Fenmoor-specific (PEEL) ☐ National Thematic |" in md


def test_publication_export_refused_until_overridden_with_a_reason(library, tmp_path):
    draft = library.draft(CORPUS / "new-inspections" / "fenmoor-custody-2026.yaml", engine="composer")
    assert draft.publication_blockers  # no Chief Constable comments supplied
    with pytest.raises(ExportRefused, match="(?i)add the Chief Constable's comments.*with a reason"):
        library.export(draft.draft_id, tmp_path / "x.docx", mode="publication")
    assert not (tmp_path / "x.docx").exists()
    library.export(
        draft.draft_id,
        tmp_path / "x.docx",
        mode="publication",
        override_reason="CC comments to follow in a separate annex, agreed with the CEO",
    )
    events = library.history(draft.draft_id)["events"]
    override = next(e for e in events if e["action"] == "override")
    assert "annex" in override["detail"]["reason"] and override["detail"]["flags"]


def test_revisions_make_versions_with_diffs_and_approval_is_audited(library):
    draft = library.draft(CORPUS / "new-inspections" / "fenmoor-integrity-2026.yaml", engine="composer")
    before = len(draft.sections)
    v2 = library.revise(draft.draft_id, "add a section on vetting")
    assert v2.version == 2 and len(v2.sections) == before + 1
    added = next(s for s in v2.sections if s.kind == "added")
    assert all(s.origin == "source" and s.citations for _, _, s in added.sentences())
    assert not [f for f in v2.flags if f.kind in ("unsupported", "invented_specific", "sensitive_text")]
    v3 = library.revise(draft.draft_id, "shorten Areas for improvement")
    assert v3.version == 3
    v4 = library.revise(draft.draft_id, "remove section Local context")
    assert all(s.kind != "local_context" for s in v4.sections)
    with pytest.raises(RevisionError, match="cannot be removed"):
        library.revise(draft.draft_id, "remove section The Chief Constable's comments")
    with pytest.raises(RevisionError, match="needs a language model"):
        library.revise(draft.draft_id, "make the tone warmer")
    # Two areas for improvement have only OFFICIAL-SENSITIVE plan entries: their gaps stand (and block
    # approval) until a person writes a publishable summary, so this approval is an override.
    # The added section's "Many of the recommendations concern vetting." is the 2022 letter's report, not
    # this one's: flagged too.
    gaps = [f for f in library.get_draft(draft.draft_id).flags if f.blocks_publication]
    assert gaps and {f.kind for f in gaps} == {"placeholder", "borrowed_text"}
    library.approve(
        draft.draft_id, "Jane Corran", override_reason="Summaries of the sensitive entries agreed by phone"
    )
    info = library.history(draft.draft_id)
    assert [v["version"] for v in info["versions"]] == [1, 2, 3, 4]
    assert len(info["diffs"]) == 3 and "+## Vetting" in info["diffs"][0]
    approval = [e for e in info["events"] if e["action"] == "approve"][0]
    assert approval["user"] == "Jane Corran" and approval["version"] == 4
    assert library.get_draft(draft.draft_id, version=1).version == 1


def test_each_chat_revision_says_what_it_changed_and_a_repeat_or_a_no_op_makes_no_version(library):
    """'shorten section 3' answered 'Done: version 2.' with an identical v2; 'add a paragraph about custody
    visiting' then 'add a section on custody visiting' inserted two identical sections; the past letter's
    'The inspectors noted the contribution of my Independent Custody Visitor scheme' went into a PEEL
    response unflagged."""
    draft = library.draft(CORPUS / "new-inspections" / "fenmoor-peel-revisit-2026.yaml", engine="composer")
    v2 = library.revise(draft.draft_id, "shorten section 3")
    assert v2.changes.startswith("Section 3 ‘Recommendation 1’ shortened:")
    with pytest.raises(RevisionError, match="Nothing changed"):
        library.revise(draft.draft_id, "shorten section 3")  # already as short: no identical version
    v3 = library.revise(draft.draft_id, "add a paragraph about custody visiting")
    number = next(i for i, s in enumerate(v3.sections) if s.kind == "added") + 1
    assert v3.changes.startswith(f"Section {number} ‘Custody visiting’ added (")
    with pytest.raises(RevisionError, match=f"Section {number} is already on"):
        library.revise(draft.draft_id, "add a section on custody visiting")
    assert [v["version"] for v in library.history(draft.draft_id)["versions"]] == [1, 2, 3]
    # the past letter's sentence about its own report is flagged and holds back publication
    borrowed = [f for f in v3.flags if f.kind == "borrowed_text"]
    assert borrowed and all(f.section == number - 1 and f.blocks_publication for f in borrowed)
    assert any("The inspectors" in f.excerpt for f in borrowed)
    # false alarm: the letter's own sentences about this report are never 'borrowed'
    assert not [f for f in v2.flags if f.kind == "borrowed_text"]

    v4 = library.revise(draft.draft_id, f"rename section {number} to Independent custody visitors")
    assert v4.sections[number - 1].title == "Independent custody visitors" and "renamed" in v4.changes
    v5 = library.revise(draft.draft_id, f"move section {number} before section 3")
    assert v5.sections[2].title == "Independent custody visitors" and "moved to section 3" in v5.changes
    v6 = library.revise(draft.draft_id, "expand section 3")
    assert "expanded" in v6.changes
    assert sum(len(p.sentences) for p in v6.sections[2].paragraphs) > sum(
        len(p.sentences) for p in v5.sections[2].paragraphs
    )
    with pytest.raises(RevisionError, match="opening stays first"):
        library.revise(draft.draft_id, "move section 1 down")
    v7 = library.revise(draft.draft_id, "add a section from resp-2021-protests")
    added = [s for s in v7.sections if s.kind == "added"][-1]
    assert {v7.source(c).doc_id for _, _, x in added.sentences() for c in x.citations} == {
        "resp-2021-protests"
    }
    with pytest.raises(RevisionError, match="Several documents match|No document"):
        library.revise(draft.draft_id, "use the wording of inspection")


def test_use_another_letters_wording(library):
    draft = library.draft(CORPUS / "new-inspections" / "fenmoor-peel-2025-27.yaml", engine="composer")
    book = library.drafter.phrasebook()
    scrutiny = next(s for s in draft.sections if s.kind == "scrutiny")
    already = {draft.source(sid).doc_id for _, _, s in scrutiny.sentences() for sid in s.citations}
    # a letter the section does not already follow (one it follows changes nothing: no new version)
    exemplar = next(d for p in book.alternatives("scrutiny") for d in p.doc_ids if d not in already)
    revised = library.revise(draft.draft_id, f"use the wording of {exemplar}")
    scrutiny = next(s for s in revised.sections if s.kind == "scrutiny")
    cited_docs = {revised.source(sid).doc_id for _, _, s in scrutiny.sentences() for sid in s.citations}
    assert exemplar in cited_docs
    with pytest.raises(RevisionError, match="none of the office's recurring phrasings"):
        library.revise(draft.draft_id, "use the wording of ap-2021-vawg")


def test_json_report_and_audit_record_provenance(library, tmp_path):
    from assistant.drafting.export import report

    draft = library.draft(CORPUS / "new-inspections" / "fenmoor-peel-revisit-2026.yaml", engine="composer")
    data = report(draft)
    assert data["engine"] == "composer" and data["model"] is None
    assert data["prompt_versions"]["composer"].startswith("composer@")
    assert data["due_date"] == "2027-01-13" and data["days_left"] == (date(2027, 1, 13) - TODAY).days
    assert {c["rec_id"] for c in data["coverage"]} == {"1"}
    assert all("support" in s for sec in data["sections"] for s in sec["sentences"])
    stored = library.drafter.audit.load(draft.draft_id)
    assert stored.sources == draft.sources and stored.inspection == draft.inspection


def test_the_json_report_withholds_sensitive_passages_unless_asked_and_says_so(library):
    from assistant.drafting.export import WITHHELD, report

    draft = library.draft(CORPUS / "new-inspections" / "fenmoor-custody-2026.yaml", engine="composer")
    secret = [s for s in draft.sources if s.marking == "OFFICIAL-SENSITIVE"]
    assert secret
    plain = report(draft)
    dumped = str(plain)
    assert plain["file_marking"] == "OFFICIAL"
    assert all(secret_source.text[:60] not in dumped for secret_source in secret)
    assert any(s["text"] == WITHHELD for s in plain["sources"])
    full = report(draft, include_sensitive=True)
    assert full["file_marking"] == "OFFICIAL-SENSITIVE" and secret[0].text[:60] in str(full)


def test_bad_inspection_file_is_named_with_the_problem(tmp_path, library):
    bad = tmp_path / "bad.yaml"
    bad.write_text("title: X\ntype: thematic\npublished: not-a-date\n")
    with pytest.raises(InspectionError) as err:
        load_inspection(bad)
    assert bad.name in str(err.value) and "type" in str(err.value) and "published" in str(err.value)
    missing_note = tmp_path / "note.yaml"
    missing_note.write_text(
        "title: A national inspection of things\ntype: national thematic\npublished: 2026-11-01\n"
        "action_plan_notes: [nowhere/plan.csv]\n"
    )
    from assistant.drafting.sources import SourceError

    with pytest.raises(SourceError, match="nowhere/plan.csv"):
        library.draft(missing_note, engine="composer")


@pytest.mark.parametrize(
    ("published", "due"),
    [
        (date(2020, 2, 27), date(2020, 4, 22)),  # leap year
        (date(2026, 11, 12), date(2027, 1, 6)),
        (date(2023, 3, 8), date(2023, 5, 2)),
    ],
)
def test_due_date_counts_publication_day_as_day_one(published, due):
    assert due_date(published) == due


@pytest.mark.parametrize(
    ("ref", "key"),
    [
        ("R1", "1"),
        ("Rec 3a", "3a"),
        ("Recommendation 12", "12"),
        ("AFI-2", "afi2"),
        ("AFI 2", "afi2"),
        ("CoC-1", "coc1"),
    ],
)
def test_action_plan_references_match_recommendation_ids(ref, key):
    assert ref_key(ref) == key


@pytest.mark.parametrize(
    ("cell", "keys"),
    [
        ("10, 22", ["10", "22"]),
        ("1-3", ["1", "2", "3"]),
        ("Rec 3(a)", ["3a"]),
        ("3(b)", ["3b"]),
        ("B, D", ["b", "d"]),
        ("AFI 2 and 3", ["afi2", "afi3"]),
        ("CoC 1 / R1a", ["coc1", "1a"]),
        ("CoC 1 – R1c", ["coc1", "1c"]),  # a spaced dash separates two references
        ("1 - 3", ["1", "2", "3"]),  # ... but between two numbers it is a range
        ("Theme B", ["b"]),
        ("Whole report", ["general"]),
        ("Gen", ["general"]),
        ("R2 + R3", ["2", "3"]),  # blind case 31: had been one reference, "r2+r3", matching nothing
    ],
)
def test_reference_cells_in_the_forms_offices_write(cell, keys):
    assert parse_ref_cell(cell) == keys


def test_references_in_prose_and_not_the_pronoun():
    assert mentioned_refs("In response to recommendations 10 and 22, and Recommendation 3(a)") == {
        "10",
        "22",
        "3a",
    }
    assert mentioned_refs("This recommendation I accept.") == set()


def test_no_engine_named_uses_composer_without_a_model(tmp_path, embeddings):
    a = make_assistant(Path(tmp_path / "d"), embeddings)
    assert "llm" not in a.drafter.engines
    from assistant.drafting.drafter import DraftingError

    with pytest.raises(DraftingError, match="set OPENAI_BASE_URL"):
        a.draft(CORPUS / "new-inspections" / "fenmoor-peel-2025-27.yaml", engine="llm")
    a.close()


def test_rows_are_shown_with_how_they_matched_and_a_person_can_reassign_them(library, tmp_path):
    from assistant.drafting.sources import SourceError

    (tmp_path / "plan.csv").write_text(
        "Ref,Action,Owner,Due,Status\n"
        "R1,Train every custody sergeant in rousing checks,Head of Custody,31/03/2027,In progress\n"
        ",Recruit twelve more appropriate adults for children held overnight,Head of Custody,31/03/2027,Planned\n"
        "General,All recommendations added to the force tracker,DCC,Ongoing,Green\n"
        "R9,Install a new hearing loop at the front counter,Head of Estates,30/06/2027,Not started\n",
        encoding="utf-8",
    )
    spec = {
        "title": "An inspection of custody in Fenmoor",
        "type": "force-specific",
        "published": "2026-11-02",
        "force_inspected": True,
        "recommendations": [
            {
                "id": "1",
                "text": "The force should make sure detainees at risk are roused and checked.",
                "addressee": "force",
            },
            {
                "id": "2",
                "text": "The force should make sure an appropriate adult attends promptly for every child held overnight.",
                "addressee": "force",
            },
        ],
        "action_plan_notes": ["plan.csv"],
    }
    path = tmp_path / "inspection.yaml"
    path.write_text(yaml.safe_dump(spec), encoding="utf-8")
    matches = {m.row: m for m in library.row_matches(path)}
    assert (matches["plan#1"].targets, matches["plan#1"].how) == (["1"], "reference")
    assert (matches["plan#2"].targets, matches["plan#2"].how) == (["2"], "meaning")
    assert (matches["plan#3"].targets, matches["plan#3"].how) == ([], "whole report")
    assert (matches["plan#4"].targets, matches["plan#4"].how) == ([], "left over")  # R9 is not in this file
    # The person corrects it: R9's row answers 2 after all, and the meaning match was wrong.
    spec["assign"] = {"plan#4": "2", "plan#2": "none"}
    path.write_text(yaml.safe_dump(spec), encoding="utf-8")
    matches = {m.row: m for m in library.row_matches(path)}
    assert (matches["plan#4"].targets, matches["plan#4"].how) == (["2"], "assigned")
    assert (matches["plan#2"].targets, matches["plan#2"].how) == ([], "assigned")
    draft = library.draft(path, engine="composer")
    rec2 = " ".join(
        s.text
        for _, _, s in draft.sections[
            next(i for i, s in enumerate(draft.sections) if s.rec_id == "2")
        ].sentences()
    )
    assert "hearing loop" in rec2 and "appropriate adults" not in rec2
    # A target that is not in the inspection is refused, naming the field and the ids it may use.
    spec["assign"] = {"plan#4": "7"}
    path.write_text(yaml.safe_dump(spec), encoding="utf-8")
    with pytest.raises(SourceError, match=r"assign: 7 .*ids: 1, 2"):
        library.row_matches(path)


def test_a_row_for_a_recommendation_goes_to_each_of_its_parts(library, tmp_path):
    """Blind case 27: the notes answer "Rec C" and the report numbers it C(i) and C(ii); the letter said
    no note was found for either. A row for a recommendation the report does not have stays left over."""
    (tmp_path / "plan.csv").write_text(
        "Ref,Action,Owner,Due,Status\n"
        "Rec C,Appoint a contact independent of the accused officer's team,Head of PSD,31/03/2027,In progress\n"
        "Rec G,Publish the annual figures,Head of PSD,31/03/2027,Planned\n",
        encoding="utf-8",
    )
    spec = {
        "title": "A super-complaint about police-perpetrated domestic abuse",
        "type": "super-complaint",
        "published": "2026-11-02",
        "force_inspected": False,
        "recommendations": [
            {
                "id": "C(i)",
                "text": "Chief constables should give each victim an independent contact.",
                "addressee": "chief constables",
            },
            {
                "id": "C(ii)",
                "text": "Chief constables should record the contact given.",
                "addressee": "chief constables",
            },
        ],
        "action_plan_notes": ["plan.csv"],
    }
    path = tmp_path / "inspection.yaml"
    path.write_text(yaml.safe_dump(spec), encoding="utf-8")
    matches = {m.row: m for m in library.row_matches(path)}
    assert sorted(matches["plan#1"].targets) == ["C(i)", "C(ii)"] and matches["plan#1"].how == "reference"
    assert matches["plan#2"].targets == []


def test_the_plans_own_lines_above_its_table_give_oversight_and_why_some_recommendations_are_elsewhere(
    library, tmp_path
):
    """Blind case 8: the plan's preamble said "Recs 1-4 ... answered in the PCC's s55 response of 05/08/26"
    and "Oversight: ... deep dive 23/02/27; PCC to update Police and Crime Panel 25/03/27"; the letter
    used neither and fell back on the office's stock oversight sentence."""
    (tmp_path / "plan.csv").write_text(
        "Domestic abuse inspection - action plan v3\n"
        "Recs 1-4 = accelerated cause of concern - answered in the PCC's s55 response of 05/08/26\n"
        "Oversight: deep dive at the PCC's Performance & Accountability Board 23/02/27; PCC to update Police and "
        "Crime Panel 25/03/27\n"
        "Oversight: Op Kestrel review OFFICIAL-SENSITIVE\n"
        "Ref,Action,Owner,Due,Status\n"
        "R5,Make body-worn video mandatory at domestic abuse incidents,Det Supt Safeguarding,31/03/2027,In progress\n",
        encoding="utf-8",
    )
    spec = {
        "title": "Fenmoor Police's response to domestic abuse",
        "type": "force-specific",
        "published": "2026-10-14",
        "force_inspected": True,
        "total_recommendations": 5,
        "recommendations": [
            {
                "id": "5",
                "text": "The force should use body-worn video at domestic abuse incidents.",
                "addressee": "force",
            }
        ],
        "action_plan_notes": ["plan.csv"],
    }
    path = tmp_path / "inspection.yaml"
    path.write_text(yaml.safe_dump(spec), encoding="utf-8")
    draft = library.draft(path, engine="composer")
    text = {s.kind: " ".join(x.text for _, _, x in s.sentences()) for s in draft.sections}
    assert "5 August 2026" in text["opening"] and "section 55" in text["opening"]
    assert "23 February 2027" in text["scrutiny"] and "I will update" in text["scrutiny"]
    assert "Kestrel" not in " ".join(text.values())
    # A national report: "Fieldwork in 6 forces" in the notes gives the opening its number (blind case 26).
    plan = (tmp_path / "plan.csv").read_text(encoding="utf-8")
    (tmp_path / "plan.csv").write_text(
        "Fieldwork in 6 forces - Fenmoor not one of them\n" + plan, encoding="utf-8"
    )
    spec.update(
        title="A thematic inspection of domestic abuse", type="national thematic", force_inspected=False
    )
    path.write_text(yaml.safe_dump(spec), encoding="utf-8")
    opening = next(s for s in library.draft(path, engine="composer").sections if s.kind == "opening")
    assert "not one of the six forces inspected" in " ".join(x.text for _, _, x in opening.sentences())


def test_unset_office_details_are_gaps_naming_the_setting_never_the_sample_office(
    sample_data, embeddings, tmp_path, monkeypatch
):
    """A new office that has not filled in .env must not send out the sample office's names: the sign-off
    is a gap naming the setting, the draft is blocked from publication, and the sample office's past
    letters (whose office is Fenmoor) are not taken for this office's own."""
    monkeypatch.delenv("PCC_DEFAULTS_FILE")
    for name in ("PCC_NAME", "PCC_TITLE", "AREA_NAME", "OFFICE_NAME", "FORCE_NAME", "CHIEF_CONSTABLE_NAME"):
        monkeypatch.delenv(f"PCC_OFFICE__{name}", raising=False)
    a = copy_library(sample_data, tmp_path / "data", embeddings)
    assert len(a.settings.office.missing) == 6 and "PCC_OFFICE__PCC_NAME" in a.settings.office.warning()
    draft = a.draft(CORPUS / "new-inspections" / "fenmoor-peel-2025-27.yaml", engine="composer")
    letter = "\n".join(p.text for s in draft.sections for p in s.paragraphs)
    assert "Priya Lockwood" not in letter and "Police and Crime Commissioner for Fenmoor" not in letter
    assert "[To be added: the commissioner's name (set PCC_OFFICE__PCC_NAME)]" in letter
    assert not [s for sec in draft.sections for _, _, s in sec.sentences() if s.origin == "house_phrase"]
    assert draft.publication_blockers
    a.close()
    # The false alarm: with the office set (as make run sets the sample one), no gap and its own phrasing.
    monkeypatch.setenv("PCC_DEFAULTS_FILE", str(CORPUS / "sample-office.env"))
    b = copy_library(sample_data, tmp_path / "data2", embeddings)
    draft = b.draft(CORPUS / "new-inspections" / "fenmoor-peel-2025-27.yaml", engine="composer")
    letter = "\n".join(p.text for s in draft.sections for p in s.paragraphs)
    assert "PCC_OFFICE__" not in letter and "Priya Lockwood" in letter
    b.close()


@pytest.mark.parametrize(
    ("cell", "keys"),
    [
        ("Rec one", ["1"]),
        ("Recs 4-5", ["4", "5"]),
        ("A–B", ["a", "b"]),  # a range of letters
        ("Rec C (i)", ["ci"]),
        ("C.ii", ["cii"]),
        ("CoC 1 rec 1", ["coc1r1"]),  # the inspection's "CoC1-R1"
        ("CoC1-R1", ["coc1r1"]),
    ],
)
def test_reference_cells_in_words_ranges_and_sub_items(cell, keys):
    assert parse_ref_cell(cell) == keys


def test_references_by_ordinal_and_sub_item_in_prose_and_not_by_accident():
    assert mentioned_refs("re the second recommendation (detention officer rostering)") == {"2"}
    assert mentioned_refs("First and third recs MET. Re the third one (checks)") == {"1", "3"}
    assert mentioned_refs("## Recommendation C(i): a contact independent of the accused") == {"ci"}
    assert mentioned_refs("Rec one – referrals to the panel") == {"1"}
    # False alarms: a count phrase and ordinals that name no recommendation.
    assert mentioned_refs("We went through the recommendations one by one.") == set()
    assert mentioned_refs("The first meeting of the third panel is in May.") == set()


def test_a_count_written_out_from_an_official_row_is_not_taken_for_another_reports_secret(
    assistant, tmp_path
):
    """This report's OFFICIAL notes say "2x DS posts"; the letter writes "2 Detective Sergeant posts". Another
    report's OFFICIAL-SENSITIVE row in the library says "2 detective sergeants seconded to Operation Larch".
    The count is this report's public fact; the operation's name is still caught."""
    secret = tmp_path / "ap-other.csv"
    secret.write_text(
        "Ref,Action,Owner,Due,Status,Update,Marking\n"
        "1,Support the covert phase,DCI Smith,2026-12-31,In progress,"
        "2 detective sergeants seconded to Operation Larch until March,OFFICIAL-SENSITIVE\n",
        encoding="utf-8",
    )
    assert not assistant.ingest([secret]).failed
    notes = tmp_path / "notes.csv"
    notes.write_text(
        "Ref,Action,Owner,Due,Status\n1,Crime allocation policy v2; 2x DS posts in Crime Standards Unit,"
        "Head of Crime,2027-03-31,In progress\n",
        encoding="utf-8",
    )
    inspection = tmp_path / "inspection.yaml"
    inspection.write_text(
        yaml.safe_dump(
            {
                "title": "PEEL 2026: an inspection of Fenmoor Police",
                "type": "PEEL",
                "published": "2026-11-04",
                "force_inspected": True,
                "recommendations": [
                    {
                        "id": "1",
                        "text": "The force should improve how it allocates crime.",
                        "addressee": "force",
                    }
                ],
                "chief_constable_comments": "",
                "action_plan_notes": [str(notes)],
            }
        ),
        encoding="utf-8",
    )
    draft = assistant.draft(inspection, engine="composer")
    letter = " ".join(p.text for s in draft.sections for p in s.paragraphs)
    assert "2 Detective Sergeant posts" in letter
    assert not [f for f in draft.flags if f.kind == "sensitive_text"]
    leaked = assistant.drafter.check_letter(
        letter + " Two officers were seconded to Operation Larch.", load_inspection(inspection)
    )
    assert [f for f in leaked.flags if f.kind == "sensitive_text"]


def test_the_count_names_causes_of_concern_and_areas_for_improvement_as_a_person_would():
    """TARGET-LETTER: "The report makes three recommendations, two for Fenmoor Police and one for me as
    commissioner, and identifies five areas for improvement." The composer wrote "none for chief
    constables and two for the force" in a force's own report, and no areas for improvement."""
    from assistant.drafting.context import count_sentence
    from assistant.drafting.inspection import Inspection

    def inspection(recs, afis=0, kind="PEEL"):
        return Inspection(
            title="An inspection of Fenmoor Police",
            type=kind,
            published=date(2026, 11, 4),
            recommendations=[
                {"id": i, "text": "The force should act on this.", "addressee": a} for i, a in recs
            ],
            areas_for_improvement=[
                {"id": f"AFI{k}", "text": "The force should improve."} for k in range(afis)
            ],
            chief_constable_comments="",
        )

    assert count_sentence(inspection([("CoC1-R1", "force"), ("CoC1-R2", "force")], 4)) == (
        "The report makes two recommendations under one cause of concern, both for the force, and identifies "
        "four areas for improvement."
    )
    national = inspection([("1", "national"), ("2", "national")], kind="national thematic")
    assert "none for chief constables" in count_sentence(national)  # a national report still says so
    # Parts of one recommendation counted once when the notes give that count (blind case 12: "Report
    # makes 4 recs ... 3 (in two parts, 3(a) and 3(b))"), and separately when nothing says so.
    parts = inspection([("1", "chief constables"), ("2", "chief constables"), ("3a", "PCCs"), ("3b", "PCCs")])
    assert count_sentence(parts, stated_total=3).startswith(
        "The report makes three recommendations, one of them in two parts (3a and 3b):"
    )
    assert count_sentence(parts).startswith("The report makes four recommendations:")
    # One national recommendation for one named body is counted under its name (blind case 26).
    home = inspection([("1", "chief constables"), ("2", "national")])
    home.recommendations[1].text = "The Home Office should amend the annual data requirement."
    assert count_sentence(home).endswith("one for chief constables and one for the Home Office.")
    home.recommendations[1].text = "National bodies should act."  # no body named: as before
    assert count_sentence(home).endswith("one for national bodies.")
    # Two bodies are named as two (blind case 27: "two for national bodies" hid the College and the Home Office)
    two = inspection([("1", "chief constables"), ("2", "national"), ("3", "national")])
    two.recommendations[1].text = "The College of Policing should update its guidance."
    two.recommendations[2].text = "The Home Office should amend the data requirement."
    assert count_sentence(two).endswith(
        "one for chief constables, one for the College of Policing and one for the Home Office."
    )


def test_a_row_answering_two_recommendations_is_told_once():
    """Blind case 20: the Port Intelligence Unit row ('Recs B, D') was written out word for word under
    both; the later one now points back to the earlier, and keeps what is its own."""
    from assistant.drafting.context import S, said_once

    frame = "The work set out under {recs} also answers this recommendation."
    said: dict[str, str] = {}
    unit = S("The force will stand up a Port Intelligence Unit at the port.", "action_plan", "R1")
    recruit = S("Recruitment runs from January to March 2027.", "action_plan", "R1")
    first = said_once("B", [unit, recruit], said, frame)
    assert [s.text for s in first] == [unit.text, recruit.text]
    own = S("Twelve officers will go through PIP2 training.", "action_plan", "R2")
    second = said_once("D", [unit, own, recruit], said, frame)
    assert [s.text for s in second] == [
        "The work set out under recommendation B also answers this recommendation.",
        own.text,
    ]
    assert second[0].citations == ["R1"]
    # the false alarm: the same recommendation's paragraph drafted again is not cut
    assert [s.text for s in said_once("B", [unit, recruit], said, frame)] == [unit.text, recruit.text]
    # and a short sentence that many sections share ("This work is complete.") is left alone
    done = S("This work is complete.", "action_plan", "R3")
    said_once("B", [done], said, frame)
    assert said_once("D", [done], said, frame)[0].text == done.text


def test_the_addressee_is_joined_to_what_follows_as_a_person_writes_it():
    """'This recommendation is for Fenmoor Police. The force is refreshing ...' read as a label; the
    office writes one sentence. Each half keeps its own sources and checks."""
    from assistant.drafting.context import S, joined_addressee

    force = S("This recommendation is for Fenmoor Police.", "template", "S1")
    doing = S("The force is refreshing its transfer protocol.", "action_plan", "S2")
    first, second = joined_addressee([force, doing])
    assert f"{first.text} {second.text}" == (
        "This recommendation is for Fenmoor Police, which is refreshing its transfer protocol."
    )
    assert second.citations == ["S2"]
    national = S("This recommendation is for the Home Office.", "template", "S1")
    locally = S("Locally, the force will adopt the standard.", "action_plan", "S2")
    assert " ".join(s.text for s in joined_addressee([national, locally])) == (
        "This recommendation is for the Home Office; locally, the force will adopt the standard."
    )
    work = S("Work is under way on a new checklist.", "action_plan", "S2")
    assert " ".join(s.text for s in joined_addressee([force, work])) == (
        "This recommendation is for Fenmoor Police, and work is under way on a new checklist."
    )
    # the false alarms: a sentence that is not the force's own, and the chief constables' form
    other = S("The Head of Custody leads this work.", "action_plan", "S2")
    assert joined_addressee([force, other])[0].text == force.text
    cc = S(
        "This recommendation is for chief constables, including the Chief Constable of Fenmoor Police.",
        "template",
        "S1",
    )
    assert joined_addressee([cc, doing])[0].text == cc.text
