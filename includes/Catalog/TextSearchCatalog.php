<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Catalog;

use ISearchResultSet;
use MediaWiki\Extension\Trainings\Content\LanguageSubpage;
use MediaWiki\Extension\Trainings\Reviews\ReviewStore;
use MediaWiki\Status\Status;
use SearchEngineFactory;
use SearchResult;

/**
 * Search inside modules (design record 0023): a query that searches the text
 * (CatalogQuery::searchesText()) asks the wiki's own search engine (the database search, or
 * CirrusSearch where installed) for Training pages, maps each language version found to its
 * module (`X/fr` → `X`, found in `fr`), and lists those modules through the catalog with every
 * other filter of the query applied. Other queries pass through.
 *
 * Language versions count only when readers get them (a shown review, design record 0017),
 * as in the catalog's own search. The search engine indexes the latest text of each page, so
 * words of an edit waiting for review can find its module too.
 *
 * @license GPL-2.0-or-later
 */
class TextSearchCatalog implements CatalogLookup {

	/** Pages asked from the search engine: the modules found are then filtered and paged. */
	public const SEARCH_LIMIT = 500;

	/**
	 * @param CatalogLookup $catalog The catalog the modules found are listed from
	 * @param SearchEngineFactory $searchEngineFactory
	 * @param LanguageSubpage $languageSubpage
	 * @param ReviewStore $reviewStore
	 * @param string $sourceLanguage The wiki's content language code
	 */
	public function __construct(
		private readonly CatalogLookup $catalog,
		private readonly SearchEngineFactory $searchEngineFactory,
		private readonly LanguageSubpage $languageSubpage,
		private readonly ReviewStore $reviewStore,
		private readonly string $sourceLanguage
	) {
	}

	/**
	 * @inheritDoc
	 */
	public function find( CatalogQuery $query ): CatalogPage {
		if ( !$query->searchesText() ) {
			return $this->catalog->find( $query );
		}
		$found = $this->search( $query->getSearch() );
		$keys = array_keys( $found );
		if ( $query->getModuleKeys() !== null ) {
			$keys = array_intersect( $keys, $query->getModuleKeys() );
		}
		$page = $this->catalog->find( $query->withModuleKeys( array_map( 'strval', $keys ) ) );
		$foundIn = [];
		foreach ( $page->getEntries() as $entry ) {
			$foundIn[$entry->getDBkey()] = $found[$entry->getDBkey()] ?? [];
		}
		return $page->withFoundIn( $foundIn );
	}

	/**
	 * @inheritDoc
	 */
	public function findByKeys( array $dbKeys ): array {
		return $this->catalog->findByKeys( $dbKeys );
	}

	/**
	 * @inheritDoc
	 */
	public function listLanguages(): array {
		return $this->catalog->listLanguages();
	}

	/**
	 * @param string $text What the reader typed
	 * @return array<string,list<string>> The modules found (DB keys), each with the languages of
	 *  the versions whose text matched, in the search engine's order
	 */
	private function search( string $text ): array {
		$engine = $this->searchEngineFactory->create();
		$engine->setNamespaces( [ NS_TRAINING ] );
		$engine->setLimitOffset( self::SEARCH_LIMIT );
		$engine->setShowSuggestion( false );
		$results = $engine->searchText( $text );
		if ( $results instanceof Status ) {
			$results = $results->isOK() ? $results->getValue() : null;
		}
		if ( !$results instanceof ISearchResultSet ) {
			return [];
		}
		$versions = [];
		foreach ( $results as $result ) {
			/** @var SearchResult $result */
			$title = $result->getTitle();
			if ( $title === null || $result->isBrokenTitle() || $result->isMissingRevision()
				|| $title->getNamespace() !== NS_TRAINING
			) {
				continue;
			}
			$language = $this->languageSubpage->languageCodeOf( $title );
			$dbKey = $title->getDBkey();
			$module = $language === null ? $dbKey : substr( $dbKey, 0, (int)strrpos( $dbKey, '/' ) );
			// Other subpages are neither modules nor versions.
			if ( !str_contains( $module, '/' ) ) {
				$versions[] = [ $module, $language, $title->getArticleID() ];
			}
		}
		// Only the versions readers get count (design record 0017).
		$reviews = $this->reviewStore->getMany( array_column( array_filter( $versions,
			static fn ( array $version ) => $version[1] !== null ), 2 ) );
		$found = [];
		foreach ( $versions as [ $module, $language, $pageId ] ) {
			if ( $language !== null && !( isset( $reviews[$pageId] ) && $reviews[$pageId]->isShown() ) ) {
				continue;
			}
			$found[$module][] = $language ?? $this->sourceLanguage;
		}
		return array_map( static fn ( array $codes ) => array_values( array_unique( $codes ) ), $found );
	}

}
