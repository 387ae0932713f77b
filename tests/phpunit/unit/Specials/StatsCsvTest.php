<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Tests\Unit\Specials;

use MediaWiki\Extension\Trainings\Specials\StatsCsv;
use MediaWikiUnitTestCase;

/**
 * @covers \MediaWiki\Extension\Trainings\Specials\StatsCsv
 */
class StatsCsvTest extends MediaWikiUnitTestCase {

	/**
	 * @return iterable<string,array{0:string|int,1:string}>
	 */
	public static function provideCells(): iterable {
		yield 'number' => [ 12, '12' ];
		yield 'text' => [ 'Training:Partners', 'Training:Partners' ];
		yield 'empty' => [ '', '' ];
		yield 'formula =' => [ '=HYPERLINK("x")', '"\'=HYPERLINK(""x"")"' ];
		yield 'formula +' => [ '+1', "'+1" ];
		yield 'formula -' => [ '-1', "'-1" ];
		yield 'formula @' => [ '@SUM(A1)', "'@SUM(A1)" ];
		yield 'tab' => [ "\tx", "'\tx" ];
		yield 'comma' => [ 'a,b', '"a,b"' ];
		yield 'line break' => [ "a\nb", "\"a\nb\"" ];
	}

	/**
	 * @dataProvider provideCells
	 */
	public function testCell( string|int $value, string $expected ): void {
		$this->assertSame( $expected, StatsCsv::cell( $value ) );
	}

	public function testFormat(): void {
		$this->assertSame( "day,views\r\n2025-03-10,3\r\n",
			StatsCsv::format( [ [ 'day', 'views' ], [ '2025-03-10', 3 ] ] ) );
	}

}
