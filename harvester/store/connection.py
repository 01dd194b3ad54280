"""The record store's SQLite connection: a locked store is a ``StoreBusyError`` wherever it shows.

Another process may hold the store (a harvest or import writing it), and SQLite then answers
"database is locked" from whichever statement met the lock: a read as well as a write, while a
bulk load has the store to itself. Every statement goes through ``Connection``, so each of them
reports it the same way, as an error the command line can show in one line.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import AbstractContextManager as ContextManager
from contextlib import contextmanager
from pathlib import Path

from harvester.errors import ErrorMapping, StoreBusyError, StoreError, translated

__all__ = ["Connection", "sqlite_errors", "store_error"]


def sqlite_errors(path: Path, kinds: type[sqlite3.Error] = sqlite3.OperationalError) -> ContextManager[None]:
    """The store's one boundary with sqlite3: ``kinds`` raised inside become ``store_error``s."""
    mapping: ErrorMapping = {kinds: lambda error: store_error(path, error)}
    return translated(mapping)


def store_error(path: Path, error: BaseException) -> StoreError:
    """The user's view of a SQLite error: busy (try again later), or the store's own trouble."""
    if isinstance(error, sqlite3.Error) and _is_busy(error):
        return StoreBusyError(
            f"{path}: the record store is busy (another harvester process is writing it); "
            "try again when it has finished"
        )
    return StoreError(f"{path}: {error}")


def _is_busy(error: sqlite3.Error) -> bool:
    return "locked" in str(error) or "busy" in str(error)


class Connection:
    """A SQLite connection in autocommit mode whose lock errors are ``StoreBusyError``."""

    def __init__(self, connection: sqlite3.Connection, path: Path) -> None:
        self._db = connection
        self._path = path

    def execute(self, sql: str, parameters: Sequence[object] = ()) -> sqlite3.Cursor:
        with self._locks_reported():
            return self._db.execute(sql, parameters)

    def executemany(self, sql: str, rows: Iterable[Sequence[object]]) -> sqlite3.Cursor:
        with self._locks_reported():
            return self._db.executemany(sql, rows)

    @contextmanager
    def _locks_reported(self) -> Iterator[None]:
        """A lock met inside the block raises ``StoreBusyError``; other errors pass unchanged."""
        busy: ErrorMapping = {sqlite3.OperationalError: self._busy_or_as_is}
        with translated(busy):
            yield

    def _busy_or_as_is(self, error: BaseException) -> Exception:
        """A lock becomes ``StoreBusyError``; any other SQLite error is re-raised as it is."""
        assert isinstance(error, sqlite3.OperationalError)
        return store_error(self._path, error) if _is_busy(error) else error

    def execute_or_wait(self, sql: str, waiting: Callable[[], None]) -> sqlite3.Cursor:
        """``sql`` at once if no other connection holds the lock; otherwise ``waiting()`` is
        called (to tell whoever waits) before the usual wait of up to the busy timeout."""
        timeout = self._db.execute("PRAGMA busy_timeout").fetchone()[0]
        self._db.execute("PRAGMA busy_timeout = 0")
        try:
            return self._db.execute(sql)
        except sqlite3.OperationalError as error:
            if not _is_busy(error):
                raise
        finally:
            self._db.execute(f"PRAGMA busy_timeout = {int(timeout)}")
        waiting()
        return self.execute(sql)

    @property
    def in_transaction(self) -> bool:
        return self._db.in_transaction

    def close(self) -> None:
        self._db.close()

    def try_pragma(self, pragma: str, *, wait: bool) -> str | None:
        """The pragma's answer, or None when another connection's lock refused it; without
        ``wait``, refused at once rather than after the busy timeout."""
        timeout = self._db.execute("PRAGMA busy_timeout").fetchone()[0]
        if not wait:
            self._db.execute("PRAGMA busy_timeout = 0")
        try:
            return str(self.execute(f"PRAGMA {pragma}").fetchone()[0])
        except StoreBusyError:
            return None
        finally:
            self._db.execute(f"PRAGMA busy_timeout = {int(timeout)}")
