"""Every record in a PubMed file, whichever of PubMed's formats it turns out to be."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from harvester.models import Record
from harvester.pubmed.files import sniff_format
from harvester.pubmed.medline import parse_medline
from harvester.pubmed.xml import parse_xml

__all__ = ["iter_records"]


def iter_records(path: Path, *, deleted: list[str] | None = None) -> Iterator[Record]:
    """Every record in a PubMed XML, gzipped XML or MEDLINE file, told apart by content.

    With ``deleted``, an XML file's <DeleteCitation> PMIDs are appended to it (MEDLINE has none).

    Example::

        for record in iter_records(Path("pubmed26n0001.xml.gz")):
            print(record.pmid, record.title)
    """
    path = Path(path)
    if sniff_format(path) == "xml":
        yield from parse_xml(path, deleted=deleted)
    else:
        yield from parse_medline(path)
