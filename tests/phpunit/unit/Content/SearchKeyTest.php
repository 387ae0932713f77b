<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Tests\Unit\Content;

use MediaWiki\Extension\Trainings\Content\SearchKey;
use MediaWikiUnitTestCase;

/**
 * Same cases as normalizeForSearch and queryWords in resources/src/catalog/filterModules.ts.
 *
 * @covers \MediaWiki\Extension\Trainings\Content\SearchKey
 */
class SearchKeyTest extends MediaWikiUnitTestCase {

	/** @return iterable<string,array{string,string}> */
	public static function provideFold(): iterable {
		yield 'accents, case and spaces' => [ "Événement  Ça", 'evenement ca' ];
		yield 'upper case accented' => [ 'ÉVÉNEMENT', 'evenement' ];
		yield 'already decomposed' => [ "E\u{0301}te\u{0301}", 'ete' ];
		yield 'other scripts' => [ 'Ἀθῆναι Йод', 'αθηναι иод' ];
		yield 'tabs, newlines and no-break spaces' => [ "\t a\n\u{00A0}b\u{3000}c ", 'a b c' ];
		yield 'punctuation and wildcards kept' => [ 'How%to_talk, 100%.', 'how%to_talk, 100%.' ];
		yield 'letters that are not decomposed' => [ 'Łódź Straße Ø', 'łodz straße ø' ];
		yield 'blank' => [ "  \n ", '' ];
		yield 'empty' => [ '', '' ];
	}

	/**
	 * @dataProvider provideFold
	 */
	public function testFold( string $text, string $expected ): void {
		$this->assertSame( $expected, SearchKey::fold( $text ) );
	}

	public function testFoldIsIdempotent(): void {
		$once = SearchKey::fold( 'Organiser un ÉVÉNEMENT  à Zürich' );
		$this->assertSame( 'organiser un evenement a zurich', $once );
		$this->assertSame( $once, SearchKey::fold( $once ) );
	}

	/** @return iterable<string,array{string,list<string>}> */
	public static function provideWords(): iterable {
		yield 'words folded in order' => [ '  Talk   to PARTNERS ', [ 'talk', 'to', 'partners' ] ];
		yield 'accents' => [ 'Événement ça', [ 'evenement', 'ca' ] ];
		yield 'underscores are not separators' => [ 'offline_event', [ 'offline_event' ] ];
		yield 'blank' => [ " \t ", [] ];
	}

	/**
	 * @dataProvider provideWords
	 * @param string $text
	 * @param list<string> $expected
	 */
	public function testWords( string $text, array $expected ): void {
		$this->assertSame( $expected, SearchKey::words( $text ) );
	}

}
