"""The Jinja2 environment for the digest templates, and the filters they use.

HTML templates are autoescaped (so no record text reaches the page as markup); Markdown has no
autoescape in Jinja, so Markdown templates pass every piece of record text through ``md``.
``StrictUndefined`` turns a misspelt template variable into an error instead of a blank.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from functools import cache

from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape

from harvester.report.citations import ama, apa
from harvester.report.text import capitalise, one_line

# Characters with a meaning somewhere in CommonMark/GFM inline syntax (links, emphasis, code,
# tables, strikethrough, images, math in some renderers).
_MD_SPECIAL = re.compile(r"([\\`*_\[\]{}#|~!$])")
# Only '&' that could start an entity and '<' that could start a tag mean anything to Markdown's
# HTML pass-through; "p < 0.05" and "A & B" stay readable as plain text in an e-mail.
_MD_ENTITY_START = re.compile(r"&(?=#?[A-Za-z0-9]+;)")
_MD_TAG_START = re.compile(r"<(?=[A-Za-z/!?])")
# A list marker or a numbered-list start would nest a list when text follows '- ' on a line.
_MD_BULLET_START = re.compile(r"^([-+=])")
_MD_NUMBER_START = re.compile(r"^(\d+)([.)])")


def md(value: object) -> str:
    """Make record text literal in Markdown: one line, Markdown punctuation and anything that could
    open an HTML tag or entity backslash-escaped, and no list marker at the start.

    A backslash escape, not an entity: mistune's default renderer escapes the '&' of "&lt;" again,
    while "\\<" reads as "<" in markdown-it, mistune and every CommonMark renderer.
    """
    text = _MD_SPECIAL.sub(r"\\\1", one_line(str(value)))
    text = _MD_TAG_START.sub(r"\\<", _MD_ENTITY_START.sub(r"\\&", text))
    text = _MD_BULLET_START.sub(r"\\\1", text)
    return _MD_NUMBER_START.sub(r"\1\\\2", text)


def long_date(day: dt.date) -> str:
    """'31 March 2025': unambiguous in every locale."""
    return f"{day.day} {calendar.month_name[day.month]} {day.year}"


def month_label(month: str) -> str:
    """'2025-03' -> 'March 2025'."""
    year, number = month.split("-")
    return f"{calendar.month_name[int(number)]} {year}"


@cache
def environment() -> Environment:
    env = Environment(
        loader=PackageLoader("harvester.report", "templates"),
        autoescape=select_autoescape(enabled_extensions=("html", "xml"), default_for_string=False),
        undefined=StrictUndefined,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters.update(
        ama=ama, apa=apa, md=md, long_date=long_date, month_label=month_label, capitalise=capitalise
    )
    return env


def render(template: str, **context: object) -> str:
    return environment().get_template(template).render(**context)
