<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Groups;

use MediaWiki\User\CentralId\CentralIdLookup;

/**
 * Builds a group's table (GroupReport) in a fixed number of queries whatever the number of
 * participants and modules: the participants, the columns (GroupContent, two queries), the
 * participants' progress in the group's modules (one query), their names (one batch lookup).
 * Callers check first that the reader is an organiser (GroupAccess).
 *
 * @license GPL-2.0-or-later
 */
class GroupReportBuilder {

	public const SERVICE_NAME = 'Trainings.GroupReportBuilder';

	/** The most participants a table shows. */
	public const MAX_PARTICIPANTS = 2000;

	public const SORT_NAME = 'name';

	public function __construct(
		private readonly GroupContent $content,
		private readonly MemberStore $memberStore,
		private readonly CentralIdLookup $centralIdLookup
	) {
	}

	/**
	 * @param TrainingGroup $group
	 * @param string $sort SORT_NAME or the page id of a column
	 * @param bool $descending
	 * @return GroupReport
	 */
	public function build( TrainingGroup $group, string $sort = self::SORT_NAME,
		bool $descending = false ): GroupReport {
		$members = $this->memberStore->members( $group->id, self::MAX_PARTICIPANTS );
		$columns = $this->content->columns( $group->items );
		$modules = [];
		foreach ( $columns as $column ) {
			if ( !$column->isCourse() ) {
				$modules[$column->pageId] = $column;
			}
		}
		$progress = [];
		foreach ( $this->memberStore->progress( $group->id, array_keys( $modules ) ) as $row ) {
			$progress[$row->userId][$row->moduleId] = $row;
		}
		$names = $members ? $this->centralIdLookup->lookupCentralIds(
			array_fill_keys( array_keys( $members ), null ), CentralIdLookup::AUDIENCE_PUBLIC ) : [];
		$cells = [];
		foreach ( array_keys( $members ) as $user ) {
			$row = [];
			foreach ( $modules as $id => $column ) {
				$row[$id] = self::moduleCell( $column, $progress[$user][$id] ?? null );
			}
			foreach ( $columns as $column ) {
				$cells[$user][$column->pageId] = $column->isCourse() ? self::courseCell( $column,
					$row ) : $row[$column->pageId];
			}
		}
		$order = self::order( array_keys( $members ), $names, $cells, $sort, $descending );
		$sortedNames = [];
		foreach ( $order as $user ) {
			$sortedNames[$user] = $names[$user] ?? null;
		}
		return new GroupReport( $group, $columns, $sortedNames, $cells, self::totals( $columns, $cells ),
			self::firstTries( $modules, $progress ) );
	}

	private static function moduleCell( GroupColumn $column, ?ParticipantProgress $progress ): GroupCell {
		if ( $progress === null ) {
			return new GroupCell( GroupCell::NOT_STARTED, 0, $column->stepCount );
		}
		return $progress->completed !== null
			? new GroupCell( GroupCell::COMPLETED, $column->stepCount, $column->stepCount, $progress->completed )
			: new GroupCell( GroupCell::IN_PROGRESS, $progress->stepsSeen( $column->stepCount ), $column->stepCount );
	}

	/**
	 * @param GroupColumn $course
	 * @param array<int,GroupCell> $row The participant's module cells
	 */
	private static function courseCell( GroupColumn $course, array $row ): GroupCell {
		$completed = 0;
		$started = false;
		$last = null;
		foreach ( $course->moduleIds ?? [] as $id ) {
			$cell = $row[$id] ?? null;
			$started = $started || ( $cell !== null && $cell->state !== GroupCell::NOT_STARTED );
			if ( $cell !== null && $cell->state === GroupCell::COMPLETED ) {
				$completed++;
				$last = max( (string)$last, (string)$cell->completed );
			}
		}
		$total = count( $course->moduleIds ?? [] );
		if ( $total > 0 && $completed === $total ) {
			return new GroupCell( GroupCell::COMPLETED, $total, $total, $last );
		}
		return new GroupCell( $started ? GroupCell::IN_PROGRESS : GroupCell::NOT_STARTED, $completed, $total );
	}

	/**
	 * @param int[] $users
	 * @param array<int,string|null> $names
	 * @param array<int,array<int,GroupCell>> $cells
	 * @param string $sort
	 * @param bool $descending
	 * @return int[]
	 */
	private static function order( array $users, array $names, array $cells, string $sort, bool $descending ): array {
		$keys = [];
		foreach ( $users as $user ) {
			$name = mb_strtolower( (string)( $names[$user] ?? '' ) );
			$keys[$user] = $sort === self::SORT_NAME || !isset( $cells[$user][(int)$sort] )
				? $name : $cells[$user][(int)$sort]->sortKey() . "\0" . $name;
		}
		uksort( $keys, static fn ( int $a, int $b ) => strcmp( $keys[$a], $keys[$b] ) ?: $a <=> $b );
		$order = array_keys( $keys );
		return $descending ? array_reverse( $order ) : $order;
	}

	/**
	 * @param GroupColumn[] $columns
	 * @param array<int,array<int,GroupCell>> $cells
	 * @return array<int,array<string,int>>
	 */
	private static function totals( array $columns, array $cells ): array {
		$totals = [];
		foreach ( $columns as $column ) {
			$totals[$column->pageId] = [ GroupCell::NOT_STARTED => 0, GroupCell::IN_PROGRESS => 0,
				GroupCell::COMPLETED => 0 ];
			foreach ( $cells as $row ) {
				$totals[$column->pageId][$row[$column->pageId]->state]++;
			}
		}
		return $totals;
	}

	/**
	 * @param array<int,GroupColumn> $modules
	 * @param array<int,array<int,ParticipantProgress>> $progress
	 * @return array<int,array<int,array{0:int,1:int}>>
	 */
	private static function firstTries( array $modules, array $progress ): array {
		$rates = [];
		foreach ( $modules as $id => $module ) {
			for ( $quiz = 1; $quiz <= $module->quizCount; $quiz++ ) {
				$rates[$id][$quiz] = [ 0, 0 ];
			}
		}
		foreach ( $progress as $rows ) {
			foreach ( $rows as $id => $row ) {
				foreach ( $row->firstTries() as $quiz => $right ) {
					if ( isset( $rates[$id][$quiz] ) ) {
						$rates[$id][$quiz][0]++;
						$rates[$id][$quiz][1] += $right ? 1 : 0;
					}
				}
			}
		}
		return $rates;
	}

}
