<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Hooks;

use MediaWiki\Extension\Trainings\Progress\ModuleProgress;
use MediaWiki\Extension\Trainings\Progress\ProgressStore;
use MediaWiki\Installer\DatabaseUpdater;
use stdClass;
use Wikimedia\Rdbms\IDatabase;

/**
 * The update.php step that makes progress belong to the module rather than to a language
 * version: `trainings_progress` was keyed (user, wiki, page, tp_lang) and is now keyed
 * (user, wiki, page), with the language followed last in tp_last_lang. A wiki whose table
 * still has tp_lang gets the new table beside it (patch-trainings_progress-module-key.sql),
 * every learner's rows of one module merged into one (ModuleProgress::merge(): steps seen
 * united, best quiz outcome, earliest completion, the latest row's step and language), then
 * the new table in the old one's place (…-finish.sql). Runs once: afterwards tp_lang is gone.
 *
 * @license GPL-2.0-or-later
 */
final class ProgressKeyMigration {

	/** Rows read per query. */
	private const BATCH = 500;

	private function __construct() {
		// Static updater callback only.
	}

	/**
	 * The updater callback (DatabaseUpdater::addExtensionUpdateOnVirtualDomain()): its database
	 * is the one of the virtual domain.
	 *
	 * @param DatabaseUpdater $updater
	 * @param string $sqlDir sql/<type>
	 * @return bool
	 */
	public static function run( DatabaseUpdater $updater, string $sqlDir ): bool {
		$db = $updater->getDB();
		if ( !$db->tableExists( ProgressStore::TABLE, __METHOD__ )
			|| !$db->fieldExists( ProgressStore::TABLE, 'tp_lang', __METHOD__ )
		) {
			$updater->output( "...trainings_progress is already keyed by module.\n" );
			return true;
		}
		$updater->output( "Keying trainings_progress by module (merging language versions)... " );
		if ( $db->tableExists( 'trainings_progress_module', __METHOD__ ) ) {
			// Left by an interrupted run: the old table is still whole, start again.
			$db->dropTable( 'trainings_progress_module', __METHOD__ );
		}
		$db->sourceFile( "$sqlDir/patch-trainings_progress-module-key.sql" );
		[ $read, $written ] = self::copy( $db );
		$db->sourceFile( "$sqlDir/patch-trainings_progress-module-key-finish.sql" );
		$updater->output( "done: $read rows became $written.\n" );
		return true;
	}

	/**
	 * Copies the old rows into the new table, merging each learner's rows of one module.
	 *
	 * @return array{0:int,1:int} Rows read, rows written
	 */
	private static function copy( IDatabase $db ): array {
		$read = 0;
		$written = 0;
		$after = null;
		/** @var ModuleProgress[] $group Rows of one learner, wiki and module */
		$group = [];
		$groupWiki = '';
		do {
			$builder = $db->newSelectQueryBuilder()
				->select( [ 'tp_user', 'tp_wiki', 'tp_page', 'tp_lang', 'tp_step', 'tp_steps_done',
					'tp_quizzes', 'tp_completed', 'tp_updated' ] )
				->from( ProgressStore::TABLE )
				->orderBy( [ 'tp_user', 'tp_wiki', 'tp_page', 'tp_lang' ] )
				->limit( self::BATCH )
				->caller( __METHOD__ );
			if ( $after !== null ) {
				$builder->where( $db->buildComparison( '>', $after ) );
			}
			$rows = iterator_to_array( $builder->fetchResultSet() );
			foreach ( $rows as $row ) {
				/** @var stdClass $row */
				$read++;
				$progress = ProgressStore::newFromRow( $row );
				$wiki = (string)$row->tp_wiki;
				if ( $group !== [] && ( $wiki !== $groupWiki
					|| $progress->getUserId() !== $group[0]->getUserId()
					|| $progress->getModuleId() !== $group[0]->getModuleId() )
				) {
					self::insert( $db, $groupWiki, ModuleProgress::merge( ...$group ) );
					$written++;
					$group = [];
				}
				$group[] = $progress;
				$groupWiki = $wiki;
				$after = [ 'tp_user' => $row->tp_user, 'tp_wiki' => $row->tp_wiki, 'tp_page' => $row->tp_page,
					'tp_lang' => $row->tp_lang ];
			}
		} while ( count( $rows ) === self::BATCH );
		if ( $group !== [] ) {
			self::insert( $db, $groupWiki, ModuleProgress::merge( ...$group ) );
			$written++;
		}
		return [ $read, $written ];
	}

	private static function insert( IDatabase $db, string $wiki, ModuleProgress $progress ): void {
		$completed = $progress->getCompleted();
		$db->newInsertQueryBuilder()
			->insertInto( 'trainings_progress_module' )
			->row( [
				'tp_user' => $progress->getUserId(),
				'tp_wiki' => $wiki,
				'tp_page' => $progress->getModuleId(),
				'tp_last_lang' => $progress->getLanguage(),
				'tp_step' => $progress->getStep(),
				'tp_steps_done' => $progress->getEncodedStepsDone(),
				'tp_quizzes' => $progress->getEncodedQuizzes(),
				'tp_completed' => $completed === null ? null : $db->timestamp( $completed ),
				'tp_updated' => $db->timestamp( $progress->getUpdated() ),
			] )
			->caller( __METHOD__ )
			->execute();
	}

}
