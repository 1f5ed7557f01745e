ALTER TABLE responses DROP COLUMN language;
ALTER TABLE polls DROP COLUMN language;
