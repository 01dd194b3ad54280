"""NCBI's rate limit, shared by every process that uses one data directory.

NCBI counts requests per user (API key or address), not per process: two harvests started at
once must share 3 (or 10) requests a second between them. The next free start time lives in a
one-row SQLite table (``rate-limit.sqlite`` beside the HTTP cache); each request reserves the
slot inside a write transaction, so two processes never take the same one, then sleeps until it.
SQLite's locking works on every platform Python runs on and is released when a process dies.

Threads of one process share a limiter per data directory (``limiter_for``).
"""

from __future__ import annotations

import sqlite3
import threading
import time
from pathlib import Path

from harvester.errors import StoreError

__all__ = ["RATE_MARGIN", "RateLimiter", "limiter_for"]

# Slots 25% wider than NCBI's limit: a request the scheduler or the network delays into the next
# one's second still leaves that second within the limit (8 slots a second, 9 with one late).
RATE_MARGIN = 1.25
LOCK_WAIT = 30.0  # seconds to wait for another process's reservation (each takes microseconds)
# A reserved slot further ahead than this came from a clock that jumped back: start afresh.
MAX_AHEAD = 120.0


class RateLimiter:
    """Spaces request starts across processes; each caller reserves the next free slot."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._lock = threading.Lock()
        self._db: sqlite3.Connection | None = None

    def wait(self, per_second: float) -> float:
        """Return when this caller may send its request (at most ``per_second`` a second overall),
        with the start time (``time.time()``) it reserved."""
        with self._lock:
            start = self._reserve(RATE_MARGIN / per_second)
        delay = start - time.time()
        if delay > 0:
            time.sleep(delay)
        return start

    def _reserve(self, interval: float) -> float:
        db = self._connection()
        try:
            db.execute("BEGIN IMMEDIATE")
            row = db.execute("SELECT next_start FROM slot WHERE id = 1").fetchone()
            now = time.time()
            taken = row[0] if row and row[0] <= now + MAX_AHEAD else 0.0
            start = max(now, taken)
            db.execute("INSERT OR REPLACE INTO slot (id, next_start) VALUES (1, ?)", (start + interval,))
            db.execute("COMMIT")
        except sqlite3.Error as error:
            if db.in_transaction:
                db.execute("ROLLBACK")
            raise StoreError(f"{self.path}: cannot reserve a request slot ({error})") from None
        return start

    def _connection(self) -> sqlite3.Connection:
        if self._db is None:
            try:
                db = sqlite3.connect(
                    self.path, timeout=LOCK_WAIT, isolation_level=None, check_same_thread=False
                )
                db.execute("PRAGMA synchronous = OFF")  # a slot lost in a power cut costs nothing
                db.execute("CREATE TABLE IF NOT EXISTS slot (id INTEGER PRIMARY KEY, next_start REAL)")
            except sqlite3.Error as error:
                raise StoreError(f"{self.path}: cannot open the shared rate limit ({error})") from None
            self._db = db
        return self._db


_LIMITERS: dict[Path, RateLimiter] = {}
_LIMITERS_LOCK = threading.Lock()


def limiter_for(path: Path) -> RateLimiter:
    """The limiter of the slot file at ``path`` (``Settings.rate_limit_path``), one per process,
    shared with other processes through the file."""
    path = path.resolve()
    with _LIMITERS_LOCK:
        return _LIMITERS.setdefault(path, RateLimiter(path))
