<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Translation;

use MediaWiki\Extension\Trainings\Content\LanguageSubpage;
use MediaWiki\Languages\LanguageFallback;
use MediaWiki\Title\Title;
use Wikimedia\Rdbms\IConnectionProvider;

/**
 * Picks the language version of a module a reader gets (SPEC "Translations"; translate.md
 * §3.2): `Training:X/<code>` for the first code of the reader's language, its explicit
 * fallbacks, the module's source language (the base page itself), then the rest of
 * MediaWiki's message fallback chain (which ends with `en`), that exists. The source comes
 * before the implicit `en` so that a German module read in Frisian is shown in German, not in
 * a partial English copy.
 *
 * Which versions exist is read in one query: the base page's subpages (`page_title LIKE
 * 'X/%'`, on the name-title index) that are known language tags and not redirects. The same
 * list is the language switcher's. `X/<source>` (Translate creates `X/en` for an English
 * source) is the source, not another version: the base page stands for it.
 *
 * @license GPL-2.0-or-later
 */
class LanguageVersionResolver {

	public const SERVICE_NAME = 'Trainings.LanguageVersionResolver';

	public function __construct(
		private readonly IConnectionProvider $connectionProvider,
		private readonly LanguageFallback $languageFallback,
		private readonly LanguageSubpage $languageSubpage,
		private readonly CompletenessSource $completenessSource
	) {
	}

	/**
	 * @param Title $title The module's base page or one of its language versions
	 * @return Title The base page (`Training:X` for `Training:X/fr`)
	 */
	public function baseOf( Title $title ): Title {
		if ( $this->languageSubpage->languageCodeOf( $title ) === null ) {
			return $title;
		}
		$text = $title->getText();
		return Title::makeTitle( NS_TRAINING, substr( $text, 0, (int)strrpos( $text, '/' ) ) );
	}

	/**
	 * @param string $language A reader's language code
	 * @param string $sourceLanguage The module's source language code
	 * @return list<string> Codes to try, best first
	 */
	public function candidates( string $language, string $sourceLanguage ): array {
		$chains = $this->readerChains( $language );
		return array_values( array_unique( array_merge( $chains['strict'], [ $sourceLanguage ], $chains['all'] ) ) );
	}

	/**
	 * A reader's language and its fallbacks, for choosing a version without a query where the
	 * versions are known (the catalog's entries), and for the browser's choices that stay
	 * there (the language notice, resources/src/shared/languageChoice.ts).
	 *
	 * @param string $language A reader's language code
	 * @return array{strict:list<string>,all:list<string>} The language then its explicit
	 *  fallbacks; the language then its whole message fallback chain (ending with `en`)
	 */
	public function readerChains( string $language ): array {
		return [
			'strict' => array_values( array_unique( array_merge( [ $language ],
				$this->languageFallback->getAll( $language, LanguageFallback::STRICT ) ) ) ),
			'all' => array_values( array_unique( array_merge( [ $language ],
				$this->languageFallback->getAll( $language, LanguageFallback::MESSAGES ) ) ) ),
		];
	}

	/**
	 * The version a reader gets among versions already known, without a query: the same choice
	 * as resolve(), for links to many modules at once (the catalog).
	 *
	 * @param list<string> $languages Codes of a module's versions, its source language first
	 * @param string $language The reader's language code
	 * @return string|null The code of the `/<code>` version to link to; null for the base page
	 */
	public function bestOf( array $languages, string $language ): ?string {
		$source = $languages[0] ?? null;
		if ( $source === null ) {
			return null;
		}
		foreach ( $this->candidates( $language, $source ) as $code ) {
			if ( $code === $source ) {
				return null;
			}
			if ( in_array( $code, $languages, true ) ) {
				return $code;
			}
		}
		return null;
	}

	/**
	 * How complete the versions are that catalog cards link to, for a reader: the cards of one
	 * catalog page in one query per language version shown (almost always one), no query when
	 * every card links to a source page.
	 *
	 * @param array<string,ModuleVersions> $modules Modules of one catalog page, by a key of
	 *  the caller's (the catalog's DB keys)
	 * @param string $language The reader's language code
	 * @return array<string,array{code:string,completeness:Completeness}> By the same keys,
	 *  for those linking to a translation whose completeness is known
	 */
	public function completenessOfReaderVersions( array $modules, string $language ): array {
		$byCode = [];
		foreach ( $modules as $key => $module ) {
			$code = $this->bestOf( $module->languages, $language );
			if ( $code !== null ) {
				$byCode[$code][(string)$key] = Title::newFromPageIdentity( $module->base );
			}
		}
		$result = [];
		foreach ( $byCode as $code => $bases ) {
			$found = $this->completenessSource->getCompletenessInLanguage( (string)$code, array_values( $bases ) );
			foreach ( $bases as $key => $base ) {
				$completeness = $found[$base->getPrefixedDBkey()] ?? null;
				if ( $completeness !== null ) {
					$result[(string)$key] = [ 'code' => (string)$code, 'completeness' => $completeness ];
				}
			}
		}
		return $result;
	}

	/**
	 * @param Title $base The module's base page (in the Training namespace, no language subpage)
	 * @param string $language The reader's language code
	 * @return ResolvedVersion
	 */
	public function resolve( Title $base, string $language ): ResolvedVersion {
		$sourceLanguage = $base->getPageLanguage()->getCode();
		$available = $this->availableVersions( $base, $sourceLanguage );
		$chosen = $available[0];
		foreach ( $this->candidates( $language, $sourceLanguage ) as $code ) {
			foreach ( $available as $version ) {
				if ( $version->code === $code ) {
					$chosen = $version;
					break 2;
				}
			}
		}
		return new ResolvedVersion( $base, $language, $chosen, $available );
	}

	/**
	 * @param Title $base
	 * @param string $sourceLanguage
	 * @return non-empty-list<LanguageVersion> The source first, then the others by code
	 */
	private function availableVersions( Title $base, string $sourceLanguage ): array {
		$dbr = $this->connectionProvider->getReplicaDatabase();
		$prefix = $base->getDBkey() . '/';
		$titles = LanguageSubpage::subpageTitlesQuery( $dbr, $base->getDBkey() )
			->caller( __METHOD__ )
			->fetchFieldValues();
		$pages = [];
		foreach ( $titles as $dbKey ) {
			$page = Title::makeTitle( NS_TRAINING, (string)$dbKey );
			$code = $this->languageSubpage->languageCodeOf( $page );
			// Only direct subpages (X/fr, not X/Notes/fr); X/<source> is the base page itself.
			if ( $code !== null && $code !== $sourceLanguage && (string)$dbKey === $prefix . $code ) {
				$pages[$code] = $page;
			}
		}
		ksort( $pages );
		$completeness = $pages === [] ? [] :
			$this->completenessSource->getCompleteness( $base, $sourceLanguage, array_keys( $pages ) );
		$versions = [ new LanguageVersion( $sourceLanguage, $base, true, Completeness::complete() ) ];
		foreach ( $pages as $code => $page ) {
			$versions[] = new LanguageVersion( (string)$code, $page, false, $completeness[$code] ?? null );
		}
		return $versions;
	}

	/**
	 * @param Title $base
	 * @param string $code
	 * @return string Local URL where a reader helps translate the module into that language
	 */
	public function translateUrl( Title $base, string $code ): string {
		return $this->completenessSource->getTranslateUrl( $base, $code );
	}

}
