"""The record store: schema, batches that land whole or not at all, order, runs, history, locking."""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from harvester.errors import StoreBusyError, StoreError
from harvester.extract.types import (
    Evidence,
    Extraction,
    Finding,
    SafetyNote,
    StudyFacts,
    extraction_from_json,
    extraction_to_json,
)
from harvester.models import CommentCorrection
from harvester.store import AddResult, Store, StoredExtraction
from harvester.store.rows import record_row
from support.builders import make_record


class Clock:
    """A settable clock, so timestamps in the store are predictable."""

    def __init__(self, start: dt.datetime) -> None:
        self.time = start

    def __call__(self) -> dt.datetime:
        return self.time

    def advance(self, **delta: float) -> None:
        self.time += dt.timedelta(**delta)


@pytest.fixture
def clock() -> Clock:
    return Clock(dt.datetime(2026, 1, 15, 12, 0, tzinfo=dt.UTC))


@pytest.fixture
def store(tmp_path: Path, clock: Clock):
    with Store.open(tmp_path / "data" / "store.sqlite", now=clock) as opened:
        yield opened


def table_names(path: Path) -> set[str]:
    with sqlite3.connect(path) as db:
        return {row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}


def test_opening_creates_the_directory_and_schema_in_wal_mode(tmp_path: Path) -> None:
    path = tmp_path / "new" / "dir" / "store.sqlite"
    Store.open(path).close()
    assert {"records", "query_members", "runs", "status_changes", "extractions"} <= table_names(path)
    with sqlite3.connect(path) as db:
        assert db.execute("PRAGMA user_version").fetchone()[0] == 1
        assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_a_store_from_a_newer_version_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "store.sqlite"
    Store.open(path).close()
    with sqlite3.connect(path) as db:
        db.execute("PRAGMA user_version = 99")
    with pytest.raises(StoreError, match=r"schema version 99 is newer"):
        Store.open(path)


def test_a_file_that_is_not_a_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "store.sqlite"
    path.write_bytes(b"this is not sqlite at all" * 100)
    with pytest.raises(StoreError, match="not a usable record store"):
        Store.open(path)


def test_records_round_trip_with_their_raw_text(store: Store) -> None:
    record = make_record("101", doi="10.0000/fictional.1", languages=("eng",))
    store.add_records([record])
    stored = store.record("101")
    assert stored == record
    assert stored is not None and stored.raw == record.raw
    assert store.record("999") is None


def test_records_may_be_read_without_their_raw_text(store: Store) -> None:
    record = make_record("101", doi="10.0000/fictional.1")
    store.add_records([record], query="demo")
    (light,) = store.records("demo", raw=False)
    (full,) = store.records("demo")
    assert light == record and light.raw == "" and full.raw == record.raw != ""


def test_add_counts_new_updated_and_unchanged(store: Store) -> None:
    assert store.add_records([make_record("1"), make_record("2")]) == AddResult(new=2)
    assert store.add_records(
        [make_record("1"), make_record("2", title="Revised title"), make_record("3")]
    ) == (AddResult(new=1, updated=1, unchanged=1))
    assert store.record("2").title == "Revised title"  # type: ignore[union-attr]
    assert store.count() == 3


def test_a_pmid_twice_in_one_batch_is_judged_against_its_own_earlier_copy(store: Store) -> None:
    first, same, revised = make_record("1"), make_record("1"), make_record("1", title="Revised")
    assert store.add_records([first, same, revised]) == AddResult(new=1, updated=1, unchanged=1)
    assert store.record("1").title == "Revised"  # type: ignore[union-attr]
    assert store.count() == 1


def test_a_retraction_inside_the_batch_that_added_the_record_is_noted(store: Store) -> None:
    retracted = make_record("1", publication_types=("Retracted Publication",))
    assert store.add_records([make_record("1"), retracted]) == AddResult(new=1, updated=1)
    changes = store.status_changes(None, since=dt.date(2026, 1, 1))
    assert [(c.pmid, c.retracted_before, c.retracted_after) for c in changes] == [("1", False, True)]


def test_batches_larger_than_one_write_chunk_are_stored_whole(store: Store) -> None:
    pmids = [str(n) for n in range(1, 1_202)]
    assert store.add_records((make_record(p) for p in pmids), query="demo") == AddResult(new=1_201)
    changed = [make_record(p, title="Changed") if p in ("7", "1201") else make_record(p) for p in pmids]
    assert store.add_records(changed, query="demo") == AddResult(updated=2, unchanged=1_199)
    assert store.count() == 1_201
    assert store.query_pmids("demo") == pmids
    assert store.record("1201").title == "Changed"  # type: ignore[union-attr]


def test_an_exception_mid_batch_leaves_the_store_as_it_was(store: Store) -> None:
    store.add_records([make_record("1")], query="demo")

    def batch():
        yield make_record("1", title="Changed")
        yield make_record("2")
        raise RuntimeError("the file ended half-way")

    with pytest.raises(RuntimeError):
        store.add_records(batch(), query="other")
    assert store.record("1").title == "A fictional trial of widget therapy"  # type: ignore[union-attr]
    assert store.has(["1", "2"]) == {"1"}
    assert store.query_pmids("other") == []


def test_records_come_out_in_numeric_pmid_order(store: Store) -> None:
    store.add_records([make_record(pmid) for pmid in ["30", "4", "200", "1000", "9"]], query="demo")
    store.add_records([make_record("5")])
    assert [record.pmid for record in store.records()] == ["4", "5", "9", "30", "200", "1000"]
    assert [record.pmid for record in store.records("demo")] == ["4", "9", "30", "200", "1000"]
    assert store.query_pmids("demo") == ["4", "9", "30", "200", "1000"]


def test_membership_remembers_the_first_and_last_run(store: Store, clock: Clock) -> None:
    first = store.begin_run("demo")
    store.add_records([make_record("1")], query="demo", run_id=first)
    clock.advance(days=1)
    second = store.begin_run("demo")
    store.attach("demo", ["1", "unknown-pmid"], second)
    with sqlite3.connect(store.path) as db:
        rows = db.execute(
            "SELECT pmid, first_seen_run, first_seen_at, last_seen_run FROM query_members"
        ).fetchall()
    assert rows == [("1", first, "2026-01-15T12:00:00+00:00", second)]


def _harvest_run(store: Store, found: list[str], count: int | None = None) -> int:
    """A complete harvest that found ``found`` (records stored first) out of ``count`` matches."""
    run_id = store.begin_run("demo")
    store.add_records([make_record(pmid) for pmid in found], query="demo", run_id=run_id)
    store.finish_run(run_id, status="complete", count=len(found) if count is None else count)
    return run_id


def test_records_a_search_no_longer_finds_drop_out_of_it_but_stay_stored(store: Store) -> None:
    _harvest_run(store, ["1", "2", "3"])
    _harvest_run(store, ["1", "3"])  # the search was edited to match less
    assert store.query_pmids("demo") == ["1", "3"]
    assert [record.pmid for record in store.records("demo")] == ["1", "3"]
    assert store.has(["2"]) == {"2"}


def test_a_record_found_again_comes_back_with_its_first_seen_date(store: Store) -> None:
    first = _harvest_run(store, ["1", "2"])
    _harvest_run(store, ["1"])
    _harvest_run(store, ["1", "2"])
    assert store.query_pmids("demo") == ["1", "2"]
    with sqlite3.connect(store.path) as db:
        assert db.execute("SELECT first_seen_run FROM query_members WHERE pmid = '2'").fetchone() == (first,)


def test_an_incomplete_harvest_drops_nothing(store: Store) -> None:
    _harvest_run(store, ["1", "2", "3"])
    _harvest_run(store, ["1"], count=3)  # PubMed counted 3 but only 1 came back
    assert store.query_pmids("demo") == ["1", "2", "3"]


def test_a_failed_harvest_drops_nothing(store: Store) -> None:
    _harvest_run(store, ["1", "2"])
    failed = store.begin_run("demo")
    store.add_records([make_record("1")], query="demo", run_id=failed)
    store.finish_run(failed, status="failed", message="PubMed unavailable")
    assert store.query_pmids("demo") == ["1", "2"]


def test_records_imported_after_the_last_harvest_count(store: Store) -> None:
    _harvest_run(store, ["1"])
    imported = store.begin_run("demo", kind="import")
    store.add_records([make_record("7")], query="demo", run_id=imported)
    store.finish_run(imported, status="complete", count=1)
    assert store.query_pmids("demo") == ["1", "7"]


def test_status_changes_follow_the_current_records(store: Store, clock: Clock) -> None:
    _harvest_run(store, ["1", "2"])
    _harvest_run(store, ["1"])
    retracted = {"publication_types": ("Journal Article", "Retracted Publication")}
    store.add_records([make_record("1", **retracted), make_record("2", **retracted)])
    since = clock().date()
    assert [change.pmid for change in store.status_changes("demo", since)] == ["1"]
    assert sorted(change.pmid for change in store.status_changes(None, since)) == ["1", "2"]


def test_has_and_stale(store: Store, clock: Clock) -> None:
    store.add_records([make_record("1"), make_record("2")])
    clock.advance(days=10)
    store.add_records([make_record("2")])  # fetched again, identical content
    clock.advance(days=25)
    assert store.has(["1", "2", "3"]) == {"1", "2"}
    assert store.stale(["1", "2", "3"], older_than_days=30) == {"1"}
    assert store.stale(["1", "2"], older_than_days=20) == {"1", "2"}


def test_has_handles_more_pmids_than_one_sql_statement_takes(store: Store) -> None:
    store.add_records(make_record(str(n)) for n in range(1, 1201))
    assert len(store.has(str(n) for n in range(1, 2001))) == 1200


def test_runs_are_recorded_with_timestamps_and_counts(store: Store, clock: Clock) -> None:
    run_id = store.begin_run("demo")
    clock.advance(minutes=5)
    store.finish_run(
        run_id,
        status="complete",
        count=7,
        query_translation="x[all]",
        fetched=7,
        new=7,
        refreshed=0,
        missing=0,
    )
    failed = store.begin_run("demo")
    store.finish_run(failed, status="failed", message="PubMed unavailable")
    runs = store.runs("demo")
    assert [(run.status, run.count, run.started_at, run.finished_at) for run in runs] == [
        ("complete", 7, "2026-01-15T12:00:00+00:00", "2026-01-15T12:05:00+00:00"),
        ("failed", None, "2026-01-15T12:05:00+00:00", "2026-01-15T12:05:00+00:00"),
    ]
    assert store.last_complete_run("demo").id == run_id  # type: ignore[union-attr]
    assert store.last_complete_run("other") is None
    assert store.queries() == ["demo"]


@pytest.mark.integration
def test_a_run_left_running_by_a_dead_process_is_marked_interrupted(store: Store) -> None:
    dead = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True
    )
    run_id = store.begin_run("demo")
    with sqlite3.connect(store.path) as db:
        db.execute("UPDATE runs SET pid = ? WHERE id = ?", (int(dead.stdout), run_id))
    live = store.begin_run("demo")
    statuses = {run.id: run.status for run in store.runs("demo")}
    assert statuses == {run_id: "interrupted", live: "running"}


def test_a_newly_retracted_record_is_noted_as_a_status_change(store: Store, clock: Clock) -> None:
    store.add_records([make_record("1"), make_record("2")], query="demo")
    clock.advance(days=40)
    run_id = store.begin_run("demo")
    retracted = make_record(
        "1",
        publication_types=("Journal Article", "Retracted Publication"),
        comments_corrections=(CommentCorrection("RetractionIn", "J Imag Med. 2026", "77"),),
    )
    store.add_records([retracted, make_record("2", title="Typo fixed")], query="demo", run_id=run_id)
    changes = store.status_changes("demo", since=dt.date(2026, 2, 1))
    assert [
        (c.pmid, c.retracted_before, c.retracted_after, c.corrections_after, c.run_id) for c in changes
    ] == [("1", False, True, ("RetractionIn 77",), run_id)]
    assert store.status_changes("demo", since=dt.date(2026, 3, 1)) == []
    assert store.status_changes("other", since=dt.date(2026, 1, 1)) == []
    assert store.record("1").retracted  # type: ignore[union-attr]


def stored(extraction: Extraction) -> StoredExtraction:
    return StoredExtraction(extraction.pmid, extraction.version, extraction_to_json(extraction))


def test_extractions_round_trip_per_version(store: Store) -> None:
    evidence = Evidence("Widgets reduced pain.", 10, 31)
    extraction = Extraction(
        pmid="1",
        version="1.0",
        facts=StudyFacts(design="randomized controlled trial", n_randomized=12, interventions=("widget",)),
        findings=(
            Finding(
                "pain", "VAS", "improved", "between_groups", "end of treatment", evidence, p_value="p<0.05"
            ),
        ),
        measured_not_reported=("fatigue",),
        safety=(SafetyNote("no_adverse_events", evidence),),
    )
    store.save_extractions(
        [stored(extraction), stored(Extraction(pmid="2", version="0.9", facts=StudyFacts()))]
    )
    assert store.extractions(["1", "2", "3"], "1.0") == {"1": stored(extraction)}
    store.save_extractions(
        [stored(Extraction(pmid="1", version="1.0", facts=StudyFacts(design="case report")))]
    )
    assert extraction_from_json(store.extractions(["1"], "1.0")["1"].data).facts.design == "case report"


def test_the_store_never_keeps_a_settings_object_or_url(store: Store) -> None:
    store.add_records([make_record("1")], query="demo")
    data = store.path.read_bytes()
    assert b"api_key" not in data and b"http" not in data


HOLD_LOCK = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from harvester.store import Store
    with Store.open(Path(sys.argv[1])) as store, store.transaction():
        store.begin_run("holder")
        print("locked", flush=True)
        time.sleep(float(sys.argv[2]))
    """
)


def hold_lock(path: Path, seconds: float) -> subprocess.Popen:
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD_LOCK, str(path), str(seconds)], stdout=subprocess.PIPE, text=True
    )
    assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
    return holder


def finish(holder: subprocess.Popen) -> None:
    holder.wait(timeout=10)
    holder.stdout.close()  # type: ignore[union-attr]
    assert holder.returncode == 0


def test_a_second_writer_gives_up_with_store_busy_after_its_timeout(tmp_path: Path) -> None:
    path = tmp_path / "store.sqlite"
    Store.open(path).close()
    holder = hold_lock(path, 3.0)
    try:
        with Store.open(path, busy_timeout=0.2) as store:
            with pytest.raises(StoreBusyError, match="another harvester process is writing"):
                store.add_records([make_record("1")])
            assert store.count() == 0  # reading still works while the other process writes
    finally:
        finish(holder)
    with Store.open(path) as store:
        assert store.add_records([make_record("1")]) == AddResult(new=1)
    with sqlite3.connect(path) as db:
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert db.execute("SELECT query, status FROM runs").fetchall() == [("holder", "running")]


def test_a_second_writer_waits_for_the_first_to_finish(tmp_path: Path) -> None:
    path = tmp_path / "store.sqlite"
    Store.open(path).close()
    holder = hold_lock(path, 0.5)
    try:
        with Store.open(path, busy_timeout=10) as store:
            assert store.add_records([make_record("1")]) == AddResult(new=1)
    finally:
        finish(holder)
    with Store.open(path) as store:
        assert [run.query for run in store.runs()] == ["holder"]
        assert store.has(["1"]) == {"1"}


def test_a_savepoint_undoes_only_its_own_writes(store: Store) -> None:
    with store.transaction():
        store.add_records([make_record("1")])
        with pytest.raises(RuntimeError), store.savepoint():
            store.add_records([make_record("2")])
            raise RuntimeError("abandoned")
        store.add_records([make_record("3")])
    assert [record.pmid for record in store.records()] == ["1", "3"]


def test_a_stored_row_is_record_row_plus_its_timestamps(store: Store, clock: Clock) -> None:
    record = make_record("1", comments_corrections=(CommentCorrection("ErratumIn", "J Imag Med. 2022", "9"),))
    assert store.add_rows([record_row(record)]) == AddResult(new=1)
    with sqlite3.connect(store.path) as db:
        stored = db.execute("SELECT * FROM records").fetchone()
    stamp = clock().isoformat(timespec="seconds")
    assert stored == (*record_row(record), stamp, stamp)
    assert store.record("1") == record


def test_a_row_is_the_same_in_text_and_in_utf8(store: Store) -> None:
    raw = "<PubmedArticle>é</PubmedArticle>"
    record = make_record("1", title="Ünïcödé widgets\u2009for “fatigue”", raw=raw)
    text, utf8 = record_row(record), record_row(record, utf8=True)
    assert isinstance(text.parsed, str) and utf8.raw == raw.encode("utf-8")
    assert utf8 == text._replace(raw=raw.encode("utf-8"), parsed=text.parsed.encode("utf-8"))
    assert store.add_rows([utf8]) == AddResult(new=1)
    with sqlite3.connect(store.path) as db:
        stored = db.execute("SELECT raw, parsed, typeof(raw), typeof(parsed) FROM records").fetchone()
    assert stored == (text.raw, text.parsed, "text", "text")  # UTF-8 bytes are stored as that text
    assert store.add_rows([text]) == AddResult(unchanged=1)


def journal_mode(path: Path) -> str:
    db = sqlite3.connect(path)
    try:
        return db.execute("PRAGMA journal_mode").fetchone()[0]
    finally:
        db.close()


def test_a_bulk_load_writes_through_a_rollback_journal_then_returns_to_wal(store: Store) -> None:
    with store.bulk_load() as bulk, store.transaction():
        store.add_records([make_record("1")])
        assert bulk is True
        assert journal_mode(store.path) == "delete"
    assert journal_mode(store.path) == "wal"
    assert store.has(["1"]) == {"1"}


def test_a_bulk_load_stays_in_wal_mode_while_another_connection_has_the_store_open(store: Store) -> None:
    other = sqlite3.connect(store.path)
    other.execute("SELECT count(*) FROM records").fetchone()  # a reader that has read is open
    try:
        with store.bulk_load() as bulk, store.transaction():
            store.add_records([make_record("1")])
            assert bulk is False
            assert other.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
            assert other.execute("SELECT count(*) FROM records").fetchone()[0] == 0  # not yet committed
    finally:
        other.close()
    assert store.has(["1"]) == {"1"}


def test_a_failed_bulk_load_leaves_the_store_as_it_was_and_in_wal_mode(store: Store) -> None:
    store.add_records([make_record("1")])
    with pytest.raises(RuntimeError), store.bulk_load(), store.transaction():
        store.add_records([make_record(str(pmid)) for pmid in range(2, 500)])
        raise RuntimeError("the file ended half-way")
    assert [record.pmid for record in store.records()] == ["1"]
    assert journal_mode(store.path) == "wal"
    with sqlite3.connect(store.path) as db:
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_a_bulk_load_cannot_begin_inside_a_transaction(store: Store) -> None:
    with store.transaction(), pytest.raises(RuntimeError, match="outside a transaction"), store.bulk_load():
        pass


READ_COUNT = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from harvester.store import Store
    print("opening", flush=True)
    with Store.open(Path(sys.argv[1])) as store:
        print(store.count(), flush=True)
    """
)


@pytest.mark.integration
def test_a_reader_arriving_during_a_bulk_load_waits_for_it_and_sees_its_records(store: Store) -> None:
    big = "x" * 20_000
    with store.bulk_load() as bulk, store.transaction():
        assert bulk is True
        # More than SQLite's page cache holds: the writes reach the file, under an exclusive lock.
        store.add_records([make_record(str(pmid), raw=big) for pmid in range(1, 301)])
        reader = subprocess.Popen(
            [sys.executable, "-c", READ_COUNT, str(store.path)], stdout=subprocess.PIPE, text=True
        )
        assert reader.stdout is not None and reader.stdout.readline().strip() == "opening"
        time.sleep(0.5)  # the reader is now opening the store, and waits for the commit
        assert reader.poll() is None
    out, _ = reader.communicate(timeout=20)
    assert reader.returncode == 0
    assert out.strip() == "300"
    assert journal_mode(store.path) == "wal"


KILLED_MID_LOAD = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from harvester.models import Record
    from harvester.store import Store
    with Store.open(Path(sys.argv[1])) as store, store.bulk_load() as alone, store.transaction():
        raw = "x" * 20_000
        store.add_records([Record(pmid=str(pmid), title="t", raw=raw) for pmid in range(2, 302)])
        print("written" if alone else "not alone", flush=True)
        time.sleep(60)
    """
)


@pytest.mark.integration
def test_a_bulk_load_killed_outright_is_undone_when_the_store_is_next_opened(tmp_path: Path) -> None:
    path = tmp_path / "store.sqlite"
    with Store.open(path) as store:
        store.add_records([make_record("1")])
    loader = subprocess.Popen(
        [sys.executable, "-c", KILLED_MID_LOAD, str(path)], stdout=subprocess.PIPE, text=True
    )
    try:
        assert loader.stdout is not None and loader.stdout.readline().strip() == "written"
        assert path.with_name("store.sqlite-journal").exists()  # pages already reached the file
    finally:
        loader.kill()
        loader.communicate(timeout=10)
    with Store.open(path) as store:
        assert [record.pmid for record in store.records()] == ["1"]
    assert journal_mode(path) == "wal"
    with contextlib.closing(sqlite3.connect(path)) as db:
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


@pytest.mark.integration
def test_opening_the_store_while_a_bulk_load_holds_it_too_long_is_store_busy(tmp_path: Path) -> None:
    path = tmp_path / "store.sqlite"
    Store.open(path).close()
    loader = subprocess.Popen(
        [sys.executable, "-c", KILLED_MID_LOAD, str(path)], stdout=subprocess.PIPE, text=True
    )
    try:
        assert loader.stdout is not None and loader.stdout.readline().strip() == "written"
        with pytest.raises(StoreBusyError, match="try again when it has finished"):
            Store.open(path, busy_timeout=0.2)
    finally:
        loader.kill()
        loader.communicate(timeout=10)


def test_a_writer_that_must_wait_for_the_store_says_so_first(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    path = tmp_path / "store.sqlite"
    Store.open(path).close()
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # another process writing
    try:
        with (
            Store.open(path, busy_timeout=0.3) as store,
            caplog.at_level(logging.WARNING),
            pytest.raises(StoreBusyError),
            store.transaction(),
        ):
            pass
    finally:
        other.execute("ROLLBACK")
        other.close()
    (waiting,) = [record.getMessage() for record in caplog.records]
    assert "the record store is busy" in waiting and "waiting up to 0.3 s" in waiting
    with Store.open(path) as store, caplog.at_level(logging.WARNING), store.transaction():
        pass  # a free store: no word about waiting
    assert len(caplog.records) == 1
