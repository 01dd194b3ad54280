"""The E-utilities client, against the loopback stand-in over real HTTP."""

from __future__ import annotations

import io
import itertools
import logging
import socket
import sys
import threading
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from email.utils import format_datetime

import pytest
from lxml import etree

from harvester.entrez import EntrezClient
from harvester.entrez import client as entrez
from harvester.errors import (
    InputError,
    OfflineCacheMiss,
    PubMedError,
    PubMedQueryError,
    PubMedUnavailable,
)
from harvester.settings import Settings
from support.standin import Fault, StandIn

API_KEY = "standin-secret-key-0123456789"
EMAIL = "tests@example.org"


@pytest.fixture
def live(settings: Settings, eutils_standin: StandIn) -> Settings:
    """Settings aimed at the stand-in, with an API key so that tests may send 10 requests/s.

    The timeout leaves room for a loaded machine: a request that times out is sent again, and
    the tests that count requests would see the repeat.
    """
    return replace(settings, eutils_url=eutils_standin.url, api_key=API_KEY, timeout=2.0)


def pmids_in(xml: bytes) -> list[str]:
    root = etree.fromstring(xml)
    return root.xpath("PubmedArticle/MedlineCitation/PMID/text()")


def busiest_second(times: list[float]) -> int:
    """The most requests that fall within any one-second window."""
    times = sorted(times)
    return max(sum(1 for t in times[i:] if t - start < 1.0) for i, start in enumerate(times))


def encloses(outer: tuple[str, str], inner: tuple[str, str]) -> bool:
    """Whether date window ``outer`` strictly contains ``inner`` (dates as YYYY/MM/DD)."""
    return outer != inner and outer[0] <= inner[0] and inner[1] <= outer[1]


# ESearch ---------------------------------------------------------------------------


def test_search_pages_through_every_match_in_pubmeds_order(live, eutils_standin) -> None:
    pmids = eutils_standin.add_records(30)
    with EntrezClient(live) as client:
        client.esearch_page_size = 7
        result = client.search("massage therapy")
    assert result.pmids == tuple(reversed(pmids))  # most recent Entrez date first
    assert (result.count, result.warnings) == (30, ())
    assert result.query_translation == "massage therapy[All Fields]"
    starts = [r.param("retstart") for r in eutils_standin.requests_to("esearch.fcgi")]
    assert starts == ["0", "7", "14", "21", "28"]


def test_search_beyond_9999_splits_into_disjoint_date_windows(live, eutils_standin) -> None:
    pmids = eutils_standin.add_records(25_000)
    with EntrezClient(live) as client:
        result = client.search("multiple sclerosis")
    assert result.count == 25_000
    assert len(result.pmids) == len(set(result.pmids)) == 25_000
    assert set(result.pmids) == set(pmids)
    assert result.warnings == ()
    searches = eutils_standin.requests_to("esearch.fcgi")
    assert all(int(r.param("retstart")) <= 9_998 for r in searches)
    windows = sorted((r.param("mindate"), r.param("maxdate")) for r in searches if r.param("mindate"))
    leaves = [w for w in windows if not any(encloses(w, other) for other in windows)]
    assert (leaves[0][0], leaves[-1][1]) == ("1700/01/01", "3000/12/31")
    for (_, end), (start, _) in itertools.pairwise(leaves):
        day_after = datetime.strptime(end, "%Y/%m/%d").date() + timedelta(days=1)
        assert start == f"{day_after:%Y/%m/%d}"  # inclusive days: no overlap, no gap


def test_more_than_9999_records_on_one_day_is_reported_not_hidden(live, eutils_standin) -> None:
    eutils_standin.add_records(10_050, entrez_dates=[date(2021, 5, 4)] * 10_050)
    with EntrezClient(live) as client:
        result = client.search("rehabilitation", mindate="2021/05/04", maxdate="2021/05/04")
    assert result.count == 10_050 and len(result.pmids) == 9_999
    assert any("10050 records share" in warning for warning in result.warnings)
    assert any("9999 distinct PMIDs" in warning for warning in result.warnings)


def test_a_server_that_ignores_the_date_window_stops_the_split_at_once(live, eutils_standin) -> None:
    eutils_standin.add_records(12_000)
    eutils_standin.ignore_dates = True
    with (
        EntrezClient(live) as client,
        pytest.raises(PubMedError, match="ESearch ignored the date window") as raised,
    ):
        client.search("massage")
    assert "counted 12000 records and its two halves 12000 and 12000" in str(raised.value)
    assert len(eutils_standin.requests_to("esearch.fcgi")) == 3  # the whole, then its two halves


def test_a_phrase_pubmed_does_not_know_is_an_empty_result_with_a_warning(live, eutils_standin):
    eutils_standin.add_records(5)
    eutils_standin.set_term("abcXYZ", [])
    with EntrezClient(live) as client:
        result = client.search("abcXYZ")
    assert (result.count, result.pmids) == (0, ())
    assert "PhraseNotFound: abcXYZ" in result.warnings


def test_json_and_xml_answers_read_alike(live, eutils_standin) -> None:
    eutils_standin.add_records(12)
    eutils_standin.set_term("nothing here", [])
    with EntrezClient(live) as client:
        for term in ("massage", "nothing here"):
            as_xml = client.esearch(term, retmax=5)
            as_json = client.esearch(term, retmax=5, retmode="json")
            assert as_json == as_xml
    assert as_json.warnings == ("PhraseNotFound: nothing here", "OutputMessage: No items found.")


def test_esearch_honours_an_inclusive_date_window(live, eutils_standin) -> None:
    days = [date(2020, 1, 1), date(2020, 1, 2), date(2020, 1, 3), date(2020, 2, 1)]
    pmids = eutils_standin.add_records(4, entrez_dates=days)
    with EntrezClient(live) as client:
        result = client.search("x", mindate="2020/01/02", maxdate="2020/01")
    assert result.pmids == (pmids[2], pmids[1])
    request = eutils_standin.requests_to("esearch.fcgi")[0]
    assert (request.param("mindate"), request.param("maxdate")) == ("2020/01/02", "2020/01/31")
    assert request.param("datetype") == "edat"


def test_an_error_about_the_query_raises_without_retrying(live, eutils_standin) -> None:
    eutils_standin.inject(Fault("error", "esearch.fcgi", message="Invalid query: unbalanced ("))
    with EntrezClient(live) as client, pytest.raises(PubMedQueryError, match="unbalanced"):
        client.search("massage (")
    assert len(eutils_standin.requests) == 1


def test_asking_beyond_9999_is_refused_as_pubmed_refuses_it(live, eutils_standin) -> None:
    eutils_standin.add_records(3)
    with EntrezClient(live) as client, pytest.raises(PubMedQueryError, match="9998"):
        client.esearch("x", retstart=10_000)


def test_a_transient_backend_error_in_esearch_is_retried(live, eutils_standin) -> None:
    eutils_standin.add_records(3)
    message = "Search Backend failed: the address table is empty"
    eutils_standin.inject(Fault("error", "esearch.fcgi", message=message))
    with EntrezClient(live) as client:
        assert client.search("x").count == 3
    assert len(eutils_standin.requests) == 2


# Faults ------------------------------------------------------------------------------------

RECOVERABLE = [
    "429",
    "500",
    "502",
    "503",
    "reset",
    "slow",
    "truncated",
    "incomplete",
    "html",
    "error",
    "expired_webenv",
]


@pytest.mark.parametrize("kind", RECOVERABLE)
def test_efetch_retries_a_fault_and_returns_every_record(live, eutils_standin, kind) -> None:
    pmids = eutils_standin.add_records(4)
    eutils_standin.inject(Fault(kind, "efetch.fcgi", delay=live.timeout + 0.5))
    with EntrezClient(live) as client:
        result = client.efetch(pmids)
    assert sorted(pmids_in(result.xml)) == pmids and result.missing == ()
    assert len(eutils_standin.requests) == 2
    assert eutils_standin.pending_faults == []


@pytest.mark.parametrize("kind", ["429", "503", "reset", "truncated"])
def test_esearch_retries_a_fault(live, eutils_standin, kind) -> None:
    eutils_standin.add_records(4)
    eutils_standin.inject(Fault(kind, "esearch.fcgi"))
    with EntrezClient(live) as client:
        assert client.search("x").count == 4
    assert len(eutils_standin.requests) == 2


def test_persistent_failure_raises_unavailable_without_leaking_the_key(live, eutils_standin):
    pmids = eutils_standin.add_records(2)
    eutils_standin.inject(*[Fault("reset") for _ in range(3)])
    with EntrezClient(replace(live, max_retries=3)) as client, pytest.raises(PubMedUnavailable) as raised:
        client.efetch(pmids)
    message = str(raised.value)
    assert "3 attempts" in message and "--offline" in message and "\n" not in message
    assert API_KEY not in message and EMAIL not in message
    assert len(eutils_standin.requests) == 3


def test_a_request_failing_twice_tells_whoever_waits(live, eutils_standin, caplog) -> None:
    eutils_standin.add_records(2)
    eutils_standin.inject(Fault("500", "esearch.fcgi"), Fault("503", "esearch.fcgi"))
    with caplog.at_level(logging.INFO), EntrezClient(live) as client:
        client.search("x")
    retries = [r for r in caplog.records if "trying again" in r.getMessage()]
    assert [r.levelno for r in retries] == [logging.INFO, logging.WARNING]
    assert "PubMed esearch.fcgi attempt 2/6 failed (HTTP 503); trying again in " in retries[1].getMessage()


def test_a_search_split_into_windows_shows_its_progress_on_a_terminal(
    live, eutils_standin, monkeypatch
) -> None:
    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    eutils_standin.add_records(12_000)
    terminal = Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    with EntrezClient(live) as client:
        client.search("massage")
    assert "Searching:" in terminal.getvalue() and "/12000 " in terminal.getvalue()
    assert "edat " in terminal.getvalue()  # the date window being read


def test_retry_after_is_honoured(live, eutils_standin) -> None:
    pmids = eutils_standin.add_records(1)
    eutils_standin.inject(Fault("429", "efetch.fcgi", retry_after="1"))
    with EntrezClient(live) as client:
        client.efetch(pmids)
    first, second = (request.received for request in eutils_standin.requests)
    assert second - first >= 1.0


def test_retry_after_as_an_http_date_is_honoured(live, eutils_standin) -> None:
    pmids = eutils_standin.add_records(1)
    when = format_datetime(datetime.now(UTC) + timedelta(seconds=2), usegmt=True)
    eutils_standin.inject(Fault("503", "efetch.fcgi", retry_after=when))
    with EntrezClient(live) as client:
        client.efetch(pmids)
    first, second = (request.received for request in eutils_standin.requests)
    assert second - first >= 0.9  # the date is whole seconds: at least one of the two remains


def test_a_client_error_is_not_retried(live, eutils_standin) -> None:
    eutils_standin.inject(Fault("400", "esearch.fcgi"))
    with EntrezClient(live) as client, pytest.raises(PubMedError, match="HTTP 400") as raised:
        client.search("x")
    assert not isinstance(raised.value, PubMedUnavailable)
    assert len(eutils_standin.requests) == 1


@pytest.mark.parametrize(("api_key", "limit", "per_client"), [(None, 3, 4), (API_KEY, 10, 11)])
def test_rate_limit_holds_across_clients_and_threads(
    live, eutils_standin, api_key, limit, per_client
) -> None:
    eutils_standin.add_records(3)
    settings = replace(live, api_key=api_key)

    def search_repeatedly() -> None:
        with EntrezClient(settings) as client:
            for _ in range(per_client):
                client.esearch("x")

    threads = [threading.Thread(target=search_repeatedly) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    requests = eutils_standin.requests
    assert len(requests) == 2 * per_client
    assert busiest_second([request.received for request in requests]) <= limit
    assert all(request.param("api_key") == api_key for request in requests)


# EFetch ------------------------------------------------------------------------------------


def test_a_long_id_list_is_posted(live, eutils_standin) -> None:
    pmids = eutils_standin.add_records(250)
    with EntrezClient(live) as client:
        result = client.efetch(pmids)
    assert sorted(pmids_in(result.xml)) == pmids
    (request,) = eutils_standin.requests
    assert request.method == "POST"
    assert request.param("id").split(",") == pmids
    assert request.param("db") == "pubmed" and request.param("retmode") == "xml"


def test_a_short_id_list_is_a_get(live, eutils_standin) -> None:
    pmids = eutils_standin.add_records(3)
    with EntrezClient(live) as client:
        client.efetch(pmids)
    assert [request.method for request in eutils_standin.requests] == ["GET"]


def test_a_deleted_record_is_reported_missing_after_one_refetch(live, eutils_standin) -> None:
    pmids = eutils_standin.add_records(5)
    eutils_standin.withdraw(pmids[2])
    with EntrezClient(live) as client:
        result = client.efetch(pmids)
    assert result.requested == tuple(pmids)
    assert result.missing == (pmids[2],)
    assert sorted(pmids_in(result.xml)) == [p for p in pmids if p != pmids[2]]
    assert [r.param("id") for r in eutils_standin.requests] == [",".join(pmids), pmids[2]]


def test_records_left_out_once_are_refetched_into_one_article_set(live, eutils_standin) -> None:
    pmids = eutils_standin.add_records(5)
    eutils_standin.inject(Fault("fewer", "efetch.fcgi"))
    with EntrezClient(live) as client:
        result = client.efetch(pmids)
    assert result.missing == ()
    assert sorted(pmids_in(result.xml)) == pmids
    assert etree.fromstring(result.xml).tag == "PubmedArticleSet"
    assert eutils_standin.requests[1].param("id") == pmids[-1]


def test_a_book_article_counts_as_returned(live, eutils_standin) -> None:
    book = (
        "<PubmedBookArticle><BookDocument><PMID Version='1'>90000500</PMID>"
        "<ArticleTitle>A fictional chapter</ArticleTitle></BookDocument><PubmedBookData><History>"
        "<PubMedPubDate PubStatus='entrez'><Year>2019</Year><Month>3</Month><Day>7</Day>"
        "</PubMedPubDate></History></PubmedBookData></PubmedBookArticle>"
    )
    journal = eutils_standin.add_records(1)
    eutils_standin.add_article_xml(book)
    with EntrezClient(live) as client:
        result = client.efetch([*journal, "90000500"])
    assert result.missing == ()
    assert (
        etree.fromstring(result.xml).findtext("PubmedBookArticle/BookDocument/ArticleTitle")
        == "A fictional chapter"
    )
    assert len(eutils_standin.requests) == 1


def test_fetch_yields_batches(live, eutils_standin) -> None:
    pmids = eutils_standin.add_records(5)
    with EntrezClient(live) as client:
        batches = list(client.fetch(pmids, batch_size=2))
    assert [batch.requested for batch in batches] == [tuple(pmids[:2]), tuple(pmids[2:4]), (pmids[4],)]
    assert [len(pmids_in(batch.xml)) for batch in batches] == [2, 2, 1]


def test_progress_is_drawn_only_on_a_terminal(live, eutils_standin, capsys, monkeypatch) -> None:
    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    pmids = eutils_standin.add_records(4)
    with EntrezClient(live) as client:
        list(client.fetch(pmids, batch_size=2))
        assert capsys.readouterr().err == ""  # pytest's stderr is not a terminal
        terminal = Terminal()
        monkeypatch.setattr(sys, "stderr", terminal)
        list(client.fetch(pmids, batch_size=2))
    assert "Fetching:" in terminal.getvalue() and "/4 " in terminal.getvalue()


def test_fetch_uses_the_settings_batch_size(live, eutils_standin) -> None:
    pmids = eutils_standin.add_records(7)
    with EntrezClient(replace(live, batch_size=3)) as client:
        assert [len(batch.requested) for batch in client.fetch(pmids)] == [3, 3, 1]


def test_pmids_that_are_not_digits_are_an_input_error(live) -> None:
    with EntrezClient(live) as client, pytest.raises(InputError, match="'12a' is not a PubMed ID"):
        client.efetch(["123", "12a"])


def test_a_malformed_date_is_an_input_error(live) -> None:
    with EntrezClient(live) as client, pytest.raises(InputError, match="mindate '2020/13'"):
        client.search("x", mindate="2020/13")


# Cache and offline -------------------------------------------------------------------------


def test_a_repeated_efetch_is_served_from_the_cache(live, eutils_standin) -> None:
    pmids = eutils_standin.add_records(3)
    with EntrezClient(live) as client:
        first = client.efetch(pmids)
        eutils_standin.clear_log()
        second = client.efetch(pmids)
    assert second == first
    assert eutils_standin.requests == []


def test_a_repeated_search_always_asks_pubmed(live, eutils_standin) -> None:
    eutils_standin.add_records(3)
    with EntrezClient(live) as client:
        client.search("x")
        eutils_standin.add_records(2, start_pmid=90_000_100)
        assert client.search("x").count == 5
    assert len(eutils_standin.requests_to("esearch.fcgi")) == 2


def test_bad_answers_are_never_cached(live, eutils_standin) -> None:
    pmids = eutils_standin.add_records(2)
    eutils_standin.inject(Fault("truncated", "efetch.fcgi"), Fault("truncated", "efetch.fcgi"))
    with EntrezClient(replace(live, max_retries=2)) as client, pytest.raises(PubMedUnavailable):
        client.efetch(pmids)
    with EntrezClient(replace(live, offline=True)) as offline, pytest.raises(OfflineCacheMiss):
        offline.efetch(pmids)


def test_offline_replays_cached_answers_with_the_standin_gone(live, eutils_standin) -> None:
    pmids = eutils_standin.add_records(6)
    with EntrezClient(live) as client:
        searched = client.search("massage")
        fetched = list(client.fetch(searched.pmids, batch_size=4))
    eutils_standin.stop()
    with EntrezClient(replace(live, offline=True)) as offline:
        assert offline.search("massage") == searched
        assert list(offline.fetch(searched.pmids, batch_size=4)) == fetched
    assert sorted(searched.pmids) == pmids


def test_offline_without_a_cached_answer_says_so_and_stays_off_the_network(live, eutils_standin):
    eutils_standin.add_records(2)
    with (
        EntrezClient(replace(live, offline=True)) as offline,
        pytest.raises(OfflineCacheMiss, match="without --offline"),
    ):
        offline.search("never searched")
    assert eutils_standin.requests == []


def test_secrets_reach_the_wire_but_never_the_cache_or_the_logs(live, eutils_standin, caplog):
    caplog.set_level(logging.DEBUG)
    pmids = eutils_standin.add_records(230)
    eutils_standin.inject(Fault("503", "efetch.fcgi"), Fault("reset", "esearch.fcgi"))
    with EntrezClient(live) as client:
        client.search("x")
        client.efetch(pmids[:3])  # GET
        client.efetch(pmids)  # POST
    sent = eutils_standin.requests
    assert {request.method for request in sent} == {"GET", "POST"}
    assert all(r.param("api_key") == API_KEY and r.param("email") == EMAIL for r in sent)
    stored = b"".join(path.read_bytes() for path in live.data_dir.rglob("*") if path.is_file())
    logged = "\n".join(record.getMessage() for record in caplog.records)
    assert "esearch.fcgi" in logged and stored  # both really hold the traffic
    for secret in (API_KEY, EMAIL, "tests%40example.org"):
        assert secret.encode() not in stored
        assert secret not in logged


def test_a_missing_email_is_warned_about_once(live, eutils_standin, caplog, monkeypatch) -> None:
    monkeypatch.setattr(entrez, "_EMAIL_WARNING", threading.Event())
    anonymous = replace(live, email=None)
    with EntrezClient(anonymous), EntrezClient(anonymous):
        pass
    warnings = [r for r in caplog.records if "NCBI_EMAIL" in r.getMessage()]
    assert len(warnings) == 1 and warnings[0].levelno == logging.WARNING


def test_the_environment_points_the_client_at_the_standin(eutils_standin, tmp_path, monkeypatch):
    monkeypatch.delenv("NCBI_API_KEY", raising=False)
    eutils_standin.add_records(2)
    settings = Settings.from_env(data_dir=tmp_path / "data", email=EMAIL)
    with EntrezClient(settings) as client:
        assert client.search("x").count == 2
    assert eutils_standin.requests[0].param("tool") == "evidence-harvester"


def test_a_stopped_standin_makes_a_live_client_give_up_cleanly(live) -> None:
    standin = StandIn().start()
    url = standin.url
    standin.stop()
    port = url.split(":")[2].split("/")[0]
    with (
        EntrezClient(replace(live, eutils_url=url, max_retries=2)) as client,
        pytest.raises(
            PubMedUnavailable, match=f"after 2 attempts \\(last: connection refused by 127.0.0.1:{port}\\)"
        ),
    ):
        client.search("x")


def test_one_attempt_is_one_attempt_and_a_dns_failure_names_the_host(live, monkeypatch) -> None:
    def no_such_host(*args: object, **kwargs: object) -> None:
        raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")

    monkeypatch.setattr(socket, "getaddrinfo", no_such_host)
    settings = replace(live, eutils_url="http://eutils.example.invalid/entrez/eutils/", max_retries=1)
    with EntrezClient(settings) as client, pytest.raises(PubMedUnavailable) as raised:
        client.search("x")
    assert "after 1 attempt (last: DNS lookup failed for eutils.example.invalid)" in str(raised.value)
    assert "make digest OFFLINE=1" in str(raised.value)


def test_https_to_a_plain_http_server_is_named_a_tls_failure(live, eutils_standin) -> None:
    url = eutils_standin.url.replace("http://", "https://")
    with (
        EntrezClient(replace(live, eutils_url=url, max_retries=1)) as client,
        pytest.raises(PubMedUnavailable, match=r"TLS \(HTTPS\) handshake with 127\.0\.0\.1:\d+ failed"),
    ):
        client.search("x")


def test_a_long_search_term_is_posted_not_put_in_the_url(settings: Settings, eutils_standin: StandIn) -> None:
    eutils_standin.add_records(3)
    term = " OR ".join(f"term{i}[tiab]" for i in range(entrez.POST_TERM_ABOVE // 10))
    with EntrezClient(replace(settings, eutils_url=eutils_standin.url)) as client:
        result = client.search(term)

    (request,) = eutils_standin.requests_to("esearch.fcgi")
    assert request.method == "POST"
    assert request.param("term") == term
    assert result.count == 3
