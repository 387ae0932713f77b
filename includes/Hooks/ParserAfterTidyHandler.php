<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Hooks;

use MediaWiki\Extension\Trainings\Content\FormatDetector;
use MediaWiki\Extension\Trainings\Content\ModulePageOutput;
use MediaWiki\Extension\Trainings\Content\ModuleProperties;
use MediaWiki\Extension\Trainings\Content\ParserMessageLocalizer;
use MediaWiki\Extension\Trainings\Content\StepStructure;
use MediaWiki\Extension\Trainings\Reviews\ReviewStore;
use MediaWiki\Extension\Trainings\Translation\SourceSteps;
use MediaWiki\Hook\ParserAfterTidyHook;
use MediaWiki\Parser\Parser;
use MediaWiki\Title\TitleValue;

/**
 * Finishes the legacy parser's parse of a module page (a page of the Training namespace):
 * splits it into introduction and steps, records the step and quiz counts and the formats,
 * replaces the table of contents by the step list and adds the player. Runs once per parse;
 * the result is cached with the page.
 *
 * Course pages (with `{{#trainingcourse:}}`) are not modules: they only get the check for
 * missing metadata and the learner's progress through the course.
 *
 * A hand-made language version that lacks a step of its source shows the source's step there
 * (design record 0019, Content\StepFallback), from the source's reviewed revision: a version
 * a reviewer approved must not show, through its fallback, a source edit that none approved
 * (design record 0017). Without a shown review of the source, the version shows only its own.
 *
 * Interface messages and section previews (where step numbers would be wrong) are left
 * alone, and so are Parsoid's parses: the legacy parser then renders only pieces of the page
 * (extension tags), and Parsoid's DOM processor finishes the whole (design record 0018).
 *
 * @license GPL-2.0-or-later
 */
class ParserAfterTidyHandler implements ParserAfterTidyHook {

	public const STYLE_MODULE = ModulePageOutput::STYLE_MODULE;
	public const PLAYER_MODULE = ModulePageOutput::PLAYER_MODULE;

	/** Set by Translate on its translation pages, which carry all their source's steps. */
	private const TRANSLATE_PAGE_PROPERTY = 'translate-is-translation';

	private readonly ModulePageOutput $pageOutput;

	public function __construct(
		FormatDetector $formatDetector,
		private readonly ReviewStore $reviewStore,
		private readonly SourceSteps $sourceSteps
	) {
		$this->pageOutput = new ModulePageOutput( $formatDetector );
	}

	/**
	 * @param Parser $parser
	 * @param string &$text
	 */
	public function onParserAfterTidy( $parser, &$text ): void {
		$page = $parser->getPage();
		$options = $parser->getOptions();
		if ( $page === null || $page->getNamespace() !== NS_TRAINING || $options === null
			|| $options->getInterfaceMessage() || $options->getIsSectionPreview() || $options->getUseParsoid()
		) {
			return;
		}
		$output = $parser->getOutput();
		ModulePageOutput::checkMetadata( $output, [ $parser, 'addTrackingCategory' ] );
		if ( ModulePageOutput::isCourse( $output ) ) {
			ModulePageOutput::finishCourse( $output );
			return;
		}
		$quizKeys = $output->getExtensionData( ModuleProperties::DATA_QUIZ_KEYS ) ?? [];
		$quizCount = count( $quizKeys );
		$sourceIds = [];
		$source = $this->sourceSteps->sourceOf( TitleValue::newFromPage( $page ) );
		if ( $source !== null ) {
			// A language version follows its source's step ids (design record 0019), and is
			// rendered again when the source changes.
			$output->addTemplate( new TitleValue( NS_TRAINING, $source->getDBkey() ), $source->getId(),
				$source->getLatest() );
			$sourceIds = $this->sourceSteps->ids( $source );
			$review = $output->getPageProperty( self::TRANSLATE_PAGE_PROPERTY ) === null && $sourceIds !== []
				? $this->reviewStore->get( $source->getId() ) : null;
			$filled = $review !== null && $review->isShown()
				? $this->sourceSteps->fill( $text, $source, $sourceIds, $review->revisionId, $quizKeys )
				: null;
			if ( $filled !== null ) {
				[ $text, $quizKeys ] = $filled;
				$quizCount = count( $quizKeys );
				// What the server checks learners' answers against (Progress\RevisionQuizzes).
				$output->setExtensionData( ModuleProperties::DATA_SHOWN_QUIZ_KEYS, $quizKeys );
			}
		}

		$result = ( new StepStructure( new ParserMessageLocalizer( $parser ) ) )
			->apply( $text, $quizCount, $sourceIds );
		$text = $result->getHtml();
		$this->pageOutput->finishModule( $output, $result->getStepCount(), $quizCount, $result->getLayout() );
	}

}
