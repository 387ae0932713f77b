<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Import;

/**
 * Removes Translate's markup from a Meta-Wiki page (`<translate>`, unit markers `<!--T:n-->`,
 * `<tvar>` wrappers, `<languages/>`, `<noinclude>` blocks) without removing a line, so line
 * numbers in the report stay those of the source page.
 *
 * @license GPL-2.0-or-later
 */
class TranslateMarkupCleaner {

	public function clean( string $text ): string {
		$text = preg_replace_callback(
			'!<noinclude>.*?</noinclude>!s',
			static fn ( array $m ) => str_repeat( "\n", substr_count( $m[0], "\n" ) ),
			$text
		) ?? $text;
		$text = preg_replace( [
			'!</?translate>!',
			'/<!--T:[^>]*?-->[ \t]*/',
			'!<languages\s*/>!',
			// Translate syntax 2 (<tvar name="x">v</tvar>) and the older <tvar|x>v</>.
			'!<tvar\s+name\s*=\s*"?[^">]*"?\s*>(.*?)</tvar>!s',
			'!<tvar\|[^>]*>(.*?)</>!s',
		], [ '', '', '', '$1', '$1' ], $text ) ?? $text;
		// "== <!--T:1--> Title ==" leaves a space; headings are trimmed anyway.
		return $text;
	}
}
