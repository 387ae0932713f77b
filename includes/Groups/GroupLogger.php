<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Groups;

use ManualLogEntry;
use MediaWiki\Title\TitleValue;
use MediaWiki\User\UserIdentity;

/**
 * Entries of the log type `traininggroup` (Special:Log): an organiser created, changed,
 * closed or deleted a group, or added organisers. Participants joining and leaving are not
 * logged (design record 0015): the log is public.
 *
 * @license GPL-2.0-or-later
 */
class GroupLogger {

	public const SERVICE_NAME = 'Trainings.GroupLogger';

	public const TYPE = 'traininggroup';

	public const ACTIONS = [ 'create', 'change', 'organisers', 'close', 'delete' ];

	/**
	 * @param UserIdentity $performer
	 * @param string $action One of ACTIONS
	 * @param TrainingGroup $group
	 * @param string[] $names Usernames the action concerns (organisers added)
	 */
	public function log( UserIdentity $performer, string $action, TrainingGroup $group, array $names = [] ): void {
		$entry = new ManualLogEntry( self::TYPE, $action );
		$entry->setPerformer( $performer );
		$entry->setTarget( new TitleValue( NS_SPECIAL, 'TrainingGroup/' . $group->id ) );
		$entry->setParameters( [
			'4::name' => $group->name,
			'5::names' => implode( ', ', $names ),
		] );
		$entry->publish( $entry->insert() );
	}

}
