<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Content;

use MediaWiki\Parser\Parser;
use MediaWiki\Parser\PPFrame;
use MediaWiki\Parser\PPNode;

/**
 * The parser function `{{#trainingcourse: module | module = label | … }}` (registered
 * with SFH_OBJECT_ARGS, design record 0003, §6): validates the modules, links them
 * (so the courses that contain a module are its backlinks), stores their DB keys as
 * the page property `trainings-course`, and renders the list where the function
 * stands, preceded by an error box when something is wrong.
 *
 * @license GPL-2.0-or-later
 */
class CourseFunction {

	public const MAGIC_WORD = 'trainingcourse';

	public function __construct(
		private readonly CourseParser $courseParser
	) {
	}

	/**
	 * @param Parser $parser
	 * @param PPFrame $frame
	 * @param array<int,PPNode|string> $args
	 * @return array{0:string,isHTML:bool,noparse:bool}
	 */
	public function render( Parser $parser, PPFrame $frame, array $args ): array {
		$output = $parser->getOutput();
		$problemRenderer = new ProblemRenderer( new ParserMessageLocalizer( $parser ) );

		if ( $output->getExtensionData( ModuleProperties::DATA_HAS_COURSE ) ) {
			$html = $this->reportProblems( $parser, $problemRenderer,
				[ new Problem( 'trainings-course-error-second' ) ] );
			return [ $html, 'isHTML' => true, 'noparse' => true ];
		}
		$output->setExtensionData( ModuleProperties::DATA_HAS_COURSE, true );

		$course = $this->courseParser->parse( TrainingFunction::expandArguments( $frame, $args ), $parser->getPage() );
		foreach ( $course->getModules() as $module ) {
			$output->addLink( $module->getTitle(), $module->getPageId() );
		}
		// Missing modules are linked too: creating one then parses the course again.
		foreach ( $course->getMissingPages() as $page ) {
			$output->addLink( $page, 0 );
		}
		// Set even when empty: the page is a course, not a module (see ParserAfterTidyHandler).
		$output->setUnsortedPageProperty(
			ModuleProperties::COURSE, implode( ModuleProperties::LIST_SEPARATOR, $course->getModuleKeys() )
		);

		$html = ( new CourseRenderer( $parser->getLinkRenderer(), new ParserMetadataContext( $parser, $frame ) ) )
			->render( $course );
		if ( $course->getProblems() !== [] ) {
			$html = $this->reportProblems( $parser, $problemRenderer, $course->getProblems() ) . $html;
		}
		return [ $html, 'isHTML' => true, 'noparse' => true ];
	}

	/**
	 * @param Parser $parser
	 * @param ProblemRenderer $problemRenderer
	 * @param list<Problem> $problems
	 * @return string The error box
	 */
	private function reportProblems( Parser $parser, ProblemRenderer $problemRenderer, array $problems ): string {
		$parser->addTrackingCategory( TrainingFunction::ERROR_CATEGORY );
		// Warnings are parsed as wikitext on preview: they carry a count, never author input.
		$parser->getOutput()->addWarningMsg( 'trainings-course-warning', count( $problems ) );
		return $problemRenderer->render( 'trainings-course-error-heading', $problems );
	}

}
