<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Tests\Integration\Specials;

use DOMXPath;
use MediaWiki\Api\ApiMain;
use MediaWiki\Context\RequestContext;
use MediaWiki\Deferred\DeferredUpdates;
use MediaWiki\Extension\Trainings\Specials\SpecialTrainings;
use MediaWiki\Extension\Trainings\Tests\Integration\EditsAsReviewer;
use MediaWiki\Extension\Trainings\Tests\Integration\HtmlAssertions;
use MediaWiki\MainConfigNames;
use MediaWiki\Parser\ParserOptions;
use MediaWiki\Request\FauxRequest;
use MediaWiki\SpecialPage\RedirectSpecialArticle;
use MediaWiki\Title\Title;
use SpecialPageTestBase;

/**
 * A reader following a catalog card or a course's module link lands on the language version
 * they get (LanguageVersionResolver): `fr` on /fr, `de-at` on /de, a language without a
 * version on the source. The catalog chooses from the languages its entries already list.
 *
 * @group Database
 * @covers \MediaWiki\Extension\Trainings\Catalog\CatalogCardRenderer
 * @covers \MediaWiki\Extension\Trainings\Specials\SpecialTrainings
 * @covers \MediaWiki\Extension\Trainings\Translation\LanguageVersionResolver
 * @covers \MediaWiki\Extension\Trainings\Content\CourseRenderer
 */
class CatalogLanguageLinksTest extends SpecialPageTestBase {

	use EditsAsReviewer;
	use HtmlAssertions;

	private const MODULE = 'Linked module';
	private const OTHER = 'English only module';
	private const COURSE = 'Linked course';

	protected function setUp(): void {
		parent::setUp();
		$this->overrideConfigValue( MainConfigNames::LanguageCode, 'en' );
	}

	public function addDBDataOnce(): void {
		$text = "{{#training: summary = S | level = beginner }}\nIntro.\n\n== One ==\nText.\n";
		foreach ( [ self::MODULE, self::MODULE . '/fr', self::MODULE . '/de', self::OTHER ] as $name ) {
			$this->editPage( Title::makeTitle( NS_TRAINING, $name ), $text );
		}
		$this->editPage( Title::makeTitle( NS_TRAINING, self::COURSE ),
			"{{#training: summary = A path. }}\n{{#trainingcourse: | " . self::MODULE . ' | ' . self::OTHER . " }}" );
		DeferredUpdates::doUpdates();
	}

	protected function newSpecialPage(): SpecialTrainings {
		// Built as the wiki builds it: the services extension.json names.
		$page = $this->getServiceContainer()->getSpecialPageFactory()->getPage( 'Trainings' );
		$this->assertInstanceOf( SpecialTrainings::class, $page );
		return $page;
	}

	private function render( string $language ): DOMXPath {
		[ $html ] = $this->executeSpecialPage( '', new FauxRequest( [] ), $language );
		return self::xpath( $html );
	}

	/**
	 * @return array<string,string> Card link by module key
	 */
	private function cardLinks( DOMXPath $xpath ): array {
		$links = [];
		foreach ( $this->all( $xpath, '//li[@data-key and @class="ext-trainings-catalog__item"]' ) as $li ) {
			$key = $li->getAttribute( 'data-key' );
			$links[$key] = urldecode( $this->single( $xpath,
				"//li[@data-key='$key' and @class='ext-trainings-catalog__item']/a" )->getAttribute( 'href' ) );
		}
		return $links;
	}

	/**
	 * @return list<string> The links of the course's modules in the catalog
	 */
	private function courseLinks( DOMXPath $xpath ): array {
		$links = [];
		foreach ( $this->all( $xpath, "//a[contains(@class, 'ext-trainings-course__module-title')]" ) as $a ) {
			$links[] = urldecode( $a->getAttribute( 'href' ) );
		}
		return $links;
	}

	/**
	 * @return iterable<string,array{0:string,1:string}>
	 */
	public static function provideReaders(): iterable {
		yield 'fr gets /fr' => [ 'fr', '/fr' ];
		yield 'de-at falls back to /de' => [ 'de-at', '/de' ];
		yield 'a language without a version gets the source' => [ 'id', '' ];
		yield 'the source language gets the base page' => [ 'en', '' ];
	}

	/**
	 * @dataProvider provideReaders
	 */
	public function testCardsAndCourseLinkToTheReadersVersion( string $language, string $suffix ): void {
		$xpath = $this->render( $language );
		$links = $this->cardLinks( $xpath );
		$this->assertStringEndsWith( 'Training:Linked_module' . $suffix, $links['Linked_module'] );
		$this->assertStringEndsWith( 'Training:English_only_module', $links['English_only_module'],
			'a module without versions: its base page' );
		$course = array_map( static fn ( $href ) => substr( $href, (int)strpos( $href, 'Training:' ) ),
			$this->courseLinks( $xpath ) );
		$this->assertSame( [ 'Training:Linked_module' . $suffix, 'Training:English_only_module' ], $course,
			'the modules of a course in the catalog' );
		$chips = $xpath->query( '//*[contains(@class, "ext-trainings-card__chip--translation")]' );
		$this->assertNotFalse( $chips );
		$this->assertSame( 0, $chips->length, 'hand-made versions have no completeness figures to show' );
	}

	public function testLinksKeepTheReadersUselang(): void {
		[ $html ] = $this->executeSpecialPage( '', new FauxRequest( [ 'uselang' => 'de-at' ] ), 'de-at' );
		$links = $this->cardLinks( self::xpath( $html ) );
		$this->assertStringEndsWith( 'Training:Linked_module/de&uselang=de-at', $links['Linked_module'] );
		$this->assertStringEndsWith( 'Training:English_only_module&uselang=de-at', $links['English_only_module'] );
		[ $plain ] = $this->executeSpecialPage( '', new FauxRequest( [] ), 'de-at' );
		$this->assertStringEndsWith( 'Training:Linked_module/de',
			$this->cardLinks( self::xpath( $plain ) )['Linked_module'], 'without uselang, none is added' );
	}

	public function testTheApiGivesTheSameCards(): void {
		// One owner of a card's markup (design record 0024): the enhancement inserts these.
		[ $html ] = $this->executeSpecialPage( '', new FauxRequest( [ 'uselang' => 'de-at' ] ), 'de-at' );
		$context = new RequestContext();
		$context->setRequest( new FauxRequest( [ 'action' => 'query', 'list' => 'trainings', 'trprop' => 'card',
			'uselang' => 'de-at', 'formatversion' => 2 ] ) );
		$context->setLanguage( 'de-at' );
		$api = new ApiMain( $context );
		$api->execute();
		$cards = [];
		foreach ( $api->getResult()->getResultData( [ 'query', 'trainings' ], [ 'Strip' => 'all' ] ) as $item ) {
			$cards[$item['key']] = $item['card'];
		}
		$this->assertSame( [ 'English_only_module', 'Linked_module' ], array_keys( $cards ) );
		$this->assertStringContainsString( 'Training:Linked_module/de&amp;uselang=de-at', $cards['Linked_module'] );
		foreach ( $cards as $key => $card ) {
			$this->assertStringContainsString( $card, $html, "the special page's card of $key" );
		}
	}

	public function testCoursePageLinksFindTheReadersVersion(): void {
		// The course page is parser-cached for every reader: its links go through
		// Special:MyLanguage, which picks the version when followed.
		$html = $this->getServiceContainer()->getParserOutputAccess()->getParserOutput(
			$this->getServiceContainer()->getWikiPageFactory()->newFromTitle(
				Title::makeTitle( NS_TRAINING, self::COURSE ) ),
			ParserOptions::newFromAnon()
		)->getValue()->getRawText();
		$this->assertStringContainsString( 'Special:MyLanguage/Training:Linked_module', urldecode( $html ) );
		$special = $this->getServiceContainer()->getSpecialPageFactory()->getPage( 'MyLanguage' );
		$this->assertInstanceOf( RedirectSpecialArticle::class, $special );
		foreach ( [ 'fr' => '/fr', 'de-at' => '/de', 'id' => '' ] as $code => $suffix ) {
			$context = new RequestContext();
			$context->setLanguage( $code );
			$special->setContext( $context );
			$redirect = $special->getRedirect( 'Training:' . self::MODULE );
			$this->assertInstanceOf( Title::class, $redirect, $code );
			$this->assertSame( self::MODULE . $suffix, $redirect->getText(), $code );
		}
	}

}
