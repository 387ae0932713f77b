<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Hooks;

use MediaWiki\Extension\Trainings\Stats\StatsRecorder;
use MediaWiki\Output\Hook\BeforePageDisplayHook;
use MediaWiki\Output\OutputPage;
use Skin;

/**
 * Counts a view of a training module for Special:TrainingStats: a normal view (action=view,
 * current revision) of a page of the Training namespace whose output carries the player,
 * i.e. a module (courses and other pages do not). The count itself is a deferred update
 * (StatsRecorder::recordView()), run after the response was sent, and sampled when
 * `$wgTrainingsStatsViewSampling` is above 1. The player in the output is what tells a module
 * here, and the Title carries the page id that the view loaded: recording a view of the base
 * page queries nothing but its write, and a view of a language version looks its base page
 * up in the LinkCache that the view filled.
 *
 * BeforePageDisplay runs for every view MediaWiki renders, including those served from the
 * parser cache; views served by a CDN or by the file cache never reach PHP and are not
 * counted, so on a wiki behind a CDN the figures count views by logged-in users and cache
 * misses. Bots (the `bot` right) are not counted.
 *
 * @license GPL-2.0-or-later
 */
class StatsViewHandler implements BeforePageDisplayHook {

	public function __construct(
		private readonly StatsRecorder $statsRecorder
	) {
	}

	/**
	 * @param OutputPage $out
	 * @param Skin $skin
	 */
	public function onBeforePageDisplay( $out, $skin ): void {
		$title = $out->getTitle();
		if ( $title === null || !ModulePageView::isModuleView( $out ) || $out->getUser()->isBot() ) {
			return;
		}
		$this->statsRecorder->recordView( $title );
	}

}
