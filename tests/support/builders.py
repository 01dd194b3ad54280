"""Fictional records and PubMed XML for tests, built in one place.

Every record made here is fictional: its journal says so and its abstract describes no study.
"""

from __future__ import annotations

import datetime as dt
import gzip
import re
from collections.abc import Iterable
from functools import cache
from pathlib import Path

from lxml import etree

from benchmarks.bench_import import FOOTER, HEADER, renumbered
from harvester.models import AbstractSection, Author, Journal, PubDate, Record
from harvester.pubmed import SAFE_PARSING
from support.demo_data import DEMO_RECORDS


def make_record(pmid: str, title: str = "A fictional trial of widget therapy", **fields: object) -> Record:
    values: dict[str, object] = {
        "pmid": pmid,
        "title": title,
        "abstract": (AbstractSection("Twelve fictional people received widgets.", "METHODS", "METHODS"),),
        "authors": (Author(last_name="Doe", fore_name="Jane", initials="J"),),
        "journal": Journal(title="Journal of Imaginary Medicine"),
        "pub_date": PubDate(year=2021, month=3),
        "entrez_date": dt.date(2021, 3, 4),
        "raw": f"<PubmedArticle><PMID>{pmid}</PMID></PubmedArticle>",
    }
    values.update(fields)
    return Record(**values)  # type: ignore[arg-type]


JOURNAL = "Demonstration Journal (fictional records)"
_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def article_xml(
    pmid: int | str,
    title: str | None = None,
    *,
    entrez: dt.date = dt.date(2024, 3, 4),
    abstract: str = "This record was generated for tests and describes no study.",
) -> str:
    """A fictional <PubmedArticle> in the element layout of PubMed's DTD."""
    title = f"Fictional record {pmid} for exercising the harvester." if title is None else title
    day = entrez
    stamp = f"<Year>{day.year}</Year><Month>{day.month}</Month><Day>{day.day}</Day>"
    return (
        f'<PubmedArticle><MedlineCitation Status="PubMed-not-MEDLINE" Owner="NLM">'
        f'<PMID Version="1">{pmid}</PMID>'
        f"<DateRevised><Year>{day.year}</Year><Month>{day.month:02d}</Month>"
        f"<Day>{day.day:02d}</Day></DateRevised>"
        f'<Article PubModel="Print"><Journal><ISSN IssnType="Electronic">0000-0000</ISSN>'
        f'<JournalIssue CitedMedium="Internet"><Volume>1</Volume><Issue>1</Issue><PubDate>'
        f"<Year>{day.year}</Year><Month>{_MONTHS[day.month - 1]}</Month></PubDate></JournalIssue>"
        f"<Title>{JOURNAL}</Title><ISOAbbreviation>Demo J</ISOAbbreviation></Journal>"
        f"<ArticleTitle>{title}</ArticleTitle>"
        f"<Abstract><AbstractText>{abstract}</AbstractText></Abstract>"
        f'<AuthorList CompleteYN="Y"><Author ValidYN="Y"><LastName>Example</LastName>'
        f"<ForeName>Ada</ForeName><Initials>A</Initials></Author></AuthorList>"
        f"<Language>eng</Language><PublicationTypeList>"
        f'<PublicationType UI="D016428">Journal Article</PublicationType></PublicationTypeList>'
        f"</Article><MedlineJournalInfo><Country>United States</Country><MedlineTA>Demo J"
        f"</MedlineTA><NlmUniqueID>000000000</NlmUniqueID></MedlineJournalInfo></MedlineCitation>"
        f'<PubmedData><History><PubMedPubDate PubStatus="entrez">{stamp}<Hour>0</Hour>'
        f'<Minute>0</Minute></PubMedPubDate><PubMedPubDate PubStatus="pubmed">{stamp}'
        f"</PubMedPubDate></History><PublicationStatus>ppublish</PublicationStatus>"
        f'<ArticleIdList><ArticleId IdType="pubmed">{pmid}</ArticleId></ArticleIdList>'
        f"</PubmedData></PubmedArticle>"
    )


def article_set(*articles: str, doctype: str = "") -> str:
    """A <PubmedArticleSet> file around the given records, with an optional DOCTYPE."""
    return (
        f'<?xml version="1.0" encoding="UTF-8"?>\n{doctype}<PubmedArticleSet>\n'
        + "\n".join(articles)
        + "\n</PubmedArticleSet>\n"
    )


# --- files shaped like NCBI's baseline and daily update files -------------------------------
# The articles are the fictional demo records under fresh PMIDs; an update file may carry
# revised versions (a changed title) and a <DeleteCitation>, as NCBI's daily files do.

_TITLE = re.compile(rb"<ArticleTitle>")


@cache
def demo_articles() -> tuple[bytes, ...]:
    """Each <PubmedArticle> of the fictional demo records, serialised on its own."""
    root = etree.parse(str(DEMO_RECORDS), etree.XMLParser(**SAFE_PARSING)).getroot()
    return tuple(etree.tostring(a, encoding="utf-8") for a in root if a.tag == "PubmedArticle")


def demo_article(pmid: int, *, revised: bool = False) -> bytes:
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
            [demo_article(first_pmid + index * per_file + k) for k in range(per_file)],
        )
        for index in range(files)
    ]
