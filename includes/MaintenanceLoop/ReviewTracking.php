<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\MaintenanceLoop;

use MediaWiki\Extension\Trainings\Content\ModuleMetadata;
use MediaWiki\Extension\Trainings\Content\ModuleProperties;
use MediaWiki\Parser\ParserOutput;

/**
 * The tracking category of modules whose review date passed, and the cache expiry at the
 * next one (design record 0008), whichever parser rendered the page (design record 0018).
 *
 * @license GPL-2.0-or-later
 */
final class ReviewTracking {

	public const CATEGORY = 'trainings-review-due-category';

	public function __construct( private readonly ReviewSchedule $schedule ) {
	}

	/**
	 * @param ParserOutput $output Of a source module page (not a language version, not a course)
	 * @param callable(string):mixed $addTrackingCategory The parser's, with a message key
	 */
	public function track( ParserOutput $output, callable $addTrackingCategory ): void {
		if ( !$output->getExtensionData( ModuleProperties::DATA_HAS_METADATA )
			|| $output->getPageProperty( ModuleProperties::COURSE ) !== null
		) {
			return;
		}
		$reviewed = $output->getPageProperty( ModuleProperties::REVIEWED );
		$reviewed = $reviewed === null ? null : (int)$reviewed;
		$statusNumber = (int)( $output->getPageProperty( ModuleProperties::STATUS ) ?? 1 );
		$status = (string)( array_search( $statusNumber, ModuleMetadata::STATUSES, true )
			?: ModuleMetadata::DEFAULT_STATUS );
		// Only a review date that passed: a module never reviewed is in the queue, but putting
		// every new module in the category would drown the ones that fell behind.
		if ( $reviewed !== null && $this->schedule->isDue( $reviewed, $status ) ) {
			$addTrackingCategory( self::CATEGORY );
			return;
		}
		$seconds = $this->schedule->secondsUntilDue( $reviewed, $status );
		if ( $seconds !== null ) {
			$output->updateCacheExpiry( $seconds );
		}
	}

}
