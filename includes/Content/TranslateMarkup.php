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

	/**
	 * What the Translate extension does to the text of a translatable page before rendering it
	 * (TranslatablePageParser::cleanupTags, REL1_43), for wikis without Translate: removes
	 * `<translate>` tags with the line break after the opening and before the closing tag,
	 * unit markers `<!--T:n-->` (other comments stay), and unwraps `<tvar>` values. Text in
	 * `<nowiki>` is left alone.
	 *
	 * @param string $text Wikitext of a page
	 * @return string The wikitext as Translate would render it on the source page
	 */
	public static function stripFromPage( string $text ): string {
		if ( stripos( $text, '<translate' ) === false && !str_contains( $text, '<!--T:' )
			&& stripos( $text, '<tvar' ) === false
		) {
			return $text;
		}
		$parts = preg_split( '~(<nowiki>.*?</nowiki>)~is', $text, -1, PREG_SPLIT_DELIM_CAPTURE ) ?: [ $text ];
		foreach ( $parts as $i => $part ) {
			if ( $i % 2 === 1 ) {
				continue;
			}
			$part = (string)preg_replace( '~<translate( nowrap)?>\n?~s', '', $part );
			$part = (string)preg_replace( '~\n?</translate>~s', '', $part );
			$part = (string)preg_replace( '~(^=.*=) <!--T:[^_/\n<>]+-->$~um', '\1', $part );
			$part = (string)preg_replace( '~<!--T:[^_/\n<>]+-->[\n ]?~um', '', $part );
			// <tvar name="x">value</tvar>, and the older <tvar|x>value</>.
			$part = (string)preg_replace( '~<tvar\s+name\s*=\s*(["\']?)[^"\'>]*\1\s*>(.*?)</tvar\s*>~is', '$2', $part );
			$parts[$i] = (string)preg_replace( '~<tvar\|[^>]+>(.*?)</>~s', '$1', $part );
		}
		return implode( '', $parts );
	}

}
