<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Import;

use MediaWiki\CommentStore\CommentStoreComment;
use MediaWiki\Content\ContentHandler;
use MediaWiki\Content\TextContent;
use MediaWiki\Extension\Trainings\Reviews\ModuleReview;
use MediaWiki\Extension\Trainings\Reviews\ReviewCommand;
use MediaWiki\Extension\Trainings\Reviews\ReviewStore;
use MediaWiki\Page\WikiPageFactory;
use MediaWiki\Revision\SlotRecord;
use MediaWiki\Status\Status;
use MediaWiki\Title\Title;
use MediaWiki\User\User;

/**
 * Writes converted pages as the import's system user (decision record 0021): an unchanged
 * page gets no revision; a page whose latest revision is not the importer's was edited here
 * since the last import and is left alone, reported, unless the run overwrites; the summary
 * credits the source pages and their revisions. On a page marked for translation, Translate's
 * unit markers do not count as a change and are kept on the units that did not change.
 * Pages arrive unreviewed (drafts, 0017) unless a reviewer is named, whose review
 * ReviewCommand records with its usual permission check.
 *
 * @license GPL-2.0-or-later
 */
class ImportWriter {

	public const SERVICE_NAME = 'Trainings.ImportWriter';

	/** Bytes of an edit summary (CommentStore keeps more, but history lists cut it). */
	private const SUMMARY_BYTES = 480;

	public function __construct(
		private readonly WikiPageFactory $wikiPageFactory,
		private readonly ReviewCommand $reviewCommand,
		private readonly ReviewStore $reviewStore,
		private readonly TranslateUnits $units
	) {
	}

	/**
	 * @param ConvertedPage $page
	 * @param User $importer The system user the edits are made as
	 * @param ImportOptions $options
	 * @param ImportReport $report
	 * @return bool Whether the page now holds the import's text (written, or already there)
	 */
	public function write( ConvertedPage $page, User $importer, ImportOptions $options, ImportReport $report ): bool {
		$title = Title::newFromText( $page->title );
		if ( $title === null ) {
			$report->problem( $page->title, null, 'not a valid title here' );
			return false;
		}
		$wikiPage = $this->wikiPageFactory->newFromTitle( $title );
		$current = $wikiPage->getRevisionRecord();
		$currentText = $current ? $current->getContent( SlotRecord::MAIN ) : null;
		$currentText = $currentText instanceof TextContent ? $currentText->getText() : null;
		$text = $page->text;
		if ( $currentText !== null && str_contains( $currentText, '<!--T:' ) ) {
			$text = $this->units->carryMarkers( $currentText, $text );
		}
		$content = ContentHandler::makeContent( $text, $title );
		if ( $current && $currentText !== null && ( $current->getContent( SlotRecord::MAIN )?->equals( $content )
			|| rtrim( $this->units->strip( $currentText ) ) === rtrim( $page->text ) )
		) {
			$report->count( 'unchanged' );
			return true;
		}
		if ( $current && $current->getUser()?->getName() !== $importer->getName() && !$options->overwrite ) {
			$report->count( 'edited-here' );
			$report->problem( $page->title, null,
				'edited on this wiki since the last import: left alone (--overwrite replaces it)' );
			return false;
		}
		$report->count( $current ? 'updated' : 'created' );
		if ( $options->dryRun ) {
			$report->action( ( $current ? 'would update ' : 'would create ' ) . $page->title );
			return false;
		}
		$updater = $wikiPage->newPageUpdater( $importer );
		$updater->setContent( SlotRecord::MAIN, $content );
		$summary = mb_strcut( "Imported from {$options->origin}: {$page->credit}", 0, self::SUMMARY_BYTES );
		$revision = $updater->saveRevision(
			CommentStoreComment::newUnsavedComment( $summary ),
			EDIT_INTERNAL | ( $current ? EDIT_UPDATE : EDIT_NEW )
		);
		if ( !$updater->getStatus()->isOK() || $revision === null ) {
			$report->problem( $page->title, null,
				'could not be saved: ' . $updater->getStatus()->getWikiText( false, false, 'en' ) );
			return false;
		}
		$report->action( ( $current ? 'updated ' : 'created ' ) . $page->title );
		return true;
	}

	/**
	 * Records the named reviewer's review of the page's latest revision, unless that revision
	 * is already the reviewed one (a second run reviews nothing twice).
	 */
	public function reviewLatest( string $pageTitle, ImportOptions $options, ImportReport $report ): void {
		$title = Title::newFromText( $pageTitle );
		if ( !$options->reviewer || $options->dryRun || $title === null ) {
			return;
		}
		$latest = $this->wikiPageFactory->newFromTitle( $title )->getRevisionRecord();
		if ( $latest === null || $this->reviewStore->get( $title->getArticleID(),
			true )?->revisionId === $latest->getId() ) {
			return;
		}
		$status = $this->reviewCommand->review(
			$options->reviewer, $title, (int)$latest->getId(), ModuleReview::PUBLISHED,
				"Reviewed on import from {$options->origin}"
		);
		if ( $status->isOK() ) {
			$report->count( 'reviewed' );
		} else {
			$report->problem( $pageTitle, null,
				'the review was not recorded: ' . Status::wrap( $status )->getWikiText( false, false, 'en' ) );
		}
	}

	/** The latest text of a page, null when there is none. */
	public function currentText( string $pageTitle ): ?string {
		$title = Title::newFromText( $pageTitle );
		$content = $title ? $this->wikiPageFactory->newFromTitle( $title )->getContent() : null;
		return $content instanceof TextContent ? $content->getText() : null;
	}
}
