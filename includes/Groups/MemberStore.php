<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Groups;

use MediaWiki\Extension\Trainings\TrainingsDatabase;
use MediaWiki\Extension\Trainings\Progress\ProgressLookup;
use stdClass;
use Wikimedia\Rdbms\IConnectionProvider;

/**
 * The participants of training groups (`trainings_group_member`) and what their organisers
 * may read of their progress: only the rows of the group's modules, only of participants who
 * are members now, read through Progress's ProgressLookup (never its table).
 *
 * @license GPL-2.0-or-later
 */
class MemberStore {

	public const SERVICE_NAME = 'Trainings.MemberStore';

	public function __construct(
		private readonly IConnectionProvider $connectionProvider,
		private readonly ProgressLookup $progressLookup
	) {
	}

	public function add( int $groupId, int $centralId, string $now ): void {
		$dbw = TrainingsDatabase::primary( $this->connectionProvider );
		$dbw->newInsertQueryBuilder()
			->insertInto( GroupStore::MEMBER_TABLE )
			->ignore()
			->row( [ 'tgm_group' => $groupId, 'tgm_user' => $centralId, 'tgm_joined' => $dbw->timestamp( $now ) ] )
			->caller( __METHOD__ )
			->execute();
	}

	/**
	 * @return bool Whether they were a member
	 */
	public function remove( int $groupId, int $centralId ): bool {
		$dbw = TrainingsDatabase::primary( $this->connectionProvider );
		$dbw->newDeleteQueryBuilder()
			->deleteFrom( GroupStore::MEMBER_TABLE )
			->where( [ 'tgm_group' => $groupId, 'tgm_user' => $centralId ] )
			->caller( __METHOD__ )
			->execute();
		return $dbw->affectedRows() > 0;
	}

	public function isMember( int $groupId, int $centralId, bool $fromPrimary = false ): bool {
		return (bool)TrainingsDatabase::forReading( $this->connectionProvider, $fromPrimary )->newSelectQueryBuilder()
			->select( '1' )
			->from( GroupStore::MEMBER_TABLE )
			->where( [ 'tgm_group' => $groupId, 'tgm_user' => $centralId ] )
			->caller( __METHOD__ )
			->fetchField();
	}

	/**
	 * @return int[] Ids of the groups a learner is a member of, most recent first
	 */
	public function groupsOf( int $centralId, bool $fromPrimary = false ): array {
		return array_map( 'intval', TrainingsDatabase::forReading( $this->connectionProvider, $fromPrimary )
			->newSelectQueryBuilder()
			->select( 'tgm_group' )
			->from( GroupStore::MEMBER_TABLE )
			->where( [ 'tgm_user' => $centralId ] )
			->orderBy( 'tgm_joined', 'DESC' )
			->limit( 500 )
			->caller( __METHOD__ )
			->fetchFieldValues() );
	}

	/**
	 * @param int[] $groupIds
	 * @return array<int,int> Group id => participants, in one grouped query
	 */
	public function counts( array $groupIds ): array {
		if ( $groupIds === [] ) {
			return [];
		}
		$res = TrainingsDatabase::forReading( $this->connectionProvider, false )->newSelectQueryBuilder()
			->select( [ 'tgm_group', 'n' => 'COUNT(*)' ] )
			->from( GroupStore::MEMBER_TABLE )
			->where( [ 'tgm_group' => $groupIds ] )
			->groupBy( 'tgm_group' )
			->caller( __METHOD__ )
			->fetchResultSet();
		$counts = array_fill_keys( $groupIds, 0 );
		foreach ( $res as $row ) {
			/** @var stdClass $row */
			$counts[(int)$row->tgm_group] = (int)$row->n;
		}
		return $counts;
	}

	/**
	 * @return array<int,string> Central user id => when they joined (TS_MW), in joining order
	 */
	public function members( int $groupId, int $limit, bool $fromPrimary = false ): array {
		$res = TrainingsDatabase::forReading( $this->connectionProvider, $fromPrimary )->newSelectQueryBuilder()
			->select( [ 'tgm_user', 'tgm_joined' ] )
			->from( GroupStore::MEMBER_TABLE )
			->where( [ 'tgm_group' => $groupId ] )
			->orderBy( [ 'tgm_joined', 'tgm_user' ] )
			->limit( $limit )
			->caller( __METHOD__ )
			->fetchResultSet();
		$members = [];
		foreach ( $res as $row ) {
			/** @var stdClass $row */
			$members[(int)$row->tgm_user] = (string)wfTimestamp( TS_MW, $row->tgm_joined );
		}
		return $members;
	}

	/**
	 * The progress of the group's current participants in the given modules: two queries, the
	 * participants and their progress (through Progress's ProgressLookup), whatever their number.
	 *
	 * @param int $groupId
	 * @param int[] $moduleIds
	 * @param bool $fromPrimary
	 * @return ParticipantProgress[]
	 */
	public function progress( int $groupId, array $moduleIds, bool $fromPrimary = false ): array {
		if ( $moduleIds === [] ) {
			return [];
		}
		$userIds = array_map( 'intval', TrainingsDatabase::forReading( $this->connectionProvider, $fromPrimary )
			->newSelectQueryBuilder()
			->select( 'tgm_user' )
			->from( GroupStore::MEMBER_TABLE )
			->where( [ 'tgm_group' => $groupId ] )
			->caller( __METHOD__ )
			->fetchFieldValues() );
		$list = [];
		foreach ( $this->progressLookup->listForUsers( $userIds, $moduleIds, $fromPrimary ) as $progress ) {
			$list[] = new ParticipantProgress( $progress->userId, $progress->moduleId, $progress->stepsDone,
				$progress->quizFirst, $progress->completed );
		}
		return $list;
	}

}
