<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Parsoid;

use MediaWiki\Extension\Trainings\Content\ModuleProperties;
use MediaWiki\Extension\Trainings\Content\ProblemRenderer;
use MediaWiki\Extension\Trainings\Content\QuizParser;
use MediaWiki\Extension\Trainings\Content\QuizRenderer;
use MediaWiki\Extension\Trainings\Content\QuizTag;
use Wikimedia\Parsoid\DOM\DocumentFragment;
use Wikimedia\Parsoid\Ext\ExtensionTagHandler;
use Wikimedia\Parsoid\Ext\ParsoidExtensionAPI;

/**
 * `<trainingquiz>` under Parsoid (design record 0018): the same parser and renderer as the
 * legacy parser's QuizTag, the option texts parsed by Parsoid. Not left to Parsoid's fallback
 * to the legacy parser, which would render each quiz as a page of its own (and number each
 * one 1). The quiz is numbered 0 here; ModuleDomProcessor numbers the quizzes in page order.
 *
 * @license GPL-2.0-or-later
 */
class QuizTagHandler extends ExtensionTagHandler {

	/**
	 * @param ParsoidExtensionAPI $extApi
	 * @param string $src
	 * @param array<mixed> $extArgs
	 * @return DocumentFragment
	 */
	public function sourceToDom( ParsoidExtensionAPI $extApi, string $src, array $extArgs ): DocumentFragment {
		$attributes = array_map( 'strval', $extApi->extArgsToArray( $extArgs ) );
		$messages = new PageLanguageMessages( $extApi->getPageConfig()->getPageLanguageBcp47() );
		$metadata = $extApi->getMetadata();
		$result = ( new QuizParser() )->parse( $src, $attributes );
		$quiz = $result->getQuiz();
		if ( $quiz === null ) {
			$extApi->addTrackingCategory( QuizTag::ERROR_CATEGORY );
			$metadata->addWarningMsg( 'trainings-quiz-warning' );
			return $extApi->htmlToDom( ( new ProblemRenderer( $messages ) )
				->render( 'trainings-quiz-error-heading', $result->getProblems() ) );
		}
		$metadata->setExtensionData( ModuleProperties::DATA_HAS_QUIZ, true );
		$html = ( new QuizRenderer( $messages ) )->render(
			$quiz,
			0,
			static fn ( string $wikitext ): string => $extApi->domToHtml(
				$extApi->wikitextToDOM( $wikitext, [
					'parseOpts' => [ 'extTag' => QuizTag::TAG, 'context' => 'inline' ],
					'processInNewFrame' => true,
				], false ),
				true,
				true
			)
		);
		return $extApi->htmlToDom( $html );
	}

}
