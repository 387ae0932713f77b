<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Content;

use MediaWiki\Parser\ParserOutput;
use MediaWiki\Parser\ParserOutputFlags;

/**
 * What the parse of a page of the Training namespace records once its steps are counted
 * (design record 0003, §3 and §5), the same whichever parser rendered it: the step and quiz
 * counts, the formats, the step list instead of the table of contents, and the player.
 * Called by the legacy parser's ParserAfterTidy handler and by Parsoid's DOM processor
 * (design record 0018).
 *
 * @license GPL-2.0-or-later
 */
final class ModulePageOutput {

	/** Every server-rendered page's styles, module and course pages included. */
	public const STYLE_MODULE = 'ext.trainings.styles';
	/** The player on module pages, the learner's progress on course pages. */
	public const PLAYER_MODULE = 'ext.trainings.player';
	/**
	 * Set (true) on course pages, which load the same script as module pages: it tells the
	 * script, and the hooks of module views (Hooks/ModulePageView), that the page is a course.
	 */
	public const COURSE_CONFIG_VAR = 'wgTrainingsCourse';

	public function __construct(
		private readonly FormatDetector $formatDetector
	) {
	}

	/**
	 * Whether the page is a course (its `{{#trainingcourse:}}` ran earlier in the parse),
	 * which is not a module: no steps, no player.
	 */
	public static function isCourse( ParserOutput $output ): bool {
		return $output->getPageProperty( ModuleProperties::COURSE ) !== null;
	}

	/**
	 * A page without `{{#training:}}`: the tracking category and a preview warning.
	 *
	 * @param ParserOutput $output
	 * @param callable(string):mixed $addTrackingCategory The parser's, with a message key
	 */
	public static function checkMetadata( ParserOutput $output, callable $addTrackingCategory ): void {
		if ( !$output->getExtensionData( ModuleProperties::DATA_HAS_METADATA ) ) {
			$addTrackingCategory( TrainingFunction::ERROR_CATEGORY );
			$output->addWarningMsg( 'trainings-metadata-missing-warning' );
		}
	}

	public static function finishCourse( ParserOutput $output ): void {
		// The learner's progress through the course's modules (in the browser), styled before
		// the script runs.
		$output->addModuleStyles( [ self::STYLE_MODULE ] );
		$output->addModules( [ self::PLAYER_MODULE ] );
		$output->setJsConfigVar( self::COURSE_CONFIG_VAR, true );
	}

	/**
	 * @param ParserOutput $output
	 * @param int $stepCount
	 * @param int $quizCount
	 * @param StepLayout|null $layout The steps' ids and the quizzes' keys (design record 0019)
	 */
	public function finishModule(
		ParserOutput $output, int $stepCount, int $quizCount, ?StepLayout $layout = null
	): void {
		$output->setNumericPageProperty( ModuleProperties::STEPS, $stepCount );
		if ( $layout !== null && $layout->stepIds !== [] ) {
			$output->setUnsortedPageProperty( ModuleProperties::STEP_IDS,
				implode( ModuleProperties::LIST_SEPARATOR, $layout->stepIds ) );
		}
		if ( $layout !== null && $layout->quizKeys !== [] ) {
			$output->setUnsortedPageProperty( ModuleProperties::QUIZ_KEYS,
				implode( ModuleProperties::LIST_SEPARATOR, $layout->quizKeys ) );
		}
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
