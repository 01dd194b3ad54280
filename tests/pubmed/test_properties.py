"""Whatever bytes arrive, the readers give Records or a RecordFileError: nothing else escapes."""

from __future__ import annotations

import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from harvester.errors import RecordFileError
from harvester.models import Record
from harvester.pubmed import iter_records, parse_record_xml, parse_xml
from harvester.pubmed.medline import parse_medline, parse_record_medline
from support import FIXTURES

XML = (FIXTURES / "pubmed_demo.xml").read_bytes()
MEDLINE = (FIXTURES / "pubmed_demo.txt").read_text(encoding="utf-8")
QUICK = settings(max_examples=200, deadline=None)


def records_or_record_file_error(parse: Callable[[], Iterable[Record]]) -> list[Record]:
    """Run a parse; only Records or RecordFileError may come out of it."""
    try:
        records = list(parse())
    except RecordFileError as error:
        assert str(error) and "\n" not in str(error)
        return []
    assert all(isinstance(record, Record) and record.pmid.isdigit() for record in records)
    return records


def flip_bytes(data: bytes, flips: list[tuple[int, int]]) -> bytes:
    mutable = bytearray(data)
    for position, value in flips:
        mutable[position % len(mutable)] = value
    return bytes(mutable)


@QUICK
@given(st.binary(max_size=2000))
def test_arbitrary_bytes_as_xml(data: bytes) -> None:
    records_or_record_file_error(lambda: parse_xml(data))


@QUICK
@given(st.integers(min_value=0, max_value=len(XML)))
def test_xml_truncated_anywhere(cut: int) -> None:
    records = records_or_record_file_error(lambda: parse_xml(XML[:cut]))
    assert len(records) <= 7


@QUICK
@given(st.lists(st.tuples(st.integers(min_value=0), st.integers(0, 255)), min_size=1, max_size=8))
def test_xml_with_random_byte_flips(flips: list[tuple[int, int]]) -> None:
    records_or_record_file_error(lambda: parse_xml(flip_bytes(XML, flips)))


@QUICK
@given(st.text(max_size=2000))
def test_arbitrary_text_as_medline(text: str) -> None:
    records_or_record_file_error(lambda: parse_medline(text))


@QUICK
@given(st.integers(min_value=0, max_value=len(MEDLINE)))
def test_medline_truncated_anywhere(cut: int) -> None:
    records = records_or_record_file_error(lambda: parse_medline(MEDLINE[:cut]))
    assert len(records) <= 4


@QUICK
@given(st.lists(st.tuples(st.integers(min_value=0), st.characters()), min_size=1, max_size=8))
def test_medline_with_random_character_changes(changes: list[tuple[int, str]]) -> None:
    text = list(MEDLINE)
    for position, character in changes:
        text[position % len(text)] = character
    records_or_record_file_error(lambda: parse_medline("".join(text)))


@QUICK
@given(st.text(max_size=500))
def test_arbitrary_stored_raw_text(raw: str) -> None:
    records_or_record_file_error(lambda: [parse_record_xml(raw)])
    records_or_record_file_error(lambda: [parse_record_medline(raw)])


@settings(max_examples=100, deadline=None)
@given(
    st.one_of(
        st.binary(max_size=500),
        st.lists(st.tuples(st.integers(min_value=0), st.integers(0, 255)), max_size=4).map(
            lambda flips: flip_bytes(XML, flips) if flips else XML
        ),
        st.integers(min_value=0, max_value=len(MEDLINE)).map(lambda cut: MEDLINE[:cut].encode()),
    )
)
def test_any_file_through_format_detection(data: bytes) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "records"
        path.write_bytes(data)
        records_or_record_file_error(lambda: iter_records(path))
