<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Groups;

use MediaWiki\Extension\Trainings\TrainingsDatabase;
use stdClass;
use Wikimedia\Rdbms\IConnectionProvider;
use Wikimedia\Rdbms\IDatabase;
use Wikimedia\Rdbms\IReadableDatabase;

/**
 * The group tables (sql/tables.json: trainings_group, trainings_group_item,
 * trainings_group_organiser) on the virtual domain of progress. Database work only: the
 * commands check who may do what. Never joined with core's tables (the domain may live on
 * another server).
 *
 * @license GPL-2.0-or-later
 */
class GroupStore {

	public const SERVICE_NAME = 'Trainings.GroupStore';

	public const TABLE = 'trainings_group';
	public const ITEM_TABLE = 'trainings_group_item';
	public const ORGANISER_TABLE = 'trainings_group_organiser';
	public const MEMBER_TABLE = 'trainings_group_member';

	private const FIELDS = [
		'tg_id', 'tg_name', 'tg_description', 'tg_code', 'tg_event', 'tg_due', 'tg_created', 'tg_closed',
		'tg_remind',
	];

	public function __construct(
		private readonly IConnectionProvider $connectionProvider,
		private readonly string $wikiId
	) {
	}

	/**
	 * @return TrainingGroup The group with its id
	 */
	public function insert( TrainingGroup $group ): TrainingGroup {
		$dbw = TrainingsDatabase::primary( $this->connectionProvider );
		$dbw->startAtomic( __METHOD__ );
		$dbw->newInsertQueryBuilder()
			->insertInto( self::TABLE )
			->row( [
				'tg_wiki' => $this->wikiId,
				'tg_code' => $group->code,
				'tg_created' => $dbw->timestamp( $group->created ),
			] + $this->values( $dbw, $group ) )
			->caller( __METHOD__ )
			->execute();
		$stored = $group->withId( $dbw->insertId() );
		$this->writeLists( $dbw, $stored );
		$dbw->endAtomic( __METHOD__ );
		return $stored;
	}

	/**
	 * Writes the changeable fields, the items and the organisers of a stored group.
	 */
	public function update( TrainingGroup $group ): void {
		$dbw = TrainingsDatabase::primary( $this->connectionProvider );
		$dbw->startAtomic( __METHOD__ );
		$dbw->newUpdateQueryBuilder()
			->update( self::TABLE )
			->set( $this->values( $dbw, $group ) )
			->where( [ 'tg_id' => $group->id, 'tg_wiki' => $this->wikiId ] )
			->caller( __METHOD__ )
			->execute();
		foreach ( [ self::ITEM_TABLE => 'tgi_group', self::ORGANISER_TABLE => 'tgo_group' ] as $table => $field ) {
			$dbw->newDeleteQueryBuilder()->deleteFrom( $table )->where( [ $field => $group->id ] )
				->caller( __METHOD__ )->execute();
		}
		$this->writeLists( $dbw, $group );
		$dbw->endAtomic( __METHOD__ );
	}

	/**
	 * @return array<string,mixed>
	 */
	private function values( IDatabase $dbw, TrainingGroup $group ): array {
		return [
			'tg_name' => $group->name,
			'tg_description' => $group->description,
			'tg_event' => $group->event,
			'tg_due' => $group->due === null ? null : $dbw->timestamp( $group->due ),
			'tg_closed' => $group->closed === null ? null : $dbw->timestamp( $group->closed ),
			'tg_remind' => $group->remindDays,
		];
	}

	private function writeLists( IDatabase $dbw, TrainingGroup $group ): void {
		$items = [];
		foreach ( array_values( $group->items ) as $order => $page ) {
			$items[] = [ 'tgi_group' => $group->id, 'tgi_page' => $page, 'tgi_order' => $order ];
		}
		if ( $items ) {
			$dbw->newInsertQueryBuilder()->insertInto( self::ITEM_TABLE )->rows( $items )
				->caller( __METHOD__ )->execute();
		}
		$organisers = array_map( static fn ( int $user ) => [ 'tgo_group' => $group->id, 'tgo_user' => $user ],
			array_values( array_unique( $group->organisers ) ) );
		if ( $organisers ) {
			$dbw->newInsertQueryBuilder()->insertInto( self::ORGANISER_TABLE )->rows( $organisers )
				->caller( __METHOD__ )->execute();
		}
	}

	/**
	 * Deletes a group with its items, organisers and participants (not their progress).
	 */
	public function delete( int $groupId ): void {
		$dbw = TrainingsDatabase::primary( $this->connectionProvider );
		$dbw->startAtomic( __METHOD__ );
		foreach ( [
			self::ITEM_TABLE => 'tgi_group', self::ORGANISER_TABLE => 'tgo_group', self::MEMBER_TABLE => 'tgm_group',
		] as $table => $field ) {
			$dbw->newDeleteQueryBuilder()->deleteFrom( $table )->where( [ $field => $groupId ] )
				->caller( __METHOD__ )->execute();
		}
		$dbw->newDeleteQueryBuilder()->deleteFrom( self::TABLE )
			->where( [ 'tg_id' => $groupId, 'tg_wiki' => $this->wikiId ] )
			->caller( __METHOD__ )->execute();
		$dbw->endAtomic( __METHOD__ );
	}

	public function get( int $id, bool $fromPrimary = false ): ?TrainingGroup {
		return $this->load( [ 'tg_id' => $id ], $fromPrimary )[0] ?? null;
	}

	/**
	 * @param int[] $ids
	 * @return TrainingGroup[] Newest first
	 */
	public function getMany( array $ids, bool $fromPrimary = false ): array {
		return $ids ? $this->load( [ 'tg_id' => array_values( array_unique( $ids ) ) ], $fromPrimary ) : [];
	}

	public function getByCode( string $code, bool $fromPrimary = false ): ?TrainingGroup {
		return $this->load( [ 'tg_code' => $code ], $fromPrimary )[0] ?? null;
	}

	/**
	 * The groups one organises on this wiki, newest first.
	 *
	 * @return TrainingGroup[]
	 */
	public function listForOrganiser( int $centralId, int $limit = 500, bool $fromPrimary = false ): array {
		$ids = TrainingsDatabase::forReading( $this->connectionProvider, $fromPrimary )->newSelectQueryBuilder()
			->select( 'tgo_group' )
			->from( self::ORGANISER_TABLE )
			->where( [ 'tgo_user' => $centralId ] )
			->orderBy( 'tgo_group', 'DESC' )
			->limit( $limit )
			->caller( __METHOD__ )
			->fetchFieldValues();
		return $ids ? $this->load( [ 'tg_id' => array_map( 'intval', $ids ) ], $fromPrimary ) : [];
	}

	/**
	 * Groups with their items and organisers, in three queries whatever their number.
	 *
	 * @param array<string,mixed> $conds
	 * @param bool $fromPrimary
	 * @return TrainingGroup[] Newest first
	 */
	private function load( array $conds, bool $fromPrimary ): array {
		$db = TrainingsDatabase::forReading( $this->connectionProvider, $fromPrimary );
		$rows = $db->newSelectQueryBuilder()
			->select( self::FIELDS )
			->from( self::TABLE )
			->where( $conds + [ 'tg_wiki' => $this->wikiId ] )
			->orderBy( 'tg_id', 'DESC' )
			->caller( __METHOD__ )
			->fetchResultSet();
		$groups = [];
		foreach ( $rows as $row ) {
			/** @var stdClass $row */
			$groups[(int)$row->tg_id] = $row;
		}
		if ( !$groups ) {
			return [];
		}
		$items = $this->lists( $db, self::ITEM_TABLE, 'tgi_group', 'tgi_page', array_keys( $groups ), 'tgi_order' );
		$organisers = $this->lists( $db, self::ORGANISER_TABLE, 'tgo_group', 'tgo_user', array_keys( $groups ),
			'tgo_user' );
		$list = [];
		foreach ( $groups as $id => $row ) {
			$list[] = new TrainingGroup( $id, (string)$row->tg_name, (string)$row->tg_description,
				(string)$row->tg_code, (string)$row->tg_event,
				$row->tg_due === null ? null : (string)wfTimestamp( TS_MW, $row->tg_due ),
				(string)wfTimestamp( TS_MW, $row->tg_created ),
				$row->tg_closed === null ? null : (string)wfTimestamp( TS_MW, $row->tg_closed ),
				$items[$id] ?? [], $organisers[$id] ?? [],
				$row->tg_remind === null ? null : (int)$row->tg_remind );
		}
		return $list;
	}

	/**
	 * @param IReadableDatabase $db
	 * @param string $table
	 * @param string $groupField
	 * @param string $valueField
	 * @param int[] $groupIds
	 * @param string $order
	 * @return array<int,int[]> By group id
	 */
	private function lists( IReadableDatabase $db, string $table, string $groupField, string $valueField,
		array $groupIds, string $order
	): array {
		$res = $db->newSelectQueryBuilder()
			->select( [ 'g' => $groupField, 'v' => $valueField ] )
			->from( $table )
			->where( [ $groupField => $groupIds ] )
			->orderBy( [ $groupField, $order ] )
			->caller( __METHOD__ )
			->fetchResultSet();
		$lists = [];
		foreach ( $res as $row ) {
			/** @var stdClass $row */
			$lists[(int)$row->g][] = (int)$row->v;
		}
		return $lists;
	}

}
