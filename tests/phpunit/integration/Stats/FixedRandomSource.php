<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Tests\Integration\Stats;

use MediaWiki\Extension\Trainings\Stats\RandomSource;

/**
 * A RandomSource that returns given numbers in turn (then 0), and remembers what was asked.
 *
 * @license GPL-2.0-or-later
 */
class FixedRandomSource implements RandomSource {

	/** @var int[] The $max of each draw */
	public array $asked = [];

	/**
	 * @param int[] $draws
	 */
	public function __construct( private array $draws ) {
	}

	/** @inheritDoc */
	public function below( int $max ): int {
		$this->asked[] = $max;
		return (int)array_shift( $this->draws );
	}

}
