-- The life of a poll's data (see src/domain/retention.rs). A poll is deleted a set
-- time after its meeting's end, or after its last activity when never finalized,
-- unless the organizer keeps it.
-- last_activity_at: the last answer, comment or change by the organizer (not the mail
-- Convene sends on its own); every existing poll takes its last update.
ALTER TABLE polls ADD COLUMN last_activity_at TIMESTAMP;
UPDATE polls SET last_activity_at = updated_at;
ALTER TABLE polls ALTER COLUMN last_activity_at SET NOT NULL;
-- When the organizer last chose to keep the poll.
ALTER TABLE polls ADD COLUMN kept_at TIMESTAMP;
-- The warning mailed for the coming deletion: the deletion instant it was about
-- (a later date needs a new warning) and when it was queued.
ALTER TABLE polls ADD COLUMN expiry_warned_for TIMESTAMP;
ALTER TABLE polls ADD COLUMN expiry_warned_at TIMESTAMP;
-- SHA-256 of the keep link's token mailed with the warning; NULL once used.
ALTER TABLE polls ADD COLUMN keep_token_hash TEXT;
-- The scheduler looks for polls whose activity is old.
CREATE INDEX polls_last_activity_at ON polls (last_activity_at);
