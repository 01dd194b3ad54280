"""Findings: what each abstract reports for each outcome, quoted sentence by sentence.

A finding is read from one statement (a sentence, or a clause of it: "pain fell in both groups,
but massage was not superior to sham" states two things) with explainable rules; this module
decides which statements speak for which outcome, ``readings`` what each one says:

* the outcome domain and measure come from the outcome vocabulary; an outcome outside it is
  domain ``other``, named as the abstract names it (``measures.open_measures``), and a
  statement that names no outcome ("but the difference was not significant") speaks for the
  outcome its sentence named before it, "the primary outcome" for the one the methods name, and
  "any of the outcome measures" for each the methods list (unless it has a result of its own);
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
from dataclasses import replace
from functools import lru_cache

from harvester.extract.arms import INT, labelled_arms, randomized_arms
from harvester.extract.candidates import Arms, Candidate, Known, Statement, outcome_key, restated, segment_key
from harvester.extract.choice import choose, way_said
from harvester.extract.comparators import comparator, comparator_words, title_treatment
from harvester.extract.lists import CONTENT_WORD
from harvester.extract.measures import NO_GOOD_SIDE, acts_on_a_measure, defined_abbreviations
from harvester.extract.mentions import (
    instrument_polarities,
    listed_outcomes,
    outcome_mentions,
    primary_outcome,
    reported_outcomes,
    scale_domains,
    subject_measures,
    waited_for,
    with_open_measures,
)
from harvester.extract.patterns import Caseless, compiled
from harvester.extract.readings import (
    Role,
    active_comparator_against_control,
    active_comparator_first,
    alike_change,
    another_arm_alone,
    arm_roles,
    changes_compared,
    comparator_arm,
    comparison_of,
    differed_unsaid,
    each_arm_changed,
    every_arm_before_comparison,
    favours_active_comparator,
    flipped,
    in_one_arm_only,
    is_hedged,
    listed_before_no_difference,
    listed_under_no_difference,
    lowered,
    names_one_group,
    negates,
    non_inferior_change,
    numbers_change,
    read_change,
    responders_compared,
    significant_p,
    states_result,
    tested_arm_changed,
    times_change,
)
from harvester.extract.sentences import WORD
from harvester.extract.statements import (
    clause_spans,
    compares_subgroups,
    interval_reading,
    is_association,
    is_background,
    is_baseline,
    is_correlation,
    is_hypothetical,
)
from harvester.extract.structure import P_VALUE, STATISTIC, AbstractSentence, abstract_sentences
from harvester.extract.timepoints import first_time_reported, timepoint, when_said
from harvester.extract.types import OTHER_DOMAIN, Finding, StudyFacts
from harvester.extract.vocabulary import DomainMatch, Vocabulary
from harvester.models import Record

# A sentence about the previous one's result: "This difference was not statistically significant."
_REFERS_BACK = compiled(
    r"^(?:However,? |But )?(?:(?:this|the|these|such) (?:(?:between[- ]groups?|overall|observed) )?"
    r"(?:difference|change|effect|improvement|reduction|"
    r"increase|decrease|benefit)s?\b|"
    # "There was no significant difference between the two groups.": the arms' comparison of what
    # the sentence before measured in each
    r"there (?:was|were) no (?:statistically )?(?:significant )?differences? between (?:the )?"
    r"(?:(?:two|three|four|\d) )?(?:groups|arms)\b|"
    r"no (?:statistically )?significant differences? (?:was|were) (?:found|observed|seen|detected) "
    r"between (?:the )?(?:(?:two|three|four|\d) )?(?:groups|arms)\b)",
    re.IGNORECASE,
)
# A list item naming an outcome of its own ("; and less teasing of younger children"): when the
# outcome is not recognised, the item is not about the outcome named before it.
_OWN_ITEM = compiled(
    r"^(?:and |or )?(?:an? )?(?:less|more|greater|higher|lower|fewer|better|worse|reduced|increased|"
    r"decreased|improved)\s+(?:levels? of\s+)?(?!(?:than|in|at|after|with|for|among|between|compared|"
    r"significant\w*|statistically|over|during|by|from|to|the|scores?|values?|levels?|rates?|means?|"
    r"medians?|numbers?|results?|changes?|effects?|improvements?|reductions?|increases?|decreases?|"
    r"differences?|proportions?|percentages?|gains?|benefits?)\b)[a-z][\w'’-]+",
    re.IGNORECASE,
)
# "...; compliance was similar": after a description of the groups, more of the same.
_ALIKE_TOO = compiled(r"[^.;]{0,80}?\b(?:was|were)\s+(?:also\s+)?(?:similar|comparable)\b", re.IGNORECASE)
# "..., but more so in the massage group", "and less so with sham": the change before, compared.
_MORE_SO = compiled(
    r"^\W*(?:(?:but|and|though|although)\s+)?(?:\w+ly\s+|even\s+|much\s+|far\s+)?(?P<more>more|less)\s+"
    r"(?:so\b|(?=(?:in|with|among|for|after) ))",
    re.IGNORECASE,
)
_BOTH_COMPARISONS = compiled(r"\b(?:between (?:and|or) within|within (?:and|or) between)\b", re.IGNORECASE)
# "did not vary in any of the comparisons and in none of the groups": a lack of difference between
# the arms and of change within each, said apart.
_ARMS_NAMED = Caseless(
    r"\b(?:between[- ](?:the )?(?:two |three )?groups?|between-group|any of the comparisons|"
    r"the groups did not differ)\b"
)
_EACH_ARM_NAMED = Caseless(
    r"\b(?:in (?:none|any) of the (?:groups|arms)|in (?:either|neither|each) (?:group|arm)|"
    r"within (?:either|each|any) (?:group|arm)|within[- ]groups?|over time)\b"
)
# "increased in the massage group only (between-group difference p = 0.19)": the comparison too.
_BETWEEN_P = compiled(
    r"\bbetween[- ]groups?(?: differences?| comparisons?)?[^.;()\[\]]{0,20}?"
    r"(?P<p>\b[Pp]\s*(?:[<>=≤≥]|&lt;|&gt;)\s*0?\.\d+)"
)
# "all other clinical endpoints", "any of the secondary outcome measures": which of the list.
_OF_THE_LIST = r"(?:(?:other|remaining|secondary|clinical|efficacy|study|measured) )*"
_ANY_OUTCOME = Caseless(
    rf"\b(?:for|in|on) (?:any|all|each) (?:of )?(?:the )?{_OF_THE_LIST}"
    r"(?:outcomes?|outcome measures?|end-?points?|measures|parameters|variables)\b|"
    rf"^\W*(?:all|none of|neither of) (?:the )?{_OF_THE_LIST}"
    r"(?:outcomes?|outcome measures?|end-?points?|measures|parameters|variables)\b"
)
_PRIMARY = compiled(r"\bprimary (?:outcome|end-? ?point)s?(?: measures?)?\b", re.IGNORECASE)
_WORD_START = compiled(r"\b\w")
# A number as results give it, not one inside a word or a p-value's threshold: "53.3", "46%".
_A_NUMBER = compiled(r"(?<![\w.])\d+(?:[.·]\d+)?(?![\w.])")
# "were not significantly higher": the words that qualify a result word just before it.
_QUALIFIERS_BEFORE = compiled(
    r"(?:\b(?:not|no|non|significantly|statistically|significant|were|was|is|are|also|further)\s+)+$",
    re.IGNORECASE,
)
# Nouns naming a change, as in "a reduction in pain".
_CHANGE_NOUNS = (
    r"(?:increases?|decreases?|reductions?|rises?|falls?|declines?|improvements?|gains?|elevations?|drops?)"
)
# The next outcome's lead-in at the end of a stretch: "reduction in vascular deaths, along with a
# non-significant reduction in all" - the non-significance is the next outcome's.
_NEXT_LEAD_IN = Caseless(
    r"(?:,\s*|\s+)(?:(?:and|or|along with|together with|with|while|whereas)\s+)?(?:an?\s+|the\s+)?"
    r"(?:(?:statistically\s+)?(?:non-?)?significant(?:ly)?\s+|no\s+)?"
    r"(?:(?:greater|higher|larger|smaller|lower|more|less|further|slight|small|marked)\s+)?"
    rf"{_CHANGE_NOUNS}"
    r"\s+(?:in|of)\s+(?:(?:the|all|total|other|its|their)\s+){0,2}$"
)
# "Two trials found reflexology superior ..., while two found no difference": the studies a review
# pooled, some one way and some the other.
_STUDIES_DISAGREE = Caseless(
    r"\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|some|several|most) (?:of (?:the|these) )?"
    r"(?:\w+ )?(?:trials?|studies|rcts)\b[^.;]{0,120}?[,;]?\s*(?:while|whereas|but|and)\s+"
    r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|others?|the others?|the remaining(?: \w+)?)\b"
    r"[^.;]{0,30}?\b(?:found|showed|reported|observed|demonstrated)\b"
)
# "with no difference between aromatherapy and plain massage": what two arms were compared.
_BETWEEN_TWO = compiled(r"\bbetween (?P<x>(?:[\w+-]+ ){1,4}?)and (?P<y>[\w+-]+(?: [\w+-]+){0,3})")
# People who had an improvement, counted: their numbers are shares of people, not the outcome's level.
_WHO_IMPROVED = Caseless(
    r"\b(?:patients|participants|subjects|people|women|men|children|infants)\b[^.;]{0,40}?"
    r"\b(?:reported|had|showed|experienced|achieved)\s+(?:an?\s+|any\s+)?(?:improved|improvements?|better|relief)\b"
)
# A clause that is only "not in" another arm: "..., but not in the group given advice".
_BUT_NOT_IN = compiled(r"^\W*(?:but\s+)?not\s+(?:in|among|after|following)\b")
# "We did not find that X improves ...": the claim after it is negated whole.
_NEGATED_CLAIM = compiled(r"\b(?:not|no evidence|failed to) (?:\w+ ){0,2}?(?:that|whether)\b[^,;]*$")
# "a decrease in TG and an increase in HDL": the change noun just before an outcome is its own,
# whatever change an earlier outcome's words name before it.
_OWN_CHANGE_NOUN = Caseless(
    r"\b(?:(?:no|any|without)\s+)?(?:(?:an?|the)\s+)?(?:(?:statistically\s+)?significant(?:ly)?\s+)?"
    r"(?:(?:greater|higher|larger|smaller|lower|more|less|further)\s+)?(?:(?:mean|average|median)\s+)?"
    rf"{_CHANGE_NOUNS}"
    r"\s+(?:in|of)\s+(?:the\s+)?(?:mean\s+|serum\s+|plasma\s+)?$"
)
# A stretch that ends joined to the next item: "reductions in A and", "A,".
_JOINED = compiled(r"(?:,|\band|\bor)\s*$")
_READ_ROLES = ("methods", "results", "conclusions")


def findings(
    record: Record, vocabulary: Vocabulary, facts: StudyFacts, sentences: list[AbstractSentence] | None = None
) -> tuple[list[Finding], list[str]]:
    """(findings, domains measured but not reported) for one record; ``sentences`` are its
    ``abstract_sentences``, when the caller has them already."""
    sentences = abstract_sentences(record) if sentences is None else sentences
    if facts.duration_weeks is None:
        facts = replace(facts, duration_weeks=first_time_reported(sentences))
    mentions = [
        outcome_mentions(s.evidence.text, vocabulary) if s.role in _READ_ROLES else [] for s in sentences
    ]
    known = Known(
        primary=primary_outcome(sentences, vocabulary),
        listed=listed_outcomes(sentences, vocabulary),
        reported=reported_outcomes(sentences, mentions),
        scored=instrument_polarities(mentions, vocabulary),
        spelled=defined_abbreviations(" ".join(s.evidence.text for s in sentences)),
        scales=scale_domains(sentences, mentions, vocabulary),
    )
    methods = [s.evidence.text for s in sentences if s.role == "methods"]
    arms = Arms(
        arm_roles(vocabulary, facts.interventions, record.title or "", methods),
        labelled_arms(methods, record.title or "", vocabulary, facts.interventions),
        comparator_words(facts, vocabulary),
        title_treatment(record.title or "", vocabulary),
        frozenset(randomized_arms(methods, vocabulary)[1]),
    )
    candidates: list[Candidate] = []
    carried: list[DomainMatch] = []
    for sentence, named in zip(sentences, mentions):
        if sentence.role in ("results", "conclusions"):
            if not _REFERS_BACK.match(sentence.evidence.text):
                carried = []
            read, carried = _sentence_findings(sentence, named, vocabulary, facts, known, carried, arms)
            candidates.extend(read)
    chosen = choose(way_said(candidates))
    reported = {f.domain for f in chosen}
    measured = [
        m.domain for sentence, named in zip(sentences, mentions) if sentence.role == "methods" for m in named
    ]
    not_reported = [d for d in dict.fromkeys(measured) if d not in reported]
    return chosen, not_reported


_ASSOCIATED = compiled(r"\bassociated with\b", re.IGNORECASE)


def _an_arm_associated(clause: str, arms: Role) -> bool:
    """ "Reflexology was associated with less dyspnoea than usual care": an arm, the subject of
    "associated with", had the result; "higher anxiety was associated with greater fatigue" ties
    one measure to another, and is no result of the trial."""
    said = _ASSOCIATED.search(clause)
    return said is not None and any(arms(w) for w in WORD.findall(clause[: said.start()].lower()))


def _sentence_findings(
    sentence: AbstractSentence,
    named: list[DomainMatch],
    vocabulary: Vocabulary,
    facts: StudyFacts,
    known: Known,
    carried: list[DomainMatch],
    arms: Arms,
) -> tuple[list[Candidate], list[DomainMatch]]:
    """The findings of one sentence, whose outcome mentions are ``named``, and the outcomes it
    speaks of last; ``carried`` are the previous sentence's, for "This difference was not
    significant"; ``arms`` say which arm a word or a label names."""
    text = sentence.evidence.text
    if not _reports(text):
        return [], named or carried  # most sentences state no result: read no further
    matches = [
        replace(m, polarity=known.scored[m.domain]) if m.domain in known.scored and not m.is_instrument else m
        for m in named
    ]
    matches = [waited_for(m, text) for m in matches]
    found: list[Candidate] = []
    previous: list[DomainMatch] = carried
    described = False  # a clause of the sentence described the groups at baseline
    referred: list[DomainMatch] = []  # the methods' list, when a clause spoke of all of it
    for start, end in clause_spans(text):
        clause = text[start:end]
        own = [_shifted(m, -start) for m in matches if start <= m.start < end]
        # "brisk walking lowered triglycerides": walking is what was done, not what changed
        own = [
            m
            for m in own
            if not (vocabulary.domain(m.domain).also_an_activity and acts_on_a_measure(clause, m.end))
        ]
        if not _reports(clause):
            previous = own or subject_measures(clause, sentence.role, known, vocabulary) or previous
            continue  # no result stated here: only an outcome to carry forward
        if is_baseline(clause) or (described and _ALIKE_TOO.match(clause) and not P_VALUE.search(clause)):
            described, previous = True, []
            continue  # "comparable at baseline; compliance was similar": the study described
        associated = is_association(clause) and not _an_arm_associated(clause, arms.words)
        if (
            (is_correlation(clause) and not _treatment_associated(clause, arms.words))
            or is_hypothetical(clause)
            or is_background(clause)
            or compares_subgroups(clause)
            or associated
        ):
            previous = []
            continue
        statement = Statement(clause, text, sentence.evidence, sentence.role == "results", arms)
        if statement.from_results and not _PRIMARY.search(clause) and not associated:
            own, listed = with_open_measures(clause, own, known, vocabulary)
        else:
            listed = []
        if not own and _PRIMARY.search(clause) and known.primary:
            own = [replace(m, start=0, end=0) for m in known.primary]
        meant = known.listed or known.reported  # what "any of the outcomes" means here
        by_reference = (
            not own
            and bool(meant)
            and bool(_ANY_OUTCOME.search(clause))
            and len(P_VALUE.findall(clause)) <= 1  # "a fall (p > 0.05), then a rise (p < 0.05) in all"
        )
        if by_reference:
            own = referred = [replace(m, start=0, end=0) for m in meant]
        if not own and _MORE_SO.match(clause):
            found.extend(_more_so(found, clause, arms.words))
            continue  # "but more so in the massage group": the change before, compared
        if not own and _OWN_ITEM.match(clause):
            previous = []
            continue  # an outcome of its own, not recognised: never the one named before
        inherited = not own and bool(previous)
        if inherited and _between_tested_arms(clause, arms.words):
            continue  # "..., with no difference between two tested arms": not their comparison with control
        if inherited:
            # "all other endpoints favoured A, but none differed": still the list, for what
            # no result of its own names
            by_reference = previous is referred
            own = [replace(m, start=0, end=0) for m in previous]
            referred = own if by_reference else referred
        read = [
            Candidate(finding, statement.from_results, by_reference)
            for key, (seg_start, seg_end, lead) in _segments(own, len(clause)).items()
            if (
                finding := _finding(
                    clause[seg_start:seg_end],
                    _lead_in(clause, lead, seg_end),
                    statement,
                    key,
                    own,
                    vocabulary,
                    facts,
                )
            )
        ]
        read = _each_arm_from_to(read, clause, arms.words)
        read.extend(_between_too(read, clause, arms.words))
        read.extend(_within_too(read, clause, arms.words))
        read.extend(_both_ways(read, clause))
        read.extend(_listed_alike(read, listed, clause, statement.arms.labels))
        read.extend(_changed_as_much(read, clause, own))
        read.extend(_every_arm_too(read, clause))
        if inherited and _BUT_NOT_IN.match(clause):
            # "reduced in the massage group, but not in the group given advice": the other arm's
            # lack of change, kept only where the arm is known to be the comparator
            read = [c for c in read if c.finding.comparison != "within_group" or c.finding.comparator]
        if inherited and not _of_another_arm(read, clause):
            found = _qualified(found, read)
        found.extend(read)
        previous = own or previous
    if _STUDIES_DISAGREE.search(text):
        # "two trials found A superior for X, while two found no difference": conflicting results
        found = [restated(c, change="unclear", direction="unclear", hedged=True) for c in found]
    if any(c.finding.comparison == "between_groups" for c in found):
        against = comparator(text, facts, vocabulary, arms)
        found = [
            restated(c, comparator=against) if c.finding.comparison == "between_groups" else c for c in found
        ]
    return found, previous


# "Massage was associated with improvements in fatigue": the treatment's effect, not a correlation.
_ASSOCIATED_CHANGE = Caseless(
    r"^\W*(?:the\s+)?(?P<subject>[\w-]+)(?:\s+[\w-]+){0,3}?\s+(?:was|were)\s+associated\s+with\s+(?:the\s+)?"
    r"(?:(?:statistically\s+)?significant\s+)?(?:improvement|reduction|increase|decrease|benefit)s?\s+in\b"
)


def _treatment_associated(clause: str, arms: Role) -> bool:
    said = _ASSOCIATED_CHANGE.search(lowered(clause))
    return (
        said is not None and arms(said.group("subject")) == "INT" and not is_correlation(clause[said.end() :])
    )


def _reports(text: str) -> bool:
    """Whether a text states a result: in words, with a p-value, or as an estimate with its
    interval ("the hazard ratio for death was 1.13 (95% CI 0.68 to 1.89)")."""
    return bool(states_result(text) or P_VALUE.search(text) or interval_reading(text))


def _more_so(found: list[Candidate], clause: str, arms: Role) -> list[Candidate]:
    """ "Pain fell in both groups, but more so in the massage group (p = 0.03)": the change the
    sentence gave every arm, greater in one, is that change against the other arm; "less so", or
    "more so" in the control arm, is the other way round. Nothing where the arm is not known."""
    said = _MORE_SO.match(clause)
    roles = {arms(word) for word in CONTENT_WORD.findall(clause.lower())} - {None}
    if said is None or len(roles) != 1:
        return []
    tested_more = (roles == {"INT"}) == (said.group("more") == "more")
    compared = {outcome_key(c.finding) for c in found if c.finding.comparison == "between_groups"}
    p_value = _first(P_VALUE, clause)
    added = []
    for candidate in found:
        finding = candidate.finding
        if finding.comparison != "within_group" or finding.comparator or outcome_key(finding) in compared:
            continue
        if finding.change not in ("increased", "decreased"):
            continue
        change = finding.change if tested_more else flipped((finding.change, finding.direction))[0]
        direction = _turned(finding, change)
        if p_value and not significant_p(p_value):
            change = direction = "no_difference"  # "more so in the massage group (p = 0.3)"
        added.append(
            restated(
                candidate,
                change=change,
                direction=direction,
                comparison="between_groups",
                p_value=p_value,
                statistic=None,
            )
        )
    return added


def _every_arm_too(read: list[Candidate], clause: str) -> list[Candidate]:
    """ "Both groups improved in pain, and the improvement was greater with massage": better than
    the comparator, and a change within every arm, two findings; the arms' own change is read
    from the words before the comparison ("both groups improved, but the control group improved
    more" is a loss against the comparator and an improvement in each arm)."""
    if not any(c.finding.comparison == "between_groups" for c in read):
        return []  # the cheap screen: nothing compared here
    before = every_arm_before_comparison(clause)
    if before is None:
        return []
    within = {outcome_key(c.finding) for c in read if c.finding.comparison == "within_group"}
    added = []
    for candidate in read:
        finding = candidate.finding
        if finding.comparison != "between_groups" or outcome_key(finding) in within:
            continue
        if finding.change not in ("increased", "decreased"):
            continue  # the measure's good side is read off its change and direction
        mention = DomainMatch(finding.domain, finding.measure, 0, 0, _polarity_of(finding))
        reading = read_change(before, before, [mention], None)
        if reading is None or reading[0] not in ("increased", "decreased") or reading[1] == "unclear":
            continue
        change, direction = reading
        added.append(
            restated(
                candidate,
                change=change,
                direction=direction,
                comparison="within_group",
                comparator=None,
                p_value=None,
                statistic=None,
            )
        )
    return added


def _polarity_of(finding: Finding) -> str:
    """The polarity a finding was read with, from its change and direction."""
    if finding.direction == "not_applicable":
        return NO_GOOD_SIDE
    improved = finding.direction == "improved"
    return "lower_is_better" if (finding.change == "decreased") == improved else "higher_is_better"


def _changed_as_much(read: list[Candidate], clause: str, own: list[DomainMatch]) -> list[Candidate]:
    """ "Drug A lowered BNP at least as much as drug B": no difference between the arms, and BNP
    fell with drug A, two findings; so too "pain improved similarly in both groups"."""
    if not any(word in clause for word in ("as ", "inferior", "similar", "equal", "same", "compara")):
        return []  # the cheap screen: no non-inferiority wording, nor arms alike
    changed = {outcome_key(c.finding) for c in read if c.finding.comparison == "within_group"}
    added = []
    for candidate in read:
        finding = candidate.finding
        if finding.comparison != "between_groups" or finding.direction != "no_difference":
            continue
        if outcome_key(finding) in changed:
            continue
        mention = [m for m in own if segment_key(m) == _segment_key_of(finding)]
        reading = (
            (non_inferior_change(clause, mention[:1]) or alike_change(clause, mention[:1]))
            if mention
            else None
        )
        if reading and not (finding.domain == OTHER_DOMAIN and reading[1] == "unclear"):
            change, direction = reading
            within = replace(
                finding, change=change, direction=direction, comparison="within_group", comparator=None
            )
            added.append(replace(candidate, finding=within))
    return added


def _segment_key_of(finding: Finding) -> str:
    return finding.domain if finding.domain != OTHER_DOMAIN else f"{OTHER_DOMAIN}:{finding.measure}"


def _listed_alike(
    read: list[Candidate], listed: list[tuple[DomainMatch, str]], clause: str, labels: dict[str, str]
) -> list[Candidate]:
    """The open items listed before a vocabulary outcome share its result: in "no significant
    differences in A, B or pain" A and B did not differ either, and in "greater improvements in A
    and social functioning" A improved too. A raw rise or fall is read again through the items'
    own good side ("increases in A and pain" says nothing of whether A got better), and dropped
    where that is not known."""
    shared = []
    for items, domain in listed:
        for c in read:
            if c.finding.domain != domain:
                continue
            finding = replace(c.finding, domain=OTHER_DOMAIN, measure=items.measure)
            if c.finding.direction != "no_difference":
                reading = read_change(
                    clause, clause, [replace(items, start=0, end=0)], c.finding.p_value, labels
                )
                if reading is None or reading[1] in ("unclear", "no_difference"):
                    continue
                finding = replace(finding, change=reading[0], direction=reading[1])
            shared.append(replace(c, finding=finding))
    return shared


def _both_ways(read: list[Candidate], clause: str) -> list[Candidate]:
    """ "did not vary either between or within groups": no difference between the arms, and no
    change within them, two findings."""
    if not _BOTH_COMPARISONS.search(clause) and not (
        _ARMS_NAMED.search(clause) and _EACH_ARM_NAMED.search(clause)
    ):
        return []
    other = {"between_groups": "within_group", "within_group": "between_groups"}
    return [
        restated(c, comparison=other[c.finding.comparison])
        for c in read
        if c.finding.direction == "no_difference" and c.finding.comparison in other
    ]


def _each_arm_from_to(read: list[Candidate], clause: str, arms: Role) -> list[Candidate]:
    """ "Pain fell from 3.2 to 0.9 with massage and from 3.0 to 2.7 with usual care (p < 0.001)":
    one p-value after each arm's values before and after compares the arms, the greater fall
    with massage, besides the change within the massage arm, which is not the comparator's."""
    if len(P_VALUE.findall(clause)) != 1 or _BETWEEN_P.search(clause):
        return read
    relative = each_arm_changed(clause, arms)
    if relative is None:
        return read
    p_value = _first(P_VALUE, clause) or ""
    compared = {outcome_key(c.finding) for c in read if c.finding.comparison == "between_groups"}
    kept, added = [], []
    for candidate in read:
        finding = candidate.finding
        if finding.comparison != "within_group" or finding.change not in ("increased", "decreased"):
            kept.append(candidate)
            continue
        kept.append(restated(candidate, comparator=None))
        if outcome_key(finding) in compared:
            continue
        differ = significant_p(p_value)
        between = replace(
            finding,
            change=relative if differ else "no_difference",
            direction=_turned(finding, relative) if differ else "no_difference",
            comparison="between_groups",
            comparator=None,
        )
        added.append(replace(candidate, finding=between))
    return kept + added


def _between_too(read: list[Candidate], clause: str, arms: Role) -> list[Candidate]:
    """The comparison a within-group statement quotes beside its change: "improved in the massage
    group only (between-group difference p = 0.19)" is also no difference between the groups, and
    with p = 0.01 an improvement against the other arm, the one that did not change, or against
    the arm that changed less by the values given for each ("from 5.1 to 3.2 in the massage group
    and from 5.0 to 4.8 in the control group"). Where both arms may have changed otherwise, or the
    one that changed is the comparator, a significant comparison is left alone: which arm it
    favours is not said."""
    said = _BETWEEN_P.search(clause)
    if said is None:
        return []
    differ = significant_p(said.group("p"))
    both_may_have = differ and not in_one_arm_only(clause)
    relative = each_arm_changed(clause, arms) if both_may_have else None
    if both_may_have and relative is None:
        return []
    compared = {outcome_key(c.finding) for c in read if c.finding.comparison == "between_groups"}
    return [
        restated(
            c,
            change=(relative or c.finding.change) if differ else "no_difference",
            direction=_turned(c.finding, relative) if differ else "no_difference",
            comparison="between_groups",
            comparator=None,
            p_value=said.group("p"),
        )
        for c in read
        if c.finding.comparison == "within_group"
        and not c.finding.comparator  # the change is the tested arm's
        and outcome_key(c.finding) not in compared
        and (not differ or c.finding.direction in ("improved", "worsened", "not_applicable"))
    ]


def _within_too(read: list[Candidate], clause: str, arms: Role) -> list[Candidate]:
    """The tested arm's own change beside a comparison that gives each arm's values before and
    after: "rose from 16.1 to 25.1 in the drug group versus 15.9 to 16.5 in the placebo group
    (p < 0.001)" is a rise against placebo and a rise within the drug group, two findings."""
    if not any(c.finding.comparison == "between_groups" for c in read):
        return []  # the cheap screen: nothing compared here
    moved = tested_arm_changed(clause, arms) if " to " in clause or " by " in clause else None
    if moved is None:
        return []
    within = {outcome_key(c.finding) for c in read if c.finding.comparison == "within_group"}
    return [
        restated(
            c,
            change=moved,
            direction=_turned(c.finding, moved),
            comparison="within_group",
            comparator=None,
            p_value=None,
            statistic=None,
        )
        for c in read
        if c.finding.comparison == "between_groups"
        and c.finding.change in ("increased", "decreased")
        and outcome_key(c.finding) not in within
    ]


def _turned(finding: Finding, change: str | None) -> str:
    """The direction of ``change`` for the finding's measure, read off the finding's own change
    and direction (an increase that improved makes a decrease worse)."""
    if change is None or change == finding.change:
        return finding.direction
    return flipped((change, finding.direction))[1]


def _between_tested_arms(clause: str, arms: Role) -> bool:
    """Whether the clause compares two arms that both had a treatment under test ("no difference
    between aromatherapy and plain massage" in a trial that also had a usual-care arm): it says
    nothing of either against the comparator the outcome's result before it was set against."""
    said = _BETWEEN_TWO.search(lowered(clause))
    if said is None:
        return False
    roles = [{arms(w) for w in CONTENT_WORD.findall(said.group(arm))} - {None} for arm in ("x", "y")]
    return all(role == {INT} for role in roles)


def _of_another_arm(read: list[Candidate], clause: str) -> bool:
    """ "X rose in group A, but there was no change in group B": the second clause speaks of its
    own arm, so it qualifies nothing the first said."""
    return (
        bool(read) and all(c.finding.comparison == "within_group" for c in read) and names_one_group(clause)
    )


def _qualified(earlier: list[Candidate], read: list[Candidate]) -> list[Candidate]:
    """Drop what a qualifying clause corrects: in "X was lower, but this was not significant"
    the second clause is the reading of the first's comparison. A comparison of its own ("X fell
    in both groups, but did not differ between them") leaves the first standing."""
    corrected = {
        (outcome_key(c.finding), c.finding.comparison, c.finding.comparator, c.finding.timepoint)
        for c in read
        if c.finding.direction != "improved"
    }
    return [
        c
        for c in earlier
        if (outcome_key(c.finding), c.finding.comparison, c.finding.comparator, c.finding.timepoint)
        not in corrected
        and not (
            c.finding.comparison == "unclear"
            and any(outcome_key(c.finding) == k[0] and c.finding.timepoint == k[3] for k in corrected)
        )
    ]


def _shifted(match: DomainMatch, by: int) -> DomainMatch:
    return replace(match, start=match.start + by, end=match.end + by)


def _segments(matches: list[DomainMatch], length: int) -> dict[str, tuple[int, int, int]]:
    """Each outcome's stretch of the clause: from its first mention to the next outcome's, and
    where its lead-in starts (the end of the mention before it).

    The first outcome's stretch starts at the clause start, so that "Massage reduced anxiety"
    keeps its verb. In "reduced anxiety (p < 0.001) and depression (p = 0.04)" each outcome keeps
    its own statistics; in "a decrease of fatigue and an increase of walking speed" walking speed
    reads its own lead-in, "an increase of".
    """
    firsts: dict[str, int] = {}
    for match in matches:
        firsts.setdefault(segment_key(match), match.start)
    starts = sorted(set(firsts.values()))
    segments = {}
    for key, first in firsts.items():
        later = [s for s in starts if s > first]
        ends_before = [m.end for m in matches if m.end <= first]
        start = 0 if first == starts[0] else first
        segments[key] = (start, later[0] if later else length, max(ends_before, default=start))
    return segments


def _lead_in(clause: str, lead: int, end: int) -> str:
    """What an outcome is read from when its own words say nothing: its lead-in ("an increase
    of walking speed"), else the clause from the nearest result word before it (in "higher
    platelet count (p = 0.03), albumin (p = 0.02) and ..." albumin reads "higher", not an earlier
    "lower"), else the whole clause; the whole clause too where what precedes that word negates it
    ("did not find that X improves A or B")."""
    if states_result(clause[lead:end]):
        return clause[lead:end]
    for word in reversed(list(_WORD_START.finditer(clause, 0, lead))):
        if states_result(clause[word.start() : lead]):
            if _NEGATED_CLAIM.search(clause, 0, word.start()):
                return clause  # "we did not find that X improves A or B": B's result is negated too
            qualified = _QUALIFIERS_BEFORE.search(clause, 0, word.start())
            return clause[qualified.start() if qualified else word.start() : end]
    return clause


def _finding(
    segment: str,
    led: str,
    statement: Statement,
    key: str,
    matches: list[DomainMatch],
    vocabulary: Vocabulary,
    facts: StudyFacts,
) -> Finding | None:
    own = [m for m in matches if segment_key(m) == key]
    clause = statement.clause
    segment = _before_next_lead_in(segment, clause, own[0])
    after = _after_an_earlier_result(segment, clause, own[0])
    segment = after or segment
    # The outcome's own words first, then its lead-in ("an increase of walking speed"), then
    # the clause ("pain and fatigue decreased").
    stated = (
        _own_change_noun(clause, own[0].start, segment)
        or (None if _WHO_IMPROVED.search(clause) else _own_comparative(clause, own[0].start, segment))
        or next((text for text in (segment, led) if states_result(text)), clause)
    )
    p_value = _first(P_VALUE, segment) or (
        _first(P_VALUE, clause) if len(P_VALUE.findall(clause)) == 1 and not after else None
    )
    compared = changes_compared(
        clause, statement.arms.words, own, p_value, statement.arms.labels
    ) or responders_compared(clause, statement.arms.words, own, p_value)
    reading = compared or read_change(stated, clause, own, p_value, statement.arms.labels)
    arms = statement.arms
    if (
        reading
        and not compared
        and facts.interventions  # a trial of a known treatment, whose comparator the other is
        and (
            active_comparator_against_control(clause, arms.compared, arms.words)
            or another_arm_alone(clause, arms.compared, arms.words)
        )
    ):
        return None  # another arm's result against control: the intervention's is not told
    if (
        reading
        and not compared
        and (
            active_comparator_first(clause, arms.compared, arms.words, arms.controls)
            # in a trial of a known treatment, "in favour of exercise" favours its comparator
            or (facts.interventions and favours_active_comparator(clause, arms.compared, arms.words))
        )
    ):
        reading = flipped(reading)
    by_numbers = None if reading and not compared else "between_groups"
    if reading is None and _WHO_IMPROVED.search(clause):
        return None  # "fewer patients reported improved pain (20% vs 45%)": shares, not pain levels
    if reading is None:
        reading = numbers_change(
            _numbers_of(segment, clause), statement.arms.words, own, p_value, statement.arms.labels
        )
    if reading is None:
        reading, by_numbers = times_change(segment, own, p_value), "within_group"
    if reading is None and differed_unsaid(clause) and (p_value is None or significant_p(p_value)):
        reading, by_numbers = ("unclear", "unclear"), "between_groups"  # which way: see way_said
    if reading is None:
        return None
    change, direction = reading
    if (
        change in ("increased", "decreased")
        and not by_numbers
        and own[0].end
        and (
            listed_under_no_difference(clause, own[0].start)
            or listed_before_no_difference(clause, own[0].end)
        )
    ):
        change, direction = "no_difference", "no_difference"
    if own[0].domain == OTHER_DOMAIN and direction == "unclear":
        return None  # a measure whose good side is unknown, or a trend in one: no guess
    # A number for each arm is a comparison of the arms, one before and after treatment a change
    # over time, whatever else the clause says.
    comparison = by_numbers or comparison_of(clause, statement.sentence, facts, change, statement.arms.words)
    domain = own[0].domain
    arm = comparator_arm(clause) if comparison == "within_group" else None
    return Finding(
        domain=domain,
        measure=_measure(own, segment, vocabulary) if domain != OTHER_DOMAIN else own[0].measure,
        direction=direction,
        comparison=comparison,
        timepoint=timepoint(when_said(statement), facts.duration_weeks),
        evidence=statement.evidence,
        p_value=p_value,
        statistic=_statistic(segment) or _statistic(clause),
        hedged=is_hedged(stated if own[0].end else statement.sentence),
        change=change,
        comparator=arm,  # a change within the comparator arm
    )


def _numbers_of(segment: str, clause: str) -> str:
    """Where an outcome's numbers are: its own stretch where both it and the clause before it
    give two or more ("A was 53% and 87% in groups X and Y, respectively, and B was 93% and 47%":
    B's are its own, not A's), else the clause."""
    at = clause.find(segment)
    if at <= 0 or len(_A_NUMBER.findall(segment)) < 2:
        return clause
    return segment if len(_A_NUMBER.findall(clause, 0, at)) >= 2 else clause


def _after_an_earlier_result(segment: str, clause: str, own: DomainMatch) -> str | None:
    """The outcome's stretch from its own mention, where the clause before it states a result
    closed by its own p-value, of a measure not recognised: in "time in range was higher (p =
    0.05), and the dispersion of glucose values was reduced" the dispersion fell. None where the
    outcome's stretch states no result of its own ("massage reduced pain")."""
    if own.start <= 0 or not own.end or not clause.startswith(segment) or own.start >= len(segment):
        return None
    quoted = P_VALUE.search(clause, 0, own.start)
    if quoted is None or not states_result(clause[: quoted.start()]):
        return None
    rest = segment[own.start :]
    return rest if states_result(rest) else None


def _before_next_lead_in(segment: str, clause: str, own: DomainMatch) -> str:
    """An outcome's stretch without the next outcome's lead-in at its end ("vascular deaths, along
    with a non-significant reduction in all"), which speaks of the next outcome, not this one."""
    if not own.end:
        return segment
    after = own.end - (own.start if clause.startswith(segment, own.start) else 0)
    tail = _NEXT_LEAD_IN.search(segment[after:]) if 0 <= after <= len(segment) else None
    return segment if tail is None else segment[: after + tail.start()]


def _own_change_noun(clause: str, start: int, segment: str) -> str | None:
    """The outcome's own change noun and the rest of its stretch, where an earlier change word
    in the clause is another outcome's, or a later one the next outcome's: in "caused a greater
    reduction in area and a higher increase in mineral content" the content rose, in "a decrease
    in TG and an increase in HDL" TG fell. None where what is said before negates ("did not show
    a reduction in X")."""
    if start <= 0:
        return None
    window = max(0, start - 80)
    own = _OWN_CHANGE_NOUN.search(clause[window:start])
    if own is None or negates(clause[: window + own.start()]):
        return None
    end = start + len(segment) if clause.startswith(segment, start) else len(segment)
    if _JOINED.search(clause, 0, end) and negates(clause[end:]):
        return clause[window + own.start() :]  # "reductions in A and B did not differ": the list's verb
    return clause[window + own.start() : end]


# "... cried less and had lower salivary cortisol": what an arm had, the comparative just before it.
_OWN_COMPARATIVE = Caseless(
    r"\b(?:had|have|has|showed|reported|experienced|demonstrated)\s+(?:(?:statistically\s+)?significantly\s+|"
    r"much\s+|slightly\s+)?(?:lower|higher|less|more|fewer|greater|better|worse|reduced|increased|decreased|"
    r"improved)\s+(?:(?:mean|average|median|serum|plasma|salivary|urinary)\s+)?$"
)


def _own_comparative(clause: str, start: int, segment: str) -> str | None:
    """The outcome's own comparative and the rest of its stretch, where the clause holds another
    result word before it: in "the massaged infants spent more time awake and had lower cortisol
    levels than the rocked infants" the cortisol was lower, whatever came "more" before it."""
    if start <= 0:
        return None
    window = max(0, start - 60)
    own = _OWN_COMPARATIVE.search(clause[window:start])
    if (
        own is None
        or not states_result(clause[: window + own.start()])
        or negates(clause[: window + own.start()])
    ):
        return None
    end = start + len(segment) if clause.startswith(segment, start) else len(segment)
    return clause[window + own.start() : end]


def _measure(own: list[DomainMatch], segment: str, vocabulary: Vocabulary) -> str:
    """The instrument as written if one is named, else the words used, with a generic scale."""
    instruments = [m for m in own if m.is_instrument]
    if instruments:
        return instruments[0].measure
    scales = vocabulary.match_scales(segment)
    return f"{own[0].measure} ({scales[0].label})" if scales else own[0].measure


@lru_cache(maxsize=256)
def _statistic(segment: str) -> str | None:
    """Effect sizes and confidence intervals, quoted as one stretch of the text (a cache: the
    outcomes of a list share their segment)."""
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
