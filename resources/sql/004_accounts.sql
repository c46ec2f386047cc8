-- Schema version 4: the people who may act on a contest file. A secretary sets the contest up
-- and imports, a chair finalises and decides ties, a member scores their own ballot only. A file
-- without any account is a contest still being set up: the first account is its secretary.

CREATE TABLE account (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    login TEXT NOT NULL UNIQUE CHECK (length(trim(login)) > 0),
    full_name TEXT NOT NULL DEFAULT '',
    role TEXT NOT NULL CHECK (role IN ('secretary', 'chair', 'member')),
    -- A member scores as this commission member; a chair bound to a member finalises that
    -- member's commission only, an unbound chair any commission of the contest.
    member_id INTEGER UNIQUE REFERENCES member(id),
    -- libsodium crypto_pwhash_str: Argon2id with its own salt and cost parameters.
    password_hash TEXT NOT NULL,
    -- The key of the member's ballot packages, derived from the same password with a salt of its
    -- own: only someone who knows the password can seal a package the secretary will accept.
    package_salt TEXT NOT NULL DEFAULT '',
    package_key TEXT NOT NULL DEFAULT '',
    active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    created_at TEXT NOT NULL,
    CHECK (role <> 'member' OR member_id IS NOT NULL)
);
