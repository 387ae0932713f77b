<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Reviews;

use MediaWiki\Extension\Trainings\Content\ModuleMetadata;
use MediaWiki\Extension\Trainings\Content\ModuleProperties;
use MediaWiki\Parser\ParserOutput;
use Wikimedia\Rdbms\IConnectionProvider;

/**
 * The page properties readers get (table trainings_reviewed_props, shaped like page_props;
 * design record 0017): those of the reviewed revision of a reviewed page, those of the latest
 * revision of a draft. The status and the review date come from the review, never from the
 * wikitext: a page without a shown review is a draft and claims no review date.
 *
 * @license GPL-2.0-or-later
 */
class ReviewedProperties {

	public const SERVICE_NAME = 'Trainings.ReviewedProperties';

	public const TABLE = 'trainings_reviewed_props';

	/**
	 * @param IConnectionProvider $connectionProvider
	 * @param SearchFragmentIndex|null $searchIndex The catalog's word index, kept with the search
	 *  key (design record 0023)
	 */
	public function __construct(
		private readonly IConnectionProvider $connectionProvider,
		private readonly ?SearchFragmentIndex $searchIndex = null
	) {
	}

	/**
	 * Replaces the page's properties with those of a parse.
	 *
	 * @param int $pageId
	 * @param ParserOutput $output The parse of the revision readers get
	 * @param ModuleReview|null $review The page's review; null for a page never reviewed
	 */
	public function write( int $pageId, ParserOutput $output, ?ModuleReview $review ): void {
		$properties = $output->getPageProperties();
		$hasMetadata = isset( $properties[ModuleProperties::STATUS] );
		unset( $properties[ModuleProperties::STATUS], $properties[ModuleProperties::REVIEWED] );
		$shown = $review !== null && $review->isShown();
		// A status tells modules (whose metadata ran) from other pages, unless a review publishes the page.
		if ( $hasMetadata || $shown ) {
			$state = $shown ? $review->state : ModuleReview::DRAFT;
			$properties[ModuleProperties::STATUS] = ModuleMetadata::STATUSES[$state];
		}
		if ( $shown ) {
			$properties[ModuleProperties::REVIEWED] = $review->getDateNumber();
		}
		$rows = [];
		foreach ( $properties as $name => $value ) {
			$rows[] = [
				'trp_page' => $pageId,
				'trp_propname' => (string)$name,
				'trp_value' => is_bool( $value ) ? (string)(int)$value : (string)$value,
				'trp_sortkey' => is_int( $value ) || is_float( $value ) || is_bool( $value ) ? (float)$value : null,
			];
		}
		$dbw = $this->connectionProvider->getPrimaryDatabase();
		$dbw->startAtomic( __METHOD__ );
		$this->delete( $pageId );
		if ( $rows !== [] ) {
			$dbw->newInsertQueryBuilder()
				->insertInto( self::TABLE )
				->rows( $rows )
				->caller( __METHOD__ )
				->execute();
		}
		$this->searchIndex?->update( $pageId, (string)( $properties[ModuleProperties::SEARCH_KEY] ?? '' ) );
		$dbw->endAtomic( __METHOD__ );
	}

	/**
	 * @param int $pageId
	 * @param string $name A property name
	 * @return string|null Its value as readers get it; null when the page has none
	 */
	public function get( int $pageId, string $name ): ?string {
		$value = $this->connectionProvider->getReplicaDatabase()->newSelectQueryBuilder()
			->select( 'trp_value' )
			->from( self::TABLE )
			->where( [ 'trp_page' => $pageId, 'trp_propname' => $name ] )
			->caller( __METHOD__ )
			->fetchField();
		return $value === false || $value === null ? null : (string)$value;
	}

	/**
	 * @param int $pageId
	 * @return list<string> The maintainers readers get: those of the reviewed revision, so that
	 *  naming oneself in an edit waiting for review grants nothing
	 */
	public function getMaintainers( int $pageId ): array {
		$list = $this->get( $pageId, ModuleProperties::MAINTAINERS );
		return $list === null || $list === '' ? [] : explode( ModuleProperties::LIST_SEPARATOR, $list );
	}

	public function delete( int $pageId ): void {
		$this->searchIndex?->delete( $pageId );
		$this->connectionProvider->getPrimaryDatabase()->newDeleteQueryBuilder()
			->deleteFrom( self::TABLE )
			->where( [ 'trp_page' => $pageId ] )
			->caller( __METHOD__ )
			->execute();
	}

}
