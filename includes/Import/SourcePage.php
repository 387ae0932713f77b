<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Import;

/**
 * One page of the source wiki at the revision read: title, text, revision id. Immutable.
 *
 * @license GPL-2.0-or-later
 */
final class SourcePage {

	public function __construct(
		public readonly string $title,
		public readonly string $text,
		public readonly int $revision
	) {
	}
}
