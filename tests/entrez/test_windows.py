"""ESearch date windows: halves that share a window out exactly, and a stop when they cannot."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from harvester.entrez.windows import EARLIEST, LATEST, check_split, date_span, halves
from harvester.errors import InputError, PubMedError


@pytest.mark.parametrize("days", [1, 2, 3, 30, 365 * 300])
def test_halves_cover_the_window_without_gap_or_overlap(days: int) -> None:
    lo = date(2000, 1, 1)
    newer, older = halves((lo, lo + timedelta(days=days)))
    assert older[0] == lo and newer[1] == lo + timedelta(days=days)
    assert newer[0] == older[1] + timedelta(days=1)
    assert older[0] <= older[1] and newer[0] <= newer[1]


def test_a_missing_end_means_from_the_start_or_until_now() -> None:
    assert date_span(None, None) is None
    assert date_span("2020", None) == (date(2020, 1, 1), LATEST)
    assert date_span(None, "2020/02") == (EARLIEST, date(2020, 2, 29))
    assert date_span("2020/03/04", "2020/03/04") == (date(2020, 3, 4), date(2020, 3, 4))


@pytest.mark.parametrize(("mindate", "maxdate", "message"), [
    ("2021", "2020", "after maxdate"),
    ("2020/13", None, "not a calendar date"),
    ("last year", None, "use YYYY, YYYY/MM or YYYY/MM/DD"),
])  # fmt: skip
def test_a_bad_window_is_an_input_error_naming_the_date(mindate, maxdate, message) -> None:
    with pytest.raises(InputError, match=message):
        date_span(mindate, maxdate)


def test_halves_that_share_the_records_out_pass() -> None:
    check_split(20_000, [9_000, 11_050], (date(2000, 1, 1), date(2010, 1, 1)), "edat")


def test_halves_that_each_hold_everything_mean_the_server_ignores_the_window() -> None:
    with pytest.raises(PubMedError, match="ignored the date window"):
        check_split(20_000, [20_000, 20_000], (date(2000, 1, 1), date(2010, 1, 1)), "edat")
