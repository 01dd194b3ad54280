"""Choosing among the candidate findings of one outcome.

Results come first: a conclusion restating a result adds nothing, and a conclusion speaks for a
domain only when no results sentence does (or to say the arms did not differ where no result
compares them in words of its own). One finding is kept per outcome, comparison and time point,
the most specific statement winning; between groups, a "no difference" stated in the abstract
wins over any other reading of the same outcome and time point: a reversed finding misleads more
than a missing one. Two measures of one domain that the abstract names apart are two outcomes:
two named instruments ("the Barthel Index improved; the FIM did not differ"), or the domain's
words and an instrument, or its words scored the other way, where their results differ. A result
that says only that the arms differed takes its way from the conclusions, and is left out where
they do not say it; a change whose words leave open what it is set against takes the comparison
the conclusions say of the same change.
"""

from __future__ import annotations

from dataclasses import replace

from harvester.extract.candidates import Candidate, named_apart, outcome_key, restated, share_no_word
from harvester.extract.patterns import AGAINST_AN_ARM, COMPARATIVE_WORDS, Caseless
from harvester.extract.readings import differed_unsaid, pooled_against_comparators, significant_p
from harvester.extract.rest_of_clause import names_a_control
from harvester.extract.statements import clause_spans, in_part_of_the_sample
from harvester.extract.types import OTHER_DOMAIN, Finding
from harvester.extract.vocabulary import INVERSE


def way_said(candidates: list[Candidate]) -> list[Candidate]:
    """Results that say only that something differed significantly, given the way the conclusions
    say the treatment moved the outcome ("a significant difference in fatigue between the groups
    (p < 0.001)" ... "massage reduced fatigue"); left out where no conclusion says it, or where
    the conclusions say it only of another instrument ("massage improved the FIM" says nothing of
    the Barthel Index) or say it both ways. A conclusion of a change within an arm speaks only
    for a result within an arm ("differences between pre- and post-test scores")."""
    said = {
        (outcome_key(c.finding), c.measure_key, c.finding.comparison == "within_group"): c.finding
        for c in candidates
        if not c.from_results and c.finding.change in ("increased", "decreased") and not c.finding.hedged
    }
    kept, unsaid = [], []
    for candidate in candidates:
        finding = candidate.finding
        if candidate.from_results and _differed_unsaid(finding):
            ways = {
                (way.change, way.direction)
                for (outcome, measure, within), way in said.items()
                if outcome == outcome_key(finding)
                and (measure == candidate.measure_key or "" in (measure, candidate.measure_key))
                and (not within or finding.comparison == "within_group")
            }
            if len(ways) != 1:
                unsaid.append(finding)
                continue
            ((change, direction),) = ways
            candidate = restated(candidate, change=change, direction=direction)
        kept.append(candidate)
    return [_tested_as_before(c, unsaid) for c in kept]


def _tested_as_before(candidate: Candidate, unsaid: list[Finding]) -> Candidate:
    """The arms' difference whose way a clause tells with no test of its own, given the p-value
    of its outcome's difference the sentence told just before with no way: "fatigue differed
    between the groups (p = 0.01), with a greater decrease in the massage group"."""
    finding = candidate.finding
    if (
        finding.comparison != "between_groups"
        or finding.p_value
        or finding.change not in ("increased", "decreased")
    ):
        return candidate
    tested = {
        before.p_value
        for before in unsaid
        if before.comparison == "between_groups"
        and before.evidence.start == finding.evidence.start
        and outcome_key(before) == outcome_key(finding)
        and before.p_value
        and significant_p(before.p_value)
    }
    return restated(candidate, p_value=tested.pop()) if len(tested) == 1 else candidate


def comparison_said(candidates: list[Candidate]) -> list[Candidate]:
    """Results of a change whose words leave the comparison open ("participants in the programme
    achieved significant improvement in self-efficacy"), given the comparison the conclusions say
    of the same change of the same measure ("the programme was more effective in improving
    self-efficacy compared to counselling"): against that arm. Left as they were where the
    conclusions say it of another measure, another way, against more than one arm, or hedged, and
    where a result compares the arms in that outcome itself (its own words speak for it)."""
    said: dict[tuple[tuple[str, frozenset[str]], str], set[tuple[str, str, str | None]]] = {}
    for c in candidates:
        finding = c.finding
        if not c.from_results and finding.comparison == "between_groups" and not finding.hedged:
            said.setdefault((outcome_key(finding), c.measure_key), set()).add(
                (finding.change, finding.direction, finding.comparator)
            )
    compared = {outcome_key(c.finding) for c in candidates if c.from_results and _between(c)}
    kept = []
    for candidate in candidates:
        finding = candidate.finding
        ways = said.get((outcome_key(finding), candidate.measure_key), set())
        if (
            candidate.from_results
            and finding.comparison == "unclear"
            and finding.change in ("increased", "decreased")
            and outcome_key(finding) not in compared
            and len(ways) == 1
        ):
            ((change, direction, comparator),) = ways
            if (change, direction) == (finding.change, finding.direction):
                candidate = restated(candidate, comparison="between_groups", comparator=comparator)
        kept.append(candidate)
    return kept


def conclusion_compared(candidates: list[Candidate], controlled: bool) -> list[Candidate]:
    """Conclusions of a controlled trial that leave the comparison open ("massage can reduce
    fatigue", "this study showed that massage improved sleep"), given the comparison the trial
    made: a trial's conclusion speaks for what its arms showed against each other, hedged or not
    ("massage may reduce fatigue": the hedge is the finding's own, and gives no result its way).
    Where the results read the same outcome, their finding is the one ``choose`` keeps."""
    if not controlled:
        return candidates
    return [
        restated(c, comparison="between_groups")
        if not c.from_results
        and c.finding.comparison == "unclear"
        and c.finding.change in ("increased", "decreased")
        else c
        for c in candidates
    ]


def _differed_unsaid(finding: Finding) -> bool:
    """A result that says only that values differed significantly: the arms' ("between the
    groups"), or the tested arm's own before and after ("before and after the intervention in the
    massage group"), which goes the way the conclusions say the treatment moved the outcome."""
    return (
        finding.change == finding.direction == "unclear"
        and (finding.comparison == "between_groups" or finding.within_tested_arm)
        and not finding.hedged
        # "A improved in both groups, but only B differed between groups": its own clause
        and any(
            differed_unsaid(finding.evidence.text[a:b], finding.evidence.text[:a])
            for a, b in clause_spans(finding.evidence.text)
        )
    )


def choose(candidates: list[Candidate], review: bool = False) -> list[Finding]:
    """One finding per (outcome, comparison, time point): the most specific statement wins.

    Between groups, a stated "no difference" wins over an effect read elsewhere for the same
    outcome and time point, unless the two are of measures the abstract names apart
    (``_measures_apart``). In a ``review``, an estimate pooled from the trials stays one of the
    treatment against its comparators beside another measure the review finds alike.
    """
    heard = _arm_changes_beside_no_difference(_heard(candidates), review)
    against = _set_against(heard)
    by_key: dict[_Key, list[Candidate]] = {}
    for candidate in heard:
        finding = candidate.finding
        key = (*outcome_key(finding), finding.comparison + _arm_of(candidate, against), finding.timepoint)
        by_key.setdefault(key, []).append(candidate)
    kept = [c for group in by_key.values() for c in _against_other_arms_too(group, _measures_apart(group))]
    ordered = sorted(kept, key=lambda c: (c.finding.evidence.start, c.finding.domain, c.finding.measure))
    return [c.finding for c in ordered]


_Key = tuple[str, frozenset[str], str, str]  # outcome, comparison (and arm), time point


def _measures_apart(group: list[Candidate]) -> list[Candidate]:
    """The findings kept of one outcome, comparison and time point. Where the results name two of
    the domain's instruments ("the Barthel Index improved (p = 0.01); the FIM did not differ"),
    each keeps the result read for it; else the one finding that wins. Beside these, a measure of
    the domain read another way keeps its own finding ("constipation fell; bowel movement frequency
    did not change"; "relapses were fewer; EDSS did not differ"), so that neither's result
    overrides the other's; the domain's words saying what a kept finding says are a restatement,
    and an unclear reading beside a clear one adds only doubt. An instrument that moved against
    the kept finding's measure to the same good ("pain fell and the pressure pain threshold rose")
    is another measure, never that one told again.
    """
    best: dict[str, Candidate] = {}
    for candidate, measure in zip(group, _aspects_apart(group), strict=True):
        if measure not in best or _wins(candidate, best[measure]):
            best[measure] = candidate
    instruments = [c for key, c in best.items() if key and key != INVERSE]
    kept = instruments if len(instruments) >= 2 else [_winner(group)]
    for candidate in best.values():
        direction = candidate.finding.direction
        if direction != "unclear" and all(c.finding.direction != direction for c in kept):
            kept.append(candidate)
    kept.extend(_moved_against(group, kept))
    return kept


_AGAINST = {"increased": "decreased", "decreased": "increased"}


def _moved_against(group: list[Candidate], kept: list[Candidate]) -> list[Candidate]:
    """The instruments of the group, one each, whose change runs against that of every kept
    finding of the same direction: two measures of opposite polarity."""
    found: dict[str, Candidate] = {}
    for c in group:
        if c.measure_key in ("", INVERSE) or c in kept or c.measure_key in found:
            continue
        alike = [k for k in kept if k.finding.direction == c.finding.direction]
        if alike and all(_AGAINST.get(k.finding.change) == c.finding.change for k in alike):
            found[c.measure_key] = c
    return list(found.values())


# "headache frequency", "headache intensity": the aspect of a domain's words a measure names last.
# Intensity and severity are one aspect, told in two words.
_ASPECT = Caseless(r"\b(?P<aspect>frequency|intensity|severity|duration|days|interference)\s*(?:\(.*)?$")
_ONE_ASPECT = {"severity": "intensity"}
# "the duration of diarrhoea", "the incidence of diarrhoea": the aspect a statement names just
# before the domain's words, where the measure read is those words alone.
_ASPECT_BEFORE = Caseless(
    r"\b(?P<aspect>incidence|frequency|intensity|severity|duration)\s+of\s+(?:the\s+)?$"
)


def _aspects_apart(group: list[Candidate]) -> list[str]:
    """Each candidate's measure, as ``_measures_apart`` keeps them apart: its ``measure_key``, and
    for the domain's own words the aspect they name, where every one of them names an aspect
    ("headache frequency did not differ; headache intensity fell more with massage": two
    measures, neither's result the other's). Where the domain's words name no aspect ("pain"), an
    aspect of it may be the same measure told at more length, and all are one."""
    aspects = [_aspect_of(c) for c in group]
    if any(not c.measure_key and not aspect for c, aspect in zip(group, aspects, strict=True)):
        aspects = [""] * len(group)
    apart = _named_apart(group)
    return [
        f"words:{c.measure_key}:{c.finding.measure.lower()}" if c in apart else c.measure_key or aspect
        for c, aspect in zip(group, aspects, strict=True)
    ]


def _named_apart(group: list[Candidate]) -> list[Candidate]:
    """The domain's own words that one result sentence names apart, each with a result of its own
    ("reduced urgency episodes (p = 0.04), but did not reduce incontinence episodes"; "gait
    velocity and stride length increased"; "reduced falls and the fear of falling", both scored
    against the domain's way): two measures of one domain, neither named within the other
    (``candidates.named_apart``), so that neither's result overrides or hides the other's; so too
    such words in results of their own that read differently ("sway decreased (p = 0.03)" ...
    "falls did not differ"); none where no sentence does so."""
    by_sentence: dict[int, list[Candidate]] = {}
    for c in group:
        if c.from_results and c.measure_key in ("", INVERSE) and not c.by_reference:
            by_sentence.setdefault(c.finding.evidence.start, []).append(c)
    for told in by_sentence.values():
        if named_apart({c.finding.measure for c in told}):
            return told
    told = [c for same in by_sentence.values() for c in same if c.finding.direction != "unclear"]
    if len({c.finding.direction for c in told}) > 1 and share_no_word({c.finding.measure for c in told}):
        return told  # "sway decreased (p = 0.03)" ... "falls did not differ": two measures, two results
    return []


def _aspect_of(candidate: Candidate) -> str:
    """The aspect of the domain's own words a finding reads: named last in its measure ("headache
    frequency"), else just before the measure in the statement ("the duration of diarrhoea did
    not differ"); none for an instrument or the domain's inverse words, whose key keeps them apart."""
    if candidate.measure_key:
        return ""
    measure = candidate.finding.measure
    said = _ASPECT.search(measure)
    if said is None:
        low = candidate.finding.evidence.text.lower()
        at = low.find(measure.lower())
        said = _ASPECT_BEFORE.search(low[:at]) if at > 0 else None
    if said is None:
        return ""
    aspect = said.group("aspect").lower()
    return "aspect:" + _ONE_ASPECT.get(aspect, aspect)


def _against_other_arms_too(group: list[Candidate], kept: list[Candidate]) -> list[Candidate]:
    """Beside the findings kept, an arm set against another arm its own words name, with the same
    result: in a trial of three arms, "fatigue decreased in the reflexology and stretching groups
    compared with the control group" and "reflexology was more effective than stretching in
    reducing fatigue" are two comparisons, each its own finding. Only where the result agrees with
    the one kept: a result that differs against another arm is left to the no difference winning."""
    ways = {c.finding.direction for c in kept if _between(c)}
    if len(ways) != 1 or ways & {"unclear", "no_difference"}:
        return kept
    against = {c.finding.comparator for c in kept}
    added: dict[str, Candidate] = {}
    for candidate in group:
        finding = candidate.finding
        if (
            _between(candidate)
            and candidate.own_comparator
            and finding.comparator
            and finding.comparator not in against
            and finding.direction in ways
            and (finding.comparator not in added or _wins(candidate, added[finding.comparator]))
        ):
            added[finding.comparator] = candidate
    return kept + list(added.values())


def _winner(group: list[Candidate]) -> Candidate:
    winner = group[0]
    for candidate in group[1:]:
        if _wins(candidate, winner):
            winner = candidate
    return winner


def _heard(candidates: list[Candidate]) -> list[Candidate]:
    """The statements that speak for their outcome: every result; a reference to "any of the
    outcomes", and a conclusion, only for an outcome no result names, or to say the arms did not
    differ where no result compares them in words of its own ("all improved from baseline in both
    groups; reflexology was not superior to sham for any outcome")."""
    from_results = {outcome_key(c.finding) for c in candidates if c.from_results and not c.by_reference}
    result_words = {w for key in from_results for w in key[1]}
    compared = {
        outcome_key(c.finding) for c in candidates if c.from_results and not c.by_reference and _between(c)
    }

    def heard(candidate: Candidate) -> bool:
        outcome = outcome_key(candidate.finding)
        if candidate.by_reference and _named_in(outcome, from_results):
            return _alike(candidate) and not _named_in(outcome, compared)
        if candidate.from_results:
            return True
        named = outcome in from_results or (
            candidate.finding.domain == OTHER_DOMAIN and bool(outcome[1] & result_words)
        )
        return not named or (_alike(candidate) and outcome not in compared)

    return [c for c in candidates if heard(c)]


def _arm_changes_beside_no_difference(candidates: list[Candidate], review: bool) -> list[Candidate]:
    """An effect read as against the other arm though its words name none ("massage reduced pain
    (p < 0.01)"), where a result states that the arms did not differ in the same measure at the same
    time ("the differences between the groups were not significant"): the arm's own change over
    time, as in a sham-controlled trial where both arms improved and neither more. Against the
    other arm it would contradict the stated no difference and be left out, losing the change.
    Not a comparative ("TLC was higher in the intervention group"): one arm set against another.
    Nor an effect set in words against an arm ("reduced pain compared with control") where the
    arms said alike are others, each named ("pain did not differ between the massage and
    exercise groups", in a trial of three arms): two comparisons, neither the other's. Nor the
    whole sample's effect beside a subgroup's likeness ("in patients with a volume under 300 ml,
    the rates did not differ"): the subgroup's result says nothing of the whole sample's arms.
    Nor an effect on an aspect of the measure other than every one said alike ("reduced the
    incidence of diarrhoea" beside "the duration of diarrhoea did not differ"): two measures.
    Nor, in a ``review``, an estimate pooled from the trials of a measure apart from those said
    alike (``_pooled_apart``): the treatment against its comparators."""
    alike: dict[tuple[tuple[str, frozenset[str]], str, str, bool], set[str | None]] = {}
    aspects: dict[tuple[tuple[str, frozenset[str]], str, str, bool], set[str]] = {}
    named: dict[tuple[tuple[str, frozenset[str]], str, str, bool], set[str]] = {}
    for c in candidates:
        if c.from_results and _alike(c):
            key = _likeness_key(c)
            alike.setdefault(key, set()).add(c.finding.comparator if c.own_comparator else None)
            aspects.setdefault(key, set()).add(_aspect_of(c))
            named.setdefault(key, set()).add(c.finding.measure)
    kept = []
    for c in candidates:
        key = _likeness_key(c)
        if not (
            _between(c)
            and c.from_results
            and not c.own_comparator
            and c.finding.change in ("increased", "decreased")
            and key in alike
            and not _another_aspect(c, aspects[key])
            and not (review and _pooled_apart(c, named[key]))
        ):
            kept.append(c)
        elif _against_another_arm(c, alike[key]):
            kept.append(replace(c, own_comparator=True))  # kept apart from the others' likeness
        elif _COMPARATIVE.search(c.finding.evidence.text):
            kept.append(c)
        else:
            kept.append(restated(c, comparison="within_group", comparator=None))
    return kept


def _pooled_apart(candidate: Candidate, alike: set[str]) -> bool:
    """Whether a review's estimate pooled from the trials (``pooled_against_comparators``) is of
    a measure sharing no word with any the review finds alike ("improved memory (SMD 0.31, ...)"
    beside "no difference in executive function"): each its own comparison with the trials'
    comparators. Where they share words, one may be the other told again."""
    measure = candidate.finding.measure
    return pooled_against_comparators(candidate.finding.evidence.text) and all(
        share_no_word({measure, other}) for other in alike
    )


def _another_aspect(candidate: Candidate, alike: set[str]) -> bool:
    """Whether a finding names an aspect of its measure, and every statement of the arms alike
    names another: where one names none ("pain did not differ"), it may be the same measure."""
    aspect = _aspect_of(candidate)
    return bool(aspect) and "" not in alike and aspect not in alike


def _likeness_key(candidate: Candidate) -> tuple[tuple[str, frozenset[str]], str, str, bool]:
    """The outcome, measure and time point of a finding, and whether it is a subgroup's."""
    finding = candidate.finding
    part = in_part_of_the_sample(finding.evidence.text)
    return (outcome_key(finding), candidate.measure_key, finding.timepoint, part)


_COMPARATIVE = Caseless(r"\b(?:" + "|".join(COMPARATIVE_WORDS) + r")\b")
_AGAINST_AN_ARM = Caseless(AGAINST_AN_ARM)


def _against_another_arm(candidate: Candidate, alike: set[str | None]) -> bool:
    """Whether an effect is set in words against an arm, and the arms said alike are all named,
    none of them that arm nor any control by another name ("usual care" may be "the control
    group" told again)."""
    comparator = candidate.finding.comparator
    return (
        comparator is not None
        and None not in alike
        and comparator not in alike
        and not any(names_a_control(arm) for arm in alike if arm)
        and bool(_AGAINST_AN_ARM.search(candidate.finding.evidence.text))
    )


def _named_in(outcome: tuple[str, frozenset[str]], results: set[tuple[str, frozenset[str]]]) -> bool:
    """Whether a result names the outcome, perhaps at more length: "objective response rate
    (ORR)" names the methods' "objective response rate"."""
    if outcome in results:
        return True
    return bool(outcome[1]) and any(key[0] == outcome[0] and outcome[1] <= key[1] for key in results)


def _alike(candidate: Candidate) -> bool:
    return _between(candidate) and candidate.finding.direction == "no_difference"


def _between(candidate: Candidate) -> bool:
    return candidate.finding.comparison == "between_groups"


def _set_against(candidates: list[Candidate]) -> dict[tuple[tuple[str, frozenset[str]], str], set[str]]:
    """For each outcome and time point, the comparators its between-group findings name in their
    own words."""
    named: dict[tuple[tuple[str, frozenset[str]], str], set[str]] = {}
    for c in candidates:
        if _between(c) and c.own_comparator and c.finding.comparator:
            named.setdefault((outcome_key(c.finding), c.finding.timepoint), set()).add(c.finding.comparator)
    return named


def _arm_of(candidate: Candidate, against: dict[tuple[tuple[str, frozenset[str]], str], set[str]]) -> str:
    """Which arm a within-group finding is about, as far as the key can tell: the comparator's
    when named, else its change, so "rose in group A, no change in group B" keeps both; between
    groups, which comparator, where the abstract names several for the outcome and time point
    ("lower than with usual care, but not than with sham" keeps both)."""
    finding = candidate.finding
    dose = f" [{candidate.dose}]" if candidate.dose else ""  # another dose's arm: "but not with 5 mg"
    if finding.comparison == "between_groups":
        several = len(against.get((outcome_key(finding), finding.timepoint), ())) >= 2
        return (f" ({finding.comparator})" if several and candidate.own_comparator else "") + dose
    if finding.comparison != "within_group":
        return dose
    return f" ({finding.comparator or finding.change})" + dose


def _wins(candidate: Candidate, incumbent: Candidate) -> bool:
    new, old = candidate.finding, incumbent.finding
    if (
        new.comparison == "between_groups"
        and candidate.from_results == incumbent.from_results
        and (new.direction == "no_difference") != (old.direction == "no_difference")
    ):
        part = in_part_of_the_sample(new.evidence.text)
        if part != in_part_of_the_sample(old.evidence.text):
            return not part  # the whole sample's result, not a subgroup's, speaks for the outcome
        return new.direction == "no_difference"
    return _specificity(candidate) > _specificity(incumbent)


def _specificity(candidate: Candidate) -> tuple[int, ...]:
    finding = candidate.finding
    return (
        int(candidate.from_results),
        int(finding.p_value is not None or finding.statistic is not None),
        int(not finding.hedged),
        int(finding.direction != "unclear"),
        -finding.evidence.start,  # ties go to the earlier sentence
    )


def effects_left_open(found: list[Finding], controlled: bool) -> list[Finding]:
    """In a controlled trial, a result whose comparison neither the rules nor the judge could
    settle ("significant improvements were found in walking (p < 0.05)", "walking speed tended
    to be faster (p = 0.08)": no arm named, no time span, no baseline): the trial's comparison
    of its arms, which is what such a trial reports its results as. Left open where the measure
    already has a between-group finding at that time (two findings would then say one
    comparison), and in a study without a comparator, whose changes are over time."""
    if not controlled:
        return found
    compared = {_measured_when(f) for f in found if f.comparison == "between_groups"}
    return [
        replace(f, comparison="between_groups")
        if f.comparison == "unclear" and _measured_when(f) not in compared
        else f
        for f in found
    ]


def _measured_when(finding: Finding) -> tuple[str, str, str]:
    """A finding's domain, measure as named (either case) and time point."""
    return finding.domain, finding.measure.lower(), finding.timepoint
