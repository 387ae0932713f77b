<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Catalog;

use MediaWiki\Extension\Trainings\Content\ModuleProperties;
use MediaWiki\Extension\Trainings\Content\SearchKey;
use MediaWiki\Extension\Trainings\Reviews\ReviewedProperties;
use MediaWiki\Extension\Trainings\Translation\Completeness;
use MediaWiki\Extension\Trainings\Translation\LanguageVersionResolver;
use MediaWiki\Extension\Trainings\Translation\ModuleVersions;
use MediaWiki\Language\LanguageCode;
use MediaWiki\Languages\LanguageFactory;
use stdClass;
use Wikimedia\Rdbms\IConnectionProvider;

/**
 * The words of the versions catalog readers get (SPEC "Translations"): for the cards of one
 * catalog page, the version LanguageVersionResolver::bestOf() links to, with that version's
 * title and summary as readers get them (its reviewed properties, design record 0017: a
 * Translate translation's translated units, a hand-made page's own metadata) and the language
 * of each; with a search, the version whose words were found. One query for the words, plus
 * the completeness figures
 * (LanguageVersionResolver::completenessOfReaderVersions()); none when every card shows a
 * source page.
 *
 * @license GPL-2.0-or-later
 */
class ReaderVersionLookup {

	public const SERVICE_NAME = 'Trainings.ReaderVersionLookup';

	private const PROPERTIES = [
		ModuleProperties::TITLE, ModuleProperties::SUMMARY,
		ModuleProperties::TITLE_LANGUAGE, ModuleProperties::SUMMARY_LANGUAGE,
	];

	public function __construct(
		private readonly IConnectionProvider $connectionProvider,
		private readonly LanguageFactory $languageFactory,
		private readonly LanguageVersionResolver $resolver,
		private readonly string $contentLanguage
	) {
	}

	/**
	 * @param list<CatalogEntry> $entries Modules and courses of one catalog page
	 * @param string $language The reader's language code
	 * @param string $search The catalog's search text: a card that would show the source,
	 *  found by the words of a version, shows (and links to) that version
	 * @param array<string,?string> $chosen Versions already chosen, by DB key (null: the source):
	 *  those a search inside modules found (design record 0023)
	 * @return array<string,ReaderVersion> By the entries' DB keys, one for each entry
	 */
	public function forEntries( array $entries, string $language, string $search = '', array $chosen = [] ): array {
		$readerCodes = [];
		foreach ( $entries as $entry ) {
			$readerCodes[$entry->getDBkey()] = $this->resolver->bestOf( $entry->getLanguages(), $language );
		}
		$codes = array_replace( $readerCodes, array_intersect_key( $chosen, $readerCodes ) );
		$words = SearchKey::words( $search );
		$properties = $this->properties( $this->pagesToRead( $entries, $codes, $words !== [] ), $words !== [] );
		if ( $words !== [] ) {
			foreach ( $entries as $entry ) {
				$key = $entry->getDBkey();
				if ( !array_key_exists( $key, $chosen ) ) {
					$codes[$key] = $this->matchingVersion( $entry, $language, $codes[$key], $words, $properties );
				}
			}
		}
		$completeness = array_filter( $readerCodes ) === [] ? []
			: $this->resolver->completenessOfReaderVersions( $this->moduleVersions( $entries ), $language );
		$versions = [];
		foreach ( $entries as $entry ) {
			$key = $entry->getDBkey();
			$code = $codes[$key];
			$versions[$key] = $this->version(
				$entry, $code, $code === null ? [] : $properties["$key/$code"] ?? [],
				// The figures are those of the reader's version.
				$code === $readerCodes[$key] ? $completeness[$key]['completeness'] ?? null : null
			);
		}
		return $versions;
	}

	/**
	 * After a search inside modules, the versions whose text matched (design record 0023): a
	 * card found by the words of a version shows that version, in its words. Special:Trainings
	 * and `list=trainings` pass these to forEntries() alike.
	 *
	 * @param CatalogPage $page A page of results
	 * @param string $language The reader's language code
	 * @return array<string,?string> Language code (null: the source) by DB key, for the entries
	 *  the search found
	 */
	public function foundVersions( CatalogPage $page, string $language ): array {
		$chosen = [];
		foreach ( $page->getEntries() as $entry ) {
			$foundIn = $page->getFoundIn( $entry->getDBkey() );
			if ( $foundIn !== [] ) {
				$chosen[$entry->getDBkey()] = TextSearchLink::versionToLink( $this->resolver,
					$entry->getLanguages(), $foundIn, $language );
			}
		}
		return $chosen;
	}

	/**
	 * @param list<CatalogEntry> $entries
	 * @return array<string,ModuleVersions> What Translation needs of them, by DB key
	 */
	private function moduleVersions( array $entries ): array {
		$modules = [];
		foreach ( $entries as $entry ) {
			$modules[$entry->getDBkey()] = new ModuleVersions( $entry->getPage(), $entry->getLanguages() );
		}
		return $modules;
	}

	/**
	 * @param list<CatalogEntry> $entries
	 * @param array<string,?string> $codes The reader's version of each entry
	 * @param bool $allVersions Every version (a search), not only the reader's
	 * @return list<string> DB keys of the pages whose properties are needed
	 */
	private function pagesToRead( array $entries, array $codes, bool $allVersions ): array {
		$pages = [];
		foreach ( $entries as $entry ) {
			$key = $entry->getDBkey();
			if ( !$allVersions ) {
				if ( $codes[$key] !== null ) {
					$pages[] = $key . '/' . $codes[$key];
				}
				continue;
			}
			$pages[] = $key;
			foreach ( array_slice( $entry->getLanguages(), 1 ) as $code ) {
				$pages[] = $key . '/' . $code;
			}
		}
		return $pages;
	}

	/**
	 * The version whose words the search found, for a reader who gets the source (no version
	 * in their language or its fallbacks): the source when it has them all, else the first
	 * version that has, in the reader's order (LanguageVersionResolver::candidates()). A reader
	 * with a version of their own keeps it.
	 *
	 * @param CatalogEntry $entry
	 * @param string $language
	 * @param string|null $code The reader's version
	 * @param list<string> $words Folded search words
	 * @param array<string,array<string,string>> $properties By page DB key
	 * @return string|null The code of the version to show; null for the source
	 */
	private function matchingVersion(
		CatalogEntry $entry, string $language, ?string $code, array $words, array $properties
	): ?string {
		if ( $code !== null ) {
			return $code;
		}
		$languages = $entry->getLanguages();
		$source = $languages[0] ?? $this->contentLanguage;
		$order = array_unique( array_merge( [ $source ], $this->resolver->candidates( $language, $source ),
			$languages ) );
		foreach ( $order as $candidate ) {
			if ( $candidate !== $source && !in_array( $candidate, $languages, true ) ) {
				continue;
			}
			$page = $candidate === $source ? $entry->getDBkey() : $entry->getDBkey() . '/' . $candidate;
			$key = $properties[$page][ModuleProperties::SEARCH_KEY] ?? '';
			if ( array_filter( $words, static fn ( string $word ) => !str_contains( $key, $word ) ) === [] ) {
				return $candidate === $source ? null : $candidate;
			}
		}
		return $code;
	}

	/**
	 * @param CatalogEntry $entry
	 * @param string|null $code
	 * @param array<string,string> $properties The version's properties; none for the source
	 * @param Completeness|null $completeness
	 */
	private function version(
		CatalogEntry $entry, ?string $code, array $properties, ?Completeness $completeness
	): ReaderVersion {
		$source = $entry->getLanguages()[0] ?? $this->contentLanguage;
		$language = $code ?? $source;
		// A version without metadata of its own shows the source's words, in the source's language.
		$title = $properties[ModuleProperties::TITLE] ?? null;
		$summary = $properties[ModuleProperties::SUMMARY] ?? null;
		return new ReaderVersion(
			$code,
			$this->text( $title ?? $entry->getDisplayTitle(),
				$title === null ? $source : $properties[ModuleProperties::TITLE_LANGUAGE] ?? $language ),
			$this->text( $summary ?? $entry->getSummary(),
				$summary === null ? $source : $properties[ModuleProperties::SUMMARY_LANGUAGE] ?? $language ),
			$completeness
		);
	}

	private function text( string $text, string $language ): LocalizedText {
		return new LocalizedText( $text, $language, LanguageCode::bcp47( $language ),
			$this->languageFactory->getLanguage( $language )->getDir() );
	}

	/**
	 * @param list<string> $subpages DB keys of `X/<code>` pages (and base pages for a search)
	 * @param bool $searchKeys Read their search keys too
	 * @return array<string,array<string,string>> Their properties by DB key and name
	 */
	private function properties( array $subpages, bool $searchKeys ): array {
		if ( $subpages === [] ) {
			return [];
		}
		$rows = $this->connectionProvider->getReplicaDatabase()->newSelectQueryBuilder()
			->select( [ 'page_title', 'trp_propname', 'trp_value' ] )
			->from( 'page' )
			->join( ReviewedProperties::TABLE, null, 'trp_page = page_id' )
			->where( [
				'page_namespace' => NS_TRAINING,
				'page_title' => $subpages,
				'trp_propname' => $searchKeys
					? [ ...self::PROPERTIES, ModuleProperties::SEARCH_KEY ] : self::PROPERTIES,
			] )
			->caller( __METHOD__ )
			->fetchResultSet();
		$properties = [];
		foreach ( $rows as $row ) {
			/** @var stdClass $row */
			$properties[(string)$row->page_title][(string)$row->trp_propname] = (string)$row->trp_value;
		}
		return $properties;
	}

}
