"""Later inputs replace and delete the rows of earlier ones, as importing them in order does."""

from __future__ import annotations

import numpy as np

from harvester.jobs.bulk.resolve import _losers


def losers(pmids: list[list[int]], deleted: list[list[int]]) -> list[list[int]]:
    """The PMIDs each input loses."""
    masks = _losers([np.array(p, np.int64) for p in pmids], [np.array(d, np.int64) for d in deleted])
    return [[pmid for pmid, lose in zip(p, mask) if lose] for p, mask in zip(pmids, masks)]


def test_the_last_input_holding_a_pmid_keeps_it() -> None:
    assert losers([[1, 2, 3], [2], [3, 2]], [[], [], []]) == [[2, 3], [2], []]


def test_a_deletion_removes_what_came_before_it_and_its_own_files_records() -> None:
    assert losers([[1, 2, 3], [4, 5]], [[], [1, 5, 99]]) == [[1], [5]]


def test_a_record_after_its_deletion_is_back() -> None:
    assert losers([[1, 2], [], [1]], [[], [1, 2], []]) == [[1, 2], [], []]


def test_inputs_that_share_nothing_lose_nothing() -> None:
    assert losers([[1, 2], [3], []], [[], [], [7]]) == [[], [], []]
