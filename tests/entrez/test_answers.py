"""Which E-utilities answers are accepted, retried or rejected, on real and fictional answers."""

from __future__ import annotations

import html
import re
from pathlib import Path

import pytest

from harvester.entrez.answers import parse_efetch, parse_esearch
from harvester.errors import PubMedQueryError, UnusableAnswer

ARTICLE = "<PubmedArticle><MedlineCitation><PMID Version='1'>{}</PMID></MedlineCitation></PubmedArticle>"
BOOK = "<PubmedBookArticle><BookDocument><PMID Version='1'>{}</PMID></BookDocument></PubmedBookArticle>"


def test_real_esearch_samples_parse_as_written(ncbi_samples: Path) -> None:
    for path in sorted(ncbi_samples.glob("esearch*.xml")):
        text = path.read_text(encoding="utf-8")
        page = parse_esearch(path.read_bytes())
        assert page.count == int(re.search(r"<Count>(\d+)</Count>", text)[1]), path.name
        assert page.pmids == tuple(re.findall(r"<Id>(\d+)</Id>", text)), path.name
        translation = re.search(r"<QueryTranslation>(.*?)</QueryTranslation>", text, re.S)[1]
        assert page.query_translation == html.unescape(translation), path.name
        assert bool(page.warnings) == ("<ErrorList>" in text or "<WarningList>" in text)


def test_real_answers_with_history_or_a_later_page_read_their_count_and_ids(ncbi_samples: Path) -> None:
    with_history = parse_esearch((ncbi_samples / "esearch2.xml").read_bytes())
    assert with_history.count > 0 and with_history.pmids
    paged = parse_esearch((ncbi_samples / "esearch3.xml").read_bytes())
    assert len(paged.pmids) == 6 and all(pmid.isdigit() for pmid in paged.pmids)


def test_real_phrase_not_found_is_an_empty_result_with_warnings(ncbi_samples: Path) -> None:
    page = parse_esearch((ncbi_samples / "esearch8.xml").read_bytes())
    assert (page.count, page.pmids) == (0, ())
    assert page.warnings == ("PhraseNotFound: abcXYZ", "OutputMessage: No items found.")


def test_json_esearch_reads_like_xml() -> None:
    body = (
        b'{"header":{"type":"esearch","version":"0.3"},"esearchresult":{"count":"2",'
        b'"retmax":"2","retstart":"0","idlist":["90000002","90000001"],"translationset":[],'
        b'"querytranslation":"demo[All Fields]","warninglist":{"phrasesignored":["the"],'
        b'"quotedphrasesnotfound":[],"outputmessages":[]}}}'
    )
    page = parse_esearch(body)
    assert (page.count, page.pmids) == (2, ("90000002", "90000001"))
    assert page.query_translation == "demo[All Fields]"
    assert page.warnings == ("PhraseIgnored: the",)


@pytest.mark.parametrize(
    "body",
    [
        b"<eSearchResult><ERROR>Invalid query</ERROR></eSearchResult>",
        b'{"esearchresult":{"ERROR":"Invalid query"}}',
        b"<eSearchResult><ERROR>Search Backend failed: Exception:\n'retstart' cannot be larger "
        b"than 9998.</ERROR></eSearchResult>",
    ],
)
def test_an_error_about_the_search_is_a_query_error(body: bytes) -> None:
    with pytest.raises(PubMedQueryError, match="PubMed rejected the search"):
        parse_esearch(body)


@pytest.mark.parametrize(
    "body",
    [
        b"<eSearchResult><ERROR>Search Backend failed: address table is empty</ERROR></eSearchResult>",
        b'{"esearchresult":{"ERROR":"Unable to obtain query #1"}}',
        b"<eSearchResult><Count>3</Count><IdList><Id>1</Id>",  # cut off
        b"<html><body><p>Service unavailable</p></body></html>",
        b'{"error":"API rate limit exceeded","count":"11"}',
        b"<eSearchResult><IdList/></eSearchResult>",  # no count
        b"",
    ],
)
def test_an_answer_that_may_succeed_when_asked_again_is_unusable(body: bytes) -> None:
    with pytest.raises(UnusableAnswer):
        parse_esearch(body)


def test_efetch_counts_journal_and_book_articles() -> None:
    body = f"<PubmedArticleSet>{ARTICLE.format(90000001)}{BOOK.format(90000002)}</PubmedArticleSet>"
    assert parse_efetch(body.encode()).pmids == {"90000001", "90000002"}


@pytest.mark.parametrize(
    ("body", "reason"),
    [
        (f"<PubmedArticleSet>{ARTICLE.format(1)}<PubmedArt", "not well-formed"),
        ("<html><body><p>Service unavailable</p></body></html>", "got <html>"),
        ("<eFetchResult><ERROR>Unable to obtain query #1</ERROR></eFetchResult>", "Unable to"),
        (f"<PubmedArticleSet>{ARTICLE.format(1)}<ERROR>boom</ERROR></PubmedArticleSet>", "boom"),
    ],
)
def test_efetch_rejects_what_is_not_a_complete_article_set(body: str, reason: str) -> None:
    with pytest.raises(UnusableAnswer, match=reason):
        parse_efetch(body.encode())


def test_entities_are_not_expanded() -> None:
    body = (
        b'<?xml version="1.0"?>'
        b'<!DOCTYPE PubmedArticleSet [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
        b"<PubmedArticleSet><PubmedArticle><MedlineCitation><PMID>1</PMID>"
        b"<ArticleTitle>&x;</ArticleTitle></MedlineCitation></PubmedArticle></PubmedArticleSet>"
    )
    article_set = parse_efetch(body)
    assert "root:" not in "".join(article_set.root.itertext())
