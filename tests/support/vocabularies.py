"""Fictional vocabulary files, written for tests that show the data driving the extractor."""

from __future__ import annotations

from pathlib import Path

from harvester.extract.vocabulary import Vocabulary


def vocabulary_with_comparator(
    folder: Path, domain: str, comparator: str, *, control_arm: bool
) -> Vocabulary:
    """One lower-is-better domain, the technique "gel", and a comparator whose synonym is
    ``comparator``, marked as the control arm or not."""
    outcomes, techniques = folder / "outcomes.toml", folder / "techniques.toml"
    outcomes.write_text(
        f'[domains.{domain}]\npolarity = "lower_is_better"\nsynonyms = ["{domain}"]\n', encoding="utf-8"
    )
    techniques.write_text(
        f'[techniques.gel]\nsynonyms = ["gel"]\n[comparators.mock]\nsynonyms = ["{comparator}"]\n'
        f"control_arm = {str(control_arm).lower()}\n",
        encoding="utf-8",
    )
    return Vocabulary.load(outcomes=outcomes, techniques=techniques)
