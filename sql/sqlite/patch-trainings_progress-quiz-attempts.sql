-- Adds the first attempt and the "answered right at least once" of each quiz to
-- trainings_progress (issue 14; the columns of sql/tables.json). Run by update.php through
-- Hooks\SchemaUpdatesHandler on wikis whose table predates them.
ALTER TABLE /*_*/trainings_progress ADD COLUMN tp_quiz_first BLOB DEFAULT '' NOT NULL;
ALTER TABLE /*_*/trainings_progress ADD COLUMN tp_quiz_passed BLOB DEFAULT '' NOT NULL;
