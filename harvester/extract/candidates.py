"""The plain data the findings stages share: a candidate finding and what a sentence is read with.

Reading an abstract's findings runs in stages (``findings`` runs them in order): the outcomes a
sentence mentions (``mentions``), one finding per outcome from its stretch of a clause
(``outcome_finding``), what the rest of the clause adds to those (``rest_of_clause``) and, last,
one finding kept per outcome (``choice``). The stages pass these values on; keeping them here lets
each stage import them without importing another stage. ``restated`` is the one way to change a
candidate's finding, and ``outcome_key`` and ``segment_key`` the one way to tell that two
findings, or two mentions, are of the same outcome.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from functools import cached_property, lru_cache
from typing import Any

from harvester.extract.lists import CONTENT_WORD
from harvester.extract.patterns import CHANGE_NOUNS, Caseless, compiled
from harvester.extract.readings import Role
from harvester.extract.types import OTHER_DOMAIN, Evidence, Finding
from harvester.extract.vocabulary import DomainMatch


@dataclass(frozen=True)
class Candidate:
    """A finding read from one statement, before one is kept per outcome (``choice``)."""

    finding: Finding
    from_results: bool
    by_reference: bool = False  # "for any of the outcome measures": the methods' list
    # between groups, the comparator is named in the statement's own words: where the abstract names
    # several for one outcome ("lower than with usual care, but not than with sham"), kept apart
    own_comparator: bool = False
    # which of its domain's measures the finding reads (``DomainMatch.measure_key``): an
    # instrument, the domain's inverse words or its own words, which ``choice`` may keep apart
    measure_key: str = ""
    # the dose a clause sets beside another's ("greater with 10 mg than placebo, but not with 5 mg"):
    # that dose's arm, whose finding ``choice`` keeps apart
    dose: str = ""


@dataclass(frozen=True)
class Known:
    """What the whole abstract tells about its outcomes, for reading any one sentence."""

    primary: list[DomainMatch]  # the outcome the methods call primary
    reported: list[DomainMatch]  # the outcomes the results name, where the methods list none
    scored: dict[str, str]  # domains whose instrument runs against the domain's usual way
    spelled: dict[str, str]  # abbreviations the abstract defines, with their long forms
    scales: dict[str, DomainMatch]  # the outcome each generic rating scale rates here ("VAS": pain)
    starts: frozenset[str]  # the short names the abstract defines for its baseline ("baseline (BL)")
    # reads the outcomes the methods list, for "any of the outcome measures" (``meant``)
    read_listed: Callable[[], list[DomainMatch]]
    # the short names the abstract defines for its arms ("balance training (BT)": "BT")
    arm_names: frozenset[str] = frozenset()
    # the words of the arms a title compares ("Ferazol versus dorinol for migraine")
    titled_arms: frozenset[str] = frozenset()

    @cached_property
    def meant(self) -> list[DomainMatch]:
        """What "any of the outcomes" means here: the outcomes the methods list, else those the
        results name. Read on first use: few results speak of any outcome, and reading the
        methods' lists costs about as much as a sentence's findings."""
        return self.read_listed() or self.reported


@dataclass(frozen=True)
class Arms:
    """Which arm a word names ("massage", "placebo": for results given as one number per arm) and
    which arm a label names ("Group T"), read once per abstract."""

    words: Role
    labels: dict[str, str]
    compared: frozenset[str] = frozenset()  # words of this study's comparators that no control arm is
    # words of the treatment a title names alone ("Aquatic exercise for ...")
    titled: frozenset[str] = frozenset()
    controls: frozenset[str] = frozenset()  # words of the arm the methods call the control
    # words of the other active arms the methods randomized to, each with its arm's name there
    others: dict[str, str] = field(default_factory=dict)
    short: frozenset[str] = frozenset()  # the arms' short names the abstract defines, lower case
    told: str = ""  # the methods (else the title), lowered: where a trial names its arms, the tested first
    doses: dict[str, str] = field(default_factory=dict)  # arms named by their doses: ``arms.dose_arms``
    # the title sets its tested arm against its comparator ("X versus Y"), not lists them ("X or Y")
    versus: bool = False


@dataclass(frozen=True)
class Statement:
    """One clause of a results or conclusions sentence, with what surrounds it."""

    clause: str
    sentence: str
    evidence: Evidence
    from_results: bool
    arms: Arms
    # the clause before it, whose numbers for each arm a clause of its own saying only that "the
    # difference between groups was significant" compares
    before: str = ""
    # the short names the abstract defines for its baseline ("baseline (BL)")
    starts: frozenset[str] = frozenset()
    # the results sentence before it, whose arms, each given a number, "Fatigue was 2.0 and 3.5,
    # respectively" follows in order
    sentence_before: str = ""


# A short name numbered after a hyphen: "IL-6" and "IL-10" are two outcomes, not none.
_NUMBERED_NAME = compiled(r"\b[a-z]{1,3}-\d+\w*")
# "LVEF ≤ 30%", "HbA1c < 7%": a threshold by its sign, as "below 7%" is by its word
_THRESHOLD_SIGN = compiled(r"(?:[<≤>≥]|&lt;|&gt;)=?\s*[−-]?\d+(?:[.,·]\d+)?")


def outcome_key(finding: Finding) -> tuple[str, frozenset[str]]:
    """Which outcome a finding is of: its domain, or, outside the vocabulary, the content words of
    the measure's name, its numbered short names and thresholds among them: "IL-10 and IL-6 were
    lower" reports on two measures, and "an LVEF ≤ 30%" (its share of patients) on another than
    the mean LVEF."""
    if finding.domain != OTHER_DOMAIN:
        return finding.domain, frozenset()
    return finding.domain, _name_words(finding.measure)


@lru_cache(maxsize=1024)
def _name_words(measure: str) -> frozenset[str]:
    """The words ``outcome_key`` reads in a measure's name. Cached: choosing findings asks for
    the key of each candidate many times over."""
    name = measure.lower()
    thresholds = ["".join(sign.split()) for sign in _THRESHOLD_SIGN.findall(name)]
    return frozenset(
        _NUMBERED_NAME.findall(name) + CONTENT_WORD.findall(_NUMBERED_NAME.sub(" ", name)) + thresholds
    )


def restated(candidate: Candidate, **fields: Any) -> Candidate:
    """The candidate with its finding's ``fields`` changed."""
    return replace(candidate, finding=replace(candidate.finding, **fields))


def segment_key(match: DomainMatch | Finding, apart: frozenset[str] = frozenset()) -> str:
    """Which outcome a mention (or a finding) names: its domain, or, outside the vocabulary, the
    measure as named; an instrument of a domain in ``apart`` (``instruments_apart``) is an outcome
    of its own."""
    if match.domain == OTHER_DOMAIN:
        return f"{OTHER_DOMAIN}:{match.measure}"
    if isinstance(match, DomainMatch) and match.domain in apart and match.is_instrument:
        return f"{match.domain}:{match.measure_key}"
    if isinstance(match, DomainMatch) and _IN_WORDS + match.domain in apart and not match.is_instrument:
        return f"{match.domain}:{_IN_WORDS}{match.measure.lower()}"
    return match.domain


_IN_WORDS = "words:"  # in ``instruments_apart``: a domain whose own words the clause names apart


def instruments_apart(matches: list[DomainMatch], clause: str) -> frozenset[str]:
    """The domains of which a clause names two instruments or more ("the Barthel Index improved
    (p = 0.01), whereas the FIM did not"): each instrument keeps its own result; and, marked
    ``words:``, those of which it names two measures apart in the domain's own words and no
    instrument ("gait velocity and stride length increased", two measures of walking, each its own
    finding); and those of which it names an instrument and, in the domain's own words, a measure
    whose better side is the other way, a change told between them ("reductions in pain and
    increases in the pressure pain threshold": what falls is not what rises; but "fatigue,
    assessed with the FACIT-F, was reduced" names the scale of the words' own measure)."""
    named: dict[str, set[str]] = {}
    worded: dict[str, set[str]] = {}
    for match in matches:
        if match.is_instrument:
            named.setdefault(match.domain, set()).add(match.measure_key)
        else:
            worded.setdefault(match.domain, set()).add(match.measure)
    apart = {domain for domain, instruments in named.items() if len(instruments) >= 2}
    apart.update(_worded_the_other_way(matches, clause))
    apart.update(
        _IN_WORDS + domain for domain, words in worded.items() if domain not in named and named_apart(words)
    )
    return frozenset(apart)


def _worded_the_other_way(matches: list[DomainMatch], clause: str) -> set[str]:
    """The domains of which a clause names an instrument and, in words, a measure of the opposite
    polarity, with a change told between the two: two measures, each changed its own way."""
    return {
        instrument.domain
        for instrument in matches
        for words in matches
        if instrument.is_instrument
        and not words.is_instrument
        and words.domain == instrument.domain
        and {instrument.polarity, words.polarity} == {"higher_is_better", "lower_is_better"}
        and _CHANGE_TOLD.search(clause[min(words.end, instrument.end) : max(words.start, instrument.start)])
    }


# A change told between two measures: "reductions in pain and increases in the PPT".
_CHANGE_TOLD = Caseless(
    rf"\b(?:{CHANGE_NOUNS}|increased|decreased|reduced|rose|fell|improved|lowered|raised|worsened)\b"
)


def named_apart(measures: set[str]) -> bool:
    """Whether the names of one domain's measures name two things or more: none of them within
    another ("stride length" beside "gait velocity"), where "pain" within "pain intensity" is one
    measure told at more length."""
    if len(measures) < 2:
        return False  # one name, one thing: no need to read its words
    words = {measure.lower(): frozenset(CONTENT_WORD.findall(measure.lower())) for measure in measures}
    nested = any(a <= b for x, a in words.items() for y, b in words.items() if x != y)
    return len(words) >= 2 and not nested


def share_no_word(measures: set[str]) -> bool:
    """Whether no two of the names share a word: "sway" and "falls" are two things, where "pain
    severity" and "pain intensity" may be one thing told two ways (``named_apart`` takes them
    apart only within one sentence, where each was said of its own)."""
    words = [frozenset(CONTENT_WORD.findall(measure.lower())) for measure in measures]
    return len(words) >= 2 and all(not a & b for i, a in enumerate(words) for b in words[i + 1 :])
