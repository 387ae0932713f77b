<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Tests\Unit\Catalog;

use InvalidArgumentException;
use MediaWiki\Extension\Trainings\Catalog\CatalogEntry;
use MediaWiki\Extension\Trainings\Catalog\CatalogQuery;
use MediaWikiUnitTestCase;

/**
 * @covers \MediaWiki\Extension\Trainings\Catalog\CatalogQuery
 */
class CatalogQueryTest extends MediaWikiUnitTestCase {

	public function testDefaults(): void {
		$query = CatalogQuery::all();

		$this->assertSame( '', $query->getSearch() );
		$this->assertSame( 'module', $query->getKind() );
		$this->assertNull( $query->getTopic() );
		$this->assertNull( $query->getLevelNumber() );
		$this->assertSame( [ 'published', 'outdated' ], $query->getStatuses() );
		$this->assertSame( 'title', $query->getSort() );
		$this->assertSame( 50, $query->getLimit() );
		$this->assertNull( $query->getContinuePosition() );
	}

	public function testNormalisation(): void {
		$query = CatalogQuery::fromParameters( [ 'search' => "  talk \t to ", 'topic' => '', 'level' => 'advanced',
			'status' => [ 'outdated', 'draft', 'outdated' ] ] );

		$this->assertSame( 'talk to', $query->getSearch() );
		$this->assertNull( $query->getTopic(), 'empty is no filter' );
		$this->assertSame( 3, $query->getLevelNumber() );
		$this->assertSame( [ 'draft', 'outdated' ], $query->getStatuses() );
		$this->assertSame(
			CatalogQuery::fromParameters( [ 'search' => 'talk to', 'status' => [ 'draft', 'outdated' ],
				'level' => 'advanced' ] )
				->cacheKeyParts(),
			$query->cacheKeyParts(),
			'equal queries share a cache key'
		);
		$this->assertNotSame( $query->cacheKeyParts(), $query->withLimit( 10 )->cacheKeyParts() );
		$this->assertNotSame( $query->cacheKeyParts(), $query->withContinue( '|X' )->cacheKeyParts() );
	}

	/** @return iterable<string,array{array<string,mixed>}> */
	public static function provideInvalid(): iterable {
		yield 'kind' => [ [ 'kind' => 'lesson' ] ];
		yield 'level' => [ [ 'level' => 'expert' ] ];
		yield 'format' => [ [ 'format' => 'audio' ] ];
		yield 'status' => [ [ 'status' => [ 'archived' ] ] ];
		yield 'sort' => [ [ 'sort' => 'random' ] ];
		yield 'limit too small' => [ [ 'limit' => 0 ] ];
		yield 'limit too big' => [ [ 'limit' => 501 ] ];
		yield 'duration' => [ [ 'maxduration' => 0 ] ];
		yield 'unknown parameter' => [ [ 'statuses' => [ 'draft' ] ] ];
		yield 'continue' => [ [ 'continue' => 'nonsense' ] ];
	}

	/**
	 * @dataProvider provideInvalid
	 * @param array<string,mixed> $options
	 */
	public function testInvalid( array $options ): void {
		$this->expectException( InvalidArgumentException::class );
		CatalogQuery::fromParameters( $options );
	}

	/** @return iterable<string,array{string,string,bool}> */
	public static function provideContinue(): iterable {
		yield 'title' => [ '|How_to', 'title', true ];
		yield 'title with a sort key' => [ '3|How_to', 'title', false ];
		yield 'duration' => [ '30|How_to', 'duration', true ];
		yield 'duration without a sort key' => [ '|How_to', 'duration', false ];
		yield 'not a number' => [ 'x|How_to', 'level', false ];
		yield 'no title' => [ '30|', 'duration', false ];
		yield 'no separator' => [ 'How_to', 'title', false ];
	}

	/**
	 * @dataProvider provideContinue
	 */
	public function testIsValidContinue( string $continue, string $sort, bool $expected ): void {
		$this->assertSame( $expected, CatalogQuery::isValidContinue( $continue, $sort ) );
	}

	private static function sorted( string $sort ): CatalogQuery {
		return CatalogQuery::fromParameters( [ 'sort' => $sort ] );
	}

	public function testContinueAt(): void {
		$entry = CatalogEntry::fromArray( [ 'pageId' => 1, 'namespace' => 1640, 'dbKey' => 'How_to',
			'displayTitle' => 'How to', 'level' => 'intermediate', 'duration' => 25, 'reviewed' => '2025-01-15' ] );
		$bare = CatalogEntry::fromArray( [ 'pageId' => 2, 'namespace' => 1640, 'dbKey' => 'Bare',
			'displayTitle' => 'Bare' ] );

		$this->assertSame( '|How_to', CatalogQuery::all()->continueAt( $entry ) );
		$this->assertSame( '25|How_to', self::sorted( 'duration' )->continueAt( $entry ) );
		$this->assertSame( '2|How_to', self::sorted( 'level' )->continueAt( $entry ) );
		$this->assertSame( '20250115|How_to', self::sorted( 'reviewed' )->continueAt( $entry ) );
		$this->assertSame( '1000000000|Bare', self::sorted( 'duration' )->continueAt( $bare ) );
		$this->assertSame( '0|Bare', self::sorted( 'reviewed' )->continueAt( $bare ) );
		$this->assertSame( [ 25, 'How_to' ],
			self::sorted( 'duration' )->withContinue( '25|How_to' )->getContinuePosition() );
	}

}
