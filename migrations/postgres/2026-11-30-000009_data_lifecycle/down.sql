DROP INDEX polls_last_activity_at;
ALTER TABLE polls DROP COLUMN keep_token_hash;
ALTER TABLE polls DROP COLUMN expiry_warned_at;
ALTER TABLE polls DROP COLUMN expiry_warned_for;
ALTER TABLE polls DROP COLUMN kept_at;
ALTER TABLE polls DROP COLUMN last_activity_at;
