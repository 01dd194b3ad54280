"""The extractor entry point: one record in, an Extraction out, whatever the text."""

from __future__ import annotations

import logging

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from harvester.extract import EXTRACTOR_VERSION, extract, load_vocabulary
from harvester.extract.types import (
    COMPARISONS,
    DESIGNS,
    DIRECTIONS,
    SAFETY_KINDS,
    extraction_from_dict,
    extraction_to_dict,
)
from harvester.models import MAX_ABSTRACT_CHARS, AbstractSection, Record
from harvester.queries import ExtraDomain, ExtraTerm, Topic
from support.demo_data import demo_records


def test_an_extraction_carries_the_pmid_and_the_extractor_version() -> None:
    extraction = extract(demo_records()["99000001"])
    assert (extraction.pmid, extraction.version) == ("99000001", EXTRACTOR_VERSION)
    assert extraction.facts.design == "randomized controlled trial"
    assert [f.domain for f in extraction.findings] == ["anxiety", "depression"]
    assert [s.kind for s in extraction.safety] == ["no_adverse_events"]


def test_extraction_is_deterministic_and_survives_the_store_round_trip() -> None:
    vocabulary = load_vocabulary()
    for record in demo_records().values():
        first, second = extract(record, vocabulary), extract(record, vocabulary)
        assert first == second
        assert extraction_from_dict(extraction_to_dict(first)) == first


def test_records_without_an_abstract_yield_no_findings() -> None:
    for pmid in ("99000015", "99000016"):
        extraction = extract(demo_records()[pmid])
        assert (extraction.findings, extraction.safety, extraction.facts.design) == ((), (), "other")


def test_the_hostile_demo_record_is_read_like_any_other() -> None:
    record = demo_records()["99000019"]
    assert record.abstract_text.startswith('=HYPERLINK("http://example.com","x")')
    (finding,) = extract(record).findings
    assert (finding.domain, finding.direction) == ("walking", "improved")


def test_an_absurdly_long_abstract_is_read_only_to_the_bound_with_a_warning_naming_it(
    caplog: pytest.LogCaptureFixture,
) -> None:
    # Fictional text: one results sentence, then the same filler until far beyond any abstract.
    results = "Pain decreased significantly more with massage than with usual care (p = 0.01). "
    filler = "Fatigue was measured weekly. " * (MAX_ABSTRACT_CHARS // 20)
    record = Record(pmid="99000901", abstract=(AbstractSection(results + filler),))
    with caplog.at_level(logging.WARNING):
        extraction = extract(record)
    assert "PMID 99000901" in caplog.text and "only the first 100,000 are read" in caplog.text
    assert [f.domain for f in extraction.findings] == ["pain"]
    assert extraction == extract(record.abstract_cut(MAX_ABSTRACT_CHARS))
    assert extract(record, max_chars=None).findings == extraction.findings  # the cut lost nothing here


def test_load_vocabulary_merges_a_saved_search_and_keeps_the_packaged_one_intact() -> None:
    merged = load_vocabulary(Topic(domains=(ExtraDomain("tremor", ("tremor",), (), "lower_is_better"),)))
    assert merged.find_domain("tremor") is not None
    assert load_vocabulary().find_domain("tremor") is None
    assert load_vocabulary(Topic()) is load_vocabulary()  # a search that adds no words


def test_a_saved_search_names_its_own_treatments_comparators_and_harms() -> None:
    """A topic outside the packaged vocabulary (fictional trial): the search's words name the
    treatment, the sham it was compared with, and the harm the safety notes report."""
    topic = Topic(
        techniques=(ExtraTerm("acupuncture", "acupuncture", ("acupuncture", "electroacupuncture")),),
        comparators=(ExtraTerm("sham_needling", "sham needling", ("sham needling",), control_arm=True),),
        harms=("needle pain",),
    )
    record = Record(
        pmid="1",
        title="Electroacupuncture versus sham needling for widget headache: a fictional trial",
        abstract=(
            AbstractSection(
                text="Sixty adults were randomised to electroacupuncture or sham needling. Pain decreased "
                "more with electroacupuncture than with sham needling (p = 0.01). Two participants "
                "reported needle pain."
            ),
        ),
        publication_types=("Randomized Controlled Trial",),
    )
    without = extract(record)
    extraction = extract(record, load_vocabulary(topic))

    assert (without.facts.interventions, without.safety) == ((), ())
    assert (extraction.facts.interventions, extraction.facts.comparators) == (
        ("acupuncture",),
        ("sham needling",),
    )
    assert [note.evidence.text for note in extraction.safety] == ["Two participants reported needle pain."]


WORDS = [
    "Pain", "fatigue", "MAS", "TUG", "decreased", "increased", "improved", "worsened", "did not differ",
    "significantly", "compared with", "usual care", "sham", "from baseline", "in the massage group only",
    "tended to", "may", "borderline", "p = 0.04", "p < 0.001", "(p = 0.2)", "95% CI 1.2 to 3.4", "follow-up",
    "at 12 weeks", "Forty-two patients were randomized", "no adverse events", "relapse", "should be avoided",
    "RESULTS:", "(", ")", ".", ". ", ";", "\n", "\n\n", " ", "-", "=HYPERLINK(\"x\")", "<i>", "é", "  ",
]  # fmt: skip
TEXT = st.lists(st.sampled_from(WORDS) | st.text(max_size=12), max_size=40).map(" ".join)
SECTIONS = st.lists(
    st.tuples(TEXT, st.sampled_from([None, "BACKGROUND", "METHODS", "RESULTS", "CONCLUSIONS", "Results"])),
    max_size=4,
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    title=TEXT, sections=SECTIONS, types=st.lists(st.sampled_from(["Review", "Case Reports", "Letter", "x"]))
)
def test_any_text_gives_an_extraction_with_valid_evidence(title, sections, types) -> None:
    record = Record(
        pmid="1",
        title=title,
        abstract=tuple(AbstractSection(text=text, label=label, category=label) for text, label in sections),
        publication_types=tuple(types),
    )
    extraction = extract(record)
    text = record.abstract_text
    assert extraction.facts.design in DESIGNS
    for finding in extraction.findings:
        assert text[finding.evidence.start : finding.evidence.end] == finding.evidence.text
        assert finding.direction in DIRECTIONS and finding.comparison in COMPARISONS
    for note in extraction.safety:
        assert text[note.evidence.start : note.evidence.end] == note.evidence.text
        assert note.kind in SAFETY_KINDS
