<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Permissions;

use MediaWiki\Extension\Trainings\Content\ModuleProperties;
use stdClass;
use Wikimedia\Rdbms\IConnectionProvider;

/**
 * The review state of a Training page as the database holds it now: read from the primary
 * database at save time, so that two quick edits in a row compare with the latest one.
 *
 * @license GPL-2.0-or-later
 */
class ReviewStateLookup {

	public const SERVICE_NAME = 'Trainings.ReviewStateLookup';

	public function __construct(
		private readonly IConnectionProvider $connectionProvider
	) {
	}

	/**
	 * @param int $namespace
	 * @param string $dbKey
	 * @return ReviewState ReviewState::none() when the page does not exist or has no metadata
	 */
	public function getState( int $namespace, string $dbKey ): ReviewState {
		$rows = $this->connectionProvider->getPrimaryDatabase()->newSelectQueryBuilder()
			->select( [ 'pp_propname', 'pp_value' ] )
			->from( 'page' )
			->join( 'page_props', null, 'pp_page = page_id' )
			->where( [
				'page_namespace' => $namespace,
				'page_title' => $dbKey,
				'pp_propname' => [ ModuleProperties::STATUS, ModuleProperties::REVIEWED ],
			] )
			->caller( __METHOD__ )
			->fetchResultSet();
		$properties = [];
		foreach ( $rows as $row ) {
			/** @var stdClass $row */
			$properties[(string)$row->pp_propname] = $row->pp_value;
		}
		return ReviewState::fromPageProperties( $properties );
	}

}
