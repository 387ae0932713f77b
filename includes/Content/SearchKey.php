<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Content;

use Normalizer;

/**
 * Folds text for the catalog search, the same way as the browser filter
 * (`normalizeForSearch` in resources/src/catalog/filterModules.ts): decomposed
 * (NFD), without combining marks, lower case, single spaces, trimmed. So
 * "Événement  Ça" becomes "evenement ca".
 *
 * The browser strips a listed set of combining mark ranges; \p{Mn} (non-spacing
 * marks) is the server equivalent of that list.
 *
 * The folded display title and summary of a page are stored as its
 * `trainings-searchkey` property (ModuleProperties::SEARCH_KEY); a search matches
 * when every folded word of the query occurs in it.
 *
 * @license GPL-2.0-or-later
 */
final class SearchKey {

	private function __construct() {
		// Static helpers only.
	}

	/**
	 * @param string $text Any text (UTF-8)
	 * @return string Folded text
	 */
	public static function fold( string $text ): string {
		$decomposed = Normalizer::normalize( $text, Normalizer::FORM_D );
		// False for invalid UTF-8: fold what we have rather than fail.
		$text = is_string( $decomposed ) ? $decomposed : $text;
		$text = (string)preg_replace( '/\p{Mn}+/u', '', $text );
		$text = mb_strtolower( $text, 'UTF-8' );
		// What JavaScript's \s matches: ASCII and Unicode spaces, line and paragraph separators, BOM.
		$text = (string)preg_replace( '/[\s\p{Z}\x{FEFF}]+/u', ' ', $text );
		return trim( $text, ' ' );
	}

	/**
	 * @param string $text What the learner typed
	 * @return list<string> The folded words that must all match; empty for blank text
	 */
	public static function words( string $text ): array {
		$folded = self::fold( $text );
		return $folded === '' ? [] : explode( ' ', $folded );
	}

}
