"""ESearch date windows: how a search larger than ESearch's 9,999-record ceiling is cut up.

A window is an inclusive pair of days. A window holding more than ``ESEARCH_LIMIT`` records is
halved until each half fits; ``check_split`` stops the halving when the server does not honour
the window at all, instead of sending thousands of useless requests.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from harvester.errors import InputError, PubMedError

__all__ = ["EARLIEST", "ESEARCH_LIMIT", "LATEST", "Span", "check_split", "date_span", "halves"]

ESEARCH_LIMIT = 9_999  # PubMed's ESearch returns no item beyond index 9,998
EARLIEST = date(1700, 1, 1)  # before any Entrez date
LATEST = date(3000, 12, 31)  # PubMed's own idiom for "until now"

Span = tuple[date, date]


def halves(span: Span) -> tuple[Span, Span]:
    """The newer and the older half of a window of at least two days."""
    lo, hi = span
    middle = lo + (hi - lo) // 2
    return (middle + timedelta(days=1), hi), (lo, middle)


def check_split(whole: int, halves: list[int], span: Span, datetype: str) -> None:
    """Halving a date window must share its records out; if it does not, the server is not
    honouring mindate/maxdate and halving again would only send thousands of useless requests.

    Records added while the search runs can raise the halves' sum a little; ``edat`` windows
    are disjoint, and other date types rarely place a record in both halves.
    """
    if sum(halves) <= whole + max(100, whole // 10):
        return
    raise PubMedError(
        f"ESearch ignored the date window: {span[0]:%Y/%m/%d}-{span[1]:%Y/%m/%d} ({datetype}) "
        f"counted {whole} records and its two halves {halves[0]} and {halves[1]}, so the search "
        f"cannot be split below ESearch's {ESEARCH_LIMIT:,}-record limit; check HARVESTER_EUTILS_URL "
        "points at NCBI's E-utilities"
    )


def date_span(mindate: str | None, maxdate: str | None) -> Span | None:
    """PubMed wants both ends of a date range; a missing end means 'from the start'/'until now'."""
    if mindate is None and maxdate is None:
        return None
    lo = _parse_day(mindate, "mindate", last=False) if mindate else EARLIEST
    hi = _parse_day(maxdate, "maxdate", last=True) if maxdate else LATEST
    if lo > hi:
        raise InputError(f"mindate {mindate} is after maxdate {maxdate}")
    return lo, hi


def _parse_day(value: str, name: str, *, last: bool) -> date:
    """YYYY, YYYY/MM or YYYY/MM/DD; a year or month stands for its first or last day."""
    parts = re.fullmatch(r"(\d{4})(?:[/-](\d{1,2})(?:[/-](\d{1,2}))?)?", value.strip())
    if not parts:
        raise InputError(f"{name} {value!r} is not a date: use YYYY, YYYY/MM or YYYY/MM/DD")
    year, month, day = parts.groups()
    try:
        if day:
            return date(int(year), int(month), int(day))
        if month:
            start = date(int(year), int(month), 1)
            following = (start.replace(day=28) + timedelta(days=4)).replace(day=1)
            return following - timedelta(days=1) if last else start
        return date(int(year), 12, 31) if last else date(int(year), 1, 1)
    except ValueError:
        raise InputError(f"{name} {value!r} is not a calendar date") from None
