<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Integrations;

use MediaWiki\Extension\Notifications\Model\Event;
use MediaWiki\Extension\Trainings\Groups\GroupReminderNotifier;
use MediaWiki\Extension\Trainings\Groups\TrainingGroup;
use MediaWiki\User\CentralId\CentralIdLookup;
use MediaWiki\User\UserIdentityLookup;

/**
 * Reminds participants of a group's due date through Echo (wired only when Echo is loaded):
 * one event for the participants of one group, delivered to the local users named in it.
 * The type is declared by EchoEventsHandler.
 *
 * @license GPL-2.0-or-later
 */
class EchoGroupReminder implements GroupReminderNotifier {

	/** Echo's extra parameter with the participants' local user ids (UserLocator::locateFromEventExtra). */
	public const PARTICIPANTS = 'trainings-participants';

	public function __construct(
		private readonly CentralIdLookup $centralIdLookup,
		private readonly UserIdentityLookup $userIdentityLookup
	) {
	}

	/** @inheritDoc */
	public function remind( TrainingGroup $group, array $centralIds ): void {
		$names = $this->centralIdLookup->namesFromCentralIds( $centralIds, CentralIdLookup::AUDIENCE_RAW );
		if ( $names === [] ) {
			return;
		}
		$ids = [];
		foreach ( $this->userIdentityLookup->newSelectQueryBuilder()->whereUserNames( $names )
			->caller( __METHOD__ )->fetchUserIdentities() as $user ) {
			$ids[] = $user->getId();
		}
		if ( $ids === [] ) {
			return;
		}
		Event::create( [
			'type' => self::TYPE,
			'extra' => [
				self::PARTICIPANTS => $ids,
				'group' => $group->id,
				'name' => $group->name,
				'due' => $group->due,
			],
		] );
	}

}
