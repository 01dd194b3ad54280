"""Comparators: what a between-group result was set against, and which words name the tested arm.

A finding between groups names its comparator ("sham massage", "usual care"), preferring the one
named after "than" or "compared with", else the comparator arm the sentence names by the words the
arms' roles give it ("more bleeding in the heparin group than in the citrate group"). Words of this
study's tested treatment, by the arms' roles or as the treatment the title names alone, are never
its comparator; the study's active comparators that no control arm is are read once per abstract,
so that their results are not taken for the intervention's.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from harvester.extract.arms import labelled_against, other_arms
from harvester.extract.candidates import Arms
from harvester.extract.lists import CONTENT_WORD
from harvester.extract.patterns import compiled
from harvester.extract.readings import (
    FIRST_WORD_AGAINST,
    GIVEN_NONE,
    ranked_against_at,
    set_against_at,
    sets_against_a_named_arm,
    subject_span,
    untold_arm_against,
)
from harvester.extract.sentences import WORD
from harvester.extract.types import REVIEWS, StudyFacts
from harvester.extract.vocabulary import TermMatch, Vocabulary


def comparator_words(
    facts: StudyFacts, vocabulary: Vocabulary, others: Mapping[str, str], titled: frozenset[str] = frozenset()
) -> frozenset[str]:
    """The one-word names of this study's comparators that no control arm is ("relaxation"), and
    the words of the other active arms the methods randomized to (``others``, from
    ``other_arm_names``: "massage, ultrasound or control": ultrasound), its interventions' words
    left out: a control arm's result is read by the control-arm rules. So is the treatment the
    title names alone (``titled``) where a comparator's name is all of it: in "Exercise for
    multiple sclerosis", "lower with exercise" is the tested arm's (in "Aquatic exercise for ...",
    exercise may still be its comparator's)."""
    tested = _tested_words(facts)
    named = frozenset(
        synonym.lower()
        for term in vocabulary.comparators
        if term.label in facts.comparators and not term.control_arm
        for synonym in term.synonyms
        if " " not in synonym and "-" not in synonym and synonym.lower() not in tested
    )
    if titled and titled <= named:
        named -= titled
    return named | frozenset(others)


def other_arm_names(facts: StudyFacts, vocabulary: Vocabulary, methods: list[str]) -> dict[str, str]:
    """The words of the other active arms the methods randomized to, each with its arm's name
    there ("massage, ultrasound therapy or control": ultrasound, of ultrasound therapy)."""
    tested = _tested_words(facts)
    return other_arms(methods, vocabulary, tested) if methods and tested else {}


def _tested_words(facts: StudyFacts) -> frozenset[str]:
    return frozenset(word for label in facts.interventions for word in CONTENT_WORD.findall(label.lower()))


def comparator(sentence: str, facts: StudyFacts, vocabulary: Vocabulary, arms: Arms) -> str | None:
    """The comparator a between-group result names, preferring one named after "than" or
    "compared with": in "lower in the relaxation group than in the control group" relaxation is
    the arm compared, control what it was compared with. A comparator's words that name this
    study's tested arm ("aquatic exercise or a wait-list": exercise) are not its comparator.
    Where it sets its subject arm against an arm of no told role, that arm by name; where it
    names the tested arm's and the comparator's labels, the comparator's label (of three arms, the
    study's first comparator may be another); where the sentence names none, the study's."""
    named = named_comparator(sentence, vocabulary, arms) or _without_the_tested(sentence, arms)
    if named is not None:
        return named
    if _set_against_a_tested_arm(sentence, arms):
        # "lower with 8 mg than with 4 mg": two tested arms, not the study's comparator; "more in the
        # heparin group than in the citrate group": the comparator's result against the tested arm
        return comparator_arm_named(sentence, arms)
    untold = untold_arm_against(sentence, arms.words)
    if untold is not None:
        return untold  # "higher in the air group than in the saline group": against saline
    if sets_against_a_named_arm(sentence, arms.words):
        return None  # "than in those given drug A alone", of three arms: not the placebo arm
    labelled = labelled_against(sentence, arms.labels)
    if labelled is not None:
        return labelled  # "more in group A than in group C": group C, whichever arm the study lists first
    synonyms: dict[str, list[str]] = {}  # by label: two tables may share one ("rest", "no treatment")
    for term in vocabulary.comparators:
        synonyms.setdefault(term.label, []).extend(term.synonyms)
    kept = [
        label
        for label in facts.comparators
        if not any(_tested(word, arms) for word in synonyms.get(label, ()))
    ]
    if len(kept) > 1 and facts.design in REVIEWS:
        return None  # a review's pooled result against "no intervention or other exercise": no one of them
    if kept:
        return kept[0]
    return comparator_arm_named(sentence, arms)


# "no-massage periods", "the no massage condition": the periods or the arm without the tested treatment.
_NO_TESTED = compiled(
    r"\bno[\s-](?P<what>[a-z][\w]*)(?=[\s-]+(?:periods?|phases?|sessions?|days?|conditions?|groups?|arms?)\b)"
)


def _without_the_tested(sentence: str, arms: Arms) -> str | None:
    """The periods or arm a sentence names as those without the tested treatment ("lower during
    massage periods than during no-massage periods", of a crossover trial), as written: the
    comparator, though no vocabulary comparator names it. None where it names none."""
    for said in _NO_TESTED.finditer(sentence.lower()):
        if arms.words(said.group("what")) == "INT":
            return sentence[said.start() : said.end()].lower()
    return None


# "between the massage and combined groups": two arms, each named by a word or two of its own.
_BETWEEN_TWO_ARMS = compiled(
    r"\bbetween (?:the )?(?P<a>[\w-]+(?: [\w-]+)?) and (?:the )?(?P<b>[\w-]+(?: [\w-]+)?) (?:groups|arms)\b",
    re.IGNORECASE,
)


def other_of_the_two(sentence: str, facts: StudyFacts, arms: Arms) -> str | None:
    """The arm, as written, that a sentence sets the tested treatment alone against between the
    two, where no word of it names the comparator ("no difference between the massage and combined
    groups", of massage, exercise or both combined): a third arm, not the study's comparator, which
    a reader would take the result to be against. None where the sentence names no such two."""
    said = _BETWEEN_TWO_ARMS.search(sentence)
    if said is None:
        return None
    tested = _tested_words(facts)
    for alone, other in ((said.group("a"), said.group("b")), (said.group("b"), said.group("a"))):
        words = CONTENT_WORD.findall(other.lower())
        if (
            _names_only(alone, tested)
            and not _names_only(other, tested)
            and "CMP" not in map(arms.words, words)
        ):
            return other
    return None


def _names_only(words: str, tested: frozenset[str]) -> bool:
    """Whether the words name the tested treatment and nothing else ("massage", not "massage plus
    exercise" nor "combined")."""
    said = set(CONTENT_WORD.findall(words.lower()))
    return bool(said) and said <= tested


# What may stand between two words of one arm's name: a space or a hyphen.
_IN_ONE_NAME = compiled(r"[\s-]+")


def comparator_arm_named(sentence: str, arms: Arms) -> str | None:
    """The comparator arm a sentence names by the words the arms' roles give it and no vocabulary
    comparator is ("heparin" of "more bleeding in the heparin group than in the citrate group",
    where citrate was compared with heparin), as written: the run of such words just after "than"
    or "compared with", else the first that names a group ("the usual bowel care group"), else the
    first of all; a run that names a group runs on to "group" ("usual bowel care", not "usual").
    A result turned round for the tested arm names what it was set against, not nothing, which a
    reader takes for the study's control arm. None where the sentence names no such word ("lower
    with 8 mg than with 4 mg": two tested arms)."""
    low = sentence.lower()
    runs = [run + _rest_of_its_name(low, run[-1].end(), arms) for run in _comparator_runs(low, arms)]
    if not runs:
        return None
    at = set_against_at(sentence)
    after = [run for run in runs if at is not None and 0 <= run[0].start() - at <= _JUST_AFTER]
    grouped = [run for run in runs if _GROUP_NEXT.match(low, run[-1].end())]
    run = (after or grouped or runs)[0]
    named = sentence[run[0].start() : run[-1].end()]
    return named.lower() if named[1:].islower() else named  # "Heparin caused ...": heparin; "ZX-417" kept


def _comparator_runs(low: str, arms: Arms) -> list[list[re.Match[str]]]:
    """Each run of words the arms' roles give the comparator, joined by spaces or hyphens, as the
    arms' roles read words: "zx" and "417" of "ZX-417"."""
    runs: list[list[re.Match[str]]] = []
    for word in WORD.finditer(low):
        if arms.words(word.group()) != "CMP":
            continue
        if runs and _IN_ONE_NAME.fullmatch(low, runs[-1][-1].end(), word.start()):
            runs[-1].append(word)
        else:
            runs.append([word])
    return runs


# "plain massage group", "sham-massage arm", "plain massage condition": the rest of an arm's name,
# up to "group", "arm" or "condition".
_REST_OF_AN_ARMS_NAME = compiled(r"(?P<words>(?:[\s-]+[a-z][\w]*){1,2}?)[\s-]+(?:group|arm|condition)s?\b")
# "group", "arm" or "condition" just after a name.
_GROUP_NEXT = compiled(r"[\s-]+(?:group|arm|condition)s?\b")
# Words that join two arms' names rather than run on in one: "the usual care and massage groups".
_JOINING = frozenset(["and", "or", "plus", "with", "versus", "vs", "than", "in", "to", "the", "of"])


def _rest_of_its_name(low: str, end: int, arms: Arms) -> list[re.Match[str]]:
    """The words that end a comparator arm's name after its own, up to "group", "arm" or
    "condition": the tested treatment's ("the plain massage group" of a trial of aromatherapy
    massage: plain massage, not plain) or words of no arm's ("the usual bowel care group", where
    "bowel", a domain's word, names neither arm: usual bowel care, not usual); none where no such
    word follows, or one joins two arms' names."""
    rest = _REST_OF_AN_ARMS_NAME.match(low, end)
    if rest is None:
        return _tested_word_of_its_told_name(low, end, arms)
    words = list(WORD.finditer(low, rest.start("words"), rest.end("words")))
    return [] if any(word.group() in _JOINING for word in words) else words


# The next word after a name: "massage" after "unscented".
_NEXT_WORD = compiled(r"[\s-]+(?P<word>[a-z][\w]*)")


def _tested_word_of_its_told_name(low: str, end: int, arms: Arms) -> list[re.Match[str]]:
    """The tested treatment's word that ends a comparator arm's name as the methods name it:
    "than with unscented massage" of a trial randomized to aromatherapy massage or unscented
    massage is unscented massage, not unscented; none where the methods name no arm so."""
    after = _NEXT_WORD.match(low, end)
    if after is None or arms.words(after.group("word")) != "INT":
        return []
    start = low.rfind(" ", 0, end) + 1
    return [after] if re.search(rf"\b{re.escape(low[start : after.end()])}\b", arms.told) else []


_JUST_AFTER = 16  # characters from "than" or "compared with" to the arm it names ("in the ")


def named_comparator(text: str, vocabulary: Vocabulary, arms: Arms, *, specific: bool = False) -> str | None:
    """The comparator the text itself names, preferring the one named just after "than" or
    "compared with" ("compared with the control group, whereas relaxation did not": control, the
    other arm named later), else one after it, and one more specific than "control"; with
    ``specific``, only such a one; "superior to" or "outperformed" names it as "than" does. Where
    the tested arm comes just after "than", the result is the subject's, set against it and the
    arms listed with it ("higher in the control group than in the massage and relaxation groups":
    control). None where it names none."""
    generic = {t.key for t in vocabulary.comparators if t.generic}
    named = [m for m in vocabulary.match_comparators(text) if not _tested(m.text, arms)]
    at = set_against_at(text)
    if at is None:
        at = ranked_against_at(text)  # "yoga and massage were superior to control": control
    if at is not None:
        after = sorted((m for m in named if m.start >= at), key=lambda m: m.start)
        if after and after[0].start - at <= _JUST_AFTER:
            named = after[:1]
        elif (arm := _other_arm_just_after(text, at, arms)) is not None:
            return arm
        elif _tested_just_after(text, at, arms) and (subject := _in_the_subject(text, named)):
            named = subject
        else:
            named = after or named
    labels = [m.label for m in named if m.key not in generic] or (
        [] if specific else [m.label for m in named]
    )
    return labels[0] if labels else None


def _other_arm_just_after(text: str, at: int, arms: Arms) -> str | None:
    """The name the methods give the other active arm named just after "than" ("than in the
    ultrasound group": ultrasound therapy, where the methods randomized to massage, ultrasound
    therapy or control); None where another word comes first."""
    first = FIRST_WORD_AGAINST.match(text, at)
    return arms.others.get(first.group("word").lower()) if first else None


def _in_the_subject(text: str, named: list[TermMatch]) -> list[TermMatch]:
    """The comparators named in the statement's subject, the arm whose result it gives."""
    span = subject_span(text)
    return [m for m in named if span[0] <= m.start < span[1]] if span else []


def _tested_just_after(text: str, at: int, arms: Arms) -> bool:
    """Whether the first word after "than" names the tested arm ("than in the massage group")."""
    first = FIRST_WORD_AGAINST.match(text, at)
    return first is not None and _tested(first.group("word"), arms)


# What follows "than" or "compared with", up to the next stop, bracket or number: "with 4 mg",
# "in the Thai massage group".
_AGAINST_WORDS = compiled(r"[^,;()]{0,40}")
_A_DOSE = compiled(r"\b\d+(?:[.·]\d+)?\s*(?:mg|g|µg|mcg|micrograms?|microg|ml|iu|units?)\b", re.IGNORECASE)
# "than at the lower doses", "than with the other doses": the study's other doses, told by no number.
_OTHER_DOSES = compiled(r"(?:lower|higher|smaller|larger|other)\s+doses?\b", re.IGNORECASE)
_ARM_FILLER = compiled(
    r"\b(?:in|with|at|to|for|after|the|those|that|of|group|groups|arm|arms|given|receiving)\b"
)


def _set_against_a_tested_arm(sentence: str, arms: Arms) -> bool:
    """Whether a sentence sets its subject against a dose ("than with 4 mg", "than at the lower
    doses") or an arm named only by the tested arm's words ("than with Thai massage", all arms
    massage): another tested arm, not the study's comparator."""
    at = set_against_at(sentence)
    if at is None:
        return False
    against = _AGAINST_WORDS.match(sentence, at)
    words = _ARM_FILLER.sub(" ", against.group() if against else "").strip()
    return bool(_A_DOSE.match(words) or _OTHER_DOSES.match(words)) or _tested(words, arms)


def _tested(words: str, arms: Arms) -> bool:
    """Whether the words name this study's tested arm and not its comparator: by the arms' roles,
    or as the treatment the title names alone."""
    if GIVEN_NONE.match(words):
        return False  # "no treatment", "no intervention": the arm given none of it
    said = CONTENT_WORD.findall(words.lower())
    return bool(said) and (all(arms.words(word) == "INT" for word in said) or set(said) <= arms.titled)


# A title that names what was tested, then what for: "Aquatic exercise for fatigue in MS", or what it
# followed: "Exercise therapy after stroke".
_TITLE_TREATMENT = compiled(
    r"^\W*(?:(?:the )?effects? of |an? )?(?P<treatment>[^:;,.()]{3,60}?) "
    r"(?:for|in|on|among|after|following)\b"
)
# A title that names two arms, or one added to another: no one treatment is the tested one.
_TITLE_COMPARES = compiled(
    r"\b(?:versus|vs|compared|comparison|or|and|plus|with|added|combined|combination|adjunct\w*|than)\b|\+"
)


# "Music therapy and gait in Parkinson's disease": a treatment, then what it was studied for.
_TREATMENT_AND_ITS_OUTCOME = compiled(r"^(?P<treatment>[^:;,.()]{3,40}?) and (?P<what>[^:;,.()]{3,40})$")


def title_treatment(title: str, vocabulary: Vocabulary) -> frozenset[str]:
    """The words of the one treatment a title names as tested ("Aquatic exercise for fatigue in
    multiple sclerosis": aquatic, exercise), or names before "and" what it was studied for
    ("Exercise and cognitive function in ...", no treatment after "and"); none where the title
    compares arms or names a control."""
    said = _TITLE_TREATMENT.match(title.lower())
    if said is None:
        return frozenset()
    treatment = said.group("treatment")
    if _TITLE_COMPARES.search(treatment):
        both = _TREATMENT_AND_ITS_OUTCOME.match(treatment)
        if (
            both is None
            or _TITLE_COMPARES.search(both.group("treatment"))
            or _names_a_treatment(both.group("what"), vocabulary)
        ):
            return frozenset()
        treatment = both.group("treatment")
    if vocabulary.names_the_control_arm(treatment):
        return frozenset()
    return frozenset(CONTENT_WORD.findall(treatment))


def _names_a_treatment(words: str, vocabulary: Vocabulary) -> bool:
    """Whether the words name a technique or a comparator of the vocabulary ("massage", "usual care")."""
    return bool(vocabulary.match_techniques(words) or vocabulary.match_comparators(words))
