<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Actions;

use Article;
use ErrorPageError;
use FormlessAction;
use MediaWiki\Context\IContextSource;
use MediaWiki\Extension\Trainings\Export\ExportUrls;
use MediaWiki\Extension\Trainings\Export\PageSource;
use MediaWiki\Extension\Trainings\Export\TrainingExporter;

/**
 * `?action=trainingdownload` on a module or course page: the page as one self-contained HTML
 * file (TrainingExporter), sent as an attachment.
 *
 * An action rather than a special page because its address belongs to the page: the action
 * entry point lets the CDN cache it for anonymous readers when the URL is one that
 * HtmlCacheUpdater purges, which OfflineDownloadHandler arranges, so an edit refreshes it.
 * `lang=xx` redirects to the cacheable address of the best language version.
 *
 * @license GPL-2.0-or-later
 */
class DownloadTrainingAction extends FormlessAction {

	/** A course's file also holds its modules, whose edits do not purge it: cache it less long. */
	private const COURSE_CDN_MAXAGE = 3600;

	public function __construct(
		Article $article,
		IContextSource $context,
		private readonly PageSource $pageSource,
		private readonly TrainingExporter $exporter
	) {
		parent::__construct( $article, $context );
	}

	public function getName(): string {
		return ExportUrls::ACTION;
	}

	public function requiresUnblock(): bool {
		return false;
	}

	public function requiresWrite(): bool {
		return false;
	}

	/**
	 * @return null Unused: show() sends the file
	 */
	public function onView() {
		return null;
	}

	public function show(): void {
		$this->checkCanExecute( $this->getUser() );
		$title = $this->getTitle();
		$out = $this->getOutput();
		$request = $this->getRequest();

		$languageCode = $request->getRawVal( ExportUrls::LANGUAGE_PARAMETER );
		if ( $languageCode !== null ) {
			$version = $this->pageSource->languageVersion( $title, $languageCode );
			$out->redirect( ExportUrls::localUrl( $version ) );
			return;
		}

		$document = $this->exporter->export( $title );
		if ( !$document ) {
			throw new ErrorPageError( 'trainings-offline-download', 'trainings-offline-not-training' );
		}
		if ( $document->isCourse() ) {
			$out->lowerCdnMaxage( self::COURSE_CDN_MAXAGE );
		}
		$out->setArticleBodyOnly( true );
		$out->addHTML( $document->getHtml() );
		$response = $request->response();
		$response->header( 'Content-Disposition: ' . $document->getContentDisposition() );
		$response->header( 'X-Content-Type-Options: nosniff' );
	}
}
