<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Reviews;

use MediaWiki\Content\TextContent;
use MediaWiki\Extension\Trainings\Translation\MarkedSource;
use MediaWiki\Page\PageLookup;
use MediaWiki\Page\PageRecord;
use MediaWiki\Revision\RevisionLookup;
use MediaWiki\Revision\RevisionRecord;
use MediaWiki\Revision\SlotRecord;
use MediaWiki\Title\Title;
use MediaWiki\User\UserIdentity;
use Wikimedia\Message\ITextFormatter;
use Wikimedia\Message\MessageValue;
use Wikimedia\Rdbms\IConnectionProvider;
use Wikimedia\Rdbms\IDBAccessObject;
use Wikimedia\Rdbms\IExpression;
use Wikimedia\Rdbms\LikeValue;

/**
 * Translate's translation pages follow their source's review (design record 0017): a
 * translation page is published (or outdated) like its source when the source revision Translate
 * marked for translation is at or before the source's reviewed revision: its units translate a
 * text a reviewer approved (or a later revision that only adds Translate's unit markers to it).
 * Otherwise it keeps the review it had (readers keep the older
 * translation) until the source's review catches up; unpublishing the source unpublishes it.
 * Hand-made language versions are not translation pages: each needs its own review.
 *
 * @license GPL-2.0-or-later
 */
class TranslationReviews {

	public const SERVICE_NAME = 'Trainings.TranslationReviews';

	public function __construct(
		private readonly MarkedSource $markedSource,
		private readonly PageLookup $pageLookup,
		private readonly RevisionLookup $revisionLookup,
		private readonly IConnectionProvider $connectionProvider,
		private readonly ReviewStore $store,
		private readonly ReviewCommand $command,
		private readonly ITextFormatter $contentLanguageFormatter
	) {
	}

	/**
	 * After a revision of a translation page was saved (by Translate's FuzzyBot).
	 *
	 * @return bool Whether a review was recorded
	 */
	public function follow( PageRecord $page, RevisionRecord $revision, UserIdentity $actor ): bool {
		$title = Title::newFromPageIdentity( $page );
		$marked = $this->markedSource->markedSourceRevision( $title );
		$text = $title->getText();
		$cut = strrpos( $text, '/' );
		if ( $marked === null || $cut === false ) {
			return false;
		}
		$source = $this->pageLookup->getPageByReference( Title::makeTitle( NS_TRAINING, substr( $text, 0, $cut ) ),
			IDBAccessObject::READ_LATEST );
		$sourceReview = $source ? $this->store->get( $source->getId(), true ) : null;
		$own = $this->store->get( $page->getId(), true );
		if ( $sourceReview === null || !$sourceReview->isShown() ) {
			return $own !== null && $own->isShown() && $this->record( $actor, $page, $own->revisionId,
				ModuleReview::DRAFT, $sourceReview );
		}
		if ( ( $marked > $sourceReview->revisionId && !$this->onlyMarkersAdded( $sourceReview->revisionId, $marked ) )
			|| ( $own !== null && $own->revisionId === $revision->getId() && $own->state === $sourceReview->state )
		) {
			return false;
		}
		return $this->record( $actor, $page, (int)$revision->getId(), $sourceReview->state, $sourceReview );
	}

	/**
	 * After a review of a source page: its translation pages follow.
	 *
	 * @return int Translation pages whose review changed
	 */
	public function followSource( PageRecord $source, UserIdentity $actor ): int {
		$dbr = $this->connectionProvider->getPrimaryDatabase();
		$ids = $dbr->newSelectQueryBuilder()
			->select( 'page_id' )
			->from( 'page' )
			->where( [
				'page_namespace' => NS_TRAINING,
				$dbr->expr( 'page_title', IExpression::LIKE,
					new LikeValue( $source->getDBkey() . '/', $dbr->anyString() ) ),
			] )
			->caller( __METHOD__ )
			->fetchFieldValues();
		$changed = 0;
		foreach ( $ids as $id ) {
			$page = $this->pageLookup->getPageById( (int)$id, IDBAccessObject::READ_LATEST );
			$latest = $page ? $this->revisionLookup->getRevisionById( $page->getLatest() ) : null;
			if ( $page && $latest && $this->follow( $page, $latest, $actor ) ) {
				$changed++;
			}
		}
		return $changed;
	}

	/**
	 * Whether a later source revision differs from the reviewed one only by the unit markers
	 * Translate adds when marking a page (`<!--T:3-->`): then its units are the reviewed text.
	 */
	private function onlyMarkersAdded( int $reviewed, int $marked ): bool {
		$texts = [];
		foreach ( [ $reviewed, $marked ] as $id ) {
			$content = $this->revisionLookup->getRevisionById( $id )?->getContent( SlotRecord::MAIN );
			if ( !$content instanceof TextContent ) {
				return false;
			}
			$texts[] = preg_replace( '/[ \t]*<!--T:[^>]*-->[ \t]*\n?/', '', $content->getText() );
		}
		return $texts[0] === $texts[1];
	}

	private function record(
		UserIdentity $actor, PageRecord $page, int $revisionId, string $state, ?ModuleReview $source
	): bool {
		$revision = $this->revisionLookup->getRevisionById( $revisionId );
		if ( $revision === null ) {
			return false;
		}
		$comment = $this->contentLanguageFormatter->format( new MessageValue(
			'trainings-review-translation-comment', [ $source ? $source->revisionId : 0 ] ) );
		return $this->command->recordUnsafe( $actor, $page, $revision, $state, $comment )->isOK();
	}

}
