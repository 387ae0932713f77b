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
	 */
	public function __construct(
		private readonly string $question,
		private readonly array $options,
		private readonly bool $multiple
	) {
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
