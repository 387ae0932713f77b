<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Reviews;

use HTMLCacheUpdateJob;
use JobQueueGroup;
use ManualLogEntry;
use MediaWiki\Cache\BacklinkCacheFactory;
use MediaWiki\Deferred\LinksUpdate\LinksUpdate;
use MediaWiki\Page\PageIdentity;
use MediaWiki\Page\PageLookup;
use MediaWiki\Page\PageRecord;
use MediaWiki\Page\ParserOutputAccess;
use MediaWiki\Parser\ParserOptions;
use MediaWiki\Permissions\Authority;
use MediaWiki\Permissions\PermissionStatus;
use MediaWiki\Revision\RevisionLookup;
use MediaWiki\Revision\RevisionRecord;
use MediaWiki\Title\Title;
use MediaWiki\User\ActorNormalization;
use MediaWiki\User\UserIdentity;
use StatusValue;
use Wikimedia\Rdbms\IConnectionProvider;
use Wikimedia\Rdbms\IDBAccessObject;

/**
 * Records a review of a Training page (design record 0017): a reviewer approves a revision
 * (published), marks the reviewed revision outdated, or unpublishes the page (a draft again).
 * The only writer of reviews: nothing in wikitext, templates, moves or imports can make one.
 * Each review replaces the page's current review, writes the properties readers get from the
 * parse of the approved revision (ParserOutputAccess: cached for old revisions too) and is
 * logged in Special:Log (type trainingreview).
 *
 * @license GPL-2.0-or-later
 */
class ReviewCommand {

	public const SERVICE_NAME = 'Trainings.ReviewCommand';

	public const RIGHT = 'trainings-review';
	public const LOG_TYPE = 'trainingreview';

	/** Log actions by resulting state. */
	public const LOG_ACTIONS = [
		ModuleReview::PUBLISHED => 'approve',
		ModuleReview::OUTDATED => 'outdated',
		ModuleReview::DRAFT => 'unpublish',
	];

	/** Characters of a reviewer's comment. */
	public const MAX_COMMENT = 500;

	public function __construct(
		private readonly PageLookup $pageLookup,
		private readonly RevisionLookup $revisionLookup,
		private readonly ParserOutputAccess $parserOutputAccess,
		private readonly ActorNormalization $actorNormalization,
		private readonly IConnectionProvider $connectionProvider,
		private readonly ReviewStore $store,
		private readonly ReviewedProperties $properties,
		private readonly ReviewListener $listener,
		private readonly JobQueueGroup $jobQueueGroup,
		private readonly BacklinkCacheFactory $backlinkCacheFactory
	) {
	}

	public static function canReview( Authority $performer ): bool {
		return $performer->isAllowed( self::RIGHT );
	}

	/**
	 * @param Authority $performer Needs RIGHT, and not blocked
	 * @param PageIdentity $page A Training page
	 * @param int $revisionId The revision to approve; for outdated and unpublish, 0 keeps the
	 *  reviewed revision
	 * @param string $state One of ModuleReview::STATES
	 * @param string $comment Plain text, at most MAX_COMMENT characters
	 * @return StatusValue Good with the new ModuleReview; fatal with the reason, nothing written
	 */
	public function review(
		Authority $performer, PageIdentity $page, int $revisionId, string $state, string $comment
	): StatusValue {
		$permission = PermissionStatus::newEmpty();
		if ( !$performer->authorizeWrite( self::RIGHT, $page, $permission ) ) {
			return $permission;
		}
		if ( !in_array( $state, ModuleReview::STATES, true ) ) {
			return StatusValue::newFatal( 'trainings-review-error-state' );
		}
		if ( mb_strlen( $comment ) > self::MAX_COMMENT ) {
			return StatusValue::newFatal( 'trainings-review-error-comment', self::MAX_COMMENT );
		}
		$record = $page->getNamespace() === NS_TRAINING
			? $this->pageLookup->getPageByReference( $page, IDBAccessObject::READ_LATEST ) : null;
		if ( $record === null ) {
			return StatusValue::newFatal( 'trainings-review-error-page' );
		}
		$current = $this->store->get( $record->getId(), true );
		if ( $revisionId === 0 && $state !== ModuleReview::PUBLISHED && $current !== null ) {
			$revisionId = $current->revisionId;
		}
		$revision = $revisionId > 0 ? $this->revisionLookup->getRevisionById( $revisionId ) : null;
		if ( $revision === null || $revision->getPageId() !== $record->getId()
			|| $revision->isDeleted( RevisionRecord::DELETED_TEXT )
		) {
			return StatusValue::newFatal( 'trainings-review-error-revision' );
		}
		return $this->recordUnsafe( $performer->getUser(), $record, $revision, $state, trim( $comment ) );
	}

	/**
	 * Records a review without checking who asks (the migration of wikitext reviews).
	 *
	 * @param UserIdentity $reviewer
	 * @param PageRecord $page
	 * @param RevisionRecord $revision A revision of that page
	 * @param string $state One of ModuleReview::STATES
	 * @param string $comment
	 * @param string|null $timestamp TS_MW of the review; null for now
	 * @return StatusValue Good with the new ModuleReview
	 */
	public function recordUnsafe(
		UserIdentity $reviewer, PageRecord $page, RevisionRecord $revision, string $state,
		string $comment, ?string $timestamp = null
	): StatusValue {
		$parse = $this->parserOutputAccess->getParserOutput( $page, ParserOptions::newFromAnon(), $revision );
		if ( !$parse->isOK() ) {
			return $parse;
		}
		$dbw = $this->connectionProvider->getPrimaryDatabase();
		$review = new ModuleReview(
			$page->getId(),
			$revision->getId() ?? 0,
			$state,
			$this->actorNormalization->acquireActorId( $reviewer, $dbw ),
			$timestamp ?? wfTimestampNow(),
			$comment
		);
		$dbw->startAtomic( __METHOD__ );
		$this->store->save( $review );
		$this->properties->write( $page->getId(), $parse->getValue(), $review );
		$this->log( $reviewer, $page, $review );
		$dbw->endAtomic( __METHOD__ );
		$this->listener->reviewRecorded( $review );
		// Page views and their caches follow the reviewed revision, and so do the hand-made
		// language versions that show the page's steps they lack (they register it as a
		// template: ParserAfterTidyHandler): their caches, and their step and quiz counts, as
		// after an edit of a template.
		$title = Title::newFromPageIdentity( $page );
		$title->invalidateCache();
		$this->jobQueueGroup->lazyPush( HTMLCacheUpdateJob::newForBacklinks( $title, 'templatelinks',
			[ 'causeAction' => 'trainings-review', 'causeAgent' => $reviewer->getName() ] ) );
		LinksUpdate::queueRecursiveJobsForTable( $page, 'templatelinks', 'trainings-review', $reviewer->getName(),
			$this->backlinkCacheFactory->getBacklinkCache( $page ) );
		return StatusValue::newGood( $review );
	}

	private function log( UserIdentity $reviewer, PageIdentity $page, ModuleReview $review ): void {
		$entry = new ManualLogEntry( self::LOG_TYPE, self::LOG_ACTIONS[$review->state] );
		$entry->setPerformer( $reviewer );
		$entry->setTarget( $page );
		$entry->setTimestamp( $review->timestamp );
		$entry->setComment( $review->comment );
		$entry->setParameters( [ '4::revid' => $review->revisionId ] );
		$entry->setAssociatedRevId( $review->revisionId );
		$entry->publish( $entry->insert() );
	}

}
