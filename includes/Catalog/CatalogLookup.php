<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Catalog;

/**
 * Reads the catalog of training modules and courses (design record 0004, §1, §2).
 *
 * The service `Trainings.ModuleCatalog` is of this type: CachedModuleCatalog in front of
 * ModuleCatalog. Special pages and API modules type-hint this interface.
 *
 * @license GPL-2.0-or-later
 */
interface CatalogLookup {

	public const SERVICE_NAME = 'Trainings.ModuleCatalog';

	/**
	 * One page of the modules (or courses) that match the query.
	 */
	public function find( CatalogQuery $query ): CatalogPage;

	/**
	 * The modules or courses with these DB keys (in the Training namespace), whatever their
	 * status: for the modules of the courses shown.
	 *
	 * @param string[] $dbKeys
	 * @return array<string,CatalogEntry> By DB key, in the order asked; missing pages, redirects
	 *  and language subpages left out
	 */
	public function findByKeys( array $dbKeys ): array;

	/**
	 * @return list<string> The codes of the languages that have at least one module version,
	 *  the wiki's content language first, the others sorted
	 */
	public function listLanguages(): array;

}
