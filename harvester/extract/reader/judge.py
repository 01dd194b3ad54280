"""The finding judge: how likely each finding the rules read is right, and what to do when unsure.

A wrong finding is worse than a missing one: "improved vs sham" where the paper found no
difference can change a treatment decision. So every finding the rules produce is scored by a
logistic regression over readable features (``finding_features``) for the probability that a
careful annotator would agree with it (same outcome, same direction), and a finding below the
threshold is either dropped or has its direction demoted to ``unclear``: which of the two, and the
threshold, were chosen by cross-validation on the training abstracts
(``scripts/train_findings.py``), never on the abstracts the figures are reported on.

The weights are plain JSON (``extract/data/finding_judge.json``): reviewable, safe to load, and
read in pure Python, a few dozen dictionary lookups per finding.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path

from harvester.extract.reader.finding_features import FindingContext, finding_features
from harvester.extract.structure import AbstractSentence
from harvester.extract.types import Finding

DEFAULT_JUDGE = Path(__file__).resolve().parents[1] / "data" / "finding_judge.json"
JUDGE_FORMAT = 1
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
        weights = data.get("weights")
        if not isinstance(weights, dict) or not all(isinstance(w, (int, float)) for w in weights.values()):
            raise ValueError("finding judge: 'weights' must map feature names to numbers")
        designs = data.get("designs", [])
        if not isinstance(designs, list) or not all(isinstance(d, str) for d in designs):
            raise ValueError("finding judge: 'designs' must be a list of study designs")
        return cls(
            weights={str(k): float(v) for k, v in weights.items()},
            threshold=float(threshold),
            action=action,
            designs=tuple(designs),
        )

    def probability(self, finding: Finding, context: FindingContext) -> float:
        """The probability that ``finding`` agrees with what the abstract reports."""
        return self.probability_of(finding_features(finding, context))

    def probability_of(self, features: dict[str, float]) -> float:
        """The logistic regression's probability for features already computed."""
        score = sum(self.weights.get(name, 0.0) * value for name, value in features.items())
        return 0.5 * (1.0 + math.tanh(0.5 * score))

    def review(
        self, findings: list[Finding], sentences: list[AbstractSentence], design: str
    ) -> list[Finding]:
        """The findings the policy keeps, in their order, demoted where the policy says so; all of
        them for a study ``design`` the judge never learned from."""
        if design not in self.designs:
            return findings
        probabilities = [self.probability(f, c) for f, c in zip(findings, contexts(findings, sentences))]
        return by_policy(findings, probabilities, self.action, self.threshold)


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


def demoted(finding: Finding) -> Finding:
    """The finding with no direction claimed: its outcome and sentence stay, its verdict goes."""
    return replace(finding, direction="unclear", change="unclear")


def contexts(findings: list[Finding], sentences: list[AbstractSentence]) -> list[FindingContext]:
    """Each finding's sentence role and how many findings share its sentence."""
    roles = {s.evidence.start: s.role for s in sentences}
    shared: dict[int, int] = {}
    for finding in findings:
        shared[finding.evidence.start] = shared.get(finding.evidence.start, 0) + 1
    return [
        FindingContext(
            role=roles.get(f.evidence.start, "unknown"), outcomes_in_sentence=shared[f.evidence.start]
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
