<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Hooks;

use MediaWiki\Deferred\LinksUpdate\LinksUpdate;
use MediaWiki\Extension\Trainings\Content\LanguageSubpage;
use MediaWiki\Extension\Trainings\Content\ModuleProperties;
use MediaWiki\Extension\Trainings\Content\StepLayout;
use MediaWiki\Extension\Trainings\Progress\ProgressStore;
use MediaWiki\Extension\Trainings\MaintenanceLoop\FeedbackStore;
use MediaWiki\Extension\Trainings\Stats\StatsRecorder;
use MediaWiki\Hook\LinksUpdateCompleteHook;

/**
 * When the steps or quizzes of a module move (a step inserted, removed or reordered), what
 * learners recorded moves with them (design record 0019): their progress, their flags on steps
 * and the first-try counts, from the page's layout before the edit to its layout now. Runs
 * after the page's properties are stored (LinksUpdateComplete, after the response), on the
 * module's base page only: its language versions share its ids.
 *
 * @license GPL-2.0-or-later
 */
class StepLayoutHandler implements LinksUpdateCompleteHook {

	public function __construct(
		private readonly FeedbackStore $feedbackStore,
		private readonly LanguageSubpage $languageSubpage,
		private readonly ProgressStore $progressStore,
		private readonly StatsRecorder $statsRecorder
	) {
	}

	/**
	 * @param LinksUpdate $linksUpdate
	 * @param mixed $ticket
	 */
	public function onLinksUpdateComplete( $linksUpdate, $ticket ): void {
		$page = $linksUpdate->getTitle();
		if ( $page->getNamespace() !== NS_TRAINING || $this->languageSubpage->languageCodeOf( $page ) !== null ) {
			return;
		}
		$removed = $linksUpdate->getRemovedProperties() ?? [];
		$added = $linksUpdate->getAddedProperties() ?? [];
		$output = $linksUpdate->getParserOutput();
		$to = StepLayout::fromProperties( $output->getPageProperty( ModuleProperties::STEP_IDS ),
			$output->getPageProperty( ModuleProperties::QUIZ_KEYS ) );
		$moduleId = $linksUpdate->getPageId();
		if ( !isset( $removed[ModuleProperties::STEP_IDS] ) && !isset( $removed[ModuleProperties::QUIZ_KEYS] ) ) {
			if ( isset( $added[ModuleProperties::STEP_IDS] ) || isset( $added[ModuleProperties::QUIZ_KEYS] ) ) {
				// The first parse that records a layout: what was recorded before refers to it.
				$this->setMissing( $moduleId, $to );
			}
			return;
		}
		$from = StepLayout::fromProperties(
			$removed[ModuleProperties::STEP_IDS] ?? implode( ModuleProperties::LIST_SEPARATOR, $to->stepIds ),
			$removed[ModuleProperties::QUIZ_KEYS] ?? implode( ModuleProperties::LIST_SEPARATOR, $to->quizKeys )
		);
		$this->setMissing( $moduleId, $from );
		$this->progressStore->remapModule( $moduleId, $from, $to );
		$this->feedbackStore->remapModule( $moduleId, $to );
		$this->statsRecorder->remapQuizzes( $moduleId, $to );
	}

	/**
	 * Rows recorded before layouts were refer to this one (also update.php's migration,
	 * Maintenance\MigrateStepIdentity).
	 */
	public function setMissing( int $moduleId, StepLayout $layout ): void {
		if ( $layout->isEmpty() ) {
			return;
		}
		$this->progressStore->setMissingLayout( $moduleId, $layout );
		$this->feedbackStore->setMissingStepIds( $moduleId, $layout );
		$this->statsRecorder->setMissingQuizKeys( $moduleId, $layout );
	}

}
