<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Tests\Unit\Import;

use MediaWiki\Extension\Trainings\Import\ImportReport;
use MediaWiki\Extension\Trainings\Import\TopicMap;
use MediaWikiUnitTestCase;

/**
 * The administrator's table from Dashboard categories to this wiki's topics (decision record
 * 0021): a key the wiki's topic list (decision record 0020) does not have is reported and left
 * out, so no imported module gets a topic its metadata check refuses.
 *
 * @covers \MediaWiki\Extension\Trainings\Import\TopicMap
 */
class TopicMapTest extends MediaWikiUnitTestCase {

	public function testKnownKeysMapAndOthersAreReported(): void {
		$report = new ImportReport();
		$map = TopicMap::fromPairs(
			[ 'Events=events', 'Copyright=copyright-law', 'Policy', 'Images=Bad Key' ],
			$report,
			[ 'events', 'policy' ]
		);

		$this->assertSame( 'events', $map->topicOf( ' events ' ) );
		$this->assertNull( $map->topicOf( 'Copyright' ) );
		$this->assertNull( $map->topicOf( 'Images' ) );
		$this->assertTrue(
			$report->mentions( '"copyright-law" is not a topic of this wiki (its topics: events, policy)' ) );
		$this->assertTrue( $report->mentions( '"Policy" is not "Category title=topic-key"' ) );
		$this->assertTrue( $report->mentions( '"Images=Bad Key" is not "Category title=topic-key"' ) );
		$this->assertCount( 3, $report->getProblems() );
	}

	public function testWithoutTheWikisListAnyWellFormedKeyMaps(): void {
		$report = new ImportReport();
		$map = TopicMap::fromPairs( [ 'Copyright=copyright-law' ], $report );

		$this->assertSame( 'copyright-law', $map->topicOf( 'copyright' ) );
		$this->assertSame( [], $report->getProblems() );
	}
}
