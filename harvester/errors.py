"""The project's exceptions, each with a message written for the person at the terminal.

The library raises these and never prints or exits; the CLI catches ``HarvesterError`` at its
edge, prints ``str(error)`` on one line and exits with ``error.exit_code``::

    HarvesterError (1)              anything the tool did not foresee
    ├── InputError (2)              the user's input is wrong; fix it and run again
    │   ├── QueryFileError          a saved search (queries/*.toml) is malformed
    │   ├── RecordFileError         a PubMed XML / MEDLINE file cannot be read
    │   ├── PromptFileError         an evidence-inference prompt file is malformed
    │   └── OutputError             an output path cannot be written
    ├── StoreError (1)              the record store cannot be used
    │   └── StoreBusyError (2)      another process holds the store
    └── PubMedError (3)             PubMed did not answer usefully after retries
        ├── PubMedUnavailable       network failures, 429/5xx, timeouts, bad bodies
        ├── PubMedQueryError        PubMed rejected the search itself (<ERROR>)
        └── OfflineCacheMiss        --offline, and the answer is not cached

    Internal signals, caught inside the package and never shown to a user:

    UnusableAnswer                  an E-utilities answer must be asked for again (entrez)
    RetryableFailure                one attempt failed; carries the server's Retry-After (entrez)
    NotPlainXml                     a file the two-core import cannot vouch for (jobs.import_pool)

Foreign errors (sqlite3, lxml, zlib, the OS, requests) become these at one boundary per library,
with ``translated``: the store's connection, ``pubmed.files`` and ``pubmed.xml``, the client.
Messages never contain the NCBI API key: ``redact`` is applied to anything built from URLs.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager

EXIT_UNEXPECTED = 1
EXIT_BAD_INPUT = 2
EXIT_PUBMED_UNREACHABLE = 3


class HarvesterError(Exception):
    """Base class: a failure the user can read about in one line."""

    exit_code = EXIT_UNEXPECTED

    def __init__(self, message: str) -> None:
        super().__init__(redact(message))


class InputError(HarvesterError):
    """Something the user gave us (a file, an argument) is wrong."""

    exit_code = EXIT_BAD_INPUT


class QueryFileError(InputError):
    """A saved-search file is malformed: the message names the file and the field."""


class RecordFileError(InputError):
    """A record file cannot be parsed: the message names the file and, where known, the line."""


class PromptFileError(InputError):
    """An evidence-inference prompt file is malformed: the message names the line."""


class OutputError(InputError):
    """An output file or directory cannot be written."""


class StoreError(HarvesterError):
    """The SQLite record store is unusable (corrupt, wrong version)."""


class StoreBusyError(StoreError):
    """Another process is writing the store; try again when it has finished."""

    exit_code = EXIT_BAD_INPUT


class PubMedError(HarvesterError):
    """PubMed could not give a usable answer."""

    exit_code = EXIT_PUBMED_UNREACHABLE


class PubMedUnavailable(PubMedError):
    """Network errors, rate limiting or server errors persisted through every retry."""


class PubMedQueryError(PubMedError):
    """PubMed answered with an <ERROR> about the search itself."""


class OfflineCacheMiss(PubMedError):
    """Running --offline and the needed answer is not in the HTTP cache."""


class UnusableAnswer(Exception):
    """An E-utilities answer that cannot be used as it is (cut off, an error page, a transient
    ``<ERROR>``): the client asks again rather than store or trust it."""


class RetryableFailure(Exception):
    """One failed attempt: what went wrong and how long the server asked us to wait."""

    def __init__(self, reason: str, retry_after: float | None = None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.retry_after = retry_after


class NotPlainXml(Exception):
    """A file the two-core import cannot vouch for; the streaming parser reads it instead."""


ErrorMapping = Mapping[
    type[BaseException] | tuple[type[BaseException], ...], Callable[[BaseException], Exception]
]


@contextmanager
def translated(mapping: ErrorMapping) -> Iterator[None]:
    """Turn a foreign library's exceptions into the project's, at the one boundary that uses it.

    The first matching entry wins; its function builds the replacement from the original, which
    is dropped from the traceback (the message says all a user needs). Example::

        with translated({sqlite3.DatabaseError: lambda e: StoreError(f"{path}: unusable ({e})")}):
            connection.execute("PRAGMA user_version")
    """
    try:
        yield
    except BaseException as error:
        for kinds, build in mapping.items():
            if isinstance(error, kinds):
                raise build(error) from None
        raise


_SECRET_PARAMS = re.compile(r"(api_key|email)=([^&\s'\"]+)", re.IGNORECASE)


def redact(text: str) -> str:
    """Replace the value of api_key/email URL parameters, so secrets never reach a message."""
    return _SECRET_PARAMS.sub(r"\1=REDACTED", text)
