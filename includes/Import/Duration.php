<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Import;

/**
 * A Dashboard `estimated_ttc` ("15-25 minutes", "about 10 minutes", "1 hour") as the whole
 * minutes of a module's `duration` (1-600): a range gives its middle, rounded up.
 *
 * @license GPL-2.0-or-later
 */
final class Duration {

	public static function minutes( string $estimate ): ?int {
		if ( !preg_match_all( '/\d+(?:\.\d+)?/', $estimate, $m ) ) {
			return null;
		}
		$numbers = array_map( 'floatval', array_slice( $m[0], 0, 2 ) );
		$value = array_sum( $numbers ) / count( $numbers );
		if ( preg_match( '/\b(hours?|hrs?|h)\b/i', $estimate ) ) {
			$value *= 60;
		}
		$minutes = (int)ceil( $value );
		return $minutes >= 1 && $minutes <= 600 ? $minutes : null;
	}
}
