"""write_digest: every file, every section, deterministic bytes, hostile text inert everywhere."""

from __future__ import annotations

import datetime as dt
import io
import json
import re
from html.parser import HTMLParser
from pathlib import Path

import defusedxml.ElementTree as SafeET
import mistune
import pandas as pd
import pytest
from markdown_it import MarkdownIt

from harvester.errors import OutputError
from harvester.extract.types import Evidence, Extraction, Finding, SafetyNote, StudyFacts
from harvester.models import AbstractSection, Author, Journal, PubDate, Record, StatusChange
from harvester.queries import Caution
from harvester.report.files import DOWNLOADS, write_digest
from support.report_samples import EXTRACTIONS, HOSTILE, HOSTILE_TITLE, RECORDS, VERSION, sample_digest

FILES = [
    "citations.bib",
    "citations.json",
    "citations.ris",
    "digest.html",
    "digest.md",
    "feed.xml",
    "findings.csv",
    "studies.csv",
]
SECTIONS = ["summary", "new", "outcomes", "safety", "corrections", "methods"]


class _Tags(HTMLParser):
    """Collects every start tag with its attributes, and the page's visible text."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data):
        self.text.append(data)


@pytest.fixture(scope="module")
def out(tmp_path_factory) -> Path:
    directory = tmp_path_factory.mktemp("digest") / "reports" / "2025-03" / "ms-massage"
    write_digest(sample_digest(), directory)
    return directory


def _html(out: Path) -> _Tags:
    parser = _Tags()
    parser.feed((out / "digest.html").read_text(encoding="utf-8"))
    parser.close()
    return parser


def test_write_digest_creates_the_directory_and_returns_every_file(tmp_path):
    paths = write_digest(sample_digest(), tmp_path / "a" / "b")
    assert [p.name for p in paths] == FILES
    assert all(p.is_file() and p.stat().st_size > 0 for p in paths)
    assert sorted(p.name for p in (tmp_path / "a" / "b").iterdir()) == FILES  # no temp files left


def test_same_input_gives_byte_identical_files_whatever_the_input_order(tmp_path):
    write_digest(sample_digest(), tmp_path / "one")
    shuffled = sample_digest(
        records=tuple(reversed(RECORDS)), extractions=dict(reversed(list(EXTRACTIONS.items())))
    )
    write_digest(shuffled, tmp_path / "two")
    for name in FILES:
        assert (tmp_path / "one" / name).read_bytes() == (tmp_path / "two" / name).read_bytes(), name


def test_rewriting_replaces_the_files(tmp_path):
    write_digest(sample_digest(), tmp_path)
    write_digest(sample_digest(fictional=False), tmp_path)
    assert "Demonstration" not in (tmp_path / "digest.html").read_text(encoding="utf-8")


def test_an_unwritable_directory_is_an_output_error_naming_it(tmp_path):
    blocker = tmp_path / "not-a-directory"
    blocker.write_text("x")
    with pytest.raises(OutputError, match=re.escape(str(blocker / "digest"))):
        write_digest(sample_digest(), blocker / "digest")


def test_html_has_every_section_and_is_self_contained(out):
    page = _html(out)
    ids = {attrs.get("id") for _, attrs in page.tags}
    assert set(SECTIONS) <= ids
    names = [tag for tag, _ in page.tags]
    assert "script" not in names and "img" not in names and "iframe" not in names
    links = [a for t, a in page.tags if t == "link"]  # no external stylesheet, font or icon
    assert [(a["rel"], a["type"], a["href"]) for a in links] == [
        ("alternate", "application/atom+xml", "feed.xml")
    ]
    assert ("meta", {"name": "viewport", "content": "width=device-width, initial-scale=1"}) in page.tags
    assert "svg" in names and "style" in names
    assert not [a for _, a in page.tags if (a.get("src") or "").startswith(("http", "//"))]
    text = (out / "digest.html").read_text(encoding="utf-8")
    assert "@media print" in text and "<script" not in text.lower()


def test_html_quotes_every_finding_with_its_offsets_and_links_the_sources(out):
    page = _html(out)
    quotes = [a for t, a in page.tags if t == "blockquote"]
    assert {
        "data-start": "82",
        "data-end": "141",
        "data-pmid": "10000001",
        "cite": "https://pubmed.ncbi.nlm.nih.gov/10000001/",
    }.items() <= quotes[0].items()
    hrefs = {a.get("href") for t, a in page.tags if t == "a"}
    assert {
        "https://pubmed.ncbi.nlm.nih.gov/10000001/",
        "https://doi.org/10.5555/fict.2025.001",
        "https://www.ncbi.nlm.nih.gov/home/about/policies/",
    } <= hrefs
    visible = " ".join(" ".join(page.text).split())
    assert "Spasticity (Modified Ashworth Scale): improved vs sham, P = 0.03, end of treatment" in visible
    assert "Spasticity improved more with massage than sham (P = 0.03)." in visible
    assert "RETRACTED: do not rely on this study" in visible
    assert "Demonstration: every record here is fictional." in visible
    assert "Extractor version: rules-1.0." in visible
    assert "2025-03-25: PMID 10000004 retracted" in visible


def test_evidence_map_svg_has_titles_a_legend_and_a_text_alternative(out):
    page = _html(out)
    svg = next(a for t, a in page.tags if t == "svg")
    assert svg["role"] == "img" and svg["aria-labelledby"] == "map-title map-desc"
    visible = " ".join(page.text)
    assert "spasticity x massage: 1 study found improvement" in visible  # a mark's <title>
    assert "Improvement" in visible and "No difference" in visible
    assert any(t == "table" for t, _ in page.tags)


def test_no_banner_when_the_records_are_real(tmp_path):
    write_digest(sample_digest(fictional=False), tmp_path)
    assert "fictional." not in (tmp_path / "digest.html").read_text(encoding="utf-8")
    assert "fictional.**" not in (tmp_path / "digest.md").read_text(encoding="utf-8")


def test_markdown_has_the_sections_and_both_citation_styles(out):
    text = (out / "digest.md").read_text(encoding="utf-8")
    for heading in (
        "## Summary",
        "## New this month (5)",
        "## Evidence by outcome",
        "## Safety and cautions",
        "## Retracted or corrected",
        "## Methods and limits",
    ):
        assert f"\n{heading}\n" in text
    assert "- AMA (11th edition): Doe J, Roe RA, Poe E. Fictional trial" in text
    assert "- APA (7th edition): Doe, J., Roe, R. A., & Poe, E. (2025)." in text
    assert "  > Spasticity improved more with massage than sham (P = 0.03).\n" in text


def test_hostile_record_is_inert_in_every_file(out):
    html = (out / "digest.html").read_text(encoding="utf-8")
    assert "&lt;script&gt;alert(1)&lt;/script&gt; Kneading &amp; [click](javascript:alert(2))" in html
    assert not re.search(r"<script|<b>Group|<b>kneading|javascript:alert\(2\)\"", html, re.I)
    assert 'href="javascript' not in html

    md = (out / "digest.md").read_text(encoding="utf-8")
    assert "\\<script>alert(1)\\</script> Kneading & \\[click\\](javascript:alert(2))" in md
    assert not re.search(r"(?<!\\)<(script|b>)", md) and "[click](" not in md
    assert "\\*bold\\* \\`code\\`" in md

    studies = pd.read_csv(out / "studies.csv", dtype={"pmid": str}).set_index("pmid")
    assert studies.loc[HOSTILE.pmid, "journal"].startswith("'=")
    findings = pd.read_csv(out / "findings.csv", dtype={"pmid": str}).set_index("pmid")
    assert findings.loc[HOSTILE.pmid, "evidence"].startswith("'=HYPERLINK")

    ris = (out / "citations.ris").read_text(encoding="utf-8")
    assert all(re.fullmatch(r"[A-Z][A-Z0-9]  - .*", line) for line in ris.splitlines() if line)
    items = json.loads((out / "citations.json").read_text(encoding="utf-8"))
    assert len(items) == len(RECORDS)
    bib = (out / "citations.bib").read_text(encoding="utf-8")
    assert bib.count("@article{") == len(RECORDS)
    unescaped = re.sub(r"\\[{}]", "", bib)
    assert unescaped.count("{") == unescaped.count("}")

    feed = (out / "feed.xml").read_text(encoding="utf-8")
    assert "<script" not in feed
    SafeET.fromstring(feed.encode("utf-8"))

    for name in FILES:  # odd but legal Unicode is kept, never mangled
        assert "\U0001f600" in (out / name).read_text(encoding="utf-8"), name


def test_bidi_and_control_characters_reach_no_output(tmp_path):
    """A fictional record hiding bidi overrides, a NUL and an escape in every field it has."""
    trick = "\u202e\u2066\x00\x1b[2J\x07"
    sentence = f"Pain fell{trick} after massage."
    record = Record(
        pmid="10000007",
        title=f"Fictional {trick}exe.txt trial",
        abstract=(AbstractSection(f"Eight people had massage. {sentence}", f"RESULTS{trick}"),),
        authors=(Author(last_name=f"Doe{trick}", fore_name=f"Ann{trick}", initials="A"),),
        journal=Journal(f"Fictional{trick} Journal", f"Fict{trick} J", f"0000-000{trick}1"),
        volume=f"1{trick}",
        issue=f"2{trick}",
        pages=f"3-9{trick}",
        pub_date=PubDate(2025, 3, None),
        entrez_date=dt.date(2025, 3, 3),
        doi=f"10.5555/fict{trick}.7",
        pmcid=f"PMC{trick}7",
    )
    start = record.abstract_text.index(sentence)
    evidence = Evidence(sentence, start, start + len(sentence))
    extraction = Extraction(
        pmid=record.pmid,
        version=VERSION,
        facts=StudyFacts(design="case series", n_analysed=8, interventions=("massage",)),
        findings=(
            Finding(
                "pain",
                f"pain{trick}",
                "improved",
                "within_group",
                f"end{trick}",
                evidence,
                p_value=f"p{trick}=0.01",
            ),
        ),
        safety=(SafetyNote("caution", evidence),),
    )
    digest = sample_digest(
        records=(*RECORDS, record),
        extractions={**EXTRACTIONS, record.pmid: extraction},
        query_title=f"Fictional{trick} search",
        status_changes=(
            StatusChange(record.pmid, "2025-03-09T09:00:00Z", 5, False, False, (), (f"ErratumIn{trick}",)),
        ),
    )
    write_digest(digest, tmp_path)
    for name in FILES:
        text = (tmp_path / name).read_text(encoding="utf-8")
        assert "10000007" in text, name  # the record is there, only its tricks are gone
        found = {f"U+{ord(c):04X}" for c in text if c in "\u202e\u2066\x00\x1b\x07"}
        assert not found, (name, found)


def test_every_text_file_uses_unix_line_endings(out):
    for name in FILES:
        assert b"\r\n" not in (out / name).read_bytes(), name


def test_tables_cover_every_record_not_only_the_new_ones(out):
    studies = pd.read_csv(io.StringIO((out / "studies.csv").read_text(encoding="utf-8")))
    assert len(studies) == len(RECORDS)
    assert int(studies["new_this_month"].sum()) == 5


def test_the_page_and_the_markdown_link_every_companion_file_written_beside_them(out):
    hrefs = [
        a["href"]
        for t, a in _html(out).tags
        if t == "a" and "://" not in (a.get("href") or "#") and not a["href"].startswith("#")
    ]
    assert hrefs == [name for name, _ in DOWNLOADS]
    assert set(hrefs) == set(FILES) - {"digest.html", "digest.md"}
    markdown = (out / "digest.md").read_text(encoding="utf-8")
    assert all(f"]({name})" in markdown for name in hrefs)


CAUTIONS = (
    Caution("Fictional caution: wait while a <b>flare</b> settles.", "Fictional guide, 2020"),
    Caution("Second fictional caution.", "Another fictional guide"),
)


@pytest.mark.parametrize("records", [RECORDS, ()], ids=["with notes", "no record at all"])
def test_standing_cautions_open_the_safety_section_every_month(tmp_path, records):
    write_digest(sample_digest(records=records, cautions=CAUTIONS), tmp_path)
    page = (tmp_path / "digest.html").read_text(encoding="utf-8")
    safety = page[page.index('<section id="safety">') : page.index('<section id="corrections">')]
    first = safety.index("Fictional caution: wait while a &lt;b&gt;flare&lt;/b&gt; settles.")
    assert first < safety.index("Second fictional caution.") < safety.index("Another fictional guide")
    assert "Source: Fictional guide, 2020" in safety
    if records:
        assert first < safety.index("<article")  # before what the abstracts report
    md = (tmp_path / "digest.md").read_text(encoding="utf-8")
    section = md[md.index("## Safety and cautions") : md.index("## Retracted or corrected")]
    assert (
        "- Fictional caution: wait while a \\<b>flare\\</b> settles. (Source: Fictional guide, 2020)"
        in section
    )


def test_no_cautions_no_box(out):
    assert 'class="cautions"' not in (out / "digest.html").read_text(encoding="utf-8")


@pytest.mark.parametrize("renderer", ["markdown-it", "mistune"])
def test_digest_md_shows_hostile_record_text_as_written_in_markdown_renderers(out, renderer):
    text = (out / "digest.md").read_text(encoding="utf-8")
    page = MarkdownIt("commonmark").render(text) if renderer == "markdown-it" else mistune.html(text)
    parser = _Tags()
    parser.feed(page)
    parser.close()
    tags = {tag for tag, _ in parser.tags}
    assert not tags & {"script", "b", "i"}  # the record's markup stays text
    assert not any(attrs.get("href", "").startswith("javascript") for _, attrs in parser.tags)
    shown = " ".join("".join(parser.text).split())
    assert " ".join(HOSTILE_TITLE.split()) in shown  # and reads exactly as the record has it
