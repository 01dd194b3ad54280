"""The finding judge: how likely each finding the rules read is right, and what to do when unsure.

A wrong finding is worse than a missing one: "improved vs sham" where the paper found no
difference can change a treatment decision. So every finding the rules produce is scored by a
logistic regression over readable features (``finding_features``) for the probability that a
careful annotator would agree with it (same outcome, same direction), and a finding below the
threshold is either dropped or has its direction demoted to ``unclear``: which of the two, and the
threshold, were chosen by cross-validation on the training abstracts
(``scripts/train_findings.py``), never on the abstracts the figures are reported on.

A second logistic regression over the same features, less the rules' own comparison, settles
the comparison the rules leave ``unclear``: gold annotations always say ``between_groups`` or
``within_group``, and a trial's sentence usually leans one way ("the treated group showed ...").
It answers only when its probability is at least ``comparison_margin`` away from even odds, a
margin chosen by the same cross-validation.

The weights are plain JSON (``extract/data/finding_judge.json``): reviewable, safe to load, and
read in pure Python, a few dozen dictionary lookups per finding.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path

from harvester.extract.reader.finding_features import FindingContext, finding_features
from harvester.extract.structure import AbstractSentence
from harvester.extract.types import OTHER_DOMAIN, Finding

DEFAULT_JUDGE = Path(__file__).resolve().parents[1] / "data" / "finding_judge.json"
JUDGE_FORMAT = 2
ACTIONS = ("drop", "demote")


@dataclass(frozen=True)
class Judge:
    """The weights, and the policy: below ``threshold``, ``action`` (drop, or demote to unclear).

    ``designs`` are the study designs the judge learned from; an abstract of another design
    (a case report, a review) is outside what it knows, and its findings are left as read.
    """

    weights: dict[str, float]
    threshold: float
    action: str
    designs: tuple[str, ...] = ()
    comparison_weights: dict[str, float] = field(default_factory=dict)  # P(between_groups)
    comparison_margin: float = 0.5  # 0.5: never answer

    @classmethod
    def from_dict(cls, data: dict) -> Judge:
        """Read the JSON form; a malformed file raises ``ValueError`` naming what is wrong."""
        if data.get("format") != JUDGE_FORMAT:
            raise ValueError(f"finding judge: format {data.get('format')!r}, expected {JUDGE_FORMAT}")
        policy = data.get("policy", {})
        action, threshold = policy.get("action"), policy.get("threshold")
        if action not in ACTIONS:
            raise ValueError(f"finding judge: policy action {action!r}, expected one of {ACTIONS}")
        if not isinstance(threshold, (int, float)) or not 0.0 <= threshold <= 1.0:
            raise ValueError(f"finding judge: policy threshold {threshold!r}, expected a number in [0, 1]")
        designs = data.get("designs", [])
        if not isinstance(designs, list) or not all(isinstance(d, str) for d in designs):
            raise ValueError("finding judge: 'designs' must be a list of study designs")
        comparison = data.get("comparison", {})
        margin = comparison.get("margin")
        if not isinstance(margin, (int, float)) or not 0.0 <= margin <= 0.5:
            raise ValueError(f"finding judge: comparison margin {margin!r}, expected a number in [0, 0.5]")
        return cls(
            weights=_weights(data.get("weights"), "weights"),
            threshold=float(threshold),
            action=action,
            designs=tuple(designs),
            comparison_weights=_weights(comparison.get("weights"), "comparison.weights"),
            comparison_margin=float(margin),
        )

    def probability(self, finding: Finding, context: FindingContext) -> float:
        """The probability that ``finding`` agrees with what the abstract reports."""
        return self.probability_of(finding_features(finding, context))

    def probability_of(self, features: dict[str, float]) -> float:
        """The logistic regression's probability for features already computed."""
        return logistic(self.weights, features)

    def between_probability(self, finding: Finding, context: FindingContext) -> float:
        """The probability that ``finding`` compares the arms rather than a time in one arm."""
        return logistic(self.comparison_weights, comparison_features(finding_features(finding, context)))

    def review(
        self, findings: list[Finding], sentences: list[AbstractSentence], design: str
    ) -> list[Finding]:
        """The findings the policy keeps, in their order, demoted where the policy says so, with
        the comparisons the rules left unclear settled where the model is sure enough; all of
        them as read for a study ``design`` the judge never learned from."""
        if design not in self.designs:
            return findings
        probabilities = [
            self.probability(f, c) for f, c in zip(findings, contexts(findings, sentences, design))
        ]
        kept = by_policy(findings, probabilities, self.action, self.threshold)
        between = [
            self.between_probability(f, c) if f.comparison == "unclear" else None
            for f, c in zip(kept, contexts(kept, sentences, design))
        ]
        return settled(kept, between, self.comparison_margin)


def by_policy(
    findings: list[Finding], probabilities: list[float], action: str, threshold: float
) -> list[Finding]:
    """Keep a finding at least ``threshold`` likely right; drop the rest, or demote them where the
    ``action`` is "demote". The training script scores its policies through this same function."""
    kept = []
    for finding, p in zip(findings, probabilities):
        if p >= threshold:
            kept.append(finding)
        elif action == "demote":
            kept.append(demoted(finding))
    return kept


def settled(findings: list[Finding], between: list[float | None], margin: float) -> list[Finding]:
    """Each unclear comparison given the side its probability of ``between_groups`` leans to, when
    it leans by at least ``margin``; a finding whose settled comparison another finding of the
    same outcome and time already has is left out. The training script scores through this too."""
    taken = {_key(f) for f, p in zip(findings, between) if p is None}
    result = []
    for finding, p in zip(findings, between):
        if p is not None and abs(p - 0.5) >= margin and (p < 0.5 or finding.direction not in _EFFECTS):
            finding = replace(finding, comparison="between_groups" if p >= 0.5 else "within_group")
            if _key(finding) in taken:
                continue
            taken.add(_key(finding))
        result.append(finding)
    return result


def _key(finding: Finding) -> tuple[str, str, str, str]:
    """One finding per outcome, comparison and time, as the rules choose them."""
    outcome = finding.measure.lower() if finding.domain == OTHER_DOMAIN else finding.domain
    return (outcome, finding.comparison, finding.timepoint, finding.comparator or "")


def comparison_features(features: dict[str, float]) -> dict[str, float]:
    """The features without the rules' own comparison: what the comparison model may see."""
    return {name: value for name, value in features.items() if not name.startswith(_RULES_COMPARISON)}


_EFFECTS = ("improved", "worsened")
_RULES_COMPARISON = ("comparison=", "direction|comparison=")


def logistic(weights: dict[str, float], features: dict[str, float]) -> float:
    score = sum(weights.get(name, 0.0) * value for name, value in features.items())
    return 0.5 * (1.0 + math.tanh(0.5 * score))


def _weights(value: object, name: str) -> dict[str, float]:
    if not isinstance(value, dict) or not all(isinstance(w, (int, float)) for w in value.values()):
        raise ValueError(f"finding judge: '{name}' must map feature names to numbers")
    return {str(k): float(v) for k, v in value.items()}


def demoted(finding: Finding) -> Finding:
    """The finding with no direction claimed: its outcome and sentence stay, its verdict goes."""
    return replace(finding, direction="unclear", change="unclear")


def contexts(
    findings: list[Finding], sentences: list[AbstractSentence], design: str = ""
) -> list[FindingContext]:
    """Each finding's sentence role, how many findings share its sentence, the study design."""
    roles = {s.evidence.start: s.role for s in sentences}
    shared: dict[int, int] = {}
    for finding in findings:
        shared[finding.evidence.start] = shared.get(finding.evidence.start, 0) + 1
    return [
        FindingContext(
            role=roles.get(f.evidence.start, "unknown"),
            outcomes_in_sentence=shared[f.evidence.start],
            design=design,
        )
        for f in findings
    ]


@lru_cache(maxsize=1)
def packaged_judge() -> Judge:
    """The judge shipped with the package, read once per process."""
    return Judge.from_dict(json.loads(DEFAULT_JUDGE.read_text(encoding="utf-8")))


def judged(findings: list[Finding], sentences: list[AbstractSentence], design: str) -> list[Finding]:
    """The packaged judge's review of one abstract's findings (``design``: the study's)."""
    return packaged_judge().review(findings, sentences, design)
