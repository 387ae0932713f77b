<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Hooks;

use MediaWiki\Extension\Trainings\Reviews\ReviewedProperties;
use MediaWiki\Extension\Trainings\Reviews\ReviewStore;
use MediaWiki\Hook\LinksUpdateCompleteHook;
use MediaWiki\Hook\PageMoveCompleteHook;
use MediaWiki\Page\Hook\PageDeleteCompleteHook;

/**
 * Keeps the properties readers get (design record 0017) in step with the pages: a page without
 * a shown review (a draft) follows its latest revision on each links update; a reviewed page
 * keeps its reviewed revision's, whatever the edits. A deleted page, or a page moved out of the
 * Training namespace, loses its review: restored or moved back, it arrives unreviewed.
 *
 * @license GPL-2.0-or-later
 */
class ReviewedPropertiesHandler implements
	LinksUpdateCompleteHook,
	PageDeleteCompleteHook,
	PageMoveCompleteHook {

	public function __construct(
		private readonly ReviewStore $store,
		private readonly ReviewedProperties $properties
	) {
	}

	/**
	 * @inheritDoc
	 */
	public function onLinksUpdateComplete( $linksUpdate, $ticket ) {
		$pageId = $linksUpdate->getPageId();
		if ( $linksUpdate->getTitle()->getNamespace() !== NS_TRAINING || $pageId <= 0 ) {
			return;
		}
		$review = $this->store->get( $pageId, true );
		if ( $review === null || !$review->isShown() ) {
			$this->properties->write( $pageId, $linksUpdate->getParserOutput(), $review );
		}
	}

	/**
	 * @inheritDoc
	 */
	public function onPageDeleteComplete(
		$page, $deleter, $reason, $pageID, $deletedRev, $logEntry, $archivedRevisionCount
	) {
		if ( $page->getNamespace() === NS_TRAINING ) {
			$this->forget( $pageID );
		}
	}

	/**
	 * @inheritDoc
	 */
	public function onPageMoveComplete( $old, $new, $user, $pageid, $redirid, $reason, $revision ) {
		if ( $old->getNamespace() === NS_TRAINING && $new->getNamespace() !== NS_TRAINING ) {
			$this->forget( $pageid );
		}
	}

	private function forget( int $pageId ): void {
		$this->store->delete( $pageId );
		$this->properties->delete( $pageId );
	}

}
