"""Time points of results: the end of treatment or a later follow-up (fictional sentences)."""

from __future__ import annotations

import pytest

from harvester.extract import load_vocabulary
from harvester.extract.facts import study_facts
from harvester.extract.findings import findings
from harvester.extract.timepoints import (
    PERSISTED,
    start_names,
    timepoint,
    with_start_spelled,
    within_treatment,
)
from harvester.extract.types import Finding
from harvester.models import AbstractSection, Record


@pytest.mark.parametrize(
    ("sentence", "duration_weeks", "expected"),
    [
        ("pain was lower in the massage group at 12 weeks (p = 0.01)", 6.0, "follow-up (12 weeks)"),
        ("pain was lower in the massage group at week 12 (p = 0.01)", 6.0, "follow-up (12 weeks)"),
        ("pain was lower in the massage group at week 6 (p = 0.01)", 6.0, "end of treatment"),
        ("pain was lower in the massage group by month 6 (p = 0.01)", 8.0, "follow-up (6 months)"),
        ("pain was lower at the week 24 follow-up (p = 0.01)", 8.0, "follow-up (24 weeks)"),
        # about the treatment's length: its end
        ("pain was lower in the massage group at 3 months (p = 0.01)", 12.0, "end of treatment"),
        ("pain was lower at the 3-month follow-up (p = 0.01)", 13.0, "follow-up (3 months)"),
        # before the treatment's end: on the way, kept apart from the end
        ("at week 4, fatigue did not differ between the groups (p = 0.30)", 8.0, "at 4 weeks"),
        ("fatigue was lower with reflexology at 2 weeks (p = 0.04)", 10.0, "at 2 weeks"),
        # a count per week is no time point
        ("pain was lower with two sessions per week (p = 0.01)", 6.0, "end of treatment"),
        # a result denied at a time of hours or days is at that time
        ("but not at 24 hours", None, "at 24 hours"),
        ("but not after 3 days", 1.0, "at 3 days"),
        # several times, the unit said once and abbreviated: at the first of them
        ("but not at 6 or 24 h", None, "at 6 hours"),
        ("but not at 4, 8 and 12 hours", None, "at 4 hours"),
        # the unit first, counted from the start: at the first of them
        ("but not on days 1 and 2", None, "at 1 day"),
        ("pain was lower at 24 hours (p = 0.01)", None, "end of treatment"),
        # follow-up as the treatment tested, not the time after it
        ("satisfaction was higher with telephone follow-up (p < 0.001)", None, "end of treatment"),
        ("anxiety was lower after nurse-led follow-up (p = 0.02)", None, "end of treatment"),
        ("anxiety was lower in the telephone group at follow-up (p = 0.02)", None, "follow-up"),
    ],
)
def test_a_time_counted_in_weeks_or_months_from_the_start(
    sentence: str, duration_weeks: float, expected: str
) -> None:
    assert timepoint(sentence, duration_weeks) == expected


@pytest.mark.parametrize(
    "clause",
    [
        "which persisted at 6 months",
        "and the effects were maintained at 6 months",
        "this was not sustained at 6 months",
    ],
)
def test_an_effect_told_again_at_a_time_is_at_a_follow_up_even_within_the_treatment_s_length(
    clause: str,
) -> None:
    # fictional: the treatment's length unknown, taken as the first time reported
    assert timepoint(clause, 26.0) == "follow-up (6 months)"


def test_a_later_time_not_known_to_follow_treatment_is_named_for_its_time_only() -> None:
    assert within_treatment("follow-up (12 months)") == "at 12 months"
    assert within_treatment("follow-up") == "follow-up"
    assert within_treatment("end of treatment") == "end of treatment"


def test_an_effect_told_again_with_no_time_is_not_placed_at_a_follow_up() -> None:
    assert timepoint("and this effect lasted for two hours", 8.0) == "end of treatment"  # fictional


def test_the_short_names_an_abstract_gives_its_baseline_are_read_as_baseline() -> None:
    methods = "Pain was rated at baseline (BL), after treatment (PT) and before the intervention (T0)."
    names = start_names(methods)
    assert names == frozenset({"BL", "T0"})
    assert with_start_spelled("lower at PT compared with BL", names) == "lower at PT compared with baseline"
    assert with_start_spelled("BLF and BL-2 stay", names) == "BLF and BL-2 stay"  # other names
    assert start_names("lower than at baseline (p = 0.01)") == frozenset()


@pytest.mark.parametrize(
    ("text", "names"),
    [  # fictional
        ("rated before the intervention  (T0) and after it (T1)", {"T0"}),  # spaces before the bracket
        ("rated before the intervention\n(T0)", {"T0"}),
        ("Pre-treatment (PT1) values", {"PT1"}),  # the words open the text
        ("the prebaseline (T0) visit", set()),  # no word boundary before them
        ("baseline (T0) (T1)", {"T0"}),  # only the bracket just after them
        ("baseline, (T0)", set()),
    ],
)
def test_a_short_name_for_the_baseline_is_read_just_after_its_words(text: str, names: set[str]) -> None:
    assert start_names(text) == frozenset(names)


def _found(result: str) -> list[Finding]:
    """The findings of a fictional six-week trial of massage whose results are `result`."""
    methods = "Sixty adults were randomized to massage or usual care for six weeks."
    record = Record(
        pmid="1",
        title="A fictional trial of massage",
        abstract=(
            AbstractSection(text=methods, label="METHODS"),
            AbstractSection(text=result, label="RESULTS"),
        ),
    )
    vocabulary = load_vocabulary()
    return findings(record, vocabulary, study_facts(record, vocabulary))[0]


def _times(result: str) -> dict[str, str]:
    return {f.measure.lower(): f.timepoint for f in _found(result)}


def test_a_result_with_its_own_p_value_keeps_its_time_when_a_later_clause_names_another() -> None:
    # fictional: the first result was seen at the session's end, the second at follow-up
    assert _times(
        "Cortisol was significantly reduced at the end of the session (p < 0.05) and muscle tone was "
        "reduced at the 12-week follow-up (p = 0.03) following massage."
    ) == {"cortisol": "end of treatment", "muscle tone": "follow-up (12 weeks)"}


def test_a_time_after_the_last_p_value_stays_every_results() -> None:
    # fictional: "at 12 weeks" closes the sentence, after both results
    assert _times("Pain decreased (p = 0.01) and fatigue decreased (p = 0.02) at 12 weeks.") == {
        "pain": "follow-up (12 weeks)",
        "fatigue": "follow-up (12 weeks)",
    }


def _readings(result: str) -> set[tuple[str, str, str, str]]:
    return {(f.domain, f.direction, f.comparison, f.timepoint) for f in _found(result)}


@pytest.mark.parametrize(
    ("result", "later"),
    [  # fictional: an effect, then the outcome back where it started at a later time
        ("Improvement in fatigue was seen after treatment but returned to baseline at follow-up.", "follow-up"),
        ("Fatigue improved after treatment but returned to baseline at 12 weeks.", "follow-up (12 weeks)"),
        ("Fatigue improved after treatment, but had returned to baseline levels by follow-up.", "follow-up"),
    ],
)  # fmt: skip
def test_an_effect_that_returned_to_baseline_later_is_kept_at_the_end_of_treatment(
    result: str, later: str
) -> None:
    readings = _readings(result)
    assert ("fatigue", "improved", "within_group", "end of treatment") in readings
    assert ("fatigue", "no_difference", "within_group", later) in readings


def test_a_result_lost_at_a_later_time_keeps_both_times() -> None:
    # fictional: the arms differed at the first time after treatment, not at the later one
    assert _readings(
        "Pain was lower in the massage group at 12 months (p = 0.02) but not at 24 months (p = 0.40)."
    ) == {
        ("pain", "improved", "between_groups", "follow-up (12 months)"),
        ("pain", "no_difference", "between_groups", "follow-up (24 months)"),
    }


def test_a_difference_no_longer_seen_at_follow_up_leaves_the_earlier_one_at_the_end_of_treatment() -> None:
    # fictional: a tested result, then its loss told at the follow-up
    assert _readings(
        "Pain was lower in the massage group than in the usual care group after treatment (p = 0.02), but the "
        "difference was no longer significant at follow-up."
    ) == {
        ("pain", "improved", "between_groups", "end of treatment"),
        ("pain", "no_difference", "between_groups", "follow-up"),
    }


@pytest.mark.parametrize(
    "result",
    [  # fictional: the end of treatment named in words, a later time in another clause
        "Pain did not differ between the groups at the end of treatment, but was lower in the massage group "
        "at follow-up (p = 0.04).",
        "Pain was lower in the massage group at follow-up (p = 0.04), although the difference at the end of "
        "treatment was not significant.",
    ],
)
def test_a_clause_naming_the_end_of_treatment_keeps_it_beside_a_later_time(result: str) -> None:
    assert _readings(result) == {
        ("pain", "no_difference", "between_groups", "end of treatment"),
        ("pain", "improved", "between_groups", "follow-up"),
    }


@pytest.mark.parametrize(
    "clause",
    [  # fictional clauses, one for each verb the screen names
        "and these differences persisted at 6 months",
        "which lasted until follow-up",
        "the effects continued at 12 weeks",
        "this remained significant at follow-up",
        "but the improvement was not sustained",
        "the gains were preserved at 6 months",
        "but the benefit was lost at follow-up",
        "the effect had disappeared by 12 weeks",
        "the benefits vanished",
        "the effects faded",
        "the improvement waned",
        "the effect wore off",
    ],
)
def test_an_effect_kept_or_lost_is_read_in_every_way_its_verbs_screen(clause: str) -> None:
    assert PERSISTED.match(clause)


def test_an_effect_kept_after_the_time_the_clause_opens_on_persisted() -> None:
    # fictional: the time first, then the effect kept or lost
    assert PERSISTED.match("At 3 months, the effect on pain was maintained")
    # a loss after a time is read as a result of its own ("by week 12, the difference had vanished")
    assert PERSISTED.match("at the 6-month follow-up, these effects had disappeared") is None


def _pooled(result: str) -> set[tuple[str, str, str, str]]:
    record = Record(
        pmid="1",
        title="Massage for low back pain: a fictional systematic review and meta-analysis",
        abstract=(AbstractSection(text=result, label="RESULTS"),),
    )
    vocabulary = load_vocabulary()
    return {
        (f.domain, f.direction, f.comparison, f.timepoint)
        for f in findings(record, vocabulary, study_facts(record, vocabulary))[0]
    }


@pytest.mark.parametrize(
    "result",
    [  # fictional: a review's pooled result in its first term, and its lack in a later one
        "Massage reduced pain in the short term (SMD -0.75, 95% CI -0.90 to -0.60), but not in the long term "
        "(SMD -0.24, 95% CI -0.62 to 0.15).",
        "Massage reduced pain (SMD -0.75, 95% CI -0.90 to -0.60), but not in the long term (SMD -0.24, 95% CI "
        "-0.62 to 0.15).",
        "Pain was reduced at short-term follow-up (SMD -0.75, 95% CI -0.90 to -0.60) but not at long-term "
        "follow-up (SMD -0.24, 95% CI -0.62 to 0.15).",
    ],
)
def test_a_review_s_short_term_result_stands_beside_its_lack_in_the_long_term(result: str) -> None:
    assert _pooled(result) == {
        ("pain", "improved", "between_groups", "end of treatment"),
        ("pain", "no_difference", "between_groups", "follow-up"),
    }
