-- Adds the stable id of the step a learner flagged (design record 0019; the column of
-- sql/tables.json). Run by update.php through Hooks\SchemaUpdatesHandler on wikis whose table
-- predates it; Hooks\StepIdentityMigration then fills it for the rows already there.
ALTER TABLE /*_*/trainings_feedback ADD tf_step_id VARBINARY(64) DEFAULT NULL AFTER tf_step;
