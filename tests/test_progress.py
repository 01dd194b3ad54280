"""Progress of long steps: drawn only on a terminal, summarised in the log either way."""

from __future__ import annotations

import io
import logging
import sys

import pytest

from harvester.jobs.digest import build_digest
from harvester.jobs.imports import import_files
from harvester.progress import progress
from harvester.queries import load_query
from harvester.settings import Settings
from harvester.store import Store
from support.demo_data import DEMO_QUERY, DEMO_RECORDS

log = logging.getLogger("tests.progress")


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_nothing_is_drawn_off_a_terminal_and_the_log_gets_one_summary(
    capsys: pytest.CaptureFixture[str], caplog: pytest.LogCaptureFixture
) -> None:
    with (
        caplog.at_level(logging.INFO, logger="tests.progress"),
        progress("Counting", total=3, log=log) as step,
    ):
        for _ in range(3):
            step.update()
    assert capsys.readouterr().err == ""
    (summary,) = [record.getMessage() for record in caplog.records]
    assert summary.startswith("Counting: 3 record(s) in ")


def test_a_terminal_sees_the_bar_with_its_status(monkeypatch: pytest.MonkeyPatch) -> None:
    terminal = Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    with progress("Counting", total=4, unit="thing") as step:
        step.update(2)
        step.status("halfway")
    assert (
        "Counting:" in terminal.getvalue()
        and "2/4" in terminal.getvalue()
        and "halfway" in terminal.getvalue()
    )


def test_an_import_and_a_digest_show_their_progress_on_a_terminal(
    settings: Settings, tmp_path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    terminal = Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    with caplog.at_level(logging.INFO):
        with Store.open(settings.store_path) as store:
            import_files([DEMO_RECORDS], store, query="demo")
        query = load_query(DEMO_QUERY, DEMO_QUERY.parent)
        build_digest(query, settings, month="2026-10", out_dir=tmp_path / "out", offline=True)
    drawn = terminal.getvalue()
    assert "Importing records.xml:" in drawn and "Reading abstracts:" in drawn and "/36 " in drawn
    logged = [record.getMessage() for record in caplog.records]
    assert any(line.startswith("Importing records.xml: 36 record(s) in ") for line in logged)
    assert any(line.startswith("Reading abstracts: 36 abstract(s) in ") for line in logged)


def test_a_step_learns_its_size_late_and_notes_a_line_above_the_bar(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    terminal = Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    with progress("Reading files", unit="file") as step:
        step.note("Dask: 2 worker(s)")
        step.set_total(5)
    assert "Dask: 2 worker(s)\n" in terminal.getvalue() and "0/5" in terminal.getvalue()


def test_a_note_is_printed_off_a_terminal_too(capsys: pytest.CaptureFixture[str]) -> None:
    with progress("Reading files", unit="file") as step:
        step.note("Nothing to read")
    assert capsys.readouterr().err == "Nothing to read\n"
