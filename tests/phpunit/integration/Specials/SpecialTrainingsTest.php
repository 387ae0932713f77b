<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Tests\Integration\Specials;

use DOMElement;
use MediaWiki\Extension\Trainings\Tests\Integration\HtmlAssertions;
use MediaWiki\Title\Title;
use SpecialPageExecutor;

/**
 * Special:Trainings rendered on the server, as a reader without JavaScript gets it
 * (messages in qqx: keys and parameters show): the cards, the courses and the forms around
 * them. What the request asks (search, filters, sort, pages): SpecialTrainingsRequestTest.
 *
 * @group Database
 * @covers \MediaWiki\Extension\Trainings\Specials\SpecialTrainings
 * @covers \MediaWiki\Extension\Trainings\Specials\CatalogRequest
 * @covers \MediaWiki\Extension\Trainings\Catalog\CatalogCardRenderer
 */
class SpecialTrainingsTest extends SpecialTrainingsTestBase {

	// Its helpers are private: each class that asserts takes them.
	use HtmlAssertions;

	public function testRendersACardForEveryPublishedOrOutdatedModule(): void {
		$xpath = $this->render();

		$root = $this->single( $xpath, "//div[@id='ext-trainings-catalog']" );
		$this->assertSame( 'ext-trainings-catalog', $root->getAttribute( 'class' ) );
		$this->assertSame( '50', $root->getAttribute( 'data-page-size' ), 'for the enhancement' );

		$this->assertSame(
			[ 'How to talk to partners', 'Measuring "success" & impact', 'Old module' ],
			$this->cardTitles( $xpath ),
			'by title; no draft, course or /fr subpage; title escaped'
		);

		$first = self::ITEM . '[1]';
		$this->assertSame( 'How_to_talk_to_partners', $this->single( $xpath, $first )->getAttribute( 'data-key' ) );
		$link = $this->single( $xpath, "$first/a" );
		$this->assertSame( 'cdx-card cdx-card--is-link', $link->getAttribute( 'class' ) );
		$this->assertSame(
			Title::makeTitle( NS_TRAINING, 'How to talk to partners' )->getLocalURL(),
			$link->getAttribute( 'href' )
		);
		$this->assertSame( 'Plan a first meeting.',
			$this->single( $xpath, "$first//span[@class='cdx-card__text__description']" )->textContent,
			'the summary from the module metadata' );
		$names = $this->getServiceContainer()->getLanguageNameUtils();
		$this->assertSame(
			[
				'(trainings-meta-level-beginner)',
				'(trainings-catalog-card-duration: 20)',
				'(trainings-topic-partnerships)',
				$names->getLanguageName( 'en', 'qqx' ) . '(comma-separator)' . $names->getLanguageName( 'fr', 'qqx' ),
			],
			$this->chips( $xpath, $first ),
			'level, duration in minutes, topics, languages by name'
		);

		$old = self::ITEM . '[3]';
		$this->assertSame(
			[
				'(trainings-meta-status-outdated)',
				'(trainings-meta-level-advanced)',
				'(trainings-catalog-card-duration: 45)',
			],
			array_slice( $this->chips( $xpath, $old ), 0, 3 ),
			'outdated in words, first'
		);
		$this->single( $xpath, "$old//span[contains(@class, 'ext-trainings-card__chip--outdated')]" );
		$this->assertNotContains( '(trainings-meta-status-outdated)', $this->chips( $xpath, self::ITEM . '[2]' ),
			'a module without metadata counts as published' );

		$count = $this->single( $xpath, self::byClass( 'ext-trainings-catalog__count' ) );
		$this->assertSame( 'polite', $count->getAttribute( 'aria-live' ) );
		$this->assertSame( '(trainings-catalog-result-count: 3)', $count->textContent );
		$this->assertSame( [], $this->all( $xpath, self::byClass( 'ext-trainings-catalog__empty' ) ) );
		$this->assertSame( [], $this->all( $xpath, self::byClass( 'ext-trainings-catalog__more' ) ) );
		$this->assertSame( [], $this->all( $xpath, self::byClass( 'ext-trainings-catalog__notice' ) ) );
	}

	public function testShowsCoursesAsNumberedLearningPaths(): void {
		$xpath = $this->render();

		$section = $this->single( $xpath, "//section[@class='ext-trainings-catalog__courses']" );
		$this->assertFalse( $section->hasAttribute( 'hidden' ) );
		$this->assertSame( '(trainings-catalog-courses-heading)', $this->single( $xpath, "//section/h2[@id='"
			. $section->getAttribute( 'aria-labelledby' ) . "']" )->textContent );

		$course = "//li[@class='ext-trainings-course'][@data-key='Partnership_path']";
		$title = $this->single( $xpath, "$course/h3/a" );
		$this->assertSame( 'Partnership path', $title->textContent );
		$this->assertSame( Title::makeTitle( NS_TRAINING, 'Partnership path' )->getLocalURL(),
			$title->getAttribute( 'href' ) );
		$this->assertSame( 'Two modules in order.',
			$this->single( $xpath, "$course/p[@class='ext-trainings-course__summary']" )->textContent );
		$this->assertSame(
			[
				'(trainings-meta-level-beginner)',
				'(trainings-catalog-course-modules: 2)',
				'(trainings-catalog-card-duration: 65)',
			],
			$this->chips( $xpath, "$course/p[@class='ext-trainings-course__facts']" ),
			'the modules\' durations added up'
		);

		$modules = $this->all( $xpath, "$course/ol[@class='ext-trainings-course__modules']/li/a" );
		$this->assertSame( [ 'Old module', 'How to talk to partners' ],
			array_map( static fn ( DOMElement $a ) => $a->textContent, $modules ), 'in the course\'s order' );
		$this->assertSame( Title::makeTitle( NS_TRAINING, 'Old module' )->getLocalURL(),
			$modules[0]->getAttribute( 'href' ) );
		$this->assertSame(
			[ '(trainings-meta-status-outdated)', '(trainings-catalog-card-duration: 45)' ],
			$this->chips( $xpath, "$course/ol/li[1]" ),
			'each module with its duration, outdated said in words'
		);

		$this->assertSame( [ 'How to talk to partners', 'Measuring "success" & impact', 'Old module' ],
			$this->cardTitles( $xpath ), 'courses are not module cards' );
	}

	public function testCoursesFollowTheSearch(): void {
		$xpath = $this->render( [ 'search' => 'zzzzqqq' ] );
		$section = $this->single( $xpath, "//section[@class='ext-trainings-catalog__courses']" );
		$this->assertTrue( $section->hasAttribute( 'hidden' ), 'nothing matches: kept for the enhancement, hidden' );
		$this->assertTrue( $this->single( $xpath, "//li[@class='ext-trainings-course']" )->hasAttribute( 'hidden' ) );

		$xpath = $this->render( [ 'search' => 'partners' ] );
		$section = $this->single( $xpath, "//section[@class='ext-trainings-catalog__courses']" );
		$this->assertFalse( $section->hasAttribute( 'hidden' ), 'a module of the course matches' );
		$this->assertFalse( $this->single( $xpath, "//li[@class='ext-trainings-course']" )->hasAttribute( 'hidden' ) );
		$marked = $this->single( $xpath, "//li[contains(@class, 'ext-trainings-course__module--match')]" );
		$this->assertSame( 'How_to_talk_to_partners', $marked->getAttribute( 'data-key' ) );
		$this->assertSame( '(trainings-catalog-course-module-matches)',
			$this->single( $xpath, "//span[@class='ext-trainings-course__match']" )->textContent );
	}

	public function testDraftsAreSaidInWords(): void {
		$xpath = $this->render( [ 'drafts' => '1' ] );

		$this->assertContains( 'Draft module', $this->cardTitles( $xpath ) );
		$this->assertSame( [ '(trainings-meta-status-draft)' ],
			array_slice( $this->chips( $xpath, self::ITEM . "[@data-key='Draft_module']" ), 0, 1 ) );
	}

	public function testAddsModulesAndIntro(): void {
		$page = $this->newSpecialPage();
		[ $html ] = ( new SpecialPageExecutor() )->executeSpecialPage( $page, '', null, 'qqx' );

		$out = $page->getOutput();
		$this->assertContains( 'ext.trainings.styles', $out->getModuleStyles() );
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
			$this->single( $xpath, "//form[@class='ext-trainings-create']/fieldset/legend" )->textContent );
		$this->assertSame( 'edit', $this->single( $xpath,
			"//form[@class='ext-trainings-create']/fieldset/input[@type='hidden'][@name='action']" )
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
		$this->assertCount( 3, $this->cardTitles( $xpath ), 'the catalog is shown' );
	}

}
