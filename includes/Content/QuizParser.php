<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Content;

/**
 * Reads the body of `<trainingquiz>` (design record 0003, §4):
 *
 *     ? question
 *     + right option
 *     : feedback for the option above
 *     - wrong option
 *     ! explanation, shown after a right answer (optional, design record 0012)
 *
 * One `?` first, 2 to 12 options with at least one `+`, at most one `:` per
 * option, at most one `!`; blank lines and leading spaces are ignored. Several `+`, or the
 * attribute `multiple`, make a multiple-answer quiz.
 *
 * @license GPL-2.0-or-later
 */
class QuizParser {

	public const MAX_BODY_BYTES = 20000;
	public const MAX_LINE_LENGTH = 2000;
	public const MIN_OPTIONS = 2;
	public const MAX_OPTIONS = 12;

	private const ATTRIBUTES = [ 'multiple' ];

	/**
	 * @param string $body The tag body, as written (Translate's markup may remain)
	 * @param array<string,string> $attributes The tag's attributes
	 */
	public function parse( string $body, array $attributes = [] ): QuizParseResult {
		if ( strlen( $body ) > self::MAX_BODY_BYTES ) {
			return QuizParseResult::newInvalid( [
				new Problem( 'trainings-quiz-error-too-large', [ self::MAX_BODY_BYTES ] ),
			] );
		}

		$problems = [];
		foreach ( array_keys( $attributes ) as $name ) {
			if ( !in_array( (string)$name, self::ATTRIBUTES, true ) ) {
				$problems[] = new Problem( 'trainings-quiz-error-attribute', [ mb_substr( (string)$name, 0, 60 ) ] );
			}
		}
		$quiz = new QuizDraft();
		$lines = explode( "\n", str_replace( "\r", '', TranslateMarkup::strip( $body ) ) );
		foreach ( $lines as $index => $rawLine ) {
			$this->readLine( trim( $rawLine ), $index + 1, $quiz, $problems );
		}
		$problems = array_merge( $problems, $this->wholeQuizProblems( $quiz ) );
		if ( $problems !== [] ) {
			return QuizParseResult::newInvalid( $problems );
		}
		if ( $quiz->question === null ) {
			// Unreachable: a missing question is a problem above.
			return QuizParseResult::newInvalid( [ new Problem( 'trainings-quiz-error-no-question' ) ] );
		}
		return QuizParseResult::newValid(
			new Quiz(
				$quiz->question,
				$quiz->options,
				$quiz->rightCount() > 1 || array_key_exists( 'multiple', $attributes ),
				$quiz->explanation
			)
		);
	}

	/**
	 * One line of the body, trimmed.
	 *
	 * @param string $line
	 * @param int $lineNumber
	 * @param QuizDraft $quiz What was read so far
	 * @param list<Problem> &$problems
	 */
	private function readLine( string $line, int $lineNumber, QuizDraft $quiz, array &$problems ): void {
		if ( $line === '' ) {
			return;
		}
		if ( mb_strlen( $line ) > self::MAX_LINE_LENGTH ) {
			$problems[] = new Problem(
				'trainings-quiz-error-line-too-long', [ self::MAX_LINE_LENGTH ], $lineNumber
			);
			$quiz->previous = null;
			return;
		}
		if ( preg_match( '/^<\/?div\b/i', $line ) ) {
			$problems[] = new Problem( 'trainings-quiz-error-translate-wrapper', [], $lineNumber );
			return;
		}
		$marker = $line[0];
		$text = trim( substr( $line, 1 ) );
		if ( !in_array( $marker, [ '?', '+', '-', ':', '!' ], true ) ) {
			$problems[] = new Problem( 'trainings-quiz-error-prefix', [ mb_substr( $line, 0, 1 ) ], $lineNumber );
			$quiz->previous = null;
			return;
		}
		if ( $text === '' ) {
			$problems[] = new Problem( 'trainings-quiz-error-empty', [ $marker ], $lineNumber );
			return;
		}
		$problem = $this->readMarkedLine( $marker, $text, $lineNumber, $quiz );
		if ( $problem !== null ) {
			$problems[] = $problem;
		}
	}

	/**
	 * @param string $marker `?`, `!`, `+`, `-` or `:`
	 * @param string $text
	 * @param int $lineNumber
	 * @param QuizDraft $quiz
	 * @return Problem|null
	 */
	private function readMarkedLine( string $marker, string $text, int $lineNumber, QuizDraft $quiz ): ?Problem {
		$problem = null;
		switch ( $marker ) {
			case '?':
				if ( $quiz->question !== null ) {
					$problem = new Problem( 'trainings-quiz-error-second-question', [], $lineNumber );
				} elseif ( $quiz->options !== [] ) {
					$problem = new Problem( 'trainings-quiz-error-question-not-first', [], $lineNumber );
				} else {
					$quiz->question = $text;
				}
				$quiz->previous = '?';
				break;
			case '!':
				// The explanation (design record 0012): one per quiz, anywhere after the question.
				if ( $quiz->explanation !== null ) {
					$problem = new Problem( 'trainings-quiz-error-second-explanation', [], $lineNumber );
				} else {
					$quiz->explanation = $text;
				}
				$quiz->previous = 'explanation';
				break;
			case '+':
			case '-':
				$quiz->options[] = new QuizOption( $text, $marker === '+' );
				$quiz->previous = 'option';
				break;
			default:
				// ':'
				if ( $quiz->previous === 'feedback' ) {
					$problem = new Problem( 'trainings-quiz-error-second-feedback', [], $lineNumber );
				} elseif ( $quiz->previous !== 'option' ) {
					$problem = new Problem( 'trainings-quiz-error-feedback-without-option', [], $lineNumber );
				} else {
					$quiz->addFeedback( $text );
					$quiz->previous = 'feedback';
				}
		}
		return $problem;
	}

	/**
	 * @return list<Problem> What is wrong with the quiz as a whole
	 */
	private function wholeQuizProblems( QuizDraft $quiz ): array {
		$problems = [];
		$count = count( $quiz->options );
		if ( $quiz->question === null ) {
			$problems[] = new Problem( 'trainings-quiz-error-no-question' );
		}
		if ( $count < self::MIN_OPTIONS ) {
			$problems[] = new Problem( 'trainings-quiz-error-too-few-options', [ $count, self::MIN_OPTIONS ] );
		} elseif ( $count > self::MAX_OPTIONS ) {
			$problems[] = new Problem( 'trainings-quiz-error-too-many-options', [ $count, self::MAX_OPTIONS ] );
		}
		if ( $count > 0 && $quiz->rightCount() === 0 ) {
			$problems[] = new Problem( 'trainings-quiz-error-no-right-option' );
		}
		return $problems;
	}

}
