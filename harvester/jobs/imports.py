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
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from harvester import pubmed
from harvester.errors import InputError, RecordFileError
from harvester.jobs import import_pool
from harvester.queries import QUERY_NAME
from harvester.store import AddResult, Store

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
        if not path.is_file():
            raise RecordFileError(f"{path}: file not found")
    large = sum(path.stat().st_size for path in paths) > BULK_MIN_BYTES
    with store.bulk_load() if large else contextlib.nullcontext(), store.transaction():
        run_id = store.begin_run(query, kind="import")
        totals = AddResult()
        deleted = 0
        for path in paths:
            added, removed = _import_file(path, store, query, run_id, fast)
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
            message=f"imported {len(paths)} file(s)",
        )
    return ImportReport(
        files=len(paths),
        records=totals.total,
        new=totals.new,
        updated=totals.updated,
        skipped=totals.unchanged,
        run_id=run_id,
        deleted=deleted,
    )


def _import_file(
    path: Path, store: Store, query: str | None, run_id: int, fast: bool | None
) -> tuple[AddResult, int]:
    """What storing the file's records did, and how many stored records its deletions removed."""
    if fast is None:
        fast = path.stat().st_size > import_pool.FAST_PATH_MIN_BYTES
    if fast:
        rows = import_pool.file_rows(path, utf8=True)
        try:
            with store.savepoint():
                added = store.add_rows(itertools.chain.from_iterable(rows), query=query, run_id=run_id)
            return added, store.delete_records(import_pool.deleted_pmids(path))
        except import_pool.Unusual:
            pass  # undone by the savepoint; the streaming parser reads the file instead
        finally:
            rows.close()
    deleted: list[str] = []
    added = store.add_records(pubmed.iter_records(path, deleted=deleted), query=query, run_id=run_id)
    return added, store.delete_records(deleted)
