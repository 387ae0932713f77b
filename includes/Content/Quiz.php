<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Content;

/**
 * A valid quiz from `<trainingquiz>`: one question, its options (at least one
 * right), and whether more than one option may be chosen. Texts are inline
 * wikitext. Immutable.
 *
 * @phpstan-type AnswerKey array{options:int,right:list<int>}
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

	/**
	 * What the server checks a learner's options against (design record 0015, §6).
	 *
	 * @return AnswerKey How many options, and the right ones
	 *  numbered from 1 in the quiz's order
	 */
	public function answerKey(): array {
		$right = [];
		foreach ( $this->options as $index => $option ) {
			if ( $option->isCorrect() ) {
				$right[] = $index + 1;
			}
		}
		return [ 'options' => count( $this->options ), 'right' => $right ];
	}

}
