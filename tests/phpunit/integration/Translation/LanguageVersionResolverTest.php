<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Tests\Integration\Translation;

use MediaWiki\Extension\Trainings\Tests\Integration\CountsQueries;
use MediaWiki\Extension\Trainings\Tests\Integration\EditsAsReviewer;
use MediaWiki\Extension\Trainings\Translation\Completeness;
use MediaWiki\Extension\Trainings\Translation\CompletenessSource;
use MediaWiki\Extension\Trainings\Translation\LanguageVersionResolver;
use MediaWiki\Extension\Trainings\TrainingsServices;
use MediaWiki\Title\Title;
use MediaWikiIntegrationTestCase;

/**
 * @group Database
 * @covers \MediaWiki\Extension\Trainings\Translation\LanguageVersionResolver
 * @covers \MediaWiki\Extension\Trainings\Translation\ResolvedVersion
 * @covers \MediaWiki\Extension\Trainings\Translation\LanguageVersion
 * @covers \MediaWiki\Extension\Trainings\Translation\SubpageCompletenessSource
 */
class LanguageVersionResolverTest extends MediaWikiIntegrationTestCase {

	use CountsQueries;
	use EditsAsReviewer;

	private const MODULE = 'Resolver test module';

	public function addDBDataOnce(): void {
		$text = "{{#training: | summary = S }}\nIntro.\n\n== One ==\nText.\n";
		foreach ( [ '', '/fr', '/de', '/ar', '/en', '/Notes', '/Notes/fr' ] as $suffix ) {
			$this->editPage( Title::makeTitle( NS_TRAINING, self::MODULE . $suffix ), $text );
		}
		// A redirect is no version.
		$this->editPage(
			Title::makeTitle( NS_TRAINING, self::MODULE . '/es' ),
			'#REDIRECT [[Training:' . self::MODULE . ']]'
		);
		// Another module whose name starts like this one.
		$this->editPage( Title::makeTitle( NS_TRAINING, self::MODULE . ' two/it' ), $text );
	}

	private function resolver(): LanguageVersionResolver {
		return TrainingsServices::getLanguageVersionResolver( $this->getServiceContainer() );
	}

	private function base(): Title {
		return Title::makeTitle( NS_TRAINING, self::MODULE );
	}

	public function testFrenchReaderGetsTheFrenchVersion(): void {
		$resolved = $this->resolver()->resolve( $this->base(), 'fr' );

		$this->assertSame( 'fr', $resolved->chosen->code );
		$this->assertSame( self::MODULE . '/fr', $resolved->chosen->page->getText() );
		$this->assertFalse( $resolved->chosen->isSource );
		$this->assertFalse( $resolved->fellBack() );
	}

	public function testAustrianGermanFallsBackToGerman(): void {
		$resolved = $this->resolver()->resolve( $this->base(), 'de-at' );

		$this->assertSame( 'de', $resolved->chosen->code );
		$this->assertSame( self::MODULE . '/de', $resolved->chosen->page->getText() );
		$this->assertTrue( $resolved->fellBack() );
	}

	public function testLanguageWithoutVersionGetsTheSource(): void {
		$resolved = $this->resolver()->resolve( $this->base(), 'id' );

		$this->assertSame( 'en', $resolved->chosen->code );
		$this->assertTrue( $resolved->chosen->isSource );
		$this->assertTrue( $resolved->chosen->page->equals( $this->base() ) );
		$this->assertTrue( $resolved->fellBack() );
	}

	public function testSourceLanguageReaderGetsTheBasePage(): void {
		$resolved = $this->resolver()->resolve( $this->base(), 'en' );

		$this->assertTrue( $resolved->chosen->page->equals( $this->base() ) );
		$this->assertFalse( $resolved->fellBack() );
	}

	public function testAvailableVersions(): void {
		$resolved = $this->resolver()->resolve( $this->base(), 'fr' );

		// X/en is the source (the base page), not a version of its own; /Notes, /Notes/fr, the
		// /es redirect and another module's /it are no versions.
		$this->assertSame(
			[ 'en', 'ar', 'de', 'fr' ],
			array_map( static fn ( $version ) => $version->code, $resolved->available )
		);
		$this->assertTrue( $resolved->available[0]->isSource );
		$this->assertSame( 100, $resolved->available[0]->completeness?->percent() );
		// Without Translate, nothing knows how complete a hand-made version is.
		$this->assertNull( $resolved->version( 'fr' )?->completeness );
		$this->assertNull( $resolved->version( 'es' ) );
	}

	public function testCandidatesPutTheSourceBeforeTheImplicitEnglish(): void {
		$this->assertSame( [ 'de-at', 'de', 'en' ], $this->resolver()->candidates( 'de-at', 'en' ) );
		$this->assertSame( [ 'frc', 'fr', 'de', 'en' ], $this->resolver()->candidates( 'frc', 'de' ) );
	}

	public function testCompletenessFromTheSource(): void {
		$source = new class implements CompletenessSource {
			/** @var list<list<string>> */
			public array $asked = [];

			public function getCompleteness( Title $base, string $sourceLanguage, array $codes ): array {
				$this->asked[] = $codes;
				return [ 'fr' => new Completeness( 0.4, 1 ) ];
			}

			public function getCompletenessInLanguage( string $code, array $bases ): array {
				return [];
			}

			public function getTranslateUrl( Title $base, string $code ): string {
				return '/translate/' . $code;
			}
		};
		$services = $this->getServiceContainer();
		$resolver = new LanguageVersionResolver(
			$services->getConnectionProvider(),
			$services->getLanguageFallback(),
			TrainingsServices::getLanguageSubpage( $services ),
			$source
		);

		$resolved = $resolver->resolve( $this->base(), 'fr' );

		$this->assertSame( [ [ 'ar', 'de', 'fr' ] ], $source->asked );
		$this->assertSame( 40, $resolved->chosen->completeness?->percent() );
		$this->assertSame( 1, $resolved->chosen->completeness->outdated );
		$this->assertNull( $resolved->version( 'de' )?->completeness );
		$this->assertSame( '/translate/id', $resolver->translateUrl( $this->base(), 'id' ) );
	}

	public function testOneQuery(): void {
		$resolver = $this->resolver();
		$base = $this->base();
		// On a page view the title's page row is loaded already (the page language needs it),
		// and with Translate its list of translatable pages is in its caches: warm them.
		$base->getPageLanguage();
		$resolver->resolve( $base, 'fr' );
		$queries = $this->countQueries( static function () use ( $resolver, $base ) {
			$resolver->resolve( $base, 'de-at' );
		} );

		$this->assertCount( 1, $queries, implode( "\n", $queries ) );
		$this->assertStringContainsString( 'page_title LIKE', $queries[0] );
	}

	public function testTranslateUrlWithoutTranslateEditsTheSubpage(): void {
		$url = $this->resolver()->translateUrl( $this->base(), 'id' );

		$this->assertStringContainsString( 'Resolver_test_module/id', $url );
		$this->assertStringContainsString( 'action=edit', $url );
	}

}
