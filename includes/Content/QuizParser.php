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

		$question = null;
		$explanation = null;
		/** @var list<QuizOption> $options */
		$options = [];
		// What the previous non-blank line was: null, '?', 'option' or 'feedback'.
		$previous = null;
		$lines = explode( "\n", str_replace( "\r", '', TranslateMarkup::strip( $body ) ) );
		foreach ( $lines as $index => $rawLine ) {
			$lineNumber = $index + 1;
			$line = trim( $rawLine );
			if ( $line === '' ) {
				continue;
			}
			if ( mb_strlen( $line ) > self::MAX_LINE_LENGTH ) {
				$problems[] = new Problem(
					'trainings-quiz-error-line-too-long', [ self::MAX_LINE_LENGTH ], $lineNumber
				);
				$previous = null;
				continue;
			}
			if ( preg_match( '/^<\/?div\b/i', $line ) ) {
				$problems[] = new Problem( 'trainings-quiz-error-translate-wrapper', [], $lineNumber );
				continue;
			}
			$marker = $line[0];
			$text = trim( substr( $line, 1 ) );
			if ( !in_array( $marker, [ '?', '+', '-', ':', '!' ], true ) ) {
				$problems[] = new Problem( 'trainings-quiz-error-prefix', [ mb_substr( $line, 0, 1 ) ], $lineNumber );
				$previous = null;
				continue;
			}
			if ( $text === '' ) {
				$problems[] = new Problem( 'trainings-quiz-error-empty', [ $marker ], $lineNumber );
				continue;
			}
			switch ( $marker ) {
				case '?':
					if ( $question !== null ) {
						$problems[] = new Problem( 'trainings-quiz-error-second-question', [], $lineNumber );
					} elseif ( $options !== [] ) {
						$problems[] = new Problem( 'trainings-quiz-error-question-not-first', [], $lineNumber );
					} else {
						$question = $text;
					}
					$previous = '?';
					break;
				case '!':
					// The explanation (design record 0012): one per quiz, anywhere after the question.
					if ( $explanation !== null ) {
						$problems[] = new Problem( 'trainings-quiz-error-second-explanation', [], $lineNumber );
					} else {
						$explanation = $text;
					}
					$previous = 'explanation';
					break;
				case '+':
				case '-':
					$options[] = new QuizOption( $text, $marker === '+' );
					$previous = 'option';
					break;
				default:
					// ':'
					if ( $previous === 'feedback' ) {
						$problems[] = new Problem( 'trainings-quiz-error-second-feedback', [], $lineNumber );
					} elseif ( $previous !== 'option' ) {
						$problems[] = new Problem( 'trainings-quiz-error-feedback-without-option', [], $lineNumber );
					} else {
						$last = count( $options ) - 1;
						$options[$last] = $options[$last]->withFeedback( $text );
						$previous = 'feedback';
					}
			}
		}

		if ( $question === null ) {
			$problems[] = new Problem( 'trainings-quiz-error-no-question' );
		}
		$count = count( $options );
		if ( $count < self::MIN_OPTIONS ) {
			$problems[] = new Problem( 'trainings-quiz-error-too-few-options', [ $count, self::MIN_OPTIONS ] );
		} elseif ( $count > self::MAX_OPTIONS ) {
			$problems[] = new Problem( 'trainings-quiz-error-too-many-options', [ $count, self::MAX_OPTIONS ] );
		}
		$rightCount = count( array_filter( $options, static fn ( QuizOption $option ) => $option->isCorrect() ) );
		if ( $count > 0 && $rightCount === 0 ) {
			$problems[] = new Problem( 'trainings-quiz-error-no-right-option' );
		}

		if ( $problems !== [] ) {
			return QuizParseResult::newInvalid( $problems );
		}
		if ( $question === null ) {
			// Unreachable: a missing question is a problem above.
			return QuizParseResult::newInvalid( [ new Problem( 'trainings-quiz-error-no-question' ) ] );
		}
		return QuizParseResult::newValid(
			new Quiz(
				$question,
				array_values( $options ),
				$rightCount > 1 || array_key_exists( 'multiple', $attributes ),
				$explanation
			)
		);
	}

}
