"""The harvest, import and export commands: one-line summaries, one-line errors, exit codes."""

from __future__ import annotations

import csv
import io
import json
import shutil
import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from harvester.cli import cli
from harvester.settings import Settings
from harvester.store import Store
from support import FIXTURES, PROJECT_ROOT
from support.builders import demo_article, write_pubmed_file
from support.standin import StandIn

XML = FIXTURES / "store_two_articles.xml"
MEDLINE = FIXTURES / "store_one_article.nbib"


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("NCBI_EMAIL", "tests@example.org")
    monkeypatch.delenv("NCBI_API_KEY", raising=False)
    monkeypatch.setenv("HARVESTER_QUERIES_DIR", str(tmp_path / "queries"))
    (tmp_path / "queries").mkdir()
    (tmp_path / "queries" / "demo.toml").write_text(
        'name = "demo"\nterm = "widget massage"\n', encoding="utf-8"
    )
    return tmp_path / "data"


def run(data_dir: Path, *args: str) -> Result:
    return CliRunner().invoke(cli, ["--data-dir", str(data_dir), *args])


def assert_one_line_error(result: Result, code: int, *fragments: str) -> None:
    assert result.exit_code == code, result.output
    assert "Traceback" not in result.output
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error: ")
    for fragment in fragments:
        assert fragment in lines[0]


def test_harvest_prints_a_one_line_summary(data_dir: Path, eutils_standin: StandIn) -> None:
    eutils_standin.add_records(25)
    result = run(data_dir, "harvest", "demo")
    assert result.exit_code == 0, result.output
    assert result.stdout == "demo: 25 matched, 25 new, 0 refreshed, 0 already stored, 0 missing (run 1)\n"
    again = run(data_dir, "harvest", "demo")
    assert "0 new, 0 refreshed, 25 already stored" in again.stdout


def test_harvest_offline_answers_from_the_cache(data_dir: Path, eutils_standin: StandIn) -> None:
    eutils_standin.add_records(5)
    assert run(data_dir, "harvest", "demo").exit_code == 0
    eutils_standin.stop()
    result = run(data_dir, "harvest", "demo", "--offline")
    assert result.exit_code == 0, result.output
    assert "5 matched, 0 new" in result.stdout


def test_harvest_of_an_unknown_query_exits_2_listing_the_known_ones(data_dir: Path) -> None:
    assert_one_line_error(
        run(data_dir, "harvest", "nope"), 2, "unknown saved search 'nope'", "available: demo"
    )


def test_harvest_offline_with_nothing_cached_exits_3(data_dir: Path, eutils_standin: StandIn) -> None:
    assert_one_line_error(
        run(data_dir, "harvest", "demo", "--offline"), 3, "--offline", "not in the HTTP cache"
    )


def test_harvest_with_pubmed_unreachable_exits_3_and_suggests_offline(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HARVESTER_EUTILS_URL", "http://127.0.0.1:9/eutils/")
    from_env = Settings.from_env.__func__  # type: ignore[attr-defined]

    def quick_retries(cls: type[Settings], env=None, **overrides: object) -> Settings:
        return from_env(cls, env, **{"backoff_base": 0.01, "backoff_max": 0.02, "timeout": 1.0, **overrides})

    monkeypatch.setattr(Settings, "from_env", classmethod(quick_retries))
    assert_one_line_error(run(data_dir, "harvest", "demo"), 3, "no usable answer", "--offline")
    with Store.open(data_dir / "harvester.sqlite") as store:
        assert [run.status for run in store.runs("demo")] == ["failed"]


def test_an_update_files_deletions_are_counted_in_the_summary(data_dir: Path, tmp_path: Path) -> None:
    update = write_pubmed_file(tmp_path / "update.xml", [demo_article(101)], deleted=[90000001, 4242])
    assert run(data_dir, "import", str(XML)).exit_code == 0
    result = run(data_dir, "import", str(update))
    assert result.exit_code == 0, result.output
    assert result.stdout == "Imported 1 file(s): 1 records, 1 new, 0 updated, 0 unchanged, 1 deleted\n"


def test_import_then_export_jsonl_to_stdout(data_dir: Path) -> None:
    result = run(data_dir, "import", str(XML), str(MEDLINE), "--query", "mine")
    assert result.exit_code == 0, result.output
    assert result.stdout == "Imported 2 file(s): 3 records, 3 new, 0 updated, 0 unchanged\n"
    exported = run(data_dir, "export", "mine", "--format", "jsonl")
    assert exported.exit_code == 0, exported.output
    rows = [json.loads(line) for line in exported.stdout.splitlines()]
    assert [row["pmid"] for row in rows] == ["90000001", "90000002", "90000003"]
    assert rows[0]["authors"] == ["Example AB", "Fictional Trials Group"]
    assert rows[0]["pmcid"] == "PMC0000001" and rows[2]["doi"] == "10.0000/imag.2022.003"
    assert rows[0]["abstract"].startswith("BACKGROUND: Fatigue is common")


def test_data_dir_is_accepted_after_the_subcommand_too(data_dir: Path, tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["import", str(XML), "--data-dir", str(data_dir), "--query", "mine"])
    assert result.exit_code == 0, result.output
    assert (data_dir / "harvester.sqlite").is_file()
    elsewhere = tmp_path / "elsewhere"
    exported = CliRunner().invoke(
        cli, ["--data-dir", str(elsewhere), "export", "mine", "--data-dir", str(data_dir)]
    )
    assert exported.exit_code == 0, exported.output  # the later one wins, as in git
    assert len(exported.stdout.splitlines()) == 2
    assert not (elsewhere / "harvester.sqlite").exists()


def test_export_csv_to_a_file_neutralises_formulas(data_dir: Path, tmp_path: Path) -> None:
    run(data_dir, "import", str(XML), str(MEDLINE))
    output = tmp_path / "out" / "records.csv"
    output.parent.mkdir()
    result = run(data_dir, "export", "--format", "csv", "--output", str(output))
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(output.read_text(encoding="utf-8"))))
    titles = [row["title"] for row in rows]
    assert titles[0].startswith("'=Widget massage") and titles[2].startswith("'@Aromatherapy")
    assert rows[1]["abstract"].startswith("'-Ten imaginary patients")
    assert result.stderr == f"Wrote 3 records to {output}\n"


def test_a_truncated_second_file_exits_2_naming_it_and_changes_nothing(
    data_dir: Path, tmp_path: Path
) -> None:
    cut = tmp_path / "cut.xml"
    text = XML.read_text(encoding="utf-8")
    cut.write_text(text[: text.index("<ArticleTitle>Reflexology")], encoding="utf-8")
    run(data_dir, "import", str(MEDLINE))
    result = run(data_dir, "import", str(XML), str(cut), "--query", "demo")
    assert_one_line_error(result, 2, str(cut), "line")
    with Store.open(data_dir / "harvester.sqlite") as store:
        assert [record.pmid for record in store.records()] == ["90000003"]
        assert store.queries() == []


def test_export_of_an_unknown_query_exits_2_and_writes_no_file(data_dir: Path, tmp_path: Path) -> None:
    output = tmp_path / "never.jsonl"
    assert_one_line_error(
        run(data_dir, "export", "nope", "--output", str(output)), 2, "no saved search 'nope'"
    )
    assert not output.exists()


def test_export_to_an_unwritable_place_exits_2(data_dir: Path, tmp_path: Path) -> None:
    run(data_dir, "import", str(MEDLINE))
    target = tmp_path / "missing-dir" / "x.csv"
    assert_one_line_error(run(data_dir, "export", "--output", str(target)), 2, str(target), "cannot write")


def test_an_unknown_format_is_a_usage_error(data_dir: Path) -> None:
    result = run(data_dir, "export", "--format", "xlsx")
    assert result.exit_code == 2 and "Traceback" not in result.output


@pytest.mark.skipif(shutil.which("make") is None, reason="make is not installed")
@pytest.mark.parametrize(("variables", "offline"), [([], False), (["OFFLINE=1"], True)])
def test_make_digest_passes_offline_on_when_asked(variables: list[str], offline: bool) -> None:
    planned = subprocess.run(
        ["make", "-n", "digest", "MONTH=2026-10", *variables],
        cwd=PROJECT_ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert 'digest "$query" --month 2026-10' in planned
    assert ("--offline" in planned) is offline
