<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Groups;

/**
 * One participant's state in one column of a group's table: not started, in progress (n of m
 * steps seen, or modules completed for a course) or completed (with the date). Immutable.
 *
 * @license GPL-2.0-or-later
 */
final class GroupCell {

	public const NOT_STARTED = 'not-started';
	public const IN_PROGRESS = 'in-progress';
	public const COMPLETED = 'completed';

	/**
	 * @param string $state One of the constants
	 * @param int $done Steps seen (modules completed, for a course)
	 * @param int $total Steps (modules, for a course)
	 * @param string|null $completed TS_MW when completed
	 */
	public function __construct(
		public readonly string $state,
		public readonly int $done,
		public readonly int $total,
		public readonly ?string $completed = null
	) {
	}

	/** A number that sorts cells: completed first (earliest first), then by share done. */
	public function sortKey(): string {
		if ( $this->state === self::COMPLETED ) {
			return '2' . ( 99999999999999 - (int)$this->completed );
		}
		return ( $this->state === self::IN_PROGRESS ? '1' : '0' )
			. sprintf( '%014d', $this->total > 0 ? (int)( 1e6 * $this->done / $this->total ) : 0 );
	}

}
