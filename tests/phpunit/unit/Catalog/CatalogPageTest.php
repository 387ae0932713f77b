<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Tests\Unit\Catalog;

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
		$module = new CatalogEntry( 7, 1640, 'How_to_talk', 'How to talk', 'Plan a meeting.', 'beginner', 30,
			[ 'partnerships' ], [ 'quiz', 'image' ], [ 'en', 'fr' ], 'outdated', 3, 1, 'Cover.svg', '2025-01-15',
			[ 'Alice' ] );
		$course = new CatalogEntry( 8, 1640, 'Course', 'Course', course: true, moduleKeys: [ 'How_to_talk', 'B' ] );
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

}
