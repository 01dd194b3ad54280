"""One input file's Parquet parts, written on a Dask worker: its records, studies and findings.

The columns are those of ``studies.csv`` and ``findings.csv`` (``harvester.report.tables``) and of
the record export (``ExportRow``), typed: integers and booleans as such, list columns as lists of
strings, missing values as nulls, and text as it is (the formula quoting of the CSV is for
spreadsheets, which do not open Parquet). Rows come in file order; a record's findings in the
CSV's order.

Rows are written a batch at a time, so a worker's memory does not grow with the file. Each part
is written to a hidden temporary file and renamed into place, records last: a worker killed
half-way leaves no part a reader would take for whole, and Dask's retry on another worker writes
every part again. A PMID the file holds twice counts once (the later), and one the file's own
``<DeleteCitation>`` withdraws not at all, as in the store.
"""

from __future__ import annotations

import os
import typing
import uuid
from collections.abc import Iterable
from dataclasses import asdict, dataclass
from functools import cache
from pathlib import Path
from types import UnionType

import pyarrow as pa
import pyarrow.parquet as pq

from harvester import pubmed
from harvester.errors import HarvesterError, OutputError, RecordFileError
from harvester.extract.vocabulary import TopicLike
from harvester.jobs.bulk.inputs import DATASETS, Done, md5_of, part_path
from harvester.jobs.export import ExportRow
from harvester.jobs.tables import table_rows
from harvester.pubmed.article import XML_ADVICE
from harvester.pubmed.files import check_path, read_errors
from harvester.report.tables import (
    BOOLEAN_COLUMNS,
    FINDING_COLUMNS,
    INTEGER_COLUMNS,
    LIST_COLUMNS,
    STUDY_COLUMNS,
    Row,
    finding_order,
)

__all__ = ["PartJob", "schemas", "write_parts"]

BATCH_RECORDS = 2_000  # records a worker holds before writing them out as a row group
COMPRESSION = "zstd"


@dataclass(frozen=True)
class PartJob:
    """What a worker needs to read one input: plain values, so Dask can ship it anywhere."""

    path: str  # as the workers see it: a cluster's workers need the same file system
    name: str  # the parts' name
    out_dir: str
    topic: TopicLike | None = None  # a saved search's own words


def write_parts(job: PartJob) -> Done:
    """Read ``job.path`` and write its three parts; what the manifest keeps about it."""
    try:
        return _write_parts(job)
    except HarvesterError as error:
        # Dask ships an exception with its chain, and lxml's parse error inside cannot be
        # pickled: the message already says everything.
        error.__context__ = error.__cause__ = None
        raise


def _write_parts(job: PartJob) -> Done:
    path = Path(job.path)
    check_path(path)
    with read_errors(path, "check the file, or download it again"):
        size, md5 = path.stat().st_size, md5_of(path)
    deleted: list[str] = []
    records = pubmed.iter_records(path, deleted=deleted)
    with _Parts(Path(job.out_dir), job.name) as parts:
        batch: dict[str, list[Row]] = {dataset: [] for dataset in DATASETS}
        for record, study, findings in table_rows(records, job.topic):
            parts.seen(record.pmid, len(findings))
            batch["records"].append(asdict(ExportRow.from_record(record)))
            batch["studies"].append(study)
            batch["findings"] += sorted(findings, key=finding_order)
            if len(batch["records"]) >= BATCH_RECORDS:
                parts.write(batch)
                batch = {dataset: [] for dataset in DATASETS}
        parts.write(batch)
        if odd := next((pmid for pmid in deleted if not pmid.isdigit()), None):
            raise RecordFileError(f"{path}: <DeleteCitation> names PMID '{odd}', not a number; {XML_ADVICE}")
        kept, findings_kept = parts.commit(set(deleted))
    return Done(job.name, str(path), size, md5, kept, findings_kept, tuple(deleted))


@cache
def schemas() -> dict[str, pa.Schema]:
    """Each dataset's Arrow schema, from the tables' own column lists and the export's fields."""
    hints = typing.get_type_hints(ExportRow)
    return {
        "records": pa.schema([(name, _arrow_type(hints[name])) for name in ExportRow.__dataclass_fields__]),
        "studies": pa.schema([(column, _column_type(column)) for column in STUDY_COLUMNS]),
        "findings": pa.schema([(column, _column_type(column)) for column in FINDING_COLUMNS]),
    }


def _column_type(column: str) -> pa.DataType:
    if column in INTEGER_COLUMNS:
        return pa.int64()
    if column in BOOLEAN_COLUMNS:
        return pa.bool_()
    if column in LIST_COLUMNS:
        return pa.list_(pa.string())
    return pa.string()


def _arrow_type(hint: object) -> pa.DataType:
    """An ExportRow field's type: ``int | None`` is int64, ``list[str]`` a list of strings."""
    if isinstance(hint, UnionType):
        (hint,) = [arg for arg in typing.get_args(hint) if arg is not type(None)]
    if typing.get_origin(hint) is list:
        return pa.list_(pa.string())
    return {int: pa.int64(), bool: pa.bool_()}.get(hint, pa.string())  # type: ignore[call-overload]


class _Parts:
    """The three parts of one input, written to temporary files and renamed into place whole."""

    def __init__(self, out_dir: Path, name: str) -> None:
        self._final = {dataset: part_path(out_dir, dataset, name) for dataset in DATASETS}
        token = uuid.uuid4().hex[:12]  # a retry on another worker never writes into this attempt's file
        self._temp = {d: p.with_name(f".{p.name}.{token}.tmp") for d, p in self._final.items()}
        self._writers: dict[str, pq.ParquetWriter] = {}
        self._pmids: list[str] = []  # every record in file order, repeats included
        self._finding_counts: list[int] = []

    def __enter__(self) -> _Parts:
        try:
            for dataset, temp in self._temp.items():
                temp.parent.mkdir(parents=True, exist_ok=True)
                self._writers[dataset] = pq.ParquetWriter(temp, schemas()[dataset], compression=COMPRESSION)
        except OSError as error:
            self._discard()
            raise OutputError(f"{temp.parent}: cannot write here ({error.strerror or error})") from None
        return self

    def __exit__(self, *exc_info: object) -> None:
        self._discard()  # after commit, nothing is left to discard

    def seen(self, pmid: str, findings: int) -> None:
        self._pmids.append(pmid)
        self._finding_counts.append(findings)

    def write(self, batch: dict[str, list[Row]]) -> None:
        if not batch["records"]:
            return
        for dataset, rows in batch.items():
            self._writers[dataset].write_table(pa.Table.from_pylist(rows, schema=schemas()[dataset]))

    def commit(self, deleted: set[str]) -> tuple[int, int]:
        """Close the parts, drop repeats and self-deleted records, rename; the rows kept."""
        for writer in self._writers.values():
            writer.close()
        self._writers.clear()
        keep = _kept(self._pmids, deleted)
        if not all(keep):
            finding_keep = [k for k, n in zip(keep, self._finding_counts) for _ in range(n)]
            for dataset, mask in (("records", keep), ("studies", keep), ("findings", finding_keep)):
                table = pq.read_table(self._temp[dataset]).filter(pa.array(mask, pa.bool_()))
                pq.write_table(table, self._temp[dataset], compression=COMPRESSION)
        for dataset in ("studies", "findings", "records"):  # records last: see resolve.py
            os.replace(self._temp[dataset], self._final[dataset])
        kept_findings = sum(n for k, n in zip(keep, self._finding_counts) if k)
        return sum(keep), kept_findings

    def _discard(self) -> None:
        for writer in self._writers.values():
            writer.close()
        for temp in self._temp.values():
            temp.unlink(missing_ok=True)


def _kept(pmids: Iterable[str], deleted: set[str]) -> list[bool]:
    """For each record in file order: is it its PMID's last, and not withdrawn by the file itself?"""
    pmids = list(pmids)
    last = {pmid: index for index, pmid in enumerate(pmids)}
    return [last[pmid] == index and pmid not in deleted for index, pmid in enumerate(pmids)]
