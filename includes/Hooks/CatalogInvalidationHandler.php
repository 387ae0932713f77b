<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Hooks;

use MediaWiki\Extension\Trainings\Catalog\CatalogCache;
use MediaWiki\Hook\LinksUpdateCompleteHook;
use MediaWiki\Hook\PageMoveCompleteHook;
use MediaWiki\Linker\LinkTarget;
use MediaWiki\Page\Hook\PageDeleteCompleteHook;
use MediaWiki\Page\Hook\PageUndeleteCompleteHook;
use MediaWiki\Page\PageReference;

/**
 * Keeps the cached catalog fresh (design record 0004, §2): whenever a Training page's
 * properties are written, or the page is deleted, moved or restored, every cached catalog
 * value becomes stale. Edits to Training pages are rare next to catalog views, so one check
 * key for the whole catalog is enough.
 *
 * LinksUpdateComplete rather than PageSaveComplete: the page properties the catalog reads
 * are written by the links update, after the save.
 *
 * @license GPL-2.0-or-later
 */
class CatalogInvalidationHandler implements
	LinksUpdateCompleteHook,
	PageDeleteCompleteHook,
	PageMoveCompleteHook,
	PageUndeleteCompleteHook {

	public function __construct(
		private readonly CatalogCache $catalogCache
	) {
	}

	/**
	 * @inheritDoc
	 */
	public function onLinksUpdateComplete( $linksUpdate, $ticket ) {
		$this->invalidateFor( $linksUpdate->getTitle() );
	}

	/**
	 * @inheritDoc
	 */
	public function onPageDeleteComplete(
		$page, $deleter, $reason, $pageID, $deletedRev, $logEntry, $archivedRevisionCount
	) {
		$this->invalidateFor( $page );
	}

	/**
	 * @inheritDoc
	 */
	public function onPageMoveComplete( $old, $new, $user, $pageid, $redirid, $reason, $revision ) {
		// Into or out of the namespace: either side may be a Training page.
		if ( $old->getNamespace() === NS_TRAINING || $new->getNamespace() === NS_TRAINING ) {
			$this->catalogCache->invalidate();
		}
	}

	/**
	 * @inheritDoc
	 * @param int[] $restoredPageIds
	 */
	public function onPageUndeleteComplete(
		$page, $restorer, $reason, $restoredRev, $logEntry, $restoredRevisionCount, $created, $restoredPageIds
	): void {
		$this->invalidateFor( $page );
	}

	private function invalidateFor( LinkTarget|PageReference $page ): void {
		if ( $page->getNamespace() === NS_TRAINING ) {
			$this->catalogCache->invalidate();
		}
	}

}
