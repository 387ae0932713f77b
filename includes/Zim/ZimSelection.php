<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Zim;

/**
 * What a ZIM file of one language holds: the published courses and modules, each in the
 * language version a reader of that language gets. Immutable.
 *
 * @license GPL-2.0-or-later
 */
final class ZimSelection {

	/** @var array<string,ZimEntry> */
	private array $byKey = [];

	/**
	 * @param string $language
	 * @param list<ZimEntry> $courses In catalog order
	 * @param list<ZimEntry> $modules In catalog order (by title)
	 */
	public function __construct(
		public readonly string $language,
		public readonly array $courses,
		public readonly array $modules
	) {
		foreach ( array_merge( $courses, $modules ) as $entry ) {
			$this->byKey[$entry->entry->getDBkey()] = $entry;
		}
	}

	/**
	 * @param string $dbKey A base page's DB key
	 * @return ZimEntry|null The entry when the file holds it
	 */
	public function get( string $dbKey ): ?ZimEntry {
		return $this->byKey[$dbKey] ?? null;
	}

	/**
	 * @return list<ZimEntry> Courses, then modules
	 */
	public function all(): array {
		return array_merge( $this->courses, $this->modules );
	}

	/**
	 * @return int How many modules are in the file in its own language (not a fallback)
	 */
	public function translatedModules(): int {
		return count( array_filter(
			$this->modules,
			fn ( ZimEntry $entry ) => $entry->version->code === $this->language
		) );
	}
}
