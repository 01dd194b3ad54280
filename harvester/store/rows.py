"""A record as a row of the store's ``records`` table, and back.

Kept apart from the store so that import workers can build rows without the store itself, and
so that the one encoding every row shares is in one place: the same record always gives the
same bytes, which is what lets the store tell a changed record from one fetched again.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from typing import NamedTuple

from harvester.models import Record


class RecordRow(NamedTuple):
    """A record as the columns of its ``records`` row, in INSERT order, less the two timestamps.

    A plain tuple of strings and ints, so that worker processes can build rows and hand them
    back cheaply; ``record_row`` is the only way one is made, whichever process makes it.
    ``raw`` and ``parsed`` are text, or (``record_row(utf8=True)``) that text's UTF-8 bytes,
    which the store writes as the same text: the import passes its files' bytes on as they are.
    """

    pmid: str
    source_format: str
    raw: str | bytes
    parsed: str | bytes  # the record as JSON, without raw
    entrez_date: str | None
    retracted: int
    corrections: str  # JSON list, see _corrections
    content_hash: str  # sha256 of parsed


def record_row(record: Record, *, utf8: bool = False) -> RecordRow:
    """The row the store writes for ``record``; the same record always gives the same bytes.

    With ``utf8``, raw and parsed come as their UTF-8 bytes (stored as the same text), for a
    caller that would otherwise have them decoded only for SQLite to encode them again.
    """
    parsed = _record_json(record)
    encoded = parsed.encode("utf-8")
    return RecordRow(
        pmid=record.pmid,
        source_format=record.source_format,
        raw=record.raw.encode("utf-8") if utf8 else record.raw,
        parsed=encoded if utf8 else parsed,
        entrez_date=_iso(record.entrez_date),
        retracted=int(record.retracted),
        corrections=json.dumps(_corrections(record)),
        content_hash=hashlib.sha256(encoded).hexdigest(),
    )


# json.dumps(data, sort_keys=True, ensure_ascii=False, check_circular=False, default=vars), built once.
_RECORD_ENCODER = json.JSONEncoder(sort_keys=True, ensure_ascii=False, check_circular=False, default=vars)


def _record_json(record: Record) -> str:
    """The JSON of ``record.to_dict()`` less raw, byte for byte, built without the dict copies.

    ``to_dict`` copies every nested object's fields into a new dict; here json's C encoder asks
    ``vars`` for each nested object as it meets it (its fields, as ``to_dict`` gives them: see
    ``models._fields``), which halves the cost of a row. A record is a tree, never a cycle, so
    the cycle check is skipped too. tests/test_store.py holds this against ``to_dict``.
    """
    data = dict(vars(record))
    del data["raw"]
    data["entrez_date"] = _iso(record.entrez_date)
    return _RECORD_ENCODER.encode(data)


def record_from_row(parsed: str, raw: str) -> Record:
    """The record a row's ``parsed`` and ``raw`` columns hold."""
    return Record.from_dict({**json.loads(parsed), "raw": raw})


def _corrections(record: Record) -> list[str]:
    return sorted(f"{cc.ref_type} {cc.pmid or cc.source or ''}".strip() for cc in record.corrections)


def _iso(date: dt.date | None) -> str | None:
    return date.isoformat() if date else None
