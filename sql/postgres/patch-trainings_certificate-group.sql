-- Certificates for everything a training group asks for (design record 0015 §4): the group and
-- what it asked for when the certificate was opened, and the group in the unique key (the
-- columns of sql/tables.json). Run by update.php through Hooks\SchemaUpdatesHandler on wikis
-- whose table predates them.
ALTER TABLE trainings_certificate ADD tc_group INT DEFAULT 0 NOT NULL;
ALTER TABLE trainings_certificate ADD tc_group_name TEXT DEFAULT '' NOT NULL;
ALTER TABLE trainings_certificate ADD tc_group_items TEXT DEFAULT '' NOT NULL;
DROP INDEX tc_user_page;
CREATE UNIQUE INDEX tc_user_page ON trainings_certificate (tc_user, tc_wiki, tc_page, tc_group);
