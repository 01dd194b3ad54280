"""Split abstract text into sentences, keeping exact character offsets.

Clinical abstracts are hostile to naive splitting: "P = 0.03", "vs. placebo", "et al.",
"95% CI 1.2-3.4" and parenthesised statistics all contain full stops that do not end a
sentence. Every sentence comes back as an ``Evidence`` whose offsets satisfy
``text[e.start:e.end] == e.text``, so callers can quote it and point back into the abstract.

Section label lines ("ABSTRACT.RESULTS:", "RESULTS:", "TITLE:") are not sentences; use
``section_spans`` to learn which section a sentence sits in.
"""

from __future__ import annotations

import bisect
import re
import string
from dataclasses import dataclass

from harvester.extract.patterns import compiled
from harvester.extract.types import Evidence

# A word of lower-cased text as the evidence-inference features read it: decimals stay whole.
WORD = compiled(r"[a-z0-9]+(?:[.,][0-9]+)*")
# Words that end with a full stop without ending the sentence (compared lower-cased).
ABBREVIATIONS = frozenset(
    [
        "al",
        "approx",
        "ca",
        "cf",
        "dr",
        "e.g",
        "eg",
        "fig",
        "figs",
        "i.e",
        "ie",
        "incl",
        "resp",
        "vs",
        "vol",
        "ref",
        "refs",
    ]
)
# Titles before a name, as written: "Ms. Smith", never "MS." (multiple sclerosis) or "120 ms."
_TITLES = frozenset(["Dr", "Jr", "Mr", "Mrs", "Ms", "Prof", "Sr"])

# A line that only names a section: "ABSTRACT.RESULTS::", "RESULTS:", "TITLE:", "Methods:",
# "ABSTRACT.EDITORS' SUMMARY:", "ABSTRACT.WHY WAS THIS STUDY DONE?:"; also as some records space or
# stop it: "ABSTRACT. RESULTS :", "ABSTRACT.RESULTS.:", "ABSTRACT.RESULTS: :".
_LABEL_LINE = compiled(
    r"^[ \t]*(?:ABSTRACT\.[ \t]?[A-Z][A-Z0-9 _/&'?.,()-]*|TITLE|[A-Z][A-Z /&-]{2,40}|"
    r"(?:Background|Objectives?|Methods?|Results?|Conclusions?|Introduction|Purpose|Aims?|"
    r"Design|Setting|Participants|Interventions?|Main outcome measures?|Findings|Interpretation))"
    r"[ \t]*:(?:[ \t]*:)?[ \t\r]*$",
    re.MULTILINE,
)
_LINE = compiled(r"[^\n]+")
# A candidate boundary: terminal punctuation, an optional closing quote, then whitespace; or a
# full stop glued to the next sentence's capital after a lower-case word ("after treatment.NSAID
# use"), as sections run together in some records.
_BOUNDARY = compiled(r"[.!?]+['\"\u201d\u2019]?(?=\s+)|(?<=[a-z]{3})[.!?](?=[A-Z])")
_BRACKET = compiled(r"[()\[\]]")
# The word before a full stop: letters and stops, from its first letter (str.rstrip finds the
# run faster than a pattern anchored at the end, which re tries at every position).
_WORD_CHARS = string.ascii_letters + "."
_INITIALS = compiled(r"(?:^|\s)[A-Z]\.\s?[A-Z]\.$")
_INITIAL = compiled(r"[A-Z]\.\s")
_NEXT_WORD = compiled(r"\s*(\S)")
_LOWER_WORD = compiled(r"[a-z]+\b")
_P_VALUE_AT_END = compiled(r"\bp\s*[<>=≤≥]\s*0?\.\d+$", re.IGNORECASE)


@dataclass(frozen=True)
class Section:
    """A labelled stretch of the abstract: the label as written, normalised, and its span."""

    label: str  # e.g. "RESULTS", "" before any label
    start: int
    end: int
    text_start: int = -1  # where the section's own text begins, after "LABEL: " (-1: not known)


def split_sentences(text: str) -> list[Evidence]:
    """Every sentence of ``text`` in order, label lines left out, offsets exact.

    A blank line or a label line always ends a sentence; a single line break does not, because
    many abstracts are hard-wrapped in the middle of sentences.
    """
    sentences: list[Evidence] = []
    for block_start, block_end in _paragraphs(text):
        block = text[block_start:block_end]
        for start, end in _split_block(block):
            sentences.append(
                Evidence(text=block[start:end], start=block_start + start, end=block_start + end)
            )
    return sentences


def _paragraphs(text: str) -> list[tuple[int, int]]:
    """Spans of consecutive non-blank lines, with label lines acting as separators."""
    spans: list[tuple[int, int]] = []
    current: tuple[int, int] | None = None
    for line in _LINE.finditer(text):
        if not line.group().strip() or _LABEL_LINE.match(line.group()):
            current = None
            continue
        if current is not None and text.count("\n", current[1], line.start()) == 1:
            current = (current[0], line.end())
            spans[-1] = current
        else:
            current = (line.start(), line.end())
            spans.append(current)
    return spans


def section_spans(text: str) -> list[Section]:
    """The sections of ``text``: each label line starts one that runs to the next label."""
    labels = _label_lines(text)
    sections: list[Section] = []
    if not labels or labels[0].start() > 0:
        first_end = labels[0].start() if labels else len(text)
        sections.append(Section(label="", start=0, end=first_end))
    for i, match in enumerate(labels):
        end = labels[i + 1].start() if i + 1 < len(labels) else len(text)
        sections.append(Section(label=_normalise_label(match.group()), start=match.start(), end=end))
    return sections


def _label_lines(text: str) -> list[re.Match[str]]:
    """The label lines of ``text``, matched where each line starts: ``_LABEL_LINE`` can match
    nowhere else, and ``finditer`` would try it at every space and capital letter."""
    found = []
    start = 0
    while start >= 0:
        label = _LABEL_LINE.match(text, start)
        if label:
            found.append(label)
        start = text.find("\n", start)
        start = start + 1 if start >= 0 else -1
    return found


def section_at(sections: list[Section], offset: int) -> Section | None:
    """The section holding ``offset``, or None.

    ``sections`` are in text order, so a binary search finds the one section that can hold
    ``offset``: one lookup per sentence stays cheap however many sections an abstract has.
    """
    index = bisect.bisect_right(sections, offset, key=lambda section: section.start) - 1
    if index >= 0 and sections[index].start <= offset < sections[index].end:
        return sections[index]
    return None


def section_of(sections: list[Section], offset: int) -> str:
    """The label of the section holding ``offset`` ("" when unlabelled)."""
    section = section_at(sections, offset)
    return section.label if section else ""


def _normalise_label(line: str) -> str:
    label = line.strip().upper().removeprefix("ABSTRACT.")
    return label.strip(" \t\r:.")


def _split_block(block: str) -> list[tuple[int, int]]:
    """Sentence spans within one paragraph, trimmed of surrounding whitespace."""
    protected = _Protected(_inside_brackets(block))
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _BOUNDARY.finditer(block):
        end = match.end()
        if protected.holds(end - 1):
            continue
        if not _ends_sentence(block, match.start(), end):
            continue
        spans.append((start, end))
        start = end
    spans.append((start, len(block)))
    trimmed = []
    for begin, finish in spans:
        piece = block[begin:finish]
        left = len(piece) - len(piece.lstrip())
        right = len(piece.rstrip())
        if right > left:
            trimmed.append((begin + left, begin + right))
    return trimmed


def _ends_sentence(line: str, stop: int, end: int) -> bool:
    """Whether the punctuation at ``line[stop:end]`` closes a sentence.

    The text after the stop is read in place (never copied), so that checking every full stop of
    a long paragraph costs time in proportion to its length, not to its square.
    """
    next_word = _NEXT_WORD.match(line, end)
    if not next_word:
        return True
    first = next_word.group(1)
    if first.islower():
        return _lower_case_start(line, stop, next_word.start(1))
    if first in ",;:)]%":
        return False
    if line[stop] == ".":
        before = line[max(0, stop - 40) : stop]
        word = before[len(before.rstrip(_WORD_CHARS)) :].lstrip(".")
        if end == next_word.start(1) and not word.islower():
            return False  # glued to a name's part ("ClinicalTrials.Gov"), not a sentence's end
        abbreviation = word.lower().rstrip(".")
        if (
            abbreviation in ABBREVIATIONS
            or word in _TITLES
            or (abbreviation in ("no", "nos") and first.isdigit())
        ):
            return False
        # Two initials in a row ("J. A. Smith") make a name; a lone capital, as in
        # "vitamin D. The", ends a sentence.
        after_initial = _INITIALS.search(line[max(0, stop - 5) : stop + 1])
        return not (after_initial or _INITIAL.match(line, next_word.start(1)))
    return True


def _lower_case_start(line: str, stop: int, start: int) -> bool:
    """Whether a sentence starts in lower case here ("... (P = 0.01). comparing the groups, ..."),
    as some records lose the capital: only at a lone full stop after a closing bracket, a p-value
    ("p < 0.001. comparing") or a plain word of four letters or more (never "et al." or
    "approx."), before a word of four letters or more.
    """
    if line[stop] != "." or line[stop + 1 : stop + 2] == ".":
        return False
    following = _LOWER_WORD.match(line, start)
    if not following or len(following.group()) < 4:
        return False
    before = line[max(0, stop - 40) : stop]
    if before.endswith(")") or _P_VALUE_AT_END.search(before):
        return True
    word = before[len(before.rstrip(string.ascii_lowercase)) :]
    preceding = before[: len(before) - len(word)][-1:]
    return len(word) >= 4 and word not in ABBREVIATIONS and preceding in ("", " ")


class _Protected:
    """Positions inside bracket pairs, asked about in O(log n): the pairs (which may nest) are
    merged into disjoint open intervals once, then each question is one binary search."""

    def __init__(self, pairs: list[tuple[int, int]]) -> None:
        merged: list[list[int]] = []
        for opened, closed in sorted(pairs):
            if merged and opened < merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], closed)
            else:
                merged.append([opened, closed])
        self._opens = [opened for opened, _ in merged]
        self._closes = [closed for _, closed in merged]

    def holds(self, position: int) -> bool:
        """Whether ``opened < position < closed`` for some bracket pair."""
        index = bisect.bisect_left(self._opens, position) - 1
        return index >= 0 and position < self._closes[index]


def _inside_brackets(line: str) -> list[tuple[int, int]]:
    """Matched (), [] pairs as (open, close) positions: a full stop inside never ends a sentence."""
    pairs = {")": "(", "]": "["}
    stack: list[tuple[str, int]] = []
    spans: list[tuple[int, int]] = []
    for bracket in _BRACKET.finditer(line):
        i, char = bracket.start(), bracket.group()
        if char in "([":
            stack.append((char, i))
        elif char in pairs and stack and stack[-1][0] == pairs[char]:
            _, opened = stack.pop()
            if i - opened < 400:
                spans.append((opened, i))
    return spans
