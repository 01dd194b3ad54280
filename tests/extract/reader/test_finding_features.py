"""The finding judge's features, on short sentences written for these tests (all fictional)."""

from __future__ import annotations

import re

import pytest

from harvester.extract.reader.finding_features import CUES, FindingContext, finding_features
from harvester.extract.reader.judge import contexts
from harvester.extract.structure import AbstractSentence
from harvester.extract.types import Evidence, Finding

RESULTS = FindingContext(role="results", outcomes_in_sentence=1)


def finding(
    text: str,
    measure: str = "pain",
    direction: str = "improved",
    change: str = "decreased",
    comparison: str = "between_groups",
    p_value: str | None = None,
    statistic: str | None = None,
    domain: str = "pain",
    start: int = 0,
) -> Finding:
    return Finding(
        domain=domain,
        measure=measure,
        direction=direction,
        comparison=comparison,
        timepoint="end of treatment",
        evidence=Evidence(text=text, start=start, end=start + len(text)),
        p_value=p_value,
        statistic=statistic,
        change=change,
    )


def names(f: Finding, context: FindingContext = RESULTS) -> set[str]:
    features = finding_features(f, context)
    assert set(features.values()) == {1.0}
    return set(features)


def test_cues_are_placed_before_or_after_the_outcome_mention() -> None:
    # Fictional sentence.
    seen = names(finding("Hand massage reduced pain compared with usual care."))
    assert {"cue=down", "cue=down:before", "cue=compared", "cue=compared:after"} <= seen
    assert "cue=down:after" not in seen and "mention=found" in seen


def test_an_outcome_carried_from_an_earlier_sentence_has_no_placed_cues() -> None:
    # Fictional sentence: the outcome was named in the sentence before.
    seen = names(finding("This difference was not significant.", direction="no_difference"))
    assert "mention=absent" in seen and "cue=no_diff" in seen
    assert not any(name.endswith((":before", ":after")) for name in seen)


def test_a_non_significant_p_value_under_an_effect_is_a_conflict() -> None:
    # Fictional sentence.
    text = "Pain was lower after reflexology than after rest (p = 0.31)."
    assert "conflict=p_not_significant_but_effect" in names(finding(text, p_value="p = 0.31"))
    assert "p=significant" in names(finding(text, p_value="p < 0.001"))
    no_change = finding(text, direction="no_difference", change="no_difference", p_value="p < 0.001")
    assert "conflict=p_significant_but_no_difference" in names(no_change)


def test_a_confidence_interval_is_read_against_the_null() -> None:
    # Fictional pooled estimates.
    excludes = finding(
        "Massage lowered pain (mean difference -1.2, 95% CI -2.0 to -0.4).",
        statistic="mean difference -1.2, 95% CI -2.0 to -0.4",
    )
    assert {"ci=excludes_null", "ci=agrees"} <= names(excludes)
    includes = finding(
        "Massage lowered pain (mean difference -0.3, 95% CI -1.0 to 0.5).",
        statistic="mean difference -0.3, 95% CI -1.0 to 0.5",
    )
    assert {"ci=includes_null", "conflict=ci_null_but_effect"} <= names(includes)


def test_within_group_wording_and_baseline_sentences_are_named() -> None:
    # Fictional sentences.
    both = names(finding("Pain fell from baseline in both groups.", comparison="within_group"))
    assert {"cue=both_groups", "cue=from_baseline", "comparison=within_group"} <= both
    baseline = names(finding("The groups did not differ in pain at baseline.", direction="no_difference"))
    assert "baseline_sentence" in baseline


def test_an_open_measure_is_described_by_how_it_is_named() -> None:
    # Fictional sentences.
    harm = finding("Side effects were fewer with massage.", measure="Side effects", domain="other")
    assert {"measure=harm", "domain=other", "other_measure_words=<=3"} <= names(harm)
    vague = finding("Generally, scores improved.", measure="Generally", domain="other")
    assert {"measure=not_an_outcome_word", "other_measure_words=<=1"} <= names(vague)
    assert not any(name.startswith("other_measure_words") for name in names(finding("Pain improved.")))


def test_context_gives_the_section_and_the_outcomes_sharing_a_sentence() -> None:
    # Fictional abstract of two sentences.
    first = "Massage was given weekly."
    second = "Pain and fatigue improved."
    sentences = [
        AbstractSentence(Evidence(first, 0, len(first)), "methods", True),
        AbstractSentence(Evidence(second, 26, 26 + len(second)), "results", True),
    ]
    two = [finding(second, start=26), finding(second, measure="fatigue", domain="fatigue", start=26)]
    assert contexts(two, sentences) == [FindingContext("results", 2), FindingContext("results", 2)]
    assert "outcomes_in_sentence=2" in names(two[0], contexts(two, sentences)[0])
    assert "role=results" in names(two[0], contexts(two, sentences)[0])


@pytest.mark.parametrize(
    "sentence",
    [
        # fictional sentences, in every case
        "Pain IMPROVED Significantly More With Massage Than With Sham (P < 0.01), 40 % Fewer",
        "No Significant Difference Between Groups was found; Fatigue tended to decrease",
        "Sleep İmproved and ſtress fell from baseline",  # letters lowering reshapes
    ],
)
def test_cues_are_found_where_a_case_insensitive_search_finds_them(sentence: str) -> None:
    for pattern in CUES.values():
        found, expected = pattern.search(sentence), re.search(pattern.pattern, sentence, re.IGNORECASE)
        assert (found and found.start()) == (expected and expected.start())
