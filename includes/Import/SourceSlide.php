<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Import;

/**
 * A Dashboard slide: its slug (the step's stable identity once imported), its numeric id,
 * the revision or content hash it was read at, and its text per language (the source
 * language's always, translations when the source has them). Immutable.
 *
 * @license GPL-2.0-or-later
 */
final class SourceSlide {

	/**
	 * @param string $slug
	 * @param int $id
	 * @param string $source Page title or file path
	 * @param string $version Revision id (on-wiki) or content hash (YAML)
	 * @param SlideText $text In the source language
	 * @param array<string,SlideText> $translations By language code
	 */
	public function __construct(
		public readonly string $slug,
		public readonly int $id,
		public readonly string $source,
		public readonly string $version,
		public readonly SlideText $text,
		public readonly array $translations
	) {
	}
}
