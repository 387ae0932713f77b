<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Tests\Integration\Specials;

use DOMElement;
use DOMXPath;
use MediaWiki\Deferred\DeferredUpdates;
use MediaWiki\Extension\Trainings\Catalog\CatalogLookup;
use MediaWiki\Extension\Trainings\Catalog\CourseSearch;
use MediaWiki\Extension\Trainings\Specials\SpecialTrainings;
use MediaWiki\Extension\Trainings\Tests\Integration\EditsAsReviewer;
use MediaWiki\Extension\Trainings\Tests\Integration\HtmlAssertions;
use MediaWiki\Extension\Trainings\TrainingsServices;
use MediaWiki\Permissions\Authority;
use MediaWiki\Request\FauxRequest;
use MediaWiki\SpecialPage\SpecialPage;
use MediaWiki\Title\Title;
use SpecialPageExecutor;
use SpecialPageTestBase;

/**
 * Special:Trainings rendered on the server, as a reader without JavaScript gets it
 * (messages in qqx: keys and parameters show).
 *
 * @group Database
 * @covers \MediaWiki\Extension\Trainings\Specials\SpecialTrainings
 * @covers \MediaWiki\Extension\Trainings\Specials\CatalogRequest
 * @covers \MediaWiki\Extension\Trainings\Catalog\CatalogCardRenderer
 */
class SpecialTrainingsTest extends SpecialPageTestBase {

	use EditsAsReviewer;
	use HtmlAssertions;

	private const ITEM = "//li[contains(concat(' ', @class, ' '), ' ext-trainings-catalog__item ')]";

	public function addDBDataOnce(): void {
		$this->editPage(
			Title::makeTitle( NS_TRAINING, 'How to talk to partners' ),
			"{{#training: summary = Plan a '''first''' meeting. | level = beginner | duration = 20"
				. " | topics = partnerships }}\nIntro.\n== Step ==\nText."
		);
		DeferredUpdates::doUpdates();
		$this->editPage(
			Title::makeTitle( NS_TRAINING, 'Measuring "success" & impact' ),
			"Intro.\n== Step ==\nText."
		);
		$this->editPage(
			Title::makeTitle( NS_TRAINING, 'Old module' ),
			"{{#training: summary = How it was done. | level = advanced | duration = 45 | status = outdated }}"
				. "\nIntro.\n== Step ==\nText."
		);
		$this->editPage(
			Title::makeTitle( NS_TRAINING, 'Draft module' ),
			"{{#training: summary = Not ready. | status = draft }}\nIntro.\n== Step ==\nText."
		);
		$this->editPage( Title::makeTitle( NS_TRAINING, 'How to talk to partners/fr' ), "Intro.\n== Étape ==\nTexte." );
		$this->editPage(
			Title::makeTitle( NS_TRAINING, 'Partnership path' ),
			"{{#training: summary = Two modules in order. | level = beginner }}\n"
				. "{{#trainingcourse: | Old module | How to talk to partners }}"
		);
		DeferredUpdates::doUpdates();
	}

	protected function newSpecialPage(): SpecialTrainings {
		$services = $this->getServiceContainer();
		return new SpecialTrainings( $services->getLanguageNameUtils(), $services->get( CourseSearch::SERVICE_NAME ),
			$services->get( CatalogLookup::SERVICE_NAME ),
			TrainingsServices::getReaderVersionLookup( $services ),
			TrainingsServices::getTopics( $services ) );
	}

	/**
	 * @param array<string,string> $query
	 * @param Authority|null $performer
	 */
	private function render( array $query = [], ?Authority $performer = null ): DOMXPath {
		[ $html ] = $this->executeSpecialPage( '', new FauxRequest( $query ), 'qqx', $performer );
		return self::xpath( $html );
	}

	/**
	 * @return list<string> Titles of the module cards, in order
	 */
	private function cardTitles( DOMXPath $xpath ): array {
		return array_map(
			static fn ( DOMElement $title ) => $title->textContent,
			$this->all( $xpath, self::ITEM . "//span[@class='cdx-card__text__title']" )
		);
	}

	/**
	 * @return list<string> Texts of the chips under $context
	 */
	private function chips( DOMXPath $xpath, string $context ): array {
		return array_map(
			static fn ( DOMElement $chip ) => $chip->textContent,
			$this->all( $xpath, $context . "//span[contains(concat(' ', @class, ' '), ' cdx-info-chip ')]" )
		);
	}

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

	public function testSearchFormWorksWithoutJavaScript(): void {
		$xpath = $this->render( [ 'search' => 'talk', 'topic' => 'partnerships', 'maxduration' => '45',
			'sort' => 'duration', 'drafts' => '1' ] );

		$form = "//form[@class='ext-trainings-catalog__search']";
		$this->assertSame( 'get', $this->single( $xpath, $form )->getAttribute( 'method' ) );
		$this->assertSame( $this->getConfVar( 'Script' ), $this->single( $xpath, $form )->getAttribute( 'action' ) );
		$this->assertSame( 'Special:Trainings',
			$this->single( $xpath, "$form/input[@type='hidden'][@name='title']" )->getAttribute( 'value' ) );

		$input = $this->single( $xpath, "$form//div[contains(@class, 'cdx-search-input')]"
			. "/div[@class='cdx-search-input__input-wrapper']"
			. "/div[contains(@class, 'cdx-text-input--has-start-icon')]"
			. "/input[@type='search'][@name='search']" );
		$this->assertSame( 'talk', $input->getAttribute( 'value' ) );
		$this->assertSame( '(trainings-catalog-search-placeholder)', $input->getAttribute( 'placeholder' ) );
		$this->assertSame( $input->getAttribute( 'id' ),
			$this->single( $xpath, "$form//label[span='(trainings-catalog-search-label)']" )->getAttribute( 'for' ) );

		foreach ( [ 'topic', 'level', 'format', 'language', 'maxduration', 'sort' ] as $name ) {
			$select = $this->single( $xpath, "$form//select[@class='cdx-select'][@name='$name']" );
			$this->assertSame( "(trainings-catalog-filter-$name)",
				$this->single( $xpath, "$form//label[@for='" . $select->getAttribute( 'id' ) . "']" )->textContent,
				"$name is labelled" );
		}
		$selected = static fn ( string $name ) => "$form//select[@name='$name']/option[@selected]";
		$this->assertSame( 'partnerships', $this->single( $xpath, $selected( 'topic' ) )->getAttribute( 'value' ) );
		$this->assertSame( '(trainings-topic-partnerships)',
			$this->single( $xpath, $selected( 'topic' ) )->textContent );
		$this->assertSame( '', $this->single( $xpath, $selected( 'level' ) )->getAttribute( 'value' ) );
		$this->assertSame( '(trainings-catalog-filter-level-any)',
			$this->single( $xpath, $selected( 'level' ) )->textContent );
		$this->assertSame( 'duration', $this->single( $xpath, $selected( 'sort' ) )->getAttribute( 'value' ) );
		$this->assertSame( [ '', '15', '30', '45', '60' ], array_map(
			static fn ( DOMElement $o ) => $o->getAttribute( 'value' ),
			$this->all( $xpath, "$form//select[@name='maxduration']/option" )
		), 'the usual durations, and the one asked for' );
		$this->assertSame( '(trainings-catalog-filter-maxduration-value: 45)',
			$this->single( $xpath, $selected( 'maxduration' ) )->textContent );
		$this->assertSame( [ '', 'en', 'fr' ], array_map(
			static fn ( DOMElement $o ) => $o->getAttribute( 'value' ),
			$this->all( $xpath, "$form//select[@name='language']/option" )
		), 'the languages that have modules' );

		$drafts = $this->single( $xpath,
			"$form//div[contains(@class, 'cdx-checkbox')]//input[@type='checkbox'][@name='drafts']" );
		$this->assertSame( '1', $drafts->getAttribute( 'value' ) );
		$this->assertTrue( $drafts->hasAttribute( 'checked' ) );
		$this->single( $xpath, "$form//button[@type='submit'][contains(@class, 'ext-trainings-catalog__apply')]" );
	}

	/**
	 * @dataProvider provideFilters
	 * @param array<string,string> $query
	 * @param list<string> $titles
	 */
	public function testFiltersAndSortOnTheServer( array $query, array $titles ): void {
		$xpath = $this->render( $query );

		$this->assertSame( $titles, $this->cardTitles( $xpath ) );
		$this->assertSame( '(trainings-catalog-result-count: ' . count( $titles ) . ')',
			$this->single( $xpath, self::byClass( 'ext-trainings-catalog__count' ) )->textContent );
		$this->assertSame( [], $this->all( $xpath, self::byClass( 'ext-trainings-catalog__notice' ) ),
			'all understood' );
	}

	/**
	 * @return iterable<string,array{array<string,string>,list<string>}>
	 */
	public static function provideFilters(): iterable {
		yield 'search, any case' => [ [ 'search' => 'TALK' ], [ 'How to talk to partners' ] ];
		yield 'level' => [ [ 'level' => 'advanced' ], [ 'Old module' ] ];
		yield 'topic' => [ [ 'topic' => 'partnerships' ], [ 'How to talk to partners' ] ];
		yield 'duration' => [ [ 'maxduration' => '30' ], [ 'How to talk to partners' ] ];
		yield 'language' => [ [ 'language' => 'fr' ], [ 'How to talk to partners' ] ];
		yield 'sort by duration, unknown last' => [ [ 'sort' => 'duration' ],
			[ 'How to talk to partners', 'Old module', 'Measuring "success" & impact' ] ];
		yield 'drafts on request' => [ [ 'drafts' => '1', 'search' => 'ready' ], [ 'Draft module' ] ];
		yield 'drafts=0 is off' => [ [ 'drafts' => '0', 'search' => 'ready' ], [] ];
	}

	public function testDraftsAreSaidInWords(): void {
		$xpath = $this->render( [ 'drafts' => '1' ] );

		$this->assertContains( 'Draft module', $this->cardTitles( $xpath ) );
		$this->assertSame( [ '(trainings-meta-status-draft)' ],
			array_slice( $this->chips( $xpath, self::ITEM . "[@data-key='Draft_module']" ), 0, 1 ) );
	}

	public function testUnknownValuesAreIgnoredWithANoticeNamingThem(): void {
		$xpath = $this->render( [
			'level' => 'expert',
			'maxduration' => '-5',
			'sort' => 'random',
			'topic' => '<script>alert(1)</script>',
			'language' => 'not a language',
			'drafts' => 'yes',
			'continue' => 'garbage',
			'limit' => '0',
		] );

		$notice = $this->single( $xpath, self::byClass( 'ext-trainings-catalog__notice' ) );
		$this->assertStringContainsString( 'cdx-message--warning', $notice->getAttribute( 'class' ) );
		$text = $this->single( $xpath,
			self::byClass( 'ext-trainings-catalog__notice' ) . "/div[@class='cdx-message__content']" )->textContent;
		$this->assertStringStartsWith( '(trainings-catalog-ignored: ', $text );
		$this->assertStringEndsWith( ', 8)', $text, 'the number of values, for PLURAL' );
		$named = [ 'level, expert', 'maxduration, -5', 'sort, random', 'topic, <script>alert(1)</script>',
			'language, not a language', 'drafts, yes', 'continue, garbage', 'limit, 0' ];
		foreach ( $named as $item ) {
			$this->assertStringContainsString( "(trainings-catalog-ignored-value: $item)", $text );
		}
		$this->assertSame( [ 'How to talk to partners', 'Measuring "success" & impact', 'Old module' ],
			$this->cardTitles( $xpath ), 'the list as without them' );
		$this->assertSame( '',
			$this->single( $xpath, "//select[@name='level']/option[@selected]" )->getAttribute( 'value' ) );
	}

	public function testHostileValuesAreEscaped(): void {
		[ $html ] = $this->executeSpecialPage( '', new FauxRequest( [
			'search' => '"><script>alert(1)</script>',
			'level' => '"><img src=x onerror=alert(1)>',
		] ), 'qqx' );

		$this->assertStringNotContainsString( '<script>alert(1)', $html );
		$this->assertStringNotContainsString( '<img src=x', $html );
	}

	public function testNoResultsOffersTheWholeCatalog(): void {
		$xpath = $this->render( [ 'search' => 'nothing like this' ] );

		$this->assertSame( [], $this->cardTitles( $xpath ) );
		$this->single( $xpath, self::byClass( 'ext-trainings-catalog__list' ) );
		$empty = $this->single( $xpath, self::byClass( 'ext-trainings-catalog__empty' ) );
		$this->assertSame( '(trainings-catalog-no-results) (trainings-catalog-clear)', $empty->textContent );
		$this->assertSame( SpecialPage::getTitleFor( 'Trainings' )->getLocalURL(),
			$this->single( $xpath, self::byClass( 'ext-trainings-catalog__empty' ) . '/a' )->getAttribute( 'href' ) );
	}

	public function testMoreModulesLinkCarriesContinueAndTheFilters(): void {
		$this->overrideConfigValue( 'TrainingsCatalogPageSize', 1 );

		$xpath = $this->render( [ 'sort' => 'duration', 'level' => '' ] );

		$this->assertSame( [ 'How to talk to partners' ], $this->cardTitles( $xpath ) );
		$this->assertSame( '(trainings-catalog-result-count-more: 1)',
			$this->single( $xpath, self::byClass( 'ext-trainings-catalog__count' ) )->textContent );
		$more = $this->single( $xpath, self::byClass( 'ext-trainings-catalog__more' ) . '/a' );
		$this->assertSame( '(trainings-catalog-more)', $more->textContent );
		$continue = $more->getAttribute( 'data-continue' );
		$this->assertNotSame( '', $continue );
		$this->assertSame(
			SpecialPage::getTitleFor( 'Trainings' )->getLocalURL( [ 'sort' => 'duration', 'continue' => $continue ] ),
			$more->getAttribute( 'href' ),
			'the same filters, from where this page stopped'
		);

		$xpath = $this->render( [ 'sort' => 'duration', 'continue' => $continue ] );
		$this->assertSame( [ 'Old module' ], $this->cardTitles( $xpath ), 'the next page' );
		$this->assertSame( $continue, $this->single( $xpath, "//div[@id='ext-trainings-catalog']" )
			->getAttribute( 'data-continue' ), 'where this page starts, for the enhancement' );
		$this->assertSame( [], $this->all( $xpath, self::byClass( 'ext-trainings-catalog__courses' ) ),
			'courses only on the first page' );
		$this->assertSame( [], $this->all( $xpath, self::byClass( 'ext-trainings-catalog__notice' ) ) );
	}

	public function testLimitAsksForLongerOrShorterPages(): void {
		$xpath = $this->render( [ 'limit' => '2', 'level' => 'advanced' ] );

		$this->assertSame( [ 'Old module' ], $this->cardTitles( $xpath ) );
		$this->assertSame( '2', $this->single( $xpath, "//div[@id='ext-trainings-catalog']" )
			->getAttribute( 'data-page-size' ) );
		$this->assertSame( '2', $this->single( $xpath, "//form[@class='ext-trainings-catalog__search']"
			. "/input[@type='hidden'][@name='limit']" )->getAttribute( 'value' ), 'kept by the form' );

		$xpath = $this->render( [ 'limit' => '2' ] );
		$more = $this->single( $xpath, self::byClass( 'ext-trainings-catalog__more' ) . '/a' );
		$this->assertStringContainsString( 'limit=2', $more->getAttribute( 'href' ), 'kept by the link' );
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
