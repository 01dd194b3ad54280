"""What the rest of a clause adds to, or corrects in, the findings read for its outcomes.

One clause may state two findings for one outcome ("pain fell in both groups, but more so with
massage": a change within each arm and a difference between them; "did not vary between or
within groups"), quote a comparison beside a within-group change ("between-group difference
p = 0.19"), share an outcome's result with the open measures listed beside it, or qualify what
the clause before it said ("..., but this was not significant"). Each reader here takes the
findings read for the clause's outcomes and returns what the rest of the clause adds or restates.
"""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import pairwise
from typing import Any

from harvester.extract.arms import CMP, INT, labelled_role
from harvester.extract.candidates import Candidate, outcome_key, restated, segment_key
from harvester.extract.lists import CONTENT_WORD
from harvester.extract.measures import NO_GOOD_SIDE
from harvester.extract.patterns import AGAINST_AN_ARM, COMPARED, NO_CHANGE_SEEN_IN_AN_ARM, Caseless, compiled
from harvester.extract.readings import (
    ARM_STEADY,
    Role,
    alike_change,
    arm_favoured,
    arm_named,
    arms_own_p_values,
    each_arm_changed,
    every_arm_before_comparison,
    flipped,
    group_test,
    in_one_arm_only,
    is_hedged,
    lowered,
    names_one_group,
    negates,
    non_inferior_change,
    read_change,
    significance_said,
    significant_p,
    sized_as_told,
    tested_arm_changed,
    tests_each_arm_against_its_start,
)
from harvester.extract.structure import first_p_value, p_values
from harvester.extract.timepoints import PERSISTED, timepoint
from harvester.extract.types import OTHER_DOMAIN, Evidence, Finding
from harvester.extract.vocabulary import DomainMatch

# "..., but more so in the massage group", "and less so with sham": the change before, compared.
MORE_SO = compiled(
    r"^\W*(?:(?:but|and|though|although)\s+)?(?:\w+ly\s+|even\s+|much\s+|far\s+)?"
    # "but more slowly in the usual care group": less of the change, in the same time
    r"(?:(?P<more>more|less)|more slowly|less (?:rapidly|quickly|steeply))\s+"
    r"(?:so\b|(?=(?:in|with|among|for|after) ))",
    re.IGNORECASE,
)
_BOTH_COMPARISONS = Caseless(r"\b(?:between (?:and|or) within|within (?:and|or) between)\b")
# "did not vary in any of the comparisons and in none of the groups": a lack of difference between
# the arms and of change within each, said apart.
_ARMS_NAMED = Caseless(
    r"\b(?:between[- ](?:the )?(?:two |three )?groups?|between-group|any of the comparisons|"
    r"the groups did not differ)\b"
)
_EACH_ARM_NAMED = Caseless(
    r"\b(?:in (?:none|any) of the (?:groups|arms)|in (?:either|neither|each) (?:group|arm)|"
    # not "did not differ between the groups over time": the arms' courses set side by side
    r"within (?:either|each|any) (?:group|arm)|within[- ]groups?|(?<!groups )(?<!arms )over time)\b"
)
# "improved both within and between groups", "within- and between-group improvements": one change
# set against the start and against the other arm.
_BOTH_COMPARISONS_OF_A_CHANGE = Caseless(
    r"\b(?:between-?\s*(?:groups?-?\s*)?(?:and|or)\s+within|within-?\s*(?:groups?-?\s*)?(?:and|or)\s+between)\b"
)
# What a change is set against that is where its arm began: "compared with baseline", "from
# pre-intervention values", "than before the intervention", "over time".
_THE_START = (
    r"(?:(?:from|since|relative to|versus|vs\.?|than(?: at)?|"
    + COMPARED
    + r")\s+(?:(?:the|their|its)\s+)?(?:baseline|pre-?(?:intervention|treatment|test|training|program(?:me)?)"
    r"|before(?:\s+(?:the\s+)?(?:intervention|treatment|training|program(?:me)?|study))?|the start)\b|"
    r"\bover time\b)"
)
_CONTROL_WORDS = r"(?:usual care|sham|placebo|controls?|wait(?:ing)?[- ]?list)\b"
# What a change is set against that is another arm: "compared with the control group", "relative
# to usual care", "than that of the sham group".
_ANOTHER_ARM = (
    r"(?P<arm>(?:relative to|versus|vs\.?|than(?:\s+(?:in|with|among|that of|those of|those in))?|"
    + COMPARED
    + r")\s+(?:(?:the|those in the|that of the)\s+)?(?:[\w-]+\s+){0,3}?(?:groups?|arms?)\b|"
    rf"\bthan\s+(?:(?:in|with|after)\s+)?(?:the\s+)?{_CONTROL_WORDS})"
)
# After the start, the other arm told with the comparing words left out: "compared with baseline
# and with the control group", "compared to pre-intervention values and to usual care".
_ANOTHER_ARM_TOO = (
    r"(?P<arm_too>(?:to|with)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:groups?|arms?)\b|"
    rf"(?:to|with)\s+(?:the\s+)?{_CONTROL_WORDS})"
)
# After the other arm, the start told with the rest of the statement left out: "less fatigue than
# the wait-list group, and significantly less than at baseline", "compared with the control group
# (p = 0.02), and within the yoga group (p < 0.001)".
_THE_START_TOO = (
    r"(?:(?:\w+ly\s+)*(?:less|more|lower|higher|greater|better|worse|fewer|smaller|larger)\s+)?"
    r"(?:than|compared (?:with|to)|relative to|from|versus|vs\.?)\s+(?:at\s+)?(?:the\s+)?"
    r"(?:baseline|pre-?(?:intervention|treatment|test|training|program(?:me)?))\b|"
    r"within (?:the )?(?:[\w-]+\s+){0,3}?(?:groups?|arms?)\b"
)
# "... (p < 0.001), and": the first told, with its test, before the second.
_THEN_AND = r"(?:\s+\([^()]{1,40}\))?,?\s+and\s+"
# The two said of one change, one after the other: "decreased from baseline (p < 0.001) and
# compared with the control group (p = 0.003)", "over time in the massage group and was lower than
# in the control group", "a reduction from baseline, which was greater than that of the sham group".
_AGAINST_THE_START_AND_AN_ARM = Caseless(
    rf"{_THE_START}[^;]{{0,80}}?(?:\band\b|,\s+which\b)[^;]{{0,60}}?{_ANOTHER_ARM}|"
    rf"{_THE_START}(?:\s+(?:values?|scores?|levels?))?{_THEN_AND}{_ANOTHER_ARM_TOO}|"
    rf"{_ANOTHER_ARM.replace('?P<arm>', '?P<arm_first>')}{_THEN_AND}(?:also\s+)?(?:{_THE_START_TOO})|"
    # "improved both within the group and compared with controls"
    rf"\bwithin (?:the |each |its )?(?:[\w-]+\s+){{0,2}}?(?:groups?|arms?){_THEN_AND}(?:when\s+)?"
    rf"(?P<arm_within>(?:{COMPARED}|relative to|versus|vs\.?|against)\s+(?:the\s+)?"
    rf"(?:(?:[\w-]+\s+){{0,3}}?(?:groups?|arms?)\b|{_CONTROL_WORDS}))|"
    # "improved from 40 to 48 in the aquatic group (p < 0.01), significantly more than in controls":
    # one arm's values before and after, then its change set above the other arm's
    r"\bfrom -?\d+(?:\.\d+)?%?\s+to -?\d+(?:\.\d+)?%?(?:(?!\bfrom\b)[^;]){0,80}?"
    r"(?:more|less|greater|larger|smaller|better|further)\s+than\s+(?P<arm_after_values>"
    rf"(?:(?:in|with|among|that of|those of|those in)\s+)?(?:the\s+)?"
    rf"(?:(?:[\w-]+\s+){{0,3}}?(?:groups?|arms?)\b|{_CONTROL_WORDS}))"
)
# "increased in the massage group only (between-group difference p = 0.19)": the comparison too.
_BETWEEN_P = compiled(
    r"\bbetween[- ]groups?(?: differences?| comparisons?)?[^.;()\[\]]{0,20}?"
    r"(?P<p>\b[Pp]\s*(?:[<>=≤≥]|&lt;|&gt;)\s*0?\.\d+)"
)
# "with no difference between aromatherapy and plain massage": what two arms were compared.
_BETWEEN_TWO = compiled(r"\bbetween (?P<x>(?:[\w+-]+ ){1,4}?)and (?P<y>[\w+-]+(?: [\w+-]+){0,3})")


_THAN = compiled(r"\bthan\b")


def more_so(
    found: list[Candidate], clause: str, arms: Role, labels: dict[str, str] | None = None
) -> list[Candidate]:
    """ "Pain fell in both groups, but more so in the massage group (p = 0.03)": the change the
    sentence gave every arm, greater in one, is that change against the other arm; "less so", or
    "more so" in the control arm, is the other way round for a harm ("pain rose in both groups, but
    less so with massage": relatively a fall), and for a benefit the tested arm's smaller one,
    ``unclear`` as "massage reduced pain less than sham" is; the arm may be named by its label
    ("but more in group M", ``labels``). Nothing where the arm is not known."""
    said = MORE_SO.match(clause)
    # "more in the usual care group than in the yoga group": the arm named before "than"
    subject = clause[: than.start()] if (than := _THAN.search(clause)) else clause
    words = CONTENT_WORD.findall(subject.lower())
    # an arm named by two words, "the study group": the tested one, though "study" alone is none
    roles = {arms(word) for word in words} | {arms(f"{a} {b}") for a, b in pairwise(words)}
    roles |= {labelled_role(subject, labels or {})}
    roles -= {None}
    if said is None or len(roles) != 1:
        return []
    tested_more = (roles == {"INT"}) == (said.group("more") == "more")
    compared = {outcome_key(c.finding) for c in found if c.finding.comparison == "between_groups"}
    p_value = first_p_value(clause)
    added = []
    for candidate in found:
        finding = candidate.finding
        if not finding.within_tested_arm or outcome_key(finding) in compared:
            continue
        if finding.change not in ("increased", "decreased"):
            continue
        change = finding.change if tested_more else flipped((finding.change, finding.direction))[0]
        direction = _turned(finding, change)
        if not tested_more and finding.direction == "improved":
            change = direction = "unclear"  # the tested arm's smaller benefit, never a worsening
        if p_value and not significant_p(p_value):
            change = direction = "no_difference"  # "more so in the massage group (p = 0.3)"
        added.append(_between_the_arms(candidate, change, direction, p_value))
    return added


def opposite_ways_differed(found: list[Candidate], clause: str, told: str = "") -> list[Candidate]:
    """ "Fatigue increased in the waiting list group and decreased in the yoga group; the
    between-group difference was significant (p = 0.001)": where the sentence gave the tested arm
    a change and the comparator's arm the other change, or none, a difference of the arms said only
    to be significant goes the tested arm's way against the comparator. So too where the words
    ``told`` before the clause said the tested arm alone changed ("improved only in the yoga group
    (p < 0.01), with a significant difference between groups"). Nothing where the clause says no
    such thing, or an outcome's arms changed alike."""
    said = significance_said(clause)
    if said is None or not significant_p(said):
        return []
    p_value = first_p_value(clause) or said
    if told and in_one_arm_only(told):
        alone = [
            c for c in found if c.finding.within_tested_arm and c.finding.change in ("increased", "decreased")
        ]
        if len(alone) == len(found):
            return [
                restated(c, comparison="between_groups", comparator=None, p_value=p_value, statistic=None)
                for c in alone
            ]
    return arms_set_apart(found, p_value)


def each_arm_from_to_differed(
    found: list[Candidate], clause: str, told: str, arms: Role, labels: dict[str, str] | None = None
) -> list[Candidate]:
    """ "Anxiety fell from 48 to 39 in the massage group and from 47 to 42 in the control group.
    The group x time interaction was significant (p = 0.02)": a clause naming no outcome that says
    only how the arms' changes tested compares the values the words ``told`` before it gave each
    arm, the greater fall with massage (``each_arm_changed``); not significant, no difference.
    Nothing where those words give no arm's values so, or ``found`` compares the outcome already."""
    said = significance_said(clause)
    relative = each_arm_changed(told, arms, labels) if said else None
    if said is None or relative is None or arm_favoured(clause, arms) is not None:
        return []  # "in favour of the sham group": the words' own way, set against the values later
    p_value = first_p_value(clause) or said
    differ = significant_p(p_value)
    compared = {outcome_key(c.finding) for c in found if c.finding.comparison == "between_groups"}
    return [
        restated(
            c,
            change=relative if differ else "no_difference",
            direction=_turned(c.finding, relative) if differ else "no_difference",
            comparison="between_groups",
            comparator=None,
            p_value=p_value,
            statistic=None,
        )
        for c in found
        if c.finding.within_tested_arm
        and c.finding.change in ("increased", "decreased")
        and outcome_key(c.finding) not in compared
    ]


def favoured_against_the_values(found: list[Candidate], clause: str, arms: Role) -> list[Candidate]:
    """ "Fatigue fell from 6.1 to 3.2 in the yoga group and from 6.0 to 4.5 in the control group;
    the difference was significant in favour of the control group": where a clause naming no
    outcome says the result favoured one arm and the sentence's values had the other do better,
    the words and the numbers disagree, and which arm the difference favours is unclear."""
    favoured = arm_favoured(clause, arms)
    if favoured is None:
        return found
    against = "improved" if favoured == CMP else "worsened"
    return [
        restated(c, change="unclear", direction="unclear")
        if c.finding.comparison == "between_groups" and c.finding.direction == against
        else c
        for c in found
    ]


def arms_set_apart(found: list[Candidate], p_value: str | None) -> list[Candidate]:
    """The tested arm's change of each outcome in ``found`` set against the comparator arm's
    other change, or none, there: the arms' difference, tested by ``p_value``, goes the tested
    arm's way; where the tested arm did not change and the comparator's did, the other way from
    the comparator's (``_held_against_a_change``). Nothing for an outcome whose arms changed alike,
    or that ``found`` compares already."""
    tested = {
        outcome_key(c.finding): c
        for c in found
        if c.finding.within_tested_arm and c.finding.change in ("increased", "decreased")
    }
    compared = {outcome_key(c.finding) for c in found if c.finding.comparison == "between_groups"}
    added = []
    for candidate in found:
        finding = candidate.finding
        own = tested.get(outcome_key(finding))
        if (
            own is None
            or outcome_key(finding) in compared
            or finding.comparison != "within_group"
            or not finding.comparator
            or finding.change == own.finding.change
            or finding.change not in ("increased", "decreased", "no_difference")
        ):
            continue
        compared.add(outcome_key(finding))
        added.append(
            restated(
                own,
                comparison="between_groups",
                comparator=finding.comparator,
                p_value=p_value,
                statistic=None,
            )
        )
    return added + _held_against_a_change(found, p_value, compared)


def _held_against_a_change(
    found: list[Candidate], p_value: str | None, compared: set[tuple[str, frozenset[str]]]
) -> list[Candidate]:
    """ "Nausea rose in the placebo group (p = 0.002) but did not change in the fictolan group,
    and the between-group difference was significant": the tested arm held where the comparator's
    arm rose, so against it the tested arm's outcome went the other way from the comparator's
    change. Nothing for an outcome that ``compared`` holds already, or whose tested arm changed."""
    held = {
        outcome_key(c.finding)
        for c in found
        if c.finding.within_tested_arm and c.finding.change == "no_difference"
    }
    added = []
    for candidate in found:
        finding = candidate.finding
        key = outcome_key(finding)
        if (
            key not in held
            or key in compared
            or finding.comparison != "within_group"
            or not finding.comparator
            or finding.change not in ("increased", "decreased")
        ):
            continue
        compared.add(key)
        change, direction = flipped((finding.change, finding.direction))
        added.append(_between_the_arms(candidate, change, direction, p_value))
    return added


def sized_as_before(
    read: list[Candidate], clause: str, own: list[DomainMatch], earlier: list[Candidate], arms: Role
) -> list[Candidate]:
    """ "Pain fell in both groups. The change from baseline was greater with massage than with usual
    care": a change told only by its size takes the way the abstract said the outcome changed
    before, within the arms (``sized_as_told``); it stays ``unclear`` where that way is not told,
    or told both ways."""
    return [_sized_as_before(c, clause, own, earlier, arms) for c in read]


def _sized_as_before(
    candidate: Candidate, clause: str, own: list[DomainMatch], earlier: list[Candidate], arms: Role
) -> Candidate:
    finding = candidate.finding
    if finding.comparison != "between_groups" or finding.change != "unclear" or finding.hedged:
        return candidate
    if finding.p_value and not significant_p(finding.p_value):
        return candidate
    mention = next((m for m in own if segment_key(m) == segment_key(finding)), None)
    told = {
        (c.finding.change, c.finding.direction)
        for c in earlier
        if c.finding.within_tested_arm
        and c.finding.change in ("increased", "decreased")
        and outcome_key(c.finding) == outcome_key(finding)
    }
    if mention is None or len(told) != 1:
        return candidate
    reading = sized_as_told(clause, mention, told.pop(), arms)
    if reading is None:
        return candidate
    return restated(candidate, change=reading[0], direction=reading[1])


def every_arm_too(read: list[Candidate], clause: str) -> list[Candidate]:
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
        added.append(_within_the_tested_arm(candidate, change, direction))
    return added


def _polarity_of(finding: Finding) -> str:
    """The polarity a finding was read with, from its change and direction."""
    if finding.direction == "not_applicable":
        return NO_GOOD_SIDE
    improved = finding.direction == "improved"
    return "lower_is_better" if (finding.change == "decreased") == improved else "higher_is_better"


def changed_as_much(read: list[Candidate], clause: str, own: list[DomainMatch]) -> list[Candidate]:
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


def listed_alike(
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
            # a measure outside the vocabulary, or a kind of the named outcome ("static balance")
            finding = replace(c.finding, domain=items.domain, measure=items.measure)
            if c.finding.direction != "no_difference":
                reading = read_change(
                    clause, clause, [replace(items, start=0, end=0)], c.finding.p_value, labels
                )
                if reading is None or reading[1] in ("unclear", "no_difference"):
                    continue
                finding = replace(finding, change=reading[0], direction=reading[1])
            shared.append(replace(c, finding=finding, measure_key=""))
    return shared


def both_ways(read: list[Candidate], clause: str) -> list[Candidate]:
    """ "did not vary either between or within groups": no difference between the arms, and no
    change within them, two findings. Not where the clause read the other comparison already:
    "improved in the training group (p = 0.03 within group; between-group p = 0.21)" tells the
    arm's change and the arms alike, never that the arm did not change."""
    if not _BOTH_COMPARISONS.search(clause) and not (
        _ARMS_NAMED.search(clause) and _EACH_ARM_NAMED.search(clause)
    ):
        return []
    other = {"between_groups": "within_group", "within_group": "between_groups"}
    said = {(outcome_key(c.finding), c.finding.comparison) for c in read}
    return [
        restated(c, comparison=other[c.finding.comparison])
        for c in read
        if c.finding.direction == "no_difference"
        and c.finding.comparison in other
        and (outcome_key(c.finding), other[c.finding.comparison]) not in said
    ]


def against_the_start_and_an_arm(read: list[Candidate], clause: str) -> list[Candidate]:
    """ "Anxiety fell in the massage group compared with baseline (p < 0.001) and with the control
    group (p = 0.003)", "improved significantly within and between groups": one change of the
    tested arm, set against where it began and against the other arm, two findings. The arm the
    change is set against is not the one that changed: a change read as that arm's own is the
    tested arm's. A change read as another comparator's own is left alone (which arm the
    comparison favours, the words about it do not say)."""
    both = _AGAINST_THE_START_AND_AN_ARM.search(clause)
    if both is None and not _BOTH_COMPARISONS_OF_A_CHANGE.search(clause):
        return read
    against = next((arm for arm in both.groups() if arm), "") if both else ""
    read = [
        restated(c, comparator=None)
        if c.finding.comparison == "within_group"
        and c.finding.comparator
        and c.finding.comparator.lower() in lowered(against)
        else c
        for c in read
    ]
    other = {"between_groups": "within_group", "within_group": "between_groups"}
    said = {(outcome_key(c.finding), c.finding.comparison) for c in read}
    read += [
        restated(c, comparison=other[c.finding.comparison], comparator=None)
        for c in read
        if c.finding.change in ("increased", "decreased")
        and c.finding.comparison in other
        and not (c.finding.comparison == "within_group" and c.finding.comparator)
        and (outcome_key(c.finding), other[c.finding.comparison]) not in said
    ]
    return _each_its_own_test(read, clause, both)


def _each_its_own_test(read: list[Candidate], clause: str, both: re.Match[str] | None) -> list[Candidate]:
    """The two findings of ``against_the_start_and_an_arm``, each with the test quoted after its
    own words where the clause quotes two: "from 40 to 48 (p < 0.01), significantly more than in
    controls (p = 0.02)" tests the arms' difference by the second."""
    tests = p_values(clause)
    if both is None or len(tests) != 2 or len(set(tests)) != 2:
        return read
    arm = next((name for name, told in both.groupdict().items() if told), None)
    after = p_values(clause[both.start(arm) :]) if arm else []
    if not after:
        return read
    within = next(test for test in tests if test != after[0])
    return [
        _by_its_own_test(c, after[0])
        if c.finding.comparison == "between_groups"
        else _by_its_own_test(c, within)
        if c.finding.within_tested_arm
        else c
        for c in read
    ]


def _by_its_own_test(candidate: Candidate, test: str) -> Candidate:
    """The finding with its own test, no difference where that test was not significant ("fell
    compared with baseline (p < 0.001) and with the control group (p = 0.30)": the arms alike)."""
    if significant_p(test) or candidate.finding.change not in ("increased", "decreased"):
        return restated(candidate, p_value=test)
    return restated(candidate, p_value=test, change="no_difference", direction="no_difference")


def each_arm_from_to(
    read: list[Candidate], clause: str, arms: Role, labels: dict[str, str] | None = None
) -> list[Candidate]:
    """ "Pain fell from 3.2 to 0.9 with massage and from 3.0 to 2.7 with usual care (p < 0.001)":
    one p-value after each arm's values before and after compares the arms, the greater fall
    with massage, besides the change within the massage arm, which is not the comparator's."""
    if len(p_values(clause)) != 1 or _BETWEEN_P.search(clause) or tests_each_arm_against_its_start(clause):
        return read
    relative = each_arm_changed(clause, arms, labels)
    if relative is None:
        return read
    p_value = first_p_value(clause) or ""
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


def between_too(
    read: list[Candidate], clause: str, arms: Role, labels: dict[str, str] | None = None
) -> list[Candidate]:
    """The comparison a within-group statement quotes beside its change: "improved in the massage
    group only (between-group difference p = 0.19)" is also no difference between the groups, and
    with p = 0.01 an improvement against the other arm, the one that did not change, or against
    the arm that changed less by the values given for each ("from 5.1 to 3.2 in the massage group
    and from 5.0 to 4.8 in the control group"). Where both arms may have changed otherwise, or the
    one that changed is the comparator, a significant comparison is left alone: which arm it
    favours is not said."""
    said = _BETWEEN_P.search(clause)
    tested = said.group("p") if said else group_test(clause)
    if tested is None:
        return []
    differ = significant_p(tested)
    both_may_have = differ and not in_one_arm_only(clause)
    relative = each_arm_changed(clause, arms, labels) if both_may_have else None
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
            p_value=tested,
        )
        for c in read
        if c.finding.within_tested_arm  # the change is the tested arm's
        and outcome_key(c.finding) not in compared
        and (not differ or c.finding.direction in ("improved", "worsened", "not_applicable"))
    ]


def within_too(read: list[Candidate], clause: str, arms: Role) -> list[Candidate]:
    """The tested arm's own change beside a comparison that gives each arm's values before and
    after: "rose from 16.1 to 25.1 in the drug group versus 15.9 to 16.5 in the placebo group
    (p < 0.001)" is a rise against placebo and a rise within the drug group, two findings."""
    if not any(c.finding.comparison == "between_groups" for c in read):
        return []  # the cheap screen: nothing compared here
    moved = _tested_arm_moved(clause, arms)
    if moved is None:
        return []
    within = {outcome_key(c.finding) for c in read if c.finding.comparison == "within_group"}
    return [
        _within_the_tested_arm(
            c, _judged(c.finding, moved), moved if moved in _JUDGED else _turned(c.finding, moved)
        )
        for c in read
        if c.finding.comparison == "between_groups"
        and c.finding.change in ("increased", "decreased")
        and outcome_key(c.finding) not in within
    ]


def _between_the_arms(candidate: Candidate, change: str, direction: str, p_value: str | None) -> Candidate:
    """An arm's change told again as the arms' difference, tested by ``p_value``: set against the
    comparator the finding names, if any, with no statistic of the arm's own."""
    return restated(
        candidate,
        change=change,
        direction=direction,
        comparison="between_groups",
        p_value=p_value,
        statistic=None,
    )


def _within_the_tested_arm(candidate: Candidate, change: str, direction: str) -> Candidate:
    """A comparison's finding told again as the tested arm's own change: within its group, set
    against no arm, with none of the comparison's statistics."""
    return restated(
        candidate,
        change=change,
        direction=direction,
        comparison="within_group",
        comparator=None,
        p_value=None,
        statistic=None,
    )


def _tested_arm_moved(clause: str, arms: Role) -> str | None:
    """How the tested arm's own values moved; sought only where the clause gives values "to" or
    "by" something, the words each arm's change is told with."""
    return tested_arm_changed(clause, arms) if " to " in clause or " by " in clause else None


def each_arm_moved_alike(
    read: list[Candidate], clause: str, own: list[DomainMatch], arms: Role
) -> list[Candidate]:
    """The tested arm's own change beside the arms said alike, where the clause gives each arm's
    change ("rose from 44 to 49 with training and from 45 to 48 with stretching, a non-significant
    difference"; "fell by 2.1 with the drug and by 1.8 with placebo (difference 0.3, 95% CI -0.4 to
    1.0)"): no difference between the arms, and a change within the tested one, two findings.
    Not where a p-value is quoted: the arms' test alone, read as such."""
    if not any(_alike_between(c.finding) for c in read) or p_values(clause):
        # (a p-value after both arms' sizes is the arms' test alone: "by 48 m in the aquatic group
        # and by 35 m in the wait-list group (p = 0.32)")
        return []  # the cheap screen: no arms said alike here in words or by an interval
    moved = _tested_arm_moved(clause, arms)
    if moved is None:
        return []
    within = {outcome_key(c.finding) for c in read if c.finding.comparison == "within_group"}
    added = []
    for candidate in read:
        finding = candidate.finding
        if not _alike_between(finding) or outcome_key(finding) in within:
            continue
        mention = [m for m in own if segment_key(m) == _segment_key_of(finding)]
        reading = read_change(moved, moved, mention[:1], None) if mention else None
        if reading is None or reading[0] not in ("increased", "decreased") or reading[1] not in _JUDGED:
            continue  # the measure's good side unknown: which way the arm went is no finding
        change, direction = reading
        added.append(_within_the_tested_arm(candidate, change, direction))
    return added


def _alike_between(finding: Finding) -> bool:
    return finding.comparison == "between_groups" and finding.direction == "no_difference"


_JUDGED = ("improved", "worsened")


def _judged(finding: Finding, moved: str) -> str:
    """The change of the measure that ``moved`` says, read off the finding's own change and
    direction where ``moved`` is only a judgement ("improved by 48 m": a rise of walking
    distance, whose rise the between-groups finding calls an improvement)."""
    if moved not in _JUDGED:
        return moved
    if finding.direction not in _JUDGED:
        return "unclear"
    return finding.change if finding.direction == moved else flipped((finding.change, finding.direction))[0]


def _turned(finding: Finding, change: str | None) -> str:
    """The direction of ``change`` for the finding's measure, read off the finding's own change
    and direction (an increase that improved makes a decrease worse)."""
    if change is None or change == finding.change:
        return finding.direction
    return flipped((change, finding.direction))[1]


def comparator_arms_own(read: list[Candidate], clause: str, arms: Role) -> list[Candidate]:
    """The comparator arm's own change beside the tested arm's, where the clause gives each arm its
    own p-value in turn ("pain decreased in the massage and sham groups (p = 0.001 and p = 0.40,
    respectively)": no change within the sham group). Its change is the tested arm's words' where
    both changed, none where its test is not significant; unread where only the comparator's
    is significant (which way the words say of it, the tested arm's reading does not tell)."""
    if not any(c.finding.within_tested_arm for c in read):
        return []  # the cheap screen: no arm's own change to set the comparator's beside
    tests = arms_own_p_values(clause, arms)
    if tests is None:
        return []
    tested, other, arm = tests
    added = []
    for candidate in read:
        finding = candidate.finding
        if not finding.within_tested_arm or finding.p_value != tested:
            continue
        if not significant_p(other):
            added.append(_no_difference(candidate, other, comparator=arm))
        elif finding.change in ("increased", "decreased"):
            added.append(restated(candidate, comparator=arm, p_value=other, statistic=None))
    return added


def between_tested_arms(clause: str, arms: Role) -> bool:
    """Whether the clause compares two arms that both had a treatment under test ("no difference
    between aromatherapy and plain massage" in a trial that also had a usual-care arm), or two
    arms neither of which is tested, one of them a third arm of no known role ("no difference
    between the music and control groups", after massage was set against control): it says
    nothing of the tested arm against the comparator the outcome's result before it was set
    against."""
    said = _BETWEEN_TWO.search(lowered(clause))
    if said is None:
        return False
    roles = [{arms(w) for w in CONTENT_WORD.findall(said.group(arm))} - {None} for arm in ("x", "y")]
    if all(role == {INT} for role in roles):
        return True
    named = [bool(set(CONTENT_WORD.findall(said.group(arm))) - _GROUP_WORDS) for arm in ("x", "y")]
    return all(named) and not any(INT in role for role in roles) and set() in roles


# "..., with no difference between the two doses", "between them": the arms a clause before set,
# both, against the control ("reduced with both doses compared with placebo", "in the massage and
# exercise groups compared with controls").
# "did not differ from each other": so too.
_BETWEEN_THE_TWO = Caseless(
    r"\bbetween (?:them|these|(?:the|these) two(?: \w+){1,2}|both (?:active|tested) \w+)\b|"
    r"\b(?:differ(?:ed)?|different|similar|comparable) (?:from|to|with) (?:each other|one another)\b"
)
_BOTH_AGAINST = Caseless(
    r"(?P<pair>\bboth\b.*?|\b[\w+-]+ and (?:the )?[\w+-]+(?: [\w+-]+)? (?:groups|arms)\b.*?)" + AGAINST_AN_ARM
)
# "Compared with control, fatigue was lower after both massage and yoga": the arm set against
# named first, in the phrase that opens the clause.
_AGAINST_BOTH = Caseless(
    rf"^\W*(?:{COMPARED}|relative to|versus|vs\.?)\s+(?P<against>[^,;()]{{1,60}}?)\s*,[^;]*?\bboth\b"
)


def between_the_two_against_control(clause: str, before: str) -> str | None:
    """The words naming the two arms where the clause compares two arms the clause ``before`` set,
    both, against another ("pain fell with both massages compared with usual care, with no
    difference between the two massages", or "between reflexology and relaxation", neither of them
    the arm after "compared with"; "both yoga and massage were superior to control, while yoga and
    massage did not differ", "compared with control, fatigue was lower after both massage and
    yoga, with no difference between them"): it says nothing of either against the comparator the
    result before it had, but is the result of the one against the other. None where it compares
    no such two."""
    both = _BOTH_AGAINST.search(before)
    opening = None if both else _AGAINST_BOTH.match(lowered(before))
    if both is None and opening is None:
        return None
    told_pair = both.group("pair") if both else lowered(before)[opening.end() :] if opening else ""
    alike = _PAIR_ALIKE.match(lowered(clause))
    if _BETWEEN_THE_TWO.search(clause) or (alike is not None and alike.group("both")):
        return told_pair
    pair = _BETWEEN_TWO.search(lowered(clause)) or alike
    if pair is None:
        return None
    told = opening.group("against") if opening else lowered(before[both.end() :]) if both else ""
    against = set(CONTENT_WORD.findall(told)) - _GROUP_WORDS
    sides = [pair.group(arm) for arm in ("x", "y")]
    return None if any(set(CONTENT_WORD.findall(side)) & against for side in sides) else " and ".join(sides)


# "..., while the combined group did not differ from massage alone": an arm, as the subject, set
# against another (not against its own start: "did not differ from baseline").
_ARM_SET_AGAINST = compiled(
    r"^\W*(?:(?:while|whereas|but|and|although|though)\s+)?(?:the\s+)?(?P<arm>(?:[\w+-]+\s+){1,3}?)"
    r"(?:group|arm)s?\s+(?:(?:was|were|did)\s+(?:not\s+)?)?(?:(?:statistically\s+)?significantly\s+)?"
    r"(?:differ(?:ed)?|different|similar|comparable|superior|inferior)\s+(?:from|to|with)\s+"
    r"(?!(?:the\s+)?(?:baseline|pre-?treatment|pre-?intervention|before|start)\b)",
    re.IGNORECASE,
)
_ALIKE_SAID = (
    r"(?:(?:was|were|did)\s+(?:not\s+)?)?(?:(?:statistically\s+)?significantly\s+)?"
    r"(?:differ(?:ed)?|different|similar|comparable)\b"
)
# "..., while yoga and massage did not differ", "..., but the two did not differ", "and the two
# active arms did not differ": the pair, or both arms at once, as the subject said to be alike.
_PAIR_ALIKE = compiled(
    r"^\W*(?:(?:while|whereas|but|and|although|though)\s+)?(?:the\s+)?(?:"
    r"(?P<x>[\w+-]+)\s+and\s+(?:the\s+)?(?P<y>[\w+-]+)\s+(?:(?:group|arm)s?\s+)?|"
    r"(?P<both>two(?:\s+(?:active|tested|treatment))?(?:\s+(?:group|arm|intervention|treatment)s)?|they)\s+)"
    + _ALIKE_SAID,
    re.IGNORECASE,
)
# "..., but the massage group did not differ from the combined group", "; the massage and combined
# groups did not differ": two arms, the second perhaps one a comparison before left out.
_TWO_ARMS_ALIKE = compiled(
    r"^\W*(?:(?:while|whereas|but|and|although|though)\s+)?(?:the\s+)?(?:"
    rf"(?P<arm>[\w+-]+(?:\s+[\w+-]+)?)\s+(?:(?:group|arm)s?\s+)?{_ALIKE_SAID}\s+(?:from|to|with)\s+"
    r"(?:the\s+)?(?P<other>[\w+-]+(?:\s+[\w+-]+)?)"
    r"(?=\s+(?:group|arm|program|programme|intervention)s?\b|\s*(?:[,;.(]|$)|\s+alone\b)|"
    rf"(?P<pair>[\w+-]+)\s+and\s+(?:the\s+)?(?P<paired>[\w+-]+)\s+(?:groups|arms)\s+{_ALIKE_SAID})",
    re.IGNORECASE,
)
# A clause that sets two arms against each other: "more with massage than with exercise".
_TWO_ARMS_SET_AGAINST = Caseless(r"\b(?:than|versus|vs\.?|compared (?:with|to)|relative to)\s")
# What a comparison before may have named otherwise: a control by any name ("usual care"), or
# the arm's own start.
_A_CONTROL = Caseless(
    r"\b(?:controls?|usual|sham|placebo|standard|comparison|wait-?list(?:ed)?|attention|"
    r"baseline|pre-?treatment|pre-?intervention|before|start)\b"
)
_GROUP_WORDS = frozenset({"group", "groups", "arm", "arms", "the"})  # what names no arm of its own


def names_a_control(arms: str) -> bool:
    """Whether words naming arms name a control by any name ("the massage and placebo groups"),
    not only arms given a treatment ("yoga and massage")."""
    return bool(_A_CONTROL.search(arms))


def another_pair_compared(clause: str, before: str) -> bool:
    """Whether the clause sets an arm the clause ``before`` did not name against another arm, or,
    where ``before`` compared two arms, sets one of them against a third: in "fatigue fell more
    with massage than with exercise (p = 0.03), while the combined group did not differ from
    massage alone" the second clause is the result of another pair of arms, and neither restates
    nor corrects the first; so is "while yoga and control did not differ", after massage was set
    against control."""
    named = set(CONTENT_WORD.findall(lowered(before)))
    said = _ARM_SET_AGAINST.match(clause)
    if said is not None and not set(CONTENT_WORD.findall(said.group("arm").lower())) & named:
        return True
    pair = _PAIR_ALIKE.match(lowered(clause))
    if pair is not None and pair.group("x"):
        # "..., while yoga and control did not differ": a third arm against the control
        sides = [pair.group("x"), pair.group("y")]
        controls = [bool(_A_CONTROL.search(side)) for side in sides]
        other = [side for side, control in zip(sides, controls) if not control]
        if len(other) == 1 and other[0] not in named:
            return True
    return bool(_TWO_ARMS_SET_AGAINST.search(lowered(before))) and _a_third_arm(clause, named)


def _a_third_arm(clause: str, named: set[str]) -> bool:
    """Whether the clause sets an arm of those ``named`` against one not named, and no control:
    "but the massage group did not differ from the combined group", after massage was set against
    exercise, is the result of the pair massage and combined."""
    said = _TWO_ARMS_ALIKE.match(clause)
    if said is None:
        return False
    arms = (
        [said.group("arm"), said.group("other")]
        if said.group("arm")
        else [said.group("pair"), said.group("paired")]
    )
    if any(_A_CONTROL.search(arm) for arm in arms):
        return False
    words = [set(CONTENT_WORD.findall(arm.lower())) - _GROUP_WORDS for arm in arms]
    if not all(words):
        return False
    known = [arm_words <= named for arm_words in words]
    new = [not arm_words & named for arm_words in words]
    return (known[0] and new[1]) or (known[1] and new[0])


def of_another_arm(read: list[Candidate], clause: str) -> bool:
    """ "X rose in group A, but there was no change in group B": the second clause speaks of its
    own arm, so it qualifies nothing the first said."""
    return (
        bool(read) and all(c.finding.comparison == "within_group" for c in read) and names_one_group(clause)
    )


# A dose of a treatment: "10 mg", "0.5 mg/kg", "the low-dose group".
_DOSE = Caseless(
    r"(?<![\w.])\d+(?:\.\d+)?\s*(?:mg|g|µg|mcg|ug|ml|iu|units?)(?:\s*/\s*(?:kg|day|d|m2))?\b|"
    r"\b(?:low|high|lower|higher|medium|standard)[- ]dose\b|"
    # a session's length, the dose of a manual or exercise therapy: "the 60-min massage group"
    r"(?<![\w.])\d+[- ]?min(?:ute)?s?\b"
)


def another_dose(clause: str, before: str) -> str:
    """The dose a clause names that the clause before it (``before``) does not, where that one
    names a dose of its own: in "greater with 10 mg versus placebo (p = 0.01), but not with 5 mg"
    the second clause is the 5 mg arm's result, no correction of the 10 mg arm's. Empty where the
    clauses name one dose or none."""
    named = [m.group() for m in _DOSE.finditer(clause)]
    earlier = {m.group() for m in _DOSE.finditer(before)}
    other = [dose for dose in named if dose not in earlier]
    return other[0] if earlier and other else ""


def trend_left_a_trend(earlier: list[Candidate], read: list[Candidate]) -> list[Candidate]:
    """What a qualifying clause reads, less the lack of difference it says of a trend the clause
    before told: in "pain tended to decrease in the massage group, but this did not reach
    significance" the trend is the result, unclear, and its test's failing no second reading."""
    trends = {
        _corrected_key(c.finding)
        for c in earlier
        if c.finding.change == "unclear" and c.finding.hedged and c.finding.comparison != "unclear"
    }
    return [c for c in read if c.finding.change != "no_difference" or _corrected_key(c.finding) not in trends]


def qualified(earlier: list[Candidate], read: list[Candidate]) -> list[Candidate]:
    """Drop what a qualifying clause corrects: in "X was lower, but this was not significant"
    the second clause is the reading of the first's comparison. A comparison of its own ("X fell
    in both groups, but did not differ between them") leaves the first standing, and so does a
    stated lack of difference beside a trend ("no significant difference in X, although it tended
    to be lower with A"): the trend is no test that corrects it."""
    corrected = {_corrected_key(c.finding) for c in read if c.finding.direction != "improved"}
    # keys only a trend speaks for: a stated lack of difference before it stands
    doubted_only = corrected - {
        _corrected_key(c.finding)
        for c in read
        if c.finding.direction != "improved" and c.finding.change != "unclear"
    }
    corrected -= doubted_only & {
        _corrected_key(c.finding) for c in earlier if c.finding.direction == "no_difference"
    }
    named = {
        (outcome_key(c.finding), c.finding.timepoint, c.finding.comparator)
        for c in read
        if c.finding.comparison == "between_groups" and c.finding.direction != "improved"
    }
    alike = {
        (outcome_key(c.finding), c.finding.timepoint)
        for c in read
        if c.finding.comparison == "between_groups" and c.finding.direction == "no_difference"
    }
    return [
        _within_after_all(c) if (outcome_key(c.finding), c.finding.timepoint) in alike else c
        for c in earlier
        if (
            _corrected_key(c.finding) not in corrected
            and not (
                c.finding.comparison == "unclear"
                and any(outcome_key(c.finding) == k[0] and c.finding.timepoint == k[3] for k in corrected)
                and not _tested_on_its_own(c.finding)
            )
        )
        or _against_another(c.finding, named)
    ]


def _corrected_key(finding: Finding) -> tuple[tuple[str, frozenset[str]], str, str | None, str]:
    """What a qualifying clause's reading and the reading it corrects share: the outcome, the
    comparison, the arm (``_corrected_arm``) and the time."""
    return outcome_key(finding), finding.comparison, _corrected_arm(finding), finding.timepoint


def _tested_on_its_own(finding: Finding) -> bool:
    """Whether a change whose comparison its words leave open quotes a significant p-value of its
    own: in "fatigue improved (p = 0.01), but the difference between groups did not reach
    significance" the fall is the tested arm's over time, stated with its own test."""
    return (
        finding.comparison == "unclear"
        and finding.direction in ("improved", "worsened")
        and finding.p_value is not None
        and significant_p(finding.p_value)
    )


def _within_after_all(candidate: Candidate) -> Candidate:
    """A change said beside the arms' lack of difference: within the group, where its own p-value
    tested it (``_tested_on_its_own``); otherwise as it was read."""
    if not _tested_on_its_own(candidate.finding):
        return candidate
    return restated(candidate, comparison="within_group")


def _corrected_arm(finding: Finding) -> str | None:
    """The arm a qualifying clause must name to correct a finding: within a group, its arm; between
    groups, any (which comparator: ``_against_another``)."""
    return None if finding.comparison == "between_groups" else finding.comparator


def _against_another(
    finding: Finding, named: set[tuple[tuple[str, frozenset[str]], str, str | None]]
) -> bool:
    """Whether a between-group finding stands beside the qualifying clause's because each names
    its own comparator: "lower than with usual care (p = 0.01), but not than with sham" corrects
    nothing said against usual care."""
    if finding.comparison != "between_groups" or finding.comparator is None:
        return False
    mine = [arm for key, time, arm in named if key == outcome_key(finding) and time == finding.timepoint]
    return bool(mine) and all(arm is not None and arm != finding.comparator for arm in mine)


# "..., but not compared with sham (p = 0.40)": the result before, not seen against another arm.
NOT_AGAINST = compiled(
    r"^\W*(?:but\s+|and\s+)?not\s+(?:(?:significantly|statistically|when)\s+)*(?:compared (?:with|to)|"
    r"than(?: with| in| after)?|versus|vs\.?|relative to|against)\s",
    re.IGNORECASE,
)


def not_against_another(
    earlier: list[Candidate], clause: str, against: str | None, control: str | None = None
) -> list[Candidate]:
    """ "Reflexology reduced anxiety compared with usual care (p = 0.01), but not compared with
    sham (p = 0.40)": no difference from the arm the clause names (``against``), for each effect
    the clause before set against another; nothing where the clause quotes a significant p-value
    or names no arm of its own. After the tested arm's own change ("decreased in the aquatic group
    (p = 0.03), but not compared with the wait-list group"), the same: no difference from that arm,
    also where it is named only as ``control`` ("but not compared with the control group"), which
    may be the very arm an earlier effect was set against."""
    p_value = first_p_value(clause)
    if not NOT_AGAINST.match(clause) or (p_value is not None and significant_p(p_value)):
        return []
    compared = {outcome_key(c.finding) for c in earlier if c.finding.comparison == "between_groups"}
    if against is None and control is not None:
        earlier, against = [c for c in earlier if c.finding.comparison == "within_group"], control
    if against is None:
        return []
    return [
        _no_difference(
            c,
            p_value,
            comparison="between_groups",
            comparator=against,
        )
        for c in earlier
        if c.finding.change in ("increased", "decreased")
        and (
            (c.finding.comparison == "between_groups" and c.finding.comparator not in (None, against))
            # "decreased in the aquatic group (p = 0.03) but not compared with the wait-list group"
            or (
                c.finding.comparison == "within_group"
                and c.finding.comparator is None
                and outcome_key(c.finding) not in compared
            )
        )
    ]


# "(and) these differences persisted at follow-up", "the improvement was maintained at 12 weeks": the
# result before it, still seen at a later time, or, "not maintained", no longer; "remained" only with
# "significant", since "remained unchanged" or "non-significant" says otherwise.
def persisted(earlier: list[Candidate], clause: str, when: str, evidence: Evidence) -> list[Candidate]:
    """ "Anxiety was lower with aromatherapy (p < 0.01), and these differences persisted at the
    4-week follow-up (p < 0.05)": each effect the clause before stated, again at the clause's own
    later time (``when``), a finding of its own quoting the sentence that says so (``evidence``);
    "differences" are the arms' only. "But these differences were not maintained at follow-up" is
    no difference between the arms then. Nothing
    where the clause names no other time, is hedged, or quotes a p-value that disagrees."""
    said = PERSISTED.match(clause)
    if said is None or is_hedged(clause):
        return []
    p_value = first_p_value(clause)
    kept = said.group("kept") is not None
    if (kept and negates(clause)) or (p_value is not None and significant_p(p_value) != kept):
        return []
    arms_only = not kept or (said.group("what") or "").lower().startswith("difference")
    return [
        restated(c, timepoint=when, p_value=p_value, statistic=None, evidence=evidence)
        if kept
        else _no_difference(
            c,
            p_value,
            timepoint=when,
            evidence=evidence,
        )
        for c in earlier
        if c.finding.timepoint != when
        and c.finding.change in ("increased", "decreased")
        and (c.finding.comparison == "between_groups" or not arms_only)
    ]


# "..., whereas usual care did not (p = 0.51)", "..., but not the control group": the other arm,
# said not to have done what the clause before told, and nothing more.
_ARM_PHRASE = (
    r"(?:during\s+)?(?:the\s+)?(?P<{}>(?!(?:in|with|among|for|after|the)\b)[\w+-]+(?: [\w+-]+){{0,2}}?)"
    r"(?:\s+(?:group|arm)s?)?"
)
_THE_REST = r"\s*(?:\([^()]*\)\s*)?[.;,]?\s*$"
_ARM_DID_NOT = compiled(
    rf"^\W*(?:(?:but|whereas|while|and)\s+)?{_ARM_PHRASE.format('did')}\s+(?:did|does|do|was|were|had|has)\s+not"
    rf"{_THE_REST}|^\W*(?:but\s+)?not\s+{_ARM_PHRASE.format('not')}{_THE_REST}"
)


def comparator_arm_did_not(earlier: list[Candidate], clause: str, arms: Role) -> list[Candidate]:
    """ "The aromatherapy group improved on the MFIS (p = 0.004), whereas usual care did not
    (p = 0.51)": no change within the comparator arm, said so (``Finding.comparator``), for each
    change the clause before told of the tested arm. Nothing where the arm named is not the
    comparator's or the clause quotes a significant p-value."""
    said = _ARM_DID_NOT.match(lowered(clause))
    if said is None:
        return []
    arm = said.group("did") or said.group("not")
    roles = {arms(word) for word in CONTENT_WORD.findall(arm)} - {None}
    p_value = first_p_value(clause)
    if roles != {CMP} or (p_value is not None and significant_p(p_value)):
        return []
    return [
        _no_difference(
            c,
            p_value,
            comparator=arm,
        )
        for c in earlier
        if c.finding.comparison == "within_group"
        and c.finding.comparator is None  # the tested arm's change
        and c.finding.change in ("increased", "decreased")
    ]


def outcome_did_not(earlier: list[Candidate], clause: str, own: list[DomainMatch]) -> list[Candidate]:
    """ "Massage reduced anxiety compared with usual care (p = 0.01), but not fatigue", "...;
    depression did not": each outcome the clause names (``own``) did not change as the results the
    clause before read (``earlier``) did, a no difference in their comparison. Nothing where those
    results were not one change compared one way, or the clause quotes a significant p-value."""
    said = _ARM_DID_NOT.match(lowered(clause))
    if said is None or not own:
        return []
    phrase = "did" if said.group("did") else "not"
    if any(m.start < said.start(phrase) or m.end > said.end(phrase) for m in own):
        return []  # not the outcome alone: "but not in the sham group"
    changed = [c for c in earlier if c.finding.change in ("increased", "decreased")]
    ways = {(c.finding.comparison, c.finding.comparator, c.finding.timepoint) for c in changed}
    p_value = first_p_value(clause)
    if len(ways) != 1 or len(changed) != len(earlier) or (p_value is not None and significant_p(p_value)):
        return []
    named = {segment_key(m): m for m in reversed(own)}  # "depression and fatigue did not": each
    return [
        replace(
            _no_difference(
                changed[0],
                p_value,
                domain=mention.domain,
                measure=mention.measure,
                hedged=False,
            ),
            measure_key=mention.measure_key,
        )
        for mention in sorted(named.values(), key=lambda m: m.start)
    ]


# "but", "whereas", "while" opening a clause, or just before it: what follows is set apart.
_SET_APART = compiled(r"^\W*(?:but|whereas|while)\b|\b(?:but|whereas|while)\W*$", re.IGNORECASE)


def excepted_from_alike(
    earlier: list[Candidate], clause: str, own: list[DomainMatch], before: str = ""
) -> bool:
    """ "Pain and fatigue were similar between the groups, but anxiety was not (p = 0.007)": the
    outcome the clause names (``own``) is the exception to the arms' likeness the clause before
    read (``earlier``, all no difference), so it differed, by how much or which way unsaid; it is
    never a no difference of its own. ``before`` is the sentence up to the clause, where its
    "but" may stand."""
    said = _ARM_DID_NOT.match(lowered(clause))
    if (
        said is None
        or not own
        or not earlier
        or not (_SET_APART.match(clause) or _SET_APART.search(before[-12:]))
    ):
        return False  # "..., and fatigue did not": not either, alike too
    phrase = "did" if said.group("did") else "not"
    alone = all(said.start(phrase) <= m.start and m.end <= said.end(phrase) for m in own)
    return alone and all(c.finding.change == "no_difference" for c in earlier)


# "..., but only the FIM differed between groups": the one outcome of those before that did.
_ONLY_THIS = compiled(r"^\W*(?:and\s+|but\s+)?only\s+(?:the\s+)?$", re.IGNORECASE)


def only_these_differed(
    earlier: list[Candidate], clause: str, own: list[DomainMatch], read: list[Candidate]
) -> list[Candidate]:
    """ "The Barthel Index and the FIM improved in both groups (p < 0.01), but only the FIM
    differed between groups (p = 0.02)": the outcomes the clause before read (``earlier``) that
    the clause, opening with "only", leaves out did not differ between the groups. Nothing unless
    the clause's own findings (``read``) compare the groups."""
    if not own or not own[0].end or not _ONLY_THIS.match(clause[: own[0].start]):
        return []
    if not any(c.finding.comparison == "between_groups" for c in read):
        return []
    named = {(m.domain, m.measure_key) for m in own}
    others: dict[tuple[tuple[str, frozenset[str]], str], Candidate] = {}
    for c in earlier:
        if (c.finding.domain, c.measure_key) not in named and c.finding.comparison == "within_group":
            others.setdefault((outcome_key(c.finding), c.measure_key), c)
    return [
        _no_difference(
            c,
            None,
            comparison="between_groups",
            comparator=None,
            hedged=False,
        )
        for c in others.values()
    ]


def _no_difference(candidate: Candidate, p_value: str | None, **fields: Any) -> Candidate:
    """The candidate's finding told again as no difference, with the p-value that says so and no
    statistic of its own (the one before belonged to the change it denies)."""
    return restated(
        candidate,
        change="no_difference",
        direction="no_difference",
        p_value=p_value,
        statistic=None,
        **fields,
    )


# "in the yoga group", "among controls": the arm people were counted in.
_IN_AN_ARM = r"(?:in|among|with)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:group|arm|controls)"
# People told by a change of the outcome, counted: "fewer patients reported increased pain", "the
# proportion of patients with reduced pain was lower with massage". The change adjective is read
# as the outcome's change; fewer such people with an arm is the other way round.
_PEOPLE_CHANGED = (
    r"(?:patients|participants|subjects|people|women|men|children|individuals|cases)\s+"
    # "fewer participants in the yoga group than in the control group reported less fatigue"
    rf"(?:{_IN_AN_ARM}(?:\s+than\s+{_IN_AN_ARM})?\s+)?"
    r"(?:reporting|experiencing|having|showing|with|who\s+(?:had|reported|experienced|showed)|"
    r"had|reported|experienced|showed)\s+(?:an?\s+|any\s+)?"
    r"(?:(?:increased|reduced|decreased|worsened|worsening|worse|improved|higher|lower|less|more)\s+|"
    r"(?:increase|reduction|decrease|improvement|worsening|deterioration)s?\s+in\s+)"
)
_FEWER_CHANGED = Caseless(
    rf"\b(?:fewer|less)\s+(?:[\w-]+\s+){{0,2}}?{_PEOPLE_CHANGED}|"
    rf"\b(?:number|proportion|percentage|share|rate|incidence)\s+of\s+(?:[\w-]+\s+){{0,2}}?{_PEOPLE_CHANGED}"
    # its own verb, the first after it ("..., and anxiety was lower" tells another outcome's)
    r"(?=(?:(?!\b(?:was|were)\b)[^;]){0,60}?\b(?:was|were)\s+(?:significantly\s+|also\s+)?"
    r"(?:lower|smaller|less|reduced|decreased)\b)"
)
_CHANGED_REACH = 30  # characters after the change adjective within which the outcome is named


def fewer_had_the_change(read: list[Candidate], clause: str) -> list[Candidate]:
    """The findings, with the one whose outcome follows "fewer patients reported increased" (or
    "the proportion of patients with reduced ... was lower") turned the other way round: the
    outcome changed that way in fewer people with the arm read."""
    counted = [m.end() for m in _FEWER_CHANGED.finditer(clause)]
    if not counted:
        return read
    low = clause.lower()
    return [
        restated(c, **dict(zip(("change", "direction"), flipped((c.finding.change, c.finding.direction)))))
        if any(0 <= low.find(c.finding.measure.lower(), at) - at <= _CHANGED_REACH for at in counted)
        else c
        for c in read
    ]


# "remained stable", "was maintained", "did not change": an arm's outcome kept where it was.
# "remained stable", or "no significant change was observed in the control group": an arm kept
# its outcome.
_STEADY = Caseless(rf"\b{ARM_STEADY}\b|\b{NO_CHANGE_SEEN_IN_AN_ARM}")


def changed_but_not_in_the_comparator(
    read: list[Candidate], last_read: list[Candidate], clause: str, before: str
) -> list[Candidate]:
    """ "Fatigue decreased in the aquatic and land-based groups, but not in controls (p = 0.01)":
    the tested arms' change set against the comparator's lack of one (``read``, that arm's own),
    the sentence closing on one significant p-value, is also a difference of the arms, the way the
    tested arms went, as ``steady_against_a_change`` reads one arm steady. Untested, which way the
    arms differ the words do not settle: their own changes alone. Not where the change before
    (``last_read``) is a comparator's own, nor where the arms were compared already."""
    tests = p_values(clause)
    if not before or p_values(before) or len(tests) != 1 or not significant_p(tests[0]):
        return []
    unchanged = {
        outcome_key(c.finding): c.finding.comparator
        for c in read
        if c.finding.comparison == "within_group"
        and c.finding.change == "no_difference"
        and c.finding.comparator
    }
    compared = {
        outcome_key(c.finding) for c in [*read, *last_read] if c.finding.comparison == "between_groups"
    }
    return [
        restated(
            c, comparison="between_groups", comparator=unchanged[outcome_key(c.finding)], p_value=tests[0]
        )
        for c in last_read
        if c.finding.within_tested_arm
        and c.finding.change in ("increased", "decreased")
        and outcome_key(c.finding) in unchanged
        and outcome_key(c.finding) not in compared
    ]


def steady_against_a_change(
    read: list[Candidate],
    last_read: list[Candidate],
    clause: str,
    before: str,
    arms: Role,
    inherited: bool,
    labels: dict[str, str] | None = None,
) -> list[Candidate]:
    """The arms compared where one kept its outcome and the other's changed, the sentence closing
    on one significant p-value: "grip strength remained stable in the drug group while it declined
    in the placebo group (p = 0.01)" is a relative gain with the drug, beside the decline within
    the placebo arm; "... declined in the placebo group but was maintained with the drug
    (p = 0.01)" too, and "improved in the yoga group, and no significant change was seen in the
    control group (p = 0.01)". ``before`` is the clause before in the same sentence ("" for none), whose
    findings are ``last_read``; the test the clause quotes is taken for the arms' comparison. The
    outcome kept must be the one that changed: the later clause ``inherited`` it, or the steady
    clause's own reading names it ("pain remained stable with the drug, while anxiety rose with
    placebo" compares nothing). The arms may be named by their labels ("worsened in group II but
    remained stable in group I", ``labels``)."""
    tests = p_values(clause)
    if not before or p_values(before) or len(tests) != 1 or not significant_p(tests[0]):
        return []
    steady, moving, kept = (before, read, last_read) if _STEADY.search(before) else (clause, last_read, read)
    if not _STEADY.search(steady) or _STEADY.search(clause if steady is before else before):
        return []
    moved_in = _arm_or_label(before if steady is clause else clause, arms, labels or {})
    if {_arm_or_label(steady, arms, labels or {}), moved_in} != {INT, CMP}:
        return []
    compared = {
        outcome_key(c.finding)
        for c in [*read, *last_read]
        if c.finding.comparison == "between_groups" and c.finding.change != "no_difference"
    }
    added = []
    for candidate in moving:
        finding = candidate.finding
        if (
            finding.comparison != "within_group"
            or finding.change not in ("increased", "decreased")
            or outcome_key(finding) in compared
            or not (inherited or any(outcome_key(c.finding) == outcome_key(finding) for c in kept))
        ):
            continue
        change, direction = (
            (finding.change, finding.direction)
            if moved_in == INT
            else flipped((finding.change, finding.direction))
        )
        compared.add(outcome_key(finding))
        added.append(
            restated(
                candidate,
                comparison="between_groups",
                change=change,
                direction=direction,
                comparator=finding.comparator if moved_in == CMP else None,
                p_value=tests[0],
            )
        )
    return added


def _arm_or_label(text: str, arms: Role, labels: dict[str, str]) -> str | None:
    """The arm a text names, by its words or by the label the methods gave it ("group I")."""
    return arm_named(lowered(text), arms) or labelled_role(text, labels)


# "after the intervention (p < 0.001) and at the two-month follow-up (p = 0.003)", "at week 6
# (p < 0.001) and at week 14 (p = 0.003)": one result told at two times, each with its own test.
_A_TIME_TESTED = r"(?:after|at|following|by|on)\s+[^;()]{{1,40}}?\s*\((?P<{0}>[^()]*)\)"
_AT_TWO_TIMES = compiled(
    rf"\b(?P<first>{_A_TIME_TESTED.format('p1')})\s*,?\s*and\s+(?P<second>{_A_TIME_TESTED.format('p2')})",
    re.IGNORECASE,
)
# The words of a time: "week 6", "the two-month follow-up", "after the intervention".
_TIME_WORD = compiled(
    r"\b(?:weeks?|months?|years?|days?|follow-?up|end|intervention|treatment|training|programm?e|program|"
    r"sessions?|discharge)\b",
    re.IGNORECASE,
)


def at_each_time(read: list[Candidate], clause: str, duration_weeks: float | None) -> list[Candidate]:
    """ "Fatigue was lower in the massage group after the intervention (p < 0.001) and at the
    two-month follow-up (p = 0.003)": the result at each time the clause names, with that time's
    own test, two findings; a time whose test is not significant, no difference then. Left as read
    where the clause names no two times so, or its result is a lack of difference one test
    belies."""
    said = _AT_TWO_TIMES.search(clause)
    if said is None or not read:
        return read
    times = [said.group(part) for part in ("first", "second")]
    tests = [p_values(said.group(test)) for test in ("p1", "p2")]
    if any(len(test) != 1 for test in tests) or not all(_TIME_WORD.search(time) for time in times):
        return read
    when = [timepoint(time, duration_weeks) for time in times]
    if when[0] == when[1]:
        return read
    if any(c.finding.change == "no_difference" and any(significant_p(t[0]) for t in tests) for c in read):
        return read
    return [_at_its_time(candidate, at, test[0]) for at, test in zip(when, tests) for candidate in read]


def _at_its_time(candidate: Candidate, when: str, test: str) -> Candidate:
    """The finding told at one time, with that time's test."""
    if significant_p(test) or candidate.finding.change == "no_difference":
        return restated(candidate, timepoint=when, p_value=test, statistic=None)
    return restated(
        candidate,
        timepoint=when,
        p_value=test,
        statistic=None,
        change="no_difference",
        direction="no_difference",
    )
