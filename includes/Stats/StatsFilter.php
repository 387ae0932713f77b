<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Stats;

use InvalidArgumentException;
use Wikimedia\Timestamp\ConvertibleTimestamp;

/**
 * What Special:TrainingStats shows: a period of whole days (UTC) ending today, at most
 * MAX_DAYS long so that every read stays bounded, optionally one module and one language.
 * Immutable.
 *
 * @license GPL-2.0-or-later
 */
final class StatsFilter {

	/** The periods offered, in days; the longest is the most any query reads. */
	public const PERIODS = [ 7, 30, 90 ];
	public const DEFAULT_PERIOD = 30;
	public const MAX_DAYS = 90;

	/** @var string[] YYYYMMDD, oldest first */
	private readonly array $days;

	/**
	 * @param int $period Days, 1 to MAX_DAYS
	 * @param string $today The last day, YYYYMMDD
	 * @param int|null $moduleId Base page id of one module, or null for all
	 * @param string|null $language One language code, or null for all
	 */
	public function __construct(
		private readonly int $period,
		string $today,
		private readonly ?int $moduleId = null,
		private readonly ?string $language = null
	) {
		if ( $period < 1 || $period > self::MAX_DAYS ) {
			throw new InvalidArgumentException( "Period out of range: $period" );
		}
		if ( !preg_match( '/^\d{8}$/', $today ) ) {
			throw new InvalidArgumentException( "Bad day: $today" );
		}
		$last = new \DateTimeImmutable( $today . 'T00:00:00', new \DateTimeZone( 'UTC' ) );
		$days = [];
		for ( $i = $period - 1; $i >= 0; $i-- ) {
			$days[] = $last->modify( "-$i days" )->format( 'Ymd' );
		}
		$this->days = $days;
	}

	/**
	 * The last $period days up to today (ConvertibleTimestamp::now(), so tests can fix it).
	 */
	public static function lastDays( int $period, ?int $moduleId = null, ?string $language = null ): self {
		return new self( $period, substr( ConvertibleTimestamp::now( TS_MW ), 0, 8 ), $moduleId, $language );
	}

	public function getPeriod(): int {
		return $this->period;
	}

	/** @return string[] Every day of the period, YYYYMMDD, oldest first */
	public function getDays(): array {
		return $this->days;
	}

	public function getFirstDay(): string {
		return $this->days[0];
	}

	public function getLastDay(): string {
		return $this->days[count( $this->days ) - 1];
	}

	public function getModuleId(): ?int {
		return $this->moduleId;
	}

	public function getLanguage(): ?string {
		return $this->language;
	}

}
