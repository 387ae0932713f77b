<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Hooks;

use Article;
use MediaWiki\Config\Config;
use MediaWiki\Extension\Trainings\Reviews\ModuleReview;
use MediaWiki\Extension\Trainings\Reviews\ReviewStore;
use MediaWiki\Page\Hook\ArticleViewHeaderHook;
use MediaWiki\Page\ParserOutputAccess;
use MediaWiki\Revision\RevisionRecord;
use MediaWiki\Revision\RevisionStore;

/**
 * Readers of a Training page get its reviewed revision (design record 0017): a view of the
 * page without `oldid` or `diff` renders the reviewed revision through ParserOutputAccess (its
 * cache of old revisions: no extra parse), unless `stable=0` asks for the latest or the wiki
 * shows readers the latest ($wgTrainingsReadersSeeLatest). Every view of a page whose latest
 * revision is not the reviewed one says so (ReviewNotice); a page never reviewed is a draft.
 *
 * @license GPL-2.0-or-later
 */
class ReviewedViewHandler implements ArticleViewHeaderHook {

	/** The OutputPage property set on a view of the reviewed revision (ModulePageView). */
	public const PROPERTY = 'trainings-reviewed-view';

	public function __construct(
		private readonly Config $config,
		private readonly ParserOutputAccess $parserOutputAccess,
		private readonly RevisionStore $revisionStore,
		private readonly ReviewStore $store
	) {
	}

	/**
	 * @param Article $article
	 * @param bool|\MediaWiki\Parser\ParserOutput|null &$outputDone
	 * @param bool &$pcache
	 * @return void
	 */
	public function onArticleViewHeader( $article, &$outputDone, &$pcache ) {
		$title = $article->getTitle();
		$context = $article->getContext();
		$request = $context->getRequest();
		$page = $article->getPage();
		if ( $title->getNamespace() !== NS_TRAINING || !$page->exists() || $page->isRedirect()
			|| $request->getRawVal( 'diff' ) !== null
		) {
			return;
		}
		$notice = new ReviewNotice( $context, $title );
		[ $review, $pending ] = $this->store->getWithPendingEdits( $page->getId() ) ?? [ null, 0 ];
		if ( $review === null || !$review->isShown() ) {
			$notice->draft( $page->getLatest() );
			return;
		}
		$latest = $page->getLatest();
		$oldId = $article->getOldID();
		if ( $review->revisionId === $latest || ( $oldId !== 0 && $oldId !== $latest ) ) {
			return;
		}
		$showLatest = $oldId !== 0 || $request->getRawVal( 'stable' ) === '0'
			|| $this->config->get( 'TrainingsReadersSeeLatest' );
		if ( $showLatest ) {
			$notice->latestShown( $review, $latest, $pending );
			return;
		}
		$reviewed = $this->revisionStore->getRevisionById( $review->revisionId );
		$outputDone = $reviewed ? $this->showReviewed( $article, $reviewed, $review ) : false;
		if ( $outputDone !== false ) {
			$notice->reviewedShown( $review, $latest, $pending );
		}
	}

	/**
	 * @return \MediaWiki\Parser\ParserOutput|false The reviewed revision's output, added to the page
	 */
	private function showReviewed( Article $article, RevisionRecord $reviewed, ModuleReview $review ) {
		$status = $this->parserOutputAccess->getParserOutput( $article->getPage()->toPageRecord(),
			$article->getParserOptions(), $reviewed, ParserOutputAccess::OPT_FOR_ARTICLE_VIEW );
		if ( !$status->isOK() ) {
			return false;
		}
		$output = $status->getValue();
		$out = $article->getContext()->getOutput();
		$out->setRevisionId( $review->revisionId );
		$out->setRevisionTimestamp( $reviewed->getTimestamp() );
		$out->setProperty( self::PROPERTY, $review->revisionId );
		// Section edit links would edit the latest revision, not the text shown.
		$out->addParserOutput( $output, [ 'enableSectionEditLinks' => false, 'includeDebugInfo' => true ] );
		return $output;
	}

}
