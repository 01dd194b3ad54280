"""The Atom feed: valid XML, stable ids, dates from PubMed rather than the clock, text escaped."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import defusedxml.ElementTree as SafeET
import feedparser

from harvester.report.feed import atom_feed
from harvester.report.view import build_view
from support.report_samples import HOSTILE, HOSTILE_TITLE, RCT, RECORDS, RETRACTED, sample_digest

NS = {"a": "http://www.w3.org/2005/Atom"}


def _feed(**overrides):
    return SafeET.fromstring(atom_feed(build_view(sample_digest(**overrides))).encode("utf-8"))


def test_feed_is_atom_with_the_required_feed_elements():
    feed = _feed()
    assert feed.tag == "{http://www.w3.org/2005/Atom}feed"
    assert feed.findtext("a:id", namespaces=NS) == "urn:evidence-harvester:query:ms-massage"
    assert feed.findtext("a:title", namespaces=NS) == "Massage therapy for multiple sclerosis: new studies"
    assert feed.findtext("a:author/a:name", namespaces=NS) == "evidence-harvester"
    assert feed.findtext("a:updated", namespaces=NS) == "2025-03-28T00:00:00Z"  # latest entry


def test_entries_are_the_new_studies_with_stable_pmid_ids_and_entrez_dates():
    entries = _feed().findall("a:entry", NS)
    ids = [e.findtext("a:id", namespaces=NS) for e in entries]
    assert ids == [
        "urn:pmid:10000001",
        "urn:pmid:10000002",
        "urn:pmid:10000005",
        "urn:pmid:10000006",
        "urn:pmid:10000004",
    ]
    rct = entries[0]
    assert rct.findtext("a:updated", namespaces=NS) == f"{RCT.entrez_date.isoformat()}T00:00:00Z"
    links = {link.get("rel"): link.get("href") for link in rct.findall("a:link", NS)}
    assert links == {
        "alternate": "https://pubmed.ncbi.nlm.nih.gov/10000001/",
        "related": "https://doi.org/10.5555/fict.2025.001",
    }
    summary = rct.findtext("a:summary", namespaces=NS)
    assert "Spasticity (Modified Ashworth Scale): improved vs sham" in summary
    assert "\u201cSpasticity improved more with massage than sham (P = 0.03).\u201d" in summary


def test_hostile_text_is_escaped_and_round_trips_exactly():
    text = atom_feed(build_view(sample_digest()))
    assert "<script" not in text and "&lt;script&gt;" in text
    entry = next(
        e
        for e in _feed().findall("a:entry", NS)
        if e.findtext("a:id", namespaces=NS) == f"urn:pmid:{HOSTILE.pmid}"
    )
    assert entry.findtext("a:title", namespaces=NS) == " ".join(HOSTILE_TITLE.split())
    assert entry.find("a:link[@rel='related']", NS).get("href") == (
        "https://doi.org/10.5555/x%29%22%3E%3Cscript%3E"
    )


def test_retracted_entries_say_so_in_title_and_summary():
    entry = next(
        e
        for e in _feed().findall("a:entry", NS)
        if e.findtext("a:id", namespaces=NS) == f"urn:pmid:{RETRACTED.pmid}"
    )
    assert entry.findtext("a:title", namespaces=NS).startswith("[RETRACTED] ")
    assert entry.findtext("a:summary", namespaces=NS).startswith("RETRACTED:")


def test_a_month_without_new_studies_is_a_valid_empty_feed_dated_by_the_digest():
    feed = _feed(month="2026-01")
    assert feed.findall("a:entry", NS) == []
    assert feed.findtext("a:updated", namespaces=NS) == "2025-03-31T00:00:00Z"


def test_the_feed_is_byte_identical_for_the_same_input():
    assert atom_feed(build_view(sample_digest())) == atom_feed(build_view(sample_digest()))


def _links(feed):
    return [(link.get("rel"), link.get("href")) for link in feed.findall("a:link", NS)]


def test_an_unpublished_feed_links_its_digest_relatively_and_names_no_self():
    assert _links(_feed()) == [("alternate", "digest.html")]


def test_a_published_feed_names_its_own_address_and_the_digest_s():
    feed = _feed(publish_url="https://example.org/digests/2025-03/ms-massage/")
    assert _links(feed) == [
        ("self", "https://example.org/digests/2025-03/ms-massage/feed.xml"),
        ("alternate", "https://example.org/digests/2025-03/ms-massage/digest.html"),
    ]


def test_entries_of_one_entrez_day_have_distinct_times_as_feed_readers_parse_them():
    """Real months put many records on one Entrez day; the W3C validator rejects equal `updated`."""
    same_day = [replace(record, entrez_date=dt.date(2025, 3, 12)) for record in RECORDS]
    parsed = feedparser.parse(atom_feed(build_view(sample_digest(records=tuple(same_day)))))
    assert not parsed.bozo, parsed.bozo_exception
    times = {entry.id: entry.updated for entry in parsed.entries}
    assert len(set(times.values())) == len(times) == len(RECORDS)
    in_pmid_order = [times[key] for key in sorted(times, key=lambda k: int(k.rsplit(":", 1)[1]))]
    assert in_pmid_order == sorted(in_pmid_order)  # a later PMID arrived later: a stable tie-break
    assert in_pmid_order[0] == "2025-03-12T00:00:00Z" and in_pmid_order[1] == "2025-03-12T00:00:01Z"
    assert parsed.feed.updated == max(times.values())
