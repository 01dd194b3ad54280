"""Time points: whether a result is at the end of treatment or at a later follow-up.

A result "at 12 weeks" after 8 weeks of treatment, "at follow-up" or "not maintained" is kept
apart from the end-of-treatment result for the same outcome, so that an effect that faded is not
read over the one that was seen. Where the methods give no treatment length, the earliest time
the results report stands for it.
"""

from __future__ import annotations

import re
from functools import lru_cache

from harvester.extract.candidates import Statement
from harvester.extract.facts import NUMBER, in_weeks, parse_number, time_point
from harvester.extract.patterns import Caseless, Screened, compiled
from harvester.extract.readings import lowered
from harvester.extract.statements import clause_spans
from harvester.extract.structure import P_VALUE, AbstractSentence, p_values

# The verbs every way of telling an effect kept or lost holds ("maintained", "sustained",
# "retained": "tained"): PERSISTED is tried on every clause, and most hold none.
_PERSISTED_VERBS = (
    "persist", "last", "continued", "remained", "tained", "preserved", "lost", "disappeared",
    "vanished", "faded", "waned", "off",
)  # fmt: skip
# "..., and these differences persisted at follow-up", "but this was not maintained", "which
# persisted at 6 months", "Effects on depression were maintained at 6 months": an effect told
# before, again at a later time.
PERSISTED = Caseless(
    r"^\W*(?:(?:and|but|however|yet)\b,?\s+)?"
    # after the time it opens on, where kept: "at 3 months, the effect on pain was maintained" ("by
    # week 12, the difference in pain had vanished" is read as a result of its own)
    r"(?:(?:at|by|after|during|over)\s+[^,;.()]{1,30},\s+(?![^.;]*\b(?:not|lost|disappeared|vanished|faded|"
    r"waned|wore|worn)\b))?"
    r"(?:(?:which|this|it)\s+|(?:(?:these|this|the|such|all|both)\s+)?(?:[\w-]+\s+)?"
    r"(?P<what>differences?|effects?|improvements?|benefits?|reductions?|gains?)\b"
    r"(?:\s+(?:between|in|on|of|for|with)\s+[^.;,()]{1,40}?)?\s+)"
    r"(?:(?P<kept>persisted|lasted|continued|remained (?:statistically )?significant|(?:was|were) (?:still )?"
    r"(?:maintained|sustained|retained|preserved))|"
    r"(?P<lost>(?:was|were) not (?:maintained|sustained|retained|preserved)|did not (?:persist|last)|"
    # "but the effect was lost at follow-up", "had disappeared by 12 weeks", "wore off"
    r"(?:was|were|had been) lost|(?:had )?(?:disappeared|vanished|faded|waned)|(?:wore|had worn) off))\b",
    words=_PERSISTED_VERBS,
)
# "baseline (BL)", "before treatment (T0)": a short name the abstract gives the start of the study,
# in brackets after the words for it (looked for from the bracket, which re finds at once, back to
# them: read forward, every word start of the abstract was tried).
_SHORT_NAME = Caseless(r"\((?P<name>[a-z][a-z0-9-]{0,5})\)")
_START_WORDS = Caseless(
    r"\b(?:baseline|pre-?(?:intervention|treatment|test)|"
    r"before (?:the )?(?:intervention|treatment|training|therapy))\Z"
)
_LONGEST_START_WORDS = len("before the intervention")


def start_names(text: str) -> frozenset[str]:
    """The short names an abstract defines for its baseline ("baseline (BL)", "before treatment
    (T0)"), as written: compared with them, a result is a change over time."""
    names = (
        text[said.start("name") : said.end("name")]
        for said in _SHORT_NAME.finditer(text)
        if _after_start_words(text, said.start())
    )
    return frozenset(name for name in names if name != name.lower() or any(c.isdigit() for c in name))


def _after_start_words(text: str, bracket: int) -> bool:
    """Whether the words for the start of the study end just before the bracket at ``bracket``,
    spaces apart; read with a character before them, where there is one, for the word boundary."""
    end = bracket
    while end > 0 and text[end - 1].isspace():
        end -= 1
    return _START_WORDS.search(text[max(0, end - _LONGEST_START_WORDS - 1) : end]) is not None


@lru_cache(maxsize=256)
def with_start_spelled(text: str, names: frozenset[str]) -> str:
    """``text`` with the abstract's short names for its baseline (``start_names``) written
    "baseline", for reading its comparison only: "lower at PT compared with BL" is lower than at
    baseline, not than another arm."""
    if not names or not any(name in text for name in names):
        return text
    alternation = "|".join(re.escape(name) for name in sorted(names, key=len, reverse=True))
    return re.sub(rf"(?<![\w-])(?:{alternation})(?![\w-])", "baseline", text)


# "..., but not at follow-up", "but not in the long term": the result before, not seen at a later time.
_NOT_LATER = compiled(
    r"^\W*(?:but\s+)?not\s+(?:at|after|by|beyond|during|(?:in|over) the (?:long|longer|medium)[\s-]term)\b"
)
# "..., but returned to baseline at follow-up": the outcome told before, back where it started.
_RETURNED = compiled(
    r"^\W*(?:(?:but|and|then)\s+)?(?:had\s+|then\s+)?(?:returned|reverted|came back|went back)\s+to\s+"
    r"(?:the\s+|its\s+|their\s+)?(?:baseline|pre-?\w+|initial|original)\b",
    re.IGNORECASE,
)

# Matched against the lowered sentence (``readings.lowered``), hence no IGNORECASE.
# A later time, named or implied: an effect "not maintained", or "no longer" seen at a time (not
# "no longer significant after adjustment"), is later than the time it was seen.
_LATER = (
    r"(?:at|after|by|beyond)\s+(?:the\s+)?(?:\d+|one|two|three|six|twelve)[\s-]*(?:weeks?|months?|years?)\b"
)
# Follow-up after treatment, as an abstract speaks of it ("lost to follow-up" does not, nor does
# "telephone follow-up", a treatment tested), and a review's later term ("in the long term", "at
# medium-term").
_FOLLOWED_UP = (
    r"(?<!lost to )(?<!loss to )(?<!telephone )(?<!telephone-based )(?<!nurse-led )"
    r"follow(?:ed)?[\s-]?up|"
    r"\b(?:(?:in|over|at|for) the |at )(?:long|longer|medium|intermediate)[\s-]term\b|"
    r"after (?:the )?(?:end|completion|cessation) of (?:the )?(?:treatment|intervention|program)"
)
_FOLLOW_UP = Screened(
    rf"{_FOLLOWED_UP}|"
    rf"\bno longer\b(?=[^.;]{{0,80}}\b{_LATER})|\b{_LATER}[^.;]{{0,80}}\bno longer\b|"
    r"\b(?:was|were) not (?:maintained|sustained|retained)\b"
)
# "at the end of treatment", "post-intervention": the end named in words, no number.
_AT_THE_END = Screened(
    r"\b(?:at|by) the end of (?:the )?(?:treatment|intervention|program(?:me)?|therapy|training)\b|"
    r"\bpost-?(?:intervention|treatment)\b"
)
# A review's first term, or the time just after treatment: "in the short term", "at short-term
# follow-up", "immediately after treatment" are the end of treatment, though a follow-up be named.
_SHORT_TERM = Screened(
    r"\b(?:(?:in|over|at|for) the |at )short(?:er)?[\s-]term\b(?:\s+follow[\s-]?up)?|"
    r"\bimmediately (?:after|post)[\s-]?(?:the )?(?:treatment|intervention|therapy|session)\b"
)
_LATER_THAN_FIRST = compiled(r"follow-up \((.+)\)")
_TIME = Screened(rf"\b({NUMBER})[\s-]+(weeks?|months?|years?)\b")
_AT_TIME = Screened(rf"\b(?:at|after)\s+({NUMBER})\s+(weeks?|months?)\b")
# "at 3 months" after a 12-week treatment (13 weeks against 12) is its end, not a later time.
_SAME_SPAN = 1.1
# "but not at 24 hours", "not after 3 days": a result denied at a time of hours or days, as
# trials of one session or of the days after surgery tell one; its own time, not the end of treatment.
# Also of several times, the unit said once ("but not at 6 or 24 h"): at the first of them.
_NOT_AT_HOURS = Screened(
    rf"^\W*(?:but\s+)?not\s+(?:at|after|by)\s+({NUMBER})(?:\s*(?:,|,?\s*or|,?\s*and)\s*{NUMBER})*"
    r"\s*(hours?|hrs?|h|minutes?|min|days?)\b"
)
# "but not on days 1 and 2": a result denied on days counted from the start, the unit first; its
# own time, at the first of them (weeks, "not at week 12", are set against the treatment's length).
_NOT_ON_DAYS = Screened(r"^\W*(?:but\s+)?not\s+(?:at|on|in|during|by)\s+(?:the\s+)?(days?)\s+(\d{1,3})\b")
# An hour's unit as abbreviated, for naming the time in words.
_HOURS_ABBREVIATED = {"h": "hours", "hr": "hours", "hrs": "hours"}
# "at week 6", "by month 3": the time counted from the start, its unit first.
_AT_NTH = Screened(r"\b(?:at|after|by|in|on) (?:the )?(?:end of )?(week|month)\s+(\d{1,3})\b")


def when_said(statement: Statement) -> str:
    """The clause, where it names a time of its own ("at 8 weeks, ..., but not at follow-up"
    is two times, as is "no different at the end of treatment, but lower at follow-up") or tells
    an effect again later, else its sentence up to the clause that tells the effect again: "pain
    improved (p = 0.02), but this was not maintained at follow-up" saw the improvement at the end
    of treatment."""
    low = lowered(statement.clause)
    if (
        _TIME.search(low)
        or _AT_NTH.search(low)
        or _AT_THE_END.search(low)
        or _NOT_AT_HOURS.match(low)
        or _NOT_ON_DAYS.match(low)
        or _SHORT_TERM.search(low)
    ):
        return statement.clause
    if _FOLLOW_UP.search(low) or PERSISTED.match(low):
        return _with_the_later_time_before(statement.sentence, statement.clause)
    return _before_told_later(statement.sentence, statement.clause)


def _with_the_later_time_before(sentence: str, clause: str) -> str:
    """A clause telling an effect at a later time, naming none ("but the improvement in fatigue
    was not sustained"), with the clause before it that told another at a later time it names
    ("the improvement in balance was maintained at 26 weeks"): the same later time."""
    at = sentence.find(clause)
    told = [
        sentence[start:end]
        for start, end in clause_spans(sentence)
        if end <= at and PERSISTED.match(sentence[start:end]) and _said_at(lowered(sentence[start:end]))
    ]
    return f"{told[-1]} {clause}" if told else clause


@lru_cache(maxsize=256)
def _before_told_later(sentence: str, clause: str) -> str:
    """The sentence up to the first clause after ``clause`` that tells its effect at a later time
    (kept, lost, or the outcome "returned to baseline"), or, after a clause with its own p-value,
    tells a result of its own at a time it names: "cortisol fell (p < 0.05) and muscle tone was
    reduced at follow-up (p = 0.03)" saw cortisol fall at the end of treatment (cached: each
    outcome of the clause asks again)."""
    after = sentence.find(clause) + len(clause)
    tested = bool(p_values(clause))
    for start, end in clause_spans(sentence):
        later = sentence[start:end]
        if start >= after and (
            PERSISTED.match(later)
            or _NOT_LATER.match(later)
            or _RETURNED.match(later)
            or (tested and _own_time(later))
            or (tested and _no_longer_later(later))
        ):
            return sentence[:start]
    return sentence


_NO_LONGER = compiled(r"\bno longer\b")


def _no_longer_later(clause: str) -> bool:
    """Whether a clause tells that a result seen before was no longer seen at a later time
    ("but the difference was no longer significant at follow-up"): that time is its own."""
    low = lowered(clause)
    return _NO_LONGER.search(low) is not None and _FOLLOW_UP.search(low) is not None


def _own_time(clause: str) -> bool:
    """Whether a clause tells a result at a time it names before its own p-value ("muscle tone was
    reduced at follow-up (p = 0.03)"); a time after it ("..., and fatigue fell (p = 0.02) at 12
    weeks") may be every result's."""
    low = lowered(clause)
    tested = [said.start() for said in P_VALUE.finditer(low)]
    times = [said.start() for pattern in (_TIME, _AT_NTH, _FOLLOW_UP) for said in pattern.finditer(low)]
    return bool(tested) and bool(times) and min(times) < tested[-1]


def first_time_reported(sentences: list[AbstractSentence]) -> float | None:
    """The earliest time results are reported at ("at 10 weeks"), in weeks: where the methods do
    not say how long treatment lasted, a later time reported is a follow-up, if the abstract
    speaks of one (``speaks_of_follow_up``)."""
    times = [
        _in_weeks(at)
        for s in sentences
        if s.role == "results"
        for pattern in (_AT_TIME, _AT_NTH)
        for at in pattern.finditer(lowered(s.evidence.text))
    ]
    return min(times) if times else None


def speaks_of_follow_up(sentences: list[AbstractSentence]) -> bool:
    """Whether the abstract tells of a time after treatment: a follow-up, the end of treatment,
    an effect kept or lost later."""
    return any(
        _FOLLOW_UP.search(low) or PERSISTED.match(low)
        for s in sentences
        for low in [lowered(s.evidence.text)]
    )


def within_treatment(when: str) -> str:
    """A time point named for its time only ("follow-up (3 months)" -> "at 3 months"): where the
    treatment's length is unknown and the abstract speaks of no follow-up, a time later than the
    first reported may still be within the treatment, but is kept apart from the first."""
    later = _LATER_THAN_FIRST.fullmatch(when)
    return f"at {later.group(1)}" if later else when


def _in_weeks(at: re.Match[str]) -> float:
    number, unit = _number_and_unit(at)
    return in_weeks(parse_number(number) or 0, unit)


def _number_and_unit(at: re.Match[str]) -> tuple[str, str]:
    """The number and the unit of "6 weeks" or of "week 6"."""
    first, second = at.group(1), at.group(2)
    return (second, first) if first[0].isalpha() and second[0].isdigit() else (first, second)


def _said_at(sentence: str) -> tuple[str, str] | None:
    """The time a result is told at ("6 weeks", "week 6"), as (number, unit)."""
    when = _TIME.search(sentence) or _AT_NTH.search(sentence)
    return _number_and_unit(when) if when else None


@lru_cache(maxsize=256)
def timepoint(sentence: str, duration_weeks: float | None) -> str:
    """'end of treatment', 'follow-up (12 weeks)' when the sentence is about a later time, or
    'at 4 weeks' when about an earlier one, before treatment ended."""
    sentence = lowered(sentence)
    denied = _NOT_AT_HOURS.match(sentence)
    if denied:
        unit = _HOURS_ABBREVIATED.get(denied.group(2).lower(), denied.group(2))
        return f"at {time_point(parse_number(denied.group(1)), unit)}"
    if denied_on := _NOT_ON_DAYS.match(sentence):
        return f"at {time_point(parse_number(denied_on.group(2)), denied_on.group(1))}"
    if _SHORT_TERM.search(sentence) and not _FOLLOW_UP.search(_SHORT_TERM.sub(" ", sentence)):
        return "end of treatment"  # "lower at short-term follow-up (SMD ...)": a review's first term
    if _FOLLOW_UP.search(sentence) or (PERSISTED.match(sentence) and _said_at(sentence)):
        when = _said_at(sentence)
        if when:
            return f"follow-up ({time_point(parse_number(when[0]), when[1])})"
        return "follow-up"
    at = _AT_TIME.search(sentence) or _AT_NTH.search(sentence)
    if at and duration_weeks:
        number, unit = _number_and_unit(at)
        weeks = _in_weeks(at)
        if weeks > duration_weeks * _SAME_SPAN:
            return f"follow-up ({time_point(parse_number(number) or 0, unit)})"
        if weeks * _SAME_SPAN < duration_weeks:
            # "at week 4" of eight weeks' treatment: on the way, not its end
            return f"at {time_point(parse_number(number) or 0, unit)}"
    return "end of treatment"
