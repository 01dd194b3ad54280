"""The monthly job for one saved search: harvest, read every abstract, write the digest files.

This module only wires the stages together; each stage lives in its own module:
``harvest`` (PubMed into the store), ``extract`` (findings, cached in the store by extractor
version) and ``report`` (the files). Everything the files show comes from the store and the
month, never from the wall clock, so a digest can be rebuilt byte for byte for any past month.
"""

from __future__ import annotations

import calendar
import datetime as dt
import hashlib
import json
import logging
from dataclasses import dataclass, replace
from pathlib import Path
from urllib.parse import urlsplit

from harvester.errors import InputError
from harvester.extract import EXTRACTOR_VERSION, extract, load_vocabulary
from harvester.extract.types import Extraction, extraction_from_json, extraction_to_json
from harvester.extract.vocabulary import ExtraDomainLike, TopicLike, Vocabulary
from harvester.jobs.harvest import HarvestReport, harvest
from harvester.models import Record
from harvester.progress import progress
from harvester.queries import Query
from harvester.report.files import write_digest
from harvester.report.view import MONTH, DigestInput
from harvester.settings import Settings
from harvester.store import Run, Store, StoredExtraction

log = logging.getLogger(__name__)

DEFAULT_REPORTS_DIR = Path("reports")
FICTIONAL_MARKER = "(fictional records)"


@dataclass(frozen=True)
class DigestResult:
    """What ``build_digest`` wrote, for the CLI's summary."""

    out_dir: Path
    files: tuple[Path, ...]
    records: int
    new_this_month: int
    harvest: HarvestReport | None

    @property
    def html(self) -> Path:
        return self.out_dir / "digest.html"


def parse_month(month: str) -> tuple[dt.date, dt.date]:
    """'2026-10' -> (first day, last day); anything else is the user's mistake."""
    match = MONTH.fullmatch(month)
    if not match:
        raise InputError(f"--month {month!r}: expected YYYY-MM, for example 2026-10")
    year, number = int(match.group(1)), int(match.group(2))
    if year < dt.MINYEAR:
        raise InputError(
            f"--month {month!r}: there is no year 0; expected YYYY-MM from 0001-01 on, for example 2026-10"
        )
    last = calendar.monthrange(year, number)[1]
    return dt.date(year, number, 1), dt.date(year, number, last)


def current_month(today: dt.date | None = None) -> str:
    today = today or dt.datetime.now(dt.UTC).date()
    return f"{today.year:04d}-{today.month:02d}"


def build_digest(
    query: Query,
    settings: Settings,
    *,
    month: str | None = None,
    out_dir: Path | None = None,
    offline: bool = False,
) -> DigestResult:
    """Harvest ``query`` (unless offline), then write its digest for ``month`` to ``out_dir``."""
    month = current_month() if month is None else month  # "" is a bad month, not "now"
    first_day, last_day = parse_month(month)
    address = publish_address(settings.publish_url, query.name, month) if settings.publish_url else None
    report = None if offline else harvest(query, settings)
    out_dir = out_dir or DEFAULT_REPORTS_DIR / month / query.name
    with Store.open(settings.store_path) as store:
        records = tuple(store.records(query.name, raw=False))
        if not records and offline:
            raise InputError(
                f"the store in {settings.data_dir} holds no records for saved search '{query.name}': "
                f"run 'harvester harvest {query.name}', or 'harvester import FILE --query {query.name}'"
            )
        vocabulary = load_vocabulary(query.topic)
        extractions = cached_extractions(store, records, query, vocabulary)
        digest = _digest_input(store, query, vocabulary, month, records, extractions, address)
    files = write_digest(digest, out_dir)
    new = sum(1 for r in records if r.entrez_date and first_day <= r.entrez_date <= last_day)
    return DigestResult(out_dir, tuple(files), len(records), new, report)


def publish_address(template: str, query: str, month: str) -> str:
    """The web address a digest's folder is published at, ending in "/".

    ``template`` may hold ``{query}`` and ``{month}``, so that one setting serves every saved
    search and month: publishing ``reports/`` at https://example.org/digests/ gives
    https://example.org/digests/{month}/{query}/. The feed then names its own address.
    """
    advice = (
        "give the http(s) address of the digest's folder, e.g. https://example.org/digests/{month}/{query}/"
    )
    try:
        address = template.format(query=query, month=month)
    except (KeyError, IndexError, ValueError):
        raise InputError(
            f"publish URL {template!r}: only {{query}} and {{month}} may be filled in; {advice}"
        ) from None
    parts = urlsplit(address)
    if parts.scheme not in ("http", "https") or not parts.netloc or parts.query or parts.fragment:
        raise InputError(f"publish URL {template!r}: {advice}")
    return address if address.endswith("/") else address + "/"


def extractor_version(query: Query) -> str:
    """The extractor version, plus a fingerprint of the search's own words.

    A saved search's extra domains, techniques, comparators and safety words change what the
    extractor finds, so they are part of the cache key: editing them recomputes that search's
    extractions and nothing else.
    """
    return topic_version(query.topic)


def topic_version(topic: TopicLike | None) -> str:
    """``extractor_version`` for a saved search's own words, wherever they come from."""
    if topic is None:
        return EXTRACTOR_VERSION
    extras: list[list] = [
        [d.name, list(d.synonyms), list(d.instruments), d.polarity]
        # only where given, so that the searches that give none keep their stored extractions
        + ([list(d.not_when_preceded_by), list(d.not_when_followed_by)] if _lookalikes(d) else [])
        for d in topic.domains
    ]
    for kind, terms in (("techniques", topic.techniques), ("comparators", topic.comparators)):
        extras += [[kind, t.key, t.label, list(t.synonyms), t.control_arm] for t in terms]
    for kind, words in (("harms", topic.harms), ("relapses", topic.relapses)):
        extras += [[kind, list(words)]] if words else []
    if not extras:
        return EXTRACTOR_VERSION
    fingerprint = hashlib.sha256(json.dumps(extras, sort_keys=True).encode()).hexdigest()[:12]
    return f"{EXTRACTOR_VERSION}+{fingerprint}"


def _lookalikes(domain: ExtraDomainLike) -> bool:
    return bool(domain.not_when_preceded_by or domain.not_when_followed_by)


def cached_extractions(
    store: Store, records: tuple[Record, ...], query: Query, vocabulary: Vocabulary
) -> dict[str, Extraction]:
    """Extractions for every record: read from the store, computing (and saving) only the missing."""
    version = extractor_version(query)
    stored = store.extractions((r.pmid for r in records), version)
    found = {pmid: extraction_from_json(row.data) for pmid, row in stored.items()}
    missing = [r for r in records if r.pmid not in found]
    if missing:
        fresh = []
        with progress("Reading abstracts", total=len(missing), unit="abstract", log=log) as step:
            for record in missing:
                fresh.append(replace(extract(record, vocabulary), version=version))
                step.update()
        store.save_extractions(StoredExtraction(e.pmid, e.version, extraction_to_json(e)) for e in fresh)
        found.update((e.pmid, e) for e in fresh)
    return found


def _digest_input(
    store: Store,
    query: Query,
    vocabulary: Vocabulary,
    month: str,
    records: tuple[Record, ...],
    extractions: dict[str, Extraction],
    publish_url: str | None,
) -> DigestInput:
    first_day, last_day = parse_month(month)
    last_run = store.last_complete_run(query.name, kind="harvest")
    changes = [
        c
        for c in store.status_changes(query.name, since=first_day)
        if c.changed_at[:10] <= last_day.isoformat()
    ]
    return DigestInput(
        query_name=query.name,
        query_title=query.title,
        query_description=query.description,
        query_term=query.full_term(),
        query_translation=last_run.query_translation if last_run else None,
        month=month,
        generated_for=_data_date(store.last_complete_run(query.name), last_day),
        matched_count=last_run.count if last_run else None,
        records=records,
        extractions=extractions,
        status_changes=tuple(changes),
        focus_outcomes=focus_domains(query, vocabulary),
        domain_labels={domain.key: domain.label for domain in vocabulary.domains},
        fictional=any(FICTIONAL_MARKER in (r.journal.title or "") for r in records),
        publish_url=publish_url,
        cautions=query.cautions,
    )


def focus_domains(query: Query, vocabulary: Vocabulary) -> tuple[str, ...]:
    """The saved search's focus outcomes ("quality of life") as vocabulary keys ("quality_of_life")."""
    keys = []
    for name in query.focus_outcomes:
        domain = vocabulary.find_domain(name)
        if domain is None:
            known = ", ".join(sorted(d.key for d in vocabulary.domains))
            raise InputError(
                f"{query.path}: field 'outcomes.focus' names {name!r}, which is no outcome domain; "
                f"use one of: {known}"
            )
        keys.append(domain.key)
    return tuple(dict.fromkeys(keys))


def _data_date(last_run: Run | None, last_day: dt.date) -> dt.date:
    """The date the digest's data was read ("data as of"): the search's last complete harvest or
    import, or the month's end for a past month. Read from the store, never the clock, so the same
    store and month give the same digest; a digest of the current month says the day it was read."""
    if last_run is None or not last_run.finished_at:
        return last_day
    return min(dt.date.fromisoformat(last_run.finished_at[:10]), last_day)
