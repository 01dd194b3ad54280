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
import sys
from collections.abc import Callable, Iterator
from functools import cached_property, lru_cache
from re import _compiler, _parser  # type: ignore[attr-defined]
from re import _constants as sre  # type: ignore[attr-defined]
from typing import Any

# What lowering does not map as IGNORECASE does (tests/extract/test_patterns.py checks every
# character).
UNLIKE_IGNORECASE = ("ı", "ſ")

# "compared with", "in comparison to": what sets one thing against another, for patterns to share;
# "compare to", "in compare with" as abstracts written in a second language often put it (not "to
# compare with", an aim).
COMPARED = r"(?:compared|in comparison|(?<!\bto )(?:in )?compare) (?:with|to)"
# "group-by-time", "time x group": the model's term that sets the arms' changes against each other.
INTERACTION_TERM = r"(?:group[- ]by[- ]time|time[- ]by[- ]group|group ?[x×] ?time|time ?[x×] ?group)"
# "no significant change was observed in the control group": one arm's own lack of change.
NO_CHANGE_SEEN_IN_AN_ARM = (
    r"no (?:statistically )?(?:significant )?changes? "
    r"(?:(?:was|were) (?:seen|observed|found|noted) |occurred )?"
    r"(?:in|among) (?:the )?(?:[\w-]+ ){1,3}?(?:group|arm)s?\b"
)
# "compared with control", "than sham", "superior to placebo": a result set against another arm,
# not against the arm's own start ("compared with baseline").
AGAINST_AN_ARM = (
    rf"\b(?:{COMPARED}|than|versus|vs\.?|relative to|superior to|inferior to|outperformed)\s+"
    r"(?!(?:the\s+)?(?:baseline|pre-?\w*|before|start|entry)\b)"
)
# "Satisfaction: massage 64.7%, usual care 35.7%": a measure named before a colon, each arm's value
# after it; not a heading run into the text ("Results: pain fell by 30%"). Lower case.
MEASURE_BEFORE_COLON = (
    r"(?!(?:results?|conclusions?|methods?|findings?|background|objectives?|purpose|aims?|design|"
    r"setting|interventions?|outcomes?|main outcome measures?|participants|measurements?)\s*:)"
    r"(?P<m>[a-z][^:;,()\d]{1,60}?)\s*:"
)
# Nouns naming a change, as in "a reduction in pain", singular or plural.
CHANGE_NOUN_WORDS = (
    "increase",
    "decrease",
    "reduction",
    "rise",
    "fall",
    "decline",
    "improvement",
    "enhancement",
    "gain",
    "elevation",
    "drop",
    "worsening",
    "deterioration",
)
CHANGE_NOUNS = "(?:" + "|".join(f"{word}s?" for word in CHANGE_NOUN_WORDS) + ")"
# The next item of a list after its own change noun: "a reduction in A and a significant increase in
# B", "... (p = 0.01), and an improvement of C", "and significant (p < 0.01) enhancement in D".
ITEM_CHANGE = (
    r"(?:an?\s+)?(?:(?:statistically\s+)?(?:non-?)?significant\s+(?:\([^()]{1,40}\)\s+)?)?"
    r"(?:(?:greater|larger|smaller|further)\s+)?"
    rf"{CHANGE_NOUNS}\s+(?:in|of)\s+(?:the\s+)?"
)
# What an arm had: "the massage group had lower pain", "required fewer analgesics"; said again
# before the next item of its list ("a lower A (p = 0.01), a higher B and required a lower dose of
# C"), each item's own comparative.
ARM_HAD = r"(?:had|showed|reported|experienced|achieved|scored|required|needed|used|received|took)"
# The comparatives an item of a list may open with.
COMPARATIVE_WORDS = (
    "higher",
    "lower",
    "greater",
    "smaller",
    "larger",
    "more",
    "less",
    "fewer",
    "shorter",
    "longer",
    "better",
    "worse",
)
ITEM_COMPARATIVE = (
    rf"(?:{ARM_HAD}\s+)?(?:an?\s+)?"
    r"(?:(?:statistically\s+)?significantly\s+|much\s+|slightly\s+)?"
    "(?:" + "|".join(COMPARATIVE_WORDS) + r")\s+"
)
# "more patients", "fewer participants", "a higher percentage of patients": how many people,
# before what they had or did (lower case).
# "equally distributed", "evenly spread", "equally frequent", "occurred equally often", "almost
# identical in the two groups", "statistically indistinguishable": the arms alike, said in a verb
# (measures) and as no difference (readings); not an "identical placebo", alike by design.
# What a measure named after "no" was denied: "(no lipid fraction) was significantly altered",
# "(no cause of admission) differed significantly".
NONE_CHANGED_VERB = (
    r"(?:(?:was|were)\s+(?:statistically\s+)?significantly\s+(?:affected|altered|changed|influenced|modified|"
    r"different|reduced|increased|decreased|improved|worsened|lowered|raised)|"
    r"(?:differed|changed)\s+(?:statistically\s+)?significantly)\b"
)
ARMS_ALIKE = (
    r"(?:equally|evenly|similarly) "
    r"(?:distributed|spread|frequent|common|prevalent|often|frequently|commonly)|"
    r"(?:(?:almost|nearly|virtually|practically|statistically)\s+)?(?:identical|indistinguishable)"
    r"(?=\s+(?:in|for|between|among|across|with)\b|\s*[(,;.]|\s*$)"
)
# How much earlier or later one arm did a thing than another: "(discharged) 3 days earlier", "a mean
# of 2.5 days sooner", "significantly later"; the words between the deed and "earlier".
HOW_MUCH_SOONER = (
    r"\s+(?:(?:on\s+average|(?:an?\s+)?(?:mean|median|average)(?:\s+of)?|about|approximately|"
    r"(?:statistically\s+)?(?:significantly|\w+ly)|[\d.·]+\s+(?:days?|hours?|h))\s+){0,4}"
)
# What a treatment put off, named by its coming: "delayed the onset of atrial fibrillation", "the
# first recurrence of", "the appearance of"; the wait for it lengthened, as "delayed the time to" says.
# A thing named by its coming: "the onset of atrial fibrillation", "the first recurrence of".
COMING = r"(?:first\s+)?(?:onset|occurrence|recurrence|appearance|emergence)\s+of"
DELAYED = rf"delayed(?=\s+(?:the\s+)?(?:(?:(?:mean|median)\s+)?(?:time|latency)\b|{COMING}\b))"
# A short name an abstract gives an arm or a measure: two to five letters, a capital first and
# last ("CG", "MFR", "GrA"), as read in brackets after the words it stands for or before "group".
SHORT_NAME = r"[A-Z][A-Za-z]{0,3}[A-Z]"
PEOPLE_WORDS = r"(?:patients|participants|subjects|women|men|children|infants|people)\b"
HOW_MANY_PEOPLE = (
    rf"(?:more|fewer) (?:[\w-]+ )?{PEOPLE_WORDS}|"
    r"(?:higher|greater|larger|lower|smaller) (?:proportions?|percentages?|numbers?|shares?|rates?) of "
    rf"(?:the )?(?:[\w-]+ )?{PEOPLE_WORDS}"
)
# A whole number in figures or in words, as a length of time or a count is written: "12", "eight".
WHOLE_NUMBER = r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
# How long a treatment was given, named before it: "12-week", "eight sessions" (of ...).
TREATMENT_LENGTH = (
    rf"{WHOLE_NUMBER}[- ](?:\w+ )?"
    r"(?:weeks?|months?|days?|sessions?|treatments?)"
)
# A bracket that tells which way a scale runs: "(higher scores indicating better health)", "(where
# higher is better)"; ``way`` the end named, ``good`` or ``bad`` what it stands for. Lowered text.
SCALE_WAY = (
    r"\(\s*(?:where\s+|with\s+)?(?P<way>higher|lower|greater|larger|smaller)\s+"
    r"(?:(?:total\s+|mean\s+)?(?:scores?|values?|numbers?|ratings?)\s+)?"
    r"(?:indicat\w*|mean\w*|represent\w*|reflect\w*|denot\w*|=|is|are|being)\s+(?:an?\s+)?"
    r"(?:(?P<good>better|improvement|improved|healthier|less|fewer)|(?P<bad>worse|worsening|poorer|more|greater))\b"
    r"[^()]*\)"
)
# The comparator arm's words: "placebo", "wait-listed controls", "a detuned device" (a sham); "no
# treatment", "no-massage", "the non-splint group": an arm; "no effect", "no significant
# difference": a result.
CONTROL_ARM = (
    r"(?:placebo|control|sham|detuned|"
    r"usual[- ]care|standard[- ]care|routine[- ]care|treatment[- ]as[- ]usual|"
    # "the standard rehabilitation group": what every arm of an add-on trial had, given alone
    r"(?:standard|conventional|usual|routine)[- ](?:rehabilitation|physiotherapy|therapy|treatment)|"
    # "those who kept their usual activities": the arm given nothing new (not "return to usual
    # activities", an outcome)
    r"(?<!to )(?<!to their )usual (?:daily )?(?:activities|routines?|lifestyle)|"
    r"comparison|untreated|"
    r"no[- ](?!(?:effects?|differences?|changes?|significant\w*|statistical\w*|benefits?|improvements?|"
    r"impact|evidence|clear|clinical\w*|important|meaningful|relevant)\b)\w+|"
    r"wait(?:ing)?[- ]?list(?:ed)?(?: controls?)?|controls|"
    # "the non-tourniquet group": the arm without the treatment, named by it
    r"non-[a-z]+(?= (?:group|arm)s?\b))"
)
# A participle that a verb's subject did: "massage restored", "reflexology normalised"; not one that
# describes what follows ("the restored tooth", "with normalized values", "had normalised thyroid
# function"). Written lower case, for lowered text.
_AS_A_VERB = (
    r"(?<!\bthe )(?<!\ban )(?<!\ba )(?<!\bin )(?<!\bwith )(?<!\bof )(?<!\bby )(?<!\bfor )(?<!\bto )"
    r"(?<!\band )(?<!\bor )(?<!\bhave )(?<!\bhas )(?<!\bhad )(?<!\bhaving )(?<=[a-z] )"
)
# "sleep was impaired", "balance was significantly compromised": made worse, said of the outcome
# as the passive's subject; not of people ("adults with impaired balance", "were cognitively
# impaired", "immunocompromised"), nor "massage impaired sleep", whose participle may as well
# describe the sleep ("had impaired sleep").
IMPAIRED = (
    r"(?<![\w-])(?:was|were|is|are|be|been|became|remained)\s+"
    r"(?:(?:significantly|markedly|further|considerably|substantially|slightly|also)\s+)?"
    r"(?:impaired|compromised)"
)
# "massage restored sleep", "HRV was normalised": brought back toward normal; not a value scaled,
# "normalized to body weight", "normalised for lean mass".
RESTORED = (
    rf"{_AS_A_VERB}(?:restor(?:ed|es)|normali[sz](?:ed|es))"
    r"(?!\s+(?:for|to|by|per|against|with|relative|according|using|units?|values?|data|scores?)\b)"
)
# "..., as were B", "..., as well as the time to oral intake": a measure added to the result told
# before it, up to where its name begins.
SAID_TOO = r"\b(?:as (?:were|was)|as well as|together with|along with)\s+(?:in\s+)?(?:the\s+)?"
# A bracket and what it holds, round or square: "(MD = -0.02, 95% CI -1.22 to 0.82; p = 0.97)".
BRACKETED = r"\([^()]*\)|\[[^\[\]]*\]"
# A p-value's number, "0.003" and ".05", "0·003" with the Lancet's middle dot, "0. 003" as PubMed
# text often spaces it after the point, and "0,43" with a decimal comma.
P_NUMBER = r"[01]?(?:[.·]\s?\d+|,\d+)"
# A p-value's letter and sign, before its number: "p < ", "P=", "p &lt; " (HTML-escaped).
P_SIGN = r"p\s*(?:[<>=≤≥]|&lt;|&gt;)\s*"
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
    if text.isascii():  # most texts: lowering moves nothing, and none of those characters is held
        return low
    if len(low) != len(text) or _holds_any(text, UNLIKE_IGNORECASE):
        return None
    return low


@lru_cache(maxsize=256)
def lowered(text: str) -> str:
    """The text in lower case, for patterns written in lower case (matching without IGNORECASE
    is several times faster); unchanged where lowering would move offsets. A cache: each outcome
    of a clause, and each rule reading it, asks again for the same clause lowered."""
    low = text.lower()
    return low if len(low) == len(text) else text


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


def requires_one_of(source: str, words: tuple[str, ...]) -> bool:
    """Whether every match of ``source`` (matched case-sensitively) holds one of ``words``: each
    alternative has a run of literal characters, or a part it cannot skip, that holds one. A
    check of words chosen by hand, where a better choice exists than ``required_words`` finds
    (a word every alternative shares); a part it cannot read counts as holding none.

    >>> requires_one_of(r"\\bmild (?:pain|itch)\\b|\\bpain(?:ful)?\\b", ("pain", "itch"))
    True
    >>> requires_one_of(r"\\bmild (?:pain|itch)?", ("pain", "itch"))
    False
    """
    return _holds(_parser.parse(source), words)


def _holds(items: _Items, words: tuple[str, ...]) -> bool:
    run = ""
    for op, av in items:
        if op is sre.LITERAL:
            run += chr(av)
            continue
        if _run_holds(run, words) or _part_holds(op, av, words):
            return True
        run = ""
    return _run_holds(run, words)


def _run_holds(run: str, words: tuple[str, ...]) -> bool:
    return any(word in run for word in words)


def _part_holds(op: object, av: Any, words: tuple[str, ...]) -> bool:
    if op is sre.SUBPATTERN:
        return _holds(av[3], words)
    if op is sre.ATOMIC_GROUP:
        return _holds(av, words)
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT) and av[0] >= 1:
        return _holds(av[2], words)
    if op is sre.BRANCH:
        return all(_holds(branch, words) for branch in av[1])
    return False  # a class, an assertion, an optional part: it may hold none


def _worth_checking(words: frozenset[str] | None, shortest: int = _SHORTEST_WORD) -> tuple[str, ...]:
    """The words to check, without one that holds another ("bruised" beside "bruise"): a text
    holds the longer only where it holds the shorter, so checking both answers the same, slower."""
    if not words or len(words) > _MOST_WORDS or min(map(len, words)) < shortest:
        return ()
    return tuple(
        sorted(word for word in words if not any(other != word and other in word for other in words))
    )


class Screened:
    """A pattern that skips a text without any of the words each of its matches holds.

    ``words`` are the words to check instead of those ``required_words`` reads, as ``Caseless``
    takes them ("group" or "arm" in each arm's number, where ``required_words`` picks "in ",
    which every clause holds).

    >>> Screened(r"\\bprotocol\\b").search("a trial protocol").span()
    (8, 16)
    """

    __slots__ = ("_compiled", "_words", "pattern")

    def __init__(self, source: str, *, words: tuple[str, ...] | None = None) -> None:
        self.pattern = source
        self._compiled = compiled(source)
        self._words = _words_given(source, words) or _worth_checking(required_words(source))

    def search(self, text: str) -> re.Match[str] | None:
        return self._compiled.search(text) if _holds_any(text, self._words) else None

    def match(self, text: str) -> re.Match[str] | None:
        """Tried at the text's start alone, which costs less than looking through the whole text
        for the words: not screened."""
        return self._compiled.match(text)

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        return self._compiled.finditer(text) if _holds_any(text, self._words) else iter(())

    def sub(self, replacement: str | Callable[[re.Match[str]], str], text: str) -> str:
        """``text`` with every match replaced; a text without a match is returned as it is."""
        return self._compiled.sub(replacement, text) if _holds_any(text, self._words) else text


class AnyOf:
    """Whether a text matches any of several patterns, each a way of saying one thing that opens
    with its own words: asked only whether one matches, not where. ``re`` tries every way of one
    long alternation at each place where any of them may open; tried one by one, each is looked
    for by its own opening, several times faster (and the answer is the alternation's). A way
    whose every match holds one of a few words is skipped in a text without them (``Screened``).

    >>> AnyOf(r"\\bover time\\b", r"\\bfrom baseline\\b").found_in("fell from baseline")
    True
    """

    __slots__ = ("_ways",)

    def __init__(self, *sources: str) -> None:
        self._ways = tuple(
            Screened(source) if _worth_checking(required_words(source)) else compiled(source)
            for source in sources
        )

    def found_in(self, text: str) -> bool:
        for way in self._ways:  # noqa: SIM110 (any() over a generator is the slower form)
            if way.search(text):
                return True
        return False


class Caseless:
    """A case-insensitive pattern, written in lower case, searched in the lowered text.

    ``shortest_word`` lowers the length below which a required word is not checked, for a
    pattern whose short word is rare in the texts it reads ("ci" of a confidence interval).
    ``words`` are the words to check instead of those ``required_words`` reads, for a pattern
    whose alternatives share a word it does not choose ("worse" in each way of telling a harm);
    the pattern must require one of them (``requires_one_of``), or this raises ValueError.

    >>> Caseless(r"\\bsessions?\\b").search("Twelve SESSIONS").group()
    'sessions'
    """

    def __init__(
        self, source: str, *, shortest_word: int = _SHORTEST_WORD, words: tuple[str, ...] | None = None
    ) -> None:
        if _INLINE_FLAGS.search(source) or any(c.isupper() for c in _NOT_LITERAL.sub("", source)):
            raise ValueError(f"a Caseless pattern is written in lower case, without flags: {source!r}")
        self.pattern = source
        self._lower_case = compiled(source)
        self._words = _words_given(source, words) or _worth_checking(required_words(source), shortest_word)

    @cached_property
    def _any_case(self) -> re.Pattern[str]:
        """Compiled on first use: few texts need it, and every process would pay for it."""
        return re.compile(self.pattern, re.IGNORECASE)

    def search(self, text: str) -> re.Match[str] | None:
        low = lowered_exactly(text)
        if low is None:
            return self._any_case.search(text)
        return self._lower_case.search(low) if _holds_any(low, self._words) else None

    def match(self, text: str) -> re.Match[str] | None:
        """Tried at the text's start alone: not screened, as ``Screened.match`` is not."""
        low = lowered_exactly(text)
        if low is None:
            return self._any_case.match(text)
        return self._lower_case.match(low)

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        low = lowered_exactly(text)
        if low is None:
            return self._any_case.finditer(text)
        return self._lower_case.finditer(low) if _holds_any(low, self._words) else iter(())

    def may_match_within(self, text: str) -> bool:
        """Whether some stretch of ``text`` may match: every match holds one of the pattern's
        words, and a stretch, lowered, holds a word only where the whole text lowered does (True
        where lowering is not exact, as nothing is then known). Lets a caller skip cutting a text
        into pieces of which none could match."""
        low = lowered_exactly(text)
        return low is None or _holds_any(low, self._words)


def caseless_places(text: str, literal: str) -> list[int] | None:
    """Where ``text`` holds ``literal`` as IGNORECASE matches it, or None where that is not known
    for sure: to skip a pattern built around ``literal`` for a text it cannot match. Compiling
    costs far more than the search, and one built per outcome name soon falls out of the few
    hundred patterns ``re`` keeps. An ASCII literal, lowered, is found in the lowered text exactly
    where IGNORECASE finds it (``lowered_exactly``); other literals are not looked for."""
    low = lowered_exactly(text) if literal.isascii() else None
    if low is None:
        return None
    sought = literal.lower()
    places = []
    at = low.find(sought)
    while at >= 0:
        places.append(at)
        at = low.find(sought, at + 1)
    return places


def _words_given(source: str, words: tuple[str, ...] | None) -> tuple[str, ...]:
    """The words chosen by hand to check before ``source`` is tried (none: empty), once proved
    held by every match of it (``requires_one_of``): a ValueError otherwise, as a check that
    skipped a text the pattern matches would change its answers."""
    if words is not None and not (words and requires_one_of(source, words)):
        raise ValueError(f"not every match of {source!r} holds one of {words!r}")
    return words or ()


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
_REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT)
_ANCHORS = ((sre.AT, sre.AT_BEGINNING), (sre.AT, sre.AT_BEGINNING_STRING))
# Parsed pattern items, (opcode, argument), as ``re._parser`` gives them.
_Items = list[tuple[Any, Any]]


def by_first_letter(phrases: list[str]) -> str:
    """An alternation of ``phrases`` grouped by their first character ("s(?:eventeen|eventy)"),
    each group in the order given (longest first, as the caller sorts them): the same matches as
    the plain list, since phrases of different first characters never match at one place, but
    ``re`` tries one group at a word start instead of every phrase."""
    groups: dict[str, list[str]] = {}
    for phrase in phrases:
        groups.setdefault(phrase[0], []).append(re.escape(phrase[1:]))
    return "|".join(f"{re.escape(first)}(?:{'|'.join(rests)})" for first, rests in groups.items())


def compiled(source: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(source, flags)``: the same matches, groups and spans, found faster where the
    pattern opens with a word boundary, an alternation or a group.

    ``re`` looks for a pattern's first character in one quick pass over the text when the
    pattern opens with a character, a class or an alternation of characters; otherwise it tries
    the whole pattern at every position, several times slower (``\\b(?:age|sex)`` tries each
    word at each character). So the pattern is told the characters its matches may start with
    (``_told_first``), as ``re`` tells itself for a pattern opening with a class: ``\\b(?:age|sex)``
    is then tried only where an "a" or an "s" stands (under IGNORECASE, where one of "aAsS\u017f"
    stands). A pattern whose first characters are not known (any character may open a match,
    or none) or that ``re`` tries at one position already (``^``) is compiled as written.
    A long alternation of words is also told their first few characters (``_guarded``).
    """
    flags = int(flags)  # as re.compile does: the compiler reads a RegexFlag many times slower
    try:
        tree = _guarded(source, _parser.parse(source, flags), flags)
        return _compile_tree(source, flags, _word_first(tree, flags))
    except Exception:  # re's internals changed: the pattern as written matches the same
        return re.compile(source, flags)


# How many characters of a match's opening the guard names, and the fewest openings for which
# a guard pays: a short alternation fails fast enough as written. Five, not three: a clause's
# common words ("was", "were", "significant", "in") share three characters with some way of a
# long alternation (_CHANGE, _NO_DIFFERENCE), and each let through costs the whole alternation.
_OPENING_LENGTH = 5
_FEWEST_OPENINGS = 20
_MOST_OPENINGS = 400
# What a guarded pattern opens with, before the lookahead: a word boundary, or spaces.
_GUARDED_LEADS = (r"\b", r"\s+")


def _guarded(source: str, tree: Any, flags: int) -> Any:
    """The parsed pattern with a lookahead naming the first characters of every match after
    its opening word boundary or spaces, where it is an alternation of many words: ``re`` tries
    each alternative in turn at every word start or space (``\\b(?:improv\\w*|better|...)``,
    ``\\s+(?:was|were|did|...)``), while the lookahead ``(?=b(?:en|et)|i(?:mp)|...)`` turns most
    words away after a character or two. The tree as it was where the openings are not known
    or few."""
    if (flags | tree.state.flags) & (sre.SRE_FLAG_IGNORECASE | sre.SRE_FLAG_LOCALE):
        return tree  # other cases than those written
    source = _boundary_first(source, tree, flags)
    lead = next((lead for lead in _GUARDED_LEADS if source.startswith(lead)), "")
    rest = source[len(lead) :]
    if not lead or rest[:1] in ("?", "+", "*", "{"):
        return tree  # tried at word starts or spaces only, or anchored ("^"): little to gain
    openings = _opening_words(rest, flags)
    if openings is None or len(openings) < _FEWEST_OPENINGS:
        return tree
    return _parser.parse(f"{lead}(?={_alternation(openings)}){rest}", flags)


def _opening_words(source: str, flags: int = 0) -> frozenset[str] | None:
    """The openings a guard names for ``source`` (``_openings``), each up to ``_OPENING_LENGTH``."""
    return _openings(list(_parser.parse(source, flags).data), _OPENING_LENGTH)


def _boundary_first(source: str, tree: Any, flags: int) -> str:
    """``source`` as ``\\b(?:source)`` where it is an alternation every way of which opens on a
    word boundary (``\\bage\\b|\\bbaseline|(?<!with )\\bhigher``): the same matches, as each way
    asks for the boundary anyway, and the guard then covers every way, not only the first."""
    if flags & sre.SRE_FLAG_VERBOSE or _INLINE_FLAGS.match(source):
        return source  # a comment would swallow the closing bracket; global flags must lead
    items = list(tree.data)
    hoisted = items[:1] == [(sre.AT, sre.AT_BOUNDARY)]  # re took out the boundary all ways open on
    ways = items[1:] if hoisted else items
    if len(ways) != 1 or ways[0][0] is not sre.BRANCH:
        return source
    if hoisted or all(_opens_on_a_boundary(list(way.data)) for way in ways[0][1][1]):
        return rf"\b(?:{source})"
    return source


def _opens_on_a_boundary(items: _Items) -> bool:
    r"""Whether a word boundary stands where a match of ``items`` starts, before any character:
    asked too of each way of a group it opens with (``(?:(?<!with )\bhigher|\bsimilar) baseline``)."""
    for index, (op, av) in enumerate(items):
        if (op, av) == (sre.AT, sre.AT_BOUNDARY):
            return True
        rest = items[index + 1 :]
        if op is sre.SUBPATTERN and not av[1] and not av[2]:
            return _opens_on_a_boundary([*av[3].data, *rest])
        if op is sre.BRANCH:
            return all(_opens_on_a_boundary([*way.data, *rest]) for way in av[1])
        if op not in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
            return False
    return False


def _openings(items: _Items, length: int) -> frozenset[str] | None:
    """Strings of up to ``length`` characters one of which opens every match of ``items`` (none
    longer than another's start); None where a match may open with a character not read here."""
    found = _opened(items, length)
    if found is None or "" in {text for text, _ in found}:
        return None
    texts = {text for text, _ in found}
    return frozenset(t for t in texts if not any(o != t and t.startswith(o) for o in texts))


def _opened(items: _Items, length: int) -> set[tuple[str, bool]] | None:
    """(opening, whether ``items`` end with it) for every match of ``items``; None: too many."""
    if not items or length == 0:
        return {("", not items)}
    (op, av), rest = items[0], items[1:]
    if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
        return _opened(rest, length)  # reads no character
    if op is sre.LITERAL:
        return _then(chr(av), rest, length)
    if op is sre.IN:
        return _class_opened(av, rest, length)
    if op is sre.SUBPATTERN and not av[1] and not av[2]:
        return _opened([*av[3].data, *rest], length)
    if op is sre.BRANCH:
        return _all_opened([[*alternative.data, *rest] for alternative in av[1]], length)
    if op in _REPEATS:
        once = _opened(list(av[2].data), length)
        if once is None:
            return None
        body = {(text, False) for text, _ in once}  # what follows a repeat is not read
        return body if av[0] >= 1 else _all_opened([rest], length, body)
    return {("", False)}


def _then(first: str, rest: _Items, length: int) -> set[tuple[str, bool]] | None:
    after = _opened(rest, length - 1)
    return None if after is None else {(first + text, ends) for text, ends in after}


def _class_opened(members: _Items, rest: _Items, length: int) -> set[tuple[str, bool]] | None:
    """A class of a few characters opens with each of them; a larger one is not read."""
    chars: list[str] = []
    for kind, value in members:
        if kind is sre.LITERAL:
            chars.append(chr(value))
        elif kind is sre.RANGE and value[1] - value[0] < _MOST_WORDS:
            chars.extend(map(chr, range(value[0], value[1] + 1)))
        else:
            return {("", False)}
    if len(chars) > _MOST_WORDS:
        return {("", False)}
    return _all_opened([[(sre.LITERAL, ord(char)), *rest] for char in chars], length)


def _all_opened(
    sequences: list[_Items], length: int, found: set[tuple[str, bool]] | None = None
) -> set[tuple[str, bool]] | None:
    found = set(found or ())
    for sequence in sequences:
        opened = _opened(sequence, length)
        if opened is None:
            return None
        found |= opened
        if len(found) > _MOST_OPENINGS:
            return None
    return found


def _alternation(openings: frozenset[str]) -> str:
    """The openings as an alternation of their first characters, each followed by the rest."""
    by_first: dict[str, list[str]] = {}
    for opening in sorted(openings):
        by_first.setdefault(opening[0], []).append(re.escape(opening[1:]))
    return "|".join(
        re.escape(first) + (f"(?:{'|'.join(rests)})" if rests != [""] else "")
        for first, rests in sorted(by_first.items())
    )


def _word_first(tree: Any, flags: int) -> Any:
    """The parsed pattern with an opening word boundary asked after the word it opens on, by a
    lookbehind: ``\\bafter\\s+`` as ``after(?<!\\wafter)\\s+``, the same matches and spans (the
    boundary before a letter is no letter before it, which the lookbehind asks). ``re`` then looks
    for the word's letters in a tight pass over the text, several times faster than trying the
    boundary at each character it is told may open a match (``_told_first``). Not under
    IGNORECASE, where ``re`` looks for no letters first, nor where a word does not follow."""
    if (flags | tree.state.flags) & (sre.SRE_FLAG_IGNORECASE | sre.SRE_FLAG_LOCALE):
        return tree
    items = list(tree.data)
    if items[:1] != [(sre.AT, sre.AT_BOUNDARY)]:
        return tree
    word = ""
    for op, av in items[1:]:
        if op is not sre.LITERAL or not (chr(av).isascii() and chr(av).isalnum()):
            break
        word += chr(av)
    if not word:
        return tree
    opening = _parser.parse(rf"{word}(?<!\w{word})", flags)
    tree.data = [*opening.data, *items[1 + len(word) :]]
    tree.width = None  # measured again from the new items
    return tree


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
    found none to note and they are known (``_first_members``), or noted a class it checks in
    the Unicode database (``\\s+``, ``[^\\w-]``): the note ``re`` writes for a pattern opening
    with that class, of the same pattern width, put before the same code."""
    if code[0] is not sre.INFO or code[2] & sre.SRE_INFO_PREFIX:
        return code
    if flags & sre.SRE_FLAG_LOCALE or tree.getwidth()[0] == 0:
        return code
    if tree.data and tree.data[0] in _ANCHORS and not _at_every_line(tree.data[0], flags):
        return code  # re tries an anchored pattern at one position already
    members = _first_members(list(tree.data), flags)
    if members is not None and flags & sre.SRE_FLAG_IGNORECASE:
        members = _every_case(members)
    if members is None:
        return code
    if flags & sre.SRE_FLAG_UNICODE:
        spelled = _categories_spelled_out(members)
        if spelled is members and code[2] & sre.SRE_INFO_CHARSET:
            return code  # re's own note is checked as fast
        members = spelled
    elif code[2] & sre.SRE_INFO_CHARSET:
        return code
    opening = _parser.SubPattern(tree.state, [(sre.IN, members)])
    opening.width = tree.getwidth()  # the note gives the whole pattern's width
    info: list[int] = []
    # The note names every case itself: re checks each character as it stands against it.
    _compiler._compile_info(info, opening, flags & ~sre.SRE_FLAG_IGNORECASE)
    if info[0] is not sre.INFO or info[3:5] != code[3:5]:
        return code  # re's internals changed: the pattern as written matches the same
    return [*info, *code[1 + code[1] :]]


def _at_every_line(anchor: tuple[Any, Any], flags: int) -> bool:
    """Whether a "^" opens a match at the start of every line (MULTILINE), which ``re`` looks
    for at every character: told the first characters after it, it passes over the rest."""
    return anchor == (sre.AT, sre.AT_BEGINNING) and bool(flags & sre.SRE_FLAG_MULTILINE)


def _first_members(items: _Items, flags: int) -> _Items | None:
    """The class of the first character of every match of ``items``; None where it is not known
    (any character may open a match, a match may be empty, or flags change inside)."""
    for index, (op, av) in enumerate(items):
        rest = items[index + 1 :]
        if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
            continue  # reads no character
        if op is sre.LITERAL:
            return [(op, av)]
        if op is sre.IN:
            return _outside(av, flags) if any(kind is sre.NEGATE for kind, _ in av) else list(av)
        if op is sre.SUBPATTERN:
            return None if av[1] or av[2] else _first_members([*av[3].data, *rest], flags)
        if op is sre.BRANCH:
            return _union([[*alternative.data, *rest] for alternative in av[1]], flags)
        if op in _REPEATS:
            body = [*av[2].data, *rest]
            return _first_members(body, flags) if av[0] >= 1 else _union([body, rest], flags)
        return None
    return None  # the match may be empty


def _outside(negated: _Items, flags: int) -> _Items | None:
    """A negated class (``[^\\w-]``) as the Latin-1 characters it holds and every character
    beyond Latin-1 (which ``re`` then checks itself); None where its items are not read here."""
    if not flags & sre.SRE_FLAG_UNICODE or flags & sre.SRE_FLAG_IGNORECASE:
        return None  # \\w as ASCII reads it, or other cases than those written
    left_out: set[int] = set()
    for kind, value in negated:
        if kind is sre.CATEGORY and value in _LATIN_1_OF:
            left_out |= _LATIN_1_OF[value]
        elif kind is sre.LITERAL:
            left_out.add(value)
        elif kind is sre.RANGE:
            left_out.update(range(value[0], min(value[1], 255) + 1))
        elif kind is not sre.NEGATE:
            return None
    return [
        (sre.RANGE, (256, sys.maxunicode)),
        *((sre.LITERAL, code) for code in range(256) if code not in left_out),
    ]


def _union(sequences: list[_Items], flags: int) -> _Items | None:
    """The first characters of any of ``sequences``; None where one's are not known."""
    union: _Items = []
    for sequence in sequences:
        members = _first_members(sequence, flags)
        if members is None:
            return None
        union.extend(member for member in members if member not in union)
    return union


# A class of characters (\\d, \\s, \\w and their opposites) is checked in the Unicode database,
# several times more slowly than a character in a bitmap. The note of first characters may name
# more characters than a match can start with, never fewer: where it holds such a class, it
# names instead every character but the Latin-1 ones no match starts with (which ``re`` itself
# tells apart below), so a Latin-1 character is checked in a bitmap, and any other, rare in the
# texts read, lets the match be tried.
_LATIN_1_OF = {
    category: frozenset(code for code in range(256) if re.match(escape, chr(code)))
    for category, escape in (
        (sre.CATEGORY_DIGIT, r"\d"),
        (sre.CATEGORY_NOT_DIGIT, r"\D"),
        (sre.CATEGORY_SPACE, r"\s"),
        (sre.CATEGORY_NOT_SPACE, r"\S"),
        (sre.CATEGORY_WORD, r"\w"),
        (sre.CATEGORY_NOT_WORD, r"\W"),
    )
}


def _categories_spelled_out(members: _Items) -> _Items:
    """``members`` as a negated class of Latin-1 characters, where they hold a class of
    characters (Unicode's, as a pattern without the ASCII flag reads it); as they are otherwise,
    or where they hold a kind of item not read here."""
    if not any(
        (kind is sre.CATEGORY and value in _LATIN_1_OF) or (kind is sre.RANGE and value[1] > 255)
        for kind, value in members
    ):
        return members
    starts: set[int] = set()
    for kind, value in members:
        if kind is sre.CATEGORY and value in _LATIN_1_OF:
            starts |= _LATIN_1_OF[value]
        elif kind is sre.LITERAL:
            starts.add(value)
        elif kind is sre.RANGE:
            starts.update(range(value[0], min(value[1], 255) + 1))
        else:
            return members
    return [(sre.NEGATE, None), *((sre.LITERAL, code) for code in range(256) if code not in starts)]


def _every_case(members: _Items) -> _Items | None:
    """A case-insensitive pattern's first characters in each case IGNORECASE matches them in;
    None where those are not known here (beyond ASCII, or a range of letters)."""
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
    return cases
