-- Progress belongs to the module, not to a language version: the new shape of trainings_progress
-- (sql/tables.json), created beside the old table under another name. Hooks\ProgressKeyMigration
-- copies the rows into it, one per learner and module (the language versions' rows merged),
-- then runs patch-trainings_progress-module-key-finish.sql. The columns are those of
-- tables-generated.sql (generateSchemaSql), under the temporary table name.
CREATE TABLE /*_*/trainings_progress_module (
  tp_user INTEGER UNSIGNED NOT NULL,
  tp_wiki BLOB NOT NULL,
  tp_page INTEGER UNSIGNED NOT NULL,
  tp_last_lang BLOB NOT NULL,
  tp_step SMALLINT UNSIGNED DEFAULT 0 NOT NULL,
  tp_steps_done BLOB DEFAULT '' NOT NULL,
  tp_quizzes BLOB DEFAULT '' NOT NULL,
  tp_completed BLOB DEFAULT NULL,
  tp_updated BLOB NOT NULL,
  PRIMARY KEY(tp_user, tp_wiki, tp_page)
);
