"""Writing an output file whole or not at all: the one way every command writes a file.

A digest, an export, a predictions file or a Parquet part is written to a temporary sibling and
renamed over its path once complete, so an error, a full disk or Ctrl-C never leaves half a file
where a reader (a feed reader, a spreadsheet, a reference manager, pandas) would take it for the
whole.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TextIO, cast

from harvester.errors import OutputError

__all__ = ["FILE_MODE", "atomic_path", "atomic_text_file", "write_text_atomically"]

FILE_MODE = 0o644  # temporary files are private; outputs are meant to be read by others


@contextmanager
def atomic_path(path: Path, *, advice: str = "") -> Iterator[Path]:
    """A temporary sibling of ``path`` to write in any way; it replaces ``path`` only when the
    block ends normally, and is removed otherwise. An OSError in the block is a failed write.

    Example::

        with atomic_path(Path("part.parquet")) as temp:
            pyarrow.parquet.write_table(table, temp)
    """
    path = Path(path)
    try:
        descriptor, name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
        os.close(descriptor)
    except OSError as error:
        raise _cannot_write(path, error, advice) from None
    temp = Path(name)
    try:
        yield temp
        os.chmod(temp, FILE_MODE)
        os.replace(temp, path)
    except OSError as error:  # the block's writes too: a full disk, a quota, a vanished folder
        raise _cannot_write(path, error, advice) from None
    finally:
        temp.unlink(missing_ok=True)  # gone already when renamed


@contextmanager
def atomic_text_file(path: Path, *, newline: str | None = "\n", advice: str = "") -> Iterator[TextIO]:
    """A UTF-8 text handle whose content replaces ``path`` only when the block ends normally.

    Example::

        with atomic_text_file(Path("predictions.jsonl")) as out:
            out.write('{"id": "1", "label": "decreased"}\\n')
    """
    # Leaving the inner ``with`` closes and so flushes the file: a full disk shows before the rename.
    with (
        atomic_path(path, advice=advice) as temp,
        temp.open("w", encoding="utf-8", newline=newline) as handle,
    ):
        yield cast(TextIO, handle)


def write_text_atomically(path: Path, text: str, *, advice: str = "") -> None:
    """Write ``text`` (UTF-8, ``\\n`` line endings) to ``path`` whole or not at all."""
    with atomic_text_file(path, advice=advice) as handle:
        handle.write(text)


def _cannot_write(path: Path, error: OSError, advice: str) -> OutputError:
    hint = f"; {advice}" if advice else ""
    return OutputError(f"{path}: cannot write here ({error.strerror or error}){hint}")
