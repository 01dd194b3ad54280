"""Findings: what each abstract reports for each outcome, quoted sentence by sentence.

A finding is read from one statement (a sentence, or a clause of it: "pain fell in both groups,
but massage was not superior to sham" states two things) with explainable rules; this module
decides which statements speak for which outcome, ``readings`` what each one says:

* the outcomes come from the outcome vocabulary, or are named as the abstract names them
  (``mentions``); a statement that names no outcome ("but the difference was not significant")
  speaks for the outcome its sentence named before it, "the primary outcome" for the one the
  methods name, and "any of the outcome measures" for each the methods list (unless it has a
  result of its own);
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
* statements about the groups at baseline and correlations are not findings.

Where several statements speak for one outcome, one finding is kept (``choice``: results first,
and between groups a stated "no difference" over any other reading). An outcome named only in the
methods is returned as "measured, not reported", never as a finding.

The stages, in the order they run: ``mentions`` (the outcomes a sentence names, and what the
abstract says of them), ``outcome_finding`` (one finding per outcome of a clause, with its
``timepoints`` and ``comparators``), ``rest_of_clause`` (what the rest of the clause adds or
corrects) and ``choice``; ``candidates`` holds the plain data they pass on.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import lru_cache, partial

from harvester.extract.arms import (
    CMP,
    INT,
    abbreviated_arms,
    aim_treatment,
    arms_titled,
    bracketed_arm_names,
    dose_arms,
    labelled_arms,
    labelled_role,
    labels_as_short_names,
    labels_of_untested_arms,
    randomized_arms,
    title_arms,
    title_sets_arms_against,
)
from harvester.extract.candidates import (
    Arms,
    Candidate,
    Known,
    Statement,
    instruments_apart,
    outcome_key,
    restated,
    segment_key,
)
from harvester.extract.choice import choose, comparison_said, conclusion_compared, way_said
from harvester.extract.comparators import (
    comparator,
    comparator_words,
    named_comparator,
    other_arm_names,
    other_of_the_two,
    title_treatment,
)
from harvester.extract.measures import (
    acts_on_a_measure,
    defined_abbreviations,
    names_its_own_subject,
    speaks_of_other_outcomes,
    speaks_of_other_parts,
    topic_end,
)
from harvester.extract.mentions import (
    arm_short_names,
    counted_as_responders,
    free_of_harm,
    instrument_polarities,
    kept_under_control,
    listed_outcomes,
    measured_as,
    named_as_lost,
    named_in_trouble,
    named_with_its_aspect,
    names_its_quantity,
    outcome_mentions,
    primary_outcome,
    reported_outcomes,
    scale_domains,
    stands_for_its_instrument,
    subject_measures,
    time_it_took,
    timed,
    waited_for,
    with_open_measures,
    without_scale_ways,
)
from harvester.extract.outcome_finding import (
    lead_in,
    outcome_finding,
    own_statements,
    respective_p_values,
    segments,
)
from harvester.extract.patterns import (
    CHANGE_NOUNS,
    P_NUMBER,
    P_SIGN,
    WHOLE_NUMBER,
    Caseless,
    compiled,
    lowered_exactly,
)
from harvester.extract.readings import (
    A_TEST_SHOWED,
    Role,
    arm_roles,
    differed_unsaid,
    group_test,
    is_controlled,
    lowered,
    names_the_tested_arm,
    not_either,
    sets_shares_against,
    significance_said,
    significant_p,
    states_result,
)
from harvester.extract.rest_of_clause import (
    MORE_SO,
    NOT_AGAINST,
    against_the_start_and_an_arm,
    another_dose,
    another_pair_compared,
    arms_set_apart,
    at_each_time,
    between_tested_arms,
    between_the_two_against_control,
    between_too,
    both_ways,
    changed_as_much,
    changed_but_not_in_the_comparator,
    comparator_arm_did_not,
    comparator_arms_own,
    each_arm_from_to,
    each_arm_from_to_differed,
    each_arm_moved_alike,
    every_arm_too,
    excepted_from_alike,
    favoured_against_the_values,
    fewer_had_the_change,
    listed_alike,
    more_so,
    names_a_control,
    not_against_another,
    of_another_arm,
    only_these_differed,
    opposite_ways_differed,
    outcome_did_not,
    persisted,
    qualified,
    sized_as_before,
    steady_against_a_change,
    trend_left_a_trend,
    within_too,
)
from harvester.extract.sentences import WORD
from harvester.extract.statements import (
    PEOPLE_APART,
    checks_its_design,
    clause_spans,
    compares_subgroups,
    counts_those_without_change,
    describes_the_sample,
    interval_reading,
    is_association,
    is_background,
    is_baseline,
    is_correlation,
    is_hypothetical,
    is_protocol,
    lists_harms,
    names_an_interval,
    reports_outcomes_as_harms,
    tells_harm_of_a_few,
    tells_no_one_worsened,
    tells_of_harms,
    where_people_left,
)
from harvester.extract.structure import AbstractSentence, abstract_sentences, p_values
from harvester.extract.subscales import with_subscales
from harvester.extract.timepoints import (
    PERSISTED,
    first_time_reported,
    speaks_of_follow_up,
    start_names,
    timepoint,
    when_said,
    within_treatment,
)
from harvester.extract.types import OTHER_DOMAIN, REVIEWS, Finding, StudyFacts
from harvester.extract.vocabulary import INVERSE, DomainMatch, Vocabulary
from harvester.models import Record

# The arms, as a sentence comparing them names them: "the groups", "the two arms", "the reflexology
# and sham groups"
_THE_ARMS = (
    r"(?:the )?(?:(?:two|three|four|\d) |"
    r"[\w-]+(?: [\w-]+)? (?:and|vs\.?|versus) (?:the )?[\w-]+(?: [\w-]+)? )?(?:groups|arms)\b"
)
# Two arms by their names, the sentence ending on the second ("There was no significant difference
# between massage and sham.", "Massage was not superior to sham."): their comparison of what the
# sentence before measured in each. A concession that every arm changed, naming no outcome, may
# follow ("..., although both groups improved"): of the same outcome.
_ARM_NAME = r"(?:the )?(?P<{}>[\w-]+(?: [\w-]+)?)(?: (?:groups?|arms?))?"
_NO_DIFFERENCE_BETWEEN = r"there (?:was|were) no (?:statistically )?(?:significant )?differences? between "
_NOT_BETTER_THAN = r" (?:was|were) not (?:significantly )?(?:superior|more effective|better) (?:to|than) "
_ARMS_NAMED_ALIKE = compiled(
    r"^(?:However,? |But )?"
    rf"(?:{_NO_DIFFERENCE_BETWEEN}{_ARM_NAME.format('one')} (?:and|vs\.?|versus) |"
    rf"{_ARM_NAME.format('first')}{_NOT_BETTER_THAN})"
    rf"{_ARM_NAME.format('other')}"
    r"(?:,\s*(?:although|though|even though) (?:both|all|the two) (?:groups|arms) "
    r"(?:(?:significantly|also) )*(?:improved|changed|benefited|got better)(?: significantly)?)?"
    r"\s*(?:\([^()]*\)\s*)?\.?$",
    re.IGNORECASE,
)


def _names_arms_alike(text: str, arms: Arms) -> bool:
    """Whether a sentence says the trial's two arms, each by its name, alike, naming no outcome
    ("Massage was not superior to sham."); not other people ("between men and women") or
    times ("between baseline and week 6"). A review's tested treatment is the one its title names
    ("Gabapentin for neuropathic pain: a meta-analysis"), where no arm was randomized to it."""
    said = _ARMS_NAMED_ALIKE.match(text)
    if said is None:
        return False
    first, other = (_role_of(said["one"] or said["first"], arms.words), _role_of(said["other"], arms.words))
    if first is None and other == CMP and _titled(said["one"] or said["first"], arms.titled):
        first = INT
    return {first, other} == {INT, CMP}


def _titled(name: str, titled: frozenset[str]) -> bool:
    """Whether every word of an arm's short name is of the treatment the title names."""
    words = {word.group() for word in WORD.finditer(lowered(name))}
    return bool(words) and words <= titled


def _role_of(name: str, arms: Role) -> str | None:
    """The arm a short name names: the comparator where a word of it is the comparator's ("sham
    massage"), else the tested arm where one is its."""
    roles = {arms(word.group()) for word in WORD.finditer(lowered(name))}
    return CMP if CMP in roles else INT if INT in roles else None


# "At 12 weeks, ", "Already 5 minutes into the treatment, ": when, before the sentence says what of
# the result before it held then.
_AT_A_TIME = (
    rf"(?:(?:(?:already|at|after|by|within)\s+)+(?:(?:week|day|month|visit)\s+)?(?:\d+\.\d+|{WHOLE_NUMBER})[\s-]*"
    r"(?:(?:min(?:ute)?s?|hours?|h|days?|weeks?|months?|years?)\b[^,.;]{0,30})?|"
    # "At follow-up, the difference ...", "At the end of treatment, this effect ..."
    r"at (?:the )?(?:end of (?:the )?(?:treatment|intervention|study|trial)|follow-up|"
    r"post-?(?:test|treatment|intervention)))"
    r",\s*"
)
# "Compared with sham acupressure, the improvement ...": the result before it, set against another arm.
_AGAINST_ANOTHER_ARM = (
    r"(?:compared (?:with|to)|relative to|versus|against) (?:the )?(?!(?:baseline|pre-?\w*|start|before)\b)"
    r"[\w-]+(?: [\w-]+){0,2},\s*"
)
# A sentence about the previous one's result: "This difference was not statistically significant."
_REFERS_BACK = compiled(
    rf"^(?:However,? |But )?(?:{_AT_A_TIME}|{_AGAINST_ANOTHER_ARM})?"
    r"(?:(?:this|the|these|such) "
    r"(?:(?:between[- ]groups?|overall|observed|adjusted|estimated|mean|treatment) )*"
    r"(?:difference|change|effect|improvement|reduction|"
    r"increase|decrease|decline|benefit)s?\b|"
    # "There was no significant difference between the two groups.": the arms' comparison of what
    # the sentence before measured in each
    rf"there (?:was|were) no (?:statistically )?(?:significant )?differences? between {_THE_ARMS}|"
    rf"no (?:statistically )?significant differences? (?:was|were) (?:found|observed|seen|detected) "
    rf"between {_THE_ARMS}|"
    # "Differences between groups were not statistically significant."
    rf"(?:the )?differences? between {_THE_ARMS} (?:was|were) not (?:statistically )?significant\b|"
    r"(?:there (?:was|were) )?no (?:statistically )?(?:significant )?(?:between[- ]groups?|inter-?group) "
    r"differences?\b|"
    # "However, the groups did not differ.": the arms their subject, no outcome named after it
    rf"{_THE_ARMS} did not (?:significantly )?differ\b(?! (?:significantly )?(?:in|on|for|regarding)\b)|"
    # "Between-group comparisons were not significant.": the same, the comparison its subject
    r"(?:the )?(?:between[- ]groups?|inter-?group) (?:differences?|comparisons?|analys[ie]s) (?:was|were) "
    r"not (?:statistically )?significant\b|"
    # "Between-group comparison revealed no significant difference", "The Mann-Whitney test showed a
    # significant difference between the groups": the arms' comparison, by how it was made
    r"(?:the )?(?:between[- ]groups?|inter-?group) (?:comparisons?|analys[ie]s) (?:showed|revealed|indicated|"
    r"demonstrated|found)\b|"
    rf"{A_TEST_SHOWED}"
    r"(?:that )?(?:there (?:was|were) )?(?:a |no )?(?:statistically )?significant differences? "
    r"between (?:the )?(?:(?:two|three|four|\d) )?(?:groups|arms)\b|"
    # "No significant within-group changes were seen in the usual care group": the changes, in one
    # arm, of what the sentence before measured in another
    r"(?:there (?:was|were) )?no (?:statistically )?(?:significant )?(?:within[- ]groups? )?changes? "
    r"(?:(?:was|were) (?:found|observed|seen|detected) )?(?:in|with|among) (?:the )?[\w\s-]{1,40}?"
    r"\b(?:groups?|arms?)\b|"
    # "In the control group, no significant change was observed": so too, the arm named first
    r"(?:in|within|among) (?:the )?[\w\s-]{1,40}?\b(?:groups?|arms?),? (?:there (?:was|were) )?"
    r"no (?:statistically )?(?:significant )?changes?"
    r"(?: (?:was|were) (?:found|observed|seen|detected|noted)\b)?)",
    re.IGNORECASE,
)
# "It decreased significantly after exercise as compared to pre-exercise": "it", changed, is the
# outcome the sentence before named; so is what changed, or did not, with another dose ("The 5 mg
# dose did not differ from placebo").
_IT_CHANGED = compiled(
    r"^(?:It|The (?:\d+(?:\.\d+)? ?(?:mg|g|µg|mcg|ml|IU)(?:/kg)?|low|high|lower|higher)(?:[- ]dose)?"
    r"(?: group| arm)?) (?:(?:also|then|further|subsequently|significantly|only|again) )*"
    r"(?:decreased|increased|improved|"
    r"declined|fell|rose|dropped|worsened|deteriorated|remained|did not|was (?:not )?(?:significantly )?"
    r"(?:lower|higher|reduced|increased|decreased|improved|unchanged|similar))\b"
)


def _of_its_one_outcome(text: str, carried: list[DomainMatch]) -> bool:
    """Whether a sentence whose subject is "it", or another dose, speaks of the one outcome the
    sentence before named (``carried``): "Fatigue was 5.1 before exercise. It decreased
    significantly after exercise"; "... with 10 mg (p = 0.01). The 5 mg dose did not differ"."""
    return bool(_IT_CHANGED.match(text)) and len({segment_key(m) for m in carried}) == 1


# "(The baseline pain scores did not differ between the groups.) However, the scores in the massage
# group improved": the measures the sentence before named, told again by their kind.
_THE_MEASURES_AGAIN = compiled(
    r"^(?:However,? |But |Then,? |Thereafter,? )?(?:the|these|those|their) (?:mean )?"
    r"(?:scores|levels|values|concentrations)\b(?!\s+(?:of|for|on)\b)",
    re.IGNORECASE,
)


# "In the control group, no significant changes were observed": changes in general, of no
# outcome named.
_CHANGES_IN_GENERAL = Caseless(
    r"\b(?:no|any)\s+(?:(?:statistically\s+)?significant\s+)?changes\b|\bchanges\s+(?:were|was)\b"
)


def _changed_in_the_tested_arm(read: list[Candidate], named: list[DomainMatch]) -> list[DomainMatch]:
    """The outcomes the sentence before (``named``, its findings ``read``) gave a change within the
    tested arm, where it gave more than one: "In the massage group, anxiety fell (p < 0.01),
    depression fell (p = 0.02) and fatigue fell (p = 0.03). In the control group, no significant
    changes were observed" speaks of all three, not of the last named alone."""
    changed = {c.finding.domain for c in read if c.finding.within_tested_arm}
    return [m for m in named if m.domain in changed] if len(changed) > 1 else []


def _measures_again(
    text: str, carried: list[DomainMatch], named_before: list[DomainMatch]
) -> list[DomainMatch]:
    """What a sentence opening "the scores" or "these levels" speaks of: the outcomes carried from
    the sentence before, or where it stated no result to carry (a description of the groups at
    baseline), the outcomes it named."""
    return (carried or named_before) if _THE_MEASURES_AGAIN.match(text) else []


_LOOKS_BACK = (_THE_MEASURES_AGAIN, _REFERS_BACK, _IT_CHANGED)


@dataclass(frozen=True)
class _Unread:
    """The measures a results sentence that states no result names, outside the vocabulary
    ("The response rate was 40% and 35%."), else the outcomes carried to it (``carried``), read
    only when the next results sentence may speak of them: most do not, and reading a sentence's
    measures (``subject_measures``) is the most of its reading."""

    text: str
    role: str
    carried: list[DomainMatch]

    def measures(self, following: str, known: Known, vocabulary: Vocabulary) -> list[DomainMatch]:
        """The measures, for the ``following`` sentence where it opens by looking back ("These
        scores", "This difference", "It decreased"); none where it does not, which never carries
        them (``findings``)."""
        if not any(pattern.match(following) for pattern in _LOOKS_BACK):
            return []
        return subject_measures(self.text, self.role, known, vocabulary) or self.carried


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
# "..., but deteriorated thereafter": a change counted from the result told before it.
_SINCE_THEN = Caseless(r"\b(?:thereafter|afterwards?)\b")
# ", indicating worse walking": the authors' reading of the change the clause before told.
_READING_OF_THE_CHANGE = Caseless(r"^\W*(?:indicating|suggesting|reflecting|implying|denoting)\b")
# "...; compliance was similar": after a description of the groups, more of the same.
_ALIKE_TOO = compiled(r"[^.;]{0,80}?\b(?:was|were)\s+(?:also\s+)?(?:similar|comparable)\b", re.IGNORECASE)
# "all other clinical endpoints", "any of the secondary outcome measures": which of the list.
_OF_THE_LIST = r"(?:(?:other|remaining|secondary|clinical|efficacy|study|measured) )*"
_ANY_OUTCOME = Caseless(
    rf"\b(?:for|in|on) (?:any|all|each) (?:of )?(?:the )?{_OF_THE_LIST}"
    r"(?:outcomes?|outcome measures?|end-?points?|measures|parameters|variables)\b|"
    rf"^\W*(?:all|none of|neither of) (?:the )?{_OF_THE_LIST}"
    r"(?:outcomes?|outcome measures?|end-?points?|measures|parameters|variables)\b"
)
# "secondary outcomes" read as a measure of that name: the list the words above refer to.
# "in any outcome measure": the list too, one of it at a time.
_THE_LIST_NAMED = compiled(
    rf"{_OF_THE_LIST}(?:outcomes?|outcome measures?|end-?points?|measures|parameters|variables)",
    re.IGNORECASE,
)
_PRIMARY = Caseless(r"\bprimary (?:outcome|end-? ?point)s?(?: measures?)?\b")
# "the primary outcome was lower": the methods' outcome, named by its place; not "PEF (the
# primary outcome) was lower", which names its outcome and says in brackets which it was, nor
# "in analyses of the primary outcome, deaths per centre were ...", which names it after a comma.
_PRIMARY_NAMED_BY_PLACE = Caseless(
    rf"{_PRIMARY.pattern}(?![^()]*\))(?!,\s+(?!(?:however|though|therefore|thus|also|too|in|at|as)\b)[a-z])"
)
# "Two trials found reflexology superior ..., while two found no difference", "one trial reported
# less pain; another found no effect": the studies a review pooled, some one way and some the other.
_STUDIES_DISAGREE = Caseless(
    r"\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|some|several|most) (?:of (?:the|these) )?"
    r"(?:\w+ )?(?:trials?|studies|rcts)\b[^.;]{0,120}?"
    r"(?:[,;]\s*(?:(?:while|whereas|but|and)\s+)?|\s+(?:while|whereas|but|and)\s+)"
    r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|others?|another|the others?|"
    r"the remaining(?: \w+)?)\b"
    r"[^.;]{0,30}?\b(?:found|showed|reported|observed|demonstrated)\b|"
    # "reduced fatigue in two trials, but not in a third"
    r"\bin (?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|some|several|most) (?:\w+ )?"
    r"(?:trials?|studies|rcts)\b[^.;]{0,60}?,?\s*but not in (?:a|an|one|the|two|three|\d+|other|another)\b"
)
# "in two trials", "three studies reported", "one trial found": a review's count of the trials
# that showed something, not its own pooled result.
_COUNT = r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|some|several|few|most)"
_TRIALS_COUNTED = Caseless(
    rf"\b(?:in|by)\s+(?:only\s+)?{_COUNT}\s+(?:of (?:the|these) )?(?:\w+ )?(?:trials?|studies|rcts)\b|"
    rf"(?:^|\bbut\s+|\bwhile\s+|\band\s+)\W*(?:only\s+)?{_COUNT}\s+(?:of (?:the|these) )?(?:\w+ )?"
    r"(?:trials?|studies|rcts)\s+(?:found|showed|reported|observed|demonstrated|noted)\b"
)
# "rose with the drug, but remained unchanged with placebo": the comparator's lack of change set
# against a change.
_CONTRASTED = Caseless(r"\b(?:but|whereas|while|in contrast|however)\b")
_OPENS_ON_CONTRAST = Caseless(r"^\W*(?:in contrast|by contrast|however|conversely)\b")
# A clause that is only "not in" another arm: "..., but not in the group given advice".
# "..., but not for agitation": an outcome of its own, denied the result before; so too with a
# review's pooled estimate for it ("but not for function (SMD -0.24, 95% CI -0.62 to 0.15)").
_NOT_FOR = compiled(
    r"^\W*(?:but\s+)?not\s+(?:for|on|in terms of|regarding|in)\s+"
    r"(?P<what>(?!(?:the|any|all|other|either|both)\b)[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*){0,3})"
    r"\s*(?:\([^()]*\))?\W*$",
    re.IGNORECASE,
)
# "..., but not the need for rescue antiemetics (RR 0.91, ...)": the verb before's other object,
# perhaps with its own statistics.
_NOT_THE = compiled(
    r"^\W*(?:but\s+)?not\s+(?:the|its|their)\s+"
    r"(?P<what>[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*){0,5})\s*(?:\([^()]*\))?\W*$",
    re.IGNORECASE,
)
# Words of "not in ..." that name people, an arm or a time, never an outcome: "but not in women",
# "but not in group B", "but not in week 8".
_NOT_AN_OUTCOME = compiled(
    r"\b(?:groups?|arms?|patients|participants|subjects|people|women|men|children|adults|infants|"
    r"controls?|those|others|days?|weeks?|months?|years?|follow-?up|session|sessions)\b",
    re.IGNORECASE,
)


_INTERACTION = Caseless(r"\binteractions?\b")
# "(p = 0.02 for the difference)", "(between-group p = 0.02)": the arms' own test, named so.
_ARMS_TESTED = Caseless(
    rf"(?P<p>\b{P_SIGN}{P_NUMBER})\s*,?\s*for (?:the )?(?:between[- ]groups? )?difference\b|"
    rf"\bbetween[- ]groups?(?: difference)?,?\s*(?P<p_after>\b{P_SIGN}{P_NUMBER})"
)


def _differed_after_all(finding: Finding, clause: str) -> bool:
    """Whether a lack of difference between the arms, read off "but not in the massage group" or
    "remained stable in the massage group", is belied by the significant test the clause quotes
    ("(p = 0.04 for interaction)", "(p = 0.02 for the difference)"); where the clause tells that
    test apart from a test of time ("time p < 0.001; interaction p = 0.47"), by that test alone."""
    if finding.comparison != "between_groups" or finding.change != "no_difference":
        return False
    if (arms_tested := _ARMS_TESTED.search(clause)) is not None:
        return significant_p(arms_tested.group("p") or arms_tested.group("p_after"))
    if not _INTERACTION.search(clause):
        return False
    tested = group_test(clause)
    untimed = _TIME_EFFECT_TESTED.sub(" ", clause)
    return significant_p(tested) if tested else any(significant_p(p) for p in p_values(untimed))


# "a significant main effect of time for depression (p < 0.001)": the model's test of time, in
# brackets after it and its outcome; no test of the arms.
_TIME_EFFECT_TESTED = compiled(
    r"\b(?:(?:main\s+)?effects?\s+of\s+time|(?:main\s+)?time\s+effects?)\b[^;()]{0,40}?"
    rf"\(\s*(?:[^()]*?[,;]\s*)?{P_SIGN}{P_NUMBER}[^()]*\)",
    re.IGNORECASE,
)


# "..., but worse for function": the arm compared on another outcome, the verb before's subject.
_OTHERWISE_FOR = compiled(
    r"^\W*(?:(?:but|and|while|whereas)\s+)?(?:(?:was|were|is|are)\s+)?"
    r"(?:(?:significantly|slightly|much)\s+)?(?:better|worse|superior|inferior|more effective|less effective)"
    r"\s+(?:for|in|on|regarding)\s+(?:the\s+)?"
    r"(?P<what>[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*){0,3})\s*(?:\([^()]*\))?\W*$",
    re.IGNORECASE,
)


def _instruments_of_parts(mentions: list[DomainMatch]) -> list[DomainMatch]:
    """The instruments whose part the mentions name just after them ("the SF-36 bodily pain
    domain"): "the other domains" after it are that instrument's rest, and never the part given a
    result; none where no part was named so, the other domains being then other outcomes."""
    return [
        m
        for m in mentions
        if m.is_instrument
        and any(not part.is_instrument and 0 <= part.start - m.end <= 2 for part in mentions)
    ]


def _not_for_another_outcome(clause: str, arms: Role) -> bool:
    """Whether the clause denies the result before to an outcome it names, unrecognised ("...,
    but not for agitation", "but not in endurance", "reduced vomiting, but not the need for rescue
    antiemetics (RR 0.91, 95% CI 0.72 to 1.15)"), or compares the arms on it ("better for pain
    but worse for function"), rather than to an arm ("but not for placebo", "but not in
    controls", "but not the sham group"), to people or to a time."""
    said = _NOT_FOR.match(clause) or _NOT_THE.match(clause) or _OTHERWISE_FOR.match(clause)
    return (
        said is not None
        and all(arms(word) is None for word in said.group("what").split())
        and not _NOT_AN_OUTCOME.search(said.group("what"))
    )


_BUT_NOT_IN = compiled(r"^\W*(?:but\s+)?not\s+(?:in|among|after|following|during)\b")
# A clause whose subject is the clause before's: "(Pain scores did not differ at baseline,) but
# were lower in the massage group at 6 weeks", "(...), but they decreased more with massage", and
# with its verb left out as well: "(... similar at baseline,) but significantly lower with massage".
_SAME_SUBJECT = compiled(
    r"^\W*(?:but\s+)?(?:(?:they|these|it)\s+)?(?:(?:then|later|also|subsequently)\s+)?"
    r"(?:was|were|became|had|showed|(?:significantly |statistically significantly )?[a-z]+ed|"
    r"(?:(?:significantly|statistically significantly|markedly|much)\s+)?"
    r"(?:lower|higher|greater|smaller|less|more|fewer|better|worse|shorter|longer)(?=\s+(?:in|with|among|for|after|at|than)\b)|"
    # "not significant before the intervention, but significant after it"
    r"(?:statistically\s+)?significant(?=\s+(?:after|at|following|post)\b))\b",
    re.IGNORECASE,
)
_READ_ROLES = ("methods", "results", "conclusions")
_RESULT_ROLES = ("results", "conclusions")
# How the study ran, by the stem each word shares with its kin ("adherence", "adherent"), and the
# rates of who came back, answered or completed the sessions ("the follow-up rate", "recruitment",
# "the response rate to the questionnaire", "session completion"); not who completed a drug's
# course, a result trials compare between arms.
_HOW_THE_STUDY_RAN = Caseless(
    r"\b(?:(?:adheren|attend|complian|retention|fidelity|attrition|drop-?out)\w*|"
    # not the recruitment of motor units or of collapsed lung
    r"(?<!unit )(?<!alveolar )(?<!lung )recruitment|"
    r"follow-?up\s+rates?|(?:sessions?|class(?:es)?)\s+completion|"
    r"(?:questionnaire|survey)\s+(?:return|response)|response\s+rates?\s+(?:to|for|of)\s+(?:the\s+)?"
    r"(?:questionnaires?|surveys?|mailings?))\b"
)


def findings(
    record: Record, vocabulary: Vocabulary, facts: StudyFacts, sentences: list[AbstractSentence] | None = None
) -> tuple[list[Finding], list[str]]:
    """(findings, domains measured but not reported) for one record; ``sentences`` are its
    ``abstract_sentences``, when the caller has them already."""
    sentences = abstract_sentences(record) if sentences is None else sentences
    stated = facts.duration_weeks is not None
    if not stated:
        facts = replace(facts, duration_weeks=first_time_reported(sentences))
    whole = " ".join(s.evidence.text for s in sentences)
    spelled = defined_abbreviations(whole)
    bracketed = bracketed_arm_names(whole)  # "massage (MG group)": short names a word long
    mentions = [
        with_subscales(
            _as_defined(outcome_mentions(s.evidence.text, vocabulary), spelled, vocabulary), s.evidence.text
        )
        if s.role in _READ_ROLES
        else []
        for s in sentences
    ]
    if _of_diarrhoea(f"{record.title or ''} {whole}"):
        mentions = [[_stools_fewer_better(m) for m in named] for named in mentions]
    known = Known(
        primary=primary_outcome(sentences, vocabulary),
        reported=reported_outcomes(sentences, mentions),
        scored=instrument_polarities(mentions, vocabulary),
        spelled=spelled,
        scales=scale_domains(sentences, mentions, vocabulary),
        starts=start_names(whole),
        read_listed=partial(listed_outcomes, sentences, vocabulary),
        arm_names=arm_short_names(whole, {**bracketed, **spelled}),
        titled_arms=frozenset().union(*title_arms(record.title or "")),
    )
    methods = [s.evidence.text for s in sentences if s.role == "methods"]
    others = other_arm_names(facts, vocabulary, methods)
    short = {name.lower(): spelled.get(name) or bracketed.get(name, "") for name in known.arm_names}
    short |= dict.fromkeys(set(abbreviated_arms(whole, vocabulary)) - set(short), "")  # "[control group, CG]"
    before_results = [s.evidence.text for s in sentences if s.role in ("background", "methods")]
    titled = arms_titled(record.title or "", before_results)
    aimed = frozenset() if titled else aim_treatment(before_results)
    labels = labelled_arms(methods, titled, vocabulary, facts.interventions, aimed)
    label_names = labels_as_short_names(labels)  # "group UC", then "lower in the UC group"
    short |= dict.fromkeys(set(label_names) - set(short), "")
    randomized = randomized_arms(methods, vocabulary)
    arms = Arms(
        arm_roles(
            vocabulary,
            facts.interventions,
            titled,
            methods,
            record.abstract_text,
            short,
            label_names,
            randomized,
        ),
        labels,
        comparator_words(facts, vocabulary, others, title_treatment(record.title or "", vocabulary)),
        title_treatment(record.title or "", vocabulary),
        frozenset(randomized[1]),
        others,
        frozenset(short),
        " ".join(methods or [record.title or ""]).lower(),
        dose_arms(titled, controlled=bool(randomized[1])),
        title_sets_arms_against(record.title or ""),
    )
    candidates: list[Candidate] = []
    carried: list[DomainMatch] = []
    said_before = ""
    read: list[Candidate] = []
    sentence_before = ""
    named_before: list[DomainMatch] = []
    unread: _Unread | None = None
    for sentence, named in zip(sentences, mentions):
        if sentence.role in ("results", "conclusions"):
            if unread is not None:
                carried, unread = unread.measures(sentence.evidence.text, known, vocabulary), None
            again = _measures_again(sentence.evidence.text, carried, named_before)
            if again:
                carried = again
            elif (
                not _REFERS_BACK.match(sentence.evidence.text)
                and not _names_arms_alike(sentence.evidence.text, arms)
                and not _of_its_one_outcome(sentence.evidence.text, carried)
            ):
                carried, said_before = [], ""
            if not named and _CHANGES_IN_GENERAL.search(sentence.evidence.text):
                carried = _changed_in_the_tested_arm(read, named_before) or carried
            told_later = read if PERSISTED.match(sentence.evidence.text) else []
            earlier = read
            before = (carried, said_before, told_later, candidates, sentence_before)
            read, told, said_before = _sentence_findings(
                sentence, named, vocabulary, facts, known, before, arms
            )
            carried, unread = (told, None) if isinstance(told, list) else (carried, told)
            read = _the_tested_arm_again(read, sentence.evidence.text, (earlier, sentence_before), arms.words)
            sentence_before, named_before = sentence.evidence.text, named
            candidates.extend(read)
    if not stated and not speaks_of_follow_up(sentences):
        candidates = [restated(c, timepoint=within_treatment(c.finding.timepoint)) for c in candidates]
    planned = " ".join(
        [record.title or "", *(s.evidence.text for s in sentences if s.role not in _RESULT_ROLES)]
    )
    candidates = [c for c in candidates if not _of_the_study_itself(c.finding, planned)]
    chosen = choose(
        conclusion_compared(comparison_said(way_said(candidates)), is_controlled(facts)),
        facts.design in REVIEWS,
    )
    reported = {f.domain for f in chosen}
    measured = [
        m.domain for sentence, named in zip(sentences, mentions) if sentence.role == "methods" for m in named
    ]
    not_reported = [d for d in dict.fromkeys(measured) if d not in reported]
    return chosen, not_reported


# Diarrhoea named, constipation not: a trial whose patients pass too many stools.
_DIARRHOEA = Caseless(r"\b(?:diarrh(?:o)?ea\w*|dysentery)\b")
_CONSTIPATION = Caseless(r"\bconstipat\w*")
# How often stools are passed: the bowel domain's words scored the more, the better (constipation's).
_STOOLS_PASSED = Caseless(r"\b(?:stool|defa?ecation|bowel movement|evacuation)s?\b")


def _of_diarrhoea(text: str) -> bool:
    """Whether the record is of diarrhoea and not of constipation: then fewer stools are better."""
    return bool(_DIARRHOEA.search(text)) and not _CONSTIPATION.search(text)


def _stools_fewer_better(mention: DomainMatch) -> DomainMatch:
    """A mention of how often stools are passed, read the way diarrhoea is: "stool frequency
    decreased" is better where the patients had diarrhoea, worse where they were constipated (the
    vocabulary's way for these words)."""
    if (
        mention.domain != "bowel"
        or mention.measure_key != INVERSE
        or not _STOOLS_PASSED.search(mention.measure)
    ):
        return mention
    return replace(mention, polarity="lower_is_better")


def _of_the_study_itself(finding: Finding, planned: str) -> bool:
    """Whether a finding is of how the study ran ("adherence increased over time", "attendance
    fell"), not of the patients: a measure of adherence, attendance, compliance, retention,
    fidelity or attrition, where the title, background and methods (``planned``) name none of them,
    so the trial never set out to change or compare them."""
    return (
        finding.domain == OTHER_DOMAIN
        and bool(_HOW_THE_STUDY_RAN.search(finding.measure))
        and not _HOW_THE_STUDY_RAN.search(planned)
    )


def _as_defined(
    named: list[DomainMatch], spelled: dict[str, str], vocabulary: Vocabulary
) -> list[DomainMatch]:
    """The mentions, less an instrument's abbreviation the abstract defines as something else:
    "meconium aspiration syndrome (MAS)" is no Modified Ashworth Scale, nor "ABC" spelled out as
    anything but the Activities-specific Balance Confidence scale."""
    return [
        m
        for m in named
        if not (m.is_instrument and m.measure in spelled and _defined_otherwise(m, spelled, vocabulary))
    ]


def _defined_otherwise(mention: DomainMatch, spelled: dict[str, str], vocabulary: Vocabulary) -> bool:
    """Whether the long form the abstract gives an instrument's abbreviation shares no word with the
    instrument's name ("range of motoin (ROM)", misspelled, still shares "range")."""
    names = " ".join(
        i.name for i in vocabulary.domain(mention.domain).instruments if mention.measure in i.abbreviations
    ).lower()
    words = [w for w in re.findall(r"[a-z]{4,}", spelled[mention.measure].lower())]
    return bool(names) and bool(words) and not any(w in names for w in words)


_ASSOCIATED = compiled(r"\bassociated with\b", re.IGNORECASE)


def _an_arm_associated(clause: str, arms: Role) -> bool:
    """ "Reflexology was associated with less dyspnoea than usual care": an arm, the subject of
    "associated with", had the result; "higher anxiety was associated with greater fatigue" ties
    one measure to another, and is no result of the trial."""
    said = _ASSOCIATED.search(clause)
    return said is not None and any(arms(w) for w in WORD.findall(clause[: said.start()].lower()))


# "The impact of age on hoarseness", "the influence of body weight on cuff pressure": what a
# characteristic did to a measure. Not where an arm, the treatment or time is what acted ("the
# effect of the intervention on pain", "the effect of time on fatigue": the trial's own result).
_EFFECT_OF = compiled(
    r"^\W*(?:the\s+)?(?:impact|effects?|influence)\s+of\s+(?P<what>[^,;()]{1,60}?)\s+on\b", re.IGNORECASE
)
_WHAT_THE_TRIAL_DID = compiled(
    r"\b(?:intervention|treatment|therapy|program(?:me)?|training|group|time|session|exercise|drug|"
    r"supplementation|interaction)s?\b",
    re.IGNORECASE,
)


def _effect_of_a_characteristic(clause: str, arms: Role) -> bool:
    """Whether a clause opens with the effect of something the trial did not give on a measure
    ("impact of age on hoarseness was higher in the saline group"): a tie of the two, no result of
    the treatment."""
    said = _EFFECT_OF.search(clause)
    if said is None or _WHAT_THE_TRIAL_DID.search(said.group("what")):
        return False
    return not any(arms(w) for w in WORD.findall(said.group("what").lower()))


# What people set apart had more or less of: "had higher", "showed a greater", "were less".
_RANKED_AS_PEOPLE = (
    r"(?:had|showed|reported|experienced|were|was)\s+(?:\w+ly\s+)?(?:an?\s+)?"
    r"(?:higher|lower|longer|shorter|greater|larger|smaller|more|less|worse|better|poorer)\b"
)
# "Depression was lower in participants with higher walking speed", "patients who received a
# transfusion had longer stays", "back pain was worse in patients with a recurrence": people told
# apart by a state of theirs or by what befell them.
_PEOPLE_BY_WHAT_BEFELL_THEM = Caseless(
    rf"\b{PEOPLE_APART}\s+"
    r"(?:with(?:out)?\s+(?:an?\s+)?(?:higher|lower|longer|shorter|greater|larger|smaller|more|less|severe|"
    r"mild|moderate|high|low|older|younger|worse|better|poorer|increased|decreased|reduced|elevated)\b|"
    r"who\s+(?:\w+ly\s+)?(?:received|required|needed|underwent|had|developed|experienced)\b)|"
    r"\b(?:higher|lower|longer|shorter|greater|larger|smaller|more|less|worse|better|poorer)\b"
    rf"[^;]{{0,40}}?\b(?:in|among|for)\s+(?:the\s+)?{PEOPLE_APART}\s+(?:with(?:out)?|who)\b|"
    # "the group with catheter complications had more pain": a group by what befell it, not an arm
    # (not "between the groups with regard to pain": the arms, and what they were compared on)
    r"(?:^\W*|\b(?:in|among|for)\s+)(?:the\s+)?(?:sub)?group\s+with(?:out)?\s+"
    r"(?!regard\b|respect\b|(?:an?|the)\s+(?:average|mean|exception|same)\b)"
)
_ARMS_AS_SUCH = Caseless(r"\b(?:groups?|arms?)\b")
# "older patients had higher systolic pressure", "patients with diabetes had higher blood pressure":
# people of a kind, or told apart by a state of theirs (not a treatment they had), as the subject,
# ranked against the rest; not where the clause goes on to what they had or to another side
# ("people with MS had greater torque after stepping": the whole sample, after a treatment).
_PEOPLE_OF_A_KIND_RANKED = compiled(
    r"^\W*(?:the\s+)?(?:(?:older|younger|obese|overweight|diabetic|hypertensive|male|female)\s+"
    rf"{PEOPLE_APART}\s+|{PEOPLE_APART}\s+with(?:out)?\s+(?!(?:[\w-]+\s+){{0,2}}?(?:massage|treatment|"
    r"therapy|intervention|exercise|placebo|sham|training|programme|program|care|drug|supplement\w*)\b)"
    rf"(?:[\w-]+\s+){{1,3}}?){_RANKED_AS_PEOPLE}"
    r"(?![^;]*\b(?:after|following|during|with|than|compared|versus|vs|relative)\b)"
)


def _holds_neither_with_nor_who(low: str) -> bool:
    """Whether a lowered clause cannot match ``_PEOPLE_BY_WHAT_BEFELL_THEM``: each way of it holds
    "with" or "who", which ``Caseless`` cannot screen for, ``re`` reading their "w" as one. Only
    where lowering is exact, as the pattern then reads the lowered text (``lowered_exactly``)."""
    return lowered_exactly(low) == low and "with" not in low and "who" not in low


def _people_apart_from_the_arms(clause: str, arms: Role) -> bool:
    """Whether a clause sets people told apart by their state, or by what befell them, against
    the rest, naming no arm: which people fared worse, not what a treatment did ("patients who
    received a transfusion had longer hospital stays")."""
    low = lowered(clause)
    said = _PEOPLE_OF_A_KIND_RANKED.match(low) or (
        None if _holds_neither_with_nor_who(low) else _PEOPLE_BY_WHAT_BEFELL_THEM.search(low)
    )
    if said is None:
        return False
    rest = low[: said.start()] + " " + low[said.end() :]
    return _ARMS_AS_SUCH.search(rest) is None and not any(arms(w) for w in WORD.findall(low))


# What the words around an outcome's mention make of its name and good side, in this order: the
# aspect it is of, the speed on a timed test, the time a walk took, the time until it came, a
# trouble of its domain, its loss, a time free of a harm, the share of responders.
_TURNS = (
    named_with_its_aspect,
    measured_as,
    timed,
    time_it_took,
    waited_for,
    named_in_trouble,
    named_as_lost,
    free_of_harm,
    counted_as_responders,
    kept_under_control,
)


def _as_its_words_say(mention: DomainMatch, text: str) -> DomainMatch:
    """An outcome's mention in ``text`` with the good side its neighbouring words give it."""
    for turn in _TURNS:
        mention = turn(mention, text)
    return mention


def _sentence_findings(
    sentence: AbstractSentence,
    named: list[DomainMatch],
    vocabulary: Vocabulary,
    facts: StudyFacts,
    known: Known,
    before: tuple[list[DomainMatch], str, list[Candidate], list[Candidate], str],
    arms: Arms,
) -> tuple[list[Candidate], list[DomainMatch] | _Unread, str]:
    """The findings of one sentence, whose outcome mentions are ``named``, the outcomes it speaks
    of last (or, where it states no result and names none, those it names, read when asked:
    ``_Unread``) and its last clause; ``before`` holds the previous sentence's outcomes, for "This
    difference was not significant", its last clause, and, where this one tells them at a later
    time ("The effects were maintained at 6 months"), its findings, then all the abstract's
    findings so far, for an outcome told again by name ("but the improvement in fatigue was not
    sustained"), and the results sentence before it, whose arms "respectively" may follow;
    ``arms`` say which arm a word or a label names."""
    text = sentence.evidence.text
    carried, said_before, last_read, earlier, sentence_before = before
    spans = clause_spans(text)
    last = text[spans[-1][0] : spans[-1][1]] if spans else text
    if not _reports(text) and not last_read:
        # most sentences state no result: read no further, but for the measures they name, in words
        # of the vocabulary or not ("groups 1 and 2 had mean amplitudes of 17 and 7 degrees. There
        # was no significant difference between the groups.")
        return [], named or _Unread(text, sentence.role, carried), last
    matches = [
        replace(m, polarity=known.scored[m.domain])
        if m.domain in known.scored
        and not m.is_instrument
        and not names_its_quantity(m)
        and stands_for_its_instrument(m, text, vocabulary.domain(m.domain).polarity)
        else m
        for m in named
    ]
    matches = [_as_its_words_say(m, text) for m in matches]
    text = without_scale_ways(text)
    found: list[Candidate] = []
    previous, clause_before = carried, said_before
    described = False  # a clause of the sentence described the groups at baseline
    counted: list[Candidate] = []  # a review's count of trials: "lower after massage in two trials"
    referred: list[DomainMatch] = []  # the methods' list, when a clause spoke of all of it
    for at, (start, end) in enumerate(spans):
        clause = text[start:end]
        if _READING_OF_THE_CHANGE.match(clause) and _comparator_arms_own(last_read):
            continue  # "rose in the waiting list group, indicating worse walking": that arm's alone
        prior, clause_before = clause_before, clause
        own = [_shifted(m, -start) for m in matches if start <= m.start < end]
        # "brisk walking lowered triglycerides": walking is what was done, not what changed
        own = [
            m
            for m in own
            if not (vocabulary.domain(m.domain).also_an_activity and acts_on_a_measure(clause, m.end))
        ]
        own = _measured_after_its_topic(own, clause)
        persists = PERSISTED.match(clause)
        told = (
            _told_again(last_read, clause, sentence, facts, arms, own, vocabulary)
            if last_read and (not own or persists)
            else []
        ) or (
            _told_by_name([*earlier, *found], clause, sentence, facts, arms, own) if own and persists else []
        )
        if told:
            found.extend(told)
            # "effects on fatigue persisted at follow-up, whereas those on sleep did not": what the
            # next clause denies is what this one told, at its time
            last_read = told
            continue  # "..., and these differences persisted", "whereas usual care did not"
        if persists and persists.group("lost"):
            continue  # "but the improvement in fatigue was not sustained": no effect read before to end
        if excepted_from_alike(last_read, clause, own, text[:start]):
            previous = own
            continue  # "..., but anxiety was not": it differed, its way not said
        denied = outcome_did_not(last_read, clause, own) if own and last_read else []
        if denied:
            found.extend(denied)
            previous = own
            continue  # "..., but not fatigue", "; depression did not": no difference, compared as before
        if not _reports(clause):
            previous = own or subject_measures(clause, sentence.role, known, vocabulary) or previous
            continue  # no result stated here: only an outcome to carry forward
        if is_baseline(clause) or (described and _ALIKE_TOO.match(clause) and not p_values(clause)):
            following = text[spans[at + 1][0] : spans[at + 1][1]] if at + 1 < len(spans) else ""
            described = True
            previous = _measured_at_baseline(clause, following, own, sentence.role, known, vocabulary)
            continue  # "comparable at baseline; compliance was similar": the study described
        left = where_people_left(clause)
        if left is not None and not [m for m in own if m.start < left]:
            previous = []
            continue  # "two withdrew because of increased pain": why they left, not a result
        own = [m for m in own if left is None or m.start < left]
        associated = is_association(clause) and not _an_arm_associated(clause, arms.words)
        if (
            (is_correlation(clause) and not _treatment_associated(clause, arms.words))
            or is_hypothetical(clause)
            or is_background(clause)
            or checks_its_design(clause)
            or compares_subgroups(clause)
            or _people_apart_from_the_arms(clause, arms.words)
            or _effect_of_a_characteristic(clause, arms.words)
            or tells_harm_of_a_few(clause)
            or tells_no_one_worsened(clause)
            or counts_those_without_change(clause)
            or lists_harms(clause)
            or reports_outcomes_as_harms(clause)
            or describes_the_sample(clause)
            or is_protocol(clause)
            or associated
        ):
            previous = []
            continue
        statement = Statement(
            clause,
            text,
            sentence.evidence,
            sentence.role == "results",
            arms,
            prior,
            known.starts,
            sentence_before,
        )
        if statement.from_results and not _PRIMARY_NAMED_BY_PLACE.search(clause) and not associated:
            own, listed = with_open_measures(clause, own, known, vocabulary)
        else:
            listed = []
        if not own and _PRIMARY.search(clause) and known.primary:
            own = [replace(m, start=0, end=0) for m in known.primary]
        if not own and not previous:
            own = _alike_in_what_both_did(at, spans, text, matches)
        by_reference = (
            all(m.domain == OTHER_DOMAIN and _THE_LIST_NAMED.fullmatch(m.measure) for m in own)
            and bool(_ANY_OUTCOME.search(clause))
            and bool(known.meant)
            and len(p_values(clause)) <= 1  # "a fall (p > 0.05), then a rise (p < 0.05) in all"
        )
        if by_reference:
            own = referred = [replace(m, start=0, end=0) for m in known.meant]
        if not own and MORE_SO.match(clause):
            found.extend(more_so(found, clause, arms.words, arms.labels))
            continue  # "but more so in the massage group": the change before, compared
        opposite = (
            []
            if own
            else opposite_ways_differed(
                found or _of_the_sentence_before(at, earlier, sentence_before),
                clause,
                text[:start] if found else sentence_before,
            )
        )
        if not own and not opposite:
            opposite = each_arm_from_to_differed(
                found or _of_the_sentence_before(at, earlier, sentence_before),
                clause,
                text[:start] if found else sentence_before,
                arms.words,
                arms.labels,
            )
        if opposite:
            found.extend(opposite)
            continue  # "; the between-group difference was significant": the arms' opposite changes, compared
        if not own and (
            _OWN_ITEM.match(clause)
            or speaks_of_other_outcomes(clause)
            or names_its_own_subject(clause)
            or tells_of_harms(clause)
            or _not_for_another_outcome(clause, arms.words)
        ):
            previous = []
            continue  # an outcome of its own, not recognised, or "the other outcomes": never the one before
        if not own and speaks_of_other_parts(clause):
            previous = _instruments_of_parts(previous)  # "..., whereas the other domains did not"
        inherited = not own and bool(previous)
        if inherited and not_either(clause):
            continue  # "whereas usual care did not (p = 0.03)": another arm's, told again or not at all
        the_two = between_the_two_against_control(clause, prior) if inherited else None
        # "both the massage and placebo groups ..., but the two did not differ": against placebo
        alike_against = (
            _control_of_the_two(the_two, vocabulary, arms)
            or _other_active_of_the_two(the_two, vocabulary, arms)
            if the_two is not None
            else None
        )
        if inherited and (
            between_tested_arms(clause, arms.words) or (the_two is not None and not alike_against)
        ):
            continue  # "..., with no difference between two tested arms": not their comparison with control
        if inherited and another_pair_compared(clause, prior):
            continue  # "..., while the combined group did not differ from massage": other arms' result
        if inherited and _SINCE_THEN.search(clause):
            continue  # "..., but rose thereafter": a change since the result before, not since baseline
        if inherited:
            # "all other endpoints favoured A, but none differed": still the list, for what
            # no result of its own names
            by_reference = previous is referred
            own = [replace(m, start=0, end=0) for m in previous]
            referred = own if by_reference else referred
        apart = instruments_apart(own, clause)
        stretches = segments(own, len(clause), apart)
        parts = own_statements(clause, own, apart, stretches)
        respective = respective_p_values(clause, stretches)
        read = [
            Candidate(finding, statement.from_results, by_reference, measure_key=_measure_key(finding, own))
            for key, (seg_start, seg_end, lead) in stretches.items()
            if (
                finding := outcome_finding(
                    clause[seg_start:seg_end],
                    lead_in(clause, lead, seg_end),
                    statement,
                    [m for m in own if segment_key(m, apart) == key],
                    vocabulary,
                    facts,
                    parts[key],
                    respective.get(key),
                )
            )
        ]
        if own and not read:
            # "The difference in fatigue between the groups was significant (p = 0.002)", after each
            # arm's change: as when the clause names no outcome, but for the outcomes it names
            before_it = found or _of_the_sentence_before(at, earlier, sentence_before)
            read = opposite_ways_differed([c for c in before_it if _keys_of(c) & _keys_named(own)], clause)
        elif any(_way_unsaid(c) for c in read):
            read = _way_of_each_arm(read, found or _of_the_sentence_before(at, earlier, sentence_before))
        read = fewer_had_the_change(read, clause)
        read = sized_as_before(read, clause, own, [*earlier, *found], arms.words)
        read = each_arm_from_to(read, clause, arms.words, arms.labels)
        read = at_each_time(read, clause, facts.duration_weeks)
        read.extend(
            _by_part(lambda some, said: between_too(some, said, arms.words, arms.labels), read, clause, parts)
        )
        read.extend(_by_part(lambda some, said: within_too(some, said, arms.words), read, clause, parts))
        read.extend(each_arm_moved_alike(read, clause, own, arms.words))
        read.extend(both_ways(read, clause))
        read = against_the_start_and_an_arm(read, clause)
        read.extend(comparator_arms_own(read, clause, arms.words))
        read.extend(
            steady_against_a_change(
                read, last_read, clause, prior if at else "", arms.words, inherited, arms.labels
            )
        )
        read.extend(listed_alike(read, listed, clause, statement.arms.labels))
        read.extend(changed_as_much(read, clause, own))
        read.extend(only_these_differed(last_read, clause, own, read))
        read.extend(_by_part(every_arm_too, read, clause, parts))
        if at and not any(spans[at - 1][0] <= m.start < spans[at - 1][1] for m in matches):
            # "Although both groups improved, the massage group improved more in anxiety": the
            # clause before, naming no outcome, said what every arm did with this one
            read.extend(every_arm_too(read, f"{prior} {clause}"))
        if clause != text:  # a sentence of one clause names its comparator once
            read = _against_its_own(read, clause, inherited, last_read, vocabulary, arms)
        if alike_against:
            read = _alike_against(read, alike_against)
        if inherited and _BUT_NOT_IN.match(clause):
            # "reduced in the massage group, but not in the group given advice": the other arm's
            # lack of change, kept only where the arm is known to be the comparator, or the tested
            # arm ("reduced in the sham group, but not in the massage group", "but not in group A",
            # group A the one the methods gave massage)
            tested = (
                names_the_tested_arm(clause, arms.words)
                or labelled_role(clause, statement.arms.labels) == INT
            )
            read = [c for c in read if not c.finding.within_tested_arm or tested]
            read.extend(changed_but_not_in_the_comparator(read, last_read, clause, prior if at else ""))
        # "worsened in the control group but remained stable in the massage group (p for interaction
        # = 0.02)": one arm's lack of change, never the arms alike, by the test the clause quotes
        read = [c for c in read if not _differed_after_all(c.finding, clause)]
        dose = another_dose(clause, prior) if inherited else ""
        if dose:  # "..., but not with 5 mg": that dose's own result, beside the other's
            read = [replace(c, dose=dose) for c in read]
        elif inherited and not alike_against and not of_another_arm(read, clause):
            # (the two said alike after both beat a third keep that result: another comparison)
            read = trend_left_a_trend(found, read)
            found = qualified(found, read)
        if inherited:  # "...; the difference favoured the control group": against the values, if so
            read = favoured_against_the_values(read, clause, arms.words)
        read = _the_arm_said_before(read, clause, prior if at else "", found, arms)
        if facts.design in REVIEWS and _TRIALS_COUNTED.search(clause):
            counted.extend(read)
        found.extend(read)
        last_read = read
        previous = own or previous
    found = _pooled_over_counted(found, counted, earlier)
    found = _foils_alone(found, text, earlier)
    if _STUDIES_DISAGREE.search(text):
        # "two trials found A superior for X, while two found no difference": conflicting results
        found = [restated(c, change="unclear", direction="unclear", hedged=True) for c in found]
    if labels_of_untested_arms(text, arms.labels):  # "between group B and group C": another pair's
        found = [c for c in found if c.finding.comparison != "between_groups"]
    if any(c.finding.comparison == "between_groups" for c in found):
        # "between the massage and combined groups": a third arm, named, not the study's comparator
        in_words = named_comparator(text, vocabulary, arms, specific=True) or other_of_the_two(
            text, facts, arms
        )
        found = _comparators_named(
            found, in_words or comparator(text, facts, vocabulary, arms), bool(in_words)
        )
    return found, previous, last


def _comparator_arms_own(read: list[Candidate]) -> bool:
    """Whether all a clause read is a change within the comparator arm ("MSWS-12 scores increased
    in the waiting list group"), which the authors' reading of it after ("indicating worse
    walking") tells again: of that arm, never a result of the treatment."""
    return bool(read) and all(c.finding.comparison == "within_group" and c.finding.comparator for c in read)


def _measured_after_its_topic(own: list[DomainMatch], clause: str) -> list[DomainMatch]:
    """ "Regarding balance, the sway area decreased": the topic's outcome is what the measure
    after it measures, not a result of its own (whose way would be the measure's, read as
    the topic's); kept where the statement names nothing of its outcome."""
    end = topic_end(clause)
    if end is None:
        return own
    after = {m.domain for m in own if m.start >= end}
    return [m for m in own if m.start >= end or m.domain not in after]


def _pooled_over_counted(
    found: list[Candidate], counted: list[Candidate], earlier: list[Candidate]
) -> list[Candidate]:
    """A review's findings without what only some of its trials showed ("lower after massage in
    two trials") where the review gives a result of its own for the outcome, in this sentence or
    before it ("but the pooled difference was not significant"): a count of trials beside the
    pooled result is not the review's finding, though a reader would take it for one."""
    if not counted:
        return found
    of_counts = {id(c) for c in counted}
    pooled = {c.finding.domain for c in [*found, *earlier] if id(c) not in of_counts}
    return [c for c in found if id(c) not in of_counts or c.finding.domain not in pooled]


# "It also reduced fatigue", "They also had fewer falls": a pronoun for what the sentence before
# spoke of, with a result added to its own.
_PRONOUN_ALSO = Caseless(
    r"^\W*(?:it|they|this (?:treatment|intervention|therapy|programme|program))\s+"
    r"(?:also|likewise|similarly)\b"
)
# "In addition, ...", "Furthermore, ...": what opens a result added to the one before.
_ADDED = r"(?:in addition|additionally|furthermore|moreover),?\s+"
# "significant improvements", "reductions": changes named by their nouns.
_CHANGES_NAMED = rf"(?:(?:statistically\s+)?significant\s+)?{CHANGE_NOUNS}"
# "Depression also decreased (p = 0.02)", "Significant improvements were also seen in fatigue",
# "There were also significant reductions in pain", "In addition, depression decreased
# significantly": another outcome that went as the sentence before's did.
_OUTCOME_ALSO = Caseless(
    r"^\W*(?:the\s+)?(?:[\w-]+\s+){1,4}?(?:also|likewise|similarly)\s+(?:significantly\s+)?"
    r"(?:decreased|increased|improved|reduced|fell|rose|declined|dropped)\b|"
    rf"^\W*{_ADDED}(?:the\s+)?(?:[\w-]+\s+){{1,4}}?(?:(?:was|were)\s+)?(?:significantly\s+)?"
    r"(?:decreased|increased|improved|reduced|fell|rose|declined|dropped)\b|"
    rf"^\W*{_ADDED}{_CHANGES_NAMED}\s+(?:in|of)\s+[^;]{{1,60}}?\s+(?:was|were)\s+(?:(?:also|likewise)\s+)?"
    r"(?:seen|found|observed|noted|shown|detected|recorded|obtained)\b|"
    rf"^\W*there\s+(?:was|were)\s+(?:also|likewise)\s+{_CHANGES_NAMED}\s+(?:in|of)\b|"
    rf"^\W*{_CHANGES_NAMED}\s+(?:(?:in|of)\s+[^;]{{1,60}}?\s+)?(?:was|were)\s+(?:also|likewise|similarly)\s+"
    r"(?:seen|found|observed|noted|shown|detected|recorded|obtained)\b"
)
# The subject of a sentence, up to its verb: "Massage reduced", "Patients receiving massage had".
_SUBJECT = Caseless(
    r"^\W*(?P<subject>(?:[\w-]+\s+){1,6}?)(?:(?:significantly|also)\s+)?(?:reduced|improved|lowered|decreased|"
    r"increased|raised|had|showed|reported|experienced|produced|led|resulted)\b"
)


def _foils_alone(found: list[Candidate], text: str, earlier: list[Candidate]) -> list[Candidate]:
    """None where all a sentence read is the comparator arm's lack of change, set against a change
    it left unread ("folate rose with the supplement, but remained unchanged with placebo", folate's
    good side unknown): told alone, the foil would read as no change in the outcome. A sentence that
    opens on the contrast ("In contrast, the sham group showed no change in fatigue") sets it
    against the sentence before, whose change, where read, the foil stands beside."""
    contrast = _CONTRASTED.search(text)
    if not found or not contrast:
        return found
    foils = all(
        c.finding.comparison == "within_group"
        and c.finding.comparator
        and c.finding.change == "no_difference"
        for c in found
    )
    if foils and _OPENS_ON_CONTRAST.search(text):
        changed = {outcome_key(c.finding) for c in earlier if c.finding.change in ("increased", "decreased")}
        foils = not all(outcome_key(c.finding) in changed for c in found)
    return [] if foils else found


def _the_tested_arm_again(
    read: list[Candidate], text: str, before: tuple[list[Candidate], str], arms: Role
) -> list[Candidate]:
    """A sentence whose subject is a pronoun with "also" ("It also reduced fatigue (p = 0.02)")
    after a sentence whose subject is the tested arm and whose every result compares it the same
    way, with one comparator ("Massage reduced pain compared with usual care (p = 0.01)") or with
    its own baseline ("Massage reduced pain from baseline"): the pronoun is that arm, its results
    compared as before, where its own words leave the comparison open. So too a sentence whose
    subject is another outcome that "also" went some way ("Depression also decreased (p = 0.02)")
    after any sentence whose every result compares the same way."""
    earlier, sentence_before = before
    pronoun = _PRONOUN_ALSO.search(text)
    if not read or not earlier or not (pronoun or _OUTCOME_ALSO.search(text)):
        return read
    compared = {(c.finding.comparison, c.finding.comparator) for c in earlier}
    if (
        len(compared) != 1
        or compared in ({("between_groups", None)}, {("unclear", None)})
        or any(c.finding.change not in ("increased", "decreased") for c in earlier)
    ):
        return read
    ((comparison, comparator),) = compared
    if comparison == "within_group" and comparator:
        return read  # the comparator arm's own change
    subject = _SUBJECT.search(sentence_before)
    roles = {arms(word) for word in WORD.findall(subject.group("subject"))} if subject else set()
    if pronoun and ("INT" not in roles or "CMP" in roles):
        return read
    return [
        restated(c, comparison=comparison, comparator=comparator)
        if c.finding.comparison == "unclear" and c.finding.change in ("increased", "decreased")
        else c
        for c in read
    ]


def _measured_at_baseline(
    clause: str, following: str, own: list[DomainMatch], role: str, known: Known, vocabulary: Vocabulary
) -> list[DomainMatch]:
    """The outcomes a baseline clause names, where the clause after it goes on about them with no
    subject of its own ("Pain scores did not differ at baseline, but were lower with massage at 6
    weeks"): that clause's result is theirs. Else none: "comparable at baseline; compliance was
    similar" carries nothing on."""
    if not _SAME_SUBJECT.match(following):
        return []
    return own or subject_measures(clause, role, known, vocabulary)


def _told_again(
    earlier: list[Candidate],
    clause: str,
    sentence: AbstractSentence,
    facts: StudyFacts,
    arms: Arms,
    own: list[DomainMatch],
    vocabulary: Vocabulary,
) -> list[Candidate]:
    """What a clause tells of the findings the clause before read (``earlier``): "and these
    differences persisted at follow-up", the same at a later time, for the outcomes it names
    (``own``: "effects on depression were maintained") or, naming none, for all; naming none,
    "whereas usual care did not", no change within the comparator arm, and "but not compared with
    the wait-list group", no difference from that arm."""
    if PERSISTED.match(clause):
        later = Statement(clause, sentence.evidence.text, sentence.evidence, sentence.role == "results", arms)
        named = {segment_key(m) for m in own}
        of_named = [c for c in earlier if not named or segment_key(c.finding) in named]
        when = timepoint(when_said(later), facts.duration_weeks)
        return persisted(of_named, clause, when, sentence.evidence)
    if own:
        return []
    if NOT_AGAINST.match(clause):
        return not_against_another(
            earlier,
            clause,
            named_comparator(clause, vocabulary, arms, specific=True),
            named_comparator(clause, vocabulary, arms),
        )
    return comparator_arm_did_not(earlier, clause, arms.words)


def _told_by_name(
    earlier: list[Candidate],
    clause: str,
    sentence: AbstractSentence,
    facts: StudyFacts,
    arms: Arms,
    own: list[DomainMatch],
) -> list[Candidate]:
    """The findings read earlier in the abstract (``earlier``) of the outcomes a clause names
    (``own``), told again at a later time: "but the improvement in fatigue was not sustained",
    after fatigue improved in a sentence before the last, is no change since then."""
    named = {segment_key(m) for m in own}
    of_named = [c for c in earlier if segment_key(c.finding) in named]
    later = Statement(clause, sentence.evidence.text, sentence.evidence, sentence.role == "results", arms)
    when = timepoint(when_said(later), facts.duration_weeks)
    return persisted(of_named, clause, when, sentence.evidence)


def _control_of_the_two(the_two: str, vocabulary: Vocabulary, arms: Arms) -> str | None:
    """The comparator of two arms, the one the tested arm and the other a control ("both the
    massage and placebo groups": placebo); None where the tested arm is neither ("the placebo and
    wait-list groups") or no control is named ("yoga and massage")."""
    sides = the_two.split(" and ")
    if len(sides) != 2 or not any(names_the_tested_arm(side, arms.words) for side in sides):
        return None
    if not any(names_a_control(side) and not names_the_tested_arm(side, arms.words) for side in sides):
        return None
    return named_comparator(the_two, vocabulary, arms)


def _other_active_of_the_two(the_two: str, vocabulary: Vocabulary, arms: Arms) -> str | None:
    """The other active arm of two set, both, against a third ("both massage and exercise reduced
    pain compared with control, and the two active arms did not differ": exercise), where one is
    the tested arm and the other an arm of the vocabulary's comparators that is no control; None
    where the tested arm cannot be told from the other, or the other names a control."""
    sides = the_two.split(" and ")
    if len(sides) != 2:
        return None
    tested = [names_the_tested_arm(side, arms.words) for side in sides]
    if tested.count(True) != 1:
        return None
    other = sides[tested.index(False)]
    if names_a_control(other):
        return None
    return named_comparator(other, vocabulary, arms, specific=True)


def _alike_against(read: list[Candidate], comparator: str) -> list[Candidate]:
    """The tested arm no different from the comparator arm it was set, beside, against a third
    ("decreased in both the massage and placebo groups compared with the wait-list, but the two
    did not differ": massage no different from placebo). Only the two said alike: a difference
    between them, its way unsaid, is not read."""
    return [
        replace(restated(c, comparator=comparator), own_comparator=True)
        for c in read
        if c.finding.change == "no_difference" and c.finding.comparison == "between_groups"
    ]


def _against_its_own(
    read: list[Candidate],
    clause: str,
    inherited: bool,
    earlier: list[Candidate],
    vocabulary: Vocabulary,
    arms: Arms,
) -> list[Candidate]:
    """The clause's between-group findings, set against the comparator it names itself, if one
    more specific than "control"; for a clause that reads nothing of its own, "but not compared
    with sham", no difference from that arm for the effects the clause before (``earlier``) set
    against another."""
    if not any(c.finding.comparison == "between_groups" for c in read) and not (inherited and not read):
        return read  # the cheap screen: no comparison here
    if not read:  # "..., but not compared with sham"
        return not_against_another(earlier, clause, named_comparator(clause, vocabulary, arms, specific=True))
    against = named_comparator(clause, vocabulary, arms, specific=True)
    if against is None:
        return read
    return [restated(c, comparator=against) if c.finding.comparison == "between_groups" else c for c in read]


# A clause that goes on with its sentence's subject left out, its verb first: "(but) significantly
# reduced X", "(and) it also lowered Y".
_SUBJECT_LEFT_OUT = Caseless(
    r"^\W*(?:(?:but|and|whereas|yet)\s+)?(?:it\s+|they\s+)?(?:(?:also|significantly|markedly|further)\s+)*"
    r"(?:reduced|increased|improved|lowered|raised|decreased|shortened|prolonged|relieved|worsened)\b"
)


def _the_arm_said_before(
    read: list[Candidate], clause: str, prior: str, found: list[Candidate], arms: Arms
) -> list[Candidate]:
    """ "Fictolan did not reduce glucose (p = 0.4) but reduced triglycerides (p = 0.01)": a clause
    with its subject left out, after one whose subject is the tested arm, tells that arm's result
    too, set against the comparator the clause before was set against."""
    if not prior or not _SUBJECT_LEFT_OUT.match(clause):
        return read
    if not names_the_tested_arm(" ".join(prior.split()[:3]), arms.words):
        return read  # "pain did not differ between the groups but decreased": the outcome's subject
    against = {c.finding.comparator for c in found if c.finding.comparison == "between_groups"}
    if len(against) != 1:
        return read
    (comparator,) = against
    return [
        restated(c, comparison="between_groups", comparator=comparator)
        if c.finding.comparison == "unclear"
        else c
        for c in read
    ]


def _comparators_named(found: list[Candidate], against: str | None, named: bool) -> list[Candidate]:
    """Each between-group finding's comparator: the sentence's (``against``), or, where its clauses
    set the outcomes against several ("lower than with usual care, but not than with sham"), each
    clause's own, as is one the reading already set apart (``own_comparator``: "..., with no
    difference between massage and sham" after both beat a third arm). ``Candidate.own_comparator``
    marks those the words name (``named``: the sentence names one), so that ``choice`` keeps
    results against two arms apart."""
    between = [c for c in found if c.finding.comparison == "between_groups"]
    several = len({c.finding.comparator for c in between if c.finding.comparator}) >= 2
    apart = {c.finding.comparator for c in between if c.own_comparator and c.finding.comparator} - {against}
    return [
        c
        if c.finding.comparison != "between_groups"
        else replace(c, own_comparator=True)
        if (several or c.own_comparator) and c.finding.comparator
        else replace(c, finding=replace(c.finding, comparator=against), own_comparator=named or bool(apart))
        for c in found
    ]


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


def _by_part(
    reader: Callable[[list[Candidate], str], list[Candidate]],
    read: list[Candidate],
    clause: str,
    parts: dict[str, str],
) -> list[Candidate]:
    """What ``reader`` adds from the rest of the clause, read for each of its statements' outcomes
    apart (``parts``: ``own_statements``): in "A improved in both groups (p < 0.01), and B improved
    in the massage group only (between-group p = 0.03)" the between-group p-value is B's alone."""
    if len(set(parts.values())) <= 1:
        return reader(read, clause)
    added = []
    for part in dict.fromkeys(parts.values()):
        keys = {key for key, said in parts.items() if said == part}
        added.extend(reader([c for c in read if _keys_of(c) & keys], part))
    return added


def _keys_of(candidate: Candidate) -> set[str]:
    """The ``segment_key`` the candidate's outcome may have had: its domain, its measure outside
    the vocabulary, or its instrument where a domain's instruments are apart."""
    finding = candidate.finding
    return {finding.domain, f"{OTHER_DOMAIN}:{finding.measure}", f"{finding.domain}:{candidate.measure_key}"}


def _keys_named(own: list[DomainMatch]) -> set[str]:
    """The ``_keys_of`` a candidate may share with the clause's outcome mentions."""
    return {m.domain for m in own if m.domain != OTHER_DOMAIN} | {f"{OTHER_DOMAIN}:{m.measure}" for m in own}


def _way_unsaid(candidate: Candidate) -> bool:
    """A difference of the arms read with no way ("a significant difference between the groups
    in fatigue"), whose way ``choice.way_said`` otherwise asks of the conclusions."""
    finding = candidate.finding
    return finding.comparison == "between_groups" and finding.change == "unclear" and not finding.hedged


def _way_of_each_arm(read: list[Candidate], before: list[Candidate]) -> list[Candidate]:
    """The clause's differences of the arms told with no way, each given the way of its outcome's
    arms in the results just before ("fatigue fell in the yoga group but not in the control group.
    There was a significant difference between the groups in fatigue (p = 0.01)": yoga's fall
    against control), as ``opposite_ways_differed`` gives it where the clause names no outcome."""
    kept = []
    for candidate in read:
        finding = candidate.finding
        of_it = [c for c in before if outcome_key(c.finding) == outcome_key(finding)]
        turned = arms_set_apart(of_it, finding.p_value) if _way_unsaid(candidate) else []
        if len(turned) == 1:  # the arms' changes, told in this clause's words and time
            candidate = restated(turned[0], evidence=finding.evidence, timepoint=finding.timepoint)
        kept.append(candidate)
    return kept


# "Massage was not superior to sham": the arms said alike, in no outcome named by the clause.
_ARMS_ALIKE = compiled(
    r"\b(?:was|were) not (?:significantly )?(?:superior|more effective|better)\b|"
    r"\bdid not (?:significantly )?differ\b(?! (?:significantly )?(?:in|on|for|regarding)\b)|"
    r"\bno (?:statistically )?(?:significant )?differences?\b(?! (?:in|on|for|regarding)\b)",
    re.IGNORECASE,
)
# ", although both groups improved in balance": a concession of what every arm did.
_CONCEDED_OF_EVERY_ARM = compiled(
    r"^[\s,;]*(?:although|though|even though)\s.*\b(?:both|each|all|either)\b", re.IGNORECASE | re.DOTALL
)


def _alike_in_what_both_did(
    at: int, spans: tuple[tuple[int, int], ...], text: str, matches: list[DomainMatch]
) -> list[DomainMatch]:
    """The outcomes a clause saying the arms alike, naming none itself, speaks of: those the
    concession after it names, of every arm ("Balance training was not more effective than
    stretching, although both groups improved in balance"): the arms alike in what each did."""
    if at + 1 >= len(spans) or not _ARMS_ALIKE.search(text[spans[at][0] : spans[at][1]]):
        return []
    if not _CONCEDED_OF_EVERY_ARM.match(text[spans[at][1] : spans[at + 1][1]]):
        return []
    start, end = spans[at + 1]
    return [replace(m, start=0, end=0) for m in matches if start <= m.start < end]


def _of_the_sentence_before(at: int, earlier: list[Candidate], sentence_before: str) -> list[Candidate]:
    """The findings of the results sentence before, for a sentence opening with what only compares
    them: "Pain fell in the massage group and did not change in the usual care group. The
    between-group difference was significant (p = 0.003)." Nothing for a later clause, which has
    its own sentence's findings before it."""
    if at or not sentence_before:
        return []
    return [c for c in earlier if c.finding.evidence.text == sentence_before]


def _measure_key(finding: Finding, own: list[DomainMatch]) -> str:
    """Which of its domain's measures the finding's measure names, by the clause's mention of it."""
    named = (m for m in own if m.domain == finding.domain and m.measure == finding.measure)
    return next((m.measure_key for m in named), "")


@lru_cache(maxsize=256)
def _reports(text: str) -> bool:
    """Whether a text states a result: in words, with a p-value, as an estimate with its
    interval ("the hazard ratio for death was 1.13 (95% CI 0.68 to 1.89)"), or as the test of a
    difference told in words ("the difference between groups was significant"). Cached: a
    sentence's clauses are asked again as each is read."""
    return bool(
        states_result(text)
        or p_values(text)
        or interval_reading(text)
        or significance_said(text)
        or sets_shares_against(text)
        # "had a significant effect on memory (g = 0.28, 95% CI 0.10 to 0.46)": the effect tested by
        # its interval, which way left to the conclusions (``way_said``)
        or (names_an_interval(text) and differed_unsaid(text))
    )


def _shifted(match: DomainMatch, by: int) -> DomainMatch:
    return replace(match, start=match.start + by, end=match.end + by)
