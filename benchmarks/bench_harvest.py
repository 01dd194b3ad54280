"""Harvest efficiency: HTTP requests and wall time against the loopback E-utilities stand-in.

Three harvests of one saved search, the way a monthly job meets them:

* ``cold``     5,000 matching records, empty store: one ESearch page and 5,000 / batch EFetches;
* ``rerun``    20 records added since: one ESearch and one EFetch of just the new records;
* ``offline``  ``--offline`` with the stand-in stopped: every answer from the cache, zero requests.

Requests are counted at the client's HTTP session (what left the process), and for the online
runs also at the stand-in (what arrived). The settings carry an API key, so the rate limit is NCBI's
10 requests/s; the wall times are dominated by that limit, by design.
"""

from __future__ import annotations

import sys
import tempfile
import time
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import requests

PROJECT_ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(PROJECT_ROOT / "tests"))

from harvester.entrez import EntrezClient  # noqa: E402
from harvester.jobs.harvest import harvest  # noqa: E402
from harvester.queries import load_query  # noqa: E402
from harvester.settings import Settings  # noqa: E402
from support.standin import FIRST_PMID, StandIn  # noqa: E402

RECORDS = 5_000
NEW = 20
QUERY = 'name = "bench"\nterm = "hand massage"\n'


class CountingSession(requests.Session):
    """A requests session that counts what it sends."""

    def __init__(self) -> None:
        super().__init__()
        self.sent = 0

    def send(self, request: requests.PreparedRequest, **kwargs: object) -> requests.Response:
        self.sent += 1
        return super().send(request, **kwargs)


def timed_harvest(query, settings: Settings) -> tuple[int, float, str]:
    """(requests sent, seconds, one-line summary) of one harvest with a fresh client."""
    session = CountingSession()
    started = time.perf_counter()
    with EntrezClient(settings, session=session) as client:
        report = harvest(query, settings, client=client)
    seconds = time.perf_counter() - started
    return session.sent, seconds, f"{report.new} new, {report.already_stored} already stored"


def run() -> dict[str, float | str]:
    results: dict[str, float | str] = {}
    with tempfile.TemporaryDirectory(prefix="bench-harvest-") as tmp:
        root = Path(tmp)
        (root / "bench.toml").write_text(QUERY, encoding="utf-8")
        query = load_query(root / "bench.toml", root)
        standin = StandIn().start()
        try:
            settings = Settings(
                data_dir=root / "data",
                eutils_url=standin.url,
                email="bench@example.org",
                api_key="benchmark-key",
                backoff_base=0.05,
                backoff_max=0.2,
            )
            standin.add_records(RECORDS)
            _phase(results, "cold", timed_harvest(query, settings), standin)
            standin.clear_log()
            recent = [date(2025, 1, 1) + timedelta(days=i) for i in range(NEW)]
            standin.add_records(NEW, start_pmid=FIRST_PMID + RECORDS, entrez_dates=recent)
            _phase(results, "rerun", timed_harvest(query, settings), standin)
        finally:
            standin.stop()
        _phase(results, "offline", timed_harvest(query, replace(settings, offline=True)), None)
    results["batch_size"] = float(settings.batch_size)
    results["target.cold_requests"] = f"1 + {RECORDS} / batch_size = {1 + -(-RECORDS // settings.batch_size)}"
    results["target.rerun_requests"] = "2 (one ESearch, one EFetch of the new records)"
    results["target.offline_requests"] = "0"
    return results


def _phase(
    results: dict[str, float | str], name: str, figures: tuple[int, float, str], standin: StandIn | None
) -> None:
    sent, seconds, summary = figures
    print(f"  {name}: {sent} requests in {seconds:.1f} s ({summary})", file=sys.stderr)
    results[f"{name}.requests"] = sent
    if standin is not None:
        results[f"{name}.requests_received"] = len(standin.requests)
    results[f"{name}.wall_s"] = seconds
    results[f"{name}.result"] = summary
