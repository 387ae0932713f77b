<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Tests\Integration\Hooks;

use MediaWiki\Context\RequestContext;
use MediaWiki\Extension\Trainings\Hooks\SidebarHandler;
use MediaWiki\SpecialPage\SpecialPage;
use MediaWiki\Title\Title;
use MediaWikiIntegrationTestCase;
use Skin;

/**
 * @covers \MediaWiki\Extension\Trainings\Hooks\SidebarHandler
 */
class SidebarHandlerTest extends MediaWikiIntegrationTestCase {

	private function newSkin( Title $title ): Skin {
		$context = RequestContext::newExtraneousContext( $title );
		$context->setLanguage( 'qqx' );
		return $context->getSkin();
	}

	public function testAddsNavigationLink(): void {
		$handler = new SidebarHandler( $this->getServiceContainer()->getSpecialPageFactory() );
		$sidebar = [ 'navigation' => [ [ 'text' => 'Main page', 'href' => '/wiki/Main_Page', 'id' => 'n-mainpage' ] ] ];

		$handler->onSidebarBeforeOutput( $this->newSkin( Title::makeTitle( NS_MAIN, 'Foo' ) ), $sidebar );

		$this->assertCount( 2, $sidebar['navigation'] );
		$this->assertSame( [
			'text' => '(trainings-sidebar-link)',
			'href' => SpecialPage::getTitleFor( 'Trainings' )->getLocalURL(),
			'id' => 'n-trainings',
			'active' => false,
		], $sidebar['navigation'][1] );
	}

	public function testLinkIsActiveOnTheCatalog(): void {
		$handler = new SidebarHandler( $this->getServiceContainer()->getSpecialPageFactory() );
		$sidebar = [];

		$handler->onSidebarBeforeOutput( $this->newSkin( SpecialPage::getTitleFor( 'Trainings' ) ), $sidebar );

		$this->assertTrue( $sidebar['navigation'][0]['active'] );
	}

	public function testNothingWhenTheSpecialPageIsDisabled(): void {
		// A wiki can switch the special page off; the link must then go too.
		$this->setTemporaryHook( 'SpecialPage_initList', static function ( array &$list ) {
			unset( $list['Trainings'] );
		} );
		$this->resetServices();
		$handler = new SidebarHandler( $this->getServiceContainer()->getSpecialPageFactory() );
		$sidebar = [ 'navigation' => [] ];

		$handler->onSidebarBeforeOutput( $this->newSkin( Title::makeTitle( NS_MAIN, 'Foo' ) ), $sidebar );

		$this->assertSame( [ 'navigation' => [] ], $sidebar );
	}

}
