"""Writing an output file whole or not at all: the one way every command writes a file.

A digest, an export or a predictions file is written to a temporary sibling and renamed over its
path once complete, so an error, a full disk or Ctrl-C never leaves half a file where a reader
(a feed reader, a spreadsheet, a reference manager) would take it for the whole.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TextIO, cast

from harvester.errors import OutputError

__all__ = ["FILE_MODE", "atomic_text_file", "write_text_atomically"]

FILE_MODE = 0o644  # temporary files are private; outputs are meant to be read by others


@contextmanager
def atomic_text_file(path: Path, *, newline: str | None = "\n", advice: str = "") -> Iterator[TextIO]:
    """A UTF-8 text handle whose content replaces ``path`` only when the block ends normally.

    Example::

        with atomic_text_file(Path("predictions.jsonl")) as out:
            out.write('{"id": "1", "label": "decreased"}\\n')
    """
    path = Path(path)
    hint = f"; {advice}" if advice else ""
    try:
        # Not a ``with``: the file must outlive this block to be renamed over ``path``.
        handle = tempfile.NamedTemporaryFile(  # noqa: SIM115
            "w", encoding="utf-8", newline=newline, dir=path.parent, prefix=f".{path.name}.", delete=False
        )
    except OSError as error:
        raise OutputError(f"{path}: cannot write here ({error.strerror or error}){hint}") from None
    try:
        yield cast(TextIO, handle)
    except BaseException:
        handle.close()
        Path(handle.name).unlink(missing_ok=True)
        raise
    try:
        handle.close()  # flushes: a full disk shows here
        os.chmod(handle.name, FILE_MODE)
        os.replace(handle.name, path)
    except OSError as error:
        Path(handle.name).unlink(missing_ok=True)
        raise OutputError(f"{path}: cannot write here ({error.strerror or error}){hint}") from None


def write_text_atomically(path: Path, text: str, *, advice: str = "") -> None:
    """Write ``text`` (UTF-8, ``\\n`` line endings) to ``path`` whole or not at all."""
    with atomic_text_file(path, advice=advice) as handle:
        handle.write(text)
