<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Import;

/**
 * Translation units of a module written for Translate (decision record 0021), found the way
 * Translate finds them: each `<translate>` block, an inline one being one unit, a block one
 * unit per blank-line-separated paragraph, its id from the `<!--T:n-->` marker marking wrote.
 * Lines up the source's units with the same converter's text of a language, carries markers
 * over when an import rewrites a marked page, and removes them to compare texts.
 *
 * @license GPL-2.0-or-later
 */
class TranslateUnits {

	/** Starts a unit a language's text took from the source (ModuleConverter). */
	public const UNTRANSLATED = '<!--untranslated-->';

	private const BLOCK = '!<translate>(.*?)</translate>!s';
	private const MARKER = '/<!--T:([^>]+?)-->[ \t]*\n?/';

	public function __construct( private readonly string $sourceLanguage = 'en' ) {
	}

	/** The text without unit markers, as compared with a newly converted text. */
	public function strip( string $text ): string {
		// On a line of its own, after a heading (Translate's syntax 2), or before a unit's text.
		return (string)preg_replace(
			[ '/^<!--T:[^>]+?-->\n/m', '/[ \t]*<!--T:[^>]+?-->[ \t]*$/m', '/<!--T:[^>]+?-->[ \t]*/' ], '', $text );
	}

	/**
	 * @return list<list<array{0:?string,1:string}>> Per `<translate>` block, its units: marker id
	 *  (null when unmarked) and text without the marker
	 */
	public function blocks( string $text ): array {
		preg_match_all( self::BLOCK, $text, $m );
		$blocks = [];
		foreach ( $m[1] as $inner ) {
			$paragraphs = str_contains( $inner, "\n" )
				? array_values( array_filter( preg_split( '/\n\s*\n/', trim( $inner, "\n" ) ) ?: [],
					static fn ( string $p ) => trim( $p ) !== '' ) )
				: [ $inner ];
			$blocks[] = array_map( function ( string $paragraph ): array {
				$id = preg_match( self::MARKER, $paragraph, $marker ) ? $marker[1] : null;
				return [ $id, trim( $this->strip( $paragraph ) ) ];
			}, $paragraphs );
		}
		return $blocks;
	}

	/**
	 * The translations to save for one language: the units of its conversion not taken from
	 * the source (marked UNTRANSLATED) nor in the source language (Translate's own wrapper on
	 * Meta-Wiki's translation pages); a unit the same in both languages (a video) counts.
	 * The heading of a step is checked by its text, as its marker may sit on it.
	 *
	 * @param string $markedSource The source page after marking
	 * @param string $translated The same module converted from the language's texts
	 * @return array{units:array<string,string>,mismatched:int} Texts by unit id; blocks that
	 *  could not be lined up (a different number of blocks or paragraphs)
	 */
	public function align( string $markedSource, string $translated ): array {
		$source = $this->blocks( $markedSource );
		$target = $this->blocks( $translated );
		if ( count( $source ) !== count( $target ) ) {
			return [ 'units' => [], 'mismatched' => count( $source ) ];
		}
		$units = [];
		$mismatched = 0;
		foreach ( $source as $b => $block ) {
			if ( count( $block ) !== count( $target[$b] ) ) {
				$mismatched++;
				continue;
			}
			foreach ( $block as $u => [ $id, $text ] ) {
				$translation = $this->withoutSourceLanguage( $target[$b][$u][1] );
				if ( $id !== null && $translation !== null && !str_starts_with( $translation, self::UNTRANSLATED ) ) {
					$units[$id] = $translation;
				}
			}
		}
		return [ 'units' => $units, 'mismatched' => $mismatched ];
	}

	/**
	 * A new text for a marked page, with the markers of the old one on the units whose text
	 * did not change, so their translations stay with them (new units get markers when marked).
	 */
	public function carryMarkers( string $oldMarked, string $newText ): string {
		// Ids by text, each used once: two units with the same text keep two ids.
		$ids = [];
		foreach ( $this->blocks( $oldMarked ) as $block ) {
			foreach ( $block as [ $id, $text ] ) {
				if ( $id !== null ) {
					$ids[$text][] = $id;
				}
			}
		}
		$take = static function ( string $text ) use ( &$ids ): ?string {
			return isset( $ids[$text] ) ? array_shift( $ids[$text] ) : null;
		};
		return (string)preg_replace_callback( self::BLOCK, function ( array $m ) use ( $take ): string {
			$inner = $m[1];
			if ( !str_contains( $inner, "\n" ) ) {
				$id = $take( trim( $inner ) );
				return $id === null ? $m[0] : "<translate><!--T:$id--> " . trim( $inner ) . '</translate>';
			}
			$paragraphs = preg_split( '/(\n\s*\n)/', $inner, -1, PREG_SPLIT_DELIM_CAPTURE ) ?: [];
			foreach ( $paragraphs as $i => $paragraph ) {
				$id = $i % 2 === 0 ? $take( trim( $paragraph ) ) : null;
				if ( $id !== null ) {
					$paragraphs[$i] = $this->withMarker( $paragraph, $id );
				}
			}
			return '<translate>' . implode( '', $paragraphs ) . '</translate>';
		}, $newText );
	}

	/** Where Translate itself puts a marker: after a heading, else on a line before. */
	private function withMarker( string $paragraph, string $id ): string {
		$lead = (string)preg_replace( '/^(\n*).*$/s', '$1', $paragraph );
		$body = substr( $paragraph, strlen( $lead ) );
		if ( preg_match( '/^(=+)\s*(.*?)\s*(=+)\s*$/', $body, $h ) ) {
			return "$lead{$h[1]} {$h[2]} {$h[3]} <!--T:$id-->";
		}
		return "$lead<!--T:$id-->\n$body";
	}

	/** Null for text Translate marked as the source language's (an untranslated unit on Meta-Wiki). */
	private function withoutSourceLanguage( string $text ): ?string {
		$lang = preg_quote( $this->sourceLanguage, '/' );
		$wrapper = "/^<(div|span) lang=\"$lang\" dir=\"(?:ltr|rtl)\" class=\"mw-content-(?:ltr|rtl)\">.*<\/\\1>$/s";
		return preg_match( $wrapper, $text )
			? null : $text;
	}
}
