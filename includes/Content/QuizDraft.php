<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Content;

/**
 * What QuizParser has read of a quiz body so far, line by line.
 *
 * @internal For QuizParser
 * @license GPL-2.0-or-later
 */
final class QuizDraft {

	public ?string $question = null;
	public ?string $explanation = null;
	/** @var list<QuizOption> */
	public array $options = [];
	/** What the previous non-blank line was: null, '?', 'explanation', 'option' or 'feedback'. */
	public ?string $previous = null;

	public function addFeedback( string $text ): void {
		$last = array_pop( $this->options );
		if ( $last !== null ) {
			$this->options[] = $last->withFeedback( $text );
		}
	}

	public function rightCount(): int {
		return count( array_filter( $this->options, static fn ( QuizOption $option ) => $option->isCorrect() ) );
	}
}
