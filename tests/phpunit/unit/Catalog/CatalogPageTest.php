<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Tests\Unit\Catalog;

use InvalidArgumentException;
use MediaWiki\Extension\Trainings\Catalog\CatalogEntry;
use MediaWiki\Extension\Trainings\Catalog\CatalogPage;
use MediaWikiUnitTestCase;

/**
 * What goes into the cache comes back the same.
 *
 * @covers \MediaWiki\Extension\Trainings\Catalog\CatalogPage
 * @covers \MediaWiki\Extension\Trainings\Catalog\CatalogEntry
 */
class CatalogPageTest extends MediaWikiUnitTestCase {

	public function testRoundTrip(): void {
		$module = CatalogEntry::fromArray( [ 'pageId' => 7, 'namespace' => 1640, 'dbKey' => 'How_to_talk',
			'displayTitle' => 'How to talk', 'summary' => 'Plan a meeting.', 'level' => 'beginner', 'duration' => 30,
			'topics' => [ 'partnerships' ], 'formats' => [ 'quiz', 'image' ], 'languages' => [ 'en', 'fr' ],
			'status' => 'outdated', 'steps' => 3, 'quizzes' => 1, 'image' => 'Cover.svg', 'reviewed' => '2025-01-15',
			'maintainers' => [ 'Alice' ], 'revisions' => [ 'en' => 12 ] ] );
		$course = CatalogEntry::fromArray( [ 'pageId' => 8, 'namespace' => 1640, 'dbKey' => 'Course',
			'displayTitle' => 'Course', 'course' => true, 'moduleKeys' => [ 'How_to_talk', 'B' ] ] );
		$page = new CatalogPage( [ $module, $course ], '30|Next' );

		$data = $page->toArray();
		$this->assertSame( $data, unserialize( serialize( $data ) ), 'plain values only' );
		$copy = CatalogPage::fromArray( $data );

		$this->assertEquals( $page, $copy );
		$this->assertSame( '30|Next', $copy->getContinue() );
		$this->assertSame( 7, $copy->getEntries()[0]->getPage()->getId() );
		$this->assertSame( [ 'How_to_talk', 'B' ], $copy->getEntries()[1]->getModuleKeys() );
		$this->assertNull( CatalogPage::fromArray( ( new CatalogPage( [] ) )->toArray() )->getContinue() );
	}

	public function testEntryFieldsByName(): void {
		$entry = CatalogEntry::fromArray( [ 'pageId' => 9, 'namespace' => 1640, 'dbKey' => 'Bare',
			'displayTitle' => 'Bare' ] );
		$this->assertSame( 'published', $entry->getStatus(), 'a module without metadata' );
		$this->assertSame( [], $entry->getTopics() );
		$this->assertNull( $entry->getLevel() );

		$this->expectException( InvalidArgumentException::class );
		$this->expectExceptionMessage( 'unknown: titel; missing: displayTitle' );
		CatalogEntry::fromArray( [ 'pageId' => 9, 'namespace' => 1640, 'dbKey' => 'Bare', 'titel' => 'Bare' ] );
	}

}
