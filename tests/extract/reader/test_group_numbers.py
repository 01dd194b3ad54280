"""Which number a sentence gives each group, "respectively" over the values as results write them."""

from __future__ import annotations

import time

import pytest

from harvester.extract.reader.features import Question
from harvester.extract.reader.group_numbers import numbers_by_group, respective_as_before, respective_values

ROLE = Question.of("anxiety", "massage", "usual care").word_role


@pytest.mark.parametrize(
    "sentence",
    [  # fictional: each arm's value with its spread, interval or range, then the arms
        "Anxiety was 30.1 ± 4.2 and 41.3 ± 5.0 in the massage and usual care groups, respectively.",
        "Anxiety was 30.1 (SD 4.2) and 41.3 (SD 5.0) points for massage and usual care, respectively.",
        "Anxiety was 30.1 (95% CI 28.0 to 32.2) and 41.3 (95% CI 39.0 to 43.6) in the massage and usual care groups, respectively.",
        "Anxiety was 30.1 [28.0–32.2] and 41.3 [39.0–43.6] in the massage and usual care groups, respectively.",
        # the arms first, their values up to "respectively"
        "Anxiety in the massage and usual care groups was 30.1 ± 4.2 and 41.3 ± 5.0, respectively.",
        "The massage and usual care groups had anxiety scores of 30.1 and 41.3, respectively.",
        "Anxiety in the massage and usual care groups was 30.1 (28.0 to 32.2) and 41.3 (39.0 to 43.6), respectively.",
        "Anxiety was lower in the massage and usual care groups (30.1 ± 4.2 and 41.3 ± 5.0, respectively; p < 0.01).",
        # the arms in brackets, in order, then their values set one against the other
        "Anxiety scores (massage vs usual care) were 30.1 vs 41.3 (p = 0.01).",
        "Anxiety scores (massage versus usual care) were 30.1 ± 4.2 versus 41.3 ± 5.0.",
        "Anxiety (usual care vs massage): 41.3 vs 30.1, p = 0.01.",
        # one arm before its value, the other right after the value set against it
        "The massage group had a mean anxiety score of 30.1 versus 41.3 in the usual care group (p = 0.01).",
        "The massage group had a mean anxiety score of 30.1 ± 4.2 vs 41.3 ± 5.0 in the usual care group.",
        # a time of the treatment before the values names no arm
        "Anxiety after the intervention was 41.3 and 30.1 in the usual care and massage groups, respectively.",
        # the values, then the arms in their order right after them, with no "respectively"
        "Anxiety was 30.1 ± 4.2 versus 41.3 ± 5.0 points in the massage and usual care groups (p = 0.01).",
        "Anxiety was 30.1 and 41.3 for massage and usual care (p = 0.01).",
    ],
)  # fmt: skip
def test_each_arm_gets_its_own_value_respectively_never_a_bound_of_its_spread(sentence: str) -> None:
    assert numbers_by_group(sentence, ROLE) == {"INT": 30.1, "CMP": 41.3}


@pytest.mark.parametrize(
    ("sentence", "numbers"),
    [  # fictional: a median and its range; a count and its share, read as the share
        ("Anxiety was 12 (8–15) and 18 (14–22) in the massage and usual care groups, respectively.", {"INT": 12, "CMP": 18}),
        ("Nausea occurred in 12 (40%) and 15 (30%) patients in the massage and usual care groups, respectively.", {"INT": 40, "CMP": 30}),
        ("Nausea occurred in 12/30 (40%) and 15/50 (30%) patients in the massage and usual care groups, respectively.", {"INT": 40, "CMP": 30}),
        ("Nausea occurred in 12/30 and 15/50 patients in the massage and usual care groups, respectively.", {"INT": 40, "CMP": 30}),
        # each number before its own group: a count out of the group's size is its share, not its size
        ("Nausea occurred in 12/30 patients in the massage group and 10/50 in the usual care group.", {"INT": 40, "CMP": 20}),
        ("Nausea occurred in 12 of 30 patients in the massage group and 15 of 50 in the usual care group.", {"INT": 40, "CMP": 30}),
        ("Nausea occurred in 12 (40%) patients in the massage group and 15 (30%) in the usual care group.", {"INT": 40, "CMP": 30}),
        ("Nausea occurred in 12 of 30 patients taking massage and in 15 of 50 taking usual care.", {"INT": 40, "CMP": 30}),
        # the group, then the share of its people
        ("In the massage group 50% of patients had no pain as compared to 20% in the usual care group.", {"INT": 50, "CMP": 20}),
        ("Among patients given massage, 12% had a relapse versus 25% among those given usual care.", {"INT": 12, "CMP": 25}),
        # the group named, then how many of it: a count with its share, or out of its size
        ("Nausea (massage 12 (40%) vs usual care 15 (30%); p = 0.04) was rare.", {"INT": 40, "CMP": 30}),
        ("Nausea: massage 12/30 vs usual care 15/50, p = 0.04.", {"INT": 40, "CMP": 30}),
        # the measure and a colon, then each arm with its value, listed with commas
        ("Satisfaction: massage 64.7%, usual care 35.7% (p = 0.21).", {"INT": 64.7, "CMP": 35.7}),
        ("Anxiety: massage group 30.1 ± 4.2 vs. usual care group 41.3 ± 5.0 (p = 0.01).", {"INT": 30.1, "CMP": 41.3}),
        # how long the arm was treated is no value of it
        ("After 6 weeks of treatment anxiety was 30 in the massage group and 41 in the usual care group.", {"INT": 30, "CMP": 41}),
        # the second group's copula left out, as the first group's was said
        ("Anxiety in the massage group was 30 and in the usual care group 41 (p = 0.01).", {"INT": 30, "CMP": 41}),
        ("Anxiety in the usual care group was 41 points, and in the massage group, 30 points.", {"INT": 30, "CMP": 41}),
        ("The mean anxiety score with massage was 30 and with usual care 41 (p = 0.01).", {"INT": 30, "CMP": 41}),
        # the first group's spread is neither the second's number nor a bar to its left-out copula
        ("Anxiety in the massage group was 30 ± 11 and in the usual care group 41 ± 12 (p = 0.01).", {"INT": 30, "CMP": 41}),
        ("Anxiety in the massage group was 30 +/- 11 and in the usual care group 41 +/- 12.", {"INT": 30, "CMP": 41}),
        # the second group's value named by a pronoun for the measure, its copula left out
        ("The mean fatigue score of the massage group was 30 (SD 11) and that of the usual care group 41 (SD 12).", {"INT": 30, "CMP": 41}),
        ("Fatigue scores in the massage group were 30 and those in the usual care group 41 (p = 0.01).", {"INT": 30, "CMP": 41}),
        # a grade's number before the group is no value of it
        ("Anxiety of at least grade 2 in the massage group was 30% compared to 41% in the usual care group.", {"INT": 30, "CMP": 41}),
        # a share spelled out, as a sentence opens on it
        ("Nine percent of patients given usual care and 4% of patients given massage had nausea.", {"INT": 4, "CMP": 9}),
        # the group as what was stopped, then in how many of its people
        ("Massage was discontinued in 12/40 (30%) whereas usual care was discontinued in 3/41 (7%).", {"INT": 30, "CMP": 7}),
        ("Usual care was stopped in 3 of 50 patients while massage was stopped in 12 of 40 patients.", {"INT": 30, "CMP": 6}),
    ],
)  # fmt: skip
def test_a_count_is_read_as_its_share_and_a_median_without_its_range(
    sentence: str, numbers: dict[str, float]
) -> None:
    assert numbers_by_group(sentence, ROLE) == numbers


@pytest.mark.parametrize(
    "sentence",
    [  # fictional: no value of the arms' own
        # three values over three arms: which is the tested arm's is not read
        "Anxiety was 30.1, 45.0 and 41.3 in the massage, reflexology and usual care groups, respectively.",
        "Anxiety in the massage, reflexology and usual care groups was 30.1, 45.0 and 41.3, respectively.",
        # times, and the bounds of an interval, are no arm's values
        "Anxiety was lower at 6 and 12 weeks in the massage and usual care groups, respectively.",
        "Anxiety was 30.1, 95% CI 28.0 to 32.2, and 41.3, 95% CI 39.0 to 43.6 in the massage and usual care groups, respectively.",
        # each arm's own test, respectively: not the arms' values
        "Anxiety was lower in the massage and usual care groups (p = 0.01 and 0.30, respectively).",
        "Anxiety was 30.1 and 41.3 in the massage and usual care groups (p = 0.01 and 0.30, respectively).",
        # arms in brackets, but three of them, or values not set one against the other
        "Anxiety scores (massage vs reflexology vs usual care) were 30.1 vs 45.0 vs 41.3.",
        "Anxiety scores (massage vs usual care) were 30.1 and 41.3.",
        # a number right after a treatment's name, with no share or total, may be its dose
        "Patients given massage 30 min or usual care 60 min had less anxiety (p = 0.01).",
        "Anxiety was 30 in the massage group, and usual care 60 min was given to the others.",
        "Nausea: massage 0.5% vs usual care 1.5%, p = 0.04.",
        "Onset of relief: massage 5 mg, usual care 10 mg (p = 0.01).",
        # the comparator the estimates are set against owns no number after "was": two doses' values
        "The effect size for anxiety versus usual care was 1.15 and 1.01 for massage 30 and 60 min, respectively.",
        # each arm's size in brackets is no value of it
        "The massage group (n = 20) and the usual care group (n = 22) were alike in anxiety.",
        # nor are counts of people before the arms, with no "respectively": perhaps their sizes
        "Of the 40 and 42 patients in the massage and usual care groups, most had less anxiety.",
    ],
)  # fmt: skip
def test_no_values_are_paired_with_the_arms_where_they_are_not_one_for_each(sentence: str) -> None:
    assert numbers_by_group(sentence, ROLE) == {}


@pytest.mark.parametrize(
    "sentence",
    [  # fictional: the tested treatment's words after "without" or "no" name the arm not given it
        "Anxiety was 30.1 ± 4.2 with massage and 41.3 ± 5.0 without massage (p = 0.01).",
        "Anxiety was 30.1 during the massage weeks and 41.3 during the no-massage weeks (p = 0.01).",
        "Anxiety was 30.1 on massage days and 41.3 on non-massage days (p = 0.01).",
    ],
)  # fmt: skip
def test_the_arm_that_went_without_the_treatment_is_the_comparator(sentence: str) -> None:
    assert numbers_by_group(sentence, ROLE) == {"INT": 30.1, "CMP": 41.3}


def test_the_run_of_values_ends_before_the_arms_or_opens_after_them() -> None:
    assert respective_values("Pain was 3.0 (SD 1.1) and 5.1 (SD 1.2) in ", ", respectively") == [3.0, 5.1]
    assert respective_values("Pain in ", " was 3.0 ± 1.1 and 5.1 ± 1.2, respectively (p = 0.005)") == [
        3.0,
        5.1,
    ]
    assert respective_values("Pain in ", " fell from 5.0 to 3.0 and 5.2 to 5.1, respectively") == []


def test_values_given_respectively_follow_the_arms_of_the_statement_before() -> None:
    """Fictional: "Fatigue was 2.0 and 3.5, respectively" names no arm; the sentence before gave
    each arm a number, and named them in that order."""
    before = "Anxiety was 3.1 in the massage group and 4.2 in the usual care group (p = 0.01)."
    said = "Fatigue was 2.0 and 3.5, respectively (p = 0.02)."
    assert respective_as_before(said, before, ROLE) == {"INT": 2.0, "CMP": 3.5}
    assert respective_as_before("..., as was fatigue (2.0 vs 3.5, p = 0.02).", before, ROLE) == {
        "INT": 2.0,
        "CMP": 3.5,
    }
    assert respective_as_before("..., as was fatigue (2.0 vs 3.5 vs 2.9).", before, ROLE) == {}  # three arms
    turned = "Anxiety was 4.2 in the usual care group and 3.1 in the massage group (p = 0.01)."
    assert respective_as_before(said, turned, ROLE) == {"CMP": 2.0, "INT": 3.5}
    # the statement before gave the arms no numbers, or this one names its own arms
    assert respective_as_before(said, "Anxiety was lower with massage than with usual care.", ROLE) == {}
    assert (
        respective_as_before(
            "Fatigue was 2.0 and 3.5 with massage and usual care, respectively.", before, ROLE
        )
        == {}
    )


def test_a_group_named_the_study_group_is_asked_of_by_both_words() -> None:
    def role(word: str) -> str | None:
        return {"study group": "INT", "control": "CMP"}.get(word)

    sentence = "Anxiety was 30.1 in the study group and 41.3 in the control group."  # fictional
    assert numbers_by_group(sentence, role) == {"INT": 30.1, "CMP": 41.3}
    # "study" alone, not followed by "group", names no arm
    assert numbers_by_group("In this study anxiety was 41.3 in the control group.", role) == {}  # fictional


@pytest.mark.parametrize(
    ("sentence", "numbers"),
    [  # fictional: counts spelled out, as results write the small ones and those opening a sentence
        ("Three patients (10%) in the massage group and nine (30%) in the usual care group relapsed.", {"INT": 10, "CMP": 30}),
        ("Relapses occurred in twelve of 40 patients in the massage group and 20 of 40 in the usual care group.", {"INT": 30, "CMP": 50}),
        ("Twenty-one patients (70%) in the usual care group needed rescue analgesia, compared with six (20%) in the massage group.", {"INT": 20, "CMP": 70}),
        ("Relapses occurred in four patients in the massage group and in nine in the usual care group.", {"INT": 4, "CMP": 9}),
        ("Only one patient relapsed in the massage group compared with 11 in the usual care group.", {"INT": 1, "CMP": 11}),
        # none of an arm's people: a count of nought
        ("No patient in the massage group and six (15%) in the usual care group relapsed.", {"INT": 0, "CMP": 15}),
        ("Relapses occurred in no patients in the usual care group and in four in the massage group.", {"INT": 4, "CMP": 0}),
    ],
)  # fmt: skip
def test_a_count_spelled_out_is_read_as_its_digits(sentence: str, numbers: dict[str, float]) -> None:
    assert numbers_by_group(sentence, ROLE) == numbers


@pytest.mark.parametrize(
    "sentence",
    [  # fictional: each arm's rate, then the base it is given per, which is no arm's value
        "Anxiety attacks were 30.1 per 1,000 patient-days in the massage group versus 41.3 per 1,000 patient-days in the usual care group.",
        "The attack rate was 30.1/1,000 days in the massage group vs 41.3/1,000 days in the usual care group.",
        "Attacks were 30.1 per 100 person-years with massage and 41.3 per 100 person-years with usual care.",
        "Attacks were 30.1 and 41.3 per 1000 bed days in the massage and usual care groups, respectively.",
    ],
)  # fmt: skip
def test_a_rate_is_read_without_the_base_it_is_given_per(sentence: str) -> None:
    assert numbers_by_group(sentence, ROLE) == {"INT": 30.1, "CMP": 41.3}


@pytest.mark.parametrize(
    ("sentence", "numbers"),
    [  # fictional: a count right before the arm named as the kind of its people or procedures
        ("Cramps occurred in 12 (40%) massage-treated and 15 (30%) usual care-treated patients (p = 0.04).", {"INT": 40, "CMP": 30}),
        ("Cramps occurred in 0 of 50 massage-guided and 4 of 50 usual care-guided sessions (p = 0.12).", {"INT": 0, "CMP": 8}),
        # each arm's count right before its name, then its people or the other arm's count
        ("Cramps occurred in 12 (40%) massage and 15 (30%) usual care patients (p = 0.04).", {"INT": 40, "CMP": 30}),
        ("Splints were needed by 8 usual care participants and 3 massage participants (p = 0.04).", {"INT": 3, "CMP": 8}),
        # the second count named by no arm after it
        ("Cramps occurred in 12 of 40 massage patients versus 15 of 50 given usual care.", {}),
        # the arms' sizes, not what befell them
        ("Of 125 massage-treated and 123 usual care-treated patients, 12 and 15 had cramps (p = 0.04).", {}),
        ("We enrolled 125 massage-treated and 123 usual care-treated patients.", {}),
    ],
)  # fmt: skip
def test_a_count_right_before_an_arm_named_as_its_people_is_its_number(
    sentence: str, numbers: dict[str, float]
) -> None:
    assert numbers_by_group(sentence, ROLE) == numbers


def test_a_number_word_that_counts_no_people_stays_a_word() -> None:
    # fictional: "in one group" counts no people: the arms' own numbers are still theirs
    sentence = "In one group, anxiety was 30.1 in the massage group and 41.3 in the usual care group."
    assert numbers_by_group(sentence, ROLE) == {"INT": 30.1, "CMP": 41.3}


@pytest.mark.parametrize(
    "sentence",
    [  # fictional: the arm opens the clause, its measure before the copula, the other arm after the value
        "In the massage group, the mean anxiety score was 30.1 compared with 41.3 in the usual care group (p = 0.02).",
        "In the massage group anxiety was 30.1, versus 41.3 in the usual care group.",
    ],
)  # fmt: skip
def test_an_arm_opening_the_clause_gives_the_value_its_measure_takes(sentence: str) -> None:
    assert numbers_by_group(sentence, ROLE) == {"INT": 30.1, "CMP": 41.3}


def test_an_arm_opening_the_clause_lends_no_value_to_another_clause() -> None:
    # fictional: "and" opens another clause; its value is no arm's
    sentence = (
        "In the massage group, pain fell and the mean anxiety was 30.1; it was 41.3 in the usual care group."
    )
    assert numbers_by_group(sentence, ROLE) != {"INT": 30.1, "CMP": 41.3}


@pytest.mark.parametrize(
    "sentence",
    [  # fictional crossover: each arm a period of treatment, its value named "during" it
        "Anxiety fell by 30.1 during massage and by 41.3 during usual care (p = 0.20).",
        "Anxiety was 30.1 during the massage period and 41.3 during the usual care period.",
    ],
)  # fmt: skip
def test_a_crossover_arm_named_during_its_period_takes_its_value(sentence: str) -> None:
    assert numbers_by_group(sentence, ROLE) == {"INT": 30.1, "CMP": 41.3}


@pytest.mark.parametrize(
    ("sentence", "numbers"),
    [  # fictional: each arm, what it had, then how many; the second arm's count alone
        ("The massage group had 5 anxiety attacks and the usual care group had 12 (p = 0.04).", {"INT": 5.0, "CMP": 12.0}),
        ("The usual care group had 12 anxiety attacks, while the massage group had 5 (p = 0.04).", {"INT": 5.0, "CMP": 12.0}),
        # out of a total, or more or fewer than the other: no arm's own count
        ("The massage group had 5 of 40 with anxiety and the usual care group had 12 of 40.", {}),
        ("The massage group had 5 fewer attacks and the usual care group had 2 more.", {}),
    ],
)  # fmt: skip
def test_what_each_arm_had_gives_its_count(sentence: str, numbers: dict[str, float]) -> None:
    assert numbers_by_group(sentence, ROLE) == numbers


def test_a_group_named_in_brackets_is_read_at_once() -> None:
    # Fictional sentence: the second mention of each group sits in a long bracket, which the
    # reader sets aside as a run of spaces right after the group's name.
    sentence = (
        "Massage was no worse than usual care for pain (difference [massage minus usual care, "
        + "adjusted for age, sex, site and baseline pain, " * 12
        + "in every analysis] 0.4, 95% CI -0.3 to 1.1)."
    )
    role = Question.of("pain", "massage", "usual care").word_role
    started = time.perf_counter()
    assert numbers_by_group(sentence, role) == {}
    assert time.perf_counter() - started < 1.0  # three runs of spaces shared out every way took 40 s
