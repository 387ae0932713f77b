<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Hooks;

use MediaWiki\Extension\Trainings\Content\CourseFunction;
use MediaWiki\Extension\Trainings\Content\CourseParser;
use MediaWiki\Extension\Trainings\Content\MetadataParser;
use MediaWiki\Extension\Trainings\Content\QuizParser;
use MediaWiki\Extension\Trainings\Content\QuizTag;
use MediaWiki\Extension\Trainings\Content\TrainingFunction;
use MediaWiki\Hook\ParserFirstCallInitHook;
use MediaWiki\Parser\Parser;

/**
 * Registers the module markup with the parser: the parser functions
 * `{{#training:}}` (metadata) and `{{#trainingcourse:}}` (courses), and the tag
 * `<trainingquiz>`.
 *
 * @license GPL-2.0-or-later
 */
class ParserFirstCallInitHandler implements ParserFirstCallInitHook {

	public function __construct(
		private readonly CourseParser $courseParser,
		private readonly MetadataParser $metadataParser
	) {
	}

	/**
	 * @param Parser $parser
	 */
	public function onParserFirstCallInit( $parser ): void {
		$parser->setFunctionHook(
			TrainingFunction::MAGIC_WORD,
			[ new TrainingFunction( $this->metadataParser ), 'render' ],
			Parser::SFH_OBJECT_ARGS
		);
		$parser->setFunctionHook(
			CourseFunction::MAGIC_WORD,
			[ new CourseFunction( $this->courseParser ), 'render' ],
			Parser::SFH_OBJECT_ARGS
		);
		$parser->setHook( QuizTag::TAG, [ new QuizTag( new QuizParser() ), 'render' ] );
	}

}
