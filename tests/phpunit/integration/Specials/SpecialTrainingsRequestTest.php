<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Tests\Integration\Specials;

use DOMElement;
use MediaWiki\Extension\Trainings\Tests\Integration\HtmlAssertions;
use MediaWiki\Request\FauxRequest;
use MediaWiki\SpecialPage\SpecialPage;

/**
 * Special:Trainings rendered on the server for what the request asks, without JavaScript
 * (messages in qqx): the search form, filters and sort, values it does not know or that
 * attack it, no results, and the next page.
 *
 * @group Database
 * @covers \MediaWiki\Extension\Trainings\Specials\SpecialTrainings
 * @covers \MediaWiki\Extension\Trainings\Specials\CatalogRequest
 * @covers \MediaWiki\Extension\Trainings\Catalog\CatalogCardRenderer
 */
class SpecialTrainingsRequestTest extends SpecialTrainingsTestBase {

	// Its helpers are private: each class that asserts takes them.
	use HtmlAssertions;

	public function testSearchFormWorksWithoutJavaScript(): void {
		$xpath = $this->render( [ 'search' => 'talk', 'topic' => 'partnerships', 'maxduration' => '45',
			'sort' => 'duration', 'drafts' => '1' ] );

		$form = "//form[@class='ext-trainings-catalog__search']";
		$this->assertSame( 'get', $this->single( $xpath, $form )->getAttribute( 'method' ) );
		$this->assertSame( $this->getConfVar( 'Script' ), $this->single( $xpath, $form )->getAttribute( 'action' ) );
		$this->assertSame( 'Special:Trainings',
			$this->single( $xpath, "$form/input[@type='hidden'][@name='title']" )->getAttribute( 'value' ) );

		$input = $this->single( $xpath, "$form//div[@class='ext-trainings-catalog__search-box']"
			. "/div[@class='cdx-text-input']"
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

}
