-- Certificates for everything a training group asks for (design record 0015 §4): the group and
-- what it asked for when the certificate was opened, and the group in the unique key (the
-- columns of sql/tables.json). Run by update.php through Hooks\SchemaUpdatesHandler on wikis
-- whose table predates them.
ALTER TABLE /*_*/trainings_certificate
  ADD tc_group INT UNSIGNED DEFAULT 0 NOT NULL AFTER tc_page,
  ADD tc_group_name TINYBLOB NOT NULL AFTER tc_group,
  ADD tc_group_items VARBINARY(767) DEFAULT '' NOT NULL AFTER tc_group_name,
  DROP INDEX tc_user_page,
  ADD UNIQUE INDEX tc_user_page (tc_user, tc_wiki, tc_page, tc_group);
