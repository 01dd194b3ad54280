"""Safety notes: harms, their absence, relapses and cautions, each with the sentence that says so.

A clinician weighing massage needs to see "no adverse events were reported" as much as "two
participants reported headache", so both are notes. Background sections are skipped: "stress is
linked to relapses" describes the disease, not the study.
"""

from __future__ import annotations

from harvester.extract.patterns import Caseless
from harvester.extract.structure import AbstractSentence, abstract_sentences
from harvester.extract.types import SafetyNote
from harvester.models import Record

_NO_ADVERSE_EVENTS = Caseless(
    r"\bno (?:serious |major |severe |significant |other )?(?:adverse (?:events?|effects?|reactions?)|"
    r"side[\s-]effects?|complications|harms?|safety concerns)\b|"
    r"\bwithout (?:any )?(?:adverse (?:events?|effects?)|side[\s-]effects?|complications)\b|"
    r"\bwell[\s-]tolerated\b|\b(?:is|was|were|are) (?:generally )?(?:regarded as |considered )?safe\b",
)
_ADVERSE_EVENTS = Caseless(
    r"\badverse (?:events?|effects?|reactions?)\b|\bside[\s-]effects?\b|\bheadaches?\b|\bdizziness\b|"
    r"\bbruis\w*|\bsoreness\b|\bnausea\b|\bfainting\b|"
    r"\bworsen\w*\s+(?:within|after)\b[^.]{0,80}?\b(?:session|massage|treatment)",
)
_RELAPSE = Caseless(r"\brelapses?\b|\bexacerbations?\b|\bflare-?ups?\b")
_CAUTION = Caseless(
    r"\bcaution\w*|\bcontraindicat\w*|\bshould be avoided\b|\bavoid(?:ed)?\b|\bshould not\b|"
    r"\buse with care\b|\bprecautions?\b",
)


def safety_notes(record: Record, sentences: list[AbstractSentence] | None = None) -> list[SafetyNote]:
    """Every safety statement in the abstract, in order; one note per kind per sentence
    (``sentences`` are its ``abstract_sentences``, when the caller has them already)."""
    notes = []
    for sentence in abstract_sentences(record) if sentences is None else sentences:
        if sentence.structured and sentence.role == "background":
            continue
        for kind in _kinds(sentence.evidence.text):
            notes.append(SafetyNote(kind=kind, evidence=sentence.evidence))
    return notes


def _kinds(text: str) -> list[str]:
    """The kinds of safety statement one sentence makes, in ``SAFETY_KINDS`` order."""
    kinds = []
    absent = list(_NO_ADVERSE_EVENTS.finditer(text))
    covered = [(m.start(), m.end()) for m in absent]
    present = [
        m for m in _ADVERSE_EVENTS.finditer(text)
        if not any(start <= m.start() < end for start, end in covered)
    ]  # fmt: skip
    if present:
        kinds.append("adverse_events")
    if absent:
        kinds.append("no_adverse_events")
    if _RELAPSE.search(text):
        kinds.append("relapse")
    if _CAUTION.search(text):
        kinds.append("caution")
    return kinds
