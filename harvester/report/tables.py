"""Studies as two CSV tables for pandas and R: one row per study, one row per finding.

A digest's tables cover every record of the saved search, not only the new ones; ``harvester
extract`` writes the same tables for a researcher's own files. Text cells are made
spreadsheet-safe (a title starting with '=' must not run as a formula when the CSV is opened in
a spreadsheet); numeric columns stay numeric so they read back as numbers, and booleans are
TRUE/FALSE, which R reads as logical and pandas as bool.

The standard ``csv`` module writes them: the tables are built row by row, and importing pandas
only to format two files cost more than half of a small digest's time.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from dataclasses import dataclass

from harvester.models import pmid_key
from harvester.report.citations import ama, apa
from harvester.report.text import csv_cell, one_line
from harvester.report.view import StudyView

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
    "comparator_arm",
    "timepoint",
    "p_value",
    "statistic",
    "evidence",
    "evidence_start",
    "evidence_end",
)
INTEGER_COLUMNS = frozenset({"year", "n", "evidence_start", "evidence_end"})
BOOLEAN_COLUMNS = frozenset({"new_this_month", "retracted"})
LIST_COLUMNS = frozenset({"interventions", "comparator", "outcomes"})  # joined by LIST_SEPARATOR in CSV
Row = dict[str, object]  # one row, by column name; a list column holds a list of strings


@dataclass(frozen=True)
class Table:
    """A CSV table before it is written: its columns and its rows, in their final order."""

    columns: tuple[str, ...]
    rows: tuple[Row, ...]


def _cell(column: str, value: object) -> str:
    """Integers as digits (never quoted, so they stay numeric), anything else as every CSV writes it."""
    if value is not None and column in INTEGER_COLUMNS:
        return str(int(value))  # type: ignore[call-overload]
    return csv_cell(value)


def studies_table(studies: Sequence[StudyView]) -> Table:
    """One row per record, in the order given (a digest's is by PMID)."""
    return study_table([study_row(study) for study in studies])


def findings_table(studies: Sequence[StudyView]) -> Table:
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
        "interventions": list(study.interventions),
        "comparator": list(study.comparators),
        "outcomes": list(study.outcomes),
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
            "comparator_arm": one_line(finding.comparator),
            "timepoint": one_line(finding.timepoint),
            "p_value": one_line(finding.p_value),
            "statistic": one_line(finding.statistic),
            "evidence": one_line(finding.evidence.text),
            "evidence_start": finding.evidence.start,
            "evidence_end": finding.evidence.end,
        }
        for finding in (study.extraction.findings if study.extraction else ())
    ]


def study_table(rows: list[Row]) -> Table:
    return Table(STUDY_COLUMNS, tuple(rows))


def finding_table(rows: list[Row]) -> Table:
    """The findings in their fixed order: PMID, outcome, position in the abstract."""
    return Table(FINDING_COLUMNS, tuple(sorted(rows, key=finding_order)))


def finding_order(row: Row) -> tuple:
    """The sort key of the findings' fixed order, for every writer of the table."""
    return (
        pmid_key(str(row["pmid"])),
        row["outcome"],
        row["evidence_start"],
        row["measure"],
        row["timepoint"],
        row["direction"],
    )


def to_csv(table: Table) -> str:
    """The table as CSV text: a header row, then one line per row, '\\n' line endings."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(table.columns)
    writer.writerows([_cell(column, row.get(column)) for column in table.columns] for row in table.rows)
    return out.getvalue()
