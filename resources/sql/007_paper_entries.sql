-- Schema version 7: double entry of paper ballots. Two secretaries type the same paper ballot
-- independently (entry 1 and entry 2); only when both are complete and agree cell by cell are
-- the cells written to the score table and the ballot submitted (DoubleEntryService). Until
-- then the entries are drafts: nothing in them counts.

-- Contest-wide switches, by name ('paper_double_entry': '1' when paper ballots need double
-- entry). Text values, so that a new switch needs no new column.
CREATE TABLE setting (
    name TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

-- One transcription of a member's paper ballot, and the account that types it: the other entry
-- of the same ballot must be typed by another account. An entry emptied again is dropped, so
-- that someone else may type it. Removing the member, a nominee or a criterion drops the drafts
-- with it (they never counted; the paper is still there, and the audit log keeps what was typed).
CREATE TABLE paper_entry (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    member_id INTEGER NOT NULL REFERENCES member(id) ON DELETE CASCADE,
    entry INTEGER NOT NULL CHECK (entry IN (1, 2)),
    typed_by TEXT NOT NULL CHECK (length(trim(typed_by)) > 0),
    started_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    UNIQUE (member_id, entry)
);

-- The cells of an entry, as the score table holds them.
CREATE TABLE paper_cell (
    id INTEGER PRIMARY KEY,
    entry_id INTEGER NOT NULL REFERENCES paper_entry(id) ON DELETE CASCADE,
    nominee_id INTEGER NOT NULL REFERENCES nominee(id) ON DELETE CASCADE,
    criterion_id INTEGER NOT NULL REFERENCES criterion(id) ON DELETE CASCADE,
    state TEXT NOT NULL CHECK (state IN ('entered', 'abstained', 'recused')),
    points REAL,
    comment TEXT NOT NULL DEFAULT '',
    updated_at TEXT NOT NULL,
    UNIQUE (entry_id, nominee_id, criterion_id),
    CHECK ((state = 'entered') = (points IS NOT NULL))
);
CREATE INDEX paper_cell_nominee ON paper_cell(nominee_id);
CREATE INDEX paper_cell_criterion ON paper_cell(criterion_id);
