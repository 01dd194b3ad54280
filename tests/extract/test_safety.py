"""Safety notes: harms, their absence, relapses and cautions, each quoting its sentence."""

from __future__ import annotations

from pathlib import Path

import pytest

from harvester.extract import load_vocabulary
from harvester.extract.safety import safety_notes
from harvester.extract.vocabulary import Vocabulary
from harvester.models import AbstractSection, Record
from support.demo_data import demo_records

# Every safety note in the fictional demo records, in order: (pmid, kind, sentence).
EXPECTED = [
    ("99000001", "no_adverse_events", "No adverse events were reported."),
    ("99000004", "adverse_events", "Two participants reported mild headache after the sessions."),
    (
        "99000006",
        "relapse",
        "Over 2 years of follow-up, the annualized relapse rate did not differ between massage users and non-users (rate ratio 0.96, 95% CI 0.71 to 1.30).",
    ),
    ("99000006", "relapse", "Massage use was not associated with a higher risk of relapse."),
    (
        "99000007",
        "adverse_events",
        "Her leg numbness worsened within hours of the session and resolved within 3 days.",
    ),
    (
        "99000007",
        "caution",
        "Vigorous pressure should be avoided over areas of reduced sensation in people with MS.",
    ),
    ("99000008", "no_adverse_events", "The procedure was well tolerated."),
    ("99000010", "no_adverse_events", "No serious adverse events were reported in the included trials."),
    ("99000013", "no_adverse_events", "Massage is generally regarded as safe."),
    (
        "99000013",
        "caution",
        "Deep pressure should be avoided over areas of reduced sensation, and heat should be used with caution in heat-sensitive patients.",
    ),
    ("99000019", "no_adverse_events", "No adverse events occurred."),
    ("99000026", "no_adverse_events", "Abdominal massage was well tolerated."),
    (
        "99000030",
        "relapse",
        "One participant in the massage group experienced a relapse unrelated to the intervention.",
    ),
    ("99000031", "no_adverse_events", "Massage was well tolerated."),
    (
        "99000032",
        "adverse_events",
        "Mild bruising at the pressure points was reported by three participants.",
    ),
    ("99000033", "caution", "Massage should not replace disease-modifying treatment."),
    (
        "99000033",
        "caution",
        "Therapists should use caution with vigorous techniques in patients with osteoporosis.",
    ),
    ("99000034", "no_adverse_events", "No serious adverse events occurred."),
    ("99000035", "adverse_events", "Two patients reported transient dizziness after treatment."),
    ("99000035", "relapse", "One relapse occurred in the usual care group."),
]


@pytest.mark.parametrize("pmid", sorted(demo_records()))
def test_demo_safety_notes(pmid: str) -> None:
    record = demo_records()[pmid]
    notes = safety_notes(record, load_vocabulary())
    assert [(n.kind, n.evidence.text) for n in notes] == [(k, s) for p, k, s in EXPECTED if p == pmid]
    for note in notes:
        assert record.abstract_text[note.evidence.start : note.evidence.end] == note.evidence.text


def _kinds(*sections: AbstractSection, vocabulary: Vocabulary | None = None) -> list[str]:
    record = Record(pmid="1", abstract=sections)
    return [note.kind for note in safety_notes(record, vocabulary or load_vocabulary())]


@pytest.mark.parametrize(
    ("sentence", "kinds"),
    [
        ("No adverse events were reported.", ["no_adverse_events"]),
        (
            "There were no serious adverse events, but two participants had headaches.",
            ["adverse_events", "no_adverse_events"],
        ),
        ("Massage was well tolerated.", ["no_adverse_events"]),
        ("Three adverse events occurred, all mild.", ["adverse_events"]),
        ("One relapse occurred during follow-up.", ["relapse"]),
        ("Patients with relapsing-remitting MS were included.", []),
        ("Massage is contraindicated over areas of deep vein thrombosis.", ["caution"]),
        ("Fatigue worsened in the massage group compared with the control group.", []),
        ("Pain worsened after the second foot reflexology session.", ["adverse_events"]),
        ("Pain worsened after reflexology.", ["adverse_events"]),
        ("Pain worsened after 8 weeks in both groups.", []),
        ("The anti-nausea effect was comparable.", []),
        ("No side effects; one participant reported soreness.", ["adverse_events", "no_adverse_events"]),
        # fictional: a harm told without a harm word, and people who left for one
        ("Two patients reported transient increased muscle soreness.", ["adverse_events"]),
        ("A temporary increase in pain was reported by three participants.", ["adverse_events"]),
        ("One patient withdrew because of increased pain.", ["adverse_events"]),
        ("Two participants dropped out after experiencing worsening fatigue.", ["adverse_events"]),
        ("Three participants withdrew because they moved away.", []),
        ("Drop-out was mainly due to increased workload.", []),
        ("No patient reported increased spasticity.", ["no_adverse_events"]),
        ("No worsening of symptoms was observed.", ["no_adverse_events"]),
        ("Two participants left the study because their pain got worse.", ["adverse_events"]),
        ("No participant withdrew because of worsening pain.", []),
        ("Pain increased in the usual care group.", []),
        # fictional: a headache trial's outcomes are no harm of it, a headache reported is
        ("Headache frequency fell more with acupressure than with sham.", []),
        ("The Headache Impact Test score was lower after acupressure.", []),
        ("Two patients reported headache after acupressure.", ["adverse_events"]),
        ("Two participants reported mild muscle soreness after the first session.", ["adverse_events"]),
    ],
)
def test_safety_kinds(sentence: str, kinds: list[str]) -> None:
    assert _kinds(AbstractSection(text=sentence)) == kinds


def test_a_background_section_is_not_about_the_study() -> None:
    kinds = _kinds(
        AbstractSection(text="Stress can trigger relapses.", label="BACKGROUND", category="BACKGROUND"),
        AbstractSection(text="No relapses occurred.", label="RESULTS", category="RESULTS"),
    )
    assert kinds == ["relapse"]


# A fictional topic: cupping for migraine, with its own harms, relapses and technique.
CUPPING_OUTCOMES = """
[domains.migraine]
polarity = "lower_is_better"
synonyms = ["migraine days"]

[safety]
harms = ["blistering"]
relapses = ["migraine attack"]
"""
CUPPING_TECHNIQUES = """
[techniques.cupping]
synonyms = ["cupping"]

[comparators.sham]
synonyms = ["sham cupping"]
"""


def _cupping(tmp_path: Path) -> Vocabulary:
    outcomes, techniques = tmp_path / "outcomes.toml", tmp_path / "techniques.toml"
    outcomes.write_text(CUPPING_OUTCOMES, encoding="utf-8")
    techniques.write_text(CUPPING_TECHNIQUES, encoding="utf-8")
    return Vocabulary.load(outcomes=outcomes, techniques=techniques)


@pytest.mark.parametrize(
    ("sentence", "massage_ms", "cupping"),
    [
        # fictional sentences
        ("Two participants reported blistering.", [], ["adverse_events"]),
        ("Two participants reported headache.", ["adverse_events"], []),
        ("One migraine attack occurred.", [], ["relapse"]),
        ("One relapse occurred.", ["relapse"], []),
        ("Neck pain worsened within hours of cupping.", [], ["adverse_events"]),
        ("Neck pain worsened within hours of massage.", ["adverse_events"], []),
        ("No adverse events were reported.", ["no_adverse_events"], ["no_adverse_events"]),
    ],
)
def test_the_topic_s_safety_words_come_from_the_vocabulary_files(
    tmp_path: Path, sentence: str, massage_ms: list[str], cupping: list[str]
) -> None:
    section = AbstractSection(text=sentence)
    assert _kinds(section) == massage_ms
    assert _kinds(section, vocabulary=_cupping(tmp_path)) == cupping
