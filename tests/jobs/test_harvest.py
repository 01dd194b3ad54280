"""Harvests against the loopback E-utilities stand-in: real HTTP, faults, kills and refreshes."""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from harvester.entrez.client import EntrezClient, FetchResult
from harvester.errors import PubMedUnavailable, StoreBusyError
from harvester.jobs.harvest import HarvestReport, harvest, plan_fetch
from harvester.pubmed import parse_record_xml
from harvester.queries import Query, load_query
from harvester.settings import Settings
from harvester.store import Store
from support import PROJECT_ROOT
from support.standin import Fault, StandIn

API_KEY = "SECRET-KEY-123"
QUERY_TOML = 'name = "demo"\ntitle = "Fictional demo"\nterm = "widget massage"\n'


@pytest.fixture
def query(tmp_path: Path) -> Query:
    (tmp_path / "queries").mkdir()
    (tmp_path / "queries" / "demo.toml").write_text(QUERY_TOML, encoding="utf-8")
    return load_query("demo", tmp_path / "queries")


@pytest.fixture
def live(settings: Settings, eutils_standin: StandIn) -> Settings:
    return dataclasses.replace(settings, eutils_url=eutils_standin.url, max_retries=4)


def fetched_pmids(standin: StandIn) -> list[str]:
    """Every PMID the stand-in was asked to EFetch, retries included."""
    return [
        pmid
        for request in standin.requests_to("efetch.fcgi")
        for pmid in (request.param("id") or "").split(",")
    ]


def busiest_second(standin: StandIn) -> int:
    """The most requests that arrived within any one-second window."""
    times = sorted(request.received for request in standin.requests)
    return max((sum(1 for t in times if start <= t < start + 1.0) for start in times), default=0)


def table_rows(path: Path, sql: str) -> list[tuple]:
    with sqlite3.connect(path) as db:
        return db.execute(sql).fetchall()


class Clock:
    def __init__(self, when: dt.datetime) -> None:
        self.when = when

    def __call__(self) -> dt.datetime:
        return self.when


@pytest.mark.parametrize(("api_key", "per_second"), [(None, 3), (API_KEY, 10)])
def test_1500_records_through_429_500_and_truncation_are_stored_once_within_the_rate_limit(
    live: Settings, eutils_standin: StandIn, query: Query, api_key: str | None, per_second: int
) -> None:
    settings = dataclasses.replace(live, api_key=api_key)
    pmids = eutils_standin.add_records(1500)
    eutils_standin.inject(
        Fault("429", "efetch.fcgi"), Fault("500", "efetch.fcgi"), Fault("truncated", "efetch.fcgi")
    )
    report = harvest(query, settings)

    assert (report.count, report.new, report.missing, report.already_stored) == (1500, 1500, 0, 0)
    assert eutils_standin.pending_faults == []
    with Store.open(settings.store_path) as store:
        assert store.query_pmids("demo") == sorted(pmids, key=int)
        assert [run.status for run in store.runs("demo")] == ["complete"]
    assert table_rows(settings.store_path, "SELECT count(*), count(DISTINCT pmid) FROM records") == [
        (1500, 1500)
    ]
    assert busiest_second(eutils_standin) <= per_second
    if api_key:
        assert all(request.param("api_key") == API_KEY for request in eutils_standin.requests)
        for path in settings.data_dir.rglob("*"):
            if path.is_file():
                assert API_KEY.encode() not in path.read_bytes(), f"the API key leaked into {path.name}"


def test_a_second_run_fetches_nothing_already_stored_and_offline_works_without_the_server(
    live: Settings, eutils_standin: StandIn, query: Query
) -> None:
    eutils_standin.add_records(450)
    harvest(query, live)
    eutils_standin.clear_log()

    again = harvest(query, live)
    assert (again.count, again.new, again.already_stored, again.refreshed) == (450, 0, 450, 0)
    assert eutils_standin.requests_to("efetch.fcgi") == []

    eutils_standin.stop()
    offline = harvest(query, dataclasses.replace(live, offline=True))
    assert (offline.count, offline.new, offline.already_stored) == (450, 0, 450)
    with Store.open(live.store_path) as store:
        assert [run.status for run in store.runs("demo")] == ["complete"] * 3


def test_offline_fetches_new_records_from_the_cache_only(
    live: Settings, eutils_standin: StandIn, query: Query, tmp_path: Path
) -> None:
    eutils_standin.add_records(30)
    harvest(query, live)
    live.store_path.unlink()  # a lost store is rebuilt from the HTTP cache
    for suffix in ("-wal", "-shm"):
        Path(str(live.store_path) + suffix).unlink(missing_ok=True)
    eutils_standin.stop()
    report = harvest(query, dataclasses.replace(live, offline=True))
    assert (report.count, report.new) == (30, 30)


def harvested_then_narrowed(standin: StandIn, live: Settings, query: Query) -> tuple[list[str], Query]:
    """Ten records harvested by ``query``, and the same saved search edited to a narrower term."""
    pmids = standin.add_records(10)
    harvest(query, live)
    return pmids, dataclasses.replace(query, term="widget massage AND trial")


def test_records_an_edited_search_no_longer_finds_leave_its_records_but_not_the_store(
    live: Settings, eutils_standin: StandIn, query: Query
) -> None:
    pmids, narrower = harvested_then_narrowed(eutils_standin, live, query)
    eutils_standin.set_term(narrower.full_term(), pmids[:6])
    report = harvest(narrower, live)
    assert (report.count, report.new, report.already_stored) == (6, 0, 6)
    with Store.open(live.store_path) as store:
        assert store.query_pmids("demo") == sorted(pmids[:6], key=int)
        assert store.count() == 10


def test_a_search_whose_records_did_not_all_arrive_keeps_the_earlier_ones(
    live: Settings, eutils_standin: StandIn, query: Query
) -> None:
    pmids, narrower = harvested_then_narrowed(eutils_standin, live, query)
    (gone,) = eutils_standin.add_records(1, start_pmid=99_999_999)
    eutils_standin.set_term(narrower.full_term(), [*pmids[:6], gone])
    eutils_standin.withdraw(gone)  # counted by ESearch, never returned by EFetch
    report = harvest(narrower, live)
    assert report.missing == 1
    with Store.open(live.store_path) as store:
        assert store.query_pmids("demo") == sorted(pmids, key=int)


class FailAfter:
    """A real client whose PubMed starts failing for good after ``batches`` EFetch batches."""

    def __init__(self, client: EntrezClient, standin: StandIn, batches: int, attempts: int) -> None:
        self.client, self.standin, self.batches, self.attempts = client, standin, batches, attempts

    def search(self, *args: object, **kwargs: object):
        return self.client.search(*args, **kwargs)

    def fetch(self, pmids: list[str], batch_size: int | None = None) -> Iterator[FetchResult]:
        for number, batch in enumerate(self.client.fetch(pmids, batch_size=batch_size), start=1):
            if number == self.batches:
                self.standin.inject(*[Fault("500", "efetch.fcgi")] * self.attempts)
            yield batch


def test_a_permanent_failure_keeps_completed_batches_and_the_next_run_fetches_only_the_rest(
    live: Settings, eutils_standin: StandIn, query: Query
) -> None:
    eutils_standin.add_records(1000)
    settings = dataclasses.replace(live, batch_size=200)
    with Store.open(settings.store_path) as store, EntrezClient(settings) as client:
        with pytest.raises(PubMedUnavailable):
            harvest(
                query,
                settings,
                client=FailAfter(client, eutils_standin, 2, settings.max_retries),
                store=store,
            )  # type: ignore[arg-type]
        kept = set(store.query_pmids("demo"))
        assert len(kept) == 400 and store.count() == 400
        failed = store.runs("demo")[-1]
        assert failed.status == "failed" and "after 4 attempts" in (failed.message or "")
        assert store.last_complete_run("demo") is None

    eutils_standin.clear_log()
    report = harvest(query, settings)
    assert (report.new, report.already_stored) == (600, 400)
    asked = fetched_pmids(eutils_standin)
    assert len(asked) == 600 and not kept.intersection(asked)
    assert table_rows(settings.store_path, "SELECT count(*) FROM records") == [(1000,)]


def test_a_harvest_killed_mid_way_leaves_a_sound_store_and_the_next_run_completes_it(
    live: Settings, eutils_standin: StandIn, tmp_path: Path, query: Query
) -> None:
    pmids = eutils_standin.add_records(1000)
    eutils_standin.inject(*[Fault("slow", "efetch.fcgi", delay=1.0)] * 5)
    env = {**os.environ, "HARVESTER_EUTILS_URL": eutils_standin.url, "NCBI_EMAIL": "tests@example.org"}
    env.pop("NCBI_API_KEY", None)
    command = [
        sys.executable,
        "-m",
        "harvester",
        "--data-dir",
        str(live.data_dir),
        "harvest",
        str(query.path),
    ]
    child = subprocess.Popen(
        command, env=env, cwd=PROJECT_ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and child.poll() is None:
            if live.store_path.exists() and _stored(live.store_path) > 0:
                break
            time.sleep(0.05)
        assert child.poll() is None, "the harvest finished before it could be killed"
        child.send_signal(signal.SIGKILL)
    finally:
        child.wait(timeout=30)

    with sqlite3.connect(live.store_path) as db:
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert db.execute("SELECT count(*) FROM runs WHERE status = 'complete'").fetchone()[0] == 0
        rows = db.execute("SELECT pmid, raw FROM records").fetchall()
    assert 0 < len(rows) < 1000 and len(rows) % 200 == 0
    for pmid, raw in rows:
        assert parse_record_xml(raw).pmid == pmid

    eutils_standin.clear_log()
    report = harvest(query, live)
    assert (report.new, report.already_stored) == (1000 - len(rows), len(rows))
    assert not {pmid for pmid, _ in rows}.intersection(fetched_pmids(eutils_standin))
    assert table_rows(live.store_path, "SELECT count(*), count(DISTINCT pmid) FROM records") == [(1000, 1000)]
    with Store.open(live.store_path) as store:
        assert store.query_pmids("demo") == sorted(pmids, key=int)
        assert [run.status for run in store.runs("demo")] == ["interrupted", "complete"]


def _stored(path: Path) -> int:
    try:
        with sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=0.1) as db:
            return db.execute("SELECT count(*) FROM records").fetchone()[0]
    except sqlite3.Error:
        return 0


RETRACTED = """<PubmedArticle><MedlineCitation Status="MEDLINE" Owner="NLM">
<PMID Version="1">{pmid}</PMID><Article PubModel="Print"><Journal><JournalIssue CitedMedium="Print">
<PubDate><Year>2020</Year></PubDate></JournalIssue><Title>Demonstration Journal</Title></Journal>
<ArticleTitle>RETRACTED: Fictional record {pmid}.</ArticleTitle><Language>eng</Language>
<PublicationTypeList><PublicationType UI="D016428">Journal Article</PublicationType>
<PublicationType UI="D016441">Retracted Publication</PublicationType></PublicationTypeList></Article>
<CommentsCorrectionsList><CommentsCorrections RefType="RetractionIn"><RefSource>Demo J. 2026</RefSource>
<PMID Version="1">99999999</PMID></CommentsCorrections></CommentsCorrectionsList></MedlineCitation>
<PubmedData><History><PubMedPubDate PubStatus="entrez"><Year>2020</Year><Month>1</Month><Day>1</Day>
</PubMedPubDate></History><ArticleIdList><ArticleId IdType="pubmed">{pmid}</ArticleId></ArticleIdList>
</PubmedData></PubmedArticle>"""


def test_stale_records_are_refetched_and_a_new_retraction_is_noted(
    live: Settings, eutils_standin: StandIn, query: Query
) -> None:
    pmids = eutils_standin.add_records(20)
    start = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
    harvest(query, live, now=Clock(start))
    eutils_standin.add_article_xml(RETRACTED.format(pmid=pmids[3]))
    live.http_cache_path.unlink()  # a month on, the cached EFetch answers have expired too

    eutils_standin.clear_log()
    later = harvest(query, live, now=Clock(start + dt.timedelta(days=live.refresh_after_days + 1)))
    assert (later.refreshed, later.new) == (20, 0)
    assert sorted(fetched_pmids(eutils_standin)) == sorted(pmids)
    with Store.open(live.store_path) as store:
        assert store.record(pmids[3]).retracted  # type: ignore[union-attr]
        changes = store.status_changes("demo", since=dt.date(2026, 1, 2))
        assert [(c.pmid, c.retracted_before, c.retracted_after) for c in changes] == [(pmids[3], False, True)]

    eutils_standin.clear_log()
    harvest(query, live, now=Clock(start + dt.timedelta(days=live.refresh_after_days + 2)))
    assert eutils_standin.requests_to("efetch.fcgi") == []  # fresh again: nothing to refetch


def test_the_search_sends_the_full_term_and_a_publication_date_window(
    live: Settings, eutils_standin: StandIn, tmp_path: Path
) -> None:
    eutils_standin.add_records(10, entrez_dates=[dt.date(1995 + 3 * i, 6, 1) for i in range(10)])
    path = tmp_path / "queries" / "windowed.toml"
    path.parent.mkdir(exist_ok=True)
    path.write_text(
        'name = "windowed"\nterm = "widget"\n[filters]\nmindate = "2001"\nmaxdate = "2010/12"\n'
        'languages = ["english"]\n',
        encoding="utf-8",
    )
    windowed = load_query(path, tmp_path / "queries")
    report = harvest(windowed, live)
    search = eutils_standin.requests_to("esearch.fcgi")[0]
    assert search.param("term") == windowed.full_term() == '(widget) AND ("english"[la])'
    assert (search.param("datetype"), search.param("mindate"), search.param("maxdate")) == (
        "pdat",
        "2001/01/01",
        "2010/12/31",
    )
    assert report.count == 4  # 2001, 2004, 2007, 2010


class Exploding:
    """A client whose transport fails with an error message that quotes the request URL."""

    def search(self, *args: object, **kwargs: object):
        raise RuntimeError(f"GET https://example.invalid/esearch.fcgi?term=x&api_key={API_KEY} failed")


def test_a_failure_message_is_stored_without_the_api_key(settings: Settings, query: Query) -> None:
    with pytest.raises(RuntimeError):
        harvest(query, settings, client=Exploding())  # type: ignore[arg-type]
    with Store.open(settings.store_path) as store:
        [failed] = store.runs("demo")
    assert failed.status == "failed" and "api_key=REDACTED" in (failed.message or "")
    for path in settings.data_dir.iterdir():
        assert API_KEY.encode() not in path.read_bytes(), path.name


def test_the_plan_fetches_new_pmids_in_search_order_then_stale_ones_in_pmid_order() -> None:
    plan = plan_fetch(["30", "4", "30", "200", "17"], stored={"4", "17"}, stale={"17", "4"})
    assert plan.matched == ("30", "4", "200", "17")
    assert plan.wanted == ("30", "200", "4", "17")


def test_the_plan_fetches_nothing_the_store_holds_fresh() -> None:
    plan = plan_fetch(["1", "2"], stored={"1", "2"}, stale=set())
    assert plan.wanted == ()


def test_a_second_harvest_of_the_same_search_is_refused_while_the_first_runs(
    live: Settings, eutils_standin: StandIn, query: Query
) -> None:
    eutils_standin.add_records(600)
    eutils_standin.inject(Fault("slow", "efetch.fcgi", delay=1.5))
    outcome: dict[str, object] = {}

    def first() -> None:
        outcome["first"] = harvest(query, live)

    thread = threading.Thread(target=first)
    thread.start()
    deadline = time.monotonic() + 10
    while not eutils_standin.requests_to("efetch.fcgi") and time.monotonic() < deadline:
        time.sleep(0.02)
    with pytest.raises(StoreBusyError, match="another harvest of saved search 'demo' is running"):
        harvest(query, live)
    thread.join()

    report = outcome["first"]
    assert isinstance(report, HarvestReport) and report.new == 600
    assert len(eutils_standin.requests_to("efetch.fcgi")) == 3  # 600 records in batches of 200, once
    with Store.open(live.store_path) as store:
        assert [run.status for run in store.runs("demo")] == ["complete"]
    assert harvest(query, live).already_stored == 600  # the lock went with the first harvest
