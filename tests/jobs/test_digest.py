"""The monthly job end to end: records in the store (imported or harvested) -> the digest files."""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import re
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st

import harvester.jobs.digest as digest_module
from harvester.cli import cli
from harvester.errors import InputError
from harvester.extract import load_vocabulary
from harvester.jobs.digest import build_digest, extractor_version, focus_domains, parse_month, publish_address
from harvester.jobs.imports import import_files
from harvester.pubmed import parse_xml
from harvester.queries import ExtraTerm, Topic, load_query
from harvester.settings import Settings
from harvester.store import Store
from support import PROJECT_ROOT
from support.demo_data import DEMO_QUERY, DEMO_RECORDS
from support.standin import StandIn

DIGEST_FILES = {
    "digest.html",
    "digest.md",
    "studies.csv",
    "findings.csv",
    "citations.ris",
    "citations.bib",
    "citations.json",
    "feed.xml",
}


@pytest.fixture
def demo_store(settings: Settings) -> Settings:
    """A store holding the fictional demo records, attached to the saved search 'demo'."""
    with Store.open(settings.store_path) as store:
        import_files([DEMO_RECORDS], store, query="demo")
    return settings


@pytest.fixture
def demo_query():
    return load_query(DEMO_QUERY, DEMO_QUERY.parent)


def read_all(directory: Path) -> dict[str, bytes]:
    return {path.name: path.read_bytes() for path in sorted(directory.iterdir())}


def test_an_offline_digest_of_imported_records_writes_every_file(demo_store, demo_query, tmp_path):
    result = build_digest(demo_query, demo_store, month="2026-10", out_dir=tmp_path / "out", offline=True)

    assert {path.name for path in result.files} == DIGEST_FILES
    assert result.html == tmp_path / "out" / "digest.html"
    assert result.records == 36
    assert result.new_this_month == 7  # demo records with an Entrez date in October 2026
    assert result.harvest is None


def test_the_same_store_and_month_give_identical_bytes(demo_store, demo_query, tmp_path):
    build_digest(demo_query, demo_store, month="2026-10", out_dir=tmp_path / "a", offline=True)
    build_digest(demo_query, demo_store, month="2026-10", out_dir=tmp_path / "b", offline=True)

    assert read_all(tmp_path / "a") == read_all(tmp_path / "b")


def test_new_this_month_follows_the_entrez_date_so_past_months_can_be_rebuilt(
    demo_store, demo_query, tmp_path
):
    september = build_digest(demo_query, demo_store, month="2026-09", out_dir=tmp_path / "s", offline=True)
    with open(tmp_path / "s" / "studies.csv", encoding="utf-8", newline="") as handle:
        flagged = [row["pmid"] for row in csv.DictReader(handle) if row["new_this_month"] == "TRUE"]

    assert september.new_this_month == 2
    assert len(flagged) == 2


def test_fictional_records_are_announced_in_the_digest(demo_store, demo_query, tmp_path):
    build_digest(demo_query, demo_store, month="2026-10", out_dir=tmp_path, offline=True)

    assert "every record here is fictional" in (tmp_path / "digest.html").read_text(encoding="utf-8")
    assert "fictional" in (tmp_path / "digest.md").read_text(encoding="utf-8").lower()


def test_hostile_demo_text_comes_out_inert(demo_store, demo_query, tmp_path):
    build_digest(demo_query, demo_store, month="2026-10", out_dir=tmp_path, offline=True)
    html = (tmp_path / "digest.html").read_text(encoding="utf-8")

    assert "<script" not in html.lower()
    assert "&lt;script&gt;" in html
    for name in ("studies.csv", "findings.csv"):
        with open(tmp_path / name, encoding="utf-8", newline="") as handle:
            cells = [cell for row in csv.reader(handle) for cell in row]
        assert not [cell for cell in cells if cell[:1] in ("=", "+", "@")], name
        assert not [cell for cell in cells if cell.startswith("-") and not re.fullmatch(r"-[\d.]+", cell)]


def test_extractions_are_computed_once_and_reused(demo_store, demo_query, tmp_path, monkeypatch):
    calls: list[str] = []
    real_extract = digest_module.extract

    def counting_extract(record, vocabulary=None):
        calls.append(record.pmid)
        return real_extract(record, vocabulary)

    monkeypatch.setattr(digest_module, "extract", counting_extract)
    build_digest(demo_query, demo_store, month="2026-10", out_dir=tmp_path / "a", offline=True)
    first = len(calls)
    build_digest(demo_query, demo_store, month="2026-10", out_dir=tmp_path / "b", offline=True)

    assert first == 36
    assert len(calls) == first  # the second digest read every extraction from the store


def test_a_new_extractor_version_recomputes(demo_store, demo_query, tmp_path, monkeypatch):
    build_digest(demo_query, demo_store, month="2026-10", out_dir=tmp_path / "a", offline=True)
    monkeypatch.setattr(digest_module, "EXTRACTOR_VERSION", "next")
    calls: list[str] = []
    real_extract = digest_module.extract
    monkeypatch.setattr(
        digest_module,
        "extract",
        lambda record, vocabulary=None: calls.append(record.pmid) or real_extract(record, vocabulary),
    )
    build_digest(demo_query, demo_store, month="2026-10", out_dir=tmp_path / "b", offline=True)

    assert len(calls) == 36


def test_a_search_s_own_outcome_domains_are_part_of_the_extraction_version(demo_query):
    without_extras = dataclasses.replace(demo_query, topic=Topic())

    assert extractor_version(without_extras) == digest_module.EXTRACTOR_VERSION
    assert extractor_version(demo_query).startswith(digest_module.EXTRACTOR_VERSION + "+")


def test_a_search_s_techniques_comparators_and_safety_words_are_part_of_the_extraction_version(demo_query):
    cupping = ExtraTerm("cupping", "cupping", ("cupping",))
    topics = [
        demo_query.topic,
        dataclasses.replace(demo_query.topic, techniques=(cupping,)),
        dataclasses.replace(demo_query.topic, comparators=(cupping,)),
        dataclasses.replace(demo_query.topic, comparators=(dataclasses.replace(cupping, control_arm=True),)),
        dataclasses.replace(demo_query.topic, harms=("skin marks",)),
        dataclasses.replace(demo_query.topic, relapses=("skin marks",)),
    ]
    versions = [extractor_version(dataclasses.replace(demo_query, topic=topic)) for topic in topics]
    assert len(set(versions)) == len(topics)


def test_the_words_that_make_a_search_s_domain_another_thing_are_part_of_the_extraction_version(demo_query):
    (first, *rest) = demo_query.topic.domains
    versions = {
        extractor_version(dataclasses.replace(demo_query, topic=Topic(domains=(extra, *rest))))
        for extra in (
            first,
            dataclasses.replace(first, not_when_preceded_by=("brain",)),
            dataclasses.replace(first, not_when_followed_by=("brain",)),
        )
    }
    assert len(versions) == 3


@pytest.mark.parametrize("month", ["2026-13", "2026-1", "October", "2026/10", ""])
def test_a_malformed_month_is_refused_before_anything_runs(month):
    with pytest.raises(InputError, match="YYYY-MM"):
        parse_month(month)


def test_an_offline_digest_of_an_empty_search_says_how_to_fill_it(settings, demo_query, tmp_path):
    with pytest.raises(InputError, match="harvester import FILE --query demo"):
        build_digest(demo_query, settings, month="2026-10", out_dir=tmp_path / "out", offline=True)
    assert not (tmp_path / "out").exists()


def test_a_live_digest_harvests_first_and_shows_pubmed_s_count(
    settings, demo_query, eutils_standin: StandIn, tmp_path
):
    for record in DEMO_RECORDS.read_text(encoding="utf-8").split("<PubmedArticle>")[1:]:
        eutils_standin.add_article_xml(
            "<PubmedArticle>" + record.split("</PubmedArticle>")[0] + "</PubmedArticle>"
        )
    live = dataclasses.replace(settings, eutils_url=eutils_standin.url)

    result = build_digest(demo_query, live, month="2026-10", out_dir=tmp_path, offline=False)

    assert result.harvest is not None and result.harvest.new == 36
    assert result.records == 36
    html = (tmp_path / "digest.html").read_text(encoding="utf-8")
    assert "not searched" not in html  # the count came from the harvest, not from an import


def test_the_digest_command_prints_the_html_path(demo_store, tmp_path, monkeypatch):
    out = tmp_path / "report"
    result = CliRunner().invoke(
        cli,
        [
            "--data-dir",
            str(demo_store.data_dir),
            "digest",
            str(DEMO_QUERY),
            "--month",
            "2026-10",
            "--offline",
            "--out",
            str(out),
        ],
    )

    assert result.exit_code == 0, result.output
    assert result.stdout.strip() == str(out / "digest.html")


def test_the_digest_command_rejects_a_bad_month_with_exit_2(demo_store):
    result = CliRunner().invoke(
        cli,
        [
            "--data-dir",
            str(demo_store.data_dir),
            "digest",
            str(DEMO_QUERY),
            "--month",
            "2026-13",
            "--offline",
        ],
    )

    assert result.exit_code == 2
    assert "YYYY-MM" in result.stderr
    assert "Traceback" not in result.output


def test_focus_outcomes_are_matched_to_vocabulary_domains(demo_query):
    keys = focus_domains(demo_query, load_vocabulary(demo_query.topic))

    assert "quality_of_life" in keys and "quality of life" not in keys
    assert len(keys) == len(demo_query.focus_outcomes)


def test_an_unknown_focus_outcome_names_the_file_and_field(demo_query):
    query = dataclasses.replace(demo_query, focus_outcomes=("pain", "happiness of cats"))
    with pytest.raises(InputError, match=r"demo\.toml: field 'outcomes\.focus' names 'happiness of cats'"):
        focus_domains(query, load_vocabulary())


@pytest.mark.parametrize("path", sorted(PROJECT_ROOT.joinpath("queries").glob("*.toml")))
def test_every_shipped_saved_search_names_known_focus_outcomes(path):
    query = load_query(path, path.parent)
    assert len(focus_domains(query, load_vocabulary(query.topic))) == len(set(query.focus_outcomes))


def test_a_record_retracted_during_the_month_is_reported_as_a_status_change(demo_store, demo_query, tmp_path):
    original = next(r for r in parse_xml(DEMO_RECORDS) if r.pmid == "99000001")
    retracted_xml = original.raw.replace(
        "<PublicationType>Journal Article</PublicationType>",
        "<PublicationType>Journal Article</PublicationType><PublicationType>Retracted Publication</PublicationType>",
    )
    (retracted,) = parse_xml(f"<PubmedArticleSet>{retracted_xml}</PubmedArticleSet>".encode())
    october = lambda: dt.datetime(2026, 10, 20, 6, 0, tzinfo=dt.UTC)  # noqa: E731
    with Store.open(demo_store.store_path, now=october) as store:
        store.add_records([retracted], query="demo")

    build_digest(demo_query, demo_store, month="2026-10", out_dir=tmp_path / "oct", offline=True)
    build_digest(demo_query, demo_store, month="2026-09", out_dir=tmp_path / "sep", offline=True)

    october_md = (tmp_path / "oct" / "digest.md").read_text(encoding="utf-8")
    september_md = (tmp_path / "sep" / "digest.md").read_text(encoding="utf-8")
    assert "2026-10-20: PMID 99000001 retracted" in october_md
    assert "PMID 99000001 retracted" not in september_md  # a change shows in the month it happened


def test_a_publish_address_fills_in_the_search_and_month_and_ends_with_a_slash():
    assert publish_address("https://example.org/d/{month}/{query}", "massage-ms", "2026-10") == (
        "https://example.org/d/2026-10/massage-ms/"
    )
    assert publish_address("http://example.org/latest/", "demo", "2026-10") == "http://example.org/latest/"


@pytest.mark.parametrize(
    "template",
    [
        "example.org/digests/",
        "ftp://example.org/",
        "https:///no-host/",
        "https://example.org/{year}/",
        "https://example.org/?page={month}",
        "https://example.org/{",
        "https://example.org/{0}/",
    ],
)
def test_a_publish_address_that_is_no_web_folder_is_refused_with_an_example(template):
    with pytest.raises(InputError, match=r"https://example\.org/digests/\{month\}/\{query\}/"):
        publish_address(template, "demo", "2026-10")


def test_a_published_digest_s_feed_names_its_own_address(demo_store, demo_query, tmp_path):
    settings = dataclasses.replace(demo_store, publish_url="https://example.org/d/{month}/{query}/")
    build_digest(demo_query, settings, month="2026-10", out_dir=tmp_path / "out", offline=True)

    feed = (tmp_path / "out" / "feed.xml").read_text(encoding="utf-8")
    assert 'rel="self" type="application/atom+xml" href="https://example.org/d/2026-10/demo/feed.xml"' in feed
    assert 'rel="alternate" type="text/html" href="https://example.org/d/2026-10/demo/digest.html"' in feed


def test_the_digest_command_refuses_a_bad_publish_url_before_harvesting(demo_store, eutils_standin: StandIn):
    result = CliRunner().invoke(
        cli,
        [
            "--data-dir",
            str(demo_store.data_dir),
            "digest",
            str(DEMO_QUERY),
            "--month",
            "2026-10",
            "--publish-url",
            "ftp://example.org/",
        ],
    )

    assert result.exit_code == 2
    assert result.stderr.count("\n") == 1 and "publish URL 'ftp://example.org/'" in result.stderr
    assert eutils_standin.requests == []


def test_the_saved_search_s_cautions_reach_the_digest(demo_store, demo_query, tmp_path):
    assert demo_query.cautions  # demo.toml carries the project's two
    build_digest(demo_query, demo_store, month="2026-10", out_dir=tmp_path, offline=True)
    page = (tmp_path / "digest.html").read_text(encoding="utf-8")
    for caution in demo_query.cautions:
        assert " ".join(caution.text.split()) in page and caution.source.replace("'", "&#39;") in page


def test_a_digest_of_the_current_month_says_the_day_its_data_was_read(settings, demo_query, tmp_path):
    first_of_december = lambda: dt.datetime(2026, 12, 1, 7, 0, tzinfo=dt.UTC)  # noqa: E731
    with Store.open(settings.store_path, now=first_of_december) as store:
        import_files([DEMO_RECORDS], store, query="demo")

    build_digest(demo_query, settings, month="2026-12", out_dir=tmp_path / "dec", offline=True)
    build_digest(demo_query, settings, month="2026-10", out_dir=tmp_path / "oct", offline=True)

    assert "Data as of 1 December 2026." in (tmp_path / "dec" / "digest.md").read_text(encoding="utf-8")
    assert "Data as of 31 October 2026." in (tmp_path / "oct" / "digest.md").read_text(encoding="utf-8")


@hypothesis_settings(max_examples=200, deadline=None)
@given(month=st.text(max_size=10) | st.from_regex(r"\A\d{4}-\d{2}\Z"))
def test_any_month_text_is_a_month_or_a_one_line_error_naming_the_option(month: str) -> None:
    try:
        first, last = parse_month(month)
    except InputError as error:
        assert str(error).startswith("--month ") and "\n" not in str(error)
        return
    assert first.day == 1 and (first.year, first.month) == (last.year, last.month)
    assert f"{first.year:04d}-{first.month:02d}" == month
