"""Work that must not run twice at once on one data directory, such as two harvests of one search.

Two harvests of the same saved search would fetch the same batches twice (and NCBI's rate limit
would be spent on both). The lock is an exclusive transaction held on a small SQLite file for as
long as the work runs: SQLite's locking works on every platform and is released when a process
dies, so a harvest killed with -9 never leaves a stale lock behind.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from harvester.errors import StoreBusyError, StoreError

__all__ = ["exclusive"]


@contextmanager
def exclusive(path: Path, busy_message: str) -> Iterator[None]:
    """Hold ``path`` for the block; if another process (or thread) holds it, raise at once."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        db = sqlite3.connect(path, timeout=0, isolation_level=None, check_same_thread=False)
    except (OSError, sqlite3.Error) as error:
        raise StoreError(f"{path}: cannot create a lock file ({error})") from None
    try:
        try:
            db.execute("BEGIN EXCLUSIVE")
        except sqlite3.OperationalError as error:
            if "locked" in str(error) or "busy" in str(error):
                raise StoreBusyError(busy_message) from None
            raise StoreError(f"{path}: cannot take the lock ({error})") from None
        try:
            yield
        finally:
            db.execute("ROLLBACK")
    finally:
        db.close()
