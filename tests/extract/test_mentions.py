"""Outcome mentions: which outcomes a sentence names."""

from __future__ import annotations

import pytest

from harvester.extract import load_vocabulary
from harvester.extract.mentions import outcome_mentions


@pytest.mark.parametrize(
    "words", ["when the subjects were sleep-deprived", "after a night of sleep restriction"]
)
def test_being_deprived_of_sleep_is_a_condition_not_a_sleep_outcome(words: str) -> None:
    assert outcome_mentions(words, load_vocabulary()) == []  # fictional
