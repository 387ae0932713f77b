<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Hooks;

use MediaWiki\Extension\Trainings\MaintenanceLoop\ReviewSchedule;
use MediaWiki\Extension\Trainings\MaintenanceLoop\ReviewTracking;
use MediaWiki\Hook\ParserAfterTidyHook;
use MediaWiki\Parser\Parser;

/**
 * Puts a module whose review date passed in the tracking category "Training modules needing
 * review", so that watchlists and category feeds see it too. A module not yet due gets a
 * parser cache expiry at its due date, so that the category (and the page) follow the date
 * without an edit; the daily maintenance/notifyMaintainers.php refreshes the links of the
 * modules that fell due, for the category table.
 *
 * @license GPL-2.0-or-later
 */
class ReviewTrackingHandler implements ParserAfterTidyHook {

	public const CATEGORY = ReviewTracking::CATEGORY;

	public function __construct( private readonly ReviewSchedule $schedule ) {
	}

	/**
	 * @param Parser $parser
	 * @param string &$text
	 */
	public function onParserAfterTidy( $parser, &$text ): void {
		$page = $parser->getPage();
		$options = $parser->getOptions();
		$output = $parser->getOutput();
		if ( $page === null || $page->getNamespace() !== NS_TRAINING || str_contains( $page->getDBkey(), '/' )
			|| $options === null || $options->getInterfaceMessage()
			|| $options->getUseParsoid()
		) {
			return;
		}
		( new ReviewTracking( $this->schedule ) )->track( $output, [ $parser, 'addTrackingCategory' ] );
	}

}
