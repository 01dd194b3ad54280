"""One outcome's finding, from its stretch of a clause.

A clause may report several outcomes ("reduced anxiety (p < 0.001) and depression (p = 0.04)"):
each is read from its own stretch (``segments``) with its own statistics and, where its own words
state no result, from its lead-in ("an increase of walking speed") or the whole clause.
``readings`` says what the words mean; this module chooses which words those are and assembles
the ``Finding``: measure, comparison, time point and statistics.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache
from itertools import pairwise

from harvester.extract.arms import CMP, INT, dose_comparator, labelled_comparator, short_names_as_groups
from harvester.extract.candidates import Statement, segment_key
from harvester.extract.mentions import construct_of
from harvester.extract.patterns import (
    BRACKETED,
    CHANGE_NOUN_WORDS,
    CHANGE_NOUNS,
    COMPARATIVE_WORDS,
    ITEM_CHANGE,
    ITEM_COMPARATIVE,
    P_NUMBER,
    P_SIGN,
    Caseless,
    caseless_places,
    compiled,
)
from harvester.extract.reader.group_numbers import Role
from harvester.extract.readings import (
    active_comparator_against_control,
    active_comparator_first,
    alike_to_an_arm,
    arm_referred_back,
    arms_from_to,
    arms_own_p_values,
    arms_untold,
    changed_less_untested,
    changes_compared,
    changes_told,
    comparator_arm,
    comparator_arm_changed_more,
    comparator_changed_nothing,
    comparator_opens,
    comparator_set_against_its_addition,
    comparators_set_against_each_other,
    comparison_of,
    control_against_another_arm,
    control_condition_first,
    differed_in_doing,
    differed_over_time,
    differed_unsaid,
    difference_interval_said,
    dosed_arm,
    each_arm_tested_from_to,
    favours_active_comparator,
    flipped,
    held_by_a_later_arm,
    held_by_an_arm,
    holds_back_a_fall,
    is_hedged,
    listed_before_no_difference,
    listed_under_no_difference,
    mixed_analyses,
    negates,
    numbers_change,
    other_arms_alone,
    people_counted_untested,
    periods_set_against,
    read_change,
    responders_compared,
    shares_set_against,
    short_named_first,
    significance_said,
    significant_p,
    start_set_against,
    states_result,
    taken_back_on_adjustment,
    tested_arm_set_against,
    tested_arm_set_against_its_combination,
    the_other_arm_alone,
    times_change,
    told_by_its_interval_alone,
    trend_of_the_measure,
    turned_round,
    values_of_each_arm_before,
)
from harvester.extract.sentences import WORD
from harvester.extract.structure import (
    P_VALUE,
    RESPECTIVE_P,
    STATISTIC,
    first_p_value,
    p_values,
    respective_p,
)
from harvester.extract.timepoints import timepoint, when_said, with_start_spelled
from harvester.extract.types import OTHER_DOMAIN, Finding, StudyFacts
from harvester.extract.vocabulary import DomainMatch, Vocabulary

_WORD_START = compiled(r"\b\w")
# A number as results give it, not one inside a word or a p-value's threshold: "53.3", "46%".
_A_NUMBER = compiled(r"(?<![\w.])\d+(?:[.·]\d+)?(?![\w.])")
# "were not significantly higher", "significantly less increase": the words that qualify a result
# word just before it, and what sizes a change noun.
_QUALIFIERS_BEFORE = compiled(
    r"(?:\b(?:not|no|non|significantly|statistically|significant|were|was|is|are|also|further|"
    r"less|lesser|more|greater|smaller|larger)\s+)+$",
    re.IGNORECASE,
)
# The next outcome's lead-in at the end of a stretch: "reduction in vascular deaths, along with a
# non-significant reduction in all" - the non-significance is the next outcome's.
_NEXT_LEAD_IN = Caseless(
    r"(?:,\s*|\s+)(?:(?:and|or|along with|together with|with|while|whereas)\s+)?(?:an?\s+|the\s+)?"
    # "and a non-significant (p = 0.30) increase in": its p-value said before its change noun
    r"(?:(?:statistically\s+)?(?:non-?)?significant(?:ly)?\s+(?:\([^()]*\)\s+)?|no\s+)?"
    r"(?:(?:greater|higher|larger|smaller|lower|more|less|further|slight|small|marked)\s+)?"
    rf"{CHANGE_NOUNS}"
    r"\s+(?:in|of)\s+(?:(?:the|all|total|other|its|their)\s+){0,2}$|"
    # "lower A (p = 0.01) and a higher B": the next item's own comparative
    rf"(?:,\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+){ITEM_COMPARATIVE}$|"
    # ", with no group difference in", ", but there was no change in": the next item's lack of one
    r",\s*(?:(?:and|but|with|while|whereas)\s+)?(?:there\s+(?:was|were)\s+)?(?:no|without(?:\s+any|\s+a)?)\s+"
    r"(?:(?:statistically\s+)?significant\s+)?(?:(?:between|within|inter)[- ]?groups?\s+|group\s+)?"
    r"(?:changes?|differences?)\s+(?:in|of|for)\s+(?:the\s+)?$",
    # a change noun or a comparative, which every lead-in holds: tried at each space otherwise
    words=CHANGE_NOUN_WORDS + COMPARATIVE_WORDS + ("change", "difference"),
)


def _next_lead_in(text: str) -> re.Match[str] | None:
    """The next outcome's lead-in at the end of ``text`` (``_NEXT_LEAD_IN``), looked for only in a
    text that ends in a space, as every lead-in does before the name it leads to: most stretches
    end in a name or a bracket, and the search would try each of their spaces."""
    return _NEXT_LEAD_IN.search(text) if text[-1:].isspace() else None


# People who had an improvement, counted: their numbers are shares of people, not the outcome's level.
_WHO_IMPROVED = Caseless(
    r"\b(?:patients|participants|subjects|people|women|men|children|infants)\b[^.;]{0,40}?"
    r"\b(?:reported|had|showed|experienced|achieved)\s+(?:an?\s+|any\s+)?(?:improved|improvements?|better|relief)\b"
)
# "We did not find that X improves ...": the claim after it is negated whole.
_NEGATED_CLAIM = compiled(r"\b(?:not|no evidence|failed to) (?:\w+ ){0,2}?(?:that|whether)\b[^,;]*$")
# "a decrease in TG and an increase in HDL": the change noun just before an outcome is its own,
# whatever change an earlier outcome's words name before it.
_OWN_CHANGE_NOUN = Caseless(
    r"\b(?:(?:no|any|without)\s+)?(?:(?:an?|the)\s+)?(?:(?:statistically\s+)?significant(?:ly)?\s+)?"
    r"(?:(?:greater|higher|larger|smaller|lower|more|less|further|similar|comparable|slower|faster|"
    r"quicker|(?:more|less)\s+rapid)\s+)?"
    r"(?:(?:mean|average|median)\s+)?"
    rf"{CHANGE_NOUNS}"
    r"\s+(?:in|of)\s+(?:the\s+)?(?:mean\s+|serum\s+|plasma\s+)?$"
)
# "(RR 0.61, 95% CI 0.42 to 0.88), and the risk of relapse did not differ": a result closed by its
# statistics, then another subject's own (not "and this difference was ...", which qualifies it).
_ANOTHER_SUBJECT = compiled(
    r"\)\s*,?\s+and\s+(?!(?:this|these|that|those|it|they|there|the\s+(?:differences?|effects?|changes?|"
    r"improvements?|reductions?|results?|benefits?|same))\b)(?:the\s+)?[\w-]+(?:\s+[\w-]+){0,4}?\s+"
    r"(?:was|were|did|had|showed|remained)\b",
    re.IGNORECASE,
)
# A stretch that ends joined to the next item: "reductions in A and", "A,".
_JOINED = compiled(r"(?:,|\band|\bor)\s*$")


def segments(
    matches: list[DomainMatch], length: int, apart: frozenset[str] = frozenset()
) -> dict[str, tuple[int, int, int]]:
    """Each outcome's stretch of the clause: from its first mention to the next outcome's, and
    where its lead-in starts (the end of the mention before it).

    The first outcome's stretch starts at the clause start, so that "Massage reduced anxiety"
    keeps its verb. In "reduced anxiety (p < 0.001) and depression (p = 0.04)" each outcome keeps
    its own statistics; in "a decrease of fatigue and an increase of walking speed" walking speed
    reads its own lead-in, "an increase of".
    """
    firsts: dict[str, int] = {}
    for match in matches:
        firsts.setdefault(segment_key(match, apart), match.start)
    starts = sorted(set(firsts.values()))
    segments = {}
    for key, first in firsts.items():
        later = [s for s in starts if s > first]
        ends_before = [m.end for m in matches if m.end <= first]
        start = 0 if first == starts[0] else first
        segments[key] = (start, later[0] if later else length, max(ends_before, default=start))
    return segments


# "in the massage and control groups", "in groups A and B", "in all groups": p-values given
# "respectively" after the arms may be the arms' own (not after "between the A and B groups").
# "In both groups" and "in each group" name no order for "respectively" to follow, and read as a
# change within each arm: their p-values are the outcomes', in turn.
_ARMS_LISTED = Caseless(
    r"(?P<between>\bbetween (?:the )?)?\b[\w/+-]+ and (?:the )?(?:[\w/+-]+ ){1,3}?(?:groups|arms)\b|"
    r"\b(?:groups|arms) [a-z0-9]{1,3} and [a-z0-9]{1,3}\b|"
    r"\b(?:all|the two|the three) (?:\w+ )?(?:groups|arms)\b"
)


def _arms_own_p(clause: str, at: int) -> bool:
    """Whether the clause lists arms before ``at`` whose p-values those given "respectively" may be:
    not where the arms are those "between" which, nor where each arm's values of the outcomes come
    before them."""
    return any(
        not arms.group("between") and not values_of_each_arm_before(clause[: arms.start()])
        for arms in _ARMS_LISTED.finditer(clause[:at])
    )


def _without_respective_p(text: str, respective: str | None) -> str:
    """The text without the p-values it gives its outcomes in turn, where it does: "(p = 0.01 and
    p = 0.09, respectively)" after "spasticity and pain decreased in the massage group" are the
    two outcomes' tests, not a number for each arm."""
    return RESPECTIVE_P.sub("", text) if respective else text


def respective_p_values(clause: str, spans: dict[str, tuple[int, int, int]]) -> dict[str, str]:
    """The p-value a clause gives each outcome "respectively", keyed as ``segments``: in "pain,
    fatigue and anxiety decreased (p = 0.01, p = 0.32 and p = 0.04, respectively)" fatigue's is
    0.32, and in "A was lower (p = 0.01), and B and C were lower (p = 0.02 and p = 0.30,
    respectively)" C's is 0.30; so in "A and B fell by 12% (p = 0.01) and 8% (p = 0.30),
    respectively", each after its own number. Empty unless the p-values are as many as the
    outcomes named between them and the p-value before, two or more, and the clause lists no arms
    before them (one outcome's "p = 0.01 and p = 0.30, respectively" are its arms', as may be two
    outcomes' "in the massage and control groups (p = 0.01 and p = 0.30, respectively)")."""
    run = RESPECTIVE_P.search(clause) if len(spans) > 1 else None
    at, found = (run.start(), respective_p(run.group())) if run else _each_after_its_number(clause, spans)
    if not found or any(start >= at for start, _, _ in spans.values()) or _arms_own_p(clause, at):
        return {}
    closed = max((p.end() for p in P_VALUE.finditer(clause, 0, at)), default=0)
    spans = {key: span for key, span in spans.items() if span[0] >= closed}
    keys = sorted(spans, key=lambda key: spans[key][0])
    return dict(zip(keys, found)) if len(found) == len(keys) else {}


_RESPECTIVELY = compiled(r"\brespectively\b")


def _each_after_its_number(clause: str, spans: dict[str, tuple[int, int, int]]) -> tuple[int, list[str]]:
    """Where the first of them stands, and the p-values after the last outcome where a
    "respectively" gives the outcomes their numbers: "A and B declined, by 4.1 (95% CI 1.2 to 7.0;
    p = 0.01) and 2.3 (95% CI -0.5 to 5.1; p = 0.11), respectively", "A and B fell by 12% and
    8%, respectively, compared with placebo (p = 0.01 and p = 0.30)". None for fewer than two."""
    said = _RESPECTIVELY.search(clause)
    last = max((start for start, _, _ in spans.values()), default=len(clause))
    if said is None or len(spans) < 2 or said.start() < last:
        return 0, []
    found = list(P_VALUE.finditer(clause, last))
    return (found[0].start(), [p.group() for p in found]) if len(found) > 1 else (0, [])


# "A, but not B, ...": an outcome set apart from the one before it, before their verb.
_SET_APART = compiled(r",\s+but not\s+(?:the\s+|in\s+)?$")
_SET_APART_END = compiled(r"\s*(?:\([^()]*\)\s*)?(?=,)")


def own_statements(
    clause: str,
    own: list[DomainMatch],
    apart: frozenset[str],
    spans: dict[str, tuple[int, int, int]] | None = None,
) -> dict[str, str]:
    """The part of the clause whose comparison words are each outcome's own (keyed as
    ``segments``), ``own`` its outcomes' mentions: in "A improved in both groups (p < 0.01), and B
    decreased more with massage than with usual care (p = 0.02)" the "than" is B's alone, and A's
    change stays within the groups. The clause is cut after an outcome's result closed by its own
    p-value, or without p-values at a join (", and", "; ", ", while", ", whereas") before an outcome
    that opens a result of its own, where the words after it state a result of their own before
    the next p-value;
    what opens the clause before its first outcome, or its phrases set off by a comma, if they
    state no result ("Compared with usual care, the massage group had lower A"), stays every
    part's, and so do the arms named after the last bracket when every later statement has
    its verb left out ("A was lower (p = 0.01) and B higher (p = 0.02) with massage than with
    usual care"). Uncut, every outcome's part is the whole clause, less an outcome its opening sets
    apart ("A, but not B, decreased more with massage than with usual care" compares the arms:
    B is no arm). ``spans`` are the clause's ``segments``, when the caller has them already.
    """
    spans = segments(own, len(clause), apart) if spans is None else spans
    starts = sorted({start for start, _, _ in spans.values()})
    ends = {start: max(m.end for m in own if m.start == start) for start in starts[1:]}
    cuts = [
        cut
        for earlier, later in pairwise(starts)
        if (cut := _statement_cut(clause, earlier, later, ends[later]))
    ]
    if not cuts:
        said = _outcome_set_apart(clause, own)
        return {key: said for key in spans}
    opening = clause[: min((m.start for m in own), default=0)]
    if states_result(opening):  # "Compared with usual care, the massage group had lower A": its phrase
        opening = opening[: opening.rfind(",") + 1]
    shared = "" if states_result(opening) else opening
    bounds = [0, *cuts, len(clause)]
    pieces = [clause[bounds[0] : bounds[1]]]
    for at in range(1, len(bounds) - 1):
        piece = clause[bounds[at] : bounds[at + 1]]
        as_before = _compared_as_before(pieces[-1], piece) or _statistics_only(piece)
        pieces.append(pieces[-1] + piece if as_before else shared + piece)
    tail = _tail_of_gapped(clause, bounds)
    pieces = [piece if _COMPARED_WITH.search(piece) else piece + tail for piece in pieces[:-1]] + pieces[-1:]
    parts = {}
    for key, (start, _, _) in spans.items():
        parts[key] = pieces[max(i for i, cut in enumerate(bounds[:-1]) if cut <= start)]
    return parts


# "..., and B and C were lower (p = 0.02 and p = 0.04, respectively)": a comparative that says
# nothing after it, neither "than" nor an arm nor a time.
_BARE_COMPARATIVE = Caseless(
    r"\b(?:was|were)\s+(?:also\s+|likewise\s+|similarly\s+)?(?:(?:statistically\s+)?significantly\s+)?"
    r"(?:lower|higher|less|greater|better|worse|smaller|larger|fewer)(?:\s+too|\s+as\s+well)?\s*(?:\(|\.?\s*$)"
)
_COMPARED_WITH = Caseless(r"\b(?:than|compared (?:with|to)|versus|vs\.?|relative to)\s")


# ", and B higher (p = 0.02)": a later result whose verb is the first's, left out.
_GAPPED = compiled(
    r"^\W*(?:and\s+)?(?:(?!(?:was|were|is|are|had|has|have|did|showed|remained)\b)[\w'’-]+\s+){1,5}?"
    r"(?:lower|higher|less|greater|better|worse|smaller|larger|fewer|more)\s*[(\[]",
    re.IGNORECASE,
)


def _tail_of_gapped(clause: str, bounds: list[int]) -> str:
    """What the clause says after its last bracket when every statement after the first has its
    verb left out ("A was lower (p = 0.01) and B higher (p = 0.02) in the massage group than in
    the usual care group"): the arms compared, said once for all of them; else nothing."""
    if not all(_GAPPED.match(clause[start:end]) for start, end in pairwise(bounds[1:])):
        return ""
    closing = max(clause.rfind(")"), clause.rfind("]"))
    tail = clause[closing + 1 :] if closing >= 0 else ""
    return " " + tail.strip(" ,") if _COMPARED_WITH.search(tail) and not states_result(tail) else ""


def _compared_as_before(before: str, piece: str) -> bool:
    """Whether a statement's bare comparative ("and B was lower too") compares what the statement
    before it compared ("A was lower with massage than with usual care (p = 0.01)"), as its
    ellipsis."""
    return bool(_BARE_COMPARATIVE.search(piece)) and bool(_COMPARED_WITH.search(before))


_BRACKETED = compiled(BRACKETED)


def _statistics_only(piece: str) -> bool:
    """Whether a statement states its result only in its statistics: "(p = 0.45) and self-rated
    QoL (MD = -0.02, 95% CI -1.22 to 0.82; p = 0.97)" lists another outcome under the words
    before it ("there were no differences between the groups in A ... and B"), whose comparison
    it shares."""
    return not states_result(_BRACKETED.sub(" ", piece))


def _outcome_set_apart(clause: str, own: list[DomainMatch]) -> str:
    """The clause without an outcome set apart from the one before it in its opening: "A, but not
    B, decreased more" less ", but not B", which would otherwise read as one arm's treatment
    against another ("drug A, but not drug B, reduced X")."""
    for mention in own[1:]:
        said = _SET_APART.search(clause, 0, mention.start)
        after = _SET_APART_END.match(clause, mention.end)
        if said and after and said.end() == mention.start and not states_result(clause[: said.start()]):
            return clause[: said.start()] + clause[after.end() :]
    return clause


def _statement_cut(clause: str, earlier: int, later: int, later_end: int) -> int | None:
    """Where the next statement starts, if the stretch from ``earlier`` states a result closed by
    its own p-value, or by a join before the outcome at ``later`` (``_joined_statement``), and the
    words after it state a result of their own before the next p-value ("..., and the massage
    group had lower pain than ..."); None where they do not ("A (p = 0.01) and B (p = 0.02)
    decreased more than ...")."""
    closing = next(reversed(list(P_VALUE.finditer(clause, earlier, later))), None)
    if closing and _LEAD_ONLY.fullmatch(clause, closing.end(), later):
        closing = None  # "significant (p < 0.001) enhancement in B": the p-value opens B's own words
    if closing and _GOES_ON.match(clause, closing.end(), later):
        closing = None  # "A was lower (p < 0.01) in the drug group than with placebo, and B ...": still A's
    cut = closing.end() if closing else _joined_statement(clause, earlier, later, later_end)
    if cut is None or not states_result(clause[earlier : closing.start() if closing else cut]):
        return None
    next_p = P_VALUE.search(clause, later)
    said = clause[cut : next_p.start() if next_p else len(clause)]
    return cut if states_result(said) else None


# After a p-value, the arm or the comparison its statement goes on to name: "A was lower (p < 0.01)
# in the drug group than with placebo", "A fell (p = 0.02) compared with sham". The p-value closes
# no statement there; a join after those words may ("..., and B rose").
_GOES_ON = compiled(
    r"[\s)\]]*,?\s*(?:in|with|among|for|than|compared|versus|vs\.?|relative|after|following|during|under|"
    r"receiving|between)\b",
    re.IGNORECASE,
)
# Between a p-value and the outcome it is said of before its name: "(p < 0.001) enhancement in".
_LEAD_ONLY = compiled(rf"[\s)\]]*(?:{ITEM_CHANGE}|{ITEM_COMPARATIVE})", re.IGNORECASE)
# ", and B decreased", "; lower B ...": where a statement without p-values may end and the next begin.
_STATEMENT_JOIN = compiled(r"(?:,\s+(?:and|while|whereas)|;)\s+")
# Only an article or the like between the join and the next outcome: that outcome is the subject.
_ARTICLES = r"(?:(?:the|a|an|its|their|mean|total|overall)\s+)*"
_SUBJECT_OPENING = compiled(_ARTICLES)


def _joined_statement(clause: str, earlier: int, later: int, later_end: int) -> int | None:
    """Where a statement with no p-value of its own may end: at the last join before the outcome at
    ``later`` where that outcome opens a result of its own ("A improved in both groups, and B
    decreased more with massage than with usual care") or a result word comes before it (", and
    the massage group had lower B"); the comparison words after it are then B's alone."""
    join = next(reversed(list(_STATEMENT_JOIN.finditer(clause, earlier, later))), None)
    if join is None:
        join = _bare_join(clause, earlier, later)
    if join is None:
        return None
    before = clause[join.end() : later]
    next_p = P_VALUE.search(clause, later)
    after = clause[later_end : next_p.start() if next_p else len(clause)]
    subject = _SUBJECT_OPENING.fullmatch(before) is not None
    own_result = states_result(after) and not _ONLY_FAVOURING.match(after)
    return join.start() if (subject and own_result) or states_result(before) else None


# "in pain and spasticity, favouring the massage group": the arm the list's result favours, said
# after its last item, no result of that item's own.
_ONLY_FAVOURING = compiled(r"\W*(?:in favou?r of|favou?ring)\b", re.IGNORECASE)


# " and " just before the next outcome, with no comma: a join only after a statement that says its
# own significance ("A decreased significantly in the massage group and B tended to fall (p = 0.08)").
_BARE_AND = compiled(rf"\s+and\s+{_ARTICLES}$")
_SAYS_SIGNIFICANCE = compiled(r"\bsignificant(?:ly)?\b", re.IGNORECASE)


def _bare_join(clause: str, earlier: int, later: int) -> re.Match[str] | None:
    """The " and " that opens the outcome at ``later``, where the stretch before it says its own
    significance: the p-value after the next outcome's words is then that outcome's alone."""
    join = _BARE_AND.search(clause, earlier, later)
    if join is None or not _SAYS_SIGNIFICANCE.search(clause, earlier, join.start()):
        return None
    return join


# "improved balance (mean difference 2.3, 95% CI 0.8 to 3.9) and fatigue": the bracket just after
# the mention before (or its rest, after "(Berg Balance Scale") is that outcome's statistics, no
# lead-in of the next.
_EARLIER_BRACKET = compiled(rf"\s*(?:{BRACKETED})")
_REST_OF_BRACKET = compiled(r"[^()]*\)")


def lead_in(clause: str, lead: int, end: int) -> str:
    """What an outcome is read from when its own words say nothing: its lead-in ("an increase
    of walking speed"), else the clause from the nearest result word before it (in "higher
    platelet count (p = 0.03), albumin (p = 0.02) and ..." albumin reads "higher", not an earlier
    "lower"), else the whole clause; the whole clause too where what precedes that word negates it
    ("did not find that X improves A or B"). Never the next outcome's own lead-in at its end
    ("decrease in pain and anxiety and an increase in": anxiety fell)."""
    next_lead_in = _next_lead_in(clause[lead:end])
    end = lead + next_lead_in.start() if next_lead_in else end
    inside = clause.count("(", 0, lead) > clause.count(")", 0, lead)
    bracket = (_REST_OF_BRACKET if inside else _EARLIER_BRACKET).match(clause, lead, end)
    own_words = clause[bracket.end() if bracket else lead : end]
    if states_result(own_words):
        return own_words
    for word in reversed(list(_WORD_START.finditer(clause, 0, lead))):
        if states_result(clause[word.start() : lead]):
            if _NEGATED_CLAIM.search(clause, 0, word.start()):
                return clause  # "we did not find that X improves A or B": B's result is negated too
            qualified = _QUALIFIERS_BEFORE.search(clause, 0, word.start())
            return clause[qualified.start() if qualified else word.start() : end]
    return clause


# "before (p = 0.40) or after treatment (p = 0.68)": a bracket that tests the arms at the start.
_AT_THE_START = compiled(
    r"\b(?:before|at baseline|pre-?(?:treatment|intervention|operative(?:ly)?))"
    r"(?:\s+(?:the\s+)?(?:treatment|intervention|surgery))?\s*\([^()]*\)",
    re.IGNORECASE,
)


def _past_the_start(text: str) -> str:
    """The text without the p-values that test the arms at the start, where a later one is told
    too: "neither before (p = 0.80) nor after treatment (p = 0.98)" has the result's p = 0.98."""
    later = _AT_THE_START.sub("", text)
    return later if p_values(later) else text


def _may_be_named_again(rest: str, measure: str) -> bool:
    """Whether ``rest`` may name ``measure`` after a bracket or a separator, as the pattern of
    ``_p_value_named_again`` asks: most outcomes are not, and that pattern, made for each outcome
    name, is compiled only where one is."""
    places = caseless_places(rest, measure)
    return places is None or any(rest[:at].rstrip().endswith(("(", ";", ",")) for at in places)


def _p_value_named_again(clause: str, match: DomainMatch) -> str | None:
    """The p-value a bracket gives the outcome by its name, after the clause named it: in "response
    and remission were greater (response 75% vs 42%, p < .001; remission 44% vs 25%, p = .002)"
    remission's is .002, whatever p-value comes first."""
    rest = clause[match.end :]
    if not match.end or len(match.measure) < 3 or not _may_be_named_again(rest, match.measure):
        return None
    again = re.search(rf"[(;,]\s*{re.escape(match.measure)}\b(?P<told>[^;()]*)", rest, re.IGNORECASE)
    return first_p_value(again.group("told")) if again else None


# "and depression (p = 0.30)" just after an outcome: the next item's bracket, the only p-value in it
# (not a p-value said before the next change noun: "and a non-significant (p = 0.30) increase in B").
_NEXT_ITEMS_P = compiled(
    r"\s*and\s+(?:the\s+)?(?:(?!\b(?:an?|\w*significan\w*|statistically)\b)[^\d()\[\],;.]){1,60}?\s*"
    r"\(\s*(?P<p>[Pp]\s*(?:[<>=≤≥]|&lt;|&gt;)\s*[01]?\.\d+)\s*\)"
)


def _p_value_shared_with_the_next(clause: str, match: DomainMatch) -> str | None:
    """The p-value of the next item joined to the outcome by "and", where the list gives its items
    their own bracketed p-values: in "fatigue (p = 0.02), anxiety and depression (p = 0.30)
    improved more", anxiety's is 0.30, as depression's; not where the outcome's bracket, or one
    before it in the clause, is the only one ("anxiety and depression improved (p = 0.30)": one
    p-value, the clause's)."""
    if not match.end or not p_values(clause[: match.start]):
        return None
    shared = _NEXT_ITEMS_P.match(clause, match.end)
    return shared.group("p") if shared else None


def _tested_from_its_mention(segment: str, clause: str, start: int) -> str:
    """The outcome's stretch from its mention on, where its stretch starts at the clause start
    (to keep a verb before it) and a p-value follows the mention: in "risk of A was lower
    (p = 0.002), with lower B (0.21 vs 0.26; p = 0.003)" B's test is 0.003, the one before it A's."""
    if start <= 0 or not clause.startswith(segment) or not p_values(segment[start:]):
        return segment
    return segment[start:]


def outcome_finding(
    segment: str,
    led: str,
    statement: Statement,
    own: list[DomainMatch],
    vocabulary: Vocabulary,
    facts: StudyFacts,
    own_part: str | None = None,
    respective: str | None = None,
) -> Finding | None:
    """The finding of the outcome ``own`` names in its ``segment`` (``led``: its lead-in), its
    comparison read from ``own_part``, the part of the clause that is its own statement
    (``own_statements``; the whole clause if not given), and its p-value ``respective`` where the
    clause gives each outcome one in order (``respective_p_values``)."""
    clause = statement.clause
    segment = _before_another_subject(_before_next_lead_in(segment, clause, own[0]), clause, own[0])
    segment, led = (_before_its_evidence(text, clause, own[0]) for text in (segment, led))
    after = _after_an_earlier_result(segment, clause, own[0])
    segment = after or segment
    # The outcome's own words first, then its lead-in ("an increase of walking speed"), then
    # the clause ("pain and fatigue decreased").
    stated = (
        _sized_as_a_list(clause, own[0])
        or _own_change_noun(clause, own[0].start, segment)
        or (None if _WHO_IMPROVED.search(clause) else _own_comparative(clause, own[0].start, segment))
        or _own_verb(clause, own[0], segment)
        or next((text for text in (segment, led) if states_result(text)), clause)
    )
    # "in the sham and massage groups (p = 0.40 and p = 0.001, respectively)": the tested arm's own
    # p-value, whichever arm is named first
    own_tests = arms_own_p_values(clause, statement.arms.words)
    own_test = own_tests[0] if own_tests else None
    p_value = (
        own_test
        or _p_value_named_again(clause, own[0])
        or respective
        or _p_value_shared_with_the_next(clause, own[0])
        or first_p_value(_past_the_start(_tested_from_its_mention(segment, clause, own[0].start)))
        or (
            first_p_value(own_part or clause)
            if len(p_values(own_part or clause)) == 1 and not after
            else None
        )
    )
    tested = p_value or significance_said(clause) or difference_interval_said(clause)
    compared = _arms_compared(clause, statement, own, tested) or _difference_told_after(
        clause, statement, own
    )
    # "Compared with baseline, pain was lower with massage but higher in the control group": the
    # later clause's result set against its start as well
    opening = start_set_against(statement.sentence, clause)
    reading = compared or read_change(
        stated, opening + clause, own, p_value, statement.arms.labels, statement.arms.doses
    )
    arms = statement.arms
    if reading and not compared and reading[0] != "no_difference" and alike_to_an_arm(clause, arms.words):
        # "physiotherapy alone improved motor function as much as the combined program": alike
        return _alike_between(own, segment, clause, statement, vocabulary, facts, p_value)
    # "pain decreased in the acupuncture group" in a trial of massage: the other arm's own change,
    # kept only where it is read as a change within that arm, named (see the end)
    other_arms_own = None
    # "calcium alone had no effect on BMD": the comparator arm's own lack of change, named, even
    # where the comparator is an active treatment ("exercise alone had no effect on pain", of
    # massage plus exercise against exercise alone)
    unchanged = (
        comparator_changed_nothing(clause, arms.words, arms.controls)
        if reading and not compared and reading[0] == "no_difference"
        else None
    )
    if reading and not compared and facts.interventions and not unchanged:  # a trial of a known treatment
        others_alone = other_arms_alone(clause, arms.compared, arms.words)
        if (
            active_comparator_against_control(clause, arms.compared, arms.words, arms.others.keys())
            or others_alone
            or comparators_set_against_each_other(clause, arms.words)
        ):
            other_arms_own = the_other_arm_alone(clause, others_alone, arms.compared)
            if other_arms_own is None:
                return None  # another arm's result against control: the intervention's is not told
    if unchanged:
        other_arms_own = unchanged
    if reading and not compared and dosed_arm(opening + clause, arms.doses):
        pass  # one dose's arm set against another's: ``read_change`` has read it by the title's doses
    elif (
        reading
        and not compared
        and (
            active_comparator_first(clause, arms.compared, arms.words, arms.controls)
            # "decreased more after rest than after massage": the control condition's greater fall
            or control_condition_first(clause, arms.words, vocabulary.control_arm_words | arms.controls)
            # in a trial of a known treatment, "in favour of exercise" favours its comparator, as
            # "favoured propranolol" does where the methods randomized to reflexology or propranolol
            or favours_active_comparator(
                clause, arms.compared | arms.controls if facts.interventions else frozenset(), arms.words
            )
            # "greater in the rehabilitation alone group than in the massage group": the other arm's gain
            or tested_arm_set_against(clause, arms.words, arms.told)
            # "the relaxation group improved more", where relaxation is the comparator: its gain
            or comparator_arm_changed_more(clause, arms.words)
            # "lower in the SC group than in the SC+A group": the comparator against its addition
            or comparator_set_against_its_addition(clause, arms.words)
        )
    ):
        # a statistic's interval sets one arm over the other whichever arm the clause names first:
        # the arms' own numbers, tested by it, tell which way (see numbers_change), or nothing does
        told_by_interval = told_by_its_interval_alone(stated, clause, own)
        reading = None if told_by_interval else turned_round(reading, stated, own)
    elif (
        reading
        and not compared
        and reading[0] in ("increased", "decreased")
        and (order := short_named_first(clause, arms.short, arms.words))
    ):
        # "in the LC group than in the RF group": which of the two was tested, not the order, tells
        reading = {"as read": reading, "flipped": flipped(reading)}.get(order, ("unclear", "unclear"))
    elif (
        reading
        and not compared
        and reading[0] in ("increased", "decreased")
        and (held := held_by_an_arm(clause, arms.compared, arms.words))
    ):
        # "pain was lowest in the acupuncture group": another arm's result, the tested arm's the other
        # way; "lower in the relaxation group" so too where that arm is the one comparator, or one the
        # vocabulary does not name, told by the title's or the aim's "X versus Y" ("than quinine")
        alone = held == "most" or (len(facts.comparators) <= 1 and not arms.others)
        if held == "unknown" or not alone:
            reading = "unclear", "unclear"
        else:  # "the relaxation group had a greater reduction in pain": its greater gain, unclear
            reading = turned_round(reading, stated, own) if held == "subject" else flipped(reading)
    elif (
        reading
        and not compared
        and reading[0] in ("increased", "decreased")
        and (
            arms_untold(clause, arms.words, arms.told, arms.versus, arms.titled)
            or held_by_a_later_arm(clause, arms.words, arms.told)
            or periods_set_against(clause)
            or control_against_another_arm(clause, arms.words, arms.titled, arms.told)
        )
    ):
        # "lower after landmark-guided than after ultrasound-guided injection": which was tested,
        # the abstract does not tell, and the first named may be either
        reading = ("unclear", "unclear")
    elif (
        reading
        and not compared
        and reading[0] in ("increased", "decreased")
        and comparator_opens(clause, arms.words)
    ):
        # "heparin caused more bleeding", citrate compared with heparin: the comparator's result
        reading = ("unclear", "unclear")
    referred, told = arm_referred_back(own_part or clause, statement.sentence, arms.words, arms.labels)
    if reading and not compared and reading[0] in ("increased", "decreased") and referred:
        # "..., and the former also slept worse": the result of the arm named first before it, read
        # from its own words, the other arms named before set aside
        own_reading = read_change(told, told, [replace(m, start=0, end=0) for m in own], p_value)
        if own_reading is None or own_reading[0] not in ("increased", "decreased"):
            own_reading = ("unclear", "unclear")
        reading = {INT: own_reading, CMP: flipped(own_reading)}.get(referred, ("unclear", "unclear"))
    if reading and reading[0] in ("increased", "decreased") and (verdict := _verdict_after(clause, own)):
        reading = (reading[0], verdict)  # "fatigue scores rose, indicating improvement": as its authors say
    if reading and not own_tests and tested_arm_set_against_its_combination(clause, facts.interventions):
        reading = ("unclear", "unclear")  # the combination against the tested treatment alone
    if (
        reading
        and reading[0] in ("increased", "decreased")
        and taken_back_on_adjustment(clause, statement.sentence)
    ):
        reading = ("unclear", "unclear")  # the adjusted analysis's lack of difference is the result
    if reading and mixed_analyses(clause, statement.sentence):
        # significant by one analysis, not by another: conflicting, and neither p-value is the result's
        reading, p_value = ("unclear", "unclear"), None
    by_numbers = None if reading and not compared else "between_groups"
    if other_arms_own and reading and reading[0] == "no_difference" and not compared:
        by_numbers = "within_group"  # the other arm's own lack of change over time
    if own_test and not compared:
        by_numbers = "within_group"  # each arm tested against its own start
    if reading is None and _WHO_IMPROVED.search(clause):
        return None  # "fewer patients reported improved pain (20% vs 45%)": shares, not pain levels
    own_values = None if reading else each_arm_tested_from_to(clause, statement.arms.words, own)
    if own_values:
        # each arm's values before and after, each with its own test
        reading, p_value, by_numbers = own_values[:2], own_values[2], "within_group"
    if reading is None:
        numbers = _numbers_of(segment, clause)
        reading = numbers_change(
            numbers,
            statement.arms.words,
            own,
            tested,
            statement.arms.labels,
            clause[: clause.find(numbers)] if numbers != clause else statement.sentence_before,
        )
    untested = tested is None and not p_values(statement.sentence)
    if reading is None and untested:
        # "82% of the massage group ... as compared to 45% of the usual care group": the arms' shares
        # differ, but untested; which arm did better is left unclear
        shares = shares_set_against(clause, statement.arms.words, statement.arms.labels)
        reading, by_numbers = ((shares, "unclear"), "between_groups") if shares else (None, by_numbers)
    elif reading and untested and people_counted_untested(clause) and not _statistic(clause):
        reading = (reading[0], "unclear")  # "more patients in the massage group reported ...": so too
    if reading is None:
        reading, by_numbers = times_change(segment, own, p_value), "within_group"
    if (
        reading is None
        and differed_unsaid(clause, statement.before)
        and (p_value is None or significant_p(p_value))
    ):
        # which way: see way_said; one arm's values before and after, a change within it
        reading = ("unclear", "unclear")
        by_numbers = "within_group" if differed_over_time(clause) else "between_groups"
    if reading is None:
        return None
    if differed_in_doing(clause):
        # "significant differences in reducing pain": which arm did more, unsaid
        reading = ("unclear", "unclear")
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
    if (
        own[0].domain == OTHER_DOMAIN
        and direction == "unclear"
        and not _trend_in_a_known_measure(change, clause, own[0])
    ):
        return None  # a measure whose good side is unknown: no guess
    if change == "no_difference" and p_value and significant_p(p_value):
        p_value = None  # "A, but not B, decreased (p = 0.01)": the p-value is A's
    # A number for each arm is a comparison of the arms, one before and after treatment a change
    # over time, whatever else the clause says.
    own_words = own_part or clause
    part = opening + own_words
    # a part of the clause is its own statement: the sentence's other comparison words are not its;
    # p-values given the outcomes "respectively" are no number for each arm
    starts, short = statement.starts, statement.arms.short
    # "balance improved more than fatigue": two outcomes set against each other, not two arms
    part, whole = (
        _without_another_outcome(text, vocabulary, statement.arms.words)
        for text in (part, statement.sentence if own_words == clause else part)
    )
    if change == "no_difference":
        part, whole = _without_arms_of_a_difference(part), _without_arms_of_a_difference(whole)
    comparison = by_numbers or comparison_of(
        short_names_as_groups(with_start_spelled(_without_respective_p(part, respective), starts), short),
        short_names_as_groups(with_start_spelled(_without_respective_p(whole, respective), starts), short),
        facts,
        change,
        statement.arms.words,
    )
    if (
        comparison == "between_groups"
        and change in ("increased", "decreased")
        and tested is None
        and changed_less_untested(clause, statement.arms.words, statement.arms.labels)
    ):
        comparison = "within_group"  # "reduced by 7.1 and 3.2 in the placebo and drug groups": each its own
    domain = own[0].domain
    # a change read from the tested arm's own values, or its own test, is that arm's, wherever the
    # comparator's stand
    arm = (
        comparator_arm(short_names_as_groups(part, short), statement.arms.words)
        or labelled_comparator(part, statement.arms.labels)
        or dose_comparator(part, statement.arms.doses)
        if comparison == "within_group" and not own_values and not (own_test and p_value == own_test)
        else None
    )
    if arm in short:
        arm = arm.upper()  # a short name as the abstract writes it: "the CG", not "the cg"
    if other_arms_own and comparison == "within_group":
        arm = arm or arms.others.get(other_arms_own, other_arms_own)  # "in the acupuncture group": its own
    elif other_arms_own:
        return None  # another arm's result, not read as its own change: the intervention's is not told
    return Finding(
        domain=domain,
        measure=_measure(own, segment, clause, vocabulary),
        direction=direction,
        comparison=comparison,
        timepoint=timepoint(when_said(statement), facts.duration_weeks),
        evidence=statement.evidence,
        p_value=p_value,
        statistic=_statistic(segment) or _statistic(clause),
        hedged=is_hedged(stated if own[0].end else statement.sentence) or _modal_before(clause, stated),
        change=change,
        comparator=arm,  # a change within the comparator arm
    )


# "(p < 0.001 vs placebo)", "(p = 0.01 for both doses versus placebo)": the arms a test set against
# each other, named after its p-value.
_TESTED_AGAINST_AN_ARM = compiled(
    rf"\b{P_SIGN}{P_NUMBER}\s*(?:for (?:both|each|all|either)(?: [\w-]+)? )?"
    r"(?:vs\.?|versus|compared (?:with|to)|against|relative to)\s+[^;,()]*",
    re.IGNORECASE,
)


def _without_arms_of_a_difference(text: str) -> str:
    """The text without the arms a significant test set against each other ("while it remained
    unchanged with placebo (p < 0.001 vs placebo)"): they are the difference that test found, never
    a lack of change told beside it, which is the named arm's own over time."""
    return _TESTED_AGAINST_AN_ARM.sub(lambda m: " " if significant_p(m.group()) else m.group(), text)


def _trend_in_a_known_measure(change: str, clause: str, measure: DomainMatch) -> bool:
    """Whether an open-vocabulary measure whose good side is known, or that has none, is said
    only to trend ("a non-significant trend for a lower heart rate"): the result is unclear
    whichever way is better, and it is the abstract's result, not a guess."""
    return change == "unclear" and bool(measure.polarity) and trend_of_the_measure(clause, measure)


# "more than", "than did", "than for": what is set against, named next.
_THAN_BEFORE = compiled(
    r"(?:\b(?:more|less|further|better|worse|greater|larger)\s+)?\bthan\s+(?:(?:did|for|on|in)\s+)?(?:the\s+)?$"
)
# "... than in the balance training group": the words go on to name an arm.
_AN_ARMS_NAME_GOES_ON = compiled(r"(?:\s+[\w-]+){0,2}\s+(?:group|arm|condition)s?\b")
# "than fatigue did": the verb the outcome set against may take.
_DID_AFTER = compiled(r"\s+did\b")


def _without_another_outcome(text: str, vocabulary: Vocabulary, arms: Role) -> str:
    """The text less "than" and the outcome named right after it ("balance improved more than
    fatigue did"): a result set against another outcome's, which names no arm it is set against;
    the text itself where nothing such is said, or where the words are an arm's too ("more than
    walking" in a trial of a walking programme, "than in the balance training group")."""
    if "than" not in text.lower():
        return text
    for match in vocabulary.match(text):
        than = _THAN_BEFORE.search(text, 0, match.start)
        if (
            than is not None
            and not any(arms(word) for word in WORD.findall(match.measure.lower()))
            and not _AN_ARMS_NAME_GOES_ON.match(text, match.end)
        ):
            did = _DID_AFTER.match(text, match.end)
            return text[: than.start()].rstrip() + text[did.end() if did else match.end :]
    return text


def _arms_compared(
    text: str, statement: Statement, own: list[DomainMatch], p_value: str | None
) -> tuple[str, str] | None:
    """(change, direction) of the intervention against the comparator from each arm's change or
    share of people who changed in ``text``, tested by ``p_value``."""
    arms = statement.arms
    return (
        # "increased in the CG and decreased in the EG": each arm by its short name, as its group
        changes_compared(short_names_as_groups(text, arms.short), arms.words, own, p_value, arms.labels)
        or responders_compared(text, arms.words, own, p_value, arms.labels)
        or arms_from_to(text, arms.words, own, p_value, arms.labels)
    )


def _difference_told_after(
    clause: str, statement: Statement, own: list[DomainMatch]
) -> tuple[str, str] | None:
    """(change, direction) for a clause that names no outcome and says only how the arms' difference
    tested ("...; the difference between groups was significant"): the comparison of the numbers
    the clause before it gave each arm, toward the arm they favour; None where it gave none."""
    said = significance_said(clause)
    if own[0].end or not statement.before or said is None:
        return None
    tested = first_p_value(clause) or said
    arms = statement.arms
    return _arms_compared(statement.before, statement, own, tested) or numbers_change(
        statement.before, arms.words, own, tested, arms.labels
    )


def _alike_between(
    own: list[DomainMatch],
    segment: str,
    clause: str,
    statement: Statement,
    vocabulary: Vocabulary,
    facts: StudyFacts,
    p_value: str | None,
) -> Finding:
    """No difference between the arms, for an outcome one arm changed as much as the other."""
    return Finding(
        domain=own[0].domain,
        measure=_measure(own, segment, clause, vocabulary),
        direction="no_difference",
        comparison="between_groups",
        timepoint=timepoint(when_said(statement), facts.duration_weeks),
        evidence=statement.evidence,
        p_value=p_value,
        statistic=_statistic(segment) or _statistic(clause),
        hedged=is_hedged(segment if own[0].end else statement.sentence),
        change="no_difference",
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
    tail = _next_lead_in(segment[after:]) if 0 <= after <= len(segment) else None
    return segment if tail is None else segment[: after + tail.start()]


# ", indicating improvement": the authors' word for the change just told, whichever way its scale runs.
_VERDICT_ASIDE = compiled(
    r",\s*(?:indicating|reflecting|suggesting|denoting|representing|which\s+(?:indicates?|indicated|reflects?|"
    r"reflected|means?|meant))\s+(?:an?\s+|the\s+)?(?:(?:significant|greater|marked|clinical(?:ly)?\s+\w+)\s+)?"
    r"(?:(?P<good>improvement|improved|better|benefit)|(?P<bad>worsening|deterioration|worse|decline))\b",
    re.IGNORECASE,
)


def _verdict_after(clause: str, own: list[DomainMatch]) -> str | None:
    """Improved or worsened, as the authors call the one change told of the outcome just before
    ("increases in fatigue scores, indicating improvement"); None where they do not, or where
    another change comes between ("pain fell and quality of life rose, indicating improvement"
    is said of quality of life)."""
    if not own[-1].end or "," not in clause[own[-1].end :]:
        return None
    verdict = _VERDICT_ASIDE.search(clause, own[-1].end)
    if verdict is None or changes_told(clause[own[-1].end : verdict.start()]) > 1:
        return None
    return "improved" if verdict.group("good") else "worsened"


# ", as shown by increased scores": the evidence for a result said before, its rise the scale's.
_EVIDENCE_ASIDE = Caseless(r",\s*as\s+(?:shown|indicated|reflected|evidenced|demonstrated)\s+by\b")


def _before_its_evidence(segment: str, clause: str, own: DomainMatch) -> str:
    """An outcome's stretch up to the evidence it is given, where the clause said its result
    before it: in "massage improved depression and fatigue, as shown by increased scores" fatigue
    improved, whichever way its scale runs."""
    if not own.end or "as " not in segment:
        return segment
    aside = _EVIDENCE_ASIDE.search(segment)
    if aside is None or not states_result(clause[: own.start]):
        return segment
    return segment[: aside.start()]


def _before_another_subject(segment: str, clause: str, own: DomainMatch) -> str:
    """An outcome's stretch up to its own statistics, where another subject's result follows: in
    "the risk of falls was lower (RR 0.61, 95% CI 0.42 to 0.88), and the risk of relapse did not
    differ" falls were fewer; what follows speaks of relapse, a measure not recognised."""
    if not own.end:
        return segment
    after = own.end - (own.start if clause.startswith(segment, own.start) else 0)
    cut = _ANOTHER_SUBJECT.search(segment, max(after, 0))
    if cut is None:
        return segment
    kept = segment[: cut.start() + 1]
    closing = kept[kept.rfind("(") :]
    if not (P_VALUE.search(closing) or STATISTIC.search(closing)) or not states_result(kept):
        return segment
    return kept


# "Improvements in balance and fatigue were smaller than with usual care": one change noun, a list of
# outcomes, and the one verb that sizes the change of each.
# So does "vibration reduced fatigue and spasticity less than usual care did": one verb, a list, sized.
_LIST_SIZED = Caseless(
    rf"^\W*(?:the\s+)?(?:(?:mean|average|overall)\s+)?{CHANGE_NOUNS}\s+(?:in|of)\s+"
    r"(?P<items>(?:(?!(?:was|were|is|are|than|compared|with|but|while|whereas)\b)[^.;()])+?)"
    r"\s+(?:was|were)\s+(?:\w+ly\s+)?(?:larger|smaller|greater|lesser|bigger|less|more)\b|"
    r"^\W*(?:[\w-]+\s+){1,4}?(?:reduced|lowered|decreased|increased|improved|raised)\s+"
    r"(?P<verb_items>(?:(?!(?:was|were|is|are|than|compared|with|but|while|whereas)\b)[^.;()])+?)"
    r"\s+(?:\w+ly\s+)?(?:less|more)\s+than\b"
)


def _sized_as_a_list(clause: str, own: DomainMatch) -> str | None:
    """The whole clause, where the outcome is a later item of a list that one change noun opens
    and one verb after it sizes: each item's change is the list's, not a level ("fatigue were
    smaller") nor the noun alone ("improvements in balance and")."""
    listed = _LIST_SIZED.match(clause)
    if listed is None or not own.end:
        return None
    items = "items" if listed.group("items") else "verb_items"
    if not listed.start(items) <= own.start < listed.end(items):
        return None
    return clause if re.search(r",|\band\b|\bor\b", listed.group(items)) else None


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
    if own is None or negates(clause[: window + own.start()]) or holds_back_a_fall(clause[:start]):
        return None
    end = start + len(segment) if clause.startswith(segment, start) else len(segment)
    if _JOINED.search(clause, 0, end) and negates(clause[end:]):
        return clause[window + own.start() :]  # "reductions in A and B did not differ": the list's verb
    return clause[window + own.start() : end]


# "... cried less and had lower salivary cortisol": what an arm had, the comparative just before it.
_OWN_COMPARATIVE = Caseless(
    r"\b(?:had|have|has|showed|reported|experienced|demonstrated)\s+(?:(?:statistically\s+)?significantly\s+|"
    r"much\s+|slightly\s+)?(?:lower|higher|less|more|fewer|greater|better|worse|reduced|increased|decreased|"
    r"improved)\s+(?:(?:mean|average|median|serum|plasma|salivary|urinary)\s+)?$|"
    # "lower anxiety, a higher quality of life and lower heart rate": a list's item after its own
    rf"(?:,|\band|\bor)\s+(?:with\s+)?{ITEM_COMPARATIVE}(?:(?:mean|average|median|serum|plasma|salivary|urinary)\s+)?$"
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


# "lowered agitation and improved mood": a change verb of its own just after a join, before the
# outcome (and its possessives or qualifiers).
_CHANGE_VERB = (
    r"(?:improv|reduc|increas|decreas|lower|rais|enhanc|worsen|relieve|eas|alleviat|diminish|"
    r"lessen|boost|heighten|aggravat)(?:e|es|ed|ing|s)?"
)
_OWN_VERB = compiled(
    r"(?:,|\band)\s+(?:(?:also|further|significantly|to)\s+)?"
    rf"{_CHANGE_VERB}\s+(?:(?:the|their|its|his|her|overall|mean|total|self-reported|perceived|"
    r"patients'?|participants'?)\s+)*$",
    re.IGNORECASE,
)
# "improve QOL and mood status and reduce side-effects": after the outcome, another verb of the
# same subject, whose object is another outcome.
_ANOTHER_VERB_AFTER = compiled(
    rf"(?:[\s\w'-]{{0,30}}?)\s*,?\s+and\s+(?:also\s+)?{_CHANGE_VERB}\b", re.IGNORECASE
)
_VERB_BEFORE = compiled(rf"\b{_CHANGE_VERB}\b", re.IGNORECASE)


# "may reduce", "might also improve": the hedge of the verb a statement opens with, just before it
_MODAL_BEFORE = compiled(r"\b(?:may|might|could)\s+(?:(?:also|further|even|well)\s+)?$", re.IGNORECASE)


def _modal_before(clause: str, stated: str) -> bool:
    """Whether the words the outcome's result was read from (``stated``) follow a modal in the
    clause: in "improves balance and may reduce fatigue" the reduction of fatigue is only thought
    possible, the balance shown."""
    at = clause.find(stated) if stated else -1
    return at > 0 and _MODAL_BEFORE.search(clause, max(0, at - 30), at) is not None


def _own_verb(clause: str, own: DomainMatch, segment: str) -> str | None:
    """The outcome's own change verb, where the clause joins two verbs of one subject: in
    "massage lowered agitation and improved mood" mood improved, whatever was lowered before it,
    and in "can improve QOL and mood status and reduce side-effects" mood improved, whatever is
    reduced after it. From that verb to the end of the outcome's stretch (or of its name, where
    the verb after it is another outcome's); None where the clause says neither."""
    if own.start <= 0 or not own.end:
        return None
    end = own.start + len(segment) if clause.startswith(segment, own.start) else len(segment)
    verb = _OWN_VERB.search(clause, max(0, own.start - 60), own.start)
    if verb is not None and states_result(clause[: verb.start()]) and not negates(clause[: verb.start()]):
        return clause[verb.start() : end]
    if not _ANOTHER_VERB_AFTER.match(clause, own.end):
        return None
    before = list(_VERB_BEFORE.finditer(clause, 0, own.start))
    if not before or negates(clause[: before[-1].start()]):
        return None
    return clause[before[-1].start() : own.end]


def _measure(own: list[DomainMatch], segment: str, clause: str, vocabulary: Vocabulary) -> str:
    """The instrument as written if one is named, after the construct it measured where the words
    before its bracket name one ("Generic health status (EQ-5D)"), else the words used, with a
    generic scale; a measure outside the vocabulary as the abstract names it."""
    if own[0].domain == OTHER_DOMAIN:
        return own[0].measure
    instruments = [m for m in own if m.is_instrument]
    if instruments:
        first = instruments[0]
        named_here = first.end and clause[first.start : first.end] == first.measure
        return (construct_of(clause, first, vocabulary) if named_here else "") or first.measure
    scales = vocabulary.match_scales(segment)
    if not scales or scales[0].label in own[0].measure:  # "visual analogue scale (VAS)" as defined
        return own[0].measure
    return f"{own[0].measure} ({scales[0].label})"


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
