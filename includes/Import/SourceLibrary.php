<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Import;

/**
 * A Dashboard library: name, introduction and categories, each category a title, a
 * description and module slugs in order. Immutable.
 *
 * @license GPL-2.0-or-later
 */
final class SourceLibrary {

	/**
	 * @param string $slug
	 * @param string $name
	 * @param string $introduction
	 * @param list<array{title:string,description:string,modules:list<string>}> $categories
	 * @param string $source
	 * @param string $version
	 */
	public function __construct(
		public readonly string $slug,
		public readonly string $name,
		public readonly string $introduction,
		public readonly array $categories,
		public readonly string $source,
		public readonly string $version
	) {
	}

	/** @return list<string> Module slugs of every category, in order, each once */
	public function moduleSlugs(): array {
		$slugs = [];
		foreach ( $this->categories as $category ) {
			foreach ( $category['modules'] as $slug ) {
				$slugs[$slug] = true;
			}
		}
		return array_map( 'strval', array_keys( $slugs ) );
	}
}
