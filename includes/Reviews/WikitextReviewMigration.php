<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Reviews;

use MediaWiki\Extension\Trainings\Content\LatestProperties;
use MediaWiki\Extension\Trainings\Content\ModuleMetadata;
use MediaWiki\Extension\Trainings\Content\ModuleProperties;
use MediaWiki\Page\PageLookup;
use MediaWiki\Page\PageRecord;
use MediaWiki\Page\ParserOutputAccess;
use MediaWiki\Parser\ParserOptions;
use MediaWiki\Revision\RevisionLookup;
use MediaWiki\Revision\RevisionRecord;
use MediaWiki\User\UserIdentity;
use stdClass;
use Wikimedia\Rdbms\IConnectionProvider;

/**
 * The one-time migration of the wikitext review state (design record 0017): each Training
 * page the catalog listed as published or outdated under the old rule (its `status`, published
 * when left out) is recorded as reviewed at its current revision, in that state, dated by its
 * `reviewed` field when it has one. Pages that already have a review are left alone, so it
 * may run again.
 *
 * @license GPL-2.0-or-later
 */
class WikitextReviewMigration {

	public const SERVICE_NAME = 'Trainings.WikitextReviewMigration';

	public function __construct(
		private readonly IConnectionProvider $connectionProvider,
		private readonly PageLookup $pageLookup,
		private readonly RevisionLookup $revisionLookup,
		private readonly ParserOutputAccess $parserOutputAccess,
		private readonly ReviewCommand $command,
		private readonly ReviewedProperties $properties,
		private readonly LatestProperties $latestProperties
	) {
	}

	/**
	 * Records one revision as reviewed in the state its wikitext gives, for content a shell user
	 * vouches for (maintenance/importContent.php, the benchmark's generated modules).
	 *
	 * @return bool Whether a review was recorded (not for drafts, nor for failed parses)
	 */
	public function recordFromWikitext(
		UserIdentity $reviewer, PageRecord $page, RevisionRecord $revision, string $comment
	): bool {
		if ( $page->getNamespace() !== NS_TRAINING ) {
			return false;
		}
		$parse = $this->parserOutputAccess->getParserOutput( $page, ParserOptions::newFromAnon(), $revision );
		if ( !$parse->isOK() ) {
			return false;
		}
		$status = $parse->getValue()->getPageProperty( ModuleProperties::STATUS );
		$state = self::stateOf( $status === null ? null : (int)$status );
		return $state !== null
			&& $this->command->recordUnsafe( $reviewer, $page, $revision, $state, $comment )->isOK();
	}

	/**
	 * @param int|null $number The `trainings-status` page property; null without metadata
	 * @return string|null The state the old rule gave (published when left out); null for a draft
	 */
	private static function stateOf( ?int $number ): ?string {
		$number ??= ModuleMetadata::STATUSES[ModuleReview::PUBLISHED];
		$state = array_search( $number, ModuleMetadata::STATUSES, true );
		return $state === ModuleReview::PUBLISHED || $state === ModuleReview::OUTDATED ? $state : null;
	}

	/**
	 * @param UserIdentity $reviewer The system user recorded as reviewer
	 * @param string $comment The log comment
	 * @param int $batchSize
	 * @return int Pages recorded as reviewed
	 */
	public function run( UserIdentity $reviewer, string $comment, int $batchSize = 100 ): int {
		$count = 0;
		$after = 0;
		do {
			$rows = $this->loadBatch( $after, $batchSize );
			foreach ( $rows as $row ) {
				$after = (int)$row->page_id;
				$count += $this->migrate( $row, $reviewer, $comment ) ? 1 : 0;
			}
			$this->connectionProvider->commitAndWaitForReplication( __METHOD__,
				$this->connectionProvider->getEmptyTransactionTicket( __METHOD__ ) );
		} while ( count( $rows ) === $batchSize );
		return $count;
	}

	/**
	 * @return list<stdClass>
	 */
	private function loadBatch( int $after, int $batchSize ): array {
		$dbw = $this->connectionProvider->getPrimaryDatabase();
		$query = $dbw->newSelectQueryBuilder()
			->select( [ 'page_id', 'page_latest' ] )
			->from( 'page' );
		// The state the wikitext claims: the latest parse's properties, not those readers get.
		$rows = $this->latestProperties->joinTo( $query, [
			'status' => ModuleProperties::STATUS,
			'reviewed' => ModuleProperties::REVIEWED,
		] )
			->leftJoin( ReviewStore::TABLE, null, 'trr_page = page_id' )
			->where( [
				'page_namespace' => NS_TRAINING,
				'page_is_redirect' => 0,
				'trr_page' => null,
				'page_id > ' . $after,
			] )
			->orderBy( 'page_id' )
			->limit( $batchSize )
			->caller( __METHOD__ )
			->fetchResultSet();
		$list = [];
		foreach ( $rows as $row ) {
			/** @var stdClass $row */
			$list[] = $row;
		}
		return $list;
	}

	private function migrate( stdClass $row, UserIdentity $reviewer, string $comment ): bool {
		$state = self::stateOf( $row->status === null ? null : (int)$row->status );
		$page = $this->pageLookup->getPageById( (int)$row->page_id );
		$revision = $this->revisionLookup->getRevisionById( (int)$row->page_latest );
		if ( $page === null || $revision === null ) {
			return false;
		}
		if ( $state === null ) {
			// A draft stays one; the catalog lists it (on request) from the properties readers get.
			$parse = $this->parserOutputAccess->getParserOutput( $page, ParserOptions::newFromAnon(), $revision );
			if ( $parse->isOK() ) {
				$this->properties->write( $page->getId(), $parse->getValue(), null );
			}
			return false;
		}
		$reviewed = $row->reviewed === null ? '' : sprintf( '%08d', (int)$row->reviewed );
		$timestamp = preg_match( '/^[12][0-9]{3}[01][0-9][0-3][0-9]$/', $reviewed ) ? $reviewed . '000000' : null;
		return $this->command->recordUnsafe( $reviewer, $page, $revision, $state, $comment, $timestamp )->isOK();
	}

}
