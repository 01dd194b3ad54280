"""Bad input through the real CLI: one line naming what is wrong, the right exit code, nothing lost.

Every case starts from a store that already holds two records and ends by comparing a full SQL
dump of it with the dump taken before: a rejected input must leave no trace, not even a run.
All files here are written by the tests; the records in them are fictional.
"""

from __future__ import annotations

import gzip
import os
import sqlite3
import subprocess
import sys
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

import harvester.cli
from harvester.cli import cli
from harvester.settings import Settings
from support.builders import article_set, article_xml

SEED_PMIDS = ("91000001", "91000002")


# --- fictional input -----------------------------------------------------------------------


MEDLINE_ARTICLE = """\
PMID- 91000101
DP  - 2023 May
TI  - Fictional reflexology for imaginary fatigue.
AB  - Imaginary participants reported less fatigue.
FAU - Example, Ada
AU  - Example A
LA  - eng
PT  - Journal Article
TA  - J Imag Stud
JT  - Journal of Imaginary Studies
EDAT- 2023/05/02 06:00
"""

MEDLINE_BOOK = """\
PMID- 91000102
DP  - 2021
TI  - Massage in an imaginary clinic.
BTI - The Fictional Handbook of Manual Therapy
PB  - Imaginary Press
LA  - eng
PT  - Book Chapter
EDAT- 2021/07/01 06:00
"""


# --- the workspace and how a clean failure looks ------------------------------------------


@dataclass(frozen=True)
class QuickSettings(Settings):
    """Settings whose retries give up within a second, so a failing harvest fails fast."""

    max_retries: int = 2
    backoff_base: float = 0.01
    backoff_max: float = 0.02
    timeout: float = 2.0


@dataclass
class Workspace:
    root: Path
    data_dir: Path
    queries_dir: Path

    @property
    def store(self) -> Path:
        return self.data_dir / "harvester.sqlite"

    def write(self, name: str, content: str | bytes) -> Path:
        path = self.root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
        return path

    def query(self, name: str, content: str | bytes) -> Path:
        path = self.queries_dir / f"{name}.toml"
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
        return path


def invoke(*args: str) -> Result:
    return CliRunner().invoke(cli, list(args))


def dump(store: Path) -> str:
    """Every row of every table, as SQL: equal dumps mean an unchanged store."""
    with closing(sqlite3.connect(store)) as db:
        return "\n".join(db.iterdump())


def stored_pmids(store: Path) -> set[str]:
    with closing(sqlite3.connect(store)) as db:
        return {row[0] for row in db.execute("SELECT pmid FROM records")}


def assert_clean_failure(result: Result, exit_code: int, *named: str) -> str:
    """Exit code as given, one 'Error:' line naming each of ``named``, and no traceback."""
    assert result.exit_code == exit_code, result.output + result.stderr
    assert isinstance(result.exception, SystemExit), f"uncaught {result.exception!r}"
    text = result.output + result.stderr
    assert "Traceback" not in text
    errors = [line for line in result.stderr.splitlines() if line.startswith("Error")]
    assert len(errors) == 1, result.stderr
    for name in named:
        assert name in errors[0], errors[0]
    return errors[0]


@pytest.fixture
def ws(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Workspace:
    """A data dir whose store already holds two records, a queries dir, and no reachable PubMed."""
    workspace = Workspace(tmp_path, tmp_path / "data", tmp_path / "queries")
    workspace.queries_dir.mkdir()
    monkeypatch.setenv("HARVESTER_DATA_DIR", str(workspace.data_dir))
    monkeypatch.setenv("HARVESTER_QUERIES_DIR", str(workspace.queries_dir))
    monkeypatch.setenv("HARVESTER_EUTILS_URL", "http://127.0.0.1:9/entrez/eutils/")
    monkeypatch.delenv("NCBI_API_KEY", raising=False)
    monkeypatch.setattr(harvester.cli, "Settings", QuickSettings)
    seed = workspace.write("seed.xml", article_set(*(article_xml(p) for p in SEED_PMIDS)))
    result = invoke("import", str(seed), "--query", "seeded")
    assert result.exit_code == 0, result.output + result.stderr
    return workspace


# --- saved searches ------------------------------------------------------------------------

QUERY_CASES = {
    "bad TOML": ('name = "broken"\nterm = \n', ["invalid TOML", "line 2"]),
    "missing term": ('name = "broken"\ntitle = "No term"\n', ["'term'", "missing"]),
    "unknown key": ('name = "broken"\nterm = "massage"\ncolour = "red"\n', ["'colour'"]),
    "wrong type": ('name = "broken"\nterm = 42\n', ["'term'", "string"]),
    "wrong type in a table": (
        'name = "broken"\nterm = "massage"\n[filters]\nlanguages = "eng"\n',
        ["'filters.languages'"],
    ),
    "name unlike the file": ('name = "other"\nterm = "massage"\n', ["'name'", "broken"]),
    "binary garbage": (bytes(range(256)) * 8, ["not UTF-8"]),
    "unknown focus domain": (
        'name = "broken"\nterm = "massage"\n[outcomes]\nfocus = ["notadomain"]\n',
        ["'outcomes.focus'", "notadomain"],
    ),
    "empty synonyms": (
        'name = "broken"\nterm = "massage"\n[outcomes.extra.itch]\nsynonyms = []\npolarity = "lower_is_better"\n',
        ["'outcomes.extra.itch.synonyms'"],
    ),
    "a built-in domain turned around": (
        'name = "broken"\nterm = "massage"\n[outcomes.extra.anxiety]\nsynonyms = ["calm"]\n'
        'polarity = "higher_is_better"\n',
        ["'outcomes.extra.anxiety.polarity'", "built-in"],
    ),
    "a word that is no word": (
        'name = "broken"\nterm = "massage"\n[outcomes.extra.itch]\nsynonyms = ["itch"]\n'
        'polarity = "lower_is_better"\nnot_when_followed_by = ["-"]\n',
        ["'outcomes.extra.itch.not_when_followed_by'", "names no word"],
    ),
}


@pytest.mark.parametrize("command", ["harvest", "digest", "extract"])
@pytest.mark.parametrize("content, named", QUERY_CASES.values(), ids=QUERY_CASES.keys())
def test_a_malformed_saved_search_is_named_with_its_field(
    ws: Workspace, content: str | bytes, named: list[str], command: str
) -> None:
    path = ws.query("broken", content)
    before = dump(ws.store)
    records = ws.write("records.xml", article_set(article_xml(91000003)))
    out = ws.root / "out"
    arguments = {
        "harvest": ["harvest", "broken"],
        "digest": ["digest", "broken", "--offline", "--out", str(out)],
        "extract": ["extract", str(records), "--out", str(out), "--outcomes-from", "broken"],
    }
    result = invoke(*arguments[command])
    assert not out.exists()
    assert_clean_failure(result, 2, str(path), *named)
    assert dump(ws.store) == before


def test_an_unknown_saved_search_lists_the_ones_there_are(ws: Workspace) -> None:
    ws.query("massage", 'name = "massage"\nterm = "massage"\n')
    before = dump(ws.store)
    assert_clean_failure(invoke("harvest", "no-such-search"), 2, "no-such-search", "massage")
    assert dump(ws.store) == before


@pytest.mark.integration
def test_a_one_megabyte_term_fails_in_one_line_and_keeps_every_record(ws: Workspace, eutils_standin) -> None:
    ws.query("huge", 'name = "huge"\nterm = "' + "massage OR " * 100_000 + 'massage"\n')
    records_before = stored_pmids(ws.store)
    result = invoke("harvest", "huge")
    line = assert_clean_failure(result, result.exit_code)
    assert result.exit_code in (2, 3)
    assert len(line) < 1_000, "the term must not be echoed into the message"
    assert stored_pmids(ws.store) == records_before


# --- record files --------------------------------------------------------------------------

_GOOD = article_set(article_xml(91000201), article_xml(91000202))
_LAUGHS = (
    '<!DOCTYPE PubmedArticleSet [\n<!ENTITY lol "lol">\n'
    + "".join(
        f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">\n' for i in range(1, 10)
    )
    + "]>\n"
)

XML_CASES = {
    "truncated": (_GOOD[: len(_GOOD) // 2].encode(), ["line", "not well-formed"]),
    "wrong root": (
        b'<?xml version="1.0"?>\n<html><body><p>Not found</p></body></html>\n',
        ["root element", "html"],
    ),
    "eSearch answer, not records": (
        b"<eSearchResult><Count>0</Count><IdList/></eSearchResult>",
        ["eSearchResult"],
    ),
    "billion laughs": (article_set(article_xml(91000203, "&lol9;"), doctype=_LAUGHS).encode(), ["line"]),
    "not UTF-8": (
        article_set(article_xml(91000204, "Caf\udce9 massage")).encode("utf-8", "surrogateescape"),
        ["line"],
    ),
    "a record without a PMID": (article_set(article_xml(91000205), article_xml("")).encode(), ["PMID"]),
    "text that is no record format": (b"Dear colleague,\nplease find attached\n", ["MEDLINE"]),
    "empty": (b"", ["empty"]),
    "truncated gzip": (gzip.compress(_GOOD.encode())[:200], []),
}


@pytest.mark.parametrize("content, named", XML_CASES.values(), ids=XML_CASES.keys())
def test_a_bad_record_file_imports_nothing(ws: Workspace, content: bytes, named: list[str]) -> None:
    # The good file comes first: an import is all or nothing, so its records must not stay either.
    good = ws.write("good.xml", _GOOD)
    bad = ws.write("bad.xml.gz" if content.startswith(b"\x1f\x8b") else "bad.xml", content)
    before = dump(ws.store)
    result = invoke("import", str(good), str(bad))
    assert_clean_failure(result, 2, str(bad), *named)
    assert dump(ws.store) == before


def test_an_external_entity_is_never_read(ws: Workspace) -> None:
    secret = ws.write("secret.txt", "XXE-SECRET-4711\n")
    doctype = f'<!DOCTYPE PubmedArticleSet [<!ENTITY xxe SYSTEM "file://{secret}">]>\n'
    passwd = '<!DOCTYPE PubmedArticleSet [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n'
    for name, head in (("xxe.xml", doctype), ("passwd.xml", passwd)):
        path = ws.write(name, article_set(article_xml(91000301, "&xxe;"), doctype=head))
        before = dump(ws.store)
        result = invoke("import", str(path))
        assert_clean_failure(result, 2, str(path))
        assert "XXE-SECRET" not in result.output + result.stderr
        assert "root:" not in result.output + result.stderr
        assert dump(ws.store) == before


def test_a_missing_file_is_named(ws: Workspace) -> None:
    before = dump(ws.store)
    missing = ws.root / "nowhere.xml"
    assert_clean_failure(invoke("import", str(missing)), 2, str(missing))
    assert dump(ws.store) == before


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes need a POSIX system")
def test_a_named_pipe_is_named_as_one(ws: Workspace) -> None:
    before = dump(ws.store)
    fifo = ws.root / "records.xml"
    os.mkfifo(fifo)
    error = assert_clean_failure(invoke("import", str(fifo)), 2, str(fifo), "named pipe (FIFO)")
    assert "not found" not in error and "does not exist" not in error
    assert dump(ws.store) == before


def test_a_directory_is_not_a_record_file(ws: Workspace) -> None:
    before = dump(ws.store)
    folder = ws.root / "folder"
    folder.mkdir()
    assert_clean_failure(invoke("import", str(folder)), 2, str(folder))
    assert dump(ws.store) == before


def test_medline_without_a_pmid_names_the_line(ws: Workspace) -> None:
    no_pmid = MEDLINE_ARTICLE.replace("PMID- 91000101\n", "")
    path = ws.write("bad.nbib", "PMID- 91000103\nTI  - Fine.\n\n" + no_pmid)
    before = dump(ws.store)
    assert_clean_failure(invoke("import", str(path)), 2, str(path), "line 4", "no PMID")
    assert dump(ws.store) == before


def test_medline_with_a_stray_line_names_the_line(ws: Workspace) -> None:
    path = ws.write("bad.txt", MEDLINE_ARTICLE + "this line is not a field\n")
    before = dump(ws.store)
    assert_clean_failure(invoke("import", str(path)), 2, str(path), "line 12")
    assert dump(ws.store) == before


def test_medline_with_missing_optional_fields_and_a_book_imports_whole(ws: Workspace) -> None:
    sparse = "PMID- 91000104\nTI  - A record with nothing else.\n"
    path = ws.write("mixed.nbib", "\n".join([MEDLINE_ARTICLE, MEDLINE_BOOK, sparse]))
    result = invoke("import", str(path))
    assert result.exit_code == 0, result.output + result.stderr
    assert stored_pmids(ws.store) == {*SEED_PMIDS, "91000101", "91000102", "91000104"}
    with closing(sqlite3.connect(ws.store)) as db:
        (parsed,) = db.execute("SELECT parsed FROM records WHERE pmid = '91000102'").fetchone()
    assert '"is_book": true' in parsed


# --- outputs -------------------------------------------------------------------------------


def test_export_to_a_path_under_a_regular_file_fails_cleanly(ws: Workspace) -> None:
    blocker = ws.write("blocker", "a regular file, not a directory\n")
    target = blocker / "records.jsonl"
    before = dump(ws.store)
    assert_clean_failure(invoke("export", "--output", str(target)), 2, str(target))
    assert dump(ws.store) == before
    assert blocker.read_text() == "a regular file, not a directory\n"


def _digest_query(ws: Workspace) -> None:
    ws.query("seeded", 'name = "seeded"\nterm = "hand massage"\n')


def test_digest_to_a_directory_under_a_regular_file_fails_cleanly(ws: Workspace) -> None:
    _digest_query(ws)
    blocker = ws.write("blocker", "a regular file, not a directory\n")
    out = blocker / "digest"
    result = invoke("digest", "seeded", "--offline", "--month", "2024-03", "--out", str(out))
    assert_clean_failure(result, 2, str(blocker))
    # The digest may have cached its extractions before failing to write; records stay as they were.
    assert stored_pmids(ws.store) == set(SEED_PMIDS)
    assert blocker.read_text() == "a regular file, not a directory\n"


@pytest.mark.parametrize("month", ["2024-13", "2024-3", "March", "2024-03-01", "", "0000-01"])
def test_a_bad_month_is_named(ws: Workspace, month: str) -> None:
    _digest_query(ws)
    before = dump(ws.store)
    out = ws.root / "reports"
    result = invoke("digest", "seeded", "--offline", "--month", month, "--out", str(out))
    assert_clean_failure(result, 2, "--month", "YYYY-MM")
    assert dump(ws.store) == before
    assert not out.exists()


# --- settings -----------------------------------------------------------------------------

SETTING_CASES = {
    "timeout nan": ("HARVESTER_TIMEOUT", "nan"),
    "timeout inf": ("HARVESTER_TIMEOUT", "inf"),
    "timeout 1e400": ("HARVESTER_TIMEOUT", "1e400"),
    "refresh in 27,000 years": ("HARVESTER_REFRESH_AFTER_DAYS", "10000000"),
    "url without a scheme": ("HARVESTER_EUTILS_URL", "notaurl"),
    "url with a port too large": ("HARVESTER_EUTILS_URL", "http://127.0.0.1:99999/e/"),
    "url with a broken IPv6 host": ("HARVESTER_EUTILS_URL", "http://[::1/e/"),
    "ftp url": ("HARVESTER_EUTILS_URL", "ftp://ftp.ncbi.nlm.nih.gov/e/"),
}


@pytest.mark.parametrize(("variable", "value"), SETTING_CASES.values(), ids=SETTING_CASES.keys())
@pytest.mark.parametrize("command", ["harvest", "digest"])
def test_a_bad_setting_is_named_before_any_run_starts(
    ws: Workspace, monkeypatch: pytest.MonkeyPatch, variable: str, value: str, command: str
) -> None:
    _digest_query(ws)
    monkeypatch.setenv(variable, value)
    before = dump(ws.store)
    assert_clean_failure(invoke(command, "seeded"), 2, variable)
    assert dump(ws.store) == before  # no run recorded as failed


# --- two writers at once -------------------------------------------------------------------


# ``harvester import``, with every file counted as large (a bulk load) when the first argument
# says so: the files here are small, and the bulk load is what a baseline-size file gets.
IMPORT_COMMAND = (
    "import sys; import harvester.jobs.imports as imports; from harvester.cli import main\n"
    "if sys.argv[1] == 'bulk': imports.BULK_MIN_BYTES = 0\n"
    "sys.argv = ['harvester', 'import', *sys.argv[2:]]; main()"
)


@pytest.mark.integration
@pytest.mark.parametrize("mode", ["wal", "bulk"])
def test_two_imports_at_once_both_land_or_one_is_told_the_store_is_busy(ws: Workspace, mode: str) -> None:
    batches = {
        "first.xml": range(92_000_001, 92_003_001),
        "second.xml": range(93_000_001, 93_003_001),
    }
    paths = [
        ws.write(name, article_set(*(article_xml(pmid) for pmid in pmids))) for name, pmids in batches.items()
    ]
    env = {**os.environ, "HARVESTER_DATA_DIR": str(ws.data_dir)}
    command = [sys.executable, "-c", IMPORT_COMMAND, mode]
    processes = [
        subprocess.Popen(
            [*command, str(path)], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
        )
        for path in paths
    ]
    outcomes = [(process.wait(timeout=120), *process.communicate()) for process in processes]

    expected = set(SEED_PMIDS)
    for (code, _out, err), pmids in zip(outcomes, batches.values()):
        assert "Traceback" not in err
        if code == 0:
            expected |= {str(p) for p in pmids}
        else:
            assert code == 2, err
            assert "busy" in err and len(err.strip().splitlines()) == 1
    assert any(code == 0 for code, _, _ in outcomes)
    assert stored_pmids(ws.store) == expected
    with closing(sqlite3.connect(ws.store)) as db:
        assert db.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        statuses = [row[0] for row in db.execute("SELECT status FROM runs WHERE kind = 'import'")]
    assert statuses.count("complete") == 1 + sum(1 for code, _, _ in outcomes if code == 0)
