"""Reading E-utilities answers: what PubMed said, or why the answer cannot be used.

Kept apart from the HTTP client so that the rules for accepting an answer can be read (and
tested against real recorded answers) on their own. An answer that may be fine when asked again
(truncated, an HTML error page, a transient ``<ERROR>``) raises ``UnusableAnswer``, which the
client retries; a search PubMed rejects raises ``PubMedQueryError``, which no retry can fix.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass

from lxml import etree

from harvester.errors import PubMedQueryError, UnusableAnswer
from harvester.pubmed.xml import SAFE_PARSING

EMPTY_ARTICLE_SET = b'<?xml version="1.0" encoding="UTF-8"?>\n<PubmedArticleSet></PubmedArticleSet>\n'

# ERROR texts that describe NCBI's trouble rather than the search; the retstart ceiling is the
# exception: it also says "Search Backend failed" but asking again cannot help.
_TRANSIENT_ERROR = re.compile(r"backend failed|temporar|unable to obtain query|try again", re.I)
_JSON_LISTS = {
    "phrasesnotfound": "PhraseNotFound",
    "fieldsnotfound": "FieldNotFound",
    "phrasesignored": "PhraseIgnored",
    "quotedphrasesnotfound": "QuotedPhraseNotFound",
    "outputmessages": "OutputMessage",
}


@dataclass(frozen=True)
class ESearchPage:
    """One ESearch answer as PubMed wrote it (XML or JSON).

    ``warnings`` keeps PubMed's own element names, e.g. ``"PhraseNotFound: abcXYZ"``: a phrase
    PubMed does not know is a warning beside an empty result, not an error.
    """

    count: int
    pmids: tuple[str, ...]
    query_translation: str
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True)
class ArticleSet:
    """A validated EFetch answer: its bytes, its parsed root and the PMIDs it holds."""

    body: bytes
    root: etree._Element
    pmids: frozenset[str]


def parse_esearch(body: bytes) -> ESearchPage:
    """Read an ESearch answer in either retmode."""
    if body.lstrip()[:1] == b"{":
        return _parse_esearch_json(body)
    root = parse_xml(body)
    if root.tag != "eSearchResult":
        raise UnusableAnswer(f"expected <eSearchResult>, got <{root.tag}>")
    error = root.findtext("ERROR")
    if error is not None:
        raise _esearch_error(error)
    warnings = [
        f"{item.tag}: {(item.text or '').strip()}"
        for listing in ("ErrorList", "WarningList")
        for item in root.iterfind(f"{listing}/*")
    ]
    return ESearchPage(
        count=_number(root.findtext("Count"), "Count"),
        pmids=tuple((item.text or "").strip() for item in root.iterfind("IdList/Id")),
        query_translation=(root.findtext("QueryTranslation") or "").strip(),
        warnings=tuple(warnings),
    )


def parse_efetch(body: bytes) -> ArticleSet:
    """Accept only a ``<PubmedArticleSet>`` without ``<ERROR>``; count the PMIDs it holds."""
    root = parse_xml(body)
    error = root.find("ERROR")
    if error is not None:
        raise UnusableAnswer(f"PubMed reported an error: {' '.join((error.text or '').split())}")
    if root.tag != "PubmedArticleSet":
        raise UnusableAnswer(f"expected <PubmedArticleSet>, got <{root.tag}>")
    pmids = [
        *root.xpath("PubmedArticle/MedlineCitation/PMID/text()"),
        *root.xpath("PubmedBookArticle/BookDocument/PMID/text()"),
    ]
    return ArticleSet(body, root, frozenset(str(pmid).strip() for pmid in pmids))


def parse_xml(body: bytes) -> etree._Element:
    """Parse untrusted XML: no DTD loading, no entity expansion, no network."""
    parser = etree.XMLParser(**SAFE_PARSING)
    try:
        return etree.fromstring(body, parser)
    except (etree.XMLSyntaxError, ValueError) as error:
        raise UnusableAnswer(f"the answer is not well-formed XML ({error})") from None


def _parse_esearch_json(body: bytes) -> ESearchPage:
    try:
        data = json.loads(body)
    except ValueError as error:
        raise UnusableAnswer(f"the answer is not valid JSON ({error})") from None
    result = data.get("esearchresult") if isinstance(data, dict) else None
    if not isinstance(result, dict):
        raise UnusableAnswer("the JSON answer has no esearchresult")
    if "ERROR" in result:
        raise _esearch_error(str(result["ERROR"]))
    warnings = [
        f"{_JSON_LISTS.get(name, name)}: {item}"
        for listing in ("errorlist", "warninglist")
        for name, items in (result.get(listing) or {}).items()
        for item in ([items] if isinstance(items, str) else items or ())
    ]
    return ESearchPage(
        count=_number(result.get("count"), "count"),
        pmids=tuple(str(pmid) for pmid in result.get("idlist") or ()),
        query_translation=str(result.get("querytranslation", "")),
        warnings=tuple(warnings),
    )


def _esearch_error(message: str) -> Exception:
    """PubMed's ERROR text: a transient failure to retry, or a search PubMed rejects."""
    message = " ".join(message.split())
    if _TRANSIENT_ERROR.search(message) and "retstart" not in message:
        return UnusableAnswer(f"PubMed reported an error: {message}")
    return PubMedQueryError(f"PubMed rejected the search: {message}")


def _number(text: object, name: str) -> int:
    value = str(text).strip() if text is not None else ""
    if not value.isdigit():
        raise UnusableAnswer(f"the ESearch answer has no usable <{name}>")
    return int(value)
