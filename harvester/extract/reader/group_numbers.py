"""Which number a sentence gives each group: "pain was 3.1 with massage and 5.4 with usual care".

Results often carry their direction in numbers alone, with no "higher" or "lower" to read. The
evidence-inference classifier (``effect_features``) uses what this finds as one more feature.
A ``Role`` tells, for one lower-cased word, whether it names the intervention ("INT"), the
comparator ("CMP") or neither; ``effect_features.Question.word_role`` is one.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from harvester.extract.facts import parse_number
from harvester.extract.patterns import COMPARED, MEASURE_BEFORE_COLON, PEOPLE_WORDS, compiled
from harvester.extract.sentences import WORD

Role = Callable[[str], str | None]

_NUMBER = r"(-?\d+(?:[.·]\d+)?)"
# "77.4% in the intervention group", "92 hours for gatifloxacin recipients", "12 of 100 patients
# taking fictolan": a number, its unit, then a preposition and a few words before the group is
# named; "12/30 patients in", a count out of the group's size, not its size. In "3.2 ± 1.1 and in
# the control group 5.4" neither the spread nor the number before a conjunction is the next group's.
_JOINS = r"(?!(?:and|or|but|while|whereas|vs|versus)\b)"
_NUMBER_BEFORE_GROUP = compiled(
    # nor is a grade's number ("at least grade 2 nausea in the massage group was 20%")
    r"(?<![\d.·/±])(?<!±\s)(?<!\+/-)(?<!\+/-\s)(?<!grade\s)(?<!grades\s)(?<!stage\s)(?<!type\s)(?<!class\s)"
    + _NUMBER
    + r"(?:/\d+)?(?:\s*(?:±|\+/-)\s*\d+(?:[.·]\d+)?)?"  # "3.1 ± 0.9": the mean, not its spread
    rf"\s*(?:%|{_JOINS}[^\W\d]+(?:/[^\W\d]+)?)?\s*(?:{_JOINS}\w+\s+){{0,2}}?"
    r"(?:(?:for|in|with|without|after|during|among|on|receiving|given|taking|under)\s+(?:\w+(?:\s+|-)){0,3}|"
    # "12% of the massage group", "12% of the participants in the massage group", not "12 of 40
    # massage patients", nor "after 6 weeks of treatment", how long the arm was treated
    r"(?<!weeks\s)(?<!months\s)(?<!days\s)(?<!years\s)(?<!sessions\s)of\s+(?:[^\W\d]+\s+){0,4})$",
    re.IGNORECASE,
)
# "the bupivacaine group (508.92 ± 63.30 minutes)": the group, then its number in brackets; not
# "group A (n = 20)", how many it had.
_NUMBER_AFTER_GROUP = compiled(
    r"^\s*(?:group|groups|arm|patients|recipients|subjects|participants)?\s*[(\[]\s*(?:(?!n\b)\w+\s*[=:]\s*)?"
    + _NUMBER,
    re.IGNORECASE,
)
# "massage 4 (10%) vs usual care 12 (30%)", "massage: 4/40": the group, then how many of it had the
# event, read as their share; a count with its share or out of a total, never a bare number, which
# after a treatment's name may be its dose ("bupivacaine 0.5%", "ketamine 0.5 mg/kg").
_COUNT_AFTER_GROUP = compiled(r"^\s*[:=]?\s*(?=\d+\s*(?:/\s*\d+|\(\s*\d+(?:[.·]\d+)?\s*%\s*\))(?![\d.·]))")
# "the drug was discontinued in 12/40 (30%)": the group as what was stopped, then in how many of
# its people.
_STOPPED_AFTER_GROUP = compiled(
    r"^\s*(?:group|arm)?\s*(?:was|were)\s+(?:discontinued|stopped|withdrawn)\s+(?:in|among|for)\s+(?=\d)"
)
# "Satisfaction: massage 64.7%, usual care 35.7%": the measure and a colon open the sentence, then
# each group with its value, listed with commas up to the statistics; "massage 0.5% vs usual care
# 1.5%" may still give doses, unless "group" or "arm" follows the treatment's name.
_HEADED = compiled(rf"^{MEASURE_BEFORE_COLON}\s*(?:the\s+)?$", re.IGNORECASE)
_SPREAD_AFTER = r"(?:\s*(?:±|\+/-)\s*\d+(?:[.·]\d+)?)?"
_LISTED_VALUE = compiled(
    r"\s*(?:(?:group|arm)\s*[:=]?\s*" + _NUMBER + _SPREAD_AFTER + r"\s*(?:%|[^\W\d]{1,12})?"
    r"\s*(?:[,;(]|\bvs\b|\bversus\b|\band\b|$)|"
    r"[:=]?\s*" + _NUMBER + _SPREAD_AFTER + r"\s*%?\s*(?:[,;(]|$))",
    re.IGNORECASE,
)
# "28.1 (massage) and 35.4 (usual care)": the number, then its group in brackets.
_NUMBER_BEFORE_BRACKETED_GROUP = compiled(
    _NUMBER + r"(?:\s*(?:±|\+/-)\s*\d+(?:[.·]\d+)?)?\s*(?:%|[^\W\d]+(?:/[^\W\d]+)?)?\s*[(\[]\s*(?:the\s+)?$",
    re.IGNORECASE,
)
# "pain in the massage group was 2.5 compared to 4.0 in the usual care group", "... and in the
# usual care group, it was 4.0": the group, a copula, then its number (not "was reduced by 2.5",
# a change, "was 2.5 points lower", nor "was 8/17" or "was 8 of 17", a count out of a total).
# "In the massage group 50% of patients had no pain", "Among patients given fictolan, 12% had a
# relapse": the group, then the share of its people, or what that share had.
# Each stretch of spaces is read by one ``\s*`` alone: a group named in brackets, set aside as
# spaces, leaves a long run of them, which three ``\s*`` in a row would share out every way.
_GROUP_THEN = r"^\s*(?:(?:group|groups|arm|patients|recipients|subjects|participants)\s*)?(?:,\s*)?"
_NOT_A_CHANGE = (
    r"(?![\d.·/]|\s+of\b|\s*(?:[^\W\d]+\s+)?(?:lower|higher|less|more|greater|smaller|fewer|times)\b)"
)
# "In the massage group, the relapse rate was 12% compared with 30% in ...": the group opens the
# clause and its measure, a few words of no other clause, comes before the copula.
_ITS_MEASURE_FIRST = (
    r"(?:(?:it|they)\s+|(?:the\s+)?(?:(?!(?:and|or|but|which|who|that|than|while|whereas|there)\b)"
    r"[^\W\d][\w'-]*\s+){1,5}?)?"
)
_NUMBER_AFTER_COPULA = compiled(
    _GROUP_THEN
    + r"(?:"
    + _ITS_MEASURE_FIRST
    + r"(?:was|were|is|are|had)\s+(?:(?:about|approximately|only|just|nearly|almost)\s+)?|"
    r"(?=\d+(?:[.·]\d+)?\s*%\s+of\s+(?:the\s+)?(?:patients|participants|subjects|people|women|men|children)\b)|"
    r"(?=\d+(?:[.·]\d+)?\s*%\s+(?:had|developed|experienced|reported|needed|required)\b))"
    + _NUMBER
    + _NOT_A_CHANGE,
    re.IGNORECASE,
)
# "pain in the massage group was 2.5 and in the usual care group 4.0": the second group's copula
# left out, as the first group's was said; its number follows the group's name at once.
_AND_THE_NEXT_GROUP = compiled(
    r"^(?:\s*(?:±|\+/-)\s*\d+(?:[.·]\d+)?)?"  # the first group's spread: "was 3.2 ± 1.1 and in ..."
    # "... and in the CMP group 4.9", "... and that of the CMP group 4.9"
    r"[^\d;]{0,12}?\s*,?\s+and\s+(?:in|for|with|among|(?:that|those)\s+(?:of|in))\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_NUMBER_AFTER_LEFT_OUT_COPULA = compiled(_GROUP_THEN + _NUMBER + _NOT_A_CHANGE, re.IGNORECASE)
_BRACKETED = compiled(r"\([^()]*\)|\[[^\[\]]*\]")


# "after treatment", "during the intervention": a time of the treatment, which names no arm.
_GENERIC_TREATMENT = frozenset(["treatment", "intervention", "therapy", "training"])
_TIME_OF = compiled(
    r"\b(?:after|before|following|during|post|pre|prior to|end of|start of|completion of)[\s-]+(?:the\s+)?$",
    re.IGNORECASE,
)

# "the study group", "the trial group", "the observation group": an arm named only as the one
# studied, whose first word alone names no arm ("in this study", "the walk test"); the role is
# asked of the two words.
_STUDIED_GROUP = compiled(r"(?:study|trial|test|observation|research)\s+(?:group|arm)\b")


# "without massage", "the no-massage period", "non-massage days": the tested treatment's words
# after a word that says it was not given, which name the arm or period that went without it.
_GONE_WITHOUT = compiled(r"\b(?:without|no|non)[\s-]+$")


def group_mentions(sentence: str, role: Role) -> list[tuple[str, int, int]]:
    """Where the intervention and comparator are named: (INT or CMP, start, end), in order.

    A run of words naming the same group is one mention ("oral methadone group"); a generic word
    for the treatment after a word of time ("after treatment") names no group.
    """
    mentions: list[tuple[str, int, int]] = []
    low = sentence.lower()
    for match in WORD.finditer(low):
        group = role(match.group())
        if group is None and _STUDIED_GROUP.match(low, match.start()):
            group = role(f"{match.group()} group")
        if group not in ("INT", "CMP"):
            continue
        if group == "INT" and _GONE_WITHOUT.search(low, max(0, match.start() - 9), match.start()):
            group = "CMP"  # "51 min without massage", "in the no-massage period": the arm not given it
        if match.group() in _GENERIC_TREATMENT and _TIME_OF.search(
            sentence, max(0, match.start() - 20), match.start()
        ):
            continue  # "scores after treatment were 4.6 and 2.1 in ...": when, not which arm
        if (
            mentions
            and mentions[-1][0] == group
            and not sentence[mentions[-1][2] : match.start()].strip(" -/")
        ):
            mentions[-1] = (group, mentions[-1][1], match.end())
        else:
            mentions.append((group, match.start(), match.end()))
    return mentions


# The number words a count spelled out is made of ("twenty-one"), read as digits by
# ``facts.parse_number``.
_UNITS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
_TEENS = [
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
]
_TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
# "three patients (10%) in the massage group and nine (30%) in the control group", "twelve of 40":
# a count spelled out, as results write the small ones and those that open a sentence; read as its
# digits where people, a share, a total, "percent" or an arm follow it ("and in eight in the control
# group", "Eight percent of patients receiving placebo"),
# never "in one group".
_COUNT_IN_WORDS = compiled(
    rf"\b(?P<word>(?:{'|'.join(_TENS)})(?:[- ](?:{'|'.join(_UNITS)}))?|{'|'.join(_TEENS + _UNITS)})\b"
    rf"(?=\s*\(\s*\d|\s+(?:[\w-]+\s+)?(?:{PEOPLE_WORDS}|(?:patient|participant|subject|person)\b)|"
    r"\s+(?:out\s+)?of\s+\d|\s+per\s?cent\b|"
    r"\s+in\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:group|arm)s?\b)",
    re.IGNORECASE,
)

# "No patient in the massage group and six in the control group": none of an arm's people, a
# count of nought.
_NO_ONE = compiled(rf"\bno(?=\s+(?:{PEOPLE_WORDS}|(?:patient|participant|subject|person)\b))", re.IGNORECASE)


# "3.1 per 1,000 bed-days", "6.29/1,000 days", "2.4 per 100 person-years": the base a rate is
# given per, which is no arm's value and stands between the rate and its arm; set aside as spaces.
_RATE_BASE = compiled(
    r"\s*(?:\bper\s*|/\s*)(?:100|1,?000|10,?000|100,?000)\s+(?:[\w-]+\s+)?"
    r"[\w-]*?(?:days|weeks|months|years|hours|admissions|procedures|patients|persons|births|residents)\b",
    re.IGNORECASE,
)


def _in_digits(count: re.Match[str]) -> str:
    """ "Twenty-one" as "21"."""
    return str(parse_number(count.group("word")))


def numbers_by_group(sentence: str, role: Role) -> dict[str, float]:
    """The first number the sentence gives each group, when it gives one to both.

    Read these ways: a bracketed number or a count right after the group ("INT group (12.1
    months)", "INT 4 (10%) vs CMP 12 (30%)"), a number with its group bracketed after it ("12.1
    (INT) and 4.9 (CMP)"), a number shortly before the group with brackets set aside ("12.1
    months for INT and 4.9 for CMP"; or, for a group with none before it, its number after
    "was": "in the INT group was 12.1 compared to 4.9 in the CMP group", and the next group's
    right after its name where that "was" is left out: "... and in the CMP group 4.9"), a count
    right before each group named as its people ("in 7 INT-treated and 15 CMP-treated patients",
    "in 20 (13%) INT and 31 (21%) CMP patients"), or two numbers then two groups,
    "respectively". The base a rate is given per ("3.1 per 1,000 bed-days") is set aside, the
    rate read as the group's number, and "no patient" is a count of nought.
    """
    sentence = _COUNT_IN_WORDS.sub(_in_digits, sentence)  # "three patients (10%)": 3 (10%)
    sentence = _NO_ONE.sub("0", sentence)  # "no patient in the INT group": 0 patient
    sentence = _RATE_BASE.sub(lambda base: " " * len(base.group()), sentence)  # "3.1 per 1,000 days"
    found: dict[str, float] = {}
    mentions = group_mentions(sentence, role)
    if len({group for group, _, _ in mentions}) < 2:
        return found
    headed = bool(_HEADED.search(sentence[: mentions[0][1]]))
    for group, _, end in mentions:
        if group not in found and (value := _number_right_after(sentence, end, headed)) is not None:
            found[group] = value
    if len(found) == 2:
        return found
    found = {}
    for group, start, _ in mentions:
        match = _NUMBER_BEFORE_BRACKETED_GROUP.search(sentence[max(0, start - 40) : start])
        if match and group not in found:
            found[group] = decimal(match.group(1))
    if len(found) == 2:
        return found
    found = {}
    unbracketed = _BRACKETED.sub(lambda m: " " * len(m.group()), sentence)
    previous_end = 0
    copula_said = False  # the group before's number followed its copula
    for group, start, end in mentions:
        window = max(previous_end, start - 80)
        before = list(_NUMBER_BEFORE_GROUP.finditer(unbracketed[window:start])) or _counted_as_its_people(
            unbracketed, window, start, end
        )
        # a number read already as the group before's is not this one's too: "(INT vs CMP) were
        # 30.1 vs 41.3" gives INT the 30.1 after "were", and CMP none after it; nor is the number
        # after a group the estimate is set against ("the effect size versus CMP was 1.15")
        after = (
            None
            if end < previous_end or _REFERENCE.search(sentence[:start])
            else _NUMBER_AFTER_COPULA.match(unbracketed[end:])
            or (
                _NUMBER_AFTER_LEFT_OUT_COPULA.match(unbracketed[end:])
                if copula_said and _AND_THE_NEXT_GROUP.match(unbracketed[previous_end:start])
                else None
            )
        )
        previous_end = max(previous_end, end)
        if group in found:
            continue
        if before:  # the number nearest the group, or the share it gives
            found[group] = _value_at(sentence, window + before[-1].start(1), before[-1].group(1))
        elif after:
            found[group] = decimal(after.group(1))
            previous_end = end + after.end()  # the next group's number comes after this one's
            copula_said = True
    if len(found) == 2:
        return found
    return (
        _counts_before_each_arm(sentence, mentions)
        or _respectively(sentence, mentions)
        or _versus(sentence, mentions)
    )


# "7 (5.6%) fictolan-treated and 15 (12.0%) placebo-treated patients", "0 of 100 ultrasound-guided
# procedures": a count right before the arm's name, the arm's name the kind of its people or
# procedures; its share in brackets, set aside as spaces, is read from the sentence. Not "12 of 40
# massage patients", whose arm is named by no such word.
_ARM_AS_ITS_PEOPLE = compiled(
    r"-(?:treated|guided|assisted|allocated|randomi[sz]ed|fed|exposed)\b", re.IGNORECASE
)
# The count is what befell them where "in", "by" or a word setting one arm beside the other comes
# before it ("occurred in 7 fictolan-treated and 15 placebo-treated patients"), not the arms' sizes
# ("of 125 fictolan-treated patients", "we enrolled 125 fictolan-treated and 123 ...").
_COUNT_RIGHT_BEFORE = compiled(
    r"(?:\b(?:in|by|and|vs\.?|versus|than|with)|,)\s+(\d+)(?:\s+of\s+\d+|\s*/\s*\d+)?\s*$", re.IGNORECASE
)


def _counted_as_its_people(unbracketed: str, window: int, start: int, end: int) -> list[re.Match[str]]:
    """The count right before a group named as the kind of its people ("7 (5.6%) fictolan-treated
    patients"), for ``numbers_by_group`` to read as the group's number; none for a group named
    otherwise, whose number a preposition introduces ("7 in the fictolan group")."""
    if not _ARM_AS_ITS_PEOPLE.match(unbracketed, end) and not _ARM_AS_ITS_PEOPLE.search(
        unbracketed, start, end
    ):
        return []  # (the word after the hyphen may name the tested arm too: "treated")
    return list(_COUNT_RIGHT_BEFORE.finditer(unbracketed[window:start]))


# After an arm counted so, its people ("20 (13%) fictolan patients"), or the other arm's count
# ("20 (13%) fictolan and 31 (21%) placebo patients").
_ITS_PEOPLE_OR_THE_NEXT_COUNT = compiled(
    rf"\s+(?:{PEOPLE_WORDS}|(?:patient|participant|subject|person|resident)s?\b)|"
    r"\s*(?:,|\band\b|\bvs\b\.?|\bversus\b)\s*\d",
    re.IGNORECASE,
)


def _counts_before_each_arm(sentence: str, mentions: list[tuple[str, int, int]]) -> dict[str, float]:
    """ "Renal replacement was needed in 20 (13%) fictolan and 31 (21%) placebo patients", "by 8
    exercise participants and 9 usual care participants": each arm's count right before its name,
    the arm's name then its people or the other arm's count; read only where both arms are counted
    so: in "12 of 40 massage patients versus 20 of 41 given usual care" no name after the second
    count tells whose it is."""
    unbracketed = _BRACKETED.sub(lambda m: " " * len(m.group()), sentence)
    found: dict[str, float] = {}
    previous_end = 0
    for group, start, end in mentions:
        if group in found:
            continue
        count = _COUNT_RIGHT_BEFORE.search(unbracketed, max(previous_end, start - 40), start)
        previous_end = end
        if count is None or not _ITS_PEOPLE_OR_THE_NEXT_COUNT.match(unbracketed, end):
            return {}
        found[group] = _value_at(sentence, count.start(1), count.group(1))
    return found if len(found) == 2 else {}


def _number_right_after(sentence: str, end: int, headed: bool = False) -> float | None:
    """The number said right after a group's name: bracketed ("INT group (12.1 months)"), or a
    count of its people ("INT 4 (10%)", "INT: 4/40"), read as their share; after a measure and
    its colon (``headed``: "satisfaction: INT 64.7%, CMP 35.7%"), a bare value too, which
    elsewhere may be the treatment's dose ("bupivacaine 0.5%"); None for any other."""
    bracketed = _NUMBER_AFTER_GROUP.match(sentence[end:])
    if bracketed:
        return decimal(bracketed.group(1))
    listed = _LISTED_VALUE.match(sentence, end) if headed else None
    if listed:
        return decimal(listed.group(1) or listed.group(2))
    counted = _COUNT_AFTER_GROUP.match(sentence[end:]) or _STOPPED_AFTER_GROUP.match(sentence[end:])
    value = _ONE_VALUE.match(sentence, end + counted.end()) if counted else None
    return _value_of(value) if value else None


# One arm's value as results write it: "30.1", "30.1 ± 4.2", "9.5 days", "30.1 (SD 4.2)", "12 (8–15)",
# "30.1 [28.0–32.2]", "30.1 (95% CI 28.0 to 32.2)", "12 (40%)", "12/30 (40%)", "12 of 30". A spread, range or
# interval in brackets is set aside, never read as another arm's value; a count with its share in
# brackets, or out of its arm's size, is read as that share, since arms differ in size. No arm's
# value is a number that ends a range ("28.0 to 32.2", "8–15"), tells a time ("at 6 and 12
# weeks"), a total ("12 of 30") or a test ("p = 0.01 and 0.30").
_ONE_VALUE = compiled(
    r"(?<![\w.·/−–—=<>≤≥-])(?<![=<>≤≥] )(?<!\bto )(?<!\bat )(?<!\d of )"
    r"(?P<value>-?\d+(?:[.·]\d+)?)(?:/(?P<of>\d+)|\s+of\s+(?P<total>\d+)(?![\d.·]))?"
    r"(?:\s*(?:±|\+/-)\s*\d+(?:[.·]\d+)?)?\s*%?"
    r"(?:\s*(?!(?:and|or|of|vs|versus|respectively)\b)[^\W\d]{1,12}(?:/[^\W\d]{1,6})?\b)?"
    r"(?:\s*(?:\(\s*(?P<share>\d+(?:[.·]\d+)?)\s*%\s*\)|\[\s*(?P<part>\d+(?:[.·]\d+)?)\s*%\s*\]|"
    r"\([^()\[\]]{1,60}\)|\[[^()\[\]]{1,60}\]))?"
)
_VALUE_TEXT = re.sub(r"\?P<\w+>", "?:", _ONE_VALUE.pattern)
_VALUES = rf"{_VALUE_TEXT}(?:\s*(?:,\s*(?:and\s+)?|and\s+|vs\.?\s*|versus\s+){_VALUE_TEXT})+"
# The values, then the arms they are given in: "30.1 ± 4.2 and 41.3 ± 5.0 in the" (massage and ...).
_VALUES_BEFORE = compiled(rf"(?P<run>{_VALUES})[^\d;]{{0,80}}$")
# The values, then, right after them, the word that opens the arms they are given in: "4.2 versus
# 6.1 days in the" (massage and usual care groups), the arms' order theirs with no "respectively";
# not counts of people ("40 and 42 patients in the"), which may be the arms' sizes.
_VALUES_RIGHT_BEFORE = compiled(
    rf"(?P<run>{_VALUES})\s*(?:(?!(?:in|for|with|among)\b)[^\W\d]{{1,12}}\s+)?(?:in|for|with|among)\s+(?:the\s+)?$"
)
_PEOPLE_COUNTED = compiled(rf"\b{PEOPLE_WORDS}", re.IGNORECASE)
# The arms, then their values up to "respectively": "(massage and usual care) groups had scores of
# 30.1 and 41.3, respectively".
_VALUES_AFTER = compiled(rf"^[^\d;=<>≤≥]{{0,60}}?(?P<run>{_VALUES})\s*,?\s*respectively\b")
# The arms in brackets, in order, then a value for each set one against the other: "anxiety scores
# (massage vs usual care) were 30.1 vs 41.3", "pain (massage vs control): 2.1 vs 4.5"; the
# bracket's order pairs them as "respectively" would (not three values, nor three arms).
_ORDER_OPENS = compiled(r"\(\s*(?:the\s+)?$")
_VERSUS_AFTER_ORDER = compiled(
    rf"^\s*(?:groups?|arms?)?\s*\)\s*(?::\s*|(?:was|were|is|are)\s+(?:[^\W\d]+\s+){{0,2}}?)?"
    rf"(?P<run>{_VALUE_TEXT}\s*(?:vs\.?|versus)\s*{_VALUE_TEXT})(?![\d.·])"
)
_ANOTHER_VALUE = compiled(r"\s*(?:,|vs\.?|versus|and)\s*-?\d")


def respective_values(before: str, after: str) -> list[float]:
    """The values a "respectively" gives the arms named between ``before`` and ``after``, in the
    arms' order: the run of values that ends ``before`` ("30.1 ± 4.2 and 41.3 ± 5.0 in the") or
    opens ``after`` up to "respectively" ("groups had scores of 30.1 and 41.3, respectively", also
    in brackets: "groups (30.1 and 41.3, respectively)"), or, for arms named in brackets, that
    follows them set one against the other ("(massage vs usual care) were 30.1 vs 41.3"). Values
    before the arms need a "respectively" outside brackets: "(p = 0.01 and 0.30, respectively)"
    pairs p-values, not them; or none at all where the arms follow the values right after the word
    that opens them ("4.2 versus 6.1 days in the massage and usual care groups").
    One pairing for arms named by their treatments and by their labels ("groups 1 and 2")."""
    said = _VALUES_AFTER.match(after)
    if said is None and _ORDER_OPENS.search(before):
        said = _VERSUS_AFTER_ORDER.match(after)
        if said and _ANOTHER_VALUE.match(after, said.end()):
            return []  # a third value: more arms than the bracket names
    if said is None and "respectively" in _BRACKETED.sub(" ", f"{before} {after}").lower():
        said = _VALUES_BEFORE.search(before)
    if said is None and "respectively" not in f"{before} {after}".lower():
        said = _VALUES_RIGHT_BEFORE.search(before)  # (a "respectively" in brackets pairs other values)
        said = None if said and _PEOPLE_COUNTED.search(said.group("run")) else said
    if said is None:
        return []
    return [_value_of(value) for value in _ONE_VALUE.finditer(said.group("run"))]


def respective_as_before(sentence: str, before: str, role: Role) -> dict[str, float]:
    """ "Fatigue was 2.0 and 3.5, respectively", "..., as well as fatigue (2.0 vs 3.5)": values that
    name no arm, in the order the statement ``before`` them named the two arms, where it gave each
    a number too ("anxiety was 3.1 in the INT group and 4.2 in the CMP group")."""
    if not before or group_mentions(sentence, role) or len(numbers_by_group(before, role)) != 2:
        return {}
    order = list(dict.fromkeys(group for group, _, _ in group_mentions(before, role)))
    set_against = _two_set_against(sentence)
    values = respective_values("", sentence) or (
        [decimal(set_against.group(1)), decimal(set_against.group(2))] if set_against else []
    )
    if len(order) != 2 or len(values) != 2:
        return {}
    return dict(zip(order, values, strict=True))


def _value_of(value: re.Match[str]) -> float:
    """One arm's value: its share where given with a count ("12 (40%)", "12/30", "12 of 30"), else
    the number."""
    share = value.group("share") or value.group("part")
    if share:
        return decimal(share)
    total = value.group("of") or value.group("total")
    if total and int(total):
        return round(100 * decimal(value.group("value")) / int(total), 1)
    return decimal(value.group("value"))


def _value_at(sentence: str, at: int, number: str) -> float:
    """The value a group's number at ``at`` gives it, read as ``_value_of`` reads it: the share of
    "12 (40%) patients in the massage group", not the count; else the number as found."""
    value = _ONE_VALUE.match(sentence, at)
    return _value_of(value) if value else decimal(number)


def _respectively(sentence: str, mentions: list[tuple[str, int, int]]) -> dict[str, float]:
    """ "53.3% and 86.6% in patients given INT and CMP, respectively", "in the INT and CMP groups
    were 30.1 ± 4.2 and 41.3 ± 5.0, respectively": values in the groups' order. The groups are the
    two named last before the role changes: in "patients treated with INT and CMP", "treated" names
    the tested arm too, and INT is the first of the pair. As many values as the two groups, or no
    reading: over three arms ("in the INT, other and CMP groups") no value is known to be INT's."""
    at = next(i for i, m in enumerate(mentions) if m[0] != mentions[0][0])
    first, second = mentions[at - 1], mentions[at]
    if sentence[first[2] : second[1]].strip(" ,") not in ("and", "or", "vs", "vs.", "versus", ","):
        return {}
    values = respective_values(sentence[: mentions[0][1]], sentence[second[2] :])
    if len(values) != 2:
        return {}
    return {first[0]: values[0], second[0]: values[1]}


_VERSUS_NUMBERS = compiled(
    r"(?<![\w.−-])(?<!of )"
    + _NUMBER
    + r"(?:\s*±\s*\d+(?:[.·]\d+)?)?[^\d()\[\];,]{0,25}?(?:[(\[][^()\[\]]*[)\]]\s*)?"
    r"(?:vs\.?|versus)\s*" + _NUMBER,
    re.IGNORECASE,
)
_THIRD_VERSUS = compiled(r"(?:\s*±\s*\d+(?:[.·]\d+)?)?\s*(?:vs\.?|versus)\s*-?\d")
_REFERENCE = compiled(
    rf"\b(?:than|{COMPARED}|versus|vs\.?|relative to|over)\s+(?:\w+\s+){{0,3}}$", re.IGNORECASE
)


def _versus(sentence: str, mentions: list[tuple[str, int, int]]) -> dict[str, float]:
    """ "INT lowered X more than CMP (4.1 vs 6.3)": the first number is the sentence's subject's.

    The subject is the group not introduced by "than" or "compared with"; failing that, the
    group named first. Where only one group is named before the values, the other may follow
    them ("INT had a score of 4.1 vs 6.3 in CMP").
    """
    match = _two_set_against(sentence)
    roles = [role for role, start, _ in mentions if match and start < match.start()]
    if match is None or len(set(roles)) < 2:
        value_of = _A_VALUE_OF_VERSUS.search(sentence)
        return _versus_the_group_after(sentence, mentions, value_of) if value_of else {}
    references = {
        role for role, start, _ in mentions if start < match.start() and _REFERENCE.search(sentence[:start])
    }
    primary = roles[0] if len(references) != 1 else ({"INT", "CMP"} - references).pop()
    other = "CMP" if primary == "INT" else "INT"
    return {primary: decimal(match.group(1)), other: decimal(match.group(2))}


# "had a mean score of 49.2 versus 44.1": a value the group before it had, set against another.
_A_VALUE_OF_VERSUS = compiled(
    r"(?<=\bof )" + _NUMBER + r"(?:\s*±\s*\d+(?:[.·]\d+)?)?\s*(?:vs\.?|versus)\s*" + _NUMBER, re.IGNORECASE
)
# "... 49.2 versus 44.1 in the control group": the second value's group, named right after it.
_GROUP_RIGHT_AFTER = compiled(
    r"^(?:\s*±\s*\d+(?:[.·]\d+)?)?\s*(?:(?:in|for|with|among|of)\s+)?(?:the\s+)?(?:\w+\s+){0,2}?$",
    re.IGNORECASE,
)


def _versus_the_group_after(
    sentence: str, mentions: list[tuple[str, int, int]], match: re.Match[str]
) -> dict[str, float]:
    """ "The exercise group had a mean score of 49.2 versus 44.1 in the control group": one group
    named before the two values, the other right after them, whose is the second."""
    before = {role for role, start, _ in mentions if start < match.start()}
    after = [(role, start) for role, start, _ in mentions if start >= match.end()]
    if len(before) != 1 or not after or after[0][0] in before:
        return {}
    if not _GROUP_RIGHT_AFTER.match(sentence[match.end() : after[0][1]]):
        return {}
    return {before.pop(): decimal(match.group(1)), after[0][0]: decimal(match.group(2))}


def _two_set_against(sentence: str) -> re.Match[str] | None:
    """The first two values set one against the other ("4.2 vs 4.9"); none where a third follows
    ("30.1 vs 45.0 vs 41.3": more arms than two)."""
    match = _VERSUS_NUMBERS.search(sentence)
    return None if not match or _THIRD_VERSUS.match(sentence, match.end()) else match


def decimal(text: str) -> float:
    """A matched number; "4·5" (a middle dot, as some journals print it) is 4.5."""
    return float(text.replace("·", "."))
