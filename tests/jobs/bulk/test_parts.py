"""One file's Parquet parts, written as a worker writes them (no cluster needed here)."""

from __future__ import annotations

import gzip
import hashlib
from dataclasses import asdict
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from benchmarks.bench_import import sample_articles
from harvester.errors import RecordFileError
from harvester.jobs import tables
from harvester.jobs.bulk import parts
from harvester.jobs.bulk.parts import PartJob, schemas, write_parts
from harvester.jobs.export import ExportRow
from harvester.pubmed import iter_records
from harvester.report.tables import (
    BOOLEAN_COLUMNS,
    FINDING_COLUMNS,
    INTEGER_COLUMNS,
    LIST_COLUMNS,
    STUDY_COLUMNS,
    finding_table,
    study_table,
    to_csv,
)
from harvester.report.view import pmid_key
from support.builders import demo_article, write_pubmed_file


def part(out: Path, dataset: str, name: str) -> list[dict]:
    return pq.read_table(out / dataset / f"{name}.parquet").to_pylist()


def test_the_schemas_follow_the_tables_columns_and_the_exports_fields() -> None:
    studies, findings, records = schemas()["studies"], schemas()["findings"], schemas()["records"]
    assert studies.names == list(STUDY_COLUMNS) and findings.names == list(FINDING_COLUMNS)
    assert records.names == list(ExportRow.__dataclass_fields__)
    for schema in (studies, findings):
        for field in schema:
            expected = (
                pa.int64()
                if field.name in INTEGER_COLUMNS
                else pa.bool_()
                if field.name in BOOLEAN_COLUMNS
                else pa.list_(pa.string())
                if field.name in LIST_COLUMNS
                else pa.string()
            )
            assert field.type == expected, field.name
    assert records.field("year").type == pa.int64() and records.field("retracted").type == pa.bool_()
    assert records.field("authors").type == pa.list_(pa.string())


def test_a_repeated_pmid_counts_once_and_the_files_own_deletion_removes_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(parts, "BATCH_RECORDS", 2)  # the repeats lie in different row groups
    path = write_pubmed_file(
        tmp_path / "update.xml.gz",
        [demo_article(1), demo_article(2), demo_article(3), demo_article(1, revised=True), demo_article(4)],
        deleted=[3, 77],
    )

    done = write_parts(PartJob(str(path), "update", str(tmp_path / "out")))

    assert (done.records, done.deleted, done.size) == (3, ("3", "77"), path.stat().st_size)
    assert done.md5 == hashlib.md5(path.read_bytes()).hexdigest()
    records = part(tmp_path / "out", "records", "update")
    assert [row["pmid"] for row in records] == ["2", "1", "4"]
    assert records[1]["title"].startswith("Revised: ")
    assert [row["pmid"] for row in part(tmp_path / "out", "studies", "update")] == ["2", "1", "4"]
    findings = part(tmp_path / "out", "findings", "update")
    assert len(findings) == done.findings and {row["pmid"] for row in findings} <= {"1", "2", "4"}


def test_a_file_that_fails_half_way_leaves_no_part_and_no_temporary_file(tmp_path: Path) -> None:
    path = write_pubmed_file(tmp_path / "cut.xml.gz", [demo_article(n) for n in range(1, 6)])
    path.write_bytes(gzip.compress(gzip.decompress(path.read_bytes())[:-3000]))

    with pytest.raises(RecordFileError, match=r"cut\.xml\.gz, line \d+") as caught:
        write_parts(PartJob(str(path), "cut", str(tmp_path / "out")))

    assert caught.value.__context__ is None  # nothing in it that Dask could not ship back
    assert [p.name for p in (tmp_path / "out").rglob("*") if p.is_file()] == []


def test_real_records_give_the_csv_paths_rows(ncbi_samples: Path, tmp_path: Path) -> None:
    path = write_pubmed_file(tmp_path / "real.xml.gz", sample_articles(ncbi_samples))

    write_parts(PartJob(str(path), "real", str(tmp_path / "out")))
    tables.write_tables([path], tmp_path / "csv")

    studies = sorted(part(tmp_path / "out", "studies", "real"), key=lambda row: pmid_key(row["pmid"]))
    assert len(studies) >= 5
    assert to_csv(study_table(studies)) == (tmp_path / "csv" / "studies.csv").read_text("utf-8")
    findings = part(tmp_path / "out", "findings", "real")
    assert to_csv(finding_table(findings)) == (tmp_path / "csv" / "findings.csv").read_text("utf-8")
    records = {row["pmid"]: row for row in part(tmp_path / "out", "records", "real")}
    assert records == {r.pmid: asdict(ExportRow.from_record(r)) for r in iter_records(path)}
