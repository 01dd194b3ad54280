"""The one clean-up rule every output applies to record text (fictional strings throughout)."""

from __future__ import annotations

import pytest

from harvester.report.text import clean, csv_boolean, one_line

BIDI_CONTROLS = [chr(c) for c in (*range(0x202A, 0x202F), *range(0x2066, 0x206A))]
CONTROLS = [
    chr(c)
    for c in (*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20), *range(0x7F, 0x85), *range(0x86, 0xA0))
]


@pytest.mark.parametrize("char", BIDI_CONTROLS + CONTROLS, ids=lambda c: f"U+{ord(c):04X}")
def test_clean_drops_every_bidi_control_and_control_character(char: str) -> None:
    assert clean(f"report{char}gpj.exe") == "reportgpj.exe"


def test_clean_keeps_tab_newline_and_legal_odd_unicode() -> None:
    text = "a\tb\nc \u200fRTL\u200e \u200d \U0001f600 cafe\u0301 \u05e9\u05dc\u05d5\u05dd"
    assert clean(text) == text


@pytest.mark.parametrize(("raw", "cleaned"), [("a\r\nb", "a\nb"), ("a\rb", "a\nb"), ("a\x85b", "a\nb")])
def test_carriage_returns_and_next_line_become_newlines(raw: str, cleaned: str) -> None:
    assert clean(raw) == cleaned


def test_one_line_folds_what_clean_leaves() -> None:
    assert one_line(" \u202eFictional\r\n\ttitle\u2028here\x00 ") == "Fictional title here"
    assert one_line(None) == ""


def test_csv_booleans_read_as_logical_in_r_and_bool_in_pandas() -> None:
    assert (csv_boolean(True), csv_boolean(False)) == ("TRUE", "FALSE")
