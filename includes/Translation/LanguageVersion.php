<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Translation;

use MediaWiki\Title\Title;

/**
 * One existing language version of a module: the base page (the source language) or a
 * `Training:X/<code>` subpage. Immutable.
 *
 * @license GPL-2.0-or-later
 */
final class LanguageVersion {

	/**
	 * @param string $code Language code of the version
	 * @param Title $page The page to read: the base page for the source language
	 * @param bool $isSource Whether this is the source (the base page)
	 * @param Completeness|null $completeness How complete it is; null when unknown
	 */
	public function __construct(
		public readonly string $code,
		public readonly Title $page,
		public readonly bool $isSource,
		public readonly ?Completeness $completeness = null
	) {
	}

}
