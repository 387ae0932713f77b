<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Content;

/**
 * What QuizParser made of a `<trainingquiz>`: a quiz, or the problems that stop
 * it from being one. Immutable.
 *
 * @license GPL-2.0-or-later
 */
final class QuizParseResult {

	/**
	 * @param Quiz|null $quiz Null exactly when there are problems
	 * @param list<Problem> $problems
	 */
	private function __construct(
		private readonly ?Quiz $quiz,
		private readonly array $problems
	) {
	}

	public static function newValid( Quiz $quiz ): self {
		return new self( $quiz, [] );
	}

	/**
	 * @param non-empty-list<Problem> $problems
	 */
	public static function newInvalid( array $problems ): self {
		return new self( null, $problems );
	}

	public function getQuiz(): ?Quiz {
		return $this->quiz;
	}

	/**
	 * @return list<Problem>
	 */
	public function getProblems(): array {
		return $this->problems;
	}

}
