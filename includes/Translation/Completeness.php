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
	 * The percentage Translate shows for the same figures, so that its header and language bar
	 * and ours never disagree: the ratio formatted with two decimals, as
	 * `TranslatablePage::getTranslationPercentages()` does (REL1_43), times 100.
	 *
	 * @return int Percentage translated, 0…100, rounded to the nearest as Translate rounds
	 */
	public function percent(): int {
		return (int)round( (float)sprintf( '%.2f', max( 0.0, min( 1.0, $this->ratio ) ) ) * 100 );
	}

	/**
	 * @return bool Whether every unit is translated and none is outdated (a version at 99.6 %
	 *  shows "100 %", as in Translate, and is still partial)
	 */
	public function isComplete(): bool {
		return $this->ratio >= 1.0 && $this->outdated === 0;
	}

}
