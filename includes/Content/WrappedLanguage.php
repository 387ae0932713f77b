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
		return self::attributes( $wikitext )['lang'] ?? null;
	}

	/**
	 * @param string $wikitext An expanded parameter value
	 * @return array{lang:string,dir:string}|null The wrapper's `lang` and `dir` (`ltr` when it
	 *  says none), or null when the text is not one wrapped element
	 */
	public static function attributes( string $wikitext ): ?array {
		if ( !preg_match( '~^<(span|div)\s+lang="([a-z][a-z0-9-]{0,34})"([^>]*)>(.*)</\1>$~is', trim( $wikitext ), $m )
			// One element around the whole text, not two siblings ("<span>a</span> b <span>c</span>").
			|| stripos( $m[4], '</' . $m[1] ) !== false
		) {
			return null;
		}
		$dir = preg_match( '~\bdir="(rtl|ltr)"~i', $m[3], $d ) ? strtolower( $d[1] ) : 'ltr';
		return [ 'lang' => strtolower( $m[2] ), 'dir' => $dir ];
	}

}
