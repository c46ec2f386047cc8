-- Schema version 5: the state of each member's ballot. A member scores cell by cell (each cell
-- its own transaction), then submits: the ballot is locked until the secretary reopens it with
-- a reason (kept in the audit log). The version grows with every submit and reopen, so that a
-- ballot package made before a reopen can be told from one made after it.
-- A row is written when a member starts scoring; a member without one has an open ballot at
-- version 0 (as have the demo's ballots and the scores of files from before version 5).

CREATE TABLE ballot (
    member_id INTEGER PRIMARY KEY REFERENCES member(id),
    state TEXT NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'submitted')),
    submitted_at TEXT,
    submitted_by TEXT,
    version INTEGER NOT NULL DEFAULT 0 CHECK (version >= 0),
    CHECK ((state = 'submitted') = (submitted_at IS NOT NULL AND submitted_by IS NOT NULL))
);
