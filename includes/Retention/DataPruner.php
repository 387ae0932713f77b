<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Retention;

use MediaWiki\Extension\Trainings\TrainingsDatabase;
use stdClass;
use Wikimedia\Rdbms\IConnectionProvider;
use Wikimedia\Rdbms\IDatabase;
use Wikimedia\Rdbms\ILBFactory;
use Wikimedia\Rdbms\RawSQLExpression;
use Wikimedia\Timestamp\ConvertibleTimestamp;

/**
 * Deletes statistics and learners' flags older than their retention (the tables that grow
 * with every day and every learner; design record 0016): `trainings_stats` and
 * `trainings_quiz_stats` by day, `trainings_feedback` by timestamp. Rows go in batches, each
 * selected by its key in the key's order and deleted by key, with the replicas caught up
 * between batches, so that a large deletion never makes them lag.
 *
 * Progress is not pruned (a learner's own record, deleted when they reset it), nor the
 * notification limiter (one row per module).
 *
 * @license GPL-2.0-or-later
 */
class DataPruner {

	public const SERVICE_NAME = 'Trainings.DataPruner';

	/** What is pruned: table => [ the age column, how it stores time, the key after the wiki's ]. */
	private const TABLES = [
		'trainings_stats' => [ 'ts_day', 'day', [ 'ts_day', 'ts_page', 'ts_lang' ], 'ts_wiki' ],
		'trainings_quiz_stats' => [ 'tqs_day', 'day', [ 'tqs_day', 'tqs_page', 'tqs_lang', 'tqs_quiz' ], 'tqs_wiki' ],
		// Ids grow with time: the oldest flags come first in the primary key's order.
		'trainings_feedback' => [ 'tf_timestamp', 'timestamp', [ 'tf_id' ], 'tf_wiki' ],
	];

	/**
	 * @param IConnectionProvider $connectionProvider
	 * @param ILBFactory $lbFactory Waits for the replicas between batches
	 * @param string $wikiId Only this wiki's rows (a farm may share the tables)
	 * @param int $statsRetentionDays Days of statistics kept (0: all)
	 * @param int $feedbackRetentionDays Days of flags kept (0: all)
	 */
	public function __construct(
		private readonly IConnectionProvider $connectionProvider,
		private readonly ILBFactory $lbFactory,
		private readonly string $wikiId,
		private readonly int $statsRetentionDays,
		private readonly int $feedbackRetentionDays
	) {
	}

	/**
	 * @param int $batchSize Rows per DELETE
	 * @param callable(string,int):void|null $afterBatch Told the table and the rows deleted after
	 *  each batch (once the replicas caught up)
	 * @return array<string,int> Table => rows deleted
	 */
	public function prune( int $batchSize, ?callable $afterBatch = null ): array {
		$deleted = [];
		foreach ( self::TABLES as $table => [ $column, $kind, $key, $wikiColumn ] ) {
			$days = $table === 'trainings_feedback' ? $this->feedbackRetentionDays : $this->statsRetentionDays;
			$deleted[$table] = 0;
			if ( $days <= 0 ) {
				continue;
			}
			$cutoff = self::cutoff( $days, $kind );
			do {
				$count = $this->deleteBatch( $table, $wikiColumn, $column, $cutoff, $key, max( 1, $batchSize ) );
				if ( $count > 0 ) {
					$this->lbFactory->waitForReplication( [ 'timeout' => 60 ] );
					$deleted[$table] += $count;
					if ( $afterBatch ) {
						$afterBatch( $table, $count );
					}
				}
			} while ( $count >= $batchSize );
		}
		return $deleted;
	}

	/**
	 * The first instant kept: a day YYYYMMDD for the statistics, a TS_MW timestamp for flags.
	 */
	public static function cutoff( int $days, string $kind ): string {
		$time = (int)ConvertibleTimestamp::now( TS_UNIX ) - $days * 86400;
		$cutoff = ConvertibleTimestamp::convert( TS_MW, $time );
		return $kind === 'day' ? substr( (string)$cutoff, 0, 8 ) : (string)$cutoff;
	}

	/**
	 * @param string $table
	 * @param string $wikiColumn
	 * @param string $column The age column
	 * @param string $cutoff Rows before it go
	 * @param string[] $key Key columns after the wiki's
	 * @param int $limit
	 * @return int Rows deleted
	 */
	private function deleteBatch(
		string $table, string $wikiColumn, string $column, string $cutoff, array $key, int $limit
	): int {
		$dbw = $this->connectionProvider->getPrimaryDatabase( TrainingsDatabase::VIRTUAL_DOMAIN );
		$value = $column === 'tf_timestamp' ? $dbw->timestamp( $cutoff ) : $cutoff;
		$rows = $dbw->newSelectQueryBuilder()
			->select( $key )
			->from( $table )
			->where( [
				$wikiColumn => $this->wikiId,
				new RawSQLExpression( $dbw->buildComparison( '<', [ $column => $value ] ) ),
			] )
			->orderBy( $key )
			->limit( $limit )
			->caller( __METHOD__ )
			->fetchResultSet();
		$keys = [];
		foreach ( $rows as $row ) {
			/** @var stdClass $row */
			$keys[] = $dbw->andExpr( array_map( static fn ( string $c ) => $row->$c,
				array_combine( $key, $key ) ) );
		}
		if ( $keys === [] ) {
			return 0;
		}
		$this->delete( $dbw, $table, $wikiColumn, $keys );
		return count( $keys );
	}

	/**
	 * @param IDatabase $dbw
	 * @param string $table
	 * @param string $wikiColumn
	 * @param list<\Wikimedia\Rdbms\AndExpressionGroup> $keys
	 */
	private function delete( IDatabase $dbw, string $table, string $wikiColumn, array $keys ): void {
		$dbw->newDeleteQueryBuilder()
			->deleteFrom( $table )
			->where( [ $wikiColumn => $this->wikiId, $dbw->orExpr( $keys ) ] )
			->caller( __METHOD__ )
			->execute();
	}
}
