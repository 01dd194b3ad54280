"""Dates and text as both PubMed formats write them."""

from __future__ import annotations

import datetime as dt

import pytest

from harvester.models import PubDate
from harvester.pubmed.fields import (
    calendar_date,
    is_pmid,
    month_number,
    normalise_space,
    parse_date_text,
    structured_date,
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2012", PubDate(2012, None, None, None)),
        ("2002 Sep", PubDate(2002, 9, None, None)),
        ("2006 Mar 1", PubDate(2006, 3, 1, None)),
        ("1998 Spring", PubDate(1998, 3, None, "1998 Spring")),
        ("2001 Summer", PubDate(2001, 6, None, "2001 Summer")),
        ("1997 Fall", PubDate(1997, 9, None, "1997 Fall")),
        ("1996 Autumn", PubDate(1996, 9, None, "1996 Autumn")),
        ("2000 Winter", PubDate(2000, 12, None, "2000 Winter")),
        ("2003 Dec-2004 Jan", PubDate(2003, 12, None, "2003 Dec-2004 Jan")),
        ("1999 Nov-Dec", PubDate(1999, 11, None, "1999 Nov-Dec")),
        ("2010 Jan 5-12", PubDate(2010, 1, 5, "2010 Jan 5-12")),
        ("1975-1976", PubDate(1975, None, None, "1975-1976")),
        ("  2002\n Sep ", PubDate(2002, 9, None, None)),
        ("undated", PubDate(None, None, None, "undated")),
        ("", PubDate()),
    ],
)
def test_free_text_dates(text: str, expected: PubDate) -> None:
    assert parse_date_text(text) == expected


@pytest.mark.parametrize(
    ("word", "number"),
    [
        ("Jan", 1),
        ("january", 1),
        ("01", 1),
        ("12", 12),
        ("Sept", 9),
        ("Spring", 3),
        ("13", None),
        ("Marathon", None),
        ("", None),
        (None, None),
    ],
)
def test_month_numbers(word: str | None, number: int | None) -> None:
    assert month_number(word) == number


def test_structured_dates_match_their_free_text_spelling() -> None:
    assert structured_date("2002", "Sep", None, None) == parse_date_text("2002 Sep")
    assert structured_date("2006", "03", "01", None) == parse_date_text("2006 Mar 1")
    assert structured_date("1990", None, None, "Spring") == PubDate(1990, 3, None, "1990 Spring")
    assert structured_date("19x0", "Foo", "40", None) == PubDate()


def test_calendar_dates_are_real_or_none() -> None:
    assert calendar_date("2019", "01", "05") == dt.date(2019, 1, 5)
    assert calendar_date("2004", "2", "30") is None
    assert calendar_date(None, "1", "1") is None


def test_whitespace_and_pmids() -> None:
    assert normalise_space(" a\n\t b\u00a0c ") == "a b c"
    assert normalise_space(None) == ""
    assert is_pmid("90000001")
    assert not any(is_pmid(text) for text in ("", "0", "012", "12a", "1" * 11, "١٢"))


@pytest.mark.parametrize(
    "text",
    [
        "An already normal text that is long enough to take the quick check, twice over.",
        " A long text that starts with a space and so must not take the quick check at all.",
        "A long text that ends with a space and so must not take the quick check at all. ",
        "A long text with  two spaces in a row, which the quick check must not take either.",
        "A long text with a\u00a0no-break space, which is whitespace that isprintable rejects.",
        "A long text with a tab\tand a newline\nwhich both collapse to one space in the end.",
        "A long text with a thin\u2009space and an ideographic\u3000space, both whitespace.",
        "Ünïcödé text that is long enough for the quick check and otherwise quite normal.",
    ],
)
def test_long_texts_are_normalised_as_a_split_and_join_would(text: str) -> None:
    # Long texts take a quick check for being normal already; the answer must not change.
    assert normalise_space(text) == " ".join(text.split())
