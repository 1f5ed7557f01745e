DROP INDEX polls_series_id;
