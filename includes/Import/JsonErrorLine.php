<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Import;

/**
 * Where a JSON text that does not parse goes wrong, for the report: PHP's parser gives no
 * position, so the text is cut line by line until the longest prefix that is still a valid
 * beginning; the line after it is the culprit.
 *
 * @license GPL-2.0-or-later
 */
final class JsonErrorLine {

	public static function find( string $text ): ?int {
		$lines = explode( "\n", $text );
		for ( $count = 1; $count <= count( $lines ); $count++ ) {
			if ( !self::canContinue( implode( "\n", array_slice( $lines, 0, $count ) ) ) ) {
				return $count;
			}
		}
		return null;
	}

	/** Whether some suffix could complete this prefix: checked by closing what is open. */
	private static function canContinue( string $prefix ): bool {
		$closers = '';
		$inString = false;
		$length = strlen( $prefix );
		for ( $i = 0; $i < $length; $i++ ) {
			$char = $prefix[$i];
			if ( $inString ) {
				if ( $char === '\\' ) {
					$i++;
				} elseif ( $char === '"' ) {
					$inString = false;
				}
			} elseif ( $char === '"' ) {
				$inString = true;
			} elseif ( $char === '{' || $char === '[' ) {
				$closers = ( $char === '{' ? '}' : ']' ) . $closers;
			} elseif ( $char === '}' || $char === ']' ) {
				$closers = substr( $closers, 1 );
			}
		}
		if ( $inString ) {
			return true;
		}
		// Close what is open after dropping a dangling comma, or giving a dangling key a value.
		$candidate = (string)preg_replace( '/,\s*$/', '', rtrim( $prefix ) );
		if ( $candidate === '' ) {
			return true;
		}
		if ( str_ends_with( $candidate, ':' ) ) {
			$candidate .= 'null';
		}
		json_decode( $candidate . $closers );
		return json_last_error() === JSON_ERROR_NONE;
	}
}
