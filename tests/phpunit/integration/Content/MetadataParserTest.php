<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Tests\Integration\Content;

use MediaWiki\Extension\Trainings\Content\MetadataContext;
use MediaWiki\Extension\Trainings\Content\MetadataParser;
use MediaWiki\Extension\Trainings\Content\MetadataParseResult;
use MediaWiki\Extension\Trainings\Content\Problem;
use MediaWiki\Extension\Trainings\TrainingsServices;
use MediaWikiIntegrationTestCase;

/**
 * Every rule of `{{#training:}}` (design record 0003, §2), on the service as wired
 * (real user name rules and topic list). Free text is turned into HTML by escaping
 * here; the real parser is exercised in ModulePageTest.
 *
 * @covers \MediaWiki\Extension\Trainings\Content\MetadataParser
 * @covers \MediaWiki\Extension\Trainings\Content\MetadataParseResult
 * @covers \MediaWiki\Extension\Trainings\Content\ModuleMetadata
 * @covers \MediaWiki\Extension\Trainings\Content\Problem
 * @group Database The topic list is read from the wiki (design record 0020)
 */
class MetadataParserTest extends MediaWikiIntegrationTestCase {

	private function context(): MetadataContext {
		return new class implements MetadataContext {
			public function renderInline( string $wikitext ): string {
				// Just enough wikitext: bold.
				$html = htmlspecialchars( $wikitext, ENT_NOQUOTES );
				return (string)preg_replace( "/'''(.*?)'''/", '<b>$1</b>', $html );
			}

			public function findFile( string $name ): ?string {
				$name = preg_replace( '/^File:/i', '', $name );
				return $name === 'Cover.png' ? 'Cover.png' : null;
			}
		};
	}

	/**
	 * @param array<string,string> $named
	 * @param list<array{0:?string,1:string}> $extra More arguments, after the named ones
	 */
	private function parse( array $named, array $extra = [] ): MetadataParseResult {
		$arguments = [];
		foreach ( $named as $name => $value ) {
			$arguments[] = [ $name, $value ];
		}
		return TrainingsServices::getMetadataParser( $this->getServiceContainer() )
			->parse( array_merge( $arguments, $extra ), $this->context() );
	}

	/**
	 * @return list<string> "key: params"
	 */
	private static function problems( MetadataParseResult $result ): array {
		return array_map(
			static fn ( Problem $problem ) => $problem->getMessageKey() . ': ' . implode( '|', $problem->getParams() ),
			$result->getProblems()
		);
	}

	public function testCompleteMetadata(): void {
		$result = $this->parse( [
			'title' => 'How to talk to partners',
			'summary' => 'Prepare a first conversation.',
			'level' => 'Beginner',
			'duration' => '30',
			'topics' => 'partnerships, communication, partnerships',
			'maintainers' => 'alice Example, Bob_Example',
			'reviewed' => '2024-02-29',
			'status' => 'outdated',
			'image' => 'File:Cover.png',
		] );

		$this->assertSame( [], self::problems( $result ) );
		$metadata = $result->getMetadata();
		$this->assertSame( 'How to talk to partners', $metadata->getTitle() );
		$this->assertSame( 'Prepare a first conversation.', $metadata->getSummary() );
		$this->assertSame( 'beginner', $metadata->getLevel() );
		$this->assertSame( 1, $metadata->getLevelNumber() );
		$this->assertSame( 30, $metadata->getDuration() );
		$this->assertSame( [ 'partnerships', 'communication' ], $metadata->getTopics() );
		$this->assertSame( [ 'Alice Example', 'Bob Example' ], $metadata->getMaintainers() );
		$this->assertSame( '2024-02-29', $metadata->getReviewed() );
		$this->assertSame( 20240229, $metadata->getReviewedNumber() );
		$this->assertSame( 'outdated', $metadata->getStatus() );
		$this->assertSame( 2, $metadata->getStatusNumber() );
		$this->assertSame( 'Cover.png', $metadata->getImage() );
	}

	public function testDefaults(): void {
		$result = $this->parse( [ 'summary' => 'S', 'title' => '', 'level' => '' ], [ [ null, '' ] ] );

		$this->assertSame( [], self::problems( $result ), 'empty arguments are ignored' );
		$metadata = $result->getMetadata();
		$this->assertNull( $metadata->getTitle() );
		$this->assertNull( $metadata->getLevel() );
		$this->assertSame( 'published', $metadata->getStatus() );
		$this->assertSame( 1, $metadata->getStatusNumber() );
		$this->assertSame( [], $metadata->getTopics() );
	}

	public function testMissingSummary(): void {
		$result = $this->parse( [ 'level' => 'advanced' ] );
		$this->assertSame( [ 'trainings-metadata-error-missing-summary: ' ], self::problems( $result ) );
		$this->assertSame( 'advanced', $result->getMetadata()->getLevel(), 'the valid values are kept' );
	}

	public function testUnknownUnnamedAndDuplicateArguments(): void {
		$result = $this->parse( [ 'summary' => 'First', 'Colour' => 'blue' ], [
			[ null, 'stray text' ],
			[ 'SUMMARY', 'Second' ],
		] );

		$this->assertSame( [
			'trainings-metadata-error-unknown: Colour|title, summary, level, duration, topics, maintainers, '
				. 'reviewed, status, image',
			'trainings-metadata-error-unnamed: stray text',
			'trainings-metadata-error-duplicate: summary',
		], self::problems( $result ) );
		$this->assertSame( 'First', $result->getMetadata()->getSummary() );
	}

	/** @return iterable<string,array{string,string,string}> */
	public static function provideBadValues(): iterable {
		yield 'level' => [ 'level', 'expert', 'trainings-metadata-error-level: expert' ];
		yield 'duration zero' => [ 'duration', '0', 'trainings-metadata-error-duration: 0|600' ];
		yield 'duration too long' => [ 'duration', '601', 'trainings-metadata-error-duration: 601|600' ];
		yield 'duration not whole' => [ 'duration', '1.5', 'trainings-metadata-error-duration: 1.5|600' ];
		yield 'duration with unit' => [ 'duration', '30 min', 'trainings-metadata-error-duration: 30 min|600' ];
		yield 'duration huge' => [ 'duration', str_repeat( '9', 100 ),
			'trainings-metadata-error-duration: ' . str_repeat( '9', 60 ) . '…|600' ];
		yield 'unknown topic' => [ 'topics', 'events, cooking', 'trainings-metadata-error-topic: cooking|'
			. 'partnerships, events, evaluation, reporting, offline, communication, tools' ];
		yield 'too many topics' => [ 'topics', 'a,b,c,d,e,f,g,h,i', 'trainings-metadata-error-too-many: topics|8' ];
		yield 'invalid maintainer' => [ 'maintainers', 'Alice, Bob#1', 'trainings-metadata-error-maintainer: Bob#1' ];
		yield 'too many maintainers' => [ 'maintainers', implode( ',', range( 1, 11 ) ),
			'trainings-metadata-error-too-many: maintainers|10' ];
		yield 'not a date' => [ 'reviewed', '15/01/2025', 'trainings-metadata-error-reviewed: 15/01/2025' ];
		yield 'impossible date' => [ 'reviewed', '2025-02-30', 'trainings-metadata-error-reviewed: 2025-02-30' ];
		yield 'status' => [ 'status', 'final', 'trainings-metadata-error-status: final' ];
		yield 'missing image' => [ 'image', 'Nothing.png', 'trainings-metadata-error-image: Nothing.png' ];
		yield 'title too long' => [ 'title', str_repeat( 'x', 201 ), 'trainings-metadata-error-too-long: title|200' ];
		yield 'title far too long' => [ 'title', str_repeat( 'x', 100000 ),
			'trainings-metadata-error-too-long: title|200' ];
		yield 'title without text' => [ 'title', '<translate></translate>', 'trainings-metadata-error-empty: title' ];
	}

	/**
	 * @dataProvider provideBadValues
	 */
	public function testBadValuesAreReportedAndNotStored( string $name, string $value, string $expected ): void {
		$result = $this->parse( [ 'summary' => 'S', $name => $value ] );

		$this->assertSame( [ $expected ], self::problems( $result ) );
		$metadata = $result->getMetadata();
		$this->assertNull( $metadata->getLevel() );
		$this->assertNull( $metadata->getDuration() );
		$this->assertSame( [], $metadata->getTopics() );
		$this->assertSame( [], $metadata->getMaintainers() );
		$this->assertNull( $metadata->getReviewed() );
		$this->assertSame( 'published', $metadata->getStatus() );
		$this->assertNull( $metadata->getImage() );
		$this->assertNull( $metadata->getTitle() );
	}

	public function testSummaryLimitCountsPlainText(): void {
		// 500 characters of text in more than 500 characters of markup is fine.
		$result = $this->parse( [ 'summary' => "'''" . str_repeat( 'x', 500 ) . "'''" ] );
		$this->assertSame( [], self::problems( $result ) );

		$result = $this->parse( [ 'summary' => str_repeat( 'x', 501 ) ] );
		$this->assertSame( [ 'trainings-metadata-error-too-long: summary|500' ], self::problems( $result ) );
		$this->assertNull( $result->getMetadata()->getSummary() );
	}

	public function testTranslateMarkupIsRemovedFromFreeText(): void {
		$result = $this->parse( [ 'title' => '<translate><!--T:1--> Talking</translate>', 'summary' => 'S' ] );
		$this->assertSame( 'Talking', $result->getMetadata()->getTitle() );
	}

}
