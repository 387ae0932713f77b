<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Import;

/**
 * Finds the outermost template calls of a wikitext (not parser functions, `{{#…}}`), with
 * balanced braces, and splits their parameters on the `|` that are not inside a nested
 * template or link. Enough for the Dashboard's slide templates, which are flat.
 *
 * @license GPL-2.0-or-later
 */
class TemplateScanner {

	/**
	 * @param string $text
	 * @param int $firstLine Line number of the text's first line
	 * @return list<TemplateCall>
	 */
	public function scan( string $text, int $firstLine = 1 ): array {
		$calls = [];
		$offset = 0;
		while ( ( $start = strpos( $text, '{{', $offset ) ) !== false ) {
			$end = $this->closing( $text, $start );
			if ( $end === null ) {
				break;
			}
			$inner = substr( $text, $start + 2, $end - $start - 4 );
			$offset = $end;
			if ( str_starts_with( ltrim( $inner ), '#' ) || str_starts_with( $inner, '{' ) ) {
				continue;
			}
			$parts = $this->split( $inner );
			$name = ucfirst( trim( str_replace( '_', ' ', (string)array_shift( $parts ) ) ) );
			$calls[] = new TemplateCall(
				$name, $this->params( $parts ), $start, $end,
				$firstLine + substr_count( $text, "\n", 0, $start )
			);
		}
		return $calls;
	}

	/** Offset after the "}}" that closes the "{{" at $start, null when unbalanced. */
	private function closing( string $text, int $start ): ?int {
		$depth = 0;
		$length = strlen( $text );
		for ( $i = $start; $i < $length - 1; $i++ ) {
			$pair = $text[$i] . $text[$i + 1];
			if ( $pair === '{{' ) {
				$depth++;
				$i++;
			} elseif ( $pair === '}}' ) {
				$depth--;
				$i++;
				if ( $depth === 0 ) {
					return $i + 1;
				}
			}
		}
		return null;
	}

	/** @return list<string> */
	private function split( string $inner ): array {
		$parts = [];
		$depth = 0;
		$current = '';
		$length = strlen( $inner );
		for ( $i = 0; $i < $length; $i++ ) {
			$pair = substr( $inner, $i, 2 );
			if ( $pair === '{{' || $pair === '[[' ) {
				$depth++;
				$current .= $pair;
				$i++;
			} elseif ( ( $pair === '}}' || $pair === ']]' ) && $depth > 0 ) {
				$depth--;
				$current .= $pair;
				$i++;
			} elseif ( $inner[$i] === '|' && $depth === 0 ) {
				$parts[] = $current;
				$current = '';
			} else {
				$current .= $inner[$i];
			}
		}
		$parts[] = $current;
		return $parts;
	}

	/**
	 * @param list<string> $parts
	 * @return array<int|string,string> Positional parameters under their numbers
	 */
	private function params( array $parts ): array {
		$params = [];
		$position = 1;
		foreach ( $parts as $part ) {
			if ( preg_match( '/^\s*([^=\n{}\[\]]+?)\s*=(.*)$/s', $part, $m ) ) {
				$params[(string)$m[1]] = trim( $m[2] );
			} else {
				$params[(string)$position] = trim( $part );
				$position++;
			}
		}
		return $params;
	}
}
