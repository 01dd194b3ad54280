"""Regular expressions that skip the text they cannot match, and case-insensitive ones run fast.

An abstract goes through dozens of patterns, and Python's ``re`` tries most of them at every
character: a pattern opening with ``\\b`` or an alternation has no fixed start to jump to. Yet
most patterns need a word that most texts lack ("sessions", "relapse"), so a check that the text
holds one of the words every match must contain (``str.__contains__``, many times faster than
any pattern) skips them. The words are read from the pattern itself (``required_words``), never
listed by hand, so a pattern and its check cannot drift apart.

``Caseless`` is a case-insensitive pattern written in lower case. ``re`` matches IGNORECASE
several times more slowly than the same pattern on text lowered beforehand; lowering keeps every
offset and gives the same matches, except with three characters: "İ" lowers to two characters,
and IGNORECASE takes the dotless "ı" and the long "ſ" for "i" and "s" while ``str.lower`` leaves
them as they are. A text holding one of those is matched case-insensitively as written, so the
result never depends on the shortcut. Matches found in the lowered text give their groups in
lower case, at the offsets of the text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cached_property, lru_cache
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser  # type: ignore[attr-defined]

# What lowering does not map as IGNORECASE does (tests/extract/test_patterns.py checks every
# character).
UNLIKE_IGNORECASE = ("ı", "ſ")
# Escapes and group names, which may be upper case in a pattern written in lower case.
_NOT_LITERAL = re.compile(r"\\[A-Za-z]|\(\?P<\w+>|\(\?P=\w+\)")
_INLINE_FLAGS = re.compile(r"\(\?[aiLmsux-]")
# A check of more words than this, or of shorter ones, costs about what it saves.
_MOST_WORDS = 12
_SHORTEST_WORD = 3


@lru_cache(maxsize=64)
def lowered_exactly(text: str) -> str | None:
    """``text`` lower-cased, where a lower-case pattern matches it as IGNORECASE matches
    ``text``; None where it would not (a cache, as one text meets many patterns in a row)."""
    low = text.lower()
    if len(low) != len(text) or any(char in text for char in UNLIKE_IGNORECASE):
        return None
    return low


def required_words(source: str) -> frozenset[str] | None:
    """Strings of which every match of ``source`` (matched case-sensitively) holds at least
    one, chosen to be few and long; None where the pattern needs no fixed string.

    >>> sorted(required_words(r"\\b(\\d+)\\s+(?:weeks?|months?)\\b"))
    ['month', 'week']
    """
    return _sequence(_parser.parse(source))


def _sequence(items: list[tuple[object, object]]) -> frozenset[str] | None:
    """The best requirement among a sequence's parts: a run of literal characters, or a part's."""
    found: list[frozenset[str]] = []
    run = ""
    for op, av in items:
        if op is sre.LITERAL:
            run += chr(av)  # type: ignore[arg-type]
            continue
        if run:
            found.append(frozenset([run]))
            run = ""
        part = _part(op, av)
        if part:
            found.append(part)
    if run:
        found.append(frozenset([run]))
    return max(found, key=lambda words: (min(map(len, words)), -len(words)), default=None)


def _part(op: object, av: object) -> frozenset[str] | None:
    if op is sre.SUBPATTERN:
        return _sequence(av[3])  # type: ignore[index]
    if op is sre.ATOMIC_GROUP:
        return _sequence(av)  # type: ignore[arg-type]
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT) and av[0] >= 1:  # type: ignore[index]
        return _sequence(av[2])  # type: ignore[index]
    if op is sre.BRANCH:
        branches = [_sequence(branch) for branch in av[1]]  # type: ignore[index]
        if any(words is None for words in branches):
            return None
        return frozenset().union(*branches)  # type: ignore[arg-type]
    return None  # a class, an assertion, an optional part: nothing it must hold


def _worth_checking(words: frozenset[str] | None) -> tuple[str, ...]:
    if not words or len(words) > _MOST_WORDS or min(map(len, words)) < _SHORTEST_WORD:
        return ()
    return tuple(sorted(words))


class Screened:
    """A pattern that skips a text without any of the words each of its matches holds.

    >>> Screened(r"\\bprotocol\\b").search("a trial protocol").span()
    (8, 16)
    """

    __slots__ = ("_compiled", "_words", "pattern")

    def __init__(self, source: str) -> None:
        self.pattern = source
        self._compiled = re.compile(source)
        self._words = _worth_checking(required_words(source))

    def search(self, text: str) -> re.Match[str] | None:
        return self._compiled.search(text) if _holds_any(text, self._words) else None

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        return self._compiled.finditer(text) if _holds_any(text, self._words) else iter(())


class Caseless:
    """A case-insensitive pattern, written in lower case, searched in the lowered text.

    >>> Caseless(r"\\bsessions?\\b").search("Twelve SESSIONS").group()
    'sessions'
    """

    def __init__(self, source: str) -> None:
        if _INLINE_FLAGS.search(source) or any(c.isupper() for c in _NOT_LITERAL.sub("", source)):
            raise ValueError(f"a Caseless pattern is written in lower case, without flags: {source!r}")
        self.pattern = source
        self._lower_case = re.compile(source)
        self._words = _worth_checking(required_words(source))

    @cached_property
    def _any_case(self) -> re.Pattern[str]:
        """Compiled on first use: few texts need it, and every process would pay for it."""
        return re.compile(self.pattern, re.IGNORECASE)

    def search(self, text: str) -> re.Match[str] | None:
        low = lowered_exactly(text)
        if low is None:
            return self._any_case.search(text)
        return self._lower_case.search(low) if _holds_any(low, self._words) else None

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        low = lowered_exactly(text)
        if low is None:
            return self._any_case.finditer(text)
        return self._lower_case.finditer(low) if _holds_any(low, self._words) else iter(())


def _holds_any(text: str, words: tuple[str, ...]) -> bool:
    """Whether ``text`` may match: it holds one of ``words``, or there are none to check (a
    plain loop: ``any`` over a generator costs more than the checks themselves)."""
    if not words:
        return True
    for word in words:  # noqa: SIM110 (any() over a generator is the slower form)
        if word in text:
            return True
    return False
