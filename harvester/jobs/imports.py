"""Import PubMed files someone saved by hand (XML, XML.gz, MEDLINE .txt/.nbib) into the store.

An import is all or nothing: every file is parsed inside one store transaction, so a file that
fails half-way (truncated, not PubMed at all) leaves the store exactly as it was, and the error
names the file and line. Importing the same file twice changes nothing the second time. A daily
update file's ``<DeleteCitation>`` removes those records from the store once the file's own records
are in, so importing PubMed's files in order gives PubMed's current records.

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
from harvester.errors import InputError, NotPlainXml
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
    deleted: int = 0  # stored records that a file's <DeleteCitation> removed


@dataclass(frozen=True)
class ImportPlan:
    """How an import will run, decided from the files' sizes before anything is read."""

    paths: tuple[Path, ...]
    bulk_load: bool  # the store is taken for itself: each page written once
    two_cores: tuple[bool, ...]  # per file: cut into regions and read by the worker pool


def plan_import(paths: Iterable[Path], query: str | None, fast: bool | None = None) -> ImportPlan:
    """Check the inputs and decide the import's mode; raises before anything is stored.

    ``fast`` forces the two-core path on (True) or off (False); by default files larger than
    ``import_pool.FAST_PATH_MIN_BYTES`` take it.
    """
    paths = tuple(Path(path) for path in paths)
    if query is not None and not QUERY_NAME.match(query):
        raise InputError(f"--query '{query}': use lower-case letters, digits, '-' or '_' (e.g. massage-ms)")
    for path in paths:
        check_path(path)
    sizes = [path.stat().st_size for path in paths]
    two_cores = tuple(size > import_pool.FAST_PATH_MIN_BYTES if fast is None else fast for size in sizes)
    return ImportPlan(paths, bulk_load=sum(sizes) > BULK_MIN_BYTES, two_cores=two_cores)


def import_files(
    paths: Iterable[Path], store: Store, *, query: str | None = None, fast: bool | None = None
) -> ImportReport:
    """Store every record of ``paths``; with ``query``, attach them to that saved-search name.

    The query name need not have a file in queries/: an import can start a collection of its own
    (for example a PubMed web-site export), which the digest can then be built from. The import
    is one transaction: a bad file leaves the store as it was.

    Example::

        with Store.open(Path("data/harvester.sqlite")) as store:
            import_files([Path("pubmed-export.txt")], store, query="massage-ms")
    """
    plan = plan_import(paths, query, fast)
    with store.bulk_load() if plan.bulk_load else contextlib.nullcontext(), store.transaction():
        run_id = store.begin_run(query, kind="import")
        totals = AddResult()
        deleted = 0
        for path, two_cores in zip(plan.paths, plan.two_cores):
            added, removed = _import_file(path, store, query, run_id, two_cores)
            totals += added
            deleted += removed
        store.finish_run(
            run_id,
            status="complete",
            count=totals.total,
            fetched=totals.total,
            new=totals.new,
            refreshed=0,
            missing=0,
            message=f"imported {len(plan.paths)} file(s)",
        )
    return ImportReport(
        files=len(plan.paths),
        records=totals.total,
        new=totals.new,
        updated=totals.updated,
        skipped=totals.unchanged,
        run_id=run_id,
        deleted=deleted,
    )


def _import_file(
    path: Path, store: Store, query: str | None, run_id: int, two_cores: bool
) -> tuple[AddResult, int]:
    """What storing the file's records did, and how many stored records its deletions removed."""
    with progress(f"Importing {path.name}", unit="record", log=log) as step:
        if two_cores:
            rows = import_pool.file_rows(path, utf8=True)
            try:
                with store.savepoint():
                    added = store.add_rows(
                        _counted(itertools.chain.from_iterable(rows), step), query=query, run_id=run_id
                    )
                return added, store.delete_records(import_pool.deleted_pmids(path))
            except NotPlainXml:
                step.update(-step.done)  # undone by the savepoint; the streaming parser reads the file
            finally:
                rows.close()
        deleted: list[str] = []
        records = _counted(pubmed.iter_records(path, deleted=deleted), step)
        added = store.add_records(records, query=query, run_id=run_id)
        return added, store.delete_records(deleted)


def _counted(items: Iterable[T], step: Progress) -> Iterator[T]:
    """``items`` unchanged, each one counted on the step's progress as it passes."""
    for item in items:
        step.update()
        yield item
