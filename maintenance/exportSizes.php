<?php
/**
 * Prints the size of the offline export (?action=trainingdownload) of every module and course
 * in the Training namespace: the whole file, the pages' HTML, the embedded media, and the
 * overhead (player, styles, texts, answers for print, document), against the offline export's
 * budget (text plus embedded images plus at most 10 KB).
 *
 * @file
 * @ingroup Maintenance
 */

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Maintenance;

use MediaWiki\Extension\Trainings\TrainingsServices;
use MediaWiki\Maintenance\Maintenance;
use MediaWiki\Title\Title;

$IP = getenv( 'MW_INSTALL_PATH' ) ?: __DIR__ . '/../../..';
require_once "$IP/maintenance/Maintenance.php";

class ExportSizes extends Maintenance {

	public function __construct() {
		parent::__construct();
		$this->addDescription( 'Print the size of the offline export of every training module and course' );
		$this->requireExtension( 'Trainings' );
	}

	public function execute() {
		$exporter = TrainingsServices::getTrainingExporter( $this->getServiceContainer() );
		$rows = $this->getReplicaDB()->newSelectQueryBuilder()
			->select( [ 'page_title' ] )
			->from( 'page' )
			->where( [ 'page_namespace' => NS_TRAINING, 'page_is_redirect' => 0 ] )
			->orderBy( 'page_title' )
			->caller( __METHOD__ )->fetchFieldValues();
		$this->output( sprintf( "%-75s %9s %9s %9s %9s\n", 'page', 'file', 'html', 'media', 'overhead' ) );
		foreach ( $rows as $key ) {
			$document = $exporter->export( Title::makeTitle( NS_TRAINING, (string)$key ) );
			if ( !$document ) {
				continue;
			}
			$this->output( sprintf( "%-75s %9d %9d %9d %9d%s\n",
				mb_strimwidth( str_replace( '_', ' ', (string)$key ), 0, 75 ),
				$document->getBytes(), $document->getPageBytes(), $document->getMediaBytes(),
				$document->getOverheadBytes(),
				$document->isMediaLinked() ? ' (media linked)' : ''
			) );
		}
	}
}

$maintClass = ExportSizes::class;
require_once RUN_MAINTENANCE_IF_MAIN;
