-- The certificate and group tables as they were before group certificates and reminders
-- (design record 0015 §8): tests/mariadb/run.sh creates them, then checks that update.php adds
-- tc_group (in the unique key), tg_remind and tgm_reminded.
CREATE TABLE /*_*/trainings_certificate (
  tc_id INT UNSIGNED AUTO_INCREMENT NOT NULL,
  tc_code VARBINARY(32) NOT NULL,
  tc_wiki VARBINARY(64) NOT NULL,
  tc_user INT UNSIGNED NOT NULL,
  tc_page INT UNSIGNED NOT NULL,
  tc_name TINYBLOB NOT NULL,
  tc_lang VARBINARY(35) NOT NULL,
  tc_completed BINARY(14) NOT NULL,
  tc_revoked BINARY(14) DEFAULT NULL,
  UNIQUE INDEX tc_code (tc_code),
  UNIQUE INDEX tc_user_page (tc_user, tc_wiki, tc_page),
  PRIMARY KEY(tc_id)
) /*$wgDBTableOptions*/;

CREATE TABLE /*_*/trainings_group (
  tg_id INT UNSIGNED AUTO_INCREMENT NOT NULL,
  tg_wiki VARBINARY(64) NOT NULL,
  tg_name TINYBLOB NOT NULL,
  tg_description BLOB NOT NULL,
  tg_code VARBINARY(32) NOT NULL,
  tg_event TINYBLOB NOT NULL,
  tg_due BINARY(14) DEFAULT NULL,
  tg_created BINARY(14) NOT NULL,
  tg_closed BINARY(14) DEFAULT NULL,
  UNIQUE INDEX tg_code (tg_code),
  PRIMARY KEY(tg_id)
) /*$wgDBTableOptions*/;

CREATE TABLE /*_*/trainings_group_member (
  tgm_group INT UNSIGNED NOT NULL,
  tgm_user INT UNSIGNED NOT NULL,
  tgm_joined BINARY(14) NOT NULL,
  INDEX tgm_user (tgm_user),
  PRIMARY KEY(tgm_group, tgm_user)
) /*$wgDBTableOptions*/;
