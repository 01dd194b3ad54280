"""Reading a large PubMed XML file on two cores: the file is cut into records here, and worker
processes turn each record into the row the store writes.

One core parses, reads and serialises about a thousand records a second, a baseline-size file
(30,000 records) in half a minute; the store's own work is a fraction of that. So this process only
cuts the byte stream into records (``bytes.find`` on the record tags, far cheaper than parsing)
and writes the rows, while a pool of workers parses each record with the same functions as
``harvester.pubmed`` and builds its row with the store's ``record_row``: the rows are identical,
byte for byte, to those of the streaming path.

Cutting XML with ``bytes.find`` is only sound for plain PubMed files, so the cutter vouches for
nothing else: an internal DTD subset, a comment, CDATA or processing instruction (any of which
could hide a tag), text between records, a carriage return (lines would be miscounted), a
missing end tag or a damaged stream all raise ``Unusual``, and the caller reads the whole file
with the streaming parser instead, which also gives its usual error messages. A record that fails
to parse on its own is read again in its file's context (same prolog, same line), so its error
names the file and line exactly as the streaming parser would.
"""

from __future__ import annotations

import gzip
import io
import multiprocessing
import re
import signal
import threading
import zlib
from collections import deque
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from multiprocessing.pool import Pool
from pathlib import Path
from typing import BinaryIO

from lxml import etree

from harvester import pubmed
from harvester.errors import RecordFileError
from harvester.models import Record
from harvester.pubmed import SAFE_PARSING
from harvester.pubmed_article import record_from_element
from harvester.store import RecordRow, record_row

__all__ = ["FAST_PATH_MIN_BYTES", "Unusual", "file_rows"]

FAST_PATH_MIN_BYTES = 20_000_000  # below this, a second process is not worth starting
WORKERS = 2
RECORDS_PER_TASK = 100
TASKS_IN_FLIGHT = 2 * WORKERS  # bounds memory: at most this many tasks read ahead
_BLOCK_BYTES = 1 << 20
_PROLOG_BYTES = 64 << 10  # the prolog must lie within the file's first bytes
_MAX_RECORD_BYTES = 64 << 20  # a record this large is anything but PubMed: leave it to the parser
_GZIP_MAGIC = b"\x1f\x8b"
_READ_ERRORS = (OSError, EOFError, zlib.error)
_SPACE = re.compile(rb"[ \t\n]*")
_PROLOG = re.compile(
    rb"(?:\xef\xbb\xbf)?"
    rb"(?:<\?xml[ \t\n]+version=([\"'])1\.[0-9]\1"
    rb"(?:[ \t\n]+encoding=([\"'])(?i:utf-8)\2)?"
    rb"(?:[ \t\n]+standalone=([\"'])(?:yes|no)\3)?[ \t\n]*\?>)?[ \t\n]*"
    rb"(?:<!DOCTYPE[ \t\n]+[A-Za-z]+"
    rb"(?:[ \t\n]+PUBLIC[ \t\n]+\"[^\"<>\[\]]*\"[ \t\n]+\"[^\"<>\[\]]*\""
    rb"|[ \t\n]+SYSTEM[ \t\n]+\"[^\"<>\[\]]*\")?[ \t\n]*>[ \t\n]*)?"
    rb"<(PubmedArticleSet|PubmedBookArticleSet)>"
)
_RECORD_ENDS = {b"<PubmedArticle>": b"</PubmedArticle>", b"<PubmedBookArticle>": b"</PubmedBookArticle>"}
_DELETE_CITATION = re.compile(
    rb"<DeleteCitation>(?:[ \t\n]*<PMID Version=\"[0-9]+\">[0-9]+</PMID>)*[ \t\n]*</DeleteCitation>"
)
# Inside a record, a nested record tag, a comment, CDATA or a processing instruction could hide
# or fake a record's end. Each rare byte is looked for first (memchr is ~40x faster).
_NESTED_RECORDS = (b"<PubmedArticle", b"<PubmedBookArticle")
_UNSAFE_MARKUP = ((b"!", b"<!"), (b"?", b"<?"))


class Unusual(Exception):
    """The file is not plain PubMed XML the cutter can vouch for; read it with the parser."""


@dataclass(frozen=True)
class _Task:
    """Records for one worker: each as (its first line in the file, its bytes)."""

    name: str  # the file, for messages
    prolog: bytes  # the file up to and including the root's start tag
    records: list[tuple[int, bytes]]


def file_rows(path: Path, *, workers: int = WORKERS) -> Iterator[list[RecordRow]]:
    """The store rows of every record of a PubMed XML file, in file order, a list at a time.

    Raises ``Unusual`` (possibly after yielding rows) when the file must be read by the
    streaming parser instead, and ``RecordFileError`` for a record that cannot be read.
    Close the generator when stopping early: that is what stops the workers.
    """
    if "fork" not in multiprocessing.get_all_start_methods():
        raise Unusual("worker processes need the 'fork' start method")
    with _opened(path) as stream:
        cutter = _Cutter(stream)
        prolog = cutter.prolog()
        tasks = _tasks(cutter.records(), str(path), prolog)
        with _pool(workers) as pool:
            yield from _results_in_order(pool, tasks)


# --- the workers ---------------------------------------------------------------------------


@contextmanager
def _pool(workers: int) -> Iterator[Pool]:
    """Worker processes that never outlive the block, whether it ends well, fails or is signalled.

    SIGTERM is turned into SystemExit for the duration, so that a terminated import stops its
    workers too; Ctrl-C reaches the workers as well, who ignore it and leave it to this process.
    """
    pool = multiprocessing.get_context("fork").Pool(workers, initializer=_worker_signals)
    in_main_thread = threading.current_thread() is threading.main_thread()
    previous = signal.signal(signal.SIGTERM, _exit_on_sigterm) if in_main_thread else None
    try:
        yield pool
    finally:
        # close(), not terminate(): killing a worker while it holds the result queue's lock can
        # hang terminate() for ever. At most TASKS_IN_FLIGHT tasks are queued, so waiting for
        # them to finish costs a fraction of a second.
        pool.close()
        pool.join()
        if in_main_thread:
            signal.signal(signal.SIGTERM, signal.SIG_DFL if previous is None else previous)


def _worker_signals() -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)


def _exit_on_sigterm(signum: int, frame: object) -> None:
    raise SystemExit(128 + signum)


def _results_in_order(pool: Pool, tasks: Iterator[_Task]) -> Iterator[list[RecordRow]]:
    """Each task's rows in submission order, with at most ``TASKS_IN_FLIGHT`` tasks read ahead.

    (``Pool.imap`` would read its whole input ahead, which for a file means all of it.)
    """
    pending: deque = deque()
    for task in tasks:
        pending.append(pool.apply_async(_rows_of, (task,)))
        if len(pending) >= TASKS_IN_FLIGHT:
            yield pending.popleft().get()
    while pending:
        yield pending.popleft().get()


def _rows_of(task: _Task) -> list[RecordRow]:
    """Runs in a worker: each record parsed on its own, as the streaming parser would read it."""
    parser = etree.XMLParser(**SAFE_PARSING)
    rows = []
    for line, data in task.records:
        try:
            record = record_from_element(etree.fromstring(data, parser), task.name)
        except (etree.XMLSyntaxError, RecordFileError):
            record = _read_in_context(task, line, data)
        rows.append(record_row(record))
    return rows


def _read_in_context(task: _Task, line: int, data: bytes) -> Record:
    """The record parsed as the streaming parser sees it: after the file's own prolog, on its
    own line, so that an error (or an entity only the DOCTYPE allows) is judged as in the file."""
    root = _PROLOG.match(task.prolog).group(4)  # type: ignore[union-attr]
    padding = b"\n" * (line - 1 - task.prolog.count(b"\n"))
    stream = io.BytesIO(task.prolog + padding + data + b"</" + root + b">")
    stream.name = task.name
    return next(pubmed.parse_xml(stream))


# --- cutting the file into records ---------------------------------------------------------


def _tasks(records: Iterator[tuple[int, bytes]], name: str, prolog: bytes) -> Iterator[_Task]:
    batch: list[tuple[int, bytes]] = []
    for record in records:
        batch.append(record)
        if len(batch) == RECORDS_PER_TASK:
            yield _Task(name, prolog, batch)
            batch = []
    if batch:
        yield _Task(name, prolog, batch)


@contextmanager
def _opened(path: Path) -> Iterator[BinaryIO]:
    """The file's bytes, gunzipped if need be; any trouble is left to the streaming parser."""
    try:
        with open(path, "rb") as handle:
            gzipped = handle.read(2) == _GZIP_MAGIC
        stream: BinaryIO = gzip.open(path, "rb") if gzipped else open(path, "rb")  # type: ignore[assignment]
    except OSError:
        raise Unusual(f"{path} cannot be opened") from None
    with stream:
        yield stream


class _Cutter:
    """Cuts a PubMed XML byte stream into records, counting lines; raises Unusual on anything else.

    ``_buffer[_pos:]`` is what is still to be read; ``_line`` is the line number at ``_mark``.
    """

    def __init__(self, stream: BinaryIO) -> None:
        self._stream = stream
        self._buffer = b""
        self._pos = 0
        self._mark = 0
        self._line = 1
        self._eof = False
        self._root_end = b""  # the root's end tag, once the prolog is read

    def prolog(self) -> bytes:
        """Everything up to and including the root's start tag, which must be plain PubMed's."""
        while len(self._buffer) < _PROLOG_BYTES and self._more():
            pass
        found = _PROLOG.match(self._buffer)
        if not found:
            raise Unusual("the file does not start like a PubMed XML file")
        self._root_end = b"</" + found.group(4) + b">"
        self._pos = found.end()
        return self._buffer[: self._pos]

    def records(self) -> Iterator[tuple[int, bytes]]:
        """(first line, bytes) of each record, up to the root's end tag and the end of the file."""
        while True:
            self._pos = self._after_space()
            if self._starts_with(self._root_end):
                self._pos += len(self._root_end)
                self._expect_only_space()
                return
            start_tag = next((tag for tag in _RECORD_ENDS if self._starts_with(tag)), None)
            if start_tag is not None:
                yield self._record(start_tag)
            elif self._starts_with(b"<DeleteCitation>"):
                self._skip_delete_citation()
            else:
                raise Unusual("something other than a record lies between records")

    def _record(self, start_tag: bytes) -> tuple[int, bytes]:
        end_tag = _RECORD_ENDS[start_tag]
        line = self._line_at(self._pos)
        end = self._find(end_tag) + len(end_tag)
        start = self._pos  # reading on may have moved the buffer
        if not self._plain(start, end):
            raise Unusual("a record holds markup the cutter cannot vouch for")
        self._pos = end
        return line, self._buffer[start:end]

    def _plain(self, start: int, end: int) -> bool:
        """Whether the record at ``_buffer[start:end]`` holds only elements, text and attributes."""
        find = self._buffer.find
        if any(find(tag, start + 1, end) != -1 for tag in _NESTED_RECORDS):
            return False
        return not any(
            find(byte, start, end) != -1 and find(markup, start, end) != -1
            for byte, markup in _UNSAFE_MARKUP
        )

    def _skip_delete_citation(self) -> None:
        end_tag = b"</DeleteCitation>"
        end = self._find(end_tag) + len(end_tag)
        if not _DELETE_CITATION.fullmatch(self._buffer, self._pos, end):
            raise Unusual("a DeleteCitation is not in PubMed's form")
        self._pos = end

    def _expect_only_space(self) -> None:
        if self._after_space() != len(self._buffer):
            raise Unusual("something follows the root element")

    def _after_space(self) -> int:
        """Where the next non-blank byte is, reading on as needed (the buffer's end at EOF)."""
        end = _SPACE.match(self._buffer, self._pos).end()  # type: ignore[union-attr]
        while end == len(self._buffer) and self._more():
            end = _SPACE.match(self._buffer, self._pos).end()  # type: ignore[union-attr]
        return end

    def _starts_with(self, prefix: bytes) -> bool:
        while len(self._buffer) - self._pos < len(prefix) and self._more():
            pass
        return self._buffer.startswith(prefix, self._pos)

    def _find(self, token: bytes) -> int:
        """Where ``token`` next starts, reading on as needed; a file that ends first is Unusual."""
        searched = self._pos
        while (found := self._buffer.find(token, searched)) == -1:
            searched = max(self._pos, len(self._buffer) - len(token) + 1)
            offset = self._pos
            if not self._more():
                raise Unusual(f"the file ends before {token.decode()}")
            searched -= offset - self._pos
            if len(self._buffer) - self._pos > _MAX_RECORD_BYTES:
                raise Unusual("a record is larger than any PubMed record")
        return found

    def _line_at(self, offset: int) -> int:
        self._line += self._buffer.count(b"\n", self._mark, offset)
        self._mark = offset
        return self._line

    def _more(self) -> bool:
        """Append the next block, dropping what has been read; False at the end of the file."""
        if self._eof:
            return False
        try:
            block = self._stream.read(_BLOCK_BYTES)
        except _READ_ERRORS:
            raise Unusual("the file cannot be read to its end") from None
        if not block:
            self._eof = True
            return False
        if b"\r" in block:
            raise Unusual("carriage returns would make line numbers differ from the parser's")
        self._line_at(self._pos)
        self._buffer = self._buffer[self._pos :] + block
        self._pos = self._mark = 0
        return True
