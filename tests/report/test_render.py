"""The Markdown escape: record text stays literal, and plain text stays readable in an e-mail."""

from __future__ import annotations

import html
import re

import mistune
import pytest
from markdown_it import MarkdownIt

from harvester.report.render import md


@pytest.mark.parametrize(
    ("text", "escaped"),
    [
        ("p < 0.05 and n > 30", "p < 0.05 and n > 30"),
        ("Smith & Jones", "Smith & Jones"),
        ("<script>alert(1)</script>", "\\<script>alert(1)\\</script>"),
        ("<!-- hidden -->", "<\\!-- hidden -->"),
        ("&copy; and &#169;", "\\&copy; and &\\#169;"),
        ("[click](javascript:x)", "\\[click\\](javascript:x)"),
        ("*bold* _it_ `code`", "\\*bold\\* \\_it\\_ \\`code\\`"),
        ("- not a list", "\\- not a list"),
        ("1. not a list", "1\\. not a list"),
        ("two\nlines", "two lines"),
    ],
)
def test_markdown_escape(text: str, escaped: str) -> None:
    assert md(text) == escaped


RENDERERS = {
    "markdown-it (CommonMark)": MarkdownIt("commonmark").render,
    "markdown-it (tables, strikethrough)": MarkdownIt("commonmark").enable(["table", "strikethrough"]).render,
    "mistune": mistune.html,
}
LITERALS = [
    "p < 0.05 and n > 30, Smith & Jones",
    "<script>alert(1)</script> <b>bold</b> <!-- hidden --> <?php x ?>",
    "&lt; &amp; &copy; &#169; &#x27;",
    "[click](javascript:x) ![img](x.png) <https://example.org>",
    "*bold* _it_ `code` ~~gone~~ $x$ | a | b |",
    "- not a list",
    "1. not a list",
    "# not a heading",
    "a \\ backslash\\",
]


@pytest.mark.parametrize("renderer", RENDERERS)
@pytest.mark.parametrize("text", LITERALS)
def test_escaped_text_renders_back_to_itself(renderer: str, text: str) -> None:
    """What a Markdown reader shows is the record's text, character for character."""
    rendered = RENDERERS[renderer](md(text)).strip()
    assert rendered.startswith("<p>") and rendered.endswith("</p>"), rendered
    inner = rendered[3:-4]
    assert not re.search(r"<(?!br />)", inner), rendered  # no tag of the text's own making
    assert html.unescape(inner) == text
