-- Schema version 8: the particulars of a commission meeting that a printed protocol records and
-- the ranking does not: its number, date, place, hours, invited persons, the voting members who
-- were absent and why, the vote on the decision and (stage II) the special nominations awarded.
-- One meeting per scope, as one protocol per scope: stage I of a region, or stage II. They stay
-- editable after finalising, since a protocol is printed after its result is finalised; the
-- audit log keeps every version (MeetingService).

CREATE TABLE meeting (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    stage_kind TEXT NOT NULL CHECK (stage_kind IN ('regional', 'national')),
    -- Gone with its region: the protocol of a region that no longer exists is no one's.
    region_id INTEGER REFERENCES region(id) ON DELETE CASCADE,
    -- As printed, e.g. '3' or '3-П'; '' until known (printed as a blank to fill in).
    number TEXT NOT NULL DEFAULT '',
    held_on TEXT,
    place_ru TEXT NOT NULL DEFAULT '',
    place_kk TEXT NOT NULL DEFAULT '',
    organisation_ru TEXT NOT NULL DEFAULT '',
    organisation_kk TEXT NOT NULL DEFAULT '',
    -- The time of day, five characters ('10' ':' '30' written together), or NULL when not
    -- recorded. (No colon before a letter here: Qt would take it for a bound parameter.)
    started_at TEXT,
    ended_at TEXT,
    -- Invited persons and observers, one a line, as they are to be printed.
    invited TEXT NOT NULL DEFAULT '',
    -- The vote on the decision; NULL: every present voting member voted for.
    votes_for INTEGER CHECK (votes_for >= 0),
    votes_against INTEGER CHECK (votes_against >= 0),
    votes_abstained INTEGER CHECK (votes_abstained >= 0),
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL,
    CHECK ((stage_kind = 'regional') = (region_id IS NOT NULL)),
    CHECK (held_on IS NULL OR length(held_on) = 10),
    CHECK (started_at IS NULL OR length(started_at) = 5),
    CHECK (ended_at IS NULL OR length(ended_at) = 5)
);
-- One per region for stage I and one for stage II (UNIQUE alone lets NULLs repeat).
CREATE UNIQUE INDEX meeting_scope ON meeting(stage_kind, COALESCE(region_id, 0));

-- Voting members who did not attend; every other voting member of the scope's commission was
-- present. Removing the member removes the line.
CREATE TABLE meeting_absence (
    meeting_id INTEGER NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
    member_id INTEGER NOT NULL REFERENCES member(id) ON DELETE CASCADE,
    reason TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (meeting_id, member_id)
);
CREATE INDEX meeting_absence_member ON meeting_absence(member_id);

-- Special nominations awarded by the republican commission: `nomination` is the index into the
-- methodology's list of nominations (frozen with the first finalised result), one nominee each.
CREATE TABLE meeting_award (
    meeting_id INTEGER NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
    nomination INTEGER NOT NULL CHECK (nomination >= 0),
    nominee_id INTEGER NOT NULL REFERENCES nominee(id) ON DELETE CASCADE,
    PRIMARY KEY (meeting_id, nomination)
);
CREATE INDEX meeting_award_nominee ON meeting_award(nominee_id);
