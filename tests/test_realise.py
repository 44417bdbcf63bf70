"""The realiser and the plan reader: each function against the failure it exists to prevent (the
"annotated extract" letters of issue 11), and against a false alarm."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.drafting.plan import owner_kind, parse_due, split_actions, status_of
from assistant.drafting.realise import (
    Glossary,
    action_sentence,
    closing_sentence,
    defined_in,
    first_person,
    is_prose,
    join_short,
    load_glossary,
    noun_sentence,
    owner_phrase,
    progress_sentences,
    subject_for,
    tidy,
    written_refs,
)

AROUND = date(2026, 10, 20)
FORCE = subject_for("force")


@pytest.fixture(scope="module")
def glossary() -> Glossary:
    return load_glossary()


# -- the plan reader ------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("31/03/2024", date(2024, 3, 31)),
        ("31.03.24", date(2024, 3, 31)),
        ("2024-03-31", date(2024, 3, 31)),
        ("March 2024", date(2024, 3, 31)),  # a month means its last day
        ("Q3 2023/24", date(2023, 12, 31)),  # financial year: Q3 is October to December
        ("Q4 2023/24", date(2024, 3, 31)),
        ("Sept 25", date(2025, 9, 30)),  # a month and a two-digit year, not the 25th
        ("Mar-27", date(2027, 3, 31)),
        ("End of June 2025", date(2025, 6, 30)),
    ],
)
def test_due_dates_in_the_forms_plans_use(cell, expected):
    assert parse_due(cell, AROUND).date == expected


@pytest.mark.parametrize("cell", ["Ongoing", "TBC", "In place", "On publication", "n/a"])
def test_due_words_are_not_dates(cell):
    assert parse_due(cell, AROUND).date is None


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("Complete", "complete"),
        ("Closed", "complete"),
        ("Blue", "complete"),
        ("In progress", "in_progress"),
        ("On track", "in_progress"),
        ("Green", "in_progress"),
        ("Live", "in_progress"),
        ("Amber", "at_risk"),
        ("Red", "off_track"),
        ("Not started", "not_started"),  # not "started"
        ("Planned", "not_started"),
        ("Awaiting national action", "awaiting_national"),
        ("Partially complete", "in_progress"),  # not "complete"
        ("Noted", "not_applicable"),
        ("", "unknown"),
    ],
)
def test_status_words_and_rag_colours(cell, expected):
    assert status_of(cell) == expected


@pytest.mark.parametrize(
    ("owner", "kind"),
    [
        ("OPCC Chief Exec", "opcc"),
        ("Chief Executive (OPCC)", "opcc"),
        ("PCC", "pcc"),
        ("NPCC lead", "national"),  # not the commissioner: "NPCC" contains "PCC"
        ("APCC portfolio", "national"),
        ("Ch Supt Head of Contact", "force"),
    ],
)
def test_owner_kind(owner, kind):
    assert owner_kind(owner) == kind


def test_several_actions_in_one_cell_are_separate():
    assert split_actions("- Recruit ten visitors\n- Vary the contract") == [
        "Recruit ten visitors",
        "Vary the contract",
    ]
    assert split_actions("Refresh the crib sheet; add a screening rule; brief staff") == [
        "Refresh the crib sheet",
        "add a screening rule",
        "brief staff",
    ]
    assert split_actions("Refresh the crib sheet for call handlers.") == [
        "Refresh the crib sheet for call handlers"
    ]


# -- actions become sentences in the right tense and voice ---------------------------------------------
@pytest.mark.parametrize(
    ("status", "expected"),
    [
        ("complete", "The force has refreshed the 2022 transfer protocol."),
        ("in_progress", "The force is refreshing the 2022 transfer protocol."),
        ("at_risk", "The force is refreshing the 2022 transfer protocol."),
        ("not_started", "The force will refresh the 2022 transfer protocol."),
    ],
)
def test_tense_follows_the_status(status, expected):
    assert action_sentence("Refresh the 2022 transfer protocol", status, FORCE) == expected


def test_coordinated_verbs_are_all_inflected():
    out = action_sentence("Recruit and train at least 10 new visitors", "in_progress", subject_for("opcc"))
    assert out == "My office is recruiting and training at least 10 new visitors."


def test_the_commissioner_writes_in_the_first_person():
    assert action_sentence("Vary the healthcare contract", "not_started", subject_for("pcc")) == (
        "I will vary the healthcare contract."
    )
    assert action_sentence("OPCC to feed in via the APCC portfolio", "not_applicable", FORCE).startswith(
        "My office will feed in"
    )


def test_awaiting_national_action_says_so():
    out = action_sentence("Adopt the national standard", "awaiting_national", FORCE)
    assert out.startswith("The force will adopt the national standard once")


def test_a_noun_phrase_is_not_read_as_an_imperative():
    # "Retail" is not a verb here: "The force is retailing worker flags" would be nonsense.
    assert action_sentence("Retail worker flag mandatory on Niche", "in_progress", FORCE) is None
    assert action_sentence("Review of custody records", "in_progress", FORCE) is None
    out = noun_sentence("screening rule for thefts with CCTV", "in_progress", FORCE)
    assert out == "Work is under way on a screening rule for thefts with CCTV."


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        # blind case 32: "Work is also under way on NFS refresher", "on a mandatory disclosure training",
        # "on a disclosure champions in each CID office"
        ("NFS refresher for all sergeants", "Work is under way on an NFS refresher for all sergeants."),
        (
            "mandatory disclosure training: one classroom day",
            "Work is under way on mandatory disclosure training: one classroom day.",
        ),
        ("disclosure champions in each office", "Work is under way on disclosure champions in each office."),
        # the false alarms: a countable noun keeps its article, an initialism read letter by letter
        ("CCTV review of each suite", "Work is under way on a CCTV review of each suite."),
        ("monthly dip sample of files", "Work is under way on a monthly dip sample of files."),
    ],
)
def test_the_article_follows_the_noun_the_phrase_is_about(phrase, expected):
    assert noun_sentence(phrase, "in_progress", FORCE) == expected


def test_a_reported_fact_becomes_passive():
    out = noun_sentence("All recommendations loaded to the force tracker", "in_progress", FORCE)
    assert out == "All recommendations have been loaded to the force tracker."


@pytest.mark.parametrize(
    "sentence",
    [
        "When fieldwork started in May, 412 officers and staff had clearance that had lapsed",
        "Three agency vetting officers joined the FVU in September and are funded to 31 March",
    ],
)
def test_a_sentence_in_the_past_is_kept_as_written_not_made_passive(sentence):
    """A prose plan's past tense ("officers joined the FVU") once became "have been joined the FVU"."""
    assert is_prose(sentence)
    assert "been" not in noun_sentence(sentence, "in_progress", FORCE)


def test_an_investment_is_the_commissioners():
    out = noun_sentence(
        first_person("£95k from PCC Community Safety Fund to the partnership"),
        "in_progress",
        subject_for("pcc"),
    )
    assert out == "I have committed £95k from my Community Safety Fund to the partnership."


# -- the closing clause: not a form read aloud -----------------------------------------------------------
def test_closing_clause_names_owner_date_and_state():
    out = closing_sentence("Head of Custody", "force", parse_due("31/03/2027"), "in_progress")
    assert out == "The Head of Custody leads this work, which is due to be complete by 31 March 2027."
    late = closing_sentence("Head of Contact", "force", parse_due("31/03/2027"), "at_risk")
    assert "at risk" in late and "31 March 2027" in late
    assert "is recorded as" not in out and "It is owned by" not in out


def test_owner_is_written_as_the_office_writes_it(glossary):
    assert owner_phrase(glossary.write_out("OPCC Chief Exec"), "opcc") == "my Chief Executive"
    assert owner_phrase(glossary.write_out("ACC Local Policing"), "force") == (
        "the Assistant Chief Constable for Local Policing"
    )
    assert owner_phrase("Jo Penrose (Head of Custody)", "force") == "the Head of Custody"
    assert owner_phrase("Jane Corran", "opcc") == "Jane Corran"  # a name takes no article
    assert (
        owner_phrase(glossary.write_out("Supt Dean Farrow, Head of FCR"), "force")
        == "the Head of force control room"
    )


# -- progress notes are dated facts; scraps go to staff ----------------------------------------------------
def test_progress_note_becomes_dated_facts(glossary):
    facts, scraps = progress_sentences("ISA signed 28/10. Crib sheet v2 live 02/11.", AROUND, glossary)
    assert facts == [
        "The information-sharing agreement was signed on 28 October 2026.",
        "The crib sheet v2 has been live since 2 November 2026.",
    ]
    assert scraps == []


def test_a_count_is_plural_and_a_number_before_a_participle_is_not_a_deed(glossary):
    # Case 07: "All 11 in post 30/09" had become "All 11 has been in post"; "Caseload cap 50 RSOs per
    # OM" had become "Caseload cap 50 has been registered sex offenders per OM".
    facts, _ = progress_sentences("All 11 in post 30/09.", AROUND, glossary)
    assert facts == ["All 11 have been in post since 30 September 2026."]
    facts, _ = progress_sentences("Phase 2 live 02/11.", AROUND, glossary)
    assert facts[0].endswith("phase 2 has been live since 2 November 2026.")
    said = noun_sentence("Caseload cap 50 registered sex offenders per offender manager", "complete", FORCE)
    assert "has been registered" not in said
    assert noun_sentence("All recommendations loaded to the tracker", "complete", FORCE).startswith(
        "All recommendations have been loaded"
    )


def test_scraps_go_to_staff_not_the_letter(glossary):
    facts, scraps = progress_sentences("Dates booked. Scoping only.", AROUND, glossary)
    assert facts == [] and scraps == ["Dates booked", "Scoping only"]


def test_a_date_without_a_year_is_the_one_nearest_the_report(glossary):
    facts, _ = progress_sentences("Grant agreement signed 03/01.", date(2026, 11, 20), glossary)
    assert facts == ["The grant agreement was signed on 3 January 2027."]


def test_a_month_and_two_digit_year_is_not_a_day(glossary):
    facts, _ = progress_sentences(
        "First cohort review with Probation Jan 27 (12 offenders).", AROUND, glossary
    )
    assert "January 2027" in facts[0]


# -- abbreviations -------------------------------------------------------------------------------------------
def test_abbreviations_written_out_and_unknown_ones_reported(glossary):
    assert glossary.write_out("s/t w/ CCTV to FCR") == "shop theft with CCTV to force control room"
    assert glossary.unknown("CCTV and NPCC and SPIL") == ["SPIL"]  # well-known ones are not reported


def test_a_word_containing_an_abbreviation_is_left_alone(glossary):
    assert (
        glossary.write_out("PCSOs and the DCC's plan")
        == "police community support officers and the Deputy Chief Constable's plan"
    )
    assert glossary.write_out("Accident") == "Accident"


def test_the_office_glossary_wins(tmp_path):
    office = tmp_path / "glossary.yaml"
    office.write_text(
        "expand:\n  SPIL: Strategic Planning and Inspection Liaison\n  FCR: Force Communications Room\n"
    )
    g = load_glossary(office)
    assert (
        g.write_out("SPIL and FCR")
        == "Strategic Planning and Inspection Liaison and Force Communications Room"
    )


def test_a_broken_office_glossary_names_the_file_and_the_fix(tmp_path):
    office = tmp_path / "glossary.yaml"
    office.write_text("expand: [not, a, mapping]\n")
    with pytest.raises(ValueError, match=r"glossary\.yaml.*expand"):
        load_glossary(office)


def test_abbreviations_the_notes_define_themselves():
    assert defined_in("Retail Crime Delivery Group (RCDG) reports monthly") == {
        "RCDG": "Retail Crime Delivery Group"
    }
    assert defined_in("A meeting (Tuesday) was held") == {}


# -- punctuation and capitals -------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("screening rule -> investigator", "Screening rule to investigator."),
        ("flag on 72% of crimes", "Flag on 72 per cent of crimes."),
        ("Performance & Accountability Board meets", "Performance and Accountability Board meets."),
        ("two stops ..", "Two stops."),
        ("agreed , then   signed", "Agreed, then signed."),
    ],
)
def test_tidy(raw, expected):
    assert tidy(raw) == expected


def test_a_month_due_date_is_written_as_a_month():
    # "Feb-27" means February 2027; "by 28 February 2027" would be a date nobody gave.
    assert parse_due("Feb-27", AROUND).words() == "February 2027"
    # A quarter is written as the plan gives it, not as a date nobody wrote.
    assert parse_due("Q1 27/28", AROUND).words() == "the end of the first quarter of 2027/28"
    assert parse_due("Monthly from Jan 27", AROUND).date is None  # a rhythm, not 27 January
    assert parse_due("31/03/2027", AROUND).words() == "31 March 2027"


def test_every_verb_in_a_list_of_actions_takes_the_tense():
    out = action_sentence(
        "Refresh the protocol, require inspector authority, and agree a response time", "in_progress", FORCE
    )
    assert (
        out
        == "The force is refreshing the protocol, requiring inspector authority, and agreeing a response time."
    )
    # False alarm: a noun after "and" is not a verb ("advice and support for victims").
    assert action_sentence("Improve advice and support for victims", "in_progress", FORCE) == (
        "The force is improving advice and support for victims."
    )


def test_an_area_for_improvement_gives_the_work_its_purpose():
    from assistant.drafting.realise import aim_of, with_aim

    ask = "The force should improve how quickly it answers non-emergency calls, so that fewer callers abandon them."
    assert aim_of(ask) == "improve how quickly it answers non-emergency calls"
    assert with_aim(aim_of(ask), "The force is recruiting call handlers.") == (
        "To improve how quickly it answers non-emergency calls, the force is recruiting call handlers."
    )
    assert aim_of("The force should better understand the wellbeing needs of its workforce.") == (
        "better understand the wellbeing needs of its workforce"
    )
    # False alarms: a finding, not an ask; an ask too long to open a sentence with; a sentence in the first person.
    assert aim_of("Some cells contained potential ligature points.") is None
    assert aim_of("The force should " + "make sure that every one of its many officers " * 3 + ".") is None
    assert with_aim("improve contact", "I have funded two advisers.") == "I have funded two advisers."


def test_references_in_notes_are_written_out(glossary):
    facts, _ = progress_sentences("R1a and R1c: closed by HMICFRS. CoC remains open.", AROUND, glossary)
    assert facts == ["Recommendations 1a and 1c: closed by HMICFRS.", "The cause of concern remains open."]


def test_a_decimal_is_not_a_date(glossary):
    facts, _ = progress_sentences("Early leavers 9.8% in 2025/26.", AROUND, glossary)
    assert facts == ["Early leavers 9.8 per cent in 2025/26."]


def test_numbers_and_times_keep_their_punctuation():
    assert (
        tidy("calls to 101, 999 and £95,000 by 22:00,then") == "Calls to 101, 999 and £95,000 by 22:00, then."
    )


def test_a_sentence_written_in_prose_is_kept_as_written():
    # Plans written as prose: not "The force's plan also includes an on recommendation 6, ..."
    assert noun_sentence("Assistant Chief Constable Reeve owns that", "in_progress", FORCE) == (
        "Assistant Chief Constable Reeve owns that."
    )
    assert noun_sentence(
        "On recommendation 6, the force already records disability", "in_progress", FORCE
    ) == ("On recommendation 6, the force already records disability.")
    assert noun_sentence("Custody Governance Board tracks this plan monthly", "in_progress", FORCE) == (
        "The Custody Governance Board tracks this plan monthly."
    )
    # False alarm: an acronym before a plural noun is not a subject and its verb.
    assert noun_sentence("Monthly audit of PACE reviews", "in_progress", FORCE) == (
        "Work is under way on a monthly audit of PACE reviews."
    )


def test_short_facts_of_one_note_are_joined_in_pairs_and_names_keep_their_capitals():
    """The notes give one fact a sentence (the composer averaged 13.7 words a sentence, the office 22)."""
    facts = [
        "A recruitment campaign opened on 9 November 2026.",
        "Training is planned for February 2027.",
        "Harnmouth suite reopened in May.",
        "Sarah Whitlock approved the rota.",
        "The healthcare provider has agreed, in principle, to a contract variation.",
    ]
    assert join_short(facts) == [
        "A recruitment campaign opened on 9 November 2026, and training is planned for February 2027.",
        "Harnmouth suite reopened in May, and Sarah Whitlock approved the rota.",
        "The healthcare provider has agreed, in principle, to a contract variation.",  # has commas: alone
    ]


def test_owners_written_as_rank_and_surname_or_portfolio(glossary):
    """'DCI Hale (PVP)' once became 'the Detective Chief Inspector for Hale'."""
    phrase = lambda owner: owner_phrase(glossary.write_out(owner), "force")  # noqa: E731
    assert phrase("DCI Hale (PVP)") == "Detective Chief Inspector Hale"
    assert phrase("Supt RB (Local Policing)") == "the Superintendent for Local Policing"
    assert phrase("ACC Crime") == "the Assistant Chief Constable for Crime"  # a portfolio keeps "for"
    # 'Ch Insp Rachel Amos, CCR' had become 'the Chief Inspector for Rachel Amos CCR'
    assert phrase("Insp Tom Bray, Custody Training & Standards") == (
        "Inspector Tom Bray (Custody Training & Standards)"
    )
    assert phrase("T/Ch Insp Mark Tully, CCR Ops") == "Temporary Chief Inspector Mark Tully (CCR Operations)"
    assert phrase("Ch Insp - FCR") == "the Chief Inspector for force control room"  # a post, not a person
    # 'OPCC Commissioning' had become 'My Commissioning leads this work'
    assert owner_phrase("OPCC Commissioning", "opcc") == "my office's commissioning team"
    assert owner_phrase("OPCC – Policy", "opcc") == "my office's policy team"
    assert owner_phrase("OPCC Chief Executive", "opcc") == "my Chief Executive"  # a post stays a post


def test_a_clause_with_now_and_a_labelled_fact_are_not_wrapped_as_measures():
    """'The force's plan includes CCE referrals now go through ...' and '... includes september–October:'."""
    assert noun_sentence("Referrals now go through the daily triage call", "in_progress", FORCE) == (
        "Referrals now go through the daily triage call."
    )
    assert noun_sentence("Sept–Oct: 58 children to the panel", "in_progress", FORCE).startswith(
        "September–October: 58"
    )
    assert (
        noun_sentence("Online reporting form", "in_progress", FORCE)
        == "Work is under way on an online reporting form."
    )


def test_a_date_inside_a_fact_is_written_out_and_no_marker_is_left(glossary):
    """'... from @D0@ for 2 years' once reached a letter: the date inside the noun phrase was left marked."""
    facts, _ = progress_sentences(
        "PCC has agreed to fund a third advocate from 01/04/27 for 2 years – decision record signed 18/11/26",
        AROUND,
        glossary,
    )
    assert "@D" not in " ".join(facts)
    assert "1 April 2027" in facts[0] and "was signed on 18 November 2026" in facts[0]


def test_plural_pccs_ranges_of_references_and_dotted_abbreviations(glossary):
    """'1 for PCCs (R12)' once read '1 for my (recommendation 12)'; 'R1-R5' read 'recommendation
    1-recommendations 5'; 'incl. a section' read 'including. a section'."""
    assert first_person("1 for PCCs (R12)") == "1 for PCCs (R12)"
    assert first_person("the PCC's fund") == "my fund"
    assert written_refs("7 for CCs (R1-R5, R9, R11)") == "7 for CCs (recommendations 1 to 5, 9, 11)"
    assert (
        glossary.write_out("a template incl. a suspect section") == "a template including a suspect section"
    )


def test_an_action_cells_day_counts_are_not_taken_for_a_month_and_year(glossary):
    """'7/28 day reviews' once became 'July 2028 day reviews' in a letter: an invented date."""
    from assistant.drafting.plan import read_row
    from assistant.drafting.records import Source
    from assistant.drafting.rows import RowWriter

    row = read_row(
        Source(
            sid="S1",
            kind="action_plan",
            title="plan",
            text="AFI1",
            fields={
                "ref": "AFI1",
                "action": "Supervision review standard: 7/28 day reviews on Niche; live by 31.03.27",
            },
        ),
        AROUND,
    )
    text = " ".join(s.text for s in RowWriter(glossary, AROUND, "the force").action_sentences(row, True))
    assert "2028" not in text and "7/28 day" in text and "31 March 2027" in text


# -- a briefing's own voice (issue 11, blind cases 13 and 22: OPCC briefings written in prose) -------------
def test_a_date_without_its_year_gets_the_year_the_note_means():
    from assistant.drafting.realise import years_added

    published = date(2026, 10, 27)
    # The failure: a letter read in March saying "by the end of February" or "on 4 January".
    assert years_added("It goes live on 4 January", published) == "It goes live on 4 January 2027"
    # What a plan will do by "May" is next May, not the May before publication.
    assert years_added("all devices covered by the end of May", published).endswith("May 2027")
    # Past events keep the nearest year.
    assert years_added("When fieldwork started in May, 412 officers", published).startswith(
        "When fieldwork started in May 2026"
    )
    # A list sharing one year takes it; a date that has its year, "May" the verb and a month used as a
    # name are left alone.
    assert years_added("on 9 February, 11 May and 10 August 2027", published) == (
        "on 9 February 2027, 11 May 2027 and 10 August 2027"
    )
    for kept in ("by 31 March 2027", "We may meet", "the December meeting", "May was busy"):
        assert years_added(kept, published) == kept


def test_a_notes_aside_is_not_a_sentence_of_the_letter():
    from assistant.drafting.realise.asides import aside

    for said in ("This one is ours", "I have chased.", "ACC Reeve owns that", "no answer yet"):
        assert aside(said), said
    # A short fact, and a short action with a figure, are kept.
    for fact in ("Two posts advertised in November", "Dates booked.", "I will fund 2 posts"):
        assert not aside(fact), fact


def test_a_notes_we_is_the_force_or_my_office_with_its_verb_agreeing():
    from assistant.drafting.realise.asides import we_as

    assert (
        we_as("We commission four victim services", "my office")
        == "My office commissions four victim services"
    )
    assert we_as("where the victim tells us, but", "the force") == "where the victim tells the force, but"
    assert (
        we_as("We will publish it on our website", "my office")
        == "My office will publish it on my office's website"
    )
    assert we_as("Wexcombe and Westmarch", "the force") == "Wexcombe and Westmarch"  # not the word "we"


def test_a_member_of_staff_named_in_a_note_becomes_their_post():
    from assistant.drafting.realise.asides import named_roles

    assert named_roles("Ruth Okafor (Head of Commissioning) will lead a review") == (
        "the Head of Commissioning will lead a review"
    )
    assert named_roles("Claire Dunmore, the Head of Vetting, has rebuilt the record") == (
        "the Head of Vetting has rebuilt the record"
    )
    # A name with no post beside it, and a named body, are left as written.
    for kept in ("Fenmoor Women's Aid (a charity) signed", "ACC Reeve owns the plan"):
        assert named_roles(kept) == kept


def test_the_commissioner_as_subject_is_i_and_the_office_as_subject_keeps_its_verb():
    assert first_person("In September the PCC approved £96,000") == "In September I approved £96,000"
    assert first_person("The PCC has agreed to fund two posts") == "I have agreed to fund two posts"
    assert (
        first_person("OPCC attends as observer") == "my office attends as observer"
    )  # not "my office's attends"
    assert (
        first_person("Funding bid to OPCC Jan-27") == "Funding bid to my office Jan-27"
    )  # not "to my Jan-27"
    # Plural PCCs and a noun after PCC are left alone.
    assert first_person("1 for PCCs (R12)") == "1 for PCCs (R12)"
    assert first_person("OPCC submission to the panel") == "my office's submission to the panel"
    # Blind case 01: "Raised by OPCC through APCC portfolio" had become "Raised by my office's through".
    assert first_person("Raised by OPCC through the portfolio") == "Raised by my office through the portfolio"
    assert first_person("OPCC via the panel") == "my office via the panel"


def test_an_abbreviation_or_a_name_opening_a_cell_is_not_an_order():
    # "THRIVE refresher" had become "The force is thriving refresher"; "Mark Osei's team" an order to mark.
    assert action_sentence("THRIVE refresher for all call handlers", "in_progress", FORCE) is None
    assert is_prose("Mark Osei's Digital Services team will put the software on mobiles in three phases")
    assert is_prose("The CCU's monitoring software covers force desktops and laptops but not phones")
    assert is_prose("We then report to the Police and Crime Panel on 18 March 2027")
    # A measure written as a noun phrase is still not prose, and an order still an order.
    assert not is_prose("The national custody detention dashboard for all suites and partners")
    assert not is_prose("Review the policy and train all the officers in the new process")


def test_a_sentence_of_the_notes_opened_by_a_date_or_a_phrase_is_prose():
    """Blind case 30's Word briefing: "Work is also under way on by 20 November 2026, 388 of the 640 plans
    had been reviewed", "Work is under way on at the time of the inspection the average caseload was 61"."""
    assert is_prose("By 20 November 2026, 388 of the 640 plans had been reviewed and 71 had been rewritten")
    assert is_prose(
        "At the time of the inspection the average caseload was 61 offenders per offender manager"
    )
    assert is_prose("Applications for orders rose from 9 in the quarter to June 2026 to 17 in September")
    # the false alarms: a measure's noun phrase is still not a sentence
    assert not is_prose("Quarterly report to the board on the average caseload per offender manager")


def test_an_owner_with_a_person_in_brackets_is_named_by_the_post():
    g = load_glossary()
    assert owner_phrase(g.write_out("Ch Insp Force Control Room (Ch Insp M. Dowd)"), "force") == (
        "the Chief Inspector for Force Control Room"
    )
    assert (
        owner_phrase(g.write_out("Insp S&S lead (Insp T. Varga)"), "force")
        == "the Inspector for stop and search"
    )
    assert owner_phrase(g.write_out("DCC (DCC T. Rafferty)"), "force") == "the Deputy Chief Constable"
    # A rank and a unit joined by a dash: not "the Superintendent for, Head of force control room"
    assert owner_phrase(g.write_out("Supt - Head of FCR"), "force") == "the Head of force control room"
    assert owner_phrase(g.write_out("Ch Insp - FCR"), "force") == "the Chief Inspector for force control room"
    assert (
        owner_phrase(g.write_out("DCI Hale (PVP)"), "force") == "Detective Chief Inspector Hale"
    )  # rank, surname


def test_a_decision_recorded_under_the_commissioners_name_is_read():
    from assistant.drafting.plan import read_row
    from assistant.drafting.records import Source
    from assistant.drafting.rows import decision_in

    def row(text):
        return read_row(
            Source(sid="S1", kind="action_plan", title="notes", text=text, fields={"action": text})
        )

    said = row("Priya has confirmed she accepts it in full (briefing, 18 November)")
    assert decision_in([said], "Priya Lockwood") == "accept"
    assert decision_in([said], "") is None  # nobody named: no decision guessed
    assert decision_in([row("Sarah accepts the point in full")], "Priya Lockwood") is None  # someone else


def test_a_row_naming_two_recommendations_gives_each_only_its_own_actions(glossary):
    """Blind case 25: 'Recs 4-5' put every action under both recommendations, word for word."""
    from assistant.drafting.plan import read_row
    from assistant.drafting.records import Source
    from assistant.drafting.rows import narrowed

    row = read_row(
        Source(
            sid="S1",
            kind="action_plan",
            title="plan",
            text="Recs 4-5",
            fields={
                "ref": "Recs 4-5",
                "action": "Quarterly ethnicity dataset for the Youth Justice Management Board\n"
                "Adultification bias module for all response officers\nProgress reported monthly to the commissioner",
            },
        ),
        AROUND,
    )
    rec4 = (
        "examine every quarter, through the Youth Justice Management Board, data on the ethnicity of children"
    )
    rec5 = "make sure that officers who work with children are trained to recognise adultification bias"
    four, five = narrowed(row, rec4, [rec5], glossary), narrowed(row, rec5, [rec4], glossary)
    assert any("dataset" in a for a in four.actions) and not any("dataset" in a for a in five.actions)
    assert any("Adultification" in a for a in five.actions) and not any(
        "Adultification" in a for a in four.actions
    )
    assert all(any("commissioner" in a for a in r.actions) for r in (four, five))  # close to neither: both


def test_one_rows_measures_are_listed_in_one_sentence_not_one_frame_per_cell():
    """'Work is under way on A. Work is also under way on B. Work is also under way on C.' read as a form;
    the office lists them. Different frames and other sentences are kept apart, in order."""
    from assistant.drafting.realise import merge_frames

    got = merge_frames(
        [
            "Work is under way on a surge desk.",
            "Work is also under way on a 101 call-back option.",
            "Cohort 1 started on 2 November 2026.",
            "The force plans online reporting.",
            "The force also plans a webchat.",
            "Work is also under way on a new rota.",
        ]
    )
    assert got == [
        "Work is under way on a surge desk and a 101 call-back option.",
        "Cohort 1 started on 2 November 2026.",
        "The force plans online reporting and a webchat.",
        "Work is also under way on a new rota.",
    ]
    # A long list is not made into one endless sentence.
    many = [f"Work is under way on measure number {i} for the custody suites." for i in range(8)]
    assert all(len(s.split()) <= 45 for s in merge_frames(many)) and len(merge_frames(many)) > 1


def test_an_abbreviation_the_notes_spell_out_in_other_words_takes_their_meaning():
    """Blind case 26: a stalking plan's "2 ISAs" became "2 information-sharing agreements"; the plan
    itself says "independent stalking advocate"."""
    g = load_glossary()
    plan = "Review ISA capacity - currently 2 ISAs. I will fund a 3rd independent stalking advocate."
    assert "2 independent stalking advocates" in g.with_definitions(plan).write_out(plan)
    # A document that also uses our meaning keeps it; one that never spells it out keeps ours.
    both = plan + " The information-sharing agreement with the Hub was signed."
    assert "2 information-sharing agreements" in g.with_definitions(both).write_out(both)
    assert (
        g.with_definitions("ISA signed 28/10").write_out("ISA signed")
        == "information-sharing agreement signed"
    )


def test_a_rank_is_never_given_another_meaning_by_words_that_happen_to_spell_it():
    """'A–C chief constables' spells ACC; 'ACC Local Policing' had become 'a-c chief constables Local
    Policing' in an oversight paragraph."""
    g = load_glossary()
    text = "Recs A–C chief constables. Chair ACC Local Policing."
    assert "Assistant Chief Constable Local Policing" in g.with_definitions(text).write_out(text)


def test_a_shared_trackers_rows_for_another_years_report_are_not_this_reports():
    """Blind case 29: 'ASB spotlight (Oct 24)' rows sat beside 'Roads Policing (Oct 26)' and one of their
    figures (91%) reached the roads letter; both share the month, only one the year."""
    from assistant.drafting.inspection import Inspection
    from assistant.drafting.records import Source
    from assistant.drafting.sources import this_reports_rows

    inspection = Inspection(
        title="Every journey matters: an inspection of how police forces prevent road harm",
        type="national thematic",
        published=date(2026, 10, 15),
        recommendations=[
            {"id": "1", "text": "Chief constables should act.", "addressee": "chief constables"}
        ],
        chief_constable_comments="",
    )

    def row(report):
        return Source(sid=report, kind="action_plan", title="t", text=report, fields={"inspection": report})

    rows = [row("Roads Policing (Oct 26)"), row("ASB spotlight (Oct 24)"), row("PEEL 2025"), row("")]
    assert [r.sid for r in this_reports_rows(rows, inspection)] == ["Roads Policing (Oct 26)", ""]


# -- sentences, capitals and fragments (second blind batch, round two) -------------------------------
def test_a_persons_initial_or_an_abbreviation_does_not_end_a_sentence():
    """'Deputy Chief Constable T. Rafferty leads' had been two sentences ('... Constable T.' and
    'Rafferty leads ...'), and so had '17 SPOs (incl. 6 interim) v. 9'; the end of '... under Plan B.'
    still ends one."""
    from assistant.drafting.text import split_sentences

    text = (
        "Deputy Chief Constable T. Rafferty leads the response. DCI L. Morrow chairs it. "
        "17 SPOs (incl. 6 interim) v. 9 in 2025/26, est. £212k. It is Plan B. Then it ended. Annex A. The plan."
    )
    assert split_sentences(text) == [
        "Deputy Chief Constable T. Rafferty leads the response.",
        "DCI L. Morrow chairs it.",
        "17 SPOs (incl. 6 interim) v. 9 in 2025/26, est. £212k.",
        "It is Plan B.",
        "Then it ended.",
        "Annex A.",
        "The plan.",
    ]


def test_dotted_abbreviations_are_written_out_without_their_full_stop(glossary):
    out = glossary.write_out(
        "17 SPOs (incl. 6 interim) v. 9 in 2025/26; est. £212k prevented. Policy v2 agreed."
    )
    assert (
        out
        == "17 SPOs (including 6 interim) against 9 in 2025/26; estimated £212k prevented. Policy v2 agreed."
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("MoU signed", "MoU signed"),  # had become "The moU was signed"
        ("Banking Protocol refresher", "Banking Protocol refresher"),  # had become "banking Protocol"
        ("Fenmoor Police has", "Fenmoor Police has"),
        ("Head of Custody leads", "Head of Custody leads"),
        ("Refresher done", "refresher done"),  # the false alarm: an ordinary word is lowered
        ("The Board", "the Board"),
        (
            "Otterby reviews by the inspector",
            "Otterby reviews by the inspector",
        ),  # a place: had been "otterby"
        ("E-learning went live", "e-learning went live"),  # the false alarm: a hyphened word is no name
    ],
)
def test_a_name_or_abbreviation_keeps_its_capitals_mid_sentence(text, expected):
    from assistant.drafting.text import lower_first

    assert lower_first(text) == expected


def test_a_noun_followed_by_its_verb_is_not_an_order():
    """'Report makes 4 recs (A–D)' had become 'The force has reported makes 4 recommendations'; 'Stand up
    Port Intelligence Unit' had become 'The force plans a stand up Port Intelligence Unit'."""
    assert action_sentence("Report makes 4 recs (A–D), all for the force", "complete", FORCE) is None
    assert not noun_sentence("Report makes 4 recs (A–D), all for the force", "complete", FORCE).endswith(
        "now in place."
    )
    assert action_sentence("Stand up Port Intelligence Unit", "not_started", FORCE) == (
        "The force will stand up Port Intelligence Unit."
    )
    # the false alarm: an order whose object looks like a verb is still an order
    assert action_sentence("Review processes for custody", "not_started", FORCE) == (
        "The force will review processes for custody."
    )


def test_a_question_in_a_note_goes_to_staff_and_an_abbreviation_does_not_split_a_fact(glossary):
    """'Needs an owner – Port Partnership coordinator to pick up?' had reached a letter; 'Harnmouth Port
    Co. 21/11/26' had been cut after 'Co.' and the date joined on as '…, and 21 November 2026'."""
    facts, scraps = progress_sentences(
        "DSA signed w/ Harnmouth Port Co. 21/11/26. Needs an owner – coordinator to pick up? Draft Feb 27.",
        date(2026, 11, 19),
        glossary,
    )
    assert "The data-sharing agreement was signed with Harnmouth Port Company on 21 November 2026." in facts
    assert not any("?" in f for f in facts)
    assert "Needs an owner – coordinator to pick up?" in scraps
    assert any("February 2027" in f for f in facts)


@pytest.mark.parametrize(
    ("note", "expected"),
    [
        ("Draft profile Feb 27", "The draft profile is planned for February 2027."),
        ("Recruitment Jan–Mar 27", "Recruitment is planned for January to March 2027."),
        (
            "Findings to Performance and Accountability Board 17/02/27",
            "The findings will go to the Performance and Accountability Board on 17 February 2027.",
        ),
        ("To Economic Crime Board 12/01/27", "This will go to the Economic Crime Board on 12 January 2027."),
        (
            "Plan agreed at Economic Crime Board 24/11/26",
            "The plan was agreed at the Economic Crime Board on 24 November 2026.",
        ),
        (
            "DSA signed w/ Harnmouth Port Co 21/11/26",
            "The data-sharing agreement was signed with Harnmouth Port Co on 21 November 2026.",
        ),
        (
            "Measures agreed in principle at CJ joint ops meeting 20/11/26",
            "The measures were agreed in principle at a criminal justice joint operations meeting on 20 November 2026.",
        ),
        (
            "Agreed at LCJB 26/11/26",
            "This was agreed at the Local Criminal Justice Board on 26 November 2026.",
        ),
        (
            "First joint review at LCJB 15/01/27",
            "The first joint review is due at the Local Criminal Justice Board on 15 January 2027.",
        ),
        ("New lead in post from 02/11/26", "The new lead has been in post since 2 November 2026."),
        ("First working group 03/12/26", "The first working group is on 3 December 2026."),
        ("Gold group meeting 10/11/26", "The gold group meeting was held on 10 November 2026."),  # past: held
        ("No HO timetable yet", "There is no Home Office timetable yet."),
        (
            "Live since 16/11/26",
            "This has been live since 16 November 2026.",
        ),  # the row's work is the subject
        ("Awaiting Niche change CR-2291", "This is awaiting Niche change CR-2291."),
        ("Built into new shift pattern", "This has been built into new shift pattern."),
        (
            "Live chat pilot in Otterby",
            "Live chat pilot in Otterby.",
        ),  # the false alarm: "live" describes a noun
        ("Working group met 19/11/26", "The working group met on 19 November 2026."),  # not "was met"
        # a fragment with no date: "11 disclosure champions appointed." had reached the letter as written
        ("11 disclosure champions appointed", "11 disclosure champions have been appointed."),
        ("Sergeant briefing pack drafted", "The sergeant briefing pack has been drafted."),
        ("Dip sample booked January", "The dip sample has been booked for January 2027."),
        (
            "Check-ins started October",
            "Check-ins started October 2026.",
        ),  # of itself: not "have been started"
        ("Go-live Feb", "The go-live is planned for February 2027."),  # had been left out as a scrap
        # the false alarms: a past month is not a plan, people are not planned, a date is not a count
        ("Review at Gold Group 03/11/26", "Review at Gold Group 3 November 2026."),  # past: not "is due"
        ("Training May 2026", "Training May 2026."),
        ("Response officers Jan–Mar 27", "Response officers January–March 2027."),
        ("Paper to CGB 3/11/26", "Paper to CGB 3 November 2026."),
        ("First 4 on PIP2 course Jan 27", "First 4 on PIP2 course January 2027."),  # not "4 … is planned"
    ],
)
def test_a_fragment_with_a_month_or_a_meeting_becomes_a_sentence(note, expected, glossary):
    """The notes' 'Draft profile Feb 27' and 'Recruitment Jan–Mar 27' had reached the letter as
    fragments of three and four words; the office writes whole sentences (22 words on average)."""
    assert progress_sentences(note, date(2026, 11, 19), glossary)[0] == [expected]


@pytest.mark.parametrize(
    ("cell", "status"),
    [("B", "complete"), ("A", "at_risk"), ("G", "in_progress"), ("R", "off_track"), ("Amber", "at_risk")],
)
def test_a_brag_letter_alone_is_a_status(cell, status):
    """Blind case 33's RAG column held only letters; every row had read as of unknown state."""
    assert status_of(cell) == status


def test_a_word_that_starts_with_a_rag_letter_is_not_one():
    assert status_of("Awaiting Home Office guidance") != "at_risk"
    assert status_of("Green") == "in_progress"


@pytest.mark.parametrize(
    ("owner", "lead"),
    [
        # blind case 32: "The Superintendent for C. Ainsworth / Niche Business Change leads this work"
        (
            "Superintendent C. Ainsworth / Niche Business Change",
            "Superintendent C. Ainsworth and the Niche Business Change team lead this work",
        ),
        (
            "Superintendent C. Ainsworth with CPS Deputy Chief Crown Prosecutor",
            "Superintendent C. Ainsworth and the CPS Deputy Chief Crown Prosecutor lead this work",
        ),
        # "The Learning and Development leads this work": a unit's name is not a person
        ("Learning and Development", "The Learning and Development team leads this work"),
        # the false alarms: a role, a named team and a unit with "and" in its name stay as they are
        ("Head of Learning and Development", "The Head of Learning and Development leads this work"),
        ("Case Quality Team", "The Case Quality Team leads this work"),
        ("Crime Registrar", "The Crime Registrar leads this work"),
    ],
)
def test_an_owner_is_named_as_a_letter_names_them(owner, lead):
    sentence = closing_sentence(owner, owner_kind(owner), parse_due(""), "in_progress")
    assert sentence == lead + "."


def test_an_abbreviation_that_opens_a_name_takes_its_capitals(glossary):
    """Blind case 32: "criminal justice Case Quality Team", "monthly criminal justice Board"."""
    assert glossary.write_out("Results to CJ Board") == "Results to Criminal Justice Board"
    assert glossary.write_out("CJ Case Quality Team") == "Criminal Justice Case Quality Team"
    assert glossary.write_out("CJ partners") == "criminal justice partners"  # not a name: stays lower case
    assert glossary.write_out("at the end of CJ. Then") == "at the end of criminal justice. Then"
    assert glossary.write_out("s/t w/ CCTV") == "shop theft with CCTV"  # one word, an abbreviation after it
    assert glossary.write_out("CJ January review") == "criminal justice January review"  # a month: no name


def test_an_initial_after_a_rank_does_not_end_an_action():
    """Blind case 32: "Force rep (Ch Insp D. Greaves) sits on ..." was cut after "D." into two actions,
    and the second began "Greaves) sits on"."""
    cell = "National rec – no local action. Force rep (Ch Insp D. Greaves) sits on the working group."
    assert split_actions(cell) == [
        "National rec – no local action",
        "Force rep (Ch Insp D. Greaves) sits on the working group",
    ]
    assert split_actions("For NPCC. Force to adopt nat std once agreed.") == [
        "For NPCC",
        "Force to adopt nat std once agreed",
    ]


@pytest.mark.parametrize(
    ("cell", "whose_only"),
    [
        ("National rec – no local action", True),  # blind case 32 printed this in the letter
        ("No local action required", True),
        ("For NPCC", True),
        ("National rec – force to adopt the standard when issued", False),  # an action follows
    ],
)
def test_a_cell_that_only_says_whose_the_recommendation_is(cell, whose_only):
    from assistant.drafting.rows import _ONLY_WHOSE

    assert bool(_ONLY_WHOSE.match(cell)) is whose_only


def test_an_item_to_be_something_is_not_being_it():
    """Blind case 32: "file quality to be a standing quarterly agenda item" became "The file quality is
    also being a standing quarterly agenda item"."""
    out = action_sentence("file quality to be a standing quarterly agenda item", "in_progress", FORCE)
    assert out == "The file quality will be a standing quarterly agenda item."
    done = action_sentence("file quality to be a standing quarterly agenda item", "complete", FORCE)
    assert done == "The file quality is now a standing quarterly agenda item."


def test_talk_about_the_response_goes_to_the_editor_not_the_reader():
    """Case 06's briefing row put "Keep it short-ish – last year's was too long" and "CC's comments
    received 20/11 – in the file" into the letter as "The force's plan also includes a keep it short-ish"."""
    from assistant.drafting.rows import without_letter_talk

    assert without_letter_talk("Keep it short-ish – last year's was too long") == (
        "",
        "Keep it short-ish – last year's was too long",
    )
    kept, dropped = without_letter_talk(
        "PCC's annual inspections report to PCP 28/01/27 – this response to be included"
    )
    assert (
        kept == "PCC's annual inspections report to PCP 28/01/27"
        and dropped == "this response to be included"
    )
    # the false alarm: a response to victims is work, not the letter
    assert without_letter_talk("Faster response to repeat victims") == (
        "Faster response to repeat victims",
        "",
    )


def test_a_briefing_row_that_names_a_board_is_split_between_oversight_and_context(glossary):
    from assistant.drafting.context import oversight_split
    from assistant.drafting.plan import PlanRow, parse_due
    from assistant.drafting.records import Source

    def row(topic: str, actions: list[str]) -> PlanRow:
        source = Source(sid="S1", kind="action_plan", title="plan", text="", marking="OFFICIAL")
        return PlanRow(
            source=source,
            refs=[],
            topic=topic,
            actions=actions,
            owner="",
            owner_kind="force",
            due=parse_due(""),
            status="unknown",
            status_text="",
            progress="",
        )

    briefing = row(
        "Notes", ["Investment: precept funded 20 PCSOs", "Local actions reviewed quarterly at PAB"]
    )
    assert oversight_split(briefing, glossary) == (
        ["Local actions reviewed quarterly at PAB"],
        ["Investment: precept funded 20 PCSOs"],
    )
    # "Government" is not governance
    assert oversight_split(row("Notes", ["5 recs, all for Government"]), glossary)[0] == []
    # a row whose own topic is oversight keeps every piece there
    governance = row("Governance / oversight", ["Quarterly review by the chief officer group"])
    assert oversight_split(governance, glossary) == (["Quarterly review by the chief officer group"], [])


@pytest.mark.parametrize(
    ("note", "expected"),
    [
        # blind case 33's terse tracker: the letter had repeated these as written
        (
            "Compliance 72% Sep → 86% Oct, tgt 95% by 31/03/27",
            "Compliance rose from 72 per cent in September to 86 per cent in October, against a target of 95 per "
            "cent by 31 March 2027.",
        ),
        (
            "101 abandonment 28% Sept to 21% Nov",
            "101 abandonment fell from 28 per cent in September to 21 per cent in November.",
        ),
        (
            "Refresher all 164 CHs done 31/10/26",
            "The refresher for all 164 call handlers was completed on 31 October 2026.",
        ),
        ("QA 200 calls/mth", "Quality assurance 200 calls a month."),
        # the false alarm: no movement, no verb put in
        ("Rate 5% Q1 to 5% Q2", "Rate 5 per cent Q1 to 5 per cent Q2."),
    ],
)
def test_a_terse_performance_note_becomes_a_sentence(note, expected, glossary):
    assert progress_sentences(note, date(2026, 11, 24), glossary)[0] == [expected]


def test_a_colleagues_comment_never_reaches_the_letter():
    """Blind case 33: "[JC: don't lead with 'done' – PL wants to stress it needs sustaining]" and "(NH:
    'should be' – say early 2027?)" were printed in the letter."""
    from assistant.drafting.realise.asides import without_comments

    text, comments = without_comments(
        'Done. 38 new CHs. [JC: don\'t lead with "done"] Go-live Feb (NH: say early 2027?).'
    )
    assert text == "Done. 38 new CHs. Go-live Feb." and len(comments) == 2
    # the false alarms: a bracket that is part of the sentence stays
    assert without_comments("Board (chair: DCC) met; training (classroom and online) done")[1] == []


def test_since_a_month_is_the_month_before_not_the_next():
    """Blind case 33: "38 new CHs since Jan", written in November 2026, became "since January 2027"."""
    from assistant.drafting.realise.notes import years_added

    around = date(2026, 10, 22)
    assert (
        years_added("38 new call handlers since January", around) == "38 new call handlers since January 2026"
    )
    assert years_added("Live since December", around) == "Live since December 2025"
    assert years_added("Training since October", around) == "Training since October 2026"
    assert years_added("Due by January", around) == "Due by January 2027"  # the false alarm: a plan ahead
    # blind case 07: "Avg caseload 46 per OM (71 in March)" is the reading the inspection took, not next March
    assert years_added("caseload 46 (71 in March)", around) == "caseload 46 (71 in March 2026)"


def test_an_unknown_abbreviation_the_report_spells_out_is_written_out(glossary):
    """Blind case 31 printed "RHI" in the letter; the report's recommendation says "return home
    interviews". An abbreviation nothing explains stays, and is listed for staff."""
    text = (
        "RHI summaries to the hub within 72 hours. Forces should share return home interviews. CJIB review."
    )
    own = glossary.with_definitions(text)
    assert (
        own.write_out("RHI summaries and RHIs")
        == "return home interview summaries and return home interviews"
    )
    assert "CJIB" in own.unknown("CJIB review")  # the false alarm: no words spell it, so it is not guessed
    # nor from the tail of a longer name: PCC is not the "Police Chiefs' Council" of the NPCC
    national = glossary.with_definitions("PCC deep dive. The National Police Chiefs' Council should act.")
    assert "Police Chiefs" not in national.write_out("PCC deep dive")


# -- the readability round of issue 11: what made the shortest letters read as notes -------------------
def _plan_row(sid: str, **fields: str):
    from assistant.drafting.plan import read_row
    from assistant.drafting.records import Source

    return read_row(
        Source(sid=sid, kind="action_plan", title="plan", text=str(fields), fields=fields), AROUND
    )


def test_a_persons_initials_are_not_named_as_the_owner(glossary):
    """'The JC leads this work': a colleague's initials as the owner. An OPCC row is my office's work;
    a force row is left unnamed; staff are told either way. A unit the glossary knows is still named."""
    from assistant.drafting.rows import RowWriter

    writer = RowWriter(glossary, AROUND, "the force")
    ours = _plan_row("S1", ref="2", action="OPCC – callback funding", owner="JC", due="31/01/2027")
    text = " ".join(s.text for s in writer.paragraph([ours]))
    assert "JC" not in text and "My office leads this work" in text
    force = _plan_row("S2", ref="2", action="Refresh the call handling guide", owner="NH", due="31/01/2027")
    text = " ".join(s.text for s in writer.paragraph([force]))
    assert "NH" not in text and "this work is due by 31 january 2027" in text.lower()
    assert sum("initials" in n for n in writer.notes) == 2
    known = _plan_row("S3", ref="2", action="Refresh the vetting guide", owner="PSD", due="31/01/2027")
    assert "Professional Standards" in " ".join(s.text for s in writer.paragraph([known]))


def test_the_commissioners_initials_in_a_note_are_the_commissioner():
    """'PL approved £420k' (PL: Priya Lockwood) had become 'the i approved £420k'."""
    from assistant.drafting.realise import initials_of

    assert initials_of("Priya Lockwood") == ["PL"]
    assert initials_of("Dame Jane A. Smith") == ["JAS", "JS"]
    assert initials_of("Priya") == []
    g = load_glossary().with_entries({"PL": "PCC"})
    facts, _ = progress_sentences(
        "PL approved £420k from reserves, decision 2026/19 signed 06/11.", AROUND, g
    )
    assert facts == ["I approved £420k from reserves; the decision 2026/19 was signed on 6 November 2026."]
    assert load_glossary().with_entries({"PSD": "something else"}).write_out("PSD") == (
        load_glossary().write_out("PSD")
    )  # the glossary's own entry wins


@pytest.mark.parametrize(
    ("fact", "restated"),
    [
        ("Letter pub 29 October 2026.", True),
        ("3 recommendations.", True),
        ("Report makes 4 recommendations, all for the force.", True),
        ("Report makes 4 recommendations (A–D), all for the force.", False),  # the ids are news
        ("3 areas for improvement raised, no new recommendations.", True),
        ("HMI revisit 22 September 2026.", False),  # a date of its own
        ("Report makes 4 recommendations and 38 new call handlers have started.", False),
        ("All have been accepted by the Chief Constable on 20 November 2026.", False),
        ("Fieldwork in 8 forces, Fenmoor not one of them.", False),  # 8 is not a count of the report's
        ("All for the force.", False),  # nothing checkable in it
    ],
)
def test_a_note_restating_the_reports_own_facts_is_not_said_twice(fact, restated):
    from assistant.drafting.realise import restates_report

    assert restates_report(fact, date(2026, 10, 29), {3, 4}, {"Fenmoor", "Police"}) is restated


def test_a_companys_abbreviation_does_not_end_a_sentence(glossary):
    """'... signed with Harnmouth Port Co. 21 November 2026.' was read as two sentences, the second a
    bare date; 'Co. Durham' is a county and stays."""
    assert glossary.write_out("DSA signed with Harnmouth Port Co. 21/11/26").endswith("Port Company 21/11/26")
    assert glossary.write_out("Visited Co. Durham") == "Visited Co. Durham"


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        # a past form after a noun it describes inside a phrase: kept as written, never made passive
        (
            "Taxi account for vulnerable detainees released at night",
            "Work is under way on a taxi account for vulnerable detainees released at night.",
        ),
        # the note's own future
        (
            "Will implement revised APP when published",
            "The force will implement revised authorised professional practice when published.",
        ),
        # 'feed' is a word of its own, not 'fee' + 'd'
        (
            "Automated feed dependent on FCC IT",
            "Work is under way on an automated feed dependent on force contact centre IT.",
        ),
        # false alarms: a participle that is the fragment's verb is still made a sentence
        (
            "Training for all staff completed on 3 May 2026",
            "Training for all staff has been completed on 3 May 2026.",
        ),
        (
            "Refresher for custody staff delivered to 40 officers",
            "Refresher for custody staff has been delivered to 40 officers.",
        ),
    ],
)
def test_a_past_form_is_made_passive_only_where_it_is_the_fragments_verb(cell, expected, glossary):
    """Blind-style notes in the evaluation had become 'Taxi account for vulnerable detainees have been
    released at night' (the detainees are released, not the account), 'Will implement has been revised
    authorised professional practice' and 'Automated has been feed dependent on ...'."""
    plain = glossary.write_out(cell)
    assert (
        action_sentence(plain, "in_progress", FORCE) or noun_sentence(plain, "in_progress", FORCE)
    ) == expected


def test_a_progress_note_reads_as_sentences_and_talk_about_the_letter_goes_to_staff(glossary):
    from assistant.drafting.rows import RowWriter

    facts, _ = progress_sentences(
        "Panel reviewed 20 clips 04/11/26. Papers due 02/02/27. 17 SPOs (inc. 6 interim) obtained. "
        "Next PEEL Improvement Board 16/12/26. Results to Force Exec Jan 27",
        date(2026, 11, 1),
        glossary,
    )
    assert facts[0].startswith("Panel reviewed 20 clips")  # active, with its object: not "has been reviewed"
    assert "The papers are due on 2 February 2027." in facts
    assert "17 SPOs (including 6 interim) obtained." in facts  # 'inc.' does not end the fact
    assert "The next PEEL Improvement Board is on 16 December 2026." in facts
    assert "The results will go to the Force Exec in January 2027." in facts
    writer = RowWriter(glossary, date(2026, 11, 1), "the force")
    row = _plan_row(
        "S9", ref="1", action="Refresh guidance", progress="s55 response due 16/12. Guidance issued 02/11/26."
    )
    text = " ".join(s.text for s in writer.progress(row))
    assert "response" not in text and "2 November 2026" in text
    assert any("note about the response itself" in n for n in writer.notes)


def test_a_dated_log_entry_says_what_happened_on_that_day(glossary):
    """'On 20 November 2026, mandatory fields live 6 November 2026' (the entry's date, then the step's
    own) and '| 28 October 2026, Change request raised' (a log's separator kept) were in letters."""
    facts, _ = progress_sentences(
        "20/11/26 - Mandatory fields live 06/11/26; first monthly report to Vulnerability Board 13/01/27. | "
        "28/10/26 - Change request raised. 10/07/25: panel asked for a deep dive.",
        date(2026, 11, 1),
        glossary,
    )
    assert facts == [
        "The mandatory fields have been live since 6 November 2026.",
        "The first monthly report will go to the Vulnerability Board on 13 January 2027.",
        "On 28 October 2026, the change request was raised.",
        "On 10 July 2025, panel asked for a deep dive.",  # the panel asked: not made passive
    ]


@pytest.mark.parametrize(
    ("note", "expected"),
    [
        ("Plan owned by Vulnerability Board", "The plan is owned by Vulnerability Board."),  # still is
        ("Post hosted by Harnmouth City Council", "The post is hosted by Harnmouth City Council."),
        ("Job advert out 25/11", "The job advert went out on 25 November 2026."),
        ("Target 31/01/27", "The target date is 31 January 2027."),
        ("Tgt 95% by 31/03", "The target is 95 per cent by 31 March 2027."),
        ("Avg caseload 46 per OM", "Average caseload 46 per offender manager."),
        # false alarms: a deed done by someone stays a deed; a plural 'out' is not an advert going out
        (
            "Guidance issued by PSD 02/11/26",
            "The guidance was issued by Professional Standards Department on 2 November 2026.",
        ),
        ("Results out 25/11", "Results out 25 November 2026."),
    ],
)
def test_a_terse_note_says_how_things_stand(note, expected, glossary):
    """'The plan has been owned by Vulnerability Board', 'Target 31 January 2027.', 'Job advert out 25
    November 2026.' were in the shortest letters of the evaluation."""
    facts, _ = progress_sentences(note, date(2026, 11, 30), glossary)
    assert facts == [expected]


@pytest.mark.parametrize(
    ("note", "expected"),
    [
        ("£74k agreed by PCC (decision 2026/044)", "I have agreed £74k (decision 2026/044)."),
        ("Funding approved by the PCC 02/11/26", "I approved funding on 2 November 2026."),
        # false alarms: someone else's approval, and a board's decision that is no meeting
        ("Plan approved by the board 02/11/26", "The plan was approved by the board on 2 November 2026."),
        ("Funding approved by the Chief Constable", "Funding has been approved by the Chief Constable."),
    ],
)
def test_the_commissioners_own_decision_is_in_the_first_person(note, expected, glossary):
    """'£74k has been agreed by PCC' in the commissioner's own letter; 'Plan approved by the board 02/11'
    had become 'The plan approved by the board was held on 2 November 2026'."""
    facts, _ = progress_sentences(note, date(2026, 11, 30), glossary)
    assert facts == [expected]


@pytest.mark.parametrize(
    ("note", "written"),
    [
        ("101 abandonment 34% at insp", "101 abandonment 34% at inspection"),  # was "at inspector"
        ("Reviewed by insp weekly", "Reviewed by inspector weekly"),
        ("Det. Supt. Hale leads", "Detective Superintendent Hale leads"),  # was "Det. Superintendent."
        ("see Ch. 3 of the report", "see Ch. 3 of the report"),  # a chapter, not a rank
    ],
)
def test_inspection_and_ranks_are_written_out_as_meant(note, written, glossary):
    assert glossary.write_out(note) == written


def test_facts_with_commas_of_their_own_are_joined_by_a_semicolon_not_an_and():
    """'Intake 1: 9 starters 12 January 2027.' 'Intake 2 April 2027, 7 offers out.': two scraps a
    sentence each. Joined by 'and' they would read as one list; by a semicolon, as two facts."""
    joined = join_short(["Intake 1: 9 starters on 12 January 2027.", "Intake 2 April 2027, 7 offers out."])
    assert joined == ["Intake 1: 9 starters on 12 January 2027; intake 2 April 2027, 7 offers out."]
    # false alarm: a fact that already has a semicolon, or a long one, stays alone
    kept = ["Rota agreed; go-live 1 February 2027.", "Training booked, March 2027."]
    assert join_short(kept) == kept
    long = "The healthcare provider has agreed, in principle, to a contract variation for the suites."
    assert join_short([long, "Review in May."]) == [long, "Review in May."]


def test_a_sentence_saying_how_the_one_before_stands_is_joined_to_it(glossary):
    """'The force also plans X. This work has not yet started.': the second only says how the first
    stands, and a person writes it as one sentence. Another row's sentence is never joined to it."""
    from assistant.drafting.records import Sentence
    from assistant.drafting.rows import with_back_references_joined

    plans = Sentence(
        text="The force also plans briefings for port workers.", origin="action_plan", citations=["S1"]
    )
    state = Sentence(text="This work has not yet started.", origin="action_plan", citations=["S1"])
    assert [s.text for s in with_back_references_joined([plans, state])] == [
        "The force also plans briefings for port workers; this work has not yet started."
    ]
    other = state.model_copy(update={"citations": ["S2"]})  # another row's state: not about this one
    assert len(with_back_references_joined([plans, other])) == 2
    topic = Sentence(text="This report covers custody.", origin="action_plan", citations=["S1"])
    assert len(with_back_references_joined([plans, topic])) == 2  # "This report ..." is a new subject


@pytest.mark.parametrize(
    ("note", "expected"),
    [
        # had read "The active risk management system has been trained 33/35"
        ("ARMS trained 33/35", "33 of 35 have been trained in ARMS"),
        ("Sergeants trained 12/40 in PIP2", "12 of 40 sergeants have been trained in PIP2"),
        ("118/204 staff through refresher", "118 of 204 staff have been through the refresher"),
        # false alarms: not a share of a number
        ("24/7 staff through refresher", None),
        ("Officers trained 40/38", None),
        ("Rota trained on", None),
    ],
)
def test_a_share_of_people_trained_is_written_as_one(note, expected):
    from assistant.drafting.realise.notes import share_written

    assert share_written(note) == expected
