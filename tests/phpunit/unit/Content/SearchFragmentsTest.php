<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Tests\Unit\Content;

use MediaWiki\Extension\Trainings\Content\SearchFragments;
use MediaWikiUnitTestCase;

/**
 * The lookup itself is tested against a database in the integration suite (ModuleCatalogTest).
 *
 * @covers \MediaWiki\Extension\Trainings\Content\SearchFragments
 */
class SearchFragmentsTest extends MediaWikiUnitTestCase {

	public function testEverySuffixOfEveryWordOnce(): void {
		$this->assertSame(
			[ 'talk', 'alk', 'lk', 'k', 'to', 'o' ],
			SearchFragments::of( 'talk to talk' )
		);
		$this->assertSame( [ 'été', 'té', 'é' ], SearchFragments::of( 'été' ), 'characters, not bytes' );
		$this->assertSame( [], SearchFragments::of( '' ) );
	}

	public function testFragmentsAreCutAtACharacterBoundary(): void {
		$long = str_repeat( 'é', 40 );
		$fragments = SearchFragments::of( $long );
		$this->assertSame( str_repeat( 'é', 32 ), $fragments[0], '64 bytes: 32 two-byte characters' );
		$this->assertSame( 32, count( $fragments ), 'suffixes longer than a fragment are cut to the same one' );
		$this->assertTrue( SearchFragments::isCut( $long ) );
		$this->assertFalse( SearchFragments::isCut( str_repeat( 'é', 32 ) ) );
		$this->assertSame( str_repeat( 'a', 63 ), SearchFragments::cut( str_repeat( 'a', 63 ) . 'é' ),
			'a two-byte character that would cross the limit is left out' );
	}

	/** @return iterable<string,array{string,?string}> */
	public static function provideUpperBound(): iterable {
		yield 'ASCII' => [ 'abc', 'abd' ];
		yield 'two-byte character' => [ 'eté', 'etê' ];
		yield 'before the surrogates' => [ "a\u{D7FF}", "a\u{E000}" ];
		yield 'last code point' => [ "a\u{10FFFF}", null ];
	}

	/**
	 * @dataProvider provideUpperBound
	 */
	public function testUpperBoundEndsTheRangeOfWordsStartingSo( string $word, ?string $expected ): void {
		$this->assertSame( $expected, SearchFragments::upperBound( $word ) );
		if ( $expected !== null ) {
			// Every fragment starting with the word sorts inside [word, bound), byte-wise.
			$this->assertLessThan( 0, strcmp( $word . "\u{10FFFF}zzz", $expected ) );
			$this->assertGreaterThanOrEqual( 0, strcmp( $expected, $word . 'a' ) );
		}
	}

}
