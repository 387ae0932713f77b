<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Content;

/**
 * The pre-save transform of a module page (design record 0019): every step heading (a
 * level-2 `== … ==` line) without a `{{#trainingstep:}}` marker gets one, its id made from
 * the heading's text and unique on the page. Ids already written are never changed.
 *
 * The marker goes on its own line before the heading and outside `<translate>`: before the
 * block when the heading opens it, else the block is closed before the heading's unit (its
 * `<!--T:n-->` marker stays with it) and opened again after the step marker, so every unit and
 * its marker are kept as they were.
 *
 * @license GPL-2.0-or-later
 */
final class StepMarkerTransform {

	/** Where headings are not headings: comments, and tags whose body is not wikitext. */
	private const OPAQUE = '/<!--.*?(?:-->|$)'
		. '|<(nowiki|pre|syntaxhighlight|source|trainingquiz|includeonly|math)\b[^>]*>.*?(?:<\/\1\s*>|$)/si';

	private const MARKER = '/^\s*\{\{\s*#trainingstep\s*:(.*?)\}\}\s*$/i';

	private const UNIT_MARKER = '/^\s*<!--T:[^>]*-->\s*$/';

	private function __construct() {
		// Static helpers only.
	}

	public static function addMarkers( string $text ): string {
		$masked = (string)preg_replace_callback( self::OPAQUE,
			static fn ( array $m ): string => (string)preg_replace( '/[^\n]/', ' ', $m[0] ), $text );
		$taken = [];
		foreach ( preg_split( '/\n/', $masked ) ?: [] as $line ) {
			if ( preg_match( self::MARKER, $line, $m ) ) {
				$taken[trim( $m[1] )] = true;
			}
		}
		$lines = explode( "\n", $masked );
		$starts = [];
		$offset = 0;
		foreach ( $lines as $index => $line ) {
			$starts[$index] = $offset;
			$offset += strlen( $line ) + 1;
		}
		$insertions = [];
		foreach ( $lines as $index => $line ) {
			$heading = self::headingText( $line );
			if ( $heading === null || self::hasMarker( $lines, $index ) ) {
				continue;
			}
			$id = StepId::fromHeading( $heading, $taken );
			$taken[$id] = true;
			$insertions[] = self::insertion( $text, $masked, $starts, $index, $id );
		}
		foreach ( array_reverse( $insertions ) as [ $at, $string ] ) {
			$text = substr( $text, 0, $at ) . $string . substr( $text, $at );
		}
		return $text;
	}

	/**
	 * @return string|null The text of a level-2 heading line, or null for any other line
	 */
	private static function headingText( string $line ): ?string {
		if ( !preg_match( '/^(=+)(.+?)(=+)[ \t]*$/', $line, $m ) ) {
			return null;
		}
		$level = min( strlen( $m[1] ), strlen( $m[3] ) );
		if ( $level !== 2 ) {
			return null;
		}
		// Extra "=" on one side belong to the text, as the parser reads it.
		return trim( substr( $m[1], 2 ) . $m[2] . substr( $m[3], 2 ) );
	}

	/**
	 * @param list<string> $lines The masked lines
	 * @param int $index The heading's line
	 */
	private static function hasMarker( array $lines, int $index ): bool {
		for ( $i = $index - 1; $i >= 0; $i-- ) {
			$line = trim( $lines[$i] );
			if ( $line === '' || $line === '<translate>' || $line === '</translate>' ) {
				continue;
			}
			return preg_match( self::MARKER, $line ) === 1;
		}
		return false;
	}

	/**
	 * @param string $text
	 * @param string $masked
	 * @param array<int,int> $starts Offset of each line
	 * @param int $index The heading's line
	 * @param string $id
	 * @return array{0:int,1:string} Where to insert what
	 */
	private static function insertion(
		string $text, string $masked, array $starts, int $index, string $id
	): array {
		$marker = "{{#trainingstep: $id}}\n";
		$at = $starts[$index];
		// The heading's unit begins at its Translate marker, when it has one.
		if ( $index > 0 && preg_match( self::UNIT_MARKER, substr( $text, $starts[$index - 1],
			$at - 1 - $starts[$index - 1] ) ) ) {
			$at = $starts[$index - 1];
		}
		$before = substr( $masked, 0, $at );
		$open = strripos( $before, '<translate>' );
		$close = strripos( $before, '</translate>' );
		if ( $open === false || ( $close !== false && $close > $open ) ) {
			return [ $at, $marker ];
		}
		if ( trim( substr( $text, $open + strlen( '<translate>' ), $at - $open - strlen( '<translate>' ) ) ) === '' ) {
			// The heading opens the block: the marker goes before it.
			$lineStart = strrpos( substr( $text, 0, $open ), "\n" );
			$lineStart = $lineStart === false ? 0 : $lineStart + 1;
			return trim( substr( $text, $lineStart, $open - $lineStart ) ) === ''
				? [ $lineStart, $marker ]
				: [ $open, "\n" . $marker ];
		}
		return [ $at, "</translate>\n$marker<translate>\n" ];
	}

}
