<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Progress;

/**
 * What a learner's client reports about one module version: the step shown now, steps seen,
 * the latest outcome of quizzes, and whether the learner asked to complete the module.
 * Nothing here is trusted: RecordProgressCommand checks it against the module.
 *
 * @license GPL-2.0-or-later
 */
final class ProgressUpdate {

	/**
	 * @param int $step The step shown now: 0 (introduction) to the step count
	 * @param int[] $stepsDone Steps seen (1-based); the step shown now counts as seen anyway
	 * @param array<int,string> $quizzes Quiz number (1-based, in page order) => one of the
	 *  ModuleProgress::QUIZ_* outcomes
	 * @param bool $complete Whether the learner asked to complete the module
	 */
	public function __construct(
		private readonly int $step,
		private readonly array $stepsDone = [],
		private readonly array $quizzes = [],
		private readonly bool $complete = false
	) {
	}

	public function getStep(): int {
		return $this->step;
	}

	/** @return int[] */
	public function getStepsDone(): array {
		return $this->stepsDone;
	}

	/** @return array<int,string> */
	public function getQuizzes(): array {
		return $this->quizzes;
	}

	public function isCompleteRequested(): bool {
		return $this->complete;
	}

}
