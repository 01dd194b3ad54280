"""Findings: what each abstract reports for each outcome, quoted sentence by sentence.

A finding is read from one statement (a sentence, or a clause of it: "pain fell in both groups,
but massage was not superior to sham" states two things) with explainable rules:

* the outcome domain and measure come from the outcome vocabulary; an outcome outside it is
  domain ``other``, named as the abstract names it (``measures.open_measures``), and a
  statement that names no outcome ("but the difference was not significant") speaks for the
  outcome its sentence named before it, or "the primary outcome" for the one the methods name;
* ``change`` is what happened to the measure itself (increased, decreased, no_difference,
  unclear); ``direction`` turns it through the measure's polarity, ``not_applicable`` where the
  measure has no good side and ``unclear`` where its good side is not known;
* an effect estimate whose confidence interval includes the null is ``no_difference``, one that
  excludes it a change its way (``statements.interval_reading``), as meta-analyses report;
* the direction comes from the sentence's words: "improved"/"worsened" directly, a raw
  "increased"/"decreased" turned through the measure's polarity (lower TUG time is better);
* "did not differ", "not significant", "no change" give ``no_difference``;
* a trend or a borderline result ("tended to", "borderline significant", "trend") is reported as
  ``unclear`` and hedged: the authors lean one way, their own test did not confirm it, and it is
  not evidence of no difference either. Hedging words ("may", "appeared to") set ``hedged``
  without changing a direction the statistics support; a non-significant p-value with a hedged
  change ("may have improved ... p = 0.09") is ``unclear`` unless the sentence itself says the
  difference was not significant (then ``no_difference``);
* a change in one arm only ("improved in the massage group only"), in both arms ("in both
  groups") or after the treatment is a within-group result; a comparison ("than", "compared
  with", "higher in the massage group", "between groups") is between groups; ``unclear`` only
  where the statement says neither;
* statements about the groups at baseline and correlations are not findings;
* between groups, a "no difference" stated in the abstract wins over any other reading of the
  same outcome and time point: a reversed finding misleads more than a missing one.

Results come first: a conclusion restating a result adds nothing, and a conclusion speaks for a
domain only when no results sentence does. An outcome named only in the methods is returned as
"measured, not reported", never as a finding.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from harvester.extract.facts import NUMBER, parse_number, time_point
from harvester.extract.measures import NO_GOOD_SIDE, OpenMeasure, open_measures
from harvester.extract.statements import (
    clause_spans,
    interval_reading,
    is_association,
    is_baseline,
    is_correlation,
)
from harvester.extract.structure import P_VALUE, STATISTIC, AbstractSentence, abstract_sentences
from harvester.extract.types import OTHER_DOMAIN, Evidence, Finding, StudyFacts
from harvester.extract.vocabulary import POLARITIES, DomainMatch, Vocabulary
from harvester.models import Record

_GOOD = (
    r"improv\w*|better|benefit\w*|eased|easier|reliev\w*|alleviat\w*|enhanced|ameliorat\w*|"
    r"more (?:effective|efficacious|beneficial)|(?:positive|beneficial|favou?rable) effects?|"
    r"(?:was|were|is|are|proved|be) (?:\w+ )?effective\b(?! (?:as|than))|"
    r"effective (?:in|for|at|on)|efficacious|favou?rable|favou?red|in favou?r of"
)
_BAD = r"worsen\w*|worse|deteriorat\w*|aggravated|exacerbated|harder|more difficult"
# "lower-limb spasticity" names a body part, not a change.
_BODY = r"(?![\s-](?:limbs?|extremit\w*|back|legs?|body|urinary|tract))"
_OFTEN = r"(?:frequent\w*|common\w*|often|likely)"
_UP = rf"increas\w*|higher{_BODY}|rose|raised|greater|gained|longer|elevated|more {_OFTEN}"
_DOWN = rf"decreas\w*|reduc\w*|lower{_BODY}|fell|declined?|shorter|dropped|fewer|less(?! than)"
_MIXED = r"inconsistent|conflicting|mixed|unclear|equivocal"
_CHANGE = re.compile(
    rf"\b(?:(?P<good>{_GOOD})|(?P<bad>{_BAD})|(?P<up>{_UP})|(?P<down>{_DOWN})|(?P<mixed>{_MIXED}))\b",
    re.IGNORECASE,
)
_NO_DIFFERENCE = re.compile(
    r"\b(?:did not (?:significantly )?(?:differ|change|improve|worsen|decrease|increase|reach)|"
    r"do not differ|no (?:statistically )?significant|not (?:statistically )?significant\w*|"
    r"no longer significant|non-?significant\w*|without (?:a |any )?(?:statistically )?significant|"
    r"no (?:between-group |significant )?differences?|no change(?! in \d)|unchanged|were similar|was similar|"
    r"could not (?:demonstrate|show|find|detect|confirm)|did not (?:find|detect|demonstrate)|no evidence|"
    r"not different|no effect|not associated|failed to|not superior|no more effective|"
    r"not more effective|(?:was|were) not (?:better|effective|more effective)|ineffective|"
    r"no (?:additional |added )?benefit|as effective as|equally effective|(?:was|were) comparable|"
    r"did not (?:outperform|show)|neither|nullified|no (?:significant )?(?:improvement|reduction|"
    r"increase|decrease|change)s?(?! in \d))\b",
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
# "compared with baseline", "than before": a change over time, not a comparison of arms.
_NOT_AN_ARM = r"(?! (?:at |the |their |its |)?(?:baseline|before|pre\b|pre-|prior|initial|the start))"
_BETWEEN = re.compile(
    rf"\bcompared (?:with|to)\b{_NOT_AN_ARM}|\bthan\b{_NOT_AN_ARM}|"
    rf"\bversus\b{_NOT_AN_ARM}|\bvs\b{_NOT_AN_ARM}|"
    r"\bbetween[\s-](?:(?:the|all|both|two|three|four|\d) )*(?:groups?|arms|treatments)\b|"
    r"\bamong (?:(?:the|all|both|two|three|four|\d) )*(?:groups|arms|treatments)\b|"
    rf"\bbetween-group\b|\bbetween (?:the )?[\w\s-]{{1,40}}? and\b|\brelative to\b{_NOT_AN_ARM}|"
    r"\bdiffer\w*\s+(?:\w+\s+)?from\b",
    re.IGNORECASE,
)
_WITHIN = re.compile(
    r"\bfrom baseline\b|\b(?:compared (?:with|to)|than|versus|vs\.?|relative to) (?:at |the |their |its )?"
    r"(?:baseline|before|pre\b|pre-|prior|initial)|\bfrom (?:the )?pre-?\w*\b|"
    r"\b(?:after|following) (?:the )?(?:\w+ )?(?:intervention|treatment|training|program|programme|"
    r"therapy|sessions?|massage|exercise)\b|\bpost-?(?:intervention|treatment|test)\b|"
    r"\bin (?:all|the) (?:three|four|\w+) groups\b|\bpre-?\s*(?:to|and|-)\s*-?\s*post|\bbefore and after\b|"
    r"\bfrom -?\d[\d.]*\s*\S*\s+to\s+-?\d|\bwithin[\s-]groups?\b|\bover time\b|"
    r"\bin (?:both|either|each) groups?\b|\bin all \w+ (?:patients|participants)\b",
    re.IGNORECASE,
)
_WEAK_BETWEEN = re.compile(
    r"\bthe difference\b|\bgroups? differ|\bsignificant(?:ly)? differen|\bno differen|"
    r"\bsuperior|\binferior|\bin favou?r of\b|\bfavou?red\b|\bover (?:placebo|sham|control|usual care)\b",
    re.IGNORECASE,
)
# "higher in the massage group": a comparative says "than the other arm" without saying "than".
_COMPARATIVE_IN_GROUP = re.compile(
    r"\b(?:higher|lower|greater|smaller|less|more|better|worse|shorter|longer|fewer)\b[^.;]{0,60}?"
    r"\b(?:(?:in|among|for|with) (?:the )?[\w\s+-]{1,40}?(?:group|arm|patients|participants)|"
    r"in (?:group|arm) \w+)\b",
    re.IGNORECASE,
)
# "pain decreased in the massage group": a change in one named arm, no comparison stated.
_IN_ONE_GROUP = re.compile(
    r"\b(?:in|within|for) the [\w\s+-]{1,40}? (?:group|arm)\b(?! (?:than|compared|versus|vs))|"
    r"\bthe [\w\s+-]{1,40}? (?:group|arm) (?:showed|had|experienced|reported|demonstrated|improved|"
    r"increased|decreased|reduced)\b",
    re.IGNORECASE,
)
_COMPARATIVES = frozenset(
    ("greater", "higher", "more", "larger", "bigger", "lower", "less", "smaller", "fewer")
)
_CHANGE_NOUN = re.compile(
    r"\s+(?:[\w-]+\s+){0,3}?(?:(?P<down>reductions?|decreases?|declines?|falls?|drops?|loss)|"
    r"(?P<up>increases?|rises?|gains?|elevations?))\b",
    re.IGNORECASE,
)
_FLIPPED = {
    "increased": "decreased",
    "decreased": "increased",
    "improved": "worsened",
    "worsened": "improved",
}
_CONTROL_ARM = r"(?:placebo|control|sham|usual[- ]care|standard[- ]care|comparison|untreated|no[- ]\w+)"
# "higher in the placebo group than in the massage group": the comparator arm comes first.
_COMPARATIVE = r"\b(?:higher|lower|greater|smaller|less|more|better|worse|shorter|longer|fewer)\b"
_NO_THAN = r"(?:(?!\b(?:than|compared|versus|vs)\b)[^.;]){0,60}?"
# "higher in the placebo group (than in the massage group)": the comparator arm comes first.
_CONTROL_ARM_FIRST = re.compile(
    rf"{_COMPARATIVE}{_NO_THAN}\b(?:in|among|for) (?:the )?{_CONTROL_ARM}\s+(?:group|arm)s?\b|"
    rf"\bthe {_CONTROL_ARM} (?:group|arm)s? (?:had|showed|experienced|reported|was|were)\b"
    rf"{_NO_THAN}{_COMPARATIVE}",
    re.IGNORECASE,
)
# Harms belong to the safety notes, not the findings.
_SAFETY_MEASURE = re.compile(
    r"\b(?:adverse|side[- ]effects?|AEs?|SAEs?|TEAEs?|tolerab\w*|safety|toxicit\w*)\b", re.IGNORECASE
)
# "pain did not change in the sham group": a change within the comparator arm, said so.
_COMPARATOR_ARM = re.compile(rf"\bthe (?P<arm>{_CONTROL_ARM}(?: \w+)?) (?:group|arm)\b", re.IGNORECASE)
_ALL_ARMS = re.compile(r"\b(?:both|each|all|either)\b", re.IGNORECASE)
_GROUP_WORD = re.compile(r"\b(?:group|arm)s?\b", re.IGNORECASE)
_AT_THRESHOLD = re.compile(r"=\s*0?\.050?$")
_SAID_SIGNIFICANT = re.compile(r"(?<!not )(?<!no )\bsignificant(?:ly)?\b", re.IGNORECASE)
_NAMES_A_TREATMENT = re.compile(
    r"[\s-]+(?:training|exercises?|programs?|programmes?|therapy|therapies|interventions?|groups?|"
    r"arms?|class(?:es)?|sessions?|education|management|retraining|rehabilitation)\b",
    re.IGNORECASE,
)
# A sentence about the previous one's result: "This difference was not statistically significant."
_REFERS_BACK = re.compile(
    r"^(?:However,? |But )?(?:this|the|these|such) (?:difference|change|effect|improvement|reduction|"
    r"increase|decrease|benefit)s?\b",
    re.IGNORECASE,
)
_PRIMARY = re.compile(r"\bprimary (?:outcome|end-? ?point)s?(?: measures?)?\b", re.IGNORECASE)
_PRIMARY_NAMED = re.compile(
    r"\bprimary (?:outcome|end-? ?point)s?(?: measures?)?(?: (?:was|were|is|included|:))\s+(?:the\s+)?"
    r"(?P<m>[^,;.]{3,100})",
    re.IGNORECASE,
)
_CONTENT_WORD = re.compile(r"[a-z0-9]{3,}")
_FOLLOW_UP = re.compile(r"follow-?up|after the end of (?:treatment|the intervention)", re.IGNORECASE)
_TIME = re.compile(rf"\b({NUMBER})[\s-]+(weeks?|months?|years?)\b", re.IGNORECASE)
_AT_TIME = re.compile(rf"\b(?:at|after)\s+({NUMBER})\s+(weeks?|months?)\b", re.IGNORECASE)
_SIGNIFICANCE = re.compile(r"(<|>|=|≤|≥|&lt;|&gt;)\s*([01]?\.\d+)")
_POOLED_DESIGNS = ("meta-analysis", "systematic review", "narrative review", "guideline")
_REVIEWS = ("meta-analysis", "systematic review")
_CONTROLLED = ("randomized controlled trial", "crossover trial", "non-randomized trial")


@dataclass(frozen=True)
class _Candidate:
    finding: Finding
    from_results: bool


@dataclass(frozen=True)
class _Statement:
    """One clause of a results or conclusions sentence, with what surrounds it."""

    clause: str
    sentence: str
    evidence: Evidence
    from_results: bool


def findings(
    record: Record, vocabulary: Vocabulary, facts: StudyFacts, sentences: list[AbstractSentence] | None = None
) -> tuple[list[Finding], list[str]]:
    """(findings, domains measured but not reported) for one record; ``sentences`` are its
    ``abstract_sentences``, when the caller has them already."""
    sentences = abstract_sentences(record) if sentences is None else sentences
    mentions = [outcome_mentions(s.evidence.text, vocabulary) for s in sentences]
    primary = _primary_outcome(sentences, vocabulary)
    scored = _instrument_polarities(mentions, vocabulary)
    candidates: list[_Candidate] = []
    carried: list[DomainMatch] = []
    for sentence, named in zip(sentences, mentions):
        if sentence.role in ("results", "conclusions"):
            if not _REFERS_BACK.match(sentence.evidence.text):
                carried = []
            read, carried = _sentence_findings(sentence, named, vocabulary, facts, primary, scored, carried)
            candidates.extend(read)
    chosen = _choose(candidates)
    reported = {f.domain for f in chosen}
    measured = [
        m.domain for sentence, named in zip(sentences, mentions) if sentence.role == "methods" for m in named
    ]
    not_reported = [d for d in dict.fromkeys(measured) if d not in reported]
    return chosen, not_reported


def outcome_mentions(text: str, vocabulary: Vocabulary) -> list[DomainMatch]:
    """Outcome-domain mentions in one sentence, safety domains left to the safety notes.

    An instrument shared by several domains (DASS-21: anxiety, depression, stress) counts only
    for the domain the sentence names in words, when it names one: "the DASS-21 stress
    subscale" is about stress. "Balance training" and "the walking group" name a treatment or an
    arm, not an outcome.
    """
    matches = [
        m
        for m in vocabulary.match(text)
        if not vocabulary.domain(m.domain).safety and not _NAMES_A_TREATMENT.match(text, m.end)
    ]
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


def _instrument_polarities(mentions: list[list[DomainMatch]], vocabulary: Vocabulary) -> dict[str, str]:
    """Domains the abstract measures with one instrument scored against the domain's usual way.

    "Quality of life (MSIS-29)" in the methods makes "quality of life decreased" in the results
    an improvement: the MSIS-29 is scored lower-is-better.
    """
    seen: dict[str, set[str]] = {}
    for named in mentions:
        for match in named:
            if match.is_instrument:
                seen.setdefault(match.domain, set()).add(match.polarity)
    return {
        domain: polarities.pop()
        for domain, polarities in seen.items()
        if len(polarities) == 1 and next(iter(polarities)) != vocabulary.domain(domain).polarity
    }


def _primary_outcome(sentences: list[AbstractSentence], vocabulary: Vocabulary) -> list[DomainMatch]:
    """The outcome the methods call primary, for results that say only "the primary outcome"."""
    for sentence in sentences:
        if sentence.role not in ("methods", "background"):
            continue
        named = _PRIMARY_NAMED.search(sentence.evidence.text)
        if named is None:
            continue
        words = named.group("m")
        mentions = outcome_mentions(words, vocabulary)
        if mentions:
            return mentions[:1]
        opened = open_measures(words + " was reduced")
        if opened:
            return [_as_match(opened[0], 0)]
    return []


def _as_match(measure: OpenMeasure, offset: int) -> DomainMatch:
    return DomainMatch(
        domain=OTHER_DOMAIN,
        measure=measure.measure,
        start=offset + measure.start,
        end=offset + measure.end,
        polarity=measure.polarity or "",
    )


def _choose(candidates: list[_Candidate]) -> list[Finding]:
    """One finding per (outcome, comparison, time point): the most specific statement wins.

    Conclusions speak for an outcome only when no results sentence does. Between groups, a stated
    "no difference" wins over an effect read elsewhere for the same outcome and time point.
    """
    from_results = {_outcome_key(c.finding) for c in candidates if c.from_results}
    result_words = {w for key in from_results for w in key[1]}
    best: dict[tuple[str, frozenset[str], str, str], _Candidate] = {}  # outcome, comparison, time
    for candidate in candidates:
        finding = candidate.finding
        outcome = _outcome_key(finding)
        if not candidate.from_results and (
            outcome in from_results or (finding.domain == OTHER_DOMAIN and outcome[1] & result_words)
        ):
            continue
        arm = (
            f" ({finding.comparator})" if finding.comparison == "within_group" and finding.comparator else ""
        )
        key = (*outcome, finding.comparison + arm, finding.timepoint)
        if key not in best or _wins(candidate, best[key]):
            best[key] = candidate
    ordered = sorted(
        best.values(), key=lambda c: (c.finding.evidence.start, c.finding.domain, c.finding.measure)
    )
    return [c.finding for c in ordered]


def _outcome_key(finding: Finding) -> tuple[str, frozenset[str]]:
    if finding.domain != OTHER_DOMAIN:
        return finding.domain, frozenset()
    return finding.domain, frozenset(_CONTENT_WORD.findall(finding.measure.lower()))


def _wins(candidate: _Candidate, incumbent: _Candidate) -> bool:
    new, old = candidate.finding, incumbent.finding
    if (
        new.comparison == "between_groups"
        and candidate.from_results == incumbent.from_results
        and (new.direction == "no_difference") != (old.direction == "no_difference")
    ):
        return new.direction == "no_difference"
    return _specificity(candidate) > _specificity(incumbent)


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
    sentence: AbstractSentence,
    named: list[DomainMatch],
    vocabulary: Vocabulary,
    facts: StudyFacts,
    primary: list[DomainMatch],
    scored: dict[str, str],
    carried: list[DomainMatch],
) -> tuple[list[_Candidate], list[DomainMatch]]:
    """The findings of one sentence, whose outcome mentions are ``named``, and the outcomes it
    speaks of last; ``carried`` are the previous sentence's, for "This difference was not
    significant"."""
    text = sentence.evidence.text
    matches = [
        replace(m, polarity=scored[m.domain]) if m.domain in scored and not m.is_instrument else m
        for m in named
    ]
    found: list[_Candidate] = []
    previous: list[DomainMatch] = carried
    for start, end in clause_spans(text):
        clause = text[start:end]
        if is_baseline(clause) or is_correlation(clause):
            previous = []
            continue
        statement = _Statement(clause, text, sentence.evidence, sentence.role == "results")
        own = [_shifted(m, -start) for m in matches if start <= m.start < end]
        if not own and statement.from_results and not _PRIMARY.search(clause) and not is_association(clause):
            own = [_as_match(m, 0) for m in open_measures(clause) if not _is_harm(m.measure)]
        if not own and _PRIMARY.search(clause) and primary:
            own = [replace(m, start=0, end=0) for m in primary]
        inherited = not own and bool(previous) and _states_result(clause)
        if inherited:
            own = [replace(m, start=0, end=0) for m in previous]
        read = [
            _Candidate(finding, statement.from_results)
            for key, (seg_start, seg_end) in _segments(own, len(clause)).items()
            if (finding := _finding(clause[seg_start:seg_end], statement, key, own, vocabulary, facts))
        ]
        if inherited:
            found = _qualified(found, read)
        found.extend(read)
        previous = own or previous
    if any(c.finding.comparison == "between_groups" for c in found):
        against = _comparator(text, facts, vocabulary)
        found = [
            replace(c, finding=replace(c.finding, comparator=against))
            if c.finding.comparison == "between_groups"
            else c
            for c in found
        ]
    return found, previous


def _qualified(earlier: list[_Candidate], read: list[_Candidate]) -> list[_Candidate]:
    """Drop what a qualifying clause corrects: in "X was lower, but this was not significant"
    the second clause is the reading of the first's comparison. A comparison of its own ("X fell
    in both groups, but did not differ between them") leaves the first standing."""
    corrected = {
        (_outcome_key(c.finding), c.finding.comparison, c.finding.comparator)
        for c in read
        if c.finding.direction != "improved"
    }
    return [
        c
        for c in earlier
        if (_outcome_key(c.finding), c.finding.comparison, c.finding.comparator) not in corrected
        and not (
            c.finding.comparison == "unclear" and any(_outcome_key(c.finding) == k[0] for k in corrected)
        )
    ]


def _is_harm(measure: str) -> bool:
    """Adverse events and tolerability, alone: the safety notes' business. In a list of other
    outcomes ("adverse events, viral load or therapy failure") the list stays a finding."""
    return bool(_SAFETY_MEASURE.search(measure)) and not re.search(r",|\band\b|\bor\b", measure)


def _shifted(match: DomainMatch, by: int) -> DomainMatch:
    return replace(match, start=match.start + by, end=match.end + by)


def _states_result(clause: str) -> bool:
    return bool(_CHANGE.search(clause) or _NO_DIFFERENCE.search(clause) or interval_reading(clause))


def _segment_key(match: DomainMatch) -> str:
    return match.domain if match.domain != OTHER_DOMAIN else f"{OTHER_DOMAIN}:{match.measure}"


def _segments(matches: list[DomainMatch], length: int) -> dict[str, tuple[int, int]]:
    """Each outcome's stretch of the clause: from its first mention to the next outcome's.

    The first outcome's stretch starts at the clause start, so that "Massage reduced anxiety"
    keeps its verb. In "reduced anxiety (p < 0.001) and depression (p = 0.04)" each outcome keeps
    its own statistics.
    """
    firsts: dict[str, int] = {}
    for match in matches:
        firsts.setdefault(_segment_key(match), match.start)
    starts = sorted(set(firsts.values()))
    segments = {}
    for key, first in firsts.items():
        later = [s for s in starts if s > first]
        segments[key] = (0 if first == starts[0] else first, later[0] if later else length)
    return segments


def _finding(
    segment: str,
    statement: _Statement,
    key: str,
    matches: list[DomainMatch],
    vocabulary: Vocabulary,
    facts: StudyFacts,
) -> Finding | None:
    own = [m for m in matches if _segment_key(m) == key]
    clause = statement.clause
    stated = segment if _states_result(segment) else clause
    p_value = _first(P_VALUE, segment) or (
        _first(P_VALUE, clause) if len(P_VALUE.findall(clause)) == 1 else None
    )
    reading = _reading(stated, clause, own, p_value)
    if reading is None:
        return None
    change, direction = reading
    if own[0].domain == OTHER_DOMAIN and direction == "unclear":
        return None  # a measure whose good side is unknown, or a trend in one: no guess
    comparison = _comparison(clause, statement.sentence, facts, change)
    domain = own[0].domain
    arm = _COMPARATOR_ARM.search(clause) if comparison == "within_group" else None
    if arm and (_ALL_ARMS.search(clause) or len(_GROUP_WORD.findall(clause)) > 1):
        arm = None  # "in the massage group, with no change in the sham group": not about the sham arm
    return Finding(
        domain=domain,
        measure=_measure(own, segment, vocabulary) if domain != OTHER_DOMAIN else own[0].measure,
        direction=direction,
        comparison=comparison,
        timepoint=_timepoint(statement.sentence, facts.duration_weeks),
        evidence=statement.evidence,
        p_value=p_value,
        statistic=_statistic(segment) or _statistic(clause),
        hedged=_hedged(stated if own[0].end else statement.sentence),
        change=change,
        comparator=arm.group("arm").lower() if arm else None,  # a change within the comparator arm
    )


def _hedged(text: str) -> bool:
    """A trend or hedging words; a statement about an outcome named earlier in its sentence
    reads the whole sentence ("may have improved, but the difference was not significant")."""
    return bool(_TREND.search(text) or _HEDGE.search(text))


def _reading(stated: str, clause: str, own: list[DomainMatch], p_value: str | None) -> tuple[str, str] | None:
    """(change, direction), or None when the statement gives no result for the outcome."""
    change = _CHANGE.search(stated)
    interval = interval_reading(stated) or interval_reading(clause)
    if _ONE_ARM.search(clause) and change and not change.group("mixed"):
        return _turn(change, stated, own)
    if _TREND.search(stated):
        return "unclear", "unclear"
    if _NO_DIFFERENCE.search(stated) or interval == "no_difference":
        return "no_difference", "no_difference"
    if change is None:
        if interval is None:
            return None
        return interval, _through_polarity(interval, own)
    if change.group("mixed"):
        return "unclear", "unclear"
    if p_value and _AT_THRESHOLD.search(p_value) and _SAID_SIGNIFICANT.search(stated):
        return "unclear", "unclear"  # "reduced significantly (p = 0.05)": borderline, at best
    if p_value and not _significant(p_value):
        return ("unclear", "unclear") if _HEDGE.search(stated) else ("no_difference", "no_difference")
    moved, direction = _turn(change, stated, own)
    if _CONTROL_ARM_FIRST.search(clause):
        return _FLIPPED.get(moved, moved), _FLIPPED.get(direction, direction)
    return moved, direction


def _polarity(change_at: int, own: list[DomainMatch]) -> str:
    before = [m for m in own if m.start < change_at]
    return (before[-1] if before else own[0]).polarity


def _turn(change: re.Match[str], stated: str, own: list[DomainMatch]) -> tuple[str, str]:
    """A change word as (change, direction); raw rises and falls go through the polarity."""
    polarity = _polarity(change.start(), own)
    if change.group("good") or change.group("bad"):
        good = change.group("good") is not None
        if polarity in POLARITIES:
            went_down = good == (polarity == "lower_is_better")
            return ("decreased" if went_down else "increased"), ("improved" if good else "worsened")
        return "unclear", "improved" if good else "worsened"
    moved = "decreased" if change.group("down") is not None else "increased"
    noun = _CHANGE_NOUN.match(stated, change.end()) if change.group().lower() in _COMPARATIVES else None
    if noun:  # "greater reductions": the noun says which way, the comparative how much
        said = "decreased" if noun.group("down") else "increased"
        moved = said if moved == "increased" else _FLIPPED[said]
    return moved, _through_polarity(moved, own, polarity)


def _through_polarity(moved: str, own: list[DomainMatch], polarity: str | None = None) -> str:
    """'increased'/'decreased' as improved/worsened; not_applicable or unclear without a good side."""
    polarity = own[0].polarity if polarity is None else polarity
    if polarity == NO_GOOD_SIDE:
        return "not_applicable"
    if polarity not in POLARITIES:
        return "unclear"
    return "improved" if (moved == "decreased") == (polarity == "lower_is_better") else "worsened"


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


def _comparison(clause: str, sentence: str, facts: StudyFacts, change: str) -> str:
    """Between groups or within a group, as the statement (else its sentence) says."""
    for text in (clause, sentence):
        said = _stated_comparison(text)
        if said:
            return said
    controlled = bool(facts.comparators) or facts.design in _CONTROLLED
    if not controlled and facts.design not in _POOLED_DESIGNS:
        return "within_group"  # one arm only: any change is a change over time
    if facts.design in _REVIEWS or (facts.design in _POOLED_DESIGNS and interval_reading(clause)):
        return "between_groups"  # a pooled result: intervention against control
    if controlled and change == "no_difference":
        return "between_groups"  # "X did not improve survival" in a controlled trial: against control
    return "unclear"


def _stated_comparison(text: str) -> str | None:
    if _ONE_ARM.search(text):
        return "within_group"
    if _BETWEEN.search(text) or _COMPARATIVE_IN_GROUP.search(text):
        return "between_groups"
    if _WITHIN.search(text) or _IN_ONE_GROUP.search(text):
        return "within_group"
    if _WEAK_BETWEEN.search(text):
        return "between_groups"
    return None


def _comparator(sentence: str, facts: StudyFacts, vocabulary: Vocabulary) -> str | None:
    generic = {t.key for t in vocabulary.comparators if t.generic}
    named = vocabulary.match_comparators(sentence)
    specific = [m.label for m in named if m.key not in generic]
    if specific or named:
        return (specific or [m.label for m in named])[0]
    return facts.comparators[0] if facts.comparators else None


@lru_cache(maxsize=256)
def _timepoint(sentence: str, duration_weeks: float | None) -> str:
    """'end of treatment', or 'follow-up (12 weeks)' when the sentence is about a later time."""
    when = _TIME.search(sentence)
    if _FOLLOW_UP.search(sentence):
        if when:
            return f"follow-up ({time_point(parse_number(when.group(1)), when.group(2))})"
        return "follow-up"
    at = _AT_TIME.search(sentence)
    if at and duration_weeks:
        number = parse_number(at.group(1)) or 0
        weeks = number if at.group(2).lower().startswith("week") else number * 52 / 12
        if weeks > duration_weeks:
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
