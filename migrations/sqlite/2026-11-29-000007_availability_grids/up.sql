-- What a poll asks: candidate times (`times`), whole days (`dates`), or when people are
-- free over a grid of days and hours (`availability`).
ALTER TABLE polls ADD COLUMN kind TEXT NOT NULL DEFAULT 'times'
    CHECK (kind IN ('times', 'dates', 'availability'));
-- The grid of an availability poll, on the organizer's clock (the poll's zone): days
-- from_date to to_date (YYYY-MM-DD, included), each from day_start_minutes to
-- day_end_minutes after local midnight (at or before the start: on the next day), cut
-- into cells of cell_minutes, on the weekdays listed (`mon,tue,…`). Fixed once the poll
-- exists: answers are stored per cell.
CREATE TABLE poll_grids (
    poll_id TEXT PRIMARY KEY NOT NULL REFERENCES polls (id) ON DELETE CASCADE,
    from_date TEXT NOT NULL,
    to_date TEXT NOT NULL,
    day_start_minutes INTEGER NOT NULL CHECK (day_start_minutes BETWEEN 0 AND 1439),
    day_end_minutes INTEGER NOT NULL CHECK (day_end_minutes BETWEEN 0 AND 1439),
    cell_minutes INTEGER NOT NULL CHECK (cell_minutes IN (15, 30, 60)),
    weekdays TEXT NOT NULL DEFAULT 'mon,tue,wed,thu,fri,sat,sun'
);
-- An availability poll's answer: one mark per cell, two bits each, base64url
-- (see src/domain/grid.rs); NULL for the answers of other polls.
ALTER TABLE responses ADD COLUMN availability TEXT;
