-- Adds the layout the positions of a progress row refer to (the step ids and quiz keys of
-- the module, design record 0019; the column of sql/tables.json). Run by update.php through
-- Hooks\SchemaUpdatesHandler on wikis whose table predates it; Hooks\StepIdentityMigration then
-- fills it for the rows already there.
ALTER TABLE /*_*/trainings_progress ADD COLUMN tp_layout BLOB DEFAULT NULL;
