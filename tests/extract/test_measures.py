"""Outcomes outside the vocabulary: the measure as written, and which way is better."""

from __future__ import annotations

import pytest

from harvester.extract.measures import NO_GOOD_SIDE, open_measures, polarity_of


@pytest.mark.parametrize(
    ("clause", "measures"),
    [
        ("Time to first flatus was significantly shorter in the acupuncture group", ["Time to first flatus"]),
        ("No significant differences in wound complications were found between the groups", ["wound complications"]),
        ("The intervention significantly reduced serum cortisol compared with usual care", ["serum cortisol"]),
        ("No significant differences between the groups regarding the total operating time", ["operating time"]),
        ("Patients in the yoga group reported less stiffness", ["stiffness"]),
        ("There were no differences between the groups", []),
        # Fictional: the subject is the device that acted; the measure is the verb's object.
        ("The FictoStep Insole decreased heel pressure by 40% compared to the standard insole", ["heel pressure"]),
    ],
)  # fmt: skip
def test_the_measure_is_found_where_results_put_it(clause: str, measures: list[str]) -> None:
    assert [m.measure for m in open_measures(clause)] == measures


@pytest.mark.parametrize(
    ("measure", "polarity"),
    [
        ("length of hospital stay", "lower_is_better"),
        ("overall survival", "higher_is_better"),
        ("pain relief", "higher_is_better"),  # the longer phrase wins over "pain"
        ("time to first use of rescue medication", "higher_is_better"),  # waiting longer for a bad event
        ("plasma concentration of the drug", NO_GOOD_SIDE),
        ("zonulin", None),
        ("number of intubation attempts", "lower_is_better"),  # a procedure's tries and time
        ("tramadol consumption", "lower_is_better"),
        ("pressure pain threshold", "higher_is_better"),  # the longer phrase wins over "pain"
        ("pain sensitivity", "lower_is_better"),
        ("insulin sensitivity", "higher_is_better"),
        ("cardiac output", NO_GOOD_SIDE),  # physiology with no good side of its own
        ("heart rate variability", "higher_is_better"),  # the longer phrase wins over "heart rate"
    ],
)
def test_which_way_is_better(measure: str, polarity: str | None) -> None:
    assert polarity_of(measure) == polarity


def test_how_often_something_happens_is_better_less_unless_the_thing_is_named() -> None:
    assert polarity_of("incidence of wound dehiscence") == "lower_is_better"
    assert polarity_of("incidence of remission") == "higher_is_better"


def test_a_substance_in_the_blood_has_no_good_side_unless_the_substance_has_one() -> None:
    assert polarity_of("serum zonulin") == NO_GOOD_SIDE
    assert polarity_of("plasma levels of the fictional peptide") == NO_GOOD_SIDE
    assert polarity_of("serum interleukin-6") == "lower_is_better"
    assert polarity_of("serum cortisol") == "lower_is_better"
