<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Progress;

/**
 * What a learner's client reports about one module version: the step shown now, steps seen,
 * the latest outcome of quizzes, the outcome of first attempts and the quizzes answered right
 * at least once. No "completed" flag: the server decides completion from what it recorded
 * (ModuleProgress::withUpdate()). Nothing here is trusted: RecordProgressCommand checks it
 * against the module.
 *
 * @license GPL-2.0-or-later
 */
final class ProgressUpdate {

	use ProgressItems;

	/**
	 * @param int $step The step shown now: 0 (introduction) to the step count
	 * @param int[] $stepsDone Steps seen (1-based); the step shown now counts as seen anyway
	 * @param array<int,string> $quizzes Quiz number (1-based, in page order) => one of the
	 *  ModuleProgress::QUIZ_* outcomes
	 * @param array<int,string> $quizFirst Quiz number => outcome of the learner's first attempt
	 *  (when the client coalesced several attempts into one report)
	 * @param int[] $quizPassed Quizzes answered right at least once
	 * @param QuizChoices|null $choices The options behind those outcomes (QuizVerifier)
	 * @param int $revision The revision of the version page the learner was shown; 0 for
	 *  its current revision
	 */
	public function __construct(
		private readonly int $step,
		private readonly array $stepsDone = [],
		private readonly array $quizzes = [],
		private readonly array $quizFirst = [],
		private readonly array $quizPassed = [],
		private readonly ?QuizChoices $choices = null,
		private readonly int $revision = 0
	) {
	}

	public function getChoices(): QuizChoices {
		return $this->choices ?? new QuizChoices();
	}

	public function getRevision(): int {
		return $this->revision;
	}

}
