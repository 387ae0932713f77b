<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Import;

/**
 * A Dashboard module: metadata, its slides in order (null for a slide listed but missing),
 * translated names and descriptions, and where it was read. Immutable.
 *
 * @license GPL-2.0-or-later
 */
final class SourceModule {

	/**
	 * @param string $slug
	 * @param string $name
	 * @param string $description Source markup (Markdown or wikitext)
	 * @param string $estimatedTtc Free text such as "15-25 minutes"
	 * @param array<string,?SourceSlide> $slides By slug, in order
	 * @param array<string,array{name:string,description:string}> $translations By language code
	 * @param string $source Page title or file path
	 * @param string $version Revision id or content hash
	 */
	public function __construct(
		public readonly string $slug,
		public readonly string $name,
		public readonly string $description,
		public readonly string $estimatedTtc,
		public readonly array $slides,
		public readonly array $translations,
		public readonly string $source,
		public readonly string $version
	) {
	}
}
