"""Exact rules about what a results sentence states: clauses, baselines, correlations, intervals."""

from __future__ import annotations

import re

import pytest

from harvester.extract import statements
from harvester.extract.patterns import Caseless, requires_one_of
from harvester.extract.statements import (
    checks_its_design,
    clause_spans,
    compares_subgroups,
    counts_those_without_change,
    describes_the_sample,
    in_part_of_the_sample,
    interval_reading,
    is_background,
    is_baseline,
    is_correlation,
    is_hypothetical,
    is_protocol,
    left_for_a_harm,
    lists_harms,
    reports_outcomes_as_harms,
    tells_harm_of_a_few,
    tells_no_one_worsened,
    where_people_left,
)


def _clauses(sentence: str) -> list[str]:
    return [sentence[start:end] for start, end in clause_spans(sentence)]


def test_vs_with_its_point_sets_one_arm_against_the_other_and_ends_no_statement() -> None:
    said = "There were more completed diaries in the massage group vs. the usual care group (38% vs. 18%; p < 0.01)."
    assert _clauses(said) == [said]  # fictional


def test_a_verb_of_its_own_after_a_list_with_its_statistics_starts_a_statement() -> None:
    said = (  # fictional: the second verb's change is pain's alone, not the listed daily activities'
        "Mirror therapy improved motor function (SMD 0.47, 95% CI 0.27 to 0.67) and daily activities "
        "(SMD 0.48, 95% CI 0.30 to 0.65), and reduced pain (SMD -1.10, 95% CI -2.10 to -0.09)."
    )
    assert _clauses(said) == [
        "Mirror therapy improved motor function (SMD 0.47, 95% CI 0.27 to 0.67) and daily activities "
        "(SMD 0.48, 95% CI 0.30 to 0.65)",
        "reduced pain (SMD -1.10, 95% CI -2.10 to -0.09).",
    ]


def test_a_second_arm_set_against_with_its_own_estimate_starts_a_statement() -> None:
    said = (  # fictional: a review's result against two arms, each with its own estimate
        "Cupping reduced neck pain compared with no treatment (MD -1.8, 95% CI -2.4 to -1.2) and "
        "compared with sham cupping (MD -0.3, 95% CI -0.9 to 0.3)."
    )
    assert _clauses(said) == [
        "Cupping reduced neck pain compared with no treatment (MD -1.8, 95% CI -2.4 to -1.2)",
        "compared with sham cupping (MD -0.3, 95% CI -0.9 to 0.3).",
    ]


def test_an_arm_set_against_with_no_estimate_of_its_own_ends_no_statement() -> None:
    said = "Neck pain fell in the cupping group (p = 0.01) and compared with sham it was lower at week 8."
    assert _clauses(said) == [said]  # fictional


def test_and_before_a_subject_whose_effect_was_significant_starts_a_statement() -> None:
    said = (  # fictional: the second subject's result is its own, not the comparison before it
        "The effect of age on the rise in heart rate was higher in the control group and its effect "
        "on fatigue was significant in both groups."
    )
    assert _clauses(said) == [
        "The effect of age on the rise in heart rate was higher in the control group",
        "its effect on fatigue was significant in both groups.",
    ]


def test_and_before_an_arm_said_superior_ends_the_likeness_told_before() -> None:
    said = "Massage was as effective as exercise for pain, and superior for sleep quality (p = 0.02)."
    assert _clauses(said) == [  # fictional
        "Massage was as effective as exercise for pain",
        "superior for sleep quality (p = 0.02).",
    ]


@pytest.mark.parametrize(
    ("said", "second"),
    [  # fictional: each arm's change, then ", and" the arms said alike in a statement of its own
        (
            "Pain fell in both groups, and massage was not superior to usual care (p = 0.40).",
            "massage was not superior to usual care (p = 0.40).",
        ),
        (
            "Pain fell in both groups and massage was no better than usual care (p = 0.40).",
            "massage was no better than usual care (p = 0.40).",
        ),
        (
            "Pain fell in both groups, and there was no significant difference between the groups (p = 0.40).",
            "there was no significant difference between the groups (p = 0.40).",
        ),
        (
            "Pain fell in both groups, and no between-group difference was found (p = 0.40).",
            "no between-group difference was found (p = 0.40).",
        ),
        (
            "Pain fell in both groups, with no significant treatment difference (p = 0.40).",
            "with no significant treatment difference (p = 0.40).",
        ),
    ],
)
def test_and_before_the_arms_said_alike_ends_each_arms_change(said: str, second: str) -> None:
    assert _clauses(said) == ["Pain fell in both groups", second]


def test_while_of_a_time_on_a_treatment_ends_no_statement() -> None:
    said = "Sleep latency was longer while taking placebo than while taking fictolan (p = 0.01)."
    assert _clauses(said) == [said]  # fictional crossover trial
    said = "Pain fell with massage, while it rose in controls (p = 0.01)."
    assert _clauses(said) == ["Pain fell with massage", "it rose in controls (p = 0.01)."]


def test_while_before_the_other_arms_number_ends_no_statement() -> None:
    said = "The mean pain score of the massage group was 3.2, while that of the control group was 5.4 (p < 0.01)."
    assert _clauses(said) == [said]  # fictional
    # while before a statement of its own still cuts
    assert _clauses("Pain fell in the massage group, while that of the control group rose.") == [
        "Pain fell in the massage group",
        "that of the control group rose.",
    ]


def test_whereas_between_each_arm_stopped_in_so_many_ends_no_statement() -> None:
    said = (
        "Massage was discontinued in 12/40 (30%) of patients whereas usual care was discontinued in"
        " 3/41 (7%) of patients (p = 0.01)."
    )  # fictional
    assert _clauses(said) == [said]
    # the first side with a test of its own is a statement of its own
    assert (
        len(
            _clauses(
                "Massage was discontinued in 12/40 (p = 0.02) whereas usual care was discontinued in 3/41."
            )
        )
        == 2
    )


def test_semicolons_between_each_arms_number_end_no_statement() -> None:
    said = (
        "Days with cough were 3.1% in 40 children in the honey group; 2.9% in 41 children in the syrup"
        " group; and 3.4% in 39 children in the placebo group (P = 0.71)."
    )  # fictional
    assert _clauses(said) == [said]
    # a statement of its own after the semicolon is still cut off
    assert _clauses("Cough fell to 3.1% in the honey group; sleep was unchanged.") == [
        "Cough fell to 3.1% in the honey group",
        "sleep was unchanged.",
    ]


@pytest.mark.parametrize(
    "said",
    [  # fictional: each arm's numbers, then, after a semicolon, only their test
        "Skin tears: massage 11 (9%), usual care 23 (19%); p = 0.03.",
        "Skin tears occurred in 11 (9%) massage and 23 (19%) usual care patients; odds ratio 0.42 (95% CI 0.19-0.92).",
        "Skin tears: massage 11 (9%), usual care 23 (19%); RR 0.47, 95% CI 0.24 to 0.91, p = 0.02.",
    ],
)  # fmt: skip
def test_a_semicolon_before_only_the_numbers_test_ends_no_statement(said: str) -> None:
    assert _clauses(said) == [said]


def test_a_semicolon_before_a_test_of_numbers_already_tested_or_of_more_ends_the_statement() -> None:
    # fictional: the numbers had their own test, or the words after the test go on
    assert len(_clauses("Skin tears: massage 9%, usual care 19% (p = 0.03); p = 0.01 at week 12.")) == 2
    assert len(_clauses("Skin tears: massage 9%, usual care 19% (p = 0.03); p = 0.01.")) == 2


def test_and_a_second_arms_own_change_is_a_statement_of_its_own() -> None:
    said = (
        "Fatigue increased in the waiting list group (p = 0.02) and decreased in the yoga group (p = 0.01)."
    )
    assert _clauses(said) == [  # fictional
        "Fatigue increased in the waiting list group (p = 0.02)",
        "decreased in the yoga group (p = 0.01).",
    ]
    # so too with a comma after the first arm's test
    said = "Pain decreased in the massage group (p = 0.01), and increased in the control group (p = 0.03)."
    assert _clauses(said) == [
        "Pain decreased in the massage group (p = 0.01)",
        "increased in the control group (p = 0.03).",
    ]
    # the second arm's change not significant, told by an adverb or a noun
    not_significant = (
        "increased non-significantly in the waiting list group (p = 0.12).",
        "a non-significant increase in the waiting list group (p = 0.12).",
    )
    for second in not_significant:
        said = f"Fatigue decreased significantly in the yoga group (p = 0.01) and {second}"
        assert _clauses(said) == ["Fatigue decreased significantly in the yoga group (p = 0.01)", second]
    # one change in two arms, or opposite changes with one test of the arms, stay one statement
    alike = "Fatigue decreased in the yoga group and in the waiting list group (p = 0.01)."
    assert _clauses(alike) == [alike]
    tested = "Fatigue increased in the waiting list group and decreased in the yoga group (p = 0.01)."
    assert _clauses(tested) == [tested]


def test_an_arms_own_change_then_the_arms_compared_are_two_statements() -> None:
    said = "Spasticity fell in the massage group (p = 0.002) and was lower than in controls (p = 0.01)."
    assert _clauses(said) == [  # fictional
        "Spasticity fell in the massage group (p = 0.002)",
        "was lower than in controls (p = 0.01).",
    ]
    # one test of both: one statement
    tested = "Spasticity fell in the massage group and was lower than in controls (p = 0.01)."
    assert _clauses(tested) == [tested]


def test_an_arms_change_then_the_other_arm_unchanged_are_two_statements() -> None:
    said = "Fatigue fell in the massage group and remained unchanged in the control group."
    assert _clauses(said) == [  # fictional
        "Fatigue fell in the massage group",
        "remained unchanged in the control group.",
    ]
    # a test of the two together after it: one statement, the arms compared
    tested = "Fatigue fell in the massage group and was unchanged in the control group (p = 0.01)."
    assert _clauses(tested) == [tested]


@pytest.mark.parametrize("contrast", ["in contrast to", ", in contrast to", "as opposed to"])
def test_an_arm_unchanged_then_the_other_arms_change_in_contrast_are_two_statements(contrast: str) -> None:
    said = f"Fatigue stayed level in the tai chi group {contrast} a significant rise in the control group."
    assert _clauses(said.replace(" ,", ",")) == [  # fictional
        "Fatigue stayed level in the tai chi group",
        "a significant rise in the control group.",
    ]
    # a contrast with another thing than an arm's change is no statement of its own
    other = "Fatigue fell in the tai chi group in contrast to earlier reports."
    assert _clauses(other) == [other]


@pytest.mark.parametrize("term", ["time x group", "group × time", "group-by-time"])
def test_a_change_in_both_arms_then_no_interaction_are_two_statements(term: str) -> None:
    said = f"Fatigue improved in both groups (time effect p = 0.04) without a {term} interaction (p = 0.52)."
    assert _clauses(said) == [  # fictional
        "Fatigue improved in both groups (time effect p = 0.04)",
        f"without a {term} interaction (p = 0.52).",
    ]


def test_an_arms_change_then_no_change_in_the_other_arm_are_two_statements() -> None:
    said = "Pain and fatigue fell in the yoga group, and no significant change was seen in the control group."
    assert _clauses(said) == [  # fictional
        "Pain and fatigue fell in the yoga group",
        "no significant change was seen in the control group.",
    ]
    # so too "there were no changes", and the arm's own tests after it, none significant
    said = "Pain and fatigue fell in the yoga group, and there were no changes in the control group."
    assert _clauses(said)[1] == "there were no changes in the control group."
    said = "Pain fell in the yoga group, and no changes were seen in the control group (all p > 0.05)."
    assert _clauses(said)[1] == "no changes were seen in the control group (all p > 0.05)."
    # no change in an outcome is no arm's own statement
    listed = "Pain fell in the yoga group, and no significant change in fatigue was seen."
    assert _clauses(listed) == [listed]
    # a significant test after it denies no change told before it: the fall stays the yoga arm's own
    tested = "Pain fell in the yoga group, and no significant changes were observed in the control group (p = 0.01)."
    assert _clauses(tested) == [
        "Pain fell in the yoga group",
        "no significant changes were observed in the control group (p = 0.01).",
    ]


def test_and_then_the_outcome_alike_at_a_later_time_is_a_statement_of_its_own() -> None:
    said = "Fatigue was lower with reflexology than with sham at week 4 (p = 0.04), and was similar at week 12 (p = 0.60)."
    assert _clauses(said) == [  # fictional
        "Fatigue was lower with reflexology than with sham at week 4 (p = 0.04)",
        "was similar at week 12 (p = 0.60).",
    ]
    # "similar in" an arm: that arm's own, read with the clause before
    own = "Pain decreased in the reflexology group and was similar in the sham group."
    assert _clauses(own) == [own]
    # no test of its own before it: what was counted, then compared, is one statement
    counted = "Responses were seen in 11 of 18 patients, and were not statistically different between arms."
    assert _clauses(counted) == [counted]


def test_a_rating_then_and_another_subjects_result_are_two_statements() -> None:
    said = (
        "Those given massage rated their rapport with the nurse more positively (MD = 1.2; p = 0.03), "
        "and massage improved sleep quality for spouses (MD = 0.4, 95% CI 0.1 to 0.7)."
    )  # fictional
    assert _clauses(said) == [
        "Those given massage rated their rapport with the nurse more positively (MD = 1.2; p = 0.03)",
        "massage improved sleep quality for spouses (MD = 0.4, 95% CI 0.1 to 0.7).",
    ]


@pytest.mark.parametrize(
    "steady",
    ["Pain remained stable in the controls", "Pain remained unchanged,", "Pain did not change"],
)
def test_an_outcome_unchanged_then_and_another_subjects_change_are_two_statements(steady: str) -> None:
    said = f"{steady} and anxiety decreased after massage (p = 0.02)."  # fictional
    assert _clauses(said)[-1] == "anxiety decreased after massage (p = 0.02)."


def test_a_sentence_is_cut_where_its_statements_change_but_not_inside_brackets() -> None:
    assert _clauses("Pain fell in both groups (p < 0.01; n = 40), but massage was not superior to sham.") == [
        "Pain fell in both groups (p < 0.01; n = 40)",
        "massage was not superior to sham.",
    ]
    assert _clauses("Fatigue improved in both groups with no significant difference between them.") == [
        "Fatigue improved in both groups",
        "with no significant difference between them.",
    ]
    # fictional: what a result is taken to show is a statement of its own
    assert _clauses("Tissue density was higher with the drug (p = 0.02), indicating less swelling.") == [
        "Tissue density was higher with the drug (p = 0.02)",
        "indicating less swelling.",
    ]
    assert _clauses(
        "Rest time was longer after massage (p = 0.03), which is suggestive of less fatigue."
    ) == [
        "Rest time was longer after massage (p = 0.03)",
        "which is suggestive of less fatigue.",
    ]
    # fictional: the comparison of the arms after a change in one of them is a statement of its own
    assert _clauses(
        "There was no change in group A (p = 0.9), and the between-group difference was significant."
    ) == [
        "There was no change in group A (p = 0.9)",
        "the between-group difference was significant.",
    ]
    # fictional: an outcome set aside ("but not fatigue,") stays in its statement
    assert _clauses("Pain, but not fatigue, improved after massage.") == [
        "Pain, but not fatigue, improved after massage."
    ]


def test_but_not_in_an_arm_then_a_statement_of_its_own_is_three_statements() -> None:
    said = (
        "Balance improved in the Pilates group (p = 0.001) but not in the control group, "
        "and the difference between the groups was significant (p = 0.01)."
    )  # fictional
    assert _clauses(said) == [
        "Balance improved in the Pilates group (p = 0.001)",
        "not in the control group",
        "the difference between the groups was significant (p = 0.01).",
    ]
    # fictional: a list the denial runs on through stays in its statement
    listed = "Balance improved after Pilates but not in fatigue, pain, and sleep."
    assert _clauses(listed) == [listed]


def test_a_significant_difference_after_each_arms_number_tests_those_numbers() -> None:
    # fictional: the numbers and the test that compares them are one statement
    assert _clauses(
        "Pain was 3.1 in the massage group and 5.2 in the usual care group, "
        "with a significant difference between the groups (p = 0.03)."
    ) == [
        "Pain was 3.1 in the massage group and 5.2 in the usual care group, "
        "with a significant difference between the groups (p = 0.03)."
    ]
    # fictional: a change in both arms, or numbers already tested, stay statements of their own
    assert _clauses(
        "Pain fell in both groups, with a significant difference between the groups (p = 0.01)."
    ) == [
        "Pain fell in both groups",
        "with a significant difference between the groups (p = 0.01).",
    ]
    assert _clauses(
        "Pain was 3.1 in the massage group and 5.2 in the usual care group (p = 0.2), "
        "with a significant difference in fatigue (p = 0.01)."
    ) == [
        "Pain was 3.1 in the massage group and 5.2 in the usual care group (p = 0.2)",
        "with a significant difference in fatigue (p = 0.01).",
    ]


def test_no_effect_on_another_outcome_is_a_statement_of_its_own() -> None:
    # fictional
    assert _clauses("Massage reduced spasticity (MD -0.5), with no effect on range of motion (MD 1.8).") == [
        "Massage reduced spasticity (MD -0.5)",
        "with no effect on range of motion (MD 1.8).",
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        # fictional: "however" between a subject and its verb, as "in contrast" would be
        "Relaxation training, however, had no effect on fatigue.",
        "Relaxation training, though, had no effect on fatigue.",
        "The relaxation group, however, also showed less fatigue.",
        "Scores in the relaxation group, however, were unchanged.",
        "Relaxation training, however, reduced the fatigue score only slightly.",
        "Relaxation training, however, significantly reduced fatigue.",
        "Relaxation training, in contrast, had no effect on fatigue.",
        "Relaxation training, on the other hand, had no effect on fatigue.",
    ],
)
def test_a_however_set_off_between_subject_and_verb_does_not_cut_the_statement(sentence: str) -> None:
    assert _clauses(sentence) == [sentence]


@pytest.mark.parametrize(
    ("sentence", "clauses"),
    [
        # fictional: "however" between two statements
        (
            "Pain fell after massage, however, anxiety did not change.",
            ["Pain fell after massage", "anxiety did not change."],
        ),
        (
            "Pain fell after massage, however, increased tension was reported.",
            ["Pain fell after massage", "increased tension was reported."],
        ),
    ],
)
def test_a_however_between_two_statements_still_cuts(sentence: str, clauses: list[str]) -> None:
    assert _clauses(sentence) == clauses


@pytest.mark.parametrize(
    ("sentence", "clauses"),
    [  # fictional: a bracket run into the next statement's "but", no space between
        (
            "Pain did not differ (p = 0.64)but anxiety was lower with massage (p = 0.01).",
            ["Pain did not differ (p = 0.64)", "anxiety was lower with massage (p = 0.01)."],
        ),
        (
            "Pain did not differ {p = 0.64}but anxiety was lower with massage {p = 0.01}.",
            ["Pain did not differ {p = 0.64}", "anxiety was lower with massage {p = 0.01}."],
        ),
        # "but not" after a bracket sets an outcome aside within the statement
        ("Pain (VAS)but not anxiety fell with massage.", ["Pain (VAS)but not anxiety fell with massage."]),
    ],
)
def test_a_but_glued_to_a_closing_bracket_still_cuts(sentence: str, clauses: list[str]) -> None:
    assert _clauses(sentence) == clauses


@pytest.mark.parametrize(
    ("sentence", "clauses"),
    [  # fictional: ", and" before another subject's result, after a statement that states one
        (
            "Massage was superior to sham for pain, and anxiety scores were lower than at baseline.",
            ["Massage was superior to sham for pain", "anxiety scores were lower than at baseline."],
        ),
        (
            "Massage reduced pain, and anxiety scores were 40% lower than at baseline.",
            ["Massage reduced pain", "anxiety scores were 40% lower than at baseline."],
        ),
    ],
)  # fmt: skip
def test_and_before_another_subjects_result_cuts(sentence: str, clauses: list[str]) -> None:
    assert _clauses(sentence) == clauses


@pytest.mark.parametrize(
    ("sentence", "clauses"),
    [
        # fictional: an opening concession is a statement of its own, up to the comma a verb follows
        (
            "Although pain, fatigue and anxiety did not differ at baseline, fatigue was lower with massage.",
            ["pain, fatigue and anxiety did not differ at baseline", "fatigue was lower with massage."],
        ),
        # fictional: the commas of a list after its verb do not end it
        (
            "Although the drug group had higher sodium (p = 0.01), potassium (p = 0.02), and calcium, "
            "than the placebo group, these differences were small.",
            [
                "the drug group had higher sodium (p = 0.01), potassium (p = 0.02), and calcium, "
                "than the placebo group",
                "these differences were small.",
            ],
        ),
        # fictional: a contrast the sentence opens on, its main statement's verb irregular
        (
            "Whereas the usual care group showed no change, anxiety fell in the massage group.",
            ["the usual care group showed no change", "anxiety fell in the massage group."],
        ),
        (
            "While the sham group did not change, fatigue rose with reflexology (p = 0.02).",
            ["the sham group did not change", "fatigue rose with reflexology (p = 0.02)."],
        ),
        # a time, not a contrast: no verb before the comma, no cut
        (
            "While receiving massage, patients had lower heart rate (p = 0.02).",
            ["While receiving massage, patients had lower heart rate (p = 0.02)."],
        ),
    ],
)
def test_a_sentence_opening_on_although_is_cut_after_its_concession(
    sentence: str, clauses: list[str]
) -> None:
    assert _clauses(sentence) == clauses


def test_a_result_said_to_persist_is_a_statement_of_its_own() -> None:
    # fictional: the same result at a later time
    assert _clauses(
        "Anxiety was lower with massage (p < 0.01), and these differences persisted at 12 weeks."
    ) == [
        "Anxiety was lower with massage (p < 0.01)",
        "these differences persisted at 12 weeks.",
    ]
    assert _clauses("Anxiety was lower with massage, and the effects were maintained at follow-up.") == [
        "Anxiety was lower with massage",
        "the effects were maintained at follow-up.",
    ]
    assert _clauses("Anxiety was lower with massage (p < 0.01), which persisted at 12 weeks.") == [
        "Anxiety was lower with massage (p < 0.01)",
        "which persisted at 12 weeks.",
    ]


@pytest.mark.parametrize(
    ("sentence", "clauses"),
    [
        # fictional: after a subject and its verb, "and" opens another subject with a result of its own
        (
            "Reflexology reduced pain and the increase in anxiety was larger in the usual care group.",
            ["Reflexology reduced pain", "the increase in anxiety was larger in the usual care group."],
        ),
        (
            "Massage improved sleep quality and mood did not change.",
            ["Massage improved sleep quality", "mood did not change."],
        ),
        (
            "Reflexology reduced pain, and the increase in anxiety was larger in the usual care group.",
            ["Reflexology reduced pain", "the increase in anxiety was larger in the usual care group."],
        ),
        (
            "Reflexology reduced pain and the usual care group had more anxiety.",
            ["Reflexology reduced pain", "the usual care group had more anxiety."],
        ),
        (
            "Massage lowered pain and the anxiety of the usual care group was higher.",
            ["Massage lowered pain", "the anxiety of the usual care group was higher."],
        ),
        # a list the verb governs, or subjects listed before one verb, stay one statement
        # and so does a bare comparative, compared as the statement before it
        (
            "Compared with sham, the massage group had lower pain and the fatigue score was also lower.",
            ["Compared with sham, the massage group had lower pain and the fatigue score was also lower."],
        ),
        ("Reflexology reduced pain and anxiety.", ["Reflexology reduced pain and anxiety."]),
        (
            "Reflexology attenuated heart rate and the increase in anxiety.",
            ["Reflexology attenuated heart rate and the increase in anxiety."],
        ),
        (
            "Reductions in pain and the use of analgesics were larger with massage.",
            ["Reductions in pain and the use of analgesics were larger with massage."],
        ),
        (
            "Reduced pain and anxiety were reported after massage.",
            ["Reduced pain and anxiety were reported after massage."],
        ),
        (
            "Pain was lower with massage (p = 0.01), the use of opioids and rescue analgesics were lower.",
            ["Pain was lower with massage (p = 0.01), the use of opioids and rescue analgesics were lower."],
        ),
    ],
)
def test_and_before_another_subject_with_its_own_result_cuts_the_statement(
    sentence: str, clauses: list[str]
) -> None:
    assert _clauses(sentence) == clauses


def test_a_species_named_by_its_genus_initial_is_not_cut_at_the_initial() -> None:
    # fictional
    assert _clauses("Children given L. fictivus had fewer colds (p = 0.01).") == [
        "Children given L. fictivus had fewer colds (p = 0.01)."
    ]


@pytest.mark.parametrize(
    ("clause", "baseline"),
    [
        ("The groups did not differ at baseline in pain", True),
        ("Baseline characteristics were similar in both arms", True),
        ("There were no significant differences in age, sex or disease duration", True),
        ("Pain decreased from baseline in both groups", False),
        ("Pain was lower than at baseline after treatment", False),
        ("Pain was lower at 6 weeks than at baseline (p = 0.01)", False),  # fictional: a change since
        ("Pain at 6 weeks was lower compared with at baseline", False),
        ("Pain was lower in the preoperative massage arm", False),  # fictional: an arm, not a time
        ("Preoperative pain was similar in both arms", True),
        # fictional: adjectives before "characteristics"; values before induction; a later change
        ("Baseline demographic and clinical characteristics were comparable in both groups", True),
        ("Pre-induction heart rate and blood pressure were comparable between groups", True),
        ("Blood pressure fell from its pre-induction value at every subsequent reading", False),
        ("The patients were similar in the three arms and had had pain for 3 days prior to admission", True),
        # fictional: a change since before the treatment, however the start is named
        ("Pain decreased significantly compared with before the intervention", False),
        ("The groups did not differ before the intervention", True),
        # fictional: the values before named "those", as second-language abstracts often do
        ("Fatigue scores in both groups were lower than those before treatment (P<0.05)", False),
        ("Spasm counts were lower than those at baseline in both groups", False),
        # fictional: what an analysis was adjusted for describes no groups at baseline
        (
            "The mean difference in pain, adjusted for age, sex and centre, was 1.2 in favour of massage",
            False,
        ),
        ("After adjustment for age and sex, pain was lower with massage (p = 0.01)", False),
        ("The groups, adjusted for centre, did not differ in age or sex", True),
        # fictional: the adjustment opening the statement, its outcome named next
        ("Adjusted for baseline scores, spasticity was lower with stretching (p = 0.01)", False),
        ("After adjusting for baseline values, spasticity was lower with stretching (p = 0.01)", False),
        # fictional: the covariates named before the analysis's verb, no comma between
        ("ANCOVA adjusting for baseline values showed no group effect on balance (p = 0.30)", False),
        ("Analysis controlling for baseline scores revealed lower pain with massage (p = 0.01)", False),
        # fictional: a clause opening with the baseline it describes; not a change since it
        ("At the baseline, there was no significant difference in fatigue between the groups", True),
        ("Baseline: pain and fatigue scores were similar", True),
        ("Massage did not lower pain compared with the baseline", False),
        # fictional: the start named by enrolment, set against a later time
        ("Fatigue was lower at the end of treatment than at enrolment (p = 0.003)", False),
        ("Fatigue did not differ between the groups at enrolment", True),
        # fictional: an outcome named as it was at baseline, in one arm against the other
        ("The massage group had higher baseline anxiety than the control group", True),
        # fictional: the people a result is of, told apart by their baseline; the result is after it
        ("In patients with higher baseline anxiety, massage reduced anxiety more than usual care", False),
        ("Baseline fatigue was significantly lower in the control group (p = 0.03)", True),
        # fictional: outcomes at baseline said alike, the clause opening elsewhere
        ("Randomisation produced groups whose baseline pain was similar (p = 0.9)", True),
        ("Of the 80 women enrolled, baseline anxiety and depression did not differ between groups", True),
        ("In this trial baseline pain scores were comparable between the arms (p = 0.44)", True),
        ("The change from baseline pain was not different between the groups (p = 0.6)", False),
        # fictional: the arms' sizes told with their likeness at baseline, a p-value for it
        (
            "There were 40 and 42 patients in the massage and control groups, respectively, "
            "with similar baseline anxiety scores (P = 0.52)",
            True,
        ),
        ("The baseline anxiety scores did not differ between the groups", True),  # fictional
        ("The mean baseline pain was similar in both arms", True),
        ("Baseline-adjusted pain scores were lower in the massage group (p = 0.01)", False),
        ("Baseline pain and values at 12 and 24 h were similar in both groups", False),
        ("Baseline-to-week-8 reduction in pain was greater with massage (p = 0.02)", False),
        # fictional: before surgery and after it, the later result told too
        ("Pain did not differ preoperatively (p = 0.52) or postoperatively (p = 0.61)", False),
        # fictional: a value at baseline and one at a numbered week are a change over time
        ("Mean fatigue scores were 5.2 at baseline and 3.9 at week 6 (p < 0.001)", False),
        # fictional: a list of times from the start on, the later ones told with it
        ("Fatigue scores did not differ at baseline, week 6 and week 12 (p = 0.31)", False),
        ("At baseline, fatigue scores did not differ between the groups (p = 0.61)", True),
        ("The groups were similar at baseline in age and fatigue, and 3 withdrew at week 2", True),
        # fictional: the start named by the study's own; a change since it is no baseline
        ("Before the study, pain was 6.1 in the massage group and 6.3 in the control group", True),
        ("The groups did not differ significantly in fatigue at the start of the study", True),
        ("Fatigue decreased from the start of the study to week 8 (p = 0.01)", False),
        # fictional: the start named bare, or by the first session; a change since it is none
        ("The distribution of depression severity was similar in both groups at the start", True),
        ("Pain intensity before the first session did not differ between the groups (p = 0.4)", True),
        ("Pain was lower at the end than at the start (p = 0.01)", False),
        ("Fatigue fell from the start to week 8 in both groups", False),
        ("Fatigue was lower at the start of the second month with massage (p = 0.02)", False),
        # fictional: the arm's own start, "their baseline", set against: a change since it
        ("Gait speed rose in the dance group compared with their baseline scores (p = 0.01)", False),
        ("Their baseline scores did not differ between the two groups (p = 0.6)", True),
        # fictional: the start named by the sessions or the programme; a change from it is none
        ("Before the sessions, fatigue did not differ between the groups (p = 0.61)", True),
        ("Prior to the programme, the groups were similar in pain", True),
        ("Fatigue decreased from before the programme to week 8 (p = 0.01)", False),
        ("Fatigue decreased from before the intervention to week 8 (p = 0.01)", False),
        ("Fatigue was lower than before the sessions (p = 0.01)", False),
        # fictional: the level the arms started from, called initial; the first change is none
        ("Initial walking distance was lower in the massage group (p = 0.03)", True),
        ("The mean initial pain scores did not differ between the groups", True),
        ("The initial decrease in pain was greater with massage (p = 0.02)", False),
        ("Initial pain relief was faster with massage (p = 0.04)", False),
        # fictional: who the people were, named without "baseline"
        ("The two arms showed no differences in their general characteristics", True),
        ("Clinical characteristics were alike in the massage and stretching groups (p > 0.2)", True),
        ("Sociodemographic data did not differ between the groups", True),
    ],
)
def test_a_statement_about_the_groups_at_baseline(clause: str, baseline: bool) -> None:
    assert is_baseline(clause) is baseline


def test_a_correlation_is_recognised() -> None:
    assert is_correlation("The fall in pain correlated with better sleep (r = 0.52)")
    assert not is_correlation("Pain fell more with massage than with rest (p = 0.02)")
    # fictional: one measure moving with another, or with age
    assert is_correlation("The reduction in pain paralleled the improvement in sleep")
    assert is_correlation("Lower anxiety was linked to better sleep quality (p = 0.01)")
    assert is_correlation("Gains in grip strength were related to reductions in tremor")
    assert not is_correlation("Two falls were related to the balance sessions")
    assert is_correlation("Anxiety scores decreased with increasing age (p = 0.02)")
    assert not is_correlation("Anxiety decreased with massage in older patients (p = 0.02)")
    # fictional: a relationship or a link between two measures
    assert is_correlation("There was a relationship between reduced spasticity and faster walking (p = 0.02)")
    assert is_correlation("A significant link between lower pain and better sleep was found")
    # fictional: one change depending on a measure, or carrying the treatment's effect on another
    assert is_correlation("The reduction in spasticity depended on baseline walking speed (p = 0.03)")
    assert is_correlation("Better sleep mediated the effect of massage on daytime fatigue")
    assert not is_correlation("Massage improved sleep and reduced daytime fatigue (p = 0.01)")


def test_a_regression_that_compares_the_arms_is_no_correlation() -> None:
    assert not is_correlation(
        "Regression analysis showed that the reflexology group improved sleep (t = -4.1, P < 0.001) "
        "and mood (t = 2.2, P = 0.03) compared with usual care after controlling for baseline values"
    )
    # the same analysis tying one measure to another is still a correlation
    assert is_correlation("Regression analysis showed that baseline pain predicted the change in sleep")
    assert is_correlation("In a regression model, age was tied to the fall in pain")


@pytest.mark.parametrize(
    ("text", "reading"),
    [
        ("SMD -0.45, 95% CI -0.71 to -0.19", "decreased"),
        ("mean difference 1.2 (95% CI 0.4 to 2.0)", "increased"),
        ("MD -0.3, 95% CI -0.9 to 0.3", "no_difference"),
        ("risk ratio 0.96, 95% CI 0.71 to 1.30", "no_difference"),  # a ratio's null is 1
        ("odds ratio 0.37 (95% CI 0.20–0.68)", "decreased"),
        ("HR 0·76, 95% CI 0·63–0·92", "decreased"),
        # fictional: a treatment difference, or a bare difference bracketed after each arm's change
        ("treatment difference -1.7, 95% CI -2.5 to -0.9", "decreased"),
        (
            "pain fell by 2.1 with massage and 0.4 with usual care (difference -1.7, 95% CI -2.5 to -0.9)",
            "decreased",
        ),
        (
            "pain fell by 2.1 with massage and 1.8 with usual care (difference, -0.3; 95% CI, -0.9 to 0.3)",
            "no_difference",
        ),
        # fictional: estimates named in the plural, a few words before their figure
        (
            "Hazard ratios (HRs) comparing time to relapse or death were 0.91 (95% CI 0.62 to 1.33)",
            "no_difference",
        ),
        ("ORs for a first fall were 0.52 (95% CI 0.31 to 0.88)", "decreased"),
        # fictional: the interval spelled out, the estimate after a long name
        (
            "the hazard ratio for relapse or death among patients who had two sessions a week "
            "was 1.13 (95% confidence interval 0.68 to 1.89)",
            "no_difference",
        ),
        # fictional: a scale's number ("MSIS-29") is no estimate; a range's dash still joins its ends
        ("the mean difference in MSIS-29 scores was -6.1 (95% CI -10.2 to -2.0)", "decreased"),
        ("the mean difference in SF-36 was 4.2 (95% CI 1.1-7.3)", "increased"),
        # fictional: a Bayesian analysis's credible interval, read as a confidence interval is
        ("SMD -0.21, 95% CrI -0.88 to 0.46", "no_difference"),
        ("posterior mean difference -6.2, 95% credible interval -12.0 to -0.5", "decreased"),
        ("MD 2.5, 95% CI -4.0 to -1.0", None),  # the estimate outside its interval: no reading
        ("pain fell by 2 points (p = 0.01)", None),
        # fictional: an interval with no name for its estimate says no difference where it spans
        # zero, and nothing where it does not (it may be a ratio's, or an arm's mean)
        ("pain was lower with massage (-0.4; 95% CI -1.0 to 0.2)", "no_difference"),
        ("pain was lower with massage (95% CI -1.0 to 0.2)", "no_difference"),
        ("pain was lower with massage (95% CI -1.0 to -0.2)", None),
        ("pain was lower with massage (95% CI 0.6 to 1.4)", None),
    ],
)
def test_an_estimate_is_read_from_its_confidence_interval(text: str, reading: str | None) -> None:
    assert interval_reading(text) == reading


@pytest.mark.parametrize(
    ("text", "reading"),
    [  # fictional: a relative change of an event's rate, in percent, with its interval
        ("Incidence of falls was reduced by 24% (95% CI: 4 to 42%; p = 0.02) with massage", "decreased"),
        ("Massage reduced the incidence of falls by 35% (95% CI 10 to 52%)", "decreased"),
        ("Massage reduced the incidence of falls by 35% (95% CI -10 to 52%)", "no_difference"),
        ("Massage reduced the risk of falls by 35% (95% CI -52 to -10%)", "decreased"),  # signed
        ("Massage increased the risk of falls by 24% (95% CI 4 to 42%)", "increased"),
        ("a 24% relative reduction in falls (95% CI 4 to 42%)", "decreased"),
        ("a weighted average reduction in mortality of 11% (95% CI 5-16)", "decreased"),
        # a relative risk reduction is a change in percent, not a risk ratio against 1
        ("a relative risk reduction of 24% (95% CI 0.5 to 40%)", "decreased"),
        # a bound on no change itself: on the line, neither way
        ("the incidence of falls was reduced by 21% (95% CI: 0 to 38%; p = 0.05)", None),
        # a level's change, not an event's rate: no estimate of the arms
        ("heart rate was reduced by 10% (95% CI 5 to 15%)", None),
        ("pain was reduced by 30% (95% CI 20 to 40%)", None),
    ],
)
def test_a_relative_change_of_an_event_rate_is_read_from_its_interval(text: str, reading: str | None) -> None:
    assert interval_reading(text) == reading


def test_a_plan_or_a_wish_is_not_a_result() -> None:
    assert is_hypothetical("Larger trials should confirm whether massage reduces pain")
    assert not is_hypothetical("Massage reduced pain (p = 0.01) and will be offered to all patients")
    assert not is_hypothetical("Massage reduced pain more than rest")
    # a condition: what would follow were it so
    assert is_hypothetical("If reflexology reduces urgency, it could offer a low-cost option")
    assert not is_hypothetical("Reflexology reduced urgency even in those who stopped if pain rose")


@pytest.mark.parametrize(
    "clause",
    [  # fictional: a protocol's expectations
        "We expect dance therapy to improve gait speed compared with usual care",
        "Reflexology is expected to reduce fatigue more than sham",
        "We anticipate that balance will be better in the exercise group",
    ],
)
def test_what_a_study_expects_is_not_its_result(clause: str) -> None:
    assert is_hypothetical(clause)


def test_a_rate_or_adjusted_difference_with_its_interval_is_read_against_zero() -> None:
    # fictional
    assert (
        interval_reading("rate difference 0.20 (95% confidence interval [CI]: -0.05 to 0.45)")
        == "no_difference"
    )
    assert interval_reading("adjusted difference -3.1 mmHg (95% CI -5.0 to -1.2)") == "decreased"


@pytest.mark.parametrize(
    ("clause", "kinds"),
    [
        ("Women showed a higher peak than men (p < .001)", True),
        # fictional: who gained most, not which arm did
        ("Participants with higher baseline fatigue showed greater improvements in walking speed", True),
        ("Patients who had severe pain improved more", True),
        # fictional: how ill they were, not which arm
        (
            "Falls were more frequent in patients with severe arthritis than in those with mild arthritis",
            True,
        ),
        ("Falls were more frequent in patients with massage than in patients with usual care", False),
        # fictional: who lived, not which arm
        (
            "Severity was similar between the arms, but significantly worse in nonsurvivors than in survivors",
            True,
        ),
        ("Participants in the massage group showed greater improvements in walking speed", False),
        # fictional: people told apart by how their outcome changed
        ("Patients whose anxiety increased during the wait received a sedative", True),
        # fictional: kinds of people set side by side, and women who were the arm's people
        ("Women and men did not differ in pain reduction", True),
        ("Pain reduction was greater in older patients", True),
        ("Pain was lower in female participants receiving massage than with usual care", False),
        # fictional: the people told apart by their baseline only where the clause opens
        ("pain fell in the massage group, as it did in participants with higher baseline pain", False),
        # fictional: people told apart by how ill they are, within the sentence
        ("Falls were more frequent in patients with more severe MS compared to patients with mild MS", True),
        ("Falls were more frequent in patients with MS type A than in those with type B", False),
        ("Infants with lower gestational age had higher pain scores", True),
        # fictional: a level the people had with a treatment is the arm's result in them
        ("Participants with high anxiety showed lower pain with massage", False),
        # fictional: people told apart by how they fared; those given a treatment are an arm
        ("Patients who improved in pain also reported less anxiety", True),
        ("Those who responded to massage had lower fatigue at 12 weeks (p = 0.01)", True),
        ("Patients who received massage improved in pain (p = 0.01)", False),
        # fictional: people told apart by how they kept to the trial
        ("Completers had lower depression than dropouts (p = 0.03)", True),
        ("Adherent patients had less fatigue than non-adherent patients", True),
        ("Participants with high anxiety had less pain after massage than with usual care", False),
        ("Participants with high anxiety had less pain after massage than those with low anxiety", True),
        (
            "Participants with higher baseline fatigue showed greater improvements in walking speed with massage",
            True,
        ),
        # fictional: people told apart by their illness, by whether they stayed, or set against norms
        ("Participants with progressive MS had higher fatigue than those with relapsing MS", True),
        ("Dropouts had more fatigue and depression than completers", True),
        ("Non-adherent participants reported more pain than adherent participants", True),
        ("Fatigue and depression were higher than population norms", True),
        ("Pain was higher than in healthy controls", True),
        ("Healthy controls had lower pain than participants with MS", True),
        ("Controls had higher pain than the massage group", False),
        ("Patients with massage had less pain than those without massage", False),
        # fictional: by how they live, by how they kept to the programme, a subgroup, a healthy group
        ("Fatigue was greater among sedentary participants than physically active participants", True),
        ("Depression was more severe in those who did not adhere to the programme", True),
        ("Fatigue scores were higher in the high-disability subgroup", True),
        ("Fatigue was higher in the MS group than in the healthy group (p < 0.01)", True),
        ("The healthy control group had lower fatigue than the MS group", True),
        ("Fatigue was lower in the yoga group than in the control group (p < 0.01)", False),
        ("Those who did not receive massage had higher pain than those who did", False),
        # fictional: people told apart by how much of the treatment they had
        ("Patients who attended more than eight sessions had less pain than those who attended fewer", True),
        ("Participants who received at least ten massages showed greater gains in sleep (p = 0.01)", True),
        ("Patients who received weekly massage had less pain than those who received usual care", False),
    ],
)
def test_kinds_of_people_compared_are_no_comparison_of_the_arms(clause: str, kinds: bool) -> None:
    assert compares_subgroups(clause) == kinds


@pytest.mark.parametrize(
    ("clause", "background"),
    [  # fictional
        ("Massage and stretching are used to reduce spasticity", True),
        ("Reflexology is commonly used for anxiety", True),
        ("Massage is thought to improve sleep", True),
        ("Aromatherapy is believed to lower stress", True),
        ("Massage can be used to improve sleep and comfort in neonatal units", True),
        ("Massage reduced spasticity more than stretching (p = 0.02)", False),
        ("Massage was used to reduce spasticity, which fell (p = 0.02)", False),
        # fictional: what the study asked, in the words its methods ask it
        ("We examined whether weekly massage improves sleep", True),
        ("Because anxiety increases pain, massage could help", True),
        ("Because pain decreased, fewer analgesics were used (p = 0.02)", False),
        ("The trial assessed whether massage reduced fatigue", False),
        # fictional: what the study expected, not what it found
        ("Pain was expected to decrease more with massage than with rest", True),
        ("Pain decreased more with massage than expected (p = 0.02)", False),
        # fictional: the authors' account of a result, not a result
        ("A likely mechanism is that stroking the feet relieves the stress of the ward", True),
        ("An underlying mechanism may be that warmth relaxes the calf muscles", True),
        ("The better sleep might be explained by lower anxiety in the massage arm", True),
        ("Part of the gain could be attributed to the extra attention from therapists", True),
        # fictional: a result the authors deny to the treatment, no result of it
        ("But the benefits for pain and sleep could not be attributed to reflexology", True),
        ("The gains in sleep were not attributable to massage", True),
        ("Effects on anxiety were not specific to the massage", True),
        ("Anxiety fell with massage, and sleep improved by two hours", False),
    ],
)
def test_what_a_therapy_is_used_for_or_thought_to_do_is_background(clause: str, background: bool) -> None:
    assert is_background(clause) is background


@pytest.mark.parametrize(
    ("sentence", "part"),
    [
        # fictional: a threshold or a subgroup, as the sentence opens
        ("With a tumour volume of <= 1300 ml (n = 41), pain was lower with massage (p = 0.5).", True),
        ("In patients with a pain score above 5, pain fell more with massage (p = 0.03).", True),
        ("In the subgroup of women, fatigue was lower with massage (p = 0.01).", True),
        ("Participants with high anxiety showed lower pain with massage (p = 0.02).", True),
        # fictional: a review's part of its trials
        ("In trials at low risk of bias, the effect on sleep was smaller (SMD -0.10).", True),
        ("Among studies with blinded assessors, fatigue did not differ.", True),
        ("In sensitivity analyses, the effect on pain was no longer significant.", True),
        ("After excluding two small trials, anxiety did not differ (RR 0.95).", True),
        # fictional: all the review's trials
        ("In the 14 included trials, massage reduced anxiety (SMD -0.40).", False),
        ("Across trials, reflexology reduced pain (SMD -0.52).", False),
        # fictional: the population of the whole trial, and a threshold later in the sentence
        ("In patients with multiple sclerosis, massage reduced fatigue (p = 0.01).", False),
        ("Pain fell below 3 points in more patients with massage (p = 0.02).", False),
    ],
)
def test_a_result_in_part_of_the_sample(sentence: str, part: bool) -> None:
    assert in_part_of_the_sample(sentence) is part


def test_a_second_verb_denied_after_and_is_a_statement_of_its_own() -> None:
    # fictional: the denial is the second verb's, not the first's
    assert _clauses("Massage reduced fatigue (p = 0.01) and did not affect sleep quality.") == [
        "Massage reduced fatigue (p = 0.01)",
        "did not affect sleep quality.",
    ]
    assert _clauses("Fatigue and anxiety did not differ between groups.") == [
        "Fatigue and anxiety did not differ between groups."
    ]


@pytest.mark.parametrize(
    ("clause", "opening", "harm"),
    [  # fictional: why people left the study, and whether a harm made them
        ("One patient withdrew because of increased pain", "withdrew", True),
        ("Four were lost to follow-up and two withdrew due to worsening pain", "lost", True),
        ("Dropouts were due to increased pain (n = 2) and lack of time (n = 3)", "Dropouts", True),
        ("Two participants withdrew after experiencing increased back pain", "withdrew", True),
        ("Reasons for dropout included fatigue and scheduling conflicts", "Reasons", False),
        ("Three discontinued because they moved away", "discontinued", False),
        ("Drop-out was mainly due to increased workload", "Drop-out", False),
        ("Two left the study because their pain got worse", "left", True),
        ("Of the 5 dropouts, 3 cited increased fatigue", "dropouts", True),
        ("One was withdrawn after a marked increase in blood pressure", "withdrawn", False),
        ("Two withdrew because of worsening symptoms", "withdrew", True),
        ("Pain fell more with massage, and no patient withdrew because of adverse events", "withdrew", False),
        # fictional: results, with no reason for leaving
        ("Pain decreased after the sessions were discontinued", None, False),
        ("Fatigue decreased significantly in 20 of 25 patients", None, False),
    ],
)
def test_why_people_left_the_study_is_told_apart(clause: str, opening: str | None, harm: bool) -> None:
    assert where_people_left(clause) == (clause.index(opening) if opening else None)
    assert left_for_a_harm(clause, lambda reason: "pain" in reason or "fatigue" in reason) is harm


@pytest.mark.parametrize(
    ("clause", "harm"),
    [  # fictional: a harm a few people had, or one that passed
        ("Two patients reported transient increased muscle soreness", True),
        ("Transient increased pain after the session was reported by three participants", True),
        ("One participant experienced worsening of fatigue after the first session", True),
        ("Some participants reported increased fatigue on the day after treatment", True),
        ("two patients had a temporary increase in pain.", True),
        ("One patient in each group reported increased pain", True),
        ("Pain worsened in two patients in the usual care group", True),
        ("Pain increased in 20 of 25 patients in the usual care group", False),
        # fictional: results, told of many, tested, or a change for the better
        ("Pain decreased significantly in 20 of 25 patients", False),
        ("Some patients reported decreased pain after the first session", False),
        ("Three patients reported increased pain with sham and none with massage (p = 0.04)", False),
        ("Walking speed increased in the massage group", False),
    ],
)
def test_a_harm_told_of_a_few_people_is_told_apart(clause: str, harm: bool) -> None:
    assert tells_harm_of_a_few(clause) is harm


@pytest.mark.parametrize(
    ("clause", "listed"),
    [  # fictional: the kinds of harm listed, and harms the arms are compared by
        ("Minor adverse events included increased pain and bruising", True),
        ("The most common side effects were increased fatigue and headache", True),
        ("Complications such as bleeding were more frequent with surgery than with massage", False),
        ("Adverse events, including increased pain, were similar in both groups", False),
    ],
)
def test_kinds_of_harm_listed_are_told_apart(clause: str, listed: bool) -> None:
    assert lists_harms(clause) is listed


@pytest.mark.parametrize(
    ("clause", "harms"),
    [  # fictional: outcomes told as the harms people reported, whatever the arms
        ("Patients on the extract reported more fatigue and dizziness as adverse events", True),
        ("Depression was reported as a treatment-emergent adverse event more often with the extract", True),
        ("Fatigue occurred as a mild side effect in 3 patients", True),
        ("Fatigue was reduced more with the extract than with placebo (p = 0.02)", False),
        ("Patients reported less fatigue after massage, and no adverse events", False),
    ],
)
def test_outcomes_told_as_harms_people_reported_are_told_apart(clause: str, harms: bool) -> None:
    assert reports_outcomes_as_harms(clause) is harms


@pytest.mark.parametrize(
    ("clause", "protocol"),
    [  # fictional: what the protocol did, meant or counted
        ("Sessions were stopped if pain increased", True),
        ("Rescue medication was given when pain worsened", True),
        ("Participants were encouraged to increase physical activity", True),
        ("Response was defined as a 30% reduction in pain", True),
        ("A reduction of 2 points was considered clinically meaningful", True),
        ("A reduction in fatigue of 4 points was considered clinically relevant", True),
        ("A 30-metre increase in walking distance was regarded as important", True),
        ("A reduction in pain of 3 points was seen, which was considered clinically relevant", False),
        # fictional: results, with a "when" of their own or a test
        ("Pain decreased when the dose was increased", False),
        ("Higher scores indicate worse fatigue", True),
        ("Anxiety scores of 40 or more indicate high anxiety", True),
        ("Improved scores in the massage group may indicate a benefit", False),
        ("Index values reflect decreased vascular resistance after the drug", False),
        ("Response, defined as a 30% reduction in pain, was more frequent with massage (p = 0.01)", False),
    ],
)
def test_what_the_protocol_did_or_meant_is_told_apart(clause: str, protocol: bool) -> None:
    assert is_protocol(clause) is protocol


# Fictional clauses, one for each way the patterns below tell a harm of a few, nobody worse,
# subgroups or the protocol, and one holding a word of theirs that they do not match.
_SCREENED_CLAUSES = {
    statements._HARM_TOLD: (
        "Two patients reported transient increased soreness",
        "A temporary aggravation of stiffness followed the first session",
        "three participants had a flare-up after reflexology",
        "Increased fatigue was reported by two patients",
        "Pain worsened in two patients",
        "Exacerbations were rare in both groups",  # holds a word, matches no way
    ),
    statements._NO_ONE_WORSE: (
        "No participant reported increased soreness",
        "none of the older patients in the reflexology group experienced a flare-up",
        "No clinically relevant deterioration of mobility was seen",
        "Nobody had worse sleep",
        "No patient reported pain that increased after massage",  # a worsening, not of what nobody had
    ),
    statements._SUBGROUPS_COMPARED: (
        "Clients whose stiffness eased booked again",  # a change, but no people named
        "participants whose sleep improved slept longer",
        "women and men did not differ in relief",
        "relief was greater among older clients",
        "girls rated the reflexology higher than boys",
        "between the male and female clients",
        "patients with severe stiffness gained more than patients with mild stiffness",
    ),
    statements._PROTOCOL: (
        "Massage was paused if the soreness worsened",
        "whenever anxiety rose",
        "in case their pain exceeded 7",
        "Rescue medication was given when pain deteriorated",
        "The programme was designed to ease stress",
        "Participants were asked to keep a sleep diary",
        "Remission was defined as no headache for a month",
        "Most expected the reflexology to help them sleep",
        "Lower ratings indicate better sleep",
        "Scores above 12 reflect poor mood",
        "A change of 3 points was regarded as meaningful",
        "Significant differences were found when the groups were compared",  # "if" only in a word
    ),
}


@pytest.mark.parametrize(
    "pattern", list(_SCREENED_CLAUSES), ids=["harm told", "nobody worse", "subgroups", "protocol"]
)
def test_harms_and_the_protocol_are_sought_only_in_clauses_holding_their_words(
    pattern: Caseless,
) -> None:
    assert requires_one_of(pattern.pattern, pattern._words)
    plain = re.compile(pattern.pattern, re.IGNORECASE)
    for clause in _SCREENED_CLAUSES[pattern]:
        expected = plain.search(clause)
        found = pattern.search(clause)
        assert (found and found.span()) == (expected and expected.span()), clause
        if expected:
            assert any(word in clause.lower() for word in pattern._words), clause
    matched = sum(bool(plain.search(clause)) for clause in _SCREENED_CLAUSES[pattern])
    assert matched == len(_SCREENED_CLAUSES[pattern]) - 1
    assert pattern.search("Pain fell with massage and sleep was better than with rest") is None


def test_each_way_of_saying_a_relative_change_requires_a_percent_sign() -> None:
    """So that a text without one is not searched (``relative_change``)."""
    for pattern in statements._RELATIVE_CHANGES:
        assert requires_one_of(pattern.pattern, ("%",)), pattern.pattern
    assert statements.relative_change("the incidence of falls was reduced by 24%") is not None
    assert statements.relative_change("the incidence of falls was reduced by 24 percent") is None


@pytest.mark.parametrize(
    ("clause", "described"),
    [  # fictional: who could take part, who did, what the sample was sized for
        ("Patients with reduced mobility were excluded", True),
        ("Participants were mostly women with a mean age of 54 years", True),
        ("The study had 80% power to detect a 2-point reduction in pain", True),
        # fictional: results beside the same words
        ("Patients in the massage group (mean age 54) had less pain than controls", False),
        ("A single session has sufficient power and efficacy to relieve pain", False),
        ("Pain was lower with massage (mean age 54; p = 0.01)", False),
    ],
)
def test_a_description_of_the_sample_is_told_apart(clause: str, described: bool) -> None:
    assert describes_the_sample(clause) is described


@pytest.mark.parametrize(
    ("clause", "absent"),
    [  # fictional: a worsening said to have happened to nobody
        ("No patient reported increased spasticity", True),
        ("None of the participants reported worsening of fatigue", True),
        ("Nobody in either group experienced increased pain", True),
        ("None reported worse sleep", True),
        ("No worsening of symptoms was observed", True),
        # fictional: nobody said to have been worse, by whose outcome it was
        ("There was no patient whose pain worsened with massage", True),
        ("No participants with worsened fatigue were seen in either group", True),
        # fictional: results, tested or of the outcome itself
        (
            "No patient in the massage group reported increased pain, against five with usual care (p = 0.02)",
            False,
        ),
        ("There was no increase in fatigue after the sessions", False),
    ],
)
def test_a_worsening_said_to_have_happened_to_nobody_is_told_apart(clause: str, absent: bool) -> None:
    assert tells_no_one_worsened(clause) is absent


@pytest.mark.parametrize(
    ("clause", "counted"),
    [  # fictional: people counted by a change they did not have, compared between the arms
        ("Fewer patients in the massage group reported no improvement in pain (p = 0.02)", True),
        ("The proportion of patients with no change in fatigue was lower with massage", True),
        ("The number of women showing no reduction in anxiety was higher with usual care", True),
        # fictional: no count of such people; the count is of those who improved
        ("Patients in the sham group reported no improvement in pain", False),
        ("More patients reported improvement in pain with massage, with no change in fatigue", False),
    ],
)
def test_people_counted_by_a_change_they_did_not_have(clause: str, counted: bool) -> None:
    assert counts_those_without_change(clause) is counted


@pytest.mark.parametrize(
    ("clause", "design"),
    [  # fictional: a crossover's checks of its own design, and a result told beside them
        ("The period effect was not significant for spasticity (p = 0.52)", True),
        ("There was no significant carry-over effect on pain", True),
        ("No effect of sequence was found", True),
        ("Spasticity was lower in the reflexology period than in the rest period (p = 0.01)", False),
        ("The treatment effect on pain was significant (p = 0.03)", False),
    ],
)
def test_a_crossovers_check_of_its_design_is_told_apart(clause: str, design: bool) -> None:
    assert checks_its_design(clause) is design


@pytest.mark.parametrize(
    ("clause", "check"),
    [  # fictional: a review's check that its pooled result holds without some trials
        ("Sensitivity analyses omitting quasi-randomised trials did not change the results", True),
        ("A leave-one-out analysis gave similar estimates for sleep quality", True),
        ("In sensitivity analysis, the findings for fatigue remained robust", True),
        ("Cupping lowered neck pain compared with waiting list (MD -1.1, 95% CI -1.6 to -0.6)", False),
        ("Neck pain did not change after cupping (p = 0.41)", False),
    ],
)
def test_a_reviews_check_of_its_pooled_result_is_no_result_of_its_own(clause: str, check: bool) -> None:
    assert checks_its_design(clause) is check


@pytest.mark.parametrize(
    ("clause", "ranked"),
    [  # fictional: a review's trials ranked by what they gave, not the arms
        ("In subgroup analyses, the effect on insomnia was larger in trials using ear seeds", True),
        ("Effects were greater for supervised than for unsupervised cycling programmes", True),
        ("The effect on stiffness was smaller among studies lasting under four weeks", True),
        ("The effect on stiffness was larger in the cupping group than in the control group", False),
    ],
)
def test_a_reviews_trials_ranked_by_what_they_gave_are_no_arms_compared(clause: str, ranked: bool) -> None:
    assert compares_subgroups(clause) is ranked


@pytest.mark.parametrize(
    ("clause", "subgroups"),
    [  # fictional: one kind of people in each arm is the arms compared; two kinds are subgroups
        ("Women in the rest group reported more anxiety than women in the massage group", False),
        ("Men in the massage group had less pain than men in the control group", False),
        ("Women in the massage group had less pain than men", True),
        ("Older women reported more pain than younger women", True),
    ],
)
def test_one_kind_of_people_set_against_itself_is_no_subgroup_comparison(
    clause: str, subgroups: bool
) -> None:
    assert compares_subgroups(clause) is subgroups


@pytest.mark.parametrize(
    ("clause", "outside"),
    [  # fictional: the people of another study set against this trial's, not its arms
        ("Compared with our previous trial, rescue antiemetic use was lower in both groups", True),
        ("Fatigue was lower than in historical controls treated without massage", True),
        ("Pain was lower than in the earlier pilot study", True),
        ("Pain was lower with massage than with the previous standard care (p = 0.02)", False),
    ],
)
def test_people_of_another_study_are_no_arm_of_this_one(clause: str, outside: bool) -> None:
    assert compares_subgroups(clause) is outside


@pytest.mark.parametrize(
    ("clause", "apart"),
    [  # fictional: people told apart by how they kept to the treatment, not by their arm
        ("Women who adhered to home exercises had better function scores", True),
        ("Participants who complied with the diary reported less fatigue", True),
        ("Those who were fully adherent had lower pain", True),
        ("Women who received taping had better function scores than those given sham taping", False),
    ],
)
def test_people_told_apart_by_how_they_kept_to_it_are_no_arm(clause: str, apart: bool) -> None:
    assert compares_subgroups(clause) is apart


@pytest.mark.parametrize(
    ("text", "reading"),
    [  # fictional: a relative change in percent, then a ratio with its interval: the ratio's to read
        (
            "The fall rate was 30% lower in the training group (rate ratio 0.70, 95% CI 0.45 to 1.08)",
            "no_difference",
        ),
        (
            "The fall rate was 30% lower in the training group (rate ratio 0.70, 95% CI 0.55 to 0.88)",
            "decreased",
        ),
        # the percent's own interval, as before
        ("The fall rate was reduced by 30% (95% CI 12 to 45%)", "decreased"),
        ("The fall rate was reduced by 30% (95% CI -5 to 45%)", "no_difference"),
    ],
)
def test_a_ratios_interval_after_a_percent_change_is_the_ratios(text: str, reading: str) -> None:
    assert interval_reading(text) == reading


@pytest.mark.parametrize(
    ("clause", "subgroups"),
    [
        # fictional: some of the people, in an analysis the trial did not plan
        ("In a post-hoc analysis, patients admitted from home had less delirium with zinc", True),
        ("In an exploratory analysis, participants aged over 70 years had less pain with massage", True),
        ("In a post-hoc analysis, pain was lower with massage than with rest", False),
    ],
)
def test_some_of_the_people_in_an_unplanned_analysis_are_a_subgroup(clause: str, subgroups: bool) -> None:
    assert compares_subgroups(clause) is subgroups


def test_whereas_between_each_arms_values_before_and_after_ends_no_statement() -> None:
    # fictional: the second arm's values, set against the first's, whose test follows them both
    said = "Pain in the usual care group went from 6.1 to 5.8, whereas in the massage group it went from 6.3 to 3.2 (p < 0.001)."
    assert _clauses(said) == [said]
    # each arm tested on its own: two statements
    assert len(_clauses(said.replace("5.8,", "5.8 (p = 0.41),"))) == 2
