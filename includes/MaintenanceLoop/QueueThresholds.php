<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\MaintenanceLoop;

/**
 * When the maintainers' queue lists a translation or a quiz ($wgTrainingsTranslationThreshold,
 * $wgTrainingsLowFirstTryRate, $wgTrainingsFirstTryMinAnswers).
 *
 * @license GPL-2.0-or-later
 */
final class QueueThresholds {

	/**
	 * @param float $completeness A translation below this ratio (0 to 1) is listed
	 * @param float $lowFirstTry Quizzes answered right at the first try less often than this ratio are listed
	 * @param int $minAnswers ... once they have at least this many first answers since the review
	 */
	public function __construct(
		public readonly float $completeness,
		public readonly float $lowFirstTry,
		public readonly int $minAnswers
	) {
	}

	/**
	 * @param int $answers First answers to a module's quizzes since its review
	 * @param int $right How many of them were right
	 */
	public function isLowFirstTry( int $answers, int $right ): bool {
		return $answers >= max( 1, $this->minAnswers ) && $right / $answers < $this->lowFirstTry;
	}

}
