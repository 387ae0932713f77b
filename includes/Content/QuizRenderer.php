<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Content;

use Closure;
use MediaWiki\Html\Html;
use MessageLocalizer;

/**
 * Renders a valid quiz (design record 0003, §4): a fieldset of radio buttons or
 * checkboxes, then a `<details>` that reveals, without JavaScript, which options
 * are right and the feedback for each. The markup is a contract with the quiz
 * module in resources/src/quiz/.
 *
 * @license GPL-2.0-or-later
 */
class QuizRenderer {

	public function __construct(
		private readonly MessageLocalizer $messages
	) {
	}

	/**
	 * @param Quiz $quiz
	 * @param int $number Position of the quiz among the valid quizzes of the page, from 1
	 * @param Closure(string):string $renderInline Turns inline wikitext into safe HTML
	 * @return string HTML on one line
	 */
	public function render( Quiz $quiz, int $number, Closure $renderInline ): string {
		$name = "trainings-quiz-$number";
		$inputType = $quiz->isMultiple() ? 'checkbox' : 'radio';

		$choices = '';
		$answers = '';
		foreach ( $quiz->getOptions() as $index => $option ) {
			$value = (string)( $index + 1 );
			$textHtml = $renderInline( $option->getText() );
			$choices .= Html::rawElement( 'li', [], Html::rawElement(
				'label',
				[],
				Html::element( 'input', [ 'type' => $inputType, 'name' => $name, 'value' => $value ] ) .
					' ' . $textHtml
			) );

			$answers .= $this->answer( $option, $value, $textHtml, $renderInline );
		}

		return Html::rawElement(
			'div',
			[
				'class' => 'trainings-quiz',
				'id' => "quiz-$number",
				'data-trainings-quiz' => (string)$number,
				'data-trainings-quiz-type' => $quiz->isMultiple() ? 'multiple' : 'single',
			],
			Html::rawElement(
				'fieldset',
				[],
				Html::rawElement( 'legend', [ 'class' => 'trainings-quiz-question' ],
					$renderInline( $quiz->getQuestion() ) ) .
					Html::rawElement( 'ul', [ 'class' => 'trainings-quiz-options' ], $choices )
			) .
			Html::rawElement(
				'details',
				[ 'class' => 'trainings-quiz-answers' ],
				Html::element( 'summary', [], $this->messages->msg( 'trainings-quiz-show-answers' )->text() ) .
					Html::rawElement( 'ul', [], $answers ) .
					( $quiz->getExplanation() === null ? '' : Html::rawElement(
						'div',
						[ 'class' => 'trainings-quiz-explanation' ],
						Html::element( 'strong', [],
							$this->messages->msg( 'trainings-quiz-explanation-label' )->text() ) .
							' ' . $renderInline( $quiz->getExplanation() )
					) )
			)
		);
	}

	/**
	 * One option in the answers a learner without JavaScript opens: right or wrong, and its
	 * feedback.
	 *
	 * @param QuizOption $option
	 * @param string $value The option's value in the form
	 * @param string $textHtml Its text as HTML
	 * @param Closure(string):string $renderInline
	 * @return string HTML
	 */
	private function answer( QuizOption $option, string $value, string $textHtml, Closure $renderInline ): string {
		$feedback = $option->getFeedback();
		return Html::rawElement(
			'li',
			[
				'data-trainings-option' => $value,
				'data-trainings-correct' => $option->isCorrect() ? '1' : '0',
			],
			Html::element(
				'strong',
				[],
				$this->messages->msg(
					$option->isCorrect() ? 'trainings-quiz-answer-right' : 'trainings-quiz-answer-wrong'
				)->text()
			) .
				' ' . $textHtml .
				( $feedback === null ? '' : Html::rawElement(
					'div',
					[ 'class' => 'trainings-quiz-feedback' ],
					$renderInline( $feedback )
				) )
		);
	}

}
