"""The MEDLINE text reader (PubMed's "PubMed format" export), on fictional fixtures."""

from __future__ import annotations

import datetime as dt
import gzip
import io
from pathlib import Path

import pytest

from harvester.errors import RecordFileError
from harvester.models import AbstractSection, CommentCorrection, MeshHeading, MeshQualifier, PubDate, Record
from harvester.pubmed import iter_records
from harvester.pubmed.medline import parse_medline, parse_record_medline, split_abstract
from support import FIXTURES

DEMO = FIXTURES / "pubmed_demo.txt"


def demo_records() -> dict[str, Record]:
    return {record.pmid: record for record in parse_medline(DEMO)}


def test_fields_of_a_full_record() -> None:
    record = demo_records()["90000011"]
    assert record.source_format == "medline"
    assert record.title == ("Hand massage and fictional fatigue in multiple sclerosis: an invented trial.")
    assert (record.journal.title, record.journal.iso_abbreviation, record.journal.issn) == (
        "Demonstration Journal (fictional records)",
        "Demo J Fict",
        "0000-0001",
    )
    assert (record.volume, record.issue, record.pages) == ("12", "3", "101-9")
    assert record.pub_date == PubDate(2003, 12, None, "2003 Dec-2004 Jan")
    assert record.entrez_date == dt.date(2004, 1, 5)
    assert record.doi == "10.0000/demo.90000011.aid"  # AID is preferred to LID
    assert record.pmcid == "PMC9000011"
    assert record.languages == ("eng", "fre")
    assert record.publication_types == (
        "Randomized Controlled Trial",
        "Journal Article",
        "Retracted Publication",
    )
    assert record.keywords == ("fatigue", "touch therapy")
    assert not record.is_book


def test_labelled_abstract_becomes_sections_across_continuation_lines() -> None:
    record = demo_records()["90000011"]
    assert [s.label for s in record.abstract] == [
        "BACKGROUND",
        "MATERIALS AND METHODS",
        "RESULTS",
        "CONCLUSIONS",
    ]
    assert record.abstract[1].text == (
        "Forty invented participants received massage or rest; IL-6 was measured."
    )
    assert all(s.category is None for s in record.abstract)
    assert record.abstract_text.startswith("BACKGROUND: Fatigue is common in multiple sclerosis")


def test_authors_from_fau_au_pairs_ad_and_collective_names() -> None:
    authors = demo_records()["90000011"].authors
    assert [a.display_name for a in authors] == [
        "Example AB",
        "van der Sample C",
        "Fictional Massage Trial Group",
    ]
    assert authors[0].fore_name == "Ada B"
    assert authors[0].affiliations == (
        "Institute of Imaginary Medicine, Nowhere.",
        "Second Invented Clinic, Elsewhere.",
    )
    assert authors[1].affiliations == ()


def test_old_records_with_au_only_and_a_leading_ad() -> None:
    record = demo_records()["90000012"]
    assert [(a.last_name, a.initials, a.fore_name) for a in record.authors] == [
        ("Sample", "C", None),
        ("Person", "D", None),
    ]
    assert record.authors[0].affiliations == ("Old Style Affiliation, Nowhere.",)
    assert record.pub_date == PubDate(1998, 3, None, "1998 Spring")
    assert record.abstract == ()
    assert record.comments_corrections == (
        CommentCorrection("CommentIn", "Demo J Fict. 1998;2:3", "90000091"),
    )


def test_mesh_stars_mark_major_descriptors_and_qualifiers() -> None:
    assert demo_records()["90000011"].mesh == (
        MeshHeading(
            "Multiple Sclerosis",
            qualifiers=(MeshQualifier("complications", False), MeshQualifier("therapy", True)),
        ),
        MeshHeading("Massage", major_topic=True),
        MeshHeading("Humans"),
    )


def test_retraction_and_erratum_tags_use_the_xml_names() -> None:
    record = demo_records()["90000011"]
    assert record.retracted
    assert record.comments_corrections == (
        CommentCorrection("RetractionIn", "Demo J Fict. 2005;5:1", "90000090"),
        CommentCorrection("ErratumIn", "Demo J Fict. 2004;4:99", None),
    )


def test_book_chapter_and_whole_book() -> None:
    records = demo_records()
    chapter, book = records["90000013"], records["90000014"]
    assert chapter.is_book and book.is_book
    assert chapter.title == "Massage for invented spasticity."
    assert chapter.journal.title == "Handbook of Fictional Massage"
    assert [a.display_name for a in chapter.authors] == ["Writer W"]  # ED editors are left out
    assert chapter.abstract == (AbstractSection("This invented chapter reviews massage."),)
    assert book.title == "An Invented Book on Touch"
    assert book.journal.title == "Imaginary University Press"
    assert book.pub_date == PubDate(2000, 12, None, "2000 Winter")


def test_lid_doi_is_used_when_there_is_no_aid() -> None:
    text = "PMID- 90000020\nTI  - An invented title.\nTA  - Demo J Fict\nLID - 10.0000/lid [doi]\n"
    assert next(parse_medline(text)).doi == "10.0000/lid"


def test_raw_block_round_trips() -> None:
    for record in demo_records().values():
        assert record.raw.startswith(f"PMID- {record.pmid}")
        assert parse_record_medline(record.raw) == record


def test_crlf_bom_gzip_and_streams_give_the_same_records(tmp_path: Path) -> None:
    expected = list(demo_records().values())
    text = DEMO.read_text(encoding="utf-8")
    windows = tmp_path / "windows.nbib"
    windows.write_bytes(("\ufeff" + text.lstrip("\n")).replace("\n", "\r\n").encode("utf-8"))
    packed = tmp_path / "demo.txt.gz"
    packed.write_bytes(gzip.compress(text.encode("utf-8")))
    assert list(iter_records(windows)) == expected
    assert list(iter_records(packed)) == expected
    assert list(parse_medline(text)) == expected
    assert list(parse_medline(io.StringIO(text))) == expected


def test_record_without_pmid_names_its_first_line() -> None:
    text = "PMID- 90000021\nTI  - Fine.\n\nTI  - No PMID here.\nLA  - eng\n"
    seen = []
    with pytest.raises(RecordFileError, match=r"MEDLINE input, line 4: the record has no PMID"):
        for record in parse_medline(text):
            seen.append(record.pmid)
    assert seen == ["90000021"]


def test_line_that_is_not_a_field_names_the_line(tmp_path: Path) -> None:
    path = tmp_path / "edited.txt"
    path.write_text("PMID- 90000022\nTI  - A title.\nthis line was typed by hand\n", "utf-8")
    with pytest.raises(RecordFileError, match=r"edited.txt, line 3: 'this line was typed by hand'"):
        list(parse_medline(path))


def test_non_utf8_text_names_the_line(tmp_path: Path) -> None:
    path = tmp_path / "latin1.txt"
    path.write_bytes(b"PMID- 90000023\nTI  - Caf\xe9 massage.\n")
    with pytest.raises(RecordFileError, match=r"latin1.txt, line 2: the text is not UTF-8"):
        list(iter_records(path))


def test_missing_file_and_directory(tmp_path: Path) -> None:
    with pytest.raises(RecordFileError, match="does not exist"):
        list(parse_medline(tmp_path / "missing.txt"))
    with pytest.raises(RecordFileError, match="is a directory"):
        list(parse_medline(tmp_path))


def test_stored_block_must_hold_exactly_one_record() -> None:
    with pytest.raises(RecordFileError, match="holds 2 records"):
        parse_record_medline("PMID- 90000024\nTA  - X\n\nPMID- 90000025\nTA  - X\n")


@pytest.mark.parametrize(
    ("text", "labels"),
    [
        (
            "OBJECTIVE: To invent. DESIGN, SETTING, AND PARTICIPANTS: None.",
            ["OBJECTIVE", "DESIGN, SETTING, AND PARTICIPANTS"],
        ),
        ("Unstructured text. RESULTS: this is not split.", [None]),
        ("AIM: To invent. IV: too short to be a label.", ["AIM"]),
    ],
)
def test_split_abstract_only_splits_text_that_starts_with_a_label(
    text: str, labels: list[str | None]
) -> None:
    sections = split_abstract(text)
    assert [s.label for s in sections] == labels
    assert (
        "\n\n".join(f"{s.label}: {s.text}" if s.label else s.text for s in sections).replace("\n\n", " ")
        == text
    )
