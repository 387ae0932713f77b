<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\MaintenanceLoop;

use DateTimeImmutable;
use DateTimeZone;
use Wikimedia\Timestamp\ConvertibleTimestamp;

/**
 * When a module needs its next review: `$wgTrainingsReviewIntervalDays` after its last review
 * date (a published module that was never reviewed needs one now; drafts need none).
 * Dates are UTC days; "now" comes from ConvertibleTimestamp, so that tests move the clock.
 *
 * @license GPL-2.0-or-later
 */
class ReviewSchedule {

	public const SERVICE_NAME = 'Trainings.ReviewSchedule';

	public function __construct( private readonly int $intervalDays ) {
	}

	/** Today, YYYYMMDD (UTC). */
	public static function today(): string {
		return substr( ConvertibleTimestamp::now( TS_MW ), 0, 8 );
	}

	/**
	 * @param int|null $reviewed Last review, YYYYMMDD
	 * @return string|null The day the next review is due, YYYYMMDD; null: due since always
	 */
	public function dueDay( ?int $reviewed ): ?string {
		if ( $reviewed === null ) {
			return null;
		}
		$date = self::day( $reviewed );
		if ( !$date ) {
			return null;
		}
		return $date->modify( '+' . max( 1, $this->intervalDays ) . ' days' )->format( 'Ymd' );
	}

	private static function day( int $date ): DateTimeImmutable|false {
		return DateTimeImmutable::createFromFormat( '!Ymd', sprintf( '%08d', $date ), new DateTimeZone( 'UTC' ) );
	}

	public function isDue( ?int $reviewed, string $status ): bool {
		if ( $status === 'draft' ) {
			return false;
		}
		$due = $this->dueDay( $reviewed );
		return $due === null || $due <= self::today();
	}

	/**
	 * @return int|null Seconds from now until the review falls due (null: already due, or never)
	 */
	public function secondsUntilDue( ?int $reviewed, string $status ): ?int {
		if ( $status === 'draft' || $this->isDue( $reviewed, $status ) ) {
			return null;
		}
		$due = (int)ConvertibleTimestamp::convert( TS_UNIX, $this->dueDay( $reviewed ) . '000000' );
		return max( 1, $due - (int)ConvertibleTimestamp::now( TS_UNIX ) );
	}

	/**
	 * What a review answers: learners' flags and quiz answers from the day after the review
	 * on (a review covers its whole day).
	 *
	 * @param int|null $reviewed
	 * @return string TS_MW; the epoch when never reviewed
	 */
	public static function cutoff( ?int $reviewed ): string {
		if ( $reviewed === null ) {
			return '19700101000000';
		}
		$date = self::day( $reviewed );
		return $date ? $date->modify( '+1 day' )->format( 'YmdHis' ) : '19700101000000';
	}

}
