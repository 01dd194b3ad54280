"""Records and extractions in, a plain view model out: every sort, group and count of the digest.

The templates only display what is built here, so the digest's logic can be tested without
rendering, and the HTML, Markdown, CSV and Atom outputs all tell the same story. It is the one
long module of the report on purpose: every decision about what the digest says (wording,
grouping, ordering, the evidence map's geometry) is made here, in one reading.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import dataclass, field

from harvester.errors import InputError
from harvester.extract.types import DESIGNS, OTHER_DOMAIN, Evidence, Extraction, Finding
from harvester.models import Record, StatusChange, pmid_key
from harvester.queries import Caution
from harvester.report.citations import CORRECTION_LABELS, doi_url, pubmed_url, year_text
from harvester.report.text import capitalise, clean, one_line

# The directions counted per outcome; a change in a measure with no good side
# ("not_applicable") is listed with its study but counted under none of them.
DIRECTIONS = ("improved", "worsened", "no_difference", "unclear")
DIRECTION_PHRASES = {
    "improved": "improved",
    "no_difference": "no difference",
    "worsened": "worsened",
    "unclear": "unclear result",
    "not_applicable": "changed",
}
CHANGE_PHRASES = {"increased": "increased", "decreased": "decreased"}
OTHER_LABEL = "Other outcomes"  # outcomes outside the vocabulary, each named by its measure
DIRECTION_HEADINGS = {
    "improved": "improvement",
    "no_difference": "no difference",
    "worsened": "worsening",
    "unclear": "unclear",
}
# Okabe-Ito colours: distinguishable with the common colour-vision deficiencies.
DIRECTION_COLOURS = {
    "improved": "#0072B2",
    "no_difference": "#E69F00",
    "worsened": "#D55E00",
    "unclear": "#999999",
    "not_applicable": "#999999",
}
SAFETY_LABELS = {
    "adverse_events": "Adverse events reported",
    "no_adverse_events": "No adverse events reported",
    "relapse": "Relapse reported",
    "caution": "Caution",
}
NO_INTERVENTION = "unspecified"
MONTH = re.compile(r"([0-9]{4})-(0[1-9]|1[0-2])")  # a digest's month: YYYY-MM, ASCII digits


@dataclass(frozen=True)
class DigestInput:
    """Everything one monthly digest of one saved search is made from."""

    query_name: str
    query_title: str
    query_description: str
    query_term: str
    query_translation: str | None
    month: str  # "YYYY-MM"
    generated_for: dt.date  # derived from the month or the store, never the wall clock
    matched_count: int | None  # PubMed's count at the last harvest (None when unknown)
    records: tuple[Record, ...]
    extractions: Mapping[str, Extraction]  # by pmid
    status_changes: tuple[StatusChange, ...] = ()
    focus_outcomes: tuple[str, ...] = ()
    domain_labels: Mapping[str, str] = field(default_factory=dict)
    fictional: bool = False
    publish_url: str | None = None  # the folder's web address, ending in "/", if known
    cautions: tuple[Caution, ...] = ()  # the saved search's standing cautions


@dataclass(frozen=True)
class FindingLine:
    domain: str
    direction: str
    colour: str
    text: str  # "Spasticity (MAS): improved vs sham, P = 0.03, end of treatment"
    quote: Evidence  # the sentence on one line, with its offsets in the abstract
    group: str = ""  # the outcome section it is listed under: its domain, or "other-<measure>"
    head: str = ""  # what the line is about: "Spasticity (MAS)", or an other outcome's measure


@dataclass(frozen=True)
class SafetyLine:
    kind: str
    label: str
    quote: Evidence  # the sentence on one line, with its offsets in the abstract


@dataclass(frozen=True)
class StudyView:
    """One record as every section shows it."""

    record: Record
    extraction: Extraction | None
    pmid: str
    title: str
    short_citation: str  # "Doe J et al, 2024"
    design: str  # "" when the record was not read
    design_rank: int
    n: int | None
    size: str  # "n = 24" or "size not stated"
    interventions: tuple[str, ...]
    comparators: tuple[str, ...]
    outcomes: tuple[str, ...]  # domain keys with findings, sorted
    has_abstract: bool
    new_this_month: bool
    retracted: bool
    corrections: tuple[str, ...]  # "Erratum in: ..." lines
    pubmed_url: str
    doi_url: str | None
    findings: tuple[FindingLine, ...]
    safety: tuple[SafetyLine, ...]


@dataclass(frozen=True)
class OutcomeStudy:
    study: StudyView
    directions: tuple[str, ...]
    findings: tuple[FindingLine, ...]


@dataclass(frozen=True)
class DirectionCount:
    direction: str
    heading: str
    count: int
    colour: str


@dataclass(frozen=True)
class OutcomeView:
    domain: str
    label: str
    focus: bool
    counts: tuple[DirectionCount, ...]
    studies: tuple[OutcomeStudy, ...]  # strongest design first


@dataclass(frozen=True)
class MapMark:
    x: float
    y: float
    r: float
    colour: str
    title: str  # the text alternative for this mark


@dataclass(frozen=True)
class MapAxisLabel:
    text: str
    x: float
    y: float


@dataclass(frozen=True)
class EvidenceMap:
    width: int
    height: int
    grid_top: int  # where the first row starts; column bands run from here to the bottom
    cell_width: int
    rows: tuple[MapAxisLabel, ...]
    columns: tuple[MapAxisLabel, ...]
    marks: tuple[MapMark, ...]
    legend: tuple[DirectionCount, ...]
    description: str


@dataclass(frozen=True)
class FlowStep:
    label: str
    count: str


@dataclass(frozen=True)
class StatusLine:
    pmid: str
    text: str
    study: StudyView | None


@dataclass(frozen=True)
class DigestView:
    query_name: str
    query_title: str
    query_description: str
    query_term: str
    query_translation: str | None
    month: str
    generated_for: dt.date
    fictional: bool
    flow: tuple[FlowStep, ...]
    studies: tuple[StudyView, ...]  # every record, by PMID
    new_studies: tuple[StudyView, ...]  # strongest design first
    outcomes: tuple[OutcomeView, ...]
    evidence_map: EvidenceMap
    cautions: tuple[Caution, ...]  # standing cautions, shown first in the safety section
    safety: tuple[StudyView, ...]  # studies with safety notes
    flagged: tuple[StudyView, ...]  # retracted or corrected
    status_changes: tuple[StatusLine, ...]
    extractor_versions: tuple[str, ...]
    publish_url: str | None


# --- small pieces ------------------------------------------------------------------------------


def describe(change: StatusChange) -> str:
    """The store's before/after pair as the digest's words ('retracted', 'new link: …')."""
    if change.retracted_after and not change.retracted_before:
        return "retracted"
    if change.retracted_before and not change.retracted_after:
        return "retraction no longer listed"
    added = sorted(set(change.corrections_after) - set(change.corrections_before))
    return "new link: " + ", ".join(added) if added else "correction links changed"


def in_month(day: dt.date | None, month: str | None) -> bool:
    return day is not None and month is not None and f"{day.year:04d}-{day.month:02d}" == month


def domain_label(domain: str, labels: Mapping[str, str]) -> str:
    if domain == OTHER_DOMAIN:
        return labels.get(domain) or OTHER_LABEL
    return labels.get(domain) or domain.replace("_", " ")


def _quote(evidence: Evidence) -> Evidence:
    return dataclasses.replace(evidence, text=one_line(evidence.text))


def finding_head(finding: Finding, labels: Mapping[str, str]) -> str:
    """What a finding is about: 'Spasticity (MAS)'; an outcome outside the vocabulary is named
    by its measure alone ('Cortisol')."""
    label = capitalise(domain_label(finding.domain, labels))
    measure = one_line(finding.measure)
    if finding.domain == OTHER_DOMAIN and measure:
        return capitalise(measure)
    plain = {label.lower(), finding.domain.lower(), finding.domain.replace("_", " ").lower()}
    return f"{label} ({measure})" if measure and measure.lower() not in plain else label


def _arm_phrase(arm: str) -> str:
    """'the sham group' for an arm named by its treatment, 'group C' for one named by its label."""
    words = arm.lower().split()
    return arm if words and "group" in (words[0], words[-1]) else f"the {arm} group"


def finding_text(finding: Finding, labels: Mapping[str, str]) -> str:
    """One plain line: 'Spasticity (MAS): improved vs sham, P = 0.03, end of treatment'."""
    head = finding_head(finding, labels)
    result = DIRECTION_PHRASES.get(finding.direction, finding.direction)
    if finding.direction == "not_applicable":
        result = CHANGE_PHRASES.get(finding.change, result)
    if finding.comparison == "between_groups" and finding.comparator:
        result += f" vs {one_line(finding.comparator)}"
    elif finding.comparison == "within_group" and finding.comparator:
        result += f" within {_arm_phrase(one_line(finding.comparator))}"
    elif finding.comparison == "within_group":
        result += " within the group"
    if finding.hedged:
        result += " (tentative wording)"
    details = (one_line(v) for v in (finding.p_value, finding.statistic, finding.timepoint))
    return ", ".join([f"{head}: {result}", *[d for d in details if d]])


def outcome_group(finding: Finding) -> str:
    """The outcome section a finding is listed under: its domain, and for an outcome outside the
    vocabulary its measure ("other-serum-cortisol"), so each measure gets a section of its own."""
    if finding.domain != OTHER_DOMAIN:
        return finding.domain
    slug = re.sub(r"[^a-z0-9]+", "-", one_line(finding.measure).lower()).strip("-")
    return f"{OTHER_DOMAIN}-{slug}" if slug else OTHER_DOMAIN


def short_citation(record: Record) -> str:
    """'Doe J et al, 2024': enough to recognise a study in a list, with its PMID beside it."""
    names = [one_line(a.display_name) for a in record.authors if one_line(a.display_name)]
    who = (names[0] + (" et al" if len(names) > 1 else "")) if names else "Anonymous"
    year = year_text(record)
    return f"{who}, {year}" if year else who


def study_view(
    record: Record, extraction: Extraction | None, domain_labels: Mapping[str, str], month: str | None = None
) -> StudyView:
    """One record as the digest and the tables show it; without a month, nothing is new."""
    facts = extraction.facts if extraction else None
    design = facts.design if facts else ""
    findings = extraction.findings if extraction else ()
    ordered = sorted(findings, key=lambda f: (f.evidence.start, f.domain, f.measure, f.timepoint))
    lines = tuple(
        FindingLine(
            domain=f.domain,
            direction=f.direction,
            colour=DIRECTION_COLOURS.get(f.direction, DIRECTION_COLOURS["unclear"]),
            text=finding_text(f, domain_labels),
            quote=_quote(f.evidence),
            group=outcome_group(f),
            head=finding_head(f, domain_labels),
        )
        for f in ordered
    )
    safety = tuple(
        SafetyLine(s.kind, SAFETY_LABELS.get(s.kind, s.kind), _quote(s.evidence))
        for s in sorted(extraction.safety if extraction else (), key=lambda s: s.evidence.start)
    )
    n = facts.n if facts else None
    return StudyView(
        record=record,
        extraction=extraction,
        pmid=record.pmid,
        title=one_line(record.title),
        short_citation=short_citation(record),
        design=design,
        design_rank=DESIGNS.index(design) if design in DESIGNS else len(DESIGNS),
        n=n,
        size=f"n = {n}" if n is not None else "size not stated",
        interventions=tuple(facts.interventions) if facts else (),
        comparators=tuple(facts.comparators) if facts else (),
        outcomes=tuple(sorted({f.domain for f in findings})),
        has_abstract=bool(record.abstract_text.strip()),
        new_this_month=in_month(record.entrez_date, month),
        retracted=record.retracted,
        corrections=tuple(
            f"{CORRECTION_LABELS.get(c.ref_type, c.ref_type)}: {one_line(c.source) or 'see PubMed'}"
            for c in record.corrections
        ),
        pubmed_url=pubmed_url(record),
        doi_url=doi_url(record),
        findings=lines,
        safety=safety,
    )


def strength_key(study: StudyView) -> tuple[bool, int, int, tuple[int, str]]:
    """Retracted studies last; then strongest design first, the larger study, PMID (for ties)."""
    return (study.retracted, study.design_rank, -(study.n or 0), pmid_key(study.pmid))


# --- sections ----------------------------------------------------------------------------------


def _outcome(group: str, studies: tuple[StudyView, ...], digest: DigestInput) -> OutcomeView:
    entries = []
    measure = ""
    for study in sorted(studies, key=strength_key):
        lines = tuple(line for line in study.findings if (line.group or line.domain) == group)
        if lines:
            measure = measure or lines[0].head
            directions = tuple(d for d in DIRECTIONS if any(line.direction == d for line in lines))
            entries.append(OutcomeStudy(study=study, directions=directions, findings=lines))
    counts = tuple(
        DirectionCount(
            direction=d,
            heading=DIRECTION_HEADINGS[d],
            count=sum(1 for e in entries if d in e.directions and not e.study.retracted),
            colour=DIRECTION_COLOURS[d],
        )
        for d in DIRECTIONS
    )
    other = group.startswith(OTHER_DOMAIN) and group not in digest.domain_labels
    return OutcomeView(
        domain=group,
        label=f"{domain_label(OTHER_DOMAIN, digest.domain_labels)}: {measure}"
        if other
        else domain_label(group, digest.domain_labels),
        focus=group in digest.focus_outcomes,
        counts=counts,
        studies=tuple(entries),
    )


def _outcomes(studies: tuple[StudyView, ...], digest: DigestInput) -> tuple[OutcomeView, ...]:
    """Focus outcomes first in the saved search's order (even with no study yet), then the rest."""
    found = {line.group or line.domain for study in studies for line in study.findings}
    focus = list(dict.fromkeys(digest.focus_outcomes))
    others = sorted(
        found - set(focus),
        key=lambda d: (d.startswith(OTHER_DOMAIN), domain_label(d, digest.domain_labels).lower(), d),
    )
    return tuple(_outcome(domain, studies, digest) for domain in focus + others)


MAP_LEFT, MAP_TOP, MAP_CELL, MAP_ROW, MAP_MIN_WIDTH = 170, 120, 88, 44, 480
MAP_CHAR_WIDTH = 7  # px per character of a 12 px label, generous, so no row label is clipped


def _evidence_map(outcomes: tuple[OutcomeView, ...], studies: tuple[StudyView, ...]) -> EvidenceMap:
    """Outcome rows x intervention columns; one mark per direction, its area ~ number of studies.

    Retracted studies are left out of the map, as they are left out of the counts.
    """
    rows = [o for o in outcomes if o.studies]
    left = max([MAP_LEFT] + [len(o.label) * MAP_CHAR_WIDTH + 16 for o in rows])
    columns = sorted(
        {
            i
            for s in studies
            if s.findings and not s.retracted
            for i in (s.interventions or (NO_INTERVENTION,))
        }
    )
    marks = []
    description = []
    for r, outcome in enumerate(rows):
        for c, intervention in enumerate(columns):
            for d, direction in enumerate(DIRECTIONS):
                count = sum(
                    1
                    for e in outcome.studies
                    if direction in e.directions
                    and not e.study.retracted
                    and intervention in (e.study.interventions or (NO_INTERVENTION,))
                )
                if not count:
                    continue
                title = (
                    f"{outcome.label} x {intervention}: {count} "
                    f"{'study' if count == 1 else 'studies'} found {DIRECTION_HEADINGS[direction]}"
                )
                description.append(title)
                marks.append(
                    MapMark(
                        x=left + c * MAP_CELL + 14 + d * 20,
                        y=MAP_TOP + r * MAP_ROW + MAP_ROW / 2,
                        r=round(min(4 + 3 * count**0.5, 10), 1),
                        colour=DIRECTION_COLOURS[direction],
                        title=title,
                    )
                )
    return EvidenceMap(
        width=max(left + len(columns) * MAP_CELL + 10, MAP_MIN_WIDTH),
        height=MAP_TOP + max(len(rows), 1) * MAP_ROW + 10,
        grid_top=MAP_TOP,
        cell_width=MAP_CELL,
        rows=tuple(
            MapAxisLabel(o.label, left - 8, MAP_TOP + i * MAP_ROW + MAP_ROW / 2 + 4)
            for i, o in enumerate(rows)
        ),
        columns=tuple(MapAxisLabel(text, left + i * MAP_CELL, MAP_TOP - 8) for i, text in enumerate(columns)),
        marks=tuple(marks),
        legend=outcomes[0].counts
        if outcomes
        else tuple(DirectionCount(d, DIRECTION_HEADINGS[d], 0, DIRECTION_COLOURS[d]) for d in DIRECTIONS),
        description="; ".join(description) or "No findings to map yet.",
    )


def _flow(digest: DigestInput, studies: tuple[StudyView, ...]) -> tuple[FlowStep, ...]:
    matched = str(digest.matched_count) if digest.matched_count is not None else "not searched"
    return (
        FlowStep("Matched in PubMed", matched),
        FlowStep("Records stored", str(len(studies))),
        FlowStep("With an abstract", str(sum(s.has_abstract for s in studies))),
        FlowStep("With findings", str(sum(bool(s.findings) for s in studies))),
        FlowStep("New this month", str(sum(s.new_this_month for s in studies))),
    )


def build_view(digest: DigestInput) -> DigestView:
    """The whole digest as plain, sorted data."""
    if not MONTH.fullmatch(digest.month):
        raise InputError(f"digest month {digest.month!r} is not a month: write it as YYYY-MM")
    by_pmid = {record.pmid: record for record in digest.records}
    studies = tuple(
        study_view(by_pmid[pmid], digest.extractions.get(pmid), digest.domain_labels, digest.month)
        for pmid in sorted(by_pmid, key=pmid_key)
    )
    outcomes = _outcomes(studies, digest)
    known = {s.pmid: s for s in studies}
    changes = sorted(digest.status_changes, key=lambda c: (c.changed_at[:10], pmid_key(c.pmid), describe(c)))
    return DigestView(
        query_name=clean(digest.query_name),
        query_title=one_line(digest.query_title),
        query_description=clean(digest.query_description),
        query_term=clean(digest.query_term),
        query_translation=clean(digest.query_translation) or None,
        month=digest.month,
        generated_for=digest.generated_for,
        fictional=digest.fictional,
        flow=_flow(digest, studies),
        studies=studies,
        new_studies=tuple(sorted((s for s in studies if s.new_this_month), key=strength_key)),
        outcomes=outcomes,
        evidence_map=_evidence_map(outcomes, studies),
        cautions=tuple(Caution(one_line(c.text), one_line(c.source)) for c in digest.cautions),
        safety=tuple(sorted((s for s in studies if s.safety), key=strength_key)),
        flagged=tuple(s for s in studies if s.retracted or s.corrections),
        status_changes=tuple(
            StatusLine(
                c.pmid, f"{c.changed_at[:10]}: PMID {c.pmid} {one_line(describe(c))}", known.get(c.pmid)
            )
            for c in changes
        ),
        extractor_versions=tuple(sorted({s.extraction.version for s in studies if s.extraction})),
        publish_url=digest.publish_url,
    )
