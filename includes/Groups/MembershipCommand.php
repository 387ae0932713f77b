<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Groups;

use MediaWiki\Extension\Trainings\Progress\LearnerCheck;
use MediaWiki\Permissions\Authority;
use StatusValue;
use Wikimedia\Timestamp\ConvertibleTimestamp;

/**
 * A learner joins a group (after the consent page, by its join code) or leaves it. Leaving
 * deletes the membership row: from then on the organisers see nothing of the learner
 * (MemberStore only reads current members' progress). Neither is logged.
 *
 * @license GPL-2.0-or-later
 */
class MembershipCommand {

	public const SERVICE_NAME = 'Trainings.MembershipCommand';

	public function __construct(
		private readonly LearnerCheck $learnerCheck,
		private readonly GroupStore $groupStore,
		private readonly MemberStore $memberStore
	) {
	}

	/**
	 * @return StatusValue Value: the group joined. Errors: those of LearnerCheck::writerId(),
	 *  trainings-group-error-nosuchgroup, trainings-group-error-closed
	 */
	public function joinIfAllowed( Authority $performer, string $code ): StatusValue {
		$learner = $this->learnerCheck->writerId( $performer );
		if ( !$learner->isOK() ) {
			return $learner;
		}
		$group = strlen( $code ) <= 32 ? $this->groupStore->getByCode( $code, true ) : null;
		if ( $group === null ) {
			return StatusValue::newFatal( 'trainings-group-error-nosuchgroup' );
		}
		if ( $group->isClosed() ) {
			return StatusValue::newFatal( 'trainings-group-error-closed', $group->name );
		}
		$this->memberStore->add( $group->id, (int)$learner->getValue(), ConvertibleTimestamp::now( TS_MW ) );
		return StatusValue::newGood( $group );
	}

	/**
	 * @return StatusValue Value: whether the learner was a member (bool). Errors: those of
	 *  LearnerCheck::writerId()
	 */
	public function leaveIfAllowed( Authority $performer, int $groupId ): StatusValue {
		$learner = $this->learnerCheck->writerId( $performer );
		if ( !$learner->isOK() ) {
			return $learner;
		}
		return StatusValue::newGood( $this->memberStore->remove( $groupId, (int)$learner->getValue() ) );
	}

	/**
	 * The groups the performer is a participant of, newest group first.
	 *
	 * @return TrainingGroup[]
	 */
	public function groupsOf( Authority $performer, bool $fromPrimary = false ): array {
		$learner = $this->learnerCheck->learnerId( $performer );
		if ( !$learner->isOK() ) {
			return [];
		}
		$groups = $this->groupStore->getMany(
			$this->memberStore->groupsOf( (int)$learner->getValue(), $fromPrimary ), $fromPrimary );
		return $groups;
	}

}
