"""Lists of outcomes: which measures outside the vocabulary share a clause's result with the
vocabulary outcomes they are listed with.

"Improved balance (p = 0.01), proprioception (p = 0.02) and reaction time" reports on all three;
"the VAS, KOOS and ROM improved" on the items before the named one; "no differences in response
rates, CRP or stool frequency" on the open items before the outcome the list ends with, and "no
differences in fatigue, pain and skin temperature" on the item after the last one. The findings
read each such measure as an outcome of its own (``mentions.with_open_measures``).
"""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import pairwise

from harvester.extract.measures import KIND_WORD, REPEATED_PREPOSITION, only_lead_in, polarity_of, vague
from harvester.extract.patterns import ITEM_CHANGE, ITEM_COMPARATIVE, SAID_TOO, compiled
from harvester.extract.readings import states_result
from harvester.extract.vocabulary import DomainMatch

# A list's separators: a clause without one lists nothing.
LISTS = compiled(r",|\b(?:and|or|as well as)\b")
# Between two items of one list: the rest of the first's name, its brackets, a separator, and the
# next item's own comparative or change noun.
_LIST_GAP = compiled(
    r"[\w'’ -]{0,40}?(?:\s*[(\[][^()\[\]]*[)\]])*\s*(?:,\s*(?:(?:and|or|as well as)\s+)?|"
    rf"\s+(?:and|or|as well as)\s+)(?:the\s+|their\s+|{ITEM_COMPARATIVE}|{ITEM_CHANGE})?"
)
# Between two items of a list that says its preposition again: "no differences in pain or in use
# of analgesics"; and that preposition, a few words before the list's first item.
_GAP_SAID_AGAIN = compiled(
    rf"[\w'’ -]{{0,30}}?\s*,?\s+(?:and|or)\s+(?P<p>{REPEATED_PREPOSITION})\s+(?:the\s+|their\s+)?"
)
_OPENED_BY = compiled(rf"\b(?P<p>{REPEATED_PREPOSITION})\s+(?:[\w-]+\s+){{0,2}}$")
# Between two things that happened, each to its share of people: "A occurred in 10% of patients,
# B in 8%, and C".
_HAPPENED_GAP = compiled(
    r"\s+(?:occurred\s+)?in\s+\d[\d.,·]*\s*%?(?:\s+of\s+(?:the\s+)?[\w-]+)?\s*(?:,\s*(?:and\s+)?|\s+and\s+)"
)
_LIST_END = compiled(r"(?:\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+)$")
# A complement of the named outcome, whose list the list is: "of the hip and ...", "in the neck and".
_COMPLEMENT = compiled(r"\s+(?:of|in)\s")
_LIST_START = compiled(r"[\w'’ -]{0,30}?(?:\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+)(?:the\s+)?")
# "..., as well as the time to oral intake", "..., as were B": more of the result said before.
# Not "as did B", "as had B": another arm doing the same.
_SAID_TOO = compiled(rf"{SAID_TOO}$")
# A subject after a comma ("..., the sedation scores were lower"), its lead-in words apart
# (", and the number of vomiting episodes was lower"), and its own predicate.
_AFTER_COMMA = compiled(r",\s+(?:and\s+)?(?=[^,]{0,40}$)")
_OWN_RESULT = compiled(r"\s+(?:was|were|is|are)(?:\s+[\w-]+){1,3}")
CONTENT_WORD = compiled(r"[a-z0-9]{3,}")  # a word that can name something (lower case)
# One word of kind before the list's next item: "static" of "static and dynamic balance".
_MODIFIER = compiled(KIND_WORD, re.IGNORECASE)
# A named outcome's head after its own first word: "balance" of "dynamic balance".
_HEAD_AFTER_MODIFIER = compiled(r"[\w-]+\s+(?P<head>[\w-].*)")


def listed_with(
    clause: str, named: list[DomainMatch], opened: list[DomainMatch]
) -> tuple[list[DomainMatch], list[tuple[DomainMatch, str]]]:
    """The vocabulary outcomes ``named`` in a clause with the measures of ``opened`` listed with
    them, in order; and the open lists that overlap a named outcome, as measures with the domain
    whose result they share (its no difference, ``rest_of_clause.listed_alike``)."""
    kept = list(named)
    listed: list[tuple[DomainMatch, str]] = []
    ahead = []
    for measure in opened:
        if any(measure.start < n.end and n.start < measure.end for n in named):
            listed.extend(
                item
                for item in (_listed_before(clause, measure, named), _listed_after(clause, measure, named))
                if item
            )
            listed.extend(_listed_between(clause, measure, named))
            continue
        in_list = any(_in_one_list(clause, k.end, measure.start, kept[0].start) for k in kept)
        if in_list or _own_predicate(clause, measure) or _said_too(clause, measure, kept):
            kept.append(measure)
        else:
            ahead.append(measure)
    for measure in reversed(ahead):  # "the VAS, KOOS and ROM improved": items before the named one
        if any(_in_one_list(clause, measure.end, _named_from(k, opened)) for k in kept):
            kept.append(measure)
    return sorted(kept, key=lambda m: m.start), listed


def _named_from(outcome: DomainMatch, opened: list[DomainMatch]) -> int:
    """Where an item's name starts: a vocabulary outcome's own kind words before it are its name
    too ("core stability and dynamic balance" lists two items, not "core stability and dynamic")."""
    return min(
        (
            m.start
            for m in opened
            if m.start <= outcome.start
            and m.end == outcome.end
            and _MODIFIER.fullmatch(m.measure[: outcome.start - m.start].strip())
        ),
        default=outcome.start,
    )


def _in_one_list(clause: str, end: int, start: int, first: int | None = None) -> bool:
    """Whether what lies between one item's name and the next's joins them in one list: a
    separator ("A, B"), each one's share of people ("A occurred in 10% of patients, B"), or the
    preposition before the list's ``first`` item said again ("in A or in B", not "pain at rest
    and on coughing")."""
    if _LIST_GAP.fullmatch(clause, end, start) or _HAPPENED_GAP.fullmatch(clause, end, start):
        return True
    again = _GAP_SAID_AGAIN.fullmatch(clause, end, start) if first is not None else None
    if again is None or first is None:
        return False
    opened = _OPENED_BY.search(clause, 0, first)
    return opened is not None and opened.group("p") == again.group("p")


def _listed_before(
    clause: str, measure: DomainMatch, named: list[DomainMatch]
) -> tuple[DomainMatch, str] | None:
    """The items of an open list before the vocabulary's outcome it ends with, and that
    outcome's domain: "no differences in response rates, CRP or stool frequency" reports on the
    rates and CRP too. A word of kind alone before the outcome shares its head: "static and
    dynamic balance" reports on static balance, not on a measure "static", and static balance is
    of the outcome's domain, as its own words would be."""
    inside = [n for n in named if measure.start < n.start < measure.end]
    if not inside:
        return None
    first = min(inside, key=lambda n: n.start)
    gap = _LIST_END.search(clause, measure.start, first.start)
    if gap is None or gap.start() - measure.start < 3:
        return None
    if any(n.start < gap.start() and measure.start < n.end for n in named):
        return None  # the vocabulary names an item before: the list is its
    words = clause[measure.start : gap.start()]
    if vague(words):
        return None
    if _MODIFIER.fullmatch(words) and polarity_of(words) is None:
        head = _HEAD_AFTER_MODIFIER.match(first.measure)
        if head is None:
            return None  # "static and balance": no head the word could share
        # "static and dynamic balance": static balance, a kind of the named outcome, of its domain
        kind = f"{words} {head.group('head')}"
        return replace(
            first, measure=kind, start=measure.start, end=gap.start(), measure_key=""
        ), first.domain
    return replace(measure, measure=words, end=gap.start(), polarity=polarity_of(words) or ""), first.domain


def _listed_after(
    clause: str, measure: DomainMatch, named: list[DomainMatch]
) -> tuple[DomainMatch, str] | None:
    """The item of an open list after the last vocabulary outcome it names, and that outcome's
    domain: "no differences in fatigue, pain and skin temperature" reports on the temperature too."""
    inside = [n for n in named if measure.start <= n.start and n.end <= measure.end]
    last = max(inside, key=lambda n: n.end, default=None)
    if last is None or last.end >= measure.end:
        return None
    gap = _LIST_START.match(clause, last.end, measure.end)
    if gap is None or _COMPLEMENT.match(clause, last.end, gap.end()):
        return None  # "strength of the hip and knee extensors": a list of where, not of measures
    words = clause[gap.end() : measure.end]
    if not CONTENT_WORD.search(words) or vague(words):
        return None  # "anxiety and the other outcomes": no other measure named
    return replace(measure, measure=words, start=gap.end(), polarity=polarity_of(words) or ""), last.domain


def _listed_between(
    clause: str, measure: DomainMatch, named: list[DomainMatch]
) -> list[tuple[DomainMatch, str]]:
    """The items of an open list between two vocabulary outcomes it names, each with the domain
    of the outcome after it: "no differences in anxiety, waist girth or well-being" reports on the
    waist girth too, as on the items before the first and after the last. Only words the measure
    lists give a side name an item there ("fatigue, at rest or on movement, and pain": where)."""
    inside = sorted(
        (n for n in named if measure.start <= n.start and n.end <= measure.end), key=lambda n: n.start
    )
    items: list[tuple[DomainMatch, str]] = []
    for before, after in pairwise(inside):
        opened = _LIST_START.match(clause, before.end, after.start)
        closed = _LIST_END.search(clause, before.end, after.start)
        if opened is None or closed is None or closed.start() <= opened.end():
            continue
        if _COMPLEMENT.match(clause, before.end, opened.end()):
            continue  # "strength of the hip, knee and ankle": where, not what
        items.extend(
            (
                replace(measure, measure=item.group(), start=item.start(), end=item.end(), polarity=side),
                after.domain,
            )
            for item in _ITEM.finditer(clause, opened.end(), closed.start())
            if (side := _side_of_a_name(item.group()))
        )
    return items


# An item that names a measure: a few words, not opening on a preposition or a number ("at rest",
# "in the evening", "12 weeks": when or where, not what).
_A_NAME = compiled(
    r"(?!(?:at|on|in|of|during|after|before|with|without|by|for|to|from|\d)\b)[a-z][\w'’-]*(?:\s+[\w'’-]+){0,3}",
    re.IGNORECASE,
)


def _side_of_a_name(words: str) -> str | None:
    """The good side of words that name a measure the lists know, else None."""
    if not CONTENT_WORD.search(words) or vague(words) or not _A_NAME.fullmatch(words):
        return None
    return polarity_of(words)


# One item of a stretch of a list: the words between its separators.
_ITEM = compiled(r"[^,\s](?:(?!\s*,|\s+(?:and|or|as well as)\s)[^,])*")


def _said_too(clause: str, measure: DomainMatch, kept: list[DomainMatch]) -> bool:
    """Whether a measure is added to the result of an outcome named before it ("pain was lower
    in the massage group than with usual care (p = 0.01), as well as the nausea score"), however
    long that result: the same result, as where the outcome before is outside the vocabulary too."""
    return any(k.end <= measure.start for k in kept) and bool(
        _SAID_TOO.search(clause, max(0, measure.start - 40), measure.start)
    )


def _own_predicate(clause: str, measure: DomainMatch) -> bool:
    """Whether a measure is the subject of a result of its own after a comma: in "pain scores at
    rest were lower (p < 0.001), the sedation scores were lower, and the number of vomiting
    episodes was lower" sedation and vomiting are reported on too, however long the vocabulary
    outcome's stretch before them."""
    comma = _AFTER_COMMA.search(clause, max(0, measure.start - 50), measure.start)
    if comma is None or not only_lead_in(clause[comma.end() : measure.start]):
        return False
    own = _OWN_RESULT.match(clause, measure.end)
    return own is not None and states_result(own.group())
