-- trainings_progress as the first schema made it (keyed by language version, tp_lang), before
-- progress belonged to the module: run.sh puts it back to check the update of an existing wiki.
CREATE TABLE /*_*/trainings_progress (
  tp_user INT UNSIGNED NOT NULL,
  tp_wiki VARBINARY(64) NOT NULL,
  tp_page INT UNSIGNED NOT NULL,
  tp_lang VARBINARY(35) NOT NULL,
  tp_step SMALLINT UNSIGNED DEFAULT 0 NOT NULL,
  tp_steps_done VARBINARY(255) DEFAULT '' NOT NULL,
  tp_quizzes VARBINARY(255) DEFAULT '' NOT NULL,
  tp_completed BINARY(14) DEFAULT NULL,
  tp_updated BINARY(14) NOT NULL,
  INDEX tp_user_updated (tp_user, tp_wiki, tp_updated),
  PRIMARY KEY(
    tp_user, tp_wiki, tp_page, tp_lang
  )
) /*$wgDBTableOptions*/;
