"""PubMed XML files shaped like NCBI's baseline and daily update files, built from fictional records.

The articles are the fictional demo records under fresh PMIDs; an update file may carry revised
versions (a changed title) and a ``<DeleteCitation>``, as NCBI's daily files do.
"""

from __future__ import annotations

import gzip
import re
from collections.abc import Iterable
from functools import cache
from pathlib import Path

from lxml import etree

from benchmarks.bench_import import FOOTER, HEADER, renumbered
from harvester.pubmed import SAFE_PARSING
from support.demo_data import DEMO_RECORDS

_TITLE = re.compile(rb"<ArticleTitle>")


@cache
def demo_articles() -> tuple[bytes, ...]:
    """Each <PubmedArticle> of the fictional demo records, serialised on its own."""
    root = etree.parse(str(DEMO_RECORDS), etree.XMLParser(**SAFE_PARSING)).getroot()
    return tuple(etree.tostring(a, encoding="utf-8") for a in root if a.tag == "PubmedArticle")


def article(pmid: int, *, revised: bool = False) -> bytes:
    """A demo article under ``pmid`` (picked by it, so the same PMID is the same article);
    ``revised`` marks its title as a later version's."""
    articles = demo_articles()
    text = renumbered(articles[pmid % len(articles)], pmid)
    return _TITLE.sub(b"<ArticleTitle>Revised: ", text, count=1) if revised else text


def write_pubmed_file(path: Path, articles: Iterable[bytes], deleted: Iterable[int] = ()) -> Path:
    """A PubMed XML file (gzipped when ``path`` ends in .gz), deletions last as NCBI puts them."""
    body = HEADER + b"".join(a + b"\n" for a in articles)
    pmids = list(deleted)
    if pmids:
        body += b"<DeleteCitation>\n"
        body += b"".join(b'<PMID Version="1">%d</PMID>\n' % pmid for pmid in pmids)
        body += b"</DeleteCitation>\n"
    body += FOOTER
    path.write_bytes(gzip.compress(body, mtime=0) if path.suffix == ".gz" else body)
    return path


def baseline_folder(folder: Path, *, files: int, per_file: int, first_pmid: int = 1000) -> list[Path]:
    """``files`` gzipped files of ``per_file`` consecutive PMIDs each, named as NCBI names them."""
    folder.mkdir(parents=True, exist_ok=True)
    return [
        write_pubmed_file(
            folder / f"pubmed26n{index + 1:04d}.xml.gz",
            [article(first_pmid + index * per_file + k) for k in range(per_file)],
        )
        for index in range(files)
    ]
