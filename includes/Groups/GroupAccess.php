<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Groups;

use MediaWiki\Extension\Trainings\Progress\LearnerCheck;
use MediaWiki\Permissions\Authority;
use StatusValue;

/**
 * Who may see and run a group: its organisers only (not administrators, not its
 * participants): the participants consented to these people (design record 0015).
 *
 * @license GPL-2.0-or-later
 */
class GroupAccess {

	public const SERVICE_NAME = 'Trainings.GroupAccess';

	public const RIGHT = 'trainings-organise';

	public function __construct( private readonly LearnerCheck $learnerCheck ) {
	}

	/**
	 * @return StatusValue Value: the performer's central id. Errors: those of LearnerCheck::learnerId()
	 */
	public function learnerId( Authority $performer ): StatusValue {
		return $this->learnerCheck->learnerId( $performer );
	}

	/**
	 * @return StatusValue Value: the organiser's central id. Errors: those of LearnerCheck,
	 *  trainings-group-error-notorganiser
	 */
	public function organiserId( Authority $performer, ?TrainingGroup $group ): StatusValue {
		$id = $this->learnerCheck->learnerId( $performer );
		if ( !$id->isOK() ) {
			return $id;
		}
		if ( $group === null || !$group->isOrganiser( (int)$id->getValue() ) ) {
			// The same answer for a group that does not exist: ids are not secrets, but nothing is told.
			return StatusValue::newFatal( 'trainings-group-error-notorganiser' );
		}
		return $id;
	}

	/**
	 * @return StatusValue Value: the writer's central id. Errors: those of LearnerCheck::writerId(),
	 *  trainings-group-error-right
	 */
	public function creatorId( Authority $performer ): StatusValue {
		$id = $this->learnerCheck->writerId( $performer );
		if ( $id->isOK() && !$performer->isAllowed( self::RIGHT ) ) {
			return StatusValue::newFatal( 'trainings-group-error-right' );
		}
		return $id;
	}

}
