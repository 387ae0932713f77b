<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Review;

/**
 * Rewrites the `reviewed` field of a module's `{{#training:}}` in its wikitext: replaces the
 * value when the field is there, adds the field otherwise. The rest of the text is left
 * byte for byte.
 *
 * @license GPL-2.0-or-later
 */
final class ReviewedWikitext {

	/**
	 * @param string $text The module page's wikitext
	 * @param string $date YYYY-MM-DD
	 * @return string|null The new text; null when the page has no `{{#training:}}`
	 */
	public static function withReviewDate( string $text, string $date ): ?string {
		if ( !preg_match( '/\{\{\s*#training\s*:/i', $text, $m, PREG_OFFSET_CAPTURE ) ) {
			return null;
		}
		$start = $m[0][1] + strlen( $m[0][0] );
		[ $args, $end ] = self::splitArguments( $text, $start );
		foreach ( $args as [ $argStart, $argEnd ] ) {
			$arg = substr( $text, $argStart, $argEnd - $argStart );
			$eq = strpos( $arg, '=' );
			if ( $eq === false || strtolower( trim( substr( $arg, 0, $eq ) ) ) !== 'reviewed' ) {
				continue;
			}
			preg_match( '/\s*$/', $arg, $trailing );
			$value = substr( $text, 0, $argStart + $eq + 1 ) . ' ' . $date . ( $trailing[0] ?? '' );
			return $value . substr( $text, $argEnd );
		}
		// No field yet: a new last argument, on its own line when the call spans lines.
		$before = substr( $text, 0, $end );
		$lastBreak = strrpos( substr( $text, $start, $end - $start ), "\n" );
		if ( $lastBreak !== false ) {
			$trimmed = rtrim( $before );
			return $trimmed . "\n| reviewed = $date" . substr( $before, strlen( $trimmed ) ) . substr( $text, $end );
		}
		return rtrim( $before ) . " | reviewed = $date " . substr( $text, $end );
	}

	/**
	 * @param string $text
	 * @param int $offset Just after `{{#training:`
	 * @return array{0:list<array{0:int,1:int}>,1:int} The top-level arguments as [ start, end )
	 *  offsets, and the offset of the closing `}}`
	 */
	private static function splitArguments( string $text, int $offset ): array {
		$depth = 0;
		$args = [];
		$argStart = $offset;
		$length = strlen( $text );
		for ( $i = $offset; $i < $length; $i++ ) {
			$pair = substr( $text, $i, 2 );
			if ( $pair === '{{' || $pair === '[[' ) {
				$depth++;
				$i++;
			} elseif ( $pair === '}}' || $pair === ']]' ) {
				if ( $depth === 0 && $pair === '}}' ) {
					$args[] = [ $argStart, $i ];
					return [ $args, $i ];
				}
				$depth = max( 0, $depth - 1 );
				$i++;
			} elseif ( $text[$i] === '|' && $depth === 0 ) {
				$args[] = [ $argStart, $i ];
				$argStart = $i + 1;
			}
		}
		$args[] = [ $argStart, $length ];
		return [ $args, $length ];
	}

}
