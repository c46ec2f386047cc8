-- Schema version 1. Every row that can travel between contest files carries a UUID besides its key.
-- Kept to SQL that PostgreSQL also accepts, except for the triggers' RAISE (SQLite-only, see Database).

CREATE TABLE contest (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    title_ru TEXT NOT NULL,
    title_kk TEXT NOT NULL,
    year INTEGER NOT NULL,
    template TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL
);

CREATE TABLE stage (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    contest_id INTEGER NOT NULL REFERENCES contest(id),
    kind TEXT NOT NULL CHECK (kind IN ('regional', 'national')),
    state TEXT NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'finalised')),
    finalised_at TEXT,
    UNIQUE (contest_id, kind)
);

CREATE TABLE methodology (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    stage_id INTEGER REFERENCES stage(id),
    version INTEGER NOT NULL DEFAULT 1,
    json TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

CREATE TABLE region (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    kato TEXT UNIQUE,
    name_ru TEXT NOT NULL,
    name_kk TEXT NOT NULL DEFAULT '',
    sort_order INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE district (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    region_id INTEGER NOT NULL REFERENCES region(id),
    kato TEXT UNIQUE,
    name_ru TEXT NOT NULL,
    name_kk TEXT NOT NULL DEFAULT ''
);
CREATE INDEX district_region ON district(region_id);

CREATE TABLE okrug (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    district_id INTEGER NOT NULL REFERENCES district(id),
    kato TEXT UNIQUE,
    name_ru TEXT NOT NULL,
    name_kk TEXT NOT NULL DEFAULT ''
);
CREATE INDEX okrug_district ON okrug(district_id);

CREATE TABLE nominee (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    okrug_id INTEGER NOT NULL UNIQUE REFERENCES okrug(id),
    full_name TEXT NOT NULL CHECK (length(trim(full_name)) > 0),
    in_office_since TEXT,
    status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'withdrawn', 'disqualified')),
    ethics_conclusion TEXT CHECK (ethics_conclusion IN ('compliant', 'not_compliant')),
    notes TEXT NOT NULL DEFAULT ''
);

CREATE TABLE criterion (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    stage_kind TEXT NOT NULL CHECK (stage_kind IN ('regional', 'national')),
    code TEXT NOT NULL UNIQUE CHECK (length(trim(code)) > 0),
    title_ru TEXT NOT NULL,
    title_kk TEXT NOT NULL DEFAULT '',
    title_en TEXT NOT NULL DEFAULT '',
    source TEXT NOT NULL CHECK (source IN ('commission', 'survey', 'ethics')),
    max_points REAL NOT NULL CHECK (max_points > 0),
    weight REAL NOT NULL DEFAULT 1 CHECK (weight >= 0),
    sort_order INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE commission (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    stage_kind TEXT NOT NULL CHECK (stage_kind IN ('regional', 'national')),
    region_id INTEGER REFERENCES region(id),
    name_ru TEXT NOT NULL,
    name_kk TEXT NOT NULL DEFAULT '',
    UNIQUE (stage_kind, region_id),
    CHECK ((stage_kind = 'regional') = (region_id IS NOT NULL))
);

CREATE TABLE member (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    commission_id INTEGER NOT NULL REFERENCES commission(id),
    full_name TEXT NOT NULL CHECK (length(trim(full_name)) > 0),
    role TEXT NOT NULL CHECK (role IN ('chair', 'deputy', 'secretary', 'member')),
    position TEXT NOT NULL DEFAULT '',
    sort_order INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX member_commission ON member(commission_id);

CREATE TABLE member_conflict (
    member_id INTEGER NOT NULL REFERENCES member(id),
    nominee_id INTEGER NOT NULL REFERENCES nominee(id),
    reason TEXT NOT NULL DEFAULT '',
    declared_at TEXT NOT NULL,
    PRIMARY KEY (member_id, nominee_id)
);

CREATE TABLE score (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    member_id INTEGER NOT NULL REFERENCES member(id),
    nominee_id INTEGER NOT NULL REFERENCES nominee(id),
    criterion_id INTEGER NOT NULL REFERENCES criterion(id),
    state TEXT NOT NULL CHECK (state IN ('entered', 'abstained', 'recused')),
    points REAL,
    comment TEXT NOT NULL DEFAULT '',
    updated_at TEXT NOT NULL,
    UNIQUE (member_id, nominee_id, criterion_id),
    CHECK ((state = 'entered') = (points IS NOT NULL))
);
CREATE INDEX score_nominee ON score(nominee_id, criterion_id);

CREATE TABLE survey_import (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL CHECK (kind IN ('population', 'ethics')),
    region_id INTEGER REFERENCES region(id),
    file_name TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    rows_read INTEGER NOT NULL DEFAULT 0,
    rows_imported INTEGER NOT NULL DEFAULT 0,
    rows_rejected INTEGER NOT NULL DEFAULT 0,
    mapping_json TEXT NOT NULL DEFAULT '{}',
    imported_at TEXT NOT NULL,
    imported_by TEXT NOT NULL
);

-- Answers are anonymous: nothing that identifies a respondent is stored.
CREATE TABLE survey_response (
    id INTEGER PRIMARY KEY,
    import_id INTEGER NOT NULL REFERENCES survey_import(id),
    nominee_id INTEGER NOT NULL REFERENCES nominee(id),
    kind TEXT NOT NULL CHECK (kind IN ('population', 'ethics')),
    submitted_at TEXT,
    source_row INTEGER NOT NULL
);
CREATE INDEX survey_response_import ON survey_response(import_id);
CREATE INDEX survey_response_nominee ON survey_response(nominee_id, kind);

CREATE TABLE survey_answer (
    response_id INTEGER NOT NULL REFERENCES survey_response(id),
    criterion_id INTEGER NOT NULL REFERENCES criterion(id),
    value REAL NOT NULL,
    PRIMARY KEY (response_id, criterion_id)
);

-- Per nominee x criterion running totals, written in each import's transaction so a re-rank never
-- scans answers; `check` recomputes them from the raw answers.
CREATE TABLE survey_aggregate (
    nominee_id INTEGER NOT NULL REFERENCES nominee(id),
    criterion_id INTEGER NOT NULL REFERENCES criterion(id),
    n INTEGER NOT NULL DEFAULT 0,
    total REAL NOT NULL DEFAULT 0,
    PRIMARY KEY (nominee_id, criterion_id)
);

CREATE TABLE audit_log (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    user_name TEXT NOT NULL,
    action TEXT NOT NULL,
    object_type TEXT NOT NULL,
    object_uuid TEXT NOT NULL DEFAULT '',
    old_value TEXT NOT NULL DEFAULT '',
    new_value TEXT NOT NULL DEFAULT '',
    reason TEXT NOT NULL DEFAULT '',
    prev_hash TEXT NOT NULL,
    hash TEXT NOT NULL UNIQUE
);

CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only');
END;

CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only');
END;
