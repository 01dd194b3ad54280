"""Importing saved PubMed files: XML and MEDLINE, membership, and all-or-nothing on a bad file."""

from __future__ import annotations

import contextlib
import gzip
import sqlite3
from pathlib import Path

import pytest

from harvester.errors import InputError, RecordFileError
from harvester.extract import extract, load_vocabulary
from harvester.extract.types import extraction_to_json
from harvester.jobs import import_pool, imports
from harvester.jobs.imports import import_files, plan_import
from harvester.store import Store, StoredExtraction
from support import FIXTURES
from support.builders import demo_article, write_pubmed_file

XML = FIXTURES / "store_two_articles.xml"
MEDLINE = FIXTURES / "store_one_article.nbib"


@pytest.fixture
def store(tmp_path: Path):
    with Store.open(tmp_path / "data" / "store.sqlite") as opened:
        yield opened


def snapshot(store: Store) -> dict[str, list[tuple]]:
    """Every row of every table, to compare the store before and after a failed import."""
    with contextlib.closing(sqlite3.connect(store.path)) as db:
        tables = [row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        return {table: db.execute(f"SELECT * FROM {table} ORDER BY 1, 2").fetchall() for table in tables}


def truncated_copy(tmp_path: Path) -> Path:
    text = XML.read_text(encoding="utf-8")
    cut = tmp_path / "cut.xml"
    cut.write_text(text[: text.index('<PMID Version="1">90000002')], encoding="utf-8")
    return cut


def test_xml_and_medline_files_are_imported(store: Store) -> None:
    report = import_files([XML, MEDLINE], store)
    assert (report.files, report.records, report.new, report.updated, report.skipped) == (2, 3, 3, 0, 0)
    assert [record.pmid for record in store.records()] == ["90000001", "90000002", "90000003"]
    assert store.record("90000003").source_format == "medline"  # type: ignore[union-attr]
    assert store.record("90000001").raw.lstrip().startswith("<PubmedArticle>")  # type: ignore[union-attr]
    runs = store.runs()
    assert [(run.kind, run.status, run.query, run.new) for run in runs] == [("import", "complete", None, 3)]


def test_gzipped_xml_is_imported(store: Store, tmp_path: Path) -> None:
    packed = tmp_path / "records.xml.gz"
    packed.write_bytes(gzip.compress(XML.read_bytes()))
    assert import_files([packed], store).new == 2


def test_importing_again_changes_nothing(store: Store) -> None:
    import_files([XML], store)
    report = import_files([XML], store)
    assert (report.new, report.updated, report.skipped) == (0, 0, 2)


def test_query_attaches_the_records_to_that_name(store: Store) -> None:
    import_files([XML], store, query="my-export")
    import_files([MEDLINE], store)
    assert store.query_pmids("my-export") == ["90000001", "90000002"]
    assert store.queries() == ["my-export"]
    assert store.runs("my-export")[0].kind == "import"


def test_a_bad_query_name_is_refused_before_anything_is_read(store: Store) -> None:
    with pytest.raises(InputError, match="--query 'My Export'"):
        import_files([XML], store, query="My Export")
    assert store.count() == 0


def test_a_truncated_second_file_leaves_the_store_as_it_was(store: Store, tmp_path: Path) -> None:
    import_files([MEDLINE], store, query="demo")
    before = snapshot(store)
    cut = truncated_copy(tmp_path)
    with pytest.raises(RecordFileError) as caught:
        import_files([XML, cut], store, query="demo")
    message = str(caught.value)
    assert str(cut) in message and "line" in message
    assert snapshot(store) == before


def test_a_missing_file_is_reported_before_anything_is_stored(store: Store, tmp_path: Path) -> None:
    with pytest.raises(RecordFileError, match="nowhere.xml"):
        import_files([XML, tmp_path / "nowhere.xml"], store)
    assert store.count() == 0


@pytest.fixture
def bulk_loads(monkeypatch: pytest.MonkeyPatch) -> list[bool]:
    """Every file counts as large; the list collects whether each bulk load had the store alone."""
    monkeypatch.setattr(imports, "BULK_MIN_BYTES", 0)
    seen: list[bool] = []
    real = Store.bulk_load

    @contextlib.contextmanager
    def spy(self: Store):
        with real(self) as alone:
            seen.append(alone)
            yield alone

    monkeypatch.setattr(Store, "bulk_load", spy)
    return seen


def journal_mode(store: Store) -> str:
    with contextlib.closing(sqlite3.connect(store.path)) as db:
        return db.execute("PRAGMA journal_mode").fetchone()[0]


def test_a_large_import_is_a_bulk_load_and_leaves_the_store_in_wal_mode(
    store: Store, bulk_loads: list[bool]
) -> None:
    assert import_files([XML, MEDLINE], store).new == 3
    assert bulk_loads == [True]
    assert journal_mode(store) == "wal"
    assert [record.pmid for record in store.records()] == ["90000001", "90000002", "90000003"]


def test_a_large_import_that_fails_leaves_the_store_as_it_was(
    store: Store, tmp_path: Path, bulk_loads: list[bool]
) -> None:
    import_files([MEDLINE], store, query="demo")
    before = snapshot(store)
    with pytest.raises(RecordFileError):
        import_files([XML, truncated_copy(tmp_path)], store, query="demo")
    assert bulk_loads == [True, True]
    assert snapshot(store) == before
    assert journal_mode(store) == "wal"


def test_a_small_import_goes_through_the_wal(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(Store, "bulk_load", None)  # any use would fail
    assert import_files([XML], store).new == 2


def test_the_plan_takes_two_cores_only_for_large_files_unless_told(tmp_path: Path, monkeypatch) -> None:
    small, large = tmp_path / "small.xml", tmp_path / "large.xml"
    small.write_bytes(b"x" * 10)
    large.write_bytes(b"x" * 100)
    monkeypatch.setattr(import_pool, "FAST_PATH_MIN_BYTES", 50)
    monkeypatch.setattr(imports, "BULK_MIN_BYTES", 105)
    plan = plan_import([small, large], query=None)
    assert plan.two_cores == (False, True)
    assert plan.bulk_load is True
    assert plan_import([small, large], query=None, fast=False).two_cores == (False, False)


def test_the_plan_refuses_a_bad_query_name_before_reading_anything(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="--query 'Bad Name'"):
        plan_import([tmp_path / "never-read.xml"], query="Bad Name")


def test_update_files_replace_records_and_their_deletions_remove_them(store: Store, tmp_path: Path) -> None:
    baseline = write_pubmed_file(tmp_path / "base.xml.gz", [demo_article(pmid) for pmid in (101, 102, 103)])
    update = write_pubmed_file(
        tmp_path / "update.xml.gz", [demo_article(102, revised=True), demo_article(104)], deleted=[103, 999]
    )
    import_files([baseline], store, query="fictional")
    saved = extract(store.record("103"), load_vocabulary())  # type: ignore[arg-type]
    store.save_extractions([StoredExtraction(saved.pmid, saved.version, extraction_to_json(saved))])

    report = import_files([update], store, query="fictional")

    assert (report.records, report.new, report.updated, report.deleted) == (2, 1, 1, 1)
    assert [record.pmid for record in store.records()] == ["101", "102", "104"]
    assert store.record("102").title.startswith("Revised: ")  # type: ignore[union-attr]
    assert store.query_pmids("fictional") == ["101", "102", "104"]
    assert store.extractions(["103"], saved.version) == {}


def test_a_record_deleted_then_published_again_is_back(store: Store, tmp_path: Path) -> None:
    first = write_pubmed_file(tmp_path / "first.xml", [demo_article(101), demo_article(102)], deleted=[101])
    second = write_pubmed_file(tmp_path / "second.xml", [demo_article(101)])
    assert import_files([first], store).deleted == 1
    assert [record.pmid for record in store.records()] == ["102"]
    import_files([second], store)
    assert [record.pmid for record in store.records()] == ["101", "102"]


@pytest.mark.parametrize("fast", [True, False], ids=["two-cores", "streaming"])
def test_a_deletion_list_longer_than_a_read_block_is_read_whole(
    store: Store, tmp_path: Path, fast: bool
) -> None:
    many = [*range(5_000_000, 5_100_000), 101]  # ~3 MB of DeleteCitation, past the 1 MB blocks
    update = write_pubmed_file(tmp_path / "update.xml", [demo_article(101), demo_article(102)], deleted=many)
    assert import_files([update], store, fast=fast).deleted == 1
    assert [record.pmid for record in store.records()] == ["102"]
