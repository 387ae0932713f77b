<?php

declare( strict_types = 1 );

namespace MediaWiki\Extension\Trainings\Tests\Unit\Translation;

use MediaWiki\Extension\Trainings\Translation\Completeness;
use MediaWikiUnitTestCase;

/**
 * The percentage shown beside Translate's own: the same figure, rounded as
 * `TranslatablePage::getTranslationPercentages()` rounds it (REL1_43: `sprintf( '%.2f' )`
 * of translated / total, times 100 in its header and language bar).
 *
 * @covers \MediaWiki\Extension\Trainings\Translation\Completeness
 */
class CompletenessTest extends MediaWikiUnitTestCase {

	/**
	 * @return array<string,array{0:int,1:int,2:int}>
	 */
	public static function provideFigures(): array {
		return [
			'2 of 3 units' => [ 2, 3, 67 ],
			'14 of 15 units: Translate says 93 %' => [ 14, 15, 93 ],
			'37 of 40 units (92.5 %): Translate says 93 %' => [ 37, 40, 93 ],
			'1 of 8 units (12.5 %): Translate says 12 %' => [ 1, 8, 12 ],
			'3 of 5 units' => [ 3, 5, 60 ],
			'none' => [ 0, 5, 0 ],
			'all' => [ 5, 5, 100 ],
		];
	}

	/**
	 * @dataProvider provideFigures
	 */
	public function testPercentIsTranslates( int $translated, int $total, int $expected ): void {
		$this->assertSame( $expected, ( new Completeness( $translated / $total ) )->percent() );
		// What Translate's header shows for the same figures.
		$this->assertSame( $expected, (int)( (float)sprintf( '%.2f', $translated / $total ) * 100 + 0.5 ) );
	}

	public function testAlmostCompleteIsStillPartial(): void {
		$almost = new Completeness( 249 / 250 );
		$this->assertSame( 100, $almost->percent(), 'Translate rounds 99.6 % to 100 %' );
		$this->assertFalse( $almost->isComplete() );
		$this->assertFalse( ( new Completeness( 1.0, 1 ) )->isComplete(), 'an outdated unit' );
		$this->assertTrue( Completeness::complete()->isComplete() );
	}

}
