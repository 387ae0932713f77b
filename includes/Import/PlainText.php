<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Import;

/**
 * Plain text from a short piece of Markdown or wikitext, for a module's summary.
 *
 * @license GPL-2.0-or-later
 */
final class PlainText {

	public static function firstParagraph( string $text ): string {
		$paragraph = preg_split( '/\n\s*\n/', trim( $text ) )[0] ?? '';
		$paragraph = (string)preg_replace( [
			'/\[\[(?:[^|\]]*\|)?([^\]]*)\]\]/', '/\[https?:\S+\s([^\]]*)\]/', '/\[([^\]]*)\]\([^)]*\)/',
			"/'{2,}|\*{1,2}|__|`/", '/<[^>]*>/', '/^#+\s*/m',
		], [ '$1', '$1', '$1', '', '', '' ], $paragraph );
		return trim( (string)preg_replace( '/\s+/u', ' ', $paragraph ) );
	}

	public static function afterFirstParagraph( string $text ): string {
		$parts = preg_split( '/\n\s*\n/', trim( $text ), 2 );
		return trim( $parts[1] ?? '' );
	}
}
