"""A loopback stand-in for NCBI's E-utilities: real HTTP on 127.0.0.1, fictional records.

It answers ``esearch.fcgi`` and ``efetch.fcgi`` (GET, or POST form bodies) in the layout of real
PubMed answers, from a corpus generated on the spot, so tests need neither NCBI nor reference
data. It logs every request it receives and can misbehave on demand: queue ``Fault``s and each
is spent on the next request it matches.
"""

from __future__ import annotations

import json
import socket
import struct
import threading
import time
from dataclasses import dataclass, field
from datetime import date, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit
from xml.sax.saxutils import escape

from lxml import etree

from support.builders import article_xml

ESEARCH_LIMIT = 9_999
FIRST_PMID = 90_000_001
RETSTART_ERROR = (
    "Search Backend failed: Exception:\n'retstart' cannot be larger than 9998. For PubMed, "
    "ESearch can only retrieve the first 9,999 records matching the query. To obtain more than "
    "9,999 PubMed records, consider using EDirect that contains additional logic to batch PubMed "
    "search results automatically so that an arbitrary number can be retrieved."
)
_ESEARCH_HEAD = (
    '<?xml version="1.0" encoding="UTF-8" ?>\n<!DOCTYPE eSearchResult PUBLIC "-//NLM//DTD esearch '
    '20060628//EN" "https://eutils.ncbi.nlm.nih.gov/eutils/dtd/20060628/esearch.dtd">\n'
)
_EFETCH_HEAD = (
    '<?xml version="1.0" ?>\n<!DOCTYPE PubmedArticleSet PUBLIC "-//NLM//DTD PubMedArticle, 1st '
    'January 2025//EN" "https://dtd.nlm.nih.gov/ncbi/pubmed/out/pubmed_250101.dtd">\n'
)
_HTML_PAGE = (
    "<!DOCTYPE html><html><head><title>Service unavailable</title></head><body>"
    "<h1>NCBI is temporarily unavailable<br></h1><p>Please try again later.</body></html>"
)
_JSON_HEADER = {"type": "esearch", "version": "0.3"}

#: What a ``Fault`` can do to one request.
KINDS = (
    "400",
    "429",
    "500",
    "502",
    "503",
    "reset",  # close the socket without answering
    "slow",  # answer after ``delay`` seconds
    "truncated",  # half the body, with a Content-Length that matches the half
    "incomplete",  # announce the whole body, send half of it, hang up
    "html",  # an HTML error page with status 200
    "error",  # an <ERROR> body with status 200 (``message`` sets its text)
    "fewer",  # EFetch: leave the last requested record out
    "expired_webenv",  # the history server's "Unable to obtain query" error
)


@dataclass
class Fault:
    """One misbehaviour, spent on the next request to ``endpoint`` (any endpoint when None)."""

    kind: str
    endpoint: str | None = None
    retry_after: str | None = None
    delay: float = 1.5
    message: str | None = None

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise ValueError(f"unknown fault kind {self.kind!r}; choose from {KINDS}")


@dataclass(frozen=True)
class LoggedRequest:
    """A request as the stand-in received it."""

    method: str
    path: str
    params: dict[str, list[str]]
    received: float  # time.monotonic()

    @property
    def endpoint(self) -> str:
        return self.path.rsplit("/", 1)[-1]

    def param(self, name: str) -> str | None:
        values = self.params.get(name)
        return values[0] if values else None


@dataclass(frozen=True)
class _Entry:
    pmid: str
    entrez: date
    xml: bytes | None = None  # None: generated on demand


@dataclass
class _Answer:
    status: int
    body: bytes
    content_type: str = "text/xml; charset=UTF-8"
    headers: dict[str, str] = field(default_factory=dict)


class StandIn:
    """The E-utilities stand-in; use as a context manager or call ``start``/``stop``."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._entries: dict[str, _Entry] = {}
        self._ordered: list[_Entry] | None = None
        self._terms: dict[str, list[str]] = {}
        self._withdrawn: set[str] = set()
        self._faults: list[Fault] = []
        self._log: list[LoggedRequest] = []
        self._server: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None
        self.ignore_dates = False  # answer as if mindate/maxdate were not given (a broken mirror)

    # Lifecycle -------------------------------------------------------------------------------

    def start(self) -> StandIn:
        handler = type("Handler", (_Handler,), {"standin": self})
        self._server = _Server(("127.0.0.1", 0), handler)
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None

    def __enter__(self) -> StandIn:
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.stop()

    @property
    def url(self) -> str:
        """The base URL, ending in a slash, as ``Settings.eutils_url`` expects it."""
        assert self._server is not None, "the stand-in is not running"
        return f"http://127.0.0.1:{self._server.server_address[1]}/entrez/eutils/"

    # Corpus ----------------------------------------------------------------------------------

    def add_records(
        self,
        n: int,
        start_pmid: int = FIRST_PMID,
        entrez_dates: list[date] | None = None,
    ) -> list[str]:
        """Add ``n`` fictional records; Entrez dates default to a spread over 2000-2024."""
        first, span = date(2000, 1, 1), (date(2024, 12, 31) - date(2000, 1, 1)).days
        if entrez_dates is None:
            entrez_dates = [first + timedelta(days=i * span // max(n, 1)) for i in range(n)]
        pmids = [str(start_pmid + i) for i in range(n)]
        with self._lock:
            for pmid, entrez in zip(pmids, entrez_dates, strict=True):
                self._entries[pmid] = _Entry(pmid, entrez)
            self._ordered = None
        return pmids

    def add_article_xml(self, xml: str | bytes) -> str:
        """Add one ``<PubmedArticle>`` or ``<PubmedBookArticle>``; its PMID and entrez date are
        read from it."""
        raw = xml.encode() if isinstance(xml, str) else xml
        article = etree.fromstring(raw)
        pmid = article.findtext("MedlineCitation/PMID") or article.findtext("BookDocument/PMID")
        pmid = pmid.strip()
        entrez = article.find(".//History/PubMedPubDate[@PubStatus='entrez']")
        when = date(2020, 1, 1)
        if entrez is not None:
            when = date(*(int(entrez.findtext(part)) for part in ("Year", "Month", "Day")))
        with self._lock:
            self._entries[pmid] = _Entry(pmid, when, raw)
            self._ordered = None
        return pmid

    def set_term(self, term: str, pmids: list[str]) -> None:
        """Make ``term`` match only ``pmids`` (other terms still match the whole corpus)."""
        self._terms[term] = list(pmids)

    def withdraw(self, pmid: str) -> None:
        """Keep ``pmid`` in search results but never return it from EFetch (a deleted record)."""
        self._withdrawn.add(pmid)

    # Faults and the request log ----------------------------------------------------------------

    def inject(self, *faults: Fault) -> None:
        with self._lock:
            self._faults.extend(faults)

    @property
    def pending_faults(self) -> list[Fault]:
        with self._lock:
            return list(self._faults)

    @property
    def requests(self) -> list[LoggedRequest]:
        with self._lock:
            return list(self._log)

    def requests_to(self, endpoint: str) -> list[LoggedRequest]:
        return [request for request in self.requests if request.endpoint == endpoint]

    def clear_log(self) -> None:
        with self._lock:
            self._log.clear()

    def _record(self, request: LoggedRequest) -> Fault | None:
        """Log a request and take the first queued fault meant for its endpoint."""
        with self._lock:
            self._log.append(request)
            for index, fault in enumerate(self._faults):
                if fault.endpoint in (None, request.endpoint):
                    return self._faults.pop(index)
        return None

    # Answers ---------------------------------------------------------------------------------

    def _matches(self, term: str) -> list[_Entry]:
        """Entries matching ``term``, most recent Entrez date first, as PubMed sorts them."""
        with self._lock:
            if self._ordered is None:
                self._ordered = sorted(
                    self._entries.values(), key=lambda e: (e.entrez, int(e.pmid)), reverse=True
                )
            ordered = self._ordered
        if term in self._terms:
            wanted = set(self._terms[term])
            return [entry for entry in ordered if entry.pmid in wanted]
        return ordered

    def _esearch(self, request: LoggedRequest, fault: Fault | None) -> _Answer:
        term = request.param("term") or ""
        json_mode = request.param("retmode") == "json"
        retstart = int(request.param("retstart") or 0)
        retmax = min(int(request.param("retmax") or 20), ESEARCH_LIMIT)
        if fault is not None and fault.kind in ("error", "expired_webenv"):
            return _esearch_error(_error_text(fault, "Invalid query"), json_mode)
        if retstart > ESEARCH_LIMIT - 1:
            return _esearch_error(RETSTART_ERROR, json_mode)
        entries = self._matches(term)
        low, high = _day(request.param("mindate"), False), _day(request.param("maxdate"), True)
        if self.ignore_dates:
            low = high = None
        if low or high:
            low, high = low or date.min, high or date.max
            entries = [entry for entry in entries if low <= entry.entrez <= high]
        page = [e.pmid for e in entries[retstart : min(retstart + retmax, ESEARCH_LIMIT)]]
        translation = f"{term}[All Fields]"
        if low or high:
            window = f"{request.param('mindate') or ''}:{request.param('maxdate') or ''}"
            translation += f" AND {window}[Date - Entry]"
        unknown = [term] if term in self._terms and not self._terms[term] else []
        if json_mode:
            return _Answer(
                200,
                _esearch_json(len(entries), retstart, page, translation, unknown),
                "application/json; charset=UTF-8",
            )
        return _Answer(200, _esearch_xml(len(entries), retstart, page, translation, unknown))

    def _efetch(self, request: LoggedRequest, fault: Fault | None) -> _Answer:
        if fault is not None and fault.kind in ("error", "expired_webenv"):
            text = escape(_error_text(fault, "Cannot retrieve records"))
            return _Answer(200, f"{_EFETCH_HEAD}<eFetchResult><ERROR>{text}</ERROR></eFetchResult>".encode())
        wanted = [pmid.strip() for pmid in (request.param("id") or "").split(",") if pmid.strip()]
        with self._lock:
            found = [self._entries[p] for p in wanted if p in self._entries]
        found = [entry for entry in found if entry.pmid not in self._withdrawn]
        if fault is not None and fault.kind == "fewer" and found:
            found = found[:-1]
        articles = b"\n".join(entry.xml or _article_xml(entry) for entry in found)
        body = b"<PubmedArticleSet>\n" + articles + b"\n</PubmedArticleSet>\n"
        return _Answer(200, _EFETCH_HEAD.encode() + body)


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False

    def handle_error(self, request: object, client_address: object) -> None:
        """Clients that time out or faults that hang up break pipes; that is expected here."""


class _Handler(BaseHTTPRequestHandler):
    standin: StandIn
    protocol_version = "HTTP/1.0"

    def do_GET(self) -> None:
        self._serve(parse_qs(urlsplit(self.path).query))

    def do_POST(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        form = parse_qs(self.rfile.read(length).decode())
        query = parse_qs(urlsplit(self.path).query)
        self._serve({**query, **form})

    def log_message(self, format: str, *args: object) -> None:
        """Quiet: tests read the stand-in's own request log instead."""

    def _serve(self, params: dict[str, list[str]]) -> None:
        request = LoggedRequest(self.command, urlsplit(self.path).path, params, time.monotonic())
        fault = self.standin._record(request)
        if fault is not None and fault.kind == "reset":
            self._reset()
            return
        if fault is not None and fault.kind == "slow":
            time.sleep(fault.delay)
        answer = self._answer(request, fault)
        body, announced = answer.body, len(answer.body)
        if fault is not None and fault.kind in ("truncated", "incomplete"):
            body = body[: len(body) // 2]
            if fault.kind == "truncated":
                announced = len(body)
        self._send(answer, body, announced)

    def _answer(self, request: LoggedRequest, fault: Fault | None) -> _Answer:
        if fault is not None and fault.kind.isdigit():
            status = int(fault.kind)
            headers = {"Retry-After": fault.retry_after} if fault.retry_after else {}
            if status == 429:
                body = b'{"error":"API rate limit exceeded","count":"4","limit":"3"}'
                return _Answer(status, body, "application/json", headers)
            return _Answer(status, _HTML_PAGE.encode(), "text/html", headers)
        if fault is not None and fault.kind == "html":
            return _Answer(200, _HTML_PAGE.encode(), "text/html")
        if request.endpoint == "esearch.fcgi":
            return self.standin._esearch(request, fault)
        if request.endpoint == "efetch.fcgi":
            return self.standin._efetch(request, fault)
        return _Answer(404, b"<html><body>Not found</body></html>", "text/html")

    def _send(self, answer: _Answer, body: bytes, announced: int) -> None:
        self.send_response(answer.status)
        self.send_header("Content-Type", answer.content_type)
        self.send_header("Content-Length", str(announced))
        for name, value in answer.headers.items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(body)
        self.close_connection = True

    def _reset(self) -> None:
        """Hang up with a TCP reset instead of an answer."""
        self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        self.connection.close()
        self.close_connection = True


# Answer bodies -------------------------------------------------------------------------------


def _esearch_xml(count: int, retstart: int, pmids: list[str], translation: str, unknown: list[str]) -> bytes:
    ids = "".join(f"<Id>{pmid}</Id>\n" for pmid in pmids)
    id_list = f"<IdList>\n{ids}</IdList>" if pmids else "<IdList/>"
    tail = ""
    if unknown:
        phrases = "".join(f"<PhraseNotFound>{escape(term)}</PhraseNotFound>" for term in unknown)
        tail = (
            f"<ErrorList>{phrases}</ErrorList>"
            "<WarningList><OutputMessage>No items found.</OutputMessage></WarningList>"
        )
    body = (
        f"<eSearchResult><Count>{count}</Count><RetMax>{len(pmids)}</RetMax>"
        f"<RetStart>{retstart}</RetStart>{id_list}<TranslationSet/>"
        f"<QueryTranslation>{escape(translation)}</QueryTranslation>{tail}</eSearchResult>\n"
    )
    return (_ESEARCH_HEAD + body).encode()


def _esearch_json(count: int, retstart: int, pmids: list[str], translation: str, unknown: list[str]) -> bytes:
    result = {
        "count": str(count),
        "retmax": str(len(pmids)),
        "retstart": str(retstart),
        "idlist": pmids,
        "translationset": [],
        "querytranslation": translation,
    }
    if unknown:
        result["errorlist"] = {"phrasesnotfound": unknown, "fieldsnotfound": []}
        result["warninglist"] = {
            "phrasesignored": [],
            "quotedphrasesnotfound": [],
            "outputmessages": ["No items found."],
        }
    return json.dumps({"header": _JSON_HEADER, "esearchresult": result}).encode()


def _esearch_error(message: str, json_mode: bool) -> _Answer:
    if json_mode:
        body = {"header": _JSON_HEADER, "esearchresult": {"ERROR": message}}
        return _Answer(200, json.dumps(body).encode(), "application/json; charset=UTF-8")
    return _Answer(
        200, f"{_ESEARCH_HEAD}<eSearchResult><ERROR>{escape(message)}</ERROR></eSearchResult>\n".encode()
    )


def _error_text(fault: Fault, default: str) -> str:
    if fault.kind == "expired_webenv":
        return "Unable to obtain query #1"
    return fault.message or default


def _article_xml(entry: _Entry) -> bytes:
    return article_xml(entry.pmid, entrez=entry.entrez).encode()


def _day(value: str | None, last: bool) -> date | None:
    """PubMed's inclusive mindate/maxdate: YYYY, YYYY/MM or YYYY/MM/DD."""
    if not value:
        return None
    parts = [int(part) for part in value.replace("-", "/").split("/")]
    if len(parts) == 3:
        return date(*parts)
    if len(parts) == 2:
        start = date(parts[0], parts[1], 1)
        return (
            (start.replace(day=28) + timedelta(days=4)).replace(day=1) - timedelta(days=1) if last else start
        )
    return date(parts[0], 12, 31) if last else date(parts[0], 1, 1)
