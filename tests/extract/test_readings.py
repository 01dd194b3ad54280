"""The wording rules: what one statement says happened to an outcome, and to whom."""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

import pytest

from harvester.extract import load_vocabulary, readings
from harvester.extract.arms import CMP, INT
from harvester.extract.reader.group_numbers import Role
from harvester.extract.readings import (
    _arm_compared_at,
    active_comparator_against_control,
    active_comparator_first,
    alike_to_an_arm,
    arm_roles,
    arms_alike,
    arms_untold,
    changes_compared,
    comparator_arm,
    comparison_of,
    control_condition_first,
    differed_unsaid,
    difference_interval_said,
    each_arm_changed,
    each_arm_tested_from_to,
    every_arm_before_comparison,
    group_test,
    listed_before_no_difference,
    not_either,
    numbers_change,
    periods_set_against,
    read_change,
    short_named_first,
    significance_said,
    sized_as_told,
    start_set_against,
    states_result,
    times_change,
    untold_arm_against,
)
from harvester.extract.readings import tested_arm_changed as own_change_of_tested_arm
from harvester.extract.types import StudyFacts
from harvester.extract.vocabulary import DomainMatch
from support.vocabularies import vocabulary_with_comparator

VOCABULARY = load_vocabulary()
PAIN = [DomainMatch("pain", "pain", 0, 4, "lower_is_better")]
UNKNOWN = [DomainMatch("other", "zonulin", 0, 7, "")]
RCT = StudyFacts(design="randomized controlled trial", comparators=("sham",))
SLEEP = [DomainMatch("sleep", "sleep quality", 0, 13, "higher_is_better")]
HRV = [DomainMatch("other", "heart rate variability", 0, 22, "higher_is_better")]


@pytest.mark.parametrize(
    ("clause", "own", "reading"),
    [
        ("pain decreased more with massage than with sham", PAIN, ("decreased", "improved")),
        ("pain showed greater reductions with massage than with sham", PAIN, ("decreased", "improved")),
        ("pain was higher in the sham group", PAIN, ("decreased", "improved")),  # the comparator arm first
        ("controls reported more pain", PAIN, ("decreased", "improved")),  # named by its people alone
        ("wait-listed controls had higher pain scores", PAIN, ("decreased", "improved")),
        ("those waiting for treatment reported more pain", PAIN, ("decreased", "improved")),
        ("pain did not differ between the groups", PAIN, ("no_difference", "no_difference")),
        ("pain tended to decrease", PAIN, ("unclear", "unclear")),
        ("pain fell (MD -0.3, 95% CI -0.9 to 0.3)", PAIN, ("no_difference", "no_difference")),
        ("zonulin increased with massage", UNKNOWN, ("increased", "unclear")),  # no known good side
        ("pain was measured weekly", PAIN, None),
        # fictional: other ways of saying nothing changed
        ("massage did not lower pain", PAIN, ("no_difference", "no_difference")),
        ("pain was unaltered", PAIN, ("no_difference", "no_difference")),
        ("pain was insignificantly reduced by 3%", PAIN, ("no_difference", "no_difference")),
        # fictional: a smaller rise is relatively a fall; the comparator acting is turned round
        ("pain increased less in the massage group than in the sham group", PAIN, ("decreased", "improved")),
        ("pain increased less during the procedure in the massage group", PAIN, ("decreased", "improved")),
        ("pain worsened less in the massage group", PAIN, ("decreased", "improved")),
        # a slower change is a smaller one, in the same time
        ("sleep quality declined more slowly with massage than with sham", SLEEP, ("increased", "improved")),
        ("pain decreased more slowly with massage than with sham", PAIN, ("unclear", "unclear")),
        # a smaller benefit is still a benefit: unclear, never the outcome worsened
        ("pain improved less with massage than with sham", PAIN, ("unclear", "unclear")),
        ("pain decreased less with massage than with sham", PAIN, ("unclear", "unclear")),
        # the comparator's greater benefit is the tested arm's smaller one: unclear too
        ("compared with massage, sham produced greater reductions in pain", PAIN, ("unclear", "unclear")),
        ("compared with sham, massage produced greater reductions in pain", PAIN, ("decreased", "improved")),
        ("the reduction in pain was greater with sham than with massage", PAIN, ("unclear", "unclear")),
        ("sham reduced pain more than massage", PAIN, ("unclear", "unclear")),
        ("massage reduced pain less than sham", PAIN, ("unclear", "unclear")),
        ("pain increased more with sham than with massage", PAIN, ("decreased", "improved")),
        ("the reduction in pain was greater with massage than with sham", PAIN, ("decreased", "improved")),
        # fictional: progress in an outcome is headway against it, whichever way its scale runs
        ("those given massage made greater progress in pain than those given sham", PAIN, ("decreased", "improved")),
        ("progress in sleep quality was greater with massage than with sham", SLEEP, ("increased", "improved")),
        # fictional: a change verb negated
        ("pain did not deteriorate in the massage group", PAIN, ("no_difference", "no_difference")),
        ("pain was not reduced by massage", PAIN, ("no_difference", "no_difference")),
        ("pain was not only reduced but also shorter", PAIN, ("decreased", "improved")),
        ("pain was lower with usual care", PAIN, ("increased", "worsened")),  # fictional: the comparator's
        ("the sham group improved more in pain", PAIN, ("unclear", "unclear")),  # fictional
        ("placebo was more effective than massage for pain", PAIN, ("increased", "worsened")),
        ("placebo-controlled analysis showed massage reduced pain more than placebo", PAIN, ("decreased", "improved")),
        ("pain did not vary significantly", PAIN, ("no_difference", "no_difference")),
        ("at 20 weeks the groups no longer differed in pain", PAIN, ("no_difference", "no_difference")),
        ("pain was 3.1 versus 3.4 (NS)", PAIN, ("no_difference", "no_difference")),
        ("pain was higher with massage (n.s.)", PAIN, ("no_difference", "no_difference")),
        ("the massage halved pain", PAIN, ("decreased", "improved")),  # fictional: other change verbs
        ("the massage prolonged pain", PAIN, ("increased", "worsened")),
        ("pain returned to baseline levels", PAIN, ("no_difference", "no_difference")),
        ("pain fell to a similar extent in both groups", PAIN, ("no_difference", "no_difference")),
        # fictional: non-inferiority is no difference between the arms
        ("massage lowered pain at least as much as the drug", PAIN, ("no_difference", "no_difference")),
        ("massage was non-inferior to the drug for pain", PAIN, ("no_difference", "no_difference")),
        # fictional: non-inferiority not shown says neither that the arms are alike nor which is better
        ("non-inferiority of massage to the drug was not demonstrated for pain", PAIN, ("unclear", "unclear")),
        ("massage failed to show non-inferiority to the drug for pain", PAIN, ("unclear", "unclear")),
        ("massage was not non-inferior to the drug for pain", PAIN, ("unclear", "unclear")),
        ("non-inferiority for pain could not be established", PAIN, ("unclear", "unclear")),
        ("massage slightly, but insignificantly, lowered pain", PAIN, ("no_difference", "no_difference")),
        # fictional: more ways of saying the arms did not differ
        ("no detectable differences were present in pain", PAIN, ("no_difference", "no_difference")),
        ("pain with massage was equivalent to pain with rest", PAIN, ("no_difference", "no_difference")),
        ("massage and rest were equally efficacious for pain", PAIN, ("no_difference", "no_difference")),
        ("pain in the massage group was no different from that in the sham group", PAIN, ("no_difference", "no_difference")),
        ("pain was nearly identical in the two groups", PAIN, ("no_difference", "no_difference")),
        ("patients received an identical sham, and pain was lower with massage", PAIN, ("decreased", "improved")),
        # fictional: an opening that says which people the result is of; its comparative is their state
        ("in patients with higher pain, massage reduced pain compared with sham", PAIN, ("decreased", "improved")),
        ("among those with worse pain, pain fell more with massage than with sham", PAIN, ("decreased", "improved")),
        # fictional: "more" of the outcome itself is a rise; "more than half" says nothing
        ("the drug caused more pain than massage", PAIN, ("increased", "worsened")),
        ("the sham group reported more severe pain", PAIN, ("decreased", "improved")),  # the comparator's
        ("more than half reported pain", PAIN, None),
        # fictional: "in comparison with" the comparator names what the tested arm is compared with
        ("pain was lower with massage in comparison with the control group", PAIN, ("decreased", "improved")),
        ("pain was lower with massage relative to placebo", PAIN, ("decreased", "improved")),
        # fictional: a comparative set against a number is a threshold that defines what is counted
        ("few had pain longer than 96 hours", PAIN, None),
        ("a third reported pain higher than 5 points", PAIN, None),
        ("pain lasted longer than with sham", PAIN, ("increased", "worsened")),
        # fictional: "without differences" says the arms did not differ
        ("pain fell, without differences among the 3 groups", PAIN, ("no_difference", "no_difference")),
        # fictional: an effect had, or not; effectiveness shown
        ("massage did not have a significant effect on pain", PAIN, ("no_difference", "no_difference")),
        # fictional: a benefit the arm did not have, as one it did not show
        ("the massage group did not have any benefit in pain", PAIN, ("no_difference", "no_difference")),
        ("the results indicated the effectiveness of massage on pain", PAIN, ("decreased", "improved")),
        # fictional: a kind of effect named between "beneficial" and "effects"; the words, not the SMD's sign
        ("massage had beneficial immediate effects on pain (SMD 0.62, 95% CI 0.05 to 1.20)", PAIN, ("decreased", "improved")),
        # fictional: "none" of a list differed
        ("all other outcomes favoured massage but none statistically differed", PAIN, ("no_difference", "no_difference")),
        ("none of them was significantly different between the arms", PAIN, ("no_difference", "no_difference")),
        # fictional: a comparative denied as the statement opens, whatever follows it
        ("not lower pain than with usual care", PAIN, ("no_difference", "no_difference")),
        ("but not significantly lower pain than with usual care (p = 0.01)", PAIN, ("no_difference", "no_difference")),
        ("not only lower pain but less fatigue", PAIN, ("decreased", "improved")),
    ],
)  # fmt: skip
def test_what_a_statement_says_happened(
    clause: str, own: list[DomainMatch], reading: tuple[str, str] | None
) -> None:
    assert read_change(clause, clause, own, None) == reading


@pytest.mark.parametrize(
    ("clause", "said"),
    [  # fictional: the body's own measure, higher or lower, is a result; a body part is none
        ("the massage group had a higher body weight than the usual care group", True),
        ("massage patients had a lower body temperature than controls", True),
        ("a lower body mass index with massage", True),
        ("lower body strength was measured with a dynamometer", False),
    ],
)
def test_a_higher_or_lower_body_measure_is_a_result_a_body_part_none(clause: str, said: bool) -> None:
    assert states_result(clause) is said


def test_two_labels_the_methods_give_no_arm_leave_the_comparison_unclear() -> None:
    """Fictional: the methods label groups A and B; "the KX group" and "the VB group" are neither,
    and which of them was tested the order of the clause does not tell."""
    clause = "pain in the KX group was lower than in the VB group"
    assert read_change(clause, clause, PAIN, None, {"A": INT, "B": CMP}) == ("unclear", "unclear")
    assert read_change(clause, clause, PAIN, None, {"KX": INT, "VB": CMP}) == ("decreased", "improved")


@pytest.mark.parametrize(
    ("clause", "reading"),
    [  # fictional: a rating said to be more or less positive is better or worse, whatever is rated
        ("those given massage rated their rapport with the nurse more positively", ("unclear", "improved")),
        ("those given massage rated their rapport with the nurse less positively", ("unclear", "worsened")),
        ("those given massage rated their rapport with the nurse more negatively", ("unclear", "worsened")),
    ],
)
def test_a_rating_more_positive_is_better_whatever_its_measure(clause: str, reading: tuple[str, str]) -> None:
    own = [DomainMatch("other", "rapport", 39, 46, "")]
    assert read_change(clause, clause, own, None) == reading


@pytest.mark.parametrize(
    ("clause", "own", "reading"),
    [
        # fictional: made worse, or not
        ("sleep quality was impaired in the usual care group", SLEEP, ("decreased", "worsened")),
        ("sleep quality was significantly compromised after the night shift", SLEEP, ("decreased", "worsened")),
        ("sleep quality was impaired in the control group compared with the massage group", SLEEP, ("increased", "improved")),
        ("sleep quality worsened in the control group compared with the massage group", SLEEP, ("increased", "improved")),
        ("massage did not impair sleep quality", SLEEP, ("no_difference", "no_difference")),
        ("sleep quality was not compromised by massage", SLEEP, ("no_difference", "no_difference")),
        # fictional: brought back toward normal
        ("heart rate variability was normalised after reflexology", HRV, ("increased", "improved")),
        ("reflexology normalized heart rate variability", HRV, ("increased", "improved")),
        ("reflexology restored heart rate variability", HRV, ("increased", "improved")),
        # fictional: a value scaled, a person described: no change
        ("heart rate variability normalized to body weight was recorded", HRV, None),
        ("adults with impaired sleep quality were enrolled", SLEEP, None),
        ("cognitively impaired adults rated their sleep quality", SLEEP, None),
        ("adults who have impaired hearing slept better after massage", SLEEP, ("increased", "improved")),
        ("sleep quality of adults with impaired hearing improved", SLEEP, ("increased", "improved")),
    ],
)  # fmt: skip
def test_impaired_is_a_worsening_and_restored_or_normalised_a_betterment(
    clause: str, own: list[DomainMatch], reading: tuple[str, str] | None
) -> None:
    assert read_change(clause, clause, own, None) == reading


@pytest.mark.parametrize(
    ("clause", "reading"),
    [  # fictional: fewer than half of a review's trials found it, the rest did not
        ("only two of seven trials found a reduction in pain with cupping", ("unclear", "unclear")),
        ("one of the four included studies reported less pain", ("unclear", "unclear")),
        ("two of 9 reviews found no difference in pain", ("unclear", "unclear")),
        # most of them, or half
        ("four of five trials found a reduction in pain with cupping", ("decreased", "improved")),
        ("two of four trials found a reduction in pain", ("decreased", "improved")),
    ],
)
def test_a_minority_of_a_reviews_trials_shows_no_change_either_way(
    clause: str, reading: tuple[str, str]
) -> None:
    assert read_change(clause, clause, PAIN, None) == reading


@pytest.mark.parametrize(
    "clause",
    [  # fictional: the analysis named, no result
        "a linear mixed model was used for analyses of pain",
        "pain was analysed with mixed-effects regression",
        "a mixed methods design explored pain",
    ],
)
def test_a_mixed_model_is_no_mixed_result(clause: str) -> None:
    assert read_change(clause, clause, PAIN, None) is None
    assert read_change("results for pain were mixed", "results for pain were mixed", PAIN, None) == (
        "unclear",
        "unclear",
    )


def test_a_non_significant_p_value_is_no_difference_and_p_at_the_threshold_borderline() -> None:
    assert read_change("pain decreased", "pain decreased", PAIN, "p = 0.21") == (
        "no_difference",
        "no_difference",
    )
    said = "pain decreased"
    assert read_change(said, said, PAIN, "p = 0.05") == ("unclear", "unclear")
    # fictional: a change the authors report, its test on the line and its interval touching 0
    said = "pain was reduced by 18% (95% CI 0 to 33%; p = 0.05)"
    assert read_change(said, said, PAIN, "p = 0.05") == ("unclear", "unclear")


@pytest.mark.parametrize(
    ("said", "p_value", "reading"),
    [
        # fictional: at p = 0.05 the authors' own "significantly" is the reading
        ("pain decreased significantly", "p = 0.05", ("decreased", "improved")),
        ("a significant reduction in pain", "P=0.050", ("decreased", "improved")),
        # ... unless their word is denied or hedged
        ("pain did not decrease significantly", "p = 0.05", ("no_difference", "no_difference")),
        ("a non-significant reduction in pain", "p = 0.05", ("no_difference", "no_difference")),
        ("a borderline significant reduction in pain", "p = 0.05", ("unclear", "unclear")),
        ("a marginally significant reduction in pain", "p = 0.05", ("unclear", "unclear")),
    ],
)
def test_at_the_threshold_the_authors_word_significant_decides(
    said: str, p_value: str, reading: tuple[str, str]
) -> None:
    assert read_change(said, said, PAIN, p_value) == reading


def test_a_change_naming_the_measure_given_as_values_is_no_result() -> None:
    # fictional: the values of "the decline in pain" per arm, nothing said of which is more
    said = "the rate of decline in pain was -1.6 for massage and -1.4 for sham"
    assert read_change(said, said, PAIN, None) is None
    said = "the decline in pain was -1.6 for massage and -1.4 for sham, a greater fall with massage"
    assert read_change(said, said, PAIN, None) == ("decreased", "improved")


def test_a_bracket_defining_the_measure_is_not_its_change() -> None:
    # fictional: "a reduction" says what counts as a response, not what happened to responses
    said = "response (a reduction of at least 30% in pain) was seen in 80% and 50%"
    assert read_change(said, said, PAIN, "p = 0.01") is None
    said = "pain fell (a reduction of 2 points) with massage"
    assert read_change(said, said, PAIN, "p = 0.01") == ("decreased", "improved")


@pytest.mark.parametrize(
    ("clause", "comparison"),
    [
        ("pain decreased more with massage than with sham", "between_groups"),
        ("pain decreased from baseline in both groups", "within_group"),
        # fictional: the effect of a treatment on a measure compares the arms, whatever follows
        (
            "no significant effect of the training on scores of nurses assessed after training",
            "between_groups",
        ),
        ("a significant effect of time on pain", "within_group"),
        # fictional: what one arm's treatment did, the other arm's excepted
        ("massage, but not sham, significantly (p < 0.05) reduced pain", "within_group"),
        ("pain was reduced by massage, but not by stretching", "within_group"),
        # fictional: changes from baseline compared between the arms
        ("a greater reduction in pain from baseline with massage than with sham", "between_groups"),
        ("pain was lower than at baseline", "within_group"),
        # fictional: a later time set against the first day, or the night before surgery
        ("pain on day 3 was lower than on the first postoperative day", "within_group"),
        ("cortisol on the first night was lower than that of the night before surgery", "within_group"),
        ("pain decreased in the massage group", "within_group"),
        ("pain was lower in the massage group", "between_groups"),
        # fictional: naming neither a group nor a time, the words do not say (findings assume
        # between groups in a controlled trial)
        ("pain decreased significantly", "unclear"),
        # fictional: a change from one value to another, its spread between them, is over time
        ("pain fell from 6·1 (SD 1·2) to 3·9 (1·4)", "within_group"),
        ("pain fell from 6.1 ± 1.2 to 3.9 ± 1.4 points", "within_group"),
        ("pain decreased in both the massage and the sham arm", "within_group"),
        ("pain decreased after administration of the oil", "within_group"),
        ("pain reverted to baseline values at 12 weeks", "within_group"),
        ("pain did not change after oil or water treatment", "within_group"),
        ("pain fell after the second injection", "within_group"),
        ("both massage and sham reduced pain", "within_group"),
        ("neither group showed significant changes in pain", "within_group"),
        # fictional: each arm's own change, none against the other
        ("neither massage nor sham had a significant effect on pain", "within_group"),
        ("pain did not vary in any comparison and in none of the groups", "within_group"),
        ("pain decreased in group A (p = 0.01)", "within_group"),
        ("a marked improvement in pain was shown in oil-massage group", "within_group"),
        ("the massage group also showed improvements in pain", "within_group"),
        ("pain improved in favour of massage group", "between_groups"),
        # fictional: a change over a span of time is within a group; a difference still between them
        ("fatigue decreased significantly after 8 weeks (p = 0.01)", "within_group"),
        ("fatigue decreased significantly after 8 weeks compared with usual care", "between_groups"),
        ("after 8 weeks, the difference in fatigue was significant", "between_groups"),
        # fictional: changes from baseline, then compared across the arms
        (
            "the share with a 30% fall in pain from baseline was higher with massage versus sham",
            "between_groups",
        ),
        ("pain fell by 2.1 and 0.4 points in the massage and sham groups, respectively", "between_groups"),
        # fictional: each arm named, then its number, one p-value after both
        (
            "the fall in pain in the massage group was 4.1 and in the sham group it was 3.2 (p = 0.27)",
            "between_groups",
        ),
        ("pain in the massage group was 4.1 at baseline and 2.0 after treatment (p < 0.01)", "within_group"),
        # fictional: an effect estimate of a controlled trial compares its arms
        ("massage reduced the odds of pain (OR 0.41, p = 0.01)", "between_groups"),
        ("pain decreased (mean difference -1.2, 95% CI -2.0 to -0.4)", "between_groups"),
        # fictional: an analysis of variance's effects of group and of time
        ("pain decreased with a significant time effect (p = 0.01)", "within_group"),
        ("pain decreased, a significant group effect (p = 0.01)", "between_groups"),
        ("pain decreased, a large within-group effect (d = 1.1)", "within_group"),
        ("pain decreased, a significant condition x time interaction (p = 0.01)", "between_groups"),
        ("pain decreased with a significant time by group interaction (p = 0.01)", "between_groups"),
        # fictional: the start of a change over time, however it is named, is no arm
        ("pain decreased from the baseline (p < 0.01)", "within_group"),
        ("pain decreased from their baseline values", "within_group"),
        ("pain was lower at 6 weeks compared to week 0 (p < 0.01)", "within_group"),
        ("pain was lower at 6 weeks than at pretest (p < 0.01)", "within_group"),
        (
            "the difference in pain between pre- and post-test was significant in the massage group",
            "within_group",
        ),
        # fictional: the two tests named each in one word
        (
            "in the control group, there was no difference between pretest and posttest pain scores",
            "within_group",
        ),
        ("there was no difference between the pre-tests and post-tests of pain in controls", "within_group"),
        ("the difference in pain between massage and sham was significant", "between_groups"),
        # fictional: "active" names the tested arm as against the inactive one
        ("pain improved significantly with active treatment", "between_groups"),
        ("pain improved significantly with active treatment from baseline", "within_group"),
        ("pain improved significantly after the active treatment", "within_group"),
        # fictional: the time after the treatment in one word, or after rehabilitation
        # fictional: a change from baseline set against the comparator arm, not against a time
        ("massage reduced pain from baseline compared with sham at week 8 (p = 0.01)", "between_groups"),
        ("pain decreased from baseline compared with week 4 (p = 0.01)", "within_group"),
        # fictional: the span and the arm between the change from baseline and the comparator arm
        (
            "pain improved from baseline to week 8 in the massage group compared with the sham group (p = 0.01)",
            "between_groups",
        ),
        (
            "pain decreased from baseline in the massage group, compared with no change in the sham group",
            "within_group",
        ),
        # fictional: the control arm set against in an opening phrase, the change from baseline after it
        (
            "compared with the sham group, the massage group showed improvements in pain from baseline (p = 0.01)",
            "between_groups",
        ),
        # fictional: two time points of the same group, the earlier named by its length
        ("pain was reduced by 24% at 6 weeks compared with 2 weeks (p = 0.02)", "within_group"),
        ("pain at 12 weeks was lower than at 4 weeks (p = 0.02)", "within_group"),
        ("pain was lower after 8 weeks than after 2 weeks (p = 0.02)", "within_group"),
        ("pain was lower with massage compared with 8 weeks of sham (p = 0.02)", "between_groups"),
        ("pain-free time was longer with massage (median 9 versus 4 months, p = 0.02)", "between_groups"),
        # fictional: an opening against baseline, then one named arm set against another
        (
            "compared with baseline, the sham group had higher pain than the massage group (p = 0.03)",
            "between_groups",
        ),
        (
            "compared with baseline, pain fell more in the massage group than in the sham group",
            "between_groups",
        ),
        ("compared with baseline, pain was lower in the massage group (p = 0.03)", "within_group"),
        ("pain was lower than baseline in the massage group (p = 0.03)", "within_group"),
        ("pain decreased significantly post-training (p = 0.01)", "within_group"),
        ("pain decreased significantly after rehabilitation (p = 0.01)", "within_group"),
        ("post-training, pain was lower in the massage group (p = 0.01)", "between_groups"),
        # fictional: a time after the treatment, then the arms' difference at that time
        ("after the first week of treatment the differences in pain were not significant", "between_groups"),
        ("pain fell after the first week of treatment", "within_group"),
        # fictional: the most of all the arms is against the others
        ("the reduction in pain was greatest in the massage group (p = 0.01)", "between_groups"),
        # fictional: every arm changed, as "in both groups"
        ("pain decreased in all groups (p < 0.05)", "within_group"),
        ("pain decreased in all the arms (p < 0.05)", "within_group"),
        ("pain decreased in all of the groups (p < 0.05)", "within_group"),
        # fictional: the change held back is the one another arm had
        ("reflexology prevented the rise in anxiety seen in the usual care group", "between_groups"),
        ("massage attenuated the decline in strength observed with usual care (p = 0.01)", "between_groups"),
        ("anxiety rose in the usual care group", "within_group"),
        # fictional crossover trials: the periods are its arms
        ("neither pain nor fatigue differed between the crossover periods", "between_groups"),
        ("pain did not differ between the two treatment conditions", "between_groups"),
        # fictional: a later test set against the first, or the value seen before the treatment
        (
            "the massage group walked farther in the second test compared with the first test",
            "within_group",
        ),
        ("pain was lower at the last session than at the first examination", "within_group"),
        (
            "serum ferritin was higher compared with that observed before intake in the massage group",
            "within_group",
        ),
        ("pain was lower compared with that observed in the usual care group", "between_groups"),
        # fictional: a change by the end of the session, as after it
        ("cortisol was significantly reduced at the end of the session (p < 0.05)", "within_group"),
        ("at the end of treatment, pain was lower in the massage group (p = 0.02)", "between_groups"),
        # fictional: one arm's people more or less likely than the other arm's
        (
            "participants in the massage group were less likely to need rescue analgesia (p = 0.01)",
            "between_groups",
        ),
        ("the massage group was more likely to report good sleep (p = 0.02)", "between_groups"),
        # fictional: an arm's own turn for the worse, said with the arm as its subject
        ("the control group deteriorated significantly in mobility (p = 0.02)", "within_group"),
        ("the sham group worsened in mobility", "within_group"),
        ("the sham group declined in mobility more than the massage group", "between_groups"),
        # fictional: one arm's change set against the other arm's, "as opposed to" it or "over" it
        ("pain eased in the massage group as opposed to the control group (p = 0.01)", "between_groups"),
        ("pain eased after 4 weeks as opposed to baseline (p = 0.01)", "within_group"),
        ("pain eased in the massage group over the usual care group (p = 0.01)", "between_groups"),
        ("pain eased in the massage group over controls (p = 0.01)", "between_groups"),
        ("pain eased in the massage group over the 8 weeks (p = 0.01)", "within_group"),
        # fictional: a test of one arm against the other, named as the clause's own
        (
            "the Mann-Whitney U test showed a significant fall in spasticity in the stretching group",
            "between_groups",
        ),
        (
            "ANCOVA showed a significant fall in spasticity in the stretching group (p = 0.01)",
            "between_groups",
        ),
        ("the paired t-test showed a significant fall in spasticity in the stretching group", "within_group"),
        (
            "ANCOVA showed a significant fall in spasticity from baseline in the stretching group",
            "within_group",
        ),
        # fictional: a change noun, then the span it took
        ("significant reductions in spasticity were found after 12 weeks (p = 0.01)", "within_group"),
        ("a significant reduction in spasticity was seen at the end of the intervention", "within_group"),
        (
            "a significantly greater reduction in spasticity was seen after 12 weeks (p = 0.01)",
            "between_groups",
        ),
        # fictional: a level ranked by the time it follows, in the arm named after it
        ("spasticity was significantly lower after the intervention in the stretching group", "within_group"),
        (
            "spasticity was significantly lower in the stretching group after the intervention",
            "between_groups",
        ),
        (
            "spasticity was lower after the intervention in the stretching group than in the rest group",
            "between_groups",
        ),
        # fictional: the arm the change is set against, "with respect to" or "against" it
        ("pain eased in the stretching group with respect to the rest group (p = 0.01)", "between_groups"),
        ("pain eased in the stretching group against the rest group (p = 0.01)", "between_groups"),
        ("pain eased in the stretching group with respect to baseline (p = 0.01)", "within_group"),
        ("with respect to the stretching group, pain eased from baseline (p = 0.01)", "within_group"),
        # fictional: a change by a time after the start, no arm named
        ("spasticity decreased significantly at week 12 (p = 0.01)", "within_group"),
        ("spasticity decreased significantly at the 3-month follow-up (p = 0.01)", "within_group"),
        ("spasticity decreased significantly at 6 months (p = 0.01)", "within_group"),
        # fictional: the arm's own measure, by the possessive, and its change
        ("the stretching group's spasticity decreased significantly (p = 0.01)", "within_group"),
        ("the stretching group's spasticity decreased significantly more (p = 0.01)", "unclear"),
        # fictional: the end of the treatment as its completion; a span's ends by their order
        ("spasticity eased significantly upon completion of the programme (p = 0.01)", "within_group"),
        ("spasticity eased significantly from the first to the sixth session (p = 0.01)", "within_group"),
        # the change named by its noun, its outcome, then the time
        ("there was a reduction in spasticity at the 6-month follow-up (p = 0.02)", "within_group"),
        ("a significant decrease in fatigue severity was noted at week 12 (p = 0.01)", "within_group"),
        ("a larger reduction in spasticity at 6 months was seen with stretching", "between_groups"),
        (
            "spasticity decreased significantly more at week 12 with stretching than with rest",
            "between_groups",
        ),
        # fictional: the arm a result favours is set against the other
        ("significant reductions in pain were seen, favouring the massage group", "between_groups"),
        # fictional: the arms' changes from baseline set against each other
        ("changes from baseline in pain differed significantly between groups (p = 0.01)", "between_groups"),
        (
            "the change from baseline in pain was significantly different among the three arms",
            "between_groups",
        ),
    ],
)
def test_between_groups_or_within_a_group(clause: str, comparison: str) -> None:
    assert comparison_of(clause, clause, RCT, "decreased") == comparison


@pytest.mark.parametrize(
    ("clause", "comparison"),
    [
        # fictional: each arm's events, then the ratio of the two with its interval
        (
            "cramps developed in 9 of 60 (15%) patients with massage and 20 of 60 (33%) patients with "
            "usual care (RR 0.45, 95% CI 0.22 to 0.91)",
            "between_groups",
        ),
        ("cramps developed in 9 patients with usual care (RR = 0.45, 95% CI 0.22 to 0.91)", "between_groups"),
        # a heart rate, no ratio: the comparator arm's own change
        ("cramps developed in 9 patients with usual care (HR 72, 95% CI 70 to 74)", "within_group"),
    ],
)
def test_a_ratio_with_its_interval_compares_the_arms(clause: str, comparison: str) -> None:
    assert comparison_of(clause, clause, RCT, "decreased") == comparison


@pytest.mark.parametrize(
    "clause",
    [  # fictional: a cohort's treated and untreated people, no comparator named, set side by side
        "pressure sores were no less frequent in the riluzole cohort (incidence rate ratio 0.94, 95% CI 0.71 to 1.25)",
        "readmissions were lower in the treated patients (hazard ratio 0.58, 95% CI 0.40 to 0.84)",
    ],
)
def test_a_ratio_in_a_cohort_of_two_groups_compares_them(clause: str) -> None:
    cohort = StudyFacts(design="cohort study")
    assert comparison_of(clause, clause, cohort, "no_difference") == "between_groups"


@pytest.mark.parametrize(
    ("clause", "comparison"),
    [
        # fictional: the comparator arm as the subject of its own change, nothing set against it
        ("usual care participants reported a small increase in pain (p = 0.04)", "within_group"),
        ("the sham patients showed a significant rise in anxiety (p = 0.04)", "within_group"),
        ("usual care reduced pain slightly (p = 0.04)", "within_group"),
        # fictional: named with the treatment it mimics
        ("sham reflexology reduced anxiety slightly (p = 0.04)", "within_group"),
        ("sham reflexology also reduced pain (p = 0.03)", "within_group"),
        ("placebo tablets reduced pain less than reflexology (p = 0.01)", "between_groups"),
        # fictional: its result ranked, against the other arm's
        ("control participants had significantly more pain (p = 0.04)", "between_groups"),
        (
            "sham patients reported a larger increase in pain than massage patients (p = 0.04)",
            "between_groups",
        ),
    ],
)
def test_the_comparator_arm_as_subject_of_its_own_change_is_within_it(clause: str, comparison: str) -> None:
    assert comparison_of(clause, clause, RCT, "increased") == comparison


@pytest.mark.parametrize(
    "said",
    [  # fictional: a measure no different from where it started, at a later time
        "pain did not differ from baseline at 12 weeks",
        "pain did not differ significantly from baseline at follow-up",
        "there was no significant difference from baseline in pain at 12 weeks",
        # or over the times it was measured at
        "in the control group, fatigue did not differ significantly over time",
        "there were no significant differences in fatigue across time points in the sham group",
    ],
)
def test_no_difference_from_the_start_is_over_time(said: str) -> None:
    assert comparison_of(said, said, RCT, "no_difference") == "within_group"


def test_no_difference_between_the_arms_over_time_still_compares_them() -> None:
    said = "fatigue did not differ between the groups over time (p = 0.4)"  # fictional
    assert comparison_of(said, said, RCT, "no_difference") == "between_groups"


def test_no_change_in_a_controlled_trial_is_over_time_and_no_difference_against_control() -> None:
    # fictional: "changes" are over time; a plain "did not improve" is against the comparator
    said = "there were no significant changes in pain during the three periods"
    assert comparison_of(said, said, RCT, "no_difference") == "within_group"
    said = "massage did not improve pain"
    assert comparison_of(said, said, RCT, "no_difference") == "between_groups"
    said = "scores in the older patients showed no change"  # fictional: no change, over time
    assert comparison_of(said, said, RCT, "no_difference") == "within_group"
    # the clause's own "no change in" wins over a comparison its sentence names elsewhere
    # one number per arm, and no difference between the numbers
    said = "pain fell by 3.1 points in the massage group and 2.8 points in the sham group, a non-significant difference"
    assert comparison_of(said, said, RCT, "no_difference") == "between_groups"
    said = "pain fell by 24% in the massage group and by 21% in the sham group (p = 0.45)"
    assert comparison_of(said, said, RCT, "no_difference") == "between_groups"
    said = "pain improved in 18 of 25 patients in the massage group and 7 of 25 in the sham group (p = 0.004)"
    assert comparison_of(said, said, RCT, "decreased") == "between_groups"
    said = "pain fell by 24% in the massage group (p = 0.35) and by 21% in the sham group (p = 0.45)"
    assert comparison_of(said, said, RCT, "no_difference") == "within_group"
    said = (
        "pain fell by 3.1 points in the massage group and 2.8 points in the sham group, both not significant"
    )
    assert comparison_of(said, said, RCT, "no_difference") == "within_group"
    clause = "there was no change in group A (p = 0.9)"
    sentence = f"pain rose in group B, but {clause}, and the between-group difference was significant"
    assert comparison_of(clause, sentence, RCT, "no_difference") == "within_group"


@pytest.mark.parametrize(
    "said",
    [  # fictional: the arms' likeness, said as being equivalent
        "pain scores were equivalent in both groups",
        "pain scores remained equivalent in the massage and sham groups",
    ],
)
def test_levels_equivalent_in_both_arms_compare_the_arms(said: str) -> None:
    assert comparison_of(said, said, RCT, "no_difference") == "between_groups"


def test_a_number_for_each_arm_that_did_not_differ_compares_the_arms_whatever_the_sentence_says() -> None:
    # fictional: the sentence's other clause is a change from baseline; this one gives each arm
    clause = "good response was seen in 88% (group A) and 85% (group B) of patients (p = 0.41)"
    sentence = f"Acne fell by 90% from the baseline (p < 0.01), {clause}."
    assert comparison_of(clause, sentence, RCT, "no_difference") == "between_groups"
    clause = "good response was seen in 88% of patients (p = 0.41)"
    assert comparison_of(clause, f"Acne fell by 90% from the baseline, {clause}.", RCT, "no_difference") == (
        "within_group"
    )


@pytest.mark.parametrize(
    ("clause", "at"),
    [
        # fictional: the people of an arm, named as the clause opens, then what they had, compared
        ("those who received massage had lower pain", 0),
        ("patients receiving massage reported less pain than those given sham", 0),
        ("pain was lower in the massage group", 9),
        ("at week 4, the massage group had lower pain", 11),
        ("pain fell in both groups", None),
    ],
)
def test_a_named_arm_set_above_another_is_found_where_the_clause_says_it(clause: str, at: int | None) -> None:
    assert _arm_compared_at(clause) == at


def test_a_number_for_each_arm_that_changed_in_both_is_each_arms_own_change() -> None:
    clause = "pain fell in both groups, by 3.0 (p = 0.4) and 10.8 (p = 0.36) in groups A and B, respectively"
    assert comparison_of(clause, clause, RCT, "no_difference") == "within_group"  # fictional


@pytest.mark.parametrize(
    ("clause", "comparison"),
    [
        # fictional: a comparative said of the people of one arm, named by what they received
        ("anxiety was significantly lower in those who received massage (p = 0.01)", "between_groups"),
        ("anxiety was significantly lower among massage recipients (p = 0.01)", "between_groups"),
        ("patients receiving massage had significantly lower anxiety scores (p = 0.01)", "between_groups"),
        ("anxiety decreased in those who received massage (p = 0.01)", "unclear"),  # no comparative
        # fictional: a comparative said of the tested arm by its treatment's name
        ("the incidence of pain was lower for massage (p = 0.01)", "between_groups"),
        ("pain was reduced significantly more with massage (p = 0.01)", "between_groups"),
        ("pain was higher with sham (p = 0.01)", "between_groups"),
        ("pain was lower in the first week (p = 0.01)", "unclear"),
        ("pain was lower for 6 weeks (p = 0.01)", "unclear"),
        # fictional: what one arm did, compared without "than"
        ("the massage group improved more in pain (p = 0.01)", "between_groups"),
        ("the massage group improved in pain (p = 0.01)", "within_group"),
        ("the sham group improved more in pain (p = 0.01)", "between_groups"),  # read turned round
        ("the exercise group improved more in pain (p = 0.01)", "unclear"),  # which arm is that?
        # fictional: a change after the tested treatment, named as the study names it, is over time
        ("pain was significantly reduced after oilrub (p = 0.01)", "within_group"),
        ("pain was significantly reduced following two oilrub visits (p = 0.01)", "within_group"),
        # fictional: how long the treatment was given, between "after" and its name
        ("a significant reduction in pain was seen after 4 weeks of oilrub (p = 0.01)", "within_group"),
        ("pain was significantly reduced following six weeks of oilrub (p = 0.01)", "within_group"),
        ("pain was significantly lower after oilrub than after sham (p = 0.01)", "between_groups"),
        # fictional: a level ranked after the tested treatment, not a change over it: than after sham
        ("the stay was significantly shorter after oilrub (p = 0.01)", "between_groups"),
        ("pain was significantly reduced after sham (p = 0.01)", "within_group"),  # the comparator's
        # fictional: a crossover's periods, "during" each treatment
        ("pain was significantly reduced during the oilrub phase (p = 0.01)", "within_group"),
        ("pain was significantly reduced during sham (p = 0.01)", "within_group"),
        ("pain was significantly lower during oilrub than during sham (p = 0.01)", "between_groups"),
        # a level ranked during the tested treatment's period: than during the other's
        ("stiffness was significantly lower during the oilrub phase (p = 0.01)", "between_groups"),
    ],
)
def test_a_comparative_said_of_one_arm_compares_it_with_the_other(clause: str, comparison: str) -> None:
    arms = arm_roles(VOCABULARY, ("Swedish massage",), "A fictional trial of oilrub versus sham")
    assert comparison_of(clause, clause, RCT, "decreased", arms) == comparison


@pytest.mark.parametrize(
    ("clause", "comparison"),
    [
        # fictional: a comparative said of the comparator by its drug name, or of the tested drug
        ("pain was significantly higher with vortazine (p = 0.01)", "between_groups"),
        ("nausea was more frequent among vortazine recipients (p = 0.01)", "between_groups"),
        ("pain was significantly lower with oilrub (p = 0.01)", "between_groups"),
        # fictional: a drug of no arm of this trial
        ("pain was significantly higher with paracetamol (p = 0.01)", "unclear"),
    ],
)
def test_a_comparative_said_of_the_comparator_by_its_name_compares_the_arms(
    clause: str, comparison: str
) -> None:
    arms = arm_roles(VOCABULARY, ("Swedish massage",), "A fictional trial of oilrub versus vortazine")
    assert comparison_of(clause, clause, RCT, "decreased", arms) == comparison


def test_a_word_part_both_title_arms_share_names_neither() -> None:
    arms = arm_roles(VOCABULARY, (), "Low-dose versus high-dose fictolan for stroke")  # fictional
    assert (arms("low"), arms("high"), arms("dose")) == (INT, CMP, None)


def test_an_arm_named_in_the_singular_is_the_title_arm_named_in_the_plural() -> None:
    arms = arm_roles(
        VOCABULARY, (), "Ultrasound guidance versus anatomical landmarks for cannulation"
    )  # fictional
    assert (arms("ultrasound"), arms("landmarks"), arms("landmark")) == (INT, CMP, CMP)
    # arms listed, not set one against the other: which was tested, the order tells less
    listed = arm_roles(VOCABULARY, (), "Wound closure via staples or sutures after surgery")  # fictional
    assert (listed("staple"), listed("suture")) == (None, None)
    # a head the title writes in the singular too, which both arms may share
    title = "Bipolar ablation with cooled probes and monopolar ablation: bipolar vs. monopolar ablations"  # fictional
    assert arm_roles(VOCABULARY, (), title)("ablation") is None


@pytest.mark.parametrize(
    ("clause", "comparison"),
    [
        # fictional: a level ranked with nothing named it is set against: the other arm's
        ("at week 4, anxiety was significantly lower (p = 0.01)", "between_groups"),
        ("the hospital stay was shorter by 2 days (p = 0.03)", "between_groups"),
        ("fewer falls were recorded (p = 0.04)", "between_groups"),
        # fictional: ranked by when, in every arm, or of an arm the sentence before named
        ("pain was lower in the first week (p = 0.01)", "unclear"),
        ("pain was lower in both groups (p = 0.01)", "within_group"),
        ("they also had more fatigue (p = 0.02)", "unclear"),
        # fictional: the arm named before its level: ranked against the other arm's
        ("fatigue scores in the oilrub group were significantly lower (p = 0.01)", "between_groups"),
        ("post-intervention pain of the oilrub group was significantly lower (p = 0.01)", "between_groups"),
        ("pain decreased in the oilrub group (p = 0.01)", "within_group"),
        # fictional: the arm keeping a level ranked: above or below the other arm's
        ("at follow-up, the oilrub group maintained lower anxiety", "between_groups"),
        # fictional: a crossover's arm named as its condition
        ("anxiety scores were significantly lower in the oilrub condition (p = 0.003)", "between_groups"),
    ],
)
def test_a_level_ranked_in_a_controlled_trial_is_ranked_against_the_other_arm(
    clause: str, comparison: str
) -> None:
    arms = arm_roles(VOCABULARY, ("Swedish massage",), "A fictional trial of oilrub versus sham")
    assert comparison_of(clause, clause, RCT, "decreased", arms) == comparison


@pytest.mark.parametrize(
    ("clause", "comparison"),
    [
        # fictional: the tested treatment as the doer of the change, the other arm named only in the methods
        ("oilrub caused more nausea (p < 0.001)", "between_groups"),
        ("oilrub significantly reduced pain (p = 0.02)", "between_groups"),
        ("at week 8, the addition of oilrub shortened the hospital stay (p = 0.02)", "between_groups"),
        ("oilrub resulted in less pain at week 8 (p = 0.02)", "between_groups"),
        # fictional: its people having more or less of the outcome
        ("patients on oilrub had fewer headaches (p = 0.01)", "between_groups"),
        ("oilrub-treated patients had lower pain scores (p = 0.01)", "between_groups"),
        # fictional: the arm's people changing, a change of one arm only, or no arm at all
        ("oilrub patients improved significantly in pain (p = 0.01)", "unclear"),
        ("treatment with oilrub only significantly reduced pain (p = 0.01)", "unclear"),
        ("only oilrub significantly reduced pain (p = 0.01)", "unclear"),
        # fictional: the test named says it was one arm's change over time
        ("oilrub significantly reduced pain (paired t-test, p < 0.01)", "within_group"),
        ("oilrub significantly reduced pain (Wilcoxon signed-rank test, p < 0.01)", "within_group"),
        ("pain significantly reduced anxiety (p = 0.01)", "unclear"),
        # fictional: the comparator named in the sentence is read by its own rules
        ("oilrub significantly reduced pain, whereas sham did not", "unclear"),
    ],
)
def test_the_tested_treatment_doing_the_change_in_a_controlled_trial_is_against_the_other_arm(
    clause: str, comparison: str
) -> None:
    arms = arm_roles(VOCABULARY, ("Swedish massage",), "A fictional trial of oilrub versus sham")
    said = clause.split(",")[0] if "whereas" in clause else clause
    assert comparison_of(said, clause, RCT, "decreased", arms) == comparison
    assert comparison_of(said, clause, StudyFacts(design="pilot study", one_arm=True), "decreased", arms) == (
        "within_group"
    )


@pytest.mark.parametrize(
    ("clause", "comparison"),
    [
        # fictional: values labelled before and after, side by side: one arm's change over time
        ("pain improved significantly in the oilrub group (pre 6.1 vs post 3.2; p < 0.01)", "within_group"),
        ("pain improved (before: 6.1 ± 1.0 versus after: 3.2 ± 0.9; p < 0.01)", "within_group"),
        ("pain improved (pre-treatment 6.1 vs. post-treatment 3.2; p < 0.01)", "within_group"),
        # fictional: each arm's before and after, the arms set against each other
        (
            "pain was lower in the oilrub group (pre 6.1 vs post 3.2) than in the sham group (p < 0.01)",
            "between_groups",
        ),
        # fictional: values not labelled stay the arms'
        ("pain was lower in the oilrub group (3.2 vs 6.1; p < 0.01)", "between_groups"),
    ],
)
def test_values_labelled_before_and_after_set_side_by_side_are_a_change_over_time(
    clause: str, comparison: str
) -> None:
    assert comparison_of(clause, clause, RCT, "decreased") == comparison


@pytest.mark.parametrize(
    ("clause", "comparison"),
    [
        # fictional: a change from baseline sized, nothing named to set it against: the other arm's
        ("the decrease in pain from baseline was significantly larger in the oilrub group", "between_groups"),
        (
            "the mean change from baseline in pain was significantly greater for oilrub (p < 0.01)",
            "between_groups",
        ),
        ("greater mean reductions from baseline in pain were seen with oilrub", "between_groups"),
        # fictional: the arms' changes beside it, side by side, set it against no start
        (
            "the reduction in pain from baseline to 3 months was greater with oilrub (-18.4 vs -9.6; p = 0.02)",
            "between_groups",
        ),
        # fictional: a change from baseline not sized, or sized against a time
        ("pain decreased significantly from baseline in the oilrub group", "within_group"),
        ("the reduction from baseline was greater at week 8 than at week 4", "within_group"),
        # fictional: a change from baseline net of the control arm's
        ("the placebo-adjusted reduction in pain from baseline was 1.9 points (p < 0.01)", "between_groups"),
        ("the sham-corrected change from baseline in pain was -1.9 (p < 0.01)", "between_groups"),
    ],
)
def test_a_change_from_baseline_sized_is_set_against_the_other_arms(clause: str, comparison: str) -> None:
    assert comparison_of(clause, clause, RCT, "decreased") == comparison


@pytest.mark.parametrize(
    ("clause", "comparison"),
    [
        # fictional: every arm named as a treatment, each doing the change: within each arm
        ("fictinol and vortazine both reduced systolic pressure (p < 0.001)", "within_group"),
        ("fictinol and vortazine each lowered systolic pressure significantly", "within_group"),
        ("systolic pressure was reduced by both fictinol and vortazine (p < 0.001)", "within_group"),
        ("systolic pressure was lowered by fictinol and by placebo (p < 0.001)", "within_group"),
        (
            "fictinol lowered systolic pressure by 9 mmHg and by 7 mmHg versus placebo (p < 0.01)",
            "between_groups",
        ),
        ("fictinol and sham fictinol both reduced systolic pressure", "within_group"),
        ("fictinol as well as sham fictinol lowered systolic pressure", "within_group"),
        ("pain as well as fatigue decreased significantly (p < 0.001)", "unclear"),
        ("fictinol and usual care each lowered systolic pressure significantly", "within_group"),
        ("both treatments reduced systolic pressure (p < 0.001)", "within_group"),
        ("both regimens lowered systolic pressure significantly", "within_group"),
        # fictional: two outcomes that each fell say nothing of the arms; the arms set against each other
        ("pain and fatigue both decreased significantly (p < 0.001)", "unclear"),
        ("both doses produced greater reductions in pain versus placebo (p = 0.01)", "between_groups"),
        ("pain differed between both treatments (p = 0.01)", "between_groups"),
    ],
)
def test_every_arm_named_as_a_treatment_changing_is_a_change_within_each(
    clause: str, comparison: str
) -> None:
    assert comparison_of(clause, clause, RCT, "decreased") == comparison


@pytest.mark.parametrize(
    ("clause", "comparison"),
    [
        # fictional: a change said of two arms named together
        ("pain decreased significantly in groups A and B (p < 0.01)", "within_group"),
        ("fatigue improved in reflexology and sham groups alike (p < 0.01)", "within_group"),
        ("fatigue improved in the reflexology and usual care groups (p < 0.01)", "within_group"),
        (
            "fatigue improved significantly in the reflexology (p < 0.01) and sham reflexology (p = 0.02) groups",
            "within_group",
        ),
        (
            "fatigue improved significantly in the reflexology (p < 0.01) and sham (p = 0.02) groups",
            "within_group",
        ),
        # fictional: each arm's number, or sizes given the arms in turn, set the arms side by side
        ("pain scores were 3.1 and 4.5 in the reflexology and sham groups (p = 0.01)", "unclear"),
        (
            "pain decreased by 30% and 5% in the reflexology and sham groups, respectively (p = 0.01)",
            "between_groups",
        ),
    ],
)
def test_a_change_said_of_two_arms_named_together_is_within_each(clause: str, comparison: str) -> None:
    assert comparison_of(clause, clause, RCT, "decreased") == comparison


@pytest.mark.parametrize(
    ("clause", "comparison"),
    [
        # fictional: a change with one treatment only
        ("fatigue improved significantly with reflexology only (p < 0.01)", "within_group"),
        ("fatigue decreased after reflexology only.", "within_group"),
        # fictional: an arm so named, its level set against another's or alone
        (
            "fatigue was lower with reflexology only than with reflexology and stretching (p < 0.01)",
            "between_groups",
        ),
        ("fatigue was lower with reflexology only (p < 0.01)", "unclear"),
    ],
)
def test_a_change_with_one_treatment_only_is_within_its_arm(clause: str, comparison: str) -> None:
    assert comparison_of(clause, clause, RCT, "decreased") == comparison


@pytest.mark.parametrize(
    "clause",
    [  # fictional: the tested treatment as the doer of an effect its words say is good
        "oilrub had a significant positive effect on fatigue (p = 0.01)",
        "oilrub had a beneficial effect on fatigue (p = 0.01)",
    ],
)
def test_a_good_effect_the_tested_treatment_had_is_against_the_other_arm(clause: str) -> None:
    arms = arm_roles(VOCABULARY, ("Swedish massage",), "A fictional trial of oilrub versus sham")
    assert comparison_of(clause, clause, RCT, "decreased", arms) == "between_groups"


@pytest.mark.parametrize(
    ("clause", "comparison"),
    [
        # fictional: a change spanned from its start, or sized from its starting value
        ("oilrub significantly decreased fatigue from week 0 to week 4 (p < 0.01)", "within_group"),
        ("fatigue improved from pre-treatment to post-treatment (p < 0.01)", "within_group"),
        ("oilrub decreased fatigue by 1.9 points from 5.1 (p < 0.01)", "within_group"),
        ("oilrub significantly improved fatigue between week 0 and week 4 (p < 0.01)", "within_group"),
        ("fatigue improved between baseline and week 8 in both groups", "within_group"),
        # fictional: the tested treatment's change with no start named
        ("oilrub significantly decreased fatigue at week 4 (p < 0.01)", "between_groups"),
    ],
)
def test_a_change_from_its_start_named_by_time_or_value_is_over_time(clause: str, comparison: str) -> None:
    arms = arm_roles(VOCABULARY, ("Swedish massage",), "A fictional trial of oilrub versus sham")
    assert comparison_of(clause, clause, RCT, "decreased", arms) == comparison


@pytest.mark.parametrize(
    ("clause", "change", "comparison"),
    [
        # fictional: each arm's value side by side, one p-value, in the order the change says
        ("the share with a flare was reduced (oilrub 9.5%; sham 17.9%; p = 0.01)", "decreased", "between_groups"),
        ("the share with a flare was reduced (massage 9.5%, sham 17.9%, p = 0.01)", "decreased", "between_groups"),
        ("the share with a flare was reduced (oilrub 9.5%; sham 17.9%; p = 0.01)", "increased", "unclear"),
        ("the share with a flare was reduced (week 4 9.5%; week 8 17.9%; p = 0.01)", "decreased", "unclear"),
    ],
)  # fmt: skip
def test_each_arms_value_beside_one_p_value_compares_the_arms(
    clause: str, change: str, comparison: str
) -> None:
    arms = arm_roles(VOCABULARY, ("Swedish massage",), "A fictional trial of massage versus sham")
    assert comparison_of(clause, clause, RCT, change, arms) == comparison


@pytest.mark.parametrize(
    ("sentence", "design", "comparison"),
    [
        # fictional: the test named says what was compared
        ("the paired t-test showed that massage significantly reduced pain", "randomized controlled trial", "within_group"),
        ("a Wilcoxon signed-rank test showed that pain fell (p = 0.01)", "randomized controlled trial", "within_group"),
        ("the Mann-Whitney U test showed that massage reduced pain (p = 0.01)", "randomized controlled trial", "between_groups"),
        ("by ANCOVA, massage reduced pain (p = 0.01)", "randomized controlled trial", "between_groups"),
        ("the paired t-test showed that massage significantly reduced pain", "crossover trial", "unclear"),
        ("the paired t-test showed that pain was lower in the massage group", "randomized controlled trial", "between_groups"),
    ],
)  # fmt: skip
def test_the_test_a_result_names_says_what_it_compared(sentence: str, design: str, comparison: str) -> None:
    facts = StudyFacts(design=design, comparators=("sham",))
    assert comparison_of(sentence, sentence, facts, "decreased") == comparison


def test_a_single_arm_study_compares_over_time_and_a_review_against_control() -> None:
    assert (
        comparison_of("pain decreased", "pain decreased", StudyFacts(design="case series"), "decreased")
        == "within_group"
    )
    review = StudyFacts(design="systematic review")
    assert (
        comparison_of("massage reduced pain", "massage reduced pain", review, "decreased") == "between_groups"
    )
    narrative = StudyFacts(design="narrative review")
    assert comparison_of("pain decreased", "pain decreased", narrative, "decreased") == "unclear"


def test_a_benefit_of_the_tested_arm_in_a_controlled_trial_is_over_the_comparator() -> None:
    arms = arm_roles(VOCABULARY, ("massage",))
    said = "significant benefits of massage were found for sleep quality (effect size 0.8)"  # fictional
    assert comparison_of(said, said, RCT, "increased", arms) == "between_groups"
    # fictional: a study of one arm gains over time; the comparator's benefit is no such comparison
    one_arm = StudyFacts(design="pilot study", one_arm=True)
    assert comparison_of(said, said, one_arm, "increased", arms) == "within_group"
    said = "significant benefits of sham were found for sleep quality"
    assert comparison_of(said, said, RCT, "increased", arms) == "unclear"


def test_a_reviews_pooled_interval_compares_the_arms_whatever_time_its_words_name() -> None:
    review = StudyFacts(design="meta-analysis")
    said = "pain was lower after massage (MD -1.1, 95% CI -2.0 to -0.2)"  # fictional
    assert comparison_of(said, said, review, "decreased") == "between_groups"
    assert comparison_of(said, said, StudyFacts(design="pilot study"), "decreased") == "within_group"
    said = "pain fell from baseline after massage (MD -1.1, 95% CI -2.0 to -0.2)"
    assert comparison_of(said, said, review, "decreased") == "within_group"


def test_a_study_of_one_arm_compares_over_time_whatever_treatment_it_names() -> None:
    # fictional: an exercise programme, exercise being among the comparators' words
    said = "the Timed Up and Go time was reduced significantly (p = 0.01)"
    exercised = StudyFacts(design="pilot study", comparators=("exercise",))
    assert comparison_of(said, said, exercised, "decreased") == "unclear"
    assert comparison_of(said, said, replace(exercised, one_arm=True), "decreased") == "within_group"
    quasi = StudyFacts(design="non-randomized trial", one_arm=True)
    assert comparison_of(said, said, quasi, "decreased") == "within_group"
    # fictional: a design the words do not tell, naming no comparator, may still have two arms
    assert comparison_of(said, said, StudyFacts(design="other"), "decreased") == "unclear"
    assert comparison_of(said, said, StudyFacts(design="other", one_arm=True), "decreased") == "within_group"


@pytest.mark.parametrize(
    "said",
    [  # fictional: what one named arm did not have is that arm's own lack of change
        "the control group did not show any significant changes in fatigue",
        "the sham group failed to show any improvement in balance",
    ],
)
def test_what_one_arm_did_not_show_is_within_that_arm(said: str) -> None:
    assert comparison_of(said, said, RCT, "no_difference") == "within_group"


def test_only_at_a_time_is_no_one_arm_result() -> None:
    # fictional: "only" says when the arms differed, not that one arm alone changed
    said = "anxiety was lower in the reflexology group only at week 4 (p = 0.04)"
    assert comparison_of(said, said, RCT, "decreased") == "between_groups"
    alone = "anxiety decreased in the reflexology group only (p = 0.04)"
    assert comparison_of(alone, alone, RCT, "decreased") == "within_group"


def test_a_benefit_said_before_a_listed_outcome_turns_its_smd_sign_to_the_good_side() -> None:
    # fictional: a review's list of outcomes, each with its own SMD, after words of benefit
    clause = "massage had beneficial effects on pain (SMD 0.62, 95% CI 0.05 to 1.20) and anxiety (SMD 0.44, 95% CI 0.09 to 0.78)"
    at = clause.index("anxiety")
    anxiety = [DomainMatch("anxiety", "anxiety", at, at + 7, "lower_is_better")]
    assert read_change(clause[at:], clause, anxiety, None) == ("decreased", "improved")
    # without the words, a positive SMD for anxiety says nothing of better or worse
    alone = clause[at:]
    assert read_change(alone, alone, [replace(anxiety[0], start=0, end=7)], None) == ("increased", "unclear")


@pytest.mark.parametrize(
    "said",
    [  # fictional: a crossover's every treatment period, each one's own change
        "fatigue improved during both phases (p < 0.05)",
        "fatigue decreased during both treatment periods (p < 0.05)",
    ],
)
def test_a_change_during_every_period_of_a_crossover_is_within_each(said: str) -> None:
    crossover = StudyFacts(design="crossover trial", comparators=("sham",))
    assert comparison_of(said, said, crossover, "decreased") == "within_group"


@pytest.mark.parametrize(
    "said",
    [  # fictional: a change's size set against another's, in a controlled trial the other arm's
        "massage produced significantly greater gains in balance (p = 0.01)",
        "greater improvements in pain were seen with massage (p = 0.01)",
    ],
)
def test_a_greater_change_in_a_controlled_trial_is_against_the_other_arm(said: str) -> None:
    assert comparison_of(said, said, RCT, "increased") == "between_groups"
    assert (
        comparison_of(said, said, StudyFacts(design="pilot study", one_arm=True), "increased")
        == "within_group"
    )


def test_a_denied_change_going_on_from_an_opening_against_an_arm_is_against_that_arm() -> None:
    # fictional: the sentence sets its subject against sham; its later clause goes on with it
    sentence = "Compared with sham, reflexology reduced MFIS scores (p = 0.01) but did not change the EDSS"
    assert comparison_of("did not change the EDSS", sentence, RCT, "no_difference") == "between_groups"
    at_start = (
        "Compared with baseline, reflexology reduced MFIS scores (p = 0.01) but did not change the EDSS"
    )
    assert comparison_of("did not change the EDSS", at_start, RCT, "no_difference") == "within_group"
    alone = "Reflexology reduced MFIS scores compared with sham (p = 0.01); the EDSS did not change"
    assert comparison_of("the EDSS did not change", alone, RCT, "no_difference") == "within_group"
    # fictional: "but not in" an outcome goes on so too; "but not in" an arm is that arm's own
    listed = (
        "Compared with sham, the reflexology group had reductions in pain and fatigue, but not in depression"
    )
    assert comparison_of("not in depression", listed, RCT, "no_difference") == "between_groups"
    arms = arm_roles(VOCABULARY, ("reflexology",))
    in_arm = "Compared with usual care, pain decreased in the reflexology group but not in the sham group"
    assert comparison_of("not in the sham group", in_arm, RCT, "no_difference", arms) == "within_group"


@pytest.mark.parametrize(
    "said",
    [  # fictional: a span of time's two ends compared, in a trial or a study of one arm
        "there was no significant difference in pain scores between baseline and week 8",
        "pain scores did not differ between the start and the end of the programme",
    ],
)
def test_no_difference_between_the_start_and_a_later_time_is_over_time(said: str) -> None:
    assert (
        comparison_of(said, said, StudyFacts(design="pilot study", one_arm=True), "no_difference")
        == "within_group"
    )
    assert comparison_of(said, said, RCT, "no_difference") == "within_group"
    arms = "there was no significant difference in pain scores between massage and sham at week 8"
    assert comparison_of(arms, arms, RCT, "no_difference") == "between_groups"


@pytest.mark.parametrize(
    ("said", "comparison"),
    [  # fictional: one arm named with its lack of difference, before or after it, is that arm's own
        ("whereas in the wait-list group there was no significant difference", "within_group"),
        ("whereas no significant differences were found in the wait-list group", "within_group"),
        ("whereas there was no significant change in the wait-list group", "within_group"),
        ("but no difference was observed in the wait-list group", "within_group"),
        (
            "whereas no differences were found in the stretching group compared with the wait-list group",
            "between_groups",
        ),
    ],
)
def test_one_arms_lack_of_difference_is_within_it(said: str, comparison: str) -> None:
    assert comparison_of(said, said, RCT, "no_difference") == comparison


@pytest.mark.parametrize(
    "said",
    [  # fictional: "not different", like "did not differ", sets the arms side by side
        "anxiety scores were not different in the two groups",
        "anxiety scores were no different in the massage and sham groups",
    ],
)
def test_not_different_is_a_likeness_of_the_arms(said: str) -> None:
    assert comparison_of(said, said, RCT, "no_difference") == "between_groups"
    from_baseline = "anxiety scores were not different from baseline in the massage group"
    assert comparison_of(from_baseline, from_baseline, RCT, "no_difference") == "within_group"


@pytest.mark.parametrize(
    "said",
    [  # fictional: a likeness in a study of one arm is of its values before and after
        "pain scores did not differ between pre- and post-intervention",
        "pain scores were similar before and after the programme",
    ],
)
def test_a_likeness_in_a_study_of_one_arm_is_over_time(said: str) -> None:
    one_arm = StudyFacts(design="pilot study", one_arm=True)
    assert comparison_of(said, said, one_arm, "no_difference") == "within_group"
    alike = "pain scores were similar"
    assert comparison_of(alike, alike, one_arm, "no_difference") == "within_group"
    assert comparison_of(alike, alike, RCT, "no_difference") == "between_groups"


@pytest.mark.parametrize(
    "said",
    [  # fictional: a difference named alone, with no arms, in a study of one arm
        "the difference in systolic blood pressure was not significant",
        "there was no significant difference in heart rate (p = 0.41)",
    ],
)
def test_a_difference_named_alone_in_a_study_of_one_arm_is_over_time(said: str) -> None:
    one_arm = StudyFacts(design="non-randomized trial", one_arm=True)
    assert comparison_of(said, said, one_arm, "no_difference") == "within_group"
    two_arms = StudyFacts(design="randomized controlled trial", comparators=("usual care",))
    assert comparison_of(said, said, two_arms, "no_difference") == "between_groups"


def test_each_arms_values_before_and_after_respectively_with_no_test_are_within_each_arm() -> None:
    """Each arm's own change, side by side, tests neither against the other (fictional)."""
    said = "depression decreased from 18.2 to 11.4 and from 17.9 to 16.8 in the massage and control groups, respectively"
    assert comparison_of(said, said, RCT, "decreased") == "within_group"
    tested = said + " (p = 0.01)"
    assert comparison_of(tested, tested, RCT, "decreased") == "between_groups"
    levels = "depression was 11.4 and 16.8 in the massage and control groups, respectively"
    assert comparison_of(levels, levels, RCT, "decreased") == "between_groups"


@pytest.mark.parametrize("change", ["no_difference", "decreased"])
def test_two_values_side_by_side_in_a_study_of_one_arm_are_its_before_and_after(change: str) -> None:
    said = "sleep quality did not change (PSQI 9.1 vs 8.8, p = 0.55)"  # fictional
    one_arm = StudyFacts(design="pilot study", one_arm=True)
    assert comparison_of(said, said, one_arm, change) == "within_group"
    two_arms = StudyFacts(design="randomized controlled trial", comparators=("sham",))
    assert comparison_of(said, said, two_arms, change) == "between_groups"


def test_an_arm_named_as_its_condition_is_an_arm() -> None:
    # fictional: a trial's or a crossover's arm named "condition", as others are "group" or "arm"
    said = "anxiety increased in the waitlist condition (p = 0.02)"
    assert comparison_of(said, said, RCT, "increased") == "within_group"
    assert comparator_arm(said) == "waitlist"
    tested = "anxiety decreased in the yoga condition (p = 0.01)"
    assert comparison_of(tested, tested, RCT, "decreased") == "within_group"
    assert comparator_arm(tested) is None
    compared = "anxiety was lower in the massage condition than in the control condition (p = 0.02)"
    assert comparison_of(compared, compared, RCT, "decreased") == "between_groups"


def test_all_the_p_values_of_one_arm_name_no_other_arm() -> None:
    said = "no significant changes were observed in the control group (all p > 0.05)."  # fictional
    assert comparator_arm(said) == "control"
    assert comparator_arm("no significant changes were observed in both groups (p > 0.05).") is None


@pytest.mark.parametrize(
    ("clause", "arm"),
    [
        # fictional: the control arm named as the care it got, not the tested arm's own change
        ("fatigue did not change in the treatment-as-usual group.", "treatment-as-usual"),
        ("fatigue did not change in the treatment as usual group.", "treatment as usual"),
        ("anxiety rose in the routine care group (p = 0.04).", "routine care"),
    ],
)
def test_treatment_as_usual_and_routine_care_are_control_arms(clause: str, arm: str) -> None:
    assert comparator_arm(clause) == arm


@pytest.mark.parametrize(
    ("clause", "arm"),
    [
        # fictional: "balance improved in the Ai-Chi group, whereas ...": the other arm's lack of
        # change, its arm named bare as the subject, is that arm's own, not the tested arm's
        ("whereas the waiting list did not improve.", "waiting list"),
        ("while controls did not improve.", "controls"),
        ("whereas usual care did not improve it.", "usual care"),
        ("but the sham failed to improve balance.", "sham"),
        ("sham reflexology reduced anxiety slightly (p = 0.04).", "sham"),
    ],
)
def test_the_control_arm_set_apart_as_the_subject_of_no_change_is_its_own(clause: str, arm: str) -> None:
    assert comparator_arm(clause) == arm


def test_a_kind_of_control_arm_is_the_comparators() -> None:
    # fictional: a control arm named by what it gave, unless that word names the tested arm
    assert comparator_arm("pain decreased in the attention control group (p = 0.03)") == "attention control"
    assert comparator_arm("pain decreased in the education control group") == "education control"
    massage = arm_roles(VOCABULARY, ("massage",), "A fictional trial of massage")
    assert comparator_arm("pain did not change in the massage control group", massage) is None


def test_the_arm_a_trailing_but_not_names() -> None:
    # fictional: "pain fell with massage, but not with stretching": the second clause is stretching's
    assert comparator_arm("not with stretching.") == "stretching"
    assert comparator_arm("not by the stretching group") == "stretching"
    assert comparator_arm("not at 12 weeks") is None


@pytest.mark.parametrize(
    ("clause", "p_value", "reading"),
    [
        ("pain was 6.2 ± 1.1 before treatment and 3.1 ± 0.9 after 8 weeks", "p < 0.001", ("decreased", "improved")),
        ("pain was 6.2 before treatment and 5.9 after 8 weeks", "p = 0.41", ("no_difference", "no_difference")),
        ("pain was 6.2 before treatment and 3.1 after 8 weeks", None, None),
        ("pain was 6.2 before treatment and 3.1 after 8 weeks", "p = 0.05", None),
        ("pain was 6.2 in the massage group and 3.1 in the sham group", "p < 0.001", None),
        ("pain was 6.2 before and 3.1 after the intervention", "p < 0.001", ("decreased", "improved")),
        ("pain was 6.2 at baseline and 3.1 at week 6", "p < 0.001", ("decreased", "improved")),
        # both times named first, then each one's value
        ("mean pain before and after the intervention was 6.2 and 3.1, respectively", "p < 0.001", ("decreased", "improved")),
        ("mean pain before and after the intervention was 6.2 ± 1.0 and 3.1 ± 0.8", "p < 0.001", ("decreased", "improved")),
        ("mean pain before and after the intervention was 6.2 and 5.9, respectively", "p = 0.41", ("no_difference", "no_difference")),
        # each arm's two values: not one arm's
        ("pain before and after the intervention was 6.2 and 3.1 in group A and 6.0 and 5.9 in group B", "p < 0.001", None),
        ("pain before and after the intervention was 6.2 ± 1.1 and 3.1 ± 0.9, respectively", "p < 0.001", ("decreased", "improved")),
        ("pain at baseline and after 6 weeks were 6.2 and 6.1, respectively", "p = 0.62", ("no_difference", "no_difference")),
        ("pain pre- and post-intervention were 3.1 (1.0) and 5.2 (1.1), respectively", "p = 0.01", ("increased", "worsened")),
        ("pain in the massage and sham groups were 6.2 and 3.1, respectively", "p < 0.001", None),
    ],
)  # fmt: skip
def test_one_arms_value_before_and_after_treatment(
    clause: str, p_value: str | None, reading: tuple[str, str] | None
) -> None:
    # fictional sentences
    assert times_change(clause, PAIN, p_value) == reading


def test_the_comparator_arm_of_a_within_group_change() -> None:
    assert comparator_arm("whereas it increased with usual care") == "usual care"  # fictional
    assert comparator_arm("pain decreased after 8 weeks of usual care") == "usual care"  # fictional
    # fictional: the test of the arms' difference a clause quotes sets no arm against the one named
    assert comparator_arm("while it increased by 5% in controls (between-group p = 0.01)") == "control"
    assert comparator_arm("pain was lower with massage than with usual care") is None
    assert comparator_arm("it did not change in the sham group") == "sham"
    assert comparator_arm("it did not change with no treatment") == "no treatment"
    assert comparator_arm("with no effect on range of motion") is None  # a result, not an arm
    assert comparator_arm("pain fell in the massage group and the sham group") is None
    assert comparator_arm("pain fell in both the massage and the sham group") is None
    assert (
        comparator_arm("the pain score worsened in the control group but not in the massage group")
        == "control"
    )


def test_a_change_told_first_for_the_tested_arm_is_not_the_comparator_s() -> None:
    arms = arm_roles(VOCABULARY, ("massage",))
    said = "walking distance rose by 40 m after massage and fell by 8 m with usual care"  # fictional
    assert comparator_arm(said, arms) is None
    assert comparator_arm("walking distance fell by 8 m with usual care", arms) == "usual care"


def test_the_titles_arms_name_the_numbers_of_each_arm() -> None:
    arms = arm_roles(VOCABULARY, (), "Oral fictolan versus hypertonic saline for low sodium")
    pain = [DomainMatch("pain", "pain", 0, 4, "lower_is_better")]
    clause = "pain was 3.1 with saline and 2.2 with fictolan (p = 0.01)"  # fictional
    assert numbers_change(clause, arms, pain, "p = 0.01") == ("decreased", "improved")
    assert numbers_change(clause, arm_roles(VOCABULARY, ()), pain, "p = 0.01") is None  # arms not known


def test_the_arm_called_the_study_group_is_the_tested_one_where_its_first_word_alone_names_none() -> None:
    arms = arm_roles(VOCABULARY, ("Swedish massage",))
    for name in ("study", "trial", "test", "observation", "research"):
        clause = f"after treatment, pain was 3.1 in the {name} group and 5.2 in the control group (p = 0.03)"  # fictional
        assert numbers_change(clause, arms, PAIN, "p = 0.03") == ("decreased", "improved"), clause
    # "this study" and "the walk test" name no arm: one arm's number only, nothing compared
    clause = "in this study, pain was 3.1 in the control group (p = 0.03)"  # fictional
    assert numbers_change(clause, arms, PAIN, "p = 0.03") is None


def test_arms_in_brackets_in_order_name_the_values_set_one_against_the_other() -> None:
    arms = arm_roles(VOCABULARY, (), "Fictolan versus hypertonic saline for pain")
    for clause in (  # fictional
        "pain scores (fictolan vs saline) were 2.2 vs 3.1 (p = 0.01)",
        "pain (saline vs fictolan): 3.1 vs 2.2, p = 0.01",
    ):
        assert numbers_change(clause, arms, PAIN, "p = 0.01") == ("decreased", "improved"), clause
        assert numbers_change(clause, arms, PAIN, None) is None, clause  # untested: no reading
    assert numbers_change("pain (fictolan vs saline): 2.2 vs 3.1", arms, PAIN, "p = 0.41") == (
        "no_difference",
        "no_difference",
    )


def test_the_methods_randomized_arms_name_the_numbers_of_each_arm_where_the_title_does_not() -> None:
    methods = ["Adults were randomized to receive fictolan 20 mg or placebin (control group) for 8 weeks."]
    arms = arm_roles(VOCABULARY, (), "A fictional trial in adults with pain", methods)
    pain = [DomainMatch("pain", "pain", 0, 4, "lower_is_better")]
    clause = "pain was 3.1 with placebin and 2.2 with fictolan (p = 0.01)"  # fictional
    assert numbers_change(clause, arms, pain, "p = 0.01") == ("decreased", "improved")
    neither = ["Adults were randomized to receive fictolan or placebin for 8 weeks."]  # no arm says control
    assert numbers_change(clause, arm_roles(VOCABULARY, (), "", neither), pain, "p = 0.01") is None


def test_a_number_in_each_named_arm_with_a_non_significant_p_is_no_difference() -> None:
    unknown = arm_roles(VOCABULARY, ())
    for clause in (  # fictional
        "survival was 91% and 84% in the fictolan group and 93% and 86% in the saline group (p = 0.61)",
        "six patients (12%) in the early group and four (8%) in the late group had pain at day 10 (p = 0.48)",
    ):
        assert numbers_change(clause, unknown, PAIN, "p = 0.48") == ("no_difference", "no_difference"), clause
    # one arm's number only: nothing compared
    assert numbers_change("pain was 4.1 in the fictolan group (p = 0.48)", unknown, PAIN, "p = 0.48") is None


def test_people_who_fell_tell_no_fall_of_a_value() -> None:
    fell = [DomainMatch("other", "fell", 35, 39, "lower_is_better")]
    clause = (
        "11 patients (37%) in the massage group fell, compared with 2 (7%) in the control group"  # fictional
    )
    assert read_change(clause, clause, fell, "p = 0.01") is None  # the numbers tell, not the verb
    assert read_change(
        "pain fell in the massage group", "pain fell in the massage group", PAIN, "p = 0.01"
    ) == (
        "decreased",
        "improved",
    )


def test_less_than_the_comparator_is_a_decrease_and_less_than_a_figure_no_result() -> None:
    own = [DomainMatch("other", "morphine use", 0, 12, "lower_is_better")]
    clause = "morphine use with fictolan was 30% less than that of the control group (p < 0.001)"  # fictional
    assert read_change(clause, clause, own, "p < 0.001") == ("decreased", "improved")
    quantity = "morphine use was less than 5 mg in most patients"  # fictional
    assert read_change(quantity, quantity, own, None) is None
    # less than another named arm: which of the two is the comparator, the words do not say
    named = "morphine use in the LC group was less than in the RF group (p < 0.001)"  # fictional
    assert read_change(named, named, own, "p < 0.001") is None


@pytest.mark.parametrize(
    ("clause", "labels", "reading"),
    [  # fictional
        ("morphine use in group A was less than in group B (p < 0.001)", {"A": INT, "B": CMP}, ("decreased", "improved")),
        ("morphine use in the B group was less than in the A group (p < 0.001)", {"A": INT, "B": CMP}, ("increased", "worsened")),
        ("morphine use in group 2 was less than that of group 1 (p < 0.001)", {"1": CMP, "2": INT}, ("decreased", "improved")),
        ("morphine use in group B was more than in group A (p < 0.001)", {"A": INT, "B": CMP}, ("decreased", "improved")),
        ("morphine use in the A group was more than that of the B group (p < 0.001)", {"A": INT, "B": CMP}, ("increased", "worsened")),
        # labels the methods leave open: which was tested, nothing tells
        ("morphine use in group A was less than in group B (p < 0.001)", {}, ("unclear", "unclear")),
    ],
)  # fmt: skip
def test_less_or_more_than_in_a_labelled_arm_is_read_by_the_labels_roles(
    clause: str, labels: dict[str, str], reading: tuple[str, str]
) -> None:
    own = [DomainMatch("other", "morphine use", 0, 12, "lower_is_better")]
    assert read_change(clause, clause, own, "p < 0.001", labels) == reading


def test_an_estimate_quoted_for_the_exception_is_not_the_rules() -> None:
    own = [DomainMatch("other", "relapse", 39, 46, "lower_is_better")]
    clause = (  # fictional: the exception's estimate and p-value disagree, and are not relapse's
        "There was no significant difference in relapse between the arms, except for women "
        "(HR 0.87; 95% CI 0.56 to 1.63; p = 0.03)"
    )
    assert read_change(clause, clause, own, "p = 0.03") == ("no_difference", "no_difference")


def test_a_number_before_and_one_after_treatment_are_a_change_over_time() -> None:
    segment = (
        "pain in the fictolan group was 6.1 ± 1.2 before treatment and 3.4 ± 1.1 after 8 weeks"  # fictional
    )
    assert times_change(segment, PAIN, "p < 0.001") == ("decreased", "improved")
    assert times_change(segment, PAIN, "p = 0.31") == ("no_difference", "no_difference")
    assert times_change(segment, PAIN, None) is None  # no test of the change: no reading
    assert times_change("pain was 6.1 in one group and 3.4 in the other", PAIN, "p < 0.001") is None


@pytest.mark.parametrize(
    ("clause", "item", "shared"),
    [
        # fictional: the list's own verb, after it, says no difference
        (
            "reduction of pain, quality of life and mood was not significantly different",
            "quality of life",
            True,
        ),
        ("pain, fatigue and mood did not differ between the groups", "fatigue", True),
        ("pain, fatigue and mood improved, but sleep did not differ", "fatigue", False),
        ("pain fell, and fatigue was not different", "pain", False),
    ],
)
def test_an_item_shares_the_no_difference_its_list_states_after_it(
    clause: str, item: str, shared: bool
) -> None:
    assert listed_before_no_difference(clause, clause.index(item) + len(item)) == shared


@pytest.mark.parametrize(
    ("clause", "reading"),
    [
        # fictional: each arm's change, compared by one p-value
        ("pain decreased by 12 points with massage and by 2 points with sham (p = 0.003)", ("decreased", "improved")),
        ("pain decreased by 2 points with massage and by 12 points with sham (p = 0.003)", ("increased", "worsened")),
        ("pain rose by 3 points with massage and by 1 point with sham (p = 0.01)", ("increased", "worsened")),
        ("pain fell by 30% with massage and by 25% with sham (p = 0.41)", ("no_difference", "no_difference")),
        # a word that says only better or worse, and a size given as a mean
        ("pain improved by 2.1 points with massage and by 0.4 with sham (p = 0.01)", ("decreased", "improved")),
        ("pain improved by 0.4 points with massage and by 2.1 with sham (p = 0.01)", ("increased", "worsened")),
        ("pain worsened by 3 points with sham and by 1 point with massage (p = 0.01)", ("decreased", "improved")),
        ("pain fell by a mean of 2.1 points with massage and 0.4 with sham (p = 0.01)", ("decreased", "improved")),
        ("pain improved by 2.1 points with massage and by 0.4 with sham (p = 0.41)", ("no_difference", "no_difference")),
        # each arm's own p-value: two changes over time, not a comparison
        ("pain fell by 30% with massage (p = 0.01) and by 5% with sham (p = 0.40)", None),
    ],
)  # fmt: skip
def test_each_arms_change_compared_by_one_p_value(clause: str, reading: tuple[str, str] | None) -> None:
    arms = arm_roles(VOCABULARY, ("massage",))
    p_value = "p = 0.41" if "0.41" in clause else "p = 0.01"
    assert changes_compared(clause, arms, PAIN, p_value) == reading


@pytest.mark.parametrize(
    ("clause", "p_value"),
    [
        # fictional: a comparison's test told in words
        ("and this difference was significant", "p < 0.05"),
        ("the difference between groups was statistically significant", "p < 0.05"),
        ("The between-group difference was not significant", "p > 0.05"),
        ("but the difference did not reach significance", "p > 0.05"),
        ("the difference between the two groups failed to reach statistical significance", "p > 0.05"),
        ("pain was significantly reduced", None),  # a result, not the test of a difference
        # fictional: the test named, then what it showed of the groups
        (
            "The Mann-Whitney test showed a significant difference between the groups after the massage",
            "p < 0.05",
        ),
        ("the independent t-test showed no significant difference between the two groups", "p > 0.05"),
        # fictional: what the clause opens on, and the difference said after its start
        ("with no significant difference between the groups", "p > 0.05"),
        ("but difference was not significant", "p > 0.05"),
        ("pain fell by 2 points, and this difference was not significant", "p > 0.05"),
        # fictional: a model's test of the arms, said significant, opening the clause
        ("there was a significant group effect (p = 0.03)", "p < 0.05"),
        ("with a significant group x time interaction (p = 0.03)", "p < 0.05"),
    ],
)
def test_a_difference_said_significant_is_read_as_its_p_value(clause: str, p_value: str | None) -> None:
    assert significance_said(clause) == p_value


@pytest.mark.parametrize(
    ("clause", "denied"),
    [
        # fictional: the outcome denied the result before it
        ("whereas fatigue did not", True),
        ("but fatigue did not (p = 0.40)", True),
        ("while anxiety did not do so.", True),
        ("whereas fatigue did not change", False),  # a result of its own, read as such
        ("fatigue did not improve", False),
    ],
)
def test_an_outcome_that_did_not_either_is_told_apart(clause: str, denied: bool) -> None:
    assert not_either(clause) == denied


def test_a_hyphenated_arm_named_by_the_methods_is_read_word_by_word() -> None:
    """Fictional: "the wait-list group" is the arm the methods' "or a wait-list" names."""
    methods = ["Adults were randomized to aquatic exercise or a wait-list."]
    arms = arm_roles(VOCABULARY, (), "A fictional trial in adults with pain", methods)
    clause = "pain fell by 1 point in the wait-list group and by 3 points in the aquatic group (p = 0.01)"
    assert (arms("wait"), arms("aquatic")) == ("CMP", "INT")
    assert changes_compared(clause, arms, PAIN, "p = 0.01") == ("decreased", "improved")


def test_cases_set_against_controls_are_the_tested_arm() -> None:
    """Fictional: a trial that calls its arms cases and controls tests what the cases had; where
    no controls are named, "cases" names no arm ("in three cases")."""
    said = "Pain was 3.1 in cases vs. 4.2 in controls (p = 0.01)."
    arms = arm_roles(VOCABULARY, ("massage",), "A fictional trial of massage", [], said)
    assert (arms("cases"), arms("controls")) == ("INT", "CMP")
    assert numbers_change(said, arms, PAIN, "p = 0.01") == ("decreased", "improved")
    alone = arm_roles(
        VOCABULARY, ("massage",), "A fictional trial of massage", [], "Pain rose in three cases."
    )
    assert alone("cases") is None
    said = "Pain was 3.1 in the case group and 4.2 in the control group (p = 0.01)."
    arms = arm_roles(VOCABULARY, ("massage",), "A fictional trial of massage", [], said)
    assert numbers_change(said, arms, PAIN, "p = 0.01") == ("decreased", "improved")


@pytest.mark.parametrize("control_arm", [True, False])
def test_the_comparators_words_come_from_the_vocabulary_file(tmp_path: Path, control_arm: bool) -> None:
    """Fictional: "mock" names the comparator's numbers where the techniques file says it is the
    arm compared with."""
    arms = arm_roles(vocabulary_with_comparator(tmp_path, "pain", "mock", control_arm=control_arm), ("gel",))
    clause = "pain was 3.1 in the mock group and 2.2 in the gel group (p = 0.01)"
    assert numbers_change(clause, arms, PAIN, "p = 0.01") == (
        ("decreased", "improved") if control_arm else None
    )
    assert arms("mock") == ("CMP" if control_arm else None)
    assert arms("placebo") is None  # not a comparator of this vocabulary


@pytest.mark.parametrize(
    ("clause", "changed"),
    [
        # fictional: each arm's values before and after, the greater fall or the smaller rise
        ("pain fell from 5.1 to 3.2 in the massage group and from 5.0 to 4.8 in the sham group", "decreased"),
        ("pain fell from 6.1 ± 1.2 to 5.9 ± 1.4 with massage and from 6.0 ± 1.1 to 4.2 ± 1.3 with sham", "increased"),
        ("pain rose from 3 to 5 in the sham group and from 3 to 4 in the massage group", "decreased"),
        ("pain fell from 5 to 3 in both groups", None),
        ("pain fell from 5.1 to 3.2 in group A and from 5.0 to 4.8 in group B", None),  # arms not known
        # each arm named before its values
        ("pain in the sham group fell from 5.2 to 5.1 and in the massage group from 5.3 to 2.9", "decreased"),
        ("in the massage group pain fell from 5.2 to 5.1, and in the sham group, from 5.3 to 2.9", "increased"),
    ],
)  # fmt: skip
def test_how_the_intervention_changed_against_the_comparator_from_each_arms_values(
    clause: str, changed: str | None
) -> None:
    assert each_arm_changed(clause, arm_roles(VOCABULARY, ("massage",))) == changed


@pytest.mark.parametrize(
    ("clause", "changed"),
    [  # fictional
        ("anxiety fell from 45.1 to 28.0 in the massage group and from 44.0 to 41.3 in the usual care group", "decreased"),
        ("anxiety fell by 38% (45.1 to 28.0 in the massage group vs 44.0 to 41.3 in the usual care group)", "decreased"),
        # each arm's value with its interval: no values over time
        ("anxiety was 30.1 (95% CI 28.0 to 32.2) in the massage group and 41.3 (95% CI 39.0 to 43.6) in the usual care group", None),
        ("anxiety was 30.1 (28.0 to 32.2) in the massage group and 41.3 (39.0 to 43.6) in the usual care group", None),
        ("anxiety was 12 (range 8 to 15) in the massage group and 18 (range 14 to 22) in the usual care group", None),
    ],
)  # fmt: skip
def test_the_tested_arms_own_change_is_never_read_from_an_intervals_bounds(
    clause: str, changed: str | None
) -> None:
    assert own_change_of_tested_arm(clause, arm_roles(VOCABULARY, ("massage",))) == changed


@pytest.mark.parametrize(
    ("clause", "reading"),
    [  # fictional
        # each arm's values before and after, each with its own test: the tested arm's own change
        (
            "pain went from 6.2 to 3.1 in the massage group (p < 0.001) and from 6.0 to 5.4 in the "
            "usual care group (p = 0.12)",
            ("decreased", "improved", "p < 0.001"),
        ),
        (
            "pain went from 6.2 to 3.1 in the usual care group (p = 0.02) and from 6.0 to 5.9 in the "
            "massage group (p = 0.72)",
            ("no_difference", "no_difference", "p = 0.72"),
        ),
        # one test for both: the arms compared, not each arm's own change
        ("pain went from 6.2 to 3.1 in the massage group and from 6.0 to 5.4 in the usual care group (p = 0.01)", None),
        # one arm only
        ("pain went from 6.2 to 3.1 in the massage group (p < 0.001)", None),
    ],
)  # fmt: skip
def test_each_arm_tested_against_its_own_start_gives_the_tested_arms_change(
    clause: str, reading: tuple[str, str, str] | None
) -> None:
    assert each_arm_tested_from_to(clause, arm_roles(VOCABULARY, ("massage",)), PAIN) == reading


@pytest.mark.parametrize(
    ("clause", "first"),
    [
        # fictional: the study's own comparator as the subject, set against the intervention
        ("relaxation led to a greater improvement in sleep quality than reflexology", True),
        ("the relaxation group slept longer than those in the reflexology group", True),
        ("reflexology led to a greater improvement in sleep quality than relaxation", False),
        ("relaxation intensity plays a role, and sleep improved more than expected", False),
        ("sleep improved more in the relaxation group compared with the reflexology group", True),
        ("sleep improved more in the reflexology group compared with the relaxation group", False),
        ("sleep improved more with relaxation than with the control treatment", False),
        # a control arm as the subject is read by the control-arm patterns
        ("sham led to a greater improvement in sleep quality than reflexology", False),
        # the arm set against opens the clause: the subject after it is the arm whose result is told
        ("compared with reflexology, relaxation led to a greater improvement in sleep quality", True),
        ("compared with the reflexology group, the relaxation group slept longer", True),
        ("compared with the relaxation group, the reflexology group slept longer", False),
        ("in comparison with relaxation, sleep improved more with reflexology", False),
    ],
)
def test_an_active_comparator_as_the_subject_of_a_comparison(clause: str, first: bool) -> None:
    arms = arm_roles(VOCABULARY, ("reflexology",))
    assert active_comparator_first(clause, frozenset({"relaxation"}), arms) == first


@pytest.mark.parametrize(
    ("clause", "against_control"),
    [
        # fictional: the study's active comparator named as an arm, set against control
        ("exercise alone improved balance (p = 0.02 vs control)", True),
        ("balance improved in the exercise group compared with the control group", True),
        ("balance improved in the reflexology group compared with the control group", False),
        # a word of both arms' treatment, not an arm
        ("exercise in a cooler room increased strength compared to standard room temperature", False),
        # the active comparator ranked, as the subject, against control
        ("exercise was more effective than the control treatment for balance (p = 0.01)", True),
        ("exercise was significantly better than control for balance", True),
        ("reflexology was more effective than the control treatment for balance (p = 0.01)", False),
    ],
)
def test_an_active_comparator_against_control(clause: str, against_control: bool) -> None:
    arms = arm_roles(VOCABULARY, ("reflexology",))
    assert active_comparator_against_control(clause, frozenset({"exercise"}), arms) == against_control


@pytest.mark.parametrize(
    ("clause", "against_control"),
    [
        # fictional: exercise randomized as an arm of its own beside reflexology and a control arm
        ("the exercise group showed improved balance compared with controls", False),
        ("exercise alone improved balance (p = 0.02 vs control)", False),
        # the tested arm named too: what exercise did beside it is not exercise's own finding
        ("balance improved in the exercise group compared with the control group, unlike reflexology", True),
        # "only" of the other arm says the tested arm did not
        ("only the exercise group showed improved balance compared with controls", True),
    ],
)
def test_an_active_arm_of_its_own_against_control_is_its_own_result(
    clause: str, against_control: bool
) -> None:
    arms = arm_roles(VOCABULARY, ("reflexology",))
    exercise = frozenset({"exercise"})
    assert active_comparator_against_control(clause, exercise, arms, own_arms=exercise) == against_control


@pytest.mark.parametrize(
    ("clause", "unsaid"),
    [
        # fictional
        ("there was a significant difference in fatigue between the two groups (p < 0.001)", True),
        ("the groups differed significantly in fatigue", True),
        ("a significant group by time interaction was found for fatigue (p = 0.01)", True),
        ("significant group x time interactions were found for fatigue and balance", True),
        ("no significant group x time interaction for fatigue", False),
        ("fatigue was significantly lower in the massage group", False),  # the way is said
        ("there was no significant difference in fatigue between the groups", False),
        ("fatigue differed significantly from baseline", False),  # no arms set against each other
        ("only the FIM differed between groups (p = 0.02)", True),
        ("the FIM did not differ between groups (p = 0.42)", False),
        ("the changes in pain differed between the 2 treatments by 3.3 points (p < 0.001)", True),
        ("pain intensity differed significantly between the two interventions (p = 0.01)", True),
        ("pain scores differed between conditions (p = 0.02)", True),
        ("pain scores did not differ between conditions (p = 0.62)", False),
        ("between-group comparison showed a significant difference in pain (p = 0.002)", True),
        ("there was a significant between-group difference in pain (p = 0.01)", True),
        ("there was no significant between-group difference in pain", False),
        ("massage had a significant effect on fatigue (p = 0.01)", True),
        ("massage had no significant effect on fatigue (p = 0.41)", False),
        ("the difference between the two groups in fatigue was significant (p = 0.01)", True),
        ("the between-group difference in fatigue was statistically significant", True),
        ("the difference between the groups in fatigue was not significant", False),
        # one arm's values before and after (``differed_over_time``)
        (
            "the difference between pre-test and post-test fatigue scores of the massage group was significant",
            True,
        ),
        ("the difference between fatigue scores before and after the intervention was significant", True),
        ("fatigue changed significantly in the massage group (p = 0.01)", True),
        ("no significant change in fatigue was found in the control group", False),
    ],
)
def test_arms_said_to_differ_without_the_way(clause: str, unsaid: bool) -> None:
    assert differed_unsaid(clause) == unsaid


def test_an_active_comparator_named_by_the_title_is_still_the_comparator() -> None:
    """Fictional: in "Massage versus exercise" exercise is the title's second arm."""
    arms = arm_roles(VOCABULARY, ("massage",), "Massage versus exercise for balance: a fictional trial")
    clause = "balance improved significantly in the exercise group compared with the massage group"
    assert active_comparator_first(clause, frozenset({"exercise"}), arms)
    assert not active_comparator_first(
        clause.replace("exercise", "X").replace("massage", "exercise"), frozenset({"exercise"}), arms
    )


@pytest.mark.parametrize(
    ("clause", "first"),
    [
        # fictional: a crossover of massage and rest, the control condition compared first
        ("rigidity decreased more after rest than after massage", True),
        ("the rest condition reduced rigidity more than massage did", True),
        ("after rest, rigidity was higher than after massage", True),
        ("rigidity decreased more after massage than after rest", False),
        # "pain at rest" is a measure, not the arm the comparative holds for
        ("pain at rest decreased more after massage than after the rest condition", False),
        ("pain at rest was lower after rest than after massage", True),
        # a control arm the control-arm patterns read already is not turned twice
        ("pain decreased more after placebo than after massage", False),
    ],
)
def test_a_control_condition_as_the_arm_a_comparative_holds_for(clause: str, first: bool) -> None:
    arms = arm_roles(VOCABULARY, ("massage",))
    assert control_condition_first(clause, arms, VOCABULARY.control_arm_words) == first


@pytest.mark.parametrize(
    ("clause", "alike"),
    [
        # fictional: one arm did as much as the other
        ("physiotherapy alone improved motor function as much as the combined program", True),
        ("the combined program improved motor function as much as physiotherapy alone", True),
        ("motor function improved as much with physiotherapy alone as with the combined program", True),
        ("massage reduced pain as effectively as usual care", True),
        # the size of a change, not two arms alike
        ("pain decreased by as much as 40% with massage", False),
        ("massage reduced pain by as much as the usual care group", False),
        ("pain fell with massage, as much as 3 points", False),
        ("massage reduced pain as much as possible", False),
        # non-inferiority, read apart
        ("massage reduced pain at least as much as usual care", False),
    ],
)
def test_one_arm_doing_as_much_as_another_is_alike(clause: str, alike: bool) -> None:
    assert alike_to_an_arm(clause, arm_roles(VOCABULARY, ("massage",))) == alike


def test_an_outcome_opening_its_clause_with_not_is_set_aside() -> None:
    """Fictional clauses: in "massage reduced anxiety (p = 0.01) but not fatigue (p = 0.42)" the
    clauses divide at "but", and the second is fatigue's lack of change."""
    fatigue = [DomainMatch("fatigue", "fatigue", 4, 11, "lower_is_better")]
    clause = "not fatigue (p = 0.42)."
    assert read_change(clause, clause, fatigue, "p = 0.42") == ("no_difference", "no_difference")
    clause = "notably fatigue decreased (p = 0.01)."  # a word that only opens with "not"
    fatigue = [DomainMatch("fatigue", "fatigue", 8, 15, "lower_is_better")]
    assert read_change(clause, clause, fatigue, "p = 0.01") == ("decreased", "improved")


def test_an_outcome_that_did_not_is_no_change() -> None:
    """Fictional clauses: "..., whereas fatigue did not (p = 0.42)" is fatigue's lack of the change
    the clause before told; "notably" is no "not"."""
    fatigue = [DomainMatch("fatigue", "fatigue", 0, 7, "lower_is_better")]
    for clause in ("fatigue did not (p = 0.42).", "fatigue did not."):
        assert read_change(clause, clause, fatigue, None) == ("no_difference", "no_difference"), clause
    clause = "fatigue was notably lower with massage than with usual care (p = 0.01)."
    assert read_change(clause, clause, fatigue, "p = 0.01") == ("decreased", "improved")


def test_a_short_name_for_the_control_arm_alone_is_the_comparators() -> None:
    """Fictional: "treatment as usual (TAU)" names the control arm, though its first word is one of
    the words that name the tested arm ("treatment"); "yoga plus usual care (YUC)" is the tested arm."""
    short = {"tau": "treatment as usual", "wl": "the waiting list group", "yuc": "yoga plus usual care"}
    arms = arm_roles(VOCABULARY, ("yoga",), "A fictional trial of yoga", short_names=short)
    assert (arms("tau"), arms("wl")) == ("CMP", "CMP")
    assert arms("yuc") != "CMP"


def test_which_of_two_short_named_arms_set_against_each_other_was_tested() -> None:
    """Fictional: "LC" stands for the title's comparator; "FW" is then the arm tested."""
    title = "Fictowave versus laser plus cold therapy for knee pain"
    short = {"lc": "laser plus cold therapy", "fw": ""}
    arms = arm_roles(VOCABULARY, (), title, short_names=short)
    assert (arms("lc"), arms("fw")) == ("CMP", None)
    names = frozenset(short)
    assert short_named_first("pain fell more in the LC group than in the FW group", names, arms) == "flipped"
    assert short_named_first("pain fell more in the FW group than in the LC group", names, arms) == "as read"
    unknown = arm_roles(VOCABULARY, (), "A fictional trial in knee pain", short_names=short)
    assert (
        short_named_first("pain fell more in the LC group than in the FW group", names, unknown) == "unclear"
    )
    assert short_named_first("pain fell in the LC group", names, arms) is None  # nothing set against
    # the arm set against opens the clause: the subject after it is the one whose result is told
    assert (
        short_named_first("compared with the FW group, the LC group had lower pain", names, arms) == "flipped"
    )
    assert (
        short_named_first("compared with the LC group, the FW group had lower pain", names, arms) == "as read"
    )
    assert short_named_first("Compared with LC, FW resulted in lower pain", names, arms) == "as read"
    assert (
        short_named_first("compared with the LC group, the FW group had lower pain", names, unknown)
        == "unclear"
    )
    # one arm named with a comparative: lower than the other arm, whichever that one is
    assert short_named_first("pain was lower in the LC group", names, arms) == "flipped"
    assert short_named_first("the FW group had lower pain", names, arms) == "as read"
    assert short_named_first("pain was lower in the FW group", names, unknown) == "unclear"


def _own(clause: str, measure: str, polarity: str) -> list[DomainMatch]:
    start = clause.index(measure)
    return [DomainMatch(measure, measure, start, start + len(measure), polarity)]


@pytest.mark.parametrize(
    ("clause", "measure", "polarity", "reading"),
    [  # fictional: words of a rise say more of what they name, good or bad, not a betterment
        ("pain was enhanced in the massage group", "pain", "lower_is_better", ("increased", "worsened")),
        ("massage enhanced pain compared with usual care", "pain", "lower_is_better", ("increased", "worsened")),
        ("massage enhanced strength compared with usual care", "strength", "higher_is_better", ("increased", "improved")),
        ("anxiety was augmented with massage", "anxiety", "lower_is_better", ("increased", "worsened")),
        ("massage augmented strength", "strength", "higher_is_better", ("increased", "improved")),
        ("massage intensified fatigue", "fatigue", "lower_is_better", ("increased", "worsened")),
        ("fatigue intensified with massage", "fatigue", "lower_is_better", ("increased", "worsened")),
        ("anxiety was heightened with massage", "anxiety", "lower_is_better", ("increased", "worsened")),
        ("sleep quality was heightened with massage", "sleep quality", "higher_is_better", ("increased", "improved")),
        ("massage boosted anxiety", "anxiety", "lower_is_better", ("increased", "worsened")),
        ("massage boosted quality of life", "quality of life", "higher_is_better", ("increased", "improved")),
        ("massage caused an augmentation of strength", "strength", "higher_is_better", ("increased", "improved")),
        ("massage caused an intensification of fatigue", "fatigue", "lower_is_better", ("increased", "worsened")),
        # worsening words: more of a harm, less of a good thing
        ("massage exacerbated sleep quality", "sleep quality", "higher_is_better", ("decreased", "worsened")),
        ("pain was aggravated with massage", "pain", "lower_is_better", ("increased", "worsened")),
    ],
)  # fmt: skip
def test_a_word_of_a_rise_is_read_through_the_good_side_of_what_it_names(
    clause: str, measure: str, polarity: str, reading: tuple[str, str]
) -> None:
    assert read_change(clause, clause, _own(clause, measure, polarity), None) == reading


@pytest.mark.parametrize(
    ("clause", "measure", "polarity", "reading"),
    [  # fictional: words of a lessening say less of what they name, good or bad
        ("massage attenuated pain", "pain", "lower_is_better", ("decreased", "improved")),
        ("strength was attenuated with massage", "strength", "higher_is_better", ("decreased", "worsened")),
        ("fatigue was mitigated with massage", "fatigue", "lower_is_better", ("decreased", "improved")),
        ("massage lessened anxiety", "anxiety", "lower_is_better", ("decreased", "improved")),
        ("massage lessened strength", "strength", "higher_is_better", ("decreased", "worsened")),
        ("massage caused an attenuation of pain", "pain", "lower_is_better", ("decreased", "improved")),
        ("massage caused a diminution of strength", "strength", "higher_is_better", ("decreased", "worsened")),
        # the noun first, then how large it was: the noun says which way
        ("attenuation of pain was greater with massage than with sham", "pain", "lower_is_better", ("decreased", "improved")),
        ("mitigation of pain was greater with massage than with sham", "pain", "lower_is_better", ("decreased", "improved")),
        ("pain attenuation was greater with massage than with sham", "pain", "lower_is_better", ("decreased", "improved")),
        ("anxiety relief was greater with massage than with sham", "anxiety", "lower_is_better", ("decreased", "improved")),
        ("fatigue alleviation was significantly greater with massage than with sham", "fatigue", "lower_is_better", ("decreased", "improved")),
        ("strength loss was greater with massage than with sham", "strength", "higher_is_better", ("decreased", "worsened")),
        # a lessening said to be smaller is a smaller benefit: unclear, never the outcome worsened
        ("attenuation of pain was smaller with massage than with sham", "pain", "lower_is_better", ("unclear", "unclear")),
        ("alleviation of pain was smaller with massage than with sham", "pain", "lower_is_better", ("unclear", "unclear")),
        ("anxiety relief was smaller with massage than with sham", "anxiety", "lower_is_better", ("unclear", "unclear")),
        # a comparative, then the noun: the noun says which way, the comparative how much
        ("massage produced greater attenuation of pain than sham", "pain", "lower_is_better", ("decreased", "improved")),
        ("massage produced greater alleviation of pain than sham", "pain", "lower_is_better", ("decreased", "improved")),
        ("massage produced less alleviation of pain than sham", "pain", "lower_is_better", ("unclear", "unclear")),
        ("massage produced smaller reductions in pain than sham", "pain", "lower_is_better", ("unclear", "unclear")),
        ("massage gave less pain relief than sham", "pain relief", "higher_is_better", ("unclear", "unclear")),
        ("massage gave more pain relief than sham", "pain relief", "higher_is_better", ("increased", "improved")),
        ("massage produced less deterioration of strength than sham", "strength", "higher_is_better", ("increased", "improved")),
        ("massage produced greater amelioration of fatigue than sham", "fatigue", "lower_is_better", ("decreased", "improved")),
        ("massage produced greater attenuation of strength than sham", "strength", "higher_is_better", ("decreased", "worsened")),
        # not a lessening: a vaccine's name, a scan's measure
        ("those given live attenuated vaccine had more pain", "pain", "lower_is_better", ("increased", "worsened")),
        # a lessening of another thing's effect on the outcome gives it no way
        ("massage attenuated the impact of pain on sleep quality", "sleep quality", "higher_is_better", None),
        ("massage mitigated the effects of heat on fatigue", "fatigue", "lower_is_better", None),
        ("massage reduced the impact of pain on sleep quality", "sleep quality", "higher_is_better", None),
        ("massage enhanced the effect of heat on strength", "strength", "higher_is_better", None),
    ],
)  # fmt: skip
def test_a_word_of_a_lessening_is_read_through_the_good_side_of_what_it_names(
    clause: str, measure: str, polarity: str, reading: tuple[str, str] | None
) -> None:
    assert read_change(clause, clause, _own(clause, measure, polarity), None) == reading


@pytest.mark.parametrize(
    ("clause", "measure", "polarity", "reading"),
    [  # fictional: a change held back leaves the outcome the other way from the change named
        ("massage attenuated the increase in pain", "pain", "lower_is_better", ("decreased", "improved")),
        ("massage reduced the increase in pain", "pain", "lower_is_better", ("decreased", "improved")),
        ("massage blunted the increase in anxiety", "anxiety", "lower_is_better", ("decreased", "improved")),
        ("massage prevented the decline in strength", "strength", "higher_is_better", ("increased", "improved")),
        ("massage attenuated the decline in strength", "strength", "higher_is_better", ("increased", "improved")),
        ("massage alleviated the decline in quality of life", "quality of life", "higher_is_better", ("increased", "improved")),
        ("massage limited the decline in strength", "strength", "higher_is_better", ("increased", "improved")),
        ("massage mitigated the worsening of fatigue", "fatigue", "lower_is_better", ("decreased", "improved")),
        ("the increase in anxiety was blunted with massage", "anxiety", "lower_is_better", ("decreased", "improved")),
        ("the decline in strength was attenuated with massage", "strength", "higher_is_better", ("increased", "improved")),
        # a change not held back is read as it is named
        ("the increase in anxiety was greater with massage", "anxiety", "lower_is_better", ("increased", "worsened")),
        ("massage produced a slow increase in pain", "pain", "lower_is_better", ("increased", "worsened")),
        # a benefit to a lesser extent than the comparator's is still a benefit: unclear
        ("fatigue was reduced to a lesser extent with massage than with sham", "fatigue", "lower_is_better", ("unclear", "unclear")),
    ],
)  # fmt: skip
def test_a_change_held_back_is_read_the_other_way(
    clause: str, measure: str, polarity: str, reading: tuple[str, str]
) -> None:
    assert read_change(clause, clause, _own(clause, measure, polarity), None) == reading


@pytest.mark.parametrize(
    ("clause", "measure", "polarity", "reading"),
    [  # fictional: a fall, a drop or a loss held back leaves more of the outcome
        ("reflexology prevented the fall in sleep quality", "sleep quality", "higher_is_better", ("increased", "improved")),
        ("massage halted the drop in strength", "strength", "higher_is_better", ("increased", "improved")),
        ("massage prevented the loss of strength", "strength", "higher_is_better", ("increased", "improved")),
        # what was held back is not the outcome's own change: no reading
        ("massage prevented the loss of 2 points in balance", "balance", "higher_is_better", None),
    ],
)  # fmt: skip
def test_a_fall_held_back_is_read_the_other_way(
    clause: str, measure: str, polarity: str, reading: tuple[str, str] | None
) -> None:
    assert read_change(clause, clause, _own(clause, measure, polarity), None) == reading


@pytest.mark.parametrize(
    ("clause", "measure", "polarity"),
    [  # fictional: a change the treatment did not hold back is no difference, never the other way
        ("reflexology did not prevent the rise in anxiety", "anxiety", "lower_is_better"),
        ("massage did not attenuate the increase in pain", "pain", "lower_is_better"),
        ("massage did not slow the decline in strength", "strength", "higher_is_better"),
        ("massage does not significantly limit the worsening of fatigue", "fatigue", "lower_is_better"),
    ],
)  # fmt: skip
def test_a_change_not_held_back_is_no_difference(clause: str, measure: str, polarity: str) -> None:
    assert read_change(clause, clause, _own(clause, measure, polarity), None) == (
        "no_difference",
        "no_difference",
    )


@pytest.mark.parametrize(
    ("clause", "measure", "polarity", "reading"),
    [  # fictional: the verb before a list holds back the change a later item names
        ("reflexology attenuated heart rate and the increase in anxiety", "anxiety", "lower_is_better", ("decreased", "improved")),
        ("massage reduced pain scores and the rise in anxiety after surgery", "anxiety", "lower_is_better", ("decreased", "improved")),
        ("massage reduced pain, the increase in anxiety and the decline in sleep quality", "sleep quality", "higher_is_better", ("increased", "improved")),
        ("massage prevented muscle loss (p = 0.01) and the decline in strength", "strength", "higher_is_better", ("increased", "improved")),
        # an item with a verb of its own is read as it is named
        ("massage reduced pain and the increase in anxiety was greater in the control group", "anxiety", "lower_is_better", ("increased", "worsened")),
    ],
)  # fmt: skip
def test_a_change_named_later_in_a_list_is_held_back_by_the_lists_verb(
    clause: str, measure: str, polarity: str, reading: tuple[str, str]
) -> None:
    assert read_change(clause, clause, _own(clause, measure, polarity), None) == reading


@pytest.mark.parametrize(
    ("clause", "measure", "polarity", "reading"),
    [  # fictional: a word of a rise or a lessening that names a treatment is no change of the outcome
        ("enhanced recovery reduced pain", "pain", "lower_is_better", ("decreased", "improved")),
        ("the enhanced massage programme reduced pain", "pain", "lower_is_better", ("decreased", "improved")),
        ("augmented reality training reduced anxiety", "anxiety", "lower_is_better", ("decreased", "improved")),
        ("intensified therapy lowered fatigue", "fatigue", "lower_is_better", ("decreased", "improved")),
        ("those with attenuated psychosis had higher anxiety", "anxiety", "lower_is_better", ("increased", "worsened")),
        # the same words said of the outcome are its change
        ("massage enhanced pain", "pain", "lower_is_better", ("increased", "worsened")),
        ("anxiety was heightened with massage therapy", "anxiety", "lower_is_better", ("increased", "worsened")),
    ],
)  # fmt: skip
def test_a_word_of_change_naming_a_treatment_is_not_the_outcomes_change(
    clause: str, measure: str, polarity: str, reading: tuple[str, str]
) -> None:
    assert read_change(clause, clause, _own(clause, measure, polarity), None) == reading


@pytest.mark.parametrize(
    ("clause", "measure", "polarity", "reading"),
    [  # fictional: the same words in the present, and as nouns
        ("massage enhances pain", "pain", "lower_is_better", ("increased", "worsened")),
        ("massage boosts quality of life", "quality of life", "higher_is_better", ("increased", "improved")),
        ("massage heightens anxiety", "anxiety", "lower_is_better", ("increased", "worsened")),
        ("massage augments strength", "strength", "higher_is_better", ("increased", "improved")),
        ("massage intensifies fatigue", "fatigue", "lower_is_better", ("increased", "worsened")),
        ("massage aggravates sleep quality", "sleep quality", "higher_is_better", ("decreased", "worsened")),
        ("massage caused a boost in quality of life", "quality of life", "higher_is_better", ("increased", "improved")),
        ("massage caused an aggravation of fatigue", "fatigue", "lower_is_better", ("increased", "worsened")),
        # a rise of another thing's effect says nothing of the outcome's way
        ("massage enhanced the analgesic effect of heat on pain", "pain", "lower_is_better", None),
    ],
)  # fmt: skip
def test_a_word_of_a_rise_in_the_present_or_as_a_noun(
    clause: str, measure: str, polarity: str, reading: tuple[str, str] | None
) -> None:
    assert read_change(clause, clause, _own(clause, measure, polarity), None) == reading


@pytest.mark.parametrize(
    ("clause", "reading"),
    [  # fictional: the control arm's comparative set against its own start, or against the other arm
        ("compared with baseline, the usual care group had lower pain", ("decreased", "improved")),
        ("relative to baseline, the sham group had higher pain", ("increased", "worsened")),
        ("the control group had lower pain than before treatment", ("decreased", "improved")),
        ("compared with baseline, the sham group had higher pain than the massage group", ("decreased", "improved")),
        ("the sham group had higher pain", ("decreased", "improved")),
        # the control arm's people, named as the clause opens
        ("placebo recipients had higher pain", ("decreased", "improved")),
        ("sham patients had lower pain than massage patients", ("increased", "worsened")),
        # or by what its people were given, or where they were
        ("participants who continued their usual care reported more pain than those who trained", ("decreased", "improved")),
        ("patients in the control group had lower pain than those who danced", ("increased", "worsened")),
        ("pain was higher in those receiving usual care than in those who swam", ("decreased", "improved")),
        ("pain was higher than in those receiving usual care", ("increased", "worsened")),
        ("those who kept their usual activities had more pain than the dancers", ("decreased", "improved")),
        ("pain was higher in those who did not dance than in the dancers", ("decreased", "improved")),
        ("patients who did not respond had higher pain than responders", ("increased", "worsened")),  # no arm
        # or as the arm the result was measured in, opening the clause
        ("among controls, pain was higher than among those who swam", ("decreased", "improved")),
    ],
)  # fmt: skip
def test_the_control_arms_comparative_is_turned_round_only_against_another_arm(
    clause: str, reading: tuple[str, str]
) -> None:
    assert read_change(clause, clause, PAIN, None) == reading


@pytest.mark.parametrize(
    ("clause", "reading"),
    [  # fictional crossover trials: the comparator's period's change, set against the tested one's
        ("pain increased during the sham period compared with the massage period", ("decreased", "improved")),
        ("pain decreased during the control phase relative to the massage phase", ("increased", "worsened")),
        ("pain decreased during the massage period compared with the sham period", ("decreased", "improved")),
    ],
)  # fmt: skip
def test_the_control_period_s_change_in_a_crossover_is_turned_round(
    clause: str, reading: tuple[str, str]
) -> None:
    assert read_change(clause, clause, PAIN, None) == reading


@pytest.mark.parametrize(
    ("clause", "reading"),
    [  # fictional crossover trials: the time on each treatment told by "while taking" or "while on"
        ("pain was higher while taking placebo than while taking fictolan", ("decreased", "improved")),
        ("pain was higher while on placebo than while on fictolan", ("decreased", "improved")),
        ("pain was lower while taking fictolan than while taking placebo", ("decreased", "improved")),
    ],
)
def test_the_time_on_the_control_arm_said_while_taking_it_is_turned_round(
    clause: str, reading: tuple[str, str]
) -> None:
    assert read_change(clause, clause, PAIN, "p = 0.01") == reading


def test_the_comparator_arm_is_not_the_arm_said_not_to_change() -> None:
    # fictional: "with no change in the X group" names the arm that did not change
    assert comparator_arm("pain fell after massage, with no change in the sham group") is None
    assert comparator_arm("pain fell with usual care, without significant change in the massage group") == (
        "usual care"
    )
    assert comparator_arm("pain fell in the sham group without any change in the massage group") == "sham"


def test_the_comparator_arm_named_by_its_people() -> None:
    # fictional
    assert comparator_arm("the control patients had lower pain than at baseline") == "control"
    assert comparator_arm("pain decreased among placebo recipients") == "placebo"
    assert comparator_arm("pain was lower than in control participants") is None
    # or by what they were given
    assert comparator_arm("those receiving usual care reported more pain than at baseline") == "usual care"
    assert comparator_arm("pain rose in those who continued their usual care") == "usual care"
    assert comparator_arm("it increased among those who received usual care") == "usual care"
    assert comparator_arm("it rose among participants allocated to the wait-list") == "wait-list"
    # an arm set against its own start names it, as one set against no arm does
    assert comparator_arm("among controls, pain was worse than at baseline") == "control"
    assert comparator_arm("pain was worse than before treatment in the controls") == "control"
    assert comparator_arm("among controls, pain was worse than among the massage participants") is None
    # or as the people not given the treatment (not those who left it unfinished)
    assert comparator_arm("while it increased in those who did not exercise") == "control"
    assert comparator_arm("it increased in those who did not complete the programme") is None
    assert comparator_arm("while it rose in participants on the wait-list") == "wait-list"
    assert comparator_arm("while it rose in those waiting for treatment") == "control"
    assert comparator_arm("pain fell compared with healthy control subjects") is None
    assert comparator_arm("pain fell from baseline, and no further patients withdrew") is None


def test_the_comparator_arm_named_as_the_group_of_the_studys_own_comparator() -> None:
    def arms(word: str) -> str | None:  # fictional: massage against home exercise
        return {"massage": "INT", "home": "CMP", "exercise": "CMP"}.get(word)

    assert comparator_arm("pain fell in the home exercise group", arms) == "home exercise"
    assert comparator_arm("pain fell in the massage group", arms) is None
    assert comparator_arm("pain fell in the older group", arms) is None  # no arm this study names
    assert comparator_arm("pain fell in the home exercise-only group", arms) == "home exercise only"
    assert comparator_arm("pain fell in the massage-only group", arms) is None
    # the tested arm named bare before another arm's change: the change is the tested arm's
    assert comparator_arm("pain fell with massage, with a rise in the home exercise group", arms) is None
    assert comparator_arm("pain fell in the home exercise group") is None  # the arms not told
    assert comparator_arm("pain fell with exercise", arms) == "exercise"
    assert comparator_arm("pain fell after massage with exercise", arms) is None  # the tested arm's too
    assert comparator_arm("pain fell more with exercise", arms) is None  # compared


@pytest.mark.parametrize(
    "clause",
    [  # fictional: a start of the study, not an arm, set against
        "pain was lower in the massage group compared with the beginning of treatment",
        "pain was lower in the massage group than at study entry",
        "pain was lower in the massage group compared with the run-in period",
    ],
)
def test_a_change_against_the_beginning_is_within_the_group(clause: str) -> None:
    assert comparison_of(clause, clause, RCT, "decreased") == "within_group"


@pytest.mark.parametrize(
    ("clause", "comparison"),
    [  # fictional: the times of assessment as T0, T1, T2, the first of them the start
        ("spasticity decreased significantly between T0 and T2 (p = 0.02)", "within_group"),
        ("spasticity was significantly lower at T2 than at T1 (p = 0.02)", "within_group"),
        ("spasticity at T1 was significantly lower compared with T0 (p = 0.02)", "within_group"),
        # a span between two later times, neither of them the start
        ("walking speed rose significantly from T1 to T2 (p = 0.004)", "within_group"),
        ("the 2-minute walk increased between T2 and T3 (p = 0.03)", "within_group"),
        ("gait endurance increased from week 2 to week 10 (p = 0.01)", "within_group"),
        # an arm labelled so, set against without "at", may be an arm
        (
            "spasticity was significantly lower at T2 in the stretching group than in controls",
            "between_groups",
        ),
    ],
)
def test_times_of_assessment_by_their_codes_are_over_time(clause: str, comparison: str) -> None:
    assert comparison_of(clause, clause, RCT, "decreased") == comparison


def test_an_arm_set_in_contrast_is_not_the_one_that_changed() -> None:
    # fictional: the arm that did not change, named in contrast with the one that did
    assert comparator_arm("unlike the control group, the stretching group improved in pain") is None
    assert comparator_arm("in contrast to the wait-list group, pain fell in the stretching group") is None
    assert comparator_arm("unlike the stretching group, the control group improved in pain") == "control"


def test_the_comparator_arm_as_the_clauses_subject() -> None:
    # fictional
    assert comparator_arm("sham reduced pain from baseline") == "sham"
    assert comparator_arm("with placebo, pain was lower than at baseline") == "placebo"
    assert comparator_arm("compared with baseline, usual care lowered pain") == "usual care"
    assert comparator_arm("control of pain improved from baseline") is None  # no arm
    assert comparator_arm("massage reduced pain from baseline") is None


def test_the_opening_against_the_start_a_later_clause_goes_on_with() -> None:
    # fictional
    said = "Compared with baseline, pain was lower with massage, but higher in the sham group."
    assert start_set_against(said, "but higher in the sham group.") == "Compared with baseline, "
    assert start_set_against(said, "Compared with baseline, pain was lower with massage,") == ""
    both = "Compared with baseline, pain fell in both groups, but higher in the sham group."
    assert start_set_against(both, "but higher in the sham group.") == ""
    own = "Compared with baseline, pain was lower with massage, but the sham group had higher pain."
    assert start_set_against(own, "but the sham group had higher pain.") == ""  # a subject of its own


_TWO_TECHNIQUES = "sixty adults were randomized to landmark-guided injection or ultrasound-guided injection."


def _no_role(word: str) -> str | None:
    return None


def _by_title(word: str) -> str | None:  # "Landmark-guided versus ultrasound-guided injection"
    return {"landmark": "INT", "ultrasound": "CMP", "guided": "CMP", "injection": "CMP"}.get(word)


def _both_tested(word: str) -> str | None:  # "landmark-guided or ultrasound-guided injection", both tested
    return {"landmark": "INT", "ultrasound": "INT"}.get(word)


@pytest.mark.parametrize(
    ("clause", "role", "told", "untold"),
    [  # fictional: two active techniques, which one tested told by the methods' order
        ("pain was lower after landmark-guided injection than after ultrasound-guided injection (p = 0.02)", _no_role, _TWO_TECHNIQUES, False),
        ("pain was lower after ultrasound-guided injection than after landmark-guided injection (p = 0.02)", _no_role, _TWO_TECHNIQUES, True),
        ("pain was lower in the ultrasound-guided group than in the landmark-guided group (p = 0.02)", _no_role, _TWO_TECHNIQUES, True),
        ("compared with the landmark-guided group, the ultrasound-guided group had less pain", _no_role, _TWO_TECHNIQUES, True),
        # the title's comparator as the subject, the methods naming the other arm first too
        ("pain was lower after ultrasound-guided injection than after landmark-guided injection (p = 0.02)", _by_title, _TWO_TECHNIQUES, True),
        ("pain was lower after landmark-guided injection than after ultrasound-guided injection (p = 0.02)", _by_title, _TWO_TECHNIQUES, False),
        # the methods name neither arm: the clause is read as it is
        ("pain was lower after ultrasound-guided injection than after landmark-guided injection (p = 0.02)", _no_role, "", False),
        # both arms tested ones: the methods' order tells, as for arms of no known role
        ("pain was lower after ultrasound-guided injection than after landmark-guided injection (p = 0.02)", _both_tested, _TWO_TECHNIQUES, True),
        ("pain was lower after landmark-guided injection than after ultrasound-guided injection (p = 0.02)", _both_tested, _TWO_TECHNIQUES, False),
        # the arms named by the people given them, the sentence's stop after the last
        ("patients given ultrasound-guided injection had more pain than those given landmark-guided injection (p = 0.02)", _no_role, _TWO_TECHNIQUES, True),
        ("patients given landmark-guided injection had more pain than those given ultrasound-guided injection (p = 0.02)", _no_role, _TWO_TECHNIQUES, False),
        ("pain was higher with ultrasound-guided injection than with landmark-guided injection.", _no_role, _TWO_TECHNIQUES, True),
        # one arm ranked above the other
        ("ultrasound-guided injection was superior to landmark-guided injection for pain (p = 0.02)", _no_role, _TWO_TECHNIQUES, True),
        ("landmark-guided injection was superior to ultrasound-guided injection for pain (p = 0.02)", _no_role, _TWO_TECHNIQUES, False),
        # not two arms set against each other: a time, a number
        ("pain was lower at 6 weeks than at baseline (p = 0.02)", _no_role, _TWO_TECHNIQUES, False),
        ("pain lasted longer than 2 weeks in the ultrasound-guided group", _no_role, _TWO_TECHNIQUES, False),
    ],
)  # fmt: skip
def test_a_subject_the_abstract_does_not_tell_for_the_tested_arm_is_untold(
    clause: str, role: Role, told: str, untold: bool
) -> None:
    assert arms_untold(clause, role, told) is untold


@pytest.mark.parametrize(
    ("clause", "against"),
    [  # fictional: the arm set against a subject arm, neither of a told role
        ("pain was lower in the ultrasound-guided group than in the landmark-guided group (p = 0.02)", "landmark-guided"),
        ("Pain was higher for the Velo Patch than for the Tendo Patch (p = 0.02)", "Tendo Patch"),
        # a control arm on either side is read by the control-arm rules; "the other groups" are no arm
        ("pain was lower in the no-injection group than in the injection groups (p = 0.02)", None),
        ("pain was lower in the injection group than in the control group (p = 0.02)", None),
        ("pain was lower in the injection group than in the other groups (p = 0.02)", None),
        ("pain was lower at 6 weeks than at baseline (p = 0.02)", None),
        # the people without the treatment set against those with it: read turned round, no arm named
        ("pain was higher in non-dancers than in dancers (p = 0.02)", None),
    ],
)  # fmt: skip
def test_the_arm_a_subject_arm_of_no_told_role_is_set_against(clause: str, against: str | None) -> None:
    assert untold_arm_against(clause, _no_role) == against


@pytest.mark.parametrize(
    ("clause", "alike"),
    [  # fictional
        ("bruising and sleep quality did not differ between the groups", True),
        ("cramps were similar in both arms", True),
        ("the rate of cramps was comparable among the groups", True),
        ("no side effects were observed", False),  # no comparison of the arms
        ("cramps were more frequent in the massage group than in the rest group", False),
        ("cramps did not differ from baseline at 12 weeks", False),  # likeness to the start: over time
        ("cramps did not differ significantly from the usual care group", True),
    ],
)
def test_the_arms_are_alike_where_a_lack_of_difference_compares_them(clause: str, alike: bool) -> None:
    assert arms_alike(clause) is alike


def _role(word: str) -> str | None:
    return {"massage": "INT", "care": "CMP", "usual": "CMP"}.get(word)


@pytest.mark.parametrize(
    ("clause", "told", "reading"),
    [  # fictional: a change told only by its size, after pain fell (or rose) in both groups
        ("the change in pain was greater with massage than with usual care", ("decreased", "improved"), ("decreased", "improved")),
        ("the change in pain was larger in the massage group", ("decreased", "improved"), ("decreased", "improved")),
        ("the change in pain was greater with usual care than with massage", ("decreased", "improved"), ("unclear", "unclear")),
        ("the change in pain was smaller with massage than with usual care", ("decreased", "improved"), ("unclear", "unclear")),
        ("the change in pain was smaller with massage than with usual care", ("increased", "worsened"), ("decreased", "improved")),
        # "lower" may be the size of a fall or where it ended; no arm named: no reading
        ("the change in pain was lower with massage than with usual care", ("decreased", "improved"), None),
        ("the change in pain was greater at 6 weeks", ("decreased", "improved"), None),
        # the change named from baseline before its outcome: still told only by its size
        ("the change from baseline in pain was greater with massage", ("decreased", "improved"), ("decreased", "improved")),
        ("changes from the baseline in pain were smaller with massage", ("increased", "worsened"), ("decreased", "improved")),
        # not a change told only by its size
        ("pain was greater with massage than with usual care", ("decreased", "improved"), None),
    ],
)  # fmt: skip
def test_a_change_told_by_its_size_takes_the_way_told_before(
    clause: str, told: tuple[str, str], reading: tuple[str, str] | None
) -> None:
    assert sized_as_told(clause, _own(clause, "pain", "lower_is_better")[0], told, _role) == reading


@pytest.mark.parametrize(
    "clause",
    [  # fictional: the size of the change of an outcome named before, its sign unsaid
        "The change from baseline was greater with massage than with usual care",
        "the changes were larger in the massage group",
        "but the mean difference from baseline was smaller with massage",
    ],
)
def test_the_size_of_an_earlier_outcome_s_change_alone_is_unclear(clause: str) -> None:
    own = [DomainMatch("pain", "pain", 0, 0, "lower_is_better")]
    assert read_change(clause, clause, own, "p = 0.01") == ("unclear", "unclear")


@pytest.mark.parametrize(
    "clause",
    [  # fictional: the change from baseline in a named outcome, its sign unsaid, is no rise
        "the mean change from baseline in pain was significantly greater with massage",
        "changes from baseline in pain were larger in the massage group",
    ],
)
def test_the_size_of_a_change_from_baseline_alone_is_unclear(clause: str) -> None:
    assert read_change(clause, clause, _own(clause, "pain", "lower_is_better"), "p = 0.01") == (
        "unclear",
        "unclear",
    )


@pytest.mark.parametrize("interval", ["95% CI", "95% CrI", "95% credible interval"])
def test_a_difference_bracketed_with_its_interval_is_a_test_of_the_arms(interval: str) -> None:
    clause = f"pain fell by 2.1 with oilrub and 0.4 with sham (difference -1.7, {interval} -2.5 to -0.9)"
    assert difference_interval_said(clause) == "p < 0.05"  # fictional


@pytest.mark.parametrize(
    ("ratio", "test"),
    [  # fictional: a ratio of the arms with its interval tests them as a difference does
        ("odds ratio 0.40, 95% CI 0.20 to 0.80", "p < 0.05"),
        ("RR 0.9, 95% CI 0.6 to 1.4", "p > 0.05"),
        ("HR 0.62, 95% CI 0.41 to 0.93", "p < 0.05"),
    ],
)
def test_a_ratio_bracketed_with_its_interval_is_a_test_of_the_arms(ratio: str, test: str) -> None:
    clause = f"falls occurred in 8 patients with oilrub and 20 with sham ({ratio})"
    assert difference_interval_said(clause) == test


def test_or_between_two_words_is_no_odds_ratio() -> None:
    clause = "pain fell in 8 patients or more with oilrub (95% CI 5 to 11 patients)"  # fictional
    assert difference_interval_said(clause) is None


@pytest.mark.parametrize(
    ("clause", "test"),
    [
        ("fell in both groups (time effect p < 0.001; group effect p = 0.52)", "p = 0.52"),
        ("fell in both groups (time p < 0.001; group x time interaction p = 0.47)", "p = 0.47"),
        ("fell in both groups (p < 0.001 for time; p = 0.03 for the interaction)", "p = 0.03"),
        (
            "a significant group-by-time interaction (p = 0.007), with a rise in the massage group only",
            "p = 0.007",
        ),
        ("fell in both groups (p < 0.001)", None),
    ],
)
def test_a_models_test_of_the_groups_is_told_apart_from_its_test_of_time(
    clause: str, test: str | None
) -> None:
    assert group_test(clause) == test


@pytest.mark.parametrize(
    "clause",
    [  # fictional: the comparison of the arms denied, its comparative before "than"
        "pain was no lower after yoga than after usual care",
        "pain improved no more with yoga than with usual care",
        "the yoga group did not report less pain than the usual care group",
        "yoga reduced pain no more than usual care did",
    ],
)
def test_a_comparative_denied_before_than_is_no_difference(clause: str) -> None:
    assert read_change(clause, clause, _own(clause, "pain", "lower_is_better"), None) == (
        "no_difference",
        "no_difference",
    )


def test_no_more_than_a_number_is_a_bound_not_a_comparison_denied() -> None:
    clause = "pain fell with no more than three sessions of yoga"  # fictional
    reading = read_change(clause, clause, _own(clause, "pain", "lower_is_better"), None)
    assert reading == ("decreased", "improved")


def test_people_who_did_not_are_an_arm_not_a_result_denied() -> None:
    clause = "participants who danced reported less pain than those who did not"  # fictional
    reading = read_change(clause, clause, _own(clause, "pain", "lower_is_better"), None)
    assert reading == ("decreased", "improved")


def test_the_comparators_greater_benefit_said_before_a_list_is_each_items() -> None:
    # fictional: "greater" sizes both items; the tested arm's smaller benefit, never a worsening
    clause = "those given usual care showed greater improvement in balance and fatigue than the riders"
    fatigue = _own(clause, "fatigue", "lower_is_better")
    stated = clause[clause.index("improvement") :]  # its own statement, after the size
    assert read_change(stated, clause, fatigue, None) == ("unclear", "unclear")


@pytest.mark.parametrize(
    ("clause", "reading"),
    [  # fictional: a time after the start set against another says neither the change nor the arms'
        ("pain was higher at follow-up than after treatment", ("unclear", "unclear")),
        ("at follow-up, pain was worse than at the end of the intervention", ("unclear", "unclear")),
        ("pain improved more during the programme than during follow-up", ("unclear", "unclear")),
        ("pain was lower after treatment than at baseline", ("decreased", "improved")),
        ("pain was lower after massage than after the sham treatment", ("decreased", "improved")),
    ],
)  # fmt: skip
def test_a_result_set_against_a_later_time_is_unclear(clause: str, reading: tuple[str, str]) -> None:
    assert read_change(clause, clause, _own(clause, "pain", "lower_is_better"), None) == reading


@pytest.mark.parametrize(
    ("clause", "reading"),
    [  # fictional: an arm likelier to report its outcome better or worse, not more of the outcome
        ("the yoga group was more likely than controls to report improved pain", ("decreased", "improved")),
        ("the yoga group was more likely than controls to report worse pain", ("increased", "worsened")),
        ("the yoga group was less likely than controls to report improved pain", ("unclear", "unclear")),
        ("the control group was more likely than the yoga group to report improved pain", ("unclear", "unclear")),
    ],
)  # fmt: skip
def test_an_arm_likelier_to_report_a_change_had_that_change(clause: str, reading: tuple[str, str]) -> None:
    assert read_change(clause, clause, _own(clause, "pain", "lower_is_better"), None) == reading


@pytest.mark.parametrize(
    ("clause", "reading"),
    [  # fictional: a change noun, what it is of, then its size; a smaller benefit is no worsening
        ("gains in walking speed were greater in the yoga group than in the control group", ("increased", "improved")),
        ("gains in walking speed were smaller in the yoga group than in the control group", ("unclear", "unclear")),
        ("gains in walking speed were greater in the control group than in the yoga group", ("unclear", "unclear")),
    ],
)  # fmt: skip
def test_a_change_noun_sized_after_what_it_is_of_is_a_benefit_sized(
    clause: str, reading: tuple[str, str]
) -> None:
    assert read_change(clause, clause, _own(clause, "walking speed", "higher_is_better"), None) == reading


def test_the_control_arms_change_sized_without_its_verb_is_unclear() -> None:
    # fictional: "the usual care group more than the yoga group" sizes the comparator's change
    clause = "pain fell in both groups, the usual care group more than the yoga group"
    reading = read_change(clause, clause, _own(clause, "pain", "lower_is_better"), None)
    assert reading == ("unclear", "unclear")


@pytest.mark.parametrize(
    ("clause", "reading"),
    [  # fictional: the condition without the treatment named first, set against the one with it
        ("pain was higher without cooling than with it", ("decreased", "improved")),
        ("without cooling, pain was higher than with cooling", ("decreased", "improved")),
        ("pain was worse in the uncooled than in the cooled condition", ("decreased", "improved")),
        ("pain was lower with cooling than without", ("decreased", "improved")),
        # the people without it, named first
        ("non-dancers had more pain than dancers", ("decreased", "improved")),
        ("those who did not train felt more pain than those who trained", ("decreased", "improved")),
        ("patients not given massage reported more pain than those massaged", ("decreased", "improved")),
        ("pain increased among those receiving usual care compared with the yoga group", ("decreased", "improved")),
    ],
)  # fmt: skip
def test_the_condition_without_the_treatment_named_first_is_turned_round(
    clause: str, reading: tuple[str, str]
) -> None:
    assert read_change(clause, clause, _own(clause, "pain", "lower_is_better"), None) == reading


@pytest.mark.parametrize(
    "clause",
    [
        "usual care reduced pain from baseline",
        "compared with baseline, the control patients had lower pain",
        "with usual care, pain fell by a third",
        "pain rose among control participants but fell with massage",
        "it increased among those who received usual care",
        "pain fell in the massage group",
    ],
)
def test_the_control_arm_as_subject_is_found_as_one_alternation_finds_it(clause: str) -> None:
    either = re.compile(f"{readings._COMPARATOR_OPENS.pattern}|{readings._COMPARATOR_PEOPLE_AMONG.pattern}")
    found, expected = readings._comparator_subject(clause), either.search(clause)
    assert (found and (found.span(), [g for g in found.groups() if g][:1])) == (
        expected and (expected.span(), [g for g in expected.groups() if g][:1])
    )


@pytest.mark.parametrize(
    ("clause", "reading"),
    [  # fictional: how much weight was gained is the change, not the gain itself
        ("the massaged infants gained more weight than the control infants", ("increased", "improved")),
        ("the massaged infants gained less weight than the control infants", ("decreased", "worsened")),
        ("the massaged infants gained significantly less weight than controls", ("decreased", "worsened")),
    ],
)
def test_more_or_less_weight_gained_is_the_change(clause: str, reading: tuple[str, str]) -> None:
    assert read_change(clause, clause, _own(clause, "weight", "higher_is_better"), None) == reading


@pytest.mark.parametrize(
    ("clause", "reading"),
    [  # fictional: how soon an arm was discharged, a time to discharge
        ("the massage group was discharged 3 days earlier than the control group", ("decreased", "improved")),
        (
            "the massage group was discharged a mean of 2 days sooner than the control group",
            ("decreased", "improved"),
        ),
        ("the massage group was discharged later than the control group", ("increased", "worsened")),
        ("the control group was discharged 3 days earlier than the massage group", ("increased", "worsened")),
    ],
)
def test_discharged_earlier_is_a_shorter_time_to_discharge(clause: str, reading: tuple[str, str]) -> None:
    assert read_change(clause, clause, _own(clause, "discharged", "lower_is_better"), None) == reading


@pytest.mark.parametrize(
    "sentence",
    [  # fictional: every arm's own change, in words second-language abstracts often use
        "intragroup analysis showed significant improvements in balance (p = 0.003)",
        "both training modalities significantly improved walking speed (p < 0.05)",
        "the aquatic group and the control group both improved in balance (p < 0.05)",
        "the aquatic and control groups both improved in balance (p < 0.05)",
    ],
)
def test_each_arms_own_change_in_other_words_is_within_the_groups(sentence: str) -> None:
    facts = StudyFacts(design="randomized controlled trial", comparators=("control",))
    assert comparison_of(sentence, sentence, facts, "increased") == "within_group"


@pytest.mark.parametrize(
    ("clause", "told"),
    [  # fictional: what two arms had against a third is no change within each
        ("both the massage and sham groups had lower pain than the control group", False),
        ("both the massage and sham groups showed lower pain compared with the control group", False),
        ("the massage and sham groups both had lower pain than the control group", False),
        ("both the massage and control groups improved, but more in the massage group than in the control group", True),
    ],
)  # fmt: skip
def test_two_arms_against_a_third_say_nothing_of_every_arms_change(clause: str, told: bool) -> None:
    assert (every_arm_before_comparison(clause) is not None) is told


@pytest.mark.parametrize(
    ("clause", "said"),
    [  # fictional
        ("fatigue was higher in period 1 than in period 2 (p = 0.01)", True),
        ("fatigue was higher in the first period than in the second period (p = 0.01)", True),
        ("fatigue was lower in sequence AB compared with sequence BA (p = 0.01)", True),
        ("fatigue was lower after massage than after rest in period 2 (p = 0.01)", False),
    ],
)
def test_one_crossover_period_set_against_another_is_told_apart(clause: str, said: bool) -> None:
    assert periods_set_against(clause) is said


def test_each_arms_change_by_its_arm_then_a_non_significant_difference_compares_the_arms() -> None:
    clause = "grip strength rose from 21 to 25 with splinting and from 22 to 24 with taping, a non-significant difference."
    assert comparison_of(clause, clause, RCT, "no_difference") == "between_groups"  # fictional
