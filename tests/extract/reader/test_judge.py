"""The finding judge: the policy drops or demotes as its JSON says, the packaged model is
well-formed, and the training script rebuilds it byte for byte (with the gold data beside)."""

from __future__ import annotations

import json
import math
import re
from dataclasses import replace
from pathlib import Path

import pytest

from harvester.extract.reader.finding_features import CUES
from harvester.extract.reader.judge import DEFAULT_JUDGE, Judge, contexts, packaged_judge
from harvester.extract.structure import AbstractSentence
from harvester.extract.types import Evidence, Finding
from support import load_script

TRIAL = "randomized controlled trial"
# Fictional results sentence.
TEXT = "Pain improved with massage while sleep worsened compared with rest."
SENTENCES = [AbstractSentence(Evidence(TEXT, 0, len(TEXT)), "results", True)]


def _finding(domain: str, direction: str, change: str) -> Finding:
    return Finding(
        domain=domain,
        measure=domain,
        direction=direction,
        comparison="between_groups",
        timepoint="end of treatment",
        evidence=Evidence(TEXT, 0, len(TEXT)),
        change=change,
    )


PAIN = _finding("pain", "improved", "decreased")
SLEEP = _finding("sleep", "worsened", "decreased")


def judge(action: str, **overrides) -> Judge:
    data = {
        "format": 2,
        "designs": [TRIAL],
        "policy": {"action": action, "threshold": 0.5},
        "weights": {"bias": 2.0, "direction=worsened": -5.0},
        # Between groups unless the sentence says "both groups" or the study has one arm.
        "comparison": {
            "margin": 0.2,
            "weights": {"bias": 2.0, "cue=both_groups": -4.0, "design=pilot study": -4.0},
        },
        **overrides,
    }
    return Judge.from_dict(data)


def test_drop_removes_a_finding_below_the_threshold_and_keeps_the_order() -> None:
    assert judge("drop").review([PAIN, SLEEP], SENTENCES, TRIAL) == [PAIN]
    assert judge("drop").review([SLEEP, PAIN], SENTENCES, TRIAL) == [PAIN]


def test_demote_keeps_the_finding_without_its_verdict() -> None:
    reviewed = judge("demote").review([PAIN, SLEEP], SENTENCES, TRIAL)
    assert reviewed == [PAIN, replace(SLEEP, direction="unclear", change="unclear")]


def test_a_design_the_judge_never_learned_from_is_left_as_read() -> None:
    assert judge("drop").review([PAIN, SLEEP], SENTENCES, "case report") == [PAIN, SLEEP]


def test_probability_is_the_logistic_of_the_summed_weights() -> None:
    (context,) = contexts([SLEEP], SENTENCES)
    assert judge("drop").probability(SLEEP, context) == pytest.approx(1 / (1 + math.exp(3.0)))
    assert judge("drop").probability(PAIN, context) == pytest.approx(1 / (1 + math.exp(-2.0)))


@pytest.mark.parametrize(
    ("overrides", "message"),
    [
        ({"format": 7}, "format 7"),
        ({"policy": {"action": "shout", "threshold": 0.5}}, "policy action 'shout'"),
        ({"policy": {"action": "drop", "threshold": 1.5}}, "policy threshold 1.5"),
        ({"weights": {"bias": "high"}}, "'weights' must map"),
        ({"designs": "randomized controlled trial"}, "'designs' must be a list"),
        ({"comparison": {"margin": 0.7, "weights": {}}}, "comparison margin 0.7"),
        ({"comparison": {"margin": 0.1, "weights": []}}, "'comparison.weights' must map"),
    ],
)
def test_a_malformed_judge_file_is_refused_with_what_is_wrong(overrides: dict, message: str) -> None:
    with pytest.raises(ValueError, match=re.escape(message)):
        judge("drop", **overrides)


# Fictional sentences.
BOTH = "Fatigue fell in both groups after eight weeks of widget therapy."
PLAIN = "Fatigue showed no significant change with widget therapy."


def _unclear(text: str, direction: str, change: str, measure: str = "fatigue") -> Finding:
    return replace(
        _finding("fatigue", direction, change),
        measure=measure,
        comparison="unclear",
        evidence=Evidence(text, 0, len(text)),
    )


def _sentences(*texts: str) -> list[AbstractSentence]:
    return [AbstractSentence(Evidence(t, 0, len(t)), "results", True) for t in texts]


def test_an_unclear_comparison_is_settled_where_the_sentence_leans_one_way() -> None:
    within = _unclear(BOTH, "improved", "decreased")
    between = _unclear(PLAIN, "no_difference", "no_difference")
    reviewed = judge("drop").review([within, between], _sentences(BOTH, PLAIN), TRIAL)
    assert [f.comparison for f in reviewed] == ["within_group", "between_groups"]


def test_an_effect_is_never_settled_as_between_groups() -> None:
    """An effect claimed against the other arm that the abstract never claimed is the reversal
    that misleads most ("improved vs sham"): the model may say within a group, never between."""
    effect = _unclear(PLAIN, "improved", "decreased")
    assert judge("drop").review([effect], _sentences(PLAIN), TRIAL) == [effect]


def test_a_single_arm_study_changes_within_its_arm_and_an_unsure_model_says_nothing() -> None:
    finding = _unclear(PLAIN, "no_difference", "no_difference")
    (settled,) = judge("drop", designs=["pilot study"]).review([finding], _sentences(PLAIN), "pilot study")
    assert settled.comparison == "within_group"
    unsure = judge("drop", comparison={"margin": 0.5, "weights": {"bias": 9.0}})
    assert unsure.review([finding], _sentences(PLAIN), TRIAL) == [finding]


def test_a_settled_comparison_the_rules_already_gave_the_outcome_is_not_repeated() -> None:
    stated = replace(_unclear(BOTH, "improved", "decreased"), comparison="within_group")
    again = _unclear(BOTH, "improved", "decreased")
    assert judge("drop").review([stated, again], _sentences(BOTH), TRIAL) == [stated]


# Feature families ``finding_features`` can produce: a weight outside them would never fire.
_FAMILIES = re.compile(
    r"^(?:bias|hedged|comparator_arm|baseline_sentence|correlation_sentence|"
    r"(?:direction|change|comparison|direction\|comparison|domain|role|outcomes_in_sentence|words|"
    r"other_measure_words|mention|measure|p|p_values|ci|conflict|design)=.+|cue=(?:"
    + "|".join(CUES)
    + r")(?::before|:after)?)$"
)


def test_the_packaged_judge_is_well_formed() -> None:
    data = json.loads(DEFAULT_JUDGE.read_text(encoding="utf-8"))
    loaded = packaged_judge()
    assert loaded == Judge.from_dict(data)
    assert loaded.designs and 0.0 < loaded.threshold <= 0.5
    unknown = [name for name in [*loaded.weights, *loaded.comparison_weights] if not _FAMILIES.match(name)]
    assert unknown == []
    assert not any(name.startswith("comparison=") for name in loaded.comparison_weights)
    assert "train_ei" in data["trained_on"] and "dev_" not in data["trained_on"]


def test_training_rebuilds_the_packaged_judge_byte_for_byte(shared_data: Path) -> None:
    pytest.importorskip("sklearn", reason="scikit-learn is a training-only dependency (the 'train' extra)")
    gold = shared_data / "findings-gold"
    if not any(gold.glob("train_ei_*.jsonl")):
        pytest.skip(f"findings gold training files not found in {gold}")
    script = load_script("train_findings")
    data = script.train(gold, shared_data / "evidence-inference", 5, show=lambda *_: None)
    assert script.as_json(data) == DEFAULT_JUDGE.read_text(encoding="utf-8")
