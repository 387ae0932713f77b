<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Progress;

use MediaWiki\Extension\Trainings\Content\StepLayout;
use MediaWiki\Extension\Trainings\TrainingsDatabase;
use stdClass;
use Wikimedia\Rdbms\IConnectionProvider;
use Wikimedia\Rdbms\IDatabase;
use Wikimedia\Rdbms\IReadableDatabase;
use Wikimedia\Rdbms\SelectQueryBuilder;

/**
 * Reads and writes the `trainings_progress` table (sql/tables.json) on the virtual database
 * domain `virtual-trainings`: the primary for writes and for reads that precede a write, a
 * replica for listings. Rows are keyed by (central user id, wiki, module page id): progress
 * belongs to the module, not to a language version (tp_last_lang says which version the learner
 * followed last). A wiki farm can map the domain to one shared database ($wgVirtualDomainsMapping).
 *
 * Only database work: checks and rules are RecordProgressCommand's and ModuleProgress's.
 *
 * @license GPL-2.0-or-later
 */
class ProgressStore implements ProgressLookup {

	public const SERVICE_NAME = 'Trainings.ProgressStore';

	public const TABLE = 'trainings_progress';

	private const FIELDS = [
		'tp_user', 'tp_page', 'tp_last_lang', 'tp_step', 'tp_steps_done', 'tp_quizzes', 'tp_quiz_first',
		'tp_quiz_passed', 'tp_completed', 'tp_updated', 'tp_layout',
	];

	/** Rows remapped per query when a module's layout changes. */
	private const BATCH = 500;

	/**
	 * @param IConnectionProvider $connectionProvider
	 * @param string $wikiId The current wiki (WikiMap::getCurrentWikiId())
	 */
	public function __construct(
		private readonly IConnectionProvider $connectionProvider,
		private readonly string $wikiId
	) {
	}

	private function primary(): IDatabase {
		return TrainingsDatabase::primary( $this->connectionProvider );
	}

	private function replica(): IReadableDatabase {
		return TrainingsDatabase::forReading( $this->connectionProvider, false );
	}

	/**
	 * A learner's progress in one module, from the primary database.
	 */
	public function get( int $userId, int $moduleId ): ?ModuleProgress {
		$row = $this->primary()->newSelectQueryBuilder()
			->select( self::FIELDS )
			->from( self::TABLE )
			->where( $this->key( $userId, $moduleId ) )
			->caller( __METHOD__ )
			->fetchRow();
		return $row ? self::newFromRow( $row ) : null;
	}

	/**
	 * Changes a learner's progress in one module atomically: reads the row under a
	 * lock, lets $change derive the next state (from null when there is no row yet) and
	 * writes it with an upsert on the primary key, so that concurrent requests of the same
	 * learner neither lose an update nor insert a row twice.
	 *
	 * The row is first moved to $layout when it was recorded in another (design record 0019).
	 *
	 * @param int $userId
	 * @param int $moduleId
	 * @param callable(?ModuleProgress):ModuleProgress $change
	 * @param StepLayout|null $layout The layout of the version the learner reads
	 * @return ModuleProgress The state written
	 */
	public function change( int $userId, int $moduleId, callable $change, ?StepLayout $layout = null ): ModuleProgress {
		$dbw = $this->primary();
		$dbw->startAtomic( __METHOD__ );
		try {
			$row = $dbw->newSelectQueryBuilder()
				->select( self::FIELDS )
				->from( self::TABLE )
				->where( $this->key( $userId, $moduleId ) )
				->forUpdate()
				->caller( __METHOD__ )
				->fetchRow();
			$old = $row ? self::newFromRow( $row ) : null;
			$encoded = $layout === null || $layout->isEmpty() ? null : $layout->encode();
			$moved = $row && $encoded !== null && $row->tp_layout !== null && $row->tp_layout !== $encoded;
			if ( $old !== null && $moved ) {
				$old = ProgressRemap::remap( $old, StepLayout::decode( (string)$row->tp_layout ), $layout );
			}
			$new = $change( $old );
			if ( $old === null || !$new->sameStateAs( $old ) || $new->getCompleted() !== $old->getCompleted()
				|| $new->getUpdated() !== $old->getUpdated() || $new->getLanguage() !== $old->getLanguage()
				|| $moved || ( $encoded !== null && $row->tp_layout === null )
			) {
				$this->upsert( $dbw, $new, $encoded );
			}
		} catch ( \Throwable $e ) {
			$dbw->cancelAtomic( __METHOD__ );
			throw $e;
		}
		$dbw->endAtomic( __METHOD__ );
		return $new;
	}

	private function upsert( IDatabase $dbw, ModuleProgress $progress, ?string $layout = null ): void {
		$values = ( $layout === null ? [] : [ 'tp_layout' => $layout ] ) + [
			'tp_last_lang' => $progress->getLanguage(),
			'tp_step' => $progress->getStep(),
			'tp_steps_done' => $progress->getEncodedStepsDone(),
			'tp_quizzes' => $progress->getEncodedQuizzes(),
			'tp_quiz_first' => $progress->getEncodedQuizFirst(),
			'tp_quiz_passed' => $progress->getEncodedQuizPassed(),
			'tp_completed' => $progress->getCompleted() === null ? null : $dbw->timestamp( $progress->getCompleted() ),
			'tp_updated' => $dbw->timestamp( $progress->getUpdated() ),
		];
		$dbw->newInsertQueryBuilder()
			->insertInto( self::TABLE )
			->row( $this->key( $progress->getUserId(), $progress->getModuleId() ) + $values )
			->onDuplicateKeyUpdate()
			->uniqueIndexFields( [ 'tp_user', 'tp_wiki', 'tp_page' ] )
			->set( $values )
			->caller( __METHOD__ )
			->execute();
	}

	/**
	 * Moves every learner's progress in a module to its new layout (design record 0019). Rows
	 * recorded in another layout follow their ids; rows from before layouts were recorded are
	 * taken to be in $from. A row written meanwhile is left to its writer.
	 *
	 * @return int Rows moved
	 */
	public function remapModule( int $moduleId, StepLayout $from, StepLayout $to ): int {
		$dbw = $this->primary();
		$target = $to->encode();
		$moved = 0;
		$after = 0;
		do {
			$rows = iterator_to_array( $dbw->newSelectQueryBuilder()
				->select( self::FIELDS )
				->from( self::TABLE )
				->where( [ 'tp_wiki' => $this->wikiId, 'tp_page' => $moduleId ] )
				->andWhere( $dbw->buildComparison( '>', [ 'tp_user' => $after ] ) )
				->orderBy( 'tp_user' )
				->limit( self::BATCH )
				->caller( __METHOD__ )
				->fetchResultSet() );
			foreach ( $rows as $row ) {
				/** @var stdClass $row */
				$after = (int)$row->tp_user;
				if ( $row->tp_layout === $target ) {
					continue;
				}
				$rowLayout = $row->tp_layout === null ? $from : StepLayout::decode( (string)$row->tp_layout );
				$progress = ProgressRemap::remap( self::newFromRow( $row ), $rowLayout, $to );
				$dbw->newUpdateQueryBuilder()
					->update( self::TABLE )
					->set( [
						'tp_step' => $progress->getStep(),
						'tp_steps_done' => $progress->getEncodedStepsDone(),
						'tp_quizzes' => $progress->getEncodedQuizzes(),
						'tp_quiz_first' => $progress->getEncodedQuizFirst(),
						'tp_quiz_passed' => $progress->getEncodedQuizPassed(),
						'tp_layout' => $target,
					] )
					->where( $this->key( $progress->getUserId(), $moduleId ) + [ 'tp_layout' => $row->tp_layout ] )
					->caller( __METHOD__ )
					->execute();
				$moved += $dbw->affectedRows();
			}
		} while ( count( $rows ) === self::BATCH );
		return $moved;
	}

	/**
	 * The modules of this wiki with progress recorded before layouts were (update.php).
	 *
	 * @return int[] Base page ids
	 */
	public function modulesWithoutLayout(): array {
		return array_map( 'intval', $this->primary()->newSelectQueryBuilder()
			->select( 'tp_page' )
			->distinct()
			->from( self::TABLE )
			->where( [ 'tp_wiki' => $this->wikiId, 'tp_layout' => null ] )
			->caller( __METHOD__ )
			->fetchFieldValues() );
	}

	/**
	 * Records that the rows of a module written before layouts were refer to this layout
	 * (update.php: positions then were those of the module as it is).
	 *
	 * @return int Rows changed
	 */
	public function setMissingLayout( int $moduleId, StepLayout $layout ): int {
		$dbw = $this->primary();
		$dbw->newUpdateQueryBuilder()
			->update( self::TABLE )
			->set( [ 'tp_layout' => $layout->encode() ] )
			->where( [ 'tp_wiki' => $this->wikiId, 'tp_page' => $moduleId, 'tp_layout' => null ] )
			->caller( __METHOD__ )
			->execute();
		return $dbw->affectedRows();
	}

	/**
	 * A learner's progress on this wiki, most recently changed first.
	 *
	 * @param int $userId
	 * @param int $limit
	 * @param array{0:string,1:int}|null $after Only rows after this one in the order of the
	 *  list: its [ updated (TS_MW), module id ], for paging
	 * @param int[] $moduleIds Only these modules (all when empty)
	 * @param bool $fromPrimary Read the primary (right after a write by the same learner)
	 * @return ModuleProgress[]
	 */
	public function listForUser(
		int $userId, int $limit, ?array $after = null, array $moduleIds = [], bool $fromPrimary = false
	): array {
		$db = $fromPrimary ? $this->primary() : $this->replica();
		$builder = $db->newSelectQueryBuilder()
			->select( self::FIELDS )
			->from( self::TABLE )
			->where( [ 'tp_user' => $userId, 'tp_wiki' => $this->wikiId ] )
			->orderBy( [ 'tp_updated', 'tp_page' ], SelectQueryBuilder::SORT_DESC )
			->limit( $limit )
			->caller( __METHOD__ );
		if ( $after !== null ) {
			$builder->andWhere( $db->buildComparison( '<', [
				'tp_updated' => $db->timestamp( $after[0] ),
				'tp_page' => $after[1],
			] ) );
		}
		if ( $moduleIds !== [] ) {
			$builder->andWhere( [ 'tp_page' => array_values( array_unique( $moduleIds ) ) ] );
		}
		$list = [];
		foreach ( $builder->fetchResultSet() as $row ) {
			/** @var stdClass $row */
			$list[] = self::newFromRow( $row );
		}
		return $list;
	}

	/** @inheritDoc */
	public function listForUsers( array $userIds, array $moduleIds, bool $fromPrimary = false ): array {
		if ( $userIds === [] || $moduleIds === [] ) {
			return [];
		}
		$res = ( $fromPrimary ? $this->primary() : $this->replica() )->newSelectQueryBuilder()
			->select( [ 'tp_user', 'tp_page', 'tp_steps_done', 'tp_quiz_first', 'tp_completed' ] )
			->from( self::TABLE )
			->where( [
				'tp_user' => array_values( array_unique( $userIds ) ),
				'tp_wiki' => $this->wikiId,
				'tp_page' => array_values( array_unique( $moduleIds ) ),
			] )
			->caller( __METHOD__ )
			->fetchResultSet();
		$list = [];
		foreach ( $res as $row ) {
			/** @var stdClass $row */
			$list[] = new CompactProgress( (int)$row->tp_user, (int)$row->tp_page, (string)$row->tp_steps_done,
				(string)$row->tp_quiz_first,
				$row->tp_completed === null ? null : (string)wfTimestamp( TS_MW, $row->tp_completed ) );
		}
		return $list;
	}

	/**
	 * Deletes a learner's progress on this wiki: all of it, or one module's.
	 *
	 * @return int Rows deleted
	 */
	public function delete( int $userId, ?int $moduleId = null ): int {
		$conds = [ 'tp_user' => $userId, 'tp_wiki' => $this->wikiId ];
		if ( $moduleId !== null ) {
			$conds['tp_page'] = $moduleId;
		}
		$dbw = $this->primary();
		$dbw->newDeleteQueryBuilder()
			->deleteFrom( self::TABLE )
			->where( $conds )
			->caller( __METHOD__ )
			->execute();
		return $dbw->affectedRows();
	}

	/**
	 * @return array<string,int|string>
	 */
	private function key( int $userId, int $moduleId ): array {
		return [ 'tp_user' => $userId, 'tp_wiki' => $this->wikiId, 'tp_page' => $moduleId ];
	}

	/**
	 * A row of the table, in the shape of this version or of the first one (with tp_lang, without
	 * tp_quiz_first and tp_quiz_passed), which the update to module keys reads
	 * (Hooks\ProgressKeyMigration).
	 */
	public static function newFromRow( stdClass $row ): ModuleProgress {
		return ModuleProgress::newFromEncoded(
			(int)$row->tp_user,
			(int)$row->tp_page,
			(string)( $row->tp_last_lang ?? $row->tp_lang ),
			(int)$row->tp_step,
			(string)$row->tp_steps_done,
			(string)$row->tp_quizzes,
			$row->tp_completed === null ? null : (string)wfTimestamp( TS_MW, $row->tp_completed ),
			(string)wfTimestamp( TS_MW, $row->tp_updated ),
			(string)( $row->tp_quiz_first ?? '' ),
			(string)( $row->tp_quiz_passed ?? '' )
		);
	}

}
