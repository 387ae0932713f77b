<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Translation;

use MediaWiki\Title\Title;

/**
 * What the translation system of the wiki knows about a module's language versions: how
 * complete each is, and where a reader goes to help translate it. One implementation works
 * without the Translate extension (hand-made `/xx` subpages), one asks Translate.
 *
 * @license GPL-2.0-or-later
 */
interface CompletenessSource {

	public const SERVICE_NAME = 'Trainings.CompletenessSource';

	/**
	 * @param Title $base The module's base page
	 * @param string $sourceLanguage Its language code
	 * @param list<string> $codes Codes of existing translations (not the source)
	 * @return array<string,Completeness|null> By code: the completeness, null when unknown.
	 *  Must not compute anything expensive: it runs on page views.
	 */
	public function getCompleteness( Title $base, string $sourceLanguage, array $codes ): array;

	/**
	 * The catalog's figures: many modules, one language, in at most one query.
	 *
	 * @param string $code A language code
	 * @param list<Title> $bases Base pages of modules that have a version in that language
	 * @return array<string,Completeness|null> By prefixed DB key of the base page: the
	 *  completeness of its `/<code>` version, null when unknown. Must not compute anything.
	 */
	public function getCompletenessInLanguage( string $code, array $bases ): array;

	/**
	 * @param Title $base The module's base page
	 * @param string $code A language code
	 * @return string Local URL where a reader helps translate the module into that language
	 */
	public function getTranslateUrl( Title $base, string $code ): string;

}
