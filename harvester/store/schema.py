"""The store's SQL: the schema and the statements ``harvester.store.store`` runs more than once.

Kept apart so that store.py reads as behaviour; bump ``SCHEMA_VERSION`` in store.py when the
schema changes.
"""

SCHEMA = """
CREATE TABLE records (
    pmid          TEXT PRIMARY KEY,
    source_format TEXT NOT NULL,
    raw           TEXT NOT NULL,
    parsed        TEXT NOT NULL,
    entrez_date   TEXT,
    retracted     INTEGER NOT NULL,
    corrections   TEXT NOT NULL,
    content_hash  TEXT NOT NULL,
    fetched_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL
);
CREATE TABLE runs (
    id                INTEGER PRIMARY KEY AUTOINCREMENT,
    query             TEXT,
    kind              TEXT NOT NULL,
    started_at        TEXT NOT NULL,
    finished_at       TEXT,
    status            TEXT NOT NULL,
    query_translation TEXT,
    count             INTEGER,
    fetched           INTEGER,
    new               INTEGER,
    refreshed         INTEGER,
    missing           INTEGER,
    message           TEXT,
    host              TEXT NOT NULL,
    pid               INTEGER NOT NULL
);
CREATE TABLE query_members (
    query          TEXT NOT NULL,
    pmid           TEXT NOT NULL REFERENCES records(pmid),
    first_seen_run INTEGER REFERENCES runs(id),
    first_seen_at  TEXT NOT NULL,
    last_seen_run  INTEGER REFERENCES runs(id),
    PRIMARY KEY (query, pmid)
);
CREATE TABLE status_changes (
    id                 INTEGER PRIMARY KEY AUTOINCREMENT,
    pmid               TEXT NOT NULL REFERENCES records(pmid),
    changed_at         TEXT NOT NULL,
    run_id             INTEGER REFERENCES runs(id),
    retracted_before   INTEGER NOT NULL,
    retracted_after    INTEGER NOT NULL,
    corrections_before TEXT NOT NULL,
    corrections_after  TEXT NOT NULL
);
CREATE TABLE extractions (
    pmid              TEXT NOT NULL,
    extractor_version TEXT NOT NULL,
    data              TEXT NOT NULL,
    saved_at          TEXT NOT NULL,
    PRIMARY KEY (pmid, extractor_version)
);
CREATE INDEX query_members_pmid ON query_members(pmid);
CREATE INDEX status_changes_pmid ON status_changes(pmid, changed_at);
"""

RUN_COLUMNS = (
    "id, query, kind, started_at, finished_at, status, query_translation, count, fetched, new, "
    "refreshed, missing, message"
)


# raw and parsed may come as text or as the same text's UTF-8 bytes (see store_rows.RecordRow); the
# CAST stores either as TEXT, byte for byte the same, and leaves text as it is.
INSERT_SQL = (
    "INSERT INTO records (pmid, source_format, raw, parsed, entrez_date, retracted, corrections, "
    "content_hash, fetched_at, updated_at) VALUES (?,?,CAST(? AS TEXT),CAST(? AS TEXT),?,?,?,?,?,?)"
)
UPDATE_SQL = (
    "UPDATE records SET source_format = ?, raw = CAST(? AS TEXT), parsed = CAST(? AS TEXT), "
    "entrez_date = ?, retracted = ?, corrections = ?, content_hash = ?, fetched_at = ?, "
    "updated_at = ? WHERE pmid = ?"
)
STATUS_CHANGE_SQL = (
    "INSERT INTO status_changes (pmid, changed_at, run_id, retracted_before, retracted_after, "
    "corrections_before, corrections_after) VALUES (?,?,?,?,?,?,?)"
)
# A membership of query_members m that counts now; the parameter is Store._current_from's run.
CURRENT_MEMBER = "(m.last_seen_run IS NULL OR m.last_seen_run >= ?)"
ATTACH_SQL = (
    "INSERT INTO query_members (query, pmid, first_seen_run, first_seen_at, last_seen_run) "
    "VALUES (?, ?, ?, ?, ?) ON CONFLICT (query, pmid) DO UPDATE SET "
    "last_seen_run = COALESCE(excluded.last_seen_run, last_seen_run)"
)
