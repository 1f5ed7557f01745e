-- The people an organizer invites by address (pasted or uploaded as a list). One row
-- per address per poll (email_key is the address in lower case). A personal link is
-- mailed to each: only the hashes of those links are kept, in invitee_links, one per
-- message sent (invitation, reminders), all valid until the invitee is removed.
-- response_id ties the invitee to their answer once they have answered.
CREATE TABLE invitees (
    id          TEXT PRIMARY KEY NOT NULL,
    poll_id     TEXT NOT NULL REFERENCES polls (id) ON DELETE CASCADE,
    name        TEXT,
    email       TEXT NOT NULL,
    email_key   TEXT NOT NULL,
    affiliation TEXT,
    timezone    TEXT,
    required    INTEGER NOT NULL DEFAULT 0 CHECK (required IN (0, 1)),
    response_id TEXT REFERENCES responses (id) ON DELETE SET NULL,
    invited_at  TIMESTAMP,
    reminded_at TIMESTAMP,
    created_at  TIMESTAMP NOT NULL,
    UNIQUE (poll_id, email_key)
);
CREATE INDEX invitees_response_id ON invitees (response_id);

CREATE TABLE invitee_links (
    token_hash TEXT PRIMARY KEY NOT NULL,
    invitee_id TEXT NOT NULL REFERENCES invitees (id) ON DELETE CASCADE,
    created_at TIMESTAMP NOT NULL
);
CREATE INDEX invitee_links_invitee_id ON invitee_links (invitee_id);
