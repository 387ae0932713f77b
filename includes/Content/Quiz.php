<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Content;

/**
 * A valid quiz from `<trainingquiz>`: one question, its options (at least one
 * right), and whether more than one option may be chosen. Texts are inline
 * wikitext. Immutable.
 *
 * @license GPL-2.0-or-later
 */
final class Quiz {

	/**
	 * @param string $question
	 * @param list<QuizOption> $options
	 * @param bool $multiple Checkboxes (true) or radio buttons (false)
	 * @param string|null $explanation Why the right answer is right (a `!` line), shown after a
	 *  right answer
	 */
	public function __construct(
		private readonly string $question,
		private readonly array $options,
		private readonly bool $multiple,
		private readonly ?string $explanation = null
	) {
	}

	public function getExplanation(): ?string {
		return $this->explanation;
	}

	public function getQuestion(): string {
		return $this->question;
	}

	/**
	 * @return list<QuizOption>
	 */
	public function getOptions(): array {
		return $this->options;
	}

	public function isMultiple(): bool {
		return $this->multiple;
	}

}
