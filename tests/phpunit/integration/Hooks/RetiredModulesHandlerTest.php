<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Tests\Integration\Hooks;

use MediaWiki\Deferred\DeferredUpdates;
use MediaWiki\Extension\Trainings\Tests\Integration\EditsAsReviewer;
use MediaWiki\Parser\ParserOptions;
use MediaWiki\Parser\ParserOutput;
use MediaWiki\Title\Title;
use MediaWikiIntegrationTestCase;
use Wikimedia\Timestamp\ConvertibleTimestamp;

/**
 * A Training page parsed before a release that merged the extension's modules names modules
 * that no longer exist; the parser cache does not give it out, so the page is parsed again on
 * its next view, with the modules of today.
 *
 * @group Database
 * @covers \MediaWiki\Extension\Trainings\Hooks\RetiredModulesHandler
 */
class RetiredModulesHandlerTest extends MediaWikiIntegrationTestCase {

	use EditsAsReviewer;

	private int $pages = 0;

	/**
	 * @param list<string> $modules Scripts the cached parse names
	 * @param list<string> $styles Style modules it names
	 * @return bool Whether the parser cache gives the parse out
	 */
	private function cachedWith( array $modules, array $styles ): bool {
		$services = $this->getServiceContainer();
		// A page of its own each time: an edit of the same text would be no edit at all.
		$title = Title::makeTitle( NS_TRAINING, 'Cached module ' . ++$this->pages );
		$this->editPage( $title, "{{#training: summary = Cached. }}\nIntro.\n== Step ==\nText." );
		DeferredUpdates::doUpdates();
		$page = $services->getWikiPageFactory()->newFromTitle( $title );
		$options = ParserOptions::newFromAnon();
		$output = $services->getParserOutputAccess()->getParserOutput( $page, $options )->getValue();
		$this->assertInstanceOf( ParserOutput::class, $output );
		$this->assertContains( 'ext.trainings.styles', $output->getModuleStyles() );
		$this->assertContains( 'ext.trainings.player', $output->getModules() );

		// The parse as an earlier release would have cached it.
		/** @var ParserOutput $old */
		$old = clone $output;
		$old->addModules( $modules );
		$old->addModuleStyles( $styles );
		$cache = $services->getParserCache();
		// Cached now, after the page was last touched: only the hook can turn it down.
		$cache->save( $old, $page, $options, ConvertibleTimestamp::now() );
		return $cache->get( $page, $options ) !== false;
	}

	public function testTodaysModulesAreServedFromTheCache(): void {
		$this->assertTrue( $this->cachedWith( [], [] ) );
	}

	public function testAParseNamingARetiredModuleIsParsedAgain(): void {
		$this->assertFalse( $this->cachedWith( [], [ 'ext.trainings.module.styles' ] ), 'a merged style module' );
		$this->assertFalse( $this->cachedWith( [ 'ext.trainings.course' ], [] ), 'a merged script module' );
	}

	public function testOtherExtensionsModulesAreNotOurs(): void {
		$this->assertTrue( $this->cachedWith( [ 'ext.somethingElse.gone' ], [] ) );
	}
}
