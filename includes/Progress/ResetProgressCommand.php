<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Progress;

use MediaWiki\Permissions\Authority;
use StatusValue;

/**
 * "Reset my progress": deletes the performer's own progress on this wiki, all of it or in one
 * module (progress belongs to the module, whatever the language versions read).
 *
 * @license GPL-2.0-or-later
 */
class ResetProgressCommand {

	public const SERVICE_NAME = 'Trainings.ResetProgressCommand';

	public function __construct(
		private readonly LearnerCheck $learnerCheck,
		private readonly ProgressStore $store
	) {
	}

	/**
	 * @param Authority $performer The learner
	 * @param int|null $moduleId Base page id of one module (ModuleResolver::resolveModuleId()),
	 *  null for all modules
	 * @return StatusValue Value: the number of rows deleted (int). Errors: those of LearnerCheck::writerId()
	 */
	public function resetIfAllowed( Authority $performer, ?int $moduleId = null ): StatusValue {
		$learner = $this->learnerCheck->writerId( $performer );
		if ( !$learner->isOK() ) {
			return $learner;
		}
		return StatusValue::newGood( $this->store->delete( (int)$learner->getValue(), $moduleId ) );
	}

}
