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

-- One row per response, its answers packed: a 200,000-response export held over a million
-- survey_answer rows, and writing them (with their primary key) was most of an import's time.
-- answers: a JSON object {"<criterion id>": value, ...} of the answered criteria only.
-- row_hash: the first 8 bytes of the row's SHA-256 as a signed 64-bit integer, so that
-- identical rows (same timestamp and answers for the same nominee) are recognised across
-- imports; NULL for responses of a version-1 file, which had none. The importer loads the
-- hashes into memory, and undoing an import (rare) scans, so only the (nominee_id, kind) index
-- is kept: the survey statistics and the ranking count responses per nominee with it.
CREATE TABLE survey_response_v2 (
    id INTEGER PRIMARY KEY,
    import_id INTEGER NOT NULL REFERENCES survey_import(id),
    nominee_id INTEGER NOT NULL REFERENCES nominee(id),
    kind TEXT NOT NULL CHECK (kind IN ('population', 'ethics')),
    submitted_at TEXT,
    source_row INTEGER NOT NULL,
    row_hash INTEGER,
    answers TEXT NOT NULL
);
INSERT INTO survey_response_v2 (id, import_id, nominee_id, kind, submitted_at, source_row,
                                row_hash, answers)
SELECT r.id, r.import_id, r.nominee_id, r.kind, r.submitted_at, r.source_row, NULL,
       coalesce((SELECT json_group_object(a.criterion_id, a.value) FROM survey_answer a
                 WHERE a.response_id = r.id), '{}')
FROM survey_response r;
DROP TABLE survey_answer;
DROP TABLE survey_response;
ALTER TABLE survey_response_v2 RENAME TO survey_response;
CREATE INDEX survey_response_nominee ON survey_response(nominee_id, kind);
