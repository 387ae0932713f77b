<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Hooks;

use MediaWiki\Extension\Trainings\Certificates\CertificateStore;
use MediaWiki\Extension\Trainings\Groups\GroupStore;
use MediaWiki\Extension\Trainings\Maintenance\IndexSearchFragments;
use MediaWiki\Extension\Trainings\Maintenance\MigrateReviews;
use MediaWiki\Extension\Trainings\Maintenance\MigrateStepIdentity;
use MediaWiki\Extension\Trainings\Progress\ProgressStore;
use MediaWiki\Extension\Trainings\MaintenanceLoop\FeedbackStore;
use MediaWiki\Extension\Trainings\MaintenanceLoop\NotificationLimiter;
use MediaWiki\Extension\Trainings\Reviews\ReviewedProperties;
use MediaWiki\Extension\Trainings\Reviews\ReviewStore;
use MediaWiki\Extension\Trainings\Reviews\SearchFragmentIndex;
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
	 * The updates of the learners' tables on `virtual-trainings`, in the order they run: `addTable`
	 * (table, SQL file), `addField` (table, field, SQL file) or a callable given the SQL folder.
	 */
	private const LEARNER_UPDATES = [
		[ 'addTable', ProgressStore::TABLE, 'tables-generated.sql' ],
		// Wikis whose progress was keyed by language version: one row per module now.
		[ [ ProgressKeyMigration::class, 'run' ] ],
		// Design record 0012: first attempts and quizzes passed, after the key migration (whose table lacks them).
		[ 'addField', ProgressStore::TABLE, 'tp_quiz_passed', 'patch-trainings_progress-quiz-attempts.sql' ],
		// Added after trainings_progress: files of their own, for wikis that already have the first table.
		[ 'addTable', StatsRecorder::TABLE, 'patch-' . StatsRecorder::TABLE . '.sql' ],
		[ 'addTable', FeedbackStore::TABLE, 'patch-' . FeedbackStore::TABLE . '.sql' ],
		[ 'addTable', NotificationLimiter::TABLE, 'patch-' . NotificationLimiter::TABLE . '.sql' ],
		[ 'addTable', StatsRecorder::QUIZ_TABLE, 'patch-' . StatsRecorder::QUIZ_TABLE . '.sql' ],
		// Training groups and certificates (design record 0015).
		[ 'addTable', GroupStore::TABLE, 'patch-' . GroupStore::TABLE . '.sql' ],
		[ 'addTable', GroupStore::ITEM_TABLE, 'patch-' . GroupStore::ITEM_TABLE . '.sql' ],
		[ 'addTable', GroupStore::ORGANISER_TABLE, 'patch-' . GroupStore::ORGANISER_TABLE . '.sql' ],
		[ 'addTable', GroupStore::MEMBER_TABLE, 'patch-' . GroupStore::MEMBER_TABLE . '.sql' ],
		[ 'addTable', CertificateStore::TABLE, 'patch-' . CertificateStore::TABLE . '.sql' ],
		// Group certificates and reminders came after the tables above (design record 0015 §4, §7).
		[ 'addField', CertificateStore::TABLE, 'tc_group', 'patch-trainings_certificate-group.sql' ],
		[ 'addField', GroupStore::TABLE, 'tg_remind', 'patch-trainings_group-reminders.sql' ],
		// Stable step identity (design record 0019): what was recorded by position gets the
		// module's layout, step ids and quiz keys (MigrateStepIdentity), once every table has its column.
		[ 'addField', ProgressStore::TABLE, 'tp_layout', 'patch-trainings_progress-step-layout.sql' ],
		[ 'addField', FeedbackStore::TABLE, 'tf_step_id', 'patch-trainings_feedback-step-id.sql' ],
		[ 'addField', StatsRecorder::QUIZ_TABLE, 'tqs_quiz_key', 'patch-trainings_quiz_stats-quiz-key.sql' ],
	];

	/** The tables about pages, on the wiki's main database (sql/tables-main.json, design record 0017). */
	private const MAIN_TABLES = [ ReviewStore::TABLE, ReviewedProperties::TABLE, SearchFragmentIndex::TABLE ];

	/**
	 * @param DatabaseUpdater $updater
	 */
	public function onLoadExtensionSchemaUpdates( $updater ): void {
		$sqlDir = dirname( __DIR__, 2 ) . '/sql/' . $updater->getDB()->getType();
		foreach ( self::LEARNER_UPDATES as $update ) {
			$updater->addExtensionUpdateOnVirtualDomain( self::learnerUpdate( $update, $sqlDir ) );
		}
		$updater->addPostDatabaseUpdateMaintenance( MigrateStepIdentity::class );
		// The wikitext review state of existing pages is migrated once, after every table exists.
		foreach ( self::MAIN_TABLES as $table ) {
			$updater->addExtensionTable( $table, "$sqlDir/patch-$table.sql" );
		}
		$updater->addPostDatabaseUpdateMaintenance( MigrateReviews::class );
		// The catalog's word index of pages saved before it existed (design record 0023).
		$updater->addPostDatabaseUpdateMaintenance( IndexSearchFragments::class );
	}

	/**
	 * @param array<int,mixed> $update An entry of LEARNER_UPDATES
	 * @param string $sqlDir The SQL files of the wiki's database type
	 * @return list<mixed> The arguments of DatabaseUpdater::addExtensionUpdateOnVirtualDomain()
	 */
	private static function learnerUpdate( array $update, string $sqlDir ): array {
		$method = $update[0];
		if ( $method === 'addTable' ) {
			return [ TrainingsDatabase::VIRTUAL_DOMAIN, 'addTable', $update[1], "$sqlDir/$update[2]", true ];
		}
		if ( $method === 'addField' ) {
			return [
				TrainingsDatabase::VIRTUAL_DOMAIN, 'addField', $update[1], $update[2], "$sqlDir/$update[3]", true,
			];
		}
		return [ TrainingsDatabase::VIRTUAL_DOMAIN, $method, $sqlDir ];
	}

}
