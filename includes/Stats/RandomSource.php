<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Stats;

/**
 * Where the sampling of views (StatsRecorder, `$wgTrainingsStatsViewSampling`) gets its
 * randomness: an interface so that tests can fix the outcome.
 *
 * @license GPL-2.0-or-later
 */
interface RandomSource {

	/**
	 * @param int $max At least 1
	 * @return int A uniformly distributed integer from 0 to $max - 1
	 */
	public function below( int $max ): int;

}
