<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Translation;

use MediaWiki\Title\Title;

/**
 * Which language version of a module a reader gets, and which others there are. Immutable.
 *
 * @license GPL-2.0-or-later
 */
final class ResolvedVersion {

	/**
	 * @param Title $base The module's base page
	 * @param string $requested The reader's language code
	 * @param LanguageVersion $chosen The best existing version for that language
	 * @param list<LanguageVersion> $available Every existing version, the source first, then by code
	 */
	public function __construct(
		public readonly Title $base,
		public readonly string $requested,
		public readonly LanguageVersion $chosen,
		public readonly array $available
	) {
	}

	/**
	 * @return bool Whether the reader gets another language than theirs (a fallback
	 *  language or the source language)
	 */
	public function fellBack(): bool {
		return $this->chosen->code !== $this->requested;
	}

	/**
	 * @param string $code
	 * @return LanguageVersion|null The version in that language, if it exists
	 */
	public function version( string $code ): ?LanguageVersion {
		foreach ( $this->available as $version ) {
			if ( $version->code === $code ) {
				return $version;
			}
		}
		return null;
	}

}
