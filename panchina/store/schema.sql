-- Panchina database schema (version in panchina/store/db.py: SCHEMA_VERSION).
-- Meant to be read by any SQLite tool (Datasette, pandas, sqlite3): readable names, partial ISO
-- dates as TEXT ("2024", "2024-03", "2024-03-12"), booleans as 0/1, JSON only in `extra` and
-- `honours`. Every statement is idempotent so two processes creating the file at once agree.

CREATE TABLE IF NOT EXISTS meta (
    key   TEXT PRIMARY KEY,   -- app, schema_version, fused_stale
    value TEXT NOT NULL
);

-- Layer 1: per-document facts, what each article said. Written once per document, in one
-- transaction; never updated, so a re-ingest is a no-op.

CREATE TABLE IF NOT EXISTS documents (
    id                 TEXT PRIMARY KEY,            -- content-derived
    source             TEXT NOT NULL,               -- file path, URL or feed item
    title              TEXT,
    text               TEXT NOT NULL,               -- cleaned text; evidence offsets index it
    published          TEXT,                        -- partial ISO date
    published_inferred INTEGER NOT NULL DEFAULT 0 CHECK (published_inferred IN (0, 1)),
    language           TEXT NOT NULL,
    url                TEXT,
    ingested_at        TEXT NOT NULL                -- UTC, ISO 8601
);

CREATE TABLE IF NOT EXISTS mentions (
    document_id TEXT NOT NULL REFERENCES documents (id),
    ordinal     INTEGER NOT NULL,                   -- position in the extraction's list
    kind        TEXT NOT NULL,                      -- person, club, competition, date, ...
    start       INTEGER NOT NULL,
    "end"       INTEGER NOT NULL,
    text        TEXT NOT NULL,
    key         TEXT,                               -- canonical key (club id, ISO date, ...)
    sentence    INTEGER NOT NULL,
    PRIMARY KEY (document_id, ordinal)
);

CREATE TABLE IF NOT EXISTS event_mentions (
    id               TEXT PRIMARY KEY,              -- "<document id>:e<ordinal>"
    document_id      TEXT NOT NULL REFERENCES documents (id),
    ordinal          INTEGER NOT NULL,
    extracted_id     TEXT NOT NULL DEFAULT '',      -- Event.id as extracted (usually empty)
    type             TEXT NOT NULL,
    status           TEXT NOT NULL,
    club_id          TEXT NOT NULL,
    club_name        TEXT NOT NULL,
    coach_id         TEXT NOT NULL,
    coach_name       TEXT NOT NULL,
    replaces_id      TEXT,
    replaces_name    TEXT,
    replaced_by_id   TEXT,
    replaced_by_name TEXT,
    date             TEXT,
    date_inferred    INTEGER NOT NULL DEFAULT 0 CHECK (date_inferred IN (0, 1)),
    league           TEXT,
    season           TEXT,
    position         INTEGER,
    reason           TEXT,
    confidence       REAL NOT NULL,
    extra            TEXT NOT NULL DEFAULT '{}',    -- JSON object of strings
    UNIQUE (document_id, ordinal)
);

CREATE TABLE IF NOT EXISTS stint_mentions (
    id             TEXT PRIMARY KEY,                -- "<document id>:s<ordinal>"
    document_id    TEXT NOT NULL REFERENCES documents (id),
    ordinal        INTEGER NOT NULL,
    extracted_id   TEXT NOT NULL DEFAULT '',        -- Stint.id as extracted (usually empty)
    coach_id       TEXT NOT NULL,
    coach_name     TEXT NOT NULL,
    team_id        TEXT NOT NULL,
    team_name      TEXT NOT NULL,
    role           TEXT NOT NULL,
    start          TEXT,
    start_inferred INTEGER NOT NULL DEFAULT 0 CHECK (start_inferred IN (0, 1)),
    "end"          TEXT,
    end_inferred   INTEGER NOT NULL DEFAULT 0 CHECK (end_inferred IN (0, 1)),
    end_reason     TEXT,
    honours        TEXT NOT NULL DEFAULT '[]',      -- JSON list of strings
    UNIQUE (document_id, ordinal)
);

-- Spans supporting a fact of either layer, in their stored order. fact_id is an event_mentions
-- or stint_mentions id (layer 1) or an events or stints id (layer 2), as fact_kind says.
CREATE TABLE IF NOT EXISTS evidence (
    fact_kind   TEXT NOT NULL
                CHECK (fact_kind IN ('event', 'stint', 'event_mention', 'stint_mention')),
    fact_id     TEXT NOT NULL,
    ordinal     INTEGER NOT NULL,
    document_id TEXT NOT NULL,
    start       INTEGER NOT NULL,
    "end"       INTEGER NOT NULL,
    quote       TEXT NOT NULL,
    PRIMARY KEY (fact_kind, fact_id, ordinal)
);
CREATE INDEX IF NOT EXISTS evidence_document ON evidence (document_id);
-- The fused record is rebuilt club by club and coach by coach (flat memory).
CREATE INDEX IF NOT EXISTS event_mentions_club ON event_mentions (club_id);
CREATE INDEX IF NOT EXISTS stint_mentions_coach ON stint_mentions (coach_id);

-- Layer 2: the fused record, one row per real event or stint, rebuilt from layer 1 as a whole.

CREATE TABLE IF NOT EXISTS clubs (
    id   TEXT PRIMARY KEY,
    name TEXT NOT NULL
);

CREATE TABLE IF NOT EXISTS persons (
    id   TEXT PRIMARY KEY,
    name TEXT NOT NULL
);

CREATE TABLE IF NOT EXISTS events (
    id               TEXT PRIMARY KEY,
    type             TEXT NOT NULL,
    status           TEXT NOT NULL,
    club_id          TEXT NOT NULL REFERENCES clubs (id),
    club_name        TEXT NOT NULL,
    coach_id         TEXT NOT NULL REFERENCES persons (id),
    coach_name       TEXT NOT NULL,
    replaces_id      TEXT REFERENCES persons (id),
    replaces_name    TEXT,
    replaced_by_id   TEXT REFERENCES persons (id),
    replaced_by_name TEXT,
    date             TEXT,
    date_inferred    INTEGER NOT NULL DEFAULT 0 CHECK (date_inferred IN (0, 1)),
    league           TEXT,
    season           TEXT,
    position         INTEGER,
    reason           TEXT,
    confidence       REAL NOT NULL,
    extra            TEXT NOT NULL DEFAULT '{}'
);
CREATE INDEX IF NOT EXISTS events_club ON events (club_id);
CREATE INDEX IF NOT EXISTS events_coach ON events (coach_id);

CREATE TABLE IF NOT EXISTS stints (
    id             TEXT PRIMARY KEY,
    coach_id       TEXT NOT NULL REFERENCES persons (id),
    coach_name     TEXT NOT NULL,
    team_id        TEXT NOT NULL REFERENCES clubs (id),
    team_name      TEXT NOT NULL,
    role           TEXT NOT NULL,
    start          TEXT,
    start_inferred INTEGER NOT NULL DEFAULT 0 CHECK (start_inferred IN (0, 1)),
    "end"          TEXT,
    end_inferred   INTEGER NOT NULL DEFAULT 0 CHECK (end_inferred IN (0, 1)),
    end_reason     TEXT,
    honours        TEXT NOT NULL DEFAULT '[]'
);
CREATE INDEX IF NOT EXISTS stints_coach ON stints (coach_id);
CREATE INDEX IF NOT EXISTS stints_team ON stints (team_id);

-- Inputs that could not be read; reported, never fatal to a batch.
CREATE TABLE IF NOT EXISTS ingest_failures (
    id      INTEGER PRIMARY KEY,
    source  TEXT NOT NULL,
    message TEXT NOT NULL,
    at      TEXT NOT NULL                           -- UTC, ISO 8601
);

-- Human corrections of fused events. Event ids are stable across re-ingestion, so a correction
-- outlives any rebuild; it is applied whenever events are read.
CREATE TABLE IF NOT EXISTS corrections (
    id       INTEGER PRIMARY KEY,
    event_id TEXT NOT NULL,
    field    TEXT NOT NULL,
    value    TEXT,                                  -- as the export writes it; NULL clears
    note     TEXT,
    at       TEXT NOT NULL                          -- UTC, ISO 8601
);
CREATE INDEX IF NOT EXISTS corrections_event ON corrections (event_id);

-- Near-duplicate documents (syndicated or re-published copies, MinHash LSH): a copy is not an
-- independent source.
CREATE TABLE IF NOT EXISTS document_links (
    document_id  TEXT PRIMARY KEY REFERENCES documents (id),
    duplicate_of TEXT NOT NULL REFERENCES documents (id),
    similarity   REAL NOT NULL
);

-- MinHash signatures of documents (128 little-endian uint32), to find near-copies among new ones.
CREATE TABLE IF NOT EXISTS signatures (
    document_id TEXT PRIMARY KEY REFERENCES documents (id),
    minhash     BLOB NOT NULL
);

-- Locality-sensitive hashing bands of the signatures: documents sharing a band are the
-- candidates a new document may copy (kept here, not in memory, so memory stays flat).
CREATE TABLE IF NOT EXISTS signature_bands (
    band        INTEGER NOT NULL,
    key         BLOB NOT NULL,
    document_id TEXT NOT NULL REFERENCES documents (id)
);
CREATE INDEX IF NOT EXISTS signature_bands_key ON signature_bands (band, key);
