<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Groups;

use MediaWiki\Extension\Trainings\Content\LatestProperties;
use MediaWiki\Extension\Trainings\Content\ModuleProperties;
use MediaWiki\Title\TitleValue;
use StatusValue;
use stdClass;
use Wikimedia\Rdbms\IConnectionProvider;

/**
 * The modules and courses a group asks for, read from core's page table and the latest
 * properties (LatestProperties) of the wiki's own database (never joined with the group
 * tables, which may live elsewhere): titles typed by an organiser become base page ids, and
 * stored ids become the columns of the group's table, a course followed by its modules. Two
 * queries whatever the size.
 *
 * @license GPL-2.0-or-later
 */
class GroupContent {

	public const SERVICE_NAME = 'Trainings.GroupContent';

	/** The most modules and courses a group asks for. */
	public const MAX_ITEMS = 50;

	public function __construct(
		private readonly IConnectionProvider $connectionProvider,
		private readonly LatestProperties $latestProperties
	) {
	}

	/**
	 * @param string[] $dbKeys DB keys in the Training namespace
	 * @return StatusValue Value: base page ids in the given order. Errors: trainings-group-error-item
	 *  for a page that is neither a module nor a course
	 */
	public function findItems( array $dbKeys ): StatusValue {
		$pages = $this->fetch( [ 'page_title' => array_values( array_unique( $dbKeys ) ) ] );
		$byKey = [];
		foreach ( $pages as $row ) {
			$byKey[(string)$row->page_title] = $row;
		}
		$status = StatusValue::newGood();
		$ids = [];
		foreach ( $dbKeys as $key ) {
			$row = $byKey[$key] ?? null;
			if ( $row === null || ( $row->steps === null && $row->course === null ) || str_contains( $key, '/' ) ) {
				$status->fatal( 'trainings-group-error-item', ( new TitleValue( NS_TRAINING, $key ) )->getText() );
				continue;
			}
			$ids[] = (int)$row->page_id;
		}
		$status->setResult( $status->isOK(), array_values( array_unique( $ids ) ) );
		return $status;
	}

	/**
	 * @param int[] $pageIds A group's items
	 * @return GroupColumn[] In the group's order; each course followed by those of its modules
	 *  the group does not list itself; pages that are gone are left out
	 */
	public function columns( array $pageIds ): array {
		if ( $pageIds === [] ) {
			return [];
		}
		$rows = [];
		foreach ( $this->fetch( [ 'page_id' => $pageIds ] ) as $row ) {
			$rows[(int)$row->page_id] = $row;
		}
		$courseKeys = [];
		foreach ( $rows as $row ) {
			if ( $row->steps === null && $row->course !== null ) {
				$courseKeys = array_merge( $courseKeys,
					explode( ModuleProperties::LIST_SEPARATOR, (string)$row->course ) );
			}
		}
		$courseModules = [];
		if ( $courseKeys ) {
			foreach ( $this->fetch( [ 'page_title' => array_values( array_unique( $courseKeys ) ) ] ) as $row ) {
				if ( $row->steps !== null ) {
					$courseModules[(string)$row->page_title] = $row;
				}
			}
		}
		$columns = [];
		foreach ( $pageIds as $id ) {
			$row = $rows[$id] ?? null;
			if ( $row === null ) {
				continue;
			}
			if ( $row->steps !== null ) {
				$columns[$id] = self::moduleColumn( $row );
				continue;
			}
			$modules = [];
			foreach ( explode( ModuleProperties::LIST_SEPARATOR, (string)$row->course ) as $key ) {
				if ( isset( $courseModules[$key] ) ) {
					$modules[(int)$courseModules[$key]->page_id] = self::moduleColumn( $courseModules[$key] );
				}
			}
			$columns[$id] = new GroupColumn( $id, new TitleValue( NS_TRAINING, (string)$row->page_title ), 0, 0,
				array_keys( $modules ) );
			$columns += $modules;
		}
		return array_values( $columns );
	}

	/**
	 * @param int[] $pageIds
	 * @return array<int,TitleValue> By page id, in the given order; pages that are gone are left out
	 */
	public function titles( array $pageIds ): array {
		$byId = [];
		foreach ( $pageIds ? $this->fetch( [ 'page_id' => $pageIds ] ) : [] as $row ) {
			$byId[(int)$row->page_id] = new TitleValue( NS_TRAINING, (string)$row->page_title );
		}
		return array_filter( array_replace( array_fill_keys( $pageIds, null ), $byId ) );
	}

	private static function moduleColumn( stdClass $row ): GroupColumn {
		return new GroupColumn( (int)$row->page_id, new TitleValue( NS_TRAINING, (string)$row->page_title ),
			(int)$row->steps, (int)( $row->quizzes ?? 0 ) );
	}

	/**
	 * @param array<string,mixed> $conds
	 * @return stdClass[]
	 */
	private function fetch( array $conds ): array {
		$query = $this->connectionProvider->getReplicaDatabase()->newSelectQueryBuilder()
			->select( [ 'page_id', 'page_title' ] )
			->from( 'page' );
		$res = $this->latestProperties->joinTo( $query, [
			'steps' => ModuleProperties::STEPS,
			'quizzes' => ModuleProperties::QUIZZES,
			'course' => ModuleProperties::COURSE,
		] )
			->where( $conds + [ 'page_namespace' => NS_TRAINING, 'page_is_redirect' => 0 ] )
			->caller( __METHOD__ )
			->fetchResultSet();
		$rows = [];
		foreach ( $res as $row ) {
			/** @var stdClass $row */
			$rows[] = $row;
		}
		return $rows;
	}

}
