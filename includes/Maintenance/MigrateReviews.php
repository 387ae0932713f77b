<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Maintenance;

use MediaWiki\Extension\Trainings\TrainingsServices;
use MediaWiki\Maintenance\LoggedUpdateMaintenance;
use MediaWiki\User\User;

/**
 * Records the Training pages that were published under the wikitext rule as reviewed at their
 * current revision (design record 0017). update.php runs it once (SchemaUpdatesHandler);
 * `php maintenance/run.php MediaWiki\\Extension\\Trainings\\Maintenance\\MigrateReviews --force`
 * runs it again (pages already reviewed are skipped).
 *
 * @license GPL-2.0-or-later
 */
class MigrateReviews extends LoggedUpdateMaintenance {

	/** The system user named as reviewer in the log. */
	public const REVIEWER = 'Trainings review migration';

	public function __construct() {
		parent::__construct();
		$this->addDescription(
			'Record the Training pages published by their wikitext as reviewed at their current revision' );
		$this->requireExtension( 'Trainings' );
	}

	/** @inheritDoc */
	protected function getUpdateKey() {
		return 'trainings-migrate-wikitext-reviews';
	}

	/** @inheritDoc */
	protected function doDBUpdates() {
		$reviewer = User::newSystemUser( self::REVIEWER, [ 'steal' => true ] );
		if ( $reviewer === null ) {
			$this->error( 'Could not create the system user ' . self::REVIEWER );
			return false;
		}
		$count = TrainingsServices::getWikitextReviewMigration( $this->getServiceContainer() )->run( $reviewer,
			'Published before reviews were recorded (migration of the wikitext state)' );
		$this->output( "Recorded $count reviewed Training pages.\n" );
		return true;
	}

}
