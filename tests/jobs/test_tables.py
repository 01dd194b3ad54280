"""write_tables: a researcher's own PubMed files in, the digest's two tables out, no store needed."""

from __future__ import annotations

import io
from pathlib import Path

import pandas as pd
import pytest
from click.testing import CliRunner

from harvester.cli import cli
from harvester.errors import RecordFileError
from harvester.jobs.digest import build_digest
from harvester.jobs.imports import import_files
from harvester.jobs.tables import write_tables
from harvester.queries import load_query
from harvester.report.tables import FINDING_COLUMNS, STUDY_COLUMNS
from harvester.settings import Settings
from harvester.store import Store
from support import FIXTURES
from support.builders import demo_article, write_pubmed_file
from support.demo_data import DEMO_QUERY, DEMO_RECORDS

MEDLINE = FIXTURES / "store_one_article.nbib"


def read_csv(path: Path) -> pd.DataFrame:
    return pd.read_csv(path, dtype=str, keep_default_na=False)


def test_the_tables_are_the_digest_s_for_the_same_records(settings: Settings, tmp_path: Path) -> None:
    query = load_query(DEMO_QUERY, DEMO_QUERY.parent)
    with Store.open(settings.store_path) as store:
        import_files([DEMO_RECORDS], store, query="demo")
    build_digest(query, settings, month="2026-10", out_dir=tmp_path / "digest", offline=True)

    report = write_tables([DEMO_RECORDS], tmp_path / "tables", topic=query.topic)

    assert [path.name for path in report.paths] == ["findings.csv", "studies.csv"]
    digest_studies = read_csv(tmp_path / "digest" / "studies.csv")
    studies = read_csv(tmp_path / "tables" / "studies.csv")
    assert list(studies.columns) == list(STUDY_COLUMNS)
    assert set(studies["new_this_month"]) == {"FALSE"}  # no month, so nothing is new
    same = [column for column in STUDY_COLUMNS if column != "new_this_month"]
    pd.testing.assert_frame_equal(studies[same], digest_studies[same])
    assert (tmp_path / "tables" / "findings.csv").read_bytes() == (
        tmp_path / "digest" / "findings.csv"
    ).read_bytes()
    assert (report.files, report.records, report.duplicates) == (1, 36, 0)
    assert report.findings == len(read_csv(tmp_path / "tables" / "findings.csv"))


def test_xml_and_medline_files_mix_and_a_repeated_pmid_counts_once(tmp_path: Path) -> None:
    report = write_tables([DEMO_RECORDS, MEDLINE, DEMO_RECORDS], tmp_path)

    studies = read_csv(tmp_path / "studies.csv")
    assert (report.files, report.records, report.duplicates) == (3, 37, 36)
    assert len(studies) == 37 and studies["pmid"].is_unique
    assert studies["pmid"].tolist() == sorted(studies["pmid"].tolist(), key=int)


def test_a_saved_search_lends_its_own_outcome_domains(tmp_path: Path) -> None:
    query = load_query(DEMO_QUERY, DEMO_QUERY.parent)
    write_tables([DEMO_RECORDS], tmp_path / "with", topic=query.topic)
    write_tables([DEMO_RECORDS], tmp_path / "without")

    assert "swelling" in set(read_csv(tmp_path / "with" / "findings.csv")["outcome"])
    assert "swelling" not in set(read_csv(tmp_path / "without" / "findings.csv")["outcome"])


def test_a_bad_file_names_its_line_and_writes_nothing(tmp_path: Path) -> None:
    cut = tmp_path / "cut.xml"
    text = DEMO_RECORDS.read_text(encoding="utf-8")
    cut.write_text(text[: len(text) // 2], encoding="utf-8")
    out = tmp_path / "out"

    with pytest.raises(RecordFileError, match=r"cut\.xml.*line"):
        write_tables([DEMO_RECORDS, cut], out)
    assert not out.exists()


def test_a_missing_file_is_reported_before_anything_is_read(tmp_path: Path) -> None:
    with pytest.raises(RecordFileError, match="nowhere.xml does not exist"):
        write_tables([DEMO_RECORDS, tmp_path / "nowhere.xml"], tmp_path / "out")


def test_the_extract_command_summarises_on_stderr_and_exits_0(tmp_path: Path) -> None:
    result = CliRunner().invoke(
        cli,
        [
            "extract",
            str(DEMO_RECORDS),
            str(MEDLINE),
            "--out",
            str(tmp_path),
            "--outcomes-from",
            str(DEMO_QUERY),
        ],
    )

    assert result.exit_code == 0, result.output
    assert result.stdout == ""
    assert result.stderr.startswith("Read 37 records from 2 file(s);")
    findings = pd.read_csv(io.StringIO((tmp_path / "findings.csv").read_text(encoding="utf-8")))
    assert list(findings.columns) == list(FINDING_COLUMNS)


def test_the_extract_command_refuses_an_unknown_saved_search_with_exit_2(tmp_path: Path) -> None:
    result = CliRunner().invoke(
        cli,
        ["extract", str(DEMO_RECORDS), "--out", str(tmp_path / "out"), "--outcomes-from", "no-such-search"],
    )

    assert result.exit_code == 2
    assert "unknown saved search 'no-such-search'" in result.stderr
    assert not (tmp_path / "out").exists()


def test_the_extract_command_reads_a_folders_pubmed_files(tmp_path: Path) -> None:
    folder = tmp_path / "exports"
    folder.mkdir()
    (folder / "demo.xml").write_bytes(DEMO_RECORDS.read_bytes())
    (folder / "one.nbib").write_bytes(MEDLINE.read_bytes())
    (folder / "notes.html").write_text("<p>not PubMed</p>", encoding="utf-8")

    result = CliRunner().invoke(cli, ["extract", str(folder), "--out", str(tmp_path / "out")])

    assert result.exit_code == 0, result.output
    assert result.stderr.startswith("Read 37 records from 2 file(s);")


def test_dask_options_without_parquet_are_refused_with_exit_2(tmp_path: Path) -> None:
    result = CliRunner().invoke(
        cli, ["extract", str(DEMO_RECORDS), "--out", str(tmp_path / "out"), "--workers", "2"]
    )
    assert result.exit_code == 2
    assert "--workers and --scheduler go with --format parquet" in result.stderr
    assert not (tmp_path / "out").exists()


def test_workers_with_a_scheduler_is_refused_with_exit_2(tmp_path: Path) -> None:
    both = ["--workers", "2", "--scheduler", "tcp://127.0.0.1:9"]
    result = CliRunner().invoke(
        cli, ["extract", str(DEMO_RECORDS), "--out", str(tmp_path / "out"), "--format", "parquet", *both]
    )
    assert result.exit_code == 2
    assert "--workers sizes a local cluster" in result.stderr
    assert not (tmp_path / "out").exists()


def test_update_files_replace_and_delete_as_the_store_import_does(tmp_path: Path) -> None:
    baseline = write_pubmed_file(tmp_path / "base.xml.gz", [demo_article(pmid) for pmid in (101, 102, 103)])
    update = write_pubmed_file(tmp_path / "update.xml", [demo_article(102, revised=True)], deleted=[103, 999])

    report = write_tables([baseline, update], tmp_path / "out")

    studies = read_csv(tmp_path / "out" / "studies.csv")
    assert studies["pmid"].tolist() == ["101", "102"]
    assert studies["title"].tolist()[1].startswith("Revised: ")
    assert (report.records, report.duplicates, report.deleted) == (2, 1, 1)
