"""One PubMed XML record element (<PubmedArticle> or <PubmedBookArticle>) read into a ``Record``.

``harvester.pubmed.xml`` streams files and hands each record element here. Reading goes through
``_Children``, which groups an element's direct children by tag in one pass: far cheaper than an
ElementPath lookup per field, which matters on a 30,000-record baseline file.

The module is long because PubMed's record is: one small reader per field group (journal,
dates, authors, abstract, MeSH, identifiers, corrections), read in the element's own order.
"""

from __future__ import annotations

import datetime as dt
import re

from lxml import etree

from harvester.errors import RecordFileError
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
from harvester.pubmed.fields import calendar_date, is_pmid, normalise_space, parse_date_text, structured_date

__all__ = ["XML_ADVICE", "element_text", "raw_xml", "record_and_raw_xml", "record_from_element"]

_MATHML = "{http://www.w3.org/1998/Math/MathML}"
_MATHML_ELEMENTS = _MATHML + "*"
# XML's own escapes; any other "&name;" in a record's text is an entity reference.
_ENTITY_REFERENCE = re.compile(r"&(?!(?:amp|lt|gt|quot|apos|#[0-9]+|#x[0-9a-fA-F]+);)")
_ENTITY_REFERENCE_UTF8 = re.compile(_ENTITY_REFERENCE.pattern.encode("ascii"))
XML_ADVICE = "download the file again from PubMed (EFetch db=pubmed retmode=xml) or remove it"


# --- one record ----------------------------------------------------------------------------


def record_from_element(element: etree._Element, name: str, raw: str | None = None) -> Record:
    """A Record from a <PubmedArticle> or <PubmedBookArticle> element, raw XML kept."""
    if raw is None:
        raw = raw_xml(element).decode("utf-8")
    return _record(element, name, raw, raw)


def record_and_raw_xml(element: etree._Element, name: str) -> tuple[Record, bytes]:
    """The record with an empty ``raw``, and its raw XML as UTF-8 bytes: for a caller that
    keeps the bytes as they are (decoding a record's XML costs as much as reading its authors)."""
    xml = raw_xml(element)
    return _record(element, name, xml, raw=""), xml


def _record(element: etree._Element, name: str, xml: str | bytes, raw: str) -> Record:
    _refuse_entities(element, xml, name)
    if element.tag == "PubmedBookArticle":
        return _book_record(element, name, raw)
    return _article_record(element, name, raw)


def raw_xml(element: etree._Element) -> bytes:
    """The record's own XML, as a record keeps it (``Record.raw``), in UTF-8.

    Decoded, exactly what ``tostring(encoding="unicode")`` gives, at half the cost: lxml builds
    its unicode output by way of UTF-8 anyway.
    """
    return etree.tostring(element, encoding="utf-8", with_tail=False)


def _refuse_entities(element: etree._Element, xml: str | bytes, name: str) -> None:
    """An entity reference (never in PubMed's own files) makes the record unreadable as is.

    Walking every record's whole tree for Entity nodes costs as much as parsing its fields, so
    the record's XML (text or UTF-8, alike for this ASCII pattern) is searched first: an entity
    node can only be there if it has an ``&name;`` that is not one of XML's own escapes.
    """
    if isinstance(xml, bytes):
        if b"&" not in xml or not _ENTITY_REFERENCE_UTF8.search(xml):
            return
    elif "&" not in xml or not _ENTITY_REFERENCE.search(xml):
        return
    entity = next(element.iter(etree.Entity), None)
    if entity is not None:
        raise RecordFileError(
            f"{name}, line {entity.sourceline}: the record uses the entity reference "
            f"{entity.text}, which PubMed never writes; {XML_ADVICE}"
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
            or element_text(_first(citation.nested("MedlineJournalInfo", "MedlineTA")))
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
                else element_text(_first(book.nested("Publisher", "PublisherName")))
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


def _required_pmid(holder: _Children, record: etree._Element, name: str) -> str:
    pmid = holder.text("PMID")
    if not is_pmid(pmid):
        found = f"PMID {pmid[:20]!r} is not a number" if pmid else "no PMID"
        raise RecordFileError(f"{name}, line {record.sourceline}: <{record.tag}> has {found}; {XML_ADVICE}")
    return pmid


# --- fields --------------------------------------------------------------------------------


def _abstract(holder: _Children) -> tuple[AbstractSection, ...]:
    sections = []
    for part in holder.nested("Abstract", "AbstractText"):
        text = element_text(part)
        label = normalise_space(part.get("Label")) or None
        if text or label:
            sections.append(AbstractSection(text, label, part.get("NlmCategory") or None))
    return tuple(sections)


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
    shared = element_text(old_affiliation)
    if shared and authors and not authors[0].affiliations:
        first = authors[0]
        authors[0] = Author(
            first.last_name, first.fore_name, first.initials, first.collective_name, (shared,)
        )
    return tuple(authors)


def _author(person: etree._Element) -> Author:
    """One <Author>; a single pass over its children, since a record can list hundreds."""
    last = fore = initials = collective = None  # a name part given twice: the last one counts
    affiliations: list[str] = []
    for child in person:
        tag = child.tag
        if tag == "LastName":
            last = element_text(child)
        elif tag == "ForeName":
            fore = element_text(child)
        elif tag == "Initials":
            initials = element_text(child)
        elif tag == "AffiliationInfo":
            for affiliation in child:
                if affiliation.tag == "Affiliation" and (text := element_text(affiliation)):
                    affiliations.append(text)
        elif tag == "CollectiveName":
            collective = element_text(child)
        elif tag == "Affiliation" and (text := element_text(child)):  # DTDs before 2013
            affiliations.append(text)
    return Author(last or None, fore or None, initials or None, collective or None, tuple(affiliations))


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
    text = date.text
    return structured_date(
        text("Year") or None, text("Month") or None, text("Day") or None, text("Season") or None
    )


def _entrez_date(pubmed_data: _Children) -> dt.date | None:
    for element in pubmed_data.nested("History", "PubMedPubDate"):
        if element.get("PubStatus") == "entrez":
            date = _Children(element)
            return calendar_date(date.text("Year"), date.text("Month"), date.text("Day"))
    return None


def _article_id(holder: _Children, id_type: str) -> str | None:
    """The record's own id of that type; the ids inside ReferenceList belong to cited papers."""
    for article_id in holder.nested("ArticleIdList", "ArticleId"):
        if article_id.get("IdType") == id_type and (text := element_text(article_id)):
            return text
    return None


def _elocation_doi(holder: _Children) -> str | None:
    for location in holder.all("ELocationID"):
        if location.get("EIdType") == "doi" and location.get("ValidYN") != "N" and element_text(location):
            return element_text(location)
    return None


def _mesh(citation: _Children) -> tuple[MeshHeading, ...]:
    headings = []
    for heading in citation.nested("MeshHeadingList", "MeshHeading"):
        descriptor, qualifiers = None, []
        for child in heading:
            tag = child.tag
            if tag == "DescriptorName":
                descriptor = child
            elif tag == "QualifierName" and (name := element_text(child)):
                qualifiers.append(MeshQualifier(name, child.get("MajorTopicYN") == "Y"))
        if descriptor is not None and (name := element_text(descriptor)):
            major_topic = descriptor.get("MajorTopicYN") == "Y"
            ui = descriptor.get("UI") or None
            headings.append(MeshHeading(name, major_topic, tuple(qualifiers), ui))
    return tuple(headings)


def _comments_corrections(citation: _Children) -> tuple[CommentCorrection, ...]:
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
                found = by_tag.get(child.tag)
                if found is None:
                    by_tag[child.tag] = [child]
                else:
                    found.append(child)
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
        """The text of the first child named ``tag``, as ``element_text`` gives it; '' if none."""
        found = self._by_tag.get(tag)
        return element_text(found[0]) if found else ""


def _first(elements: list[etree._Element]) -> etree._Element | None:
    return elements[0] if elements else None


def _texts(elements: list[etree._Element]) -> tuple[str, ...]:
    return tuple([text for element in elements if (text := element_text(element))])


def element_text(element: etree._Element | None) -> str:
    """All the text inside an element, inline markup included, whitespace collapsed.

    ``<i>IL-6</i> levels`` gives 'IL-6 levels' (the text after a tag lives in the tag's tail);
    MathML keeps its characters but not the indentation between its elements.
    """
    if element is None:
        return ""
    if len(element) == 0:  # the common case: plain text, no markup
        text = element.text  # normalise_space inlined for short texts: this runs ~70 times a record
        if not text:
            return ""
        return " ".join(text.split()) if len(text) <= 40 else normalise_space(text)
    if next(element.iter(_MATHML_ELEMENTS), None) is None:  # lxml joins plain markup in C
        return normalise_space("".join(element.itertext()))
    parts: list[str] = []
    tag = element.tag
    if isinstance(tag, str) and tag.startswith(_MATHML):
        parts += [text for text in element.itertext() if not text.isspace()]
    else:
        _gather_text(element, parts)
    return normalise_space("".join(parts))


def _gather_text(element: etree._Element, parts: list[str]) -> None:
    """The element's strings as ``itertext`` gives them, except that inside MathML the
    whitespace-only ones (the indentation between its elements) are left out."""
    if element.text:
        parts.append(element.text)
    for child in element:
        tag = child.tag
        if isinstance(tag, str):  # comments and processing instructions add no text
            if tag.startswith(_MATHML):
                parts += [text for text in child.itertext() if not text.isspace()]
            elif len(child):
                _gather_text(child, parts)
            elif child.text:  # inline markup such as <sub>, read without a call
                parts.append(child.text)
        if child.tail:
            parts.append(child.tail)
