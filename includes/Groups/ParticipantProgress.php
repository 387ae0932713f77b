<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Groups;

/**
 * What an organiser's table reads of one participant's progress in one module, and nothing
 * more (design record 0015): the steps seen, the first-try outcomes of its quizzes and when it
 * was completed, in the compact encoding of `trainings_progress` (ModuleProgress), decoded only
 * as far as the table needs. Immutable.
 *
 * @license GPL-2.0-or-later
 */
final class ParticipantProgress {

	/**
	 * @param int $userId Central user id
	 * @param int $moduleId
	 * @param string $stepsDone tp_steps_done: '1' per step seen, from step 1
	 * @param string $quizFirst tp_quiz_first: 'r' right, 'p', 'w', '-' per quiz
	 * @param string|null $completed TS_MW
	 */
	public function __construct(
		public readonly int $userId,
		public readonly int $moduleId,
		private readonly string $stepsDone,
		private readonly string $quizFirst,
		public readonly ?string $completed
	) {
	}

	/** Steps seen among the first $stepCount. */
	public function stepsSeen( int $stepCount ): int {
		return substr_count( substr( $this->stepsDone, 0, max( 0, $stepCount ) ), '1' );
	}

	/**
	 * @return array<int,bool> Quiz number => right at the first try, for the quizzes answered
	 */
	public function firstTries(): array {
		$tries = [];
		$length = strlen( $this->quizFirst );
		for ( $i = 0; $i < $length; $i++ ) {
			if ( $this->quizFirst[$i] !== '-' ) {
				$tries[$i + 1] = $this->quizFirst[$i] === 'r';
			}
		}
		return $tries;
	}

}
