"""The shared record types: ``Record.to_dict`` is what the store keeps, so it must stay exactly
the dict ``dataclasses.asdict`` gives (dates as ISO text), and ``from_dict`` must reverse it."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json

from hypothesis import given
from hypothesis import strategies as st

from harvester.models import (
    AbstractSection,
    Author,
    CommentCorrection,
    Journal,
    MeshHeading,
    MeshQualifier,
    PubDate,
    Record,
)


def rich_record(entrez_date: dt.date | None = dt.date(2021, 3, 4)) -> Record:
    """A fictional record that fills every field, nested ones included."""
    return Record(
        pmid="90000042",
        title="Widgets for invented fatigue: a fictional trial",
        abstract=(
            AbstractSection("Twelve invented people.", "METHODS", "METHODS"),
            AbstractSection("Fatigue fell.", None, None),
        ),
        authors=(
            Author("Doe", "Jane", "J", None, ("Imaginary University", "Nowhere Clinic")),
            Author(collective_name="The Widget Group"),
        ),
        journal=Journal("Journal of Imaginary Medicine", "J Imag Med", "0000-0000"),
        volume="7",
        issue="2",
        pages="10-19",
        pub_date=PubDate(2021, 3, None, "2021 Spring"),
        entrez_date=entrez_date,
        doi="10.0000/fictional.42",
        pmcid="PMC0000042",
        languages=("eng",),
        publication_types=("Randomized Controlled Trial",),
        mesh=(
            MeshHeading("Fatigue", True, (MeshQualifier("therapy", True), MeshQualifier("etiology"))),
            MeshHeading("Humans", ui="D006801"),
        ),
        keywords=("widgets", "fatigue"),
        comments_corrections=(CommentCorrection("ErratumIn", "J Imag Med. 2022", "90000043"),),
        is_book=False,
        source_format="xml",
        raw="<PubmedArticle>...</PubmedArticle>",
    )


def asdict_reference(record: Record) -> dict:
    data = dataclasses.asdict(record)
    data["entrez_date"] = record.entrez_date.isoformat() if record.entrez_date else None
    return data


def test_to_dict_is_exactly_what_asdict_gives() -> None:
    for record in (rich_record(), rich_record(entrez_date=None), Record(pmid="1")):
        data = record.to_dict()
        assert data == asdict_reference(record)
        assert json.dumps(data, sort_keys=True) == json.dumps(asdict_reference(record), sort_keys=True)


def test_to_dict_shares_nothing_mutable_with_the_record() -> None:
    record = rich_record()
    data = record.to_dict()
    data["authors"][0]["last_name"] = "Changed"
    data["journal"]["title"] = "Changed"
    data["mesh"][0]["qualifiers"][0]["name"] = "Changed"
    assert record == rich_record()


def test_from_dict_reverses_to_dict() -> None:
    record = rich_record()
    again = Record.from_dict(json.loads(json.dumps(record.to_dict())))
    assert again == record
    assert again.raw == record.raw


_SECTIONS = st.lists(
    st.builds(
        AbstractSection,
        st.text(alphabet="ab .\n", max_size=30),
        st.none() | st.sampled_from(["RESULTS", "METHODS"]),
    ),
    max_size=5,
)


@given(sections=_SECTIONS, limit=st.integers(0, 120))
def test_an_abstract_cut_is_a_prefix_of_the_abstract_text(
    sections: list[AbstractSection], limit: int
) -> None:
    record = Record(pmid="90000042", abstract=tuple(sections))
    cut = record.abstract_cut(limit).abstract_text
    assert len(cut) <= limit
    assert record.abstract_text.startswith(cut)
    assert len(cut) >= min(len(record.abstract_text), limit) - len(
        "\n\nMETHODS: "
    )  # no more lost than a label
    if len(record.abstract_text) <= limit:
        assert cut == record.abstract_text
