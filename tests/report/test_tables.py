"""The CSV tables: exact columns, every record, stable order, numbers kept numeric, formulas inert."""

from __future__ import annotations

import dataclasses
import io

import pandas as pd
import pytest

from harvester.report.tables import (
    FINDING_COLUMNS,
    STUDY_COLUMNS,
    findings_table,
    studies_table,
    to_csv,
)
from harvester.report.view import build_view
from support.r_reader import r_column_classes
from support.report_samples import EXTRACTIONS, HOSTILE, RCT, RECORDS, RETRACTED, sample_digest


@pytest.fixture(scope="module")
def view():
    return build_view(sample_digest())


def _read(text: str) -> pd.DataFrame:
    return pd.read_csv(io.StringIO(text), dtype={"pmid": str})


def test_studies_csv_has_exactly_the_named_columns_and_every_record(view):
    table = _read(to_csv(studies_table(view.studies)))
    assert (
        tuple(table.columns)
        == STUDY_COLUMNS
        == (
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
    )
    assert list(table["pmid"]) == ["9000003", "10000001", "10000002", "10000004", "10000005", "10000006"]
    assert len(table) == len(RECORDS)


def test_studies_csv_keeps_numbers_and_booleans_typed(view):
    table = _read(to_csv(studies_table(view.studies)))
    assert pd.api.types.is_integer_dtype(table["year"])
    assert pd.api.types.is_numeric_dtype(table["n"])
    assert table["n"].isna().sum() == 1  # the letter without abstract
    assert table["retracted"].dtype == bool
    row = table.set_index("pmid").loc[RETRACTED.pmid]
    assert bool(row["retracted"]) and bool(row["new_this_month"])
    assert row["outcomes"] == "pain" and row["comparator"] == "usual care"


def test_findings_csv_has_one_row_per_finding_ordered_by_pmid_then_outcome(view):
    table = _read(to_csv(findings_table(view.studies)))
    assert (
        tuple(table.columns)
        == FINDING_COLUMNS
        == (
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
    )
    assert list(zip(table["pmid"], table["outcome"]))[:4] == [
        ("9000003", "depression"),
        ("9000003", "quality_of_life"),
        ("10000001", "fatigue"),
        ("10000001", "spasticity"),
    ]
    assert len(table) == 8
    assert pd.api.types.is_integer_dtype(table["evidence_start"])
    assert pd.api.types.is_integer_dtype(table["evidence_end"])


def test_findings_csv_names_the_arm_each_finding_is_set_against(view):
    table = _read(to_csv(findings_table(view.studies))).set_index(["pmid", "outcome"])
    assert table.loc[(RCT.pmid, "spasticity"), "comparator_arm"] == "sham"
    assert table.loc[(RETRACTED.pmid, "pain"), "comparator_arm"] == "usual care"
    # a change within the one group of a pilot is set against no arm: the cell is empty
    assert pd.isna(table.loc[("10000002", "anxiety"), "comparator_arm"])


def test_formula_like_text_is_prefixed_but_numbers_stay_numbers(view):
    findings = _read(to_csv(findings_table(view.studies)))
    row = findings.set_index("pmid").loc[HOSTILE.pmid]
    assert row["evidence"].startswith("'=HYPERLINK(")
    assert row["p_value"] == "'=1+1"
    assert row["statistic"] == "'-0.45 (95% CI -0.8 to -0.1)"  # text, even though it starts with '-'
    assert row["measure"] == "'-2.5 points"
    assert row["timepoint"] == "'@end"
    assert row["evidence_start"] == 24  # a genuine number, unprefixed
    studies = _read(to_csv(studies_table(view.studies))).set_index("pmid")
    assert studies.loc[HOSTILE.pmid, "journal"] == "'=Evil J"


def test_csv_text_is_utf8_with_unix_line_endings(view):
    text = to_csv(studies_table(view.studies))
    assert "\r\n" not in text
    assert "cafe\u0301" in text and "\U0001f600" in text
    assert text.encode("utf-8").decode("utf-8") == text


def test_an_empty_search_gives_header_only_tables():
    empty = build_view(sample_digest(records=(), extractions={}))
    assert to_csv(studies_table(empty.studies)) == ",".join(STUDY_COLUMNS) + "\n"
    assert to_csv(findings_table(empty.studies)) == ",".join(FINDING_COLUMNS) + "\n"


def test_pandas_reads_booleans_as_bool_and_n_as_int64_as_the_readme_says(view):
    studies = pd.read_csv(io.StringIO(to_csv(studies_table(view.studies))), dtype={"pmid": str, "n": "Int64"})
    assert studies["new_this_month"].dtype == bool and studies["retracted"].dtype == bool
    assert studies["n"].dtype == "Int64" and studies["n"].isna().sum() == 1
    assert set(studies["retracted"]) == {True, False}


def test_r_reads_booleans_as_logical_and_numbers_as_integers(view, tmp_path):
    (tmp_path / "studies.csv").write_text(to_csv(studies_table(view.studies)), encoding="utf-8")
    (tmp_path / "findings.csv").write_text(to_csv(findings_table(view.studies)), encoding="utf-8")
    studies = r_column_classes(tmp_path / "studies.csv")
    assert (studies["new_this_month"], studies["retracted"]) == ("logical", "logical")
    assert (studies["pmid"], studies["year"], studies["n"]) == ("character", "integer", "integer")
    findings = r_column_classes(tmp_path / "findings.csv")
    assert (findings["evidence_start"], findings["evidence_end"]) == ("integer", "integer")


def test_findings_csv_gives_the_raw_change_beside_the_direction():
    extraction = EXTRACTIONS[RCT.pmid]
    drug_level = dataclasses.replace(
        extraction.findings[0],
        domain="other",
        measure="plasma zinc",
        direction="not_applicable",
        change="increased",
    )
    digest = sample_digest(
        extractions={**EXTRACTIONS, RCT.pmid: dataclasses.replace(extraction, findings=(drug_level,))}
    )
    table = _read(to_csv(findings_table(build_view(digest).studies))).set_index("pmid")
    row = table.loc[RCT.pmid]
    assert (row["outcome"], row["measure"], row["direction"], row["change"]) == (
        "other",
        "plasma zinc",
        "not_applicable",
        "increased",
    )
