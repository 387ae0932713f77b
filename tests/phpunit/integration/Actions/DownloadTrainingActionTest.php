<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Tests\Integration\Actions;

use Article;
use ErrorPageError;
use MediaWiki\Context\RequestContext;
use MediaWiki\Deferred\DeferredUpdates;
use MediaWiki\Extension\Trainings\Actions\DownloadTrainingAction;
use MediaWiki\Extension\Trainings\Export\ExportUrls;
use MediaWiki\Extension\Trainings\Tests\Integration\EditsAsReviewer;
use MediaWiki\Extension\Trainings\TrainingsServices;
use MediaWiki\Request\FauxRequest;
use MediaWiki\Title\Title;
use MediaWikiIntegrationTestCase;

/**
 * `?action=trainingdownload`: an attachment named after the page, a redirect to the cacheable
 * address of a language version, an error on other pages, and the download's URL purged with
 * the page so the CDN may cache it.
 *
 * @group Database
 * @covers \MediaWiki\Extension\Trainings\Actions\DownloadTrainingAction
 * @covers \MediaWiki\Extension\Trainings\Hooks\OfflineDownloadHandler
 * @covers \MediaWiki\Extension\Trainings\Export\ExportUrls
 */
class DownloadTrainingActionTest extends MediaWikiIntegrationTestCase {

	use EditsAsReviewer;

	public function addDBDataOnce(): void {
		foreach ( [ 'Download test' => 'Intro.', 'Download test/fr' => 'Introduction.' ] as $name => $intro ) {
			$this->editPage( Title::makeTitle( NS_TRAINING, $name ),
				"{{#training: summary = S.}}\n$intro\n== Step ==\nText." );
		}
		DeferredUpdates::doUpdates();
	}

	/**
	 * @param array<string,string> $query
	 */
	private function download( Title $title, array $query = [] ): RequestContext {
		$context = new RequestContext();
		$context->setRequest( new FauxRequest( $query ) );
		$context->setTitle( $title );
		$context->setUser( $this->getServiceContainer()->getUserFactory()->newAnonymous() );
		$services = $this->getServiceContainer();
		$action = new DownloadTrainingAction(
			Article::newFromTitle( $title, $context ),
			$context,
			TrainingsServices::getExportPageSource( $services ),
			TrainingsServices::getTrainingExporter( $services )
		);
		$action->show();
		return $context;
	}

	public function testSendsTheFileAsAnAttachment(): void {
		$context = $this->download( Title::makeTitle( NS_TRAINING, 'Download test/fr' ) );
		$out = $context->getOutput();
		$this->assertTrue( $out->getArticleBodyOnly() );
		$this->assertStringStartsWith( "<!DOCTYPE html>\n<html lang=\"fr\"", $out->getHTML() );
		/** @var FauxRequest $request */
		$request = $context->getRequest();
		$this->assertSame(
			'attachment; filename="Download test (fr).html"; filename*=UTF-8\'\'Download%20test%20%28fr%29.html',
			$request->response()->getHeader( 'Content-Disposition' )
		);
	}

	public function testLanguageParameterRedirectsToTheCacheableAddress(): void {
		$context = $this->download( Title::makeTitle( NS_TRAINING, 'Download test' ), [ 'lang' => 'fr' ] );
		$this->assertSame(
			ExportUrls::localUrl( Title::makeTitle( NS_TRAINING, 'Download test/fr' ) ),
			$context->getOutput()->getRedirect()
		);
	}

	public function testOtherPagesAreRefused(): void {
		$this->expectException( ErrorPageError::class );
		$this->download( Title::makeTitle( NS_TRAINING, 'Missing page' ) );
	}

	public function testDownloadUrlIsPurgedWithThePage(): void {
		$title = Title::makeTitle( NS_TRAINING, 'Download test' );
		$this->assertContains(
			ExportUrls::cdnUrl( $title ),
			$this->getServiceContainer()->getHtmlCacheUpdater()->getUrls( $title )
		);
	}
}
