<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Tests\Integration\Translation;

use Article;
use MediaWiki\Context\RequestContext;
use MediaWiki\Extension\Trainings\Tests\Integration\CountsQueries;
use MediaWiki\Extension\Trainings\Tests\Integration\EditsAsReviewer;
use MediaWiki\Extension\Trainings\TrainingsServices;
use MediaWiki\Extension\Trainings\Translation\Completeness;
use MediaWiki\Extension\Trainings\Translation\CompletenessSource;
use MediaWiki\Extension\Trainings\Translation\LanguageVersionResolver;
use MediaWiki\Request\FauxRequest;
use MediaWiki\Title\Title;
use MediaWikiIntegrationTestCase;

/**
 * Every reader gets the version their language's fallback chain leads to, in every place that
 * chooses one (the module page, the catalog's cards, the Kiwix file), for any chain: variants
 * (zh-hk, de-at, pt-br), related languages (arz, gsw, yi, glk) and right-to-left ones. Hand-made
 * versions, each with its own title and summary; an untranslated title keeps its language.
 *
 * @group Database
 * @covers \MediaWiki\Extension\Trainings\Translation\LanguageVersionResolver
 * @covers \MediaWiki\Extension\Trainings\Catalog\ReaderVersionLookup
 * @covers \MediaWiki\Extension\Trainings\Hooks\LanguageNoticeHandler
 * @covers \MediaWiki\Extension\Trainings\Zim\ZimLibrary
 * @covers \MediaWiki\Extension\Trainings\Content\WrappedLanguage
 */
class ReaderLanguagesTest extends MediaWikiIntegrationTestCase {

	use CountsQueries;
	use EditsAsReviewer;

	private const MODULE = 'Reader languages module';

	/** Title and summary of each hand-made version. */
	private const VERSIONS = [
		'ar' => [ 'ما هي الويكي؟', 'نظرة أولى على الويكي.' ],
		'de' => [ 'Was ist ein Wiki?', 'Ein erster Blick auf Wikis.' ],
		'fa' => [ 'ویکی چیست؟', 'نگاهی نخست به ویکی‌ها.' ],
		'fr' => [ 'Qu’est-ce qu’un wiki ?', 'Un premier regard sur les wikis.' ],
		// Translate leaves an untranslated inline unit in the source language, marked.
		'he' => [ '<span lang="en" dir="ltr" class="mw-content-ltr">What is a wiki?</span>', 'מבט ראשון על ויקי.' ],
		'pt' => [ 'O que é uma wiki?', 'Um primeiro olhar sobre as wikis.' ],
		'zh-hans' => [ '什么是维基？', '初识维基。' ],
		'zh-hant' => [ '什麼是維基？', '初識維基。' ],
	];

	public function addDBDataOnce(): void {
		$this->editPage( Title::makeTitle( NS_TRAINING, self::MODULE ),
			"{{#training: | title = What is a wiki? | summary = A first look at wikis. | status = published }}\n"
			. "Intro.\n\n== One ==\nText.\n" );
		foreach ( self::VERSIONS as $code => [ $title, $summary ] ) {
			$this->editPage( Title::makeTitle( NS_TRAINING, self::MODULE . '/' . $code ),
				"{{#training: | title = $title | summary = $summary | status = published }}\n"
				. "Intro.\n\n== One ==\nText.\n" );
		}
	}

	private function base(): Title {
		return Title::makeTitle( NS_TRAINING, self::MODULE );
	}

	/**
	 * @return array<string,array{0:string,1:?string}>
	 */
	public static function provideReaders(): array {
		return [
			'Spanish: no version, the source' => [ 'es', null ],
			'French' => [ 'fr', 'fr' ],
			'Hong Kong: traditional script' => [ 'zh-hk', 'zh-hant' ],
			'Macau: through zh-hk' => [ 'zh-mo', 'zh-hant' ],
			'Taiwan' => [ 'zh-tw', 'zh-hant' ],
			'mainland China: simplified script' => [ 'zh-cn', 'zh-hans' ],
			'Singapore' => [ 'zh-sg', 'zh-hans' ],
			'Austrian German' => [ 'de-at', 'de' ],
			'Swiss German' => [ 'gsw', 'de' ],
			'Colognian' => [ 'ksh', 'de' ],
			'Egyptian Arabic' => [ 'arz', 'ar' ],
			'Moroccan Arabic' => [ 'ary', 'ar' ],
			'Yiddish: Hebrew' => [ 'yi', 'he' ],
			'Gilaki: Persian' => [ 'glk', 'fa' ],
			'Brazilian Portuguese' => [ 'pt-br', 'pt' ],
			'Cajun French' => [ 'frc', 'fr' ],
			'Central Kurdish: no fallback, the source' => [ 'ckb', null ],
		];
	}

	/**
	 * @dataProvider provideReaders
	 */
	public function testEveryPlaceFollowsTheFallbackChain( string $reader, ?string $expected ): void {
		$services = $this->getServiceContainer();
		$resolver = TrainingsServices::getLanguageVersionResolver( $services );
		$resolved = $resolver->resolve( $this->base(), $reader );
		$this->assertSame( $expected ?? 'en', $resolved->chosen->code, 'module page' );

		$entries = TrainingsServices::getModuleCatalog( $services )->findByKeys( [ $this->base()->getDBkey() ] );
		$this->assertCount( 1, $entries );
		$this->assertSame( $expected, $resolver->bestOf( $entries[$this->base()->getDBkey()]->getLanguages(), $reader ),
			'catalog link' );
		$version = TrainingsServices::getReaderVersionLookup( $services )
			->forEntries( array_values( $entries ), $reader )[$this->base()->getDBkey()];
		$this->assertSame( $expected, $version->code, 'catalog card' );
		$words = $expected === null ? 'What is a wiki?' : self::VERSIONS[$expected][0];
		if ( $expected !== 'he' ) {
			$this->assertSame( $words, $version->title->text, 'the card speaks the version\'s words' );
		}

		$this->assertSame( $expected ?? 'en', TrainingsServices::getZimLibrary( $services )->fileLanguageFor( $reader ),
			'Kiwix file' );
	}

	public function testCardWordsCarryTheirLanguageAndDirection(): void {
		$lookup = TrainingsServices::getReaderVersionLookup( $this->getServiceContainer() );
		$entries = array_values( TrainingsServices::getModuleCatalog( $this->getServiceContainer() )
			->findByKeys( [ $this->base()->getDBkey() ] ) );

		$arabic = $lookup->forEntries( $entries, 'arz' )[$this->base()->getDBkey()];
		$this->assertSame( [ 'text' => 'ما هي الويكي؟', 'lang' => 'ar', 'dir' => 'rtl' ], $arabic->title->toArray() );
		$chinese = $lookup->forEntries( $entries, 'zh-hk' )[$this->base()->getDBkey()];
		$this->assertSame( [ 'zh-Hant', 'ltr' ], [ $chinese->summary->bcp47, $chinese->summary->dir ] );
		$this->assertSame( '初識維基。', $chinese->summary->text );

		// The Hebrew version's title is not translated: English words, marked English.
		$hebrew = $lookup->forEntries( $entries, 'he' )[$this->base()->getDBkey()];
		$this->assertSame( [ 'text' => 'What is a wiki?', 'lang' => 'en', 'dir' => 'ltr' ], $hebrew->title->toArray() );
		$this->assertSame( [ 'text' => 'מבט ראשון על ויקי.', 'lang' => 'he', 'dir' => 'rtl' ],
			$hebrew->summary->toArray() );

		$source = $lookup->forEntries( $entries, 'es' )[$this->base()->getDBkey()];
		$this->assertSame( [ 'text' => 'What is a wiki?', 'lang' => 'en', 'dir' => 'ltr' ], $source->title->toArray() );
	}

	public function testACardFoundByTheWordsOfAVersionShowsThatVersion(): void {
		$lookup = TrainingsServices::getReaderVersionLookup( $this->getServiceContainer() );
		$entries = array_values( TrainingsServices::getModuleCatalog( $this->getServiceContainer() )
			->findByKeys( [ $this->base()->getDBkey() ] ) );
		$key = $this->base()->getDBkey();

		$french = $lookup->forEntries( $entries, 'es', 'PREMIER regard' )[$key];
		$this->assertSame( [ 'fr', 'Qu’est-ce qu’un wiki ?', 'fr' ],
			[ $french->code, $french->title->text, $french->title->bcp47 ] );
		$this->assertSame( 'ar', $lookup->forEntries( $entries, 'ckb', 'نظرة' )[$key]->code, 'any version' );
		$this->assertNull( $lookup->forEntries( $entries, 'es', 'first look' )[$key]->code, 'the source\'s words' );
		$this->assertSame( 'de', $lookup->forEntries( $entries, 'de-at', 'regard' )[$key]->code,
			'a reader with a version of their own keeps it' );
		$this->assertCount( 1, $this->countQueries( static fn () => $lookup->forEntries( $entries, 'es', 'regard' ) ),
			'one query for every version\'s words' );
	}

	public function testCardsOfAPageCostOneQueryForTheirWords(): void {
		$services = $this->getServiceContainer();
		$entries = array_values( TrainingsServices::getModuleCatalog( $services )
			->findByKeys( [ $this->base()->getDBkey() ] ) );
		$lookup = TrainingsServices::getReaderVersionLookup( $services );
		$this->assertSame( [], $this->countQueries( static fn () => $lookup->forEntries( $entries, 'es' ) ),
			'a source page: nothing to read' );
		// The words are one query; the completeness none without Translate, and with it only
		// Translate's list of translatable pages (in its cache on a real wiki, not in tests).
		$queries = $this->countQueries( static fn () => $lookup->forEntries( $entries, 'de-at' ) );
		$words = array_filter( $queries,
			static fn ( string $sql ) => str_contains( $sql, 'trainings_reviewed_props' ) );
		$this->assertCount( 1, $words, implode( "\n", $queries ) );
		$this->assertLessThanOrEqual( 2, count( $queries ), implode( "\n", $queries ) );
	}

	/**
	 * @param string $page
	 * @param string $uselang
	 * @return array{0:string,1:string} The body HTML of the view and its heading
	 */
	private function view( string $page, string $uselang ): array {
		$title = Title::makeTitle( NS_TRAINING, $page );
		$context = new RequestContext();
		$context->setRequest( new FauxRequest( [ 'uselang' => $uselang ] ) );
		$context->setTitle( $title );
		$context->setLanguage( $uselang );
		$article = Article::newFromTitle( $title, $context );
		$article->view();
		$out = $context->getOutput();
		$this->getServiceContainer()->getHookContainer()->run( 'BeforePageDisplay', [ $out, $context->getSkin() ] );
		return [ $out->getHTML(), $out->getPageTitle() ];
	}

	public function testAnUntranslatedHeadingKeepsItsLanguage(): void {
		[ , $heading ] = $this->view( self::MODULE . '/he', 'he' );
		$this->assertMatchesRegularExpression( '~^<bdi lang="en" dir="ltr">.*Reader languages module/he.*</bdi>$~s',
			$heading );

		[ , $heading ] = $this->view( self::MODULE, 'ar' );
		$this->assertStringStartsWith( '<bdi lang="en" dir="ltr">', $heading,
			'the English source in an Arabic interface' );

		[ , $heading ] = $this->view( self::MODULE, 'en' );
		$this->assertStringNotContainsString( '<bdi', $heading, 'in its own language: nothing to mark' );
	}

	public function testAVariantIsToldTheClosestLanguageAndHowCompleteItIs(): void {
		$source = new class implements CompletenessSource {
			public function getCompleteness( Title $base, string $sourceLanguage, array $codes ): array {
				// 4 of 6 units translated, one outdated: Translate says 67 %.
				return [ 'de' => new Completeness( 4 / 6, 1 ), 'ar' => Completeness::complete() ];
			}

			public function getCompletenessInLanguage( string $code, array $bases ): array {
				return [];
			}

			public function getTranslateUrl( Title $base, string $code ): string {
				return '/translate/' . $code;
			}
		};
		$services = $this->getServiceContainer();
		$this->setService( LanguageVersionResolver::SERVICE_NAME, new LanguageVersionResolver(
			$services->getConnectionProvider(), $services->getLanguageFallback(),
			TrainingsServices::getLanguageSubpage( $services ), $source
		) );

		[ $html ] = $this->view( self::MODULE . '/de', 'de-at' );
		$this->assertMatchesRegularExpression(
			'/Shown in Deutsch, the closest language to Österreichisches Deutsch: 67% translated, 1 outdated part/',
			$this->text( $html ) );
		$this->assertStringContainsString( 'href="/translate/de"', $html, 'help with the partial version' );

		[ $html ] = $this->view( self::MODULE . '/ar', 'arz' );
		$this->assertStringContainsString( 'the closest language to', $this->text( $html ) );
		$this->assertStringNotContainsString( '%', $this->text( $html ), 'complete: no figure' );
		$this->assertStringContainsString( 'href="/translate/arz"', $html );

		[ $html ] = $this->view( self::MODULE, 'ckb' );
		$this->assertStringContainsString( 'not yet translated into', $this->text( $html ), 'no related version' );
	}

	private function text( string $html ): string {
		return html_entity_decode( strip_tags( $html ) );
	}

}
