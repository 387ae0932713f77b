<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Hooks;

use MediaWiki\Deferred\DeferredUpdates;
use MediaWiki\Extension\Trainings\Reviews\ReviewCommand;
use MediaWiki\Extension\Trainings\Reviews\TranslationReviews;
use MediaWiki\Hook\ManualLogEntryBeforePublishHook;
use MediaWiki\Page\PageLookup;
use MediaWiki\Storage\Hook\PageSaveCompleteHook;

/**
 * Translate's translation pages follow their source's review (design record 0017): after
 * FuzzyBot saves one, and after each review of a source page.
 *
 * @license GPL-2.0-or-later
 */
class TranslationReviewHandler implements ManualLogEntryBeforePublishHook, PageSaveCompleteHook {

	public function __construct(
		private readonly PageLookup $pageLookup,
		private readonly TranslationReviews $translationReviews
	) {
	}

	/**
	 * @inheritDoc
	 */
	public function onPageSaveComplete( $wikiPage, $user, $summary, $flags, $revisionRecord, $editResult ) {
		if ( $wikiPage->getNamespace() === NS_TRAINING && str_contains( $wikiPage->getDBkey(), '/' ) ) {
			$this->translationReviews->follow( $wikiPage->toPageRecord(), $revisionRecord, $user );
		}
	}

	/**
	 * @inheritDoc
	 */
	public function onManualLogEntryBeforePublish( $logEntry ): void {
		$target = $logEntry->getTarget();
		if ( $logEntry->getType() !== ReviewCommand::LOG_TYPE || $target->getNamespace() !== NS_TRAINING
			|| str_contains( $target->getDBkey(), '/' )
		) {
			return;
		}
		$performer = $logEntry->getPerformerIdentity();
		DeferredUpdates::addCallableUpdate( function () use ( $target, $performer ) {
			$source = $this->pageLookup->getPageByReference( $target );
			if ( $source !== null ) {
				$this->translationReviews->followSource( $source, $performer );
			}
		} );
	}

}
