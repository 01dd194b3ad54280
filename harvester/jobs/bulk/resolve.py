"""Applying the inputs in order: a later version of a PMID replaces the earlier, a deletion removes it.

Workers write each input's parts on their own, in any order, so one PMID may have rows in the
part of a baseline file and of several update files. This last step of a run gives the answer
importing the files one by one into the store gives: each PMID keeps the rows of the last input
that has it, unless an input at or after that one withdrew it with ``<DeleteCitation>`` (an input's
deletions come after its own records, as NCBI puts them). The losing rows are removed from the
earlier parts, each part rewritten whole; rerunning the step changes nothing. NCBI never changes
a file once published; a file that does change is read again, but the rows it once removed from
earlier parts stay removed: after replacing an update file by different content, start a new DIR.

It reads only the ``pmid`` column of each records part, as integers: for the baseline and a year
of updates (~50 million rows) under 2 GB on the machine that runs the command, for a few seconds.
Studies and findings parts are rewritten before the records part, so if a run stops half-way the
records part still holds the PMIDs and the next run finishes the job.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from harvester.atomic import atomic_path
from harvester.errors import OutputError
from harvester.jobs.bulk.inputs import Done, part_path
from harvester.jobs.bulk.parts import COMPRESSION

__all__ = ["apply_in_order"]


def apply_in_order(out_dir: Path, done: Sequence[Done]) -> int:
    """Remove from the parts of ``done`` (in order) every row a later input replaced or deleted;
    returns how many records' rows were removed."""
    if len(done) < 2:
        return 0  # a single input's own repeats and deletions are settled by its worker
    pmids = [_pmids(out_dir, entry.name) for entry in done]
    losers = _losers(pmids, [np.array([int(p) for p in entry.deleted], dtype=np.int64) for entry in done])
    removed = 0
    for entry, own, lose in zip(done, pmids, losers):
        if lose.any():
            _drop(out_dir, entry.name, pa.array(own[lose]))
            removed += int(lose.sum())
    return removed


def _pmids(out_dir: Path, name: str) -> np.ndarray:
    path = part_path(out_dir, "records", name)
    column = pq.read_table(path, columns=["pmid"]).column("pmid")
    try:
        return pc.cast(column, pa.int64()).to_numpy()
    except (pa.ArrowInvalid, pa.ArrowNotImplementedError):
        raise OutputError(f"{path}: a PMID is not a number; delete the folder and run again") from None


def _losers(pmids: Sequence[np.ndarray], deleted: Sequence[np.ndarray]) -> list[np.ndarray]:
    """For each input, a mask of its PMIDs that a later input (or a deletion) overrides.

    Every row is ranked 2 x its input's position (+1 for a deletion): sorting by PMID then rank
    puts each PMID's deciding entry last in its run, and a record wins only if it is that entry.
    """
    ids = np.concatenate([*pmids, *deleted])
    ranks = np.concatenate(
        [np.full(len(p), 2 * i, np.int32) for i, p in enumerate(pmids)]
        + [np.full(len(d), 2 * i + 1, np.int32) for i, d in enumerate(deleted)]
    )
    order = np.lexsort((ranks, ids))
    sorted_ids = ids[order]
    last = np.ones(len(order), dtype=bool)
    last[:-1] = sorted_ids[1:] != sorted_ids[:-1]
    wins = np.empty(len(order), dtype=bool)
    wins[order] = last
    records = sum(len(p) for p in pmids)
    losing = ~wins[:records]  # the records' entries come first in ``ids``
    bounds = np.cumsum([0, *(len(p) for p in pmids)])
    return [losing[start:end] for start, end in itertools.pairwise(bounds)]


def _drop(out_dir: Path, name: str, pmids: pa.Array) -> None:
    """Rewrite the input's three parts without these PMIDs' rows, records last."""
    values = pc.cast(pmids, pa.string())
    for dataset in ("studies", "findings", "records"):
        path = part_path(out_dir, dataset, name)
        table = pq.read_table(path)
        kept = table.filter(pc.invert(pc.is_in(table.column("pmid"), value_set=values)))
        with atomic_path(path) as temp:
            pq.write_table(kept, temp, compression=COMPRESSION)
