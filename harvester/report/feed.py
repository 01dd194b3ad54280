"""An Atom feed of the month's new studies, for feed readers and blogs.

Entry ids are ``urn:pmid:NNN`` so a reader never shows the same study twice, even across months;
``updated`` comes from the record's Entrez date, never the wall clock, so the feed is
byte-identical when nothing changed. PubMed gives that date to the day, and a feed validator
rejects two entries with the same ``updated``, so entries of one day are a second apart, in PMID
order (PMIDs are handed out in the order records arrive). ElementTree does the XML escaping.
"""

from __future__ import annotations

import datetime as dt
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Sequence
from urllib.parse import quote

from harvester.report.citations import ama
from harvester.report.text import one_line
from harvester.report.view import DigestView, StudyView, pmid_key

ATOM_NS = "http://www.w3.org/2005/Atom"
GENERATOR = "evidence-harvester"


def _timestamp(day: dt.date, second: int = 0) -> str:
    moment = dt.datetime.combine(day, dt.time()) + dt.timedelta(seconds=min(second, 86_399))
    return f"{moment.isoformat()}Z"


def entry_times(studies: Sequence[StudyView], fallback: dt.date) -> dict[str, str]:
    """Each study's ``updated`` by PMID: its Entrez day, plus one second per earlier PMID that day."""
    times: dict[str, str] = {}
    seen: Counter[dt.date] = Counter()
    for study in sorted(studies, key=lambda s: (s.record.entrez_date or fallback, pmid_key(s.pmid))):
        day = study.record.entrez_date or fallback
        times[study.pmid] = _timestamp(day, seen[day])
        seen[day] += 1
    return times


def _add(parent: ET.Element, tag: str, text: str | None = None, **attributes: str) -> ET.Element:
    element = ET.SubElement(parent, f"{{{ATOM_NS}}}{tag}", attributes)
    if text is not None:
        element.text = text
    return element


def _summary(study: StudyView) -> str:
    lines = []
    if study.retracted:
        lines.append("RETRACTED: this study has been retracted; do not cite its findings.")
    lines.append(ama(study.record))
    lines.append(f"Design: {study.design or 'not assessed'}; {study.size}.")
    lines += [f"{line.text}. Abstract: \u201c{line.quote.text}\u201d" for line in study.findings]
    lines += [f"{line.label}. Abstract: \u201c{line.quote.text}\u201d" for line in study.safety]
    return "\n".join(lines)


def _entry(feed: ET.Element, study: StudyView, updated: str) -> None:
    entry = _add(feed, "entry")
    title = study.title or f"PMID {study.pmid}"
    _add(entry, "title", ("[RETRACTED] " if study.retracted else "") + title)
    _add(entry, "id", f"urn:pmid:{study.pmid}")
    _add(entry, "updated", updated)
    _add(entry, "link", rel="alternate", type="text/html", href=study.pubmed_url)
    if study.doi_url:
        _add(entry, "link", rel="related", href=study.doi_url)
    for author in study.record.authors:
        name = one_line(author.display_name)
        if name:
            _add(_add(entry, "author"), "name", name)
    _add(entry, "summary", _summary(study), type="text")


def atom_feed(view: DigestView) -> str:
    """The feed document as text (UTF-8 declared), entries in the digest's order."""
    ET.register_namespace("", ATOM_NS)
    feed = ET.Element(f"{{{ATOM_NS}}}feed")
    _add(feed, "title", f"{one_line(view.query_title)}: new studies")
    _add(feed, "subtitle", one_line(view.query_description))
    _add(feed, "id", f"urn:evidence-harvester:query:{quote(view.query_name, safe='')}")
    times = entry_times(view.new_studies, view.generated_for)
    _add(feed, "updated", max(times.values(), default=_timestamp(view.generated_for)))
    base = view.publish_url or ""  # without it, links are relative to wherever the feed lies
    if view.publish_url:
        _add(feed, "link", rel="self", type="application/atom+xml", href=base + "feed.xml")
    _add(feed, "link", rel="alternate", type="text/html", href=base + "digest.html")
    _add(_add(feed, "author"), "name", GENERATOR)
    _add(feed, "generator", GENERATOR)
    for study in view.new_studies:
        _entry(feed, study, times[study.pmid])
    ET.indent(feed)
    body = ET.tostring(feed, encoding="unicode")
    return '<?xml version="1.0" encoding="utf-8"?>\n' + body + "\n"
