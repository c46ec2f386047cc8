-- Schema version 3: finalised results. A regional commission finalises its region's stage I, the
-- republican commission stage II. What was finalised can never change: no update, no delete.

CREATE TABLE finalisation (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    stage_kind TEXT NOT NULL CHECK (stage_kind IN ('regional', 'national')),
    region_id INTEGER REFERENCES region(id),
    finalised_at TEXT NOT NULL,
    finalised_by TEXT NOT NULL,
    -- The methodology the ranking was computed with, frozen with it.
    methodology_json TEXT NOT NULL,
    -- SHA-256 of the ranking as `rank --format json` writes it, so a printed protocol and a
    -- recomputation can be checked against what was finalised.
    ranking_sha256 TEXT NOT NULL,
    nominees INTEGER NOT NULL,
    advancing_json TEXT NOT NULL DEFAULT '[]',
    chair_decision_json TEXT NOT NULL DEFAULT '[]',
    CHECK ((stage_kind = 'regional') = (region_id IS NOT NULL))
);
-- One per region for stage I and one for stage II (SQLite's UNIQUE lets NULLs repeat).
CREATE UNIQUE INDEX finalisation_scope ON finalisation(stage_kind, ifnull(region_id, 0));

CREATE TRIGGER finalisation_no_update BEFORE UPDATE ON finalisation
BEGIN
    SELECT RAISE(ABORT, 'a finalised result cannot change');
END;

CREATE TRIGGER finalisation_no_delete BEFORE DELETE ON finalisation
BEGIN
    SELECT RAISE(ABORT, 'a finalised result cannot change');
END;
