"""What a person at the terminal sees of a bulk run."""

from __future__ import annotations

import io
import sys
from pathlib import Path

import pytest

from harvester.jobs.bulk.run import BulkReport, FileDone, Started
from harvester.jobs.bulk.show import FileCounter, opening, summary
from harvester.progress import progress


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_the_opening_line_says_where_the_run_happens_and_what_is_left() -> None:
    assert opening(Started(files=3, skipped=2, workers=4, dashboard="http://127.0.0.1:8787/status")) == (
        "Dask: 4 worker(s), dashboard http://127.0.0.1:8787/status; 3 file(s) to read "
        "(2 finished by an earlier run)"
    )
    assert opening(Started(files=1, skipped=0, workers=1, dashboard=None)) == (
        "Dask: 1 worker(s), no dashboard; 1 file(s) to read"
    )
    assert opening(Started(files=0, skipped=5, workers=0, dashboard=None)) == (
        "Nothing to read (5 finished by an earlier run)"
    )


def test_the_bar_counts_files_and_shows_the_records_written(monkeypatch: pytest.MonkeyPatch) -> None:
    terminal = Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    with progress("Reading files", unit="file") as step:
        step.set_total(3)
        counter = FileCounter(step)
        counter(FileDone("a", records=1_500, findings=10))
        counter(FileDone("b", records=2_000, findings=7))
    assert "2/3" in terminal.getvalue() and "3,500 records" in terminal.getvalue()


def test_the_summary_names_what_was_read_and_where_it_went() -> None:
    report = BulkReport(
        files=2,
        skipped=1,
        records=4_000,
        findings=120,
        replaced=3,
        failures=("x.xml.gz, line 9: not PubMed XML",),
        seconds=8.0,
        out_dir=Path("/data/out"),
    )
    line = summary(report)
    assert line.startswith("Read 2 file(s) in 8.0 s: 4,000 records (500 records/s), 120 findings; ")
    assert "1 file(s) finished before; 3 records replaced or deleted by later files; 1 file(s) failed" in line
    assert line.endswith("in /data/out")
