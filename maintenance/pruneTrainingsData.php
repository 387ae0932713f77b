<?php
/**
 * Deletes the statistics and learners' flags older than their retention
 * ($wgTrainingsStatsRetentionDays, $wgTrainingsFeedbackRetentionDays; 0 keeps everything), in
 * batches, waiting for the replicas after each (design record 0016).
 *
 * Run it daily or weekly, e.g. from cron:
 *   php maintenance/run.php ./extensions/Trainings/maintenance/pruneTrainingsData.php [--batch-size 500]
 *
 * @file
 * @ingroup Maintenance
 */

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Maintenance;

use MediaWiki\Extension\Trainings\TrainingsServices;
use MediaWiki\Maintenance\Maintenance;

$IP = getenv( 'MW_INSTALL_PATH' ) ?: __DIR__ . '/../../..';
require_once "$IP/maintenance/Maintenance.php";

class PruneTrainingsData extends Maintenance {

	public function __construct() {
		parent::__construct();
		$this->addDescription( 'Delete training statistics and step flags older than their retention' );
		$this->setBatchSize( 500 );
		$this->requireExtension( 'Trainings' );
	}

	public function execute() {
		$deleted = TrainingsServices::getDataPruner( $this->getServiceContainer() )->prune(
			(int)$this->getBatchSize(),
			function ( string $table, int $count ): void {
				$this->output( "  $table: $count row(s) deleted\n" );
			}
		);
		foreach ( $deleted as $table => $count ) {
			$this->output( "$table: $count row(s) older than the retention deleted\n" );
		}
	}

}

$maintClass = PruneTrainingsData::class;
require_once RUN_MAINTENANCE_IF_MAIN;
