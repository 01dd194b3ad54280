"""The local record store: one SQLite file of records, saved-search membership, runs, extractions.

- ``store``: ``Store``, the operations the jobs use;
- ``schema``: the tables and the SQL that writes them;
- ``rows``: how a ``Record`` becomes a row and back;
- ``connection``: the SQLite connection, with a lock reported as ``StoreBusyError``;
- ``locks``: work that must not run twice at once on one data directory (a harvest of one search).
"""

from harvester.models import StatusChange
from harvester.store.store import AddResult, Clock, Run, Store, StoredExtraction, utc_now

__all__ = ["AddResult", "Clock", "Run", "StatusChange", "Store", "StoredExtraction", "utc_now"]
