"""What the extractor reads out of one abstract: study facts, findings, safety notes.

Every finding and safety note carries an ``Evidence``: the sentence, quoted exactly, with its
character offsets in ``Record.abstract_text`` (so ``abstract_text[start:end] == text``).
"""

from __future__ import annotations

import json
from dataclasses import dataclass

# Study designs, strongest evidence first (the digest sorts by this order).
DESIGNS = (
    "meta-analysis",
    "systematic review",
    "randomized controlled trial",
    "crossover trial",
    "non-randomized trial",
    "cohort study",
    "pilot study",
    "case series",
    "case report",
    "qualitative study",
    "guideline",
    "narrative review",
    "protocol",
    "other",
)
# The designs that pool other studies' results into one: a result is theirs, not one trial's.
REVIEWS = ("meta-analysis", "systematic review")

DIRECTIONS = ("improved", "worsened", "no_difference", "unclear", "not_applicable")
# What happened to the measure itself, whatever is good for the patient (Evidence Inference's
# labels, plus "unclear" for a trend or a change whose way the sentence does not say).
CHANGES = ("increased", "decreased", "no_difference", "unclear")
COMPARISONS = ("between_groups", "within_group", "unclear")
OTHER_DOMAIN = "other"  # an outcome outside the vocabulary, named by ``Finding.measure``
SAFETY_KINDS = ("adverse_events", "no_adverse_events", "relapse", "caution")


@dataclass(frozen=True)
class Evidence:
    """A sentence quoted from the abstract, with its offsets in ``Record.abstract_text``."""

    text: str
    start: int
    end: int


@dataclass(frozen=True)
class StudyFacts:
    design: str = "other"  # one of DESIGNS
    n_randomized: int | None = None  # randomized or enrolled, as stated
    n_analysed: int | None = None
    interventions: tuple[str, ...] = ()  # names from the technique vocabulary
    comparators: tuple[str, ...] = ()  # usual care, sham, wait-list, exercise, relaxation, ...
    sessions: int | None = None
    session_minutes: int | None = None
    duration_weeks: float | None = None
    follow_up: tuple[str, ...] = ()  # time points as written, e.g. "12 weeks"
    one_arm: bool = False  # no group compared: a single-arm or one-group pre-post study

    @property
    def n(self) -> int | None:
        return self.n_randomized if self.n_randomized is not None else self.n_analysed


@dataclass(frozen=True)
class Finding:
    domain: str  # outcome-vocabulary key, e.g. "spasticity", or OTHER_DOMAIN
    measure: str  # the measure as written, e.g. "Modified Ashworth Scale"
    direction: str  # one of DIRECTIONS, already turned through the domain's polarity
    comparison: str  # one of COMPARISONS
    timepoint: str  # "end of treatment", "follow-up (12 weeks)", ...
    evidence: Evidence
    comparator: str | None = None  # "sham", "usual care", ... for between-group results
    p_value: str | None = None  # as written: "P = 0.03", "p<0.001"
    statistic: str | None = None  # CI or effect size as written
    hedged: bool = False  # "borderline", "trend", "may"
    change: str = "unclear"  # one of CHANGES: the measure's own change, before polarity

    @property
    def within_tested_arm(self) -> bool:
        """A change within a group that names no comparator: the tested arm's own before and
        after. A within-group change that names one is the comparator arm's, never a result of
        the treatment, so the readers that set an arm's change against the other's ask this."""
        return self.comparison == "within_group" and not self.comparator


@dataclass(frozen=True)
class SafetyNote:
    kind: str  # one of SAFETY_KINDS
    evidence: Evidence


@dataclass(frozen=True)
class Extraction:
    """Everything read from one record, stamped with the extractor version that produced it."""

    pmid: str
    version: str
    facts: StudyFacts
    findings: tuple[Finding, ...] = ()
    measured_not_reported: tuple[str, ...] = ()  # domains named in methods with no result
    safety: tuple[SafetyNote, ...] = ()


def extraction_to_dict(extraction: Extraction) -> dict:
    """A JSON-ready dict; ``extraction_from_dict`` reverses it exactly."""
    import dataclasses

    return dataclasses.asdict(extraction)


def extraction_from_dict(data: dict) -> Extraction:
    facts = dict(data["facts"])
    for key in ("interventions", "comparators", "follow_up"):
        facts[key] = tuple(facts.get(key, ()))
    return Extraction(
        pmid=data["pmid"],
        version=data["version"],
        facts=StudyFacts(**facts),
        findings=tuple(
            Finding(**{**f, "evidence": Evidence(**f["evidence"])}) for f in data.get("findings", ())
        ),
        measured_not_reported=tuple(data.get("measured_not_reported", ())),
        safety=tuple(
            SafetyNote(kind=s["kind"], evidence=Evidence(**s["evidence"])) for s in data.get("safety", ())
        ),
    )


def extraction_to_json(extraction: Extraction) -> str:
    """The text the store keeps for an extraction (sorted keys: the same extraction, the same bytes)."""
    return json.dumps(extraction_to_dict(extraction), sort_keys=True)


def extraction_from_json(text: str) -> Extraction:
    """The extraction the store's text holds; ``extraction_to_json`` reverses it exactly."""
    return extraction_from_dict(json.loads(text))
