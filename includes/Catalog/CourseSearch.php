<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Catalog;

/**
 * Courses follow the catalog's search and filters (design record 0023): a course is listed
 * when it matches the query itself, or when one of its modules does; the modules that match
 * are named. Without a search or filter every course is listed. Three catalog queries, each
 * cached, whatever the number of courses: every course, the courses matching, the modules of
 * those courses matching.
 *
 * @license GPL-2.0-or-later
 */
class CourseSearch {

	public const SERVICE_NAME = 'Trainings.CourseSearch';

	public function __construct(
		private readonly CatalogLookup $catalog
	) {
	}

	/**
	 * @param CatalogQuery $query The modules' query (its search, filters and statuses)
	 * @return list<CourseMatch> By title
	 */
	public function find( CatalogQuery $query ): array {
		$all = $this->all( $query );
		if ( !$query->isFiltering() ) {
			return array_map( static fn ( CatalogEntry $course ) => new CourseMatch( $course, [] ), $all );
		}
		$keys = [];
		foreach ( $all as $course ) {
			$keys = array_merge( $keys, $course->getModuleKeys() );
		}
		$modules = $this->keysOf( $query->withKind( CatalogQuery::KIND_MODULE )
			->withModuleKeys( array_values( array_unique( $keys ) ), true ) );
		$courses = $this->keysOf( $query->withKind( CatalogQuery::KIND_COURSE ) );
		$matches = [];
		foreach ( $all as $course ) {
			$matching = array_values( array_filter( $course->getModuleKeys(),
				static fn ( string $key ) => isset( $modules[$key] ) ) );
			if ( $matching !== [] || isset( $courses[$course->getDBkey()] ) ) {
				$matches[] = new CourseMatch( $course, $matching );
			}
		}
		return $matches;
	}

	/**
	 * @param CatalogQuery $query Only its statuses count
	 * @return list<CatalogEntry> Every course in those statuses, by title
	 */
	public function all( CatalogQuery $query ): array {
		return $this->catalog->find( CatalogQuery::fromParameters( [
			'kind' => CatalogQuery::KIND_COURSE,
			'status' => $query->getStatuses(),
			'limit' => CatalogQuery::maxLimit(),
		] ) )->getEntries();
	}

	/**
	 * @return array<string,true> The DB keys of every entry the query finds, over all its pages
	 */
	private function keysOf( CatalogQuery $query ): array {
		$keys = [];
		$query = $query->withLimit( CatalogQuery::maxLimit() )->withContinue( null );
		do {
			$page = $this->catalog->find( $query );
			foreach ( $page->getEntries() as $entry ) {
				$keys[$entry->getDBkey()] = true;
			}
			$continue = $page->getContinue();
			$query = $query->withContinue( $continue );
		} while ( $continue !== null );
		return $keys;
	}

}
