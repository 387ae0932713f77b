<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Hooks;

use MediaWiki\Extension\Trainings\Certificates\CertificateStore;
use MediaWiki\Extension\Trainings\Groups\GroupStore;
use MediaWiki\Extension\Trainings\Maintenance\MigrateReviews;
use MediaWiki\Extension\Trainings\Maintenance\MigrateStepIdentity;
use MediaWiki\Extension\Trainings\Progress\ProgressStore;
use MediaWiki\Extension\Trainings\Review\FeedbackStore;
use MediaWiki\Extension\Trainings\Review\NotificationLimiter;
use MediaWiki\Extension\Trainings\Reviews\ReviewedProperties;
use MediaWiki\Extension\Trainings\Reviews\ReviewStore;
use MediaWiki\Extension\Trainings\Stats\StatsRecorder;
use MediaWiki\Extension\Trainings\TrainingsDatabase;
use MediaWiki\Installer\DatabaseUpdater;
use MediaWiki\Installer\Hook\LoadExtensionSchemaUpdatesHook;

/**
 * Creates the extension's tables on update.php, on the database the virtual domain
 * `virtual-trainings` maps to (the wiki's own database unless $wgVirtualDomainsMapping says
 * otherwise), except the review tables, which belong to the wiki's main database. The SQL is
 * generated from sql/tables.json and sql/tables-main.json (dev/generate-schema.sh).
 *
 * No services: this hook runs while the installer sets the wiki up.
 *
 * @license GPL-2.0-or-later
 */
class SchemaUpdatesHandler implements LoadExtensionSchemaUpdatesHook {

	/**
	 * @param DatabaseUpdater $updater
	 */
	public function onLoadExtensionSchemaUpdates( $updater ): void {
		$sqlDir = dirname( __DIR__, 2 ) . '/sql/' . $updater->getDB()->getType();
		$updater->addExtensionUpdateOnVirtualDomain( [
			TrainingsDatabase::VIRTUAL_DOMAIN,
			'addTable',
			ProgressStore::TABLE,
			"$sqlDir/tables-generated.sql",
			true,
		] );
		// Wikis whose progress was keyed by language version: one row per module now.
		$updater->addExtensionUpdateOnVirtualDomain( [
			TrainingsDatabase::VIRTUAL_DOMAIN,
			[ ProgressKeyMigration::class, 'run' ],
			$sqlDir,
		] );
		// Design record 0012: first attempts and quizzes passed, after the key migration (whose table lacks them).
		$updater->addExtensionUpdateOnVirtualDomain( [
			TrainingsDatabase::VIRTUAL_DOMAIN,
			'addField',
			ProgressStore::TABLE,
			'tp_quiz_passed',
			"$sqlDir/patch-trainings_progress-quiz-attempts.sql",
			true,
		] );
		// Added after trainings_progress: its own file, for wikis that already have the first table.
		$updater->addExtensionUpdateOnVirtualDomain( [
			TrainingsDatabase::VIRTUAL_DOMAIN,
			'addTable',
			StatsRecorder::TABLE,
			"$sqlDir/patch-trainings_stats.sql",
			true,
		] );
		foreach ( [ FeedbackStore::TABLE, NotificationLimiter::TABLE, StatsRecorder::QUIZ_TABLE ] as $table ) {
			$updater->addExtensionUpdateOnVirtualDomain( [
				TrainingsDatabase::VIRTUAL_DOMAIN, 'addTable', $table, "$sqlDir/patch-$table.sql", true,
			] );
		}
		// Training groups and certificates (design record 0015).
		foreach ( [
			GroupStore::TABLE, GroupStore::ITEM_TABLE, GroupStore::ORGANISER_TABLE, GroupStore::MEMBER_TABLE,
			CertificateStore::TABLE,
		] as $table ) {
			$updater->addExtensionUpdateOnVirtualDomain( [
				ProgressStore::VIRTUAL_DOMAIN, 'addTable', $table, "$sqlDir/patch-$table.sql", true,
			] );
		}
		// Stable step identity (design record 0019): what was recorded by position gets the
		// module's layout, step ids and quiz keys, once every table has its column.
		foreach ( [
			[ ProgressStore::TABLE, 'tp_layout', 'patch-trainings_progress-step-layout.sql' ],
			[ FeedbackStore::TABLE, 'tf_step_id', 'patch-trainings_feedback-step-id.sql' ],
			[ StatsRecorder::QUIZ_TABLE, 'tqs_quiz_key', 'patch-trainings_quiz_stats-quiz-key.sql' ],
		] as [ $table, $field, $patch ] ) {
			$updater->addExtensionUpdateOnVirtualDomain( [
				TrainingsDatabase::VIRTUAL_DOMAIN, 'addField', $table, $field, "$sqlDir/$patch", true,
			] );
		}
		$updater->addPostDatabaseUpdateMaintenance( MigrateStepIdentity::class );
		// Reviews live in the main database (sql/tables-main.json, design record 0017); the
		// wikitext review state of existing pages is migrated once, after every table exists.
		foreach ( [ ReviewStore::TABLE, ReviewedProperties::TABLE ] as $table ) {
			$updater->addExtensionTable( $table, "$sqlDir/patch-$table.sql" );
		}
		$updater->addPostDatabaseUpdateMaintenance( MigrateReviews::class );
	}

}
