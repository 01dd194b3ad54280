"""Findings: what each abstract reports for each outcome, quoted sentence by sentence.

A finding is read from one sentence with explainable rules, never guessed from a model:

* the outcome domain and measure come from the outcome vocabulary;
* the direction comes from the sentence's words: "improved"/"worsened" directly, a raw
  "increased"/"decreased" turned through the measure's polarity (lower TUG time is better);
* "did not differ", "not significant", "no change" give ``no_difference``;
* a trend or a borderline result ("tended to", "borderline significant", "trend") is reported as
  ``unclear`` and hedged: the authors lean one way, their own test did not confirm it, and it is
  not evidence of no difference either. Hedging words ("may", "appeared to") set ``hedged``
  without changing a direction the statistics support; a non-significant p-value with a hedged
  change ("may have improved ... p = 0.09") is ``unclear`` unless the sentence itself says the
  difference was not significant (then ``no_difference``);
* a change in one arm only ("improved in the massage group only") is a within-group result,
  not a difference between groups.

Results come first: a conclusion restating a result adds nothing, and a conclusion speaks for a
domain only when no results sentence does. An outcome named only in the methods is returned as
"measured, not reported", never as a finding.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from harvester.extract.facts import NUMBER, parse_number, time_point
from harvester.extract.structure import P_VALUE, STATISTIC, AbstractSentence, abstract_sentences
from harvester.extract.types import Evidence, Finding, StudyFacts
from harvester.extract.vocabulary import DomainMatch, Vocabulary
from harvester.models import Record

_GOOD = r"improv\w*|better|benefit\w*|eased|relieved|alleviated|enhanced"
_BAD = r"worsen\w*|worse|deteriorat\w*|aggravated|exacerbated"
# "lower-limb spasticity" names a body part, not a change.
_BODY = r"(?![\s-](?:limbs?|extremit\w*|back|legs?|body|urinary|tract))"
_UP = rf"increas\w*|higher{_BODY}|rose|raised|greater|gained|longer|elevated"
_DOWN = rf"decreas\w*|reduc\w*|lower{_BODY}|fell|declined?|shorter|dropped"
_MIXED = r"inconsistent|conflicting|mixed|unclear|equivocal"
_CHANGE = re.compile(
    rf"\b(?:(?P<good>{_GOOD})|(?P<bad>{_BAD})|(?P<up>{_UP})|(?P<down>{_DOWN})|(?P<mixed>{_MIXED}))\b",
    re.IGNORECASE,
)
_NO_DIFFERENCE = re.compile(
    r"\b(?:did not (?:significantly )?(?:differ|change|improve|worsen|decrease|increase|reach)|"
    r"do not differ|no (?:statistically )?significant|not (?:statistically )?significant\w*|"
    r"no longer significant|non-?significant\w*|without (?:a |any )?(?:statistically )?significant|"
    r"no (?:between-group |significant )?differences?|no change|unchanged|were similar|was similar|"
    r"not different|no effect|not associated|failed to)\b",
    re.IGNORECASE,
)
_TREND = re.compile(
    r"\b(?:tended|tendency|trend\w*|borderline|marginal\w*|approached significance|near-significant)\b",
    re.IGNORECASE,
)
# Case-sensitive, so that the month "May" opening a sentence is not a hedge.
_HEDGE = re.compile(r"\b(?:may|might|could|possibly|appear(?:s|ed)? to|seem(?:s|ed)? to|suggest\w*)\b")
_ONE_ARM = re.compile(
    r"\bin the [\w\s-]{1,40}? groups? only\b|\bonly in the [\w\s-]{1,40}? groups?\b|"
    r"\bin the [\w\s-]{1,40}? group but not (?:in )?the\b|\bwith no change in the [\w\s-]{1,40}? group\b",
    re.IGNORECASE,
)
_BETWEEN = re.compile(
    r"\bcompared (?:with|to)\b|\bthan\b|\bversus\b|\bvs\b|\bbetween[\s-](?:the )?groups?\b|"
    r"\bbetween-group\b|\bbetween (?:the )?[\w\s-]{1,40}? and\b|\brelative to\b|"
    r"\bdiffer\w*\s+(?:\w+\s+)?from\b",
    re.IGNORECASE,
)
_WITHIN = re.compile(
    r"\bfrom baseline\b|\bpre-?\s*(?:to|and|-)\s*-?\s*post|\bbefore and after\b|"
    r"\bfrom -?\d[\d.]*\s*\S*\s+to\s+-?\d|\bwithin[\s-]groups?\b|\bover time\b|"
    r"\bin (?:both|either|each) groups?\b|\bin all \w+ (?:patients|participants)\b",
    re.IGNORECASE,
)
_WEAK_BETWEEN = re.compile(r"\bthe difference\b|\bgroups? differ", re.IGNORECASE)
_FOLLOW_UP = re.compile(r"follow-?up|after the end of (?:treatment|the intervention)", re.IGNORECASE)
_TIME = re.compile(rf"\b({NUMBER})[\s-]+(weeks?|months?|years?)\b", re.IGNORECASE)
_AT_TIME = re.compile(rf"\b(?:at|after)\s+({NUMBER})\s+(weeks?|months?)\b", re.IGNORECASE)
_SIGNIFICANCE = re.compile(r"(<|>|=|≤|≥|&lt;|&gt;)\s*([01]?\.\d+)")
_POOLED_DESIGNS = ("meta-analysis", "systematic review", "narrative review", "guideline")


@dataclass(frozen=True)
class _Candidate:
    finding: Finding
    from_results: bool


def findings(
    record: Record, vocabulary: Vocabulary, facts: StudyFacts, sentences: list[AbstractSentence] | None = None
) -> tuple[list[Finding], list[str]]:
    """(findings, domains measured but not reported) for one record; ``sentences`` are its
    ``abstract_sentences``, when the caller has them already."""
    sentences = abstract_sentences(record) if sentences is None else sentences
    candidates: list[_Candidate] = []
    for sentence in sentences:
        if sentence.role in ("results", "conclusions"):
            candidates.extend(_sentence_findings(sentence, vocabulary, facts))
    chosen = _choose(candidates)
    reported = {f.domain for f in chosen}
    measured = [
        m.domain
        for sentence in sentences
        if sentence.role == "methods"
        for m in outcome_mentions(sentence.evidence.text, vocabulary)
    ]
    not_reported = [d for d in dict.fromkeys(measured) if d not in reported]
    return chosen, not_reported


def outcome_mentions(text: str, vocabulary: Vocabulary) -> list[DomainMatch]:
    """Outcome-domain mentions in one sentence, safety domains left to the safety notes.

    An instrument shared by several domains (DASS-21: anxiety, depression, stress) counts only
    for the domain the sentence names in words, when it names one: "the DASS-21 stress
    subscale" is about stress.
    """
    matches = [m for m in vocabulary.match(text) if not vocabulary.domain(m.domain).safety]
    spans: dict[tuple[int, int], set[str]] = {}
    for match in matches:
        spans.setdefault((match.start, match.end), set()).add(match.domain)
    named = {m.domain for m in matches if len(spans[(m.start, m.end)]) == 1}
    kept = []
    for match in matches:
        siblings = spans[(match.start, match.end)]
        if len(siblings) > 1 and siblings & named and match.domain not in named:
            continue
        kept.append(match)
    return kept


def _choose(candidates: list[_Candidate]) -> list[Finding]:
    """One finding per (domain, comparison, time point): the most specific sentence wins.

    Conclusions speak for a domain only when no results sentence does.
    """
    from_results = {c.finding.domain for c in candidates if c.from_results}
    best: dict[tuple[str, str, str], _Candidate] = {}
    for candidate in candidates:
        finding = candidate.finding
        if not candidate.from_results and finding.domain in from_results:
            continue
        key = (finding.domain, finding.comparison, finding.timepoint)
        if key not in best or _specificity(candidate) > _specificity(best[key]):
            best[key] = candidate
    ordered = sorted(best.values(), key=lambda c: (c.finding.evidence.start, c.finding.domain))
    return [c.finding for c in ordered]


def _specificity(candidate: _Candidate) -> tuple[int, ...]:
    finding = candidate.finding
    return (
        int(candidate.from_results),
        int(finding.p_value is not None or finding.statistic is not None),
        int(not finding.hedged),
        int(finding.direction != "unclear"),
        -finding.evidence.start,  # ties go to the earlier sentence
    )


def _sentence_findings(
    sentence: AbstractSentence, vocabulary: Vocabulary, facts: StudyFacts
) -> list[_Candidate]:
    text = sentence.evidence.text
    matches = outcome_mentions(text, vocabulary)
    found = []
    for domain, (start, end) in _segments(matches, len(text)).items():
        finding = _finding(text[start:end], text, domain, matches, sentence.evidence, vocabulary, facts)
        if finding is not None:
            found.append(_Candidate(finding, sentence.role == "results"))
    return found


def _segments(matches: list[DomainMatch], length: int) -> dict[str, tuple[int, int]]:
    """Each domain's stretch of the sentence: from its first mention to the next domain's.

    The first domain's stretch starts at the sentence start, so that "Massage reduced anxiety"
    keeps its verb. In "reduced anxiety (p < 0.001) and depression (p = 0.04)" each domain keeps
    its own statistics.
    """
    firsts: dict[str, int] = {}
    for match in matches:
        firsts.setdefault(match.domain, match.start)
    starts = sorted(set(firsts.values()))
    segments = {}
    for domain, first in firsts.items():
        later = [s for s in starts if s > first]
        segments[domain] = (0 if first == starts[0] else first, later[0] if later else length)
    return segments


def _finding(
    segment: str,
    sentence: str,
    domain: str,
    matches: list[DomainMatch],
    evidence: Evidence,
    vocabulary: Vocabulary,
    facts: StudyFacts,
) -> Finding | None:
    own = [m for m in matches if m.domain == domain]
    stated = segment if (_CHANGE.search(segment) or _NO_DIFFERENCE.search(segment)) else sentence
    p_value = _first(P_VALUE, segment) or (
        _first(P_VALUE, sentence) if len(P_VALUE.findall(sentence)) == 1 else None
    )
    direction = _direction(stated, sentence, own, p_value)
    if direction is None:
        return None
    comparison = _comparison(sentence, facts)
    return Finding(
        domain=domain,
        measure=_measure(own, segment, vocabulary),
        direction=direction,
        comparison=comparison,
        timepoint=_timepoint(sentence, facts),
        evidence=evidence,
        comparator=_comparator(sentence, facts, vocabulary) if comparison == "between_groups" else None,
        p_value=p_value,
        statistic=_statistic(segment),
        hedged=bool(_TREND.search(stated) or _HEDGE.search(stated)),
    )


def _direction(stated: str, sentence: str, own: list[DomainMatch], p_value: str | None) -> str | None:
    """improved / worsened / no_difference / unclear, or None when no result is stated."""
    change = _CHANGE.search(stated)
    if _ONE_ARM.search(sentence) and change and not change.group("mixed"):
        return _turn(change, own)
    if _NO_DIFFERENCE.search(stated):
        return "no_difference"
    if change is None:
        return None
    if change.group("mixed") or _TREND.search(stated):
        return "unclear"
    if p_value and not _significant(p_value):
        return "unclear" if _HEDGE.search(stated) else "no_difference"
    return _turn(change, own)


def _turn(change: re.Match[str], own: list[DomainMatch]) -> str:
    """A change word as improved/worsened, raw rises and falls through the measure's polarity."""
    if change.group("good"):
        return "improved"
    if change.group("bad"):
        return "worsened"
    before = [m for m in own if m.start < change.start()]
    polarity = (before[-1] if before else own[0]).polarity
    went_down = change.group("down") is not None
    return "improved" if went_down == (polarity == "lower_is_better") else "worsened"


def _significant(p_value: str) -> bool:
    """False for 'p = 0.21' or 'p > 0.05'; True for 'p < 0.05', 'p = 0.003'."""
    match = _SIGNIFICANCE.search(p_value)
    if not match:
        return True
    operator, value = match.group(1), float(match.group(2))
    if operator in ("<", "≤", "&lt;"):
        return value <= 0.05
    if operator in (">", "≥", "&gt;"):
        return False
    return value < 0.05


def _comparison(sentence: str, facts: StudyFacts) -> str:
    if _ONE_ARM.search(sentence):
        return "within_group"
    if _BETWEEN.search(sentence):
        return "between_groups"
    if _WITHIN.search(sentence):
        return "within_group"
    if _WEAK_BETWEEN.search(sentence):
        return "between_groups"
    if not facts.comparators and facts.design not in _POOLED_DESIGNS:
        return "within_group"  # one arm only: any change is a change over time
    return "unclear"


def _comparator(sentence: str, facts: StudyFacts, vocabulary: Vocabulary) -> str | None:
    generic = {t.key for t in vocabulary.comparators if t.generic}
    named = vocabulary.match_comparators(sentence)
    specific = [m.label for m in named if m.key not in generic]
    if specific or named:
        return (specific or [m.label for m in named])[0]
    return facts.comparators[0] if facts.comparators else None


def _timepoint(sentence: str, facts: StudyFacts) -> str:
    """'end of treatment', or 'follow-up (12 weeks)' when the sentence is about a later time."""
    when = _TIME.search(sentence)
    if _FOLLOW_UP.search(sentence):
        if when:
            return f"follow-up ({time_point(parse_number(when.group(1)), when.group(2))})"
        return "follow-up"
    at = _AT_TIME.search(sentence)
    if at and facts.duration_weeks:
        number = parse_number(at.group(1)) or 0
        weeks = number if at.group(2).lower().startswith("week") else number * 52 / 12
        if weeks > facts.duration_weeks:
            return f"follow-up ({time_point(number, at.group(2))})"
    return "end of treatment"


def _measure(own: list[DomainMatch], segment: str, vocabulary: Vocabulary) -> str:
    """The instrument as written if one is named, else the words used, with a generic scale."""
    instruments = [m for m in own if m.is_instrument]
    if instruments:
        return instruments[0].measure
    scales = vocabulary.match_scales(segment)
    return f"{own[0].measure} ({scales[0].label})" if scales else own[0].measure


def _statistic(segment: str) -> str | None:
    """Effect sizes and confidence intervals, quoted as one stretch of the text."""
    found = list(STATISTIC.finditer(segment))
    if not found:
        return None
    quoted = segment[found[0].start() : found[-1].end()]
    for opening, closing in ("()", "[]"):
        if quoted.endswith(closing) and quoted.count(closing) > quoted.count(opening):
            quoted = quoted[:-1]  # the bracket closes the sentence's parenthesis, not the CI
    return quoted


def _first(pattern: re.Pattern[str], text: str) -> str | None:
    match = pattern.search(text)
    return match.group() if match else None
