"""Each verifier against a crafted draft with the one failure it exists to catch (and a clean control)."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.drafting import verify as v
from assistant.drafting.inspection import Inspection
from assistant.drafting.records import Draft, Paragraph, Section, Sentence, Source

INSPECTION = Inspection(
    title="An inspection of how well the police tackle serious youth violence",
    type="national thematic",
    published=date(2026, 11, 2),
    recommendations=[
        {
            "id": "1",
            "text": "By 31 March 2027, chief constables should train officers in outcome 22.",
            "addressee": "chief constables",
        },
        {
            "id": "2",
            "text": "The Home Office should define how violence reduction units are evaluated.",
            "addressee": "national",
        },
    ],
    chief_constable_comments="I accept both recommendations. Training on outcome 22 starts in January.",
)
SOURCES = [
    Source(
        sid="S1",
        kind="input",
        title="input",
        text="Inspection title: serious youth violence. Recommendations: 2",
    ),
    Source(
        sid="S2",
        kind="action_plan",
        title="plan",
        text="R1: outcome 22 training\nAction: Deliver outcome 22 "
        "training to 400 response officers by March 2027.\nOwner: Head of Learning\nStatus: In progress",
        fields={"ref": "R1", "status": "In progress"},
    ),
    Source(
        sid="S3",
        kind="action_plan",
        title="plan",
        marking="OFFICIAL-SENSITIVE",
        text="R1: outcome 22\nProgress: Operation Kestrel officers will target the Mill Street address in "
        "Harnmouth where three children were recruited by the county line last month.",
    ),
    Source(
        sid="S4",
        kind="past_response",
        title="past",
        text="I will continue to hold the Chief Constable to "
        "account for progress through my Performance and Accountability Board.",
    ),
]


def S(text, origin="model", *cites):  # noqa: N802
    return Sentence(text=text, origin=origin, citations=list(cites))


def make_draft(rec_sections: dict[str, list[Sentence]], extra: list[Sentence] = ()) -> Draft:
    sections = [
        Section(
            kind="opening",
            title="",
            paragraphs=[
                Paragraph(
                    sentences=[
                        S(
                            "The report makes two recommendations: one for chief constables and one for national bodies.",
                            "template",
                            "S1",
                        )
                    ]
                )
            ],
        )
    ]
    for rec_id, sentences in rec_sections.items():
        sections.append(
            Section(
                kind="recommendation",
                title=f"Recommendation {rec_id}",
                rec_id=rec_id,
                paragraphs=[Paragraph(sentences=sentences)],
            )
        )
    sections.append(
        Section(
            kind="scrutiny",
            title="Oversight",
            paragraphs=[
                Paragraph(
                    sentences=[
                        S(
                            "I will continue to hold the Chief Constable to account for progress through my Performance and "
                            "Accountability Board.",
                            "house_phrase",
                            "S4",
                        ),
                        *extra,
                    ]
                )
            ],
        )
    )
    return Draft(
        draft_id="t",
        created_at="now",
        user="test",
        engine="llm",
        inspection=INSPECTION,
        header=[],
        sections=sections,
        sources=SOURCES,
        due_date=INSPECTION.due_date(),
        days_left=0,
    )


GOOD = {
    "1": [
        S("The force will deliver outcome 22 training to 400 response officers by March 2027.", "model", "S2")
    ],
    "2": [S("This recommendation is for national bodies rather than for the force.", "template", "S1")],
}


@pytest.fixture
def embed(embeddings):
    return embeddings.embed_array


def test_clean_draft_passes_every_check(embed):
    draft = v.verify(make_draft(GOOD), embed, date(2026, 11, 10), office_texts=["Fenmoor Police"])
    assert [f.kind for f in draft.flags if f.kind != "deadline"] == []
    assert all(c.covered for c in draft.coverage)


def test_missing_recommendation_is_caught():
    coverage, flags = v.check_coverage(make_draft({"1": GOOD["1"]}))
    assert [c.covered for c in coverage] == [True, False] and coverage[1].reason.startswith("no section")
    assert flags[0].kind == "uncovered_recommendation" and "Recommendation 2" in flags[0].message


def test_recommendation_section_without_an_action_is_caught():
    empty = {"1": [S("Outcome 22 matters a great deal to young people.", "model", "S2")], "2": GOOD["2"]}
    coverage, flags = v.check_coverage(make_draft(empty))
    assert not coverage[0].covered and flags[0].kind == "uncovered_recommendation"


def test_wrong_count_is_caught():
    draft = make_draft(
        GOOD, [S("The report makes five recommendations, three for chief constables.", "model")]
    )
    kinds = [f.excerpt for f in v.check_counts(draft)]
    assert "report makes five recommendations" in kinds and "three for chief constables" in kinds


def test_invented_figure_and_board_are_caught():
    draft = make_draft(
        {
            "1": [
                S(
                    "The force will deliver outcome 22 training to 650 officers, funded with £2.5 million, overseen "
                    "by the Youth Justice Transformation Board.",
                    "model",
                    "S2",
                )
            ],
            "2": GOOD["2"],
        }
    )
    found = {f.excerpt for f in v.check_specifics(draft)}
    assert {"650", "£2.5 million", "Youth Justice Transformation Board"} <= found
    assert "22" not in found  # in the sources


def test_fabricated_chief_constable_quote_is_caught():
    draft = make_draft(
        GOOD, [S("The Chief Constable said “we will eradicate youth violence within a year”.")]
    )
    flags = v.check_chief_constable(draft)
    assert len(flags) == 1 and flags[0].kind == "chief_constable"
    honest = make_draft(GOOD, [S("The Chief Constable said “I accept both recommendations”.")])
    assert v.check_chief_constable(honest) == []


def test_views_attributed_to_chief_constable_without_comments_are_caught():
    draft = make_draft(GOOD, [S("The Chief Constable has advised me that all training is complete.")])
    draft.inspection = INSPECTION.model_copy(update={"chief_constable_comments": ""})
    assert [f.kind for f in v.check_chief_constable(draft)] == ["chief_constable"]


def test_copied_sensitive_text_is_caught(embed):
    leak = S(
        "Operation Kestrel officers will target the Mill Street address in Harnmouth next month.",
        "model",
        "S2",
    )
    draft = make_draft(GOOD, [leak])
    flags = v.check_sensitive(draft, [s for s in SOURCES if s.marking == "OFFICIAL-SENSITIVE"], embed)
    assert len(flags) == 1 and flags[0].source_id == "S3" and flags[0].blocks_publication
    assert "operation kestrel officers will target the mill street" in flags[0].excerpt


def test_close_paraphrase_of_sensitive_text_is_caught(embed):
    paraphrase = S(
        "Officers on Operation Kestrel are going to target an address on Mill Street in Harnmouth, where "
        "the county line recruited three children last month.",
        "model",
    )
    draft = make_draft(GOOD, [paraphrase])
    flags = v.check_sensitive(draft, [s for s in SOURCES if s.marking == "OFFICIAL-SENSITIVE"], embed)
    # Caught as naming the operation that only the sensitive row names (the check that does not depend
    # on the embedding model), or as a close paraphrase.
    assert len(flags) == 1 and flags[0].kind == "sensitive_text"
    assert "Kestrel" in flags[0].message or "kestrel" in flags[0].excerpt or "paraphrases" in flags[0].message


def test_unsupported_sentence_is_flagged_and_supported_one_aligned(embed):
    draft = make_draft(
        GOOD, [S("Youth clubs in every town will open seven days a week from the spring.", "model")]
    )
    flags = v.check_grounding(draft, embed)
    assert [f.excerpt[:11] for f in flags] == ["Youth clubs"]
    rec = draft.sections[1].paragraphs[0].sentences[0]
    assert rec.support.supported and rec.support.source_id == "S2"


def test_a_model_restating_the_facts_it_was_given_is_grounded_in_their_sources(embed):
    """A model writes from the composer's facts, not from the terse row: "Supt N Rahman | 30/06/2027 |
    G" reaches it as the fact below. Its restatement of the fact had been flagged as unsupported (an
    error until a person accepts it: on the evaluation cases' reference letters, 60% of a policy
    officer's sentences, bench/grounding.py). A claim the facts do not make is still flagged."""
    row = Source(sid="S9", kind="action_plan", title="plan", text="R1 | Supt N Rahman | 30/06/2027 | G")
    fact = S(
        "Superintendent Nadia Rahman leads this work, which is due by 30 June 2027 and is on track.",
        "action_plan",
        "S9",
    )
    restated = S(
        "The work is led by Superintendent Nadia Rahman and is on track for 30 June 2027.", "model", "S9"
    )
    invented = S(
        "Superintendent Nadia Rahman will also chair a new youth violence board with the county council.",
        "model",
        "S9",
    )

    def unsupported(facts: list[Sentence]) -> list[str]:
        draft = make_draft({"1": [restated, invented], "2": GOOD["2"]})
        draft.sources = [*SOURCES, row]
        draft.sections[1].facts = facts
        return [f.excerpt[:24] for f in v.check_grounding(draft, embed)]

    assert unsupported([]) == [restated.text[:24], invented.text[:24]]  # the row alone: both flagged
    assert unsupported([fact]) == [invented.text[:24]]
    assert restated.support.source_id == "S9"


def test_deadline_warns_when_near_and_errors_when_past():
    assert v.check_deadline(INSPECTION, date(2026, 11, 3)).severity == "info"
    near = v.check_deadline(INSPECTION, date(2026, 12, 20))
    assert near.severity == "warning" and "7 days left" in near.message
    assert v.check_deadline(INSPECTION, date(2027, 1, 1)).severity == "error"


def test_placeholders_block_publication():
    draft = make_draft({"1": [S("[To be added: the action.]", "placeholder")], "2": GOOD["2"]})
    flags = v.check_placeholders(draft)
    assert flags[0].kind == "placeholder" and flags[0].blocks_publication


# -- the checks issue 8 added: each against its realistic failure and a false alarm ----------------------
def test_keep_under_review_does_not_answer_a_recommendation(embed):
    vague = {"1": [S("I will keep this under review.", "model")], "2": GOOD["2"]}
    draft = v.verify(make_draft(vague), embed, date(2026, 11, 10))
    assert not draft.coverage[0].covered
    good = v.verify(make_draft(GOOD), embed, date(2026, 11, 10))
    assert all(c.covered for c in good.coverage)


def test_done_claims_against_an_open_status_and_negations_are_caught():
    done = {"1": [S("The force has completed outcome 22 training for 400 response officers.", "model", "S2")]}
    flags = v.check_status(make_draft({**GOOD, **done}))
    assert [f.kind for f in flags] == ["status_contradiction"] and "In progress" in flags[0].message
    negated = {
        "1": [S("The force will not deliver outcome 22 training to 400 response officers.", "model", "S2")]
    }
    assert [f.kind for f in v.check_status(make_draft({**GOOD, **negated}))] == ["status_contradiction"]
    # False alarms: progress reported as progress, a plan in the future, and the status restated.
    fine = [
        S("So far 120 of the 400 response officers have completed outcome 22 training.", "model", "S2"),
        S("The training will be complete by March 2027.", "model", "S2"),
        S("The outcome 22 training is in progress and is not yet complete.", "model", "S2"),
    ]
    assert v.check_status(make_draft({**GOOD, "1": fine[:2]})) == []


def test_numbers_in_words_are_checked_like_figures():
    words = {"1": [S("The force will train four hundred and fifty officers in outcome 22.", "model", "S2")]}
    flags = v.check_specifics(make_draft({**GOOD, **words}))
    assert [f.excerpt for f in flags] == ["450"]
    known = {"1": [S("The force will train four hundred response officers in outcome 22.", "model", "S2")]}
    assert v.check_specifics(make_draft({**GOOD, **known})) == []


def test_dates_in_digits_and_dates_without_a_year_are_checked_as_dates():
    """A small model wrote "on 30/12/2027": read as three figures (30, 12 and the year 2027), each of
    which a source had, it passed. A note's "updated 24/11/2026" said in a letter as "by 24 November"
    is the same day, not an invented figure 24; "by 25 November" is a day no source gives."""
    noted = SOURCES[1].model_copy(
        update={
            "text": SOURCES[1].text
            + "\nUpdate 24/11/2026: 30 officers trained; review due 12/03/2027; audit of 40 Oct referrals."
        }
    )

    def flagged(sentence: str) -> list[str]:
        draft = make_draft({**GOOD, "1": [S(sentence, "model", "S2")]})
        draft.sources = [SOURCES[0], noted, *SOURCES[2:]]
        return [f.excerpt for f in v.check_specifics(draft)]

    assert flagged("A review of the training will report on 30/12/2027.") == ["30/12/2027"]
    assert flagged("By 25 November, 30 officers had been trained.") == ["25 November"]
    # False alarms: the noted day however the letter writes it, and the noted figure.
    assert flagged("By 24 November, 30 officers had been trained.") == []
    assert flagged("By 24/11/2026, 30 officers had been trained; the review is due on 12 March 2027.") == []
    assert flagged("A review is due on 12 Mar. and 30 officers have been trained.") == []
    assert flagged("An audit of 40 Oct referrals is under way.") == []  # no 40th day: 40 referrals


@pytest.mark.parametrize(
    "sentence",
    [
        "The Chief Constable has told me that every officer will be trained by Christmas.",
        "Sarah Whitlock said the force would double its youth outreach team.",
        "The Chief Constable is determined to end knife crime in Harnmouth this year.",
        "I am advised by the Chief Constable that the custody suites will close.",
    ],
)
def test_words_and_views_put_to_the_chief_constable_are_caught(sentence):
    flags = v.check_chief_constable(make_draft(GOOD, [S(sentence)]), ["Sarah Whitlock"])
    assert [f.kind for f in flags] == ["chief_constable"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The Chief Constable has told me that training on outcome 22 starts in January.",  # her words
        "Assistant Chief Constable Okonedo owns the force's response and reports monthly.",  # not her
        "I asked the Chief Constable for her comments, which are set out below.",
        "I will hold the Chief Constable to account for progress.",
    ],
)
def test_the_chief_constable_check_raises_no_false_alarm(sentence):
    assert v.check_chief_constable(make_draft(GOOD, [S(sentence)]), ["Sarah Whitlock"]) == []


def test_a_rephrased_sensitive_place_or_operation_is_caught_and_public_places_are_not(embed):
    sensitive = [s for s in SOURCES if s.marking == "OFFICIAL-SENSITIVE"]
    leak = S("Officers are watching a house on Mill Street, where a gang has drawn in local children.")
    flags = v.check_sensitive(make_draft(GOOD, [leak]), sensitive, None, ["Harnmouth is a port city."])
    assert [f.kind for f in flags] == ["sensitive_text"] and "mill street" in flags[0].excerpt
    public = S("Harnmouth's neighbourhood teams will deliver outcome 22 training.")
    assert v.check_sensitive(make_draft(GOOD, [public]), sensitive, None, ["Harnmouth is a port city."]) == []


def test_the_listed_count_stated_as_the_reports_total_is_caught_when_the_notes_give_more():
    draft = make_draft(GOOD, [S("The report makes two recommendations.", "model")])
    assert v.check_counts(draft) == []
    draft.sources = [
        *SOURCES,
        Source(
            sid="S9",
            kind="action_plan",
            title="plan",
            text="Whole report: the report makes 14 recommendations, 6 for CCs.",
        ),
    ]
    last = len(draft.sections) - 1
    flags = [f for f in v.check_counts(draft) if f.section == last]
    assert [f.kind for f in flags] == ["count_mismatch"] and "notes give 14" in flags[0].message
    draft.sections[-1].paragraphs[0].sentences[-1].text = "The report makes 14 recommendations."
    assert [f for f in v.check_counts(draft) if f.section == last] == []


def test_a_gap_claiming_no_note_is_caught_when_a_row_names_the_recommendation():
    gap = {
        "1": [
            S("[To be added: the action. No action-plan note was found for recommendation 1.]", "placeholder")
        ]
    }
    flags = v.check_false_gaps(make_draft({**GOOD, **gap}))
    assert [f.kind for f in flags] == ["false_gap"] and flags[0].source_id == "S2"
    # A row written "10, 22" or "Rec 3(a)" names those recommendations too; a gap for another is true.
    other = {"2": [S("[To be added: no action-plan note was found for recommendation 2.]", "placeholder")]}
    assert v.check_false_gaps(make_draft({**GOOD, **other})) == []


def test_every_error_flag_blocks_and_a_warning_or_deadline_does_not():
    from assistant.drafting.records import Flag

    assert Flag(kind="invented_specific", severity="error", message="x").blocks_publication
    assert not Flag(kind="invented_specific", severity="warning", message="x").blocks_publication
    assert not Flag(kind="deadline", severity="error", message="passed").blocks_publication
    assert not Flag(kind="false_gap", severity="error", message="x", resolved=True).blocks_publication


def test_a_figure_the_chief_constable_gives_differently_from_the_notes_is_flagged():
    from assistant.drafting.verify import check_cc_figures

    draft = make_draft(GOOD)
    cc = Source(
        sid="S9",
        kind="input",
        title="Chief Constable's comments (input)",
        text="We have trained 350 response officers.",
    )
    draft.sources = [*SOURCES, cc]
    flags = check_cc_figures(draft)
    assert (
        [f.kind for f in flags] == ["cc_figure_differs"]
        and "350" in flags[0].message
        and "400" in flags[0].message
    )
    # False alarm: the same figure, or a figure about something else, is not flagged.
    cc.text = "We will train 400 response officers, and 12 sergeants will lead the sessions."
    assert check_cc_figures(draft) == []


def test_a_marking_left_on_text_is_caught_whatever_its_row_is_marked():
    """A bullet "(OS) Op ..." inside a row recorded as OFFICIAL still says it is not for publication."""
    tagged = S(
        "The force's plan also includes (OS) a disruption operation at an estate in January.", "model", "S2"
    )
    flags = v.check_sensitive(make_draft(GOOD, [tagged]), [])
    assert [f.kind for f in flags] == ["sensitive_text"] and flags[0].blocks_publication
    # The false alarm: a gap that says an entry was withheld names the marking on purpose.
    gap = S(
        "[To be added: its action-plan entry is marked OFFICIAL-SENSITIVE and has been withheld.]",
        "placeholder",
    )
    assert v.check_sensitive(make_draft(GOOD, [gap]), []) == []


def test_a_stock_phrase_shared_with_another_reports_sensitive_row_is_not_a_copy(embed):
    """Another report's sensitive row in the library says "overseen by a gold group chaired by the deputy
    chief constable"; a letter may say the same of this report's governance. A run with the row's
    specifics is still caught."""
    other = Source(
        sid="library:peel#1",
        kind="action_plan",
        title="another report's plan",
        marking="OFFICIAL-SENSITIVE",
        text="Progress: the covert review is overseen by a gold group chaired by the deputy chief constable.",
    )
    stock = S("The plan is overseen by a gold group chaired by the Assistant Chief Constable.", "model")
    assert v.check_sensitive(make_draft(GOOD, [stock]), [other], embed) == []
    copied = S(
        "The covert review is overseen by a gold group chaired by the deputy chief constable.", "model"
    )
    assert [f.kind for f in v.check_sensitive(make_draft(GOOD, [copied]), [other], embed)] == [
        "sensitive_text"
    ]


def test_the_reports_own_words_in_a_sensitive_row_are_not_a_leak_but_its_figures_are(embed):
    """Blind case 33: a letter saying "91.2 per cent of 999 calls within 10 seconds" was flagged because
    another report's sensitive row quotes its recommendation ("answering 90 per cent of 999 calls
    within 10 seconds"). The recommendation is the report's published wording; the row's own figures
    (74 per cent) are still its own."""
    other = Source(
        sid="library:peel#0",
        kind="action_plan",
        title="another report's plan",
        marking="OFFICIAL-SENSITIVE",
        text=(
            "R1 (recommendation): The force should meet the standard of answering 90 per cent of 999 calls "
            "within 10 seconds.\nAction: Recruit call handlers.\nProgress: In October the force answered 74 "
            "per cent of 999 calls within 10 seconds; the backup room has not been tested."
        ),
    )
    public = S("In October 2026 the force answered 91.2 per cent of 999 calls within 10 seconds.", "model")
    assert v.check_sensitive(make_draft(GOOD, [public]), [other], embed) == []
    leak = S("In October the force answered 74 per cent of 999 calls within 10 seconds.", "model")
    assert [f.kind for f in v.check_sensitive(make_draft(GOOD, [leak]), [other], embed)] == ["sensitive_text"]


def test_recommendation_ids_before_for_chief_constables_are_not_a_count():
    ids = S("Recommendations 1 and 3 are for chief constables.", "model")
    assert v.check_counts(make_draft(GOOD, [ids])) == []
    wrong = S("Of the recommendations, 3 are for chief constables.", "model")
    assert [f.kind for f in v.check_counts(make_draft(GOOD, [wrong]))] == ["count_mismatch"]


def test_restating_a_notes_own_negative_is_not_a_contradiction():
    row = Source(
        sid="S7",
        kind="action_plan",
        title="plan",
        text="R2: national\nAction: For Home Office - no force action required until guidance issued.",
        fields={"ref": "R2", "status": "Awaiting national action"},
    )
    draft = make_draft(
        {
            **GOOD,
            "2": [
                S("The force does not need to act until the Home Office guidance is issued.", "model", "S7")
            ],
        }
    )
    draft.sources = [*SOURCES, row]
    assert v.check_status(draft) == []
    draft.sections[2].paragraphs[0].sentences[0].text = "The force will not act on the Home Office guidance."
    row.text = "R2: national\nAction: For Home Office - force to act on guidance once issued."
    assert [f.kind for f in v.check_status(draft)] == ["status_contradiction"]


def test_an_action_reported_in_the_present_answers_a_recommendation(embed):
    """A scrutiny log says what is now done ("the shift inspector now signs off a check every shift", "the
    rota went live"); a section of such sentences once raised "no action" for each recommendation."""
    for text in (
        "The shift inspector now signs off an observation check on every shift.",
        "The new rota went live on 1 June 2026 in every suite.",
    ):
        draft = v.verify(
            make_draft({"1": [S(text, "action_plan", "S2")], "2": GOOD["2"]}), embed, date(2026, 11, 10)
        )
        assert draft.coverage[0].covered, text
    vague = {"1": [S("The inspector is now aware of the report.", "model")], "2": GOOD["2"]}
    assert not v.verify(make_draft(vague), embed, date(2026, 11, 10)).coverage[0].covered


def test_recent_vectors_are_the_models_and_only_new_texts_are_embedded(embeddings):
    """The verifiers embed a draft's sentences and the sensitive passages near them every time a draft
    is checked; at 10,000 chunks that had become two seconds a check. A remembered vector must be the
    model's own vector for that text, in the caller's order."""
    import numpy as np

    from assistant.components.embedding import RecentVectors

    asked: list[list[str]] = []

    def counting(texts):
        asked.append(list(texts))
        return embeddings.embed_array(texts)

    recent = RecentVectors(counting, max_items=3)
    a, b, c, d = "custody visits", "stalking protection orders", "vetting backlog", "call handling"
    first = recent([a, b])
    again = recent([b, a, c])
    assert asked == [[a, b], [c]]
    np.testing.assert_allclose(again, embeddings.embed_array([b, a, c]), atol=1e-6)
    np.testing.assert_allclose(again[1], first[0], atol=1e-6)
    recent([d])  # the oldest (b) is forgotten past max_items
    recent([b])
    assert asked[-1] == [b]
    assert recent([]).shape[0] == 0


def test_the_librarys_public_reading_is_kept_per_library_state(tmp_path):
    """Reading every OFFICIAL passage once per library state (not per draft) is what keeps a draft at
    12,500 documents near a second; a reading kept on disk is used only for the state it was made from."""
    from datetime import date

    from assistant.drafting.public import PublicText

    texts = ["Operation Nightjar began on 3 March 2026 with twelve investigators.", "The panel met."]
    known = PublicText.of(texts)
    assert known.has("oper nightjar") and known.has("12 investig") and not known.has("nightjar oper")
    assert date(2026, 3, 3) in known.dates and "12" in known.figures  # "twelve" read as 12
    assert known.has_run(("the", "panel", "met")) and not known.has_run(("met", "the"))
    path = tmp_path / "public-text.json"
    known.save(path, generation=7)
    again = PublicText.load(path, 7, texts)
    assert again == known and again.has_run(("the", "panel", "met"))
    assert PublicText.load(path, 8, texts) is None  # the library has changed since
    assert (known | PublicText.of(["A new board."])).has_run(("new", "board"))
