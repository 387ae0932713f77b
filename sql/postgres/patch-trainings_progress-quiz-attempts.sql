-- Adds the first attempt and the "answered right at least once" of each quiz to
-- trainings_progress (issue 14; the columns of sql/tables.json). Run by update.php through
-- Hooks\SchemaUpdatesHandler on wikis whose table predates them.
ALTER TABLE trainings_progress
  ADD tp_quiz_first TEXT DEFAULT '' NOT NULL,
  ADD tp_quiz_passed TEXT DEFAULT '' NOT NULL;
