"""The record store: one SQLite file holding records, saved-search membership, runs and extractions.

Why SQLite: a harvest writes in batches and may be killed at any moment; SQLite transactions make
each batch land whole or not at all, and WAL mode lets a report read while a harvest writes
(a large import instead takes the store for itself for a few seconds: see ``bulk_load``).

Tables::

    records         pmid -> raw text as fetched, parsed JSON, retracted flag, content hash, times
    query_members   which saved search found which PMID, first in which run and when
    runs            every harvest/import: status running/complete/failed/interrupted and counts
    status_changes  a record's retraction or correction links changed on a re-fetch
    extractions     (pmid, extractor version) -> the Extraction as JSON

Every timestamp is UTC ISO 8601 from an injected clock (``now``), so tests are deterministic.
The store never holds secrets: nothing here sees a URL or a Settings object.

``Store`` is one class of about 500 lines on purpose: every operation shares its connection,
its clock and its one transaction model (``transaction``, ``savepoint``, ``bulk_load``), and the
SQL it runs lives in ``schema.py`` and the row encoding in ``rows.py``.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import os
import socket
import sqlite3
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from harvester.errors import StoreError
from harvester.models import Record, StatusChange
from harvester.store.connection import Connection, sqlite_errors, store_error
from harvester.store.rows import RecordRow, record_from_row, record_row
from harvester.store.schema import (
    ATTACH_SQL,
    CURRENT_MEMBER,
    INSERT_SQL,
    RUN_COLUMNS,
    SCHEMA,
    STATUS_CHANGE_SQL,
    UPDATE_SQL,
)

log = logging.getLogger(__name__)

SCHEMA_VERSION = 1
RUN_STATUSES = ("running", "complete", "failed", "interrupted")
DEFAULT_BUSY_TIMEOUT = 30.0  # seconds a writer waits for another process before giving up
_CHUNK = 500  # PMIDs per "IN (...)" query, well under SQLite's variable limit

Clock = Callable[[], dt.datetime]


def utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


@dataclass(frozen=True)
class AddResult:
    """What one batch did: records never seen, records whose content changed, records unchanged."""

    new: int = 0
    updated: int = 0
    unchanged: int = 0

    @property
    def total(self) -> int:
        return self.new + self.updated + self.unchanged

    def __add__(self, other: AddResult) -> AddResult:
        return AddResult(self.new + other.new, self.updated + other.updated, self.unchanged + other.unchanged)


@dataclass(frozen=True)
class Run:
    id: int
    query: str | None
    kind: str  # "harvest" or "import"
    started_at: str
    finished_at: str | None
    status: str  # one of RUN_STATUSES
    query_translation: str | None
    count: int | None
    fetched: int | None
    new: int | None
    refreshed: int | None
    missing: int | None
    message: str | None


@dataclass(frozen=True)
class StoredExtraction:
    """One record's extraction as the store keeps it: JSON made and read by the extractor."""

    pmid: str
    version: str
    data: str


class Store:
    """A connection to the record store; use as a context manager, or call ``close``."""

    def __init__(self, connection: Connection, path: Path, now: Clock) -> None:
        self._db = connection
        self.path = path
        self._now = now
        self._depth = 0  # nesting of ``transaction()`` blocks
        self._busy_timeout = DEFAULT_BUSY_TIMEOUT

    # -- opening -------------------------------------------------------------------------------

    @classmethod
    def open(cls, path: Path, *, now: Clock = utc_now, busy_timeout: float = DEFAULT_BUSY_TIMEOUT) -> Store:
        """Open (creating directories and schema as needed) the store at ``path``."""
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise StoreError(f"{path.parent}: cannot create the data directory ({error.strerror})") from None
        try:
            connection = sqlite3.connect(path, timeout=busy_timeout, isolation_level=None)
        except sqlite3.Error as error:
            raise StoreError(f"{path}: cannot open the record store ({error})") from None
        store = cls(Connection(connection, path), path, now)
        store._busy_timeout = busy_timeout
        try:
            store._prepare()
        except BaseException:
            connection.close()
            raise
        return store

    def _prepare(self) -> None:
        try:
            self._db.execute("PRAGMA foreign_keys = ON")
            version = self._db.execute("PRAGMA user_version").fetchone()[0]
        except sqlite3.DatabaseError as error:
            raise StoreError(f"{self.path}: not a usable record store ({error})") from None
        if version > SCHEMA_VERSION:
            raise StoreError(
                f"{self.path}: store schema version {version} is newer than this harvester "
                f"understands ({SCHEMA_VERSION}); upgrade the harvester"
            )
        with sqlite_errors(self.path):
            # Records are ~20 KB of text; 16 KiB pages (fixed when the file is created, ignored
            # afterwards) keep each one in fewer overflow pages, which makes bulk imports faster.
            self._db.execute("PRAGMA page_size = 16384")
            # Refused only while another process's bulk load has the store: this connection
            # then reads and writes through the rollback journal, waiting its turn, and the
            # bulk load puts the store back in WAL mode when it ends.
            self._db.try_pragma("journal_mode = WAL", wait=False)
        # With WAL, NORMAL still never corrupts the store; a power cut can at worst undo the
        # last commits, and it saves a disk flush on every commit.
        self._db.execute("PRAGMA synchronous = NORMAL")
        if version < SCHEMA_VERSION:
            with self.transaction():
                # Re-read inside the lock: another process may have created the schema meanwhile.
                if self._db.execute("PRAGMA user_version").fetchone()[0] == 0:
                    for statement in SCHEMA.split(";"):
                        if statement.strip():
                            self._db.execute(statement)
                    self._db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    # -- transactions --------------------------------------------------------------------------

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """One write transaction; nested blocks join the outermost one (all or nothing).

        ``BEGIN IMMEDIATE`` takes the write lock up front, so a second writer waits (up to the
        busy timeout) at the start instead of failing half-way through its batch.
        """
        if self._depth:
            self._depth += 1
            try:
                yield
            finally:
                self._depth -= 1
            return
        with sqlite_errors(self.path):
            self._db.execute_or_wait("BEGIN IMMEDIATE", self._say_waiting)
        self._depth = 1
        try:
            yield
            self._db.execute("COMMIT")
        except BaseException as error:
            if self._db.in_transaction:  # SQLite may already have rolled back on its own
                self._db.execute("ROLLBACK")
            if isinstance(error, sqlite3.OperationalError):
                raise store_error(self.path, error) from None
            raise
        finally:
            self._depth = 0

    def _say_waiting(self) -> None:
        log.warning(
            "%s: the record store is busy (another harvester process is writing it); "
            "waiting up to %g s for it",
            self.path,
            self._busy_timeout,
        )

    @contextmanager
    def bulk_load(self) -> Iterator[bool]:
        """A block of large writes, made as cheaply as the store allows; yields whether it could.

        In WAL mode every page is written twice, to the WAL and then, by the checkpoint after the
        commit, to the store, and both files are flushed: for a baseline-size import that is
        1.4 GB written and more than a second spent after the last record. With a rollback
        journal a page new to the file is written once (only pages that existed before are
        copied to the journal first), and ``synchronous = FULL`` keeps a commit as durable.
        Leaving WAL mode needs the store to itself: if another connection has it open (a digest
        reading it), nothing changes and the writes go through the WAL as usual. Meanwhile a
        reader waits for the block to end, up to its busy timeout, as a second writer does.
        """
        if self._depth:
            raise RuntimeError("bulk_load() must begin outside a transaction")
        switched = self._db.try_pragma("journal_mode = DELETE", wait=False) == "delete"
        if switched:
            self._db.execute("PRAGMA synchronous = FULL")
        try:
            yield switched
        finally:
            if switched:
                # Any other process's Store.open also switches back, should this fail.
                self._db.try_pragma("journal_mode = WAL", wait=True)
                self._db.execute("PRAGMA synchronous = NORMAL")

    def _timestamp(self) -> str:
        return self._now().astimezone(dt.UTC).isoformat(timespec="seconds")

    # -- runs ----------------------------------------------------------------------------------

    def begin_run(self, query: str | None, kind: str = "harvest") -> int:
        """Record the start of a harvest or import; runs left 'running' by dead processes are closed."""
        with self.transaction():
            self._close_abandoned_runs()
            cursor = self._db.execute(
                "INSERT INTO runs (query, kind, started_at, status, host, pid) "
                "VALUES (?, ?, ?, 'running', ?, ?)",
                (query, kind, self._timestamp(), socket.gethostname(), os.getpid()),
            )
        assert cursor.lastrowid is not None  # an INSERT always sets it
        return cursor.lastrowid

    def finish_run(
        self,
        run_id: int,
        *,
        status: str,
        count: int | None = None,
        query_translation: str | None = None,
        fetched: int | None = None,
        new: int | None = None,
        refreshed: int | None = None,
        missing: int | None = None,
        message: str | None = None,
    ) -> None:
        if status not in RUN_STATUSES[1:]:
            raise ValueError(f"a run finishes as one of {RUN_STATUSES[1:]}, not {status!r}")
        with self.transaction():
            self._db.execute(
                "UPDATE runs SET finished_at = ?, status = ?, count = ?, query_translation = ?, "
                "fetched = ?, new = ?, refreshed = ?, missing = ?, message = ? WHERE id = ?",
                (
                    self._timestamp(),
                    status,
                    count,
                    query_translation,
                    fetched,
                    new,
                    refreshed,
                    missing,
                    message,
                    run_id,
                ),
            )

    def _close_abandoned_runs(self) -> None:
        """A process killed mid-run leaves its run 'running'; mark it interrupted, never complete."""
        host = socket.gethostname()
        rows = self._db.execute(
            "SELECT id, pid FROM runs WHERE status = 'running' AND host = ?", (host,)
        ).fetchall()
        for run_id, pid in rows:
            if not _process_alive(pid):
                self._db.execute(
                    "UPDATE runs SET status = 'interrupted', message = ? WHERE id = ?",
                    ("the process stopped before the run finished", run_id),
                )

    def runs(self, query: str | None = None) -> list[Run]:
        """Runs oldest first; all runs, or those of one saved search."""
        sql = f"SELECT {RUN_COLUMNS} FROM runs"
        rows = (
            self._db.execute(sql + " WHERE query = ? ORDER BY id", (query,))
            if query is not None
            else self._db.execute(sql + " ORDER BY id")
        )
        return [Run(*row) for row in rows]

    def last_complete_run(self, query: str, kind: str | None = None) -> Run | None:
        """The latest complete run of a saved search, of any kind or only of ``kind``."""
        row = self._db.execute(
            f"SELECT {RUN_COLUMNS} FROM runs WHERE query = ? AND status = 'complete' "
            "AND (? IS NULL OR kind = ?) ORDER BY id DESC LIMIT 1",
            (query, kind, kind),
        ).fetchone()
        return Run(*row) if row else None

    # -- records -------------------------------------------------------------------------------

    def add_records(
        self, records: Iterable[Record], *, query: str | None = None, run_id: int | None = None
    ) -> AddResult:
        """Insert or update a batch in ONE transaction, with its query membership.

        If iterating ``records`` raises (a parse error half-way through a file), nothing of the
        batch is kept. A record fetched again with identical content only has its fetch time
        renewed; a changed retraction/correction state is written to ``status_changes``.
        """
        return self.add_rows(map(record_row, records), query=query, run_id=run_id)

    def add_rows(
        self, rows: Iterable[RecordRow], *, query: str | None = None, run_id: int | None = None
    ) -> AddResult:
        """``add_records`` for rows already built by ``record_row`` (possibly in other processes).

        Rows are written ``_CHUNK`` at a time (one lookup and a few bulk statements per chunk),
        which is what makes importing a baseline-size file fast.
        """
        result = AddResult()
        with self.transaction():
            stamp = self._timestamp()
            for chunk in _chunks(rows, _CHUNK):
                result = result + self._put_chunk(chunk, stamp, run_id)
                if query is not None:
                    self._db.executemany(
                        ATTACH_SQL, [(query, row.pmid, run_id, stamp, run_id) for row in chunk]
                    )
        return result

    @contextmanager
    def savepoint(self) -> Iterator[None]:
        """A part of a transaction that an exception undoes on its own, keeping what came before.

        An import uses it to abandon a fast attempt at a file and read the file again another way.
        """
        with self.transaction():
            self._db.execute("SAVEPOINT part")
            try:
                yield
            except BaseException:
                if self._db.in_transaction:  # SQLite may already have rolled everything back
                    self._db.execute("ROLLBACK TO part")
                    self._db.execute("RELEASE part")
                raise
            self._db.execute("RELEASE part")

    def _put_chunk(self, chunk: list[RecordRow], stamp: str, run_id: int | None) -> AddResult:
        """Write one chunk; a PMID seen twice is judged against its own earlier version."""
        stored = self._stored_states([row.pmid for row in chunk])
        inserts: list[tuple] = []
        updates: list[tuple] = []
        touches: list[tuple] = []  # unchanged records: only fetched_at is renewed
        changes: list[tuple] = []  # status_changes rows
        for row in chunk:
            old = stored.get(row.pmid)
            stored[row.pmid] = (row.content_hash, row.retracted, row.corrections)
            if old is None:
                inserts.append((*row, stamp, stamp))
            elif old[0] == row.content_hash:
                touches.append((stamp, row.pmid))
            else:
                updates.append((*row[1:], stamp, stamp, row.pmid))
                _, old_retracted, old_corrections = old
                if bool(old_retracted) != bool(row.retracted) or (
                    json.loads(old_corrections) != json.loads(row.corrections)
                ):
                    changes.append(
                        (
                            row.pmid,
                            stamp,
                            run_id,
                            old_retracted,
                            row.retracted,
                            old_corrections,
                            row.corrections,
                        )
                    )
        self._db.executemany(INSERT_SQL, inserts)
        self._db.executemany(UPDATE_SQL, updates)
        self._db.executemany("UPDATE records SET fetched_at = ? WHERE pmid = ?", touches)
        self._db.executemany(STATUS_CHANGE_SQL, changes)
        return AddResult(new=len(inserts), updated=len(updates), unchanged=len(touches))

    def _stored_states(self, pmids: list[str]) -> dict[str, tuple[str, int, str]]:
        """(content hash, retracted, corrections JSON) of those of ``pmids`` already stored."""
        wanted = list(dict.fromkeys(pmids))
        rows = self._db.execute(
            "SELECT pmid, content_hash, retracted, corrections FROM records "
            f"WHERE pmid IN ({','.join('?' * len(wanted))})",
            wanted,
        )
        return {pmid: (hash_, retracted, corrections) for pmid, hash_, retracted, corrections in rows}

    def delete_records(self, pmids: Iterable[str]) -> int:
        """Remove records PubMed withdrew (an update file's <DeleteCitation>), with everything
        that refers to them: memberships, status changes and extractions. Returns how many of
        ``pmids`` were stored; the others are no news.
        """
        wanted = list(dict.fromkeys(pmids))
        deleted = 0
        with self.transaction():
            for start in range(0, len(wanted), _CHUNK):
                chunk = wanted[start : start + _CHUNK]
                marks = ",".join("?" * len(chunk))
                for table in ("query_members", "status_changes", "extractions"):
                    self._db.execute(f"DELETE FROM {table} WHERE pmid IN ({marks})", chunk)
                deleted += self._db.execute(f"DELETE FROM records WHERE pmid IN ({marks})", chunk).rowcount
        return deleted

    def attach(self, query: str, pmids: Iterable[str], run_id: int | None) -> int:
        """Note that ``query`` found these already-stored PMIDs; returns how many were attached."""
        wanted = sorted(set(pmids))
        stored = self.has(wanted)
        with self.transaction():
            stamp = self._timestamp()
            for pmid in wanted:
                if pmid in stored:
                    self._db.execute(ATTACH_SQL, (query, pmid, run_id, stamp, run_id))
        return len(stored)

    def has(self, pmids: Iterable[str]) -> set[str]:
        """The subset of ``pmids`` already in the store."""
        return self._select_pmids("SELECT pmid FROM records WHERE pmid IN ({})", pmids)

    def stale(self, pmids: Iterable[str], older_than_days: int) -> set[str]:
        """The subset of stored ``pmids`` last fetched more than ``older_than_days`` ago."""
        cutoff = (self._now() - dt.timedelta(days=older_than_days)).astimezone(dt.UTC)
        return self._select_pmids(
            "SELECT pmid FROM records WHERE fetched_at < ? AND pmid IN ({})",
            pmids,
            cutoff.isoformat(timespec="seconds"),
        )

    def _select_pmids(self, sql: str, pmids: Iterable[str], *params: object) -> set[str]:
        wanted = list(dict.fromkeys(pmids))
        found: set[str] = set()
        for start in range(0, len(wanted), _CHUNK):
            chunk = wanted[start : start + _CHUNK]
            query = sql.format(",".join("?" * len(chunk)))
            found.update(row[0] for row in self._db.execute(query, (*params, *chunk)))
        return found

    def record(self, pmid: str) -> Record | None:
        row = self._db.execute("SELECT parsed, raw FROM records WHERE pmid = ?", (pmid,)).fetchone()
        return record_from_row(*row) if row else None

    def records(self, query: str | None = None, *, raw: bool = True) -> Iterator[Record]:
        """Every record (or a saved search's current records), in numeric PMID order.

        ``raw=False`` leaves ``Record.raw`` empty: the record's XML or MEDLINE text is most of its
        size, and a digest, which never shows it, then holds thousands of records in far less memory.
        """
        sql = "SELECT r.parsed, " + ("r.raw" if raw else "''") + " FROM records r"
        params: tuple[object, ...] = ()
        if query is not None:
            sql += f" JOIN query_members m ON m.pmid = r.pmid WHERE m.query = ? AND {CURRENT_MEMBER}"
            params = (query, self._current_from(query))
        # PMIDs are digit strings: shorter first, then by text, is numeric order.
        for parsed, text in self._db.execute(sql + " ORDER BY length(r.pmid), r.pmid", params):
            yield record_from_row(parsed, text)

    def query_pmids(self, query: str) -> list[str]:
        """The PMIDs of a saved search's current records, in numeric order."""
        rows = self._db.execute(
            f"SELECT pmid FROM query_members m WHERE query = ? AND {CURRENT_MEMBER} "
            "ORDER BY length(pmid), pmid",
            (query, self._current_from(query)),
        )
        return [row[0] for row in rows]

    def _current_from(self, query: str) -> int:
        """The first run whose finding a record makes it one of the search's current records.

        That is the latest complete harvest, when it retrieved every PMID PubMed counted: a search
        edited to match less leaves memberships behind, and the records it no longer finds drop
        out of its records, exports and digests (they stay in the store, and come back with their
        first-seen dates if the search finds them again). Otherwise every membership counts: an
        incomplete answer proves nothing about the records it lacks.
        """
        run = self.last_complete_run(query, kind="harvest")
        if run is None or run.count is None:
            return 0
        (seen,) = self._db.execute(
            "SELECT count(*) FROM query_members WHERE query = ? AND last_seen_run >= ?", (query, run.id)
        ).fetchone()
        return run.id if seen >= run.count else 0

    def queries(self) -> list[str]:
        """Names of the saved searches the store knows, from memberships and runs."""
        rows = self._db.execute(
            "SELECT query FROM query_members UNION SELECT query FROM runs WHERE query IS NOT NULL ORDER BY 1"
        )
        return [row[0] for row in rows]

    def count(self) -> int:
        return int(self._db.execute("SELECT count(*) FROM records").fetchone()[0])

    def status_changes(self, query: str | None, since: dt.date) -> list[StatusChange]:
        """Retraction/correction changes on or after ``since`` (of one saved search's records)."""
        sql = (
            "SELECT s.pmid, s.changed_at, s.run_id, s.retracted_before, s.retracted_after, "
            "s.corrections_before, s.corrections_after FROM status_changes s WHERE s.changed_at >= ?"
        )
        params: tuple[object, ...] = (since.isoformat(),)
        if query is not None:
            sql += f" AND s.pmid IN (SELECT pmid FROM query_members m WHERE query = ? AND {CURRENT_MEMBER})"
            params += (query, self._current_from(query))
        rows = self._db.execute(sql + " ORDER BY s.changed_at, s.id", params)
        return [
            StatusChange(
                pmid=pmid,
                changed_at=changed_at,
                run_id=run_id,
                retracted_before=bool(before),
                retracted_after=bool(after),
                corrections_before=tuple(json.loads(c_before)),
                corrections_after=tuple(json.loads(c_after)),
            )
            for pmid, changed_at, run_id, before, after, c_before, c_after in rows
        ]

    # -- extractions ---------------------------------------------------------------------------

    def save_extractions(self, extractions: Iterable[StoredExtraction]) -> None:
        """Store extractions (replacing any of the same pmid and version) in one transaction.

        The store keeps what the extractor made as JSON it does not read: the extractor's types
        stay the extractor's, and a new extractor version simply writes new rows.
        """
        with self.transaction():
            stamp = self._timestamp()
            for extraction in extractions:
                self._db.execute(
                    "INSERT OR REPLACE INTO extractions (pmid, extractor_version, data, saved_at) "
                    "VALUES (?, ?, ?, ?)",
                    (extraction.pmid, extraction.version, extraction.data, stamp),
                )

    def extractions(self, pmids: Iterable[str], version: str) -> dict[str, StoredExtraction]:
        """Stored extractions of ``version`` for these PMIDs, keyed by PMID (absent if none)."""
        wanted = list(dict.fromkeys(pmids))
        found: dict[str, StoredExtraction] = {}
        for start in range(0, len(wanted), _CHUNK):
            chunk = wanted[start : start + _CHUNK]
            rows = self._db.execute(
                f"SELECT pmid, data FROM extractions WHERE extractor_version = ? "
                f"AND pmid IN ({','.join('?' * len(chunk))})",
                (version, *chunk),
            )
            for pmid, data in rows:
                found[pmid] = StoredExtraction(pmid, version, data)
        return found


def _chunks(items: Iterable[RecordRow], size: int) -> Iterator[list[RecordRow]]:
    chunk: list[RecordRow] = []
    for item in items:
        chunk.append(item)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _process_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)  # signal 0 only asks whether the process exists
    except ProcessLookupError:
        return False
    except PermissionError:  # it exists, under another user
        return True
    return True
