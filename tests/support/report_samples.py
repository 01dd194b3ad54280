"""Fictional records and extractions for the report tests (no real abstract is used anywhere).

One saved search, March 2025, with: a randomized trial, a pilot with many authors, an older
systematic review with an erratum and 25 authors, a retracted trial, a record without abstract,
and a hostile record whose text tries markup, formula and Markdown injection with odd Unicode.
"""

from __future__ import annotations

import datetime as dt

from harvester.extract.types import Evidence, Extraction, Finding, SafetyNote, StudyFacts
from harvester.models import (
    AbstractSection,
    Author,
    CommentCorrection,
    Journal,
    PubDate,
    Record,
    StatusChange,
)
from harvester.report.view import DigestInput

VERSION = "rules-1.0"
HOSTILE_TITLE = (
    "<script>alert(1)</script> Kneading & [click](javascript:alert(2)) "
    "\u200fRTL\u200d \U0001f600 cafe\u0301 *bold* `code` -- 50% of $5 #tag ~x^2_{y}\\"
)
HOSTILE_SENTENCE = '=HYPERLINK("http://x","y") & pain fell <b>sharply</b> \u200f\U0001f600 after massage.'


def _author(last: str, fore: str) -> Author:
    return Author(last_name=last, fore_name=fore, initials="".join(p[0] for p in fore.split()))


def _authors(count: int) -> tuple[Author, ...]:
    return tuple(_author(f"Author{i:02d}", "Alex Jo") for i in range(1, count + 1))


def _evidence(record: Record, sentence: str) -> Evidence:
    start = record.abstract_text.index(sentence)
    return Evidence(text=sentence, start=start, end=start + len(sentence))


RCT = Record(
    pmid="10000001",
    title="Fictional trial of massage for spasticity in multiple sclerosis",
    abstract=(
        AbstractSection("Forty people with MS were randomized to massage or sham touch.", "METHODS"),
        AbstractSection(
            "Spasticity improved more with massage than sham (P = 0.03). Fatigue did not differ. "
            "No adverse events occurred.",
            "RESULTS",
        ),
    ),
    authors=(_author("Doe", "Jane"), _author("Roe", "Richard A"), _author("Poe", "Edgar")),
    journal=Journal("Journal of Imaginary Therapies", "J Imag Ther", "0000-0001"),
    volume="12",
    issue="3",
    pages="145-52",
    pub_date=PubDate(2025, 3, 1),
    entrez_date=dt.date(2025, 3, 5),
    doi="10.5555/fict.2025.001",
    pmcid="PMC0000001",
    publication_types=("Journal Article", "Randomized Controlled Trial"),
)
PILOT = Record(
    pmid="10000002",
    title="A fictional pilot study of reflexology and anxiety?",
    abstract=(
        AbstractSection(
            "Twelve participants received reflexology. Anxiety scores fell after eight weeks. "
            "Pain changes were unclear."
        ),
    ),
    authors=_authors(8),
    journal=Journal("Imaginary Nursing Review", "Imag Nurs Rev"),
    volume="4",
    pages="e101",
    pub_date=PubDate(2025, None, None),
    entrez_date=dt.date(2025, 3, 20),
)
REVIEW = Record(
    pmid="9000003",
    title="Massage for people with MS: a fictional systematic review",
    abstract=(
        AbstractSection(
            "We pooled nine fictional trials. Quality of life improved. Depression did not change."
        ),
    ),
    authors=_authors(25),
    journal=Journal("Fictional Reviews", "Fict Rev"),
    volume="30",
    issue="1",
    pages="1-20",
    pub_date=PubDate(2024, 10, None),
    entrez_date=dt.date(2024, 11, 2),
    doi="10.5555/fict.2024.003",
    comments_corrections=(CommentCorrection("ErratumIn", "Fict Rev. 2025;30(2):99", "10000099"),),
)
RETRACTED = Record(
    pmid="10000004",
    title="A retracted fictional trial of massage for pain",
    abstract=(AbstractSection("Pain improved with massage compared with usual care (p<0.01)."),),
    authors=(_author("Fake", "Fiona"),),
    journal=Journal("Journal of Imaginary Therapies", "J Imag Ther"),
    volume="12",
    issue="2",
    pages="88-90",
    pub_date=PubDate(2025, 2, 10),
    entrez_date=dt.date(2025, 3, 10),
    publication_types=("Journal Article", "Retracted Publication"),
    comments_corrections=(CommentCorrection("RetractionIn", "J Imag Ther. 2025;12(4):200", "10000098"),),
)
HOSTILE = Record(
    pmid="10000005",
    title=HOSTILE_TITLE,
    abstract=(AbstractSection(f"Ten people had massage. {HOSTILE_SENTENCE}\nER  - injected"),),
    authors=(Author(collective_name="The <b>Group</b> & Co {x}_%$#~^\\"), _author("O'Brien", "Zoë")),
    journal=Journal("[Journal](http://evil.example) <i>of</i> =SUM(A1)", "=Evil J"),
    volume="1",
    pages="1-9",
    pub_date=PubDate(2025, 3, 15),
    entrez_date=dt.date(2025, 3, 28),
    doi='10.5555/x)"><script>',
)
NO_ABSTRACT = Record(
    pmid="10000006",
    title="A fictional letter without abstract",
    authors=(_author("Solo", "Sam"),),
    journal=Journal("Fictional Letters", "Fict Lett"),
    pub_date=PubDate(2025, 3, None),
    entrez_date=dt.date(2025, 3, 2),
)
RECORDS = (RCT, PILOT, REVIEW, RETRACTED, HOSTILE, NO_ABSTRACT)


def _finding(record: Record, sentence: str, domain: str, direction: str, **extra: object) -> Finding:
    defaults = dict(measure=domain, comparison="between_groups", timepoint="end of treatment")
    return Finding(
        domain=domain, direction=direction, evidence=_evidence(record, sentence), **{**defaults, **extra}
    )


EXTRACTIONS = {
    RCT.pmid: Extraction(
        pmid=RCT.pmid,
        version=VERSION,
        facts=StudyFacts(
            design="randomized controlled trial",
            n_randomized=40,
            interventions=("massage",),
            comparators=("sham",),
        ),
        findings=(
            _finding(
                RCT,
                "Spasticity improved more with massage than sham (P = 0.03).",
                "spasticity",
                "improved",
                measure="Modified Ashworth Scale",
                comparator="sham",
                p_value="P = 0.03",
            ),
            _finding(RCT, "Fatigue did not differ.", "fatigue", "no_difference", comparator="sham"),
        ),
        safety=(SafetyNote("no_adverse_events", _evidence(RCT, "No adverse events occurred.")),),
    ),
    PILOT.pmid: Extraction(
        pmid=PILOT.pmid,
        version=VERSION,
        facts=StudyFacts(design="pilot study", n_analysed=12, interventions=("reflexology",)),
        findings=(
            _finding(
                PILOT,
                "Anxiety scores fell after eight weeks.",
                "anxiety",
                "improved",
                comparison="within_group",
                timepoint="8 weeks",
            ),
            _finding(
                PILOT, "Pain changes were unclear.", "pain", "unclear", comparison="unclear", hedged=True
            ),
        ),
    ),
    REVIEW.pmid: Extraction(
        pmid=REVIEW.pmid,
        version=VERSION,
        facts=StudyFacts(design="systematic review", n_analysed=310, interventions=("massage",)),
        findings=(
            _finding(REVIEW, "Quality of life improved.", "quality_of_life", "improved"),
            _finding(REVIEW, "Depression did not change.", "depression", "no_difference"),
        ),
    ),
    RETRACTED.pmid: Extraction(
        pmid=RETRACTED.pmid,
        version=VERSION,
        facts=StudyFacts(
            design="randomized controlled trial",
            n_randomized=60,
            interventions=("massage",),
            comparators=("usual care",),
        ),
        findings=(
            _finding(
                RETRACTED,
                "Pain improved with massage compared with usual care (p<0.01).",
                "pain",
                "improved",
                comparator="usual care",
                p_value="p<0.01",
            ),
        ),
    ),
    HOSTILE.pmid: Extraction(
        pmid=HOSTILE.pmid,
        version=VERSION,
        facts=StudyFacts(design="case series", n_analysed=10, interventions=("<b>kneading</b>",)),
        findings=(
            _finding(
                HOSTILE,
                HOSTILE_SENTENCE,
                "pain",
                "improved",
                measure="-2.5 points",
                comparison="within_group",
                p_value="=1+1",
                statistic="-0.45 (95% CI -0.8 to -0.1)",
                timepoint="@end",
            ),
        ),
        safety=(SafetyNote("caution", _evidence(HOSTILE, HOSTILE_SENTENCE)),),
    ),
}
LABELS = {"quality_of_life": "quality of life", "spasticity": "spasticity", "fatigue": "fatigue"}


def sample_digest(**overrides: object) -> DigestInput:
    values: dict[str, object] = dict(
        query_name="ms-massage",
        query_title="Massage therapy for multiple sclerosis",
        query_description="Trials and reviews of massage & touch therapies for MS symptoms.",
        query_term='("multiple sclerosis"[MeSH]) AND massage[tiab]',
        query_translation='"multiple sclerosis"[MeSH Terms] AND "massage"[Title/Abstract]',
        month="2025-03",
        generated_for=dt.date(2025, 3, 31),
        matched_count=42,
        records=RECORDS,
        extractions=EXTRACTIONS,
        status_changes=(StatusChange(RETRACTED.pmid, "2025-03-25T09:00:00Z", 6, False, True, (), ()),),
        focus_outcomes=("spasticity", "fatigue", "urinary"),
        domain_labels=LABELS,
        fictional=True,
    )
    values.update(overrides)
    return DigestInput(**values)  # type: ignore[arg-type]
