"""The outcome and technique vocabularies: data files in, fast longest-match lookups out.

The words live in ``data/outcomes.toml`` and ``data/techniques.toml`` so that a new topic is a
data change, never a code change; a saved search can add words of its own (domains, techniques,
comparators, safety words: its ``Topic``), which ``Vocabulary.merged`` folds in.

Matching is case-insensitive and word-boundary aware, except instrument abbreviations, which
match case-sensitively ("MAS" is the Modified Ashworth Scale; "mas" is not). Where terms overlap,
the longest wins: "Modified Fatigue Impact Scale" is one instrument, not the word "fatigue". A
domain's words next to the words its entry says make them another thing ("oxidative stress",
"urinary cotinine": ``not_when_preceded_by``, ``not_when_followed_by``) are matched all the same,
and ``Vocabulary.names_something_else`` tells them apart; a technique's or comparator's words next
to its entry's such words ("pain at rest", "the rest of the outcomes") are not matched at all.
The safety notes' words that belong to a topic are data too: the harms its treatment may cause
and what a relapse of its condition is called (``[safety]``: ``Vocabulary.match_harms``,
``Vocabulary.names_a_relapse``).

Loading, checking (with messages naming the file and field), merging a search's own words and
matching stay together here: they are one data format's rules.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from functools import cached_property, lru_cache
from importlib import resources
from pathlib import Path
from typing import Any, Protocol

from harvester.errors import InputError
from harvester.extract.patterns import Caseless, by_first_letter, compiled, lowered_exactly

POLARITIES = ("lower_is_better", "higher_is_better")
OUTCOMES_FILE = "outcomes.toml"
TECHNIQUES_FILE = "techniques.toml"
# How far before a domain's word its ``not_when_preceded_by`` words are looked for, in characters.
_PRECEDING_REACH = 24
_TERM_KEYS = {"label", "synonyms", "generic", "control_arm", "not_when_preceded_by", "not_when_followed_by"}


@dataclass(frozen=True)
class Instrument:
    """A named scale; ``polarity`` is set only where it runs against its domain's."""

    name: str
    abbreviations: tuple[str, ...] = ()
    polarity: str | None = None
    # Words after its name or abbreviation that make it another scale: the "MRC" of muscle
    # strength is not the MRC dyspnoea scale.
    not_when_followed_by: tuple[str, ...] = ()
    # Every subscale scored the instrument's way, whatever its name: the FAMS's "thinking/fatigue"
    # and the MSQOL-54's "energy/fatigue" are higher the less the fatigue.
    subscales_alike: bool = False


@dataclass(frozen=True)
class Domain:
    key: str
    label: str
    synonyms: tuple[str, ...]
    instruments: tuple[Instrument, ...]
    polarity: str
    inverse_synonyms: tuple[str, ...] = ()
    safety: bool = False
    also_an_activity: bool = False  # its words also name something done: "brisk walking"
    faster_is_better: bool = False  # done faster, better: walking, a timed mobility test
    # Words that make the domain's words name another thing: "oxidative" stress, urinary "cotinine".
    not_when_preceded_by: tuple[str, ...] = ()
    not_when_followed_by: tuple[str, ...] = ()


@dataclass(frozen=True)
class DomainMatch:
    """One mention of a domain in a text: the words as written and where they are."""

    domain: str  # the domain's key
    measure: str  # the matched text, e.g. "Modified Ashworth Scale" or "pain"
    start: int
    end: int
    polarity: str  # the polarity of this measure (an instrument's override, or the domain's)
    is_instrument: bool = False
    # which of its domain's measures the words name, to tell two measures of one domain apart: an
    # instrument by its name spelled one way for all its forms ("FIM", "Functional Independence
    # Measure"), INVERSE for the words scored against the domain's way ("bowel movements" beside
    # "constipation"), empty for the domain's own words
    measure_key: str = ""
    faster_is_better: bool = False  # its domain's: "walked faster", "the TUG was faster"


@dataclass(frozen=True)
class Term:
    """A technique or comparator: a key, the label reports use, and the words that name it."""

    key: str
    label: str
    synonyms: tuple[str, ...]
    generic: bool = False
    # A comparator whose words name the arm compared with in any trial: placebo, sham, usual care.
    control_arm: bool = False
    # Words that make the term's words name another thing, as a domain's: pain "at" rest.
    not_when_preceded_by: tuple[str, ...] = ()
    not_when_followed_by: tuple[str, ...] = ()


@dataclass(frozen=True)
class TermMatch:
    key: str
    label: str
    text: str
    start: int
    end: int


class ExtraDomainLike(Protocol):
    """What a saved search's ``[outcomes.extra.<name>]`` table becomes (``queries.ExtraDomain``)."""

    @property
    def name(self) -> str: ...
    @property
    def synonyms(self) -> tuple[str, ...]: ...
    @property
    def instruments(self) -> tuple[str, ...]: ...
    @property
    def polarity(self) -> str: ...
    @property
    def not_when_preceded_by(self) -> tuple[str, ...]: ...
    @property
    def not_when_followed_by(self) -> tuple[str, ...]: ...


class ExtraTermLike(Protocol):
    """A technique or comparator a saved search adds (``queries.ExtraTerm``)."""

    @property
    def key(self) -> str: ...
    @property
    def label(self) -> str: ...
    @property
    def synonyms(self) -> tuple[str, ...]: ...
    @property
    def control_arm(self) -> bool: ...

    @property
    def not_when_preceded_by(self) -> tuple[str, ...]: ...

    @property
    def not_when_followed_by(self) -> tuple[str, ...]: ...


class TopicLike(Protocol):
    """Everything a saved search adds to the vocabulary (``queries.Topic``)."""

    @property
    def domains(self) -> tuple[ExtraDomainLike, ...]: ...
    @property
    def techniques(self) -> tuple[ExtraTermLike, ...]: ...
    @property
    def comparators(self) -> tuple[ExtraTermLike, ...]: ...
    @property
    def harms(self) -> tuple[str, ...]: ...
    @property
    def relapses(self) -> tuple[str, ...]: ...


@dataclass(frozen=True)
class _Entry:
    """What one matchable phrase means: its domain, polarity, whether it is an instrument, and
    which of the domain's measures it names (``DomainMatch.measure_key``)."""

    domain: str
    polarity: str
    is_instrument: bool
    measure_key: str = ""


class _Matcher:
    """Longest-phrase matching over many phrases, fast enough for thousands of abstracts.

    Phrases are bucketed by their first two characters; at each word start whose first two
    characters begin some phrase, only that bucket's alternation (longest phrase first) is
    tried, instead of every phrase everywhere. Where every phrase of a bucket has known third and
    fourth characters (the third alone, of a first word of three), a word start must have one of
    those too: "the" and "then" are not tried against "therapeutic massage", nor "pain" and
    "paid" against "pancreatitis".
    """

    def __init__(self, phrases: Iterable[tuple[str, bool, object]]) -> None:
        # phrase, case_sensitive, payload; duplicates of one phrase pool their payloads
        grouped: dict[tuple[str, bool], list[object]] = {}
        for phrase, case_sensitive, payload in phrases:
            key = (phrase if case_sensitive else phrase.lower(), case_sensitive)
            grouped.setdefault(key, []).append(payload)
        self._payloads: dict[str, tuple[object, ...]] = {}
        buckets: dict[str, list[tuple[int, str]]] = {}
        thirds: dict[str, frozenset[str] | None] = {}  # a bucket's characters after the pair, None: any
        for index, ((phrase, case_sensitive), payloads) in enumerate(sorted(grouped.items())):
            name = f"t{index}"
            self._payloads[name] = tuple(payloads)
            pattern = f"(?P<{name}>{_phrase_pattern(phrase, case_sensitive)})"
            for pair in _opening_pairs(phrase):
                buckets.setdefault(pair, []).append((len(phrase), pattern))
                third, known = _after_the_pair(phrase), thirds.get(pair, frozenset())
                thirds[pair] = None if third is None or known is None else known | {third}
        self._buckets = {
            prefix: re.compile(
                "(?:" + "|".join(p for _, p in sorted(entries, key=lambda e: -e[0])) + r")(?!\w)",
                re.IGNORECASE,
            )
            for prefix, entries in buckets.items()
        }
        # Only the word starts some phrase could begin at are visited: most words begin with a
        # pair of letters no phrase does, and skipping them in C is much cheaper than in Python.
        # The characters after the pair are checked only in text that ``lowered_exactly`` lowers.
        self._starts = compiled(_starts_pattern(thirds)) if buckets else None  # lowered exactly

    @cached_property
    def _starts_loose(self) -> re.Pattern[str] | None:
        """For lowered text that ``lowered_exactly`` refuses (rare: compiled on first use)."""
        return compiled(_starts_pattern(dict.fromkeys(self._buckets))) if self._buckets else None

    @cached_property
    def _starts_any_case(self) -> re.Pattern[str] | None:
        """For text whose lowering moves offsets (rare: compiled on first use)."""
        loose = _starts_pattern(dict.fromkeys(self._buckets))
        return re.compile(loose, re.IGNORECASE) if self._buckets else None

    def finditer(self, text: str) -> Iterable[tuple[re.Match[str], tuple[object, ...]]]:
        if self._starts is None:
            return
        resume = 0
        low = lowered_exactly(text)  # the prefixes are lower case; matching lowered text is faster
        starts: re.Pattern[str] | None = self._starts
        exact = low is not None
        if low is None:
            low = text.lower()
            same_offsets = len(low) == len(text)
            starts = self._starts_loose if same_offsets else self._starts_any_case
            low = low if same_offsets else text
        assert starts is not None
        # each match is the character before a word start, in the text after one space (which
        # stands before the first word): its offset there is the word start's in ``low``
        for start in starts.finditer(" " + low):
            position = start.start()
            if position < resume:
                continue
            # the pair from the text lowered once; an ASCII pair is the same as the pair lowered
            # on its own (the keys were), another may not be (a Greek final sigma)
            pair = low[position : position + 2]
            if not (exact and pair.isascii()):
                pair = text[position : position + 2].lower()
            regex = self._buckets.get(pair)
            match = regex.match(text, position) if regex else None
            if match:
                resume = match.end()
                yield match, self._payloads[match.lastgroup or ""]


@lru_cache(maxsize=256)
def _found(matcher: _Matcher, text: str) -> tuple[tuple[re.Match[str], tuple[object, ...]], ...]:
    """Every phrase ``matcher`` finds in ``text``, with its payloads, kept: the same text is asked
    again (each outcome of a clause asks which comparator it names, or what follows its "than"),
    and a match never changes."""
    return tuple(matcher.finditer(text))


def _starts_pattern(thirds: dict[str, frozenset[str] | None]) -> str:
    """The character before a word start that begins a bucket's prefix (and one of the bucket's
    strings after it, where known), the prefixes grouped by their first character so that ``re``
    tries few at each start.

    A match reads that character, neither a word character nor a hyphen (a space, a bracket),
    instead of looking behind from the word: ``re`` then stops only at the few such characters
    instead of at nearly every letter (``compiled``). The text searched opens with a space, so
    that its first word has one before it too.
    """
    by_first: dict[str, list[str]] = {}
    for prefix, third in sorted(thirds.items()):
        rest = re.escape(prefix[1:]) + (f"(?:{by_first_letter(_shortest(third))})" if third else "")
        by_first.setdefault(prefix[0], []).append(rest)
    alternatives = "|".join(
        f"{re.escape(first)}(?:{'|'.join(rests)})" for first, rests in sorted(by_first.items())
    )
    return rf"[^\w-](?={alternatives})"


def _opening_pairs(phrase: str) -> tuple[str, ...]:
    """The pairs of characters the texts a phrase matches open with, lower-cased: its own, and,
    where a one-character word opens it, that word before a space or a hyphen alike, as the
    phrase matches either ("6-minute walk test" in "the 6 minute walk test")."""
    pair = phrase[:2].lower()
    if pair[1:] in ("-", " "):
        return (pair[0] + "-", pair[0] + " ")
    return (pair,)


def _after_the_pair(phrase: str) -> str | None:
    """The third and fourth characters of every text the phrase matches (the third alone where
    its first word has three), lower-cased, where they are ASCII (then case-insensitive matching
    is lowering, see ``lowered_exactly``)."""
    parts = [part for part in re.split(r"[\s-]+", phrase.strip()) if part]
    if not parts or not phrase.startswith(parts[0]) or len(parts[0]) < 3 or not parts[0][2:4].isascii():
        return None
    return parts[0][2:4].lower()


def _shortest(openings: frozenset[str]) -> list[str]:
    """The openings without one that another opens ("i" of "tai chi" takes in "in" of "tailored
    massage"), longest first: a word start need hold only one of those left."""
    kept = [
        opening for opening in openings if not any(o != opening and opening.startswith(o) for o in openings)
    ]
    return sorted(kept, key=lambda opening: (-len(opening), opening))


# A phrase that ends in a comparative ("walked faster") may have a word of degree before it.
_COMPARATIVE = re.compile(r"faster|slower|further|farther|more|less|better|worse|longer")
_DEGREE = r"(?:(?:(?:statistically|significantly|much|markedly|considerably|slightly|somewhat)[\s-]+)+)?"

# A plural noun of complaints, singular where it names what another noun counts ("symptom scores").
_COMPLAINTS = re.compile(r"symptoms|problems|complaints|disturbances")


def _phrase_pattern(phrase: str, case_sensitive: bool, wildcards: bool = False) -> str:
    """Spaces and hyphens are interchangeable ("wait-list", "wait list"); plurals are allowed.
    With ``wildcards``, a ``*`` is the rest of a word ("echocardiograph*") or, alone, any one
    word ("* levels")."""
    parts = [_word_pattern(part, wildcards) for part in re.split(r"[\s-]+", phrase.strip()) if part]
    compared = next((i for i, part in enumerate(parts) if i and _COMPARATIVE.fullmatch(part)), None)
    if compared is not None:  # "walked significantly faster" is still "walked faster"
        parts[compared] = _DEGREE + parts[compared]
    pattern = r"[\s-]?".join(parts) if len(parts) > 1 and "-" in phrase else r"[\s-]+".join(parts)
    if case_sensitive:
        return f"(?-i:{pattern})"
    if phrase[-1:].isalpha() and len(phrase) > 3:
        if len(parts) > 1 and _COMPLAINTS.fullmatch(parts[-1]):
            pattern = pattern[:-1]  # "bladder symptoms" named before its scores: "bladder symptom scores"
        pattern += "(?:e?s)?"
    return pattern


def _word_pattern(word: str, wildcards: bool) -> str:
    if not wildcards:
        return re.escape(word)
    if word == "*":
        return r"[\w-]+"
    return r"\w*".join(re.escape(piece) for piece in word.split("*"))


@dataclass(frozen=True)
class _Lookalikes:
    """One domain's or term's ``not_when_preceded_by`` and ``not_when_followed_by`` words, compiled."""

    preceding: re.Pattern[str]  # searched in the few characters before the domain's word
    following: re.Pattern[str]  # matched where the domain's word ends

    def around(self, text: str, start: int, end: int) -> bool:
        """Whether such words stand just before ``start`` or just after ``end`` in ``text``."""
        return bool(
            self.preceding.search(text, max(0, start - _PRECEDING_REACH), start)
            or self.following.match(text, end)
        )


@lru_cache(maxsize=256)
def _compiled_lookalikes(preceding: tuple[str, ...], following: tuple[str, ...]) -> _Lookalikes:
    """Preceding words end just before the domain's word; a following word may also come after a
    pair ("the walking and running CPETs": the tests' mode, not how well anyone walks). Cached, so
    that a vocabulary merged with a search's domains compiles only what the search changes."""
    return _Lookalikes(
        compiled(rf"\b(?:{_alternatives(preceding)})[\s-]+$", re.IGNORECASE),
        compiled(rf"(?:\s+(?:and|or)\s+[\w-]+)?[\s-]+(?:{_alternatives(following)})\b", re.IGNORECASE),
    )


@lru_cache(maxsize=64)
def _compiled_words(phrases: tuple[str, ...]) -> Caseless:
    """A few words matched like synonyms, for a sentence-by-sentence check: ``Caseless`` skips a
    sentence without any of them at the cost of a substring search, where a ``_Matcher`` would
    scan every word start. Cached, as ``_compiled_lookalikes``."""
    alternatives = "|".join(_phrase_pattern(p.lower(), False) for p in phrases) or "(?!)"
    return Caseless(rf"(?<![\w-])(?:{alternatives})(?!\w)")


def _alternatives(phrases: tuple[str, ...]) -> str:
    """The phrases as one alternation; one that never matches where there are none."""
    return "|".join(_phrase_pattern(p, False, wildcards=True) for p in phrases) or "(?!)"


@dataclass(frozen=True)
class Vocabulary:
    """Outcome domains, generic rating scales, techniques and comparators, ready to match."""

    domains: tuple[Domain, ...]
    scales: tuple[Instrument, ...] = ()
    techniques: tuple[Term, ...] = ()
    comparators: tuple[Term, ...] = ()
    harms: tuple[str, ...] = ()  # harms the treatment may cause: "headache", "bruising"
    relapses: tuple[str, ...] = ()  # what a relapse of the condition is called
    # Compiled once per vocabulary; derived from the fields above, so left out of ==.
    _by_key: dict[str, Domain] = field(init=False, repr=False, compare=False)
    _lookalikes: dict[str, _Lookalikes] = field(init=False, repr=False, compare=False)
    # (domain, instrument key) -> the words that make an instrument's name another scale's
    _instrument_lookalikes: dict[tuple[str, str], _Lookalikes] = field(init=False, repr=False, compare=False)
    _subscales_alike: frozenset[tuple[str, str]] = field(init=False, repr=False, compare=False)
    _domain_matcher: _Matcher = field(init=False, repr=False, compare=False)
    _scale_matcher: _Matcher = field(init=False, repr=False, compare=False)
    _technique_matcher: _Matcher = field(init=False, repr=False, compare=False)
    _comparator_matcher: _Matcher = field(init=False, repr=False, compare=False)
    _harm_words: Caseless = field(init=False, repr=False, compare=False)
    _relapse_words: Caseless = field(init=False, repr=False, compare=False)
    # The control-arm comparators' words: those of terms without lookalikes in one pattern (None),
    # each other term's in its own, with its lookalikes.
    _control_arm_words: tuple[tuple[Caseless, _Lookalikes | None], ...] = field(
        init=False, repr=False, compare=False
    )

    def __post_init__(self) -> None:
        derived = {
            "_by_key": {d.key: d for d in self.domains},
            "_lookalikes": {
                d.key: _compiled_lookalikes(d.not_when_preceded_by, d.not_when_followed_by)
                for d in self.domains
                if d.not_when_preceded_by or d.not_when_followed_by
            },
            "_instrument_lookalikes": {
                (d.key, _instrument_key(i.name)): _compiled_lookalikes((), i.not_when_followed_by)
                for d in self.domains
                for i in d.instruments
                if i.not_when_followed_by
            },
            "_subscales_alike": frozenset(
                (d.key, _instrument_key(i.name))
                for d in self.domains
                for i in d.instruments
                if i.subscales_alike
            ),
            "_domain_matcher": _Matcher(_domain_phrases(self.domains)),
            "_scale_matcher": _Matcher(_instrument_phrases(self.scales)),
            "_technique_matcher": _Matcher(_term_phrases(self.techniques)),
            "_comparator_matcher": _Matcher(_term_phrases(self.comparators)),
            "_harm_words": _compiled_words(self.harms),
            "_relapse_words": _compiled_words(self.relapses),
            "_control_arm_words": _control_arm_patterns(self.comparators),
        }
        for name, value in derived.items():
            object.__setattr__(self, name, value)  # the dataclass is frozen

    @classmethod
    def load(cls, outcomes: Path | None = None, techniques: Path | None = None) -> Vocabulary:
        """Read the vocabulary files (the packaged ones unless paths are given)."""
        outcomes_data, outcomes_name = _read_toml(outcomes, OUTCOMES_FILE)
        techniques_data, techniques_name = _read_toml(techniques, TECHNIQUES_FILE)
        return _parse_vocabulary(outcomes_data, outcomes_name, techniques_data, techniques_name)

    def domain(self, key: str) -> Domain:
        return self._by_key[key]

    def find_domain(self, name: str) -> Domain | None:
        """The domain a person means by ``name``: its key, its label or one of its synonyms."""
        wanted = _normalise(name)
        for domain in self.domains:
            names = (domain.key, domain.label, *domain.synonyms, *domain.inverse_synonyms)
            if wanted in {_normalise(n) for n in names}:
                return domain
        return None

    def match(self, text: str) -> list[DomainMatch]:
        """Every domain mention in ``text``, left to right, longest phrase at each place.

        A phrase that belongs to two domains (HADS: anxiety and depression) yields one match
        per domain, at the same span.
        """
        found: list[DomainMatch] = []
        for match, payloads in _found(self._domain_matcher, text):
            for entry in payloads:
                assert isinstance(entry, _Entry)
                found.append(
                    DomainMatch(
                        domain=entry.domain,
                        measure=match.group(),
                        start=match.start(),
                        end=match.end(),
                        polarity=entry.polarity,
                        is_instrument=entry.is_instrument,
                        measure_key=entry.measure_key,
                        faster_is_better=self.domain(entry.domain).faster_is_better,
                    )
                )
        return found

    def scores_subscales_alike(self, match: DomainMatch) -> bool:
        """Whether ``match`` names an instrument whose every subscale is scored its way."""
        return match.is_instrument and (match.domain, match.measure_key) in self._subscales_alike

    def names_something_else(self, text: str, match: DomainMatch) -> bool:
        """Whether a domain's word names another thing where it stands in ``text``, by the
        words its entry gives: "oxidative stress", "negative fluid balance", "a provocative
        stress test", "urinary cotinine". An instrument's name is something else only by its
        own words ("MRC dyspnoea scale": not the MRC scale of muscle strength).

        >>> vocabulary = Vocabulary.load()
        >>> text = "Oxidative stress fell; perceived stress did not."
        >>> [vocabulary.names_something_else(text, m) for m in vocabulary.match(text)]
        [True, False]
        """
        if match.is_instrument:
            own = self._instrument_lookalikes.get((match.domain, match.measure_key))
            return own is not None and own.around(text, match.start, match.end)
        lookalikes = self._lookalikes.get(match.domain)
        if lookalikes is None:
            return False
        return lookalikes.around(text, match.start, match.end)

    def match_scales(self, text: str) -> list[TermMatch]:
        """Generic rating scales (VAS, NRS): they measure whichever domain they sit beside."""
        return [
            TermMatch("scale", str(payloads[0]), m.group(), m.start(), m.end())
            for m, payloads in _found(self._scale_matcher, text)
        ]

    def match_techniques(self, text: str) -> list[TermMatch]:
        return _term_matches(self._technique_matcher, text)

    def match_comparators(self, text: str) -> list[TermMatch]:
        """The comparators named in ``text``; "rest" in "pain at rest" names none (its entry's
        ``not_when_preceded_by``)."""
        return _term_matches(self._comparator_matcher, text)

    def match_harms(self, text: str) -> list[TermMatch]:
        """The harms the treatment may cause named in ``text``, by the ``[safety]`` words.

        >>> [m.text for m in Vocabulary.load().match_harms("One headache, no dizziness.")]
        ['headache', 'dizziness']
        """
        return [
            TermMatch("harm", "harm", text[m.start() : m.end()], m.start(), m.end())
            for m in self._harm_words.finditer(text)
        ]

    def names_a_relapse(self, text: str) -> bool:
        """Whether ``text`` speaks of a relapse of the condition, by the ``[safety]`` words."""
        return self._relapse_words.search(text) is not None

    def names_the_control_arm(self, text: str) -> bool:
        """Whether ``text`` holds the words of a comparator that is the arm compared with in any
        trial (``control_arm``): "placebo", "sham", "usual care", "wait-list", but not where its
        entry's words say they name another thing ("heart rate at rest").

        >>> Vocabulary.load().names_the_control_arm("Group C received usual care")
        True
        """
        return any(
            lookalikes is None or not lookalikes.around(text, hit.start(), hit.end())
            for words, lookalikes in self._control_arm_words
            for hit in words.finditer(text)
        )

    @cached_property
    def control_arm_words(self) -> frozenset[str]:
        """The single words that are such a comparator's synonyms ("placebo", "sham", "control"),
        for rules that read a text word by word ("wait-list" is two words there)."""
        synonyms = _control_arm_synonyms(self.comparators)
        return frozenset(s.lower() for s in synonyms if not re.search(r"[\s-]", s))

    def merged(self, topic: TopicLike) -> Vocabulary:
        """This vocabulary plus a saved search's own words.

        An extra domain whose name is already a domain extends it: its words join the domain's
        synonyms, or its inverse synonyms where the stated polarity runs the other way, and the
        words that make them another thing join the domain's. A technique or comparator whose key
        is already one adds its words to it (a comparator it marks ``control_arm`` becomes one);
        harms and relapse words join the ``[safety]`` lists.
        """
        return replace(
            self,
            domains=self._merged_domains(topic.domains),
            techniques=_merged_terms(self.techniques, topic.techniques),
            comparators=_merged_terms(self.comparators, topic.comparators),
            harms=_joined(self.harms, topic.harms),
            relapses=_joined(self.relapses, topic.relapses),
        )

    def _merged_domains(self, extra_domains: Iterable[ExtraDomainLike]) -> tuple[Domain, ...]:
        domains = list(self.domains)
        for extra in extra_domains:
            polarity = _checked_polarity(
                extra.polarity, f"outcomes.extra.{extra.name}.polarity", "saved search"
            )
            instruments = tuple(Instrument(name=name) for name in extra.instruments)
            existing = self.find_domain(extra.name)
            if existing is None:
                domains.append(
                    Domain(
                        key=extra.name,
                        label=extra.name[:1].upper() + extra.name[1:],
                        synonyms=tuple(dict.fromkeys((extra.name, *extra.synonyms))),
                        instruments=instruments,
                        polarity=polarity,
                        not_when_preceded_by=extra.not_when_preceded_by,
                        not_when_followed_by=extra.not_when_followed_by,
                    )
                )
                continue
            index = domains.index(next(d for d in domains if d.key == existing.key))
            current = replace(
                domains[index],
                not_when_preceded_by=_joined(domains[index].not_when_preceded_by, extra.not_when_preceded_by),
                not_when_followed_by=_joined(domains[index].not_when_followed_by, extra.not_when_followed_by),
            )
            if polarity == current.polarity:
                current = replace(current, synonyms=_joined(current.synonyms, extra.synonyms))
            else:
                inverse = _joined(current.inverse_synonyms, extra.synonyms)
                current = replace(current, inverse_synonyms=inverse)
                instruments = tuple(replace(i, polarity=polarity) for i in instruments)
            domains[index] = replace(current, instruments=(*current.instruments, *instruments))
        return tuple(domains)


def _merged_terms(terms: tuple[Term, ...], extra: Iterable[ExtraTermLike]) -> tuple[Term, ...]:
    """``terms`` with a saved search's own: a known key gains the words, a new key is added."""
    merged = {term.key: term for term in terms}
    for added in extra:
        known = merged.get(added.key)
        if known is None:
            merged[added.key] = Term(
                added.key,
                added.label,
                added.synonyms,
                control_arm=added.control_arm,
                not_when_preceded_by=added.not_when_preceded_by,
                not_when_followed_by=added.not_when_followed_by,
            )
        else:
            merged[added.key] = replace(
                known,
                synonyms=_joined(known.synonyms, added.synonyms),
                control_arm=known.control_arm or added.control_arm,
                not_when_preceded_by=_joined(known.not_when_preceded_by, added.not_when_preceded_by),
                not_when_followed_by=_joined(known.not_when_followed_by, added.not_when_followed_by),
            )
    return tuple(merged.values())


def _joined(words: tuple[str, ...], more: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(dict.fromkeys((*words, *more)))


def _normalise(name: str) -> str:
    return re.sub(r"[\s_-]+", " ", name.strip().lower())


INVERSE = "(inverse)"  # the measure_key of a domain's words scored against its way
_NUMBER_WORDS = {
    "two": "2", "five": "5", "six": "6", "nine": "9", "ten": "10", "twelve": "12", "metre": "meter",
}  # fmt: skip


def _instrument_key(name: str) -> str:
    """An instrument's name spelled one way for the vocabulary's variants of it ("Six-Minute Walk
    Test", "6-Minute Walk Test"; "10-Metre", "10-Meter"; "Timed Up-and-Go", "Timed Up and Go"),
    so that two spellings are one instrument.

    >>> _instrument_key("Six-Minute Walk Test") == _instrument_key("6-minute walk test")
    True
    """
    words = re.findall(r"[a-z0-9]+", name.lower())
    return " ".join(_NUMBER_WORDS.get(word, word) for word in words if word != "test")


def _domain_phrases(domains: Iterable[Domain]) -> Iterable[tuple[str, bool, object]]:
    for domain in domains:
        for synonym in domain.synonyms:
            yield synonym, False, _Entry(domain.key, domain.polarity, False)
        opposite = POLARITIES[1] if domain.polarity == POLARITIES[0] else POLARITIES[0]
        for synonym in domain.inverse_synonyms:
            yield synonym, False, _Entry(domain.key, opposite, False, INVERSE)
        for instrument in domain.instruments:
            polarity = instrument.polarity or domain.polarity
            entry = _Entry(domain.key, polarity, True, _instrument_key(instrument.name))
            yield instrument.name, False, entry
            for abbreviation in instrument.abbreviations:
                yield abbreviation, True, entry


def _instrument_phrases(scales: Iterable[Instrument]) -> Iterable[tuple[str, bool, object]]:
    for scale in scales:
        yield scale.name, False, scale.abbreviations[0] if scale.abbreviations else scale.name
        for abbreviation in scale.abbreviations:
            yield abbreviation, True, abbreviation


def _control_arm_synonyms(comparators: Iterable[Term]) -> tuple[str, ...]:
    return tuple(synonym for term in comparators if term.control_arm for synonym in term.synonyms)


def _control_arm_patterns(comparators: Iterable[Term]) -> tuple[tuple[Caseless, _Lookalikes | None], ...]:
    """The control-arm comparators' words for ``Vocabulary.names_the_control_arm``: one pattern
    for the terms without lookalikes, one with its lookalikes for each other term."""
    terms = [(term, _lookalikes_of(term)) for term in comparators if term.control_arm]
    plain = _compiled_words(_control_arm_synonyms(term for term, lookalikes in terms if lookalikes is None))
    return (
        (plain, None),
        *((_compiled_words(t.synonyms), lookalikes) for t, lookalikes in terms if lookalikes),
    )


def _lookalikes_of(term: Term) -> _Lookalikes | None:
    """A term's ``not_when_preceded_by`` and ``not_when_followed_by`` words, compiled; None if none."""
    if not term.not_when_preceded_by and not term.not_when_followed_by:
        return None
    return _compiled_lookalikes(term.not_when_preceded_by, term.not_when_followed_by)


def _term_phrases(terms: Iterable[Term]) -> Iterable[tuple[str, bool, object]]:
    for term in terms:
        for synonym in term.synonyms:
            yield synonym, False, term


def _term_matches(matcher: _Matcher, text: str) -> list[TermMatch]:
    found = []
    for match, payloads in _found(matcher, text):
        term = payloads[0]
        assert isinstance(term, Term)
        lookalikes = _lookalikes_of(term)
        if lookalikes is not None and lookalikes.around(text, match.start(), match.end()):
            continue  # "pain at rest": no rest arm
        found.append(TermMatch(term.key, term.label, match.group(), match.start(), match.end()))
    return found


# --- reading and checking the data files -------------------------------------------------------


def _read_toml(path: Path | None, default: str) -> tuple[dict[str, Any], str]:
    if path is None:
        resource = resources.files("harvester.extract") / "data" / default
        name, raw = f"harvester/extract/data/{default}", resource.read_bytes()
    else:
        name = str(path)
        try:
            raw = Path(path).read_bytes()
        except OSError as error:
            raise InputError(f"{name}: cannot read the vocabulary file ({error.strerror})") from None
    try:
        return tomllib.loads(raw.decode("utf-8")), name
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as error:
        raise InputError(f"{name}: not valid TOML ({error})") from None


def _parse_vocabulary(
    outcomes: dict[str, Any], outcomes_name: str, techniques: dict[str, Any], techniques_name: str
) -> Vocabulary:
    _only_keys(outcomes, {"scales", "domains", "safety"}, "", outcomes_name)
    domains_table = _table(outcomes.get("domains"), "domains", outcomes_name)
    if not domains_table:
        raise InputError(f"{outcomes_name}: field 'domains' must define at least one domain")
    domains = tuple(_domain(key, value, outcomes_name) for key, value in domains_table.items())
    scales_table = _table(outcomes.get("scales", {}), "scales", outcomes_name)
    _only_keys(scales_table, {"generic"}, "scales", outcomes_name)
    scales = _instruments(scales_table.get("generic", []), "scales.generic", outcomes_name)
    safety = _table(outcomes.get("safety", {}), "safety", outcomes_name)
    _only_keys(safety, {"harms", "relapses"}, "safety", outcomes_name)
    _only_keys(techniques, {"techniques", "comparators"}, "", techniques_name)
    return Vocabulary(
        domains=domains,
        scales=scales,
        techniques=_terms(techniques.get("techniques"), "techniques", techniques_name),
        comparators=_terms(techniques.get("comparators"), "comparators", techniques_name),
        harms=_strings(safety.get("harms", []), "safety.harms", outcomes_name),
        relapses=_strings(safety.get("relapses", []), "safety.relapses", outcomes_name),
    )


def _domain(key: str, value: Any, file: str) -> Domain:
    where = f"domains.{key}"
    table = _table(value, where, file)
    allowed = {
        "label",
        "polarity",
        "synonyms",
        "inverse_synonyms",
        "instruments",
        "safety",
        "also_an_activity",
        "faster_is_better",
        "not_when_preceded_by",
        "not_when_followed_by",
    }
    _only_keys(table, allowed, where, file)
    safety, activity, faster = (
        _flag(table, name, where, file) for name in ("safety", "also_an_activity", "faster_is_better")
    )
    return Domain(
        key=key,
        label=_string(table.get("label", key), f"{where}.label", file),
        synonyms=_strings(table.get("synonyms", []), f"{where}.synonyms", file),
        inverse_synonyms=_strings(table.get("inverse_synonyms", []), f"{where}.inverse_synonyms", file),
        instruments=_instruments(table.get("instruments", []), f"{where}.instruments", file),
        polarity=_checked_polarity(table.get("polarity"), f"{where}.polarity", file),
        safety=safety,
        also_an_activity=activity,
        faster_is_better=faster,
        not_when_preceded_by=_lookalike_words(
            table.get("not_when_preceded_by", []), f"{where}.not_when_preceded_by", file, preceding=True
        ),
        not_when_followed_by=_lookalike_words(
            table.get("not_when_followed_by", []), f"{where}.not_when_followed_by", file, preceding=False
        ),
    )


def _flag(table: dict[str, Any], name: str, where: str, file: str) -> bool:
    value = table.get(name, False)
    if not isinstance(value, bool):
        raise InputError(f"{file}: field '{where}.{name}' must be true or false")
    return value


def _lookalike_words(value: Any, where: str, file: str, preceding: bool) -> tuple[str, ...]:
    phrases = _strings(value, where, file)
    for phrase in phrases:
        problem = lookalike_problem(phrase, preceding)
        if problem:
            raise InputError(f"{file}: field '{where}' {problem}")
    return phrases


def lookalike_problem(phrase: str, preceding: bool) -> str | None:
    """What is wrong with a ``not_when_preceded_by`` (``preceding``) or ``not_when_followed_by``
    phrase, for a message naming its field; None if nothing. A phrase must name a word, as a
    lone ``*`` (any word at all) or a stray hyphen would take the domain's word away everywhere,
    and a preceding one must fit in the characters looked at, or it would silently never match.
    """
    if not any(char.isalnum() for char in phrase):
        return (
            f"has {phrase!r}, which names no word; give words such as "
            '"test" or "* level" ("*" stands for the rest of a word, or alone for any one word)'
        )
    if preceding and len(phrase) >= _PRECEDING_REACH:
        return (
            f"has {phrase!r}, longer than the {_PRECEDING_REACH - 1} characters read before a "
            "domain's word; give only its last word or two"
        )
    return None


def _instruments(value: Any, where: str, file: str) -> tuple[Instrument, ...]:
    if not isinstance(value, list):
        raise InputError(f"{file}: field '{where}' must be a list of tables")
    instruments = []
    for index, item in enumerate(value):
        here = f"{where}[{index}]"
        table = _table(item, here, file)
        _only_keys(
            table,
            {"name", "abbreviations", "polarity", "not_when_followed_by", "subscales_alike"},
            here,
            file,
        )
        polarity = table.get("polarity")
        instruments.append(
            Instrument(
                name=_string(table.get("name"), f"{here}.name", file),
                abbreviations=_strings(table.get("abbreviations", []), f"{here}.abbreviations", file),
                polarity=None if polarity is None else _checked_polarity(polarity, f"{here}.polarity", file),
                not_when_followed_by=_lookalike_words(
                    table.get("not_when_followed_by", []),
                    f"{here}.not_when_followed_by",
                    file,
                    preceding=False,
                ),
                subscales_alike=_flag(table, "subscales_alike", here, file),
            )
        )
    return tuple(instruments)


def _terms(value: Any, where: str, file: str) -> tuple[Term, ...]:
    table = _table(value, where, file)
    terms = []
    for key, item in table.items():
        here = f"{where}.{key}"
        entry = _table(item, here, file)
        _only_keys(entry, _TERM_KEYS, here, file)
        generic, control_arm = (_flag(entry, name, here, file) for name in ("generic", "control_arm"))
        terms.append(
            Term(
                key=key,
                label=_string(entry.get("label", key), f"{here}.label", file),
                synonyms=_strings(entry.get("synonyms"), f"{here}.synonyms", file, non_empty=True),
                generic=generic,
                control_arm=control_arm,
                not_when_preceded_by=_lookalike_words(
                    entry.get("not_when_preceded_by", []),
                    f"{here}.not_when_preceded_by",
                    file,
                    preceding=True,
                ),
                not_when_followed_by=_lookalike_words(
                    entry.get("not_when_followed_by", []),
                    f"{here}.not_when_followed_by",
                    file,
                    preceding=False,
                ),
            )
        )
    return tuple(terms)


def _checked_polarity(value: Any, where: str, file: str) -> str:
    if value not in POLARITIES:
        raise InputError(f"{file}: field '{where}' must be 'lower_is_better' or 'higher_is_better'")
    return str(value)


def _table(value: Any, where: str, file: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise InputError(f"{file}: field '{where}' must be a table")
    return value


def _only_keys(table: dict[str, Any], allowed: set[str], where: str, file: str) -> None:
    for key in table:
        if key not in allowed:
            field = f"{where}.{key}" if where else key
            raise InputError(
                f"{file}: unknown field '{field}' (expected one of: {', '.join(sorted(allowed))})"
            )


def _string(value: Any, where: str, file: str) -> str:
    if not isinstance(value, str) or not value.strip():
        raise InputError(f"{file}: field '{where}' must be a non-empty string")
    return value


def _strings(value: Any, where: str, file: str, non_empty: bool = False) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise InputError(f"{file}: field '{where}' must be a list of non-empty strings")
    if non_empty and not value:
        raise InputError(f"{file}: field '{where}' must not be empty")
    return tuple(value)
