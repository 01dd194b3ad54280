"""PubMed XML (EFetch answers, baseline and update files, also gzipped) as ``Record``.

XML is read as a stream (``lxml.etree.iterparse``): each record is turned into a ``Record`` and
then dropped from the tree, so a 30,000-record baseline file costs the memory of one record. The
parser never loads a DTD, never touches the network and never expands entities, so the remote DTD
named in every PubMed file's DOCTYPE is harmless and entity bombs cannot grow. Anything that is
not well-formed PubMed XML raises ``RecordFileError`` naming the file and line; records yielded
before the error stay yielded, and the caller decides whether to keep them.

MEDLINE text lives in ``medline.py``; ``records.iter_records`` tells the formats apart by content.
"""

from __future__ import annotations

import gzip
import io
import re
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO

from lxml import etree

from harvester.errors import RecordFileError
from harvester.models import Record
from harvester.pubmed.article import XML_ADVICE, element_text, record_from_element
from harvester.pubmed.fields import normalise_space
from harvester.pubmed.files import GZIP_MAGIC, open_binary, read_errors

__all__ = ["MAX_RECORD_BYTES", "SAFE_PARSING", "iter_deleted_pmids", "parse_record_xml", "parse_xml"]

ROOT_TAGS = frozenset({"PubmedArticleSet", "PubmedBookArticleSet"})
RECORD_TAGS = frozenset({"PubmedArticle", "PubmedBookArticle"})
_MEMBER_TAGS = RECORD_TAGS | {"DeleteCitation"}
# Never load a DTD, never touch the network, never expand an entity: the same for every reader.
SAFE_PARSING = {"resolve_entities": False, "no_network": True, "load_dtd": False}
# No PubMed record comes near this (the largest, with thousands of authors, are a few MB); more
# bytes than this without a record starting or ending is a damaged or hostile file, such as a
# gzipped comment of gigabytes that libxml2 would otherwise hold whole before refusing it.
MAX_RECORD_BYTES = 32 << 20
# libxml2 appends ", line 3, column 4" and " (<string>, line 3)"; the message names the line itself.
_LIBXML_LOCATION = re.compile(r"(?:,? line \d+, column \d+)?(?: \([^()]*, line \d+\))?$")


# --- public entry points -------------------------------------------------------------------


def parse_xml(source: bytes | BinaryIO | Path, *, deleted: list[str] | None = None) -> Iterator[Record]:
    """Records from PubMed XML given as bytes, a binary stream or a file path (gzip allowed).

    With ``deleted``, the PMIDs of the file's <DeleteCitation> elements are appended to it as the
    stream meets them: a daily update file's records and withdrawals come from one reading.
    """
    with _binary_source(source) as (stream, name):
        for element in _set_members(stream, name):
            if element.tag in RECORD_TAGS:
                yield record_from_element(element, name)
            elif deleted is not None:
                deleted.extend(_deleted_pmids(element))


def iter_deleted_pmids(path: Path) -> Iterator[str]:
    """PMIDs that a daily update file's <DeleteCitation> withdraws from PubMed."""
    with _binary_source(Path(path)) as (stream, name):
        for element in _set_members(stream, name):
            if element.tag == "DeleteCitation":
                yield from _deleted_pmids(element)


def _deleted_pmids(element: etree._Element) -> list[str]:
    return [pmid for pmid in (element_text(e) for e in element.findall("PMID")) if pmid]


def parse_record_xml(raw: str) -> Record:
    """Re-read one stored <PubmedArticle> or <PubmedBookArticle> (a ``Record.raw``)."""
    name = "stored record XML"
    try:
        element = etree.fromstring(raw.encode("utf-8"), etree.XMLParser(**SAFE_PARSING))
    except etree.XMLSyntaxError as error:
        raise _syntax_error(name, error, advice="re-import the record") from None
    except (UnicodeError, ValueError) as error:
        raise RecordFileError(f"{name} cannot be read ({error}); re-import the record") from None
    if element.tag not in RECORD_TAGS:
        raise RecordFileError(
            f"{name}: root element is <{element.tag}>, expected <PubmedArticle> or "
            "<PubmedBookArticle>; re-import the record"
        )
    return record_from_element(element, name, raw=raw)


@contextmanager
def _binary_source(source: bytes | BinaryIO | Path) -> Iterator[tuple[BinaryIO, str]]:
    """A readable binary stream and a name for messages; closes only what it opened itself."""
    if isinstance(source, (bytes, bytearray)):
        data = bytes(source)
        stream: BinaryIO = io.BytesIO(data)
        if data.startswith(GZIP_MAGIC):
            stream = gzip.GzipFile(fileobj=stream, mode="rb")  # type: ignore[assignment]
        yield stream, "XML input"
    elif isinstance(source, (str, Path)):
        with open_binary(Path(source)) as handle:
            yield handle, str(source)
    else:
        yield source, str(getattr(source, "name", "XML stream"))


# --- streaming -----------------------------------------------------------------------------


def _set_members(stream: BinaryIO, name: str) -> Iterator[etree._Element]:
    """Each record (or DeleteCitation) under the <PubmedArticleSet> root, dropped once used.

    Only the set and member tags raise events: the parser builds the rest of each record in C,
    which is what keeps a baseline file fast.
    """
    bounded = _Bounded(stream, name)
    events = etree.iterparse(
        bounded, events=("start", "end"), tag=[*ROOT_TAGS, *_MEMBER_TAGS], **SAFE_PARSING
    )
    inside_set = False
    for event, element in _translated(events, name):
        bounded.reset()
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


class _Bounded:
    """The parser's input, refused once MAX_RECORD_BYTES pass with no record starting or ending.

    The bytes are counted as they are read (after gunzipping), so memory stays bounded whatever
    the file holds; ``reset`` is called at every record event.
    """

    def __init__(self, stream: BinaryIO, name: str) -> None:
        self._stream = stream
        self._name = name
        self._since_event = 0

    def read(self, size: int = -1) -> bytes:
        data = self._stream.read(size if size is not None and size >= 0 else 1 << 16)
        self._since_event += len(data)
        if self._since_event > MAX_RECORD_BYTES:
            raise RecordFileError(
                f"{self._name}: more than {MAX_RECORD_BYTES >> 20} MB of XML without a record starting "
                f"or ending (a huge comment, or a damaged file); no PubMed record is that large, {XML_ADVICE}"
            )
        return data

    def reset(self) -> None:
        self._since_event = 0


def _translated(events: etree.iterparse, name: str) -> Iterator[tuple[str, etree._Element]]:
    """iterparse events, with every parse or read failure turned into a RecordFileError."""
    while True:
        try:
            with read_errors(name, XML_ADVICE):
                event, element = next(events)
        except StopIteration:
            return
        except etree.XMLSyntaxError as error:
            raise _syntax_error(name, error) from None
        yield event, element


def _wrong_root(name: str, root: etree._Element | None) -> RecordFileError:
    found = f"<{root.tag}>" if root is not None else "missing"
    line = f", line {root.sourceline}" if root is not None and root.sourceline else ""
    return RecordFileError(
        f"{name}{line}: root element is {found}, not <PubmedArticleSet>; this is not a PubMed "
        f"record file, {XML_ADVICE}"
    )


def _syntax_error(name: str, error: etree.XMLSyntaxError, advice: str = XML_ADVICE) -> RecordFileError:
    """One line naming the file and line, from libxml2's multi-part message."""
    line = error.lineno or getattr(error, "position", (0, 0))[0]
    where = f"{name}, line {line}" if line else name
    reason = normalise_space(error.msg or str(error))
    reason = _LIBXML_LOCATION.sub("", reason).rstrip(" .,")
    if reason in ("", "no element found"):
        reason = "the XML is empty or ends before its first element"
    return RecordFileError(f"{where}: not well-formed XML ({reason}); {advice}")
