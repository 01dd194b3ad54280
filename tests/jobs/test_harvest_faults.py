"""PubMed misbehaving, through the real ``harvester harvest`` against the loopback stand-in.

Whatever the fault, a harvest ends one of two ways: it completes with every record stored once
and whole, or it exits 3 with one line saying what failed. Either way the store passes SQLite's
integrity check and no run is marked complete unless it was.
"""

from __future__ import annotations

import sqlite3
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

import harvester.cli
from harvester import pubmed
from harvester.cli import cli
from harvester.entrez import EntrezClient
from harvester.errors import PubMedUnavailable
from harvester.jobs.harvest import harvest
from harvester.queries import load_query
from harvester.settings import Settings
from support.standin import Fault, StandIn

pytestmark = pytest.mark.integration  # real sockets and killed processes

RECORDS = 450  # three EFetch batches of 200
BATCH = 200
API_KEY = "fault-suite-key-0123456789"
RETRIES = 3


@dataclass(frozen=True)
class QuickSettings(Settings):
    """Fast retries and a short timeout, so every fault resolves within a second or two."""

    max_retries: int = RETRIES
    backoff_base: float = 0.01
    backoff_max: float = 0.02
    timeout: float = 1.0
    batch_size: int = BATCH


@pytest.fixture
def standin(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, eutils_standin: StandIn) -> StandIn:
    """The stand-in holding RECORDS fictional records, and a saved search 'faulty' matching them."""
    queries = tmp_path / "queries"
    queries.mkdir()
    (queries / "faulty.toml").write_text('name = "faulty"\nterm = "hand massage"\n', encoding="utf-8")
    monkeypatch.setenv("HARVESTER_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("HARVESTER_QUERIES_DIR", str(queries))
    monkeypatch.setenv("NCBI_API_KEY", API_KEY)  # 10 requests/s keeps the suite short
    monkeypatch.setenv("NCBI_EMAIL", "faults@example.org")
    monkeypatch.setattr(harvester.cli, "Settings", QuickSettings)
    eutils_standin.add_records(RECORDS)
    return eutils_standin


def run_harvest() -> Result:
    return CliRunner().invoke(cli, ["harvest", "faulty"])


def store_path(tmp_path: Path) -> Path:
    return tmp_path / "data" / "harvester.sqlite"


def check_store(path: Path) -> tuple[set[str], list[tuple[str, int | None, int | None]]]:
    """Integrity, whole records, consistent membership, no API key on disk.

    Returns the stored PMIDs and the runs' (status, fetched, missing), oldest first.
    """
    with closing(sqlite3.connect(path)) as db:
        assert db.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        rows = db.execute("SELECT pmid, raw FROM records").fetchall()
        members = {row[0] for row in db.execute("SELECT pmid FROM query_members WHERE query = 'faulty'")}
        runs = db.execute("SELECT status, fetched, missing FROM runs ORDER BY id").fetchall()
    for pmid, raw in rows:
        record = pubmed.parse_record_xml(raw)
        assert record.pmid == pmid
        assert record.title == f"Fictional record {pmid} for exercising the harvester."
    pmids = {pmid for pmid, _ in rows}
    assert members == pmids, "a record is stored but not attached, or attached but not stored"
    for file in path.parent.iterdir():  # the store, the HTTP cache and their WAL files
        assert API_KEY.encode() not in file.read_bytes(), f"the API key leaked into {file.name}"
    return pmids, runs


def assert_completed(result: Result, path: Path, missing: int = 0) -> set[str]:
    assert result.exit_code == 0, result.output + result.stderr
    assert f"{missing} missing" in result.output
    pmids, runs = check_store(path)
    assert runs[-1] == ("complete", RECORDS - missing, missing)
    assert len(pmids) == RECORDS - missing
    return pmids


def assert_failed_cleanly(result: Result, path: Path, *named: str) -> None:
    assert result.exit_code == 3, result.output + result.stderr
    assert isinstance(result.exception, SystemExit), f"uncaught {result.exception!r}"
    assert "Traceback" not in result.output + result.stderr
    errors = [line for line in result.stderr.splitlines() if line.startswith("Error")]
    assert len(errors) == 1, result.stderr
    for name in named:
        assert name in errors[0]
    assert API_KEY not in result.output + result.stderr
    _, runs = check_store(path)
    assert runs[-1][0] == "failed"
    assert all(status != "complete" for status, _, _ in runs)


# --- faults a harvest rides out ------------------------------------------------------------

ES, EF = "esearch.fcgi", "efetch.fcgi"
TRANSIENT = {
    "429 without Retry-After": [Fault("429", EF)],
    "500": [Fault("500", ES), Fault("500", EF)],
    "502": [Fault("502", ES), Fault("502", EF)],
    "503": [Fault("503", ES), Fault("503", EF)],
    "503 twice in a row": [Fault("503", EF), Fault("503", EF)],
    "connection reset": [Fault("reset", ES), Fault("reset", EF)],
    "answer slower than the timeout": [Fault("slow", EF, delay=2.0)],
    "truncated XML": [Fault("truncated", ES), Fault("truncated", EF)],
    "connection closed mid-body": [Fault("incomplete", EF)],
    "HTML error page with status 200": [Fault("html", ES), Fault("html", EF)],
    "ESearch backend failure": [Fault("error", ES, message="Search Backend failed: timeout")],
    "<ERROR> inside EFetch": [Fault("error", EF)],
    "fewer records than asked for": [Fault("fewer", EF)],
    "expired WebEnv": [Fault("expired_webenv", ES), Fault("expired_webenv", EF)],
}


@pytest.mark.parametrize("faults", TRANSIENT.values(), ids=TRANSIENT.keys())
def test_a_transient_fault_is_retried_and_the_harvest_completes(
    standin: StandIn, tmp_path: Path, faults: list[Fault]
) -> None:
    standin.inject(*faults)
    result = run_harvest()
    assert_completed(result, store_path(tmp_path))
    assert standin.pending_faults == [], "every fault was met"


def test_retry_after_is_honoured(standin: StandIn, tmp_path: Path) -> None:
    standin.inject(Fault("429", EF, retry_after="1"))
    result = run_harvest()
    assert_completed(result, store_path(tmp_path))
    first, second = standin.requests_to(EF)[:2]
    assert second.received - first.received >= 0.95


def test_a_pmid_missing_from_a_batch_is_reported_not_invented(standin: StandIn, tmp_path: Path) -> None:
    withdrawn = str(90_000_001 + 250)  # in the second batch
    standin.withdraw(withdrawn)
    result = run_harvest()
    pmids = assert_completed(result, store_path(tmp_path), missing=1)
    assert withdrawn not in pmids


def test_a_record_left_out_twice_is_reported_missing_and_fetched_next_time(
    standin: StandIn, tmp_path: Path
) -> None:
    standin.inject(Fault("fewer", EF), Fault("fewer", EF))  # the batch, then the re-ask
    assert_completed(run_harvest(), store_path(tmp_path), missing=1)
    result = run_harvest()
    assert result.exit_code == 0, result.output + result.stderr
    assert "1 new" in result.output
    pmids, runs = check_store(store_path(tmp_path))
    assert len(pmids) == RECORDS
    assert [status for status, _, _ in runs] == ["complete", "complete"]


# --- faults that end the harvest -----------------------------------------------------------

FATAL = {
    "<ERROR> inside ESearch": (
        [Fault("error", ES, message="Invalid query syntax")],
        ["Invalid query syntax"],
    ),
    "429 on every attempt": ([Fault("429", ES, retry_after="0")] * RETRIES, ["esearch", "429"]),
    "503 on every EFetch attempt": ([Fault("503", EF)] * RETRIES, ["efetch", "503"]),
    "resets on every attempt": ([Fault("reset", ES)] * RETRIES, ["esearch", "connection"]),
    "HTML pages on every attempt": ([Fault("html", EF)] * RETRIES, ["efetch"]),
}


@pytest.mark.parametrize("faults, named", FATAL.values(), ids=FATAL.keys())
def test_a_persistent_fault_exits_3_and_claims_nothing(
    standin: StandIn, tmp_path: Path, faults: list[Fault], named: list[str]
) -> None:
    standin.inject(*faults)
    result = run_harvest()
    assert_failed_cleanly(result, store_path(tmp_path), *named)
    pmids, _ = check_store(store_path(tmp_path))
    assert pmids == set(), "the first batch failed, so nothing can have been stored"

    assert_completed(run_harvest(), store_path(tmp_path))  # the next run catches up


def test_a_failure_after_some_batches_keeps_them_and_the_rerun_fetches_only_the_rest(
    standin: StandIn, settings: Settings, tmp_path: Path
) -> None:
    settings = QuickSettings(data_dir=settings.data_dir, eutils_url=standin.url, api_key=API_KEY)
    query = load_query(tmp_path / "queries" / "faulty.toml", tmp_path / "queries")

    class BreaksAfterFirstBatch(EntrezClient):
        """PubMed goes down for good once the first batch has been handed over."""

        def fetch(self, pmids, *, batch_size=None):
            for index, batch in enumerate(super().fetch(pmids, batch_size=batch_size)):
                yield batch
                if index == 0:
                    standin.inject(*[Fault("503", EF)] * RETRIES)

    with BreaksAfterFirstBatch(settings) as client, pytest.raises(PubMedUnavailable, match="efetch"):
        harvest(query, settings, client=client)
    kept, runs = check_store(settings.store_path)
    assert len(kept) == BATCH
    assert [status for status, _, _ in runs] == ["failed"]

    standin.clear_log()
    report = harvest(query, settings)
    assert (report.new, report.already_stored, report.missing) == (RECORDS - BATCH, BATCH, 0)
    refetched = {pmid for r in standin.requests_to(EF) for pmid in (r.param("id") or "").split(",")}
    assert not refetched & kept
    stored, runs = check_store(settings.store_path)
    assert len(stored) == RECORDS
    assert [status for status, _, _ in runs] == ["failed", "complete"]


# --- no network at all ---------------------------------------------------------------------


@pytest.mark.parametrize("keep_api_key", [True, False], ids=["same environment", "API key unset"])
def test_an_offline_rerun_answers_from_the_cache_with_pubmed_gone(
    standin: StandIn, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, keep_api_key: bool
) -> None:
    assert_completed(run_harvest(), store_path(tmp_path))
    standin.stop()
    if not keep_api_key:  # the key is a secret, never part of a cache key: its absence is too
        monkeypatch.delenv("NCBI_API_KEY")
    result = CliRunner().invoke(cli, ["harvest", "faulty", "--offline"])
    assert result.exit_code == 0, result.output + result.stderr
    assert f"0 new, 0 refreshed, {RECORDS} already stored" in result.output
    _, runs = check_store(store_path(tmp_path))
    assert [status for status, _, _ in runs] == ["complete", "complete"]
