"""The extractor: one PubMed record in, its study facts, findings and safety notes out.

Rules over vocabularies (``data/*.toml``): every finding quotes the sentence it came from,
with offsets into ``Record.abstract_text``, so a reader can check it.
The store caches extractions by ``EXTRACTOR_VERSION``; bump it whenever the output for the same
record could change (rules or vocabulary files), and cached extractions are recomputed.
"""

from __future__ import annotations

import logging
from functools import lru_cache

from harvester.extract.choice import effects_left_open
from harvester.extract.facts import study_facts
from harvester.extract.findings import findings
from harvester.extract.reader.judge import judged
from harvester.extract.readings import is_controlled
from harvester.extract.safety import safety_notes
from harvester.extract.structure import abstract_sentences
from harvester.extract.types import Extraction
from harvester.extract.vocabulary import TopicLike, Vocabulary
from harvester.models import MAX_ABSTRACT_CHARS, Record

EXTRACTOR_VERSION = "27"

log = logging.getLogger(__name__)

__all__ = ["EXTRACTOR_VERSION", "Extraction", "Vocabulary", "extract", "load_vocabulary"]


@lru_cache(maxsize=1)
def _packaged_vocabulary() -> Vocabulary:
    return Vocabulary.load()


def load_vocabulary(topic: TopicLike | None = None) -> Vocabulary:
    """The packaged vocabulary, plus a saved search's own words where it has any."""
    base = _packaged_vocabulary()
    return base.merged(topic) if topic is not None and _adds_words(topic) else base


def _adds_words(topic: TopicLike) -> bool:
    return any((topic.domains, topic.techniques, topic.comparators, topic.harms, topic.relapses))


def extract(
    record: Record, vocabulary: Vocabulary | None = None, *, max_chars: int | None = MAX_ABSTRACT_CHARS
) -> Extraction:
    """Read one record. Never raises on odd text: an unreadable abstract yields no findings.

    An abstract longer than ``max_chars`` is read only that far, with a warning naming the
    record, so that one damaged or hostile record cannot hold up a whole digest.
    """
    if max_chars is not None and len(record.abstract_text) > max_chars:
        log.warning(
            "PMID %s: the abstract is %s characters long; only the first %s are read",
            record.pmid,
            f"{len(record.abstract_text):,}",
            f"{max_chars:,}",
        )
        record = record.abstract_cut(max_chars)
    vocabulary = vocabulary or load_vocabulary()
    facts = study_facts(record, vocabulary)
    sentences = abstract_sentences(record)
    found, not_reported = findings(record, vocabulary, facts, sentences)
    found = judged(found, sentences, facts.design)  # the rules read, the trained judge keeps what it trusts
    found = effects_left_open(found, is_controlled(facts))  # what neither settled: the arms compared
    return Extraction(
        pmid=record.pmid,
        version=EXTRACTOR_VERSION,
        facts=facts,
        findings=tuple(found),
        measured_not_reported=tuple(not_reported),
        safety=tuple(safety_notes(record, vocabulary, sentences)),
    )
