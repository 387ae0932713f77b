<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Import;

use MediaWiki\CommentStore\CommentStoreComment;
use MediaWiki\Content\ContentHandler;
use MediaWiki\Extension\Trainings\Reviews\ModuleReview;
use MediaWiki\Extension\Trainings\Reviews\ReviewCommand;
use MediaWiki\Extension\Trainings\Reviews\ReviewStore;
use MediaWiki\Page\WikiPageFactory;
use MediaWiki\Revision\RevisionRecord;
use MediaWiki\Revision\SlotRecord;
use MediaWiki\Status\Status;
use MediaWiki\Title\Title;
use MediaWiki\User\User;

/**
 * Writes converted pages as the import's system user (decision record 0021): an unchanged
 * page gets no revision; a page whose latest revision is not the importer's was edited here
 * since the last import and is left alone, reported, unless the run overwrites; the summary
 * credits the source pages and their revisions. Pages arrive unreviewed (drafts, 0017) unless
 * a reviewer is named, whose review ReviewCommand records with its usual permission check.
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
		private readonly ReviewStore $reviewStore
	) {
	}

	/**
	 * @param ConvertedPage $page
	 * @param User $importer The system user the edits are made as
	 * @param ImportOptions $options
	 * @param ImportReport $report
	 * @return RevisionRecord|null The new revision, null when none was saved
	 */
	public function write( ConvertedPage $page, User $importer, ImportOptions $options,
		ImportReport $report ): ?RevisionRecord {
		$title = Title::newFromText( $page->title );
		if ( $title === null ) {
			$report->problem( $page->title, null, 'not a valid title here' );
			return null;
		}
		$wikiPage = $this->wikiPageFactory->newFromTitle( $title );
		$current = $wikiPage->getRevisionRecord();
		$content = ContentHandler::makeContent( $page->text, $title );
		if ( $current && $current->getContent( SlotRecord::MAIN )?->equals( $content ) ) {
			$report->count( 'unchanged' );
			// A reviewer named on a later run reviews what an earlier run left unreviewed.
			$reviewing = $options->reviewer && !$options->dryRun;
			$review = $reviewing ? $this->reviewStore->get( $wikiPage->getId(), true ) : null;
			if ( $reviewing && $review?->revisionId !== $current->getId() ) {
				$this->review( $title, $current, $options->reviewer, $options->origin, $report );
			}
			return null;
		}
		$editedHere = $current && $current->getUser()?->getName() !== $importer->getName();
		if ( $editedHere && !$options->overwrite ) {
			$report->count( 'edited-here' );
			$report->problem( $page->title, null,
				'edited on this wiki since the last import: left alone (--overwrite replaces it)' );
			return null;
		}
		$verb = $current ? 'update' : 'create';
		if ( $options->dryRun ) {
			$report->action( "would $verb {$page->title}" );
			$report->count( $current ? 'updated' : 'created' );
			return null;
		}
		$updater = $wikiPage->newPageUpdater( $importer );
		$updater->setContent( SlotRecord::MAIN, $content );
		$summary = mb_strcut( "Imported from {$options->origin}: {$page->credit}", 0, self::SUMMARY_BYTES );
		$revision = $updater->saveRevision(
			CommentStoreComment::newUnsavedComment( $summary ),
			EDIT_INTERNAL | ( $current ? EDIT_UPDATE : EDIT_NEW )
		);
		if ( !$updater->getStatus()->isOK() || $revision === null ) {
			$report->problem( $page->title, null, 'could not be saved: '
				. $updater->getStatus()->getWikiText( false, false, 'en' ) );
			return null;
		}
		$report->action( ( $current ? 'updated ' : 'created ' ) . $page->title );
		$report->count( $current ? 'updated' : 'created' );
		if ( $options->reviewer ) {
			$this->review( $title, $revision, $options->reviewer, $options->origin, $report );
		}
		return $revision;
	}

	private function review( Title $title, RevisionRecord $revision, User $reviewer, string $origin,
		ImportReport $report ): void {
		$status = $this->reviewCommand->review(
			$reviewer, $title, (int)$revision->getId(), ModuleReview::PUBLISHED, "Reviewed on import from $origin"
		);
		if ( $status->isOK() ) {
			$report->count( 'reviewed' );
		} else {
			$report->problem( $title->getPrefixedText(), null,
				'the review was not recorded: ' . Status::wrap( $status )->getWikiText( false, false, 'en' ) );
		}
	}
}
