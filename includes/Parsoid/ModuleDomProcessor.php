<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Parsoid;

use MediaWiki\Extension\Trainings\Content\FormatDetector;
use MediaWiki\Extension\Trainings\Content\ModulePageOutput;
use MediaWiki\Extension\Trainings\Content\StepMarkup;
use MediaWiki\Extension\Trainings\MaintenanceLoop\ReviewSchedule;
use MediaWiki\Extension\Trainings\MaintenanceLoop\ReviewTracking;
use MediaWiki\Extension\Trainings\Translation\SourceSteps;
use MediaWiki\Parser\ParserOutput;
use MediaWiki\Title\TitleValue;
use Wikimedia\Parsoid\DOM\Element;
use Wikimedia\Parsoid\DOM\Node;
use Wikimedia\Parsoid\Ext\DOMProcessor;
use Wikimedia\Parsoid\Ext\ParsoidExtensionAPI;
use Wikimedia\Parsoid\Utils\DOMCompat;

/**
 * Parsoid's counterpart of the legacy parser's ParserAfterTidy pass (design record 0018):
 * numbers the quizzes in page order (Parsoid renders each `<trainingquiz>` on its own, so
 * each comes out as quiz 1), arranges a module page in introduction, step list and steps
 * (StepDom, with StepMarkup's markup) and records what ModulePageOutput records. Before
 * Parsoid writes wikitext (VisualEditor's saves), the arrangement is undone, so an edit
 * changes only what the author touched.
 *
 * @license GPL-2.0-or-later
 */
class ModuleDomProcessor extends DOMProcessor {

	private const QUIZ_SELECTOR = '.trainings-quiz[data-trainings-quiz]';

	private readonly ModulePageOutput $pageOutput;
	private readonly ReviewTracking $reviewTracking;

	public function __construct(
		FormatDetector $formatDetector,
		ReviewSchedule $reviewSchedule,
		private readonly SourceSteps $sourceSteps
	) {
		$this->pageOutput = new ModulePageOutput( $formatDetector );
		$this->reviewTracking = new ReviewTracking( $reviewSchedule );
	}

	/**
	 * @param ParsoidExtensionAPI $extApi
	 * @param Node $root
	 * @param array<string,mixed> $options
	 */
	public function wtPostprocess( ParsoidExtensionAPI $extApi, Node $root, array $options ): void {
		$body = DOMCompat::getBody( $extApi->getTopLevelDoc() );
		if ( $root !== $body ) {
			return;
		}
		$quizCount = self::numberQuizzes( $body );
		$pageConfig = $extApi->getPageConfig();
		$output = $extApi->getMetadata();
		if ( $pageConfig->getLinkTarget()->getNamespace() !== NS_TRAINING || !( $output instanceof ParserOutput ) ) {
			return;
		}
		ModulePageOutput::checkMetadata( $output, [ $extApi, 'addTrackingCategory' ] );
		if ( ModulePageOutput::isCourse( $output ) ) {
			ModulePageOutput::finishCourse( $output );
			return;
		}
		$messages = new PageLanguageMessages( $pageConfig->getPageLanguageBcp47() );
		// A language version follows its source's step ids (design record 0019).
		$title = TitleValue::newFromLinkTarget( $pageConfig->getLinkTarget() );
		$source = $this->sourceSteps->sourceOf( $title );
		$layout = StepDom::apply( $body, new StepMarkup( $messages ), $quizCount,
			static fn ( string $html ) => $extApi->htmlToDom( $html ),
			$source === null ? [] : $this->sourceSteps->ids( $source ) );
		$this->pageOutput->finishModule( $output, count( $layout->stepIds ), $quizCount, $layout );
		if ( !str_contains( $pageConfig->getLinkTarget()->getDBkey(), '/' ) ) {
			$this->reviewTracking->track( $output, [ $extApi, 'addTrackingCategory' ] );
		}
	}

	/** @inheritDoc */
	public function htmlPreprocess( ParsoidExtensionAPI $extApi, Element $root ): void {
		foreach ( DOMCompat::querySelectorAll( $root, 'div.' . StepMarkup::MODULE_CLASS ) as $module ) {
			if ( $module->hasAttribute( 'typeof' ) || $module->hasAttribute( 'about' ) ) {
				// Not ours: the output of an extension tag or a template.
				continue;
			}
			foreach ( iterator_to_array( $module->childNodes ) as $part ) {
				if ( !( $part instanceof Element ) ) {
					continue;
				}
				$classes = DOMCompat::getClassList( $part );
				if ( $classes->contains( StepMarkup::STEPLIST_CLASS ) ) {
					$module->removeChild( $part );
				} elseif ( $classes->contains( StepMarkup::INTRO_CLASS )
					|| $classes->contains( StepMarkup::STEP_CLASS )
				) {
					self::unwrap( $part );
				}
			}
			self::unwrap( $module );
		}
	}

	/**
	 * @return int The number of valid quizzes
	 */
	private static function numberQuizzes( Element $body ): int {
		$number = 0;
		foreach ( DOMCompat::querySelectorAll( $body, self::QUIZ_SELECTOR ) as $quiz ) {
			$number++;
			$quiz->setAttribute( 'id', "quiz-$number" );
			$quiz->setAttribute( 'data-trainings-quiz', (string)$number );
			foreach ( DOMCompat::querySelectorAll( $quiz, 'input[name]' ) as $input ) {
				$input->setAttribute( 'name', "trainings-quiz-$number" );
			}
		}
		return $number;
	}

	private static function unwrap( Element $element ): void {
		$parent = $element->parentNode;
		if ( $parent === null ) {
			return;
		}
		while ( $element->firstChild !== null ) {
			$parent->insertBefore( $element->firstChild, $element );
		}
		$parent->removeChild( $element );
	}

}
