<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Groups;

use DateTimeImmutable;
use DateTimeZone;
use Wikimedia\Timestamp\ConvertibleTimestamp;

/**
 * Reminders before a group's due date, a step of the daily round
 * (maintenance/notifyMaintainers.php): from the day that is the organisers' number of days
 * before the due date until the due date, each participant who has not completed everything
 * the group asks for (GroupCompletion) is reminded once (ReminderStore takes each reminder
 * atomically). Groups without a due date or with reminders off are never looked at; a
 * participant who left is no longer in the group. Without a notifier (no Echo) nothing is
 * taken. Design record 0015 §7.
 *
 * @license GPL-2.0-or-later
 */
class GroupReminders {

	public const SERVICE_NAME = 'Trainings.GroupReminders';

	public function __construct(
		private readonly GroupStore $groupStore,
		private readonly ReminderStore $reminderStore,
		private readonly GroupCompletion $completion,
		private readonly ?GroupReminderNotifier $notifier
	) {
	}

	/**
	 * @return int How many participants were reminded
	 */
	public function run(): int {
		if ( $this->notifier === null ) {
			return 0;
		}
		$now = ConvertibleTimestamp::now( TS_MW );
		$until = ( new DateTimeImmutable( $now, new DateTimeZone( 'UTC' ) ) )
			->modify( '+' . ( GroupInput::MAX_REMIND_DAYS + 1 ) . ' days' )->format( 'YmdHis' );
		$reminded = 0;
		$groups = $this->groupStore->getMany( $this->reminderStore->groupsDueBetween( $now, $until ) );
		foreach ( $groups as $group ) {
			if ( $this->isTime( $group, $now ) ) {
				$reminded += $this->remindGroup( $this->notifier, $group, $now );
			}
		}
		return $reminded;
	}

	/**
	 * Whether reminders are due: from the start of the day (UTC) that many days before the due
	 * date, until the due date.
	 */
	private function isTime( TrainingGroup $group, string $now ): bool {
		if ( $group->remindDays === null || $group->due === null || $now > $group->due ) {
			return false;
		}
		$from = ( new DateTimeImmutable( substr( $group->due, 0, 8 ), new DateTimeZone( 'UTC' ) ) )
			->modify( "-{$group->remindDays} days" )->format( 'Ymd' ) . '000000';
		return $now >= $from;
	}

	private function remindGroup( GroupReminderNotifier $notifier, TrainingGroup $group, string $now ): int {
		$pending = $this->reminderStore->notReminded( $group->id );
		$modules = $this->completion->modulesOf( $group->items );
		if ( $pending === [] || $modules === [] ) {
			return 0;
		}
		$claimed = array_values( array_filter( $this->completion->notCompleted( $pending, $modules ),
			fn ( int $userId ) => $this->reminderStore->claim( $group->id, $userId, $now ) ) );
		if ( $claimed !== [] ) {
			$notifier->remind( $group, $claimed );
		}
		return count( $claimed );
	}

}
