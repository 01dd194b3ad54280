"""Reading a large PubMed XML file on two cores: this process cuts the file into regions of whole
records and writes the rows; worker processes turn each region's records into those rows.

One core parses, reads and serialises a few thousand records a second; the store's own work is a
fraction of that. So this process does as little per record as it can: it cuts the byte stream
into regions of about a megabyte just before a record's start tag (one ``rfind`` per region, from
its end), and a worker reads the region itself (a plain file's descriptor is inherited; only a
gzipped file's regions are shipped). The worker cuts the region into records with ``bytes.find``,
parses each on its own and builds its row with the same functions as ``harvester.pubmed.xml`` and the
store's ``record_row``: the rows are identical, byte for byte, to those of the streaming path. A
record's raw XML does not travel back when it is exactly the record's own bytes, as it is for
most files: this process still holds them, and hands them to the store as they are.

Cutting with ``bytes.find`` is only sound for plain PubMed files, so the cut vouches for nothing
else: an internal DTD subset, a comment, CDATA or processing instruction (any of which could hide
a tag), text between records, a carriage return (lines would be miscounted), a missing end tag or
a damaged stream all raise ``NotPlainXml``, and the caller reads the whole file with the streaming
parser instead, which also gives its usual error messages. A region cut at a start tag nested in
a record is caught too: the region before it then ends inside a record. A region holding a record
that fails to parse is read again by this process record by record (``_careful_rows``), a failing
record in its file's context (same prolog, same line), so that its error names the file and line
exactly as the streaming parser would, or, if a nested record tag cut it short, falls back.

Everything about worker processes (start, signals, death with the parent) and about cutting
bytes stays fenced in this one module, long as it is, so no other module needs to know either.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import gzip
import io
import multiprocessing
import os
import re
import signal
import threading
from collections import deque
from collections.abc import Generator, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from lxml import etree

from harvester.errors import NotPlainXml, RecordFileError
from harvester.models import Record
from harvester.pubmed.article import record_and_raw_xml, record_from_element
from harvester.pubmed.files import READ_ERRORS, open_binary
from harvester.pubmed.xml import MAX_RECORD_BYTES, SAFE_PARSING, parse_xml
from harvester.store.rows import RecordRow, record_row

__all__ = ["FAST_PATH_MIN_BYTES", "deleted_pmids", "file_rows"]

FAST_PATH_MIN_BYTES = 20_000_000  # below this, a second process is not worth starting
WORKERS = 2
RECORDS_PER_TASK = 100  # rows are handed on in lists of this many
TASKS_IN_FLIGHT = 2 * WORKERS  # bounds memory: at most this many regions are read ahead
_REGION_BYTES = 1 << 20  # a region holds about this much of the file
_BLOCK_BYTES = 1 << 20
_PROLOG_BYTES = 64 << 10  # the prolog must lie within the file's first bytes
_PR_SET_PDEATHSIG = 1  # from <linux/prctl.h>
_BLANKS = b" \t\n"
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
_DELETED_PMID = re.compile(rb'<PMID Version="[0-9]+">([0-9]+)</PMID>')
# Inside a record, a nested record tag could fake the record's end: a worker's parse then fails,
# and the careful path looks for these. Comments, CDATA and processing instructions could hide a
# tag anywhere: both paths refuse them, each rare byte looked for first (memchr is ~40x faster).
_NESTED_RECORDS = (b"<PubmedArticle", b"<PubmedBookArticle")
_UNSAFE_MARKUP = ((b"!", b"<!"), (b"?", b"<?"))


@dataclass(frozen=True)
class _Task:
    """A region of the file for one worker: whole records, and the blanks between them.

    A plain file's region is not shipped: the worker reads it itself through the file
    descriptor it inherited, which spares this process a megabyte of pickling and piping.
    """

    name: str  # the file, for messages
    prolog: bytes  # the file up to and including the root's start tag
    root: bytes  # the root's name
    offset: int  # where the region starts in the (gunzipped) file
    size: int
    shipped: bytes | None  # the region, or None: read it from ``fd`` at ``offset``
    fd: int


# A worker's rows for a region: (row, start, end), the record being region[start:end]. Rows are
# in UTF-8 (record_row(utf8=True)); a raw of b"" means exactly those bytes, which need not travel.
_QuickRows = list[tuple[RecordRow, int, int]]


def file_rows(path: Path, *, workers: int = WORKERS, utf8: bool = False) -> Generator[list[RecordRow]]:
    """The store rows of every record of a PubMed XML file, in file order, a list at a time.

    The rows are exactly those ``record_row`` makes, or with ``utf8`` those of
    ``record_row(utf8=True)``, which the store writes as the same text: the import takes these,
    since decoding every record's XML only for SQLite to encode it again was a sixth of this
    process's work. Close the iterator when stopping early: that stops the workers.

    Raises ``NotPlainXml`` (possibly after yielding rows) when the file must be read by the
    streaming parser instead, and ``RecordFileError`` for a record that cannot be read.
    """
    if "fork" not in multiprocessing.get_all_start_methods():
        raise NotPlainXml("worker processes need the 'fork' start method")
    with _opened(path) as stream:
        regions = _Regions(stream)
        prolog, root = regions.prolog()
        fd = -1 if isinstance(stream, gzip.GzipFile) else stream.fileno()
        before = _identity(fd)
        tasks = (
            (_Task(str(path), prolog, root, offset, len(region), region if fd < 0 else None, fd), region)
            for offset, region in regions.regions(root)
        )
        with _pool(workers) as pool:
            results = _results_in_order(pool, tasks)
            yield from _in_lists(results if utf8 else map(_as_text, results), RECORDS_PER_TASK)
        if _identity(fd) != before:  # the workers may have read other bytes than this process
            raise NotPlainXml("the file changed while it was read")


def _identity(fd: int) -> tuple[int, int] | None:
    """What changes when a file is written to: its size and modification time."""
    if fd < 0:
        return None
    status = os.fstat(fd)
    return status.st_size, status.st_mtime_ns


# --- the workers ---------------------------------------------------------------------------


@contextmanager
def _pool(workers: int) -> Iterator[ProcessPoolExecutor]:
    """Worker processes that never outlive the block, whether it ends well, fails or is signalled.

    SIGTERM is turned into SystemExit for the duration, so that a terminated import stops its
    workers too; Ctrl-C reaches the workers as well, who ignore it and leave it to this process.
    (Not ``multiprocessing.Pool``: its worker-handler thread spins while a result waits to be
    read, which cost this process a fifth of its time.)
    """
    context = multiprocessing.get_context("fork")
    pool = ProcessPoolExecutor(
        workers, mp_context=context, initializer=_worker_signals, initargs=(os.getpid(),)
    )
    in_main_thread = threading.current_thread() is threading.main_thread()
    previous = signal.signal(signal.SIGTERM, _exit_on_sigterm) if in_main_thread else None
    try:
        yield pool
    finally:
        # Waits for the tasks already running (at most TASKS_IN_FLIGHT, a fraction of a second)
        # rather than killing workers, which could leave a queue's lock held for ever.
        pool.shutdown(wait=True, cancel_futures=True)
        if in_main_thread:
            signal.signal(signal.SIGTERM, signal.SIG_DFL if previous is None else previous)


def _worker_signals(parent: int) -> None:
    """Ctrl-C is the parent's to handle; SIGTERM ends a worker, and so does its parent's death.

    A parent killed outright (SIGKILL, the OOM killer) runs no clean-up; on Linux the kernel
    then sends its workers SIGTERM, rather than leave them waiting for work for ever.
    """
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    _terminate_with_parent()
    if os.getppid() != parent:  # it died before we asked
        os._exit(1)


def _terminate_with_parent() -> None:
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, signal.SIGTERM, 0, 0, 0)
    except (OSError, AttributeError):
        pass  # not Linux: a worker then outlives a parent killed outright, as before


def _exit_on_sigterm(signum: int, frame: object) -> None:
    raise SystemExit(128 + signum)


def _results_in_order(
    pool: ProcessPoolExecutor, tasks: Iterator[tuple[_Task, bytes]]
) -> Iterator[list[RecordRow]]:
    """Each task's rows in submission order, with at most ``TASKS_IN_FLIGHT`` tasks read ahead.

    (``ProcessPoolExecutor.map`` would read its whole input ahead: for a file, all of it.)
    """
    pending: deque[tuple[_Task, bytes, Future]] = deque()
    for task, region in tasks:
        pending.append((task, region, pool.submit(_quick_rows, task)))
        if len(pending) >= TASKS_IN_FLIGHT:
            yield _finished(*pending.popleft())
    while pending:
        yield _finished(*pending.popleft())


def _finished(task: _Task, region: bytes, result: Future) -> list[RecordRow]:
    """A task's rows in UTF-8, each with its raw XML (from the region if the worker left it out)."""
    rows: _QuickRows | None = result.result()
    if rows is None:
        return _careful_rows(task, region)
    return [row._replace(raw=row.raw or region[start:end]) for row, start, end in rows]


def _as_text(rows: list[RecordRow]) -> list[RecordRow]:
    """UTF-8 rows as ``record_row`` makes them, with text."""
    return [row._replace(raw=_text(row.raw), parsed=_text(row.parsed)) for row in rows]


def _text(value: str | bytes) -> str:
    return value.decode("utf-8") if isinstance(value, bytes) else value


def _in_lists(batches: Iterable[list[RecordRow]], size: int) -> Iterator[list[RecordRow]]:
    """The rows again, in lists of ``size`` (the last one shorter), whatever the regions held."""
    waiting: list[RecordRow] = []
    for batch in batches:
        waiting += batch
        while len(waiting) >= size:
            yield waiting[:size]
            del waiting[:size]
    if waiting:
        yield waiting


def _quick_rows(task: _Task) -> _QuickRows | None:
    """Runs in a worker: the rows of a region's records, each record parsed on its own.

    (One parse of the whole region would be simpler, but reading a record long after it was
    parsed, out of the CPU's cache, costs a tenth more.) None when the region holds an error:
    ``_careful_rows`` then reads it again to name the file's own line.
    """
    region = task.shipped if task.shipped is not None else os.pread(task.fd, task.size, task.offset)
    if len(region) != task.size:
        raise NotPlainXml("the file changed while it was read")
    if _opens_tag(region, b"!") or _opens_tag(region, b"?"):
        raise NotPlainXml("a comment, CDATA or processing instruction could hide a tag")
    parser = etree.XMLParser(**SAFE_PARSING)
    rows: _QuickRows = []
    try:
        for start, end in _records(region):
            data = region[start:end]
            record, raw = record_and_raw_xml(etree.fromstring(data, parser), task.name)
            row = record_row(record, utf8=True)  # its raw is b"": the record was read without it
            rows.append((row if raw == data else row._replace(raw=raw), start, end))
    except (etree.XMLSyntaxError, RecordFileError):
        return None  # an error to name by its line, or a record cut short by a nested one
    return rows


def _opens_tag(region: bytes, byte: bytes) -> bool:
    """Whether ``<`` followed by ``byte`` occurs: each occurrence of the (rarer) byte is found
    by memchr and checked, several times faster than a search for the two bytes."""
    found = region.find(byte, 1)
    while found != -1:
        if region[found - 1] == 0x3C:  # "<"
            return True
        found = region.find(byte, found + 1)
    return False


# --- a region that holds an error: record by record, in the file's context ----------------


def _careful_rows(task: _Task, region: bytes) -> list[RecordRow]:
    """The region's records parsed one by one, and a record that fails read again in its
    file's context, so that the error names the file and line as the streaming parser would.

    Here the cut must be vouched for first: a nested record tag could have cut a record short.
    """
    parser = etree.XMLParser(**SAFE_PARSING)
    line, counted = _line_at(task.name, task.offset), 0
    rows = []
    for start, end in _records(region):
        if not _plain(region, start, end):
            raise NotPlainXml("a record holds markup the cutter cannot vouch for")
        line += region.count(b"\n", counted, start)
        counted = start
        data = region[start:end]
        try:
            record = record_from_element(etree.fromstring(data, parser), task.name)
        except (etree.XMLSyntaxError, RecordFileError):
            record = _read_in_context(task, line, data)
        rows.append(record_row(record, utf8=True))
    return rows


def _read_in_context(task: _Task, line: int, data: bytes) -> Record:
    """The record parsed as the streaming parser sees it: after the file's own prolog, on its
    own line, so that an error (or an entity only the DOCTYPE allows) is judged as in the file."""
    padding = b"\n" * (line - 1 - task.prolog.count(b"\n"))
    stream = io.BytesIO(task.prolog + padding + data + b"</" + task.root + b">")
    stream.name = task.name
    return next(parse_xml(stream))


def _line_at(name: str, offset: int) -> int:
    """The line at a byte offset of the (gunzipped) file: counted only when a message needs it."""
    line = 1
    with _opened(Path(name)) as stream:
        while offset > 0:
            block = _read(stream, min(offset, _BLOCK_BYTES))
            if not block:
                break
            line += block.count(b"\n")
            offset -= len(block)
    return line


def _records(region: bytes) -> Iterator[tuple[int, int]]:
    """Where each record of a region starts and ends: from a record start tag to the first end
    tag of its name. Only blanks and DeleteCitations may lie between records (else NotPlainXml).
    """
    pos = 0
    while (pos := _SPACE.match(region, pos).end()) < len(region):  # type: ignore[union-attr]
        start_tag = next((tag for tag in _RECORD_ENDS if region.startswith(tag, pos)), None)
        if start_tag is not None:
            end = _end_of(region, pos, _RECORD_ENDS[start_tag])
            yield pos, end
        elif region.startswith(b"<DeleteCitation>", pos):
            end = _end_of(region, pos, b"</DeleteCitation>")
            if not _DELETE_CITATION.fullmatch(region, pos, end):
                raise NotPlainXml("a DeleteCitation is not in PubMed's form")
        else:
            raise NotPlainXml("something other than a record lies between records")
        pos = end


def _end_of(region: bytes, start: int, end_tag: bytes) -> int:
    found = region.find(end_tag, start)
    if found == -1:
        raise NotPlainXml(f"the region ends before {end_tag.decode()}")
    return found + len(end_tag)


def _plain(region: bytes, start: int, end: int) -> bool:
    """Whether the record at ``region[start:end]`` holds only elements, text and attributes."""
    find = region.find
    if any(find(tag, start + 1, end) != -1 for tag in _NESTED_RECORDS):
        return False
    return not any(
        find(byte, start, end) != -1 and find(markup, start, end) != -1 for byte, markup in _UNSAFE_MARKUP
    )


# --- cutting the file into regions ---------------------------------------------------------


def deleted_pmids(path: Path) -> list[str]:
    """The PMIDs of the file's <DeleteCitation>s, found in its bytes.

    Sound only for a file ``file_rows`` read to its end, which refused anything that could hide a
    tag (comments, CDATA, processing instructions) and checked each DeleteCitation's form; for
    such a file this costs the gunzip alone, a fraction of parsing it again.
    """
    pmids: list[str] = []
    rest = b""
    with _opened(path) as stream:
        while block := _read(stream, _BLOCK_BYTES):
            rest = _take_deletions(rest + block, pmids)
    return pmids


def _take_deletions(data: bytes, pmids: list[str]) -> bytes:
    """Add the PMIDs of each whole DeleteCitation in ``data``; return what the next block completes."""
    pos = 0
    while (start := data.find(b"<DeleteCitation>", pos)) != -1:
        end = data.find(b"</DeleteCitation>", start)
        if end == -1:
            return data[start:]
        pmids += [pmid.decode() for pmid in _DELETED_PMID.findall(data, start, end)]
        pos = end
    return data[-len(b"<DeleteCitation") :]


@contextmanager
def _opened(path: Path) -> Iterator[BinaryIO]:
    """The file's bytes, gunzipped if need be; any trouble is left to the streaming parser."""
    with ExitStack() as stack:
        try:
            stream = stack.enter_context(open_binary(path))
        except RecordFileError:
            raise NotPlainXml(f"{path} cannot be opened") from None
        yield stream


def _read(stream: BinaryIO, size: int) -> bytes:
    try:
        return stream.read(size)
    except READ_ERRORS:
        raise NotPlainXml("the file cannot be read to its end") from None


class _Regions:
    """Cuts a PubMed XML byte stream into its prolog and regions of whole records.

    A region ends where the last record start tag in the bytes read so far begins: one
    ``rfind`` from the end per region, whatever the number of records in it. ``_rest`` holds
    what is read and not yet handed out; ``_offset`` is where it starts in the stream.
    """

    def __init__(self, stream: BinaryIO) -> None:
        self._stream = stream
        self._rest = b""
        self._offset = 0
        self._eof = False

    def prolog(self) -> tuple[bytes, bytes]:
        """The file up to and including the root's start tag, which must be plain PubMed's,
        and the root's name."""
        self._read(_PROLOG_BYTES)
        found = _PROLOG.match(self._rest)
        if not found:
            raise NotPlainXml("the file does not start like a PubMed XML file")
        return self._take(found.end()), found.group(4)

    def regions(self, root: bytes) -> Iterator[tuple[int, bytes]]:
        """(offset, bytes) of each region, up to the root's end tag, which must end the file."""
        wanted = _REGION_BYTES
        while self._read(wanted):
            cut = self._rest.rfind(b"<PubmedArticle>", 1)
            cut = max(cut, self._rest.rfind(b"<PubmedBookArticle>", max(cut, 1)))
            if cut > 0:
                yield self._offset, self._take(cut)
                wanted = _REGION_BYTES
            elif len(self._rest) > MAX_RECORD_BYTES:  # leave it to the streaming parser
                raise NotPlainXml("a record is larger than any PubMed record")
            else:
                wanted = len(self._rest) + _BLOCK_BYTES  # one record fills what is read: read on
        end_tag = b"</" + root + b">"
        last = self._rest.rstrip(_BLANKS)
        if not last.endswith(end_tag):
            raise NotPlainXml(f"the file does not end with {end_tag.decode()}")
        yield self._offset, last[: -len(end_tag)]

    def _read(self, size: int) -> bool:
        """Read on until ``size`` bytes wait in ``_rest``; False if the file ends first."""
        blocks = [self._rest]
        waiting = len(self._rest)
        while waiting < size and not self._eof:
            block = _read(self._stream, _BLOCK_BYTES)
            if b"\r" in block:
                raise NotPlainXml("carriage returns would make line numbers differ from the parser's")
            self._eof = not block
            blocks.append(block)
            waiting += len(block)
        if len(blocks) > 1:
            self._rest = b"".join(blocks)
        return waiting >= size

    def _take(self, size: int) -> bytes:
        taken, self._rest = self._rest[:size], self._rest[size:]
        self._offset += size
        return taken
