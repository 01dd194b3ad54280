"""The store's connection: a lock met by any statement, read or write, is a StoreBusyError."""

from __future__ import annotations

import contextlib
import sqlite3
from pathlib import Path

import pytest

from harvester.errors import StoreBusyError
from harvester.store.connection import Connection


@pytest.fixture
def path(tmp_path: Path) -> Path:
    path = tmp_path / "store.sqlite"
    with contextlib.closing(sqlite3.connect(path, isolation_level=None)) as db:
        db.execute("CREATE TABLE t (x)")
        db.execute("INSERT INTO t VALUES (1)")
    return path


@pytest.fixture
def holder(path: Path):
    """Another connection holding the store's exclusive lock, as a writer spilling pages does."""
    with contextlib.closing(sqlite3.connect(path, isolation_level=None)) as db:
        db.execute("BEGIN EXCLUSIVE")
        yield db
        db.execute("ROLLBACK")


def connect(path: Path) -> Connection:
    return Connection(sqlite3.connect(path, timeout=0.1, isolation_level=None), path)


def test_a_read_that_meets_a_lock_is_store_busy_naming_the_store(
    path: Path, holder: sqlite3.Connection
) -> None:
    connection = connect(path)
    with pytest.raises(StoreBusyError, match="the record store is busy") as caught:
        connection.execute("SELECT count(*) FROM t")
    assert str(path) in str(caught.value) and "\n" not in str(caught.value)
    connection.close()


def test_a_write_that_meets_a_lock_is_store_busy(path: Path, holder: sqlite3.Connection) -> None:
    connection = connect(path)
    with pytest.raises(StoreBusyError):
        connection.executemany("INSERT INTO t VALUES (?)", [(2,), (3,)])
    connection.close()


def test_other_sqlite_errors_are_left_as_they_are(path: Path) -> None:
    connection = connect(path)
    with pytest.raises(sqlite3.OperationalError, match="no such table"):
        connection.execute("SELECT * FROM missing")
    connection.close()


def test_a_pragma_refused_by_a_lock_answers_none_at_once_and_keeps_the_busy_timeout(
    path: Path, holder: sqlite3.Connection
) -> None:
    connection = connect(path)
    timeout = connection.execute("PRAGMA busy_timeout").fetchone()[0]
    assert connection.try_pragma("journal_mode = WAL", wait=False) is None
    assert connection.execute("PRAGMA busy_timeout").fetchone()[0] == timeout == 100
    connection.close()


def test_a_pragma_with_the_store_free_gives_its_answer(path: Path) -> None:
    connection = connect(path)
    assert connection.try_pragma("journal_mode = WAL", wait=False) == "wal"
    connection.close()
