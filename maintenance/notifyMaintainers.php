<?php
/**
 * The daily round of the maintenance loop: notifies (through Echo, when it is loaded) the
 * maintainers of each module whose review date passed or one of whose translations became
 * outdated, at most once per module per day, and refreshes the links of the modules that fell
 * due so that the tracking category "Training modules needing review" lists them. It also
 * reminds the participants of training groups whose due date is near and who have not
 * completed everything, once each (design record 0015 §7).
 *
 * Run it once a day, e.g. from cron:
 *   php maintenance/run.php ./extensions/Trainings/maintenance/notifyMaintainers.php
 *
 * @file
 * @ingroup Maintenance
 */

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Maintenance;

use MediaWiki\Extension\Trainings\TrainingsServices;
use MediaWiki\Maintenance\Maintenance;
use MediaWiki\Title\Title;
use RefreshLinksJob;

$IP = getenv( 'MW_INSTALL_PATH' ) ?: __DIR__ . '/../../..';
require_once "$IP/maintenance/Maintenance.php";

class NotifyMaintainers extends Maintenance {

	public function __construct() {
		parent::__construct();
		$this->addDescription( 'Notify the maintainers of training modules that are due for review or outdated' );
		$this->requireExtension( 'Trainings' );
	}

	public function execute() {
		$services = $this->getServiceContainer();
		$result = TrainingsServices::getDueNotifications( $services )->run();
		$jobs = [];
		foreach ( $result['due'] as $module ) {
			$jobs[] = RefreshLinksJob::newPrioritized( Title::makeTitle( NS_TRAINING, $module->dbKey ), [] );
		}
		if ( $jobs !== [] ) {
			$services->getJobQueueGroup()->lazyPush( $jobs );
		}
		$this->output( sprintf( "Notified the maintainers of %d module(s); %d module(s) due for review.\n",
			$result['notified'], count( $result['due'] ) ) );
		$reminded = TrainingsServices::getGroupReminders( $services )->run();
		$this->output( sprintf( "Reminded %d participant(s) of training groups of their due date.\n", $reminded ) );
	}

}

$maintClass = NotifyMaintainers::class;
require_once RUN_MAINTENANCE_IF_MAIN;
