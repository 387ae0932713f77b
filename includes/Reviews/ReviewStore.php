<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Reviews;

use stdClass;
use Wikimedia\Rdbms\IConnectionProvider;
use Wikimedia\Rdbms\IReadableDatabase;
use Wikimedia\Rdbms\SelectQueryBuilder;

/**
 * Database work for the current reviews (table trainings_review, in the wiki's main database:
 * design record 0017). No permission checks: ReviewCommand does those.
 *
 * @license GPL-2.0-or-later
 */
class ReviewStore {

	public const SERVICE_NAME = 'Trainings.ReviewStore';

	public const TABLE = 'trainings_review';

	/** The states in which readers get the reviewed revision. */
	public const SHOWN_STATES = [ ModuleReview::PUBLISHED, ModuleReview::OUTDATED ];

	public function __construct(
		private readonly IConnectionProvider $connectionProvider
	) {
	}

	/**
	 * @param int $pageId
	 * @param bool $primary Read the primary database (right after a write, or before one)
	 */
	public function get( int $pageId, bool $primary = false ): ?ModuleReview {
		return $this->getMany( [ $pageId ], $primary )[$pageId] ?? null;
	}

	/**
	 * @param int[] $pageIds
	 * @param bool $primary
	 * @return array<int,ModuleReview> By page id; pages never reviewed are left out
	 */
	public function getMany( array $pageIds, bool $primary = false ): array {
		if ( $pageIds === [] ) {
			return [];
		}
		$db = $primary
			? $this->connectionProvider->getPrimaryDatabase()
			: $this->connectionProvider->getReplicaDatabase();
		$rows = $this->newQuery( $db )
			->where( [ 'trr_page' => array_values( array_unique( $pageIds ) ) ] )
			->caller( __METHOD__ )
			->fetchResultSet();
		$reviews = [];
		foreach ( $rows as $row ) {
			/** @var stdClass $row */
			$reviews[(int)$row->trr_page] = self::newReview( $row );
		}
		return $reviews;
	}

	/**
	 * The review of a page and the number of its edits after the reviewed revision, in one
	 * query (a page view needs both).
	 *
	 * @return array{0:ModuleReview,1:int}|null Null for a page never reviewed
	 */
	public function getWithPendingEdits( int $pageId ): ?array {
		$db = $this->connectionProvider->getReplicaDatabase();
		$pending = $db->newSelectQueryBuilder()
			->select( 'COUNT(*)' )
			->from( 'revision' )
			->where( [ 'rev_page = trr_page', 'rev_id > trr_rev' ] )
			->caller( __METHOD__ );
		$row = $this->newQuery( $db )
			->select( [ 'pending' => '(' . $pending->getSQL() . ')' ] )
			->where( [ 'trr_page' => $pageId ] )
			->caller( __METHOD__ )
			->fetchRow();
		return $row ? [ self::newReview( $row ), (int)$row->pending ] : null;
	}

	/** Replaces the page's review. */
	public function save( ModuleReview $review ): void {
		$row = [
			'trr_rev' => $review->revisionId,
			'trr_state' => $review->state,
			'trr_actor' => $review->actorId,
			'trr_timestamp' => $this->connectionProvider->getPrimaryDatabase()->timestamp( $review->timestamp ),
			'trr_comment' => $review->comment,
		];
		$this->connectionProvider->getPrimaryDatabase()->newInsertQueryBuilder()
			->insertInto( self::TABLE )
			->row( [ 'trr_page' => $review->pageId ] + $row )
			->onDuplicateKeyUpdate()
			->uniqueIndexFields( [ 'trr_page' ] )
			->set( $row )
			->caller( __METHOD__ )
			->execute();
	}

	/** Forgets a page's review (the page was deleted or left the Training namespace). */
	public function delete( int $pageId ): void {
		$this->connectionProvider->getPrimaryDatabase()->newDeleteQueryBuilder()
			->deleteFrom( self::TABLE )
			->where( [ 'trr_page' => $pageId ] )
			->caller( __METHOD__ )
			->execute();
	}

	private function newQuery( IReadableDatabase $db ): SelectQueryBuilder {
		return $db->newSelectQueryBuilder()
			->select( [ 'trr_page', 'trr_rev', 'trr_state', 'trr_actor', 'trr_timestamp', 'trr_comment' ] )
			->from( self::TABLE );
	}

	private static function newReview( stdClass $row ): ModuleReview {
		return new ModuleReview(
			(int)$row->trr_page,
			(int)$row->trr_rev,
			(string)$row->trr_state,
			(int)$row->trr_actor,
			wfTimestamp( TS_MW, $row->trr_timestamp ) ?: (string)$row->trr_timestamp,
			(string)$row->trr_comment
		);
	}

}
