<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Progress;

use MediaWiki\Extension\Trainings\TrainingsDatabase;
use MediaWiki\Permissions\Authority;
use MediaWiki\User\CentralId\CentralIdLookup;
use StatusValue;
use Wikimedia\Rdbms\ReadOnlyMode;

/**
 * What every change to a learner's progress checks first: the performer is a registered user
 * with a central id, not blocked from the whole wiki, and the progress store can be written.
 *
 * A partial block (some pages or namespaces) does not stop a learner from recording where
 * they are in a module: it limits editing, and progress is not an edit.
 *
 * @license GPL-2.0-or-later
 */
class LearnerCheck {

	public const SERVICE_NAME = 'Trainings.LearnerCheck';

	public function __construct(
		private readonly CentralIdLookup $centralIdLookup,
		private readonly ReadOnlyMode $readOnlyMode
	) {
	}

	/**
	 * The central id of the performer, who may read their own progress.
	 *
	 * @return StatusValue Value: the id (int). Error: notloggedin
	 */
	public function learnerId( Authority $performer ): StatusValue {
		$user = $performer->getUser();
		if ( !$user->isRegistered() ) {
			return StatusValue::newFatal( ModuleResolver::ERROR_PREFIX . 'notloggedin' );
		}
		// Raw: learners read and write their own progress, even when their name is hidden.
		$id = $this->centralIdLookup->centralIdFromLocalUser( $user, CentralIdLookup::AUDIENCE_RAW );
		if ( $id === 0 ) {
			return StatusValue::newFatal( ModuleResolver::ERROR_PREFIX . 'nocentralid' );
		}
		return StatusValue::newGood( $id );
	}

	/**
	 * The central id of the performer, who may change their own progress now.
	 *
	 * @return StatusValue Value: the id (int). Errors: notloggedin, nocentralid, blocked, readonly
	 */
	public function writerId( Authority $performer ): StatusValue {
		$status = $this->learnerId( $performer );
		if ( !$status->isOK() ) {
			return $status;
		}
		$block = $performer->getBlock();
		if ( $block !== null && $block->isSitewide() ) {
			return StatusValue::newFatal( ModuleResolver::ERROR_PREFIX . 'blocked' );
		}
		if ( $this->readOnlyMode->isReadOnly( TrainingsDatabase::VIRTUAL_DOMAIN ) ) {
			return StatusValue::newFatal( ModuleResolver::ERROR_PREFIX . 'readonly',
				(string)$this->readOnlyMode->getReason( TrainingsDatabase::VIRTUAL_DOMAIN ) );
		}
		return $status;
	}

}
