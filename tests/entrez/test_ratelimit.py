"""NCBI's rate limit is shared by every process using one data directory."""

from __future__ import annotations

import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from harvester.entrez.ratelimit import RATE_MARGIN, RateLimiter, limiter_for
from support.standin import StandIn


def busiest_second(times: list[float]) -> int:
    """The most events that fall within any one-second window."""
    times = sorted(times)
    return max(sum(1 for t in times[i:] if t - start < 1.0) for i, start in enumerate(times))


def test_two_limiters_on_one_file_share_the_slots(tmp_path: Path) -> None:
    # Two RateLimiter objects have two SQLite connections, as two processes would.
    path = tmp_path / "rate-limit.sqlite"
    starts: list[float] = []

    def ask(limiter: RateLimiter) -> None:
        for _ in range(8):
            starts.append(limiter.wait(10.0))

    threads = [threading.Thread(target=ask, args=(RateLimiter(path),)) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(starts) == 16
    gaps = [b - a for a, b in zip(sorted(starts), sorted(starts)[1:])]
    assert min(gaps) >= RATE_MARGIN / 10.0 - 1e-6  # no two callers got slots closer than the limit


def test_threads_of_one_process_get_one_limiter_per_data_directory(tmp_path: Path) -> None:
    assert limiter_for(tmp_path) is limiter_for(tmp_path / ".")
    assert limiter_for(tmp_path) is not limiter_for(tmp_path / "other")


def test_a_clock_set_back_does_not_stall_requests(tmp_path: Path) -> None:
    limiter = RateLimiter(tmp_path / "rate-limit.sqlite")
    limiter.wait(10.0)
    assert limiter._db is not None
    limiter._db.execute("UPDATE slot SET next_start = ?", (time.time() + 3_600,))  # set by a fast clock
    began = time.monotonic()
    limiter.wait(10.0)
    assert time.monotonic() - began < 1.0


# One harvester process: searches the stand-in ``count`` times with an API key (10/s).
SEARCHER = """
import sys
from pathlib import Path
from harvester.entrez import EntrezClient
from harvester.settings import Settings
settings = Settings(data_dir=Path(sys.argv[1]), eutils_url=sys.argv[2], api_key="standin-key",
                    email="tests@example.org", timeout=5.0)
with EntrezClient(settings) as client:
    for _ in range(int(sys.argv[3])):
        client.esearch("x")
"""


@pytest.mark.integration
def test_two_processes_on_one_data_directory_stay_under_the_limit_together(
    tmp_path: Path, eutils_standin: StandIn
) -> None:
    eutils_standin.add_records(3)
    data_dir = tmp_path / "data"
    command = [sys.executable, "-c", SEARCHER, str(data_dir), eutils_standin.url, "12"]
    children = [subprocess.Popen(command, stderr=subprocess.PIPE, text=True) for _ in range(2)]
    for child in children:
        _, errors = child.communicate(timeout=60)
        assert child.returncode == 0, errors
    received = [request.received for request in eutils_standin.requests]
    assert len(received) == 24
    assert busiest_second(received) <= 10
