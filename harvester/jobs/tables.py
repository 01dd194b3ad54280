"""The digest's two tables for a researcher's own PubMed files: no store, no saved search needed.

Every record of the files is read by the extractor, and ``studies.csv`` and ``findings.csv`` come
out with the same columns, rows and order as a digest's, so one analysis script reads both
(``new_this_month`` is false throughout: there is no month). A saved search may still lend its
own outcome domains. A later record of a PMID replaces an earlier one and an update file's
``<DeleteCitation>`` removes it, as in the store. Only each record's table rows are kept, not the
record, so a baseline-size file fits in little memory; all files are read before anything is
written, so a bad file leaves the output directory as it was.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from harvester import pubmed
from harvester.extract import extract, load_vocabulary
from harvester.extract.vocabulary import TopicLike
from harvester.models import Record, pmid_key
from harvester.pubmed.files import check_path
from harvester.report.files import write_files
from harvester.report.tables import Row, finding_rows, finding_table, study_row, study_table, to_csv
from harvester.report.view import study_view

__all__ = ["TablesReport", "table_rows", "write_tables"]


@dataclass(frozen=True)
class TablesReport:
    files: int
    records: int  # distinct PMIDs
    duplicates: int  # records whose PMID an earlier one had; the later one counts
    findings: int
    paths: tuple[Path, ...]
    deleted: int = 0  # records an update file's <DeleteCitation> removed


def write_tables(paths: Iterable[Path], out_dir: Path, *, topic: TopicLike | None = None) -> TablesReport:
    """Read every record of ``paths`` and write its studies and findings tables to ``out_dir``."""
    paths = [Path(path) for path in paths]
    for path in paths:
        check_path(path)
    rows: dict[str, tuple[Row, list[Row]]] = {}  # by PMID; a later record replaces an earlier
    read = deleted = 0
    for path in paths:
        withdrawn: list[str] = []  # as the store import does: a file's deletions after its records
        records = pubmed.iter_records(path, deleted=withdrawn)
        for record, study, findings in table_rows(records, topic):
            rows[record.pmid] = (study, findings)
            read += 1
        deleted += sum(rows.pop(pmid, None) is not None for pmid in withdrawn)
    ordered = [rows[pmid] for pmid in sorted(rows, key=pmid_key)]
    findings = [row for _, found in ordered for row in found]
    written = write_files(
        {
            "studies.csv": to_csv(study_table([study for study, _ in ordered])),
            "findings.csv": to_csv(finding_table(findings)),
        },
        out_dir,
        what="the tables",
    )
    return TablesReport(
        files=len(paths),
        records=len(rows),
        duplicates=read - len(rows) - deleted,
        findings=len(findings),
        paths=tuple(written),
        deleted=deleted,
    )


def table_rows(
    records: Iterable[Record], topic: TopicLike | None = None
) -> Iterator[tuple[Record, Row, list[Row]]]:
    """Each record with its row of ``studies.csv`` and its rows of ``findings.csv``."""
    vocabulary = load_vocabulary(topic)
    labels = {domain.key: domain.label for domain in vocabulary.domains}
    for record in records:
        study = study_view(record, extract(record, vocabulary), labels)
        yield record, study_row(study), finding_rows(study)
