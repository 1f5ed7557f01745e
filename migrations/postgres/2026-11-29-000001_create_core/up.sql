-- Core tables (PostgreSQL twin of migrations/sqlite). UTC instants are TIMESTAMP (UTC, no zone); booleans are INTEGER 0/1 so
-- that the same diesel schema serves SQLite and PostgreSQL (see src/db/schema.rs).
CREATE TABLE polls (
    id               TEXT PRIMARY KEY NOT NULL,
    admin_token_hash TEXT NOT NULL,
    title            TEXT NOT NULL,
    description      TEXT NOT NULL DEFAULT '',
    location         TEXT NOT NULL DEFAULT '',
    organizer_name   TEXT NOT NULL,
    organizer_email  TEXT NOT NULL,
    timezone         TEXT NOT NULL,
    duration_minutes INTEGER NOT NULL CHECK (duration_minutes BETWEEN 1 AND 1440),
    deadline_at      TIMESTAMP,
    if_need_be       INTEGER NOT NULL CHECK (if_need_be IN (0, 1)),
    hide_results     INTEGER NOT NULL CHECK (hide_results IN (0, 1)),
    status           TEXT NOT NULL CHECK (status IN ('open', 'closed', 'finalized')),
    final_slot_id    TEXT,
    -- RFC 5545 SEQUENCE of the meeting's calendar event: NULL until first finalized,
    -- then 0, 1, … each time a slot is chosen again, so calendars replace the event.
    calendar_sequence INTEGER,
    created_at       TIMESTAMP NOT NULL,
    updated_at       TIMESTAMP NOT NULL
);

CREATE TABLE slots (
    id       TEXT PRIMARY KEY NOT NULL,
    poll_id  TEXT NOT NULL REFERENCES polls (id) ON DELETE CASCADE,
    start_at TIMESTAMP NOT NULL,
    UNIQUE (poll_id, start_at)
);

CREATE TABLE responses (
    id              TEXT PRIMARY KEY NOT NULL,
    poll_id         TEXT NOT NULL REFERENCES polls (id) ON DELETE CASCADE,
    edit_token_hash TEXT NOT NULL UNIQUE,
    name            TEXT NOT NULL,
    email           TEXT,
    affiliation     TEXT,
    timezone        TEXT NOT NULL,
    created_at      TIMESTAMP NOT NULL,
    updated_at      TIMESTAMP NOT NULL
);
CREATE INDEX responses_poll_id ON responses (poll_id, created_at);

CREATE TABLE votes (
    response_id TEXT NOT NULL REFERENCES responses (id) ON DELETE CASCADE,
    slot_id     TEXT NOT NULL REFERENCES slots (id) ON DELETE CASCADE,
    vote        TEXT NOT NULL CHECK (vote IN ('yes', 'if_need_be', 'no')),
    PRIMARY KEY (response_id, slot_id)
);
CREATE INDEX votes_slot_id ON votes (slot_id);

CREATE TABLE comments (
    id          TEXT PRIMARY KEY NOT NULL,
    poll_id     TEXT NOT NULL REFERENCES polls (id) ON DELETE CASCADE,
    author_name TEXT NOT NULL,
    body        TEXT NOT NULL,
    created_at  TIMESTAMP NOT NULL
);
CREATE INDEX comments_poll_id ON comments (poll_id, created_at);

-- The mail queue: each row is a fully rendered RFC 5322 message with its envelope.
CREATE TABLE outbox_messages (
    id              TEXT PRIMARY KEY NOT NULL,
    poll_id         TEXT REFERENCES polls (id) ON DELETE CASCADE,
    kind            TEXT NOT NULL,
    envelope_from   TEXT NOT NULL,
    recipient       TEXT NOT NULL,
    message_id      TEXT NOT NULL,
    raw_message     TEXT NOT NULL,
    status          TEXT NOT NULL CHECK (status IN ('pending', 'sent', 'failed')),
    attempts        INTEGER NOT NULL DEFAULT 0,
    next_attempt_at TIMESTAMP NOT NULL,
    claim_token     TEXT,
    claimed_until   TIMESTAMP,
    last_error      TEXT,
    created_at      TIMESTAMP NOT NULL,
    sent_at         TIMESTAMP
);
CREATE INDEX outbox_messages_due ON outbox_messages (status, next_attempt_at);
CREATE INDEX outbox_messages_poll_id ON outbox_messages (poll_id);
CREATE INDEX outbox_messages_claim ON outbox_messages (claim_token);
