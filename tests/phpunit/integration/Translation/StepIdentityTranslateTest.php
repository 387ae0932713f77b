<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Tests\Integration\Translation;

use DOMElement;
use MediaWiki\Content\TextContent;
use MediaWiki\Deferred\DeferredUpdates;
use MediaWiki\Extension\Trainings\Hooks\StepMarkerHandler;
use MediaWiki\Extension\Trainings\Progress\ModuleProgress;
use MediaWiki\Extension\Trainings\Progress\ProgressUpdate;
use MediaWiki\Extension\Trainings\MaintenanceLoop\FeedbackStore;
use MediaWiki\Extension\Trainings\Tests\Integration\EditsAsReviewer;
use MediaWiki\Extension\Trainings\Tests\Integration\HtmlAssertions;
use MediaWiki\Extension\Trainings\TrainingsServices;
use MediaWiki\Parser\ParserOptions;
use MediaWiki\Parser\ParserOutput;
use MediaWiki\Registration\ExtensionRegistry;
use MediaWiki\Tests\Api\ApiTestCase;
use MediaWiki\Title\Title;
use MediaWiki\Title\TitleValue;

/**
 * Against the real Translate extension (design record 0019): the step markers the pre-save
 * transform writes stay outside translation units, so marking gives the same units and every
 * translation page carries the source's ids. A step inserted in the middle of the source and
 * marked: the French page shows it (untranslated), and a French learner's progress, their flag
 * and a link by id still point to the same steps. Runs in phpunit-translate; skipped without
 * Translate.
 *
 * @group API
 * @group Database
 * @covers \MediaWiki\Extension\Trainings\Hooks\StepMarkerHandler
 * @covers \MediaWiki\Extension\Trainings\Hooks\StepLayoutHandler
 * @covers \MediaWiki\Extension\Trainings\Content\StepMarkerTransform
 * @covers \MediaWiki\Extension\Trainings\Translation\SourceSteps
 */
class StepIdentityTranslateTest extends ApiTestCase {

	use EditsAsReviewer;
	use HtmlAssertions;

	private const MODULE = 'Step identity translate test';

	private const STEP = "<translate>\n== %s ==\n%s\n</translate>\n";

	protected function setUp(): void {
		parent::setUp();
		if ( !ExtensionRegistry::getInstance()->isLoaded( 'Translate' ) ) {
			$this->markTestSkipped( 'Needs the Translate extension: runs in the Translate half (phpunit-translate)' );
		}
		$this->overrideConfigValue( 'LanguageCode', 'en' );
	}

	private function base(): Title {
		return Title::makeTitle( NS_TRAINING, self::MODULE );
	}

	private function source( bool $inserted ): string {
		return "<languages/>\n{{#training:\n | summary = <translate>Steps that move.</translate>\n}}\n"
			. sprintf( self::STEP, 'Prepare', 'Read first.' )
			. ( $inserted ? sprintf( self::STEP, 'Plan', 'A new step.' ) : '' )
			. sprintf( self::STEP, 'Meet', 'Talk.' )
			. sprintf( self::STEP, 'Follow up', 'Write to them.' );
	}

	private function mark(): void {
		[ $result ] = $this->doApiRequestWithToken( [
			'action' => 'markfortranslation',
			'title' => $this->base()->getPrefixedText(),
			'translatetitle' => 'no',
		], null, $this->getTestSysop()->getAuthority() );
		$this->assertSame( 'Success', $result['markfortranslation']['result'] );
		$this->runJobs( [ 'minJobs' => 0 ] );
		DeferredUpdates::doUpdates();
	}

	/**
	 * @param array<int,string> $texts Unit number => translation
	 */
	private function translate( array $texts ): void {
		foreach ( $texts as $unit => $text ) {
			$this->editPage( Title::makeTitle( 1198, $this->base()->getPrefixedText() . "/$unit/fr" ), $text );
		}
		$this->runJobs( [ 'minJobs' => 0 ] );
		DeferredUpdates::doUpdates();
	}

	private function text( Title $title ): string {
		$content = $this->getServiceContainer()->getWikiPageFactory()->newFromTitle( $title )->getContent();
		$this->assertInstanceOf( TextContent::class, $content );
		return $content->getText();
	}

	/**
	 * @param Title $title
	 * @param string &$html The page's HTML
	 * @param-out string $html
	 * @return list<string> "number id" of each step of the page
	 */
	private function steps( Title $title, &$html = '' ): array {
		$page = $this->getServiceContainer()->getWikiPageFactory()->newFromTitle( $title );
		$page->clear();
		$output = $page->getParserOutput( ParserOptions::newFromAnon(), null, true );
		$this->assertInstanceOf( ParserOutput::class, $output );
		$html = $output->getRawText();
		return array_map(
			static fn ( DOMElement $s ) => $s->getAttribute( 'data-trainings-step' ) . ' ' .
				$s->getAttribute( 'data-trainings-step-id' ),
			$this->all( self::xpath( $html ), "//section[@class='trainings-step']" )
		);
	}

	public function testInsertingAStepInAMarkedModule(): void {
		$this->editPage( $this->base(), $this->source( false ) );
		$this->mark();
		$marked = $this->text( $this->base() );
		$this->assertStringContainsString(
			"{{#trainingstep: meet}}\n<translate>\n<!--T:3-->\n== Meet ==", $marked,
			'the marker sits outside the unit, which keeps its Translate marker' );
		$this->assertStringNotContainsString( '<!--T:5-->', $marked, 'markers make no unit' );
		$this->translate( [ 1 => 'Des étapes qui bougent.', 2 => "== Préparer ==\nLire d’abord.",
			3 => "== Rencontrer ==\nParler.", 4 => "== Assurer le suivi ==\nLeur écrire." ] );
		$fr = Title::makeTitle( NS_TRAINING, self::MODULE . '/fr' );
		$this->assertSame( [ '1 prepare', '2 meet', '3 follow-up' ], $this->steps( $fr ) );

		// A French learner saw Follow up and flagged it.
		$learner = $this->getMutableTestUser()->getUser();
		$centralId = $this->getServiceContainer()->getCentralIdLookup()->centralIdFromLocalUser( $learner );
		$version = TrainingsServices::getModuleResolver()
			->resolve( new TitleValue( NS_TRAINING, self::MODULE . '/fr' ) )->getValue();
		TrainingsServices::getRecordProgressCommand()->recordUnsafe( $centralId, $version,
			new ProgressUpdate( 3, [ 1, 3 ] ) );
		[ $flag ] = $this->doApiRequestWithToken( [ 'action' => 'trainingfeedback',
			'module' => $fr->getPrefixedText(), 'step' => 3, 'kind' => 'unclear' ], null, $learner );

		// A step inserted in the middle, marked for translation.
		$this->editPage( $this->base(), $this->source( true ) );
		DeferredUpdates::doUpdates();
		$this->mark();

		$this->assertSame( [ '1 prepare', '2 plan', '3 meet', '4 follow-up' ], $this->steps( $fr, $html ) );
		$xpath = self::xpath( $html );
		$this->single( $xpath, "//section[@id='step-2']//*[@lang='en']" );
		$this->single( $xpath, "//section[@id='step-4']//span[@id='step-follow-up']" );
		$progress = TrainingsServices::getProgressStore()->get( $centralId, $this->base()->getArticleID() );
		$this->assertInstanceOf( ModuleProgress::class, $progress );
		$this->assertSame( [ 1, 4 ], $progress->getStepsDone(), 'Prepare and Follow up' );
		$this->assertSame( 4, $progress->getStep() );
		$this->assertSame( '4', (string)$this->getDb()->newSelectQueryBuilder()->select( 'tf_step' )
			->from( FeedbackStore::TABLE )->where( [ 'tf_id' => $flag['trainingfeedback']['id'] ] )
			->caller( __METHOD__ )->fetchField(), 'the flag stays on Follow up' );
	}

	public function testAModuleMarkedBeforeStepIdsGetsItsMarkersOutsideTheUnits(): void {
		// Saved and marked as before step ids: no markers, a heading in the middle of a block.
		$this->clearHook( 'ParserPreSaveTransformComplete' );
		$this->editPage( $this->base(), "<languages/>\n{{#training:\n | summary = <translate>Old.</translate>\n}}\n"
			. "<translate>\nIntro.\n\n== Prepare ==\nRead first.\n\n== Meet ==\nTalk.\n</translate>" );
		$this->mark();
		$this->translate( [ 1 => 'Ancien.', 2 => 'Introduction.', 3 => "== Préparer ==\nLire d’abord.",
			4 => "== Rencontrer ==\nParler." ] );
		$before = $this->text( $this->base() );

		// The next save, with the transform, adds the markers; marking again keeps every unit.
		$this->setTemporaryHook( 'ParserPreSaveTransformComplete', [
			new StepMarkerHandler( TrainingsServices::getLanguageSubpage() ), 'onParserPreSaveTransformComplete',
		] );
		$this->editPage( $this->base(), $before . "\n" );
		$after = $this->text( $this->base() );
		$this->assertSame( "<languages/>\n{{#training:\n | summary = <translate><!--T:1--> Old.</translate>\n}}\n"
			. "<translate>\n<!--T:2-->\nIntro.\n\n</translate>\n{{#trainingstep: prepare}}\n<translate>\n<!--T:3-->\n"
			. "== Prepare ==\nRead first.\n\n</translate>\n{{#trainingstep: meet}}\n<translate>\n<!--T:4-->\n"
			. "== Meet ==\nTalk.\n</translate>", $after );
		$this->mark();
		$fr = Title::makeTitle( NS_TRAINING, self::MODULE . '/fr' );
		$this->assertSame( [ '1 prepare', '2 meet' ], $this->steps( $fr, $html ) );
		$this->assertStringContainsString( 'Lire d’abord.', $html, 'the translations are kept' );
		$this->assertStringNotContainsString( 'mw-translate-fuzzy', $html, 'nothing became outdated' );
	}

}
