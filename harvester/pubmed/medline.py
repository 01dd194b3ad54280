"""MEDLINE text (PubMed's "Save as PubMed format", ``efetch rettype=medline``) as ``Record``.

A record is a block of ``TAG - value`` lines (the tag padded to four columns), long values
continued on lines indented by six spaces, records separated by blank lines. The file is read a
line at a time, so its size does not matter. A line that is neither a field nor a continuation,
or a record without a PMID, raises ``RecordFileError`` naming the file and line.
"""

from __future__ import annotations

import datetime as dt
import io
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO

from harvester.errors import RecordFileError
from harvester.models import (
    AbstractSection,
    Author,
    CommentCorrection,
    Journal,
    MeshHeading,
    MeshQualifier,
    Record,
)
from harvester.pubmed.fields import calendar_date, is_pmid, normalise_space, parse_date_text
from harvester.pubmed.files import open_binary, read_errors

# MEDLINE tags for links to other records, by the RefType name PubMed XML gives the same link.
COMMENT_CORRECTION_TAGS = {
    "CIN": "CommentIn",
    "CON": "CommentOn",
    "CRI": "CorrectedandRepublishedIn",
    "CRF": "CorrectedandRepublishedFrom",
    "ECI": "ExpressionOfConcernIn",
    "ECF": "ExpressionOfConcernFor",
    "EIN": "ErratumIn",
    "EFR": "ErratumFor",
    "ORI": "OriginalReportIn",
    "RIN": "RetractionIn",
    "ROF": "RetractionOf",
    "RPI": "RepublishedIn",
    "RPF": "RepublishedFrom",
    "RRI": "RetractedandRepublishedIn",
    "RRF": "RetractedandRepublishedFrom",
    "SPIN": "SummaryForPatientsIn",
    "UIN": "UpdateIn",
    "UOF": "UpdateOf",
}
BOOK_PUBLICATION_TYPES = frozenset({"Book", "Book Chapter"})

_FIELD_LINE = re.compile(r"^([A-Z][A-Z0-9]{0,3}) {0,3}-(?: (.*))?$")
_ADVICE = "export the records from PubMed again (Save, format 'PubMed')"
_ID_TYPE = re.compile(r"^(.*?)\s*\[([a-z]+)\]$")
_LINKED_PMID = re.compile(r"^(.*?)\.?\s*PMID:\s*(\d+)\s*$")
_ENTREZ_DATE = re.compile(r"^(\d{4})/(\d{1,2})/(\d{1,2})")
# "BACKGROUND: ... MATERIALS AND METHODS: ..." at the start of the text or of a sentence.
_SECTION_LABEL = re.compile(r"(?:^|(?<=[.!?] ))([A-Z][A-Z0-9]*(?:[ /&,-]+[A-Z0-9]+)*): ")


@dataclass
class _Block:
    """One record's lines as read, and its fields with continuation lines joined."""

    first_line: int
    lines: list[str] = field(default_factory=list)
    fields: list[tuple[str, str]] = field(default_factory=list)


def parse_medline(source: str | TextIO | Path) -> Iterator[Record]:
    """Records from MEDLINE text given as the text itself, a text stream or a file path."""
    if isinstance(source, Path):
        yield from _records(_file_lines(source), str(source))
    elif isinstance(source, str):
        yield from _records(io.StringIO(source, newline=None), "MEDLINE input")
    else:
        yield from _records(source, str(getattr(source, "name", "MEDLINE stream")))


def parse_record_medline(raw: str) -> Record:
    """Re-read one stored MEDLINE block (a ``Record.raw``)."""
    records = list(parse_medline(raw))
    if len(records) != 1:
        raise RecordFileError(
            f"stored MEDLINE text holds {len(records)} records, expected 1; re-import the record"
        )
    return records[0]


def _file_lines(path: Path) -> Iterator[str]:
    """The file's lines (gunzipped if need be), decoded one by one so a bad byte names its line."""
    with open_binary(path) as stream, read_errors(path, _ADVICE):
        for number, line in enumerate(stream, start=1):
            try:
                yield line.decode("utf-8")
            except UnicodeDecodeError:
                raise RecordFileError(f"{path}, line {number}: the text is not UTF-8; {_ADVICE}") from None


def _records(lines: Iterable[str], name: str) -> Iterator[Record]:
    for block in _blocks(lines, name):
        yield _record(block, name)


def _blocks(lines: Iterable[str], name: str) -> Iterator[_Block]:
    """Blank-line separated blocks, each with its fields parsed."""
    block: _Block | None = None
    for number, line in _numbered_lines(lines, name):
        if not line.strip():
            if block is not None:
                yield block
            block = None
            continue
        if block is None:
            block = _Block(first_line=number)
        block.lines.append(line)
        match = _FIELD_LINE.match(line)
        if match:
            block.fields.append((match.group(1), (match.group(2) or "").strip()))
        elif line[0] in " \t" and block.fields:
            tag, value = block.fields[-1]
            block.fields[-1] = (tag, f"{value} {line.strip()}".strip())
        else:
            raise RecordFileError(
                f"{name}, line {number}: {line[:40]!r} is neither a 'TAG - value' field nor an "
                f"indented continuation; this is not MEDLINE text, {_ADVICE}"
            )
    if block is not None:
        yield block


def _numbered_lines(lines: Iterable[str], name: str) -> Iterator[tuple[int, str]]:
    """(line number, line without its line break); undecodable bytes become a RecordFileError."""
    iterator = iter(lines)
    number = 0
    while True:
        try:
            line = next(iterator)
        except StopIteration:
            return
        except UnicodeDecodeError:
            raise RecordFileError(f"{name}, line {number + 1}: the text is not UTF-8; {_ADVICE}") from None
        except (OSError, EOFError) as error:
            raise RecordFileError(f"{name} cannot be read ({error}); {_ADVICE}") from None
        number += 1
        line = line.rstrip("\r\n")
        if number == 1:
            line = line.removeprefix("\ufeff")
        yield number, line


def _record(block: _Block, name: str) -> Record:
    values: dict[str, list[str]] = {}
    for tag, value in block.fields:
        values.setdefault(tag, []).append(value)

    def first(tag: str) -> str | None:
        return next((value for value in values.get(tag, ()) if value), None)

    pmid = first("PMID") or ""
    if not is_pmid(pmid):
        found = f"PMID {pmid[:20]!r} is not a number" if pmid else "no PMID line"
        raise RecordFileError(f"{name}, line {block.first_line}: the record has {found}; {_ADVICE}")
    publication_types = tuple(values.get("PT", ()))
    is_book = bool(
        first("BTI")
        or BOOK_PUBLICATION_TYPES.intersection(publication_types)
        or not (first("TA") or first("JT"))
    )
    chapter_title, book_title = first("TI"), first("BTI")
    if is_book:
        title = chapter_title or book_title or first("TT") or ""
        container = book_title if chapter_title else first("PB")
        journal = Journal(title=container)
    else:
        title = chapter_title or first("TT") or ""
        journal = Journal(title=first("JT"), iso_abbreviation=first("TA"), issn=_issn(first("IS")))
    return Record(
        pmid=pmid,
        title=normalise_space(title),
        abstract=split_abstract(first("AB") or ""),
        authors=_authors(block.fields),
        journal=journal,
        volume=first("VI"),
        issue=first("IP"),
        pages=first("PG"),
        pub_date=parse_date_text(first("DP") or ""),
        entrez_date=_entrez_date(first("EDAT")),
        doi=_typed_id(values.get("AID", ()), "doi") or _typed_id(values.get("LID", ()), "doi"),
        pmcid=(first("PMC") or "").split(" ")[0] or None,
        languages=tuple(values.get("LA", ())),
        publication_types=publication_types,
        mesh=tuple(_mesh_heading(value) for value in values.get("MH", ()) if value.strip("*/")),
        keywords=tuple(normalise_space(value) for value in values.get("OT", ()) if value),
        comments_corrections=_comments_corrections(block.fields),
        is_book=is_book,
        source_format="medline",
        raw="\n".join(block.lines),
    )


def split_abstract(text: str) -> tuple[AbstractSection, ...]:
    """MEDLINE's AB is one paragraph; "BACKGROUND: ... RESULTS: ..." labels become sections.

    Only text that starts with a label is split, so an upper-case word with a colon in the middle
    of an unstructured abstract stays where it is. MEDLINE carries no NLM category.
    """
    text = normalise_space(text)
    if not text:
        return ()
    labels = list(_SECTION_LABEL.finditer(text))
    if not labels or labels[0].start() != 0 or sum(c.isalpha() for c in labels[0].group(1)) < 3:
        return (AbstractSection(text=text),)
    labels = [match for match in labels if sum(c.isalpha() for c in match.group(1)) >= 3]
    ends = [match.start() for match in labels[1:]] + [len(text)]
    return tuple(
        AbstractSection(text=text[match.end() : end].strip(), label=match.group(1))
        for match, end in zip(labels, ends)
    )


@dataclass
class _AuthorDraft:
    last_name: str | None = None
    fore_name: str | None = None
    initials: str | None = None
    collective_name: str | None = None
    affiliations: list[str] = field(default_factory=list)
    from_full_name: bool = False

    def freeze(self) -> Author:
        return Author(
            self.last_name,
            self.fore_name,
            self.initials,
            self.collective_name,
            tuple(self.affiliations),
        )


def _authors(fields: list[tuple[str, str]]) -> tuple[Author, ...]:
    """FAU/AU pairs and CN collectives in order; AD belongs to the author before it.

    Older records put a single AD before the author lines: it belongs to the first author.
    """
    drafts: list[_AuthorDraft] = []
    early_affiliations: list[str] = []
    for tag, value in fields:
        value = normalise_space(value)
        if not value:
            continue
        if tag == "FAU":
            last, _, fore = value.partition(",")
            drafts.append(_AuthorDraft(last.strip() or None, fore.strip() or None, from_full_name=True))
        elif tag == "AU" and drafts and drafts[-1].from_full_name and drafts[-1].initials is None:
            drafts[-1].initials = _initials(value, drafts[-1].last_name or "")
        elif tag == "AU":
            last, _, initials = value.rpartition(" ")
            drafts.append(_AuthorDraft(last or initials, initials=initials if last else None))
        elif tag == "CN":
            drafts.append(_AuthorDraft(collective_name=value))
        elif tag == "AD":
            (drafts[-1].affiliations if drafts else early_affiliations).append(value)
    if drafts and early_affiliations and not drafts[0].affiliations:
        drafts[0].affiliations = early_affiliations
    return tuple(draft.freeze() for draft in drafts if draft.last_name or draft.collective_name)


def _initials(short_name: str, last_name: str) -> str | None:
    """'Saqi MA' with last name 'Saqi' -> 'MA'."""
    if last_name and short_name.startswith(last_name + " "):
        return short_name[len(last_name) :].strip() or None
    last, _, initials = short_name.rpartition(" ")
    return initials if last else None


def _mesh_heading(value: str) -> MeshHeading:
    """'Sequence Analysis, Protein/*methods' (a star marks a major topic)."""
    descriptor, *qualifiers = (part.strip() for part in value.split("/"))
    return MeshHeading(
        descriptor=descriptor.lstrip("*").strip(),
        major_topic=descriptor.startswith("*"),
        qualifiers=tuple(
            MeshQualifier(name=q.lstrip("*").strip(), major_topic=q.startswith("*"))
            for q in qualifiers
            if q.strip("*")
        ),
    )


def _comments_corrections(fields: list[tuple[str, str]]) -> tuple[CommentCorrection, ...]:
    links = []
    for tag, value in fields:
        if tag in COMMENT_CORRECTION_TAGS and value:
            linked = _LINKED_PMID.match(value)
            source, pmid = (linked.group(1), linked.group(2)) if linked else (value, None)
            ref_type = COMMENT_CORRECTION_TAGS[tag]
            links.append(CommentCorrection(ref_type, normalise_space(source) or None, pmid))
    return tuple(links)


def _typed_id(values: Iterable[str], wanted: str) -> str | None:
    """'10.1186/1471-2105-7-10 [doi]' -> the id, when its bracketed type is the wanted one."""
    for value in values:
        match = _ID_TYPE.match(value)
        if match and match.group(2) == wanted and match.group(1):
            return match.group(1)
    return None


def _issn(value: str | None) -> str | None:
    """'1471-2105 (Electronic)' -> '1471-2105'."""
    return value.split(" (")[0].strip() or None if value else None


def _entrez_date(value: str | None) -> dt.date | None:
    """EDAT '2019/01/05 06:00' -> 2019-01-05."""
    match = _ENTREZ_DATE.match(value or "")
    return calendar_date(*match.groups()) if match else None
