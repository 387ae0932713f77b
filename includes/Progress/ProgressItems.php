<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Progress;

/**
 * The getters of what a learner did in a module version (the step shown, steps seen, quiz
 * outcomes), read the same way from the progress stored (ModuleProgress) and from a report
 * that changes it (ProgressUpdate). Each class declares and checks its own properties.
 *
 * @license GPL-2.0-or-later
 */
trait ProgressItems {

	/** The step shown (0 is the introduction). */
	public function getStep(): int {
		return $this->step;
	}

	/** @return int[] Steps seen */
	public function getStepsDone(): array {
		return $this->stepsDone;
	}

	/** @return array<int,string> Quiz number => latest outcome (ModuleProgress::QUIZ_*) */
	public function getQuizzes(): array {
		return $this->quizzes;
	}

	/** @return array<int,string> Quiz number => outcome of the first attempt */
	public function getQuizFirst(): array {
		return $this->quizFirst;
	}

	/** @return int[] Quizzes answered right at least once */
	public function getQuizPassed(): array {
		return $this->quizPassed;
	}

}
