"""The extractor: one PubMed record in, its study facts, findings and safety notes out.

Rules over vocabularies (``data/*.toml``): every finding quotes the sentence it came from,
with offsets into ``Record.abstract_text``, so a reader can check it.
The store caches extractions by ``EXTRACTOR_VERSION``; bump it whenever the output for the same
record could change (rules or vocabulary files), and cached extractions are recomputed.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

from harvester.extract.facts import study_facts
from harvester.extract.findings import findings
from harvester.extract.reader.judge import judged
from harvester.extract.safety import safety_notes
from harvester.extract.structure import abstract_sentences
from harvester.extract.types import Extraction
from harvester.extract.vocabulary import ExtraDomainLike, Vocabulary
from harvester.models import Record

EXTRACTOR_VERSION = "4"

__all__ = ["EXTRACTOR_VERSION", "Extraction", "Vocabulary", "extract", "load_vocabulary"]


@lru_cache(maxsize=1)
def _packaged_vocabulary() -> Vocabulary:
    return Vocabulary.load()


def load_vocabulary(extra_domains: Iterable[ExtraDomainLike] = ()) -> Vocabulary:
    """The packaged vocabulary, plus a saved search's own domains where it has any."""
    extra = tuple(extra_domains)
    base = _packaged_vocabulary()
    return base.merged(extra) if extra else base


def extract(record: Record, vocabulary: Vocabulary | None = None) -> Extraction:
    """Read one record. Never raises on odd text: an unreadable abstract yields no findings."""
    vocabulary = vocabulary or load_vocabulary()
    facts = study_facts(record, vocabulary)
    sentences = abstract_sentences(record)
    found, not_reported = findings(record, vocabulary, facts, sentences)
    found = judged(found, sentences, facts.design)  # the rules read, the trained judge keeps what it trusts
    return Extraction(
        pmid=record.pmid,
        version=EXTRACTOR_VERSION,
        facts=facts,
        findings=tuple(found),
        measured_not_reported=tuple(not_reported),
        safety=tuple(safety_notes(record, sentences)),
    )
