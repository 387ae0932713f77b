<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Groups;

/**
 * Delivers a reminder of a group's due date to participants (Echo, when it is loaded).
 *
 * @license GPL-2.0-or-later
 */
interface GroupReminderNotifier {

	/** The notification type. */
	public const TYPE = 'trainings-group-reminder';

	/**
	 * @param TrainingGroup $group With its due date
	 * @param int[] $centralIds Participants who have not completed everything (never empty)
	 */
	public function remind( TrainingGroup $group, array $centralIds ): void;

}
