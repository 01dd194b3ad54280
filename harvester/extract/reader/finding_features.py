"""What the finding judge sees: one finding the rules read, described in words a reviewer can check.

Each feature is a named string with a value (mostly 1.0): the rule's own reading (direction,
change, comparison), what the statistics say (a p-value below or above 0.05, a confidence
interval that excludes or includes the null) and whether they agree with that reading, cue words
of the sentence and whether they stand before or after the outcome's mention, the section, how
many outcomes share the sentence, its length. Shared by the runtime judge and the training
script, so the model is always scored on exactly the features it was trained on.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from harvester.extract.patterns import Caseless, compiled
from harvester.extract.statements import interval_reading, is_baseline, is_correlation
from harvester.extract.structure import p_values
from harvester.extract.types import OTHER_DOMAIN, Finding

# Cue words, by what they suggest about a result. Kept coarse: the weights, not the patterns,
# decide what a cue is worth. Caseless: the same matches, found faster in the lowered sentence.
CUES: dict[str, Caseless] = {
    name: Caseless(pattern)
    for name, pattern in (
        ("improve", r"\b(?:improv\w*|better|benefi\w*|effective\w*|relie\w*|ameliorat\w*)"),
        ("worsen", r"\b(?:worse\w*|deteriorat\w*|aggravat\w*|exacerbat\w*)"),
        ("up", r"\b(?:increas\w*|higher|greater|rose|raised|elevated|more)\b"),
        ("down", r"\b(?:decreas\w*|reduc\w*|lower|fell|declin\w*|fewer|less)\b"),
        (
            "no_diff",
            r"\b(?:no (?:significant |statistically significant )?(?:difference|change|effect)s?|"
            r"did not (?:differ|change)|not (?:statistically )?significant\w*|similar|comparable|"
            r"no longer|non-?significant)",
        ),
        ("significant", r"(?<!not )(?<!no )\bsignificant(?:ly)?\b"),
        ("negation", r"\b(?:not|no|neither|nor|without|failed to)\b"),
        ("both_groups", r"\b(?:both|all|each|either) (?:groups?|arms?)\b"),
        ("compared", r"\b(?:compared (?:with|to)|versus|vs\.?|than|relative to|over (?:placebo|control))"),
        ("between", r"\bbetween(?:[- ]groups?| the (?:two |three )?groups?)\b"),
        ("baseline", r"\bbaseline\b"),
        ("from_baseline", r"\bfrom baseline\b|\b(?:pre|post)[- ]?(?:test|treatment|intervention)\b"),
        ("control_arm", r"\b(?:placebo|sham|control|usual care|standard care)\b"),
        ("only", r"\bonly\b"),
        ("trend", r"\b(?:trend\w*|tend\w*|borderline|marginal\w*)\b"),
        ("hedge", r"\b(?:may|might|could|possibly|suggest\w*|appear\w*)\b"),
        ("association", r"\b(?:correlat\w*|associat\w*|predict\w*)\b"),
        ("percent", r"\d\s?%"),
    )
}
_WORD = compiled(r"[A-Za-z0-9]+")
# An outcome that is a harm, or the people or the setting rather than a measure.
_HARM = compiled(
    r"\b(?:adverse|AEs?|SAEs?|side[- ]effects?|toxicit\w*|tolerab\w*|complications?)\b", re.IGNORECASE
)
_NOT_A_MEASURE = compiled(
    r"^(?:generally|overall|multiple|physicians?|patients?|participants?|subjects?|doses?|groups?|"
    r"experience|efficacy|outcomes?|results?|intense)\b",
    re.IGNORECASE,
)
_P_NUMBER = compiled(r"(<|>|=|≤|≥|&lt;|&gt;)\s*([01]?\.\d+)")


@dataclass(frozen=True)
class FindingContext:
    """Where a finding stands: its sentence's section, how many findings share the sentence, and
    the study's design (a single-arm study reports changes within its arm)."""

    role: str  # the sentence's role: results, conclusions, ...
    outcomes_in_sentence: int
    design: str = ""


def finding_features(finding: Finding, context: FindingContext) -> dict[str, float]:
    """The named features of one finding, each with the value 1.0 (``bias`` included)."""
    text = finding.evidence.text
    mention = _mention_at(finding, text)
    names = [
        "bias",
        f"direction={finding.direction}",
        f"change={finding.change}",
        f"comparison={finding.comparison}",
        f"direction|comparison={finding.direction}|{finding.comparison}",
        "domain=other" if finding.domain == OTHER_DOMAIN else "domain=vocabulary",
        f"role={context.role}",
        f"outcomes_in_sentence={min(context.outcomes_in_sentence, 3)}",
        "mention=found" if mention >= 0 else "mention=absent",
    ]
    if context.design:
        names.append(f"design={context.design}")
    if finding.domain == OTHER_DOMAIN:  # how well an open measure is named
        names.append(f"other_measure_words={_bucket(len(_WORD.findall(finding.measure)), (1, 3, 6))}")
    if _HARM.search(finding.measure):
        names.append("measure=harm")
    if _NOT_A_MEASURE.search(finding.measure):
        names.append("measure=not_an_outcome_word")
    if finding.hedged:
        names.append("hedged")
    if finding.comparator:
        names.append("comparator_arm")
    cues, sentence_names = _sentence_cues(text)
    names.extend(sentence_names)
    names.extend(_statistics(finding))
    for cue, at in cues:
        names.append(f"cue={cue}")
        if mention >= 0:
            names.append(f"cue={cue}:{'before' if at < mention else 'after'}")
    return {name: 1.0 for name in names}


@lru_cache(maxsize=4096)
def _sentence_cues(text: str) -> tuple[tuple[tuple[str, int], ...], tuple[str, ...]]:
    """The sentence's cues with where each first occurs, and its own features: computed once for
    all the findings one sentence gives."""
    cues = tuple((cue, found.start()) for cue, pattern in CUES.items() if (found := pattern.search(text)))
    names = [f"words={_bucket(len(_WORD.findall(text)), (15, 30, 50))}"]
    if is_baseline(text):
        names.append("baseline_sentence")
    if is_correlation(text):
        names.append("correlation_sentence")
    if len(p_values(text)) > 1:
        names.append("p_values=several")
    return cues, tuple(names)


def _statistics(finding: Finding) -> list[str]:
    """The p-value and confidence interval, and whether they agree with the rule's reading."""
    effect = finding.change in ("increased", "decreased") or finding.direction in ("improved", "worsened")
    none = finding.direction == "no_difference" or finding.change == "no_difference"
    names = []
    significant = _p_significant(finding.p_value) if finding.p_value else None
    if significant is None:
        names.append("p=none")
    else:
        names.append("p=significant" if significant else "p=not_significant")
        if significant and none:
            names.append("conflict=p_significant_but_no_difference")
        if not significant and effect:
            names.append("conflict=p_not_significant_but_effect")
    interval = interval_reading(finding.statistic or "") if finding.statistic else None
    if interval is not None:
        names.append("ci=includes_null" if interval == "no_difference" else "ci=excludes_null")
        if interval == "no_difference" and effect:
            names.append("conflict=ci_null_but_effect")
        if interval != "no_difference" and none:
            names.append("conflict=ci_excludes_but_no_difference")
        if interval in ("increased", "decreased") and finding.change in ("increased", "decreased"):
            names.append("ci=agrees" if interval == finding.change else "conflict=ci_other_way")
    return names


def _p_significant(p_value: str) -> bool | None:
    """True below 0.05, False at or above it; None when the value cannot be read."""
    found = _P_NUMBER.search(p_value)
    if found is None:
        return None
    sign, number = found.group(1), float(found.group(2))
    if sign in ("<", "≤", "&lt;"):
        return number <= 0.05
    if sign in (">", "≥", "&gt;"):
        return False if number >= 0.05 else None
    return number < 0.05


def _mention_at(finding: Finding, text: str) -> int:
    """Where the sentence names the finding's outcome, or -1 (an outcome carried from before)."""
    lowered = text.lower()
    measure = finding.measure.lower()
    at = lowered.find(measure)
    if at >= 0:
        return at
    for word in _WORD.findall(measure):
        if len(word) > 3:
            at = lowered.find(word)
            if at >= 0:
                return at
    return -1


def _bucket(value: int, edges: tuple[int, ...]) -> str:
    for edge in edges:
        if value <= edge:
            return f"<={edge}"
    return f">{edges[-1]}"
