<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Progress;

use MediaWiki\Permissions\Authority;
use StatusValue;

/**
 * "Reset my progress": deletes the performer's own progress on this wiki, all of it, in one
 * module (every language version) or in one module version.
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
	 * @param string|null $language One language version of that module, null for all
	 * @return StatusValue Value: the number of rows deleted (int). Errors: those of LearnerCheck::writerId()
	 */
	public function resetIfAllowed(
		Authority $performer, ?int $moduleId = null, ?string $language = null
	): StatusValue {
		$learner = $this->learnerCheck->writerId( $performer );
		if ( !$learner->isOK() ) {
			return $learner;
		}
		return StatusValue::newGood( $this->store->delete( (int)$learner->getValue(), $moduleId,
			$moduleId === null ? null : $language ) );
	}

}
