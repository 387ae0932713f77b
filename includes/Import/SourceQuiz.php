<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Import;

/**
 * A Dashboard quiz (a slide's `assessment`, or its `{{Training module quiz}}`): one question,
 * answers, and the id of the right one. Immutable.
 *
 * @license GPL-2.0-or-later
 */
final class SourceQuiz {

	/**
	 * @param string $question
	 * @param int $correctId
	 * @param list<SourceAnswer> $answers
	 * @param int $line Line of the quiz in its source page or file
	 */
	public function __construct(
		public readonly string $question,
		public readonly int $correctId,
		public readonly array $answers,
		public readonly int $line
	) {
	}

	public function hasCorrectAnswer(): bool {
		foreach ( $this->answers as $answer ) {
			if ( $answer->id === $this->correctId ) {
				return true;
			}
		}
		return false;
	}
}
