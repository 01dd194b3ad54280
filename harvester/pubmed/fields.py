"""Field values both PubMed formats write the same way: free text, publication dates, PMIDs.

PubMed XML and MEDLINE text spell dates alike (``MedlineDate`` in XML is exactly MEDLINE's ``DP``),
so one set of rules here keeps a record's fields identical whichever format it arrived in.
"""

from __future__ import annotations

import datetime as dt
import re

from harvester.models import PubDate

_MONTH_NAMES = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
]
# Journals date some issues by season; the season's first month stands in for it.
_SEASONS = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}

_YEAR = re.compile(r"(?<!\d)(\d{4})(?!\d)")
_WORD = re.compile(r"[A-Za-z]+")
_DAY_AFTER_MONTH = re.compile(r"^\d{4} [A-Za-z]+ (\d{1,2})(?!\d)")
# "2002", "2002 Sep" and "2002 Sep 5" say nothing a PubDate's numbers do not; anything else
# (ranges, seasons) keeps its text.
_PLAIN_DATE = re.compile(r"^\d{4}(?: [A-Za-z]{3}(?: \d{1,2})?)?$")
_PMID = re.compile(r"^[1-9]\d{0,9}$")


def normalise_space(text: str | None) -> str:
    """Collapse every run of whitespace (newlines, tabs, no-break spaces) to one space."""
    if not text:
        return ""
    # Most long texts (abstracts, affiliations) are already normal, and checking so is ~10x
    # cheaper than splitting them into words: a printable text has no whitespace but spaces.
    if len(text) > 40 and text.isprintable() and "  " not in text and text[0] != " " != text[-1]:
        return text
    return " ".join(text.split())


def is_pmid(text: str) -> bool:
    """A PMID is a positive decimal number; anything else would poison the store's key."""
    return bool(_PMID.match(text))


def month_number(word: str | None) -> int | None:
    """'Jan', 'January', '1', '01' -> 1; 'Spring' -> 3 (see _SEASONS); anything else -> None."""
    if not word:
        return None
    word = word.strip()
    if word.isdigit():
        number = int(word)
        return number if 1 <= number <= 12 else None
    lowered = word.lower()
    if lowered in _SEASONS:
        return _SEASONS[lowered]
    # 'Mar', 'Sept' and 'March' name a month; 'Ma' and 'Marathon' do not.
    return next(
        (
            number
            for number, name in enumerate(_MONTH_NAMES, start=1)
            if len(lowered) >= 3 and name.startswith(lowered)
        ),
        None,
    )


def parse_date_text(text: str) -> PubDate:
    """A free-text date ('2003 Dec-2004 Jan', '1998 Spring', '2006 Mar 1') as year/month/day.

    Year and month come from the first year and month (or season) mentioned; the day only from a
    'YYYY Mon D' start. The text is kept unless the numbers alone say everything.
    """
    text = normalise_space(text)
    year_match = _YEAR.search(text)
    month = next(
        (number for word in _WORD.findall(text) if (number := month_number(word)) is not None),
        None,
    )
    day_match = _DAY_AFTER_MONTH.match(text)
    day = int(day_match.group(1)) if day_match and month else None
    plain = bool(_PLAIN_DATE.match(text)) and (month is not None or " " not in text)
    return PubDate(
        year=int(year_match.group(1)) if year_match else None,
        month=month,
        day=day if day and 1 <= day <= 31 else None,
        text=None if plain else (text or None),
    )


def structured_date(year: str | None, month: str | None, day: str | None, season: str | None) -> PubDate:
    """XML's <Year>/<Month>/<Day>/<Season> as a PubDate; a season keeps its text ('1990 Spring')."""
    if season:
        return parse_date_text(f"{year or ''} {season}")
    number = _int(day)
    return PubDate(
        year=_int(year),
        month=month_number(month),
        day=number if number and 1 <= number <= 31 else None,
    )


def calendar_date(year: str | None, month: str | None, day: str | None) -> dt.date | None:
    """A real calendar date, or None when any part is missing or impossible (never raises)."""
    try:
        return dt.date(int(year or ""), month_number(month) or 0, int(day or ""))
    except ValueError:
        return None


def _int(text: str | None) -> int | None:
    text = (text or "").strip()
    return int(text) if text.isdigit() else None
