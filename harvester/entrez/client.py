"""PubMed's E-utilities (ESearch, EFetch) behind a client that never loses records quietly.

PubMed clients commonly fail in four silent ways: they give up on HTTP 429, they stop at
ESearch's 9,999-record ceiling, they accept truncated EFetch bodies, and they treat an ``<ERROR>``
answer as data. This client instead:

* retries 429, 5xx, timeouts, resets and truncated or malformed bodies with capped, jittered
  exponential backoff (honouring ``Retry-After``), then raises ``PubMedUnavailable``;
* splits a search matching more than 9,999 records into disjoint Entrez-date windows, halving
  each window until it fits, and warns when the union does not add up to PubMed's count;
* validates every EFetch body and refetches the PMIDs it lacks before reporting them missing;
* fetches by explicit PMID lists and never through the history server (WebEnv), so an expired
  WebEnv cannot break a harvest;
* keeps every request under NCBI's rate limit (3/s, or 10/s with an API key), shared by every
  process using the same data directory (``harvester.entrez.ratelimit``);
* stores validated answers in requests-cache's SQLite backend, with ``api_key``, ``email`` and
  ``tool`` redacted, so that ``--offline`` can replay a harvest without the network.

The cache is written explicitly, after validation, instead of through ``CachedSession``'s
automatic path: that path can only filter a response after receiving it, and filtering out a
failed refresh deletes the good answer cached earlier. What makes an answer acceptable is decided
in ``harvester.entrez.answers``; what a failed exchange means in ``failures``; date windows in
``windows``. What stays here is the one request path and what ESearch and EFetch do with it.
"""

from __future__ import annotations

import logging
import random
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import TypeVar

import requests
import requests_cache
from lxml import etree

from harvester.entrez.answers import (
    EMPTY_ARTICLE_SET,
    ArticleSet,
    ESearchPage,
    parse_efetch,
    parse_esearch,
)
from harvester.entrez.failures import accept, connection_problem
from harvester.entrez.ratelimit import limiter_for
from harvester.entrez.windows import EARLIEST, ESEARCH_LIMIT, LATEST, check_split, date_span, halves
from harvester.errors import (
    InputError,
    OfflineCacheMiss,
    PubMedError,
    PubMedUnavailable,
    RetryableFailure,
    UnusableAnswer,
    redact,
)
from harvester.progress import Progress, progress
from harvester.settings import Settings

__all__ = ["ESearchPage", "EntrezClient", "FetchResult", "SearchResult", "parse_esearch"]

log = logging.getLogger(__name__)

POST_ABOVE = 200  # NCBI asks for POST when an id list is longer than about 200
POST_TERM_ABOVE = 1_500  # characters: a longer search term goes in a POST body, not the URL
IGNORED_PARAMS = ("api_key", "email", "tool")  # kept out of cache keys and stored requests

T = TypeVar("T")


@dataclass(frozen=True)
class SearchResult:
    """The PMIDs matching a search, in PubMed's order (most recent first)."""

    count: int
    pmids: tuple[str, ...]
    query_translation: str
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True)
class FetchResult:
    """One EFetch batch: a validated ``<PubmedArticleSet>`` and the PMIDs PubMed did not return."""

    requested: tuple[str, ...]
    xml: bytes
    missing: tuple[str, ...]


@dataclass(frozen=True)
class CallPlan:
    """What one E-utilities call will do, decided before anything is sent.

    The decisions (cache key, offline replay, cache read, attempts) are made here and carried
    out by ``EntrezClient._call``, as requests-cache's ``CacheActions`` are by its session.
    """

    request: requests.PreparedRequest  # as sent: with tool, email and api_key
    key: str  # the cache key of the same request without them
    replay_only: bool  # --offline: the cache answers, or nothing does
    try_cache: bool  # a fresh cached answer may stand in for a request
    attempts: int


_EMAIL_WARNING = threading.Event()


class _RedactSecrets(logging.Filter):
    """urllib3 logs every URL it requests at DEBUG; the API key must not reach those records."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        clean = redact(message)
        if clean != message:
            record.msg, record.args = clean, None
        return True


logging.getLogger("urllib3.connectionpool").addFilter(_RedactSecrets())


class EntrezClient:
    """ESearch and EFetch for PubMed, with retries, rate limiting, validation and a cache.

    ``session`` is the transport for live requests (a new ``requests.Session`` by default); the
    cache always lives at ``settings.http_cache_path``.
    """

    esearch_page_size = ESEARCH_LIMIT  # PMIDs per ESearch page; smaller pages mean more requests

    def __init__(self, settings: Settings, *, session: requests.Session | None = None) -> None:
        self._settings = settings
        self._owns_session = session is None
        self._http = session if session is not None else requests.Session()
        settings.data_dir.mkdir(parents=True, exist_ok=True)
        # A CachedSession is how requests-cache applies ignored_parameters to its backend (a bare
        # SQLiteCache silently ignores them); read_only stops it from writing on its own.
        self._cache_session = requests_cache.CachedSession(
            settings.http_cache_path,
            backend="sqlite",
            allowable_methods=("GET", "POST"),
            ignored_parameters=list(IGNORED_PARAMS),
            read_only=True,
        )
        self._cache = self._cache_session.cache
        self._limiter = limiter_for(settings.rate_limit_path)
        if not settings.email and not settings.offline and not _EMAIL_WARNING.is_set():
            _EMAIL_WARNING.set()
            log.warning("NCBI asks E-utilities users for a contact address: set NCBI_EMAIL.")

    def __enter__(self) -> EntrezClient:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def close(self) -> None:
        """Close the cache and, when this client created it, the HTTP session."""
        if self._owns_session:
            self._http.close()
        self._cache_session.close()

    # ESearch -------------------------------------------------------------------------------

    def esearch(
        self,
        term: str,
        *,
        retstart: int = 0,
        retmax: int = 20,
        mindate: str | None = None,
        maxdate: str | None = None,
        datetype: str = "edat",
        **params: str,
    ) -> SearchResult:
        """One ESearch page, as PubMed answers it (its default page is 20 PMIDs)."""
        span = date_span(mindate, maxdate)
        page = self._esearch_page(term, retstart, retmax, span, datetype, params)
        return SearchResult(page.count, page.pmids, page.query_translation, page.warnings)

    def search(
        self,
        term: str,
        *,
        mindate: str | None = None,
        maxdate: str | None = None,
        datetype: str = "edat",
    ) -> SearchResult:
        """Every PMID matching ``term``, however many, each once, most recent first.

        Windows of the ``edat`` date type are disjoint; other date types can place a record in
        two windows, which deduplication absorbs.
        """
        span = date_span(mindate, maxdate)
        first = self._esearch_page(term, 0, self.esearch_page_size, span, datetype, {})
        with progress("Searching", total=first.count, unit="PMID", log=log) as step:
            pmids, notes = self._collect(term, span, datetype, first, step)
        unique = tuple(dict.fromkeys(pmids))
        if len(unique) != first.count:
            notes.append(
                f"PubMed counted {first.count} matches but {len(unique)} distinct PMIDs were "
                "retrieved (records were probably added or removed during the search); "
                "run the search again to pick them up."
            )
        warnings = tuple(dict.fromkeys([*first.warnings, *notes]))
        return SearchResult(first.count, unique, first.query_translation, warnings)

    def _collect(
        self,
        term: str,
        span: tuple[date, date] | None,
        datetype: str,
        first: ESearchPage | None = None,
        step: Progress | None = None,
    ) -> tuple[list[str], list[str]]:
        """PMIDs of one date window, splitting it in two while it holds more than ESearch gives."""
        size = self.esearch_page_size
        page = first or self._esearch_page(term, 0, size, span, datetype, {})
        if page.count > ESEARCH_LIMIT:
            lo, hi = span or (EARLIEST, LATEST)
            if lo < hi:
                newer_half, older_half = halves((lo, hi))
                firsts = [
                    self._esearch_page(term, 0, size, half, datetype, {}) for half in (newer_half, older_half)
                ]
                check_split(page.count, [f.count for f in firsts], (lo, hi), datetype)
                log.info(
                    "%s %s-%s holds %d records: split into %d + %d",
                    datetype,
                    f"{lo:%Y/%m/%d}",
                    f"{hi:%Y/%m/%d}",
                    page.count,
                    *(f.count for f in firsts),
                )
                newer = self._collect(term, newer_half, datetype, firsts[0], step)
                older = self._collect(term, older_half, datetype, firsts[1], step)
                return newer[0] + older[0], newer[1] + older[1]
        if step is not None and span is not None:
            step.status(f"{datetype} {span[0]:%Y/%m/%d}-{span[1]:%Y/%m/%d}")
        pmids = list(page.pmids)
        retstart = size
        while page.pmids and retstart < min(page.count, ESEARCH_LIMIT):
            if step is not None:
                step.update(len(page.pmids))
            page = self._esearch_page(term, retstart, size, span, datetype, {})
            pmids.extend(page.pmids)
            retstart += size
        if step is not None:
            step.update(len(page.pmids))
        notes = []
        if page.count > ESEARCH_LIMIT:
            day = (span or (EARLIEST, LATEST))[0]
            notes.append(
                f"{page.count} records share the {datetype} {day:%Y/%m/%d}; ESearch returns "
                f"only {ESEARCH_LIMIT} of them, so the rest were not retrieved."
            )
        return pmids, notes

    def _esearch_page(
        self,
        term: str,
        retstart: int,
        retmax: int,
        span: tuple[date, date] | None,
        datetype: str,
        extra: dict[str, str],
    ) -> ESearchPage:
        params = {"term": term, "retstart": str(retstart), "retmax": str(retmax), **extra}
        if span is not None:
            params.update(datetype=datetype, mindate=f"{span[0]:%Y/%m/%d}", maxdate=f"{span[1]:%Y/%m/%d}")
        # Search results change daily: always ask PubMed, but keep the answer for --offline.
        return self._call(
            "esearch.fcgi", params, parse_esearch, read_cache=False, post=len(term) > POST_TERM_ABOVE
        )

    # EFetch --------------------------------------------------------------------------------

    def efetch(self, pmids: Sequence[str]) -> FetchResult:
        """One batch of PubMed XML; PMIDs absent even from a refetch are reported, not raised."""
        requested = _clean_pmids(pmids)
        if not requested:
            return FetchResult((), EMPTY_ARTICLE_SET, ())
        fetched = self._efetch_once(requested)
        body, root = fetched.body, fetched.root
        missing = [pmid for pmid in requested if pmid not in fetched.pmids]
        if missing:
            log.info("PubMed left out %d of %d PMIDs; asking again", len(missing), len(requested))
            again = self._efetch_once(missing)
            if again.pmids:
                root.extend(list(again.root))
                body = etree.tostring(root.getroottree(), xml_declaration=True, encoding="UTF-8")
            missing = [pmid for pmid in missing if pmid not in again.pmids]
        return FetchResult(requested, body, tuple(missing))

    def fetch(self, pmids: Sequence[str], *, batch_size: int | None = None) -> Iterator[FetchResult]:
        """EFetch in batches, with a progress bar when stderr is a terminal."""
        size = batch_size or self._settings.batch_size
        if size < 1:
            raise InputError(f"batch size must be at least 1, not {size}")
        requested = _clean_pmids(pmids)
        with progress("Fetching", total=len(requested), unit="record", log=log) as step:
            for start in range(0, len(requested), size):
                batch = requested[start : start + size]
                yield self.efetch(batch)
                step.update(len(batch))

    def _efetch_once(self, pmids: Sequence[str]) -> ArticleSet:
        params = {"id": ",".join(pmids), "retmode": "xml"}
        wanted = set(pmids)
        return self._call(
            "efetch.fcgi",
            params,
            parse_efetch,
            post=len(pmids) > POST_ABOVE,
            # An answer that left records out is not reused: next time, PubMed is asked again.
            cacheable=lambda articles: wanted <= set(articles.pmids),
        )

    # HTTP, retries and cache ---------------------------------------------------------------

    def _call(
        self,
        endpoint: str,
        params: dict[str, str],
        parse: Callable[[bytes], T],
        *,
        post: bool = False,
        read_cache: bool = True,
        cacheable: Callable[[T], bool] = lambda _result: True,
    ) -> T:
        """Ask one endpoint, retrying until the answer parses; cache the accepted answer."""
        plan = self._plan(endpoint, params, post, read_cache)
        if plan.replay_only:
            return self._replay(endpoint, plan.key, parse)
        if plan.try_cache:
            cached = self._cached(plan.key, endpoint, parse)
            if cached is not None:
                return cached[0]
        return self._ask(plan, endpoint, parse, cacheable)

    def _plan(self, endpoint: str, params: dict[str, str], post: bool, read_cache: bool) -> CallPlan:
        # requests-cache redacts ignored parameters but keeps their names in the key, so a key
        # made with an API key would differ from one made without: key on the anonymous request.
        return CallPlan(
            request=self._prepare(endpoint, params, post),
            key=self._cache.create_key(self._prepare(endpoint, params, post, identify=False)),
            replay_only=self._settings.offline,
            try_cache=read_cache,
            attempts=max(1, self._settings.max_retries),
        )

    def _cached(self, key: str, endpoint: str, parse: Callable[[bytes], T]) -> tuple[T] | None:
        """A fresh cached answer that still parses, or None (an unusable one is dropped)."""
        cached = self._cache.get_response(key)
        if cached is None or cached.is_expired:
            return None
        try:
            result = parse(cached.content)
        except UnusableAnswer:
            self._cache.delete(key)
            return None
        log.debug("%s answered from the cache", endpoint)
        return (result,)

    def _ask(
        self, plan: CallPlan, endpoint: str, parse: Callable[[bytes], T], cacheable: Callable[[T], bool]
    ) -> T:
        """Send the request until an answer parses, waiting between attempts as the server asks."""
        problem = "no attempt made"
        for attempt in range(1, plan.attempts + 1):
            try:
                response = self._send(plan.request, endpoint, attempt, plan.attempts)
                result = accept(response, endpoint, parse)
            except RetryableFailure as retry:
                problem = retry.reason
                if attempt < plan.attempts:
                    delay = self._backoff(attempt, retry.retry_after)
                    # A second failure in a row is worth telling whoever waits (and the log).
                    level = logging.WARNING if attempt > 1 else logging.INFO
                    log.log(
                        level, "PubMed %s attempt %d/%d failed (%s); trying again in %.0f s",
                        endpoint, attempt, plan.attempts, problem, delay,
                    )  # fmt: skip
                    time.sleep(delay)
                else:
                    log.info("%s attempt %d/%d failed: %s", endpoint, attempt, plan.attempts, problem)
                continue
            if cacheable(result):
                self._store(plan.key, response, endpoint)
            return result
        tries = f"{plan.attempts} attempt{'s' if plan.attempts > 1 else ''}"
        raise PubMedUnavailable(
            f"PubMed {endpoint} gave no usable answer after {tries} "
            f"(last: {problem}); check the network or NCBI's status, or run with --offline "
            "(make digest OFFLINE=1) to use cached answers"
        )

    def _prepare(
        self, endpoint: str, params: dict[str, str], post: bool, *, identify: bool = True
    ) -> requests.PreparedRequest:
        """The request as sent; ``identify=False`` leaves out tool, email and api_key."""
        fields = {"db": "pubmed", **params}
        if identify:
            fields["tool"] = self._settings.tool
            if self._settings.email:
                fields["email"] = self._settings.email
            if self._settings.api_key:
                fields["api_key"] = self._settings.api_key
        url = self._settings.eutils_url + endpoint
        if post:
            request = requests.Request("POST", url, data=fields)
        else:
            request = requests.Request("GET", url, params=fields)
        return self._http.prepare_request(request)

    def _send(
        self, request: requests.PreparedRequest, endpoint: str, attempt: int, attempts: int
    ) -> requests.Response:
        self._limiter.wait(self._settings.requests_per_second)
        url = redact(request.url or "")
        log.info("%s %s (attempt %d/%d)", request.method, url, attempt, attempts)
        try:
            return self._http.send(request, timeout=self._settings.timeout)
        except requests.Timeout:
            raise RetryableFailure(f"no answer within {self._settings.timeout:g} s") from None
        except requests.exceptions.ChunkedEncodingError:
            raise RetryableFailure("the answer was cut off before its end") from None
        except requests.exceptions.ContentDecodingError:
            raise RetryableFailure("the answer could not be decompressed") from None
        except requests.ConnectionError as error:
            raise RetryableFailure(connection_problem(error, self._settings.eutils_url)) from None
        except requests.RequestException as error:
            raise PubMedError(
                f"cannot send a request to {self._settings.eutils_url!r} ({type(error).__name__});"
                " check HARVESTER_EUTILS_URL"
            ) from None

    def _backoff(self, attempt: int, retry_after: float | None) -> float:
        ceiling = min(self._settings.backoff_max, self._settings.backoff_base * 2 ** (attempt - 1))
        delay = random.uniform(ceiling / 2, ceiling)
        return max(delay, retry_after or 0.0)

    def _store(self, key: str, response: requests.Response, endpoint: str) -> None:
        # EFetch answers are reused until records may have been revised; ESearch answers are
        # only replayed offline, so they never expire.
        expires = None
        if endpoint == "efetch.fcgi":
            days = timedelta(days=self._settings.refresh_after_days)
            expires = datetime.now(UTC) + days
        self._cache.save_response(response, key, expires)

    def _replay(self, endpoint: str, key: str, parse: Callable[[bytes], T]) -> T:
        cached = self._cache.get_response(key)
        if cached is None:
            raise OfflineCacheMiss(
                f"--offline: this {endpoint} answer is not in the HTTP cache "
                f"({self._settings.http_cache_path}); run once without --offline to fetch it"
            )
        try:
            return parse(cached.content)
        except UnusableAnswer as error:
            raise OfflineCacheMiss(
                f"--offline: the cached {endpoint} answer is unusable ({error}); "
                "run without --offline to fetch it again"
            ) from None


# Arguments ---------------------------------------------------------------------------------


def _clean_pmids(pmids: Sequence[str]) -> tuple[str, ...]:
    """Strip and deduplicate PMIDs, keeping their order; anything but digits is an input error."""
    if isinstance(pmids, str):
        raise InputError(f"expected a list of PMIDs, got the single string {pmids!r}")
    cleaned = [str(pmid).strip() for pmid in pmids]
    for pmid in cleaned:
        if not pmid.isdigit():
            raise InputError(f"{pmid!r} is not a PubMed ID (PMIDs are digits only)")
    return tuple(dict.fromkeys(cleaned))
