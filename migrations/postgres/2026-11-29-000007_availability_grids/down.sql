ALTER TABLE responses DROP COLUMN availability;
DROP TABLE poll_grids;
ALTER TABLE polls DROP COLUMN kind;
