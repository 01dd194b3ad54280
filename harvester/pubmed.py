"""PubMed records from files: EFetch / baseline XML (also gzipped) and MEDLINE text, as ``Record``.

XML is read as a stream (``lxml.etree.iterparse``): each record is turned into a ``Record`` and
then dropped from the tree, so a 30,000-record baseline file costs the memory of one record. The
parser never loads a DTD, never touches the network and never expands entities, so the remote DTD
named in every PubMed file's DOCTYPE is harmless and entity bombs cannot grow. Anything that is
not well-formed PubMed XML raises ``RecordFileError`` naming the file and line; records yielded
before the error stay yielded, and the caller decides whether to keep them.

MEDLINE text lives in ``harvester.medline``; ``iter_records`` tells the formats apart by content.
"""

from __future__ import annotations

import datetime as dt
import gzip
import io
import re
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO

from lxml import etree

from harvester.errors import RecordFileError
from harvester.medline import parse_medline, parse_record_medline
from harvester.models import AbstractSection, Author, CommentCorrection, Journal, MeshHeading
from harvester.models import MeshQualifier, PubDate, Record
from harvester.pubmed_fields import calendar_date, is_pmid, normalise_space, parse_date_text
from harvester.pubmed_fields import structured_date

__all__ = [
    "iter_records",
    "iter_deleted_pmids",
    "parse_xml",
    "parse_medline",
    "parse_record_xml",
    "parse_record_medline",
]

ROOT_TAGS = frozenset({"PubmedArticleSet", "PubmedBookArticleSet"})
RECORD_TAGS = frozenset({"PubmedArticle", "PubmedBookArticle"})
_MEMBER_TAGS = RECORD_TAGS | {"DeleteCitation"}
_MATHML = "{http://www.w3.org/1998/Math/MathML}"
_MATHML_ELEMENTS = _MATHML + "*"
_GZIP_MAGIC = b"\x1f\x8b"
_SAFE_PARSING = {"resolve_entities": False, "no_network": True, "load_dtd": False}
_READ_ERRORS = (OSError, EOFError, zlib.error)
# libxml2 appends ", line 3, column 4" and " (<string>, line 3)"; the message names the line itself.
_LIBXML_LOCATION = re.compile(r"(?:,? line \d+, column \d+)?(?: \([^()]*, line \d+\))?$")
# XML's own escapes; any other "&name;" in a record's text is an entity reference.
_ENTITY_REFERENCE = re.compile(r"&(?!(?:amp|lt|gt|quot|apos|#[0-9]+|#x[0-9a-fA-F]+);)")
_XML_ADVICE = "download the file again from PubMed (EFetch db=pubmed retmode=xml) or remove it"


# --- public entry points -------------------------------------------------------------------


def iter_records(path: Path) -> Iterator[Record]:
    """Every record in a PubMed XML, gzipped XML or MEDLINE file, whichever it turns out to be."""
    path = Path(path)
    if _sniff_format(path) == "xml":
        yield from parse_xml(path)
    else:
        yield from parse_medline(path)


def parse_xml(source: bytes | BinaryIO | Path) -> Iterator[Record]:
    """Records from PubMed XML given as bytes, a binary stream or a file path (gzip allowed)."""
    with _binary_source(source) as (stream, name):
        for element in _set_members(stream, name):
            if element.tag in RECORD_TAGS:
                yield _record_from_element(element, name)


def iter_deleted_pmids(path: Path) -> Iterator[str]:
    """PMIDs that a daily update file's <DeleteCitation> withdraws from PubMed."""
    with _binary_source(Path(path)) as (stream, name):
        for element in _set_members(stream, name):
            if element.tag == "DeleteCitation":
                yield from (pmid for pmid in (_text(e) for e in element.findall("PMID")) if pmid)


def parse_record_xml(raw: str) -> Record:
    """Re-read one stored <PubmedArticle> or <PubmedBookArticle> (a ``Record.raw``)."""
    name = "stored record XML"
    try:
        element = etree.fromstring(raw.encode("utf-8"), etree.XMLParser(**_SAFE_PARSING))
    except etree.XMLSyntaxError as error:
        raise _syntax_error(name, error, advice="re-import the record") from None
    except (UnicodeError, ValueError) as error:
        raise RecordFileError(f"{name} cannot be read ({error}); re-import the record") from None
    if element.tag not in RECORD_TAGS:
        raise RecordFileError(
            f"{name}: root element is <{element.tag}>, expected <PubmedArticle> or "
            "<PubmedBookArticle>; re-import the record"
        )
    return _record_from_element(element, name, raw=raw)


# --- opening files -------------------------------------------------------------------------


def _check_path(path: Path) -> None:
    if path.is_dir():
        raise RecordFileError(f"{path} is a directory; give a PubMed XML or MEDLINE file")
    if not path.exists():
        raise RecordFileError(f"{path} does not exist; check the path")


def _open_binary(path: Path) -> BinaryIO:
    """The file's bytes, transparently gunzipped when the file starts with the gzip magic."""
    _check_path(path)
    try:
        handle = open(path, "rb")
        if handle.read(2) == _GZIP_MAGIC:
            handle.close()  # a GzipFile given a fileobj would leave it open when closed
            return gzip.open(path, "rb")  # type: ignore[return-value]
        handle.seek(0)
        return handle
    except OSError as error:
        raise RecordFileError(f"{path} cannot be read: {error.strerror or error}") from None


@contextmanager
def _binary_source(source: bytes | BinaryIO | Path) -> Iterator[tuple[BinaryIO, str]]:
    """A readable binary stream and a name for messages; closes only what it opened itself."""
    if isinstance(source, (bytes, bytearray)):
        data = bytes(source)
        stream: BinaryIO = io.BytesIO(data)
        if data.startswith(_GZIP_MAGIC):
            stream = gzip.GzipFile(fileobj=stream, mode="rb")  # type: ignore[assignment]
        yield stream, "XML input"
    elif isinstance(source, (str, Path)):
        handle = _open_binary(Path(source))
        try:
            yield handle, str(source)
        finally:
            handle.close()
    else:
        yield source, str(getattr(source, "name", "XML stream"))


def _sniff_format(path: Path) -> str:
    """'xml' or 'medline', judged by the first non-blank characters of the (gunzipped) file."""
    handle = _open_binary(path)
    try:
        head = handle.read(4096)
    except _READ_ERRORS as error:
        raise RecordFileError(f"{path} cannot be read ({error}); the file may be damaged") from None
    finally:
        handle.close()
    start = head.removeprefix(b"\xef\xbb\xbf").lstrip()
    if not start:
        raise RecordFileError(f"{path} is empty; export the records from PubMed again")
    if start.startswith(b"<"):
        return "xml"
    if start.startswith(b"PMID-"):
        return "medline"
    raise RecordFileError(
        f"{path} is neither PubMed XML nor MEDLINE text (it should start with '<' or 'PMID-'); "
        "save the records from PubMed as XML or in 'PubMed' format"
    )


# --- streaming -----------------------------------------------------------------------------


def _set_members(stream: BinaryIO, name: str) -> Iterator[etree._Element]:
    """Each record (or DeleteCitation) under the <PubmedArticleSet> root, dropped once used.

    Only the set and member tags raise events: the parser builds the rest of each record in C,
    which is what keeps a baseline file fast.
    """
    events = etree.iterparse(
        stream, events=("start", "end"), tag=[*ROOT_TAGS, *_MEMBER_TAGS], **_SAFE_PARSING
    )
    inside_set = False
    for event, element in _translated(events, name):
        parent = element.getparent()
        if parent is None:
            if element.tag not in ROOT_TAGS:
                raise _wrong_root(name, element)
            inside_set = True
            continue
        if event == "start" or parent.getparent() is not None:
            continue  # a member's start, or a tag of that name nested deeper
        if not inside_set:
            raise _wrong_root(name, parent)
        yield element
        element.clear()
        while element.getprevious() is not None:
            del parent[0]
    if not inside_set:
        raise _wrong_root(name, events.root)


def _translated(events: etree.iterparse, name: str) -> Iterator[tuple[str, etree._Element]]:
    """iterparse events, with every parse or read failure turned into a RecordFileError."""
    while True:
        try:
            event, element = next(events)
        except StopIteration:
            return
        except etree.XMLSyntaxError as error:
            raise _syntax_error(name, error) from None
        except _READ_ERRORS as error:
            raise RecordFileError(f"{name} cannot be read ({error}); {_XML_ADVICE}") from None
        yield event, element


def _wrong_root(name: str, root: etree._Element | None) -> RecordFileError:
    found = f"<{root.tag}>" if root is not None else "missing"
    line = f", line {root.sourceline}" if root is not None and root.sourceline else ""
    return RecordFileError(
        f"{name}{line}: root element is {found}, not <PubmedArticleSet>; this is not a PubMed "
        f"record file, {_XML_ADVICE}"
    )


def _syntax_error(
    name: str, error: etree.XMLSyntaxError, advice: str = _XML_ADVICE
) -> RecordFileError:
    """One line naming the file and line, from libxml2's multi-part message."""
    line = error.lineno or getattr(error, "position", (0, 0))[0]
    where = f"{name}, line {line}" if line else name
    reason = normalise_space(error.msg or str(error))
    reason = _LIBXML_LOCATION.sub("", reason).rstrip(" .,")
    if reason in ("", "no element found"):
        reason = "the XML is empty or ends before its first element"
    return RecordFileError(f"{where}: not well-formed XML ({reason}); {advice}")


# --- one record ----------------------------------------------------------------------------


def _record_from_element(element: etree._Element, name: str, raw: str | None = None) -> Record:
    """A Record from a <PubmedArticle> or <PubmedBookArticle> element, raw XML kept."""
    if raw is None:
        raw = etree.tostring(element, encoding="unicode", with_tail=False)
    _refuse_entities(element, raw, name)
    if element.tag == "PubmedBookArticle":
        return _book_record(element, name, raw)
    return _article_record(element, name, raw)


def _refuse_entities(element: etree._Element, raw: str, name: str) -> None:
    """An entity reference (never in PubMed's own files) makes the record unreadable as is.

    Walking every record's whole tree for Entity nodes costs as much as parsing its fields, so
    the record's XML text is searched first: an entity node can only be there if the text has
    an ``&name;`` that is not one of XML's own escapes.
    """
    if "&" not in raw or not _ENTITY_REFERENCE.search(raw):
        return
    entity = next(element.iter(etree.Entity), None)
    if entity is not None:
        raise RecordFileError(
            f"{name}, line {entity.sourceline}: the record uses the entity reference "
            f"{entity.text}, which PubMed never writes; {_XML_ADVICE}"
        )


def _article_record(element: etree._Element, name: str, raw: str) -> Record:
    top = _Children(element)
    citation = _Children(top.first("MedlineCitation"))
    article = _Children(citation.first("Article"))
    journal = _Children(article.first("Journal"))
    issue = _Children(journal.first("JournalIssue"))
    pubmed_data = _Children(top.first("PubmedData"))
    doi = _article_id(pubmed_data, "doi") or _elocation_doi(article)
    return Record(
        pmid=_required_pmid(citation, element, name),
        title=article.text("ArticleTitle") or article.text("VernacularTitle"),
        abstract=_abstract(article),
        authors=_authors(article.all("AuthorList"), article.first("Affiliation")),
        journal=Journal(
            title=journal.text("Title") or None,
            iso_abbreviation=journal.text("ISOAbbreviation")
            or _text(_first(citation.nested("MedlineJournalInfo", "MedlineTA")))
            or None,
            issn=journal.text("ISSN") or None,
        ),
        volume=issue.text("Volume") or None,
        issue=issue.text("Issue") or None,
        pages=_pages(article.first("Pagination")),
        pub_date=_pub_date(issue.first("PubDate")),
        entrez_date=_entrez_date(pubmed_data),
        doi=doi,
        pmcid=_article_id(pubmed_data, "pmc"),
        languages=_texts(article.all("Language")),
        publication_types=_texts(article.nested("PublicationTypeList", "PublicationType")),
        mesh=_mesh(citation),
        keywords=_texts(citation.nested("KeywordList", "Keyword")),
        comments_corrections=_comments_corrections(citation),
        is_book=False,
        source_format="xml",
        raw=raw,
    )


def _book_record(element: etree._Element, name: str, raw: str) -> Record:
    """A Bookshelf record: a chapter sits in its book as an article in a journal; a whole book
    has no container, so its publisher stands in for the journal."""
    top = _Children(element)
    document = _Children(top.first("BookDocument"))
    book = _Children(document.first("Book"))
    book_data = _Children(top.first("PubmedBookData"))
    chapter_title = document.text("ArticleTitle")
    book_title = book.text("BookTitle")
    authors = _authors(document.all("AuthorList")) or _authors(book.all("AuthorList"))
    return Record(
        pmid=_required_pmid(document, element, name),
        title=chapter_title or book_title or document.text("VernacularTitle"),
        abstract=_abstract(document),
        authors=authors,
        journal=Journal(
            title=(
                book_title
                if chapter_title
                else _text(_first(book.nested("Publisher", "PublisherName")))
            )
            or None
        ),
        volume=book.text("Volume") or None,
        pages=_pages(document.first("Pagination")),
        pub_date=_pub_date(book.first("PubDate")),
        entrez_date=_entrez_date(book_data),
        doi=_article_id(book_data, "doi") or _article_id(document, "doi") or _elocation_doi(book),
        pmcid=_article_id(book_data, "pmc") or _article_id(document, "pmc"),
        languages=_texts(document.all("Language")),
        publication_types=_texts(document.all("PublicationType")),
        keywords=_texts(document.nested("KeywordList", "Keyword")),
        is_book=True,
        source_format="xml",
        raw=raw,
    )


def _required_pmid(holder: "_Children", record: etree._Element, name: str) -> str:
    pmid = holder.text("PMID")
    if not is_pmid(pmid):
        found = f"PMID {pmid[:20]!r} is not a number" if pmid else "no PMID"
        raise RecordFileError(
            f"{name}, line {record.sourceline}: <{record.tag}> has {found}; {_XML_ADVICE}"
        )
    return pmid


# --- fields --------------------------------------------------------------------------------


def _abstract(holder: "_Children") -> tuple[AbstractSection, ...]:
    sections = (
        AbstractSection(
            text=_text(part),
            label=normalise_space(part.get("Label")) or None,
            category=part.get("NlmCategory") or None,
        )
        for part in holder.nested("Abstract", "AbstractText")
    )
    return tuple(section for section in sections if section.text or section.label)


def _authors(
    author_lists: list[etree._Element], old_affiliation: etree._Element | None = None
) -> tuple[Author, ...]:
    """Authors of every non-editor list; ValidYN="N" entries are NLM's own corrected mistakes."""
    authors = [
        _author(person)
        for author_list in author_lists
        if author_list.get("Type") != "editors"
        for person in author_list.iterchildren("Author")
        if person.get("ValidYN") != "N"
    ]
    authors = [author for author in authors if author.last_name or author.collective_name]
    shared = _text(old_affiliation)
    if shared and authors and not authors[0].affiliations:
        first = authors[0]
        authors[0] = Author(
            first.last_name, first.fore_name, first.initials, first.collective_name, (shared,)
        )
    return tuple(authors)


def _author(person: etree._Element) -> Author:
    """One <Author>; a single pass over its children, since a record can list hundreds."""
    names: dict[str, str] = {}
    affiliations: list[str] = []
    for child in person:
        tag = child.tag
        if tag in ("LastName", "ForeName", "Initials", "CollectiveName"):
            names[tag] = _text(child)
        elif tag == "AffiliationInfo":
            affiliations += (_text(a) for a in child.iterchildren("Affiliation"))
        elif tag == "Affiliation":  # DTDs before 2013
            affiliations.append(_text(child))
    return Author(
        last_name=names.get("LastName") or None,
        fore_name=names.get("ForeName") or None,
        initials=names.get("Initials") or None,
        collective_name=names.get("CollectiveName") or None,
        affiliations=tuple(a for a in affiliations if a),
    )


def _pages(element: etree._Element | None) -> str | None:
    pagination = _Children(element)
    medline_pages = pagination.text("MedlinePgn")
    if medline_pages:
        return medline_pages
    start, end = pagination.text("StartPage"), pagination.text("EndPage")
    return f"{start}-{end}" if start and end else (start or None)


def _pub_date(element: etree._Element | None) -> PubDate:
    if element is None:
        return PubDate()
    date = _Children(element)
    medline_date = date.text("MedlineDate")
    if medline_date:
        return parse_date_text(medline_date)
    return structured_date(
        *(date.text(part) or None for part in ("Year", "Month", "Day", "Season"))
    )


def _entrez_date(pubmed_data: "_Children") -> dt.date | None:
    for element in pubmed_data.nested("History", "PubMedPubDate"):
        if element.get("PubStatus") == "entrez":
            date = _Children(element)
            return calendar_date(*(date.text(part) for part in ("Year", "Month", "Day")))
    return None


def _article_id(holder: "_Children", id_type: str) -> str | None:
    """The record's own id of that type; the ids inside ReferenceList belong to cited papers."""
    for article_id in holder.nested("ArticleIdList", "ArticleId"):
        if article_id.get("IdType") == id_type and (text := _text(article_id)):
            return text
    return None


def _elocation_doi(holder: "_Children") -> str | None:
    for location in holder.all("ELocationID"):
        if location.get("EIdType") == "doi" and location.get("ValidYN") != "N" and _text(location):
            return _text(location)
    return None


def _mesh(citation: "_Children") -> tuple[MeshHeading, ...]:
    headings = []
    for heading in citation.nested("MeshHeadingList", "MeshHeading"):
        descriptor, qualifiers = None, []
        for child in heading:
            tag = child.tag
            if tag == "DescriptorName":
                descriptor = child
            elif tag == "QualifierName" and (name := _text(child)):
                qualifiers.append(MeshQualifier(name, child.get("MajorTopicYN") == "Y"))
        if descriptor is not None and (name := _text(descriptor)):
            headings.append(
                MeshHeading(
                    descriptor=name,
                    major_topic=descriptor.get("MajorTopicYN") == "Y",
                    qualifiers=tuple(qualifiers),
                    ui=descriptor.get("UI") or None,
                )
            )
    return tuple(headings)


def _comments_corrections(citation: "_Children") -> tuple[CommentCorrection, ...]:
    """Links to comments, errata, retractions and updates.

    Older records list their references here too (RefType "Cites", often hundreds); those are a
    bibliography, not comments or corrections, and are left out.
    """
    links = []
    for link in citation.nested("CommentsCorrectionsList", "CommentsCorrections"):
        ref_type = link.get("RefType")
        if not ref_type or ref_type == "Cites":
            continue
        source = pmid = None  # each as findtext would give it: the first one's own text
        for child in link:
            tag = child.tag
            if tag == "RefSource" and source is None:
                source = child.text or ""
            elif tag == "PMID" and pmid is None:
                pmid = child.text or ""
        links.append(
            CommentCorrection(
                ref_type=ref_type,
                source=normalise_space(source) or None,
                pmid=normalise_space(pmid) or None,
            )
        )
    return tuple(links)


# --- element helpers -----------------------------------------------------------------------


class _Children:
    """An element's direct children grouped by tag, in document order.

    lxml's ``find("Tag")`` runs ElementPath and costs microseconds a call; a record needs about
    a hundred such look-ups. One pass over each container's children makes every look-up a
    dict access. ``_Children(None)`` stands for a missing element: it has no children.
    """

    __slots__ = ("_by_tag",)

    def __init__(self, element: etree._Element | None) -> None:
        by_tag: dict[object, list[etree._Element]] = {}
        if element is not None:
            for child in element:
                by_tag.setdefault(child.tag, []).append(child)
        self._by_tag = by_tag

    def first(self, tag: str) -> etree._Element | None:
        """The first child named ``tag`` (like ``find(tag)``)."""
        found = self._by_tag.get(tag)
        return found[0] if found else None

    def all(self, tag: str) -> list[etree._Element]:
        """Every child named ``tag`` (like ``findall(tag)``)."""
        return self._by_tag.get(tag, [])

    def nested(self, tag: str, inner: str) -> list[etree._Element]:
        """Every ``inner`` child of every ``tag`` child (like ``findall("tag/inner")``)."""
        return [found for parent in self.all(tag) for found in parent.iterchildren(inner)]

    def text(self, tag: str) -> str:
        """The text of the first child named ``tag``, as ``_text`` gives it; '' if none."""
        return _text(self.first(tag))


def _first(elements: list[etree._Element]) -> etree._Element | None:
    return elements[0] if elements else None


def _texts(elements: list[etree._Element]) -> tuple[str, ...]:
    return tuple(text for text in map(_text, elements) if text)


def _text(element: etree._Element | None) -> str:
    """All the text inside an element, inline markup included, whitespace collapsed.

    ``<i>IL-6</i> levels`` gives 'IL-6 levels' (the text after a tag lives in the tag's tail);
    MathML keeps its characters but not the indentation between its elements.
    """
    if element is None:
        return ""
    if len(element) == 0:  # the common case: plain text, no markup
        text = element.text  # normalise_space inlined: this runs ~100 times a record
        return " ".join(text.split()) if text else ""
    if next(element.iter(_MATHML_ELEMENTS), None) is None:  # lxml joins plain markup in C
        return normalise_space("".join(element.itertext()))
    parts: list[str] = []
    _gather_text(element, parts, in_math=False)
    return normalise_space("".join(parts))


def _gather_text(element: etree._Element, parts: list[str], in_math: bool) -> None:
    in_math = in_math or (isinstance(element.tag, str) and element.tag.startswith(_MATHML))
    if element.text and not (in_math and element.text.isspace()):
        parts.append(element.text)
    for child in element:
        if isinstance(child.tag, str):  # comments and processing instructions add no text
            _gather_text(child, parts, in_math)
        if child.tail and not (in_math and child.tail.isspace()):
            parts.append(child.tail)
