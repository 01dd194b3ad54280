"""An instrument's parts named by their aspect: each part an outcome of the instrument's domain.

"MSIS-29 physical and psychological scores" names two parts of one quality-of-life scale, and
"the MFIS physical subscale fell, whereas the cognitive subscale did not change" two parts of one
fatigue scale, the second by its aspect alone. Each part is a measure of its own, with a result of
its own, and of its instrument's domain: an aspect's words name no domain themselves.
"""

from __future__ import annotations

import re
from dataclasses import replace

from harvester.extract.measures import ASPECT
from harvester.extract.patterns import compiled
from harvester.extract.vocabulary import DomainMatch

# A part's aspect, or the instrument's total score beside its parts.
_ITEM = rf"(?:total|{ASPECT})"
_ITEMS = rf"(?P<items>{_ITEM}(?:(?:\s*,\s*|,?\s+(?:and|or)\s+){_ITEM})*)"
# What a part is called after its aspect: "subscale", "health composite", "component summary".
_PART = (
    r"(?:\s+health)?\s+(?:component\s+|composite\s+)?"
    r"(?:summary|summaries|scores?|sub-?scales?|domains?|dimensions?|components?|composites?)\b"
)
# The parts named after the instrument ("MFIS total and physical subscale scores") or before it
# ("the physical and psychological subscales of the MSIS-29").
_PARTS_AFTER = compiled(rf"\s+{_ITEMS}{_PART}", re.IGNORECASE)
_PARTS_BEFORE = compiled(rf"\b{_ITEMS}{_PART}\s+(?:of|on|in|from)\s+(?:the\s+)?$", re.IGNORECASE)
# A part named by its aspect alone: "the psychological score", "the cognitive subscale".
_BARE_PART = compiled(rf"\b(?P<items>{ASPECT}){_PART}", re.IGNORECASE)
_ASPECT_WORD = compiled(ASPECT, re.IGNORECASE)
_TOTAL = compiled(r"\btotal\b", re.IGNORECASE)
# How far before an instrument its parts may be named.
_REACH = 80


def with_subscales(matches: list[DomainMatch], text: str) -> list[DomainMatch]:
    """The mentions of ``text``, an instrument named with several of its parts told as one
    mention per part ("MSIS-29 physical" and "MSIS-29 psychological"; its total stays the
    instrument), and a part named later by its aspect alone ("..., whereas the cognitive subscale
    did not") given the instrument last named with its parts."""
    if not any(m.is_instrument for m in matches):
        return matches
    kept: list[DomainMatch] = []
    # the instruments the sentence names with their parts, in order, and where the names stand
    with_parts: list[tuple[DomainMatch, int, int]] = []
    for match in matches:
        listed = _PARTS_AFTER.match(text, match.end) or _PARTS_BEFORE.search(
            text, max(0, match.start - _REACH), match.start
        )
        if not match.is_instrument or listed is None:
            kept.append(match)
            continue
        with_parts.append((match, min(match.start, listed.start()), max(match.end, listed.end())))
        kept.extend(_listed_parts(match, listed))
    if not with_parts:
        return kept
    # a domain's words among the parts name the part ("MFIS physical and cognitive scores"), not
    # that domain
    kept = [
        m for m in kept if m.is_instrument or not any(s < m.end and m.start < e for _, s, e in with_parts)
    ]
    kept.extend(_bare_parts(kept, with_parts, text))
    return sorted(kept, key=lambda m: (m.start, m.end))


def _listed_parts(match: DomainMatch, listed: re.Match[str]) -> list[DomainMatch]:
    """The mentions an instrument's ``listed`` parts make; a single part after it stays the
    instrument's mention, the part its measure's own words (``mentions.named_with_its_aspect``)."""
    after = listed.start() >= match.end
    text = listed.string
    aspects = list(_ASPECT_WORD.finditer(text, listed.start("items"), listed.end("items")))
    total = _TOTAL.search(listed.group("items")) is not None
    if after and len(aspects) < 2 and not total:
        return [match]
    parts = [_part(match, aspect.group(), aspect.start(), aspect.end()) for aspect in aspects]
    return [match, *parts] if total else parts


def _part(instrument: DomainMatch, aspect: str, start: int, end: int) -> DomainMatch:
    """The part of ``instrument`` its aspect's words name, where those words stand."""
    word = aspect.lower()
    return replace(
        instrument,
        measure=f"{instrument.measure} {word}",
        start=start,
        end=end,
        measure_key=f"{instrument.measure_key}:{word}",
    )


def _bare_parts(
    kept: list[DomainMatch], with_parts: list[tuple[DomainMatch, int, int]], text: str
) -> list[DomainMatch]:
    """Parts named by their aspect alone after an instrument named with its parts, outside any
    mention: of that instrument."""
    found = []
    for bare in _BARE_PART.finditer(text):
        spans = [(m.start, m.end) for m in kept] + [(start, end) for _, start, end in with_parts]
        if any(start < bare.end() and bare.start() < end for start, end in spans):
            continue
        before = [m for m, _, named_to in with_parts if named_to <= bare.start()]
        if before:
            found.append(_part(before[-1], bare.group("items"), bare.start("items"), bare.end()))
    return found
