"""Studies as two CSV tables for pandas and R: one row per study, one row per finding.

A digest's tables cover every record of the saved search, not only the new ones; ``harvester
extract`` writes the same tables for a researcher's own files. Text cells are made
spreadsheet-safe (a title starting with '=' must not run as a formula when the CSV is opened in
a spreadsheet); numeric columns stay numeric so they read back as numbers.
"""

from __future__ import annotations

from collections.abc import Sequence

import pandas as pd

from harvester.report.citations import ama, apa
from harvester.report.text import LIST_SEPARATOR, one_line, spreadsheet_safe
from harvester.report.view import StudyView, pmid_key

STUDY_COLUMNS = (
    "pmid",
    "year",
    "title",
    "journal",
    "doi",
    "design",
    "n",
    "interventions",
    "comparator",
    "outcomes",
    "new_this_month",
    "retracted",
    "citation_ama",
    "citation_apa",
)
FINDING_COLUMNS = (
    "pmid",
    "outcome",
    "measure",
    "direction",
    "change",
    "comparison",
    "timepoint",
    "p_value",
    "statistic",
    "evidence",
    "evidence_start",
    "evidence_end",
)
INTEGER_COLUMNS = frozenset({"year", "n", "evidence_start", "evidence_end"})
BOOLEAN_COLUMNS = frozenset({"new_this_month", "retracted"})
Row = dict[str, object]  # one CSV row, by column name


def _frame(rows: list[Row], columns: tuple[str, ...]) -> pd.DataFrame:
    frame = pd.DataFrame(rows, columns=list(columns))
    for column in columns:
        if column in INTEGER_COLUMNS:
            frame[column] = frame[column].astype("Int64")
        elif column in BOOLEAN_COLUMNS:
            frame[column] = frame[column].astype(bool)
        else:
            frame[column] = frame[column].map(lambda v: "" if v is None else spreadsheet_safe(str(v)))
    return frame


def studies_frame(studies: Sequence[StudyView]) -> pd.DataFrame:
    """One row per record, in the order given (a digest's is by PMID)."""
    return study_table([study_row(study) for study in studies])


def findings_frame(studies: Sequence[StudyView]) -> pd.DataFrame:
    """One row per finding, ordered by PMID, outcome, then position in the abstract."""
    return finding_table([row for study in studies for row in finding_rows(study)])


def study_row(study: StudyView) -> Row:
    """A study's row of ``studies.csv``: a caller with many records can keep this, not them."""
    record = study.record
    return {
        "pmid": study.pmid,
        "year": record.year,
        "title": study.title,
        "journal": one_line(record.journal.iso_abbreviation or record.journal.title),
        "doi": one_line(record.doi),
        "design": study.design,
        "n": study.n,
        "interventions": LIST_SEPARATOR.join(study.interventions),
        "comparator": LIST_SEPARATOR.join(study.comparators),
        "outcomes": LIST_SEPARATOR.join(study.outcomes),
        "new_this_month": study.new_this_month,
        "retracted": study.retracted,
        "citation_ama": ama(record),
        "citation_apa": apa(record),
    }


def finding_rows(study: StudyView) -> list[Row]:
    """A study's rows of ``findings.csv``, in no particular order (``finding_table`` sorts)."""
    return [
        {
            "pmid": study.pmid,
            "outcome": finding.domain,
            "measure": one_line(finding.measure),
            "direction": finding.direction,
            "change": finding.change,
            "comparison": finding.comparison,
            "timepoint": one_line(finding.timepoint),
            "p_value": one_line(finding.p_value),
            "statistic": one_line(finding.statistic),
            "evidence": one_line(finding.evidence.text),
            "evidence_start": finding.evidence.start,
            "evidence_end": finding.evidence.end,
        }
        for finding in (study.extraction.findings if study.extraction else ())
    ]


def study_table(rows: list[Row]) -> pd.DataFrame:
    return _frame(rows, STUDY_COLUMNS)


def finding_table(rows: list[Row]) -> pd.DataFrame:
    """The findings in their fixed order: PMID, outcome, position in the abstract."""
    rows = sorted(
        rows,
        key=lambda r: (
            pmid_key(str(r["pmid"])),
            r["outcome"],
            r["evidence_start"],
            r["measure"],
            r["timepoint"],
            r["direction"],
        ),
    )
    return _frame(rows, FINDING_COLUMNS)


def to_csv(frame: pd.DataFrame) -> str:
    """UTF-8 text with '\\n' line endings, no index column."""
    return frame.to_csv(index=False, lineterminator="\n")
