-- Reminders before a training group's due date (design record 0015 §7): the number of days
-- set by its organisers, and when each participant was reminded (the columns of
-- sql/tables.json). Run by update.php through Hooks\SchemaUpdatesHandler on wikis whose group
-- tables predate them.
ALTER TABLE trainings_group ADD tg_remind SMALLINT DEFAULT NULL;
ALTER TABLE trainings_group_member ADD tgm_reminded TIMESTAMPTZ DEFAULT NULL;
