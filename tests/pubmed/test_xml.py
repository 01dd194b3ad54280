"""The PubMed XML reader: real NCBI samples agree with Biopython, fictional fixtures pin each field,
and every kind of bad file ends in a RecordFileError that names the file and line."""

from __future__ import annotations

import datetime as dt
import gzip
import io
import re
import socket
from pathlib import Path

import pytest

from harvester.errors import RecordFileError
from harvester.models import CommentCorrection, MeshHeading, MeshQualifier, PubDate, Record
from harvester.pubmed import (
    iter_deleted_pmids,
    iter_records,
    parse_record_medline,
    parse_record_xml,
    parse_xml,
)
from harvester.pubmed import xml as xml_module
from support import FIXTURES, builders

DEMO_XML = FIXTURES / "pubmed_demo.xml"
XML_SAMPLES = ["pubmed1.xml", "pubmed2.xml", "pubmed4.xml", "pubmed5.xml", "pubmed6.xml"]
MEDLINE_SAMPLES = ["pubmed_result1.txt", "pubmed_result2.txt"]


def demo_records() -> dict[str, Record]:
    return {record.pmid: record for record in iter_records(DEMO_XML)}


def article_set(*articles: str, doctype: str = "") -> bytes:
    return builders.article_set(*articles, doctype=doctype).encode("utf-8")


def minimal_article(pmid: str, title: str = "An invented title.") -> str:
    return (
        f"<PubmedArticle><MedlineCitation><PMID>{pmid}</PMID><Article><ArticleTitle>{title}"
        "</ArticleTitle></Article></MedlineCitation></PubmedArticle>"
    )


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    """Any attempt to open a connection fails the test instead of reaching the internet."""

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("the parser tried to use the network")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)


# --- real NCBI samples ---------------------------------------------------------------------


@pytest.mark.shared_data
@pytest.mark.parametrize("name", XML_SAMPLES + MEDLINE_SAMPLES)
def test_every_real_sample_parses_and_keeps_its_raw_text(ncbi_samples: Path, name: str) -> None:
    records = list(iter_records(ncbi_samples / name))
    assert records
    for record in records:
        assert record.pmid.isdigit()
        assert record.title
        assert record.pub_date.year is not None
        assert record.source_format == ("xml" if name.endswith(".xml") else "medline")
        reparse = parse_record_xml if record.source_format == "xml" else parse_record_medline
        assert reparse(record.raw) == record


def _entrez_articles(path: Path, tmp_path: Path) -> list:
    """Biopython's reading of the same file, from the DTDs it ships; never from the network."""
    from Bio import Entrez

    Entrez.local_cache = str(tmp_path / "entrez-dtd-cache")
    try:
        with open(path, "rb") as handle:
            return list(Entrez.read(handle)["PubmedArticle"])
    except Exception as error:  # a DTD Biopython lacks would need a download we refuse
        pytest.skip(f"Bio.Entrez.read cannot read {path.name} offline: {error}")


def _squash(text: object) -> str:
    """Text without markup tags and without any whitespace, to compare two readers' content."""
    without_tags = re.sub(r"</?[A-Za-z][\w:.-]*(?:\s[^<>]*)?/?>", "", str(text))
    return re.sub(r"\s+", "", without_tags)


def _entrez_doi(article: dict) -> str | None:
    ids = [str(i) for i in article["PubmedData"]["ArticleIdList"] if i.attributes["IdType"] == "doi"]
    locations = [
        str(e)
        for e in article["MedlineCitation"]["Article"].get("ELocationID", [])
        if e.attributes["EIdType"] == "doi"
    ]
    return (ids + locations + [None])[0]


def _entrez_year(pub_date: dict) -> int:
    return int(pub_date["Year"] if "Year" in pub_date else pub_date["MedlineDate"][:4])


@pytest.mark.shared_data
@pytest.mark.parametrize("name", XML_SAMPLES)
def test_xml_samples_match_biopython_field_for_field(
    ncbi_samples: Path, tmp_path: Path, no_network: None, name: str
) -> None:
    expected = _entrez_articles(ncbi_samples / name, tmp_path)
    records = list(iter_records(ncbi_samples / name))
    assert [r.pmid for r in records] == [str(a["MedlineCitation"]["PMID"]) for a in expected]
    for record, article in zip(records, expected):
        citation = article["MedlineCitation"]
        entrez = citation["Article"]
        assert _squash(record.title) == _squash(entrez["ArticleTitle"])
        sections = entrez.get("Abstract", {}).get("AbstractText", [])
        assert [s.label for s in record.abstract] == [s.attributes.get("Label") for s in sections]
        assert [_squash(s.text) for s in record.abstract] == [_squash(s) for s in sections]
        assert record.journal.title == entrez["Journal"]["Title"]
        assert record.year == _entrez_year(entrez["Journal"]["JournalIssue"]["PubDate"])
        assert record.doi == _entrez_doi(article)
        assert [a.display_name for a in record.authors] == [
            a["CollectiveName"] if "CollectiveName" in a else f"{a['LastName']} {a['Initials']}"
            for a in entrez.get("AuthorList", [])
            if a.attributes.get("ValidYN") != "N"
        ]
        assert [m.descriptor for m in record.mesh] == [
            str(m["DescriptorName"]) for m in citation.get("MeshHeadingList", [])
        ]
        assert list(record.publication_types) == [str(t) for t in entrez["PublicationTypeList"]]


# --- fields, from fictional fixtures -------------------------------------------------------


def test_structured_abstract_keeps_labels_categories_and_inline_markup_text() -> None:
    record = demo_records()["90000001"]
    assert [(s.label, s.category) for s in record.abstract] == [
        ("BACKGROUND", "BACKGROUND"),
        ("METHODS", "METHODS"),
        ("RESULTS", "RESULTS"),
        ("CONCLUSIONS", "CONCLUSIONS"),
    ]
    assert record.abstract[0].text == "Fatigue is common in multiple sclerosis (MS)."
    # Text inside and after <i>, <sup>, <sub>; MathML keeps its characters, not its indentation.
    assert record.abstract[1].text == (
        "Serum IL-6 levels and x2 and CO2 were measured; uptake V2 was invented."
    )
    assert record.abstract[2].text == "Fatigue fell (P < 0.05) after massage only."
    assert record.abstract_text.startswith("BACKGROUND: Fatigue is common")
    assert "\n\nMETHODS: Serum IL-6" in record.abstract_text


def test_title_whitespace_is_collapsed_and_markup_text_kept() -> None:
    assert demo_records()["90000001"].title == (
        "Hand massage and fictional fatigue in multiple sclerosis: an invented trial."
    )


def test_empty_title_falls_back_to_the_vernacular_title() -> None:
    assert demo_records()["90000003"].title == "Erfundene Massage bei Multipler Sklerose."


def test_authors_collective_names_affiliations_and_invalid_entries() -> None:
    authors = demo_records()["90000001"].authors
    assert [a.display_name for a in authors] == ["Example AB", "Fictional Massage Trial Group"]
    assert authors[0].fore_name == "Ada B"
    assert authors[0].affiliations == (
        "Institute of Imaginary Medicine, Nowhere.",
        "Second Invented Clinic, Elsewhere.",
    )
    assert authors[1].collective_name == "Fictional Massage Trial Group"


def test_journal_volume_issue_and_pages() -> None:
    records = demo_records()
    first = records["90000001"]
    assert (first.journal.title, first.journal.iso_abbreviation, first.journal.issn) == (
        "Demonstration Journal (fictional records)",
        "Demo J Fict",
        "0000-0001",
    )
    assert (first.volume, first.issue, first.pages) == ("12", "3", "101-9")
    assert records["90000002"].pages == "E17"  # StartPage alone
    assert records["90000003"].pages == "5-8"  # StartPage-EndPage without MedlinePgn


@pytest.mark.parametrize(
    ("pmid", "expected"),
    [
        ("90000001", PubDate(1998, 3, None, "1998 Spring")),
        ("90000002", PubDate(2003, 12, None, "2003 Dec-2004 Jan")),
        ("90000003", PubDate(2000, 12, None, "2000 Winter")),
        ("90000004", PubDate(1999, 11, None, "1999 Nov-Dec")),
        ("90000005", PubDate(2012, None, None, None)),
        ("90000006", PubDate(2015, 6, None, None)),
    ],
)
def test_publication_dates_seasons_and_medline_dates(pmid: str, expected: PubDate) -> None:
    assert demo_records()[pmid].pub_date == expected


def test_identifiers_languages_types_and_entrez_date() -> None:
    records = demo_records()
    first = records["90000001"]
    assert first.doi == "10.0000/demo.90000001"  # ELocationID, not the cited paper's DOI
    assert first.pmcid == "PMC9000001"
    assert first.entrez_date == dt.date(1998, 4, 7)
    assert first.languages == ("eng", "fre")
    assert first.publication_types == ("Randomized Controlled Trial", "Journal Article")
    assert records["90000002"].doi == "10.0000/demo.90000002"  # from ArticleIdList
    assert records["90000002"].entrez_date is None  # 30 February is no date
    assert records["90000003"].doi is None


def test_mesh_headings_with_qualifiers_and_major_topics() -> None:
    assert demo_records()["90000001"].mesh == (
        MeshHeading(
            "Multiple Sclerosis",
            major_topic=False,
            qualifiers=(MeshQualifier("therapy", True), MeshQualifier("complications", False)),
            ui="D009103",
        ),
        MeshHeading("Massage", major_topic=True, ui="D008403"),
    )
    assert demo_records()["90000001"].keywords == ("fatigue", "touch therapy")


def test_retraction_and_erratum_links() -> None:
    records = demo_records()
    retracted = records["90000002"]
    assert retracted.retracted
    assert retracted.comments_corrections == (
        CommentCorrection("RetractionIn", "Demo J Fict. 2005;5:1", "90000090"),
        CommentCorrection("ErratumIn", "Demo J Fict. 2004;4:99", None),
    )
    assert [c.ref_type for c in retracted.corrections] == ["RetractionIn", "ErratumIn"]
    assert not records["90000001"].retracted


def test_reference_lists_filed_as_cites_links_are_not_comments_or_corrections() -> None:
    links = (
        "".join(
            f'<CommentsCorrections RefType="Cites"><RefSource>Ref {n}</RefSource><PMID>{n}</PMID></CommentsCorrections>'
            for n in range(1, 4)
        )
        + '<CommentsCorrections RefType="ErratumIn"><RefSource>Demo J Fict. 2020;1:2</RefSource></CommentsCorrections>'
    )
    xml = minimal_article("90000500").replace(
        "</Article>", f"</Article><CommentsCorrectionsList>{links}</CommentsCorrectionsList>"
    )
    (record,) = parse_xml(article_set(xml))
    assert record.comments_corrections == (CommentCorrection("ErratumIn", "Demo J Fict. 2020;1:2", None),)


def test_record_without_abstract_has_empty_abstract_text() -> None:
    record = demo_records()["90000002"]
    assert record.abstract == ()
    assert record.abstract_text == ""


def test_book_chapter_and_whole_book_records() -> None:
    records = demo_records()
    chapter, book = records["90000006"], records["90000007"]
    assert chapter.is_book and book.is_book
    assert chapter.title == "Massage for invented spasticity"
    assert chapter.journal.title == "Handbook of Fictional Massage"  # the book holds the chapter
    assert [a.display_name for a in chapter.authors] == ["Writer W"]  # editors are not authors
    assert chapter.abstract_text == "This invented chapter reviews massage."
    assert chapter.entrez_date == dt.date(2015, 6, 30)
    assert chapter.volume == "2"
    assert book.title == "An Invented Book on Touch"
    assert book.journal.title == "Imaginary University Press"  # no container: the publisher
    assert [a.display_name for a in book.authors] == ["Author A"]


def test_records_come_in_file_order_and_delete_citations_are_separate() -> None:
    assert list(demo_records()) == [f"9000000{n}" for n in range(1, 8)]
    assert list(iter_deleted_pmids(DEMO_XML)) == ["90000098", "90000099"]


def test_one_reading_gives_the_records_and_the_deleted_pmids() -> None:
    deleted: list[str] = []
    records = [record.pmid for record in parse_xml(DEMO_XML, deleted=deleted)]
    assert records == list(demo_records())
    assert deleted == ["90000098", "90000099"]
    deleted_again: list[str] = []
    assert list(iter_records(DEMO_XML, deleted=deleted_again)) == list(demo_records().values())
    assert deleted_again == ["90000098", "90000099"]


def test_raw_xml_round_trips_to_an_equal_record() -> None:
    for record in demo_records().values():
        assert record.raw.startswith("<Pubmed")
        again = parse_record_xml(record.raw)
        assert again == record
        assert again.raw == record.raw


def test_the_same_xml_from_bytes_stream_and_gzip_gives_the_same_records(tmp_path: Path) -> None:
    expected = list(demo_records().values())
    data = DEMO_XML.read_bytes()
    packed = tmp_path / "demo.xml.gz"
    packed.write_bytes(gzip.compress(data))
    assert list(parse_xml(data)) == expected
    assert list(parse_xml(io.BytesIO(data))) == expected
    assert list(parse_xml(gzip.compress(data))) == expected
    assert list(iter_records(packed)) == expected
    assert list(iter_deleted_pmids(packed)) == ["90000098", "90000099"]


def test_remote_dtd_in_doctype_is_never_fetched(no_network: None) -> None:
    assert DEMO_XML.read_text(encoding="utf-8").count("https://dtd.nlm.nih.gov") == 1
    assert len(list(parse_xml(DEMO_XML))) == 7


# --- hostile and broken input --------------------------------------------------------------


def test_billion_laughs_never_expands() -> None:
    entities = '<!ENTITY lol "lol">' + "".join(
        f'<!ENTITY lol{n} "{("&lol" + (str(n - 1) if n > 1 else "") + ";") * 10}">' for n in range(1, 10)
    )
    bomb = article_set(
        minimal_article("90000001", "&lol9;"), doctype=f"<!DOCTYPE PubmedArticleSet [{entities}]>\n"
    )
    try:
        records = list(parse_xml(bomb))
    except RecordFileError as error:
        assert "XML input" in str(error)
    else:
        assert all(len(r.title) < 100 for r in records)


def test_external_entities_are_not_read(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-CONTENT", encoding="utf-8")
    doctype = f'<!DOCTYPE PubmedArticleSet [<!ENTITY ext SYSTEM "{secret.as_uri()}">]>\n'
    with pytest.raises(RecordFileError, match="entity reference &ext;") as caught:
        list(parse_xml(article_set(minimal_article("90000001", "&ext;"), doctype=doctype)))
    assert "TOP-SECRET" not in str(caught.value)


def test_truncated_file_names_the_line_and_keeps_earlier_records(tmp_path: Path) -> None:
    text = DEMO_XML.read_text(encoding="utf-8")
    cut = tmp_path / "cut.xml"
    cut.write_text(text[: text.index('<PMID Version="1">90000003')], encoding="utf-8")
    last_line = cut.read_text(encoding="utf-8").count("\n") + 1
    seen: list[str] = []
    with pytest.raises(RecordFileError) as caught:
        for record in iter_records(cut):
            seen.append(record.pmid)
    assert seen == ["90000001", "90000002"]
    assert str(cut) in str(caught.value)
    assert f"line {last_line}" in str(caught.value)


def test_wrong_root_element_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "esearch.xml"
    path.write_text("<eSearchResult><Count>0</Count></eSearchResult>", encoding="utf-8")
    with pytest.raises(RecordFileError, match=r"esearch\.xml, line 1: root element is <eSearchR"):
        list(iter_records(path))


def test_a_lone_article_is_not_an_article_set() -> None:
    with pytest.raises(RecordFileError, match="root element is <PubmedArticle>"):
        list(parse_xml(minimal_article("90000001").encode()))


def test_non_utf8_bytes_name_the_line() -> None:
    broken = article_set(minimal_article("90000001"), minimal_article("90000002", "caf\xe9"))
    broken = broken.replace("caf\xe9".encode(), b"caf\xe9\xff")
    with pytest.raises(RecordFileError, match=r"line 4: not well-formed XML"):
        list(parse_xml(broken))


def test_record_without_pmid_names_its_line() -> None:
    data = article_set(
        minimal_article("90000001"),
        "<PubmedArticle><MedlineCitation><Article/></MedlineCitation></PubmedArticle>",
    )
    with pytest.raises(RecordFileError, match=r"line 4: <PubmedArticle> has no PMID"):
        list(parse_xml(data))


def test_non_numeric_pmid_is_refused() -> None:
    with pytest.raises(RecordFileError, match="PMID '12a' is not a number"):
        list(parse_xml(article_set(minimal_article("12a"))))


@pytest.mark.parametrize("content", [b"", b"  \n\n", b"\xef\xbb\xbf"])
def test_empty_files_are_refused(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "empty.xml"
    path.write_bytes(content)
    with pytest.raises(RecordFileError, match="empty.xml is empty"):
        list(iter_records(path))
    with pytest.raises(RecordFileError, match="empty.xml"):
        list(parse_xml(path))


def test_text_that_is_neither_format_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("Some notes about massage.\n", encoding="utf-8")
    with pytest.raises(RecordFileError, match="neither PubMed XML nor MEDLINE"):
        list(iter_records(path))


def test_directory_and_missing_file_are_refused(tmp_path: Path) -> None:
    with pytest.raises(RecordFileError, match="is a directory"):
        list(iter_records(tmp_path))
    with pytest.raises(RecordFileError, match="does not exist"):
        list(iter_records(tmp_path / "missing.xml"))
    with pytest.raises(RecordFileError, match="does not exist"):
        list(parse_xml(tmp_path / "missing.xml"))


def test_damaged_gzip_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "cut.xml.gz"
    path.write_bytes(gzip.compress(DEMO_XML.read_bytes())[:300])
    with pytest.raises(RecordFileError, match="cut.xml.gz"):
        list(iter_records(path))


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        ("<PubmedArticle><MedlineCitation>", "not well-formed"),
        ("<eSearchResult/>", "expected <PubmedArticle>"),
        ("\udcff", "cannot be read"),
    ],
)
def test_stored_xml_that_cannot_be_reparsed_raises(raw: str, message: str) -> None:
    with pytest.raises(RecordFileError, match=message):
        parse_record_xml(raw)


# --- entity references are told apart from XML's own escapes ----------------------------------


def test_escapes_and_character_references_are_plain_text() -> None:
    title = "Pain fell (p &lt; 0.05) &amp; mood rose &gt; 2 points; A&#38;B &#x3b1;-waves"
    [record] = parse_xml(article_set(minimal_article("90000001", title)))
    assert record.title == "Pain fell (p < 0.05) & mood rose > 2 points; A&B \u03b1-waves"


def test_an_undeclared_entity_under_an_external_dtd_is_refused_with_its_line() -> None:
    doctype = '<!DOCTYPE PubmedArticleSet PUBLIC "-//NLM//DTD x//EN" "https://example.invalid/x.dtd">\n'
    articles = [minimal_article("90000001"), minimal_article("90000002", "Widgets&nbsp;helped")]
    with pytest.raises(RecordFileError, match=r"XML input, line 5: .*entity reference &nbsp;"):
        list(parse_xml(article_set(*articles, doctype=doctype)))


def test_stored_xml_with_an_ampersand_in_cdata_is_not_mistaken_for_an_entity() -> None:
    raw = (
        "<PubmedArticle><MedlineCitation><PMID>90000001</PMID><Article><ArticleTitle>"
        "<![CDATA[Salt &fake; pepper]]><!-- &also; --></ArticleTitle></Article>"
        "</MedlineCitation></PubmedArticle>"
    )
    record = parse_record_xml(raw)
    assert record.title == "Salt &fake; pepper"
    assert record.raw == raw


def test_repeated_containers_are_all_read_in_document_order() -> None:
    article = (
        "<PubmedArticle><MedlineCitation><PMID>90000001</PMID><Article>"
        "<ArticleTitle>Invented.</ArticleTitle>"
        "<AuthorList><Author><LastName>Ames</LastName></Author></AuthorList>"
        "<AuthorList><Author><LastName>Birch</LastName></Author></AuthorList>"
        "</Article>"
        "<KeywordList Owner='NOTNLM'><Keyword>widgets</Keyword></KeywordList>"
        "<KeywordList Owner='NLM'><Keyword>gadgets</Keyword><Keyword>gizmos</Keyword></KeywordList>"
        "<CommentsCorrectionsList><CommentsCorrections RefType='ErratumIn'>"
        "<RefSource>  J Imag  Med. 2026 </RefSource><PMID>77</PMID><PMID>78</PMID>"
        "</CommentsCorrections><CommentsCorrections RefType='CommentIn'><PMID/>"
        "</CommentsCorrections></CommentsCorrectionsList>"
        "</MedlineCitation></PubmedArticle>"
    )
    [record] = parse_xml(article_set(article))
    assert [author.last_name for author in record.authors] == ["Ames", "Birch"]
    assert record.keywords == ("widgets", "gadgets", "gizmos")
    assert record.comments_corrections == (
        CommentCorrection("ErratumIn", "J Imag Med. 2026", "77"),
        CommentCorrection("CommentIn", None, None),
    )


def test_a_record_read_without_its_raw_text_is_the_same_record_and_its_xml() -> None:
    # The import's workers read a record with record_and_raw_xml, keeping its XML as bytes.
    from lxml import etree

    from harvester.pubmed import SAFE_PARSING
    from harvester.pubmed.article import record_and_raw_xml, record_from_element

    root = etree.parse(str(DEMO_XML), etree.XMLParser(**SAFE_PARSING)).getroot()
    elements = [element for element in root if element.tag in ("PubmedArticle", "PubmedBookArticle")]
    assert elements
    for element in elements:
        record = record_from_element(element, "demo")
        bare, xml = record_and_raw_xml(element, "demo")
        assert bare == record and bare.raw == "" and xml.decode("utf-8") == record.raw
    doctype = '<!DOCTYPE PubmedArticleSet PUBLIC "-//NLM//DTD x//EN" "https://example.invalid/x.dtd">\n'
    with_entity = article_set(minimal_article("90000002", "Widgets&nbsp;helped"), doctype=doctype)
    element = etree.fromstring(with_entity, etree.XMLParser(**SAFE_PARSING))[0]
    with pytest.raises(RecordFileError, match="entity reference &nbsp;"):
        record_and_raw_xml(element, "XML input")


class _CountingStream(io.RawIOBase):
    """A gunzipped stream that counts the bytes the parser took from it."""

    def __init__(self, data: bytes) -> None:
        self._inner = gzip.GzipFile(fileobj=io.BytesIO(data), mode="rb")
        self.taken = 0

    def readable(self) -> bool:
        return True

    def read(self, size: int = -1) -> bytes:
        chunk = self._inner.read(size)
        self.taken += len(chunk)
        return chunk


def test_a_gzipped_giant_comment_is_refused_after_a_bounded_read(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(xml_module, "MAX_RECORD_BYTES", 1 << 20)
    body = io.BytesIO()
    with gzip.GzipFile(fileobj=body, mode="wb") as packed:
        packed.write(
            b'<?xml version="1.0"?>\n<PubmedArticleSet>\n' + minimal_article("91000001").encode() + b"\n<!--"
        )
        for _ in range(8):  # 8 MB of comment, 8 times the bound
            packed.write(b"x" * (1 << 20))
        packed.write(b"-->\n</PubmedArticleSet>\n")
    stream = _CountingStream(body.getvalue())
    records = []
    with pytest.raises(RecordFileError, match="more than 1 MB of XML without a record starting or ending"):
        records.extend(parse_xml(stream))
    assert [record.pmid for record in records] == ["91000001"]  # what came before the comment
    assert stream.taken < 2 << 20  # read no further than the bound (and one read beyond it)
