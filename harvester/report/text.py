"""Small text clean-ups every output format needs before record text goes into it.

PubMed text is data we do not control: it may hold control characters that XML forbids, or line
breaks that would end a RIS tag or a Markdown block early. Odd but legal Unicode (bidi marks,
joiners, emoji, combining accents) is kept: it is part of the text.
"""

from __future__ import annotations

import re

# Characters XML 1.0 forbids (C0 controls other than tab/LF/CR, lone surrogates, U+FFFE/U+FFFF).
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff\ufffe\uffff]")
_LINE_BREAKS = re.compile(r"[\r\n\u2028\u2029\x85]+")
_SPACES = re.compile(r"[ \t]+")


def clean(text: str | None) -> str:
    """Drop characters no XML/HTML/CSV consumer accepts; keep everything printable."""
    return _NOT_XML.sub("", text or "")


def one_line(text: str | None) -> str:
    """``clean`` and fold line breaks and runs of blanks into single spaces (for one-line fields)."""
    return _SPACES.sub(" ", _LINE_BREAKS.sub(" ", clean(text))).strip()


def end_with_period(text: str) -> str:
    """Close a title with a period unless it already ends with terminal punctuation."""
    text = text.rstrip()
    if not text or text[-1] in ".?!":
        return text
    return text + "."


LIST_SEPARATOR = "; "  # how every CSV cell joins a list
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_safe(value: str) -> str:
    """A leading ``'`` on a cell a spreadsheet would run as a formula (``=``, ``+``, ``-``, ``@``…)."""
    return "'" + value if value.startswith(_FORMULA_STARTS) else value


def capitalise(text: str) -> str:
    """Upper-case the first letter only (``str.capitalize`` would lower-case "MSIS-29")."""
    return text[:1].upper() + text[1:]
