"""Small text clean-ups every output format needs before record text goes into it.

PubMed text is data we do not control: it may hold control characters (a NUL, an escape sequence
that repaints a terminal), line breaks that would end a RIS tag or a Markdown block early, or
Unicode bidirectional controls (U+202A-U+202E, U+2066-U+2069) that make a plain-text reader show
"exe.txt" as "txt.exe". ``clean`` is the one rule every output applies to record text: it drops
all of these. Odd but legal Unicode (the LRM/RLM marks, joiners, emoji, combining accents) is
kept: it is part of the text, and it cannot reorder what follows it.
"""

from __future__ import annotations

import re

# Control characters other than tab and line breaks (C0, DEL, C1 but NEL), the bidirectional
# embedding, override and isolate controls, and what XML 1.0 forbids (lone surrogates, U+FFFE/F).
_UNSAFE = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x84\x86-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff\ufffe\uffff]"
)
_CARRIAGE_RETURNS = re.compile(r"\r\n?|\x85")
_LINE_BREAKS = re.compile(r"[\n\u2028\u2029]+")
_SPACES = re.compile(r"[ \t]+")


def clean(text: str | None) -> str:
    """Record text safe for every output: no control characters but tab and newline (a CR or NEL
    becomes a newline), no bidirectional controls; everything printable is kept."""
    return _CARRIAGE_RETURNS.sub("\n", _UNSAFE.sub("", text or ""))


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


def csv_boolean(value: bool) -> str:
    """How every CSV writes a boolean: R's ``read.csv`` reads TRUE/FALSE as logical, pandas as bool."""
    return "TRUE" if value else "FALSE"


_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_safe(value: str) -> str:
    """A leading ``'`` on a cell a spreadsheet would run as a formula (``=``, ``+``, ``-``, ``@``…)."""
    return "'" + value if value.startswith(_FORMULA_STARTS) else value


def capitalise(text: str) -> str:
    """Upper-case the first letter only (``str.capitalize`` would lower-case "MSIS-29")."""
    return text[:1].upper() + text[1:]


def csv_cell(value: object) -> str:
    """One CSV cell: lists joined by '; ', booleans as TRUE/FALSE, None empty, formula-safe."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return csv_boolean(value)
    if isinstance(value, (list, tuple)):
        return spreadsheet_safe(LIST_SEPARATOR.join(str(item) for item in value))
    return spreadsheet_safe(str(value))
