<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Tests\Unit\Content;

use MediaWiki\Extension\Trainings\Content\Problem;
use MediaWiki\Extension\Trainings\Content\SubtitleParser;
use MediaWikiUnitTestCase;

/**
 * @covers \MediaWiki\Extension\Trainings\Content\SubtitleParser
 * @covers \MediaWiki\Extension\Trainings\Content\SubtitleParseResult
 */
class SubtitleParserTest extends MediaWikiUnitTestCase {

	public function testSrtCuesBecomeText(): void {
		$result = ( new SubtitleParser() )->parse(
			"1\r\n00:00:00,000 --> 00:00:04,000\r\nThis is the <i>catalog</i>.\r\n\r\n" .
			"2\r\n00:00:04,000 --> 00:00:08,500\r\nType a few words\r\nin the box.\r\n"
		);
		$this->assertSame( [ 'This is the catalog.', 'Type a few words in the box.' ], $result->getCues() );
		$this->assertSame( [], $result->getProblems() );
	}

	public function testWebVttWithHeaderSettingsAndShortTimes(): void {
		$result = ( new SubtitleParser() )->parse(
			"WEBVTT\n\nNOTE made by hand\n\n00:01.000 --> 00:04.000 align:start\n<v Ana>Hello</v>\n\n" .
			"intro\n00:04.000 --> 00:06.000\n{\\an8}Bye\n"
		);
		$this->assertSame( [ 'Hello', 'Bye' ], $result->getCues() );
		$this->assertSame( [], $result->getProblems() );
	}

	/** @return iterable<string,array{string}> */
	public static function provideBrokenTiming(): iterable {
		yield 'not a time' => [ '00:00:0x,000 --> 00:00:04,000' ];
		yield 'ends before it starts' => [ '00:00:05,000 --> 00:00:02,000' ];
		yield 'one time only' => [ '00:00:05,000 -->' ];
	}

	/**
	 * @dataProvider provideBrokenTiming
	 */
	public function testBrokenTimingIsReportedWithItsLineAndItsCueSkipped( string $timing ): void {
		$result = ( new SubtitleParser() )->parse(
			"1\n00:00:00,000 --> 00:00:02,000\nFirst.\n\n2\n$timing\nLost.\n\n3\n00:00:06,000 --> 00:00:08,000\nLast.\n"
		);
		$this->assertSame( [ 'First.', 'Last.' ], $result->getCues() );
		$this->assertEquals(
			[ new Problem( 'trainings-video-subtitles-broken', [ $timing ], 6 ) ],
			$result->getProblems()
		);
	}

	public function testEmptyText(): void {
		$result = ( new SubtitleParser() )->parse( '' );
		$this->assertSame( [], $result->getCues() );
		$this->assertSame( [], $result->getProblems() );
	}

}
