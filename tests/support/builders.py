"""Fictional records and PubMed XML for tests, built in one place."""

from __future__ import annotations

import datetime as dt

from harvester.models import AbstractSection, Author, Journal, PubDate, Record


def make_record(pmid: str, title: str = "A fictional trial of widget therapy", **fields: object) -> Record:
    values: dict[str, object] = {
        "pmid": pmid,
        "title": title,
        "abstract": (AbstractSection("Twelve fictional people received widgets.", "METHODS", "METHODS"),),
        "authors": (Author(last_name="Doe", fore_name="Jane", initials="J"),),
        "journal": Journal(title="Journal of Imaginary Medicine"),
        "pub_date": PubDate(year=2021, month=3),
        "entrez_date": dt.date(2021, 3, 4),
        "raw": f"<PubmedArticle><PMID>{pmid}</PMID></PubmedArticle>",
    }
    values.update(fields)
    return Record(**values)  # type: ignore[arg-type]
