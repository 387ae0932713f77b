<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Import;

/**
 * Everything one source holds, as read: libraries and modules (modules keyed by slug), the
 * source's language, and its kind for edit summaries. Immutable.
 *
 * @license GPL-2.0-or-later
 */
final class SourceSet {

	/**
	 * @param string $origin Where it came from, for edit summaries ("Meta-Wiki export", a URL, a folder)
	 * @param list<SourceLibrary> $libraries
	 * @param array<string,SourceModule> $modules
	 */
	public function __construct(
		public readonly string $origin,
		public readonly array $libraries,
		public readonly array $modules
	) {
	}

	public function slideCount(): int {
		$count = 0;
		foreach ( $this->modules as $module ) {
			$count += count( array_filter( $module->slides ) );
		}
		return $count;
	}
}
