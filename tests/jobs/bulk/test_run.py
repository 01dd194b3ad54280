"""run_bulk on a real two-process Dask cluster: the CSV path's rows, the store's answer, and faults.

The inputs are gzipped PubMed files built from the fictional demo records (tests/support), shaped
like NCBI's baseline and daily update files.
"""

from __future__ import annotations

import gzip
import json
import os
import signal
import subprocess
import sys
import threading
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import asdict
from pathlib import Path

import pyarrow.dataset as ds
import pytest
from click.testing import CliRunner

from harvester.cli import cli
from harvester.errors import InputError
from harvester.jobs.bulk.run import BulkReport, Cluster, run_bulk
from harvester.jobs.export import ExportRow
from harvester.jobs.imports import import_files
from harvester.jobs.tables import write_tables
from harvester.pubmed import iter_records
from harvester.report.tables import finding_table, study_table, to_csv
from harvester.report.view import pmid_key
from harvester.store import Store
from support import PROJECT_ROOT
from support.builders import baseline_folder, demo_article, write_pubmed_file
from support.dask_cluster import StartLog, local_cluster

pytestmark = pytest.mark.integration


@pytest.fixture(scope="module")
def scheduler() -> Iterator[str]:
    """One cluster for the tests that only need one: starting a cluster takes seconds."""
    with local_cluster() as client:
        yield client.scheduler.address


def rows(out: Path, dataset: str) -> list[dict]:
    return ds.dataset(out / dataset, format="parquet").to_table().to_pylist()


def store_answer(files: list[Path], tmp_path: Path) -> list[dict]:
    """The record export's rows after importing the files into a store one by one."""
    with Store.open(tmp_path / "store.sqlite") as store:
        for path in files:
            import_files([path], store)
        return [asdict(ExportRow.from_record(record)) for record in store.records()]


def by_pmid(found: list[dict]) -> list[dict]:
    return sorted(found, key=lambda row: pmid_key(row["pmid"]))


def test_parquet_rows_are_the_csv_paths_rows(scheduler: str, tmp_path: Path) -> None:
    files = baseline_folder(tmp_path / "baseline", files=3, per_file=25)
    report = run_bulk([tmp_path / "baseline"], tmp_path / "out", cluster=Cluster(scheduler=scheduler))
    write_tables(files, tmp_path / "csv")

    studies, findings = rows(tmp_path / "out", "studies"), rows(tmp_path / "out", "findings")
    assert (report.files, report.records, report.findings, report.failures) == (3, 75, len(findings), ())
    assert to_csv(study_table(by_pmid(studies))) == (tmp_path / "csv" / "studies.csv").read_text("utf-8")
    assert to_csv(finding_table(findings)) == (tmp_path / "csv" / "findings.csv").read_text("utf-8")
    records = [asdict(ExportRow.from_record(record)) for path in files for record in iter_records(path)]
    assert by_pmid(rows(tmp_path / "out", "records")) == by_pmid(records)


def test_columns_are_typed(scheduler: str, tmp_path: Path) -> None:
    baseline_folder(tmp_path / "baseline", files=1, per_file=5)
    run_bulk([tmp_path / "baseline"], tmp_path / "out", cluster=Cluster(scheduler=scheduler))

    studies = ds.dataset(tmp_path / "out" / "studies").schema
    records = ds.dataset(tmp_path / "out" / "records").schema
    assert str(studies.field("year").type) == "int64"
    assert str(studies.field("retracted").type) == "bool"
    assert str(studies.field("interventions").type) == "list<element: string>"
    assert str(records.field("mesh").type) == "list<element: string>"
    assert any(row["interventions"] for row in rows(tmp_path / "out", "studies"))


def test_update_files_give_the_stores_answer_in_one_run_or_two(scheduler: str, tmp_path: Path) -> None:
    baseline = baseline_folder(tmp_path / "baseline", files=2, per_file=10)  # PMIDs 1000-1019
    updates = tmp_path / "updatefiles"
    updates.mkdir()
    first = write_pubmed_file(
        updates / "pubmed26n0003.xml.gz",
        [demo_article(1003, revised=True), demo_article(1030), demo_article(1011)],
        deleted=[1005, 1011, 4242],  # 1011 is withdrawn by the file that also holds it
    )
    second = write_pubmed_file(
        updates / "pubmed26n0004.xml.gz", [demo_article(1005), demo_article(1003)], deleted=[1030]
    )
    expected = store_answer([*baseline, first, second], tmp_path)

    one_run = run_bulk(
        [tmp_path / "baseline", updates], tmp_path / "one", cluster=Cluster(scheduler=scheduler)
    )
    run_bulk([tmp_path / "baseline"], tmp_path / "two", cluster=Cluster(scheduler=scheduler))
    run_bulk([updates], tmp_path / "two", cluster=Cluster(scheduler=scheduler))

    assert one_run.replaced == 5  # 1003 twice, 1005, 1011 and 1030 once each
    assert by_pmid(rows(tmp_path / "one", "records")) == expected
    assert by_pmid(rows(tmp_path / "two", "records")) == expected
    assert {row["pmid"] for row in rows(tmp_path / "one", "studies")} == {row["pmid"] for row in expected}
    assert {row["pmid"] for row in rows(tmp_path / "one", "findings")} <= {row["pmid"] for row in expected}


def test_a_worker_killed_mid_task_loses_and_duplicates_nothing(tmp_path: Path) -> None:
    files = baseline_folder(tmp_path / "baseline", files=4, per_file=120)
    started = tmp_path / "started.log"
    with local_cluster() as client:
        client.register_plugin(StartLog(started))
        pids = client.run(os.getpid)
        result: list[BulkReport] = []
        cluster = Cluster(scheduler=client.scheduler.address)
        runner = threading.Thread(
            target=lambda: result.append(run_bulk(files, tmp_path / "out", cluster=cluster))
        )
        runner.start()
        victim = wait_for_first_line(started).split()[0]
        os.kill(pids[victim], signal.SIGKILL)
        runner.join(timeout=240)

    (report,) = result
    keys = Counter(line.split()[1] for line in started.read_text().splitlines())
    assert max(keys.values()) >= 2, keys  # the killed worker's task ran again elsewhere
    assert (report.files, report.records, report.failures) == (4, 480, ())
    pmids = [row["pmid"] for row in rows(tmp_path / "out", "records")]
    assert sorted(pmids, key=pmid_key) == [str(1000 + n) for n in range(480)]
    assert Counter(row["pmid"] for row in rows(tmp_path / "out", "studies")) == Counter(pmids)
    assert not list((tmp_path / "out").glob("*/.*.tmp"))


def wait_for_first_line(path: Path, timeout: float = 60.0) -> str:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if path.exists() and (text := path.read_text()):
            return text.splitlines()[0]
        time.sleep(0.02)
    raise AssertionError("no task started")


@pytest.fixture
def quiet_dask(monkeypatch: pytest.MonkeyPatch) -> None:
    """The command quietens Dask's logging through the environment; this undoes it afterwards."""
    monkeypatch.setenv("DASK_LOGGING__DISTRIBUTED", "critical")


@pytest.mark.usefixtures("quiet_dask")
def test_a_rerun_after_the_client_was_killed_skips_the_finished_files(tmp_path: Path) -> None:
    baseline_folder(tmp_path / "baseline", files=6, per_file=60)
    out = tmp_path / "out"
    command = [sys.executable, "-m", "harvester", "extract", str(tmp_path / "baseline"), "--out", str(out)]
    child = subprocess.Popen(
        [*command, "--format", "parquet", "--workers", "2", "--dashboard", "none"],
        cwd=PROJECT_ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,  # its cluster's workers die with it, as with Ctrl-C at a terminal
    )
    try:
        finished = wait_for_finished(out / "manifest.json")
    finally:
        os.killpg(child.pid, signal.SIGKILL)
        child.wait()
    assert 1 <= len(finished) < 6, "the run ended before it could be interrupted"
    stamps = {name: part_stamp(out, name) for name in finished}

    result = CliRunner().invoke(
        cli, [*command[3:], "--format", "parquet", "--workers", "2", "--dashboard", ":0"]
    )

    assert result.exit_code == 0, result.output
    assert f"({len(finished)} finished by an earlier run)" in result.stderr
    assert "dashboard http://127.0.0.1:" in result.stderr and ":8787/" not in result.stderr
    assert {name: part_stamp(out, name) for name in finished} == stamps  # not written again
    pmids = [row["pmid"] for row in rows(out, "records")]
    assert sorted(pmids, key=pmid_key) == [str(1000 + n) for n in range(360)]
    assert not list(out.glob("*/.*.tmp"))


def wait_for_finished(manifest: Path, timeout: float = 120.0) -> list[str]:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            done = json.loads(manifest.read_text())["done"]
        except (OSError, ValueError, KeyError):
            done = []
        if done:
            return [entry["name"] for entry in done]
        time.sleep(0.02)
    raise AssertionError("no file finished")


def part_stamp(out: Path, name: str) -> tuple[int, int]:
    stat = (out / "records" / f"{name}.parquet").stat()
    return stat.st_ino, stat.st_mtime_ns


@pytest.mark.usefixtures("quiet_dask")
def test_a_corrupt_file_is_named_the_others_finish_and_the_exit_is_2(scheduler: str, tmp_path: Path) -> None:
    files = baseline_folder(tmp_path / "baseline", files=3, per_file=10)
    whole = files[1].read_bytes()
    files[1].write_bytes(gzip.compress(gzip.decompress(whole)[:-2000]))
    arguments = ["extract", str(tmp_path / "baseline"), "--out", str(tmp_path / "out"), "--format", "parquet"]

    result = CliRunner().invoke(cli, [*arguments, "--scheduler", scheduler])

    assert result.exit_code == 2
    assert "Dask: " in result.stderr and "; 3 file(s) to read\n" in result.stderr
    assert f"Error: {files[1]}, line " in result.stderr
    assert "Traceback" not in result.output
    assert "Read 2 file(s)" in result.stderr
    assert len(rows(tmp_path / "out", "records")) == 20
    files[1].write_bytes(whole)
    again = CliRunner().invoke(cli, [*arguments, "--scheduler", scheduler])
    assert again.exit_code == 0, again.output
    assert "1 file(s) to read (2 finished by an earlier run)" in again.stderr
    assert "Read 1 file(s)" in again.stderr and "2 file(s) finished before" in again.stderr
    assert len(rows(tmp_path / "out", "records")) == 30


def test_an_unreachable_scheduler_is_named_with_what_to_do(tmp_path: Path) -> None:
    baseline_folder(tmp_path / "baseline", files=1, per_file=1)
    nowhere = Cluster(scheduler="tcp://127.0.0.1:9", connect_timeout=1)
    with pytest.raises(
        InputError, match=r"cannot reach the Dask scheduler at tcp://127\.0\.0\.1:9 .*--scheduler"
    ):
        run_bulk([tmp_path / "baseline"], tmp_path / "out", cluster=nowhere)
