<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Stats;

use MediaWiki\Extension\Trainings\Progress\ModuleProgress;
use MediaWiki\Extension\Trainings\TrainingsDatabase;
use stdClass;
use Wikimedia\Rdbms\IConnectionProvider;
use Wikimedia\Rdbms\IReadableDatabase;
use Wikimedia\Rdbms\RawSQLExpression;
use Wikimedia\Rdbms\SelectQueryBuilder;

/**
 * Reads the aggregated counts of `trainings_stats` from a replica of the virtual domain
 * `virtual-trainings`, for a StatsFilter (a period of at most StatsFilter::MAX_DAYS days,
 * optionally one module and one language): one query per aggregate, bounded by the period.
 *
 * @license GPL-2.0-or-later
 */
class StatsLookup {

	public const SERVICE_NAME = 'Trainings.StatsLookup';

	/** The most rows rows() returns (a CSV download). */
	public const MAX_ROWS = 50000;

	public function __construct(
		private readonly IConnectionProvider $connectionProvider,
		private readonly string $wikiId
	) {
	}

	private function replica(): IReadableDatabase {
		return $this->connectionProvider->getReplicaDatabase( TrainingsDatabase::VIRTUAL_DOMAIN );
	}

	/**
	 * Counts per module, most viewed first.
	 *
	 * @return array<int,StatsCounts> By base page id
	 */
	public function byModule( StatsFilter $filter ): array {
		$result = [];
		foreach ( $this->grouped( $filter, 'ts_page', __METHOD__ ) as $row ) {
			$result[(int)$row->ts_page] = self::counts( $row );
		}
		uasort( $result, static fn ( StatsCounts $a, StatsCounts $b ) => $b->getViews() <=> $a->getViews()
			?: $b->getStarts() <=> $a->getStarts() );
		return $result;
	}

	/**
	 * Counts per day of the period, every day present (zero counts where nothing happened).
	 *
	 * @return array<string,StatsCounts> By day (YYYYMMDD), oldest first
	 */
	public function byDay( StatsFilter $filter ): array {
		$result = array_fill_keys( $filter->getDays(), new StatsCounts() );
		foreach ( $this->grouped( $filter, 'ts_day', __METHOD__ ) as $row ) {
			$result[(string)$row->ts_day] = self::counts( $row );
		}
		// array_fill_keys() turned numeric-looking days into integer keys: make them strings again.
		$days = [];
		foreach ( $result as $day => $counts ) {
			$days[(string)$day] = $counts;
		}
		return $days;
	}

	/**
	 * Counts per language, by language code.
	 *
	 * @return array<string,StatsCounts>
	 */
	public function byLanguage( StatsFilter $filter ): array {
		$result = [];
		foreach ( $this->grouped( $filter, 'ts_lang', __METHOD__ ) as $row ) {
			$result[(string)$row->ts_lang] = self::counts( $row );
		}
		ksort( $result );
		return $result;
	}

	/**
	 * The rows of the period themselves (for a CSV download), by day, module and language;
	 * at most MAX_ROWS.
	 *
	 * @return array<int,array{day:string,module:int,language:string,counts:StatsCounts}>
	 */
	public function rows( StatsFilter $filter ): array {
		$res = $this->replica()->newSelectQueryBuilder()
			->select( array_merge( [ 'ts_day', 'ts_page', 'ts_lang' ], StatsRecorder::COUNTERS ) )
			->from( StatsRecorder::TABLE )
			->where( $this->conditions( $filter ) )
			->orderBy( [ 'ts_day', 'ts_page', 'ts_lang' ], SelectQueryBuilder::SORT_ASC )
			->limit( self::MAX_ROWS )
			->caller( __METHOD__ )
			->fetchResultSet();
		$rows = [];
		foreach ( $res as $row ) {
			/** @var stdClass $row */
			$rows[] = [
				'day' => (string)$row->ts_day,
				'module' => (int)$row->ts_page,
				'language' => (string)$row->ts_lang,
				'counts' => self::counts( $row ),
			];
		}
		return $rows;
	}

	/**
	 * First tries per quiz question (`trainings_quiz_stats`), in one query: for each module and
	 * quiz number, how many learners answered it and how many of them were right on the first
	 * try, the questions most often missed first.
	 *
	 * @return array<int,array{module:int,quiz:int,learners:int,right:int}>
	 */
	public function byQuestion( StatsFilter $filter ): array {
		$db = $this->replica();
		$conds = [
			'tqs_wiki' => $this->wikiId,
			$db->buildComparison( '>=', [ 'tqs_day' => $filter->getFirstDay() ] ),
			$db->buildComparison( '<=', [ 'tqs_day' => $filter->getLastDay() ] ),
			// Counts of quizzes gone from their module are set aside there (design record 0019).
			$db->buildComparison( '<=', [ 'tqs_quiz' => ModuleProgress::MAX_ITEMS ] ),
		];
		if ( $filter->getModuleId() !== null ) {
			$conds['tqs_page'] = $filter->getModuleId();
		}
		if ( $filter->getLanguage() !== null ) {
			$conds['tqs_lang'] = $filter->getLanguage();
		}
		$res = $db->newSelectQueryBuilder()
			->select( [
				'tqs_page', 'tqs_quiz', 'learners' => 'SUM(tqs_learners)', 'firstright' => 'SUM(tqs_first_right)',
			] )
			->from( StatsRecorder::QUIZ_TABLE )
			->where( $conds )
			->groupBy( [ 'tqs_page', 'tqs_quiz' ] )
			->caller( __METHOD__ )
			->fetchResultSet();
		$rows = [];
		foreach ( $res as $row ) {
			/** @var stdClass $row */
			$rows[] = [
				'module' => (int)$row->tqs_page,
				'quiz' => (int)$row->tqs_quiz,
				'learners' => (int)$row->learners,
				'right' => (int)$row->firstright,
			];
		}
		usort( $rows, static fn ( array $a, array $b ) => $a['right'] * $b['learners'] <=> $b['right'] * $a['learners']
			?: $b['learners'] <=> $a['learners'] ?: [ $a['module'], $a['quiz'] ] <=> [ $b['module'], $b['quiz'] ] );
		return $rows;
	}

	/**
	 * First answers to each module's quizzes since its own day (for the maintainers' queue:
	 * since each module's last review). The table counts them per module and day, not per quiz.
	 * One query whatever the number of modules.
	 *
	 * @param array<int,string> $since Module id => TS_MW; only its day counts
	 * @return array<int,array{0:int,1:int}> Module id => [ answers, right ], for modules with rows
	 */
	public function firstAnswersSince( array $since ): array {
		if ( $since === [] ) {
			return [];
		}
		$dbr = $this->replica();
		$byDay = [];
		foreach ( $since as $id => $timestamp ) {
			$byDay[substr( $timestamp, 0, 8 )][] = $id;
		}
		$ors = [];
		foreach ( $byDay as $day => $ids ) {
			$ors[] = $dbr->andExpr( [
				'ts_page' => $ids,
				new RawSQLExpression( $dbr->buildComparison( '>=', [ 'ts_day' => (string)$day ] ) ),
			] );
		}
		$rows = $dbr->newSelectQueryBuilder()
			->select( [
				'ts_page',
				'answers' => 'SUM(' . StatsRecorder::QUIZ_ANSWERS . ')',
				'right' => 'SUM(' . StatsRecorder::QUIZ_RIGHT . ')',
			] )
			->from( StatsRecorder::TABLE )
			->where( [ 'ts_wiki' => $this->wikiId, $dbr->orExpr( $ors ) ] )
			->groupBy( 'ts_page' )
			->caller( __METHOD__ )
			->fetchResultSet();
		$result = [];
		foreach ( $rows as $row ) {
			/** @var stdClass $row */
			$result[(int)$row->ts_page] = [ (int)$row->answers, (int)$row->right ];
		}
		return $result;
	}

	/**
	 * @return stdClass[] One row per value of $groupBy, with the sums of the counters
	 */
	private function grouped( StatsFilter $filter, string $groupBy, string $caller ): array {
		$select = [ $groupBy ];
		foreach ( StatsRecorder::COUNTERS as $column ) {
			$select[$column] = "SUM($column)";
		}
		$res = $this->replica()->newSelectQueryBuilder()
			->select( $select )
			->from( StatsRecorder::TABLE )
			->where( $this->conditions( $filter ) )
			->groupBy( $groupBy )
			->caller( $caller )
			->fetchResultSet();
		$rows = [];
		foreach ( $res as $row ) {
			/** @var stdClass $row */
			$rows[] = $row;
		}
		return $rows;
	}

	/**
	 * @return array<int|string,mixed>
	 */
	private function conditions( StatsFilter $filter ): array {
		$db = $this->replica();
		$conds = [
			'ts_wiki' => $this->wikiId,
			$db->buildComparison( '>=', [ 'ts_day' => $filter->getFirstDay() ] ),
			$db->buildComparison( '<=', [ 'ts_day' => $filter->getLastDay() ] ),
		];
		if ( $filter->getModuleId() !== null ) {
			$conds['ts_page'] = $filter->getModuleId();
		}
		if ( $filter->getLanguage() !== null ) {
			$conds['ts_lang'] = $filter->getLanguage();
		}
		return $conds;
	}

	private static function counts( stdClass $row ): StatsCounts {
		return new StatsCounts(
			(int)$row->ts_views,
			(int)$row->ts_starts,
			(int)$row->ts_completions,
			(int)$row->ts_quiz_answers,
			(int)$row->ts_quiz_right
		);
	}

}
