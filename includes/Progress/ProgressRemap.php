<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Progress;

use MediaWiki\Extension\Trainings\Content\StepLayout;

/**
 * Moves a learner's progress from one layout of a module to another (design record 0019): a
 * step seen stays seen where its id went, a quiz outcome follows its key; what is gone from
 * the module is dropped. The step reached follows its id, else the nearest earlier step still
 * there. Completion, once recorded, stays.
 *
 * @license GPL-2.0-or-later
 */
final class ProgressRemap {

	private function __construct() {
		// Static helpers only.
	}

	public static function remap( ModuleProgress $progress, StepLayout $from, StepLayout $to ): ModuleProgress {
		if ( $from->isEmpty() || $to->isEmpty() || $from->equals( $to ) ) {
			return $progress;
		}
		$step = null;
		for ( $old = $progress->getStep(); $step === null && $old >= 0; $old-- ) {
			$step = $from->mapStep( $old, $to );
		}
		$steps = [];
		foreach ( $progress->getStepsDone() as $old ) {
			$new = $from->mapStep( $old, $to );
			if ( $new !== null ) {
				$steps[] = $new;
			}
		}
		$passed = [];
		foreach ( $progress->getQuizPassed() as $old ) {
			$new = $from->mapQuiz( $old, $to );
			if ( $new !== null ) {
				$passed[] = $new;
			}
		}
		return new ModuleProgress(
			$progress->getUserId(),
			$progress->getModuleId(),
			$progress->getLanguage(),
			(int)$step,
			$steps,
			self::quizMap( $progress->getQuizzes(), $from, $to ),
			$progress->getCompleted(),
			$progress->getUpdated(),
			self::quizMap( $progress->getQuizFirst(), $from, $to ),
			$passed
		);
	}

	/**
	 * @param array<int,string> $outcomes Quiz number => outcome
	 * @param StepLayout $from
	 * @param StepLayout $to
	 * @return array<int,string>
	 */
	private static function quizMap( array $outcomes, StepLayout $from, StepLayout $to ): array {
		$mapped = [];
		foreach ( $outcomes as $old => $outcome ) {
			$new = $from->mapQuiz( $old, $to );
			if ( $new !== null ) {
				$mapped[$new] = $outcome;
			}
		}
		return $mapped;
	}

}
