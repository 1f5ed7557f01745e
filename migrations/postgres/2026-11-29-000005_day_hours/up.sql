-- The hours of the day a poll judges its slots by, on each person's own clock, in
-- minutes after local midnight: night until day_start (07:00), off hours until
-- work_start (09:00), working hours until work_end (18:00), off hours until
-- night_start (22:00), night after.
ALTER TABLE polls ADD COLUMN day_start_minutes INTEGER NOT NULL DEFAULT 420
    CHECK (day_start_minutes BETWEEN 0 AND 1440);
ALTER TABLE polls ADD COLUMN work_start_minutes INTEGER NOT NULL DEFAULT 540
    CHECK (work_start_minutes BETWEEN 0 AND 1440);
ALTER TABLE polls ADD COLUMN work_end_minutes INTEGER NOT NULL DEFAULT 1080
    CHECK (work_end_minutes BETWEEN 0 AND 1440);
ALTER TABLE polls ADD COLUMN night_start_minutes INTEGER NOT NULL DEFAULT 1320
    CHECK (night_start_minutes BETWEEN 0 AND 1440);
