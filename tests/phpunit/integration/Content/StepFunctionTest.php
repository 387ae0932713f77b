<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Tests\Integration\Content;

use DOMElement;
use MediaWiki\Deferred\DeferredUpdates;
use MediaWiki\Extension\Trainings\Tests\Integration\HtmlAssertions;
use MediaWiki\Parser\ParserOptions;
use MediaWiki\Parser\ParserOutput;
use MediaWiki\Title\Title;
use MediaWikiIntegrationTestCase;

/**
 * `{{#trainingstep: id }}` through the real parser (design record 0019): each step section
 * carries its id next to its number, the marker is the target of the stable fragment, a bad
 * or repeated id is an inline error, and a step without a marker gets the id made from its
 * heading. The ids are stored as a page property.
 *
 * @group Database
 * @covers \MediaWiki\Extension\Trainings\Content\StepFunction
 * @covers \MediaWiki\Extension\Trainings\Content\StepId
 * @covers \MediaWiki\Extension\Trainings\Content\StepIds
 * @covers \MediaWiki\Extension\Trainings\Content\StepScanner
 * @covers \MediaWiki\Extension\Trainings\Content\StepMarkup
 * @covers \MediaWiki\Extension\Trainings\Hooks\ParserFirstCallInitHandler
 */
class StepFunctionTest extends MediaWikiIntegrationTestCase {

	use HtmlAssertions;

	private const META = "{{#training: | summary = Steps with names. }}\nIntro.\n";

	protected function setUp(): void {
		parent::setUp();
		$this->overrideConfigValue( 'LanguageCode', 'en' );
	}

	private function parse( string $text, string $name = 'Step ids' ): ParserOutput {
		$options = ParserOptions::newFromAnon();
		return $this->getServiceContainer()->getParserFactory()->create()->parse(
			$text, Title::makeTitle( NS_TRAINING, $name ), $options
		);
	}

	/**
	 * @return array<string,string> step number => step id, from the sections
	 */
	private function sectionIds( ParserOutput $output ): array {
		$xpath = self::xpath( $output->getRawText() );
		$ids = [];
		foreach ( $this->all( $xpath, "//section[@class='trainings-step']" ) as $section ) {
			/** @var DOMElement $section */
			$ids[$section->getAttribute( 'data-trainings-step' )] = $section->getAttribute( 'data-trainings-step-id' );
		}
		return $ids;
	}

	public function testMarkersNameTheStepsThatFollowThem(): void {
		$output = $this->parse( self::META
			. "{{#trainingstep: before-the-meeting}}\n== Before the meeting ==\nOne.\n\n"
			. "{{#trainingstep:during}}\n\n== During the meeting ==\nTwo.\n" );

		$this->assertSame( [ '1' => 'before-the-meeting', '2' => 'during' ], $this->sectionIds( $output ) );
		$xpath = self::xpath( $output->getRawText() );
		// The stable fragment's target sits in its own step, before the heading.
		$marker = $this->single( $xpath, "//section[@id='step-2']//span[@id='step-during']" );
		$this->assertSame( 'during', $marker->getAttribute( 'data-trainings-step-id' ) );
		$this->assertSame( '', $marker->textContent );
		$this->assertCount( 0, $this->all( $xpath, "//section[@id='step-1']//span[@id='step-during']" ) );
		$this->assertSame( 'before-the-meeting|during', $output->getPageProperty( 'trainings-step-ids' ) );
		$this->assertSame( [], $output->getWarnings() );
	}

	public function testAStepWithoutMarkerIsNamedByItsHeading(): void {
		$output = $this->parse( self::META
			. "== Before the '''meeting''' ==\nOne.\n"
			. "{{#trainingstep: before-the-meeting-2}}\n== Before the meeting ==\nTwo.\n"
			. "== Before the meeting ==\nThree.\n== 2024 ==\nFour.\n" );

		$this->assertSame(
			[ '1' => 'before-the-meeting', '2' => 'before-the-meeting-2', '3' => 'before-the-meeting-3',
				'4' => 'step-2024' ],
			$this->sectionIds( $output ),
			'an id written by the author is kept; made ids give way to it'
		);
	}

	/**
	 * @return iterable<string,array{0:string,1:string}>
	 */
	public static function provideBadIds(): iterable {
		yield 'upper case' => [ 'Before', '"Before" is not a step id' ];
		yield 'digit first' => [ '2-before', '"2-before" is not a step id' ];
		yield 'empty' => [ '', '"" is not a step id' ];
		yield 'too long' => [ 'a' . str_repeat( 'b', 64 ), 'is not a step id' ];
		yield 'markup' => [ '<b>x</b>', '"<b>x</b>" is not a step id' ];
		yield 'space' => [ 'before meeting', '"before meeting" is not a step id' ];
	}

	/**
	 * @dataProvider provideBadIds
	 */
	public function testABadIdIsAnInlineError( string $id, string $message ): void {
		$output = $this->parse( self::META . "{{#trainingstep: $id}}\n== First ==\nOne.\n" );

		$xpath = self::xpath( $output->getRawText() );
		$error = $this->single( $xpath, "//div[contains(@class, 'trainings-error')]" );
		$this->assertStringContainsString( 'This step marker cannot be used', $error->textContent );
		$this->assertStringContainsString( $message, $error->textContent );
		$this->assertCount( 0, $this->all( $xpath, '//b' ), 'the id is shown as text' );
		$this->assertSame( [ '1' => 'first' ], $this->sectionIds( $output ), 'the step keeps a made id' );
		$this->assertArrayHasKey( 'Training_pages_with_metadata_errors', array_flip(
			$output->getCategoryNames() ) );
	}

	public function testARepeatedIdIsAnInlineError(): void {
		$output = $this->parse( self::META
			. "{{#trainingstep: same}}\n== First ==\nOne.\n{{#trainingstep: same}}\n== Second ==\nTwo.\n" );

		$xpath = self::xpath( $output->getRawText() );
		$error = $this->single( $xpath, "//div[contains(@class, 'trainings-error')]" );
		$this->assertStringContainsString( 'The step id "same" is already used on this page', $error->textContent );
		$this->assertSame( [ '1' => 'same', '2' => 'second' ], $this->sectionIds( $output ) );
	}

	public function testTheIdsAreStoredWithThePage(): void {
		$title = Title::makeTitle( NS_TRAINING, 'Stored step ids' );
		$this->assertStatusGood( $this->editPage( $title, self::META
			. "{{#trainingstep: one}}\n== First ==\nOne.\n{{#trainingstep: two}}\n== Second ==\nTwo.\n" ) );
		DeferredUpdates::doUpdates();

		$stored = $this->getDb()->newSelectQueryBuilder()
			->select( 'pp_value' )
			->from( 'page_props' )
			->where( [ 'pp_page' => $title->getArticleID(), 'pp_propname' => 'trainings-step-ids' ] )
			->caller( __METHOD__ )
			->fetchField();
		$this->assertSame( 'one|two', $stored );
	}

}
