"""Fictional records and PubMed XML for tests, built in one place.

Every record made here is fictional: its journal says so and its abstract describes no study.
"""

from __future__ import annotations

import datetime as dt

from harvester.models import AbstractSection, Author, Journal, PubDate, Record


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
