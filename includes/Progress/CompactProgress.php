<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Progress;

/**
 * One learner's progress in one module as the table stores it (ModuleProgress's compact
 * encoding, not decoded): for readers of many rows at once, such as the organiser's table of
 * 500 participants × 10 modules, where building a ModuleProgress per row would cost more than
 * the query. Immutable.
 *
 * @license GPL-2.0-or-later
 */
final class CompactProgress {

	/**
	 * @param int $userId Central user id
	 * @param int $moduleId Page id of the module's base page
	 * @param string $stepsDone '1' per step seen, '0' per step not seen, from step 1
	 * @param string $quizFirst Outcome of the first try per quiz: 'r', 'p', 'w' or '-'
	 * @param string|null $completed TS_MW, null while not completed
	 */
	public function __construct(
		public readonly int $userId,
		public readonly int $moduleId,
		public readonly string $stepsDone,
		public readonly string $quizFirst,
		public readonly ?string $completed
	) {
	}

}
