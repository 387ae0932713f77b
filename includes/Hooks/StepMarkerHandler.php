<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Hooks;

use MediaWiki\Extension\Trainings\Content\CourseFunction;
use MediaWiki\Extension\Trainings\Content\LanguageSubpage;
use MediaWiki\Extension\Trainings\Content\StepMarkerTransform;
use MediaWiki\Hook\ParserPreSaveTransformCompleteHook;
use MediaWiki\Parser\Parser;
use MediaWiki\Title\TitleValue;

/**
 * Gives each step heading of a module page a `{{#trainingstep:}}` marker when the page is
 * saved (design record 0019), whoever writes it: the source editor, VisualEditor (whose
 * wikitext goes through the same pre-save transform), an import or a bot.
 *
 * Language versions (`Training:X/fr`) are left alone: a Translate translation page carries
 * its source's markers, and a step of a hand-made one without a marker takes the source's id
 * at its position; an id made from a translated heading would differ from the source's.
 * Courses have no steps.
 *
 * @license GPL-2.0-or-later
 */
class StepMarkerHandler implements ParserPreSaveTransformCompleteHook {

	public function __construct(
		private readonly LanguageSubpage $languageSubpage
	) {
	}

	/**
	 * @param Parser $parser
	 * @param string &$text
	 */
	public function onParserPreSaveTransformComplete( $parser, &$text ): void {
		$page = $parser->getPage();
		if ( $page === null || $page->getNamespace() !== NS_TRAINING
			|| $this->languageSubpage->languageCodeOf( TitleValue::newFromPage( $page ) ) !== null
			|| preg_match( '/\{\{\s*#' . CourseFunction::MAGIC_WORD . '\s*:/i', $text )
		) {
			return;
		}
		$text = StepMarkerTransform::addMarkers( $text );
	}

}
