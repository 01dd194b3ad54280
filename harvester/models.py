"""The record types every stage shares: what a PubMed record is, once parsed.

Plain frozen dataclasses, built by ``pubmed.py`` (from XML or MEDLINE text), kept by ``store.py``
and read by the extractor and the reports. ``Record.abstract_text`` is *the* abstract text: the
extractor's evidence offsets and the exports all refer to it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace
from typing import Any

RETRACTION_TYPES = frozenset({"Retracted Publication"})
# PubMed's longest real abstracts run to about 10,000 characters; ten times that is damaged or
# hostile input, and the readers (extractor, evidence inference) read no further than this.
MAX_ABSTRACT_CHARS = 100_000


@dataclass(frozen=True)
class AbstractSection:
    """One paragraph of an abstract; structured abstracts have a label and an NLM category."""

    text: str
    label: str | None = None
    category: str | None = None  # BACKGROUND, OBJECTIVE, METHODS, RESULTS, CONCLUSIONS, UNASSIGNED


@dataclass(frozen=True)
class Author:
    """A person (last name, fore name, initials) or a collective (group) author."""

    last_name: str | None = None
    fore_name: str | None = None
    initials: str | None = None
    collective_name: str | None = None
    affiliations: tuple[str, ...] = ()

    @property
    def display_name(self) -> str:
        """'Lastname Initials' as PubMed shows it, or the collective name."""
        if self.collective_name:
            return self.collective_name
        return " ".join(part for part in (self.last_name, self.initials) if part)


@dataclass(frozen=True)
class Journal:
    title: str | None = None
    iso_abbreviation: str | None = None
    issn: str | None = None


@dataclass(frozen=True)
class PubDate:
    """A publication date as precise as PubMed gives it (MedlineDate '2003 Dec-2004 Jan' -> 2003, 12)."""

    year: int | None = None
    month: int | None = None
    day: int | None = None
    text: str | None = None  # the MedlineDate (or other free text) exactly as written


@dataclass(frozen=True)
class MeshQualifier:
    name: str
    major_topic: bool = False


@dataclass(frozen=True)
class MeshHeading:
    descriptor: str
    major_topic: bool = False
    qualifiers: tuple[MeshQualifier, ...] = ()
    ui: str | None = None


@dataclass(frozen=True)
class CommentCorrection:
    """A link to another record: RetractionIn, ErratumIn, CommentIn, UpdateOf, ..."""

    ref_type: str
    source: str | None = None
    pmid: str | None = None


@dataclass(frozen=True)
class Record:
    """One PubMed citation, whatever format it arrived in."""

    pmid: str
    title: str = ""
    abstract: tuple[AbstractSection, ...] = ()
    authors: tuple[Author, ...] = ()
    journal: Journal = field(default_factory=Journal)
    volume: str | None = None
    issue: str | None = None
    pages: str | None = None
    pub_date: PubDate = field(default_factory=PubDate)
    entrez_date: dt.date | None = None
    doi: str | None = None
    pmcid: str | None = None
    languages: tuple[str, ...] = ()
    publication_types: tuple[str, ...] = ()
    mesh: tuple[MeshHeading, ...] = ()
    keywords: tuple[str, ...] = ()
    comments_corrections: tuple[CommentCorrection, ...] = ()
    is_book: bool = False
    source_format: str = "xml"  # "xml" or "medline": what `raw` holds
    raw: str = field(default="", repr=False, compare=False)

    @property
    def year(self) -> int | None:
        return self.pub_date.year

    @property
    def abstract_text(self) -> str:
        """Sections joined by a blank line, each prefixed 'LABEL: ' where labelled."""
        return "\n\n".join(
            f"{section.label}: {section.text}" if section.label else section.text for section in self.abstract
        )

    def abstract_cut(self, limit: int) -> Record:
        """This record with ``abstract_text`` cut to at most ``limit`` characters (sections after
        the cut dropped, the one it falls in shortened), so offsets into the kept text still hold."""
        sections, used = [], 0
        for index, section in enumerate(self.abstract):
            used += 2 if index else 0  # the blank line joining sections
            prefix = len(section.label) + 2 if section.label else 0
            room = limit - used - prefix
            if room < 0 or (room == 0 and section.text):
                break  # an empty section that just fits is kept whole
            sections.append(replace(section, text=section.text[:room]))
            used += prefix + len(sections[-1].text)
        return replace(self, abstract=tuple(sections))

    @property
    def retracted(self) -> bool:
        """PubMed marks a retracted article by publication type, and links the notice (RetractionIn)."""
        return bool(RETRACTION_TYPES.intersection(self.publication_types)) or any(
            cc.ref_type == "RetractionIn" for cc in self.comments_corrections
        )

    @property
    def corrections(self) -> tuple[CommentCorrection, ...]:
        """Links a citing reader must know about: retractions, errata, expressions of concern."""
        wanted = {"RetractionIn", "ErratumIn", "ExpressionOfConcernIn", "UpdateIn", "RepublishedIn"}
        return tuple(cc for cc in self.comments_corrections if cc.ref_type in wanted)

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict (dates as ISO strings); ``from_dict`` reverses it exactly.

        Production stores records through ``store/rows.py``, which writes the same JSON without
        building this dict; this is the readable definition that fast path is tested against.

        The same dict ``dataclasses.asdict`` gives, built by hand: ``asdict`` deep-copies every
        value, which made it the slowest step of an import. Every field here is immutable, so a
        shallow copy of each object's fields is as safe.
        """
        data = _fields(self)
        data["abstract"] = tuple(map(_fields, self.abstract))
        data["authors"] = tuple(map(_fields, self.authors))
        data["journal"] = _fields(self.journal)
        data["pub_date"] = _fields(self.pub_date)
        data["entrez_date"] = self.entrez_date.isoformat() if self.entrez_date else None
        data["mesh"] = tuple(
            {**_fields(heading), "qualifiers": tuple(map(_fields, heading.qualifiers))}
            for heading in self.mesh
        )
        data["comments_corrections"] = tuple(map(_fields, self.comments_corrections))
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Record:
        return cls(
            pmid=data["pmid"],
            title=data.get("title", ""),
            abstract=tuple(AbstractSection(**s) for s in data.get("abstract", ())),
            authors=tuple(
                Author(**{**a, "affiliations": tuple(a.get("affiliations", ()))})
                for a in data.get("authors", ())
            ),
            journal=Journal(**data.get("journal", {})),
            volume=data.get("volume"),
            issue=data.get("issue"),
            pages=data.get("pages"),
            pub_date=PubDate(**data.get("pub_date", {})),
            entrez_date=dt.date.fromisoformat(data["entrez_date"]) if data.get("entrez_date") else None,
            doi=data.get("doi"),
            pmcid=data.get("pmcid"),
            languages=tuple(data.get("languages", ())),
            publication_types=tuple(data.get("publication_types", ())),
            mesh=tuple(
                MeshHeading(
                    descriptor=m["descriptor"],
                    major_topic=m.get("major_topic", False),
                    qualifiers=tuple(MeshQualifier(**q) for q in m.get("qualifiers", ())),
                    ui=m.get("ui"),
                )
                for m in data.get("mesh", ())
            ),
            keywords=tuple(data.get("keywords", ())),
            comments_corrections=tuple(CommentCorrection(**c) for c in data.get("comments_corrections", ())),
            is_book=data.get("is_book", False),
            source_format=data.get("source_format", "xml"),
            raw=data.get("raw", ""),
        )


def _fields(instance: object) -> dict[str, Any]:
    """A dataclass instance's fields by name, values as they are (not copied).

    These dataclasses are frozen, without ``__slots__`` or cached properties, so ``__dict__``
    holds exactly their fields (tests/test_models.py holds this against ``dataclasses.asdict``).
    """
    return dict(vars(instance))


@dataclass(frozen=True)
class StatusChange:
    """A re-fetch found a record's retraction flag or correction links different from before."""

    pmid: str
    changed_at: str
    run_id: int | None
    retracted_before: bool
    retracted_after: bool
    corrections_before: tuple[str, ...]  # "ErratumIn 12345678" style, sorted
    corrections_after: tuple[str, ...]


def pmid_key(pmid: str) -> tuple[int, str]:
    """PMIDs sort as numbers ('9' before '10'); anything odd sorts after, as text.

    The one PMID order of every output; the store's SQL writes it as ``length(pmid), pmid``.
    """
    return (int(pmid), "") if pmid.isdigit() else (10**12, pmid)
