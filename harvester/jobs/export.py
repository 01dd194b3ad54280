"""Export stored records as JSON Lines or CSV, one row per record, in PMID order.

CSV cells are made safe for spreadsheets: a cell that begins with ``=``, ``+``, ``-``, ``@``, a tab
or a carriage return would be run as a formula by Excel or LibreOffice, and a PubMed title can
begin with any of them, so such a cell gets a leading single quote (``spreadsheet_safe``).
"""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Iterator
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import TextIO

from harvester.atomic import atomic_text_file
from harvester.errors import InputError
from harvester.models import Record
from harvester.report.text import clean, csv_cell
from harvester.store import Store

FORMATS = ("jsonl", "csv")


@dataclass(frozen=True)
class ExportRow:
    """The exported view of a record: plain values only, in the column order of the CSV."""

    pmid: str
    title: str
    abstract: str
    journal: str | None
    year: int | None
    doi: str | None
    pmcid: str | None
    authors: list[str]
    mesh: list[str]
    publication_types: list[str]
    languages: list[str]
    retracted: bool
    entrez_date: str | None

    @classmethod
    def from_record(cls, record: Record) -> ExportRow:
        """Every text passes ``clean``: no NUL, terminal escape or bidi control leaves the store."""
        authors = (clean(author.display_name) for author in record.authors)
        return cls(
            pmid=clean(record.pmid),
            title=clean(record.title),
            abstract=clean(record.abstract_text),
            journal=clean(record.journal.title or record.journal.iso_abbreviation) or None,
            year=record.year,
            doi=clean(record.doi) or None,
            pmcid=clean(record.pmcid) or None,
            authors=[name for name in authors if name],
            mesh=[clean(heading.descriptor) for heading in record.mesh],
            publication_types=[clean(kind) for kind in record.publication_types],
            languages=[clean(language) for language in record.languages],
            retracted=record.retracted,
            entrez_date=record.entrez_date.isoformat() if record.entrez_date else None,
        )


COLUMNS = tuple(ExportRow.__dataclass_fields__)


def export_to(store_path: Path, query: str | None, fmt: str, output: Path | None) -> int:
    """Export to ``output`` (whole or not at all) or, without one, to standard output.

    Example::

        export_to(Path("data/harvester.sqlite"), "massage-ms", "csv", Path("records.csv"))
    """
    with Store.open(store_path) as store:
        if output is None:
            return export_records(store, query, fmt, sys.stdout)
        with atomic_text_file(output, newline="", advice="choose another --output") as handle:
            return export_records(store, query, fmt, handle)


def export_records(store: Store, query: str | None, fmt: str, out: TextIO) -> int:
    """Write every record (or a saved search's records) to ``out``; returns how many were written."""
    if fmt not in FORMATS:
        raise InputError(f"unknown export format '{fmt}'; use one of: {', '.join(FORMATS)}")
    if query is not None and query not in store.queries():
        known = ", ".join(store.queries()) or "none yet"
        raise InputError(
            f"the store has no saved search '{query}' (known: {known}); harvest or import it first"
        )
    rows = (ExportRow.from_record(record) for record in store.records(query, raw=False))
    return _write_jsonl(rows, out) if fmt == "jsonl" else _write_csv(rows, out)


def _write_jsonl(rows: Iterator[ExportRow], out: TextIO) -> int:
    written = 0
    for row in rows:
        out.write(json.dumps(asdict(row), ensure_ascii=False) + "\n")
        written += 1
    return written


def _write_csv(rows: Iterator[ExportRow], out: TextIO) -> int:
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(COLUMNS)
    written = 0
    for row in rows:
        writer.writerow([csv_cell(value) for value in asdict(row).values()])
        written += 1
    return written
