<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Content;

/**
 * The fragments of the catalog's word index (design record 0023): every suffix of every
 * folded word, cut to MAX_BYTES. A search word occurs inside a word of the text exactly when
 * it is a prefix of one of that word's suffixes, so "every word of the search occurs in the
 * search key" (SearchKey, the browser filter's rule) becomes one index range per word:
 * `fragment >= word AND fragment < upperBound(word)`. Comparisons are on bytes: UTF-8 keeps
 * the order of code points, so the range holds exactly the fragments starting with the word.
 *
 * @license GPL-2.0-or-later
 */
final class SearchFragments {

	/** Longest fragment stored, in bytes (the column's length). */
	public const MAX_BYTES = 64;

	private function __construct() {
		// Static helpers only.
	}

	/**
	 * @param string $folded Text folded by SearchKey::fold()
	 * @return list<string> Its distinct fragments
	 */
	public static function of( string $folded ): array {
		$fragments = [];
		foreach ( array_unique( explode( ' ', $folded ) ) as $word ) {
			$length = mb_strlen( $word, 'UTF-8' );
			for ( $start = 0; $start < $length; $start++ ) {
				$fragments[self::cut( mb_substr( $word, $start, null, 'UTF-8' ) )] = true;
			}
		}
		unset( $fragments[''] );
		return array_map( 'strval', array_keys( $fragments ) );
	}

	/** A search word as looked up: cut like the fragments. */
	public static function cut( string $word ): string {
		return mb_strcut( $word, 0, self::MAX_BYTES, 'UTF-8' );
	}

	/** Whether a word is longer than a fragment: its lookup only narrows, a check must follow. */
	public static function isCut( string $word ): bool {
		return strlen( $word ) > self::MAX_BYTES;
	}

	/**
	 * @param string $word A folded search word, cut()
	 * @return string|null The least string greater than every string starting with the word (its
	 *  last character's successor in place of it); null when there is none
	 */
	public static function upperBound( string $word ): ?string {
		$last = mb_substr( $word, -1, 1, 'UTF-8' );
		$code = mb_ord( $last, 'UTF-8' );
		if ( $last === '' ) {
			return null;
		}
		$next = $code + 1;
		// Skip the surrogates, which UTF-8 cannot encode; nothing follows the last code point.
		if ( $next === 0xD800 ) {
			$next = 0xE000;
		}
		if ( $next > 0x10FFFF ) {
			return null;
		}
		return substr( $word, 0, -strlen( $last ) ) . mb_chr( $next, 'UTF-8' );
	}

}
