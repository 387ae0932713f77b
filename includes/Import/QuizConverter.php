<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Import;

/**
 * A Dashboard quiz as a `<trainingquiz>` (decision record 0003 §4): the question, each answer
 * `+` (the `correct_answer_id`) or `-`, and its explanation as that answer's feedback, less a
 * leading "Correct!" / "Incorrect." or a translation of it (the player says so already).
 * A quiz whose right answer is not among its answers is reported and left out.
 *
 * @license GPL-2.0-or-later
 */
class QuizConverter {

	/** Leading verdicts in the Dashboard's languages, dropped from explanations. */
	private const VERDICTS = 'correct|incorrect|right|wrong|not quite|richtig|falsch|correcto|correcta|incorrecto|'
		. 'incorrecta|vrai|faux|exact|juste|corretto|corretta|sbagliato|errato|giusto|certo|errado|correto|incorreto|'
		. 'goed|fout|juist|onjuist|правильно|неправильно|неверно|верно|صحيح|خطأ|正确|错误|正解|不正解';

	/**
	 * @param SourceQuiz $quiz
	 * @param callable(string,int):string $inline Converts one piece of source text to inline wikitext
	 * @param bool $translatable Whether each text gets its own inline `<translate>`
	 * @param ConversionContext $context
	 * @return string|null The tag, or null when the quiz cannot be converted (reported)
	 */
	public function convert( SourceQuiz $quiz, callable $inline, bool $translatable,
		ConversionContext $context ): ?string {
		if ( !$quiz->hasCorrectAnswer() ) {
			$context->problem( $quiz->line,
				"a quiz whose correct_answer_id ({$quiz->correctId}) names no answer: left out" );
			return null;
		}
		if ( count( $quiz->answers ) < 2 || trim( $quiz->question ) === '' ) {
			$context->problem( $quiz->line, 'a quiz needs a question and at least two answers: left out' );
			return null;
		}
		$wrap = static fn ( string $text ): string => $translatable ? "<translate>$text</translate>" : $text;
		$lines = [ '<trainingquiz>', '? ' . $wrap( $this->oneLine( $inline( $quiz->question, $quiz->line ) ) ) ];
		foreach ( $quiz->answers as $answer ) {
			$marker = $answer->id === $quiz->correctId ? '+' : '-';
			$lines[] = "$marker " . $wrap( $this->oneLine( $inline( $answer->text, $quiz->line ) ) );
			$feedback = $this->withoutVerdict( $this->oneLine( $inline( $answer->explanation, $quiz->line ) ) );
			if ( $feedback !== '' ) {
				$lines[] = ': ' . $wrap( $feedback );
			}
		}
		$lines[] = '</trainingquiz>';
		return implode( "\n", $lines );
	}

	private function oneLine( string $text ): string {
		return trim( (string)preg_replace( '/\s+/u', ' ', $text ) );
	}

	public function withoutVerdict( string $text ): string {
		$stripped = preg_replace(
			"/^(?:'''|\*\*)?\s*(?:" . self::VERDICTS . ")\s*[!.:,]+\s*(?:'''|\*\*)?\s*/iu", '', $text
		);
		return $stripped === null ? $text : ltrim( $stripped );
	}
}
