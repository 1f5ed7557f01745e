-- What the organizer is mailed about activity on the poll: nothing, a mail per new
-- answer or comment, or a daily digest (sent at about 09:00 in the poll's zone when
-- something happened since the last one, digest_sent_at).
ALTER TABLE polls ADD COLUMN notify TEXT NOT NULL DEFAULT 'none'
    CHECK (notify IN ('none', 'each', 'digest'));
ALTER TABLE polls ADD COLUMN digest_sent_at TIMESTAMP;
-- The automatic reminder to invitees who have not answered: this many hours before the
-- deadline (moved to about 09:00 in each invitee's zone); NULL sends none.
ALTER TABLE polls ADD COLUMN remind_before_hours INTEGER
    CHECK (remind_before_hours IS NULL OR remind_before_hours BETWEEN 1 AND 720);
-- Polls of one series of meetings (a poll duplicated for the next meeting shares the
-- series of the poll it was copied from; the first poll's series is its own id).
ALTER TABLE polls ADD COLUMN series_id TEXT;
-- When the automatic reminder went to (or was settled for) this invitee: it goes once.
ALTER TABLE invitees ADD COLUMN auto_reminded_at TIMESTAMP;
