<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Tests\Integration\Content;

use MediaWiki\Deferred\DeferredUpdates;
use MediaWiki\Extension\Trainings\Tests\Integration\EditsAsReviewer;
use MediaWiki\MainConfigNames;
use MediaWiki\Parser\ParserOptions;
use MediaWiki\Title\Title;
use MediaWikiIntegrationTestCase;

/**
 * The metadata title becomes the page's display title by the rule of `{{DISPLAYTITLE:}}`:
 * with `$wgRestrictDisplayTitle` on, only a title that normalises to the page's own title.
 *
 * @group Database
 * @covers \MediaWiki\Extension\Trainings\Content\DisplayTitleRule
 * @covers \MediaWiki\Extension\Trainings\Content\TrainingFunction
 */
class DisplayTitleTest extends MediaWikiIntegrationTestCase {

	use EditsAsReviewer;

	private const PAGE = 'Display title module';

	protected function setUp(): void {
		parent::setUp();
		$this->overrideConfigValue( MainConfigNames::LanguageCode, 'en' );
	}

	/**
	 * @return array{0:string,1:string|null} The text of the parser output's display title and
	 *  the stored `displaytitle` page property
	 */
	private function displayTitle( string $metadataTitle, string $page = self::PAGE ): array {
		$title = Title::makeTitle( NS_TRAINING, $page );
		$this->assertStatusGood( $this->editPage( $title,
			"{{#training: | title = $metadataTitle | summary = S }}\nIntro.\n\n== One ==\nText.\n" ) );
		DeferredUpdates::doUpdates();
		$output = $this->getServiceContainer()->getWikiPageFactory()->newFromTitle( $title )
			->getParserOutput( ParserOptions::newFromAnon(), null, true );
		$this->assertNotFalse( $output );
		$stored = $this->getServiceContainer()->getPageProps()->getProperties( $title, 'displaytitle' );
		$stored = $stored[$title->getArticleID()] ?? null;
		$this->assertTrue( $stored === null || is_string( $stored ) );
		$shown = $output->getDisplayTitle();
		$this->assertIsString( $shown );
		// Without a display title of its own, the page shows its own title (as HTML).
		return [ html_entity_decode( strip_tags( $shown ) ), $stored ];
	}

	/**
	 * @return iterable<string,array{0:string,1:string|null}> The metadata title, and the
	 *  display title it gives (null: none, the page keeps its own)
	 */
	public static function provideRestricted(): iterable {
		yield 'the page title' => [ self::PAGE, self::PAGE ];
		yield 'another case of the first letter' => [ 'display title module', 'display title module' ];
		yield 'with underscores' => [ 'Display_title_module', 'Display_title_module' ];
		yield 'with the namespace' => [ 'Training:Display title module', 'Training:Display title module' ];
		yield 'another title' => [ 'Main Page', null ];
		yield 'another namespace' => [ 'Help:Display title module', null ];
		yield 'with a fragment' => [ 'Display title module#Top', null ];
		yield 'another case inside' => [ 'Display Title Module', null ];
	}

	/**
	 * @dataProvider provideRestricted
	 * @param string $metadataTitle
	 * @param string|null $expected
	 */
	public function testRestricted( string $metadataTitle, ?string $expected ): void {
		$this->overrideConfigValue( MainConfigNames::RestrictDisplayTitle, true );
		[ $shown, $stored ] = $this->displayTitle( $metadataTitle );
		$this->assertSame( $expected ?? 'Training:' . self::PAGE, $shown );
		$this->assertSame( $expected, $stored );
	}

	public function testRestrictedLanguageVersionKeepsItsOwnTitle(): void {
		$this->overrideConfigValue( MainConfigNames::RestrictDisplayTitle, true );
		$this->assertSame( [ 'Training:' . self::PAGE . '/fr', null ],
			$this->displayTitle( 'Un module', self::PAGE . '/fr' ) );
	}

	public function testUnrestricted(): void {
		$this->overrideConfigValue( MainConfigNames::RestrictDisplayTitle, false );
		$this->assertSame( [ 'Main Page & co', 'Main Page &amp; co' ], $this->displayTitle( 'Main Page & co' ) );
		$this->assertSame( [ 'Un module', 'Un module' ], $this->displayTitle( 'Un module', self::PAGE . '/fr' ) );
	}

}
