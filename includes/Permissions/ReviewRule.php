<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Permissions;

use StatusValue;

/**
 * Which changes of a module page only a reviewer may make (design record 0009): setting or
 * changing the date of the last review, and putting the module into a status that says it was
 * reviewed ("published" by default, $wgTrainingsReviewedStatuses). Anyone who may edit keeps
 * the state as it was, removes the review date, or moves a module back to draft or outdated.
 *
 * @license GPL-2.0-or-later
 */
class ReviewRule {

	public const SERVICE_NAME = 'Trainings.ReviewRule';

	/** The right to make those changes. */
	public const RIGHT = 'trainings-review';

	/**
	 * @param list<string> $reviewedStatuses Statuses only reviewers may put a module in
	 */
	public function __construct(
		private readonly array $reviewedStatuses
	) {
	}

	/**
	 * @param ReviewState $before The page as it is (for a new language version: its source module;
	 *  for another new page: ReviewState::none())
	 * @param ReviewState $after The page as the edit would leave it
	 * @param bool $isReviewer Whether the editor has RIGHT
	 * @return StatusValue Good when the edit may go ahead; else one error per forbidden change
	 */
	public function check( ReviewState $before, ReviewState $after, bool $isReviewer ): StatusValue {
		$status = StatusValue::newGood();
		if ( $isReviewer ) {
			return $status;
		}
		$reviewed = $after->getReviewed();
		$previous = $before->getReviewed();
		if ( $reviewed !== null && $reviewed !== $previous ) {
			if ( $previous === null ) {
				$status->fatal( 'trainings-permissions-error-reviewed-new' );
			} else {
				$status->fatal( 'trainings-permissions-error-reviewed', self::formatDate( $previous ) );
			}
		}
		$newStatus = $after->getStatus();
		if ( $newStatus !== null && $newStatus !== $before->getStatus()
			&& in_array( $newStatus, $this->reviewedStatuses, true )
		) {
			$status->fatal( 'trainings-permissions-error-status', $newStatus );
		}
		return $status;
	}

	/**
	 * @return string YYYY-MM-DD
	 */
	private static function formatDate( int $date ): string {
		$digits = sprintf( '%08d', $date );
		return substr( $digits, 0, 4 ) . '-' . substr( $digits, 4, 2 ) . '-' . substr( $digits, 6, 2 );
	}

}
