-- Reminders before a training group's due date (design record 0015 §7): the number of days
-- set by its organisers, and when each participant was reminded (the columns of
-- sql/tables.json). Run by update.php through Hooks\SchemaUpdatesHandler on wikis whose group
-- tables predate them.
ALTER TABLE /*_*/trainings_group ADD COLUMN tg_remind SMALLINT UNSIGNED DEFAULT NULL;
ALTER TABLE /*_*/trainings_group_member ADD COLUMN tgm_reminded BLOB DEFAULT NULL;
