"""Regular expressions that skip the text they cannot match, and case-insensitive ones run fast.

An abstract goes through dozens of patterns, and Python's ``re`` tries most of them at every
character: a pattern opening with ``\\b`` or an alternation has no fixed start to jump to. Yet
most patterns need a word that most texts lack ("sessions", "relapse"), so a check that the text
holds one of the words every match must contain (``str.__contains__``, many times faster than
any pattern) skips them. The words are read from the pattern itself (``required_words``), never
listed by hand, so a pattern and its check cannot drift apart.

``compiled`` is ``re.compile`` for a pattern that opens with a word boundary ("\\bage|\\bsex"): it
tells ``re`` the characters a match may start with (or rewrites the pattern to open with them),
so that ``re`` jumps to them, as it does for a pattern opening with a plain character, instead
of trying every position (see its docstring). ``Screened`` and ``Caseless`` use it.

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
from collections.abc import Iterable, Iterator
from functools import cached_property, lru_cache
from re import _compiler, _parser  # type: ignore[attr-defined]
from re import _constants as sre  # type: ignore[attr-defined]
from typing import Any

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


def _worth_checking(words: frozenset[str] | None, shortest: int = _SHORTEST_WORD) -> tuple[str, ...]:
    if not words or len(words) > _MOST_WORDS or min(map(len, words)) < shortest:
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
        self._compiled = compiled(source)
        self._words = _worth_checking(required_words(source))

    def search(self, text: str) -> re.Match[str] | None:
        return self._compiled.search(text) if _holds_any(text, self._words) else None

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        return self._compiled.finditer(text) if _holds_any(text, self._words) else iter(())


class Caseless:
    """A case-insensitive pattern, written in lower case, searched in the lowered text.

    ``shortest_word`` lowers the length below which a required word is not checked, for a
    pattern whose short word is rare in the texts it reads ("ci" of a confidence interval).

    >>> Caseless(r"\\bsessions?\\b").search("Twelve SESSIONS").group()
    'sessions'
    """

    def __init__(self, source: str, *, shortest_word: int = _SHORTEST_WORD) -> None:
        if _INLINE_FLAGS.search(source) or any(c.isupper() for c in _NOT_LITERAL.sub("", source)):
            raise ValueError(f"a Caseless pattern is written in lower case, without flags: {source!r}")
        self.pattern = source
        self._lower_case = compiled(source)
        self._words = _worth_checking(required_words(source), shortest_word)

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


# How IGNORECASE matches an ASCII letter besides its two cases (the four letters the ``re``
# documentation lists; tests/extract/test_patterns.py checks every character).
_OTHER_CASES = {"i": "\u0130\u0131", "k": "\u212a", "s": "\u017f"}
_WORD_CHARACTER = re.compile(r"\w")
_WORD_CATEGORIES = (sre.CATEGORY_DIGIT, sre.CATEGORY_WORD)
_REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT)
_ANCHORS = ((sre.AT, sre.AT_BEGINNING), (sre.AT, sre.AT_BEGINNING_STRING))
_OTHER_WORDS = sre.SRE_FLAG_ASCII | sre.SRE_FLAG_LOCALE  # other word characters: left as written
# Parsed pattern items, (opcode, argument), as ``re._parser`` gives them.
_Items = list[tuple[Any, Any]]


def compiled(source: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(source, flags)``: the same matches, groups and spans, found faster where the
    pattern opens with a word boundary, an alternation or a group.

    ``re`` looks for a pattern's first character in one quick pass over the text when the
    pattern opens with a character, a class or an alternation of characters; otherwise it tries
    the whole pattern at every position, several times slower (``\\b(?:age|sex)`` tries each
    word at each character). So the pattern is told the characters its matches may start with
    (``_told_first``), as ``re`` tells itself for a pattern opening with a class: ``\\b(?:age|sex)``
    is then tried only where an "a" or an "s" stands. The note cannot name the other cases of a
    letter, so a case-insensitive pattern is rewritten instead to read its first character before
    anything else: ``\\b(?:age|sex)`` becomes ``[as](?<!\\w\\w)(?:(?<=a)ge|(?<=s)ex)`` (each letter
    in all its cases), a word boundary before a word character being "no word character before
    it", and each alternative checking that the character read is one of its own; the lookbehinds
    make each place tried dearer than the note does. A pattern whose first characters are not
    known (``^``, and for the rewriting a lookbehind or a capturing group in an alternation) is
    compiled as written.
    """
    flags = int(flags)  # as re.compile does: the compiler reads a RegexFlag many times slower
    tree = _parser.parse(source, flags)
    ignorecase = tree.state.flags & sre.SRE_FLAG_IGNORECASE
    opened = _opened(list(tree.data), tree.state) if ignorecase else None
    try:
        return _compile_tree(
            source, flags, tree if opened is None else _parser.SubPattern(tree.state, opened)
        )
    except Exception:  # re's internals changed: the pattern as written matches the same
        return re.compile(source, flags)


def _compile_tree(source: str, flags: int, tree: Any) -> re.Pattern[str]:
    """What ``re._compiler.compile`` does with a parsed pattern, keeping ``source`` as its text."""
    state = tree.state
    indexgroup: list[str | None] = [None] * state.groups
    for name, index in state.groupdict.items():
        indexgroup[index] = name
    code = _told_first(_compiler._code(tree, flags), tree, flags | state.flags)
    pattern: re.Pattern[str] = _compiler._sre.compile(
        source, flags | state.flags, code, state.groups - 1, state.groupdict, tuple(indexgroup)
    )
    return pattern


def _told_first(code: list[int], tree: Any, flags: int) -> list[int]:
    """``code`` with an opening note of the characters every match starts with, where ``re``
    found none to note and they are known (``_first_members``): the note ``re`` writes for a
    pattern opening with that class, of the same pattern width, put before the same code."""
    if code[0] is not sre.INFO or code[2] & (sre.SRE_INFO_PREFIX | sre.SRE_INFO_CHARSET):
        return code
    if flags & (sre.SRE_FLAG_IGNORECASE | sre.SRE_FLAG_LOCALE) or tree.getwidth()[0] == 0:
        return code
    if tree.data and tree.data[0] in _ANCHORS:
        return code  # re tries an anchored pattern at one position already
    members = _first_members(list(tree.data))
    if members is None:
        return code
    opening = _parser.SubPattern(tree.state, [(sre.IN, members)])
    opening.width = tree.getwidth()  # the note gives the whole pattern's width
    info: list[int] = []
    _compiler._compile_info(info, opening, flags)
    return [*info, *code[1 + code[1] :]]


def _first_members(items: _Items) -> _Items | None:
    """The class of the first character of every match of ``items``; None where it is not known
    (any character may open a match, a match may be empty, or flags change inside)."""
    for index, (op, av) in enumerate(items):
        rest = items[index + 1 :]
        if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
            continue  # reads no character
        if op is sre.LITERAL:
            return [(op, av)]
        if op is sre.IN:
            return None if any(kind is sre.NEGATE for kind, _ in av) else list(av)
        if op is sre.SUBPATTERN:
            return None if av[1] or av[2] else _first_members([*av[3].data, *rest])
        if op is sre.BRANCH:
            return _union([[*alternative.data, *rest] for alternative in av[1]])
        if op in _REPEATS:
            body = [*av[2].data, *rest]
            return _first_members(body) if av[0] >= 1 else _union([body, rest])
        return None
    return None  # the match may be empty


def _union(sequences: list[_Items]) -> _Items | None:
    """The first characters of any of ``sequences``; None where one's are not known."""
    union: _Items = []
    for sequence in sequences:
        members = _first_members(sequence)
        if members is None:
            return None
        union.extend(member for member in members if member not in union)
    return union


def _opened(items: _Items, state: Any) -> _Items | None:
    """``items`` (of a case-insensitive pattern) rewritten to open with the character every
    match starts with; None where they open so already or cannot."""
    if not items or state.flags & _OTHER_WORDS or _scannable(items, state.flags):
        return None
    op, av = items[0]
    if op is sre.SUBPATTERN and av[0] is not None and not av[1] and not av[2]:
        inner = _opened(list(av[3].data), state)  # "(\d+) weeks": the group opens with a digit
        return None if inner is None else [(op, (av[0], 0, 0, _parser.SubPattern(state, inner))), *items[1:]]
    if op is sre.AT and av is sre.AT_BOUNDARY and len(items) > 1 and items[1][0] is sre.SUBPATTERN:
        group, add, remove, inside = items[1][1]  # "\b(\d+)": the boundary goes into the group
        moved = _parser.SubPattern(state, [items[0], *inside.data])
        return _opened([(sre.SUBPATTERN, (group, add, remove, moved)), *items[2:]], state)
    first = _split_first(items, state)
    if first is None:
        return None
    head = _first_character(first[0], state)
    return None if head is None else [head, *first[1]]


def _scannable(items: _Items, flags: int) -> bool:
    """Whether ``re`` already looks for these items' first character in one pass."""
    op, av = items[0]
    ignorecase = flags & sre.SRE_FLAG_IGNORECASE
    if op is sre.SUBPATTERN:
        return bool(av[3].data) and _scannable(list(av[3].data), (flags | av[1]) & ~av[2])
    if op is sre.LITERAL:
        return not (ignorecase and _cased(av))
    if op is sre.IN:
        return not ignorecase or all(kind is sre.CATEGORY for kind, _ in av)
    if op is sre.BRANCH:
        return not ignorecase and all(alt.data and alt.data[0][0] is sre.LITERAL for alt in av[1])
    return False


def _split_first(items: _Items, state: Any) -> tuple[_Items, _Items] | None:
    """(the class of the first character, what follows it): ``items`` match as that class
    followed by the rest, the first character read outside any group; None where it cannot be
    split off so."""
    if not items:
        return None
    (op, av), rest = items[0], items[1:]
    if op is sre.LITERAL:
        return [(op, av)], rest
    if op is sre.IN:
        return None if any(kind is sre.NEGATE for kind, _ in av) else (list(av), rest)
    if op in _REPEATS and av[0] >= 1 and len(av[2]) == 1 and av[2][0][0] in (sre.LITERAL, sre.IN):
        low, high, body = av  # "\d+" is "\d\d*"
        more = [] if high == 1 else [(op, (low - 1, high if high == sre.MAXREPEAT else high - 1, body))]
        return _split_first([*body.data, *more, *rest], state)
    if op is sre.AT and av is sre.AT_BOUNDARY:
        first = _split_first(rest, state)
        if first is None or not _word_only(first[0]):
            return None
        return first[0], [_no_word_before(state), *first[1]]
    if op is sre.ASSERT and av[0] == 1 and len(av[1]) == 1 and av[1][0][0] in (sre.LITERAL, sre.IN):
        first = _split_first(rest, state)  # "(?=[ab])": the character read is one of those
        return None if first is None else (first[0], [(sre.ASSERT, (-1, av[1])), *first[1]])
    if op is sre.SUBPATTERN and av[0] is None and not av[1] and not av[2]:
        return _split_first([*av[3].data, *rest], state)
    if op is sre.BRANCH:
        return _split_branch([list(alternative.data) for alternative in av[1]], rest, state)
    if op is sre.MAX_REPEAT and av[0] == 0 and av[1] == 1 and not _has_groups([*av[2].data, *rest]):
        return _split_branch([[*av[2].data, *rest], rest], [], state)  # "x?y" is "xy|y", in that order
    return None


def _split_branch(alternatives: list[_Items], rest: _Items, state: Any) -> tuple[_Items, _Items] | None:
    """An alternation split after its first character: each alternative checks that the
    character read is one of its own, then goes on as written."""
    parts = [_split_first(alternative, state) for alternative in alternatives]
    if any(part is None for part in parts):
        return None
    union: _Items = []
    for members, _ in filter(None, parts):
        union.extend(member for member in members if member not in union)
    branches = [
        _parser.SubPattern(state, after if members == union else [_behind(members, state), *after])
        for members, after in filter(None, parts)
    ]
    return union, [(sre.BRANCH, (None, branches)), *rest]


def _behind(members: _Items, state: Any) -> tuple[Any, Any]:
    """``(?<=[members])``: the character just read is one of these."""
    return sre.ASSERT, (-1, _parser.SubPattern(state, [(sre.IN, members)]))


def _no_word_before(state: Any) -> tuple[Any, Any]:
    """``(?<!\\w\\w)`` after a word character: no word character before it."""
    word = (sre.IN, [(sre.CATEGORY, sre.CATEGORY_WORD)])
    return sre.ASSERT_NOT, (-1, _parser.SubPattern(state, [word, word]))


def _first_character(members: _Items, state: Any) -> tuple[Any, Any] | None:
    """The item reading the first character of a case-insensitive pattern, as ``re`` can look
    for it: a class of every case of each letter, matched as written; None where a character's
    cases are not known here (beyond ASCII)."""
    cases: _Items = []
    for kind, value in members:
        if kind is sre.CATEGORY:
            cases.append((kind, value))
        elif kind is sre.LITERAL and chr(value).isascii():
            letter = chr(value).lower()
            variants = {letter, letter.upper(), *_OTHER_CASES.get(letter, "")}
            cases.extend((sre.LITERAL, ord(char)) for char in sorted(variants))
        else:
            return None
    return sre.SUBPATTERN, (None, 0, sre.SRE_FLAG_IGNORECASE, _parser.SubPattern(state, [(sre.IN, cases)]))


def _word_only(members: _Items) -> bool:
    """Whether the class holds word characters only (then a word boundary before it means no
    word character before it)."""
    for kind, value in members:
        if kind is sre.LITERAL:
            characters: Iterable[int] = (value,)
        elif kind is sre.RANGE:
            characters = range(value[0], value[1] + 1)
        elif kind is sre.CATEGORY and value in _WORD_CATEGORIES:
            continue
        else:
            return False
        if not all(_WORD_CHARACTER.match(chr(code)) for code in characters):
            return False
    return True


def _cased(code: int) -> bool:
    char = chr(code)
    return char.lower() != char or char.upper() != char


def _has_groups(items: _Items) -> bool:
    """Whether ``items`` capture or refer to a group (then they cannot be written twice)."""
    for op, av in items:
        if (op is sre.SUBPATTERN and av[0] is not None) or op in (sre.GROUPREF, sre.GROUPREF_EXISTS):
            return True
        if any(_has_groups(list(inner.data)) for inner in _nested(av)):
            return True
    return False


def _nested(argument: Any) -> Iterator[Any]:
    """The parsed subpatterns inside an item's argument."""
    if isinstance(argument, _parser.SubPattern):
        yield argument
    elif isinstance(argument, tuple | list):
        for part in argument:
            yield from _nested(part)
