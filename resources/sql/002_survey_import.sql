-- Schema version 2: what survey and registry imports need to be repeatable and undoable.

-- A spelling of a place that the secretary resolved once; the matcher's aliasKey() (folded
-- region | district | okrug as typed) → the nominee it means.
CREATE TABLE okrug_alias (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    alias_key TEXT NOT NULL UNIQUE,
    nominee_id INTEGER NOT NULL REFERENCES nominee(id),
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL DEFAULT ''
);
CREATE INDEX okrug_alias_nominee ON okrug_alias(nominee_id);

-- Named column mappings, recognised again by the folded header list of a new file.
CREATE TABLE import_profile (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL CHECK (kind IN ('population', 'ethics', 'registry')),
    header_signature TEXT NOT NULL,
    mapping_json TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX import_profile_signature ON import_profile(header_signature);

-- An import undone as a whole keeps its row (and audit entries); its responses are gone.
ALTER TABLE survey_import ADD COLUMN undone_at TEXT;
ALTER TABLE survey_import ADD COLUMN rows_duplicate INTEGER NOT NULL DEFAULT 0;
ALTER TABLE survey_import ADD COLUMN rows_unmatched INTEGER NOT NULL DEFAULT 0;

-- Identical rows (same timestamp and answers for the same nominee) are recognised across imports.
ALTER TABLE survey_response ADD COLUMN row_hash TEXT NOT NULL DEFAULT '';
CREATE INDEX survey_response_hash ON survey_response(nominee_id, row_hash);
