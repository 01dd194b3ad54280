"""The Markdown escape: record text stays literal, and plain text stays readable in an e-mail."""

from __future__ import annotations

import pytest

from harvester.report.render import md


@pytest.mark.parametrize(
    ("text", "escaped"),
    [
        ("p < 0.05 and n > 30", "p < 0.05 and n > 30"),
        ("Smith & Jones", "Smith & Jones"),
        ("<script>alert(1)</script>", "&lt;script>alert(1)&lt;/script>"),
        ("<!-- hidden -->", "&lt;\\!-- hidden -->"),
        ("&copy; and &#169;", "&amp;copy; and &amp;\\#169;"),
        ("[click](javascript:x)", "\\[click\\](javascript:x)"),
        ("*bold* _it_ `code`", "\\*bold\\* \\_it\\_ \\`code\\`"),
        ("- not a list", "\\- not a list"),
        ("1. not a list", "1\\. not a list"),
        ("two\nlines", "two lines"),
    ],
)
def test_markdown_escape(text: str, escaped: str) -> None:
    assert md(text) == escaped
