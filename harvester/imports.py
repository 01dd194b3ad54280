"""Import PubMed files someone saved by hand (XML, XML.gz, MEDLINE .txt/.nbib) into the store.

An import is all or nothing: every file is parsed inside one store transaction, so a file that
fails half-way (truncated, not PubMed at all) leaves the store exactly as it was, and the error
names the file and line. Importing the same file twice changes nothing the second time.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from harvester import pubmed
from harvester.errors import InputError, RecordFileError
from harvester.queries import QUERY_NAME
from harvester.store import AddResult, Store


@dataclass(frozen=True)
class ImportReport:
    files: int
    records: int  # records read from the files
    new: int  # stored for the first time
    updated: int  # already stored, content changed
    skipped: int  # already stored with identical content
    run_id: int


def import_files(paths: Iterable[Path], store: Store, *, query: str | None = None) -> ImportReport:
    """Store every record of ``paths``; with ``query``, attach them to that saved-search name.

    The query name need not have a file in queries/: an import can start a collection of its own
    (for example a PubMed web-site export), which the digest can then be built from.
    """
    paths = [Path(path) for path in paths]
    if query is not None and not QUERY_NAME.match(query):
        raise InputError(f"--query '{query}': use lower-case letters, digits, '-' or '_' (e.g. massage-ms)")
    for path in paths:
        if not path.is_file():
            raise RecordFileError(f"{path}: file not found")
    with store.transaction():
        run_id = store.begin_run(query, kind="import")
        totals = AddResult()
        for path in paths:
            totals += store.add_records(pubmed.iter_records(path), query=query, run_id=run_id)
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
