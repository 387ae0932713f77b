<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Content;

/**
 * One answer of a quiz: its text, whether it is right, and the feedback shown
 * for it. Texts are inline wikitext. Immutable.
 *
 * @license GPL-2.0-or-later
 */
final class QuizOption {

	public function __construct(
		private readonly string $text,
		private readonly bool $correct,
		private readonly ?string $feedback = null
	) {
	}

	public function getText(): string {
		return $this->text;
	}

	public function isCorrect(): bool {
		return $this->correct;
	}

	public function getFeedback(): ?string {
		return $this->feedback;
	}

	public function withFeedback( string $feedback ): self {
		return new self( $this->text, $this->correct, $feedback );
	}

}
