<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\MaintenanceLoop;

use MediaWiki\Extension\Trainings\TrainingsDatabase;
use MediaWiki\Permissions\Authority;
use StatusValue;
use Wikimedia\Rdbms\ReadOnlyMode;

/**
 * Deletes a flag on behalf of its author (only the author may).
 *
 * @license GPL-2.0-or-later
 */
class DeleteFeedbackCommand {

	public const SERVICE_NAME = 'Trainings.DeleteFeedbackCommand';

	public function __construct(
		private readonly FeedbackStore $store,
		private readonly ReadOnlyMode $readOnlyMode
	) {
	}

	public function delete( Authority $performer, int $id ): StatusValue {
		$feedback = $this->store->get( $id );
		if ( $feedback === null ) {
			return StatusValue::newFatal( SubmitFeedbackCommand::ERROR_PREFIX . 'nosuchfeedback', $id );
		}
		if ( !FeedbackAccess::canDelete( $performer, $feedback ) ) {
			return StatusValue::newFatal( SubmitFeedbackCommand::ERROR_PREFIX . 'notyours' );
		}
		if ( $this->readOnlyMode->isReadOnly( TrainingsDatabase::VIRTUAL_DOMAIN ) ) {
			return StatusValue::newFatal( SubmitFeedbackCommand::ERROR_PREFIX . 'readonly',
				(string)$this->readOnlyMode->getReason( TrainingsDatabase::VIRTUAL_DOMAIN ) );
		}
		$this->store->delete( $id );
		return StatusValue::newGood( $feedback );
	}

}
