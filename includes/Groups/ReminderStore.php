<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Groups;

use MediaWiki\Extension\Trainings\TrainingsDatabase;
use Wikimedia\Rdbms\IConnectionProvider;
use Wikimedia\Rdbms\IDatabase;
use Wikimedia\Rdbms\RawSQLExpression;

/**
 * What reminders before a group's due date need from the group tables: the groups whose due
 * date is near, the participants not reminded yet, and taking a participant's reminder
 * (`tgm_reminded`) by a conditional update that only one run can win, so that a reminder is
 * sent once even when two servers run the daily round at once. The mark lives in the
 * participant's row: leaving deletes it with the participation. Database work only.
 *
 * @license GPL-2.0-or-later
 */
class ReminderStore {

	public const SERVICE_NAME = 'Trainings.ReminderStore';

	public function __construct(
		private readonly IConnectionProvider $connectionProvider,
		private readonly string $wikiId
	) {
	}

	private function primary(): IDatabase {
		return $this->connectionProvider->getPrimaryDatabase( TrainingsDatabase::VIRTUAL_DOMAIN );
	}

	/**
	 * @param string $from TS_MW
	 * @param string $until TS_MW
	 * @return int[] Ids of the groups of this wiki with reminders on whose due date is in that span
	 */
	public function groupsDueBetween( string $from, string $until ): array {
		$dbr = $this->connectionProvider->getReplicaDatabase( TrainingsDatabase::VIRTUAL_DOMAIN );
		return array_map( 'intval', $dbr->newSelectQueryBuilder()
			->select( 'tg_id' )
			->from( GroupStore::TABLE )
			->where( [
				'tg_wiki' => $this->wikiId,
				$dbr->expr( 'tg_remind', '!=', null ),
				new RawSQLExpression( $dbr->buildComparison( '>=', [ 'tg_due' => $dbr->timestamp( $from ) ] ) ),
				new RawSQLExpression( $dbr->buildComparison( '<=', [ 'tg_due' => $dbr->timestamp( $until ) ] ) ),
			] )
			->orderBy( 'tg_id' )
			->caller( __METHOD__ )
			->fetchFieldValues() );
	}

	/**
	 * @return int[] Central ids of the group's participants who were not reminded yet (primary:
	 *  just before taking their reminders)
	 */
	public function notReminded( int $groupId ): array {
		return array_map( 'intval', $this->primary()->newSelectQueryBuilder()
			->select( 'tgm_user' )
			->from( GroupStore::MEMBER_TABLE )
			->where( [ 'tgm_group' => $groupId, 'tgm_reminded' => null ] )
			->orderBy( 'tgm_user' )
			->caller( __METHOD__ )
			->fetchFieldValues() );
	}

	/**
	 * @param int $groupId
	 * @param int $userId Central id of a participant
	 * @param string $now TS_MW
	 * @return bool Whether the caller may remind them now: nobody did, and they are still a participant
	 */
	public function claim( int $groupId, int $userId, string $now ): bool {
		$dbw = $this->primary();
		$dbw->newUpdateQueryBuilder()
			->update( GroupStore::MEMBER_TABLE )
			->set( [ 'tgm_reminded' => $dbw->timestamp( $now ) ] )
			->where( [ 'tgm_group' => $groupId, 'tgm_user' => $userId, 'tgm_reminded' => null ] )
			->caller( __METHOD__ )
			->execute();
		return $dbw->affectedRows() > 0;
	}

}
