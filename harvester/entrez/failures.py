"""What a failed HTTP exchange with E-utilities means: try again (and when), or give up.

``accept`` reads a live answer's status and body; ``retry_after`` the server's wish to be left
alone for a while; ``connection_problem`` puts a failed connection into words, with its host
(DNS, refused, reset, TLS), because "connection failed" alone sends a user nowhere.
"""

from __future__ import annotations

import email.utils
import socket
import ssl
from collections.abc import Callable
from datetime import UTC, datetime
from typing import TypeVar
from urllib.parse import urlsplit

import requests

from harvester.errors import PubMedError, RetryableFailure, UnusableAnswer

__all__ = ["RETRY_STATUSES", "accept", "connection_problem", "retry_after"]

RETRY_AFTER_CAP = 120.0  # seconds; a longer Retry-After is not worth waiting for unattended
RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})

T = TypeVar("T")


def connection_problem(error: BaseException, url: str) -> str:
    """What stopped a connection, in words, with the host: requests wraps the cause two or three
    exceptions deep (urllib3's MaxRetryError, NewConnectionError, then the socket's own)."""
    parts = urlsplit(url)
    host = f"{parts.hostname}:{parts.port}" if parts.port else str(parts.hostname)
    causes = _causes(error)
    if any(isinstance(cause, ssl.SSLError) for cause in causes) or isinstance(
        error, requests.exceptions.SSLError
    ):
        what = "TLS (HTTPS) handshake with"
    elif any(isinstance(cause, socket.gaierror) for cause in causes):
        what = "DNS lookup failed for"
    elif any(isinstance(cause, ConnectionRefusedError) for cause in causes):
        what = "connection refused by"
    elif any(isinstance(cause, ConnectionResetError) for cause in causes):
        what = "connection reset by"
    elif isinstance(error, requests.exceptions.ProxyError):
        what = "the proxy refused the connection to"
    else:
        deepest = causes[-1]
        what = f"connection failed ({type(deepest).__name__}) to"
    if what.startswith("TLS"):
        return f"{what} {host} failed"
    return f"{what} {host}"


def _causes(error: BaseException) -> list[BaseException]:
    """``error`` and every exception behind it (cause, context, urllib3's ``reason``), in order."""
    found: list[BaseException] = []
    pending = [error]
    while pending and len(found) < 20:
        current = pending.pop(0)
        if current in found:
            continue
        found.append(current)
        inner = [getattr(current, "reason", None), current.__cause__, current.__context__, *current.args]
        pending.extend(item for item in inner if isinstance(item, BaseException))
    return found


def accept(response: requests.Response, endpoint: str, parse: Callable[[bytes], T]) -> T:
    """Parse a live answer, or say why it must be retried or given up on."""
    status = response.status_code
    if status in RETRY_STATUSES:
        raise RetryableFailure(f"HTTP {status}", retry_after(response.headers.get("Retry-After")))
    if 400 <= status < 600:
        raise PubMedError(
            f"PubMed {endpoint} refused the request with HTTP {status}; a 400 usually means a "
            "malformed search term or parameter"
        )
    if status != 200:
        raise RetryableFailure(f"unexpected HTTP {status}")
    try:
        return parse(response.content)
    except UnusableAnswer as error:
        raise RetryableFailure(str(error)) from None


def retry_after(value: str | None) -> float | None:
    """Seconds to wait from a Retry-After header (seconds or an HTTP date), capped."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        seconds = float(value)
    else:
        try:
            when = email.utils.parsedate_to_datetime(value)
        except (TypeError, ValueError):
            return None
        if when.tzinfo is None:
            when = when.replace(tzinfo=UTC)
        seconds = (when - datetime.now(UTC)).total_seconds()
    return min(max(seconds, 0.0), RETRY_AFTER_CAP)
