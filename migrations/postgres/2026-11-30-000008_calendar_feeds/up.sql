-- A poll's calendar subscription feed (`/p/{poll_id}/calendar/{token}.ics`): a
-- read-only view of what the poll page already shows (the chosen meeting), so its
-- token is kept as it is rather than hashed: the pages show it again each time, and a
-- leaked database gives no power to change anything with it. One feed per poll; the
-- organizer replaces the token to cut off old subscribers.
CREATE TABLE calendar_feeds (
    poll_id TEXT PRIMARY KEY NOT NULL REFERENCES polls (id) ON DELETE CASCADE,
    token TEXT NOT NULL UNIQUE,
    created_at TIMESTAMP NOT NULL
);
