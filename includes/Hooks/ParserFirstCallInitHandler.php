<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Hooks;

use MediaWiki\Config\Config;
use MediaWiki\Extension\Trainings\Content\CourseFunction;
use MediaWiki\Extension\Trainings\Content\CourseParser;
use MediaWiki\Extension\Trainings\Content\DisplayTitleRule;
use MediaWiki\Extension\Trainings\Content\EmbeddedHtml;
use MediaWiki\Extension\Trainings\Content\MetadataParser;
use MediaWiki\Extension\Trainings\Content\QuizParser;
use MediaWiki\Extension\Trainings\Content\QuizTag;
use MediaWiki\Extension\Trainings\Content\StepFunction;
use MediaWiki\Extension\Trainings\Content\SubtitleParser;
use MediaWiki\Extension\Trainings\Content\TrainingFunction;
use MediaWiki\Extension\Trainings\Content\VideoFunction;
use MediaWiki\Languages\LanguageFactory;
use MediaWiki\Languages\LanguageFallback;
use MediaWiki\Hook\ParserFirstCallInitHook;
use MediaWiki\MainConfigNames;
use MediaWiki\Parser\Parser;
use MediaWiki\Title\TitleParser;
use RepoGroup;

/**
 * Registers the module markup with the parser: the parser functions
 * `{{#training:}}` (metadata), `{{#trainingcourse:}}` (courses) and
 * `{{#trainingvideo:}}` (a video step's video), `{{#trainingstep:}}` (a step's stable id,
 * design record 0019), and the tag `<trainingquiz>`.
 *
 * @license GPL-2.0-or-later
 */
class ParserFirstCallInitHandler implements ParserFirstCallInitHook {

	public function __construct(
		private readonly LanguageFactory $languageFactory,
		private readonly LanguageFallback $languageFallback,
		private readonly Config $mainConfig,
		private readonly RepoGroup $repoGroup,
		private readonly TitleParser $titleParser,
		private readonly CourseParser $courseParser,
		private readonly EmbeddedHtml $embeddedHtml,
		private readonly MetadataParser $metadataParser
	) {
	}

	/**
	 * @param Parser $parser
	 */
	public function onParserFirstCallInit( $parser ): void {
		$parser->setFunctionHook(
			TrainingFunction::MAGIC_WORD,
			$this->carried( [ new TrainingFunction( $this->metadataParser, new DisplayTitleRule(
				(bool)$this->mainConfig->get( MainConfigNames::RestrictDisplayTitle ), $this->titleParser
			) ), 'render' ] ),
			Parser::SFH_OBJECT_ARGS
		);
		$parser->setFunctionHook(
			CourseFunction::MAGIC_WORD,
			$this->carried( [ new CourseFunction( $this->courseParser ), 'render' ] ),
			Parser::SFH_OBJECT_ARGS
		);
		$parser->setFunctionHook(
			VideoFunction::MAGIC_WORD,
			$this->carried( [ new VideoFunction( $this->repoGroup, $this->languageFallback, $this->languageFactory,
				new SubtitleParser() ), 'render' ] )
		);
		$parser->setFunctionHook(
			StepFunction::MAGIC_WORD,
			$this->carried( [ new StepFunction(), 'render' ] )
		);
		$parser->setHook( QuizTag::TAG, [ new QuizTag( new QuizParser() ), 'render' ] );
		$parser->setHook( EmbeddedHtml::TAG, [ $this->embeddedHtml, 'render' ] );
	}

	/**
	 * @param callable $function A parser function returning HTML
	 * @return callable The same, its HTML carried through Parsoid (EmbeddedHtml)
	 */
	private function carried( callable $function ): callable {
		$embeddedHtml = $this->embeddedHtml;
		return static fn ( Parser $parser, ...$args ): array => $embeddedHtml->adapt( $parser,
			$function( $parser, ...$args ) );
	}

}
