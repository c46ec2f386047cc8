-- Schema version 6: offline ballot packages. The secretary exports a member's ballot as a small
-- file of this same schema holding only what the member scores (their commission, nominees,
-- criteria, conflicts and own cells), which the member opens on any PC, scores and sends back.

-- In a contest file: every package exported from it, and when it came back. An import is
-- refused for a package this file never exported, or one already imported.
CREATE TABLE ballot_package (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    -- By uuid, not a reference: a package on its way does not keep the member from being removed.
    member_uuid TEXT NOT NULL,
    ballot_version INTEGER NOT NULL,
    exported_at TEXT NOT NULL,
    exported_by TEXT NOT NULL,
    imported_at TEXT,
    imported_by TEXT,
    file_sha256 TEXT,
    CHECK ((imported_at IS NULL) = (imported_by IS NULL))
);

-- In a package file: its one row says what it is and seals it. Empty in a contest file.
CREATE TABLE package_manifest (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    package_uuid TEXT NOT NULL UNIQUE,
    contest_uuid TEXT NOT NULL,
    commission_uuid TEXT NOT NULL,
    member_uuid TEXT NOT NULL,
    account_uuid TEXT NOT NULL,
    ballot_version INTEGER NOT NULL,
    methodology_version INTEGER NOT NULL,
    exported_at TEXT NOT NULL,
    exported_by TEXT NOT NULL,
    -- The salt of the member's package key (account.package_salt when it was exported).
    package_salt TEXT NOT NULL,
    -- BLAKE2b keyed with the package key over the package's content (see BallotPackage): the
    -- secretary's copy of the key checks it on import, the member's password recreates it.
    seal TEXT NOT NULL
);
