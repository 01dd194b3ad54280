"""The fictional demonstration records shipped in harvester/data/demo, parsed once for the tests."""

from __future__ import annotations

from functools import lru_cache

from harvester.models import Record
from harvester.pubmed import iter_records
from support import PROJECT_ROOT

DEMO_DIR = PROJECT_ROOT / "harvester" / "data" / "demo"
DEMO_RECORDS = DEMO_DIR / "records.xml"
DEMO_QUERY = DEMO_DIR / "demo.toml"


@lru_cache(maxsize=1)
def demo_records() -> dict[str, Record]:
    return {record.pmid: record for record in iter_records(DEMO_RECORDS)}
