<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Tests\Integration\Translation;

use MediaWiki\Extension\Trainings\Tests\Integration\EditsAsReviewer;
use MediaWiki\Extension\Trainings\TrainingsServices;
use MediaWiki\Request\FauxRequest;
use SpecialPageExecutor;
use MediaWiki\Extension\Trainings\Translation\ResolvedVersion;
use MediaWiki\Registration\ExtensionRegistry;
use MediaWiki\Tests\Api\ApiTestCase;
use MediaWiki\Title\Title;

/**
 * Against the real Translate extension (design record 0005): a page marked for translation
 * through the action API, units translated by editing their Translations: pages, jobs run;
 * completeness then comes from Translate's statistics. Runs in the Translate half of
 * `npm test` (phpunit-translate); skipped on a wiki without Translate.
 *
 * @group Database
 * @covers \MediaWiki\Extension\Trainings\Translation\TranslateCompletenessSource
 * @covers \MediaWiki\Extension\Trainings\Translation\LanguageVersionResolver
 */
class TranslateCompletenessSourceTest extends ApiTestCase {

	use EditsAsReviewer;

	private const MODULE = 'Translate completeness test';

	/** Five units: title, summary, intro and two steps. */
	private const SOURCE = <<<'WIKITEXT'
<languages/>
{{#training:
 | title   = <translate>Sharing photos</translate>
 | summary = <translate>Upload your photos and use them.</translate>
}}
<translate>
Photos make articles easier to understand.
</translate>
<translate>
== Upload ==
Use the upload wizard.
</translate>
<translate>
== Share ==
Share the result.
</translate>
WIKITEXT;

	protected function setUp(): void {
		parent::setUp();
		if ( !ExtensionRegistry::getInstance()->isLoaded( 'Translate' ) ) {
			$this->markTestSkipped( 'Needs the Translate extension: runs in the Translate half (phpunit-translate)' );
		}
	}

	private function base(): Title {
		return Title::makeTitle( NS_TRAINING, self::MODULE );
	}

	private function mark(): void {
		[ $result ] = $this->doApiRequestWithToken( [
			'action' => 'markfortranslation',
			'title' => $this->base()->getPrefixedText(),
			'translatetitle' => 'no',
		], null, $this->getTestSysop()->getAuthority() );
		$this->assertSame( 'Success', $result['markfortranslation']['result'] );
	}

	/**
	 * @param string $code
	 * @param list<string> $texts Translations of units 1… in order
	 */
	private function translate( string $code, array $texts ): void {
		foreach ( $texts as $i => $text ) {
			$this->editPage(
				Title::makeTitle( 1198, $this->base()->getPrefixedText() . '/' . ( $i + 1 ) . '/' . $code ),
				$text
			);
		}
	}

	private function resolve( string $language ): ResolvedVersion {
		return TrainingsServices::getLanguageVersionResolver( $this->getServiceContainer() )
			->resolve( $this->base(), $language );
	}

	public function testCompletenessComesFromTranslatesStatistics(): void {
		$this->editPage( $this->base(), self::SOURCE );
		$this->mark();
		$this->translate( 'de', [ 'Fotos teilen', 'Lade deine Fotos hoch.', 'Fotos machen Artikel verständlicher.' ] );
		$this->translate( 'fr', [ 'Partager des photos', 'Téléversez vos photos.', 'Les photos aident.',
			"== Téléverser ==\nUtilisez l’assistant.", "== Partager ==\nPartagez le résultat." ] );
		$this->runJobs( [ 'minJobs' => 0 ] );

		$resolved = $this->resolve( 'de' );
		// Translate generated X/de and X/fr (and X/en, which is the source, not a version).
		$this->assertSame( [ 'en', 'de', 'fr' ], array_map( static fn ( $v ) => $v->code, $resolved->available ) );
		$this->assertSame( 'de', $resolved->chosen->code );
		// 3 of 5 units.
		$this->assertSame( 60, $resolved->chosen->completeness?->percent() );
		$this->assertSame( 0, $resolved->chosen->completeness->outdated );
		$this->assertSame( 100, $resolved->version( 'fr' )?->completeness?->percent() );

		// The catalog says so on the card the German reader gets; the French version is complete.
		$this->assertSame( [ 'language' => 'de', 'percent' => 60, 'outdated' => 0 ], $this->catalogFigures( 'de' ) );
		$this->assertSame( [ 'language' => 'fr', 'percent' => 100, 'outdated' => 0 ], $this->catalogFigures( 'fr' ) );
		$this->assertStringNotContainsString( 'chip--translation', $this->catalogCard( 'fr' ),
			'a complete translation needs no chip' );
		$this->assertStringContainsString( 'Deutsch: 60% translated', $this->catalogCard( 'de' ) );

		$url = TrainingsServices::getLanguageVersionResolver( $this->getServiceContainer() )
			->translateUrl( $this->base(), 'es' );
		$this->assertStringContainsString( 'title=Special:Translate', $url );
		$this->assertStringContainsString( 'group=page-Training%3ATranslate+completeness+test', $url );
		$this->assertStringContainsString( 'language=es', $url );

		// A changed unit, marked again: the French translation of it is outdated.
		$this->editPage( $this->base(),
			str_replace( 'Share the result.', 'Share the result with your class.', $this->getSourceText() ) );
		$this->mark();
		$this->runJobs( [ 'minJobs' => 0 ] );
		$french = $this->resolve( 'fr' )->chosen;
		$this->assertSame( 'fr', $french->code );
		$this->assertSame( 80, $french->completeness?->percent() );
		$this->assertSame( 1, $french->completeness->outdated );
		$this->assertSame( [ 'language' => 'fr', 'percent' => 80, 'outdated' => 1 ], $this->catalogFigures( 'fr' ) );
		$this->assertStringContainsString( 'français : traduit à 80 %, une partie à mettre à jour',
			$this->catalogCard( 'fr' ) );

		// Statistics not computed yet (Translate computes them lazily): unknown, never 0 %.
		$this->getDb()->newDeleteQueryBuilder()
			->deleteFrom( 'translate_groupstats' )
			->where( [ 'tgs_lang' => 'fr' ] )
			->caller( __METHOD__ )
			->execute();
		$this->assertNull( $this->resolve( 'fr' )->chosen->completeness );
		$this->assertNull( $this->catalogFigures( 'fr' ) );
	}

	/**
	 * @return array<string,mixed>|null The module's `translation` in `list=trainings` for a
	 *  reader of that language
	 */
	private function catalogFigures( string $language ): ?array {
		[ $result ] = $this->doApiRequest( [
			'action' => 'query', 'list' => 'trainings', 'trsearch' => 'sharing photos',
			'uselang' => $language, 'formatversion' => 2,
		] );
		$entries = array_values( array_filter( $result['query']['trainings'],
			static fn ( array $e ) => $e['key'] === strtr( self::MODULE, ' ', '_' ) ) );
		$this->assertCount( 1, $entries, 'the catalog lists the module once' );
		return $entries[0]['translation'] ?? null;
	}

	/** @return string The module's card on Special:Trainings for a reader of that language */
	private function catalogCard( string $language ): string {
		$page = $this->getServiceContainer()->getSpecialPageFactory()->getPage( 'Trainings' );
		$this->assertNotNull( $page );
		[ $html ] = ( new SpecialPageExecutor() )->executeSpecialPage( $page, '',
			new FauxRequest( [ 'search' => 'sharing photos' ] ), $language );
		$start = strpos( $html, 'data-key="' . strtr( self::MODULE, ' ', '_' ) . '"' );
		$this->assertNotFalse( $start, 'the card is on the page' );
		return html_entity_decode( substr( $html, $start, 3000 ) );
	}

	private function getSourceText(): string {
		$page = $this->getServiceContainer()->getWikiPageFactory()->newFromTitle( $this->base() );
		$content = $page->getContent();
		$this->assertNotNull( $content );
		return $content->serialize();
	}

	public function testAPageNotMarkedKeepsItsHandMadeVersions(): void {
		$text = "{{#training: | summary = S }}\nIntro.\n";
		$this->editPage( $this->base(), $text );
		$this->editPage( Title::makeTitle( NS_TRAINING, self::MODULE . '/fr' ), $text );

		$resolved = $this->resolve( 'fr' );
		$this->assertSame( 'fr', $resolved->chosen->code );
		$this->assertNull( $resolved->chosen->completeness );
		$this->assertStringContainsString( 'action=edit', TrainingsServices::getLanguageVersionResolver(
			$this->getServiceContainer() )->translateUrl( $this->base(), 'de' ) );
	}

}
