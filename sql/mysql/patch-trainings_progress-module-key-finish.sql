-- Second half of patch-trainings_progress-module-key.sql, once the rows are copied: the new table
-- takes the old one's place.
DROP TABLE /*_*/trainings_progress;
ALTER TABLE /*_*/trainings_progress_module RENAME TO /*_*/trainings_progress;
