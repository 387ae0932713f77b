<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Catalog;

use MediaWiki\Extension\Trainings\Translation\Completeness;

/**
 * The version of a module a catalog reader gets, with its words: its title and summary as that
 * version says them, each with the language it is written in (an untranslated title of a
 * Translate translation stays in the source language, marked so), and how complete the version
 * is. Immutable.
 *
 * @license GPL-2.0-or-later
 */
final class ReaderVersion {

	/**
	 * @param string|null $code The `/<code>` version linked to; null for the base page
	 * @param LocalizedText $title
	 * @param LocalizedText $summary Empty text when the module has no summary
	 * @param Completeness|null $completeness How complete the translation is, when known
	 */
	public function __construct(
		public readonly ?string $code,
		public readonly LocalizedText $title,
		public readonly LocalizedText $summary,
		public readonly ?Completeness $completeness = null
	) {
	}

}
