"""A record as a store row: the same record always gives the same bytes, and comes back whole."""

from __future__ import annotations

import json

from harvester.models import Author, CommentCorrection, MeshHeading, MeshQualifier, PubDate
from harvester.store.rows import record_from_row, record_row
from support.builders import make_record


def test_the_stored_json_is_to_dict_less_raw_byte_for_byte() -> None:
    # record_row builds the JSON without to_dict's copies; the bytes must not change, or every
    # stored record would look changed (its content hash is of this JSON) when imported again.
    records = [
        make_record("1"),
        make_record("2", entrez_date=None, authors=(), abstract=(), title='Quotes " and \\ and \n'),
        make_record(
            "3",
            comments_corrections=(CommentCorrection("ErratumIn", "J Imag Med. 2022", "9"),),
            authors=(Author(collective_name="Group", affiliations=("Nowhere", "Élsewhere")),),
            mesh=(MeshHeading("Fatigue", True, (MeshQualifier("therapy", True),), "D005221"),),
            pub_date=PubDate(2021, 3, None, "2021 Spring"),
        ),
    ]
    for record in records:
        data = record.to_dict()
        del data["raw"]
        expected = json.dumps(data, sort_keys=True, ensure_ascii=False, check_circular=False)
        assert record_row(record).parsed == expected


def test_a_row_gives_back_the_record_it_was_made_from() -> None:
    record = make_record(
        "7",
        title="Ünïcödé <widgets> & “fatigue”",
        authors=(Author(last_name="Doe", fore_name="Jane", initials="J"),),
    )
    row = record_row(record)
    assert record_from_row(row.parsed, row.raw) == record


def test_the_content_hash_is_of_the_parsed_json() -> None:
    one, other = record_row(make_record("1")), record_row(make_record("1", title="Another title"))
    assert one.content_hash == record_row(make_record("1")).content_hash
    assert one.content_hash != other.content_hash
