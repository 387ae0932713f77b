<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Hooks;

use MediaWiki\Content\Hook\JsonValidateSaveHook;
use MediaWiki\Content\JsonContent;
use MediaWiki\Page\Hook\PageDeleteCompleteHook;
use MediaWiki\Page\Hook\PageUndeleteCompleteHook;
use MediaWiki\Page\PageIdentity;
use MediaWiki\Page\PageReference;
use MediaWiki\Storage\Hook\PageSaveCompleteHook;
use MediaWiki\Extension\Trainings\Topics\TopicConfigPage;
use MediaWiki\Extension\Trainings\Topics\TopicListParser;
use StatusValue;

/**
 * Guards the topic list page (design record 0020): a malformed list is refused at save with
 * what is wrong, so the list in use stays the previous one; a saved, deleted or restored list
 * reaches every server at once.
 *
 * @license GPL-2.0-or-later
 */
class TopicConfigHandler implements
	JsonValidateSaveHook,
	PageSaveCompleteHook,
	PageDeleteCompleteHook,
	PageUndeleteCompleteHook {

	public function __construct(
		private readonly TopicConfigPage $configPage,
		private readonly TopicListParser $parser
	) {
	}

	/**
	 * @param JsonContent $content Valid JSON (core checked)
	 * @param PageIdentity $pageIdentity
	 * @param StatusValue $status
	 */
	public function onJsonValidateSave( JsonContent $content, PageIdentity $pageIdentity, StatusValue $status ) {
		if ( !$this->configPage->isConfigPage( $pageIdentity ) ) {
			return;
		}
		$result = $this->parser->parse( $content->getData()->getValue() );
		if ( !$result->isOK() ) {
			$status->merge( $result );
			$status->fatal( 'trainings-topics-config-kept' );
		}
	}

	/**
	 * @inheritDoc
	 */
	public function onPageSaveComplete( $wikiPage, $user, $summary, $flags, $revisionRecord, $editResult ) {
		$this->invalidateIf( $wikiPage );
	}

	/**
	 * @inheritDoc
	 */
	public function onPageDeleteComplete(
		$page, $deleter, $reason, $pageID, $deletedRev, $logEntry, $archivedRevisionCount
	) {
		$this->invalidateIf( $page );
	}

	/**
	 * @inheritDoc
	 * @param int[] $restoredPageIds
	 */
	public function onPageUndeleteComplete(
		$page, $restorer, $reason, $restoredRev, $logEntry, $restoredRevisionCount, $created, $restoredPageIds
	): void {
		$this->invalidateIf( $page );
	}

	private function invalidateIf( PageReference $page ): void {
		if ( $this->configPage->isConfigPage( $page ) ) {
			$this->configPage->invalidate();
		}
	}

}
