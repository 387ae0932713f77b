<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Catalog;

/**
 * The catalog, cached (design record 0004, §2): the service `Trainings.ModuleCatalog`,
 * which callers type-hint as CatalogLookup.
 *
 * Each distinct query, course module list and the language list is cached for a day by
 * CatalogCache, until a Training page's properties change or the page is deleted, moved or
 * restored (Hooks\CatalogInvalidationHandler): a catalog page is fresh right after an edit,
 * and cached until the next one.
 *
 * Cached values are plain arrays (CatalogPage::toArray()), never objects, so a change of
 * class cannot break a cached value.
 *
 * @license GPL-2.0-or-later
 */
class CachedModuleCatalog implements CatalogLookup {

	/**
	 * @param CatalogLookup $catalog The uncached catalog (ModuleCatalog)
	 * @param CatalogCache $cache
	 */
	public function __construct(
		private readonly CatalogLookup $catalog,
		private readonly CatalogCache $cache
	) {
	}

	/**
	 * @inheritDoc
	 */
	public function find( CatalogQuery $query ): CatalogPage {
		return CatalogPage::fromArray( $this->cache->getWithSetCallback(
			'find',
			$query->cacheKeyParts(),
			fn () => $this->catalog->find( $query )->toArray()
		) );
	}

	/**
	 * @inheritDoc
	 */
	public function findByKeys( array $dbKeys ): array {
		$dbKeys = array_values( array_unique( array_map( 'strval', $dbKeys ) ) );
		if ( $dbKeys === [] ) {
			return [];
		}
		$data = $this->cache->getWithSetCallback(
			'keys',
			[ md5( implode( '|', $dbKeys ) ) ],
			fn () => array_map(
				static fn ( CatalogEntry $entry ) => $entry->toArray(),
				// A list: keeps the order asked, whatever the cache does with numeric-looking keys.
				array_values( $this->catalog->findByKeys( $dbKeys ) )
			)
		);
		$entries = [];
		foreach ( $data as $entryData ) {
			$entry = CatalogEntry::fromArray( (array)$entryData );
			$entries[$entry->getDBkey()] = $entry;
		}
		return $entries;
	}

	/**
	 * @inheritDoc
	 */
	public function listLanguages(): array {
		$data = $this->cache->getWithSetCallback( 'languages', [], fn () => $this->catalog->listLanguages() );
		return array_values( array_map( 'strval', $data ) );
	}

}
