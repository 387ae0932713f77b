<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Content;

use MediaWiki\Parser\Parser;
use MediaWiki\Parser\PPFrame;

/**
 * The tag `<trainingquiz>`: one question per tag. A valid quiz is numbered among
 * the valid quizzes of the page and rendered; a broken one is replaced by an
 * error box and not counted, so the module stays completable.
 *
 * @license GPL-2.0-or-later
 */
class QuizTag {

	public const TAG = 'trainingquiz';

	public const ERROR_CATEGORY = 'trainings-quiz-error-category';

	public function __construct(
		private readonly QuizParser $quizParser
	) {
	}

	/**
	 * @param string|null $input The tag body; null for `<trainingquiz/>`
	 * @param array<string,string> $attributes
	 * @param Parser $parser
	 * @param PPFrame $frame
	 * @return string HTML
	 */
	public function render( ?string $input, array $attributes, Parser $parser, PPFrame $frame ): string {
		$output = $parser->getOutput();
		$messages = new ParserMessageLocalizer( $parser );
		$result = $this->quizParser->parse( $input ?? '', $attributes );
		$quiz = $result->getQuiz();
		if ( $quiz === null ) {
			$parser->addTrackingCategory( self::ERROR_CATEGORY );
			$output->addWarningMsg( 'trainings-quiz-warning' );
			return ( new ProblemRenderer( $messages ) )
				->render( 'trainings-quiz-error-heading', $result->getProblems() );
		}

		$keys = $output->getExtensionData( ModuleProperties::DATA_QUIZ_KEYS ) ?? [];
		$keys[] = $quiz->answerKey();
		$number = count( $keys );
		$output->setExtensionData( ModuleProperties::DATA_QUIZ_KEYS, $keys );
		$output->setExtensionData( ModuleProperties::DATA_HAS_QUIZ, true );

		return ( new QuizRenderer( $messages ) )->render(
			$quiz,
			$number,
			static fn ( string $wikitext ): string => $parser->recursiveTagParse( $wikitext, $frame )
		);
	}

}
