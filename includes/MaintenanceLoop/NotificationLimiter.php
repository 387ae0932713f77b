<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\MaintenanceLoop;

use MediaWiki\Extension\Trainings\TrainingsDatabase;
use Wikimedia\ObjectCache\BagOStuff;
use Wikimedia\Rdbms\IConnectionProvider;
use Wikimedia\Rdbms\RawSQLExpression;

/**
 * At most one notification per module per day: `trainings_notified` holds the day each
 * module's maintainers were last notified, and claim() takes today's slot atomically (a
 * conditional UPDATE that only one request can win), so two learners flagging at once still
 * cause one notification.
 *
 * And at most `$wgTrainingsNotificationsPerRecipientPerDay` notifications per recipient per
 * day, across modules (claimRecipients()): a user named as maintainer of many modules, by
 * anyone who can edit them, is not flooded. The count is an atomic increment in the main
 * object stash, kept two days; the maintenance queue still lists every module.
 *
 * @license GPL-2.0-or-later
 */
class NotificationLimiter {

	public const SERVICE_NAME = 'Trainings.NotificationLimiter';

	public const TABLE = 'trainings_notified';

	public function __construct(
		private readonly IConnectionProvider $connectionProvider,
		private readonly string $wikiId,
		private readonly BagOStuff $stash,
		private readonly int $perRecipientPerDay
	) {
	}

	/**
	 * Counts one notification today for each recipient still under the daily cap.
	 *
	 * @param list<int> $userIds Local user ids
	 * @param string $day Today, YYYYMMDD
	 * @return list<int> Those who may be notified now
	 */
	public function claimRecipients( array $userIds, string $day ): array {
		$allowed = [];
		foreach ( $userIds as $userId ) {
			$key = $this->stash->makeKey( 'trainings-notified-recipient', $userId, $day );
			$count = $this->stash->incrWithInit( $key, 2 * BagOStuff::TTL_DAY );
			if ( $count !== false && $count <= $this->perRecipientPerDay ) {
				$allowed[] = $userId;
			}
		}
		return $allowed;
	}

	/**
	 * @param int $moduleId Base page id
	 * @param string $day Today, YYYYMMDD
	 * @return bool Whether the caller may notify now (nobody did today)
	 */
	public function claim( int $moduleId, string $day ): bool {
		$dbw = $this->connectionProvider->getPrimaryDatabase( TrainingsDatabase::VIRTUAL_DOMAIN );
		$dbw->newInsertQueryBuilder()
			->insertInto( self::TABLE )
			->ignore()
			->row( [ 'tn_wiki' => $this->wikiId, 'tn_page' => $moduleId, 'tn_day' => '00000000' ] )
			->caller( __METHOD__ )
			->execute();
		$dbw->newUpdateQueryBuilder()
			->update( self::TABLE )
			->set( [ 'tn_day' => $day ] )
			->where( [
				'tn_wiki' => $this->wikiId,
				'tn_page' => $moduleId,
				new RawSQLExpression( $dbw->buildComparison( '<', [ 'tn_day' => $day ] ) ),
			] )
			->caller( __METHOD__ )
			->execute();
		return $dbw->affectedRows() > 0;
	}

}
