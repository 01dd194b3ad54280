"""Findings: what each abstract reports per outcome, with the sentence quoted at exact offsets."""

from __future__ import annotations

from pathlib import Path
from typing import NamedTuple

import pytest

from harvester.extract import extract, load_vocabulary
from harvester.extract.facts import study_facts
from harvester.extract.findings import (
    _PEOPLE_BY_WHAT_BEFELL_THEM,
    _PRIMARY_NAMED_BY_PLACE,
    _holds_neither_with_nor_who,
    findings,
)
from harvester.extract.mentions import outcome_mentions
from harvester.extract.patterns import requires_one_of
from harvester.extract.types import Evidence, Finding
from harvester.extract.vocabulary import Vocabulary
from harvester.models import AbstractSection, Record
from harvester.queries import ExtraDomain, Topic
from support.demo_data import demo_records


class Row(NamedTuple):
    pmid: str
    domain: str
    measure: str
    direction: str
    comparison: str
    timepoint: str
    comparator: str | None
    p_value: str | None
    hedged: bool
    start: int
    sentence: str


# Every finding the extractor reads from the fictional demo records, and nothing else.
EXPECTED = [
    Row(
        "99000001",
        "anxiety",
        "State anxiety",
        "improved",
        "between_groups",
        "end of treatment",
        "usual care",
        "p = 0.002",
        False,
        393,
        "State anxiety decreased significantly in the massage group compared with the usual care group (p = 0.002).",
    ),
    Row(
        "99000001",
        "depression",
        "Depression",
        "no_difference",
        "between_groups",
        "end of treatment",
        "usual care",
        "p = 0.21",
        False,
        500,
        "Depression scores did not differ significantly between the groups (p = 0.21).",
    ),
    Row(
        "99000002",
        "paresthesia",
        "Paresthesia intensity",
        "improved",
        "between_groups",
        "end of treatment",
        "sham",
        "p < 0.01",
        False,
        565,
        "Paresthesia intensity decreased more in the reflexology group than in the sham group at the end of treatment (p < 0.01).",
    ),
    Row(  # the change from baseline in both arms, beside the comparison between them
        "99000002",
        "urinary",
        "Urinary symptom",
        "improved",
        "within_group",
        "end of treatment",
        None,
        None,
        False,
        686,
        "Urinary symptom scores improved in both groups, with no significant difference between groups (p = 0.38).",
    ),
    Row(
        "99000002",
        "urinary",
        "Urinary symptom",
        "no_difference",
        "between_groups",
        "end of treatment",
        "sham",
        "p = 0.38",
        False,
        686,
        "Urinary symptom scores improved in both groups, with no significant difference between groups (p = 0.38).",
    ),
    Row(
        "99000002",
        "spasticity",
        "Spasticity",
        "improved",
        "between_groups",
        "follow-up (12 weeks)",
        "sham",
        "p = 0.04",
        False,
        792,
        "Spasticity was lower in the reflexology group than in the sham group at the 12-week follow-up (p = 0.04).",
    ),
    Row(
        "99000003",
        "pain",
        "Pain intensity (NRS)",
        "improved",
        "between_groups",
        "end of treatment",
        "no intervention",
        "p < 0.001",
        False,
        214,
        "Pain intensity on a numeric rating scale (NRS) decreased after deep tissue massage compared with rest (mean difference -1.8, 95% CI -2.6 to -1.0; p < 0.001).",
    ),
    Row(
        "99000003",
        "fatigue",
        "Modified Fatigue Impact Scale",
        "no_difference",
        "between_groups",
        "end of treatment",
        "no intervention",
        "p = 0.47",
        False,
        372,
        "Fatigue on the Modified Fatigue Impact Scale (MFIS) did not differ significantly between the massage and rest periods (p = 0.47).",
    ),
    Row(
        "99000004",
        "sleep",
        "Pittsburgh Sleep Quality Index",
        "improved",
        "within_group",
        "end of treatment",
        None,
        "p = 0.01",
        False,
        156,
        "Sleep quality (Pittsburgh Sleep Quality Index, PSQI) improved from baseline to week 8 (p = 0.01).",
    ),
    Row(
        "99000004",
        "anxiety",
        "Anxiety",
        "no_difference",
        "within_group",
        "end of treatment",
        None,
        "p = 0.09",
        False,
        254,
        "Anxiety scores decreased from pre- to post-intervention, but the change was not statistically significant (p = 0.09).",
    ),
    Row(
        "99000005",
        "fatigue",
        "Fatigue Severity Scale",
        "improved",
        "between_groups",
        "end of treatment",
        "control",
        "P<0.001",
        False,
        176,
        "Fatigue Severity Scale (FSS) scores decreased significantly in the self-massage group compared with the control group after 4 weeks (P<0.001).",
    ),
    Row(
        "99000006",
        "disability",
        "annualized relapse rate",
        "no_difference",
        "between_groups",
        "follow-up (2 years)",
        "no intervention",
        None,
        False,
        94,
        "Over 2 years of follow-up, the annualized relapse rate did not differ between massage users and non-users (rate ratio 0.96, 95% CI 0.71 to 1.30).",
    ),
    Row(
        "99000007",
        "paresthesia",
        "leg numbness",
        "worsened",
        "within_group",
        "end of treatment",
        None,
        None,
        False,
        95,
        "Her leg numbness worsened within hours of the session and resolved within 3 days.",
    ),
    Row(
        "99000010",
        "fatigue",
        "fatigue",
        "improved",
        "between_groups",
        "end of treatment",
        "control",
        None,
        False,
        100,
        "Massage reduced fatigue compared with control in four trials.",
    ),
    Row(  # a review's pooled evidence: the intervention against its controls
        "99000010",
        "spasticity",
        "spasticity",
        "unclear",
        "between_groups",
        "end of treatment",
        "control",
        None,
        False,
        201,
        "Evidence for spasticity was inconsistent.",
    ),
    Row(
        "99000011",
        "anxiety",
        "anxiety",
        "improved",
        "between_groups",
        "end of treatment",
        "control",
        "p < 0.001",
        False,
        215,
        "Massage reduced anxiety (SMD -0.62, 95% CI -0.95 to -0.29; p < 0.001) and depression (SMD -0.41, 95% CI -0.80 to -0.02; p = 0.04) compared with control.",
    ),
    Row(
        "99000011",
        "depression",
        "depression",
        "improved",
        "between_groups",
        "end of treatment",
        "control",
        "p = 0.04",
        False,
        215,
        "Massage reduced anxiety (SMD -0.62, 95% CI -0.95 to -0.29; p < 0.001) and depression (SMD -0.41, 95% CI -0.80 to -0.02; p = 0.04) compared with control.",
    ),
    Row(
        "99000014",
        "fatigue",
        "FSS",
        "improved",
        "between_groups",
        "end of treatment",
        "wait-list",
        "p = 0.001",
        False,
        83,
        "Fatigue (FSS) decreased significantly in the shiatsu group compared with the wait-list group at 6 weeks (p = 0.001).",
    ),
    Row(
        "99000014",
        "walking",
        "Timed 25-Foot Walk",
        "improved",
        "between_groups",
        "end of treatment",
        "wait-list",
        "p = 0.02",
        False,
        200,
        "Walking speed on the Timed 25-Foot Walk improved more with shiatsu than wait-list (p = 0.02).",
    ),
    Row(
        "99000017",
        "fatigue",
        "MFIS",
        "improved",
        "between_groups",
        "end of treatment",
        "sham",
        "p = 0.006",
        False,
        140,
        "Fatigue on the MFIS improved significantly with acupressure compared with sham acupressure (p = 0.006).",
    ),
    Row(
        "99000017",
        "quality_of_life",
        "Quality of life",
        "no_difference",
        "between_groups",
        "end of treatment",
        "sham",
        "p = 0.44",
        False,
        244,
        "Quality of life did not differ between groups (p = 0.44).",
    ),
    Row(
        "99000019",
        "walking",
        "Timed 25-Foot Walk",
        "improved",
        "within_group",
        "end of treatment",
        None,
        "p = 0.02",
        False,
        189,
        "Timed 25-Foot Walk (T25FW) time decreased from 9.8 s to 8.1 s after 6 weeks of vibration (p = 0.02).",
    ),
    Row(
        "99000020",
        "mobility",
        "Timed Up and Go",
        "improved",
        "between_groups",
        "end of treatment",
        "exercise",
        "p = 0.03",
        False,
        100,
        "Timed Up and Go (TUG) time decreased significantly in the massage group compared with the exercise-only group (p = 0.03).",
    ),
    Row(  # the change from baseline in both arms, beside the comparison between them
        "99000020",
        "balance",
        "Berg Balance Scale",
        "improved",
        "within_group",
        "end of treatment",
        None,
        None,
        False,
        222,
        "Berg Balance Scale scores increased in both groups without a significant between-group difference (p = 0.52).",
    ),
    Row(
        "99000020",
        "balance",
        "Berg Balance Scale",
        "no_difference",
        "between_groups",
        "end of treatment",
        "exercise",
        "p = 0.52",
        False,
        222,
        "Berg Balance Scale scores increased in both groups without a significant between-group difference (p = 0.52).",
    ),
    Row(  # the change from baseline in both arms, beside the comparison between them
        "99000021",
        "pain",
        "Pain",
        "improved",
        "within_group",
        "end of treatment",
        None,
        None,
        False,
        131,
        "Pain decreased in both groups, with no significant difference between groups (p = 0.29).",
    ),
    Row(
        "99000021",
        "pain",
        "Pain",
        "no_difference",
        "between_groups",
        "end of treatment",
        "exercise",
        "p = 0.29",
        False,
        131,
        "Pain decreased in both groups, with no significant difference between groups (p = 0.29).",
    ),
    Row(
        "99000021",
        "fatigue",
        "Fatigue",
        "worsened",
        "between_groups",
        "end of treatment",
        "exercise",
        "p = 0.03",
        False,
        220,
        "Fatigue worsened in the trigger point group compared with the stretching group (p = 0.03).",
    ),
    Row(
        "99000022",
        "quality_of_life",
        "MSQOL-54",
        "unclear",
        "between_groups",
        "end of treatment",
        "control",
        "p = 0.07",
        True,
        99,
        "Quality of life (MSQOL-54) tended to improve in the massage group compared with the control group (p = 0.07).",
    ),
    Row(
        "99000022",
        "self_esteem",
        "Self-esteem",
        "improved",
        "between_groups",
        "end of treatment",
        "control",
        "p = 0.02",
        False,
        209,
        "Self-esteem improved significantly in the massage group compared with the control group (p = 0.02).",
    ),
    Row(
        "99000023",
        "anxiety",
        "Anxiety",
        "improved",
        "within_group",
        "end of treatment",
        None,
        "p = 0.01",
        False,
        161,
        "Anxiety improved in the massage group only (p = 0.01), with no change in the wait-list group.",
    ),
    Row(
        "99000023",
        "stress",
        "perceived stress",
        "no_difference",
        "between_groups",
        "end of treatment",
        "wait-list",
        "p = 0.12",
        False,
        255,
        "The between-group difference in perceived stress was not significant (p = 0.12).",
    ),
    Row(
        "99000024",
        "fatigue",
        "MFIS",
        "improved",
        "between_groups",
        "end of treatment",
        "usual care",
        "p = 0.004",
        False,
        164,
        "Fatigue (MFIS) decreased significantly in the massage group compared with usual care (p = 0.004).",
    ),
    Row(
        "99000025",
        "self_esteem",
        "Rosenberg Self-Esteem Scale",
        "improved",
        "between_groups",
        "end of treatment",
        "relaxation",
        "p = 0.004",
        False,
        89,
        "Self-esteem on the Rosenberg Self-Esteem Scale increased in the massage group compared with the relaxation group (p = 0.004).",
    ),
    Row(
        "99000025",
        "body_image",
        "Body image",
        "no_difference",
        "between_groups",
        "end of treatment",
        "relaxation",
        "p = 0.33",
        False,
        215,
        "Body image scores did not differ between groups (p = 0.33).",
    ),
    Row(
        "99000026",
        "bowel",
        "Neurogenic Bowel Dysfunction score",
        "improved",
        "between_groups",
        "end of treatment",
        "usual care",
        "p = 0.008",
        False,
        105,
        "Bowel symptoms on the Neurogenic Bowel Dysfunction score decreased significantly after abdominal massage compared with usual care (p = 0.008).",
    ),
    Row(
        "99000027",
        "mood",
        "Profile of Mood States",
        "improved",
        "between_groups",
        "end of treatment",
        "usual care",
        "p = 0.01",
        False,
        106,
        "Mood on the Profile of Mood States improved in the reflexology group compared with the usual care group (p = 0.01).",
    ),
    Row(
        "99000027",
        "cognition",
        "Cognition",
        "no_difference",
        "within_group",
        "end of treatment",
        None,
        None,
        False,
        222,
        "Cognition did not change in either group.",
    ),
    Row(
        "99000028",
        "range_of_motion",
        "Ankle range of motion",
        "improved",
        "between_groups",
        "end of treatment",
        "usual care",
        "p = 0.02",
        False,
        107,
        "Ankle range of motion increased by 8 degrees in the myofascial release group versus 2 degrees in the usual care group (p = 0.02).",
    ),
    Row(
        "99000028",
        "range_of_motion",
        "Ankle range of motion",
        "improved",
        "within_group",
        "end of treatment",
        None,
        None,
        False,
        107,
        "Ankle range of motion increased by 8 degrees in the myofascial release group versus 2 degrees in the usual care group (p = 0.02).",
    ),
    Row(
        "99000028",
        "pain",
        "Pain",
        "no_difference",
        "between_groups",
        "end of treatment",
        "usual care",
        "p = 0.61",
        False,
        237,
        "Pain did not differ significantly between groups (p = 0.61).",
    ),
    Row(
        "99000029",
        "strength",
        "Knee extensor muscle strength",
        "improved",
        "within_group",
        "end of treatment",
        None,
        "p = 0.003",
        False,
        110,
        "Knee extensor muscle strength increased significantly from baseline in the vibration group (p = 0.003).",
    ),
    Row(
        "99000029",
        "strength",
        "Muscle strength",
        "no_difference",
        "between_groups",
        "end of treatment",
        "sham",
        "p = 0.18",
        False,
        214,
        "Muscle strength did not differ significantly between the vibration and sham groups (p = 0.18).",
    ),
    Row(
        "99000030",
        "stress",
        "Stress",
        "improved",
        "between_groups",
        "end of treatment",
        "relaxation",
        "p = 0.01",
        False,
        357,
        "Stress scores decreased significantly in the massage group compared with the relaxation group at the end of treatment (p = 0.01).",
    ),
    Row(
        "99000030",
        "stress",
        "stress",
        "no_difference",
        "between_groups",
        "follow-up (3 months)",
        "relaxation",
        "p = 0.26",
        False,
        487,
        "At the 3-month follow-up, stress did not differ significantly between groups (p = 0.26).",
    ),
    Row(
        "99000031",
        "walking",
        "Six-minute walk distance",
        "improved",
        "between_groups",
        "end of treatment",
        "usual care",
        "p = 0.003",
        False,
        107,
        "Six-minute walk distance increased by 42 m in the massage group compared with 5 m in the usual care group (p = 0.003).",
    ),
    Row(
        "99000031",
        "walking",
        "Six-minute walk distance",
        "improved",
        "within_group",
        "end of treatment",
        None,
        None,
        False,
        107,
        "Six-minute walk distance increased by 42 m in the massage group compared with 5 m in the usual care group (p = 0.003).",
    ),
    Row(
        "99000031",
        "walking",
        "walking distance",
        "no_difference",
        "between_groups",
        "follow-up (3 months)",
        "usual care",
        "p = 0.18",
        False,
        226,
        "At the 3-month follow-up, the difference in walking distance was no longer significant (p = 0.18).",
    ),
    Row(
        "99000031",
        "quality_of_life",
        "MSQOL-54",
        "unclear",
        "between_groups",
        "end of treatment",
        "usual care",
        "p = 0.05",
        True,
        325,
        "Quality of life (MSQOL-54) showed a borderline significant improvement with massage compared with usual care (p = 0.05).",
    ),
    Row(
        "99000032",
        "sleep",
        "PSQI",
        "improved",
        "between_groups",
        "end of treatment",
        "sham",
        "p < 0.001",
        False,
        116,
        "PSQI scores decreased significantly with acupressure compared with sham acupressure (p < 0.001).",
    ),
    Row(
        "99000032",
        "fatigue",
        "FSS",
        "no_difference",
        "between_groups",
        "end of treatment",
        "sham",
        "p = 0.09",
        True,
        213,
        "Daytime fatigue (FSS) may have improved with acupressure, but the difference was not significant (p = 0.09).",
    ),
    Row(
        "99000034",
        "pain",
        "Pain (NRS)",
        "improved",
        "within_group",
        "end of treatment",
        None,
        "p = 0.03",
        False,
        201,
        "Pain on the NRS decreased from baseline to week 6 (p = 0.03).",
    ),
    Row(  # the change in the treated arm, beside the comparison with usual care
        "99000035",
        "fatigue",
        "Fatigue",
        "improved",
        "within_group",
        "end of treatment",
        None,
        None,
        False,
        151,
        "Fatigue decreased in the lymphatic drainage group but did not differ significantly from usual care (p = 0.14).",
    ),
    Row(
        "99000035",
        "fatigue",
        "Fatigue",
        "no_difference",
        "between_groups",
        "end of treatment",
        "usual care",
        "p = 0.14",
        False,
        151,
        "Fatigue decreased in the lymphatic drainage group but did not differ significantly from usual care (p = 0.14).",
    ),
    Row(
        "99000036",
        "sleep",
        "PSQI",
        "improved",
        "within_group",
        "end of treatment",
        None,
        "p = 0.01",
        False,
        0,
        '=HYPERLINK("http://example.com","details") Sleep quality (PSQI) improved significantly after 8 weeks of daily self-massage in 18 patients with MS (p = 0.01).',
    ),
    Row(  # an outcome outside the vocabulary, named as the abstract names it
        "99000008",
        "other",
        "Leg swelling",
        "improved",
        "within_group",
        "end of treatment",
        None,
        None,
        False,
        146,
        "Leg swelling decreased in all three patients by the end of treatment.",
    ),
]

MEASURED_NOT_REPORTED = {
    "99000012": ("spasticity", "pain", "fatigue", "quality_of_life"),
    "99000024": ("depression", "walking"),
    "99000034": ("spasticity",),
}


def _extract_demo(pmid: str):
    return extract(demo_records()[pmid], load_vocabulary())


@pytest.mark.parametrize("row", EXPECTED, ids=lambda row: f"{row.pmid}-{row.domain}-{row.timepoint}")
def test_demo_finding(row: Row) -> None:
    record = demo_records()[row.pmid]
    found = [
        f for f in _extract_demo(row.pmid).findings
        if (f.domain, f.comparison, f.timepoint) == (row.domain, row.comparison, row.timepoint)
    ]  # fmt: skip
    assert len(found) == 1
    finding = found[0]
    assert (finding.measure, finding.direction, finding.comparator, finding.p_value, finding.hedged) == (
        row.measure,
        row.direction,
        row.comparator,
        row.p_value,
        row.hedged,
    )
    end = row.start + len(row.sentence)
    assert finding.evidence == Evidence(text=row.sentence, start=row.start, end=end)
    assert record.abstract_text[row.start : end] == row.sentence


@pytest.mark.parametrize("pmid", sorted(demo_records()))
def test_demo_record_has_exactly_the_expected_findings(pmid: str) -> None:
    extraction = _extract_demo(pmid)
    expected = [(r.domain, r.comparison, r.timepoint) for r in EXPECTED if r.pmid == pmid]
    assert [(f.domain, f.comparison, f.timepoint) for f in extraction.findings] == expected
    assert extraction.measured_not_reported == MEASURED_NOT_REPORTED.get(pmid, ())


def test_demo_extra_domain_from_the_saved_search_names_the_finding() -> None:
    record = demo_records()["99000008"]
    (other,) = extract(record, load_vocabulary()).findings
    assert (other.domain, other.measure, other.direction) == ("other", "Leg swelling", "improved")
    vocabulary = load_vocabulary(
        Topic(domains=(ExtraDomain("swelling", ("swelling", "oedema"), (), "lower_is_better"),))
    )
    (finding,) = extract(record, vocabulary).findings
    assert (finding.domain, finding.direction, finding.comparison) == ("swelling", "improved", "within_group")
    assert finding.evidence.text == "Leg swelling decreased in all three patients by the end of treatment."


def test_statistics_belong_to_their_own_outcome_in_a_shared_sentence() -> None:
    by_domain = {f.domain: f for f in _extract_demo("99000011").findings}
    assert by_domain["anxiety"].statistic == "SMD -0.62, 95% CI -0.95 to -0.29"
    assert by_domain["depression"].statistic == "SMD -0.41, 95% CI -0.80 to -0.02"


def test_statistic_quotes_effect_and_interval_without_the_closing_bracket() -> None:
    (finding,) = _extract_demo("99000006").findings
    assert finding.statistic == "rate ratio 0.96, 95% CI 0.71 to 1.30"
    (pain, _) = _extract_demo("99000003").findings
    assert pain.statistic == "mean difference -1.8, 95% CI -2.6 to -1.0"


# --- small fictional abstracts, one rule each ----------------------------------------------------


def _read(*paragraphs: str | tuple[str, str]) -> tuple[list[Finding], list[str]]:
    return _read_with(load_vocabulary(), *paragraphs)


def _read_with(vocabulary: Vocabulary, *paragraphs: str | tuple[str, str]) -> tuple[list[Finding], list[str]]:
    sections = tuple(
        AbstractSection(text=p[1], label=p[0], category=p[0])
        if isinstance(p, tuple)
        else AbstractSection(text=p)
        for p in paragraphs
    )
    record = Record(pmid="1", title="A fictional trial of massage", abstract=sections)
    return findings(record, vocabulary, study_facts(record, vocabulary))


def _only(found: tuple[list[Finding], list[str]]) -> Finding:
    (finding,) = found[0]
    return finding


INTRO = "Twenty patients were randomized to massage or usual care for 6 weeks."


def test_an_instrument_after_the_construct_it_measured_names_the_finding_after_both() -> None:
    # fictional: "generic health status" is no word of the vocabulary's; the EQ-5D is its instrument
    finding = _only(
        _read(INTRO, "Generic health status (EQ-5D) was better with massage than with usual care (p = 0.02).")
    )
    assert (finding.domain, finding.measure) == ("quality_of_life", "Generic health status (EQ-5D)")


@pytest.mark.parametrize(
    ("said", "reading"),
    [  # fictional: each arm's value, then the arms in the same order, with no "respectively"
        ("Length of stay was 4.2 ± 1.1 versus 6.1 ± 1.9 days in the massage and usual care groups (p = 0.003).", ("decreased", "improved")),
        ("Length of stay was 4.2 and 4.5 days in the massage and usual care groups (p = 0.41).", ("no_difference", "no_difference")),
    ],
)  # fmt: skip
def test_values_before_the_arms_in_their_order_compare_the_arms(said: str, reading: tuple[str, str]) -> None:
    finding = _only(_read(INTRO, said))
    assert (finding.change, finding.direction, finding.comparison) == (*reading, "between_groups")


def test_what_fewer_of_one_arm_needed_is_less_needed_with_it() -> None:
    said = "Rescue medication was required in 20% of the massage group and 46% of the usual care group (p = 0.01)."
    finding = _only(_read(INTRO, said))  # fictional
    assert (finding.measure, finding.change, finding.direction, finding.comparison) == (
        "Rescue medication",
        "decreased",
        "improved",
        "between_groups",
    )


def test_an_instrument_named_twice_in_its_bracket_is_one_finding_named_after_its_construct() -> None:
    said = (
        "Overall health status (EQ-5D, EuroQol 5-Dimension questionnaire) between the groups differed "
        "significantly with better health status for the massage group (0.05, 95% CI 0.01 to 0.09, p = .02)."
    )  # fictional
    finding = _only(_read(INTRO, said))
    assert (finding.measure, finding.change, finding.comparison) == (
        "Overall health status (EQ-5D)",
        "increased",
        "between_groups",
    )


@pytest.mark.parametrize(
    ("p_value", "change"),
    [  # fictional; a space after the point, or the Lancet's middle dot
        ("p = 0. 40", "no_difference"),
        ("p = 0. 003", "decreased"),
        ("p = 0·40", "no_difference"),
        ("p=0·003", "decreased"),
    ],
)
def test_a_p_value_spaced_after_its_point_is_read(p_value: str, change: str) -> None:
    said = f"Pain was lower in the massage group than in the usual care group ({p_value})."
    finding = _only(_read(("METHODS", INTRO), ("RESULTS", said)))
    assert (finding.change, finding.p_value) == (change, p_value)


@pytest.mark.parametrize(
    ("said", "change"),
    [  # fictional: one result tested in two analyses
        ("Pain was lower in the massage group than in the usual care group (as treated: p = 0.003; intention to treat: p = 0.11).", "unclear"),
        ("Pain was lower in the massage group than in the usual care group (per protocol: p = 0.003; intention to treat: p = 0.01).", "decreased"),
    ],
)  # fmt: skip
def test_a_result_two_analyses_disagree_on_is_unclear(said: str, change: str) -> None:
    found = _read(("METHODS", INTRO), ("RESULTS", said))
    assert [f.change for f in found[0]] == [change]


def test_negation_reads_as_no_difference() -> None:
    finding = _only(
        _read(f"{INTRO} Pain did not significantly decrease compared with usual care (p = 0.40).")
    )
    assert (finding.direction, finding.comparison) == ("no_difference", "between_groups")


def test_a_sentence_glued_to_a_comparison_of_the_arms_keeps_its_own_comparison() -> None:
    """Fictional: "...treatment.Fatigue rose in the massage group" is a sentence of its own,
    its change over time in one arm, not the arms' comparison before it, nor its p-value."""
    found, _ = _read(
        f"{INTRO} Pain did not differ between the groups (p = 0.40) before and after treatment."
        "Fatigue rose significantly in the massage group (p = 0.01)."
    )
    readings = {(f.domain, f.change, f.comparison, f.p_value) for f in found}
    assert ("fatigue", "increased", "within_group", "p = 0.01") in readings
    assert ("pain", "no_difference", "between_groups", "p = 0.40") in readings


def test_each_arms_number_then_a_significant_difference_is_the_arms_compared() -> None:
    """Fictional: "..., with a significant difference between the groups (p = 0.03)" tests the
    numbers before it, which tell the way: less pain with massage."""
    finding = _only(
        _read(
            f"{INTRO} After treatment the pain score was 3.1 in the massage group and 5.2 in the usual care"
            " group, with a significant difference between the two groups (p = 0.03)."
        )
    )
    assert (finding.direction, finding.change, finding.comparison) == (
        "improved",
        "decreased",
        "between_groups",
    )


@pytest.mark.parametrize(
    ("result", "reading"),
    [
        (
            "Cramps developed in 4 of 40 (10%) patients with massage and 12 of 40 (30%) patients with"
            " usual care (p = 0.02).",
            ("decreased", "improved", "between_groups"),
        ),
        (
            "Cramps developed in 4 (10%) and 12 (30%) patients in the massage and usual care groups,"
            " respectively (RR 0.33, 95% CI 0.12 to 0.94).",
            ("decreased", "improved", "between_groups"),
        ),
        (
            "Cramps differed between the groups (massage 4 (10%) vs usual care 12 (30%), p = 0.02).",
            ("decreased", "improved", "between_groups"),
        ),
        (
            "Cellulitis was diagnosed in 4 of 40 patients with massage and 12 of 40 with usual care (p = 0.02).",
            ("decreased", "improved", "between_groups"),
        ),
        (
            "Two patients in the massage group sustained a fracture compared with nine in the usual care"
            " group (p = 0.03).",
            ("decreased", "improved", "between_groups"),
        ),
        (
            "Cramps occurred in 4 (10%) massage-treated and 12 (30%) usual care-treated patients (p = 0.02).",
            ("decreased", "improved", "between_groups"),
        ),
        (
            "No patient in the massage group and 9 patients (22%) in the usual care group needed rescue"
            " analgesia (p = 0.01).",
            ("decreased", "improved", "between_groups"),
        ),
        (
            "Relapse occurred in 12 of 100 patients taking massage and in 25 of 98 taking usual care (p = 0.02).",
            ("decreased", "improved", "between_groups"),
        ),
        (
            "Among patients given massage, 12% had a relapse versus 25% among those given usual care (p = 0.02).",
            ("decreased", "improved", "between_groups"),
        ),
        (
            "25% of usual care recipients and 12% of massage recipients relapsed (p = 0.02).",
            ("decreased", "improved", "between_groups"),
        ),
        (
            "Skin tears occurred in 3 massage and 12 usual care patients (p = 0.02).",
            ("decreased", "improved", "between_groups"),
        ),
        (
            "Hospital admission was required by 8 massage participants and 9 usual care participants (p = 0.79).",
            ("no_difference", "no_difference", "between_groups"),
        ),
        # what resolved in more of an arm: a gain however the complaint itself is scored
        (
            "Cough resolved in 10 patients given massage and 22 given usual care (p = 0.02).",
            ("decreased", "worsened", "between_groups"),
        ),
        (
            "Cough resolved in 46 of 80 patients (58%) given massage and 25 of 79 (32%) given usual care (p = 0.001).",
            ("increased", "improved", "between_groups"),
        ),
        # each arm's numbers, then only their test after a semicolon
        (
            "Skin tears: massage 11 (9%), usual care 23 (19%); p = 0.03.",
            ("decreased", "improved", "between_groups"),
        ),
        (
            "Skin tears occurred in 11 (9%) massage and 23 (19%) usual care patients; odds ratio 0.42"
            " (95% CI 0.19-0.92).",
            ("decreased", "improved", "between_groups"),
        ),
        # what was done successfully in more of an arm: more successes, a gain
        (
            "Cannulation was successful in 98% of the massage group and 85% of the usual care group (p = 0.002).",
            ("increased", "improved", "between_groups"),
        ),
        (
            "Cannulation succeeded in 30 of 40 patients with usual care and 38 of 40 with massage (p = 0.01).",
            ("increased", "improved", "between_groups"),
        ),
        (
            "Cramps developed in 4 of 40 (10%) patients with massage and 6 of 40 (15%) patients with"
            " usual care (RR 0.67, 95% CI 0.20 to 2.18).",
            ("no_difference", "no_difference", "between_groups"),
        ),
    ],
)
def test_each_arms_events_with_a_test_compare_the_arms(result: str, reading: tuple[str, str, str]) -> None:
    """Fictional: how many in each arm had the event, tested by a p-value or by a ratio's interval
    against 1: fewer cramps with massage are its gain over usual care."""
    finding = _only(_read(f"{INTRO} {result}"))
    assert (finding.change, finding.direction, finding.comparison) == reading


@pytest.mark.parametrize(
    ("result", "reading"),
    [  # fictional: the measure the subject, each arm's value, one arm placed higher or lower
        ("Length of stay was shorter in the massage group (6 days vs. 11 days; p < 0.001).", ("decreased", "improved")),
        ("The rate of readmission was lower in the massage group (3%, 1 of 32) than in the usual care group (31%, 10 of 33; difference, 28% [95% CI, 10 to 46%]; p = 0.003).", ("decreased", "improved")),
        ("There were significantly fewer falls in the massage group vs. the usual care group (respectively 18% vs. 38%; p < 0.01).", ("decreased", "improved")),
        ("After treatment the grip strength was 31 ± 4 kg in the massage group and 27 ± 5 kg in the usual care group, with a significant difference between the groups (p = 0.03).", ("increased", "improved")),
        ("After 6 weeks of treatment the mean walking distance was 410 m in the massage group and 350 m in the usual care group (p = 0.01).", ("increased", "improved")),
        ("Satisfaction: massage 64.7%, usual care 35.7% (p = 0.01).", ("increased", "improved")),
        ("Successful cannulation: 84% (usual care) vs 98% (massage), p < 0.01.", ("increased", "improved")),
        ("Anxiety: massage group 3.1 ± 1.0 vs. usual care group 4.2 ± 1.2 (p = 0.01).", ("decreased", "improved")),
        # each arm's rate, given per a base that is no arm's value
        ("The rate of falls was 3.1 per 1,000 bed-days in the massage group versus 7.4 per 1,000 bed-days in the usual care group (p = 0.01).", ("decreased", "improved")),
        # the comparator's value named first, or the comparator named higher
        ("Poor sleep was reported by 18% in the usual care group and by 12% of the massage group (p = 0.01).", ("decreased", "improved")),
        ("The overall incidence of cramps was 34% with massage (p = 0.001) compared with 74% with usual care.", ("decreased", "improved")),
        # no difference where the test says none, whatever the values
        ("Satisfaction: massage 64.7%, usual care 35.7% (p = 0.21).", ("no_difference", "no_difference")),
        ("Grip strength in the massage and usual care groups was 35.7 ± 2.6 and 29.9 ± 7.1 kg respectively (p = 0.06).", ("no_difference", "no_difference")),
        ("Completion rates were 58% for massage and 29% for usual care (p > 0.05).", ("no_difference", "no_difference")),
    ],
)  # fmt: skip
def test_a_measure_placed_higher_or_lower_in_one_arm_compares_the_arms(
    result: str, reading: tuple[str, str]
) -> None:
    finding = _only(_read(("METHODS", INTRO), ("RESULTS", result)))
    assert (finding.change, finding.direction, finding.comparison) == (*reading, "between_groups")


def test_a_measure_listed_after_another_with_values_of_its_own_follows_the_arms_named_before() -> None:
    """Fictional: the time to oral intake has values that name no arm, and no change word; the
    clause named the arms for the time to first flatus, in the order of its values."""
    found, _ = _read(
        ("METHODS", INTRO),
        (
            "RESULTS",
            "Time to first flatus was earlier in the massage group than in the usual care group (3.1 vs 4.2"
            " d, p = 0.01), as well as the time to oral intake (2.0 ± 0.5 vs 3.5 ± 1.1 d, p = 0.02).",
        ),
    )
    assert {(f.measure, f.change, f.direction) for f in found} == {
        ("Time to first flatus", "decreased", "improved"),
        ("time to oral intake", "decreased", "improved"),
    }


def test_a_measure_added_to_a_vocabulary_outcome_s_result_shares_it() -> None:
    """Fictional: "as well as the nausea score" adds a measure outside the vocabulary to the
    result said of pain, however long that result."""
    found, _ = _read(
        ("METHODS", INTRO),
        (
            "RESULTS",
            "Pain was lower in the massage group than in the usual care group (3.1 vs 4.2, p = 0.01),"
            " as well as the nausea score (2.0 ± 0.5 vs 3.5 ± 1.1, p = 0.02).",
        ),
    )
    assert {(f.domain, f.measure, f.change, f.direction) for f in found} == {
        ("pain", "Pain", "decreased", "improved"),
        ("other", "nausea score", "decreased", "improved"),
    }


def test_values_given_respectively_follow_the_arms_of_the_sentence_before() -> None:
    """Fictional: the second sentence names no arm; its values follow the first's arms in order."""
    found, _ = _read(
        ("METHODS", INTRO),
        (
            "RESULTS",
            "Anxiety was 3.1 in the massage group and 4.2 in the usual care group (p = 0.01). "
            "Fatigue was 5.0 and 3.5, respectively (p = 0.02).",
        ),
    )
    assert {(f.domain, f.change, f.comparison) for f in found} == {
        ("anxiety", "decreased", "between_groups"),
        ("fatigue", "increased", "between_groups"),
    }


@pytest.mark.parametrize(
    ("methods", "result", "change"),
    [  # fictional: arms known by their labels, or called cases and controls
        ("Adults were randomized to massage (group I) or usual care (group II).", "Anxiety: group I 3.1, group II 4.2 (p = 0.01).", "decreased"),
        ("Adults were randomized to massage (group I) or usual care (group II).", "Anxiety (group II vs. group I): 4.2 vs. 3.1, p = 0.01.", "decreased"),
        ("Adults were randomized to massage (group I) or usual care (group II).", "Anxiety was 3.1 and 4.2 in group I and group II, respectively (p = 0.01).", "decreased"),
        ("Adults were randomized to massage (Group 1) or usual care (Group 2).", "Anxiety in Groups 1 and 2 was 3.1 ± 1.0 and 4.2 ± 1.1, respectively (p = 0.01).", "decreased"),
        (INTRO, "Anxiety was 3.1 in cases vs. 4.2 in controls (p = 0.01).", "decreased"),
        (INTRO, "The rate of readmission was higher in controls (31%) than in cases (3%; p = 0.003).", "decreased"),
        (INTRO, "Anxiety was 3.1 in cases and 4.2 in controls (p = 0.31).", "no_difference"),
        ("Adults were randomized to massage (group I) or usual care (group II).", "In terms of skin thickness, neither before (I vs II: 30.1 vs 30.5 mm, p = 0.80) nor after treatment (I vs II: 31.0 vs 31.2 mm, p = 0.98) did the groups differ.", "no_difference"),
    ],
)  # fmt: skip
def test_labelled_arms_values_compare_the_arms(methods: str, result: str, change: str) -> None:
    finding = _only(_read(("METHODS", methods), ("RESULTS", result)))
    assert (finding.domain, finding.change, finding.comparison) == (
        "anxiety" if "nxiety" in result else "other",
        change,
        "between_groups",
    )


@pytest.mark.parametrize(
    ("result", "change"),
    [  # fictional: "there were", each arm's share, then what was counted, the arms respectively
        ("There were 60.0% (30/50) and 40.0% (20/50) responders in the massage and usual care groups,"
         " respectively (p = 0.04).", "increased"),
        ("There were 30 and 28 responders in the massage and usual care groups, respectively (p = 0.61).",
         "no_difference"),
    ],
)  # fmt: skip
def test_what_there_were_so_many_of_in_each_arm_compares_the_arms(result: str, change: str) -> None:
    finding = _only(_read(("METHODS", INTRO), ("RESULTS", result)))
    assert (finding.measure, finding.change, finding.comparison) == ("responders", change, "between_groups")


def test_each_arms_events_without_a_test_are_no_finding() -> None:
    """Fictional: counts in each arm, untested, tell no result of the trial."""
    assert (
        _read(
            f"{INTRO} Cramps developed in 4 of 40 (10%) patients with massage and 12 of 40 (30%) patients"
            " with usual care."
        )[0]
        == []
    )


def test_a_change_granted_by_although_then_judged_not_significant_is_no_difference() -> None:
    """Fictional: "Although cortisol dropped ..., this was not significant" names the measure
    in the concession; "this" is its test."""
    finding = _only(
        _read(f"{INTRO} Although serum cortisol dropped by 9 nmol/l, this was not significant (p = 0.22).")
    )
    assert (finding.measure, finding.direction, finding.p_value) == (
        "serum cortisol",
        "no_difference",
        "p = 0.22",
    )


def test_a_goal_achieved_by_more_of_one_arm_is_a_gain_with_that_arm() -> None:
    """Fictional: "target blood pressure was achieved in 40% ... and 70% ..." is better with the
    arm where more reached it, although a lower blood pressure is the better one."""
    finding = _only(
        _read(
            f"{INTRO} Target blood pressure was achieved in 40% of the usual care group and 70% of the"
            " massage group (p = 0.01)."
        )
    )
    assert (finding.direction, finding.change, finding.comparison) == (
        "improved",
        "increased",
        "between_groups",
    )


def test_each_arms_share_set_against_the_others_without_a_test_compares_the_arms_untested() -> None:
    """Fictional: "82% of the massage group ... as compared to 45% of the usual care group" sets
    the arms against each other, a larger share with massage; with no test behind it, which arm
    did better is left unclear."""
    finding = _only(
        _read(
            ("METHODS", INTRO),
            (
                "RESULTS",
                "At the end of treatment, 82% of the massage group reported no pain as compared to 45% of"
                " the usual care group.",
            ),
        )
    )
    assert (finding.domain, finding.change, finding.direction, finding.comparison) == (
        "pain",
        "increased",
        "unclear",
        "between_groups",
    )


@pytest.mark.parametrize(
    ("result", "reading"),
    [  # fictional: how many people in each arm had a gain, set against each other
        ("More patients in the massage group than in the usual care group reported improved sleep.", ("increased", "unclear")),
        ("A greater proportion of patients in the massage group reported improved sleep.", ("increased", "unclear")),
        # a test behind it, in numbers or in words: which arm did better is told
        ("More patients in the massage group than in the usual care group reported improved sleep (p = 0.01).", ("increased", "improved")),
        ("Significantly more patients in the massage group than in the usual care group reported improved sleep.", ("increased", "improved")),
        # a larger share who had a gain in pain is less pain, not more
        ("A higher percentage of patients in the massage group reported improved pain (p = 0.01).", ("decreased", "improved")),
    ],
)  # fmt: skip
def test_more_people_with_a_gain_in_one_arm_without_a_test_leaves_which_did_better_unclear(
    result: str, reading: tuple[str, str]
) -> None:
    finding = _only(_read(("METHODS", INTRO), ("RESULTS", result)))
    assert ((finding.change, finding.direction), finding.comparison) == (reading, "between_groups")


@pytest.mark.parametrize(
    "result",
    [  # fictional: significant by one analysis and not by another: conflicting results
        "The reduction in pain was significant in the per-protocol analysis but not in the intention-to-treat analysis.",
        "Pain was significantly lower in the massage group in the per-protocol analysis (p = 0.02) but not in the intention-to-treat analysis (p = 0.12).",
        "Pain was lower with massage than with usual care in the ITT analysis (p = 0.21), whereas the per-protocol analysis showed a significant reduction (p = 0.03).",
    ],
)  # fmt: skip
def test_a_result_significant_in_one_analysis_and_not_another_is_unclear(result: str) -> None:
    finding = _only(_read(("METHODS", INTRO), ("RESULTS", result)))
    # the analyses of a trial compare its arms: neither is one arm's change, nor either p-value the result's
    assert (finding.domain, finding.change, finding.direction, finding.comparison, finding.p_value) == (
        "pain",
        "unclear",
        "unclear",
        "between_groups",
        None,
    )


def test_a_result_significant_in_both_analyses_is_read_as_said() -> None:
    result = "Pain was significantly lower with massage in both the per-protocol and the intention-to-treat analyses."
    finding = _only(_read(("METHODS", INTRO), ("RESULTS", result)))  # fictional
    assert (finding.change, finding.direction, finding.comparison) == (
        "decreased",
        "improved",
        "between_groups",
    )


def test_an_outcome_listed_with_its_statistics_only_shares_the_comparison_before_it() -> None:
    """Fictional: fatigue, listed after pain's p-value with statistics of its own, is still one of
    the outcomes "there were no differences between the groups in"; the time that opens the
    sentence is no change over time."""
    found, _ = _read(
        ("METHODS", INTRO),
        (
            "RESULTS",
            "At the post-test, there were no differences between the massage and usual care groups in pain"
            " (MD = -0.5, 95% CI -2.0 to 0.9; p = 0.45) and fatigue (MD = -0.1, 95% CI -1.2 to 0.8; p = 0.97).",
        ),
    )
    assert sorted((f.domain, f.direction, f.comparison) for f in found) == [
        ("fatigue", "no_difference", "between_groups"),
        ("pain", "no_difference", "between_groups"),
    ]


@pytest.mark.parametrize(
    ("result", "reading"),
    [  # fictional: the arm whose change was the greatest, set against the other arms
        ("The reduction in pain was greatest in the massage group (p = 0.01).", ("decreased", "improved")),
        ("The reduction in pain was greatest in the placebo group (p = 0.01).", ("increased", "worsened")),
        # the level itself, lowest or highest in one arm
        ("Pain was lowest in the massage group (p = 0.01).", ("decreased", "improved")),
        ("Pain was lowest in the placebo group (p = 0.01).", ("increased", "worsened")),
        ("Pain was highest in the placebo group (p = 0.01).", ("decreased", "improved")),
        # another active arm did best: the tested arm did less well
        ("Pain was lowest in the acupuncture group (p = 0.01).", ("increased", "worsened")),
        ("The reduction in pain was greatest in the acupuncture group (p = 0.01).", ("increased", "worsened")),
        # lower than which arm, of three, is not said; the arm the methods leave open is not known
        ("Pain was lower in the acupuncture group (p = 0.01).", ("unclear", "unclear")),
        ("Pain was lowest in the high-dose group (p = 0.01).", ("unclear", "unclear")),
    ],
)  # fmt: skip
def test_the_greatest_change_in_one_arm_compares_it_with_the_others(
    result: str, reading: tuple[str, str]
) -> None:
    methods = "Ninety adults were randomized to massage, acupuncture or placebo for 6 weeks."
    finding = _only(_read(("METHODS", methods), ("RESULTS", result)))
    assert ((finding.change, finding.direction), finding.comparison) == (reading, "between_groups")


def test_the_lowest_level_at_a_time_is_no_finding() -> None:
    methods = "Ninety adults were randomized to massage, acupuncture or placebo for 6 weeks."
    assert _read(("METHODS", methods), ("RESULTS", "Pain was lowest at 24 hours (p = 0.01)."))[0] == []


@pytest.mark.parametrize(
    ("result", "reading"),
    [  # fictional: of two arms, a comparative held by the active comparator is its result
        ("Pain was lower in the relaxation group (p = 0.01).", ("increased", "worsened")),
        ("Pain was lower in the massage group (p = 0.01).", ("decreased", "improved")),
    ],
)
def test_a_comparative_held_by_the_one_active_comparator_is_turned_round(
    result: str, reading: tuple[str, str]
) -> None:
    methods = "Sixty adults were randomized to massage or relaxation for 6 weeks."
    (finding,) = _read_titled("Massage versus relaxation for back pain", methods, result)
    assert ((finding.change, finding.direction), finding.comparison) == (reading, "between_groups")


@pytest.mark.parametrize(
    ("result", "reading"),
    [  # fictional: a from/to pair whose ends each name an arm sets the two arms against each other
        ("Pain rose from 3.1 in the usual care group to 4.5 in the massage group (p = 0.01).", ("increased", "worsened")),
        ("Pain fell from 5.1 in the massage group to 3.5 in the usual care group (p = 0.01).", ("increased", "worsened")),
        ("Pain fell from 5.1 in the usual care group to 3.5 in the massage group (p = 0.01).", ("decreased", "improved")),
        ("Pain fell from 5.1 in the usual care group to 3.5 in the massage group (p = 0.41).", ("no_difference", "no_difference")),
        # untested: which arm did better is not established
        ("Pain fell from 5.1 in the usual care group to 3.5 in the massage group.", ("decreased", "unclear")),
    ],
)  # fmt: skip
def test_a_from_to_pair_of_two_arms_compares_the_arms(result: str, reading: tuple[str, str]) -> None:
    finding = _only(_read(("METHODS", INTRO), ("RESULTS", result)))
    assert ((finding.change, finding.direction), finding.comparison) == (reading, "between_groups")


@pytest.mark.parametrize(
    ("result", "reading"),
    [  # fictional: arms by their labels, the methods telling which is which, or not
        ("Pain fell from 5.1 in group C to 3.5 in group T (p = 0.01).", ("decreased", "improved")),
        ("Pain fell from 5.1 in group T to 3.5 in group C (p = 0.01).", ("increased", "worsened")),
        ("Pain fell from 5.1 in group A to 3.5 in group T (p = 0.01).", ("unclear", "unclear")),
    ],
)
def test_a_from_to_pair_of_labelled_arms_compares_them(result: str, reading: tuple[str, str]) -> None:
    methods = "Group T received oral fictolan 15 mg. Group C received saline only. Group A received both."
    (finding,) = _read_titled("Oral fictolan versus saline for pain after surgery", methods, result)
    assert ((finding.change, finding.direction), finding.comparison) == (reading, "between_groups")


def test_a_title_naming_one_treatment_leaves_the_aim_to_tell_its_arms_apart() -> None:
    title = "Intranasal fictolan for induced hypoglycaemia in adults: a crossover trial"  # fictional
    methods = "The aim was to compare intranasal (3 mg) versus intramuscular (1 mg) fictolan in 60 adults."
    result = "Mean time to recovery was 16 min for intranasal and 13 min for intramuscular (P < 0.001)."
    (finding,) = _read_titled(title, methods, result)
    assert (finding.change, finding.direction, finding.comparison) == (
        "increased",
        "worsened",
        "between_groups",
    )


@pytest.mark.parametrize(
    "result",
    [  # fictional: the second clause's subject left out, the tested arm's
        "Fictolan did not lower fasting insulin (p = 0.41) but significantly reduced triglycerides (p = 0.01).",
        "Fictolan did not lower fasting insulin (p = 0.41), but it reduced triglycerides (p = 0.01).",
    ],
)
def test_a_clause_with_its_subject_left_out_tells_the_tested_arms_result_against_the_same_arm(
    result: str,
) -> None:
    title = "Fictolan versus placebo for dyslipidaemia: a fictional trial"
    methods = "Sixty adults were randomized to fictolan or placebo for 12 weeks."
    found = {f.measure: (f.direction, f.comparison) for f in _read_titled(title, methods, result)}
    assert found["triglycerides"] == ("improved", "between_groups")


def test_without_a_title_the_aim_tells_the_labelled_arms_apart() -> None:
    record = Record(  # fictional, and untitled as Evidence Inference's records are
        pmid="1",
        abstract=(
            AbstractSection(
                text="This trial was designed to assess oral fictolan for night cramps compared to quinine tablets.",
                label="BACKGROUND",
            ),
            AbstractSection(
                text="In Group Q (n = 20), quinine tablets were given at bedtime. Group Z received oral fictolan 10 mg.",
                label="METHODS",
            ),
            AbstractSection(
                text="At 4 weeks, Group Z had significantly fewer cramps than Group Q (2.1 vs 4.3 per week, p = 0.01).",
                label="RESULTS",
            ),
        ),
    )
    (finding,) = findings(record, load_vocabulary(), study_facts(record, load_vocabulary()))[0]
    assert (finding.change, finding.direction, finding.comparison) == (
        "decreased",
        "improved",
        "between_groups",
    )


@pytest.mark.parametrize(
    ("result", "reading"),
    [  # fictional: two drugs no vocabulary knows, the aim telling which was tested
        ("Night cramps were more frequent in the quinine group (p = 0.01).", ("decreased", "improved")),
        ("Night cramps were less frequent in the quinine group (p = 0.01).", ("increased", "worsened")),
        ("Night cramps were less frequent in the fictolan group (p = 0.01).", ("decreased", "improved")),
        # the comparator set against the tested arm by name
        ("Night cramps were more frequent in the quinine group than in the fictolan group (p = 0.01).", ("decreased", "improved")),
        ("Night cramps were more frequent in quinine group compared to fictolan group (p = 0.01).", ("decreased", "improved")),
        ("Quinine caused more night cramps than fictolan (p = 0.01).", ("decreased", "improved")),
        ("Quinine was associated with more night cramps than fictolan (p = 0.01).", ("decreased", "improved")),
        # the arm by the people its treatment was given
        ("Night cramps were more frequent in quinine-treated adults (p = 0.01).", ("decreased", "improved")),
        ("Night cramps were less frequent in fictolan-treated adults (p = 0.01).", ("decreased", "improved")),
    ],
)  # fmt: skip
def test_without_a_title_the_aim_names_the_comparator_whose_comparative_is_turned_round(
    result: str, reading: tuple[str, str]
) -> None:
    methods = (
        "The aim was to compare the efficacy of fictolan with quinine for night cramps. "
        "Sixty adults were randomized to fictolan or quinine for 4 weeks."
    )
    (finding,) = _read_titled("", methods, result)
    assert ((finding.change, finding.direction), finding.comparison) == (reading, "between_groups")


@pytest.mark.parametrize(
    ("result", "against"),
    [  # fictional: the comparator's result turned round for the tested arm names that arm
        ("Night cramps were more frequent in the quinine group than in the fictolan group (p = 0.01).", "quinine"),
        ("Quinine caused more night cramps than fictolan (p = 0.01).", "quinine"),
        ("Night cramps were less frequent in the fictolan group than in the quinine group (p = 0.01).", "quinine"),
    ],
)  # fmt: skip
def test_a_result_set_against_the_aims_comparator_names_it(result: str, against: str) -> None:
    methods = (
        "The aim was to compare the efficacy of fictolan with quinine for night cramps. "
        "Sixty adults were randomized to fictolan or quinine for 4 weeks."
    )
    (finding,) = _read_titled("", methods, result)
    assert (finding.change, finding.comparison, finding.comparator) == (
        "decreased",
        "between_groups",
        against,
    )


@pytest.mark.parametrize(
    "result",
    [  # fictional: a dose set against another dose, by its number or as the study's other doses
        "Night cramps were fewer with 8 mg than with 4 mg (p = 0.01).",
        "Night cramps were fewer at 8 mg than at 4 mg (p = 0.01).",
        "Night cramps were fewer at 8 mg than at the lower doses (p = 0.01).",
    ],
)
def test_two_tested_arms_set_one_against_the_other_name_no_comparator(result: str) -> None:
    methods = (
        "Sixty adults were randomized to fictolan 8 mg, fictolan 4 mg, fictolan 2 mg or placebo for 4 weeks."
    )
    (finding,) = _read_titled("", methods, result)
    assert (finding.comparison, finding.comparator) == ("between_groups", None)


@pytest.mark.parametrize(
    ("result", "reading"),
    [  # fictional: a labelled arm as the subject of its own change, the methods naming its arm
        ("Group B showed worsening of grip strength.", ("worsened", "Group B")),
        ("Group B showed a decline in grip strength.", ("worsened", "Group B")),
        ("Group A showed improvement of grip strength.", ("improved", None)),
    ],
)  # fmt: skip
def test_a_labelled_arm_as_the_subject_gives_its_own_change(
    result: str, reading: tuple[str, str | None]
) -> None:
    methods = "Forty adults were randomized to group A (hand splinting) or group B (no treatment)."
    (finding,) = _read_titled("Hand splinting after stroke", methods, result)
    assert ((finding.direction, finding.comparator), finding.comparison) == (reading, "within_group")


def test_a_roman_numeral_label_as_the_subject_gives_its_own_change() -> None:
    """Fictional: "II", a short name too, is no short name of a group after "group"."""
    methods = "Forty adults were randomized to group I (fictolan) or group II (placebo)."
    (finding,) = _read_titled("Fictolan for fatigue", methods, "Group II showed worsening of fatigue.")
    assert (finding.direction, finding.comparison, finding.comparator) == (
        "worsened",
        "within_group",
        "Group II",
    )


@pytest.mark.parametrize(
    ("result", "reading"),
    [  # fictional: both arms said to have had the outcome alike
        ("Both groups had similar grip strength at 12 weeks.", [("no_difference", "between_groups")]),
        ("The two arms showed comparable grip strength after treatment (p = 0.41).", [("no_difference", "between_groups")]),
        # alike at the start is no result, and a change alike is each arm's change
        ("Both groups had similar grip strength at baseline.", []),
        ("Both groups had similar increases in grip strength.", [("increased", "within_group")]),
    ],
)  # fmt: skip
def test_both_arms_having_an_outcome_alike_is_no_difference_between_them(
    result: str, reading: list[tuple[str, str]]
) -> None:
    methods = "Forty adults were randomized to hand splinting or no treatment."
    found = _read_titled("Hand splinting after stroke", methods, result)
    assert [(f.change, f.comparison) for f in found] == reading


@pytest.mark.parametrize(
    ("result", "reading"),
    [  # fictional: each arm named by the people its drug treated
        ("Zorbatan-treated patients had fewer night cramps than fictolan-treated patients (p = 0.01).", ("increased", "worsened")),
        ("Night cramps were less frequent in zorbatan-treated than in fictolan-treated patients (p = 0.01).", ("increased", "worsened")),
        ("Fictolan-treated patients had fewer night cramps than zorbatan-treated patients (p = 0.01).", ("decreased", "improved")),
        # or the people on it, or taking it
        ("Patients on zorbatan had fewer night cramps than those on fictolan (p = 0.01).", ("increased", "worsened")),
        ("Patients taking zorbatan had fewer night cramps than those taking fictolan (p = 0.01).", ("increased", "worsened")),
    ],
)  # fmt: skip
def test_arms_named_by_their_treated_people_are_read_through_which_was_tested(
    result: str, reading: tuple[str, str]
) -> None:
    methods = "Fifty adults were randomized to fictolan or zorbatan for six weeks."
    (finding,) = _read_titled("Fictolan versus zorbatan for night cramps", methods, result)
    assert ((finding.change, finding.direction), finding.comparison) == (reading, "between_groups")


@pytest.mark.parametrize(
    ("methods", "result", "direction"),
    [  # fictional: the second outcome's arm named as "the former" or "the latter" of the two before it
        ("Sixty adults were randomized to yoga or usual care.", "Stiffness was higher in the usual care group than in the yoga group, and the former also reported poorer sleep (p = 0.01).", "improved"),
        ("Sixty adults were randomized to yoga or usual care.", "Stiffness was higher in the usual care group than in the yoga group, and the latter also reported poorer sleep (p = 0.01).", "worsened"),
        ("Sixty adults were randomized to group A (yoga) or group B (usual care).", "Stiffness was lower in group B than in group A, and the former also reported poorer sleep (p = 0.01).", "improved"),
        ("Sixty adults were randomized to group A (yoga) or group B (usual care).", "Stiffness was lower in group B than in group A; the latter also reported poorer sleep (p = 0.01).", "worsened"),
        ("Sixty adults were randomized to yoga or usual care.", "The yoga group and the usual care group differed in sleep, the latter having poorer sleep quality (p = 0.01).", "improved"),
    ],
)  # fmt: skip
def test_an_arm_named_as_the_former_or_the_latter_is_the_one_named_first_or_last(
    methods: str, result: str, direction: str
) -> None:
    found = _read_titled("Yoga for stiffness", methods, result)
    assert [f.direction for f in found if f.domain == "sleep"] == [direction]


@pytest.mark.parametrize(
    ("result", "direction"),
    [  # fictional: two drugs by their bare names, nothing but the methods' order telling them apart
        ("Zorbatan reduced joint pain more than fictolan (p = 0.01).", "unclear"),
        ("Fictolan reduced joint pain more than zorbatan (p = 0.01).", "improved"),
    ],
)
def test_a_bare_named_arm_set_against_the_arm_the_methods_name_first_is_not_the_tested_one(
    result: str, direction: str
) -> None:
    methods = "Fifty adults were randomized to fictolan or zorbatan for six weeks."
    (finding,) = _read_titled("", methods, result)
    assert (finding.direction, finding.comparison) == (direction, "between_groups")


_TWO_DOSES = "Sixty adults were randomized to fictozide 10 mg or fictozide 30 mg daily for 12 weeks."


@pytest.mark.parametrize(
    ("title", "result", "reading"),
    [  # fictional: arms named by their doses, the title's "X versus Y" telling the tested dose
        ("Fictozide 30 mg versus 10 mg for migraine", "Headache days were fewer in the 10 mg group than in the 30 mg group (p = 0.02).", ("increased", "worsened")),
        ("Fictozide 30 mg versus 10 mg for migraine", "Headache days were fewer in the 30-mg group than in the 10-mg group (p = 0.02).", ("decreased", "improved")),
        ("Fictozide 10 mg versus 30 mg for migraine", "Headache days were fewer in the 10 mg group than in the 30 mg group (p = 0.02).", ("decreased", "improved")),
        ("High-dose versus low-dose fictozide for migraine", "Headache days were more frequent in the high-dose group compared with the low-dose group (p = 0.02).", ("increased", "worsened")),
        ("High-dose versus low-dose fictozide for migraine", "Compared with the high-dose group, the low-dose group had more headache days (p = 0.02).", ("decreased", "improved")),
        ("Low-dose versus high-dose fictozide for migraine", "Headache days were fewer in the high-dose group than in the low-dose group (p = 0.02).", ("increased", "worsened")),
        ("Fictozide 1 mg/kg versus 0.5 mg/kg for migraine", "Headache days were fewer in the 0.5 mg/kg group than in the 1 mg/kg group (p = 0.02).", ("increased", "worsened")),
        ("Fictozide 30 mg versus fictozide 10 mg for migraine", "Headache days were fewer in the 10 mg group than in the 30 mg group (p = 0.02).", ("increased", "worsened")),
        # nothing tells which dose was tested
        ("Fictozide for migraine", "Headache days were fewer in the 10 mg group than in the 30 mg group (p = 0.02).", ("unclear", "unclear")),
    ],
)  # fmt: skip
def test_arms_named_by_their_doses_are_read_through_the_dose_the_title_tests(
    title: str, result: str, reading: tuple[str, str]
) -> None:
    (finding,) = _read_titled(title, _TWO_DOSES, result)
    assert ((finding.change, finding.direction), finding.comparison) == (reading, "between_groups")


@pytest.mark.parametrize(
    ("result", "comparator"),
    [  # fictional: a change within one dose's arm, the title testing 30 mg against 10 mg
        ("Headache days rose in the 10 mg group.", "10 mg group"),
        ("The 10 mg group showed worsening of headache days.", "10 mg group"),
        ("Headache days rose in the 30 mg group.", None),
    ],
)
def test_a_change_within_the_comparators_dose_is_that_arms_own(result: str, comparator: str | None) -> None:
    (finding,) = _read_titled("Fictozide 30 mg versus 10 mg for migraine", _TWO_DOSES, result)
    assert (finding.comparison, finding.comparator) == ("within_group", comparator)


@pytest.mark.parametrize(
    ("methods", "result", "reading"),
    [  # fictional: a drug's code, too short read word by word, named whole where the methods randomize
        ("The aim was to compare the efficacy of ZX-417 with fictolan for night cramps. Sixty adults were randomized to ZX-417 or fictolan.", "Fictolan gave more night cramps than ZX-417 (p = 0.01).", ("decreased", "improved")),
        ("The aim was to compare the efficacy of ZX-417 with fictolan for night cramps. Sixty adults were randomized to ZX-417 or fictolan.", "Night cramps were more frequent with fictolan than with ZX-417 (p = 0.01).", ("decreased", "improved")),
        # the code as the comparator, the subject set against the tested arm
        ("The aim was to compare the efficacy of fictolan with ZX-417 for night cramps. Sixty adults were randomized to fictolan or ZX-417.", "ZX-417 gave more night cramps than fictolan (p = 0.01).", ("decreased", "improved")),
    ],
)  # fmt: skip
def test_a_drugs_code_the_methods_randomize_to_names_its_arm_after_than(
    methods: str, result: str, reading: tuple[str, str]
) -> None:
    (finding,) = _read_titled("", methods, result)
    assert ((finding.change, finding.direction), finding.comparison) == (reading, "between_groups")


@pytest.mark.parametrize(
    "result",
    [  # fictional: the comparator brought the result about, nothing said of the tested arm's
        "Quinine caused more night cramps (p = 0.01).",
        "Quinine was associated with more night cramps (p = 0.01).",
        "Patients receiving quinine had more night cramps (p = 0.01).",
        # "treated" is the people's, not the tested arm's word
        "Patients treated with quinine had more night cramps (p = 0.01).",
        # nor is how else they were given it
        "Patients sedated with quinine had more night cramps (p = 0.01).",
        "Patients receiving quinine were more sedated (p = 0.01).",
        "Quinine provided better relief of night cramps (p = 0.01).",
        # what it did to an outcome named after the verb, hedged or not
        "Quinine reduced night cramps (p = 0.01).",
        "Quinine significantly lowered cramp pain (p = 0.01).",
        "Quinine may benefit sleep quality.",
        # it alone: the tested arm's gain is not told
        "Only quinine reduced night cramps (p = 0.01).",
    ],
)
def test_the_comparators_own_result_is_no_change_of_the_tested_arm(result: str) -> None:
    methods = (
        "The aim was to compare the efficacy of fictolan with quinine for night cramps. "
        "Sixty adults were randomized to fictolan or quinine for 4 weeks."
    )
    assert [finding.change for finding in _read_titled("", methods, result)] in ([], ["unclear"])


@pytest.mark.parametrize(
    "result",
    [  # fictional: the other active arm against the arm given no treatment
        "Stretching improved range of motion compared with no treatment (p = 0.02).",
        "Range of motion was higher in the stretching group than in the no-treatment group (p = 0.02).",
    ],
)
def test_an_arm_given_no_treatment_is_not_the_tested_arm(result: str) -> None:
    """Fictional: "treatment" names the tested arm, but not after "no"."""
    methods = (
        "Forty-five adults with Parkinson's disease were randomized to massage, stretching, or no treatment."
    )
    found = _read_titled("Massage for pain in Parkinson's disease: a three-arm trial", methods, result)
    assert "worsened" not in [f.direction for f in found]


@pytest.mark.parametrize(
    "result",
    [  # fictional: the two control arms set against each other, the tested arm on neither side
        "Anxiety was lower in the sham group than in the no-treatment group (p = 0.02).",
        "The sham and no-treatment groups did not differ in anxiety (p = 0.4).",
        # the sham arm the subject that acted, the other control arm what it is set against
        "Sham reflexology reduced anxiety compared with no treatment (p = 0.02).",
        "Sham reflexology lowered anxiety more than usual care did (p = 0.02).",
    ],
)
def test_sham_against_no_treatment_tells_nothing_of_the_tested_arm(result: str) -> None:
    methods = "Sixty adults were randomized to reflexology, sham reflexology, or no treatment."
    assert _read_titled("Reflexology for anxiety: a three-arm trial", methods, result) == []


def test_an_outcome_named_as_the_comparator_is_changed_still_is_read() -> None:
    """Fictional: "walking" names the comparator's arm and the outcome; nothing follows the verb."""
    methods = (
        "Forty adults with stroke were randomized to robot-assisted gait training or conventional walking."
    )
    result = "Walking improved significantly (p = 0.01)."
    found = _read_titled("Robot-assisted gait training versus conventional walking", methods, result)
    assert [(f.domain, f.direction) for f in found] == [("walking", "improved")]


@pytest.mark.parametrize(
    ("result", "reading"),
    [  # fictional: the comparator's arm, by its treatment's word, had more or less of an outcome
        ("The quinine group needed fewer rescue tablets (p = 0.01).", ("increased", "worsened")),
        ("Quinine-treated patients had more dizziness (p = 0.02).", ("decreased", "improved")),
        ("Quinine patients reported higher sleep satisfaction (p = 0.03).", ("decreased", "worsened")),
        ("Placebo-treated patients had less dizziness (p = 0.02).", ("increased", "worsened")),
        # the arm by how its people were given it
        ("Quinine-sedated patients had more dizziness (p = 0.02).", ("decreased", "improved")),
        ("Dizziness was more frequent in quinine-premedicated patients (p = 0.02).", ("decreased", "improved")),
        ("Quinine users had more dizziness (p = 0.02).", ("decreased", "improved")),
        ("Quinine recipients had more dizziness (p = 0.02).", ("decreased", "improved")),
        ("Patients in the quinine group were less likely to report dizziness (p = 0.01).", ("increased", "worsened")),
        ("Dizziness was less frequent in patients receiving quinine (8% versus 30%; p = 0.01).", ("increased", "worsened")),
        # or named in an opening phrase
        ("With quinine, dizziness was more frequent (p = 0.02).", ("decreased", "improved")),
        ("Among quinine recipients, dizziness was more frequent (p = 0.02).", ("decreased", "improved")),
        # each arm's share in a bracket sets no arm against the one named
        ("Dizziness was less frequent in the quinine group (8% vs 30%, p = 0.01).", ("increased", "worsened")),
        ("Fewer patients in the quinine group were satisfied (55% vs 80%, p = 0.01).", ("increased", "improved")),
        # the comparator's greater gain is the tested arm's smaller one: unclear, never a worsening
        ("The quinine group had a greater reduction in cramp pain (p = 0.03).", ("unclear", "unclear")),
        # the tested arm's own, as read
        ("Fictolan-treated patients had less dizziness (p = 0.02).", ("decreased", "improved")),
    ],
)  # fmt: skip
def test_what_the_comparators_arm_had_is_the_tested_arm_s_the_other_way(
    result: str, reading: tuple[str, str]
) -> None:
    """Fictional: the title names fictolan the tested arm, quinine (or placebo) its comparator."""
    arms = "quinine" if "laceb" not in result else "placebo"
    methods = f"Sixty adults with night cramps were randomized to fictolan or {arms} for 4 weeks."
    found = _read_titled(f"Fictolan versus {arms} for night cramps", methods, result)
    assert [(f.change, f.direction, f.comparison) for f in found] == [(*reading, "between_groups")]


@pytest.mark.parametrize(
    ("result", "reading"),
    [  # fictional: one arm walked farther or faster, nothing set against it
        ("The control group walked farther on the 6MWT (p = 0.03).", ("decreased", "worsened")),
        ("The usual care group walked faster at week 12 (p = 0.03).", ("decreased", "worsened")),
        # the comparator's arm named by two of the title's words
        ("The conventional walking group walked farther on the 6MWT (p = 0.03).", ("decreased", "worsened")),
        ("The conventional walking group had less pain at week 12 (p = 0.03).", ("increased", "worsened")),
        # the tested arm's own, as read
        ("The robot group walked farther on the 6MWT (p = 0.03).", ("increased", "improved")),
    ],
)  # fmt: skip
def test_the_comparators_arm_walking_farther_is_the_tested_arm_s_shorter_walk(
    result: str, reading: tuple[str, str]
) -> None:
    """Fictional: the title names robot-assisted gait training the tested arm."""
    arms = "usual care" if "conventional" not in result else "conventional walking training"
    methods = (
        f"Fifty adults with multiple sclerosis were randomized to robot-assisted gait training or {arms}."
    )
    found = _read_titled(f"Robot-assisted gait training versus {arms} in multiple sclerosis", methods, result)
    assert [(f.change, f.direction, f.comparison) for f in found] == [(*reading, "between_groups")]


def test_without_a_title_the_one_treatment_the_aim_names_is_the_labelled_arm_tested() -> None:
    record = Record(  # fictional, and untitled
        pmid="1",
        abstract=(
            AbstractSection(
                text="The aim was to assess the efficacy of fictolan plus mintarol in adults with acne.",
                label="BACKGROUND",
            ),
            AbstractSection(
                text="Group I included 40 adults who received fictolan plus mintarol and group II included 40 adults"
                " who received fictolan plus saline rinses.",
                label="METHODS",
            ),
            AbstractSection(
                text="At 12 weeks, group II had significantly more acne lesions than group I (12 vs 5, p = 0.01).",
                label="RESULTS",
            ),
        ),
    )
    (finding,) = findings(record, load_vocabulary(), study_facts(record, load_vocabulary()))[0]
    assert (finding.change, finding.direction, finding.comparison) == (
        "decreased",
        "improved",
        "between_groups",
    )


_LISTED_ARMS = (
    "Adults were randomly allocated to receive placebo (saline), fictolan (20 mg), mintarol (10 mg), or both."
)


@pytest.mark.parametrize(
    ("result", "reading"),
    [  # fictional: three tested arms listed with their control; each arm's share set against the control's
        ("The incidence of nausea was 34% with fictolan (P = 0.001), 40% with mintarol (P = 0.004), and 9% with both (P < 0.001), compared with 74% with placebo.", ("decreased", "improved")),
        ("The incidence of nausea was 34% with fictolan, compared with 74% with placebo (P = 0.001).", ("decreased", "improved")),
        ("The incidence of nausea was 84% with fictolan, compared with 54% with placebo (P = 0.01).", ("increased", "worsened")),
    ],
)  # fmt: skip
def test_each_listed_arms_number_against_the_control_compares_them(
    result: str, reading: tuple[str, str]
) -> None:
    (finding,) = _read_titled("A fictional trial of nausea after surgery", _LISTED_ARMS, result)
    assert ((finding.change, finding.direction), finding.comparison) == (reading, "between_groups")


def test_two_listed_tested_arms_set_against_each_other_are_no_finding() -> None:
    result = "The incidence of nausea was 34% with fictolan and 40% with mintarol (P = 0.004)."  # fictional
    assert [
        f.change for f in _read_titled("A fictional trial of nausea after surgery", _LISTED_ARMS, result)
    ] in (
        [],
        ["unclear"],
    )


@pytest.mark.parametrize(
    ("result", "reading"),
    [  # fictional: labels the methods define in the clause each opens
        ("Pain was lower in group A than in group B (p = 0.01).", ("decreased", "improved")),
        ("Pain was lower in group B than in group A (p = 0.01).", ("increased", "worsened")),
    ],
)
def test_a_result_of_labels_defined_in_the_clauses_they_open_is_read(
    result: str, reading: tuple[str, str]
) -> None:
    methods = "In group A, adults received foot reflexology; in group B, adults received usual care."
    (finding,) = _read_titled("A fictional trial in knee pain", methods, result)
    assert ((finding.change, finding.direction), finding.comparison) == (reading, "between_groups")


@pytest.mark.parametrize(
    ("result", "reading"),
    [  # fictional: each labelled arm's values before and after, then the one p-value comparing them
        ("Pain fell from 5.1 to 3.2 in group M and from 5.0 to 4.8 in group C (p = 0.01).", ("decreased", "improved")),
        ("Pain fell from 5.0 to 4.8 in group C and from 5.1 to 3.2 in group M (p = 0.01).", ("decreased", "improved")),
        ("Pain fell from 5.0 to 2.8 in group C and from 5.1 to 4.2 in group M (p = 0.01).", ("increased", "worsened")),
        ("Pain fell from 5.0 to 4.8 in group C and from 5.1 to 3.2 in group M (p = 0.40).", ("no_difference", "no_difference")),
    ],
)  # fmt: skip
def test_each_labelled_arms_values_before_and_after_compare_the_arms(
    result: str, reading: tuple[str, str]
) -> None:
    methods = "Adults were randomized to foot massage (group M) or usual care (group C)."
    found = _read_titled("Foot massage versus usual care for pain", methods, result)
    assert [(f.change, f.direction) for f in found if f.comparison == "between_groups"] == [reading]


@pytest.mark.parametrize(
    ("result", "reading"),
    [  # fictional: arms by their labels as arms, not groups
        ("Pain was lower in arm A than in arm B (p = 0.01).", ("decreased", "improved")),
        ("Pain was lower in arm B than in arm A (p = 0.01).", ("increased", "worsened")),
    ],
)
def test_a_result_of_labelled_arms_is_read_through_which_was_tested(
    result: str, reading: tuple[str, str]
) -> None:
    methods = "Adults were randomized to foot massage (arm A) or usual care (arm B)."
    (finding,) = _read_titled("A fictional trial in knee pain", methods, result)
    assert ((finding.change, finding.direction), finding.comparison) == (reading, "between_groups")


@pytest.mark.parametrize(
    "result",
    [  # fictional: labels of the methods ("group UC") given in the results as the arms' short names
        "Pain was lower in the UC group than in the FM group (p = 0.01).",
        "Pain was lower in UC than in FM (p = 0.01).",
        "Compared with the FM group, the UC group had less pain (p = 0.01).",
    ],
)
def test_labels_given_as_short_names_are_read_through_which_was_tested(result: str) -> None:
    methods = "Adults were randomized to foot massage (group FM) or usual care (group UC)."
    (finding,) = _read_titled("Foot massage versus usual care for pain", methods, result)
    assert (finding.change, finding.direction, finding.comparison) == (
        "increased",
        "worsened",
        "between_groups",
    )


_BEFORE_GROUP = "Adults were randomized to foot massage (M group, n = 20) or usual care (C group, n = 20)."


@pytest.mark.parametrize(
    ("methods", "result", "reading"),
    [  # fictional: one-letter labels before "group", the methods telling which is which, or not
        (_BEFORE_GROUP, "Pain was lower in the C group than in the M group (p = 0.01).", ("increased", "worsened")),
        (_BEFORE_GROUP, "Pain was lower in the M group than in the C group (p = 0.01).", ("decreased", "improved")),
        ("Adults were randomized to the M group or the C group.", "Pain was lower in the C group than in the M group (p = 0.01).", ("unclear", "unclear")),
    ],
)  # fmt: skip
def test_one_letter_labels_before_group_are_read_through_which_was_tested(
    methods: str, result: str, reading: tuple[str, str]
) -> None:
    (finding,) = _read_titled("A fictional trial in knee pain", methods, result)
    assert ((finding.change, finding.direction), finding.comparison) == (reading, "between_groups")


@pytest.mark.parametrize(
    ("result", "reading"),
    [  # fictional: the share of each labelled arm free of pain, tested
        ("60% of group M reported no pain, compared with 20% of group C (p = 0.01).", ("increased", "improved")),
        ("In group C 60% of adults reported no pain as compared to 20% in group M (p = 0.01).", ("decreased", "worsened")),
        ("In group C 60% of adults reported no pain as compared to 20% in group M (p = 0.40).", ("no_difference", "no_difference")),
    ],
)  # fmt: skip
def test_each_labelled_arms_share_free_of_pain_compares_the_arms(
    result: str, reading: tuple[str, str]
) -> None:
    methods = "Adults were randomized to foot massage (group M) or usual care (group C)."
    (finding,) = _read_titled("Foot massage versus usual care for pain", methods, result)
    assert ((finding.change, finding.direction), finding.comparison) == (reading, "between_groups")


def test_a_from_to_pair_of_short_named_arms_never_spelled_out_is_unclear() -> None:
    methods = "Forty adults were randomized to the FW group or the LC group for 4 weeks."
    result = "Pain fell from 5.1 in the LC group to 3.5 in the FW group (p = 0.01)."
    (finding,) = _read_titled("A fictional trial in knee pain", methods, result)
    assert (finding.change, finding.direction, finding.comparison) == ("unclear", "unclear", "between_groups")


@pytest.mark.parametrize(
    "result",
    [  # fictional: the values a measure spanned, or a share of people within a span, is no change over time
        "Pain scores, ranging from 2 to 4, were lower with massage (p = 0.01).",
        "Pain scores, which ranged from 2 to 4, were lower with massage (p = 0.01).",
    ],
)
def test_a_range_of_values_is_no_change_over_time(result: str) -> None:
    finding = _only(_read(("METHODS", INTRO), ("RESULTS", result)))
    assert (finding.change, finding.direction, finding.comparison) == (
        "decreased",
        "improved",
        "between_groups",
    )


def test_scores_from_one_value_to_another_held_by_a_share_are_no_change_over_time() -> None:
    result = "Massage reduced pain (p = 0.01), with scores from 3 to 5 (62%)."
    finding = _only(_read(("METHODS", INTRO), ("RESULTS", result)))
    assert (finding.change, finding.direction) == ("decreased", "improved")
    assert finding.comparison != "within_group"


def test_more_people_with_values_in_a_range_tell_no_way() -> None:
    result = "More patients in the massage group had pain scores from 0 to 2 (62% vs 30%, p = 0.01)."
    found, _ = _read(("METHODS", INTRO), ("RESULTS", result))
    assert [(f.change, f.direction) for f in found if f.direction in ("improved", "worsened")] == []


def test_a_share_of_the_participants_in_each_arm_compares_the_arms() -> None:
    """Fictional: "19% of the participants in the massage group ... compared to 4% in the usual
    care group" gives each arm its share: more headache with massage."""
    finding = _only(
        _read(
            f"{INTRO} Headache occurred in 19% of the participants in the massage group compared to 4% in"
            " the usual care group (p = 0.01)."
        )
    )
    assert (finding.change, finding.direction, finding.comparison) == (
        "increased",
        "worsened",
        "between_groups",
    )


def test_each_arms_count_of_events_then_a_non_significant_p_value_is_no_difference() -> None:
    """Fictional: "Four vs two events of X occurred in A and B, respectively (p = 0.40)" names X."""
    finding = _only(
        _read(
            f"{INTRO} Four vs two events of severe hypotension occurred in the massage and usual care arms,"
            " respectively (p = 0.40)."
        )
    )
    assert (finding.measure, finding.direction, finding.comparison) == (
        "severe hypotension",
        "no_difference",
        "between_groups",
    )


def test_what_one_arm_rated_higher_than_the_other_is_read() -> None:
    """Fictional: "patients in the massage group rated their satisfaction higher than those in
    the usual care group" is more satisfaction with massage."""
    finding = _only(
        _read(
            f"{INTRO} Patients in the massage group rated their satisfaction higher than those in the usual"
            " care group (p = 0.01)."
        )
    )
    assert (finding.measure, finding.direction, finding.comparison) == (
        "satisfaction",
        "improved",
        "between_groups",
    )


@pytest.mark.parametrize(
    ("sentence", "reading"),
    [
        # fictional: "in comparison to" sets the arms against each other, as "compared with" does
        (
            "The massage group showed a significant reduction in aggression (p < 0.001) in comparison to the"
            " usual care group.",
            ("aggression", "improved", "between_groups"),
        ),
        (
            "Anxiety was significantly higher in the usual care group in comparison with the massage group"
            " (p = 0.01).",
            ("Anxiety", "improved", "between_groups"),
        ),
        # fictional: and baseline with the arm's own start
        (
            "Pain decreased significantly in the massage group in comparison with baseline (p = 0.01).",
            ("Pain", "improved", "within_group"),
        ),
    ],
)
def test_in_comparison_to_compares_as_compared_with_does(
    sentence: str, reading: tuple[str, str, str]
) -> None:
    finding = _only(_read(f"{INTRO} {sentence}"))
    assert (finding.measure, finding.direction, finding.comparison) == reading


@pytest.mark.parametrize(
    ("sentence", "reading"),
    [
        # fictional: "favouring" names the arm the result is better for, as "in favour of" does
        (
            "A significant difference in serum cortisol favouring massage was found (p = 0.01).",
            ("serum cortisol", "improved", "decreased"),
        ),
        ("A significant between-group difference favouring massage was found for pain (p = 0.01).", ("pain", "improved", "decreased")),
        ("The difference in serum cortisol favours usual care (p = 0.01).", ("serum cortisol", "worsened", "increased")),
        # ... after the treatment, which alone would tell a change over it
        ("Following the intervention, anxiety scores differed significantly (p = 0.003), favouring massage.", ("anxiety", "improved", "decreased")),
    ],
)  # fmt: skip
def test_a_difference_favouring_an_arm_is_better_with_it(
    sentence: str, reading: tuple[str, str, str]
) -> None:
    finding = _only(_read(f"{INTRO} {sentence}"))
    assert (finding.measure, finding.direction, finding.change, finding.comparison) == (
        *reading,
        "between_groups",
    )


@pytest.mark.parametrize(
    ("sentence", "reading"),
    [
        # fictional: fewer people of the tested arm used it: less use with massage
        (
            "Fewer patients in the massage group used rescue analgesics than in the usual care group"
            " (12% vs 30%, p = 0.01).",
            ("rescue analgesics", "decreased", "improved"),
        ),
        # fictional: fewer of the comparator's people: more use with massage
        (
            "Fewer patients in the usual care group used rescue analgesics (10% vs 30%, p = 0.01).",
            ("rescue analgesics", "increased", "worsened"),
        ),
    ],
)
def test_how_many_used_or_reported_something_compares_the_arms(
    sentence: str, reading: tuple[str, str, str]
) -> None:
    finding = _only(_read(f"{INTRO} {sentence}"))
    assert (finding.measure, finding.change, finding.direction, finding.comparison) == (
        *reading,
        "between_groups",
    )


@pytest.mark.parametrize(
    "result",
    [  # fictional: each arm's number, not significant, is no difference between the arms
        "Median time to relapse was 12.5 months for the massage group and 11.3 months for the usual"
        " care group (P = 0.21).",
        "Median time to relapse was 12.5 months for the massage regimen and 11.3 months for the usual"
        " care regimen (P = 0.21).",
        "Among older patients, the share of days with fatigue was 2.4% in 30 patients in the massage"
        " group; 1.8% in 31 patients in the usual care group; and 2.7% in 29 patients in the waiting"
        " list group (P = 0.86).",
    ],
)
def test_each_arms_number_with_a_non_significant_p_is_no_difference(result: str) -> None:
    finding = _only(_read(INTRO, ("RESULTS", result)))
    assert (finding.change, finding.direction, finding.comparison) == (
        "no_difference",
        "no_difference",
        "between_groups",
    )
    assert finding.measure in ("time to relapse", "fatigue")


@pytest.mark.parametrize(
    ("result", "measure"),
    [  # fictional: forms of no difference whose measure is named in words the vocabulary lacks
        (
            "Forty of 50 (80%) patients in the massage group and 41 of 52 (79%) patients in the usual"
            " care group returned to work (p = 0.90).",
            "returned to work",
        ),
        (
            "In addition, differences between pad weight and pad count between groups were not significant.",
            "pad weight and pad count",
        ),
        ("Grip weakness was equally distributed between the two groups.", "Grip weakness"),
        ("Night waking was evenly distributed in all the groups.", "Night waking"),
        # fictional: how often it happened, said to be alike
        ("Cold extremities were equally frequent in the three groups.", "Cold extremities"),
        ("Dry mouth was equally common in both arms (14% and 15%).", "Dry mouth"),
        ("Night waking occurred equally often in all groups.", "Night waking"),
        # fictional: alike past telling apart
        ("Cold extremities were almost identical in the two groups (12% vs 13%).", "Cold extremities"),
        ("Night waking was statistically indistinguishable between arms.", "Night waking"),
    ],
)
def test_no_difference_between_the_arms_in_an_open_measure(result: str, measure: str) -> None:
    finding = _only(_read(INTRO, ("RESULTS", result)))
    assert (finding.measure, finding.change, finding.direction, finding.comparison) == (
        measure,
        "no_difference",
        "no_difference",
        "between_groups",
    )


def test_no_difference_after_a_sentence_of_values_is_of_their_measure() -> None:
    """Fictional: the values' sentence states no result; the next one's no difference is of the
    measure it named, though the vocabulary does not know it."""
    finding = _only(
        _read(
            INTRO,
            (
                "RESULTS",
                "Groups 1 and 2 had average pinch forces of 17.2 and 6.9 N, respectively. There was no"
                " statistically significant difference between the two groups at 2, 4 and 6 weeks (p > 0.05).",
            ),
        )
    )
    assert (finding.measure, finding.change, finding.comparison) == (
        "pinch forces",
        "no_difference",
        "between_groups",
    )


def test_patients_equally_distributed_by_age_is_no_finding() -> None:
    """Fictional: how the people fell into the arms describes the sample, not a result."""
    assert (
        _read(
            INTRO,
            ("RESULTS", "The patients were equally distributed between the two groups with respect to age."),
        )[0]
        == []
    )


def test_numbers_then_patients_treated_with_each_arm_respectively_compare_the_arms() -> None:
    """Fictional: "in patients treated with massage and usual care, respectively": "treated" is
    no arm of its own; massage and usual care are the pair the numbers follow."""
    finding = _only(
        _read(
            f"{INTRO} Pain scores were 3.1 and 5.4 in patients treated with massage and usual care,"
            " respectively (p = 0.01)."
        )
    )
    assert (finding.direction, finding.change, finding.comparison) == (
        "improved",
        "decreased",
        "between_groups",
    )


def test_a_trend_is_unclear_and_hedged() -> None:
    finding = _only(
        _read(f"{INTRO} Fatigue tended to decrease with massage compared with usual care (p = 0.08).")
    )
    assert (finding.direction, finding.hedged) == ("unclear", True)


def test_a_conclusion_verb_after_a_modal_is_hedged_though_the_verb_before_it_is_not() -> None:
    found, _ = _read(
        ("METHODS", f"{INTRO} Grip strength and fatigue were assessed."),
        ("RESULTS", "Grip strength increased more with massage than with usual care (p = 0.01)."),
        ("CONCLUSIONS", "Massage improves grip strength in MS and may reduce falls and fatigue."),
    )
    assert [(f.domain, f.hedged) for f in found if f.domain in ("strength", "fatigue")] == [
        ("strength", False),
        ("fatigue", True),
    ]


@pytest.mark.parametrize(
    "result",
    [  # fictional: measures outside the vocabulary whose good side is known, or that have none
        "There was a non-significant trend for a lower resting heart rate in the massage group vs. usual care.",
        "Serum cortisol tended to be higher with usual care than with massage.",
        "Plasma renin was lower after massage compared with usual care, which trended towards significance (p = 0.07).",
    ],
)
def test_a_trend_in_a_measure_outside_the_vocabulary_is_unclear_and_hedged(result: str) -> None:
    finding = _only(_read(f"{INTRO} {result}"))
    assert (finding.domain, finding.change, finding.direction, finding.hedged) == (
        "other",
        "unclear",
        "unclear",
        True,
    )


def test_a_trend_of_something_else_in_the_clause_is_no_trend_of_the_measure() -> None:
    """Fictional: the trend is which sessions drove the rise, not the rise itself."""
    found = _read(
        f"{INTRO} Massage raised serum cortisol, which tended to be driven by the longer sessions (p = 0.06)."
    )
    assert [f.change for f in found[0] if "cortisol" in f.measure] != ["unclear"]


@pytest.mark.parametrize(
    "result",
    [  # fictional: the trend told beside it is no test that corrects the stated lack of difference
        "There was no significant difference in fatigue, although it tended to be lower in the massage group (p = 0.08).",
        "There was no significant difference in serum cortisol, although it tended to be lower in the massage group (p = 0.08).",
    ],
)
def test_a_trend_beside_a_stated_lack_of_difference_leaves_it_standing(result: str) -> None:
    assert _only(_read(f"{INTRO} {result}")).change == "no_difference"


@pytest.mark.parametrize(
    "result",
    [  # fictional: each arm's change alike, told by the tested arm's change set against the other's
        "Massage achieved a similar reduction in fatigue as usual care.",
        "Massage led to a comparable reduction in fatigue to that seen with usual care.",
    ],
)
def test_a_similar_change_as_the_comparator_is_no_difference_and_a_change_within(result: str) -> None:
    found = _read(f"{INTRO} {result}")[0]
    assert {(f.comparison, f.direction) for f in found if f.domain == "fatigue"} == {
        ("between_groups", "no_difference"),
        ("within_group", "improved"),
    }


def test_a_change_similar_to_earlier_trials_compares_no_arms() -> None:
    found = _read(f"{INTRO} Massage achieved a similar reduction in fatigue to that reported previously.")[0]
    assert ("between_groups", "no_difference") not in {(f.comparison, f.direction) for f in found}


@pytest.mark.parametrize(
    ("result", "direction"),
    [  # fictional: a Bayesian probability of benefit short of 0.9 is no sure benefit
        ("For fatigue, the posterior probability of benefit was 0.61.", "unclear"),
        ("The probability that massage reduced fatigue was 64%.", "unclear"),
        ("The probability that massage reduced fatigue was 0.97.", "improved"),
    ],
)
def test_a_probability_of_benefit_short_of_likely_is_unclear(result: str, direction: str) -> None:
    assert _only(_read(f"{INTRO} {result}")).direction == direction


def test_a_trend_in_one_arm_is_no_change_of_that_arm() -> None:
    """Fictional: "a trend for a lower X" in one arm showed no change of X, and the rise told
    before it, in the other arm, is no change of X either (it was read so: a reversal)."""
    sentence = (
        "Serum zinc rose after surgery in the massage group but not in controls, in whom there was "
        "even a trend for a lower copper staining after surgery (p = 0.08)."
    )
    found = _read(("METHODS", INTRO), ("RESULTS", sentence))[0]
    assert [(f.measure, f.change) for f in found if "copper" in f.measure and f.change != "unclear"] == []


def test_similar_effects_on_measures_is_no_difference_whatever_else_was_better() -> None:
    """Fictional: "better tolerated" is tolerability's; the measures had "similar effects"."""
    found = _read_titled(
        "A fictional trial of zinc",
        "Sixty adults were randomized to zinc or placebo.",
        "In comparison with placebo, zinc is better tolerated and has similar effects on blood pressure, heart rate and exercise capacity.",
    )
    assert {f.change for f in found if "blood pressure" in f.measure} == {"no_difference"}
    assert [f.measure for f in found if "tolerated" in f.measure] == []  # a predicate names nothing


def test_no_patient_having_a_harm_is_no_change_of_it() -> None:
    """Fictional: "no patient had prolonged nausea" says nothing happened; "prolonged" is no rise."""
    found = _read(("METHODS", INTRO), ("RESULTS", "No patient had prolonged nausea."))[0]
    assert [(f.measure, f.change) for f in found if f.change in ("increased", "decreased")] == []


@pytest.mark.parametrize(
    "sentence",
    [  # fictional: why people left the trial is no change of the arm's measure
        "One subject withdrew in the usual care group (8%, worsened memory).",
        "Two participants dropped out of the massage group because of increased pain.",
    ],
)
def test_a_reason_for_withdrawal_is_no_finding_of_the_measure(sentence: str) -> None:
    found = _read(("METHODS", INTRO), ("RESULTS", sentence))[0]
    assert [(f.measure, f.change) for f in found if f.change in ("increased", "decreased")] == []


def test_borderline_significance_is_unclear_and_hedged() -> None:
    sentence = (
        "Sleep quality showed a borderline significant improvement compared with usual care (p = 0.051)."
    )
    finding = _only(_read(f"{INTRO} {sentence}"))
    assert (finding.direction, finding.hedged, finding.p_value) == ("unclear", True, "p = 0.051")


@pytest.mark.parametrize(
    "sentence",
    [  # fictional: a result its authors call nearly significant is borderline, not no difference
        "Fatigue fell more with massage than with usual care, approaching significance (p = 0.052).",
        "Anxiety was almost significantly lower with massage than with usual care (p = 0.06).",
        "The difference in spasticity was close to statistical significance (p = 0.055).",
    ],
)
def test_a_result_said_to_approach_significance_is_unclear(sentence: str) -> None:
    finding = _only(_read(f"{INTRO} {sentence}"))
    assert (finding.direction, finding.hedged) == ("unclear", True)


def test_hedging_words_keep_a_significant_direction() -> None:
    sentence = "Massage may have reduced anxiety compared with usual care (p = 0.01)."
    finding = _only(_read(f"{INTRO} {sentence}"))
    assert (finding.direction, finding.hedged) == ("improved", True)


def test_a_non_significant_p_value_turns_a_change_into_no_difference() -> None:
    finding = _only(_read(f"{INTRO} Depression decreased more with massage than with usual care (p = 0.32)."))
    assert finding.direction == "no_difference"


def test_a_result_in_one_arm_only_is_within_group() -> None:
    sentence = (
        "Anxiety decreased in the massage group only (p = 0.02), with no change in the usual care group."
    )
    finding = _only(_read(f"{INTRO} {sentence}"))
    assert (finding.direction, finding.comparison, finding.comparator) == ("improved", "within_group", None)


def test_a_lower_timed_up_and_go_time_is_an_improvement() -> None:
    sentence = "TUG time decreased significantly compared with usual care (p = 0.01)."
    finding = _only(_read(f"{INTRO} {sentence}"))
    assert (finding.domain, finding.measure, finding.direction) == ("mobility", "TUG", "improved")


def test_a_higher_walking_distance_is_an_improvement_and_higher_pain_a_worsening() -> None:
    found, _ = _read(
        f"{INTRO} The 6MWT distance increased compared with usual care (p = 0.01). "
        "Pain was higher in the massage group than in the usual care group (p = 0.03)."
    )
    assert [(f.domain, f.direction) for f in found] == [("walking", "improved"), ("pain", "worsened")]


def test_more_bowel_movements_and_a_shorter_time_to_the_first_are_improvements() -> None:
    for sentence in (
        "Bowel movement frequency increased more with massage than with usual care (p = 0.002).",
        "Time to first bowel movement was shorter with massage than with usual care (p = 0.01).",
    ):
        finding = _only(_read(f"{INTRO} {sentence}"))
        assert (finding.domain, finding.direction) == ("bowel", "improved"), sentence


def test_two_instruments_of_one_domain_in_one_clause_each_read_their_own_result() -> None:
    """Fictional results: each instrument reads its own p-value, and a list of them the result."""
    for sentence, expected in (
        (
            "The Barthel Index (p = 0.01) and the FIM (p = 0.03) improved more with massage than with "
            "usual care.",
            [("Barthel Index", "improved", "p = 0.01"), ("FIM", "improved", "p = 0.03")],
        ),
        (
            "There were no significant differences between the groups in the Barthel Index (p = 0.40) "
            "or the FIM (p = 0.52).",
            [("Barthel Index", "no_difference", "p = 0.40"), ("FIM", "no_difference", "p = 0.52")],
        ),
        (
            "Walking, measured by the T25FW and the 6MWT, improved more with massage than with usual "
            "care (p = 0.01).",
            [("6MWT", "improved", "p = 0.01"), ("T25FW", "improved", "p = 0.01")],
        ),
    ):
        found, _ = _read(f"{INTRO} {sentence}")
        assert sorted((f.measure, f.direction, f.p_value) for f in found) == expected, sentence


def test_an_instrument_set_aside_after_anothers_effect_is_no_difference_between_the_groups() -> None:
    sentence = "Compared with usual care, massage improved the 6MWT (p = 0.02) but not the T25FW (p = 0.61)."
    found, _ = _read(f"{INTRO} {sentence}")
    assert [(f.measure, f.direction, f.comparison) for f in found] == [
        ("6MWT", "improved", "between_groups"),
        ("T25FW", "no_difference", "between_groups"),
    ]


def test_an_instrument_that_did_not_after_anothers_effect_is_no_difference_as_the_clause_before_compared() -> (
    None
):
    for sentence, comparison in (
        (
            "The Barthel Index improved more with massage than with usual care (p = 0.01), whereas the "
            "FIM did not (p = 0.42).",
            "between_groups",
        ),
        (
            "The Barthel Index improved from baseline in the massage group (p = 0.01), whereas the FIM "
            "did not (p = 0.42).",
            "within_group",
        ),
    ):
        found, _ = _read(f"{INTRO} {sentence}")
        assert [(f.measure, f.direction, f.comparison) for f in found] == [
            ("Barthel Index", "improved", comparison),
            ("FIM", "no_difference", comparison),
        ], sentence


def test_a_domains_words_and_its_one_instrument_in_one_clause_stay_one_finding() -> None:
    finding = _only(
        _read(f"{INTRO} Fatigue on the Modified Fatigue Impact Scale fell more with massage (p = 0.02).")
    )
    assert (finding.measure, finding.direction) == ("Modified Fatigue Impact Scale", "improved")


@pytest.mark.parametrize(
    "sentence",
    [  # fictional: the tested arm's treatment named with a word before it, the methods' "massage"
        "Agitation fell more with hand massage (p = 0.02).",
        "Agitation was lower with foot massage (p = 0.02).",
    ],
)
def test_a_comparative_held_by_the_tested_arm_named_at_more_length_is_between_groups(sentence: str) -> None:
    finding = _only(_read(("METHODS", INTRO), ("RESULTS", sentence)))
    assert (finding.direction, finding.comparison) == ("improved", "between_groups")


def test_a_conclusion_restating_a_result_adds_no_second_finding() -> None:
    found, _ = _read(
        ("METHODS", INTRO),
        ("RESULTS", "Spasticity decreased more with massage than with usual care (p = 0.01)."),
        ("CONCLUSIONS", "Massage may reduce spasticity in people with MS."),
    )
    (finding,) = found
    assert finding.evidence.text.startswith("Spasticity decreased")


def test_a_conclusion_speaks_for_an_outcome_no_result_sentence_covers() -> None:
    found, _ = _read(
        ("METHODS", INTRO),
        ("RESULTS", "Spasticity decreased more with massage than with usual care (p = 0.01)."),
        ("CONCLUSIONS", "Massage also improved sleep."),
    )
    assert [f.domain for f in found] == ["spasticity", "sleep"]


def test_outcomes_named_only_in_the_methods_are_not_findings() -> None:
    found, not_reported = _read(
        ("METHODS", f"{INTRO} Anxiety, fatigue and balance were measured at baseline and at 6 weeks."),
        ("RESULTS", "Fatigue decreased more with massage than with usual care (p = 0.01)."),
    )
    assert [f.domain for f in found] == ["fatigue"]
    assert not_reported == ["anxiety", "balance"]


def test_a_background_sentence_is_not_a_finding() -> None:
    found, not_reported = _read("Pain and fatigue are common in multiple sclerosis. Massage is popular.")
    assert found == [] and not_reported == []


@pytest.mark.parametrize(
    "background",
    [  # fictional: what a therapy is used for, or thought to do, before the study's own methods
        ("BACKGROUND", "Massage and stretching are used to reduce spasticity in people with multiple sclerosis."),
        ("INTRODUCTION", "Reflexology is thought to lower anxiety and may help improve sleep quality."),
        ("OBJECTIVE", "Massage is widely used to relieve pain; we asked whether it reduces fatigue."),
        "Massage and stretching are used to reduce spasticity in people with multiple sclerosis.",
        "Reflexology is thought to lower anxiety and may help improve sleep quality.",
        "Massage may help relieve anxiety in hospitalized patients.",
    ],
)  # fmt: skip
def test_what_a_therapy_is_used_for_or_thought_to_do_is_no_finding(background: str | tuple[str, str]) -> None:
    found, _ = _read(
        background,
        "Forty adults were randomized to massage or usual care for 6 weeks.",
        "Fatigue was lower with massage than with usual care (p = 0.01).",
    )
    assert [(f.domain, f.comparison) for f in found] == [("fatigue", "between_groups")]


def test_a_follow_up_result_is_kept_apart_from_the_end_of_treatment_result() -> None:
    found, _ = _read(
        f"{INTRO} Pain decreased more with massage than with usual care (p = 0.01). "
        "At the 6-month follow-up, pain did not differ between groups (p = 0.40)."
    )
    assert [(f.timepoint, f.direction) for f in found] == [
        ("end of treatment", "improved"),
        ("follow-up (6 months)", "no_difference"),
    ]


def test_an_instrument_shared_by_domains_counts_for_the_domain_named() -> None:
    _, not_reported = _read(("METHODS", f"{INTRO} Stress was rated with the DASS-21 stress subscale."))
    assert not_reported == ["stress"]


def test_a_lower_limb_is_not_a_decrease() -> None:
    found, _ = _read(
        "This case series describes three people with lower-limb spasticity who received massage."
    )
    assert found == []


# --- the kinds of error met in real abstracts, each in a fictional abstract of its own ----------

SHAM = "Forty people with MS were randomized to reflexology or sham reflexology for 8 weeks."


def _readings(found: tuple[list[Finding], list[str]]) -> list[tuple[str, str, str]]:
    return [(f.domain, f.direction, f.comparison) for f in found[0]]


def test_the_treatment_reducing_an_outcome_the_arms_did_not_differ_in_is_its_own_change() -> None:
    """Fictional: "massage significantly reduced pain" names no other arm; where the abstract then
    says the arms did not differ, the reduction is the massage arm's over time, kept beside the
    no difference, never dropped as contradicting it nor read as an effect against usual care."""
    found = _read(
        ("METHODS", INTRO),
        (
            "RESULTS",
            "Massage significantly reduced pain and anxiety (p < 0.01). However, the differences "
            "between groups were not significant.",
        ),
    )
    assert sorted(_readings(found)) == [
        ("anxiety", "improved", "within_group"),
        ("anxiety", "no_difference", "between_groups"),
        ("pain", "improved", "within_group"),
        ("pain", "no_difference", "between_groups"),
    ]


def test_a_reduction_against_the_other_arm_in_words_still_yields_to_a_stated_no_difference() -> None:
    """Fictional: a result naming the comparator ("than usual care") is between the arms; where
    another result says they did not differ, the stated no difference wins, as before."""
    found = _read(
        ("METHODS", INTRO),
        (
            "RESULTS",
            "Pain was lower with massage than with usual care (p = 0.04). At 6 weeks, pain did not "
            "differ between the groups (p = 0.30).",
        ),
    )
    assert ("pain", "improved", "within_group") not in _readings(found)
    # nor does a comparative that names no arm ("lower in the massage group") become a change
    # over time: it sets the arms side by side
    found = _read(
        ("METHODS", INTRO),
        (
            "RESULTS",
            "Pain was lower in the massage group (p = 0.04). At 6 weeks, pain did not differ "
            "between the groups (p = 0.30).",
        ),
    )
    assert ("pain", "improved", "within_group") not in _readings(found)


def test_another_arm_doing_the_same_is_no_measure() -> None:
    """Fictional: "as did massage without oil" is the other arm improving too, not a measure."""
    found = _read(
        ("METHODS", "Sixty adults were randomized to aromatherapy massage or massage without oil."),
        (
            "RESULTS",
            "Aromatherapy massage significantly improved sleep quality from baseline (p = 0.002), "
            "as did massage without oil (p = 0.01).",
        ),
    )
    assert {f.domain for f in found[0]} == {"sleep"}


def test_both_arms_improving_with_no_difference_from_sham_is_never_improved_vs_sham() -> None:
    found = _read(
        ("METHODS", SHAM),
        (
            "RESULTS",
            "Fatigue decreased from baseline in both groups (p < 0.01), but reflexology was not "
            "superior to sham (p = 0.52).",
        ),
    )
    assert _readings(found) == [
        ("fatigue", "improved", "within_group"),
        ("fatigue", "no_difference", "between_groups"),
    ]


def test_a_between_groups_no_difference_wins_over_an_effect_read_elsewhere() -> None:
    found = _read(
        ("METHODS", SHAM),
        ("RESULTS", "Pain was lower with reflexology compared with sham (p = 0.04)."),
        (
            "RESULTS",
            "However, the difference in pain between the groups was not significant after adjustment.",
        ),
    )
    between = [f.direction for f in found[0] if f.comparison == "between_groups"]
    assert between == ["no_difference"]


def test_a_change_in_one_named_arm_or_after_treatment_is_within_group() -> None:
    for sentence in (
        "The reflexology group showed a significant reduction in pain (p = 0.01).",
        "Pain improved significantly after the intervention (p = 0.01).",
        "Pain decreased significantly in the reflexology group (p = 0.01).",
    ):
        finding = _only(_read(("METHODS", SHAM), ("RESULTS", sentence)))
        assert (finding.direction, finding.comparison) == ("improved", "within_group"), sentence


def test_a_comparative_in_one_arm_is_between_groups_and_the_control_arm_first_is_turned() -> None:
    first = _only(
        _read(("METHODS", SHAM), ("RESULTS", "Pain was lower in the reflexology group (p = 0.02)."))
    )
    assert (first.direction, first.comparison) == ("improved", "between_groups")
    turned = _only(
        _read(
            ("METHODS", SHAM),
            (
                "RESULTS",
                "Relapses were more frequent in the sham group than in the reflexology group (p = 0.03).",
            ),
        )
    )
    assert (turned.domain, turned.measure) == ("other", "Relapses")
    assert (turned.change, turned.direction) == ("decreased", "improved")


def test_no_group_effect_beside_a_change_over_time_is_the_between_group_no_difference() -> None:
    said = "Fatigue improved significantly over time in both groups (p < 0.001), with no group effect (p = 0.63)."
    found = _read(("METHODS", SHAM), ("RESULTS", said))  # fictional
    assert sorted(_readings(found)) == [
        ("fatigue", "improved", "within_group"),
        ("fatigue", "no_difference", "between_groups"),
    ]


@pytest.mark.parametrize(
    ("result", "reading"),
    [
        ("Balance improved significantly in the exercise group compared with the massage group (p = 0.03).",
         ("decreased", "worsened")),
        # exercise's greater gain is massage's smaller one: unclear, as "improved less with massage" is
        ("Balance improved more in the exercise group than in the massage group (p = 0.03).", ("unclear", "unclear")),
        ("Exercise improved balance more than massage (p = 0.03).", ("unclear", "unclear")),
    ],
)  # fmt: skip
def test_an_active_comparator_s_gain_is_never_the_intervention_s(
    result: str, reading: tuple[str, str]
) -> None:
    """Fictional: massage against exercise, the better balance was exercise's."""
    methods = "Thirty people with MS were randomized to massage or exercise for 8 weeks."
    record = Record(
        pmid="1",
        title="Massage versus exercise for balance in multiple sclerosis: a fictional trial",
        abstract=(
            AbstractSection(text=methods, label="METHODS"),
            AbstractSection(text=result, label="RESULTS"),
        ),
    )
    vocabulary = load_vocabulary()
    (finding,) = findings(record, vocabulary, study_facts(record, vocabulary))[0]
    assert (finding.domain, finding.change, finding.direction, finding.comparison) == (
        "balance",
        *reading,
        "between_groups",
    )


@pytest.mark.parametrize(
    ("methods", "result"),
    [  # fictional: a second active arm, randomized beside a control arm, set against that control
        (
            "Patients were randomly assigned to massage therapy, exercise therapy, or a control group.",
            "The exercise group showed improved balance compared with controls.",
        ),
        (
            "Forty-eight people with MS were randomized to massage, exercise, both, or control.",
            "Exercise alone improved balance (p = 0.02 vs control).",
        ),
    ],
)
def test_an_active_arm_of_its_own_against_control_is_a_finding_between_groups(
    methods: str, result: str
) -> None:
    found = _read_titled("A fictional trial of three arms or more", methods, result)
    assert [(f.domain, f.direction, f.comparison, f.comparator) for f in found] == [
        ("balance", "improved", "between_groups", "control")
    ]


@pytest.mark.parametrize(
    ("sentence", "read"),
    [  # fictional: "but not in" an outcome the vocabulary does not know denies it, not the one before
        (
            "Massage produced significantly greater gains in balance than usual care (p = 0.01) but not in endurance.",
            [("balance", "improved", "between_groups")],
        ),
        # "but not the" unknown outcome, with its own interval, is the verb's other object
        (
            "Massage reduced pain compared with usual care (MD -1.2, 95% CI -1.9 to -0.5), but not the "
            "need for rescue medication (RR 0.91, 95% CI 0.72 to 1.15).",
            [("pain", "improved", "between_groups")],
        ),
        # "but not for" an unknown outcome with a review's pooled estimate of its own
        (
            "Massage was better than sham for pain (SMD -0.75, 95% CI -0.90 to -0.60), but not for "
            "function (SMD -0.24, 95% CI -0.62 to 0.15).",
            [("pain", "improved", "between_groups")],
        ),
        # "but not in" an arm or people still tells of the outcome before
        (
            "Pain decreased in the massage group (p = 0.01) but not in controls.",
            [("pain", "improved", "within_group"), ("pain", "no_difference", "within_group")],
        ),
        (
            "Pain decreased in the massage group (p = 0.01), but not the usual care group (p = 0.40).",
            [("pain", "improved", "within_group"), ("pain", "no_difference", "within_group")],
        ),
    ],
)
def test_but_not_in_an_unknown_outcome_denies_that_outcome(
    sentence: str, read: list[tuple[str, str, str]]
) -> None:
    found = _read(INTRO, ("RESULTS", sentence))[0]
    assert [(f.domain, f.direction, f.comparison) for f in found] == read


def test_a_sentence_opening_on_a_contrast_keeps_the_comparators_lack_of_change_beside_the_change_before() -> (
    None
):
    sentences = "Pain decreased significantly in the massage group (p = 0.01). In contrast, the usual care group showed no change in pain."
    found = _read(INTRO, ("RESULTS", sentences))[0]  # fictional
    assert [(f.direction, f.comparison, f.comparator) for f in found] == [
        ("improved", "within_group", None),
        ("no_difference", "within_group", "usual care"),
    ]
    # told alone, with no change read before it, the foil would read as no change in pain
    alone = _read(INTRO, ("RESULTS", "In contrast, the usual care group showed no change in pain."))[0]
    assert alone == []


@pytest.mark.parametrize(
    "results",
    [  # fictional: each arm's own change, both arms named by their short names
        "Pain decreased in the EG (p = 0.01) but not in the CG.",
        "Pain decreased significantly in the EG (p = 0.01), whereas no change was observed in the CG.",
        "Pain decreased significantly in the EG (p = 0.01), whereas the CG did not change.",
    ],
)
def test_a_change_in_an_arm_named_by_its_short_name_is_within_that_arm(results: str) -> None:
    """The comparator arm's lack of change is its own, as with "in the control group": told as
    the tested arm's, it would take the place of the change the tested arm had."""
    found = _read_titled(
        "A fictional trial",
        "Thirty patients were randomly divided into an experimental group (EG) receiving massage and a control group (CG).",
        results,
    )
    assert [(f.domain, f.direction, f.comparison, f.comparator) for f in found] == [
        ("pain", "improved", "within_group", None),
        ("pain", "no_difference", "within_group", "CG"),  # as the abstract writes it
    ]


_SHAM_OF_ITSELF = "Thirty adults after stroke were randomized to mirror therapy or sham mirror therapy."


@pytest.mark.parametrize(
    ("results", "read"),
    [  # fictional: a treatment the vocabulary does not know, tested against a sham of itself
        ("The mirror therapy group improved more in motor function (p = 0.03).", [("improved", "between_groups", "sham")]),
        ("Pain decreased in the sham mirror therapy group (p = 0.01).", [("improved", "within_group", "sham mirror therapy")]),
        ("Pain decreased in the mirror therapy group (p = 0.01) but not in the sham mirror therapy group.",
         [("improved", "within_group", None), ("no_difference", "within_group", "sham mirror therapy")]),
    ],
)  # fmt: skip
def test_a_treatment_tested_against_a_sham_of_itself_is_the_tested_arm_by_its_own_words(
    results: str, read: list[tuple[str, str, str | None]]
) -> None:
    """ "X or sham X": X's words, standing alone, name the tested arm, and "the sham X group" is the
    comparator's, however many words X has."""
    found = _read_titled("A fictional trial", _SHAM_OF_ITSELF, results)
    assert [(f.direction, f.comparison, f.comparator) for f in found] == read


@pytest.mark.parametrize(
    ("results", "read"),
    [  # fictional: an unknown treatment randomized against an active comparator the vocabulary knows
        ("The fictoball group improved more in balance (p = 0.01).", ("improved", "between_groups", "relaxation")),
        ("Fatigue was lower in the relaxation group than in the fictoball group (p = 0.02).", ("worsened", "between_groups", "relaxation")),
        ("Balance improved in the relaxation group (p = 0.01).", ("improved", "within_group", "relaxation")),
    ],
)  # fmt: skip
def test_an_unknown_treatment_against_an_active_comparator_is_the_tested_arm(
    results: str, read: tuple[str, str, str | None]
) -> None:
    methods = "Thirty adults with MS were randomized to fictoball or relaxation for 8 weeks."
    (finding,) = _read_titled("A fictional trial", methods, results)
    assert (finding.direction, finding.comparison, finding.comparator) == read


@pytest.mark.parametrize(
    "results",
    [  # fictional: a change set against its start, named by a word of the tested arm's ("intervention")
        "Fatigue decreased in the exercise group compared with pre-intervention values (p = 0.01).",
        "Fatigue was lower than pre-intervention in the intervention group (p = 0.01).",
    ],
)
def test_a_start_named_by_the_tested_arms_word_is_no_arm_set_against(results: str) -> None:
    """ "compared with pre-intervention" sets the change against the start: read as against the
    tested arm, the fall would be turned round into a rise."""
    methods = (
        "Forty adults with MS were randomized to a 12-week aquatic exercise programme or a control group."
    )
    (finding,) = _read_titled("A fictional trial", methods, results)
    assert (finding.change, finding.direction, finding.comparison) == (
        "decreased",
        "improved",
        "within_group",
    )


def test_an_active_comparator_against_control_is_no_result_of_the_intervention() -> None:
    """Fictional trial of massage against exercise: exercise against a control the methods never
    randomized to says nothing of massage."""
    methods = "Forty-eight people with MS were randomized to massage or exercise."
    results = "Pain decreased in the massage group compared with the exercise group (p = 0.01). Exercise alone improved balance (p = 0.02 vs control)."
    record = Record(
        pmid="1",
        title="Massage and exercise in multiple sclerosis: a fictional trial",
        abstract=(
            AbstractSection(text=methods, label="METHODS"),
            AbstractSection(text=results, label="RESULTS"),
        ),
    )
    vocabulary = load_vocabulary()
    found = findings(record, vocabulary, study_facts(record, vocabulary))[0]
    assert [(f.domain, f.direction, f.comparison) for f in found] == [("pain", "improved", "between_groups")]


_GROUPS_NAMED = "Sixty adults were randomized into the intervention group (IG) or the control group (CG)."
_GROUPS_BRACKETED = (
    "Of 60 adults, 30 had reflexology [reflexology group, RG] and 30 were controls [control group, CG]."
)


def _read_titled(title: str, methods: str, results: str) -> list[Finding]:
    record = Record(
        pmid="1",
        title=title,
        abstract=(
            AbstractSection(text=methods, label="METHODS"),
            AbstractSection(text=results, label="RESULTS"),
        ),
    )
    vocabulary = load_vocabulary()
    return findings(record, vocabulary, study_facts(record, vocabulary))[0]


@pytest.mark.parametrize(
    ("methods", "results", "reading"),
    [  # fictional: arms by the short names the abstract gives the intervention and control groups
        (_GROUPS_NAMED, "Pain was lower in the IG than in the CG (p = 0.01).", ("decreased", "improved")),
        (_GROUPS_NAMED, "Pain was lower in the CG than in the IG (p = 0.01).", ("increased", "worsened")),
        (_GROUPS_NAMED, "Pain was lower in CG than in IG (p = 0.01).", ("increased", "worsened")),
        (_GROUPS_NAMED, "The CG had more pain than the IG (p = 0.01).", ("decreased", "improved")),
        (_GROUPS_BRACKETED, "Pain was lower in the CG than in the RG (p = 0.01).", ("increased", "worsened")),
        (_GROUPS_BRACKETED, "Pain was lower in the RG compared to the CG (p = 0.01).", ("decreased", "improved")),
    ],
)  # fmt: skip
def test_arms_by_the_short_names_of_their_groups_are_read_through_which_was_tested(
    methods: str, results: str, reading: tuple[str, str]
) -> None:
    (finding,) = _read_titled("Foot reflexology for pain after surgery", methods, results)
    assert ((finding.change, finding.direction), finding.comparison) == (reading, "between_groups")


@pytest.mark.parametrize(
    ("title", "results", "reading"),
    [  # fictional: the title's first-named treatment is the one tested, whichever arm is named first
        ("Fictowave versus laser plus cold therapy for knee pain", "Pain decreased more in the LC group than in the FW group (p = 0.01).", ("increased", "worsened")),
        ("Fictowave versus laser plus cold therapy for knee pain", "Pain was lower in the FW group than in the LC group (p = 0.01).", ("decreased", "improved")),
        # nothing tells which arm was tested: no direction
        ("A fictional trial in knee pain", "Pain decreased more in the LC group than in the FW group (p = 0.01).", ("unclear", "unclear")),
        # the arm set against opens the sentence: the subject after it is the one whose result is told
        ("Fictowave versus laser plus cold therapy for knee pain", "Compared with the FW group, the LC group had lower pain scores (p = 0.01).", ("increased", "worsened")),
        ("Fictowave versus laser plus cold therapy for knee pain", "Compared with LC, FW resulted in lower pain scores (p = 0.01).", ("decreased", "improved")),
        ("A fictional trial in knee pain", "Compared with the LC group, the FW group had lower pain scores (p = 0.01).", ("unclear", "unclear")),
        # the arm set against with its size in brackets: still the subject after the comma is told
        ("Fictowave versus laser plus cold therapy for knee pain", "In comparison to the FW group (n = 20), the LC group had lower pain scores (p = 0.01).", ("increased", "worsened")),
        ("Fictowave versus laser plus cold therapy for knee pain", "In comparison to the LC group (n = 20, 45%), the FW group had lower pain scores (p = 0.01).", ("decreased", "improved")),
        ("A fictional trial in knee pain", "In comparison to the LC group (n = 20), the FW group had lower pain scores (p = 0.01).", ("unclear", "unclear")),
        # one arm's comparative: against the other arm, whichever was tested
        ("Fictowave versus laser plus cold therapy for knee pain", "Pain scores were lower in the LC group (p = 0.01).", ("increased", "worsened")),
        ("A fictional trial in knee pain", "The FW group had lower pain scores (p = 0.01).", ("unclear", "unclear")),
    ],
)  # fmt: skip
def test_arms_set_against_each_other_by_short_names_are_read_through_which_was_tested(
    title: str, results: str, reading: tuple[str, str]
) -> None:
    methods = "Forty adults were randomized to fictowave (FW) or laser plus cold therapy (LC) for 4 weeks."
    (finding,) = _read_titled(title, methods, results)
    assert ((finding.change, finding.direction), finding.comparison) == (reading, "between_groups")


@pytest.mark.parametrize(
    ("methods", "results", "reading"),
    [  # fictional: a short name in brackets after each arm's treatment names that arm
        ("Forty adults were randomized to massage (MG group) or sham (SG group) for 4 weeks.", "Pain was lower in the MG group than in the SG group (p = 0.01).", ("decreased", "improved")),
        ("Forty adults were randomized to massage (MG group) or sham (SG group) for 4 weeks.", "Pain was lower in the SG group than in the MG group (p = 0.01).", ("increased", "worsened")),
        ("Forty adults were randomly assigned to a massage (MG) or a sham (SG) group for 4 weeks.", "Pain was lower in the SG group than in the MG group (p = 0.01).", ("increased", "worsened")),
        ("Forty adults were randomly assigned to a massage (MG) or a sham (SG) group for 4 weeks.", "Pain scores were lower in the MG group (p = 0.01).", ("decreased", "improved")),
    ],
)  # fmt: skip
def test_short_names_in_brackets_after_the_arms_treatments_tell_the_tested_arm(
    methods: str, results: str, reading: tuple[str, str]
) -> None:
    (finding,) = _read_titled("Massage for back pain: a fictional randomized trial", methods, results)
    assert ((finding.change, finding.direction), finding.comparison) == (reading, "between_groups")


@pytest.mark.parametrize(
    "results",
    [  # fictional: the tested arm told by what it had added to the other arm's treatment
        "Pain was higher in the ZA group than in the ZF group (p = 0.01).",
        "Pain was lower with zorbin plus fictolan than with zorbin alone (p = 0.01).",
    ],
)
def test_what_the_tested_arm_had_added_names_it(results: str) -> None:
    methods = "Forty adults were randomized to zorbin plus fictolan (ZF) or zorbin alone (ZA) for 4 weeks."
    (finding,) = _read_titled("", methods, results)
    assert (finding.change, finding.direction, finding.comparison) == (
        "decreased",
        "improved",
        "between_groups",
    )


@pytest.mark.parametrize(
    "results",
    [  # fictional: arms known only by short names never spelled out: which one was tested is unknown
        "Compared with the LC group, the FW group had lower pain scores (p = 0.01).",
        "Pain scores were lower in the FW group (p = 0.01).",
        "Pain scores were lower with FW than with LC (p = 0.01).",
    ],
)
def test_short_named_arms_never_spelled_out_leave_the_direction_unclear(results: str) -> None:
    methods = "Forty adults were randomized to the FW group or the LC group for 4 weeks."
    (finding,) = _read_titled("A fictional trial in knee pain", methods, results)
    assert (finding.change, finding.direction, finding.comparison) == ("unclear", "unclear", "between_groups")


@pytest.mark.parametrize(
    ("results", "reading"),
    [  # fictional: the arm set against opens the sentence; the subject after it gained
        ("Compared with massage, exercise resulted in lower pain scores (p = 0.01).", ("increased", "worsened")),
        ("Compared with the massage group, the exercise group had lower pain scores (p = 0.01).", ("increased", "worsened")),
        ("Compared with exercise, massage resulted in lower pain scores (p = 0.01).", ("decreased", "improved")),
        ("In comparison to the massage group (n = 30), the exercise group had lower pain scores (p = 0.01).", ("increased", "worsened")),
    ],
)  # fmt: skip
def test_the_subject_after_an_opening_comparison_is_the_arm_whose_result_is_told(
    results: str, reading: tuple[str, str]
) -> None:
    methods = "Sixty adults were randomized to massage or exercise for 6 weeks."
    (finding,) = _read_titled("Massage versus exercise for back pain", methods, results)
    assert ((finding.change, finding.direction), finding.comparison) == (reading, "between_groups")


def test_the_arms_patients_received_tell_which_arm_a_number_belongs_to() -> None:
    found = _read_titled(  # fictional
        "Zelumab in arthritis",
        "Patients received intravenous zelumab or placebo for 4 months.",
        "Joint swelling was 2.1 in the zelumab group and 3.3 in the placebo group (p = 0.01).",
    )
    assert [(f.measure, f.direction, f.comparison, f.comparator) for f in found] == [
        ("Joint swelling", "improved", "between_groups", "placebo")
    ]


@pytest.mark.parametrize(
    ("result", "domain"),
    [  # fictional: the result favoured the control arm
        ("Urinary urgency improved significantly in favour of sham (p = 0.03).", "urinary"),
        ("The effect on fatigue favoured the sham group (p = 0.04).", "fatigue"),
        ("Differences in pain favoured sham reflexology (p = 0.02).", "pain"),
    ],
)
def test_a_result_in_favour_of_the_control_arm_is_never_the_intervention_s_gain(
    result: str, domain: str
) -> None:
    found = _read(("METHODS", SHAM), ("RESULTS", result))[0]
    assert [(f.domain, f.direction, f.comparison) for f in found] == [(domain, "worsened", "between_groups")]


def test_a_result_in_favour_of_an_active_comparator_is_the_intervention_s_loss() -> None:
    """Fictional: massage against exercise, pain improved in favour of exercise."""
    found = _read_titled(
        "Massage versus exercise for pain in multiple sclerosis: a fictional trial",
        "Thirty people with MS were randomized to massage or exercise for 8 weeks.",
        "Pain improved in favour of exercise (p = 0.03).",
    )
    assert [(f.domain, f.direction, f.comparison) for f in found] == [("pain", "worsened", "between_groups")]


def test_a_result_favouring_a_drug_randomized_beside_the_technique_is_the_intervention_s_loss() -> None:
    """Fictional: reflexology against a drug the vocabulary does not know, the difference favouring
    the drug."""
    found = _read_titled(
        "Reflexology for migraine: a fictional trial",
        "Sixty adults with migraine were randomised to reflexology or fictolol for 12 weeks.",
        "The difference in headache days favoured fictolol (p = 0.01).",
    )
    assert [(f.domain, f.direction, f.comparison) for f in found] == [("pain", "worsened", "between_groups")]


def test_in_a_trial_of_exercise_a_result_in_favour_of_exercise_is_the_intervention_s() -> None:
    """Fictional: exercise against a wait-list, the arms not named as randomized."""
    found = _read_titled(
        "Exercise for fatigue in multiple sclerosis: a fictional trial",
        "Forty patients took part; half were allocated to an exercise program and half to a wait-list.",
        "Fatigue improved in favour of the exercise group (p = 0.01).",
    )
    assert [(f.domain, f.direction) for f in found] == [("fatigue", "improved")]


@pytest.mark.parametrize(
    ("result", "between"),
    [  # fictional three-arm trial: two massage arms and usual care
        (
            "Anxiety decreased significantly in both massage groups compared with usual care (p < 0.001), "
            "with no difference between aromatherapy massage and plain massage (p = 0.62).",
            "improved",
        ),
        (
            "Anxiety decreased significantly in the aromatherapy massage group compared with usual care "
            "(p = 0.01), but there was no difference between massage and usual care (p = 0.40).",
            "no_difference",
        ),
    ],
)
def test_a_comparison_of_two_tested_arms_does_not_correct_their_comparison_with_control(
    result: str, between: str
) -> None:
    found = _read_titled(
        "Aromatherapy massage for anxiety in multiple sclerosis: a fictional trial",
        "Forty-five people with MS were randomly allocated to aromatherapy massage, plain massage or usual care.",
        result,
    )
    assert [(f.domain, f.direction) for f in found if f.comparison == "between_groups"] == [
        ("anxiety", between)
    ]


@pytest.mark.parametrize(
    "result",
    [  # fictional: vibration against conventional physiotherapy, the comparator gained more
        "Conventional physiotherapy produced larger improvements in gait speed than vibration (p = 0.01).",
        "The conventional group improved more in gait speed than the vibration group (p = 0.01).",
    ],
)
def test_the_comparator_the_methods_randomized_to_as_the_subject_of_a_comparison_gained(result: str) -> None:
    """The comparator's greater gain is the tested arm's smaller one: unclear, never its gain."""
    found = _read_titled(
        "Whole body vibration in Parkinson's disease: a fictional trial",
        "Thirty patients were randomized to whole body vibration or conventional physiotherapy.",
        result,
    )
    assert [(f.domain, f.direction, f.comparison) for f in found] == [
        ("walking", "unclear", "between_groups")
    ]


@pytest.mark.parametrize(
    ("result", "between"),
    [  # fictional: each arm moved its own way, one p-value tests the arms
        (
            "Fatigue increased in the usual care group and decreased in the aquatic therapy group "
            "(group x time interaction p = 0.01).",
            "improved",
        ),
        (
            "Fatigue decreased in the usual care group and increased in the aquatic therapy group (p = 0.03).",
            "worsened",
        ),
        (
            "Fatigue increased in the usual care group and decreased in the aquatic therapy group (p = 0.41).",
            "no_difference",
        ),
        # fictional: the arms named as their people or by the treatment given, each change sized
        (
            "Fatigue rose by 3 points in controls and fell by 2 points with aquatic therapy (p = 0.01).",
            "improved",
        ),
        (
            "Fatigue fell by 2 points with aquatic therapy and rose by 3 points in controls (p = 0.01).",
            "improved",
        ),
        ("Fatigue remained stable with aquatic therapy and increased in controls (p = 0.02).", "improved"),
    ],
)
def test_opposite_changes_in_the_two_arms_with_one_p_value_compare_the_arms(
    result: str, between: str
) -> None:
    found = _read_titled(
        "Aquatic therapy for fatigue in multiple sclerosis: a fictional trial",
        "Thirty people with MS were randomized to aquatic therapy or usual care for 8 weeks.",
        result,
    )
    assert [(f.domain, f.direction) for f in found if f.comparison == "between_groups"] == [
        ("fatigue", between)
    ]
    assert not [f for f in found if f.comparison == "within_group" and f.direction != between]


def test_each_arm_named_before_its_values_with_one_p_value_compares_the_arms() -> None:
    found = _read_titled(  # fictional: the comparator's own fall is no gain of the tested arm's
        "Aquatic therapy for fatigue in multiple sclerosis: a fictional trial",
        "Thirty people with MS were randomized to aquatic therapy or usual care for 8 weeks.",
        "Fatigue in the usual care group rose from 5.2 to 5.8 and in the aquatic therapy group from 5.3 to 2.9 (p < 0.001).",
    )
    assert [(f.domain, f.direction, f.comparison) for f in found] == [
        ("fatigue", "improved", "between_groups")
    ]


@pytest.mark.parametrize(
    ("result", "between"),
    [  # fictional: one arm kept where it was, the other changed, one significant p-value
        ("Fatigue remained stable in the aquatic therapy group and increased in the usual care group (p = 0.01).", "improved"),
        ("Fatigue decreased in the usual care group and remained unchanged in the aquatic therapy group (p = 0.02).", "worsened"),
        ("Fatigue decreased in the aquatic therapy group and did not change in the usual care group (p = 0.02).", "improved"),
    ],
)  # fmt: skip
def test_one_arm_steady_and_the_other_changed_with_one_p_value_compare_the_arms(
    result: str, between: str
) -> None:
    found = _read_titled(
        "Aquatic therapy for fatigue in multiple sclerosis: a fictional trial",
        "Thirty people with MS were randomized to aquatic therapy or usual care for 8 weeks.",
        result,
    )
    assert [(f.domain, f.direction) for f in found if f.comparison == "between_groups"] == [
        ("fatigue", between)
    ]


def test_one_arm_steady_and_the_other_changed_with_a_test_finding_nothing_compares_nothing() -> None:
    found = _read_titled(  # fictional: the test may be the changed arm's own
        "Aquatic therapy for fatigue in multiple sclerosis: a fictional trial",
        "Thirty people with MS were randomized to aquatic therapy or usual care for 8 weeks.",
        "Fatigue remained stable in the aquatic therapy group and increased in the usual care group (p = 0.41).",
    )
    assert not [f for f in found if f.comparison == "between_groups"]


def test_each_arm_s_number_named_by_its_treatment_beside_one_p_value_compares_the_arms() -> None:
    """Fictional: the mean reduction per arm, with acupressure and with sham, not significant."""
    found = _read_titled(
        "Acupressure for fatigue in multiple sclerosis: a fictional trial",
        "Forty patients were randomized to acupressure or sham acupressure.",
        "The mean reduction in fatigue was 2.1 points (SD 1.0) with acupressure and 2.5 points (SD 1.2) "
        "with sham (p = 0.31).",
    )
    assert [(f.domain, f.direction, f.comparison) for f in found] == [
        ("fatigue", "no_difference", "between_groups")
    ]


@pytest.mark.parametrize(
    ("shares", "p_value", "direction"),
    [  # fictional: the share of each arm that had a reduction in depression
        ("38% of the mindfulness group and 17% of the usual care group", "p = 0.01", "improved"),
        ("17% of the mindfulness group and 38% of the usual care group", "p = 0.01", "worsened"),
        ("38% of the mindfulness group and 30% of the usual care group", "p = 0.41", "no_difference"),
    ],
)
def test_each_arm_s_share_with_a_change_compares_the_arms(shares: str, p_value: str, direction: str) -> None:
    found = _read_titled(
        "Mindfulness for depression in multiple sclerosis: a fictional trial",
        "One hundred and fifty patients were randomized to mindfulness or usual care.",
        f"At 6 months, {shares} had a clinically meaningful reduction in depression ({p_value}).",
    )
    assert [(f.domain, f.direction, f.comparison) for f in found] == [
        ("depression", direction, "between_groups")
    ]


def test_better_in_the_conventional_therapy_group_is_the_comparator_s_gain() -> None:
    found = _read_titled(
        "Hippotherapy versus conventional therapy for balance in multiple sclerosis: a fictional trial",
        "Thirty patients were randomized to hippotherapy or conventional therapy.",
        "Balance was significantly better in the conventional therapy group compared with the hippotherapy "
        "group (p = 0.02).",
    )
    assert [(f.domain, f.direction, f.comparison) for f in found] == [
        ("balance", "worsened", "between_groups")
    ]


def test_shorter_in_the_arm_a_title_names_second_is_no_comparator_s_gain() -> None:
    """Fictional: "A or B" in a title names two techniques, neither of them a control."""
    found = _read_titled(
        "Wound closure via staples or sutures after hip surgery: a fictional randomized trial",
        "Sixty patients were randomized into a staple group or a suture group.",
        "Pain was significantly lower in the suture group than in the staple group (p = 0.01).",
    )
    assert ("pain", "worsened") not in [(f.domain, f.direction) for f in found]


@pytest.mark.parametrize(
    "result",
    [  # fictional: what the exercise arm alone did, in a trial of massage
        "Exercise alone did not reduce pain.",
        "The exercise group did not improve in pain (p = 0.41).",
        # with another arm that is not the one tested either
        "Pain decreased significantly only in the exercise and combined groups (p = 0.02).",
    ],
)
def test_an_active_comparator_s_own_result_is_no_result_of_the_intervention(result: str) -> None:
    found = _read_titled(
        "Massage and exercise in multiple sclerosis: a fictional four-arm trial",
        "Forty-eight people with MS were randomized to massage, exercise, both, or control.",
        result,
    )
    assert [f for f in found if f.domain == "pain"] == []


def test_a_change_in_the_tested_arm_and_another_is_still_the_tested_arm_s() -> None:
    found = _read_titled(
        "Massage and exercise in multiple sclerosis: a fictional four-arm trial",
        "Forty-eight people with MS were randomized to massage, exercise, both, or control.",
        "Pain decreased significantly in the exercise and massage groups (p = 0.02).",
    )
    assert [(f.domain, f.direction) for f in found] == [("pain", "improved")]


_THREE_ARMS = "Ninety adults were randomized to massage, relaxation training or a control group for 8 weeks."


@pytest.mark.parametrize(
    "title",
    [
        "A fictional randomized controlled trial of massage",
        "Massage, relaxation training or control: a fictional trial",
    ],
)
@pytest.mark.parametrize(
    "result",
    [  # fictional: what the other active arm of a three-arm trial did is no result of massage
        "Relaxation training reduced anxiety (p = 0.03).",
        "Relaxation reduced anxiety (p = 0.03).",
        "Relaxation training, but not massage, reduced anxiety (p = 0.02).",
        "Relaxation, but not massage, reduced anxiety (p = 0.02).",
        "Relaxation training, but not massage, reduced anxiety compared with the control group (p = 0.02).",
        "Anxiety decreased significantly with relaxation training (p = 0.01), whereas massage did not.",
        "Anxiety decreased significantly in the relaxation group (p = 0.01).",
        "In the relaxation group, anxiety decreased (p = 0.01).",
        "Relaxation training did not reduce anxiety (p = 0.40).",
        "Relaxation training, however, had no effect on anxiety.",
    ],
)
def test_the_other_active_arm_s_result_is_never_the_intervention_s(title: str, result: str) -> None:
    found = _read_titled(title, _THREE_ARMS, result)
    assert _not_the_arms_own(found, "relaxation") == []


@pytest.mark.parametrize(
    ("title", "methods", "result", "arm"),
    [  # fictional: the comparator opens the clause as what changed nothing
        (
            "Fictolan versus dorvamide for glycaemic control: a randomized trial",
            "Adults with type 2 diabetes were randomized to fictolan or dorvamide for 12 weeks.",
            "Dorvamide had no significant effect on HbA1c (p = 0.35).",
            "dorvamide",
        ),
        (
            "Vitamin K plus zinc versus zinc alone for bone density: a randomized trial",
            "Older women were randomized to vitamin K plus zinc or zinc alone for 12 months.",
            "Zinc alone had no effect on BMD.",
            "zinc alone",
        ),
        (
            "Acupuncture versus physiotherapy for neck pain: a randomized trial",
            "Adults were randomized to acupuncture or physiotherapy for six weeks.",
            "Physiotherapy did not change disability (p = 0.52).",
            "physiotherapy",
        ),
    ],
)
def test_an_active_comparator_that_changed_nothing_is_its_own_arms_lack_of_change(
    title: str, methods: str, result: str, arm: str
) -> None:
    """Fictional: "calcium alone had no effect on BMD" in a trial against calcium with another
    drug is the comparator arm's own lack of change over time, not the tested arm's result against
    it (nor the tested arm's own, where the vocabulary knows neither treatment)."""
    found = _read_titled(title, methods, result)
    assert [(f.direction, f.comparison, f.comparator) for f in found] == [
        ("no_difference", "within_group", arm)
    ]


@pytest.mark.parametrize(
    "methods",
    [  # fictional: plain saline as what the other arm was given, the drug's placebo
        "Patients were randomized to fictolan (FIC group) or normal saline (saline group).",
        "Patients were randomized to intravenous fictolan or physiological saline before surgery.",
    ],
)
def test_the_saline_arm_of_a_drug_trial_is_the_comparator(methods: str) -> None:
    results = "Blood loss was greater in the saline group than in the fictolan group (p = 0.01)."
    found = _read_titled("Fictolan in knee arthroplasty: a randomized trial", methods, results)
    assert [(f.change, f.direction, f.comparison, f.comparator) for f in found] == [
        ("decreased", "improved", "between_groups", "saline")
    ]


def test_saline_given_as_a_treatment_is_no_comparator() -> None:
    """Fictional: saline irrigation is what the trial tests, against usual care."""
    methods = "Adults were randomized to saline irrigation or usual care for 12 weeks."
    results = "Congestion was lower in the saline group than in the usual care group (p = 0.01)."
    found = _read_titled("Saline irrigation for sinusitis: a randomized trial", methods, results)
    assert [(f.change, f.comparator) for f in found] == [("decreased", "usual care")]


@pytest.mark.parametrize(
    "result",
    [  # fictional: events counted in each arm, no test and no word of which arm did better
        "There were no new fractures in the fictolan group but four in the placebo group.",
        "Falls occurred in 3 women in the fictolan group and 9 in the placebo group.",
        "Two women in the fictolan group and seven in the placebo group had vertebral fractures.",
    ],
)
def test_counts_per_arm_with_no_test_give_no_result(result: str) -> None:
    """A count for each arm, untested and unranked, tells no difference the trial showed: no
    finding, rather than one that claims a gain the abstract does not."""
    methods = "Postmenopausal women were randomized to fictolan or placebo for 12 months."
    assert _read_titled("Fictolan versus placebo for osteoporosis", methods, result) == []


def _not_the_arms_own(found: list[Finding], arm: str) -> list[Finding]:
    """The anxiety findings that are not the other active arm's (``arm``) own change within it: a
    result in that arm alone ("anxiety decreased in the relaxation group") is read as its own, or
    not at all, never as the tested arm's."""
    return [
        f
        for f in found
        if f.domain == "anxiety" and not (f.comparison == "within_group" and arm in (f.comparator or ""))
    ]


@pytest.mark.parametrize(
    ("result", "comparator"),
    [  # fictional: the arm set against massage, by the name the methods give it
        ("Stress was lower in the massage group than in the ultrasound group (p = 0.03).", "ultrasound therapy"),
        ("Stress was lower with massage than with ultrasound (p = 0.03).", "ultrasound therapy"),
        ("Stress was lower after massage compared with ultrasound therapy (p = 0.03).", "ultrasound therapy"),
        ("Stress was lower in the massage group than in the control group (p = 0.03).", "control"),
    ],
)  # fmt: skip
def test_the_other_active_arm_set_against_massage_is_named_as_the_methods_name_it(
    result: str, comparator: str
) -> None:
    methods = "Seventy adults were randomized to massage, ultrasound therapy or a control group for 4 weeks."
    found = _read_titled("A fictional randomized controlled trial of massage", methods, result)
    assert [(f.domain, f.direction, f.comparison, f.comparator) for f in found] == [
        ("stress", "improved", "between_groups", comparator)
    ]


@pytest.mark.parametrize(
    "result",
    [  # fictional: the control arm as subject, set against massage and then the other active arm
        "Stress was higher in the control group than in the massage (p = 0.01) and relaxation (p = 0.04) groups.",
        "Stress was higher in the control group than in the massage and relaxation groups (p < 0.05).",
        # so too where the arms set against open the sentence
        "Compared with the massage and relaxation groups, stress was higher in the control group (p < 0.05).",
    ],
)  # fmt: skip
def test_an_arm_listed_after_massage_as_what_the_control_arm_was_set_against_is_no_comparator(
    result: str,
) -> None:
    methods = "Ninety adults were randomized to massage, relaxation or a control group for 4 weeks."
    found = _read_titled("A fictional randomized controlled trial of massage", methods, result)
    assert [(f.domain, f.direction, f.comparison, f.comparator) for f in found] == [
        ("stress", "improved", "between_groups", "control")
    ]


@pytest.mark.parametrize(
    ("result", "comparator"),
    [  # fictional: two arms of no told role, the finding set against the one named after "than"
        ("Itching was more frequent in the cream group than in the gel group (p = 0.02).", "gel"),
        ("Itching was higher for the Tendo Patch than for the Velo Patch (p = 0.02).", "Velo Patch"),
        ("Compared with the gel group, itching was higher in the cream group (p = 0.02).", "gel"),
    ],
)  # fmt: skip
def test_two_arms_of_no_told_role_name_the_arm_set_against(result: str, comparator: str) -> None:
    """Which arm was tested the abstract does not tell, and a placebo arm beside them is not
    what the first was set against: the finding says it was against the arm named second."""
    methods = "Ninety adults with eczema were randomized to a cream, a gel or placebo for 4 weeks."
    found = _read_titled("A fictional three-arm trial in eczema", methods, result)
    assert [(f.change, f.comparison, f.comparator) for f in found] == [
        ("increased", "between_groups", comparator)
    ]


def test_an_arm_named_as_a_group_after_compared_to_is_the_comparator() -> None:
    """Fictional: the arm the agent was set against, named as a group; "the other groups" name
    no one arm to be the comparator."""
    methods = "Ninety adults with eczema were randomized to a cream, a gel or placebo for 4 weeks."
    title = "A fictional three-arm trial in eczema"
    named = _read_titled(
        title, methods, "The cream significantly reduced itching compared to the gel group (p = 0.02)."
    )
    others = _read_titled(
        title, methods, "Itching was reduced with the cream compared with the other groups (p = 0.02)."
    )
    assert [(f.change, f.comparator) for f in named] == [("decreased", "gel")]
    assert [f.comparator for f in others if f.comparator and f.comparator.startswith("other")] == []


def test_a_result_set_against_other_active_arms_is_not_against_the_placebo_arm() -> None:
    """Fictional: of four arms, the combination set against cream or gel alone; the placebo arm
    the study has is not what this result was set against."""
    found = _read_titled(
        "A fictional placebo-controlled trial in eczema",
        "Eighty adults were randomized to a cream-gel combination, a cream, a gel or placebo.",
        "There was a significantly lower incidence of itching in patients receiving the cream/gel "
        "combination than in those receiving cream or gel alone (P = 0.009 and 0.002, respectively).",
    )
    assert [(f.change, f.comparison, f.comparator) for f in found] == [("decreased", "between_groups", None)]


def test_of_two_arms_neither_told_the_finding_names_the_second() -> None:
    """Fictional: the methods name the arms in either order; the finding is the first's, and
    says so by naming the arm it was set against, not left for the tested one against control."""
    found = _read_titled(
        "Cuff inflation media in fictional surgery",
        "Eighty adults were randomized into saline and dextrose cuff groups.",
        "Sore throat was more frequent in the saline group compared to the dextrose group (p = 0.02).",
    )
    assert [(f.change, f.comparison, f.comparator) for f in found] == [
        ("increased", "between_groups", "dextrose")
    ]


def test_the_other_active_arm_s_result_after_however_is_not_set_against_it() -> None:
    """Fictional: "however" between the other arm and its verb leaves the verb its subject."""
    result = (
        "Anxiety decreased with massage (p = 0.01); relaxation training, however, had no effect on anxiety."
    )
    found = _read_titled("A fictional randomized controlled trial of massage", _THREE_ARMS, result)
    assert [(f.domain, f.direction, f.comparator) for f in found] == [("anxiety", "improved", None)]


@pytest.mark.parametrize(
    "result",
    ["Acupuncture reduced anxiety (p = 0.03).", "Anxiety decreased in the acupuncture group (p = 0.01)."],
)
def test_the_other_active_arm_is_told_by_any_comparator_s_words(result: str) -> None:
    """Fictional: acupuncture is one of the words of the comparator labelled "another therapy"."""
    methods = "Ninety adults were randomized to massage, acupuncture or usual care for 8 weeks."
    found = _read_titled("A fictional randomized controlled trial of massage", methods, result)
    assert _not_the_arms_own(found, "acupuncture") == []


@pytest.mark.parametrize(
    "result",
    [  # fictional: the arm named just after "compared with" or "than" is the comparator
        "Massage reduced anxiety compared with the control group (p = 0.01), whereas relaxation training did not.",
        "Anxiety was lower in the massage group than in the control group (p = 0.03); relaxation training had no effect.",
    ],
)
def test_the_comparator_is_the_arm_named_after_than_not_another_named_later(result: str) -> None:
    found = _read_titled("A fictional randomized controlled trial of massage", _THREE_ARMS, result)
    assert [(f.domain, f.direction, f.comparator) for f in found] == [("anxiety", "improved", "control")]


def test_pain_at_rest_after_than_names_no_arm_at_rest() -> None:
    """Fictional: "at rest" after the control group is when pain was scored, not a rest arm."""
    found = _read_titled(
        "A fictional randomized controlled trial of massage",
        "Forty adults were randomized to massage or a control group.",
        "The massage group had lower pain scores than the control group at rest (p < 0.001).",
    )
    assert [(f.domain, f.comparator) for f in found] == [("pain", "control")]


def test_the_intervention_s_own_result_beside_the_other_arm_s_is_kept() -> None:
    found = _read_titled(
        "A fictional randomized controlled trial of massage",
        _THREE_ARMS,
        "Relaxation training reduced anxiety (p = 0.03). Massage reduced pain compared with the control group (p = 0.01).",
    )
    assert [(f.domain, f.direction, f.comparison) for f in found] == [("pain", "improved", "between_groups")]


def test_a_treatment_named_as_a_subject_is_no_outcome_measure() -> None:
    """Fictional three-arm trial: yoga and exercise compared with each other."""
    found = _read_titled(
        "Yoga and aerobic exercise in multiple sclerosis: a fictional trial",
        "Sixty-nine patients were randomized to weekly yoga, weekly aerobic exercise, or a wait-list control.",
        "Yoga did not differ from exercise for any outcome.",
    )
    assert [f.measure for f in found if f.domain == "other"] == []


@pytest.mark.parametrize(
    ("result", "measures"),
    [  # fictional: an arm the title compares, opening the result, is the arm that acted
        ("Ferazol relieved 64% of attacks vs. 70% in the dorinol group (p = 0.504).", []),
        # fictional: an arm's word inside what was measured still names the measure
        ("Fewer ferazol doses were needed than dorinol doses (p = 0.02).", ["ferazol doses"]),
    ],
)
def test_an_arm_the_title_compares_is_no_outcome_measure(result: str, measures: list[str]) -> None:
    found = _read_titled(
        "Ferazol versus dorinol for acute migraine: a fictional trial",
        "Eighty adults were randomized to ferazol or dorinol.",
        result,
    )
    assert [f.measure for f in found if f.domain == "other"] == measures


@pytest.mark.parametrize(
    ("defined", "domain"),
    [  # fictional: an instrument's abbreviation the abstract spells out as something else, or not
        ("meconium aspiration syndrome (MAS)", None),
        ("Modified Ashworth Scale (MAS)", "spasticity"),
        ("modified Ashworth scores (MAS)", "spasticity"),
    ],
)
def test_an_instrument_abbreviation_defined_as_something_else_is_not_the_instrument(
    defined: str, domain: str | None
) -> None:
    found = _read(
        f"Sixty newborns were randomized to massage or usual care; {defined} was recorded.",
        ("RESULTS", "MAS was lower with massage than with usual care (p = 0.01)."),
    )[0]
    assert [f.domain for f in found if f.domain == "spasticity"] == ([domain] if domain else [])


@pytest.mark.parametrize(
    ("methods", "result"),
    [  # fictional: arms by their short names
        (
            "Fifty people with MS were randomized to balance training (BT) or conventional physiotherapy (CP). "
            "Fatigue decreased more in the BT group than in the CP group (p = 0.02).",
            "BT and CP did not differ in serum cortisol at 8 weeks (p = 0.35).",
        ),
        (
            "Ninety adults were randomly assigned to MIC, NPC or UC for 3 months.",
            "UC and MIC did not differ in serum cortisol (p = 0.35).",
        ),
    ],
)
def test_arms_named_by_short_names_are_no_outcome_measures(methods: str, result: str) -> None:
    found = _read_titled("Balance training in multiple sclerosis: a fictional trial", methods, result)
    assert [f.measure for f in found if f.domain == "other"] == ["serum cortisol"]


@pytest.mark.parametrize(
    ("title", "methods", "comparator"),
    [  # fictional: a comparator's words that name the treatment under test
        (
            "Aquatic exercise for fatigue in multiple sclerosis: a fictional trial",
            "Thirty-two women were randomized to an 8-week aquatic exercise program or a wait-list control group.",
            "wait-list",
        ),
        (
            "Yoga for fatigue in multiple sclerosis: a fictional trial",
            "Sixty patients were randomized to yoga or usual care for 12 weeks.",
            "usual care",
        ),
        (  # exercise is the comparator where the tested treatment is added to it
            "Massage added to exercise for fatigue in multiple sclerosis: a fictional trial",
            "Thirty-two patients were randomized to massage plus exercise or exercise alone.",
            "exercise",
        ),
    ],
)
def test_the_comparator_of_a_between_group_result_is_never_the_tested_treatment(
    title: str, methods: str, comparator: str
) -> None:
    found = _read_titled(
        title, methods, "Fatigue decreased significantly more than in the other group (p = 0.01)."
    )
    assert [(f.domain, f.comparison, f.comparator) for f in found] == [
        ("fatigue", "between_groups", comparator)
    ]


@pytest.mark.parametrize(
    ("result", "domain", "direction", "comparison"),
    [  # fictional: the control arm's change or condition told first, then what it is set against
        ("Strength decreased in the control group compared with the exercise group (p = 0.01).", "strength", "improved", "between_groups"),
        ("Controls showed a decline in walking speed relative to the exercise group (p = 0.02).", "walking", "improved", "between_groups"),
        ("After sham, spasticity was higher than after vibration (p = 0.03).", "spasticity", "improved", "between_groups"),
        ("Fatigue increased with sham compared with vibration (p = 0.02).", "fatigue", "improved", "between_groups"),
        ("Walking speed improved with sham relative to vibration (p = 0.01).", "walking", "worsened", "between_groups"),
        ("More controls than vibration participants reported reduced pain (38% vs 12%, p = 0.02).", "pain", "worsened", "between_groups"),
        ("Pain decreased in the control group compared with baseline (p = 0.01).", "pain", "improved", "within_group"),
    ],
)  # fmt: skip
def test_the_control_arm_s_change_set_against_the_tested_arm_is_turned_round(
    result: str, domain: str, direction: str, comparison: str
) -> None:
    found = _read_titled(
        "Resistance exercise and vibration in multiple sclerosis: a fictional trial",
        "Patients were randomized to resistance exercise with vibration or a control group with sham vibration.",
        result,
    )
    assert [(f.domain, f.direction, f.comparison) for f in found] == [(domain, direction, comparison)]


@pytest.mark.parametrize(
    ("result", "domain"),
    [  # fictional: the comparator arm's own result, told as such
        ("Relative to massage, usual care patients had higher anxiety (p = 0.03).", "anxiety"),
        (
            "Pain improved in the massage group but worsened in the usual care group (p = 0.01 between groups).",
            "pain",
        ),
    ],
)
def test_the_comparator_arm_s_worse_result_is_the_intervention_s_gain(result: str, domain: str) -> None:
    found = _read(INTRO, ("RESULTS", result))[0]
    assert [(f.domain, f.direction) for f in found if f.comparison == "between_groups"] == [
        (domain, "improved")
    ]


@pytest.mark.parametrize(
    ("methods", "result", "domain", "direction"),
    [  # fictional: the comparator's better result, each way it is written
        (
            SHAM,
            "Anxiety scores fell from 45 to 38 in the sham group and from 44 to 43 in the reflexology group (p = 0.03).",
            "anxiety",
            "worsened",
        ),
        (
            "Forty people with MS were randomized to dance therapy or a wait-list.",
            "The wait-list group had a smaller improvement in walking than the dance group (p = 0.01).",
            "walking",
            "improved",
        ),
        (
            INTRO,
            "Anxiety was 20% lower in usual care than with massage (p = 0.04).",
            "anxiety",
            "worsened",
        ),
    ],
)
def test_the_comparator_s_result_set_against_the_tested_arm_reads_for_the_tested_arm(
    methods: str, result: str, domain: str, direction: str
) -> None:
    found = _read(("METHODS", methods), ("RESULTS", result))[0]
    assert [(f.domain, f.direction, f.comparison) for f in found] == [(domain, direction, "between_groups")]


def test_the_arm_the_methods_call_the_control_as_the_subject_of_a_comparison_gained() -> None:
    found = _read_titled(
        "Aquatic exercise for balance in multiple sclerosis: a fictional trial",
        "Thirty patients were randomized to aquatic exercise or land exercise (control).",
        "Land exercise improved balance more than aquatic exercise (p = 0.03).",
    )  # the control's greater gain, the tested arm's smaller one: unclear, never the tested arm's gain
    assert [(f.domain, f.direction, f.comparison) for f in found] == [
        ("balance", "unclear", "between_groups")
    ]


def test_studies_of_a_review_finding_each_way_are_unclear() -> None:
    """Fictional review: the trials disagree, and the pooled result stays as it is."""
    record = Record(
        pmid="1",
        title="Reflexology in multiple sclerosis: a fictional systematic review",
        abstract=(
            AbstractSection(
                text="Four trials were included. Two trials found reflexology superior to sham for paresthesia, "
                "while two found no difference. Pooled analysis showed no effect on fatigue "
                "(MD -0.4, 95% CI -1.2 to 0.4).",
                label="RESULTS",
            ),
        ),
        publication_types=("Systematic Review",),
    )
    vocabulary = load_vocabulary()
    found = findings(record, vocabulary, study_facts(record, vocabulary))[0]
    assert [(f.domain, f.direction) for f in found] == [
        ("paresthesia", "unclear"),
        ("fatigue", "no_difference"),
    ]


@pytest.mark.parametrize(
    "result",
    [  # fictional: the trials' disagreement told with a semicolon or a bare comma
        "One trial reported less pain with massage; another found no effect.",
        "Two trials found less pain with massage, three found no difference.",
    ],
)
def test_studies_of_a_review_finding_each_way_without_a_conjunction_are_unclear(result: str) -> None:
    found = _read_titled(
        "Massage for people with dementia: a fictional narrative review", "We searched for trials.", result
    )
    assert {(f.domain, f.direction) for f in found} == {("pain", "unclear")}


@pytest.mark.parametrize(
    ("result", "direction"),
    [  # fictional: "less effective" is worse, whichever arm is its subject
        ("Massage was less effective than usual care for spasticity (p = 0.03).", "worsened"),
        ("Usual care was less effective than massage for spasticity (p = 0.03).", "improved"),
    ],
)
def test_less_effective_is_a_worse_result(result: str, direction: str) -> None:
    found = _read(INTRO, ("RESULTS", result))[0]
    assert [(f.domain, f.direction, f.comparison) for f in found] == [
        ("spasticity", direction, "between_groups")
    ]


@pytest.mark.parametrize(
    "result",
    [  # fictional: every arm gained, the tested arm less, or the comparator more
        "Fatigue decreased significantly in both groups, but significantly less in the massage group (p = 0.04).",
        "Fatigue fell in both groups, but more so in the usual care group (p = 0.03).",
        "Fatigue fell in both groups, but less so with massage (p = 0.03).",
    ],
)  # fmt: skip
def test_a_smaller_gain_with_the_intervention_after_every_arm_gained_is_unclear(result: str) -> None:
    """The tested arm's smaller benefit is unclear between the groups, never a worsening; the
    gain every arm had stays a change within the groups."""
    found = _read(INTRO, ("RESULTS", result))[0]
    assert [(f.domain, f.change, f.direction, f.comparison) for f in found] == [
        ("fatigue", "decreased", "improved", "within_group"),
        ("fatigue", "unclear", "unclear", "between_groups"),
    ]


@pytest.mark.parametrize(
    ("results", "between"),
    [  # fictional: a change told only by its size takes the way the outcome was said to change
        ("Pain fell in both groups. The change from baseline was greater with massage than with usual care (P = 0.01).", ("decreased", "improved")),
        ("Pain rose in both groups. The change from baseline was greater with massage than with usual care (P = 0.01).", ("increased", "worsened")),
        ("Pain fell in both groups. The change in pain was greater with massage than with usual care (P = 0.01).", ("decreased", "improved")),
        ("Pain fell in both groups, and the change was greater with massage (p = 0.01).", ("decreased", "improved")),
        # a smaller change, or the comparator's greater one: less of the benefit, unclear
        ("Pain fell in both groups. The change in pain was smaller with massage than with usual care (P = 0.01).", ("unclear", "unclear")),
        ("Pain fell in both groups. The change in pain was greater with usual care than with massage (P = 0.01).", ("unclear", "unclear")),
        # less of a harm: relatively the better way
        ("Pain rose in both groups. The change in pain was smaller with massage than with usual care (P = 0.01).", ("decreased", "improved")),
        # no way told before: only the size, unclear
        ("Pain scores were recorded weekly. The change from baseline was greater with massage than with usual care (P = 0.01).", ("unclear", "unclear")),
        ("The change in pain was greater with massage than with usual care (P = 0.01).", ("unclear", "unclear")),
        # so with the change named after the outcome
        ("Pain score changes were greater with massage than with usual care (P = 0.01).", ("unclear", "unclear")),
        ("Pain fell in both groups. Pain score changes were greater with massage than with usual care (P = 0.01).", ("decreased", "improved")),
        ("Pain fell in both groups. The change from baseline was greater with massage than with usual care (P = 0.41).", ("no_difference", "no_difference")),
        # a change named by its way reads that way
        ("The reduction in pain was greater with massage than with usual care (P = 0.01).", ("decreased", "improved")),
        # the size told before the outcome, or by "changed" itself
        ("The massage group showed a greater change in pain than the usual care group (P = 0.01).", ("unclear", "unclear")),
        ("Pain fell in both groups. The massage group showed a greater change in pain than the usual care group (P = 0.01).", ("decreased", "improved")),
    ],
)  # fmt: skip
def test_a_change_told_by_its_size_takes_the_way_the_outcome_changed(
    results: str, between: tuple[str, str]
) -> None:
    found = _read(INTRO, ("RESULTS", results))[0]
    assert [(f.change, f.direction) for f in found if f.comparison == "between_groups"] == [between]


def test_an_outcome_that_changed_more_in_one_arm_went_no_way_the_words_say() -> None:
    """Fictional: "changed more" sizes the change; it is no rise of pain."""
    result = (
        "Pain scores changed significantly more in the massage group than in the usual care group (P = 0.01)."
    )
    found = _read(INTRO, ("RESULTS", result))[0]
    assert [f.change for f in found if f.change in ("increased", "decreased")] == []


@pytest.mark.parametrize(
    ("result", "between"),
    [  # fictional: words of a benefit, or of a size only, never a rise of the outcome
        ("Scores on the MFIS were more favourable with massage than with usual care (P = 0.02).", ("decreased", "improved")),
        ("Massage had a larger effect on fatigue than usual care (P = 0.01).", ("decreased", "improved")),
        ("The massage group had a higher percentage of change in spasticity (P = 0.02).", ("unclear", "unclear")),
        ("Fatigue was affected more in the massage group than in the usual care group (P = 0.03).", ("unclear", "unclear")),
        ("Fatigue differed more from baseline in the massage group than in the usual care group (P = 0.01).", ("unclear", "unclear")),
    ],
)  # fmt: skip
def test_a_benefit_or_a_size_is_no_rise_of_the_outcome(result: str, between: tuple[str, str]) -> None:
    found = _read(INTRO, ("RESULTS", result))[0]
    assert [(f.change, f.direction) for f in found if f.comparison == "between_groups"] == [between]


def test_a_smaller_harm_with_the_intervention_after_every_arm_worsened_is_relatively_a_gain() -> None:
    result = "Fatigue rose in both groups, but more so in the usual care group (p = 0.03)."
    found = _read(INTRO, ("RESULTS", result))[0]
    assert [(f.change, f.direction) for f in found if f.comparison == "between_groups"] == [
        ("decreased", "improved")
    ]


@pytest.mark.parametrize(
    "result",
    [  # fictional: the comparator's greater gain, and the tested arm's smaller one, said either way
        "Usual care participants reported greater pain reduction (p = 0.03).",
        "Sham reduced pain more than massage (p = 0.03).",
        "Massage reduced pain less than sham (p = 0.03).",
        "The reduction in pain was greater with sham than with massage (p = 0.03).",
    ],
)
def test_a_smaller_benefit_of_the_tested_arm_reads_the_same_whichever_arm_is_the_subject(result: str) -> None:
    """A smaller benefit of the tested arm is unclear, never a worsening, whether the tested
    arm's smaller gain or the comparator's greater one is told."""
    methods = "Forty adults with back pain were randomized to massage or sham massage for 8 weeks."
    found = _read(("METHODS", methods), ("RESULTS", result))[0]
    assert [(f.domain, f.direction) for f in found if f.comparison == "between_groups"] == [
        ("pain", "unclear")
    ]


@pytest.mark.parametrize(
    ("result", "between"),
    [  # fictional: how many people had an improvement, not how much pain
        ("Significantly more patients in the usual care group reported improved pain (45% vs 20%, p = 0.02).", "worsened"),
        ("Significantly more patients in the massage group reported improved pain (45% vs 20%, p = 0.02).", "improved"),
        ("Fewer patients in the massage group reported improved pain (20% vs 45%, p = 0.02).", None),
        # or less of it, the arms named before what they had; fewer had it, the other way round
        ("More patients in the massage group than in the usual care group reported less pain (p = 0.02).", "improved"),
        ("Fewer patients in the massage group than in the usual care group reported less pain (p = 0.02).", "worsened"),
        ("Fewer patients in the massage group than in the usual care group reported more pain (p = 0.02).", "improved"),
    ],
)  # fmt: skip
def test_more_patients_who_improved_is_an_improvement_not_more_of_the_outcome(
    result: str, between: str | None
) -> None:
    found = _read(INTRO, ("RESULTS", result))[0]
    assert [f.direction for f in found if f.domain == "pain" and f.comparison == "between_groups"] == (
        [between] if between else []
    )


def test_in_a_trial_of_exercise_the_exercise_group_s_result_is_the_intervention_s() -> None:
    """Fictional: exercise is a comparator of massage trials, but here it is what was tested."""
    methods = "Forty people with MS were randomized to balance exercise or a control group."
    results = "Balance improved more in the exercise group than in the control group (p = 0.01)."
    record = Record(
        pmid="1",
        title="Balance training in multiple sclerosis: a fictional trial",
        abstract=(
            AbstractSection(text=methods, label="METHODS"),
            AbstractSection(text=results, label="RESULTS"),
        ),
    )
    vocabulary = load_vocabulary()
    found = findings(record, vocabulary, study_facts(record, vocabulary))[0]
    assert [(f.domain, f.direction, f.comparison) for f in found] == [
        ("balance", "improved", "between_groups")
    ]


def test_the_comparator_of_a_between_group_result_is_the_arm_after_than() -> None:
    """Fictional: relaxation is what was tested here; usual care is what it was compared with."""
    methods = "Sixty people with MS were randomized to progressive muscle relaxation or usual care."
    results = (
        "Anxiety was significantly lower in the relaxation group than in the usual care group (p < 0.01)."
    )
    record = Record(
        pmid="1",
        title="Progressive muscle relaxation for anxiety in multiple sclerosis: a fictional trial",
        abstract=(
            AbstractSection(text=methods, label="METHODS"),
            AbstractSection(text=results, label="RESULTS"),
        ),
    )
    vocabulary = load_vocabulary()
    (finding,) = findings(record, vocabulary, study_facts(record, vocabulary))[0]
    assert (finding.domain, finding.direction, finding.comparator) == ("anxiety", "improved", "usual care")


def test_a_quality_of_life_instrument_scored_lower_is_better_is_read_through_its_instrument() -> None:
    found = _read(
        ("METHODS", f"{SHAM} Quality of life was measured with the MSIS-29."),
        (
            "RESULTS",
            "Quality of life, pain and fatigue scores all decreased in the reflexology group (p < 0.01).",
        ),
    )
    assert {(f.domain, f.direction) for f in found[0]} == {
        ("quality_of_life", "improved"),
        ("pain", "improved"),
        ("fatigue", "improved"),
    }


@pytest.mark.parametrize(
    ("result", "direction"),
    [  # fictional: fatigue measured only with the FACIT-F, which is better higher
        ("Fatigue was reduced in the reflexology group compared with sham (p = 0.01).", "improved"),
        ("Fatigue scores increased in the reflexology group compared with sham (p = 0.01).", "improved"),
        ("The mean score of fatigue increased more with reflexology than with sham (p = 0.01).", "improved"),
    ],
)
def test_a_trouble_named_bare_is_less_of_it_whatever_its_instrument(result: str, direction: str) -> None:
    found = _read(("METHODS", f"{SHAM} Fatigue was measured with the FACIT-F."), ("RESULTS", result))
    assert [(f.domain, f.direction) for f in found[0]] == [("fatigue", direction)]


@pytest.mark.parametrize(
    ("result", "domain", "direction"),
    [  # fictional: the trouble is the subject, its better-higher instrument an aside
        ("Fatigue, assessed with the FACIT-F, was reduced with reflexology compared with sham (p = 0.01).",
         "fatigue", "improved"),
        ("Fear of falling, as measured by the ABC scale, increased in the reflexology group (p = 0.02).",
         "balance", "worsened"),
        # a good rated by its troubles keeps the instrument's side: "quality of life decreased" on
        # the MSIS-29 is the better way
        ("Quality of life, measured with the MSIS-29, decreased in the reflexology group (p = 0.02).",
         "quality_of_life", "improved"),
    ],
)  # fmt: skip
def test_a_trouble_with_its_instrument_as_an_aside_is_less_of_itself(
    result: str, domain: str, direction: str
) -> None:
    found = _read(("METHODS", SHAM), ("RESULTS", result))
    assert [(f.domain, f.direction) for f in found[0]] == [(domain, direction)]


def test_a_correlation_between_two_changes_is_not_a_finding() -> None:
    found = _read(
        ("METHODS", SHAM),
        ("CONCLUSIONS", "The reduction in pain correlated with the improvement in sleep quality (r = 0.61)."),
    )
    assert found[0] == []


def test_groups_at_baseline_are_not_findings() -> None:
    for sentence in (
        "The groups did not differ at baseline in fatigue or pain.",
        "There were no significant differences in age, sex or disability between the groups.",
        "Baseline characteristics, including anxiety scores, were similar in both groups.",
    ):
        assert _read(("METHODS", SHAM), ("RESULTS", sentence))[0] == [], sentence


def test_an_outcome_excepted_with_but_not_never_takes_the_others_change() -> None:
    found = _read(
        ("METHODS", SHAM),
        ("RESULTS", "Pain, but not fatigue, improved significantly after reflexology."),
    )  # fictional
    assert sorted((f.domain, f.direction) for f in found[0]) == [
        ("fatigue", "no_difference"),
        ("pain", "improved"),
    ]


def test_a_change_in_one_arm_but_not_in_the_other_is_two_within_group_findings() -> None:
    found = _read(
        ("METHODS", SHAM),
        ("RESULTS", "Pain improved in the reflexology group (p = 0.01) but not in the sham group (p = 0.6)."),
    )  # fictional
    assert [(f.direction, f.comparison, f.comparator) for f in found[0]] == [
        ("improved", "within_group", None),
        ("no_difference", "within_group", "sham"),
    ]
    found = _read(("METHODS", SHAM), ("RESULTS", "Pain improved at 8 weeks (p = 0.01) but not at follow-up."))
    assert [(f.direction, f.timepoint) for f in found[0]] == [
        ("improved", "end of treatment"),
        ("no_difference", "follow-up"),
    ]  # fictional: the fading at follow-up leaves the end-of-treatment result standing
    found = _read(
        ("METHODS", SHAM),
        ("RESULTS", "Pain improved in the sham group (p = 0.01) but not in the reflexology group (p = 0.6)."),
    )  # fictional: the comparator changed, the tested arm did not
    assert [(f.direction, f.comparison, f.comparator) for f in found[0]] == [
        ("improved", "within_group", "sham"),
        ("no_difference", "within_group", None),
    ]


@pytest.mark.parametrize(
    "result",
    [  # fictional: the tested arm named only by the label the methods gave it
        "Pain decreased significantly in group 2 but not in group 1.",
        "Pain decreased significantly in group 2, but not in group 1 (p = 0.35).",
    ],
)
def test_no_change_in_the_tested_arm_named_by_its_label_after_the_comparators_change(result: str) -> None:
    methods = "Forty adults were randomized to reflexology (group 1) or relaxation (group 2)."
    found = _read(("METHODS", methods), ("RESULTS", result))
    assert [(f.direction, f.comparison, f.comparator) for f in found[0]] == [
        ("improved", "within_group", "group 2"),
        ("no_difference", "within_group", None),
    ]


@pytest.mark.parametrize(
    ("result", "expected"),
    [  # fictional: each arm named, then its own p-value in turn: a change within each arm
        (
            "Pain improved in the sham and reflexology groups (p = 0.40 and p = 0.001, respectively).",
            [("improved", "within_group", None, "p = 0.001"), ("no_difference", "within_group", "sham", "p = 0.40")],
        ),
        (
            "Pain improved in the reflexology and sham groups (p = 0.001 and p = 0.002, respectively).",
            [("improved", "within_group", None, "p = 0.001"), ("improved", "within_group", "sham", "p = 0.002")],
        ),
        # only the comparator changed: the tested arm did not; which way sham went is not read
        (
            "Pain improved in the sham and reflexology groups (p = 0.002 and 0.40, respectively).",
            [("no_difference", "within_group", None, "p = 0.40")],
        ),
        # each arm with its own p-value after it, in either order
        (
            "Pain fell by 45% in the reflexology group (p = 0.001) and by 8% in the sham group (p = 0.31).",
            [("improved", "within_group", None, "p = 0.001"), ("no_difference", "within_group", "sham", "p = 0.31")],
        ),
        (
            "Pain fell by 8% in the sham group (p = 0.31) and by 45% in the reflexology group (p = 0.001).",
            [("improved", "within_group", None, "p = 0.001"), ("no_difference", "within_group", "sham", "p = 0.31")],
        ),
        # the second arm's bracket after it, set against the first: still each arm's own test
        (
            "Pain fell significantly in the reflexology group (p = 0.002) compared with the sham group (p = 0.27).",
            [("improved", "within_group", None, "p = 0.002"), ("no_difference", "within_group", "sham", "p = 0.27")],
        ),
        (
            "Pain fell in the reflexology group (p = 0.002) versus that of the sham group (p = 0.03).",
            [("improved", "within_group", None, "p = 0.002"), ("improved", "within_group", "sham", "p = 0.03")],
        ),
        # the tested arm the subject, its own test, then the other arm's
        (
            "The reflexology group showed significantly less pain (p = 0.002) compared with the sham group (p = 0.27).",
            [("improved", "between_groups", "sham", "p = 0.002")],
        ),
        (
            "The reflexology group showed a significant reduction in pain (p = 0.002) compared with the sham group (p = 0.27).",
            [("improved", "within_group", None, "p = 0.002"), ("no_difference", "within_group", "sham", "p = 0.27")],
        ),
    ],
)  # fmt: skip
def test_each_arms_own_p_value_in_turn_tells_each_arms_change(
    result: str, expected: list[tuple[str, str, str | None, str]]
) -> None:
    found = _read(("METHODS", SHAM), ("RESULTS", result))
    assert [(f.direction, f.comparison, f.comparator, f.p_value) for f in found[0]] == expected


def test_a_bare_rating_scale_reports_the_outcome_the_abstract_rates_on_it() -> None:
    methods = (
        "Forty adults were randomized to massage or rest. Pain was rated on a visual analogue scale (VAS)."
    )
    found = _read(
        ("METHODS", methods), ("RESULTS", "VAS scores fell more with massage than with rest (p = 0.01).")
    )
    assert [(f.domain, f.direction, f.comparison) for f in found[0]] == [
        ("pain", "improved", "between_groups")
    ]  # fictional


def test_a_rating_scale_in_brackets_after_an_outcome_rates_that_one_though_another_follows() -> None:
    methods = (
        "Forty adults were randomized to massage or rest. Pain (VAS), balance (BBS) and gait were measured."
    )
    found = _read(
        ("METHODS", methods), ("RESULTS", "Mean VAS fell more with massage than with rest (p = 0.01).")
    )
    assert [(f.domain, f.direction, f.comparison) for f in found[0]] == [
        ("pain", "improved", "between_groups")
    ]  # fictional


def test_a_bare_rating_scale_the_abstract_spells_out_is_named_once() -> None:
    methods = (
        "Forty adults were randomized to massage or rest. Pain was rated on a visual analogue scale (VAS)."
    )
    found = _read(
        ("METHODS", methods), ("RESULTS", "Mean VAS fell more with massage than with rest (p = 0.01).")
    )
    assert [f.measure for f in found[0]] == ["visual analogue scale (VAS)"]  # fictional


@pytest.mark.parametrize(
    "described",
    [  # fictional: a rating scale tied to one outcome by the words between them, others near
        "Spasticity (numeric rating scale, NRS), balance (BBS) and fatigue were measured.",
        "Spasticity severity (0-10 NRS), fatigue (FSS) and mood were measured.",
        "Spasticity was rated with the NRS, and fatigue with the Fatigue Severity Scale.",
        "Spasticity severity was recorded on a 0-10 point NRS, and fatigue daily.",
    ],
)
def test_a_rating_scale_tied_to_one_outcome_by_brackets_or_measured_with_rates_that_one(
    described: str,
) -> None:
    methods = f"Forty adults were randomized to massage or rest. {described}"
    found = _read(
        ("METHODS", methods), ("RESULTS", "NRS scores fell more with massage than with rest (p = 0.01).")
    )
    assert [(f.domain, f.direction) for f in found[0]] == [("spasticity", "improved")]


def test_a_rating_scale_beside_two_outcomes_rates_neither_for_certain() -> None:
    methods = "Forty adults were randomized to massage or rest. Pain and fatigue were rated on a VAS."
    found = _read(
        ("METHODS", methods), ("RESULTS", "VAS scores fell more with massage than with rest (p = 0.01).")
    )
    assert [f.domain for f in found[0]] == []  # fictional: which of the two fell is not said


@pytest.mark.parametrize(
    "described",
    [  # fictional: the outcome beside the scale is the next item of a list, another measure
        "A 10-cm visual analogue scale (VAS) and grip strength were assessed.",
        "Grip strength and a 10-cm VAS were assessed.",
    ],
)
def test_a_rating_scale_does_not_rate_the_outcome_listed_next_to_it(described: str) -> None:
    methods = f"Seventy adults were randomized to fictolan gel or placebo gel. {described}"
    said = "VAS scores decreased significantly in both groups, with no significant difference between the groups."
    found = _read(("METHODS", methods), ("RESULTS", said))
    assert "strength" not in [f.domain for f in found[0]]


def test_a_rating_scale_beside_no_outcome_in_a_study_of_analgesia_rates_pain() -> None:
    methods = (  # fictional
        "To assess the analgesic efficacy of fictolan gel, 70 adults were randomized to fictolan gel or "
        "placebo gel. A 10-cm visual analogue scale (VAS) was the outcome measure."
    )
    said = "VAS scores decreased significantly in both groups, with no significant difference between the groups."
    found = _read(("METHODS", methods), ("RESULTS", said))
    assert [(f.domain, f.direction, f.comparison) for f in found[0]] == [
        ("pain", "improved", "within_group"),
        ("pain", "no_difference", "between_groups"),
    ]


def test_a_rating_scale_beside_no_outcome_rates_nothing_where_the_study_is_not_of_analgesia() -> None:
    methods = (  # fictional
        "Seventy adults were randomized to fictolan gel or placebo gel. A 10-cm visual analogue scale (VAS) "
        "was the outcome measure."
    )
    said = "VAS scores decreased significantly in both groups, with no significant difference between the groups."
    found = _read(("METHODS", methods), ("RESULTS", said))
    assert "pain" not in [f.domain for f in found[0]]


def test_measures_listed_before_a_vocabulary_outcome_share_its_result() -> None:
    said = "Grip endurance, finger dexterity and pain improved in both groups (p < 0.05)."
    found = _read(("METHODS", INTRO), ("RESULTS", said))  # fictional
    assert [(f.domain, f.measure, f.direction) for f in found[0]] == [
        ("other", "Grip endurance", "improved"),
        ("other", "finger dexterity", "improved"),
        ("pain", "pain", "improved"),
    ]


def test_a_measure_listed_after_vocabulary_outcomes_shares_their_no_difference() -> None:
    said = "No significant differences in fatigue, pain and skin temperature were found between the groups."
    found = _read(("METHODS", INTRO), ("RESULTS", said))  # fictional
    assert sorted((f.domain, f.measure, f.direction) for f in found[0]) == [
        ("fatigue", "fatigue", "no_difference"),
        ("other", "skin temperature", "no_difference"),
        ("pain", "pain", "no_difference"),
    ]


def test_an_estimate_with_its_interval_is_a_result_without_a_result_word() -> None:
    said = "The odds ratio for pain with massage was 0.52 (95% confidence interval 0.31 to 0.88)."
    found = _read(("METHODS", INTRO), ("RESULTS", said))  # fictional
    assert [(f.domain, f.change, f.direction, f.comparison) for f in found[0]] == [
        ("pain", "decreased", "improved", "between_groups")
    ]


def test_a_harm_the_arms_are_alike_in_beside_other_outcomes_is_one_of_the_results() -> None:
    said = "Pain scores, the incidence of adverse events and patient satisfaction did not differ between the groups."
    found = _read(("METHODS", INTRO), ("RESULTS", said))  # fictional
    assert sorted((f.domain, f.measure, f.direction, f.comparison) for f in found[0]) == [
        ("other", "incidence of adverse events", "no_difference", "between_groups"),
        ("other", "patient satisfaction", "no_difference", "between_groups"),
        ("pain", "Pain", "no_difference", "between_groups"),
    ]


@pytest.mark.parametrize(
    "said",
    [  # fictional
        "Rates of adverse events were similar with 10 mg, 20 mg and placebo (61.2, 58.4 and 60.0%).",
        "There was no difference between the groups regarding the frequency of side effects (18% vs. 21%).",
        "Adverse events were not different between the groups (p = 0.62).",
    ],
)
def test_a_harm_the_arms_are_alike_in_with_their_figures_or_a_test_is_one_of_the_results(said: str) -> None:
    found = _read(("METHODS", INTRO), ("RESULTS", said))
    harms = [f for f in found[0] if "adverse" in f.measure.lower() or "side effect" in f.measure]
    assert [(f.direction, f.comparison) for f in harms] == [("no_difference", "between_groups")]


@pytest.mark.parametrize(
    "said",
    [  # fictional: harms alone, or harms beside a change rather than a likeness of the arms
        "Adverse events and tolerability were similar in both groups.",
        "No side effects were observed in any participant.",
        "Patient satisfaction improved and adverse events fell after massage.",
    ],
)
def test_a_harm_told_alone_or_beside_a_change_is_left_to_the_safety_notes(said: str) -> None:
    found = _read(("METHODS", INTRO), ("RESULTS", said))
    assert not [f for f in found[0] if "adverse" in f.measure or "side effect" in f.measure]


ASSESSED = (
    "Forty people with MS were randomized to massage or usual care for 8 weeks. "
    "Fatigue (MFIS), pain and balance were assessed before and after."
)


@pytest.mark.parametrize(
    ("said", "readings"),
    [
        (
            "No significant differences between groups were found for any of the outcomes.",
            {("fatigue", "no_difference", "between_groups"), ("pain", "no_difference", "between_groups"),
             ("balance", "no_difference", "between_groups")},
        ),
        (
            "All outcome measures improved significantly in the massage group (p < 0.01).",
            {("fatigue", "improved", "within_group"), ("pain", "improved", "within_group"),
             ("balance", "improved", "within_group")},
        ),
        # a fall, then a rise: no one reading for every outcome
        ("A non-significant fall (p > 0.05), then a significant rise (p < 0.05) in all the parameters.", set()),
    ],
)  # fmt: skip
def test_results_about_all_the_outcomes_the_methods_list(
    said: str, readings: set[tuple[str, str, str]]
) -> None:
    found = _read(("METHODS", ASSESSED), ("RESULTS", said))  # fictional
    assert set(_readings(found)) == readings


def test_when_the_listed_outcomes_were_measured_is_no_outcome() -> None:
    listed = "Outcomes were fatigue (MFIS), pain (VAS) and balance, assessed at baseline, week 6 and week 12."
    found = _read(
        ("METHODS", listed), ("RESULTS", "All outcomes improved significantly in the massage group.")
    )
    assert sorted(f.measure for f in found[0]) == ["balance", "fatigue", "pain"]  # fictional; no "week"


def test_an_outcome_that_remained_unchanged_in_the_other_arm_is_that_arms_no_change() -> None:
    said = "Pain improved significantly in the massage group (p = 0.01) but remained unchanged in the usual care group."
    found = _read(("METHODS", INTRO), ("RESULTS", said))  # fictional: "remained" names no measure
    assert [(f.domain, f.direction, f.comparison, f.comparator) for f in found[0]] == [
        ("pain", "improved", "within_group", None),
        ("pain", "no_difference", "within_group", "usual care"),
    ]


def test_a_change_noun_before_a_list_takes_the_lists_verb() -> None:
    said = "Reductions in grip endurance and finger tremor did not differ between the groups (p = 0.50 and p = 0.73)."
    found = _read(("METHODS", INTRO), ("RESULTS", said))  # fictional
    assert sorted((f.measure, f.direction) for f in found[0]) == [
        ("finger tremor", "no_difference"),
        ("grip endurance", "no_difference"),
    ]


def test_a_result_naming_no_group_is_never_assumed_against_the_control_arm() -> None:
    results = ("RESULTS", "Pain decreased significantly (p < 0.01).")
    assert _readings(_read(("METHODS", SHAM), results)) == [("pain", "improved", "unclear")]
    found = _read(
        ("METHODS", SHAM),
        results,
        ("CONCLUSIONS", "Reflexology was not superior to sham reflexology for pain."),
    )  # fictional: both arms may have improved; against sham, nothing did, as the conclusion says
    assert _readings(found) == [("pain", "improved", "unclear"), ("pain", "no_difference", "between_groups")]


@pytest.mark.parametrize(
    "alike",
    [
        "There were no significant differences between the groups.",
        "No between-group differences were found.",
        "The groups did not differ.",
    ],
)
def test_groups_said_not_to_differ_leave_an_unnamed_comparison_unclear(alike: str) -> None:
    found = _read(
        ("METHODS", SHAM), ("RESULTS", f"Pain decreased significantly (p < 0.01). {alike}")
    )  # fictional: the change itself is never assumed against the control arm (the sentence after
    # it may add that the arms did not differ in it)
    assert [r for r in _readings(found) if r[1] != "no_difference"] == [("pain", "improved", "unclear")]


def test_a_list_whose_verb_says_no_difference_is_no_difference_for_every_item() -> None:
    said = "Reduction of pain, quality of life and mood was not significantly different from usual care."
    found = _read(("METHODS", INTRO), ("RESULTS", said))  # fictional
    assert sorted((f.domain, f.direction) for f in found[0]) == [
        ("mood", "no_difference"),
        ("pain", "no_difference"),
        ("quality_of_life", "no_difference"),
    ]


@pytest.mark.parametrize(
    ("said", "measure"),
    [
        ("Pain medication use decreased more with massage than with usual care (p = 0.02).", "Pain medication use"),
        ("Sleep aid use did not differ between massage and usual care (p = 0.52).", "Sleep aid use"),
        ("Fatigue-related absenteeism fell more with massage than with usual care (p = 0.04).", "Fatigue-related absenteeism"),
    ],
)  # fmt: skip
def test_what_is_for_or_from_a_symptom_is_not_the_symptom(said: str, measure: str) -> None:
    found = _read(("METHODS", INTRO), ("RESULTS", said))  # fictional
    assert [(f.domain, f.measure) for f in found[0]] == [("other", measure)]


@pytest.mark.parametrize(
    ("said", "measure"),
    [
        ("Quit attempts were more frequent with massage than with usual care (p = 0.02).", "Quit attempts"),
        ("Healing time was shorter with massage than with usual care (p = 0.01).", "Healing time"),
        ("Hand-foot syndrome was less frequent with massage than with usual care (p = 0.03).", "Hand-foot syndrome"),
        ("Interobserver agreement was higher with massage than with usual care (p = 0.04).", "Interobserver agreement"),
    ],
)  # fmt: skip
def test_a_measure_whose_good_side_the_list_knows_gives_a_finding(said: str, measure: str) -> None:
    found = _read(("METHODS", INTRO), ("RESULTS", said))  # fictional
    assert [(f.domain, f.measure, f.direction) for f in found[0]] == [("other", measure, "improved")]


def test_each_arms_change_with_one_p_value_is_a_comparison_of_the_arms() -> None:
    said = "Pain decreased by 12 points in the massage group and by 2 points in the usual care group (p = 0.003)."
    found = _read(("METHODS", INTRO), ("RESULTS", said))  # fictional
    assert sorted((f.change, f.direction, f.comparison) for f in found[0]) == [
        ("decreased", "improved", "between_groups"),
        ("decreased", "improved", "within_group"),  # the massage group's own change, as the guide asks
    ]


AQUATIC = "Forty adults were randomized to aquatic exercise or a wait-list control group for 12 weeks."


@pytest.mark.parametrize(
    ("said", "readings"),
    [
        ("Walking distance improved by 48 m in the aquatic group and by 5 m in controls (p = 0.01).",
         [("increased", "improved", "between_groups"), ("increased", "improved", "within_group")]),
        ("Walking distance improved by 5 m in the wait-list group and by 48 m in the aquatic group (p = 0.01).",
         [("increased", "improved", "between_groups"), ("increased", "improved", "within_group")]),
        ("Fatigue fell by a mean of 2.1 points in the aquatic group and 0.4 in the usual-care group (p < 0.05).",
         [("decreased", "improved", "between_groups"), ("decreased", "improved", "within_group")]),
        ("Fatigue fell by a mean of 0.4 points in the aquatic group and 2.1 in the wait-list group (p = 0.04).",
         [("decreased", "improved", "within_group"), ("increased", "worsened", "between_groups")]),
        ("Walking distance improved by 48 m in the aquatic group and by 35 m in the wait-list group (p = 0.32).",
         [("no_difference", "no_difference", "between_groups")]),
        # the smaller fall set against the larger: worse than the wait-list, whatever "decreased" says
        ("Fatigue decreased by 1 point in the aquatic group compared with 4 points in the wait-list group (p = 0.03).",
         [("decreased", "improved", "within_group"), ("increased", "worsened", "between_groups")]),
    ],
)  # fmt: skip
def test_each_arms_change_by_its_size_with_one_p_value_compares_the_arms(
    said: str, readings: list[tuple[str, str, str]]
) -> None:
    found = _read(("METHODS", AQUATIC), ("RESULTS", said))  # fictional
    assert sorted((f.change, f.direction, f.comparison) for f in found[0]) == sorted(readings)


@pytest.mark.parametrize(
    ("said", "between"),
    [
        ("The reduction in fatigue was 1.2 points in the aquatic group and 3.4 points in the wait-list group "
         "(p = 0.02).", ("increased", "worsened")),
        ("The reduction in fatigue was 3.4 points in the aquatic group and 1.2 points in the wait-list group "
         "(p = 0.02).", ("decreased", "improved")),
        ("The improvement in walking speed was 0.05 m/s in the aquatic group and 0.20 m/s in the wait-list "
         "group (p = 0.01).", ("decreased", "worsened")),
        # a fall of a higher-is-better score, smaller with the tested arm: a gain against the other
        ("The decrease in balance score was 2 in the aquatic group and 7 in the wait-list group (p = 0.03).",
         ("increased", "improved")),
        ("The reduction in fatigue was 1.2 points in the aquatic group and 3.4 points in the wait-list group "
         "(p = 0.41).", ("no_difference", "no_difference")),
    ],
)  # fmt: skip
def test_each_arms_change_named_by_its_noun_then_its_size_compares_the_changes(
    said: str, between: tuple[str, str]
) -> None:
    found = _read(("METHODS", AQUATIC), ("RESULTS", said))  # fictional
    assert [(f.change, f.direction) for f in found[0] if f.comparison == "between_groups"] == [between]


@pytest.mark.parametrize(
    ("said", "between"),
    [
        ("Walking distance improved by 48 m in the aquatic group and by 5 m in the wait-list group; "
         "the difference between groups was significant.", ("increased", "improved")),
        ("Walking distance improved by 5 m in the aquatic group and by 48 m in the wait-list group; "
         "the difference between groups was significant.", ("decreased", "worsened")),
        ("Fatigue decreased by 4 points in the aquatic group and by 1 point in the wait-list group, "
         "and this difference was significant.", ("decreased", "improved")),
        ("Fatigue decreased by 1 point in the aquatic group and by 4 points in the wait-list group, "
         "and this difference was significant.", ("increased", "worsened")),
        ("Fatigue fell from 10 to 6 in the aquatic group and from 10 to 9 in the wait-list group; "
         "the difference between the groups was statistically significant.", ("decreased", "improved")),
        ("Balance scores were 45 in the aquatic group and 38 in the wait-list group; "
         "the difference between groups was significant (p = 0.02).", ("increased", "improved")),
        ("Balance scores were 45 in the aquatic group and 38 in the wait-list group. "
         "This difference was statistically significant.", ("increased", "improved")),
        ("Pain decreased by 4 points in the aquatic group and by 1 point in the wait-list group. "
         "The between-group difference was significant.", ("decreased", "improved")),
        ("Pain decreased by 4 points in the aquatic group and by 3 points in the wait-list group. "
         "The between-group difference was not significant.", ("no_difference", "no_difference")),
        ("Pain decreased by 4 points in the aquatic group and by 3 points in the wait-list group; "
         "the difference between groups did not reach significance.", ("no_difference", "no_difference")),
        # the difference's size bracketed, or said significant "likewise", then when it held
        ("Pain fell from 6 to 2 in the aquatic group and from 6 to 5 in the wait-list group. "
         "The difference (3 points) was significant (p = 0.01).", ("decreased", "improved")),
        ("Pain fell from 6 to 2 in the aquatic group and from 6 to 5 in the wait-list group. "
         "The difference was likewise significant (p = 0.01).", ("decreased", "improved")),
        ("Pain fell from 6 to 2 in the aquatic group and from 6 to 5 in the wait-list group. "
         "At 10 minutes, the difference was significant (p = 0.01).", ("decreased", "improved")),
        ("Pain fell from 6 to 2 in the aquatic group and from 6 to 5 in the wait-list group. "
         "Already 10 minutes into the session, the difference was significant (p = 0.01).",
         ("decreased", "improved")),
        ("Pain fell from 6 to 5 in the aquatic group and from 6 to 5 in the wait-list group. "
         "At week 12, the difference was not significant (p = 0.61).", ("no_difference", "no_difference")),
    ],
)  # fmt: skip
def test_each_arms_values_then_a_difference_said_significant_compare_the_arms_their_way(
    said: str, between: tuple[str, str]
) -> None:
    found = _read(("METHODS", AQUATIC), ("RESULTS", said))  # fictional
    assert [(f.change, f.direction) for f in found[0] if f.comparison == "between_groups"] == [between]


@pytest.mark.parametrize(
    ("said", "readings"),
    [
        ("Fatigue improved with aquatic exercise (p = 0.01), but the difference between groups did not "
         "reach significance.", [("improved", "within_group"), ("no_difference", "between_groups")]),
        ("Fatigue improved (p = 0.02), but this did not differ from control.",
         [("improved", "within_group"), ("no_difference", "between_groups")]),
        ("Fatigue decreased in the aquatic group (p = 0.03), but not compared with the wait-list group.",
         [("improved", "within_group"), ("no_difference", "between_groups")]),
        ("Fatigue decreased in the aquatic group (p = 0.03), but not compared with the control group.",
         [("improved", "within_group"), ("no_difference", "between_groups")]),
        # no test of its own: the change is not kept, and never as a difference between the arms
        ("Fatigue improved with aquatic exercise, but the difference between groups did not reach significance.",
         [("no_difference", "between_groups")]),
    ],
)  # fmt: skip
def test_a_change_beside_a_difference_that_did_not_reach_significance_is_within_the_arm(
    said: str, readings: list[tuple[str, str]]
) -> None:
    found = _read(("METHODS", AQUATIC), ("RESULTS", said))  # fictional
    assert sorted((f.direction, f.comparison) for f in found[0]) == sorted(readings)


def test_a_later_clause_about_another_outcome_lends_no_comparison() -> None:
    """Fictional: the arms' lack of difference said of other outcomes neither compares the change
    before it with the other arm nor denies it; naming no group, treatment or time, its comparison
    is unclear."""
    said = "Fatigue decreased significantly (p = 0.01), but other outcomes showed no significant differences."
    found = _read(("METHODS", AQUATIC), ("RESULTS", said))
    readings = [(f.domain, f.direction, f.comparison) for f in found[0]]
    assert readings == [("fatigue", "improved", "unclear")]


@pytest.mark.parametrize(
    ("said", "between"),
    [
        ("Pain fell from 5.1 to 3.2 in the massage group and from 5.0 to 4.8 in the usual care group "
         "(between-group p = 0.01).", ("decreased", "improved")),
        ("Pain fell from 5.1 to 4.9 in the massage group and from 5.0 to 3.1 in the usual care group "
         "(between-group p = 0.01).", ("increased", "worsened")),
    ],
)  # fmt: skip
def test_a_significant_between_group_p_with_each_arms_values_favours_the_arm_that_changed_more(
    said: str, between: tuple[str, str]
) -> None:
    found = _read(("METHODS", INTRO), ("RESULTS", said))  # fictional
    assert [(f.change, f.direction) for f in found[0] if f.comparison == "between_groups"] == [between]


def test_an_active_comparators_greater_gain_is_the_interventions_loss() -> None:
    methods = "Thirty women with MS were randomly allocated to reflexology or relaxation for 4 weeks."
    said = "Relaxation led to a greater improvement in sleep quality than reflexology (p = 0.02)."
    found = _read(("METHODS", methods), ("RESULTS", said))  # fictional
    # reflexology's smaller gain: unclear, never reflexology's improvement
    assert [(f.domain, f.change, f.direction, f.comparison) for f in found[0]] == [
        ("sleep", "unclear", "unclear", "between_groups")
    ]


def test_rom_is_range_of_motion() -> None:
    said = "Knee ROM improved more with massage than with usual care (p = 0.02)."
    found = _read(("METHODS", INTRO), ("RESULTS", said))  # fictional
    assert [(f.domain, f.direction, f.comparison) for f in found[0]] == [
        ("range_of_motion", "improved", "between_groups")
    ]


def test_events_counted_per_arm_read_against_the_comparator() -> None:
    said = "Relapse occurred in 4% of the massage group and 35% of the usual care group (p = 0.01)."
    found = _read(("METHODS", INTRO), ("RESULTS", said))  # fictional
    assert [(f.measure, f.change, f.direction, f.comparison) for f in found[0]] == [
        ("Relapse", "decreased", "improved", "between_groups")
    ]


def test_the_state_each_arms_patients_were_in_is_the_measure() -> None:
    said = (  # fictional
        "At 12 weeks, 19 of 22 patients in the massage group and 15 of 21 in the usual care group were still "
        "in remission, with no significant difference between the two groups."
    )
    found = _read(("METHODS", INTRO), ("RESULTS", said))
    assert [(f.measure, f.direction, f.comparison) for f in found[0]] == [
        ("remission", "no_difference", "between_groups")
    ]


@pytest.mark.parametrize(
    ("said", "comparison"),
    [  # fictional
        ("The massage group showed a significant improvement in sleep quality in comparison to the usual care group.", "between_groups"),
        ("Sleep quality improved significantly in the massage group in comparison with baseline (p = 0.01).", "within_group"),
    ],
)  # fmt: skip
def test_in_comparison_to_an_arm_compares_the_arms(said: str, comparison: str) -> None:
    assert [f.comparison for f in _read(("METHODS", INTRO), ("RESULTS", said))[0]] == [comparison]


@pytest.mark.parametrize(
    ("said", "domain", "direction"),
    [  # fictional: the abbreviation's long form ends in an outcome of the vocabulary
        ("PF was significantly lower in the massage group than in the usual care group (p = 0.01).", "fatigue", "improved"),
        ("HRQL was significantly higher in the massage group than in the usual care group (p = 0.01).", "quality_of_life", "improved"),
        ("MRT was significantly shorter in the massage group than in the usual care group (p = 0.01).", "cognition", "improved"),
    ],
)  # fmt: skip
def test_an_abbreviation_spelled_out_as_a_vocabulary_outcome_is_that_outcome(
    said: str, domain: str, direction: str
) -> None:
    methods = (
        f"{INTRO} Outcomes were perceived fatigue (PF), mean reaction time (MRT) and health-related "
        "quality of life (HRQL)."
    )
    assert [(f.domain, f.direction) for f in _read(("METHODS", methods), ("RESULTS", said))[0]] == [
        (domain, direction)
    ]


@pytest.mark.parametrize(
    ("said", "domain", "direction"),
    [  # fictional: the long form is an instrument of the vocabulary, the scores read on it after
        ("GDS scores were lower in the massage group than in the usual care group (p = 0.02).", "depression", "improved"),
        ("FMA-LL scores were higher in the massage group than in the usual care group (p = 0.02).", "mobility", "improved"),
    ],
)  # fmt: skip
def test_an_abbreviation_spelled_out_as_a_vocabulary_instrument_is_that_instrument(
    said: str, domain: str, direction: str
) -> None:
    methods = (
        f"{INTRO} Outcomes were the Geriatric Depression Scale (GDS) and the Fugl-Meyer Assessment "
        "lower limb (FMA-LL)."
    )
    assert [(f.domain, f.direction) for f in _read(("METHODS", methods), ("RESULTS", said))[0]] == [
        (domain, direction)
    ]


@pytest.mark.parametrize(
    ("p_value", "direction"), [("P-value: .222", "no_difference"), ("P value: 0.001", "improved")]
)
def test_a_p_value_given_after_a_colon_is_read_as_after_an_equals_sign(p_value: str, direction: str) -> None:
    said = (
        f"Triglycerides were 110 mg/dl with massage and 150 mg/dl with usual care ({p_value})."  # fictional
    )
    assert [f.direction for f in _read(("METHODS", INTRO), ("RESULTS", said))[0]] == [direction]


@pytest.mark.parametrize(
    ("tested", "direction"),
    [
        ("with a significant difference between the two groups (p = 0.028)", "improved"),
        ("with no significant difference between the two groups (p = 0.28)", "no_difference"),
    ],
)
def test_each_arms_number_then_with_the_groups_difference_tested_compares_the_arms(
    tested: str, direction: str
) -> None:
    said = f"After treatment, pain was 3.1 in the massage group, and 5.2 in the usual care group, {tested}."
    found = _read(("METHODS", INTRO), ("RESULTS", said))  # fictional
    assert [(f.domain, f.direction, f.comparison) for f in found[0]] == [
        ("pain", direction, "between_groups")
    ]


def test_a_conceded_change_that_was_not_significant_is_no_difference() -> None:
    said = "Although triglycerides dropped by 14 mg/dl with massage, this was not statistically significant (p = 0.22)."
    found = _read(("METHODS", INTRO), ("RESULTS", said))  # fictional
    assert [(f.measure, f.direction) for f in found[0]] == [("triglycerides", "no_difference")]


@pytest.mark.parametrize(
    ("long_form", "said", "reading"),
    [  # fictional: the long form's outcome turned or part of another measure: a measure of its own,
        # or the outcome read as its words are ("freedom from fatigue": better the more of it)
        ("freedom from fatigue (FFF)", "higher", ("fatigue", "increased", "improved")),
        ("reduction in anxiety (RIA)", "greater", ("other", "increased", "improved")),
        ("resistance to fatigue (RTF)", "higher", ("fatigue", "increased", "improved")),
        ("tolerance of pain (TOP)", "higher", ("pain", "increased", "improved")),
        ("prevention of depression (POD)", "higher", ("depression", "increased", "improved")),
        ("time to pain relief (TPR)", "shorter", ("other", "decreased", "improved")),
        ("improvement in pain (IIP)", "greater", ("other", "increased", "improved")),
        ("absence of pain (AOP)", "higher", ("pain", "increased", "improved")),
        ("fatigue free time (FFT)", "higher", ("other", "increased", "improved")),
        # its words only qualify the outcome: the outcome itself
        ("summed pain intensity difference (SPID)", "higher", ("pain", "increased", "improved")),
        ("cancer-related fatigue (CRF)", "lower", ("fatigue", "decreased", "improved")),
    ],
)
def test_an_abbreviation_whose_long_form_turns_its_outcome_is_a_measure_of_its_own(
    long_form: str, said: str, reading: tuple[str, str, str]
) -> None:
    abbreviation = long_form[long_form.index("(") + 1 : -1]
    methods = f"{INTRO} The outcome was {long_form}."
    results = f"{abbreviation} was significantly {said} in the massage group than in the usual care group (p = 0.01)."
    found = _read(("METHODS", methods), ("RESULTS", results))
    assert [(f.domain, f.change, f.direction) for f in found[0]] == [reading]


@pytest.mark.parametrize("long_form", ["change in pain (CIP)", "difference in fatigue (DIF)"])
def test_an_abbreviation_for_a_change_of_unknown_sign_has_no_direction(long_form: str) -> None:
    abbreviation = long_form[long_form.index("(") + 1 : -1]
    methods = f"{INTRO} The outcome was {long_form}."  # fictional
    results = f"{abbreviation} was significantly greater in the massage group than in the usual care group (p = 0.01)."
    found = _read(("METHODS", methods), ("RESULTS", results))
    assert all(f.direction not in ("improved", "worsened") for f in found[0])


@pytest.mark.parametrize(
    "measure",
    ["Freedom from fatigue", "Resistance to fatigue", "Fatigue resistance", "Tolerance of pain", "Relief of pain", "Absence of pain"],
)  # fmt: skip
def test_a_stand_against_the_outcome_is_better_the_more_of_it(measure: str) -> None:
    said = f"{measure} was significantly higher in the massage group than in the usual care group (p = 0.01)."  # fictional
    found = _read(("METHODS", INTRO), ("RESULTS", said))
    assert [(f.measure, f.change, f.direction) for f in found[0]] == [(measure, "increased", "improved")]


@pytest.mark.parametrize(
    ("said", "reading"),
    [  # fictional: a change told only its size went either way; a reduction says which
        ("The change in pain was significantly greater in the massage group than in the usual care group (p = 0.01).", ("unclear", "unclear")),
        ("The difference in fatigue was significantly larger in the massage group than in the usual care group (p = 0.01).", ("unclear", "unclear")),
        ("The reduction in pain was significantly greater in the massage group than in the usual care group (p = 0.01).", ("decreased", "improved")),
    ],
)  # fmt: skip
def test_a_change_told_only_its_size_has_no_direction(said: str, reading: tuple[str, str]) -> None:
    found = _read(("METHODS", INTRO), ("RESULTS", said))
    assert [(f.change, f.direction) for f in found[0]] == [reading]


def test_a_tolerance_of_a_good_thing_is_not_turned() -> None:
    said = "Walking tolerance was significantly higher in the massage group than in the usual care group (p = 0.01)."
    found = _read(("METHODS", INTRO), ("RESULTS", said))  # fictional
    assert [(f.domain, f.change, f.direction) for f in found[0]] == [("walking", "increased", "improved")]


def test_people_without_the_outcome_more_frequent_in_an_arm_is_better() -> None:
    said = "Patients without pain were more frequent in the massage group than in the usual care group (p = 0.01)."
    found = _read(("METHODS", INTRO), ("RESULTS", said))  # fictional
    assert [(f.measure, f.change, f.direction) for f in found[0]] == [
        ("without pain", "increased", "improved")
    ]


def test_a_larger_share_of_an_arm_without_the_outcome_is_better() -> None:
    said = "86% of the massage group reported no pain compared with 50% of the usual care group (p = 0.01)."
    found = _read(("METHODS", INTRO), ("RESULTS", said))  # fictional
    assert [(f.measure, f.direction, f.comparison) for f in found[0]] == [
        ("no pain", "improved", "between_groups")
    ]


@pytest.mark.parametrize(
    ("said", "reading"),
    [  # fictional: a change by less than the other arm's, the outcome named between; a smaller
        # benefit is still a benefit, so the tested arm's own is unclear, never a worsening
        ("Massage reduced anxiety less than usual care (p = 0.01).", ("unclear", "unclear")),
        ("Massage reduced anxiety to a lesser extent than usual care (p = 0.01).", ("unclear", "unclear")),
        ("Compared with the massage group, the usual care group reduced anxiety less (p = 0.01).", ("decreased", "improved")),
        ("Massage reduced anxiety more than usual care (p = 0.01).", ("decreased", "improved")),
    ],
)  # fmt: skip
def test_a_change_by_less_than_the_other_arm_is_relatively_the_other_way(
    said: str, reading: tuple[str, str]
) -> None:
    found = _read(("METHODS", INTRO), ("RESULTS", said))
    assert [(f.change, f.direction) for f in found[0]] == [reading]


@pytest.mark.parametrize(
    ("said", "reading"),
    [  # fictional: the arm after the comma is the one whose change is told, against the one before
        ("In comparison to massage, usual care significantly reduced anxiety (p = 0.01).", ("increased", "worsened", "between_groups")),
        ("Compared with the massage group, the usual care group significantly reduced anxiety (p = 0.01).", ("increased", "worsened", "between_groups")),
        ("In comparison to usual care, massage significantly reduced anxiety (p = 0.01).", ("decreased", "improved", "between_groups")),
        ("In comparison to the massage group, anxiety increased significantly in the usual care group (p = 0.01).", ("decreased", "improved", "between_groups")),
        # the comparator's change smaller: the intervention's larger
        ("Compared with massage, usual care reduced anxiety to a lesser extent (p = 0.01).", ("decreased", "improved", "between_groups")),
        # against its own start, the comparator's change is its own
        ("In comparison to baseline, the usual care group significantly reduced anxiety (p = 0.01).", ("decreased", "improved", "within_group")),
        ("Compared with baseline, anxiety decreased significantly in the usual care group (p = 0.01).", ("decreased", "improved", "within_group")),
    ],
)  # fmt: skip
def test_the_comparator_changing_after_a_comparison_is_read_against_the_intervention(
    said: str, reading: tuple[str, str, str]
) -> None:
    found = _read(("METHODS", INTRO), ("RESULTS", said))
    assert [(f.change, f.direction, f.comparison) for f in found[0]] == [reading]


@pytest.mark.parametrize(
    "against",
    [
        "in comparison to week 1",
        "compared with week 1",
        "than at week 1",
        "than at the previous visit",
        "compared with 2 weeks",
        "than at 2 weeks",
    ],
)
def test_a_result_against_an_earlier_time_is_a_change_within_the_group(against: str) -> None:
    said = (
        f"Anxiety was significantly lower at week 6 {against} in the massage group (p = 0.01)."  # fictional
    )
    found = _read(("METHODS", INTRO), ("RESULTS", said))
    assert [(f.change, f.comparison) for f in found[0]] == [("decreased", "within_group")]


def test_an_outcome_given_only_its_estimate_is_compared_as_the_one_before() -> None:
    said = (  # fictional
        "At the post-test, there were no differences between the massage and usual care groups in anxiety "
        "(MD = -0.5, 95% CI -2.0 to 0.9, p = 0.45) and depression (MD = 0.3, 95% CI -1.0 to 1.6, p = 0.60)."
    )
    found = _read(("METHODS", INTRO), ("RESULTS", said))
    assert [(f.domain, f.change, f.comparison) for f in found[0]] == [
        ("anxiety", "no_difference", "between_groups"),
        ("depression", "no_difference", "between_groups"),
    ]


def test_each_outcome_of_an_arms_list_takes_its_own_change_noun() -> None:
    said = (  # fictional
        "The massage group showed a significant (p < 0.001) reduction in restlessness and a significant "
        "(p < 0.001) enhancement in self-esteem in comparison to the usual care group."
    )
    found = _read(("METHODS", INTRO), ("RESULTS", said))
    assert [(f.domain, f.measure, f.change, f.direction, f.comparison) for f in found[0]] == [
        ("other", "restlessness", "decreased", "improved", "between_groups"),
        ("self_esteem", "self-esteem", "increased", "improved", "between_groups"),
    ]


@pytest.mark.parametrize(
    ("said", "reading"),
    [  # fictional: an enhancement is a rise of what it names, a harm's too
        ("The massage group showed a significant enhancement of pain compared with the usual care group (p = 0.01).", ("pain", "increased", "worsened")),
        ("A significant enhancement in fatigue was seen in the massage group compared with the usual care group (p = 0.01).", ("fatigue", "increased", "worsened")),
        ("The massage group showed a significant enhancement in self-esteem compared with the usual care group (p = 0.01).", ("self_esteem", "increased", "improved")),
        # the verb, too: pain enhanced is pain risen
        ("Pain was significantly enhanced in the massage group compared with the usual care group (p = 0.01).", ("pain", "increased", "worsened")),
        ("Massage significantly enhanced quality of life compared with usual care (p = 0.01).", ("quality_of_life", "increased", "improved")),
        # a treatment's name, not a change
        ("Cognitive enhancement therapy significantly reduced fatigue compared with usual care (p = 0.01).", ("fatigue", "decreased", "improved")),
        ("Fatigue in the cognitive enhancement group was significantly lower than in the usual care group (p = 0.01).", ("fatigue", "decreased", "improved")),
    ],
)  # fmt: skip
def test_an_enhancement_is_a_rise_whichever_side_is_good(said: str, reading: tuple[str, str, str]) -> None:
    found = _read(("METHODS", INTRO), ("RESULTS", said))
    assert [(f.domain, f.change, f.direction) for f in found[0]] == [reading]


def test_what_each_arm_achieved_is_read_against_the_comparator() -> None:
    said = (
        "Remission was achieved in 61% of the massage group versus 17% of the usual care group (p < 0.001)."
    )
    found = _read(("METHODS", INTRO), ("RESULTS", said))  # fictional
    assert [(f.measure, f.change, f.direction, f.comparison) for f in found[0]] == [
        ("Remission", "increased", "improved", "between_groups")
    ]


def test_arms_named_by_letter_each_keep_their_own_change() -> None:
    found = _read(
        ("METHODS", "Thirty patients were randomized to group A (massage) or group B (rest)."),
        (
            "RESULTS",
            "Pain increased significantly in group A (p = 0.002), but there was no change in group B (p = 0.9).",
        ),
    )  # fictional: the second clause is another arm's, not a correction of the first
    assert [(f.change, f.comparison) for f in found[0]] == [
        ("increased", "within_group"),
        ("no_difference", "within_group"),
    ]


def test_a_trend_belongs_to_the_outcome_after_it_not_to_the_one_before() -> None:
    found = _read(
        ("METHODS", SHAM),
        (
            "RESULTS",
            "Reflexology improved muscle strength (p = 0.03) and showed a trend towards better balance (p = 0.06).",
        ),
    )  # fictional
    assert sorted((f.domain, f.direction) for f in found[0]) == [
        ("balance", "unclear"),
        ("strength", "improved"),
    ]


def test_an_outcome_reads_its_own_statement_up_to_its_p_value() -> None:
    for sentence in (
        "Muscle strength improved (p = 0.03) and grip endurance was unchanged (p = 0.4).",
        "Reflexology improved muscle strength (p = 0.03) and vision did not change (p = 0.4).",
    ):  # fictional: the lack of change is the next outcome's
        found = _read(("METHODS", SHAM), ("RESULTS", sentence))[0]
        assert [f.direction for f in found if f.domain == "strength"] == ["improved"], sentence
        assert [f.direction for f in found if f.domain == "other"] in ([], ["no_difference"]), sentence
    found = _read(
        ("METHODS", SHAM), ("RESULTS", "Pain (p < 0.01) and fatigue (p = 0.02) decreased significantly.")
    )
    assert sorted((f.domain, f.direction) for f in found[0]) == [
        ("fatigue", "improved"),
        ("pain", "improved"),
    ]


def test_the_comparators_change_and_its_larger_change_are_never_the_interventions() -> None:
    found = _read(
        ("METHODS", INTRO),
        ("RESULTS", "Pain was reduced with massage, whereas it increased with usual care (p < 0.01)."),
    )  # fictional
    assert [(f.direction, f.comparison, f.comparator) for f in found[0]] == [
        ("improved", "within_group", None),
        ("worsened", "within_group", "usual care"),
    ]
    found = _read(
        ("METHODS", INTRO),
        (
            "RESULTS",
            "Pain decreased in both groups; the decrease was larger in the usual care group (p = 0.02).",
        ),
    )  # fictional
    assert _readings(found) == [("pain", "improved", "within_group"), ("pain", "unclear", "between_groups")]


def test_a_preoperative_treatment_names_an_arm_not_the_time_before_it() -> None:
    finding = _only(
        _read(
            ("METHODS", "Sixty adults were randomized to preoperative massage or usual care."),
            (
                "RESULTS",
                "Pain in the preoperative massage arm was lower than in the usual care arm (p = 0.01).",
            ),
        )
    )  # fictional
    assert (finding.domain, finding.direction, finding.comparison) == ("pain", "improved", "between_groups")
    assert _read(("METHODS", SHAM), ("RESULTS", "Preoperative pain was similar in both groups."))[0] == []


def test_an_outcome_back_at_its_baseline_level_is_no_change_within_the_group() -> None:
    finding = _only(
        _read(("METHODS", SHAM), ("RESULTS", "After the last session, fatigue reverted to baseline levels."))
    )  # fictional
    assert (finding.domain, finding.direction, finding.comparison) == (
        "fatigue",
        "no_difference",
        "within_group",
    )


def test_a_pooled_estimate_is_read_from_its_confidence_interval_clause_by_clause() -> None:
    found = _read(
        ("METHODS", "We pooled eight randomized trials of massage in a meta-analysis."),
        (
            "RESULTS",
            "Massage reduced pain (MD -1.2, 95% CI -1.9 to -0.5), whereas the pooled effect on fatigue "
            "was small (SMD -0.10, 95% CI -0.40 to 0.20).",
        ),
    )
    assert sorted(_readings(found)) == [
        ("fatigue", "no_difference", "between_groups"),
        ("pain", "improved", "between_groups"),
    ]


@pytest.mark.parametrize(
    "result",
    [  # fictional: a pooled effect on one outcome, then none on another
        "Massage reduced spasticity (MD -0.48, 95% CI -0.79 to -0.17), with no effect on range of motion "
        "(MD 1.8, 95% CI -0.9 to 4.5).",
        "Massage reduced spasticity (MD -0.48, 95% CI -0.79 to -0.17) but had no effect on range of motion "
        "(MD 1.8, 95% CI -0.9 to 4.5).",
        # the first clause's "after massage" is no change over time for the next clause's estimate
        "Spasticity was lower after massage (MD -0.48, 95% CI -0.79 to -0.17), but there was no effect on "
        "range of motion (MD 1.8, 95% CI -0.9 to 4.5).",
    ],
)
def test_a_pooled_effect_is_not_overwritten_by_no_effect_on_another_outcome(result: str) -> None:
    found = _read(
        ("METHODS", "We pooled eight randomized trials of massage in a meta-analysis."), ("RESULTS", result)
    )
    assert sorted(_readings(found)) == [
        ("range_of_motion", "no_difference", "between_groups"),
        ("spasticity", "improved", "between_groups"),
    ]
    assert all(f.comparator is None for f in found[0])  # "no effect" is no arm


def test_an_effect_closed_by_its_interval_is_not_read_from_another_subject_after_it() -> None:
    found = _read(
        ("METHODS", "We pooled eight randomized trials of massage in a meta-analysis."),
        (
            "RESULTS",
            "The risk of falls was lower with massage (RR 0.61, 95% CI 0.42 to 0.88), and the risk of "
            "hospital admission did not differ (RR 0.95, 95% CI 0.70 to 1.30).",
        ),
    )  # fictional
    assert ("balance", "improved", "between_groups") in _readings(found)
    assert ("balance", "no_difference", "between_groups") not in _readings(found)


REVIEW = "We pooled seven randomized trials of massage in a meta-analysis."


@pytest.mark.parametrize(
    "result",
    [  # fictional: what some trials showed, then the pooled result
        "Spasticity was lower after massage in two trials, but the pooled difference from control was not "
        "significant.",
        "Three studies reported less spasticity after massage, but the pooled difference from control was "
        "not significant.",
        "Spasticity improved after massage in one trial, but meta-analysis showed no significant difference "
        "(SMD -0.2, 95% CI -0.6 to 0.2).",
    ],
)
def test_a_reviews_count_of_trials_gives_way_to_its_pooled_result(result: str) -> None:
    found = _read(("METHODS", REVIEW), ("RESULTS", result))
    assert _readings(found) == [("spasticity", "no_difference", "between_groups")]


def test_a_reviews_count_of_trials_after_its_pooled_result_adds_no_finding() -> None:
    found = _read(
        ("METHODS", REVIEW),
        (
            "RESULTS",
            "The pooled difference in spasticity from control was not significant. One trial found that "
            "massage reduced spasticity.",
        ),
    )
    assert _readings(found) == [("spasticity", "no_difference", "between_groups")]


def test_a_result_pooled_from_several_trials_is_the_reviews_own() -> None:
    found = _read(
        ("METHODS", REVIEW),
        ("RESULTS", "Pooled across six trials, massage reduced pain (MD -1.2, 95% CI -1.9 to -0.5)."),
    )
    assert _readings(found) == [("pain", "improved", "between_groups")]


def test_a_confidence_interval_alone_decides_the_result() -> None:
    found = _read(
        ("METHODS", "We pooled six randomized trials in a meta-analysis."),
        ("RESULTS", "For anxiety the standardized mean difference was -0.52 (95% CI -0.81 to -0.23)."),
    )
    assert _readings(found) == [("anxiety", "improved", "between_groups")]


def test_other_verbs_give_findings() -> None:
    for sentence, direction in (
        ("Reflexology ameliorated fatigue compared with sham (p = 0.01).", "improved"),
        ("Massage relieved pain more than sham did (p = 0.02).", "improved"),
        ("Reflexology led to a reduction in anxiety compared with sham (p = 0.03).", "improved"),
        ("Reflexology was effective in reducing fatigue compared with sham (p = 0.03).", "improved"),
    ):
        finding = _only(_read(("METHODS", SHAM), ("RESULTS", sentence)))
        assert finding.direction == direction, sentence


def test_the_primary_outcome_refers_back_to_the_methods() -> None:
    finding = _only(
        _read(
            ("METHODS", f"{SHAM} The primary outcome was fatigue on the Modified Fatigue Impact Scale."),
            ("RESULTS", "The primary outcome improved more with reflexology than with sham (p = 0.02)."),
        )
    )
    assert (finding.domain, finding.direction, finding.comparison) == (
        "fatigue",
        "improved",
        "between_groups",
    )


def test_each_arms_number_given_by_short_names_defined_beside_the_arms_size_compares_them() -> None:
    methods = "Thirty people after stroke were randomised to reflexology (RF, n = 15) or sham (SH, n = 15)."  # fictional
    result = "At week 4, hand swelling scores were 2.2 in RF and 3.4 in SH (p = 0.01)."  # fictional
    finding = _only(_read(("METHODS", methods), ("RESULTS", result)))
    assert (finding.direction, finding.comparison, finding.comparator) == (
        "improved",
        "between_groups",
        "sham",
    )


def test_each_period_s_number_with_and_without_the_treatment_compares_them() -> None:
    methods = "Eighteen people with MS had four weeks of foot massage and four weeks of no massage, in random order."  # fictional
    result = "Mean hand swelling was 2.9 during massage and 4.4 during the no-massage weeks (p = 0.02)."  # fictional
    finding = _only(_read(("METHODS", methods), ("RESULTS", result)))
    assert (finding.direction, finding.comparison) == ("improved", "between_groups")


def test_each_arms_values_before_and_after_with_one_arm_on_a_waiting_list_compare_the_arms() -> None:
    methods = "Thirty people with MS were randomised to foot massage or a waiting list."  # fictional
    result = "Hand swelling fell from 5.5 to 3.1 with massage and from 5.2 to 5.0 on the waiting list (p = 0.004)."  # fictional
    found = _read(("METHODS", methods), ("RESULTS", result))[0]
    assert [(f.direction, f.comparison, f.p_value) for f in found if f.comparison == "between_groups"] == [
        ("improved", "between_groups", "p = 0.004")
    ]


def test_outcomes_labelled_with_a_colon_in_the_methods_are_what_the_results_refer_back_to() -> None:
    methods = (  # fictional
        f"{SHAM} Primary outcome: fatigue on the Modified Fatigue Impact Scale. "
        "Secondary outcomes: grip endurance and the wheeze score."
    )
    results = (  # fictional
        "The primary outcome improved more with reflexology than with sham (p = 0.02). "
        "None of the secondary outcomes differed between the groups."
    )
    found = sorted(
        (f.domain, f.measure, f.direction) for f in _read(("METHODS", methods), ("RESULTS", results))[0]
    )
    assert found == [
        ("fatigue", "fatigue", "improved"),
        ("other", "grip endurance", "no_difference"),
        ("other", "wheeze score", "no_difference"),
    ]


@pytest.mark.parametrize(
    ("result", "measure"),
    [  # fictional: the methods name no primary outcome; the words beside it say which it was
        ("Peak expiratory flow (the primary outcome) was higher after massage than with usual care (p = 0.02).", "Peak expiratory flow"),
        ("The primary endpoint, peak expiratory flow, was higher after massage than with usual care (p = 0.02).", "peak expiratory flow"),
        ("In analyses of the primary outcome, peak expiratory flow was higher after massage than with usual care (p = 0.02).", "peak expiratory flow"),
    ],
)  # fmt: skip
def test_a_measure_said_beside_it_to_be_the_primary_outcome_is_read_by_its_name(
    result: str, measure: str
) -> None:
    finding = _only(_read(("METHODS", INTRO), ("RESULTS", result)))
    assert (finding.measure, finding.direction, finding.comparison) == (measure, "improved", "between_groups")


@pytest.mark.parametrize(
    ("sentence", "measure", "change", "direction"),
    [
        ("Systolic blood pressure was lower after massage than after rest (p = 0.01).", "Systolic blood pressure", "decreased", "improved"),
        ("Serum cortisol decreased more in the massage group than in the control group (p = 0.02).", "Serum cortisol", "decreased", "improved"),
        # a hormone, wherever it was sampled, is a measure of its own, not the stress domain's scales
        ("Salivary cortisol decreased more in the massage group than in the control group (p = 0.02).", "Salivary cortisol", "decreased", "improved"),
        ("Agitation was significantly reduced compared with usual care (p < 0.001).", "Agitation", "decreased", "improved"),
        ("Length of stay was shorter in the massage group than in the control group (p = 0.03).", "Length of stay", "decreased", "improved"),
        ("HbA1c did not differ between the groups (p = 0.61).", "HbA1c", "no_difference", "no_difference"),
        ("Plasma drug concentration was higher with the new formulation than with the old (p = 0.01).", "Plasma drug concentration", "increased", "not_applicable"),
        ("Plasma retinol was higher in the massage group than in the control group (p = 0.01).", "Plasma retinol", "increased", "not_applicable"),
        ("Ratings of perceived exertion were lower after massage than after rest (p = 0.02).", "Ratings of perceived exertion", "decreased", "not_applicable"),
        ("Clinic SBP was lower after massage than after rest (p = 0.01).", "Clinic SBP", "decreased", "improved"),
        ("Ocular discomfort was lower after massage than after rest (p = 0.01).", "Ocular discomfort", "decreased", "improved"),
    ],
)  # fmt: skip
def test_an_outcome_outside_the_vocabulary_is_other_named_as_written(
    sentence: str, measure: str, change: str, direction: str
) -> None:
    finding = _only(_read(("METHODS", INTRO), ("RESULTS", sentence)))
    assert (finding.domain, finding.measure, finding.change, finding.direction) == (
        "other",
        measure,
        change,
        direction,
    )


def test_a_measure_with_no_known_good_side_gives_no_guessed_finding() -> None:
    assert (
        _read(
            ("METHODS", INTRO),
            ("RESULTS", "Serum zonulin was higher after massage than after rest (p = 0.01)."),
        )[0]
        == []
    )


def test_change_is_the_raw_change_and_direction_the_patients_view() -> None:
    finding = _only(
        _read(
            ("METHODS", INTRO),
            ("RESULTS", "Walking speed increased more with massage than with usual care (p = 0.01)."),
        )
    )
    assert (finding.change, finding.direction) == ("increased", "improved")
    finding = _only(
        _read(
            ("METHODS", INTRO),
            ("RESULTS", "Pain increased more with massage than with usual care (p = 0.01)."),
        )
    )
    assert (finding.change, finding.direction) == ("increased", "worsened")


@pytest.mark.parametrize(
    "threshold", ["pain threshold", "pain perception threshold", "pain detection threshold"]
)
def test_a_higher_pain_threshold_is_better(threshold: str) -> None:
    sentence = f"The {threshold} was higher with massage than with usual care (p = 0.01)."  # fictional
    finding = _only(_read(("METHODS", INTRO), ("RESULTS", sentence)))
    assert (finding.domain, finding.change, finding.direction) == ("pain", "increased", "improved")


def test_a_change_compared_with_baseline_is_within_group() -> None:
    for sentence in (
        "Compared with baseline, the reflexology group showed less fatigue (p = 0.01).",
        "Fatigue was lower than at baseline after 8 weeks of reflexology (p = 0.01).",
    ):
        finding = _only(_read(("METHODS", SHAM), ("RESULTS", sentence)))
        assert (finding.direction, finding.comparison) == ("improved", "within_group"), sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "When the pre-treatment scores were compared with the subsequent scores at weeks 4 and 8, fatigue "
        "decreased significantly in the reflexology group.",
        "Fatigue decreased significantly in the reflexology group when baseline scores were compared with "
        "later scores.",
        "When baseline scores were compared with post-treatment scores, fatigue decreased significantly "
        "in the reflexology group.",
    ],
)
def test_the_start_compared_with_later_readings_is_the_arms_own_change(sentence: str) -> None:
    finding = _only(_read(("METHODS", SHAM), ("RESULTS", sentence)))  # fictional
    assert (finding.domain, finding.change, finding.direction, finding.comparison) == (
        "fatigue",
        "decreased",
        "improved",
        "within_group",
    )


@pytest.mark.parametrize(
    ("sentence", "reading"),
    [
        ("Reflexology yielded a 12% hospitalisation reduction (95% CI 4-19, p = 0.004).", ("decreased", "improved")),
        ("Reflexology yielded a hospitalisation reduction of 3% (95% CI -4 to 9, p = 0.41).", ("no_difference",) * 2),
    ],
)  # fmt: skip
def test_a_measure_named_before_its_estimated_change_is_read_from_the_estimate(
    sentence: str, reading: tuple[str, str]
) -> None:
    finding = _only(_read(("METHODS", SHAM), ("RESULTS", sentence)))  # fictional
    assert (finding.measure, finding.change, finding.direction, finding.comparison) == (
        "hospitalisation",
        *reading,
        "between_groups",
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "No individual cause of readmission was significantly affected.",
        "No individual cause of readmission was significantly reduced by reflexology.",
        "No individual cause of readmission differed significantly between the groups.",
    ],
)
def test_a_measure_named_after_no_with_its_change_denied_did_not_differ(sentence: str) -> None:
    finding = _only(_read(("METHODS", SHAM), ("RESULTS", sentence)))  # fictional
    assert (finding.measure, finding.direction, finding.change) == (
        "individual cause of readmission",
        "no_difference",
        "no_difference",
    )


def test_the_start_compared_with_later_readings_leaves_arms_set_against_each_other_between() -> None:
    sentence = (  # fictional
        "When baseline scores were compared with post-treatment scores, fatigue decreased significantly "
        "more in the reflexology group than in the sham group."
    )
    finding = _only(_read(("METHODS", SHAM), ("RESULTS", sentence)))
    assert (finding.direction, finding.comparison) == ("improved", "between_groups")


@pytest.mark.parametrize(
    ("sentence", "reading"),
    [
        ("Fatigue was higher at baseline than after reflexology (p = 0.01).", ("decreased", "improved")),
        (
            "Anxiety was lower before than after the reflexology sessions (p = 0.02).",
            ("increased", "worsened"),
        ),
        ("Baseline walking speed was lower than after treatment (p = 0.03).", ("increased", "improved")),
        (
            "Pre-treatment fatigue was higher than post-treatment fatigue (p = 0.02).",
            ("decreased", "improved"),
        ),
    ],
)
def test_the_start_set_first_against_a_later_time_is_the_change_told_backwards(
    sentence: str, reading: tuple[str, str]
) -> None:
    finding = _only(_read(("METHODS", SHAM), ("RESULTS", sentence)))  # fictional
    assert (finding.change, finding.direction, finding.comparison) == (*reading, "within_group")


@pytest.mark.parametrize(
    "sentence",
    [
        "A significant group-by-time interaction was found for anxiety (p = 0.01), with increases in the usual care group.",
        "Group differences in anxiety were significant (p = 0.01), owing to increases among controls.",
        "Between-group differences in anxiety were significant (p = 0.01), which worsened in the control participants.",
        "There was a significant difference between the groups in anxiety (p = 0.01), so that scores rose in the usual care group.",
        "Between-group analysis showed that anxiety worsened in the control group (p = 0.01).",
        "Between-group comparisons showed that anxiety increased significantly among controls (p = 0.01).",
    ],
)
def test_a_difference_of_the_arms_explained_by_the_control_arms_change_is_the_tested_arms_gain(
    sentence: str,
) -> None:
    finding = _only(_read(("METHODS", INTRO), ("RESULTS", sentence)))  # fictional
    reading = (finding.change, finding.direction, finding.comparison)
    assert reading == ("decreased", "improved", "between_groups")


def test_the_control_arms_change_set_against_the_tested_arm_opening_the_clause_is_turned_round_once() -> None:
    sentence = (
        "Compared with the massage group, anxiety worsened significantly in the usual care group (p = 0.01)."
    )
    finding = _only(_read(("METHODS", INTRO), ("RESULTS", sentence)))  # fictional
    assert (finding.change, finding.direction, finding.comparison) == (
        "decreased",
        "improved",
        "between_groups",
    )


def test_the_control_arms_change_after_a_difference_not_said_between_the_arms_stays_its_own() -> None:
    sentence = "The groups differed significantly in anxiety (p = 0.01), so that scores rose in the usual care group."
    finding = _only(_read(("METHODS", INTRO), ("RESULTS", sentence)))  # fictional
    assert (finding.change, finding.direction, finding.comparator) == ("increased", "worsened", "usual care")


def test_the_control_arms_change_beside_the_tested_arms_own_leaves_the_tested_arms_reading() -> None:
    sentence = "Anxiety decreased with massage, with increases in the usual care group (p = 0.01)."
    finding = _only(_read(("METHODS", INTRO), ("RESULTS", sentence)))  # fictional
    assert (finding.change, finding.direction, finding.comparator) == ("decreased", "improved", None)


@pytest.mark.parametrize(
    "sentence",
    [
        "Fatigue was higher in the comparison group than in the massage group (p = 0.02).",
        "The comparison group showed greater fatigue than the massage group (p = 0.02).",
    ],
)
def test_a_comparison_group_set_against_the_tested_arm_is_turned_round_once(sentence: str) -> None:
    methods = "Forty adults with MS were randomised to massage or a comparison group."  # fictional
    finding = _only(_read(("METHODS", methods), ("RESULTS", sentence)))
    assert (finding.change, finding.direction, finding.comparison) == (
        "decreased",
        "improved",
        "between_groups",
    )


@pytest.mark.parametrize(
    ("sentence", "readings"),
    [  # fictional: the abstract tells which way its scales run, beside the outcomes
        (
            "Anxiety and fatigue (higher scores indicating better health) rose with massage compared with usual care (p = 0.01).",
            {("anxiety", "increased", "improved"), ("fatigue", "increased", "improved")},
        ),
        (
            "Massage gave higher anxiety and fatigue scores (where higher is better) than usual care (p = 0.01).",
            {("anxiety", "increased", "improved"), ("fatigue", "increased", "improved")},
        ),
        # told of one outcome, not of another before it with a result of its own
        (
            "Pain fell and quality of life (higher scores indicating better health) rose after massage (p = 0.01).",
            {("pain", "decreased", "improved"), ("quality_of_life", "increased", "improved")},
        ),
        # its "higher ... more" ranks no arm: the control arm's own rise
        (
            "Fatigue scores rose (higher scores indicating more fatigue) in the usual care group (p = 0.01).",
            {("fatigue", "increased", "worsened")},
        ),
    ],
)
def test_a_scales_way_told_beside_the_outcome_decides_its_good_side(
    sentence: str, readings: set[tuple[str, str, str]]
) -> None:
    found, _ = _read(("METHODS", INTRO), ("RESULTS", sentence))
    assert {(f.domain, f.change, f.direction) for f in found} == readings


def test_the_evidence_given_for_a_result_said_before_leaves_its_direction() -> None:
    sentence = "Massage improved anxiety and fatigue, as shown by increased scores compared with usual care (p = 0.01)."
    found, _ = _read(("METHODS", INTRO), ("RESULTS", sentence))  # fictional
    assert {(f.domain, f.direction) for f in found} == {("anxiety", "improved"), ("fatigue", "improved")}


@pytest.mark.parametrize(
    ("sentence", "readings"),
    [  # fictional: the authors' own word for the change, whichever way the scale runs
        ("Fatigue scores rose after massage, indicating improvement (p = 0.01).", {("fatigue", "improved")}),
        (
            "Quality of life scores fell after massage, reflecting improvement (p = 0.01).",
            {("quality_of_life", "improved")},
        ),
        # said of the change just before it, not of another outcome's before that
        (
            "Pain fell and quality of life rose after massage, indicating improvement (p = 0.01).",
            {("pain", "improved"), ("quality_of_life", "improved")},
        ),
    ],
)
def test_the_authors_word_for_a_change_decides_its_direction(
    sentence: str, readings: set[tuple[str, str]]
) -> None:
    found, _ = _read(("METHODS", INTRO), ("RESULTS", sentence))
    assert {(f.domain, f.direction) for f in found} == readings


@pytest.mark.parametrize(
    ("sentence", "reading"),
    [  # fictional: an arm called less effective in doing something did less of it
        (
            "Massage was less effective in reducing anxiety than usual care (p = 0.02).",
            ("increased", "worsened"),
        ),
        (
            "Massage was less effective at improving sleep than usual care (p = 0.02).",
            ("decreased", "worsened"),
        ),
        (
            "Usual care was less effective in reducing anxiety than massage (p = 0.02).",
            ("decreased", "improved"),
        ),
    ],
)
def test_an_arm_less_effective_in_doing_something_did_less_of_it(
    sentence: str, reading: tuple[str, str]
) -> None:
    finding = _only(_read(("METHODS", INTRO), ("RESULTS", sentence)))
    assert (finding.change, finding.direction) == reading


@pytest.mark.parametrize(
    "sentence",
    [  # fictional: the comparator, named by how it was given, ranked against the tested arm
        "Swelling was higher with intravenous than with oral fictolan (p = 0.02).",
        "Swelling in the intravenous group was higher than with oral fictolan (p = 0.02).",
        "Intravenous fictolan was less effective in reducing swelling than oral fictolan (p = 0.02).",
    ],
)
def test_an_arm_named_by_how_a_drug_both_arms_had_was_given(sentence: str) -> None:
    (finding,) = _read_titled(
        "Oral versus intravenous fictolan for swelling after surgery",  # fictional
        "Sixty adults were randomised to oral fictolan or intravenous fictolan after surgery.",
        sentence,
    )
    assert (finding.change, finding.direction, finding.comparison) == (
        "decreased",
        "improved",
        "between_groups",
    )


def test_a_change_tied_to_another_measure_keeps_the_change_and_gives_the_other_none() -> None:
    sentence = "Anxiety fell after massage (p = 0.01), and the decrease was associated with improved sleep."
    found, _ = _read(("METHODS", INTRO), ("RESULTS", sentence))  # fictional
    assert {(f.domain, f.direction) for f in found} == {("anxiety", "improved")}


def test_a_result_lost_on_adjustment_is_unclear_and_its_covariates_are_no_outcomes() -> None:
    sentence = (
        "The improvement in anxiety with massage (p = 0.03) disappeared after adjustment for baseline pain."
    )
    finding = _only(_read(("METHODS", INTRO), ("RESULTS", sentence)))  # fictional
    assert (finding.domain, finding.direction) == ("anxiety", "unclear")


def test_a_combination_set_against_the_tested_treatment_alone_says_nothing_of_the_treatment() -> None:
    methods = "Ninety adults were randomised to massage, exercise or massage plus exercise for 8 weeks."  # fictional
    sentence = "Balance improved in the combined group compared with massage alone (p = 0.03)."
    finding = _only(_read(("METHODS", methods), ("RESULTS", sentence)))
    assert (finding.domain, finding.direction) == ("balance", "unclear")
    # an add-on set against what every arm had: the tested combination's gain
    methods = "Forty adults were randomised to massage plus exercise or exercise alone."
    sentence = "Balance improved more in the combined group than with exercise alone (p = 0.03)."
    finding = _only(_read(("METHODS", methods), ("RESULTS", sentence)))
    assert (finding.domain, finding.direction) == ("balance", "improved")


@pytest.mark.parametrize(
    ("sentence", "reading"),
    [  # fictional: a level ranked under the comparator, named first as the condition it was in
        ("With usual care, anxiety was higher (p = 0.02).", ("decreased", "improved")),
        ("After usual care, anxiety was less frequent (p = 0.02).", ("increased", "worsened")),
        # its own change since baseline stays its own
        ("With usual care, anxiety decreased from baseline (p = 0.02).", ("decreased", "improved")),
    ],
)
def test_a_level_ranked_under_the_comparator_named_first_is_the_tested_arms_the_other_way(
    sentence: str, reading: tuple[str, str]
) -> None:
    finding = _only(_read(("METHODS", INTRO), ("RESULTS", sentence)))
    assert (finding.change, finding.direction) == reading
    assert finding.comparison == ("within_group" if "baseline" in sentence else "between_groups")


@pytest.mark.parametrize(
    ("sentence", "reading"),
    [  # fictional: the comparator's measure named as its own, ranked with nothing set against it
        ("The usual care group's anxiety scores were higher (p = 0.02).", ("decreased", "improved")),
        ("The usual care group's anxiety scores were lower (p = 0.02).", ("increased", "worsened")),
        # the tested arm's own stays its own
        ("The massage group's anxiety scores were lower (p = 0.02).", ("decreased", "improved")),
    ],
)
def test_a_level_the_comparator_had_named_as_its_own_is_the_tested_arms_the_other_way(
    sentence: str, reading: tuple[str, str]
) -> None:
    finding = _only(_read(("METHODS", INTRO), ("RESULTS", sentence)))
    assert (finding.change, finding.direction, finding.comparison) == (*reading, "between_groups")


def test_a_level_an_active_comparator_had_named_as_its_own_is_the_tested_arms_the_other_way() -> None:
    (finding,) = _read_titled(
        "Fictozine versus zorbatan for pain after surgery",  # fictional
        "Eighty adults were randomised to fictozine or zorbatan after surgery.",
        "The zorbatan group's pain scores were lower (p = 0.02).",
    )
    assert (finding.change, finding.direction, finding.comparison) == (
        "increased",
        "worsened",
        "between_groups",
    )


def test_a_greater_change_in_one_arm_is_read_apart_from_the_change_in_both() -> None:
    found = _read(
        ("METHODS", SHAM),
        (
            "RESULTS",
            "Pain decreased in both groups (p < 0.001), with a greater reduction in the reflexology group (p = 0.03).",
        ),
    )
    assert _readings(found) == [("pain", "improved", "within_group"), ("pain", "improved", "between_groups")]


def test_a_change_within_the_comparator_arm_says_so() -> None:
    found = _read(
        ("METHODS", SHAM),
        (
            "RESULTS",
            "Fatigue decreased significantly in the reflexology group (p = 0.01), while it did not change "
            "in the sham group (p = 0.70).",
        ),
    )
    assert [(f.direction, f.comparison, f.comparator) for f in found[0]] == [
        ("improved", "within_group", None),
        ("no_difference", "within_group", "sham"),
    ]


def test_a_treatment_named_after_an_outcome_is_not_an_outcome() -> None:
    finding = _only(
        _read(
            ("METHODS", "Thirty people with MS were randomized to balance training or usual care."),
            ("RESULTS", "Balance training reduced fatigue compared with usual care (p = 0.02)."),
        )
    )
    assert (finding.domain, finding.direction) == ("fatigue", "improved")


def test_being_effective_is_an_improvement_and_not_being_effective_none() -> None:
    found = _read(
        ("METHODS", SHAM), ("RESULTS", "Reflexology was effective for fatigue compared with sham (p = 0.01).")
    )
    assert _readings(found) == [("fatigue", "improved", "between_groups")]
    found = _read(
        ("METHODS", SHAM), ("RESULTS", "Reflexology was not effective for fatigue compared with sham.")
    )
    assert _readings(found) == [("fatigue", "no_difference", "between_groups")]


def test_a_sentence_about_the_previous_result_speaks_for_its_outcome() -> None:
    found = _read(
        ("METHODS", SHAM),
        ("RESULTS", "Fatigue was lower with reflexology than with sham (p = 0.04)."),
        ("RESULTS", "This difference was no longer significant after adjustment for age (p = 0.21)."),
    )
    assert _readings(found) == [("fatigue", "no_difference", "between_groups")]


def test_scores_similar_among_groups_are_a_result_and_groups_similar_a_baseline() -> None:
    finding = _only(
        _read(("METHODS", SHAM), ("RESULTS", "Pain scores in all groups were similar at 8 weeks (p = 0.60)."))
    )
    assert (finding.domain, finding.direction) == ("pain", "no_difference")
    assert _read(("METHODS", SHAM), ("RESULTS", "The two groups were similar in pain and fatigue."))[0] == []


@pytest.mark.parametrize(
    "sentence",
    [  # fictional: a comparison of the arms denied, then the arm and the aim, then the list it governs
        "Massage was no more effective than usual care in improving pain or anxiety.",
        "Massage was not more effective than usual care in reducing pain, fatigue or anxiety.",
        "Massage was no better than usual care for pain or anxiety.",
        # an effect denied by what it led to, or an advantage denied
        "Massage did not lead to improvements in pain or anxiety.",
        "Massage did not result in greater reductions in pain or anxiety than usual care.",
        "Massage offered no advantage over usual care in reducing pain or anxiety.",
        "Massage did not confer any benefit on pain or anxiety.",
        "Massage did not further reduce pain or anxiety.",
        "Massage was not associated with improvements in pain or anxiety.",
        "Improvements in pain and anxiety were not greater with massage than with usual care.",
        # a change looked for and not seen
        "Massage was not found to reduce pain or anxiety.",
        "Massage could not be shown to improve pain or anxiety.",
        "Massage did not appear to improve pain or anxiety.",
        "The beneficial effect of massage on pain and anxiety was not confirmed.",
        "Massage showed no superiority over usual care for pain or anxiety.",
        "Massage was without effect on pain or anxiety.",
        # no trial of a review said to have found it
        "No trial reported a benefit of massage on pain or anxiety.",
        "None of the included studies found an effect of massage on pain or anxiety.",
    ],
)
def test_every_outcome_listed_after_a_denied_comparison_is_a_no_difference(sentence: str) -> None:
    found, _ = _read(("METHODS", INTRO), ("RESULTS", sentence))
    assert {(f.direction, f.comparison) for f in found} == {("no_difference", "between_groups")}
    assert len(found) == sentence.count(",") + 2


@pytest.mark.parametrize(
    ("sentence", "reading"),
    [  # fictional: an outcome excepted from a change said of the others: not that change, and
        # what it did unsaid where it is the subject's exception
        ("All outcomes except anxiety improved significantly in the massage group.", None),
        ("Except for anxiety, all outcomes improved (p < 0.05).", None),
        ("Outcomes other than anxiety improved significantly with massage.", None),
        # set apart after the result: it did not do so
        ("Pain improved significantly, unlike anxiety.", "no_difference"),
        ("Pain improved, as opposed to anxiety.", "no_difference"),
        # none but the one outcome changed: its "than" sets no arm against another
        ("No outcome other than anxiety improved.", None),
        # excepted from no change: it changed, which way unsaid
        ("All outcomes except anxiety were unchanged.", None),
        # an exception with its own result, or excepted from what none did
        ("Scores were unchanged, except for lower anxiety (p = 0.01).", "improved"),
        ("Apart from anxiety, no outcome improved.", "improved"),
    ],
)
def test_an_outcome_excepted_from_the_others_change_is_read_against_it(
    sentence: str, reading: str | None
) -> None:
    found, _ = _read(("METHODS", INTRO), ("RESULTS", sentence))
    assert [f.direction for f in found if f.domain == "anxiety"] == ([reading] if reading else [])


def test_a_result_of_its_own_after_a_denied_comparison_keeps_its_way() -> None:
    found, _ = _read(
        ("METHODS", INTRO),
        (
            "RESULTS",
            "Massage was no more effective than usual care in improving pain, but reduced anxiety more (p = 0.01).",
        ),
    )
    assert sorted((f.measure, f.direction) for f in found) == [
        ("anxiety", "improved"),
        ("pain", "no_difference"),
    ]


def test_not_superior_for_any_outcome_is_the_between_group_no_difference_of_each_reported() -> None:
    """Fictional sham-controlled trial whose methods list no outcomes."""
    said = (
        "Pain, fatigue and anxiety improved significantly from baseline in both groups (all p < 0.01). "
        "Reflexology was not superior to sham for any outcome."
    )
    found = _read(("METHODS", SHAM), ("RESULTS", said))
    assert sorted(_readings(found)) == [
        ("anxiety", "improved", "within_group"),
        ("anxiety", "no_difference", "between_groups"),
        ("fatigue", "improved", "within_group"),
        ("fatigue", "no_difference", "between_groups"),
        ("pain", "improved", "within_group"),
        ("pain", "no_difference", "between_groups"),
    ]


@pytest.mark.parametrize(
    "said",
    [  # fictional: "and", not "but", before the arms said alike
        "Pain intensity fell in both groups, and reflexology was not superior to sham for pain (p = 0.40).",
        "Pain intensity fell in both groups and reflexology was no better than sham (p = 0.40).",
        "Pain intensity fell in both groups, and there was no significant difference between them (p = 0.40).",
        "Pain intensity fell in both groups and no significant between-group differences were seen (p = 0.40).",
        "Both reflexology and sham were followed by lower pain intensity, with no significant treatment difference.",
    ],
)
def test_a_change_in_both_arms_and_the_arms_alike_are_two_findings(said: str) -> None:
    found = _read(("METHODS", SHAM), ("RESULTS", said))
    assert sorted(_readings(found)) == [
        ("pain", "improved", "within_group"),
        ("pain", "no_difference", "between_groups"),
    ]


def test_the_between_group_difference_named_so_speaks_for_the_outcome_before() -> None:
    found = _read(
        ("METHODS", SHAM),
        ("RESULTS", "Fatigue decreased by 25% with reflexology and by 22% with sham reflexology."),
        ("RESULTS", "The between-group difference was not statistically significant."),
    )  # fictional
    assert ("fatigue", "no_difference", "between_groups") in _readings(found)


def test_every_arm_improving_in_the_clause_before_the_comparison_is_a_change_within_each() -> None:
    """Fictional: the first clause names no outcome; the one after it compares the arms in one."""
    said = (
        "Both groups showed significant improvements (p < 0.05); however, the massage group showed "
        "greater improvement in fatigue."
    )
    found = _read(("METHODS", INTRO), ("RESULTS", said))
    assert sorted(_readings(found)) == [
        ("fatigue", "improved", "between_groups"),
        ("fatigue", "improved", "within_group"),
    ]


def test_no_difference_in_any_outcome_measure_named_singly_is_each_outcome_s() -> None:
    """Fictional: "in any outcome measure" speaks of every outcome, as "any of the outcomes" does."""
    said = (
        "Pain, fatigue and anxiety improved significantly from baseline in both groups (all p < 0.01). "
        "There were no significant differences between the groups in any outcome measure."
    )
    found = _read(("METHODS", SHAM), ("RESULTS", said))
    assert sorted(_readings(found)) == [
        ("anxiety", "improved", "within_group"),
        ("anxiety", "no_difference", "between_groups"),
        ("fatigue", "improved", "within_group"),
        ("fatigue", "no_difference", "between_groups"),
        ("pain", "improved", "within_group"),
        ("pain", "no_difference", "between_groups"),
    ]


@pytest.mark.parametrize(
    "compared",
    [
        "No between-group differences were found.",
        "Between-group comparisons were not significant.",
        "There were no between-group differences.",
        "However, the groups did not differ (p = 0.44).",
        "The two arms did not differ significantly.",
    ],
)
def test_a_between_group_comparison_as_subject_speaks_for_the_outcome_before(compared: str) -> None:
    found = _read(
        ("METHODS", SHAM),
        ("RESULTS", "Fatigue fell significantly in both groups (p < 0.01)."),
        ("RESULTS", compared),
    )  # fictional
    assert sorted(_readings(found)) == [
        ("fatigue", "improved", "within_group"),
        ("fatigue", "no_difference", "between_groups"),
    ]


DIFFERED = "There was a significant difference in the mean fatigue score between the two groups (p < 0.001)."


@pytest.mark.parametrize(
    ("concluded", "readings"),
    [
        # fictional: the conclusion says which way the arms differed
        (
            "Reflexology reduced fatigue in people with MS.",
            [("fatigue", "improved", "between_groups", False)],
        ),
        # a hedge, or no conclusion about it, leaves the way unsaid: the result gives no finding, the
        # hedged conclusion only its own
        (
            "Reflexology may reduce fatigue in people with MS.",
            [("fatigue", "improved", "between_groups", True)],
        ),
        ("Reflexology is safe.", []),
    ],
)
def test_arms_differing_significantly_take_the_way_the_conclusion_says(
    concluded: str, readings: list[tuple[str, str, str, bool]]
) -> None:
    found = _read(("METHODS", SHAM), ("RESULTS", DIFFERED), ("CONCLUSIONS", concluded))
    assert [(f.domain, f.direction, f.comparison, f.hedged) for f in found[0]] == readings


@pytest.mark.parametrize(
    "result",
    [  # fictional: the arms' difference not significant at the start, significant later, no way said
        "The difference in anxiety was not significant before treatment (p = 0.52) but significant after it (p = 0.004).",
        "The difference in anxiety between groups was not significant at baseline (p = 0.52), but was significant at 8 weeks (p = 0.004).",
    ],
)  # fmt: skip
def test_a_difference_significant_only_after_the_start_takes_the_way_the_conclusion_says(result: str) -> None:
    concluded = ("CONCLUSIONS", "Reflexology reduced anxiety in people with MS.")
    found = _read(("METHODS", SHAM), ("RESULTS", result), concluded)[0]
    assert [(f.domain, f.direction, f.comparison, f.evidence.text) for f in found] == [
        ("anxiety", "improved", "between_groups", result)
    ]
    assert _read(("METHODS", SHAM), ("RESULTS", result), ("CONCLUSIONS", "Reflexology is safe."))[0] == []


def test_the_treatment_associated_with_an_improvement_is_its_effect_not_a_correlation() -> None:
    found = _read(
        ("METHODS", SHAM), ("RESULTS", "Reflexology was associated with improvements in fatigue (p = 0.02).")
    )
    assert _readings(found) == [("fatigue", "improved", "unclear")]  # fictional
    correlated = "The change in pain was associated with improvements in fatigue (r = 0.45, p = 0.02)."
    assert _read(("METHODS", SHAM), ("RESULTS", correlated))[0] == []


def test_both_groups_improving_is_within_group_beside_the_comparison() -> None:
    found = _read(
        ("METHODS", SHAM),
        (
            "RESULTS",
            "Both groups showed significant reductions in spasticity, with no between-group differences.",
        ),
    )
    assert _readings(found) == [
        ("spasticity", "improved", "within_group"),
        ("spasticity", "no_difference", "between_groups"),
    ]


@pytest.mark.parametrize(
    "result",
    [  # fictional: the lack of difference said with "without" and the kind of difference
        "Spasticity decreased in both groups (p < 0.001) without a between-group difference (p = 0.58).",
        "Spasticity decreased in both groups without between-group differences.",
        # the arms' difference named "intergroup" or a "group difference"
        "Spasticity decreased in both groups without significant intergroup differences.",
        "Spasticity decreased in both groups with no significant inter-group difference (p = 0.44).",
        "Spasticity decreased in both groups with no significant group difference.",
        "Spasticity decreased in both groups; intergroup differences were not significant.",
        "Spasticity scores fell in both groups, and the intergroup difference was not significant (p = 0.3).",
        # the arms just named, referred back to
        "Spasticity decreased in both groups without difference between them.",
        "Spasticity decreased in both groups, with no significant difference between the two.",
    ],
)
def test_both_groups_improving_without_a_between_group_difference_is_two_findings(result: str) -> None:
    found = _read(("METHODS", SHAM), ("RESULTS", result))
    assert _readings(found) == [
        ("spasticity", "improved", "within_group"),
        ("spasticity", "no_difference", "between_groups"),
    ]


def test_both_groups_improving_with_no_statistical_difference_is_two_findings() -> None:
    found = _read(
        ("METHODS", SHAM),
        (
            "RESULTS",
            "Both groups increased walking speed (G1=+9.1%, G2=+10.0%), with no statistical difference between groups.",
        ),
    )  # fictional
    assert _readings(found) == [
        ("walking", "improved", "within_group"),
        ("walking", "no_difference", "between_groups"),
    ]


def test_a_change_to_a_similar_extent_in_both_groups_is_within_and_no_difference_between() -> None:
    found = _read(
        ("METHODS", SHAM),
        ("RESULTS", "Walking speed increased significantly but to a similar extent in both groups."),
    )  # fictional
    assert _readings(found) == [
        ("walking", "improved", "within_group"),
        ("walking", "no_difference", "between_groups"),
    ]


def test_a_list_item_about_an_unrecognised_outcome_never_rereads_the_one_before() -> None:
    found = _read(
        ("METHODS", INTRO),
        (
            "RESULTS",
            "Compared with usual care, the massage group reported greater walking speed (p = 0.01); "
            "and less teasing of younger children.",
        ),
    )  # fictional: the walking result is not turned into a worsening by the next item's "less"
    assert [(f.domain, f.change, f.direction) for f in found[0]] == [("walking", "increased", "improved")]


def test_each_outcome_of_a_list_reads_its_own_change_word() -> None:
    found = _read(
        ("METHODS", SHAM),
        (
            "RESULTS",
            "Reflexology led to a significant decrease of fatigue (p = 0.02) and an increase of walking speed (p = 0.03).",
        ),
    )
    assert sorted((f.domain, f.change, f.direction) for f in found[0]) == [
        ("fatigue", "decreased", "improved"),
        ("walking", "increased", "improved"),
    ]


def test_a_greater_improvement_is_an_improvement_at_its_own_time() -> None:
    found, _ = _read(
        ("METHODS", SHAM),
        (
            "RESULTS",
            "At 8 weeks, the reflexology group had greater improvement in fatigue than the sham group "
            "(p = 0.01), but this difference was not maintained at the 12-week follow-up.",
        ),
    )
    assert [(f.change, f.direction, f.comparison, f.timepoint) for f in found] == [
        ("decreased", "improved", "between_groups", "end of treatment"),
        # the effect not maintained: no difference at the follow-up, beside the effect at the end
        ("no_difference", "no_difference", "between_groups", "follow-up (12 weeks)"),
    ]


@pytest.mark.parametrize(
    "result",
    [  # fictional: the arms' difference said to have gone by a later time
        "By week 12, the between-group difference in pain had vanished.",
        "At 12 weeks the advantage of massage for pain had dissipated.",
    ],
)
def test_a_difference_that_has_vanished_is_no_difference(result: str) -> None:
    finding = _only(_read(("METHODS", INTRO), ("RESULTS", result)))
    assert (finding.domain, finding.direction, finding.comparison) == (
        "pain",
        "no_difference",
        "between_groups",
    )


@pytest.mark.parametrize(
    "result",
    [  # fictional: the grades counted, named with "or higher", "or worse"
        "Grade 3 or higher pain occurred in 10% of the massage group and 30% of the usual care group (p = 0.04).",
        "Grade II or worse pain was less frequent with massage than with usual care (p = 0.02).",
        "Pain scores of 4 or more were reported by 20% of the massage group and 45% of the usual care group (p = 0.01).",
        "Patients with two or more episodes of pain were fewer in the massage group than in usual care (p = 0.03).",
    ],
)
def test_a_grade_or_higher_names_what_was_counted_not_a_change(result: str) -> None:
    finding = _only(_read(("METHODS", INTRO), ("RESULTS", result)))
    assert (finding.domain, finding.direction, finding.comparison) == ("pain", "improved", "between_groups")


def test_scores_that_remained_stable_did_not_change() -> None:
    finding = _only(_read(("METHODS", SHAM), ("RESULTS", "EDSS scores remained stable in both groups.")))
    assert (finding.domain, finding.direction, finding.comparison) == (
        "disability",
        "no_difference",
        "within_group",
    )


def test_a_number_for_each_arm_is_a_comparison_of_the_arms() -> None:
    methods = ("METHODS", "Forty people with MS were randomized to reflexology or usual care.")
    for sentence, reading in (
        ("Pain was 3.1 in the reflexology group and 5.4 in the control group (p = 0.01).", ("decreased", "improved")),
        ("Walking speed was 1.1 m/s in the control group and 1.3 m/s in the reflexology group (p = 0.02).", ("increased", "improved")),
        ("Fatigue scores were 38.2 with reflexology versus 41.0 with usual care (p = 0.34).", ("no_difference", "no_difference")),
        # each arm's mean with its spread, the second arm's copula left out: the spread is no arm's mean
        ("Pain in the reflexology group was 3.2 ± 1.1 and in the control group 5.4 ± 1.3 (p < 0.001).", ("decreased", "improved")),
        ("The mean pain score of the reflexology group was 3.2, while that of the control group was 5.4 (p < 0.001).", ("decreased", "improved")),
    ):  # fmt: skip
        finding = _only(_read(methods, ("RESULTS", sentence)))
        assert ((finding.change, finding.direction), finding.comparison) == (reading, "between_groups"), (
            sentence
        )


@pytest.mark.parametrize(
    ("sentence", "reading"),
    [  # fictional: each arm's change, then only the interval of their difference as its test
        ("Pain fell by 2.1 points with reflexology and 0.4 with usual care (difference -1.7, 95% CI -2.5 to -0.9).", "decreased"),
        ("Pain fell by 2.1 points with reflexology and 1.8 with usual care (difference, -0.3 points; 95% CI, -0.9 to 0.3).", "no_difference"),
    ],
)  # fmt: skip
def test_each_arms_change_with_the_interval_of_their_difference_compares_the_arms(
    sentence: str, reading: str
) -> None:
    methods = ("METHODS", "Forty people with MS were randomized to reflexology or usual care.")
    found, _ = _read(methods, ("RESULTS", sentence))
    assert ("pain", reading, "between_groups") in {(f.domain, f.change, f.comparison) for f in found}


def test_numbers_for_arms_known_only_by_labels_with_a_non_significant_p_are_no_difference() -> None:
    methods = ("METHODS", "Forty adults were randomized to two fictional ointments, groups 1 and 2.")
    for sentence in (
        "Pain scores were 5.3 ± 1.2 and 6.4 ± 1.4 in groups 1 and 2, respectively (p = 0.06).",
        "Pain scores were 5.3 (1.2) vs 6.4 (1.4) (p = 0.31).",
    ):  # fictional
        finding = _only(_read(methods, ("RESULTS", sentence)))
        assert (finding.change, finding.direction, finding.comparison) == (
            "no_difference",
            "no_difference",
            "between_groups",
        ), sentence


def test_a_change_in_one_arm_quoting_a_between_group_p_is_also_a_comparison() -> None:
    found = _read(
        ("METHODS", SHAM),
        (
            "RESULTS",
            "Walking speed increased from 1.0 (0.2) to 1.2 (0.2) m/s (p = 0.01) in the reflexology group only "
            "(between-group difference p = 0.21).",
        ),
    )  # fictional
    assert _readings(found) == [
        ("walking", "improved", "within_group"),
        ("walking", "no_difference", "between_groups"),
    ]
    found = _read(
        ("METHODS", SHAM),
        (
            "RESULTS",
            "Walking speed increased (p = 0.01) in the reflexology group only (between-group difference p = 0.02).",
        ),
    )  # fictional: only the tested arm changed, and the arms differed
    assert _readings(found) == [
        ("walking", "improved", "within_group"),
        ("walking", "improved", "between_groups"),
    ]
    found = _read(
        ("METHODS", SHAM),
        ("RESULTS", "Walking speed increased (p = 0.01) in both groups (between-group difference p = 0.02)."),
    )  # fictional: a significant comparison of two arms that both changed does not say which it favours
    assert _readings(found) == [("walking", "improved", "within_group")]


def test_an_interaction_with_a_change_in_the_tested_arm_only_is_both_comparisons() -> None:
    found = _read(
        ("METHODS", SHAM),
        (
            "RESULTS",
            "Berg Balance Scale scores showed a significant group-by-time interaction (p = 0.007), "
            "with improvement in the reflexology group only.",
        ),
    )  # fictional: the interaction compares the arms, and only the tested arm improved
    assert _readings(found) == [
        ("balance", "improved", "within_group"),
        ("balance", "improved", "between_groups"),
    ]


def test_a_difference_said_to_favour_the_arm_the_values_put_behind_is_unclear() -> None:
    found = _read(
        ("METHODS", SHAM),
        (
            "RESULTS",
            "Fatigue decreased from 6.1 to 3.2 in the reflexology group and from 6.0 to 4.5 in the sham group; "
            "the difference was significant in favour of the sham group.",
        ),
    )  # fictional: the values favour reflexology, the words sham
    assert _readings(found) == [
        ("fatigue", "improved", "within_group"),
        ("fatigue", "unclear", "between_groups"),
    ]
    found = _read(
        ("METHODS", SHAM),
        (
            "RESULTS",
            "Fatigue decreased from 6.1 to 5.8 in the reflexology group and from 6.0 to 3.5 in the sham group; "
            "the difference was significant in favour of the sham group.",
        ),
    )  # fictional: words and values agree that sham did better
    assert ("fatigue", "worsened", "between_groups") in _readings(found)


def test_a_trend_said_not_to_reach_significance_stays_a_trend() -> None:
    found = _read(
        ("METHODS", SHAM),
        (
            "RESULTS",
            "Pain tended to decrease in the reflexology group, but this did not reach significance (p = 0.08).",
        ),
    )  # fictional: the authors lean one way, their test did not confirm it
    assert _readings(found) == [("pain", "unclear", "within_group")]
    found = _read(
        ("METHODS", SHAM),
        (
            "RESULTS",
            "Pain was lower in the reflexology group than in the sham group, but this did not reach significance.",
        ),
    )  # fictional: no trend said, only a difference that was not significant
    assert _readings(found) == [("pain", "no_difference", "between_groups")]


def test_a_significant_group_effect_after_each_arms_values_goes_the_way_the_values_do() -> None:
    found = _read(
        ("METHODS", SHAM),
        (
            "RESULTS",
            "Walking speed rose from 0.9 to 1.2 m/s in the reflexology group and from 0.9 to 0.95 m/s in the "
            "sham group; there was a significant group effect (p = 0.03).",
        ),
    )  # fictional: the tested arm gained more, and the arms' test was significant
    assert ("walking", "improved", "between_groups") in _readings(found)
    found = _read(
        ("METHODS", SHAM),
        (
            "RESULTS",
            "Walking speed rose from 0.9 to 0.95 m/s in the reflexology group and from 0.9 to 1.2 m/s in the "
            "sham group; there was a significant group effect (p = 0.03).",
        ),
    )  # fictional: sham gained more
    assert ("walking", "worsened", "between_groups") in _readings(found)


def test_no_change_between_or_within_the_groups_is_two_findings() -> None:
    found = _read(
        ("METHODS", SHAM),
        (
            "RESULTS",
            "Walking speed did not vary significantly either between or within groups after 8 weeks.",
        ),
    )  # fictional
    assert sorted(_readings(found)) == [
        ("walking", "no_difference", "between_groups"),
        ("walking", "no_difference", "within_group"),
    ]


@pytest.mark.parametrize(
    "result",
    [  # fictional
        "Fatigue fell in the reflexology group, both compared with baseline (p < 0.001) and compared"
        " with the sham group (p = 0.003).",
        "Fatigue was significantly reduced in the reflexology group compared to pre-intervention values"
        " and to the sham group (p < 0.05).",
        "Compared with baseline and with the sham group, the reflexology group had lower fatigue at"
        " 8 weeks (p < 0.01).",
        "Fatigue decreased significantly over time in the reflexology group and was significantly lower"
        " than in the sham group at 8 weeks (p = 0.01).",
        "The reflexology group showed a significant reduction in fatigue from baseline (p < 0.001),"
        " which was significantly greater than that of the sham group (p = 0.02).",
        "Those given reflexology reported significant reductions in fatigue from baseline to week 8"
        " (p < 0.001) and relative to the sham group (p = 0.01).",
        "Fatigue improved significantly within and between groups (p < 0.05).",
        "Significant within- and between-group improvements were found in fatigue (p < 0.05).",
        "Fatigue improved in the reflexology group compared with the sham group (p = 0.02), and within"
        " the reflexology group (p < 0.001).",
        "At 8 weeks, the reflexology group reported significantly less fatigue than the sham group, and"
        " significantly less than at baseline.",
    ],
)
def test_a_change_set_against_baseline_and_the_other_arm_is_two_findings(result: str) -> None:
    found = _read(("METHODS", SHAM), ("RESULTS", result))
    assert sorted(_readings(found)) == [
        ("fatigue", "improved", "between_groups"),
        ("fatigue", "improved", "within_group"),
    ]


def test_a_change_in_one_arm_only_then_a_significant_difference_compares_the_arms() -> None:
    found = _read(
        ("METHODS", SHAM),
        (
            "RESULTS",
            "Fatigue improved in the reflexology group (p = 0.001) but not in the sham group, "
            "and the difference between the groups was significant (p = 0.01).",
        ),
    )  # fictional
    assert sorted(_readings(found)) == [
        ("fatigue", "improved", "between_groups"),
        ("fatigue", "improved", "within_group"),
        ("fatigue", "no_difference", "within_group"),
    ]


def test_one_arms_value_set_against_the_other_arm_named_after_it_compares_the_arms() -> None:
    found = _read(
        ("METHODS", SHAM),
        (
            "RESULTS",
            "At 8 weeks, the reflexology group had a mean fatigue score of 3.2 versus 5.1 in the sham group (p = 0.01).",
        ),
    )  # fictional
    assert _readings(found) == [("fatigue", "improved", "between_groups")]


def test_the_comparator_arms_change_against_baseline_and_the_tested_arm_is_its_own() -> None:
    found = _read(
        ("METHODS", SHAM),
        (
            "RESULTS",
            "Fatigue increased in the sham group compared with baseline and with the reflexology group (p < 0.01).",
        ),
    )  # fictional: which arm the comparison favours, the words about the sham arm's change do not say
    assert [(f.direction, f.comparison, f.comparator) for f in found[0]] == [
        ("worsened", "within_group", "sham")
    ]


def test_a_likeness_between_the_groups_is_a_comparison_of_them() -> None:
    found = _read(
        ("METHODS", SHAM), ("RESULTS", "Improvements in fatigue were similar in both groups (p = 0.45).")
    )
    assert _readings(found) == [("fatigue", "no_difference", "between_groups")]
    found = _read(
        ("METHODS", SHAM),
        (
            "RESULTS",
            "Fatigue decreased over time in both arms (p < 0.001) with no group-by-time interaction (p = 0.61).",
        ),
    )
    assert _readings(found) == [
        ("fatigue", "improved", "within_group"),
        ("fatigue", "no_difference", "between_groups"),
    ]


def test_a_result_and_its_fading_at_follow_up_are_two_findings() -> None:
    found = _read(
        ("METHODS", SHAM),
        (
            "RESULTS",
            "The reflexology group reported significantly less fatigue at 8 weeks (p = 0.01), but differences "
            "were not significant at the 12-week follow-up.",
        ),
    )
    assert [(f.direction, f.comparison, f.timepoint) for f in found[0]] == [
        ("improved", "between_groups", "end of treatment"),
        ("no_difference", "between_groups", "follow-up (12 weeks)"),
    ]


@pytest.mark.parametrize(
    "later",
    [
        "The benefit was no longer significant at 52 weeks.",
        "At 52 weeks, the difference in pain was no longer significant.",
        "The benefit on pain was not maintained (p = 0.40).",
    ],
)
def test_an_effect_no_longer_seen_later_is_a_later_time_not_a_correction(later: str) -> None:
    """Fictional: the methods give no length of treatment; the words say the time is later."""
    found = _read(
        ("RESULTS", "At 10 weeks, pain was lower with massage than with usual care (p = 0.01)."),
        ("RESULTS", later),
    )
    assert [(f.direction, f.timepoint.split(" (")[0]) for f in found[0]] == [
        ("improved", "end of treatment"),
        ("no_difference", "follow-up"),
    ]


@pytest.mark.parametrize(
    ("methods", "later"),
    [  # fictional: the methods give no length of treatment
        ("Forty adults were randomized to massage or usual care and followed up for 12 months.", "follow-up (12 months)"),
        ("Forty adults were randomized to massage or usual care.", "at 12 months"),
    ],
)  # fmt: skip
def test_where_the_methods_give_no_length_a_later_time_is_a_follow_up_only_if_the_abstract_says_so(
    methods: str, later: str
) -> None:
    found = _read(
        ("METHODS", methods),
        ("RESULTS", "At 10 weeks, pain was lower with massage than with usual care (p = 0.01)."),
        ("RESULTS", "At 12 months, pain did not differ between the groups (p = 0.30)."),
    )
    assert [(f.direction, f.timepoint) for f in found[0]] == [
        ("improved", "end of treatment"),
        ("no_difference", later),
    ]


@pytest.mark.parametrize(
    ("methods", "later"),
    [  # fictional: "at 3 months" after a treatment of about that length is its end
        ("Forty adults received a 12-week massage program or usual care.", "end of treatment"),
        ("Forty adults received massage or usual care for 3 months.", "end of treatment"),
        ("Forty adults received massage or usual care for 6 weeks.", "follow-up (3 months)"),
    ],
)
def test_a_time_as_long_as_the_treatment_is_its_end(methods: str, later: str) -> None:
    found = _read(
        ("METHODS", methods),
        ("RESULTS", "At 6 weeks, pain was lower with massage than with usual care (p = 0.02)."),
        ("RESULTS", "At 3 months, disability was lower with massage than with usual care (p = 0.01)."),
    )
    assert [f.timepoint for f in found[0] if f.domain == "disability"] == [later]


# --- readings that would reverse a result: say less rather than the opposite ----------------------


@pytest.mark.parametrize(
    ("said", "reading"),
    [
        # fictional: falls are what is counted; fewer of them is better balance
        ("There were significantly fewer falls in the massage group than in the sham group (p = 0.01).", ("balance", "decreased", "improved")),
        ("Fewer falls occurred in the massage group than with sham (p = 0.01).", ("balance", "decreased", "improved")),
        # a smaller rise, its size said with a mean
        ("Significantly smaller mean increases in anxiety were seen in the massage group (p = 0.02).", ("anxiety", "decreased", "improved")),
        ("Larger reductions in pain were seen with massage than with sham (p = 0.01).", ("pain", "decreased", "improved")),
    ],
)  # fmt: skip
def test_what_is_counted_and_how_much_it_changed_keep_their_way(
    said: str, reading: tuple[str, str, str]
) -> None:
    (finding,) = _read(("METHODS", SHAM), ("RESULTS", said))[0]
    assert (finding.domain, finding.change, finding.direction) == reading


def _by_domain(found: tuple[list[Finding], list[str]]) -> dict[str, Finding]:
    return {f.domain: f for f in found[0]}


def test_an_excepted_outcome_reads_what_follows_except() -> None:
    read = _by_domain(
        _read(f"{INTRO} Pain scores were unchanged, except for improved sleep quality in the massage group.")
    )
    assert read["pain"].direction == "no_difference"
    assert (read["sleep"].direction, read["sleep"].comparison) == ("improved", "within_group")


def test_a_negative_smd_for_a_higher_is_better_domain_is_not_worsened() -> None:
    sentence = (
        "Pooled effects of massage compared to usual care were found for quality of life "
        "(SMD = -0.40; 95% CI = -0.70 to -0.10; p = 0.01)."
    )
    finding = _only(_read("A fictional systematic review and meta-analysis of massage trials.", sentence))
    assert finding.direction == "unclear"


@pytest.mark.parametrize(
    "sentence",
    [
        "Compared with usual care, massage does not provide significant effectiveness of pain improvement.",
        "Massage raised grip strength compared with usual care, without concomitant increases in pain.",
        "No change in pain was found after massage compared with usual care.",
    ],
)
def test_a_negated_effect_is_never_an_effect(sentence: str) -> None:
    assert _by_domain(_read(f"{INTRO} {sentence}"))["pain"].direction == "no_difference"


def test_arms_named_by_labels_the_methods_define_are_read_through_them() -> None:
    methods = (
        "METHODS",
        "Forty people with MS were randomized: group R received reflexology and group C received sham reflexology.",
    )
    for sentence, reading in (
        ("Fatigue was significantly lower in group R than in group C (p = 0.01).", ("decreased", "improved")),
        ("Fatigue was significantly higher in group C than in group R (p = 0.01).", ("decreased", "improved")),
        ("Fatigue was significantly higher in group R compared with group C (p = 0.01).", ("increased", "worsened")),
    ):  # fmt: skip
        finding = _only(_read(methods, ("RESULTS", sentence)))  # fictional
        assert ((finding.change, finding.direction), finding.comparison) == (reading, "between_groups"), (
            sentence
        )


def test_numbers_for_labelled_arms_respectively_are_read_through_the_methods() -> None:
    methods = (
        "METHODS",
        "Adults were randomized: massage and an analgesic were prescribed to group 1, and the analgesic only "
        "was prescribed to group 2.",
    )
    sentence = "Pain scores in groups 1 and 2 were 3.0 ± 1.1 and 5.1 ± 1.2, respectively (p = 0.005)."
    finding = _only(_read(methods, ("RESULTS", sentence)))  # fictional
    assert (finding.change, finding.direction, finding.comparison) == (
        "decreased",
        "improved",
        "between_groups",
    )


def test_arms_named_only_by_labels_give_no_direction() -> None:
    sentence = "Pain was higher in Group 2 (4.1) as compared to Group 1 (2.2) (p = 0.01)."
    read = _by_domain(_read("Twenty patients were randomized to Group 1 or Group 2 for 6 weeks.", sentence))
    assert read["pain"].direction == "unclear"


@pytest.mark.parametrize(
    ("methods", "sentence", "reading"),
    [  # fictional: the usual-care arm named first, then the massage arm
        ("Adults were randomized to group A (usual care) or group B (massage).", "Group A had significantly more pain than group B (p = 0.01).", ("decreased", "improved")),
        ("Adults were randomized to G1 (usual care) or G2 (massage).", "G1 had significantly more pain than G2 (p = 0.01).", ("decreased", "improved")),
        ("Twenty adults (G1) were allocated to usual care and twenty (G2) to massage.", "G2 had significantly more pain than G1 (p = 0.01).", ("increased", "worsened")),
        # the labels tied to no treatment: which arm improved is not known
        ("Adults were randomized to group A (n = 20) or group B (n = 20).", "Group A had significantly more pain than group B (p = 0.01).", ("unclear", "unclear")),
        ("Adults were randomized into two groups, G1 and G2.", "G1 had significantly less pain than G2 (p = 0.01).", ("unclear", "unclear")),
        # labels the methods leave open, bracketed in the result after the arms' own words: tags
        ("Adults were randomized to massage or usual care.", "Adults who received massage (group A) had significantly less pain than those given usual care (p = 0.01).", ("decreased", "improved")),
        ("Adults were randomized to massage or usual care.", "Pain was higher in the usual care arm (group B) than in the massage arm (group A) (p = 0.01).", ("decreased", "improved")),
        # two arms of no told role stay untold, tagged or not
        ("Adults were randomized to brief massage or long massage.", "Pain was lower in the long massage arm (group B) than in the brief massage arm (group A) (p = 0.01).", ("unclear", "unclear")),
        # a label of joined letters, spaced or not, names the arm given both treatments
        ("Adults were randomized to massage plus fictolan (M + F) or fictolan alone (F).", "Pain was lower in the M + F group than in the F group (p = 0.01).", ("decreased", "improved")),
        ("Adults were randomized to massage plus fictolan (M + F) or fictolan alone (F).", "The F group had more pain than group M+F (p = 0.01).", ("decreased", "improved")),
        # a label's arm named before its level: ranked against the other arm, not changed over time
        ("Adults were randomized to usual care (group A) or massage (group B).", "Pain scores in group A were significantly higher (p = 0.01).", ("decreased", "improved")),
        ("Adults were randomized to usual care (group A) or massage (group B).", "Pain scores of group A were significantly higher (p = 0.01).", ("decreased", "improved")),
        # what a labelled arm's people had, and a level held "for" a labelled arm
        ("Adults were randomized to usual care (group A) or massage (group B).", "Group A patients had significantly more pain (p = 0.01).", ("decreased", "improved")),
        ("Adults were randomized to usual care (group A) or massage (group B).", "Pain scores were significantly higher for group A (p = 0.01).", ("decreased", "improved")),
        # "the A group" is a label, not the article of "A group of adults"
        ("Adults were randomized to usual care (A) or massage (B).", "The A group had more pain (p = 0.01).", ("decreased", "improved")),
        ("Adults were randomized to usual care (A) or massage (B).", "Pain was higher in the A group than in the B group (p = 0.01).", ("decreased", "improved")),
        # two labels joined are no one of them: "group A&B" is not group A's result
        ("Adults were randomized to group A (placebo), group B (fictolan) or group C (mintarol).", "Pain was lower in group A&B than in group C (p = 0.01).", ("unclear", "unclear")),
    ],
)  # fmt: skip
def test_arms_named_by_labels_in_brackets_are_read_through_their_treatment(
    methods: str, sentence: str, reading: tuple[str, str]
) -> None:
    finding = _by_domain(_read(("METHODS", methods), ("RESULTS", sentence)))["pain"]
    assert ((finding.change, finding.direction), finding.comparison) == (reading, "between_groups")


def test_a_result_turned_round_for_the_tested_label_names_the_comparators() -> None:
    methods = "Adults were randomized to fictolan (group F) or mintarol (group M) for knee pain."
    sentence = "Pain was higher in group M than in group F (p = 0.01)."
    aim = "The aim was to compare the efficacy of fictolan with mintarol for knee pain."
    (finding,) = _read_titled("", f"{aim} {methods}", sentence)
    assert (finding.change, finding.comparison, finding.comparator) == (
        "decreased",
        "between_groups",
        "group M",
    )


@pytest.mark.parametrize(
    ("sentence", "reading"),
    [  # fictional: a number next to each label, one p-value comparing them
        ("Pain was 2.1 in group B and 4.9 in group A (p = 0.01).", ("decreased", "improved")),
        ("The change in pain with group B was -2.3 and with group A -0.9 (p < 0.001).", ("decreased", "improved")),
        ("Pain was 2.1 in group B and 4.9 in group A (p = 0.40).", ("no_difference", "no_difference")),
        # how much each arm changed, without a sign: a greater fall or a greater rise
        ("The change in pain with group B was 2.3 and with group A 0.9 (p < 0.001).", ("unclear", "unclear")),
        ("The change in pain was 2.3 in the massage group and 0.9 in the usual care group (p < 0.001).", ("unclear", "unclear")),
    ],
)  # fmt: skip
def test_numbers_next_to_the_labels_of_known_arms_compare_them(
    sentence: str, reading: tuple[str, str]
) -> None:
    methods = ("METHODS", "Adults were randomized to group A (usual care) or group B (massage).")
    finding = _by_domain(_read(methods, ("RESULTS", sentence)))["pain"]
    assert ((finding.change, finding.direction), finding.comparison) == (reading, "between_groups")


@pytest.mark.parametrize(
    ("sentence", "reading"),
    [  # fictional: how many of each labelled arm had the event, one p-value comparing them
        ("Pain occurred in 5 patients in group F and 12 in group S (p = 0.04).", ("decreased", "improved")),
        ("Pain occurred in 5 (12%) patients in group F and 12 (30%) in group S (p = 0.04).", ("decreased", "improved")),
        ("Pain was reported in 8 patients in group F compared with 2 in group S (p = 0.03).", ("increased", "worsened")),
        ("Pain occurred in 5 patients in the F group and 12 in the S group (p = 0.04).", ("decreased", "improved")),
        ("Pain occurred in 5 patients in group F and 7 in group S (p = 0.41).", ("no_difference", "no_difference")),
        # how many of each labelled arm had their pain change, as of arms named by their treatments
        ("Pain resolved in 12 of 20 patients in group F and 5 of 20 in group S (p = 0.03).", ("decreased", "improved")),
        ("38% of group F and 17% of group S had a reduction in pain (p = 0.02).", ("decreased", "improved")),
        ("82% of group F reported no pain as compared to 45% of group S.", ("increased", "unclear")),
    ],
)  # fmt: skip
def test_counts_before_the_labels_of_known_arms_compare_them(sentence: str, reading: tuple[str, str]) -> None:
    methods = ("METHODS", "Adults were randomised to receive fictolan (group F) or saline (group S).")
    finding = _by_domain(_read(methods, ("RESULTS", sentence)))["pain"]
    assert ((finding.change, finding.direction), finding.comparison) == (reading, "between_groups")


def test_counts_of_labelled_arms_the_methods_leave_open_give_no_direction() -> None:
    methods = ("METHODS", "Adults were randomised into two groups, group F and group S.")
    sentence = "Pain occurred in 5 patients in group F and 12 in group S (p = 0.04)."
    findings = _read(methods, ("RESULTS", sentence))[0]
    assert all(f.direction in ("unclear", "not_applicable") for f in findings)


def test_a_significant_p_with_an_interval_across_the_null_is_unclear() -> None:
    sentence = (
        "Massage was better than usual care in the Fictional Balance Test (SMD = 0.90; 95% CI = -0.10, "
        "1.90; p = 0.03) and for pain (SMD = -0.50; 95% CI = -0.90 to -0.10; p = 0.02)."
    )
    read = _by_domain(_read("A fictional systematic review and meta-analysis of massage trials.", sentence))
    assert read["balance"].direction == "unclear"
    assert read["pain"].direction == "improved"


def _by_measure(found: tuple[list[Finding], list[str]]) -> dict[str, tuple[str, str, str, str | None]]:
    return {f.measure: (f.domain, f.direction, f.comparison, f.p_value) for f in found[0]}


def test_each_outcome_of_a_list_with_its_own_p_value_is_a_finding_beside_the_vocabulary() -> None:
    found = _read(
        ("METHODS", SHAM),
        (
            "RESULTS",
            "Compared with sham, reflexology improved fatigue (p = 0.01), proprioception (p = 0.02) "
            "and reaction speed (p = 0.03).",
        ),
    )  # fictional
    assert _by_measure(found) == {
        "fatigue": ("fatigue", "improved", "between_groups", "p = 0.01"),
        "proprioception": ("other", "improved", "between_groups", "p = 0.02"),
        "reaction speed": ("other", "improved", "between_groups", "p = 0.03"),
    }


def test_a_listed_outcome_reads_the_nearest_result_word_before_it() -> None:
    found = _read(
        ("METHODS", INTRO),
        (
            "RESULTS",
            "Compared with usual care, massage gave a lower cortisol level (p = 0.04) and higher "
            "satisfaction (p = 0.01) and comfort (p = 0.02).",
        ),
    )  # fictional: comfort is higher, not lower
    assert {m: (f[1], f[3]) for m, f in _by_measure(found).items()} == {
        "cortisol level": ("improved", "p = 0.04"),
        "satisfaction": ("improved", "p = 0.01"),
        "comfort": ("improved", "p = 0.02"),
    }
    assert {f.measure: f.change for f in found[0]}["comfort"] == "increased"


def test_outcomes_listed_after_as_were_share_the_result() -> None:
    found = _read(
        ("METHODS", INTRO),
        (
            "RESULTS",
            "Treatment success was higher with massage than with usual care, as were patient "
            "satisfaction and wound healing (all p < 0.05).",
        ),
    )  # fictional
    assert _by_measure(found) == {
        measure: ("other", "improved", "between_groups", "p < 0.05")
        for measure in ("Treatment success", "patient satisfaction", "wound healing")
    }


def test_a_measure_given_as_one_number_per_arm_is_compared_by_its_numbers() -> None:
    methods = ("METHODS", "Forty people with MS were randomized to reflexology or usual care.")
    finding = _only(
        _read(
            methods,
            (
                "RESULTS",
                "Length of hospital stay was 5.1 days in the reflexology group and 6.3 days in the "
                "control group (p = 0.01).",
            ),
        )
    )  # fictional
    assert (finding.measure, finding.change, finding.direction, finding.comparison) == (
        "Length of hospital stay",
        "decreased",
        "improved",
        "between_groups",
    )


def test_an_abbreviated_outcome_is_named_by_its_definition() -> None:
    found = _read(
        ("METHODS", f"{INTRO} Outcomes were overall survival (OS) and progression-free survival (PFS)."),
        ("RESULTS", "Massage did not improve OS (p = 0.68) or PFS (p = 0.65)."),
    )  # fictional
    assert _by_measure(found) == {
        "overall survival (OS)": ("other", "no_difference", "between_groups", "p = 0.68"),
        "progression-free survival (PFS)": ("other", "no_difference", "between_groups", "p = 0.65"),
    }


def test_a_measure_with_a_result_of_its_own_after_an_outcome_of_the_vocabulary_is_read() -> None:
    found = _read(
        ("METHODS", INTRO),
        (
            "RESULTS",
            "Compared with usual care, pain scores at rest and on coughing during the first two days were "
            "lower after massage (p < 0.001), the sedation scores were lower, and the consumption of "
            "morphine was lower.",
        ),
    )  # fictional: the later subjects are far from the vocabulary's outcome, and read all the same
    assert sorted((f.measure, f.change, f.direction, f.comparison) for f in found[0]) == [
        ("consumption of morphine", "decreased", "improved", "between_groups"),
        ("pain", "decreased", "improved", "between_groups"),
        ("sedation scores", "decreased", "not_applicable", "between_groups"),
    ]


def test_a_measure_after_its_lead_in_words_told_how_many_times_lower_is_read_beside_the_vocabulary_s() -> (
    None
):
    found = _read(
        ("METHODS", INTRO),
        (
            "RESULTS",
            "Compared with usual care, pain scores were lower after massage (p < 0.001), the sedation "
            "scores were lower, and the number of nausea episodes was three times lower.",
        ),
    )  # fictional
    assert ("nausea episodes", "decreased", "improved", "between_groups") in {
        (f.measure, f.change, f.direction, f.comparison) for f in found[0]
    }


def test_what_fewer_people_had_decreased_and_numbers_per_arm_with_no_significance_did_not_differ() -> None:
    for sentence, reading in (  # fictional
        ("Fewer patients in the massage group had wound infection (p = 0.01).", ("decreased", "improved")),
        (
            "Six patients (12%) in the massage group and four (8%) in the usual care group developed "
            "wound infection (p = 0.48).",
            ("no_difference", "no_difference"),
        ),
    ):
        finding = _only(_read(("METHODS", INTRO), ("RESULTS", sentence)))
        assert (finding.measure, finding.change, finding.direction, finding.comparison) == (
            "wound infection",
            *reading,
            "between_groups",
        ), sentence


def test_a_result_for_any_of_the_outcome_measures_speaks_for_each_the_methods_list() -> None:
    methods = (
        "METHODS",
        f"{INTRO} Outcome measures included hand grip strength, bone mineral density and quality of life.",
    )
    found = _read(
        methods,
        (
            "RESULTS",
            "There were no significant differences between the groups for any of the outcome measures.",
        ),
    )  # fictional
    assert sorted((f.domain, f.measure, f.direction, f.comparison) for f in found[0]) == [
        ("other", "bone mineral density", "no_difference", "between_groups"),
        ("quality_of_life", "quality of life", "no_difference", "between_groups"),
        ("strength", "hand grip strength", "no_difference", "between_groups"),
    ]
    # an outcome with a result of its own keeps it
    found = _read(
        methods,
        (
            "RESULTS",
            "Quality of life improved more with massage than with usual care (p = 0.01). There were no "
            "significant differences between the groups for any of the outcome measures.",
        ),
    )  # fictional
    assert ("quality_of_life", "improved") in [(f.domain, f.direction) for f in found[0]]
    assert ("quality_of_life", "no_difference") not in [(f.domain, f.direction) for f in found[0]]


def test_all_other_endpoints_not_differing_speaks_for_each_listed_without_a_result_of_its_own() -> None:
    methods = (
        "METHODS",
        f"{INTRO} Efficacy assessments, based on blinded review, included the swelling response rate "
        "(SRR; primary endpoint), grip endurance, time to relapse and overall survival.",
    )
    results = (
        "RESULTS",
        "The SRR was higher with massage but the difference was not significant (60% vs 44%; p = 0.21). "
        "All other clinical endpoints also favoured massage but none statistically differed between arms.",
    )  # fictional
    found = sorted((f.measure, f.direction, f.comparison) for f in _read(methods, results)[0])
    assert found == [
        ("grip endurance", "no_difference", "between_groups"),
        ("survival", "no_difference", "between_groups"),
        ("swelling response rate (SRR)", "no_difference", "between_groups"),
        ("time to relapse", "no_difference", "between_groups"),
    ]


def test_any_of_the_secondary_outcomes_speaks_for_the_listed_ones_measured_also() -> None:
    methods = (
        "METHODS",
        f"{INTRO} Grip endurance and the wheeze score were also determined.",
    )
    results = (
        "RESULTS",
        "There was no difference between the groups for any of the secondary outcome measures.",
    )
    found = sorted((f.measure, f.direction) for f in _read(methods, results)[0])  # fictional
    assert found == [("Grip endurance", "no_difference"), ("wheeze score", "no_difference")]


def test_none_of_the_other_secondary_outcomes_differing_speaks_for_the_listed_ones_left() -> None:
    methods = (
        "METHODS",
        "Forty people after stroke were randomised to reflexology or sham reflexology. "
        "Secondary outcomes were hand swelling, the wheeze score and grip endurance.",
    )  # fictional
    results = (
        "RESULTS",
        "Hand swelling was smaller with reflexology than with sham (p = 0.02). "
        "None of the other secondary outcomes differed significantly between the groups.",
    )  # fictional
    found = sorted((f.measure, f.direction) for f in _read(methods, results)[0])
    assert found == [
        ("Hand swelling", "improved"),
        ("grip endurance", "no_difference"),
        ("wheeze score", "no_difference"),
    ]


def test_all_secondary_outcomes_said_to_improve_speak_for_the_listed_ones_not_for_a_measure_of_that_name() -> (
    None
):
    methods = (
        "METHODS",
        f"{INTRO} Grip endurance and the wheeze score were also determined.",
    )
    results = ("RESULTS", "All secondary outcomes improved over time in both groups.")
    found = sorted((f.measure, f.comparison) for f in _read(methods, results)[0])  # fictional
    assert found == [("Grip endurance", "within_group"), ("wheeze score", "within_group")]


def test_a_number_before_and_after_treatment_is_a_change_within_the_group() -> None:
    finding = _only(
        _read(
            ("METHODS", INTRO),
            (
                "RESULTS",
                "Mean symptom severity in the massage group was 39.9 ± 4.9 before treatment and "
                "20.1 ± 6.0 after 6 weeks of treatment (p < 0.001).",
            ),
        )
    )  # fictional
    assert (finding.measure, finding.change, finding.direction, finding.comparison) == (
        "symptom severity",
        "decreased",
        "improved",
        "within_group",
    )


@pytest.mark.parametrize(
    ("sentence", "reading"),
    [
        (
            "The mean fatigue score in the massage group before and after the intervention was "
            "5.2 ± 1.1 and 3.4 ± 0.9, respectively (p < 0.001).",
            ("decreased", "improved"),
        ),
        (
            "Mean pain scores in the massage group before and after the intervention were 6.1 and "
            "6.0, respectively (p = 0.82).",
            ("no_difference", "no_difference"),
        ),
    ],
)
def test_numbers_given_before_and_after_respectively_are_a_change_within_the_group(
    sentence: str, reading: tuple[str, str]
) -> None:
    # fictional: "respectively" follows the times named, not two arms
    finding = _only(_read(("METHODS", INTRO), ("RESULTS", sentence)))
    assert (finding.change, finding.direction, finding.comparison) == (*reading, "within_group")


@pytest.mark.parametrize(
    ("sentence", "domain"),
    [
        # fictional: a domain's word naming something else
        ("Heart rate recovery was significantly greater after the cycling test compared to the walking and running CPETs (p < 0.01).", "walking"),
        ("Group B had a lower negative fluid balance on day 3 (p = 0.02).", "balance"),
        ("Drug A lowered markers of oxidative stress more than placebo (p = 0.01).", "stress"),
        ("Continence (a negative provocative stress test) was better with massage than with usual care (p = 0.01).", "stress"),
        ("Urinary cotinine fell more with massage than with usual care (p = 0.01).", "urinary"),
        ("Urinary nitric oxide rose more with massage than with usual care (p = 0.01).", "urinary"),
        ("Urinary glucose fell more with massage than with usual care (p = 0.01).", "urinary"),
        ("Urinary 5-HIAA rose in the sham group and fell with massage (p = 0.02).", "urinary"),
        ("Urinary norepinephrine was lower with massage than with usual care (p = 0.03).", "urinary"),
        ("Bladder capacity rose more with stimulation than with sham (p = 0.01).", "urinary"),
        ("Bladder wall thickness fell more with stimulation than with sham (p = 0.02).", "urinary"),
        ("Serum pain biomarkers fell more with stimulation than with sham (p = 0.02).", "pain"),
        ("Salivary pain mediators were lower with stimulation than with sham (p = 0.03).", "pain"),
        ("Urinary 6-hydroxymelatonin sulfate rose more with massage than with usual care (p = 0.01).", "urinary"),
        ("Surgery for stress urinary incontinence was less frequent with massage than with usual care (p = 0.01).", "stress"),
        ("Sleep laboratory visits were fewer with massage than with usual care (p = 0.01).", "sleep"),
        # fictional: the domain's word names what was done, and another measure what changed
        ("Brisk walking of 40 min duration lowered plasma triglycerides compared with rest (p = 0.01).", "walking"),
    ],
)  # fmt: skip
def test_a_word_that_only_looks_like_the_domain_gives_no_finding_for_it(sentence: str, domain: str) -> None:
    assert domain not in _by_domain(_read(INTRO, ("RESULTS", sentence)))


@pytest.mark.parametrize("says_what_is_not", [True, False])
def test_what_is_not_a_domain_comes_from_the_vocabulary_file(tmp_path: Path, says_what_is_not: bool) -> None:
    """A domain of a researcher's own vocabulary, with and without the words that make its word
    another thing: the same fictional sentence gives a finding for it only without them."""
    outcomes = tmp_path / "outcomes.toml"
    outcomes.write_text(
        '[domains.tremor]\npolarity = "lower_is_better"\nsynonyms = ["tremor"]\n'
        + ('not_when_followed_by = ["diary"]\n' if says_what_is_not else ""),
        encoding="utf-8",
    )
    vocabulary = Vocabulary.load(outcomes=outcomes)
    sentence = "Tremor diary entries were fewer with massage than with usual care (p = 0.01)."  # fictional
    found, _ = _read_with(vocabulary, INTRO, ("RESULTS", sentence))
    assert ("tremor" in {f.domain for f in found}) is not says_what_is_not
    assert [m.measure for m in outcome_mentions(sentence, vocabulary)] == (
        [] if says_what_is_not else ["Tremor"]
    )


@pytest.mark.parametrize("also_an_activity", [True, False])
def test_a_domain_whose_words_name_something_done_comes_from_the_vocabulary_file(
    tmp_path: Path, also_an_activity: bool
) -> None:
    """Fictional: rowing is what was done, triglycerides what changed, where the domain's entry
    says its words also name an activity; read as the outcome otherwise."""
    outcomes = tmp_path / "outcomes.toml"
    outcomes.write_text(
        '[domains.rowing]\npolarity = "higher_is_better"\nsynonyms = ["rowing"]\n'
        f"also_an_activity = {str(also_an_activity).lower()}\n",
        encoding="utf-8",
    )
    vocabulary = Vocabulary.load(outcomes=outcomes)
    sentence = "Brisk rowing of 40 min duration lowered plasma triglycerides compared with rest (p = 0.01)."
    found, _ = _read_with(vocabulary, INTRO, ("RESULTS", sentence))
    assert [f.measure for f in found] == (["plasma triglycerides"] if also_an_activity else ["rowing"])


@pytest.mark.parametrize(
    ("sentence", "domain"),
    [
        ("Massage reduced perceived stress compared with usual care (p = 0.01).", "stress"),
        ("Balance on the fictional balance test improved more with massage than with usual care (p = 0.01).", "balance"),
        ("Massage improved walking speed compared with usual care (p = 0.01).", "walking"),
    ],
)  # fmt: skip
def test_the_domain_itself_is_still_read(sentence: str, domain: str) -> None:
    # fictional sentences
    assert _by_domain(_read(INTRO, ("RESULTS", sentence)))[domain].direction == "improved"


def test_a_measure_read_from_a_statement_that_insignificantly_changed_is_no_difference() -> None:
    sentence = "Massage slightly, but insignificantly, lowered pain compared with usual care."  # fictional
    finding = _by_domain(_read(INTRO, ("RESULTS", sentence)))["pain"]
    assert (finding.direction, finding.comparison) == ("no_difference", "between_groups")


def test_an_arm_named_by_its_label_as_subject_of_a_comparative_gives_no_direction() -> None:
    sentence = "Group B had a significantly lower pain score on day 3."  # fictional
    read = _by_domain(_read("Thirty patients were randomized to Group A or Group B.", ("RESULTS", sentence)))
    assert read["pain"].direction == "unclear"


def test_a_list_ending_with_a_vocabulary_outcome_reports_on_the_items_before_it_too() -> None:
    sentence = (  # fictional
        "There were no significant differences in clinical remission rates, serum ferritin, platelet "
        "count, erythrocyte sedimentation rate, C-reactive protein, or pain."
    )
    found = _read(INTRO, ("RESULTS", sentence))[0]
    read = {f.measure: (f.direction, f.comparison) for f in found}
    listed = "clinical remission rates, serum ferritin, platelet count, erythrocyte sedimentation rate, C-reactive protein"
    assert read == {"pain": ("no_difference", "between_groups"), listed: ("no_difference", "between_groups")}


@pytest.mark.parametrize(
    ("sentence", "reading"),
    [
        # fictional: an improvement is one whatever the item's good side
        ("The massage group showed greater improvements in zonulin and pain than the sham group.", ("unclear", "improved")),
        # fictional: the item's own good side turns a raw fall
        ("The massage group showed greater reductions in serum cortisol and pain than the sham group (p = 0.01).", ("decreased", "improved")),
        # fictional: a raw rise in an item with no known good side says nothing of better or worse
        ("The massage group showed greater increases in zonulin and pain than the sham group (p = 0.01).", None),
    ],
)  # fmt: skip
def test_a_change_of_a_list_ending_with_a_vocabulary_outcome_is_read_for_each_item(
    sentence: str, reading: tuple[str, str] | None
) -> None:
    found = _read(INTRO, ("RESULTS", sentence))[0]
    items = [(f.change, f.direction) for f in found if f.domain == "other"]
    assert items == ([reading] if reading else [])


def test_non_inferiority_is_no_difference_for_every_outcome_listed_and_the_change_within_the_arm() -> None:
    sentence = "Massage lowered anxiety, pain and fatigue at least as much as the drug."  # fictional
    found = _read(INTRO, ("RESULTS", sentence))[0]
    assert {(f.domain, f.direction, f.comparison) for f in found} == {
        (d, direction, comparison)
        for d in ("anxiety", "pain", "fatigue")
        for direction, comparison in (("no_difference", "between_groups"), ("improved", "within_group"))
    }


def test_a_change_after_both_treatments_is_within_each_and_no_difference_between() -> None:
    sentence = (  # fictional
        "Pain decreased significantly both after massage and stretching treatments but the difference "
        "between the two treatments was not significant (p = 0.6)."
    )
    found = _read(INTRO, ("RESULTS", sentence))[0]
    assert {(f.direction, f.comparison) for f in found} == {
        ("improved", "within_group"),
        ("no_difference", "between_groups"),
    }


def test_a_likeness_after_a_baseline_description_in_the_same_sentence_describes_the_study() -> None:
    sentence = "The groups were comparable at baseline; attendance at sessions was similar."  # fictional
    assert _read(INTRO, ("RESULTS", sentence))[0] == []
    sentence = "The groups were comparable at baseline; pain was similar at 6 weeks (p = 0.40)."  # fictional
    assert _by_domain(_read(INTRO, ("RESULTS", sentence)))["pain"].direction == "no_difference"


@pytest.mark.parametrize(
    ("sentence", "reading"),
    [  # fictional: the clause after the baseline one has no subject of its own
        (
            "Pain scores did not differ between the groups at baseline, but were significantly lower "
            "in the massage group than in the usual care group at 6 weeks.",
            ("improved", "between_groups"),
        ),
        (
            "Pain scores were similar at baseline, but they decreased significantly in the massage group "
            "(p = 0.01).",
            ("improved", "within_group"),
        ),
        (
            "HbA1c levels did not differ between the groups at baseline, but were significantly lower in "
            "the massage group compared to the usual care group at 6 weeks.",
            ("improved", "between_groups"),
        ),
    ],
)
def test_a_clause_going_on_about_the_outcome_described_at_baseline_reports_its_result(
    sentence: str, reading: tuple[str, str]
) -> None:
    assert [(f.direction, f.comparison) for f in _read(INTRO, ("RESULTS", sentence))[0]] == [reading]


@pytest.mark.parametrize(
    ("sentence", "reading"),
    [  # fictional: a sentence that opens on the groups at baseline, then tells its result
        (
            "Although anxiety did not differ at baseline, anxiety was significantly lower in the massage "
            "group than in the usual care group after 6 weeks (p = 0.01).",
            ("anxiety", "decreased", "improved", "between_groups", "p = 0.01"),
        ),
        (
            "Although pain scores did not differ at baseline, they were lower with massage at 6 weeks "
            "(p = 0.02).",
            ("pain", "decreased", "improved", "between_groups", "p = 0.02"),
        ),
    ],
)
def test_a_result_after_a_concession_about_the_baseline_is_read(
    sentence: str, reading: tuple[str, str, str, str, str]
) -> None:
    assert [
        (f.domain, f.change, f.direction, f.comparison, f.p_value)
        for f in _read(INTRO, ("RESULTS", sentence))[0]
    ] == [reading]


@pytest.mark.parametrize(
    ("sentence", "reading"),
    [  # fictional: the pleasant feelings of an affect scale are better more, the unpleasant less
        ("Positive affect increased in the massage group (p = 0.01).", ("increased", "improved")),
        ("Negative affect increased in the massage group (p = 0.01).", ("increased", "worsened")),
    ],
)
def test_positive_affect_is_better_higher_and_negative_affect_lower(
    sentence: str, reading: tuple[str, str]
) -> None:
    assert [(f.change, f.direction, f.comparison) for f in _read(INTRO, ("RESULTS", sentence))[0]] == [
        (*reading, "within_group")
    ]


def test_a_clause_after_a_baseline_description_with_a_subject_of_its_own_inherits_nothing() -> None:
    sentence = (  # fictional
        "The groups were comparable at baseline in age and sex, but were significantly different at 6 weeks."
    )
    assert _read(INTRO, ("RESULTS", sentence))[0] == []


def test_non_inferiority_gives_no_within_change_for_a_measure_without_a_known_good_side() -> None:
    sentence = "Massage lowered zonulin at least as much as the drug."  # fictional
    found = _read(INTRO, ("RESULTS", sentence))[0]
    assert {(f.direction, f.comparison) for f in found} == {("no_difference", "between_groups")}


@pytest.mark.parametrize(
    "sentence",
    [  # fictional
        "Serum zonulin levels were not statistically different between the two groups.",
        "Zonulin and calprotectin did not reveal any significant between-group differences.",
    ],
)
def test_a_measure_said_not_to_differ_in_other_words_is_no_difference(sentence: str) -> None:
    found = _read(INTRO, ("RESULTS", sentence))[0]
    assert found
    assert all(f.change == f.direction == "no_difference" for f in found)
    assert {f.comparison for f in found} == {"between_groups"}
    assert any("zonulin" in f.measure.lower() for f in found)


def test_significant_as_an_adjective_inside_a_measure_does_not_end_its_name() -> None:
    sentence = "The incidence of significant zonulin elevation did not differ between the groups (p = 0.40)."  # fictional
    finding = _only(_read(INTRO, ("RESULTS", sentence)))
    assert "zonulin elevation" in finding.measure
    assert (finding.change, finding.direction, finding.comparison) == (
        "no_difference",
        "no_difference",
        "between_groups",
    )


@pytest.mark.parametrize(
    ("sentence", "measure"),
    [  # fictional
        (
            "The 5 year zonulin response rate was 12%, with no statistically significant difference "
            "between the two groups (P = 0.54).",
            "5 year zonulin response rate",
        ),
        (
            "Results showed that the rate of wound closure in the gel group was more than in the cream group "
            "(61% versus 55%) but the difference was not significant (P = 0.31).",
            "wound closure",
        ),
    ],
)
def test_a_measure_named_before_its_result_clause_is_read_there(sentence: str, measure: str) -> None:
    found = _read(INTRO, ("RESULTS", sentence))[0]
    assert {(f.measure, f.change, f.direction, f.comparison) for f in found} == {
        (measure, "no_difference", "no_difference", "between_groups")
    }


@pytest.mark.parametrize(
    ("sentence", "word"),
    [  # fictional
        ("The zonulin response rate was 43/195 (22%) and 57/194 (29%) for the two formulations (p = 0.10).", "zonulin"),
        ("Mean serum zonulin was 2.24 ± 0.06 ng/mL in both groups (P = 0.75).", "zonulin"),
        ("The relative risk of readmission for the programme was 0.83 (0.56-1.24, P = .37) compared with usual care.", "readmission"),
    ],
)  # fmt: skip
def test_a_measure_with_a_number_for_each_arm_and_a_p_value_above_the_line_did_not_differ(
    sentence: str, word: str
) -> None:
    found = _read(INTRO, ("RESULTS", sentence))[0]
    assert {(f.change, f.direction, f.comparison) for f in found} == {
        ("no_difference", "no_difference", "between_groups")
    }
    assert any(word in f.measure for f in found)


def test_what_more_patients_achieved_is_a_goal_reached_more_often() -> None:
    sentence = (  # fictional
        "Significantly more patients in the gel group achieved a FICTO40 response at week 12 "
        "compared with patients in the placebo group (36% vs 15%, p < 0.001)."
    )
    finding = _only(_read(INTRO, ("RESULTS", sentence)))
    assert "FICTO40" in finding.measure
    assert (finding.change, finding.direction, finding.comparison) == (
        "increased",
        "improved",
        "between_groups",
    )


def test_a_measure_superior_with_the_treatment_improved_and_an_anatomical_superior_is_no_result() -> None:
    sentence = (
        "Graft survival times were superior with the gel (median 46 versus 32 months, P = 0.02)."  # fictional
    )
    finding = _only(_read(INTRO, ("RESULTS", sentence)))
    assert "survival times" in finding.measure
    assert (finding.change, finding.direction, finding.comparison) == (
        "increased",
        "improved",
        "between_groups",
    )
    sentence = "The superior vena cava diameter was 21 mm at 6 weeks."  # fictional
    assert _read(INTRO, ("RESULTS", sentence))[0] == []


def test_each_outcome_reads_its_own_change_noun_in_a_shared_sentence() -> None:
    sentence = (  # fictional
        "Zorbatin resulted in a decrease in triglyceride (TG) and an increase in plasma zonulin (ZN) "
        "(within groups p < 0.001 and p = 0.001, respectively)."
    )
    found = _read(INTRO, ("RESULTS", sentence))[0]
    assert {f.change for f in found if f.measure == "triglyceride"} == {"decreased"}
    sentence = (  # fictional
        "The gel produced a significantly greater reduction in size and a significantly higher increase "
        "in calcium content of the enamel compared with the control group (p < 0.05)."
    )
    found = _read(INTRO, ("RESULTS", sentence))[0]
    assert {f.change for f in found if "calcium" in f.measure} == {"increased"}


def test_a_negated_change_noun_stays_no_change() -> None:
    sentence = "Massage did not produce a reduction in triglycerides (p = 0.40)."  # fictional
    found = _read(INTRO, ("RESULTS", sentence))[0]
    assert {f.change for f in found} == {"no_difference"}


def test_no_impact_and_a_similar_occurrence_read_as_no_difference() -> None:
    sentence = "Massage had no impact on pain at 12 weeks (OR 1.2, 95% CI 0.7 to 2.9)."  # fictional
    assert _by_domain(_read(INTRO, ("RESULTS", sentence)))["pain"].change == "no_difference"
    sentence = "Falls similarly occurred in both groups (2.1 vs. 2.3 per year)."  # fictional
    assert {f.change for f in _read(INTRO, ("RESULTS", sentence))[0]} <= {"no_difference"}


def test_baseline_mean_scores_are_not_a_finding() -> None:
    sentence = (  # fictional
        "The baseline mean scores of anxiety and pain were not significantly different between the groups."
    )
    assert _read(INTRO, ("RESULTS", sentence))[0] == []


def test_what_was_known_or_asked_before_the_study_is_not_a_finding() -> None:
    for sentence in (  # fictional
        "Massage has been shown to reduce anxiety in older adults.",
        "Warm baths have previously been demonstrated to improve sleep quality.",
        "The aim of the study was to determine if massage could reduce pain.",
    ):
        assert _read(("BACKGROUND", sentence), ("RESULTS", sentence))[0] == [], sentence


def test_a_negated_claim_covers_every_outcome_it_lists() -> None:
    sentence = "We did not find that massage improves anxiety or sleep quality."  # fictional
    found = _read(INTRO, ("RESULTS", sentence))[0]
    assert {f.change for f in found} == {"no_difference"}


def test_a_stated_lack_of_difference_governs_the_list_after_it() -> None:
    sentence = (  # fictional
        "There were no significant differences between the groups in anxiety reduction, change in "
        "quality of life or sleep quality."
    )
    found = _read(INTRO, ("RESULTS", sentence))[0]
    assert found and {f.change for f in found} == {"no_difference"}
    sentence = (  # fictional
        "There was a non-significant fall in pain, which led to a significant reduction in anxiety (p = 0.01)."
    )
    assert _by_domain(_read(INTRO, ("RESULTS", sentence)))["anxiety"].change == "decreased"


def test_the_next_outcomes_lead_in_is_not_this_outcomes_result() -> None:
    sentence = (  # fictional
        "There was a 20% (95% CI 5-30) reduction in cardiac deaths, along with a non-significant "
        "reduction in all other deaths, which led to a significant reduction in all-cause mortality "
        "(p = 0.001)."
    )
    found = _read(INTRO, ("RESULTS", sentence))[0]
    assert {f.change for f in found if f.measure.startswith("cardiac deaths")} == {"decreased"}
    assert {f.change for f in found if f.measure == "deaths"} == {"no_difference"}
    assert not [f for f in found if f.measure.startswith("non-significant")]


def test_urinary_tract_infections_and_urinary_levels_are_not_urinary_symptoms() -> None:
    sentence = "Urinary tract infections were more frequent with massage than with usual care (p = 0.03)."  # fictional
    assert "urinary" not in _by_domain(_read(INTRO, ("RESULTS", sentence)))
    sentence = "Urinary melatonin levels did not differ between the groups (p = 0.4)."  # fictional
    assert "urinary" not in _by_domain(_read(INTRO, ("RESULTS", sentence)))
    sentence = "Urinary symptoms improved with massage compared with usual care (p = 0.03)."  # fictional
    assert _by_domain(_read(INTRO, ("RESULTS", sentence)))["urinary"].direction == "improved"


def test_a_comparison_of_kinds_of_people_is_not_a_comparison_of_the_arms() -> None:
    sentence = "Women showed a higher peak of diastolic blood pressure than men (p < .001)."  # fictional
    assert _read(INTRO, ("RESULTS", sentence))[0] == []
    sentence = "Pain improved in both men and women after massage (p = 0.01)."  # fictional
    assert _by_domain(_read(INTRO, ("RESULTS", sentence)))["pain"].direction == "improved"
    sentence = (  # fictional
        "Pain did not differ between males and females under the two treatments (p = 0.5)."
    )
    assert _by_domain(_read(INTRO, ("RESULTS", sentence)))["pain"].direction == "no_difference"


def test_a_ratio_of_the_arms_makes_a_one_arm_wording_a_comparison() -> None:
    sentence = (  # fictional
        "A significant improvement in overall survival was observed for the massage group "
        "(HR = 0.41, 95% CI 0.27-0.62, p < 0.0001)."
    )
    found = _read(INTRO, ("RESULTS", sentence))[0]
    assert [f.comparison for f in found if "survival" in f.measure] == ["between_groups"]
    sentence = "Pain decreased from baseline in the massage group (p = 0.01)."  # fictional
    assert _by_domain(_read(INTRO, ("RESULTS", sentence)))["pain"].comparison == "within_group"


@pytest.mark.parametrize(
    ("said", "expected"),
    [  # fictional: one arm named, its values over time, or the arms set against each other
        (
            "Fatigue decreased in the reflexology group (p < 0.001) but in the sham group there was no "
            "significant difference.",
            ("no_difference", "within_group", "sham"),
        ),
        (
            "In the sham group there was no significant change in fatigue.",
            ("no_difference", "within_group", "sham"),
        ),
        (  # the arm named without its article
            "Fatigue decreased in reflexology group (p < 0.001) while in sham group no significant change was seen.",
            ("no_difference", "within_group", "sham"),
        ),
        (
            "In the reflexology group there was no significant difference in fatigue compared with the sham "
            "group.",
            ("no_difference", "between_groups", "sham"),
        ),
    ],
)
def test_no_difference_in_one_arm_named_alone_is_within_that_arm(
    said: str, expected: tuple[str, str, str]
) -> None:
    found = _read(("METHODS", SHAM), ("RESULTS", said))[0]
    assert [(f.change, f.comparison, f.comparator) for f in found if f.change == "no_difference"] == [
        expected
    ]


@pytest.mark.parametrize(
    "said",
    [  # fictional: a crossover's comparator condition, named bare, had no change of its own
        "Spasticity decreased after vibration (p = 0.01) but not after rest.",
        "Spasticity did not change after rest (p = 0.40).",
    ],
)
def test_no_change_after_the_comparator_condition_is_within_it(said: str) -> None:
    methods = "Twenty adults with MS received a session of vibration and a session of rest, in random order."
    found = _read(("METHODS", methods), ("RESULTS", said))[0]
    assert [(f.comparison, f.comparator) for f in found if f.change == "no_difference"] == [
        ("within_group", "rest")
    ]


@pytest.mark.parametrize(
    ("sentence", "direction"),
    [  # fictional: "poorer" ranks the arms as "worse" does, whichever is named first
        ("Sleep quality was poorer in the control group than in the massage group (p = 0.02).", "improved"),
        (
            "Poorer sleep quality was reported in the control group than in the massage group (p = 0.02).",
            "improved",
        ),
        (
            "Poorer sleep quality was reported in the massage group than in the control group (p = 0.02).",
            "worsened",
        ),
    ],
)
def test_poorer_in_one_arm_than_the_other_is_ranked_by_the_arm_named_first(
    sentence: str, direction: str
) -> None:
    methods = "Forty adults were randomized to massage or usual care for 8 weeks."
    found = _read(("METHODS", methods), ("RESULTS", sentence))[0]
    assert [(f.domain, f.direction, f.comparison) for f in found] == [("sleep", direction, "between_groups")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [  # fictional: the one test quoted is the arms', so a lack of difference is theirs
        (
            "Pain decreased from 14 to 9 with aromatherapy massage and from 14 to 11 with unscented massage "
            "(between-group p = 0.06).",
            [("no_difference", "between_groups")],
        ),
        # each arm's own test, then the arms' in the same bracket: each read by its own test
        (
            "Pain decreased from 14 to 9 with aromatherapy massage (p = 0.01) and from 14 to 11 with unscented "
            "massage (p = 0.04; between-group p = 0.06).",
            [("decreased", "within_group"), ("no_difference", "between_groups")],
        ),
        # an arm said unchanged keeps its own lack of change beside the arms' test
        (
            "Pain did not change in the aromatherapy group (between groups p = 0.40).",
            [("no_difference", "within_group"), ("no_difference", "between_groups")],
        ),
    ],
)
def test_a_lack_of_difference_read_from_the_arms_quoted_test_is_between_them(
    sentence: str, expected: list[tuple[str, str]]
) -> None:
    methods = "Forty adults were randomized to aromatherapy massage or unscented massage for 4 weeks."
    found = _read(("METHODS", methods), ("RESULTS", sentence))[0]
    assert sorted((f.change, f.comparison) for f in found) == sorted(expected)


def test_another_arm_unchanged_beside_a_significant_test_of_the_arms_is_not_the_arms_alike() -> None:
    sentence = (  # fictional: the arms' test is significant, so the "not" is the other arm's own
        "Pain decreased in the aromatherapy group but not in the unscented massage group "
        "(between-group p = 0.004)."
    )
    methods = "Forty adults were randomized to aromatherapy massage or unscented massage for 4 weeks."
    found = _read(("METHODS", methods), ("RESULTS", sentence))[0]
    assert ("no_difference", "between_groups") not in [(f.change, f.comparison) for f in found]
    assert ("decreased", "within_group") in [(f.change, f.comparison) for f in found]


def test_but_not_in_another_arm_is_not_the_tested_arms_result() -> None:
    sentence = (  # fictional
        "Pain decreased in the massage group (p = 0.01), but not in the group receiving exercise advice."
    )
    found = _read(INTRO, ("RESULTS", sentence))[0]
    assert [(f.change, f.comparator) for f in found] == [("decreased", None)]


@pytest.mark.parametrize(
    "no_difference",
    [  # fictional: the arms named, or not, in a sentence saying only that they did not differ
        "There was no significant difference between the two groups.",
        "There were no significant differences between the reflexology and sham groups at week 10.",
        "Differences between groups were not statistically significant.",
        "No significant between-group differences were found.",
    ],
)
def test_a_sentence_saying_only_that_the_groups_did_not_differ_speaks_for_the_one_before(
    no_difference: str,
) -> None:
    found = _read(
        ("METHODS", SHAM),
        (
            "RESULTS",
            "Fatigue fell from 41 to 33 points in the reflexology group and from 40 to 35 points in the "
            "sham group (both p < 0.01). " + no_difference,
        ),
    )  # fictional
    assert ("fatigue", "no_difference", "between_groups") in _readings(found)


@pytest.mark.parametrize(
    ("comparison", "between"),
    [  # fictional: the arms' comparison told by how it was made, with no outcome of its own
        ("Between-group comparison revealed no significant difference (p = 0.09).", "no_difference"),
        (
            "The Mann-Whitney test showed no significant difference between the groups (p = 0.12).",
            "no_difference",
        ),
        ("The Mann-Whitney test showed a significant difference between the groups (p = 0.01).", "improved"),
    ],
)
def test_a_sentence_telling_how_the_arms_were_compared_speaks_for_the_one_before(
    comparison: str, between: str
) -> None:
    changes = "Fatigue decreased in the reflexology group (p = 0.004) but not in the sham group (p = 0.31). "
    found = _read(("METHODS", SHAM), ("RESULTS", changes + comparison))
    assert ("fatigue", between, "between_groups") in _readings(found)


def test_a_change_in_one_arm_without_differences_among_the_groups_is_no_difference_between_them() -> None:
    found = _read(
        ("METHODS", SHAM),
        (
            "RESULTS",
            "Fatigue decreased significantly in the reflexology group after 8 weeks (p < 0.01), without "
            "differences between the groups (p > 0.05).",
        ),
    )  # fictional
    assert _readings(found) == [
        ("fatigue", "improved", "within_group"),
        ("fatigue", "no_difference", "between_groups"),
    ]


def test_a_count_above_a_threshold_is_no_change_of_the_outcome() -> None:
    found = _read(
        ("METHODS", SHAM),
        ("RESULTS", "All recovered, and fewer than one in ten had fatigue longer than 14 days."),
    )  # fictional
    assert found[0] == []


def test_a_result_closed_by_its_own_p_value_before_the_outcome_is_another_measures() -> None:
    found = _read(
        ("METHODS", SHAM),
        (
            "RESULTS",
            "Attendance at the sessions was significantly higher with reflexology (p = 0.01), and fatigue "
            "was reduced in both groups.",
        ),
    )  # fictional: the rise is the attendance's, the fall the fatigue's
    assert _readings(found) == [("fatigue", "improved", "within_group")]


def test_an_outcome_with_numbers_of_its_own_never_reads_the_numbers_of_the_outcome_before_it() -> None:
    record = Record(
        pmid="1",
        title="Fictolan versus placebo for ulcers",
        abstract=(
            AbstractSection(
                text="Forty adults with ulcers were randomized. Recurrence rates were 20% and 45% with "
                "fictolan and placebo, respectively (p = 0.01), and cure rates were 60% and 30%, "
                "respectively (p = 0.02)."
            ),
        ),
    )  # fictional: the cure rates rose with fictolan, the arms in the order the recurrence rates gave
    vocabulary = load_vocabulary()
    found, _ = findings(record, vocabulary, study_facts(record, vocabulary))
    assert [(f.measure, f.change) for f in found] == [
        ("Recurrence rates", "decreased"),
        ("cure rates", "increased"),
    ]


def test_each_arms_values_before_and_after_give_the_comparison_and_the_tested_arms_own_change() -> None:
    sentence = (  # fictional
        "Pain fell from 6.1 (1.2) to 3.2 (1.1) in the massage group versus 6.0 (1.3) to 5.8 (1.0) in the "
        "usual care group (p < 0.001)."
    )
    found = _read(INTRO, ("RESULTS", sentence))[0]
    assert sorted((f.comparison, f.change, f.p_value) for f in found) == [
        ("between_groups", "decreased", "p < 0.001"),
        ("within_group", "decreased", None),
    ]
    sentence = (  # fictional: the tested arm barely moved, so no change of its own is read
        "Pain fell from 6.1 to 5.9 in the massage group versus 6.0 to 7.8 in the usual care group (p < 0.001)."
    )
    assert [f.comparison for f in _read(INTRO, ("RESULTS", sentence))[0]] == ["between_groups"]


@pytest.mark.parametrize(
    "sentence",
    [  # fictional
        "Pain did not vary significantly in any of the comparisons and in none of the groups.",
        "Pain did not change over time and did not differ between groups (p = 0.7).",
    ],
)
def test_no_difference_between_the_arms_and_no_change_within_them_said_apart_are_two_findings(
    sentence: str,
) -> None:
    found = _read(INTRO, ("RESULTS", sentence))[0]
    assert sorted(f.comparison for f in found) == ["between_groups", "within_group"]
    assert {f.direction for f in found} == {"no_difference"}


def test_no_difference_between_the_arms_alone_is_one_finding() -> None:
    sentence = "Pain did not differ between groups (p = 0.7)."  # fictional
    assert [f.comparison for f in _read(INTRO, ("RESULTS", sentence))[0]] == ["between_groups"]


@pytest.mark.parametrize(
    ("sentence", "between", "within"),
    [  # fictional: what every arm did, then the comparison, in one clause
        (
            "Both groups improved significantly in pain, and the improvement was greater in the massage group "
            "(p = 0.02).",
            "improved",
            "improved",
        ),
        ("Pain decreased in both groups, but the usual care group improved more (p = 0.02).", "unclear", "improved"),
        ("Pain decreased significantly in the massage group compared with usual care (p = 0.02).", "improved", None),
        # both arms named: the one before "than" changed more
        ("Pain decreased in both groups, but more so in the massage group than in the usual care group.", "improved", "improved"),
        ("Pain decreased in both groups, more in the usual care group than in the massage group.", "unclear", "improved"),
        # "gains" is the change, not a measure named
        ("Both groups improved in balance (p < 0.01), with greater gains in the massage group (p = 0.03).", "improved", "improved"),
        ("Both groups improved in balance (p < 0.01), with larger gains among controls (p = 0.03).", "unclear", "improved"),
    ],
)  # fmt: skip
def test_what_every_arm_did_before_a_comparison_is_a_within_group_finding_too(
    sentence: str, between: str, within: str | None
) -> None:
    found = _read(INTRO, ("RESULTS", sentence))[0]
    assert [f.direction for f in found if f.comparison == "between_groups"] == [between]
    assert [f.direction for f in found if f.comparison == "within_group"] == ([within] if within else [])


@pytest.mark.parametrize(
    ("sentence", "between"),
    [  # fictional: the change every arm had, then which arm had more of it
        (
            "Pain decreased in both groups (p < 0.01), but more so in the massage group (p = 0.03).",
            "improved",
        ),
        # the comparator's greater gain is the tested arm's smaller one: unclear, never worse
        (
            "Pain decreased in both groups (p < 0.01), but more so in the usual care group (p = 0.03).",
            "unclear",
        ),
        ("Pain increased in both groups, but significantly less so with massage (p = 0.03).", "improved"),
        (
            "Pain decreased in both groups (p < 0.01), but more so in the massage group (p = 0.30).",
            "no_difference",
        ),
        ("Pain decreased in both groups (p < 0.01), but more so in the older patients (p = 0.03).", None),
        # told after a comma alone, its test the arms' comparison, not each arm's change
        ("Pain decreased in both groups, slightly more with massage (p = 0.21).", "no_difference"),
        ("Pain decreased in both groups, more so with massage (p = 0.01).", "improved"),
        # a slower change is a smaller one
        ("Pain decreased in both groups, but more slowly in the usual care group (p = 0.03).", "improved"),
        ("Pain decreased in both groups, but more slowly in the massage group (p = 0.03).", "unclear"),
    ],
)
def test_more_so_in_one_arm_compares_the_change_every_arm_had(sentence: str, between: str | None) -> None:
    found = _read(INTRO, ("RESULTS", sentence))[0]
    assert [f.direction for f in found if f.comparison == "between_groups"] == ([between] if between else [])
    assert len([f for f in found if f.comparison == "within_group"]) == 1


@pytest.mark.parametrize(
    "sentence",
    [  # fictional: a p-value with no sign, or "not significant" in two letters after "p ="
        "Pain was lower in the massage group than in the usual care group (p 0.21).",
        "Pain was lower in the massage group than in the usual care group (p = NS).",
        "Pain was lower in the massage group than in the usual care group (P = n.s.).",
    ],
)
def test_a_p_value_told_in_few_signs_is_still_read(sentence: str) -> None:
    finding = _only(_read(f"{INTRO} {sentence}"))
    assert (finding.direction, finding.comparison) == ("no_difference", "between_groups")


@pytest.mark.parametrize(
    ("sentence", "between"),
    [  # fictional: each arm's change, and the p-value of their difference named as such
        ("Anxiety fell from 40 to 30 after massage and from 41 to 39 after rest (p for the between-group difference = 0.21).", "no_difference"),
        ("Anxiety fell by 30% after massage and by 5% after rest (p for difference = 0.01).", "improved"),
    ],
)  # fmt: skip
def test_a_p_value_for_the_difference_is_the_arms_test(sentence: str, between: str) -> None:
    found = _read(INTRO, ("RESULTS", sentence))[0]
    assert [f.direction for f in found if f.comparison == "between_groups"] == [between]


@pytest.mark.parametrize(
    ("sentence", "between"),
    [  # fictional: each arm's change, then only that the arms' difference was significant, or not
        (
            "Pain increased in the usual care group (p = 0.02) but decreased in the massage group (p = 0.01); "
            "the between-group difference was significant (p = 0.001).",
            "improved",
        ),
        (
            "Pain decreased in the massage group (p = 0.01), while it did not change in the usual care group; "
            "the difference between groups was significant.",
            "improved",
        ),
        (
            "Pain increased in the usual care group (p = 0.02) but decreased in the massage group (p = 0.01); "
            "the between-group difference was not significant.",
            "no_difference",
        ),
        # the difference told in a sentence of its own, after the arms' changes
        (
            "Pain decreased in the massage group (p = 0.01) but not in the usual care group (p = 0.40). "
            "The between-group difference was significant (p = 0.003).",
            "improved",
        ),
        # ... naming the outcome, and when
        (
            "Pain decreased in the massage group (p = 0.01) but not in the usual care group (p = 0.40). "
            "The mean difference in pain between the two groups after the intervention was significant "
            "(p = 0.003).",
            "improved",
        ),
        (
            "Pain decreased in the massage group (p = 0.01) but not in the usual care group (p = 0.40). "
            "The difference in pain scores was not significant (p = 0.21).",
            "no_difference",
        ),
        # the tested arm's change said to be its alone, the other arm's lack of it unread
        (
            "Pain decreased significantly only in the massage group (p = 0.01), with a significant "
            "difference between groups (p = 0.02).",
            "improved",
        ),
        (
            "Pain decreased in the massage group (p = 0.01) but not in the usual care group, with a "
            "significant difference between groups (p = 0.02).",
            "improved",
        ),
    ],
)
def test_a_difference_said_significant_after_opposite_changes_goes_the_tested_arms_way(
    sentence: str, between: str
) -> None:
    found = _read(INTRO, ("RESULTS", sentence))[0]
    assert [f.direction for f in found if f.comparison == "between_groups"] == [between]
    assert [f.direction for f in found if f.comparison == "within_group" and not f.comparator] == ["improved"]


@pytest.mark.parametrize(
    ("sentence", "between"),
    [  # fictional: the comparator's arm changed, the tested arm held, and the arms' difference said
        (
            "Pain increased in the usual care group (p = 0.02), but there was no change in the massage group "
            "(p = 0.70), and the between-group difference was significant (p = 0.004).",
            ("decreased", "improved"),
        ),
        (
            "Pain decreased in the usual care group (p = 0.02) but not in the massage group (p = 0.70); "
            "the difference between groups was significant (p = 0.004).",
            ("increased", "worsened"),
        ),
        (
            "Pain increased in the usual care group (p = 0.02), but there was no change in the massage group "
            "(p = 0.70); the between-group difference was not significant (p = 0.30).",
            ("no_difference", "no_difference"),
        ),
    ],
)  # fmt: skip
def test_a_difference_said_significant_where_only_the_comparator_changed_goes_the_other_way(
    sentence: str, between: tuple[str, str]
) -> None:
    found = _read(INTRO, ("RESULTS", sentence))[0]
    assert [(f.change, f.direction) for f in found if f.comparison == "between_groups"] == [between]


@pytest.mark.parametrize(
    "sentence",
    [  # fictional: which way the arms differed is not told where the other arm may have changed too
        "Pain decreased in the massage group (p = 0.01), with a significant difference between groups (p = 0.02).",
        "Pain decreased only in the usual care group (p = 0.01), with a significant difference between "
        "groups (p = 0.02).",
    ],
)
def test_a_difference_said_significant_after_a_change_not_said_to_be_one_arms_alone_is_not_read(
    sentence: str,
) -> None:
    found = _read(INTRO, ("RESULTS", sentence))[0]
    assert [f.direction for f in found if f.comparison == "between_groups"] == []


@pytest.mark.parametrize(
    ("sentence", "between"),
    [  # fictional: the arm that had more of the change every arm had, by its label
        ("Pain decreased in both groups, but more in group M (p = 0.01).", "improved"),
        ("Pain decreased in both groups, but more in group C (p = 0.01).", "unclear"),
        # a label the methods leave open: which arm had more, unknown
        ("Pain decreased in both groups, but more in group B (p = 0.01).", None),
    ],
)
def test_more_so_in_a_labelled_arm_compares_the_change_every_arm_had(
    sentence: str, between: str | None
) -> None:
    methods = "Adults were randomized to foot massage (group M) or usual care (group C)."
    found = _read_titled("Foot massage versus usual care for pain", methods, sentence)
    assert [f.direction for f in found if f.comparison == "between_groups"] == ([between] if between else [])


@pytest.mark.parametrize(
    ("sentence", "between"),
    [  # fictional: the arm named "study group", the one studied, as second-language abstracts do
        ("Pain decreased in both groups, but more in study group (p = 0.01).", "improved"),
        ("Pain decreased in both groups, but more so in the study group (p = 0.01).", "improved"),
    ],
)
def test_more_so_in_the_study_group_compares_the_change_every_arm_had(sentence: str, between: str) -> None:
    methods = "Forty adults were divided into study group (foot massage) and control group (usual care)."
    found = _read(("METHODS", methods), ("RESULTS", sentence))[0]
    assert [f.direction for f in found if f.comparison == "between_groups"] == [between]


@pytest.mark.parametrize(
    ("sentence", "measure"),
    [  # fictional: less analgesia given is a gain, not a loss of pain relief
        (
            "Fewer women in the massage group needed pharmacological pain relief than in the usual care group "
            "(p = 0.02).",
            "pharmacological pain relief",
        ),
        ("The use of epidural analgesia was lower in the massage group (18% vs 39%, p = 0.02).", "use of epidural analgesia"),
        (
            "Patients in the massage group required less opioid analgesia than patients in the usual care group "
            "(p = 0.03).",
            "opioid analgesia",
        ),
    ],
)  # fmt: skip
def test_less_analgesia_needed_with_the_treatment_is_an_improvement(sentence: str, measure: str) -> None:
    found = _read(INTRO, ("RESULTS", sentence))[0]
    assert [(f.domain, f.measure, f.change, f.direction) for f in found] == [
        ("other", measure, "decreased", "improved")
    ]


@pytest.mark.parametrize(
    ("sentence", "change", "direction"),
    [  # fictional: how many in each arm had the outcome get better, not how much of it they had
        (
            "At 10 weeks, 36% of the massage group and 4% of the usual care group reported that their pain was "
            "much better or completely gone (p < 0.001).",
            "decreased",
            "improved",
        ),
        (
            "Constipation resolved in 12 of 20 children in the massage group and 5 of 20 in the usual care group "
            "(p = 0.03).",
            "decreased",
            "improved",
        ),
        (
            "Constipation resolved in 5 of 20 children in the massage group and 12 of 20 in the usual care group "
            "(p = 0.03).",
            "increased",
            "worsened",
        ),
        (
            "Constipation improved in 5 of 20 massage-treated children versus 12 of 20 usual care-treated "
            "children (p = 0.03).",
            "increased",
            "worsened",
        ),
        (
            "At week 6, 66% of the massage group and 31% of the usual care group had normal fatigue scores "
            "(p < 0.001).",
            "decreased",
            "improved",
        ),
        (
            "Pain increased in 10% of the massage group and 40% of the usual care group (p = 0.01).",
            "decreased",
            "improved",
        ),
        # the change named by its noun: "worsening of", "improvement in"
        (
            "Worsening of fatigue occurred in 6% of the massage group and 28% of the usual care group (p = 0.01).",
            "decreased",
            "improved",
        ),
        (
            "Improvement in anxiety occurred in 15% of the massage group and 45% of the usual care group "
            "(p = 0.02).",
            "increased",
            "worsened",
        ),
        (
            "Anxiety improved in 50% of the massage group and 45% of the usual care group (p = 0.60).",
            "no_difference",
            "no_difference",
        ),
    ],
)
def test_shares_of_each_arm_whose_outcome_changed_compare_the_arms(
    sentence: str, change: str, direction: str
) -> None:
    found = _read(INTRO, ("RESULTS", sentence))[0]
    assert [(f.comparison, f.change, f.direction) for f in found] == [("between_groups", change, direction)]


def test_the_share_of_each_arm_with_the_outcome_is_no_share_that_got_better() -> None:
    sentence = (  # fictional: the counts are of vomiting; its fall over time is another statement
        "Vomiting was reported by 10% of the massage group and 30% of the usual care group, and it decreased "
        "over time (p = 0.02)."
    )
    found = _read(INTRO, ("RESULTS", sentence))[0]
    assert ("between_groups", "worsened") not in [(f.comparison, f.direction) for f in found]


@pytest.mark.parametrize(
    ("sentence", "domain", "direction"),
    [  # fictional: how long it took to come, the sooner for a gain and the later for a harm
        ("Time to first ambulation was shorter with massage (p = 0.03).", "walking", "improved"),
        ("Time to independent walking was reduced with massage (p = 0.03).", "walking", "improved"),
        ("Time to first unaided walking was shorter with massage (p = 0.03).", "walking", "improved"),
        ("Time to pain relief was shorter in the massage group (p = 0.01).", "pain", "improved"),
        ("Time to sleep onset was shorter with massage (p = 0.04).", "sleep", "improved"),
        ("The time until the onset of pain was longer in the massage group (p = 0.02).", "pain", "improved"),
        # a harm is never complete: completing the care of it is a task, the sooner done the better
        ("Time to complete bowel care was shorter in the massage group (p = 0.02).", "bowel", "improved"),
    ],
)
def test_the_time_to_an_outcome_is_better_short_for_a_gain_and_long_for_a_harm(
    sentence: str, domain: str, direction: str
) -> None:
    found = _read(INTRO, ("RESULTS", sentence))[0]
    assert [(f.domain, f.direction) for f in found] == [(domain, direction)]


@pytest.mark.parametrize(
    "paragraphs",
    [  # fictional: the speed or distance walked, named with a timed walk test, is better higher
        [
            (
                "RESULTS",
                "Gait speed on the 10-meter walk test increased significantly with massage (p = 0.01).",
            )
        ],
        [("RESULTS", "Walking speed (10MWT) increased significantly with massage (p = 0.01).")],
        [("RESULTS", "The 10MWT speed increased significantly with massage (p = 0.01).")],
        [
            ("METHODS", "Walking was assessed with the 10-meter walk test."),
            ("RESULTS", "Gait speed increased significantly with massage (p = 0.01)."),
        ],
    ],
)
def test_a_speed_named_with_a_timed_walk_test_is_better_higher(paragraphs: list[tuple[str, str]]) -> None:
    found = _read(INTRO, *paragraphs)[0]
    assert [(f.domain, f.change, f.direction) for f in found] == [("walking", "increased", "improved")]


@pytest.mark.parametrize("measure", ["Daily steps", "Step count", "Stride length", "Cadence"])
def test_steps_counted_are_better_more_though_walking_is_scored_lower(measure: str) -> None:
    methods = "Walking was assessed with the MSWS-12 and a pedometer."  # fictional
    results = f"{measure} increased significantly with massage (p = 0.01)."
    found = _read(INTRO, ("METHODS", methods), ("RESULTS", results))[0]
    assert [(f.domain, f.change, f.direction) for f in found] == [("walking", "increased", "improved")]


@pytest.mark.parametrize("measure", ["Total sleep time", "Sleep duration", "Sleep efficiency"])
def test_time_or_share_asleep_is_better_more_though_sleep_is_scored_lower(measure: str) -> None:
    methods = "Sleep was assessed with the Pittsburgh Sleep Quality Index."  # fictional
    results = f"{measure} increased significantly with massage (p = 0.01)."
    found = _read(INTRO, ("METHODS", methods), ("RESULTS", results))[0]
    assert [(f.domain, f.change, f.direction) for f in found] == [("sleep", "increased", "improved")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [  # fictional: a loss is better smaller, whatever is lost
        (
            "Loss of lumbar bone mineral density increased significantly in the usual care group (p = 0.01).",
            ("other", "Loss of lumbar bone mineral density", "increased", "worsened"),
        ),
        (
            "Loss of bone mineral density was greater in the usual care group than in the massage group "
            "(p = 0.01).",
            ("other", "Loss of bone mineral density", "decreased", "improved"),
        ),
        (
            "Loss of muscle strength was greater in the usual care group than in the massage group (p = 0.01).",
            ("strength", "Loss of muscle strength", "decreased", "improved"),
        ),
        (
            "Loss of balance increased significantly in the usual care group (p = 0.01).",
            ("balance", "Loss of balance", "increased", "worsened"),
        ),
        (
            "Loss of appetite was less common in the massage group than in the usual care group (p = 0.01).",
            ("other", "Loss of appetite", "decreased", "improved"),
        ),
        (
            "Fatigue resistance increased significantly in the massage group (p = 0.01).",
            ("fatigue", "Fatigue resistance", "increased", "improved"),  # a stand against fatigue
        ),
    ],
)
def test_a_loss_of_a_measure_is_better_smaller(sentence: str, expected: tuple[str, str, str, str]) -> None:
    found = _read(INTRO, ("RESULTS", sentence))[0]
    assert [(f.domain, f.measure, f.change, f.direction) for f in found] == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [  # fictional: a good thing's troubles are better fewer
        (
            "Sleep disorders decreased significantly more in the massage group than in the rest group (p = 0.01).",
            ("sleep", "Sleep disorders", "decreased", "improved"),
        ),
        (
            "Memory problems were less frequent in the massage group than in the rest group (p = 0.01).",
            ("cognition", "Memory problems", "decreased", "improved"),
        ),
        (
            "Balance deficits increased significantly in the rest group (p = 0.01).",
            ("balance", "Balance deficits", "increased", "worsened"),
        ),
        (
            "Low self-esteem was less common in the massage group than in the rest group (p = 0.01).",
            ("self_esteem", "Low self-esteem", "decreased", "improved"),
        ),
        (
            "Impaired memory decreased significantly more in the massage group than in the rest group (p = 0.01).",
            ("cognition", "Impaired memory", "decreased", "improved"),
        ),
        # the trouble named first, then the good it troubles
        (
            "Dependency in daily activities was lower in the massage group than in the rest group (p = 0.01).",
            ("mobility", "Dependency in daily activities", "decreased", "improved"),
        ),
        (
            "Difficulty with walking increased significantly in the rest group (p = 0.01).",
            ("walking", "Difficulty with walking", "increased", "worsened"),
        ),
        # a harm's troubles keep the harm's side
        (
            "Pain problems decreased significantly more in the massage group than in the rest group (p = 0.01).",
            ("pain", "Pain", "decreased", "improved"),
        ),
    ],
)
def test_the_troubles_of_a_good_thing_are_better_fewer(
    sentence: str, expected: tuple[str, str, str, str]
) -> None:
    found = _read(INTRO, ("RESULTS", sentence))[0]
    assert [(f.domain, f.measure, f.change, f.direction) for f in found] == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [  # fictional: a decline, gain or improvement of a measure, read as its change
        (
            "Decline in muscle strength was greater in the usual care group than in the massage group (p = 0.01).",
            ("strength", "increased", "improved"),
        ),
        (
            "Gain in muscle strength was greater in the massage group than in the usual care group (p = 0.01).",
            ("strength", "increased", "improved"),
        ),
        (
            "Improvement in pain was greater in the massage group than in the usual care group (p = 0.01).",
            ("pain", "decreased", "improved"),
        ),
        (
            "Worsening of fatigue was less frequent in the massage group than in the usual care group (p = 0.01).",
            ("fatigue", "decreased", "improved"),
        ),
    ],
)
def test_a_change_noun_before_a_measure_is_its_change(sentence: str, expected: tuple[str, str, str]) -> None:
    found = _read(INTRO, ("RESULTS", sentence))[0]
    assert [(f.domain, f.change, f.direction) for f in found] == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [  # fictional: a word inside another's name decides nothing
        (
            "Tooth sensitivity decreased significantly in the massage group (p = 0.01).",
            ("decreased", "improved"),  # a tooth's pain, not a test's sensitivity
        ),
        (
            "The root mean square of successive R-R differences increased significantly in the massage group "
            "(p = 0.01).",
            ("increased", "not_applicable"),  # one of a series, not a success
        ),
    ],
)
def test_a_measure_is_not_read_by_a_word_its_name_only_resembles(
    sentence: str, expected: tuple[str, str]
) -> None:
    found = _read(INTRO, ("RESULTS", sentence))[0]
    assert [(f.change, f.direction) for f in found] == [expected]


def test_a_crossovers_period_effect_is_no_result_of_the_treatment() -> None:
    methods = (
        "In this randomised crossover trial, adults received reflexology and rest periods in random order."
    )
    said = "The period effect was not significant for spasticity (p = 0.52)."  # fictional
    assert _read(("METHODS", methods), ("RESULTS", said))[0] == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [  # fictional: sleep told by its verb
        (
            "Residents in the massage group slept longer than those in the control group (p = 0.02).",
            "improved",
        ),
        ("Residents slept significantly better during the massage weeks (p = 0.01).", "improved"),
        ("Residents slept significantly longer during the massage weeks (p = 0.01).", "improved"),
        ("The control group slept longer than the massage group (p = 0.02).", "worsened"),
    ],
)
def test_sleeping_longer_or_better_is_better_sleep(sentence: str, expected: str) -> None:
    found = _read(INTRO, ("RESULTS", sentence))[0]
    assert [(f.domain, f.direction) for f in found] == [("sleep", expected)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [  # fictional: a trouble under control, or controlled, more often with the treatment: its gain
        (
            "Pain was more often under control with massage than with usual care (p = 0.01).",
            ("pain", "improved"),
        ),
        (
            "Itching symptoms were controlled in more patients in the massage group (64% vs 38%, p = 0.02).",
            ("other", "improved"),
        ),
        # "better controlled" tells the way by its "better" already
        ("Pain was better controlled with massage than with usual care (p = 0.01).", ("pain", "improved")),
    ],
)
def test_a_trouble_more_often_under_control_is_better(sentence: str, expected: tuple[str, str]) -> None:
    found = _read(INTRO, ("RESULTS", sentence))[0]
    assert [(f.domain, f.direction) for f in found] == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [  # fictional: the wait to fall asleep is sleep's latency, better shorter
        (
            "The time to fall asleep was shorter with massage than with usual care (p = 0.01).",
            ("decreased", "improved"),
        ),
        ("Time taken to fall asleep increased in the massage group (p = 0.02).", ("increased", "worsened")),
    ],
)
def test_the_time_to_fall_asleep_is_sleep_better_shorter(sentence: str, expected: tuple[str, str]) -> None:
    found = _read(INTRO, ("RESULTS", sentence))[0]
    assert [(f.domain, f.change, f.direction) for f in found] == [("sleep", *expected)]


@pytest.mark.parametrize("harm", ["Pain", "Fatigue"])
def test_a_time_walked_free_of_a_harm_is_better_longer(harm: str) -> None:
    sentence = f"{harm}-free walking time increased significantly with massage (p = 0.01)."  # fictional
    found = _read(INTRO, ("RESULTS", sentence))[0]
    assert [(f.change, f.direction) for f in found if f.domain == "walking"] == [("increased", "improved")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [  # fictional: how long the walk took, named before walking, is better shorter
        ("The time of 10 meter walking decreased significantly in the massage group (p < 0.05).", "improved"),
        ("The time needed for walking 10 meters increased in the massage group (p = 0.02).", "worsened"),
        # how long one walked is better longer
        ("The time spent walking increased significantly in the massage group (p = 0.01).", "improved"),
    ],
)
def test_the_time_a_walk_took_is_better_shorter(sentence: str, expected: str) -> None:
    found = _read(INTRO, ("RESULTS", sentence))[0]
    assert [f.direction for f in found if f.domain == "walking"] == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [  # fictional: the seconds a scored test's tasks took are better fewer
        ("WMFT time decreased more in the massage group than in the control group (p = 0.02).", "improved"),
        ("The Wolf Motor Function Test performance time was longer with massage than with usual care (p = 0.02).", "worsened"),
        ("The time to complete the Wolf Motor Function Test decreased more with massage than with usual care (p = 0.02).", "improved"),
        # the test's score, and a stance held, are better higher
        ("WMFT scores decreased more in the massage group than in the control group (p = 0.02).", "worsened"),
        ("Single-leg stance time decreased more in the massage group than in the control group (p = 0.02).", "worsened"),
    ],
)  # fmt: skip
def test_the_time_a_scored_test_took_is_better_shorter(sentence: str, expected: str) -> None:
    found = _read(INTRO, ("RESULTS", sentence))[0]
    assert [f.direction for f in found] == [expected]


def test_a_timed_walk_test_alone_is_still_better_shorter() -> None:
    sentence = "Time on the 10-meter walk test decreased significantly with massage (p = 0.01)."  # fictional
    found = _read(INTRO, ("RESULTS", sentence))[0]
    assert [(f.domain, f.change, f.direction) for f in found] == [("walking", "decreased", "improved")]


@pytest.mark.parametrize(
    ("sentence", "direction"),
    [  # fictional: the longer a block's relief lasts, the less pain; unchanged is no difference
        ("The duration of analgesia was longer with massage than with usual care (p < 0.01).", "improved"),
        (
            "Analgesia duration was shorter in the usual care group than in the massage group (p = 0.003).",
            "improved",
        ),
        (
            "The duration of postoperative analgesia was prolonged with massage (p = 0.02) compared with usual care.",
            "improved",
        ),
        (
            "Duration of analgesia was prolonged in the massage group (3.1 h) compared to the usual care group "
            "(2.9 h), but the difference was not statistically significant (P = 0.21).",
            "no_difference",
        ),
    ],
)
def test_how_long_analgesia_lasts_is_pain_relief_the_longer_the_better(sentence: str, direction: str) -> None:
    found = _read(INTRO, ("RESULTS", sentence))[0]
    assert [(f.domain, f.direction, f.comparison) for f in found] == [("pain", direction, "between_groups")]


def test_cytokines_named_with_their_abbreviations_are_each_a_finding() -> None:
    sentence = (  # fictional
        "Serum levels of interleukin (IL)-6 and tumor necrosis factor-alpha (TNF-α) decreased in the massage "
        "group compared with the usual care group (p < 0.05)."
    )
    found = _read(INTRO, ("RESULTS", sentence))[0]
    assert [(f.measure, f.direction) for f in found] == [
        ("interleukin-6 (IL-6)", "improved"),
        ("tumor necrosis factor-alpha (TNF-α)", "improved"),
    ]


def test_an_arm_associated_with_a_result_is_a_result_and_one_measure_with_another_is_not() -> None:
    found = _read(  # fictional
        INTRO,
        (
            "RESULTS",
            "Massage was associated with significantly less dyspnea than usual care (p < 0.01). Higher "
            "baseline anxiety was associated with greater fatigue (p = 0.01).",
        ),
    )[0]
    assert [(f.measure, f.comparison, f.direction) for f in found] == [
        ("dyspnea", "between_groups", "improved")
    ]


def test_an_outcome_reads_the_comparative_just_before_it_not_an_earlier_ones() -> None:
    sentence = (  # fictional: "more" is the time awake's; the cortisol was lower
        "The massage group spent more time awake, cried less and had lower salivary cortisol levels than the "
        "usual care group (p = 0.01)."
    )
    found = _read(INTRO, ("RESULTS", sentence))[0]
    assert [(f.measure, f.change) for f in found if "cortisol" in f.measure] == [
        ("salivary cortisol levels", "decreased")
    ]


@pytest.mark.parametrize(
    "sentence",
    [  # fictional: mood improved, whatever change another object of the sentence had
        "Massage lowered agitation and improved mood (p = 0.01).",
        "Hand massage was perceived as reducing agitation and improving mood.",
        "Massage can improve quality of life and mood and reduce agitation.",
        "Massage improved overall mood status and reduced blood pressure.",
    ],
)
def test_an_outcome_reads_its_own_verb_where_one_subject_has_two(sentence: str) -> None:
    found = _read(INTRO, ("CONCLUSIONS", sentence))[0]
    assert [(f.change, f.direction) for f in found if f.domain == "mood"] == [("increased", "improved")]


@pytest.mark.parametrize(
    ("sentence", "direction"),
    [  # fictional: the arm a result favours
        ("The difference in disability favoured usual care (p = 0.03).", "worsened"),
        ("Pain changes were in favour of the control group (p = 0.04).", "worsened"),
        ("Pain scores favoured massage (p = 0.02).", "improved"),
        ("Sleep quality results favoured massage over usual care (p = 0.01).", "improved"),
    ],
)
def test_a_result_favouring_the_comparator_is_no_gain_of_the_intervention(
    sentence: str, direction: str
) -> None:
    found = _read(INTRO, ("RESULTS", sentence))[0]
    assert [(f.comparison, f.direction) for f in found] == [("between_groups", direction)]


@pytest.mark.parametrize(
    "sentence",
    [  # fictional: alike in the arms, but changed in each
        "Pain improved similarly in both groups.",
        "Pain improved equally in both groups.",
        "Pain decreased to a similar extent in both groups.",
    ],
)
def test_a_change_alike_in_every_arm_is_no_difference_between_them_and_a_change_within(sentence: str) -> None:
    found = _read(INTRO, ("RESULTS", sentence))[0]
    assert sorted((f.comparison, f.direction) for f in found) == [
        ("between_groups", "no_difference"),
        ("within_group", "improved"),
    ]


def test_no_change_alike_in_every_arm_is_no_change_within_them() -> None:
    found = _read(INTRO, ("RESULTS", "Pain did not change, similarly in both groups."))[0]
    assert "improved" not in [f.direction for f in found]


def test_each_arms_change_compares_them_where_by_is_said_once() -> None:
    sentence = "Anxiety decreased by 10.4 points with massage and 4.1 points with usual care (p = 0.02)."  # fictional
    found = _read(INTRO, ("RESULTS", sentence))[0]
    assert [(f.change, f.direction) for f in found if f.comparison == "between_groups"] == [
        ("decreased", "improved")
    ]


@pytest.mark.parametrize(
    ("sentence", "direction"),
    [  # fictional: "poorer" is worse
        ("Usual care patients reported poorer sleep quality than massage patients (p = 0.03).", "improved"),
        (
            "Sleep quality was poorer in the massage group than in the usual care group (p = 0.03).",
            "worsened",
        ),
    ],
)
def test_poorer_is_worse(sentence: str, direction: str) -> None:
    found = _read(INTRO, ("RESULTS", sentence))[0]
    assert [(f.domain, f.direction) for f in found] == [("sleep", direction)]


def test_people_told_apart_by_a_poorer_baseline_are_no_comparison_of_the_arms() -> None:
    sentence = "Participants with poorer sleep quality at baseline improved more (p = 0.03)."  # fictional
    assert _read(INTRO, ("RESULTS", sentence))[0] == []


def test_each_arms_values_before_and_after_with_one_p_value_compare_the_arms() -> None:
    sentence = (
        "Pain fell from 6.2 to 3.1 with massage and from 6.0 to 5.8 with usual care (p < 0.001)."  # fictional
    )
    found = _read(INTRO, ("RESULTS", sentence))[0]
    assert sorted(
        (f.comparison, f.direction, f.comparator) for f in found if f.comparison == "within_group"
    ) == [
        ("within_group", "improved", None)  # the massage arm's, not the usual care arm's
    ]
    assert [f.direction for f in found if f.comparison == "between_groups"] == ["improved"]


def test_but_not_after_another_arm_is_no_correction_of_the_tested_arms_change() -> None:
    record = Record(
        pmid="1",
        title="A fictional trial of massage",
        abstract=(
            AbstractSection(text="Children were randomized to massage or quiet time.", label="METHODS"),
            AbstractSection(
                text="Pain decreased significantly after massage (p = 0.01) but not after quiet time.",
                label="RESULTS",
            ),
        ),
    )  # fictional: quiet time is the other arm, whose lack of change corrects nothing
    vocabulary = load_vocabulary()
    found, _ = findings(record, vocabulary, study_facts(record, vocabulary))
    tested = [(f.comparison, f.direction) for f in found if f.comparator is None]
    assert tested == [("within_group", "improved")]


@pytest.mark.parametrize(
    ("sentence", "direction"),
    [  # fictional: a change noun, then how big it was
        ("The increase in anxiety before the procedure was smaller in the massage group (p = 0.01).", "improved"),
        ("The reduction in anxiety was smaller in the massage group than in the usual care group (p = 0.01).", "unclear"),
        ("Anxiety relief was smaller in the massage group than in the usual care group (p = 0.01).", "unclear"),
        ("Anxiety attenuation was greater in the massage group than in the usual care group (p = 0.01).", "improved"),
        ("The reduction in anxiety was smaller in the usual care group (p = 0.01).", "improved"),
        ("The reduction in anxiety was greater in the massage group (p = 0.01).", "improved"),
    ],
)  # fmt: skip
def test_a_change_said_to_be_smaller_is_relatively_the_other_way(sentence: str, direction: str) -> None:
    found = _read(INTRO, ("RESULTS", sentence))[0]
    assert [(f.comparison, f.direction) for f in found] == [("between_groups", direction)]


CROSSOVER = "In a crossover design, 16 people with MS received massage and a rest condition in random order."


@pytest.mark.parametrize(
    ("result", "reading"),
    [  # fictional: a crossover of massage and a rest condition
        ("Spasticity was lower after massage than after rest (p = 0.02).", ("spasticity", "decreased", "improved")),
        # rest's greater fall, massage's smaller one: unclear, never massage's fall
        ("Spasticity decreased more after rest than after massage (p = 0.02).", ("spasticity", "unclear", "unclear")),
        ("Pain at rest decreased more after massage than after the rest condition (p = 0.03).", ("pain", "decreased", "improved")),
    ],
)  # fmt: skip
def test_the_rest_condition_compared_first_is_never_the_intervention_s_gain(
    result: str, reading: tuple[str, str, str]
) -> None:
    found = _read_titled("Massage for spasticity in MS: a fictional crossover trial", CROSSOVER, result)
    assert [(f.domain, f.change, f.direction, f.comparison) for f in found] == [(*reading, "between_groups")]


def test_a_between_group_effect_at_week_6_is_not_corrected_by_none_at_week_12() -> None:
    found, _ = _read(
        INTRO,
        (
            "RESULTS",
            "Pain decreased significantly in both groups over time, with a significantly greater reduction "
            "in the massage group at week 6 (p = 0.01) but not at week 12 (p = 0.30).",
        ),
    )  # fictional: the effect at the end of treatment, gone by the follow-up
    assert [(f.comparison, f.direction, f.timepoint) for f in found] == [
        ("within_group", "improved", "end of treatment"),
        ("between_groups", "improved", "end of treatment"),
        ("between_groups", "no_difference", "follow-up (12 weeks)"),
    ]


AROMATHERAPY = "Thirty women with MS were randomized to aromatherapy massage or usual care for 8 weeks."


@pytest.mark.parametrize(
    ("later", "direction"),
    [  # fictional: the arms compared at the end of treatment, then at a follow-up
        ("and these differences persisted at the 4-week follow-up (p < 0.05)", "improved"),
        ("and the effects were maintained at 16 weeks", "improved"),
        ("but these differences were not maintained at the 4-week follow-up (p = 0.21)", "no_difference"),
    ],
)
def test_a_difference_said_to_persist_or_not_is_a_follow_up_finding_beside_the_first(
    later: str, direction: str
) -> None:
    found = _read_titled(
        "Aromatherapy massage for anxiety in MS: a fictional trial",
        AROMATHERAPY,
        "After 8 weeks, anxiety and depression scores were significantly lower in the aromatherapy group than in "
        f"the usual care group (p < 0.01), {later}.",
    )
    assert [(f.domain, f.comparison, f.direction, f.timepoint.split(" (")[0]) for f in found] == [
        ("anxiety", "between_groups", "improved", "end of treatment"),
        ("anxiety", "between_groups", direction, "follow-up"),
        ("depression", "between_groups", "improved", "end of treatment"),
        ("depression", "between_groups", direction, "follow-up"),
    ]


NECK_PAIN = "Sixty adults with neck pain were randomized to massage or usual care for 8 weeks."


@pytest.mark.parametrize(
    ("later", "direction", "when"),
    [  # fictional: the result stated with no time, then its fate at a later one
        ("but this was not maintained at follow-up", "no_difference", "follow-up"),
        ("but the effect was not sustained at 3 months", "no_difference", "follow-up (3 months)"),
        ("but not at follow-up", "no_difference", "follow-up"),
        ("which persisted at 6 months", "improved", "follow-up (6 months)"),
    ],
)
def test_an_effect_told_with_no_time_before_its_fate_at_follow_up_was_seen_at_the_end(
    later: str, direction: str, when: str
) -> None:
    found = _read_titled(
        "Massage for neck pain: a fictional trial",
        NECK_PAIN,
        f"Pain improved after massage compared with control (p = 0.02), {later}.",
    )
    assert [(f.comparison, f.direction, f.timepoint) for f in found] == [
        ("between_groups", "improved", "end of treatment"),
        ("between_groups", direction, when),
    ]


@pytest.mark.parametrize(
    ("later", "direction"),
    [  # fictional: a sentence of its own telling the effect before at a later time
        ("Effects on depression were maintained at 6 months.", "improved"),
        ("The effects were maintained at 6 months (p = 0.03).", "improved"),
        ("These improvements were not maintained at 6 months.", "no_difference"),
    ],
)
def test_a_sentence_telling_the_effect_before_at_a_later_time_is_a_follow_up_finding(
    later: str, direction: str
) -> None:
    found = _read_titled(
        "Massage for depression: a fictional trial",
        NECK_PAIN,
        f"Depression decreased more with massage than with usual care (p = 0.01). {later}",
    )
    assert [(f.domain, f.direction, f.timepoint, f.evidence.text) for f in found] == [
        ("depression", "improved", "end of treatment", found[0].evidence.text),
        ("depression", direction, "follow-up (6 months)", later),
    ]


def test_an_effect_said_to_last_with_no_later_time_is_no_follow_up_finding() -> None:
    found = _read_titled(
        "Massage for neck pain: a fictional trial",
        NECK_PAIN,
        "Massage reduced pain more than usual care (p = 0.01). This effect lasted for two hours after each session.",
    )
    assert [(f.comparison, f.direction, f.timepoint) for f in found] == [
        ("between_groups", "improved", "end of treatment")
    ]


def test_a_later_sentence_keeps_only_the_effects_it_names() -> None:
    found = _read_titled(
        "Massage for fibromyalgia: a fictional trial",
        NECK_PAIN,
        "Fatigue and pain decreased more with massage than with usual care (p < 0.01). "
        "Effects on fatigue were maintained at 6 months.",
    )
    assert sorted((f.domain, f.timepoint) for f in found) == [
        ("fatigue", "end of treatment"),
        ("fatigue", "follow-up (6 months)"),
        ("pain", "end of treatment"),
    ]


def test_a_hedged_or_unchanged_later_result_is_not_read_as_persisting() -> None:
    found = _read_titled(
        "Aromatherapy massage for anxiety in MS: a fictional trial",
        AROMATHERAPY,
        "After 8 weeks, anxiety was significantly lower in the aromatherapy group than in the usual care group "
        "(p < 0.01), and the difference appeared to persist at 12 weeks.",
    )  # fictional
    assert [(f.comparison, f.direction, f.timepoint) for f in found] == [
        ("between_groups", "improved", "end of treatment")
    ]


THREE_ARMS = "Sixty stroke survivors were randomized to reflexology, sham reflexology or usual care."


@pytest.mark.parametrize(
    "result",
    [  # fictional: one outcome set against two comparators, each its own result
        "Reflexology reduced anxiety compared with usual care (p = 0.01) but not compared with sham (p = 0.40).",
        "Reflexology reduced anxiety compared with usual care (p = 0.01), but did not differ from sham (p = 0.40).",
        "Anxiety was lower with reflexology than with usual care (p = 0.01) but not lower than with sham (p = 0.40).",
        # each comparator in a sentence of its own
        "Reflexology reduced anxiety compared with usual care (p = 0.01). Compared with sham, anxiety did not differ (p = 0.40).",
    ],
)
def test_a_result_against_each_of_two_comparators_is_a_finding_against_each(result: str) -> None:
    found = _read_titled("Reflexology for anxiety after stroke: a fictional trial", THREE_ARMS, result)
    assert [(f.domain, f.comparison, f.direction, f.comparator) for f in found] == [
        ("anxiety", "between_groups", "improved", "usual care"),
        ("anxiety", "between_groups", "no_difference", "sham"),
    ]


def test_a_qualifying_clause_naming_no_other_comparator_still_corrects_the_first() -> None:
    found = _read_titled(
        "Reflexology for anxiety after stroke: a fictional trial",
        THREE_ARMS,
        "Anxiety was lower with reflexology than with usual care, but this was not significant (p = 0.20).",
    )  # fictional
    assert [(f.comparison, f.direction, f.comparator) for f in found] == [
        ("between_groups", "no_difference", "usual care")
    ]


@pytest.mark.parametrize(
    "result",
    [  # fictional: the comparator arm did as much as the combined one
        "Physiotherapy alone improved balance as much as the combined program.",
        "The combined program improved balance as much as physiotherapy alone.",
        "Balance improved as much with physiotherapy alone as with the combined program.",
    ],
)
def test_an_arm_that_improved_as_much_as_the_other_is_no_difference_between_them(result: str) -> None:
    found = _read_titled(
        "Massage for children with cerebral palsy: a fictional trial",
        "Sixty children with cerebral palsy were randomized to massage plus physiotherapy or physiotherapy alone.",
        result,
    )
    assert [(f.domain, f.comparison, f.direction) for f in found] == [
        ("balance", "between_groups", "no_difference")
    ]


@pytest.mark.parametrize(
    ("result", "arm"),
    [  # fictional: the comparator arm said not to have changed, in as few words as can be
        ("The aromatherapy group improved significantly on the MFIS (p = 0.004), whereas usual care did not (p = 0.51).", "usual care"),
        ("The aromatherapy group improved significantly on the MFIS (p = 0.004), but not the usual care group (p = 0.51).", "usual care"),
        ("The aromatherapy group improved significantly on the MFIS (p = 0.004), whereas the control group did not.", "control"),
    ],
)  # fmt: skip
def test_the_comparator_arm_that_did_not_change_is_its_own_within_group_finding(
    result: str, arm: str
) -> None:
    found = _read_titled("Aromatherapy massage for fatigue in MS: a fictional trial", AROMATHERAPY, result)
    assert [(f.domain, f.comparison, f.direction, f.comparator) for f in found] == [
        ("fatigue", "within_group", "improved", None),
        ("fatigue", "within_group", "no_difference", arm),
    ]


def test_an_arm_that_did_not_with_a_significant_p_value_is_not_read_as_unchanged() -> None:
    found = _read_titled(
        "Aromatherapy massage for fatigue in MS: a fictional trial",
        AROMATHERAPY,
        "The aromatherapy group improved significantly on the MFIS (p = 0.004), whereas usual care did not (p = 0.03).",
    )  # fictional: contradictory, so nothing is said of usual care
    assert [(f.comparison, f.direction, f.comparator) for f in found] == [("within_group", "improved", None)]


@pytest.mark.parametrize(
    ("sentence", "measure"),
    [  # fictional: the fewer drugs needed for attacks or to calm behaviour, the better
        ("The massage group used less acute medication than the usual care group (p = 0.02).", "acute medication"),
        ("The massage group took fewer psychotropic drugs than the usual care group (p = 0.02).", "psychotropic drugs"),
        ("Antipsychotic use was lower in the massage group than in the usual care group (p = 0.01).", "Antipsychotic use"),
    ],
)  # fmt: skip
def test_fewer_drugs_needed_with_the_treatment_is_an_improvement(sentence: str, measure: str) -> None:
    found = _read(INTRO, ("RESULTS", sentence))[0]
    assert [(f.measure, f.change, f.direction) for f in found] == [(measure, "decreased", "improved")]


def test_less_freezing_of_gait_is_a_gain_in_walking() -> None:
    sentence = "Freezing of gait decreased more in the massage group than in the usual care group (p = 0.01)."
    finding = _only(_read(INTRO, ("RESULTS", sentence)))
    assert (finding.domain, finding.change, finding.direction) == ("walking", "decreased", "improved")


_WAIT_LIST = "Forty women were randomized to massage or a wait-list for 6 weeks."


@pytest.mark.parametrize(
    ("result", "direction"),
    [  # fictional: the wait-list arm named as its people, "(wait-listed) controls"
        ("Fatigue decreased more in the massage group than in wait-listed controls (p = 0.01).", "improved"),
        ("Fatigue was higher in wait-listed controls than in the massage group (p = 0.02).", "improved"),
        ("Fatigue was higher in the controls than in the massage group (p = 0.02).", "improved"),
        ("Wait-listed controls showed greater fatigue than the massage group (p = 0.02).", "improved"),
        ("Compared with the massage group, wait-listed controls had higher fatigue (p = 0.03).", "improved"),
        ("Fatigue was lower among controls than in the massage group (p = 0.01).", "worsened"),
        ("The wait-list group had higher fatigue scores than the massage group (p = 0.04).", "improved"),
    ],
)
def test_the_controls_as_the_subject_of_a_comparison_are_the_comparator(result: str, direction: str) -> None:
    found = _read_titled("A fictional randomized controlled trial of massage", _WAIT_LIST, result)
    assert [(f.domain, f.direction, f.comparison) for f in found] == [
        ("fatigue", direction, "between_groups")
    ]


def test_wait_listed_controls_are_the_wait_list_comparator() -> None:
    result = "Fatigue decreased more in the massage group than in wait-listed controls (p = 0.01)."
    (finding,) = _read_titled("A fictional randomized controlled trial of massage", _WAIT_LIST, result)
    assert finding.comparator == "wait-list"


def test_a_change_in_the_controls_is_the_control_arm_s_own() -> None:
    result = "Anxiety increased in the controls (p = 0.02)."
    (finding,) = _read_titled("A fictional randomized controlled trial of massage", _WAIT_LIST, result)
    assert (finding.comparison, finding.comparator) == ("within_group", "control")


@pytest.mark.parametrize(
    ("sentence", "domain"),
    [  # fictional: an outcome the treatment left as it was
        ("Anxiety was not affected by massage (p = 0.40).", "anxiety"),
        ("Fatigue was not altered by the intervention.", "fatigue"),
        ("Pain was not significantly influenced by massage (p = 0.31).", "pain"),
        ("Depression scores were not modified by the treatment.", "depression"),
        ("Sleep quality was unaffected by massage (p = 0.52).", "sleep"),
        ("Serum cortisol was not affected by massage (p = 0.6).", "other"),
    ],
)
def test_an_outcome_not_affected_by_the_treatment_is_no_difference(sentence: str, domain: str) -> None:
    found = _read(INTRO, ("RESULTS", sentence))[0]
    assert [(f.domain, f.direction) for f in found] == [(domain, "no_difference")]


def test_a_value_after_the_tested_group_and_was_compares_it_with_the_comparators() -> None:
    sentence = (
        "The mean pain score in the massage group was 2.5 compared to 4.0 in the usual care group (p = 0.03)."
    )
    finding = _only(_read(f"{INTRO} {sentence}"))
    assert (finding.domain, finding.direction, finding.comparison) == ("pain", "improved", "between_groups")


def test_more_responders_defined_by_a_fall_in_an_outcome_is_never_a_rise_of_that_outcome() -> None:
    sentence = (
        "Response to treatment (a reduction of at least 25% in anxiety) was 90% in the massage group "
        "and 60% in the usual care group (p = 0.028)."
    )
    found = _read(f"{INTRO} {sentence}")
    assert _readings(found) == [("other", "improved", "between_groups")]
    assert found[0][0].measure == "Response to treatment"


def test_each_arm_named_then_its_number_with_one_p_value_compares_the_arms() -> None:
    sentence = "Anxiety in the massage group was 2.5 and in the usual care group it was 4.0 (p = 0.02)."
    finding = _only(_read(("METHODS", INTRO), ("RESULTS", sentence)))
    assert (finding.domain, finding.direction, finding.comparison) == (
        "anxiety",
        "improved",
        "between_groups",
    )


def test_a_difference_adjusted_for_age_and_sex_is_a_result_not_a_baseline_description() -> None:
    sentence = (
        "The mean difference in pain scores, adjusted for age and sex, was 1.8 (95% CI 0.7 to 2.9) "
        "in favour of massage (p = 0.009)."
    )
    finding = _only(_read(("METHODS", INTRO), ("RESULTS", sentence)))
    assert (finding.domain, finding.direction, finding.comparison) == ("pain", "improved", "between_groups")


def test_a_subgroups_no_difference_never_replaces_the_whole_samples_effect() -> None:
    found = _read(
        ("METHODS", INTRO),
        (
            "RESULTS",
            "Fatigue was lower in the massage group than in the usual care group (p = 0.01). With a fatigue "
            "score of <= 5 (n = 41), fatigue in the massage group was 2.2 compared to 3.5 in the usual care "
            "group (p = 0.50).",
        ),
    )
    assert _readings(found) == [("fatigue", "improved", "between_groups")]


def test_a_subgroups_no_difference_leaves_the_whole_samples_arms_compared() -> None:
    """Fictional: the whole sample's rates, set against each other, stay a comparison of the arms
    beside a subgroup's likeness; not the tested arm's own change."""
    found = _read(
        ("METHODS", "Sixty patients were randomized to ginger or no supplement during chemotherapy."),
        (
            "RESULTS",
            "The incidence of fatigue in the ginger group was 18% compared to 41% in the control group "
            "(p = 0.03). In patients with a pain score of < 4, the incidence of fatigue did not differ "
            "between the groups (p = 0.41).",
        ),
    )
    assert ("fatigue", "improved", "within_group") not in _readings(found)
    assert ("fatigue", "improved", "between_groups") in _readings(found)


def test_a_whole_samples_no_difference_stands_beside_a_subgroups_effect() -> None:
    found = _read(
        ("METHODS", INTRO),
        (
            "RESULTS",
            "Fatigue did not differ between the groups (p = 0.40). In the subgroup of women, fatigue was "
            "lower in the massage group than in the usual care group (p = 0.01).",
        ),
    )
    assert _readings(found) == [("fatigue", "no_difference", "between_groups")]


@pytest.mark.parametrize(
    "result",
    [  # fictional: each arm's number after its name, before it, or the arms' full names
        "Fatigue in the GG was 2.5 versus 4.0 in the CG (p = 0.02).",
        "Fatigue was 2.5 in the GG and 4.0 in the CG (p = 0.02).",
        "Fatigue was 4.0 in the CG and 2.5 in the GG (p = 0.02).",
        "Fatigue was 2.5 in the ginger group and 4.0 in the control group (p = 0.02).",
    ],
)
def test_arms_named_by_the_short_names_the_abstract_defines_are_compared(result: str) -> None:
    record = Record(
        pmid="1",
        title="Ginger tea after surgery: a fictional randomized trial",
        abstract=(
            AbstractSection(
                label="METHODS",
                text="Sixty adults were randomized to a ginger group (GG) or a control group (CG) given water.",
            ),
            AbstractSection(label="RESULTS", text=result),
        ),
    )
    vocabulary = load_vocabulary()
    found, _ = findings(record, vocabulary, study_facts(record, vocabulary))
    assert [(f.domain, f.direction, f.comparison) for f in found] == [
        ("fatigue", "improved", "between_groups")
    ]


def test_a_reduction_then_and_did_not_affect_keeps_the_reduction() -> None:
    sentence = "Massage reduced fatigue compared with usual care (p = 0.01) and did not affect sleep quality."
    found = _read(("METHODS", INTRO), ("RESULTS", sentence))
    assert _readings(found) == [
        ("fatigue", "improved", "between_groups"),
        ("sleep", "no_difference", "between_groups"),
    ]


@pytest.mark.parametrize(
    "sentence",
    [  # fictional: "the other outcomes" name no measure of their own
        "Anxiety and the other outcomes did not differ between groups (p > 0.05).",
        "No significant differences were found in the other outcomes.",
        "The remaining variables were not affected by massage.",
    ],
)
def test_the_other_outcomes_give_no_finding_named_by_those_words(sentence: str) -> None:
    found = _read(INTRO, ("RESULTS", sentence))[0]
    assert [f.measure for f in found if f.domain == "other"] == []


def test_the_remaining_outcomes_unchanged_is_no_correction_of_the_result_before() -> None:
    sentence = (
        "Blood pressure was lower in the massage group than in the usual care group (p = 0.02), "
        "whereas the remaining parameters did not differ."
    )
    finding = _only(_read(INTRO, ("RESULTS", sentence)))
    assert (finding.measure, finding.direction) == ("Blood pressure", "improved")


@pytest.mark.parametrize(
    "result",
    [  # fictional: an active arm no vocabulary names, told by the methods' list of arms
        "Ultrasound therapy reduced anxiety (p = 0.03).",
        "Anxiety decreased significantly in the ultrasound group (p = 0.01).",
        "Ultrasound, but not massage, reduced anxiety (p = 0.02).",
    ],
)
def test_the_other_active_arm_is_told_by_the_methods_list_of_arms(result: str) -> None:
    methods = "Ninety adults were randomized to massage, ultrasound therapy or a control group for 8 weeks."
    found = _read_titled("A fictional randomized controlled trial of massage", methods, result)
    assert _not_the_arms_own(found, "ultrasound") == []


def test_a_shared_instrument_beside_one_domain_gives_each_domain_its_own_result() -> None:
    """Fictional: anxiety fell, depression did not change; neither takes the other's result."""
    said = "HADS anxiety scores fell (p = 0.02), whereas HADS depression did not change."
    found = _read(("METHODS", "Forty adults were randomized to massage or usual care."), ("RESULTS", said))
    assert {(f.domain, f.direction) for f in found[0]} == {
        ("anxiety", "improved"),
        ("depression", "no_difference"),
    }


@pytest.mark.parametrize(
    ("said", "fatigue"),
    [
        ("Balance improved in the massage group (p = 0.01), whereas fatigue did not.", "within_group"),
        ("Balance improved more with massage than with usual care (p = 0.01), whereas fatigue did not.",
         "between_groups"),
        ("Balance improved more with massage than with usual care (p = 0.01), but fatigue did not (p = 0.40).",
         "between_groups"),
    ],
)  # fmt: skip
def test_an_outcome_denied_the_result_before_it_did_not_change_compared_as_that_result(
    said: str, fatigue: str
) -> None:
    found = _read(("METHODS", INTRO), ("RESULTS", said))  # fictional
    assert sorted((f.domain, f.direction, f.comparison) for f in found[0]) == [
        ("balance", "improved", "within_group" if fatigue == "within_group" else "between_groups"),
        ("fatigue", "no_difference", fatigue),
    ]


@pytest.mark.parametrize(
    ("said", "reading"),
    [
        ("Participants in the massage group walked faster than those receiving usual care (p = 0.01).",
         ("walking", "improved", "between_groups")),
        ("The Timed Up and Go was faster with massage than with usual care (p = 0.02).",
         ("mobility", "improved", "between_groups")),
        ("The 10-m walk test was slower in the usual care group than in the massage group (p = 0.03).",
         ("walking", "improved", "between_groups")),
        ("Timed 25-foot walk times were slower with massage than with usual care (p = 0.04).",
         ("walking", "worsened", "between_groups")),
        ("Balance was faster in the massage group after 8 weeks (p = 0.02).", ("balance", "improved", "within_group")),
        ("Participants in the massage group walked further than those receiving usual care (p = 0.01).",
         ("walking", "improved", "between_groups")),
        ("Participants walked significantly farther after 8 weeks of massage (p = 0.01).",
         ("walking", "improved", "within_group")),
        ("The massage group walked 35 m further in the 6MWT than the usual care group (p = 0.02).",
         ("walking", "improved", "between_groups")),
    ],
)  # fmt: skip
def test_faster_is_better_for_walking_mobility_and_balance(said: str, reading: tuple[str, str, str]) -> None:
    found = _read(("METHODS", INTRO), ("RESULTS", said))  # fictional
    assert [(f.domain, f.direction, f.comparison) for f in found[0]] == [reading]


@pytest.mark.parametrize(
    "said",
    [
        "Heart rate was faster with massage than with usual care (p = 0.01).",
        "Fatigue recovery was slower in the usual care group (p = 0.02).",
    ],
)
def test_faster_or_slower_is_no_result_where_the_pace_says_nothing_of_better(said: str) -> None:
    assert _read(("METHODS", INTRO), ("RESULTS", said))[0] == []  # fictional


@pytest.mark.parametrize("faster_is_better", [True, False])
def test_which_domains_are_better_faster_comes_from_the_vocabulary_file(
    tmp_path: Path, faster_is_better: bool
) -> None:
    """Fictional: stair climbing read as better when done faster only where its entry says so."""
    outcomes = tmp_path / "outcomes.toml"
    outcomes.write_text(
        '[domains.climbing]\npolarity = "higher_is_better"\nsynonyms = ["stair climbing"]\n'
        f"faster_is_better = {str(faster_is_better).lower()}\n",
        encoding="utf-8",
    )
    vocabulary = Vocabulary.load(outcomes=outcomes)
    said = "Stair climbing was faster with massage than with usual care (p = 0.01)."
    found, _ = _read_with(vocabulary, INTRO, ("RESULTS", said))
    assert [f.direction for f in found] == (["improved"] if faster_is_better else [])


# --- each outcome's comparison from its own statement within the clause -------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Massage did not adversely affect sleep quality (p = 0.40).",
        "Massage did not negatively affect sleep quality.",
    ],
)
def test_not_adversely_affected_is_no_difference(sentence: str) -> None:
    finding = _only(_read(("METHODS", INTRO), ("RESULTS", sentence)))
    assert (finding.domain, finding.direction, finding.comparison) == (
        "sleep",
        "no_difference",
        "between_groups",
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "The Barthel Index improved in both groups (p < 0.01), and pain decreased more with massage "
        "than with usual care (p = 0.02).",
        "Pain decreased more with massage than with usual care (p = 0.02), and the Barthel Index "
        "improved in both groups (p < 0.01).",
        # the later statement's result word before its outcome
        "The Barthel Index improved in both groups (p < 0.01), and the massage group had lower pain "
        "than the usual care group (p = 0.02).",
    ],
)
def test_a_later_or_earlier_outcomes_comparison_never_makes_a_change_in_both_groups_between_them(
    sentence: str,
) -> None:
    found = _read(("METHODS", INTRO), ("RESULTS", sentence))
    assert sorted(_readings(found)) == [
        ("mobility", "improved", "within_group"),
        ("pain", "improved", "between_groups"),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "The Barthel Index improved in both groups, and pain decreased more with massage than with "
        "usual care.",
        "Pain decreased more with massage than with usual care, and the Barthel Index improved in "
        "both groups.",
        # the later statement's result word before its outcome
        "The Barthel Index improved in both groups, and the massage group had lower pain than the "
        "usual care group.",
        "The Barthel Index improved in both groups, while pain was lower with massage than with "
        "usual care (p = 0.02).",
    ],
)
def test_statements_joined_without_p_values_keep_their_own_comparisons(sentence: str) -> None:
    found = _read(("METHODS", INTRO), ("RESULTS", sentence))
    assert sorted(_readings(found)) == [
        ("mobility", "improved", "within_group"),
        ("pain", "improved", "between_groups"),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Pain decreased more with massage than with usual care, and so did fatigue.",
        "Pain decreased more with massage than with usual care, and fatigue also.",
    ],
)
def test_an_outcome_joined_without_a_result_of_its_own_shares_the_comparison(sentence: str) -> None:
    found = _read(("METHODS", INTRO), ("RESULTS", sentence))
    assert sorted(_readings(found)) == [
        ("fatigue", "improved", "between_groups"),
        ("pain", "improved", "between_groups"),
    ]


def test_a_change_told_with_its_p_value_before_a_joined_comparison_is_never_between_the_groups() -> None:
    sentence = (
        "Fatigue decreased significantly (p < 0.01), and pain decreased more with massage than with "
        "usual care (p = 0.02)."
    )
    readings = _readings(_read(("METHODS", INTRO), ("RESULTS", sentence)))
    assert ("pain", "improved", "between_groups") in readings
    assert [r for r in readings if r[0] == "fatigue" and r[2] == "between_groups"] == []


def test_an_opening_comparison_speaks_for_every_statement_of_the_clause() -> None:
    found = _read(
        ("METHODS", INTRO),
        (
            "RESULTS",
            "Compared with usual care, the massage group had lower pain (p = 0.01), and anxiety "
            "decreased more (p = 0.02).",
        ),
    )
    assert sorted(_readings(found)) == [
        ("anxiety", "improved", "between_groups"),
        ("pain", "improved", "between_groups"),
    ]


def test_an_outcome_set_apart_from_another_is_no_arm_and_the_arms_stay_compared() -> None:
    found = _read(
        ("METHODS", INTRO),
        ("RESULTS", "Anxiety, but not fatigue, decreased more with massage than with usual care (p = 0.01)."),
    )
    assert sorted(_readings(found)) == [
        ("anxiety", "improved", "between_groups"),
        ("fatigue", "no_difference", "between_groups"),
    ]
    fatigue = next(f for f in found[0] if f.domain == "fatigue")
    assert fatigue.p_value is None  # the p-value is anxiety's


def test_an_outcome_set_apart_keeps_the_change_over_time_its_clause_states() -> None:
    found = _read(
        ("METHODS", INTRO),
        ("RESULTS", "Pain, but not fatigue, improved significantly after massage (p = 0.01)."),
    )
    assert sorted(_readings(found)) == [
        ("fatigue", "no_difference", "within_group"),
        ("pain", "improved", "within_group"),
    ]


def test_but_not_an_outcome_after_a_comparison_is_its_no_difference_between_the_groups() -> None:
    found = _read(
        ("METHODS", INTRO),
        ("RESULTS", "Compared with usual care, massage reduced anxiety (p = 0.01), but not fatigue."),
    )
    assert sorted(_readings(found)) == [
        ("anxiety", "improved", "between_groups"),
        ("fatigue", "no_difference", "between_groups"),
    ]


def test_an_outcome_that_did_not_takes_the_comparison_of_the_clause_before() -> None:
    found = _read(
        ("METHODS", INTRO), ("RESULTS", "Anxiety improved with massage (p = 0.01); depression did not.")
    )
    readings = {f.domain: (f.direction, f.comparison) for f in found[0]}
    assert readings["depression"] == ("no_difference", readings["anxiety"][1])
    found = _read(
        ("METHODS", INTRO),
        ("RESULTS", "Anxiety fell from baseline with massage (p = 0.01); depression did not."),
    )
    assert ("depression", "no_difference", "within_group") in _readings(found)


def test_an_arm_that_did_not_is_no_outcome() -> None:
    found = _read(
        ("METHODS", INTRO),
        ("RESULTS", "Anxiety fell from baseline with massage (p = 0.01), but not in the usual care group."),
    )
    assert {d for d, _, _ in _readings(found)} == {"anxiety"}  # and the usual care arm's no change


ONLY_ONE_DIFFERED = (
    "The Barthel Index and the FIM improved in both groups (p < 0.01), but only the FIM differed "
    "between groups (p = 0.02)."
)


def _by_instrument(found: tuple[list[Finding], list[str]]) -> list[tuple[str, str, str]]:
    return sorted((f.measure, f.direction, f.comparison) for f in found[0])


def test_only_one_outcome_differing_takes_the_way_the_conclusions_say_and_the_others_did_not_differ() -> None:
    found = _read(
        ("METHODS", INTRO),
        ("RESULTS", ONLY_ONE_DIFFERED),
        ("CONCLUSIONS", "Massage improved the FIM more than usual care."),
    )
    assert _by_instrument(found) == [
        ("Barthel Index", "improved", "within_group"),
        ("Barthel Index", "no_difference", "between_groups"),
        ("FIM", "improved", "between_groups"),
        ("FIM", "improved", "within_group"),
    ]


def test_only_one_outcome_differing_is_no_way_where_no_conclusion_says_it() -> None:
    found = _read(("METHODS", INTRO), ("RESULTS", ONLY_ONE_DIFFERED), ("CONCLUSIONS", "Massage may help."))
    assert _by_instrument(found) == [
        ("Barthel Index", "improved", "within_group"),
        ("Barthel Index", "no_difference", "between_groups"),
        ("FIM", "improved", "within_group"),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Fatigue improved in both groups (p < 0.01), and pain improved in the massage group only "
        "(p = 0.01; between-group p = 0.03).",
        "Pain improved in the massage group only (p = 0.01; between-group p = 0.03), and fatigue "
        "improved in both groups (p < 0.01).",
    ],
)
def test_a_between_group_p_value_is_the_comparison_of_its_own_statement_only(sentence: str) -> None:
    found = _read(("METHODS", INTRO), ("RESULTS", sentence))
    assert sorted(_readings(found)) == [
        ("fatigue", "improved", "within_group"),
        ("pain", "improved", "between_groups"),
        ("pain", "improved", "within_group"),
    ]


@pytest.mark.parametrize(
    "denial",
    ["but depression and fatigue did not", "but not depression or fatigue"],
)
def test_each_outcome_a_clause_denies_is_its_own_no_difference(denial: str) -> None:
    found = _read(
        ("METHODS", INTRO),
        ("RESULTS", f"Anxiety improved more with massage than with usual care (p = 0.01), {denial}."),
    )
    assert sorted(_readings(found)) == [
        ("anxiety", "improved", "between_groups"),
        ("depression", "no_difference", "between_groups"),
        ("fatigue", "no_difference", "between_groups"),
    ]


def test_outcomes_sharing_one_result_after_their_p_values_share_its_comparison() -> None:
    found = _read(
        ("METHODS", INTRO),
        (
            "RESULTS",
            "Anxiety (p = 0.01) and depression (p = 0.02) decreased more with massage than with usual care.",
        ),
    )
    assert sorted(_readings(found)) == [
        ("anxiety", "improved", "between_groups"),
        ("depression", "improved", "between_groups"),
    ]


def _p_values(found: tuple[list[Finding], list[str]]) -> list[tuple[str, str, str, str | None]]:
    return sorted((f.domain, f.direction, f.comparison, f.p_value) for f in found[0])


@pytest.mark.parametrize(
    ("quoted", "written"),
    [
        ("(p = 0.01, p = 0.32 and p = 0.04, respectively)", ("p = 0.04", "p = 0.32", "p = 0.01")),
        ("(P = 0.01, 0.32 and 0.04, respectively)", ("p = 0.04", "p = 0.32", "P = 0.01")),
        ("(respectively, p = 0.01, p = 0.32 and p = 0.04)", ("p = 0.04", "p = 0.32", "p = 0.01")),
    ],
)
def test_p_values_given_respectively_go_to_the_outcomes_in_their_order(
    quoted: str, written: tuple[str, str, str]
) -> None:
    found = _read(
        ("METHODS", INTRO), ("RESULTS", f"Pain, fatigue and anxiety decreased significantly {quoted}.")
    )
    assert [(d, w, p) for d, w, _, p in _p_values(found)] == [
        ("anxiety", "improved", written[0]),
        ("fatigue", "no_difference", written[1]),
        ("pain", "improved", written[2]),
    ]


def test_p_values_given_respectively_each_after_its_own_number_go_to_the_outcomes_in_order() -> None:
    sentence = (
        "Pain and fatigue were significantly lower with massage than with usual care "
        "(46.9%, P = 0.021 and 67.3%, P = 0.30, respectively)."
    )
    assert _p_values(_read(("METHODS", INTRO), ("RESULTS", sentence))) == [
        ("fatigue", "no_difference", "between_groups", "P = 0.30"),
        ("pain", "improved", "between_groups", "P = 0.021"),
    ]


def test_p_values_given_respectively_after_another_result_go_to_the_outcomes_after_it() -> None:
    sentence = (
        "Pain was lower with massage than with usual care (p = 0.01), and fatigue and anxiety were "
        "lower (p = 0.02 and p = 0.30, respectively)."
    )
    assert _p_values(_read(("METHODS", INTRO), ("RESULTS", sentence))) == [
        ("anxiety", "no_difference", "between_groups", "p = 0.30"),
        ("fatigue", "improved", "between_groups", "p = 0.02"),
        ("pain", "improved", "between_groups", "p = 0.01"),
    ]


@pytest.mark.parametrize(
    "values",
    [
        "Pain and fatigue scores were 3.1, 2.0 and 3.5, 2.8 in the massage and usual care groups",
        "Pain and fatigue scores were 31%, 20% and 35%, 28% for the massage and usual care groups",
    ],
)
def test_p_values_given_respectively_after_each_arms_values_of_two_outcomes_are_the_outcomes(
    values: str,
) -> None:
    """Fictional: "A and B were 3.1, 2.0 and 3.5, 2.8 in the X and Y groups (p = 0.21 and p = 0.03,
    respectively)": the two values before each arm are its values of the two outcomes, so the
    p-values are the outcomes' in turn, not each arm's own. The first outcome keeps its test;
    which way the second went the layout of the values leaves open, so it is not read."""
    sentence = f"{values} (p = 0.21 and p = 0.03, respectively)."
    assert _p_values(_read(("METHODS", INTRO), ("RESULTS", sentence))) == [
        ("pain", "no_difference", "between_groups", "p = 0.21"),
    ]


def test_an_outcome_joined_to_the_next_by_and_shares_its_bracketed_p_value() -> None:
    """Fictional: "A (p = 0.02), B and C (p = 0.30) improved more": the list gives its items their
    own p-values, and B's is the bracket after "B and C", as C's is."""
    sentence = "Compared with usual care, fatigue (p = 0.02), anxiety and depression (p = 0.30) improved more with massage."
    assert _p_values(_read(("METHODS", INTRO), ("RESULTS", sentence))) == [
        ("anxiety", "no_difference", "between_groups", "p = 0.30"),
        ("depression", "no_difference", "between_groups", "p = 0.30"),
        ("fatigue", "improved", "between_groups", "p = 0.02"),
    ]


def test_p_values_given_respectively_after_a_listed_object_split_the_list() -> None:
    """Fictional: "lowered A and B (p = 0.01 and p = 0.30, respectively)": each item its own test,
    as if bracketed after it, and the sentence's comparison for both."""
    sentence = (
        "Massage lowered fasting insulin and HbA1c compared with usual care "
        "(p = 0.01 and p = 0.30, respectively)."
    )
    found = _read(("METHODS", INTRO), ("RESULTS", sentence))
    assert sorted((f.measure, f.direction, f.comparison, f.p_value) for f in found[0]) == [
        ("HbA1c", "no_difference", "between_groups", "p = 0.30"),
        ("fasting insulin", "improved", "between_groups", "p = 0.01"),
    ]


def test_p_values_each_after_its_own_number_then_respectively_go_to_the_outcomes_in_order() -> None:
    """Fictional: "A and B fell by 1.2 (CI; p = 0.01) and 0.3 (CI; p = 0.24), respectively": the
    second outcome's test is the second, not the first the clause quotes."""
    sentence = (
        "Pain and fatigue fell more with massage than with usual care, by 1.2 points "
        "(95% CI 0.4 to 2.0; p = 0.01) and 0.3 points (95% CI -0.2 to 0.8; p = 0.24), respectively."
    )
    assert _p_values(_read(("METHODS", INTRO), ("RESULTS", sentence))) == [
        ("fatigue", "no_difference", "between_groups", "p = 0.24"),
        ("pain", "improved", "between_groups", "p = 0.01"),
    ]


def test_p_values_after_numbers_given_respectively_go_to_the_outcomes_in_order() -> None:
    """Fictional: "A and B fell by 1.2 and 0.3 points, respectively, compared with usual care (p =
    0.01 and p = 0.30)": the "respectively" orders the p-values after it as well."""
    sentence = (
        "Pain and fatigue fell by 1.2 and 0.3 points, respectively, more with massage than with "
        "usual care (p = 0.01 and p = 0.30)."
    )
    assert _p_values(_read(("METHODS", INTRO), ("RESULTS", sentence))) == [
        ("fatigue", "no_difference", "between_groups", "p = 0.30"),
        ("pain", "improved", "between_groups", "p = 0.01"),
    ]


def test_p_values_given_respectively_after_changes_a_treatment_resulted_in() -> None:
    """Fictional: "X resulted in a decrease in A and an increase in B (p < 0.001 and p = 0.001,
    respectively)": X caused the changes and is no outcome to take a p-value of its own."""
    found = _read(
        ("METHODS", "Sixty adults with obesity were randomized to fictolan or placebo for 12 weeks."),
        (
            "RESULTS",
            "Fictolan resulted in a decrease in triglycerides and an increase in fasting insulin "
            "(within groups p < 0.001 and p = 0.30, respectively).",
        ),
    )
    assert sorted((f.measure, f.direction, f.comparison, f.p_value) for f in found[0]) == [
        ("fasting insulin", "no_difference", "within_group", "p = 0.30"),
        ("triglycerides", "improved", "within_group", "p < 0.001"),
    ]


def test_one_outcomes_p_values_given_respectively_are_its_arms_not_other_outcomes() -> None:
    sentence = "Pain decreased in the massage and usual care groups (p = 0.01 and p = 0.30, respectively)."
    found = _read(("METHODS", INTRO), ("RESULTS", sentence))
    # the tested arm's change, and the comparator arm's lack of one, each with its own p-value
    assert [(f.domain, f.comparator, f.p_value) for f in found[0]] == [
        ("pain", None, "p = 0.01"),
        ("pain", "usual care", "p = 0.30"),
    ]


@pytest.mark.parametrize("arms", ["in both groups", "in each group"])
def test_p_values_given_respectively_after_both_groups_go_to_the_outcomes_in_order(arms: str) -> None:
    """Fictional: "both groups" names no order of arms; "respectively" follows the outcomes."""
    sentence = f"Pain and fatigue decreased {arms} (p = 0.02 and p = 0.04, respectively)."
    found = _read(("METHODS", INTRO), ("RESULTS", sentence))
    assert _p_values(found) == [
        ("fatigue", "improved", "within_group", "p = 0.04"),
        ("pain", "improved", "within_group", "p = 0.02"),
    ]


@pytest.mark.parametrize(
    "sentence",
    [  # fictional: each arm's values before and after, each arm's own p-value
        "Pain decreased following both massage and usual care (6.4 vs 3.0, p < 0.001 in the massage group; "
        "p = 0.2 in usual care).",
        "Pain decreased in both groups (6.4 vs 3.0, p < 0.001 in the massage group; p = 0.2 in the usual "
        "care group).",
    ],
)
def test_each_arms_own_p_value_after_both_arms_changed_is_no_comparison_of_the_arms(sentence: str) -> None:
    found = _read(("METHODS", INTRO), ("RESULTS", sentence))
    assert found[0]
    assert {f.comparison for f in found[0]} == {"within_group"}


@pytest.mark.parametrize(
    "sentence",
    [  # fictional: each arm's own p-value on either side of "compared with"
        "A significant reduction in spasm frequency was seen in the massage group (p = 0.02), compared with "
        "the usual care group (p = 0.38).",
        "Spasm frequency fell in the massage group (p = 0.02) versus the usual care group (p = 0.38).",
    ],
)
def test_each_arms_own_p_value_set_beside_the_others_is_each_arms_own_change(sentence: str) -> None:
    found = _read(("METHODS", INTRO), ("RESULTS", sentence))
    assert sorted(_readings(found)) == [
        ("spasticity", "improved", "within_group"),
        ("spasticity", "no_difference", "within_group"),
    ]
    assert [f.comparator for f in found[0] if f.direction == "no_difference"] == ["usual care"]


def test_p_values_given_respectively_after_the_arms_are_not_given_to_the_outcomes() -> None:
    sentence = "Pain and fatigue decreased in the massage and usual care groups (p = 0.01 and p = 0.30, respectively)."
    found = _read(("METHODS", INTRO), ("RESULTS", sentence))
    # the second p-value is the comparator arm's, not fatigue's
    assert {(f.comparator, f.p_value) for f in found[0]} == {(None, "p = 0.01"), ("usual care", "p = 0.30")}


@pytest.mark.parametrize(
    "sentence",
    [
        "Pain was lower with massage than with usual care (p = 0.01), and fatigue was lower too (p = 0.02).",
        "Pain was higher with usual care than with massage (p = 0.01), and fatigue was higher too (p = 0.02).",
    ],
)
def test_a_bare_comparative_after_a_comparison_of_the_arms_compares_them_too(sentence: str) -> None:
    found = _read(("METHODS", INTRO), ("RESULTS", sentence))
    assert sorted(_readings(found)) == [
        ("fatigue", "improved", "between_groups"),
        ("pain", "improved", "between_groups"),
    ]


def test_a_list_sharing_the_word_levels_gives_each_measure_its_own_finding_and_good_side() -> None:
    sentence = "Prolactin and cortisol levels decreased more with massage than with usual care (p = 0.01)."
    found = _read(("METHODS", INTRO), ("RESULTS", sentence))
    assert sorted((f.measure, f.change, f.direction) for f in found[0]) == [
        ("Prolactin", "decreased", "not_applicable"),
        ("cortisol levels", "decreased", "improved"),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Fatigue was lower at PT compared with BL (p = 0.01).",
        "Fatigue at PT was lower than at BL (p = 0.01).",
    ],
)
def test_a_comparison_with_the_abstracts_short_name_for_baseline_is_within_the_group(sentence: str) -> None:
    methods = f"{INTRO} Fatigue was rated at baseline (BL) and after treatment (PT)."
    assert _readings(_read(("METHODS", methods), ("RESULTS", sentence))) == [
        ("fatigue", "improved", "within_group")
    ]


@pytest.mark.parametrize(
    "results",
    [
        "Massage reduced pain compared with usual care (p = 0.01). It also reduced fatigue (p = 0.02).",
        "Patients receiving massage had lower pain than usual care patients (p = 0.01). "
        "They also had less fatigue (p = 0.02).",
    ],
)
def test_a_pronoun_with_also_after_the_tested_arms_comparison_is_that_arm_compared_again(
    results: str,
) -> None:
    found = _read(("METHODS", INTRO), ("RESULTS", results))
    assert sorted((f.domain, f.direction, f.comparison, f.comparator) for f in found[0]) == [
        ("fatigue", "improved", "between_groups", "usual care"),
        ("pain", "improved", "between_groups", "usual care"),
    ]


def test_a_pronoun_with_also_after_the_tested_arms_change_from_baseline_is_its_change_again() -> None:
    results = "Massage reduced pain from baseline (p = 0.01). It also reduced fatigue (p = 0.02)."
    assert sorted(_readings(_read(("METHODS", INTRO), ("RESULTS", results)))) == [
        ("fatigue", "improved", "within_group"),
        ("pain", "improved", "within_group"),
    ]


@pytest.mark.parametrize(
    ("results", "comparison", "comparator"),
    [
        (
            "Compared with usual care, massage reduced pain at week 4 (p = 0.01). "
            "Fatigue also decreased (p = 0.02).",
            "between_groups",
            "usual care",
        ),
        (
            "Massage reduced pain from baseline (p = 0.01). Fatigue likewise decreased (p = 0.02).",
            "within_group",
            None,
        ),
        # fictional: the change named by its noun, "also" seen
        (
            "Massage reduced pain from baseline (p = 0.01). Significant reductions were also seen in "
            "fatigue (p = 0.02).",
            "within_group",
            None,
        ),
        (
            "Massage reduced pain from baseline (p = 0.01). There were also significant reductions in "
            "fatigue (p = 0.02).",
            "within_group",
            None,
        ),
        (
            "Massage reduced pain from baseline (p = 0.01). Reductions in fatigue (p = 0.02) were also noted.",
            "within_group",
            None,
        ),
        # without "also", the sentence before does not speak for it
        (
            "Massage reduced pain from baseline (p = 0.01). Reductions in fatigue (p = 0.02) were noted.",
            "unclear",
            None,
        ),
    ],
)
def test_another_outcome_that_also_went_some_way_is_compared_as_the_sentence_before(
    results: str, comparison: str, comparator: str | None
) -> None:
    found = _read(("METHODS", INTRO), ("RESULTS", results))
    assert [(f.comparison, f.comparator) for f in found[0] if f.domain == "fatigue"] == [
        (comparison, comparator)
    ]


def test_a_pronoun_after_the_control_arms_comparison_is_not_read_as_the_tested_arm() -> None:
    results = (
        "Patients in the usual care group had higher pain than those in the massage group (p = 0.01). "
        "They also had more fatigue (p = 0.02)."
    )
    found = _read(("METHODS", INTRO), ("RESULTS", results))
    assert [f.comparison for f in found[0] if f.domain == "fatigue"] == ["unclear"]


def test_it_changed_after_a_sentence_naming_one_outcome_is_that_outcomes_result() -> None:
    methods = ("METHODS", "Twenty patients received six sessions of massage.")
    results = "Fatigue was 5.1 before massage. It decreased significantly after the sessions (p = 0.01)."
    assert _readings(_read(methods, ("RESULTS", results))) == [("fatigue", "improved", "within_group")]
    two = "Fatigue and pain were 5.1 and 4.2 before massage. It decreased significantly after the sessions (p = 0.01)."
    assert _read(methods, ("RESULTS", two))[0] == []


@pytest.mark.parametrize(
    "results",
    [
        # fictional: the effect ended is told by name, after a clause about another outcome
        (
            "Fatigue was lower with massage than with usual care at 10 weeks (p = 0.02). Pain did not "
            "differ (p = 0.40). The improvement in balance was maintained at 26 weeks, but the improvement "
            "in fatigue was not sustained."
        ),
        (
            "Fatigue was lower with massage than with usual care at 10 weeks (p = 0.02); however, the "
            "improvement in fatigue was not sustained at 26 weeks."
        ),
    ],
)
def test_an_effect_said_not_sustained_by_name_ends_the_effect_read_before(results: str) -> None:
    methods = "Sixty adults with MS were randomized to massage or usual care for 10 weeks."
    found = _read(("METHODS", methods), ("RESULTS", results))[0]
    assert [(f.direction, f.comparison, f.timepoint) for f in found if f.domain == "fatigue"] == [
        ("improved", "between_groups", "end of treatment"),
        ("no_difference", "between_groups", "follow-up (26 weeks)"),
    ]


def test_an_effect_said_not_sustained_with_no_effect_read_before_is_no_improvement() -> None:
    found = _read(  # fictional: the fatigue result before was not read; "improvement" is no gain
        ("METHODS", "Fifteen adults with MS completed 10 weeks of home balance exercises."),
        ("RESULTS", "Balance improved, but the improvement in fatigue was not sustained at follow-up."),
    )[0]
    assert [f.domain for f in found] == ["balance"]


def test_a_change_during_one_period_but_not_during_the_other_is_each_periods_own() -> None:
    found = _read(  # fictional crossover
        ("METHODS", "Twenty residents received aromatherapy and placebo in random order, 2 weeks each."),
        ("RESULTS", "Agitation decreased during aromatherapy (p = 0.04) but not during placebo."),
    )[0]
    assert [(f.direction, f.comparison, f.comparator) for f in found] == [
        ("improved", "within_group", None),
        ("no_difference", "within_group", "placebo"),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "The reduction in fatigue was greater with fictolan 10 mg versus placebo (p = 0.01), but not with 5 mg "
        "(p = 0.40).",
        "Fatigue improved significantly with 10 mg compared with placebo (p = 0.01), whereas the 5 mg dose did "
        "not differ from placebo (p = 0.40).",
    ],
)
def test_another_doses_lack_of_difference_is_that_doses_finding_beside_the_first(sentence: str) -> None:
    record = Record(
        pmid="1",
        title="Fictolan 5 mg and 10 mg versus placebo for fatigue: a randomized trial (fictional)",
        abstract=(
            AbstractSection(
                text="Ninety patients were randomized to fictolan 5 mg, fictolan 10 mg or placebo for 12 weeks.",
                label="METHODS",
            ),
            AbstractSection(text=sentence, label="RESULTS"),
        ),
    )
    vocabulary = load_vocabulary()
    found, _ = findings(record, vocabulary, study_facts(record, vocabulary))
    assert sorted((f.direction, f.comparison, f.comparator, f.p_value) for f in found) == [
        ("improved", "between_groups", "placebo", "p = 0.01"),
        ("no_difference", "between_groups", "placebo", "p = 0.40"),
    ]


def test_another_session_lengths_lack_of_difference_is_that_arms_finding_beside_the_first() -> None:
    found = _read_titled(
        "Massage of two lengths for neck pain: a fictional trial",
        "Participants were randomized to 30-min massage, 60-min massage, or usual care.",
        "The 60-min massage group had greater improvements in neck pain than usual care (p = 0.01), "
        "whereas the 30-min group did not differ from usual care.",
    )
    assert sorted((f.direction, f.comparison) for f in found) == [
        ("improved", "between_groups"),
        ("no_difference", "between_groups"),
    ]


def test_another_dose_left_out_of_a_comparison_from_baseline_is_still_compared_with_placebo() -> None:
    """Fictional: "higher with 10 mg versus placebo, but not with 5 mg" sets the arms against each
    other, then says the 5 mg dose did not differ from placebo; the "from baseline" of the outcome's
    own name does not make it a change within one arm."""
    found = _read_titled(
        "Fictolan 5 mg and 10 mg versus placebo for fatigue: a randomized trial (fictional)",
        "Ninety patients were randomized to fictolan 5 mg, fictolan 10 mg or placebo for 12 weeks.",
        "The share of patients with a 50% reduction in fatigue from baseline was significantly"
        " higher with fictolan 10 mg versus placebo, but not with 5 mg doses.",
    )
    assert sorted((f.direction, f.comparison) for f in found) == [
        ("improved", "between_groups"),
        ("no_difference", "between_groups"),
    ]


def test_a_clause_naming_the_same_dose_still_qualifies_the_result_before() -> None:
    sentence = "Fatigue was lower with 10 mg than with placebo, but this was not significant (p = 0.40)."
    found = _read(("METHODS", INTRO), ("RESULTS", sentence))
    assert [(f.direction, f.comparison) for f in found[0]] == [("no_difference", "between_groups")]


def test_another_dose_told_in_a_sentence_of_its_own_is_that_doses_finding_beside_the_first() -> None:
    record = Record(
        pmid="1",
        title="Fictolan 5 mg and 10 mg versus placebo for fatigue: a randomized trial (fictional)",
        abstract=(
            AbstractSection(
                text="Ninety patients were randomized to fictolan 5 mg, fictolan 10 mg or placebo for 12 weeks.",
                label="METHODS",
            ),
            AbstractSection(
                text="Fatigue decreased significantly with fictolan 10 mg compared with placebo (p = 0.01). "
                "The 5 mg dose did not differ from placebo (p = 0.40).",
                label="RESULTS",
            ),
        ),
    )
    vocabulary = load_vocabulary()
    found, _ = findings(record, vocabulary, study_facts(record, vocabulary))
    assert sorted((f.direction, f.comparison, f.p_value) for f in found) == [
        ("improved", "between_groups", "p = 0.01"),
        ("no_difference", "between_groups", "p = 0.40"),
    ]


def test_not_compared_with_the_control_group_does_not_deny_an_effect_against_a_named_comparator() -> None:
    # fictional: "the control group" may be the usual care the effect was set against
    said = (
        "Fatigue was lower with aquatic exercise than with the wait-list (p = 0.01), "
        "but not compared with the control group."
    )
    found = _read(("METHODS", AQUATIC), ("RESULTS", said))[0]
    assert [(f.direction, f.comparison) for f in found] == [("improved", "between_groups")]


@pytest.mark.parametrize(
    "results",
    [
        "There was no pain reduction in either group.",
        "There was no significant pain reduction in either group.",
        "No reduction in pain was seen in either group.",
    ],
)
def test_no_reduction_with_the_outcome_inside_it_is_no_change(results: str) -> None:
    # fictional: "reduction" is the change denied, never a fall of pain
    assert _readings(_read(("METHODS", INTRO), ("RESULTS", results))) == [
        ("pain", "no_difference", "within_group")
    ]


@pytest.mark.parametrize(
    ("methods", "results"),
    [
        (
            INTRO,
            "The summed pain intensity difference was greater with fictolan than with placebo (p = 0.01).",
        ),
        (
            "Efficacy was assessed by the summed pain intensity difference (SPID).",
            "SPID was higher with fictolan than with placebo (p = 0.01).",
        ),
        (
            INTRO,
            "The sum of pain intensity differences increased more with fictolan than with placebo (p = 0.01).",
        ),
    ],
)
def test_a_larger_pain_intensity_difference_is_more_relief(methods: str, results: str) -> None:
    # fictional: the difference is baseline pain minus pain since; a larger one is less pain
    found = _read(("METHODS", methods), ("RESULTS", results))
    assert [(f.domain, f.change, f.direction) for f in found[0]] == [("pain", "increased", "improved")]


def test_a_pain_intensity_difference_in_the_methods_leaves_pain_read_its_own_way() -> None:
    # fictional: the difference is a measure beside pain, not a scale that turns pain around
    found = _read(
        ("METHODS", "Efficacy was assessed by the summed pain intensity difference over 24 hours (SPID24)."),
        ("RESULTS", "Fictolan gave significantly greater pain reductions than placebo (p < 0.05)."),
    )
    assert [(f.domain, f.change, f.direction) for f in found[0]] == [("pain", "decreased", "improved")]


@pytest.mark.parametrize(
    "results",
    [
        "Follow-up values were similar in the two groups.",
        "Final scores did not differ between the groups (p = 0.40).",
        "Post-treatment results were similar in both arms (p = 0.52).",
    ],
)
def test_values_with_no_measure_named_are_no_outcome(results: str) -> None:
    # fictional: when and in what form the result was taken, never what was measured
    assert _read(("METHODS", INTRO), ("RESULTS", results))[0] == []


@pytest.mark.parametrize(
    "results",
    [
        "Stress-free days were more frequent with massage than with usual care (p = 0.01).",
        "The massage group reported more stress free days than the control group (p = 0.01).",
    ],
)
def test_more_days_free_of_an_outcome_is_less_of_it(results: str) -> None:
    # fictional: "stress-free" is the absence of stress; more of it is an improvement
    found = _read(("METHODS", INTRO), ("RESULTS", results))
    assert [(f.domain, f.change, f.direction) for f in found[0]] == [("stress", "increased", "improved")]


@pytest.mark.parametrize(
    "results",
    [
        "Anxiety fell more in the Stress Free group than in the control group (p = 0.01).",
        "Anxiety fell more with the Pain Free app than with the control app (p = 0.01).",
        "Anxiety fell more with the stress app than with usual care (p = 0.01).",
    ],
)
def test_a_product_named_after_an_outcome_is_no_outcome(results: str) -> None:
    # fictional: the app is what was used; anxiety is the only outcome reported
    found = _read(("METHODS", INTRO), ("RESULTS", results))
    assert [(f.domain, f.direction) for f in found[0]] == [("anxiety", "improved")]


def test_a_product_name_alone_is_no_measure() -> None:
    # fictional: "Smoke Free" is the app compared, not something it changed
    assert (
        _read(("METHODS", INTRO), ("RESULTS", "Smoke Free was better than the control app (p = 0.01)."))[0]
        == []
    )


@pytest.mark.parametrize(
    "results",
    [
        "Participants in both groups showed comparable chances for improvement in fatigue.",
        "Both groups had similar chances of improvement of fatigue.",
    ],
)
def test_comparable_chances_of_improvement_are_no_difference_between_the_arms(results: str) -> None:
    # fictional: the arms were alike in how likely an improvement was; no change is reported
    assert _readings(_read(("METHODS", INTRO), ("RESULTS", results))) == [
        ("fatigue", "no_difference", "between_groups")
    ]


def test_a_subgroup_of_the_people_is_no_measure() -> None:
    # fictional: the tertiles, the clause opening "When" and the men "whose" ages are who and
    # how the result was split, not what changed; no finding may name them
    found = _read(
        ("METHODS", INTRO),
        (
            "RESULTS",
            "When sex and weight were considered, ZX1 among men whose ages fell in the upper tertiles "
            "and whose weights fell in the lower tertiles (n = 14) showed a 9% rise in ZX1 after massage "
            "(p < 0.001), while no change in ZX1 was seen in the remaining men (n = 30).",
        ),
    )
    assert [f.measure for f in found[0] if f.measure != "ZX1"] == []


@pytest.mark.parametrize(
    "sentence",
    [  # fictional: why people left the study, a harm a few had, the kinds of harm there were
        "One patient withdrew because of increased pain.",
        "Four participants were lost to follow-up and two withdrew due to worsening fatigue.",
        "Withdrawal due to worsening pain was more frequent in the usual care group.",
        "Two participants in the massage group withdrew after experiencing increased back pain.",
        "Two patients reported transient increased pain after the first session.",
        "Mild increases in fatigue were reported by two patients after massage.",
        "No serious adverse events occurred; two patients had a temporary increase in pain.",
        "Minor adverse events included increased pain and bruising.",
        "One patient in each group reported increased pain.",
        "Pain worsened in two patients in the usual care group.",
        "No patient reported increased spasticity.",
        "None of the participants reported worsening of fatigue.",
        "Of the five dropouts, three cited increased fatigue.",
        "One patient was withdrawn after a marked increase in pain.",
    ],
)
def test_a_harm_or_a_reason_for_leaving_the_study_is_no_finding(sentence: str) -> None:
    found, _ = _read(("METHODS", INTRO), ("RESULTS", sentence))
    assert found == []


def test_a_result_beside_why_nobody_left_is_still_read() -> None:
    found, _ = _read(
        ("METHODS", INTRO),
        (
            "RESULTS",
            "Pain was lower with massage than with usual care, and no patient withdrew because of adverse events.",
        ),
    )
    assert [(f.domain, f.direction, f.comparison) for f in found] == [("pain", "improved", "between_groups")]


def test_no_difference_from_baseline_at_follow_up_is_no_comparison_of_the_arms() -> None:
    """ "..., but did not differ from baseline at 12 weeks": the measure back where it started at
    follow-up, a change over time; the arms' comparison at the end of treatment stands alone."""
    found, _ = _read(
        ("METHODS", INTRO),
        (
            "RESULTS",
            "Pain was lower in the massage group than in the usual care group at 6 weeks (p = 0.01),"
            " but did not differ from baseline at 12 weeks.",
        ),
    )
    readings = [(f.domain, f.direction, f.comparison, f.timepoint) for f in found]
    assert ("pain", "improved", "between_groups", "end of treatment") in readings
    assert [r for r in readings if r[1:3] == ("no_difference", "between_groups")] == []


@pytest.mark.parametrize(
    "sentence",
    [  # fictional: two results, the second's verb left out, and the arms named once at the end
        "Anxiety was lower (p = 0.01) and self-esteem higher (p = 0.02) in the massage group than in the usual care group.",
        "Anxiety was lower (p = 0.01), and self-esteem higher (p = 0.02), with massage than with usual care.",
    ],
)  # fmt: skip
def test_the_arms_named_after_a_gapped_second_result_compare_the_first_too(sentence: str) -> None:
    """ "A was lower (p) and B higher (p) in X than in Y": B's verb is A's, left out, so the
    comparison said after both is both results' own."""
    found, _ = _read(("METHODS", INTRO), ("RESULTS", sentence))
    assert [(f.domain, f.direction, f.comparison) for f in found] == [
        ("anxiety", "improved", "between_groups"),
        ("self_esteem", "improved", "between_groups"),
    ]


def test_a_result_with_its_own_verb_keeps_its_own_comparison() -> None:
    """ "A fell in both groups (p) and B was higher with massage than with usual care (p)": the
    arms compared are B's alone."""
    found, _ = _read(
        ("METHODS", INTRO),
        (
            "RESULTS",
            "Anxiety fell in both groups (p = 0.01) and self-esteem was higher in the massage group than in"
            " the usual care group (p = 0.02).",
        ),
    )
    assert ("anxiety", "within_group") in [(f.domain, f.comparison) for f in found]
    assert ("anxiety", "between_groups") not in [(f.domain, f.comparison) for f in found]


@pytest.mark.parametrize(
    "sentence",
    [  # fictional: a harm told after an outcome's result, with a comparative of its own
        "Pain was lower in the massage group, and adverse events were more frequent (p = 0.01).",
        "Pain was lower in the massage group (p = 0.02), and side effects were more common (p = 0.01).",
        "Pain was lower in the massage group, but the rate of adverse events was higher (p = 0.04).",
    ],
)
def test_a_harm_told_after_a_result_lends_it_no_comparative(sentence: str) -> None:
    """The harm's "more frequent" is the harm's own: the outcome before it keeps its reading
    and is never read worsened from it."""
    found, _ = _read(("METHODS", INTRO), ("RESULTS", sentence))
    assert [(f.domain, f.direction) for f in found] == [("pain", "improved")]


@pytest.mark.parametrize(
    "sentence",
    [  # fictional: a result, then a clause about tolerability or harms with no outcome of its own
        "Massage reduced pain (p = 0.01) and did not adversely affect tolerability.",
        "Pain was lower in the massage group (p = 0.02), and safety was not compromised.",
        "Massage reduced pain (p = 0.01) but did not increase side effects.",
    ],
)
def test_a_harm_clause_after_a_result_is_no_denial_of_it(sentence: str) -> None:
    """ "did not adversely affect tolerability" speaks of the harms, never of the pain before it:
    read as pain's, it would turn the trial's gain into no difference."""
    found, _ = _read(("METHODS", INTRO), ("RESULTS", sentence))
    assert ("pain", "no_difference") not in [(f.domain, f.direction) for f in found]
    assert ("pain", "improved") in [(f.domain, f.direction) for f in found]


@pytest.mark.parametrize(
    "sentence",
    [  # fictional: the groups at baseline, who took part, who could, and what the study was sized for
        "The massage group had higher baseline anxiety than the usual care group.",
        "Baseline fatigue was significantly lower in the usual care group (p = 0.03).",
        "Participants were mostly women with a mean age of 54 years and reduced quality of life.",
        "Patients with reduced mobility were excluded.",
        "Patients with increased pain in the last week were not eligible.",
        "Eligible patients had increased fatigue.",
        "The groups were well balanced except that pain was higher in the massage group.",
        "Participants in the massage group were older and had more severe fatigue.",
        "Women comprised 70% of the sample and most had increased anxiety.",
        "Several studies have reported that reflexology improves sleep.",
        "The sample size was calculated to detect a 10-point reduction in pain.",
        "A sample of 30 per group was needed to detect a 20% decrease in fatigue.",
        "We examined whether weekly massage improves sleep.",
    ],
)
def test_a_description_of_the_study_is_no_finding(sentence: str) -> None:
    found, _ = _read(("METHODS", INTRO), ("RESULTS", sentence))
    assert found == []


@pytest.mark.parametrize(
    "sentence",
    [  # fictional: results beside the words the descriptions above use
        "Pain decreased significantly in 20 of 25 patients.",
        "Baseline-adjusted pain scores were lower in the massage group (p = 0.01).",
        "Twelve of 20 patients reported decreased pain after massage (p = 0.04).",
    ],
)
def test_a_result_near_the_words_of_a_description_is_still_read(sentence: str) -> None:
    found, _ = _read(("METHODS", INTRO), ("RESULTS", sentence))
    assert [(f.domain, f.direction) for f in found] == [("pain", "improved")]


@pytest.mark.parametrize(
    "sentence",
    [  # fictional: how the study ran, where it never set out to measure it
        "Adherence increased over time.",
        "Attendance decreased over the 6 weeks.",
        "Compliance was significantly higher in the massage group (p = 0.02).",
        "The dropout rate was 12% and did not differ between groups.",
        "The follow-up rate was lower in the usual care group (p = 0.04).",
        "The response rate to the questionnaire did not differ between groups.",
        "Recruitment was significantly slower at the second site (p = 0.03).",
        "Session completion was higher in the massage group (p = 0.03).",
    ],
)
def test_how_the_study_ran_is_no_finding(sentence: str) -> None:
    found, _ = _read(("METHODS", INTRO), ("RESULTS", sentence))
    assert found == []


@pytest.mark.parametrize(
    "sentence",
    [  # fictional: what a characteristic of the patients did to a measure
        "The influence of body weight on pain was significantly greater in the massage group.",
        "Impact of age on fatigue was significantly higher in the usual care group (p = 0.02).",
    ],
)
def test_the_effect_of_a_characteristic_on_a_measure_is_no_finding(sentence: str) -> None:
    found, _ = _read(("METHODS", INTRO), ("RESULTS", sentence))
    assert found == []


def test_the_effect_of_the_treatment_on_a_measure_is_still_read() -> None:
    found, _ = _read(
        ("METHODS", INTRO),
        (
            "RESULTS",
            "The effect of the intervention on pain was significant, with lower pain than usual care (p = 0.01).",
        ),
    )
    assert [(f.domain, f.direction) for f in found] == [("pain", "improved")]


def test_adherence_the_study_set_out_to_change_is_a_finding() -> None:
    found, _ = _read(
        ("METHODS", f"{INTRO} The primary outcome was adherence to pain medication."),
        ("RESULTS", "Adherence was significantly higher in the massage group (p = 0.02)."),
    )
    assert [(f.domain, f.change, f.comparison) for f in found] == [("other", "increased", "between_groups")]


@pytest.mark.parametrize(
    "sentence",
    [  # fictional: what the protocol did, meant or counted; what the illness is like; kinds of people
        "Sessions were stopped if pain increased.",
        "Rescue medication was given when pain worsened.",
        "The usual care group received standard care aimed at reducing pain.",
        "Participants were encouraged to increase physical activity.",
        "Response was defined as a 30% reduction in pain.",
        "A reduction of 2 points on the pain scale was considered clinically meaningful.",
        "Higher scores indicate worse fatigue.",
        "Anxiety scores of 40 or more indicate high anxiety.",
        "Most participants expected massage to reduce their pain.",
        "Patients with chronic pain often report poor sleep and increased fatigue.",
        "Women and men did not differ in pain reduction.",
        "Pain reduction was greater in older patients.",
        "Pain was higher in obese patients (p = 0.02).",
        "Fatigue was worse among smokers (p = 0.03).",
    ],
)
def test_what_the_protocol_did_or_meant_is_no_finding(sentence: str) -> None:
    found, _ = _read(("METHODS", INTRO), ("RESULTS", sentence))
    assert found == []


@pytest.mark.parametrize(
    "sentence",
    [  # fictional: results beside the words of a protocol, and women who were the whole sample
        "Pain decreased more when massage was combined with stretching (p = 0.01).",
        "Lower pain scores in the massage group indicated a benefit of massage.",
        "Pain was lower in women who received massage than in those given usual care (p = 0.02).",
    ],
)
def test_a_result_near_the_words_of_a_protocol_is_still_read(sentence: str) -> None:
    found, _ = _read(("METHODS", INTRO), ("RESULTS", sentence))
    assert [(f.domain, f.direction) for f in found] == [("pain", "improved")]


def test_the_opening_of_an_unlabelled_abstract_before_its_design_in_the_active_voice_is_no_finding() -> None:
    found, _ = _read(
        "Fatigue is common in multiple sclerosis and reduces quality of life. We randomised 40 patients "
        "to massage or rest. Fatigue decreased more with massage than with rest (p = 0.01)."
    )
    assert [(f.domain, f.direction, f.comparison) for f in found] == [
        ("fatigue", "improved", "between_groups")
    ]


def test_a_reason_given_in_a_conclusion_is_no_finding() -> None:
    found, _ = _read(
        ("METHODS", INTRO),
        ("RESULTS", "Fatigue decreased more with massage than with usual care (p = 0.01)."),
        ("CONCLUSIONS", "Because anxiety increases pain, massage could help."),
    )
    assert [(f.domain, f.comparison) for f in found] == [("fatigue", "between_groups")]


@pytest.mark.parametrize(
    ("result", "reading"),
    [  # fictional: people told by a change of the outcome, counted in each arm
        ("Fewer patients reported increased pain with massage than with usual care (p = 0.02).", ("decreased", "improved")),
        ("The number of patients reporting increased pain was lower with massage (3 vs 9, p = 0.04).", ("decreased", "improved")),
        ("The proportion of patients with reduced pain was lower with massage than with usual care (p = 0.02).", ("increased", "worsened")),
        ("More patients reported reduced pain with massage than with usual care (p = 0.02).", ("decreased", "improved")),
        ("More patients reported increased pain with usual care than with massage (p = 0.02).", ("decreased", "improved")),
    ],
)  # fmt: skip
def test_fewer_people_whose_outcome_changed_one_way_is_a_change_the_other_way(
    result: str, reading: tuple[str, str]
) -> None:
    finding = _only(_read(("METHODS", INTRO), ("RESULTS", result)))
    assert (finding.domain, finding.change, finding.direction, finding.comparison) == (
        "pain",
        *reading,
        "between_groups",
    )


@pytest.mark.parametrize(
    ("result", "direction"),
    [  # fictional: two active techniques, the one the methods name first the tested one
        ("Pain was lower after landmark-guided injection than after ultrasound-guided injection (p = 0.02).", "improved"),
        ("Pain was lower after ultrasound-guided injection than after landmark-guided injection (p = 0.02).", "unclear"),
        ("The ultrasound-guided group had less pain than the landmark-guided group (p = 0.02).", "unclear"),
    ],
)  # fmt: skip
def test_a_comparison_of_two_techniques_reads_for_the_tested_one_only_where_the_abstract_tells_it(
    result: str, direction: str
) -> None:
    methods = "Sixty adults with shoulder pain were randomized to landmark-guided injection or ultrasound-guided injection."
    found, _ = _read(("METHODS", methods), ("RESULTS", result))
    assert [(f.domain, f.direction, f.comparison) for f in found] == [("pain", direction, "between_groups")]


@pytest.mark.parametrize(
    ("title", "result", "direction"),
    [  # fictional: the methods name the title's second arm first
        # the title's first arm as the subject: its result, as the title tells
        ("Needle-guided versus freehand puncture", "Pain was lower in the needle-guided group than in the freehand group (p = 0.02).", "improved"),
        # the title's second arm as the subject: the title calls it the comparator, the methods'
        # order the arm tested; neither is taken
        ("Needle-guided versus freehand puncture", "Pain was higher in the freehand group than in the needle-guided group (p = 0.02).", "unclear"),
        # a list's "X or Y" tells less than the methods' order
        ("Needle-guided or freehand puncture", "Pain was higher in the freehand group than in the needle-guided group (p = 0.02).", "worsened"),
    ],
)  # fmt: skip
def test_the_title_s_second_arm_set_against_its_first_is_unclear_where_the_methods_name_it_first(
    title: str, result: str, direction: str
) -> None:
    methods = "Fifty adults were randomized to the freehand group or the needle-guided group."
    record = Record(
        pmid="1",
        title=f"{title} for knee aspiration: a fictional trial",
        abstract=(
            AbstractSection(text=methods, label="METHODS"),
            AbstractSection(text=result, label="RESULTS"),
        ),
    )
    vocabulary = load_vocabulary()
    found, _ = findings(record, vocabulary, study_facts(record, vocabulary))
    assert [(f.domain, f.direction, f.comparison) for f in found] == [("pain", direction, "between_groups")]


@pytest.mark.parametrize(
    "result",
    [  # fictional: the saline arm, given nothing active, is the comparator whichever arm is named first
        "Cough frequency in the saline group was higher than that in the fictolan group (p = 0.01).",
        "Cough frequency in the fictolan group was lower than that in the saline group (p = 0.01).",
    ],
)
def test_an_arm_randomized_to_saline_is_the_comparator_named_first_or_last(result: str) -> None:
    found = _read_titled(
        "Fictolan in chronic cough: a fictional trial",
        "Adults were randomized to fictolan or normal saline.",
        result,
    )
    assert [(f.change, f.direction, f.comparator) for f in found] == [("decreased", "improved", "saline")]


@pytest.mark.parametrize(
    ("result", "readings"),
    [  # fictional: the water arm, known by no word as the comparator, named first
        ("Cough frequency in the water group was higher than that in the fictolan group (p = 0.01).", []),
        ("Cough frequency in the fictolan group was lower than that in the water group (p = 0.01).", [("decreased", "improved")]),
    ],
)  # fmt: skip
def test_an_arm_set_against_as_that_in_another_arm_is_read_as_one_named_bare(
    result: str, readings: list[tuple[str, str]]
) -> None:
    methods = "Adults were randomized to fictolan or sterile water."
    record = Record(
        pmid="1",
        title="Fictolan in chronic cough: a fictional trial",
        abstract=(
            AbstractSection(text=methods, label="METHODS"),
            AbstractSection(text=result, label="RESULTS"),
        ),
    )
    vocabulary = load_vocabulary()
    found, _ = findings(record, vocabulary, study_facts(record, vocabulary))
    assert [(f.change, f.direction) for f in found if f.direction != "unclear"] == readings


@pytest.mark.parametrize(
    ("result", "readings"),
    [  # fictional: three arms, the title's treatment one of two active ones
        ("Cough was more frequent in the placebo group than in the zorbatan group (p = 0.01).", []),
        ("Cough was more frequent in the placebo group than in the fictolan group (p = 0.01).", [("decreased", "improved")]),
    ],
)  # fmt: skip
def test_the_control_arm_set_against_another_active_arm_tells_nothing_of_the_titled_one(
    result: str, readings: list[tuple[str, str]]
) -> None:
    methods = "Adults were randomized to fictolan, zorbatan or placebo."
    record = Record(
        pmid="1",
        title="Fictolan for chronic cough: a fictional trial",
        abstract=(
            AbstractSection(text=methods, label="METHODS"),
            AbstractSection(text=result, label="RESULTS"),
        ),
    )
    vocabulary = load_vocabulary()
    found, _ = findings(record, vocabulary, study_facts(record, vocabulary))
    assert [(f.change, f.direction) for f in found if f.direction != "unclear"] == readings


def test_one_crossover_period_set_against_another_is_no_result_of_the_treatment() -> None:
    methods = "Adults received fictolan for four weeks and placebo for four weeks in random order."
    result = "Cough frequency was higher in period 1 than in period 2 (p = 0.01)."  # fictional
    record = Record(
        pmid="1",
        title="Fictolan for chronic cough: a fictional crossover trial",
        abstract=(
            AbstractSection(text=methods, label="METHODS"),
            AbstractSection(text=result, label="RESULTS"),
        ),
    )
    vocabulary = load_vocabulary()
    found, _ = findings(record, vocabulary, study_facts(record, vocabulary))
    assert all(f.direction == "unclear" for f in found)


@pytest.mark.parametrize(
    "result",
    [  # fictional: a crossover's time on placebo named first
        "Cough frequency was higher during the placebo phase than during the fictolan phase (p = 0.01).",
        "Cough frequency was higher during placebo than during fictolan (p = 0.01).",
        "Cough frequency was lower during the fictolan phase than during the placebo phase (p = 0.01).",
        "Cough frequency was higher on placebo days than on fictolan days (p = 0.01).",
        "Cough frequency was higher under placebo than under fictolan (p = 0.01).",
        "Cough frequency was higher in the placebo condition than in the fictolan condition (p = 0.01).",
        "Cough frequency in the placebo phase was higher than in the fictolan phase (p = 0.01).",
        "Cough frequency during the placebo phase was higher than during the fictolan phase (p = 0.01).",
    ],
)
def test_a_crossover_s_placebo_phase_named_first_is_the_comparator_s_result(result: str) -> None:
    methods = "Adults received fictolan for four weeks and placebo for four weeks in random order."
    record = Record(
        pmid="1",
        title="Fictolan for chronic cough: a fictional crossover trial",
        abstract=(
            AbstractSection(text=methods, label="METHODS"),
            AbstractSection(text=result, label="RESULTS"),
        ),
    )
    vocabulary = load_vocabulary()
    found, _ = findings(record, vocabulary, study_facts(record, vocabulary))
    assert [(f.change, f.direction) for f in found] == [("decreased", "improved")]


@pytest.mark.parametrize(
    ("result", "direction"),
    [  # fictional: the methods name first the arm the title does not
        ("Pain was higher in the freehand group than in the needle group (p = 0.02).", "unclear"),
        ("Pain was lower in the needle group than in the freehand group (p = 0.02).", "improved"),
    ],
)  # fmt: skip
def test_the_one_treatment_a_title_names_tells_the_tested_arm_whatever_the_methods_order(
    result: str, direction: str
) -> None:
    methods = "Fifty adults were randomized to the freehand group or the needle group."
    record = Record(
        pmid="1",
        title="Needle guidance for knee aspiration: a fictional trial",
        abstract=(
            AbstractSection(text=methods, label="METHODS"),
            AbstractSection(text=result, label="RESULTS"),
        ),
    )
    vocabulary = load_vocabulary()
    found, _ = findings(record, vocabulary, study_facts(record, vocabulary))
    assert [(f.domain, f.direction, f.comparison) for f in found] == [("pain", direction, "between_groups")]


@pytest.mark.parametrize(
    ("result", "direction"),
    [  # fictional: two active arms, no control; a comparative held by one, nothing set against it
        ("Pain was lower in the zinc lozenge group (p = 0.02).", "improved"),
        ("Pain was higher in the iron tablet group (p = 0.02).", "unclear"),
        # the arm as the subject that had more or less
        ("The zinc group had less pain (p = 0.02).", "improved"),
        ("The iron group had less pain (p = 0.02).", "unclear"),
        ("The iron group showed a greater reduction in pain (p = 0.02).", "unclear"),
    ],
)  # fmt: skip
def test_a_comparative_held_by_the_arm_the_methods_allocate_second_does_not_tell_the_tested_one(
    result: str, direction: str
) -> None:
    methods = "Forty adults were randomized; 20 to zinc lozenges daily and 20 to iron tablets daily."
    found, _ = _read(("METHODS", methods), ("RESULTS", result))
    assert [(f.domain, f.direction, f.comparison) for f in found] == [("pain", direction, "between_groups")]


def test_an_arm_set_against_another_after_an_opening_against_baseline_is_between_the_groups() -> None:
    said = (
        "Compared with baseline, the usual care group had higher anxiety than the massage group (p = 0.03)."
    )
    finding = _only(_read(("METHODS", INTRO), ("RESULTS", said)))  # fictional
    assert (finding.domain, finding.change, finding.direction, finding.comparison) == (
        "anxiety",
        "decreased",
        "improved",
        "between_groups",
    )


@pytest.mark.parametrize(
    "result",
    [  # fictional: a larger share of people whose outcome fell, then another outcome's "was lower"
        "The proportion of patients with reduced pain was higher with massage, and anxiety was lower (p = 0.02).",
        "The proportion of patients with reduced pain was higher in the massage group (p = 0.01), whereas the "
        "rate of nausea was lower (p = 0.03).",
    ],
)
def test_a_lower_share_said_of_another_outcome_does_not_turn_the_counted_change(result: str) -> None:
    found, _ = _read(("METHODS", INTRO), ("RESULTS", result))
    assert [(f.change, f.direction, f.comparison) for f in found if f.domain == "pain"] == [
        ("decreased", "improved", "between_groups")
    ]


@pytest.mark.parametrize(
    ("said", "change", "comparison"),
    [  # fictional: a relative change of an event's rate is the tested arm's against control
        (
            "Incidence of falls was reduced by 24% (95% CI: 4 to 42%; p = 0.02) with massage.",
            "decreased",
            "between_groups",
        ),
        ("Massage reduced the incidence of falls by 35% (95% CI 10 to 52%).", "decreased", "between_groups"),
        (
            "Massage reduced the incidence of falls by 35% (95% CI -10 to 52%).",
            "no_difference",
            "between_groups",
        ),
        ("Massage gave a 24% relative reduction in falls (95% CI 4 to 42%).", "decreased", "between_groups"),
        ("Massage reduced the rate of falls by 24% (p = 0.02).", "decreased", "between_groups"),
        (
            "Massage gave a weighted average reduction in mortality of 11% (95% CI 5-16).",
            "decreased",
            "between_groups",
        ),
        # a change from baseline, or over one arm's treatment, is within that arm
        (
            "The incidence of falls was reduced by 24% from baseline in the massage group (95% CI 4 to 42%).",
            "decreased",
            "within_group",
        ),
        (
            "The rate of falls was reduced by 30% after treatment in the massage group (p < 0.01).",
            "decreased",
            "within_group",
        ),
        (
            "Pain was reduced by 30% from baseline in the massage group (p < 0.01).",
            "decreased",
            "within_group",
        ),
    ],
)
def test_a_relative_reduction_of_an_event_rate_is_between_the_arms_unless_over_time(
    said: str, change: str, comparison: str
) -> None:
    finding = _only(_read(("METHODS", INTRO), ("RESULTS", said)))
    assert (finding.change, finding.comparison) == (change, comparison)


_LIPID_TRIAL = "Forty adults with raised cholesterol were randomised to 10 mg atorvastatin or placebo daily for six weeks."


@pytest.mark.parametrize(
    ("said", "comparison"),
    [  # fictional: a change sized and tested, in a sentence that names no arm, is the drug's effect
        ("Total cholesterol was reduced by 9.2% (p = 0.031).", "between_groups"),
        ("In the lipid substudy total cholesterol was reduced by 0.4 mmol/L (p = 0.031).", "between_groups"),
        ("The reduction in total cholesterol was 0.4 mmol/L (p = 0.031).", "between_groups"),
        (
            "The mean reduction in total cholesterol was 0.4 mmol/L in the atorvastatin group (p = 0.031).",
            "within_group",
        ),
        # tied to an arm or to a time, it may be that arm's own change: left as the words leave it
        ("Total cholesterol was reduced by 9.2% among atorvastatin users (p = 0.031).", "unclear"),
        ("Total cholesterol was reduced by 9.2% at six weeks (p = 0.031).", "unclear"),
        ("Total cholesterol was reduced by 9.2% from baseline (p = 0.031).", "within_group"),
    ],
)
def test_a_sized_change_tested_with_no_arm_named_is_the_effect_against_control(
    said: str, comparison: str
) -> None:
    (finding,) = _read_titled("Atorvastatin for raised cholesterol", _LIPID_TRIAL, said)
    assert (finding.change, finding.comparison) == ("decreased", comparison)


@pytest.mark.parametrize(
    ("said", "direction"),
    [  # fictional: each arm's share of people with each thing, the verdict on all of them at the end
        (
            "In the usual care group, headache occurred in 10% of patients, nausea in 8%, and dizziness "
            "in 16%, which were all significantly increased compared with the massage group (p < 0.001).",
            "improved",
        ),
        (
            "In the massage group, headache occurred in 10% of patients, nausea in 8%, and dizziness in "
            "16%, all of which were significantly lower than in the usual care group (p < 0.001).",
            "improved",
        ),
        (
            "In the massage group, headache occurred in 10% of patients, nausea in 8%, and dizziness in "
            "16%, which were not significantly different from the usual care group (p = 0.40).",
            "no_difference",
        ),
    ],
)
def test_a_list_given_arm_by_arm_takes_the_verdict_at_its_end(said: str, direction: str) -> None:
    found = _read(("METHODS", INTRO), ("RESULTS", said))
    assert sorted((f.measure, f.direction, f.comparison, f.comparator) for f in found[0]) == [
        (measure, direction, "between_groups", "usual care")
        for measure in ("dizziness", "headache", "nausea")
    ]


def test_a_list_given_arm_by_arm_between_arms_it_cannot_tell_apart_gives_nothing() -> None:
    said = (  # fictional: which of the two arms is the tested one, the words do not say
        "In the relaxation group, headache occurred in 10% of patients, nausea in 8%, and dizziness "
        "in 16%, which were all significantly increased compared with the massage group (p < 0.001)."
    )
    assert _read(("METHODS", INTRO), ("RESULTS", said))[0] == []


def test_adverse_events_in_a_list_given_arm_by_arm_stay_a_safety_note() -> None:
    said = (  # fictional
        "In the usual care group, adverse events occurred in 10% of patients and nausea in 8%, which "
        "were both significantly increased compared with the massage group (p < 0.001)."
    )
    record = Record(
        pmid="1",
        title="A fictional trial of massage",
        abstract=(AbstractSection(text=INTRO, label="METHODS"), AbstractSection(text=said, label="RESULTS")),
    )
    read = extract(record, load_vocabulary())
    assert [f.measure for f in read.findings] == ["nausea"]
    assert [note.kind for note in read.safety] == ["adverse_events"]


@pytest.mark.parametrize(
    ("result", "change", "comparator"),
    [  # fictional: one arm's outcome set against its own start, the control arm's too
        ("Compared with baseline, the usual care group had lower anxiety at 6 weeks (p = 0.02).", "decreased", "usual care"),
        ("Relative to baseline, the usual care group had higher anxiety at 6 weeks (p = 0.02).", "increased", "usual care"),
        ("Compared with baseline, anxiety was lower in the usual care group (p = 0.02).", "decreased", "usual care"),
        ("The usual care group had lower anxiety at 6 weeks than at baseline (p = 0.02).", "decreased", "usual care"),
        ("Compared with before the intervention, the usual care group had lower anxiety (p = 0.02).", "decreased", "usual care"),
        ("Compared with week 1, the control group reported less anxiety at week 6 (p = 0.02).", "decreased", "control"),
        ("Compared to pre-treatment values, the massage group showed lower anxiety (p = 0.02).", "decreased", None),
    ],
)  # fmt: skip
def test_an_arms_change_against_its_own_start_is_not_turned_round(
    result: str, change: str, comparator: str | None
) -> None:
    finding = _only(_read(("METHODS", INTRO), ("RESULTS", result)))
    assert (finding.domain, finding.change, finding.comparison, finding.comparator) == (
        "anxiety",
        change,
        "within_group",
        comparator,
    )


def test_the_control_arms_comparative_against_the_tested_arm_is_still_turned_round() -> None:
    said = "Compared with the massage group, the usual care group had higher anxiety at 6 weeks (p = 0.02)."
    finding = _only(_read(("METHODS", INTRO), ("RESULTS", said)))
    assert (finding.change, finding.direction, finding.comparison) == (
        "decreased",
        "improved",
        "between_groups",
    )


@pytest.mark.parametrize(
    ("result", "change", "comparator"),
    [  # fictional: one arm changed, the other did not, said in a phrase after it
        ("Pain decreased in the massage group without significant change in the usual care group (p = 0.01).", "decreased", None),
        ("Pain decreased in the massage group, with no significant changes in the control group (p = 0.01).", "decreased", None),
        ("Pain decreased after massage, without significant change in the usual care group (p = 0.01).", "decreased", None),
        ("Pain increased in the usual care group without significant change in the massage group (p = 0.01).", "increased", "usual care"),
        ("Pain increased with usual care, with no change in the massage group (p = 0.01).", "increased", "usual care"),
    ],
)  # fmt: skip
def test_no_change_in_the_other_arm_leaves_the_one_arms_change(
    result: str, change: str, comparator: str | None
) -> None:
    finding = _only(_read(("METHODS", INTRO), ("RESULTS", result)))
    assert (finding.domain, finding.change, finding.comparison, finding.comparator) == (
        "pain",
        change,
        "within_group",
        comparator,
    )


@pytest.mark.parametrize(
    "result",
    [  # fictional: the control arm named by its people
        "The control patients had lower anxiety than at baseline (p = 0.02).",
        "Anxiety decreased among control participants (p = 0.02).",
        "In the control patients, anxiety decreased from baseline (p = 0.02).",
    ],
)
def test_a_change_of_the_control_arms_people_is_the_control_arms(result: str) -> None:
    finding = _only(_read(("METHODS", INTRO), ("RESULTS", result)))
    assert (finding.change, finding.comparison, finding.comparator) == (
        "decreased",
        "within_group",
        "control",
    )


def test_no_change_of_the_control_arms_people_beside_the_tested_arms_change() -> None:
    said = "Anxiety decreased in the massage group (p = 0.02) but not in control participants."
    found, _ = _read(("METHODS", INTRO), ("RESULTS", said))
    assert sorted((f.change, f.comparison, f.comparator or "") for f in found) == [
        ("decreased", "within_group", ""),
        ("no_difference", "within_group", "control"),
    ]


@pytest.mark.parametrize(
    ("result", "change", "comparator"),
    [  # fictional: massage against exercise, a change within one arm named as its group
        ("Compared with baseline, the exercise group had lower pain at 6 weeks (p = 0.02).", "decreased", "exercise"),
        ("Pain was higher than at baseline in the exercise group (p = 0.02).", "increased", "exercise"),
        ("Pain decreased in the exercise group without significant change in the massage group (p = 0.01).", "decreased", "exercise"),
        ("Pain decreased with exercise, with no change in the massage group (p = 0.01).", "decreased", "exercise"),
        ("Compared with baseline, the massage group had lower pain at 6 weeks (p = 0.02).", "decreased", None),
    ],
)  # fmt: skip
def test_a_change_within_an_active_comparators_group_is_that_arms(
    result: str, change: str, comparator: str | None
) -> None:
    methods = "Sixty adults were randomized to massage or exercise for 6 weeks."
    (finding,) = _read_titled("Massage versus exercise for back pain: a fictional trial", methods, result)
    assert (finding.domain, finding.change, finding.comparison, finding.comparator) == (
        "pain",
        change,
        "within_group",
        comparator,
    )


@pytest.mark.parametrize(
    "result",
    [  # fictional: the start of the study named in other words
        "Compared with the beginning of the study, the usual care group had lower anxiety (p = 0.03).",
        "Compared with enrollment, the usual care group had lower anxiety (p = 0.03).",
        "The usual care group had lower anxiety than at the beginning (p = 0.03).",
    ],
)
def test_a_change_against_the_beginning_of_the_study_is_over_time(result: str) -> None:
    finding = _only(_read(("METHODS", INTRO), ("RESULTS", result)))
    assert (finding.change, finding.comparison, finding.comparator) == (
        "decreased",
        "within_group",
        "usual care",
    )


@pytest.mark.parametrize(
    "result",
    [  # fictional: the control arm as the subject of its own change over time
        "Usual care reduced anxiety from baseline (p = 0.02).",
        "With usual care, anxiety was lower than at baseline (p = 0.02).",
        "Compared with baseline, usual care lowered anxiety (p = 0.02).",
        "Compared with baseline, usual care patients had lower anxiety (p = 0.02).",
    ],
)
def test_the_control_arm_as_the_subject_of_a_change_over_time_is_that_arms(result: str) -> None:
    finding = _only(_read(("METHODS", INTRO), ("RESULTS", result)))
    assert (finding.change, finding.comparison, finding.comparator) == (
        "decreased",
        "within_group",
        "usual care",
    )


def test_a_later_clause_of_one_arm_goes_on_against_the_sentences_start() -> None:
    said = (  # fictional
        "Compared with baseline, anxiety was lower in the massage group (p = 0.01) "
        "but higher in the usual care group (p = 0.04)."
    )
    found, _ = _read(("METHODS", INTRO), ("RESULTS", said))
    assert sorted((f.change, f.comparison, f.comparator or "") for f in found) == [
        ("decreased", "within_group", ""),
        ("increased", "within_group", "usual care"),
    ]


def test_a_later_clause_after_every_arms_change_still_compares_the_arms() -> None:
    said = (  # fictional
        "Compared with baseline, anxiety decreased in both groups (p < 0.01), "
        "but the usual care group had higher anxiety at 6 weeks (p = 0.01)."
    )
    found, _ = _read(("METHODS", INTRO), ("RESULTS", said))
    assert sorted((f.change, f.comparison) for f in found) == [
        ("decreased", "between_groups"),
        ("decreased", "within_group"),
    ]


@pytest.mark.parametrize(
    ("result", "reading"),
    [  # fictional: each arm's value, then the arms "respectively", or the arms first
        ("Anxiety scores were 30.1 ± 4.2 and 41.3 ± 5.0 in the massage and usual care groups, respectively (p < 0.01).", ("decreased", "improved")),
        ("Anxiety scores in the massage and usual care groups were 30.1 ± 4.2 and 41.3 ± 5.0, respectively (p < 0.01).", ("decreased", "improved")),
        ("The massage and usual care groups had anxiety scores of 30.1 and 41.3, respectively (p < 0.01).", ("decreased", "improved")),
        ("Anxiety scores in the massage and usual care groups were 30.1 (28.0 to 32.2) and 41.3 (39.0 to 43.6), respectively (p < 0.01).", ("decreased", "improved")),
        # the higher score with massage: worse, whatever order the values come in
        ("The massage and usual care groups had anxiety scores of 41.3 and 30.1, respectively (p < 0.01).", ("increased", "worsened")),
        ("Anxiety scores in the usual care and massage groups were 30.1 ± 4.2 and 41.3 ± 5.0, respectively (p < 0.01).", ("increased", "worsened")),
        # not significant: no difference, whichever arm's value is the higher
        ("Anxiety scores in the massage and usual care groups were 30.1 ± 4.2 and 41.3 ± 5.0, respectively (p = 0.21).", ("no_difference", "no_difference")),
    ],
)  # fmt: skip
def test_each_arms_value_with_its_spread_is_read_respectively(result: str, reading: tuple[str, str]) -> None:
    finding = _only(_read(("METHODS", INTRO), ("RESULTS", result)))
    assert (finding.domain, finding.change, finding.direction, finding.comparison) == (
        "anxiety",
        *reading,
        "between_groups",
    )


def test_each_arms_values_with_no_test_are_no_finding() -> None:
    said = "Anxiety scores in the massage and usual care groups were 30.1 ± 4.2 and 41.3 ± 5.0, respectively."
    assert _read(("METHODS", INTRO), ("RESULTS", said))[0] == []  # fictional; which is better is untested


def test_a_larger_share_of_an_arm_free_of_a_harm_told_after_the_arm_is_better() -> None:
    said = "In the massage group 50% of patients experienced no pain as compared to 20% in the usual care group (P = 0.01)."
    finding = _only(_read(("METHODS", INTRO), ("RESULTS", said)))  # fictional
    assert (finding.measure, finding.direction, finding.comparison) == (
        "no pain",
        "improved",
        "between_groups",
    )


def test_each_arms_count_is_read_as_its_share_of_the_arm() -> None:
    # fictional: fewer patients with nausea in the massage arm, but a larger share of it
    said = "Nausea occurred in 12 (40%) and 15 (30%) patients in the massage and usual care groups, respectively (p = 0.03)."
    finding = _only(_read(("METHODS", INTRO), ("RESULTS", said)))
    assert (finding.change, finding.direction, finding.comparison) == (
        "increased",
        "worsened",
        "between_groups",
    )


def test_each_arms_count_out_of_its_size_is_read_as_its_share_not_its_size() -> None:
    # fictional: a larger share with nausea in the smaller massage arm
    said = "Nausea occurred in 12/30 (40%) patients in the massage group and 10/50 (20%) in the usual care group (p < 0.01)."
    finding = _only(_read(("METHODS", INTRO), ("RESULTS", said)))
    assert (finding.change, finding.direction, finding.comparison) == (
        "increased",
        "worsened",
        "between_groups",
    )


def test_three_values_over_three_arms_respectively_give_no_reading_of_the_tested_arm() -> None:
    methods = "Thirty patients were randomized to massage, reflexology or usual care for 6 weeks."
    said = (  # fictional: the massage arm's score is the lowest, not the second
        "Anxiety scores were 30.1, 45.0 and 41.3 in the massage, reflexology and usual care groups, "
        "respectively (p < 0.01)."
    )
    assert _read(("METHODS", methods), ("RESULTS", said))[0] == []


def test_each_arms_value_with_its_interval_is_no_change_within_an_arm() -> None:
    said = (  # fictional: the intervals' bounds are not the arms' values before and after
        "Anxiety was 30.1 (95% CI 28.0 to 32.2) in the massage group and 41.3 (95% CI 39.0 to 43.6) "
        "in the usual care group (p < 0.01)."
    )
    found = _read(("METHODS", INTRO), ("RESULTS", said))
    assert [(f.change, f.direction, f.comparison) for f in found[0]] == [
        ("decreased", "improved", "between_groups")
    ]


@pytest.mark.parametrize(
    "result",
    [  # fictional
        "The stress response to surgery decreased in the massage group compared with the usual care group.",
        "The pressor response to laryngoscopy was lower in the massage group than in the usual care group.",
    ],
)
def test_a_smaller_stress_or_pressor_response_is_better(result: str) -> None:
    finding = _only(_read(INTRO, result))
    assert (finding.domain, finding.direction, finding.comparison) == ("other", "improved", "between_groups")


def test_the_verb_before_a_list_holds_back_the_increase_a_later_item_names() -> None:
    """Fictional: "attenuated heart rate and the increase in anxiety" is less anxiety, not more."""
    read = _by_domain(
        _read(INTRO, "Massage attenuated heart rate and the increase in anxiety compared with usual care.")
    )
    assert (read["anxiety"].direction, read["anxiety"].change) == ("improved", "decreased")


@pytest.mark.parametrize(
    ("result", "domain"),
    [  # fictional: the first statement's outcome reads its own verb, whatever the next one says
        ("Massage improved sleep quality, and the usual care group reported more fatigue.", "sleep"),
        ("Pain improved more with massage, and quality of life was better in the sham group.", "pain"),
        ("Massage reduced pain and anxiety, and sleep quality was unchanged.", "anxiety"),
    ],
)
def test_a_statement_before_another_subjects_result_keeps_its_own_reading(result: str, domain: str) -> None:
    assert _by_domain(_read(INTRO, result))[domain].direction == "improved"


def test_another_subjects_comparison_after_and_is_not_the_first_outcomes() -> None:
    said = "Fatigue decreased significantly and pain decreased more with massage than with usual care."  # fictional
    read = _by_domain(_read(INTRO, said))
    assert read["pain"].comparison == "between_groups"
    assert read["fatigue"].comparison != "between_groups"


@pytest.mark.parametrize(
    ("result", "domain", "change"),
    [  # fictional: "prevented" a rise, a fall or a loss of the outcome
        ("Reflexology prevented the rise in anxiety.", "anxiety", "decreased"),
        ("Reflexology prevented the fall in sleep quality.", "sleep", "increased"),
        ("Reflexology prevented the decline in strength.", "strength", "increased"),
    ],
)
def test_a_change_prevented_is_the_outcome_held_the_other_way(result: str, domain: str, change: str) -> None:
    finding = _only(_read(INTRO, result))
    assert (finding.domain, finding.change, finding.direction) == (domain, change, "improved")


def test_a_change_prevented_in_the_tested_arm_is_against_the_arm_that_had_it() -> None:
    said = "Reflexology prevented the increase in anxiety seen in the usual care group."  # fictional
    finding = _only(_read(INTRO, said))
    assert (finding.change, finding.direction, finding.comparison) == (
        "decreased",
        "improved",
        "between_groups",
    )


def test_a_fall_not_prevented_is_no_difference() -> None:
    finding = _only(_read(INTRO, "Reflexology did not prevent the fall in sleep quality."))  # fictional
    assert (finding.domain, finding.direction) == ("sleep", "no_difference")


@pytest.mark.parametrize(
    "result",
    [  # fictional: the second statement's comparison is its own, not the first's
        "Reflexology reduced pain and the increase in anxiety was larger in the usual care group.",
        "Reflexology reduced pain and anxiety was higher in the usual care group.",
        "The reflexology group had lower pain and anxiety was higher in the usual care group.",
        "Reflexology reduced pain and the usual care group had more anxiety.",
        "Reflexology reduced pain, and the increase in anxiety was larger in the usual care group.",
        "Reflexology reduced pain (p = 0.01), and anxiety was higher in the usual care group (p = 0.03).",
    ],
)
def test_another_subjects_result_after_and_does_not_turn_the_first_outcomes(result: str) -> None:
    read = _by_domain(_read(INTRO, result))
    assert (read["pain"].change, read["pain"].direction) == ("decreased", "improved")
    assert read["anxiety"].direction in ("improved", "unclear")


@pytest.mark.parametrize(
    "result",
    [  # fictional: the people's state is who they are, the result is about pain
        "In patients with impaired sleep quality, massage reduced pain compared with usual care (p = 0.01).",
        "Adults with poor sleep quality had greater reductions in pain with massage than with usual care (p = 0.04).",
        "Among participants with high anxiety, pain decreased more with massage than with usual care.",
    ],
)
def test_a_state_describing_the_people_gives_no_finding_beside_the_result(result: str) -> None:
    assert [(f.domain, f.direction) for f in _read(INTRO, result)[0]] == [("pain", "improved")]


@pytest.mark.parametrize(
    "result",
    [  # fictional: the people are told apart by their state, the pain they had with massage is read
        "Participants with high anxiety showed lower pain with massage.",
        "Participants with high anxiety had less pain with massage than with usual care (p = 0.03).",
    ],
)
def test_a_level_the_people_had_with_the_treatment_is_read_beside_their_state(result: str) -> None:
    assert [(f.domain, f.change, f.direction) for f in _read(INTRO, result)[0]] == [
        ("pain", "decreased", "improved")
    ]


def test_who_gained_most_among_kinds_of_people_gives_no_finding() -> None:
    result = (
        "Participants with high anxiety had less pain after massage than those with low anxiety."  # fictional
    )
    assert _read(INTRO, result)[0] == []


_MASSAGE_EXERCISE_BOTH = (
    "Forty-five adults with MS were randomized to massage, exercise or a combination of both."
)


@pytest.mark.parametrize(
    ("result", "reading"),
    [  # fictional: the later clause compares another pair of arms; the first result stands
        (
            "Fatigue fell more in the massage group than in the exercise group (p = 0.03), "
            "while the combined group did not differ from massage alone.",
            ("improved", "exercise"),
        ),
        (
            "The reduction in fatigue was greater with massage than with exercise (p = 0.03), whereas "
            "the combined group was not significantly different from the massage group.",
            ("improved", "exercise"),
        ),
        (
            "Fatigue decreased more with massage than with exercise (p = 0.03), but the massage group did "
            "not differ from the combined group.",
            ("improved", "exercise"),
        ),
        (
            "Fatigue decreased more with massage than with exercise (p = 0.03); the massage and combined "
            "groups did not differ.",
            ("improved", "exercise"),
        ),
        (
            "Fatigue decreased more with massage than with exercise (p = 0.03), but massage did not differ "
            "from the combined program (p = 0.41).",
            ("improved", "exercise"),
        ),
        # the same pair of arms again corrects the comparison before
        (
            "Fatigue fell more with massage than with exercise (p = 0.03), but the massage group did not "
            "differ from the exercise group.",
            ("no_difference", "exercise"),
        ),
        # the same arm set against its own start is still no result of another pair
        (
            "Fatigue fell more in the massage group than in the exercise group (p = 0.03), "
            "but the difference was not significant at 12 weeks.",
            ("no_difference", "exercise"),
        ),
    ],
)
def test_a_clause_comparing_another_pair_of_arms_leaves_the_result_before_it(
    result: str, reading: tuple[str, str]
) -> None:
    found = _read_titled("Massage for fatigue in MS: a fictional trial", _MASSAGE_EXERCISE_BOTH, result)
    between = [(f.direction, f.comparator) for f in found if f.comparison == "between_groups"]
    assert between[-1] == reading


def test_the_tested_arm_set_against_control_after_an_arm_comparison_still_corrects_it() -> None:
    found = _read_titled(
        "Massage for fatigue in MS: a fictional trial",
        "Sixty people with MS were randomized to massage or usual care for 8 weeks.",
        "Fatigue fell more with massage than with usual care (p = 0.03), but the massage group did not "
        "differ from the control group at 12 weeks.",
    )
    assert "no_difference" in [f.direction for f in found if f.comparison == "between_groups"]


@pytest.mark.parametrize(
    ("title", "result", "reading"),
    [  # fictional: the title names the comparator first; the technique studied is still the one tested
        ("Exercise versus massage for walking in MS", "Walking distance was longer after exercise than after massage (p = 0.01).", ("decreased", "worsened")),
        ("Exercise versus massage for walking in MS", "Fatigue scores were lower after massage than after exercise (p = 0.04).", ("decreased", "improved")),
        ("Exercise versus massage for walking in MS", "Fatigue was lower in the exercise group than in the massage group (p = 0.04).", ("increased", "worsened")),
        # the technique named first: read as before
        ("Massage versus exercise for walking in MS", "Fatigue scores were lower after massage than after exercise (p = 0.04).", ("decreased", "improved")),
    ],
)  # fmt: skip
def test_the_technique_studied_is_the_tested_arm_whichever_the_title_names_first(
    title: str, result: str, reading: tuple[str, str]
) -> None:
    methods = "Twenty adults with MS received six weeks of exercise and six weeks of massage in random order."
    (finding,) = _read_titled(title, methods, result)
    assert ((finding.change, finding.direction), finding.comparison) == (reading, "between_groups")


@pytest.mark.parametrize("pooled", ["the pooled effect", "the pooled estimate"])
def test_a_pooled_effect_not_significant_is_no_difference_from_control(pooled: str) -> None:
    found = _read_titled(
        "Massage after stroke: a fictional systematic review and meta-analysis",
        "Randomized trials comparing massage with any control were pooled.",
        f"Spasticity was lower after massage in two trials, but {pooled} was not significant.",
    )
    assert ("other", "no_difference") not in [(f.domain, f.direction) for f in found]
    assert ("spasticity", "no_difference", "between_groups") in [
        (f.domain, f.direction, f.comparison) for f in found
    ]


@pytest.mark.parametrize("where", ["in the reflexology group", "after reflexology"])
def test_p_values_given_two_outcomes_in_turn_are_no_number_for_each_arm(where: str) -> None:
    found = _read_titled(
        "Reflexology for spasticity and pain in MS: a fictional sham-controlled trial",
        SHAM,
        f"Spasticity and pain decreased {where} (p = 0.01 and p = 0.09, respectively).",
    )
    assert sorted((f.domain, f.direction, f.comparison) for f in found) == [
        ("pain", "no_difference", "within_group"),
        ("spasticity", "improved", "within_group"),
    ]


@pytest.mark.parametrize(
    "result",
    [  # fictional: the two control arms set against each other tell nothing of reflexology
        "Anxiety was lower in the sham group than in the usual care group (p = 0.02).",
        "Anxiety was higher with usual care than with sham (p = 0.02).",
        "The sham and usual care groups did not differ in anxiety (p = 0.61).",
    ],
)
def test_two_comparator_arms_set_against_each_other_are_no_result_of_the_intervention(result: str) -> None:
    found = _read_titled("Reflexology for anxiety after stroke: a fictional trial", THREE_ARMS, result)
    assert found == []


@pytest.mark.parametrize(
    ("result", "reading"),
    [  # fictional: each arm's share, named by the arm, then the event that share had
        ("9% of the placebo group and 2% of the fictolan group had a relapse (p = 0.03).", "improved"),
        ("9% of the placebo group and 8% of the fictolan group had a relapse (p = 0.71).", "no_difference"),
    ],
)
def test_each_arms_share_that_had_an_event_compares_the_arms(result: str, reading: str) -> None:
    found = _read_titled(
        "Fictolan for relapsing pain: a fictional randomized trial",
        "Forty adults were randomized to fictolan or placebo for 6 weeks.",
        result,
    )
    assert [(f.measure, f.direction, f.comparison) for f in found] == [("relapse", reading, "between_groups")]


@pytest.mark.parametrize(
    "result",
    [  # fictional: the stopping counted in each arm, or each arm as what was stopped
        "Treatment was discontinued in 12% of the fictolan group and 4% of the placebo group (p = 0.01).",
        "Fictolan was discontinued in 12/100 (12%) of patients whereas placebo was discontinued in 4/100 (4%) (p = 0.01).",
    ],
)
def test_stopping_in_more_of_the_tested_arm_is_its_loss_named_as_the_discontinuation(result: str) -> None:
    found = _read_titled(
        "Fictolan for walking after stroke: a fictional randomized trial",
        "Forty adults were randomized to fictolan or placebo for 6 weeks.",
        result,
    )
    assert [(f.measure, f.change, f.direction, f.comparison) for f in found] == [
        ("discontinuation", "increased", "worsened", "between_groups")
    ]


@pytest.mark.parametrize(
    ("result", "reading"),
    [  # fictional: an arm that outperformed another, on a measure named after it
        ("Fictolan outperformed placebo on walking speed (p = 0.01).", ("walking", "improved")),
        ("Placebo outperformed fictolan on walking speed (p = 0.01).", ("walking", "worsened")),
        ("Fictolan did not outperform placebo on walking speed (p = 0.41).", ("walking", "no_difference")),
    ],
)
def test_an_arm_that_outperformed_another_is_ranked_above_it(result: str, reading: tuple[str, str]) -> None:
    found = _read_titled(
        "Fictolan for walking after stroke: a fictional randomized trial",
        "Forty adults were randomized to fictolan or placebo for 6 weeks.",
        result,
    )
    assert [(f.domain, f.direction, f.comparison) for f in found] == [(*reading, "between_groups")]


@pytest.mark.parametrize(
    "result",
    [  # fictional: the arm outperformed, said in the passive, is never read as the one that did
        "Fictolan was outperformed by placebo on walking speed (p = 0.01).",
        "Placebo was outperformed by fictolan on walking speed (p = 0.01).",
    ],
)
def test_an_arm_said_to_be_outperformed_is_never_the_better_one(result: str) -> None:
    found = _read_titled(
        "Fictolan for walking after stroke: a fictional randomized trial",
        "Forty adults were randomized to fictolan or placebo for 6 weeks.",
        result,
    )
    assert not [f for f in found if f.direction in ("improved", "worsened")]


def test_the_tested_arm_set_against_one_of_two_comparators_is_still_read() -> None:
    found = _read_titled(
        "Reflexology for anxiety after stroke: a fictional trial",
        THREE_ARMS,
        "Anxiety was lower in the reflexology group than in the usual care group (p = 0.02).",
    )
    assert [(f.domain, f.direction, f.comparator) for f in found] == [("anxiety", "improved", "usual care")]


@pytest.mark.parametrize(
    ("result", "direction"),
    [  # fictional: the comparator ranked above the tested arm is the tested arm's loss
        ("Exercise was superior to massage for walking speed (p = 0.01).", "worsened"),
        ("Massage was superior to exercise for walking speed (p = 0.01).", "improved"),
        ("Exercise was inferior to massage for walking speed (p = 0.01).", "improved"),
        # "outperformed" ranks its subject above its object as "was superior to" does
        ("Exercise outperformed massage on walking speed (p = 0.01).", "worsened"),
        ("Massage significantly outperformed exercise for walking speed (p = 0.01).", "improved"),
    ],
)
def test_a_comparator_ranked_above_the_tested_arm_is_read_through_which_was_tested(
    result: str, direction: str
) -> None:
    found = _read_titled(
        "Massage for walking after stroke: a fictional randomized trial",
        "Forty adults were randomized to massage or exercise for 6 weeks.",
        result,
    )
    assert [(f.domain, f.direction, f.comparison) for f in found] == [
        ("walking", direction, "between_groups")
    ]


@pytest.mark.parametrize(
    ("result", "direction"),
    [  # fictional: an arm named by words of no known role, set against the tested arm
        ("The rehabilitation alone group showed greater improvement in pain than the massage group (p = 0.04).", "unclear"),
        ("Pain was lower in the rehabilitation alone group than in the massage group (p = 0.04).", "worsened"),
        ("The massage group showed greater improvement in pain than the rehabilitation alone group (p = 0.04).", "improved"),
    ],
)  # fmt: skip
def test_another_arm_set_against_the_tested_one_is_the_tested_arm_s_result_turned_round(
    result: str, direction: str
) -> None:
    found = _read_titled(
        "Massage added to rehabilitation for neck pain: a fictional randomized trial",
        "Sixty adults were randomized to rehabilitation plus massage or rehabilitation alone for six weeks.",
        result,
    )
    assert [(f.domain, f.direction, f.comparison) for f in found] == [("pain", direction, "between_groups")]


@pytest.mark.parametrize(
    ("said", "readings"),
    [  # fictional: the usual-care arm's lack of change, set against the massage arm's change
        ("Serum folate rose in the massage group but remained unchanged with usual care.", set()),
        ("Serum folate rose in the massage group, whereas it remained unchanged with usual care.", set()),
        (
            "Serum cortisol rose in the massage group but remained unchanged with usual care.",
            {("increased", None), ("no_difference", "usual care")},
        ),
        ("Serum folate remained unchanged with usual care.", {("no_difference", "usual care")}),
    ],
)
def test_the_comparators_lack_of_change_is_no_finding_where_the_change_it_foils_is_unread(
    said: str, readings: set[tuple[str, str | None]]
) -> None:
    """A change in a measure whose good side is unknown (folate) is left unread; the comparator
    arm's "remained unchanged" told against it would alone read as no change in the measure."""
    found, _ = _read(("METHODS", INTRO), ("RESULTS", said))
    assert {(f.change, f.comparator) for f in found} == readings


@pytest.mark.parametrize(
    ("said", "comparison"),
    [  # fictional: a ratio of the arms beside "after" the treatment, or none
        ("Falls were less likely after reflexology (odds ratio 0.52, 95% CI 0.30 to 0.91).", "between_groups"),
        ("Falls were less frequent after reflexology (RR = 0.61, 95% CI 0.40 to 0.93).", "between_groups"),
        ("Falls were less frequent after reflexology (p = 0.01).", "within_group"),
    ],
)  # fmt: skip
def test_a_ratio_of_the_arms_after_the_treatment_compares_the_arms(said: str, comparison: str) -> None:
    """An odds or risk ratio sets one arm against the other, whatever "after reflexology" says."""
    methods = "Forty adults were randomized to reflexology or aromatherapy."
    finding = _only(_read(("METHODS", methods), ("RESULTS", said)))
    assert (finding.change, finding.comparison) == ("decreased", comparison)


@pytest.mark.parametrize(
    ("said", "comparison"),
    [  # fictional: a change sized more after the treatment than the other arm's, or a change alone
        ("Hip flexion rose by 8 degrees more after reflexology (p = 0.01).", "between_groups"),
        ("Hip flexion increased more after reflexology (p = 0.01).", "between_groups"),
        ("Hip flexion increased after reflexology (p = 0.01).", "within_group"),
    ],
)  # fmt: skip
def test_a_change_greater_after_the_treatment_compares_the_arms(said: str, comparison: str) -> None:
    methods = "Forty adults were randomized to reflexology or aromatherapy."
    finding = _only(_read(("METHODS", methods), ("RESULTS", said)))
    assert (finding.change, finding.comparison) == ("increased", comparison)


@pytest.mark.parametrize(
    "said",
    [  # fictional: both tested arms against the control, then the two against each other
        "Pain was reduced with both massages compared with usual care (p < 0.01), with no difference between the two massages.",
        "Pain was reduced in both massage groups compared with usual care (p < 0.01); there was no difference between them.",
    ],
)  # fmt: skip
def test_no_difference_between_the_two_tested_arms_leaves_their_gain_over_control(said: str) -> None:
    """The two massages not differing from each other says nothing of either against usual care."""
    methods = "Ninety adults were randomized to Swedish massage, Thai massage or usual care for 6 weeks."
    finding = _only(_read(("METHODS", methods), ("RESULTS", said)))
    assert (finding.change, finding.comparison, finding.comparator) == (
        "decreased",
        "between_groups",
        "usual care",
    )


@pytest.mark.parametrize(
    "said",
    [  # fictional: both active arms ranked above the control, then the two said alike
        "Both yoga and massage were superior to usual care for pain (p < 0.01), while yoga and massage did not differ (p = 0.64).",
        "Both yoga and massage were superior to usual care for pain (p < 0.01), but the two did not differ (p = 0.64).",
        "Pain fell more with both yoga and massage than with usual care (p < 0.01); the yoga and massage groups did not differ.",
        "Yoga and massage were both more effective than usual care for pain (p < 0.01), but did not differ from each other (p = 0.64).",
        "Compared with usual care, pain was lower after both yoga (p = 0.01) and massage (p < 0.01), with no difference between yoga and massage (p = 0.64).",
    ],
)  # fmt: skip
def test_two_active_arms_alike_leave_their_gain_over_the_control_they_were_ranked_above(said: str) -> None:
    """The active arms not differing says nothing of massage against the usual care it beat, and
    "superior to usual care" names usual care as what massage was set against; their likeness,
    where read, is massage against yoga, never against usual care."""
    methods = "Ninety adults were randomized to yoga, massage or usual care for 6 weeks."
    gain, *alike = _read(("METHODS", methods), ("RESULTS", said))[0]
    assert (gain.change, gain.comparison, gain.comparator) == ("decreased", "between_groups", "usual care")
    assert all(
        (f.change, f.comparison) == ("no_difference", "between_groups") and f.comparator != "usual care"
        for f in alike
    )


@pytest.mark.parametrize(
    "said",
    [  # fictional: both active arms beat the control, then the two active arms said alike
        "Both massage and exercise reduced pain compared with control (p < 0.01), and the two active arms did not differ (p = 0.40).",
        "Both massage and exercise reduced pain compared with control (p < 0.01), but the two did not differ (p = 0.40).",
    ],
)  # fmt: skip
def test_two_active_arms_alike_are_a_comparison_of_their_own_beside_the_gain_over_control(said: str) -> None:
    """The likeness of the two active arms is massage against exercise, a finding beside massage's
    gain over the control, which it neither overrides nor reverses."""
    title = "Massage versus exercise for chronic neck pain: a three-arm randomized trial"
    methods = "Ninety adults were randomly assigned to massage, exercise or no treatment for eight weeks."
    record = Record(
        pmid="1",
        title=title,
        abstract=(AbstractSection(methods, "METHODS"), AbstractSection(said, "RESULTS")),
    )
    found = findings(record, load_vocabulary(), study_facts(record, load_vocabulary()))[0]
    assert [(f.change, f.comparison, f.comparator) for f in found] == [
        ("decreased", "between_groups", "control"),
        ("no_difference", "between_groups", "exercise"),
    ]


THREE_ARMS = "Sixty adults were randomised to massage, placebo massage (detuned ultrasound) or a wait-list."


@pytest.mark.parametrize(
    ("said", "against"),
    [  # fictional: both the tested and the placebo arm beat the wait-list, then the two said alike
        ("Headache frequency decreased in both the massage and placebo groups compared with the wait-list (p = 0.04), with no difference between them (p = 0.61).", "placebo"),
        ("Headache frequency decreased in both the massage and placebo groups compared with the wait-list, but massage and placebo did not differ.", "placebo"),
        ("Headache frequency decreased in both the massage and sham groups compared with the wait-list (p = 0.04), but neither differed from each other (p = 0.61).", "sham"),
        ("Headache frequency decreased in both the massage and placebo groups compared with the wait-list, with no difference between massage and placebo.", "placebo"),
    ],
)  # fmt: skip
def test_the_tested_and_placebo_arms_alike_are_no_difference_against_placebo(said: str, against: str) -> None:
    """Both arms' gain over the wait-list is the tested arm's gain against the wait-list; the two
    then said alike is the tested arm no different from the placebo or sham arm: two comparisons,
    each with its own comparator."""
    found, _ = _read(("METHODS", THREE_ARMS), ("RESULTS", said))
    assert sorted((f.change, f.comparison, f.comparator) for f in found) == [
        ("decreased", "between_groups", "wait-list"),
        ("no_difference", "between_groups", against),
    ]


def test_two_control_arms_alike_are_no_result_of_the_tested_arm() -> None:
    """Fictional: the placebo and wait-list arms not differing says nothing of massage against
    either, so it gives no "no difference" of massage."""
    said = (
        "Headache frequency was higher in both the placebo and wait-list groups than in the massage "
        "group (p = 0.04), with no difference between them (p = 0.61)."
    )
    found, _ = _read(("METHODS", THREE_ARMS), ("RESULTS", said))
    assert "no_difference" not in [f.change for f in found]


def test_a_difference_between_the_tested_and_placebo_arms_way_unsaid_is_not_read() -> None:
    """Fictional: "a difference between them" does not say which of the two did better, so only
    the gain over the wait-list is read."""
    said = (
        "Headache frequency decreased in both the massage and placebo groups compared with the "
        "wait-list (p = 0.04), with a significant difference between them (p = 0.01)."
    )
    found, _ = _read(("METHODS", THREE_ARMS), ("RESULTS", said))
    assert [(f.change, f.comparator) for f in found] == [("decreased", "wait-list")]


def test_no_difference_between_the_two_arms_named_after_both_gained_over_control() -> None:
    """Fictional: the two arms named that "both intervention groups" were, set against control:
    reflexology's gain over usual care, and beside it its likeness to relaxation."""
    methods = "Sixty adults with multiple sclerosis were randomized to reflexology, relaxation or usual care."
    said = (
        "Fatigue decreased significantly in both intervention groups compared with the usual care group "
        "(p < 0.01), with no difference between reflexology and relaxation."
    )
    found, _ = _read(("METHODS", methods), ("RESULTS", said))
    assert [(f.change, f.comparison, f.comparator) for f in found] == [
        ("decreased", "between_groups", "usual care"),
        ("no_difference", "between_groups", "relaxation"),
    ]


@pytest.mark.parametrize(
    "said",
    [  # fictional: massage against control, then another pair of the three arms
        "Pain was significantly lower in the massage group than in the control group (p = 0.001), "
        "but there was no significant difference between the music and control groups (p = 0.38).",
        "Pain decreased significantly in the music and massage groups compared with the control group "
        "(p < 0.05), with no difference between the two intervention groups.",
        # the third arm and the control said alike as the clause's subject
        "Pain was significantly lower in the massage group than in the control group (p = 0.001), "
        "whereas music and control did not differ (p = 0.38).",
        "Pain was significantly lower in the massage group than in the control group (p = 0.001), "
        "whereas the music and control groups were similar (p = 0.38).",
    ],
)
def test_no_difference_between_another_pair_of_arms_leaves_the_tested_arms_gain_over_control(
    said: str,
) -> None:
    """Music against control, or the two active arms against each other, says nothing of massage
    against control: its gain stands, never read as no difference."""
    methods = "Ninety women in labour were randomly assigned to three groups: massage, music, and control."
    finding = _only(_read(("METHODS", methods), ("RESULTS", said)))
    assert (finding.change, finding.direction, finding.comparison) == (
        "decreased",
        "improved",
        "between_groups",
    )


@pytest.mark.parametrize(
    ("said", "comparator"),
    [  # fictional: one dose set against the other, or against the placebo
        ("Anxiety was lower with 4 ml than with 2 ml (p = 0.03).", None),
        ("Anxiety was lower in the 4 ml group than in the 2 ml group (p = 0.03).", None),
        ("Anxiety was lower with 4 ml than with placebo oil (p = 0.03).", "placebo"),
    ],
)
def test_one_dose_set_against_another_is_not_against_the_studys_comparator(
    said: str, comparator: str | None
) -> None:
    methods = "Sixty adults were randomized to lavender oil 2 ml, lavender oil 4 ml or placebo oil."
    finding = _only(_read(("METHODS", methods), ("RESULTS", said)))
    assert (finding.change, finding.comparison, finding.comparator) == (
        "decreased",
        "between_groups",
        comparator,
    )


@pytest.mark.parametrize(
    "result",
    [  # fictional: a second outcome, outside the vocabulary, joined on with its own change
        "Sleep time increased with aromatherapy relative to placebo (p = 0.01), whereas restlessness "
        "worsened in the placebo group.",
        "Sleep time increased with aromatherapy relative to placebo (p = 0.01), and restlessness "
        "worsened with placebo.",
    ],
)
def test_an_unrecognised_outcome_joined_on_never_takes_the_change_of_the_one_before(result: str) -> None:
    found, _ = _read("Residents were randomised to aromatherapy or placebo.", ("RESULTS", result))
    sleep = [(f.change, f.direction) for f in found if f.domain == "sleep"]
    assert sleep and set(sleep) == {("increased", "improved")}


def test_a_result_on_the_way_is_kept_apart_from_the_end_of_treatment_s() -> None:
    found, _ = _read(
        ("METHODS", "Forty patients were randomised to massage or usual care for 8 weeks."),
        (
            "RESULTS",
            "At week 4, fatigue did not differ between the groups (p = 0.30). At week 8, fatigue was "
            "lower with massage than with usual care (p = 0.01).",
        ),
    )  # fictional
    by_time = {f.timepoint: f.change for f in found if f.domain == "fatigue"}
    assert by_time == {"at 4 weeks": "no_difference", "end of treatment": "decreased"}


def test_an_effect_no_longer_different_later_is_the_outcome_s_own() -> None:
    found, _ = _read(
        INTRO,
        (
            "RESULTS",
            "At 4 weeks pain was lower with massage (p = 0.03), but at 12 weeks it was no longer different.",
        ),
    )  # fictional
    assert {f.measure for f in found} == {"pain"}
    assert {f.change for f in found} == {"decreased", "no_difference"}


@pytest.mark.parametrize(
    "result",
    [  # fictional: a change counted from the result before, not from the start
        "Sleep improved during the first three weeks but deteriorated thereafter.",
        "Pain decreased after the first sessions but rose afterwards.",
    ],
)
def test_a_change_since_the_result_before_never_reverses_it(result: str) -> None:
    found, _ = _read(INTRO, ("RESULTS", result))
    assert found and {f.direction for f in found} == {"improved"}


def test_an_unrecognised_outcome_denied_the_result_before_never_undoes_it() -> None:
    found, _ = _read(
        "Residents were randomised to aromatherapy or placebo.",
        ("RESULTS", "Aromatherapy was superior to placebo for sleep (p = 0.01) but not for restlessness."),
    )  # fictional
    assert [(f.domain, f.change) for f in found] == [("sleep", "increased")]


@pytest.mark.parametrize(
    "lost",
    ["was lost", "had disappeared", "wore off"],
)
def test_an_effect_lost_at_follow_up_is_no_difference_then(lost: str) -> None:
    found, _ = _read(
        INTRO,
        (
            "RESULTS",
            f"Spasticity decreased with massage compared with usual care (p = 0.01), but the effect {lost} "
            "at the 6-month follow-up.",
        ),
    )  # fictional
    by_time = {f.timepoint: f.change for f in found}
    assert by_time == {"end of treatment": "decreased", "follow-up (6 months)": "no_difference"}


def test_a_tested_arm_said_unchanged_beside_a_significant_interaction_is_no_lack_of_difference() -> None:
    found, _ = _read(
        "Residents were randomised to aromatherapy or placebo.",
        (
            "RESULTS",
            "Restlessness worsened in the placebo group but not in the aromatherapy group (p = 0.03 for interaction).",
        ),
    )  # fictional
    assert not [f for f in found if f.comparison == "between_groups" and f.change == "no_difference"]


def _within_readings(*results: str) -> set[tuple[str, str, str, str, str | None]]:
    found, _ = _read(("METHODS", INTRO), *(("RESULTS", r) for r in results))
    return {(f.measure.lower(), f.change, f.direction, f.comparison, f.comparator) for f in found}


@pytest.mark.parametrize("other_arm", ["the waiting list", "usual care", "controls"])
def test_the_other_arms_lack_of_change_set_apart_leaves_the_tested_arms_change(other_arm: str) -> None:
    # fictional: the second clause is the other arm's own, named bare; read as the tested arm's,
    # its "no change" overrode the improvement
    readings = _within_readings(
        f"Pain improved in the massage group (p = 0.01), whereas {other_arm} did not improve."
    )
    assert ("pain", "decreased", "improved", "within_group", None) in readings
    assert not [r for r in readings if r[1] == "no_difference" and r[4] is None]


def test_the_scores_after_a_description_at_baseline_are_the_measures_it_named() -> None:
    # fictional: "the scores" are those the sentence before described at baseline
    assert _within_readings(
        "The baseline mean scores of fatigue, anxiety and pain were not significantly different "
        "between the two groups.",
        "However, the scores in the massage group improved significantly after treatment (p < 0.05).",
    ) == {
        (measure, "decreased", "improved", "within_group", None) for measure in ("fatigue", "anxiety", "pain")
    }


def test_these_values_after_a_result_are_that_results_measure() -> None:
    # fictional: "these values" after a sentence with no result of its own
    assert _within_readings(
        "The mean walking distance did not differ between the groups at baseline.",
        "These values increased in the massage group after treatment (p = 0.01).",
    ) == {("walking distance", "increased", "improved", "within_group", None)}


def test_a_sentence_opening_with_the_scores_of_a_measure_names_its_own() -> None:
    # fictional: "the scores of fatigue" name their measure; nothing is carried from before
    assert _within_readings(
        "Baseline anxiety did not differ between the groups.",
        "The scores of fatigue decreased in the massage group after treatment (p = 0.02).",
    ) == {("fatigue", "decreased", "improved", "within_group", None)}


@pytest.mark.parametrize(
    ("result", "readings"),
    [
        # fictional: a level with no good side, changed after the treatment
        (
            "Serum osteocalcin increased significantly after massage (P < 0.01).",
            {("serum osteocalcin", "increased", "not_applicable", "within_group", None)},
        ),
        # the comparator arm's own change, beside the tested arm's
        (
            "Blood glucose decreased significantly (P = 0.02) in the massage group and vitamin D "
            "increased significantly in the usual care group (P = 0.02).",
            {
                ("blood glucose", "decreased", "improved", "within_group", None),
                ("vitamin d", "increased", "not_applicable", "within_group", "usual care"),
            },
        ),
        # the level the measure reached is no measure of its own
        (
            "Vitamin D levels increased to significantly higher levels and PTH levels decreased in the "
            "massage group.",
            {
                ("pth levels", "decreased", "not_applicable", "within_group", None),
                ("vitamin d levels", "increased", "not_applicable", "unclear", None),
            },
        ),
        # a change from before to after treatment, in the tested arm only
        (
            "Grip strength significantly increased only in the massage group (28.4 ± 3.3 kg to "
            "31.5 ± 3.7 kg, p < 0.01).",
            {("grip strength", "increased", "improved", "within_group", None)},
        ),
        # each arm changed from its own start: no comparison of the arms
        (
            "Pain scores decreased in both groups from baseline (P < 0.01).",
            {("pain", "decreased", "improved", "within_group", None)},
        ),
        # no change in one measure of an arm, a fall in its others
        (
            "In the massage group there was no change in resting heart rate but systolic pressure and "
            "heart rate variability decreased significantly.",
            {
                ("resting heart rate", "no_difference", "no_difference", "within_group", None),
                ("systolic pressure", "decreased", "improved", "within_group", None),
                ("heart rate variability", "decreased", "worsened", "within_group", None),
            },
        ),
        # each arm's values before and after with its own test: no comparison of the arms, and the
        # comparator's own lack of change
        (
            "Mean pain intensity went from 6.2 to 3.1 in the massage group (p < 0.001) and from 6.0 to "
            "5.4 in the usual care group (p = 0.12).",
            {
                ("pain intensity", "decreased", "improved", "within_group", None),
                ("pain intensity", "no_difference", "no_difference", "within_group", "usual care"),
            },
        ),
        # the start named by enrolment, and the comparator's lack of the same change
        (
            "Fatigue scores in the massage group were significantly lower at the end of treatment than "
            "at enrolment (p = 0.003), but no such change was seen with usual care.",
            {
                ("fatigue", "decreased", "improved", "within_group", None),
                ("fatigue", "no_difference", "no_difference", "within_group", "usual care"),
            },
        ),
        # a later test against the first in one arm
        (
            "The massage group showed a significant increase in walking distance in the second test "
            "compared with the first test.",
            {("walking distance", "increased", "improved", "within_group", None)},
        ),
        # two measures of different good sides, each its own finding
        (
            "Cortisol and heart rate were significantly reduced at the end of the session (p < 0.05).",
            {
                ("cortisol", "decreased", "improved", "within_group", None),
                ("heart rate", "decreased", "not_applicable", "within_group", None),
            },
        ),
        # the value after intake against the one before, in one arm and not the other
        (
            "Serum ferritin after intake was significantly increased compared with that observed before "
            "intake in the massage group but not in the usual care group.",
            {
                ("serum ferritin", "increased", "not_applicable", "within_group", None),
                ("serum ferritin", "no_difference", "no_difference", "within_group", "usual care"),
            },
        ),
    ],
)
def test_a_change_within_an_arm_is_read_with_its_arm(
    result: str, readings: set[tuple[str, str, str, str, str | None]]
) -> None:
    assert _within_readings(result) == readings


def test_a_change_after_an_opening_contrast_is_the_main_statements_own() -> None:
    # fictional: the comparator arm's lack of change opens the sentence; the fall is massage's
    assert _within_readings(
        "Whereas the usual care group showed no change, anxiety fell significantly in the massage group."
    ) == {("anxiety", "decreased", "improved", "within_group", None)}


@pytest.mark.parametrize(
    "said",
    [  # fictional: the arm named after the lack of change, or before it
        "No significant within-group changes were observed in the usual care group.",
        "In the usual care group, no significant change was observed.",
        "In the usual care group, there was no significant change (p = 0.40).",
    ],
)
def test_no_change_in_the_comparator_arm_told_next_is_of_the_outcome_before(said: str) -> None:
    # fictional: the sentence after names no outcome, only the other arm's lack of change
    assert _within_readings("Anxiety decreased significantly in the massage group (p = 0.01).", said) == {
        ("anxiety", "decreased", "improved", "within_group", None),
        ("anxiety", "no_difference", "no_difference", "within_group", "usual care"),
    }


@pytest.mark.parametrize(
    ("said", "readings"),
    [
        # the one outcome excepted from the arms' likeness differed, its way not said: no finding
        (
            "Sleep quality and fatigue were similar between the groups, but mood was not (p = 0.004).",
            [("fatigue", "no_difference"), ("sleep", "no_difference")],
        ),
        # "and ... not either": alike too
        (
            "Sleep quality was similar between the groups, and mood was not either.",
            [("mood", "no_difference"), ("sleep", "no_difference")],
        ),
    ],
)
def test_an_outcome_excepted_from_the_arms_likeness_is_no_no_difference(
    said: str, readings: list[tuple[str, str]]
) -> None:
    found = _read(("METHODS", INTRO), ("RESULTS", said))  # fictional
    assert sorted((f.domain, f.change) for f in found[0]) == readings


def test_each_item_of_a_list_that_says_its_preposition_again_shares_its_no_difference() -> None:
    said = "There were no differences in sleep quality or in use of analgesics, or visits to a nurse."
    found = _read(("METHODS", INTRO), ("RESULTS", said))  # fictional
    assert sorted((f.measure, f.change, f.comparison) for f in found[0]) == [
        ("sleep quality", "no_difference", "between_groups"),
        ("use of analgesics", "no_difference", "between_groups"),
        ("visits to a nurse", "no_difference", "between_groups"),
    ]


@pytest.mark.parametrize(
    ("methods", "sentence"),
    [  # fictional: an arm's list of measures, each with its own comparative, against the other arm
        (INTRO, "The massage group had lower anxiety (p = 0.01), a higher quality of life (p = 0.02) and a lower resting heart rate (p = 0.03) than the usual care group."),
        (INTRO, "Compared with usual care, the massage group had lower anxiety (p = 0.01), a higher quality of life (p = 0.02) and showed a lower resting heart rate (p = 0.03)."),
        # the same by the arms' labels, the methods saying which is which
        (
            "Sixty adults were randomized into two groups: group A received massage and group B received usual care.",
            "Group A had lower anxiety (p = 0.01), a higher quality of life (p = 0.02) and a lower resting heart rate (p = 0.03) than group B.",
        ),
    ],
)  # fmt: skip
def test_each_measure_of_an_arms_list_reads_its_own_comparative(methods: str, sentence: str) -> None:
    found = _read(("METHODS", methods), ("RESULTS", sentence))[0]
    assert sorted((f.measure, f.change, f.direction, f.comparison) for f in found) == [
        ("anxiety", "decreased", "improved", "between_groups"),
        ("quality of life", "increased", "improved", "between_groups"),
        ("resting heart rate", "decreased", "not_applicable", "between_groups"),
    ]


@pytest.mark.parametrize(
    ("sentence", "p_value"),
    [  # fictional: the first result's test before the outcome's mention, the outcome's own after it
        ("After 2 years, risk of conversion remained lower in the early-zinc arm compared with the delayed-zinc arm (p = 0.002), with longer time to first relapse (median days: 800 vs 400; p = 0.0004) and lower overall annualized relapse rate (0.21 vs 0.26; p = 0.003).", "p = 0.003"),
        ("After 2 years, risk of conversion remained lower in the early-zinc arm compared with the delayed-zinc arm (p = 0.002), with a higher annualized relapse rate (0.31 vs 0.26; p = 0.03).", "p = 0.03"),
        ("The level of serum zinc (p = 0.01), serum copper (p = 0.02) and annualized relapse rate (p = 0.04) rose with early zinc.", "p = 0.04"),
        # the one p-value of the clause, after it: the outcome's still
        ("Early zinc raised the annualized relapse rate (p = 0.03).", "p = 0.03"),
    ],
)  # fmt: skip
def test_an_outcome_named_later_in_a_clause_takes_the_p_value_after_it(sentence: str, p_value: str) -> None:
    methods = "Ninety adults were randomized to early or delayed zinc."
    found = _read_titled(
        "A fictional trial of early versus delayed zinc in multiple sclerosis", methods, sentence
    )
    assert [f.p_value for f in found if f.measure == "annualized relapse rate"] == [p_value]


def test_an_outcome_named_again_in_the_bracket_takes_the_p_value_told_there() -> None:
    """Fictional: the bracket names each outcome with its own numbers and test."""
    sentence = (
        "Relief and remission were significantly more frequent with zinc compared with placebo "
        "(relief 74.7% vs. 42.2%, p < .001; remission 44.4% vs. 24.7%, p = .002)."
    )
    found = _read_titled(
        "A fictional trial of zinc in depression",
        "Sixty adults were randomized to zinc or placebo.",
        sentence,
    )
    assert [(f.change, f.p_value) for f in found if f.measure == "remission"] == [("increased", "p = .002")]


def test_a_result_added_with_its_own_comparative_is_not_the_first_s_way() -> None:
    """Fictional: ", with longer time to X" is the later measure's own comparative; the "lower"
    of the result before it is not that measure's change (read so, the finding was reversed)."""
    sentence = (
        "After 2 years, risk of asthma attacks remained lower in the early-zinc arm compared with the "
        "delayed-zinc arm (p = 0.002), with longer time to first attack (median days: 800 vs 400; p = 0.0004)."
    )
    methods = "Ninety adults were randomized to early or delayed zinc."
    found = _read_titled("A fictional trial of early versus delayed zinc in asthma", methods, sentence)
    assert sorted((f.measure, f.change, f.p_value) for f in found) == [
        ("risk of asthma attacks", "decreased", "p = 0.002"),
        ("time to first attack", "increased", "p = 0.0004"),
    ]


@pytest.mark.parametrize(
    ("sentence", "reading"),
    [  # fictional: what an arm's people were more or less likely to do, or more or fewer of them did
        ("Participants in the massage group were less likely to need rescue analgesia (p = 0.01).", ("decreased", "improved")),
        ("Participants in the massage group were more likely to be satisfied with their care (OR 2.1, 95% CI 1.1 to 3.9).", ("increased", "improved")),
        ("Participants in the usual care group were more likely to need rescue analgesia than those in the massage group (p = 0.01).", ("decreased", "improved")),
        ("Participants in the massage group were not more likely to have a relapse (OR 1.1, 95% CI 0.6 to 1.9).", ("no_difference", "no_difference")),
        ("Significantly fewer patients in the massage group discontinued treatment (5/60 vs 15/60, p < 0.05).", ("decreased", "improved")),
        ("Significantly more patients in the massage group returned to work at 6 months (40/60 vs 20/60, p < 0.05).", ("increased", "improved")),
        ("Participants in the massage group had a higher frequency of missed sessions than those in the control group (p = 0.40).", ("no_difference", "no_difference")),
    ],
)  # fmt: skip
def test_what_an_arms_people_were_likelier_to_do_is_compared_with_the_other_arm(
    sentence: str, reading: tuple[str, str]
) -> None:
    (finding,) = _read(INTRO, ("RESULTS", sentence))[0]
    assert ((finding.change, finding.direction), finding.comparison) == (reading, "between_groups")


@pytest.mark.parametrize(
    ("sentence", "reading"),
    [  # fictional: what an arm's people did more or less often, set against the other arm's
        ("Patients in the massage group vomited less often than those in the usual care group (p = 0.01).", ("decreased", "improved")),
        ("Patients in the usual care group vomited more often than those in the massage group (p = 0.01).", ("decreased", "improved")),
        ("Massage patients vomited significantly more frequently than usual care patients (p = 0.03).", ("increased", "worsened")),
    ],
)  # fmt: skip
def test_what_an_arms_people_did_more_often_is_compared_with_the_other_arm(
    sentence: str, reading: tuple[str, str]
) -> None:
    (finding,) = _read(INTRO, ("RESULTS", sentence))[0]
    assert (finding.measure, (finding.change, finding.direction), finding.comparison) == (
        "vomited",
        reading,
        "between_groups",
    )


def test_the_people_treated_with_the_comparator_hold_its_comparative() -> None:
    """Fictional: "patients treated with morphine" are the comparator's people, tramadol tested;
    "treated" is no word for the tested arm here (read so, the finding was reversed)."""
    methods = "Ninety children were randomised to tramadol or morphine."
    sentence = "Patients treated with morphine had more vomiting than those given tramadol (p < 0.05)."
    (finding,) = _read_titled(
        "A fictional trial of tramadol versus morphine after tonsillectomy", methods, sentence
    )
    assert (finding.change, finding.direction, finding.comparison) == (
        "decreased",
        "improved",
        "between_groups",
    )


def test_a_measure_whose_good_side_is_unknown_gives_no_finding_from_an_arms_comparative() -> None:
    sentence = "The massage group received significantly more referrals than the control group (p = 0.01)."
    assert _read(INTRO, ("RESULTS", sentence))[0] == []  # fictional: which way is better, no list says


@pytest.mark.parametrize(
    ("sentence", "readings"),
    [  # fictional: each outcome's p-value said before its change noun, the arm set against after both
        (
            "The massage group showed a statistically significant (P < 0.001) reduction in anxiety and significant "
            "(P < 0.001) enhancement in self-esteem in comparison to the control group.",
            [("anxiety", "decreased"), ("self-esteem", "increased")],
        ),
        (
            "The massage group showed a significant (P < 0.001) reduction in anxiety and a non-significant "
            "(P = 0.30) increase in self-esteem compared with the control group.",
            [("anxiety", "decreased"), ("self-esteem", "no_difference")],
        ),
        # the first outcome outside the vocabulary
        (
            "The massage group showed a significant reduction in agitation and a significant enhancement in "
            "self-esteem in comparison to the control group (P < 0.001).",
            [("agitation", "decreased"), ("self-esteem", "increased")],
        ),
        # so too with each p-value said between "significant" and the change noun
        (
            "The massage group showed a statistically significant (P < 0.001) reduction in agitation and "
            "significant (P < 0.001) enhancement in self-esteem in comparison to the control group.",
            [("agitation", "decreased"), ("self-esteem", "increased")],
        ),
        (
            "The massage group showed significant (P = 0.002) reduction in agitation and significant "
            "(P = 0.01) enhancement in vigour in comparison to the control group.",
            [("agitation", "decreased"), ("vigour", "increased")],
        ),
    ],
)
def test_each_outcome_of_an_arms_list_of_changes_is_compared_with_the_other_arm(
    sentence: str, readings: list[tuple[str, str]]
) -> None:
    found = _read(INTRO, ("RESULTS", sentence))[0]
    assert sorted((f.measure, f.change) for f in found) == readings
    assert {f.comparison for f in found} == {"between_groups"}


@pytest.mark.parametrize(
    "sentence",
    [  # fictional: an arm's comparative granted for one outcome and denied for the next
        "The massage group had lower anxiety but not better sleep quality than the usual care group (p = 0.01).",
        "Massage gave lower anxiety but not better sleep quality than usual care.",
    ],
)
def test_a_comparative_denied_after_but_is_no_difference(sentence: str) -> None:
    found = _read(INTRO, ("RESULTS", sentence))[0]
    assert sorted((f.domain, f.change) for f in found) == [
        ("anxiety", "decreased"),
        ("sleep", "no_difference"),
    ]


@pytest.mark.parametrize(
    "said",
    [  # fictional
        "Neither before (massage vs usual care: 31 vs 30, p = 0.74) nor after treatment (p = 0.91) "
        "did grip strength differ between the groups.",
        "No significant differences between the massage and usual care groups were found before "
        "(p = 0.74) or after treatment (p = 0.91) in grip strength.",
        "In terms of grip strength, neither preoperative (31 vs 30, p = 0.74) nor postoperative "
        "(29 vs 29, p = 0.91) differences between the groups were significant.",
    ],
)
def test_a_lack_of_difference_before_and_after_treatment_is_the_end_s_with_its_own_p_value(said: str) -> None:
    found = _read(("METHODS", INTRO), ("RESULTS", said))
    assert [(f.domain, f.change, f.comparison, f.p_value) for f in found[0]] == [
        ("strength", "no_difference", "between_groups", "p = 0.91")
    ]


def test_a_measure_named_first_is_the_one_the_statement_after_it_compares() -> None:
    said = (
        "In terms of lens thickness, neither preoperative (3.1 vs 3.0, p = 0.74) nor postoperative "
        "(2.9 vs 2.9, p = 0.91) differences between the groups were significant."
    )  # fictional
    found = _read(("METHODS", INTRO), ("RESULTS", said))
    assert [(f.measure, f.change, f.comparison, f.p_value) for f in found[0]] == [
        ("lens thickness", "no_difference", "between_groups", "p = 0.91")
    ]


@pytest.mark.parametrize(
    ("methods", "sentence"),
    [  # fictional: the comparator's list, items without brackets, each its own comparative: turned round
        (INTRO, "The usual care group had significantly lower anxiety, a higher quality of life and lower resting heart rate than the massage group (all p < 0.05)."),
        (
            "Sixty adults were randomized into two groups: group A received massage and group B received usual care.",
            "Group B had a significantly lower anxiety, a higher quality of life and a lower resting heart rate on day 3.",
        ),
    ],
)  # fmt: skip
def test_the_comparators_list_of_comparatives_is_turned_round_item_by_item(
    methods: str, sentence: str
) -> None:
    found = _read(("METHODS", methods), ("RESULTS", sentence))[0]
    assert sorted((f.measure, f.change, f.direction) for f in found) == [
        ("anxiety", "increased", "worsened"),
        ("quality of life", "decreased", "worsened"),
        ("resting heart rate", "increased", "not_applicable"),
    ]


def test_each_measure_a_regression_compares_with_the_other_arm_is_a_finding() -> None:
    """Fictional: a regression named as the way the arms were compared reads each listed measure
    against usual care, not as a tie between two measures."""
    said = (
        "Regression analysis showed that the massage group significantly improved sleep quality "
        "(t = -4.1, P < 0.001) and fatigue (t = -3.9, P < 0.001) compared with usual care after "
        "controlling for baseline values."
    )
    found, _ = _read(("METHODS", INTRO), ("RESULTS", said))
    assert {(f.domain, f.direction, f.comparison) for f in found} == {
        ("sleep", "improved", "between_groups"),
        ("fatigue", "improved", "between_groups"),
    }


def test_each_dose_against_placebo_with_placebo_named_first_is_the_arms_compared() -> None:
    """Fictional: the placebo arm's change, signed, then each dose's with its p-value."""
    said = (
        "At week 12, mean changes from baseline LDL cholesterol (3.9 mmol/l) were +0.1 mmol/l for "
        "placebo compared with -0.8 mmol/l (P = 0.002), -1.1 mmol/l (P < 0.001) and -1.4 mmol/l "
        "(P < 0.001) for fictorin 20, 40 and 80 mg, respectively."
    )
    methods = "Adults were randomized to fictorin 20 mg, 40 mg or 80 mg or placebo for 12 weeks."
    (finding,) = _read_titled("Fictorin in hypercholesterolaemia", methods, said)
    assert (finding.measure, finding.change, finding.direction, finding.comparison) == (
        "LDL cholesterol",
        "decreased",
        "improved",
        "between_groups",
    )


def test_a_rating_more_positive_and_another_subjects_result_are_two_findings() -> None:
    """Fictional: the rating is better whatever its measure's good side, and the clause after
    "and" with a subject and verb of its own is a second finding."""
    said = (
        "Participants given massage rated their rapport with the nurse more positively (MD = 1.2, 95% CI 0.2 "
        "to 2.2; p = 0.03), and massage improved sleep quality for spouses (MD = 0.4, 95% CI 0.1 to 0.7)."
    )
    found, _ = _read(("METHODS", INTRO), ("RESULTS", said))
    assert {(f.measure, f.direction, f.comparison) for f in found} == {
        ("rapport", "improved", "between_groups"),
        ("sleep quality", "improved", "between_groups"),
    }


def test_benefits_of_the_tested_arm_for_each_listed_measure_are_between_the_arms() -> None:
    """Fictional: in a controlled trial, "benefits of massage" are over what usual care gave."""
    said = "Significant benefits of massage were found for sleep quality (effect size 0.8) and fatigue (effect size 0.5)."
    found, _ = _read(("METHODS", INTRO), ("RESULTS", said))
    assert {(f.domain, f.direction, f.comparison) for f in found} == {
        ("sleep", "improved", "between_groups"),
        ("fatigue", "improved", "between_groups"),
    }


def test_a_dose_set_against_the_placebo_arms_label_is_the_dose_against_placebo() -> None:
    """Fictional: the methods label the arms; the result names the doses by their amount and the
    placebo arm by its label."""
    methods = (
        "Adults were randomized to saline placebo (group I), fictorin 0.5 mg/kg (group II), "
        "fictorin 1 mg/kg (group III) or fictorin 1.5 mg/kg (group IV)."
    )
    said = (
        "Fictorin 1 mg/kg and 1.5 mg/kg significantly reduced the incidence of severe cramps at 2 min "
        "(14% each) compared to groups I (42%, P = 0.003) and II (32%, P = 0.032)."
    )
    (finding,) = _read_titled("Fictorin for cramps", methods, said)
    assert (finding.change, finding.direction, finding.comparison) == (
        "decreased",
        "improved",
        "between_groups",
    )


def test_an_item_listed_under_a_decrease_is_not_read_from_the_next_items_increase() -> None:
    said = (  # fictional
        "The massage group showed a significant decrease in pain (1.2 [SD 0.4], P = 0.01) and anxiety "
        "(0.3 [SD 0.2], P = 0.02) and a significant increase in sleep quality (0.5 [SD 0.6], P = 0.008)."
    )
    found = _by_domain(_read(("METHODS", INTRO), ("RESULTS", said)))
    assert {domain: found[domain].change for domain in ("pain", "anxiety", "sleep")} == {
        "pain": "decreased",
        "anxiety": "decreased",
        "sleep": "increased",
    }


def test_two_doses_effect_sizes_against_placebo_are_not_read_as_a_dose_against_placebo() -> None:
    """Fictional: 1.15 and 1.01 are each dose's estimate against placebo, not placebo's value and a
    dose's; read as placebo's against the dose's, the relief would seem to have fallen."""
    methods = "Adults were randomized to fictorin 1 mg, 2 mg or 4 mg or placebo before surgery."
    said = "The effect size for pain relief versus placebo was 1.15 and 1.01 for fictorin 2 mg and 4 mg, respectively (P < 0.01)."
    found = _read_titled("Fictorin for pain after surgery", methods, said)
    assert not [f for f in found if f.direction == "worsened"]


@pytest.mark.parametrize(
    ("result", "reading"),
    [  # fictional: "more in the X group" as "higher in the X group", the comparator's turned round
        ("First-attempt success was more in the fictolan group than in the placebo group (p = 0.01).",
         ("First-attempt success", "increased", "improved")),
        ("Ease of insertion was found to be significantly more in the fictolan group (p = 0.01).",
         ("Ease of insertion", "increased", "improved")),
        ("Sore throat was more in the placebo group than in the fictolan group (p = 0.01).",
         ("Sore throat", "decreased", "improved")),
    ],
)  # fmt: skip
def test_more_in_an_arm_compares_the_arms(result: str, reading: tuple[str, str, str]) -> None:
    methods = "Ninety adults needing an airway device were randomized to fictolan spray or placebo spray."
    finding = _only(_read(("METHODS", methods), ("RESULTS", result)))
    assert ((finding.measure, finding.change, finding.direction), finding.comparison) == (
        reading,
        "between_groups",
    )


def test_more_in_a_labelled_arm_is_read_through_the_methods() -> None:
    methods = "Adults were randomized to foot massage (group A) or usual care (group B)."
    (finding,) = _read_titled(
        "A fictional trial in sleep", methods, "Sleep quality was more in group B than in group A (p = 0.01)."
    )
    assert (finding.measure, finding.change, finding.direction, finding.comparison) == (
        "Sleep quality",
        "decreased",
        "worsened",
        "between_groups",
    )


@pytest.mark.parametrize(
    ("result", "reading"),
    [  # fictional: "the non-splint group" is the arm without the splint, the comparator
        ("Grip strength was higher in the non-splint group (p = 0.01).", ("decreased", "worsened")),
        ("Grip strength was 5 kg more in the non-splint group (p = 0.01).", ("decreased", "worsened")),
        ("Grip strength was higher in the splint group than in the non-splint group (p = 0.01).", ("increased", "improved")),
    ],
)  # fmt: skip
def test_an_arm_named_non_treatment_is_the_comparator(result: str, reading: tuple[str, str]) -> None:
    methods = "Eighty adults with wrist fracture were randomized to a night splint or no splint for 6 weeks."
    finding = _only(_read(("METHODS", methods), ("RESULTS", result)))
    assert (finding.measure, (finding.change, finding.direction), finding.comparison) == (
        "Grip strength",
        reading,
        "between_groups",
    )


@pytest.mark.parametrize(
    "said",
    [  # fictional: a response threshold after a score's abbreviation, reached more often with the drug
        "A PASI 75 response was more frequent with Fictolimab than with placebo (62% vs 18%, p < 0.001).",
        "The proportion of patients achieving PASI 75 was higher with Fictolimab than with placebo (62% vs 18%; p < 0.001).",
    ],
)  # fmt: skip
def test_a_response_threshold_reached_more_often_is_an_improvement_not_a_worse_score(said: str) -> None:
    intro = "Eighty adults with psoriasis were randomized to Fictolimab or placebo for 12 weeks."
    finding = _only(_read(("METHODS", intro), ("RESULTS", said)))
    assert "PASI 75" in finding.measure and finding.direction == "improved"


@pytest.mark.parametrize(
    "sentence",
    [  # fictional: more people reached a low pain score; pain itself fell, never rose
        "The proportion of patients with a pain score below 3 was higher in the massage group than in the usual care group (p = 0.03).",
        "More patients in the massage group had a pain score < 3 at 6 weeks (p = 0.03).",
    ],
)  # fmt: skip
def test_a_threshold_after_a_level_counts_reaching_it_never_the_level_itself(sentence: str) -> None:
    found = _read(("METHODS", INTRO), ("RESULTS", sentence))
    assert [(f.measure, f.direction, f.change) for f in found[0]] == [
        (found[0][0].measure, "improved", "increased")
    ]
    assert "below 3" in found[0][0].measure or "< 3" in found[0][0].measure


def test_a_level_over_a_time_keeps_its_own_side() -> None:
    # fictional: "over 48 hours" is when, not a threshold
    sentence = "Summed pain relief over 48 hours was higher in the massage group than in the usual care group (p = 0.01)."
    assert _readings(_read(("METHODS", INTRO), ("RESULTS", sentence))) == [
        ("pain", "improved", "between_groups")
    ]


@pytest.mark.parametrize(
    ("results", "direction"),
    [  # fictional: more responders for an outcome is more people whose outcome got better
        ("Responders for pain were 12 of 20 in the massage group and 4 of 20 in the usual care group (p = 0.01).", "improved"),
        ("Responders for pain were 4 of 20 in the massage group and 12 of 20 in the usual care group (p = 0.01).", "worsened"),
        ("The proportion of fatigue responders was higher in the massage group (60% vs 20%, p = 0.01).", "improved"),
        ("The response rate for fatigue was 15% with massage and 40% with usual care (p = 0.03).", "worsened"),
        ("More patients in the massage group achieved the MCID for pain than in the usual care group (45% vs 15%, p = 0.01).", "improved"),
        ("Fewer patients in the massage group reached a minimal clinically important difference in pain than in the usual care group (15% vs 45%, p = 0.01).", "worsened"),
    ],
)  # fmt: skip
def test_the_count_of_responders_for_an_outcome_is_better_higher(results: str, direction: str) -> None:
    assert _readings(_read(("METHODS", INTRO), ("RESULTS", results)))[0][1:] == (direction, "between_groups")


@pytest.mark.parametrize(
    ("result", "reading"),
    [  # fictional: "got worse" / "became worse" is what happened to one arm over time
        ("Fatigue got worse in the usual care group (p = 0.03).", ("worsened", "within_group", "usual care")),
        ("Fatigue became worse with usual care (p = 0.03).", ("worsened", "within_group", "usual care")),
        ("Fatigue got better in the massage group (p = 0.03).", ("improved", "within_group", None)),
        # fictional: "was worse in" ranks one arm below the other
        ("Fatigue was worse in the usual care group (p = 0.03).", ("improved", "between_groups", "usual care")),
    ],
)  # fmt: skip
def test_getting_worse_in_an_arm_is_its_own_change_not_a_ranking(
    result: str, reading: tuple[str, str, str | None]
) -> None:
    methods = (
        "Forty adults with multiple sclerosis were randomised to weekly massage or usual care for 8 weeks."
    )
    found = _read_titled("A fictional trial of massage against usual care", methods, result)
    assert [(f.direction, f.comparison, f.comparator) for f in found] == [reading]


@pytest.mark.parametrize(
    ("result", "measure", "change", "direction"),
    [  # fictional: the measure named as the topic, then the arms compared on it
        ("Regarding itching, massage was significantly better than usual care (p < 0.001).", "itching", "decreased", "improved"),
        ("In terms of wound size, massage was significantly worse than usual care (p = 0.01).", "wound size", "increased", "worsened"),
    ],
)  # fmt: skip
def test_arms_compared_on_a_topic_named_before_them_report_on_the_topic(
    result: str, measure: str, change: str, direction: str
) -> None:
    finding = _only(_read(("METHODS", INTRO), ("RESULTS", result)))
    assert (finding.measure, finding.change, finding.direction, finding.comparison) == (
        measure,
        change,
        direction,
        "between_groups",
    )


@pytest.mark.parametrize(
    ("result", "change"),
    [  # fictional: each arm's people counted, then what befell them
        ("Twelve of 30 patients (40%) in the usual care group and 3 of 30 (10%) in the massage group died (p = 0.01).", "decreased"),
        ("12 patients (40%) in the usual care group relapsed compared with 11 (37%) in the massage group (p = 0.79).", "no_difference"),
    ],
)  # fmt: skip
def test_what_befell_each_arms_counted_people_is_their_finding(result: str, change: str) -> None:
    finding = _only(_read(("METHODS", INTRO), ("RESULTS", result)))
    assert (finding.change, finding.comparison) == (change, "between_groups")


def test_each_arms_number_is_read_where_the_second_arms_verb_is_left_out() -> None:
    """Fictional: "was 38% ... and in the usual care group 64%", the second "was" left out."""
    finding = _only(
        _read(
            ("METHODS", INTRO),
            (
                "RESULTS",
                "Wound infection in the massage group was 10% and in the usual care group 30% (p = 0.02).",
            ),
        )
    )
    assert (finding.change, finding.direction, finding.comparison) == (
        "decreased",
        "improved",
        "between_groups",
    )


def test_the_share_beyond_a_threshold_is_another_outcome_than_the_mean_level() -> None:
    """Fictional: the mean level did not differ, but fewer reached a threshold: two findings, the
    threshold's sign ("≤ 30%") telling them apart as the word "below" would."""
    found, _ = _read(
        ("METHODS", INTRO),
        (
            "RESULTS",
            "The mean ejection fraction was 44% in the massage group and 42% in the usual care group (P = 0.12). "
            "An ejection fraction ≤ 30% was observed in 18% of the usual care group and in 12% of the massage "
            "group (P = 0.01).",
        ),
    )
    assert sorted((f.measure, f.change) for f in found) == [
        ("ejection fraction", "no_difference"),
        ("ejection fraction ≤ 30%", "decreased"),
    ]


def test_an_arm_named_by_the_treatment_it_went_without_is_the_comparator() -> None:
    """Fictional: "randomized to Fictolan infusion or no infusion": the Fictolan group is the one
    tested, and its fewer infections a decrease against the controls."""
    finding = _only(
        _read(
            ("METHODS", "Patients were randomized to Fictolan infusion or no infusion."),
            (
                "RESULTS",
                "Infection was observed in 18% of the controls and in 12% of the Fictolan group (P = 0.01).",
            ),
        )
    )
    assert (finding.change, finding.direction, finding.comparison) == (
        "decreased",
        "improved",
        "between_groups",
    )


def test_no_difference_named_with_the_measure_before_it_is_read() -> None:
    """Fictional: "no significant mortality difference between the groups"."""
    finding = _only(
        _read(
            ("METHODS", INTRO),
            (
                "RESULTS",
                "Overall, 6 of 20 patients died, with no significant mortality difference between the groups.",
            ),
        )
    )
    assert (finding.measure, finding.change, finding.comparison) == (
        "mortality",
        "no_difference",
        "between_groups",
    )


@pytest.mark.parametrize(
    "result",
    [  # fictional: alike at baseline, then the later result with its subject and verb left out
        "Itching was similar at baseline but significantly lower in the massage group than in the usual care group at week 6 (p = 0.01).",
        "Itching was comparable at baseline, but lower with massage than with usual care at week 6 (p = 0.01).",
    ],
)  # fmt: skip
def test_a_result_after_alike_at_baseline_with_its_verb_left_out_is_read(result: str) -> None:
    finding = _only(_read(("METHODS", INTRO), ("RESULTS", result)))
    assert (finding.measure, finding.change, finding.comparison) == ("Itching", "decreased", "between_groups")


def test_a_later_item_of_a_sized_change_is_read_as_the_first() -> None:
    methods = "Sixty adults with MS were randomised to home exercise or usual care."  # fictional
    result = "The exercise group had significantly less increase in depression and fatigue than the usual care group (p = 0.03)."
    found = _read_titled("A fictional trial of home exercise against usual care", methods, result)
    assert [(f.domain, f.change, f.direction) for f in found] == [
        ("depression", "decreased", "improved"),
        ("fatigue", "decreased", "improved"),
    ]


@pytest.mark.parametrize(
    ("result", "reading"),
    [  # fictional: the control arm's change beside the test of the arms' difference, its size between
        ("Fatigue increased by 5% in controls (group by time interaction p = 0.01).", ("improved", "between_groups", "control")),
        ("Fatigue increased by 5% in the control group (p = 0.01 between groups).", ("improved", "between_groups", "control")),
        # fictional: a test quoted as "(between-group p ...)" sets no arm against the control arm's change
        ("Fatigue increased by 5% in the control group (between-group p = 0.01).", ("worsened", "within_group", "control")),
        ("Fatigue worsened in the control group (between-group p = 0.01).", ("worsened", "within_group", "control")),
    ],
)  # fmt: skip
def test_the_control_arms_change_beside_the_groups_test_is_never_the_tested_arms(
    result: str, reading: tuple[str, str, str | None]
) -> None:
    methods = (
        "Forty adults with multiple sclerosis were randomised to an exercise programme or a control group."
    )
    found = _read_titled("A fictional trial of an exercise programme against control", methods, result)
    assert [(f.direction, f.comparison, f.comparator) for f in found] == [reading]


def test_a_change_set_relative_to_baseline_is_the_measures_own() -> None:
    result = "Walking speed increased relative to baseline in the massage group (p = 0.01)."  # fictional
    finding = _only(_read(("METHODS", INTRO), ("RESULTS", result)))
    assert (finding.measure, finding.direction, finding.comparison) == (
        "Walking speed",
        "improved",
        "within_group",
    )


PRE_POST_DIFFERED = "Significant differences were found between pre- and post-test fatigue scores in the massage group (p < 0.05)."  # fictional


@pytest.mark.parametrize(
    "result",
    [  # fictional
        PRE_POST_DIFFERED,
        "The difference between pre-test and post-test fatigue scores of the massage group was statistically significant (p < 0.05).",
        "In the massage group, the difference between fatigue scores before and after the intervention was significant (p < 0.05).",
        "Fatigue changed significantly in the massage group (p < 0.01).",
        "Significant changes in fatigue were observed in the massage group (p < 0.01).",
        "The changes of fatigue over time were significant in the massage group (p < 0.01).",
    ],
)  # fmt: skip
def test_a_difference_between_pre_and_post_test_takes_its_way_from_the_conclusions(result: str) -> None:
    conclusions = "Massage reduced fatigue in adults with multiple sclerosis."  # fictional
    found = _read(("METHODS", INTRO), ("RESULTS", result), ("CONCLUSIONS", conclusions))
    finding = _only(found)
    assert (finding.change, finding.direction, finding.comparison) == (
        "decreased",
        "improved",
        "within_group",
    )
    assert finding.evidence.text == result


def test_a_significant_change_in_the_comparator_arm_takes_no_way_from_the_conclusions() -> None:
    conclusions = "Massage reduced fatigue in adults with multiple sclerosis."  # fictional
    result = "Fatigue changed significantly in the usual care group (p < 0.01)."  # fictional
    finding = _only(_read(("METHODS", INTRO), ("RESULTS", result), ("CONCLUSIONS", conclusions)))
    assert (finding.direction, finding.comparison) == ("unclear", "within_group")


def test_a_difference_between_pre_and_post_test_no_conclusion_explains_is_left_out() -> None:
    conclusions = "Massage may be useful for adults with multiple sclerosis."  # fictional
    assert _read(("METHODS", INTRO), ("RESULTS", PRE_POST_DIFFERED), ("CONCLUSIONS", conclusions))[0] == []


@pytest.mark.parametrize(
    "result",
    [  # fictional: the tested treatment said to be effective, or reported as what it did
        "Reflexology was effective in reducing fatigue (p < 0.05).",
        "The results showed that reflexology massage was effective in reducing fatigue (p < 0.05).",
        "The results showed that reflexology reduced fatigue (p < 0.05).",
    ],
)
def test_the_tested_treatment_said_effective_is_set_against_the_other_arm(result: str) -> None:
    methods = (
        "Sixty adults with multiple sclerosis were randomly divided into reflexology and control groups."
    )
    found = _read_titled("A fictional trial of reflexology for fatigue", methods, result)
    assert [(f.direction, f.comparison, f.comparator) for f in found] == [
        ("improved", "between_groups", "control")
    ]


def test_two_arms_set_against_a_third_are_no_change_of_every_arm() -> None:
    methods = "Seventy-five adults with MS were randomly assigned to aromatherapy massage, massage without aroma, or control groups."
    result = "Mean pain scores decreased significantly in both the aromatherapy and massage groups compared with the control group (p < 0.001)."  # fictional
    found = _read_titled("A fictional three-arm trial of aromatherapy massage", methods, result)
    assert [(f.direction, f.comparison, f.comparator) for f in found] == [
        ("improved", "between_groups", "control")
    ]


@pytest.mark.parametrize(
    ("result", "between"),
    [  # fictional: each arm's change, their difference tested by its interval alone
        ("Constipation fell by 8.2 points with massage and by 2.1 points with usual care (between-group difference -6.1, 95% CI -9.4 to -2.8).", ("decreased", "improved")),
        ("Constipation fell by 2.1 points with massage and by 8.2 points with usual care (between-group difference 6.1, 95% CI 2.8 to 9.4).", ("increased", "worsened")),
        ("Constipation fell by 8.2 points with massage and by 7.1 points with usual care (MD -1.1, 95% CI -3.4 to 1.2).", ("no_difference", "no_difference")),
    ],
)  # fmt: skip
def test_each_arms_change_with_the_interval_of_their_difference_is_between_the_arms(
    result: str, between: tuple[str, str]
) -> None:
    found = _read(("METHODS", INTRO), ("RESULTS", result))[0]
    assert [(f.change, f.direction) for f in found if f.comparison == "between_groups"] == [between]


def test_an_interval_of_one_arms_own_change_tests_nothing_between_the_arms() -> None:
    result = "Constipation fell by 8.2 points (95% CI 5.1 to 11.3) with massage and by 2.1 points (95% CI -0.5 to 4.7) with usual care."  # fictional
    found = _read(("METHODS", INTRO), ("RESULTS", result))[0]
    assert [f.comparison for f in found] == ["within_group"]


def test_a_change_in_the_control_arm_named_by_its_label_is_the_control_arms() -> None:
    methods = "Sixty women with MS were randomly assigned to group A (reflexology) or group C (control)."
    result = "Fatigue decreased in group A (p < 0.001) but did not change in group C."  # fictional
    found = _read_titled("A fictional trial of reflexology for fatigue", methods, result)
    assert [(f.direction, f.comparison, f.comparator) for f in found] == [
        ("improved", "within_group", None),
        ("no_difference", "within_group", "group C"),
    ]


def test_a_harm_denied_before_a_result_does_not_deny_the_result() -> None:
    result = "Massage was not associated with adverse events, and reduced pain (p = 0.01)."  # fictional
    finding = _only(_read(("METHODS", INTRO), ("RESULTS", result)))
    assert (finding.domain, finding.change, finding.direction) == ("pain", "decreased", "improved")


@pytest.mark.parametrize(
    "result",
    [
        "In the control group, pain severity did not differ significantly before and after the study (p = 0.42).",
        "In the control group there was no significant difference in pain severity before and after the study (p = 0.42).",
        "There was no significant difference in the mean pain severity of the control group before and after the study (p = 0.42).",
        # its two values set side by side, the arm said unchanged
        "Pain severity did not change in the control group (6.2 vs 6.0, p = 0.42).",
        "In the control group, pain severity remained unchanged (6.2 vs 6.0, p = 0.42).",
    ],
)  # fmt: skip
def test_one_arms_values_alike_before_and_after_are_its_own_lack_of_change(result: str) -> None:
    methods = "Seventy people with MS were randomised to massage or a control group."  # fictional
    finding = _only(_read(("METHODS", methods), ("RESULTS", result)))
    assert (finding.direction, finding.comparison, finding.comparator) == (
        "no_difference",
        "within_group",
        "control",
    )


def test_values_alike_before_and_after_between_the_groups_still_compare_the_groups() -> None:
    methods = "Seventy people with MS were randomised to massage or a control group."  # fictional
    result = "Pain severity did not differ between the groups before and after the study (p = 0.42)."
    finding = _only(_read(("METHODS", methods), ("RESULTS", result)))
    assert (finding.direction, finding.comparison) == ("no_difference", "between_groups")


def test_an_arm_named_without_its_article_is_that_arm() -> None:
    methods = "Sixty people with MS were randomised to aromatherapy or a control group."  # fictional
    result = "Fatigue decreased in aromatherapy group (p = 0.01), while in control group it had no significant change."
    found = _read(("METHODS", methods), ("RESULTS", result))[0]
    assert [(f.direction, f.comparison, f.comparator) for f in found] == [
        ("improved", "within_group", None),
        ("no_difference", "within_group", "control"),
    ]


@pytest.mark.parametrize(
    "result",
    [
        "Anxiety decreased significantly in the reflexology group in compare with the relaxation group (p = 0.01).",
        "Reflexology had a significant effect on decreasing of anxiety in the experimental group compare to the relaxation group (p = 0.01).",
    ],
)  # fmt: skip
def test_compare_to_as_a_second_language_writes_it_compares_the_arms(result: str) -> None:
    methods = "Fifty people with MS were randomized to reflexology or relaxation."  # fictional
    finding = _only(_read(("METHODS", methods), ("RESULTS", result)))
    assert (finding.domain, finding.direction, finding.comparison) == (
        "anxiety",
        "improved",
        "between_groups",
    )


@pytest.mark.parametrize(
    "result",
    [
        "Depression decreased in both groups but difference was not significant (p = 0.3).",
        "Depression decreased in both groups; however, difference between groups was not significant.",
    ],
)  # fmt: skip
def test_a_difference_said_without_its_article_is_the_arms_difference(result: str) -> None:
    methods = "Fifty people with MS were randomized to reflexology or relaxation."  # fictional
    found = _read(("METHODS", methods), ("RESULTS", result))[0]
    assert [(f.direction, f.comparison) for f in found] == [
        ("improved", "within_group"),
        ("no_difference", "between_groups"),
    ]


def test_each_arms_values_with_a_unit_holding_a_digit_are_compared_between_the_arms() -> None:
    methods = "Thirty-eight people with MS were randomly assigned to trigger point therapy or stretching."  # fictional
    result = (
        "Pressure pain threshold increased from 2.4 ± 0.6 to 3.5 ± 0.8 kg/cm2 in the trigger point group and "
        "from 2.5 ± 0.7 to 2.7 ± 0.7 kg/cm2 in the stretching group (between-group p = 0.003)."
    )
    found = _read(("METHODS", methods), ("RESULTS", result))[0]
    assert sorted((f.direction, f.comparison) for f in found) == [
        ("improved", "between_groups"),
        ("improved", "within_group"),
    ]


@pytest.mark.parametrize(
    ("result", "reading"),
    [
        ("The mean pain severity in the massage group before the intervention was 6.8 ± 1.2 and after the intervention was 3.2 ± 1.0 (p < 0.001).", ("improved", None)),
        ("In the control group, the mean pain severity before the intervention was 6.5 and after the intervention was 6.3 (p = 0.42).", ("no_difference", "control")),
    ],
)  # fmt: skip
def test_each_time_named_with_its_own_value_is_a_change_within_the_arm(
    result: str, reading: tuple[str, str | None]
) -> None:
    methods = "Seventy people with MS were randomised to massage or a control group."  # fictional
    finding = _only(_read(("METHODS", methods), ("RESULTS", result)))
    assert (finding.direction, finding.comparator, finding.comparison) == (*reading, "within_group")


def test_two_symptoms_of_one_domain_named_apart_keep_their_own_results() -> None:
    methods = "Twenty-eight people with MS were randomised to reflexology or sham reflexology."  # fictional
    result = (
        "Compared with sham, reflexology significantly reduced urgency episodes (p = 0.04), "
        "but did not reduce incontinence episodes."
    )
    found = _read(("METHODS", methods), ("RESULTS", result))[0]
    assert sorted((f.measure, f.direction, f.comparison) for f in found) == [
        ("incontinence", "no_difference", "between_groups"),
        ("urgency", "improved", "between_groups"),
    ]


@pytest.mark.parametrize(
    ("result", "expected"),
    [
        # fictional: the rest of the instrument is no result of the part before it
        (
            "The SF-36 vitality domain was higher after reflexology than after sham (p = 0.03), while the other domains did not differ.",
            [("SF-36", "no_difference"), ("vitality", "improved")],
        ),
        (
            "The SF-36 bodily pain score rose more with reflexology than with sham (p = 0.01); the remaining subscales did not differ.",
            [("SF-36", "no_difference"), ("bodily pain", "improved")],
        ),
        # fictional: after an outcome of no instrument, the other domains are other outcomes
        (
            "Anxiety fell more with reflexology than with sham (p = 0.02), while the other domains did not differ.",
            [("Anxiety", "improved")],
        ),
    ],
)  # fmt: skip
def test_the_other_domains_after_a_part_are_the_rest_of_its_instrument(
    result: str, expected: list[tuple[str, str]]
) -> None:
    methods = "Thirty people with MS were randomised to reflexology or sham reflexology."  # fictional
    found = _read(("METHODS", methods), ("RESULTS", result))[0]
    assert sorted((f.measure, f.direction) for f in found) == expected


@pytest.mark.parametrize(
    "result",
    [  # fictional: the test of the arms' difference, then its way in a clause of no test
        "Anxiety differed significantly between the groups (p = 0.006), with a greater decrease in the massage group.",
        "There was a significant group x time interaction for anxiety (p = 0.006), with a greater decrease in the massage group.",
    ],
)  # fmt: skip
def test_the_way_told_after_the_arms_difference_keeps_that_difference_s_p_value(result: str) -> None:
    methods = "Forty people with MS were randomised to massage or usual care."  # fictional
    finding = _only(_read(("METHODS", methods), ("RESULTS", result)))
    assert (finding.direction, finding.comparison, finding.p_value) == (
        "improved",
        "between_groups",
        "p = 0.006",
    )


def test_an_interaction_with_time_on_a_defined_scale_is_read_for_that_scale() -> None:
    methods = (  # fictional
        "Fifty people after stroke were randomised to foot massage or usual care. "
        "Mood was rated with the Geriatric Depression Scale (GDS)."
    )
    result = "A group-by-time interaction was found for GDS (p = 0.003), with a greater reduction in the massage group."
    found = _only(_read(("METHODS", methods), ("RESULTS", result)))
    assert (found.domain, found.direction, found.comparison) == ("depression", "improved", "between_groups")


def test_pain_and_a_threshold_that_rose_to_the_same_good_keep_their_own_changes() -> None:
    methods = "Thirty people after stroke were randomised to reflexology or sham."  # fictional
    result = (
        "Compared with sham, reflexology gave a larger fall in shoulder pain (p = 0.01) "
        "and a larger rise in PPT (p = 0.02)."
    )
    found = _read(("METHODS", methods), ("RESULTS", result))[0]
    assert sorted((f.measure, f.change, f.direction, f.p_value) for f in found) == [
        ("PPT", "increased", "improved", "p = 0.02"),
        ("pain", "decreased", "improved", "p = 0.01"),
    ]


@pytest.mark.parametrize(
    "result",
    [
        "Pain was reduced by 1.2 points less in the usual care group than in the massage group (p = 0.04).",
        "Walking speed increased by 0.1 m/s less with usual care than with massage (p = 0.04).",
    ],
)  # fmt: skip
def test_a_change_sized_less_in_the_comparator_arm_is_the_tested_arms_gain(result: str) -> None:
    methods = "Forty people with MS were randomised to massage or usual care."  # fictional
    finding = _only(_read(("METHODS", methods), ("RESULTS", result)))
    assert (finding.direction, finding.comparison) == ("improved", "between_groups")


@pytest.mark.parametrize(
    ("result", "direction"),
    [
        ("The increase in pressure pain threshold was greater after massage (p = 0.01).", "improved"),
        ("The increase in pressure pain threshold was greater after usual care (p = 0.01).", "worsened"),
    ],
)  # fmt: skip
def test_a_change_sized_as_greater_in_an_arm_compares_the_arms(result: str, direction: str) -> None:
    methods = (
        "Thirty-six people with Parkinson's disease were randomised to massage or usual care."  # fictional
    )
    finding = _only(_read(("METHODS", methods), ("RESULTS", result)))
    assert (finding.direction, finding.comparison) == (direction, "between_groups")


def test_a_change_sized_as_greater_at_a_later_time_stays_within_the_arm() -> None:
    methods = (
        "Twelve people with Parkinson's disease received massage in a single-arm pilot study."  # fictional
    )
    result = "The reduction in rigidity was larger after the second session (p = 0.01)."
    finding = _only(_read(("METHODS", methods), ("RESULTS", result)))
    assert finding.comparison == "within_group"


@pytest.mark.parametrize(
    "result",
    [
        "Reflexology was superior to foot massage for paresthesia (p = 0.02).",
        "Reflexology was superior to foot massage in reducing paresthesia (p = 0.02).",
    ],
)  # fmt: skip
def test_the_arm_a_ranking_sets_against_is_named_without_what_it_was_for(result: str) -> None:
    methods = "Forty people with MS were randomised to reflexology or nonspecific foot massage."  # fictional
    finding = _only(_read(("METHODS", methods), ("RESULTS", result)))
    assert (finding.direction, finding.comparison, finding.comparator) == (
        "improved",
        "between_groups",
        "foot massage",
    )


@pytest.mark.parametrize(
    "sentence",
    [  # fictional: the arms' sizes told with their likeness at baseline; a scale the people used
        "There were 40 and 42 patients in the massage and control groups, respectively, "
        "with similar baseline anxiety scores (P = 0.52).",
        "Compared with usual care, patients in the massage group who used a depression self-rating "
        "scale more often continued their medication (72% vs 51%, p = 0.01).",
    ],
)
def test_a_description_of_the_arms_or_a_scale_they_used_is_no_result_about_its_outcome(sentence: str) -> None:
    found, _ = _read(("RESULTS", sentence))
    assert not [f for f in found if f.domain in {"anxiety", "depression"}]


@pytest.mark.parametrize(
    "sentence",
    [  # fictional: a count of those without a change, lower in one arm: the arms were not alike
        "Fewer patients in the massage group reported no improvement in pain (p = 0.02).",
        "The proportion of patients with no change in pain was lower with massage (12% vs 35%, p = 0.02).",
    ],
)
def test_fewer_people_without_a_change_is_no_reading_of_no_difference(sentence: str) -> None:
    found, _ = _read(("METHODS", INTRO), ("RESULTS", sentence))
    assert not [f for f in found if f.domain == "pain" and f.change == "no_difference"]


@pytest.mark.parametrize(
    "sentence",
    [  # fictional: "not significantly" set off by commas before the change verb
        "Pain slightly, but not significantly, decreased in the massage group.",
        "Massage slightly, but not significantly, reduced pain compared with rest.",
    ],
)
def test_a_change_said_not_significant_in_an_aside_is_no_change(sentence: str) -> None:
    found, _ = _read(("METHODS", INTRO), ("RESULTS", sentence))
    assert {f.change for f in found if f.domain == "pain"} == {"no_difference"}


@pytest.mark.parametrize(
    "sentence",
    [  # fictional: "not to" before the change verb denies it
        "Pain appeared not to decrease after massage.",
        "Massage was the only treatment not to reduce pain.",
    ],
)
def test_a_change_said_not_to_happen_is_no_change(sentence: str) -> None:
    found, _ = _read(("METHODS", INTRO), ("RESULTS", sentence))
    assert {f.change for f in found if f.domain == "pain"} == {"no_difference"}


def test_an_activity_given_in_two_doses_that_lowered_a_measure_is_what_was_done() -> None:
    # fictional: walking is the treatment; the glucose is what fell
    found, _ = _read(
        (
            "RESULTS",
            "Brisk walking of 30 and 45 min significantly reduced serum glucose compared with rest (p = 0.01).",
        )
    )
    assert [f.domain for f in found] == ["other"]
    assert found[0].change == "decreased"


@pytest.mark.parametrize(
    "sentence",
    [  # fictional: one arm unchanged, the other worse, the arms' test significant
        "Fatigue worsened in the control group but remained stable in the massage group (interaction p = 0.02).",
        "Fatigue worsened in the control group but remained stable in the massage group (p for interaction = 0.02).",
    ],
)
def test_one_arm_unchanged_beside_a_significant_interaction_is_not_the_arms_alike(sentence: str) -> None:
    found, _ = _read(("METHODS", INTRO), ("RESULTS", sentence))
    assert not [f for f in found if f.comparison == "between_groups" and f.change == "no_difference"]


@pytest.mark.parametrize(
    ("sentence", "reading"),
    [  # fictional: one arm kept its outcome, the other's changed, one significant test closing
        (
            "Grip strength remained stable in the fictolan group while it declined in the placebo group (p = 0.01).",
            ("increased", "improved"),
        ),
        (
            "Grip strength was maintained with fictolan but declined with placebo (p = 0.01).",
            ("increased", "improved"),
        ),
        (
            "Grip strength declined in the placebo group but remained stable in the fictolan group (p = 0.02).",
            ("increased", "improved"),
        ),
        (
            "Grip strength rose in the placebo group while it remained unchanged in the fictolan group (p = 0.02).",
            ("decreased", "worsened"),
        ),
        # the other arm's change told by its noun, "in contrast to" or "as opposed to" it
        (
            "Grip strength did not change in the fictolan group, in contrast to a decline in the placebo group "
            "(p = 0.01).",
            ("increased", "improved"),
        ),
        (
            "Grip strength remained unchanged in the fictolan group as opposed to a significant rise in the "
            "placebo group (p = 0.03).",
            ("decreased", "worsened"),
        ),
    ],
)
def test_one_arm_steady_while_the_other_changed_compares_the_arms(
    sentence: str, reading: tuple[str, str]
) -> None:
    found = _read_titled(
        "Fictolan for weakness after stroke: a fictional randomized trial",
        "Forty adults were randomized to fictolan or placebo for 6 weeks.",
        sentence,
    )
    between = [(f.domain, f.change, f.direction) for f in found if f.comparison == "between_groups"]
    within_placebo = [f.change for f in found if f.comparison == "within_group" and f.comparator == "placebo"]
    assert between == [("strength", *reading)]
    assert within_placebo == [{"improved": "decreased", "worsened": "increased"}[reading[1]]]


@pytest.mark.parametrize(
    "sentence",
    [  # fictional: the significant test names the arms it set against each other after its p-value
        "Grip strength rose in the fictolan group but remained unchanged in the placebo group (p < 0.001 vs placebo).",
        "Grip strength rose with fictolan, while it remained unchanged with placebo (p = 0.002 versus placebo).",
    ],
)
def test_an_arm_steady_beside_a_significant_test_against_it_is_no_likeness_of_the_arms(sentence: str) -> None:
    found = _read_titled(
        "Fictolan for weakness after stroke: a fictional randomized trial",
        "Forty adults were randomized to fictolan or placebo for 6 weeks.",
        sentence,
    )
    assert not [f for f in found if f.comparison == "between_groups" and f.change == "no_difference"]


def test_an_arm_steady_beside_a_test_against_it_leaves_the_arms_compared_by_the_test() -> None:
    found = _read_titled(  # fictional: the arms differed, the placebo arm steady over time
        "Fictolan for weakness after stroke: a fictional randomized trial",
        "Forty adults were randomized to fictolan or placebo for 6 weeks.",
        "Grip strength rose in the fictolan group but remained unchanged in the placebo group (p < 0.001 vs placebo).",
    )
    readings = {(f.comparison, f.comparator, f.change) for f in found}
    assert ("within_group", "placebo", "no_difference") in readings
    assert ("between_groups", "placebo", "increased") in readings


@pytest.mark.parametrize(
    "sentence",
    [  # fictional: the tested arm's gain, then no change in the control arm, one significant test closing
        "Pain improved in the yoga group, and no significant changes were observed in the control group (p = 0.01).",
        "Pain improved in the yoga group, and no significant change was seen in the control group "
        "(between-group p = 0.01).",
    ],
)
def test_a_gain_beside_no_change_in_the_control_arm_keeps_the_gain_and_compares_the_arms(
    sentence: str,
) -> None:
    found = _read_titled(
        "Yoga for pain in multiple sclerosis: a fictional randomized trial",
        "Forty adults were randomized to a yoga group or a control group for 12 weeks.",
        sentence,
    )
    readings = {(f.comparison, f.comparator, f.change, f.direction) for f in found}
    assert readings == {
        ("within_group", None, "decreased", "improved"),
        ("within_group", "control", "no_difference", "no_difference"),
        ("between_groups", "control", "decreased", "improved"),
    }


@pytest.mark.parametrize(
    "sentence",
    [  # fictional: the comparator arm's own worsening, told first or last, is no gain of its own
        "Fatigue worsened in group II but remained stable in group I (between-group p = 0.01).",
        "Fatigue remained stable in group I but worsened in group II (between-group p = 0.01).",
    ],
)
def test_one_arm_steady_while_the_other_changed_compares_the_arms_named_by_their_labels(
    sentence: str,
) -> None:
    found = _read_titled(
        "Aerobic training for fatigue in multiple sclerosis: a fictional randomized trial",
        "Adults were randomized to aerobic training (group I) or usual care (group II) for 8 weeks.",
        sentence,
    )
    between = [
        (f.domain, f.change, f.direction, f.p_value) for f in found if f.comparison == "between_groups"
    ]
    assert between == [("fatigue", "decreased", "improved", "p = 0.01")]
    assert [
        (f.change, f.direction)
        for f in found
        if f.comparator == "group II" and f.comparison == "within_group"
    ] == [("increased", "worsened")]


@pytest.mark.parametrize(
    "sentence",
    [  # fictional: each arm's own test, or none significant, compares nothing
        "Grip strength remained stable in the fictolan group (p = 0.52) while it declined in the placebo group (p = 0.01).",
        "Grip strength remained stable in the fictolan group while it declined in the placebo group (p = 0.31).",
        # another outcome changed in the other arm: no comparison of either
        "Grip strength remained stable in the fictolan group, while fatigue rose in the placebo group (p = 0.01).",
        "Fatigue rose in the placebo group, while grip strength remained stable in the fictolan group (p = 0.01).",
        "Grip strength remained stable in the fictolan group and fatigue rose in the placebo group (p = 0.01).",
    ],
)
def test_one_arm_steady_beside_its_own_or_an_untold_test_or_another_outcome_is_no_comparison(
    sentence: str,
) -> None:
    found = _read_titled(
        "Fictolan for weakness after stroke: a fictional randomized trial",
        "Forty adults were randomized to fictolan or placebo for 6 weeks.",
        sentence,
    )
    assert not [f for f in found if f.comparison == "between_groups" and f.change != "no_difference"]


@pytest.mark.parametrize(
    ("sentence", "reading"),
    [  # fictional: "less" or "more" before the change verb sizes the change, not the outcome's level
        (
            "Pain was more reduced in the massage group than in the control group (p = 0.04).",
            ("decreased", "improved"),
        ),
        (
            "Anxiety was less reduced in the massage group than in the control group (p = 0.04).",
            ("unclear", "unclear"),
        ),
        (
            "Pain was less increased in the massage group than in controls (p = 0.04).",
            ("decreased", "improved"),
        ),
        (
            "Pain was more reduced in the control group than in the massage group (p = 0.04).",
            ("unclear", "unclear"),
        ),
    ],
)
def test_a_comparative_before_the_change_verb_sizes_the_change(
    sentence: str, reading: tuple[str, str]
) -> None:
    found, _ = _read(("METHODS", INTRO), ("RESULTS", sentence))
    assert {(f.change, f.direction) for f in found if f.comparison == "between_groups"} == {reading}


@pytest.mark.parametrize(
    "lack",
    [
        "with no change in",
        "with no difference in",
        "with no significant group difference in",
        "but there was no group difference in",
        "without any change in",
    ],
)
def test_the_next_outcomes_lack_of_difference_is_not_the_first_outcomes(lack: str) -> None:
    """Fictional: "pain decreased in the massage group, with no change in fatigue" says pain fell;
    the lack of change is fatigue's alone."""
    read = _by_domain(_read(f"{INTRO} Pain decreased in the massage group, {lack} fatigue."))
    assert (read["pain"].change, read["pain"].direction) == ("decreased", "improved")
    assert read["fatigue"].change == "no_difference"


@pytest.mark.parametrize(
    "said",
    [
        "There was no group difference in fatigue (p = 0.31).",
        "No intergroup differences were found in fatigue.",
        "Pain decreased in the massage group, with no group difference in fatigue.",
    ],
)
def test_no_group_difference_is_the_arms_alike(said: str) -> None:
    """Fictional: "no group difference" says the arms did not differ, as "no between-group
    difference" does."""
    read = _by_domain(_read(f"{INTRO} {said}"))
    assert (read["fatigue"].change, read["fatigue"].comparison) == ("no_difference", "between_groups")


def test_a_p_value_after_the_next_outcomes_own_words_is_not_the_first_outcomes() -> None:
    """Fictional: in "pain decreased significantly in the massage group and fatigue tended to
    decrease (p = 0.08)" the trend's p-value is fatigue's; pain's fall is significant."""
    read = _by_domain(
        _read(
            f"{INTRO} Pain decreased significantly in the massage group and fatigue tended to decrease (p = 0.08)."
        )
    )
    assert (read["pain"].change, read["pain"].direction) == ("decreased", "improved")


SHAM_INTRO = "Forty patients were randomized to massage or sham massage for 6 weeks."


@pytest.mark.parametrize(
    "tests",
    [
        "(both p < 0.01)",
        "(p < 0.01 for both)",
        "(p = 0.002 and p = 0.008, respectively)",
    ],
)
def test_each_arms_own_test_after_each_arms_change_compares_neither_arm_with_the_other(tests: str) -> None:
    """Fictional: both arms improved from baseline, each tested against its own start; the
    greater fall with massage is untested, so no "improved vs sham" is read from it."""
    found, _ = _read(
        f"{SHAM_INTRO} Fatigue scores fell from 5.4 to 4.1 in the massage group and from 5.3 to 4.4 "
        f"in the sham group {tests}."
    )
    assert [(f.change, f.comparison) for f in found if f.domain == "fatigue"] == [
        ("decreased", "within_group")
    ]


def test_one_test_after_each_arms_change_still_compares_the_arms() -> None:
    """Fictional: one p-value after both arms' values tests one arm against the other."""
    found, _ = _read(
        f"{SHAM_INTRO} Fatigue scores fell from 5.4 to 4.1 in the massage group and from 5.3 to 4.4 "
        "in the sham group (p = 0.04)."
    )
    assert ("decreased", "between_groups") in [(f.change, f.comparison) for f in found]


@pytest.mark.parametrize(
    "tests",
    [
        "(time effect p < 0.001; group effect p = 0.52)",
        "(time p < 0.001; group × time interaction p = 0.47)",
        "(p < 0.001 for time; p = 0.52 for group)",
    ],
)
def test_a_change_in_both_arms_tested_by_time_and_by_group_is_over_time_and_not_between(tests: str) -> None:
    """Fictional: a model's test of time says both arms changed; its test of the groups, not
    significant, says they did not differ. Never "improved vs sham"."""
    found, _ = _read(f"{SHAM_INTRO} Fatigue decreased in both groups {tests}.")
    assert sorted((f.change, f.comparison) for f in found) == [
        ("decreased", "within_group"),
        ("no_difference", "between_groups"),
    ]


def test_a_reviews_trials_finding_each_way_leave_the_result_unclear() -> None:
    """Fictional: "in two trials, but not in a third" is the trials disagreeing, not a benefit."""
    record = Record(
        pmid="1",
        title="Reflexology for fatigue in multiple sclerosis: a fictional systematic review",
        abstract=(
            AbstractSection(text="We searched three databases for controlled trials.", label="METHODS"),
            AbstractSection(
                text="Reflexology reduced fatigue versus sham in two trials, but not in a third.",
                label="RESULTS",
            ),
        ),
    )
    vocabulary = load_vocabulary()
    found, _ = findings(record, vocabulary, study_facts(record, vocabulary))
    assert [(f.domain, f.change, f.hedged) for f in found] == [("fatigue", "unclear", True)]


@pytest.mark.parametrize(
    "when", ["At 24-week follow-up", "At follow-up", "After 6 months", "At three months"]
)
def test_a_difference_told_at_a_later_time_speaks_for_the_outcome_before(when: str) -> None:
    """Fictional: "At 24-week follow-up, the difference was no longer significant" is the
    comparison before, at that later time."""
    found, _ = _read(
        f"{INTRO} At 6 weeks, fatigue was lower in the massage group than in the usual care group (p = 0.01). "
        f"{when}, the difference was no longer significant (p = 0.21)."
    )
    assert [(f.domain, f.change, f.comparison) for f in found if "no longer" in f.evidence.text] == [
        ("fatigue", "no_difference", "between_groups")
    ]


@pytest.mark.parametrize(
    ("sentence", "change"),
    [  # fictional: one change noun, a list, and the one verb that sizes the change of each item
        ("Reductions in pain and anxiety were larger with massage than with usual care.", "decreased"),
        ("Reductions in pain and anxiety were smaller with massage than with usual care.", "unclear"),
        ("Reductions in pain and anxiety were greater in the usual care group than in the massage group.", "unclear"),
        # one change verb, a list, and one "less than" or "more than"
        ("Massage reduced pain and anxiety more than usual care did.", "decreased"),
        ("Massage reduced pain and anxiety less than usual care did.", "unclear"),
        ("Usual care reduced pain and anxiety more than massage did.", "unclear"),
    ],
)  # fmt: skip
def test_a_list_sized_by_one_verb_is_read_alike_for_every_item(sentence: str, change: str) -> None:
    found = _read(INTRO, ("RESULTS", sentence))[0]
    assert sorted((f.domain, f.change) for f in found) == [("anxiety", change), ("pain", change)]


@pytest.mark.parametrize(
    ("sentence", "by_place"),
    [  # fictional
        ("The primary outcome was lower with massage.", True),
        ("The primary outcome, however, was lower with massage.", True),
        ("The primary outcome, tooth loss, was lower with massage.", False),  # named after the comma
        ("The primary outcome, thus far, was lower with massage.", True),
    ],
)
def test_the_primary_outcome_named_only_by_its_place_is_told_from_one_named_after_a_comma(
    sentence: str, by_place: bool
) -> None:
    assert bool(_PRIMARY_NAMED_BY_PLACE.search(sentence)) is by_place


@pytest.mark.parametrize(
    ("sentence", "comparison"),
    [  # fictional: one outcome set against another, not one arm against the other
        ("In the massage group, pain improved more than fatigue (p = 0.02).", "within_group"),
        ("Pain improved more than fatigue in the massage group (p = 0.02).", "within_group"),
        ("Pain improved more than fatigue did.", "unclear"),
    ],
)  # fmt: skip
def test_an_outcome_set_against_another_outcome_compares_no_arms(sentence: str, comparison: str) -> None:
    found = _read(INTRO, ("RESULTS", sentence))[0]
    assert [(f.domain, f.comparison) for f in found if f.domain == "pain"] == [("pain", comparison)]
    assert "between_groups" not in {f.comparison for f in found}


def test_feeling_tired_is_fatigue() -> None:
    result = "Controls felt more tired than the massage group (p = 0.01)."  # fictional
    finding = _only(_read(("METHODS", INTRO), ("RESULTS", result)))
    assert (finding.domain, finding.direction, finding.comparison) == (
        "fatigue",
        "improved",
        "between_groups",
    )


def test_a_change_among_the_people_not_given_the_treatment_is_the_control_arms() -> None:
    result = "Pain decreased in the massage group, while it increased in those who did not receive massage (p = 0.01)."
    found = _read(("METHODS", INTRO), ("RESULTS", result))[0]  # fictional
    assert [(f.direction, f.comparison, f.comparator) for f in found] == [
        ("improved", "within_group", None),
        ("worsened", "within_group", "control"),
    ]


@pytest.mark.parametrize("ratio", ["odds ratio 0.31, 95% CI 0.12 to 0.83", "OR 3.2, 95% CI 1.2 to 8.5"])
def test_a_ratio_after_the_control_arms_count_is_read_by_each_arms_numbers(ratio: str) -> None:
    """Fictional: the clause names the usual care arm first and tells which way only by a ratio,
    which may set either arm over the other; each arm's count, tested by the ratio's interval,
    says the massage arm had fewer falls, whichever way the ratio runs."""
    finding = _only(
        _read(
            ("METHODS", INTRO),
            (
                "RESULTS",
                "In all, 15 of 120 (12.5%) patients in the usual care group fell, compared with "
                f"5 of 118 (4.2%) in the massage group ({ratio}).",
            ),
        )
    )
    assert (finding.change, finding.direction, finding.comparison) == (
        "decreased",
        "improved",
        "between_groups",
    )


@pytest.mark.parametrize(
    ("result", "reading"),
    [  # fictional: the state fewer or more of an arm's people were in, its good side known
        ("Fewer patients in the massage group were nauseated at 2 hours than in the usual care group (p = 0.003).", ("decreased", "improved")),
        ("More patients in the usual care group were nauseated than those given massage (p = 0.003).", ("decreased", "improved")),
        ("More patients in the massage group were satisfied than in the usual care group (p = 0.02).", ("increased", "improved")),
        ("More patients in the massage group were satisfied than in the usual care group (p = 0.31).", ("no_difference", "no_difference")),
    ],
)  # fmt: skip
def test_the_state_more_of_an_arms_people_were_in_is_compared(result: str, reading: tuple[str, str]) -> None:
    finding = _only(_read(("METHODS", INTRO), ("RESULTS", result)))
    assert (finding.change, finding.direction, finding.comparison) == (*reading, "between_groups")


def test_each_measure_bracketed_with_its_own_estimate_after_a_result_reads_that_estimate() -> None:
    # fictional: two measures of lung function, each with its mean difference and interval
    found, _ = _read(
        f"{INTRO} Lung function did not differ between the groups (peak flow: mean difference 9 [95% CI "
        "-4 to 22] l/min; vital capacity: mean difference 0.04 [95% CI -0.1 to 0.2] L)."
    )
    assert [(f.measure, f.direction, f.comparison) for f in found] == [
        ("Lung function", "no_difference", "between_groups"),
        ("peak flow", "no_difference", "between_groups"),
        ("vital capacity", "no_difference", "between_groups"),
    ]


def test_a_list_of_places_after_a_named_outcome_names_no_measure_of_its_own() -> None:
    # fictional: the hip and the knee are where strength was measured, not measures
    for sentence in (
        "Strength of the hip and knee extensors improved more with massage than with usual care (p = 0.01).",
        "Improvements in range of motion of the hip and knee were greater with massage than with usual care (p = 0.01).",
    ):
        found, _ = _read(f"{INTRO} {sentence}")
        assert [f.domain for f in found] == [found[0].domain] and found[0].domain != "other", sentence


def test_aspects_of_one_outcome_are_named_with_their_aspect_and_keep_their_own_results() -> None:
    # fictional: two aspects of fatigue, one lowered and one not
    for sentence in (
        "Physical fatigue fell more with massage than with usual care (p = 0.01), but cognitive fatigue "
        "did not (p = 0.52).",
        "Physical and cognitive fatigue fell more with massage than with usual care (p = 0.01 and "
        "p = 0.52, respectively).",
    ):
        found, _ = _read(f"{INTRO} {sentence}")
        assert sorted((f.measure.lower(), f.direction) for f in found) == [
            ("cognitive fatigue", "no_difference"),
            ("physical fatigue", "improved"),
        ], sentence


def test_the_treatment_an_experimental_group_was_given_in_brackets_names_the_tested_arm() -> None:
    # fictional: the methods call the arm a group and bracket its treatment, which the results name alone
    methods = (
        "Thirty adults with Parkinson's disease were randomly allocated to an experimental group "
        "(fictoball training) or a control group (usual care) for eight weeks."
    )
    (finding,) = _read_titled(
        "Fictoball in Parkinson's disease: a pilot trial",
        methods,
        "Fictoball training significantly improved walking speed (p = 0.01).",
    )
    assert (finding.direction, finding.comparison) == ("improved", "between_groups")


def test_parts_of_one_instrument_named_after_it_keep_their_own_results() -> None:
    # fictional: the physical part of a health survey raised, its mental part not
    for sentence in (
        "The SF-12 physical component summary rose more with massage than with usual care (p = 0.02), "
        "whereas the SF-12 mental component summary did not differ (p = 0.61).",
        "The SF-12 mental health score did not differ (p = 0.61), but the SF-12 physical health score rose "
        "more with massage than with usual care (p = 0.02).",
    ):
        found, _ = _read(f"{INTRO} {sentence}")
        assert sorted((f.measure.split()[1], f.direction) for f in found) == [
            ("mental", "no_difference"),
            ("physical", "improved"),
        ], sentence


def test_outcomes_told_as_adverse_events_are_safety_notes_not_findings() -> None:
    # fictional: a drug trial whose harms include words of the outcome vocabulary
    record = Record(
        pmid="1",
        title="Fictoxine for spasticity in multiple sclerosis: a fictional trial",
        abstract=(
            AbstractSection(label="METHODS", text="Sixty adults were randomized to fictoxine or placebo."),
            AbstractSection(
                label="RESULTS",
                text="Spasticity fell more with fictoxine than with placebo (p = 0.01). Patients on "
                "fictoxine reported more fatigue and depression as adverse events (23% vs 8%).",
            ),
        ),
    )
    extraction = extract(record)
    assert [f.domain for f in extraction.findings] == ["spasticity"]
    assert [note.kind for note in extraction.safety] == ["adverse_events"]


def test_the_arm_given_the_addition_a_title_names_with_or_without_is_the_tested_one() -> None:
    # fictional: reflexology added to physiotherapy; "without reflexology" is no comparator of it
    found = _read_titled(
        "Effect of physiotherapy with or without reflexology on spasticity in MS",
        "Patients were randomized to physiotherapy plus reflexology or physiotherapy alone.",
        "Spasticity was significantly lower in the reflexology group at week 8 (p = 0.02).",
    )
    assert [(f.domain, f.direction, f.change) for f in found] == [("spasticity", "improved", "decreased")]


@pytest.mark.parametrize(
    "sentence",
    [  # fictional: both arms improved; the lack of an advantage sets the arms against each other
        "Both reflexology and sham were associated with reduced fatigue, with no advantage for reflexology.",
        "Fatigue fell in both arms with no significant advantage for reflexology.",
    ],
)
def test_no_advantage_for_one_arm_after_a_change_in_both_compares_the_arms(sentence: str) -> None:
    found, _ = _read("Forty adults with MS were randomized to reflexology or sham reflexology.", sentence)
    assert sorted((f.comparison, f.direction) for f in found) == [
        ("between_groups", "no_difference"),
        ("within_group", "improved"),
    ]


def test_each_arm_tested_before_a_third_arms_change_keeps_its_own_change() -> None:
    # fictional: two active arms each tested, then the control arm's own opposite change
    found, _ = _read(
        "Thirty adults with MS were randomized to yoga, reflexology or a control group.",
        "FSS scores fell in the yoga (p = 0.002) and reflexology (p = 0.01) groups and rose in the control group (p = 0.04).",
    )
    assert sorted((f.comparator or "", f.direction, f.change) for f in found) == [
        ("", "improved", "decreased"),
        ("control", "worsened", "increased"),
    ]


def test_a_gain_only_in_the_arm_listed_before_the_technique_is_not_the_techniques() -> None:
    # fictional: three arms listed without a comma before "or"; yoga alone gained, not reflexology
    found, _ = _read(
        "Thirty adults with MS were randomized to yoga, reflexology or a control group.",
        "MSQOL-54 scores increased only in the yoga group (p = 0.02).",
    )
    assert [(f.comparison, f.comparator) for f in found] == [("within_group", "yoga")]


def test_a_change_in_each_arm_by_its_short_name_is_not_the_control_arms_alone() -> None:
    # fictional: the control arm's fatigue rose; its short name after "and" starts its own clause
    found, _ = _read(
        "Fifty adults with MS were assigned to an intervention group (IG) given reflexology or a control group (CG).",
        "FSS scores fell by 18% in the IG and rose by 9% in the CG (p = 0.003).",
    )
    assert [(f.comparison, f.direction, f.comparator) for f in found] == [
        ("between_groups", "improved", "control")
    ]


def test_opposite_changes_of_two_arms_named_by_short_names_compare_the_arms() -> None:
    # fictional: the control arm's rise told first, the tested arm's fall after, one test for both
    found, _ = _read(
        "Fifty adults with MS were assigned to an experimental group (EG) given massage or a control group (CG).",
        "MFIS scores rose in the CG and fell in the EG (p < 0.001).",
    )
    assert [(f.comparison, f.direction, f.change) for f in found] == [
        ("between_groups", "improved", "decreased")
    ]


_LABELLED_ARMS = (
    "Forty adults with MS were randomized into group A (reflexology, n = 20) and group B (control, n = 20)."
)


@pytest.mark.parametrize(
    ("results", "readings"),
    [  # fictional: the control arm, by its label, named first with its own rise
        # one test for both arms' opposite changes: the arms compared
        (
            "MFIS scores rose in group B and fell in group A (p = 0.003).",
            [("between_groups", "improved", None)],
        ),
        # no test: the first change is the labelled control arm's, never the tested arm's
        ("MFIS scores rose in group B and fell in group A.", [("within_group", "worsened", "group B")]),
        # each arm's own test: each arm's own change
        (
            "MFIS scores rose in group B (p = 0.04) and fell in group A (p = 0.001).",
            [("within_group", "improved", None), ("within_group", "worsened", "group B")],
        ),
    ],
)
def test_a_labelled_control_arms_change_told_first_is_not_the_tested_arms(
    results: str, readings: list[tuple[str, str, str | None]]
) -> None:
    found, _ = _read(("METHODS", _LABELLED_ARMS), ("RESULTS", results))
    assert (
        sorted(
            (f.comparison, f.direction, f.comparator if f.comparison == "within_group" else None)
            for f in found
        )
        == readings
    )


@pytest.mark.parametrize(
    ("results", "readings"),
    [  # fictional: arms labelled G1 and G2, the control arm's rise told first
        ("FSS scores rose in G2 and fell in G1 (p = 0.003).", [("between_groups", "improved", None)]),
        ("FSS scores rose in G2 and fell in G1.", [("within_group", "worsened", "G2")]),
        (
            "FSS scores rose in G2 (p = 0.04) and fell in G1 (p = 0.001).",
            [("within_group", "improved", None), ("within_group", "worsened", "G2")],
        ),
    ],
)
def test_a_control_arm_labelled_g2_keeps_its_own_change(
    results: str, readings: list[tuple[str, str, str | None]]
) -> None:
    methods = (
        "Forty adults with MS were randomized into G1 (reflexology, n = 20) and G2 (usual care, n = 20)."
    )
    found, _ = _read(("METHODS", methods), ("RESULTS", results))
    assert (
        sorted(
            (f.comparison, f.direction, f.comparator if f.comparison == "within_group" else None)
            for f in found
        )
        == readings
    )


@pytest.mark.parametrize(
    "said",
    [  # fictional: the topic's outcome, then a measure of it that fell
        "Regarding balance, the sway area was significantly smaller after massage than after usual care (p = 0.01).",
        "As for balance, postural sway decreased significantly in the massage group (p = 0.01).",
    ],
)  # fmt: skip
def test_a_topic_measured_by_the_measure_after_it_is_read_by_that_measure(said: str) -> None:
    found, _ = _read(("METHODS", INTRO), ("RESULTS", said))
    assert {(f.domain, f.direction) for f in found} == {("balance", "improved")}


def test_a_measure_s_change_is_not_given_to_the_outcome_the_authors_infer_from_it() -> None:
    # fictional: a longer relaxation time, taken to show less fatigue; fatigue did not grow longer
    said = "The massage group showed a longer muscle relaxation time (p = 0.03), suggestive of less muscle fatigue."
    found, _ = _read(("METHODS", INTRO), ("RESULTS", said))
    assert not [f for f in found if f.domain == "fatigue" and f.direction == "worsened"]


@pytest.mark.parametrize(
    ("said", "change"),
    [  # fictional: the arms differed in what they did to pain, which arm did more unsaid
        ("Ratings after the zorbatan and quinel courses showed significant differences in reducing pain.", "unclear"),
        ("There was a significant difference between the groups in reducing pain (p = 0.01).", "unclear"),
        # fictional: one arm set against the other says which did more
        ("The massage group showed a significant difference in reducing pain compared with the usual care group (p = 0.01).", "decreased"),
    ],
)  # fmt: skip
def test_arms_that_differed_in_reducing_an_outcome_say_no_way_unless_one_is_set_against_the_other(
    said: str, change: str
) -> None:
    found, _ = _read(("METHODS", INTRO), ("RESULTS", said))
    assert [f.change for f in found if f.domain == "pain"] == [change]


def test_a_subscale_named_by_its_aspect_alone_reports_on_its_instrument_s_domain() -> None:
    said = "The MSIS-29 physical score fell in the massage group, whereas the psychological score did not change."
    found = _read(("METHODS", INTRO), ("RESULTS", said))  # fictional
    assert sorted((f.domain, f.direction, f.measure) for f in found[0]) == [
        ("quality_of_life", "improved", "MSIS-29 physical score"),
        ("quality_of_life", "no_difference", "MSIS-29 psychological"),
    ]


def test_a_kind_named_before_the_outcome_it_shares_a_head_with_is_of_that_outcome_s_domain() -> None:
    said = "Improvements in static and dynamic balance were seen only in the massage group."  # fictional
    found = _read(("METHODS", INTRO), ("RESULTS", said))
    assert sorted((f.domain, f.measure) for f in found[0]) == [
        ("balance", "dynamic balance"),
        ("balance", "static balance"),
    ]


@pytest.mark.parametrize(
    "result",
    [  # fictional: a pace that sizes the change noun after it, not the outcome's own pace
        "The exercise group had a slower decline in walking speed than the usual care group (p = 0.01).",
        "The exercise group had a slower decline in walking speed (difference 0.12 m/s, 95% CI 0.03 to 0.21).",
        "The usual care group had a faster decline in walking speed than the exercise group (p = 0.01).",
    ],
)
def test_a_slower_decline_is_a_smaller_one(result: str) -> None:
    found = _read_titled(
        "A fictional trial of home exercise against usual care",
        "Sixty adults with MS were randomised to home exercise or usual care.",
        result,
    )
    assert [(f.domain, f.change, f.direction, f.comparison) for f in found] == [
        ("walking", "increased", "improved", "between_groups")
    ]


@pytest.mark.parametrize(
    ("result", "change"),
    [  # fictional: a change the treatment held back, in a controlled trial: against the control arm
        ("Home exercise slowed the decline in grip strength (p = 0.03).", "increased"),
        ("Home exercise prevented the rise in fatigue (p = 0.02).", "decreased"),
    ],
)
def test_a_change_the_treatment_held_back_is_against_the_control_arm(result: str, change: str) -> None:
    found = _read_titled(
        "A fictional trial of home exercise against usual care",
        "Sixty adults with MS were randomised to home exercise or usual care.",
        result,
    )
    assert [(f.change, f.direction, f.comparison) for f in found] == [(change, "improved", "between_groups")]


def test_two_control_arms_that_had_more_than_the_tested_arm_are_its_gain() -> None:
    found = _read_titled(  # fictional
        "Massage versus placebo massage versus wait-list for tension-type headache: a fictional trial",
        "Sixty adults were randomised to massage, placebo massage (detuned ultrasound) or a wait-list.",
        "Headache frequency was higher in both the placebo and wait-list groups than in the massage group (p = 0.04).",
    )
    assert {(f.change, f.direction, f.comparison) for f in found} == {
        ("decreased", "improved", "between_groups")
    }


@pytest.mark.parametrize(
    ("sentence", "reading"),
    [  # fictional: what happened, then each labelled arm with its share or count in brackets
        ("Hypotension occurred in group F (12%) and group S (30%) (p = 0.04).", ("decreased", "improved")),
        ("Hypotension occurred in group S (30%) and group F (12%) (p = 0.04).", ("decreased", "improved")),
        ("Hypotension was observed in group F (5 patients) and group S (12 patients) (p = 0.04).", ("decreased", "improved")),
        ("Hypotension occurred in group F (12%) and group S (15%) (p = 0.41).", ("no_difference", "no_difference")),
    ],
)  # fmt: skip
def test_an_event_in_each_labelled_arm_is_read_through_which_was_tested(
    sentence: str, reading: tuple[str, str]
) -> None:
    methods = ("METHODS", "Adults were randomised to receive fictolan (group F) or saline (group S).")
    (finding,) = [f for f in _read(methods, ("RESULTS", sentence))[0] if f.measure == "Hypotension"]
    assert ((finding.change, finding.direction), finding.comparison) == (reading, "between_groups")


def test_an_event_in_each_labelled_arm_the_methods_leave_open_gives_no_direction() -> None:
    methods = ("METHODS", "Adults were randomised into two groups, group F and group S.")
    sentence = "Hypotension occurred in group F (12%) and group S (30%) (p = 0.04)."
    findings = _read(methods, ("RESULTS", sentence))[0]
    assert all(f.direction in ("unclear", "not_applicable") for f in findings)


@pytest.mark.parametrize(
    ("sentence", "reading"),
    [  # fictional: what each arm had so many of, the second arm's count alone
        ("The fictolan group had 5 episodes of hypotension and the saline group had 12 (p = 0.04).", ("decreased", "improved")),
        ("The saline group had 12 episodes of hypotension and the fictolan group had 5 (p = 0.04).", ("decreased", "improved")),
        ("Group F had 5 episodes of hypotension and group S had 12 (p = 0.04).", ("decreased", "improved")),
        ("The fictolan group had 5 episodes of hypotension and the saline group had 7 (p = 0.41).", ("no_difference", "no_difference")),
    ],
)  # fmt: skip
def test_what_each_arm_had_so_many_of_is_compared_between_them(
    sentence: str, reading: tuple[str, str]
) -> None:
    title = "Fictolan versus saline in spinal anaesthesia: a fictional trial"
    methods = "Adults were randomised to receive fictolan (group F) or saline (group S)."
    (finding,) = [f for f in _read_titled(title, methods, sentence) if f.measure == "episodes of hypotension"]
    assert ((finding.change, finding.direction), finding.comparison) == (reading, "between_groups")


@pytest.mark.parametrize(
    ("sentence", "reading"),
    [  # fictional: the arm given massage with exercise set against exercise alone
        ("The combination group had greater improvement in quality of life than the exercise group (p = 0.01).", ("increased", "improved")),
        ("Quality of life improved more in the combined group than in the exercise group (p = 0.01).", ("increased", "improved")),
        ("The exercise group had higher quality of life than the combination group (p = 0.01).", ("decreased", "worsened")),
    ],
)  # fmt: skip
def test_the_combined_arm_set_against_the_other_treatment_alone_is_the_tested_arm(
    sentence: str, reading: tuple[str, str]
) -> None:
    found = _read_titled(
        "Massage and exercise in multiple sclerosis: a fictional three-arm trial",
        "Participants were randomized to massage, exercise, or a combination of massage and exercise.",
        sentence,
    )
    assert [((f.change, f.direction), f.comparison, f.comparator) for f in found] == [
        (reading, "between_groups", "exercise")
    ]


def test_the_combined_arm_set_against_the_tested_treatment_alone_gives_no_direction() -> None:
    found = _read_titled(
        "Massage and exercise in multiple sclerosis: a fictional three-arm trial",
        "Participants were randomized to massage, exercise, or a combination of massage and exercise.",
        "Quality of life improved more in the combined group than in the massage alone group (p = 0.01).",
    )
    assert [f.direction for f in found] == ["unclear"]


@pytest.mark.parametrize(
    "sentence",
    [  # fictional: an arm's lead over the other sized by a number, with its interval or p-value
        "Pupils in programme schools accumulated 6.2 more minutes of vigorous physical activity per day (95% CI 2.1 to 10.3).",
        "Pupils in programme schools reported 2 fewer sick days per term (p = 0.01).",
    ],
)
def test_a_lead_sized_by_a_number_in_a_controlled_trial_is_between_the_arms(sentence: str) -> None:
    found = _read_titled(
        "A school activity programme for children: a fictional cluster randomized trial",
        "Twenty schools were randomized to an activity programme or to the usual curriculum.",
        sentence,
    )
    assert [f.comparison for f in found] == ["between_groups"]


def test_two_measures_of_one_domain_in_two_results_keep_their_own_results() -> None:
    found = _read(  # fictional: sway fell against placebo, falls did not differ
        ("METHODS", "Older adults were randomized to a fictional supplement or placebo for 12 months."),
        (
            "RESULTS",
            "Sway decreased by 12% with the supplement compared with placebo (P = 0.03). "
            "Falls were reported by 24% of the supplement group and 31% of the placebo group "
            "(relative risk 0.77; 95% CI 0.55 to 1.08).",
        ),
    )[0]
    assert {(f.measure, f.direction) for f in found if f.domain == "balance"} == {
        ("Sway", "improved"),
        ("Falls", "no_difference"),
    }


def test_each_arms_change_with_an_interval_for_their_difference_compares_the_arms() -> None:
    found = _read_titled(
        "A fictional oromucosal spray for spasticity in multiple sclerosis: a placebo-controlled trial",
        "Patients were randomized to the spray or to placebo for 12 weeks.",
        "The mean change in spasticity NRS was -0.04 with the spray and +0.81 with placebo "
        "(difference -0.84; 95% CI -1.29 to -0.40; p = 0.0002).",
    )
    assert [(f.change, f.direction, f.comparison, f.comparator) for f in found] == [
        ("decreased", "improved", "between_groups", "placebo")
    ]


def test_the_comparators_own_change_beside_an_interval_stays_its_own() -> None:
    found = _read_titled(
        "A fictional oromucosal spray for spasticity in multiple sclerosis: a placebo-controlled trial",
        "Patients were randomized to the spray or to placebo for 12 weeks.",
        "Spasticity fell with the spray, whereas it increased with placebo (difference -0.84; 95% CI -1.29 to -0.40).",
    )
    assert ("worsened", "between_groups") not in {(f.direction, f.comparison) for f in found}


def _scale_read(defined: str, short: str) -> list[Finding]:
    return _read_titled(
        "Reflexology for people with multiple sclerosis: a fictional randomised trial",
        f"We randomised 40 people to reflexology or sham reflexology, assessed with {defined}.",
        f"{short} scores improved more with reflexology than with sham (p = 0.01).",
    )


@pytest.mark.parametrize(
    ("defined", "short", "domain"),
    [  # fictional: a scale the methods name by a symptom and the kind of scale it is
        ("the Constipation Scoring System (CSS)", "CSS", "bowel"),
        ("the Fatigue Rating Scale (FRS)", "FRS", "fatigue"),
    ],
)
def test_a_symptoms_scale_named_by_its_abbreviation_is_the_symptom(
    defined: str, short: str, domain: str
) -> None:
    assert [f.domain for f in _scale_read(defined, short)] == [domain]


def test_a_scale_of_what_is_better_more_is_not_taken_for_its_domain() -> None:
    # such a scale may run either way: "the Walking Scale" may score walking difficulty
    assert "walking" not in {f.domain for f in _scale_read("the Walking Scale (WAS)", "WAS")}


@pytest.mark.parametrize(
    ("title", "methods", "result"),
    [  # fictional: the comparator arm, named by several words before "group", had the shorter time
        (
            "Automated weaning versus nurse-led weaning after heart surgery: a fictional trial",
            "Adults were randomised to automated weaning or to nurse-led weaning.",
            "Weaning time was shorter in the nurse-led weaning group (45 vs 90 minutes; p < 0.001).",
        ),
        (
            "Closed-loop weaning after heart surgery: a fictional trial",
            "Adults were randomised to closed-loop weaning or to physiotherapy-driven weaning.",
            "Weaning time was shorter in the chest physiotherapy–driven weaning group (45 vs 90 minutes; p < 0.001).",
        ),
    ],
)
def test_a_comparative_held_by_the_comparator_arm_named_in_several_words_is_turned_round(
    title: str, methods: str, result: str
) -> None:
    found = _read_titled(title, methods, result)
    assert [(f.change, f.comparison) for f in found] == [("increased", "between_groups")]


def test_a_change_brought_about_more_by_the_control_arm_is_turned_round() -> None:
    found = _read_titled(  # fictional
        "Fictolol for raised blood pressure: a fictional trial",
        "Adults were randomised to fictolol or placebo.",
        "Systolic pressure was reduced more by placebo than by fictolol (p = 0.04).",
    )
    assert [(f.change, f.comparison) for f in found] == [("increased", "between_groups")]


@pytest.mark.parametrize(
    "tested", ["(p = 0.02 for the difference)", "(between-group p = 0.02)"]
)  # fmt: skip
def test_one_arm_kept_stable_beside_a_significant_test_of_the_arms_is_no_likeness(tested: str) -> None:
    found = _read_titled(  # fictional
        "Fictional coaching for low mood",
        "Adults were randomised to coaching or usual care.",
        f"Low mood worsened among usual care participants, while those receiving coaching remained stable {tested}.",
    )
    assert ("no_difference", "between_groups") not in [(f.change, f.comparison) for f in found]


@pytest.mark.parametrize(
    "result",
    [  # fictional: the control arm's people, named by what they took or received
        "Those taking placebo used more rescue inhaler puffs per day (p = 0.01).",
        "Rescue inhaler puffs per day were greater among recipients of placebo (p = 0.01).",
    ],
)
def test_the_control_arm_named_by_what_its_people_took_holds_the_comparative(result: str) -> None:
    found = _read_titled(
        "Fictomab for asthma: a fictional trial", "Adults were randomised to fictomab or placebo.", result
    )
    assert [f.change for f in found] == ["decreased"]


@pytest.mark.parametrize(
    "result",
    [  # fictional: the effect sought, said not shown
        "The superiority of fictozide over placebo in reducing hospital admissions was not demonstrated.",
        "A benefit of fictozide over placebo on hospital admissions has not been established.",
    ],
)
def test_an_effect_said_not_demonstrated_is_no_difference(result: str) -> None:
    found = _read_titled(
        "Fictozide in heart failure: a fictional trial",
        "Adults were randomised to fictozide or placebo.",
        result,
    )
    assert [f.change for f in found] == ["no_difference"]


@pytest.mark.parametrize(
    "result",
    [  # fictional: a change held in part of the sample alone
        "Pain fell with fictolin only in the subgroup of smokers (p = 0.02).",
        "Pain was lower with fictolin only among patients with diabetes (p = 0.02).",
        "Pain was lower with fictolin only in women (p = 0.02).",
        "Pain was lower with fictolin only in the per-protocol population (p = 0.02).",
    ],
)
def test_a_change_held_only_in_part_of_the_sample_gives_no_direction(result: str) -> None:
    found = _read_titled(
        "Fictolin for back pain: a fictional trial", "Adults were randomised to fictolin or placebo.", result
    )
    assert {f.change for f in found} <= {"unclear"}


def test_a_change_the_adjusted_analysis_takes_back_in_the_same_sentence_is_not_kept() -> None:
    found = _read_titled(  # fictional
        "Fictional coaching for type 2 diabetes",
        "Adults were randomised to coaching or usual care.",
        "HbA1c was lower in the coaching group at 6 months, but after adjustment for baseline values "
        "the difference was no longer significant.",
    )
    assert [f.change for f in found if f.comparison == "between_groups"] == ["no_difference"]


def test_a_result_favouring_the_comparator_the_title_names_is_turned_round() -> None:
    found = _read_titled(  # fictional: a tested treatment the vocabulary does not know
        "Fictional keyhole surgery versus physiotherapy for shoulder pain",
        "Adults were randomised to keyhole surgery or physiotherapy.",
        "Pain at 3 months favoured physiotherapy (mean difference 1.2 points, p = 0.04).",
    )
    assert [f.change for f in found] == ["increased"]


def test_no_difference_between_the_arms_over_time_is_no_change_within_them() -> None:
    sentence = "Pain and fatigue did not differ between the two groups over time."  # fictional
    found = _read(INTRO, ("RESULTS", sentence))[0]
    assert sorted((f.domain, f.comparison) for f in found) == [
        ("fatigue", "between_groups"),
        ("pain", "between_groups"),
    ]


@pytest.mark.parametrize(
    ("sentence", "reading"),
    [  # fictional: an infant's weight gained, more or less of it, against the other arm
        ("Infants in the massage group gained more weight than those in the control group (p = 0.01).", ("increased", "improved")),
        ("The massaged infants gained significantly less weight than the control infants (p = 0.02).", ("decreased", "worsened")),
        ("Infants in the massage group gained more weight than those in the control group (p = 0.47).", ("no_difference", "no_difference")),
    ],
)  # fmt: skip
def test_the_weight_an_infant_gained_is_a_weight_gain(sentence: str, reading: tuple[str, str]) -> None:
    methods = "Preterm infants were randomized to massage (massage group) or standard care (control group)."
    (finding,) = _read(("METHODS", methods), ("RESULTS", sentence))[0]
    assert (finding.measure, (finding.change, finding.direction), finding.comparison) == (
        "weight",
        reading,
        "between_groups",
    )


def test_the_weight_an_adult_gained_has_no_side_told() -> None:
    methods = (
        "Adults were randomized to fictolan or placebo."  # fictional: a drug's weight gain may be a harm
    )
    sentence = "Patients in the fictolan group gained more weight than those in the placebo group (p = 0.01)."
    assert _read(("METHODS", methods), ("RESULTS", sentence))[0] == []


@pytest.mark.parametrize(
    ("sentence", "reading"),
    [  # fictional: how much sooner one arm went home than the other, the time to discharge
        ("The massage group was discharged 3 days earlier than the control group (p = 0.01).", ("decreased", "improved")),
        ("Infants in the massage group were discharged a mean of 2 days sooner than controls (p = 0.02).", ("decreased", "improved")),
        ("Infants in the control group were discharged 3 days earlier than those in the massage group (p = 0.01).", ("increased", "worsened")),
        ("Infants in the massage group were discharged significantly later than those in the control group.", ("increased", "worsened")),
        ("The massage group was discharged 1 day earlier than the control group (p = 0.38).", ("no_difference", "no_difference")),
    ],
)  # fmt: skip
def test_an_arm_discharged_earlier_had_a_shorter_time_to_discharge(
    sentence: str, reading: tuple[str, str]
) -> None:
    methods = "Preterm infants were randomized to massage (massage group) or standard care (control group)."
    (finding,) = _read(("METHODS", methods), ("RESULTS", sentence))[0]
    assert (finding.measure, (finding.change, finding.direction), finding.comparison) == (
        "discharged",
        reading,
        "between_groups",
    )


def test_discharged_then_something_later_is_no_time_to_discharge() -> None:
    sentence = "Patients were discharged home and were seen again later (p = 0.01)."  # fictional
    assert _read(INTRO, ("RESULTS", sentence))[0] == []


def test_women_in_the_control_arm_set_against_women_in_the_tested_arm_is_a_result() -> None:
    methods = "Women in labour were randomized to massage or usual care."  # fictional
    sentence = "Women in the control group reported more anxiety than women in the massage group (p = 0.01)."
    (finding,) = _read(("METHODS", methods), ("RESULTS", sentence))[0]
    assert (finding.domain, finding.direction, finding.comparison) == (
        "anxiety",
        "improved",
        "between_groups",
    )


def test_an_event_in_each_arm_after_a_time_opening_the_clause_is_compared() -> None:
    methods = "Women were randomized to massage (massage group) or usual care (control group)."  # fictional
    sentence = (
        "At 6 months, nausea occurred in 12% of the massage group and 35% of the control group (p = 0.01)."
    )
    (finding,) = _read(("METHODS", methods), ("RESULTS", sentence))[0]
    assert (finding.measure, finding.direction, finding.comparison) == (
        "nausea",
        "improved",
        "between_groups",
    )


@pytest.mark.parametrize(
    "sentence",
    [  # fictional: each number just before the active treatment it was measured with, untested ones
        "Remission rates were 44% for fictolan and 30% for dorvamide (p = 0.21).",
        "Grip strength was 21 kg with fictolan and 24 kg with dorvamide (p = 0.31).",
        "The remission rate was 44% after fictolan, 30% after dorvamide (p = 0.21).",
        "Grip strength at 6 weeks was 21 kg in fictolan and 24 kg in dorvamide recipients (p = 0.31).",
        "The mean grip strength was 21 kg (fictolan) and 24 kg (dorvamide) (p = 0.31).",
        "Fictolan was discontinued in 12/60 (20%) of adults whereas dorvamide was discontinued in 15/61 (25%) of adults (p = 0.48).",
    ],
)
def test_each_number_before_an_active_arm_with_an_untested_p_value_is_no_difference(sentence: str) -> None:
    methods = ("METHODS", "Sixty adults with gout were randomised to fictolan or dorvamide.")
    findings = _read(methods, ("RESULTS", sentence))[0]
    assert [(f.change, f.comparison) for f in findings] == [("no_difference", "between_groups")]


@pytest.mark.parametrize(
    ("sentence", "measure"),
    [  # fictional: a harm the treatment prevented, said as a verb or as the aim it beat placebo at
        ("Fictolan was significantly more effective than placebo in preventing wound infection (p = 0.01).", "wound infection"),
        ("Fictolan prevented postoperative shivering compared with placebo (p = 0.01).", "postoperative shivering"),
        ("Fictolan relieved nausea more effectively than placebo (p = 0.01).", "nausea"),
    ],
)  # fmt: skip
def test_a_harm_prevented_is_less_of_it(sentence: str, measure: str) -> None:
    methods = ("METHODS", "Eighty adults undergoing hip surgery were randomised to fictolan or placebo.")
    findings = _read(methods, ("RESULTS", sentence))[0]
    assert [(f.measure, f.change, f.direction) for f in findings] == [(measure, "decreased", "improved")]


@pytest.mark.parametrize(
    ("sentence", "measure", "change"),
    [  # fictional: an arm's people no more (or more) likely to be in a state, or to have a harm
        ("Patients given fictolan were no more likely to achieve remission than those given placebo (p = 0.41).", "remission", "no_difference"),
        ("Patients given fictolan were no less likely to relapse than those given placebo (p = 0.38).", "relapse", "no_difference"),
        ("Patients given fictolan were more likely to be in remission at 12 weeks (OR 2.10, 95% CI 1.20 to 3.50).", "remission", "increased"),
    ],
)  # fmt: skip
def test_no_more_likely_is_no_difference_and_a_state_one_is_likelier_to_be_in_is_its_measure(
    sentence: str, measure: str, change: str
) -> None:
    methods = ("METHODS", "Two hundred adults were randomised to fictolan or placebo.")
    findings = _read(methods, ("RESULTS", sentence))[0]
    assert [(f.measure, f.change, f.comparison) for f in findings] == [(measure, change, "between_groups")]


def test_a_level_recorded_is_care_given_not_the_level() -> None:
    methods = ("METHODS", "Forty practices were randomised to a fictional recall system or usual care.")
    sentence = "Patients in recall practices were more likely to have their blood pressure recorded (OR 2.1, 95% CI 1.1 to 4.0)."
    assert not [f for f in _read(methods, ("RESULTS", sentence))[0] if "blood pressure" in f.measure]


@pytest.mark.parametrize(
    ("result", "reading"),
    [  # fictional: the tested arm named by the short name the sham arm says again
        ("Pain intensity was lower in the MFR group (mean difference -1.4; 95% CI -2.3 to -0.5).", ("decreased", "improved")),
        ("SF-36 physical component scores favoured MFR (p = 0.02).", ("increased", "improved")),
    ],
)  # fmt: skip
def test_the_tested_arms_short_name_said_again_by_its_sham_names_the_tested_arm(
    result: str, reading: tuple[str, str]
) -> None:
    found = _read_titled(
        "Myofascial release for low back pain: a fictional randomized trial",
        "Sixty patients were randomized to myofascial release (MFR) or sham MFR for 6 weeks.",
        result,
    )
    assert [((f.change, f.direction), f.comparison) for f in found] == [(reading, "between_groups")]


@pytest.mark.parametrize(
    "arms_differed",
    [
        "the difference between conditions was significant",
        "the difference between the two treatments was significant",
    ],
)
def test_a_crossovers_conditions_that_differed_compare_the_arms(arms_differed: str) -> None:
    found = _read_titled(
        "Massage and rest in Parkinson's disease: a fictional randomized crossover trial",
        "Sixteen adults received one massage session and one rest session in random order.",
        f"Pain decreased after massage (p = 0.003) but not after rest (p = 0.41); {arms_differed} (p = 0.02).",
    )
    assert ("decreased", "improved", "between_groups") in {
        (f.change, f.direction, f.comparison) for f in found
    }


def test_a_comparative_after_the_comparator_the_title_names_is_turned_round() -> None:
    found = _read_titled(  # fictional
        "Regional versus general anaesthesia for wrist fracture: a fictional trial",
        "Adults were randomised to regional or general anaesthesia.",
        "Delirium was less frequent after general anaesthesia (p = 0.04).",
    )
    assert [f.change for f in found] == ["increased"]


def test_the_arms_numbers_then_ns_in_one_bracket_is_no_difference() -> None:
    found = _read_titled(  # fictional
        "Fictoxan for gout: a fictional trial",
        "Adults were randomised to fictoxan or placebo.",
        "Gout flares were fewer with fictoxan (18% vs 24%; NS).",
    )
    assert [f.change for f in found] == ["no_difference"]


@pytest.mark.parametrize(
    "result",
    [  # fictional: the span told first, then the change over it
        "After 8 weeks, fatigue improved significantly (p = 0.01).",
        "At the end of the intervention, significant improvements were observed in fatigue (p = 0.01).",
    ],
)
def test_a_change_after_a_span_told_first_is_over_that_span(result: str) -> None:
    found = _read_titled(
        "Aquatic exercise for fatigue in multiple sclerosis: a fictional randomized trial",
        "Forty adults with MS were randomly assigned to aquatic exercise or a control group for 8 weeks.",
        result,
    )
    assert [(f.domain, f.direction, f.comparison) for f in found] == [("fatigue", "improved", "within_group")]


def test_a_greater_change_after_a_span_told_first_still_compares_the_arms() -> None:
    found = _read_titled(  # fictional
        "Aquatic exercise for fatigue in multiple sclerosis: a fictional randomized trial",
        "Forty adults with MS were randomly assigned to aquatic exercise or a control group for 8 weeks.",
        "After 8 weeks, the aquatic group showed greater improvements in fatigue (p = 0.01).",
    )
    assert [(f.direction, f.comparison) for f in found] == [("improved", "between_groups")]


def test_an_outcome_added_by_in_addition_is_compared_as_the_result_before() -> None:
    found = _read_titled(  # fictional
        "Aquatic exercise in multiple sclerosis: a fictional randomized trial",
        "Thirty adults with MS were randomly assigned to aquatic exercise or a control group.",
        "Compared with the control group, the aquatic group improved more in balance (p = 0.01). "
        "In addition, quality of life improved significantly (p = 0.03).",
    )
    assert {(f.domain, f.comparison) for f in found} == {
        ("balance", "between_groups"),
        ("quality_of_life", "between_groups"),
    }


def test_a_review_pooling_no_change_reports_no_difference_against_control() -> None:
    record = Record(  # fictional
        pmid="1",
        title="Exercise for people with multiple sclerosis: a fictional meta-analysis",
        abstract=(
            AbstractSection(
                text="Randomized trials of exercise against control were pooled.", label="METHODS"
            ),
            AbstractSection(text="There was no significant change in walking speed.", label="RESULTS"),
        ),
        publication_types=("Meta-Analysis",),
    )
    vocabulary = load_vocabulary()
    found = findings(record, vocabulary, study_facts(record, vocabulary))[0]
    assert [(f.domain, f.direction, f.comparison) for f in found] == [
        ("walking", "no_difference", "between_groups")
    ]


def test_a_difference_between_the_arms_named_after_each_arms_change_goes_the_tested_arms_way() -> None:
    found = _read_titled(  # fictional: the difference names its outcomes, with no way of its own
        "Pilates for balance in multiple sclerosis: a fictional randomized trial",
        "Thirty women with MS were randomly assigned to Pilates (experimental group) or a control group.",
        "Balance improved significantly in the experimental group (p < 0.05), while there was no "
        "significant change in the control group. There was a significant difference between the two "
        "groups in balance after the intervention (p < 0.05).",
    )
    assert ("improved", "between_groups") in {
        (f.direction, f.comparison) for f in found if f.domain == "balance"
    }


@pytest.mark.parametrize(
    "said",
    [  # fictional: the arms' difference told significant in words, with no p-value
        "There were significant differences between the groups in strength and fatigue.",
        "Between-group comparisons showed significant differences in strength and fatigue.",
    ],
)
def test_a_difference_of_the_arms_said_significant_in_words_is_a_result(said: str) -> None:
    found = _read_titled(
        "Resistance training in multiple sclerosis: a fictional randomized trial",
        "Thirty-six adults with MS were randomly assigned to resistance training or a control group.",
        "Fatigue and strength improved significantly in the training group (p < 0.01) but not in the "
        f"control group. {said}",
    )
    assert {(f.domain, f.direction) for f in found if f.comparison == "between_groups"} == {
        ("fatigue", "improved"),
        ("strength", "improved"),
    }


def test_no_difference_of_the_arms_said_in_words_is_no_difference() -> None:
    found = _read_titled(  # fictional
        "Resistance training in multiple sclerosis: a fictional randomized trial",
        "Thirty-six adults with MS were randomly assigned to resistance training or a control group.",
        "Between-group comparisons showed no significant differences in strength or fatigue.",
    )
    assert {(f.domain, f.direction, f.comparison) for f in found} == {
        ("fatigue", "no_difference", "between_groups"),
        ("strength", "no_difference", "between_groups"),
    }


@pytest.mark.parametrize(
    "result",
    [  # fictional: a change, then its level kept over the time after it
        "The mean spasticity score decreased from 7.0 to 4.8 after one month and remained stable thereafter.",
        "Spasticity decreased significantly after one month and remained stable until 12 months.",
    ],
)
def test_a_change_that_remained_stable_after_it_is_still_the_change(result: str) -> None:
    found = _read_titled(
        "Cannabis spray for spasticity in multiple sclerosis: a fictional observational study",
        "Records of 300 adults with MS who used the spray for a year were analysed.",
        result,
    )
    assert [(f.domain, f.direction, f.comparison) for f in found] == [
        ("spasticity", "improved", "within_group")
    ]


@pytest.mark.parametrize(
    ("sentence", "measure", "direction"),
    [  # fictional: a time the treatment delayed is a longer one, better for a harm, worse for a recovery
        ("Fictolan significantly delayed the time to first rescue analgesia (p = 0.02).", "time to first rescue analgesia", "improved"),
        ("Fictolan delayed the median time to relapse compared with placebo (p = 0.02).", "time to relapse", "improved"),
        ("Fictolan significantly delayed the time to discharge (p = 0.02).", "time to discharge", "worsened"),
    ],
)  # fmt: skip
def test_a_time_delayed_is_longer(sentence: str, measure: str, direction: str) -> None:
    methods = ("METHODS", "Eighty adults undergoing hip surgery were randomised to fictolan or placebo.")
    findings = _read(methods, ("RESULTS", sentence))[0]
    assert [(f.measure, f.change, f.direction, f.comparison) for f in findings] == [
        (measure, "increased", direction, "between_groups")
    ]


@pytest.mark.parametrize(
    "result",
    [  # fictional: a comparative, then its significance said not reached
        "Gout flares were fewer with fictoxan; however, statistical significance was not reached.",
        "Gout flares were fewer with fictoxan, although statistical significance was not achieved.",
    ],
)
def test_a_difference_whose_significance_was_not_reached_is_no_difference(result: str) -> None:
    found = _read_titled(
        "Fictoxan for gout: a fictional trial", "Adults were randomised to fictoxan or placebo.", result
    )
    assert [f.change for f in found] == ["no_difference"]


def test_a_change_brought_about_by_the_control_arm_relative_to_the_tested_one_is_turned_round() -> None:
    found = _read_titled(  # fictional
        "Fictolip for fatty liver: a fictional trial",
        "Adults were randomised to fictolip or placebo.",
        "Alanine aminotransferase was increased by placebo relative to fictolip (p = 0.02).",
    )
    assert [f.change for f in found] == ["decreased"]


def test_a_change_only_in_those_who_received_the_treatment_is_the_tested_arm_s() -> None:
    found = _read_titled(  # fictional: the tested arm named by its people, no part of the sample
        "Fictolin for back pain: a fictional trial",
        "Adults were randomised to fictolin or placebo.",
        "Pain fell only in those who received fictolin (p = 0.01).",
    )
    assert [f.change for f in found] == ["decreased"]


def test_a_comparative_reported_by_the_comparator_arm_is_turned_round() -> None:
    found = _read_titled(  # fictional
        "Fictomine versus ondansetron for nausea in pregnancy: a fictional trial",
        "Women were randomised to fictomine or ondansetron.",
        "Headache was reported more often by the ondansetron group (p = 0.02).",
    )
    assert [f.change for f in found] == ["decreased"]


@pytest.mark.parametrize(
    ("sentence", "measure", "reading"),
    [  # fictional: more of what was sped up, good or bad; a milestone sped up, a shorter time to it
        ("Fictolan accelerated wound healing compared with placebo (p = 0.02).", "wound healing",
         ("decreased", "improved")),
        ("Fictolan accelerated bone loss compared with placebo (p = 0.02).", "bone loss", ("increased", "worsened")),
        ("Wound healing was hastened with fictolan compared with placebo (p = 0.02).", "Wound healing",
         ("decreased", "improved")),
    ],
)  # fmt: skip
def test_what_was_accelerated_or_hastened_rose(sentence: str, measure: str, reading: tuple[str, str]) -> None:
    methods = ("METHODS", "Eighty adults undergoing hip surgery were randomised to fictolan or placebo.")
    findings = _read(methods, ("RESULTS", sentence))[0]
    assert [(f.measure, f.change, f.direction, f.comparison) for f in findings] == [
        (measure, *reading, "between_groups")
    ]


@pytest.mark.parametrize(
    ("sentence", "measure"),
    [  # fictional: the change asked of the treatment, not made
        ("Fictolan did not prevent wound infection (p = 0.42).", "wound infection"),
        ("Fictolan did not shorten the length of stay compared with placebo (p = 0.42).", "length of stay"),
        ("Fictolan did not accelerate wound healing compared with placebo (p = 0.42).", "wound healing"),
        ("Fictolan did not delay the time to relapse compared with placebo (p = 0.42).", "time to relapse"),
    ],
)  # fmt: skip
def test_a_change_the_treatment_did_not_make_is_no_difference(sentence: str, measure: str) -> None:
    methods = ("METHODS", "Eighty adults undergoing hip surgery were randomised to fictolan or placebo.")
    findings = _read(methods, ("RESULTS", sentence))[0]
    assert [(f.measure, f.change, f.comparison) for f in findings] == [
        (measure, "no_difference", "between_groups")
    ]


@pytest.mark.parametrize(
    "sentence",
    [  # fictional: both beat the third arm, then the two are said alike
        "The reflexology and sham groups had lower pain than the control group (p < 0.01), with no difference between them.",
        "Pain was lower in both the reflexology and sham groups than in the control group (p < 0.01), with no "
        "difference between reflexology and sham.",
    ],
)  # fmt: skip
def test_two_arms_alike_after_both_beat_a_third_keep_the_result_against_the_third(sentence: str) -> None:
    methods = (
        "Patients were randomized to reflexology (reflexology group), sham reflexology (sham group) or usual "
        "care (control group)."
    )
    found = _read(("METHODS", methods), ("RESULTS", sentence))[0]
    assert sorted((f.direction, f.comparison, f.comparator) for f in found) == [
        ("improved", "between_groups", "control"),
        ("no_difference", "between_groups", "sham"),
    ]


def test_an_effect_not_kept_at_follow_up_leaves_the_earlier_effect_standing() -> None:
    methods = "Women were randomized to reflexology or a waiting list for 6 weeks."  # fictional
    results = (
        "Compared with the waiting list, reflexology reduced fatigue (p < 0.001) and improved sleep quality "
        "(p = 0.04). Effects on fatigue persisted at the 3-month follow-up, whereas those on sleep did not."
    )
    found = _read(("METHODS", methods), ("RESULTS", results))[0]
    sleep = sorted((f.direction, f.timepoint) for f in found if f.domain == "sleep")
    assert sleep == [("improved", "end of treatment"), ("no_difference", "follow-up (3 months)")]


def test_an_effect_kept_after_a_time_opening_the_clause_is_a_follow_up_finding() -> None:
    results = (  # fictional
        "Massage reduced pain (p = 0.01) compared with usual care. At 3 months, the effect on pain was "
        "maintained, but the effect on anxiety was not."
    )
    found = _read(INTRO, ("RESULTS", results))[0]
    later = sorted((f.domain, f.direction) for f in found if f.timepoint == "follow-up (3 months)")
    assert later == [("anxiety", "no_difference"), ("pain", "improved")]


@pytest.mark.parametrize(
    ("condition", "result", "direction"),
    [  # fictional: how often stools are passed is better less in diarrhoea, more in constipation
        ("acute diarrhoea", "Stool frequency decreased more in the massage group than in the control group (p = 0.01).", "improved"),
        ("acute diarrhoea", "Stool frequency increased more in the massage group than in the control group (p = 0.01).", "worsened"),
        ("chronic constipation", "Stool frequency increased more in the massage group than in the control group (p = 0.01).", "improved"),
    ],
)  # fmt: skip
def test_how_often_stools_are_passed_is_read_by_the_condition_treated(
    condition: str, result: str, direction: str
) -> None:
    found = _read_titled(
        f"Abdominal massage for {condition} in children: a fictional randomized trial",
        f"Sixty children with {condition} were randomized to abdominal massage or usual care.",
        result,
    )
    assert [(f.domain, f.direction) for f in found] == [("bowel", direction)]


def test_two_arms_alike_named_with_the_after_both_beat_a_third_keep_the_result_against_it() -> None:
    found = _read_titled(  # fictional: both massage arms beat no intervention and did not differ
        "Aromatherapy massage for fatigue in haemodialysis: a fictional three-arm trial",
        "Patients were randomized to aromatherapy massage, massage with odourless oil (placebo) or no "
        "intervention (control).",
        "Fatigue decreased in both massage groups compared with the control group (p = 0.002), with no "
        "significant difference between the aromatherapy and placebo groups (p = 0.31).",
    )
    assert {(f.direction, f.comparison, f.comparator) for f in found if f.comparison == "between_groups"} == {
        ("improved", "between_groups", "control"),
        ("no_difference", "between_groups", "placebo"),
    }


@pytest.mark.parametrize(
    ("sentence", "measure", "reading"),
    [  # fictional: a milestone reached faster is a shorter time to it
        ("Functional recovery was faster with early mobilisation than with standard care (p = 0.01).",
         "Functional recovery", ("decreased", "improved", "between_groups")),
        ("Return of bowel function was quicker with early mobilisation than with standard care (p = 0.01).",
         "bowel function", ("decreased", "improved", "between_groups")),
        ("Return of bowel function was slower in the standard care group than in the early group (p = 0.01).",
         "bowel function", ("decreased", "improved", "between_groups")),
        ("Functional recovery was slower with early mobilisation than with standard care (p = 0.01).",
         "Functional recovery", ("increased", "worsened", "between_groups")),
    ],
)  # fmt: skip
def test_a_milestone_reached_faster_is_a_shorter_time_to_it(
    sentence: str, measure: str, reading: tuple[str, str, str]
) -> None:
    found = _read_titled(
        "Early mobilisation after surgery: a fictional randomized trial",
        "Patients were randomized to early mobilisation or standard care.",
        sentence,
    )
    assert [(f.measure, (f.change, f.direction, f.comparison)) for f in found] == [(measure, reading)]


@pytest.mark.parametrize(
    ("sentence", "measure", "reading"),
    [  # fictional: an onset, a time kept short, come faster or slower
        ("Sensory block onset was faster in group D than in group C (p = 0.01).",
         "Sensory block onset", ("decreased", "improved")),
        ("Onset of motor block was slower in group D than in group C (p = 0.01).",
         "Onset of motor block", ("increased", "worsened")),
    ],
)  # fmt: skip
def test_an_onset_come_faster_is_a_shorter_onset_time(
    sentence: str, measure: str, reading: tuple[str, str]
) -> None:
    found = _read_titled(
        "Spinal anaesthesia with fictocaine: a fictional randomized trial",
        "Patients were randomized to group D (fictocaine with dexmedetomidine) or group C (fictocaine alone).",
        sentence,
    )
    assert [(f.measure, (f.change, f.direction)) for f in found] == [(measure, reading)]


@pytest.mark.parametrize(
    "sentence",
    [  # fictional: what a review could not tell
        "We are uncertain whether massage improves quality of life (very low-certainty evidence).",
        "It remains unclear whether massage reduces fatigue.",
        "There was insufficient evidence that massage improves sleep.",
        "Evidence was insufficient to conclude that massage reduces pain.",
        "There is not enough evidence to show that massage reduces anxiety.",
    ],
)
def test_what_is_uncertain_is_no_result(sentence: str) -> None:
    found = _read_titled(
        "Massage for people with neurological conditions: a fictional systematic review",
        "We included randomized controlled trials comparing massage with no treatment or sham.",
        sentence,
    )
    assert found == []


@pytest.mark.parametrize(
    "sentence",
    [  # fictional: a pace with no good side of its own stays no result
        "Heart rate was faster with early mobilisation than with standard care (p = 0.01).",
        "Pain returned sooner with standard care than with early mobilisation (p = 0.01).",
        "Fatigue recovery was slower with standard care (p = 0.02).",
    ],
)
def test_a_pace_of_what_is_no_milestone_stays_no_result(sentence: str) -> None:
    found = _read_titled(
        "Early mobilisation after surgery: a fictional randomized trial",
        "Patients were randomized to early mobilisation or standard care.",
        sentence,
    )
    assert found == []


def test_a_result_denied_hours_later_keeps_the_result_seen_before() -> None:
    found = _read_titled(
        "Foot massage after caesarean section: a fictional randomized trial",
        "Eighty women were randomized to foot massage plus routine analgesia or routine analgesia alone.",
        "Pain intensity at 60 minutes was lower in the massage group (p < 0.001), but not at 24 hours.",
    )
    assert {(f.direction, f.timepoint) for f in found} == {
        ("improved", "end of treatment"),
        ("no_difference", "at 24 hours"),
    }


def test_three_arms_numbered_with_one_p_value_set_no_two_against_each_other() -> None:
    found = _read_titled(
        "Acupressure for nausea after chemotherapy: a fictional three-arm randomized trial",
        "Women receiving chemotherapy were randomized to acupressure wristbands, sham wristbands or usual care.",
        "The incidence of vomiting was 22% with acupressure, 25% with sham and 41% with usual care (p = 0.03).",
    )
    assert [f.direction for f in found if f.direction in ("improved", "worsened")] == []


_ACTIVE_TRIAL = "Fictolan versus dorvamide for migraine prevention: a fictional trial"
_ACTIVE_METHODS = "Eighty adults were randomised to fictolan or dorvamide."


@pytest.mark.parametrize(
    ("title", "results", "expected"),
    [  # fictional: how often something happened in the arm the clause opens on, tested
        (_ACTIVE_TRIAL, "In the dorvamide arm, headache was more common (p = 0.01).", [("decreased", "between_groups")]),
        (_ACTIVE_TRIAL, "In the fictolan arm, headache was more common (p = 0.01).", [("increased", "between_groups")]),
        (_ACTIVE_TRIAL, "In the dorvamide group, nausea was significantly less frequent.", [("increased", "between_groups")]),
        (_ACTIVE_TRIAL, "Among patients in the dorvamide arm, dizziness was more common (p = 0.02).",
         [("decreased", "between_groups")]),
        # against the arm's own start, or untested: the arm's own change, as before
        (_ACTIVE_TRIAL, "In the dorvamide arm, headache was more common than at baseline (p = 0.01).",
         [("increased", "within_group")]),
        (_ACTIVE_TRIAL, "In the dorvamide arm, headache was more common.", [("increased", "within_group")]),
        # which arm was tested, the title does not tell: no way guessed
        ("Fictolan and dorvamide for migraine prevention: a fictional trial",
         "In the dorvamide arm, headache was more common (p = 0.01).", []),
    ],
)  # fmt: skip
def test_a_frequency_in_the_arm_a_clause_opens_on_compares_the_arms(
    title: str, results: str, expected: list[tuple[str, str]]
) -> None:
    found = _read_titled(title, _ACTIVE_METHODS, results)
    assert [(f.change, f.comparison) for f in found] == expected


_AQUATIC_TRIAL = "Aquatic exercise for balance in multiple sclerosis: a fictional trial"
_AQUATIC_METHODS = "Forty adults were randomised to aquatic exercise or a control group."


@pytest.mark.parametrize(
    ("results", "expected"),
    [  # fictional: one arm's change set against its start and against the other arm
        ("The aquatic group improved significantly in balance both within the group and compared with controls.",
         [("increased", "between_groups"), ("increased", "within_group")]),
        ("Balance improved from 40 to 48 in the aquatic group (p < 0.01), significantly more than in controls "
         "(p = 0.02).", [("increased", "between_groups"), ("increased", "within_group")]),
        # the control arm's own values: which way the arms differ, the words about it do not say
        ("Balance improved from 40 to 42 in the control group, significantly less than in the aquatic group "
         "(p = 0.02).", [("unclear", "between_groups")]),
    ],
)  # fmt: skip
def test_a_change_within_an_arm_and_against_the_other_gives_both(
    results: str, expected: list[tuple[str, str]]
) -> None:
    found = _read_titled(_AQUATIC_TRIAL, _AQUATIC_METHODS, results)
    assert [(f.change, f.comparison) for f in found] == expected


@pytest.mark.parametrize(
    ("results", "expected"),
    [  # fictional: each of the two comparisons of one change with the test quoted after its own words
        ("Balance improved from 40 to 48 in the aquatic group (p < 0.01), significantly more than in controls "
         "(p = 0.02).", [("between_groups", "increased", "p = 0.02"), ("within_group", "increased", "p < 0.01")]),
        ("Anxiety fell in the aquatic group compared with baseline (p < 0.001) and with the control group "
         "(p = 0.003).", [("within_group", "decreased", "p < 0.001"), ("between_groups", "decreased", "p = 0.003")]),
        ("Anxiety fell in the aquatic group compared with baseline (p < 0.001) and with the control group "
         "(p = 0.30).", [("within_group", "decreased", "p < 0.001"), ("between_groups", "no_difference", "p = 0.30")]),
    ],
)  # fmt: skip
def test_each_comparison_of_one_change_keeps_its_own_test(
    results: str, expected: list[tuple[str, str, str]]
) -> None:
    found = _read_titled(_AQUATIC_TRIAL, _AQUATIC_METHODS, results)
    assert [(f.comparison, f.change, f.p_value) for f in found] == expected


_THREE_ARM_TRIAL = "Aquatic and land-based exercise for fatigue in multiple sclerosis: a fictional trial"
_THREE_ARM_METHODS = (
    "Sixty adults were randomised to aquatic exercise, land-based exercise or a control group."
)


@pytest.mark.parametrize(
    "results",
    [  # fictional: two active arms, each better than the control arm, and no change within either told
        "Both the aquatic and land-based groups had less fatigue than controls (p = 0.01).",
        "Both the aquatic and the land-based groups had lower fatigue than the control group (p = 0.01).",
        "Both exercise groups had lower fatigue than the control group (p < 0.01).",
        "Fatigue improved in both exercise groups relative to the control group (p < 0.01).",
    ],
)
def test_two_arms_set_against_the_control_arm_are_a_difference_of_the_arms_alone(results: str) -> None:
    found = _read_titled(_THREE_ARM_TRIAL, _THREE_ARM_METHODS, results)
    assert [(f.change, f.comparison) for f in found] == [("decreased", "between_groups")]


def test_both_arms_improving_then_compared_keeps_the_change_within_each() -> None:
    found = _read_titled(  # fictional
        "Massage for neck pain: a fictional trial",
        "Forty adults were randomised to massage or usual care.",
        "Both the massage and usual care groups improved in pain, and the improvement was greater in the "
        "massage group (p = 0.01).",
    )
    assert sorted((f.change, f.comparison) for f in found) == [
        ("decreased", "between_groups"),
        ("decreased", "within_group"),
    ]


@pytest.mark.parametrize(
    ("results", "between"),
    [  # fictional: the tested arms changed, the control arm did not
        ("Fatigue decreased in the aquatic and land-based groups but not in controls (p = 0.01).",
         [("decreased", "p = 0.01")]),
        # untested, or not significantly: each arm's own change alone, no way of the arms guessed
        ("Fatigue decreased in the aquatic and land-based groups but not in controls.", []),
        ("Fatigue decreased in the aquatic and land-based groups but not in controls (p = 0.40).", []),
        ("Fatigue decreased in the aquatic group (p = 0.01) but not in controls (p = 0.40).", []),
    ],
)  # fmt: skip
def test_a_change_in_the_tested_arms_but_not_in_controls_compares_them_where_tested(
    results: str, between: list[tuple[str, str]]
) -> None:
    found = _read_titled(_THREE_ARM_TRIAL, _THREE_ARM_METHODS, results)
    assert [(f.change, f.p_value) for f in found if f.comparison == "between_groups"] == between
    assert [(f.change, f.comparator) for f in found if f.comparison == "within_group"] == [
        ("decreased", None),
        ("no_difference", "control"),
    ]


@pytest.mark.parametrize(
    ("sentence", "reading"),
    [  # fictional: "more rapid" is a pace, not more of the outcome; a more rapid change is its size
        ("Analgesia onset was more rapid in group D than in group C (p = 0.01).",
         ("Analgesia onset", "decreased", "improved")),
        ("Group D had a more rapid decline in heart rate than group C (p = 0.01).",
         ("heart rate", "decreased", "not_applicable")),
    ],
)  # fmt: skip
def test_more_rapid_is_a_pace(sentence: str, reading: tuple[str, str, str]) -> None:
    found = _read_titled(
        "Spinal anaesthesia with fictocaine: a fictional randomized trial",
        "Patients were randomized to group D (fictocaine with dexmedetomidine) or group C (fictocaine alone).",
        sentence,
    )
    assert [(f.measure, f.change, f.direction) for f in found] == [reading]


@pytest.mark.parametrize(
    ("sentence", "reading"),
    [  # fictional: a milestone delayed is a longer time to it, better or worse as that time is
        ("Onset of motor block was delayed in group D compared with group C (p = 0.01).",
         ("Onset of motor block", "increased", "worsened")),
        ("Time to first analgesic request was delayed in group D compared with group C (p = 0.01).",
         ("Time to first analgesic request", "increased", "improved")),
        ("Time to first analgesic request was faster in group C than in group D (p = 0.01).",
         ("Time to first analgesic request", "increased", "improved")),
    ],
)  # fmt: skip
def test_a_milestone_delayed_is_a_longer_time_to_it(sentence: str, reading: tuple[str, str, str]) -> None:
    found = _read_titled(
        "Spinal anaesthesia with fictocaine: a fictional randomized trial",
        "Patients were randomized to group D (fictocaine with dexmedetomidine) or group C (fictocaine alone).",
        sentence,
    )
    assert [(f.measure, f.change, f.direction) for f in found] == [reading]


def test_wounds_healed_sooner_is_a_shorter_time_to_healing() -> None:
    found = _read_titled(  # fictional
        "A fictional dressing for leg ulcers: a randomized trial",
        "Patients with leg ulcers were randomized to the fictional dressing or gauze.",
        "Wounds healed sooner with the dressing than with gauze (p = 0.02).",
    )
    assert [(f.measure, f.change, f.direction, f.comparison) for f in found] == [
        ("Wounds healed", "decreased", "improved", "between_groups")
    ]


def test_a_delay_of_what_is_no_milestone_stays_no_result() -> None:
    found = _read_titled(  # fictional
        "Spinal anaesthesia with fictocaine: a fictional randomized trial",
        "Patients were randomized to group D (fictocaine with dexmedetomidine) or group C (fictocaine alone).",
        "Heart rate recovery was delayed in group D (p = 0.01).",
    )
    assert found == []


@pytest.mark.parametrize(
    "sentence",
    [  # fictional: a level that came back sooner is no less of it; its time the words do not name
        "Bowel function returned earlier with early mobilisation than with standard care (p = 0.01).",
        "Muscle strength recovered faster with early mobilisation than with standard care (p = 0.01).",
    ],
)
def test_a_level_that_came_back_faster_is_no_result(sentence: str) -> None:
    found = _read_titled(
        "Early mobilisation after surgery: a fictional randomized trial",
        "Patients were randomized to early mobilisation or standard care.",
        sentence,
    )
    assert found == []


@pytest.mark.parametrize(
    "result",
    [  # fictional: the arm given the drug before the incision named by when it was given
        "Pain scores were lower in the postoperative group than in the pre-emptive group (p = 0.02).",
        "Pain scores were higher in the pre-emptive group than in the postoperative group (p = 0.02).",
    ],
)
def test_a_pre_emptive_arm_is_an_arm_not_the_start(result: str) -> None:
    found = _read_titled(
        "Pre-emptive versus postoperative fictolan for pain after tonsillectomy",
        "Children received fictolan before incision (pre-emptive group) or after surgery (postoperative group).",
        result,
    )
    assert [((f.change, f.direction), f.comparison) for f in found] == [
        (("increased", "worsened"), "between_groups")
    ]


@pytest.mark.parametrize(
    ("result", "reading"),
    [  # fictional: two doses' arms labelled by the drug's letter and the dose
        ("Nausea was less frequent in group D8 than in group D4 (p = 0.04).", ("increased", "worsened")),
        ("Nausea was less frequent in group D4 than in group D8 (p = 0.04).", ("decreased", "improved")),
    ],
)  # fmt: skip
def test_a_label_with_a_dose_in_it_is_read_by_the_arm_the_methods_give_it(
    result: str, reading: tuple[str, str]
) -> None:
    found = _read_titled(
        "Fictolan 4 mg versus 8 mg for nausea after surgery",
        "Patients were allocated to receive fictolan 4 mg (group D4) or 8 mg (group D8).",
        result,
    )
    assert [((f.change, f.direction), f.comparison) for f in found] == [(reading, "between_groups")]


@pytest.mark.parametrize(
    ("methods", "result", "readings"),
    [  # fictional: two routes of one drug, the title's "intravenous versus oral"
        (
            "Adults received intravenous fictolan (IV group) or oral fictolan (oral group).",
            "Nausea was less frequent in the oral group than in the IV group (p = 0.04).",
            [("increased", "worsened")],
        ),
        (
            "Adults received fictolan 8 mg intravenously or orally.",
            "Nausea was less frequent in the oral group than in the intravenous group (p = 0.04).",
            [("increased", "worsened")],
        ),
        (
            "Adults received fictolan 8 mg intravenously (IV group) or orally (oral group).",
            "Nausea was less frequent in the oral group than in the IV group (p = 0.04).",
            [("increased", "worsened")],
        ),
        (  # the IV group never defined: which arm it is, nothing tells
            "Adults received fictolan 8 mg intravenously or orally.",
            "Nausea was less frequent in the oral group than in the IV group (p = 0.04).",
            [],
        ),
    ],
)
def test_the_titles_second_route_set_against_the_first_is_the_comparators_result(
    methods: str, result: str, readings: list[tuple[str, str]]
) -> None:
    found = _read_titled("Intravenous versus oral fictolan for nausea after surgery", methods, result)
    assert [(f.change, f.direction) for f in found if f.direction != "unclear"] == readings


def test_the_comparator_set_against_itself_with_a_treatment_added_is_the_comparators_result() -> None:
    found = _read_titled(  # fictional: an add-on trial, each arm by a short name
        "Standard care with or without fictolan for fatigue",
        "Adults were randomised to standard care (SC) or SC plus fictolan (SC+A).",
        "Fatigue was lower in the SC group than in the SC+A group (p = 0.04).",
    )
    assert [((f.change, f.direction), f.comparison) for f in found] == [
        (("increased", "worsened"), "between_groups")
    ]


@pytest.mark.parametrize(
    ("result", "reading"),
    [  # fictional: a drug the vocabulary does not know, added to a treatment both arms had
        ("Spasticity was lower in the physiotherapy alone group than in the fictolan group (p = 0.02).", ("increased", "worsened")),
        ("Spasticity was lower in the fictolan group than in the physiotherapy alone group (p = 0.02).", ("decreased", "improved")),
    ],
)  # fmt: skip
def test_the_treatment_a_title_gives_with_or_without_another_tests_the_other(
    result: str, reading: tuple[str, str]
) -> None:
    found = _read_titled(
        "Physiotherapy with or without fictolan for spasticity after stroke",
        "Adults were randomised to physiotherapy alone or physiotherapy with fictolan injections.",
        result,
    )
    assert [((f.change, f.direction), f.comparison) for f in found] == [(reading, "between_groups")]


def test_a_crossovers_placebo_phase_named_first_is_the_comparators_result() -> None:
    found = _read_titled(  # fictional: each arm a period of a crossover
        "Fictolan for neuropathic pain: a randomised crossover trial",
        "Each adult had a fictolan phase and a placebo phase of 4 weeks, in random order.",
        "Pain was higher in the placebo phase than in the fictolan phase (p = 0.02).",
    )
    assert [((f.change, f.direction), f.comparison) for f in found] == [
        (("decreased", "improved"), "between_groups")
    ]


@pytest.mark.parametrize(
    "result",
    [  # fictional: the sham arm named with the tested stimulation's short name after "sham"
        "Fatigue was lower in the sham tDCS group than in the tDCS group (p = 0.03).",
        "Fatigue was lower in the sham-tDCS group than in the tDCS group (p = 0.03).",
    ],
)
def test_the_sham_arm_named_with_the_tested_arms_short_name_first_is_the_comparators_result(
    result: str,
) -> None:
    found = _read_titled(
        "Transcranial direct current stimulation (tDCS) for fatigue: a fictional trial",
        "Adults were randomised to anodal tDCS or sham tDCS for five days.",
        result,
    )
    assert [((f.change, f.direction), f.comparison) for f in found] == [
        (("increased", "worsened"), "between_groups")
    ]


def test_a_change_within_a_sham_arm_named_with_a_hyphen_is_the_shams_own() -> None:
    found = _read_titled(  # fictional
        "Transcranial direct current stimulation (tDCS) for fatigue: a fictional trial",
        "Adults were randomised to anodal tDCS or sham-tDCS for five days.",
        "Fatigue decreased in the sham-tDCS group only (p = 0.03).",
    )
    assert [(f.comparison, f.comparator) for f in found] == [("within_group", "sham-tdcs")]


def test_a_detuned_device_named_first_is_the_comparators_result() -> None:
    found = _read_titled(  # fictional: the sham device called detuned, with the tested device's name
        "Fictional stimulation for pain in multiple sclerosis",
        "Adults were randomised to TENS or detuned TENS.",
        "Pain was lower in the detuned TENS group than in the TENS group (p = 0.03).",
    )
    assert [((f.change, f.direction), f.comparison) for f in found] == [
        (("increased", "worsened"), "between_groups")
    ]


@pytest.mark.parametrize(
    "results",
    [  # fictional: each arm's fall, then the arms' difference named by its statistic
        "The mean NRS score fell by 1.3 points with the spray and by 0.9 points with placebo. The adjusted "
        "treatment difference of -0.4 (95% CI -0.8 to 0.0; p = 0.06) was not statistically significant.",
        "The mean NRS score fell by 1.3 points with the spray and by 0.9 points with placebo; the adjusted "
        "treatment difference of -0.4 (95% CI -0.8 to 0.0; p = 0.06) was not statistically significant.",
    ],
)
def test_a_treatment_difference_is_the_arms_difference_in_the_outcome_before_not_a_measure(
    results: str,
) -> None:
    methods = (
        "Patients with MS spasticity were randomised to a fictional spray or placebo. The primary "
        "endpoint was the change in spasticity on a 0-10 numeric rating scale (NRS)."
    )
    found = _read(("METHODS", methods), ("RESULTS", results))[0]
    assert [(f.domain, f.direction, f.comparison) for f in found] == [
        ("spasticity", "improved", "within_group"),
        ("spasticity", "no_difference", "between_groups"),
    ]


def test_an_outcome_of_the_vocabulary_named_in_a_bracket_keeps_its_domain() -> None:
    result = "More patients on the spray were responders (at least 30% improvement in spasticity: 36% vs 24%; p = 0.04)."
    finding = _only(_read(("METHODS", INTRO), ("RESULTS", result)))  # fictional
    assert (finding.domain, finding.direction, finding.comparison) == (
        "spasticity",
        "improved",
        "between_groups",
    )


@pytest.mark.parametrize("quoted", ["p=0,43", "p: 0.43", "P value of 0.43"])
def test_a_p_value_written_another_way_is_read_for_its_size(quoted: str) -> None:
    result = f"Fatigue was lower in the massage group than in the usual care group ({quoted})."  # fictional
    finding = _only(_read(("METHODS", INTRO), ("RESULTS", result)))
    assert (finding.direction, finding.p_value) == ("no_difference", quoted)


def test_a_difference_then_and_alike_at_follow_up_is_no_difference_then() -> None:
    # fictional: the week-4 difference is not the 12-week follow-up's
    said = "Fatigue was lower in the S group than in the R group at week 4 (p = 0.04), and was similar at the 12-week follow-up (p = 0.60)."
    methods = "Patients received reflexology (R group) or sham reflexology (S group) for 4 weeks."
    found, _ = _read(("METHODS", methods), ("RESULTS", said))
    assert [(f.change, f.timepoint, f.p_value) for f in found] == [
        ("increased", "end of treatment", "p = 0.04"),
        ("no_difference", "follow-up (12 weeks)", "p = 0.60"),
    ]


@pytest.mark.parametrize(
    ("said", "reading"),
    [  # fictional: a pace said of the comparator arm first is the tested arm's the other way
        ("Gait speed was faster with standard physiotherapy than with reflexology (p = 0.02).", ("worsened", "decreased")),
        ("Patients walked faster with standard physiotherapy than with reflexology (p = 0.02).", ("worsened", "decreased")),
        ("The TUG was slower with standard physiotherapy than with reflexology (p = 0.02).", ("improved", "decreased")),
        ("Gait speed was faster with reflexology than with standard physiotherapy (p = 0.02).", ("improved", "increased")),
    ],
)  # fmt: skip
def test_a_pace_with_the_comparator_arm_named_first_is_turned_round(
    said: str, reading: tuple[str, str]
) -> None:
    methods = "Patients with Parkinson's disease were randomized to reflexology or standard physiotherapy."
    finding = _only(_read(("METHODS", methods), ("RESULTS", said)))
    assert (finding.direction, finding.change, finding.comparison) == (*reading, "between_groups")


def test_no_difference_from_a_third_arm_named_beside_the_tested_one_is_against_that_arm() -> None:
    # fictional: massage beat exercise, and did not differ from the two combined
    methods = "Patients were allocated to massage, exercise, or massage plus exercise (combined) for 4 weeks."
    results = (
        "Fatigue decreased significantly more in the massage group than in the exercise group (p = 0.01). "
        "Fatigue did not differ between the massage and combined groups (p = 0.39)."
    )
    found, _ = _read(("METHODS", methods), ("RESULTS", results))
    assert [(f.change, f.comparator) for f in found] == [
        ("decreased", "exercise"),
        ("no_difference", "combined"),
    ]


@pytest.mark.parametrize(
    "result",
    [  # fictional: people told apart by a state of theirs or by what befell them, no arm named
        "Depression was lower in participants with higher baseline walking speed (p = 0.03).",
        "Spasticity was higher in participants with longer disease duration (p = 0.02).",
        "Patients who received a blood transfusion had longer hospital stays (p = 0.01).",
        "Back pain was worse at 1 year in patients with a recurrent herniation (p = 0.02).",
        "Physical activity was higher in survivors with lower body weight (p = 0.03).",
        "The group with catheter complications had more pain (p = 0.04).",
        # the subject people told apart by a state of theirs, or of a kind, ranked against the rest
        "Patients with diabetes had higher fatigue scores (p = 0.01).",
        "Participants with obesity showed a greater reduction in fatigue (p = 0.04).",
        "Older patients had more fatigue (p = 0.01).",
    ],
)
def test_people_told_apart_by_what_befell_them_are_no_arm(result: str) -> None:
    methods = "Sixty adults with MS were randomized to aquatic exercise or usual care for 12 weeks."
    assert _read_titled("Aquatic exercise in multiple sclerosis", methods, result) == []


def test_people_of_a_state_ranked_after_a_treatment_are_still_read() -> None:
    """Fictional: "people with MS had less fatigue after aquatic exercise": the whole sample after
    what it was given, not a part of it set against the rest."""
    methods = "Sixty adults with MS were randomized to aquatic exercise or usual care for 12 weeks."
    result = "Patients with MS had less fatigue after aquatic exercise than after usual care (p = 0.01)."
    found = _read_titled("Aquatic exercise in multiple sclerosis", methods, result)
    assert [(f.domain, f.direction, f.comparison) for f in found] == [
        ("fatigue", "improved", "between_groups")
    ]


def test_people_told_apart_by_what_they_were_given_are_the_arm() -> None:
    # fictional: the same opening, with the tested treatment as what they received
    methods = "Sixty adults with MS were randomized to aquatic exercise or usual care for 12 weeks."
    result = "Patients who received aquatic exercise had lower fatigue than controls (p = 0.01)."
    found = _read_titled("Aquatic exercise in multiple sclerosis", methods, result)
    result = "The group with aquatic exercise had lower fatigue than controls (p = 0.01)."
    found += _read_titled("Aquatic exercise in multiple sclerosis", methods, result)
    assert [(f.domain, f.direction, f.comparison) for f in found] == [
        ("fatigue", "improved", "between_groups"),
        ("fatigue", "improved", "between_groups"),
    ]


def test_the_groups_compared_with_regard_to_an_outcome_are_the_arms() -> None:
    # fictional: "groups with" that goes on to what the arms were compared on, not a group by its state
    methods = "Sixty adults with MS were randomized to aquatic exercise or usual care for 12 weeks."
    result = "No differences were found between the two groups with regard to fatigue (p = 0.40)."
    found = _read_titled("Aquatic exercise in multiple sclerosis", methods, result)
    assert [(f.domain, f.direction) for f in found] == [("fatigue", "no_difference")]


LABELLED_THREE_ARMS = (
    "Group A received massage, group B received exercise and group C received no treatment for six weeks."
)


def test_a_result_between_two_labels_takes_the_labelled_comparator() -> None:
    """Fictional: of three labelled arms, "than in group C" names what massage was set against,
    not the study's first listed comparator (exercise)."""
    said = "Pain decreased significantly more in group A than in group C (p = 0.002)."
    finding = _only(_read(("METHODS", LABELLED_THREE_ARMS), ("RESULTS", said)))
    assert (finding.change, finding.comparison, finding.comparator) == (
        "decreased",
        "between_groups",
        "group C",
    )


def test_a_pair_of_labelled_arms_without_the_tested_one_is_no_result_of_the_tested_arm() -> None:
    """Fictional: "between group B and group C" compares exercise with no treatment; it neither
    gives massage a comparison nor overrides massage's gain over group C."""
    said = (
        "Pain decreased significantly more in group A than in group C (p = 0.002). "
        "There was no significant difference in pain between group B and group C (p = 0.31)."
    )
    found, _ = _read(("METHODS", LABELLED_THREE_ARMS), ("RESULTS", said))
    assert [(f.change, f.comparison) for f in found] == [("decreased", "between_groups")]


@pytest.mark.parametrize(
    ("result", "read"),
    [  # fictional: a review's pooled results against two kinds of control, each its own
        (
            "Massage reduced pain compared with no treatment (SMD -0.80, 95% CI -1.10 to -0.50) but not "
            "compared with sham (SMD -0.30, 95% CI -0.70 to 0.10).",
            {("improved", "no intervention"), ("no_difference", "sham")},
        ),
        (
            "Massage reduced pain compared with usual care (SMD -0.80, 95% CI -1.10 to -0.50) but not "
            "compared with no treatment (SMD -0.30, 95% CI -0.70 to 0.10).",
            {("improved", "usual care"), ("no_difference", "no intervention")},
        ),
    ],
)
def test_no_treatment_names_the_control_arm_not_the_treatment_tested(
    result: str, read: set[tuple[str, str | None]]
) -> None:
    """ "No treatment" holds the word "treatment", but names the arm given none: read as the
    tested arm, it named no comparator, and the next comparison's lack of difference took the
    place of the result against it."""
    found = _read_titled(
        "Massage for fibromyalgia: a fictional systematic review and meta-analysis",
        "We included randomized trials of massage.",
        result,
    )
    assert {(f.direction, f.comparator) for f in found if f.domain == "pain"} == read


def test_inactive_controls_are_a_comparator_of_their_own_beside_active_ones() -> None:
    """A review pooling its trials by the kind of control: "inactive controls" read only as
    "controls" named no comparator of their own, and the lack of difference against active
    controls took the place of the result against them."""
    found = _read_titled(
        "Massage for fibromyalgia: a fictional systematic review and meta-analysis",
        "We included randomized trials of massage.",
        "Massage reduced pain compared with inactive controls (SMD -0.80, 95% CI -1.10 to -0.50) but not "
        "compared with active controls (SMD -0.30, 95% CI -0.70 to 0.10).",
    )
    assert {(f.direction, f.comparator) for f in found} == {
        ("improved", "inactive control"),
        ("no_difference", "another therapy"),
    }


@pytest.mark.parametrize(
    ("title", "methods", "result", "read"),
    [  # fictional: a treatment the comparators list also holds, named alone in the title
        (
            "Exercise for fatigue in multiple sclerosis: a fictional systematic review and meta-analysis",
            "We included randomized trials.",
            "Fatigue was lower with exercise (SMD -0.5, 95% CI -0.8 to -0.2).",
            ("decreased", "improved"),
        ),
        (
            "Exercise for preventing falls in multiple sclerosis: a fictional systematic review",
            "We included randomized trials.",
            "The odds of falls were lower with exercise (OR 0.62, 95% CI 0.45 to 0.85).",
            ("decreased", "improved"),
        ),
        # the title's treatment, one kind of exercise, leaves exercise the comparator's word
        (
            "Aquatic exercise for fatigue in multiple sclerosis: a fictional randomized trial",
            "Forty adults were randomized to aquatic exercise or land-based exercise for 8 weeks.",
            "Fatigue was lower in the land-based exercise group (p = 0.01).",
            ("increased", "worsened"),
        ),
    ],
)
def test_a_treatment_the_title_names_alone_is_the_tested_arm_though_a_comparator_s_name(
    title: str, methods: str, result: str, read: tuple[str, str]
) -> None:
    """ "Exercise for multiple sclerosis": exercise is tested, though massage trials compare with
    it; read as the comparator, "lower with exercise" was the comparator's lower fatigue."""
    (found,) = _read_titled(title, methods, result)
    assert (found.change, found.direction) == read


def test_a_second_verb_after_a_list_with_its_statistics_changes_only_its_own_outcome() -> None:
    """ "improved A (p) and B (p), and reduced C (p)": the reduction is C's; read through the
    list, it was B's, a fall in balance, worse."""
    found = _read(
        INTRO,
        (
            "RESULTS",
            "Massage improved motor function (p = 0.01) and balance (p = 0.02), and reduced pain (p = 0.03).",
        ),
    )[0]
    assert {(f.domain, f.direction) for f in found} == {
        ("mobility", "improved"),
        ("balance", "improved"),
        ("pain", "improved"),
    }


def test_each_outcome_sized_after_one_verb_is_read_as_the_first_was() -> None:
    found = _read(
        ("METHODS", "Sixty children were randomized to fictolan syrup or placebo syrup for one winter."),
        (
            "RESULTS",
            "Incidence of otitis media was reduced by 24% (95% CI: 6 to 39%; p = 0.01) and hospital "
            "admissions by 35% (95% CI: 9 to 54%; p = 0.02).",
        ),
    )  # fictional
    assert {m: (d, c) for m, (_, d, c, _) in _by_measure(found).items()} == {
        "Incidence of otitis media": ("improved", "between_groups"),
        "hospital admissions": ("improved", "between_groups"),
    }


@pytest.mark.parametrize(
    ("results", "expected"),
    [  # fictional: the arms named after the state their people were in
        ("Significantly more patients were satisfied with fictolan than with placebo (41% vs 18%; p < 0.01).",
         ("satisfied", "improved", "increased")),
        ("More patients were satisfied in the placebo group than in the fictolan group (41% vs 18%; p < 0.01).",
         ("satisfied", "worsened", "decreased")),
        ("Fewer patients were nauseated in the fictolan group compared with the placebo group (10% vs 31%; "
         "p = 0.02).", ("nauseated", "improved", "decreased")),
    ],
)  # fmt: skip
def test_more_people_in_a_state_with_one_arm_than_the_other_is_a_finding(
    results: str, expected: tuple[str, str, str]
) -> None:
    found = _read(("METHODS", "Eighty adults were randomized to fictolan or placebo."), ("RESULTS", results))
    assert [(f.measure, f.direction, f.change, f.comparison) for f in found[0]] == [
        (*expected, "between_groups")
    ]


def test_the_authors_reading_of_the_comparator_arms_change_is_never_the_treatments_result() -> None:
    """Fictional: ", indicating worse walking" tells again what the waiting list's rise in scores
    meant; it is that arm's worsening, never walking worse with training, and the arms' own test
    after it still reads training better."""
    found = _read_titled(
        "Home balance training in multiple sclerosis: a randomised trial",
        "Forty adults with MS were randomised to balance training or a waiting list. The outcome was "
        "the MS Walking Scale-12 (MSWS-12).",
        "MSWS-12 scores rose in the waiting list group, indicating worse walking, whereas they stayed "
        "stable in the training group (p = 0.04).",
    )
    between = [(f.measure, f.direction) for f in found if f.comparison == "between_groups"]
    assert between == [("MSWS-12", "improved")]


def test_where_a_change_was_seen_ends_the_measures_name() -> None:
    # fictional: "seen with usual care" tells where the decline was, no word of what was measured
    found = _read(
        INTRO,
        ("RESULTS", "Massage prevented the decline in carer satisfaction seen with usual care (p = 0.02)."),
    )
    assert [f.measure for f in found[0]] == ["carer satisfaction"]


def test_an_arms_change_with_its_own_test_and_the_arms_test_is_never_also_no_change() -> None:
    # fictional: the bracket labels each test; the training arm changed, the arms did not differ
    found = _read(
        ("METHODS", "Thirty adults were randomized to breathing training or sham training for 8 weeks."),
        (
            "RESULTS",
            "Walking distance rose in the training group (p = 0.01 within group; between-group p = 0.30).",
        ),
    )
    assert sorted((f.direction, f.comparison) for f in found[0]) == [
        ("improved", "within_group"),
        ("no_difference", "between_groups"),
    ]


@pytest.mark.parametrize(
    ("title", "sentence"),
    [  # fictional: how often or how much of a treatment an arm had names that arm, never a measure
        (
            "Qigong versus walking for knee osteoarthritis: a randomized trial",
            "Twice-weekly qigong showed greater improvement than once-weekly qigong (p = 0.03).",
        ),
        (
            "Massage for knee osteoarthritis: a randomized trial",
            "Twice-weekly massage showed greater improvement than once-weekly massage (p = 0.03).",
        ),
        (
            "Zorafen versus placebo for knee osteoarthritis: a randomized trial",
            "High-dose zorafen showed greater improvement than placebo (p = 0.03).",
        ),
    ],
)
def test_an_arm_named_with_how_often_it_was_given_is_no_measure(title: str, sentence: str) -> None:
    found = _read_titled(
        title,
        "Sixty adults were randomized to the treatment given once or twice weekly, or to walking.",
        sentence,
    )
    assert found == []


@pytest.mark.parametrize(
    ("sentence", "direction"),
    [  # fictional: "time to" said once before a list is the wait for each of its items
        (
            "Time to first flatus (30 vs 41 h) and bowel movement (50 vs 66 h) were shorter with massage.",
            "improved",
        ),
        # a verb ends the list: the next outcome is no wait
        (
            "Time to first flatus was shorter with massage and bowel movements were more frequent (p = 0.01).",
            "improved",
        ),
    ],
)
def test_the_time_to_a_list_of_milestones_is_a_wait_for_each(sentence: str, direction: str) -> None:
    found = _read(INTRO, ("RESULTS", sentence))[0]
    assert [(f.domain, f.direction) for f in found] == [("bowel", "improved"), ("bowel", direction)]


def test_an_open_measure_listed_after_the_time_to_a_milestone_is_its_wait() -> None:
    # fictional: "time to" said once; oral intake sooner is better, as each wait of the list is
    sentence = "Time to first flatus, bowel movement and oral intake were shorter with massage (p = 0.01)."
    found = _read(INTRO, ("RESULTS", sentence))[0]
    assert {(f.measure, f.direction) for f in found if f.domain == "other"} == {("oral intake", "improved")}


def test_no_difference_in_any_secondary_outcome_said_in_the_singular_speaks_for_each() -> None:
    """Fictional: "any secondary outcome" is the methods' list, one by one; the conclusion's claims
    of the same outcomes never stand over that result."""
    found = _read_titled(
        "Reflexology for fatigue in multiple sclerosis: a randomized trial",
        "Fifty people with MS were randomized to reflexology or sham for 6 weeks. The primary outcome "
        "was fatigue; secondary outcomes were sleep quality, anxiety and depression.",
        "Fatigue fell more with reflexology (p = 0.01). There were no significant between-group "
        "differences in any secondary outcome.",
    )
    assert {(f.domain, f.direction) for f in found if f.domain in ("sleep", "anxiety", "depression")} == {
        ("sleep", "no_difference"),
        ("anxiety", "no_difference"),
        ("depression", "no_difference"),
    }
    assert [f.direction for f in found if f.domain == "fatigue"] == ["improved"]  # the primary, told apart


def test_an_effect_that_disappeared_on_adjustment_in_a_clause_of_its_own_gives_no_direction() -> None:
    # fictional: the unadjusted reduction is taken back by the adjusted analysis after it
    sentence = (
        "Anxiety was significantly reduced with massage compared with usual care (p = 0.03), but this "
        "effect disappeared after adjustment for baseline anxiety."
    )
    found = _read(INTRO, ("RESULTS", sentence))[0]
    assert [f.direction for f in found if f.domain == "anxiety"] == ["unclear"]


@pytest.mark.parametrize(
    "sentence",
    [  # fictional: the arm compared again on an outcome the vocabulary does not know
        "Massage was better than usual care for pain but worse for function.",
        "Massage was superior to usual care for pain, but inferior in terms of cost (p = 0.04).",
    ],
)
def test_an_arm_said_worse_for_another_outcome_leaves_the_first_outcomes_result(sentence: str) -> None:
    found = _read(INTRO, ("RESULTS", sentence))[0]
    assert [(f.domain, f.direction) for f in found if f.domain == "pain"] == [("pain", "improved")]


def test_people_told_apart_are_sought_only_in_clauses_saying_with_or_who() -> None:
    """Every way of telling people apart by what befell them holds "with" or "who" (proved with
    the two spelled apart, as ``re`` reads their shared "w" as one), so a clause without either
    is skipped unsearched; one whose lowering is not exact is searched as ever."""
    source = _PEOPLE_BY_WHAT_BEFELL_THEM.pattern
    assert requires_one_of(source.replace("with", "WITH").replace("who", "XHO"), ("WITH", "XHO"))
    assert _PEOPLE_BY_WHAT_BEFELL_THEM.search("stiffness was worse in residents who had a fall")
    assert not _holds_neither_with_nor_who("stiffness was worse in residents who had a fall")
    assert _holds_neither_with_nor_who("stiffness eased in the stretching group")
    assert not _holds_neither_with_nor_who("stiffness eased in the stretching group (ı)")


@pytest.mark.parametrize(
    ("told", "reading"),
    [
        (
            "Tension scores fell from 31.4 to 22.6 in the massage group and from 30.9 to 27.8 in the usual care "
            "group. The group x time interaction was significant (F = 6.1, p = 0.017).",
            "improved",
        ),
        (
            "Tension scores fell from 31.4 to 22.6 in the massage group and from 30.9 to 27.8 in the usual care "
            "group; the group x time interaction was significant (F = 6.1, p = 0.017).",
            "improved",
        ),
        (
            "Tension scores fell from 31.4 to 22.6 in the massage group and from 30.9 to 27.8 in the usual care "
            "group; the group x time interaction was not significant (F = 0.4, p = 0.53).",
            "no_difference",
        ),
    ],
)
def test_an_interaction_told_apart_from_each_arms_values_compares_those_values(
    told: str, reading: str
) -> None:
    # fictional: the larger fall with massage, tested by the interaction its own clause or sentence names
    found = _read(("METHODS", INTRO), ("RESULTS", told))
    assert _readings(found) == [("stress", "improved", "within_group"), ("stress", reading, "between_groups")]


def test_every_arm_improving_before_the_tested_arm_improved_more_is_both_comparisons() -> None:
    # fictional: "improved more" names no arm after "than"; the arms named before it are the others
    found = _read(
        ("METHODS", INTRO),
        (
            "RESULTS",
            "Although both groups improved, the massage group improved significantly more in fatigue.",
        ),
    )
    assert _readings(found) == [
        ("fatigue", "improved", "between_groups"),
        ("fatigue", "improved", "within_group"),
    ]


@pytest.mark.parametrize(
    "result",
    [
        "The model showed a significant main effect of time for depression (p < 0.001) and no interaction effect.",
        "The model showed a significant main effect of time for depression (F = 14.2, p < 0.001) and no "
        "interaction effect (F = 0.2, p = 0.66).",
    ],
)
def test_no_interaction_beside_a_significant_test_of_time_is_no_difference_between_the_groups(
    result: str,
) -> None:
    # fictional: the significant p-value is the test of time's, not the arms'
    found = _read(("METHODS", INTRO), ("RESULTS", result))
    assert _readings(found) == [("depression", "no_difference", "between_groups")]


def test_no_changes_in_the_control_arm_after_several_outcomes_changed_speaks_for_all_of_them() -> None:
    # fictional: "no significant changes" names no outcome; the sentence before changed three
    found = _read(
        ("METHODS", INTRO),
        (
            "RESULTS",
            "In the massage group, pain fell significantly (p < 0.01), sleep quality improved (p = 0.02) and "
            "fatigue was reduced (p = 0.04). In the usual care group, no significant changes were found.",
        ),
    )
    control = sorted(f.domain for f in found[0] if f.comparator)
    assert control == sorted(f.domain for f in found[0] if not f.comparator)
    assert len(control) == 3


def test_a_comparator_arm_named_as_a_kind_of_the_tested_treatment_keeps_its_whole_name() -> None:
    # fictional: "plain" alone is no arm; "the plain reflexology group" is the comparator's
    found = _read_titled(
        "Aromatic reflexology versus plain reflexology for fatigue: a fictional trial",
        "Fifty adults were randomized to aromatic reflexology or plain reflexology.",
        "Fatigue was significantly lower in the aromatic group than in the plain reflexology group (p = 0.01).",
    )
    assert [(f.domain, f.comparison, f.comparator) for f in found] == [
        ("fatigue", "between_groups", "plain reflexology")
    ]


_DRUG_TRIAL = "Seventy adults after knee surgery were randomized to dorvamide or placebo."


@pytest.mark.parametrize(
    "result",
    [
        # fictional: one arm's value, then the other's, each with its unit
        "Length of stay fell from 7.4 days with placebo to 5.0 days with dorvamide (p = 0.003).",
        # fictional: a pace in one arm, set against the other's
        "Recovery was significantly faster in the dorvamide group (p = 0.02).",
    ],
)
def test_a_result_setting_one_arm_against_the_other_compares_the_arms(result: str) -> None:
    found = _read_titled("Dorvamide after knee surgery: a fictional trial", _DRUG_TRIAL, result)
    assert [(f.direction, f.comparison, f.comparator) for f in found] == [
        ("improved", "between_groups", "placebo")
    ]


@pytest.mark.parametrize(
    ("result", "later"),
    [
        (
            "Pain was significantly lower in the massage group than in the usual care group after the "
            "intervention (p = 0.002) and at the three-month follow-up (p = 0.01).",
            ("follow-up (3 months)", "p = 0.01", "improved"),
        ),
        (
            "Pain was lower in the massage group than in the usual care group at week 6 (p = 0.002) and at "
            "week 18 (p = 0.27).",
            ("follow-up (18 weeks)", "p = 0.27", "no_difference"),
        ),
    ],
)
def test_a_result_told_at_two_times_each_with_its_test_is_a_finding_at_each(
    result: str, later: tuple[str, str, str]
) -> None:
    # fictional: the first test is the end of treatment's, the second the later time's
    found = _read(("METHODS", INTRO), ("RESULTS", result))
    assert [(f.timepoint, f.p_value, f.direction) for f in found[0]] == [
        ("end of treatment", "p = 0.002", "improved"),
        later,
    ]


def test_the_comparator_arm_improving_more_is_never_the_tested_arm_s_gain() -> None:
    # fictional: relaxation is the comparator; its greater gain is the tested arm's smaller one
    found = _read(
        ("METHODS", "Forty adults were randomized to massage or relaxation training for 6 weeks."),
        ("RESULTS", "The relaxation group improved significantly more in fatigue."),
    )
    assert [(f.domain, f.direction) for f in found[0]] == [("fatigue", "unclear")]


def test_a_pace_ranked_by_the_arm_it_was_in_compares_the_arms() -> None:
    found, _ = _read(
        ("METHODS", INTRO),
        ("RESULTS", "Onset of pain relief was faster in the massage group (p = 0.01)."),
    )
    assert [(f.domain, f.direction, f.comparison) for f in found] == [("pain", "improved", "between_groups")]


def test_how_quickly_a_measure_improved_names_no_measure_of_its_own() -> None:
    found, _ = _read(("METHODS", INTRO), ("RESULTS", "Walking speed improved faster in the massage group."))
    assert "faster" not in [f.measure for f in found]


@pytest.mark.parametrize(
    ("result", "reading"),
    [  # fictional: the perfect tense of "fell" and "rose" tells the same change as the past
        ("By week 6, pain had fallen in the massage group (p = 0.002).", ("pain", "decreased", "improved")),
        (
            "Grip strength has risen in the massage group (p = 0.01).",
            ("grip strength", "increased", "improved"),
        ),
    ],
)
def test_a_change_in_the_perfect_tense_is_the_arms_own_change(
    result: str, reading: tuple[str, str, str]
) -> None:
    assert (*reading, "within_group", None) in _within_readings(result)


@pytest.mark.parametrize(
    "result",
    [  # fictional: each arm's values before and after, the second arm's after "whereas"
        "Pain in the usual care group went from 6.1 to 5.8, whereas in the massage group it went from 6.3 to 3.2 "
        "(p < 0.001).",
        "Pain in the usual care group changed from 6.1 points at baseline to 5.8 points at week 6, whereas the massage group "
        "score changed from 6.3 to 3.2, with a statistically significant difference between the groups (p < 0.001).",
    ],
)
def test_each_arms_values_before_and_after_set_apart_by_whereas_compare_the_arms(result: str) -> None:
    readings = _within_readings(result)
    assert ("pain", "decreased", "improved", "between_groups", "usual care") in readings
    assert not [r for r in readings if r[2] in ("worsened", "no_difference")]


def test_arms_named_together_before_a_number_for_each_did_not_differ_under_a_test_not_significant() -> None:
    # fictional: which number is whose is not said, nor needed where the test is not significant
    readings = _within_readings(
        "Pain in the massage and usual care groups was 3.9 ± 1.2 and 4.2 ± 1.4 (p = 0.31)."
    )
    assert readings == {("pain", "no_difference", "no_difference", "between_groups", "usual care")}
    # a significant test, which arm did better the order alone does not say
    assert not _within_readings(
        "Pain in the massage and usual care groups was 3.9 ± 1.2 and 4.2 ± 1.4 (p = 0.01)."
    )


@pytest.mark.parametrize(
    ("result", "reading"),
    [  # fictional: "more than" the comparator's, as "less than" it, sets the tested arm against it
        (
            "Pain in the massage group was significantly more than in the usual care group (p = 0.002).",
            ("pain", "increased", "worsened"),
        ),
        (
            "Grip strength in the massage group was significantly more than that of the usual care group (p = 0.01).",
            ("grip strength", "increased", "improved"),
        ),
    ],
)
def test_more_than_the_comparators_is_a_rise_against_it(result: str, reading: tuple[str, str, str]) -> None:
    assert _within_readings(result) == {(*reading, "between_groups", "usual care")}


@pytest.mark.parametrize(
    "alike",
    [
        "There was no significant difference between reflexology and sham.",
        "Reflexology was not superior to sham.",
        "Reflexology was not more effective than sham reflexology (p = 0.38).",
        "The reflexology and sham groups did not differ significantly.",
    ],
)
def test_arms_named_alike_after_each_arms_change_compare_the_outcome_before(alike: str) -> None:
    found = _read(
        ("METHODS", SHAM),
        ("RESULTS", f"Spasticity fell by 1.9 points with reflexology and by 1.6 points with sham. {alike}"),
    )  # fictional: the sentence after the arms' changes says how they compared in that outcome
    assert ("spasticity", "no_difference", "between_groups") in _readings(found)


@pytest.mark.parametrize(
    "alike",
    [
        "There was no significant difference between baseline and week 4.",
        "There was no significant difference between men and women.",
    ],
)
def test_times_or_people_said_alike_are_no_comparison_of_the_arms(alike: str) -> None:
    found = _read(
        ("METHODS", SHAM),
        ("RESULTS", f"Spasticity fell by 1.9 points with reflexology. {alike}"),
    )  # fictional
    assert ("spasticity", "no_difference", "between_groups") not in _readings(found)


@pytest.mark.parametrize(
    "said",
    [
        "Reflexology was not more effective than sham, although spasticity fell in both groups.",
        "Reflexology was not superior to sham reflexology, although both groups improved in spasticity (p < 0.01).",
    ],
)
def test_arms_said_alike_before_a_concession_of_every_arms_change_are_alike_in_its_outcome(said: str) -> None:
    found = _read(("METHODS", SHAM), ("RESULTS", said))  # fictional
    assert sorted(_readings(found)) == [
        ("spasticity", "improved", "within_group"),
        ("spasticity", "no_difference", "between_groups"),
    ]


def test_arms_said_alike_then_every_arm_improved_compare_the_outcome_before() -> None:
    found = _read(
        ("METHODS", SHAM),
        (
            "RESULTS",
            "Spasticity fell by 1.9 points with reflexology and by 1.6 points with sham. "
            "Reflexology was not more effective than sham, although both groups improved significantly (p < 0.01).",
        ),
    )  # fictional
    assert ("spasticity", "no_difference", "between_groups") in _readings(found)


@pytest.mark.parametrize(
    "results",
    [
        "Spasticity fell in both groups; however, the decline was larger with reflexology (p = 0.03).",
        "Spasticity fell in both groups. The decline was larger with reflexology (p = 0.03).",
    ],
)
def test_the_decline_sized_after_every_arms_fall_is_the_outcomes_comparison(results: str) -> None:
    found = _read(("METHODS", SHAM), ("RESULTS", results))  # fictional
    assert sorted(_readings(found)) == [
        ("spasticity", "improved", "between_groups"),
        ("spasticity", "improved", "within_group"),
    ]


@pytest.mark.parametrize(
    "results",
    [
        "Spasticity fell from 31 to 26 with reflexology and from 30 to 27 with sham, a non-significant difference.",
        "Spasticity was reduced by 2.6 points with reflexology and by 2.2 points with sham "
        "(difference 0.4, 95% CI -0.5 to 1.3).",
    ],
)
def test_each_arms_change_said_alike_keeps_the_tested_arms_own_change(results: str) -> None:
    found = _read(("METHODS", SHAM), ("RESULTS", results))  # fictional
    assert sorted(_readings(found)) == [
        ("spasticity", "improved", "within_group"),
        ("spasticity", "no_difference", "between_groups"),
    ]


def test_the_other_arms_change_in_contrast_to_the_tested_arms_is_not_the_tested_arms_own() -> None:
    found = _read_titled(  # fictional
        "Fictolan for weakness after stroke: a fictional randomized trial",
        "Forty adults were randomized to fictolan or placebo for 6 weeks.",
        "Grip strength stayed high in the fictolan group in contrast to a decline in the placebo group.",
    )
    readings = [(f.comparison, f.comparator, f.change) for f in found]
    assert ("within_group", None, "decreased") not in readings
    assert ("within_group", "placebo", "decreased") in readings


@pytest.mark.parametrize(
    ("result", "reading"),
    [  # fictional: a coming put off, its wait lengthened
        ("Fictolan significantly delayed the onset of atrial fibrillation (p = 0.02).", ("increased", "improved")),
        ("Fictolan significantly delayed the first occurrence of atrial fibrillation (p = 0.02).", ("increased", "improved")),
        ("Fictolan significantly delayed the onset of sensory block (p = 0.02).", ("increased", "worsened")),
    ],
)  # fmt: skip
def test_an_onset_a_treatment_delayed_is_a_longer_wait(result: str, reading: tuple[str, str]) -> None:
    found = _read_titled(
        "Fictolan after cardiac surgery: a fictional randomized trial",
        "Eighty adults were randomized to fictolan or placebo.",
        result,
    )
    assert [(f.change, f.direction, f.comparison) for f in found] == [(*reading, "between_groups")]


def test_the_onset_of_a_vocabulary_outcome_delayed_is_no_change_in_the_outcome() -> None:
    found = _read_titled(  # fictional: the wait for pain lengthened, not more pain
        "Fictolan after cardiac surgery: a fictional randomized trial",
        "Eighty adults were randomized to fictolan or placebo.",
        "Fictolan significantly delayed the onset of pain (p = 0.02).",
    )
    assert [f for f in found if f.domain == "pain"] == []


@pytest.mark.parametrize(
    "title",
    [  # fictional: a title naming its tested treatment, then what it followed
        "Exercise therapy after hip fracture: a systematic review",
        "Exercise training following knee replacement: a meta-analysis",
    ],
)
def test_the_treatment_a_title_names_before_what_it_followed_is_no_comparator(title: str) -> None:
    methods = "Trials of aerobic exercise versus no treatment in adults after surgery were eligible."
    results = "Two of four trials found no difference in pain."
    (finding,) = _read_titled(title, methods, results)
    assert (finding.comparison, finding.comparator) == ("between_groups", "no intervention")


@pytest.mark.parametrize(
    "result",
    [  # fictional: a fall or rise denied, its verb after "not"
        "Resting heart rate did not fall significantly.",
        "Resting heart rate did not significantly drop (p = 0.38).",
        "Resting heart rate did not rise significantly in either group.",
    ],
)
def test_a_fall_or_rise_denied_after_not_is_no_change(result: str) -> None:
    methods = "Eighteen adults with MS completed 10 weeks of cycling; no control group was used."
    (finding,) = _read_titled("Cycling in MS: a pilot study", methods, result)
    assert (finding.measure, finding.change, finding.comparison) == (
        "Resting heart rate",
        "no_difference",
        "within_group",
    )


def test_a_sentence_setting_the_result_before_against_another_arm_carries_its_outcome() -> None:
    methods = "Trials of cupping versus usual care or sham cupping in adults with neck pain were pooled."
    results = (
        "Compared with usual care, cupping reduced neck pain (MD -1.8, 95% CI -2.5 to -1.1). "
        "Compared with sham cupping, the reduction was smaller and not statistically significant "
        "(MD -0.4, 95% CI -1.0 to 0.2)."
    )
    found = _read_titled("Cupping for neck pain: a meta-analysis", methods, results)
    assert [(f.measure, f.change, f.comparison, f.comparator) for f in found] == [
        ("neck pain", "decreased", "between_groups", "usual care"),
        ("neck pain", "no_difference", "between_groups", "sham"),
    ]


def test_a_sentence_set_against_baseline_carries_no_outcome_of_the_arms() -> None:
    methods = "Sixty adults were randomised to cupping or usual care."
    results = "Neck pain fell more with cupping than with usual care (p = 0.01). Compared with baseline, the reduction was 2.1 points."
    found = _read_titled("Cupping for neck pain", methods, results)
    assert [(f.measure, f.comparison) for f in found] == [("Neck pain", "between_groups")]


@pytest.mark.parametrize(
    "result",
    [  # fictional: the arm given none named by what it lacked, a word the tested arm goes by too
        "Neck pain was lower with cupping than with no treatment (p = 0.01).",
        "Neck pain was lower with cupping than with no intervention (p = 0.01).",
    ],
)
def test_an_arm_named_by_the_treatment_it_lacked_is_no_tested_arm(result: str) -> None:
    methods = "Sixty adults with chronic neck pain took part over eight weeks."
    (finding,) = _read_titled("Cupping for neck pain: a randomised trial", methods, result)
    assert (finding.change, finding.direction, finding.comparison) == (
        "decreased",
        "improved",
        "between_groups",
    )


def test_a_pooled_result_against_two_arms_is_read_against_each() -> None:
    methods = "Trials of cupping versus no treatment or sham cupping in adults with neck pain were pooled."
    results = (
        "Cupping reduced neck pain compared with no treatment (MD -1.8, 95% CI -2.4 to -1.2) and "
        "compared with sham cupping (MD -0.3, 95% CI -0.9 to 0.3)."
    )
    found = _read_titled("Cupping for neck pain: a meta-analysis", methods, results)
    assert [(f.change, f.comparison, f.comparator) for f in found] == [
        ("decreased", "between_groups", "no intervention"),
        ("no_difference", "between_groups", "sham"),
    ]


@pytest.mark.parametrize(
    ("title", "against"),
    [  # fictional: a title naming its treatment, then what it was studied for after "and"
        ("Exercise and sleep quality in older adults: a meta-analysis", None),
        # two treatments named: either may be the comparator
        ("Massage and exercise in older adults: a meta-analysis", "exercise"),
    ],
)
def test_a_title_naming_a_treatment_and_what_it_was_studied_for_names_the_tested_one(
    title: str, against: str | None
) -> None:
    results = (
        "Exercise improved daytime alertness relative to usual care (MD 1.2, 95% CI 0.4 to 2.0). "
        "The effect on sleep quality was not significant (SMD 0.10, 95% CI -0.12 to 0.32)."
    )
    found = _read_titled(title, "Randomised trials in adults over 65 years were pooled.", results)
    assert [f.comparator for f in found if f.change == "no_difference"] == [against]


@pytest.mark.parametrize(
    ("methods", "against"),
    [  # fictional: a review's pooled result that names no comparator
        ("Trials comparing tai chi with usual care or with a wait-list were eligible.", None),
        ("Trials comparing tai chi with usual care were eligible.", "usual care"),
    ],
)
def test_a_reviews_pooled_result_naming_none_of_its_several_comparators_names_none(
    methods: str, against: str | None
) -> None:
    result = "Balance improved (MD 2.4, 95% CI 1.1 to 3.7)."
    (finding,) = _read_titled("Tai chi for balance: a meta-analysis", methods, result)
    assert (finding.comparison, finding.comparator) == ("between_groups", against)


@pytest.mark.parametrize(
    ("result", "compared"),
    [  # fictional: each arm's own fall, sized, and no test of one against the other
        ("Systolic blood pressure was reduced by 7 and 3 mmHg in the placebo and fictolan groups, respectively.", False),
        ("Systolic blood pressure was reduced by 3 and 7 mmHg in the fictolan and placebo groups, respectively.", False),
        # the tested arm's the greater fall: as much over the other as the verb says
        ("Systolic blood pressure was reduced by 7 and 3 mmHg in the fictolan and placebo groups, respectively.", True),
    ],
)  # fmt: skip
def test_each_arm_s_change_sized_untested_compares_the_arms_only_where_the_tested_arm_s_is_greater(
    result: str, compared: bool
) -> None:
    found = _read_titled(
        "Fictolan versus placebo for palpitations: a fictional randomized trial",
        "Sixty adults were randomized to fictolan or placebo for 8 weeks.",
        result,
    )
    assert ("within_group", "decreased") in {(f.comparison, f.change) for f in found}
    between = [(f.change, f.direction) for f in found if f.comparison == "between_groups"]
    assert between == ([("decreased", "improved")] if compared else [])


def test_each_arm_s_share_before_its_arm_with_a_test_finding_nothing_is_no_difference_whichever_arm() -> None:
    found = _read_titled(  # fictional: two doses, neither known as the one tested
        "Two doses of oral fictoprost for labour induction: a fictional randomized trial",
        "Women were randomized to fictoprost 25 microg (low dose) or 50 microg (high dose).",
        "Vaginal birth within 24 hours was achieved in 57.0% of the low-dose group and 60.5% of the high-dose "
        "group (p = 0.48).",
    )
    assert [(f.change, f.comparison) for f in found] == [("no_difference", "between_groups")]


@pytest.mark.parametrize(
    ("methods", "results"),
    [
        (
            "Forty adults were randomized to a cueing group or a comparison group walking without cues.",
            "Stride length increased in the cueing group and decreased in the comparison group "
            "(between-group difference 0.12 m, 95% CI 0.05 to 0.19).",
        ),
        (
            "Adults were allocated to aquatic training or to a comparison arm given leaflets.",
            "Stride length rose from 1.10 to 1.25 m in the aquatic group and from 1.12 to 1.13 m in the "
            "comparison arm (p = 0.01).",
        ),
    ],
)
def test_a_comparison_group_is_the_control_arm(methods: str, results: str) -> None:
    found = _read_titled("A fictional trial of walking training", methods, results)  # fictional
    assert [(f.domain, f.direction, f.comparator) for f in found if f.comparison == "between_groups"] == [
        ("walking", "improved", "control")
    ]


@pytest.mark.parametrize(
    ("methods", "results", "comparator"),
    [
        (  # fictional: "bowel", a domain's word, names neither arm, yet is of the comparator's name
            "Group A received abdominal massage and group B received usual bowel care.",
            "The usual bowel care group had more pain than the massage group (p = 0.02).",
            "usual bowel care",
        ),
        (  # fictional: the outcome's "bowel" is no arm; the arm after "than" is the comparator
            "Fifty adults were randomized to abdominal massage or usual bowel care for four weeks.",
            "Bowel symptom scores decreased more in the massage group than in the usual bowel care group (p = 0.01).",
            "usual bowel care",
        ),
    ],
)
def test_a_comparator_arm_keeps_its_whole_name_past_words_of_no_arm(
    methods: str, results: str, comparator: str
) -> None:
    found = _read_titled("Abdominal massage and bowel symptoms: a fictional trial", methods, results)
    assert [(f.comparison, f.comparator) for f in found] == [("between_groups", comparator)]


@pytest.mark.parametrize(
    "results",
    [
        "Sleep quality improved more in the combined group than with stretching alone (p = 0.01). "
        "Stretching alone had no effect on anxiety.",
        "Sleep quality improved more in the combined group than with stretching alone (p = 0.01). "
        "Stretching alone did not change anxiety (p = 0.62).",
    ],
)
def test_an_active_comparator_alone_that_changed_nothing_is_its_own_arms_result(results: str) -> None:
    found = _read_titled(
        "Reflexology added to stretching for sleep: a fictional trial",
        "Forty adults were randomized to reflexology plus stretching or stretching alone.",
        results,
    )  # fictional: stretching, the comparator, on its own: no result of reflexology against it
    assert [(f.domain, f.direction, f.comparison, f.comparator) for f in found if f.domain == "anxiety"] == [
        ("anxiety", "no_difference", "within_group", "stretching alone")
    ]


def test_a_comparator_named_by_a_word_and_the_tested_treatment_keeps_the_methods_name() -> None:
    found = _read_titled(
        "Aromatherapy massage for restlessness: a fictional trial",
        "Thirty residents were randomized to aromatherapy massage with rose oil or unscented massage.",
        "Anxiety decreased more with aromatherapy massage than with unscented massage (p = 0.02).",
    )  # fictional: "unscented" alone is no arm; the methods name it unscented massage
    assert [(f.domain, f.comparison, f.comparator) for f in found] == [
        ("anxiety", "between_groups", "unscented massage")
    ]


@pytest.mark.parametrize(
    "results",
    [
        "Anxiety was lower during reflexology periods than during no-reflexology periods (p = 0.01).",
        "Compared with the no reflexology phases, anxiety was lower during reflexology phases (p = 0.01).",
    ],
)
def test_the_periods_without_the_tested_treatment_are_its_comparator(results: str) -> None:
    found = _read_titled(
        "Reflexology for anxiety in hospice care: a fictional crossover trial",
        "In this crossover trial, 20 patients had reflexology periods and no-reflexology periods in random order.",
        results,
    )  # fictional
    assert [(f.domain, f.direction, f.comparison, f.comparator) for f in found] == [
        (
            "anxiety",
            "improved",
            "between_groups",
            "no reflexology" if "no reflexology" in results else "no-reflexology",
        )
    ]


@pytest.mark.parametrize(
    ("arm", "readings"),
    [
        ("Fictolan", [("sleep", "no_difference", "between_groups")]),
        ("Norvalin", []),  # not the treatment the title names
    ],
)
def test_a_reviews_titled_treatment_said_no_better_than_placebo_compares_the_outcome_before(
    arm: str, readings: list[tuple[str, str, str]]
) -> None:
    record = Record(
        pmid="1",
        title="Fictolan for restless legs: a systematic review and meta-analysis",
        abstract=(
            AbstractSection(
                text="We pooled randomized trials of fictolan versus placebo.",
                label="METHODS",
                category="METHODS",
            ),
            AbstractSection(
                text=f"Seven trials reported sleep latency. {arm} was not better than placebo "
                "(SMD 0.09, 95% CI -0.06 to 0.24).",
                label="RESULTS",
                category="RESULTS",
            ),
        ),
    )  # fictional: no arm randomized to fictolan, which the title names as the tested treatment
    vocabulary = load_vocabulary()
    assert _readings(findings(record, vocabulary, study_facts(record, vocabulary))) == readings


EFFECT_BY_ITS_INTERVAL = "Massage had a significant effect on fatigue (g = 0.41, 95% CI 0.12 to 0.70)."


@pytest.mark.parametrize(
    ("conclusion", "readings"),
    [
        ("Massage reduced fatigue.", [("fatigue", "improved", "between_groups", EFFECT_BY_ITS_INTERVAL)]),
        ("Massage is a safe treatment.", []),  # which way the effect went, said nowhere
    ],
)
def test_a_significant_effect_tested_by_its_interval_goes_the_way_the_conclusions_say(
    conclusion: str, readings: list[tuple[str, str, str, str]]
) -> None:
    found = _read(("METHODS", INTRO), ("RESULTS", EFFECT_BY_ITS_INTERVAL), ("CONCLUSIONS", conclusion))
    # fictional: an effect size's sign alone does not say which way is better
    assert [(f.domain, f.direction, f.comparison, f.evidence.text) for f in found[0]] == readings
