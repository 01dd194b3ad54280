"""Safety notes: harms, their absence, relapses and cautions, each with the sentence that says so.

A clinician weighing massage needs to see "no adverse events were reported" as much as "two
participants reported headache", so both are notes. Background sections are skipped: "stress is
linked to relapses" describes the disease, not the study.
"""

from __future__ import annotations

import re

from harvester.extract.patterns import Caseless, compiled
from harvester.extract.statements import (
    HARM_WORDS,
    a_clause_may_tell_a_harm,
    a_clause_may_tell_no_one_worsened,
    clause_spans,
    left_for_a_harm,
    tells_harm_of_a_few,
    tells_no_one_worsened,
)
from harvester.extract.structure import AbstractSentence, abstract_sentences
from harvester.extract.types import SafetyNote
from harvester.extract.vocabulary import Vocabulary
from harvester.models import Record

# The words every trial's safety reporting shares are here; those of a topic (the harms its
# treatment may cause, what a relapse of its condition is called, its techniques) are the
# vocabulary's ([safety] in outcomes.toml, techniques.toml).
_NO_ADVERSE_EVENTS = Caseless(
    rf"\bno (?:serious |major |severe |significant |other )?(?:{HARM_WORDS}|complications|harms?|"
    r"safety concerns)\b|"
    rf"\bwithout (?:any )?(?:{HARM_WORDS}|complications)\b|"
    r"\bwell[\s-]tolerated\b|\b(?:is|was|were|are) (?:generally )?(?:regarded as |considered )?safe\b",
)
# "numbness worsened within hours of the session": worse after the treatment, a harm of it.
_ADVERSE_EVENTS = Caseless(rf"\b(?:{HARM_WORDS})\b|\b(?P<worse>worsen)\w*\s+(?:within|after)\b")
_WORSENED_REACH = 80  # characters after "worsened after" within which the treatment is named
_A_SESSION = compiled(r"\b(?:session|treatment)", re.IGNORECASE)
_CAUTION = Caseless(
    r"\bcaution\w*|\bcontraindicat\w*|\bshould be avoided\b|\bavoid(?:ed)?\b|\bshould not\b|"
    r"\buse with care\b|\bprecautions?\b",
)


def safety_notes(
    record: Record, vocabulary: Vocabulary, sentences: list[AbstractSentence] | None = None
) -> list[SafetyNote]:
    """Every safety statement in the abstract, in order; one note per kind per sentence
    (``sentences`` are its ``abstract_sentences``, when the caller has them already)."""
    notes = []
    for sentence in abstract_sentences(record) if sentences is None else sentences:
        if sentence.structured and sentence.role == "background":
            continue
        for kind in _kinds(sentence.evidence.text, vocabulary):
            notes.append(SafetyNote(kind=kind, evidence=sentence.evidence))
    return notes


def _kinds(text: str, vocabulary: Vocabulary) -> list[str]:
    """The kinds of safety statement one sentence makes, in ``SAFETY_KINDS`` order."""
    kinds = []
    absent = [(m.start(), m.end()) for m in _NO_ADVERSE_EVENTS.finditer(text)]
    harms = [
        m.start()
        for m in _ADVERSE_EVENTS.finditer(text)
        if not m.group("worse") or _after_treatment(text, m.end(), vocabulary)
    ]
    harms += _harms_not_measured(text, vocabulary)
    harm_named = any(not any(start <= at < end for start, end in absent) for at in harms)
    if harm_named or _harm_without_its_word(text, vocabulary):
        kinds.append("adverse_events")
    if absent or (
        a_clause_may_tell_no_one_worsened(text)
        and any(tells_no_one_worsened(text[start:end]) for start, end in clause_spans(text))
    ):
        kinds.append("no_adverse_events")
    if vocabulary.names_a_relapse(text):
        kinds.append("relapse")
    if _CAUTION.search(text):
        kinds.append("caution")
    return kinds


def _harms_not_measured(text: str, vocabulary: Vocabulary) -> list[int]:
    """Where ``text`` names a harm the treatment may cause, but not as the first words of an
    outcome the trial measured: "headache frequency" and the "Headache Impact Test" are what a
    headache trial set out to lower, while "two patients reported headache" or "mild muscle
    soreness" (the harm ending the outcome's words) is a harm."""
    harms = vocabulary.match_harms(text)
    if not harms:
        return []
    outcomes = [(m.start, m.end) for m in vocabulary.match(text)]
    return [h.start for h in harms if not any(start <= h.start and h.end < end for start, end in outcomes)]


def _harm_without_its_word(text: str, vocabulary: Vocabulary) -> bool:
    """A harm with no harm word: a worsening a few people had, or one that passed ("two patients
    reported transient increased soreness"), or one people left the study for ("withdrew because
    of worsening pain"); any clause of the sentence."""
    return a_clause_may_tell_a_harm(text) and any(
        tells_harm_of_a_few(text[start:end])
        or left_for_a_harm(text[start:end], lambda reason: bool(vocabulary.match(reason)))
        for start, end in clause_spans(text)
    )


def _after_treatment(text: str, end: int, vocabulary: Vocabulary) -> bool:
    """Whether a session, a treatment or one of the techniques is named within reach of ``end``,
    in the same sentence."""
    stop = text.find(".", end)
    reach = text[end : min(len(text) if stop < 0 else stop, end + 2 * _WORSENED_REACH)]
    session = _A_SESSION.search(reach)
    named = ([session.start()] if session else []) + [m.start for m in vocabulary.match_techniques(reach)]
    return min(named, default=_WORSENED_REACH + 1) <= _WORSENED_REACH
