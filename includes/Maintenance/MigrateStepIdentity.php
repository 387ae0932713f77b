<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Maintenance;

use MediaWiki\Deferred\DeferredUpdates;
use MediaWiki\Extension\Trainings\Content\ModuleProperties;
use MediaWiki\Extension\Trainings\Content\StepLayout;
use MediaWiki\Extension\Trainings\Hooks\StepLayoutHandler;
use MediaWiki\Extension\Trainings\TrainingsServices;
use MediaWiki\Maintenance\LoggedUpdateMaintenance;
use WikiPage;

/**
 * Gives what learners recorded before steps had ids (progress, flags on steps, first-try
 * counts) the layout of its module as it is now (design record 0019): positions then were
 * positions now, so each step seen, flag and count is tied to the id of the step at its place
 * and follows that step from then on. A module whose page was not parsed since step ids exist
 * is parsed first (its links update records the layout). update.php runs it once
 * (SchemaUpdatesHandler); `php maintenance/run.php ./extensions/Trainings/maintenance/migrateStepIdentity.php
 * --force` runs it again (rows already migrated are left alone).
 *
 * @license GPL-2.0-or-later
 */
class MigrateStepIdentity extends LoggedUpdateMaintenance {

	public function __construct() {
		parent::__construct();
		$this->addDescription( 'Tie the progress, flags and first-try counts recorded by step number to step ids' );
		$this->requireExtension( 'Trainings' );
	}

	/** @inheritDoc */
	protected function getUpdateKey() {
		return 'trainings-migrate-step-identity';
	}

	/** @inheritDoc */
	protected function doDBUpdates() {
		$services = $this->getServiceContainer();
		$progress = TrainingsServices::getProgressStore( $services );
		$feedback = TrainingsServices::getFeedbackStore( $services );
		$stats = TrainingsServices::getStatsRecorder( $services );
		$handler = new StepLayoutHandler( $feedback, TrainingsServices::getLanguageSubpage( $services ), $progress,
			$stats );
		$moduleIds = array_unique( array_merge( $progress->modulesWithoutLayout(),
			$feedback->modulesWithoutStepIds(), $stats->modulesWithoutQuizKeys() ) );
		$migrated = 0;
		foreach ( $moduleIds as $moduleId ) {
			$page = $services->getWikiPageFactory()->newFromID( $moduleId );
			if ( $page === null || $page->getNamespace() !== NS_TRAINING ) {
				continue;
			}
			$layout = $this->layout( $page );
			if ( $layout->isEmpty() ) {
				// Parsed before step ids: its links update records the layout (StepLayoutHandler).
				$page->doSecondaryDataUpdates( [ 'recursive' => false ] );
				DeferredUpdates::doUpdates();
				$layout = $this->layout( $page );
			}
			$handler->setMissing( $moduleId, $layout );
			$migrated++;
		}
		$this->output( "Tied the recorded steps of $migrated modules to step ids.\n" );
		return true;
	}

	private function layout( WikiPage $page ): StepLayout {
		$mine = TrainingsServices::getLatestProperties( $this->getServiceContainer() )
			->ofPage( $page, ModuleProperties::STEP_IDS, ModuleProperties::QUIZ_KEYS );
		return StepLayout::fromProperties( $mine[ModuleProperties::STEP_IDS] ?? null,
			$mine[ModuleProperties::QUIZ_KEYS] ?? null );
	}

}
