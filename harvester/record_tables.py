"""The digest's two tables for a researcher's own PubMed files: no store, no saved search needed.

Every record of the files is read by the extractor, and ``studies.csv`` and ``findings.csv`` come
out with the same columns, rows and order as a digest's, so one analysis script reads both
(``new_this_month`` is false throughout: there is no month). A saved search may still lend its
own outcome domains. All files are read before anything is written, so a bad file leaves the
output directory as it was.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from harvester import pubmed
from harvester.errors import RecordFileError
from harvester.extract import extract, load_vocabulary
from harvester.extract.vocabulary import ExtraDomainLike
from harvester.models import Record
from harvester.report.context import pmid_key, study_view
from harvester.report.digest import write_files
from harvester.report.tables import findings_frame, studies_frame, to_csv

__all__ = ["TablesReport", "write_tables"]


@dataclass(frozen=True)
class TablesReport:
    files: int
    records: int  # distinct PMIDs
    duplicates: int  # records whose PMID an earlier one had; the later one counts
    findings: int
    paths: tuple[Path, ...]


def write_tables(
    paths: Iterable[Path], out_dir: Path, *, extra_domains: Iterable[ExtraDomainLike] = ()
) -> TablesReport:
    """Read every record of ``paths`` and write its studies and findings tables to ``out_dir``."""
    paths = [Path(path) for path in paths]
    for path in paths:
        if not path.is_file():
            raise RecordFileError(f"{path}: file not found")
    records, read = _records(paths)
    vocabulary = load_vocabulary(extra_domains)
    labels = {domain.key: domain.label for domain in vocabulary.domains}
    studies = [study_view(record, extract(record, vocabulary), labels) for record in records]
    written = write_files(
        {"studies.csv": to_csv(studies_frame(studies)), "findings.csv": to_csv(findings_frame(studies))},
        out_dir,
        what="the tables",
    )
    return TablesReport(
        files=len(paths),
        records=len(records),
        duplicates=read - len(records),
        findings=sum(len(study.extraction.findings) for study in studies if study.extraction),
        paths=tuple(written),
    )


def _records(paths: list[Path]) -> tuple[list[Record], int]:
    """The files' records by PMID, the last of a PMID seen twice winning (as an update file's
    does in the store), without their raw XML, which no table needs; and how many were read."""
    by_pmid: dict[str, Record] = {}
    read = 0
    for path in paths:
        for record in pubmed.iter_records(path):
            by_pmid[record.pmid] = dataclasses.replace(record, raw="")
            read += 1
    return [by_pmid[pmid] for pmid in sorted(by_pmid, key=pmid_key)], read
