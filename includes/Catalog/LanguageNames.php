<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Catalog;

use MediaWiki\Languages\LanguageNameUtils;

/**
 * The names of languages in one interface language, each looked up once: the catalog's cards
 * and its language filter name the same languages many times.
 *
 * @license GPL-2.0-or-later
 */
class LanguageNames {

	/** @var array<string,string> By code */
	private array $names = [];

	/**
	 * @param LanguageNameUtils $languageNameUtils
	 * @param string $inLanguage The code of the language the names are in (the user's)
	 */
	public function __construct(
		private readonly LanguageNameUtils $languageNameUtils,
		private readonly string $inLanguage
	) {
	}

	/**
	 * @param string $code A language code
	 * @return string Its name in the user's language, else its own name, else the code
	 */
	public function name( string $code ): string {
		if ( !isset( $this->names[$code] ) ) {
			$name = $this->languageNameUtils->getLanguageName( $code, $this->inLanguage );
			if ( $name === '' ) {
				$name = $this->languageNameUtils->getLanguageName( $code );
			}
			$this->names[$code] = $name === '' ? $code : $name;
		}
		return $this->names[$code];
	}

}
