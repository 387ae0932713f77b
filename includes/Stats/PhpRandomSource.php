<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Stats;

/**
 * PHP's Mersenne Twister: fast, and good enough for sampling page views (nothing depends on
 * the outcome being unpredictable).
 *
 * @license GPL-2.0-or-later
 */
class PhpRandomSource implements RandomSource {

	/** @inheritDoc */
	public function below( int $max ): int {
		return $max <= 1 ? 0 : mt_rand( 0, $max - 1 );
	}

}
