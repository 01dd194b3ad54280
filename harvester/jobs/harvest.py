"""One harvest: search PubMed for a saved search, fetch what the store lacks or holds stale, keep it.

The order of steps is what makes a harvest safe to kill at any moment:

1. a run is recorded as ``running``;
2. ESearch returns every matching PMID;
3. PMIDs already stored are attached to the saved search (true whatever happens next);
4. the PMIDs the store lacks, plus this search's records older than ``refresh_after_days``
   (re-fetched so that retractions and corrections show up), are fetched in batches, and each
   batch is parsed and stored with its membership in ONE transaction;
5. only then is the run marked ``complete``.

There is no watermark: the next run asks the store what it lacks, so a failed or killed run simply
leaves less done, never a gap marked as done.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from contextlib import AbstractContextManager, ExitStack
from dataclasses import dataclass

from harvester import pubmed
from harvester.entrez import EntrezClient
from harvester.errors import redact
from harvester.models import pmid_key
from harvester.queries import Query
from harvester.settings import Settings
from harvester.store import Clock, Store, utc_now
from harvester.store.locks import exclusive

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class HarvestReport:
    """What one harvest did, for the one-line summary and the digest."""

    run_id: int
    count: int  # PMIDs the search matched
    query_translation: str
    new: int  # records stored for the first time
    refreshed: int  # stored records fetched again because they were stale
    already_stored: int  # matched PMIDs the store already held (not fetched again unless stale)
    missing: int  # PMIDs asked for that PubMed did not return
    warnings: tuple[str, ...]


def harvest(
    query: Query,
    settings: Settings,
    *,
    client: EntrezClient | None = None,
    store: Store | None = None,
    now: Clock = utc_now,
) -> HarvestReport:
    """Run one harvest of ``query``; see the module docstring for the steps.

    ``store`` and ``client`` are opened from ``settings`` (and closed again) when not given.
    On any failure the run is marked failed (interrupted for Ctrl-C) and the error re-raised.
    """
    with ExitStack() as owned:
        owned.enter_context(_only_harvest_of(query, settings))
        if store is None:
            store = owned.enter_context(Store.open(settings.store_path, now=now))
        if client is None:
            client = owned.enter_context(EntrezClient(settings))
        run_id = store.begin_run(query.name, kind="harvest")
        try:
            return _harvest(query, settings, client, store, run_id)
        except KeyboardInterrupt:
            _close_run(store, run_id, "interrupted", "interrupted by the user")
            raise
        except BaseException as error:
            # Not every exception is ours (and so redacted): never let a URL's api_key into the store.
            _close_run(store, run_id, "failed", redact(str(error)) or type(error).__name__)
            raise


@dataclass(frozen=True)
class FetchPlan:
    """Which PMIDs a harvest fetches, decided from the search result and the store alone."""

    matched: tuple[str, ...]  # every PMID the search found, in PubMed's order, once each
    stored: frozenset[str]  # of those, the ones the store already holds
    stale: frozenset[str]  # stored records of the search old enough to be fetched again
    wanted: tuple[str, ...]  # what to fetch: the new PMIDs, then the stale ones in PMID order


def plan_fetch(pmids: Sequence[str], stored: set[str], stale: set[str]) -> FetchPlan:
    """New PMIDs first (in the search's order), then stale ones; nothing stored is fetched twice."""
    matched = tuple(dict.fromkeys(pmids))
    wanted = [pmid for pmid in matched if pmid not in stored]
    wanted += sorted(stale, key=pmid_key)
    return FetchPlan(matched, frozenset(stored), frozenset(stale), tuple(wanted))


def _only_harvest_of(query: Query, settings: Settings) -> AbstractContextManager[None]:
    """Refuse a second harvest of one saved search on one data directory while the first runs:
    it would fetch the same batches again. Harvests of different searches run side by side."""
    return exclusive(
        settings.data_dir / f"harvest-{query.name}.lock",
        f"another harvest of saved search '{query.name}' is running on {settings.data_dir}; "
        "let it finish (what it fetches is kept), then run this one again",
    )


def _harvest(
    query: Query,
    settings: Settings,
    client: EntrezClient,
    store: Store,
    run_id: int,
) -> HarvestReport:
    if query.mindate or query.maxdate:
        result = client.search(
            query.full_term(), mindate=query.mindate, maxdate=query.maxdate, datetype="pdat"
        )
    else:
        result = client.search(query.full_term())
    stored = store.has(list(dict.fromkeys(result.pmids)))
    store.attach(query.name, stored, run_id)
    # Offline, a re-fetch could only return the same cached answer, so stale records stay as they are.
    stale = (
        set() if settings.offline else store.stale(store.query_pmids(query.name), settings.refresh_after_days)
    )
    plan = plan_fetch(result.pmids, stored, stale)
    log.info(
        "%s: %d matched, %d to fetch (%d stale)", query.name, len(plan.matched), len(plan.wanted), len(stale)
    )
    totals = _fetch_and_store(plan, query.name, client, store, run_id, settings.batch_size)
    warnings = tuple(result.warnings)
    store.finish_run(
        run_id,
        status="complete",
        count=result.count,
        query_translation=result.query_translation,
        fetched=totals.fetched,
        new=totals.new,
        refreshed=totals.refreshed,
        missing=totals.missing,
        message="; ".join(warnings) or None,
    )
    return HarvestReport(
        run_id=run_id,
        count=result.count,
        query_translation=result.query_translation,
        new=totals.new,
        refreshed=totals.refreshed,
        already_stored=len(stored),
        missing=totals.missing,
        warnings=warnings,
    )


@dataclass
class _FetchTotals:
    fetched: int = 0
    new: int = 0
    refreshed: int = 0
    missing: int = 0


def _fetch_and_store(
    plan: FetchPlan, query: str, client: EntrezClient, store: Store, run_id: int, batch_size: int
) -> _FetchTotals:
    """Carry out the plan: each EFetch batch is stored in a transaction of its own."""
    totals = _FetchTotals()
    for batch in client.fetch(plan.wanted, batch_size=batch_size) if plan.wanted else ():
        records = list(pubmed.parse_xml(batch.xml))
        added = store.add_records(records, query=query, run_id=run_id)
        returned = {record.pmid for record in records}
        totals.fetched += len(records)
        totals.new += added.new
        totals.refreshed += sum(1 for pmid in returned if pmid in plan.stale)
        totals.missing += len(set(batch.requested) - returned)
    return totals


def _close_run(store: Store, run_id: int, status: str, message: str) -> None:
    """Mark the run failed/interrupted; a second failure here must not hide the first."""
    try:
        store.finish_run(run_id, status=status, message=message)
    except Exception as error:
        log.warning("could not mark run %d %s: %s", run_id, status, error)
