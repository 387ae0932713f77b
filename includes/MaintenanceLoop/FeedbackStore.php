<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\MaintenanceLoop;

use MediaWiki\Extension\Trainings\Content\StepLayout;
use MediaWiki\Extension\Trainings\TrainingsDatabase;
use stdClass;
use Wikimedia\Rdbms\IConnectionProvider;
use Wikimedia\Rdbms\IReadableDatabase;
use Wikimedia\Rdbms\RawSQLExpression;

/**
 * The `trainings_feedback` table: learners' flags on steps. Database work only; the commands
 * check who may do what.
 *
 * @license GPL-2.0-or-later
 */
class FeedbackStore {

	public const SERVICE_NAME = 'Trainings.FeedbackStore';

	public const TABLE = 'trainings_feedback';

	/** The most flags one module's list shows. */
	public const MAX_LIST = 500;

	private const FIELDS = [
		'tf_id', 'tf_page', 'tf_lang', 'tf_step', 'tf_step_id', 'tf_kind', 'tf_comment', 'tf_user', 'tf_timestamp',
	];

	public function __construct(
		private readonly IConnectionProvider $connectionProvider,
		private readonly string $wikiId
	) {
	}

	private function replica(): IReadableDatabase {
		return $this->connectionProvider->getReplicaDatabase( TrainingsDatabase::VIRTUAL_DOMAIN );
	}

	/**
	 * @return Feedback The stored flag, with its id
	 */
	public function insert( Feedback $feedback ): Feedback {
		$dbw = $this->connectionProvider->getPrimaryDatabase( TrainingsDatabase::VIRTUAL_DOMAIN );
		$dbw->newInsertQueryBuilder()
			->insertInto( self::TABLE )
			->row( [
				'tf_wiki' => $this->wikiId,
				'tf_page' => $feedback->moduleId,
				'tf_lang' => $feedback->language,
				'tf_step' => $feedback->step,
				'tf_step_id' => $feedback->stepId,
				'tf_kind' => $feedback->kind,
				'tf_comment' => $feedback->comment,
				'tf_user' => $feedback->userId,
				'tf_timestamp' => $dbw->timestamp( $feedback->timestamp ),
			] )
			->caller( __METHOD__ )
			->execute();
		return $feedback->withId( $dbw->insertId() );
	}

	public function get( int $id ): ?Feedback {
		$row = $this->connectionProvider->getPrimaryDatabase( TrainingsDatabase::VIRTUAL_DOMAIN )
			->newSelectQueryBuilder()
			->select( self::FIELDS )
			->from( self::TABLE )
			->where( [ 'tf_wiki' => $this->wikiId, 'tf_id' => $id ] )
			->caller( __METHOD__ )
			->fetchRow();
		return $row instanceof stdClass ? self::fromRow( $row ) : null;
	}

	public function delete( int $id ): void {
		$this->connectionProvider->getPrimaryDatabase( TrainingsDatabase::VIRTUAL_DOMAIN )
			->newDeleteQueryBuilder()
			->deleteFrom( self::TABLE )
			->where( [ 'tf_wiki' => $this->wikiId, 'tf_id' => $id ] )
			->caller( __METHOD__ )
			->execute();
	}

	/**
	 * A module's flags, newest first.
	 *
	 * @param int $moduleId
	 * @param int|null $userId Only this author's
	 * @return list<Feedback>
	 */
	public function listForModule( int $moduleId, ?int $userId = null ): array {
		$conds = [ 'tf_wiki' => $this->wikiId, 'tf_page' => $moduleId ];
		if ( $userId !== null ) {
			$conds['tf_user'] = $userId;
		}
		$rows = $this->replica()->newSelectQueryBuilder()
			->select( self::FIELDS )
			->from( self::TABLE )
			->where( $conds )
			->orderBy( [ 'tf_timestamp', 'tf_id' ], 'DESC' )
			->limit( self::MAX_LIST )
			->caller( __METHOD__ )
			->fetchResultSet();
		$list = [];
		foreach ( $rows as $row ) {
			/** @var stdClass $row */
			$list[] = self::fromRow( $row );
		}
		return $list;
	}

	/**
	 * Counts the flags given after each module's cut-off, per module, step and kind, in one
	 * query: modules that share a cut-off share one condition.
	 *
	 * @param array<int,string> $cutoffs Module id => TS_MW: only flags given at or after it count
	 * @param string|null $language Only flags on this language version
	 * @return array<int,array<string,array<int,array<string,int>>>> Module id => language => step =>
	 *  kind => count
	 */
	public function countSince( array $cutoffs, ?string $language = null ): array {
		if ( $cutoffs === [] ) {
			return [];
		}
		$dbr = $this->replica();
		$byCutoff = [];
		foreach ( $cutoffs as $moduleId => $cutoff ) {
			$byCutoff[$cutoff][] = $moduleId;
		}
		$ors = [];
		foreach ( $byCutoff as $cutoff => $ids ) {
			$ors[] = $dbr->andExpr( [
				'tf_page' => $ids,
				new RawSQLExpression(
					$dbr->buildComparison( '>=', [ 'tf_timestamp' => $dbr->timestamp( (string)$cutoff ) ] ) ),
			] );
		}
		$conds = [ 'tf_wiki' => $this->wikiId, $dbr->orExpr( $ors ) ];
		if ( $language !== null ) {
			$conds['tf_lang'] = $language;
		}
		$rows = $dbr->newSelectQueryBuilder()
			->select( [ 'tf_page', 'tf_lang', 'tf_step', 'tf_kind', 'n' => 'COUNT(*)' ] )
			->from( self::TABLE )
			->where( $conds )
			->groupBy( [ 'tf_page', 'tf_lang', 'tf_step', 'tf_kind' ] )
			->caller( __METHOD__ )
			->fetchResultSet();
		$counts = [];
		foreach ( $rows as $row ) {
			/** @var stdClass $row */
			$step = (int)$row->tf_step;
			$counts[(int)$row->tf_page][(string)$row->tf_lang][$step][(string)$row->tf_kind] = (int)$row->n;
		}
		return $counts;
	}

	/**
	 * Moves the flags on a module's steps to where the steps are now (design record 0019):
	 * each follows its step's id.
	 *
	 * @return int Rows moved
	 */
	public function remapModule( int $moduleId, StepLayout $to ): int {
		$dbw = $this->connectionProvider->getPrimaryDatabase( TrainingsDatabase::VIRTUAL_DOMAIN );
		$moved = 0;
		foreach ( $to->stepIds as $index => $id ) {
			$dbw->newUpdateQueryBuilder()
				->update( self::TABLE )
				->set( [ 'tf_step' => $index + 1 ] )
				->where( [ 'tf_wiki' => $this->wikiId, 'tf_page' => $moduleId, 'tf_step_id' => $id ] )
				->andWhere( $dbw->expr( 'tf_step', '!=', $index + 1 ) )
				->caller( __METHOD__ )
				->execute();
			$moved += $dbw->affectedRows();
		}
		return $moved;
	}

	/**
	 * The modules of this wiki with flags recorded before step ids were (update.php).
	 *
	 * @return int[] Base page ids
	 */
	public function modulesWithoutStepIds(): array {
		return array_map( 'intval', $this->connectionProvider->getPrimaryDatabase( TrainingsDatabase::VIRTUAL_DOMAIN )
			->newSelectQueryBuilder()
			->select( 'tf_page' )
			->distinct()
			->from( self::TABLE )
			->where( [ 'tf_wiki' => $this->wikiId, 'tf_step_id' => null ] )
			->caller( __METHOD__ )
			->fetchFieldValues() );
	}

	/**
	 * Gives the flags recorded before step ids the id of the step at their position now.
	 *
	 * @return int Rows changed
	 */
	public function setMissingStepIds( int $moduleId, StepLayout $layout ): int {
		$dbw = $this->connectionProvider->getPrimaryDatabase( TrainingsDatabase::VIRTUAL_DOMAIN );
		$changed = 0;
		// The introduction is step 0, with the empty id.
		$ids = [ 0 => '' ];
		foreach ( $layout->stepIds as $index => $id ) {
			$ids[$index + 1] = $id;
		}
		foreach ( $ids as $step => $id ) {
			$dbw->newUpdateQueryBuilder()
				->update( self::TABLE )
				->set( [ 'tf_step_id' => $id ] )
				->where( [ 'tf_wiki' => $this->wikiId, 'tf_page' => $moduleId, 'tf_step' => $step,
					'tf_step_id' => null ] )
				->caller( __METHOD__ )
				->execute();
			$changed += $dbw->affectedRows();
		}
		return $changed;
	}

	private static function fromRow( stdClass $row ): Feedback {
		return new Feedback(
			(int)$row->tf_id,
			(int)$row->tf_page,
			(string)$row->tf_lang,
			(int)$row->tf_step,
			(string)$row->tf_kind,
			(string)$row->tf_comment,
			(int)$row->tf_user,
			wfTimestamp( TS_MW, $row->tf_timestamp ) ?: (string)$row->tf_timestamp,
			isset( $row->tf_step_id ) ? (string)$row->tf_step_id : null
		);
	}

}
