"""The two-core import path: the same rows and messages as the streaming parser, or a fall-back.

The files are built here from the project's own fictional records, repeated under fresh PMIDs
and laid out with the quirks real files may have (character references, single-quoted
attributes, empty elements, book records, DeleteCitation blocks).
"""

from __future__ import annotations

import datetime as dt
import gzip
import multiprocessing
import os
import re
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from lxml import etree

from harvester import pubmed
from harvester.errors import NotPlainXml, RecordFileError
from harvester.jobs import import_pool
from harvester.jobs.imports import import_files
from harvester.pubmed.xml import RECORD_TAGS
from harvester.store import Store
from harvester.store import store as store_module
from harvester.store.rows import record_row
from support import PROJECT_ROOT

SOURCES = [
    PROJECT_ROOT / "harvester" / "data" / "demo" / "records.xml",
    PROJECT_ROOT / "tests" / "fixtures" / "pubmed_demo.xml",
]
PROLOG = (
    b'<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE PubmedArticleSet PUBLIC "-//NLM//DTD '
    b'PubMedArticle, 1st January 2025//EN" "https://dtd.nlm.nih.gov/ncbi/pubmed/out/pubmed_250101.dtd">\n'
    b"<PubmedArticleSet>\n"
)
END = b"</PubmedArticleSet>\n"
DELETIONS = (
    b'<DeleteCitation>\n  <PMID Version="1">91999998</PMID>\n  <PMID Version="1">91999999</PMID>\n'
    b"</DeleteCitation>\n"
)
QUIRKY = """<PubmedArticle>
  <MedlineCitation Status='MEDLINE' Owner="NLM">
    <PMID Version="1">{pmid}</PMID>
    <Article PubModel="Print">
      <Journal><JournalIssue CitedMedium="Print"><Volume>7</Volume><Issue/>
        <PubDate><Year>2020</Year><Month>Feb</Month></PubDate>
      </JournalIssue>
        <Title>Fictional Journal of Caf&#233; Studies</Title></Journal>
      <ArticleTitle>Touch &amp; rest in an imaginary trial: &#x2265; 3 arms &gt; one arm?</ArticleTitle>
      <Abstract>
        <AbstractText Label="RESULTS">Scores fell by 2.5 points (ß = 0.4) — fictional!</AbstractText>
      </Abstract>
    </Article>
  </MedlineCitation>
  <PubmedData><History>
    <PubMedPubDate PubStatus="entrez"><Year>2020</Year><Month>2</Month><Day>3</Day></PubMedPubDate>
  </History></PubmedData>
</PubmedArticle>"""
_OWN_PMID = re.compile(rb'<PMID Version="(\d+)">\d+</PMID>')
_SAFE = {"resolve_entities": False, "no_network": True, "load_dtd": False}


def fictional_records() -> list[bytes]:
    """Every record of the project's fictional files, each serialised on its own."""
    records = []
    for path in SOURCES:
        root = etree.parse(str(path), etree.XMLParser(**_SAFE)).getroot()
        records += [
            etree.tostring(element, encoding="utf-8") for element in root if element.tag in RECORD_TAGS
        ]
    return [*records, QUIRKY.format(pmid=1).encode("utf-8")]


RECORDS = fictional_records()


def renumbered(record: bytes, pmid: int) -> bytes:
    return _OWN_PMID.sub(rb'<PMID Version="\1">%d</PMID>' % pmid, record, count=1)


def body(count: int, first_pmid: int = 91_000_001) -> list[bytes]:
    """``count`` records in turn from the fictional ones, each under its own PMID."""
    return [renumbered(RECORDS[i % len(RECORDS)], first_pmid + i) for i in range(count)]


def write(
    path: Path, records: list[bytes], *, prolog: bytes = PROLOG, between: bytes = b"\n", end: bytes = END
) -> Path:
    data = prolog + between.join(records) + b"\n" + DELETIONS + end
    path.write_bytes(gzip.compress(data, mtime=0) if path.suffix == ".gz" else data)
    return path


def dump(path: Path) -> dict[str, list[tuple]]:
    with sqlite3.connect(path) as db:
        return {
            table: db.execute(f"SELECT * FROM {table} ORDER BY 1, 2").fetchall()
            for table in ("records", "query_members", "status_changes")
        }


def fixed_clock() -> dt.datetime:
    return dt.datetime(2026, 1, 2, 3, 4, 5, tzinfo=dt.UTC)


def outcome(source: Path, store_path: Path, *, fast: bool) -> tuple[str, object]:
    """What importing ``source`` into a fresh store does: its tables, or its error message."""
    with Store.open(store_path, now=fixed_clock) as store:
        try:
            report = import_files([source], store, query="demo", fast=fast)
        except RecordFileError as error:
            return "error", (str(error), store.count())
    return "stored", ((report.new, report.updated, report.skipped), dump(store_path))


def same_outcome_both_ways(source: Path, tmp_path: Path) -> bool:
    fast = outcome(source, tmp_path / "fast.sqlite", fast=True)
    return fast == outcome(source, tmp_path / "streamed.sqlite", fast=False)


@pytest.fixture(autouse=True)
def no_workers_left() -> Iterator[None]:
    """Whatever a test does, no worker process outlives it."""
    yield
    assert multiprocessing.active_children() == []


# --- same rows as the streaming parser ------------------------------------------------------


@pytest.mark.parametrize("name", ["set.xml", "set.xml.gz"])
def test_the_rows_are_exactly_those_of_the_streaming_parser(tmp_path: Path, name: str) -> None:
    path = write(tmp_path / name, body(300))
    fast = [row for rows in import_pool.file_rows(path) for row in rows]
    assert fast == [record_row(record) for record in pubmed.parse_xml(path)]
    assert len(fast) == 300 and len({row.pmid for row in fast}) == 300


@pytest.mark.parametrize("name", ["set.xml", "set.xml.gz"])
def test_both_paths_leave_byte_identical_stores(tmp_path: Path, name: str) -> None:
    path = write(tmp_path / name, body(300))
    fast = outcome(path, tmp_path / "fast.sqlite", fast=True)
    assert fast == outcome(path, tmp_path / "streamed.sqlite", fast=False)
    assert fast[0] == "stored" and fast[1][0] == (300, 0, 0)  # type: ignore[index]


@pytest.mark.parametrize("block", [13, 997])
def test_records_straddling_read_blocks_are_cut_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, block: int
) -> None:
    monkeypatch.setattr(import_pool, "_BLOCK_BYTES", block)  # far smaller than a record
    path = write(tmp_path / "set.xml", body(40), between=b"\n  \n\t")
    rows = [row for rows in import_pool.file_rows(path) for row in rows]
    assert rows == [record_row(record) for record in pubmed.parse_xml(path)]


def test_line_numbers_are_counted_across_read_blocks(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(import_pool, "_BLOCK_BYTES", 997)
    records = body(40)
    records[33] = records[33].replace(b"</ArticleTitle>", b"</Title>", 1)
    path = write(tmp_path / "set.xml", records, between=b"\n\n")
    with pytest.raises(RecordFileError) as fast:
        for _ in import_pool.file_rows(path):
            pass
    with pytest.raises(RecordFileError) as streamed:
        list(pubmed.parse_xml(path))
    assert str(fast.value) == str(streamed.value) and f"{path}, line " in str(fast.value)


def test_book_records_and_a_book_set_are_read(tmp_path: Path) -> None:
    books = [record for record in RECORDS if record.startswith(b"<PubmedBookArticle>")]
    assert books, "the fictional files hold a book record"
    book_set = PROLOG.replace(b"PubmedArticleSet>", b"PubmedBookArticleSet>")
    records = [renumbered(books[0], 91_000_001 + n) for n in range(5)]
    path = write(tmp_path / "books.xml", records, prolog=book_set, end=b"</PubmedBookArticleSet>")
    rows = [row for rows in import_pool.file_rows(path) for row in rows]
    assert rows == [record_row(record) for record in pubmed.parse_xml(path)] and len(rows) == 5


# --- when to take the fast path --------------------------------------------------------------


def test_only_files_over_the_size_limit_take_the_fast_path(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = write(tmp_path / "set.xml", body(5))
    taken: list[Path] = []
    real = import_pool.file_rows
    monkeypatch.setattr(import_pool, "file_rows", lambda p, **options: taken.append(p) or real(p, **options))
    with Store.open(tmp_path / "a.sqlite") as store:
        import_files([path], store)
    assert taken == []
    monkeypatch.setattr(import_pool, "FAST_PATH_MIN_BYTES", path.stat().st_size - 1)
    with Store.open(tmp_path / "b.sqlite") as store:
        assert import_files([path], store).new == 5
    assert taken == [path]


def test_medline_files_are_left_to_the_streaming_path(tmp_path: Path) -> None:
    medline = PROJECT_ROOT / "tests" / "fixtures" / "store_one_article.nbib"
    with pytest.raises(NotPlainXml):
        next(import_pool.file_rows(medline))
    fast = outcome(medline, tmp_path / "fast.sqlite", fast=True)
    assert fast == outcome(medline, tmp_path / "slow.sqlite", fast=False) and fast[0] == "stored"


# --- falling back on anything unusual --------------------------------------------------------

RECORDS_10 = body(10)
ROOT = b"<PubmedArticleSet>"
UNUSUAL = {
    "internal DTD subset": dict(prolog=PROLOG.replace(b'.dtd">', b'.dtd" [<!ENTITY demo "x">]>')),
    "comment before the root": dict(prolog=PROLOG.replace(ROOT, b"<!-- fictional -->\n" + ROOT)),
    "comment between records": dict(between=b"\n<!-- <PubmedArticle> -->\n"),
    "text between records": dict(between=b"\nstray text\n"),
    "root with attributes": dict(prolog=PROLOG.replace(ROOT, b'<PubmedArticleSet note="x">')),
    "another encoding": dict(prolog=PROLOG.replace(b"UTF-8", b"ISO-8859-1")),
    "carriage returns": dict(between=b"\r\n"),
    "text after the root": dict(end=END + b"trailing"),
    "missing end tag": dict(end=b""),
}


@pytest.mark.parametrize("case", UNUSUAL, ids=list(UNUSUAL))
def test_unusual_files_fall_back_to_the_streaming_parser(tmp_path: Path, case: str) -> None:
    path = write(tmp_path / "set.xml", RECORDS_10, **UNUSUAL[case])  # type: ignore[arg-type]
    with pytest.raises(NotPlainXml):
        for _ in import_pool.file_rows(path):
            pass
    assert same_outcome_both_ways(path, tmp_path)


@pytest.mark.parametrize(
    "inside",
    [b"<!-- a comment -->", b"<![CDATA[ </PubmedArticle> ]]>", b"<?fictional instruction?>"],
    ids=["comment", "cdata", "processing instruction"],
)
def test_markup_that_could_hide_a_tag_inside_a_record_falls_back(tmp_path: Path, inside: bytes) -> None:
    records = list(RECORDS_10)
    records[4] = records[4].replace(b"</MedlineCitation>", inside + b"</MedlineCitation>", 1)
    path = write(tmp_path / "set.xml", records)
    with pytest.raises(NotPlainXml):
        for _ in import_pool.file_rows(path):
            pass
    assert same_outcome_both_ways(path, tmp_path)


def test_a_late_fall_back_undoes_the_rows_already_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(store_module, "_CHUNK", 50)  # rows are written before the comment is met
    records = body(700)
    records[650] = records[650].replace(b"</MedlineCitation>", b"<!-- late --></MedlineCitation>", 1)
    path = write(tmp_path / "set.xml", records)
    rows = import_pool.file_rows(path)
    assert len(next(rows)) == import_pool.RECORDS_PER_TASK  # rows come before the comment is seen
    with pytest.raises(NotPlainXml):
        for _ in rows:
            pass
    assert same_outcome_both_ways(path, tmp_path)  # counts would differ if rows were left behind


# --- errors: the streaming parser's messages, nothing written, no workers left ---------------


def test_a_truncated_file_gives_the_streaming_message(tmp_path: Path) -> None:
    whole = write(tmp_path / "whole.xml", body(250)).read_bytes()
    cut = tmp_path / "cut.xml"
    cut.write_bytes(whole[: len(whole) * 2 // 3])
    fast = outcome(cut, tmp_path / "fast.sqlite", fast=True)
    assert fast == outcome(cut, tmp_path / "slow.sqlite", fast=False)
    kind, (message, stored) = fast  # type: ignore[misc]
    assert kind == "error" and str(cut) in message and ", line " in message and stored == 0


BROKEN = {
    "mismatched tag": (b"<ArticleTitle>", b"<ArticleTitle><i>"),
    "undeclared entity": (b"<ArticleTitle>", b"<ArticleTitle>&fictional;"),
    "missing PMID": (b'<PMID Version="1">91000155</PMID>', b""),
}


@pytest.mark.parametrize("case", BROKEN, ids=list(BROKEN))
def test_a_bad_record_mid_file_is_named_by_its_line_and_nothing_is_written(tmp_path: Path, case: str) -> None:
    old, new = BROKEN[case]
    records = body(300)
    records[154] = records[154].replace(old, new, 1)  # PMID 91000155, in the second task
    path = write(tmp_path / "set.xml", records)
    with pytest.raises(RecordFileError):  # raised by a worker, not left to the streaming parser
        for _ in import_pool.file_rows(path):
            pass
    fast = outcome(path, tmp_path / "fast.sqlite", fast=True)
    assert fast == outcome(path, tmp_path / "slow.sqlite", fast=False)
    kind, (message, stored) = fast  # type: ignore[misc]
    assert kind == "error" and stored == 0 and message.startswith(f"{path}, line ")
    first_line = (PROLOG + b"\n".join(records[:154]) + b"\n").count(b"\n") + 1
    line = int(message.split(", line ")[1].split(":")[0])
    assert first_line <= line <= first_line + records[154].count(b"\n")


def test_a_failed_import_leaves_earlier_imports_alone(tmp_path: Path) -> None:
    good = write(tmp_path / "good.xml", body(20))
    records = body(200, first_pmid=92_000_001)
    records[150] = records[150].replace(b"<ArticleTitle>", b"<ArticleTitle><b>", 1)
    bad = write(tmp_path / "bad.xml", records)
    with Store.open(tmp_path / "store.sqlite", now=fixed_clock) as store:
        import_files([good], store, query="demo", fast=True)
        before = dump(store.path)
        with pytest.raises(RecordFileError):
            import_files([good, bad], store, query="demo", fast=True)
        assert dump(store.path) == before


@pytest.mark.integration
@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT], ids=["SIGTERM", "Ctrl-C"])
def test_a_signal_mid_import_stops_the_workers_and_writes_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, signum: int
) -> None:
    path = write(tmp_path / "set.xml", body(600))
    real = import_pool._results_in_order

    def signalled_after_the_first_task(*args: object) -> Iterator[list]:
        results = real(*args)  # type: ignore[arg-type]
        yield next(results)
        os.kill(os.getpid(), signum)
        yield from results

    monkeypatch.setattr(import_pool, "_results_in_order", signalled_after_the_first_task)
    handler_before = signal.getsignal(signal.SIGTERM)
    with Store.open(tmp_path / "store.sqlite") as store:
        with pytest.raises(SystemExit if signum == signal.SIGTERM else KeyboardInterrupt):
            import_files([path], store, fast=True)
        assert store.count() == 0
    assert signal.getsignal(signal.SIGTERM) is handler_before


@pytest.mark.integration
def test_stopping_early_stops_the_workers(tmp_path: Path) -> None:
    rows = import_pool.file_rows(write(tmp_path / "set.xml", body(600)))
    assert len(next(rows)) == import_pool.RECORDS_PER_TASK
    rows.close()
    assert multiprocessing.active_children() == []


_HOLD_THE_POOL = """
import os, time
from harvester.jobs import import_pool
with import_pool._pool(2) as pool:
    print(*sorted({pool.submit(os.getpid).result() for _ in range(8)}), flush=True)
    time.sleep(60)
"""


@pytest.mark.integration
@pytest.mark.skipif(not Path("/proc").is_dir(), reason="workers die with their parent on Linux only")
def test_workers_die_with_a_parent_killed_outright() -> None:
    with subprocess.Popen(
        [sys.executable, "-c", _HOLD_THE_POOL], stdout=subprocess.PIPE, text=True
    ) as holder:
        workers = [int(pid) for pid in holder.stdout.readline().split()]
        assert workers and holder.pid not in workers
        holder.kill()
    deadline = time.monotonic() + 10
    while any(map(_running, workers)) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not any(map(_running, workers))


def _running(pid: int) -> bool:
    """Whether ``pid`` still runs: gone, or a zombie waiting to be reaped, is not running."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    return stat.rsplit(")", 1)[1].split()[0] != "Z"


# --- regions: cut anywhere at a record's start, checked on their own ------------------------


@pytest.mark.parametrize("name", ["set.xml", "set.xml.gz"])
def test_small_regions_give_the_same_rows(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str) -> None:
    monkeypatch.setattr(import_pool, "_REGION_BYTES", 3000)  # most regions hold one record
    monkeypatch.setattr(import_pool, "_BLOCK_BYTES", 1500)
    path = write(tmp_path / name, body(120), between=b"\n \n")
    rows = [row for rows in import_pool.file_rows(path) for row in rows]
    assert rows == [record_row(record) for record in pubmed.parse_xml(path)]


def test_utf8_rows_are_the_text_rows_encoded(tmp_path: Path) -> None:
    path = write(tmp_path / "set.xml", body(150))
    utf8 = [row for rows in import_pool.file_rows(path, utf8=True) for row in rows]
    assert utf8 == [record_row(record, utf8=True) for record in pubmed.parse_xml(path)]
    assert all(isinstance(row.raw, bytes) and isinstance(row.parsed, bytes) for row in utf8)


def test_a_record_nested_in_a_record_falls_back(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # A region may begin at the nested start tag; the region before it then ends inside a record.
    monkeypatch.setattr(import_pool, "_REGION_BYTES", 3000)
    records = body(30)
    inner = renumbered(RECORDS[0], 93_000_001)
    records[12] = records[12].replace(b"</MedlineCitation>", b"</MedlineCitation>" + inner, 1)
    path = write(tmp_path / "set.xml", records)
    with pytest.raises(NotPlainXml):
        for _ in import_pool.file_rows(path):
            pass
    assert same_outcome_both_ways(path, tmp_path)


def test_a_file_changed_while_it_is_read_falls_back(tmp_path: Path) -> None:
    # The workers read a plain file themselves; if it changed meanwhile, their bytes and this
    # process's may differ, so the rows are not trusted.
    path = write(tmp_path / "set.xml", body(600))
    rows = import_pool.file_rows(path)
    next(rows)
    os.utime(path, ns=(0, 0))
    with pytest.raises(NotPlainXml):
        for _ in rows:
            pass
