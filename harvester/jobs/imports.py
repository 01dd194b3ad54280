"""Import PubMed files someone saved by hand (XML, XML.gz, MEDLINE .txt/.nbib) into the store.

An import is all or nothing: every file is parsed inside one store transaction, so a file that
fails half-way (truncated, not PubMed at all) leaves the store exactly as it was, and the error
names the file and line. Importing the same file twice changes nothing the second time.

A large XML file is read on two cores (``harvester.jobs.import_pool``); whatever that fast path cannot
vouch for is undone and read again by the streaming parser, so results and messages are the same.
Such an import also takes the store for itself while it writes (``Store.bulk_load``), which
writes each page once instead of twice.
"""

from __future__ import annotations

import contextlib
import itertools
import logging
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from harvester import pubmed
from harvester.errors import InputError
from harvester.jobs import import_pool
from harvester.progress import Progress, progress
from harvester.pubmed.files import check_path
from harvester.queries import QUERY_NAME
from harvester.store import AddResult, Store

log = logging.getLogger(__name__)
T = TypeVar("T")

BULK_MIN_BYTES = import_pool.FAST_PATH_MIN_BYTES  # files this large are written by a bulk load


@dataclass(frozen=True)
class ImportReport:
    files: int
    records: int  # records read from the files
    new: int  # stored for the first time
    updated: int  # already stored, content changed
    skipped: int  # already stored with identical content
    run_id: int


def import_files(
    paths: Iterable[Path], store: Store, *, query: str | None = None, fast: bool | None = None
) -> ImportReport:
    """Store every record of ``paths``; with ``query``, attach them to that saved-search name.

    The query name need not have a file in queries/: an import can start a collection of its own
    (for example a PubMed web-site export), which the digest can then be built from.
    ``fast`` forces the two-core path on (True) or off (False); by default files larger than
    ``import_pool.FAST_PATH_MIN_BYTES`` take it.
    """
    paths = [Path(path) for path in paths]
    if query is not None and not QUERY_NAME.match(query):
        raise InputError(f"--query '{query}': use lower-case letters, digits, '-' or '_' (e.g. massage-ms)")
    for path in paths:
        check_path(path)
    large = sum(path.stat().st_size for path in paths) > BULK_MIN_BYTES
    with store.bulk_load() if large else contextlib.nullcontext(), store.transaction():
        run_id = store.begin_run(query, kind="import")
        totals = AddResult()
        for path in paths:
            totals += _import_file(path, store, query, run_id, fast)
        store.finish_run(
            run_id,
            status="complete",
            count=totals.total,
            fetched=totals.total,
            new=totals.new,
            refreshed=0,
            missing=0,
            message=f"imported {len(paths)} file(s)",
        )
    return ImportReport(
        files=len(paths),
        records=totals.total,
        new=totals.new,
        updated=totals.updated,
        skipped=totals.unchanged,
        run_id=run_id,
    )


def _import_file(path: Path, store: Store, query: str | None, run_id: int, fast: bool | None) -> AddResult:
    if fast is None:
        fast = path.stat().st_size > import_pool.FAST_PATH_MIN_BYTES
    with progress(f"Importing {path.name}", unit="record", log=log) as step:
        if fast:
            rows = import_pool.file_rows(path, utf8=True)
            try:
                with store.savepoint():
                    return store.add_rows(
                        _counted(itertools.chain.from_iterable(rows), step), query=query, run_id=run_id
                    )
            except import_pool.Unusual:
                step.update(
                    -step.done
                )  # undone by the savepoint; the streaming parser reads the file instead
            finally:
                rows.close()
        return store.add_records(_counted(pubmed.iter_records(path), step), query=query, run_id=run_id)


def _counted(items: Iterable[T], step: Progress) -> Iterator[T]:
    """``items`` unchanged, each one counted on the step's progress as it passes."""
    for item in items:
        step.update()
        yield item
