<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Content;

/**
 * The language of a text wholly wrapped in one element that says it, as Translate wraps an
 * untranslated inline unit on a translation page (`<span lang="en" dir="ltr"
 * class="mw-content-ltr">…</span>`, translate.md §1.4).
 *
 * @license GPL-2.0-or-later
 */
final class WrappedLanguage {

	private function __construct() {
		// Static helper only.
	}

	/**
	 * @param string $wikitext An expanded parameter value
	 * @return string|null The wrapper's `lang`, or null when the text is not one wrapped element
	 */
	public static function of( string $wikitext ): ?string {
		if ( !preg_match( '~^<(span|div)\s+lang="([a-z][a-z0-9-]{0,34})"[^>]*>(.*)</\1>$~is', trim( $wikitext ), $m ) ) {
			return null;
		}
		// One element around the whole text, not two siblings ("<span>a</span> b <span>c</span>").
		return stripos( $m[3], '</' . $m[1] ) === false ? strtolower( $m[2] ) : null;
	}

}
