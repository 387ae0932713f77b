<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Review;

use MediaWiki\CommentStore\CommentStoreComment;
use MediaWiki\Content\TextContent;
use MediaWiki\Content\WikitextContent;
use MediaWiki\Deferred\DeferredUpdates;
use MediaWiki\Page\PageIdentity;
use MediaWiki\Page\WikiPageFactory;
use MediaWiki\Permissions\Authority;
use MediaWiki\Permissions\PermissionStatus;
use MediaWiki\Revision\SlotRecord;
use StatusValue;
use Wikimedia\Message\ITextFormatter;
use Wikimedia\Message\MessageValue;

/**
 * Marks a module reviewed today: an edit of the module page, as the performer and with their
 * rights (`edit` on the page and `trainings-review`), that sets the `reviewed` field of its
 * `{{#training:}}` to today. Minor, so that it does not count as a change of the source
 * (translations do not become outdated by it).
 *
 * @license GPL-2.0-or-later
 */
class MarkReviewedCommand {

	public const SERVICE_NAME = 'Trainings.MarkReviewedCommand';

	public const RIGHT = 'trainings-review';

	public function __construct(
		private readonly WikiPageFactory $wikiPageFactory,
		private readonly ITextFormatter $contentLanguageFormatter
	) {
	}

	public static function canReview( Authority $performer ): bool {
		return $performer->isAllowed( self::RIGHT );
	}

	/**
	 * @param Authority $performer
	 * @param PageIdentity $module The module's base page
	 * @return StatusValue Good (value: whether an edit was made; false when already reviewed today)
	 */
	public function markReviewed( Authority $performer, PageIdentity $module ): StatusValue {
		$permission = PermissionStatus::newEmpty();
		if ( !$performer->isAllowed( self::RIGHT ) ) {
			return StatusValue::newFatal( 'trainings-review-error-right' );
		}
		if ( !$performer->authorizeWrite( 'edit', $module, $permission ) ) {
			return $permission;
		}
		$page = $this->wikiPageFactory->newFromTitle( $module );
		$content = $page->getContent();
		if ( !$content instanceof TextContent ) {
			return StatusValue::newFatal( 'trainings-review-error-nomodule' );
		}
		$today = ReviewSchedule::today();
		$date = substr( $today, 0, 4 ) . '-' . substr( $today, 4, 2 ) . '-' . substr( $today, 6, 2 );
		$text = ReviewedWikitext::withReviewDate( $content->getText(), $date );
		if ( $text === null ) {
			return StatusValue::newFatal( 'trainings-review-error-nomodule' );
		}
		if ( $text === $content->getText() ) {
			return StatusValue::newGood( false );
		}
		$summary = $this->contentLanguageFormatter->format( new MessageValue( 'trainings-review-summary', [ $date ] ) );
		$updater = $page->newPageUpdater( $performer )
			->setContent( SlotRecord::MAIN, new WikitextContent( $text ) );
		$updater->saveRevision( CommentStoreComment::newUnsavedComment( $summary ), EDIT_UPDATE | EDIT_MINOR );
		$status = $updater->getStatus();
		if ( !$status->isOK() ) {
			return $status;
		}
		// The reviewer is sent back to the queue, which reads page properties: write them before
		// the response (the edit's own links update runs after it, too late for that view).
		DeferredUpdates::addCallableUpdate( static function () use ( $page ) {
			$page->doSecondaryDataUpdates( [ 'recursive' => false, 'defer' => DeferredUpdates::PRESEND ] );
		}, DeferredUpdates::PRESEND );
		return StatusValue::newGood( true );
	}

}
