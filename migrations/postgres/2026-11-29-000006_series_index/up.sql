-- The polls of one series are looked up together (the burden of the series' meetings
-- on each zone, on the admin page).
CREATE INDEX polls_series_id ON polls (series_id) WHERE series_id IS NOT NULL;
