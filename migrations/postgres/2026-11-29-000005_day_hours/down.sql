ALTER TABLE polls DROP COLUMN night_start_minutes;
ALTER TABLE polls DROP COLUMN work_end_minutes;
ALTER TABLE polls DROP COLUMN work_start_minutes;
ALTER TABLE polls DROP COLUMN day_start_minutes;
