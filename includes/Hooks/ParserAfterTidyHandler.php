<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Hooks;

use MediaWiki\Extension\Trainings\Content\FormatDetector;
use MediaWiki\Extension\Trainings\Content\ModuleProperties;
use MediaWiki\Extension\Trainings\Content\ParserMessageLocalizer;
use MediaWiki\Extension\Trainings\Content\StepStructure;
use MediaWiki\Extension\Trainings\Content\TrainingFunction;
use MediaWiki\Hook\ParserAfterTidyHook;
use MediaWiki\Parser\Parser;
use MediaWiki\Parser\ParserOutputFlags;

/**
 * Finishes the parse of a module page (a page of the Training namespace): splits
 * it into introduction and steps, records the step and quiz counts and the
 * formats, replaces the table of contents by the step list and adds the
 * player. Runs once per parse; the result is cached with the page.
 *
 * Course pages (with `{{#trainingcourse:}}`) are not modules: they only get the
 * check for missing metadata and the learner's progress through the course.
 *
 * Interface messages and section previews (where step numbers would be wrong)
 * are left alone.
 *
 * @license GPL-2.0-or-later
 */
class ParserAfterTidyHandler implements ParserAfterTidyHook {

	public const STYLE_MODULE = 'ext.trainings.module.styles';
	public const PLAYER_MODULE = 'ext.trainings.player';
	public const COURSE_MODULE = 'ext.trainings.course';

	public function __construct(
		private readonly FormatDetector $formatDetector
	) {
	}

	/**
	 * @param Parser $parser
	 * @param string &$text
	 */
	public function onParserAfterTidy( $parser, &$text ): void {
		$page = $parser->getPage();
		$options = $parser->getOptions();
		if ( $page === null || $page->getNamespace() !== NS_TRAINING || $options === null
			|| $options->getInterfaceMessage() || $options->getIsSectionPreview()
		) {
			return;
		}
		$output = $parser->getOutput();
		if ( !$output->getExtensionData( ModuleProperties::DATA_HAS_METADATA ) ) {
			$parser->addTrackingCategory( TrainingFunction::ERROR_CATEGORY );
			$output->addWarningMsg( 'trainings-metadata-missing-warning' );
		}
		// A course (its `{{#trainingcourse:}}` ran earlier in this parse) is not a module: no steps, no player.
		if ( $output->getPageProperty( ModuleProperties::COURSE ) !== null ) {
			// The learner's progress through the course's modules (in the browser).
			$output->addModules( [ self::COURSE_MODULE ] );
			return;
		}
		$quizCount = (int)( $output->getExtensionData( ModuleProperties::DATA_QUIZ_COUNT ) ?? 0 );

		$result = ( new StepStructure( new ParserMessageLocalizer( $parser ) ) )->apply( $text, $quizCount );
		$text = $result->getHtml();

		$output->setNumericPageProperty( ModuleProperties::STEPS, $result->getStepCount() );
		$output->setNumericPageProperty( ModuleProperties::QUIZZES, $quizCount );
		$output->setOutputFlag( ParserOutputFlags::NO_TOC );
		$output->addModuleStyles( [ self::STYLE_MODULE ] );
		$output->addModules( [ self::PLAYER_MODULE ] );

		$cover = $output->getPageProperty( ModuleProperties::IMAGE );
		foreach ( $this->formatDetector->detect( $output, is_string( $cover ) ? $cover : null ) as $format ) {
			$output->setUnsortedPageProperty( ModuleProperties::FORMAT_PREFIX . $format );
		}
	}

}
