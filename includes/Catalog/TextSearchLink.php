<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Catalog;

use MediaWiki\Extension\Trainings\Translation\LanguageVersionResolver;

/**
 * Which version a card links to after a search inside modules (design record 0023): the
 * version the reader gets when its text matched, else the matching version closest to the
 * reader's language, else the first that matched. A word found only in `/fr` leads to `/fr`.
 *
 * @license GPL-2.0-or-later
 */
final class TextSearchLink {

	private function __construct() {
		// Static helpers only.
	}

	/**
	 * @param LanguageVersionResolver $resolver
	 * @param list<string> $languages The module's languages, source first
	 * @param list<string> $foundIn The languages whose text matched; empty without a text search
	 * @param string $readerLanguage
	 * @return string|null The language code of the version to link to, null for the base page
	 */
	public static function versionToLink(
		LanguageVersionResolver $resolver, array $languages, array $foundIn, string $readerLanguage
	): ?string {
		$source = $languages[0] ?? null;
		$best = $resolver->bestOf( $languages, $readerLanguage );
		$foundIn = array_values( array_intersect( $foundIn, $languages ) );
		if ( $foundIn === [] || in_array( $best ?? $source, $foundIn, true ) ) {
			return $best;
		}
		// The reader's chain over the matching versions only (the source, when it matched, first
		// in the list as bestOf() wants it).
		$matching = array_values( array_unique( array_merge(
			in_array( $source, $foundIn, true ) ? [ (string)$source ] : [], $foundIn ) ) );
		$closest = $resolver->bestOf( $matching, $readerLanguage );
		$chosen = $closest ?? $matching[0];
		return $chosen === $source ? null : $chosen;
	}

}
