<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Tests\Integration\Content;

use DOMElement;
use MediaWiki\Deferred\DeferredUpdates;
use MediaWiki\Extension\Trainings\Reviews\ModuleReview;
use MediaWiki\Extension\Trainings\Tests\Integration\EditsAsReviewer;
use MediaWiki\Extension\Trainings\Tests\Integration\HtmlAssertions;
use MediaWiki\Extension\Trainings\TrainingsServices;
use MediaWiki\Permissions\Authority;
use MediaWiki\Parser\ParserOptions;
use MediaWiki\Parser\ParserOutput;
use MediaWiki\Title\Title;
use MediaWikiIntegrationTestCase;

/**
 * A hand-made language version (no Translate) follows its source's step ids, and shows a step
 * it lacks as the source renders it, marked with the source's language, instead of shifting
 * the numbering (design record 0019): the source's step as a reviewer approved it, never an
 * edit that waits for review (design record 0017). Pages are written as a reviewer who approves
 * them (EditsAsReviewer), unless a test says otherwise.
 *
 * @group Database
 * @covers \MediaWiki\Extension\Trainings\Content\StepFallback
 * @covers \MediaWiki\Extension\Trainings\Translation\SourceSteps
 * @covers \MediaWiki\Extension\Trainings\Hooks\ParserAfterTidyHandler
 * @covers \MediaWiki\Extension\Trainings\Content\StepIds
 */
class HandMadeFallbackTest extends MediaWikiIntegrationTestCase {

	use EditsAsReviewer;
	use HtmlAssertions;

	private const QUIZ = "<trainingquiz>\n? %s\n+ Yes\n- No\n</trainingquiz>\n";

	protected function setUp(): void {
		parent::setUp();
		$this->overrideConfigValue( 'LanguageCode', 'en' );
	}

	private function save( string $name, string $text, ?Authority $performer = null ): Title {
		$title = Title::makeTitle( NS_TRAINING, $name );
		$this->assertStatusOK( $this->editPage( $title, $text, '', NS_MAIN, $performer ) );
		DeferredUpdates::doUpdates();
		// Pages that transclude the page edited (or reviewed) are invalidated by jobs.
		$this->runJobs();
		return $title;
	}

	/** The page's parse for readers, from the parser cache when it holds a valid one. */
	private function output( Title $title ): ParserOutput {
		$page = $this->getServiceContainer()->getWikiPageFactory()->newFromTitle( $title );
		$output = $page->getParserOutput( ParserOptions::newFromAnon() );
		$this->assertInstanceOf( ParserOutput::class, $output );
		return $output;
	}

	/**
	 * @return list<string> "number id heading-text [lang]" per step
	 */
	private function steps( ParserOutput $output ): array {
		$xpath = self::xpath( $output->getRawText() );
		return array_map( static function ( DOMElement $section ) use ( $xpath ) {
			// The heading's own text, without the edit link's copy of it.
			$heading = $xpath->evaluate( 'string(.//h2/text())', $section );
			$wrapper = $xpath->evaluate( './div[@lang]', $section );
			$wrapper = $wrapper instanceof \DOMNodeList ? $wrapper->item( 0 ) : null;
			return $section->getAttribute( 'data-trainings-step' ) . ' '
				. $section->getAttribute( 'data-trainings-step-id' )
				. ' ' . trim( (string)$heading )
				. ( $wrapper instanceof DOMElement ? ' [' . $wrapper->getAttribute( 'lang' ) . ' '
					. $wrapper->getAttribute( 'dir' ) . ']' : '' );
		}, $this->all( $xpath, "//section[@class='trainings-step']" ) );
	}

	private function saveSource(
		string $second = "Second, with '''bold''' words.", ?Authority $performer = null
	): Title {
		return $this->save( 'Fallback module', "{{#training: | summary = Source. }}\nIntro.\n"
			. "{{#trainingstep: one}}\n== One ==\nFirst.\n" . sprintf( self::QUIZ, 'First question?' )
			. "{{#trainingstep: two}}\n== Two ==\n$second\n"
			. sprintf( self::QUIZ, 'Second question?' )
			. "{{#trainingstep: three}}\n== Three ==\nThird.\n" . sprintf( self::QUIZ, 'Third question?' ),
			$performer );
	}

	private function saveFrenchWithoutStepTwo(): Title {
		return $this->save( 'Fallback module/fr', "{{#training: | summary = Version française. }}\nIntro.\n"
			. "{{#trainingstep: one}}\n== Un ==\nPremier.\n" . sprintf( self::QUIZ, 'Première question' )
			. "{{#trainingstep: three}}\n== Trois ==\nTroisième.\n" . sprintf( self::QUIZ, 'Troisième question' ) );
	}

	/** The text of the version's second step, parsed now (not from the parser cache). */
	private function secondStep( Title $version ): string {
		$page = $this->getServiceContainer()->getWikiPageFactory()->newFromTitle( $version );
		$output = $page->getParserOutput( ParserOptions::newFromAnon(), null, true );
		$this->assertInstanceOf( ParserOutput::class, $output );
		return $this->single( self::xpath( $output->getRawText() ), "//section[@id='step-2']" )->textContent;
	}

	public function testAMissingStepIsTheSourcesMarkedWithItsLanguage(): void {
		$this->saveSource();
		$fr = $this->saveFrenchWithoutStepTwo();

		$output = $this->output( $fr );
		$this->assertSame( [ '1 one Un', '2 two Two [en ltr]', '3 three Trois' ], $this->steps( $output ) );
		$xpath = self::xpath( $output->getRawText() );
		$this->assertStringContainsString( 'Second, with bold words.',
			$this->single( $xpath, "//section[@id='step-2']/div[@lang='en']" )->textContent );
		$this->single( $xpath, "//section[@id='step-2']//span[@id='step-two']" );
		$this->assertSame( [ 'Première question', 'Second question?', 'Troisième question' ], array_map(
			static fn ( DOMElement $legend ) => trim( $legend->textContent ),
			$this->all( $xpath, "//div[@class='trainings-quiz']//legend" ) ), 'the source\'s quiz too' );
		$this->assertSame( [ 'quiz-1', 'quiz-2', 'quiz-3' ], array_map(
			static fn ( DOMElement $quiz ) => $quiz->getAttribute( 'id' ),
			$this->all( $xpath, "//div[@class='trainings-quiz']" ) ), 'numbered in page order, as on the source' );
		$this->assertSame( 3, $output->getPageProperty( 'trainings-quizzes' ) );
		$this->assertSame( 'one|two|three', $output->getPageProperty( 'trainings-step-ids' ) );
		$this->assertSame( 'en', $this->single( $xpath, "//nav//li[2]/a" )->getAttribute( 'lang' ),
			'the step list marks the language too' );
		$fallback = $this->single( $xpath, "//section[@id='step-2']" );
		$this->assertStringNotContainsString( 'editsection', (string)$fallback->ownerDocument?->saveHTML( $fallback ),
			'no edit link to the source\'s section' );
	}

	public function testAVersionWithoutMarkersTakesTheSourcesIdsByPosition(): void {
		$this->saveSource();
		$de = $this->save( 'Fallback module/de', "{{#training: | summary = Deutsch. }}\n"
			. "== Eins ==\nx\n== Zwei ==\ny\n== Drei ==\nz\n" );

		$this->assertSame( [ '1 one Eins', '2 two Zwei', '3 three Drei' ], $this->steps( $this->output( $de ) ) );
	}

	public function testAVersionWithAllStepsIsLeftAsItIs(): void {
		$this->saveSource();
		$es = $this->save( 'Fallback module/es', "{{#training: | summary = Español. }}\n"
			. "{{#trainingstep: one}}\n== Uno ==\nx\n{{#trainingstep: two}}\n== Dos ==\ny\n"
			. "{{#trainingstep: three}}\n== Tres ==\nz\n" );

		$this->assertSame( [ '1 one Uno', '2 two Dos', '3 three Tres' ], $this->steps( $this->output( $es ) ) );
	}

	public function testAFallbackStepIsTheSourcesReviewedText(): void {
		$source = $this->saveSource();
		$fr = $this->saveFrenchWithoutStepTwo();
		$this->assertStringContainsString( 'Second, with bold words.', $this->secondStep( $fr ) );

		// An author without the right changes the step and adds a quiz to it: the edit waits
		// for review, and the version, rendered again, still shows the reviewed step.
		$author = $this->getMutableTestUser()->getAuthority();
		$this->saveSource( "Words nobody approved yet.\n" . sprintf( self::QUIZ, 'Added question?' ), $author );
		$text = $this->secondStep( $fr );
		$this->assertStringNotContainsString( 'Words nobody approved yet.', $text );
		$this->assertStringContainsString( 'Second, with bold words.', $text );
		$this->assertSame( '3', $this->storedQuizCount( $fr ), 'the links update counts the reviewed step\'s quiz' );

		// A reviewer approves the edit: the version's caches are invalidated (its page_touched,
		// set far back here, moves on), and it shows the approved step, without an edit of its own.
		$this->getDb()->newUpdateQueryBuilder()->update( 'page' )
			->set( [ 'page_touched' => $this->getDb()->timestamp( '20200101000000' ) ] )
			->where( [ 'page_id' => $fr->getArticleID() ] )->caller( __METHOD__ )->execute();
		$services = $this->getServiceContainer();
		$record = $services->getPageStore()->getPageByName( NS_TRAINING, $source->getDBkey() );
		$this->assertNotNull( $record );
		$this->assertStatusGood( TrainingsServices::getReviewCommand( $services )->review(
			$this->getTestSysop()->getAuthority(), $record, $record->getLatest(), ModuleReview::PUBLISHED, '' ) );
		$this->runJobs();
		$touched = $this->getDb()->newSelectQueryBuilder()->select( 'page_touched' )->from( 'page' )
			->where( [ 'page_id' => $fr->getArticleID() ] )->caller( __METHOD__ )->fetchField();
		$this->assertGreaterThan( '20200101000000', wfTimestamp( TS_MW, $touched ),
			'the version\'s caches are invalid' );
		$this->assertStringContainsString( 'Words nobody approved yet.', $this->secondStep( $fr ) );
		$this->assertSame( '4', $this->storedQuizCount( $fr ), 'the version\'s links are updated too' );
	}

	/** The quiz count the version's last links update stored (what the server's progress reads). */
	private function storedQuizCount( Title $version ): ?string {
		$value = $this->getDb()->newSelectQueryBuilder()->select( 'pp_value' )->from( 'page_props' )
			->where( [ 'pp_page' => $version->getArticleID(), 'pp_propname' => 'trainings-quizzes' ] )
			->caller( __METHOD__ )->fetchField();
		return $value === false ? null : (string)$value;
	}

	public function testWithoutAReviewOfTheSourceAVersionShowsOnlyItsOwnSteps(): void {
		$this->saveSource( "Second, with '''bold''' words.", $this->getMutableTestUser()->getAuthority() );
		$fr = $this->saveFrenchWithoutStepTwo();

		$this->assertSame( [ '1 one Un', '2 three Trois' ], $this->steps( $this->output( $fr ) ) );
	}

}
