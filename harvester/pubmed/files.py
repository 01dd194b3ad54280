"""Opening a PubMed record file: the one place that checks the path, gunzips and tells formats apart.

Every reader (streaming XML, MEDLINE text, the two-core import pool) opens files here, so a
directory, a missing file, a FIFO or a damaged gzip stream is reported the same way whichever
reader meets it, and read failures are translated to ``RecordFileError`` at one boundary
(``read_errors``).
"""

from __future__ import annotations

import gzip
import stat
import zlib
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path
from typing import BinaryIO, Literal, cast

from harvester.errors import ErrorMapping, RecordFileError, translated

__all__ = ["GZIP_MAGIC", "READ_ERRORS", "check_path", "open_binary", "read_errors", "sniff_format"]

GZIP_MAGIC = b"\x1f\x8b"
READ_ERRORS = (OSError, EOFError, zlib.error)

Format = Literal["xml", "medline"]


def read_errors(name: str | Path, advice: str) -> AbstractContextManager[None]:
    """Turn the OS's, gzip's and zlib's read failures into one ``RecordFileError`` line."""
    mapping: ErrorMapping = {
        READ_ERRORS: lambda error: RecordFileError(f"{name} cannot be read ({error}); {advice}")
    }
    return translated(mapping)


def check_path(path: Path) -> None:
    """A path that names no readable regular file stops here with what to do about it.

    A record file is read more than once (sniffed, then parsed), so a named pipe or a device,
    which can be read only once, is refused by name rather than reported as missing.
    """
    try:
        mode = path.stat().st_mode
    except FileNotFoundError:
        raise RecordFileError(f"{path} does not exist; check the path") from None
    except OSError as error:
        raise RecordFileError(f"{path} cannot be read: {error.strerror or error}") from None
    if stat.S_ISDIR(mode):
        raise RecordFileError(f"{path} is a directory; give a PubMed XML or MEDLINE file")
    if not stat.S_ISREG(mode):
        kind = _SPECIAL_FILES.get(stat.S_IFMT(mode), "not a regular file")
        raise RecordFileError(
            f"{path} is {kind}, which can be read only once; save the records to a regular file first"
        )


_SPECIAL_FILES = {
    stat.S_IFIFO: "a named pipe (FIFO)",
    stat.S_IFCHR: "a character device",
    stat.S_IFBLK: "a block device",
    stat.S_IFSOCK: "a socket",
}


@contextmanager
def open_binary(path: Path) -> Iterator[BinaryIO]:
    """The file's bytes, transparently gunzipped when the file starts with the gzip magic."""
    check_path(path)
    try:
        with open(path, "rb") as handle:
            gzipped = handle.read(2) == GZIP_MAGIC
        # Opened here, closed by the ``with stream`` below: a failure to open must be translated.
        stream = cast(BinaryIO, gzip.open(path, "rb") if gzipped else open(path, "rb"))  # noqa: SIM115
    except OSError as error:
        raise RecordFileError(f"{path} cannot be read: {error.strerror or error}") from None
    with stream:
        yield stream


def sniff_format(path: Path) -> Format:
    """'xml' or 'medline', judged by the first non-blank characters of the (gunzipped) file."""
    with open_binary(path) as handle, read_errors(path, "the file may be damaged"):
        head = handle.read(4096)
    start = head.removeprefix(b"\xef\xbb\xbf").lstrip()
    if not start:
        raise RecordFileError(f"{path} is empty; export the records from PubMed again")
    if start.startswith(b"<"):
        return "xml"
    if start.startswith(b"PMID-"):
        return "medline"
    raise RecordFileError(
        f"{path} is neither PubMed XML nor MEDLINE text (it should start with '<' or 'PMID-'); "
        "save the records from PubMed as XML or in 'PubMed' format"
    )
