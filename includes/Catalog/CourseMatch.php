<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Catalog;

/**
 * A course the catalog lists for a search or filters, with the modules of it that match
 * (design record 0023). Immutable.
 *
 * @license GPL-2.0-or-later
 */
final class CourseMatch {

	/**
	 * @param CatalogEntry $course
	 * @param list<string> $matchingModules DB keys of its modules that match, in the course's
	 *  order; empty when nothing is filtered or only the course itself matches
	 */
	public function __construct(
		public readonly CatalogEntry $course,
		public readonly array $matchingModules
	) {
	}

	public function moduleMatches( string $dbKey ): bool {
		return in_array( $dbKey, $this->matchingModules, true );
	}

}
