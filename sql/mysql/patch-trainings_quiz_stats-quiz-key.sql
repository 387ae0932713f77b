-- Adds the stable key of the quiz counted (design record 0019; the column of sql/tables.json).
-- Run by update.php through Hooks\SchemaUpdatesHandler on wikis whose table predates it;
-- Hooks\StepIdentityMigration then fills it for the rows already there.
ALTER TABLE /*_*/trainings_quiz_stats ADD tqs_quiz_key VARBINARY(80) DEFAULT NULL AFTER tqs_quiz;
