ALTER TABLE invitees DROP COLUMN auto_reminded_at;
ALTER TABLE polls DROP COLUMN series_id;
ALTER TABLE polls DROP COLUMN remind_before_hours;
ALTER TABLE polls DROP COLUMN digest_sent_at;
ALTER TABLE polls DROP COLUMN notify;
