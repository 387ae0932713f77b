<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Content;

use MediaWiki\Languages\LanguageNameUtils;
use MediaWiki\Linker\LinkTarget;

/**
 * The Translate convention for language versions: `Training:X/fr` is the French version of
 * `Training:X`. The same holds for hand-made subpages on wikis without Translate.
 *
 * @license GPL-2.0-or-later
 */
class LanguageSubpage {

	public const SERVICE_NAME = 'Trainings.LanguageSubpage';

	public function __construct(
		private readonly LanguageNameUtils $languageNameUtils
	) {
	}

	/**
	 * @return string|null The language code of a training page's language version
	 *  ("Training:X/fr" gives "fr"), or null for a base page or another namespace
	 */
	public function languageCodeOf( LinkTarget $title ): ?string {
		if ( $title->getNamespace() !== NS_TRAINING ) {
			return null;
		}
		$text = $title->getText();
		$slash = strrpos( $text, '/' );
		if ( $slash === false ) {
			return null;
		}
		$code = substr( $text, $slash + 1 );
		// Known tags only: "Training:Events/2015" is a subpage, not a language version.
		return $this->languageNameUtils->isKnownLanguageTag( $code ) ? $code : null;
	}
}
