<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Translation;

/**
 * How complete one language version of a module is, as a translation system reports it.
 * Immutable.
 *
 * @license GPL-2.0-or-later
 */
final class Completeness {

	/**
	 * @param float $ratio Share of the translation units translated and up to date, 0…1
	 * @param int $outdated How many units have an outdated translation (fuzzy)
	 */
	public function __construct(
		public readonly float $ratio,
		public readonly int $outdated = 0
	) {
	}

	public static function complete(): self {
		return new self( 1.0, 0 );
	}

	/**
	 * @return int Percentage translated, 0…100, rounded down (so 99.6 % is not "100 %")
	 */
	public function percent(): int {
		return (int)floor( max( 0.0, min( 1.0, $this->ratio ) ) * 100 );
	}

}
