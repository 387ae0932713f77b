-- Second half of patch-trainings_progress-module-key.sql, once the rows are copied: the new table
-- takes the old one's place and gets its index (index names are unique per database in SQLite and
-- PostgreSQL, so it can only be created now).
DROP TABLE /*_*/trainings_progress;
ALTER TABLE /*_*/trainings_progress_module RENAME TO /*_*/trainings_progress;
CREATE INDEX tp_user_updated ON /*_*/trainings_progress (tp_user, tp_wiki, tp_updated);
