<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Maintenance;

use MediaWiki\Extension\Trainings\TrainingsServices;
use MediaWiki\Maintenance\LoggedUpdateMaintenance;

/**
 * Fills the catalog's word index (trainings_search_fragment, design record 0023) from the
 * properties readers get, for Training pages saved before the index existed. update.php runs
 * it once (SchemaUpdatesHandler); with `--force` it rebuilds the index again.
 *
 * @license GPL-2.0-or-later
 */
class IndexSearchFragments extends LoggedUpdateMaintenance {

	public function __construct() {
		parent::__construct();
		$this->addDescription( 'Fill the Trainings catalog\'s word index from the Training pages\' search keys' );
		$this->requireExtension( 'Trainings' );
	}

	/** @inheritDoc */
	protected function getUpdateKey() {
		return 'trainings-index-search-fragments';
	}

	/** @inheritDoc */
	protected function doDBUpdates() {
		$count = TrainingsServices::getSearchFragmentIndex( $this->getServiceContainer() )->rebuildAll();
		TrainingsServices::getCatalogCache( $this->getServiceContainer() )->invalidate();
		$this->output( "Indexed the words of $count Training pages.\n" );
		return true;
	}

}
