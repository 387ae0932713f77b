<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Import;

/**
 * One answer of a Dashboard quiz: its id (1-9 on-wiki, any integer in YAML), its text and
 * the explanation shown when it is chosen, both in the source's markup. Immutable.
 *
 * @license GPL-2.0-or-later
 */
final class SourceAnswer {

	public function __construct(
		public readonly int $id,
		public readonly string $text,
		public readonly string $explanation
	) {
	}
}
