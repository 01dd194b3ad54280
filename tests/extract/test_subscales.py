"""An instrument's parts named by their aspect: each part an outcome of the instrument's domain."""

from __future__ import annotations

import pytest

from harvester.extract import load_vocabulary
from harvester.extract.mentions import outcome_mentions
from harvester.extract.subscales import with_subscales


def _parts(sentence: str) -> list[tuple[str, str]]:
    found = with_subscales(outcome_mentions(sentence, load_vocabulary()), sentence)
    return [(m.domain, m.measure) for m in found]


@pytest.mark.parametrize(
    ("sentence", "parts"),
    [  # fictional
        (
            "MSIS-29 physical and psychological scores fell more with massage than with rest.",
            [("quality_of_life", "MSIS-29 physical"), ("quality_of_life", "MSIS-29 psychological")],
        ),
        (
            "The physical and psychological subscales of the MSIS-29 fell after reflexology.",
            [("quality_of_life", "MSIS-29 physical"), ("quality_of_life", "MSIS-29 psychological")],
        ),
        (
            "The MFIS physical, cognitive and psychosocial subscales fell after reflexology.",
            [("fatigue", "MFIS physical"), ("fatigue", "MFIS cognitive"), ("fatigue", "MFIS psychosocial")],
        ),
    ],
)
def test_each_listed_part_of_an_instrument_is_an_outcome_of_its_domain(
    sentence: str, parts: list[tuple[str, str]]
) -> None:
    assert _parts(sentence) == parts


def test_the_total_beside_its_parts_stays_the_instrument() -> None:
    sentence = "MFIS total and physical subscale scores fell after massage."  # fictional
    assert _parts(sentence) == [("fatigue", "MFIS"), ("fatigue", "MFIS physical")]


def test_a_part_named_by_its_aspect_alone_is_of_the_instrument_named_with_its_parts() -> None:
    sentence = (  # fictional
        "The MSIS-29 physical score fell in the massage group, while the psychological score did not change."
    )
    assert _parts(sentence) == [("quality_of_life", "MSIS-29"), ("quality_of_life", "MSIS-29 psychological")]


def test_an_aspect_alone_is_no_part_of_an_instrument_named_without_parts() -> None:
    sentence = "The MFIS fell after massage, whereas the physical score did not change."  # fictional
    assert _parts(sentence) == [("fatigue", "MFIS")]


def test_a_domain_s_words_among_an_instrument_s_parts_name_the_part_not_that_domain() -> None:
    sentence = "MFIS physical and cognitive scores were lower with massage than with rest."  # fictional
    assert _parts(sentence) == [("fatigue", "MFIS physical"), ("fatigue", "MFIS cognitive")]
