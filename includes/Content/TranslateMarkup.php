<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Content;

/**
 * Removes what is left of Translate's markup when its hooks did not run (Translate
 * not installed, or text that reached us another way): `<translate>` tags, unit
 * markers and other comments, and `<tvar>` wrappers (their value stays).
 *
 * @license GPL-2.0-or-later
 */
final class TranslateMarkup {

	private function __construct() {
		// Static helpers only.
	}

	/**
	 * @param string $text Wikitext
	 * @return string The same wikitext without Translate's markup; comments are
	 *  replaced by the line breaks they held, so line numbers do not move
	 */
	public static function strip( string $text ): string {
		$text = (string)preg_replace_callback(
			'/<!--.*?(?:-->|$)/s',
			static fn ( array $m ) => str_repeat( "\n", substr_count( $m[0], "\n" ) ),
			$text
		);
		$text = (string)preg_replace( '/<\/?translate(?:\s[^>]*)?>/i', '', $text );
		return (string)preg_replace( '/<tvar\b[^>]*>(.*?)<\/tvar\s*>/is', '$1', $text );
	}

}
