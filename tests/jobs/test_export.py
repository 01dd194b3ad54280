"""Exports: one JSON object or CSV row per record, PMID order, and spreadsheet-safe CSV cells."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from pathlib import Path

import pandas as pd
import pytest

from harvester.errors import InputError
from harvester.jobs.export import COLUMNS, export_records
from harvester.models import AbstractSection, Author, Journal, MeshHeading, PubDate, Record
from harvester.report.text import spreadsheet_safe
from harvester.store import Store
from support import PROJECT_ROOT
from support.r_reader import r_column_classes


def fictional(pmid: str, title: str, **fields: object) -> Record:
    values: dict[str, object] = {
        "pmid": pmid,
        "title": title,
        "abstract": (
            AbstractSection("Imaginary people were massaged.", "METHODS"),
            AbstractSection("Nothing real happened.", "RESULTS"),
        ),
        "authors": (
            Author(last_name="Example", fore_name="Ada", initials="A"),
            Author(collective_name="Widget Group"),
        ),
        "journal": Journal(title="Journal of Imaginary Rehabilitation"),
        "pub_date": PubDate(year=2021),
        "entrez_date": dt.date(2021, 3, 4),
        "doi": "10.0000/imag.1",
        "pmcid": "PMC0000001",
        "languages": ("eng",),
        "publication_types": ("Randomized Controlled Trial",),
        "mesh": (MeshHeading("Massage", major_topic=True), MeshHeading("Fatigue")),
    }
    values.update(fields)
    return Record(**values)  # type: ignore[arg-type]


@pytest.fixture
def store(tmp_path: Path):
    with Store.open(tmp_path / "store.sqlite") as opened:
        opened.add_records(
            [
                fictional("900", '=HYPERLINK("http://example.invalid")'),
                fictional(
                    "85", "+1 trick", publication_types=("Retracted Publication",), doi=None, pmcid=None
                ),
            ],
            query="demo",
        )
        opened.add_records([fictional("7", "Not in the saved search")])
        yield opened


@pytest.mark.parametrize(
    ("value", "safe"),
    [
        ("=1+1", "'=1+1"),
        ("+1", "'+1"),
        ("-2", "'-2"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\tx", "'\tx"),
        ("\rx", "'\rx"),
        ("Massage = good", "Massage = good"),
        ("", ""),
    ],
)
def test_spreadsheet_safe_prefixes_only_formula_starts(value: str, safe: str) -> None:
    assert spreadsheet_safe(value) == safe


def test_jsonl_has_the_documented_fields_in_pmid_order(store: Store) -> None:
    out = io.StringIO()
    assert export_records(store, "demo", "jsonl", out) == 2
    rows = [json.loads(line) for line in out.getvalue().splitlines()]
    assert [row["pmid"] for row in rows] == ["85", "900"]
    first = rows[1]
    assert first == {
        "pmid": "900",
        "title": '=HYPERLINK("http://example.invalid")',  # JSON is data, not a spreadsheet: kept as is
        "abstract": "METHODS: Imaginary people were massaged.\n\nRESULTS: Nothing real happened.",
        "journal": "Journal of Imaginary Rehabilitation",
        "year": 2021,
        "doi": "10.0000/imag.1",
        "pmcid": "PMC0000001",
        "authors": ["Example A", "Widget Group"],
        "mesh": ["Massage", "Fatigue"],
        "publication_types": ["Randomized Controlled Trial"],
        "languages": ["eng"],
        "retracted": False,
        "entrez_date": "2021-03-04",
    }
    assert rows[0]["retracted"] is True and rows[0]["doi"] is None


def test_without_a_query_every_record_is_exported(store: Store) -> None:
    out = io.StringIO()
    assert export_records(store, None, "jsonl", out) == 3
    assert [json.loads(line)["pmid"] for line in out.getvalue().splitlines()] == ["7", "85", "900"]


def test_csv_neutralises_formula_cells_and_joins_lists(store: Store) -> None:
    out = io.StringIO()
    export_records(store, "demo", "csv", out)
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert tuple(rows[0]) == COLUMNS
    assert rows[1]["title"] == '\'=HYPERLINK("http://example.invalid")'
    assert rows[0]["title"] == "'+1 trick"
    assert rows[1]["authors"] == "Example A; Widget Group"
    assert rows[1]["mesh"] == "Massage; Fatigue"
    assert (rows[0]["retracted"], rows[1]["retracted"]) == ("TRUE", "FALSE")
    assert rows[0]["doi"] == ""
    for row in rows:
        for value in row.values():
            assert not value.startswith(("=", "+", "-", "@", "\t", "\r"))


@pytest.mark.parametrize("fmt", ["csv", "jsonl"])
def test_no_control_or_bidi_character_is_exported(tmp_path: Path, fmt: str) -> None:
    trick = "\x00\x1b\u202e\u2067"
    with Store.open(tmp_path / "store.sqlite") as opened:
        opened.add_records(
            [
                fictional(
                    "11", f"Fictional{trick} title", doi=f"10.0000/{trick}x", mesh=(MeshHeading(f"M{trick}"),)
                )
            ],
            query="demo",
        )
        out = io.StringIO()
        export_records(opened, "demo", fmt, out)
    text = out.getvalue()
    assert "Fictional title" in text and "10.0000/x" in text
    assert not set(trick) & set(text)


def test_csv_booleans_read_as_bool_in_pandas_and_logical_in_r(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "records.csv"
    with open(path, "w", encoding="utf-8", newline="") as handle:
        export_records(store, None, "csv", handle)
    table = pd.read_csv(path, dtype={"pmid": str})
    assert table["retracted"].dtype == bool and table["retracted"].sum() == 1
    classes = r_column_classes(path)
    assert (classes["retracted"], classes["year"], classes["pmid"]) == ("logical", "integer", "character")


def test_exports_are_byte_identical_when_repeated(store: Store) -> None:
    first, second = io.StringIO(), io.StringIO()
    export_records(store, None, "csv", first)
    export_records(store, None, "csv", second)
    assert first.getvalue() == second.getvalue()


def test_an_unknown_query_or_format_is_bad_input(store: Store) -> None:
    with pytest.raises(InputError, match=r"no saved search 'nope' \(known: demo\)"):
        export_records(store, "nope", "jsonl", io.StringIO())
    with pytest.raises(InputError, match="unknown export format 'xlsx'"):
        export_records(store, None, "xlsx", io.StringIO())


def test_the_readme_names_every_exported_field() -> None:
    readme = (PROJECT_ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Record export", 1)[1].split("\n## ", 1)[0]
    assert [column for column in COLUMNS if f"`{column}`" not in section] == []
