<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Tests\Integration\Specials;

use DOMXPath;
use MediaWiki\Deferred\DeferredUpdates;
use MediaWiki\Extension\Trainings\Specials\SpecialTrainings;
use MediaWiki\Extension\Trainings\Tests\Integration\HtmlAssertions;
use MediaWiki\Extension\Trainings\TrainingsServices;
use MediaWiki\Permissions\Authority;
use MediaWiki\Request\FauxRequest;
use MediaWiki\Title\Title;
use SpecialPageExecutor;
use SpecialPageTestBase;

/**
 * @group Database
 * @covers \MediaWiki\Extension\Trainings\Specials\SpecialTrainings
 */
class SpecialTrainingsTest extends SpecialPageTestBase {
	use HtmlAssertions;

	public function addDBDataOnce(): void {
		$this->editPage(
			Title::makeTitle( NS_TRAINING, 'How to talk to partners' ),
			"{{#training: summary = Plan a '''first''' meeting.}}\nIntro.\n== Step ==\nText."
		);
		DeferredUpdates::doUpdates();
		$this->editPage(
			Title::makeTitle( NS_TRAINING, 'Measuring "success" & impact' ),
			"Intro.\n== Step ==\nText."
		);
		$this->editPage( Title::makeTitle( NS_TRAINING, 'How to talk to partners/fr' ), "Intro.\n== Étape ==\nTexte." );
	}

	protected function newSpecialPage(): SpecialTrainings {
		return new SpecialTrainings( TrainingsServices::getModuleCatalog( $this->getServiceContainer() ) );
	}

	/**
	 * @param array<string,string> $query
	 * @param Authority|null $performer
	 */
	private function render( array $query = [], ?Authority $performer = null ): DOMXPath {
		[ $html ] = $this->executeSpecialPage( '', new FauxRequest( $query ), null, $performer );
		return self::xpath( $html );
	}






	public function testRendersCardsForEveryModule(): void {
		$xpath = $this->render();

		$root = $this->single( $xpath, "//div[@id='ext-trainings-catalog']" );
		$this->assertSame( 'ext-trainings-catalog', $root->getAttribute( 'class' ) );

		$items = $this->all( $xpath, self::byClass( 'ext-trainings-catalog__item' ) );
		$this->assertCount( 2, $items, 'the /fr subpage is not listed' );

		// Sorted by title; title text escaped in attributes and content.
		[ $first, $second ] = $items;
		$this->assertSame( 'How to talk to partners', $first->getAttribute( 'data-title' ) );
		$this->assertSame(
			'how to talk to partners plan a first meeting.',
			$first->getAttribute( 'data-search-text' )
		);
		$this->assertSame( 'Measuring "success" & impact', $second->getAttribute( 'data-title' ) );

		$link = $this->single( $xpath, self::byClass( 'ext-trainings-catalog__item' ) . '[1]/a' );
		$this->assertStringContainsString( 'cdx-card', $link->getAttribute( 'class' ) );
		$this->assertSame(
			Title::makeTitle( NS_TRAINING, 'How to talk to partners' )->getLocalURL(),
			$link->getAttribute( 'href' )
		);
		$this->assertSame(
			'How to talk to partners',
			$this->single( $xpath, self::byClass( 'ext-trainings-catalog__item' ) . '[1]//'
				. 'span[@class="cdx-card__text__title"]' )->textContent
		);
		$this->assertSame(
			'Plan a first meeting.',
			$this->single( $xpath, self::byClass( 'ext-trainings-catalog__item' ) . '[1]//'
				. 'span[@class="cdx-card__text__description"]' )->textContent,
			'the summary from the module metadata'
		);

		$count = $this->single( $xpath, self::byClass( 'ext-trainings-catalog__count' ) );
		$this->assertSame( 'polite', $count->getAttribute( 'aria-live' ) );
		$this->assertSame( '(trainings-catalog-result-count: 2)', $count->textContent );

		$empty = $this->single( $xpath, self::byClass( 'ext-trainings-catalog__empty' ) );
		$this->assertTrue( $empty->hasAttribute( 'hidden' ), 'the no-results text is hidden when there are results' );
	}

	public function testSearchFormWorksWithoutJavaScript(): void {
		$xpath = $this->render( [ 'search' => 'talk' ] );

		$form = $this->single( $xpath, "//form[@class='ext-trainings-catalog__search']" );
		$this->assertSame( 'ext-trainings-catalog__search', $form->getAttribute( 'class' ) );
		$this->assertSame( 'get', $form->getAttribute( 'method' ) );
		$this->assertSame( $this->getConfVar( 'Script' ), $form->getAttribute( 'action' ) );
		$this->assertSame(
			'Special:Trainings',
			$this->single( $xpath,
				"//form[@class='ext-trainings-catalog__search']/input[@type='hidden'][@name='title']" )
				->getAttribute( 'value' )
		);

		$input = $this->single( $xpath, "//form[@class='ext-trainings-catalog__search']"
			. "//div[contains(@class, 'cdx-search-input')]"
			. "/div[@class='cdx-search-input__input-wrapper']"
			. "/div[contains(@class, 'cdx-text-input--has-start-icon')]"
			. "/input[@type='search'][@name='search']" );
		$this->assertSame( 'talk', $input->getAttribute( 'value' ) );
		$this->assertSame( '(trainings-catalog-search-placeholder)', $input->getAttribute( 'placeholder' ) );
		$label = $this->single( $xpath, "//form[@class='ext-trainings-catalog__search']//label" );
		$this->assertSame( $input->getAttribute( 'id' ), $label->getAttribute( 'for' ) );
		$this->assertSame( '(trainings-catalog-search-label)', $label->textContent );
		$this->single( $xpath, "//form[@class='ext-trainings-catalog__search']"
			. "//button[contains(@class, 'cdx-search-input__end-button')]" );
	}

	public function testSearchFiltersOnTheServer(): void {
		$xpath = $this->render( [ 'search' => 'TALK' ] );

		$item = $this->single( $xpath, self::byClass( 'ext-trainings-catalog__item' ) );
		$this->assertSame( 'How to talk to partners', $item->getAttribute( 'data-title' ) );
		$this->assertSame(
			'(trainings-catalog-result-count: 1)',
			$this->single( $xpath, self::byClass( 'ext-trainings-catalog__count' ) )->textContent
		);
	}

	public function testNoResults(): void {
		$xpath = $this->render( [ 'search' => 'nothing like this' ] );

		$this->assertSame( [], $this->all( $xpath, self::byClass( 'ext-trainings-catalog__item' ) ) );
		$this->single( $xpath, self::byClass( 'ext-trainings-catalog__list' ) );
		$empty = $this->single( $xpath, self::byClass( 'ext-trainings-catalog__empty' ) );
		$this->assertFalse( $empty->hasAttribute( 'hidden' ) );
		$this->assertSame( '(trainings-catalog-no-results)', $empty->textContent );
	}

	public function testLongListsAreCut(): void {
		$this->overrideConfigValue( 'TrainingsCatalogPageSize', 1 );

		$xpath = $this->render();

		$this->assertCount( 1, $this->all( $xpath, self::byClass( 'ext-trainings-catalog__item' ) ) );
		$this->assertSame(
			'(trainings-catalog-result-count: 1)(word-separator)(trainings-catalog-truncated: 1)',
			$this->single( $xpath, self::byClass( 'ext-trainings-catalog__count' ) )->textContent
		);
		// The enhancement must not filter a cut list in the browser.
		$root = $this->single( $xpath, self::byClass( 'ext-trainings-catalog' ) );
		$this->assertTrue( $root->hasAttribute( 'data-truncated' ) );
	}

	public function testCompleteListsAreNotMarkedCut(): void {
		$xpath = $this->render();

		$root = $this->single( $xpath, self::byClass( 'ext-trainings-catalog' ) );
		$this->assertFalse( $root->hasAttribute( 'data-truncated' ) );
	}

	public function testAddsModulesAndIntro(): void {
		$page = $this->newSpecialPage();
		[ $html ] = ( new SpecialPageExecutor() )->executeSpecialPage( $page, '', null, 'qqx' );

		$out = $page->getOutput();
		$this->assertContains( 'ext.trainings.catalog.styles', $out->getModuleStyles() );
		$this->assertContains( 'ext.trainings.catalog', $out->getModules() );
		$this->assertStringContainsString( '(trainings-summary)', $html );
		$this->assertStringContainsString( '(trainings)', $out->getPageTitle() );
	}

	public function testCreateFormForUsersWhoMayCreateModules(): void {
		$xpath = $this->render( [], $this->getTestUser()->getAuthority() );

		$form = $this->single( $xpath, "//form[@class='ext-trainings-create']" );
		$this->assertSame( 'get', $form->getAttribute( 'method' ) );
		$this->assertSame( $this->getConfVar( 'Script' ), $form->getAttribute( 'action' ) );
		$this->assertSame( '(trainings-create-legend)',
			$this->single( $xpath, '//form/fieldset/legend' )->textContent );
		$this->assertSame( 'edit', $this->single( $xpath, "//form/fieldset/input[@type='hidden'][@name='action']" )
			->getAttribute( 'value' ) );
		$input = $this->single( $xpath, "//form[@class='ext-trainings-create']//input[@name='title']" );
		$this->assertSame( 'Training:', $input->getAttribute( 'value' ) );
		$this->assertTrue( $input->hasAttribute( 'required' ) );
		$this->assertSame(
			$input->getAttribute( 'id' ),
			$this->single( $xpath, "//form[@class='ext-trainings-create']//label" )->getAttribute( 'for' )
		);
		$this->assertSame(
			'(trainings-create-button)',
			$this->single( $xpath, "//form[@class='ext-trainings-create']//button[@type='submit']" )->textContent
		);
	}

	public function testNoCreateFormForUsersWhoMayNotCreatePages(): void {
		$this->setGroupPermissions( [
			'*' => [ 'createpage' => false ],
			'user' => [ 'createpage' => false ],
		] );

		$xpath = $this->render( [], $this->getTestUser()->getAuthority() );

		$this->assertSame( [], $this->all( $xpath, "//form[@class='ext-trainings-create']" ) );
		$this->assertCount(
			2, $this->all( $xpath, self::byClass( 'ext-trainings-catalog__item' ) ), 'the catalog is shown'
		);
	}

}
